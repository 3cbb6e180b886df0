"""Owners read from the right column of a table: which column of people answers for a
row, read from the heads. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str) -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_a_checker_beside_a_bare_who_column_answers_for_the_row(tmp_path: Path) -> None:
    """"Task | Who | Checked by | Kept informed": the bare "Who" names the doer only, so
    the one whose check passes the work answers for it (A), the doer R."""
    cells = _cells(tmp_path, "# Kennel procedure\n\n"
                   "| Task | Who | Checked by | Kept informed |\n| --- | --- | --- | --- |\n"
                   "| Clean the runs | Kennel Assistant | Kennel Supervisor | |\n"
                   "| Weigh each dog | Kennel Assistant | Duty Vet | Kennel Supervisor |\n"
                   "| Order the feed | Kennel Supervisor | | Practice Manager |\n",
                   "kennel.md")
    assert cells[("Kennel Assistant", "Clean the runs")] == "R", cells
    assert cells[("Kennel Supervisor", "Clean the runs")] == "A", cells
    assert cells[("Duty Vet", "Weigh each dog")] == "A", cells
    assert cells[("Kennel Supervisor", "Weigh each dog")] == "I", cells
    # a row nobody checks stays its doer's own
    assert cells[("Kennel Supervisor", "Order the feed")] == "A/R", cells


def test_a_checker_beside_a_done_by_column_stays_consulted(tmp_path: Path) -> None:
    """"Done by" names the one who does the row: the checker beside it is asked (C), as
    before (beside a "Lead" or "Who does it" the checker now passes the work: see
    tests/test_derive_owners_pass.py)."""
    cells = _cells(tmp_path, "# Tack room\n\n"
                   "| Job | Done by | Checked by |\n| --- | --- | --- |\n"
                   "| Clean the saddles | Groom | Head Groom |\n", "yard.md")
    assert cells[("Head Groom", "Clean the saddles")] == "C", cells


def test_an_arrow_a_legend_defines_tells_and_hands_nothing_on(tmp_path: Path) -> None:
    """"→ Name means they tell that person": an item "Keep the lane timetable →
    Reception Supervisor" under a role's heading is the heading role's duty, the one
    after the arrow told (I), not a duty handed on to them."""
    cells = _cells(tmp_path, "# Who does what at the pool\n\n"
                   "How to read the lists: each line is something that person does. "
                   "→ Name means they tell that person when it is done; ? Name means "
                   "they ask that person first.\n\n"
                   "## Pool Manager\n\n"
                   "- Keep the lane timetable → Reception Supervisor\n"
                   "- Order the chlorine ? Treasurer\n\n"
                   "## Head Lifeguard\n\n"
                   "- Test the pool water → Pool Manager\n"
                   "- Check the rescue kit\n\n"
                   "## Treasurer\n\n"
                   "- Pay the swimming teachers\n", "pool.md")
    assert cells[("Pool Manager", "Keep the lane timetable")] == "A/R", cells
    assert cells[("Reception Supervisor", "Keep the lane timetable")] == "I", cells
    assert cells[("Treasurer", "Order the chlorine")] == "C", cells
    water = next(act for _role, act in cells if "pool water" in act.lower())
    assert cells[("Head Lifeguard", water)] == "A/R", cells
    assert cells[("Pool Manager", water)] == "I", cells


def test_a_hand_over_list_without_a_legend_still_hands_duties_on(tmp_path: Path) -> None:
    """Without a legend the arrow hands the duty on: "Bar rota → Ana (Bar Lead)"."""
    cells = _cells(tmp_path, "# Hand-over before I leave\n\n"
                   "- Bar rota → **Ana** (Bar Lead)\n"
                   "- Cellar orders → **Tom** (Cellar Keeper)\n", "handover.md")
    assert cells[("Cellar Keeper", "Cellar orders")] == "A/R", cells
