"""The one door that changes a project: every edit from the CLI or the app goes here.

Every change is a typed operation (:mod:`raci.operations`). ``apply(op)``
validates it against the current snapshot, writes it to the database in one
transaction, derives the next snapshot from the previous one (never re-reading
the file) and returns the inverse operation. The convenience methods
(``add_role``, ``set_cells``, ...) build an operation and apply it.

``transaction()`` groups several operations into one commit (a paste, an import,
applying a template) and records their combined inverse. Listeners registered
with ``subscribe`` learn what changed and which checks it can affect.

Changes made to the file by another process are noticed with SQLite's
``PRAGMA data_version`` (:meth:`ProjectService.sync`): the snapshot is re-read
and listeners get a ``reload`` change. Inverses carry what they expect to find,
so undoing over somebody else's change is refused instead of wiping it.
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from raci import db, history, server
from raci.checks import Scope
from raci.errors import ConflictError, LetterError, NotFoundError, RaciError
from raci.models import Base
from raci.operations import (
    ActivityFields,
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
    MoveActivity,
    MovePerson,
    MovePhase,
    MoveRole,
    NewActivity,
    NewPerson,
    NewPhase,
    NewRole,
    Operation,
    PersonFields,
    ProjectSettings,
    RenamePhase,
    RoleFields,
    SetCells,
    SetProject,
    SetStaffing,
    UpdateActivity,
    UpdatePerson,
    UpdateRole,
)
from raci.schemes import DEFAULT_SCHEME, convert_letters, get_scheme
from raci.state import (
    EMPTY,
    MAX_THRESHOLD,
    ActivityInfo,
    Cell,
    CellMap,
    PersonInfo,
    PhaseInfo,
    ProjectState,
    RoleInfo,
    Thresholds,
)
from raci.text import CODE_LIMIT, CONTROL, DESCRIPTION_LIMIT, EMAIL, clean_text
from raci.wording import counted

KEEP: Any = object()
"""Sentinel: leave this field as it is."""

GAP = 1 << 16
"""Distance between the position keys of neighbours: inserting rarely renumbers."""

HISTORY_LOOKBACK = 50
"""Entries of one cell read back to find what it held before it gained a letter."""

T = TypeVar("T", RoleInfo, PersonInfo, PhaseInfo, ActivityInfo)
R = TypeVar("R")
V = TypeVar("V")

_TABLES = Base.metadata.tables
PROJECT: Table = _TABLES["project"]
ROLE: Table = _TABLES["role"]
PERSON: Table = _TABLES["person"]
PHASE: Table = _TABLES["phase"]
ACTIVITY: Table = _TABLES["activity"]
ASSIGNMENT: Table = _TABLES["assignment"]
STAFFING: Table = _TABLES["staffing"]
CHANGE_LOG: Table = _TABLES["change_log"]
PRESENCE: Table = _TABLES["presence"]


@dataclass(frozen=True)
class Change:
    """What an edit changed: a short kind ('cell', 'role', ...) and the checks to re-run."""

    kind: str
    scope: Scope
    cells: tuple[Cell, ...] = ()


@dataclass
class _Pending:
    kinds: list[str] = field(default_factory=list)
    scope: Scope = field(default_factory=Scope)
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Recorded:
    """The combined inverse of the operations applied inside one ``transaction()``."""

    inverse: Operation = field(default_factory=Batch)


def free_code(code: str, taken: Iterable[str]) -> str:
    """The code, or the code with the first number from 2 up added, so that it is none of
    taken (compared without case)."""
    used = {t.casefold() for t in taken}
    new, n = code, 2
    while new.casefold() in used:
        new, n = f"{code}{n}", n + 1
    return new


def initials(name: str) -> str:
    """A short code from a role name: 'Technical Product Manager' -> 'TPM'."""
    acronym = re.search(r"\(([A-Z][A-Za-z0-9&]{1,9})\)", name)
    if acronym:
        found: str = acronym.group(1)
        return found
    words: list[str] = re.findall(r"[A-Za-z0-9]+", name)
    if not words:
        return "R"
    if len(words) == 1:
        return words[0][:3].upper()
    return "".join(w[0] for w in words).upper()[:8]


def _clean_note(note: str) -> str:
    text = note.strip()
    if CONTROL.search(text.replace("\t", " ").replace("\n", " ").replace("\r", " ")):
        raise RaciError("a cell note contains a control character; remove it")
    if len(text) > 10_000:
        raise RaciError("a cell note is longer than 10000 characters; shorten it")
    return text


def _letters_text(letters: frozenset[str], order: Sequence[str]) -> str:
    return "".join(c for c in order if c in letters)


def _between(lo: int | None, hi: int | None) -> int | None:
    """A key strictly between two neighbours' keys, or None when they touch."""
    if lo is None and hi is None:
        return 0
    if lo is None:
        assert hi is not None
        return hi - GAP
    if hi is None:
        return lo + GAP
    return (lo + hi) // 2 if hi - lo >= 2 else None


class ProjectService:
    """Opens one project and changes it on behalf of the CLI and the app."""

    def __init__(self, engine: Engine, path: Path | None = None,
                 session: server.Session | None = None) -> None:
        self.engine = engine
        self.path = path
        self.session = session
        """On a server: this program's session (who it is, its LISTEN connection)."""
        self.location = session.location.display if session else str(path or "the project")
        """The project's file or server address as it may be shown (never a password)."""
        self.who = session.user if session else _os_user()
        self._revision = 0
        self._saved_revision = 0
        self._log: list[history.Entry] = []
        self._conn: Connection = engine.connect()
        self._depth = 0
        self._listeners: list[Callable[[Change], None]] = []
        self._pending = _Pending()
        self._inverses: list[Operation] = []
        self._saved: ProjectState | None = None
        self._data_version = 0
        self._state = ProjectState()
        self._identity = _file_identity(path)
        self._stopped: str | None = None  # a passing stop: the file went away, no server
        self._held: str | None = None  # a standing one: read-only by choice, rights, a lock
        self._retry_at = 0.0
        self._rollback_journal: bool | None = None  # a file's journal, learnt on first read

    # --- files ------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, name: str | None = None, scheme: str = DEFAULT_SCHEME,
        fresh: bool = False,
    ) -> ProjectService:
        """Create a new project file and return a service for it.

        ``fresh``: path is an empty file the caller has just created exclusively.
        """
        scheme_id = get_scheme(scheme).id
        project_name = clean_text(name or path.stem, "The project name")
        engine = db.create_file(path, fresh)
        service = cls(engine, path)
        try:
            service._insert_settings(project_name, scheme_id)
        except BaseException:
            service.close()
            db.remove_file(path)
            raise
        return service

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> ProjectService:
        """Open an existing project file (checked and migrated first).

        ``read_only`` never writes to the file (a project another writer holds).
        """
        engine = db.open_file(path, read_only)
        service = cls(engine, path)
        try:
            service._load()
        except BaseException:
            service.close()
            raise
        return service

    @classmethod
    def open_server(cls, location: server.ServerLocation, read_only: bool = False
                    ) -> ProjectService:
        """Open a project on a PostgreSQL server (migrated first when older).

        A user the server lets only read opens it read-only, with the reason.
        """
        engine = server.open_engine(location)
        return cls._on_server(engine, location, read_only)

    @classmethod
    def create_server(cls, location: server.ServerLocation, name: str,
                      scheme: str = DEFAULT_SCHEME) -> ProjectService:
        """Create a new project on a server (its schema must hold none yet)."""
        scheme_id = get_scheme(scheme).id
        project_name = clean_text(name, "The project name")
        engine = server.create(location)
        try:
            service = cls._on_server(engine, location, False, load=False)
        except BaseException:
            server.drop(location)
            raise
        try:
            service._insert_settings(project_name, scheme_id)
        except BaseException:
            service.close()
            server.drop(location)
            raise
        return service

    @classmethod
    def _on_server(cls, engine: Engine, location: server.ServerLocation, read_only: bool,
                   load: bool = True) -> ProjectService:
        try:
            session = server.Session(engine, location)
        except Exception as exc:
            engine.dispose()
            if isinstance(exc, SQLAlchemyError):
                raise server.failure(location, exc, "open the project") from exc
            raise RaciError(f"{location.display}: cannot listen for changes "
                            f"({str(exc).splitlines()[0] if str(exc) else exc!r})") from exc
        service = cls(engine, None, session)
        try:
            if load:
                service._load()
            if read_only or not session.writable:
                why = ("opened read-only" if read_only else
                       f"the server lets {session.user} only read it; opened read-only")
                service.stop_edits(f"{location.display}: {why}")
            service.heartbeat()
        except BaseException:
            service.close()
            raise
        return service

    @classmethod
    def in_memory(cls, name: str = "Untitled", scheme: str = DEFAULT_SCHEME) -> ProjectService:
        """A throwaway project in memory (previews, tests, imports before saving)."""
        from sqlalchemy.pool import StaticPool

        engine = db.create_engine_memory(StaticPool)
        db.upgrade(engine)
        service = cls(engine, None)
        service._insert_settings(name, get_scheme(scheme).id)
        return service

    def _insert_settings(self, name: str, scheme_id: str) -> None:
        t = Thresholds()
        try:
            with self._conn.begin():
                self._conn.execute(insert(PROJECT).values(
                    id=1, name=name, scheme=scheme_id, overload_threshold=t.overload,
                    max_responsible=t.max_responsible, max_consulted=t.max_consulted,
                ))
        except SQLAlchemyError as exc:
            raise RaciError(f"the project could not be created ({db.reason(exc)})") from exc
        self._load()

    def close(self) -> None:
        """Close the connection and release the file (on a server: leave and stop listening)."""
        try:
            if self.session is not None:
                with suppress(SQLAlchemyError):
                    if self._conn.in_transaction():
                        self._conn.rollback()
                    with self._conn.begin():
                        self._conn.execute(delete(PRESENCE).where(
                            PRESENCE.c.session == self.session.id))
                self.session.close()
            self._conn.close()
        finally:
            self.engine.dispose()

    # --- a server: who else is here, what happened ------------------------------------

    @property
    def revision(self) -> int:
        """The project's revision the snapshot shows (counts commits; numbers the history)."""
        return self._revision

    def heartbeat(self) -> None:
        """On a server, tell others this program still has the project open."""
        if self.session is None or self._depth:
            return
        s = self.session
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
            with self._conn.begin():
                self._conn.execute(text(
                    "INSERT INTO presence (session, who, host, since, seen) "
                    "VALUES (:s, :w, :h, now(), now()) "
                    "ON CONFLICT (session) DO UPDATE SET seen = now()"),
                    {"s": s.id, "w": s.user, "h": s.host})
                # Sessions that ended without leaving (a crash, a lost network) expire.
                self._conn.execute(text(
                    "DELETE FROM presence WHERE seen < now() - interval '1 day'"))
        except SQLAlchemyError:
            # A user the server lets only read cannot announce itself: not an error.
            with suppress(SQLAlchemyError):
                self._conn.rollback()

    def others(self) -> list[tuple[str, str]]:
        """Who else has this server project open: (user, host), seen recently."""
        if self.session is None or self._depth:
            return []
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
            with self._conn.begin():
                rows = self._conn.execute(text(
                    "SELECT who, host FROM presence WHERE session != :s AND "
                    f"seen > now() - interval '{server.PRESENCE_SECONDS} seconds' "
                    "ORDER BY since"), {"s": self.session.id}).all()
        except SQLAlchemyError as exc:
            raise self._lost(exc) from exc
        return [(r.who, r.host) for r in rows]

    def log(self, *, activity_id: int | None = None, role_id: int | None = None,
            person_id: int | None = None, limit: int = 1000) -> list[history.Record]:
        """The project's history, newest first, optionally about one activity, role or person."""
        try:
            with self.engine.connect() as conn:
                return history.read_log(conn, activity_id=activity_id, role_id=role_id,
                                        person_id=person_id, limit=limit)
        except SQLAlchemyError as exc:
            raise RaciError(f"{self.location}: the history cannot be read "
                            f"({db.reason(exc)})") from exc

    def letters_before(self, cells: Iterable[Cell], letter: str) -> dict[Cell, frozenset[str]]:
        """For each cell holding letter, the letters it held before it last gained it,
        where the history tells that whole (``history.letters_before``: no change of
        many cells, template, import, scheme switch, or deletion or re-adding of its
        role or activity since, which could have changed it unrecorded); the others are
        left out, as are all when the history cannot be read (a quick fix then falls
        back on its rule). Nothing is asked while edits are stopped (a server gone would
        keep the caller waiting, and no fix can be applied then)."""
        state = self._state
        known: dict[Cell, frozenset[str]] = {}
        if self.stopped is not None or self.file_problem() is not None:
            # (a file moved away since the watch last looked: connecting to its path
            # would leave a new, empty database there)
            return known
        try:
            with self.engine.connect() as conn:
                for act_id, role_id in cells:
                    now = state.letters(act_id, role_id)
                    if letter not in now:
                        continue
                    records = history.read_log(conn, activity_id=act_id, role_id=role_id,
                                               action="cell", limit=HISTORY_LOOKBACK)
                    if not records:
                        continue
                    others = history.entries_since(conn, records[-1].revision,
                                                   (act_id, role_id))
                    before = history.letters_before(records, letter, now, state.scheme,
                                                    others)
                    if before is not None:
                        known[(act_id, role_id)] = before
        except SQLAlchemyError:
            return {}
        return known

    def _lost(self, exc: SQLAlchemyError) -> RaciError:
        """The error for a server that stopped answering; edits stop so nothing is lost."""
        if self.session is not None and _connection_lost(exc):
            self._stopped = (
                f"{self.location}: {UNREACHABLE} ({db.reason(exc)}); edits are stopped so "
                f"nothing is lost until it answers again. {RESCUE}")
            self._retry_at = time.monotonic()
            return RaciError(self._stopped)
        return RaciError(f"{self.location}: {db.reason(exc)}")

    def save_copy(self, target: Path) -> None:
        """Write a copy of the project to target (SQLite backup API, from this connection).

        A server project is written from the snapshot in memory, so a copy can
        still be saved after the server went away.
        """
        if self.session is not None:
            from raci.locations import write_file_copy

            write_file_copy(self._state, target, self.location)
            return
        driver = self._conn.connection.driver_connection
        db.backup(self.engine, target,
                  driver if isinstance(driver, sqlite3.Connection) else None)

    # --- reading the file -------------------------------------------------------------

    def _load(self) -> None:
        """Read the whole project once, with plain SQL, into a new snapshot."""
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
            self._data_version = self._read_data_version()
            self._conn.rollback()
            self._state, self._revision = self._consistently(
                self._conn, lambda: self._read_state(self._conn))
        except SQLAlchemyError as exc:
            raise RaciError(f"{self.location}: cannot be read ({db.reason(exc)})") from exc

    def _consistently(self, conn: Connection, read: Callable[[], R]) -> R:
        """``read()`` seeing one committed state of every table.

        Inside ``_snapshot`` as a rule. A file under a rollback journal (network
        shares) is read without one, as a writer could not commit until the last
        statement of the read ended: the project's revision is compared before and
        after, and a read that a commit overlapped is done again (the snapshot in
        memory put back first), holding the lock only as a last resort.
        """
        if conn.dialect.name == "sqlite" and self._rollback_journal is None:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            conn.rollback()
            self._rollback_journal = str(mode).lower() != "wal"
        if conn.dialect.name == "sqlite" and self._rollback_journal:
            saved = self._state, self._revision
            query = select(PROJECT.c.revision).where(PROJECT.c.id == 1)
            for _attempt in range(OPTIMISTIC_READS):
                try:
                    before = conn.execute(query).scalar()
                    result = read()
                    after = conn.execute(query).scalar()
                except LookupError:  # a row whose parent a commit just removed
                    after, before = None, 0
                conn.rollback()
                if after == before:
                    return result
                self._state, self._revision = saved
        with _snapshot(conn):
            return read()

    def _read_data_version(self) -> int:
        if self.engine.dialect.name != "sqlite":
            return 0
        value = self._conn.exec_driver_sql("PRAGMA data_version").scalar()
        return int(value or 0)

    def _read_state(self, conn: Connection) -> tuple[ProjectState, int]:
        """The project as ``conn`` sees it, and the revision it was read at.

        Outside a writer's lock, read inside ``_snapshot`` so that every table is
        read at the same commit.
        """
        project = conn.execute(select(PROJECT).where(PROJECT.c.id == 1)).first()
        if project is None:
            raise RaciError(
                f"{self.location}: the project settings row is missing; the file is damaged")
        scheme = get_scheme(project.scheme)
        roles = sorted(conn.execute(select(ROLE.c.id, ROLE.c.name, ROLE.c.code,
                                           ROLE.c.description, ROLE.c.position)),
                       key=lambda r: (r.position, r.id))
        people = sorted(conn.execute(select(PERSON.c.id, PERSON.c.name, PERSON.c.email,
                                            PERSON.c.title, PERSON.c.position)),
                        key=lambda r: (r.position, r.id))
        phases = tuple(
            PhaseInfo(r.id, r.name, r.position)
            for r in sorted(conn.execute(select(PHASE.c.id, PHASE.c.name, PHASE.c.position)),
                            key=lambda r: (r.position, r.id))
        )
        role_order = {r.id: i for i, r in enumerate(roles)}
        person_order = {p.id: i for i, p in enumerate(people)}
        by_role: dict[int, list[int]] = {r.id: [] for r in roles}
        by_person: dict[int, list[int]] = {p.id: [] for p in people}
        for person_id, role_id in conn.execute(select(STAFFING.c.person_id, STAFFING.c.role_id)):
            by_role[role_id].append(person_id)
            by_person[person_id].append(role_id)
        phase_by_id = {p.id: p for p in phases}
        activities = [
            ActivityInfo(a.id, a.name, phase_by_id[a.phase_id].name if a.phase_id else "",
                         a.description, a.provenance, a.phase_id, a.position)
            for a in conn.execute(select(ACTIVITY))
        ]
        rows, notes = _read_cells(conn)
        return ProjectState(
            name=project.name,
            scheme_id=scheme.id,
            thresholds=Thresholds(project.overload_threshold, project.max_responsible,
                                  project.max_consulted),
            roles=tuple(
                RoleInfo(r.id, r.name, r.code, r.description,
                         tuple(sorted(by_role[r.id], key=person_order.__getitem__)), r.position)
                for r in roles
            ),
            people=tuple(
                PersonInfo(p.id, p.name, p.email, p.title,
                           tuple(sorted(by_person[p.id], key=role_order.__getitem__)),
                           p.position)
                for p in people
            ),
            activities=_sort_activities(activities, phase_by_id),
            cells=CellMap(rows),
            notes=MappingProxyType(notes),
            phases=phases,
        ), int(project.revision or 0)

    def reload_state(self) -> ProjectState:
        """A snapshot read afresh from the file (what the patched snapshot must equal)."""
        with self.engine.connect() as conn:
            return self._consistently(conn, lambda: self._read_state(conn))[0]

    def sync(self) -> bool:
        """Re-read the project if another process changed it; True when it did.

        Listeners get a ``reload`` change that covers everything. On a server,
        another session's commit is learnt from its NOTIFY (no query is sent
        unless one arrived).
        """
        if self._depth:
            return False
        if self.session is not None:
            return self._sync_server()
        if self.engine.dialect.name != "sqlite":
            return False
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
            version = self._read_data_version()
            self._conn.rollback()
        except SQLAlchemyError as exc:
            raise RaciError(f"{self.path}: cannot be read ({db.reason(exc)})") from exc
        if version == self._data_version:
            return False
        try:
            # The version read above is at most as new as the snapshot below: a
            # commit in between is caught up again by the next look.
            change = self._consistently(
                self._conn, lambda: self._catch_up(self._conn, changed=True))
            self._data_version = version
        except SQLAlchemyError as exc:
            raise RaciError(f"{self.path}: cannot be read ({db.reason(exc)})") from exc
        if change is not None:
            self._notify(change)
        return True

    def _catch_up(self, conn: Connection, changed: bool = False, lock: bool = False
                  ) -> Change | None:
        """Bring the snapshot up to the committed project; the change to announce, if any.

        When every commit since ours only changed cells (the history says which),
        just those cells are read again; anything else re-reads the project.
        ``changed``: the database is known to have changed even if the revision
        did not (a writer that keeps no history). ``lock``: take the writers' lock
        on the project row while reading its revision (on a server).
        """
        query = select(PROJECT.c.revision).where(PROJECT.c.id == 1)
        revision = int(conn.execute(query.with_for_update() if lock else query).scalar() or 0)
        if revision == self._revision and not changed:
            return None
        found = None if revision == self._revision else self._patch_from_log(conn, revision)
        if found is None:
            self._state, self._revision = self._read_state(conn)
            return Change("reload", Scope(everything=True))
        return found

    def _patch_from_log(self, conn: Connection, revision: int) -> Change | None:
        """Re-read only the cells the commits since ours changed (None: re-read everything)."""
        rows = conn.execute(select(CHANGE_LOG.c.revision, CHANGE_LOG.c.action,
                                   CHANGE_LOG.c.activity_id, CHANGE_LOG.c.role_id).where(
            CHANGE_LOG.c.revision > self._revision, CHANGE_LOG.c.revision <= revision)).all()
        if len({r.revision for r in rows}) != revision - self._revision:
            return None  # a commit left no history (or a copy renumbered it)
        if any(r.action != "cell" or r.activity_id is None or r.role_id is None for r in rows):
            return None
        keys = {(r.activity_id, r.role_id) for r in rows}
        state = self._state
        if len(keys) > 5_000 or any(not state.has_activity(a) or not state.has_role(r)
                                    for a, r in keys):
            return None
        acts = {a for a, _ in keys}
        roles = {r for _, r in keys}
        values = dict.fromkeys(keys, CellValue())
        for a, r, letters, note in conn.execute(
                select(ASSIGNMENT.c.activity_id, ASSIGNMENT.c.role_id, ASSIGNMENT.c.letters,
                       ASSIGNMENT.c.note).where(ASSIGNMENT.c.activity_id.in_(acts),
                                                ASSIGNMENT.c.role_id.in_(roles))):
            if (a, r) in values:
                values[(a, r)] = CellValue(frozenset(letters), note)
        self._patch_cells(values)
        self._revision = revision
        people = {p for r in roles for p in self._state.role(r).people}
        return Change("cell", Scope(acts, roles, people), tuple(sorted(keys)))

    def _sync_server(self) -> bool:
        assert self.session is not None
        if self.unreachable:
            return self._reconnect()
        try:
            newer = [r for r in self.session.announcements() if r > self._revision]
        except Exception as exc:  # noqa: BLE001 - psycopg's own errors: the connection broke
            try:
                # The listening connection alone may have dropped (an idle timeout, a
                # restarted server): listen again and look at the revision itself.
                self.session.listen()
                newer = [self._revision + 1]
            except Exception:  # noqa: BLE001 - the server is gone
                self._stopped = (
                    f"{self.location}: {UNREACHABLE} "
                    f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__}); edits "
                    f"are stopped so nothing is lost until it answers again. {RESCUE}")
                self._retry_at = time.monotonic()
                return False
        if not newer:
            return False
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
            with _snapshot(self._conn):
                change = self._catch_up(self._conn)
        except SQLAlchemyError as exc:
            error = self._lost(exc)
            if self.unreachable:
                return False
            raise error from exc
        if change is None:
            return False
        self._notify(change)
        return True

    @property
    def unreachable(self) -> bool:
        """True while the server of a shared project does not answer (edits are stopped)."""
        return self.session is not None and UNREACHABLE in (self._stopped or "")

    def _reconnect(self) -> bool:
        """Try the server again (every few seconds); on success, re-read and allow edits."""
        assert self.session is not None
        now = time.monotonic()
        if now - self._retry_at < server.PING_SECONDS:
            return False
        self._retry_at = now
        try:
            self.session.listen()
            with suppress(SQLAlchemyError):
                self._conn.rollback()
            # The old connection died with the server; a new one is made on first use.
            self._conn.invalidate()
            with _snapshot(self._conn):
                change = self._catch_up(self._conn, changed=True)
        except Exception:  # noqa: BLE001 - still gone: try again later
            with suppress(Exception):
                self._conn.rollback()
            return False
        self._stopped = None
        self._notify(change or Change("reload", Scope(everything=True)))
        return True

    # --- the file itself --------------------------------------------------------------

    @property
    def stopped(self) -> str | None:
        """Why edits are refused (the file went away, the server does not answer, the
        project is read-only), or None."""
        return self._stopped or self._held

    def stop_edits(self, reason: str) -> None:
        """Refuse every edit from now on, with this reason (a project held by another writer,
        opened read-only): it outlasts a server going away and coming back."""
        self._held = reason

    def file_problem(self) -> str | None:
        """What happened to the project file since it was opened, or None when it is fine."""
        if self.path is None:
            return None
        try:
            identity = _file_identity(self.path)
        except OSError as exc:
            return f"cannot be checked ({exc.strerror})"
        if identity is None:
            return "was deleted, renamed or moved away"
        if identity != self._identity:
            return "was replaced by another file"
        try:
            writable = bool(os.stat(self.path).st_mode & 0o222) and os.access(self.path, os.W_OK)
        except OSError:
            writable = False
        if not writable:
            return "was made read-only"
        return None

    def check_file(self) -> str | None:
        """Stop edits when the file went away or became read-only; the message, once.

        What was saved is flushed into the file the open connection still holds
        (a renamed or moved file keeps every edit), and the snapshot in memory
        stays complete, so ``save_copy`` can still write all of it elsewhere.
        """
        if self.stopped is not None:
            return None
        problem = self.file_problem()
        if problem is None:
            return None
        self._stopped = (
            f"{self.path}: the project file {problem}; edits are stopped so nothing is lost. "
            "Use File > Save As to go on working in another file, or Save a Copy As to "
            "keep a copy"
        )
        with suppress(SQLAlchemyError):
            if self._conn.in_transaction():
                self._conn.rollback()
            self._conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.rollback()
        return self._stopped

    # --- change plumbing --------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call listener after each committed change; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def transaction(self, summary: tuple[str, str] | None = None) -> Iterator[Recorded]:
        """Group edits into one commit; on error, nothing of the group is kept.

        The yielded record holds, once the block ends, the inverse of everything
        applied inside it (one undo step). ``summary`` (action, subject) records
        the whole group as one history entry with counts (a template applied, a
        workbook imported) instead of an entry per cell.
        """
        outer = self._depth == 0
        if outer:
            self.check_file()
            if self.stopped is not None:
                raise RaciError(self.stopped)
            caught_up = self._begin()
            self._saved = self._state
            self._saved_revision = self._revision
            self._pending = _Pending()
            self._inverses = []
            self._log = []
            if caught_up is not None:
                self._notify(caught_up)
        start = len(self._inverses)
        logged = len(self._log)
        record = Recorded()
        self._depth += 1
        try:
            yield record
        except BaseException as exc:
            self._depth -= 1
            if outer:
                self._abort()
            if isinstance(exc, SQLAlchemyError):
                if self.session is not None:
                    raise self._lost(exc) from exc
                raise RaciError(f"the change could not be saved ({db.reason(exc)})") from exc
            raise
        self._depth -= 1
        record.inverse = Batch(tuple(reversed(self._inverses[start:])))
        if summary is not None and len(self._log) > logged:
            self._log[logged:] = [history.summarise(*summary, self._log[logged:])]
        if not outer:
            return
        try:
            if self._log:
                self._record_history()
            self._conn.commit()
        except SQLAlchemyError as exc:
            self._abort()
            if self.session is not None:
                raise self._lost(exc) from exc
            raise RaciError(f"the change could not be saved ({db.reason(exc)})") from exc
        pending, self._pending = self._pending, _Pending()
        self._saved = None
        if pending.kinds:
            kind = pending.kinds[0] if len(set(pending.kinds)) == 1 else "bulk"
            self._notify(Change(kind, pending.scope, tuple(dict.fromkeys(pending.cells))))

    def _abort(self) -> None:
        with suppress(SQLAlchemyError):
            self._conn.rollback()
        if self._saved is not None:
            self._state = self._saved
            self._revision = self._saved_revision
        self._saved = None
        self._pending = _Pending()
        self._log = []

    def _record_history(self) -> None:
        """Number this commit, write its history, and (on a server) announce it."""
        revision = self._conn.execute(
            update(PROJECT).where(PROJECT.c.id == 1).values(revision=PROJECT.c.revision + 1)
            .returning(PROJECT.c.revision)).scalar_one()
        at = datetime.now(UTC).isoformat(timespec="seconds")
        entries = history.condense(self._log)
        rows = [{"revision": revision, "at": at, "who": self.who, "action": e.action,
                 "subject": e.subject[:2000], "old": e.old[:2000], "new": e.new[:2000],
                 "activity_id": e.activity_id, "role_id": e.role_id, "person_id": e.person_id}
                for e in entries]
        self._conn.execute(insert(CHANGE_LOG), rows)
        if self.session is not None:
            self.session.announce(self._conn, revision, [e.action for e in entries])
        self._revision = revision
        self._log = []

    def _changed(self, kind: str, scope: Scope, cells: Iterable[Cell] = ()) -> None:
        self._pending.kinds.append(kind)
        self._pending.scope = self._pending.scope | scope
        self._pending.cells.extend(cells)

    def _begin(self) -> Change | None:
        """Open the writing transaction; what others committed since, caught up.

        A server connection that was cut while idle (a server restart, a proxy, an
        administrator) is only noticed here, before anything was written: it is
        replaced once before the server is said to be unreachable.
        """
        for attempt in (1, 2):
            try:
                if self._conn.in_transaction():
                    self._conn.rollback()
                self._conn.begin()
                if self.engine.dialect.name == "sqlite":
                    # Take the write lock first, then look again: nobody can commit
                    # between this check and our commit.
                    self._conn.exec_driver_sql("BEGIN IMMEDIATE")
                    version = self._read_data_version()
                    caught_up = None
                    if version != self._data_version:
                        caught_up = self._catch_up(self._conn, changed=True)
                        self._data_version = version
                    return caught_up
                # The project row is the writers' lock on a server: taken first, it
                # orders commits, and its revision tells whether others committed.
                return self._catch_up(self._conn, lock=True)
            except SQLAlchemyError as exc:
                with suppress(SQLAlchemyError):
                    self._conn.rollback()
                if self.session is None:
                    raise RaciError(f"the change could not be saved ({db.reason(exc)})") \
                        from exc
                if attempt == 1 and _connection_lost(exc):
                    with suppress(SQLAlchemyError):
                        self._conn.invalidate()  # a new connection on next use
                    continue
                raise self._lost(exc) from exc
        raise AssertionError("unreachable")

    def apply(self, op: Operation) -> Operation:
        """Carry out an operation in one transaction; returns its inverse."""
        with self.transaction():
            before = self._state
            inverse = self._apply(op)
            self._inverses.append(inverse)
            self._log.extend(history.describe(op, inverse, before, self._state))
        return inverse

    def load_copy(self, op: Operation, records: Sequence[history.Record], origin: str) -> None:
        """Fill a new, empty project with op, keeping another project's history instead.

        Used by copies between a file and a server: the copy's history is the
        original's, not a list of everything being added.
        """
        with self.transaction():
            self._inverses.append(self._apply(op))
            rows = [{"revision": r.revision, "at": r.at, "who": r.who,
                     "action": r.entry.action, "subject": r.entry.subject,
                     "old": r.entry.old, "new": r.entry.new,
                     "activity_id": r.entry.activity_id, "role_id": r.entry.role_id,
                     "person_id": r.entry.person_id} for r in reversed(records)]
            if rows:
                self._exec(insert(CHANGE_LOG), rows)
            newest = max((r.revision for r in records), default=0)
            self._exec(update(PROJECT).where(PROJECT.c.id == 1).values(revision=newest))
            self._revision = newest
            self._log = [history.Entry("copy", "project", "", f"copied from {origin}")]

    def _apply(self, op: Operation) -> Operation:
        handler = _HANDLERS.get(type(op))
        if handler is None:
            raise TypeError(f"unknown operation {type(op).__name__}")
        return handler(self, op)

    def _exec(self, statement: Any, rows: Sequence[Mapping[str, Any]] | None = None) -> Any:
        if rows is not None and not rows:
            return None
        return self._conn.execute(statement, rows) if rows is not None else self._conn.execute(
            statement)

    # --- reading ----------------------------------------------------------------------

    def state(self) -> ProjectState:
        """An immutable snapshot of the whole project (patched after every change)."""
        return self._state

    def roles(self) -> tuple[RoleInfo, ...]:
        """Roles in column order."""
        return self._state.roles

    def people(self) -> tuple[PersonInfo, ...]:
        """People in list order."""
        return self._state.people

    def phases(self) -> tuple[PhaseInfo, ...]:
        """Phases in order."""
        return self._state.phases

    def activities(self) -> tuple[ActivityInfo, ...]:
        """Activities in display order: grouped by phase, unphased last."""
        return self._state.activities

    # --- look-ups by name -------------------------------------------------------------

    def find_role(self, name_or_code: str) -> RoleInfo:
        """A role by name or code, case-insensitive."""
        key = name_or_code.strip().casefold()
        for role in self._state.roles:
            if key in (role.name.casefold(), role.code.casefold()):
                return role
        known = ", ".join(r.label for r in self._state.roles) or "none yet"
        raise NotFoundError(f"no role named {name_or_code!r}; roles: {known}")

    def find_person(self, name: str) -> PersonInfo:
        """A person by name, case-insensitive."""
        key = name.strip().casefold()
        for person in self._state.people:
            if person.name.casefold() == key:
                return person
        raise NotFoundError(f"no person named {name!r}; add them with 'raci person add'")

    def find_activity(self, name: str) -> ActivityInfo:
        """An activity by name (case-insensitive) or by its row number (1-based, or '#3').

        A number that is both an activity's name and another row's number is
        refused as ambiguous ('#3' always means the row).
        """
        acts = self._state.activities
        key = name.strip().casefold()
        if key.startswith("#") and key[1:].isdigit():
            if 1 <= int(key[1:]) <= len(acts):
                return acts[int(key[1:]) - 1]
            raise NotFoundError(
                f"there is no row {key}; the matrix has {counted(len(acts), 'row')}")
        matches = [a for a in acts if a.name.casefold() == key]
        row = acts[int(key) - 1] if key.isdigit() and 1 <= int(key) <= len(acts) else None
        if len(matches) == 1:
            if row is not None and row.id != matches[0].id:
                raise NotFoundError(
                    f"{name!r} is the name of one activity and the number of row {int(key)} "
                    f"({row.name!r}); write #{int(key)} for the row, or rename the activity")
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(
                f"{len(matches)} activities are named {name!r}; use the row number instead "
                "(#3 for row 3)")
        if row is not None:
            return row
        raise NotFoundError(f"no activity named {name!r}; add it with 'raci activity add'")

    def find_phase(self, name: str) -> PhaseInfo | None:
        """A phase by name, case-insensitive, or None."""
        key = name.strip().casefold()
        return next((p for p in self._state.phases if p.name.casefold() == key), None)

    def _role(self, role_id: int) -> RoleInfo:
        if not self._state.has_role(role_id):
            raise NotFoundError(f"role #{role_id} no longer exists")
        return self._state.role(role_id)

    def _person(self, person_id: int) -> PersonInfo:
        if not self._state.has_person(person_id):
            raise NotFoundError(f"person #{person_id} no longer exists")
        return self._state.person(person_id)

    def _phase(self, phase_id: int) -> PhaseInfo:
        if not self._state.has_phase(phase_id):
            raise NotFoundError(f"phase #{phase_id} no longer exists")
        return self._state.phase(phase_id)

    def _activity(self, activity_id: int) -> ActivityInfo:
        if not self._state.has_activity(activity_id):
            raise NotFoundError(f"activity #{activity_id} no longer exists")
        return self._state.activity(activity_id)

    # --- convenience: project settings ------------------------------------------------

    def settings(self) -> ProjectSettings:
        """The current project settings."""
        s = self._state
        return ProjectSettings(s.name, s.scheme_id, s.thresholds)

    def rename_project(self, name: str) -> str:
        """Rename the project; returns the old name."""
        old = self._state.name
        self.apply(SetProject(replace(self.settings(), name=name), self.settings()))
        return old

    def set_thresholds(
        self, overload: int | None = None, max_responsible: int | None = None,
        max_consulted: int | None = None,
    ) -> Thresholds:
        """Change check thresholds; returns the old ones."""
        old = self._state.thresholds
        new = Thresholds(
            old.overload if overload is None else overload,
            old.max_responsible if max_responsible is None else max_responsible,
            old.max_consulted if max_consulted is None else max_consulted,
        )
        self.apply(SetProject(replace(self.settings(), thresholds=new), self.settings()))
        return old

    def scheme_conversion(self, scheme: str) -> dict[Cell, frozenset[str]]:
        """New letters of every cell under another scheme, or an error saying why not."""
        target = get_scheme(scheme)
        state = self._state
        source = state.scheme
        out: dict[Cell, frozenset[str]] = {}
        for (act_id, role_id), letters in state.cells.items():
            converted = convert_letters(letters, source, target)
            if converted is None:
                lost = sorted(set(letters) - {source.owner, source.doer} - set(target.codes))
                raise LetterError(
                    f"cannot switch to {target.id}: '{state.activity(act_id).name}' / "
                    f"{state.role(role_id).code} uses {', '.join(lost)}, which {target.id} "
                    f"does not have; change those cells first"
                )
            out[(act_id, role_id)] = converted
        return out

    def scheme_operation(self, scheme: str) -> SetProject:
        """The operation that switches the scheme and maps every cell."""
        mapping = self.scheme_conversion(scheme)
        target = get_scheme(scheme)
        state = self._state
        cells = {key: CellValue(letters, state.note(*key)) for key, letters in mapping.items()
                 if letters != state.letters(*key)}
        return SetProject(replace(self.settings(), scheme=target.id), self.settings(),
                          cells=MappingProxyType(cells),
                          cells_expect=MappingProxyType(
                              {key: self.cell_value(*key) for key in cells}))

    def settings_update(self, name: str, scheme: str, thresholds: Thresholds,
                        seen: ProjectSettings | None = None) -> SetProject:
        """The operation that changes the settings (mapping every cell on a scheme switch).

        ``seen`` is what the form showed when it opened: a field left as it was takes
        today's value (another writer's change to it stays), and a field changed here
        that someone else changed meanwhile is a conflict, not an overwrite.
        """
        if seen is not None:
            self.sync()  # today's values for the fields the form left alone
        current = self.settings()
        seen = seen or current
        target = get_scheme(scheme).id

        def pick(mine: V, shown: V, now: V) -> tuple[V, V]:
            """The value to write and the one to expect, for one field."""
            return (now, now) if mine == shown else (mine, shown)

        name, name_expect = pick(name, seen.name, current.name)
        target, scheme_expect = pick(target, seen.scheme, current.scheme)
        mine, shown, now = thresholds, seen.thresholds, current.thresholds
        limits = [pick(getattr(mine, f), getattr(shown, f), getattr(now, f))
                  for f in ("overload", "max_responsible", "max_consulted")]
        settings = ProjectSettings(name, target, Thresholds(*(v for v, _ in limits)))
        expect = ProjectSettings(name_expect, scheme_expect,
                                 Thresholds(*(e for _, e in limits)))
        if target != current.scheme:
            op = self.scheme_operation(target)
            return SetProject(settings, expect, op.cells, op.cells_expect)
        return SetProject(settings, expect)

    def set_scheme(self, scheme: str) -> str:
        """Switch the letter scheme, mapping every cell; returns the old scheme id."""
        old = self._state.scheme_id
        self.apply(self.scheme_operation(scheme))
        return old

    # --- convenience: roles -----------------------------------------------------------

    def unique_code(self, code: str, ignore: int | None = None) -> str:
        """The code, or the code with a number added, so that no other role uses it."""
        return free_code(code, {r.code for r in self._state.roles if r.id != ignore})

    def add_role(
        self, name: str, code: str | None = None, description: str = "",
        position: int | None = None, role_id: int | None = None,
    ) -> int:
        """Add a role column (at the end unless position is given); returns its id."""
        name = clean_text(name, "A role name")
        code = code if code else self.unique_code(initials(name))
        inverse = self.apply(AddRoles((NewRole(name, code, description, role_id, position),)))
        assert isinstance(inverse, DeleteRoles)
        return inverse.ids[0]

    def role_update(
        self, role_id: int, name: str = KEEP, code: str = KEEP, description: str = KEEP
    ) -> UpdateRole:
        """The operation that changes some of a role's fields."""
        role = self._role(role_id)
        return UpdateRole(role_id, RoleFields(
            role.name if name is KEEP else name,
            role.code if code is KEEP else code,
            role.description if description is KEEP else description,
        ), RoleFields(role.name, role.code, role.description))

    def update_role(
        self, role_id: int, name: str = KEEP, code: str = KEEP, description: str = KEEP
    ) -> dict[str, str]:
        """Change a role's fields; returns the old values of the fields changed."""
        role = self._role(role_id)
        old = {"name": role.name, "code": role.code, "description": role.description}
        self.apply(self.role_update(role_id, name, code, description))
        return old

    def roles_deletion(self, ids: Sequence[int]) -> DeleteRoles:
        """The operation that deletes these roles as they are now (refused if filled since)."""
        s = self._state
        return DeleteRoles(tuple(ids), MappingProxyType({
            role_id: _cells_of(s, s.grid.column(role_id), role_id, by_role=True)
            for role_id in ids}))

    def delete_role(self, role_id: int) -> Operation:
        """Delete a role and its cells; returns the operation that restores it."""
        return self.apply(self.roles_deletion((role_id,)))

    def move_role(self, role_id: int, index: int) -> int:
        """Move a role column to index; returns its old index."""
        old = self._state.role_index[self._role(role_id).id]
        self.apply(MoveRole(role_id, index))
        return old

    # --- convenience: people ----------------------------------------------------------

    def add_person(
        self, name: str, email: str = "", title: str = "", roles: Iterable[int] = (),
        position: int | None = None, person_id: int | None = None,
    ) -> int:
        """Add a person, optionally staffed in roles; returns their id."""
        inverse = self.apply(AddPeople((NewPerson(name, email, title, person_id, position,
                                                  tuple(roles)),)))
        assert isinstance(inverse, DeletePeople)
        return inverse.ids[0]

    def person_update(
        self, person_id: int, name: str = KEEP, email: str = KEEP, title: str = KEEP
    ) -> UpdatePerson:
        """The operation that changes some of a person's fields."""
        p = self._person(person_id)
        return UpdatePerson(person_id, PersonFields(
            p.name if name is KEEP else name,
            p.email if email is KEEP else email,
            p.title if title is KEEP else title,
        ), PersonFields(p.name, p.email, p.title))

    def update_person(
        self, person_id: int, name: str = KEEP, email: str = KEEP, title: str = KEEP
    ) -> dict[str, str]:
        """Change a person's fields; returns the old values."""
        p = self._person(person_id)
        old = {"name": p.name, "email": p.email, "title": p.title}
        self.apply(self.person_update(person_id, name, email, title))
        return old

    def delete_person(self, person_id: int) -> Operation:
        """Delete a person (and their staffing); returns the operation that restores them."""
        return self.apply(DeletePeople((person_id,)))

    def move_person(self, person_id: int, index: int) -> int:
        """Move a person in the list; returns the old index."""
        old = self._state.person_index[self._person(person_id).id]
        self.apply(MovePerson(person_id, index))
        return old

    def set_staffing(self, person_id: int, role_id: int, fills: bool) -> bool:
        """Say whether a person fills a role; returns whether they did before."""
        before = role_id in self._person(person_id).roles
        self._role(role_id)
        if before != fills:
            self.apply(SetStaffing(person_id, role_id, fills))
        return before

    # --- convenience: phases ----------------------------------------------------------

    def add_phase(self, name: str, position: int | None = None, phase_id: int | None = None) -> int:
        """Add a phase (at the end unless position is given); returns its id."""
        inverse = self.apply(AddPhases((NewPhase(name, phase_id, position),)))
        assert isinstance(inverse, DeletePhases)
        return inverse.ids[0]

    def ensure_phase(self, name: str) -> int | None:
        """The id of the phase with this name, created if needed; None for a blank name."""
        if not name or not name.strip():
            return None
        phase = self.find_phase(name)
        return phase.id if phase else self.add_phase(name)

    def rename_phase(self, phase_id: int, name: str) -> str:
        """Rename a phase; returns the old name."""
        old = self._phase(phase_id).name
        self.apply(RenamePhase(phase_id, name, old))
        return old

    def delete_phase(self, phase_id: int) -> Operation:
        """Delete a phase (its activities stay, without a phase); returns the restore."""
        return self.apply(DeletePhases((phase_id,)))

    def move_phase(self, phase_id: int, index: int) -> int:
        """Move a phase (and its activities); returns its old index."""
        old = self._state.phase_index[self._phase(phase_id).id]
        self.apply(MovePhase(phase_id, index))
        return old

    # --- convenience: activities ------------------------------------------------------

    def placement(self, index: int, activity_id: int | None = None,
                  phase_id: int | None = KEEP) -> tuple[int | None, int | None]:
        """Where a row dropped at a display index goes: (phase id, activity it goes before).

        Unless phase_id is given, the row joins the phase of the row it lands
        after (or before, at the top).
        """
        rest = [a for a in self._state.activities if a.id != activity_id]
        index = max(0, min(index, len(rest)))
        if phase_id is KEEP:
            if index > 0:
                phase_id = rest[index - 1].phase_id
            elif rest:
                phase_id = rest[0].phase_id
            else:
                phase_id = (self._state.activity(activity_id).phase_id
                            if activity_id is not None else None)
        above = sum(1 for a in rest[:index] if a.phase_id == phase_id)
        group = [a for a in rest if a.phase_id == phase_id]
        return phase_id, group[above].id if above < len(group) else None

    def activity_move(self, activity_id: int, index: int, phase_id: int | None = KEEP
                      ) -> MoveActivity:
        """The operation that moves an activity to a display index (see ``placement``)."""
        self._activity(activity_id)
        phase, before = self.placement(index, activity_id, phase_id)
        return MoveActivity(activity_id, phase, before)

    def activity_step(self, activity_id: int, step: int) -> MoveActivity | None:
        """The operation that moves an activity one place up (-1) or down (+1).

        Within its phase it swaps with its neighbour; at the edge of its phase it
        crosses the heading: down into the first place of the next phase, up into
        the last place of the one above. None at the very top or bottom.
        """
        acts = self._state.activities
        index = self._state.activity_index[self._activity(activity_id).id]
        act = acts[index]
        target = index + (1 if step > 0 else -1)
        if not 0 <= target < len(acts):
            return None
        neighbour = acts[target]
        if neighbour.phase_id != act.phase_id:
            # Crossing a heading: first of the next phase, or last of the previous one.
            if step > 0:
                return MoveActivity(activity_id, neighbour.phase_id, neighbour.id)
            return MoveActivity(activity_id, neighbour.phase_id, None)
        if step > 0:
            after = acts[target + 1] if target + 1 < len(acts) else None
            before = after.id if after is not None and after.phase_id == act.phase_id else None
            return MoveActivity(activity_id, act.phase_id, before)
        return MoveActivity(activity_id, act.phase_id, neighbour.id)

    def activity_new(self, name: str, phase_id: int | None = None, index: int | None = None,
                     description: str = "") -> AddActivities:
        """The operation that adds one activity (last in its phase unless index is given)."""
        before = None
        if index is not None:
            phase_id, before = self.placement(index, None, phase_id)
        return AddActivities((NewActivity(name, phase_id, description, before=before),))

    def add_activity(
        self, name: str, phase_id: int | None = None, description: str = "",
        provenance: str = "", index: int | None = None, activity_id: int | None = None,
    ) -> int:
        """Add an activity row (last in its phase unless index is given); returns its id."""
        before = None
        if index is not None:
            phase_id, before = self.placement(index, None, phase_id)
        inverse = self.apply(AddActivities((NewActivity(
            name, phase_id, description, provenance, activity_id, before),)))
        assert isinstance(inverse, DeleteActivities)
        return inverse.ids[0]

    def activity_update(
        self, activity_id: int, name: str = KEEP, description: str = KEEP,
        phase_id: int | None = KEEP, provenance: str = KEEP,
    ) -> Operation:
        """The operation that changes some of an activity's fields (and its phase)."""
        act = self._activity(activity_id)
        ops: list[Operation] = []
        if any(v is not KEEP for v in (name, description, provenance)):
            ops.append(UpdateActivity(activity_id, ActivityFields(
                act.name if name is KEEP else name,
                act.description if description is KEEP else description,
                act.provenance if provenance is KEEP else provenance,
            ), ActivityFields(act.name, act.description, act.provenance)))
        if phase_id is not KEEP and phase_id != act.phase_id:
            ops.append(MoveActivity(activity_id, phase_id, None))
        return ops[0] if len(ops) == 1 else Batch(tuple(ops))

    def update_activity(
        self, activity_id: int, name: str = KEEP, description: str = KEEP,
        phase_id: int | None = KEEP, provenance: str = KEEP,
    ) -> dict[str, Any]:
        """Change an activity's fields; returns the old values."""
        act = self._activity(activity_id)
        old = {"name": act.name, "description": act.description, "phase_id": act.phase_id,
               "provenance": act.provenance}
        self.apply(self.activity_update(activity_id, name, description, phase_id, provenance))
        return old

    def activities_deletion(self, ids: Sequence[int]) -> DeleteActivities:
        """The operation that deletes these rows as they are now (refused if filled since)."""
        s = self._state
        return DeleteActivities(tuple(ids), MappingProxyType({
            act_id: _cells_of(s, s.grid.row(act_id), act_id, by_role=False)
            for act_id in ids}))

    def delete_activity(self, activity_id: int) -> Operation:
        """Delete an activity and its cells; returns the operation that restores it."""
        return self.apply(self.activities_deletion((activity_id,)))

    def move_activity(self, activity_id: int, index: int, phase_id: int | None = KEEP) -> tuple[
        int, int | None
    ]:
        """Move an activity to a display index; returns (old index, old phase id).

        Unless phase_id is given, the activity joins the phase of the row it lands
        after (or before, at the top), so dragging across a phase boundary moves it
        into that phase.
        """
        act = self._activity(activity_id)
        old = (self._state.activity_index[activity_id], act.phase_id)
        self.apply(self.activity_move(activity_id, index, phase_id))
        return old

    # --- convenience: cells -----------------------------------------------------------

    def parse(self, text: str | None) -> frozenset[str]:
        """Parse cell text with the project's scheme."""
        return self._state.scheme.parse(text)

    def cell_value(self, activity_id: int, role_id: int) -> CellValue:
        """What a cell holds now."""
        return CellValue(self._state.letters(activity_id, role_id),
                         self._state.note(activity_id, role_id))

    def set_note(self, activity_id: int, role_id: int, note: str) -> str:
        """Set the free-text note of a cell (letters unchanged); returns the old note."""
        old = self._state.note(activity_id, role_id)
        key = (activity_id, role_id)
        self.apply(SetCells({key: CellValue(self._state.letters(*key), note)},
                            {key: self.cell_value(*key)}))
        return old

    def set_cell(
        self, activity_id: int, role_id: int, letters: str | Iterable[str] | None,
        note: str | None = None,
    ) -> frozenset[str]:
        """Set one cell's letters (text is parsed); returns the letters it had before."""
        return self.set_cells({(activity_id, role_id): letters}, note=note)[(activity_id, role_id)]

    def cells_operation(
        self, cells: Mapping[Cell, str | Iterable[str] | None], note: str | None = None,
        expect: Mapping[Cell, CellValue] | None = None,
    ) -> SetCells:
        """The operation that sets these cells' letters (text is parsed with the scheme).

        ``expect``: what the user saw in some of the cells when they began the edit
        (an editor opened earlier); by default, what the cells hold now.
        """
        scheme = self._state.scheme
        values: dict[Cell, CellValue] = {}
        for key, value in cells.items():
            if value is None or isinstance(value, str):
                letters = scheme.parse(value)
            else:
                letters = frozenset(value)
                scheme.parse("".join(letters))
            values[key] = CellValue(letters, self._state.note(*key) if note is None else note)
        # What the cells hold now: applied after another process changed one of them,
        # the operation is refused instead of overwriting that change.
        seen = expect or {}
        return SetCells(values, {key: seen[key] if key in seen else self.cell_value(*key)
                                 for key in values})

    def set_cells(
        self, cells: Mapping[Cell, str | Iterable[str] | None], note: str | None = None
    ) -> dict[Cell, frozenset[str]]:
        """Set many cells in one transaction; returns each cell's previous letters."""
        before = {key: self._state.letters(*key) for key in cells}
        self.apply(self.cells_operation(cells, note))
        return before

    # --- handlers: cells and settings -------------------------------------------------

    def _do_batch(self, op: Batch) -> Operation:
        inverses = [self._apply(sub) for sub in op.ops]
        return Batch(tuple(reversed(inverses)))

    def _do_set_cells(self, op: SetCells) -> Operation:
        state = self._state
        scheme = state.scheme
        old: dict[Cell, CellValue] = {}
        values: dict[Cell, CellValue] = {}
        for (act_id, role_id), value in op.values.items():
            self._activity(act_id)
            self._role(role_id)
            letters = value.letters
            unknown = set(letters) - set(scheme.codes)
            if unknown:
                raise LetterError(
                    f"{', '.join(sorted(unknown))} is not a letter of the {scheme.id} scheme "
                    f"({'/'.join(scheme.codes)})"
                )
            note = _clean_note(value.note)
            current = CellValue(state.letters(act_id, role_id), state.note(act_id, role_id))
            if op.expect is not None:
                expected = op.expect.get((act_id, role_id))
                if expected is not None and expected != current:
                    who = self._changed_by(act_id, role_id, action="cell",
                                           now=history.cell_text(state, current))
                    raise ConflictError(
                        f"'{state.activity(act_id).name}' / {state.role(role_id).code} was "
                        f"changed {who} since (it now holds "
                        f"{scheme.format(current.letters) or 'nothing'}); it was left as it is"
                    )
            new = CellValue(letters, note)
            if new != current:
                old[(act_id, role_id)] = current
                values[(act_id, role_id)] = new
        self._write_cells(values, old)
        letters_changed = {k for k, v in values.items() if v.letters != old[k].letters}
        scope = Scope()
        if letters_changed:
            acts = {a for a, _ in letters_changed}
            roles = {r for _, r in letters_changed}
            people = {p for r in roles for p in state.role(r).people}
            scope = Scope(acts, roles, people)
        self._changed("cell" if letters_changed or not values else "note", scope, values)
        return SetCells(MappingProxyType(old), MappingProxyType(values))

    def _changed_by(self, activity_id: int | None = None, role_id: int | None = None,
                    person_id: int | None = None, action: str | None = None,
                    now: str | None = None) -> str:
        """'by alice at 2026-12-02 15:03 CET' (local time) from the history, or 'elsewhere'.

        ``now``: what the thing holds now; an entry that did not leave it so
        (a change of many cells at once came later) names nobody.
        """
        try:
            last = history.last_change(self._conn, activity_id=activity_id, role_id=role_id,
                                       person_id=person_id, action=action)
        except SQLAlchemyError:
            return "elsewhere"
        if last is None or (now is not None and last.entry.new != now):
            return "elsewhere"
        return f"by {last.who} at {history.local_time(last.at)}"

    def _write_cells(self, values: Mapping[Cell, CellValue], old: Mapping[Cell, CellValue]
                     ) -> None:
        """Write cells whose previous values are known; patch the snapshot.

        Rows go to the driver's executemany as plain tuples: a paste, an import
        or a template writes every cell with one statement per kind of change.
        """
        if not values:
            return
        order = self._state.scheme.codes
        texts: dict[frozenset[str], str] = {}
        inserts, updates, deletes = [], [], []
        for (act_id, role_id), value in values.items():
            letters = value.letters
            text = texts.get(letters)
            if text is None:
                unknown = set(letters) - set(order)
                if unknown:
                    raise LetterError(
                        f"{', '.join(sorted(unknown))} is not a letter of the "
                        f"{self._state.scheme_id} scheme ({'/'.join(order)})")
                text = texts[letters] = _letters_text(letters, order)
            if not (letters or value.note):
                deletes.append((act_id, role_id))
            elif old.get((act_id, role_id)):
                updates.append((text, value.note, act_id, role_id))
            else:
                inserts.append((act_id, role_id, text, value.note))
        self._bulk("INSERT INTO assignment (activity_id, role_id, letters, note) "
                   "VALUES (?, ?, ?, ?)", inserts)
        self._bulk("UPDATE assignment SET letters = ?, note = ? "
                   "WHERE activity_id = ? AND role_id = ?", updates)
        self._bulk("DELETE FROM assignment WHERE activity_id = ? AND role_id = ?", deletes)
        self._patch_cells(values)

    def _bulk(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """executemany with the driver's own placeholders ('?' in sql)."""
        if not rows:
            return
        if self.engine.dialect.paramstyle in ("format", "pyformat"):
            sql = sql.replace("?", "%s")
        self._conn.exec_driver_sql(sql, rows)

    def _patch_cells(self, values: Mapping[Cell, CellValue]) -> None:
        state = self._state
        grid, notes_now = state.grid, state.notes
        letters: dict[Cell, frozenset[str]] = {}
        notes_changed: dict[Cell, str] = {}
        for key, value in values.items():
            if value.letters != grid.row(key[0]).get(key[1], EMPTY):
                letters[key] = value.letters
            if value.note != notes_now.get(key, ""):
                notes_changed[key] = value.note
        changes: dict[str, Any] = {}
        if letters:
            changes["cells"] = state.grid.updated(letters)
        if notes_changed:
            notes = dict(state.notes)
            for key, note in notes_changed.items():
                if note:
                    notes[key] = note
                else:
                    notes.pop(key, None)
            changes["notes"] = MappingProxyType(notes)
        if changes:
            self._state = state.derive(**changes)

    def _do_set_project(self, op: SetProject) -> Operation:
        current = self.settings()
        if op.expect is not None and op.expect != current:
            raise ConflictError(f"the project settings were changed "
                                f"{self._changed_by(action='settings')} since; "
                                "they were left as they are")
        new = op.settings
        name = clean_text(new.name, "The project name")
        scheme = get_scheme(new.scheme)
        t = new.thresholds
        for value, what in ((t.overload, "overload threshold"),
                            (t.max_responsible, "maximum responsible"),
                            (t.max_consulted, "maximum consulted")):
            if value < 0:
                raise RaciError(f"the {what} must be 0 or more, not {value}")
            if value > MAX_THRESHOLD:
                raise RaciError(f"the {what} must be at most {MAX_THRESHOLD}, not {value}")
        for act_id, role_id in op.cells:
            self._activity(act_id)
            self._role(role_id)
        old_cells = {key: self.cell_value(*key) for key in op.cells}
        for key, want in (op.cells_expect or {}).items():
            if old_cells.get(key, want) != want:
                a, r = key
                raise ConflictError(
                    f"'{self._activity(a).name}' / {self._role(r).code} was changed "
                    f"{self._changed_by(a, r)} since; the scheme was left as it is")
        for cell in op.cells.values():
            if not set(cell.letters) <= set(scheme.codes):
                raise LetterError(f"{''.join(sorted(cell.letters))} is not valid in {scheme.id}")
        if op.cells:
            # The cells are written in the scheme they are switched to.
            self._state = self._state.derive(scheme_id=scheme.id)
            self._write_cells(op.cells, old_cells)
        if scheme.id != current.scheme:
            stray = [k for k, letters in self._state.cells.items()
                     if not set(letters) <= set(scheme.codes)]
            if stray:
                a, r = stray[0]
                if op.cells_expect is not None and (a, r) not in op.cells:
                    # Filled by another writer after the switch was worked out.
                    raise ConflictError(
                        f"'{self._state.activity(a).name}' / {self._state.role(r).code} was "
                        f"changed {self._changed_by(a, r)} since; the scheme was left as it is")
                raise LetterError(
                    f"cannot switch to {scheme.id}: '{self._state.activity(a).name}' / "
                    f"{self._state.role(r).code} holds letters {scheme.id} does not have"
                )
        new = ProjectSettings(name, scheme.id, t)
        self._exec(update(PROJECT).where(PROJECT.c.id == 1).values(
            name=name, scheme=scheme.id, overload_threshold=t.overload,
            max_responsible=t.max_responsible, max_consulted=t.max_consulted))
        if scheme.id != current.scheme:
            # Letters are stored in scheme order: rewrite the text of every cell.
            self._rewrite_letter_order(scheme.codes)
        self._state = self._state.derive(name=name, scheme_id=scheme.id, thresholds=t)
        only_name = (scheme.id, t) == (current.scheme, current.thresholds)
        self._changed("project" if only_name else "settings",
                      Scope() if only_name else Scope(everything=True))
        self._pending.cells.extend(op.cells)
        return SetProject(current, new, MappingProxyType(old_cells), op.cells)

    def _rewrite_letter_order(self, order: Sequence[str]) -> None:
        self._bulk("UPDATE assignment SET letters = ? WHERE activity_id = ? AND role_id = ?",
                   [(_letters_text(letters, order), a, r)
                    for (a, r), letters in self._state.cells.items()])

    # --- handlers: ordering helpers ---------------------------------------------------

    def _slot(self, table: Table, others: Sequence[T], index: int | None) -> int:
        """A position key for an item going to index among others (renumbers if needed)."""
        index = len(others) if index is None else max(0, min(index, len(others)))
        lo = others[index - 1].position if index > 0 else None
        hi = others[index].position if index < len(others) else None
        key = _between(lo, hi)
        if key is not None:
            return key
        # Neighbours touch: spread the keys out, keeping the order.
        renumbered = {item.id: (i + (1 if i >= index else 0)) * GAP
                      for i, item in enumerate(others)}
        self._exec(update(table).where(table.c.id == bindparam("ident"))
                   .values(position=bindparam("pos")),
                   [{"ident": i, "pos": p} for i, p in renumbered.items()])
        self._renumbered(table, renumbered)
        return index * GAP

    def _renumbered(self, table: Table, positions: Mapping[int, int]) -> None:
        s = self._state
        if table is ROLE:
            self._state = s.derive(roles=tuple(
                replace(r, position=positions.get(r.id, r.position)) for r in s.roles))
        elif table is PERSON:
            self._state = s.derive(people=tuple(
                replace(p, position=positions.get(p.id, p.position)) for p in s.people))
        elif table is PHASE:
            self._state = s.derive(phases=tuple(
                replace(p, position=positions.get(p.id, p.position)) for p in s.phases))
        else:
            self._state = s.derive(activities=tuple(
                replace(a, position=positions[a.id]) if a.id in positions else a
                for a in s.activities))

    def _insert_ids(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows, some with ids and some without; return every row's id in order."""
        with_id = [r for r in rows if r.get("id") is not None]
        without = [{k: v for k, v in r.items() if k != "id"} for r in rows
                   if r.get("id") is None]
        if with_id:
            wanted = [r["id"] for r in with_id]
            taken = self._conn.execute(select(table.c.id).where(table.c.id.in_(wanted))).first()
            if taken is not None:
                # An undo or redo restoring a row whose id a row added since now holds
                # (SQLite hands out a deleted last id again).
                noun = "an activity" if table.name == "activity" else f"a {table.name}"
                column = {"activity": "activity_id", "role": "role_id",
                          "person": "person_id"}.get(table.name)
                who = (self._changed_by(**{column: taken.id}, action=f"add {table.name}")
                       if column else "elsewhere")
                raise ConflictError(f"it cannot be restored: {noun} added {who} since took "
                                    "its place; add it again instead")
            self._exec(insert(table), with_id)
            if self.engine.dialect.name == "postgresql":
                # Rows given their ids (an undo, a copy) leave the id sequence behind.
                self._conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"GREATEST((SELECT max(id) FROM {table.name}), 1))"))
        new_ids: list[int] = []
        if without:
            result = self._conn.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), without)
            new_ids = [row[0] for row in result]
        it = iter(new_ids)
        return [r["id"] if r.get("id") is not None else next(it) for r in rows]

    # --- handlers: roles --------------------------------------------------------------

    def _check_role_fields(self, name: str, code: str, ignore: int | None,
                           taken: Mapping[str, RoleInfo] | None = None) -> tuple[str, str]:
        name = clean_text(name, "A role name")
        code = clean_text(code, "A role code")
        if len(code) > CODE_LIMIT:
            raise RaciError(f"the role code {code!r} is longer than {CODE_LIMIT} characters")
        taken = self._role_names() if taken is None else taken
        other = taken.get("n" + name.casefold())
        if other is not None and other.id != ignore:
            raise ConflictError(f"a role named {other.name!r} already exists")
        other = taken.get("c" + code.casefold())
        if other is not None and other.id != ignore:
            raise ConflictError(f"the code {code!r} is already used by {other.name}")
        return name, code

    def _role_names(self) -> dict[str, RoleInfo]:
        taken: dict[str, RoleInfo] = {}
        for role in self._state.roles:
            taken["n" + role.name.casefold()] = role
            taken["c" + role.code.casefold()] = role
        return taken

    def _do_add_roles(self, op: AddRoles) -> Operation:
        taken = self._role_names()
        added: list[RoleInfo] = []
        cell_values: dict[Cell, CellValue] = {}
        staff: list[tuple[int, int]] = []
        # Roles going to the end wait in ``batch`` (as placeholders at the end of
        # ``others``) and are inserted in one statement; the state is patched once.
        # A role placed between others, or one whose code is made from the others',
        # first inserts the batch and refreshes the state, since both read it.
        others = list(self._state.roles)
        batch: list[tuple[dict[str, Any], NewRole]] = []

        def insert_batch(index: int | None = None) -> None:
            """Insert the batch: the placeholders at the end, or one role at index."""
            ids = self._insert_ids(ROLE, [row for row, _ in batch])
            if index is None:
                del others[len(others) - len(batch):]
            for (row, new), role_id in zip(batch, ids, strict=True):
                info = RoleInfo(role_id, row["name"], row["code"], row["description"], (),
                                row["position"])
                if index is None:
                    others.append(info)
                else:
                    others.insert(index, info)
                taken["n" + info.name.casefold()] = info
                taken["c" + info.code.casefold()] = info
                added.append(info)
                staff.extend((p, role_id) for p in new.people)
                cell_values.update(((act_id, role_id), value)
                                   for act_id, value in new.cells.items() if value)
            batch.clear()
            self._state = self._state.derive(roles=tuple(others))

        for new in op.roles:
            if batch and (not new.code or new.index is not None):
                insert_batch()
            code = new.code or self.unique_code(initials(clean_text(new.name, "A role name")))
            name, code = self._check_role_fields(new.name, code, None, taken)
            description = clean_text(new.description, "A role description",
                                     required=False, limit=DESCRIPTION_LIMIT)
            for person in new.people:
                self._person(person)
            for act_id in new.cells:
                self._activity(act_id)
            position = self._slot(ROLE, others, new.index)
            row = {"id": new.id, "name": name, "code": code, "description": description,
                   "position": position}
            info = RoleInfo(0, name, code, description, (), position)
            taken["n" + name.casefold()] = info
            taken["c" + code.casefold()] = info
            if new.index is None:
                others.append(info)
                batch.append((row, new))
                continue
            # a slot between two may have renumbered the others: read them again
            others = list(self._state.roles)
            batch.append((row, new))
            insert_batch(max(0, min(new.index, len(others))))
        if batch:
            insert_batch()
        self._staff(staff, True)
        self._write_cells(cell_values, {})
        ids = [r.id for r in added]
        acts = {a for a, _ in cell_values}
        people = {p for p, _ in staff}
        self._changed("role", Scope(acts, set(ids), people, True), cell_values)
        columns: dict[int, dict[int, CellValue]] = {role_id: {} for role_id in ids}
        for (act_id, role_id), value in cell_values.items():
            columns[role_id][act_id] = value
        return DeleteRoles(tuple(ids), MappingProxyType(columns))

    def _do_delete_roles(self, op: DeleteRoles) -> Operation:
        state = self._state
        restores: list[NewRole] = []
        for role_id in op.ids:
            role = self._role(role_id)
            cells = _cells_of(state, state.grid.column(role_id), role_id, by_role=True)
            if op.expect is not None and cells != dict(op.expect.get(role_id, {})):
                raise ConflictError(
                    f"the role {role.name!r} was filled in "
                    f"{self._changed_by(role_id=role_id, action='cell')} since; removing it "
                    "would delete those letters, so it was left as it is")
            restores.append(NewRole(role.name, role.code, role.description, role.id,
                                    state.role_index[role_id], role.people,
                                    MappingProxyType(cells)))
        ids = set(op.ids)
        self._exec(delete(ASSIGNMENT).where(ASSIGNMENT.c.role_id.in_(ids)))
        self._exec(delete(STAFFING).where(STAFFING.c.role_id.in_(ids)))
        self._exec(delete(ROLE).where(ROLE.c.id.in_(ids)))
        people = {p for r in restores for p in r.people}
        acts = {a for r in restores for a in r.cells}
        notes = {k: v for k, v in state.notes.items() if k[1] not in ids}
        self._state = state.derive(
            roles=tuple(r for r in state.roles if r.id not in ids),
            people=tuple(replace(p, roles=tuple(r for r in p.roles if r not in ids))
                         if p.id in people else p for p in state.people),
            cells=state.grid.without(roles=ids),
            notes=MappingProxyType(notes) if len(notes) != len(state.notes) else state.notes,
        )
        self._changed("role", Scope(acts, set(), people, True))
        return AddRoles(tuple(sorted(restores, key=lambda r: r.index or 0)))

    def _do_update_role(self, op: UpdateRole) -> Operation:
        role = self._role(op.id)
        current = RoleFields(role.name, role.code, role.description)
        if op.expect is not None and op.expect != current:
            raise ConflictError(f"the role {role.name!r} was changed "
                                f"{self._changed_by(role_id=role.id, action='edit role')} "
                                "since; it was left as it is")
        name, code = self._check_role_fields(op.fields.name, op.fields.code, op.id)
        description = clean_text(op.fields.description, "A role description", required=False,
                                 limit=DESCRIPTION_LIMIT)
        new = RoleFields(name, code, description)
        self._exec(update(ROLE).where(ROLE.c.id == op.id).values(
            name=name, code=code, description=description))
        s = self._state
        self._state = s.derive(roles=tuple(
            replace(r, name=name, code=code, description=description) if r.id == op.id else r
            for r in s.roles))
        self._changed("role", Scope(set(s.grid.column(op.id)), {op.id}, set(role.people), True))
        return UpdateRole(op.id, current, new)

    def _do_move_role(self, op: MoveRole) -> Operation:
        role = self._role(op.id)
        s = self._state
        old = s.role_index[op.id]
        others = [r for r in s.roles if r.id != op.id]
        position = self._slot(ROLE, others, op.index)
        self._exec(update(ROLE).where(ROLE.c.id == op.id).values(position=position))
        others = [r for r in self._state.roles if r.id != op.id]
        index = max(0, min(op.index, len(others)))
        others.insert(index, replace(role, position=position))
        order = {r.id: i for i, r in enumerate(others)}
        self._state = self._state.derive(
            roles=tuple(others),
            people=tuple(replace(p, roles=tuple(sorted(p.roles, key=order.__getitem__)))
                         if len(p.roles) > 1 else p for p in self._state.people),
        )
        self._changed("order", Scope(set(s.grid.column(op.id)), names=True))
        return MoveRole(op.id, old)

    # --- handlers: people -------------------------------------------------------------

    def _check_person_fields(self, fields: PersonFields, ignore: int | None,
                             taken: Mapping[str, PersonInfo]) -> PersonFields:
        name = clean_text(fields.name, "A person's name")
        other = taken.get(name.casefold())
        if other is not None and other.id != ignore:
            raise ConflictError(f"a person named {other.name!r} already exists")
        email = clean_text(fields.email, "An e-mail address", required=False)
        if email and not EMAIL.fullmatch(email):
            raise RaciError(f"{email!r} does not look like an email address; correct it, "
                            "or leave the e-mail empty")
        title = clean_text(fields.title, "A title", required=False)
        return PersonFields(name, email, title)

    def _people_names(self) -> dict[str, PersonInfo]:
        return {p.name.casefold(): p for p in self._state.people}

    def _do_add_people(self, op: AddPeople) -> Operation:
        first = not self._state.people
        taken = self._people_names()
        ids: list[int] = []
        staff: list[tuple[int, int]] = []
        for new in op.people:
            f = self._check_person_fields(PersonFields(new.name, new.email, new.title), None,
                                          taken)
            roles = [self._role(r).id for r in dict.fromkeys(new.roles)]
            others = list(self._state.people)
            position = self._slot(PERSON, others, new.index)
            (person_id,) = self._insert_ids(PERSON, [{
                "id": new.id, "name": f.name, "email": f.email, "title": f.title,
                "position": position}])
            info = PersonInfo(person_id, f.name, f.email, f.title, (), position)
            index = len(others) if new.index is None else max(0, min(new.index, len(others)))
            others.insert(index, info)
            self._state = self._state.derive(people=tuple(others))
            taken[f.name.casefold()] = info
            ids.append(person_id)
            staff += [(person_id, r) for r in roles]
        self._staff(staff, True)
        roles_touched = {r for _, r in staff}
        acts = {a for r in roles_touched for a in self._state.grid.column(r)}
        self._changed("person", Scope(acts, roles_touched, set(ids), True, everything=first))
        return DeletePeople(tuple(ids))

    def _do_delete_people(self, op: DeletePeople) -> Operation:
        state = self._state
        restores = []
        for person_id in op.ids:
            p = self._person(person_id)
            restores.append(NewPerson(p.name, p.email, p.title, p.id,
                                      state.person_index[person_id], p.roles))
        ids = set(op.ids)
        self._exec(delete(STAFFING).where(STAFFING.c.person_id.in_(ids)))
        self._exec(delete(PERSON).where(PERSON.c.id.in_(ids)))
        roles = {r for p in restores for r in p.roles}
        people = tuple(p for p in state.people if p.id not in ids)
        self._state = state.derive(
            people=people,
            roles=tuple(replace(r, people=tuple(x for x in r.people if x not in ids))
                        if r.id in roles else r for r in state.roles),
        )
        acts = {a for r in roles for a in state.grid.column(r)}
        self._changed("person", Scope(acts, roles, set(), True, everything=not people))
        return AddPeople(tuple(sorted(restores, key=lambda p: p.index or 0)))

    def _do_update_person(self, op: UpdatePerson) -> Operation:
        p = self._person(op.id)
        current = PersonFields(p.name, p.email, p.title)
        if op.expect is not None and op.expect != current:
            raise ConflictError(f"{p.name} was changed "
                                f"{self._changed_by(person_id=p.id, action='edit person')} "
                                "since; left as it is")
        new = self._check_person_fields(op.fields, op.id, self._people_names())
        self._exec(update(PERSON).where(PERSON.c.id == op.id).values(
            name=new.name, email=new.email, title=new.title))
        s = self._state
        self._state = s.derive(people=tuple(
            replace(x, name=new.name, email=new.email, title=new.title) if x.id == op.id else x
            for x in s.people))
        acts = {a for r in p.roles for a in s.grid.column(r)}
        self._changed("person", Scope(acts, set(), {op.id}, True))
        return UpdatePerson(op.id, current, new)

    def _do_move_person(self, op: MovePerson) -> Operation:
        person = self._person(op.id)
        s = self._state
        old = s.person_index[op.id]
        position = self._slot(PERSON, [p for p in s.people if p.id != op.id], op.index)
        self._exec(update(PERSON).where(PERSON.c.id == op.id).values(position=position))
        others = [p for p in self._state.people if p.id != op.id]
        others.insert(max(0, min(op.index, len(others))), replace(person, position=position))
        order = {p.id: i for i, p in enumerate(others)}
        self._state = self._state.derive(
            people=tuple(others),
            roles=tuple(replace(r, people=tuple(sorted(r.people, key=order.__getitem__)))
                        if op.id in r.people else r for r in self._state.roles),
        )
        acts = {a for r in person.roles for a in s.grid.column(r)}
        self._changed("order", Scope(acts, names=True))
        return MovePerson(op.id, old)

    def _staff(self, pairs: list[tuple[int, int]], fills: bool) -> None:
        """Write staffing pairs (person, role) and patch both sides of the snapshot."""
        if not pairs:
            return
        rows = [{"p": p, "r": r} for p, r in pairs]
        if fills:
            self._exec(insert(STAFFING).values(person_id=bindparam("p"), role_id=bindparam("r")),
                       rows)
        else:
            self._exec(delete(STAFFING).where(STAFFING.c.person_id == bindparam("p"),
                                              STAFFING.c.role_id == bindparam("r")), rows)
        s = self._state
        by_person: dict[int, set[int]] = {}
        by_role: dict[int, set[int]] = {}
        for p, r in pairs:
            by_person.setdefault(p, set()).add(r)
            by_role.setdefault(r, set()).add(p)

        def merged(current: tuple[int, ...], changed: set[int], order: Mapping[int, int]
                   ) -> tuple[int, ...]:
            items = set(current) | changed if fills else set(current) - changed
            return tuple(sorted(items, key=order.__getitem__))

        self._state = s.derive(
            people=tuple(replace(p, roles=merged(p.roles, by_person[p.id], s.role_index))
                         if p.id in by_person else p for p in s.people),
            roles=tuple(replace(r, people=merged(r.people, by_role[r.id], s.person_index))
                        if r.id in by_role else r for r in s.roles),
        )

    def _do_set_staffing(self, op: SetStaffing) -> Operation:
        person = self._person(op.person_id)
        self._role(op.role_id)
        before = op.role_id in person.roles
        if before != op.fills:
            self._staff([(op.person_id, op.role_id)], op.fills)
        acts = set(self._state.grid.column(op.role_id))
        self._changed("staffing", Scope(acts, {op.role_id}, {op.person_id}))
        return SetStaffing(op.person_id, op.role_id, before)

    # --- handlers: phases -------------------------------------------------------------

    def _do_add_phases(self, op: AddPhases) -> Operation:
        ids: list[int] = []
        for new in op.phases:
            name = clean_text(new.name, "A phase name")
            if self.find_phase(name) is not None:
                raise ConflictError(f"a phase named {name!r} already exists")
            others = list(self._state.phases)
            position = self._slot(PHASE, others, new.index)
            (phase_id,) = self._insert_ids(PHASE, [{"id": new.id, "name": name,
                                                    "position": position}])
            index = len(others) if new.index is None else max(0, min(new.index, len(others)))
            others.insert(index, PhaseInfo(phase_id, name, position))
            self._state = self._state.derive(phases=tuple(others))
            ids.append(phase_id)
            if new.activities:
                acts = [self._activity(a).id for a in new.activities]
                self._exec(update(ACTIVITY).where(ACTIVITY.c.id.in_(acts))
                           .values(phase_id=phase_id))
                moved = set(acts)
                self._state = self._state.derive(activities=tuple(
                    replace(a, phase_id=phase_id, phase=name) if a.id in moved else a
                    for a in self._state.activities))
        self._resort_activities()
        self._changed("phase", Scope(names=True))
        return DeletePhases(tuple(ids))

    def _do_delete_phases(self, op: DeletePhases) -> Operation:
        s = self._state
        restores = []
        for phase_id in op.ids:
            phase = self._phase(phase_id)
            acts = tuple(a.id for a in s.activities if a.phase_id == phase_id)
            restores.append(NewPhase(phase.name, phase.id, s.phase_index[phase_id], acts))
        ids = set(op.ids)
        self._exec(update(ACTIVITY).where(ACTIVITY.c.phase_id.in_(ids)).values(phase_id=None))
        self._exec(delete(PHASE).where(PHASE.c.id.in_(ids)))
        self._state = s.derive(
            phases=tuple(p for p in s.phases if p.id not in ids),
            activities=tuple(replace(a, phase_id=None, phase="") if a.phase_id in ids else a
                             for a in s.activities),
        )
        self._resort_activities()
        self._changed("phase", Scope(names=True))
        return AddPhases(tuple(sorted(restores, key=lambda p: p.index or 0)))

    def _do_rename_phase(self, op: RenamePhase) -> Operation:
        phase = self._phase(op.id)
        if op.expect is not None and op.expect != phase.name:
            raise ConflictError(f"the phase {op.expect!r} was renamed to {phase.name!r} "
                                "elsewhere since; it was left as it is")
        name = clean_text(op.name, "A phase name")
        other = self.find_phase(name)
        if other is not None and other.id != op.id:
            raise ConflictError(f"a phase named {name!r} already exists")
        self._exec(update(PHASE).where(PHASE.c.id == op.id).values(name=name))
        s = self._state
        self._state = s.derive(
            phases=tuple(replace(p, name=name) if p.id == op.id else p for p in s.phases),
            activities=tuple(replace(a, phase=name) if a.phase_id == op.id else a
                             for a in s.activities),
        )
        self._changed("phase", Scope())
        return RenamePhase(op.id, phase.name, name)

    def _do_move_phase(self, op: MovePhase) -> Operation:
        phase = self._phase(op.id)
        s = self._state
        old = s.phase_index[op.id]
        position = self._slot(PHASE, [p for p in s.phases if p.id != op.id], op.index)
        self._exec(update(PHASE).where(PHASE.c.id == op.id).values(position=position))
        others = [p for p in self._state.phases if p.id != op.id]
        others.insert(max(0, min(op.index, len(others))), replace(phase, position=position))
        self._state = self._state.derive(phases=tuple(others))
        self._resort_activities()
        self._changed("order", Scope(names=True))
        return MovePhase(op.id, old)

    # --- handlers: activities ---------------------------------------------------------

    def _resort_activities(self) -> None:
        s = self._state
        phases = {p.id: p for p in s.phases}
        ordered = _sort_activities(s.activities, phases)
        if ordered != s.activities:
            self._state = s.derive(activities=ordered)

    def _phase_rows(self, phase_id: int | None, skip: int | None = None) -> list[ActivityInfo]:
        return [a for a in self._state.activities if a.phase_id == phase_id and a.id != skip]

    def _activity_slot(self, phase_id: int | None, before: int | None, skip: int | None,
                       rows: list[ActivityInfo] | None = None) -> int:
        rows = self._phase_rows(phase_id, skip) if rows is None else rows
        index = len(rows)
        if before is not None:
            index = next((i for i, a in enumerate(rows) if a.id == before), len(rows))
        return self._slot(ACTIVITY, rows, index)

    def _do_add_activities(self, op: AddActivities) -> Operation:
        ids: list[int] = []
        rows: list[dict[str, Any]] = []
        infos: list[ActivityInfo] = []
        ends: dict[int | None, int] = {}
        for act in self._state.activities:
            ends[act.phase_id] = max(ends.get(act.phase_id, act.position), act.position)
        for new in op.activities:
            name = clean_text(new.name, "An activity name")
            description = clean_text(new.description, "An activity description",
                                     required=False, limit=DESCRIPTION_LIMIT)
            phase = self._phase(new.phase_id) if new.phase_id is not None else None
            if new.before is not None and rows:
                # Placing before a row needs the keys of what is pending: insert it first.
                ids += self._insert_activities(rows, infos)
                rows, infos = [], []
            if new.before is None or not self._state.has_activity(new.before):
                position = ends[new.phase_id] + GAP if new.phase_id in ends else 0
            else:
                position = self._activity_slot(new.phase_id, new.before, None)
                ends[new.phase_id] = max((a.position for a in self._state.activities
                                          if a.phase_id == new.phase_id), default=position)
            ends[new.phase_id] = max(ends.get(new.phase_id, position), position)
            rows.append({"id": new.id, "name": name, "description": description,
                         "phase_id": new.phase_id, "position": position,
                         "provenance": new.provenance})
            infos.append(ActivityInfo(0, name, phase.name if phase else "", description,
                                      new.provenance, new.phase_id, position))
        ids += self._insert_activities(rows, infos)
        cell_values = self._write_new_rows(ids, [new.cells for new in op.activities])
        roles = {r for _, r in cell_values}
        people = {p for r in roles for p in self._state.role(r).people}
        self._changed("activity", Scope(set(ids), roles, people, True), cell_values)
        added: dict[int, dict[int, CellValue]] = {act_id: {} for act_id in ids}
        for (act_id, role_id), value in cell_values.items():
            added[act_id][role_id] = value
        return DeleteActivities(tuple(ids), MappingProxyType(added))

    def _write_new_rows(self, ids: Sequence[int], cells: Sequence[Mapping[int, CellValue]]
                        ) -> dict[Cell, CellValue]:
        """Write the cells of activities that had none (one executemany); patch the grid."""
        roles_now = self._state.role_index
        order = self._state.scheme.codes
        codes = set(order)
        texts: dict[frozenset[str], str] = {}
        inserts: list[tuple[int, int, str, str]] = []
        new_rows: dict[int, dict[int, frozenset[str]]] = {}
        notes: dict[Cell, str] = {}
        written: dict[Cell, CellValue] = {}
        for act_id, row_cells in zip(ids, cells, strict=True):
            row: dict[int, frozenset[str]] = {}
            for role_id, value in row_cells.items():
                if role_id not in roles_now:
                    raise NotFoundError(f"role #{role_id} no longer exists")
                letters = value.letters
                if not (letters or value.note):
                    continue
                text = texts.get(letters)
                if text is None:
                    if not codes.issuperset(letters):
                        raise LetterError(
                            f"{', '.join(sorted(set(letters) - codes))} is not a letter of the "
                            f"{self._state.scheme_id} scheme")
                    text = texts[letters] = _letters_text(letters, order)
                inserts.append((act_id, role_id, text, value.note))
                written[(act_id, role_id)] = value
                if letters:
                    row[role_id] = letters
                if value.note:
                    notes[(act_id, role_id)] = value.note
            if row:
                new_rows[act_id] = row
        self._bulk("INSERT INTO assignment (activity_id, role_id, letters, note) "
                   "VALUES (?, ?, ?, ?)", inserts)
        state = self._state
        changes: dict[str, Any] = {}
        if new_rows:
            changes["cells"] = state.grid.with_rows(new_rows)
        if notes:
            changes["notes"] = MappingProxyType({**state.notes, **notes})
        if changes:
            self._state = state.derive(**changes)
        return written

    def _insert_activities(self, rows: list[dict[str, Any]], infos: list[ActivityInfo]
                           ) -> list[int]:
        if not rows:
            return []
        ids = self._insert_ids(ACTIVITY, rows)
        added = [replace(info, id=i) for info, i in zip(infos, ids, strict=True)]
        s = self._state
        phases = {p.id: p for p in s.phases}
        self._state = s.derive(activities=_sort_activities((*s.activities, *added), phases))
        return ids

    def _do_delete_activities(self, op: DeleteActivities) -> Operation:
        s = self._state
        restores: list[tuple[int, NewActivity]] = []
        for act_id in op.ids:
            act = self._activity(act_id)
            cells = _cells_of(s, s.grid.row(act_id), act_id, by_role=False)
            if op.expect is not None and cells != dict(op.expect.get(act_id, {})):
                raise ConflictError(
                    f"the activity {act.name!r} was filled in "
                    f"{self._changed_by(activity_id=act_id, action='cell')} since; removing "
                    "it would delete those letters, so it was left as it is")
            index = s.activity_index[act_id]
            nxt = s.activities[index + 1] if index + 1 < len(s.activities) else None
            before = nxt.id if nxt is not None and nxt.phase_id == act.phase_id else None
            restores.append((index, NewActivity(act.name, act.phase_id, act.description,
                                                act.provenance, act.id, before,
                                                MappingProxyType(cells))))
        ids = set(op.ids)
        self._exec(delete(ASSIGNMENT).where(ASSIGNMENT.c.activity_id.in_(ids)))
        self._exec(delete(ACTIVITY).where(ACTIVITY.c.id.in_(ids)))
        roles = {r for _, new in restores for r in new.cells}
        people = {p for r in roles for p in s.role(r).people}
        notes = {k: v for k, v in s.notes.items() if k[0] not in ids}
        self._state = s.derive(
            activities=tuple(a for a in s.activities if a.id not in ids),
            cells=s.grid.without(activities=ids),
            notes=MappingProxyType(notes) if len(notes) != len(s.notes) else s.notes,
        )
        self._changed("activity", Scope(set(), roles, people, True))
        # Restore from the bottom up, so every row's "before" neighbour is back first.
        restores.sort(key=lambda item: -item[0])
        return AddActivities(tuple(new for _, new in restores))

    def _do_update_activity(self, op: UpdateActivity) -> Operation:
        act = self._activity(op.id)
        current = ActivityFields(act.name, act.description, act.provenance)
        if op.expect is not None and op.expect != current:
            raise ConflictError(f"the activity {act.name!r} was changed "
                                f"{self._changed_by(activity_id=act.id, action='edit activity')}"
                                " since; it was left as it is")
        new = ActivityFields(
            clean_text(op.fields.name, "An activity name"),
            clean_text(op.fields.description, "An activity description", required=False,
                       limit=DESCRIPTION_LIMIT),
            op.fields.provenance,
        )
        self._exec(update(ACTIVITY).where(ACTIVITY.c.id == op.id).values(
            name=new.name, description=new.description, provenance=new.provenance))
        s = self._state
        index = s.activity_index[op.id]
        acts = list(s.activities)
        acts[index] = replace(act, name=new.name, description=new.description,
                              provenance=new.provenance)
        self._state = s.derive(activities=tuple(acts))
        self._state.__dict__["activity_index"] = s.activity_index
        self._changed("activity", Scope({op.id}, set(), set(), True))
        return UpdateActivity(op.id, current, new)

    def _do_move_activity(self, op: MoveActivity) -> Operation:
        act = self._activity(op.id)
        s = self._state
        index = s.activity_index[op.id]
        nxt = s.activities[index + 1] if index + 1 < len(s.activities) else None
        old_before = nxt.id if nxt is not None and nxt.phase_id == act.phase_id else None
        phase = self._phase(op.phase_id) if op.phase_id is not None else None
        before = op.before if op.before != op.id else None
        position = self._activity_slot(op.phase_id, before, op.id)
        self._exec(update(ACTIVITY).where(ACTIVITY.c.id == op.id).values(
            phase_id=op.phase_id, position=position))
        s = self._state
        acts = [a for a in s.activities if a.id != op.id]
        acts.append(replace(act, phase_id=op.phase_id, phase=phase.name if phase else "",
                            position=position))
        self._state = s.derive(activities=_sort_activities(acts, {p.id: p for p in s.phases}))
        self._changed("order", Scope(names=True))
        return MoveActivity(op.id, act.phase_id, old_before)


def _read_cells(conn: Connection) -> tuple[dict[int, dict[int, frozenset[str]]], dict[Cell, str]]:
    """Every filled cell by activity, and every note, read with as little Python as possible.

    On SQLite each activity's cells arrive as one row of two comma-joined lists
    (both aggregates walk the same rows in the same order), split in C.
    """
    parsed: dict[str, frozenset[str]] = {}

    def letters_of(text: str) -> frozenset[str]:
        found = parsed.get(text)
        if found is None:
            found = parsed[text] = frozenset(text)
        return found

    rows: dict[int, dict[int, frozenset[str]]] = {}
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if conn.dialect.name == "sqlite":
            cursor.execute(
                "SELECT activity_id, group_concat(role_id), group_concat(letters) "
                "FROM assignment WHERE letters != '' GROUP BY activity_id")
            for act_id, role_ids, texts in _rows(cursor):
                rows[act_id] = dict(zip(map(int, role_ids.split(",")),
                                        map(letters_of, texts.split(",")), strict=True))
        else:
            cursor.execute("SELECT activity_id, role_id, letters FROM assignment "
                           "WHERE letters != ''")
            for act_id, role_id, text in _rows(cursor):
                rows.setdefault(act_id, {})[role_id] = letters_of(text)
        cursor.execute("SELECT activity_id, role_id, note FROM assignment WHERE note != ''")
        notes = {(a, r): note for a, r, note in _rows(cursor)}
    finally:
        cursor.close()
    return rows, notes


@contextmanager
def _snapshot(conn: Connection) -> Iterator[None]:
    """A read-only transaction that sees one committed state of every table, lock-free.

    PostgreSQL's default (read committed) gives each statement its own snapshot,
    so a commit landing between two SELECTs could pair a role with a person the
    previous SELECT never saw; repeatable read fixes the snapshot at the first
    query. SQLite's driver only opens a transaction before a write; an explicit
    BEGIN makes the reads one transaction too.
    """
    with conn.begin():
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _rows(cursor: Any, batch: int = 20_000) -> Iterator[Any]:
    """A driver cursor's rows, fetched in batches (memory stays bounded)."""
    while True:
        chunk = cursor.fetchmany(batch)
        if not chunk:
            return
        yield from chunk


def _cells_of(state: ProjectState, line: Mapping[int, frozenset[str]], key: int,
              by_role: bool) -> dict[int, CellValue]:
    """A row's (or a column's) cells with their notes, notes on empty cells included."""
    def note(other: int) -> str:
        return state.note(other, key) if by_role else state.note(key, other)

    cells = {other: CellValue(letters, note(other)) for other, letters in line.items()}
    for (a, r), text_ in state.notes.items():
        other, mine = (a, r) if by_role else (r, a)
        if mine == key and other not in line:
            cells[other] = CellValue(EMPTY, text_)
    return cells


def _os_user() -> str:
    """The name history records for edits to a file: the operating system's user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


OPTIMISTIC_READS = 3
"""Reads of a rollback-journal file tried without a lock before one holds it."""
UNREACHABLE = "the server cannot be reached"
"""What ``stopped`` says while a shared project's server does not answer."""
RESCUE = ("Use File > Save As to go on working in a local file, or Save a Copy As to keep "
          "a copy of your work")
"""What to do when the server is gone: both write the snapshot in memory, no server needed."""


def _connection_lost(exc: SQLAlchemyError) -> bool:
    """True when a database error means the server connection is gone."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    text_ = str(getattr(exc, "orig", exc)).lower()
    return any(s in text_ for s in ("server closed", "connection refused", "terminating "
                                    "connection", "the connection is closed",
                                    "could not receive", "connection timeout",
                                    "consuming input failed", "server conn crashed"))


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    """The device and inode of a file (None when there is no file there)."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def _sort_activities(acts: Iterable[ActivityInfo], phases: Mapping[int, PhaseInfo]
                     ) -> tuple[ActivityInfo, ...]:
    """Display order: grouped by phase (in phase order), unphased last."""
    def key(a: ActivityInfo) -> tuple[bool, int, int, int]:
        if a.phase_id is None:
            return (True, 0, a.position, a.id)
        return (False, phases[a.phase_id].position, a.position, a.id)

    return tuple(sorted(acts, key=key))


_HANDLERS: dict[type[Operation], Callable[[ProjectService, Any], Operation]] = {
    Batch: ProjectService._do_batch,
    SetCells: ProjectService._do_set_cells,
    SetProject: ProjectService._do_set_project,
    AddRoles: ProjectService._do_add_roles,
    DeleteRoles: ProjectService._do_delete_roles,
    UpdateRole: ProjectService._do_update_role,
    MoveRole: ProjectService._do_move_role,
    AddPeople: ProjectService._do_add_people,
    DeletePeople: ProjectService._do_delete_people,
    UpdatePerson: ProjectService._do_update_person,
    MovePerson: ProjectService._do_move_person,
    SetStaffing: ProjectService._do_set_staffing,
    AddPhases: ProjectService._do_add_phases,
    DeletePhases: ProjectService._do_delete_phases,
    RenamePhase: ProjectService._do_rename_phase,
    MovePhase: ProjectService._do_move_phase,
    AddActivities: ProjectService._do_add_activities,
    DeleteActivities: ProjectService._do_delete_activities,
    UpdateActivity: ProjectService._do_update_activity,
    MoveActivity: ProjectService._do_move_activity,
}
