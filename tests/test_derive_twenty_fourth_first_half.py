"""Shapes of briefing decks, procedures and council pages: a column of who helps the
doer, a page that says in its list of who is involved which one the reader is and which
one "we" are. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_helps_column_is_consulted_beside_the_lead(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "gala.md", (
        "# Swimming gala\n\n"
        "| Task | Lead | Helps | Tell |\n"
        "| --- | --- | --- | --- |\n"
        "| Book the pool and the lifeguards | Gala Secretary | Club Treasurer | Coaches |\n"
        "| Print the heat sheets | Results Officer | Gala Secretary | |\n"))
    assert cells[("Gala Secretary", "Book the pool and the lifeguards")] == "A/R", cells
    assert cells[("Club Treasurer", "Book the pool and the lifeguards")] == "C", cells
    assert cells[("Results Officer", "Print the heat sheets")] == "A/R", cells
    assert cells[("Gala Secretary", "Print the heat sheets")] == "C", cells
