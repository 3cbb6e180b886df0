"""The findings tree view: messages wrap to the panel's width instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

Index = QModelIndex | QPersistentModelIndex


class _WrapDelegate(QStyledItemDelegate):
    """Row heights that fit the wrapped message at the view's current width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Override QStyledItemDelegate.sizeHint."""
        base = super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        width = max(80, self.view.viewport().width() - self.view.indentation() * (depth + 1) - 28)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(0, 0, width, 10_000,
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, max(base.height(), rect.height() + 6))


class FindingsView(QTreeView):
    """A tree of findings whose long messages wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrapDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHeaderHidden(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAccessibleName("Findings")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QTreeView.resizeEvent: re-measure rows for the new width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
