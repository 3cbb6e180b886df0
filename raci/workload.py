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

    Reads each role's column once: the work grows with the filled cells, not
    with activities x roles x people.
    """
    order = band_letters(state)
    grid = state.grid
    memo: dict[frozenset[str], int | None] = {}

    def band_of(letters: frozenset[str]) -> int | None:
        if letters not in memo:
            memo[letters] = _band(letters, order)
        return memo[letters]

    out: list[Bands] = []
    role_bands: dict[int, dict[int, int]] = {}
    for role in state.roles:
        counts = [0] * len(order)
        per_activity: dict[int, int] = {}
        for act_id, letters in grid.column(role.id).items():
            band = band_of(letters)
            if band is not None:
                counts[band] += 1
                per_activity[act_id] = band
        role_bands[role.id] = per_activity
        out.append(
            Bands("Role", role.label, tuple(counts), counts[0] + counts[1])
        )
    for person in state.people:
        counts = [0] * len(order)
        best: dict[int, int] = {}
        for role_id in person.roles:
            for act_id, band in role_bands.get(role_id, {}).items():
                if band < best.get(act_id, len(order)):
                    best[act_id] = band
        for band in best.values():
            counts[band] += 1
        out.append(Bands("Person", person.name, tuple(counts), counts[0] + counts[1]))
    return out
