"""Files dropped on the window from a file manager, opened as File > Open opens them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def dropped_files(data: QMimeData) -> list[Path]:
    """The local files a drag carries (none for text or links to web pages)."""
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class FileDrops(QObject):
    """Takes files dragged onto the window, never other dragged data, and opens them after
    the drop is over (a dialog they open never holds up the file manager they came from)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: accept a drag of files, open them when dropped."""
        if isinstance(event, QDragEnterEvent) and dropped_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and (paths := dropped_files(event.mimeData())):
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.w.files.open_dropped(paths))
            return True
        return super().eventFilter(watched, event)
