"""Quitting: the app gives up the X11 clipboard it owns, so exit never waits for a manager."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QClipboard

from ui.app import release_clipboard


class FakeClipboard:
    """What release_clipboard reads and does, recorded."""

    def __init__(self, clipboard: bool, selection: bool) -> None:
        self.owns = {QClipboard.Mode.Clipboard: clipboard, QClipboard.Mode.Selection: selection}
        self.cleared: list[QClipboard.Mode] = []

    def ownsClipboard(self) -> bool:  # noqa: N802 (Qt's name)
        return self.owns[QClipboard.Mode.Clipboard]

    def ownsSelection(self) -> bool:  # noqa: N802
        return self.owns[QClipboard.Mode.Selection]

    def clear(self, mode: QClipboard.Mode) -> None:
        self.cleared.append(mode)


def test_x11_clipboard_owned_after_a_copy_is_released_on_quit() -> None:
    board = FakeClipboard(clipboard=True, selection=False)
    assert release_clipboard(board, "xcb") == [QClipboard.Mode.Clipboard]
    assert board.cleared == [QClipboard.Mode.Clipboard]


def test_selected_text_owning_the_x11_selection_is_released_too() -> None:
    board = FakeClipboard(clipboard=True, selection=True)
    release_clipboard(board, "xcb")
    assert board.cleared == [QClipboard.Mode.Clipboard, QClipboard.Mode.Selection]


def test_another_programs_clipboard_is_never_cleared() -> None:
    board = FakeClipboard(clipboard=False, selection=False)
    assert release_clipboard(board, "xcb") == []
    assert board.cleared == []


def test_other_platforms_keep_the_clipboard_after_exit() -> None:
    for platform in ("windows", "cocoa", "wayland", "offscreen"):
        board = FakeClipboard(clipboard=True, selection=True)
        assert release_clipboard(board, platform) == []
        assert board.cleared == []


def test_the_app_releases_the_clipboard_when_it_quits(tmp_path: Path) -> None:
    # Its own process: make_app styles and names the QApplication it creates.
    script = """
import sys
from PySide6.QtCore import QTimer
import ui.app
calls = []
ui.app.release_clipboard = lambda board, platform: calls.append(platform) or []
app = ui.app.make_app([sys.argv[0]])
QTimer.singleShot(0, app.quit)
app.exec()
print(calls)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RACI_PLANNER_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parents[2], timeout=60,
                          check=True)
    assert done.stdout.strip() == "['offscreen']"


def test_the_app_asks_one_blas_thread_unless_chosen(tmp_path: Path) -> None:
    # Its own process: OpenBLAS reads the setting when numpy is first imported, and
    # the app sets it at its start (as `raci derive` does), keeping a user's own choice.
    script = """
import os, sys
from PySide6.QtCore import QTimer
import ui.app
made = ui.app.make_app
def make_and_quit(argv):
    app = made(argv)
    QTimer.singleShot(0, app.quit)
    return app
class Window:
    def show(self): pass
ui.app.make_app = make_and_quit
ui.app.start_window = lambda files, sample: Window()
ui.app.main([])
print(os.environ.get("OPENBLAS_NUM_THREADS"))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RACI_PLANNER_HOME": str(tmp_path)}
    env.pop("OPENBLAS_NUM_THREADS", None)
    outputs = []
    for chosen in (None, "2"):
        if chosen:
            env["OPENBLAS_NUM_THREADS"] = chosen
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env=env, cwd=Path(__file__).resolve().parents[2], timeout=60,
                              check=True)
        outputs.append(done.stdout.strip())
    assert outputs == ["1", "2"]


def test_a_script_that_leaves_the_window_open_exits_without_qt_complaints(
        tmp_path: Path) -> None:
    """A script drives a window through undoable edits and ends without closing it: the
    window's undo stack, destroyed with the window, empties itself and signals as it goes;
    Edit > Undo and Redo asked the half-destroyed stack for its step and printed
    "Internal C++ object (...) already deleted" once for each signal."""
    script = """
import sys
from PySide6.QtCore import QSettings
from raci.operations import AddRoles, NewRole
from ui.app import make_app
from ui.main_window import MainWindow
app = make_app([sys.argv[0]])
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.files.open_sample()
window.show()
window.push(AddRoles((NewRole("Stage Manager", "SM"),)), "Add role")
window.push(AddRoles((NewRole("Lighting Crew", "LC"),)), "Add role")
window.stack.undo()
app.processEvents()
print(window.stack.index())
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RACI_PLANNER_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini")],
                          capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[2], timeout=60, check=True)
    assert done.stdout.strip() == "1"
    assert "already deleted" not in done.stderr
    assert "Traceback" not in done.stderr
