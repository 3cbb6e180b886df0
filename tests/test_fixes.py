"""Quick fixes resolve exactly the owner finding they are offered for."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from raci.checks import check_project
from raci.fixes import changed_rows, owner_cells, quick_fixes
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
    assert [f.label for f in quick_fixes(finding, state)] == [
        "Make PM the only A (ENG becomes C)", "Make ENG the only A (PM keeps R)"]
    daci = make_state(["P", "Q"], {"X": {"P": "D"}}, scheme="DACI")
    missing = next(f for f in check_project(daci) if f.rule == "missing-accountable")
    assert [f.label for f in quick_fixes(missing, daci)] == ["Make P approver"]
    idle = make_state(["P", "Q"], {"X": {"P": "A/R"}})
    idle_finding = next(f for f in check_project(idle) if f.rule == "idle-role")
    assert quick_fixes(idle_finding, idle) == []


def test_letters_that_do_not_go_together_are_flagged_and_fixed() -> None:
    state = make_state(
        ["PM", "ENG", "QA"],
        {"Plan": {"PM": "A/R", "ENG": "C/I", "QA": "A/C"},
         "Build": {"PM": "A", "ENG": "A/R/C", "QA": "R"}},
    )
    odd = [f for f in check_project(state) if f.rule == "odd-letters"]
    assert {(f.activity, f.role) for f in odd} == {("Plan", "Role ENG"), ("Plan", "Role QA"),
                                                   ("Build", "Role ENG")}
    assert all(f.severity == "warning" for f in odd)
    assert "holds C/I" in next(f.message for f in odd if f.role == "Role ENG"
                               and f.activity == "Plan")
    labels = {(f.activity, f.role): [x.label for x in quick_fixes(f, state)] for f in odd}
    assert labels[("Plan", "Role ENG")] == ["Keep only C in ENG", "Keep only I in ENG"]
    assert labels[("Build", "Role ENG")] == ["Keep only A/R in ENG", "Keep only A in ENG",
                                             "Keep only R in ENG", "Keep only C in ENG"]
    for finding in odd:
        for fix in quick_fixes(finding, state):
            left = [f for f in check_project(_apply(state, fix)) if f.rule == "odd-letters"
                    and (f.activity_id, f.role_id) == (finding.activity_id, finding.role_id)]
            assert left == [], fix.label


def test_owner_with_doer_and_a_schemes_own_pairs_are_sensible() -> None:
    from raci.schemes import SCHEMES

    raci = SCHEMES["RACI"]
    assert raci.sensible(frozenset({"A", "R"})) and raci.sensible(frozenset({"C"}))
    assert not raci.sensible(frozenset({"C", "I"}))
    daci = SCHEMES["DACI"]
    assert daci.sensible(frozenset({"A", "D"})) and not daci.sensible(frozenset({"A", "C"}))


def test_the_other_owner_goes_back_to_its_earlier_letters_or_becomes_consulted() -> None:
    state = make_state(["PM", "ENG", "QA", "OPS"],
                       {"Release": {"PM": "A", "ENG": "A", "QA": "A/R", "OPS": "A"}})
    finding = next(f for f in check_project(state) if f.rule == "multiple-accountable")
    act = finding.activity_id
    assert act is not None
    pm, eng, qa, ops = (r.id for r in state.roles)
    assert owner_cells(finding, state) == [(act, pm), (act, eng), (act, qa), (act, ops)]
    # the history says ENG was C and OPS had nothing before they were made A; PM unknown
    earlier = {(act, eng): frozenset("C"), (act, ops): frozenset()}
    fixes = quick_fixes(finding, state, earlier)
    keep_pm = fixes[0]
    assert keep_pm.label == ("Make PM the only A (ENG back to C, QA keeps R, "
                             "OPS back to empty)")
    assert keep_pm.cells == {(act, eng): frozenset("C"), (act, qa): frozenset("R"),
                             (act, ops): frozenset()}
    keep_eng = fixes[1]
    assert keep_eng.cells[(act, pm)] == frozenset("C")  # no history: consulted
    assert keep_eng.label.startswith("Make ENG the only A (PM becomes C,")
    for fix in fixes:
        fixed = _apply(state, fix)
        assert not [f for f in check_project(fixed) if f.rule == "multiple-accountable"]


def test_consulted_is_the_schemes_own_letter() -> None:
    daci = make_state(["P", "Q"], {"X": {"P": "A/D", "Q": "A"}}, scheme="DACI")
    finding = next(f for f in check_project(daci) if f.rule == "multiple-accountable")
    consulted = daci.scheme.consulted
    fix = quick_fixes(finding, daci)[0]
    assert fix.label == f"Make P the only A (Q becomes {consulted})"
    assert set(fix.cells.values()) == {frozenset({consulted})}


def test_a_fix_worked_out_before_its_row_changed_is_told_apart() -> None:
    seen = make_state(["PM", "TPM"], {"Plan": {"PM": "A/R", "TPM": "A"},
                                      "Ship": {"PM": "A/R", "TPM": "C"}})
    plan, ship = (a.id for a in seen.activities)
    pm, tpm = (r.id for r in seen.roles)
    # another writer made TPM consulted on Plan: a fix of PM's cell there is stale too
    now = make_state(["PM", "TPM"], {"Plan": {"PM": "A/R", "TPM": "C"},
                                     "Ship": {"PM": "A/R", "TPM": "C"}})
    assert changed_rows([(plan, pm), (ship, pm)], seen, now) == [plan]
    assert changed_rows([(ship, pm), (ship, tpm)], seen, now) == []
    gone = make_state(["PM", "TPM"], {"Plan": {"PM": "A/R", "TPM": "A"}})
    assert changed_rows([(ship, pm)], seen, gone) == [ship]
