"""Shared projects on a PostgreSQL server: open, publish, who else is here, conflicts, going away.

``SharedWorkflows`` is the window's controller for everything a server adds
to a project:

- File > Open Shared Project and Open Recent (``open_url``): the password comes
  from the dialog, the system keyring (``ui.passwords``) or libpq's own sources;
  when the server refuses it, the dialog asks again, naming why.
- File > Publish to Server (``publish``): the open file is read, with its
  history (``raci.locations.Snapshot``), copied to the server on a worker thread
  behind a progress dialog whose Cancel removes what was copied, then opened there.
- Presence: a heartbeat every ``HEARTBEAT_MS`` and "Also open: bob (host)" in
  the status bar. Other sessions' commits arrive through the window's watch
  timer (``FileWorkflows.check_outside_changes`` -> ``ProjectService.sync``).
- A stale cell edit (``conflict``): a box naming what changed and who, with
  Reload (keep theirs, already shown) or Overwrite (apply the user's letters
  again, on what is there now).
- A read-only server user gets the read-only banner from the start (and keeps
  it when the server comes back); a server that goes away gets one message and
  the offer to save a local copy (``server_lost``).
- Opening the project this window already shows brings it forward instead.

Server errors reach the user as ``raci.server.failure`` words them (what
failed, the server's reason in one line, what to do): ``explained`` routes
the errors the service raised with a database error behind them through it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from raci.checks import IncrementalChecker
from raci.errors import ProjectFileError, RaciError
from raci.locations import LEFT_BEHIND, Snapshot, open_location
from raci.server import ServerLocation, drop, failure, is_url
from raci.service import UNREACHABLE, ProjectService
from ui import passwords
from ui.mnemonics import keyed_box
from ui.plain import plain_tip, sentence
from ui.server_dialog import OPEN_TEXT, PUBLISH_TEXT, ServerDialog
from ui.tasks import run_with_progress

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.main_window import MainWindow

HEARTBEAT_MS = 10_000
"""How often an open server project tells others it is still open (and asks who else is)."""
PASSWORD_REFUSED = "check the user name and password"
NO_PASSWORD = "no password supplied"
"""libpq's words when it had no password to send (none typed, stored or in ~/.pgpass)."""


def explained(where: ServerLocation, exc: RaciError, doing: str) -> str:
    """An error of a server project as one line: what failed, why (the server's first
    line) and what to do, as ``raci.server.failure`` words it."""
    cause = exc.__cause__
    if isinstance(exc, ProjectFileError) or not isinstance(cause, SQLAlchemyError) \
            or UNREACHABLE in str(exc):
        return str(exc)  # already worded so (a server going away is told by server_lost)
    return str(failure(where, cause, doing))


def unreachable(service: ProjectService | None) -> bool:
    """True when the server of an open shared project went away."""
    return service is not None and service.unreachable


def choose(parent: QWidget, title: str, text: str, choices: list[str],
           kind: QMessageBox.Icon = QMessageBox.Icon.Warning, escape: str = "") -> str:
    """A message box with one button per choice (the first is the default); the one clicked.
    Esc answers escape (one of the choices; the last when not given): a box of choices
    alone has no button Esc would press, so Esc did nothing."""
    box = QMessageBox(kind, title, sentence(text), QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = [box.addButton(c, QMessageBox.ButtonRole.ActionRole) for c in choices]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[choices.index(escape) if escape in choices else -1])
    keyed_box(box).exec()
    clicked = box.clickedButton()
    return next((c for c, b in zip(choices, buttons, strict=True) if b is clicked), "")


def _answer(dialog: ServerDialog) -> tuple[str, str | None, bool | None] | None:
    """The address, password and keyring choice of a server dialog, None when cancelled;
    the dialog is gone after it (each one, a child of the window, stayed hidden there with
    the password typed in it, one more for every try)."""
    try:
        if dialog.exec() != ServerDialog.DialogCode.Accepted:
            return None
        return dialog.location(), dialog.password(), dialog.remember_choice()
    finally:
        dialog.secret.clear()
        dialog.deleteLater()


class SharedWorkflows:
    """Server projects for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.presence = QLabel(window)
        self.presence.setTextFormat(Qt.TextFormat.PlainText)  # user names are text
        self.presence.setAccessibleName("Who else has the project open")
        window.statusBar().addPermanentWidget(self.presence)
        self.heartbeat = QTimer(window)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)
        # After the watch timer's own slot, which picks up other sessions' commits.
        window.files.watch.timeout.connect(self.check_server)
        self._lost_shown = False
        self._rights: str | None = None
        """Why the open server project is read-only from the start (None: writable)."""

    # --- opening ----------------------------------------------------------------------

    def open_dialog(self, location: str = "", problem: str = "", asking: bool = False,
                    password: str | None = None, remember: bool | None = None) -> bool:
        """File > Open Shared Project: address, user, password; then open it.

        problem: why the last try failed (shown in red), or, with asking, what the
        server asks for (the password; shown as a request, not an error). A try that
        fails brings the dialog back with what was typed and why (a wrong port or
        database name is corrected there, not typed again from the start).
        """
        dialog = ServerDialog("Open shared project", OPEN_TEXT, self.w, location)
        self._offer_keyring(dialog, location, remember)
        if password and PASSWORD_REFUSED not in problem:
            dialog.secret.setText(password)  # (a refused one is typed again)
        if problem:
            dialog.show_problem(problem, error=not asking)
        if asking or PASSWORD_REFUSED in problem:
            dialog.secret.setFocus()  # the password is what to type next
        answer = _answer(dialog)
        if answer is None:
            return False
        location, typed, keep = answer
        return self.open_url(location, typed, keep,
                             again=lambda where, why: self.open_dialog(
                                 where, why, password=typed, remember=keep))

    def _offer_keyring(self, dialog: ServerDialog, location: str,
                       remember: bool | None = None) -> None:
        """The Remember box: off where there is no keyring; else as chosen in the try
        before (remember), or ticked when the keyring holds a password for location."""
        if not passwords.usable():
            dialog.remember.setEnabled(False)
            dialog.remember.setToolTip(sentence(passwords.NO_KEYRING))
            dialog.remember.setText("Remember password (no system keyring here)")
            dialog.secret.setPlaceholderText("(from PGPASSWORD or ~/.pgpass)")
            return
        if remember is not None:  # (a try that failed: its choice, not the keyring's)
            dialog.choose_remember(remember)
        elif location and is_url(location):
            with contextlib.suppress(RaciError):
                key = ServerLocation.parse(location).key
                dialog.remember.setChecked(passwords.get_password(key) is not None)

    def open_url(self, location: str, password: str | None = None,
                 remember: bool | None = None, background: bool = True,
                 again: Callable[[str, str], object] | None = None) -> bool:
        """Open a server project (Open Recent, the dialog); False when it cannot start.

        password None: the keyring's, else libpq's own (PGPASSWORD, ~/.pgpass).
        remember: store the password in the keyring (True), forget it (False), or
        leave the keyring as it is (None). again(address, why): what a failure does
        instead of showing why in a message (the dialog asks again).
        """
        try:
            where = ServerLocation.parse(location)
        except RaciError as exc:
            if again is not None:
                again(location, str(exc))
                return False
            self.w.error(str(exc), "Cannot open the shared project")
            return False
        shown = where.display
        if self.shows(where):
            self.bring_forward()
            return True
        typed = password or (str(where.url.password) if where.url.password else None)
        stored = passwords.get_password(where.key) if typed is None else None
        secret = typed or stored

        def work(_progress: Any) -> tuple[ProjectService, IncrementalChecker]:
            try:
                service = open_location(shown, password=secret)
            except RaciError as exc:
                raise RaciError(explained(where, exc, "open the project")) from exc
            return service, IncrementalChecker(service.state())

        def done(result: tuple[ProjectService, IncrementalChecker]) -> None:
            service, checker = result
            note = self._keep_password(where, secret if typed else None, remember)
            self.w.set_service(service, checker)
            self.w.statusBar().showMessage(f"Opened {shown}" + (f"; {note}" if note else ""),
                                           15000 if note else 5000)

        def failed(message: str) -> None:
            if PASSWORD_REFUSED in message:
                if stored is not None:
                    passwords.forget_password(where.key)  # it no longer works
                if NO_PASSWORD in message.lower():  # nothing was refused: just ask for it
                    self.open_dialog(shown, f"Enter the password of "
                                     f"{where.user or 'your user'} on "
                                     f"{where.url.host or 'localhost'} to open the project",
                                     asking=True)
                else:
                    self.open_dialog(shown, message)
                return
            if again is not None:
                again(shown, message)
                return
            self.w.error(message, "Cannot open the shared project")

        if background:
            run_with_progress(self.w, f"Connecting to {where.url.host or 'the server'}…",
                              work, done, failed, cancellable=True,
                              title="Opening a shared project",
                              discard=lambda result: result[0].close())
            return True
        try:
            result = work(None)
        except RaciError as exc:
            failed(str(exc))
            return False
        done(result)
        return True

    def shows(self, where: ServerLocation) -> bool:
        """True when this window shows the project at where (any spelling of its address)."""
        session = self.w.service.session if self.w.service is not None else None
        return session is not None and (session.location.key, session.location.project) == \
            (where.key, where.project)

    def bring_forward(self) -> None:
        """Opening the project this window shows: bring the window forward and say so
        (when its server is away, try it again now)."""
        w, service = self.w, self.w.service
        assert service is not None
        if w.isMinimized():
            w.showNormal()
        w.raise_()
        w.activateWindow()
        if unreachable(service):
            with contextlib.suppress(RaciError):  # still away: said below
                service.sync()  # tries the server again (at most every few seconds)
            self.check_server()
        name = service.state().name
        if unreachable(service):
            text = (f"{name} is the project open in this window; its server still cannot be "
                    "reached, and edits resume by themselves when it answers")
        else:
            text = f"{name} is the project open in this window ({service.location})"
        w.statusBar().showMessage(text, 10000)

    @staticmethod
    def _keep_password(where: ServerLocation, typed: str | None, remember: bool | None
                       ) -> str:
        """Remember or forget the password as asked; why it could not be kept, or ''."""
        if remember is False:
            passwords.forget_password(where.key)
        elif remember and typed:
            kept = passwords.set_password(where.key, typed)
            if not kept.ok:
                return kept.why
        return ""

    def publish_dialog(self, location: str = "", problem: str = "",
                       password: str | None = None, remember: bool | None = None) -> bool:
        """File > Publish to Server: copy this project to a server, then open it there. A
        try that fails brings the dialog back with what was typed and why (in red)."""
        service = self.w.service
        if service is None or not self._publishable(service):
            return False
        dialog = ServerDialog(
            "Publish to server", PUBLISH_TEXT, self.w, location,
            project="" if location else service.state().name,
            note="Copies this project and its history to a PostgreSQL database, then opens "
                 "it from there so your team can edit it together. The file stays as it is.")
        self._offer_keyring(dialog, location, remember)
        if password and PASSWORD_REFUSED not in problem:
            dialog.secret.setText(password)
        if problem:
            dialog.show_problem(problem)
        answer = _answer(dialog)
        if answer is None:
            return False
        location, typed, keep = answer
        return self.publish(location, typed, bool(keep),
                            again=lambda where, why: self.publish_dialog(where, why, typed,
                                                                         keep))

    def _publishable(self, service: ProjectService) -> bool:
        if service.session is None:
            return True
        self.w.error(f"{service.location} is already on a server; use File > Save a Copy As "
                     "to keep a copy in a file", "Cannot publish the project")
        return False

    def publish(self, target: str, password: str | None = None, remember: bool = False,
                again: Callable[[str, str], object] | None = None,
                background: bool = True) -> bool:
        """Copy the open file project to a server address and open it from there;
        again(address, why): what a failure does instead of a message (ask again).

        The copy runs on a worker thread behind a progress dialog (a long history or a far
        server takes a while, and the window stays live); Cancel stops it, removes what was
        copied, and the status bar says what the server holds. background False: here and
        now (False when it failed)."""
        service = self.w.service
        if service is None or not self._publishable(service):
            return False

        def failed(why: str) -> bool:
            if again is not None:
                again(target, why)
            else:
                self.w.error(why, "Cannot publish the project")
            return False

        try:
            where = ServerLocation.parse(target)
        except RaciError as exc:
            return failed(str(exc))
        secret = password or passwords.get_password(where.key)
        name, host = service.state().name, where.url.host or "the server"
        try:
            snapshot = Snapshot.of(service)  # read here, where the file is open
        except RaciError as exc:
            return failed(str(exc))
        left: list[bool] = []  # a cancel or a failure that could not remove what it copied
        undo = "delete the project there, or publish to another ?project=NAME"

        def work(progress: Callable[[int, int], None] | None) -> str:
            try:
                return snapshot.write(where.display, password=secret, progress=progress)
            except BaseException as exc:
                # (the note create_location adds when what it made could not be removed)
                stuck = any(LEFT_BEHIND in note for note in getattr(exc, "__notes__", []))
                left.append(stuck)
                if stuck and isinstance(exc, RaciError):  # said with the failure: str(exc)
                    raise RaciError(f"{exc}; and {LEFT_BEHIND}: {undo}") from exc  # lacks it
                raise

        def done(shown: str) -> None:
            self.w.statusBar().showMessage(f"Published to {shown}", 8000)
            self.open_url(shown, secret, remember if password else None,
                          background=background)

        def refused(why: str) -> None:
            failed(why)

        def discard(_shown: str) -> None:  # copied in full, just as Cancel was pressed
            left.append(not drop(ServerLocation.parse(where.display, secret)))

        def cancelled() -> None:
            if any(left):
                self.w.error(f"{where.display}: publishing was cancelled, but {LEFT_BEHIND}; "
                             f"{undo}", "Publishing cancelled")
            else:
                self.w.statusBar().showMessage(
                    f"Publishing cancelled: nothing was left on {host}, and {name} stays in "
                    "its file", 10000)

        if background:
            run_with_progress(self.w, f"Publishing {name} to {host}… (the project and its "
                              "history are copied)", work, done, refused,
                              cancellable=True,
                              title="Publishing to a server", discard=discard,
                              cancelled=cancelled,
                              cancelling=f"Cancelling: removing what was copied to {host}…")
            return True
        try:
            shown = work(None)
        except RaciError as exc:
            return failed(str(exc))
        done(shown)
        return self.w.service is not None and self.w.service.session is not None

    # --- while a server project is open -----------------------------------------------

    def attach(self, service: ProjectService) -> None:
        """A project was shown: the History panel and conflicts follow it; for a server
        project, presence, the read-only state and the recent list."""
        self._lost_shown = False
        self._rights = None
        self.presence.setText("")
        self.presence.setToolTip("")
        if self.w.model is not None:
            self.w.model.conflictRaised.connect(self.conflict)
        self.w.history.attach()
        if service.session is None:
            self.heartbeat.stop()
            return
        self.w.files.remember(service.location)
        self.w.setWindowTitle(f"{service.state().name} ({service.location}) - RACI Planner")
        if service.stopped is not None:
            # Read-only from the start (the server's rights, or opened so): kept through
            # the server going away and coming back.
            self._rights = service.stopped
            self.show_read_only(service.stopped)
        self.heartbeat.start()
        self.beat()

    def detach(self) -> None:
        """The project is being closed."""
        self.w.history.detach()
        self.heartbeat.stop()
        self.presence.setText("")

    def show_read_only(self, reason: str) -> None:
        """Edits are off here: the banner says why."""
        w = self.w
        if w.model is not None:
            w.model.read_only = True
        if w.service is not None and reason.startswith(f"{w.service.location}: "):
            reason = reason[len(w.service.location) + 2:]
        w.banner.show_reason(reason)
        w.update_actions()

    def beat(self) -> None:
        """Tell the server this window still has the project; show who else has it."""
        service = self.w.service
        if service is None or service.session is None or unreachable(service):
            return
        service.heartbeat()
        try:
            others = service.others()
        except RaciError as exc:
            if unreachable(service):
                self.w.error(str(exc), "Cannot reach the server")  # told once, by server_lost
                return
            # Not worth a box every few seconds: the status bar says it, the tip says why.
            self.presence.setText("Shared: cannot see who else has it open")
            self.presence.setToolTip(plain_tip(sentence(explained(
                service.session.location, exc, "see who else has the project open"))))
            return
        self.presence.setToolTip("")
        if others:
            self.presence.setText("Also open: " + ", ".join(f"{who} ({host})"
                                                            for who, host in others))
        else:
            self.presence.setText("Shared: nobody else has it open")

    def check_server(self) -> None:
        """On the watch timer: notice a server that went away (once)."""
        service = self.w.service
        if unreachable(service) and not self._lost_shown:
            self.server_lost()
        elif self._lost_shown and service is not None and not unreachable(service):
            self.reconnected()

    def absorbs(self, message: str) -> bool:
        """True when an error is the server going away: shown once, by ``server_lost``."""
        if not unreachable(self.w.service) or UNREACHABLE not in message:
            return False
        if not self._lost_shown:
            self.server_lost()
        return True

    def server_lost(self) -> None:
        """One message; edits stop; offer to save what is on screen to a local file."""
        service = self.w.service
        if service is None:
            return
        self._lost_shown = True
        self.heartbeat.stop()
        self.presence.setText("Server unreachable")
        self.show_read_only("the server cannot be reached; edits are stopped")
        # The driver's own words (a closed connection, a refused one) say nothing more
        # to the user than this: what happened, what is safe, what to do.
        kept = ("Everything you changed until now was saved on the server, and this window "
                "still shows all of it." if self._rights is None else
                "This window still shows the project as it was.")
        # Both write the project as this window holds it: neither needs the server.
        answer = choose(self.w, "The server cannot be reached",
                        f"{service.location}: {UNREACHABLE}; check that the server is running "
                        f"and reachable.\n\n{kept} It connects again by itself when the server "
                        "answers. Save a Local Copy keeps a copy in a file while this window "
                        "waits; Save As goes on working in a local file instead.",
                        ["Save a Local Copy...", "Save As...", "Not Now"])
        if answer == "Save a Local Copy...":
            self.w.files.save_copy()
        elif answer == "Save As...":
            self.w.files.save_as()

    def reconnected(self) -> None:
        """The server answers again: edits resume on its latest state."""
        w = self.w
        service = w.service
        self._lost_shown = False
        if service is None:
            return
        if w.model is not None:
            w.model.read_only = service.stopped is not None
        if service.stopped is None:
            w.banner.hide()
        else:
            self.show_read_only(service.stopped)
        w.update_actions()
        self.heartbeat.start()
        self.beat()
        w.statusBar().showMessage(
            "Connected to the server again: the matrix shows its latest state", 8000)

    # --- conflicts --------------------------------------------------------------------

    def conflict(self, message: str, cells: dict[tuple[int, int], frozenset[str]],
                 text: str) -> None:
        """A stale cell edit was refused: keep theirs (Reload) or put the user's letters back."""
        model = self.w.model
        if model is None:
            return
        answer = choose(self.w, "Somebody else changed this cell",
                        f"{message}.\n\nYour change was not made. Reload keeps their change, "
                        "which the matrix now shows; Overwrite puts your letters in its place.",
                        ["Reload", "Overwrite"], escape="Reload")  # (theirs stays)
        if answer == "Overwrite":
            model.set_cells(cells, text)
        elif self.w.service is not None:
            service = self.w.service
            try:
                service.sync()
            except RaciError as exc:
                self.w.error(explained(service.session.location, exc, "read the project")
                             if service.session is not None else str(exc),
                             "Cannot read the project")
