"""Operations and their inverses: random sequences applied, then undone, leave nothing behind.

Three properties, each over random edit sequences:

* applying every inverse in reverse order gives back the first snapshot and the
  same file content (positions compared as order, since keys may be re-spread);
* the snapshot the service patches after each edit equals one read afresh from
  the file;
* the incremental checker agrees with a full pass after every edit.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci.checks import IncrementalChecker, check_project
from raci.errors import RaciError
from raci.operations import (
    AddActivities,
    AddPeople,
    AddPhases,
    AddRoles,
    Batch,
    CellValue,
    DeleteActivities,
    DeletePeople,
    DeletePhases,
    DeleteRoles,
    MovePerson,
    MovePhase,
    MoveRole,
    NewActivity,
    NewPerson,
    NewPhase,
    NewRole,
    Operation,
    RenamePhase,
    SetCells,
    SetStaffing,
)
from raci.service import ProjectService
from raci.state import Thresholds
from tests.long_runs import examples

LETTERS = st.sampled_from(["", "A", "R", "A/R", "C", "I", "R/C"])
NAMES = st.sampled_from(["Plan", "plan.", "Ship", "Review", "Build", "Test", "Plan 2"])
INDEX = st.integers(0, 8)
PICK = st.integers(0, 50)

STEP = st.one_of(
    st.tuples(st.just("cells"), st.lists(st.tuples(PICK, PICK, LETTERS), min_size=1,
                                         max_size=4)),
    st.tuples(st.just("note"), PICK, PICK, st.sampled_from(["", "ask first", "see doc"])),
    st.tuples(st.just("add-activity"), NAMES, PICK, st.one_of(st.none(), INDEX)),
    st.tuples(st.just("delete-activities"), st.lists(PICK, min_size=1, max_size=3)),
    st.tuples(st.just("rename-activity"), PICK, NAMES),
    st.tuples(st.just("move-activity"), PICK, INDEX),
    st.tuples(st.just("add-role"), NAMES, st.one_of(st.none(), INDEX)),
    st.tuples(st.just("delete-role"), PICK),
    st.tuples(st.just("rename-role"), PICK, NAMES),
    st.tuples(st.just("move-role"), PICK, INDEX),
    st.tuples(st.just("add-person"), NAMES, st.lists(PICK, max_size=2)),
    st.tuples(st.just("delete-person"), PICK),
    st.tuples(st.just("move-person"), PICK, INDEX),
    st.tuples(st.just("staff"), PICK, PICK, st.booleans()),
    st.tuples(st.just("add-phase"), NAMES, st.one_of(st.none(), INDEX)),
    st.tuples(st.just("delete-phase"), PICK),
    st.tuples(st.just("rename-phase"), PICK, NAMES),
    st.tuples(st.just("move-phase"), PICK, INDEX),
    st.tuples(st.just("settings"), st.sampled_from(["RACI", "RASCI", "DACI"]),
              st.integers(0, 5)),
)


def _pick(items: tuple[Any, ...], n: int) -> Any:
    return items[n % len(items)] if items else None


def _operation(service: ProjectService, step: tuple[Any, ...]) -> Operation | None:
    """The operation a random step stands for (None when it does not apply here)."""
    s = service.state()
    kind = step[0]
    acts, roles, people, phases = s.activities, s.roles, s.people, s.phases
    if kind == "cells" and acts and roles:
        return service.cells_operation({
            (_pick(acts, a).id, _pick(roles, r).id): text for a, r, text in step[1]})
    if kind == "note" and acts and roles:
        a, r = _pick(acts, step[1]).id, _pick(roles, step[2]).id
        return SetCells({(a, r): CellValue(s.letters(a, r), step[3])})
    if kind == "add-activity":
        phase = _pick(phases, step[2])
        return service.activity_new(step[1], phase.id if phase else None, step[3])
    if kind == "delete-activities" and acts:
        return DeleteActivities(tuple({_pick(acts, i).id for i in step[1]}))
    if kind == "rename-activity" and acts:
        return service.activity_update(_pick(acts, step[1]).id, name=step[2])
    if kind == "move-activity" and acts:
        return service.activity_move(_pick(acts, step[1]).id, step[2])
    if kind == "add-role":
        return AddRoles((NewRole(step[1], "", index=step[2]),))
    if kind == "delete-role" and roles:
        return DeleteRoles((_pick(roles, step[1]).id,))
    if kind == "rename-role" and roles:
        return service.role_update(_pick(roles, step[1]).id, name=step[2])
    if kind == "move-role" and roles:
        return MoveRole(_pick(roles, step[1]).id, step[2])
    if kind == "add-person":
        staffed = tuple({_pick(roles, r).id for r in step[2]}) if roles else ()
        return AddPeople((NewPerson(step[1], roles=staffed),))
    if kind == "delete-person" and people:
        return DeletePeople((_pick(people, step[1]).id,))
    if kind == "move-person" and people:
        return MovePerson(_pick(people, step[1]).id, step[2])
    if kind == "staff" and people and roles:
        return SetStaffing(_pick(people, step[1]).id, _pick(roles, step[2]).id, step[3])
    if kind == "add-phase":
        return AddPhases((NewPhase(step[1], index=step[2]),))
    if kind == "delete-phase" and phases:
        return DeletePhases((_pick(phases, step[1]).id,))
    if kind == "rename-phase" and phases:
        return RenamePhase(_pick(phases, step[1]).id, step[2])
    if kind == "move-phase" and phases:
        return MovePhase(_pick(phases, step[1]).id, step[2])
    if kind == "settings":
        return service.settings_update(s.name, step[1], Thresholds(step[2], 3, 4))
    return None


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of a project's matrix, positions replaced by their rank.

    The history (the change log and the project's revision counter) grows with
    every edit, undo included, so it is left out.
    """
    conn = sqlite3.connect(path)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in ("project", "role", "person", "phase", "activity", "assignment",
                      "staffing"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            rows = [dict(zip(columns, r, strict=True))
                    for r in conn.execute(f"SELECT * FROM {table}")]
            for row in rows:
                row.pop("revision", None)
            if "position" in columns:
                group = "phase_id" if table == "activity" else None
                ranked = sorted(rows, key=lambda r: (str(r.get(group)) if group else "",
                                                     r["position"], r["id"]))
                for rank, row in enumerate(ranked):
                    row["position"] = rank
            out[table] = sorted(tuple(sorted(r.items())) for r in rows)
        return out
    finally:
        conn.close()


def _seeded(path: Path) -> ProjectService:
    service = ProjectService.create(path)
    roles = [service.add_role(n) for n in ("Alpha", "Beta", "Gamma")]
    service.add_person("Ann", roles=roles[:1])
    phase = service.add_phase("Discovery")
    acts = [service.add_activity(n, phase if i < 2 else None)
            for i, n in enumerate(("One", "Two", "Three"))]
    service.set_cells({(acts[0], roles[0]): "A/R", (acts[1], roles[1]): "R"})
    return service


# RACI_PROPERTY_EXAMPLES=500 runs a longer search (--long: 30 instead of 20).
RUN = settings(max_examples=int(os.environ.get("RACI_PROPERTY_EXAMPLES", str(examples(30)))),
               deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture])


@RUN
@given(steps=st.lists(STEP, min_size=1, max_size=20))
def test_undoing_everything_restores_state_and_file(tmp_path_factory: pytest.TempPathFactory,
                                                    steps: list[tuple[Any, ...]]) -> None:
    path = tmp_path_factory.mktemp("ops") / "p.raci"
    service = _seeded(path)
    try:
        first_state, first_file = service.state(), content(path)
        inverses: list[Operation] = []
        for step in steps:
            try:
                op = _operation(service, step)
                if op is not None:
                    inverses.append(service.apply(op))
            except RaciError:
                continue  # refused edits (a duplicate name, say) change nothing
        redo: list[Operation] = []
        for inverse in reversed(inverses):
            redo.append(service.apply(inverse))
        assert service.state() == first_state
        assert content(path) == first_file
        assert service.reload_state() == first_state
        for op in reversed(redo):  # and redo brings every edit back
            service.apply(op)
        assert service.reload_state() == service.state()
    finally:
        service.close()


@RUN
@given(steps=st.lists(STEP, min_size=1, max_size=20))
def test_patched_state_equals_state_read_from_the_file(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[Any, ...]]
) -> None:
    path = tmp_path_factory.mktemp("ops") / "p.raci"
    service = _seeded(path)
    checker = IncrementalChecker(service.state())
    service.subscribe(lambda change: checker.refresh(service.state(), change.scope))
    try:
        for step in steps:
            try:
                op = _operation(service, step)
                if op is not None:
                    service.apply(op)
            except RaciError:
                pass
            assert service.state() == service.reload_state()
            assert checker.findings() == check_project(service.state())
    finally:
        service.close()


def test_a_refused_batch_changes_nothing(staffed: ProjectService) -> None:
    before = staffed.state()
    role = before.roles[0].id
    batch = Batch((AddActivities((NewActivity("Launch"),)), DeleteRoles((role,)),
                   AddRoles((NewRole("Engineering Lead", "EL2"),))))  # a name clash at the end
    with pytest.raises(RaciError, match="already exists"):
        staffed.apply(batch)
    assert staffed.state() == before
    assert staffed.reload_state() == before


def test_inserting_between_touching_keys_renumbers_and_keeps_order(
        staffed: ProjectService) -> None:
    acts = staffed.state().activities
    build = acts[1].phase_id
    for i in range(20):  # always insert right after the first Build row: the gap halves
        staffed.add_activity(f"Step {i}", build, index=2)
    names = [a.name for a in staffed.state().activities]
    assert names[:3] == ["Product vision", "Technical oversight", "Step 19"]
    assert names[-1] == "Release plan" and names[-2] == "Step 0"
    assert staffed.reload_state() == staffed.state()


def test_importing_into_an_open_project_is_one_step_and_undoes(
        staffed: ProjectService, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from raci.excel.importer import apply_plan, read_workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Activity", "Product Manager", "Data Steward"])
    ws.append(["Quarterly data review", "A", "R"])
    ws.append(["Retire old reports", "I", "A/R"])
    path = tmp_path / "more.xlsx"
    wb.save(path)
    before = staffed.state()
    inverse = apply_plan(staffed, read_workbook(path))
    after = staffed.state()
    assert [r.name for r in after.roles] == [r.name for r in before.roles] + ["Data Steward"]
    review = next(a for a in after.activities if a.name == "Quarterly data review")
    assert after.cell_text(review.id, before.roles[0].id) == "A"  # the existing PM column
    assert len(after.activities) == len(before.activities) + 2
    staffed.apply(inverse)
    assert staffed.state() == before
    assert staffed.reload_state() == before
