"""Time `read_workbook` on the hostile sizes: the 500,000-cell limit and 2,000 roles.

usage: python benchmarks/import_limits.py [--rows 2400 --cols 200] [--roles 2000]

Builds the workbooks in a temporary folder with openpyxl's write-only mode, then
prints, for each, the time of an openpyxl read-only pass over every cell (the
floor), the time of `read_workbook`, their ratio, and the peak memory of each
measured in a child process. The sheets are written without a dimension tag, as
write-only openpyxl does, which makes openpyxl's own read-only loader scan the
sheet once more to size it; the floor pays that scan, the reader does not. The
500,000 cells are also saved as CSV and read by `read_workbook` against the floor of
Python's csv module reading the same file.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook


def build(path: Path, rows: int, cols: int) -> None:
    """A header row of cols roles over rows activities of random letters."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("RACI")
    ws.append(["Activity"] + [f"Role {j}" for j in range(cols)])
    rnd = random.Random(1)
    letters = ["A", "R", "C", "I", None, None]
    for i in range(rows):
        ws.append([f"Activity {i}"] + [rnd.choice(letters) for _ in range(cols)])
    wb.save(path)


def build_csv(path: Path, rows: int, cols: int) -> None:
    """The same grid as build(), saved as CSV."""
    rnd = random.Random(1)
    letters = ["A", "R", "C", "I", "", ""]
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Activity"] + [f"Role {j}" for j in range(cols)])
        for i in range(rows):
            out.writerow([f"Activity {i}"] + [rnd.choice(letters) for _ in range(cols)])


FLOOR_CSV = """
import csv, sys, time, resource
t = time.perf_counter()
with open(sys.argv[1], newline="", encoding="utf-8-sig") as fh:
    n = sum(1 for row in csv.reader(fh) for v in row if v)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

FLOOR = """
import sys, time, resource
from openpyxl import load_workbook
t = time.perf_counter()
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(v is not None for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
        for v in row)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = """
import sys, time, resource
from pathlib import Path
from raci.excel.importer import read_workbook
t = time.perf_counter()
plan = read_workbook(Path(sys.argv[1]))
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(code: str, path: Path) -> tuple[float, int]:
    """(seconds, peak RSS in MB) of one run in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]) // 1024


def main() -> None:
    """Build, measure and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2400)
    ap.add_argument("--cols", type=int, default=199)
    ap.add_argument("--roles", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(f"{args.rows + 1} x {args.cols + 1} cells", args.rows, args.cols),
                 (f"{args.roles} roles x 20 activities", 20, args.roles)]
        print("case | floor s | read_workbook s | ratio | floor MB | read_workbook MB")
        for label, rows, cols in cases:
            path = Path(tmp) / "case.xlsx"
            build(path, rows, cols)
            floor, floor_mb = measure(FLOOR, path)
            ours, ours_mb = measure(OURS, path)
            print(f"{label} | {floor:.1f} | {ours:.1f} | {ours / floor:.2f} | {floor_mb} | "
                  f"{ours_mb}")
        path = Path(tmp) / "case.csv"
        build_csv(path, args.rows, args.cols)
        floor, floor_mb = measure(FLOOR_CSV, path)
        ours, ours_mb = measure(OURS, path)
        print(f"{args.rows + 1} x {args.cols + 1} cells as CSV | {floor:.2f} | {ours:.1f} | "
              f"{ours / floor:.1f} | {floor_mb} | {ours_mb}")


if __name__ == "__main__":
    main()
