"""Export time and peak memory of a large project against a bare openpyxl write-only write
of the same cell values (every sheet, read back from the export beforehand, untimed).

Run: ``python benchmarks/export_scale.py [ACTIVITIES ROLES PEOPLE]`` (default 2000 200 300).
Each measurement runs in its own process so the peak memory figures do not mix.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path
from types import MappingProxyType
from typing import Any

from openpyxl import Workbook, load_workbook

from raci.checks import check_project
from raci.excel.export import export_xlsx
from raci.state import ActivityInfo, PersonInfo, ProjectState, RoleInfo


def large_state(activities: int, roles: int, people: int) -> ProjectState:
    """A project where every row has one A, one R and a few C and I."""
    rng = random.Random(7)
    role_ids = list(range(1, roles + 1))
    staffing: dict[int, list[int]] = {r: [] for r in role_ids}
    people_info = []
    for p in range(people):
        filled = tuple(rng.sample(role_ids, 2))
        for r in filled:
            staffing[r].append(10_000 + p)
        people_info.append(PersonInfo(10_000 + p, f"Person {p}", f"p{p}@example.org",
                                      "Engineer", filled))
    roles_info = tuple(RoleInfo(r, f"Role number {r}", f"R{r}", "", tuple(staffing[r]))
                       for r in role_ids)
    acts = tuple(ActivityInfo(100_000 + i, f"Activity {i} with a longer descriptive name",
                              f"Phase {i // 100}") for i in range(activities))
    cells: dict[tuple[int, int], frozenset[str]] = {}
    for act in acts:
        owner, doer, *others = rng.sample(role_ids, 8)
        cells[(act.id, owner)] = frozenset("A")
        cells[(act.id, doer)] = frozenset("R")
        for r in others:
            cells[(act.id, r)] = frozenset(rng.choice("CI"))
    return ProjectState("Large", "RACI", roles=roles_info, people=tuple(people_info),
                        activities=acts, cells=MappingProxyType(cells))


def _same_cells(state: ProjectState, folder: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's cell values as the export writes them (read back, untimed)."""
    source = folder / "source.xlsx"
    export_xlsx(state, source)
    wb = load_workbook(source, read_only=True)
    sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]
    wb.close()
    return sheets


def _bare(sheets: list[tuple[str, list[tuple[Any, ...]]]], target: Path) -> None:
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(str(target))


def _measure(kind: str, size: tuple[int, int, int], out: dict[str, float]) -> None:
    state = large_state(*size)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "large.xlsx"
        sheets = _same_cells(state, Path(folder)) if kind == "bare" else []
        findings = check_project(state) if kind == "write" else None
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        if kind == "checks":
            check_project(state)
        elif kind == "bare":
            _bare(sheets, target)
        elif kind == "write":
            export_xlsx(state, target, findings=findings)
        else:
            export_xlsx(state, target)
        out["seconds"] = time.perf_counter() - start
        out["bytes"] = target.stat().st_size if target.exists() else 0
    out["peak_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024


def measure(kind: str, size: tuple[int, int, int]) -> dict[str, float]:
    """Seconds, file size and extra peak memory (MB) of one write, in a fresh process."""
    ctx = get_context("spawn")
    with ctx.Manager() as manager:
        out = manager.dict()
        proc = ctx.Process(target=_measure, args=(kind, size, out))
        proc.start()
        proc.join()
        return dict(out)


if __name__ == "__main__":
    size = tuple(int(a) for a in sys.argv[1:4]) or (2000, 200, 300)
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    kinds = {"bare": "openpyxl write-only, same values", "export": "RACI Planner export",
             "write": "  the export given the findings", "checks": "  the full check pass"}
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
    for _ in range(rounds):  # interleaved, so a busy machine slows every kind alike
        for kind in kinds:
            runs[kind].append(measure(kind, size))  # type: ignore[arg-type]
    med = {k: {f: statistics.median(r[f] for r in v) for f in v[0]} for k, v in runs.items()}
    print(f"{size[0]} activities x {size[1]} roles x {size[2]} people, medians of {rounds}")
    for kind, name in kinds.items():
        m = med[kind]
        ratio = m["seconds"] / med["bare"]["seconds"]
        print(f"{name:34} {m['seconds']:7.2f} s  {m['bytes'] / 1e6:6.1f} MB file  "
              f"+{m['peak_mb']:6.0f} MB peak memory  ratio {ratio:.2f}")
