"""Show a file in the system's file manager with the file selected (after an export).

Windows: ``explorer /select, FILE``; macOS: ``open -R FILE``; Linux and the other free
desktops: the file manager's freedesktop ``org.freedesktop.FileManager1.ShowItems`` call on
the session bus. Where none of these answers, the folder is opened (without the file
selected) as QDesktopServices opens any folder.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

FILE_MANAGER = ("org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                "org.freedesktop.FileManager1")
"""Service, object and interface of the freedesktop file manager call."""
DBUS_TIMEOUT_MS = 5000
"""How long the file manager is given to answer (it may have to start) before the folder is
opened instead."""


def launch(program: str, arguments: list[str]) -> bool:
    """Start a program on its own (not waited for); False when it could not be started."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def show_items(uri: str, failed: Callable[[], None]) -> bool:
    """Ask the desktop's file manager over D-Bus to show uri selected, without waiting for
    its answer (the window stays responsive while a file manager starts). False when there
    is no session bus to ask; failed runs later when no file manager answers, or it answers
    with an error."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
    except ImportError:  # a Qt built without D-Bus
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    call = QDBusMessage.createMethodCall(*FILE_MANAGER, "ShowItems")
    call.setArguments([[uri], ""])
    watcher = QDBusPendingCallWatcher(bus.asyncCall(call, DBUS_TIMEOUT_MS))
    _WAITING.add(watcher)

    def answered(done: QDBusPendingCallWatcher) -> None:
        _WAITING.discard(done)
        if done.isError():
            failed()
        done.deleteLater()

    watcher.finished.connect(answered)
    return True


_WAITING: set[Any] = set()
"""D-Bus calls not answered yet (kept here: nothing else holds them)."""


def open_url(url: QUrl) -> bool:
    """Open a URL as the desktop opens it (a folder: in the file manager)."""
    return QDesktopServices.openUrl(url)


def file_uri(path: Path) -> str:
    """file:///home/sam/Crew%20plan.xlsx: a local path as an encoded URI (as D-Bus takes it)."""
    return bytes(QUrl.fromLocalFile(str(path)).toEncoded().data()).decode("ascii")


def reveal(path: Path, platform: str | None = None,
           failed: Callable[[], None] | None = None) -> bool:
    """Show path's folder with path selected, or at least its folder; False when neither
    could be shown. platform: sys.platform unless given. On Linux the file manager answers
    later: when it cannot, the folder is opened then, and failed runs if that fails too."""
    platform = platform or sys.platform
    path = path.absolute()
    folder = QUrl.fromLocalFile(str(path.parent))

    def folder_instead() -> None:
        if not open_url(folder) and failed is not None:
            failed()

    if platform.startswith("win"):
        # "/select," and the path in Windows' form as two arguments: Qt quotes a path with
        # spaces on its own, which explorer reads (it exits with 1 even when it showed the
        # file: that it started is what is known).
        native = str(path).replace("/", "\\")
        if launch("explorer", ["/select,", native]):
            return True
    elif platform == "darwin":
        if launch("open", ["-R", str(path)]):
            return True
    elif show_items(file_uri(path), folder_instead):
        return True
    return open_url(folder)
