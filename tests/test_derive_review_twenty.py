"""Shapes near the thirty-eighth set's rules that are not them, read as they are. Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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


def test_initials_owning_actions_are_looked_up_in_one_pass_over_the_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a long list of lines opening on different initials: the text is searched for who
    # they stand for once, not once per initials (which grew with the square of the lines)
    from raci.derive import documents
    calls = 0
    seen = documents._known_initials

    def counted(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return seen(*args)

    monkeypatch.setattr(documents, "_known_initials", counted)
    codes = [a + b for a in "BCDFGHJKLMNPQRSTVWXZ" for b in "BCDFGHJKLMNPQRSTVWXZ"]
    raw = ["Present: Lisa Grant (Chair) - LG, Tom Bell (Treasurer) - TB", ""]
    raw += [f"{code}    Book the hall for the quiz      by 12 Mar" for code in codes[:200]]
    raw += ["LG    Send the minutes to members    by 20 Mar",
            "TB    Pay the deposit to the school    by 14 Mar"]
    out = documents._initials_actions(raw)
    assert calls == 1
    assert out[-2:] == ["LG will send the minutes to members.",
                        "TB will pay the deposit to the school."]
    assert out[2] == raw[2]  # (initials the text gives no one)


def test_a_grid_aside_naming_who_and_when_is_no_list_of_what(tmp_path: Path) -> None:
    # "(Caretaker / weekly)" names who does it and how often, not the ways the task comes
    # in as "(phone / email / Secretary)" does: it is no part of the row's name
    page = ("| Task | Lead | Told |\n| --- | --- | --- |\n"
            "| Check the fire doors (Caretaker / weekly) | Site Team | Chair |\n"
            "| Take bookings (phone / email / Secretary) | Secretary | Chair |\n")
    cells = cells_of_text(tmp_path / "hall.md", page)
    assert cells.get(("Site Team", "Check the fire doors")) == "A/R", cells
    assert cells.get(("Secretary", "Take bookings (phone / email / Secretary)")) == "A/R", cells
