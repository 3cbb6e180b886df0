"""Whole-process time of ``raci derive`` on large documents, against reading them.

For every shape of ``benchmarks/derive_inputs.py`` this runs, interleaved,

* ours: ``python -m raci derive FILE -o OUT.toml --force`` (the whole command:
  reading, roles, claims, merging, the template written and its open decisions);
* floor: a ``python -c`` process that reads and splits the same file with the
  document reader (``read_document``), which derivation cannot do without;

and prints the medians and their ratio as a Markdown table, with the median processor time
(user + system) of each beside its wall time: on a shared machine the wall time moves with
the other work, the processor time much less. A ratio that stays
the same from a small size to a large one is a derivation linear in its input.
A draft larger than a template may be (5 MB) ends the command with its one-line
error after the draft was made and written out; the exit code is in the table.

    python benchmarks/derive_run.py --size 1000000 --repeat 3
    python benchmarks/derive_run.py --size 100000 --pythonpath /tmp/old-tree   # another tree
    python benchmarks/derive_run.py --before /tmp/old-tree   # old and new, interleaved
    python benchmarks/derive_run.py --extra   # the ten other large inputs of the docs too

With ``--before TREE`` the raci package found in TREE is timed too, in the same rounds
(before, ours, floor, then again), so both see the same load on a shared machine; the
floor is read with our tree's reader. Ours is the tree of this script (or ``--pythonpath``),
not whatever ``raci`` is installed, and every process runs in the temporary folder, so that
no ``raci`` package in the current folder is imported instead of either tree.

Each tree's ``raci`` package is compiled to byte code (its ``__pycache__`` folders) before
anything is timed, as installing the package does: otherwise, where the environment sets
``PYTHONDONTWRITEBYTECODE``, every timed process compiles the package's sources again
(some 0.3 to 0.4 s of processor time a process, on every shape and on the floor alike),
a cost no installed copy pays.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.derive_inputs import MB, write_all, write_extra  # noqa: E402

FLOOR = "import sys; from pathlib import Path; from raci.derive.documents import read_document; " \
        "read_document(Path(sys.argv[1]))"


def compile_tree(folder: Path) -> None:
    """Compile the ``raci`` package in ``folder`` to byte code, as installing it does (the
    files are written even where ``PYTHONDONTWRITEBYTECODE`` is set; an up-to-date one is
    kept). The timed processes then read the byte code instead of compiling the sources."""
    compileall.compile_dir(folder / "raci", quiet=1)


def _cpu() -> float:
    """Processor time (user + system) of the waited-for child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int, float]:
    """Wall time, exit code and processor time of one process, run in ``cwd``: never in a
    folder holding a ``raci`` package, which Python would import before any on PYTHONPATH
    (``python -m`` and ``-c`` put the current folder first)."""
    cpu, start = _cpu(), time.perf_counter()
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - start, done.returncode, _cpu() - cpu


def main() -> None:
    """Measure every shape and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=MB, help="bytes per document")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pythonpath", help="run the raci package found in this folder")
    parser.add_argument("--before", metavar="TREE",
                        help="also time the raci package found in TREE, interleaved")
    parser.add_argument("--extra", action="store_true",
                        help="also time the other large inputs of docs/performance.md "
                             "(derive_inputs.write_extra, at their own sizes)")
    args = parser.parse_args()
    # ours: the tree given, else the tree of this script (not whatever raci is installed)
    env = _with_path(dict(os.environ), args.pythonpath or str(ROOT))
    old_env = _with_path(dict(os.environ), args.before) if args.before else None
    head = "| shape | size | " + ("before (median) | " if old_env else "") + \
        "ours (median) | floor: read the document | ratio | " + \
        ("before / ours | before CPU | " if old_env else "") + "ours CPU | floor CPU | exit |"
    rows = [head, "|---" * head.count(" | ") + "|---|"]
    for tree in filter(None, [args.pythonpath or str(ROOT), args.before]):
        compile_tree(Path(tree))
    with tempfile.TemporaryDirectory() as folder:
        inputs = write_all(Path(folder) / "in", args.size)
        if args.extra:  # (the 3 MB export aside: not one of the 1 MB inputs)
            inputs |= {name: path for name, path in write_extra(Path(folder) / "extra").items()
                       if name != "long-alike.json"}
        for shape, path in inputs.items():
            out = Path(folder) / f"{shape}.toml"
            derive = [sys.executable, "-m", "raci", "derive", str(path), "-o", str(out),
                      "--force"]
            before: list[float] = []
            before_cpu: list[float] = []
            ours, floor, codes = [], [], set()
            ours_cpu, floor_cpu = [], []
            for _ in range(args.repeat):
                if old_env is not None:
                    seconds, code, cpu = _timed(derive, old_env, Path(folder))
                    before.append(seconds)
                    before_cpu.append(cpu)
                    codes.add(code)
                seconds, code, cpu = _timed(derive, env, Path(folder))
                ours.append(seconds)
                ours_cpu.append(cpu)
                codes.add(code)
                seconds, _code, cpu = _timed([sys.executable, "-c", FLOOR, str(path)], env,
                                              Path(folder))
                floor.append(seconds)
                floor_cpu.append(cpu)
            a, b = statistics.median(ours), statistics.median(floor)
            old = f"{statistics.median(before):.2f} s | " if before else ""
            gain = f"{statistics.median(before) / a:.1f}x | " + \
                f"{statistics.median(before_cpu):.2f} s | " if before else ""
            rows.append(f"| {shape} | {path.stat().st_size / 1e6:.2f} MB | {old}{a:.2f} s | "
                        f"{b:.2f} s | {a / b:.1f}x | {gain}"
                        f"{statistics.median(ours_cpu):.2f} s | "
                        f"{statistics.median(floor_cpu):.2f} s | "
                        f"{', '.join(map(str, sorted(codes)))} |")
            print(rows[-1], file=sys.stderr, flush=True)
    print("\n".join(rows))


def _with_path(env: dict[str, str], folder: str | None) -> dict[str, str]:
    """The environment with ``folder`` first on PYTHONPATH (when given)."""
    if folder:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [folder, env.get("PYTHONPATH")]))
    return env


if __name__ == "__main__":
    main()
