"""Long work (import, export, derive) on a worker thread with a progress dialog; the window
stays live, and work that allows it can be cancelled."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from raci.errors import RaciError


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()  # the worker is done, however it ended (also once cancelled)


class _ProgressDialog(QProgressDialog):
    """A progress dialog that, once holding, cannot be dismissed: neither Escape nor its
    title bar's close button take it away while cancelled work is still undoing itself."""

    holding = False

    def reject(self) -> None:
        """Override QDialog.reject (Escape): ignored while holding."""
        if not self.holding:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QProgressDialog.closeEvent: refused while holding."""
        if self.holding:
            event.ignore()
            return
        super().closeEvent(event)


class CancelledError(Exception):
    """Raised by a cancelled job's progress callback: the work stops at its next step."""


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancelled = False  # set on the GUI thread, read by the worker between steps
        self.over = False  # finished or failed: a late cancel changes nothing
        self.cancel: Callable[[], None] | None = None  # what Cancel does, if allowed
        self.discard: Callable[[Any], None] | None = None  # a result come too late
        self.finish_on_close = False  # closing the window does not cancel it

    def run(self) -> None:
        """Override QRunnable.run."""
        try:
            self._run()
        finally:
            self._emit(self.signals.ended)

    def _run(self) -> None:
        try:
            result = self.work(self._progress)
        except CancelledError:
            return
        except RaciError as exc:
            self._emit(self.signals.failed, str(exc))
        except OSError as exc:
            self._emit(self.signals.failed,
                       f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        except Exception as exc:  # a worker must never die silently
            self._emit(self.signals.failed, f"unexpected {exc.__class__.__name__}: {exc}")
        else:
            if self.cancelled and self.discard is not None:
                self.discard(result)  # cancelled while it ran: nobody will take it
                return
            self._emit(self.signals.finished, result)

    def _progress(self, step: int, total: int) -> None:
        if self.cancelled:
            raise CancelledError
        self._emit(self.signals.progress, step, total)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # The window may be gone (the app is quitting): the work itself has finished.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Callable[[int, int], None]], Any],
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    cancellable: bool = False,
    *,
    title: str,
    discard: Callable[[Any], None] | None = None,
    finish_on_close: bool = False,
    cancelled: Callable[[], None] | None = None,
    cancelling: str | None = None,
) -> _Job:
    """Run work(progress) on the thread pool behind a progress dialog.

    title names the job in the dialog's title bar ("Exporting"), label says what it is
    doing ("Writing plan.xlsx…"). done or failed is called back on the GUI thread. A
    cancellable job's dialog has a Cancel button (and Escape): cancelling closes the
    dialog at once and calls neither done nor failed; the work stops at its next progress
    step, or runs to its end unseen, and then its result goes to discard (a project opened
    in vain is closed again), on the worker or on the GUI thread, once. finish_on_close:
    closing the window lets the work end (an export the user asked for is written) where
    it cancels other cancellable work. cancelled is called on the GUI thread once the
    worker of a cancelled job is done (stopped, or its result discarded): the moment to
    say what the cancel left. cancelling: the dialog does not close at once on Cancel, it
    says this instead (no Cancel button, Escape and its close button refused) until the
    worker is done, so that the window is not used while cancelled work still writes or
    undoes itself (a publish removing what it copied).
    """
    dialog = _ProgressDialog(label, "&Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job = _Job(work)
    job.discard = discard

    def on_cancel() -> None:
        # (once only: closing the window after Cancel, while the work has yet to reach its
        # next step, finds the dialog already gone)
        if dialog.holding:
            dialog.show()  # Escape again while cancelling: Qt's cancel hid it, it stays
            return
        if not job.over and not job.cancelled:
            job.cancelled = True
            if cancelling is None:
                dialog.deleteLater()
                return
            dialog.holding = True  # (Qt's own cancel has hidden it: it comes back, busy)
            dialog.setLabelText(cancelling)
            for button in dialog.findChildren(QPushButton):
                button.hide()
            dialog.setRange(0, 0)
            dialog.show()

    def on_progress(step: int, total: int) -> None:
        if job.cancelled:
            return
        dialog.setMaximum(total)
        dialog.setValue(step)

    def finish(result: Any) -> None:
        job.over = True
        if job.cancelled:
            if discard is not None:
                discard(result)  # cancelled after the worker handed it over
            return
        dialog.close()
        dialog.deleteLater()
        done(result)

    def fail(message: str) -> None:
        job.over = True
        if job.cancelled:
            return
        dialog.close()
        dialog.deleteLater()
        failed(message)

    def ended() -> None:
        # the job leaves its window's list of running work (a late signal is dropped)
        with contextlib.suppress(ValueError):
            running_jobs(parent).remove(job)
        if dialog.holding:
            dialog.holding = False
            dialog.close()
            dialog.deleteLater()
        if job.cancelled and cancelled is not None:
            cancelled()

    if cancellable:
        dialog.canceled.connect(on_cancel)
        job.cancel = on_cancel
    job.finish_on_close = finish_on_close
    job.signals.progress.connect(on_progress)
    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    job.signals.ended.connect(ended)
    job.setAutoDelete(False)
    running_jobs(parent).append(job)  # kept alive while it runs
    QThreadPool.globalInstance().start(job)
    return job


def running_jobs(parent: QWidget) -> list[_Job]:
    """The work started from parent that has not ended yet (a job leaves the list once
    its worker is done: finished, failed or stopped after a cancel)."""
    jobs: list[_Job] | None = getattr(parent, "_jobs", None)
    if jobs is None:
        jobs = []
        parent._jobs = jobs  # type: ignore[attr-defined]
    return jobs


def cancel_jobs(parent: QWidget) -> None:
    """Cancel every cancellable job started from parent (closing its window), so that
    waiting for the thread pool waits only for work that cannot be stopped, or that is
    to be finished (finish_on_close)."""
    for job in list(running_jobs(parent)):
        if job.cancel is not None and not job.finish_on_close:
            job.cancel()
