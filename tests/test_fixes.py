"""Quick fixes resolve exactly the owner finding they are offered for."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from raci.checks import check_project
from raci.fixes import quick_fixes
from tests.helpers import make_state


def _apply(state, fix):  # type: ignore[no-untyped-def]
    cells = dict(state.cells)
    for key, letters in fix.cells.items():
        if letters:
            cells[key] = letters
        else:
            cells.pop(key, None)
    return replace(state, cells=MappingProxyType(cells))


def test_every_fix_clears_its_finding() -> None:
    state = make_state(
        ["PM", "ENG", "QA"],
        {"Two owners": {"PM": "A/R", "ENG": "A", "QA": "C"},
         "No owner": {"PM": "R", "ENG": "R"},
         "No doer": {"PM": "A", "QA": "C"}},
    )
    findings = [f for f in check_project(state) if f.severity == "error"]
    assert {f.rule for f in findings} == {"multiple-accountable", "missing-accountable",
                                          "missing-responsible"}
    for finding in findings:
        fixes = quick_fixes(finding, state)
        assert fixes
        for fix in fixes:
            fixed = _apply(state, fix)
            left = [f for f in check_project(fixed)
                    if f.rule == finding.rule and f.activity_id == finding.activity_id]
            assert left == [], fix.label


def test_labels_and_other_rules() -> None:
    state = make_state(["PM", "ENG"], {"X": {"PM": "A/R", "ENG": "A"}}, scheme="RACI")
    finding = next(f for f in check_project(state) if f.rule == "multiple-accountable")
    assert [f.label for f in quick_fixes(finding, state)] == ["Make PM the only A",
                                                             "Make ENG the only A"]
    daci = make_state(["P", "Q"], {"X": {"P": "D"}}, scheme="DACI")
    missing = next(f for f in check_project(daci) if f.rule == "missing-accountable")
    assert [f.label for f in quick_fixes(missing, daci)] == ["Make P approver"]
    idle = make_state(["P", "Q"], {"X": {"P": "A/R"}})
    idle_finding = next(f for f in check_project(idle) if f.rule == "idle-role")
    assert quick_fixes(idle_finding, idle) == []
