"""The grid an import read, read-only, in the import review: one row per activity (its
place on the sheet as the row heading), its phase, then a column per role with the letters
read and a mark on each cell carrying a note. A table model: a 2,000 x 200 grid is one
view over the plan, with no widget (nor any text) made per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from raci.errors import LetterError
from raci.excel.plan import ImportPlan
from raci.schemes import Scheme, get_scheme
from raci.wording import role_label
from ui.matrix.model import (  # the same plain role values as the matrix's model
    ACCESSIBLE,
    ALIGN_CENTER,
    ALIGNMENT,
    BACKGROUND,
    BLACK,
    DISPLAY,
    FONT,
    FOREGROUND,
    TOOLTIP,
    Index,
)
from ui.palette import cell_colour

NOTE_MARK = "*"
"""Follows the letters of a cell that has a note (the note is the cell's tooltip)."""
PHASE, ACTIVITY = 0, 1
FIRST_ROLE = 2
HEADINGS = ("Phase", "Activity")
LEGEND = (f"The grid as read (read-only): {NOTE_MARK} marks a cell with a note; point at a "
          "cell to read its activity, role and note. Row headings give each activity's "
          "place on the sheet.")
ITALIC = QFont()
ITALIC.setItalic(True)


class ImportPreviewModel(QAbstractTableModel):
    """Activities by (phase, activity, roles...) of an ImportPlan; nothing is editable."""

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.scheme = self._scheme(plan)

    @staticmethod
    def _scheme(plan: ImportPlan) -> Scheme | None:
        try:
            return get_scheme(plan.scheme)
        except LetterError:
            return None

    def set_plan(self, plan: ImportPlan) -> None:
        """Show another reading (after Re-read)."""
        self.beginResetModel()
        self.plan = plan
        self.scheme = self._scheme(plan)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount: one row per activity."""
        return 0 if parent.isValid() else len(self.plan.activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount: phase, activity, then the roles."""
        return 0 if parent.isValid() else FIRST_ROLE + len(self.plan.roles)

    def letters(self, row: int, column: int) -> str:
        """The letters read in one cell, in the scheme's order ('A/R'), '' for none."""
        found = self.plan.activities[row].cells.get(column - FIRST_ROLE, frozenset())
        if self.scheme is not None:
            try:
                return self.scheme.format(found)
            except LetterError:
                pass
        return "/".join(sorted(found))

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractTableModel.flags: selectable (to copy or point at), never edited."""
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Override QAbstractTableModel.data."""
        row, column = index.row(), index.column()
        if not index.isValid() or row >= len(self.plan.activities):
            return None
        act = self.plan.activities[row]
        if column == PHASE:
            return act.phase if role in (DISPLAY, TOOLTIP, ACCESSIBLE) else None
        if column == ACTIVITY:
            if role in (DISPLAY, ACCESSIBLE):
                return act.name
            if role == TOOLTIP:
                return act.name + (f"\n\n{act.description}" if act.description else "")
            return None
        j = column - FIRST_ROLE
        if role == DISPLAY:
            letters = self.letters(row, column)
            return letters + (NOTE_MARK if j in act.notes else "")
        if role == TOOLTIP:  # which activity and role, with the columns scrolled away
            found = self.plan.roles[j]
            note = act.notes.get(j)
            return (f"{act.name} / {role_label(found.name, found.code)}: "
                    f"{self.letters(row, column) or 'empty'}"
                    + (f"\nNote: {note}" if note else ""))
        if role == ACCESSIBLE:
            letters = self.letters(row, column) or "empty"
            note = act.notes.get(j)
            return f"{letters}, note: {note}" if note else letters
        if role == ALIGNMENT:
            return ALIGN_CENTER
        if role == BACKGROUND:
            return cell_colour(act.cells.get(j, frozenset()))
        if role == FOREGROUND:
            return BLACK if act.cells.get(j) else None
        if role == FONT and j in act.notes:
            return ITALIC
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        """Override QAbstractTableModel.headerData: role names across (with the column they
        were read from in the tooltip), the activity's place on the sheet down the side."""
        if orientation == Qt.Orientation.Vertical:
            if role == DISPLAY and 0 <= section < len(self.plan.activities):
                return self.plan.activities[section].where()
            return None
        if section < FIRST_ROLE:
            return HEADINGS[section] if role in (DISPLAY, TOOLTIP) else None
        if section - FIRST_ROLE >= len(self.plan.roles):
            return None
        found = self.plan.roles[section - FIRST_ROLE]
        if role == DISPLAY:
            return found.code or found.name
        if role == TOOLTIP:
            lines = [role_label(found.name, found.code)]
            if found.column:
                lines.append(f"read from {found.where()}")
            if found.people:
                lines.append("filled by " + ", ".join(found.people))
            return "\n".join(lines)
        return None


def preview_view(parent: QWidget, model: ImportPreviewModel) -> QTableView:
    """A read-only table for the model; column widths are set, never measured over every
    cell (which would read each of a large grid's cells)."""
    view = QTableView(parent)
    view.setAccessibleName("Grid as read")
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the dialog
    view.horizontalHeader().setDefaultSectionSize(56)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setModel(model)
    return view


def size_columns(view: QTableView) -> None:
    """Phase and activity columns wide enough to read; the role columns keep their size."""
    metrics = view.fontMetrics()
    view.setColumnWidth(PHASE, metrics.averageCharWidth() * 14)
    view.setColumnWidth(ACTIVITY, metrics.averageCharWidth() * 32)
