"""Shapes near those of the third list of closed gaps that are not those shapes: a thing
named by a hyphenated noun before a verb, a list of approvers that goes on to say
something else of its last, a clause after the approver, what is attended at a gathering's
place, an acronym spelled out as a body; a "get" passive whose doer is named nowhere else;
and a long line of names joined by "&" after "signed off by". Every text here is written
for the test."""

from __future__ import annotations

import re
from pathlib import Path

from raci.derive.actors import _SIGNED_BY, _SIGNER, spelled_thing
from raci.derive.extract import activity_name
from tests.helpers import cells_of_text

HYPHENATED_THINGS = """# Shop: the till

Point-of-sale records each sale in the ledger.
Proof-of-concept proves the design.
Plug-in adds the feature.
Check-out closes the sale.
Follow-up calls the customer within a day.
Goods-in checks the pallets.
Back-of-house cleans the kitchen every night.

The Manager orders the stock.
"""


def test_a_thing_named_by_a_hyphenated_noun_is_no_team(tmp_path: Path) -> None:
    # a verb and a small word ("Plug-in", "Check-out") or "X-of-Y" of a thing name no
    # team; "Goods-in" and "Back-of-house" still do
    cells = cells_of_text(tmp_path / "shop.md", HYPHENATED_THINGS)
    roles = {role for role, _name in cells}
    for thing in ("Point-of-sale", "Proof-of-concept", "Plug-in", "Check-out", "Follow-up"):
        assert thing not in roles, (thing, cells)
    assert cells[("Goods-in", "Check the pallets")] == "A/R", cells
    assert cells[("Back-of-house", "Clean the kitchen every night")] == "A/R", cells


APPROVER_THEN_A_CLAUSE = """# Parish council: money

The Clerk drafts the budget, approved by the Chair, the Treasurer then filing it.
The accounts are prepared by the Clerk and approved by the Chair, the Treasurer keeping a
copy.

The Chair opens the meetings. The Treasurer banks the cheques.
"""


def test_a_clause_after_an_approver_names_no_second_approver(tmp_path: Path) -> None:
    # ", the Treasurer then filing it", ", the Treasurer keeping a copy": what the
    # Treasurer does after, no approval; the Chair approves
    cells = cells_of_text(tmp_path / "parish.md", APPROVER_THEN_A_CLAUSE)
    for name in ("Draft the budget", "Prepare the accounts"):
        assert "A" in cells[("Chair", name)], (name, cells)
        assert cells[("Clerk", name)] == "R", (name, cells)
        assert ("Treasurer", name) not in cells, (name, cells)


def test_what_is_attended_at_a_gathering_s_place_keeps_the_verb() -> None:
    # "at the training ground", "in the day room": where, no gathering attended
    assert activity_name("attends incidents at the training ground") == \
        "Attend incidents at the training ground"
    assert activity_name("attends falls in the day room") == "Attend falls in the day room"
    assert activity_name("attends the weekly review of incidents") == \
        "Weekly review of incidents"


def test_an_acronym_spelled_out_as_a_body_or_a_professional_is_a_party() -> None:
    assert not spelled_thing("The AHP (allied health professional) assesses each fall")
    assert not spelled_thing("The SWP (South West Partnership) funds the scheme")
    assert not spelled_thing("The CPS (crown prosecution service) decides the charge")
    assert spelled_thing("The PEEP (personal emergency evacuation plan) sets out the route")


GET_PASSIVE_ALONE = """# Yard: the week

The keys get handed back by the Contractor at five.

The Yard Manager orders the gravel.
"""


def test_a_get_passive_names_its_doer_as_a_be_passive_does(tmp_path: Path) -> None:
    # the Contractor is named nowhere else: "get handed back by" finds it as "are handed
    # back by" does
    said = cells_of_text(tmp_path / "be.md", GET_PASSIVE_ALONE.replace(" get ", " are "))
    cells = cells_of_text(tmp_path / "get.md", GET_PASSIVE_ALONE)
    assert said[("Contractor", "Hand back the keys")] == "A/R", said
    assert cells == said


def test_names_after_signed_off_by_split_one_way_only() -> None:
    # a letter of a signer's name is never the start of "&" or "and" between two names,
    # so "the a & b & c ..." is split one way only (each way was tried, for minutes, on a
    # long line); the list is still read whole
    for joined in ("Chair & Vicar", "Chair&Vicar", "Chair and Vicar"):
        assert re.fullmatch(f"{_SIGNER}+", joined) is None, joined
    m = _SIGNED_BY.match(" and signed off by the Chair & the Vicar and the Warden.")
    assert m is not None and m.group("who") == "Chair & the Vicar and the Warden"


ENDORSED_AND_RATIFIED = """# Parish council: papers

The minutes are written by the Clerk and ratified by the Chair.
The Clerk drafts the policy, endorsed by the Chair & the Treasurer.
The Clerk books the hall. The Treasurer cosigns it.

The Chair opens the meetings. The Treasurer banks the cheques.
"""


def test_endorsed_ratified_and_cosigns_are_sign_offs(tmp_path: Path) -> None:
    # the forms the third list names that its own tests leave out: "ratified by" after a
    # passive, "endorsed by" after a comma with two joined by "&", "cosigns" unhyphenated
    cells = cells_of_text(tmp_path / "papers.md", ENDORSED_AND_RATIFIED)
    assert "A" in cells[("Chair", "Write the minutes")], cells
    assert cells[("Clerk", "Write the minutes")] == "R", cells
    assert "A" in cells[("Chair", "Draft the policy")], cells
    assert cells[("Treasurer", "Draft the policy")] == "R", cells
    assert "A" in cells[("Treasurer", "Book the hall")], cells
    assert cells[("Clerk", "Book the hall")] == "R", cells


GROUPS_SIGN_IT = """# School trips

The Trip Leader plans the route. Staff and volunteers sign it.
The Office Manager orders the coach. The Bursar and the Trip Leader sign it off.

The Bursar pays the invoices.
"""


def test_groups_putting_their_names_to_it_are_no_approvers(tmp_path: Path) -> None:
    # "Staff and volunteers sign it": everyone signs to say they have read it, as "Staff
    # sign it." alone is read; two posts written with capitals still sign it off
    cells = cells_of_text(tmp_path / "trips.md", GROUPS_SIGN_IT)
    assert not any(role in ("Staff", "Volunteer") and name == "Route planning"
                   for role, name in cells), cells
    assert "A" in cells[("Bursar", "Order the coach")], cells
    assert cells[("Trip Leader", "Order the coach")] == "R", cells
