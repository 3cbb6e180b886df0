"""Owners named with more care: where the text (or a table's heads) names who answers for
a row, that role is its owner (A). Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_checker_beside_a_lead_column_answers_for_the_row(tmp_path: Path) -> None:
    """"Stage | Lead | Checked by | Tell" with no approver column: the one who checks the
    lead's work passes it (A), the lead does it (R); likewise beside "Who does it". A row
    nobody checks stays the lead's (A/R), and a "Reviewed by" beside a lead is asked (C)."""
    cells = cells_of_text(tmp_path / "yard.md", "# Yard jobs\n\n"
                          "| Stage | Lead | Checked by | Tell |\n| --- | --- | --- | --- |\n"
                          "| Muck out the stables | Yard Hand | Yard Manager | Owner |\n"
                          "| Order the hay | Yard Manager | | |\n\n"
                          "## Tack room\n\n"
                          "| Job | Who does it | Checked by |\n| --- | --- | --- |\n"
                          "| Clean the saddles | Groom | Head Groom |\n\n"
                          "## Arena\n\n"
                          "| Job | Lead | Reviewed by |\n| --- | --- | --- |\n"
                          "| Harrow the arena | Groom | Yard Manager |\n")
    assert cells[("Yard Hand", "Muck out the stables")] == "R", cells
    assert cells[("Yard Manager", "Muck out the stables")] == "A", cells
    assert cells[("Owner", "Muck out the stables")] == "I", cells
    assert cells[("Yard Manager", "Order the hay")] == "A/R", cells
    assert cells[("Groom", "Clean the saddles")] == "R", cells
    assert cells[("Head Groom", "Clean the saddles")] == "A", cells
    assert cells[("Yard Manager", "Harrow the arena")] == "C", cells
    assert cells[("Groom", "Harrow the arena")] == "A/R", cells
