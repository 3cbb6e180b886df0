"""The findings tree view: messages wrap to the panel's width instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class _WrapDelegate(QStyledItemDelegate):
    """Row heights that fit the wrapped message at the view's current width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width the message is painted in: the row, less its indentation, icon and
        the style's text margins (as the style lays the item out)."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        row = self.view.viewport().width() - self.view.indentation() * (depth + 1)
        opt.rect = QRect(0, 0, max(80, row), 10_000)
        style = self.view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        return max(40, text.width() - 2 * margin)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Override QStyledItemDelegate.sizeHint."""
        base = super().sizeHint(option, index)
        width = self.text_width(option, index)
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
