"""Errors a user can meet: each one says what happened, to what, and what to do."""

from __future__ import annotations

from pathlib import Path


class RaciError(Exception):
    """A problem with user input or a user file, safe to show as one line."""


class LetterError(RaciError):
    """A cell value holds a letter the project's scheme does not know."""


class ProjectFileError(RaciError):
    """A project file cannot be opened: missing, not a project, too new or corrupt."""


class NotFoundError(RaciError):
    """A named role, person, activity or phase does not exist in the project."""


class ConflictError(RaciError):
    """A change would break a rule of the project, such as two roles with one name."""


def read_user_file(path: Path, error: type[RaciError] = RaciError,
                   max_bytes: int | None = None) -> bytes:
    """The bytes of a file the user named, or an error of the given type saying why not."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise error(f"{path}: larger than {max_bytes // 1_000_000} MB")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise error(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise error(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from exc
