"""Two writers on one file at the engine level: nothing another writer did is lost silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.errors import ConflictError, LetterError
from raci.operations import AddActivities, AddRoles, DeleteActivities, NewActivity, NewRole
from raci.service import ProjectService
from tests.conftest import commit_mid_read


@pytest.fixture
def shared(tmp_path: Path) -> tuple[ProjectService, Path]:
    path = tmp_path / "shared.raci"
    service = ProjectService.create(path)
    yield service, path
    service.close()


def _other(path: Path) -> ProjectService:
    return ProjectService.open(path)


def test_a_commit_between_the_check_and_the_write_is_seen(
        shared: tuple[ProjectService, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    app, path = shared
    role, act = app.add_role("Lead", "L"), app.add_activity("Plan")
    app.set_cell(act, role, "R")
    op = app.cells_operation({(act, role): "A"})
    other = _other(path)
    other.set_cell(act, role, "")  # commits after the app built its edit
    other.close()
    monkeypatch.setattr(app, "sync", lambda: False)  # the other commit lands after this check
    with pytest.raises(ConflictError, match="changed by .* since"):
        app.apply(op)
    assert app.state() == app.reload_state()
    assert app.state().letters(act, role) == frozenset()


def test_an_edit_built_before_another_writers_note_does_not_wipe_it(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    role, act = app.add_role("Lead", "L"), app.add_activity("Plan")
    op = app.cells_operation({(act, role): "A"})
    other = _other(path)
    other.set_note(act, role, "agreed with finance")
    other.close()
    with pytest.raises(ConflictError):
        app.apply(op)
    assert app.state().note(act, role) == "agreed with finance"
    rename = app.role_update(role, name="Team lead")
    other = _other(path)
    other.update_role(role, description="Owns delivery")
    other.close()
    with pytest.raises(ConflictError):
        app.apply(rename)
    assert app.state().role(role).description == "Owns delivery"


def test_undoing_a_role_deletion_after_a_scheme_switch_is_refused_cleanly(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    role, act = app.add_role("Dev", "D"), app.add_activity("Build")
    app.set_cell(act, role, "R")
    inverse = app.delete_role(role)
    other = _other(path)
    other.set_scheme("DACI")
    other.close()
    with pytest.raises(LetterError):
        app.apply(inverse)
    assert app.state() == app.reload_state()


def test_undoing_a_deletion_whose_neighbour_moved_away_restores_it(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    p, q = app.add_phase("P"), app.add_phase("Q")
    x, y = app.add_activity("X", p), app.add_activity("Y", p)
    inverse = app.apply(DeleteActivities((x,)))
    other = _other(path)
    other.update_activity(y, phase_id=q)
    other.close()
    app.apply(inverse)
    state = app.state()
    assert state.activity(x).phase_id == p
    assert state == app.reload_state()


def test_keyboard_moves_cross_one_heading_at_a_time(staffed: ProjectService) -> None:
    names = lambda: [(a.name, a.phase) for a in staffed.state().activities]  # noqa: E731
    assert names() == [("Product vision", "Strategy"), ("Technical oversight", "Build"),
                       ("Release plan", "Build")]
    vision, oversight, release = (a.id for a in staffed.state().activities)

    def step(ident: int, direction: int) -> None:
        op = staffed.activity_step(ident, direction)
        assert op is not None
        staffed.apply(op)

    step(release, -1)  # swaps within Build
    assert [n for n, _ in names()] == ["Product vision", "Release plan", "Technical oversight"]
    step(release, -1)  # crosses the heading: last place of Strategy
    assert names()[:2] == [("Product vision", "Strategy"), ("Release plan", "Strategy")]
    step(vision, 1)  # swaps within Strategy
    assert [n for n, _ in names()][:2] == ["Release plan", "Product vision"]
    step(vision, 1)  # crosses the heading: first place of Build
    assert names()[1:] == [("Product vision", "Build"), ("Technical oversight", "Build")]
    assert staffed.activity_step(oversight, 1) is None  # already last
    assert staffed.activity_step(release, -1) is None  # already first
    assert staffed.state() == staffed.reload_state()


def test_catching_up_reads_only_the_cells_others_changed(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    lead, act = app.add_role("Lead", "L"), app.add_activity("Plan")
    second = app.add_activity("Build")
    app.set_note(second, lead, "kept")
    changes = []
    app.subscribe(changes.append)
    other = _other(path)
    try:
        other.set_cells({(act, lead): "A/R", (second, lead): "C"})
        other.set_note(act, lead, "from the other writer")
        assert app.sync()
        assert [c.kind for c in changes] == ["cell"]
        assert set(changes[0].cells) == {(act, lead), (second, lead)}
        assert app.state() == app.reload_state()
        assert app.state().note(act, lead) == "from the other writer"
        other.add_role("Designer", "D")  # not a cell: everything is read again
        assert app.sync()
        assert changes[-1].kind == "reload" and app.state() == app.reload_state()
        other.set_cell(act, lead, "")  # caught up inside the next edit, then written
        app.set_cell(second, lead, "I")
        assert changes[-2].kind == "cell" and app.state() == app.reload_state()
        assert app.state().letters(act, lead) == frozenset()
    finally:
        other.close()


def test_undoing_an_addition_keeps_what_another_writer_filled_in(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    lead = app.add_role("Lead", "L")
    undo_row = app.apply(AddActivities((NewActivity("Plan"),)))
    undo_column = app.apply(AddRoles((NewRole("Designer", "D"),)))
    act = app.activities()[0].id
    designer = app.find_role("D").id
    other = _other(path)
    try:
        other.set_cell(act, lead, "A")
        other.set_cell(act, designer, "C")
    finally:
        other.close()
    with pytest.raises(ConflictError, match="'Plan' was filled in by .* since; removing it"):
        app.apply(undo_row)
    with pytest.raises(ConflictError, match="'Designer' was filled in by .* since; removing it"):
        app.apply(undo_column)
    assert app.state().letters(act, lead) == {"A"} and app.state().letters(act, designer) == {"C"}
    # Untouched additions still undo.
    undo_empty = app.apply(AddActivities((NewActivity("Spare"),)))
    app.apply(undo_empty)
    assert [a.name for a in app.activities()] == ["Plan"]


def test_deleting_a_row_another_writer_just_filled_is_refused(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    lead, act = app.add_role("Lead", "L"), app.add_activity("Plan")
    app.set_note(act, lead, "draft")
    delete_row = app.activities_deletion([act])  # built on what the user sees
    delete_column = app.roles_deletion([lead])
    other = _other(path)
    try:
        other.set_cell(act, lead, "A")
    finally:
        other.close()
    with pytest.raises(ConflictError, match="'Plan' was filled in by .* since"):
        app.apply(delete_row)
    with pytest.raises(ConflictError, match="'Lead' was filled in by .* since"):
        app.apply(delete_column)
    app.apply(app.activities_deletion([act]))  # on what is there now: deleted
    assert not app.activities()


def test_redo_of_an_addition_whose_id_another_writer_took_is_refused_by_name(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    role = app.add_role("Lead", "L")
    app.add_activity("One")
    undo = app.apply(app.activity_new("Two"))
    redo = app.apply(undo)
    other = _other(path)
    theirs = other.add_activity("Theirs")  # SQLite hands the freed id out again
    other.set_cell(theirs, role, "A")
    other.close()
    with pytest.raises(ConflictError, match="cannot be restored: an activity added by .* "
                                            "since took its place"):
        app.apply(redo)
    state = app.reload_state()
    assert [a.name for a in state.activities] == ["One", "Theirs"]
    assert state.letters(theirs, role) == {"A"} and app.state() == state


def test_the_settings_form_changes_only_what_it_edits(
        shared: tuple[ProjectService, Path]) -> None:
    """A form opened before another writer's change keeps that change in the fields it left
    alone, and refuses (naming who) to overwrite a field both changed."""
    from raci.state import Thresholds

    app, path = shared
    seen = app.settings()
    other = _other(path)
    other.rename_project("Their name")
    other.close()
    mine = Thresholds(seen.thresholds.overload + 3, seen.thresholds.max_responsible,
                      seen.thresholds.max_consulted)
    app.apply(app.settings_update(seen.name, seen.scheme, mine, seen))
    now = app.reload_state()
    assert now.name == "Their name"  # the field the form left alone: theirs
    assert now.thresholds == mine  # the field it changed: mine
    seen = app.settings()
    other = _other(path)
    other.set_thresholds(overload=1)
    other.close()
    with pytest.raises(ConflictError, match="settings were changed by .* since"):
        app.apply(app.settings_update(seen.name, seen.scheme,
                                      Thresholds(2, mine.max_responsible, mine.max_consulted),
                                      seen))
    assert app.reload_state().thresholds.overload == 1


def test_a_shared_folder_file_is_read_without_blocking_a_writer_and_never_half_seen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under a rollback journal (network shares) a reader holds no lock across its reads:
    another writer commits in the middle of one, and the read is done again, whole."""
    from raci import db

    monkeypatch.setattr(db, "journal_mode_for", lambda _path: "DELETE")
    path = tmp_path / "shared-folder.raci"
    writer = ProjectService.create(path)
    person = writer.add_person("Zed")
    writer.add_role("Lead", "L")
    with commit_mid_read(writer, person) as armed:
        reader = ProjectService.open(path)
    try:
        assert not armed[0]  # the commit did land mid-read
        with reader.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert reader.state() == writer.state() == reader.reload_state()
        assert [r.code for r in reader.roles()] == ["L", "QA"]
    finally:
        reader.close()
        writer.close()



def test_a_scheme_switch_worked_out_before_another_writer_filled_a_cell_names_them(
        shared: tuple[ProjectService, Path]) -> None:
    app, path = shared
    lead, act, other_act = app.add_role("Lead", "L"), app.add_activity("Plan"), \
        app.add_activity("Build")
    app.set_cell(act, lead, "R")
    switch = app.scheme_operation("DACI")
    other = _other(path)
    other.set_cell(other_act, lead, "R")  # empty when the switch was worked out
    other.close()
    with pytest.raises(ConflictError, match="'Build' / L was changed by .* since"):
        app.apply(switch)
    state = app.reload_state()
    assert state.scheme_id == "RACI" and state.letters(other_act, lead) == {"R"}
