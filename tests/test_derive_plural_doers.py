"""Groups of people as the doers: a capitalised plural opening a sentence before a duty
verb, named by no title and no heading, is a role; a thing written so is none. Each
shape in text written for the test (docs/derive-measures.md, "Groups of people as the doers").
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import read_document
from raci.derive.roles import discover_roles
from tests.helpers import cells_of_text


def _roles(path: Path, text: str) -> set[str]:
    path.write_text(text, encoding="utf-8")
    return set(discover_roles([read_document(path)]).roles)


def test_an_agent_noun_in_the_plural_doing_work_is_a_role(tmp_path: Path) -> None:
    # "Leafleters" is in no role vocabulary and heads no section: its work is its own
    cells = cells_of_text(
        tmp_path / "site.md",
        "# Re-roofing the hall\n\n"
        "The Contracts Manager books the skip and agrees the dates with the caretaker.\n\n"
        "Leafleters deliver the flyers on Monday and count the spares on Friday.\n\n"
        "The Roofer replaces the broken slates.\n")
    assert cells[("Leafleter", "Deliver the flyers on Monday")] == "A/R", cells
    assert ("Contracts Manager", "Deliver the flyers on Monday") not in cells, cells


def test_a_person_noun_doing_work_and_named_again_is_a_role(tmp_path: Path) -> None:
    # "Guardians" is no agent noun: once as a doer and once more elsewhere is enough
    text = ("# Music camp\n\n"
            "The Camp Director hires the hall and writes to the tutors.\n\n"
            "Guardians sign the consent form by 3 June.\n\n"
            "Please tell us if any guardians can drive on the last day.\n")
    cells = cells_of_text(tmp_path / "camp.md", text)
    assert cells[("Guardian", "Sign the consent form by 3 June")] == "A/R", cells
    # named only the once, it is not enough
    once = text.replace("Please tell us if any guardians can drive on the last day.\n", "")
    assert "Guardian" not in _roles(tmp_path / "once.md", once)


def test_the_plural_after_the_is_a_doer_too(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "christening.md",
        "# Christening\n\n"
        "The Church Warden opens the church.\n\n"
        "The Godparents must light the candles by 5pm.\n\n"
        "The Godparents bring their own readings.\n")
    assert cells[("Godparent", "Light the candles by 5pm")] == "A/R", cells


def test_things_in_the_plural_are_no_roles(tmp_path: Path) -> None:
    # a noun that is also a verb, a passive, an intransitive, a verb a thing does
    roles = _roles(
        tmp_path / "gala.md",
        "# Swimming gala\n\n"
        "The Gala Secretary books the pool.\n\n"
        "Labels show each swimmer's lane. Keys are kept at reception. Gates close at 6pm. "
        "Results appear on the board. Tickets open the doors at 9. Fees cover the hire of "
        "the pool. Sessions cover the basics. Minutes record the decisions.\n\n"
        "Results appear on the board again. Sessions cover the dives. Tickets open the "
        "side door too.\n")
    assert roles & {"Label", "Key", "Gate", "Result", "Ticket", "Fee", "Session",
                    "Minute"} == set(), roles
    assert "Gala Secretary" in roles


def test_a_plural_that_only_reads_the_page_is_no_role(tmp_path: Path) -> None:
    # "will find the map": what a reader of the page does, not a duty
    roles = _roles(
        tmp_path / "walk.md",
        "# Sunday walk\n\n"
        "The Walk Leader checks the route on Saturday.\n\n"
        "Ramblers will find the map at the gate. Leafleters deliver the flyers.\n")
    assert "Rambler" not in roles, roles
    assert "Leafleter" in roles, roles
