"""New project files made whole: built under a temporary name, moved into place complete.

``raci new``, imports, the sample project and the app's File > New all create
their project here; the app's File > Save As moves the open project to a new file
here too (``save_as``). The project is built in a fresh temporary file beside the
target (created exclusively, never through a link), closed, and renamed onto
the target only when everything succeeded: an error, Ctrl+C or SIGTERM leaves
neither a temporary file nor a half-made project under the target's name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from raci import db
from raci.errors import ProjectFileError, RaciError
from raci.files import check_folder, create_exclusive, move_into_place, os_error_reason
from raci.lock import LockedError, ProjectLock, acquire, read_holder
from raci.schemes import DEFAULT_SCHEME
from raci.service import ProjectService
from raci.state import ProjectState


def check_replaceable(target: Path) -> None:
    """Refuse to replace a project that is open here or held by another writer."""
    if db.is_open_here(target):
        raise ProjectFileError(f"{target}: is open; close it before replacing it")
    holder = read_holder(target)
    if holder is not None and not holder.stale:
        raise ProjectFileError(f"{target}: is open for writing by {holder.describe()}; "
                               "it cannot be replaced now")


def build_project(
    target: Path,
    name: str | None = None,
    scheme: str = DEFAULT_SCHEME,
    fill: Callable[[ProjectService], object] | None = None,
    overwrite: bool = False,
    *,
    unwritten: Callable[[Path, OSError], ProjectFileError] | None = None,
) -> ProjectState:
    """Create the project file target, filled by ``fill``; return its final state.

    Without overwrite an existing target is refused (and is never replaced,
    even if it appears while the project is being built). ``unwritten`` words the
    error of a file that cannot be made or put in place (a copy saved says so as every
    copy does: ``db.not_written``).
    """
    check_folder(target, ProjectFileError)
    if os.path.lexists(target):
        if not overwrite:
            raise ProjectFileError(
                f"{target}: already exists; choose another name or pass --force")
        check_replaceable(target)
    tmp: Path | None = None
    try:
        try:
            tmp, fd = create_exclusive(target)
        except OSError as exc:
            raise (unwritten(target, exc) if unwritten is not None else ProjectFileError(
                f"{target}: cannot be created ({os_error_reason(exc)})")) from exc
        os.close(fd)
        service = ProjectService.create(tmp, name or target.stem, scheme, fresh=True)
        try:
            if fill is not None:
                fill(service)
            state = service.state()
        finally:
            service.close()
        try:
            if overwrite:
                db.remove_companions(target)
            move_into_place(tmp, target, overwrite)
        except FileExistsError as exc:
            raise ProjectFileError(
                f"{target}: appeared while the project was being made; choose another "
                "name") from exc
        except OSError as exc:
            raise (unwritten(target, exc) if unwritten is not None else ProjectFileError(
                f"{target}: cannot be written ({os_error_reason(exc)})")) from exc
        tmp = None
        return state
    finally:
        if tmp is not None:
            db.remove_file(tmp)


@dataclass
class Opened:
    """A project opened by the app: its service, and its lock or who holds it instead."""

    service: ProjectService
    lock: ProjectLock | None
    held_by: str | None


def open_for_writing(path: Path) -> Opened:
    """Open path as its one writer; when another program holds it, open it read-only."""
    try:
        lock = acquire(path)
    except LockedError as exc:
        service = ProjectService.open(path, read_only=True)
        who = exc.holder.describe()
        service.stop_edits(f"{path}: open for writing by {who}; opened read-only "
                           "(take over editing to change it here)")
        return Opened(service, None, who)
    except RaciError:
        # The folder cannot hold the marker: nothing can be written there anyway.
        service = ProjectService.open(path, read_only=True)
        service.stop_edits(f"{path}: the folder is read-only; opened read-only (save a "
                           "copy elsewhere to edit it)")
        return Opened(service, None, "nobody (the folder is read-only)")
    try:
        return Opened(ProjectService.open(path), lock, None)
    except BaseException:
        lock.release()
        raise


def claim(service: ProjectService) -> tuple[ProjectLock | None, str | None]:
    """Become the writer of a project just created or opened: (lock, or who holds it).

    When another program holds it, or its folder cannot hold the marker, edits
    are stopped with the reason.
    """
    if service.path is None or service.stopped is not None:
        return None, None
    try:
        return acquire(service.path), None
    except LockedError as exc:
        holder = exc.holder.describe()
        service.stop_edits(f"{service.path}: open for writing by {holder}; opened "
                           "read-only")
        return None, holder
    except RaciError as exc:
        service.stop_edits(str(exc))
        return None, "nobody (the folder is read-only)"


def save_as(service: ProjectService, target: Path) -> Opened:
    """Write the open project to target and open it there as its one writer (File > Save As).

    The copy is the service's own (``save_copy``: the whole file with its history, or
    a server project's snapshot), so it is written even after the open file went away
    or the server stopped answering. The target is refused while it is this project's
    own file, open here, or held by another writer. Nothing changes for the open
    project: the caller closes it once the new one is open. A failure raises
    RaciError, and a copy already written that cannot be opened is said to be there.
    """
    if service.path is not None and os.path.lexists(target) and \
            db.same_file(service.path, target):
        raise ProjectFileError(f"{target}: is this project's own file, where every change "
                               "is already saved; choose another name to save it as")
    if os.path.lexists(target):
        check_replaceable(target)
    service.save_copy(target)
    try:
        lock = acquire(target)
    except LockedError as exc:
        raise ProjectFileError(
            f"{target}: the project was written there, but {exc.holder.describe()} opened "
            "it for writing meanwhile; this window goes on with the project as it "
            "was") from exc
    try:
        return Opened(ProjectService.open(target), lock, None)
    except RaciError as exc:
        lock.release()
        raise ProjectFileError(f"{target}: the project was written there but cannot be "
                               f"opened ({exc}); this window goes on with the project as "
                               "it was") from exc
    except BaseException:
        lock.release()
        raise
