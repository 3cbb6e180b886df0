"""Shapes of the twenty-seventh set, studied (first half): a rota's "Let know" column and
a plan's "Check with" column, the party a step names beside columns of letters, and a
chat channel exported with each message under a line of its time and its sender. Every
text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import role_columns
from tests.helpers import cells_of_text


def test_let_know_and_check_with_heads_give_their_letters() -> None:
    assert role_columns(("Task", "Owner", "Check with", "Due")) == {1: "A/R", 2: "C"}
    assert role_columns(("Day", "What", "Lead", "Let know"))[3] == "I"
    assert role_columns(("Day", "What", "Lead", "Who to let know"))[3] == "I"
    # (a "With" column beside the lead works on the row with them)
    cols = role_columns(("Task", "Lead", "With", "Check with"))
    assert (cols[2], cols[3]) == ("R", "C")


def test_a_rota_names_whom_each_row_is_told_and_checked_with(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "regatta.csv",
        "When,Job,Lead,Check with,Let know\n"
        "Sat 09:00,Lay the course buoys,Race Officer,Harbour Master,Club Secretary\n"
        "Sat 12:00,Run the safety boat briefing,Safety Officer,,Race Officer\n")
    assert cells[("Race Officer", "Lay the course buoys")] == "A/R"
    assert cells[("Harbour Master", "Lay the course buoys")] == "C"
    assert cells[("Club Secretary", "Lay the course buoys")] == "I"
    assert cells[("Race Officer", "Run the safety boat briefing")] == "I"


def test_a_step_beside_columns_of_letters_names_its_own_party(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "fete.md",
        "# Summer fete\n\n"
        "| Task | Owner | Check with | Due |\n"
        "|---|---|---|---|\n"
        "| Brief the car park stewards | Events Manager | Safety Officer | 3 June |\n"
        "| Book the marquee | Treasurer | Events Manager | 1 June |\n")
    assert cells[("Events Manager", "Brief the car park stewards")] == "A/R"
    assert cells[("Safety Officer", "Brief the car park stewards")] == "C"
    # the stewards the step briefs are told, though no column names them
    assert cells[("Car Park Steward", "Brief the car park stewards")] == "I"
