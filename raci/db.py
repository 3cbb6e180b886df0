"""Project files: create, open (checking and migrating first), and save a copy.

A project is one SQLite file. Before anything writes to a file it is checked
read-only: an SQLite header, an intact database, a RACI schema this version
knows. Only then is it opened for writing, its schema brought up to date by the
Alembic migrations shipped in :mod:`raci.migrations`, with foreign keys on and
WAL journaling (a rollback journal on network shares and sync folders, see
:mod:`raci.filesystems`). A file that fails a check is never modified and
nothing is created beside it.

Checking never opens a second descriptor of a database this process already
has open: closing any descriptor of a file drops every POSIX lock the process
holds on it, SQLite's included, and another process could then delete the WAL
the open project is still writing to. Files are only ever read through SQLite
(which shares descriptors between its connections) once they are open.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool

from raci.errors import ProjectFileError
from raci.files import check_folder, create_exclusive, move_into_place, os_error_reason
from raci.filesystems import journal_mode_for
from raci.lock import read_holder

SQLITE_MAGIC = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".raci"


def alembic_config() -> Any:
    """Alembic configuration pointing at the migrations inside the package."""
    from alembic.config import Config  # Alembic loads only when a schema must change

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return cfg


_REVISION = re.compile(r'^(revision|down_revision)\s*(?::[^=]*)?=\s*["\']?([\w-]+|None)["\']?',
                       re.MULTILINE)


@functools.cache
def _revisions() -> dict[str, str | None]:
    """Revision -> the revision it upgrades, read from the migration files themselves.

    Opening a project only needs the ids; reading them here keeps Alembic (and
    its import time) out of every command that does not migrate. A test checks
    these against Alembic's own reading.
    """
    out: dict[str, str | None] = {}
    for script in sorted(Path(__file__).with_name("migrations").joinpath("versions")
                         .glob("*.py")):
        found: dict[str, str] = {m.group(1): m.group(2)
                                 for m in _REVISION.finditer(script.read_text("utf-8"))}
        if "revision" in found:
            down = found.get("down_revision")
            out[found["revision"]] = None if down in (None, "None") else down
    return out


def head_revision() -> str:
    """The newest schema revision this version of RACI Planner writes."""
    revisions = _revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    assert len(heads) == 1, heads
    return heads.pop()


def known_revisions() -> set[str]:
    """Every schema revision this version knows how to upgrade from."""
    return set(_revisions())


# --- files open in this process ------------------------------------------------------

FileKey = tuple[int, int]
_engine_paths: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()
_open_files: dict[FileKey, int] = {}
_open_lock = threading.Lock()


def _file_key(path: Path) -> FileKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _track(key: FileKey | None, delta: int) -> None:
    if key is None:
        return
    with _open_lock:
        count = _open_files.get(key, 0) + delta
        if count > 0:
            _open_files[key] = count
        else:
            _open_files.pop(key, None)


def is_open_here(path: Path) -> bool:
    """True when this process has a connection open to the database at path."""
    key = _file_key(path)
    with _open_lock:
        return key is not None and key in _open_files


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name the same file (links, case and '..' included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def _journal_pragma(mode: str | None) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if mode is not None:
            cursor.execute(f"PRAGMA journal_mode={mode}")
            cursor.execute("PRAGMA synchronous=NORMAL" if mode == "WAL" else
                           "PRAGMA synchronous=FULL")
        cursor.close()
    return on_connect


def make_engine(path: Path, read_only: bool = False, journal: str | None = None, *,
                existing: bool = False) -> Engine:
    """An engine for a project file with foreign keys on.

    Journaling is WAL on a local disk and a rollback journal (DELETE) on network
    file systems and sync folders (``raci.filesystems``); ``read_only`` opens the
    file through SQLite's read-only mode, which never writes to it. ``existing`` (a
    file opened, not created) connects in SQLite's read-write mode, which never creates
    one: a connection made after the file was moved or deleted fails rather than
    leaving a new, empty database at its path.
    """
    mode: str | None = None
    if read_only or existing:
        uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
        engine = create_engine(
            "sqlite://", poolclass=QueuePool,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
        if not read_only:
            mode = journal or journal_mode_for(path)
    else:
        mode = journal or journal_mode_for(path)
        # The app opens large files on a worker thread and then uses them on its own:
        # one thread at a time, handed over, so the same-thread check is not needed.
        engine = create_engine(f"sqlite:///{path}", future=True,
                               connect_args={"check_same_thread": False})
    _engine_paths[engine] = path
    event.listen(engine, "connect", _journal_pragma(mode))

    def opened(_dbapi: Any, record: Any) -> None:
        record.info["raci_file"] = _file_key(path)
        _track(record.info["raci_file"], +1)

    def closed(_dbapi: Any, record: Any) -> None:
        _track(record.info.pop("raci_file", None), -1)

    event.listen(engine, "connect", opened)
    event.listen(engine, "close", closed)
    return engine


def inspect_file(path: Path) -> str | None:
    """Check a file read-only; return its schema revision (None for a blank database).

    Raises ProjectFileError, naming the file, when it is missing, not SQLite,
    corrupt, not a RACI project, or written by a newer version.
    """
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file; check the path or create it with 'raci new'")
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    if is_open_here(path):
        # Open already, so an SQLite database: read it through SQLite alone.
        uri = f"{path.resolve().as_uri()}?mode=ro"
    else:
        if path.stat().st_size == 0:
            return None
        header = _read_header(path)
        if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
            if path.suffix.lower() == ".raci":  # named as a project: damaged, or overwritten
                raise ProjectFileError(
                    f"{path}: not a RACI project file: it is damaged, or something else was "
                    "saved under its name; restore it from a copy or a backup"
                )
            raise ProjectFileError(
                f"{path}: not a RACI project file (projects are .raci files); "
                "to read a workbook use 'raci import'"
            )
        # Reading a WAL database creates -wal and -shm files beside it. With none
        # there, no program has it open: read it as immutable, which creates none.
        # (A rollback-journal database is read without creating anything.)
        wal = header[18:20] == b"\x02\x02"
        busy = any(Path(f"{path}{s}").exists() for s in ("-wal", "-shm", "-journal"))
        immutable = wal and not busy
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            status = conn.execute("PRAGMA quick_check").fetchone()
            if not status or status[0] != "ok":
                raise ProjectFileError(
                    f"{path}: the file is damaged ({status[0] if status else 'no answer'}); "
                    "restore it from a copy"
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if "alembic_version" not in tables or "project" not in tables:
                raise ProjectFileError(
                    f"{path}: an SQLite database, but not a RACI project (no project tables)"
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(
            f"{path}: not a RACI project file, or it is damaged ({exc}); restore it from a copy "
            "or a backup"
        ) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise ProjectFileError(
            f"{path}: written by a newer version of RACI Planner (schema {revision}); "
            "update RACI Planner to open it"
        )
    return revision


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(20)
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def upgrade(engine: Engine) -> None:
    """Bring the file's schema up to the newest revision."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def remove_file(path: Path) -> None:
    """Delete a project file and its journal companions, if present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def _cleanup_on_error(path: Path, created: bool) -> Iterator[None]:
    try:
        yield
    except BaseException:
        if created:
            remove_file(path)
        raise


def create_file(path: Path, fresh: bool = False) -> Engine:
    """Create a new, empty project database at path.

    path must not exist, or with ``fresh`` be the empty file the caller has just
    created exclusively (see ``raci.project_files``).
    """
    if fresh:
        if path.is_symlink() or not path.is_file() or path.stat().st_size:
            raise ProjectFileError(f"{path}: not a fresh empty file")
    elif os.path.lexists(path):
        raise ProjectFileError(f"{path}: already exists; choose another name or delete it first")
    if not path.parent.exists():
        raise ProjectFileError(f"{path}: the folder {path.parent} does not exist")
    if not fresh:
        try:
            path.open("xb").close()  # (made here, so the engine never creates a file itself)
        except FileExistsError as exc:
            raise ProjectFileError(
                f"{path}: already exists; choose another name or delete it first") from exc
        except OSError as exc:
            raise ProjectFileError(
                f"{path}: cannot create the project file ({exc.strerror or exc}); check that "
                "the folder is writable") from exc
    engine = make_engine(path, existing=True)
    with _cleanup_on_error(path, created=True):
        try:
            upgrade(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise ProjectFileError(
                f"{path}: cannot create the project file ({reason(exc)}); check that the "
                "folder is writable"
            ) from exc
    return engine


def _not_a_project(path: Path) -> str:
    """Why a file with nothing in it (no bytes, or an SQLite database without tables) does
    not open: said as the user knows the file, by its name, never as 'an empty database'."""
    if path.stat().st_size > 0:
        return f"{path}: an SQLite database with nothing in it, not a RACI project"
    if path.suffix.lower() != ".raci":  # an empty document or sheet, opened as a project
        return (f"{path}: an empty file, not a RACI project file (projects are .raci files); "
                "to read a workbook use 'raci import'")
    return (f"{path}: the file is empty (0 bytes), not a RACI project: it was cut short or "
            "made by another program; restore it from a copy or a backup")


def open_file(path: Path, read_only: bool = False) -> Engine:
    """Open an existing project file after checking it, migrating it if older.

    ``read_only`` opens it without ever writing (for a project another writer
    holds); a file that would need migrating cannot be opened so.
    """
    revision = inspect_file(path)
    if revision is None:
        raise ProjectFileError(_not_a_project(path))
    if read_only:
        if revision != head_revision():
            raise ProjectFileError(
                f"{path}: written by an older version of RACI Planner; it must be opened "
                "for writing once to be brought up to date"
            )
        engine = make_engine(path, read_only=True)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM project")
        except SQLAlchemyError as exc:
            engine.dispose()
            raise ProjectFileError(f"{path}: cannot be read ({reason(exc)})") from exc
        return engine
    engine = make_engine(path, existing=True)
    try:
        if revision != head_revision():
            upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA user_version")
    except SQLAlchemyError as exc:
        engine.dispose()
        raise ProjectFileError(
            f"{path}: cannot be opened for writing ({reason(exc)}); check the file's "
            "permissions, or open a copy"
        ) from exc
    return engine


def reason(exc: SQLAlchemyError) -> str:
    """The first line of a database error, for a message."""
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def engine_path(engine: Engine) -> Path | None:
    """The file an engine opens (None in memory)."""
    return _engine_paths.get(engine)


def backup(engine: Engine, target: Path, source: sqlite3.Connection | None = None) -> None:
    """Write a consistent copy of the open project to target with SQLite's backup API.

    The copy is made in a fresh temporary file beside target (created exclusively,
    never through a link) and renamed onto target once complete. The open project
    itself, or another project open in this process, is never a target. Pass the
    connection the project is open on as ``source``: it still reads a file that
    was deleted or moved away, where a new connection would create an empty one.
    """
    check_folder(target, ProjectFileError)
    source_path = engine_path(engine)
    if source_path is not None and same_file(source_path, target):
        raise ProjectFileError(f"{target}: is the open project itself; choose another name "
                               "for the copy")
    if is_open_here(target):
        raise ProjectFileError(f"{target}: is open; close it before replacing it with a copy")
    holder = read_holder(target)
    if holder is not None and not holder.stale:
        raise ProjectFileError(f"{target}: is open for writing by {holder.describe()}; "
                               "choose another name for the copy")
    tmp: Path | None = None
    raw = engine.raw_connection() if source is None else None
    try:
        tmp, fd = create_exclusive(target)
        os.close(fd)
        if raw is not None:
            source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with closing(sqlite3.connect(tmp)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        remove_companions(target)
        move_into_place(tmp, target)
        tmp = None
    except (sqlite3.Error, OSError) as exc:
        raise not_written(target, exc) from exc
    finally:
        if raw is not None:
            raw.close()
        if tmp is not None:
            remove_file(tmp)


def not_written(target: Path, exc: sqlite3.Error | OSError) -> ProjectFileError:
    """Why a copy of the project could not be written to target, and what to do.

    ``os_error_reason`` brings its own advice for a full disk or a folder that
    refuses the file; any other failure says to try another folder.
    """
    why = os_error_reason(exc) if isinstance(exc, OSError) else str(exc)
    what, _, advice = why.partition("; ")
    advice = advice or "choose another folder, or check the disk, and try again"
    return ProjectFileError(f"{target}: the project could not be saved there ({what}); "
                            f"{advice}")


def remove_companions(path: Path) -> None:
    """Delete the journal files of a database that is about to be replaced."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def create_engine_memory(poolclass: Any) -> Engine:
    """An in-memory database shared by every connection of one engine."""
    engine = create_engine("sqlite://", poolclass=poolclass, future=True)
    event.listen(engine, "connect", _journal_pragma(None))
    return engine
