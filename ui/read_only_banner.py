"""The status-bar banner of a project shown read-only: who holds it (Take Over Editing), or why.

The banner sits among the status bar's permanent widgets (left of them), so
the status bar's passing messages ("Opened ...") never cover it: it shows from
the moment the project opens until edits are possible again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from ui.plain import plain_tip

READ_ONLY_MARK = " (read-only)"
"""After the project's name in the window title while the project is shown read-only, so
that two windows on one file (or the taskbar's list of them) tell the editable one apart."""


class ReadOnlyBanner:
    """A label naming the project's writer and a button to take over, in the status bar."""

    def __init__(self, window: QMainWindow, take_over: Callable[[], object]) -> None:
        self.window = window
        self.label = QLabel(window)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        self.label.setStyleSheet("QLabel { background: #FFF2CC; color: #1a1a1a; "
                                 "padding: 2px 6px; }")
        self.label.setAccessibleName("Read-only notice")
        self.button = QPushButton("Take Over Editing", window)
        self.button.setToolTip("Edit the project here; the program that holds it can no "
                               "longer save its edits")
        self.button.clicked.connect(lambda: take_over())
        # Permanent widgets stay in view while a passing message shows (normal ones
        # are hidden by it); inserted first, they come before presence and counts.
        window.statusBar().insertPermanentWidget(0, self.label)
        window.statusBar().insertPermanentWidget(1, self.button)
        self.hide()

    def show_holder(self, holder: str) -> None:
        """Show who holds the project."""
        self.label.setText(f"Read-only: open for writing by {holder}")
        self.label.setToolTip("")
        self.label.show()
        self.button.show()
        self._mark_title(True)

    def show_reason(self, reason: str) -> None:
        """Show why edits are off where nobody can be taken over from (a server's rights)."""
        self.label.setText(f"Read-only: {reason}")
        self.label.setToolTip(plain_tip(reason))
        self.label.show()
        self.button.hide()
        self._mark_title(True)

    def hide(self) -> None:
        """Hide the banner (the project is editable here, or closed)."""
        self.label.hide()
        self.button.hide()
        self._mark_title(False)

    def _mark_title(self, read_only: bool) -> None:
        """Say in the window title ("plan.raci (read-only) - RACI Planner") whether the
        project shown is read-only; a title naming no project is left as it is."""
        name, dash, app = self.window.windowTitle().rpartition(" - ")
        if dash:
            mark = READ_ONLY_MARK if read_only else ""
            self.window.setWindowTitle(f"{name.removesuffix(READ_ONLY_MARK)}{mark}{dash}{app}")
