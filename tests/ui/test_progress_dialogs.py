"""The progress dialogs of long work: each says what it is doing, and stops when it can."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QProgressDialog, QPushButton

from raci.lock import lock_path
from raci.service import ProjectService
from tests.ui.conftest import Boxes
from ui.main_window import MainWindow


def started(window: MainWindow, start: Callable[[], object]) -> QProgressDialog:
    """The progress dialog that start() put up over window."""
    before = set(window.findChildren(QProgressDialog))
    start()
    return next(d for d in window.findChildren(QProgressDialog) if d not in before)


def has_cancel_text(button: QPushButton) -> bool:
    return button.text().replace("&", "") == "Cancel"  # (with or without its Alt key)


def has_cancel(dialog: QProgressDialog) -> bool:
    return any(has_cancel_text(b) for b in dialog.findChildren(QPushButton))


def finish(qtbot: Any) -> None:
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(50)  # the results are delivered (or dropped)


def sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["Activity", "Lead", "Crew"], ["Plan the route", "A", "R"],
                ["Book the hall", "R", "A"]):
        ws.append(row)
    wb.save(path)
    return path


def test_each_long_job_says_what_it_is_doing(qtbot: Any, main_window: MainWindow,
                                            tmp_path: Path, boxes: Boxes,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Every progress dialog was titled 'Please wait': each names its job and its file,
    with Cancel where the work can stop (nothing written, or written to a temporary
    file)."""
    files = main_window.files
    monkeypatch.setattr(files, "review_import", lambda *a: None)
    monkeypatch.setattr(files, "review_draft", lambda *a: None)
    source = sheet(tmp_path / "crew rota.xlsx")
    notes = tmp_path / "handover.md"
    notes.write_text("# Handover\n\nThe Duty Manager approves the handover.\n",
                     encoding="utf-8")
    other = tmp_path / "depot.raci"
    ProjectService.create(other, "Depot").close()
    seen = {}
    for job, start in {
        "export": lambda: files.export_to(tmp_path / "plan.xlsx"),
        "read": lambda: files.read_for_review(source),
        "import": lambda: files.import_from(source, tmp_path / "rota.raci"),
        "derive": lambda: files.derive_dialog([notes, notes.with_name("x.md")]),
        "open": lambda: files.open_path(other, background=True),
    }.items():
        dialog = started(main_window, start)
        seen[job] = (dialog.windowTitle(), dialog.labelText(), has_cancel(dialog))
        finish(qtbot)
    assert seen == {
        "export": ("Exporting to Excel", "Writing plan.xlsx…", True),
        "read": ("Importing a sheet", "Reading crew rota.xlsx…", True),
        "import": ("Importing a sheet", "Creating rota.raci from crew rota.xlsx…", False),
        "derive": ("Deriving a template", "Drafting from 2 documents…", True),
        "open": ("Opening a project", "Opening depot.raci…", True),
    }


def test_a_cancelled_export_writes_nothing(qtbot: Any, main_window: MainWindow,
                                           tmp_path: Path, boxes: Boxes) -> None:
    target = tmp_path / "plan.xlsx"
    dialog = started(main_window, lambda: main_window.files.export_to(target))
    next(b for b in dialog.findChildren(QPushButton) if has_cancel_text(b)).click()
    finish(qtbot)
    assert boxes.shown == [] and not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.ini"]  # no temporary file


def test_a_cancelled_open_lets_the_project_go(qtbot: Any, main_window: MainWindow,
                                             tmp_path: Path, boxes: Boxes) -> None:
    """Cancel while a large project opens: the window keeps the project it showed, and the
    file opened in vain is closed and unlocked (opening it again makes this window its
    writer, not a reader locked out by itself)."""
    shown = main_window.service
    other = tmp_path / "depot.raci"
    ProjectService.create(other, "Depot").close()
    dialog = started(main_window, lambda: main_window.files.open_path(other, background=True))
    next(b for b in dialog.findChildren(QPushButton) if has_cancel_text(b)).click()
    finish(qtbot)
    assert main_window.service is shown and boxes.shown == []
    assert not lock_path(other).exists()
    assert main_window.files.open_path(other, background=False)
    assert main_window.held_by is None and main_window.lock is not None


def test_a_cancelled_connection_lets_the_server_project_go(
        qtbot: Any, main_window: MainWindow, tmp_path: Path, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel while connecting to a server (a slow or unreachable one): the window keeps
    its project, and the project opened in vain is closed (it would stay in the server's
    list of who has it open)."""
    import threading

    import ui.shared_workflows as shared

    gate = threading.Event()
    opened: list[ProjectService] = []
    closed: list[ProjectService] = []

    def slow_open(_where: str, password: str | None = None) -> ProjectService:
        gate.wait(60)  # (bounded) the server answers late
        service = ProjectService.create(tmp_path / "remote.raci", "Remote")
        monkeypatch.setattr(service, "close", lambda: closed.append(service))
        opened.append(service)
        return service

    monkeypatch.setattr(shared, "open_location", slow_open)
    shown = main_window.service
    dialog = started(main_window, lambda: main_window.shared.open_url(
        "postgresql://crew@db.example/raci?project=rota"))
    assert (dialog.windowTitle(), dialog.labelText()) == (
        "Opening a shared project", "Connecting to db.example…")
    next(b for b in dialog.findChildren(QPushButton) if has_cancel_text(b)).click()
    gate.set()
    finish(qtbot)
    assert main_window.service is shown and boxes.shown == []
    assert opened and closed == opened
    ProjectService.close(opened[0])
