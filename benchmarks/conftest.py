"""Benchmark projects by size: S by default, M500, M and L with ``--bench-size``.

    python -m pytest benchmarks                     # S (400 x 15 x 30)
    python -m pytest benchmarks --bench-size L      # 2,000 x 200 x 300 (built once, ~10 s)
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.projects import SIZES, project
from raci.service import ProjectService


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --bench-size."""
    parser.addoption("--bench-size", action="append", choices=list(SIZES),
                     help="project size(s) to measure (default S)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every benchmark that takes ``size`` once per chosen size."""
    if "size" in metafunc.fixturenames:
        metafunc.parametrize("size", metafunc.config.getoption("bench_size") or ["S"],
                             scope="session")


@pytest.fixture(scope="session")
def project_file(size: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project file of the size, built once per session."""
    return project(tmp_path_factory.mktemp(f"bench-{size}"), size)


@pytest.fixture
def work_copy(project_file: Path, tmp_path: Path) -> Path:
    """A copy to change."""
    target = tmp_path / project_file.name
    shutil.copy(project_file, target)
    return target


@pytest.fixture
def opened(work_copy: Path) -> Iterator[ProjectService]:
    """The copy, open."""
    service = ProjectService.open(work_copy)
    yield service
    service.close()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where benchmark files go."""
    return tmp_path
