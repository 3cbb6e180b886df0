"""The status-bar banner of a project shown read-only: who holds it (Take Over Editing), or why.

The banner sits among the status bar's permanent widgets (left of them), so
the status bar's passing messages ("Opened ...") never cover it: it shows from
the moment the project opens until edits are possible again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from ui.plain import plain_tip

READ_ONLY_MARK = " (read-only)"
"""After the project's name in the window title while the project is shown read-only, so
that two windows on one file (or the taskbar's list of them) tell the editable one apart."""


MESSAGE_SHARE = 0.6
"""The most of the status bar's width a passing message takes from the banner (the rest
still says "Read-only: ..." elided, all of it in the tooltip)."""
MESSAGE_MARGIN = 16  # where the status bar starts its message, and the gap after it
WIDGET_GAP = 6  # between two of the status bar's widgets


class ElidedLabel(QLabel):
    """A one-line label of the status bar that leaves a passing message the room to show
    whole, ending its own text with "…" where it does not fit; the whole text is its
    tooltip.

    A plain QLabel asks for the width of all its text, and the status bar gives its
    permanent widgets what they ask first: a long reason ("/path/plan.raci: the folder is
    read-only; ...") or holder left a message such as "Nothing changed: ..." a few letters.
    """

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bar.installEventFilter(self)  # a wider or narrower bar: another share
        bar.messageChanged.connect(lambda _text: self.updateGeometry())

    def set_full_text(self, text: str) -> None:
        """Show text (elided as the width needs), with all of it as the tooltip."""
        self.setText(text)
        self.setToolTip(plain_tip(text))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Override QLabel.sizeHint: the text's width, up to the room a message leaves."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._most()), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Override QLabel.minimumSizeHint: a few letters and the "…"."""
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("Read-only…") + self._padding()
        return QSize(min(hint.width(), least), hint.height())

    def _most(self) -> int:
        """The bar's width less its other widgets and the message shown (up to its share)."""
        bar = self.bar
        others = sum(w.sizeHint().width() + WIDGET_GAP for w in bar.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w is not self and w.isVisibleTo(bar))
        message = bar.currentMessage()
        wanted = (self.fontMetrics().horizontalAdvance(message) + 2 * MESSAGE_MARGIN
                  if message else 0)
        room = bar.width() - others - min(wanted, int(bar.width() * MESSAGE_SHARE))
        return max(room, self.minimumSizeHint().width())

    def _padding(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: follow the status bar's width."""
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QLabel.paintEvent: the text elided to the width it was given."""
        painter = QPainter(self)
        self.style().drawItemText(
            painter, self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(), self.isEnabled(),
            self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                          self.contentsRect().width()),
            self.foregroundRole())


class ReadOnlyBanner:
    """A label naming the project's writer and a button to take over, in the status bar."""

    def __init__(self, window: QMainWindow, take_over: Callable[[], object]) -> None:
        self.window = window
        self.label = ElidedLabel(window.statusBar())
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
        # a passing message too long for the room left shows whole on hovering the bar
        window.statusBar().messageChanged.connect(
            lambda text: window.statusBar().setToolTip(plain_tip(text)))
        self.hide()

    def show_holder(self, holder: str) -> None:
        """Show who holds the project."""
        self.label.set_full_text(f"Read-only: open for writing by {holder}")
        self.label.show()
        self.button.show()
        self._mark_title(True)

    def show_reason(self, reason: str) -> None:
        """Show why edits are off where nobody can be taken over from (a server's rights)."""
        self.label.set_full_text(f"Read-only: {reason}")
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
