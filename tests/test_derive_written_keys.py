"""Code keys, pronouns and series written on purpose in shapes no labelled set holds: a
key of codes above or below a checklist, a key that names people, a pronoun taking up the
sentence before, a run of predicates ending in a party told. Every text here is written
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.documents import inline_key
from tests.helpers import cells_of_text

# --- a key of codes over a checklist --------------------------------------------------

KEY_ON_TOP = """# Church hall jobs

Key: HK = Hall Keeper, GW = Grounds Warden

- Replace the fire blankets (HK)
- Clear the gutters (GW)
- Lock up after the quiz night (HK, GW to check the windows)
"""

KEY_BELOW = """# Church hall jobs

- Replace the fire blankets (HK)
- Clear the gutters (GW)
- Lock up after the quiz night (HK, GW to check the windows)

HK = Hall Keeper; GW = Grounds Warden
"""

KEY_LINES_TEXT = """CHURCH HALL JOBS

Codes used: HK - Hall Keeper, GW - Grounds Warden

* Replace the fire blankets (HK)
* Clear the gutters (GW)
* Lock up after the quiz night (HK, GW to check the windows)
"""


@pytest.mark.parametrize(("name", "text"), [("top.md", KEY_ON_TOP), ("below.md", KEY_BELOW),
                                            ("jobs.txt", KEY_LINES_TEXT)])
def test_a_key_of_codes_gives_each_line_the_role_its_code_stands_for(
        tmp_path: Path, name: str, text: str) -> None:
    # the key's codes are the roles they spell out, wherever the key stands; no line goes
    # to the role the key names first
    cells = cells_of_text(tmp_path / name, text)
    assert cells == {
        ("Hall Keeper", "Replace the fire blankets"): "A/R",
        ("Grounds Warden", "Clear the gutters"): "A/R",
        ("Hall Keeper", "Lock up after the quiz night"): "A/R",
        # a party written after the owner with its own part does that part
        ("Grounds Warden", "Check the windows"): "A/R",
    }, cells


KEY_OF_PEOPLE = """# Summer fair

Who's who: TF = Tom Finch (Treasurer), RB = Rosa Bell; HK = Hall Keeper

- Order the raffle prizes (RB)
- Bank the takings (TF)
- Set out the trestle tables (HK)
"""


def test_a_key_naming_people_gives_their_post_or_the_person(tmp_path: Path) -> None:
    # a person's code stands for the post written beside them, else for the person
    cells = cells_of_text(tmp_path / "fair.md", KEY_OF_PEOPLE)
    assert cells == {
        ("Rosa Bell", "Order the raffle prizes"): "A/R",
        ("Treasurer", "Bank the takings"): "A/R",
        ("Hall Keeper", "Set out the trestle tables"): "A/R",
    }, cells


KEY_AS_ITEMS = """# Summer fair

- TF = Tom Finch (Treasurer)
- HK = Hall Keeper

- Bank the takings (TF)
- Set out the trestle tables (HK)
"""


def test_a_key_written_an_item_a_code_is_no_task(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fair.md", KEY_AS_ITEMS)
    assert cells == {("Treasurer", "Bank the takings"): "A/R",
                     ("Hall Keeper", "Set out the trestle tables"): "A/R"}, cells


UNKNOWN_CODE = """# Church hall

The Hall Keeper looks after the building.

- Replace the fire blankets
- Clear the gutters (GW)
- Send the DBS forms (DBS)
- Book the Site Visit (SV)
"""


def test_an_unknown_code_after_a_task_is_not_given_to_the_role_before(
        tmp_path: Path) -> None:
    # "(GW)" names the owner of its line, though no key spells it out
    cells = cells_of_text(tmp_path / "hall.md", UNKNOWN_CODE)
    assert ("Hall Keeper", "Clear the gutters") not in cells, cells
    assert cells[("GW", "Clear the gutters")] == "A/R", cells
    assert cells[("Hall Keeper", "Replace the fire blankets")] == "A/R", cells
    # a code that is one of the task's words or its initials names the thing, no owner
    assert cells[("Hall Keeper", "Send the DBS forms")] == "A/R", cells
    assert cells[("Hall Keeper", "Book the Site Visit")] == "A/R", cells


def test_what_an_inline_key_holds() -> None:
    assert inline_key("Key: HK = Hall Keeper, GW = Grounds Warden") == [
        ("HK", "Hall Keeper", False), ("GW", "Grounds Warden", False)]
    assert inline_key("Roles: PM = Project Manager") == [("PM", "Project Manager", False)]
    assert inline_key("TF = Tom Finch (Treasurer); RB = Rosa Bell") == [
        ("TF", "Treasurer", True), ("RB", "Rosa Bell", True)]
    # a key of letters or marks, a post and who holds it, a sentence: no key of codes
    assert inline_key("Key: R = Responsible, A = Accountable") == []
    assert inline_key("Key: OK = approves it, DO = does the work") == []
    assert inline_key("CEO: Ann Lee, CFO: Raj Patel") == []
    assert inline_key("The HK = the Hall Keeper in these notes") == []


# --- a pronoun taking up the work the sentence before says a thing needs ---------------

NEEDED_WORK = """# Building

The boiler needs a service before October. Ana Ruiz, the Site Porter, will arrange it.

The gutters need a clean before winter. The Caretaker books it.
"""


def test_it_stands_for_the_work_a_thing_needs(tmp_path: Path) -> None:
    # no role made of "service before October", no "sign off the boiler"; "it" is the
    # service the boiler needs, its doer named with a person in apposition
    cells = cells_of_text(tmp_path / "building.md", NEEDED_WORK)
    assert cells == {
        ("Site Porter", "Arrange the boiler service before October"): "A/R",
        ("Caretaker", "Book the clean of the gutters before winter"): "A/R",
    }, cells


MONTHS = """# Garden

The hedge needs a trim before September. The Groundsman will trim it.
"""


def test_a_month_is_no_party(tmp_path: Path) -> None:
    # ("October", "September" end like agent nouns: no role is named after one)
    cells = cells_of_text(tmp_path / "garden.md", MONTHS)
    assert {role for role, _a in cells} == {"Groundsman"}, cells


# --- a series whose last predicate is a report made at set times -----------------------

SERIES_REPORT = """# Club officers

The Secretary books the rooms, answers the post and reports to the Trustees quarterly.

The Treasurer keeps the accounts and reports to the Chair.
"""


def test_a_timed_report_at_the_end_of_a_series_is_a_duty_of_its_own(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "officers.md", SERIES_REPORT)
    assert cells[("Secretary", "Book the rooms")] == "A/R", cells
    assert cells[("Secretary", "Answer the post")] == "A/R", cells
    assert cells[("Secretary", "Report to the Trustees quarterly")] == "A/R", cells
    assert cells[("Trustee", "Report to the Trustees quarterly")] == "I", cells
    # the Trustees are told through the report, not of each duty before it
    assert ("Trustee", "Answer the post") not in cells, cells
    # "reports to the Chair" with no time places the role: no duty
    assert not any(a.startswith("Report to the Chair") for _r, a in cells), cells


# --- a party sent something, the sender unnamed ----------------------------------------

SENT_TO = """# Rota

The Caretaker is sent the rota by email every Friday.

The Chief Steward is sent the published minutes.
"""


def test_a_party_sent_something_is_told_by_the_sending(tmp_path: Path) -> None:
    # the row is the sending, named with whom it goes to and when, how it goes left out;
    # no one is named as the sender, so the reviewer is asked to choose one
    cells = cells_of_text(tmp_path / "rota.md", SENT_TO)
    assert cells == {
        ("Caretaker", "Send the rota to the Caretaker every Friday"): "I",
        ("Chief Steward", "Send the published minutes to the Chief Steward"): "I",
    }, cells
