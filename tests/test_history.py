"""The project's history says what really changed, and settings edits never overwrite others'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import SQLAlchemyError

from raci.errors import ConflictError, RaciError
from raci.history import CELL_ENTRIES
from raci.service import ProjectService


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[ProjectService, Path]]:
    path = tmp_path / "history.raci"
    service = ProjectService.create(path)
    yield service, path
    service.close()


def _entries(service: ProjectService) -> list[tuple[str, str, str, str]]:
    return [(r.entry.action, r.entry.subject, r.entry.old, r.entry.new) for r in service.log()]


def test_a_change_that_changes_nothing_leaves_no_entry_and_no_revision(
        project: tuple[ProjectService, Path]) -> None:
    service, _ = project
    role = service.add_role("Product Manager", "PM")
    person = service.add_person("Zed")
    service.set_staffing(person, role, True)
    revision, count = service.revision, len(service.log())
    service.set_staffing(person, role, True)  # already so
    act = service.add_activity("Release")
    service.update_activity(act, name="Release")  # same name
    assert [e[0] for e in _entries(service)] == ["add activity", "staffing", "add person",
                                                "add role"]
    assert service.revision == revision + 1 and len(service.log()) == count + 1


def test_a_phase_rename_is_logged_with_the_name_as_stored(
        project: tuple[ProjectService, Path]) -> None:
    service, _ = project
    phase = service.add_phase("Build")
    service.rename_phase(phase, "  Build   v2 ")
    stored = service.state().phase(phase).name
    assert _entries(service)[0] == ("rename phase", stored, "Build", stored)


def test_an_activity_edit_logs_only_the_fields_it_changed_provenance_included(
        project: tuple[ProjectService, Path]) -> None:
    service, _ = project
    act = service.add_activity("Release", description="Ship it")
    service.update_activity(act, provenance="from the kickoff workshop")
    assert _entries(service)[0] == ("edit activity", "Release", "",
                                    "provenance: from the kickoff workshop")


def test_a_scheme_switch_logs_the_cells_it_reletters(
        project: tuple[ProjectService, Path]) -> None:
    service, _ = project
    role, act = service.add_role("Product Manager", "PM"), service.add_activity("Release")
    service.set_cell(act, role, "R")
    service.set_scheme("DACI")
    entries = _entries(service)
    assert ("settings", "project scheme", "RACI", "DACI") in entries
    assert ("cell", "Release / PM", "R", "D") in entries


def test_a_scheme_switch_worked_out_before_another_writer_edited_a_cell_is_refused(
        project: tuple[ProjectService, Path]) -> None:
    service, path = project
    role, act = service.add_role("Product Manager", "PM"), service.add_activity("Release")
    service.set_cell(act, role, "R")
    switch = service.scheme_operation("DACI")
    other = ProjectService.open(path)
    other.set_cell(act, role, "C")
    other.close()
    with pytest.raises(ConflictError, match="'Release' / PM was changed by .* since"):
        service.apply(switch)
    assert service.state().scheme_id == "RACI"
    assert service.reload_state().letters(act, role) == {"C"}


def test_undoing_a_scheme_switch_never_overwrites_a_later_edit(
        project: tuple[ProjectService, Path]) -> None:
    service, path = project
    role, act = service.add_role("Product Manager", "PM"), service.add_activity("Release")
    service.set_cell(act, role, "R")
    undo = service.apply(service.scheme_operation("DACI"))
    other = ProjectService.open(path)
    other.set_cell(act, role, "C")
    other.close()
    with pytest.raises(ConflictError):
        service.apply(undo)
    state = service.reload_state()
    assert state.scheme_id == "DACI" and state.letters(act, role) == {"C"}


def test_settings_and_phase_names_changed_by_another_writer_are_not_overwritten(
        project: tuple[ProjectService, Path]) -> None:
    service, path = project
    phase = service.add_phase("Build")
    rename = service.settings_update("Website", service.settings().scheme,
                                     service.settings().thresholds)
    other = ProjectService.open(path)
    other.rename_project("Web relaunch")
    other.rename_phase(phase, "Construction")
    other.close()
    with pytest.raises(ConflictError, match="settings were changed"):
        service.apply(rename)
    service.sync()
    stale = service.state().phase(phase).name
    other = ProjectService.open(path)
    other.rename_phase(phase, "Delivery")
    other.close()
    from raci.operations import RenamePhase

    with pytest.raises(ConflictError, match="renamed"):
        service.apply(RenamePhase(phase, "Make", stale))
    assert service.reload_state().name == "Web relaunch"
    assert service.reload_state().phase(phase).name == "Delivery"


def test_deleting_many_rows_is_one_counted_entry(project: tuple[ProjectService, Path]) -> None:
    from raci.history import CELL_ENTRIES

    service, _ = project
    with service.transaction():
        ids = [service.add_activity(f"Step {n}") for n in range(CELL_ENTRIES + 5)]
    service.apply(service.activities_deletion(ids))
    assert _entries(service)[0] == ("delete activities", f"{CELL_ENTRIES + 5:,} activities",
                                    "", "changed at once")


def test_adding_many_people_in_one_commit_is_one_counted_entry(
        project: tuple[ProjectService, Path]) -> None:
    from raci.history import CELL_ENTRIES

    service, _ = project
    with service.transaction():
        for n in range(CELL_ENTRIES + 1):
            service.add_person(f"Person {n}")
    assert _entries(service) == [("add people", f"{CELL_ENTRIES + 1:,} people", "",
                                  "changed at once")]


def test_times_are_told_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """'changed by bob at ...' reads in the reader's own time zone, not the stored UTC."""
    import time

    from raci.history import local_time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert local_time("2026-12-02T14:03:00+00:00") == "2026-12-02 15:03 CET"
        assert local_time("2026-07-02T14:03:00") == "2026-07-02 16:03 CEST"  # stored as UTC
        assert local_time("not a time") == "not a time"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_what_a_cell_held_before_it_was_made_owner_is_read_from_the_history(
        project: tuple[ProjectService, Path]) -> None:
    service, _ = project
    pm, eng, qa = (service.add_role(name, code) for name, code in
                   (("Product Manager", "PM"), ("Engineering", "ENG"), ("QA Lead", "QA")))
    act = service.add_activity("Release")
    service.set_cells({(act, eng): "C", (act, qa): "I"})
    service.set_note(act, eng, "asked in May")  # a note alone changes no letters
    service.set_cells({(act, pm): "A/R", (act, eng): "A"})
    service.set_cells({(act, qa): "A/I"})  # Shift+A: added to what was there
    assert service.letters_before([(act, pm), (act, eng), (act, qa)], "A") == {
        (act, pm): frozenset(), (act, eng): frozenset("C"), (act, qa): frozenset("I")}
    service.set_cells({(act, eng): "R"})
    assert service.letters_before([(act, eng)], "A") == {}  # holds no A now
    service.stop_edits("opened read-only")  # no fix applies: the history is not read
    assert service.letters_before([(act, pm)], "A") == {}


@pytest.mark.parametrize(("now", "entries", "expected"), [
    ("A", [("A (note: x)", "A"), ("A", "C")], "C"),
    ("A", [("A", "(note: x)")], ""),
    ("A", [("A", "C"), ("C", "A"), ("A", "I")], "C"),  # the last time it became A
    ("A/C", [("A", "R")], None),  # a gap: the entry left A, the cell holds A/C
    ("A/C", [("A/C", "Z")], None),  # letters of a scheme the project no longer uses
    ("A", [], None),
], ids=["note", "only a note before", "latest", "gap", "other scheme", "no entry"])
def test_letters_before_needs_the_whole_story(
        now: str, entries: list[tuple[str, str]], expected: str | None) -> None:
    from raci.history import Entry, Record, letters_before
    from raci.schemes import SCHEMES

    raci = SCHEMES["RACI"]
    records = [Record(i, "", "me", Entry("cell", "Release / ENG", old, new, 1, 2))
               for i, (new, old) in enumerate(entries)]
    found = letters_before(records, "A", raci.parse(now), raci)
    assert found == (None if expected is None else raci.parse(expected))


def test_earlier_letters_are_not_told_across_a_change_the_history_does_not_detail(
        project: tuple[ProjectService, Path]) -> None:
    service, _ = project
    pm, qa = service.add_role("Product Manager", "PM"), service.add_role("QA Lead", "QA")
    act = service.add_activity("Release")
    others = [service.add_activity(f"Step {i}") for i in range(CELL_ENTRIES)]
    service.set_cells({(act, qa): "I"})
    service.set_cells({(act, qa): "A"})
    service.set_cells({(act, pm): "A"})
    assert service.letters_before([(act, qa)], "A") == {(act, qa): frozenset("I")}
    # QA is deleted, and a new role takes its id; it gets its A with many cells at once
    service.delete_role(qa)
    quality = service.add_role("Quality", "QQ")
    assert quality == qa  # SQLite gives the id of the last row deleted again
    many = {(a, pm): frozenset("R") for a in others} | {(act, quality): frozenset("A")}
    service.set_cells(many)
    # the QA Lead's I is no letter Quality ever held (and what the change of many cells
    # did to PM's cell the history does not say either)
    assert service.letters_before([(act, pm), (act, quality)], "A") == {}
    # one cell: I -> A, then R and A again in changes of many cells
    service.set_cells({(act, quality): "I"})
    service.set_cells({(act, quality): "A"})
    assert service.letters_before([(act, quality)], "A") == {(act, quality): frozenset("I")}
    service.set_cells(many | {(act, quality): frozenset("R")})
    service.set_cells({cell: frozenset("C") for cell in many} | {(act, quality): frozenset("A")})
    assert service.letters_before([(act, quality)], "A") == {}  # it was R, not I



@pytest.mark.parametrize(("action", "activity_id", "role_id", "subject", "may"), [
    ("cells", None, None, "300 cells", True),  # many cells at once: which, it does not say
    ("template", None, None, "applied template Startup", True),
    ("import", None, None, "imported sheet 'RACI'", True),
    ("add role", None, 2, "QA", True),  # the role given back (an undo) or its id reused
    ("delete activity", 1, None, "Release", True),
    ("add role", None, 3, "Legal", False),  # another role
    ("delete activity", 4, None, "Audit", False),
    ("edit role", None, 2, "QA", False),  # a rename changes no letter
    ("settings", None, None, "project scheme", False),  # cells it re-letters have entries
    ("staffing", None, 2, "Ann / QA", False),
    ("rename phase", None, None, "Build", False),
], ids=lambda v: str(v))
def test_which_entries_may_change_a_cell_unrecorded(
        action: str, activity_id: int | None, role_id: int | None, subject: str,
        may: bool) -> None:
    from raci.history import Entry, may_change_cell

    entry = Entry(action, subject, "", "", activity_id, role_id)
    assert may_change_cell(entry, (1, 2)) is may


def test_no_file_appears_where_the_project_was_moved_from(
        project: tuple[ProjectService, Path]) -> None:
    service, path = project
    pm = service.add_role("Product Manager", "PM")
    act = service.add_activity("Release")
    service.set_cells({(act, pm): "C"})
    service.set_cells({(act, pm): "A"})
    moved = path.with_name("moved.raci")
    path.rename(moved)  # before the window's watch has noticed
    assert service.letters_before([(act, pm)], "A") == {}
    assert not path.exists()
    assert service.check_file() is not None  # the watch still has its message to give


def test_the_history_of_a_project_moved_away_is_refused_and_leaves_no_file(
        project: tuple[ProjectService, Path]) -> None:
    # the History panel's read, and any other connection made after the file went away
    service, path = project
    service.add_role("Product Manager", "PM")
    path.rename(path.with_name("moved.raci"))
    with pytest.raises(RaciError, match="the history cannot be read"):
        service.log()
    with pytest.raises(SQLAlchemyError):
        service.reload_state()
    assert not path.exists()
