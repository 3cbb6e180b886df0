"""The History dock: who changed what and when (old -> new), for the whole project or one part.

It lists ``ProjectService.log`` (the change log kept in the project, on a file
and on a server alike), newest first. The filter shows every change, or
follows the matrix's current cell: its activity, its role, the cell itself;
or one person. The list is read again a moment after each change, including
other users' changes picked up from the server, and whenever the current cell
moves while the filter follows it. Double-clicking a line goes to its cell.

Each line reads when (local time; the time alone for today), who, what changed
(the cell, or the action and its subject) and how (was -> now), compact enough
for a narrow dock; the tooltip has the whole line. With no project open the
panel is hidden (it has nothing to show); it comes back with the next project
unless the user closed it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QChildEvent,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from raci.errors import RaciError
from raci.history import Entry, Record, local_moment
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
WHEN, WHO, WHAT, CHANGE = range(4)
"""The list's columns."""


SHOWN_KEY = "window/history_shown"
"""Whether the user keeps the panel open (it is hidden while no project is open)."""


def when(at: str, today: datetime | None = None) -> str:
    """A stored time in local time, to the minute: the time alone when it is today."""
    moment = local_moment(at)
    if moment is None:
        return at
    now = today or datetime.now().astimezone()
    return moment.strftime("%H:%M" if moment.date() == now.date() else "%Y-%m-%d %H:%M")


def full_time(at: str) -> str:
    """A stored time in local time, to the second, with the zone's name."""
    moment = local_moment(at)
    return moment.strftime("%Y-%m-%d %H:%M:%S %Z").strip() if moment else at


def what(entry: Entry) -> str:
    """What a line of history is about: the cell, or the action and its subject."""
    return entry.subject if entry.action == "cell" else f"{entry.action}: {entry.subject}"


def how(entry: Entry) -> str:
    """How it changed: 'was -> now' ('-' for empty), or the one word that says it."""
    if entry.action == "cell" or (entry.old and entry.new):
        return f"{entry.old or '-'} \u2192 {entry.new or '-'}"
    if entry.action.startswith("delete"):
        return "deleted"
    return entry.new or entry.old or "-"


class TabBarNames(QObject):
    """Names the tab bars a screen reader called by nothing: the one Qt makes for tabbed
    panels (Findings | History, made again when a panel is docked back), and the views'."""

    PANELS = "Panels"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)
        for tabs in window.findChildren(QTabWidget):
            if not tabs.tabBar().accessibleName():
                tabs.tabBar().setAccessibleName(tabs.accessibleName() or "Tabs")
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            self._name(bar)

    def _name(self, bar: QTabBar) -> None:
        if not bar.accessibleName():
            bar.setAccessibleName(self.PANELS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: name a tab bar the window gains."""
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QTabBar):
                self._name(child)
        return False


class HistoryModel(QAbstractTableModel):
    """History records as rows: when, who, what, change (was -> now)."""

    HEADERS = ("When", "Who", "What", "Change")

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
        return (when(r.at), r.who, what(r.entry), how(r.entry))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            r = self.records[index.row()]
            return plain_tip(f"{what(r.entry)}\n{r.entry.old or '-'} \u2192 "
                             f"{r.entry.new or '-'}\nby {r.who}, {full_time(r.at)} "
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
        # Cut in the middle: "Market and comp…research / QA" keeps the role it is about.
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)  # takes what is left
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
        self._attached = False  # a project is shown (the panel's shown state is the user's)
        self._in_front = False  # its tab was in front when the last project closed
        self._front = False  # its tab is in front now (as visibilityChanged last said)
        self._fill_filter()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.tabifyDockWidget(window.findings, self)
        TabBarNames(window)  # the bar of the panels' tabs, made by Qt when it is needed
        window.findings.raise_()
        window.findings.visibilityChanged.connect(self._findings_shown)

    # --- showing ----------------------------------------------------------------------

    def _shown(self, shown: bool) -> None:
        """The history came into view: read it, and make the dock wide enough for it."""
        self._front = shown
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

    # --- following the project --------------------------------------------------------

    def attach(self) -> None:
        """Follow the window's project (after its matrix model is set)."""
        self.detach()
        service = self.w.service
        if service is None:
            return
        self._show_with_project()
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

    def hide_without_project(self) -> None:
        """No project is open: hide the panel, remembering whether the user keeps it open."""
        if self._attached:
            self.w.settings.setValue(SHOWN_KEY, not self.isHidden())
            # isVisible() can be true for a tab behind another; the signal says which is in front.
            self._in_front = self._front
        self._attached = False
        self.hide()

    def _show_with_project(self) -> None:
        """A project opened: show the panel again, unless the user had closed it."""
        if self._attached:
            return
        self._attached = True
        if self.isHidden() and self.w.settings.value(SHOWN_KEY, True, type=bool):
            self.show()
            # Shown again, a tabbed dock comes to the front: keep the tab that was there.
            (self if self._in_front else self.w.findings).raise_()

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
        for column in (WHEN, WHO, CHANGE):
            self.view.resizeColumnToContents(column)
        # A long note in Change is cut (the tooltip has it): What keeps room to be read.
        widest = max(self.view.viewport().width() // 3, 80)
        if self.view.columnWidth(CHANGE) > widest:
            self.view.setColumnWidth(CHANGE, widest)

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
