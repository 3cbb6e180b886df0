"""Quick fixes for owner findings and odd letter mixes: a label and the cells to set, one step.

"Make X the only A" takes the A from every other owner of the row. What each of them
keeps is, in order: the letters it holds besides A (ENG's A/R leaves R: it still does
the work); else the letters its cell held before it was made A, when the project's
history tells it (``earlier``, from ``ProjectService.letters_before``); else C. A role
once held accountable has a stake in the decision: it is consulted on it from now on,
never silently dropped from the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from raci.checks import Finding
from raci.state import ProjectState

STAFFING_RULES = frozenset({"shared-accountable", "unstaffed-role", "idle-person"})
"""Findings cured by who fills which role, not by letters: no cell fix, the cure is in
the project's staffing."""

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


def owner_cells(finding: Finding, state: ProjectState) -> list[Cell]:
    """The cells whose earlier letters the fixes of finding would restore (the owners of
    a row with several): ask the history about these, and pass what it knows to
    ``quick_fixes`` as ``earlier``."""
    act = finding.activity_id
    if finding.rule != "multiple-accountable" or act is None:
        return []
    return [(act, r.id) for r in state.roles
            if state.scheme.owner in state.letters(act, r.id)]


def _without_owner(state: ProjectState, cell: Cell, earlier: Mapping[Cell, frozenset[str]]
                   ) -> tuple[frozenset[str], str]:
    """What an owner that stops being one keeps, and how the fix's label says it."""
    scheme = state.scheme
    rest = state.letters(*cell) - {scheme.owner}
    if rest:
        return rest, f"keeps {scheme.format(rest)}"
    before = earlier.get(cell)
    if before is not None and scheme.owner not in before:
        return before, f"back to {scheme.format(before)}" if before else "back to empty"
    return frozenset({scheme.consulted}), f"becomes {scheme.consulted}"


def quick_fixes(finding: Finding, state: ProjectState,
                earlier: Mapping[Cell, frozenset[str]] | None = None) -> list[Fix]:
    """Fixes for owner and doer findings and for cells with letters that do not go together.

    earlier: the letters an owner's cell held before it was made owner, where the history
    tells it (see the module's docstring); without it, an owner left with nothing is
    made consulted.
    """
    if finding.activity_id is None:
        return []
    if finding.rule == "odd-letters" and finding.role_id is not None:
        return _keep_sensible(finding.activity_id, finding.role_id, state)
    scheme = state.scheme
    act = finding.activity_id
    owners = [r for r in state.roles if scheme.owner in state.letters(act, r.id)]
    doers = [r for r in state.roles if scheme.doer in state.letters(act, r.id)]
    if finding.rule == "multiple-accountable":
        fixes = []
        for keep in owners:
            cells: dict[Cell, frozenset[str]] = {}
            said = []
            for r in owners:
                if r.id != keep.id:
                    letters, how = _without_owner(state, (act, r.id), earlier or {})
                    cells[(act, r.id)] = letters
                    said.append(f"{r.code} {how}")
            fixes.append(Fix(f"Make {keep.code} the only {scheme.owner} ({', '.join(said)})",
                             cells))
        return fixes
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


def changed_rows(cells: Iterable[Cell], seen: ProjectState, now: ProjectState) -> list[int]:
    """The activities of cells whose row is gone or holds other letters in now than in
    seen, the project a fix was worked out on (another writer's edit arrived meanwhile):
    the fix is no fix for them any more, even where its own cells are as they were."""
    return [act for act in dict.fromkeys(a for a, _ in cells)
            if not now.has_activity(act) or seen.grid.row(act) != now.grid.row(act)]
