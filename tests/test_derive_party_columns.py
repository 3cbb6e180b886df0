"""Columns of parties beside a table's column of who does the row, headed in the
document's own words: a verb of working together and "with" ("Check with", "Works
with", "Liaises with") names those consulted. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import role_columns
from tests.helpers import cells_of_text


def test_a_verb_of_working_together_heads_a_column_of_those_consulted() -> None:
    for head in ("Check with", "Checks with", "Checked with", "Works with",
                 "Worked with", "Liaises with", "Coordinates with"):
        assert role_columns(("Job", "Owner", head, "Tell")) == {1: "A/R", 2: "C", 3: "I"}
    # the column of who does the row keeps its letter beside the approver's
    assert role_columns(("Job", "Doer", "Check with", "Approved by")) == \
        {1: "R", 2: "C", 3: "A"}


def test_with_after_other_words_is_no_column_of_those_consulted() -> None:
    # ("Sent with" is what goes with the row's thing, "Starts with" its first part)
    for head in ("Sent with", "Starts with", "Filed with"):
        assert role_columns(("Job", "Owner", head)).get(2) != "C"
    # a telling head keeps its letter
    assert role_columns(("Job", "Owner", "Told")) == {1: "A/R", 2: "I"}


def test_a_check_with_column_gives_its_parties_c_in_the_draft(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "fete.md",
        "# Village fete\n\n"
        "| Job | Owner | Check with | Tell |\n"
        "|---|---|---|---|\n"
        "| Book the marquee | Fete Secretary | Treasurer | Parish Clerk |\n"
        "| Set out the stalls | Stall Lead | Groundsman | Fete Secretary |\n")
    assert cells[("Fete Secretary", "Book the marquee")] == "A/R"
    assert cells[("Treasurer", "Book the marquee")] == "C"
    assert cells[("Parish Clerk", "Book the marquee")] == "I"
    assert cells[("Groundsman", "Set out the stalls")] == "C"
    assert cells[("Fete Secretary", "Set out the stalls")] == "I"


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
