"""Shapes of procedures, decks and SOPs: tables that carry a cell down or name whom a row
is reported to, and the lines and sentences around them. Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "page.md") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_an_update_column_names_whom_the_row_is_told(tmp_path: Path) -> None:
    # "Update": whom the row's progress goes to, told of it as under "Informed"
    page = ("# Boiler replacements\n\n"
            "| Task | Lead | Sign-off | Update |\n| --- | --- | --- | --- |\n"
            "| Survey the flat | Heating Engineer | Works Supervisor | Estate Officer |\n"
            "| Fit the new boiler | Gas Fitter | Works Supervisor | Estate Officer |\n")
    cells = _cells(tmp_path, page, "boilers.md")
    assert cells[("Estate Officer", "Survey the flat")] == "I", cells
    assert cells[("Estate Officer", "Fit the new boiler")] == "I", cells
    assert cells[("Works Supervisor", "Fit the new boiler")] == "A", cells


def test_a_cell_saying_as_above_holds_the_cell_above(tmp_path: Path) -> None:
    # "as above", "ditto": the reader carries the cell above down; no role "as above"
    page = ("# Gritting rounds\n\n"
            "| Task | Lead | Sign-off |\n| --- | --- | --- |\n"
            "| Load the salt | Depot Hand | Winter Duty Officer |\n"
            "| Drive the priority route | Gritter Driver | as above |\n"
            "| Log the route times | Gritter Driver | Ditto |\n")
    cells = _cells(tmp_path, page, "gritting.md")
    assert cells[("Winter Duty Officer", "Drive the priority route")] == "A", cells
    assert cells[("Winter Duty Officer", "Log the route times")] == "A", cells
    assert not any("above" in role.lower() or "ditto" in role.lower() for role, _ in cells)
