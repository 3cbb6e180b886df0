"""The History dock: who changed what and when (old -> new), for the whole project or one part.

It lists ``ProjectService.log`` (the change log kept in the project, on a file
and on a server alike), newest first. The filter shows every change, or
follows the matrix's current cell: its activity, its role, the cell itself;
or one person. The list is read again a moment after each change, including
other users' changes picked up from the server, and whenever the current cell
moves while the filter follows it. Double-clicking a line goes to its cell.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raci.errors import RaciError
from raci.history import Record
from raci.service import Change
from ui.plain import plain_tip

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
HISTORY_LIMIT = 500
"""Lines shown at most (the newest); `raci log` prints them all."""
HISTORY_DELAY_MS = 150
HISTORY_WIDTH = 560
"""The dock's width while the history shows (its five columns fit), at most WIDTH_SHARE of
the window; the findings get their own width back when they show again."""
WIDTH_SHARE = 0.45
ALL, ACTIVITY, ROLE, CELL, PERSON = "all", "activity", "role", "cell", "person"


def when(at: str) -> str:
    """A stored UTC time (ISO 8601) in the local time zone, to the minute."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryModel(QAbstractTableModel):
    """History records as rows: when, who, change, was, now."""

    HEADERS = ("When", "Who", "Change", "Was", "Now")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[Record] = []

    def set_records(self, records: list[Record]) -> None:
        """Show these records (newest first)."""
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def text(self, row: int, column: int) -> str:
        """The text of one cell of the list."""
        r = self.records[row]
        return (when(r.at), r.who, f"{r.entry.action}: {r.entry.subject}",
                r.entry.old or "-", r.entry.new or "-")[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            r = self.records[index.row()]
            return plain_tip(f"{self.text(index.row(), 2)}\n{r.entry.old or '-'} -> "
                             f"{r.entry.new or '-'}\nby {r.who}, {when(r.at)} "
                             f"(revision {r.revision})"
                             + ("\nDouble-click to go to the cell" if r.entry.activity_id
                                is not None else ""))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class HistoryPanel(QDockWidget):
    """A dock with the filter and the list of changes, newest first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__("History", window)
        self.w = window
        self.setObjectName("history")
        self.filter = QComboBox(self)
        self.filter.setAccessibleName("Show the history of")
        self.filter.setToolTip("Every change, or only those of the matrix's current activity, "
                               "role or cell (following you as you move), or of one person")
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName("History")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self.go_to)
        self.view.doubleClicked.connect(self.go_to)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.setWidget(body)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HISTORY_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.visibilityChanged.connect(self._shown)
        self._unsubscribe: Any = None
        self._narrow: int | None = None  # the dock's width before the history widened it
        self.wanted = False  # shown when a project opens (hidden on the start page)
        self._fill_filter()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.tabifyDockWidget(window.findings, self)
        window.findings.raise_()
        window.findings.visibilityChanged.connect(self._findings_shown)

    # --- showing ----------------------------------------------------------------------

    def _shown(self, shown: bool) -> None:
        """The history came into view: read it, and make the dock wide enough for it."""
        if not shown:
            return
        self.timer.start()
        window = self.w
        wanted = min(HISTORY_WIDTH, int(window.width() * WIDTH_SHARE))
        if not self.isFloating() and self.width() < wanted:
            self._narrow = self.width()
            window.resizeDocks([self], [wanted], Qt.Orientation.Horizontal)

    def _findings_shown(self, shown: bool) -> None:
        """The findings tab is in front again: give the dock back its narrower width."""
        if shown and self._narrow is not None and not self.w.findings.isFloating():
            window, width = self.w, self._narrow
            self._narrow = None
            window.resizeDocks([window.findings], [width], Qt.Orientation.Horizontal)

    def hide_without_project(self) -> None:
        """No project open: nothing to list, so the panel goes (and comes back with one)."""
        self.wanted = self.wanted or not self.isHidden()
        self.hide()

    def show_with_project(self) -> None:
        """A project opened: show the panel again if it showed before (findings in front)."""
        if self.wanted:
            self.wanted = False
            self.show()
            if self.w.tabifiedDockWidgets(self):
                self.w.findings.raise_()

    # --- following the project --------------------------------------------------------

    def attach(self) -> None:
        """Follow the window's project (after its matrix model is set)."""
        self.detach()
        service = self.w.service
        if service is None:
            return
        self._unsubscribe = service.subscribe(self._changed)
        selection = self.w.view.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(lambda *_: self._current_moved())
        self._fill_filter()
        self.refresh()

    def detach(self) -> None:
        """Stop following (the project is being closed)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.timer.stop()
        self.model.set_records([])
        self.note.setText("")

    def _changed(self, change: Change) -> None:
        if change.kind in ("reload", "bulk") or change.kind.startswith(("person", "role")):
            self._fill_filter()
        self.timer.start()

    def _current_moved(self) -> None:
        self._name_current()
        if self.filter.currentData() not in (ALL, PERSON, None):
            self.timer.start()

    def _current(self) -> tuple[int | None, int | None]:
        """The activity and role of the matrix's current cell (None where there is none)."""
        model, index = self.w.model, self.w.view.currentIndex()
        if model is None or not index.isValid():
            return None, None
        return model.activity_at(index.row()), model.role_at(index.column())

    # --- the filter -------------------------------------------------------------------

    def _fill_filter(self) -> None:
        """All, the current activity/role/cell, then each person (the choice is kept)."""
        keep = (self.filter.currentData(), self.filter.currentData(Qt.ItemDataRole.UserRole + 1))
        self.filter.blockSignals(True)
        self.filter.clear()
        for kind, text in ((ALL, "All changes"), (ACTIVITY, "The current activity"),
                           (ROLE, "The current role"), (CELL, "The current cell")):
            self.filter.addItem(text, kind)
        service = self.w.service
        for person in service.state().people if service is not None else ():
            self.filter.addItem(f"Person: {person.name}", PERSON)
            self.filter.setItemData(self.filter.count() - 1, person.id,
                                    Qt.ItemDataRole.UserRole + 1)
        for i in range(self.filter.count()):
            if (self.filter.itemData(i),
                    self.filter.itemData(i, Qt.ItemDataRole.UserRole + 1)) == keep:
                self.filter.setCurrentIndex(i)
                break
        self.filter.blockSignals(False)
        self._name_current()

    def _name_current(self) -> None:
        """Name the current activity, role and cell in the filter's choices."""
        service = self.w.service
        act, role = self._current()
        state = service.state() if service is not None else None
        act_name = state.activity(act).name if state and act is not None and \
            state.has_activity(act) else ""
        role_code = state.role(role).code if state and role is not None and \
            state.has_role(role) else ""
        for i, base, name in ((1, "The current activity", act_name),
                              (2, "The current role", role_code),
                              (3, "The current cell", f"{act_name} / {role_code}"
                               if act_name and role_code else "")):
            if i < self.filter.count():
                self.filter.setItemText(i, f"{base}: {name}" if name else base)

    def choose(self, kind: str, person_id: int | None = None) -> None:
        """Pick a filter: ALL, ACTIVITY, ROLE, CELL, or PERSON with the person's id."""
        for i in range(self.filter.count()):
            if self.filter.itemData(i) == kind and (
                    kind != PERSON or
                    self.filter.itemData(i, Qt.ItemDataRole.UserRole + 1) == person_id):
                self.filter.setCurrentIndex(i)
                self.refresh()
                return
        raise ValueError(f"no history filter {kind} {person_id}")

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again for the chosen filter (skipped while the dock is closed)."""
        service = self.w.service
        if service is None or self.isHidden():
            return
        kind = self.filter.currentData()
        act, role = self._current()
        filters: dict[str, int | None] = {}
        if kind == PERSON:
            filters["person_id"] = self.filter.currentData(Qt.ItemDataRole.UserRole + 1)
        elif kind in (ACTIVITY, CELL) or kind == ROLE:
            needed = {ACTIVITY: (act,), ROLE: (role,), CELL: (act, role)}[kind]
            if None in needed:
                self.model.set_records([])
                self.note.setText("Choose a cell in the matrix to see its history")
                return
            if kind in (ACTIVITY, CELL):
                filters["activity_id"] = act
            if kind in (ROLE, CELL):
                filters["role_id"] = role
        try:
            records = service.log(limit=HISTORY_LIMIT, **filters)
        except RaciError as exc:
            self.model.set_records([])
            self.note.setText(str(exc))
            return
        self.model.set_records(records)
        self.note.setText("" if records else "No changes recorded yet")
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)

    def go_to(self, index: QModelIndex) -> None:
        """Show the cell (or the row) a line of history is about, in the matrix."""
        model = self.w.model
        if model is None or not index.isValid():
            return
        entry = self.model.records[index.row()].entry
        if entry.activity_id is None:
            return
        if entry.role_id is not None:
            target = model.cell_index(entry.activity_id, entry.role_id)
        else:
            row = model.row_of_activity(entry.activity_id)
            target = model.index(row, 0) if row is not None else QModelIndex()
        if target.isValid():
            self.w.focus_matrix()
            self.w.view.setCurrentIndex(target)
