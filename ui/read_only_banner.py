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


class ReadOnlyBanner:
    """A label naming the project's writer and a button to take over, in the status bar."""

    def __init__(self, window: QMainWindow, take_over: Callable[[], object]) -> None:
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

    def show_reason(self, reason: str) -> None:
        """Show why edits are off where nobody can be taken over from (a server's rights)."""
        self.label.setText(f"Read-only: {reason}")
        self.label.setToolTip(plain_tip(reason))
        self.label.show()
        self.button.hide()

    def hide(self) -> None:
        """Hide the banner (the project is editable here, or closed)."""
        self.label.hide()
        self.button.hide()
