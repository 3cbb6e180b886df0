"""Edit > Find: the find bar moves the matrix's current cell to an activity or role by name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ui.actions import help_rows
from ui.find_bar import NO_MATCH, PLACEHOLDER, FindBar
from ui.main_window import MainWindow

Key = Qt.Key


def _shown(qtbot: Any, window: MainWindow) -> None:
    """Show and activate the window: its shortcuts work only in the active window."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _open(qtbot: Any, window: MainWindow) -> FindBar:
    """Ctrl+F in the matrix, as a user presses it."""
    _shown(qtbot, window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.findChild(FindBar)
    assert bar is not None and bar.isVisible()
    assert bar.edit.hasFocus() and bar.edit.placeholderText() == PLACEHOLDER
    return bar


def _row_named(window: MainWindow, name: str) -> int:
    assert window.model is not None and window.service is not None
    state = window.service.state()
    act = next(a for a in state.activities if a.name == name)
    row = window.model.row_of_activity(act.id)
    assert row is not None
    return row


def test_typing_moves_the_current_cell_to_the_activity_named(
        qtbot: Any, main_window: MainWindow) -> None:
    model = main_window.model
    assert model is not None
    last = max(r for r in range(model.rowCount()) if not model.is_phase_row(r))
    main_window.view.setCurrentIndex(model.index(last, 0))
    main_window.structure.rename_activity("Étude de Faisabilité")  # the last activity
    first = next(r for r in range(model.rowCount()) if not model.is_phase_row(r))
    main_window.view.setCurrentIndex(model.index(first, 2))
    main_window.tabs.setCurrentWidget(main_window.workload)  # Find shows the matrix
    bar = _open(qtbot, main_window)
    assert main_window.tabs.currentWidget() is main_window.view
    qtbot.keyClicks(bar.edit, "etude de FAIS")  # no case, no accents
    current = main_window.view.currentIndex()
    assert (current.row(), current.column()) == (_row_named(main_window, "Étude de Faisabilité"),
                                                 2)
    assert bar.count.text() == "1 of 1"
    assert bar.edit.hasFocus()  # typing goes on in the bar


def test_a_role_name_or_code_moves_to_its_column(qtbot: Any, main_window: MainWindow) -> None:
    assert main_window.model is not None and main_window.service is not None
    main_window.structure.add_role("Wirtschaftsprüfer")
    roles = main_window.service.state().roles
    column = next(i for i, r in enumerate(roles) if r.name == "Wirtschaftsprüfer")
    row = main_window.view.currentIndex().row()
    bar = _open(qtbot, main_window)
    bar.edit.setText("wirtschaftspruf")  # pasted (typed, its first letters find activities)
    assert main_window.view.currentIndex().column() == column
    assert main_window.view.currentIndex().row() == row  # on the same activity
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, roles[1].code.lower())  # a code typed whole
    assert main_window.view.currentIndex().column() == 1


def test_f3_and_shift_f3_cycle_through_what_was_found(qtbot: Any, main_window: MainWindow) -> None:
    assert main_window.model is not None and main_window.service is not None
    model = main_window.model
    acts = [r for r in range(model.rowCount()) if not model.is_phase_row(r)]
    for row, name in ((acts[3], "Pilot run one"), (acts[8], "Pilot run two"),
                      (acts[12], "Pilot run three")):
        main_window.view.setCurrentIndex(model.index(row, 0))
        main_window.structure.rename_activity(name)
    main_window.view.setCurrentIndex(model.index(acts[0], 0))
    bar = _open(qtbot, main_window)
    qtbot.keyClicks(bar.edit, "pilot run")
    rows = [main_window.view.currentIndex().row()]
    texts = [bar.count.text()]
    for _ in range(3):
        qtbot.keyClick(bar.edit, Key.Key_F3)
        rows.append(main_window.view.currentIndex().row())
        texts.append(bar.count.text())
    assert rows == [acts[3], acts[8], acts[12], acts[3]]
    assert texts == ["1 of 3", "2 of 3", "3 of 3", "1 of 3"]
    qtbot.keyClick(bar.edit, Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert main_window.view.currentIndex().row() == acts[12]
    qtbot.keyClick(bar.edit, Key.Key_Return)  # Enter: the next one too
    assert main_window.view.currentIndex().row() == acts[3]
    qtbot.keyClick(bar.edit, Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert main_window.view.currentIndex().row() == acts[12]  # Shift+Enter: the previous one


def test_no_match_says_so_and_stays_put(qtbot: Any, main_window: MainWindow) -> None:
    bar = _open(qtbot, main_window)
    qtbot.keyClicks(bar.edit, "roadmap")
    before = main_window.view.currentIndex()
    assert bar.count.text().endswith(" of 2")
    qtbot.keyClicks(bar.edit, " qqxz")
    assert bar.count.text() == NO_MATCH
    assert main_window.view.currentIndex() == before
    qtbot.keyClick(bar.edit, Key.Key_F3)
    assert main_window.view.currentIndex() == before


def test_escape_closes_the_bar_and_the_keyboard_goes_back_to_the_matrix(
        qtbot: Any, main_window: MainWindow) -> None:
    bar = _open(qtbot, main_window)
    qtbot.keyClicks(bar.edit, "roadmap")
    qtbot.keyClick(bar.edit, Key.Key_Escape)
    assert not bar.isVisible()
    assert main_window.view.hasFocus()


def test_the_by_person_view_finds_people(qtbot: Any, main_window: MainWindow) -> None:
    assert main_window.service is not None
    main_window.tabs.setCurrentWidget(main_window.person_view)
    people = main_window.service.state().people
    main_window.person_view.setCurrentIndex(main_window.person_view.model().index(1, 0))
    bar = _open(qtbot, main_window)
    target = people[-1].name
    qtbot.keyClicks(bar.edit, target.upper())
    assert main_window.tabs.currentWidget() is main_window.person_view
    assert main_window.person_view.currentIndex().column() == len(people) - 1
    qtbot.keyClick(bar.edit, Key.Key_Escape)
    assert main_window.person_view.hasFocus()


def test_find_needs_a_project_and_is_listed_with_its_keys(
        qtbot: Any, settings: QSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    keys = ("find", "find_next", "find_previous")
    assert not any(window.commands[k].isEnabled() for k in keys)
    _shown(qtbot, window)
    qtbot.keyClick(window, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(FindBar) is None  # nothing to find in
    assert window.files.open_sample()
    assert all(window.commands[k].isEnabled() for k in keys)
    assert "Ctrl+F" in window.commands["find"].toolTip()
    assert "F3" in window.commands["find_next"].toolTip()
    edit_rows = {(keys_, text) for section, keys_, text in help_rows() if section == "Edit"}
    assert any("Ctrl+F" in k and "Find" in t for k, t in edit_rows)
    assert any("F3" in k and "next" in t for k, t in edit_rows)
    window.commands["find"].trigger()
    bar = window.findChild(FindBar)
    assert bar is not None and bar.isVisible()
    window.close_project()
    assert not bar.isVisible()
    assert not any(window.commands[k].isEnabled() for k in keys)
