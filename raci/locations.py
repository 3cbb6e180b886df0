"""Where a project lives: a ``.raci`` file or a PostgreSQL URL, behind one set of functions.

Everything that takes a project takes either. ``open_location`` and
``create_location`` choose the engine; ``copy_project`` moves a project between
a file and a server in either direction ("publish" and "work offline"),
keeping every role, person, activity, cell, note and the history.

Copies that involve a server are written from a snapshot as one operation
(the ids are kept, so the history still points at the right rows); a file to
a file uses SQLite's backup API.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from raci import db, history, server
from raci.errors import RaciError
from raci.operations import (
    AddActivities,
    AddPeople,
    AddPhases,
    AddRoles,
    Batch,
    CellValue,
    NewActivity,
    NewPerson,
    NewPhase,
    NewRole,
    Operation,
    ProjectSettings,
    SetProject,
)
from raci.project_files import build_project, check_replaceable
from raci.schemes import DEFAULT_SCHEME
from raci.service import ProjectService
from raci.state import ProjectState

is_url = server.is_url


def describe(location: str | Path) -> str:
    """A location as it may be shown (a server address without its password)."""
    if is_url(location):
        return server.ServerLocation.parse(str(location)).display
    return str(location)


def open_location(location: str | Path, read_only: bool = False,
                  password: str | None = None) -> ProjectService:
    """Open a project file or a server project."""
    if is_url(location):
        return ProjectService.open_server(server.ServerLocation.parse(str(location), password),
                                          read_only)
    return ProjectService.open(Path(location), read_only)


Progress = Callable[[int, int], None]
"""progress(step, total): called between the steps of a long copy; raising stops it there."""

LEFT_BEHIND = "what was copied could not be removed from the server"
"""The note added to the error of a server copy that stopped halfway and could not be undone
(the server went away too): the project's tables may still be there."""


def create_location(
    location: str | Path, name: str | None = None, scheme: str = DEFAULT_SCHEME,
    fill: Callable[[ProjectService], object] | None = None, overwrite: bool = False,
    password: str | None = None, progress: Progress | None = None,
) -> ProjectState:
    """Create a project at a file or on a server, filled by ``fill``; its final state.

    Nothing is left behind when filling fails (no file, no tables on the server), nor
    when ``progress`` raises between the steps of a server copy (a cancel): the tables
    made are removed, and an error whose removal failed has ``LEFT_BEHIND`` among its
    notes.
    """
    if not is_url(location):
        return build_project(Path(location), name, scheme, fill, overwrite)
    step = progress or (lambda _step, _total: None)
    where = server.ServerLocation.parse(str(location), password)
    default = where.project if where.project != "public" else where.url.database or "Project"
    step(0, 3)  # nothing made yet
    service = ProjectService.create_server(where, name or default, scheme)
    try:
        step(1, 3)  # the tables are made
        if fill is not None:
            fill(service)
        step(2, 3)  # and filled
        state = service.state()
    except BaseException as exc:
        service.close()
        if not server.drop(where):
            exc.add_note(f"{where.display}: {LEFT_BEHIND}")
        raise
    service.close()
    return state


def snapshot_operation(state: ProjectState) -> Operation:
    """One operation that rebuilds state in an empty project (ids, order, cells, notes)."""
    phases = AddPhases(tuple(NewPhase(p.name, id=p.id) for p in state.phases))
    roles = AddRoles(tuple(NewRole(r.name, r.code, r.description, id=r.id)
                           for r in state.roles))
    people = AddPeople(tuple(NewPerson(p.name, p.email, p.title, id=p.id, roles=p.roles)
                             for p in state.people))
    activities = AddActivities(tuple(
        NewActivity(a.name, a.phase_id, a.description, a.provenance, id=a.id, cells={
            role_id: CellValue(letters, state.note(a.id, role_id))
            for role_id, letters in state.grid.row(a.id).items()
        } | {
            role_id: CellValue(frozenset(), note)
            for (act_id, role_id), note in state.notes.items()
            if act_id == a.id and not state.letters(act_id, role_id)
        })
        for a in state.activities))
    settings = SetProject(ProjectSettings(state.name, state.scheme_id, state.thresholds))
    return Batch((settings, phases, roles, people, activities))


def write_file_copy(state: ProjectState, target: Path, origin: str) -> None:
    """Write a snapshot to a new project file (a server project saved locally)."""
    if target.exists():
        check_replaceable(target)

    def fill(service: ProjectService) -> None:
        service.load_copy(snapshot_operation(state), [], origin)
    build_project(target, state.name, state.scheme_id, fill, overwrite=True,
                  unwritten=db.not_written)


def copy_project(source: ProjectService, target: str | Path, overwrite: bool = False,
                 password: str | None = None) -> str:
    """Copy an open project to a file or a server; returns the target as it may be shown."""
    if not is_url(target) and source.session is None:
        source.save_copy(Path(target))
        return str(target)
    return Snapshot.of(source).write(target, overwrite, password)


@dataclass(frozen=True)
class Snapshot:
    """A project as read now, with its history, ready to be written to a new location: read
    where the project is open (its connection stays on that thread), written anywhere (a
    worker thread, while the window stays live). Plain values only: the immutable state,
    the history as a tuple of frozen records, and where it came from; writing it never
    goes back to the source."""

    state: ProjectState
    records: tuple[history.Record, ...]
    origin: str

    @classmethod
    def of(cls, source: ProjectService) -> Snapshot:
        """Read source's state and history now."""
        try:
            records = tuple(source.log(limit=10_000_000))
        except RaciError:
            records = ()  # the source is gone (a server that went away): the matrix copies
        return cls(source.state(), records, str(source.location))

    @property
    def name(self) -> str:
        """The project's name."""
        return self.state.name

    @property
    def scheme_id(self) -> str:
        """The project's letter scheme."""
        return self.state.scheme_id

    def fill(self, target: ProjectService) -> None:
        """Fill a new, empty project with this one, its history kept."""
        target.load_copy(snapshot_operation(self.state), self.records, self.origin)

    def write(self, target: str | Path, overwrite: bool = False, password: str | None = None,
              progress: Progress | None = None) -> str:
        """Create the copy at target (as ``create_location``: stopped by progress raising,
        nothing left behind); the target as it may be shown."""
        create_location(target, self.name, self.scheme_id, self.fill, overwrite, password,
                        progress)
        return describe(target)
