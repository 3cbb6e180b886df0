"""In-process figures with their floors beside them (compare the two rows of each pair).

Each ours/floor pair runs in the same session on the same file; the ratios and
the whole-process and window figures come from ``benchmarks/run.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from raci.checks import IncrementalChecker, check_project, scope_of_cell
from raci.excel.export import export_xlsx
from raci.excel.importer import read_workbook
from raci.service import ProjectService


def test_cell_edit_ours(benchmark: Any, opened: ProjectService) -> None:
    state = opened.state()
    act, role = state.activities[len(state.activities) // 2].id, state.roles[-1].id
    values = iter(["I", "C"] * 100_000)
    benchmark(lambda: opened.apply(opened.cells_operation({(act, role): next(values)})))
    assert opened.state() == opened.reload_state()


def test_cell_edit_undo_ours(benchmark: Any, opened: ProjectService) -> None:
    state = opened.state()
    act, role = state.activities[1].id, state.roles[0].id
    inverse = opened.apply(opened.cells_operation({(act, role): "C"}))

    def undo_redo() -> None:
        nonlocal inverse
        inverse = opened.apply(inverse)

    benchmark(undo_redo)


def test_cell_edit_floor_sqlite_update(benchmark: Any, work_copy: Path) -> None:
    conn = sqlite3.connect(work_copy)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    values = iter(["I", "C"] * 100_000)

    def update() -> None:
        conn.execute("UPDATE assignment SET letters = ? WHERE rowid = 1", (next(values),))
        conn.commit()

    benchmark(update)
    conn.close()


def test_open_and_full_check_ours(benchmark: Any, work_copy: Path) -> None:
    def validate() -> int:
        service = ProjectService.open(work_copy)
        try:
            return len(check_project(service.state()))
        finally:
            service.close()

    assert benchmark.pedantic(validate, rounds=5) > 0


def test_open_floor_sqlite_read_all(benchmark: Any, work_copy: Path) -> None:
    def read() -> int:
        conn = sqlite3.connect(work_copy)
        try:
            return sum(len(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in
                       ("project", "role", "person", "phase", "activity", "assignment",
                        "staffing"))
        finally:
            conn.close()

    assert benchmark.pedantic(read, rounds=5) > 0


def test_incremental_check_after_one_cell(benchmark: Any, opened: ProjectService) -> None:
    state = opened.state()
    checker = IncrementalChecker(state)
    act, role = state.activities[len(state.activities) // 2].id, state.roles[3].id
    scope = scope_of_cell(state, act, role)
    benchmark(checker.refresh, state, scope)
    assert checker.findings() == check_project(state)


def test_export_ours(benchmark: Any, opened: ProjectService, out_dir: Path) -> None:
    state = opened.state()
    benchmark.pedantic(export_xlsx, args=(state, out_dir / "ours.xlsx"), rounds=3)


def test_export_floor_openpyxl_write_only(benchmark: Any, opened: ProjectService,
                                          out_dir: Path) -> None:
    state = opened.state()

    def write() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("RACI")
        ws.append(["Activity"] + [r.name for r in state.roles])
        for act in state.activities:
            ws.append([act.name] + [state.cell_text(act.id, r.id) for r in state.roles])
        wb.save(out_dir / "floor.xlsx")

    benchmark.pedantic(write, rounds=3)


def test_import_read_ours(benchmark: Any, opened: ProjectService, out_dir: Path) -> None:
    path = out_dir / "in.xlsx"
    export_xlsx(opened.state(), path)
    plan = benchmark.pedantic(read_workbook, args=(path,), rounds=3)
    assert len(plan.activities) == len(opened.state().activities)


def test_import_floor_openpyxl_read_only(benchmark: Any, opened: ProjectService,
                                         out_dir: Path) -> None:
    path = out_dir / "in.xlsx"
    export_xlsx(opened.state(), path)

    def read() -> int:
        wb = load_workbook(path, read_only=True)
        count = sum(1 for ws in wb.worksheets for _row in ws.iter_rows(values_only=True))
        wb.close()
        return count

    assert benchmark.pedantic(read, rounds=3) > 0
