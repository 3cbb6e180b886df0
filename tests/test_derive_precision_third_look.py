"""Shapes found on a third look at the rows the development corpus gets wrong: how often a
duty is done written before its subject, and a duty written in the imperative. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_how_often_written_first_stays_in_the_name(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "kitchen.md", (
        "# Kitchen roles\n\n"
        "## Head Cook\n\n"
        "The Head Cook plans the menus. Each week, the Head Cook orders the dry goods. "
        "Every evening the Head Cook should check the fridges. Each season, the Pastry "
        "Chef writes new dessert cards for the guests to read. Each month, the Head Cook "
        "records the fridge readings on the hygiene sheet.\n"))
    assert cells[("Head Cook", "Order the dry goods each week")] == "A/R", cells
    # a name with no room left for the time keeps what it is about and where
    assert cells[("Head Cook", "Record the fridge readings on the hygiene sheet")] == "A/R", \
        cells
    assert cells[("Head Cook", "Check the fridges every evening")] == "A/R", cells
    assert any(role == "Pastry Chef" and act.endswith("each season")
               for role, act in cells), cells


def test_how_often_written_first_goes_with_each_act_of_a_series(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "yard.md", (
        "# Yard roles\n\n"
        "## Porter\n\n"
        "Every member of staff signs in at the gate. Each evening, the Porter empties "
        "the bins, sweeps the yard and locks the gate.\n"))
    # a series after the time: each act keeps it
    assert cells[("Porter", "Sweep the yard each evening")] == "A/R", cells
    assert cells[("Porter", "Lock the gate each evening")] == "A/R", cells
    # "every member of staff" is who does it, not how often
    assert cells[("Staff", "Sign in at the gate")] == "A/R", cells


def test_a_duty_in_the_imperative_keeps_its_words(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "pantry.md", (
        "# Pantry Lead\n\n"
        "## Tasks\n\n"
        "- Organise the store room\n"
        "- Monitor the walk-in fridges\n"
        "- Supervise the kitchen porters\n"))
    assert cells[("Pantry Lead", "Organise the store room")] == "A/R", cells
    assert cells[("Pantry Lead", "Monitor the walk-in fridges")] == "A/R", cells
    assert cells[("Pantry Lead", "Supervise the kitchen porters")] == "A/R", cells


def test_a_duty_in_the_third_person_is_named_by_its_action(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "pantry.md", (
        "# Pantry roles\n\n"
        "The Pantry Lead monitors the stock levels and the Night Porter organises the "
        "deliveries.\n"))
    assert cells[("Pantry Lead", "Stock level monitoring")] == "A/R", cells



def test_how_often_written_first_before_two_acts_is_left_where_it_is(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "advice.md", (
        "# Advice roles\n\n"
        "## Team Supervisor\n\n"
        "Every month the Team Supervisor checks two closed files for each adviser and "
        "records the result on the audit sheet.\n"))
    assert cells[("Team Supervisor", "Record the result on the audit sheet")] == "A/R", cells
