"""Approvals after the work, and what a party is told of. Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "notes.md") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_the_approval_at_the_end_of_a_passive_chain_is_a_row_of_its_own(
        tmp_path: Path) -> None:
    # the approver approves the finished, checked plan: it answers for its approval, not
    # for the drafting
    cells = _cells(tmp_path, "# Route plans\n\n"
                   "The route plan is drafted by the Trip Planner, checked by the Safety "
                   "Lead and approved by the Club Captain.\n\n"
                   "Event notices are written by the Press Officer, checked by the Editor "
                   "and signed off by the Club Captain.\n")
    assert cells[("Trip Planner", "Draft the route plan")] == "A/R", cells
    assert cells[("Safety Lead", "Draft the route plan")] == "C", cells
    assert cells[("Club Captain", "Approve the route plan")] == "A/R", cells
    assert ("Club Captain", "Draft the route plan") not in cells, cells
    assert cells[("Press Officer", "Write event notices")] == "A/R", cells
    assert cells[("Club Captain", "Sign off event notices")] == "A/R", cells


def test_an_approver_who_also_checks_answers_for_the_approval(tmp_path: Path) -> None:
    # the one who checks (or edits) the work and then approves it: its row is the
    # approval, not a second row of its check or its edit
    cells = _cells(tmp_path, "# Route plans\n\n"
                   "The route plan is drafted by the Trip Planner, checked by the Club "
                   "Captain and approved by the Club Captain.\n\n"
                   "Event notices are drafted by the Press Officer, edited by the Editor "
                   "and approved by the Editor.\n")
    assert cells[("Trip Planner", "Draft the route plan")] == "A/R", cells
    assert cells[("Club Captain", "Approve the route plan")] == "A/R", cells
    assert ("Club Captain", "Check the route plan") not in cells, cells
    assert cells[("Editor", "Edit event notices")] == "A/R", cells
    assert cells[("Editor", "Approve event notices")] == "A/R", cells


def test_a_second_subject_signing_off_the_first_clause_answers_for_it(
        tmp_path: Path) -> None:
    # "..., and X signs it off": X holds the A of the same activity, the first subject R
    cells = _cells(tmp_path, "# Accounts\n\n"
                   "The Bookkeeper reconciles the bank account each month, and the "
                   "Treasurer signs it off.\n\n"
                   "The Ground Stewards mark out the pitches and the Fixtures Secretary approves "
                   "them.\n\n"
                   "The Treasurer chairs the finance meeting. The Fixtures Secretary books "
                   "the referees.\n")
    assert cells[("Bookkeeper", "Reconcile the bank account each month")] == "R", cells
    assert "A" in cells[("Treasurer", "Reconcile the bank account each month")], cells
    assert not any(act.startswith("Sign") for _role, act in cells), cells
    assert cells[("Ground Steward", "Mark out the pitches")] == "R", cells
    assert "A" in cells[("Fixtures Secretary", "Mark out the pitches")], cells
    assert all("approves" not in act for _role, act in cells), cells


def test_signing_off_by_the_same_subject_or_no_role_is_left_alone(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Accounts\n\n"
                   "The Treasurer prepares the budget and signs it off.\n\n"
                   "The Bookkeeper sends the cheque to the bank, and the bank signs it off."
                   "\n")
    assert cells[("Treasurer", "Prepare the budget")] == "A/R", cells
    assert cells[("Bookkeeper", "Send the cheque to the bank")] == "A/R", cells


def test_informing_a_party_of_something_is_a_duty_as_telling_is(tmp_path: Path) -> None:
    # "informs X of <what>" after another clause: a duty of its own, as "tells X that ..."
    # is, not X told of the clause before; informing X bare or "of the outcome" stays a
    # letter on the act before
    cells = _cells(tmp_path, "# Entries\n\n"
                   "The Race Secretary tells the Starter that the course is ready and "
                   "informs the Referee of any late withdrawal.\n\n"
                   "The Race Secretary books the hall and informs the Treasurer.\n\n"
                   "The Race Secretary sets the course and informs the Referee of the "
                   "outcome.\n")
    assert cells[("Race Secretary", "Inform the Referee of any late withdrawal")] == "A/R", \
        cells
    assert cells[("Referee", "Inform the Referee of any late withdrawal")] == "I", cells
    assert ("Referee", "Tell the Starter that the course is ready") not in cells, cells
    assert cells[("Treasurer", "Book the hall")] == "I", cells
    assert not any(act == "Inform the Treasurer" for _role, act in cells), cells
    assert cells[("Referee", "Set the course")] == "I", cells


def test_two_steps_in_the_passive_each_by_its_doer_are_two_rows(tmp_path: Path) -> None:
    # the second step is work of its own, not a review or an approval of the first; a
    # doer's name in brackets after it is no part of the chain's end
    cells = _cells(tmp_path, "# Kit returns\n\n"
                   "Old radios are wiped by the Radio Technician and collected by the "
                   "Recycling Contractor (GreenCycle).\n\n"
                   "The yearly accounts are drafted by the Treasurer and approved by the "
                   "Committee Chair.\n")
    assert cells[("Radio Technician", "Wipe old radios")] == "A/R", cells
    assert any(role == "Recycling Contractor" and "collect" in act.lower()
               for role, act in cells), cells
    assert not any(role == "Radio Technician" and "collect" in act.lower()
                   for role, act in cells), cells
    # (an approval beside the doer's step stays the approver's A on it)
    assert cells[("Treasurer", "Draft the yearly accounts")] == "R", cells
    assert "A" in cells[("Committee Chair", "Draft the yearly accounts")], cells
