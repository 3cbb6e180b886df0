"""A shared project on a local PostgreSQL server: one edit at L, and many writers at once.

    python benchmarks/server_load.py                    # L, 10 writers for 60 s
    python benchmarks/server_load.py --size S --writers 4 --seconds 10

Starts a throwaway cluster (``tests/pgserver.py``), publishes a project of the
size to it, then measures, interleaved with their floors:

- one cell edit through the service (and its undo) against the floor of one
  ``UPDATE`` + ``COMMIT`` sent with psycopg to the same server, and the round
  trip of ``SELECT 1``;
- the time another open client takes to show that edit (its NOTIFY arrives,
  the changed cell is read again);
- N writer processes editing overlapping cells as fast as they can for the
  given time: throughput, p50/p95 latency, refused stale edits, and a check
  that every committed edit is in the history exactly once and the final
  matrix holds the last committed value of every cell.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.projects import project  # noqa: E402
from raci import locations  # noqa: E402
from raci.errors import ConflictError  # noqa: E402
from raci.operations import SetCells  # noqa: E402
from raci.service import ProjectService  # noqa: E402
from tests import pgserver  # noqa: E402


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def edit_costs(url: str, n: int = 200) -> dict[str, float]:
    """Median ms of our edit, its undo, the UPDATE floor and a round trip, interleaved."""
    import psycopg

    service = locations.open_location(url)
    loc = service.session.location if service.session else None
    assert loc is not None
    raw = psycopg.connect(locations.server.ServerLocation.parse(url).url.render_as_string(
        hide_password=False).replace("postgresql+psycopg", "postgresql"))
    raw.execute(f"SET search_path TO \"{loc.project}\"")
    raw.commit()
    try:
        state = service.state()
        act, role = state.activities[len(state.activities) // 2].id, state.roles[-1].id
        ours, undo, floor, rtt = [], [], [], []
        for i in range(n):
            op = service.cells_operation({(act, role): "CI"[i % 2]})
            start = time.perf_counter()
            inverse = service.apply(op)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            service.apply(inverse)
            undo.append(time.perf_counter() - start)
            start = time.perf_counter()
            raw.execute("UPDATE assignment SET letters = %s WHERE activity_id = %s AND "
                        "role_id = %s", ("CI"[i % 2], act, state.roles[0].id))
            raw.commit()
            floor.append(time.perf_counter() - start)
            start = time.perf_counter()
            raw.execute("SELECT 1").fetchone()
            raw.commit()
            rtt.append(time.perf_counter() - start)
        return {"edit_ms": _median_ms(ours), "undo_ms": _median_ms(undo),
                "floor_ms": _median_ms(floor), "round_trip_ms": _median_ms(rtt)}
    finally:
        raw.close()
        service.close()


def notice_latency(url: str, n: int = 30) -> dict[str, float]:
    """Median ms from one client's commit until another client's snapshot shows it."""
    writer, reader = locations.open_location(url), locations.open_location(url)
    try:
        state = writer.state()
        act, role = state.activities[0].id, state.roles[1].id
        times = []
        for i in range(n):
            letters = "CI"[i % 2]
            writer.set_cell(act, role, letters)
            start = time.perf_counter()
            while reader.state().letters(act, role) != frozenset(letters):
                reader.sync()
                time.sleep(0.001)
            times.append(time.perf_counter() - start)
        return {"notice_ms": _median_ms(times)}
    finally:
        writer.close()
        reader.close()


def _writer(url: str, seconds: float, seed: int, out: str) -> None:
    rng = random.Random(seed)
    service = locations.open_location(url)
    state = service.state()
    acts = [a.id for a in state.activities[:40]]
    roles = [r.id for r in state.roles[:10]]
    done: list[tuple[int, int, int, str, float]] = []
    refused = 0
    end = time.perf_counter() + seconds
    try:
        while time.perf_counter() < end:
            service.sync()
            key = (rng.choice(acts), rng.choice(roles))
            letters = rng.choice(["R", "C", "I", "C/I", ""])
            op = service.cells_operation({key: letters})
            start = time.perf_counter()
            try:
                inverse = service.apply(op)
            except ConflictError:
                refused += 1
                continue
            took = time.perf_counter() - start
            if isinstance(inverse, SetCells) and inverse.values:  # a change was committed
                done.append((service.revision, key[0], key[1], letters, took))
    finally:
        service.close()
    Path(out).write_text(json.dumps({"done": done, "refused": refused}))


def concurrent(url: str, writers: int, seconds: float, folder: Path) -> dict[str, Any]:
    """N writer processes for a while; throughput, latency and the no-loss check."""
    check = locations.open_location(url)
    first = check.revision
    check.close()
    ctx = multiprocessing.get_context("spawn")
    outs = [str(folder / f"writer-{i}.json") for i in range(writers)]
    procs = [ctx.Process(target=_writer, args=(url, seconds, i, outs[i]))
             for i in range(writers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    results = [json.loads(Path(o).read_text()) for o in outs]
    done = [tuple(d) for r in results for d in r["done"]]
    refused = sum(r["refused"] for r in results)
    service = locations.open_location(url)
    try:
        log = [r for r in service.log(limit=10_000_000) if r.revision > first]
        state = service.state()
        scheme = state.scheme
        committed = {(d[0], d[1], d[2], scheme.format(service.parse(d[3]))) for d in done}
        logged = {(r.revision, r.entry.activity_id, r.entry.role_id, r.entry.new)
                  for r in log}
        revisions = [d[0] for d in done]
        last: dict[tuple[int, int], tuple[int, str]] = {}
        for rev, a, r, letters, _t in sorted(done):
            last[(a, r)] = (rev, letters)
        wrong = [k for k, (_rev, letters) in last.items()
                 if state.letters(*k) != service.parse(letters)]
    finally:
        service.close()
    latencies = sorted(d[4] for d in done)
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else 0.0
    return {
        "writers": writers, "seconds": seconds, "committed": len(done), "refused": refused,
        "per_second": len(done) / seconds, "p50_ms": _median_ms(latencies) if latencies else 0,
        "p95_ms": p95 * 1000,
        "lost": len(committed - logged), "unexpected": len(logged - committed),
        "duplicated": len(revisions) - len(set(revisions)), "final_wrong": len(wrong),
        "log_entries": len(log),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="L")
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    if pgserver.find_binaries() is None:
        sys.exit(pgserver.NOT_INSTALLED)
    with tempfile.TemporaryDirectory() as tmp, pgserver.cluster() as cluster:
        folder = Path(tmp)
        path = project(folder, args.size)
        url = cluster.url(cluster.new_database())
        source = ProjectService.open(path)
        start = time.perf_counter()
        locations.copy_project(source, url)
        publish = time.perf_counter() - start
        source.close()
        start = time.perf_counter()
        opened = locations.open_location(url)
        open_s = time.perf_counter() - start
        opened.close()
        figures: dict[str, Any] = {"size": args.size, "publish_s": publish, "open_s": open_s}
        figures |= edit_costs(url)
        figures |= notice_latency(url)
        figures["edit_vs_floor"] = figures["edit_ms"] / figures["floor_ms"]
        figures["concurrent"] = concurrent(url, args.writers, args.seconds, folder)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
