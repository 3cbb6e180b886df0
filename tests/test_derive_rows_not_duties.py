"""Rows that name no duty: what the reader keeps so that a row says what is done.

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.extract import activity_name
from tests.helpers import cells_of_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bare thing left by a verb of charge keeps the verb: the row says what is done
        ("owns the rota", "Own the rota"),
        ("runs the tasting", "Run the tasting"),
        ("does the newsletter", "Do the newsletter"),
        ("leads the briefing", "Lead the briefing"),
        # an object of more words keeps the verb the role's own sentence gives it
        ("runs the weekly tasting", "Run the weekly tasting"),
        ("publishes the minutes on the notice board",
         "Publish the minutes on the notice board"),
        # so does "run" or "lead" as an order, the way a list writes it
        ("run the weekly tasting", "Run the weekly tasting"),
        ("Lead the harvest walk", "Lead the harvest walk"),
        ("drives the minibus", "Drive the minibus"),
        ("Drive the club minibus", "Drive the club minibus"),
        # but not "own": what is owned names the row
        ("own the weekly tasting", "Weekly tasting"),
        ("owns the cellar stock list", "Cellar stock list"),
        # nor the verbs that look after a thing
        ("manages the cellar budget", "Cellar budget"),
        # a party or a name after the verb is no thing to keep it for
        ("runs the Guild", "Guild"),
    ],
    ids=["own", "run", "do", "lead", "more words", "with a place", "list run", "list lead",
         "drive", "list drive",
         "list own", "own more",
         "looking after", "a name"],
)
def test_a_bare_thing_keeps_the_verb_of_charge(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_a_role_s_charge_of_one_thing_is_named_with_its_verb(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "roles.md", (
        "# Cellar roles\n\n"
        "## Cellar Manager\n\n"
        "- Owns the stocktake and signs the order sheet.\n"
        "- Runs the tasting.\n\n"
        "## Barrel Steward\n\n"
        "- Cleans the barrels after each brew.\n"))
    assert cells.get(("Cellar Manager", "Own the stocktake")) == "A/R"
    assert cells.get(("Cellar Manager", "Run the tasting")) == "A/R"
    assert ("Cellar Manager", "Stocktake") not in cells
    assert ("Cellar Manager", "Tasting") not in cells


def test_the_thing_run_and_the_thing_overseen_are_one_row(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "stores.md", (
        "# Stores\n\n"
        "The Site Supervisor oversees the stocktake. The Stores Clerk runs the stocktake.\n"))
    assert cells == {("Site Supervisor", "Stocktake"): "A/R", ("Stores Clerk", "Stocktake"): "R"}


def test_an_order_to_run_a_thing_keeps_its_verb_unless_another_names_the_thing(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "brewery.md", (
        "# Brewery duties\n\n"
        "## Head Brewer\n\n"
        "- Run the open-day tasting\n"
        "- Lead the hop harvest walk\n\n"
        "## Taproom Manager\n\n"
        "- Run the cask rotation\n"
        "- The Taproom Manager is accountable for the glass washing rota.\n\n"
        "## Cellar Hand\n\n"
        "- Run the glass washing rota\n"))
    # written as an order, "run" and "lead" stay in the name, as a reader writes the duty
    assert cells.get(("Head Brewer", "Run the open-day tasting")) == "A/R"
    assert cells.get(("Head Brewer", "Lead the hop harvest walk")) == "A/R"
    assert ("Head Brewer", "Open-day tasting") not in cells
    # a thing another role is accountable for by its bare name is named by it
    assert ("Cellar Hand", "Glass washing rota") in cells
    assert ("Cellar Hand", "Run the glass washing rota") not in cells
