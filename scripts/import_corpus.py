"""Score ``raci import`` on a folder of RACI workbooks against hand-made truth.

Usage (from the repository root):

    python scripts/import_corpus.py DIR [--truth FILE] [--detail]

DIR holds the workbooks and ``truth.json`` (or give --truth): per workbook file name, the
roles of its matrix (``name``, accepted ``aliases``, or ``parts`` that must all appear in
the imported name), the activities in order with their letters keyed by the role's index,
``n`` (the number of activities), the indices of the activities with no accountable
(``missing_accountable``), with several (``multiple_accountable``) and with no
responsible (``missing_responsible``), and an optional ``placeholder`` pattern for role
columns the truth leaves out. Each workbook is imported exactly as ``raci import WORKBOOK
OUT.raci`` would (no sheet named, the import chooses) into a temporary project, then
compared: roles, activity count, letters cell by cell (plus letters the truth does not
have), and the three owner findings of ``raci validate``. A workbook is *fully right* when
all of them are. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from raci.excel.evaluate import score_workbook  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a folder of workbooks with truth.json")
    parser.add_argument("--truth", help="the truth file (default: FOLDER/truth.json)")
    parser.add_argument("--detail", action="store_true",
                        help="print every difference from the truth")
    args = parser.parse_args()
    folder = Path(args.folder)
    truths = json.loads(Path(args.truth or folder / "truth.json").read_text(encoding="utf-8"))
    outcomes = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, truth in truths.items():
            outcomes.append(score_workbook(folder / name, truth, Path(scratch)))
    print("| Workbook | Imported | Roles | Activities | Letters right | Letters extra "
          "| Owner findings | Fully right |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    yes = {True: "yes", False: "no"}
    for o in outcomes:
        right, total, extra = o.cells
        print(f"| {o.name} | {o.error[:70] if o.error else 'yes'} | {yes[o.roles_right]} "
              f"| {o.count[0]}/{o.count[1]} | {right}/{total} | {extra} "
              f"| {yes[o.findings_right]} | {yes[o.fully_right]} |")
        if args.detail:
            print("\n".join("    " + d for d in o.detail))
    right = sum(o.cells[0] for o in outcomes)
    total = sum(o.cells[1] for o in outcomes)
    extra = sum(o.cells[2] for o in outcomes)
    print(f"\nfully right: {sum(o.fully_right for o in outcomes)}/{len(outcomes)}; "
          f"imported {sum(not o.error for o in outcomes)}; roles right "
          f"{sum(o.roles_right for o in outcomes)}; letters {right} of {total} right, "
          f"{extra} extra; owner findings right {sum(o.findings_right for o in outcomes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
