"""The findings tree: severity groups with the live check results under them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from raci.checks import Finding, Severity
from ui.palette import icon, severity_colour

Index = QModelIndex | QPersistentModelIndex
GROUPS = (Severity.ERROR, Severity.WARNING, Severity.INFO)
TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
_TOP = 0xFFFFFFFF


class FindingsModel(QAbstractItemModel):
    """Two levels: a row per severity, and the findings of that severity below it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: dict[Severity, list[Finding]] = {s: [] for s in GROUPS}

    def set_findings(self, findings: list[Finding]) -> None:
        """Replace the findings shown."""
        self.beginResetModel()
        self.groups = {s: [f for f in findings if f.severity is s] for s in GROUPS}
        self.endResetModel()

    def finding(self, index: Index) -> Finding | None:
        """The finding at an index (None for a group row)."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        group = self.groups[GROUPS[index.internalId()]]
        return group[index.row()] if 0 <= index.row() < len(group) else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel.index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel.parent."""
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.groups[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            severity = GROUPS[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{TITLES[severity]} ({len(self.groups[severity])})"
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(severity.value)
            return None
        found = self.finding(index)
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return found.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{found.rule} ({found.severity.value})\n{found.message}"
        if role == Qt.ItemDataRole.ForegroundRole and found.severity is Severity.ERROR:
            return severity_colour("error")
        return None
