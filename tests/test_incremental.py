"""Incremental checking agrees with a full pass after any sequence of edits."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci.checks import Finding, FindingsChange, IncrementalChecker, check_project
from raci.service import Change, ProjectService
from tests.long_runs import examples

LETTERS = st.sampled_from(["", "A", "R", "A/R", "C", "I", "R/C", "A/C"])
EDIT = st.one_of(
    st.tuples(st.just("cell"), st.integers(0, 4), st.integers(0, 3), LETTERS),
    st.tuples(st.just("staff"), st.integers(0, 2), st.integers(0, 3), st.booleans()),
    st.tuples(st.just("rename"), st.integers(0, 4), st.sampled_from(["Plan", "plan.", "Ship"])),
    st.tuples(st.just("delete-person"), st.integers(0, 2)),
    st.tuples(st.just("add-activity"), st.sampled_from(["Plan", "Build", "Test"])),
    st.tuples(st.just("delete-role"), st.integers(0, 3)),
)


def by_activity(checker: IncrementalChecker, ids: set[int]) -> dict[int, list[Finding]]:
    """What the checker holds about each of these activities."""
    return {a: checker.for_activity(a) for a in ids}


@settings(
    max_examples=examples(60), deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edits=st.lists(EDIT, min_size=1, max_size=25))
def test_incremental_equals_full(tmp_path_factory, edits) -> None:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("inc") / "p.raci"
    service = ProjectService.create(path)
    try:
        roles = [service.add_role(n) for n in ("Alpha", "Beta", "Gamma", "Delta")]
        people = [service.add_person(n) for n in ("Ann", "Bo", "Cy")]
        acts = [service.add_activity(n) for n in ("One", "Two", "Three", "Four", "Five")]
        checker = IncrementalChecker(service.state())
        reported: list[FindingsChange] = []
        service.subscribe(
            lambda change: reported.append(checker.refresh(service.state(), change.scope)))
        changes: list[Change] = []
        service.subscribe(changes.append)
        before = by_activity(checker, {a for a in acts})
        for edit in edits:
            live_roles = [r.id for r in service.state().roles]
            live_people = [p.id for p in service.state().people]
            live_acts = [a.id for a in service.state().activities]
            kind = edit[0]
            if kind == "cell" and live_acts and live_roles:
                service.set_cell(
                    live_acts[edit[1] % len(live_acts)], live_roles[edit[2] % len(live_roles)],
                    edit[3],
                )
            elif kind == "staff" and live_people and live_roles:
                service.set_staffing(
                    live_people[edit[1] % len(live_people)],
                    live_roles[edit[2] % len(live_roles)], edit[3],
                )
            elif kind == "rename" and live_acts:
                service.update_activity(live_acts[edit[1] % len(live_acts)], name=edit[2])
            elif kind == "delete-person" and live_people:
                service.delete_person(live_people[edit[1] % len(live_people)])
            elif kind == "add-activity":
                acts.append(service.add_activity(edit[1]))
            elif kind == "delete-role" and len(live_roles) > 1:
                service.delete_role(live_roles[edit[1] % len(live_roles)])
            assert checker.findings() == check_project(service.state())
            # The refresh names every activity whose findings changed, and no other.
            now = by_activity(checker, set(before) | set(live_acts) | set(acts))
            moved = {a for a in now if before.get(a, []) != now[a]}
            assert (reported[-1].activities if reported else frozenset()) == moved
            reported.clear()
            before = now
        assert roles and people
    finally:
        service.close()


def test_cell_edit_rechecks_only_its_row_column_and_people(staffed: ProjectService) -> None:
    state = staffed.state()
    changes: list[Change] = []
    staffed.subscribe(changes.append)
    staffed.set_cell(state.activities[0].id, state.roles[1].id, "R")
    scope = changes[-1].scope
    assert scope.activities == {state.activities[0].id}
    assert scope.roles == {state.roles[1].id}
    assert scope.people == set(state.roles[1].people)
    assert not scope.everything and not scope.names
