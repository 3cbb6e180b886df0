"""How long the heavy operations take on a large project (400 x 15, 30 people)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci.checks import IncrementalChecker, check_project, scope_of_cell
from raci.excel.export import export_xlsx
from raci.excel.importer import read_workbook
from raci.service import ProjectService


def test_full_check(benchmark: Any, large: ProjectService) -> None:
    state = large.state()
    findings = benchmark(check_project, state)
    assert isinstance(findings, list)


def test_incremental_check_after_one_cell(benchmark: Any, large: ProjectService) -> None:
    state = large.state()
    checker = IncrementalChecker(state)
    act, role = state.activities[200].id, state.roles[3].id
    scope = scope_of_cell(state, act, role)
    benchmark(checker.refresh, state, scope)
    assert checker.findings() == check_project(state)


def test_set_one_cell_through_the_service(benchmark: Any, large: ProjectService) -> None:
    state = large.state()
    act, role = state.activities[10].id, state.roles[14].id
    values = iter(["I", "C"] * 10_000)
    benchmark(lambda: large.set_cell(act, role, next(values)))


def test_build_state_snapshot(benchmark: Any, large: ProjectService) -> None:
    benchmark(large._build_state)


def test_export_xlsx(benchmark: Any, large: ProjectService, out_dir: Path) -> None:
    state = large.state()
    benchmark.pedantic(export_xlsx, args=(state, out_dir / "large.xlsx"), rounds=3)


def test_import_xlsx(benchmark: Any, large: ProjectService, out_dir: Path) -> None:
    path = out_dir / "large.xlsx"
    export_xlsx(large.state(), path)
    plan = benchmark.pedantic(read_workbook, args=(path,), rounds=3)
    assert len(plan.activities) == 400
