"""Where a project file lives: a local disk, a network share or a synced folder.

SQLite's WAL journal needs shared memory between every process that opens the
file, which network file systems and sync clients (Dropbox, OneDrive, Google
Drive, iCloud...) do not provide: there SQLite advises a rollback journal. This
module tells which kind of place a path is in, from the Linux mount table, the
Windows drive type, and the names sync clients give their folders.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p",
    "ceph", "glusterfs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2", "davfs", "virtiofs",
    "vboxsf", "vmhgfs", "prl_fs", "afpfs", "webdav",
})
"""Mount types whose files other machines (or the host of a VM) can change."""

NETWORK_FUSE = ("sshfs", "rclone", "s3fs", "gcsfuse", "davfs", "glusterfs", "ceph", "smb",
                "cifs", "nfs", "onedrive", "dropbox", "google", "gdrive", "goofys",
                "juicefs", "mountpoint-s3", "vmhgfs", "keybase", "afp", "webdav")
"""Words in a FUSE mount type (fuse.sshfs, fuse.rclone...) that mean a remote file system."""

SYNC_FOLDER_NAMES = frozenset(name.casefold() for name in (
    "Dropbox", "OneDrive", "Google Drive", "GoogleDrive", "My Drive", "iCloud Drive",
    "iCloudDrive", "Mobile Documents", "CloudStorage", "Box", "Box Sync", "pCloud Drive",
    "MEGA", "MEGAsync", "Nextcloud", "ownCloud", "Seafile", "SynologyDrive",
    "Tresorit", "SpiderOak Hive", "Yandex.Disk",
))
"""Folder names sync clients create; a project anywhere below one is in a synced folder."""

SYNC_FOLDER_PREFIXES = ("onedrive - ", "dropbox (", "google drive", "nextcloud", "box-box")
"""Prefixes of sync folder names that carry an account or company name."""

DRIVE_REMOTE = 4
"""GetDriveTypeW's answer for a network drive."""


@dataclass(frozen=True)
class Place:
    """What kind of place a path is in, and why it was decided so."""

    kind: str  # "local", "network" or "sync"
    reason: str = ""

    @property
    def shared(self) -> bool:
        """True on network file systems and synced folders."""
        return self.kind != "local"


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) pairs from /proc/mounts text."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((_unescape(parts[1]), parts[2]))
    return out


def is_network_type(fstype: str) -> bool:
    """True for a network file system type (nfs, cifs, fuse.sshfs, ...)."""
    kind = fstype.casefold()
    if kind in NETWORK_FS_TYPES or kind.split(".")[0] in NETWORK_FS_TYPES:
        return True
    if kind.startswith("fuse"):
        sub = kind.partition(".")[2]
        return any(word in sub for word in NETWORK_FUSE)
    return False


def mount_type(path: Path, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (mount point, type) that holds path: the longest mount point above it."""
    target = str(path)
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        prefix = point.rstrip("/") + "/"
        if (target == point or target.startswith(prefix) or point == "/") and (
            best is None or len(point) >= len(best[0])
        ):
            best = (point, fstype)
    return best


def _read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


def _windows_drive_type(path: Path) -> int | None:
    if sys.platform != "win32":
        return None
    import ctypes

    root = os.path.splitdrive(str(path))[0] + "\\"
    kernel32 = ctypes.windll.kernel32
    result: int = kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    return result


def sync_folder(path: PurePath) -> str | None:
    """The sync folder name found in path, or None."""
    for part in path.parts[:-1]:
        name = part.casefold()
        if name in SYNC_FOLDER_NAMES or name.startswith(SYNC_FOLDER_PREFIXES):
            return part
    return None


def place_of(path: Path, mounts: str | None = None, drive_type: int | None = None) -> Place:
    """Where path lives. ``mounts`` (mount table text) and ``drive_type`` are for tests."""
    if str(path).startswith(("\\\\", "//")):
        return Place("network", f"{path} is on a network share")
    full = Path(os.path.abspath(path))
    with contextlib.suppress(OSError):
        full = full.parent.resolve() / full.name
    if drive_type is None:
        drive_type = _windows_drive_type(full)
    if drive_type == DRIVE_REMOTE:
        return Place("network", f"{full.drive} is a network drive")
    table = parse_mounts(_read_mounts() if mounts is None else mounts)
    found = mount_type(full, table)
    if found is not None and is_network_type(found[1]):
        return Place("network", f"{found[0]} is a {found[1]} network file system")
    folder = sync_folder(full)
    if folder is not None:
        return Place("sync", f"{folder} is a synced folder")
    return Place("local")


def journal_mode_for(path: Path) -> str:
    """SQLite journal mode for a project at path: WAL locally, DELETE when shared."""
    return "DELETE" if place_of(path).shared else "WAL"
