"""Shapes of a nursery's page, a yard handbook and an e-mail between relatives: a title
made with "on duty", a pronoun before a list of duties. Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "procedure.txt") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_one_word_on_duty_is_a_title_and_a_full_title_on_duty_is_itself() -> None:
    assert actor_name("the supervisor on duty") == "Supervisor on Duty"
    assert actor_name("Warden on duty") == "Warden on Duty"
    # (a title in full keeps its name: being on duty is the state it is in)
    assert actor_name("Site Warden on duty") is None


def test_the_supervisor_on_duty_is_a_role_of_its_own(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Closing the leisure centre\n\n"
                   "At 21:30 the pool attendant clears the pool and tells the supervisor on "
                   "duty. The supervisor on duty walks round the changing rooms and sets the "
                   "alarm.\n", "closing.md")
    assert ("Supervisor on Duty", "Set the alarm") in cells, cells
    assert cells[("Supervisor on Duty", "Set the alarm")] == "A/R", cells


def test_a_pronoun_over_a_list_takes_the_subject_not_the_parties_named(tmp_path: Path) -> None:
    # "Nadia runs the kitchen and the porters in it. She:": the porters are what she
    # runs; the list is the section's role's, Nadia being its holder
    cells = _cells(tmp_path, "# Kitchen handbook\n\n"
                   "## Head Chef\n\n"
                   "Nadia runs the kitchen and the porters in it. She:\n\n"
                   "- writes the weekly menu\n- orders the fish and the vegetables\n\n"
                   "## Closing\n\n"
                   "The bins are taken out by the porters.\n", "kitchen.md")
    assert cells[("Head Chef", "Write the weekly menu")] == "A/R", cells
    assert cells[("Head Chef", "Order the fish and the vegetables")] == "A/R", cells
    assert ("Porters", "Write the weekly menu") not in cells, cells


def test_a_bare_checks_column_after_who_does_it_passes_the_work(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Boat checks\n\n"
                   "| Task | Does it | Checks | Tell |\n| --- | --- | --- | --- |\n"
                   "| Pump out the bilges | Deckhand | Skipper | Harbour Master |\n"
                   "| Refuel the launch | Engineer | Skipper | |\n", "boats.md")
    assert cells[("Skipper", "Pump out the bilges")] == "A", cells
    assert cells[("Deckhand", "Pump out the bilges")] == "R", cells
    assert cells[("Harbour Master", "Pump out the bilges")] == "I", cells
    assert cells[("Skipper", "Refuel the launch")] == "A", cells


def test_a_line_of_steps_joined_by_arrows_is_a_sentence_per_step(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Closing the sailing club in a gale\n\n"
                   "Duty Officer reads the forecast at 08:00 → Harbour Master checks the "
                   "moorings → Duty Officer posts the decision on the noticeboard\n",
                   "gale.md")
    assert cells[("Duty Officer", "Read the forecast at 08:00")] == "A/R", cells  # (its time kept)
    assert cells[("Harbour Master", "Check the moorings")] == "A/R", cells
    assert ("Duty Officer", "Post the decision on the noticeboard") in cells, cells


def test_a_title_a_served_party_has_is_the_title(tmp_path: Path) -> None:
    # "the patient's named nurse": the patient is no role, the named nurse is one of the
    # named nurses
    cells = _cells(tmp_path, "# Discharge\n\n"
                   "The patient's named nurse books the transport and updates the "
                   "whiteboard.\n\n"
                   "| Task | Who does it |\n| --- | --- |\n"
                   "| Check the medicines | Named Nurses |\n", "discharge.md")
    assert cells[("Named Nurse", "Update the whiteboard")] == "A/R", cells
    assert not any(role.startswith("Patient") for role, _act in cells), cells


def test_a_thing_to_settle_then_who_acts_on_it_names_the_act_with_the_thing(
        tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Allotment society meeting\n\n"
                   "The Secretary keeps the minutes. The Treasurer keeps the accounts and "
                   "the Plot Officer allocates the plots.\n\n"
                   "## Decisions\n\n"
                   "- New water trough – Treasurer to get two prices\n"
                   "- Hedge cutting dates – Secretary decides after hearing from the "
                   "Plot Officer\n", "allotments.md")
    assert cells[("Treasurer", "Get two prices for the new water trough")] == "A/R", cells
    decided = "Decide on the hedge cutting dates after hearing from the Plot Officer"
    assert cells[("Secretary", decided)] == "A/R", cells
    assert cells[("Plot Officer", decided)] == "C", cells
