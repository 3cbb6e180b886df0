"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl on a temporary folder.

The cluster listens on 127.0.0.1 on a free port, with password authentication
over TCP. It is made and run as a non-root user when the tests run as root
(PostgreSQL refuses to run as root). ``find_binaries`` returns None when the
server is not installed; callers skip with that reason.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

ADMIN = "raci_admin"
ADMIN_PASSWORD = "admin-secret"
NOT_INSTALLED = ("PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's "
                 "postgresql package to run the shared-workspace tests")


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest installed version first."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                        reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster: its port, and databases and users made on demand."""

    bindir: Path
    datadir: Path
    port: int
    run_as: str | None
    _numbers: Iterator[int]

    def url(self, database: str, user: str = ADMIN, password: str | None = ADMIN_PASSWORD,
            project: str | None = None) -> str:
        """A postgresql:// URL for database as user."""
        auth = user if password is None else f"{user}:{password}"
        query = f"?project={project}" if project else ""
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}{query}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the administrator (autocommit)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=ADMIN,
                             password=ADMIN_PASSWORD, dbname=database,
                             autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self, owner: str = ADMIN) -> str:
        """A fresh, empty database owned by owner; returns its name."""
        name = f"raci_test_{next(self._numbers)}"
        self.sql(f'CREATE DATABASE {name} OWNER "{owner}"')
        return name

    def new_user(self, name: str, password: str) -> None:
        """A login role with a password (no other rights)."""
        self.sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
                 f"THEN CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'; END IF; END $$")

    def _ctl(self, *args: str) -> None:
        _run(self.run_as, [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), *args])

    def stop(self) -> None:
        """Stop the server now (fast shutdown: open sessions are cut)."""
        with contextlib.suppress(subprocess.CalledProcessError):
            self._ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        """Start the server (again)."""
        self._ctl("-w", "-l", str(self.datadir / "server.log"), "start")

    def running(self) -> bool:
        """Whether the server is running (pg_ctl status)."""
        cmd = [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "status"]
        if self.run_as is not None:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, timeout=120, check=False).returncode == 0


def _run(user: str | None, cmd: list[str]) -> None:
    if user is not None:
        cmd = ["runuser", "-u", user, "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def _unprivileged_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL")


@contextlib.contextmanager
def cluster() -> Iterator[Cluster]:
    """Make and start a throwaway cluster; stop and delete it afterwards."""
    bindir = find_binaries()
    if bindir is None:
        raise RuntimeError(NOT_INSTALLED)
    run_as = _unprivileged_user()
    base = Path(tempfile.mkdtemp(prefix="raci-pg-"))
    datadir = base / "data"
    try:
        pwfile = base / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        if run_as is not None:
            entry = pwd.getpwnam(run_as)
            os.chown(base, entry.pw_uid, entry.pw_gid)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        _run(run_as, [str(bindir / "initdb"), "-D", str(datadir), "-U", ADMIN,
                      f"--pwfile={pwfile}", "--auth-local=trust", "--auth-host=scram-sha-256",
                      "-E", "UTF8", "--locale=C.UTF-8"])
        port = _free_port()
        with (datadir / "postgresql.conf").open("a") as conf:
            conf.write(f"\nport = {port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{base}'\nfsync = off\n"
                       "max_connections = 100\nshared_buffers = 32MB\n")
        server = Cluster(bindir, datadir, port, run_as, count(1))
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def current_user() -> str:
    """The user the tests run as."""
    return getpass.getuser()
