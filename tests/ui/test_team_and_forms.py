"""Team tables (Tab and Enter move on, undo inside the dialog) and the add/rename forms."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
)

from raci.errors import RaciError
from raci.service import ProjectService
from raci.state import ProjectState
from tests.ui.conftest import Boxes
from ui.dialogs import TeamDialog
from ui.forms import ActivityForm, NoteForm, PersonForm, RenameForm, RoleForm
from ui.main_window import MainWindow


def _edit(qtbot: Any, view: Any, row: int, column: int, text: str, key: Qt.Key) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    QApplication.processEvents()  # Enter commits through a queued call


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_tab_and_enter_move_to_the_next_field_after_an_edit(
    qtbot: Any, main_window: MainWindow, key: Qt.Key
) -> None:
    assert main_window.service is not None
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.people_tab)
    view = dialog.people_tab.view
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    _edit(qtbot, view, 1, 1, "new@example.org", key)  # the second person's e-mail
    assert view.model().index(1, 1).data() == "new@example.org"
    # The cursor moved on to the title of the same person, and nobody's name changed.
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)  # the next field is open for typing
    qtbot.keyClicks(editor, "Lead")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.model().index(1, 2).data() == "Lead"
    assert [view.model().index(r, 0).data() for r in range(view.model().rowCount())] == names
    dialog.reject()


def test_ctrl_z_undoes_inside_the_team_dialog(qtbot: Any, main_window: MainWindow) -> None:
    assert main_window.service is not None
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.roles_tab.view
    old = view.model().index(0, 0).data()
    _edit(qtbot, view, 0, 0, "Chief Product Officer", Qt.Key.Key_Return)
    assert view.model().index(0, 0).data() == "Chief Product Officer"
    open_editor = view.indexWidget(view.currentIndex())
    if open_editor is not None:  # Enter moved on to the code field: leave it
        qtbot.keyClick(open_editor, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model().index(0, 0).data() == old
    assert dialog.redo_button.isEnabled()
    dialog.redo_button.click()
    assert view.model().index(0, 0).data() == "Chief Product Officer"
    for key, modifiers in ((Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier)):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert view.model().index(0, 0).data() == old
        qtbot.keyClick(view, key, modifiers)  # both Redo keys, on every system
        assert view.model().index(0, 0).data() == "Chief Product Officer"
    dialog.reject()


def test_empty_people_table_guides_and_disables_row_buttons(
    qtbot: Any, service: ProjectService
) -> None:
    dialog = TeamDialog(service, main_stack(), None)
    qtbot.addWidget(dialog)
    tab = dialog.people_tab
    assert "No people yet" in tab.hint.label.text()
    assert not tab.delete_button.isEnabled()
    assert not tab.up_button.isEnabled() and not tab.down_button.isEnabled()
    header = dialog.roles_tab.view.horizontalHeader()
    assert header.sectionSize(0) >= 200  # Name
    assert header.sectionSize(3) <= 170  # Filled by no longer takes half the width
    dialog.reject()


def main_stack() -> Any:
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


def _accept_with(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Any) -> None:
    def fake_exec(self: Any) -> int:
        fill(self)
        self.accept()  # as the OK button does
        return int(self.result())
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_add_person_form_takes_email_title_and_roles(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, staffed: ProjectService
) -> None:
    def fill(form: PersonForm) -> None:
        assert not form.buttons.button(form.buttons.StandardButton.Ok).isEnabled()
        form.name.setText("Mia Wong")
        form.email.setText("mia@example.org")
        form.job_title.setText("QA lead")
        form.roles.item(2).setCheckState(Qt.CheckState.Checked)  # Engineering Lead

    _accept_with(monkeypatch, PersonForm, fill)
    dialog = TeamDialog(staffed, main_stack(), None)
    qtbot.addWidget(dialog)
    assert dialog.add_person()
    mia = next(p for p in staffed.state().people if p.name == "Mia Wong")
    assert (mia.email, mia.title) == ("mia@example.org", "QA lead")
    assert [staffed.state().role(r).code for r in mia.roles] == ["ENG"]
    dialog.reject()


def test_add_role_and_activity_forms(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                     main_window: MainWindow) -> None:
    service = main_window.service
    assert service is not None

    def fill_role(form: RoleForm) -> None:
        form.name.setText("Data Protection Officer")
        form.code.setText("DPO")
        form.description.setText("Signs off personal data use")

    def fill_activity(form: ActivityForm) -> None:
        form.name.setText("Privacy review")
        form.description.setPlainText("Before any launch")
        form.phase.setCurrentIndex(1)

    _accept_with(monkeypatch, RoleForm, fill_role)
    _accept_with(monkeypatch, ActivityForm, fill_activity)
    main_window.structure.add_role()
    role = next(r for r in service.state().roles if r.code == "DPO")
    assert role.description == "Signs off personal data use"
    main_window.structure.add_activity()
    act = next(a for a in service.state().activities if a.name == "Privacy review")
    assert act.description == "Before any launch"
    assert act.phase_id == service.phases()[0].id


@pytest.mark.parametrize("where", ["team", "matrix"])
def test_a_refused_role_keeps_the_form_open_with_what_was_typed(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, boxes: Boxes,
    where: str,
) -> None:
    service = main_window.service
    assert service is not None
    seen: list[tuple[int, str, str]] = []
    over: list[Any] = []

    def fake_exec(form: RoleForm) -> int:
        form.name.setText("Data Analyst")
        form.code.setText("PM")  # already the Product Manager's
        form.people.item(0).setCheckState(Qt.CheckState.Checked)
        form.accept()
        seen.append((form.result(), form.name.text(), form.code.text()))
        over.append(boxes.parents[-1])  # said over the form, where the user is typing
        assert form.focusWidget() is form.code  # the field at fault, ready to retype
        assert form.code.selectedText() == "PM"
        form.code.setText("DA")  # corrected in place, then OK again
        form.accept()
        return int(form.result())

    monkeypatch.setattr(RoleForm, "exec", fake_exec)
    if where == "team":
        dialog = TeamDialog(service, main_window.stack, None)
        qtbot.addWidget(dialog)
        assert dialog.add_role()
        dialog.reject()
    else:
        assert main_window.structure.add_role()
    assert seen == [(int(QDialog.DialogCode.Rejected.value), "Data Analyst", "PM")]
    assert len(over) == 1 and isinstance(over[0], RoleForm)
    assert "already used" in boxes.messages()
    analyst = next(r for r in service.state().roles if r.code == "DA")
    assert analyst.name == "Data Analyst"
    assert [p.name for p in service.state().people if analyst.id in p.roles] == ["Maya Okafor"]


def test_a_refused_person_keeps_the_form_open(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, boxes: Boxes,
) -> None:
    service = main_window.service
    assert service is not None
    refused = [True]

    def refuse_once(*args: Any, **kwargs: Any) -> None:
        if refused:
            refused.pop()
            raise RaciError("the server refused the change")
        real_push(*args, **kwargs)

    import ui.dialogs as dialogs_module
    real_push = dialogs_module.push_operation
    monkeypatch.setattr(dialogs_module, "push_operation", refuse_once)
    results: list[int] = []

    def fake_exec(form: PersonForm) -> int:
        form.name.setText("Mia Wong")
        form.email.setText("mia@example.org")
        form.accept()
        results.append(form.result())
        assert isinstance(boxes.parents[-1], PersonForm)  # said over the form
        assert form.email.text() == "mia@example.org"
        form.accept()
        return int(form.result())

    monkeypatch.setattr(PersonForm, "exec", fake_exec)
    dialog = TeamDialog(service, main_window.stack, None)
    qtbot.addWidget(dialog)
    assert dialog.add_person()
    dialog.reject()
    assert results == [int(QDialog.DialogCode.Rejected.value)]
    assert "server refused the change" in boxes.messages()
    assert any(p.email == "mia@example.org" for p in service.state().people)


def test_an_e_mail_that_is_no_address_is_the_field_to_correct(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, boxes: Boxes,
) -> None:
    """The name was selected after 'does not look like an email address', so the
    correction typed replaced the person's name; the e-mail field is the one to retype."""
    service = main_window.service
    assert service is not None

    def fake_exec(form: PersonForm) -> int:
        form.name.setText("Noor Haddad")
        form.email.setText("noor.haddad")
        form.accept()
        assert form.focusWidget() is form.email and form.email.selectedText() == "noor.haddad"
        qtbot.keyClicks(form.email, "noor@example.org")  # typed over the wrong address
        form.accept()
        return int(form.result())

    monkeypatch.setattr(PersonForm, "exec", fake_exec)
    dialog = TeamDialog(service, main_window.stack, None)
    qtbot.addWidget(dialog)
    assert dialog.add_person()
    dialog.reject()
    assert "'noor.haddad' does not look like an email address" in boxes.messages()
    assert "leave the e-mail empty" in boxes.messages()  # and what to do about it
    added = next(p for p in service.state().people if p.email == "noor@example.org")
    assert added.name == "Noor Haddad"


def test_rename_shows_the_whole_name_and_the_note_names_its_cell(qtbot: Any) -> None:
    long_name = "Coordinate the cross-functional review of the regulatory submission package"
    form = RenameForm("activity", long_name)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.name.text() == long_name
    assert form.name.width() >= form.name.fontMetrics().horizontalAdvance(long_name)
    note = NoteForm("Release plan", "Engineering Lead", "")
    qtbot.addWidget(note)
    labels = [w.text() for w in note.findChildren(QLabel)]
    assert "Note for Release plan / Engineering Lead" in labels


def test_empty_project_does_not_keep_the_previous_template_name(qtbot: Any) -> None:
    from raci.templates import TemplateLibrary
    from ui.dialogs import NewProjectDialog

    dialog = NewProjectDialog(TemplateLibrary.default().entries())
    qtbot.addWidget(dialog)
    template = dialog.selected_template()
    assert template is not None and dialog.name.text() == template.name
    dialog.list.setCurrentRow(0)  # Empty project
    assert dialog.selected_template() is None
    assert dialog.name.text() == ""
    dialog.name.setText("Launch plan")
    dialog.name.setModified(True)  # typed by the user
    dialog.list.setCurrentRow(2)
    assert dialog.name.text() == "Launch plan"


def test_template_names_fit_and_file_dialogs_start_in_documents(
    qtbot: Any, main_window: MainWindow
) -> None:
    from raci.templates import TemplateLibrary
    from ui.dialogs import NewProjectDialog
    from ui.file_workflows import documents_folder

    dialog = NewProjectDialog(TemplateLibrary.default().entries())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.list.fontMetrics()
    widest = max(metrics.horizontalAdvance(dialog.list.item(i).text())
                 for i in range(dialog.list.count()))
    assert dialog.list.viewport().width() >= widest
    dialog.reject()
    main_window.settings.remove("recent/files")
    assert main_window.files.start_folder() == documents_folder()


def test_file_dialogs_are_native_where_possible_and_wide_otherwise(
    monkeypatch: pytest.MonkeyPatch, main_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QFileDialog

    seen: list[QFileDialog] = []

    def fake_exec(dialog: QFileDialog) -> int:
        seen.append(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    main_window.files.export_dialog()
    (dialog,) = seen
    assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "xlsx"
    # As wide as its name column wants (960), or the screen's share where that is less
    # (the offscreen screen here is 800 wide: 720)
    from ui.screen import SCREEN_SHARE

    room = main_window.screen().availableGeometry()
    assert dialog.width() == min(960, int(room.width() * SCREEN_SHARE))
    assert dialog.height() == min(600, int(room.height() * SCREEN_SHARE))
    # Where the system has no dialog (here), Qt's own shows folder and file names whole.
    from PySide6.QtWidgets import QSplitter, QTreeView

    dialog.show()
    places, files = dialog.findChild(QSplitter, "splitter"), dialog.findChild(QTreeView, "treeView")
    assert places is not None and files is not None
    assert places.sizes()[0] >= 180  # "Documents", a project folder's name
    assert files.header().sectionSize(0) >= 400  # "Sample product team copy.raci"
    dialog.reject()
    main_window.files.import_dialog()
    assert seen[-1].fileMode() == QFileDialog.FileMode.ExistingFile


def test_one_line_questions_are_forms_showing_the_whole_name(qtbot: Any,
                                                             main_window: MainWindow) -> None:
    """Add Phase and Save as Template ask in a form as wide as the others, OK named for
    what it does and off while the field is empty (never Qt's bare input box)."""
    from ui.forms import FORM_WIDTH, TextForm

    long_name = "Customer onboarding and regional partner enablement programme 2027"
    form = TextForm("Save as template", "Template name:", long_name, "Save")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.width() >= FORM_WIDTH
    assert form.name.width() >= form.name.fontMetrics().horizontalAdvance(long_name)
    ok = form.buttons.button(form.buttons.StandardButton.Ok)
    assert ok.text().replace("&", "") == "Save" and ok.isEnabled()
    form.name.clear()
    assert not ok.isEnabled()
    assert form.value() is None


def test_team_buttons_say_what_they_do(qtbot: Any, main_window: MainWindow) -> None:
    """Undo and Redo name the change; Delete and Move name what they act on."""
    assert main_window.service is not None
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    assert "Delete the selected role" in dialog.roles_tab.delete_button.toolTip()
    assert "Move the selected person up" in dialog.people_tab.up_button.toolTip()
    assert dialog.undo_button.toolTip() == ""  # nothing to undo yet
    dialog.roles_model.setData(dialog.roles_model.index(0, 0), "Product Lead")
    assert "Undo" in dialog.undo_button.toolTip()
    assert main_window.stack.undoText() in dialog.undo_button.toolTip()
    dialog.undo_button.click()
    assert main_window.stack.redoText() in dialog.redo_button.toolTip()
    dialog.reject()
    dialog.deleteLater()
    QApplication.processEvents()
    main_window.stack.redo()  # the dialog is gone: nothing of it reacts any more


def test_apply_template_asks_for_a_template_not_a_new_project(
    qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Apply Template lists templates to apply: no name field, no empty project,
    and its button says Apply (it used to say Create..., as for a new project)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs import NewProjectDialog

    seen: list[NewProjectDialog] = []

    def fake_exec(dialog: NewProjectDialog) -> int:
        seen.append(dialog)
        dialog.show()
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(NewProjectDialog, "exec", fake_exec)
    assert not main_window.files.apply_template_dialog()
    (picker,) = seen
    assert picker.windowTitle() == "Apply template"
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert "Empty project" not in texts and texts
    assert picker.selected_template() is not None  # a template is chosen from the start
    buttons = picker.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "") == "Apply..."
    assert not picker.name.isVisible()
    visible = [label.text() for label in picker.findChildren(QLabel) if label.isVisible()]
    assert "&Name:" not in visible
    picker.reject()


def test_the_people_table_names_its_columns_as_the_form_does(
    qtbot: Any, main_window: MainWindow,
) -> None:
    service = main_window.service
    assert service is not None
    dialog = TeamDialog(service, main_window.stack, None)
    qtbot.addWidget(dialog)
    model = dialog.people_model
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    form = PersonForm(service.state())
    qtbot.addWidget(form)
    labels = [form.form.labelForField(w).text().replace("&", "").rstrip(":")
              for w in (form.name, form.email, form.job_title)]
    assert heads[:3] == labels == ["Name", "E-mail", "Job title"]
    # and so do the undo steps of an edit there (they said "email" and "title")
    person = service.state().people[0]
    assert model.setData(model.index(0, 1), "someone@example.org")
    assert main_window.stack.undoText() == f"Change e-mail of {person.name}"
    assert model.setData(model.index(0, 2), "Head of Product")
    assert main_window.stack.undoText() == f"Change job title of {person.name}"
    dialog.reject()


def test_two_templates_of_one_name_are_told_apart_in_the_list(qtbot: Any,
                                                               tmp_path: Any) -> None:
    from dataclasses import replace

    from raci.paths import builtin_templates_dir
    from raci.templates import TemplateLibrary
    from ui.dialogs import NewProjectDialog

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    product = library.get("product-team")
    for template_id in ("release-manager", "release-manager-2"):
        library.save_user_template(replace(product, id=template_id, name="Release manager"))
    dialog = NewProjectDialog(library.entries())
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Release manager (release-manager)" in labels
    assert "Release manager (release-manager-2)" in labels
    assert product.name in labels  # a name no other template has is shown alone


def test_the_team_dialogs_alt_keys_are_each_taken_once(qtbot: Any,
                                                        main_window: MainWindow) -> None:
    """Alt+U undid or moved a row up, Alt+D deleted or redid: a shared key only cycles."""
    import re

    from PySide6.QtWidgets import QAbstractButton

    service = main_window.service
    assert service is not None
    dialog = TeamDialog(service, main_window.stack, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        keys = [m.group(1).lower() for t in texts
                if (m := re.search(r"&([^&])", t.replace("&&", "")))]
        assert len(keys) == len(set(keys)), (dialog.tabs.tabText(tab), sorted(texts))
    dialog.reject()


@pytest.mark.parametrize("form_type", [RoleForm, PersonForm])
def test_a_form_shows_no_empty_list_over_its_name_field(qtbot: Any, form_type: Any) -> None:
    """In a new project (no people, no roles) the list of people a role could be filled by
    (or roles a person could fill) has nothing to list and is left out; it used to show as an
    empty white box in the form's corner, over the Name label and the first typed letter."""
    form = form_type(ProjectState(name="New"))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    lists = [box for box in form.findChildren(QListWidget) if box.isVisible()]
    assert lists == []
    assert form.name.isVisible()


def test_an_empty_staffing_tab_says_what_it_needs(qtbot: Any, service: ProjectService) -> None:
    dialog = TeamDialog(service, main_stack(), None)
    qtbot.addWidget(dialog)
    hint = dialog.staffing_empty.label
    assert "add roles on the Roles tab and people on the People tab" in hint.text()
    assert dialog.add_role("Product Owner")
    assert hint.text().startswith("No people yet: add them on the People tab")
    assert dialog.add_person("Ann Lee")
    assert hint.text() == ""  # a box to tick: the table speaks for itself
    dialog.reject()


def test_tab_in_the_team_dialog_goes_as_the_eye_does(qtbot: Any,
                                                     main_window: MainWindow) -> None:
    assert main_window.service is not None
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    close = next(b for b in dialog.findChildren(QPushButton) if b.text().endswith("Close"))
    tab = dialog.roles_tab
    expected = [dialog.tabs.tabBar(), tab.view, tab.add_button, tab.delete_button,
                tab.up_button, tab.down_button, dialog.undo_button, dialog.redo_button, close]
    chain: list[Any] = []
    widget = dialog.tabs.tabBar()
    while len(chain) < 200:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.tabs.tabBar():
            break
    places = [chain.index(w) for w in expected]
    assert places == sorted(places), [type(chain[p]).__name__ for p in places]
    dialog.show()
    qtbot.waitExposed(dialog)
    # the widget the keys go to once the dialog is active: the table, ready for typing a
    # field (with the tabs first in the order, Qt would give the focus to the tabs)
    assert dialog.focusWidget() is tab.view
    dialog.reject()


@pytest.mark.parametrize("tab", ["roles", "people", "staffing"])
def test_ctrl_tab_leaves_a_team_table_that_keeps_tab_for_its_cells(
        qtbot: Any, main_window: MainWindow, tab: str) -> None:
    """Tab moves from field to field inside the tables; Ctrl+Tab went to the next cell too,
    so the keyboard could not leave a table: it now moves on to the next control (and
    Ctrl+Shift+Tab back), with the cell the table was on kept."""
    assert main_window.service is not None
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    views = {"roles": dialog.roles_tab.view, "people": dialog.people_tab.view,
             "staffing": dialog.staffing_view}
    view = views[tab]
    dialog.tabs.setCurrentWidget(view if tab == "staffing" else view.parentWidget())
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view and view.currentIndex().column() == 1
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    after = {"roles": dialog.roles_tab.add_button, "people": dialog.people_tab.add_button}
    assert QApplication.focusWidget() not in (view, None)
    if tab in after:
        assert QApplication.focusWidget() is after[tab]
    assert view.currentIndex().column() == 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.tabs.tabBar()
    dialog.reject()


def test_f1_names_the_team_tables_ctrl_tab() -> None:
    from ui.actions import help_rows
    rows = [(where, keys) for where, keys, _text in help_rows()]
    assert ("Team dialog", "Ctrl+Tab, Ctrl+Shift+Tab") in rows


def test_ctrl_tab_in_a_field_being_typed_keeps_it_and_leaves_the_table(
        qtbot: Any, main_window: MainWindow) -> None:
    """Typing in a field, Ctrl+Tab was taken as Tab by the field: it opened the next one."""
    assert main_window.service is not None
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    dialog.tabs.setCurrentWidget(dialog.people_tab)
    view = dialog.people_tab.view
    index = view.model().index(1, 2)  # the second person's job title
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Stage Lead")
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert view.model().index(1, 2).data() == "Stage Lead"
    assert QApplication.focusWidget() is dialog.people_tab.add_button
    assert view.indexWidget(view.model().index(1, 3)) is None  # no next field opened
    dialog.reject()


def test_the_team_dialog_says_what_it_is_for_in_a_sentence_and_its_keys_where_they_work(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The line above the tabs is one short sentence; how the tables take Tab, Enter and
    Ctrl+Tab is in the tooltips of the tables and tabs, and F1 in the dialog lists every
    key (the window's F1 is out of reach while it is open)."""
    from ui import dialogs

    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    intro = dialog.intro.text()
    assert intro.count(". ") == 0 and intro.endswith(".") and len(intro) <= 100
    assert "Staffing" in intro and "Ctrl" not in intro
    for view in (dialog.roles_tab.view, dialog.people_tab.view, dialog.staffing_view):
        assert "Ctrl+Tab" in view.toolTip() and "F1" in view.toolTip()
    assert all("Ctrl+Z" in dialog.tabs.tabToolTip(i) for i in range(dialog.tabs.count()))
    shown: list[Any] = []
    monkeypatch.setattr(dialogs.ShortcutsDialog, "exec", lambda self: shown.append(self))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert len(shown) == 1 and shown[0].parent() is dialog


@pytest.mark.parametrize("form_type", [RoleForm, PersonForm, ActivityForm])
def test_a_greyed_out_add_says_what_it_waits_for(qtbot: Any, form_type: Any) -> None:
    """Add stays greyed out until the form has a name, and nothing said so: a new user
    pressed it and nothing happened. It says what to type (its tooltip, and the name's
    placeholder), and stops saying it once there is a name."""
    from PySide6.QtWidgets import QDialogButtonBox

    state = ProjectState(name="New")
    form = ActivityForm(state, [(1, "Build")]) if form_type is ActivityForm else form_type(state)
    qtbot.addWidget(form)
    add = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not add.isEnabled() and add.toolTip() == "Type a name first"
    assert form.name.placeholderText()
    qtbot.keyClicks(form.name, "Stage crew")
    assert add.isEnabled() and add.toolTip() == ""
    form.name.clear()
    assert not add.isEnabled() and add.toolTip() == "Type a name first"


def test_the_team_dialogs_tabs_have_a_name(qtbot: Any, main_window: MainWindow) -> None:
    """Tab reached the Team dialog's tabs (Roles, People, Staffing) and a screen reader said
    only "tab": the tabs and their bar are named, as the main window's views are."""
    dialog = TeamDialog(main_window.service, main_window.stack, main_window)
    qtbot.addWidget(dialog)
    assert dialog.tabs.accessibleName() and dialog.tabs.tabBar().accessibleName()
    assert "staffing" in dialog.tabs.tabBar().accessibleName()
