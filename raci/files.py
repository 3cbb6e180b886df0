"""Reading and writing the files a user names: clear errors, no half-written files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from raci.errors import RaciError


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


def write_atomically(target: Path, write: Callable[[Path], object],
                     error: type[RaciError] = RaciError) -> None:
    """Call write(temporary path) and move the result onto target only if it succeeded."""
    tmp = target.with_name(f".{target.name}.part")
    try:
        write(tmp)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise error(f"{target}: cannot be written ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
