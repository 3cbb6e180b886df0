"""Help > Keyboard Shortcuts (a table of keys, generated from the action table) and Help > About."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci import __version__
from ui.actions import help_rows


class ShortcutsDialog(QDialog):
    """Keys and what they do, grouped by where they work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = help_rows()
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "What they do"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        section = ""
        for where, keys, text in rows:
            if where != section:
                section = where
                heading = QTableWidgetItem(where)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.table.insertRow(self.table.rowCount())
                self.table.setItem(self.table.rowCount() - 1, 0, heading)
                self.table.setSpan(self.table.rowCount() - 1, 0, 1, 2)
            self.table.insertRow(self.table.rowCount())
            self.table.setItem(self.table.rowCount() - 1, 0, QTableWidgetItem(keys))
            self.table.setItem(self.table.rowCount() - 1, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def keys(self) -> list[str]:
        """Every key text listed (for tests and screen readers)."""
        out = []
        for row in range(self.table.rowCount()):
            keys, text = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and text is not None:
                out.append(keys.text())
        return out


def show_about(parent: QWidget) -> None:
    """Help > About."""
    QMessageBox.about(
        parent, "About RACI Planner",
        f"<b>RACI Planner {__version__}</b><p>Plan who is responsible, accountable, "
        "consulted and informed, and catch missing or duplicate owners as you go.</p>")
