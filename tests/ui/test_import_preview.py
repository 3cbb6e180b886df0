"""The import review shows the grid it read: letters by activity and role, phases, notes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from raci.excel.plan import ImportedActivity, ImportedRole, ImportPlan, ReadOptions
from ui.import_dialog import ImportDialog, Reading, read_for_review
from ui.import_preview import FIRST_ROLE, NOTE_MARK, ImportPreviewModel

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Stage", "Task", "Host", "Caterer", "Florist"])
    ws.append(["Prepare", "Choose the menu", "A", "R", ""])
    ws.append(["Prepare", "Order flowers", "A/C", "", "R"])
    ws.append(["Day", "Serve dinner", "I", "R?", "A"])
    wb.save(path)
    return path


def shown(model: ImportPreviewModel, row: int, column: int, role: Any = None) -> Any:
    index = model.index(row, column)
    return model.data(index) if role is None else model.data(index, role)


def test_the_review_shows_the_letters_phases_and_notes_it_read(qtbot: Any,
                                                                tmp_path: Path) -> None:
    source = sheet(tmp_path / "dinner.xlsx")
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(dialog)
    model = dialog.preview_model
    assert isinstance(dialog.preview, QTableView) and dialog.preview.model() is model
    assert (model.rowCount(), model.columnCount()) == (3, FIRST_ROLE + 3)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:2] == ["Phase", "Activity"]
    assert "Caterer" in model.headerData(FIRST_ROLE + 1, Qt.Orientation.Horizontal, TOOLTIP)
    assert model.headerData(0, Qt.Orientation.Vertical) == "row 2"
    assert [shown(model, r, 0) for r in range(3)] == ["Prepare", "Prepare", "Day"]
    assert [shown(model, r, 1) for r in range(3)] == ["Choose the menu", "Order flowers",
                                                      "Serve dinner"]
    assert [shown(model, 1, c) for c in range(FIRST_ROLE, FIRST_ROLE + 3)] == ["A/C", "", "R"]
    # 'R?' is read as R and its text kept as the cell's note: marked, the note as tooltip
    assert shown(model, 2, FIRST_ROLE + 1) == "R" + NOTE_MARK
    assert "R?" in shown(model, 2, FIRST_ROLE + 1, TOOLTIP)
    # every cell names its activity and role (the name columns scroll away in a wide grid)
    assert shown(model, 0, FIRST_ROLE, TOOLTIP) == "Choose the menu / Host: A"
    assert shown(model, 1, FIRST_ROLE + 1, TOOLTIP) == "Order flowers / Caterer: empty"
    assert not model.flags(model.index(0, FIRST_ROLE)) & Qt.ItemFlag.ItemIsEditable


def test_a_re_read_shows_the_new_grid(qtbot: Any, tmp_path: Path) -> None:
    source = sheet(tmp_path / "dinner.xlsx")
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(dialog)
    plan = replace(dialog.plan, activities=dialog.plan.activities[:1])
    dialog.show_reading(Reading(plan, dialog.reading.sheets))
    assert dialog.preview_model.rowCount() == 1


def test_a_large_grid_is_one_model_and_never_read_cell_by_cell(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 activities by 200 roles: no widget per cell, and showing the dialog reads only
    the cells in sight (columns are not measured over the whole grid)."""
    roles = [ImportedRole(f"Role {j}", f"R{j}", column=str(j)) for j in range(200)]
    acts = [ImportedActivity(f"Activity {i}", f"Phase {i // 100}",
                             {j: frozenset("R") for j in range(0, 200, 7)}, i + 2)
            for i in range(2000)]
    plan = ImportPlan("Big", 1, "RACI", roles, acts)
    reads = [0]
    original = ImportPreviewModel.data

    def counting(self: ImportPreviewModel, index: Any, role: int = 0) -> Any:
        reads[0] += 1
        return original(self, index, role)

    monkeypatch.setattr(ImportPreviewModel, "data", counting)
    qtbot.addWidget(dialog := ImportDialog(tmp_path / "big.xlsx", Reading(plan, ["Big"])))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.preview.viewport().repaint()
    assert dialog.preview_model.rowCount() == 2000
    assert dialog.preview_model.columnCount() == FIRST_ROLE + 200
    assert shown(dialog.preview_model, 1999, FIRST_ROLE + 196) == "R"
    assert len(dialog.findChildren(QWidget)) < 200
    assert 0 < reads[0] < 2000 * 200 // 20


def test_the_phase_and_activity_columns_stay_in_view_when_the_grid_scrolls_sideways(
        qtbot: Any, tmp_path: Path) -> None:
    """A wide grid scrolled to its last role still shows each row's phase and activity at
    the left, beside the row headings, and they scroll up and down with the grid."""
    roles = [ImportedRole(f"Member {j}", f"M{j}", column=str(j)) for j in range(60)]
    acts = [ImportedActivity(f"Step {i}", f"Stage {i // 10}", {59: frozenset("A")}, i + 2)
            for i in range(300)]
    plan = ImportPlan("Wide", 1, "RACI", roles, acts)
    qtbot.addWidget(dialog := ImportDialog(tmp_path / "wide.xlsx", Reading(plan, ["Wide"])))
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.preview
    view.scrollTo(dialog.preview_model.index(250, FIRST_ROLE + 59))
    bar = view.horizontalScrollBar()
    assert bar.value() > 0 and bar.value() == bar.maximum()
    # the last role's cell is in sight, not under the columns kept at the left
    cell = view.visualRect(dialog.preview_model.index(250, FIRST_ROLE + 59))
    kept = view.findChild(QTableView, "frozen columns")
    assert kept is not None and kept.isVisible()
    assert cell.left() >= kept.width() and cell.right() <= view.viewport().width()
    # what shows at the left of the grid is the phase and activity of the rows in sight
    top = view.rowAt(0)
    assert top > 0 and kept.rowAt(0) == top
    at_left = kept.indexAt(kept.visualRect(kept.model().index(top, 1)).center())
    assert (at_left.row(), at_left.column()) == (top, 1)
    assert kept.model().data(at_left) == f"Step {top}"
    assert kept.geometry().left() == view.verticalHeader().width() + view.frameWidth()
    assert kept.width() == view.columnWidth(0) + view.columnWidth(1)
    # one selection: a cell chosen at the left is the grid's current row
    kept.selectionModel().setCurrentIndex(
        kept.model().index(top, 0), kept.selectionModel().SelectionFlag.ClearAndSelect)
    assert view.currentIndex().row() == top
    # going to a phase cell does not scroll the roles back
    view.scrollTo(dialog.preview_model.index(top, 0))
    assert bar.value() == bar.maximum()


def test_a_role_read_without_a_code_shows_its_whole_heading(qtbot: Any, tmp_path: Path) -> None:
    """A heading such as 'Caterer' (no code to show instead) was cut to the letters' width;
    each role column is now as wide as its heading, up to a bound (the tooltip names a longer
    one whole)."""
    source = sheet(tmp_path / "dinner.xlsx")
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(dialog)
    view = dialog.preview
    roles = [ImportedRole(name, "", column=c) for name, c in
             (("Volunteer coordinator", "C"), ("Treasurer", "D"), ("Head caterer", "E"))]
    dialog.show_reading(Reading(replace(dialog.plan, roles=roles), dialog.reading.sheets))
    metrics = view.horizontalHeader().fontMetrics()
    for column in range(FIRST_ROLE, dialog.preview_model.columnCount()):
        heading = dialog.preview_model.headerData(column, Qt.Orientation.Horizontal)
        assert view.columnWidth(column) > metrics.horizontalAdvance(heading), heading
    long_name = ImportedRole("Deputy head of the regional volunteering programme", "",
                             column="C")
    plan = replace(dialog.plan, roles=[long_name, *dialog.plan.roles[1:]])
    dialog.show_reading(Reading(plan, dialog.reading.sheets))
    assert view.columnWidth(FIRST_ROLE) < metrics.horizontalAdvance(long_name.name)


def test_a_heading_too_long_for_its_column_keeps_its_start_and_end(
        qtbot: Any, tmp_path: Path) -> None:
    """A heading wider than ROLE_WIDEST was clipped at both sides ('gional Programme
    Coordinato'): it is cut in the middle now, so the start and the end (a code, a number
    telling two such roles apart) both show."""
    source = sheet(tmp_path / "dinner.xlsx")
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(dialog)
    long_name = ImportedRole("Deputy head of the regional volunteering programme 2", "",
                             column="C")
    plan = replace(dialog.plan, roles=[long_name, *dialog.plan.roles[1:]])
    dialog.show_reading(Reading(plan, dialog.reading.sheets))
    header = dialog.preview.horizontalHeader()
    assert header.sectionSize(FIRST_ROLE) < header.fontMetrics().horizontalAdvance(long_name.name)
    assert header.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_activity_column_can_still_be_widened_from_its_heading(
        qtbot: Any, tmp_path: Path) -> None:
    """The headings of the phase and activity columns in sight are those of the columns kept
    at the left, and they were fixed: a long activity could no longer be widened by dragging
    the edge of its heading, as it could before the columns stayed in view."""
    source = sheet(tmp_path / "dinner.xlsx")
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.preview
    kept = view.findChild(QTableView, "frozen columns")
    assert kept is not None
    header = kept.horizontalHeader()
    assert header.sectionResizeMode(1) == header.ResizeMode.Interactive
    wider = view.columnWidth(1) + 120
    header.resizeSection(1, wider)  # (what dragging the heading's edge does)
    assert view.columnWidth(1) == wider
    assert kept.width() == view.columnWidth(0) + wider
