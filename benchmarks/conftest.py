"""A large project for the benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from raci.service import ProjectService

ACTIVITIES, ROLES, PEOPLE = 400, 15, 30


@pytest.fixture(scope="session")
def large(tmp_path_factory: pytest.TempPathFactory) -> ProjectService:
    """400 activities x 15 roles x 30 people, every row with letters."""
    rng = random.Random(7)
    service = ProjectService.create(tmp_path_factory.mktemp("bench") / "large.raci", "Large")
    with service.transaction():
        roles = [service.add_role(f"Role {i}", f"R{i}") for i in range(ROLES)]
        for i in range(PEOPLE):
            service.add_person(f"Person {i}", roles=rng.sample(roles, 2))
        phases = [service.add_phase(f"Phase {i}") for i in range(8)]
        cells = {}
        for i in range(ACTIVITIES):
            act = service.add_activity(f"Activity {i}", phases[i % 8])
            owner, doer, *others = rng.sample(roles, 5)
            cells[(act, owner)] = "A"
            cells[(act, doer)] = "R"
            for role in others:
                cells[(act, role)] = rng.choice(["C", "I"])
        service.set_cells(cells)
    return service


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where benchmark files go."""
    return tmp_path
