"""Rows that are not duties, left out: sentences that describe a party rather than hand it
work (docs/derive-measures.md, "Rows that are not duties, left out (precision pass)").

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import derived_cells


def _activities(path: Path) -> set[str]:
    return {a for _r, a in derived_cells(derive([path]))}


def test_a_section_that_says_what_a_party_is_gives_no_duties(tmp_path: Path) -> None:
    path = tmp_path / "guild.md"
    path.write_text(
        "# Tasting Guild Roles\n\n"
        "## What is a tasting panel?\n\n"
        "A tasting panel scores new cheeses that members bring in every month. It "
        "usually looks at:\n\n"
        "- Texture and rind\n- Flavour notes\n\n"
        "The Tasting Panel keeps the score sheets complete and signed.\n\n"
        "## Definition\n\n"
        "The Cellar Committee makes sure that the cellar stays cool, clean and quiet. "
        "The Cellar Committee is responsible for the cellar inventory.\n\n"
        "## Importance for members\n\n"
        "Strategically, the Cellar Committee raises the standing of the guild by making "
        "sure that every cheese reaches its best age.\n\n"
        "## Responsibilities\n\n"
        "The Cellar Committee turns the wheels every week.\n",
        encoding="utf-8")
    names = _activities(path)
    # what any tasting panel does, said under a question about what one is: no duty
    assert not any("score new cheeses" in n.lower() for n in names), names
    # a definition's and a value statement's description: no duty either
    assert not any("cool, clean" in n.lower() for n in names), names
    assert not any("best age" in n.lower() for n in names), names
    # what such a section hands this party in so many words, and the duties below, stay
    assert any("score sheets" in n.lower() for n in names), names
    assert any("cellar inventory" in n.lower() for n in names), names
    assert any("wheels" in n.lower() for n in names), names


def test_a_summary_before_the_duties_gives_no_rows_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "keeper.md"
    path.write_text(
        "# Reserve Warden\n\n"
        "## About the role\n\n"
        "As Reserve Warden you look after the boardwalk and the car park. You will "
        "agree the opening dates with the Parish Clerk.\n\n"
        "## What you'll do\n\n"
        "- Walk the boardwalk every morning and log any loose planks\n"
        "- Lock the car park gate at dusk\n",
        encoding="utf-8")
    names = _activities(path)
    assert any("boardwalk" in n.lower() for n in names), names
    assert any("car park gate" in n.lower() for n in names), names
    # the summary restates the work listed below it: no rows of its own ...
    assert not any(n.lower().startswith(("look after", "boardwalk and")) for n in names), names
    # ... but a duty only the summary names stays
    assert any("opening dates" in n.lower() for n in names), names


def test_a_summary_that_is_all_the_page_says_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "keeper.md"
    path.write_text(
        "# Reserve Warden\n\n"
        "## Purpose\n\n"
        "The Reserve Warden walks the boardwalk every morning and locks the car park gate "
        "at dusk.\n",
        encoding="utf-8")
    names = _activities(path)
    assert any("boardwalk" in n.lower() for n in names), names


def test_a_who_s_who_restating_the_steps_gives_no_rows_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "bakery.md"
    path.write_text(
        "# Early Bake\n\n"
        "## Who's who\n\n"
        "The Night Baker looks after the ovens and the proving cabinet.\n\n"
        "The Van Driver looks after the delivery round.\n\n"
        "## Steps\n\n"
        "1. The Night Baker lights the ovens at 3am.\n"
        "2. The Night Baker checks the proving cabinet every hour.\n"
        "3. The Van Driver loads the crates and drives the delivery round.\n",
        encoding="utf-8")
    names = _activities(path)
    assert any("light the ovens" in n.lower() for n in names), names
    assert any("delivery round" in n.lower() for n in names), names
    # the remits in the who's who restate the steps below: no rows of their own
    assert not any(n.lower().startswith(("ovens and", "look after")) for n in names), names


def test_a_definitions_section_that_gives_a_schedule_keeps_its_duties(
        tmp_path: Path) -> None:
    path = tmp_path / "pantry.md"
    path.write_text(
        "# Community Pantry Procedure\n\n"
        "## Definitions\n\n"
        "The Pantry Coordinator orders stock from the food bank every Tuesday. The "
        "Volunteer Lead makes sure that every shelf looks tidy.\n\n"
        "## Steps\n\n"
        "1. The Pantry Coordinator opens the pantry at 10:00.\n"
        "2. The Volunteer Lead signs in each volunteer.\n",
        encoding="utf-8")
    names = _activities(path)
    # a duty with its day is a duty, whatever the heading over it
    assert any("order stock" in n.lower() for n in names), names
    # "Lead" in a role's title hands no work: the description stays out
    assert not any("shelf" in n.lower() for n in names), names


def test_a_summary_row_naming_something_no_later_row_names_is_kept(
        tmp_path: Path) -> None:
    path = tmp_path / "depot.md"
    path.write_text(
        "# Depot procedure\n\n"
        "## Introduction\n\n"
        "The Yard Manager checks the gate log every morning.\n\n"
        "## Gate\n\n"
        "1. The Yard Manager opens the gate at 06:00.\n"
        "2. The Yard Manager locks the gate at 18:00.\n",
        encoding="utf-8")
    names = _activities(path)
    # the gate is named below, the gate log is not: no restatement
    assert any("gate log" in n.lower() for n in names), names
