"""Shapes of RACI workbooks the import once read wrongly or said too little about, built here
with openpyxl: a change tracked inside a cell, a grid marked by colour, a phase row over
roles down the side, the last sub-total above a grand total, a title naming the project
before what the sheet is, a key glossing another scheme's letter with a RACI word, and
rich text read only where a run may be struck through."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font, PatternFill

from raci.excel import sheets as sheets_module
from raci.excel.importer import read_workbook
from tests.test_excel_import_shapes import grid, said


def build(tmp_path: Path, rows: Sequence[Sequence[Any]], name: str = "in.xlsx") -> Workbook:
    """A workbook whose one sheet, 'Plan', holds rows from A1 (None: an empty cell)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    for i, row in enumerate(rows, 1):
        for j, value in enumerate(row, 1):
            if value is not None:
                ws.cell(i, j, value)
    return wb


def saved(tmp_path: Path, wb: Workbook, name: str = "in.xlsx") -> Path:
    path = tmp_path / name
    wb.save(path)
    return path




GRID = [["Work item", "Owner", "Builder", "Reviewer"],
        ["Draft the brief", "A", "R", "C"],
        ["Order the parts", "A", "R", "I"],
        ["Check the build", "R", "C", "A"]]


def test_a_change_tracked_in_a_cell_keeps_the_new_letter_and_notes_the_old(
        tmp_path: Path) -> None:
    wb = build(tmp_path, GRID)
    ws = wb.active
    assert ws is not None
    ws["D3"].value = CellRichText(TextBlock(InlineFont(strike=True), "C"), "I")
    plan = read_workbook(saved(tmp_path, wb))
    assert grid(plan)["Order the parts"] == {"Owner": "A", "Builder": "R", "Reviewer": "I"}
    order = plan.activities[1]
    assert "Changed from 'C'" in order.notes[2]
    assert "D3" in said(plan) and "from 'C' to 'I'" in said(plan)


def test_a_change_tracked_in_a_cell_styled_struck_reads_the_new_letter(
        tmp_path: Path) -> None:
    """A program may give the cell the font of its first run (struck through); the new
    letter, in a font of its own not struck, is still what the cell says."""
    wb = build(tmp_path, GRID)
    ws = wb.active
    assert ws is not None
    ws["D3"].font = Font(strike=True)
    ws["D3"].value = CellRichText(TextBlock(InlineFont(strike=True), "C"),
                                  TextBlock(InlineFont(strike=False), "I"))
    plan = read_workbook(saved(tmp_path, wb))
    assert grid(plan)["Order the parts"]["Reviewer"] == "I"
    assert "struck through, withdrawn" not in said(plan)


def test_rich_text_is_read_only_where_a_run_may_be_struck_through(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workbook no part of which names a struck font is read as plain text (the runs of
    rich text cost time on a large sheet), with the same answers."""
    rich: list[bool] = []
    real = sheets_module.WorkSheetParser

    def parser(*args: Any, **kwargs: Any) -> Any:
        rich.append(bool(kwargs.get("rich_text")))
        return real(*args, **kwargs)

    monkeypatch.setattr(sheets_module, "WorkSheetParser", parser)
    wb = build(tmp_path, GRID)
    ws = wb.active
    assert ws is not None
    ws["A5"].value = CellRichText(TextBlock(InlineFont(b=True), "Sign"), " off")
    ws["B5"].value = "A"
    plan = read_workbook(saved(tmp_path, wb, "plain.xlsx"))
    assert rich == [False]
    assert grid(plan)["Sign off"] == {"Owner": "A"}
    ws["C5"].value = CellRichText(TextBlock(InlineFont(strike=True), "R"), "C")
    plan = read_workbook(saved(tmp_path, wb, "struck.xlsx"))
    assert rich == [False, True]
    assert grid(plan)["Sign off"] == {"Owner": "A", "Builder": "C"}


def coloured(tmp_path: Path, key: bool) -> Path:
    rows = [["Work item", "Owner", "Builder", "Reviewer"],
            ["Draft the brief"], ["Order the parts"], ["Check the build"]]
    wb = build(tmp_path, rows)
    ws = wb.active
    assert ws is not None
    colours = ["FFCC0000", "FF0066CC", "FFFFCC00"]
    for r in range(2, 5):
        for c in range(2, 5):
            ws.cell(r, c).fill = PatternFill("solid", fgColor=colours[(r + c) % 3])
    if key:
        for i, (colour, word) in enumerate(zip(colours, ["Responsible", "Accountable",
                                                         "Consulted"], strict=True)):
            ws.cell(7 + i, 1).fill = PatternFill("solid", fgColor=colour)
            ws.cell(7 + i, 2, word)
    return saved(tmp_path, wb)


def test_a_grid_marked_by_colour_alone_says_so_and_what_to_do(tmp_path: Path) -> None:
    plan = read_workbook(coloured(tmp_path, key=False))
    assert "9 empty cells in B2:D4 are filled with 3 colours" in said(plan)
    assert "type the letter each colour stands for" in said(plan)


def test_a_grid_marked_by_colour_with_a_key_is_read_by_its_key(tmp_path: Path) -> None:
    """With a key naming a letter for each colour (R and A among them), the colours are the
    key's letters, and no advice to type them is given."""
    plan = read_workbook(coloured(tmp_path, key=True))
    assert grid(plan) == {"Draft the brief": {"Owner": "A", "Builder": "C", "Reviewer": "R"},
                          "Order the parts": {"Owner": "C", "Builder": "R", "Reviewer": "A"},
                          "Check the build": {"Owner": "R", "Builder": "A", "Reviewer": "C"}}
    assert "type the letter each colour stands for" not in said(plan)


def test_a_grid_marked_by_colour_with_a_key_of_no_raci_words_says_what_to_do(
        tmp_path: Path) -> None:
    """A key whose words name no letters (a status key) reads no letters: the grid comes in
    empty, and the summary says it is marked by colour and what to do."""
    path = coloured(tmp_path, key=True)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for i, word in enumerate(["Done", "Late", "Started"]):
        ws.cell(7 + i, 2, word)
    wb.save(path)
    plan = read_workbook(path)
    assert all(not row for row in grid(plan).values())
    assert "12 empty cells in A2:D9 are filled with 3 colours: a grid marked by colour" \
        in said(plan)


def test_a_phase_row_over_roles_down_the_side_names_the_phases(tmp_path: Path) -> None:
    rows = [[None, "Survey", None, None, "Works", None],
            [None, "Walk the site", "Measure rooms", "List defects", "Strip walls", "Paint"],
            ["Project manager", "A", "A", "R", "A", "A"],
            ["Site engineer", "R", "R", "A", "I", "I"],
            ["Developer", "I", "I", "C", "R", "C"],
            ["Designer", "I", "C", "I", "C", "R"],
            ["Sponsor", "C", "I", "I", "I", "C"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.transposed
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Survey", "Walk the site"), ("Survey", "Measure rooms"), ("Survey", "List defects"),
        ("Works", "Strip walls"), ("Works", "Paint")]


def test_phase_rows_that_carry_a_time_are_phases(tmp_path: Path) -> None:
    rows = [["Step", "Host", "Speaker", "Caterer"],
            ["Day 1 (Tue 8:30)"],
            ["Open the doors", "R", None, "I"],
            ["Serve coffee", "A", None, "R"],
            ["Day 2 – 13:00"],
            ["Give the talk", "A", "R", "I"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Day 1 (Tue 8:30)", "Open the doors"), ("Day 1 (Tue 8:30)", "Serve coffee"),
        ("Day 2 – 13:00", "Give the talk")]


def test_the_last_sub_total_above_the_grand_total_is_a_sub_total(tmp_path: Path) -> None:
    rows = [["Work item", "Owner", "Builder", "Reviewer"],
            ["Draft the brief", "A", "R", "C"],
            ["Order the parts", "A", "R", "I"],
            ["Subtotal", 2, 2, 2],
            ["Fit the parts", "C", "R", "A"],
            ["Check the build", "A", "C", "R"],
            ["Subtotal", 2, 2, 2],
            ["Grand total", 4, 4, 4]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert list(grid(plan)) == ["Draft the brief", "Order the parts", "Fit the parts",
                                "Check the build"]
    assert "row 7 ('Subtotal'): counts under the roles between rows of letters" in said(plan)
    assert plan.skipped == ["A8:D8: the grand total of the counts above"]


def test_a_title_naming_the_project_then_raci_is_the_project_name(tmp_path: Path) -> None:
    rows = [["Harbour wall repair: RACI"], ["Owner: Ida Berg"], [], *GRID]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.title == "Harbour wall repair"
    assert "A1: the title, used as the project name" in said(plan)
    assert plan.skipped == ["A2: a note ('Owner: Ida Berg')"]


def test_a_title_naming_raci_then_the_project_is_the_project_name(tmp_path: Path) -> None:
    rows = [["RACI: Harbour wall repair"], ["Owner: Ida Berg"], [], *GRID]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.title == "Harbour wall repair"


@pytest.mark.parametrize("title", ["Harbour wall repair – RACI matrix",
                                   "Harbour wall repair - RACI", "RACI — Harbour wall repair"])
def test_a_title_parting_the_project_and_raci_by_a_dash_is_the_project_name(
        tmp_path: Path, title: str) -> None:
    rows = [[title], ["Owner: Ida Berg"], [], *GRID]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.title == "Harbour wall repair"


def test_a_title_with_a_dash_naming_no_matrix_stays_whole(tmp_path: Path) -> None:
    rows = [["Harbour wall – phase 2"], [], *GRID]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.title == "Harbour wall – phase 2"


def test_a_bare_total_row_under_the_grid_is_named_as_the_total(tmp_path: Path) -> None:
    rows = [*GRID, ["Total", 3, 3, 3]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert len(plan.activities) == 3
    assert plan.skipped == ["A5:D5: the grand total of the counts above"]


def test_a_key_glossing_another_schemes_letter_with_a_raci_word_reads_it_so(
        tmp_path: Path) -> None:
    rows = [*GRID, ["Tell the client", "A", "R", "O"], [],
            ["R", "Responsible"], ["A", "Accountable"], ["C", "Consulted"], ["O", "Informed"]]
    rows[2] = ["Order the parts", "A", "R", "O"]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.scheme == "RACI"
    assert grid(plan)["Order the parts"]["Reviewer"] == "I"
    assert "Informed" not in grid(plan)
    assert "letter O is 'Informed' in the workbook's legend: its cells are read as I" \
        in said(plan)


def test_a_wide_grid_of_one_word_names_without_a_corner_stays_as_laid_out(
        tmp_path: Path) -> None:
    rows = [[None, "Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gil", "Hu"],
            ["Plan", "A", "R", "C", "I", "I", "C", "R", "I"],
            ["Build", "I", "A", "R", "R", "C", "I", "C", "I"],
            ["Test", "C", "I", "A", "R", "R", "C", "I", "I"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert not plan.transposed
    assert [a.name for a in plan.activities] == ["Plan", "Build", "Test"]
    assert len(plan.roles) == 8


def test_two_people_named_in_one_heading_hold_one_role(tmp_path: Path) -> None:
    """'Jane Smith & Tom Hale' over one column: the two share its letters, so one role held
    by both (two roles would double each letter, two A's on a row)."""
    rows = [["Work item", "Mia Lund & Sam Cole", "Ida Berg", "Tom Hale"],
            ["Draft the brief", "A", "R", "C"],
            ["Order the parts", "R", "A", "C"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Mia Lund & Sam Cole", ["Mia Lund", "Sam Cole"]), ("Ida Berg", ["Ida Berg"]),
        ("Tom Hale", ["Tom Hale"])]
    assert grid(plan)["Draft the brief"] == {"Mia Lund & Sam Cole": "A", "Ida Berg": "R",
                                             "Tom Hale": "C"}
    assert "one role held by Mia Lund and Sam Cole" in said(plan)


def test_a_heading_joining_two_functions_stays_one_role(tmp_path: Path) -> None:
    rows = [["Work item", "Sales & Marketing", "Research and Development", "Legal"],
            ["Draft the brief", "A", "R", "C"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Sales & Marketing", []), ("Research and Development", []), ("Legal", [])]


def test_a_hidden_role_column_and_activity_row_are_imported_and_said(tmp_path: Path) -> None:
    rows = [["Work item", "Owner", "Former lead", "Builder"],
            ["Draft the brief", "A", "R", "R"],
            ["Order the parts", "A", "C", "R"],
            ["Dropped step", "A", "R", "I"]]
    wb = build(tmp_path, rows)
    ws = wb.active
    assert ws is not None
    ws.column_dimensions["C"].hidden = True
    ws.row_dimensions[4].hidden = True
    plan = read_workbook(saved(tmp_path, wb))
    assert [r.name for r in plan.roles] == ["Owner", "Former lead", "Builder"]
    assert [a.name for a in plan.activities] == ["Draft the brief", "Order the parts",
                                                 "Dropped step"]
    assert "column C ('Former lead'): hidden in the workbook; imported as a role" in said(plan)
    assert "row 4: hidden in the workbook; imported as an activity all the same" in said(plan)


def test_a_square_grid_on_its_side_without_a_corner_is_turned_by_its_accountables(
        tmp_path: Path) -> None:
    """Trades down the side, tasks across under a phase row, no corner heading: each task
    has its one A, while read as it stands most trades would be accountable for nothing."""
    rows = [[None, "Survey", None, None, "Works", None],
            [None, "Walk the site", "Measure rooms", "List defects", "Strip walls", "Paint"],
            ["Site foreman", "A", "A", "R", "A", "A"],
            ["Surveyor", "R", "R", "A", "I", "I"],
            ["Plasterer", "I", "I", "C", "R", "C"],
            ["Glazier", "I", "C", "I", "C", "R"],
            ["Client", "C", "I", "I", "I", "C"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert plan.transposed
    assert [r.name for r in plan.roles] == ["Site foreman", "Surveyor", "Plasterer",
                                            "Glazier", "Client"]
    assert [(a.phase, a.name) for a in plan.activities][3:] == [("Works", "Strip walls"),
                                                               ("Works", "Paint")]


def test_a_list_of_short_tasks_with_few_accountables_stays_as_laid_out(
        tmp_path: Path) -> None:
    rows = [["Task", "Project manager", "Finance lead", "Site engineer", "Safety officer"],
            *[[name, "R", "C", "I", "I"] for name in ["Budget", "Hiring", "Permits",
                                                       "Survey", "Fencing", "Cleanup"]],
            ["Sign-off", "A", "A", "A", "A"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert not plan.transposed
    assert len(plan.activities) == 7


# Shapes that look like the ones above but are not them (review-29).


@pytest.mark.parametrize(("lines", "title"), [
    ([["Website relaunch"], ["RACI: 2025"]], "Website relaunch"),
    ([["Harbour works"], ["Responsibilities: see key below"]], "Harbour works"),
    ([["Harbour works"], ["Prepared by: Ann"], ["RACI: updated 3 May"]], "Harbour works"),
    ([["RACI: 2025"]], "RACI: 2025"),
    ([["RACI: Draft v2"]], "RACI: Draft v2"),
    ([["Role: see legend"]], "Role: see legend"),
    ([["Budget: RACI review"]], "Budget: RACI review"),
    ([["Prepared by: Ann"], ["Website relaunch: RACI"]], "Website relaunch"),
])
def test_a_raci_label_line_names_no_project_over_a_title_or_without_a_name(
        tmp_path: Path, lines: list[list[str]], title: str) -> None:
    """'RACI: 2025' below the title, or a year, a version, a stamp or a pointer after
    'RACI:', names no project: the title line above stays the project's name."""
    plan = read_workbook(saved(tmp_path, build(tmp_path, [*lines, [], *GRID])))
    assert plan.title == title


@pytest.mark.parametrize("company", ["Tom & Jerry Ltd", "Ana and Luis GmbH",
                                     "Mia Lund & Sam Cole Inc."])
def test_a_firm_named_after_two_people_is_no_two_people(tmp_path: Path, company: str) -> None:
    rows = [["Work item", "Ida Berg", "Tom Hale", company, "Mia Lund"],
            ["Draft the brief", "A", "R", "C", "I"],
            ["Order the parts", "R", "A", "C", "I"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    firm = next(r for r in plan.roles if r.name == company)
    assert len(firm.people) <= 1
    assert "one role held by" not in said(plan)


def test_a_square_grid_of_roles_across_with_one_joint_sign_off_stays_as_laid_out(
        tmp_path: Path) -> None:
    """Job titles across, short tasks down, no corner heading, every role accountable on
    the one sign-off row: one A per column, most rows none, yet the right way up."""
    rows = [[None, "Project manager", "Finance lead", "Site engineer", "Safety officer"],
            ["Budget", "R", "C", "I", "I"], ["Hiring", "R", "C", "I", "I"],
            ["Permits", "C", "I", "R", "C"], ["Sign-off", "A", "A", "A", "A"]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert not plan.transposed
    assert [a.name for a in plan.activities] == ["Budget", "Hiring", "Permits", "Sign-off"]


@pytest.mark.parametrize("fill", ["white", "banded", "bordered"])
def test_fills_that_mark_no_letters_give_no_colour_advice(tmp_path: Path, fill: str) -> None:
    """An empty grid filled white, banded in one colour row by row, or filled in one colour
    with borders (several styles, one colour) is no grid marked by colour."""
    from openpyxl.styles import Border, Side
    wb = build(tmp_path, [["Work item", "Owner", "Builder", "Reviewer"],
                          ["Draft the brief"], ["Order the parts"], ["Check the build"],
                          ["Fit the parts"]])
    ws = wb.active
    assert ws is not None
    thin = Side(style="thin")
    for r in range(2, 6):
        for c in range(2, 5):
            colour = {"white": "FFFFFFFF", "banded": "FFEEEEEE" if r % 2 else "FFCCE5FF",
                      "bordered": "FFFFFF99"}[fill]
            ws.cell(r, c).fill = PatternFill("solid", fgColor=colour)
            ws.cell(r, c).border = Border(left=thin if c == 2 else None,
                                          right=thin if c == 4 else None)
    plan = read_workbook(saved(tmp_path, wb))
    assert "marked by colour" not in said(plan)


@pytest.mark.parametrize("flags", [["Changed", None, None, "Added", None],
                                   ["Ann", None, None, "Bob", None]])
def test_an_unheaded_column_of_a_few_words_is_no_phase_column_the_right_way_up(
        tmp_path: Path, flags: list[str | None]) -> None:
    """Flags or names written on a few rows of an unheaded column left of the tasks are
    no phases in a grid the right way up (only a phase row over roles down the side,
    turned, reads so)."""
    body = [["Draft the brief", "A", "R", "C"], ["Order the parts", "A", "R", "I"],
            ["Check the build", "R", "C", "A"], ["Fit the parts", "A", "R", "C"],
            ["Hand over", "A", "C", "R"]]
    rows = [[None, "Task", "Owner", "Builder", "Reviewer"],
            *[[flag, *row] for flag, row in zip(flags, body, strict=True)]]
    plan = read_workbook(saved(tmp_path, build(tmp_path, rows)))
    assert {a.phase for a in plan.activities} == {""}


def test_the_strike_scan_finds_the_word_across_a_chunk_boundary(tmp_path: Path) -> None:
    import zipfile
    path = tmp_path / "parts.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for at in range(8):  # 'strike' starting at every place around a boundary of 8
            zf.writestr(f"p{at}.xml", b"x" * at + b"<strike/>" + b"y" * 20)
        zf.writestr("none.xml", b"<font><b/></font>" * 10 + b"strik")
    with zipfile.ZipFile(path) as zf:
        for at in range(8):
            for chunk in (3, 8):
                assert sheets_module._mentions_strike(zf, f"p{at}.xml", chunk=chunk)
        assert not sheets_module._mentions_strike(zf, "none.xml", chunk=8)


def test_a_change_tracked_in_a_long_name_on_two_lines_is_said_on_one_short_line(
        tmp_path: Path) -> None:
    wb = build(tmp_path, GRID)
    ws = wb.active
    assert ws is not None
    ws["A3"].value = CellRichText("Order the parts\nfrom the ",
                                  TextBlock(InlineFont(strike=True), "old"),
                                  " new supplier and check every delivery note")
    plan = read_workbook(saved(tmp_path, wb))
    line = next(n for n in plan.notes if "changed inside the cell" in n)
    assert "\n" not in line and len(line) < 200


def with_shared_string(path: Path, cell: str, runs: str) -> Path:
    """The workbook with one cell's text moved into a shared strings part as runs of rich
    text (as Excel writes it; openpyxl writes rich text inline in the sheet)."""
    import re
    import zipfile
    out = path.with_name("shared-" + path.name)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rf'<c r="{cell}"([^>]*?) t="inlineStr"([^>]*)>.*?</c>'.encode(),
                              rf'<c r="{cell}"\1 t="s"\2><v>0</v></c>'.encode(), data)
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    b"</Types>"))
            zout.writestr(item, data)
        zout.writestr("xl/sharedStrings.xml", (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="1" uniqueCount="1"><si>{runs}</si></sst>'))
    return out


def test_a_change_tracked_in_a_shared_string_reads_the_new_letter(tmp_path: Path) -> None:
    """Excel keeps a cell's runs of rich text in the workbook's shared strings: the change
    tracked there ('C' struck through, then 'I') reads as the new letter too."""
    wb = build(tmp_path, GRID)
    ws = wb.active
    assert ws is not None
    ws["D3"].value = CellRichText(TextBlock(InlineFont(b=True), "C"), "I")
    path = with_shared_string(saved(tmp_path, wb), "D3",
                              "<r><rPr><strike/></rPr><t>C</t></r><r><t>I</t></r>")
    plan = read_workbook(path)
    assert grid(plan)["Order the parts"] == {"Owner": "A", "Builder": "R", "Reviewer": "I"}
    assert "from 'C' to 'I'" in said(plan)
    plain = with_shared_string(saved(tmp_path, wb, "plain.xlsx"), "D3",
                               "<r><rPr><b/></rPr><t>C</t></r><r><t>I</t></r>")
    assert grid(read_workbook(plain))["Order the parts"]["Reviewer"] == "CI"
