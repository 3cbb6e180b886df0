"""Base for table models that show the project: follow the service.

A change that keeps the same rows and columns (an edited name, a ticked box)
refreshes the data in place, so an open editor, the current cell and Tab
navigation survive it; a change of rows or columns resets the model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt

from raci.service import Change, ProjectService
from raci.state import ProjectState


def detached() -> None:
    """What detach leaves in place of the unsubscribe function: nothing more to stop."""


class ServiceTableModel(QAbstractTableModel):
    """Keeps a project snapshot and resets when the service reports a change."""

    def __init__(self, service: ProjectService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.state: ProjectState = service.state()
        self._unsubscribe = service.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop listening to the service (before it is closed).

        The unsubscribe function holds this model's listener, so it is dropped too:
        kept, it would tie the model to itself in a cycle that only Python's cycle
        collector frees, at a moment Qt does not choose.
        """
        self._unsubscribe()
        self._unsubscribe = detached

    def shape(self) -> tuple[object, ...]:
        """What identifies the rows and columns shown (ids in order)."""
        return (self.rowCount(), self.columnCount())

    def _on_change(self, _change: Change) -> None:
        before = self.shape()
        state = self.service.state()
        old, self.state = self.state, state
        if self.shape() != before:
            self.state = old
            self.beginResetModel()
            self.state = state
            self.endResetModel()
            return
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
