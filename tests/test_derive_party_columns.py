"""Columns of parties in a table, headed in the document's own words: a head that names
the row's doer ("Escalated by the Duty Manager to") gives that role each row and its
column's parties I. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import role_columns
from tests.helpers import cells_of_text


def test_a_head_naming_the_doer_heads_a_column_of_those_the_row_goes_to() -> None:
    assert role_columns(("Kind of fault", "Escalated by the Duty Manager to", "Also told")) \
        == {1: "I", 2: "I"}
    # a date or a thing before "to" names no doer; "Reports to" is no head of this shape
    assert role_columns(("Kind of fault", "Moved by date to", "Notes")) == {}
    assert role_columns(("Kind of fault", "Reports to", "Notes")) == {}


def test_the_role_a_head_names_does_each_row(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "faults.md",
        "# Lift faults\n\n"
        "The Duty Manager handles every fault the lift engineers report.\n\n"
        "| Kind of fault | Escalated by the Duty Manager to | Also told |\n"
        "|---|---|---|\n"
        "| Passenger trapped in the car | Fire Service | Building Owner |\n"
        "| Doors failing to close | Lift Contractor | Facilities Lead |\n")
    assert cells[("Duty Manager", "Passenger trapped in the car")] == "A/R"
    assert cells[("Fire Service", "Passenger trapped in the car")] == "I"
    assert cells[("Building Owner", "Passenger trapped in the car")] == "I"
    assert cells[("Duty Manager", "Doors failing to close")] == "A/R"
    assert cells[("Lift Contractor", "Doors failing to close")] == "I"
    assert cells[("Facilities Lead", "Doors failing to close")] == "I"


def test_a_lead_column_beside_with_and_report_to_columns() -> None:
    # "With": those the lead does the row with (consulted); "Report to": those the lead
    # reports the row's outcome to (informed); "Reports to" stays a post's line manager
    assert role_columns(("Task", "Lead", "With", "Report to")) == {1: "R", 2: "C", 3: "I"}
    assert role_columns(("Kind of fault", "Reports to", "Notes")) == {}


def test_with_and_report_to_columns_give_their_letters(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "season.md",
        "# After the season\n\n"
        "| Task | Lead | With | Report to |\n"
        "|---|---|---|---|\n"
        "| Write the fixture list | Fixtures Secretary | Team Captains | Members |\n"
        "| Book the pitches | Fixtures Secretary | Groundsman | |\n")
    assert cells[("Fixtures Secretary", "Write the fixture list")] == "A/R"
    assert cells[("Team Captain", "Write the fixture list")] == "C"
    assert cells[("Member", "Write the fixture list")] == "I"
    assert cells[("Groundsman", "Book the pitches")] == "C"
