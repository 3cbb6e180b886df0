"""How the merge of alike rows grows with its input, one shape at several sizes.

For each size the shape of ``benchmarks/derive_inputs.py`` is derived once to collect the
claims the merge is given (``draft.merge_claims``); the merge alone is then timed on them
(processor time, the cycle collector off as ``raci derive`` runs it, medians of
``--repeat``), and one more, untimed pass counts what ``similar.first_near`` offers:

* names: the distinct keys the merge pairs (one a row it may make);
* offered: the pairs of a name and an earlier kept name that the exact filters let
  through to be scored (a reachable length, enough characters in common);
* scoring: the offered pairs whose score reaches the merge's cutoff (each is a pair
  any exact filter must let through);
* joined: the names that joined an earlier row.

A merge linear in its input doubles its time when the input doubles; a quadratic one
takes four times as long.

    python benchmarks/derive_merge_growth.py   # one role's distinct duties, 250 kB to 2 MB
    python benchmarks/derive_merge_growth.py --shape one-role-many-duties --sizes 500000 1000000
    python benchmarks/derive_merge_growth.py --pythonpath /tmp/old-tree   # another tree
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Measure the shape at every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shape", default="one-role-distinct-duties",
                        help="a shape of derive_inputs.TEXT_SHAPES")
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[250_000, 500_000, 1_000_000, 2_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pythonpath", help="time the raci package found in this folder")
    args = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as raci derive sets it
    sys.path.insert(0, str(ROOT))
    if args.pythonpath:
        sys.path.insert(0, args.pythonpath)
    from benchmarks.derive_inputs import TEXT_SHAPES
    from raci.derive import draft

    suffix, make = TEXT_SHAPES[args.shape]
    print("| size | names | merge (median) | x previous | offered | scoring | joined |")
    print("|---|---|---|---|---|---|---|")
    previous = None
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"{args.shape}-{size}{suffix}"
            path.write_text(make(size), encoding="utf-8")
            given = _merge_input(draft, path)
            seconds = []
            gc.disable()
            try:
                for _ in range(args.repeat):
                    start = time.process_time()
                    draft.merge_claims(*given)
                    seconds.append(time.process_time() - start)
            finally:
                gc.enable()
            names, offered, scoring, joined = _counted(draft, given)
            median = statistics.median(seconds)
            growth = f"{median / previous:.1f}x" if previous else ""
            previous = median
            print(f"| {size / 1e6:.2f} MB | {names:,} | {median:.3f} s | {growth} | "
                  f"{offered:,} | {scoring:,} | {joined:,} |", flush=True)


def _merge_input(draft: Any, path: Path) -> tuple[Any, Any]:
    """The claims and role codes ``derive`` gives the merge for one document."""
    given: list[tuple[Any, Any]] = []
    merge = draft.merge_claims

    def recording(claims: Any, codes: Any) -> Any:
        given.append((list(claims), dict(codes)))
        return merge(claims, codes)

    draft.merge_claims = recording
    try:
        draft.derive([path])
    finally:
        draft.merge_claims = merge
    return given[-1]


def _counted(draft: Any, given: tuple[Any, Any]) -> tuple[int, int, int, int]:
    """Names, pairs offered, pairs scoring and names joined in one merge."""
    from rapidfuzz import fuzz

    from raci import similar

    counts = {"names": 0, "offered": 0, "scoring": 0, "joined": 0}
    first_near, first_taken = draft.first_near, similar._first_taken

    def near(names: Any, score: float, accept: Any, groups: Any = None) -> Any:
        out = first_near(names, score, accept, groups)
        counts["names"] += len(names)
        counts["joined"] += sum(1 for o in out if o is not None)
        return out

    def taken(i: int, texts: Any, candidates: Any, cutoff: float, accept: Any) -> Any:
        counts["offered"] += len(candidates)
        counts["scoring"] += sum(1 for j in candidates
                                 if fuzz.ratio(texts[i], texts[j], score_cutoff=cutoff))
        return first_taken(i, texts, candidates, cutoff, accept)

    draft.first_near, similar._first_taken = near, taken
    try:
        draft.merge_claims(*given)
    finally:
        draft.first_near, similar._first_taken = first_near, first_taken
    return counts["names"], counts["offered"], counts["scoring"], counts["joined"]


if __name__ == "__main__":
    main()
