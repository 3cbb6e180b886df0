"""A RACI matrix kept as a list of assignments (one row per activity and role) is read as
the matrix it describes; matrices and registers are never read that way."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from raci.checks import check_project
from raci.excel.importer import import_workbook, read_workbook
from raci.service import ProjectService
from tests.test_excel_import_shapes import grid, said, write

LIST_NOTE = "read as a list of assignments, one row per activity and role"


def edited(n: int) -> datetime:
    return datetime(2024, 6, 1 + n % 27, 9 + n % 8, n % 60)


def test_a_list_exported_from_a_site_is_pivoted_into_the_matrix(tmp_path: Path) -> None:
    # title, stream, role, letter, then who last edited the item and when
    assignments = [
        ("Draft the tender", "Procurement", "Buyer", "R"),
        ("Draft the tender", "Procurement", "Budget Holder", "A"),
        ("Draft the tender", "Procurement", "Legal Counsel", "C"),
        ("Score the bids", "Procurement", "Buyer", "A"),
        ("Score the bids", "Procurement", "Technical Lead", "R"),
        ("Score the bids", "Procurement", "Budget Holder", "I"),
        ("Sign the contract", "Award", "Budget Holder", "A"),
        ("Sign the contract", "Award", "Legal Counsel", "R"),
        ("Sign the contract", "Award", "Legal Counsel", "C"),  # a second row, same pair
        ("Sign the contract", "Award", "Buyer", "I"),
        ("Kick-off with supplier", "Award", "Technical Lead", "R"),
        ("Kick-off with supplier", "Award", "Buyer", "C"),
    ]
    editors = ["Quinn, Dana", "Ortiz, Lee", "Quinn, Dana"]
    rows = [["Title", "Workstream", "Role", "RACI", "Modified", "Modified By"]]
    rows += [[*a, edited(i), editors[i % 3]] for i, a in enumerate(assignments)]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Buyer", "Budget Holder", "Legal Counsel",
                                            "Technical Lead"]
    assert grid(plan) == {
        "Draft the tender": {"Buyer": "R", "Budget Holder": "A", "Legal Counsel": "C"},
        "Score the bids": {"Buyer": "A", "Technical Lead": "R", "Budget Holder": "I"},
        "Sign the contract": {"Budget Holder": "A", "Legal Counsel": "CR", "Buyer": "I"},
        "Kick-off with supplier": {"Technical Lead": "R", "Buyer": "C"},
    }
    assert [a.row for a in plan.activities] == [2, 5, 8, 12]
    assert [a.phase for a in plan.activities] == ["Procurement", "Procurement", "Award",
                                                  "Award"]
    assert (f"{LIST_NOTE}: activities from column A ('Title'), roles from column C ('Role'), "
            "letters from column D ('RACI')") in plan.notes
    assert "phases from column B ('Workstream') (one per activity)" in plan.notes
    assert "row 10: a further row for the same activity and role" in said(plan)
    assert "columns E, F ('Modified', 'Modified By') not imported" in said(plan)


def test_owner_findings_work_on_a_list_as_on_a_matrix(tmp_path: Path) -> None:
    rows = [["Task", "Person/Role", "Responsibility"],
            ["Order parts", "Storekeeper", "Responsible"],
            ["Order parts", "Site Manager", "Accountable"],
            ["Fit the pump", "Fitter", "Responsible"],
            ["Fit the pump", "Storekeeper", "Informed"],
            ["Test the pump", "Fitter", "Responsible"],
            ["Test the pump", "Site Manager", "Accountable"],
            ["Test the pump", "Storekeeper", "Accountable"]]
    plan = import_workbook(write(tmp_path, rows), tmp_path / "p.raci")
    assert grid(plan)["Fit the pump"] == {"Fitter": "R", "Storekeeper": "I"}
    service = ProjectService.open(tmp_path / "p.raci")
    try:
        found = {(f.rule, f.activity) for f in check_project(service.state())
                 if f.rule in ("missing-accountable", "multiple-accountable")}
    finally:
        service.close()
    assert found == {("missing-accountable", "Fit the pump"),
                     ("multiple-accountable", "Test the pump")}


def test_a_list_sorted_by_role_with_a_title_above_and_words_for_letters(
        tmp_path: Path) -> None:
    # the activities come back out of order: sorted by the role, not the activity
    rows = [["Assignments - warehouse move"], [],
            ["Activity", "Assignee", "Type", "Notes"],
            ["Book the movers", "Office Manager", "Responsible", None],
            ["Label the racks", "Office Manager", "Consulted", "if time allows"],
            ["Plan the floor", "Office Manager", "Informed", None],
            ["Book the movers", "Operations Director", "Accountable", None],
            ["Plan the floor", "Operations Director", "Accountable", None],
            ["Label the racks", "Shift Supervisor", "Responsible", None],
            ["Plan the floor", "Shift Supervisor", "Responsible", None],
            ["Label the racks", "Operations Director", "Accountable", None]]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Office Manager", "Operations Director",
                                            "Shift Supervisor"]
    assert [a.name for a in plan.activities] == ["Book the movers", "Label the racks",
                                                 "Plan the floor"]
    assert grid(plan)["Plan the floor"] == {"Office Manager": "I", "Operations Director": "A",
                                            "Shift Supervisor": "R"}
    assert plan.header_row == 3
    assert plan.title == "Assignments - warehouse move"
    assert "A1: the title, used as the project name" in plan.notes
    assert "column D ('Notes') not imported" in said(plan)


def test_a_csv_list_notes_rows_without_a_letter_and_keeps_text_as_notes(
        tmp_path: Path) -> None:
    path = tmp_path / "assignments.csv"
    path.write_text(
        "Activity,Assignee,Type\n"
        "Collect samples,Field Tech,R\n"
        "Collect samples,Lab Lead,A\n"
        "Collect samples,Data Steward,\n"
        "Run assays,Lab Lead,A\n"
        "Run assays,Lab Analyst,R\n"
        "Run assays,Data Steward,C?\n"
        "Publish results,Data Steward,R\n"
        "Publish results,Lab Lead,A\n"
        "Publish results,Field Tech,I\n"
        ",,\n,,\n"
        "Checked by the lab in June\n", encoding="utf-8")
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Field Tech", "Lab Lead", "Data Steward",
                                            "Lab Analyst"]
    assert grid(plan)["Collect samples"] == {"Field Tech": "R", "Lab Lead": "A"}
    assert grid(plan)["Run assays"]["Data Steward"] == "C"
    assert plan.activities[1].notes[2] == "As written in the workbook: C?"
    assert [u.text for u in plan.unread] == ["C?"]
    assert "row 4: a role with no letter; the role is kept" in said(plan)
    assert plan.skipped == ["A13: a note ('Checked by the lab in June')"]


def test_a_list_with_letters_beyond_the_raci_scheme_is_read_with_its_scheme(
        tmp_path: Path) -> None:
    rows = [["Task", "Role", "RASCI"],
            ["Survey the site", "Surveyor", "R"], ["Survey the site", "Architect", "A"],
            ["Survey the site", "Assistant", "S"], ["Draw the plans", "Architect", "R"],
            ["Draw the plans", "Client", "A"], ["Draw the plans", "Surveyor", "C"],
            ["Draw the plans", "Assistant", "S"], ["Apply for permits", "Architect", "R"],
            ["Apply for permits", "Client", "A"], ["Apply for permits", "Surveyor", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert LIST_NOTE in said(plan)
    assert plan.scheme == "RASCI"
    assert grid(plan)["Survey the site"] == {"Surveyor": "R", "Architect": "A",
                                             "Assistant": "S"}


def test_matrices_and_registers_are_never_read_as_lists(tmp_path: Path) -> None:
    matrix = [["Task", "Buyer", "Budget Holder", "Legal Counsel"],
              ["Draft the tender", "R", "A", "C"], ["Score the bids", "A", "I", ""],
              ["Sign the contract", "I", "A", "R"], ["Draft the tender", "R", "A", "I"]]
    plan = read_workbook(write(tmp_path, matrix, name="matrix.xlsx"))
    assert LIST_NOTE not in said(plan)
    assert [r.name for r in plan.roles] == ["Buyer", "Budget Holder", "Legal Counsel"]
    # one role's letters, the same tasks in every phase: the phase column is no role
    one_role = [["Phase", "Task", "Project Manager"]]
    one_role += [[phase, task, letter] for phase in ("Plan", "Build", "Close")
                 for task, letter in (("Kick-off", "A"), ("Review", "R"), ("Report", "I"))]
    plan = read_workbook(write(tmp_path, one_role, name="one_role.xlsx"))
    assert LIST_NOTE not in said(plan)
    assert [r.name for r in plan.roles] == ["Project Manager"]
    # the same, the weeks in a column headed like no phase: the letters' heading is a job
    weekly = [["Week", "Task", "Scrum Master"]]
    weekly += [[f"Week {n}", task, letter] for n in (1, 2, 3)
               for task, letter in (("Stand-up", "R"), ("Demo", "A"), ("Retro", "C"))]
    plan = read_workbook(write(tmp_path, weekly, name="weekly.xlsx"))
    assert LIST_NOTE not in said(plan)
    assert [r.name for r in plan.roles] == ["Scrum Master"]
    # a register naming one owner per task
    register = [["Task", "Owner", "Status"], ["Order parts", "Storekeeper", "Open"],
                ["Fit the pump", "Fitter", "Done"], ["Test the pump", "Fitter", "Open"],
                ["Order parts", "Storekeeper", "Done"], ["Invoice", "Clerk", "Open"]]
    try:
        plan = read_workbook(write(tmp_path, register, name="register.xlsx"))
    except Exception:  # noqa: BLE001 - no grid at all is as good: it is not read as a list
        return
    assert LIST_NOTE not in said(plan)


def test_a_letter_beyond_every_scheme_is_kept_as_in_a_grid(tmp_path: Path) -> None:
    rows = [["Task", "Role", "RACI"],
            ["Pour the slab", "Site Engineer", "R"], ["Pour the slab", "Project Lead", "A"],
            ["Pour the slab", "Inspector", "Q"], ["Cure the slab", "Site Engineer", "R"],
            ["Cure the slab", "Project Lead", "A"], ["Strip the forms", "Inspector", "I"],
            ["Strip the forms", "Site Engineer", "R"], ["Strip the forms", "Project Lead", "A"],
            [], ["Q = Quality hold point"]]
    plan = read_workbook(write(tmp_path, rows))
    assert LIST_NOTE in said(plan)
    assert plan.scheme == "RACI+Q"
    assert grid(plan)["Pour the slab"]["Inspector"] == "Q"
    assert "A11: a legend of the letters, read for what the letters mean" in plan.notes
    assert plan.skipped == []
    assert ("letter Q is defined by the workbook's legend as 'Quality hold point' and belongs "
            "to no built-in scheme; kept as an extra letter (cells C4)") in plan.notes
