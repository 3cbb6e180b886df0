"""A project file under a rollback journal (a network share): edits while another program reads.

    python benchmarks/shared_folder.py                  # L, 9 s of edits
    python benchmarks/shared_folder.py --size S --seconds 5

On a network share a project is journalled with DELETE instead of WAL, and a
reader's lock keeps a writer from committing. A second process re-reads the
whole project in a loop (what every open window does after another writer's
structural change) while this one makes one cell edit every 50 ms. The floor is
the same edits with nobody reading, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.projects import project  # noqa: E402
from raci import db  # noqa: E402
from raci.service import ProjectService  # noqa: E402


def _rollback_journal(_path: Path) -> str:
    return "DELETE"


def _reader(path: str, seconds: float, out: Any) -> None:
    db.journal_mode_for = _rollback_journal  # type: ignore[assignment]
    service = ProjectService.open(Path(path), read_only=True)
    times: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.perf_counter()
        service.reload_state()
        times.append(time.perf_counter() - start)
    service.close()
    out.put(times)


def _edits(service: ProjectService, seconds: float) -> list[float]:
    acts = [a.id for a in service.activities()]
    roles = [r.id for r in service.roles()]
    times: list[float] = []
    end, i = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        start = time.perf_counter()
        service.set_cell(acts[i % len(acts)], roles[i % len(roles)], "RCIA"[i % 4])
        times.append(time.perf_counter() - start)
        i += 1
        time.sleep(0.05)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"n": len(times), "median_ms": statistics.median(times) * 1000,
            "p90_ms": ordered[int(len(ordered) * 0.9)] * 1000, "max_ms": ordered[-1] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="L")
    parser.add_argument("--seconds", type=float, default=9)
    args = parser.parse_args()
    db.journal_mode_for = _rollback_journal  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        path = project(Path(tmp), args.size)
        writer = ProjectService.open(path)
        with writer.engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        quiet = _edits(writer, args.seconds / 3)
        queue: Any = multiprocessing.get_context("spawn").Queue()
        reader = multiprocessing.get_context("spawn").Process(
            target=_reader, args=(str(path), args.seconds + 2, queue))
        reader.start()
        time.sleep(2)  # the reader has opened the project and is re-reading it
        busy = _edits(writer, args.seconds)
        reads = queue.get()
        reader.join()
        writer.close()
    figures = {"size": args.size, "journal": mode, "floor: edits, nobody reading": _summary(quiet),
               "edits while another process re-reads": _summary(busy),
               "its full re-reads": _summary(reads)}
    figures["median vs floor"] = (figures["edits while another process re-reads"]["median_ms"]
                                  / figures["floor: edits, nobody reading"]["median_ms"])
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
