"""Whole-process and window figures, each as a ratio against its floor measured in the same run.

    python benchmarks/run.py                 # S and L (builds the projects once, ~15 s)
    python benchmarks/run.py --sizes S M500 L --repeat 7

Every pair is measured interleaved (ours, floor, ours, floor, ...) and the
medians are compared. The floors are the libraries underneath: one SQLite
UPDATE + commit, a plain sqlite3 read of every row, an openpyxl read-only pass,
an openpyxl write-only write of the same cells, and a bare QTableView over a
minimal model of the same shape. Prints a Markdown table (operation | size |
ours | floor | ratio) for docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.projects import SIZES, project  # noqa: E402
from raci.service import ProjectService  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

READ_ALL = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for table in ("project", "role", "person", "phase", "activity", "assignment", "staffing"):
    conn.execute(f"SELECT * FROM {table}").fetchall()
"""

UPDATE_ONE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("UPDATE assignment SET letters = ? WHERE rowid = 1", (sys.argv[2],))
conn.commit()
"""

OPENPYXL_READ = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True)
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass
"""

OPENPYXL_WRITE = """
import sqlite3, sys
from openpyxl import Workbook
conn = sqlite3.connect(sys.argv[1])
acts = [a for (a,) in conn.execute("SELECT id FROM activity ORDER BY id")]
roles = [r for (r,) in conn.execute("SELECT id FROM role ORDER BY id")]
cells = {(a, r): t for a, r, t in
         conn.execute("SELECT activity_id, role_id, letters FROM assignment")}
wb = Workbook(write_only=True)
ws = wb.create_sheet("RACI")
ws.append(["Activity"] + [f"Role {r}" for r in roles])
for a in acts:
    ws.append([f"Activity {a}"] + [cells.get((a, r), "") for r in roles])
wb.save(sys.argv[2])
"""


def run(args: list[str]) -> float:
    """Wall time of one process (it must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(args, env=ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed


def pair(ours: Callable[[int], float], floor: Callable[[int], float],
         repeat: int) -> tuple[float, float]:
    """Medians of ours and floor, measured interleaved."""
    a, b = [], []
    for i in range(repeat):
        a.append(ours(i))
        b.append(floor(i))
    return statistics.median(a), statistics.median(b)


def in_process_edit(path: Path, undo: bool, n: int = 200) -> float:
    """Median seconds of one cell edit (or its undo) through the service."""
    service = ProjectService.open(path)
    try:
        state = service.state()
        act, role = state.activities[len(state.activities) // 2].id, state.roles[-1].id
        times = []
        for i in range(n):
            op = service.cells_operation({(act, role): "CI"[i % 2]})
            start = time.perf_counter()
            inverse = service.apply(op)
            if undo:
                start = time.perf_counter()
                service.apply(inverse)
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        service.close()


def floor_edit(path: Path, n: int = 200) -> float:
    """Median seconds of one SQLite UPDATE + commit on the same file."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("UPDATE assignment SET letters = ? WHERE rowid = 1", ("CI"[i % 2],))
        conn.commit()
        times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times)


def window(mode: str, path: Path) -> dict[str, Any]:
    start = time.perf_counter()
    done = subprocess.run([PY, str(HERE / "window.py"), mode, str(path)], env=ENV,
                          capture_output=True, text=True, check=True)
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_s"] = time.perf_counter() - start
    return figures


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, what: str, size: str, ours: float, floor: float, unit: str = "ms",
            scale: float = 1000.0) -> None:
        ratio = ours / floor if floor else float("inf")
        self.rows.append((what, size, f"{ours * scale:.1f} {unit}", f"{floor * scale:.1f} {unit}",
                          f"{ratio:.2f}x"))
        print(f"{what:<48} {size:<5} {ours * scale:>10.1f} {floor * scale:>10.1f} {ratio:>7.2f}x",
              flush=True)

    def markdown(self) -> str:
        out = ["| operation | size | ours | floor | ratio |", "|---|---|---|---|---|"]
        out += [f"| {' | '.join(r)} |" for r in self.rows]
        return "\n".join(out)


def measure(size: str, folder: Path, repeat: int, table: Table) -> dict[str, float]:
    """Every figure of one size; returns the process medians for the growth rows."""
    raci = [PY, "-m", "raci"]
    path = project(folder, size)
    work = folder / f"work-{size}.raci"
    shutil.copy(path, work)
    copy = folder / f"floor-{size}.raci"
    shutil.copy(path, copy)
    ours_edit, floor = pair(lambda _i: in_process_edit(work, False),
                            lambda _i: floor_edit(copy), 3)
    table.add("one cell edit through the service", size, ours_edit, floor, "µs", 1e6)
    ours_undo, floor = pair(lambda _i: in_process_edit(work, True),
                            lambda _i: floor_edit(copy), 3)
    table.add("undo of one cell edit", size, ours_undo, floor, "µs", 1e6)

    act = "2"
    figures: dict[str, float] = {}
    ours, floor = pair(
        lambda i: run([*raci, "assign", str(work), act, "R1", "CI"[i % 2]]),
        lambda i: run([PY, "-c", UPDATE_ONE, str(copy), "CI"[i % 2]]), repeat)
    table.add("`raci assign` (process)", size, ours, floor)
    figures["assign"] = ours
    ours, floor = pair(lambda _i: run([*raci, "validate", str(work)]),
                       lambda _i: run([PY, "-c", READ_ALL, str(copy)]), repeat)
    table.add("`raci validate` vs sqlite3 read of all rows", size, ours, floor)
    figures["validate"] = ours
    xlsx = folder / f"out-{size}.xlsx"
    floor_xlsx = folder / f"floor-{size}.xlsx"
    ours, floor = pair(lambda _i: run([*raci, "export", str(work), str(xlsx)]),
                       lambda _i: run([PY, "-c", OPENPYXL_WRITE, str(copy), str(floor_xlsx)]),
                       repeat)
    table.add("`raci export` vs openpyxl write-only", size, ours, floor)
    figures["export"] = ours
    imported = folder / f"imported-{size}.raci"
    ours, floor = pair(
        lambda _i: run([*raci, "import", str(xlsx), str(imported), "--force"]),
        lambda _i: run([PY, "-c", OPENPYXL_READ, str(xlsx)]), repeat)
    table.add("`raci import` vs openpyxl read-only pass", size, ours, floor)
    figures["import"] = ours

    bare: list[dict[str, Any]] = []
    mine: list[dict[str, Any]] = []
    for _ in range(max(3, repeat // 2)):
        mine.append(window("ours", work))
        bare.append(window("bare", copy))

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in runs))

    table.add("key press in the window (letter typed, repainted)", size,
              med(mine, "key_ms") / 1000, med(bare, "key_ms") / 1000)
    table.add("scroll one page", size, med(mine, "scroll_ms") / 1000,
              med(bare, "scroll_ms") / 1000)
    table.add("start, open and paint the window", size, med(mine, "to_paint_s"),
              med(bare, "to_paint_s"), "s", 1.0)
    table.add("peak memory (RSS)", size, med(mine, "rss_mb"), med(bare, "rss_mb"), "MB", 1.0)
    print(f"  findings panel rebuild at {size}: {med(mine, 'findings_ms'):.1f} ms; "
          f"window width {med(mine, 'width'):.0f} px", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["S", "L"], choices=list(SIZES))
    parser.add_argument("--repeat", type=int, default=5, help="runs per process figure")
    parser.add_argument("--folder", type=Path, help="keep the built projects here")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="raci-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    table = Table()
    processes = {size: measure(size, folder, args.repeat, table) for size in args.sizes}
    if "S" in processes and "L" in processes:
        s, big = processes["S"]["assign"], processes["L"]["assign"]
        table.add("`raci assign` L vs S (process vs process)", "L/S", big, s)
    if "M500" in processes and "L" in processes:
        for key, values in processes["L"].items():
            table.add(f"growth 500 -> 2,000 activities: {key} (linear = 4.00x)", "L/M500",
                      values, processes["M500"][key])
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
