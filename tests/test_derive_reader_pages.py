"""Pages written to their reader as "you" and for the body that writes them as "we": whom
the reader is, read from the page's own words, and whose a "Please:" list is. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import read_document
from raci.derive.roles import others_reader, place_writer, site_writer
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


PLAYGROUP_PAGE = (
    "# Snack time\n\n"
    "We ask every family to bring one piece of fruit on a Monday. The playgroup opens at "
    "nine and the Playgroup Leader sets out the snack table.\n\n"
    "Tell us in writing about any allergy. We will keep a note on the "
    "kitchen wall. Please park away from the gate when you drop off, so other families "
    "can get by.\n")


def test_a_place_named_by_its_kind_is_the_pages_we() -> None:
    # "The playgroup opens at nine" with a "Playgroup Leader" and "we" twice as a subject
    assert place_writer(PLAYGROUP_PAGE) == "Playgroup"
    # the place after "make sure", a place the reader runs: no "we" of its own
    assert place_writer(PLAYGROUP_PAGE.replace(". The playgroup opens",
                                               ". Make sure the playgroup opens")) is None
    # no post that carries the kind's name; "we" said once
    assert place_writer(PLAYGROUP_PAGE.replace("Playgroup Leader", "leader")) is None
    assert place_writer(PLAYGROUP_PAGE.replace("We will keep", "A note is kept")) is None


def test_the_pages_we_tells_the_place(tmp_path: Path) -> None:
    # "We will keep a note": the Playgroup's duty; "Tell us in writing": the reader's
    # duty, with the Playgroup informed
    cells = cells_of_text(tmp_path / "snack.md", PLAYGROUP_PAGE)
    assert cells.get(("Playgroup", "Keep a note on the kitchen wall")) == "A/R", cells
    told = {role: cell for (role, duty), cell in cells.items() if "writing" in duty.lower()}
    assert told.get("Playgroup") == "I", cells


LETTINGS_PAGE = (
    "<html><body><p>Hollin &amp; Reeve Lettings | Tenants | Landlords | Report a repair</p>"
    "<h1>Keys and locks</h1>"
    "<p>This guide is for tenants in homes we manage. We keep a spare set of keys for "
    "every home. If you lose a key, tell us the same day. We will send a locksmith.</p>"
    "</body></html>")


def test_a_sites_bar_of_links_names_the_pages_we(tmp_path: Path) -> None:
    # the first link of the bar on the page's first line: the body whose site it is
    path = tmp_path / "keys.html"
    path.write_text(LETTINGS_PAGE, encoding="utf-8")
    assert site_writer(read_document(path)) == "Hollin & Reeve Lettings"
    cells = cells_of_text(tmp_path / "keys2.html", LETTINGS_PAGE)
    assert cells.get(("Hollin & Reeve Lettings", "Send a locksmith")) == "A/R", cells
    # a bar whose first link is one word ("Home") or a role's name, or a page with no
    # "we" twice: no body
    for page in (LETTINGS_PAGE.replace("Hollin &amp; Reeve Lettings", "Home"),
                 LETTINGS_PAGE.replace("Hollin &amp; Reeve Lettings", "Duty Manager"),
                 LETTINGS_PAGE.replace("We will send", "A locksmith is sent")):
        path.write_text(page, encoding="utf-8")
        assert site_writer(read_document(path)) is None
