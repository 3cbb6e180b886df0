"""Workload bands: each activity counted once, owner and doer bands add up to the load."""

from __future__ import annotations

from raci.checks import check_project
from raci.state import Thresholds
from raci.workload import band_letters, bands
from tests.helpers import make_state


def test_each_activity_counts_once_under_its_most_significant_letter() -> None:
    state = make_state(
        ["PM", "ENG"],
        {"A": {"PM": "A/R", "ENG": "C"}, "B": {"PM": "R/C", "ENG": "A"}, "C": {"PM": "I"}},
        people={"Ann": ["PM", "ENG"]},
    )
    assert band_letters(state) == ["A", "R", "C", "I"]
    by_name = {b.name: b for b in bands(state)}
    assert by_name["Role PM (PM)"].counts == (1, 1, 0, 1)
    assert by_name["Role ENG (ENG)"].counts == (1, 0, 1, 0)
    assert by_name["Ann"].counts == (2, 0, 0, 1)
    assert by_name["Ann"].load == 2


def test_load_matches_the_overloaded_rule() -> None:
    rows = {f"T{i}": {"PM": "A/R" if i % 2 else "R", "QA": "A" if i % 2 == 0 else "C"}
            for i in range(6)}
    state = make_state(["PM", "QA"], rows, people={"Ann": ["PM"]},
                       thresholds=Thresholds(overload=5))
    loads = {b.name: b.load for b in bands(state)}
    flagged = {f.role or f.person for f in check_project(state) if f.rule == "overloaded"}
    assert {n for n, load in loads.items() if load > 5} == {"Role PM (PM)", "Ann"}
    assert flagged == {"Role PM", "Ann"}


def test_daci_bands_follow_the_scheme() -> None:
    state = make_state(["P", "Q"], {"X": {"P": "A", "Q": "D/C"}}, scheme="DACI")
    assert band_letters(state) == ["A", "D", "C", "I"]
    assert {b.name: b.counts for b in bands(state)} == {"Role P (P)": (1, 0, 0, 0),
                                                        "Role Q (Q)": (0, 1, 0, 0)}
