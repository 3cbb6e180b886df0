"""The matrix grid: long names, selections across phase headings, paste selection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from raci.fixes import quick_fixes
from raci.palette import LETTER_FILLS
from tests.ui.conftest import Boxes
from ui.main_window import MainWindow
from ui.matrix import MAX_NAME_WIDTH
from ui.matrix.model import short_name


def _activity_rows(window: MainWindow) -> list[int]:
    assert window.model is not None
    return [r for r in range(window.model.rowCount()) if not window.model.is_phase_row(r)]


def test_a_long_activity_name_keeps_the_role_columns_visible(qtbot: Any,
                                                             main_window: MainWindow) -> None:
    window = main_window
    assert window.service is not None and window.model is not None
    act = window.model.activity_at(_activity_rows(window)[0])
    assert act is not None
    window.structure.rename_activity(
        "Coordinate the cross-functional review of every regulatory submission package with "
        "legal, quality, clinical operations and the regional affiliates before filing")
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    full = view.verticalHeader().fontMetrics().horizontalAdvance(
        window.model.headerData(window.model.row_of_activity(act) or 0,
                                Qt.Orientation.Vertical))
    assert view.verticalHeader().width() <= min(MAX_NAME_WIDTH, full // 2)
    # The first role columns are inside the viewport; the rest scroll horizontally.
    assert 0 <= view.columnViewportPosition(0) < view.viewport().width()
    assert 0 <= view.columnViewportPosition(3) < view.viewport().width()
    total = sum(view.columnWidth(c) for c in range(window.model.columnCount()))
    assert (view.horizontalScrollBar().maximum() > 0) == (total > view.viewport().width())
    window.resize(800, 700)
    qtbot.wait(10)
    assert view.horizontalScrollBar().maximum() > 0
    row = window.model.row_of_activity(act)
    assert row is not None
    tip = window.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "regional affiliates before filing" in tip
    # The activity column can be made wider or narrower.
    header = view.verticalHeader()
    header.set_name_width(420)
    assert header.width() == 420 or header.maximumWidth() == 420
    window.hide()


def test_shift_arrows_across_a_phase_heading_keep_a_rectangle(qtbot: Any,
                                                              main_window: MainWindow) -> None:
    window = main_window
    model, view = window.model, window.view
    assert model is not None
    heading = next(r for r in range(1, model.rowCount()) if model.is_phase_row(r))
    above = heading - 1  # the last activity of the first phase
    view.setCurrentIndex(model.index(above, 1))
    view.selectionModel().select(model.index(above, 1),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.currentIndex().row() == heading + 2  # the heading was stepped over
    selected = {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes()}
    expected = {(r, c) for r in (above, heading + 1, heading + 2) for c in (1, 2)}
    assert selected == expected
    before = {(r, c): model.index(r, c).data() for r in range(model.rowCount())
              for c in range(model.columnCount()) if not model.is_phase_row(r)}
    qtbot.keyClick(view, Qt.Key.Key_C)
    changed = {k for k, v in before.items() if model.index(*k).data() != v}
    assert changed <= expected and len(changed) <= 6


def test_a_paste_leaves_the_pasted_block_selected(qtbot: Any, main_window: MainWindow) -> None:
    window = main_window
    model, view = window.model, window.view
    assert model is not None
    rows = _activity_rows(window)
    view.setCurrentIndex(model.index(rows[0], 2))
    QGuiApplication.clipboard().setText("C\tI\nI\tC\n")
    assert view.paste()
    selected = {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes()}
    assert selected == {(r, c) for r in rows[:2] for c in (2, 3)}


def test_the_letter_picker_opens_below_its_cell_with_colours_and_meanings(
    qtbot: Any, main_window: MainWindow
) -> None:
    from ui.matrix import LetterPicker

    window = main_window
    model, view = window.model, window.view
    assert model is not None
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    row = _activity_rows(window)[0]
    index = model.index(row, 1)
    view.setCurrentIndex(index)
    view.edit(index)
    picker = view.indexWidget(index)
    assert isinstance(picker, LetterPicker)
    cell = view.visualRect(index)
    assert picker.geometry().top() >= cell.bottom()  # below the cell, not over its row
    assert view.viewport().rect().contains(picker.geometry())
    for code, box in picker.buttons.items():
        assert f"#{LETTER_FILLS[code]}".lower() in box.styleSheet().lower()
        assert box.accessibleDescription() == model.state.scheme.letter(code).meaning
        assert model.state.scheme.letter(code).name in box.text()
    assert "Product vision" in picker.accessibleName()
    view.closePersistentEditor(index)
    window.hide()


def _mark(window: MainWindow, act: int) -> Any:
    """The finding icon a row header shows (None without one)."""
    assert window.model is not None
    row = window.model.row_of_activity(act)
    return window.model.headerData(row or 0, Qt.Orientation.Vertical,
                                   Qt.ItemDataRole.DecorationRole)


def test_row_marks_follow_shift_letters_and_quick_fixes(qtbot: Any,
                                                        main_window: MainWindow) -> None:
    """The finding icon of a row header appears and goes with each edit, and the header
    is told to repaint that row (not left showing the old icon)."""
    window = main_window
    model = window.model
    assert model is not None
    state = model.state
    act = next(a.id for a in state.activities if a.name == "Feature prioritisation")
    tpm = next(r.id for r in state.roles if r.code == "TPM")
    row = model.row_of_activity(act)
    assert _mark(window, act) is None
    repainted: list[tuple[int, int]] = []
    model.headerDataChanged.connect(lambda _o, first, last: repainted.append((first, last)))
    window.view.setCurrentIndex(model.cell_index(act, tpm))
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)  # R -> A/R
    assert model.state.letters(act, tpm) == frozenset({"A", "R"})
    assert _mark(window, act) is not None
    assert repainted == [(row, row)]
    # A quick fix clears the error: the mark goes, and the row is repainted again.
    found = next(f for f in model.findings()
                 if f.activity_id == act and f.rule == "multiple-accountable")
    fix = next(f for f in quick_fixes(found, model.state)
               if f.label.startswith("Make PM the only A"))
    window.findings.apply_fix(fix.label, fix.cells)
    assert [f.rule for f in model.findings() if f.activity_id == act] == []
    assert _mark(window, act) is None
    assert repainted == [(row, row), (row, row)]
    # An edit that leaves the row's findings as they were repaints no header.
    qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert model.state.letters(act, tpm) == frozenset()
    assert _mark(window, act) is None and len(repainted) == 2
    # Undo brings marks back the same way.
    window.stack.undo()
    window.stack.undo()
    assert _mark(window, act) is not None
    assert repainted[-1] == (row, row)


def _open_picker(qtbot: Any, window: MainWindow, row: int, column: int) -> Any:
    from ui.matrix import LetterPicker

    assert window.model is not None
    index = window.model.index(row, column)
    window.view.setCurrentIndex(index)
    window.view.edit(index)
    pickers = window.view.findChildren(LetterPicker)
    assert pickers
    qtbot.waitUntil(pickers[0].isVisible, timeout=1000)
    return pickers[0]


@pytest.mark.parametrize("width", [1300, 900])
def test_the_letter_picker_shows_its_hint_whole(qtbot: Any, main_window: MainWindow,
                                                width: int) -> None:
    """In a wide window the hint is one line; where the grid is narrow it wraps, never cut."""
    window = main_window
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    window.structure.rename_activity("A very long activity name " * 8)  # a long title
    row = _activity_rows(window)[0]
    last = window.model.columnCount() - 1
    role = window.model.state.role(window.model.role_at(last))
    picker = _open_picker(qtbot, window, row, last)
    hint = picker.hint
    viewport = window.view.viewport().rect()
    assert viewport.contains(picker.geometry())
    assert hint.height() >= hint.heightForWidth(hint.width())  # every line of it shows
    assert hint.geometry().bottom() < picker.contentsRect().bottom() + 1
    if width == 1300:  # room enough: the hint is on one line
        assert hint.height() < 2 * hint.fontMetrics().lineSpacing()
    # The title is shortened to the picker's width; its tooltip has it whole.
    assert picker.heading is not None
    # The activity is shortened to the picker's width, the role below it is whole;
    # the tooltip has both.
    activity, role_line = picker.heading.text().split("\n")
    assert activity.endswith("…") and "A very long" in picker.heading.toolTip()
    assert role_line == f"{role.name} ({role.code})"
    metrics = picker.heading.fontMetrics()
    assert max(metrics.horizontalAdvance(activity),
               metrics.horizontalAdvance(role_line)) <= picker.heading.width()



def test_a_finding_far_down_brings_its_cell_into_view_beside_a_long_name(
        qtbot: Any, main_window: MainWindow) -> None:
    """Jumping from a finding, then typing, changes a cell the user can see."""
    window = main_window
    model, view = window.model, window.view
    assert model is not None and window.service is not None
    rows = _activity_rows(window)
    view.setCurrentIndex(model.index(rows[0], model.columnCount() - 1))
    for k in range(6):
        window.structure.add_role(f"Regional partner enablement lead {k}")
    view.setCurrentIndex(model.index(rows[0], 0))
    window.structure.rename_activity("Coordinate the review of every submission package " * 3)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    last = model.columnCount() - 1
    far = model.activity_at(rows[-1])
    assert far is not None
    model.set_cells({(far, model.role_at(last)): frozenset({"A"})}, "A second owner")
    window.findings.refresh()
    view.scrollToTop()
    view.horizontalScrollBar().setValue(0)
    finding = next(f for f in model.findings()
                   if f.rule == "multiple-accountable" and f.activity_id == far)
    errors = window.findings_model.index(0, 0)
    index = next(window.findings_model.index(r, 0, errors)
                 for r in range(window.findings_model.rowCount(errors))
                 if window.findings_model.finding(window.findings_model.index(r, 0, errors))
                 == finding)
    window.findings.activate_finding(index)
    current = view.currentIndex()
    assert model.activity_at(current.row()) == far
    assert view.viewport().rect().contains(view.visualRect(current))
    qtbot.keyClick(view, Qt.Key.Key_C)  # typing now changes the cell in view
    assert view.visualRect(current).isValid() and current.data() == "C"
    window.hide()


def test_undo_names_what_a_letter_key_did(qtbot: Any, main_window: MainWindow) -> None:
    window = main_window
    assert window.model is not None
    row = _activity_rows(window)[0]
    view = window.view
    index = window.model.index(row, 4)  # an empty cell of the first activity
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    act, role = window.model.activity_at(row), window.model.role_at(4)
    assert act is not None and role is not None
    assert window.model.state.letters(act, role) == frozenset()
    state = window.model.state
    where = f"{state.role(role).name} on {state.activity(act).name}"
    view.set_letter("C")
    assert window.stack.undoText() == f"Set C for {where}"  # replaced what was there
    view.toggle_letter("I")
    assert window.stack.undoText() == f"Add I for {where}"  # Shift+letter, not "Set I"
    view.toggle_letter("I")
    assert window.stack.undoText() == f"Remove I from {where}"


def test_undo_and_redo_name_the_cell_an_edit_changed(main_window: MainWindow) -> None:
    window = main_window
    model, service = window.model, window.service
    assert model is not None and service is not None
    act = model.state.activities[0].id
    role = next(r.id for r in model.state.roles if not model.state.letters(act, r.id))
    service.update_activity(act, name="Plan the release")
    service.update_role(role, name="Release Manager")
    index = model.cell_index(act, role)
    assert model.setData(index, "A/R")  # typed in the cell
    undo, redo = window.commands["undo"], window.commands["redo"]
    assert window.stack.undoText() == "Set A/R for Release Manager on Plan the release"
    assert undo.text().startswith("&Undo Set A/R for Release Manager on Plan the release")
    assert model.setData(index, "")
    assert window.stack.undoText() == "Clear Release Manager on Plan the release"
    window.stack.undo()
    assert redo.text().startswith("&Redo Clear Release Manager on Plan the release")
    # Long names are cut short; an "&" in a name stays a character in the Edit menu.
    service.update_activity(act, name="Coordinate the cross-functional review of the release")
    service.update_role(role, name="R&D")
    assert model.setData(index, "C")
    assert window.stack.undoText() == "Set C for R&D on Coordinate the cross-functi\u2026"
    assert undo.text().startswith("&Undo Set C for R&&D on Coordinate")
    # Several cells at once keep the short name.
    cells = {(a.id, role): frozenset("I") for a in model.state.activities[:2]}
    assert model.set_cells(cells, "Set I")
    assert window.stack.undoText() == "Set I"


def test_undo_names_the_activity_a_delete_took_away(main_window: MainWindow) -> None:
    """Deleting one activity (no question asked: it can be undone) was 'Undo Delete
    activity', naming nothing, where a deleted role or phase is named."""
    window = main_window
    model, service = window.model, window.service
    assert model is not None and service is not None
    act = model.state.activities[2]
    window.view.setCurrentIndex(model.cell_index(act.id, model.state.roles[0].id))
    window.commands["delete_activity"].trigger()
    assert window.stack.undoText() == f"Delete activity {short_name(act.name)}"
    assert window.commands["undo"].text().startswith("&Undo Delete activity ")
    window.stack.undo()
    assert act.name in [a.name for a in service.state().activities]
    rows = [model.row_of_activity(a.id) for a in model.state.activities[:2]]
    window.view.selectRow(rows[0] or 0)
    window.view.selectionModel().select(
        model.index(rows[1] or 0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    window.commands["delete_activity"].trigger()
    assert window.stack.undoText() == "Delete 2 activities"



def test_an_edit_of_a_cell_whose_role_is_gone_is_refused_with_a_message(
        main_window: MainWindow, boxes: Boxes) -> None:
    """Overwrite, answered after another writer deleted the role, names no cell it cannot."""
    model, service = main_window.model, main_window.service
    assert model is not None and service is not None
    act = model.state.activities[0].id
    role = service.add_role("Legal Counsel", "LC")
    service.delete_role(role)
    count = main_window.stack.count()
    assert not model.set_cells({(act, role): frozenset("A")}, "Edit cell")
    assert main_window.stack.count() == count
    assert [title for _kind, title, _text in boxes.shown] == ["Cannot change the cell"]


@contextmanager
def palette_shown(*, dark: bool) -> Iterator[QApplication]:
    """The application with the dark palette (or the light one as it is) until the block
    ends, then the palette it had."""
    from ui.palette import dark_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        yield app
    finally:
        app.setPalette(before)


def _contrast(front: QColor, back: QColor) -> float:
    """The WCAG contrast ratio of a colour (blended by its alpha) on a background."""
    alpha = front.alphaF()
    mixed = [alpha * f + (1 - alpha) * b for f, b in
             zip(front.getRgbF()[:3], back.getRgbF()[:3], strict=True)]

    def luminance(rgb: list[float]) -> float:
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(mixed), luminance(list(back.getRgbF()[:3]))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_the_letter_pickers_heading_and_hint_are_readable(qtbot: Any, dark: bool) -> None:

    from raci.schemes import SCHEMES
    from ui.matrix.delegate import LetterPicker

    with palette_shown(dark=dark):
        picker = LetterPicker(SCHEMES["RACI"], "Test plan / Product Owner (PO)",
                              lines=("Test plan", "Product Owner (PO)"))
        qtbot.addWidget(picker)
        assert picker.heading is not None
        back = picker.palette().color(QPalette.ColorRole.Window)
        # the hint: 4.5:1, as small text needs (the placeholder grey was 3.9:1 when light),
        # and still quieter than the heading
        for label, least in ((picker.heading, 7.0), (picker.hint, 4.5)):
            assert label.isEnabled()  # not the disabled grey
            front = label.palette().color(QPalette.ColorGroup.Active,
                                          QPalette.ColorRole.WindowText)
            assert _contrast(front, back) >= least, (label.text(), front.name())
        hint = picker.hint.palette().color(QPalette.ColorRole.WindowText)
        heading = picker.heading.palette().color(QPalette.ColorRole.WindowText)
        assert _contrast(hint, back) < _contrast(heading, back)
        assert picker.heading.font().bold()
        # as the matrix's editor (on a view's viewport) it is drawn in that grey too (there
        # the labels draw in Text, and the hint was black)
        from PySide6.QtWidgets import QTableView

        view = QTableView()
        qtbot.addWidget(view)
        editor = LetterPicker(SCHEMES["RACI"], "Test plan / PO", view.viewport())
        shown = editor.hint.palette().color(editor.hint.foregroundRole())
        assert shown == editor.hint.palette().color(QPalette.ColorRole.WindowText)


def test_the_grids_corner_and_headers_have_names(main_window: Any, qtbot: Any) -> None:
    """A screen reader called the select-all corner of the matrix, and its row and column
    headers, by nothing ("button", "header"): each has a name, in both grids, and the
    corner still selects every cell."""
    from PySide6.QtWidgets import QAbstractButton

    for view, columns in ((main_window.view, "Roles"), (main_window.person_view, "People")):
        corner = view.findChild(QAbstractButton)
        assert corner is not None and corner.accessibleName() == "Select all cells"
        assert "Ctrl+A" in corner.toolTip()
        assert view.verticalHeader().accessibleName() == "Activities"
        assert view.horizontalHeader().accessibleName() == columns
    state = main_window.service.state()
    main_window.view.findChild(QAbstractButton).click()
    assert len(main_window.view.selected_cells()) == len(state.activities) * len(state.roles)
