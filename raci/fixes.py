"""Quick fixes for owner findings: each is a label and the cells to set, applied as one step."""

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


def quick_fixes(finding: Finding, state: ProjectState) -> list[Fix]:
    """Fixes for no owner, several owners or no doer on an activity (none for other rules)."""
    if finding.activity_id is None:
        return []
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
