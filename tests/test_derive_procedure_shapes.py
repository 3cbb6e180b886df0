"""Shapes of procedures, handbooks, plans sent by e-mail and matrices saved from a
spreadsheet: how a column head names its team, and how a page's steps name their doers.
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_matrix_head_with_a_code_in_brackets_keeps_its_role(tmp_path: Path) -> None:
    # "Patient Transport (PTS)" over a column of letters: a team and its code, not a
    # person "Patient Transport" filling a role "PTS"; its letters stay in the draft
    sheet = ("Task,Site Lead,Patient Transport (PTS),Porters,Comments\n"
             "Move the infusion pumps,R,A,C,\n"
             "Test the suction units,A,R,,before the move\n")
    cells = cells_of_text(tmp_path / "move.csv", sheet)
    assert cells[("Patient Transport", "Move the infusion pumps")] == "A", cells
    assert cells[("Patient Transport", "Test the suction units")] == "R", cells
    assert cells[("Porters", "Move the infusion pumps")] == "C", cells
