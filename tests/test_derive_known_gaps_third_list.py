"""Gaps earlier passes left, third list, each closed in general: a team named by a
hyphenated noun as a sentence's doer, a hyphenated word of time before the subject, a
passive with "get", several approvers named in one breath, "attends" before work that is
no gathering, "co-signs" and its kin as a sign-off, two people joined by "&" in running
text, and an acronym spelled out as a thing. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.extract import activity_name
from tests.helpers import cells_of_text

HYPHEN_DOERS = """# Warehouse: the day

Goods-in checks each pallet against the delivery note.
Front-of-house will open the shutters at eight.
Check-in opens at nine.

The Depot Manager orders the packaging.
"""


def test_a_team_named_by_a_hyphenated_noun_is_a_doer(tmp_path: Path) -> None:
    # "Goods-in checks ...": the team does it; "Check-in opens at nine" has no object
    cells = cells_of_text(tmp_path / "depot.md", HYPHEN_DOERS)
    assert cells[("Goods-in", "Check each pallet against the delivery note")] == "A/R", cells
    assert cells[("Front-of-house", "Open the shutters at eight")] == "A/R", cells
    assert not any(role == "Check-in" for role, _name in cells), cells


HYPHENATED_OPENER = """# Theatre: after the show

Post-show, the Company Manager collects the float.
Mid-week, the Technician tests the smoke machine.

The Producer books the venue.
"""


def test_a_hyphenated_word_before_the_subject_leaves_the_sentence_read(
        tmp_path: Path) -> None:
    # "Post-show, the Company Manager ...": when, before the subject; the duty is read
    # (named as after "Afterwards, ...": the same row either way)
    cells = cells_of_text(tmp_path / "show.md", HYPHENATED_OPENER)
    said = cells_of_text(tmp_path / "later.md", HYPHENATED_OPENER.replace(
        "Post-show,", "Afterwards,").replace("Mid-week,", "Later,"))
    assert cells == said
    assert any(role == "Company Manager" and "float" in name.lower() and letters == "A/R"
               for (role, name), letters in cells.items()), cells
    assert any(role == "Technician" and "smoke machine" in name.lower()
               for role, name in cells), cells


GET_PASSIVE = """# Smallholding: the week

The water butts get emptied by the Stockman each Friday.
Feed invoices get checked by the Bookkeeper.
The gates must get padlocked by the Warden at dusk.

The Owner buys the hay.
"""


def test_a_passive_with_get_is_read_as_one_with_be(tmp_path: Path) -> None:
    # "get emptied by the Stockman": a row for the doer, as "are emptied by" gives
    cells = cells_of_text(tmp_path / "farm.md", GET_PASSIVE)
    assert cells[("Stockman", "Empty the water butts")] == "A/R", cells
    assert cells[("Bookkeeper", "Check feed invoices")] == "A/R", cells
    assert cells[("Warden", "Padlock the gates")] == "A/R", cells


SEVERAL_APPROVERS = """# Parish council: money

The Clerk drafts the precept, approved by the Chair, the Treasurer and the Auditor.
The grant list is prepared by the Clerk and signed off by the Chair, the Treasurer and the
Auditor.
The Clerk writes the risk register. The Chair, the Treasurer and the Auditor sign it off.

The Chair opens the meetings. The Treasurer banks the cheques. The Auditor inspects the
books.
"""


def test_every_approver_of_several_is_named_on_the_duty(tmp_path: Path) -> None:
    # three approvers in a row: the first holds the A, the others are shown beside it
    # (as for any row given several A's), none dropped
    cells = cells_of_text(tmp_path / "parish.md", SEVERAL_APPROVERS)
    for name in ("Draft the precept", "Prepare the grant list", "Write the risk register"):
        assert "A" in cells[("Chair", name)], (name, cells)
        assert cells[("Treasurer", name)] == "R", (name, cells)
        assert cells[("Auditor", name)] == "R", (name, cells)
        assert cells[("Clerk", name)] == "R", (name, cells)


def test_attending_work_keeps_the_verb_and_a_gathering_is_named_alone() -> None:
    # "attends breakdowns": no gathering, the verb stays; "attends the weekly review": the
    # meeting is named by itself, as before
    assert activity_name("attends breakdowns") == "Attend breakdowns"
    assert activity_name("attending call-outs within the hour") == \
        "Attend call-outs within the hour"
    assert activity_name("attends the weekly review") == "Weekly review"
    assert activity_name("attends board meetings") == "Board meetings"


CO_SIGNS = """# Lettings office

The Negotiator drafts the tenancy and the Branch Manager co-signs it.
The Negotiator books the inventory. The Branch Manager co-signs it.
The Lettings Clerk prepares the deposit return, co-signed by the Branch Manager.

The Branch Manager opens the post.
"""


def test_co_signing_is_a_sign_off(tmp_path: Path) -> None:
    # "co-signs it" as "signs it": the one who co-signs answers for the work
    cells = cells_of_text(tmp_path / "lettings.md", CO_SIGNS)
    assert "A" in cells[("Branch Manager", "Draft the tenancy")], cells
    assert cells[("Negotiator", "Draft the tenancy")] == "R", cells
    assert "A" in cells[("Branch Manager", "Book the inventory")], cells
    assert cells[("Branch Manager", "Prepare the deposit return")] == "A", cells
    assert not any(name.startswith("Co-sign") for _role, name in cells), cells


PEOPLE_WITH_AMPERSAND = """# Summer fete

## Who's who

- Stalls Lead – Nadia Brook
- Raffle Lead – Owen Price

## Jobs

Nadia & Owen put up the gazebos.
The Organiser books the brass band.
"""


def test_two_people_joined_by_an_ampersand_in_running_text_both_do_it(
        tmp_path: Path) -> None:
    # "Nadia & Owen put up ...": two people of the who's-who, both doers (the first named
    # holds the A when no owner is named)
    cells = cells_of_text(tmp_path / "fete.md", PEOPLE_WITH_AMPERSAND)
    assert cells[("Stalls Lead", "Put up the gazebos")] == "A/R", cells
    assert cells[("Raffle Lead", "Put up the gazebos")] == "R", cells


SPELLED_THING = """# Care home: fire safety

The PEEP (personal emergency evacuation plan) sets out how each resident leaves.
The Deputy Manager reviews the PEEP every six months.
The FST (Fire Safety Team) tests the alarms each week.
"""


def test_an_acronym_spelled_out_as_a_thing_is_no_role(tmp_path: Path) -> None:
    # "The PEEP (personal emergency evacuation plan) sets out ...": a plan, no party; "the
    # FST (Fire Safety Team)" is a team
    cells = cells_of_text(tmp_path / "care.md", SPELLED_THING)
    roles = {role for role, _name in cells}
    assert "PEEP" not in roles, cells
    assert cells[("Deputy Manager", "Review the PEEP")] == "A/R", cells
    assert any(role == "Fire Safety Team" for role, _name in cells), cells

