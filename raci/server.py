"""Projects on a PostgreSQL server: locations, engines, creating and opening, live notices.

A project location is a ``.raci`` file or a URL such as
``postgresql://alice@db.example.org:5432/planning?project=website``. One
database can hold several projects, each in its own schema named by
``project`` (``public`` when the URL names none). The schema is the same as in
a file, made by the same Alembic migrations.

Passwords come from the URL, from libpq's own sources (``PGPASSWORD``,
``~/.pgpass``) or from the caller (the app reads the system keyring); they never
appear in a message, a log line or the recent-projects list: every text shown
for a location is ``ServerLocation.display``.

Commits announce themselves with ``NOTIFY raci_changes`` (payload: the
project's schema, its new revision and the committing session); every open
service LISTENs on its own connection and re-reads when another session
committed (``ProjectService.sync``).
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from raci import db
from raci.errors import ProjectFileError

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CHANNEL = "raci_changes"
PING_SECONDS = 5.0
"""How often the listening connection is checked for being alive."""
PRESENCE_SECONDS = 30
"""A session not seen for this long is no longer listed as having the project open."""

_SECRET_OPTIONS = frozenset({"password", "sslpassword", "passfile"})
"""libpq options in a URL's query that are never shown."""
_CONNECT_DEFAULTS = {"application_name": "RACI Planner", "connect_timeout": "10",
                     # A network that silently drops the connection is noticed in about a
                     # minute, not after the system's two-hour TCP default.
                     "keepalives": "1", "keepalives_idle": "30", "keepalives_interval": "10",
                     "keepalives_count": "3",
                     # Data sent and never acknowledged (a cable pulled mid-write) gives up
                     # after a minute as well.
                     "tcp_user_timeout": "60000"}
"""Connection options the URL may override."""
_RACI_TABLES = ("presence", "change_log", "assignment", "activity", "staffing", "phase",
                "person", "role", "project", "alembic_version")

_PROJECT_NAME = re.compile(r"^[^\x00-\x1f\x7f\"]{1,63}$")


def is_url(location: object) -> bool:
    """True when a location names a server project rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerLocation:
    """A parsed server location; ``display`` is the only form ever shown."""

    url: URL
    project: str
    display: str = field(compare=False)

    @classmethod
    def parse(cls, location: str, password: str | None = None) -> ServerLocation:
        """Parse a postgresql:// URL (``?project=NAME`` picks a project in the database)."""
        try:
            url = make_url(location.strip())
            url.port  # noqa: B018 - a port that is not a number fails here, not later
        except (ArgumentError, ValueError) as exc:
            raise ProjectFileError(f"{_scrub(location)}: not a valid server address; write "
                                   "postgresql://USER@HOST:PORT/DATABASE") from exc
        if not url.database:
            raise ProjectFileError(f"{_scrub(location)}: names no database; write "
                                   "postgresql://USER@HOST:PORT/DATABASE")
        # An option given twice counts once, as libpq reads it: the last one.
        query = {k: v[-1] if isinstance(v, tuple) else v for k, v in url.query.items()}
        project = query.pop("project", "public")
        if not _PROJECT_NAME.match(project) or len(project.encode()) > 63:
            raise ProjectFileError(f"{_scrub(location)}: the project name must be 1 to 63 "
                                   "bytes long, without quotes or control characters")
        url = url.set(drivername="postgresql+psycopg", query=query)
        if password is not None:
            url = url.set(password=password)
        visible = {k: v for k, v in url.query.items() if k not in _SECRET_OPTIONS}
        shown = URL.create("postgresql", username=url.username, host=url.host,
                           port=url.port, database=url.database,
                           query=visible | ({"project": project} if project != "public"
                                            else {}))
        return cls(url, project, shown.render_as_string(hide_password=True))

    @property
    def options(self) -> dict[str, str]:
        """The connection options the address gives that may be shown (sslmode=...)."""
        return {k: str(v) for k, v in self.url.query.items() if k not in _SECRET_OPTIONS}

    @property
    def password(self) -> str | None:
        """The password the address gives, before the host or as ``?password=``."""
        given = self.url.password or self.url.query.get("password")
        return str(given) if given else None

    @property
    def user(self) -> str:
        """The user name the URL gives ('' when libpq picks it)."""
        return self.url.username or ""

    @property
    def key(self) -> str:
        """A name for the password in a keyring: user@host:port/database."""
        return (f"{self.user}@{self.url.host or 'localhost'}:{self.url.port or 5432}/"
                f"{self.url.database}")


_SECRET_VALUE = re.compile(
    r"(?i)\b((?:ssl)?password|passfile)(\s*=\s*)('(?:[^'\\]|\\.)*'|[^&\s]*)")
"""A secret option's value, in a URL's query or a libpq ``key=value`` string."""


def _scrub(location: str) -> str:
    """A location (or a driver's message) as it may be shown: any password removed."""
    hidden = re.sub(r"(://[^:/@\s]*):[^@/\s]*@", r"\1@", location.strip())
    return _SECRET_VALUE.sub(r"\1\2***", hidden)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def make_engine(location: ServerLocation) -> Engine:
    """An engine whose every connection works in the project's schema."""
    engine = create_engine(
        location.url, future=True, pool_pre_ping=True, pool_size=2, max_overflow=2,
        connect_args={k: v for k, v in _CONNECT_DEFAULTS.items() if k not in location.url.query},
    )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT set_config('search_path', %s, false)",
                           (_quoted(location.project),))
        dbapi_connection.commit()

    event.listen(engine, "connect", on_connect)
    return engine


def failure(location: ServerLocation, exc: SQLAlchemyError, doing: str) -> ProjectFileError:
    """One clear message for a server error (never the password)."""
    why = db.reason(exc)
    lowered = why.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        hint = "check the user name and password"
    elif "connection refused" in lowered or "could not" in lowered or "timeout" in lowered \
            or "server closed" in lowered or "terminating connection" in lowered:
        hint = "check that the server is running and reachable"
    elif "permission denied" in lowered:
        hint = "ask the database owner for access"
    else:
        hint = "check the address"
    return ProjectFileError(f"{location.display}: cannot {doing} ({_scrub(why)}); {hint}")


def _revision_here(engine: Engine, location: ServerLocation) -> str | None:
    """The schema revision of the project at location (None when there is none)."""
    with engine.connect() as conn:
        schema = conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"),
                              {"s": location.project}).first()
        if schema is None:
            return None
        table = conn.execute(text("SELECT to_regclass(:t)"),
                             {"t": f"{_quoted(location.project)}.alembic_version"}).scalar()
        if table is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def create(location: ServerLocation) -> Engine:
    """Create the project's tables on the server; an existing project is refused."""
    engine = make_engine(location)
    try:
        if _revision_here(engine, location) is not None:
            raise ProjectFileError(
                f"{location.display}: already holds a RACI project; choose another "
                "?project=NAME or delete it first")
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {_quoted(location.project)}")
        db.upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise failure(location, exc, "create the project") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def drop(location: ServerLocation) -> bool:
    """Delete a project's tables from the server (a failed create or copy); True when they
    are gone, False when the server could not be asked (they may still be there).

    Only RACI Planner's own tables go; the project's schema goes too when that
    leaves it empty (one that holds anything else, or ``public``, stays).
    """
    engine = make_engine(location)
    try:
        with engine.begin() as conn:
            for table in _RACI_TABLES:
                conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table} CASCADE")
    except SQLAlchemyError:
        engine.dispose()
        return False
    try:
        if location.project != "public":
            with engine.begin() as conn:  # RESTRICT: refused while anything else is in it
                conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {_quoted(location.project)}")
    except SQLAlchemyError:
        pass  # the schema holds something else: the project itself is gone
    finally:
        engine.dispose()
    return True


def _not_allowed(exc: SQLAlchemyError) -> bool:
    """True when the server refused for lack of rights (not the owner of a table, ...)."""
    why = db.reason(exc).lower()
    return "permission denied" in why or "must be owner" in why


def open_engine(location: ServerLocation) -> Engine:
    """Connect to an existing project, migrating its schema when it is older."""
    engine = make_engine(location)
    try:
        revision = _revision_here(engine, location)
        if revision is None:
            raise ProjectFileError(
                f"{location.display}: holds no RACI project; create one with 'raci new' "
                "or publish a file to it with 'raci copy FILE URL'")
        if revision not in db.known_revisions():
            raise ProjectFileError(
                f"{location.display}: written by a newer version of RACI Planner (schema "
                f"{revision}); update RACI Planner to open it")
        if revision != db.head_revision():
            try:
                db.upgrade(engine)
            except SQLAlchemyError as exc:
                if not _not_allowed(exc):
                    raise
                raise ProjectFileError(
                    f"{location.display}: written by an older version of RACI Planner; ask "
                    "the project's owner to open it once with this version, which brings it "
                    "up to date for everyone") from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise failure(location, exc, "open the project") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


class Session:
    """This program's presence on a server project: who it is, its LISTEN connection."""

    def __init__(self, engine: Engine, location: ServerLocation) -> None:
        self.location = location
        self.id = uuid.uuid4().hex
        self.host = socket.gethostname()
        with engine.connect() as conn:
            self.user = str(conn.execute(text("SELECT current_user")).scalar())
            self.writable = bool(conn.execute(text(
                "SELECT has_table_privilege('assignment', 'INSERT') "
                "AND has_table_privilege('activity', 'UPDATE') "
                "AND has_table_privilege('change_log', 'INSERT') "
                "AND has_table_privilege('project', 'UPDATE')")).scalar())
        self._listener: Any = None
        self._pinged = time.monotonic()
        self.listen()

    def listen(self) -> None:
        """(Re)open the connection that LISTENs for other sessions' commits."""
        import psycopg
        from psycopg.conninfo import make_conninfo

        url = self.location.url
        given = {"host": url.host, "port": url.port, "user": url.username,
                 "password": url.password, "dbname": url.database}
        options: dict[str, Any] = (
            _CONNECT_DEFAULTS | {k: v for k, v in given.items() if v is not None}
            | {str(k): str(v[-1] if isinstance(v, tuple) else v) for k, v in url.query.items()})
        conninfo = make_conninfo("", **options)
        self.close()
        self._listener = psycopg.connect(conninfo, autocommit=True)
        self._listener.execute(f"LISTEN {CHANNEL}")

    def announcements(self) -> list[int]:
        """Revisions other sessions committed to this project since last asked.

        Every few seconds the listening connection is also asked a trivial query:
        a connection that was cut (an idle timeout, a restarted server) says
        nothing otherwise, and this raises instead.
        """
        found: list[int] = []
        now = time.monotonic()
        if now - self._pinged > PING_SECONDS:
            self._pinged = now
            self._listener.execute("SELECT 1")
        for notice in self._listener.notifies(timeout=0.0):
            try:
                payload = json.loads(notice.payload)
            except ValueError:
                continue
            if payload.get("project") == self.location.project and \
                    payload.get("session") != self.id:
                found.append(int(payload.get("revision", 0)))
        return found

    def announce(self, conn: Any, revision: int, what: Sequence[str] = ()) -> None:
        """Tell every listener this session committed revision (sent at commit).

        ``what``: the kinds of change in the commit ("cell", "add role", ...), for
        tools that listen on the channel; the app reads the details from the history.
        """
        payload = json.dumps({"project": self.location.project, "revision": revision,
                              "session": self.id, "what": sorted(set(what))[:20]})
        conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})

    def close(self) -> None:
        """Stop listening."""
        if self._listener is not None:
            with contextlib.suppress(Exception):  # a dead connection closes anyway
                self._listener.close()
            self._listener = None
