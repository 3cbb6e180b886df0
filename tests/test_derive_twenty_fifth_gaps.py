"""Gaps of the twenty-fifth set worked through: an object led in or out, a department
with a plural verb, a second clause with its own subject, serving a thing. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_an_object_led_in_or_out_keeps_the_leading(tmp_path: Path) -> None:
    # "leads the band out": taking it somewhere is the work, not owning "Band"
    text = ("Match day\n\n"
            "The Head Steward leads the band out.\n"
            "The Referee starts the match.\n")
    cells = cells_of_text(tmp_path / "match.txt", text)
    assert cells[("Head Steward", "Lead the band out")] == "A/R", cells
    assert not any(activity == "Band" for _role, activity in cells), cells


def test_a_department_with_a_plural_verb_is_the_subject(tmp_path: Path) -> None:
    # "Housekeeping change the sheets": a department's name before a plural verb, as a
    # body of people is written in British English; "Catering" is no gerund here
    text = ("Conference day\n\n"
            "The Event Manager opens the doors.\n"
            "Housekeeping change the sheets in every room.\n"
            "Security check the badges at the gate.\n")
    cells = cells_of_text(tmp_path / "conference.txt", text)
    assert cells[("Housekeeping", "Change the sheets in every room")] == "A/R", cells
    assert cells[("Security", "Check the badges at the gate")] == "A/R", cells


def test_an_order_naming_a_department_word_that_is_a_verb_stays_an_order(
        tmp_path: Path) -> None:
    # "Support the volunteers": "Support" is a department's name, and a verb: an order
    text = ("Conference day\n\n"
            "The Event Manager opens the doors.\n"
            "Support the volunteers at the desk.\n")
    cells = cells_of_text(tmp_path / "conference.txt", text)
    assert ("Support", "Volunteers at the desk") not in cells, cells
    assert not any(role == "Support" for role, _activity in cells), cells


def test_a_second_clause_with_a_capital_subject_names_a_role(tmp_path: Path) -> None:
    # "... and Maintenance resets the boiler": no comma, yet a clause of its own whose
    # subject is a department, found as a role and given its act
    text = ("If the heating fails\n\n"
            "The Caretaker rings the office and Maintenance resets the boiler.\n"
            "The Caretaker locks the side door.\n")
    cells = cells_of_text(tmp_path / "heating.txt", text)
    assert cells[("Maintenance", "Reset the boiler")] == "A/R", cells
    assert cells[("Caretaker", "Ring the office")] == "A/R", cells


def test_serving_a_thing_keeps_its_verb(tmp_path: Path) -> None:
    # "serves the soup": serving is the work; the soup alone says nothing of it
    text = ("Lunch\n\n"
            "The Cook serves the soup in the dining room.\n"
            "The Cook washes the pans.\n")
    cells = cells_of_text(tmp_path / "lunch.txt", text)
    assert cells[("Cook", "Serve the soup in the dining room")] == "A/R", cells


def test_a_walk_round_keeps_whom_it_is_done_with(tmp_path: Path) -> None:
    # "walks round with the tenant": "Walk round" alone names no work; the tenant stays
    # in the name and is consulted
    text = ("Move-out visit\n\n"
            "The Housing Officer walks round with the tenant and reads the meters.\n"
            "The Tenant hands back the keys.\n")
    cells = cells_of_text(tmp_path / "visit.txt", text)
    assert cells[("Housing Officer", "Walk round with the tenant")] == "A/R", cells
    assert cells[("Tenant", "Walk round with the tenant")] == "C", cells


def test_a_short_act_keeps_the_one_party_it_is_done_for(tmp_path: Path) -> None:
    # "unlocks the pavilion for the visitors": the party the act is done for stays in a
    # short name; a longer tail after the party is still cut as before
    text = ("Match day\n\n"
            "The Groundsman unlocks the pavilion for the umpire.\n"
            "The Umpire inspects the pitch.\n")
    cells = cells_of_text(tmp_path / "match.txt", text)
    assert cells[("Groundsman", "Unlock the pavilion for the umpire")] == "A/R", cells


def test_an_office_in_lower_case_that_does_a_passives_work_is_a_role(
        tmp_path: Path) -> None:
    # "are logged by the ward office": an office written in lower case doing the work of a
    # passive is a role, and "the office" later on is the same role
    text = ("Visiting\n\n"
            "The Ward Sister agrees the visiting hours.\n"
            "Visitors are logged by the ward office.\n"
            "At night the office locks the main doors.\n")
    cells = cells_of_text(tmp_path / "visiting.txt", text)
    assert cells[("Ward Office", "Lock the main doors")] == "A/R", cells
