"""Quick fixes for owner findings and odd letter mixes: a label and the cells to set, one step."""

from __future__ import annotations

from dataclasses import dataclass

from raci.checks import Finding
from raci.state import ProjectState

Cell = tuple[int, int]


@dataclass(frozen=True)
class Fix:
    """One way to resolve a finding."""

    label: str
    cells: dict[Cell, frozenset[str]]


def _keep_sensible(act: int, role: int, state: ProjectState) -> list[Fix]:
    """For a cell whose letters do not go together: keep owner with doer, or one letter."""
    scheme = state.scheme
    letters = state.letters(act, role)
    code = state.role(role).code
    choices = [frozenset({scheme.owner, scheme.doer})] if {scheme.owner, scheme.doer} <= letters \
        else []
    choices += [frozenset({c}) for c in scheme.order(letters)]
    return [Fix(f"Keep only {scheme.format(c)} in {code}", {(act, role): c}) for c in choices]


def quick_fixes(finding: Finding, state: ProjectState) -> list[Fix]:
    """Fixes for owner and doer findings and for cells with letters that do not go together."""
    if finding.activity_id is None:
        return []
    if finding.rule == "odd-letters" and finding.role_id is not None:
        return _keep_sensible(finding.activity_id, finding.role_id, state)
    scheme = state.scheme
    act = finding.activity_id
    owners = [r for r in state.roles if scheme.owner in state.letters(act, r.id)]
    doers = [r for r in state.roles if scheme.doer in state.letters(act, r.id)]
    if finding.rule == "multiple-accountable":
        return [
            Fix(f"Make {keep.code} the only {scheme.owner}",
                {(act, r.id): state.letters(act, r.id) - {scheme.owner}
                 for r in owners if r.id != keep.id})
            for keep in owners
        ]
    if finding.rule == "missing-accountable":
        word = scheme.letter(scheme.owner).name.lower()
        return [Fix(f"Make {r.code} {word}",
                    {(act, r.id): state.letters(act, r.id) | {scheme.owner}})
                for r in doers or state.roles]
    if finding.rule == "missing-responsible":
        word = scheme.letter(scheme.doer).name.lower()
        return [Fix(f"Make {r.code} {word}",
                    {(act, r.id): state.letters(act, r.id) | {scheme.doer}})
                for r in owners or state.roles]
    return []
