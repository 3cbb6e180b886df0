"""Quick Fix has a key of its own (Ctrl+.), listed in F1, as every other command has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.conftest import record_fix_menus
from tests.ui.test_main_window import first_rows, select
from ui.help_dialog import ShortcutsDialog
from ui.main_window import MainWindow


def _two_owners(qtbot: Any, window: MainWindow) -> int:
    """Give a row a second A; the row it is on."""
    row = first_rows(window, 3)[2]
    select(window, [(row, 1)])
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: str(window.findings_model.index(0, 0).data())
                    .startswith("Errors"))
    return row


def _active(qtbot: Any, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)  # shortcuts go to the active window


def test_ctrl_period_offers_the_current_rows_fixes_from_the_matrix(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window
    quick = window.commands["quick_fix"]
    assert QKeySequence("Ctrl+.") in quick.shortcuts()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = set(dialog.keys())
    assert any("Ctrl+." in keys for keys in listed)
    assert window.findings.fix_button.toolTip().endswith("(Ctrl+.)")  # the panel's button
    _active(qtbot, window)
    row = _two_owners(qtbot, window)
    shown = record_fix_menus(window, monkeypatch)
    assert window.model is not None and window.service is not None
    window.view.setCurrentIndex(window.model.index(row, 3))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and shown[0][0].startswith("Make ")
    assert window.stack.undoText().startswith("Make ")
    window.hide()


def test_ctrl_period_in_the_findings_list_fixes_the_finding_chosen_there(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window
    _active(qtbot, window)
    _two_owners(qtbot, window)
    shown = record_fix_menus(window, monkeypatch)
    assert window.model is not None
    window.view.setCurrentIndex(window.model.index(first_rows(window, 1)[0], 1))  # no finding
    tree = window.findings.view
    errors = window.findings_model.index(0, 0)
    tree.expandAll()
    tree.setCurrentIndex(window.findings_model.index(0, 0, errors))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and shown[0][0].startswith("Make ")
    assert not window.statusBar().currentMessage().startswith("No quick fix")
    window.hide()


def test_quick_fix_is_spelled_one_way_on_its_button_menus_and_in_the_guide(
        main_window: MainWindow) -> None:
    """The findings panel's button said "Quick fix..." and the Edit menu "Quick Fix...": the
    button takes the menu's title case (as the app's other buttons, "Take Over Editing",
    "Merge Selected Rows"), and the guides and README spell it so too."""
    menu_text = main_window.commands["quick_fix"].text()
    assert menu_text == "&Quick Fix..."
    assert main_window.findings.fix_button.text() == menu_text
    root = Path(__file__).resolve().parents[2]
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        assert not re.search(r"\*\*Quick fix", text), doc.name


def test_ctrl_period_then_enter_applies_the_first_fix(
        qtbot: Any, main_window: MainWindow) -> None:
    """The menu opened with nothing highlighted: Enter did nothing, and the menu stayed
    open until an arrow key chose a fix."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    window = main_window
    _active(qtbot, window)
    row = _two_owners(qtbot, window)
    assert window.model is not None
    window.view.setCurrentIndex(window.model.index(row, 3))
    window.view.setFocus()
    seen: list[str] = []

    def press_enter() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, press_enter)
            return
        active = menu.activeAction()
        seen.append(active.text() if active is not None else "")
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        if menu.isVisible():  # (Enter did nothing: close it, so that the test ends)
            menu.close()

    QTimer.singleShot(0, press_enter)
    qtbot.keyClick(window.view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert seen and seen[0].startswith("Make ")
    assert window.stack.undoText() == seen[0]
    window.hide()


def test_a_greyed_out_quick_fix_says_what_would_make_it_work(main_window: Any) -> None:
    """The sample opens on a row with nothing to fix and a warning in the panel: Quick Fix was
    greyed out with the tip of a working one, and nothing said to choose a finding first."""
    from ui.findings_panel import FIX_TIP, NO_FIX_TIP

    panel = main_window.findings
    assert not panel.fix_button.isEnabled()
    assert panel.fix_button.toolTip() == NO_FIX_TIP and "choose a finding" in NO_FIX_TIP
    warning = next(i for i in panel.model.activity_indexes(next(
        a.id for a in main_window.service.state().activities if a.name == "Code reviews")))
    panel.view.setCurrentIndex(warning)
    assert panel.fix_button.isEnabled() and panel.fix_button.toolTip() == FIX_TIP
