"""Dialogs: new project from a template, team (roles, people, staffing), project settings."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci.errors import RaciError
from raci.files import link_target
from raci.operations import (
    AddPeople,
    AddRoles,
    DeletePeople,
    MovePerson,
    MoveRole,
    NewPerson,
    NewRole,
    Operation,
)
from raci.palette import fill_for
from raci.schemes import SCHEMES, convert_letters, get_scheme
from raci.service import ProjectService
from raci.state import ProjectState, Thresholds
from raci.templates import Template, TemplateEntry, TemplateLibrary
from raci.wording import agree, counted, role_label
from ui.actions import REDO_KEYS
from ui.commands import push_operation
from ui.empty_hint import EmptyHint
from ui.forms import PersonForm, RoleForm, ask_text
from ui.help_dialog import ShortcutsDialog
from ui.mnemonics import KeyedDialog, escaped, keyed_box
from ui.palette import icon
from ui.plain import plain_tip, sentence
from ui.screen import fit_to_screen
from ui.team_models import PeopleModel, RolesModel, StaffingModel


def message(parent: QWidget | None, title: str, text: str,
            kind: QMessageBox.Icon = QMessageBox.Icon.Information,
            buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
            default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
            ) -> QMessageBox.StandardButton:
    """A message box showing its text as plain text (names are never read as markup);
    default: the button Enter presses (Qt's choice when not given)."""
    box = QMessageBox(kind, title, sentence(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(keyed_box(box).exec())


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """The one way the app reports a problem: a message box with the reason."""
    message(parent, title, text, QMessageBox.Icon.Critical)


def ask(parent: QWidget | None, title: str, text: str, undoable: bool = True) -> bool:
    """A yes/no question; True for Yes. For a step that cannot be undone, No is the
    default, so an Enter pressed too soon changes nothing."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.NoButton if undoable else QMessageBox.StandardButton.No
    return message(parent, title, text, QMessageBox.Icon.Question,
                   buttons, default) == QMessageBox.StandardButton.Yes


def readable_sources(template: Template) -> list[str]:
    """The template's source documents as a reader can follow them: each by its title
    (or its file name), with the sections its activities come from."""
    files = template.source_files()
    if not files:
        return []
    sections: dict[str, list[str]] = {name: [] for name in files}
    for act in template.activities:
        source, section = act.provenance.source, act.provenance.section
        if source in sections and section and section not in sections[source]:
            sections[source].append(section)
    parts = []
    for i, name in enumerate(files, start=1):
        label = template.source_title(name)
        if label == name and _STORED_NAME.match(name):  # a stored name without a title
            label = f"document {i}"
        cited = sections[name][:3]
        parts.append(label + (f" (sections: {', '.join(cited)})" if cited else ""))
    return parts


def _sources_html(sources: list[str]) -> str:
    if not sources:
        return "<p><b>Built from:</b> no documents recorded.</p>"
    items = "".join(f"<li>{html.escape(s)}</li>" for s in sources)
    return f"<p><b>Built from:</b></p><ul>{items}</ul>"


_STORED_NAME = re.compile(r"^\d{3}_[0-9a-f]{8,}\.\w+$")


class NewProjectDialog(KeyedDialog):
    """Pick a template (with description, roles, sources and a preview) or start empty."""

    EMPTY = "__empty__"
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # an item's place in ``entries``

    def __init__(self, entries: list[TemplateEntry], parent: QWidget | None = None,
                 library: TemplateLibrary | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New project")
        self.setWindowIcon(icon("template"))
        self.entries = entries
        self.library = library  # given, the user's own templates can be deleted here
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("Project name")
        self.name.setAccessibleName("Project name")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Templates")
        empty = QListWidgetItem("Empty project")
        empty.setData(Qt.ItemDataRole.UserRole, self.EMPTY)
        self.list.addItem(empty)
        for index, entry in enumerate(entries):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(self.ENTRY_ROLE, index)  # (two files may give one id)
            if entry.template is None:  # listed, marked and deletable; never used
                item.setIcon(icon("warning"))
            elif entry.origin == "user":  # yours (drafted or saved), told apart by its icon
                item.setIcon(icon("template"))
            self.list.addItem(item)
        # a blank icon for the others: every row as tall, every name starting at one edge
        size = self.list.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.list.setIconSize(QSize(size, size))
        blank = QPixmap(self.list.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for i in range(self.list.count()):
            if self.list.item(i).icon().isNull():
                self.list.item(i).setIcon(QIcon(blank))
        self._label_items()
        # Template names are shown whole: the list is as wide as the longest (within reason)
        # and wraps what is longer still.
        widest = max((self.list.fontMetrics().horizontalAdvance(self.list.item(i).text())
                      for i in range(self.list.count())), default=120)
        self.list.setMinimumWidth(min(widest + 48, 380))
        self.list.setWordWrap(True)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName("Template details")
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName("Template preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # a preview: Tab moves on to the buttons
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.details)
        right.addWidget(self.preview)
        # the list has a label of its own, so Alt and its letter reach it from the name field
        # (and in Apply Template, where the name is not asked); it sits above the split, so
        # the list's top is level with the details' beside it (under it, the list sat lower)
        self.list_label = QLabel("&Templates:", self)
        self.list_label.setBuddy(self.list)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Create...")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.rename = QPushButton("&Rename Template...", self)
        self.rename.setToolTip("Give the selected template of yours (templates with the "
                               "template icon) another name; built-in ones keep theirs")
        self.rename.clicked.connect(lambda: self._then_list(self.rename_selected()))
        self.delete = QPushButton(icon("delete"), "&Delete Template...", self)
        self.delete.setToolTip("Delete the selected template of yours (templates with the "
                               "template icon, or one that cannot be read); built-in ones "
                               "stay. Projects made from it keep their roles and activities.")
        self.delete.clicked.connect(lambda: self._then_list(self.delete_selected()))
        for button in (self.rename, self.delete):
            button.setVisible(library is not None)
            # Enter after renaming or deleting still means Create..., never the same again
            button.setAutoDefault(False)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list_label)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.rename)
        row.addWidget(self.delete)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        default = next((i for i in range(self.list.count())
                        if self.list.item(i).data(Qt.ItemDataRole.UserRole) == "product-team"), 0)
        self.list.setCurrentRow(default)
        fit_to_screen(self, 980, 640)

    def _label_items(self) -> None:
        """Name each template's item (and its tooltip): a broken one says so and why."""
        listed = [self.list.item(row) for row in range(self.list.count())]
        shown = [(item, self.entries[item.data(self.ENTRY_ROLE)]) for item in listed
                 if isinstance(item.data(self.ENTRY_ROLE), int)]
        names = [e.template.name.casefold() for _item, e in shown if e.template is not None]
        for item, entry in shown:
            if entry.template is None:
                item.setText(f"{entry.path.name} (cannot be read)")
                item.setToolTip(plain_tip(f"This template cannot be read: {entry.error}"))
                continue
            label = entry.template.name
            if names.count(label.casefold()) > 1:
                label += f" ({entry.id})"  # two of one name (a document drafted twice)
            item.setText(label)
            item.setToolTip(plain_tip(f"{label}\n{entry.origin} template: {entry.path}"))

    def _entry(self) -> TemplateEntry | None:
        item = self.list.currentItem()
        index = item.data(self.ENTRY_ROLE) if item is not None else None
        return self.entries[index] if isinstance(index, int) else None

    def accept(self) -> None:
        """Override QDialog.accept: a template that cannot be read is never used."""
        entry = self._entry()
        if entry is not None and entry.template is None:
            return
        super().accept()

    def _then_list(self, _done: bool) -> None:
        """Back to the list after a button's step, so arrows choose and Enter creates."""
        self.list.setFocus()

    def rename_selected(self, name: str | None = None) -> bool:
        """Give the selected template of the user's another name (asked for when not given;
        its id and file stay); True when renamed."""
        entry, item = self._entry(), self.list.currentItem()
        if self.library is None or entry is None or entry.origin != "user" \
                or entry.template is None or item is None:
            return False
        if name is None:
            name = ask_text(self, "Rename template", "Template name:", entry.template.name,
                            "Rename")
            if not name:
                return False
        try:
            renamed = self.library.rename_user_template(entry.path, name)
        except RaciError as exc:
            show_error(self, "Cannot rename the template", str(exc))
            return False
        self.entries[item.data(self.ENTRY_ROLE)] = replace(entry, template=renamed)
        self._label_items()
        self._show()
        return True

    def delete_selected(self) -> bool:
        """Delete the selected template of the user's, once they say so; True when gone."""
        entry = self._entry()
        if self.library is None or entry is None or entry.origin != "user":
            return False
        question = (f"Delete the template '{entry.template.name}' ({entry.path})? Projects "
                    "made from it keep their roles and activities." if entry.template else
                    f"Delete {entry.path}? It cannot be read, so no project can be made "
                    "from it.")
        if entry.path.is_symlink():
            question += (f" {entry.path.name} is a link to {link_target(entry.path)}: the link "
                         "is deleted, the file it points to stays.")
        if not ask(self, "Delete template", question + " This cannot be undone.",
                   undoable=False):
            return False
        try:
            self.library.delete_user_template(entry.id, entry.path)
        except RaciError as exc:
            show_error(self, "Cannot delete the template", str(exc))
            return False
        row = self.list.currentRow()
        self.list.takeItem(row)
        self._label_items()  # a name it shared needs its id no more
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        return True

    def selected_id(self) -> str:
        """The chosen template id, or EMPTY."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else self.EMPTY

    def selected_template(self) -> Template | None:
        """The chosen template, or None for an empty project."""
        entry = self._entry()
        return entry.template if entry is not None else None

    def _show(self) -> None:
        entry = self._entry()
        mine = entry is not None and entry.origin == "user"
        self.delete.setEnabled(mine)
        self.rename.setEnabled(mine and entry is not None and entry.template is not None)
        self.ok.setEnabled(entry is None or entry.template is not None)
        if entry is not None and entry.template is None:
            self._show_broken(entry)
            return
        template = self.selected_template()
        if not self.name.isModified():  # a name the user typed is kept; ours follows the choice
            self.name.setText(template.name if template is not None else "")
        if template is None:
            self.details.setHtml("<h3>Empty project</h3><p>No roles or activities; add your "
                                 "own, or apply a template later.</p>")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        e = html.escape
        roles = "".join(f"<li><b>{e(r.code)}</b> {e(r.name)}"
                        + (f": {e(r.description)}" if r.description.strip() else "") + "</li>"
                        for r in template.roles)
        self.details.setHtml(
            f"<h3>{e(template.name)}</h3><p>{e(template.description)}</p>"
            f"<p><b>{counted(len(template.activities), 'activity')}</b> in "
            f"{counted(len(template.phases), 'phase')}, "
            f"scheme {e(template.scheme)}.</p><p><b>Roles</b></p><ul>{roles}</ul>"
            + _sources_html(readable_sources(template))
        )
        self.preview.clear()
        self.preview.setRowCount(len(template.activities))
        self.preview.setColumnCount(len(template.roles))
        self.preview.setHorizontalHeaderLabels([r.code for r in template.roles])
        self.preview.setVerticalHeaderLabels([a.name for a in template.activities])
        scheme = SCHEMES[template.scheme]
        for i, act in enumerate(template.activities):
            for j, role in enumerate(template.roles):
                text = act.letters.get(role.code, "")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                fill = fill_for(scheme.parse(text))
                if fill:
                    item.setBackground(QBrush(QColor(f"#{fill}")))
                    item.setForeground(QBrush(QColor("#1a1a1a")))
                self.preview.setItem(i, j, item)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _show_broken(self, entry: TemplateEntry) -> None:
        """Why a template cannot be read, and what can be done about it."""
        e = html.escape
        what = ("Delete it with <b>Delete Template...</b>, or correct the file and open "
                "this list again." if entry.origin == "user" else
                "It came with the app: reinstall RACI Planner to restore it.")
        self.details.setHtml(f"<h3>{e(entry.path.name)} cannot be read</h3>"
                             f"<p>{e(entry.error)}</p><p>{what}</p>")
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)


def leave_on_ctrl_tab(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Ctrl+Tab or Ctrl+Shift+Tab pressed in a view that keeps Tab for its cells: move the
    focus to the next or previous control instead, as Qt's other widgets that keep Tab for
    themselves do. True when the key was taken."""
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    if not ctrl or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    forward = event.key() == Qt.Key.Key_Tab \
        and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    leave_view(view, forward)
    event.accept()
    return True


def leave_view(view: QAbstractItemView, forward: bool) -> None:
    """Move the focus from a view to the next (previous) control of its window."""
    keeps = view.tabKeyNavigation()
    view.setTabKeyNavigation(False)  # else the view takes the move as Tab again
    try:
        view.focusNextPrevChild(forward)
    finally:
        view.setTabKeyNavigation(keeps)


class WholeCellCheck(QStyledItemDelegate):
    """A tick box that a click anywhere in its cell ticks or unticks, not only on the box
    (the box sits at the cell's left edge; a click in the middle of a wide cell is what
    people try first)."""

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                    ) -> bool:
        """Override QStyledItemDelegate.editorEvent: toggle on a left click in the cell."""
        kind = event.type()
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton \
                or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return super().editorEvent(event, model, option, index)
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # (the view has selected the cell already)
        if kind == QEvent.Type.MouseButtonRelease \
                and option.rect.contains(event.position().toPoint()):
            checked = index.data(Qt.ItemDataRole.CheckStateRole) in (
                Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            return model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
        return super().editorEvent(event, model, option, index)


class TeamTableView(QTableView):
    """A team table where Tab and Enter both commit and move to the next field, and
    Ctrl+Tab (Ctrl+Shift+Tab) leaves the table for the next (previous) control."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTableView.keyPressEvent: Ctrl+Tab moves the focus out of the table (the
        table's own Tab handling took it as Tab and moved to the next cell)."""
        if leave_on_ctrl_tab(self, event):
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Override QTableView.closeEditor: Enter moves on like Tab, as in a spreadsheet;
        Ctrl+Tab in a field being typed keeps what was typed and leaves the table (the
        editor took it as Tab and opened the next field)."""
        moves = (QAbstractItemDelegate.EndEditHint.EditNextItem,
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        if hint in moves and \
                QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            leave_view(self, hint == moves[0])
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, hint)


class _TeamTab(QWidget):
    """A table with Add, Delete and Move buttons under it."""

    def __init__(self, model: Any, add_text: str, empty_text: str,
                 widths: tuple[int, ...], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TeamTableView(self)
        self.view.setAccessibleName(name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(widths):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            else:  # the free-text column takes the room left
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.hint = EmptyHint(self.view, lambda: empty_text)
        self.hint.watch()
        self.add_button = QPushButton(add_text, self)
        self.delete_button = QPushButton("&Delete", self)
        self.up_button = QPushButton("Mo&ve Up", self)
        self.down_button = QPushButton("Move Do&wn", self)
        noun = "role" if name == "Roles" else "person"
        after = " (its column moves in the matrix too)" if noun == "role" else ""
        for button, tip in ((self.delete_button,
                             f"Delete the selected {noun} (Ctrl+Z brings it back)"),
                            (self.up_button, f"Move the selected {noun} up{after}"),
                            (self.down_button, f"Move the selected {noun} down{after}")):
            button.setToolTip(tip)
        row = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())
        model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def update_buttons(self) -> None:
        """Delete and Move need a row to act on."""
        row, rows = self.current_row(), self.view.model().rowCount()
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)


def staffing_hint(state: ProjectState) -> str:
    """What the Staffing tab needs before it has a box to tick, and where to add it."""
    if not state.roles and not state.people:
        return ("Nobody to staff yet: add roles on the Roles tab and people on the People "
                "tab, then tick here who fills which role.")
    if not state.people:
        return "No people yet: add them on the People tab, then tick here the roles they fill."
    if not state.roles:
        return "No roles yet: add them on the Roles tab, then tick here who fills each one."
    return ""


TEAM_INTRO = "Add the project's roles and people, then tick under Staffing who fills each role."
TEAM_KEYS = ("Type to change a field; Tab or Enter moves to the next one, and Ctrl+Tab leaves "
             "the table for its buttons. Ctrl+Z undoes any change. F1 lists every key.")


class TeamDialog(KeyedDialog):
    """Roles, people, and who fills which role; every change is undoable."""

    def __init__(self, service: ProjectService, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Team: roles and people")
        self.setWindowIcon(icon("team"))
        self.service, self.stack = service, stack
        self.roles_model = RolesModel(service, stack, self)
        self.people_model = PeopleModel(service, stack, self)
        self.staffing_model = StaffingModel(service, stack, self)
        for model in (self.roles_model, self.people_model, self.staffing_model):
            model.errorRaised.connect(lambda msg: show_error(self, "Cannot change the team", msg))
        self.roles_tab = _TeamTab(
            self.roles_model, "&Add role...",
            "No roles yet: Add role... creates the first column of the matrix.",
            (200, 70, 0, 170), "Roles", self)
        self.people_tab = _TeamTab(
            self.people_model, "&Add person...",
            "No people yet: Add person... takes a name, e-mail, title and the roles they fill.",
            (180, 200, 160, 0), "People", self)
        self.staffing_view = TeamTableView(self)
        self.staffing_view.setModel(self.staffing_model)
        self.staffing_view.setAccessibleName("Who fills which role")
        self.staffing_view.setItemDelegate(WholeCellCheck(self.staffing_view))
        self.staffing_empty = EmptyHint(self.staffing_view,
                                        lambda: staffing_hint(self.service.state()))
        self.staffing_empty.watch()
        tabs = QTabWidget(self)
        tabs.addTab(self.roles_tab, "&Roles")
        tabs.addTab(self.people_tab, "&People")
        tabs.addTab(self.staffing_view, "&Staffing")
        # named, and its tab bar, as the window's views are (a screen reader said "tab")
        tabs.setAccessibleName("Team: roles, people and staffing")
        tabs.tabBar().setAccessibleName("Team: roles, people and staffing")
        self.tabs = tabs
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.undo_button = close.addButton("&Undo", QDialogButtonBox.ButtonRole.ActionRole)
        self.redo_button = close.addButton("R&edo", QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        # The main window's Edit menu is out of reach while this dialog is open.
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, "&Redo")
        # Both keys everywhere (the standard Redo is one of them, and naming it twice
        # would make the key ambiguous where it is Ctrl+Y).
        self.redo_action.setShortcuts([QKeySequence(k) for k in REDO_KEYS])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        # The buttons say which change they would undo or redo, as Edit > Undo does.
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self._undo_tip(stack.undoText())
        self._redo_tip(stack.redoText())
        self.intro = QLabel(TEAM_INTRO, self)
        self.intro.setWordWrap(True)
        # the keys are told where they are used (the tables and tabs), and F1 lists them all
        self.intro.setToolTip(TEAM_KEYS)
        for view in (self.roles_tab.view, self.people_tab.view, self.staffing_view):
            view.setToolTip(TEAM_KEYS)
        for page in range(tabs.count()):
            tabs.setTabToolTip(page, TEAM_KEYS)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_keys)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(tabs, 1)
        layout.addWidget(close)
        self.roles_tab.add_button.clicked.connect(self.add_role)
        self.roles_tab.delete_button.clicked.connect(self.delete_role)
        self.roles_tab.up_button.clicked.connect(lambda: self._move_role(-1))
        self.roles_tab.down_button.clicked.connect(lambda: self._move_role(1))
        self.people_tab.add_button.clicked.connect(self.add_person)
        self.people_tab.delete_button.clicked.connect(self.delete_person)
        self.people_tab.up_button.clicked.connect(lambda: self._move_person(-1))
        self.people_tab.down_button.clicked.connect(lambda: self._move_person(1))
        # Tab goes as the eye does: the tabs, the table under them, its buttons, then
        # Undo, Redo and Close (not in the order the widgets were made).
        order: list[QWidget] = [tabs.tabBar()]
        for tab in (self.roles_tab, self.people_tab):
            order += [tab.view, tab.add_button, tab.delete_button, tab.up_button,
                      tab.down_button]
        order += [self.staffing_view, self.undo_button, self.redo_button,
                  close.button(QDialogButtonBox.StandardButton.Close)]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.roles_tab.view.setFocus()  # it opens ready for typing, not on the tabs
        fit_to_screen(self, 900, 520)

    def show_staffing(self, role_id: int | None, person_id: int | None) -> None:
        """Show the Staffing tab with the keyboard on the role's column and the person's
        row (the first of either when not given)."""
        self.tabs.setCurrentWidget(self.staffing_view)
        state = self.service.state()
        roles = [r.id for r in state.roles]
        people = [p.id for p in state.people]
        column = roles.index(role_id) if role_id in roles else 0
        row = people.index(person_id) if person_id in people else 0
        if role_id in roles and person_id not in people:
            # the first person in the role, else the first one
            row = next((i for i, p in enumerate(state.people) if role_id in p.roles), 0)
        index = self.staffing_model.index(row, column)
        if index.isValid():
            self.staffing_view.setCurrentIndex(index)
            self.staffing_view.scrollTo(index)
        self.staffing_view.setFocus()

    def show_keys(self) -> None:
        """F1: every key of the app, the Team dialog's last (the main window's F1 is out of
        reach while this dialog is open)."""
        ShortcutsDialog(self).exec()

    def _undo_tip(self, text: str) -> None:
        """The Undo button names the change it would undo."""
        self.undo_button.setToolTip(plain_tip(f"Undo {text} (Ctrl+Z)") if text else "")

    def _redo_tip(self, text: str) -> None:
        """The Redo button names the change it would redo."""
        self.redo_button.setToolTip(
            plain_tip(f"Redo {text} (Ctrl+Shift+Z or Ctrl+Y)") if text else "")

    def done(self, result: int) -> None:
        """Override QDialog.done: stop the models listening."""
        for model in (self.roles_model, self.people_model, self.staffing_model):
            model.detach()
        super().done(result)

    def _run(self, op: Operation, text: str, over: QWidget | None = None) -> bool:
        try:
            push_operation(self.stack, self.service, op, text)
        except RaciError as exc:
            show_error(over or self, "Cannot change the team", str(exc))
            return False
        return True

    def add_role(self, name: str | None = None) -> bool:
        """Add a role (a form asks for its name, code, description and people)."""
        if name:
            return self._run(AddRoles((NewRole(name, ""),)), f"Add role {name}")
        return RoleForm(self.service.state(), self).add_with(self._run)

    def delete_role(self) -> None:
        """Delete the selected role (undoable)."""
        row = self.roles_tab.current_row()
        if row >= 0:
            role = self.service.state().roles[row]
            self._run(self.service.roles_deletion((role.id,)), f"Delete role {role.name}")

    def add_person(self, name: str | None = None) -> bool:
        """Add a person (a form asks for name, e-mail, title and roles)."""
        if name:
            return self._run(AddPeople((NewPerson(name),)), f"Add person {name}")
        return PersonForm(self.service.state(), self).add_with(self._run)

    def delete_person(self) -> None:
        """Delete the selected person (undoable)."""
        row = self.people_tab.current_row()
        if row >= 0:
            person = self.service.state().people[row]
            self._run(DeletePeople((person.id,)), f"Delete {person.name}")

    def _move_role(self, step: int) -> None:
        row = self.roles_tab.current_row()
        roles = self.service.state().roles
        if 0 <= row < len(roles) and 0 <= row + step < len(roles):
            self._run(MoveRole(roles[row].id, row + step), "Move role")
            self.roles_tab.view.selectRow(row + step)

    def _move_person(self, step: int) -> None:
        row = self.people_tab.current_row()
        people = self.service.state().people
        if 0 <= row < len(people) and 0 <= row + step < len(people):
            self._run(MovePerson(people[row].id, row + step), "Move person")
            self.people_tab.view.selectRow(row + step)


class SettingsDialog(KeyedDialog):
    """Project name, letter scheme and check thresholds."""

    def __init__(self, service: ProjectService, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Project settings")
        self.setWindowIcon(icon("settings"))
        self.service, self.stack = service, stack
        state = service.state()
        self.seen = service.settings()  # what the form shows; OK changes only what it edits
        self.name = QLineEdit(state.name, self)
        self.scheme = QComboBox(self)
        for scheme in SCHEMES.values():
            self.scheme.addItem(scheme.title, scheme.id)
        if self.scheme.findData(state.scheme_id) < 0:
            # A scheme a workbook extended with its own letters (RACI+Q) is offered too.
            self.scheme.addItem(state.scheme.title, state.scheme_id)
        self.scheme.setCurrentIndex(self.scheme.findData(state.scheme_id))
        self.scheme.setToolTip("Changing the scheme maps every cell's letters, or explains "
                               "which cells stop it")
        self.overload = QSpinBox(self)
        self.max_responsible = QSpinBox(self)
        self.max_consulted = QSpinBox(self)
        owner, doer = state.scheme.owner, state.scheme.doer
        for box, value, unit, tip in (
            (self.overload, state.thresholds.overload, f" activities with {owner} or {doer}",
             f"A role or person with {owner} or {doer} on more activities than this is "
             "overloaded"),
            (self.max_responsible, state.thresholds.max_responsible, f" roles with {doer}",
             f"More {doer} roles than this on one activity is flagged"),
            (self.max_consulted, state.thresholds.max_consulted, " roles with C",
             "More C roles than this on one activity is flagged"),
        ):
            box.setRange(0, 999)
            box.setValue(value)
            box.setSuffix(unit)  # a bare number does not say what it counts
            box.setToolTip(tip)
        form = QFormLayout()
        form.addRow("Project &name:", self.name)
        form.addRow("Letter &scheme:", self.scheme)
        form.addRow("&Overload threshold:", self.overload)
        form.addRow("Most &responsible per activity:", self.max_responsible)
        form.addRow("Most &consulted per activity:", self.max_consulted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # a project needs a name: OK waits for one, as Add does in the forms (it said
        # "cannot be empty" in a box after OK)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Override QDialog.accept: apply as one undo step, or explain and stay open."""
        scheme = get_scheme(str(self.scheme.currentData())).id
        thresholds = Thresholds(self.overload.value(), self.max_responsible.value(),
                                self.max_consulted.value())
        blocked = self._blocked_cells(scheme)
        macro = False
        if blocked:
            choice = self._ask_blocked(scheme, blocked)
            if choice == "show":
                self.jump_to = next(iter(blocked))
                self.reject()
                return
            if choice != "clear":
                return
            self.stack.beginMacro(f"Switch to {scheme}")  # clearing and switching: one step
            macro = True
        try:
            if blocked:
                push_operation(self.stack, self.service, self.service.cells_operation(blocked),
                               f"Clear letters {scheme} does not have")
            push_operation(self.stack, self.service,
                           self.service.settings_update(self.name.text(), scheme, thresholds,
                                                        self.seen),
                           "Project settings")
        except RaciError as exc:
            if macro:
                self.stack.endMacro()
                self.stack.undo()  # put back what the switch had cleared
                macro = False
            show_error(self, "Cannot apply the settings", str(exc))
            return
        finally:
            if macro:
                self.stack.endMacro()
        super().accept()

    jump_to: tuple[int, int] | None = None
    """A cell the user asked to see (a blocked scheme switch): the window selects it."""

    def _blocked_cells(self, scheme: str) -> dict[tuple[int, int], frozenset[str]]:
        """Cells whose letters the target scheme cannot hold, with the letters to drop."""
        state = self.service.state()
        target = get_scheme(scheme)
        if target.id == state.scheme_id:
            return {}
        source = state.scheme
        out = {}
        for key, letters in state.cells.items():
            if convert_letters(letters, source, target) is None:
                keep = frozenset(c for c in letters if convert_letters(frozenset({c}), source,
                                                                        target) is not None)
                out[key] = keep
        return out

    def _ask_blocked(self, scheme: str, blocked: dict[tuple[int, int], frozenset[str]]) -> str:
        """'clear' (drop the letters and switch), 'show' (the first such cell) or ''."""
        state = self.service.state()
        act, role = next(iter(blocked))
        lost = sorted({c for k, keep in blocked.items() for c in state.letters(*k) - keep})
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot switch the scheme as it is",
                          f"{counted(len(blocked), 'cell')} {agree(len(blocked), 'uses')} "
                          f"{', '.join(lost)}, which {scheme} does not "
                          f"have; the first is {state.activity(act).name} / "
                          f"{state.role(role).code}.", QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        clear = box.addButton(f"Clear {', '.join(lost)} there and switch",
                              QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton("Show First Cell", QMessageBox.ButtonRole.ActionRole)
        keyed_box(box).exec()
        return "clear" if box.clickedButton() is clear else \
            "show" if box.clickedButton() is show else ""


class ApplyTemplateDialog(KeyedDialog):
    """Map a template's roles onto the project's, and choose what happens to filled cells."""

    NEW = "__new__"

    def __init__(self, template: Template, service: ProjectService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Apply {template.name}")
        self.setWindowIcon(icon("template"))
        self.template = template
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        roles = service.state().roles
        codes = {r.code.casefold(): r for r in roles}
        for role in template.roles:
            combo = QComboBox(self)
            holder = codes.get(role.code.casefold())
            # a new role cannot take a code the project has: say so where it is chosen
            combo.addItem("Add as a new role" if holder is None or
                          holder.name.casefold() == role.name.casefold() else
                          f"Add as a new role (with another code: {holder.code} is "
                          f"{holder.name}'s)", self.NEW)
            for existing in roles:
                combo.addItem(f"Use {existing.label}", existing.name)
                if existing.name.casefold() == role.name.casefold():
                    combo.setCurrentIndex(combo.count() - 1)
            combo.setAccessibleName(f"Project role for {role.name}")
            # the role's name as written ('R&D' keeps its '&'); its Alt key is given
            # when the dialog shows, one no other label or button here has
            label = QLabel(escaped(f"{role_label(role.name, role.code)}:"), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            combo.setToolTip(f"Which project role the template's {role.name} becomes: a new "
                             "role, or one the project has (its letters are added there)")
            form.addRow(label, combo)
            self.combos[role.code] = combo
        self.policy = QComboBox(self)
        self.policy.addItem("Keep the project's letters and list the conflicts", "keep")
        self.policy.addItem("Use the template's letters", "replace")
        self.policy.setAccessibleName("Filled cells the template disagrees with")
        self.policy.setToolTip("A cell you filled that the template fills otherwise: keep "
                               "your letters (the differences are listed after), or take "
                               "the template's; Ctrl+Z takes the whole template back")
        form.addRow("Filled cells that &differ:", self.policy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Apply")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Choose which project role each template role becomes. "
                                "Activities with the same name are reused.", self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def role_map(self) -> dict[str, str]:
        """Template role code -> existing project role name, for mapped roles."""
        return {code: str(combo.currentData()) for code, combo in self.combos.items()
                if combo.currentData() != self.NEW}

    def on_conflict(self) -> str:
        """'keep' or 'replace'."""
        return str(self.policy.currentData())
