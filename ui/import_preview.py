"""The grid an import read, read-only, in the import review: one row per activity (its
place on the sheet as the row heading), its phase, then a column per role with the letters
read and a mark on each cell carrying a note. A table model: a 2,000 x 200 grid is one
view over the plan, with no widget (nor any text) made per cell. The phase and activity
columns stay in view while the role columns scroll sideways (FrozenColumnsView)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

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
LEGEND = (f"The &grid as read (read-only): {NOTE_MARK} marks a cell with a note; point at a "
          "cell to read its activity, role and note. Row headings give each activity's "
          "place on the sheet.")
ROLE_WIDTH = 56
"""The least width of a role column (its letters and note mark, 'A/R*')."""
ROLE_WIDEST = 180
"""A role heading longer than this is cut (its tooltip names it whole)."""
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


class FrozenColumnsView(QTableView):
    """A table whose first columns stay in view when it scrolls sideways, as a spreadsheet's
    frozen panes do: a second view over the same model (and the same selection) lies over
    the left of this one, shows only those columns, and scrolls up and down with it."""

    def __init__(self, parent: QWidget, frozen: int) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen columns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        # its headings are the ones in sight: dragging their edge widens the column (the
        # grid's own headings for those columns lie under them)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(self.verticalScrollMode())
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model: Any) -> None:
        """Override QTableView.setModel: the frozen columns show the same model and share
        the selection (a cell selected in either is selected in both)."""
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setEditTriggers(self.editTriggers())
        self.frozen.setSelectionMode(self.selectionMode())
        self.frozen.setWordWrap(self.wordWrap())
        model.modelReset.connect(self._hide_the_rest)
        model.columnsInserted.connect(self._hide_the_rest)
        self._hide_the_rest()

    def _hide_the_rest(self) -> None:
        """Only the frozen columns show in the view over the left."""
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize())
        self._place()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count:
            self.frozen.setColumnWidth(column, size)
            self._place()

    def _frozen_resized(self, column: int, _old: int, size: int) -> None:
        """A frozen column's heading dragged wider or narrower: the grid's column follows
        (and lays the frozen view out again)."""
        if column < self.frozen_count and self.columnWidth(column) != size:
            self.setColumnWidth(column, size)

    def frozen_width(self) -> int:
        """The width of the columns that stay in view."""
        return sum(self.columnWidth(c) for c in range(self.frozen_count))

    def _place(self) -> None:
        """Lay the frozen view over the frozen columns, below the column headings' row
        (it has its own headings) and beside the row headings."""
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(), self.frameWidth(),
            self.frozen_width(), self.viewport().height() + self.horizontalHeader().height())
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QTableView.resizeEvent: the frozen view keeps its place."""
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:
        """Override QTableView.updateGeometries: headers resized, the frozen view follows."""
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place()

    def scrollTo(self, index: Index,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        """Override QTableView.scrollTo: a cell to the right of the frozen columns is brought
        out from under them; going to a frozen cell scrolls only up or down."""
        bar = self.horizontalScrollBar()
        before = bar.value()
        super().scrollTo(index, hint)
        if index.column() < self.frozen_count:
            bar.setValue(before)
            return
        left = self.visualRect(index).left()
        if left < self.frozen_width():
            bar.setValue(bar.value() + left - self.frozen_width())


def preview_view(parent: QWidget, model: ImportPreviewModel) -> FrozenColumnsView:
    """A read-only table for the model, its phase and activity columns kept in view; column
    widths are set, never measured over every cell (which would read each of a large grid's
    cells)."""
    view = FrozenColumnsView(parent, FIRST_ROLE)
    view.setAccessibleName("Grid as read")
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the dialog
    view.horizontalHeader().setDefaultSectionSize(ROLE_WIDTH)
    # a heading wider than its column is cut in the middle, keeping its start and its end
    # (a code, a number) with '…' between, never clipped at both sides
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setModel(model)
    return view


def size_columns(view: QTableView) -> None:
    """Phase and activity columns wide enough to read; each role column as wide as its
    heading (a name read without a code, 'Coordinator'), within bounds. Only the headings
    are measured, never the cells."""
    metrics = view.fontMetrics()
    view.setColumnWidth(PHASE, metrics.averageCharWidth() * 14)
    view.setColumnWidth(ACTIVITY, metrics.averageCharWidth() * 32)
    model = view.model()
    header = view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)  # (the current column's heading is drawn bold)
    widths = QFontMetrics(bold)
    for column in range(FIRST_ROLE, model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        view.setColumnWidth(column, max(ROLE_WIDTH, min(ROLE_WIDEST,
                                                        widths.horizontalAdvance(text) + 16)))
