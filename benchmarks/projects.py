"""Projects of the benchmark sizes, built with the bulk operations.

S = 400 activities x 15 roles x 30 people, M = 1,000 x 200 x 300 and
L = 2,000 x 200 x 300 (about 240,000 filled cells at L: every role holds a
letter on about 60% of the rows).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from raci.operations import (
    AddActivities,
    AddPeople,
    AddPhases,
    AddRoles,
    CellValue,
    DeletePhases,
    DeleteRoles,
    NewActivity,
    NewPerson,
    NewPhase,
    NewRole,
)
from raci.service import ProjectService


@dataclass(frozen=True)
class Size:
    """A benchmark size."""

    name: str
    activities: int
    roles: int
    people: int
    fill: float


SIZES = {
    "S": Size("S", 400, 15, 30, 0.35),
    "M500": Size("M500", 500, 200, 300, 0.6),
    "M": Size("M", 1000, 200, 300, 0.6),
    "L": Size("L", 2000, 200, 300, 0.6),
}


def build(path: Path, size: Size, seed: int = 7) -> None:
    """Write a project of this size to path (which must not exist)."""
    rng = random.Random(seed)
    service = ProjectService.create(path, f"Benchmark {size.name}")
    try:
        with service.transaction():
            added = service.apply(AddRoles(tuple(
                NewRole(f"Role {i}", f"R{i}") for i in range(size.roles))))
            assert isinstance(added, DeleteRoles)
            roles = list(added.ids)
            service.apply(AddPeople(tuple(
                NewPerson(f"Person {i}", roles=tuple(rng.sample(roles, 2)))
                for i in range(size.people))))
            phases = service.apply(AddPhases(tuple(NewPhase(f"Phase {i}") for i in range(10))))
            assert isinstance(phases, DeletePhases)
            rows = []
            for i in range(size.activities):
                owner, doer = rng.sample(roles, 2)
                cells = {owner: CellValue(frozenset("A")), doer: CellValue(frozenset("R"))}
                for role in roles:
                    if role not in cells and rng.random() < size.fill:
                        cells[role] = CellValue(frozenset(rng.choice("CIR")))
                rows.append(NewActivity(f"Activity {i} {rng.choice(WORDS)}",
                                        phases.ids[i % len(phases.ids)], cells=cells))
            service.apply(AddActivities(tuple(rows)))
    finally:
        service.close()


WORDS = ("planning", "review", "release", "budget", "hiring", "design", "testing",
         "security audit", "vendor contract", "roadmap", "launch", "training")


def project(folder: Path, size_name: str) -> Path:
    """The project file of a size in folder, built on first use."""
    path = folder / f"bench-{size_name}.raci"
    if not path.exists():
        build(path, SIZES[size_name])
    return path
