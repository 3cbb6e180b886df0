"""Shapes of the thirty-eighth set, studied (first half): names joined by "&", passives
of things with a clause of their own, where a subject works, a post and where it is held,
ranges and lists. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import cell_names
from tests.helpers import cells_of_text


def test_two_fields_joined_by_an_ampersand_name_one_team(tmp_path: Path) -> None:
    # "Learning & Engagement" in a column of who is told: one team, not a "Learning" and
    # an "Engagement"; two roles of their own ("Chair & Treasurer") are still two
    assert cell_names("Learning & Engagement") == ["Learning & Engagement"]
    assert cell_names("Chair & Treasurer") == ["Chair", "Treasurer"]
    page = ("| Task | Lead | Told |\n"
            "| --- | --- | --- |\n"
            "| Hand out the feedback cards | Stewards | Learning & Engagement |\n"
            "| Lock the side gates | Site Team | |\n\n"
            "Learning & Engagement sends the visitor survey results to the Site Team.\n")
    cells = cells_of_text(tmp_path / "fair.md", page)
    roles = {r for r, _ in cells}
    assert "Learning & Engagement" in roles, roles
    assert not roles & {"Learning", "Engagement"}, roles
    assert ("Learning & Engagement", "Hand out the feedback cards") in cells, cells
    assert cells.get(("Learning & Engagement",
                      "Send the visitor survey results to the Site Team")) == "A/R", cells
