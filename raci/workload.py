"""Workload figures: how many activities each role and person is involved in, and how.

``bands`` counts every activity once per role (or person), under the most
significant letter held there (owner, then doer, then the others), so the first
two bands together are exactly the load the ``overloaded`` rule compares with
the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from raci.state import ProjectState


@dataclass(frozen=True)
class Bands:
    """Activity counts per band (letter) for one role or person."""

    kind: str  # "Role" or "Person"
    name: str
    counts: tuple[int, ...]
    load: int


def band_letters(state: ProjectState) -> list[str]:
    """Band order: owner, doer, then the scheme's other letters."""
    scheme = state.scheme
    return [scheme.owner, scheme.doer] + [c for c in scheme.codes
                                          if c not in (scheme.owner, scheme.doer)]


def _band(letters: frozenset[str], order: list[str]) -> int | None:
    for i, code in enumerate(order):
        if code in letters:
            return i
    return None


def bands(state: ProjectState) -> list[Bands]:
    """Bands for every role, then every person (through the roles they fill).

    One pass over the filled cells: the cost follows what the matrix holds, not
    activities x roles x people.
    """
    order = band_letters(state)
    fillers = {role.id: role.people for role in state.roles}
    by_role: dict[int, list[int]] = {role.id: [0] * len(order) for role in state.roles}
    held: dict[tuple[int, int], set[str]] = {}
    known = {act.id for act in state.activities}
    for (act_id, role_id), letters in state.cells.items():
        if not letters or act_id not in known or role_id not in by_role:
            continue
        band = _band(letters, order)
        if band is not None:
            by_role[role_id][band] += 1
        for person_id in fillers[role_id]:
            held.setdefault((person_id, act_id), set()).update(letters)
    by_person: dict[int, list[int]] = {p.id: [0] * len(order) for p in state.people}
    for (person_id, _act_id), union in held.items():
        band = _band(frozenset(union), order)
        if band is not None and person_id in by_person:
            by_person[person_id][band] += 1
    out = [Bands("Role", f"{role.name} ({role.code})", tuple(c := by_role[role.id]), c[0] + c[1])
           for role in state.roles]
    out += [Bands("Person", person.name, tuple(c := by_person[person.id]), c[0] + c[1])
            for person in state.people]
    return out
