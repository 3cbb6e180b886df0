"""Pages written to their reader as "you" and for the body that writes them as "we": whom
the reader is, read from the page's own words, and whose a "Please:" list is. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import others_reader
from tests.helpers import cells_of_text

SWIM_PAGE = (
    "# Changing rooms at the lido\n\n"
    "The pool gates are opened at seven by the Duty Lifeguard. Please:\n\n"
    "- shower before you swim, and leave the cubicle free for other families\n"
    "- keep your locker key on your wrist\n\n"
    "## After your swim\n\n"
    "You hand the key back at the kiosk.\n")


def test_the_others_of_a_kind_name_the_reader() -> None:
    # "leave the cubicle free for other families": the reader is a family
    assert others_reader("Please shut the gate behind you for other families.") == "Family"
    assert others_reader("You park away from the gate so other drivers can pass.") == \
        "Driver"
    # no "you": nobody is spoken to; two kinds: no one reader; things: no person
    assert others_reader("The warden leaves room for other families.") is None
    assert others_reader("You wave to other drivers. You let other tenants pass.") is None
    assert others_reader("You stack the chairs with the other tables.") is None


def test_a_page_to_a_family_gives_the_family_its_duties(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "lido.md", SWIM_PAGE)
    assert cells.get(("Family", "Hand the key back at the kiosk")) == "A/R", cells


def test_a_please_list_is_not_the_sentence_befores_doer(tmp_path: Path) -> None:
    # "... checked by the duty lifeguard. Please:": the list asks the reader
    cells = cells_of_text(tmp_path / "lido.md", SWIM_PAGE)
    assert not any(role == "Duty Lifeguard" and "locker key" in duty.lower()
                   for role, duty in cells), cells
    assert not any(role == "Duty Lifeguard" and "shower" in duty.lower()
                   for role, duty in cells), cells
