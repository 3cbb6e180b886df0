"""Every menu command says in the status bar what it does, not only its own name again."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.main_window import MainWindow


def _plain(text: str) -> str:
    return text.split("\t")[0].replace("&", "").rstrip(".").strip().lower()


def _menu_actions(menu: QMenu) -> list[QAction]:
    """A menu's commands, a submenu's own entry among them (not what it lists: the recent
    projects are the user's own files)."""
    return [action for action in menu.actions() if not action.isSeparator()]


def test_every_menu_command_has_a_status_tip_that_says_more_than_its_name(
        qtbot: Any, main_window: MainWindow) -> None:
    main_window.findings.setWindowTitle("Findings (3)")  # the dock's toggle keeps its tip
    bare: list[str] = []
    for top in main_window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in _menu_actions(menu):
            tip = action.statusTip()
            if not tip or _plain(tip) == _plain(action.text()):
                bare.append(f"{_plain(top.text())} > {_plain(action.text())}")
    assert not bare, bare
