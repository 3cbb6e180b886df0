"""The project service: edits, undo snapshots, persistence and change notices."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from raci import db
from raci.checks import check_project
from raci.errors import ConflictError, LetterError, NotFoundError, RaciError
from raci.service import Change, ProjectService, initials


def test_initials() -> None:
    assert initials("Technical Product Manager") == "TPM"
    assert initials("Scrum Master (SM)") == "SM"
    assert initials("Design") == "DES"


def test_round_trip_through_the_file(staffed: ProjectService, tmp_path: Path) -> None:
    before = staffed.state()
    path = staffed.path
    assert path is not None
    staffed.close()
    reopened = ProjectService.open(path)
    try:
        after = reopened.state()
    finally:
        reopened.close()
    assert after == before
    assert [a.phase for a in after.activities] == ["Strategy", "Build", "Build"]


def test_every_change_is_committed_at_once(service: ProjectService) -> None:
    role = service.add_role("Scrum Master")
    path = service.path
    assert path is not None
    # A second connection sees the edit without any save or close.
    other = ProjectService.open(path)
    try:
        assert [r.name for r in other.roles()] == ["Scrum Master"]
        assert other.state().role(role).code == "SM"
    finally:
        other.close()


def test_codes_are_made_unique_and_names_must_be(service: ProjectService) -> None:
    a = service.add_role("Product Manager")
    b = service.add_role("Program Manager")
    assert (service.state().role(a).code, service.state().role(b).code) == ("PM", "PM2")
    with pytest.raises(ConflictError, match="already exists"):
        service.add_role("product manager")
    with pytest.raises(ConflictError, match="already used"):
        service.add_role("Other", code="pm")
    with pytest.raises(RaciError, match="cannot be empty"):
        service.add_role("   ")


def test_set_cell_returns_previous_and_rejects_bad_letters(staffed: ProjectService) -> None:
    state = staffed.state()
    vision, pm = state.activities[0].id, state.roles[0].id
    assert staffed.set_cell(vision, pm, "r") == {"A", "R"}
    assert staffed.state().cell_text(vision, pm) == "R"
    with pytest.raises(LetterError, match="Z"):
        staffed.set_cell(vision, pm, "Z")
    assert staffed.state().cell_text(vision, pm) == "R"
    staffed.set_cell(vision, pm, "")
    assert staffed.state().letters(vision, pm) == frozenset()


def test_bulk_edit_is_all_or_nothing(staffed: ProjectService) -> None:
    state = staffed.state()
    a, b = state.activities[0].id, state.activities[1].id
    pm = state.roles[0].id
    with pytest.raises(NotFoundError):
        staffed.set_cells({(a, pm): "I", (b, 9999): "R"})
    assert staffed.state().cell_text(a, pm) == "A/R"

    def edit_then_fail() -> None:
        with staffed.transaction():
            staffed.set_cell(a, pm, "I")
            staffed.add_role("Marketing")
            raise RuntimeError("abort")

    with pytest.raises(RuntimeError):
        edit_then_fail()
    assert staffed.state().cell_text(a, pm) == "A/R"
    assert "Marketing" not in [r.name for r in staffed.roles()]


def test_delete_and_restore_role_activity_person_phase(staffed: ProjectService) -> None:
    original = staffed.state()
    tpm = original.roles[1].id
    snap = staffed.delete_role(tpm)
    assert all(key[1] != tpm for key in staffed.state().cells)
    staffed.apply(snap)
    assert staffed.state() == original

    act = original.activities[1].id
    snap_a = staffed.delete_activity(act)
    assert len(staffed.state().activities) == 2
    staffed.apply(snap_a)
    assert staffed.state() == original

    raj = original.people[1].id
    snap_p = staffed.delete_person(raj)
    staffed.apply(snap_p)
    assert staffed.state() == original

    build = staffed.find_phase("Build")
    assert build is not None
    snap_ph = staffed.delete_phase(build.id)
    assert [a.phase for a in staffed.state().activities] == ["Strategy", "", ""]
    staffed.apply(snap_ph)
    assert staffed.state() == original


def test_reorder_roles_activities_and_phases(staffed: ProjectService) -> None:
    state = staffed.state()
    staffed.move_role(state.roles[2].id, 0)
    assert [r.code for r in staffed.state().roles] == ["ENG", "PM", "TPM"]
    release = state.activities[2].id
    old_index, old_phase = staffed.move_activity(release, 0)
    acts = staffed.state().activities
    assert [a.name for a in acts][0] == "Release plan"
    assert acts[0].phase == "Strategy"  # joined the phase of the row it landed beside
    staffed.move_activity(release, old_index, old_phase)
    assert staffed.state().activities == state.activities
    build = staffed.find_phase("Build")
    assert build is not None
    staffed.move_phase(build.id, 0)
    assert [a.phase for a in staffed.state().activities] == ["Build", "Build", "Strategy"]


def test_staffing_is_many_to_many(staffed: ProjectService) -> None:
    state = staffed.state()
    ann, pm, eng = state.people[0].id, state.roles[0].id, state.roles[2].id
    assert staffed.set_staffing(ann, eng, True) is False
    assert set(staffed.state().person(ann).roles) == {pm, eng}
    assert staffed.state().role(eng).people == (state.people[1].id, ann) or set(
        staffed.state().role(eng).people
    ) == {state.people[1].id, ann}
    assert staffed.set_staffing(ann, eng, False) is True
    assert staffed.state().person(ann).roles == (pm,)


def test_scheme_switch_maps_letters_or_explains(staffed: ProjectService) -> None:
    staffed.set_scheme("DACI")
    state = staffed.state()
    assert state.scheme_id == "DACI"
    assert state.cell_text(state.activities[0].id, state.roles[0].id) == "A/D"
    assert [f for f in check_project(state) if f.severity == "error"] == []
    staffed.set_scheme("RASCI")
    staffed.set_cell(state.activities[0].id, state.roles[2].id, "S")
    with pytest.raises(LetterError, match="S"):
        staffed.set_scheme("RACI")
    assert staffed.state().scheme_id == "RASCI"


def test_thresholds_are_stored_and_validated(staffed: ProjectService) -> None:
    old = staffed.set_thresholds(overload=1)
    assert old.overload == 12
    assert staffed.state().thresholds.overload == 1
    assert any(f.rule == "overloaded" for f in check_project(staffed.state()))
    with pytest.raises(RaciError, match="0 or more"):
        staffed.set_thresholds(max_consulted=-1)


def test_listeners_hear_one_change_per_transaction(staffed: ProjectService) -> None:
    heard: list[Change] = []
    unsubscribe = staffed.subscribe(heard.append)
    state = staffed.state()
    with staffed.transaction():
        staffed.set_cell(state.activities[0].id, state.roles[1].id, "I")
        staffed.set_cell(state.activities[1].id, state.roles[1].id, "A")
    assert len(heard) == 1
    assert set(heard[0].cells) == {
        (state.activities[0].id, state.roles[1].id),
        (state.activities[1].id, state.roles[1].id),
    }
    unsubscribe()
    staffed.add_role("Design")
    assert len(heard) == 1


def test_find_by_name_code_and_row(staffed: ProjectService) -> None:
    assert staffed.find_role("tpm").name == "Technical Product Manager"
    assert staffed.find_role("engineering lead").code == "ENG"
    assert staffed.find_activity("2").name == "Technical oversight"
    with pytest.raises(NotFoundError, match="roles: Product Manager"):
        staffed.find_role("Nobody")
    with pytest.raises(NotFoundError):
        staffed.find_person("Nobody")


def test_save_copy_is_a_full_project(staffed: ProjectService, tmp_path: Path) -> None:
    target = tmp_path / "copy.raci"
    staffed.save_copy(target)
    copy = ProjectService.open(target)
    try:
        assert copy.state() == staffed.state()
    finally:
        copy.close()


@pytest.mark.parametrize(("failure", "says"), [
    (PermissionError(errno.EACCES, "Permission denied"),
     "(permission denied); choose a folder you can write to"),
    (OSError(errno.ENOSPC, "No space left on device"),
     "(the disk is full); free some space and try again"),
    (sqlite3.OperationalError("disk I/O error"),
     "(disk I/O error); choose another folder, or check the disk, and try again"),
], ids=["permission", "full disk", "database"])
def test_a_copy_that_cannot_be_written_says_where_and_what_to_do(
        staffed: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        failure: Exception, says: str) -> None:
    def refuse(_target: Path) -> tuple[Path, int]:
        raise failure
    monkeypatch.setattr(db, "create_exclusive", refuse)
    target = tmp_path / "copy.raci"
    with pytest.raises(RaciError) as caught:
        staffed.save_copy(target)
    assert str(caught.value) == f"{target}: the project could not be saved there {says}"
    assert not target.exists()


def test_email_is_checked(service: ProjectService) -> None:
    with pytest.raises(RaciError, match="email"):
        service.add_person("Ann", email="not an address")


def test_database_failures_become_clear_errors(service: ProjectService) -> None:
    from sqlalchemy import text

    service.add_role("Lead", "L")
    with service.engine.begin() as conn:  # simulate a damaged schema under a running app
        conn.execute(text("DROP TABLE staffing"))
    with pytest.raises(RaciError, match="could not be saved|cannot be read"):
        service.add_person("Ann", roles=[service.find_role("L").id])
    assert [p.name for p in service.people()] == []


def test_cell_notes_keep_letters_and_empty_cells_disappear(staffed: ProjectService) -> None:
    state = staffed.state()
    act, pm, eng = state.activities[0].id, state.roles[0].id, state.roles[2].id
    assert staffed.set_note(act, pm, "  Quarterly review  ") == ""
    assert staffed.state().notes[(act, pm)] == "Quarterly review"
    assert staffed.state().cell_text(act, pm) == "A/R"
    staffed.set_note(act, eng, "ask first")
    assert staffed.state().letters(act, eng) == frozenset()
    assert staffed.set_note(act, eng, "") == "ask first"
    assert (act, eng) not in staffed.state().notes


def test_a_number_that_is_also_a_name_is_ambiguous(service: ProjectService) -> None:
    plan = service.add_activity("Plan")
    numbered = service.add_activity("1")
    with pytest.raises(NotFoundError, match="write #1 for the row"):
        service.find_activity("1")
    assert service.find_activity("#1").id == plan
    assert service.find_activity("#2").id == numbered
    assert service.find_activity("2").id == numbered  # no activity is named "2"
    with pytest.raises(NotFoundError, match="there is no row #9"):
        service.find_activity("#9")


def test_roles_added_together_keep_order_codes_and_undo(service: ProjectService,
                                                        tmp_path: Path) -> None:
    """Roles added in one operation (at the end, between others, with and without a code)
    get the order and codes one-at-a-time additions give, the same after reopening, and
    one undo removes them all."""
    from raci.operations import AddRoles, CellValue, NewRole

    service.add_role("Alpha Lead", "AL")
    service.add_role("Omega Lead", "OL")
    act = service.add_activity("Plan")
    new = [NewRole(f"Member {i}", f"M{i}") for i in range(40)]
    new += [NewRole("Gamma Lead", "", index=1), NewRole("Zeta Lead", "ZL"),
            NewRole("Delta Lead", "DL", cells={act: CellValue(frozenset("R"))})]
    # 20 roles squeezed in at index 1 one after another: their keys touch and renumber
    new += [NewRole(f"Squeezed {i}", f"S{i}", index=1) for i in range(20)]
    inverse = service.apply(AddRoles(tuple(new)))
    names = [r.name for r in service.roles()]
    expected = ["Alpha Lead", *[f"Squeezed {i}" for i in reversed(range(20))], "Gamma Lead",
                "Omega Lead", *[f"Member {i}" for i in range(40)], "Zeta Lead", "Delta Lead"]
    assert names == expected
    assert service.find_role("Gamma Lead").code == "GL"
    assert service.state().letters(act, service.find_role("DL").id) == frozenset("R")
    positions = [r.position for r in service.roles()]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    path = service.path
    assert path is not None
    service.close()
    again = ProjectService.open(path)
    try:
        assert [(r.name, r.code, r.position) for r in again.roles()] == \
            [(r.name, r.code, r.position) for r in service.roles()]
        again.apply(inverse)
        assert [r.name for r in again.roles()] == ["Alpha Lead", "Omega Lead"]
    finally:
        again.close()


def test_roles_added_together_refuse_a_clash_inside_the_batch(service: ProjectService) -> None:
    from raci.operations import AddRoles, NewRole

    with pytest.raises(ConflictError, match="already used by Member A"):
        service.apply(AddRoles((NewRole("Member A", "MA"), NewRole("Member B", "MA"))))
    assert service.roles() == ()


@pytest.mark.parametrize("step", ["create_exclusive", "move_into_place"])
def test_a_server_projects_copy_that_cannot_be_written_says_it_as_every_copy_does(
        staffed: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        step: str) -> None:
    # a server project is saved locally from its snapshot (File > Save As, Save a Copy As)
    from raci import project_files
    from raci.locations import write_file_copy

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(project_files, step, refuse)
    target = tmp_path / "copy.raci"
    before = set(tmp_path.iterdir())
    with pytest.raises(RaciError) as caught:
        write_file_copy(staffed.state(), target, "postgresql://server/plan")
    assert str(caught.value) == (f"{target}: the project could not be saved there "
                                 "(permission denied); choose a folder you can write to")
    assert not target.exists()
    assert set(tmp_path.iterdir()) == before  # no half-made file left beside it
