"""Shapes of procedures, runbooks and handbook pages: an AsciiDoc table whose cells run
over lines, a who's-who line giving a role and a given name alone. Every text here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str) -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_an_asciidoc_cell_run_on_ends_where_the_next_cells_start(tmp_path: Path) -> None:
    # a long cell wraps, and the next cells start on its second line
    cells = _cells(tmp_path, "= Returning hired plant\n:toc:\n\n== Steps\n\n"
                   '[cols="1,3,2,2",options="header"]\n|===\n'
                   "|# |Step |Who |Told\n"
                   "|1 |Photograph the excavator and note every scratch on the off-hire\n"
                   "form |Site Foreman |Plant Coordinator\n"
                   "|2 |Book the collection with the hire desk\n"
                   "|Plant Coordinator |Site Foreman\n"
                   "|===\n", "plant.adoc")
    photographed = next(act for role, act in cells
                        if role == "Site Foreman" and act.startswith("Photograph"))
    assert cells[("Site Foreman", photographed)] == "A/R", cells
    assert cells[("Plant Coordinator", photographed)] == "I", cells
    assert cells[("Plant Coordinator", "Book the collection with the hire desk")] == "A/R", \
        cells
    assert cells[("Site Foreman", "Book the collection with the hire desk")] == "I", cells

