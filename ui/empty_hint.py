"""Guidance shown inside an empty view: what belongs there and how to add it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from raci.state import ProjectState
from ui.palette import quiet


class EmptyHint(QObject):
    """A centred, wrapped line over a view's viewport while its model has no rows or columns
    (a table's row header hides while there are no rows, so the line has the whole view).

    ``text`` is asked again on every change, so it can depend on what is missing
    (no roles yet, no people yet...); an empty string hides the hint. With
    ``below_rows``, a view that has rows shows the text too, under its last row when
    there is room for all of it (By person: the roles' columns are there, nobody in them).
    """

    def __init__(self, view: QAbstractItemView, text: Callable[[], str],
                 below_rows: bool = False) -> None:
        super().__init__(view)
        self.view, self.text, self.below_rows = view, text, below_rows
        self.label = QLabel(view.viewport())
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self._colour()
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._model: QObject | None = None
        self.update()

    def watch(self) -> None:
        """Follow the view's current model (call after setModel)."""
        model = self.view.model()
        if model is self._model:
            self.update()
            return
        self._model = model
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.columnsInserted, model.columnsRemoved, model.layoutChanged):
                signal.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        """Show or hide the hint for the model's current size."""
        model = self.view.model()
        empty = model is None or model.rowCount() == 0 or model.columnCount() == 0
        text = self.text() if empty or self.below_rows else ""
        self.label.setText(text)
        if isinstance(self.view, QTableView):
            # with no rows, the row header (the matrix's column of activity names) is an
            # empty grey block beside the hint; it comes back with the first row
            self.view.verticalHeader().setHidden(model is None or model.rowCount() == 0)
        self._place()

    def _colour(self) -> None:
        """The hint in a quiet grey that can still be read (Qt's grey of disabled text,
        which it was drawn in, was 1.9:1 on white: too faint for the one line that says
        what to do next)."""
        palette = self.view.viewport().palette()
        grey = quiet(palette.color(QPalette.ColorRole.Text),
                     palette.color(QPalette.ColorRole.Base))
        shown = self.label.palette()
        # (a label on a view's viewport draws in Text, the role that goes with Base)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            shown.setColor(role, grey)
        self.label.setPalette(shown)

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(24, 24, -24, -24)
        model = self.view.model()
        under = model is not None and model.rowCount() > 0 and model.columnCount() > 0
        if under:
            last = self.view.visualRect(model.index(model.rowCount() - 1, 0))
            area.setTop(max(area.top(), last.bottom() + 24))
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | (
            Qt.AlignmentFlag.AlignTop if under else Qt.AlignmentFlag.AlignVCenter))
        self.label.setGeometry(area)
        fits = not under or self.label.heightForWidth(area.width()) <= area.height()
        self.label.setVisible(bool(self.label.text()) and fits)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: keep the hint centred when the viewport resizes,
        and readable when the palette changes."""
        if event.type() == QEvent.Type.Resize:
            self._place()
        elif event.type() == QEvent.Type.PaletteChange:  # (a dark palette chosen)
            self._colour()
        return False


APPLY_TEMPLATE = "fill both at once with File > Apply Template"
"""The offer every empty view makes while the project has no activities (the matrix, the
workload chart): a template brings roles and activities in one step."""


def matrix_hint(state: ProjectState | None) -> str:
    """What an empty matrix is missing, and how to add it."""
    if state is None:
        return ""
    missing = []
    if not state.roles:
        missing.append("No roles yet: add the columns with Matrix > Add Role (Ctrl+Shift+R) "
                       "or in Team (Ctrl+T).")
    if not state.activities:
        missing.append("No activities yet: add rows with Matrix > Add Activity "
                       f"(Ctrl+Shift+A), or {APPLY_TEMPLATE}.")
    return "\n\n".join(missing)


def person_hint(state: ProjectState | None) -> str:
    """What the By person view needs."""
    if state is None:
        return ""
    if not state.people:
        return ("Nobody is in the team yet. Add people in Team (Ctrl+T) and tick the roles "
                "they fill: this view then shows each person's letters.")
    return "No activities yet: add them on the Matrix tab." if not state.activities else ""


def findings_hint(state: ProjectState | None) -> str:
    """What an empty findings panel means."""
    if state is None:
        return ("No project open. Once one is, its findings show here as you type: "
                "missing or duplicate owners, roles nobody fills, overloads.")
    if not state.activities:
        return ("Nothing to check yet: as you add activities and letters, missing or "
                "duplicate owners, roles nobody fills and overloads show here.")
    return ("No findings: every activity has exactly one owner and someone doing the work, "
            "and nobody is overloaded.")
