"""The row header of the matrix: activity names in a capped, resizable column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHeaderView, QWidget

MIN_NAME_WIDTH, MAX_NAME_WIDTH = 120, 900


class ActivityHeader(QHeaderView):
    """The row header holding activity names: capped in width, resizable by its right edge.

    A long name is elided (the full name is in the tooltip) instead of pushing
    the role columns out of the view; dragging the header's right edge makes
    the column wider or narrower.
    """

    GRIP = 5  # pixels either side of the right edge that start a resize

    def __init__(self, parent: QWidget | None = None, width: int = 300) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMouseTracking(True)
        self._drag_from: int | None = None
        self.set_name_width(width)

    def set_name_width(self, width: int) -> None:
        """Fix the header's width (the activity column), within sensible bounds."""
        width = max(MIN_NAME_WIDTH, min(MAX_NAME_WIDTH, width))
        self.setMinimumWidth(width)
        self.setMaximumWidth(width)
        self.updateGeometry()

    def _on_edge(self, x: int) -> bool:
        return abs(x - self.width()) <= self.GRIP

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QHeaderView.mousePressEvent: a press on the right edge starts a resize."""
        x = int(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and self._on_edge(x):
            self._drag_from = x - self.width()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Override QHeaderView.mouseMoveEvent: resize while dragging the edge."""
        x = int(event.position().x())
        if self._drag_from is not None:
            self.set_name_width(x - self._drag_from)
            return
        self.setCursor(Qt.CursorShape.SplitHCursor if self._on_edge(x)
                       else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QHeaderView.mouseReleaseEvent: end a resize."""
        if self._drag_from is not None:
            self._drag_from = None
            return
        super().mouseReleaseEvent(event)
