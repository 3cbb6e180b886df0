"""Edit > Find: a bar under the views that moves the matrix's current cell to an activity,
or a role (a person in the by-person view), whose name contains the text typed.

Case and accents are ignored ("etude" finds "Étude"); a role is also found by its code
typed whole. Enter or F3 goes to the next one found, Shift+Enter or Shift+F3 to the
previous one, Esc closes the bar and gives the keyboard back to the matrix.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QToolBar

from ui.matrix import MatrixModel, PersonMatrixModel

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PLACEHOLDER = "Find an activity or role"
NO_MATCH = "No match"


def fold(text: str) -> str:
    """Text compared without case or accents: 'Étude' -> 'etude'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Hit:
    """Something found: an activity's row, or a role's (or person's) column."""

    row: int | None = None
    column: int | None = None


def find_hits(model: MatrixModel | PersonMatrixModel, text: str) -> list[Hit]:
    """The activities whose name contains text (in row order), then the columns whose
    role name contains it or whose role code is it (a person's name in the by-person view)."""
    needle = fold(text.strip())
    if not needle:
        return []
    state = model.state
    hits = [Hit(row=i) for i, r in enumerate(model.rows)
            if r.activity_id is not None and needle in fold(state.activity(r.activity_id).name)]

    def role_found(role_id: int) -> bool:
        role = state.role(role_id)
        return needle in fold(role.name) or needle == fold(role.code)

    if isinstance(model, PersonMatrixModel):
        columns = [needle in fold(p.name) for p in state.people]
        columns += [role_found(r) for r in model.unfilled]
    else:
        columns = [role_found(r.id) for r in state.roles]
    return hits + [Hit(column=c) for c, found in enumerate(columns) if found]


class FindBar(QToolBar):
    """The find bar: a line edit, Previous and Next, and how many were found."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__("Find", window)
        self.main = window
        self.setObjectName("find-bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # opened by Edit > Find, not by the toolbars menu
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(PLACEHOLDER)
        self.edit.setAccessibleName("Find")
        self.edit.setToolTip("Type part of an activity's or role's name; Enter goes to the "
                             "next one found, Shift+Enter to the previous one, Esc closes")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(360)
        self.edit.textChanged.connect(lambda _t: self.step(0))
        self.edit.returnPressed.connect(lambda: self.step(1))
        QShortcut(QKeySequence("Shift+Return"), self.edit, lambda: self.step(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Shift+Enter"), self.edit, lambda: self.step(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.addWidget(self.edit)
        self.addAction(window.commands["find_previous"])
        self.addAction(window.commands["find_next"])
        self.count = QLabel(self)
        self.count.setAccessibleName("Find result")
        self.count.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.count)
        close = self.addAction("Close")
        close.setToolTip("Close the find bar (Esc)")
        close.triggered.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hits: list[Hit] = []
        self.at = -1
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        # Closing the project (the start page shows) closes the bar too.
        window.pages.currentChanged.connect(
            lambda _i: None if window.pages.currentWidget() is window.tabs else self.hide())
        self.hide()

    def open(self) -> None:
        """Edit > Find: show the bar, its text selected to type over."""
        self.target()
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self.step(0)

    def target(self) -> QTableView:
        """The view searched: the by-person view when it shows, else the matrix (shown)."""
        window = self.main
        if window.tabs.currentWidget() is window.person_view:
            return window.person_view
        window.tabs.setCurrentWidget(window.view)
        return window.view

    def step(self, step: int) -> None:
        """Find again (0, as the text changes: the first one from the current row on),
        or go to the next (1) or previous (-1) one found."""
        if not self.edit.text() and step:
            self.open()
            return
        self.show()
        view = self.target()
        model = view.model()
        if not isinstance(model, MatrixModel | PersonMatrixModel):
            return
        self.hits = find_hits(model, self.edit.text())
        if not self.hits:
            self.at = -1
            self.count.setText(NO_MATCH if self.edit.text().strip() else "")
            return
        if step == 0 or not 0 <= self.at < len(self.hits):
            row = max(view.currentIndex().row(), 0)
            self.at = next((i for i, h in enumerate(self.hits)
                            if h.row is not None and h.row >= row), 0)
        else:
            self.at = (self.at + step) % len(self.hits)
        self.count.setText(f"{self.at + 1} of {len(self.hits)}")
        self._go(view, model, self.hits[self.at])

    @staticmethod
    def _go(view: QTableView, model: MatrixModel | PersonMatrixModel, hit: Hit) -> None:
        current = view.currentIndex()
        row, column = hit.row, hit.column
        if row is None:  # a column: stay on the current activity, or go to the first one
            row = current.row() if current.isValid() and not model.is_phase_row(
                current.row()) else next((i for i, r in enumerate(model.rows)
                                          if r.activity_id is not None), 0)
        if column is None:
            column = current.column() if current.isValid() else 0
        index = model.index(row, column)
        if index.isValid():  # (a project without roles has no cell to go to)
            view.setCurrentIndex(index)
            view.scrollTo(index)

    def close_bar(self) -> None:
        """Esc: hide the bar; the keyboard goes back to the view searched."""
        self.hide()
        window = self.main
        view = window.person_view if window.tabs.currentWidget() is window.person_view \
            else window.view
        view.setFocus()


def find_bar(window: MainWindow) -> FindBar:
    """The window's find bar (made the first time it is asked for)."""
    bar = window.findChild(FindBar)
    return bar if isinstance(bar, FindBar) else FindBar(window)
