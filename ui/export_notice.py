"""After File > Export Excel or Export CSV: a note in the status bar naming the file written,
with buttons to open it (in the program the system opens such files with) or its folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton

from ui.reveal import reveal

EXPORTED_MS = 60_000
"""How long the note and its buttons stay, unless another message takes their place."""
MISSING_MS = 10_000
"""How long the status bar says why an exported file could not be opened."""


def open_path(path: Path) -> bool:
    """Open a file or folder as the desktop opens it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportNotice:
    """"Exported /path/plan.xlsx" with Open and Open Folder buttons beside it, shown as
    long as that message is: any other message (or the bar cleared) hides the buttons."""

    def __init__(self, window: QMainWindow) -> None:
        self.bar = window.statusBar()
        self.target: Path | None = None
        self.text = ""
        self.open_button = QPushButton("&Open", window)  # (Alt keys no menu or tab has)
        self.open_button.setToolTip("Open the exported file")
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton("Open Fol&der", window)
        self.folder_button.setToolTip(
            "Open the folder the file was exported to, with the file selected")
        self.folder_button.clicked.connect(self.open_folder)
        # Permanent widgets (the others are hidden by a passing message); first, so they
        # stand next to the message they belong to.
        self.bar.insertPermanentWidget(0, self.open_button)
        self.bar.insertPermanentWidget(1, self.folder_button)
        self.bar.messageChanged.connect(self._message_changed)
        self._show_buttons(False)

    def show(self, target: Path) -> None:
        """Say where the file was written, and offer to open it."""
        self.target = target
        self.text = f"Exported {target}"
        self.bar.showMessage(self.text, EXPORTED_MS)
        self._show_buttons(True)

    def open_file(self) -> None:
        """Open the exported file with the program the system opens such files with."""
        if self.target is not None:
            self._open(self.target, "no program here opens this kind of file")

    def open_folder(self) -> None:
        """Show the folder the file was written to, with the file selected where the
        system's file manager can do it (the folder alone when the file is gone)."""
        target = self.target
        if target is None:
            return
        refused = "no file manager here could show it"

        def failed() -> None:  # the file manager said no, and the folder did not open
            self._could_not(target.parent, refused)

        self._open(target.parent, refused,
                   (lambda _folder: reveal(target, failed=failed)) if target.exists()
                   else open_path)

    def _open(self, path: Path, refused: str,
              opener: Callable[[Path], bool] | None = None) -> None:
        """Open path (with opener, when given), or say in the status bar why it was not
        (moved or deleted since the export, or nothing on this system to open it with)."""
        if not path.exists():
            self.bar.showMessage(f"{path} is no longer there (moved or deleted since the "
                                 "export): export again to write it", MISSING_MS)
        elif not (opener or open_path)(path):
            self._could_not(path, refused)

    def _could_not(self, path: Path, refused: str) -> None:
        self.bar.showMessage(f"Could not open {path}: {refused}; open it from your "
                             "file manager", MISSING_MS)

    def _message_changed(self, text: str) -> None:
        if text != self.text:
            self._show_buttons(False)

    def _show_buttons(self, shown: bool) -> None:
        self.open_button.setVisible(shown)
        self.folder_button.setVisible(shown)
