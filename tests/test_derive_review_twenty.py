"""Shapes near the thirty-eighth set's rules that are not them, read as they are. Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import cell_names
from tests.helpers import cells_of_text


def test_two_people_joined_by_an_ampersand_are_two(tmp_path: Path) -> None:
    # "Tom & Priya" names two people, not one team as "Planning & Insight" does
    assert cell_names("Tom & Priya") == ["Tom", "Priya"]
    assert cell_names("Tom Okafor & Ann Kessler") == ["Tom Okafor", "Ann Kessler"]
    assert cell_names("Planning & Insight") == ["Planning & Insight"]
    page = ("| Task | Lead |\n| --- | --- |\n"
            "| Book the hall | Tom & Priya |\n"
            "| Lock the gates | Site Team |\n")
    cells = cells_of_text(tmp_path / "hall.md", page)
    roles = {r for r, _ in cells}
    assert "Tom & Priya" not in roles, roles
