"""The import review: what was read and skipped, corrections that re-read, Cancel and Import."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from raci.excel.plan import ImportedActivity, ImportedRole, ImportPlan, ReadOptions
from tests.ui.conftest import Boxes
from ui import file_workflows
from ui.import_dialog import (
    NOTES_HEADING,
    SKIPPED_HEADING,
    ImportDialog,
    counts,
    read_for_review,
)
from ui.main_window import MainWindow
from ui.mnemonics import alt_key_problems


def workbook(path: Path) -> Path:
    """A grid whose headings name people, a legend beside it, and a second sheet of text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Matrix"
    ws.append(["Stage", "Task", "Maria Lopez", "Tom Becker", "Anna Schulz"])
    for row in [("Plan", "Draft the budget", "A", "R", "C"),
                ("Plan", "Book the venue", "R", "A", "I"),
                ("Run", "Send invitations", "I", "R", "A"),
                ("Run", "Collect feedback", "C", "I", "R")]:
        ws.append(list(row))
    for cell, text in [("H2", "Key"), ("H3", "R = Responsible"), ("H4", "A = Accountable"),
                       ("H5", "C = Consulted"), ("H6", "I = Informed")]:
        ws[cell] = text
    wb.create_sheet("Notes")["A1"] = "just some text"
    wb.save(path)
    return path


def texts(widget: Any) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path, boxes: Boxes) -> ImportDialog:
    source = workbook(tmp_path / "event.xlsx")
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    return shown


def test_review_shows_sheet_counts_skipped_ranges_and_notes(dialog: ImportDialog) -> None:
    assert "Sheet 'Matrix', header row 1" in dialog.sheet_label.text()
    assert dialog.counts_label.text() == ("3 roles, 3 people, 4 activities, 2 phases, "
                                          "12 cells")
    assert any(s.startswith("H2:H6") and "legend" in s for s in texts(dialog.notes))
    assert texts(dialog.skipped) == [] and dialog.skipped.isHidden()
    assert any("look like people" in n and "set 'Headings are: Roles' below" in n
               for n in texts(dialog.notes))
    assert any("set 'Sheet' below" in n for n in texts(dialog.notes))
    assert not any("--" in n for n in texts(dialog.notes))
    assert dialog.sheet.isVisibleTo(dialog)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())][1:] == \
        ["Matrix", "Notes"]


def test_a_one_cell_legend_is_a_note_not_a_skipped_range(qtbot: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [("Task", "Lead", "Crew"), ("Plan the work", "A", "R"), ("Build it", "R", "A"),
                (), ("Legend: R = Responsible, A = Accountable, C = Consulted, I = Informed",)]:
        ws.append(list(row))
    wb.save(tmp_path / "one.xlsx")
    shown = ImportDialog(tmp_path / "one.xlsx",
                         read_for_review(tmp_path / "one.xlsx", None, ReadOptions()))
    qtbot.addWidget(shown)
    assert texts(shown.skipped) == []
    assert any(n.startswith("A5: a legend of the letters") for n in texts(shown.notes))


def heading(dialog: ImportDialog, name: str) -> QLabel:
    return next(label for label in dialog.findChildren(QLabel)
                if label.accessibleName() == name)


def test_an_empty_list_says_none_in_its_heading_and_has_no_alt_key(
        qtbot: Any, dialog: ImportDialog) -> None:
    """With nothing skipped, the Skipped heading offered Alt+K, and Alt+K did nothing (its
    list, '(nothing)', took no focus): now the heading says ': none', has no key, and the
    list is not shown; with lines again, the key and the list are back (so for Notes)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    skipped = heading(dialog, "Skipped heading")
    assert skipped.text() == SKIPPED_HEADING.replace("&", "").removesuffix(":") + ": none"
    assert skipped.buddy() is None and not dialog.skipped.isVisible()
    assert alt_key_problems(dialog) == []
    plan = replace(dialog.plan, notes=[], skipped=["A9: a note ('text')"])
    dialog.show_reading(replace(dialog.reading, plan=plan))
    assert skipped.text() == SKIPPED_HEADING and skipped.buddy() is dialog.skipped
    assert dialog.skipped.isVisible() and texts(dialog.skipped) == ["A9: a note ('text')"]
    dialog.activateWindow()  # (an Alt key reaches the window that is active)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is not dialog.skipped
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.skipped)
    notes = heading(dialog, "Notes heading")
    assert notes.text().endswith(": none") and "&" not in notes.text()
    assert not dialog.notes.isVisible()
    # no notes: the grid above takes their room
    qtbot.waitUntil(lambda: dialog.preview.height() > 200)
    assert alt_key_problems(dialog) == []
    dialog.show_reading(replace(dialog.reading, plan=replace(plan, notes=["A1: a title"])))
    assert notes.text() == NOTES_HEADING and dialog.notes.isVisible()
    assert alt_key_problems(dialog) == []


def test_an_empty_list_is_passed_over_by_the_keyboard(qtbot: Any, dialog: ImportDialog) -> None:
    """With nothing skipped the review opened with the keyboard in the Skipped list, on
    '(nothing)', and Tab stopped there each time round; a list with lines still takes it."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.preview  # the first, top, then the lists
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert dialog.skipped not in seen and dialog.notes in seen
    plan = replace(dialog.plan, skipped=["A9: a note ('text')"])
    dialog.show_reading(replace(dialog.reading, plan=plan))
    assert dialog.skipped.isVisible()
    assert dialog.skipped.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_counts_say_one_of_each_in_the_singular() -> None:
    plan = ImportPlan("Grid", 1, "RACI", [ImportedRole("Lead", "L", ["Ann"])],
                      [ImportedActivity("Plan", "Start", {0: frozenset("A")}, 2)])
    assert counts(plan) == "1 role, 1 person, 1 activity, 1 phase, 1 cell"


def test_every_control_has_a_name_and_labels_are_plain(dialog: ImportDialog) -> None:
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # a combo box's popup list is a window of its own
        if widget.parent() is not None and widget.parent().inherits("QComboBox") \
                or widget.objectName() == "qt_spinbox_lineedit":
            continue  # a combo or spin box's own line edit, named through its box
        assert widget.accessibleName(), widget
    for label in dialog.findChildren(QLabel):
        if label.accessibleName():
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_headings_as_roles_rereads_and_changes_the_counts(qtbot: Any,
                                                          dialog: ImportDialog) -> None:
    dialog.headings.setCurrentText("Roles")
    dialog.reread()
    qtbot.waitUntil(lambda: dialog.plan.people_names() == [], timeout=20000)
    assert dialog.counts_label.text().startswith("3 roles, 0 people, 4 activities")
    assert not any("look like people" in n for n in texts(dialog.notes))


def test_phase_column_and_sheet_corrections(qtbot: Any, dialog: ImportDialog,
                                            boxes: Boxes) -> None:
    dialog.phase_column.setCurrentText("No phase column")
    assert dialog.options().phase_column == ""
    dialog.phase_column.setCurrentText("a")
    assert dialog.options().phase_column == "A"
    dialog.phase_column.setCurrentText("Stage")
    dialog.reread()
    assert boxes.kinds() == ["critical"] and "Phase column 'Stage'" in boxes.messages()
    dialog.phase_column.setCurrentText("Guess")
    dialog.sheet.setCurrentText("Notes")
    dialog.reread()
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=20000)
    assert "Notes" in boxes.shown[-1][2]
    assert "\n" not in boxes.shown[-1][2]
    assert dialog.plan.sheet == "Matrix"  # the last good reading stays shown


def review_then(monkeypatch: pytest.MonkeyPatch, answer: QDialog.DialogCode,
                target: Path, correct: ReadOptions | None = None) -> list[ImportDialog]:
    """The review answers at once; with correct, what it shows is first read again so."""
    seen: list[ImportDialog] = []

    def fake_exec(shown: ImportDialog) -> int:
        seen.append(shown)
        if correct is not None:
            shown.show_reading(read_for_review(shown.source, None, correct))
        return int(answer.value)

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    monkeypatch.setattr(file_workflows, "save_file", lambda *_a: (str(target), ""))
    return seen


def test_cancel_writes_nothing(qtbot: Any, main_window: MainWindow, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    source = workbook(tmp_path / "event.xlsx")
    target = tmp_path / "event.raci"
    seen = review_then(monkeypatch, QDialog.DialogCode.Rejected, target)
    before = main_window.service
    main_window.files.read_for_review(source)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert not target.exists()
    assert main_window.service is before


def test_import_creates_and_opens_the_reviewed_project(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    source = workbook(tmp_path / "event.xlsx")
    target = tmp_path / "event.raci"
    seen = review_then(monkeypatch, QDialog.DialogCode.Accepted, target,
                       ReadOptions(people=False))
    main_window.files.read_for_review(source)
    qtbot.waitUntil(lambda: main_window.service is not None
                    and main_window.service.path == target, timeout=20000)
    assert len(seen) == 1
    state = main_window.service.state()
    assert [r.name for r in state.roles] == ["Maria Lopez", "Tom Becker", "Anna Schulz"]
    assert len(state.activities) == 4
    assert state.people == ()  # the corrected reading was written, not the first guess
    # The review showed what was read: no second dialog repeats it, the status bar confirms.
    assert boxes.shown == []
    assert main_window.statusBar().currentMessage().startswith(
        "Imported event.xlsx into event.raci: 3 roles, 0 people, 4 activities")


def test_file_filter_offers_xlsx_xlsm_and_ods(main_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[QFileDialog] = []

    def fake_exec(shown: QFileDialog) -> int:
        seen.append(shown)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    main_window.files.import_dialog()
    (shown,) = seen
    first = shown.nameFilters()[0]
    assert all(ext in first for ext in ("*.xlsx", "*.xlsm", "*.ods", "*.csv", "*.tsv", "*.txt"))


def test_the_import_command_says_it_takes_csv_and_ods_too(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The menu item was 'Import Excel...' while it also reads .ods, .csv and .tsv: its text,
    its tooltip, the start page's choice and the file dialog's title say what it takes, and
    the messages that send a user there name it as the menu shows it."""
    from ui.file_workflows import DERIVE_WORKBOOK_ADVICE, in_app_words

    command = main_window.commands["import"]
    menu_text = command.text().split("\t")[0].replace("&", "").removesuffix("...")
    assert "CSV" in menu_text and "ODS" in menu_text and "Excel" in menu_text
    tip = command.toolTip()
    assert all(ext in tip for ext in (".xlsx", ".xlsm", ".ods", ".csv", ".tsv", ".txt"))
    choice = main_window.start_page.buttons["import"]
    assert "CSV" in choice.text() and ".csv" in choice.description()
    said = in_app_words("sheet.xlsx: a workbook; use 'raci import'")
    assert said.endswith(f"use File > {menu_text}")
    assert f"File > {menu_text} (Ctrl+I)" in DERIVE_WORKBOOK_ADVICE
    titles: list[str] = []
    monkeypatch.setattr(file_workflows, "open_file",
                        lambda _p, title, _s, _f: titles.append(title) or ("", ""))
    main_window.files.import_dialog()
    assert titles and "Excel" not in titles[0]


def test_header_row_correction_rereads_from_that_row(qtbot: Any, tmp_path: Path,
                                                     boxes: Boxes) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Task", "Director", "Manager"], ["Task", "Anna Berg", "Tom Ek"],
                ["Plan", "A", "R"], ["Build", "I", "A"]]:
        ws.append(row)
    source = tmp_path / "two-rows.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    assert [r.name for r in shown.plan.roles] == ["Director", "Manager"]
    assert "header row 1" in shown.sheet_label.text()
    shown.header_row.setValue(2)
    shown.reread()
    qtbot.waitUntil(lambda: shown.plan.header_row == 2, timeout=20000)
    assert "header row 2" in shown.sheet_label.text()
    assert [r.name for r in shown.plan.roles] == ["Anna Berg", "Tom Ek"]
    assert any(s.startswith("A1:C1") for s in texts(shown.skipped))
    assert boxes.shown == []


def test_people_columns_correction_staffs_only_those_columns(qtbot: Any,
                                                             dialog: ImportDialog) -> None:
    dialog.headings.setCurrentText("Roles")
    dialog.people_columns.setText("7, 12")  # rows, for roles down the side
    assert dialog.options().people_columns == ("7", "12")
    dialog.people_columns.setText("c, E")
    assert dialog.options().people_columns == ("C", "E")
    dialog.reread()
    qtbot.waitUntil(lambda: dialog.plan.people_names() == ["Maria Lopez", "Anna Schulz"],
                    timeout=20000)
    assert dialog.counts_label.text().startswith("3 roles, 2 people, 4 activities")


def test_no_phase_column_correction_keeps_the_column_as_descriptions(
        qtbot: Any, dialog: ImportDialog) -> None:
    assert {a.phase for a in dialog.plan.activities} == {"Plan", "Run"}
    dialog.phase_column.setCurrentText("No phase column")
    dialog.reread()
    qtbot.waitUntil(lambda: {a.phase for a in dialog.plan.activities} == {""}, timeout=20000)
    assert "0 phases" in dialog.counts_label.text()
    assert dialog.plan.activities[0].description == "Stage: Plan"


def test_choosing_people_says_so_instead_of_guessing(qtbot: Any, dialog: ImportDialog) -> None:
    assert any("look like people" in n for n in texts(dialog.notes))
    dialog.headings.setCurrentText("People")
    dialog.reread()
    qtbot.waitUntil(lambda: any("as chosen" in n for n in texts(dialog.notes)), timeout=20000)
    assert not any("look like people" in n for n in texts(dialog.notes))
    assert any("columns C-E read as people, as chosen" in n for n in texts(dialog.notes))


def test_review_lists_cells_not_read_as_letters(qtbot: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Grid"
    for row in [["Task", "Sponsor", "Builder", "Keisha Brown (Developer)"],
                ["Plan", "A", "R", "C?"], ["Build", "I", "Resp.", "A"]]:
        ws.append(row)
    source = tmp_path / "odd.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    notes = texts(shown.notes)
    assert "Grid!D2 'C?': read as C, text kept as the cell's note" in notes
    assert "Grid!C3 'Resp.': read as R, text kept as the cell's note" in notes
    assert any(n.startswith("column D ('Keisha Brown (Developer)'): a person and a job title")
               for n in notes)
    assert shown.counts_label.text().startswith("3 roles, 1 person, 2 activities")


def test_importing_over_the_open_project_asks_for_another_name(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    # the round trip: export the open project, then import that workbook back
    open_project = tmp_path / "event.raci"
    assert main_window.files.save_copy(open_project)
    assert main_window.files.open_path(open_project)
    source = workbook(tmp_path / "event.xlsx")
    elsewhere = tmp_path / "event from excel.raci"
    monkeypatch.setattr(ImportDialog, "exec",
                        lambda _shown: int(QDialog.DialogCode.Accepted.value))
    asked: list[str] = []
    answers = [str(open_project), str(elsewhere)]

    def save_file(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return answers.pop(0), ""

    monkeypatch.setattr(file_workflows, "save_file", save_file)
    main_window.files.review_import(source, read_for_review(source, None, ReadOptions()))
    # not the open file's own name as the suggestion
    assert Path(asked[0]).name == "event (imported).raci"
    # choosing the open file anyway is refused, and the name is asked again: the reviewed
    # import is not dropped
    assert len(asked) == 2 and "this project is open" in boxes.messages()
    qtbot.waitUntil(lambda: main_window.service is not None
                    and main_window.service.path == elsewhere, timeout=20000)
    assert len(main_window.service.state().activities) == 4


def test_the_import_never_suggests_a_project_file_that_exists(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes,
) -> None:
    # the workbook was exported from plan.raci, which is closed now (or was Saved As)
    project = tmp_path / "plan.raci"
    assert main_window.files.save_copy(project)
    (tmp_path / "plan (imported).raci").write_bytes(project.read_bytes())
    source = workbook(tmp_path / "plan.xlsx")
    # Import, then (the save dialog cancelled, back in the review) Cancel
    answers = [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected]
    monkeypatch.setattr(ImportDialog, "exec", lambda _shown: int(answers.pop(0).value))
    asked: list[str] = []

    def save_file(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""  # cancelled: nothing written

    monkeypatch.setattr(file_workflows, "save_file", save_file)
    before = project.read_bytes()
    main_window.files.review_import(source, read_for_review(source, None, ReadOptions()))
    # Enter in the save dialog would have asked to replace the project: a free name instead
    assert [Path(a).name for a in asked] == ["plan (imported 2).raci"]
    assert project.read_bytes() == before and boxes.shown == []


def test_opening_a_workbook_shows_the_import_review(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    source = workbook(tmp_path / "event.xlsx")
    target = tmp_path / "event.raci"
    seen = review_then(monkeypatch, QDialog.DialogCode.Rejected, target)
    before = main_window.service
    assert main_window.files.open_path(source)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0].source == source  # what it read, to import or cancel
    assert boxes.shown == []  # no "not a project" error
    assert main_window.service is before and not target.exists()


def test_a_file_that_is_not_a_project_is_explained_in_the_apps_words(
    main_window: MainWindow, tmp_path: Path, boxes: Boxes,
) -> None:
    text = tmp_path / "notes.dat"
    text.write_text("not a project at all\n")
    assert not main_window.files.open_path(text)
    assert boxes.kinds() == ["critical"]
    said = boxes.messages()
    assert "notes.dat" in said and "not a RACI project file" in said
    assert "File > Import Excel" in said and "'raci import'" not in said
    # a .raci file that holds no project is damaged (or overwritten): no workbook advice
    damaged = tmp_path / "plan.raci"
    damaged.write_bytes(b"\x8f\x03" * 500)
    assert not main_window.files.open_path(damaged)
    said = boxes.shown[-1][2]
    assert "plan.raci" in said and "restore it from a copy or a backup" in said
    assert "Import Excel" not in said
    assert not main_window.files.open_path(tmp_path / "gone.raci")
    assert "File > New" in boxes.shown[-1][2] and "'raci new'" not in boxes.shown[-1][2]


def test_each_correction_has_its_own_alt_key(dialog: ImportDialog) -> None:
    form = next(item for item in dialog.layout().children() if isinstance(item, QFormLayout))
    keys: list[str] = []
    for field in (dialog.sheet, dialog.headings, dialog.header_row, dialog.phase_column,
                  dialog.people_columns):
        label = form.labelForField(field)
        assert isinstance(label, QLabel) and label.buddy() is field
        text = label.text()
        assert "&" in text, text
        keys.append(text[text.index("&") + 1].lower())
    for button in dialog.findChildren(QAbstractButton):
        if "&" in button.text():
            keys.append(button.text()[button.text().index("&") + 1].lower())
    assert len(keys) == len(set(keys)), keys  # no Alt key does two things


def dead_keys(dialog: QWidget) -> list[str]:
    """The labels in view whose Alt key goes to a field that is off or out of view."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisibleTo(dialog) and "&" in label.text().replace("&&", "")
            and (buddy := label.buddy()) is not None
            and not (buddy.isEnabled() and buddy.isVisibleTo(dialog))]


def test_a_one_sheet_workbook_names_its_sheet_with_no_dead_alt_key(
        qtbot: Any, tmp_path: Path, dialog: ImportDialog) -> None:
    """A one-sheet workbook showed 'Sheet:' with Alt+S over a box that was off: a key that
    did nothing. Its sheet's name is shown as text, with no key; a workbook of two sheets
    keeps its box and key."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Crew plan"
    for row in [("Task", "Lead", "Crew"), ("Hang the banners", "A", "R")]:
        sheet.append(list(row))
    book.save(tmp_path / "one.xlsx")
    shown = ImportDialog(tmp_path / "one.xlsx",
                         read_for_review(tmp_path / "one.xlsx", None, ReadOptions()))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert dead_keys(shown) == [] and alt_key_problems(shown) == []
    assert not shown.sheet.isVisible() and shown.sheet_name.isVisible()
    assert shown.sheet_name.text() == "Crew plan"
    assert "Crew plan" in shown.sheet_name.accessibleName()  # what a screen reader says
    form = next(item for item in shown.layout().children() if isinstance(item, QFormLayout))
    label = form.labelForField(shown.sheet_name)
    assert isinstance(label, QLabel) and label.text() == "Sheet:" and label.buddy() is None
    assert shown.chosen_sheet() is None  # the sheet read, as before
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dead_keys(dialog) == [] and dialog.sheet.isVisible()
    assert not dialog.sheet_name.isVisible()


def test_a_document_opened_as_a_project_is_pointed_to_drafting_a_template(
    main_window: MainWindow, tmp_path: Path, boxes: Boxes,
) -> None:
    """File > Open on a document (All files): Import Excel refuses a Markdown or a Word
    file, so the message names what reads it."""
    notes = tmp_path / "roles.md"
    notes.write_text("# Roles\n\nThe Lead approves the budget.\n")
    assert not main_window.files.open_path(notes)
    (md_said,) = (m for _k, _t, m in boxes.shown)
    assert "roles.md" in md_said and "not a RACI project file" in md_said
    assert "File > New Template from Documents" in md_said
    assert "Import Excel" not in md_said


def test_opening_a_matrix_saved_as_csv_shows_the_import_review(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    sheet = tmp_path / "Event RACI.csv"
    sheet.write_text("Activity,Lead,Chair\nBudget,A,R\n")
    seen = review_then(monkeypatch, QDialog.DialogCode.Rejected, tmp_path / "event.raci")
    assert main_window.files.open_path(sheet)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0].source == sheet and boxes.shown == []


def test_an_empty_document_opened_as_a_project_is_pointed_to_drafting_too(
    main_window: MainWindow, tmp_path: Path, boxes: Boxes,
) -> None:
    """A document with nothing in it yet (0 bytes): the same advice, never 'an empty
    database'."""
    notes = tmp_path / "roles.md"
    notes.write_bytes(b"")
    assert not main_window.files.open_path(notes)
    said = boxes.messages()
    assert "roles.md" in said and "not a RACI project file" in said
    assert "File > New Template from Documents" in said and "database" not in said


def test_the_review_lists_the_title_and_headings_as_notes_not_as_skipped(
        qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Office move"], ["", "Facilities", "Facilities", "IT"],
                ["Activity", "Office Manager", "Movers", "Helpdesk"],
                ["Pack the desks", "A", "R", "I"], ["Move the servers", "I", "C", "A/R"],
                [], ["Ask the landlord about the lift"]]:
        ws.append(row)
    source = tmp_path / "move.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    assert texts(shown.skipped) == ["A7: a note ('Ask the landlord about the lift')"]
    headings = [label.text() for label in shown.findChildren(QLabel)
                if label.accessibleName() in ("Skipped heading", "Notes heading")]
    assert headings == [SKIPPED_HEADING, NOTES_HEADING]
    assert "left out" in SKIPPED_HEADING and "title" in NOTES_HEADING  # where the frame went
    notes = texts(shown.notes)
    assert "A1: the title, used as the project name" in notes
    assert "B2:D2: group headings over the role columns; not imported" in notes
    assert boxes.shown == []


def test_enter_after_a_correction_rereads_instead_of_importing(
        qtbot: Any, tmp_path: Path) -> None:
    """Typing a header row and pressing Enter used to press Import: the project was made
    from the reading above, without the correction."""
    source = workbook(tmp_path / "event.xlsx")
    asked: list[ReadOptions] = []

    def reader(src: Path, sheet: str | None, options: ReadOptions,
               sheets: list[str] | None = None) -> Any:
        asked.append(options)
        return read_for_review(src, sheet, options, sheets)

    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()), reader=reader)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert not shown.pending_label.isVisibleTo(shown)
    field = shown.header_row.lineEdit()
    field.selectAll()
    qtbot.keyClicks(field, "1")
    assert shown.pending_label.isVisibleTo(shown)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked) and shown.reread_button.isEnabled(), timeout=20000)
    assert shown.isVisible() and shown.result() != QDialog.DialogCode.Accepted
    assert asked == [ReadOptions(header_row=1)]
    assert not shown.pending_label.isVisibleTo(shown)
    # read as asked: now Enter imports what is shown
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert shown.result() == QDialog.DialogCode.Accepted and asked == [ReadOptions(header_row=1)]


def test_import_with_corrections_not_read_yet_reads_them_first(
        qtbot: Any, dialog: ImportDialog) -> None:
    dialog.headings.setCurrentText("Roles")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.plan.people_names() == [], timeout=20000)
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_phase_column_typed_with_enter_is_not_added_to_the_list(
        qtbot: Any, dialog: ImportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.phase_column.count()
    edit = dialog.phase_column.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "A")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.phase_column.count() == before
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_cancelling_the_save_dialog_goes_back_to_the_review(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    """Cancel in 'Save the imported project as' used to drop the review and its
    corrections: the workbook had to be chosen and corrected again."""
    source = workbook(tmp_path / "event.xlsx")
    target = tmp_path / "event.raci"
    reviews: list[tuple[ImportDialog, str]] = []

    def fake_exec(shown: ImportDialog) -> int:
        reviews.append((shown, shown.headings.currentText()))
        if len(reviews) == 1:  # the first time: correct a guess, read it, Import
            shown.headings.setCurrentText("Roles")
            shown.show_reading(read_for_review(source, None, ReadOptions(people=False)))
        return int(QDialog.DialogCode.Accepted.value)

    answers = ["", str(target)]  # cancelled, then a name
    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    monkeypatch.setattr(file_workflows, "save_file", lambda *_a: (answers.pop(0), ""))
    main_window.files.review_import(source, read_for_review(source, None, ReadOptions()))
    assert [(d, h) for d, h in reviews] == [(reviews[0][0], "Guess from the headings"),
                                            (reviews[0][0], "Roles")]
    qtbot.waitUntil(lambda: main_window.service is not None
                    and main_window.service.path == target, timeout=20000)
    assert main_window.service.state().people == ()  # the corrected reading was written
    assert boxes.shown == []


def test_a_semicolon_csv_with_a_title_line_is_read_by_its_separator(
        qtbot: Any, tmp_path: Path) -> None:
    """A title or legend line holds no separator (not every program pads it with ';;;'):
    the separator was not found, the file was read as one column and refused as 'no RACI
    grid'."""
    text = ("Plan de lancement – équipe produit\r\n\r\n"
            "Phase;Tâche;Directeur général;Chef de projet;Développeur\r\n"
            "Préparation;Définir le périmètre;A;R;I\r\n"
            "Réalisation;Tester la livraison;I;A;R\r\n\r\n"
            "R = Réalisateur;A = Approbateur;C = Consulté;I = Informé\r\n")
    source = tmp_path / "lancement.csv"
    source.write_bytes(text.encode("cp1252"))
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    assert [r.name for r in shown.plan.roles] == ["Directeur général", "Chef de projet",
                                                  "Développeur"]
    assert shown.counts_label.text() == "3 roles, 0 people, 2 activities, 2 phases, 6 cells"
    assert shown.plan.title == "Plan de lancement – équipe produit"


@pytest.mark.parametrize(("name", "content", "said"), [
    ("empty.csv", b"", "empty.csv: the file is empty; save the matrix into it again"),
    ("blank.xlsx", b"\r\n", "blank.xlsx: the file is empty"),
    ("only-separators.csv", b";;;\r\n;;;\r\n", "holds separators but no values"),
    ("damaged.xlsx", bytes(range(256)) * 4, "(it may be damaged, or a file of another kind); "
                                           "open it in the program that made it"),
])
def test_an_empty_or_unknown_file_is_named_and_says_what_to_do(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, boxes: Boxes,
    name: str, content: bytes, said: str,
) -> None:
    """An empty CSV was 'sheet 'empty' has no RACI grid', as if it held a table; an
    unknown file was 'not an Excel workbook (.xlsx)', with nothing to do about it. The
    box's title names the file too (it said 'the workbook' of a CSV file)."""
    source = tmp_path / name
    source.write_bytes(content)
    main_window.files.read_for_review(source)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20000)
    (kind, title, text), = boxes.shown
    assert kind == "critical" and title == f"Cannot import {name}"
    assert said in text and str(source) in text and "no RACI grid" not in text


def test_reading_a_sheet_for_the_review_can_be_cancelled(
        qtbot: Any, main_window: MainWindow, tmp_path: Path, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a large workbook for the review had no Cancel (nothing is written before the
    review, so letting it go loses nothing): Cancel closes the progress, no review opens."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    shown: list[Any] = []
    monkeypatch.setattr(main_window.files, "review_import", lambda *a: shown.append(a))
    before = set(main_window.findChildren(QProgressDialog))
    main_window.files.read_for_review(workbook(tmp_path / "event.xlsx"))
    progress = next(d for d in main_window.findChildren(QProgressDialog) if d not in before)
    cancel = next(b for b in progress.findChildren(QPushButton)
                  if b.text().replace("&", "") == "Cancel")
    cancel.click()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(50)  # a late result is delivered, and must be ignored
    assert shown == [] and boxes.shown == []


def test_a_failed_re_read_is_titled_with_the_file(qtbot: Any, tmp_path: Path,
                                                 boxes: Boxes) -> None:
    """'Cannot read the workbook' was said of a CSV file too: the title names the file."""
    from raci.errors import RaciError

    source = tmp_path / "crew.csv"
    source.write_text("Activity,Lead,Crew\nPlan,A,R\n", encoding="utf-8")

    def reader(*_args: Any) -> Any:
        raise RaciError(f"{source}: header row 9 is past the end of the sheet")

    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()), reader=reader)
    qtbot.addWidget(shown)
    shown.reread()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20000)
    assert boxes.shown[0][1] == "Cannot read crew.csv"
    assert shown.reread_button.isEnabled()


def test_a_code_written_in_the_role_heading_is_named_once(qtbot: Any, tmp_path: Path) -> None:
    """'Change Advisory Board (CAB)' gets the code CAB; the review (and the findings, the
    workload) named it 'Change Advisory Board (CAB) (CAB)'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Activity", "Change Manager", "Change Advisory Board (CAB)"],
                ["Approve change", "R", "A"], ["Log change", "A/R", "I"]]:
        ws.append(row)
    source = tmp_path / "cab.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    assert [r.code for r in shown.plan.roles][1] == "CAB"
    assert shown.names_label.text() == \
        "Roles: Change Manager, Change Advisory Board (CAB)"


def test_the_notes_get_the_room_the_skipped_list_does_not_need(
        qtbot: Any, dialog: ImportDialog) -> None:
    """Both lists took half the room: a box for '(nothing)' skipped as tall as the notes,
    which showed 7 of their lines and had to be scrolled."""
    dialog.show()
    qtbot.waitExposed(dialog)
    line = dialog.notes.sizeHintForRow(0)
    assert texts(dialog.skipped) == [] and not dialog.skipped.isVisible()
    assert dialog.notes.height() >= dialog.notes.count() * line  # every note in view
    skipped = [f"A{n}: a note ('text {n}')" for n in range(1, 21)]
    dialog.show_reading(replace(dialog.reading, plan=replace(dialog.plan, skipped=skipped)))
    assert 6 * line <= dialog.skipped.height() < 7 * line  # six lines, then it scrolls


def test_a_quote_cut_short_in_the_review_says_so(qtbot: Any, tmp_path: Path) -> None:
    """A long note was quoted as 'Client: Oakridge Coffee Co.   |   Campai', cut mid-word
    with nothing to say so; a block of text said only 'text outside the grid', not which."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "Campaign plan"
    ws["A2"] = "Client: Oakridge Coffee Co.   |   Campaign: Autumn Blend launch"
    for row, values in enumerate([["Activity", "Lead", "Crew"], ["Plan", "A", "R"],
                                  ["Build", "R", "A"]], start=4):
        for col, value in enumerate(values, start=1):
            ws.cell(row, col, value)
    ws["A9"], ws["B9"], ws["A10"], ws["B10"] = "Owner:", "M. Okafor", "Version:", "2.3"
    source = tmp_path / "campaign.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    assert texts(shown.skipped) == [
        "A2: a note ('Client: Oakridge Coffee Co.…')",
        "A9:B10: text outside the grid (notes or another table), from 'Owner:' on"]


def test_headings_over_no_activity_are_not_said_to_be_phases(qtbot: Any,
                                                             tmp_path: Path) -> None:
    """A template's spare rows holding only their numbers were each 'read as a phase
    heading' ('16', '17' ...), as was a heading over other headings: none of them became
    a phase of the project."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["ID", "Task", "Sponsor", "Manager"], ["1 MOBILISE"], ["1.1 Set-up"],
                [1, "Charter", "A", "R"], [2, "Budget", "A", "R"], ["2 BUILD"],
                ["2.1 Foundation"], [3, "Platform", "I", "A/R"], [4, "Pipelines", "C", "A/R"],
                [16], [17]]:
        ws.append(row)
    for cell in ("A2", "A3", "A6", "A7"):
        ws[cell].font = openpyxl.styles.Font(bold=True)
    source = tmp_path / "template.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    notes = texts(shown.notes)
    assert shown.names_label.text().endswith("Phases: 1.1 Set-up, 2.1 Foundation")
    assert [n for n in notes if "as a phase heading" in n] == [
        "row 3: read '1.1 Set-up' as a phase heading",
        "row 7: read '2.1 Foundation' as a phase heading"]
    assert "row 2 ('1 MOBILISE'): a heading with no activity under it" in "\n".join(notes)
    assert ("rows 6, 10, 11 ('2 BUILD', '16', '17'): headings with no activity under them"
            in "\n".join(notes))


def test_the_header_row_box_names_the_row_found_and_steps_from_it(
        qtbot: Any, tmp_path: Path) -> None:
    """It said 'As found' (which row?), and Up went to row 1, Down nowhere: moving the
    header one row down took typing the number."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Launch plan"], [], ["Task", "Lead", "Crew"], ["Task", "Ann Lee", "Tom Ek"],
                ["Plan", "A", "R"], ["Build", "R", "A"]]:
        ws.append(row)
    source = tmp_path / "launch.xlsx"
    wb.save(source)
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    found = shown.plan.header_row
    assert shown.header_row.value() == 0
    assert shown.header_row.specialValueText() == f"As found (row {found})"
    assert shown.header_row.text() == f"As found (row {found})"
    qtbot.keyClick(shown.header_row, Qt.Key.Key_Up)
    assert shown.header_row.value() == found + 1
    shown.header_row.setValue(0)
    qtbot.keyClick(shown.header_row, Qt.Key.Key_Down)
    assert shown.header_row.value() == found - 1


def test_a_long_note_wraps_instead_of_running_off_the_list(qtbot: Any,
                                                           dialog: ImportDialog) -> None:
    """A note longer than the list was wide was cut at its edge, to be read by scrolling
    sideways."""
    dialog.show()
    qtbot.waitExposed(dialog)
    long_note = "row 6 ('1 MOBILISE'): " + "a heading with no activity under it " * 4
    plan = replace(dialog.plan, notes=[long_note], skipped=["A1:B2: " + long_note])
    dialog.show_reading(replace(dialog.reading, plan=plan))
    for shown in (dialog.notes, dialog.skipped):
        qtbot.waitUntil(lambda s=shown: s.visualItemRect(s.item(0)).height()
                        > 1.5 * s.fontMetrics().height())
        assert shown.horizontalScrollBar().maximum() == 0
        assert shown.visualItemRect(shown.item(0)).right() <= shown.viewport().width()


def test_opening_a_csv_calls_it_a_table_saved_as_text(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > Open on a .csv said 'plan.csv is a workbook, not a project'."""
    source = tmp_path / "plan.csv"
    source.write_text("Task,Lead,Crew\nPlan,A,R\nBuild,R,A\n", encoding="utf-8")
    seen = review_then(monkeypatch, QDialog.DialogCode.Rejected, tmp_path / "plan.raci")
    assert main_window.files.open_path(source)
    assert main_window.statusBar().currentMessage() == \
        "plan.csv is a table saved as text, not a project: review the import"
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)


def test_every_sheet_with_the_same_roles_is_offered_and_read_as_phases(
        qtbot: Any, tmp_path: Path) -> None:
    """A matrix split over one sheet per phase: the review names the other sheets and the
    box that reads them all; ticked and read again, each sheet is a phase."""
    wb = openpyxl.Workbook()
    for k, (name, acts) in enumerate([("Plan", ["Book the hall", "Print posters"]),
                                      ("Run", ["Greet guests", "Serve food", "Clear up"])]):
        ws = wb.active if k == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = name
        ws.append(["Task", "Chair", "Secretary", "Helpers"])
        for act in acts:
            ws.append([act, "A", "R", "I"])
    wb.save(tmp_path / "fair.xlsx")
    shown = ImportDialog(tmp_path / "fair.xlsx",
                         read_for_review(tmp_path / "fair.xlsx", None, ReadOptions()))
    qtbot.addWidget(shown)
    assert shown.all_sheets.isEnabled() and not shown.all_sheets.isChecked()
    assert any("the same roles (2 more" in n and "set 'Every sheet with these roles, each sheet "
               "a phase' below" in n for n in texts(shown.notes))
    shown.all_sheets.setChecked(True)
    assert shown.pending() and shown.options().all_sheets
    shown.reread()
    qtbot.waitUntil(lambda: not shown.pending(), timeout=20000)
    assert "5 activities, 2 phases" in shown.counts_label.text()
    assert any(n.startswith("read 2 sheets with the same roles") for n in texts(shown.notes))
    # the line above the counts names both sheets read, not the first alone
    assert shown.sheet_label.text().startswith("Sheets 'Plan' and 'Run', ")


def test_every_sheet_is_offered_only_where_it_reads_more(qtbot: Any, tmp_path: Path) -> None:
    """'Every sheet with these roles' was on for any workbook of several sheets: beside a
    sheet of other roles, or with one sheet picked, ticking it read the same again. It is
    on where it reads more, and says why when it is off."""
    wb = openpyxl.Workbook()
    for k, (name, heads) in enumerate([("Stalls", ["Task", "Chair", "Treasurer"]),
                                       ("Bar", ["Task", "Chair", "Barkeeper"]),
                                       ("Raffle", ["Task", "Chair", "Treasurer"])]):
        ws = wb.active if k == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = name
        ws.append(heads)
        for act in (f"{name} rota", f"{name} float", f"{name} signs"):
            ws.append([act, "A", "R"])
    wb.save(tmp_path / "fete.xlsx")
    shown = ImportDialog(tmp_path / "fete.xlsx",
                         read_for_review(tmp_path / "fete.xlsx", None, ReadOptions()))
    qtbot.addWidget(shown)
    assert shown.all_sheets.isEnabled()  # Stalls and Raffle share their roles
    shown.sheet.setCurrentText("Bar")  # one sheet picked: read alone
    assert not shown.all_sheets.isEnabled() and "Best sheet found" in shown.all_sheets.toolTip()
    shown.all_sheets.setChecked(True)
    assert not shown.options().all_sheets
    shown.sheet.setCurrentText("Best sheet found")
    assert shown.all_sheets.isEnabled() and shown.options().all_sheets
    # a workbook whose other sheet has other roles: nothing more to read
    wb = openpyxl.Workbook()
    for k, (name, heads) in enumerate([("Stalls", ["Task", "Chair", "Treasurer"]),
                                       ("Bar", ["Task", "Chair", "Barkeeper"])]):
        ws = wb.active if k == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = name
        ws.append(heads)
        ws.append([f"{name} rota", "A", "R"])
    wb.save(tmp_path / "small.xlsx")
    other = ImportDialog(tmp_path / "small.xlsx",
                         read_for_review(tmp_path / "small.xlsx", None, ReadOptions()))
    qtbot.addWidget(other)
    assert other.sheet.isVisibleTo(other) and not other.all_sheets.isEnabled()
    assert other.all_sheets.toolTip().startswith("No other sheet")


def test_tab_goes_top_to_bottom_left_to_right(qtbot: Any, dialog: ImportDialog) -> None:
    """The grid and the lists were made before the corrections under them: Tab went from
    the notes to the sheet's box, then back up to the grid, then down again. Now each Tab
    lands below (or on the same line, right of) the control before it, round to the top."""
    from PySide6.QtCore import QPoint

    plan = replace(dialog.plan, skipped=["B9: a stray total ('12')"])
    dialog.show_reading(replace(dialog.reading, plan=plan))  # every list shows
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list[QWidget] = []  # the widgets Tab stops at, in Tab's order, from the first
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is dialog:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    # a box's own line edit stands where its box does
    seen = [w for w in seen if not w.parent().inherits("QAbstractSpinBox")
            and not w.parent().inherits("QComboBox")]
    assert seen[0] is dialog.preview
    assert {dialog.skipped, dialog.notes, dialog.sheet, dialog.people_columns,
            dialog.import_button} <= set(seen)
    places = [w.mapTo(dialog, QPoint(0, 0)) for w in seen]
    for (before, after), (one, two) in zip(itertools.pairwise(places),
                                           itertools.pairwise(seen), strict=True):
        assert after.y() > before.y() or (after.y() == before.y() and after.x() > before.x()), \
            (one.accessibleName(), two.accessibleName())
