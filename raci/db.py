"""Project files: create, open (checking and migrating first), and save a copy.

A project is one SQLite file. Before anything writes to a file it is checked
read-only: an SQLite header, an intact database, a RACI schema this version
knows. Only then is it opened for writing, its schema brought up to date by the
Alembic migrations shipped in :mod:`raci.migrations`, with foreign keys on and
WAL journaling. A file that fails a check is never modified.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from raci.errors import ProjectFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".raci"


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of RACI Planner writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version knows how to upgrade from."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for a project file with foreign keys on and WAL journaling."""
    # The app opens large files on a worker thread and then uses them on its own:
    # one thread at a time, handed over, so the same-thread check is not needed.
    engine = create_engine(f"sqlite:///{path}", future=True,
                           connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep attribute values after commit (views read them afterwards)."""
    return sessionmaker(engine, expire_on_commit=False)


def inspect_file(path: Path) -> str | None:
    """Check a file read-only; return its schema revision (None for a blank database).

    Raises ProjectFileError, naming the file, when it is missing, not SQLite,
    corrupt, not a RACI project, or written by a newer version.
    """
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file; check the path or create it with 'raci new'")
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if path.stat().st_size == 0:
        return None
    if header != SQLITE_MAGIC:
        raise ProjectFileError(
            f"{path}: not a RACI project file (it is not an SQLite database); "
            "to read a workbook use 'raci import'"
        )
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
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
        raise ProjectFileError(f"{path}: the file is damaged or not a database ({exc})") from exc
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise ProjectFileError(
            f"{path}: written by a newer version of RACI Planner (schema {revision}); "
            "update RACI Planner to open it"
        )
    return revision


def upgrade(engine: Engine) -> None:
    """Bring the file's schema up to the newest revision."""
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def remove_file(path: Path) -> None:
    """Delete a project file and its WAL companions, if present."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def _cleanup_on_error(path: Path, created: bool) -> Iterator[None]:
    try:
        yield
    except BaseException:
        if created:
            remove_file(path)
        raise


def create_file(path: Path) -> Engine:
    """Create a new, empty project database at path (which must not exist)."""
    if path.exists():
        raise ProjectFileError(f"{path}: already exists; choose another name or delete it first")
    if not path.parent.exists():
        raise ProjectFileError(f"{path}: the folder {path.parent} does not exist")
    engine = make_engine(path)
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


def open_file(path: Path) -> Engine:
    """Open an existing project file after checking it, migrating it if older."""
    revision = inspect_file(path)
    if revision is None:
        raise ProjectFileError(f"{path}: an empty database, not a RACI project")
    engine = make_engine(path)
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


def backup(engine: Engine, target: Path) -> None:
    """Write a consistent copy of the open project to target with SQLite's backup API."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with closing(sqlite3.connect(tmp)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise ProjectFileError(f"{target}: could not write the copy ({exc})") from exc
    finally:
        raw.close()
    tmp.replace(target)


def create_engine_memory(poolclass: Any) -> Engine:
    """An in-memory database shared by every connection of one engine."""
    engine = create_engine("sqlite://", poolclass=poolclass, future=True)
    event.listen(engine, "connect", _on_connect)
    return engine
