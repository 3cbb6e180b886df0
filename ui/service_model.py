"""Base for table models that show the project: follow the service, reset on change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel

from raci.service import Change, ProjectService
from raci.state import ProjectState


class ServiceTableModel(QAbstractTableModel):
    """Keeps a project snapshot and resets when the service reports a change."""

    def __init__(self, service: ProjectService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.state: ProjectState = service.state()
        self._unsubscribe = service.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop listening to the service (before it is closed)."""
        self._unsubscribe()

    def _on_change(self, _change: Change) -> None:
        self.beginResetModel()
        self.state = self.service.state()
        self.endResetModel()
