"""Whose duty a line is (a subject read up to a possessive) and how long a duty's name may
be. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "page.md") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_a_possessive_never_ends_a_subject(tmp_path: Path) -> None:
    # "Checks drivers' logs ...": a verb-first cell; "logs" is what the drivers own, not the
    # verb of a "Checks Driver"
    page = ("# Who does what at the depot\n\n"
            "| Stage | Transport Clerk | Depot Manager |\n| --- | --- | --- |\n"
            "| Morning | Checks drivers' logs before the first run | Opens the yard |\n"
            "| Evening | Files the fuel receipts | Locks the yard |\n\n"
            "The Depot Manager briefs the drivers each Monday and tells the driver on duty "
            "about road closures.\n")
    cells = _cells(tmp_path, page)
    assert cells[("Driver", "Brief the drivers each Monday")] == "I", cells
    assert not any(role.startswith("Checks") for role, _act in cells), cells


def test_a_long_duty_keeps_what_it_is_about_not_where(tmp_path: Path) -> None:
    # "of the spare gas cylinders" says which delivery: it stays in a name of nine words;
    # "on the warehouse stock spreadsheet" says where, and goes; a comma still ends the
    # duty's clause
    page = ("# Stores Supervisor\n\n"
            "- Book the LPG delivery of the spare gas cylinders\n"
            "- Record the stock levels on the warehouse stock spreadsheet\n"
            "- Replace the worn saw blades and the drill bits, after checking the budget\n")
    cells = _cells(tmp_path, page)
    assert cells[("Stores Supervisor", "Book the LPG delivery of the spare gas cylinders")] \
        == "A/R", cells
    assert cells[("Stores Supervisor", "Record the stock levels")] == "A/R", cells
    assert cells[("Stores Supervisor", "Replace the worn saw blades and the drill bits")] \
        == "A/R", cells
