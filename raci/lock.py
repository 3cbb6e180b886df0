"""One writer at a time: a lock marker beside a project while it is open for writing.

The marker is a small JSON file, ``.NAME.lock`` in the project's folder, saying
who holds the project (user, machine, process, program) and since when. It is
created exclusively, so of two programs opening a project at once only one
becomes its writer; the other learns who holds it and opens it read-only, or
takes the lock over explicitly. A marker left by a process that is gone (same
machine, process no longer running) is stale and is replaced without asking;
one from another machine can only be taken over explicitly, because whether
that process still runs cannot be known from here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from raci.errors import ProjectFileError
from raci.files import os_error_reason

APP = "RACI Planner"
CLI = "raci command line"
_EXCLUSIVE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
              | getattr(os, "O_BINARY", 0))
UNREADABLE_GRACE = 10.0
"""Seconds an unreadable marker may be in the middle of being written before it counts as stale."""
MAX_MARKER_BYTES = 4096


@dataclass(frozen=True)
class LockHolder:
    """Who holds a project: user, machine, process, program, since when (UTC, ISO 8601)."""

    user: str
    host: str
    pid: int
    since: str
    program: str = APP
    token: str = ""
    stale: bool = False

    def describe(self) -> str:
        """'ann on laptop-7 (RACI Planner, process 4242) since 2026-05-01 09:30 UTC'."""
        since = self.since.replace("T", " ")[:16] + " UTC" if self.since else "an unknown time"
        who = f"{self.user or 'someone'} on {self.host or 'an unknown machine'}"
        return f"{who} ({self.program}, process {self.pid}) since {since}"

    def is_this_process(self) -> bool:
        """True when the holder is this very process (another window or command in it)."""
        return self.host == _host() and self.pid == os.getpid()


class LockedError(ProjectFileError):
    """The project is open for writing elsewhere; ``holder`` says by whom."""

    def __init__(self, project: Path, holder: LockHolder) -> None:
        super().__init__(f"{project}: open for writing by {holder.describe()}")
        self.project = project
        self.holder = holder


def lock_path(project: Path) -> Path:
    """The marker file of a project."""
    return project.with_name(f".{project.name}.lock")


def _host() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises several types when no name is set
        return "someone"


def process_running(pid: int) -> bool:
    """True when a process with this id runs on this machine (True when unsure)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _parse(data: bytes) -> LockHolder | None:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(raw, dict):
        return None
    try:
        pid = int(raw.get("pid", 0))
    except (TypeError, ValueError):
        pid = 0
    return LockHolder(str(raw.get("user", "")), str(raw.get("host", "")), pid,
                      str(raw.get("since", "")), str(raw.get("program", APP)),
                      str(raw.get("token", "")))


def read_holder(project: Path) -> LockHolder | None:
    """Who holds the project, or None when nobody does; ``stale`` tells a dead holder."""
    marker = lock_path(project)
    try:
        with open(marker, "rb") as fh:
            data = fh.read(MAX_MARKER_BYTES)
        age = time.time() - os.stat(marker).st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return LockHolder("someone", "", 0, "", "unknown program")
    holder = _parse(data)
    if holder is None:
        # Being written this instant, or left half-written by a crash.
        return LockHolder("someone", "", 0, "", "unknown program",
                          stale=age > UNREADABLE_GRACE)
    stale = holder.host == _host() and not process_running(holder.pid)
    if stale:
        holder = LockHolder(holder.user, holder.host, holder.pid, holder.since,
                            holder.program, holder.token, stale=True)
    return holder


class ProjectLock:
    """A held lock; ``release()`` (or leaving a ``with`` block) removes the marker."""

    def __init__(self, project: Path, holder: LockHolder) -> None:
        self.project = project
        self.holder = holder
        self.released = False

    def still_held(self) -> bool:
        """True while the marker on disk is still this lock's (nobody took it over)."""
        current = read_holder(self.project)
        return current is not None and current.token == self.holder.token

    def release(self) -> None:
        """Remove the marker if it is still this lock's."""
        if self.released:
            return
        self.released = True
        if self.still_held():
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()

    def __enter__(self) -> ProjectLock:
        """Enter the with block."""
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Release on leaving the with block."""
        self.release()


def acquire(project: Path, program: str = APP, take_over: bool = False) -> ProjectLock:
    """Become the one writer of project, or raise LockedError naming the holder.

    A stale marker (same machine, process gone) is replaced; any other is only
    replaced with ``take_over``. Raises ProjectFileError when the folder cannot
    hold a marker (read-only, no permission): such a project cannot be written.
    """
    marker = lock_path(project)
    mine = LockHolder(_user(), _host(), os.getpid(),
                      dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", ""),
                      program, secrets.token_hex(8))
    data = json.dumps({
        "user": mine.user, "host": mine.host, "pid": mine.pid, "since": mine.since,
        "program": mine.program, "token": mine.token,
    }, ensure_ascii=False).encode("utf-8")
    for _ in range(5):
        try:
            fd = os.open(marker, _EXCLUSIVE, 0o644)
        except FileExistsError:
            holder = read_holder(project)
            if holder is None:
                continue  # released meanwhile
            if not (holder.stale or take_over):
                raise LockedError(project, holder) from None
            _remove_if_unchanged(project, holder)
            continue
        except OSError as exc:
            raise ProjectFileError(
                f"{project}: cannot mark the project as open for writing in "
                f"{project.parent} ({os_error_reason(exc)}); open it read-only or copy it"
            ) from exc
        try:
            os.write(fd, data)
            os.fsync(fd)
        except OSError as exc:
            os.close(fd)
            marker.unlink(missing_ok=True)
            raise ProjectFileError(
                f"{project}: cannot mark the project as open for writing "
                f"({os_error_reason(exc)})") from exc
        os.close(fd)
        return ProjectLock(project, mine)
    holder = read_holder(project)
    raise LockedError(project, holder or LockHolder("someone", "", 0, "", "unknown program"))


def _remove_if_unchanged(project: Path, seen: LockHolder) -> None:
    current = read_holder(project)
    if current is not None and current.token == seen.token:
        try:
            lock_path(project).unlink()
        except OSError as exc:
            if exc.errno != errno.ENOENT:
                raise ProjectFileError(
                    f"{project}: cannot remove the lock of {seen.describe()} "
                    f"({os_error_reason(exc)})") from exc
