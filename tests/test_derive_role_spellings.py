"""Roles written as readers write them: an acronym in mixed case standing for a post
("the SENCo", "the HoD"). Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from tests.helpers import cells_of_text


def test_an_acronym_in_mixed_case_is_a_subject() -> None:
    assert actor_name("The SENCo", acronym=True) == "SENCo"
    assert actor_name("the HoD", acronym=True) == "HoD"
    assert actor_name("The DofE", acronym=True) == "DofE"
    # a plural of an acronym, a courtesy title or a product's name is no post
    assert actor_name("the OKRs", acronym=True) is None
    assert actor_name("Mr", acronym=True) is None
    assert actor_name("GitHub", acronym=True) is None
    assert actor_name("The MoU", acronym=True) is None


def test_a_post_written_as_a_mixed_case_acronym_gets_its_duties(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "plans.md", (
        "# Learning plans\n\n"
        "The Head of Year, working with the SENCo, drafts the learning plan.\n\n"
        "The SENCo reviews every learning plan each term.\n\n"
        "The HoD signs off the reading list.\n\n"
        "The Form Tutor rings the family.\n"
    ))
    assert cells[("SENCo", "Review every learning plan each term")] == "A/R"
    assert cells[("SENCo", "Draft the learning plan")] == "C"
    assert cells[("HoD", "Sign off the reading list")] == "A/R"
