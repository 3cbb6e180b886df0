"""The matrix table view: letter keys, rectangular selections, copy and paste as Excel text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from raci.errors import RaciError
from raci.wording import agree, counted
from ui.matrix.delegate import LetterDelegate, LetterPicker
from ui.matrix.header import ActivityHeader
from ui.matrix.model import MatrixModel

Index = QModelIndex | QPersistentModelIndex
CODE_COLUMN, FULL_NAME_COLUMN = 72, 130  # role column widths: codes, or full names


def name_parts(view: QTableView, rows: str, columns: str) -> None:
    """Accessible names for a grid's parts a screen reader otherwise calls by nothing: the
    select-all corner, the row header and the column header."""
    corner = view.findChild(QAbstractButton)  # Qt's corner button: the only one in a table
    if corner is not None:
        corner.setAccessibleName("Select all cells")
        corner.setToolTip("Select all cells (Ctrl+A)")
    view.verticalHeader().setAccessibleName(rows.capitalize())
    view.verticalHeader().setAccessibleDescription(f"The {rows}: one row each")
    view.horizontalHeader().setAccessibleName(columns.capitalize())
    view.horizontalHeader().setAccessibleDescription(f"The {columns}: one column each")


class MatrixView(QTableView):
    """The matrix grid with keyboard editing and Excel-compatible copy and paste."""

    moveActivityRequested = Signal(int)  # -1 up, +1 down
    moveRoleRequested = Signal(int)  # -1 left, +1 right
    letterRefused = Signal(str)  # a typed letter the scheme does not have, and why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(LetterDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.horizontalHeader().setDefaultSectionSize(CODE_COLUMN)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setSectionsMovable(False)
        self.setVerticalHeader(ActivityHeader(self))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                  | Qt.AlignmentFlag.AlignVCenter)
        self.setWordWrap(False)
        self.setAccessibleName("RACI matrix")
        name_parts(self, "activities", "roles")
        self.setToolTip("")

    def set_full_role_names(self, on: bool) -> None:
        """Headers show each role's full name (wrapped) or only its code."""
        width = FULL_NAME_COLUMN if on else CODE_COLUMN
        header = self.horizontalHeader()
        header.setDefaultSectionSize(width)
        model = self.model()
        if isinstance(model, MatrixModel):
            model.set_full_names(on)
            for column in range(model.columnCount()):
                header.resizeSection(column, width)

    def matrix(self) -> MatrixModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, MatrixModel)
        return model

    def setModel(self, model: Any) -> None:
        """Override QTableView.setModel: keep phase rows spanning the grid."""
        super().setModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self._remember_current)
            model.modelReset.connect(self._after_reset)
            self._update_spans()

    def _remember_current(self) -> None:
        model = self.matrix()
        index = self.currentIndex()
        self._kept = (model.activity_at(index.row()), model.role_at(index.column()),
                      index.row(), index.column())
        # A reset (another writer added a role, say) closes an open letter picker:
        # its ticks and what it showed are opened again on the same cell.
        open_pickers = [p for p in self.findChildren(LetterPicker) if p.isVisible()]
        self._picking = ((open_pickers[-1].letters(), open_pickers[-1].seen)
                         if open_pickers else None)

    def _after_reset(self) -> None:
        """Keep spans and the current cell (by activity and role) across a reset."""
        self._update_spans()
        kept = getattr(self, "_kept", None)
        if kept is None:
            return
        model = self.matrix()
        act, role, row, col = kept
        if act is not None and role is not None and model.cell_index(act, role).isValid():
            self.setCurrentIndex(model.cell_index(act, role))
            self._reopen_picker(model.cell_index(act, role))
        elif act is not None and model.row_of_activity(act) is not None:
            self.setCurrentIndex(model.index(model.row_of_activity(act) or 0, max(col, 0)))
        elif model.rowCount() and model.columnCount():
            self.setCurrentIndex(model.index(min(row, model.rowCount() - 1),
                                             min(max(col, 0), model.columnCount() - 1)))

    def _reopen_picker(self, index: QModelIndex) -> None:
        picking, self._picking = getattr(self, "_picking", None), None
        if picking is None or self.model() is None or self.matrix().read_only:
            return
        closing = set(self.findChildren(LetterPicker))  # the reset's, deleted later
        self.edit(index)
        for picker in self.findChildren(LetterPicker):
            if picker not in closing:
                picker.seen = picking[1]
                picker.set_letters(picking[0])

    def _update_spans(self) -> None:
        self.clearSpans()
        model = self.matrix()
        columns = model.columnCount()
        for row in range(model.rowCount()):
            if model.is_phase_row(row) and columns > 1:
                self.setSpan(row, 0, 1, columns)

    def selected_cells(self) -> list[tuple[int, int]]:
        """(activity id, role id) of every selected cell."""
        model = self.matrix()
        out = []
        for index in self.selectionModel().selectedIndexes():
            act, role = model.activity_at(index.row()), model.role_at(index.column())
            if act is not None and role is not None:
                out.append((act, role))
        return out

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Override QTableView.moveCursor: step over phase headings, keeping the column."""
        current = self.currentIndex()
        target = super().moveCursor(action, modifiers)
        model = self.model()
        if not isinstance(model, MatrixModel) or not target.isValid():
            return target
        if not model.is_phase_row(target.row()):
            return target
        column = max(current.column(), 0)
        step = -1 if target.row() < current.row() else 1
        for row in (range(target.row(), -1, -1) if step < 0
                    else range(target.row(), model.rowCount())):
            if not model.is_phase_row(row):
                return model.index(row, column)
        for row in (range(target.row(), model.rowCount()) if step < 0
                    else range(target.row(), -1, -1)):
            if not model.is_phase_row(row):
                return model.index(row, column)
        return current

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        """Override QTableView.setSelection: a rectangle of cells that skips phase headings.

        Qt widens a selection to every span it touches, so a phase heading (one
        span across all roles) would turn a two-column selection into whole rows.
        """
        model = self.model()
        if not isinstance(model, MatrixModel):
            super().setSelection(rect, command)
            return
        rows = sorted((self.rowAt(rect.top()), self.rowAt(rect.bottom())))
        cols = sorted((self.columnAt(rect.left()), self.columnAt(rect.right())))
        if rows[0] < 0 or cols[0] < 0:
            super().setSelection(rect, command)
            return
        self.selectionModel().select(self._block(rows[0], rows[1], cols[0], cols[1]), command)

    def _block(self, top: int, bottom: int, left: int, right: int) -> QItemSelection:
        """The cells of a rectangle, without its phase heading rows."""
        model = self.matrix()
        selection = QItemSelection()
        start = None
        for row in range(top, bottom + 2):
            inside = row <= bottom and not model.is_phase_row(row)
            if inside and start is None:
                start = row
            elif not inside and start is not None:
                selection.select(model.index(start, left), model.index(row - 1, right))
                start = None
        return selection

    def set_letter(self, code: str) -> None:
        """Typing a letter: every selected cell holds exactly that letter (one step)."""
        cells = self.selected_cells()
        if cells:
            self.matrix().set_cells({c: frozenset({code}) for c in cells}, f"Set {code}")

    def toggle_letter(self, code: str) -> None:
        """Toggle a letter in every selected cell as one step.

        If any selected cell lacks the letter, it is added everywhere; otherwise removed.
        """
        model = self.matrix()
        cells = self.selected_cells()
        if not cells:
            return
        state = model.state
        add = any(code not in state.letters(*c) for c in cells)
        new = {
            c: (state.letters(*c) | {code}) if add else (state.letters(*c) - {code})
            for c in cells
        }
        model.set_cells(new, f"{'Add' if add else 'Remove'} {code}")  # Shift+letter

    def clear_selection_cells(self) -> None:
        """Empty every selected cell as one step."""
        cells = self.selected_cells()
        if cells:
            self.matrix().set_cells({c: frozenset() for c in cells}, "Clear cells")

    def copy_selection(self) -> str:
        """Copy the selected block as tab-separated text (pastes into Excel)."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        model = self.matrix()
        lines = []
        for r in rows:
            if model.is_phase_row(r):
                continue
            lines.append("\t".join(
                str(model.index(r, c).data()) if (r, c) in chosen else "" for c in cols
            ))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste_text(self, text: str) -> bool:
        """Paste a tab-separated block at the current cell as one validated step."""
        model = self.matrix()
        start = self.currentIndex()
        if not start.isValid():
            return False
        block = [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]
        act_rows = [r for r in range(start.row(), model.rowCount()) if not model.is_phase_row(r)]
        new: dict[tuple[int, int], frozenset[str]] = {}
        scheme = model.state.scheme
        for i, line in enumerate(block):
            if i >= len(act_rows):
                model.errorRaised.emit(
                    f"the pasted block has {counted(len(block), 'row')} but only "
                    f"{counted(len(act_rows), 'activity')} {agree(len(act_rows), 'fits')} below "
                    "the current cell; nothing was pasted"
                )
                return False
            for j, value in enumerate(line):
                column = start.column() + j
                role_id = model.role_at(column)
                act_id = model.activity_at(act_rows[i])
                if role_id is None or act_id is None:
                    model.errorRaised.emit(
                        f"the pasted block is {counted(len(line), 'column')} wide but only "
                        f"{counted(model.columnCount() - start.column(), 'role')} "
                        f"{agree(model.columnCount() - start.column(), 'fits')}; nothing was "
                        "pasted"
                    )
                    return False
                try:
                    new[(act_id, role_id)] = scheme.parse(value)
                except RaciError as exc:
                    model.errorRaised.emit(
                        f"row {i + 1}, column {j + 1} of the pasted block: {exc}; "
                        "nothing was pasted"
                    )
                    return False
        if not model.set_cells(new, "Paste"):
            return False
        # The pasted block stays selected, as in a spreadsheet.
        width = max(len(line) for line in block)
        bottom = act_rows[len(block) - 1]
        self.selectionModel().select(
            self._block(act_rows[0], bottom, start.column(), start.column() + width - 1),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def paste(self) -> bool:
        """Paste the clipboard text."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def refused_read_only(self) -> bool:
        """True (and a status-bar note, never a box) when the matrix is read-only here.

        A keystroke on a read-only project (another writer holds the file, the
        server lets this user only read it, or it cannot be reached) changes
        nothing and asks nothing: the read-only banner already says why.
        """
        model = self.matrix()
        if not model.read_only:
            return False
        reason = model.service.stopped or "the project is read-only here"
        prefix = f"{model.service.location}: "
        self.letterRefused.emit(
            "Nothing changed: " + (reason[len(prefix):] if reason.startswith(prefix) else reason))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTableView.keyPressEvent: letters, Delete, Enter, copy/paste, moves."""
        if self.state() == QAbstractItemView.State.EditingState or not isinstance(
            self.model(), MatrixModel
        ):
            super().keyPressEvent(event)
            return
        mods = event.modifiers()
        key = Qt.Key(event.key())
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            if not self.refused_read_only():
                self.paste()
            return
        if mods & Qt.KeyboardModifier.AltModifier:
            moves = {Qt.Key.Key_Up: (self.moveActivityRequested, -1),
                     Qt.Key.Key_Down: (self.moveActivityRequested, 1),
                     Qt.Key.Key_Left: (self.moveRoleRequested, -1),
                     Qt.Key.Key_Right: (self.moveRoleRequested, 1)}
            if key in moves:
                signal, step = moves[key]
                if not self.refused_read_only():
                    signal.emit(step)
                return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if not self.refused_read_only():
                self.clear_selection_cells()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            if not self.refused_read_only():
                self.edit(self.currentIndex())
            return
        text = event.text().upper()
        no_command = not mods & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.MetaModifier)
        if no_command and len(text) == 1 and text.isalpha():
            scheme = self.matrix().state.scheme
            if text not in scheme.codes:
                self.letterRefused.emit(
                    f"{text} is not a letter of the {scheme.id} scheme: use {scheme.allowed()} "
                    "(Project Settings change the scheme)")
            elif self.refused_read_only():
                pass
            elif mods & Qt.KeyboardModifier.ShiftModifier:
                self.toggle_letter(text)  # Shift+letter adds it to (or takes it from) the cells
            else:
                self.set_letter(text)  # a letter replaces, as typing does in a spreadsheet
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Override: let letter keys reach keyPressEvent instead of becoming shortcuts."""
        model = self.model()
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(model, MatrixModel)
            and ((len(event.text()) == 1 and event.text().isalpha()
                  and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                               | Qt.KeyboardModifier.AltModifier))
                 or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace))
        ):
            event.accept()
            return True
        return super().event(event)


class PersonView(QTableView):
    """The matrix by person: read-only, phase headings spanning the row. A letter typed,
    Delete, Enter or a double-click on a cell says where its letters are changed."""

    editRefused = Signal(str)  # an edit tried here, and where to make it instead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(lambda _index: self._refuse_edit())
        self.setAccessibleName("Matrix by person")
        self.setVerticalHeader(ActivityHeader(self))
        name_parts(self, "activities", "people")
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def setModel(self, model: Any) -> None:
        """Override QTableView.setModel: keep phase rows spanning the grid."""
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._update_spans)
            self._update_spans()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTableView.keyPressEvent: an edit key says where to edit instead."""
        text = event.text()
        editing = (text.isalpha() and not event.modifiers()
                   & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)) \
            or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return,
                               Qt.Key.Key_Enter, Qt.Key.Key_F2)
        if editing and self._refuse_edit():
            return
        super().keyPressEvent(event)

    def _refuse_edit(self) -> bool:
        """Say where the current cell's letters are changed; False off a cell."""
        model: Any = self.model()
        index = self.currentIndex()
        if model is None or not index.isValid() or not hasattr(model, "where_to_edit") \
                or model.is_phase_row(index.row()):
            return False
        self.editRefused.emit(
            "By person only shows the letters people get from their roles: change them on "
            f"the Matrix tab (Alt+R), in {model.where_to_edit(index.column())}")
        return True

    def _update_spans(self) -> None:
        self.clearSpans()
        model = self.model()
        if model is None or not hasattr(model, "is_phase_row"):
            return
        columns = model.columnCount()
        for row in range(model.rowCount()):
            if model.is_phase_row(row) and columns > 1:
                self.setSpan(row, 0, 1, columns)
