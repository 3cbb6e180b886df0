"""Every dialog of the app, as it opens: each button, tab and field label has an Alt key, no
two in view share one, Esc cancels, and Enter has a default button to press."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QPushButton, QTabWidget

from raci.derive.draft import derive
from raci.excel.plan import ReadOptions
from raci.paths import builtin_templates_dir
from raci.templates import TemplateLibrary
from tests.ui.conftest import Boxes
from ui.derive_dialog import DeriveReviewDialog
from ui.dialogs import ApplyTemplateDialog, NewProjectDialog, SettingsDialog, TeamDialog, message
from ui.file_workflows import template_picker
from ui.forms import ActivityForm, NoteForm, PersonForm, RenameForm, RoleForm, TextForm
from ui.help_dialog import GuideDialog, ShortcutsDialog
from ui.import_dialog import ImportDialog, read_for_review
from ui.main_window import MainWindow
from ui.mnemonics import alt_key_problems, key_of, with_key
from ui.server_dialog import OPEN_TEXT, PUBLISH_TEXT, ServerDialog

Make = Callable[[MainWindow, Path], QDialog]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Stage", "Job", "Chair", "Treasurer", "Secretary"])
    ws.append(["Autumn", "Book the hall", "A", "C", "R"])
    ws.append(["Autumn", "Send the invitations", "I", "", "A/R"])
    wb.save(path)
    return path


def _document(path: Path) -> Path:
    path.write_text("# Club fair\n\n## Before the fair\n\nThe chair approves the budget. The "
                    "treasurer prepares the budget and consults the secretary.\n\n"
                    "## On the day\n\nThe secretary runs the stall and informs the chair.\n",
                    encoding="utf-8")
    return path


def _library(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(builtin_templates_dir(), tmp_path / "own")


DIALOGS: dict[str, Make] = {
    "new project": lambda w, t: NewProjectDialog(_library(t).entries(), w, _library(t)),
    "apply template (picker)": lambda w, t: template_picker(_library(t).entries(), w),
    "team": lambda w, t: TeamDialog(w.service, w.stack, w),  # type: ignore[arg-type]
    "settings": lambda w, t: SettingsDialog(w.service, w.stack, w),  # type: ignore[arg-type]
    "add person": lambda w, t: PersonForm(w.service.state(), w),  # type: ignore[union-attr]
    "add role": lambda w, t: RoleForm(w.service.state(), w),  # type: ignore[union-attr]
    "add activity": lambda w, t: ActivityForm(
        w.service.state(), [(p.id, p.name) for p in w.service.state().phases],  # type: ignore
        None, w),
    "one line": lambda w, t: TextForm("New phase", "Phase name:", "", "Add", w),
    "rename": lambda w, t: RenameForm("role", "Chair", w),
    "note": lambda w, t: NoteForm("Book the hall", "Chair", "", w),
    "import review": lambda w, t: ImportDialog(
        (s := _workbook(t / "club.xlsx")), read_for_review(s, None, ReadOptions()), w),
    "derive review": lambda w, t: DeriveReviewDialog(derive([_document(t / "fair.md")]),
                                                     _library(t), w),
    # (with the buttons' texts the app gives them: Open's Alt+O was Port's too, Publish's
    # Alt+P Password's)
    "open shared": lambda w, t: ServerDialog("Open shared project", OPEN_TEXT, w),
    "publish": lambda w, t: ServerDialog("Publish to server", PUBLISH_TEXT, w, note="Copy"),
    "guide": lambda w, t: GuideDialog(w),
    "keys": lambda w, t: ShortcutsDialog(w),
}


def _every_tab(dialog: QDialog) -> list[str]:
    """The Alt key problems of the dialog with each of its tabs shown in turn."""
    problems = alt_key_problems(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for page in range(tabs.count()):
            tabs.setCurrentIndex(page)
            problems += [f"{tabs.tabText(page)}: {p}" for p in alt_key_problems(dialog)]
    return problems


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_has_one_alt_key_for_each_label_and_button(
        name: str, qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    dialog = DIALOGS[name](main_window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _every_tab(dialog) == []
    # Enter has a button to press where the dialog has one to accept it
    accept = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
    assert len(accept) <= 1
    # every field says what it is for: a label beside it, or a tooltip or name of its own
    labelled = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    for box in dialog.findChildren(QComboBox):
        if box.isVisibleTo(dialog) and box.parent() is not None and \
                not box.inherits("QAbstractItemView"):
            assert id(box) in labelled or box.toolTip() or box.accessibleName(), name
    # Esc cancels (a form with nothing typed closes at once)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), name


def test_the_apply_template_dialog_keys_every_role_even_names_with_an_ampersand(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """The template's role names are the labels: each gets its own key, none shared with
    Apply or the other labels, and a '&' in a name is shown, not taken as a key."""
    from raci.templates import template_from_project

    service = main_window.service
    assert service is not None
    for entry in _library(tmp_path).entries():
        assert entry.template is not None
        dialog = ApplyTemplateDialog(entry.template, service, main_window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert alt_key_problems(dialog) == [], entry.id
        dialog.reject()
    with_amp = template_from_project(service, "club", "Club", "")
    first = with_amp.roles[0]
    from dataclasses import replace

    with_amp = replace(with_amp, roles=[replace(first, name="R&D lead"), *with_amp.roles[1:]])
    dialog = ApplyTemplateDialog(with_amp, service, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(w for w in dialog.findChildren(QLabel)
                 if w.buddy() is dialog.combos[first.code])
    assert "R&&D" in label.text() and key_of(label.text())
    assert alt_key_problems(dialog) == []


def test_a_name_with_no_typeable_letter_gets_no_key_and_others_an_ascii_one(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """Role names in Chinese (or Greek, or accented) got keys such as Alt+设 or Alt+É, which
    no keyboard types: a key is an ASCII letter or digit, and a name without one has none."""
    from dataclasses import replace

    from raci.templates import template_from_project

    assert with_key("设计师", set()) == "设计师"
    assert with_key("设计师 2", set()) == "设计师 &2"
    assert with_key("Éditeur", set()) == "É&diteur"
    assert with_key("Ωmega lead", set()) == "Ωmega &lead"
    service = main_window.service
    assert service is not None
    template = template_from_project(service, "cjk", "CJK", "")
    names = ["设计师", "产品经理", "Δοκιμές"]
    roles = [replace(role, name=name, code=code) for role, name, code
             in zip(template.roles, names, ["设计", "经理", "ΔΟΚ"], strict=False)]
    dialog = ApplyTemplateDialog(replace(template, roles=[*roles, *template.roles[3:]]),
                                 service, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.buddy(): w.text() for w in dialog.findChildren(QLabel) if w.buddy()}
    for role in roles:
        text = labels[dialog.combos[role.code]]
        assert role.name in text and "&" not in text, text  # shown whole, with no key
    assert all(key.isascii() and key.isalnum()
               for text in labels.values() if (key := key_of(text)))
    assert alt_key_problems(dialog) == []
    assert alt_key_problems(QLabel("x")) == []
    box = QMessageBox()
    box.addButton("&设计", QMessageBox.ButtonRole.AcceptRole)
    assert alt_key_problems(box) == ["Alt key no one can type: '&设计'"]


def test_a_key_is_given_to_a_word_start_first_and_never_to_a_literal_ampersand() -> None:
    assert with_key("Cancel", set()) == "&Cancel"
    assert with_key("Show First Cell", {"s"}) == "Show &First Cell"
    assert with_key("R&&D lead", {"r", "d"}) == "R&&D &lead"
    assert with_key("R&&D", {"r"}) == "R&&&D"  # 'D' after the shown '&' is a letter of it
    assert key_of("R&&&D") == "d" and key_of("R&&D") == "" and key_of("Mo&ve Up") == "v"
    assert with_key("OK", {"o", "k"}) == "OK"  # nothing free: left as it is


def test_message_boxes_give_each_button_a_key(boxes: Boxes) -> None:
    buttons = QMessageBox.StandardButton
    message(None, "Delete", "Delete the role?", QMessageBox.Icon.Question,
            buttons.Yes | buttons.No | buttons.Cancel)
    assert boxes.kinds() == ["question"]
    assert boxes.alt_key_problems == [[]]


@pytest.mark.parametrize("picker", ["new project", "apply template (picker)"])
def test_the_template_list_has_a_label_and_an_alt_key(
        picker: str, qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """The list of templates had no label: nothing said what it was, and no Alt key reached
    it (in Apply Template, where the name field is hidden, Tab from the list was the only
    way back to it)."""
    dialog = DIALOGS[picker](main_window, tmp_path)
    assert isinstance(dialog, NewProjectDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.list)
    assert label.isVisible() and key_of(label.text()) == "t"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    dialog.details.setFocus()
    QTest.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.list.hasFocus()


def _tab_chain(dialog: QDialog) -> list[Any]:
    """The widgets Tab visits, in order, starting after the dialog itself."""
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and len(chain) < 200:
        if widget.isVisibleTo(dialog) and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_guide_is_tabbed_through_as_it_reads(qtbot: Any, main_window: MainWindow) -> None:
    """Tab went to the page first, then the contents beside it, then the find box above
    them; now the find row, the contents, the page, then the buttons under them."""
    guide = GuideDialog(main_window)
    qtbot.addWidget(guide)
    guide.show()
    chain = _tab_chain(guide)
    start = chain.index(guide.find_box)
    chain = chain[start:] + chain[:start]
    places = [(w.mapTo(guide, w.rect().topLeft()).y() > guide.browser.mapTo(
        guide, guide.browser.rect().bottomLeft()).y(), chain.index(w)) for w in chain]
    assert chain[:5:3] == [guide.find_box, guide.contents]
    assert chain.index(guide.contents) < chain.index(guide.browser)
    assert places == sorted(places)  # the buttons under the page come last


def test_the_import_review_headings_lead_to_what_they_head(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """The grid, the skipped ranges and the notes each have a heading with an Alt key that
    takes the keyboard there."""
    dialog = DIALOGS["import review"](main_window, tmp_path)
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    buddies = {w.buddy(): key_of(w.text()) for w in dialog.findChildren(QLabel) if w.buddy()}
    assert buddies[dialog.preview] == "g"
    assert alt_key_problems(dialog) == []
    from dataclasses import replace

    plan = replace(dialog.plan, skipped=["A9: a note ('text')"], notes=["A1: the title"])
    dialog.show_reading(replace(dialog.reading, plan=plan))
    buddies = {w.buddy(): key_of(w.text()) for w in dialog.findChildren(QLabel) if w.buddy()}
    assert buddies[dialog.skipped] and buddies[dialog.notes]
    assert alt_key_problems(dialog) == []


@pytest.mark.parametrize(("escape", "answer"), [("", "Not now"), ("Keep theirs", "Keep theirs")])
def test_esc_answers_a_box_of_choices(qtbot: Any, escape: str, answer: str) -> None:
    """A question whose answers are all choices (no Cancel) ignored Esc; Esc now gives the
    answer named for it, else the last one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.shared_workflows import choose

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def press_esc() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press_esc)
            return
        seen.append(alt_key_problems(box))
        QTest.keyClick(box, Qt.Key.Key_Escape)
        if box.isVisible():  # Esc ignored: say so, and close the box (never hang)
            seen.append(["Esc ignored"])
            box.close()

    QTimer.singleShot(20, press_esc)
    got = choose(parent, "Changed", "Somebody changed it.",
                 ["Keep theirs", "Put mine back", "Not now"], escape=escape)
    assert got == answer and seen == [[]]


@pytest.mark.parametrize(("modifier", "answer"), [
    (Qt.KeyboardModifier.NoModifier, "Not Now"),  # ignored: Esc closes the box
    (Qt.KeyboardModifier.AltModifier, "Save As...")])
def test_a_letter_typed_without_alt_answers_no_box(
        qtbot: Any, modifier: Qt.KeyboardModifier, answer: str) -> None:
    """A message box presses the button whose key is typed even without Alt: the box saying
    the server cannot be reached, which comes up while the user types letters into the
    matrix, took 'A' for Save As... The keys given to a box's buttons need Alt."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.shared_workflows import choose

    parent = QWidget()
    qtbot.addWidget(parent)
    keys: list[str] = []
    tries: list[int] = []

    def type_a() -> None:
        box = QApplication.activeModalWidget()
        tries.append(1)
        # an Alt key goes through the shortcuts of the active window: typed while the box
        # was shown but not yet active (a loaded machine), Alt+A was lost, and the loop
        # below pressed Esc ("Not Now") after ten seconds; wait for it (at most ten seconds)
        if not isinstance(box, QMessageBox) or (
                QApplication.activeWindow() is not box and len(tries) < 500):
            QTimer.singleShot(20, type_a)
            return
        keys.extend(key_of(b.text()) for b in box.buttons())
        QTest.keyClick(box, Qt.Key.Key_A, modifier)
        # (a button's key clicks it after a moment; on a loaded machine that moment can be
        # long, so wait up to a minute: the loop ends as soon as the box closes)
        for _ in range(3000):
            if not box.isVisible():
                return
            QTest.qWait(20)
        if box.isVisible():
            QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(20, type_a)
    got = choose(parent, "The server cannot be reached", "The server cannot be reached.",
                 ["Save a Local Copy...", "Save As...", "Not Now"])
    assert "a" in keys and got == answer


def test_cancel_keeps_its_key_whatever_the_template_roles_are_called(
        qtbot: Any, main_window: MainWindow) -> None:
    """The labels (a template's role names) took their keys before the buttons: a role
    called 'Customer' took Alt+C, and Cancel became Alt+N in that template's dialog."""
    from dataclasses import replace

    from raci.templates import template_from_project

    service = main_window.service
    assert service is not None
    template = template_from_project(service, "club", "Club", "")
    first = template.roles[0]
    template = replace(template, roles=[replace(first, name="Customer"), *template.roles[1:]])
    dialog = ApplyTemplateDialog(template, service, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = next(b for b in dialog.findChildren(QPushButton)
                  if b.text().replace("&", "") == "Cancel")
    label = next(w for w in dialog.findChildren(QLabel)
                 if w.buddy() is dialog.combos[first.code])
    assert key_of(cancel.text()) == "c" and key_of(label.text()) not in {"", "c"}
    assert alt_key_problems(dialog) == []


def test_no_alt_key_leads_to_a_field_that_cannot_take_the_keyboard(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """Add Person in a project without roles said '&Roles:' beside a line of text: Alt+R
    went nowhere (the text cannot take the keyboard). A caption with nothing to reach has
    no key."""
    from raci.service import ProjectService

    empty = ProjectService.create(tmp_path / "empty.raci", "Empty")
    try:
        form = PersonForm(empty.state(), main_window)
        qtbot.addWidget(form)
        form.show()
        dead = [label.text() for label in form.findChildren(QLabel)
                if label.isVisible() and key_of(label.text()) and label.buddy() is not None
                and label.buddy().focusPolicy() == Qt.FocusPolicy.NoFocus]
        assert dead == []
        assert alt_key_problems(form) == []
    finally:
        empty.close()
