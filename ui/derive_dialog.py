"""Review a template derived from documents: accept, reject, edit, add or merge rows and
roles, then save."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci.checks import odd_letters
from raci.derive.draft import (
    ADDED_IN_REVIEW,
    Draft,
    DraftRow,
    default_id,
    default_name,
    is_keyword_phase,
    merge_rows,
    open_decisions,
    phase_for,
)
from raci.errors import LetterError, RaciError
from raci.schemes import SCHEMES
from raci.service import free_code, initials
from raci.templates import Template, TemplateLibrary, TemplateRole, slugify
from raci.wording import agree, counted
from ui.dialogs import show_error
from ui.mnemonics import KeyedDialog, keyed_box
from ui.palette import icon, severity_colour
from ui.plain import plain_tip, sentence
from ui.screen import fit_to_screen

FIXED_COLUMNS = 3  # Accept, Activity, Phase
PHASE_COLUMN = 2
NO_PHASE = "(no phase)"
"""What the Phase column shows for an activity under no phase (and takes back, as does an
emptied cell)."""
PHASE_TIP = ("The phase this activity goes under: F2 or double-click lists the draft's "
             "phases and the open project's; pick one or type another name to move it, "
             f"or pick {NO_PHASE} (or clear the cell). Each phase named here is created.")
PHASE_EDITOR_WIDTH = 320  # the most the Phase column's drop-down widens to
PHASE_EDITOR_ROOM = 48  # beside a phase's name in the drop-down: its arrow and margins
EVIDENCE_HINT = "Select a row to see its sources."
# what each passage says of its role, in the evidence pane
KIND_WORDS = {"R": "does it", "A": "accountable", "C": "consulted", "I": "informed",
              "V": "reviews or advises", "S": "supports", "?": "no role named"}
IDLE_ROLE_TIP = ("No letters on any accepted row yet: give it some in its column, or "
                 "untick Keep to drop it")
"""The tooltip of a kept role that holds no letters on any accepted row."""


def table_keys(scheme_letters: str) -> str:
    """The keys of the activities table, for its tooltip and the user guide."""
    return ("Keys: arrows move; Space ticks or unticks the Accept cells; type a letter "
            f"({scheme_letters}) in a role's column to set it, Shift+letter to add or remove "
            "it; Delete clears letters; F2, Enter or typing edits a name or a phase; Enter "
            "keeps the edit, Esc drops it; Tab moves on to the buttons; Ctrl+S saves.")


ACTIVITY_LEAST, REVIEW_ROOM = 160, 120  # pixels: the Activity column, Needs review shown
ROLES_SHARE, EVIDENCE_SHARE = 3, 2  # of the height beside the activities
ROLE_ROW_PADDING = 8  # pixels above and below a role's name in its row


class PhaseDelegate(QStyledItemDelegate):
    """The Phase column's editor: a drop-down of the phases to choose from, (no phase)
    first, that also takes a new name typed in it."""

    def __init__(self, choices: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """Override QStyledItemDelegate.createEditor: an editable drop-down."""
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a name typed stays typed
        combo.addItems(self.choices())
        combo.setAccessibleName("Phase")
        completer = combo.completer()
        if completer is not None:  # a phase found by any of its words, whatever their case
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        """Override QStyledItemDelegate.updateEditorGeometry: over the cell, wide enough
        for the longest phase and the drop-down's arrow (over the next columns if need
        be), as the column is as narrow as its names allow."""
        rect = option.rect
        longest = 0
        if isinstance(editor, QComboBox):
            metrics = editor.fontMetrics()
            longest = max((metrics.horizontalAdvance(editor.itemText(i))
                           for i in range(editor.count())), default=0) + PHASE_EDITOR_ROOM
        wide = min(max(rect.width(), longest), PHASE_EDITOR_WIDTH)
        editor.setGeometry(rect.x(), rect.y(), wide, rect.height())

    def setEditorData(self, editor: QWidget,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        """Override QStyledItemDelegate.setEditorData: the cell's phase, selected (a
        letter typed replaces it)."""
        if isinstance(editor, QComboBox):
            text = str(index.data() or "")
            at = editor.findText(text, Qt.MatchFlag.MatchFixedString)
            if at >= 0:
                editor.setCurrentIndex(at)
            editor.setEditText(text)
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Override QStyledItemDelegate.setModelData: the name picked or typed."""
        if isinstance(editor, QComboBox):
            model.setData(index, " ".join(editor.currentText().split()))
        else:
            super().setModelData(editor, model, index)


def phase_choices(shown: Sequence[str], project: Sequence[str]) -> list[str]:
    """(no phase), then the phases the draft's rows show (in their order), then the open
    project's other phases: each name once, whatever its case."""
    out = [NO_PHASE]
    seen = {NO_PHASE.casefold()}
    for name in (*shown, *project):
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


class ReviewTable(QTableWidget):
    """A table of the review dialog that the keyboard drives completely: arrows move
    cell by cell, Space ticks the tick-box cells under it (and nothing else), F2, Enter
    or typing edits the cell under focus, and Enter never saves the dialog by surprise;
    Tab leaves the table. key_hook sees other keys first (letters, Delete).

    The tick boxes are the cells of column ``ticks`` (Accept, Keep): Space on any other
    cell does nothing, as a table item would otherwise take a tick box of its own.
    """

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None,
                 ticks: int = 0) -> None:
        super().__init__(rows, columns, parent)
        self.ticks = ticks
        self.setTabKeyNavigation(False)  # Tab moves on to the buttons, as in a form
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.key_hook: Callable[[QKeyEvent], bool] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTableWidget.keyPressEvent: Space ticks, Enter edits, hook first."""
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        item = self.currentItem()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Space and plain:
            if item is not None and item.column() == self.ticks:
                self.toggle_ticks(item)
            return  # a space never starts editing a name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                self.editItem(item)
            return  # (the dialog's Save is Ctrl+S: Enter in the table never saves)
        if self.key_hook is not None and self.key_hook(event):
            return
        super().keyPressEvent(event)

    def commit_edit(self) -> None:
        """Keep what is being typed in a cell (a button's shortcut, Alt+R or Ctrl+S, acts
        with the editor still open): the text goes into the cell, and the editor closes."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            # (a name's line edit, or a phase's drop-down: not the line inside that)
            if isinstance(editor, QLineEdit | QComboBox) and not editor.isHidden():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def toggle_ticks(self, item: QTableWidgetItem) -> None:
        """Tick or untick item and the other selected tick boxes of its column, all to the
        opposite of item's state."""
        ticked = item.checkState() == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        rows = {i.row() for i in self.selectedIndexes() if i.column() == self.ticks}
        for row in sorted(rows | {item.row()}):
            other = self.item(row, self.ticks)
            if other is not None:
                other.setCheckState(state)


class DeriveReviewDialog(KeyedDialog):
    """The review step between a derived draft and a saved template."""

    def __init__(self, draft: Draft, library: TemplateLibrary,
                 parent: QWidget | None = None, phases: Sequence[str] = ()) -> None:
        """phases: those of the project open in the window, offered in the Phase column."""
        super().__init__(parent)
        self.setWindowTitle("Review the derived template")
        self.project_phases = tuple(phases)
        self.setWindowIcon(icon("template"))
        self.draft = draft
        self.scheme = SCHEMES[draft.scheme]  # RASCI when the documents' tables use S
        self.library = library
        self.rows: list[DraftRow] = list(draft.rows)
        self.role_list: list[TemplateRole] = list(draft.roles)
        self._stand_in_codes: dict[int, str] = {}  # row -> the code Add Role gave ('NEW')
        self.saved: Template | None = None
        self.edited = False  # anything changed since the draft was shown (asked on Cancel)
        self._filling = False
        self.name = QLineEdit(self.library.free_name(
            default_name(draft.documents, draft.titles)), self)
        self.name.setAccessibleName("Template name")
        self.template_id = QLineEdit(self.library.free_id(
            default_id([Path(d) for d in draft.documents])), self)
        self.template_id.setAccessibleName("Template id")
        self.template_id.setToolTip(
            "The template's file name in your templates folder (lower-case letters, digits "
            "and dashes; filled in from the documents' names). File > New lists the template "
            "by its name, and shows this id only beside another template of the same name.")
        self.roles = ReviewTable(len(draft.roles), 3, self)
        self.roles.setAccessibleName("Derived roles")
        self.roles.setHorizontalHeaderLabels(["Keep", "Role name", "Code"])
        self.roles.setToolTip("Untick a role to drop it; give two roles the same code to "
                              "merge them.\nKeys: Space ticks or unticks; F2, Enter or "
                              "typing edits a name or code")
        for i, role in enumerate(draft.roles):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            keep.setCheckState(Qt.CheckState.Checked)
            self.roles.setItem(i, 0, keep)
            self.roles.setItem(i, 1, QTableWidgetItem(role.name))
            self.roles.setItem(i, 2, QTableWidgetItem(role.code))
        self.roles.resizeColumnToContents(0)
        self.roles.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.roles.resizeColumnToContents(2)
        self.table = ReviewTable(0, 0, self)
        self.table.setAccessibleName("Derived activities")
        self.table.setToolTip(table_keys(self.scheme.allowed()))
        self.table.key_hook = self._letter_key
        self.table.setItemDelegateForColumn(PHASE_COLUMN, PhaseDelegate(
            lambda: phase_choices([self._phase_of(i) for i in range(self.table.rowCount())],
                                  self.project_phases), self.table))
        self.table.itemSelectionChanged.connect(self._show_evidence)
        # what the keyboard could not do ("Q is not a letter of RACI")
        self.key_hint = QLabel(self)
        self.key_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.table.currentCellChanged.connect(lambda *_cells: self.key_hint.clear())
        self.evidence = QTextBrowser(self)
        self.evidence.setAccessibleName("Evidence for the selected row")
        self.evidence.setPlaceholderText(EVIDENCE_HINT)
        self.summary = QLabel(self)
        merge = QPushButton("&Merge Selected Rows", self)
        merge.setToolTip("Combine the rows of the selected cells into one activity "
                         "(letters united, one owner kept) (Alt+M)")
        merge.clicked.connect(self.merge_selected)
        add_row = QPushButton("Add &Row", self)
        add_row.setToolTip("Add an activity the documents did not yield; name it and give "
                           "it letters in the table (Alt+R)")
        add_row.clicked.connect(lambda: self.add_row())
        add_role = QPushButton("Add R&ole", self)
        add_role.setToolTip("Add a role the documents did not yield; rename it and set its "
                            "code in the roles table (Alt+O)")
        add_role.clicked.connect(lambda: self.add_role())
        self.skipped = QLabel(self)
        self.skipped.setWordWrap(True)
        if draft.skipped:  # one line each: a reason may hold parentheses or a semicolon
            self.skipped.setTextFormat(Qt.TextFormat.PlainText)
            self.skipped.setText("Contributed nothing:\n" + "\n".join(
                f"  {name}: {reason}" for name, reason in draft.skipped.items()))
        else:
            self.skipped.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip("Save the template to your templates (Ctrl+S)")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Close without saving a template (Esc)")
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        form = QFormLayout()
        form.addRow("Template &name:", self.name)
        form.addRow("Template &id:", self.template_id)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        guide = QLabel("&Activities: untick to reject; type letters in the role columns; "
                       "F2 or double-click edits a name or a phase.", self)
        guide.setWordWrap(True)  # (its length does not widen the table's side)
        guide.setBuddy(self.table)  # Alt+A goes back to the rows, from anywhere
        left_layout.addWidget(guide)
        left_layout.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(merge)
        row_buttons.addWidget(add_row)
        row_buttons.addWidget(add_role)
        row_buttons.addWidget(self.key_hint, 1)
        row_buttons.addWidget(self.summary)
        left_layout.addLayout(row_buttons)
        # Roles above the evidence, split so that a dozen roles show at the dialog's size
        # (compact rows); the handle between them moves the split.
        self.roles.verticalHeader().setDefaultSectionSize(
            self.roles.fontMetrics().height() + ROLE_ROW_PADDING)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        # each part named with an Alt key that reaches it (Alt+L, Alt+V)
        for label, widget, stretch in (("Ro&les", self.roles, ROLES_SHARE),
                                       ("E&vidence", self.evidence, EVIDENCE_SHARE)):
            part = QWidget(right)
            part_layout = QVBoxLayout(part)
            part_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(label, part)
            heading.setBuddy(widget)
            part_layout.addWidget(heading)
            part_layout.addWidget(widget, 1)
            right.addWidget(part)
            right.setStretchFactor(right.count() - 1, stretch)
        right.setSizes([ROLES_SHARE * 100, EVIDENCE_SHARE * 100])
        self.side = right
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.skipped)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._fill()
        for table in (self.table, self.roles):
            table.itemChanged.connect(self._mark_edited)
        self.roles.itemChanged.connect(self._role_renamed)
        self.table.itemChanged.connect(
            lambda item: self._show_evidence() if item.column() == 1 else None)
        self.table.itemChanged.connect(self._check_letters)
        self.table.itemChanged.connect(self._check_phase)
        # letters given or taken, a row ticked or unticked, a role kept or dropped: the
        # summary and the role marks follow once per turn of the event loop (a block of
        # cells cleared at once is counted once, not once a cell)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._show_summary)
        self.table.itemChanged.connect(
            lambda _item: None if self._filling else self._summary_timer.start())
        self.roles.itemChanged.connect(
            lambda item: self._summary_timer.start() if item.column() == 0 else None)
        for field in (self.name, self.template_id):
            field.textEdited.connect(self._mark_edited)
        order = [self.name, self.template_id, self.table, merge, add_row, add_role,
                 self.roles, self.evidence, save_button,
                 buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        fit_to_screen(self, 1200, 720)
        # open on what needs a decision: the first row marked for review, with its evidence
        opening = next((i for i, r in enumerate(self.rows) if _needs_review(r)),
                       0 if self.rows else None)
        if opening is not None:
            self.table.setCurrentCell(opening, 1)
            self.table.setFocus()  # the keyboard starts on the rows, as the review does

    def showEvent(self, event: QShowEvent) -> None:
        """Override QDialog.showEvent: the current row in the middle once the size is known."""
        super().showEvent(event)
        self._fit_activity_column()
        current = self.table.currentItem()
        if current is not None:
            self.table.scrollToItem(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- table <-> rows ---------------------------------------------------------------

    def codes(self) -> list[str]:
        """The draft's role codes, one letter column each."""
        return [r.code for r in self.role_list]

    def _refill(self, rows: list[DraftRow]) -> None:
        """Show rows again, keeping which ones are ticked and the cell the cursor is on."""
        keep = self.accepted_rows()
        at = (self.table.currentRow(), self.table.currentColumn())
        self.rows = rows
        self._fill()
        for i, ticked in enumerate(keep):
            if not ticked:
                _item(self.table, i, 0).setCheckState(Qt.CheckState.Unchecked)
        if at[0] >= 0 and at[1] >= 0:
            self.table.setCurrentCell(min(at[0], len(rows) - 1),
                                      min(at[1], self.table.columnCount() - 1))

    def add_row(self, name: str = "New activity") -> bool:
        """Append an activity the documents missed, marked as added during review."""
        try:
            rows = self._sync()
        except RaciError as exc:
            show_error(self, "Cannot add a row", str(exc))
            return False
        rows.append(DraftRow(name, phase_for(name), {}, [], [ADDED_IN_REVIEW]))
        self.edited = True
        self._refill(rows)
        added = _item(self.table, len(self.rows) - 1, 1)
        self.table.setCurrentItem(added)
        self.table.scrollToItem(added)  # the whole new row in view, ready to name
        self.table.setFocus()
        self.table.editItem(added)
        return True

    def add_role(self, name: str = "New role", code: str = "") -> bool:
        """Append a role the documents missed: a roles-table row and a letter column."""
        try:
            rows = self._sync()
        except RaciError as exc:
            show_error(self, "Cannot add a role", str(exc))
            return False
        code = free_code(code or "NEW", self.codes())
        self.role_list.append(TemplateRole(code, name, "Added during review"))
        self.edited = True
        i = self.roles.rowCount()
        if code.startswith("NEW"):
            self._stand_in_codes[i] = code
        self.roles.setRowCount(i + 1)
        keep = QTableWidgetItem()
        keep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        keep.setCheckState(Qt.CheckState.Checked)
        self.roles.setItem(i, 0, keep)
        self.roles.setItem(i, 1, QTableWidgetItem(name))
        self.roles.setItem(i, 2, QTableWidgetItem(code))
        self._refill(rows)
        self.roles.setCurrentCell(i, 1)
        self.roles.scrollToItem(_item(self.roles, i, 1))
        self.roles.editItem(_item(self.roles, i, 1))
        return True

    def _fill(self) -> None:
        codes = self.codes()
        self.table.clear()
        self._filling = True  # (the cells set here are not the reviewer's edits)
        self.table.setColumnCount(FIXED_COLUMNS + len(codes) + 1)
        self.table.setHorizontalHeaderLabels(["Accept", "Activity", "Phase", *codes,
                                              "Needs review"])
        for j in range(len(self.role_list)):  # a code's column says whose it is
            self._head_column(j)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            accept = QTableWidgetItem()
            accept.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                            | Qt.ItemFlag.ItemIsSelectable)
            accept.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(i, 0, accept)
            self.table.setItem(i, 1, QTableWidgetItem(row.name))
            phase = QTableWidgetItem(row.phase.strip() or NO_PHASE)
            phase.setToolTip(PHASE_TIP)
            self.table.setItem(i, PHASE_COLUMN, phase)
            for j, code in enumerate(codes):
                item = QTableWidgetItem(self.scheme.format(row.letters.get(code, set())))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, FIXED_COLUMNS + j, item)
            self.table.setItem(i, FIXED_COLUMNS + len(codes), _review_item(row))
        self._fit_columns()
        self._show_summary()
        self._filling = False

    def _show_summary(self) -> None:
        accepted = self.accepted_rows()
        if len(accepted) != len(self.rows):  # (between a change of rows and the table)
            accepted = [True] * len(self.rows)
        # a row unticked is dropped, so its question is answered (Save asks no more of it)
        flagged = sum(1 for r, kept in zip(self.rows, accepted, strict=True)
                      if kept and _needs_review(r))
        idle = self._mark_idle_roles()
        phases = self._phase_count(accepted)
        self.summary.setText(f"{counted(len(self.rows), 'row')}, {flagged} marked for review"
                             f", {counted(phases, 'phase')} to create"
                             + (f", {counted(idle, 'role')} without letters" if idle else ""))

    def _phase_count(self, accepted: list[bool]) -> int:
        """How many phases the accepted rows will create (one a name, whatever its case)."""
        if self.table.rowCount() != len(self.rows) or \
                self.table.columnCount() <= PHASE_COLUMN:
            return len({r.phase.strip().casefold() for r, kept
                        in zip(self.rows, accepted, strict=True) if kept and r.phase.strip()})
        names = {self._phase_of(i).casefold() for i, kept in enumerate(accepted) if kept}
        return len(names - {""})

    def _phase_of(self, i: int) -> str:
        """Row i's phase as shown in its Phase cell ("" for none)."""
        cell = self.table.item(i, PHASE_COLUMN)
        text = cell.text().strip() if cell is not None else self.rows[i].phase
        return "" if text.casefold() == NO_PHASE.casefold() else text

    def _mark_idle_roles(self) -> int:
        """Mark the kept roles that hold no letter on any accepted row (a heading or a party
        read as a role, say): a warning beside the name, as Save would ask about them."""
        if self.table.rowCount() != len(self.rows) or \
                self.table.columnCount() < FIXED_COLUMNS + len(self.role_list):
            return 0  # (between a change of rows or roles and the table showing it)
        accepted = self.accepted_rows()
        idle = 0
        self.roles.blockSignals(True)  # (a mark is not an edit)
        for j in range(min(len(self.role_list), self.roles.rowCount())):
            name = self.roles.item(j, 1)
            keep = self.roles.item(j, 0)
            if name is None or keep is None:
                continue
            used = any(accepted[i] and (self.table.item(i, FIXED_COLUMNS + j) or
                                        QTableWidgetItem()).text().strip()
                       for i in range(len(self.rows)))
            marked = keep.checkState() == Qt.CheckState.Checked and not used
            idle += marked
            # Only a change of mark touches the item: setting it again would reset the text
            # of a name being typed (Add Role opens one) and drop its selection.
            if name.toolTip() != (IDLE_ROLE_TIP if marked else ""):
                name.setIcon(icon("warning") if marked else QIcon())
                name.setToolTip(IDLE_ROLE_TIP if marked else "")
        self.roles.blockSignals(False)
        self.roles.viewport().update()
        return idle

    def _decided(self, i: int) -> None:
        """The reviewer set row i's letters: the questions the draft asked about them are
        answered (no longer flagged, listed at Save or kept as notes in the file). What the
        letters still lack (no A, no R) is checked at Save all the same."""
        row = self.rows[i]
        if self._filling or not _needs_review(row):
            return
        self.rows[i] = replace(row, review=[n for n in row.review if n == ADDED_IN_REVIEW])
        self.table.setItem(i, FIXED_COLUMNS + len(self.codes()), _review_item(self.rows[i]))
        self._show_summary()
        if self.table.currentRow() == i:
            self._show_evidence()

    def _fit_columns(self) -> None:
        """Narrow tick and letter columns, so every role's column shows without scrolling."""
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, min(max(self.table.sizeHintForColumn(1), ACTIVITY_LEAST),
                                         420))
        self.table.setColumnWidth(PHASE_COLUMN,
                                  min(max(self.table.sizeHintForColumn(PHASE_COLUMN), 90), 200))
        for j in range(len(self.codes())):
            self.table.resizeColumnToContents(FIXED_COLUMNS + j)
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.isVisible():  # (a role added: its column in view too)
            self._fit_activity_column()

    def _fit_activity_column(self) -> None:
        """Narrow the Activity column (not below its least width) until Accept, the phases,
        every role and some of Needs review show side by side without scrolling."""
        last = self.table.columnCount() - 1
        others = sum(self.table.columnWidth(c) for c in range(last) if c != 1)
        room = self.table.viewport().width() - others - REVIEW_ROOM
        if room < self.table.columnWidth(1):
            self.table.setColumnWidth(1, max(ACTIVITY_LEAST, room))

    def _sync(self) -> list[DraftRow]:
        """Rows as edited in the table (names and letters), checked for bad letters."""
        for table in (self.table, self.roles):
            table.commit_edit()
        codes = self.codes()
        out = []
        for i, row in enumerate(self.rows):
            name = _item(self.table, i, 1).text().strip() or row.name
            letters: dict[str, set[str]] = {}
            for j, code in enumerate(codes):
                text = _item(self.table, i, FIXED_COLUMNS + j).text()
                try:
                    parsed = self.scheme.parse(text)
                except LetterError as exc:
                    self.table.setCurrentCell(i, FIXED_COLUMNS + j)  # shown, to correct
                    raise RaciError(f"row {i + 1} ('{name}'), column {code}: {exc}") from exc
                if parsed:
                    letters[code] = set(parsed)
            out.append(replace(row, name=name, phase=self._phase_of(i), letters=letters))
        return out

    def accepted_rows(self) -> list[bool]:
        """Whether each row is ticked."""
        return [_item(self.table, i, 0).checkState() == Qt.CheckState.Checked
                for i in range(self.table.rowCount())]

    def _letter_key(self, event: QKeyEvent) -> bool:
        """A key on a role's column of the activities table, as in the matrix: a letter
        replaces the letters of the selected cells (Shift+letter adds or removes it), and
        Delete or Backspace clears them. False for a key this does not take."""
        codes = self.codes()
        current = self.table.currentColumn()
        if not FIXED_COLUMNS <= current < FIXED_COLUMNS + len(codes):
            return False
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.MetaModifier):
            return False
        cells = {(i.row(), i.column()) for i in self.table.selectedIndexes()
                 if FIXED_COLUMNS <= i.column() < FIXED_COLUMNS + len(codes)}
        cells.add((self.table.currentRow(), current))
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            for row, column in cells:
                _item(self.table, row, column).setText("")
            self.key_hint.clear()
            return True
        text = event.text().upper()
        if len(text) != 1 or not text.isalpha():
            return False
        if text not in self.scheme.codes:
            self.key_hint.setText(f"{text} is not a letter of {self.scheme.id}: use "
                                  f"{self.scheme.allowed()}.")
            return True
        self.key_hint.clear()  # (before: a cell set below may say its letters do not go together)
        for row, column in cells:
            item = _item(self.table, row, column)
            letters = {text}
            if mods & Qt.KeyboardModifier.ShiftModifier:
                with contextlib.suppress(LetterError):  # a bad letter before: replaced
                    letters = set(self.scheme.parse(item.text())) ^ {text}
            item.setText(self.scheme.format(letters))
        return True

    def _check_letters(self, item: QTableWidgetItem) -> None:
        """A role's cell as soon as it is edited: letters the scheme knows are written its
        way ("r, a" becomes "A/R"); anything else is shown in the error colour, with what is
        wrong in its tooltip and under the table, and stays to be corrected (saving stops on
        it). Letters that do not go together ("C/I") are kept with the matrix's warning."""
        codes = self.codes()
        if not FIXED_COLUMNS <= item.column() < FIXED_COLUMNS + len(codes):
            return
        where = f"Row {item.row() + 1}, column {codes[item.column() - FIXED_COLUMNS]}"
        try:
            letters = self.scheme.parse(item.text())
        except LetterError as exc:
            self._mark_cell(item, "error", f"{where}: {exc}.")
            return
        canonical = self.scheme.format(letters)
        if item.text() != canonical:
            item.setText(canonical)  # (asks again, and finds it written the scheme's way)
            return
        odd = odd_letters(self.scheme, letters)  # the matrix's warning: "C/I" is not kept
        if odd:
            self._mark_cell(item, "warning", f"{where} {odd}.")
        elif item.toolTip():
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip("")
            self.key_hint.clear()
        self._decided(item.row())

    def _check_phase(self, item: QTableWidgetItem) -> None:
        """A Phase cell emptied says it holds no phase. A renamed row whose phase was worked
        out from its words (not named by its document, nor typed) gets the phase of its new
        words, shown at once."""
        if self._filling:
            return
        if item.column() == PHASE_COLUMN and not item.text().strip():
            item.setText(NO_PHASE)  # (asks again, and finds it filled)
        elif item.column() == 1 and item.row() < len(self.rows):
            phase = self.table.item(item.row(), PHASE_COLUMN)
            name = item.text().strip()
            if phase is not None and name and is_keyword_phase(self.rows[item.row()].phase) \
                    and is_keyword_phase(phase.text().strip()):
                phase.setText(phase_for(name))

    def _mark_cell(self, item: QTableWidgetItem, severity: str, problem: str) -> None:
        """A letter cell in the colour of an error (letters the scheme does not have: Save
        stops on it) or a warning (letters that do not go together, as the matrix warns),
        with what is wrong in its tooltip and under the table."""
        item.setForeground(severity_colour(severity))
        item.setToolTip(plain_tip(problem))
        self.key_hint.setText(sentence(problem))

    def _show_evidence(self) -> None:
        selected = sorted({i.row() for i in self.table.selectedIndexes()})
        if not selected:
            self.evidence.clear()
            return
        row = self.rows[selected[0]]
        name = self.table.item(selected[0], 1)
        parts = [f"<h3>{_escape(name.text() if name is not None else row.name)}</h3>"]
        for note in row.review:
            said = "Added during review." if note == ADDED_IN_REVIEW else \
                f"<b>Needs review:</b> {_escape(note)}"
            parts.append(f"<p>{said}</p>")
        shown: set[tuple[str, ...]] = set()
        for claim in row.claims:
            code = self.draft.role_keys.get(claim.role, claim.role)
            key = (code, claim.kind, claim.document, claim.location, claim.text)
            if key in shown:  # two readings of one passage: quoted once
                continue
            shown.add(key)
            said = KIND_WORDS.get(claim.kind, claim.kind)
            parts.append(
                f"<p><b>{code}</b> ({said}{', owner cue' if claim.owner_cue else ''}) "
                f"<i>{_escape(claim.document)}, {_escape(claim.location)}</i><br>"
                f"{_escape(claim.text)}</p>")
        self.evidence.setHtml("".join(parts))

    def merge_selected(self) -> bool:
        """Merge the selected rows into the first of them."""
        try:
            self.rows = self._sync()
        except RaciError as exc:
            show_error(self, "Cannot merge", str(exc))
            return False
        keep = self.accepted_rows()
        selected = sorted({i.row() for i in self.table.selectedIndexes()})
        if len(selected) < 2:
            show_error(self, "Cannot merge", "Select two or more rows to merge.")
            return False
        merged = merge_rows([self.rows[i] for i in selected])
        self.edited = True
        rest = [(r, k) for i, (r, k) in enumerate(zip(self.rows, keep, strict=True))
                if i not in selected[1:]]
        self.rows = [merged if r is self.rows[selected[0]] else r for r, _k in rest]
        self._fill()
        for i, (_r, k) in enumerate(rest):
            if not k:
                _item(self.table, i, 0).setCheckState(Qt.CheckState.Unchecked)
        self.table.selectRow(selected[0])
        return True

    # --- building and saving ----------------------------------------------------------

    def build_template(self) -> Template:
        """The template as reviewed: kept roles (merged by code) and accepted rows."""
        rows = [r for r, keep in zip(self._sync(), self.accepted_rows(), strict=True) if keep]
        if not rows:
            raise RaciError("no activity is accepted; tick at least one row")
        roles: list[TemplateRole] = []
        code_map: dict[str, str | None] = {}
        for i, role in enumerate(self.role_list):
            keep = _item(self.roles, i, 0).checkState() == Qt.CheckState.Checked
            name = _item(self.roles, i, 1).text().strip() or role.name
            code = _item(self.roles, i, 2).text().strip() or role.code
            if not keep:
                code_map[role.code] = None
                continue
            code_map[role.code] = code
            if all(r.code.casefold() != code.casefold() for r in roles):
                roles.append(TemplateRole(code, name, role.description))
        merged_rows = []
        for row in rows:
            letters: dict[str, set[str]] = {}
            for code, values in row.letters.items():
                target = code_map.get(code, code)
                if target is not None:
                    letters.setdefault(target, set()).update(values)
            for values in letters.values():
                if values & {"A", "R"}:
                    values -= {"C", "I"}  # doing or owning covers being consulted or informed
            owners = [c for c, v in letters.items() if "A" in v]
            for extra in owners[1:]:
                letters[extra].discard("A")
            merged_rows.append(replace(row, letters={c: v for c, v in letters.items() if v}))
        draft = Draft(roles, merged_rows, self.draft.documents,
                      {k: code_map.get(v) or v for k, v in self.draft.role_keys.items()})
        template_id = slugify(self.template_id.text() or self.name.text())
        return draft.to_template(template_id, self.name.text().strip() or template_id,
                                 f"Derived from {', '.join(self.draft.documents)} and reviewed")

    def _taken_ids(self) -> dict[str, str]:
        """The ids of the templates already there, each with its origin."""
        return {e.id: e.origin for e in self.library.entries()}

    def save(self) -> None:
        """Save to the user's template folder (asking first if decisions are still open)."""
        if not self.name.text().strip():  # (File > New lists a template by its name)
            show_error(self, "Cannot save the template",
                       "The template has no name; type the name File > New should list it by.")
            self.name.setFocus()
            return
        try:
            template = self.build_template()
        except RaciError as exc:
            show_error(self, "Cannot save the template", str(exc))
            return
        origin = self._taken_ids().get(template.id)
        if origin is not None:  # said before any question about open decisions
            kind = "a built-in template" if origin == "built-in" else "one of your templates"
            show_error(self, "Cannot save the template",
                       f"The template id '{template.id}' is already used by {kind}; type "
                       f"another id (for example {self.library.free_id(template.id)}).")
            self.template_id.setFocus()
            self.template_id.selectAll()
            return
        try:
            decisions = open_decisions(template)
        except RaciError as exc:
            show_error(self, "Cannot save the template", str(exc))
            return
        if decisions:
            listed = "\n".join(decisions[:15]) + ("\n..." if len(decisions) > 15 else "")
            if not self._save_anyway(
                f"{counted(len(decisions), 'decision')} {agree(len(decisions), 'is')} still "
                f"open:\n\n{listed}\n\n"
                "Save the template anyway? (They are kept as review notes in the file.)"):
                return
        try:
            path = self.library.save_user_template(template)
        except RaciError as exc:
            show_error(self, "Cannot save the template", str(exc))
            return
        self.saved = template
        self.saved_path = path
        self.accept()

    def _role_renamed(self, item: QTableWidgetItem) -> None:
        """A role's letter column is headed by its code as edited in the roles table; a role
        added here takes its code from the name typed ('Finance Partner': FP) while its code
        is still the stand-in Add Role gave it."""
        if item.column() not in (1, 2) or item.row() >= len(self.role_list):
            return
        code = self.roles.item(item.row(), 2)
        stand_in = self._stand_in_codes.get(item.row())
        if code is not None and stand_in is not None:
            if item.column() == 2 and code.text().strip() != stand_in:
                del self._stand_in_codes[item.row()]  # a code typed by the reviewer stays
            elif item.column() == 1 and item.text().strip():
                taken = [c for j, c in enumerate(self.codes()) if j != item.row()]
                taken += [_item(self.roles, j, 2).text().strip()
                          for j in range(self.roles.rowCount()) if j != item.row()]
                new = free_code(initials(item.text().strip()), taken)
                self._stand_in_codes[item.row()] = new
                code.setText(new)  # (comes back here for column 2, and heads the column)
        self._head_column(item.row())

    def _head_column(self, i: int) -> None:
        role = self.role_list[i]
        name, code = self.roles.item(i, 1), self.roles.item(i, 2)
        header = self.table.horizontalHeaderItem(FIXED_COLUMNS + i)
        if header is None:
            return
        code_text = (code.text().strip() if code is not None else "") or role.code
        name_text = (name.text().strip() if name is not None else "") or role.name
        header.setText(code_text)
        header.setToolTip(plain_tip(f"{name_text} ({code_text})"))

    def _mark_edited(self) -> None:
        self.edited = True

    def reject(self) -> None:
        """Override QDialog.reject (Cancel, Esc, closing): a review with edits is dropped
        only once the user says so."""
        if self.edited and self.saved is None and not self._discard():
            return
        super().reject()

    def _discard(self) -> bool:
        """Ask whether to drop the edits: Discard, or Keep Reviewing."""
        return self._ask("Discard the review?",
                         "Your changes to the derived template (names, letters, rows and "
                         "roles) are not saved. Discard them and close?",
                         "&Discard", QMessageBox.ButtonRole.DestructiveRole)

    def _save_anyway(self, text: str) -> bool:
        """Ask whether to save with decisions open: Save Anyway, or Keep Reviewing."""
        return self._ask("Decisions still open", sentence(text), "&Save Anyway",
                         QMessageBox.ButtonRole.AcceptRole)

    def _ask(self, title: str, text: str, go: str, role: QMessageBox.ButtonRole) -> bool:
        """Whether the user answers ``go`` to a question whose other answer, the default
        and Esc, is Keep Reviewing."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(go, role)
        keep = box.addButton("&Keep Reviewing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        keyed_box(box).exec()
        return box.clickedButton() is yes


def _review_item(row: DraftRow) -> QTableWidgetItem:
    """The Needs review cell of a row: its notes, with a warning while one asks something."""
    review = QTableWidgetItem("; ".join(row.review))
    review.setToolTip(plain_tip("\n".join(row.review)))
    review.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if _needs_review(row):
        review.setIcon(icon("warning"))
    return review


def _needs_review(row: DraftRow) -> bool:
    """Whether a row has a note asking for a decision (a row the reviewer added has none)."""
    return any(note != ADDED_IN_REVIEW for note in row.review)


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no item at {row}, {column}"
    return item


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
