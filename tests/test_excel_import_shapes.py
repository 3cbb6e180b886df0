"""The shapes real RACI sheets take, built here with openpyxl, and what the import makes of them."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font, GradientFill, PatternFill

from raci.checks import check_project
from raci.cli import main
from raci.errors import RaciError
from raci.excel import grid as grid_module
from raci.excel import importer, layout
from raci.excel.export import export_xlsx
from raci.excel.importer import ImportPlan, import_workbook, read_sheet, read_workbook
from raci.excel.plan import ReadOptions
from raci.excel.sheets import open_workbook, read_cells
from raci.schemes import SCHEMES, get_scheme
from raci.service import ProjectService


def write(tmp_path: Path, rows: Sequence[Sequence[Any]], *, merges: Sequence[str] = (),
          bold: Sequence[str] = (), name: str = "in.xlsx", title: str = "Sheet") -> Path:
    """One sheet holding rows from A1; None leaves a cell empty."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for i, row in enumerate(rows, 1):
        for j, value in enumerate(row, 1):
            if value is not None:
                ws.cell(i, j, value)
    for rng in merges:
        ws.merge_cells(rng)
    for cell in bold:
        ws[cell].font = Font(bold=True)
    path = tmp_path / name
    wb.save(path)
    return path


def grid(plan: ImportPlan) -> dict[str, dict[str, str]]:
    """{activity: {role: letters sorted}}."""
    return {a.name: {plan.roles[j].name: "".join(sorted(v)) for j, v in a.cells.items()}
            for a in plan.activities}


def said(plan: ImportPlan) -> str:
    """Everything the import reports, notes and skipped ranges."""
    return "\n".join(plan.notes + plan.skipped)


@pytest.mark.parametrize("heads", [("Code", "What it means"), ("Symbol", "Meaning")])
def test_legend_table_below_after_blank_rows_is_skipped_with_its_range(
        tmp_path: Path, heads: tuple[str, str]) -> None:
    rows = [["Step", "Build Crew", "Test Crew", "Site Lead"],
            ["Pour slab", "R", "I", "A"],
            ["Inspect slab", "C", "R", "A"],
            [], [], [],
            list(heads),
            ["R", "Responsible (does it)"],
            ["A", "Accountable (answers for it)"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Pour slab", "Inspect slab"]
    assert "A7:B9: a legend of the letters" in said(plan)


def test_letter_count_table_below_and_legend_beside(tmp_path: Path) -> None:
    rows = [["", "Marta", "Oliver", "Priya"],
            ["Brief", "A", "R", "C", None, "R - Responsible"],
            ["Draft", "R", "A", "I", None, "A - Accountable"],
            ["Review", "I", "C", "A"],
            [],
            [None, "R", "A", "C", "TOTAL"],
            ["Marta", 1, 1, 0, 2],
            ["Oliver", 1, 1, 1, 3]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Brief", "Draft", "Review"]
    text = said(plan)
    assert "F2:F3: a legend of the letters" in text
    assert "A6:E8: a table of numbers" in text


def test_legend_inside_the_role_columns_keeps_the_last_role(tmp_path: Path) -> None:
    rows = [["Work", "Lena", "Tomas", "Ines"],
            ["Collect data", "A, R", "C", "C"],
            ["Model", "A, R", "R", "I"],
            [],
            [None, None, "R", "Responsible"],
            [None, None, "A", "Accountable"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lena", "Tomas", "Ines"]
    assert grid(plan)["Model"] == {"Lena": "AR", "Tomas": "R", "Ines": "I"}
    assert "C5:D6: a legend of the letters" in said(plan)


@pytest.mark.parametrize("separator", [":", " -", " –", " ="])
def test_legend_lines_under_the_activity_names_do_not_turn_the_grid(
        tmp_path: Path, separator: str) -> None:
    rows = [["Task", "Lead", "Crew"], ["Plan the work", "A", "R"], ["Build it", "R", "A"], [],
            *([f"{code}{separator} {word}"] for code, word in [
                ("R", "Responsible"), ("A", "Accountable"), ("C", "Consulted"),
                ("I", "Informed")])]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert grid(plan) == {"Plan the work": {"Lead": "A", "Crew": "R"},
                          "Build it": {"Lead": "R", "Crew": "A"}}
    assert plan.skipped == []  # the legend frames the grid: read, not skipped content
    assert "A5:A8: a legend of the letters, read for what the letters mean" in plan.notes


@pytest.mark.parametrize("legend", [
    "Legend: R = Responsible, A = Accountable, C = Consulted, I = Informed",
    "Key - R: Responsible; A: Accountable; C: Consulted, before the work; I: Informed",
    "R = Responsible, A = Accountable, C = Consulted, I = Informed"])
def test_a_legend_in_one_cell_frames_the_grid_as_legend_lines_do(
        tmp_path: Path, legend: str) -> None:
    rows = [["Task", "Lead", "Crew"], ["Plan the work", "A", "R"], ["Build it", "R", "A"], [],
            [legend]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.skipped == []  # the grid's frame, as a legend over several cells is
    assert "A5: a legend of the letters, read for what the letters mean" in plan.notes
    assert [a.name for a in plan.activities] == ["Plan the work", "Build it"]


@pytest.mark.parametrize("legend", [
    [["R = Responsible"], ["A = Accountable"], ["C = Consulted"], ["I = Informed"]],
    [["Legend"], ["R", "Responsible"], ["A", "Accountable"], ["C", "Consulted"]],
    [["Key:"], ["R", "Responsible", "Does the work"], ["A", "Accountable", "Owns it"]],
    [[None, "R", "Responsible"], [None, "A", "Accountable"]],
    [["R - Responsible, A - Accountable, C - Consulted, I - Informed"]]])
def test_a_legend_straight_under_the_grid_ends_it(tmp_path: Path,
                                                  legend: list[list[str | None]]) -> None:
    rows = [["Task", "Lead", "Crew"], ["Plan the work", "A", "R"], ["Build it", "R", "A"],
            *legend]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert grid(plan) == {"Plan the work": {"Lead": "A", "Crew": "R"},
                          "Build it": {"Lead": "R", "Crew": "A"}}
    assert any("a legend of the letters" in note for note in plan.notes)


@pytest.mark.parametrize("legend", [
    [["R = Responsible"], ["A = Accountable"], ["C = Consulted"], ["I = Informed"]],
    [["Legend"], ["R", "Responsible"], ["A", "Accountable"], ["C", "Consulted"]],
    [["R - Responsible, A - Accountable, C - Consulted, I - Informed"]],
    [[None], ["R = Responsible, A = Accountable"], [None]]])
def test_a_legend_between_the_activities_does_not_end_the_grid(
        tmp_path: Path, legend: list[list[str | None]]) -> None:
    rows = [["Task", "Lead", "Crew"], ["Plan the work", "A", "R"], ["Build it", "R", "A"],
            *legend, ["Check it", "A/R", "C"], ["Hand it over", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert grid(plan) == {"Plan the work": {"Lead": "A", "Crew": "R"},
                          "Build it": {"Lead": "R", "Crew": "A"},
                          "Check it": {"Lead": "AR", "Crew": "C"},
                          "Hand it over": {"Lead": "A", "Crew": "R"}}
    assert any("a legend of the letters between the activities" in note
               for note in plan.notes), plan.notes
    assert plan.skipped == []


def test_lettered_headings_that_only_look_like_a_legend_stay_in_the_grid(
        tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Crew"], ["Approve the plan", "A", "R"],
            ["R - Reporting"], ["Report progress", "R", "A"], ["Key milestones", "A", "R"],
            ["A - Audit"], ["Audit the accounts", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows, bold=["A3", "A6"]))
    assert [a.name for a in plan.activities] == ["Approve the plan", "Report progress",
                                                 "Key milestones", "Audit the accounts"]
    assert [a.phase for a in plan.activities][1:] == ["R - Reporting", "R - Reporting",
                                                      "A - Audit"]


def test_a_key_of_letters_right_beside_the_roles_is_no_role(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev", "QA", "Key"],
            ["Plan", "A", "R", "C", "R", "Responsible"],
            ["Build", "I", "A", "R", "A", "Accountable"],
            ["Test", "C", "I", "A", "C", "Consulted"],
            ["Ship", "A", "R", "I", "O", "Omitted - left out on purpose"],
            ["Review", "A", "R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert grid(plan)["Ship"] == {"PM": "A", "Dev": "R", "QA": "I"}
    assert "columns E, F: a legend of the letters beside the grid" in said(plan)


def test_a_last_role_whose_letters_repeat_beside_notes_stays_a_role(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev", "QA", "Notes"],
            ["Plan", "A", "R", "R", "Review the draft first"],
            ["Build", "I", "A", "R", "Run the nightly job"],
            ["Test", "C", "I", "C", "Check the old cases"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert grid(plan)["Build"]["QA"] == "R"


def test_step_numbers_beside_the_names_under_a_phase_band_are_numbering(
        tmp_path: Path) -> None:
    rows = [["Title of the matrix"], [],
            ["Step", "Deliverable", "Ref.", "Owner", "QA", "Lead"],
            ["Planning"],
            [1, "Write the plan", "PL-001", "A", "C", "R"],
            [2, "Assess the risks", "PL-002", "A", "R", "C"],
            ["Testing"],
            [3, "Run the tests", "TS-010", "A", "C", "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A4:F4", "A7:F7"]))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Write the plan", "Planning"), ("Assess the risks", "Planning"),
        ("Run the tests", "Testing")]
    assert "column A holds numbering; not imported" in plan.notes


def test_every_letter_of_a_one_cell_legend_is_read(tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Crew"],
            ["Plan the work", "A", "D", None, "Legend: D = Driver, A = Approver, C = Contributor"],
            ["Build it", "D", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.scheme == "DACI"
    assert grid(plan) == {"Plan the work": {"Lead": "A", "Crew": "D"},
                          "Build it": {"Lead": "D", "Crew": "C"}}
    assert plan.skipped == []
    assert "E2: a legend of the letters, read for what the letters mean" in plan.notes


def test_full_words_the_legend_defines_in_its_own_language(tmp_path: Path) -> None:
    rows = [["Tâche", "Chef", "Dev"], ["Analyse", "Réalisateur", "Consulté"],
            ["Code", "Approbateur", "Réalisateur"], [],
            ["R : Réalisateur"], ["A : Approbateur"], ["C : Consulté"], ["I : Informé"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Analyse": {"Chef": "R", "Dev": "C"},
                          "Code": {"Chef": "A", "Dev": "R"}}


def test_letters_under_no_heading_are_a_role_named_for_its_column(tmp_path: Path) -> None:
    rows = [["Task", "Lead", None, "Crew", None, None],
            ["Plan", "A", "R", "C", "I", 3], ["Build", "R", "A", "I", "C", 4]]
    path = write(tmp_path, rows)
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Lead", "Column C", "Crew", "Column E"]
    assert grid(plan)["Plan"] == {"Lead": "A", "Column C": "R", "Crew": "C", "Column E": "I"}
    assert ("column C holds letters but no heading in row 1; imported as role 'Column C' "
            "(rename it, or give the column a heading and import again)") in plan.notes
    assert "F2:F3: a table of numbers (a summary?)" in plan.skipped
    import_workbook(path, tmp_path / "headless.raci")  # a project takes the names as they are


def test_french_letters_with_et_and_legend_below(tmp_path: Path) -> None:
    rows = [["/", "Chef de Projet", "Développeur", "Testeur"],
            ["Page d'accueil", "A", "R", "C"],
            ["Partage", "R et A", "I", "I"],
            [], ["R = Responsable"], ["A = Approbateur"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Partage"]["Chef de Projet"] == "AR"
    assert not plan.roles[0].people


def test_full_words_in_cells(tmp_path: Path) -> None:
    rows = [["Task", "Owner Team", "Helpers"],
            ["Plan", "Accountable", "Responsible"],
            ["Ship", "Responsible, Accountable", "Informed"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Plan": {"Owner Team": "A", "Helpers": "R"},
                          "Ship": {"Owner Team": "AR", "Helpers": "I"}}


def test_group_heading_row_phase_rows_and_a_deliverables_column(tmp_path: Path) -> None:
    rows = [[None, None, "Leadership", "Delivery", None],
            [None, None, "Sponsor", "Delivery Manager", "Engineers"],
            [],
            ["Start-up", "Deliverable"],
            ["– Agree scope", "Scope note", "A", "R", "C"],
            ["– Name the team", "Team list", "A", "R", None],
            ["Build"],
            ["– Write code", "Release notes", "I", "A", "R"]]
    path = write(tmp_path, rows, merges=["D1:E1"], bold=["A4", "A7"])
    plan = read_workbook(path)
    assert plan.header_row == 2
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Agree scope", "Start-up"), ("Name the team", "Start-up"), ("Write code", "Build")]
    assert plan.activities[0].description == "Deliverable: Scope note"
    assert plan.title == ""
    assert "group headings" in said(plan) or "C1:D1" in said(plan)


def headed(tmp_path: Path, heads: Sequence[str], **kw: Any) -> ImportPlan:
    """A two-activity grid under these role headings, read with the given options."""
    rows = [["Activity", *heads], ["Plan", "A", *["R"] * (len(heads) - 1)],
            ["Build", "I", *["A"] * (len(heads) - 1)]]
    return read_workbook(write(tmp_path, rows, name="heads.xlsx"), **kw)


def test_a_given_name_with_a_job_in_brackets_is_a_person_among_roles(tmp_path: Path) -> None:
    plan = headed(tmp_path, ["Sponsor", "Client (Society Head)", "Keisha Brown\n(Developer)",
                             "Tom (QA Lead)"])
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Sponsor", []), ("Client (Society Head)", []),
        ("Keisha Brown (Developer)", ["Keisha Brown"]), ("Tom (QA Lead)", ["Tom"])]
    assert [(p.name, p.title) for p in plan.people] == [("Keisha Brown", "Developer"),
                                                        ("Tom", "QA Lead")]
    assert ("column D ('Keisha Brown (Developer)'): a person and a job title; a role filled "
            "by Keisha Brown, title 'Developer'") in plan.notes
    assert "Tom, title 'QA Lead'" in plan.summary()
    # Asked not to read people, nothing is split.
    plan = headed(tmp_path, ["Sponsor", "Keisha Brown (Developer)"], people=False)
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Sponsor", []), ("Keisha Brown (Developer)", [])]
    assert plan.people == []


def test_name_and_title_on_one_line_across_the_row(tmp_path: Path) -> None:
    plan = headed(tmp_path, ["Anna Berg (Project Manager)", "Siddham Rao (Developer)",
                             "Neeraj Mehta (Test Engineer"])
    assert [(p.name, p.title, p.roles) for p in plan.people] == [
        ("Anna Berg", "Project Manager", ["Anna Berg (Project Manager)"]),
        ("Siddham Rao", "Developer", ["Siddham Rao (Developer)"]),
        ("Neeraj Mehta", "Test Engineer", ["Neeraj Mehta (Test Engineer"])]
    assert "columns B-D name a person and a job title" in said(plan)


def test_initials_in_brackets_are_a_code_not_a_title(tmp_path: Path) -> None:
    plan = headed(tmp_path, ["Mary Jones (MJ)", "Product (PR)", "Growth (GR)"])
    # (every heading 'Name (CODE)': the names and the codes are taken apart)
    assert [(r.name, r.code, r.people) for r in plan.roles] == [
        ("Mary Jones", "MJ", []), ("Product", "PR", []), ("Growth", "GR", [])]
    assert plan.people == []
    assert "column B looks like a person; imported as a role" in said(plan)


def test_a_person_in_brackets_after_a_role_fills_it(tmp_path: Path) -> None:
    plan = headed(tmp_path, ["Project Manager (Anna Berg)", "Developer (Tom)", "QA"])
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Project Manager", ["Anna Berg"]), ("Developer", ["Tom"]), ("QA", [])]
    assert "column B: role 'Project Manager' filled by 'Anna Berg'" in said(plan)


def test_a_row_of_names_with_titles_under_the_roles_is_staffing(tmp_path: Path) -> None:
    rows = [["Task", "Sponsor", "Project Manager", "Developer"],
            [None, "Keisha Brown\n(Director)", "Tom Ek (Lead PM)", "Raj Patel (Engineer)"],
            ["Plan", "A", "R", "C"], ["Build", "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(r.name, r.people, r.description) for r in plan.roles] == [
        ("Sponsor", ["Keisha Brown"], ""), ("Project Manager", ["Tom Ek"], ""),
        ("Developer", ["Raj Patel"], "")]
    assert [(p.name, p.title) for p in plan.people] == [
        ("Keisha Brown", "Director"), ("Tom Ek", "Lead PM"), ("Raj Patel", "Engineer")]
    assert ("row 2: people's names under the role names (with their job titles); imported "
            "as staffing") in plan.notes


def test_people_chosen_split_a_title_and_say_it_was_chosen(tmp_path: Path) -> None:
    plan = headed(tmp_path, ["Sponsor", "Anna Berg (Lead)", "Tom Ek"], people=True)
    assert [r.people for r in plan.roles] == [["Sponsor"], ["Anna Berg"], ["Tom Ek"]]
    assert [(p.name, p.title) for p in plan.people] == [("Anna Berg", "Lead")]
    assert "columns B-D read as people, as chosen" in said(plan)
    assert "look like people" not in said(plan)


def test_name_over_title_headers_status_column_and_custom_letters(tmp_path: Path) -> None:
    rows = [[None, None, "Olga Petrova\n(Director)", "Samuel Ortiz\n(Analyst)",
             "Nadia Haddad\n(Engineer)"],
            ["Task", "Status", "Sponsor", "Project Team", None],
            ["Kick-off"],
            ["Charter", "Done", "A", "D", "S"],
            ["Budget", "Done", None, "D", None],
            ["Survey", "Open", None, None, None],
            ["Closing"],
            ["Hand over", "Planned", "A", "R", "S"],
            [],
            [None, "D", "Driver", "Pushes the work forward"],
            [None, "S", "Support", "Helps the doers"]]
    path = write(tmp_path, rows, merges=["D2:E2"], bold=["A3", "A7"])
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == [
        "Olga Petrova (Director)", "Samuel Ortiz (Analyst)", "Nadia Haddad (Engineer)"]
    assert [r.people for r in plan.roles] == [["Olga Petrova"], ["Samuel Ortiz"],
                                              ["Nadia Haddad"]]
    assert [p.title for p in plan.people] == ["Director", "Analyst", "Engineer"]
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Charter", "Kick-off"), ("Budget", "Kick-off"), ("Survey", "Kick-off"),
        ("Hand over", "Closing")]
    assert plan.activities[0].description == "Status: Done"
    assert plan.scheme == "RASCI+D"
    assert "letter D is defined by the workbook's legend as 'Driver'" in said(plan)
    assert plan.title == ""  # neither a person's heading nor a group heading


def test_undefined_letter_is_kept_and_reported_with_its_cells(tmp_path: Path) -> None:
    rows = [["Work", "Manager", "Team"], ["Prepare", "R,A,Q", "C"], ["Finish", "A", "R,Q"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.scheme == "RACI+Q"
    assert grid(plan)["Prepare"]["Manager"] == "AQR"
    assert "letter Q is not defined by a legend" in said(plan)
    assert "B2, C3" in said(plan)


def test_role_row_over_person_row_is_staffing(tmp_path: Path) -> None:
    rows = [[None, "Team Members"],
            [None, "Role", "Project Manager", "Risk Manager"],
            [None, "Name", "K.L. Fernando", "Ruth Amsel"],
            [1, "Gather needs", "A", "R"],
            [2, "Write plan", "R, A", "C"]]
    plan = read_workbook(write(tmp_path, rows, merges=["B1:D1"]))
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Project Manager", ["K.L. Fernando"]), ("Risk Manager", ["Ruth Amsel"])]
    assert [a.name for a in plan.activities] == ["Gather needs", "Write plan"]
    assert "column A holds numbering" in said(plan)


def test_job_titles_are_roles_and_known_first_names_are_people(tmp_path: Path) -> None:
    titles = [["Task", "Supply Planner", "Security Vendor", "Contract Lawyer",
               "Subject Matter Expert"], ["Audit", "A", "R", "C", "I"]]
    plan = read_workbook(write(tmp_path, titles))
    assert all(not r.people for r in plan.roles)
    assert plan.people_names() == []
    names = [["Task", "Marta", "Oliver", "Priya"], ["Audit", "A", "R", "C"]]
    plan = read_workbook(write(tmp_path, names, name="names.xlsx"))
    assert [r.people for r in plan.roles] == [["Marta"], ["Oliver"], ["Priya"]]
    roles_only = read_workbook(write(tmp_path, names, name="n2.xlsx"), people=False)
    assert all(not r.people for r in roles_only.roles)


def test_person_like_heading_among_roles_is_reported_not_staffed(tmp_path: Path) -> None:
    rows = [["Task", "Project Manager", "Maria Lopez", "QA Team"], ["Audit", "A", "R", "C"],
            ["Build", "R", "A", "I"]]
    plan = import_workbook(write(tmp_path, rows), tmp_path / "p.raci")
    assert all(not r.people for r in plan.roles)
    assert "column C looks like a person; imported as a role (use --people" in said(plan)
    service = ProjectService.open(tmp_path / "p.raci")
    try:  # nobody staffed, so no role is reported as having nobody in it
        assert [f for f in check_project(service.state()) if f.rule == "unstaffed-role"] == []
    finally:
        service.close()


def test_several_person_like_headings_are_one_line_and_stay_roles(tmp_path: Path) -> None:
    rows = [["Task", "Project Manager", "Maria Lopez", "Tom Becker", "QA Team"],
            ["Audit", "A", "R", "C", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.people_names() == []
    assert [n for n in plan.notes if "people" in n] == [
        "columns C, D look like people; imported as roles (use --people to import them as "
        "people)"]


def test_client_in_parentheses_stays_in_the_role_name(tmp_path: Path) -> None:
    rows = [[None, "Township RACI"],
            [None, "Task/Deliverable", "Client (Society Head)", "Subject Matter Expert (SME)"],
            [None, "Requirements", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(r.name, r.code) for r in plan.roles] == [
        ("Client (Society Head)", ""), ("Subject Matter Expert (SME)", "SME")]
    assert plan.title == "Township RACI"


def test_title_is_not_a_legend_line(tmp_path: Path) -> None:
    rows = [["R - Responsible", "Does the work"], ["A - Accountable", "Signs off"],
            ["Harbour Project", "Harbour Master", "Crane Crew"],
            ["Dredge", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.title == "Harbour Project"
    assert "A1:B2: a legend of the letters" in said(plan)


def test_wrapped_names_and_vertically_merged_letters(tmp_path: Path) -> None:
    rows = [["Goal", "Board", "Staff"],
            ["Phase 1"],
            ["1- Sign ten suppliers", "A", "R"],
            [],
            ["2- Start trial runs within a year and", "A", "R"],
            ["reach full output by month 18.", None, None],
            [],
            ["3- Train the growers", "R", "A"]]
    path = write(tmp_path, rows, merges=["B5:B6", "C5:C6"])
    plan = read_workbook(path)
    assert [a.name for a in plan.activities] == [
        "Sign ten suppliers", "Start trial runs within a year and", "Train the growers"]
    assert plan.activities[1].description == "reach full output by month 18."
    assert {a.phase for a in plan.activities} == {"Phase 1"}


def test_blank_rows_inside_the_grid_do_not_end_it(tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Crew"], ["One", "A", "R"], [], [], ["Two", "A", "R"],
            [], ["Three", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["One", "Two", "Three"]


def test_merged_two_row_header_and_title_in_activity_column(tmp_path: Path) -> None:
    rows = [[], [], [None, None, "Voditelj", "Tim"],
            [None, "RACI - Projekt Most"],
            [None, "1. Priprema", "R,A", "I"],
            [None, "2. Izvedba", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["C3:C4", "D3:D4"]))
    assert [r.name for r in plan.roles] == ["Voditelj", "Tim"]
    assert [a.name for a in plan.activities] == ["Priprema", "Izvedba"]
    assert plan.title == "RACI - Projekt Most"


def test_phase_rows_without_letters_are_not_activities(tmp_path: Path) -> None:
    rows = [["Activity", "Owner", "Crew"], ["Design"], ["Sketch", "A", "R"],
            ["Approve sketch", "A", "R"], ["Build"], ["Frame", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Sketch", "Design"), ("Approve sketch", "Design"), ("Frame", "Build")]


def test_activities_before_the_first_phase_keep_their_place(tmp_path: Path) -> None:
    rows = [["Activity", "Owner", "Crew"], ["Kick-off", "A", "R"], ["Phase 2: Build"],
            ["Frame", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Kick-off", ""), ("Frame", "Phase 2: Build")]
    # The project lists unphased activities last, and the import says so.
    assert ("row 2 ('Kick-off'): no phase; the project lists activities without a phase "
            "after the phased ones") in said(plan)
    import_workbook(write(tmp_path, rows), tmp_path / "k.raci")
    service = ProjectService.open(tmp_path / "k.raci")
    try:
        assert [a.name for a in service.state().activities] == ["Frame", "Kick-off"]
    finally:
        service.close()


def test_a_phase_coming_back_later_is_reported_as_grouped(tmp_path: Path) -> None:
    rows = [["Phase", "Activity", "Owner", "Crew"], ["Design", "Sketch", "A", "R"],
            ["Build", "Frame", "A", "R"], ["Design", "Redraw", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Sketch", "Design"), ("Frame", "Build"), ("Redraw", "Design")]
    assert "row 4 ('Redraw', phase 'Design'): listed with the earlier activities" in said(plan)
    ordered = [["Phase", "Activity", "Owner", "Crew"], ["Design", "Sketch", "A", "R"],
               ["Build", "Frame", "A", "R"], [None, "Test", "A", "R"]]
    assert "listed with" not in said(read_workbook(write(tmp_path, ordered, name="o.xlsx")))


def test_one_sheet_error_names_the_real_cause_without_sheet_option(tmp_path: Path) -> None:
    rows = [[None, "Lead", "Team"], [None, "A", "R"], [None, "A", "R"]]
    with pytest.raises(RaciError, match=r"sheet 'Sheet': found role columns from B1 but no "
                                        r"activity column"):
        read_workbook(write(tmp_path, rows))


def test_a_cell_that_is_not_letters_is_kept_as_its_note(tmp_path: Path) -> None:
    rows = [["Activity", "Lead", "Team", "Board"], ["Work", "A", "R", "I"],
            ["More", "A", "Ask Bob", "C?"], ["Last", "Resp.", "R", None],
            ["Close", "A", "R", "I"]]
    path = write(tmp_path, rows, title="Q3 plan")
    plan = read_workbook(path)
    assert [a.name for a in plan.activities] == ["Work", "More", "Last", "Close"]
    # The letters that can be read stay; 'Ask Bob' holds none.
    assert grid(plan)["More"] == {"Lead": "A", "Board": "C"}
    assert grid(plan)["Last"] == {"Lead": "R", "Team": "R"}
    more, last = plan.activities[1], plan.activities[2]
    assert more.notes == {1: "As written in the workbook: Ask Bob",
                          2: "As written in the workbook: C?"}
    assert last.notes == {0: "As written in the workbook: Resp."}
    assert [(u.cell, u.text, "".join(sorted(u.letters))) for u in plan.unread] == [
        ("'Q3 plan'!C3", "Ask Bob", ""), ("'Q3 plan'!D3", "C?", "C"),
        ("'Q3 plan'!B4", "Resp.", "R")]
    summary = plan.summary()
    assert "3 cells not read as letters" in summary
    assert "'Q3 plan'!C3 'Ask Bob': no letters, text kept as the cell's note" in summary
    assert "'Q3 plan'!D3 'C?': read as C, text kept as the cell's note" in summary
    # The notes reach the project, on their cells.
    import_workbook(path, tmp_path / "p.raci")
    service = ProjectService.open(tmp_path / "p.raci")
    try:
        state = service.state()
        notes = {(state.activity(a).name, state.role(r).name): n
                 for (a, r), n in state.notes.items()}
        assert notes[("More", "Team")] == "As written in the workbook: Ask Bob"
        assert notes[("Last", "Lead")] == "As written in the workbook: Resp."
    finally:
        service.close()


def test_text_under_the_roles_after_the_last_letters_ends_the_grid(tmp_path: Path) -> None:
    """Another table right below the grid is skipped, not read as cells without letters."""
    rows = [["Activity", "Lead", "Team"], ["Work", "A", "R"], ["More", "A", "R"],
            ["Document", "Owner", "Location"], ["Charter", "Sponsor", "Shared drive"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Work", "More"]
    assert not plan.unread
    assert any(s.startswith("A4:C5") for s in plan.skipped)


def test_a_sheet_with_text_but_no_letters_is_still_refused(tmp_path: Path) -> None:
    rows = [["Activity", "Lead", "Team"], ["Work", "Ask Bob", "Maybe"],
            ["More", "Later", "Unsure"]]
    with pytest.raises(RaciError, match="no RACI grid"):
        read_workbook(write(tmp_path, rows))


def test_several_sheets_each_rejection_is_named(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Notes"
    ws["A1"] = "nothing here"
    other = wb.create_sheet("Grid")
    for row in ([[None, "Lead", "Team"], [None, "A", "R"], [None, "A", "A"]]):
        other.append(row)
    path = tmp_path / "two.xlsx"
    wb.save(path)
    with pytest.raises(RaciError) as err:
        read_workbook(path)
    assert "sheet 'Notes' has no RACI grid" in str(err.value)
    assert "sheet 'Grid': found role columns from B1 but no activity column" in str(err.value)


def test_extended_scheme_ids_resolve() -> None:
    scheme = get_scheme("rasci+d")
    assert scheme.id == "RASCI+D"
    assert scheme.codes == ("A", "R", "S", "C", "I", "D")
    assert SCHEMES["RACI+Q"].parse("R/Q") == frozenset("RQ")
    with pytest.raises(KeyError):
        SCHEMES["RACI+A"]


def test_extra_letter_project_is_written_and_checked(tmp_path: Path) -> None:
    rows = [["Work", "Manager", "Team"], ["Prepare", "R,A,Q", "C"], ["Finish", "Q", "R"]]
    out = tmp_path / "q.raci"
    import_workbook(write(tmp_path, rows), out)
    service = ProjectService.open(out)
    try:
        state = service.state()
        assert state.scheme_id == "RACI+Q"
        assert [state.cell_text(a.id, state.roles[0].id) for a in state.activities] == [
            "A/R/Q", "Q"]
        # 'Finish' has no A; 'Prepare' holds a third letter beside A and R, which the
        # letter-mix check points out (the extra letter itself is accepted).
        assert sorted(f.rule for f in check_project(state)) == [
            "missing-accountable", "odd-letters"]
    finally:
        service.close()


def test_round_trip_keeps_roles_without_letters_and_person_like_role_names(
    tmp_path: Path,
) -> None:
    source = ProjectService.create(tmp_path / "src.raci", "Round trip")
    try:
        mary = source.add_role("Mary Jones", "MJ")
        source.add_role("Quality Board", "QB")
        lead = source.add_role("Site Lead", "SL")
        source.add_person("Ola Nordmann", "ola@example.org", "Foreman", [lead])
        act = source.add_activity("Pour", source.add_phase("Base"))
        source.set_cells({(act, mary): "A", (act, lead): "R"})
        export_xlsx(source.state(), tmp_path / "rt.xlsx")
        before = source.state()
    finally:
        source.close()
    import_workbook(tmp_path / "rt.xlsx", tmp_path / "back.raci")
    back = ProjectService.open(tmp_path / "back.raci")
    try:
        after = back.state()
    finally:
        back.close()
    assert [(r.name, r.code) for r in after.roles] == [(r.name, r.code) for r in before.roles]
    assert [p.name for p in after.people] == ["Ola Nordmann"]
    assert [(a.name, a.phase) for a in after.activities] == [("Pour", "Base")]
    assert [after.cell_text(after.activities[0].id, r.id) for r in after.roles] == [
        "A", "", "R"]


def test_cli_people_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Task", "Project Manager", "Maria Lopez"], ["Audit", "A", "R"]]
    path = write(tmp_path, rows)
    assert main(["import", str(path), str(tmp_path / "a.raci"), "--people"]) == 0
    assert "2 people" in capsys.readouterr().out
    assert main(["import", str(path), str(tmp_path / "b.raci"), "--no-people"]) == 0
    assert "0 people" in capsys.readouterr().out


def _flip_one_bit(data: bytes, member: str) -> bytes:
    """The workbook with one bit flipped inside the compressed bytes of member."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    at = start + info.compress_size // 2
    return data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1:]


def test_one_bit_flipped_workbook_gives_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, [["Task", "Lead", "Crew"], ["Build", "A", "R"]] * 20)
    bad = tmp_path / "flipped.xlsx"
    bad.write_bytes(_flip_one_bit(good.read_bytes(), "xl/worksheets/sheet1.xml"))
    assert main(["import", str(bad), str(tmp_path / "x.raci")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("raci: error:") and "damaged" in err[0]
    assert not (tmp_path / "x.raci").exists()


def _patch_sheet(path: Path, edit: Any) -> Path:
    out = path.with_name("patched.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = edit(data)
            dst.writestr(info, data)
    return out


def test_merged_range_over_the_whole_sheet_is_clipped_not_expanded(tmp_path: Path) -> None:
    path = write(tmp_path, [["Task", "Lead", "Crew"], ["Build", "A", "R"]])

    def huge(data: bytes) -> bytes:
        data = data.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>')
        return data.replace(b"</sheetData>",
                            b'</sheetData><mergeCells count="1">'
                            b'<mergeCell ref="A1:XFD1048576"/></mergeCells>')

    patched = _patch_sheet(path, huge)
    with zipfile.ZipFile(patched) as zf:
        assert b"A1:XFD1048576" in zf.read("xl/worksheets/sheet1.xml")
    # Clipped to the cells that hold values, the merge costs nothing and hides nothing.
    assert grid(read_workbook(patched)) == {"Build": {"Lead": "A", "Crew": "R"}}


def test_far_apart_cells_are_refused_by_their_span(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "Task"
    ws["XFD1000"] = "far away"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    with pytest.raises(RaciError, match="its values span 1,000 rows x 16,384 columns"):
        read_workbook(path)


def test_macro_enabled_workbook_reads(tmp_path: Path) -> None:
    path = write(tmp_path, [["Task", "Lead", "Crew"], ["Build", "A", "R"]])
    xlsm = tmp_path / "macro.xlsm"
    main_type = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    macro_type = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(xlsm, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                assert main_type in data
                data = data.replace(main_type, macro_type)
            dst.writestr(info, data)
    assert grid(read_workbook(xlsm)) == {"Build": {"Lead": "A", "Crew": "R"}}


def test_ods_without_libreoffice_says_what_to_do(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ods = tmp_path / "sheet.ods"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(RaciError, match=r"OpenDocument spreadsheet \(.ods\); install LibreOffice"):
        read_workbook(ods)


def test_repeated_header_rows_and_columns_right_of_the_roles(tmp_path: Path) -> None:
    rows = [["Project name:", "Harbour works"], [],
            ["Task", "Port Authority", "Dredging Crew", "Comments"],
            ["Survey", "A", "R*", "weather permitting"],
            [],
            ["Task", "Port Authority", "Dredging Crew", "Comments"],
            ["Dredge", "A", "R", None]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.title == "Harbour works"
    assert [r.name for r in plan.roles] == ["Port Authority", "Dredging Crew"]
    assert grid(plan) == {"Survey": {"Port Authority": "A", "Dredging Crew": "R"},
                          "Dredge": {"Port Authority": "A", "Dredging Crew": "R"}}
    assert plan.activities[0].description == "Comments: weather permitting"
    assert "row 6: repeats the header row; skipped" in said(plan)


def test_transposed_grid_roles_down_activities_across(tmp_path: Path) -> None:
    rows = [["Role", "Write the brief", "Approve the budget", "Hire the crew"],
            ["Project Manager", "R", "C", "A"],
            ["Finance Director", "I", "A", "C"],
            ["HR Lead", None, "I", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Project Manager", "Finance Director", "HR Lead"]
    assert grid(plan)["Hire the crew"] == {"Project Manager": "A", "Finance Director": "C",
                                           "HR Lead": "R"}
    assert "turned on its side" in said(plan)
    assert plan.title == ""  # the corner heading names the roles, not the project


TURNED_WITH_TITLE = [["Harbour works"], [],
                     ["Phase", "Survey", "Survey", "Build"],
                     ["Role", "Survey the site", "Order the steel", "Pour the foundations"],
                     ["Site Manager", "A", "A", "A/R"],
                     ["Engineer", "R", "C", "C"],
                     ["Buyer", "I", "R", None]]


def test_transposed_grid_under_a_title_takes_its_phases_and_title(tmp_path: Path) -> None:
    plan = read_workbook(write(tmp_path, TURNED_WITH_TITLE))
    assert plan.transposed and plan.title == "Harbour works"
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Survey the site", "Survey"), ("Order the steel", "Survey"),
        ("Pour the foundations", "Build")]
    assert "A1: the title, used as the project name" in plan.notes
    assert plan.skipped == []


def test_header_row_of_a_transposed_grid_is_its_row_of_activity_names(tmp_path: Path) -> None:
    path = write(tmp_path, TURNED_WITH_TITLE)
    plan = read_workbook(path, options=ReadOptions(header_row=4))
    assert plan.transposed
    assert [r.name for r in plan.roles] == ["Site Manager", "Engineer", "Buyer"]
    assert grid(plan)["Pour the foundations"] == {"Site Manager": "AR", "Engineer": "C"}
    assert [a.phase for a in plan.activities] == ["Survey", "Survey", "Build"]
    with pytest.raises(RaciError, match="row 5 does not head any column of letters"):
        read_workbook(path, options=ReadOptions(header_row=5))


def test_people_rows_of_a_transposed_grid_are_given_by_number(tmp_path: Path) -> None:
    path = write(tmp_path, TURNED_WITH_TITLE)
    plan = read_workbook(path, options=ReadOptions(people=False, people_columns=("6", "Z")))
    assert plan.transposed
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Site Manager", []), ("Engineer", ["Engineer"]), ("Buyer", [])]
    assert ("people rows Z: no role row there; ignored (the role rows are 5, 6, 7)"
            in plan.notes)
    with pytest.raises(RaciError, match="'0' is not a column letter"):
        read_workbook(path, options=ReadOptions(people_columns=("0",)))


def test_group_headings_written_out_in_every_column_head_the_role_names(
        tmp_path: Path) -> None:
    rows = [["", "Sponsor", "Sponsor", "Delivery", "Delivery"],
            ["Task", "Steering Board", "Finance", "Project Manager", "Developers"],
            ["Approve the budget", "A", "R", "C", "I"],
            ["Build the release", "I", None, "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == [
        "Steering Board", "Finance", "Project Manager", "Developers"]
    assert plan.header_row == 2
    assert grid(plan)["Build the release"] == {"Steering Board": "I", "Project Manager": "A",
                                               "Developers": "R"}
    assert "B1:E1: group headings over the role columns; not imported" in plan.notes
    assert plan.skipped == []


def test_repeated_roles_over_people_s_names_stay_staffing(tmp_path: Path) -> None:
    rows = [["Task", "Engineer", "Engineer", "Manager"],
            ["", "Anna Berg", "Tom Becker", "Maria Lopez"],
            ["Build", "R", "R", "A"],
            ["Test", "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Engineer", ["Anna Berg"]), ("Engineer 2", ["Tom Becker"]),
        ("Manager", ["Maria Lopez"])]


def test_header_row_of_a_grid_the_right_way_up_is_not_turned(tmp_path: Path) -> None:
    rows = [["Harbour works"], [],
            ["Task", "Site Manager", "Engineer", "Buyer"],
            ["Survey the site", "A", "R", "I"],
            ["Order the steel", "A", "C", "R"]]
    plan = read_workbook(write(tmp_path, rows), options=ReadOptions(header_row=3))
    assert not plan.transposed
    assert [r.name for r in plan.roles] == ["Site Manager", "Engineer", "Buyer"]


def test_transposed_reading_names_cells_as_they_stand(tmp_path: Path) -> None:
    rows = [["Role", "Write the brief", "Approve the budget"],
            ["Project Manager", "R", "C"],
            ["Finance Director", "Not me", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Project Manager", "Finance Director"]
    assert grid(plan) == {"Write the brief": {"Project Manager": "R"},
                          "Approve the budget": {"Project Manager": "C", "Finance Director": "A"}}
    assert [(u.cell, u.text) for u in plan.unread] == [("Sheet!B3", "Not me")]


def test_turned_on_its_side_notes_name_the_sheet_s_own_rows_and_columns(
        tmp_path: Path) -> None:
    long_name = "Approve " + "the budget and more " * 20
    rows = [["Role", "Write the brief", long_name, "Sign off"],
            ["Status", "Done", "Open", "Open"],
            ["Project Manager", "R", "C", "A"],
            ["Finance Director", "A", "A", "I"],
            ["Head of Legal", None, None, None]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.transposed
    assert plan.summary().startswith("sheet 'Sheet', header column A, scheme RACI")
    assert [a.where() for a in plan.activities] == ["column B", "column C", "column D"]
    assert [r.where() for r in plan.roles] == ["row 3", "row 4", "row 5"]
    said_ = said(plan)
    assert "row 5 ('Head of Legal') has no letters; imported as a role with none" in said_
    assert "row 2 ('Status') kept in each activity's description" in said_
    assert "column C: activity names longer than 300 characters were cut" in said_


def test_activity_names_right_of_the_role_columns(tmp_path: Path) -> None:
    rows = [["Sponsor", "Lead", "Team", "Activity", "Remarks"],
            ["A", "R", "C", "Plan the work", "first"],
            ["I", "A", "R", "Build the thing", None],
            ["A", "R", "I", "Test it", "late"],
            [],
            ["R = Responsible"]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert [r.name for r in plan.roles] == ["Sponsor", "Lead", "Team"]
    assert grid(plan) == {
        "Plan the work": {"Sponsor": "A", "Lead": "R", "Team": "C"},
        "Build the thing": {"Sponsor": "I", "Lead": "A", "Team": "R"},
        "Test it": {"Sponsor": "A", "Lead": "R", "Team": "I"}}
    assert [a.description for a in plan.activities] == ["Remarks: first", "", "Remarks: late"]
    assert "read the activity names from column D, right of the role columns" in said(plan)
    assert any(s.startswith("A6: a legend") for s in plan.notes)
    assert plan.skipped == []


def test_round_trip_keeps_a_scheme_whose_extra_letters_are_unused(tmp_path: Path) -> None:
    source = ProjectService.create(tmp_path / "s.raci", "Support", "RASCI")
    try:
        lead = source.add_role("Site Lead", "SL")
        act = source.add_activity("Pour")
        source.set_cells({(act, lead): "A/R"})
        export_xlsx(source.state(), tmp_path / "s.xlsx")
    finally:
        source.close()
    plan = read_workbook(tmp_path / "s.xlsx")
    assert plan.scheme == "RASCI"
    assert not any("holds computed checks" in s for s in plan.skipped)


def test_key_column_next_to_roles_and_count_row_right_below(tmp_path: Path) -> None:
    rows = [["Task", "Owner Team", "Build Team", None, "Key"],
            ["Plan", "A", "R", None, "R"],
            ["Ship", "A", "R", None, "A"],
            ["Number of R", 0, 2]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Owner Team", "Build Team"]
    assert [a.name for a in plan.activities] == ["Plan", "Ship"]
    assert "A4:C4: a table of numbers" in said(plan)


def test_role_heading_with_a_person_on_its_second_line(tmp_path: Path) -> None:
    rows = [["Task", "Project Manager\nAnna Berg", "QA Lead\nTom Ek"], ["Test", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Project Manager", ["Anna Berg"]), ("QA Lead", ["Tom Ek"])]


def test_giant_shared_text_table_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, [["Task", "Lead", "Crew"], ["Build", "A", "R"]])
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>x</t></si>" * 100 + "</sst>")
    monkeypatch.setattr("raci.excel.sheets.MAX_SHARED_STRINGS", 1000)
    with pytest.raises(RaciError, match="shared text table unpacks to"):
        read_workbook(path)


def test_round_trip_keeps_names_that_look_like_numbering_phases_or_placeholders(
    tmp_path: Path,
) -> None:
    source = ProjectService.create(tmp_path / "n.raci", "Names")
    try:
        lead = source.add_role("Site Lead", "SL")
        base = source.add_phase("Base")
        names = ["1. Scope", "TBD", "Phase 3: sign-off", "review the budget"]
        ids = [source.add_activity(n, base) for n in names]
        source.set_cells({(ids[0], lead): "A/R"})
        export_xlsx(source.state(), tmp_path / "n.xlsx")
    finally:
        source.close()
    plan = read_workbook(tmp_path / "n.xlsx")
    assert [(a.name, a.phase) for a in plan.activities] == [(n, "Base") for n in names]


def test_outline_numbers_tell_phases_from_activities_without_letters(tmp_path: Path) -> None:
    rows = [["ID", "Task", "Sponsor", "PM", "Dev"],
            ["1", "Initiation"], ["1.1", "Charter", "A", "R", "I"],
            ["1.2", "Kickoff", "I", "A", "R"],
            ["2", "Execution"], ["2.1", "Build", "I", "A", "R"], ["2.2", "Write docs"],
            ["2.3", "Test", "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Charter", "Initiation"), ("Kickoff", "Initiation"), ("Build", "Execution"),
        ("Write docs", "Execution"), ("Test", "Execution")]


@pytest.mark.parametrize("mark", ["↳ ", "└ ", "→ ", "↳", "-> ", "--> "])
def test_sub_items_marked_with_an_arrow_under_their_parent_lose_the_mark(
        tmp_path: Path, mark: str) -> None:
    rows = [["No", "Task", "Head", "Cook", "Driver"],
            ["1", "Plan the route", "A", "C", "R"],
            ["1.1", f"{mark}Book the van", "I", "A", "R"],
            ["1.2", f"{mark}Load the crates", None, "R,C", "A"],
            ["2", "Deliver", "I", "A/R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Plan the route": {"Head": "A", "Cook": "C", "Driver": "R"},
        "Book the van": {"Head": "I", "Cook": "A", "Driver": "R"},
        "Load the crates": {"Cook": "CR", "Driver": "A"},
        "Deliver": {"Head": "I", "Cook": "AR", "Driver": "C"}}


@pytest.mark.parametrize("mark", ["◆ ", "■ ", "▶ ", "♦ "])
def test_a_row_marked_with_a_shape_bullet_loses_the_mark(tmp_path: Path, mark: str) -> None:
    """A milestone row set apart by a shape in front of its name ('◆ Gate 1: sign-off',
    with no number of its own) is the activity without the shape."""
    rows = [["No", "Task", "Head", "Cook", "Driver"],
            ["1.1", "Plan the route", "A", "C", "R"],
            [None, f"{mark}Gate 1: route signed off", "A", "I", "R"],
            ["2.1", "Deliver", "I", "A/R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [
        "Plan the route", "Gate 1: route signed off", "Deliver"]


@pytest.mark.parametrize(("middle", "last"), [("├ ", "└ "), ("├─ ", "└── "), ("├──", "└─"),
                                              ("-> ", "-> "), ("--> ", "--> ")])
def test_sub_items_drawn_as_a_tree_or_with_a_typed_arrow_lose_the_whole_mark(
        tmp_path: Path, middle: str, last: str) -> None:
    """A tree drawn with box lines ('├─ Hire the hall', '└── Print the tickets') or an
    arrow typed with a hyphen ('-> Hire the hall') marks a sub-item as '↳ ' does: the
    whole mark goes, not its first stroke; an arrow inside a name stays."""
    rows = [["Task", "Chair", "Treasurer", "Helper"],
            ["Plan the fair → book it", "A", "C", "R"],
            [f"{middle}Hire the hall", "I", "A", "R"],
            [f"{last}Print the tickets", None, "R", "A"],
            ["Run the fair", "A", "I", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [
        "Plan the fair → book it", "Hire the hall", "Print the tickets", "Run the fair"]


def test_project_title_label_row_gives_the_title(tmp_path: Path) -> None:
    rows = [["RACI CHART TEMPLATE"], ["PROJECT TITLE:", None, "Apollo"],
            ["PROJECT MANAGER:", None, "Dana"], [],
            ["TASK / DELIVERABLE", None, "Sponsor", "Developer"],
            ["Charter", None, "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.title == "Apollo"
    assert [r.name for r in plan.roles] == ["Sponsor", "Developer"]


def test_one_column_per_letter_with_role_names_in_cells(tmp_path: Path) -> None:
    rows = [["Task", "Responsible", "Accountable", "Consulted", "Informed"],
            ["Write spec", "Dev Lead", "Product Manager", "QA Lead, UX Designer", "Sponsor"],
            ["Ship release", "Dev Lead / QA Lead", "Product Manager", None, "Sponsor"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == [
        "Dev Lead", "Product Manager", "QA Lead", "UX Designer", "Sponsor"]
    assert grid(plan)["Ship release"] == {"Dev Lead": "R", "QA Lead": "R",
                                          "Product Manager": "A", "Sponsor": "I"}
    assert "one column per letter" in said(plan)


def test_the_other_layouts_take_names_not_numbers_for_the_activities(tmp_path: Path) -> None:
    ticks = [["No.", "Task", "Lab Manager", None, None, None, "Safety Officer", None, None,
              None],
             [None, None, "R", "A", "C", "I", "R", "A", "C", "I"],
             [1, "Check the fume hoods", None, "x", None, None, "x", None, None, None],
             [2, "Restock the spill kits", "x", "x", None, None, None, None, None, "x"]]
    plan = read_workbook(write(tmp_path, ticks, name="ticks.xlsx"))
    assert grid(plan) == {"Check the fume hoods": {"Lab Manager": "A", "Safety Officer": "R"},
                          "Restock the spill kits": {"Lab Manager": "AR",
                                                     "Safety Officer": "I"}}
    register = [["Ref", "Activity", "Responsible", "Accountable", "Consulted", "Informed"],
                ["G-01", "Approve the policy", "CISO", "Board", "Legal & Compliance, Audit",
                 "All Staff"],
                ["G-02", "Train the staff", "HR", "CISO", "Health & Safety", None]]
    plan = read_workbook(write(tmp_path, register, name="register.xlsx"))
    assert [a.name for a in plan.activities] == ["Approve the policy", "Train the staff"]
    assert [r.name for r in plan.roles] == ["CISO", "Board", "Legal & Compliance", "Audit",
                                            "All Staff", "HR", "Health & Safety"]


def test_a_letter_with_a_remark_after_a_dash_is_that_letter(tmp_path: Path) -> None:
    rows = [["Task", "Director", "Finance", "Programs"],
            ["Write the budget", "A", "R", "C - program sections only"],
            ["Review the draft", "A", "C: budget only", "R"],
            ["Submit it", "A/R", "I", None]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Write the budget"]["Programs"] == "C"
    assert grid(plan)["Review the draft"]["Finance"] == "C"
    assert [r.name for r in plan.roles] == ["Director", "Finance", "Programs"]


def test_long_document_numbers_beside_the_names_are_references(tmp_path: Path) -> None:
    rows = [["Doc No.", "Deliverable", "Stage", "CLIENT", None, "DESIGN", None],
            [None, None, None, "Sponsor", "Asset Owner", "Lead Engineer", "Designer"],
            ["GENERAL"],
            ["BRG-ARP-GEN-RP-0001", "Execution plan", "Stage 4", "I", "C", "A", "R"],
            ["BRG-ARP-GEN-RP-0002", "Risk register", "Stage 4", "I", "I", "A", "R"],
            ["STRUCTURES"],
            ["BRG-ARP-STR-DR-0101", "General arrangement drawings", "Stage 5", "C", "I", "A",
             "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["D1:E1", "F1:G1"], bold=["A3", "A6"]))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Execution plan", "GENERAL"), ("Risk register", "GENERAL"),
        ("General arrangement drawings", "STRUCTURES")]
    assert [r.name for r in plan.roles] == ["Sponsor", "Asset Owner", "Lead Engineer",
                                            "Designer"]


def test_tables_side_by_side_with_the_same_roles_are_one_list(tmp_path: Path) -> None:
    rows = [["Rollout"], [],
            ["BEFORE GO-LIVE", None, None, None, None, "AFTER GO-LIVE"],
            ["Activity", "Sponsor", "PM", "Admin", None, "Activity", "Sponsor", "PM", "Admin"],
            ["Approve the case", "A/R", "C", None, None, "Add users", None, None, "A/R"],
            ["Configure it", None, "A", "R", None, "Review releases", None, "A", "R"],
            ["Train the users", "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A3:D3", "F3:I3"]))
    assert [r.name for r in plan.roles] == ["Sponsor", "PM", "Admin"]
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Approve the case", "BEFORE GO-LIVE"), ("Configure it", "BEFORE GO-LIVE"),
        ("Train the users", "BEFORE GO-LIVE"), ("Add users", "AFTER GO-LIVE"),
        ("Review releases", "AFTER GO-LIVE")]
    assert grid(plan)["Review releases"] == {"PM": "A", "Admin": "R"}
    assert plan.title == "Rollout"
    assert "read 2 tables side by side with the same headings (A-D, F-I)" in said(plan)
    assert plan.skipped == []


def stacked_blocks(other_names: bool = False) -> list[list[Any]]:
    """A grid printed as two blocks one under the other, roles 1-3 then roles 4-5, each
    under its own 'No. | Task' head; other_names: the second block lists other tasks."""
    tasks = ["Hire the hall", "Book the band", "Sell tickets"]
    later = ["Sweep the floor", "Pay the band", "Count the takings"] if other_names else tasks
    return [["Spring dance"], ["Part 1 (roles 1-3)"],
            ["No.", "Task", "Chair", "Treasurer", "Secretary", "Due"],
            [1, tasks[0], "A", "C", "R", "2026-03-01"],
            [2, tasks[1], "R", "A", None, "2026-03-08"],
            [3, tasks[2], None, "A/R", "I", "2026-03-15"],
            [], [], ["Part 2 (roles 4-5), continued"],
            ["No.", "Task", "Caretaker", "Volunteers"],
            [1, later[0], "C", None], [2, later[1], None, "I"], [3, later[2], "I", "R"]]


def test_a_second_block_under_the_grid_with_more_roles_for_the_same_tasks_joins_it(
        tmp_path: Path) -> None:
    plan = read_workbook(write(tmp_path, stacked_blocks()))
    assert [r.name for r in plan.roles] == ["Chair", "Treasurer", "Secretary", "Caretaker",
                                            "Volunteers"]
    assert grid(plan) == {
        "Hire the hall": {"Chair": "A", "Treasurer": "C", "Secretary": "R", "Caretaker": "C"},
        "Book the band": {"Chair": "R", "Treasurer": "A", "Volunteers": "I"},
        "Sell tickets": {"Treasurer": "AR", "Secretary": "I", "Caretaker": "I",
                         "Volunteers": "R"}}
    assert "more roles for the same 3 activities" in said(plan)


def test_a_second_block_with_other_tasks_is_no_more_roles(tmp_path: Path) -> None:
    """Stacked blocks joined as one grid only where they list the same tasks in order."""
    plan = read_workbook(write(tmp_path, stacked_blocks(other_names=True)))
    assert "more roles" not in said(plan)
    assert [r.name for r in plan.roles][:3] == ["Chair", "Treasurer", "Secretary"]


def test_a_second_block_without_the_numbering_column_joins_the_grid(tmp_path: Path) -> None:
    """The second block under the same 'Task' head with its 'No.' column left out."""
    rows = stacked_blocks()
    for row in rows[9:]:
        row[0] = None
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Chair", "Treasurer", "Secretary", "Caretaker",
                                            "Volunteers"]
    assert grid(plan)["Sell tickets"] == {"Treasurer": "AR", "Secretary": "I",
                                          "Caretaker": "I", "Volunteers": "R"}


def test_a_block_of_role_columns_per_letter_ticked_is_read_as_letters(
        tmp_path: Path) -> None:
    """Letter by letter: a head per letter ('R - Does it', 'A - Answers for it' ...) over
    the same role names each time, a tick in a role's column of a block gives that letter."""
    roles = ["Warden", "Nurse", "Builder"]
    rows = [["Clinic extension"], [],
            ["No.", "Task", "R - Does it", None, None, "A - Answers for it", None, None,
             "C - Asked", None, None, "I - Told", None, None],
            [None, None, *roles, *roles, *roles, *roles],
            [1, "Clear the site", None, None, "✓", "✓", None, None, None, "✓", None,
             None, None, None],
            [2, "Lay the floor", None, "✓", "✓", None, "✓", None, "✓", None, None,
             None, None, None],
            [3, "Paint the ward", None, None, "✓", None, None, "✓", None, None, None,
             "✓", "✓", None]]
    path = write(tmp_path, rows, merges=["C3:E3", "F3:H3", "I3:K3", "L3:N3", "A3:A4",
                                         "B3:B4"])
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == roles
    assert grid(plan) == {"Clear the site": {"Warden": "A", "Nurse": "C", "Builder": "R"},
                          "Lay the floor": {"Warden": "C", "Nurse": "AR", "Builder": "R"},
                          "Paint the ward": {"Warden": "I", "Nurse": "I", "Builder": "AR"}}


def test_letter_blocks_with_no_activity_column_say_where_to_put_the_names(
        tmp_path: Path) -> None:
    rows = [["R", None, "A", None, "C", None], ["Head", "Clerk", "Head", "Clerk", "Head", "Clerk"],
            ["x", None, None, "x", None, None], [None, "x", "x", None, "x", None]]
    with pytest.raises(RaciError, match=r"no activity column to their left; put the "
                                        r"activity names in the column before"):
        read_workbook(write(tmp_path, rows))


def test_group_heads_that_open_on_a_letter_over_other_roles_are_no_letter_blocks(
        tmp_path: Path) -> None:
    """Group heads that happen to open on a letter ('A - Admin', 'C - Crew', 'R - Rescue')
    over groups of other roles, with letters in the cells, read as an ordinary grid."""
    rows = [["Task", "A - Admin", None, "C - Crew", None, "R - Rescue", None],
            [None, "Clerk", "Head", "Cook", "Driver", "Medic", "Pilot"],
            ["Plan the drill", "A", "R", "C", None, "I", None],
            ["Run the drill", "I", "A", "R", "R", "C", "C"]]
    plan = read_workbook(write(tmp_path, rows, merges=["B1:C1", "D1:E1", "F1:G1"]))
    assert [r.name for r in plan.roles] == ["Clerk", "Head", "Cook", "Driver", "Medic",
                                            "Pilot"]
    assert grid(plan)["Plan the drill"] == {"Clerk": "A", "Head": "R", "Cook": "C",
                                            "Medic": "I"}


def test_stage_heads_that_open_on_a_letter_over_the_same_roles_with_letters_are_no_blocks(
        tmp_path: Path) -> None:
    """Stages named by a letter ('A - Analyse', 'D - Design', 'R - Release') over the same
    roles each time, with letters typed in the cells: a grid of letters per stage, not a
    block of ticks per letter."""
    roles = ["PM", "Dev", "QA"]
    rows = [["Task", "A - Analyse", None, None, "D - Design", None, None, "R - Release",
             None, None],
            [None, *roles, *roles, *roles],
            ["Kick-off", "A", "R", "C", "A", "C", "I", "A", "I", "R"],
            ["Review", "R", "C", "I", "I", "A", "R", "C", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert "block of role columns per letter" not in said(plan)
    assert "ADR" not in "".join(grid(plan)["Kick-off"].values())


def test_letter_blocks_under_merged_letter_word_heads_ticked_with_x(tmp_path: Path) -> None:
    """The letter-by-letter grid with each head a letter word merged over its block
    ('Informed' over two columns, then 'Consulted' ...) in any order, ticked with 'x'."""
    rows = [["Activity", "Informed", None, "Consulted", None, "Accountable", None,
             "Responsible", None],
            [None, "Head", "Clerk", "Head", "Clerk", "Head", "Clerk", "Head", "Clerk"],
            ["Plan", None, "x", None, None, "x", None, None, "x"],
            ["Build", "x", None, None, "x", None, "x", "x", "x"]]
    plan = read_workbook(write(tmp_path, rows, merges=["B1:C1", "D1:E1", "F1:G1", "H1:I1"]))
    assert [r.name for r in plan.roles] == ["Head", "Clerk"]
    assert grid(plan) == {"Plan": {"Head": "A", "Clerk": "IR"},
                          "Build": {"Head": "IR", "Clerk": "ACR"}}


COLOURS = {"R": "2E8B57", "A": "B22222", "C": "DAA520", "I": "4682B4"}


def coloured_grid(tmp_path: Path, cells: dict[str, str], *, letters: bool = False,
                  key: bool = True, label_left: bool = False) -> Path:
    """A grid whose cells are filled in their letter's colour (two letters as a gradient
    of both colours), with a key of swatches above it; letters: the letters typed in too."""
    rows: list[list[Any]] = [["Village well"], ["Colours:"], [],
                             ["No.", "Task", "Chief", "Clerk", "Digger"],
                             [1, "Choose the site"], [2, "Dig the shaft"],
                             [3, "Line the walls"], [4, "Test the water"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    if key:
        for k, (letter, word) in enumerate([("R", "Digs"), ("A", "Answers"),
                                            ("C", "Asked"), ("I", "Told")]):
            swatch, label = (3 + 2 * k, 2 + 2 * k) if label_left else (2 + 2 * k, 3 + 2 * k)
            ws.cell(2, swatch).fill = PatternFill("solid", fgColor=COLOURS[letter])
            ws.cell(2, label, f"{letter} = {word}" if label_left else f"{word} ({letter})")
    for ref, value in cells.items():
        if len(value) == 2:
            ws[ref].fill = GradientFill(stop=[COLOURS[value[0]], COLOURS[value[1]]])
        else:
            ws[ref].fill = PatternFill("solid", fgColor=COLOURS[value])
        if letters:
            ws[ref] = "/".join(value)
    wb.save(path)
    return path


COLOURED = {"C5": "A", "D5": "R", "E5": "C", "C6": "I", "D6": "AR", "E6": "R",
            "C7": "A", "E7": "R", "D8": "A", "E8": "R", "C8": "C"}


@pytest.mark.parametrize("label_left", [False, True])
def test_a_grid_of_fill_colours_with_a_colour_key_reads_the_colours_as_letters(
        tmp_path: Path, label_left: bool) -> None:
    """The key's swatches each beside a label naming its letter ('Digs (R)' after it, or
    'R = Digs' before it); the grid's cells hold no text."""
    plan = read_workbook(coloured_grid(tmp_path, COLOURED, label_left=label_left))
    assert grid(plan) == {
        "Choose the site": {"Chief": "A", "Clerk": "R", "Digger": "C"},
        "Dig the shaft": {"Chief": "I", "Clerk": "AR", "Digger": "R"},
        "Line the walls": {"Chief": "A", "Digger": "R"},
        "Test the water": {"Chief": "C", "Clerk": "A", "Digger": "R"}}
    assert "11 cells without text read by their fill colour" in said(plan)
    assert plan.skipped == []  # the key is read, not left out


def test_a_grid_of_letters_with_some_coloured_cells_reads_its_letters(
        tmp_path: Path) -> None:
    """Colours are read only where no letters are: a grid whose letters are typed reads
    them, its colours (and their key) change nothing; and without a key, colours alone
    make no grid."""
    path = coloured_grid(tmp_path, COLOURED, letters=True)
    wb = load_workbook(path)
    wb.active["E8"] = "I"  # type: ignore[index]  # a typed I in a cell coloured as R
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Test the water"] == {"Chief": "C", "Clerk": "A", "Digger": "I"}
    assert not any("fill colour" in n for n in plan.notes)
    with pytest.raises(RaciError):
        read_workbook(coloured_grid(tmp_path, COLOURED, key=False))


def test_a_grid_of_fill_colours_under_job_titles_reads_the_colours(tmp_path: Path) -> None:
    """Job titles over the colours read as a grid with no letters yet until its colours
    are read: the colours are its letters all the same."""
    path = coloured_grid(tmp_path, COLOURED)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for ref, title in {"C4": "Project Manager", "D4": "Finance Lead", "E4": "IT Manager"}.items():
        ws[ref] = title
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Dig the shaft"] == {"Project Manager": "I", "Finance Lead": "AR",
                                           "IT Manager": "R"}
    assert "11 cells without text read by their fill colour" in said(plan)


def test_an_absence_calendar_with_a_key_of_letters_is_no_grid_of_colours(
        tmp_path: Path) -> None:
    """People down the side, days across, each absence a colour, a key 'A = Annual leave',
    'S = Sick', 'R = Remote', 'O = Off': the key's labels would be the grid's activities,
    so the colours are no letters."""
    rows = [["Team calendar"], [None, None, "A = Annual leave", None, "S = Sick", None,
                                "R = Remote", None, "O = Off"], [],
            ["Name", *[datetime(2026, 3, d) for d in range(2, 9)]], ["Ann"], ["Bob"], ["Cy"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for ref, letter in {"B2": "R", "D2": "A", "F2": "C", "H2": "I", "B5": "R", "C5": "R",
                        "D6": "A", "E6": "C", "F7": "I", "G7": "C", "H5": "R"}.items():
        ws[ref].fill = PatternFill("solid", fgColor=COLOURS[letter])
    wb.save(path)
    try:
        plan = read_workbook(path)
    except RaciError:
        return
    assert not any("fill colour" in n for n in plan.notes)


def test_a_status_key_of_colours_is_no_letter_key(tmp_path: Path) -> None:
    """A tracker whose cells are filled red, amber or green for their status, with a key
    'R - Off track', 'A - At risk', 'G - On track': G is no letter of any scheme, so the key
    is a status key and the colours are no letters."""
    rows = [["Status report"], [None, None, "R - Off track", None, "A - At risk", None,
                                "G - On track"], [],
            ["Task", "Owner", "Q1", "Q2", "Q3", "Q4"],
            ["Build site", "Ann"], ["Hire staff", "Bob"], ["Launch", "Cy"], ["Review", "Di"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    rag = {"B2": "FF0000", "D2": "FFC000", "F2": "00B050", "C5": "00B050", "D5": "FFC000",
           "E5": "FF0000", "C6": "00B050", "D6": "00B050", "E6": "FFC000", "C7": "FF0000",
           "D7": "FFC000", "F8": "00B050"}
    for ref, colour in rag.items():
        ws[ref].fill = PatternFill("solid", fgColor=colour)
    wb.save(path)
    with pytest.raises(RaciError):
        read_workbook(path)


def test_a_colour_key_down_a_role_column_below_the_grid_leaves_that_column_read(
        tmp_path: Path) -> None:
    """The key's swatches down column B under the grid, each with its label beside it: the
    role in column B keeps its coloured cells."""
    rows = [["Task", "Chief", "Clerk", "Digger"],
            ["Choose the site"], ["Dig the shaft"], ["Line the walls"], [],
            [None, None, "Does it (R)"], [None, None, "Answers (A)"], [None, None, "Asked (C)"],
            [None, None, "Told (I)"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    cells = {"B6": "R", "B7": "A", "B8": "C", "B9": "I", "B2": "A", "C2": "R", "D2": "C",
             "B3": "I", "D3": "R", "B4": "A", "D4": "R"}
    for ref, letter in cells.items():
        ws[ref].fill = PatternFill("solid", fgColor=COLOURS[letter])
    ws["C3"].fill = GradientFill(stop=[COLOURS["A"], COLOURS["R"]])
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan) == {"Choose the site": {"Chief": "A", "Clerk": "R", "Digger": "C"},
                          "Dig the shaft": {"Chief": "I", "Clerk": "AR", "Digger": "R"},
                          "Line the walls": {"Chief": "A", "Digger": "R"}}
    assert "colour key in column B" in said(plan)


def test_a_colour_key_down_a_column_beside_the_grid_is_not_left_out(tmp_path: Path) -> None:
    rows = [["Task", "Chief", "Clerk", "Digger", None, None, "Key"],
            ["Choose the site", None, None, None, None, None, "Does it (R)"],
            ["Dig the shaft", None, None, None, None, None, "Answers (A)"],
            ["Line the walls", None, None, None, None, None, "Asked (C)"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    cells = {"F2": "R", "F3": "A", "F4": "C", "B2": "A", "C2": "R", "D2": "C", "B3": "C",
             "D3": "R", "B4": "A", "D4": "R"}
    for ref, letter in cells.items():
        ws[ref].fill = PatternFill("solid", fgColor=COLOURS[letter])
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Dig the shaft"] == {"Chief": "C", "Digger": "R"}
    assert plan.skipped == []


def test_letters_with_the_time_they_take_are_those_letters(tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Analyst", "DBA"], ["Map the fields", "A 1h", "R 16h", "C 2h"],
            ["Load the data", "A/R 0.5h", "C 4h", "R 2 days"], ["Check it", "A", "R 20%", None]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Map the fields": {"Lead": "A", "Analyst": "R", "DBA": "C"},
                          "Load the data": {"Lead": "AR", "Analyst": "C", "DBA": "R"},
                          "Check it": {"Lead": "A", "Analyst": "R"}}
    assert plan.activities[1].notes[0] == "0.5h"


def test_lettered_items_with_a_number_are_no_letters_with_a_time(tmp_path: Path) -> None:
    # 'A 1', 'B 2' down the activity column, 'R 1', 'C 2' down a reference column: items
    # numbered, not letters with the time they take (a time has its unit: 'R 4h')
    rows = [["Item", "PM", "Dev", "QA"], ["A 1", "A", "R", "C"], ["B 2", "R", "A", "I"],
            ["C 3", "A", "R", "I"], ["D 4", "I", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed and [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert grid(plan)["B 2"] == {"PM": "R", "Dev": "A", "QA": "I"}
    rows = [["Ref", "Activity", "PM", "Dev"], ["R 1", "Requirements", "A", "R"],
            ["R 2", "Review them", "A", "C"], ["C 1", "Code", "I", "R"],
            ["C 2", "Code review", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows, name="ref.xlsx"))
    assert not plan.transposed and [r.name for r in plan.roles] == ["PM", "Dev"]
    assert [a.name for a in plan.activities] == [
        "Requirements", "Review them", "Code", "Code review"]


def test_a_templates_example_row_is_not_an_activity(tmp_path: Path) -> None:
    rows = [["Task", "Bride", "Planner"], ["Example: Write the plan", "R", "A"],
            ["Book the venue", "A", "R"], ["Choose the menu", "A/R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Book the venue", "Choose the menu"]
    assert "row 2: 'Example: Write the plan' is the template's example row; skipped" in \
        said(plan)


def test_activities_named_like_an_example_row_are_kept(tmp_path: Path) -> None:
    # several 'Sample: ...' rows are a lab's activities, and one 'Example: ...' row under
    # real activities is no template's example row, which stands above them
    rows = [["Activity", "Lab lead", "Technician"], ["Sample: collect soil", "A", "R"],
            ["Sample: dry and weigh", "A", "R"], ["Report", "R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [
        "Sample: collect soil", "Sample: dry and weigh", "Report"]
    rows = [["Task", "PM", "Dev"], ["Write the docs", "A", "R"],
            ["Example: build the demo app", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows, name="demo.xlsx"))
    assert [a.name for a in plan.activities] == ["Write the docs",
                                                 "Example: build the demo app"]


def test_a_legend_of_two_entries_to_a_row_is_no_activity(tmp_path: Path) -> None:
    # 'R | Responsible | A | Accountable': the letters after the first entry are a
    # second entry, not the row's own letters ('C | Consult users | A | R')
    rows = [["Task", "PM", "Dev", "QA"], ["Plan", "A", "R", "C"], ["Build", "I", "A", "R"],
            ["Test", "C", "I", "A"], [], ["Legend"], ["R", "Responsible", "A", "Accountable"],
            ["C", "Consulted", "I", "Informed"], ["D", "Driver", "S", "Support"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Plan", "Build", "Test"]
    assert plan.scheme == "RACI"


def test_items_lettered_in_order_are_numbering_not_letters(tmp_path: Path) -> None:
    rows = [["ID", "Task", "PM", "Dev", "QA"], ["A", "Plan the work", "A", "R", "C"],
            ["B", "Build it", "I", "A", "R"], ["C", "Consult users", "A", "R", "C"],
            ["D", "Deploy", "A", "R", "I"], ["E", "Evaluate", "A", "C", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert [a.name for a in plan.activities] == ["Plan the work", "Build it", "Consult users",
                                                 "Deploy", "Evaluate"]
    assert grid(plan)["Consult users"] == {"PM": "A", "Dev": "R", "QA": "C"}


@pytest.mark.parametrize(("head", "names"), [
    ("Task", ["Kickoff2", "Sprint1", "Sprint2"]),
    ("Task ID", ["Delivery kick-off", "First sprint", "Second sprint"])])
def test_a_column_headed_for_the_activities_is_no_numbering(
        tmp_path: Path, head: str, names: list[str]) -> None:
    rows = [[head, "Name", "PM", "Dev"], ["Kickoff2", "Delivery kick-off", "A", "R"],
            ["Sprint1", "First sprint", "I", "A"], ["Sprint2", "Second sprint", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == names


def test_references_under_a_task_heading_stay_references(tmp_path: Path) -> None:
    # 'T1', 'T2' under 'Task' hold no word: numbering; the names are beside them
    rows = [["Task", "Description", "PM", "Dev"], ["T1", "Write the charter", "A", "R"],
            ["T2", "Collect requirements", "A", "R"], ["T3", "Build a prototype", "I", "R"],
            ["T4", "Test it", "A", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [
        "Write the charter", "Collect requirements", "Build a prototype", "Test it"]


def test_role_names_written_over_two_rows_are_one_name(tmp_path: Path) -> None:
    rows = [["Step", "Activity", "Procurement", "Category", None, "Accounts"],
            [None, None, "Manager", "Lead", "Legal", "Payable"],
            [1, "Raise the request", "A", None, "C", "I"],
            [2, "Check the supplier", "A", "R", "C", None],
            [3, "Set up the payee", "I", None, None, "A/R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Procurement Manager", "Category Lead", "Legal",
                                            "Accounts Payable"]
    assert grid(plan)["Set up the payee"] == {"Procurement Manager": "I",
                                              "Accounts Payable": "AR"}
    assert "row 1 and row 2: each role's name written over the two rows" in said(plan)
    assert plan.skipped == []


@pytest.mark.parametrize(("above", "names"), [
    (["Business", "Business", "Technology", "Technology"],
     ["Sponsor", "Analyst", "Developer", "Tester"]),
    (["Ana Lopez", "Ben Ode", "Cy Tan", "Di Hart"], ["Ana Lopez", "Ben Ode", "Cy Tan", "Di Hart"])])
def test_a_group_row_or_names_over_the_roles_are_not_half_a_title(
        tmp_path: Path, above: list[str], names: list[str]) -> None:
    rows = [["Task", *above], [None, "Sponsor", "Analyst", "Developer", "Tester"],
            ["Plan", "A", "R", "C", None], ["Build", "I", "A", "R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == names  # never "Business Sponsor", "Ana Lopez Sponsor"
    assert not any("written over the two rows" in n for n in plan.notes)


def test_full_width_letters_are_the_letters(tmp_path: Path) -> None:
    rows = [["作業", "経理部", "情報システム部"], ["要件定義", "Ｒ", "Ａ"],
            ["設計", "Ａ／Ｒ", "Ｃ"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"要件定義": {"経理部": "R", "情報システム部": "A"},
                          "設計": {"経理部": "AR", "情報システム部": "C"}}


def test_circled_letters_are_the_letters(tmp_path: Path) -> None:
    """Letters typed from a symbol table as circled capitals ('Ⓡ', two run together as
    'ⒶⓇ') read as the plain letters."""
    rows = [["Step", "Warden", "Porter", "Cook"], ["Stock the shelves", "Ⓐ", "Ⓡ", "Ⓘ"],
            ["Paint the shed", "ⒶⓇ", "Ⓒ", None], ["Order coal", "Ⓒ", "ⒶⓇ", "Ⓡ"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Stock the shelves": {"Warden": "A", "Porter": "R", "Cook": "I"},
                          "Paint the shed": {"Warden": "AR", "Porter": "C"},
                          "Order coal": {"Warden": "C", "Porter": "AR", "Cook": "R"}}


@pytest.mark.parametrize("word", ["i", "a", "e"])
def test_two_capital_letters_joined_by_a_one_letter_and_are_both_letters(
        tmp_path: Path, word: str) -> None:
    """'A i R' (Bosnian, Croatian, Polish 'and'), 'A a R' (Czech, Slovak), 'A e R'
    (Italian, Portuguese): the small letter between capitals is the word, not an I; set
    apart otherwise ('A/i', 'i' alone) a small 'i' is still Informed."""
    rows = [["Zadatak", "Tajnik", "Blagajnik", "Odbor"],
            ["Sazvati sastanak", f"A {word} R", "C", "I"],
            ["Platiti racune", "C", f"R {word} A", "A/i"],
            ["Arhivirati zapisnik", "R", "i", "A"],
            ["Odobriti proracun", f"R, A {word} C", "C", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Sazvati sastanak": {"Tajnik": "AR", "Blagajnik": "C", "Odbor": "I"},
        "Platiti racune": {"Tajnik": "C", "Blagajnik": "AR", "Odbor": "AI"},
        "Arhivirati zapisnik": {"Tajnik": "R", "Blagajnik": "I", "Odbor": "A"},
        "Odobriti proracun": {"Tajnik": "ACR", "Blagajnik": "C", "Odbor": "I"}}


def test_summary_rows_of_a_project_export_head_the_rows_numbered_under_them(
        tmp_path: Path) -> None:
    rows = [["ID", "WBS", "Name", "Duration", "Start", "Sponsor", "PM", "Dev"],
            [1, "1", "Preparation", "12 days", "2025-09-01"],
            [2, "1.1", "Write the runbook", "5 days", "2025-09-01", "A", "R", "C"],
            [3, "1.2", "Rehearse the cutover", "7 days", "2025-09-08", "I", "A", "R"],
            [4, "2", "Cutover", "3 days", "2025-09-20"],
            [5, "2.1", "Load the data", "2 days", "2025-09-20", "I", "A", "R"],
            [6, "2.2", "Sign off", "1 day", "2025-09-22", "A", "R", None],
            [7, "3", "Wait for the auditors", "5 days", "2025-09-23"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Write the runbook", "Preparation"), ("Rehearse the cutover", "Preparation"),
        ("Load the data", "Cutover"), ("Sign off", "Cutover"),
        ("Wait for the auditors", "Cutover")]  # no rows under it: an activity, no letters yet
    assert "WBS: 1.1" in plan.activities[0].description


def test_ticked_letter_sub_columns_under_each_role(tmp_path: Path) -> None:
    rows = [["Task", "Project Manager", None, None, None, "Developer", None, None, None],
            [None, "R", "A", "C", "I", "R", "A", "C", "I"],
            ["Write spec", None, "x", None, None, "x", None, None, None],
            ["Build", None, "✓", None, "✓", "✓", None, None, None]]
    plan = read_workbook(write(tmp_path, rows, merges=["B1:E1", "F1:I1"]))
    assert [r.name for r in plan.roles] == ["Project Manager", "Developer"]
    assert grid(plan) == {"Write spec": {"Project Manager": "A", "Developer": "R"},
                          "Build": {"Project Manager": "AI", "Developer": "R"}}
    assert plan.scheme == "RACI"


def test_corrections_header_row_phase_column_and_people_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["Area", "Task", "Ops Team", "Dana Reyes"],
            ["North", "Inspect", "A", "R"],
            ["North", "Repair", "A", "R"],
            ["South", "Paint", "R", "A"],
            ["South", "Seal", "R", "A"]]
    path = write(tmp_path, rows)
    guessed = read_workbook(path)
    assert guessed.activities[0].phase == "North"
    fixed = read_workbook(path, options=ReadOptions(phase_column="", people_columns=("D",)))
    assert [a.phase for a in fixed.activities] == ["", "", "", ""]
    assert fixed.activities[0].description == "Area: North"
    assert [r.people for r in fixed.roles] == [[], ["Dana Reyes"]]
    elsewhere = read_workbook(path, options=ReadOptions(people_columns=("B",)))
    assert ("people columns B: no role column there; ignored (the role columns are C, D)"
            in elsewhere.notes)
    with pytest.raises(RaciError, match="row 2 does not head any column of letters"):
        read_workbook(path, options=ReadOptions(header_row=2))
    assert main(["import", str(path), str(tmp_path / "c.raci"), "--phase-column", "",
                 "--people-columns", "D"]) == 0
    assert "1 person" in capsys.readouterr().out


def test_twenty_people_as_columns_with_n_for_none(tmp_path: Path) -> None:
    people = ["Alice", "Bruno", "Chen", "Daria", "Emil", "Farah", "Gustav", "Hana", "Ivan",
              "Julia", "Kemal", "Lucia", "Mateo", "Nora", "Omar", "Paula", "Quentin", "Rosa",
              "Sven", "Tessa"]
    rows: list[list[Any]] = [["Task", *people]]
    for i in range(6):
        rows.append([f"Step {i + 1}"] + [("R", "A", "N", "C", "I", None)[(i + j) % 6]
                                         for j in range(20)])
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == people
    assert all(r.people == [r.name] for r in plan.roles)
    assert [a.phase for a in plan.activities] == [""] * 6
    assert grid(plan)["Step 1"]["Alice"] == "R"
    assert grid(plan)["Step 2"]["Alice"] == "A"
    assert "Alice" not in grid(plan)["Step 3"]  # N: nobody


def test_job_words_in_activity_names_do_not_turn_the_grid(tmp_path: Path) -> None:
    rows = [["Task", "Ops", "Eng", "Biz"],
            ["Design review with the team", "A", "R", "C"],
            ["Support handover to operations", "A", "R", "I"],
            ["Marketing launch meeting", "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Ops", "Eng", "Biz"]


def test_a_wide_row_of_letters_is_not_a_sub_header(tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Crew", "Chief", "Aide", "Clerk", "Guard"],
            ["Plan", "A", "R", "C", "I", "A", "R"],
            ["Build", "R", "A", "C", "I", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew", "Chief", "Aide", "Clerk", "Guard"]
    assert len(plan.activities) == 2


def test_repeated_role_headings_get_distinct_names(tmp_path: Path) -> None:
    rows = [["Task", "Developer", "Developer", "QA"], ["Build", "A", "R", "C"]]
    out = tmp_path / "dup.raci"
    plan = import_workbook(write(tmp_path, rows), out)
    assert [r.name for r in plan.roles] == ["Developer", "Developer 2", "QA"]
    assert "column C repeats the heading 'Developer'; imported as 'Developer 2'" in said(plan)
    assert out.exists()


def test_letters_in_the_second_column_of_a_merged_heading(tmp_path: Path) -> None:
    rows = [["Task", "Owner Team", None, "Build Team", None],
            ["Plan", None, "A", None, "R"],
            ["Ship", None, "A", None, "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["B1:C1", "D1:E1"]))
    assert [(r.name, r.column) for r in plan.roles] == [("Owner Team", "C"), ("Build Team", "E")]
    assert grid(plan)["Ship"] == {"Owner Team": "A", "Build Team": "R"}


def test_numbers_in_activity_names_are_kept(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev"], ["123", "A", "R"], ["2019 budget", "A", "R"],
            ["3.5", "A", "R"], ["1. Scope", "A", "R"], ["b) Launch", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["123", "2019 budget", "3.5", "Scope",
                                                  "Launch"]


@pytest.mark.parametrize(("options", "message"), [
    ({"header_row": 0}, "header row must be 1 or more"),
    ({"phase_column": "1"}, "not a column letter"),
    ({"phase_column": "ZZZ"}, "outside the table"),
])
def test_corrections_outside_the_sheet_are_clear_errors(tmp_path: Path, options: dict,
                                                         message: str) -> None:
    from raci.excel.plan import ReadOptions

    rows = [["Activity", "PM", "Dev"], ["Plan", "A", "R"]]
    with pytest.raises(RaciError, match=message):
        read_workbook(write(tmp_path, rows), options=ReadOptions(**options))


def test_a_fault_reading_a_sheet_with_no_correction_given_blames_no_correction(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a reading that fails on a layout it did not foresee, with no correction given, says
    # what to do rather than that a correction lies outside the table
    import raci.excel.importer as importer

    def fails(*args: object, **kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(importer, "read_sheet", fails)
    rows = [["Activity", "PM", "Dev"], ["Plan", "A", "R"]]
    with pytest.raises(RaciError) as caught:
        read_workbook(write(tmp_path, rows))
    assert "outside the table" not in str(caught.value)
    assert "could not be read as laid out" in str(caught.value)


def test_our_export_keeps_an_unphased_activity_unphased(tmp_path: Path) -> None:
    from raci.excel.export import export_xlsx
    from raci.service import ProjectService

    service = ProjectService.create(tmp_path / "p.raci")
    role = service.add_role("Lead", "L")
    build = service.add_phase("Build")
    planned = service.add_activity("Plan it", build)
    loose = service.add_activity("Loose end")
    service.set_cells({(planned, role): "A/R", (loose, role): "A/R"})
    export_xlsx(service.state(), tmp_path / "p.xlsx")
    service.close()
    plan = read_workbook(tmp_path / "p.xlsx")
    assert [(a.name, a.phase) for a in plan.activities] == [("Plan it", "Build"),
                                                             ("Loose end", "")]


def test_blank_template_with_role_headings_and_no_letters_yet(tmp_path: Path) -> None:
    rows = [["Launch checklist"], [],
            ["Task", "Project Manager", "Sponsor", "QA Lead"],
            ["Phase 1: Plan"], ["write the brief"], ["agree the budget"],
            ["Phase 2: Build"], ["Build it"],
            [], ["Notes: fill in R, A, C or I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Project Manager", "Sponsor", "QA Lead"]
    assert [(a.name, a.phase, a.cells) for a in plan.activities] == [
        ("write the brief", "Phase 1: Plan", {}), ("agree the budget", "Phase 1: Plan", {}),
        ("Build it", "Phase 2: Build", {})]
    assert "no cell holds letters yet: read row 3 ('Task' over 3 role headings)" in said(plan)
    assert plan.title == "Launch checklist"


@pytest.mark.parametrize("rows", [
    # a task list: the columns right of the task hold values, not letters
    [["Task", "Owner", "Due date"], ["Write", "Ann", "May"], ["Test", "Bob", "June"]],
    # headings that are not roles
    [["Activity", "Colour", "Size"], ["Paint", None, None]],
    # a heading row with nothing below it
    [["Activity", "Project Manager", "Sponsor"]],
])
def test_letterless_tables_that_are_not_grids_are_still_refused(
        tmp_path: Path, rows: list[list[Any]]) -> None:
    with pytest.raises(RaciError, match="no RACI grid"):
        read_workbook(write(tmp_path, rows))


def test_a_filled_grid_wins_over_a_larger_empty_template(tmp_path: Path) -> None:
    wb = Workbook()
    template = wb.active
    assert template is not None
    template.title = "Template"
    for row in [["Task", "Project Manager", "Sponsor", "QA Lead"], ["One"], ["Two"], ["Three"],
                ["Four"], ["Five"]]:
        template.append(row)
    filled = wb.create_sheet("Filled")
    for row in [["Task", "Project Manager", "Sponsor"], ["Plan", "R", "A"], ["Ship", "A", "R"]]:
        filled.append(row)
    wb.save(tmp_path / "two.xlsx")
    plan = read_workbook(tmp_path / "two.xlsx")
    assert plan.sheet == "Filled"
    assert ("not chosen: sheet 'Template' holds a grid of 3 roles and 5 activities, "
            "without letters") in plan.notes


def test_words_in_brackets_beside_letters_become_cell_notes(tmp_path: Path) -> None:
    rows = [["Task", "C (Client)", "Builder", "Inspector"],
            ["Lay bricks", "A (sign-off)", "R", "C [if asked]"],
            ["Inspect", "I", "R/A (final)", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["C (Client)", "Builder", "Inspector"]
    assert grid(plan) == {"Lay bricks": {"C (Client)": "A", "Builder": "R", "Inspector": "C"},
                          "Inspect": {"C (Client)": "I", "Builder": "AR", "Inspector": "R"}}
    assert [a.notes for a in plan.activities] == [{0: "sign-off", 2: "if asked"},
                                                  {1: "final"}]
    assert "as cell notes (B2, D2, C3)" in said(plan)
    # Words that are not beside a known letter are kept whole as the cell's note.
    rows[2][3] = "X (cancelled)"
    plan = read_workbook(write(tmp_path, rows, name="x.xlsx"))
    assert plan.activities[1].notes == {1: "final", 2: "As written in the workbook: "
                                                       "X (cancelled)"}
    assert [u.cell for u in plan.unread] == ["Sheet!D3"]


def test_a_second_heading_row_describes_the_roles_and_a_count_column_is_left_out(
        tmp_path: Path) -> None:
    rows = [["Task", "PM", "Dev", "QA", "Total R"],
            ["Role description", "Leads the project", "Builds it", "Tests it"],
            ["Plan", "A", "R", "C", 1], ["Build", "I", "A/R", "R", 2]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(r.name, r.description) for r in plan.roles] == [
        ("PM", "Leads the project"), ("Dev", "Builds it"), ("QA", "Tests it")]
    assert [(a.name, a.description) for a in plan.activities] == [("Plan", ""), ("Build", "")]
    assert "row 2 ('Role description'): a second heading row under the role names" in said(plan)
    assert "column E ('Total R') holds counts; not imported" in said(plan)


def test_task_column_names_the_activities_and_a_longer_description_beside_it_does_not(
        tmp_path: Path) -> None:
    rows = [["Task", "Description", "PM", "Dev"],
            ["Plan", "Write the plan for the whole project team", "A", "R"],
            ["Build", "Build every part of the product carefully", "I", "A/R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.description) for a in plan.activities] == [
        ("Plan", "Description: Write the plan for the whole project team"),
        ("Build", "Description: Build every part of the product carefully")]


def test_a_row_without_letters_in_a_flat_list_is_an_activity_not_a_phase(
        tmp_path: Path) -> None:
    rows = [["Task", "PM", "Dev"], ["Plan", "A", "R"], ["Wait for approval"],
            ["Build", "I", "A/R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase, a.cells) for a in plan.activities] == [
        ("Plan", "", {0: frozenset("A"), 1: frozenset("R")}), ("Wait for approval", "", {}),
        ("Build", "", {0: frozenset("I"), 1: frozenset("AR")})]


def test_names_longer_than_a_project_holds_are_cut_and_kept_in_full(tmp_path: Path) -> None:
    long_task = "Review " + "the very long description of the work " * 10
    long_role = "Head of " + "many departments " * 25
    rows = [["Task", long_role, "Dev", "Notes"],
            [long_task, "A", "R", "x" * 6000], ["Build", "I", "A/R"]]
    out = tmp_path / "long.raci"
    plan = import_workbook(write(tmp_path, rows), out)
    assert "row 2: activity names longer than 300 characters were cut" in said(plan)
    assert "column B: the role name is longer than 300 characters" in said(plan)
    assert "row 2: the description is longer than 5000 characters; cut" in said(plan)
    service = ProjectService.open(out)
    try:
        state = service.state()
        first = state.activities[0]
        assert len(first.name) <= 300 and first.name.endswith("…")
        assert first.name.startswith("Review the very long description")
        assert first.description.startswith(" ".join(long_task.split()))
        assert len(state.roles[0].name) <= 300
        assert state.roles[0].description == " ".join(long_role.split())
    finally:
        service.close()


def test_long_names_alike_in_their_first_300_characters_stay_apart(tmp_path: Path) -> None:
    same_start = "Head of " + "many departments " * 25
    rows = [["Task", same_start + "north", same_start + "south",
             "Anna Berg (" + "Chief of " * 50 + ")"],
            ["Plan", "A", "R", "C"], ["Build", "R", "A", "I"]]
    out = tmp_path / "alike.raci"
    plan = import_workbook(write(tmp_path, rows), out)
    assert "Anna Berg: the job title is longer than 300 characters; cut" in said(plan)
    service = ProjectService.open(out)
    try:
        state = service.state()
        north, south = state.roles[0], state.roles[1]
        assert north.name != south.name and len(south.name) <= 300
        assert south.name.endswith("… 2") and south.description.endswith("south")
        assert [(p.name, len(p.title) <= 300) for p in state.people] == [("Anna Berg", True)]
    finally:
        service.close()


def test_numbered_letters_in_role_columns_but_ids_stay_ids(tmp_path: Path) -> None:
    rows = [["ID", "Task", "PM", "Dev", "QA"],
            ["S1", "Plan", "A", "R1", "R2"], ["S2", "Build", "I", "A/R", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert grid(plan)["Plan"] == {"PM": "A", "Dev": "R", "QA": "R"}
    assert plan.activities[0].notes == {1: "R1", 2: "R2"}
    assert "column A holds numbering; not imported" in said(plan)


def test_a_phase_heading_above_each_repeated_header(tmp_path: Path) -> None:
    rows = [["Phase 1: Plan"], ["Task", "PM", "Dev"], ["Plan", "A", "R"], ["Scope", "A", "R"],
            [], ["Phase 2: Build"], ["Task", "PM", "Dev"], ["Code", "I", "A/R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Plan", "Phase 1: Plan"), ("Scope", "Phase 1: Plan"), ("Code", "Phase 2: Build")]
    assert plan.title == ""
    assert "row 1: read 'Phase 1: Plan' above the header as the first phase heading" in said(
        plan)
    assert not any(s.startswith("A1") for s in plan.skipped)


def test_a_column_of_numbered_letters_only_is_a_role(tmp_path: Path) -> None:
    rows = [["Task", "PM", "Dev", "QA"], ["Plan", "A", "R", "R1"], ["Build", "A", "R", "R2"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert grid(plan)["Build"] == {"PM": "A", "Dev": "R", "QA": "R"}


def test_a_cell_listing_phrases_of_the_legend() -> None:
    from raci.excel.letters import parse_letters
    legend = {"does": "R", "signs off": "A", "told": "I"}
    assert parse_letters("Does, Signs off", legend) == frozenset("AR")
    assert parse_letters("Signs off / Told", legend) == frozenset("AI")
    assert parse_letters("Does, the van", legend) is None


# The grid's frame (title, headings, legend) is read, not skipped content.

ROLES_UNDER_A_TITLE = [["Website relaunch"], [],
                       ["Activity", "Sponsor", "Project Manager", "Developer"],
                       ["Agree the scope", "A", "R", "C"],
                       ["Build the pages", "I", "A", "R"]]


def test_a_title_over_the_header_is_a_note_and_nothing_is_skipped(tmp_path: Path) -> None:
    plan = read_workbook(write(tmp_path, ROLES_UNDER_A_TITLE))
    assert plan.title == "Website relaunch"
    assert [r.name for r in plan.roles] == ["Sponsor", "Project Manager", "Developer"]
    assert plan.skipped == []
    assert "A1: the title, used as the project name" in plan.notes


def test_headings_over_the_columns_next_to_a_title_are_not_skipped(tmp_path: Path) -> None:
    groups = [["Website relaunch"], [None, "Business", "Business", "Technology"],
              *ROLES_UNDER_A_TITLE[2:]]
    plan = read_workbook(write(tmp_path, groups))
    assert plan.skipped == []  # was one range, title and group headings: 'outside the grid'
    assert "B2:D2: group headings over the role columns; not imported" in plan.notes
    assert "A1: the title, used as the project name" in plan.notes
    labels = [["Website relaunch"], ["Activities", "Roles"], *ROLES_UNDER_A_TITLE[2:]]
    plan = read_workbook(write(tmp_path, labels, name="labels.xlsx"))
    assert plan.skipped == []
    assert "A2:B2: headings over the grid's columns; not imported" in plan.notes


def test_a_heading_over_an_empty_column_and_a_labelled_title_are_the_frame(
        tmp_path: Path) -> None:
    rows = [["Project:", "Website relaunch"], [],
            [*ROLES_UNDER_A_TITLE[2], None, "Comments"], *ROLES_UNDER_A_TITLE[3:]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.title == "Website relaunch"
    assert plan.skipped == []
    assert "A1:B1: the title, used as the project name" in plan.notes
    assert "F3: a heading ('Comments') over nothing; not imported" in plan.notes


def test_a_phase_heading_under_a_title_is_not_skipped(tmp_path: Path) -> None:
    rows = [["Website relaunch"], ["Phase 1: Plan"], *ROLES_UNDER_A_TITLE[2:]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.phase for a in plan.activities] == ["Phase 1: Plan", "Phase 1: Plan"]
    assert plan.skipped == []


def test_what_the_reader_did_not_read_around_the_frame_stays_skipped(tmp_path: Path) -> None:
    rows = [["Website relaunch", None, None, "Date: May"], ["Draft for the steering board"],
            *ROLES_UNDER_A_TITLE[2:], [], [], ["Ask Finance about the hosting costs"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.skipped == ["D1: a note ('Date: May')",
                            "A2: a note ('Draft for the steering board')",
                            "A8: a note ('Ask Finance about the hosting costs')"]
    assert "A1: the title, used as the project name" in plan.notes
    # a full row of headings above the one chosen is another header, unread
    rows = [["Task", "Director", "Manager"], ["Task", "Anna Berg", "Tom Ek"],
            ["Plan", "A", "R"], ["Build", "I", "A"]]
    plan = read_workbook(write(tmp_path, rows, name="two.xlsx"), options=ReadOptions(
        header_row=2))
    assert plan.title == ""
    assert plan.skipped == ["A1:C1: text outside the grid (notes or another table), from "
                            "'Task' on"]


def test_a_last_role_beside_notes_starting_with_its_letters_stays_a_role(
        tmp_path: Path) -> None:
    # three letters once each, with notes beside that start with them, are no key
    path = write(tmp_path, [
        ["Task", "PM", "Dev", "Sponsor", "Notes"],
        ["Plan project", "A", "R", "C", "Check budget first"],
        ["Build app", "A", "R", "I", "Include QA"],
        ["Sign off", "R", "C", "A", "After go-live"],
        ["Train users", "A", "R", None, None],
    ])
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["PM", "Dev", "Sponsor"]
    assert plan.activities[2].cells[2] == frozenset("A")
    assert plan.activities[0].description == "Notes: Check budget first"


def test_group_headings_written_once_over_their_first_column_are_no_split_names(
        tmp_path: Path) -> None:
    # 'Business' over Sponsor and Finance, 'IT' over Developer and Tester, unmerged
    path = write(tmp_path, [
        ["Task", "Business", None, "IT", None],
        [None, "Sponsor", "Finance", "Developer", "Tester"],
        ["Plan", "A", "C", "R", "I"],
        ["Build", "I", None, "A", "R"],
    ])
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Sponsor", "Finance", "Developer", "Tester"]


def test_a_csv_with_cells_kept_from_running_as_formulas_reads_row_by_row(
        tmp_path: Path) -> None:
    # the apostrophes that guard '=Plan' and '@home setup' are no quote characters
    path = tmp_path / "guarded.csv"
    path.write_text("Task,PM,Dev\n'=Plan,A,R\nBuild,A,R\n'@home setup,R,A\n", encoding="utf-8")
    plan = read_workbook(path)
    assert grid(plan) == {"=Plan": {"PM": "A", "Dev": "R"}, "Build": {"PM": "A", "Dev": "R"},
                          "@home setup": {"PM": "R", "Dev": "A"}}


def test_an_ampersand_between_two_roles_of_the_register_names_both(tmp_path: Path) -> None:
    # 'PM & Dev' joins two names the register writes alone; 'Legal & Compliance' is one
    register = [["Task", "Responsible", "Accountable", "Consulted", "Informed"],
                ["Plan", "PM & Dev", "Sponsor", "Legal & Compliance", None],
                ["Build", "Dev", "PM", "QA", "Sponsor"],
                ["Test", "QA", "PM", "Dev", "Legal"]]
    plan = read_workbook(write(tmp_path, register))
    assert grid(plan)["Plan"] == {"PM": "R", "Dev": "R", "Sponsor": "A",
                                  "Legal & Compliance": "C"}
    assert "PM & Dev" not in [r.name for r in plan.roles]


@pytest.mark.parametrize("due", [["10/01/2025", "10/02/2025"], ["2025-01-10", "2025-02-10"]])
def test_dates_written_as_text_are_no_numbering(tmp_path: Path, due: list[str]) -> None:
    # a 'Due' column of dates typed as text says when; it is kept, not dropped as IDs
    rows = [["Task", "Due", "PM", "Dev"], ["Plan", due[0], "A", "R"],
            ["Build", due[1], "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.description for a in plan.activities] == [f"Due: {d}" for d in due]
    assert not any("numbering" in n for n in plan.notes)


def test_roman_numerals_in_a_stage_column_are_no_letters(tmp_path: Path) -> None:
    # 'Ⅰ', 'Ⅱ' as Japanese sheets number stages are not the letter I: no role, no turning
    rows = [["段階", "作業", "PM", "開発", "QA"], ["Ⅰ", "計画", "A", "R", "C"],
            ["Ⅰ", "設計", "A", "R", "C"], ["Ⅱ", "構築", "A", "R", "C"],
            ["Ⅲ", "試験", "Ａ", "Ｃ", "Ｒ"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "開発", "QA"]
    assert grid(plan)["試験"] == {"PM": "A", "開発": "C", "QA": "R"}


def test_a_remark_under_the_header_in_the_number_column_is_no_phase(tmp_path: Path) -> None:
    # a lone '(all dates tentative)' in the first cell, unmerged, with no bands below
    rows = [["No.", "Task", "PM", "Dev"], ["(all dates tentative)", None, None, None],
            [1, "Plan", "A", "R"], [2, "Build", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [("", "Plan"), ("", "Build")]
    # the same row merged across the grid is a band: the first phase
    plan = read_workbook(write(tmp_path, rows, merges=["A2:D2"], name="band.xlsx"))
    assert [a.phase for a in plan.activities] == ["(all dates tentative)"] * 2


def test_a_csv_naming_its_separator_on_the_first_line(tmp_path: Path) -> None:
    # Excel's 'sep=;' line names the separator; it is no title, and rows keep their numbers
    path = tmp_path / "plan.csv"
    path.write_text("sep=;\nTask;PM;Dev\nPlan;A;R\nTest;R;A\n", encoding="utf-8")
    plan = read_workbook(path)
    assert grid(plan) == {"Plan": {"PM": "A", "Dev": "R"}, "Test": {"PM": "R", "Dev": "A"}}
    assert plan.title == "" and plan.header_row == 2


def test_a_lettered_heading_right_under_the_header_heads_the_first_rows(
        tmp_path: Path) -> None:
    # 'A - Approvals' is no legend line (its word is not the letter's): a phase
    rows = [["Task", "PM", "Dev"], ["A - Approvals", None, None],
            ["Approve scope", "A", "R"], ["B - Build", None, None], ["Code", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("A - Approvals", "Approve scope"), ("B - Build", "Code")]


def test_cells_chosen_from_a_list_of_labels_read_as_their_letters(tmp_path: Path) -> None:
    """A template whose cells are drop-down lists: 'R - Responsible' chosen in them, and the
    list's prompt ('— select —') left where nothing was chosen."""
    rows = [["#", "What", "Chair", "Clerk", "Treasurer"],
            [1, "Set the budget", "A - Accountable", "C - Consulted", "R - Responsible"],
            [2, "Book the hall", "— select —", "A/R - Accountable & Responsible",
             "I - Informed"],
            [3, "Pay the deposit", "A - Accountable", "I - Informed", "R - Responsible"],
            [4, "Send the minutes", "I - Informed", "-- Select --", "C - Consulted"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Chair", "Clerk", "Treasurer"]
    assert grid(plan) == {"Set the budget": {"Chair": "A", "Clerk": "C", "Treasurer": "R"},
                          "Book the hall": {"Clerk": "AR", "Treasurer": "I"},
                          "Pay the deposit": {"Chair": "A", "Clerk": "I", "Treasurer": "R"},
                          "Send the minutes": {"Chair": "I", "Treasurer": "C"}}


def test_a_legend_beside_the_grid_lists_each_label_once_and_stays_a_legend(
        tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Crew", None, "Key"],
            ["Plan the work", "A", "R", None, "R - Responsible"],
            ["Build it", "R", "A", None, "A - Accountable"],
            ["Check it", "A", "C", None, "C - Consulted"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]


@pytest.mark.parametrize("typed", ["\u0391", "\u0410", "\u0421", "\u0399"])
def test_letters_typed_on_a_greek_or_cyrillic_keyboard(tmp_path: Path, typed: str) -> None:
    latin = {"\u0391": "A", "\u0410": "A", "\u0421": "C", "\u0399": "I"}[typed]
    rows = [["\u0391/\u0391", "Task", "Lead", "Crew"], [1, "Plan the work", "A", "R"],
            [2, "Build it", typed, "R"], [3, "Check it", "A", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert grid(plan)["Build it"] == {"Lead": latin, "Crew": "R"}
    assert not plan.unread


def test_a_first_role_column_typed_wholly_on_a_cyrillic_keyboard(tmp_path: Path) -> None:
    """The leftmost role column holds only look-alike letters ('А', 'І' in Cyrillic): it is
    a role column like the ones beside it, not a text column kept in the description."""
    cyr_a, cyr_i, cyr_c = "\u0410", "\u0406", "\u0421"
    rows = [["No", "Task", "Mayor", "Clerk", "Crew"],
            ["1", "Approve the plan", cyr_a, "R", cyr_c],
            ["2", "Buy the desks", None, "A", "R"],
            ["3", "Open the office", cyr_a + "/R", "C", "R"],
            ["4", "Tell the residents", cyr_i, "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Mayor", "Clerk", "Crew"]
    assert grid(plan)["Open the office"] == {"Mayor": "AR", "Clerk": "C", "Crew": "R"}
    assert grid(plan)["Tell the residents"]["Mayor"] == "I"
    assert not any(a.description for a in plan.activities)


def test_a_semicolon_text_table_opened_whole_into_column_a(tmp_path: Path) -> None:
    """A semicolon CSV opened by a spreadsheet program that splits at commas, then saved:
    every line sits whole in column A; it is split into the columns it stands for."""
    rows = [["Rollout plan;;;;"], ["#;Step;Owner;Team;Vendor;Due"], ["1;Pick the tool;A;R;C;"],
            ["2;Load the data;;A;R;01.03.2025"], ["3;Train the users;A/R;C;;"],
            ['"Key: R = does; A = signs";;;;']]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Owner", "Team", "Vendor"]
    assert grid(plan) == {"Pick the tool": {"Owner": "A", "Team": "R", "Vendor": "C"},
                          "Load the data": {"Team": "A", "Vendor": "R"},
                          "Train the users": {"Owner": "AR", "Team": "C"}}
    assert any("split at ';'" in n for n in plan.notes)


def test_a_tracker_with_one_text_of_assignments_per_row(tmp_path: Path) -> None:
    """No role columns: each row's letters are written in one text column, the letters
    before a colon and the roles after it, assignments apart by '; ', ' | ' or line
    breaks; a how-to line above the column is no row."""
    rows = [["Site tidy-up tracker"],
            [None, None, "Fill in as A: role; R: role, role", None],
            ["Ref", "Task", "Who", "Due"],
            ["T1", "Clear the yard", "A: Site Boss; R: Yard Crew, Drivers; I: Office", "May"],
            ["T2", "Paint the lines", "R/A: Yard Crew | C: Safety Rep", "June"],
            ["T3", "Sort the spares", "A: Site Boss\nR: Stores Clerk\nC: Drivers", None],
            ["T4", "Book the skip", None, "July"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Site Boss", "Yard Crew", "Drivers", "Office",
                                            "Safety Rep", "Stores Clerk"]
    assert grid(plan) == {
        "Clear the yard": {"Site Boss": "A", "Yard Crew": "R", "Drivers": "R", "Office": "I"},
        "Paint the lines": {"Yard Crew": "AR", "Safety Rep": "C"},
        "Sort the spares": {"Site Boss": "A", "Stores Clerk": "R", "Drivers": "C"},
        "Book the skip": {}}
    assert "Due: May" in plan.activities[0].description


@pytest.mark.parametrize("key", [
    [["Key", "R: Responsible"], [None, "A: Accountable"], [None, "C: Consulted"],
     [None, "I: Informed"]],
    [["R", "R: does it"], ["A", "A: signs off"], ["C", "C: asked first"],
     ["I", "I: told after"]]])
def test_a_legend_of_letter_colon_lines_under_a_grid_is_no_list_of_assignments(
        tmp_path: Path, key: list[list[str | None]]) -> None:
    rows = [["ID", "Task", "Lead", "Crew"], ["1", "Plan", "A", "R"], ["2", "Build", "R", "A"],
            ["3", "Test", "C", "A/R"], [], *key]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert grid(plan)["Test"] == {"Lead": "C", "Crew": "AR"}


def test_words_in_place_of_letters_translated_by_a_key_line(tmp_path: Path) -> None:
    """The cells hold words of the sheet's own language, not letters; a key line above
    gives the letter of each ('Gör = R (Responsible); Beslutar = A ...'); two words
    joined by a comma give both letters."""
    rows = [["Plan", None, None, None],
            ["Key:", "Gör = R (Responsible);  Beslutar = A (Accountable);  "
                     "Tillfrågas = C (Consulted);  Får veta = I (Informed)", None, None],
            [None, None, None, None],
            ["Uppgift", "Chef", "Team", "Konsult"],
            ["Skriva kravet", "Beslutar", "Gör", "Tillfrågas"],
            ["Välja system", "Beslutar, Gör", "Tillfrågas", "Får veta"],
            ["Testa", "Får veta", "Beslutar", "Gör"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Chef", "Team", "Konsult"]
    assert grid(plan) == {"Skriva kravet": {"Chef": "A", "Team": "R", "Konsult": "C"},
                          "Välja system": {"Chef": "AR", "Team": "C", "Konsult": "I"},
                          "Testa": {"Chef": "I", "Team": "A", "Konsult": "R"}}
    assert not plan.unread


def test_sections_numbered_in_roman_whatever_the_numbering_heading(tmp_path: Path) -> None:
    """'I', 'II' number the sections in a numbering column whose heading the reader has
    no word for ('Lp.'), while '1', '2' number the activities: the first section's 'I' is
    no letter, and the column is no role."""
    rows = [["Lp.", "Work", "Owner", "Builder", "Tester"],
            ["I", "Design", None, None, None],
            ["1", "Draw the plans", "A", "R", "C"],
            ["2", "Check the plans", "A", "C", "R"],
            ["II", "Build", None, None, None],
            ["3", "Lay the base", "A", "R", "I"],
            ["4", "Raise the walls", "A", "R", "C"]]
    plan = read_workbook(write(tmp_path, rows, bold=["B2", "B5"]))
    assert [r.name for r in plan.roles] == ["Owner", "Builder", "Tester"]
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Draw the plans", "Design"), ("Check the plans", "Design"),
        ("Lay the base", "Build"), ("Raise the walls", "Build")]


def test_a_note_written_like_a_key_gives_no_words_the_grid_does_not_use(
        tmp_path: Path) -> None:
    """'Budget = A (Amber); Scope = R (Red)' reads like a key of words, but no cell holds
    them in place of letters: an activity named 'Budget' stays an activity."""
    rows = [["Budget = A (Amber);  Scope = R (Red)", None, None],
            ["Task", "Lead", "Crew"],
            ["Budget", "A", "R"],
            ["Scope", "R", "A"],
            ["Launch", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Budget", "Scope", "Launch"]
    assert grid(plan)["Budget"] == {"Lead": "A", "Crew": "R"}


def test_a_sub_total_row_after_each_phase_is_no_end_of_the_grid(tmp_path: Path) -> None:
    """A row of counts under the roles closes each phase ('Phase 1 total'), and a grand
    total closes the grid: the rows of the later phases are read all the same."""
    rows = [["Task", "Owner", "Builder", "Tester"],
            ["Phase 1", None, None, None],
            ["Draw the plans", "A", "R", "C"],
            ["Check the plans", "A", "C", "R"],
            ["Phase 1 total", 2, 2, 2],
            ["Phase 2", None, None, None],
            ["Lay the base", "A", "R", None],
            ["Raise the walls", "A", "R", "C"],
            ["Phase 2 total", 2, 2, 1],
            ["All phases", 4, 4, 3]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Draw the plans", "Phase 1"), ("Check the plans", "Phase 1"),
        ("Lay the base", "Phase 2"), ("Raise the walls", "Phase 2")]
    assert "row 5 ('Phase 1 total'): counts under the roles" in said(plan)


def test_sub_totals_labelled_in_the_grouped_column_are_no_end_of_the_grid(
        tmp_path: Path) -> None:
    """Excel's Data > Subtotal grouped by a column beside the activities writes its count
    rows with the label in that column ('Kitchen Count') and the activity cell empty; each
    closes its group and the rows after it are read, up to the 'Grand Count'."""
    rows = [["No.", "Job", "Room", "Warden", "Joiner", "Sparky", "Due"],
            [1, "Strip old units", "Kitchen", "A", "R", None, "03/02"],
            [2, "Fit new worktop", "Kitchen", "A", "R", "C", "10/02"],
            [None, None, "Kitchen Count", 2, 2, 1, None],
            [3, "Rewire sockets", "Hall", "A", "I", "R", "17/02"],
            [4, "Sand the floor", "Hall", "C", "A/R", None, "24/02"],
            [5, "Paint the walls", "Hall", "A", "R", "I", "03/03"],
            [None, None, "Hall Count", 3, 3, 2, None],
            [None, None, "Grand Count", 5, 5, 3, None]]
    plan = read_workbook(write(tmp_path, rows, bold=["C4", "C8", "C9"]))
    assert [a.name for a in plan.activities] == [
        "Strip old units", "Fit new worktop", "Rewire sockets", "Sand the floor",
        "Paint the walls"]
    assert grid(plan)["Sand the floor"] == {"Warden": "C", "Joiner": "AR"}
    assert "row 4 ('Kitchen Count'): counts under the roles" in said(plan)


@pytest.mark.parametrize("label", [(None, "Total"), ("Total", None)])
def test_a_grand_total_over_another_table_ends_the_grid(tmp_path: Path,
                                                       label: tuple[str | None, ...]) -> None:
    """A row of counts, labelled in the activity column or beside it, then a blank row and
    another table with its own headings: the count row is the grid's grand total, and the
    table below is not read into the grid under the first one's roles."""
    rows = [["Task", "Notes", "PM", "Dev", "QA"],
            ["Plan", "kick-off", "A", "R", None],
            ["Build", None, "C", "A", "R"],
            ["Test", None, "I", "R", "A"],
            [*label, 3, 3, 2],
            [],
            ["Task", "Notes", "Ops", "Security"],
            ["Deploy", None, "A", "R"],
            ["Monitor", None, "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert [a.name for a in plan.activities] == ["Plan", "Build", "Test"]


@pytest.mark.parametrize("head", ["Atebol (A)", "Accountable", "Accountable role",
                                  "Who is accountable?"])
def test_a_column_naming_each_rows_accountable_role_gives_it_the_a(tmp_path: Path,
                                                                   head: str) -> None:
    """A grid that keeps its A out of the role columns names the accountable role of each
    row in a column of its own, under a heading that names the letter (by its word, or in
    brackets after a word of the sheet's language), chosen from the role headings; two
    joined by ' / ', or none. That role gets the A, beside its letters in the grid."""
    rows = [["Rhif", "Tasg", head, "Cadeirydd", "Trysorydd", "Ysgrifennydd", "Gwirfoddolwyr"],
            [1, "Llogi'r neuadd", "Cadeirydd", None, "R", "I", None],
            [2, "Casglu arian", "Trysorydd", "I", "R", None, "C"],
            [3, "Argraffu posteri", "Ysgrifennydd", None, None, "R", "R"],
            [4, "Trefnu'r bwyd", "Cadeirydd / Trysorydd", "C", None, None, "R"],
            [5, "Glanhau wedyn", None, None, None, "I", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == rows[0][3:]
    cells = grid(plan)
    assert cells["Llogi'r neuadd"] == {"Cadeirydd": "A", "Trysorydd": "R",
                                       "Ysgrifennydd": "I"}
    assert cells["Casglu arian"] == {"Cadeirydd": "I", "Trysorydd": "AR",
                                     "Gwirfoddolwyr": "C"}
    assert cells["Trefnu'r bwyd"] == {"Cadeirydd": "AC", "Trysorydd": "A",
                                      "Gwirfoddolwyr": "R"}
    assert cells["Glanhau wedyn"] == {"Ysgrifennydd": "I", "Gwirfoddolwyr": "R"}
    assert not any(head in a.description for a in plan.activities)
    assert f"column C ('{head}') names the role with A on each row" in said(plan)


@pytest.mark.parametrize("head", ["Team role", "Responsible or accountable", "Plan A",
                                  "Who is accountable for this step and signs it off"])
def test_a_column_of_role_names_whose_heading_names_no_one_letter_gives_none(
        tmp_path: Path, head: str) -> None:
    """A column of role names under a heading naming no letter, or two, or naming one only
    among many words, stays in the descriptions: only a short heading with one word of
    a letter ('Accountable role') says which letter its names hold."""
    rows = [["Task", head, "Chair", "Treasurer", "Crew"],
            ["Book the hall", "Chair", "A", "R", None],
            ["Raise funds", "Treasurer", "I", "A", "R"],
            ["Print posters", "Crew", "A", None, "R"],
            ["Count the takings", "Treasurer", None, "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    cells = grid(plan)
    assert cells["Book the hall"] == {"Chair": "A", "Treasurer": "R"}
    assert cells["Print posters"] == {"Chair": "A", "Crew": "R"}
    assert all("names the role with" not in note for note in plan.notes)


def test_an_accountable_role_merged_down_over_rows_is_each_rows(tmp_path: Path) -> None:
    """The role named once in a cell merged down over several activities is the
    accountable of each of them."""
    rows = [["Task", "Sign-off (A)", "Chair", "Treasurer", "Crew"],
            ["Book the hall", "Chair", None, "R", None],
            ["Print posters", None, "C", None, "R"],
            ["Raise funds", "Treasurer", "I", "R", "C"],
            ["Count the takings", None, None, "R", "I"],
            ["Pay the band", None, "I", "R", None]]
    plan = read_workbook(write(tmp_path, rows, merges=["B2:B3", "B4:B6"]))
    owners = {a.name: [plan.roles[j].name for j, v in a.cells.items() if "A" in v]
              for a in plan.activities}
    assert owners == {"Book the hall": ["Chair"], "Print posters": ["Chair"],
                      "Raise funds": ["Treasurer"], "Count the takings": ["Treasurer"],
                      "Pay the band": ["Treasurer"]}


def test_a_phase_row_naming_its_accountable_stays_a_phase(tmp_path: Path) -> None:
    """Bold phase rows that name the phase's accountable role in the 'Accountable' column
    beside their activities' stay phase headings: the role is no letter of a phase."""
    rows = [["Task", "Accountable", "Chair", "Treasurer", "Crew"],
            ["Planning", "Chair", None, None, None],
            ["Book the hall", "Chair", None, "R", None],
            ["Raise funds", "Treasurer", "I", "R", "C"],
            ["Delivery", "Crew", None, None, None],
            ["Set up", "Crew", "C", None, "R"],
            ["Clean up", "Crew", None, "I", "R"]]
    plan = read_workbook(write(tmp_path, rows, bold=["A2", "A5"]))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Book the hall", "Planning"), ("Raise funds", "Planning"), ("Set up", "Delivery"),
        ("Clean up", "Delivery")]
    assert grid(plan)["Set up"] == {"Chair": "C", "Crew": "AR"}


def test_a_column_of_names_that_are_no_roles_stays_in_the_description(
        tmp_path: Path) -> None:
    """A column headed with a letter's word whose cells name people, not the grid's roles,
    and one naming roles under a heading that names no letter ('Owner'), give no letters."""
    rows = [["Task", "Accountable", "Owner", "Chair", "Treasurer", "Crew"],
            ["Book the hall", "Ann Lee", "Chair", "A", "R", None],
            ["Raise funds", "Bo Chen", "Treasurer", "I", "A/R", "C"],
            ["Print posters", "Cy Dorn", "Crew", "A", None, "R"],
            ["Serve food", "Di Eng", "Chair", "A", None, "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Book the hall"] == {"Chair": "A", "Treasurer": "R"}
    assert plan.activities[0].description == "Accountable: Ann Lee\nOwner: Chair"


def test_a_cell_of_the_accountable_column_naming_no_role_is_named_with_what_to_do(
        tmp_path: Path) -> None:
    """A cell of a column read for its roles' A that names no role of the grid (a person
    outside it) gives no letter, and the summary names the cell and says what to write."""
    rows = [["Task", "Accountable", "Chair", "Treasurer", "Crew"],
            ["Book the hall", "Chair", None, "R", None],
            ["Raise funds", "Treasurer", "I", "R", "C"],
            ["Print posters", "Jo Bloggs (external)", None, None, "R"],
            ["Serve food", "Crew", "C", None, "R"],
            ["Count the takings", "Treasurer", None, "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Print posters"] == {"Crew": "R"}
    assert grid(plan)["Book the hall"] == {"Chair": "A", "Treasurer": "R"}
    assert "(B4: names no role of the grid, so gives no letter; write a role's heading " \
           "there to give it one)" in said(plan)


@pytest.mark.parametrize("head", ["Accountable", "Responsible"])
def test_a_column_naming_a_letter_the_grid_already_holds_gives_none(tmp_path: Path,
                                                                     head: str) -> None:
    """A chart with its own A and R in the role columns and an 'Accountable' or
    'Responsible' column beside them naming a role (another one, on some rows) keeps its
    grid's letters: the column is kept in the descriptions, no second A or R is added."""
    rows = [["Task", head, "Chair", "Treasurer", "Crew"],
            ["Book the hall", "Treasurer", "A", "R", None],
            ["Raise funds", "Chair", "I", "A", "R"],
            ["Print posters", "Treasurer", "A", None, "R"],
            ["Serve food", "Crew", "C", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Book the hall"] == {"Chair": "A", "Treasurer": "R"}
    assert grid(plan)["Serve food"] == {"Chair": "C", "Treasurer": "A", "Crew": "R"}
    assert plan.activities[0].description == f"{head}: Treasurer"


def test_a_column_of_marks_beside_the_activities_holds_no_phases(tmp_path: Path) -> None:
    """A narrow column that stars the key activities ('★' on some rows, no letter or digit
    in it) repeats one value, but names no phase: the phase rows above the activities
    give their phases, and the mark is kept in the description."""
    rows = [["No.", "✱", "Gweithgaredd", "Head", "Bursar", "Clerk"],
            ["1", None, "Module 1: Enrolment", None, None, None],
            ["1.1", "✱", "Enrolment - forms", "A", "R", None],
            ["1.2", None, "Enrolment - fees", "A", None, "R"],
            ["1.3", "✱", "Enrolment - checks", "A", "C", "R"],
            ["2", None, "Module 2: Exams", None, None, None],
            ["2.1", "✱", "Exams - timetable", "A", None, "R"],
            ["2.2", None, "Exams - rooms", "C", "A", "R"],
            ["2.3", "✱", "Exams - results", "A", "I", "R"]]
    plan = read_workbook(write(tmp_path, rows, bold=["C2", "C6"]))
    assert [a.phase for a in plan.activities] == ["Module 1: Enrolment"] * 3 + [
        "Module 2: Exams"] * 3
    assert plan.activities[0].description == "✱: ✱"


def test_the_first_column_of_names_is_the_activity_whatever_the_headings_language(
        tmp_path: Path) -> None:
    """Headings the reader has no word for: the activity comes before its longer
    description and its output, which go to the description."""
    rows = [["Nro", "Vaihe", "Toimi", "Selitys", "Tulos", "Johtaja", "Tiimi"],
            ["T-1", "Alku", "Kick-off", "Parties, roles and the meeting rules agreed",
             "Minutes", "A", "R"],
            ["T-2", "Alku", "Survey", "Earlier reports, base maps and traffic counts",
             "Report", "A", "R"],
            ["T-3", "Loppu", "Hand-over", "Model files handed over and archived", "Memo",
             "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Kick-off", "Survey", "Hand-over"]
    assert "Selitys: Parties, roles" in plan.activities[0].description


def test_a_task_heading_in_finnish_names_the_activity_column(tmp_path: Path) -> None:
    rows = [["Kuvaus", "Tehtävä", "Johtaja", "Tiimi"],
            ["Parties, roles and the meeting rules agreed", "Kick-off", "A", "R"],
            ["Earlier reports, base maps and traffic counts", "Review", "A", "R"],
            ["Model files handed over and archived", "Review", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Kick-off", "Review", "Review"]


def test_a_grid_pasted_from_pages_goes_on_over_each_page_break(tmp_path: Path) -> None:
    """A report pasted from a PDF: each page's foot ('Page 1 of 2'), the next page's
    title and the header written again; the first page has fewer rows than the second."""
    head = ["No.", "Activity", "Owner", "Crew", "Board"]
    rows: list[list[Any]] = [["Depot readiness report"], head,
                             [1, "Plan the move", "A", "R", "I"],
                             [2, "Book the vans", "A/R", None, None],
                             [None], [None], ["Page 1 of 2", None, None, "Printed today"],
                             [None], ["Depot readiness report"], head,
                             [3, "Pack the stores", "A", "R", None],
                             [4, "Move the stores", "A", "R", "I"],
                             [5, "Check the stock", "A", "R", "C"],
                             [None], ["Page 2 of 2", None, None, "Printed today"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Owner", "Crew", "Board"]
    assert [a.name for a in plan.activities] == [
        "Plan the move", "Book the vans", "Pack the stores", "Move the stores",
        "Check the stock"]
    assert any("a page break" in note for note in plan.notes), plan.notes


@pytest.mark.parametrize("numbered", [True, False])
def test_an_activity_broken_over_two_rows_is_one_activity(tmp_path: Path,
                                                          numbered: bool) -> None:
    rows = [["No.", "Activity", "Owner", "Crew"],
            [1, "Plan the move", "A", "R"],
            [2, "Develop the staff induction", None, None],
            [None, "programme" if numbered else "programme for the new depot", "A", "R"],
            [3, "Move the stores", "A", "R"]]
    if not numbered:
        rows = [row[1:] for row in rows]
    plan = read_workbook(write(tmp_path, rows))
    name = "Develop the staff induction " + (
        "programme" if numbered else "programme for the new depot")
    assert grid(plan) == {"Plan the move": {"Owner": "A", "Crew": "R"},
                          name: {"Owner": "A", "Crew": "R"},
                          "Move the stores": {"Owner": "A", "Crew": "R"}}
    assert any("one activity written over two rows" in note for note in plan.notes)


def test_group_headings_over_sub_headings_of_one_name_and_roles_merged_down(
        tmp_path: Path) -> None:
    """'Chair' under two groups, told apart by the group above; roles that belong to no
    group merged down over both heading rows; a letter merged over a group's three roles."""
    rows = [["No", "Activity", "BOARD", None, "Manager", "IT TEAM", None, None],
            [None, None, "Chair", "Treasurer", None, "Chair", "Developer", "Tester"],
            [1, "Approve the budget", "A", "R", "C", None, None, None],
            [2, "Build the app", None, None, "A", "C", "R", None],
            [3, "Test the app", None, None, "A", None, "C", "R"],
            [4, "Brief the staff", "A", None, "R", "I", None, None]]
    path = write(tmp_path, rows, merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:H1", "F6:H6"])
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == [
        "Chair (BOARD)", "Treasurer", "Manager", "Chair (IT TEAM)", "Developer", "Tester"]
    assert grid(plan)["Brief the staff"] == {
        "Chair (BOARD)": "A", "Manager": "R", "Chair (IT TEAM)": "I", "Developer": "I",
        "Tester": "I"}
    assert not plan.skipped


def test_roles_each_merged_over_two_columns_stay_one_role_each(tmp_path: Path) -> None:
    rows = [["Activity", "Lead", None, "Crew", None],
            ["Plan the work", "A", None, "R", None],
            ["Build it", "R", None, "A", None]]
    path = write(tmp_path, rows, merges=["B1:C1", "D1:E1", "B2:C2", "D2:E2", "B3:C3", "D3:E3"])
    plan = read_workbook(path)
    assert grid(plan) == {"Plan the work": {"Lead": "A", "Crew": "R"},
                          "Build it": {"Lead": "R", "Crew": "A"}}


def test_a_pivot_tables_grand_total_row_and_column_are_not_imported(tmp_path: Path) -> None:
    rows = [["RACI", "Column Labels"], ["Row Labels", "Lead", "Crew", "Grand Total"],
            ["Build it", "R", "A", "A, R"], ["Plan the work", "A", "R", "A, R"],
            ["Grand Total", "A, R", "A, R", "A, R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert grid(plan) == {"Build it": {"Lead": "R", "Crew": "A"},
                          "Plan the work": {"Lead": "A", "Crew": "R"}}


@pytest.mark.parametrize("remark", ["Bemerkung", "Observaciones", "Opmerkingen"])
def test_a_remarks_column_with_nothing_in_it_is_no_role(tmp_path: Path, remark: str) -> None:
    rows = [["Nr.", "Aufgabe", "Leitung", "Team", "Termin", remark],
            [1, "Plan the work", "A", "R", "März", None],
            [2, "Build it", "R", "A", "April", None]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Leitung", "Team"]


def test_numbering_in_thai_digits_is_numbering_and_heads_its_phase(tmp_path: Path) -> None:
    rows = [["\u0e25\u0e33\u0e14\u0e31\u0e1a", "Activity", "Lead", "Crew"],
            ["\u0e51", "Plan", None, None],
            ["\u0e51.\u0e51", "Plan the work", "A", "R"],
            ["\u0e51.\u0e52", "Book the hall", "A/R", None],
            ["\u0e52", "Build", None, None],
            ["\u0e52.\u0e51", "Build it", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Plan the work", "Plan"), ("Book the hall", "Plan"), ("Build it", "Build")]


@pytest.mark.parametrize("key", [
    "How to read:  X = does the work (Responsible)   ·   A = Accountable   ·   C = Consulted",
    "Legend: X = Responsible, A = Accountable, C = Consulted, I = Informed"])
def test_a_mark_the_legend_says_stands_for_a_letter_is_that_letter(tmp_path: Path,
                                                                   key: str) -> None:
    rows = [["Launch plan"], [key], [None], ["Deliverable", "Director", "Manager", "Writer"],
            ["Brand audit", "A", "X", "C"], ["Logo", "A", "x", "X"],
            ["Website", "C", "X/A", "X"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Brand audit": {"Director": "A", "Manager": "R", "Writer": "C"},
                          "Logo": {"Director": "A", "Manager": "R", "Writer": "R"},
                          "Website": {"Director": "C", "Manager": "AR", "Writer": "R"}}
    assert plan.scheme == "RACI"


def test_a_rasci_support_letter_explained_with_responsible_stays_s(tmp_path: Path) -> None:
    rows = [["Legend: S = Supports the Responsible, R = Responsible, A = Accountable"],
            ["Task", "Lead", "Crew"], ["Plan the work", "A/R", "S"], ["Build it", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Plan the work"] == {"Lead": "AR", "Crew": "S"}


def test_a_task_tools_export_names_activities_from_its_name_column(tmp_path: Path) -> None:
    """A task tool's CSV: an ID, dates (one repeated on every row), the task's name, a
    'Parent task' column most rows leave empty, then the roles added as custom fields."""
    head = ["Task ID", "Created At", "Completed At", "Name", "Parent task", "Lead", "Crew"]
    rows = [head,
            ["1201", "2025-01-10", "2025-01-22", "Map the steps", None, "A", "R"],
            ["1202", "2025-01-10", "2025-01-27", "Interview suppliers", None, "A", "R"],
            ["1203", "2025-01-10", "2025-02-01", "Define the requirements", None, "R", "A"],
            ["1204", "2025-01-10", "2025-02-06", "Security review", "Define the requirements",
             "C", "A, R"]]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(f'"{v}"' if v else "" for v in row) for row in rows)
                    + "\n", encoding="utf-8")
    plan = read_workbook(path)
    assert [a.name for a in plan.activities] == [
        "Map the steps", "Interview suppliers", "Define the requirements", "Security review"]
    assert {a.phase for a in plan.activities} == {""}
    assert "Created At: 2025-01-10" in plan.activities[0].description


@pytest.mark.parametrize("marked", [("Live polling (deleted)", "Done"),
                                    ("Live polling", "Cancelled"),
                                    ("Live polling [removed]", None)])
def test_an_activity_crossed_out_but_left_in_is_not_imported(
        tmp_path: Path, marked: tuple[str, str | None]) -> None:
    name, status = marked
    rows = [["#", "Task", "Lead", "Crew", "Status"],
            [1, "Choose the platform", "A", "R", "Done"],
            [2, name, "A", "R", status],
            [3, "Build the app", "A", "R", "In progress"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Choose the platform", "Build the app"]
    assert any("marked as cancelled or deleted" in note for note in plan.notes)


def test_an_activity_about_deleting_things_stays(tmp_path: Path) -> None:
    rows = [["Task", "Lead", "Crew"], ["Purge the deleted accounts", "A", "R"],
            ["Archive cancelled orders (monthly)", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert len(plan.activities) == 2


def test_a_table_made_without_a_header_row_has_its_headings_in_the_row_below(
        tmp_path: Path) -> None:
    rows = [["Fun run"], ["Column1", "Column2", "Column3", "Column4"],
            ["Job", "Race Director", "Treasurer", "Notes"],
            ["Book the park", "A/R", "C", None], ["Order medals", "A", "R", "by May"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Race Director", "Treasurer"]
    assert plan.skipped == []


def test_a_phase_column_written_letter_dash_word_on_every_row_stays_the_phases(
        tmp_path: Path) -> None:
    """'D - Design' repeated down a phase column looks like a label chosen from a list,
    but its word is no letter's word: the column holds phases, not letters."""
    rows = [["Stage", "Task", "PM", "Dev"], ["D - Design", "Sketch", "A", "R"],
            ["D - Design", "Review sketch", "A", "C"], ["C - Construction", "Build", "R", "A"],
            ["C - Construction", "Inspect", "C", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["PM", "Dev"]
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("D - Design", "Sketch"), ("D - Design", "Review sketch"),
        ("C - Construction", "Build"), ("C - Construction", "Inspect")]


def test_stand_in_headings_right_over_the_letters_are_the_only_headings(
        tmp_path: Path) -> None:
    """'Column1', 'Column2' ... with the activities and letters right below them: no real
    header follows, so they head the grid (it is not turned on its side)."""
    rows = [["Column1", "Column2", "Column3"], ["Plan", "A", "R"], ["Build", "R", "A"],
            ["Test", "C", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Column2", "Column3"]
    assert grid(plan) == {"Plan": {"Column2": "A", "Column3": "R"},
                          "Build": {"Column2": "R", "Column3": "A"},
                          "Test": {"Column2": "C", "Column3": "R"}}


@pytest.mark.parametrize("key", [
    "Legend: R = Responsible, A = Accountable, C = Consulted, X = Not responsible / not "
    "applicable",
    "Key:  R = Responsible  ·  A = Accountable  ·  X = Not to be informed"])
def test_a_mark_the_legend_says_is_not_a_letter_is_not_read_as_that_letter(
        tmp_path: Path, key: str) -> None:
    """'X = not responsible': the legend names R (or I), but to deny it; X is neither."""
    rows = [[key], ["Task", "PM", "Dev", "QA"], ["Plan", "A", "R", "X"],
            ["Build", "A", "R", "X"], ["Test", "A", "X", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Plan": {"PM": "A", "Dev": "R"}, "Build": {"PM": "A", "Dev": "R"},
                          "Test": {"PM": "A", "QA": "R"}}
    assert plan.scheme == "RACI"
    assert "mark X is 'Not" in said(plan) and "read as empty" in said(plan)


@pytest.mark.parametrize("line", ["X = not applicable", "N - No involvement", "Z: n/a"])
def test_a_legend_line_saying_a_mark_is_none_is_a_legend_and_its_cells_are_empty(
        tmp_path: Path, line: str) -> None:
    """A legend written a line a letter, its last line giving the mark for 'none': the
    line is part of the legend (not the title) and the cells so marked hold no letter."""
    mark = line[0]
    rows = [["Warehouse move"], ["R = Responsible"], ["A = Accountable"], [line], [None],
            ["Task", "Lead", "Crew"], ["Pack", "A", "R"], ["Load", "A/R", mark],
            ["Unpack", mark, "A/R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Pack": {"Lead": "A", "Crew": "R"}, "Load": {"Lead": "AR"},
                          "Unpack": {"Crew": "AR"}}
    assert plan.scheme == "RACI" and plan.title == "Warehouse move"


def test_a_mark_whose_meaning_only_later_denies_is_not_read_as_none(tmp_path: Path) -> None:
    """'X = does the work (not the sign-off)': the meaning does not open on a denial."""
    rows = [["Legend: X = does the work (not the sign-off), A = Accountable"],
            ["Task", "Lead", "Crew"], ["Pack", "A", "X"], ["Load", "A", "X"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Pack"].get("Crew")


def test_phase_headings_over_activities_written_in_lower_case_stay_phases(
        tmp_path: Path) -> None:
    """A sheet that writes every activity in lower case: the first one under each phase
    heading starts its own name, as the others (right under lettered rows) show."""
    rows = [["Activity", "PM", "Dev"], ["Discovery", None, None],
            ["interview the users", "A", "R"], ["write up the findings", "A", "R"],
            ["map the journeys", "C", "R"], ["Delivery", None, None],
            ["build the prototype", "A", "R"], ["run the pilot", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Discovery", "interview the users"), ("Discovery", "write up the findings"),
        ("Discovery", "map the journeys"), ("Delivery", "build the prototype"),
        ("Delivery", "run the pilot")]


def test_names_broken_over_two_rows_are_still_joined_among_capitalised_names(
        tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev"], ["Agree the scope", "A", "R"],
            ["Prepare the budget and the", None, None], ["staffing plan", "A", "R"],
            ["Hire the", None, None], ["contractors", "A", "C"], ["Kick off", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [
        "Agree the scope", "Prepare the budget and the staffing plan", "Hire the contractors",
        "Kick off"]


@pytest.mark.parametrize("first", ["iOS release", "eCommerce checkout", "e-mail campaign"])
def test_a_phase_heading_over_a_name_spelt_in_lower_case_stays_a_phase(
        tmp_path: Path, first: str) -> None:
    """'Web' over 'eCommerce checkout': a name whose own spelling starts in lower case
    does not go on from the phase heading above it."""
    rows = [["Activity", "PM", "Dev"], ["Mobile", None, None], ["Android release", "A", "R"],
            ["Web", None, None], [first, "A", "R"], ["Landing page", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Mobile", "Android release"), ("Web", first), ("Web", "Landing page")]


def test_numbered_phases_over_unnumbered_activities_are_no_broken_names(
        tmp_path: Path) -> None:
    """Only the phase rows carry a number: an activity without one under a phase is no
    second half of the phase's name."""
    rows = [["No.", "Activity", "PM", "Dev"], [1, "Planning", None, None],
            [None, "Kick-off meeting", "A", "R"], [None, "Scope", "A", "R"],
            [2, "Build", None, None], [None, "Code it", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Planning", "Kick-off meeting"), ("Planning", "Scope"), ("Build", "Code it")]


def test_activities_whose_names_mostly_end_in_deleted_or_cancelled_all_stay(
        tmp_path: Path) -> None:
    """A data team's RACI where most names end in a bracketed '(deleted)', '(cancelled)':
    what each activity works on, not rows crossed out (before, every row was dropped and
    the grid read turned on its side)."""
    rows = [["#", "Task", "Lead", "Crew"], [1, "Restore files (deleted)", "A", "R"],
            [2, "Refund orders (cancelled)", "A", "R"], [3, "Recover accounts (removed)", "R", "A"],
            [4, "Back up the mail", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert [a.name for a in plan.activities] == [
        "Restore files (deleted)", "Refund orders (cancelled)", "Recover accounts (removed)",
        "Back up the mail"]


@pytest.mark.parametrize("first", [
    ("Area", ["Finance", "HR", "IT", "Legal"]),
    ("Owner", ["Alice", "Bob", "Carol", "Dan"]),
    ("System", ["SAP", "Salesforce", "Workday", "Jira"])])
def test_a_column_of_one_word_a_row_before_the_names_is_no_activity_column(
        tmp_path: Path, first: tuple[str, list[str]]) -> None:
    """An area, owner or system written once per row before the deliverables: every value
    is its own, but the activities are the names of a few words after it."""
    heading, values = first
    names = ["Budget plan approved", "Staffing plan signed off", "Laptops ordered and imaged",
             "Contracts reviewed"]
    rows = [[heading, "Deliverable", "Sponsor", "Team"],
            *([v, n, "A", "R"] for v, n in zip(values, names, strict=True))]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == names


def test_a_last_role_headed_like_a_total_but_not_gathering_the_letters_stays_a_role(
        tmp_path: Path) -> None:
    """A pivot's total column holds every letter of its row; one headed 'Totaal' whose
    letters are its own (R where the others have A and C) is a role."""
    rows = [["Taak", "Projectleider", "Team", "Totaal"], ["Plannen", "A", "R", "R"],
            ["Bouwen", "R", "A", "C"], ["Testen", "C", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Projectleider", "Team", "Totaal"]
    assert grid(plan)["Testen"] == {"Projectleider": "C", "Team": "R", "Totaal": "A"}


def test_an_example_table_above_the_grid_under_the_same_header_is_no_first_page(
        tmp_path: Path) -> None:
    """A template shows an example under the header, then the real grid under the header
    again: no page's foot, no title repeated; the example is no part of the grid."""
    head = ["Activity", "PM", "Dev", "QA"]
    rows = [["How to fill in this template"], ["Example:"], head,
            ["Write the test plan", "A", "R", "C"], [None], ["Your matrix"], head,
            ["Plan", "A", "R", None], ["Build", "R", "A", "C"], ["Test", "A", "C", "R"],
            ["Release", "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Plan", "Build", "Test", "Release"]


@pytest.mark.parametrize("first", ["Phase 1 - Plan", "Planning"])
def test_one_table_per_phase_under_its_heading_is_one_grid_with_those_phases(
        tmp_path: Path, first: str) -> None:
    """Each phase its own table: a heading, the header written again, its rows. Every
    table is read, each heading the phase of the rows under it (the first one was lost,
    the grid taken to be the one with the most letters)."""
    head = ["Activity", "PM", "Dev", "QA"]
    second = "Phase 2 - Build" if first.startswith("Phase") else "Building"
    rows = [["Website rebuild"], [None], [first], head, ["Scope", "A", "R", "C"],
            ["Budget", "A", "C", None], [None], [second], head, ["Code", "A", "R", "C"],
            ["Test", "A", "C", "R"], ["Launch", "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        (first, "Scope"), (first, "Budget"), (second, "Code"), (second, "Test"),
        (second, "Launch")]
    assert plan.title == "Website rebuild"


def test_a_table_per_project_under_the_same_header_keeps_every_table(tmp_path: Path) -> None:
    """Two tables with the same roles, each under its own heading: the first is no
    example (nothing says so), so both are read, each heading grouping its rows."""
    head = ["Task", "Lead", "Crew"]
    rows = [["North depot"], head, ["Survey", "A", "R"], ["Fit out", "A", "R"], [None],
            [None], ["South depot"], head, ["Survey", "A", "C"], ["Demolish", "A", "R"],
            ["Rebuild", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("North depot", "Survey"), ("North depot", "Fit out"), ("South depot", "Survey"),
        ("South depot", "Demolish"), ("South depot", "Rebuild")]


def test_a_summary_under_the_same_header_below_the_grid_is_no_page_break(
        tmp_path: Path) -> None:
    """Counts of each letter per role under the header written again: the grid ends
    there, and the summary is said to be outside it, not a page's foot and head."""
    head = ["Activity", "PM", "Dev", "QA"]
    rows = [head, ["Plan", "A", "R", "C"], ["Build", "A", "R", "C"], ["Test", "A", "C", "R"],
            [None], ["Summary"], head, ["Count of R", 0, 2, 1], ["Count of A", 3, 0, 0]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Plan", "Build", "Test"]
    assert "page break" not in said(plan)
    assert "A6:D9" in said(plan)


@pytest.mark.parametrize("merged", [True, False])
def test_sections_numbered_in_roman_over_activities_numbered_1_2_3_are_phases(
        tmp_path: Path, merged: bool) -> None:
    """'No.' holds I, 1, 2, II, 3 ...: numbering, though 'I' is a letter (the sheet was
    turned on its side); the rows numbered in Roman, their names merged across the grid
    or not, head the sections."""
    rows = [["No.", "Activity", "PM", "Dev", "QA"], ["I", "Planning", None, None, None],
            ["1", "Scope", "A", "R", "C"], ["2", "Budget", "A", "C", "I"],
            ["II", "Delivery", None, None, None], ["3", "Build", "A", "R", "C"],
            ["4", "Test", "A", "C", "R"], ["III", "Closure", None, None, None],
            ["5", "Handover", "A", "R", "I"]]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if merged:
        for r in (2, 5, 8):
            sheet.merge_cells(f"B{r}:E{r}")
    path = tmp_path / "sections.xlsx"
    book.save(path)
    plan = read_workbook(path)
    assert not plan.transposed
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Planning", "Scope"), ("Planning", "Budget"), ("Delivery", "Build"),
        ("Delivery", "Test"), ("Closure", "Handover")]


def test_pages_with_only_a_foot_between_them_are_one_grid(tmp_path: Path) -> None:
    head = ["Activity", "PM", "Dev"]
    rows = [head, ["Plan", "A", "R"], ["Book", "A", "R"], [None], ["Page 1 of 2"], [None],
            head, ["Build", "R", "A"], ["Test", "A", "R"], ["Ship", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Plan", "Book", "Build", "Test", "Ship"]


def test_dates_under_a_day_heading_group_the_activities_as_phases(tmp_path: Path) -> None:
    """An event's run sheet: the day each activity falls on, repeated down a 'Day' column,
    groups them as before; dates under other headings ('Created At') still do not."""
    rows = [["Day", "Activity", "Stage manager", "Crew"],
            ["2025-06-12", "Load in", "A", "R"], ["2025-06-12", "Sound check", "A", "R"],
            ["2025-06-13", "Doors open", "A", "R"], ["2025-06-13", "Show", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.phase for a in plan.activities] == [
        "2025-06-12", "2025-06-12", "2025-06-13", "2025-06-13"]


def test_a_notes_column_of_letter_colon_texts_beside_role_columns_is_no_tracker(
        tmp_path: Path) -> None:
    """A description column whose texts read 'A: ...; R: ...' beside role columns of
    letters is the grid's notes, not one text of assignments per row."""
    rows = [["Task", "Scope", "Chair", "Clerk", "Crew"],
            ["Book the hall", "A: the venue; R: the keys", "A", "R", "I"],
            ["Print the tickets", "A: the design; R: the run", "C", "A", "R"],
            ["Sell the tickets", "A: the float; R: the sales", "I", "A", "R"],
            ["Count the takings", "A: the cash; R: the bank", "A", "R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Chair", "Clerk", "Crew"]
    assert grid(plan)["Print the tickets"] == {"Chair": "C", "Clerk": "A", "Crew": "R"}
    assert "Scope: A: the design; R: the run" in plan.activities[1].description


def test_a_column_of_classes_typed_in_cyrillic_beside_the_roles_is_no_role(
        tmp_path: Path) -> None:
    """A priority column of 'А' and 'С' typed on a Cyrillic keyboard just left of the role
    columns: its A falls on rows whose A a role holds already, so it is no role column."""
    cyr_a, cyr_c = "\u0410", "\u0421"
    rows = [["Task", "Class", "Mayor", "Clerk", "Crew"],
            ["Approve the plan", cyr_a, "A", "R", "C"],
            ["Buy the desks", cyr_c, "A", "R", "I"],
            ["Open the office", cyr_a, "A", "C", "R"],
            ["Tell the residents", cyr_c, "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Mayor", "Clerk", "Crew"]
    assert f"Class: {cyr_a}" in plan.activities[0].description


def test_a_name_broken_over_two_rows_on_a_sheet_written_in_lower_case_is_joined(
        tmp_path: Path) -> None:
    """Activities in lower case, headings capitalised: a lower-case line without letters
    is the first half of a name, the lower-case line below it goes on with it."""
    rows = [["Activity", "PM", "Dev"], ["Discovery", None, None],
            ["interview the users", "A", "R"], ["write up the findings", "A", "R"],
            ["agree the budget with", None, None], ["the sponsor", "A", "C"],
            ["Delivery", None, None], ["build the prototype", "A", "R"],
            ["run the pilot", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Discovery", "interview the users"), ("Discovery", "write up the findings"),
        ("Discovery", "agree the budget with the sponsor"),
        ("Delivery", "build the prototype"), ("Delivery", "run the pilot")]


@pytest.mark.parametrize("line", ["F = Facilitates, no vote", "P = Participant, not the one "
                                                               "who decides"])
def test_a_mark_whose_meaning_denies_only_after_a_comma_stays_a_letter(
        tmp_path: Path, line: str) -> None:
    """'F = Facilitates, no vote': the meaning opens on what the mark is; the denial after
    the comma is a remark, so F stays a letter of the grid."""
    mark = line[0]
    rows = [["Task", "Chair", "Clerk", "Crew"], ["Plan", "A", "R", mark],
            ["Build", "A", "R", mark], ["Test", "A", mark, "R"], [],
            ["R = Responsible"], ["A = Accountable"], [line]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Plan"] == {"Chair": "A", "Clerk": "R", "Crew": mark}


def test_the_title_repeated_with_continued_over_the_next_page_is_no_phase(
        tmp_path: Path) -> None:
    """A report whose every page opens with its title ('(continued)' after it on the
    next) and the header: the title names the project, the pages make one grid with no
    phases and no activity named after the title."""
    rows = [["Harbour works matrix"], ["Task", "Master", "Crew"],
            ["Dredge the berth", "A", "R"], ["Fix the fenders", "A", "R"], [],
            ["Harbour works matrix (continued)"], ["Task", "Master", "Crew"],
            ["Paint the bollards", "A", "R"], ["Test the lights", "R", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.title == "Harbour works matrix"
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("", "Dredge the berth"), ("", "Fix the fenders"), ("", "Paint the bollards"),
        ("", "Test the lights")]


def test_a_letter_merged_down_over_several_activities_holds_for_each(tmp_path: Path) -> None:
    """'I' merged down over three activities that all inform the board: each of them
    informs it. A name wrapped onto a second row, its letters merged down over both rows,
    stays one activity."""
    rows = [["Step", "Activity", "Board", "Planner", "Crew"],
            ["1", "Draw up the budget", "I", "A", "R"],
            ["2", "Book the venue", None, "R", "A"],
            ["3", "Order the food", None, "A", "R"],
            ["4", "Hire the band", "A", "R", "C"],
            ["5", "Clean the hall", "C", "A", "R"],
            [None, "and hand back the keys", None, None, None]]
    path = write(tmp_path, rows, merges=["C2:C4", "C6:C7", "D6:D7", "E6:E7"])
    plan = read_workbook(path)
    assert grid(plan) == {
        "Draw up the budget": {"Board": "I", "Planner": "A", "Crew": "R"},
        "Book the venue": {"Board": "I", "Planner": "R", "Crew": "A"},
        "Order the food": {"Board": "I", "Planner": "A", "Crew": "R"},
        "Hire the band": {"Board": "A", "Planner": "R", "Crew": "C"},
        "Clean the hall": {"Board": "C", "Planner": "A", "Crew": "R"}}


def test_letters_in_each_row_under_a_name_merged_down_are_that_activitys(
        tmp_path: Path) -> None:
    """An activity name merged down over two rows, letters written in each of them (one
    role's in the first, another's in the second): every letter is that activity's, and
    the notes say how the second row was read."""
    rows = [["Task", "Chef", "Porter", "Manager"],
            ["Plan the menu", "R", None, "A"],
            ["Deep-clean the kitchen", None, "R", None],
            [None, "C", None, "A"],
            ["Order the stock", "R", "I", "A"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A3:A4"]))
    assert grid(plan) == {
        "Plan the menu": {"Chef": "R", "Manager": "A"},
        "Deep-clean the kitchen": {"Chef": "C", "Porter": "R", "Manager": "A"},
        "Order the stock": {"Chef": "R", "Porter": "I", "Manager": "A"}}
    assert "row 4: letters under the name merged down from A3" in said(plan)


def test_role_numbers_over_the_role_names_leave_the_names_as_headings(tmp_path: Path) -> None:
    """A row numbering the role columns ('R1', 'R2', 'R3') right over the row naming
    them: the names head the grid."""
    rows = [["", "R1", "R2", "R3"],
            ["Activity", "Head Chef", "Sous Chef", "Porter"],
            ["Plan the menu", "A", "R", None],
            ["Buy the produce", "A", "C", "R"],
            ["Wash up", "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Head Chef", "Sous Chef", "Porter"]
    assert grid(plan)["Wash up"] == {"Head Chef": "I", "Sous Chef": "A", "Porter": "R"}


def test_group_names_merged_down_beside_the_activity_names_are_phases(tmp_path: Path) -> None:
    """A column of group names each merged down over its activities, left of the
    activity names, under no heading that tells them apart: the names are the activities
    and the groups their phases."""
    rows = [[None, None, "Owner", "Helper", "Sponsor"],
            ["Getting ready", "Pick a date", "A", "R", "I"],
            [None, "Book the room", "R", "A", None],
            [None, "Send invitations", "A", "R", None],
            ["On the day", "Set out the chairs", "C", "R", "A"],
            [None, "Serve the tea", "A", "R", None],
            [None, "Lock up", "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A2:A4", "A5:A7"]))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Pick a date", "Getting ready"), ("Book the room", "Getting ready"),
        ("Send invitations", "Getting ready"), ("Set out the chairs", "On the day"),
        ("Serve the tea", "On the day"), ("Lock up", "On the day")]


def test_partners_down_the_side_each_with_several_accountables_is_turned(
        tmp_path: Path) -> None:
    """Partners down the side and many more tasks across, each task with its one A while
    most partners hold several: the sheet is on its side, the tasks are the activities."""
    tasks = ["Write the plan", "Run the survey", "Build the model", "Test the model",
             "Draft the report", "Print the report", "Hold the workshop", "Close the books"]
    letters = {"Northwind Labs": "A R C I A C R A",
               "Greyhaven Institute": "R A A R C R A C",
               "Bluefield Works": "C I R A R A I R"}
    rows = [["Partner", *tasks], *([name, *line.split()] for name, line in letters.items())]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.transposed
    assert [r.name for r in plan.roles] == list(letters)
    assert [a.name for a in plan.activities] == tasks
    assert grid(plan)["Test the model"] == {
        "Northwind Labs": "I", "Greyhaven Institute": "R", "Bluefield Works": "A"}
    assert ("read the grid turned on its side: roles down the side, activities across the "
            "top (each column holds one A, while most rows hold several)") in plan.notes


def test_roles_down_the_side_named_without_job_words_are_turned_by_their_a_s(
        tmp_path: Path) -> None:
    """Roles down the side under group rows, a contact column beside them, tasks across
    under a row of numbers, all in a language whose job words the import does not know:
    every task but one has exactly one A, while two of the roles hold several and the
    others one or none. The columns are the activities."""
    tasks = ["Kupanga bajeti", "Kununua vifaa", "Kujenga ukuta", "Kupaka rangi",
             "Kukagua kazi", "Kulipa fundi", "Kufungua jengo", "Kuandika ripoti"]
    rows = [["Mpango wa ukarabati"], [],
            [None, "Nambari", None, *range(1, 9)],
            [None, "Jukumu ↓ / Kazi →", "Mtu wa kuwasiliana", *tasks],
            ["Shule"],
            ["1", "Mwenyekiti", "Amina Juma", "A", "C", None, "I", "A", "R", "A", None],
            ["2", "Katibu", "Baraka Ali", "R", "A", None, None, "C", "C", "R", "A"],
            ["3", "Mweka hazina", "Neema Said", "C", "R", None, "A", None, "I", None, "R"],
            ["Jamii"],
            ["4", "Fundi mkuu", "Juma Omari", None, "I", "A/R", "R", "R", None, "C", None],
            ["5", "Wazazi", "Halima Musa", "I", None, "C", "C", None, "R", "I", "C"],
            ["6", "Walimu", "Rehema Ally", None, "I", "I", None, "I", None, "C", "I"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A5:K5", "A9:K9"]))
    assert plan.transposed
    assert [r.name for r in plan.roles] == ["Mwenyekiti", "Katibu", "Mweka hazina",
                                            "Fundi mkuu", "Wazazi", "Walimu"]
    assert [a.name for a in plan.activities] == tasks
    assert grid(plan)["Kukagua kazi"] == {"Mwenyekiti": "A", "Katibu": "C", "Fundi mkuu": "R",
                                          "Walimu": "I"}
    assert ("read the grid turned on its side: roles down the side, activities across the "
            "top (nearly every column holds one A, while several rows hold more)") in plan.notes


def test_a_grid_whose_rows_keep_to_one_a_is_not_turned_by_its_columns(
        tmp_path: Path) -> None:
    """Rows with one A each but one, and each role column accountable once: the rows keep
    to one A as well as the columns do, so the grid stays the right way up."""
    rows = [["Kazi", "Mwenyekiti", "Katibu", "Mweka hazina", "Fundi mkuu", "Wazazi"],
            ["Kupanga bajeti", "A", "R", "C", None, "I"],
            ["Kununua vifaa", "C", "A", "R", None, None],
            ["Kujenga ukuta", None, "I", "A", "R", None],
            ["Kupaka rangi", None, None, "C", "A/R", "I"],
            ["Kukagua kazi", "R", None, None, "C", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert [r.name for r in plan.roles] == rows[0][1:]


def test_a_messy_grid_the_right_way_up_is_not_turned_by_its_columns_a_s(
        tmp_path: Path) -> None:
    """Roles across in a language whose job words the import does not know, each of them
    accountable for one activity, while two activities have two A's and two have none (a
    messy matrix): as square as it is tall, or wider with activities down the side that
    are phrases beside roles of a word, or under a corner heading that calls them tasks,
    the A's alone do not turn the grid."""
    letters = [["A", "R", "C", "I", None, None, None, None],
               [None, "A", "R", "A", "C", None, "I", None],
               ["R", None, None, "R", "I", "C", None, "I"],
               [None, "C", "A", "R", "A", "I", "C", None],
               ["C", "R", "R", None, "R", "A", "A", "A"],
               ["I", "R", None, "C", None, "R", "R", "R"]]
    roles = ["Ketua", "Bendahari", "Setiausaha", "Juruteknik", "Pembekal", "Penyelia",
             "Peguam", "Juruaudit"]
    acts = ["Merancang belanjawan", "Membeli bahan binaan", "Membina dinding baru",
            "Mengecat bilik darjah", "Memeriksa kerja siap", "Menulis laporan akhir"]
    for width in (6, 8):
        rows = [["Senarai kerja", *roles[:width]],
                *[[name, *cells[:width]] for name, cells in zip(acts, letters, strict=True)]]
        plan = read_workbook(write(tmp_path, rows))
        assert not plan.transposed
        assert [r.name for r in plan.roles] == roles[:width]
        assert [a.name for a in plan.activities] == acts
    # names of a word or two either way, more roles than activities: the corner says
    # which names are the activities
    partners = ["Arvo Oy", "Brisk AB", "Corvo", "Dunmore", "Elbe", "Fjord", "Garve", "Hale"]
    packages = ["Hallinta", "Vaatimukset", "Prototyyppi", "Kenttäkokeet", "Levitys",
                "Hyödyntäminen"]
    rows = [["Tasks", *partners],
            *[[name, *cells] for name, cells in zip(packages, letters, strict=True)]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert [r.name for r in plan.roles] == partners


def test_a_consortium_table_of_partners_by_numbered_tasks_in_work_packages(
        tmp_path: Path) -> None:
    """Partners numbered down the first column beside their names, tasks across under a
    row of work packages merged over their tasks and a row of task numbers, a due row
    under the task names: the tasks, named by their titles, are the activities."""
    titles = ["Kick-off meeting", "Risk register", "Soil sampling", "Lab analysis",
              "Field trial", "Final report"]
    rows = [["Task responsibilities"], [],
            [None, None, "WP1 Management", None, "WP2 Research", None, None, "WP3 Closing"],
            ["Task", None, "T1.1", "T1.2", "T2.1", "T2.2", "T2.3", "T3.1"],
            ["No.", "Partner", *titles],
            [None, "Due", "M1", "M3", "M6", "M9", "M12", "M14"],
            ["P1", "Aldmoor College", "A/R", "C", "C", "I", "R", "A"],
            ["P2", "Fenwick Analytics", "C", "A", "A/R", "R", "C", "R"],
            ["P3", "Saltmarsh Farms", "I", "R", "C", "A", "A", "I"]]
    plan = read_workbook(write(tmp_path, rows, merges=["C3:D3", "E3:G3"]))
    assert plan.transposed
    assert [r.name for r in plan.roles] == [
        "Aldmoor College", "Fenwick Analytics", "Saltmarsh Farms"]
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Kick-off meeting", "WP1 Management"), ("Risk register", "WP1 Management"),
        ("Soil sampling", "WP2 Research"), ("Lab analysis", "WP2 Research"),
        ("Field trial", "WP2 Research"), ("Final report", "WP3 Closing")]
    assert grid(plan)["Lab analysis"] == {
        "Aldmoor College": "I", "Fenwick Analytics": "R", "Saltmarsh Farms": "A"}
    assert "A7:A9: numbers over the role rows; not imported" in plan.notes
    assert "guessed that row 3 holds phases" in plan.notes


def test_a_column_counting_each_rows_letters_is_left_out_whatever_its_heading(
        tmp_path: Path) -> None:
    """A column right of the roles holding, on each row, how many roles have letters
    there ('People involved'): computed, not a description."""
    rows = [["Activity", "Owner", "Helper", "Sponsor", "People involved", "Where"],
            ["Pick a date", "A", "R", "I", 3, "Office"],
            ["Book the room", "R", "A", None, 2, "Hall"],
            ["Send invitations", "A", "R", None, 2, "Office"],
            ["Lock up", "A", None, None, 1, "Hall"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Owner", "Helper", "Sponsor"]
    assert [a.description for a in plan.activities] == [
        "Where: Office", "Where: Hall", "Where: Office", "Where: Hall"]
    assert "column E ('People involved') holds counts; not imported" in plan.notes


def test_a_role_column_whose_heading_is_struck_through_is_not_imported(
        tmp_path: Path) -> None:
    """A role taken out of the chart but left in it for the record: its heading (and its
    old letters) struck through. It is no role of the project, its letters are no one's,
    and the summary names the column; a struck-through letter of a kept role is withdrawn."""
    rows = [["Job", "Warden", "Quartermaster (left in May)", "Cook", "Medic", "Scribe"],
            ["Pitch the tents", "A", "R", "I", "C"],
            ["Buy the food", "C", "A", "R", None],
            ["Dig the latrines", "R", "C", "I", "A"],
            ["Stock the first-aid kit", "I", "A", None, "R"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for row in range(1, 6):
        ws.cell(row, 3).font = Font(strike=True, color="808080")
    ws["F1"].font = Font(strike=True)  # a role crossed out before it had letters
    ws["D3"].font = Font(strike=True)  # a struck-through letter of a kept role: withdrawn
    wb.save(path)
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Warden", "Cook", "Medic"]
    assert grid(plan)["Buy the food"] == {"Warden": "C"}
    assert "D3: letters struck through, withdrawn" in said(plan)
    assert "column C ('Quartermaster (left in May)'): its heading is struck through" in said(
        plan)
    assert "column F ('Scribe'): its heading is struck through" in said(plan)


def test_number_codes_explained_by_a_key_in_one_cell_are_read_as_letters(
        tmp_path: Path) -> None:
    """Codes typed as numbers so a formula can count them (1 = R, 2 = A, 3 = C, 4 = I),
    explained by a key line above the grid, two codes in a cell as '2+1': the codes are
    those letters; the step numbers down the first column stay numbers."""
    rows = [["Harvest fair 2026"],
            ["Codes:  1 = Does the work (R)   2 = Signs off (A)   3 = Asked first (C)   "
             "4 = Told after (I)"],
            [],
            ["No.", "Job", "Chair", "Treasurer", "Stall holders", "Volunteers"],
            [1, "Book the field", 2, 1, None, 4],
            [2, "Hire the marquee", 3, 2, None, 1],
            [3, "Sell the pitches", None, "2+1", 3, None],
            [4, "Clear up", 4, None, 3, "2+1"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Chair", "Treasurer", "Stall holders", "Volunteers"]
    assert [a.name for a in plan.activities] == [
        "Book the field", "Hire the marquee", "Sell the pitches", "Clear up"]
    assert grid(plan)["Sell the pitches"] == {"Treasurer": "AR", "Stall holders": "C"}
    assert grid(plan)["Clear up"] == {"Chair": "I", "Stall holders": "C", "Volunteers": "AR"}
    assert ("numbers in place of letters: read by the key in A2 (1 = R, 2 = A, 3 = C, 4 = I), "
            "in 11 cells") in said(plan)  # not the step numbers


@pytest.mark.parametrize("key", [
    [[1, "Responsible"], [2, "Accountable"], [3, "Consulted"], [4, "Informed"]],
    [[1, "R"], [2, "A"], [3, "C"], [4, "I"]],
    [["1 - Responsible"], ["2 - Accountable"], ["3 - Consulted"], ["4 - Informed"]],
    [["Key: 1 – R (does it)   2 – A (signs off)   3 – C   4 – I"]]])
def test_number_codes_with_a_key_below_leave_a_count_column_alone(
        tmp_path: Path, key: list[list[Any]]) -> None:
    """The key below the grid: a code and its word or letter to a row, in two cells or one
    ('1 | Responsible', '1 | R', '1 - Responsible'), or all in one cell; a count of each
    row's codes right of the roles keeps its numbers (and is left out as counts)."""
    rows = [["Step", "Owner", "Builder", "Inspector", "Total"],
            ["Dig the footings", 2, 1, 3, 3],
            ["Pour the slab", 2, 1, 4, 3],
            ["Frame the walls", 1, 2, None, 2],
            ["Sign the handover", 2, 3, 1, 3],
            [], *key]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Owner", "Builder", "Inspector"]
    assert grid(plan)["Pour the slab"] == {"Owner": "A", "Builder": "R", "Inspector": "I"}
    assert grid(plan)["Frame the walls"] == {"Owner": "R", "Builder": "A"}
    # the key, read and named in the notes, is not listed as text left out
    assert not plan.skipped, plan.skipped


@pytest.mark.parametrize("key", [
    "Key: 0 = Not involved; 1 = Leads (R); 2 = Approves (A); 3 = Advises (C)",
    "Key: 1 = Leads (R); 2 = Approves (A); 3 = Advises (C)"])
def test_a_zero_among_number_codes_is_nobody(tmp_path: Path, key: str) -> None:
    """A grid of codes filled in everywhere, 0 where a role takes no part (the key says so,
    or it does not: 0 counts nothing): those cells are empty."""
    rows = [[key], ["Task", "Editor", "Writer", "Lawyer"],
            ["Draft the leaflet", 2, 1, 0], ["Check the claims", 2, 0, "3+1"],
            ["Print it", 0, 1, 2]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Draft the leaflet": {"Editor": "A", "Writer": "R"},
                          "Check the claims": {"Editor": "A", "Lawyer": "CR"},
                          "Print it": {"Writer": "R", "Lawyer": "A"}}


@pytest.mark.parametrize("line", [
    "凡例：Ｒ＝作業者　Ａ＝承認者　Ｃ＝相談先　Ｉ＝連絡先",
    "범례: R=작업자 A=승인자 C=자문 I=통보"])
def test_a_legend_in_east_asian_words_after_its_label_is_read_as_a_legend(
        tmp_path: Path, line: str) -> None:
    """A legend line under its label ('凡例', '범례') giving R, A, C and I each a word of
    the sheet's language, full-width or not, the entries apart by an ideographic space or
    a plain one: it is the grid's legend, not a skipped note."""
    rows = [["作業", "課長", "係長", "担当"], ["見積", "A", "R", "C"],
            ["発注", "A", "C", "R"], ["検収", "I", "A", "R"], [], [line]]
    plan = read_workbook(write(tmp_path, rows))
    assert "A6: a legend of the letters, read for what the letters mean" in said(plan)
    assert not any(s.startswith("A6") for s in plan.skipped)


def test_organisations_across_with_two_accountables_for_few_tasks_stay_the_right_way_up(
        tmp_path: Path) -> None:
    """Three tasks down the side, six organisations across, two of them accountable for
    each task (each organisation for one): shared accountability, not a sheet on its side
    (that has partners holding three A's or more among many more tasks)."""
    rows = [["Activity", "Aldmoor College", "Fenwick Analytics", "Saltmarsh Farms",
             "Greyhaven Institute", "Bluefield Works", "Northwind Labs"],
            ["Write the grant proposal", "A", "R", "A", "C", None, None],
            ["Run the field trials", "R", "C", None, "A", "A", "I"],
            ["Publish the results", "I", "A", "R", None, "C", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed
    assert [a.name for a in plan.activities] == [
        "Write the grant proposal", "Run the field trials", "Publish the results"]


@pytest.mark.parametrize("heading", ["Crew size", "Days", "Effort (hours)", "Priority"])
def test_a_column_of_quantities_beside_number_codes_keeps_its_numbers(
        tmp_path: Path, heading: str) -> None:
    """A column of small numbers right of a grid of number codes, headed as a quantity
    ('Crew size', 'Days'): the numbers are no codes, and the column no role."""
    rows = [["Key: 1 = Responsible, 2 = Accountable, 3 = Consulted, 4 = Informed"],
            ["Activity", "Owner", "Builder", "Inspector", heading],
            ["Draw plans", 2, 1, 3, 2], ["Get permit", 2, 1, 4, 1],
            ["Order steel", 1, 2, None, 3], ["Hand over", 2, 3, 1, 2]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Owner", "Builder", "Inspector"]
    assert grid(plan)["Hand over"] == {"Owner": "A", "Builder": "C", "Inspector": "R"}
    assert plan.activities[0].description == f"{heading}: 2"
    assert "in 11 cells" in said(plan)


def test_a_priority_column_that_happens_to_match_the_letter_counts_is_kept(
        tmp_path: Path) -> None:
    """Priorities (3, 2, 3) that happen to equal how many roles have letters on each row:
    headed as a quantity, they are no count and stay in the descriptions."""
    rows = [["Activity", "PM", "Dev", "QA", "Priority"],
            ["Plan", "A", "R", "C", 3], ["Build", "R", "A", None, 2],
            ["Test", "C", "R", "A", 3]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.description for a in plan.activities] == [
        "Priority: 3", "Priority: 2", "Priority: 3"]
    assert "holds counts" not in said(plan)


def test_a_header_row_struck_through_all_along_crosses_no_role_out(tmp_path: Path) -> None:
    """Every heading of the header row struck through (a style, not roles crossed out):
    the grid is read as it stands (it was refused with a message about a correction
    nobody gave)."""
    rows = [["Activity", "PM", "Dev", "QA"], ["Plan", "A", "R", "C"], ["Do", "R", "A", None],
            ["Check", "C", "R", "A"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for cell in ("A1", "B1", "C1", "D1"):
        ws[cell].font = Font(strike=True)
    wb.save(path)
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["PM", "Dev", "QA"]
    assert "struck" not in said(plan)


def test_partners_with_long_names_down_the_side_of_numbered_tasks_is_turned(
        tmp_path: Path) -> None:
    """Partners named in full down the side, tasks numbered across ('T1'), each task with
    its one A and each partner with three: the sheet is on its side, however long the
    partners' names are beside the task numbers."""
    letters = {"University of Northern Aldmoor": "A R C A I A R C C",
               "Fenwick Institute of Applied Analytics": "R A A R A C C A R",
               "Saltmarsh Farming Cooperative Society": "C C R C R R A R A"}
    tasks = [f"T{i}" for i in range(1, 10)]
    rows = [["Partner", *tasks], *([name, *line.split()] for name, line in letters.items())]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.transposed
    assert [a.name for a in plan.activities] == tasks


def test_numbered_stage_headings_that_name_letters_are_no_key_of_number_codes(
        tmp_path: Path) -> None:
    """Phase rows 'Stage 1: Inform the residents' and 'Stage 2: Consult the residents'
    (a number after a word, then words that name letters) beside a column of wave numbers:
    no key, the numbers stay numbers and the column is no role."""
    rows = [["Activity", "Wave", "Council", "Contractor", "Residents"],
            ["Stage 1: Inform the residents", None, None, None, None],
            ["Send the letters", 1, "A", "R", "I"], ["Hold the drop-in", 2, "A", "R", "I"],
            ["Stage 2: Consult the residents", None, None, None, None],
            ["Run the survey", 2, "A", "R", "C"], ["Report back", 1, "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Council", "Contractor", "Residents"]
    assert "numbers in place of letters" not in said(plan)


def test_names_written_in_the_column_of_their_level_under_one_merged_heading(
        tmp_path: Path) -> None:
    """An outline by column under one heading merged across three ('Task' over B:D):
    headings typed in B (no letters), tasks in C, their steps in D, both with letters. Every
    lettered row is an activity, whichever column its name sits in, and the headings are
    phases."""
    rows = [["No.", "Task", None, None, "Due", "Head baker", "Shop", "Driver"],
            ["1", "Morning", None, None, None, None, None, None],
            ["1.1", None, "Mix the doughs", None, "05:00", "A R", "I", None],
            ["1.1.1", None, None, "Weigh the flour", "04:45", "A", "R", None],
            ["1.1.2", None, None, "Proof the rye", "05:30", "A", None, "R"],
            ["1.2", None, "Load the van", None, "06:00", "I", "A", "R"],
            ["2", "Afternoon", None, None, None, None, None, None],
            ["2.1", None, "Count the till", None, "17:00", None, "A R", "I"],
            ["2.1.1", None, None, "Bag the coins", "17:15", "I", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["B1:D1"]))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Morning", "Mix the doughs"), ("Morning", "Weigh the flour"),
        ("Morning", "Proof the rye"), ("Morning", "Load the van"),
        ("Afternoon", "Count the till"), ("Afternoon", "Bag the coins")]
    assert grid(plan)["Proof the rye"] == {"Head baker": "A", "Driver": "R"}
    assert grid(plan)["Mix the doughs"] == {"Head baker": "AR", "Shop": "I"}
    assert "columns B, C, D under one heading ('Task')" in said(plan)


def test_a_key_in_the_sheets_own_words_between_two_parts_of_the_grid(tmp_path: Path) -> None:
    """The key written as rows inside the table, between part 1 and part 2: a title naming
    it in two languages, then lines giving each letter's word in the sheet's language with
    the RACI word in brackets (two entries on one line apart by a dot), each merged across
    the roles; the next part's heading right under it. The key is no activity, and the grid
    goes on under the next heading."""
    rows = [["#", "Job", "Chair", "Coach", "Parents", "Caretaker"],
            ["PART 1 - BEFORE THE DAY"],
            [1, "Book the field", "A", "R", None, "C"],
            [2, "Mark the lanes", None, "A", "I", "R"],
            [None, "NYCKEL / KEY"],
            [None, "R = Utför (Responsible) - does it"],
            [None, "A = Ansvarar (Accountable) - signs off"],
            [None, "C = Tillfrågas (Consulted)   ·   I = Informeras (Informed)"],
            ["PART 2 - ON THE DAY"],
            [3, "Run the races", "I", "A R", "C", None],
            [4, "Hand out medals", "A R", "C", "I", None]]
    merges = ["A2:F2", "B5:F5", "B6:F6", "B7:F7", "B8:F8", "A9:F9"]
    plan = read_workbook(write(tmp_path, rows, merges=merges))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("PART 1 - BEFORE THE DAY", "Book the field"),
        ("PART 1 - BEFORE THE DAY", "Mark the lanes"),
        ("PART 2 - ON THE DAY", "Run the races"), ("PART 2 - ON THE DAY", "Hand out medals")]
    assert grid(plan)["Hand out medals"] == {"Chair": "AR", "Coach": "C", "Parents": "I"}
    assert "A5:F8: a legend of the letters between the activities" in said(plan)
    assert "NYCKEL" not in said(plan)


def test_letters_struck_through_in_grey_are_withdrawn_and_read_as_empty(
        tmp_path: Path) -> None:
    """A revised chart keeping its withdrawn assignments as single letters struck through in
    grey: those cells are empty, and the summary names them. A row whose name is struck
    through too keeps its letters (a row crossed off a list), and a grid whose every letter
    is struck through is read as it stands (a style)."""
    rows = [["Step", "Mayor", "Engineer", "Clerk", "Contractor"],
            ["Survey the mains", "A", "R", "C", "I"],
            ["Approve the budget", "A", "C", "R", None],
            ["Dig the trench", "I", "A", None, "R"],
            ["Lay the pipe", "I", "A", "C", "R"],
            ["Close the road", "C", "A", "I", "R"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for cell in ("D2", "B4", "A5", "D5"):
        ws[cell].font = Font(strike=True, color="A6A6A6")
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Survey the mains"] == {"Mayor": "A", "Engineer": "R", "Contractor": "I"}
    assert grid(plan)["Dig the trench"] == {"Engineer": "A", "Contractor": "R"}
    assert grid(plan)["Lay the pipe"] == {"Mayor": "I", "Engineer": "A", "Clerk": "C",
                                          "Contractor": "R"}
    assert "D2, B4: letters struck through, withdrawn and kept for the record" in said(plan)
    for r in range(2, 7):
        for c in range(2, 6):
            ws.cell(r, c).font = Font(strike=True)
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Survey the mains"] == {"Mayor": "A", "Engineer": "R", "Clerk": "C",
                                              "Contractor": "I"}
    assert "struck" not in said(plan)


def test_an_outline_by_column_from_the_sheets_first_column(tmp_path: Path) -> None:
    """The outline under one heading merged over A:B, nothing left of it: headings in A,
    activities in B. The names are read, the headings as phases, and column A lies inside
    the grid (no text outside it to describe)."""
    rows = [["Activity", None, "Lead", "Team", "Board"],
            ["Planning", None, None, None, None],
            [None, "Draft the plan", "A", "R", "I"],
            [None, "Agree the budget", "R", "C", "A"],
            ["Delivery", None, None, None, None],
            [None, "Run the event", "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A1:B1"]))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Planning", "Draft the plan"), ("Planning", "Agree the budget"),
        ("Delivery", "Run the event")]
    assert "outside the grid" not in said(plan)


def test_a_row_whose_every_letter_is_struck_through_keeps_them(tmp_path: Path) -> None:
    """Two rows crossed off across their letters (done, the name left plain) among rows
    with one withdrawn letter each: the crossed-off rows keep their letters, the withdrawn
    letters are cleared."""
    rows = [["Task", "Lead", "Team", "Board", "Vendor"],
            ["Draft the plan", "A", "R", "I", None],
            ["Agree the budget", "R", "C", "A", None],
            ["Book the venue", "A", "R", None, "C"],
            ["Order catering", "A", None, "I", "R"],
            ["Run the event", "A", "R", "I", "C"],
            ["Pay invoices", "R", None, "A", "I"]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for cell in ("B2", "C2", "D2", "B3", "C3", "D3", "E4", "D5"):
        ws[cell].font = Font(strike=True, color="A6A6A6")
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Draft the plan"] == {"Lead": "A", "Team": "R", "Board": "I"}
    assert grid(plan)["Agree the budget"] == {"Lead": "R", "Team": "C", "Board": "A"}
    assert grid(plan)["Book the venue"] == {"Lead": "A", "Team": "R"}
    assert grid(plan)["Order catering"] == {"Lead": "A", "Vendor": "R"}
    assert "E4, D5: letters struck through" in said(plan)


def test_changes_tracked_inside_a_cell_as_struck_through_runs_read_as_the_new_letters(
        tmp_path: Path) -> None:
    """A version under review keeping its changes in the cells as rich text: the old letter
    a struck-through run, then the new one ('C' crossed out, ' R'); a cell holding only a
    struck-through run is a letter withdrawn (read as empty, and named); a name with a
    word crossed out reads without it."""
    rows = [["Item", "Warden", "Caretaker", "Treasurer", "Builder"],
            ["Fix the roof", "A", None, "I", "R"],
            ["Repaint the hall", "A", "R", "C", None],
            ["Renew the lease", "R", None, "A", "I"],
            ["Clear the gutters", "I", "A", None, "R"],
            ["Buy chairs", "C", "R", "A", None]]
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    old, new = InlineFont(strike=True, color="808080"), InlineFont(b=True, color="C00000")
    ws["C2"] = CellRichText([TextBlock(old, "I"), " ", TextBlock(new, "C")])
    ws["E3"] = CellRichText([TextBlock(old, "C"), TextBlock(new, " A/R")])
    ws["C4"] = CellRichText([TextBlock(old, "C")])
    ws["A5"] = CellRichText(["Clear the ", TextBlock(old, "drains and "), "gutters"])
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan) == {
        "Fix the roof": {"Warden": "A", "Caretaker": "C", "Treasurer": "I", "Builder": "R"},
        "Repaint the hall": {"Warden": "A", "Caretaker": "R", "Treasurer": "C",
                             "Builder": "AR"},
        "Renew the lease": {"Warden": "R", "Treasurer": "A", "Builder": "I"},
        "Clear the gutters": {"Warden": "I", "Caretaker": "A", "Builder": "R"},
        "Buy chairs": {"Warden": "C", "Caretaker": "R", "Treasurer": "A"}}
    assert "C4: letters struck through, withdrawn" in said(plan)


def test_a_struck_letter_under_a_merged_name_is_the_one_cleared(tmp_path: Path) -> None:
    """A name merged down over two rows, a letter struck through in each: the struck
    letter of the second row is cleared (and named as its own cell), the others kept."""
    rows = [["Task", "Lead", "Team", "Board", "Vendor"],
            ["Plan", "A", "R", "I", None],
            ["Deep-clean the kitchen", "A", "C", None, None],
            [None, None, None, "I", "R"],
            ["Order stock", "R", "I", "A", None],
            ["Pay staff", "A", "R", "I", None],
            ["Lock up", "A", "R", "I", None]]
    path = write(tmp_path, rows, merges=["A3:A4"])
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for cell in ("C3", "D4"):
        ws[cell].font = Font(strike=True, color="A6A6A6")
    wb.save(path)
    plan = read_workbook(path)
    assert grid(plan)["Deep-clean the kitchen"] == {"Lead": "A", "Vendor": "R"}
    assert "C3, D4: letters struck through" in said(plan)


@pytest.mark.parametrize("second", [[None, "C", None, "A"], [None, "C", "R", None]])
def test_rows_under_a_merged_name_with_whole_lines_of_their_own_are_not_joined(
        tmp_path: Path, second: list[str | None]) -> None:
    """A name merged down over two rows whose second row letters a role the first letters
    too, or holds a second A: each row is a line of its own, not a share of one activity's
    letters, so the letters are not joined into one (no 'A' and 'C' for one role)."""
    rows = [["Task", "Lead", "Team", "Board"],
            ["Plan the fair", "A", "R", "I"],
            ["Deep-clean", "A", "R", None],
            second,
            ["Order stock", "R", "I", "A"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A3:A4"]))
    assert grid(plan)["Deep-clean"] == {"Lead": "A", "Team": "R"}
    assert "row 4: letters but no activity name in A4; skipped" in said(plan)


@pytest.mark.parametrize("heading", ["C - Close-out (consult users)",
                                     "C - Close-out (Consulted: users)"])
def test_a_lettered_heading_with_a_remark_in_brackets_is_no_legend(
        tmp_path: Path, heading: str) -> None:
    """A phase lettered 'C - ...' whose remark in brackets starts with the letter's word
    is a heading still: only the word alone in brackets gives a legend line."""
    rows = [["Task", "Lead", "Team", "Board"],
            ["A - Planning", None, None, None],
            ["Draft the plan", "A", "R", "I"],
            ["Agree the budget", "R", "C", "A"],
            [heading, None, None, None],
            ["Survey users", "A", "R", "I"],
            ["Write the report", "A", "R", "C"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.phase for a in plan.activities] == ["A - Planning", "A - Planning",
                                                  heading, heading]
    assert "legend" not in said(plan)


def test_a_heading_after_a_gap_below_a_legend_opens_no_more_of_the_grid(
        tmp_path: Path) -> None:
    """A legend under the grid, a blank row, then a heading over rows of letters (an old
    version kept below): the grid ends at the legend, as it does with no heading."""
    rows = [["Task", "Lead", "Team", "Board"],
            ["Draft the plan", "A", "R", "I"],
            ["Agree the budget", "R", "C", "A"],
            [None],
            ["Key"],
            ["R = Responsible"],
            ["A = Accountable"],
            [None],
            ["Last year's plan"],
            ["Draft the old plan", "A", "R", "I"],
            ["Agree the old budget", "R", "C", "A"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == ["Draft the plan", "Agree the budget"]


def test_an_outline_under_a_heading_over_the_numbering_too(tmp_path: Path) -> None:
    """'Task' merged over A:C, the outline numbers in A, headings and activities in B,
    steps in C: the numbering is no level of the outline, and the steps are activities."""
    rows = [["Task", None, None, "Lead", "Team", "Board"],
            ["1", "Morning", None, None, None, None],
            ["1.1", "Mix the doughs", None, "A", "R", None],
            ["1.1.1", None, "Weigh the flour", "A", None, "R"],
            ["1.2", "Load the van", None, "I", "A", "R"],
            ["2", "Afternoon", None, None, None, None],
            ["2.1", "Count the till", None, None, "A", "R"]]
    plan = read_workbook(write(tmp_path, rows, merges=["A1:C1"]))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Morning", "Mix the doughs"), ("Morning", "Weigh the flour"),
        ("Morning", "Load the van"), ("Afternoon", "Count the till")]
    assert grid(plan)["Weigh the flour"] == {"Lead": "A", "Board": "R"}


STEPPED = [("Survey", 0, None), ("Haul out the hull", 1, "A R C I"),
           ("Book the slipway", 2, "A R - I"), ("Arrange the crane", 2, "C A R -"),
           ("Inspect the shaft", 1, "A R C -"), ("Works", 0, None),
           ("Replace the bearing", 1, "A C R I"), ("Order the bearing", 2, "- A R -"),
           ("Antifoul the hull", 1, "A - R I")]


def stepped_rows(heads: list[str | None]) -> list[list[str | None]]:
    """A title, the header (three level columns, then the roles) and the outline of
    STEPPED, each name in the column of its level."""
    rows: list[list[str | None]] = [["Harbour refit"], [],
                                    [*heads, "Skipper", "Engineer", "Yard", "Owner"]]
    for name, level, letters in STEPPED:
        row: list[str | None] = [None, None, None]
        row[level] = name
        row += [None if x == "-" else x for x in (letters or "- - - -").split()]
        rows.append(row)
    return rows


@pytest.mark.parametrize("heads", [["Phase", "Step", "Task"], [None, None, None],
                                   ["Activity", None, None]])
def test_names_stepping_right_column_by_column_under_headings_of_their_own(
        tmp_path: Path, heads: list[str | None]) -> None:
    """An outline by column with no heading merged over it: each level's column under a
    heading of its own ('Phase | Step | Task'), under none, or the first headed alone. Each
    row holds one name, a row one column further right under a row of the column before:
    every name is read, the steps and their sub-steps are activities, the first column's
    names phases."""
    plan = read_workbook(write(tmp_path, stepped_rows(heads)))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Survey", "Haul out the hull"), ("Survey", "Book the slipway"),
        ("Survey", "Arrange the crane"), ("Survey", "Inspect the shaft"),
        ("Works", "Replace the bearing"), ("Works", "Order the bearing"),
        ("Works", "Antifoul the hull")]
    assert grid(plan)["Arrange the crane"] == {"Skipper": "C", "Engineer": "A", "Yard": "R"}
    assert "columns A, B, C: each name written in the column of its level" in said(plan)
    assert "no activity name" not in said(plan)


def test_names_that_skip_a_level_are_no_outline(tmp_path: Path) -> None:
    """A row whose name sits two columns right of the row above (no row of the level
    between) does not step right: the columns are not read as an outline."""
    rows = stepped_rows(["Phase", "Step", "Task"])
    rows[4] = [None, None, "Haul out the hull", "A", "R", "C", "I"]
    plan = read_workbook(write(tmp_path, rows))
    assert "column of its level" not in said(plan)


def test_a_phase_column_over_named_activities_is_no_outline(tmp_path: Path) -> None:
    """'Phase | Task': each phase alone on its row, the activities named in the Task column:
    every lettered row is named in the activity column, so nothing is read as an outline."""
    rows = [["Phase", "Task", "Lead", "Team"], ["Plan", None, None, None],
            [None, "Draft the plan", "A", "R"], [None, "Agree the budget", "R", "A"],
            ["Build", None, None, None], [None, "Run the build", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Plan", "Draft the plan"), ("Plan", "Agree the budget"), ("Build", "Run the build")]
    assert "column of its level" not in said(plan)


def test_many_rows_marked_cancelled_are_read_in_one_pass(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long grid (1,500 rows) where nine rows in ten are marked '(cancelled)' and struck
    through, names and letters: whether so many marks cross rows out is asked of the sheet
    once, not again for every row marked, so each row's mark is read a few times at most
    (the grid is read twice, and the sheet once more for the share). Most rows are so
    marked, so every row is imported (the words tell what they work on)."""
    n = 1500
    rows: list[list[str | None]] = [["Task", "Lead", "Crew", "Board"]]
    for i in range(n):
        rows.append([f"Check meter {i}" + (" (cancelled)" if i % 10 else ""), "A", "R", "I"])
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for r in range(2, n + 2):
        if (r - 2) % 10:
            for c in range(1, 5):
                ws.cell(r, c).font = Font(strike=True)
    wb.save(path)
    calls = 0
    marked = layout._marked

    def counted(*args: Any) -> bool:
        nonlocal calls
        calls += 1
        return marked(*args)

    monkeypatch.setattr(layout, "_marked", counted)
    plan = read_workbook(path)
    assert len(plan.activities) == n
    assert calls <= 4 * n


def test_rows_looked_ahead_once_each_when_reading_phase_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Phase rows, sub-totals and activities in a long grid: what follows each row (the
    next row that is no continuation, the next activity) is found in one pass from the
    end, so the rows are not copied again for every row (no slice of the rows is taken)."""
    rows: list[list[str | int | None]] = [["No.", "Task", "Lead", "Crew"]]
    for p in range(1, 300):
        rows.append([str(p), f"Stage {p}", None, None])
        rows += [[f"{p}.{k}", f"Step {p}.{k}", "A", "R"] for k in (1, 2)]
    sliced = 0

    class Rows(list):  # type: ignore[type-arg]
        def __getitem__(self, key: Any) -> Any:
            nonlocal sliced
            if isinstance(key, slice):
                sliced += len(range(*key.indices(len(self))))
            return super().__getitem__(key)

    classify = layout.classify_bare
    monkeypatch.setattr(importer, "classify_bare",
                        lambda t, lay, roles, found: classify(t, lay, roles, Rows(found)))
    plan = read_workbook(write(tmp_path, rows))
    assert [a.phase for a in plan.activities][:3] == ["Stage 1", "Stage 1", "Stage 2"]
    assert sliced == 0


def test_many_names_broken_over_two_rows_ask_the_numbering_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names broken over two rows under numbered rows, many times over: whether the
    activities carry numbers is asked of the sheet once per reading of the grid, not once
    for every broken name."""
    rows: list[list[str | None]] = [["No.", "Task", "Lead", "Crew"]]
    for k in range(1, 300):
        rows.append([f"{k}.1", f"Open the valve {k}", "A", "R"])
        rows.append([f"{k}.2", f"Bleed the line {k}", "A", "R"])
        rows.append([f"{k}.3", "Record the reading of", None, None])
        rows.append([None, f"Gauge {k}", "A", "R"])
    calls = 0
    numbered = layout.numbered_names

    def counted(*args: Any) -> bool:
        nonlocal calls
        calls += 1
        return numbered(*args)

    monkeypatch.setattr(layout, "numbered_names", counted)
    plan = read_workbook(write(tmp_path, rows))
    assert plan.activities[2].name == "Record the reading of Gauge 1"
    assert 1 <= calls <= 2


@pytest.mark.parametrize("merged", [True, False])
def test_a_grid_turned_on_its_side_and_outlined_keeps_its_struck_letters(
        tmp_path: Path, merged: bool) -> None:
    """Activities across the top, each name in the row of its level (phases in row 1, steps
    in row 2, sub-steps in row 3; 'Activity' merged down over the three, or written in the
    first alone), roles down column A, two withdrawn letters struck through: read turned on
    its side and as an outline, every letter where it stands and the struck ones empty."""
    names = [("Survey", 0), ("Haul out the hull", 1), ("Book the slipway", 2),
             ("Inspect the shaft", 1), ("Works", 0), ("Replace the bearing", 1),
             ("Order the bearing", 2), ("Antifoul the hull", 1)]
    letters = {"Skipper": [None, "A", "C", "A", None, "A", None, "A"],
               "Marine engineer": [None, "R", "A", "R", None, "C", "A", None],
               "Yard foreman": [None, "C", "R", "C", None, "R", "R", "R"],
               "Owner": [None, "I", None, None, None, "I", None, "I"]}
    rows: list[list[str | None]] = [["Activity", *[None] * 8], [None] * 9, [None] * 9]
    for j, (name, level) in enumerate(names):
        rows[level][1 + j] = name
    rows += [[role, *marks] for role, marks in letters.items()]
    path = write(tmp_path, rows, merges=["A1:A3"] if merged else [])
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for cell in ("D5", "G6"):
        ws[cell].font = Font(strike=True, color="A6A6A6")
    wb.save(path)
    plan = read_workbook(path)
    assert plan.transposed
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Survey", "Haul out the hull"), ("Survey", "Book the slipway"),
        ("Survey", "Inspect the shaft"), ("Works", "Replace the bearing"),
        ("Works", "Order the bearing"), ("Works", "Antifoul the hull")]
    assert grid(plan)["Book the slipway"] == {"Skipper": "C", "Yard foreman": "R"}
    assert grid(plan)["Order the bearing"] == {"Marine engineer": "A", "Yard foreman": "R"}
    assert grid(plan)["Replace the bearing"] == {"Skipper": "A", "Marine engineer": "C",
                                                 "Owner": "I"}
    assert "D5, G6: letters struck through" in said(plan)


def test_reading_an_outline_leaves_the_sheets_styles_as_they_are(tmp_path: Path) -> None:
    """Reading an outline by column moves each name, and its style, into one column of
    names for that reading only: the sheet's own styles stay where they are, for the
    reading turned on its side (which starts from the same sheet) and any re-reading, so a
    name's strike-through or bold never lands in a cell of the other reading."""
    rows = stepped_rows(["Phase", "Step", "Task"])
    path = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for cell in ("A4", "A9", "B5", "C6"):
        ws[cell].font = Font(bold=True, strike=cell == "C6")
    wb.save(path)
    sheet = read_cells(path, open_workbook(path), "Sheet")
    styles = dict(sheet.styles)
    plan = read_sheet(sheet)
    assert "columns A, B, C: each name written in the column of its level" in said(plan)
    assert sheet.styles == styles
    assert [(a.phase, a.name) for a in read_sheet(sheet).activities] == [
        (a.phase, a.name) for a in plan.activities]


KEYED = [["Task", "Chair", "Coach", "Parents", "Caretaker", "Treasurer"],
         ["Book the field", "A", "X", None, "C", None],
         ["Mark the lanes", None, "A", "I", "X", None],
         ["Buy medals", "A", None, None, None, "X"],
         ["Run the races", "I", "A", "C", "X", None],
         ["Hand out medals", "A", "X", "I", None, "C"]]
KEY_LINES = ["Key", "X = Responsible", "A = Accountable", "C = Consulted", "I = Informed"]


@pytest.mark.parametrize("where", ["right", "far right", "below, wider"])
def test_a_key_right_of_the_grid_or_below_it_wider_is_read(
        tmp_path: Path, where: str) -> None:
    """A key of one-cell lines ('X = Responsible') right of the last role column, beside
    the grid's rows (after one empty column or several), or along one row below the grid
    reaching past its last column: it is read wherever it stands, so the grid's X is R,
    and no grid row is taken for a key; its title (`Key`) is the legend's, not skipped."""
    rows = [list(row) for row in KEYED]
    if where == "below, wider":
        rows += [[], [x for line in KEY_LINES for x in (line, None)]]
    else:
        gap = 1 if where == "right" else 4
        for i, line in enumerate(KEY_LINES):
            rows[i] += [None] * gap + [line]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Book the field"] == {"Chair": "A", "Coach": "R", "Caretaker": "C"}
    assert grid(plan)["Run the races"] == {"Chair": "I", "Coach": "A", "Parents": "C",
                                           "Caretaker": "R"}
    assert plan.scheme == "RACI"
    assert [r.name for r in plan.roles] == KEYED[0][1:]
    assert len(plan.activities) == 5
    assert plan.skipped == []  # the key and its title 'Key' are read, not skipped


def test_grid_rows_beside_a_key_are_not_read_as_its_lines(tmp_path: Path) -> None:
    """A wide grid whose rows hold a lettered ID and a name ('C | Check the budget') and a
    key beside it: the row's own cells define nothing (C stays Consulted, not 'Check the
    budget'); only the key's lines are read."""
    rows = [["ID", "Task", "Chair", "Coach", "Parents", "Caretaker", "Treasurer"],
            ["A", "Agree the dates", "A", "R", None, "C", None, None, "R = Responsible"],
            ["B", "Book the field", "A", "R", "I", "C", None, None, "A = Accountable"],
            ["C", "Check the budget", "I", "A", "C", "R", None, None, "C = Consulted"],
            ["D", "Draw the lanes", "A", "R", "I", None, "C", None, "I = Informed"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.scheme == "RACI"
    assert grid(plan)["Check the budget"] == {"Chair": "I", "Coach": "A", "Parents": "C",
                                              "Caretaker": "R"}


def test_a_letter_and_its_change_in_a_wide_grid_row_are_no_key(tmp_path: Path) -> None:
    """A wide grid row (seven roles) whose letters stand in runs apart by empty cells, one
    run a letter and a change written in the next role's cell ('R | C → R', as a version
    under review writes it), and the key below: the run defines no letter (its meaning has
    no word), so the key's R stands and every change reads as its new letters."""
    rows = [["#", "Task", "Chair", "Coach", "Parents", "Caretaker", "Treasurer", "Scorer",
             "Medic"],
            ["1", "Book the field", "A", "I → C", "R", None, "C", None, "I"],
            ["2", "Mark the lanes", "I", "A", None, "R", "C → R", None, "C"],
            ["3", "Buy medals", "A", "C", "I → C", None, "R", "C", None],
            ["4", "Run the races", "I", "A", "C", "R → A/R", None, "C", "I"],
            [], ["Key: R = Responsible, A = Accountable, C = Consulted, I = Informed"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Book the field"]["Coach"] == "C"
    assert grid(plan)["Buy medals"]["Parents"] == "C"
    assert grid(plan)["Mark the lanes"]["Treasurer"] == "R"
    assert grid(plan)["Run the races"]["Caretaker"] == "AR"


def test_a_wide_grid_rows_bare_letters_are_not_read_as_a_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A grid of twelve roles with gaps in every row: the legend reading passes over each
    run of a row's own bare letters ('A | R', apart from the next by an empty cell) without
    asking whether it is a key line, which only a run with a word can be; a key beside the
    grid is still read."""
    rows: list[list[str | None]] = [["Task"] + [f"Role {j}" for j in range(12)]]
    for i in range(300):
        rows.append([f"Task {i}"] + [None if (i + j) % 3 == 0 else "RACI"[(i + j) % 4]
                                     for j in range(12)])
    rows[1] += [None, "X = Responsible"]
    path = write(tmp_path, rows)
    sheet = read_cells(path, open_workbook(path), "Sheet")
    calls = 0
    entries = importer.legend_entries

    def counted(texts: list[str]) -> list[tuple[str, str]]:
        nonlocal calls
        calls += 1
        return entries(texts)

    monkeypatch.setattr(importer, "legend_entries", counted)
    assert importer._legend(sheet) == {"X": "Responsible"}
    assert calls <= 2


def test_sub_totals_of_a_date_column_are_no_phases(tmp_path: Path) -> None:
    """Excel's Data > Subtotal grouped by a date column writes '03/03/2025 Total' in that
    column, its sums as formulas a file may keep without their values: the role cells are
    empty. Each such row closes its group; it is neither a phase nor an activity."""
    day1, day2 = datetime(2025, 3, 3), datetime(2025, 3, 10)
    rows = [["Job", "Due", "Warden", "Joiner", "Sparky"],
            ["Strip old units", day1, "A", "R", None],
            ["Fit new worktop", day1, "A", "R", "C"],
            [None, "03/03/2025 Total", None, None, None],
            ["Rewire sockets", day2, "A", "I", "R"],
            ["Sand the floor", day2, "C", "A/R", None],
            [None, "10/03/2025 Total", None, None, None],
            [None, "Grand Total", None, None, None]]
    plan = read_workbook(write(tmp_path, rows, bold=["B4", "B7", "B8"]))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Strip old units", ""), ("Fit new worktop", ""), ("Rewire sockets", ""),
        ("Sand the floor", "")]
    assert "row 4 ('03/03/2025 Total'): a sub-total" in said(plan)


@pytest.mark.parametrize("label", [("Stage total", None), (None, "Kitchen Total")])
def test_a_sub_total_of_sums_with_the_role_cells_empty_is_no_phase(
        tmp_path: Path, label: tuple[str | None, str | None]) -> None:
    """A sub-total row holding only the sums of a numbers column ('Hours') under its label,
    the role cells empty, is a sub-total, not a phase heading over the rows below; the
    hours themselves are no numbering and stay in the descriptions."""
    rows = [["Job", "Room", "Hours", "Warden", "Joiner", "Sparky"],
            ["Strip old units", "Kitchen", 3, "A", "R", None],
            ["Fit new worktop", "Kitchen", 5, "A", "R", "C"],
            [*label, 8, None, None, None],
            ["Rewire sockets", "Hall", 4, "A", "I", "R"],
            ["Sand the floor", "Hall", 7, "C", "A/R", None]]
    plan = read_workbook(write(tmp_path, rows, bold=["A4", "B4", "C4"]))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Strip old units", ""), ("Fit new worktop", ""), ("Rewire sockets", ""),
        ("Sand the floor", "")]
    assert "Hours: 4" in plan.activities[2].description
    assert "a sub-total between rows of letters" in said(plan)


def test_an_activity_with_no_letters_that_names_a_total_stays(tmp_path: Path) -> None:
    """A row naming a total in the activity column with nothing beside it is an activity
    without letters yet, not a sub-total."""
    rows = [["Job", "Warden", "Joiner"],
            ["Strip old units", "A", "R"],
            ["Check the total", None, None],
            ["Sand the floor", "A", "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [
        "Strip old units", "Check the total", "Sand the floor"]


def test_comment_lines_of_a_csv_name_no_project(tmp_path: Path) -> None:
    """A text file opening on '#' comment lines (as report tools write them) is named
    after the file, unless a comment names the project ('# Project: ...')."""
    lines = "Job,Warden,Joiner\nStrip old units,A,R\nSand the floor,C,A/R\n"
    path = tmp_path / "kitchen-refit.csv"
    path.write_text("# exported by the job tracker\n# 2025-03-01 09:14\n" + lines,
                    encoding="utf-8")
    plan = read_workbook(path)
    assert plan.title == ""
    assert [a.name for a in plan.activities] == ["Strip old units", "Sand the floor"]
    target = tmp_path / "out.raci"
    import_workbook(path, target)
    assert ProjectService.open(target).state().name == "kitchen-refit"
    path.write_text("# exported by the job tracker\n# Project: Kitchen refit\n" + lines,
                    encoding="utf-8")
    plan = read_workbook(path)
    assert plan.title == "Kitchen refit"
    assert "A2: the title, used as the project name" in said(plan)


@pytest.mark.parametrize("above", [
    [["APPROVED"]], [["Genehmigt"]], [["Approved: ________   Date: ________"]],
    [["Prepared by: J. Smith"], ["Checked by: K. Lee"], ["Version: 2"]]])
def test_an_approval_stamp_above_the_grid_names_no_project(
        tmp_path: Path, above: list[list[str]]) -> None:
    """A stamp ('APPROVED', in any language), a form's line with blanks to sign, or a
    block of short 'label: value' lines above the grid is no title."""
    rows = [*above, [], ["Job", "Warden", "Joiner"], ["Strip old units", "A", "R"],
            ["Sand the floor", "C", "A/R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.title == ""
    assert [a.name for a in plan.activities] == ["Strip old units", "Sand the floor"]


def test_a_title_over_a_stamp_names_the_project(tmp_path: Path) -> None:
    rows = [["APPROUVÉ"], ["Kitchen refit"], ["Version: 2"], [], ["Job", "Warden", "Joiner"],
            ["Strip old units", "A", "R"], ["Sand the floor", "C", "A/R"]]
    assert read_workbook(write(tmp_path, rows)).title == "Kitchen refit"


@pytest.mark.parametrize("key", [
    [["X | Responsible - does the work"], ["A | Accountable - signs it off"]],
    [["X", "Responsible - does the work"], ["A", "Accountable - signs it off"]],
    [["X", "|", "Responsible - does the work"], ["A", "|", "Accountable - signs it off"]]])
def test_a_key_with_a_bar_and_a_gloss_after_a_dash_is_read(
        tmp_path: Path, key: list[list[str]]) -> None:
    """A key written 'X | Responsible - does the work' (in one cell, in two, or with the bar
    in a cell of its own) is a key: the grid's X is R, and the key is no skipped text."""
    rows = [["Task", "Warden", "Joiner", "Sparky"],
            ["Strip old units", "A", "X", None],
            ["Fit new worktop", "A", "X", "C"],
            ["Rewire sockets", "A", "I", "X"],
            ["Sand the floor", "X", "A", None],
            [], *key]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.scheme == "RACI"
    assert grid(plan)["Rewire sockets"] == {"Warden": "A", "Joiner": "I", "Sparky": "R"}
    assert "a legend of the letters" in said(plan) and not plan.skipped


@pytest.mark.parametrize(("head", "marks"), [("Size (S)", ["S", "M", "L", "S", "XL"]),
                                             ("Priority (P)", ["H", "M", "L", "M", "H"])])
def test_a_column_of_sizes_or_levels_is_no_role(tmp_path: Path, head: str,
                                                marks: list[str]) -> None:
    """A column grading each activity on a scale (T-shirt sizes S, M, L; levels H, M, L),
    its heading with a short form in brackets, is kept in the descriptions: it is no role
    and its S does not switch the grid to RASCI."""
    rows = [["Task", head, "Warden", "Joiner", "Sparky"],
            ["Strip old units", marks[0], "A", "R", None],
            ["Fit new worktop", marks[1], "A", "R", "C"],
            ["Rewire sockets", marks[2], "A", "I", "R"],
            ["Sand the floor", marks[3], "C", "A/R", None],
            ["Paint the walls", marks[4], "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Warden", "Joiner", "Sparky"]
    assert plan.scheme == "RACI"
    assert f"{head}: {marks[1]}" in plan.activities[1].description


def test_a_role_with_a_code_in_brackets_keeps_its_letters(tmp_path: Path) -> None:
    """A role heading with its short form ('Supplier (S)') over letters stays a role."""
    rows = [["Task", "Warden", "Joiner", "Supplier (S)"],
            ["Strip old units", "A", "R", "C"],
            ["Fit new worktop", "A", "R", "C"],
            ["Rewire sockets", "A", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles][-1] in ("Supplier", "Supplier (S)")
    assert grid(plan)["Rewire sockets"]["Joiner"] == "R"


def phase_sheets(tmp_path: Path) -> Path:
    """One sheet per phase, the same role columns on each, and a notes sheet."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    wb.create_sheet("Read me")["A1"] = "One tab per phase of the kitchen refit."
    for name, acts in [
            ("Strip out", [("Strip old units", "A", "R", None),
                           ("Cap the pipes", "A", "C", "R")]),
            ("Fit out", [("Fit new worktop", "A", "R", "C"), ("Rewire sockets", "A", "I", "R"),
                         ("Hang the doors", "C", "A/R", None)]),
            ("Hand over", [("Walk round with the client", "A/R", "I", "I")])]:
        ws = wb.create_sheet(name)
        ws.append(["Task", "Warden", "Joiner", "Sparky"])
        for act in acts:
            ws.append(list(act))
    path = tmp_path / "refit.xlsx"
    wb.save(path)
    return path


def test_sheets_with_the_same_roles_are_named_and_read_together_when_asked(
        tmp_path: Path) -> None:
    """A matrix split over sheets, one per phase, with the same role columns: the import
    reads the largest and names the others with the option that reads them all; with it,
    every sheet's activities come in under a phase named after their sheet."""
    path = phase_sheets(tmp_path)
    plan = read_workbook(path)
    assert plan.sheet == "Fit out" and len(plan.activities) == 3
    assert ("sheets 'Strip out', 'Hand over' hold the same roles (3 more activities): use "
            "--all-sheets") in said(plan)
    plan = read_workbook(path, options=ReadOptions(all_sheets=True))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Strip out", "Strip old units"), ("Strip out", "Cap the pipes"),
        ("Fit out", "Fit new worktop"), ("Fit out", "Rewire sockets"),
        ("Fit out", "Hang the doors"), ("Hand over", "Walk round with the client")]
    assert grid(plan)["Cap the pipes"] == {"Warden": "A", "Joiner": "C", "Sparky": "R"}
    assert plan.notes[0].startswith("read 3 sheets with the same roles: 'Strip out' (2 "
                                    "activities), 'Fit out' (3 activities)")
    # (the summary's first line names every sheet read, not the first alone)
    assert plan.summary().startswith("sheets 'Strip out', 'Fit out' and 'Hand over', ")
    target = tmp_path / "refit.raci"
    assert main(["import", str(path), str(target), "--all-sheets"]) == 0
    service = ProjectService.open(target)
    state = service.state()
    assert [p.name for p in state.phases] == ["Strip out", "Fit out", "Hand over"]
    assert len(state.activities) == 6
    assert any("imported sheets 'Strip out', 'Fit out' and 'Hand over'" in record.entry.subject
               for record in service.log())


def test_sheets_with_other_roles_are_not_offered_together(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Build"
    for row in [("Task", "Warden", "Joiner"), ("Strip old units", "A", "R"),
                ("Fit new worktop", "A", "R"), ("Hang the doors", "R", "A")]:
        ws.append(list(row))
    other = wb.create_sheet("Budget")
    for row in [("Task", "Treasurer", "Chair"), ("Pay the joiner", "R", "A")]:
        other.append(list(row))
    wb.save(tmp_path / "two.xlsx")
    plan = read_workbook(tmp_path / "two.xlsx", options=ReadOptions(all_sheets=True))
    assert plan.sheet == "Build" and len(plan.activities) == 3
    assert "use --all-sheets" not in said(plan)
    # (asked for, the option says why it read one sheet, not nothing)
    assert plan.notes[0] == ("read sheet 'Build' alone: no other sheet has a grid with its "
                             "roles, heading for heading, for --all-sheets to join")


@pytest.mark.parametrize("corner", ["Role", "Who"])
def test_a_corner_naming_the_roles_turns_a_grid_of_plain_role_names(
        tmp_path: Path, corner: str) -> None:
    """The roles down the side under a corner heading that says so ('Role'), the
    activities across in longer names: the grid is on its side, though its role names
    ('Warden', 'Joiner') look like no job title."""
    acts = ["Strip old units", "Fit new worktop", "Rewire sockets", "Sand the floor"]
    rows = [[corner, *acts], ["Warden", "A", "A", "A", "C"], ["Joiner", "R", "R", "I", "A/R"],
            ["Sparky", None, "C", "R", None], ["Client", "I", None, "C", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.transposed and "(the corner heading names the roles)" in said(plan)
    assert [r.name for r in plan.roles] == ["Warden", "Joiner", "Sparky", "Client"]
    assert grid(plan)["Sand the floor"] == {"Warden": "C", "Joiner": "AR", "Client": "I"}


def test_all_sheets_with_a_named_sheet_says_it_read_that_one_alone(tmp_path: Path) -> None:
    path = phase_sheets(tmp_path)
    plan = read_workbook(path, "Strip out", options=ReadOptions(all_sheets=True))
    assert [a.name for a in plan.activities] == ["Strip old units", "Cap the pipes"]
    assert plan.notes[0] == ("read sheet 'Strip out' alone, as --sheet asks: leave out "
                             "--sheet for --all-sheets to read every sheet with the same roles")


@pytest.mark.parametrize("tail", [True, False])
def test_an_activity_named_for_a_count_with_its_own_hours_is_no_sub_total(
        tmp_path: Path, tail: bool) -> None:
    """'Stock count | 4' with no letters yet names an activity holding its own hours (4 is
    neither the sum nor the count of the hours above it), not a sub-total: it is imported,
    and so are the rows without letters after it."""
    rows = [["Task", "Hours", "Manager", "Clerk", "Driver"],
            ["Order stock", 3, "A", "R", None],
            ["Deliver goods", 2, "A", None, "R"],
            ["Stock count", 4, None, None, None]]
    rows += [["Archive files", 2, None, None, None], ["Close the books", 1, None, None, None]] \
        if tail else [["Return the van", 2, "A", None, "R"]]
    plan = read_workbook(write(tmp_path, rows))
    assert [a.name for a in plan.activities] == [r[0] for r in rows[1:]]
    assert "sub-total" not in said(plan)


def test_a_title_opening_on_a_hash_and_a_number_is_no_comment(tmp_path: Path) -> None:
    """'#1 Fundraiser Plan' above the grid names the project (ranked first); '# 1 export'
    and '#exported' are comment lines."""
    lines = "Job,Warden,Joiner\nStrip old units,A,R\nSand the floor,C,A/R\n"
    path = tmp_path / "plan.csv"
    path.write_text("#1 Fundraiser Plan\n" + lines, encoding="utf-8")
    assert read_workbook(path).title == "#1 Fundraiser Plan"
    path.write_text("#exported by the tracker\n" + lines, encoding="utf-8")
    assert read_workbook(path).title == ""


def test_a_wide_grid_roles_letters_are_not_asked_as_a_key_column(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A grid of twelve roles over 300 tasks: a role's column repeats its letters, so it is
    no key column beside the grid, and its cells are not asked one by one whether they
    define a letter with the next column's cell; a key column of its own is still found."""
    rows: list[list[str | None]] = [["Task"] + [f"Role {j}" for j in range(12)]
                                    + ["Key", None]]
    for i in range(300):
        rows.append([f"Task {i}"] + [None if (i + j) % 3 == 0 else "RACI"[(i + j) % 4]
                                     for j in range(12)])
    for i, (letter, word) in enumerate(zip("RACI", ("Responsible", "Accountable",
                                                      "Consulted", "Informed"), strict=True)):
        rows[i + 1] += [letter, word]
    path = write(tmp_path, rows)
    calls = 0
    defines = grid_module.defines_raci_letters

    def counted(texts: list[str]) -> bool:
        nonlocal calls
        calls += 1
        return defines(texts)

    monkeypatch.setattr(grid_module, "defines_raci_letters", counted)
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == [f"Role {j}" for j in range(12)]
    assert len(plan.activities) == 300
    assert calls <= 50

@pytest.mark.parametrize("corner", ["Name", "Role"])
def test_a_corner_naming_roles_does_not_turn_a_grid_whose_rows_hold_one_a_each(
        tmp_path: Path, corner: str) -> None:
    """Short task names down the side under 'Name' (or 'Role'), crews across in longer
    names: each row holds one A while a column holds two, so the letters say the grid is
    the right way up, and the corner heading does not turn it."""
    crews = ["Grounds crew", "Bar volunteers", "Kitchen helpers"]
    rows = [[corner, *crews], ["Parking", "A/R", "C", "I"], ["Seating", "I", "A/R", "C"],
            ["Tickets", "I", "C", "A/R"], ["Signage", "A/R", "R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert not plan.transposed, said(plan)
    assert [r.name for r in plan.roles] == crews
    assert grid(plan)["Signage"] == {"Grounds crew": "AR", "Bar volunteers": "R",
                                     "Kitchen helpers": "I"}


def test_the_header_is_searched_once_for_the_readings_of_several_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables side by side and blocks stacked under the grid both start from the grid's
    header row: it is searched for once for both (each searched the whole grid for it again,
    some 4 % of importing a large .xlsx), and the grid reads as before."""
    calls: list[int] = []
    search = importer.find_header

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return search(*args, **kwargs)

    monkeypatch.setattr(importer, "find_header", counted)
    path = write(tmp_path, [["Task", "Owner", "Builder"], ["Draw the plan", "A", "R"],
                            ["Lay the base", "A", "R"]])
    plan = read_workbook(path)
    assert grid(plan) == {"Draw the plan": {"Owner": "A", "Builder": "R"},
                          "Lay the base": {"Owner": "A", "Builder": "R"}}
    assert len(calls) == 1
