"""Reading and writing the files a user names: clear errors, no half-written files.

Every file RACI Planner writes (exports, CSV, templates, project copies, new and
imported projects) is first written to a fresh temporary name in the target's
folder, created exclusively (``O_CREAT|O_EXCL|O_NOFOLLOW``, so a planted link is
never followed), flushed to disk, and only then renamed onto the target. An
error or an interruption removes the temporary file and leaves the target as it
was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from raci.errors import RaciError

_EXCLUSIVE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
              | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
# Characters some system refuses in a file name, and control characters.
_SEPARATORS = re.compile(r'[<>:"/\\|?*]+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_RESERVED_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                             *(f"LPT{i}" for i in range(1, 10))})
# A run of dashes (hyphen, en or em dash, spaced or not), such as the " - " put for a
# refused character beside a dash of the name ("Team 7 – : Park"): one dash, the first.
_DASH_RUN = re.compile(r"[-\u2013\u2014](?: ?[-\u2013\u2014])+")
_ENDS = " .-\u2013\u2014"
MAX_NAME_CHARS = 120


def file_name(name: str, suffix: str, fallback: str = "project") -> str:
    """A file name built from a project's name that every system accepts.

    Characters that some system refuses (``< > : " / \\ | ? *``) become `` - ``,
    control characters a space; spacing is tidied, dashes one after another (``-``, ``–``,
    ``—``, spaced or not) become one, leading and trailing dots, dashes and spaces go,
    and a reserved device name (``CON``, ``LPT1``...) or an empty result falls back to
    ``fallback``.
    ``file_name("Sample: checkout revamp", ".xlsx")`` is ``"Sample - checkout revamp.xlsx"``.
    """
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", name))
    text = " ".join(_SEPARATORS.sub(" - ", text).split())
    text = _DASH_RUN.sub(lambda m: m.group(0)[0], text)
    text = text.strip(_ENDS)[:MAX_NAME_CHARS].rstrip(_ENDS)
    if not text or text.split(".")[0].upper() in _RESERVED_NAMES:
        text = fallback
    return text + suffix


_REASONS = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EDQUOT: "the disk quota is used up; free some space and try again",
    errno.EROFS: "the disk is read-only; choose another folder",
    errno.EACCES: "permission denied; choose a folder you can write to",
    errno.EPERM: "permission denied; choose a folder you can write to",
}


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


def link_target(path: Path) -> Path:
    """Where a link leads in the end, for a message: the file a chain of links reaches,
    or as far as it goes (a link to nothing, links that lead round in a loop); never an
    error, unlike ``Path.resolve``, which refuses a loop."""
    return Path(os.path.realpath(path))


def os_error_reason(exc: OSError) -> str:
    """A short reason for an OS error, with what to do for the common ones."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def temporary_name(target: Path) -> Path:
    """A fresh hidden name beside target (never used before, hard to guess)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


def create_exclusive(target: Path) -> tuple[Path, int]:
    """Create a new temporary file beside target; return its path and an open descriptor.

    The file is created with O_EXCL and O_NOFOLLOW: an existing file or a link
    at the name is never opened.
    """
    for _ in range(20):
        tmp = temporary_name(target)
        try:
            return tmp, os.open(tmp, _EXCLUSIVE, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "cannot find a free temporary name", str(target))


def discard(path: Path | None) -> None:
    """Remove a temporary file if it is there (errors ignored: nothing else can be done)."""
    if path is None:
        return
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def move_into_place(tmp: Path, target: Path, overwrite: bool = True) -> None:
    """Rename a finished temporary file onto target in one step.

    Without overwrite the move fails if target appeared meanwhile (a hard link
    is made, which never replaces; where links are not supported, the target is
    checked just before renaming).
    """
    if overwrite:
        os.replace(tmp, target)
    else:
        try:
            os.link(tmp, target, follow_symlinks=False)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, "already exists", str(target)) from None
            os.replace(tmp, target)
        else:
            tmp.unlink()
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_folder(target: Path, error: type[RaciError] = RaciError) -> None:
    """Refuse a target whose folder is missing, or which is a folder itself."""
    if not target.parent.is_dir():
        raise error(f"{target}: the folder {target.parent} does not exist")
    if target.is_dir():
        raise error(f"{target}: is a folder; choose a file name")


def refuse_same(target: Path, *inputs: Path, error: type[RaciError] = RaciError) -> None:
    """Refuse to write target when it is one of the files being read."""
    for source in inputs:
        try:
            same = os.path.samefile(source, target)
        except OSError:
            same = os.path.abspath(source) == os.path.abspath(target)
        if same:
            raise error(f"{target}: is also the file being read ({source}); "
                        "choose another name for the output")


def write_atomically(target: Path, write: Callable[[BinaryIO], object],
                     error: type[RaciError] = RaciError, overwrite: bool = True) -> None:
    """Call write(binary file) on a fresh temporary file; move it onto target once complete."""
    check_folder(target, error)
    tmp: Path | None = None
    try:
        tmp, fd = create_exclusive(target)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        move_into_place(tmp, target, overwrite)
        tmp = None
    except OSError as exc:
        discard(tmp)
        raise error(f"{target}: cannot be written ({os_error_reason(exc)})") from exc
    except BaseException:
        discard(tmp)
        raise


def damage(exc: BaseException) -> str:
    """What is wrong with a damaged zipped file (.xlsx, .docx, .pptx, .odt), in a user's
    words, from the error its reader raised (never the error's class name or text)."""
    import zipfile
    import zlib

    name = exc.__class__.__name__
    if isinstance(exc, zipfile.BadZipFile):
        return "it is not a complete zip archive"
    if isinstance(exc, zlib.error | EOFError):
        return "part of it does not unpack"
    if isinstance(exc, NotImplementedError | RuntimeError):
        return "it is encrypted or packed in a way this program cannot read"
    if "XML" in name.upper() or "Parse" in name or "Syntax" in name:
        return "its XML is broken"
    return "it could not be unpacked"
