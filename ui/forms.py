"""Small forms: add a person, a role or an activity, rename something, edit a cell note.

Each form is a dialog with labelled fields; ``values()`` returns what was typed.
The note form asks before Esc drops a note the user changed.
The OK button stays disabled until the required name is there. A form given a
``submit`` callback applies its values on OK and stays open, with everything typed,
when the change is refused (a code already in use), so the user corrects it in place;
the add role and add person forms wire themselves so (``add_with``), wherever they open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from raci.operations import AddPeople, AddRoles, NewPerson, NewRole, Operation
from raci.state import ProjectState
from raci.text import EMAIL
from ui.mnemonics import KeyedDialog, keyed_box

FORM_WIDTH = 480
Run = Callable[[Operation, str, QWidget], bool]
"""Apply an operation as one undo step (its text given), a refusal said over the widget;
True when applied."""


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             ok_text: str = "OK") -> str | None:
    """One line of text from the user (stripped), or None when cancelled or empty.

    A form as wide as the others (never Qt's bare input box, which shows only
    the tail of a long name); OK is off while the field is empty.
    """
    form = TextForm(title, label, text, ok_text, parent)
    return form.value() if form.exec() == QDialog.DialogCode.Accepted else None


class _Form(KeyedDialog):
    """A titled form with OK/Cancel; OK needs a non-empty name."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.buttons)
        self.name = QLineEdit(self)
        self.name.setAccessibleName("Name")
        self.name.textChanged.connect(self._check)
        self.name.setFocus()  # the form opens ready for typing the name, not on its buttons
        self.setMinimumWidth(FORM_WIDTH)
        # Applies the values; False (the change was refused and said why) keeps the form open.
        self.submit: Callable[[], bool] | None = None

    def accept(self) -> None:
        """Override QDialog.accept: apply the values first; a refusal keeps what was typed."""
        if self.submit is not None and not self.submit():
            field = self.refused_field()
            field.setFocus()
            field.selectAll()
            return
        super().accept()

    def refused_field(self) -> QLineEdit:
        """The field a refusal is about, to correct first: the name, unless a form knows
        better."""
        return self.name

    def _check(self) -> None:
        """OK is off while the name is empty, and says so (a greyed-out Add with nothing
        to say why left a first-time user guessing)."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named = bool(self.name.text().strip())
        ok.setEnabled(named)
        ok.setToolTip("" if named else "Type a name first")
        if not self.name.placeholderText():
            self.name.setPlaceholderText("required")

    def _checklist(self, name: str, items: list[tuple[int, str]],
                   ticked: set[int] | None = None) -> QListWidget:
        box = QListWidget(self)
        box.setAccessibleName(name)
        for ident, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ident in (ticked or set())
                               else Qt.CheckState.Unchecked)
            box.addItem(item)
        box.setMaximumHeight(max(60, min(220, 22 * len(items) + 8)))
        return box

    def addition(self, index: int | None = None) -> tuple[Operation, str]:
        """What OK adds, as one operation and its undo text (at index, where it has one)."""
        raise NotImplementedError(f"{type(self).__name__} adds nothing")

    def add_with(self, run: Run, index: int | None = None) -> bool:
        """Show the form; OK applies its addition through run, and a refusal (said over the
        form) keeps it open with everything typed, to correct in place. True when added."""
        self.submit = lambda: run(*self.addition(index), self)
        return self.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def ticked(box: QListWidget) -> tuple[int, ...]:
        """The ids of the ticked rows, in list order."""
        return tuple(int(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
                     if box.item(i).checkState() == Qt.CheckState.Checked)


@dataclass(frozen=True)
class PersonValues:
    """What the person form gives."""

    name: str
    email: str
    title: str
    roles: tuple[int, ...]


class PersonForm(_Form):
    """Add a person: name, e-mail, title and the roles they fill."""

    def __init__(self, state: ProjectState, parent: QWidget | None = None) -> None:
        super().__init__("Add person", "Add", parent)
        self.email = QLineEdit(self)
        self.email.setAccessibleName("E-mail")
        self.email.setPlaceholderText("name@example.org")
        self.job_title = QLineEdit(self)
        self.job_title.setAccessibleName("Job title")
        self.roles = self._checklist("Roles they fill",
                                     [(r.id, r.label) for r in state.roles])
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&E-mail:", self.email)
        self.form.addRow("Job &title:", self.job_title)
        if state.roles:
            self.form.addRow("&Roles:", self.roles)
        else:
            self.roles.hide()  # out of the layout, it would show over the name field
            # a caption alone (no Alt key): there is nothing here for a key to go to
            self.form.addRow(QLabel("Roles:", self),
                             QLabel("No roles yet: add roles first, or tick them later under "
                                    "Staffing.", self))
        self._check()

    def refused_field(self) -> QLineEdit:
        """Override _Form.refused_field: an e-mail that is no address is the e-mail field's
        (the name, selected instead, was replaced by the correction typed)."""
        email = self.email.text().strip()
        return self.email if email and not EMAIL.fullmatch(email) else self.name

    def values(self) -> PersonValues:
        """The typed values (stripped)."""
        return PersonValues(self.name.text().strip(), self.email.text().strip(),
                            self.job_title.text().strip(), self.ticked(self.roles))

    def addition(self, index: int | None = None) -> tuple[Operation, str]:
        """Override _Form.addition: the person typed, with the roles ticked."""
        v = self.values()
        return (AddPeople((NewPerson(v.name, v.email, v.title, index=index, roles=v.roles),)),
                f"Add person {v.name}")


@dataclass(frozen=True)
class RoleValues:
    """What the role form gives."""

    name: str
    code: str
    description: str
    people: tuple[int, ...]


class RoleForm(_Form):
    """Add a role: name, short code (made from the name if left empty), description, people."""

    def __init__(self, state: ProjectState, parent: QWidget | None = None) -> None:
        super().__init__("Add role", "Add", parent)
        self._codes = {r.code.casefold() for r in state.roles}
        self.code = QLineEdit(self)
        self.code.setAccessibleName("Code")
        self.code.setPlaceholderText("made from the name if left empty")
        self.code.setMaxLength(12)
        self.description = QLineEdit(self)
        self.description.setAccessibleName("Description")
        self.description.setPlaceholderText("what this role is answerable for")
        self.people = self._checklist("People who fill it",
                                      [(p.id, p.name) for p in state.people])
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&Code:", self.code)
        self.form.addRow("&Description:", self.description)
        if state.people:
            self.form.addRow("Filled &by:", self.people)
        else:
            self.people.hide()  # out of the layout, it would show over the name field
        self._check()

    def refused_field(self) -> QLineEdit:
        """Override _Form.refused_field: a code another role has is the code field's."""
        taken = self.code.text().strip().casefold() in self._codes
        return self.code if taken else self.name

    def values(self) -> RoleValues:
        """The typed values (stripped)."""
        return RoleValues(self.name.text().strip(), self.code.text().strip(),
                          self.description.text().strip(), self.ticked(self.people))

    def addition(self, index: int | None = None) -> tuple[Operation, str]:
        """Override _Form.addition: the role typed, with the people ticked."""
        v = self.values()
        role = NewRole(v.name, v.code, v.description, index=index, people=v.people)
        return AddRoles((role,)), f"Add role {v.name}"


@dataclass(frozen=True)
class ActivityValues:
    """What the activity form gives."""

    name: str
    phase_id: int | None
    description: str


class ActivityForm(_Form):
    """Add an activity: name, phase, description."""

    def __init__(self, state: ProjectState, phases: list[tuple[int, str]],
                 phase_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("Add activity", "Add", parent)
        self.phase = QComboBox(self)
        self.phase.setAccessibleName("Phase")
        self.phase.addItem("(no phase)", None)
        for ident, name in phases:
            self.phase.addItem(name, ident)
            if ident == phase_id:
                self.phase.setCurrentIndex(self.phase.count() - 1)
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName("Description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&Phase:", self.phase)
        self.form.addRow("&Description:", self.description)
        self._check()

    def values(self) -> ActivityValues:
        """The typed values (stripped)."""
        data = self.phase.currentData()
        return ActivityValues(self.name.text().strip(),
                              None if data is None else int(data),
                              self.description.toPlainText().strip())


class TextForm(_Form):
    """One named line of text (a phase, a template name), wide enough for a long one."""

    def __init__(self, title: str, label: str, text: str = "", ok_text: str = "OK",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.name.setText(text)
        self.name.selectAll()
        self.name.setMinimumWidth(min(self.name.fontMetrics().horizontalAdvance(text) + 24, 900))
        self.form.addRow(f"&{label}", self.name)
        self._check()

    def value(self) -> str | None:
        """The text (stripped), None when empty."""
        return self.name.text().strip() or None


class RenameForm(_Form):
    """Rename something; the field is wide enough to show the whole current name."""

    def __init__(self, what: str, old: str, parent: QWidget | None = None) -> None:
        super().__init__(f"Rename {what}", "Rename", parent)
        self.name.setText(old)
        self.name.selectAll()
        # Wide enough for the whole current name (up to a screen-friendly limit).
        self.name.setMinimumWidth(min(self.name.fontMetrics().horizontalAdvance(old) + 24, 900))
        self.form.addRow(f"New &name for the {what}:", self.name)
        current = QLabel(old, self)
        current.setTextFormat(Qt.TextFormat.PlainText)
        current.setWordWrap(True)
        self.form.addRow("Now:", current)
        self._check()

    def value(self) -> str:
        """The new name (stripped)."""
        return self.name.text().strip()


class NoteForm(_Form):
    """The note of one cell, naming the activity and role it belongs to.

    Esc, Cancel and closing the window drop a note left as it was at once; a changed
    note only once the user says so (Save Note keeps it, Keep Editing goes back to it).
    """

    SAVE, DISCARD = "&Save Note", "&Discard Changes"

    def __init__(self, activity: str, role: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__("Cell note", "Save", parent)
        self.original = text
        where = QLabel(f"Note for {activity} / {role}", self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        self.text = QPlainTextEdit(text, self)
        self.text.setAccessibleName(f"Note for {activity} / {role}")
        self.text.setTabChangesFocus(True)
        self.layout_.insertWidget(0, where)
        self.layout_.insertWidget(1, self.text, 1)
        self.name.hide()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        save.setEnabled(True)
        # Enter starts a new line of the note, so saving from the keyboard is Ctrl+Enter
        save.setToolTip("Save the note (Ctrl+Enter)")
        self.text.installEventFilter(self)
        self.text.setPlaceholderText("Enter starts a new line; Ctrl+Enter saves the note")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Ctrl+Enter in the note saves it."""
        if watched is self.text and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _check(self) -> None:
        """Override: an empty note is allowed (it removes the note)."""

    def value(self) -> str:
        """The note text."""
        return self.text.toPlainText()

    def reject(self) -> None:
        """Override QDialog.reject (Esc, Cancel, closing): typed text is never dropped
        unasked."""
        if self.value().strip() == self.original.strip():  # (spaces alone are not kept)
            super().reject()
            return
        answer = self._ask_changed()
        if answer == self.SAVE:
            self.accept()
        elif answer == self.DISCARD:
            super().reject()
        else:
            self.text.setFocus()

    def _ask_changed(self) -> str:
        """Save Note, Discard Changes, or '' to keep editing (the default, and Esc)."""
        box = QMessageBox(QMessageBox.Icon.Question, "Note changed",
                          "The note has changed. Save it, or discard the changes?",
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(self.SAVE, QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.DISCARD, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("&Keep Editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        keyed_box(box).exec()
        clicked = box.clickedButton()
        return self.SAVE if clicked is save else self.DISCARD if clicked is discard else ""
