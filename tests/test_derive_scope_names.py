"""Names keep their scope, their record and their means: what a duty covers ("for every
appeal"), where it is written down and what it is done with stay in its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.draft import derive
from raci.derive.extract import activity_names
from tests.helpers import derived_cells


@pytest.mark.parametrize(("text", "name"), [
    ("writes a short note for every appeal", "Write a short note for every appeal"),
    ("agrees a final grade for each module", "Agree a final grade for each module"),
    ("checks the fire doors for all three floors", "Check the fire doors for all three floors"),
    ("keeps the gate locked for the match", "Keep the gate locked for the match"),
    ("sets out the tables for the quiz", "Set out the tables for the quiz"),
])
def test_a_for_phrase_naming_what_the_duty_covers_stays(text: str, name: str) -> None:
    assert activity_names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    # who acts next is no scope
    ("drafts the rota for the Duty Manager to approve", "Draft the rota"),
    # a bare plural it is done for
    ("books rooms for new members", "Book rooms"),
    # a second phrase after the scope
    ("checks the ladders for each crew at the depot", "Check the ladders"),
    # a time set aside goes back in place of the scope
    ("reconciles the float for every till within two hours",
     "Reconcile the float within two hours"),
])
def test_a_for_phrase_that_is_no_scope_goes(text: str, name: str) -> None:
    assert activity_names(text) == [name]


def test_a_pronoun_object_takes_no_scope() -> None:
    assert activity_names("adapts it for the website") == []


def test_the_scope_names_the_row_and_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "panel.md"
    path.write_text("# Hearings\n\nThe Panel Clerk writes a short note for every "
                    "appeal.\n\nThe Panel Chair signs the decision letter for each "
                    "appellant.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Panel Clerk", "Write a short note for every appeal")] == "A/R"
    assert cells[("Panel Chair", "Sign the decision letter for each appellant")] == "A/R"


@pytest.mark.parametrize(("text", "name"), [
    ("records the number of swimmers in the pool log",
     "Record the number of swimmers in the pool log"),
    ("enters each new tenancy in the lettings register",
     "Enter each new tenancy in the lettings register"),
    ("notes the water temperature on the boiler card",
     "Note the water temperature on the boiler card"),
    ("writes the daily takings on the cash sheet", "Write the daily takings on the cash sheet"),
])
def test_a_long_duty_keeps_the_record_it_is_written_in(text: str, name: str) -> None:
    assert activity_names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    # a system or a place is where the work is done, not its record
    ("uploads the weekly invoices in the finance system", "Upload the weekly invoices"),
    ("stacks the spare chairs in the back hall store", "Stack the spare chairs"),
    # a second phrase after the record goes, and so does a time
    ("records the seed orders in the blue book on the Monday",
     "Record the seed orders in the blue book"),
])
def test_a_long_duty_still_drops_where_it_is_done(text: str, name: str) -> None:
    assert activity_names(text) == [name]


def test_a_report_keeps_the_party_it_goes_to(tmp_path: Path) -> None:
    path = tmp_path / "halls.md"
    path.write_text("# Halls\n\nThe Duty Porter reports any broken window or damaged lock "
                    "to the Estates Officer.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    name = "Report any broken window or damaged lock to the Estates Officer"
    assert cells[("Duty Porter", name)] == "A/R"
    assert cells[("Estates Officer", name)] == "I"


def test_a_report_to_a_bare_plural_is_named_by_what_is_reported() -> None:
    assert activity_names("reports any broken window or damaged lock to residents") == [
        "Report any broken window or damaged lock"]


@pytest.mark.parametrize(("text", "name"), [
    ("takes the register at each session", "Take the register at each session"),
    ("presents the budget at every committee meeting",
     "Present the budget at every committee meeting"),
    ("reads out the accounts at the annual meeting",
     "Read out the accounts at the annual meeting"),
])
def test_the_meeting_a_duty_is_done_at_stays(text: str, name: str) -> None:
    assert activity_names(text) == [name]


def test_a_long_duty_agreed_with_a_titled_party_keeps_it() -> None:
    assert activity_names(
        "agrees the menu of every members' dinner with the Events Secretary") == [
        "Agree the menu of every members' dinner with the Events Secretary"]
    # a party in lower case is left out of a name this long, as before
    assert activity_names(
        "agrees the menu of every members' dinner with the kitchen staff") == [
        "Agree the menu of every members' dinner"]
