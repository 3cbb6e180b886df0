"""After an export the status bar offers to open the file written, or its folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from ui import file_workflows, reveal
from ui.main_window import MainWindow


def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Record what would be opened instead of launching another program."""
    seen: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen.append(url) or True)
    # no file manager answers the call that shows a file selected: the folder is opened
    monkeypatch.setattr(reveal, "show_items", lambda _uri, _failed: False)
    monkeypatch.setattr(reveal, "launch", lambda _program, _args: False)
    return seen


def status_button(window: MainWindow, text: str) -> QPushButton:
    found = [b for b in window.statusBar().findChildren(QPushButton)
             if b.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def test_an_exported_csv_can_be_opened_from_the_status_bar(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """Export CSV said only "Exported /path/file.csv" for a few seconds: the note stays,
    with buttons that open the file and its folder, until another message replaces it."""
    target = tmp_path / "out" / "crew plan.csv"
    target.parent.mkdir()
    monkeypatch.setattr(file_workflows, "save_file",
                        lambda *_a: (str(target), "CSV files (*.csv)"))
    seen = opened_urls(monkeypatch)
    main_window.files.export_csv_dialog()
    assert target.exists()
    bar = main_window.statusBar()
    assert bar.currentMessage() == f"Exported {target}"
    open_file, open_folder = (status_button(main_window, t) for t in ("Open", "Open Folder"))
    assert not open_file.isHidden() and not open_folder.isHidden()
    qtbot.mouseClick(open_file, Qt.MouseButton.LeftButton)
    assert seen == [QUrl.fromLocalFile(str(target))]
    qtbot.mouseClick(open_folder, Qt.MouseButton.LeftButton)
    assert seen[1:] == [QUrl.fromLocalFile(str(target.parent))]
    bar.showMessage("Something else happened")
    assert open_file.isHidden() and open_folder.isHidden()


def test_an_exported_workbook_can_be_opened_from_the_status_bar(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The same after Export Excel, written on a worker thread; a second export's buttons
    open the second file."""
    seen = opened_urls(monkeypatch)
    for name in ("first.xlsx", "second.xlsx"):
        target = tmp_path / name
        main_window.files.export_to(target)
        qtbot.waitUntil(lambda t=target: main_window.statusBar().currentMessage()
                        == f"Exported {t}", timeout=20000)
    open_file = status_button(main_window, "Open")
    assert not open_file.isHidden()
    qtbot.mouseClick(open_file, Qt.MouseButton.LeftButton)
    assert seen == [QUrl.fromLocalFile(str(tmp_path / "second.xlsx"))]
    main_window.statusBar().clearMessage()
    assert open_file.isHidden()


def test_opening_an_export_moved_away_or_with_nothing_to_open_it_says_why(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """Open on a file deleted since the export did nothing and said nothing; a system with
    no program for the file likewise: the status bar now says which, and what to do."""
    target = tmp_path / "plan.csv"
    monkeypatch.setattr(file_workflows, "save_file",
                        lambda *_a: (str(target), "CSV files (*.csv)"))
    seen = opened_urls(monkeypatch)
    main_window.files.export_csv_dialog()
    target.unlink()
    qtbot.mouseClick(status_button(main_window, "Open"), Qt.MouseButton.LeftButton)
    assert seen == []
    message = main_window.statusBar().currentMessage()
    assert str(target) in message and "no longer there" in message and "export again" in message
    main_window.files.export_csv_dialog()
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    qtbot.mouseClick(status_button(main_window, "Open"), Qt.MouseButton.LeftButton)
    assert main_window.statusBar().currentMessage().startswith(f"Could not open {target}")


def test_a_csv_export_says_it_is_busy_while_it_writes(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A CSV of the largest projects takes a second or so, written as the window waits: it
    gave no sign of being busy. Now the status bar names the file being written and the
    pointer is a wait cursor until it is done (or refused)."""
    from PySide6.QtWidgets import QApplication

    from ui.file_workflows import _excel

    target = tmp_path / "crew.csv"
    monkeypatch.setattr(file_workflows, "save_file",
                        lambda *_a: (str(target), "CSV files (*.csv)"))
    seen: list[tuple[Any, str]] = []
    write = _excel().export_csv

    def watched(state: Any, path: Path) -> None:
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor else None, main_window.statusBar().currentMessage()))
        write(state, path)

    monkeypatch.setattr(_excel(), "export_csv", watched)
    main_window.files.export_csv_dialog()
    assert seen == [(Qt.CursorShape.WaitCursor, "Writing crew.csv…")]
    assert QApplication.overrideCursor() is None and target.exists()


def test_the_export_notice_buttons_have_alt_keys_of_their_own(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Open and Open Folder beside the export's message had no Alt key: the mouse was the
    only way to them. Each now has one no menu, tab or button of the window has."""
    from ui.mnemonics import key_of, keyed_texts

    target = tmp_path / "crew.csv"
    monkeypatch.setattr(file_workflows, "save_file",
                        lambda *_a: (str(target), "CSV files (*.csv)"))
    main_window.files.export_csv_dialog()
    buttons = [status_button(main_window, t) for t in ("Open", "Open Folder")]
    keys = [key_of(b.text()) for b in buttons]
    others = [key_of(a.text()) for a in main_window.menuBar().actions()]
    others += [key_of(k.get()) for k in keyed_texts(main_window)
               if k.widget not in buttons and k.widget.isVisibleTo(main_window)]
    assert all(keys) and len(set(keys)) == 2
    assert not set(keys) & set(others), others


def test_the_csv_busy_message_is_on_screen_before_the_file_is_written(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The status bar was told 'Writing crew.csv…' but not painted: the file is written
    before the window handles another event, so the screen went on showing the message
    before it until 'Exported' replaced it."""
    from PySide6.QtCore import QEvent, QObject

    from ui.file_workflows import _excel

    main_window.show()
    qtbot.waitExposed(main_window)
    bar = main_window.statusBar()
    painted: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(bar.currentMessage())
            return False

    qtbot.wait(50)  # (earlier paints done)
    spy = Painted(bar)
    bar.installEventFilter(spy)
    target = tmp_path / "crew.csv"
    monkeypatch.setattr(file_workflows, "save_file",
                        lambda *_a: (str(target), "CSV files (*.csv)"))
    seen: list[list[str]] = []
    write = _excel().export_csv

    def watched(state: Any, path: Path) -> None:
        seen.append(list(painted))
        write(state, path)

    monkeypatch.setattr(_excel(), "export_csv", watched)
    main_window.files.export_csv_dialog()
    bar.removeEventFilter(spy)
    assert len(seen) == 1 and "Writing crew.csv…" in seen[0]
