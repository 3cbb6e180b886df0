"""File > New: templates of yours are renamed there, and one that cannot be read is listed,
says why, and can be deleted (never used)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from raci.paths import builtin_templates_dir
from raci.templates import TemplateLibrary, load_template
from tests.ui.conftest import Boxes
from ui.dialogs import NewProjectDialog


def _labels(dialog: NewProjectDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    """The built-ins, and a folder of yours holding 'My team' (id mine) and 'Other'."""
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    for tid, name in (("mine", "My team"), ("other", "Other")):
        library.save_user_template(replace(library.get("startup-team"), id=tid, name=name))
    return library


def test_a_template_of_yours_is_renamed_in_the_list(
        qtbot: Any, library: TemplateLibrary, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(_labels(dialog).index("Product team (PM + TPM)"))
    assert not dialog.rename.isEnabled()  # built-in: keeps its name
    assert not dialog.rename_selected("Ours")
    dialog.list.setCurrentRow(_labels(dialog).index("My team"))
    assert dialog.rename.isEnabled() and dialog.name.text() == "My team"
    asked: list[str] = []

    def answer(_parent: Any, _title: str, _label: str, text: str = "", _ok: str = "") -> str:
        asked.append(text)
        return "Launch crew"
    monkeypatch.setattr("ui.dialogs.ask_text", answer)
    dialog.rename.click()
    assert asked == ["My team"]  # the form opens on the current name
    assert "Launch crew" in _labels(dialog) and "My team" not in _labels(dialog)
    path = library.user_dir / "mine.toml"
    assert load_template(path).name == "Launch crew" and load_template(path).id == "mine"
    assert sorted(p.name for p in library.user_dir.iterdir()) == ["mine.toml", "other.toml"]
    assert dialog.list.currentItem().text() == "Launch crew"
    assert "Launch crew" in dialog.details.toPlainText()
    assert dialog.name.text() == "Launch crew"  # the project's name follows, until typed
    template = dialog.selected_template()
    assert template is not None and template.name == "Launch crew"
    # a name another template has: both show their ids, as two drafts of one document do
    assert dialog.rename_selected("Other")
    assert {"Other (mine)", "Other (other)"} <= set(_labels(dialog))
    assert not dialog.rename_selected("   ")
    assert boxes.shown[-1][1] == "Cannot rename the template"
    assert "cannot be empty" in boxes.shown[-1][2]
    assert load_template(path).name == "Other"


def test_a_template_that_cannot_be_read_is_listed_with_why_and_can_be_deleted(
        qtbot: Any, library: TemplateLibrary, boxes: Boxes) -> None:
    broken = library.user_dir / "half-written.toml"
    broken.write_text('id = "half-written"\nname = "Half\n', encoding="utf-8")
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    labels = _labels(dialog)
    assert "half-written.toml (cannot be read)" in labels
    row = labels.index("half-written.toml (cannot be read)")
    item = dialog.list.item(row)
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled and item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert not item.icon().isNull()
    assert "cannot be read" in item.toolTip() and "half-written.toml" in item.toolTip()
    dialog.list.setCurrentRow(row)
    assert dialog.list.currentRow() == row
    assert "half-written.toml" in dialog.details.toPlainText()
    assert "Delete Template" in dialog.details.toPlainText()
    assert dialog.delete.isEnabled()
    assert not dialog.rename.isEnabled() and not dialog.ok.isEnabled()
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.accept()  # (a double-click) never makes a project from it, nor an empty one
    assert accepted == [] and dialog.selected_template() is None
    boxes.answer_yes = True
    assert dialog.delete_selected()
    assert "cannot be read" in boxes.messages()
    assert not broken.exists() and "half-written.toml (cannot be read)" not in _labels(dialog)
    assert dialog.ok.isEnabled()  # the next template is a good one


def test_a_linked_template_is_deleted_as_a_link_from_the_list(
        qtbot: Any, library: TemplateLibrary, boxes: Boxes, tmp_path: Path) -> None:
    shared = tmp_path / "shared" / "team.toml"
    shared.parent.mkdir()
    shared.write_bytes((library.user_dir / "other.toml").read_bytes()
                       .replace(b'id = "other"', b'id = "team"')
                       .replace(b'name = "Other"', b'name = "Shared team"'))
    link = library.user_dir / "team.toml"
    link.symlink_to(shared)
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(_labels(dialog).index("Shared team"))
    assert dialog.delete.isEnabled()
    boxes.answer_yes = True
    assert dialog.delete_selected()
    assert not boxes.kinds().count("critical")
    assert "is a link to" in boxes.messages() and "the file it points to stays" in \
        boxes.messages()
    assert not link.is_symlink() and shared.exists()
    assert load_template(shared).name == "Shared team"
    assert "Shared team" not in _labels(dialog)


def _press_enter_in_the_question() -> None:
    """Answer the next modal question as a hurried user does: Enter."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        QTest.keyClick(box, Qt.Key.Key_Return)
    QTimer.singleShot(0, press)


def test_enter_in_the_delete_question_keeps_the_template(
        qtbot: Any, library: TemplateLibrary) -> None:
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(_labels(dialog).index("My team"))
    _press_enter_in_the_question()
    assert not dialog.delete_selected()  # deleting cannot be undone: Enter is Cancel
    assert (library.user_dir / "mine.toml").exists() and "My team" in _labels(dialog)


def test_enter_after_renaming_creates_the_project(
        qtbot: Any, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.list.setCurrentRow(_labels(dialog).index("My team"))
    names = iter(["Launch crew", "Asked twice"])
    monkeypatch.setattr("ui.dialogs.ask_text", lambda *_a, **_k: next(names))
    qtbot.mouseClick(dialog.rename, Qt.MouseButton.LeftButton)
    assert "Launch crew" in _labels(dialog)
    assert dialog.focusWidget() is dialog.list  # back in the list, not on the button
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Asked twice" not in _labels(dialog)
    template = dialog.selected_template()
    assert template is not None and template.name == "Launch crew"


def test_a_role_without_a_description_is_listed_without_a_dangling_colon(
        qtbot: Any, library: TemplateLibrary) -> None:
    template = library.get("mine")  # drafted from documents, roles often have no description
    roles = tuple(replace(r, description="") for r in template.roles)
    library.save_user_template(replace(template, roles=roles), overwrite=True)
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(_labels(dialog).index("My team"))
    shown = dialog.details.toPlainText()
    first = roles[0]
    assert f"{first.code} {first.name}\n" in shown
    assert f"{first.name}:" not in shown


def test_built_in_and_own_templates_are_listed_in_rows_of_one_height(
        qtbot: Any, library: TemplateLibrary) -> None:
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = _labels(dialog)
    rects = [dialog.list.visualItemRect(dialog.list.item(labels.index(name)))
             for name in ("Empty project", "Product team (PM + TPM)", "My team")]
    # no row squeezed for want of an icon: names line up and rows are as tall
    assert len({r.height() for r in rects}) == 1, [r.height() for r in rects]


def test_a_link_that_leads_round_in_a_loop_is_deleted_from_the_list(
        qtbot: Any, library: TemplateLibrary, boxes: Boxes) -> None:
    first, second = library.user_dir / "loop.toml", library.user_dir / "round.toml"
    first.symlink_to(second)
    second.symlink_to(first)
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(_labels(dialog).index("loop.toml (cannot be read)"))
    boxes.answer_yes = True
    assert dialog.delete_selected()
    assert "loop.toml is a link to" in boxes.messages()
    assert not first.is_symlink() and second.is_symlink()


def test_saving_a_project_as_a_template_again_offers_the_same_template(
        main_window: Any, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A project made from a built-in template is offered a numbered name the first time;
    the second time, the template it was saved as (saving asks, then updates it), not a
    third name beside the first."""
    offered: list[str] = []

    def ask_text(_parent: object, _title: str, _label: str, text: str = "",
                 _ok: str = "OK") -> str:
        offered.append(text)
        return text  # Save pressed on the name offered
    monkeypatch.setattr("ui.file_workflows.ask_text", ask_text)
    window = main_window
    assert window.files.new_project(tmp_path / "product.raci", "product-team",
                                    "Product team (PM + TPM)")
    assert window.files.save_as_template()
    assert window.service is not None
    window.service.add_role("Security", "SEC")
    boxes.answer_yes = True  # Replace
    assert window.files.save_as_template()
    assert offered == ["Product team (PM + TPM) (2)"] * 2
    assert "You have a template 'Product team (PM + TPM) (2)' already" in boxes.messages()
    mine = [e for e in window.library.entries() if e.origin == "user"]
    assert [e.template.name for e in mine if e.template] == ["Product team (PM + TPM) (2)"]
    assert "SEC" in [r.code for r in mine[0].template.roles]  # updated
    # renamed in File > New: still the one offered, and the one updated
    window.library.rename_user_template(mine[0].path, "Our product team")
    assert window.files.save_as_template()
    assert offered[-1] == "Our product team"
    assert [e.template.name for e in window.library.entries()
            if e.origin == "user" and e.template] == ["Our product team"]
    # another project is offered a name of its own (not the file of the renamed one)
    assert window.files.new_project(tmp_path / "other.raci", "product-team",
                                    "Product team (PM + TPM)")
    assert window.files.save_as_template()
    assert offered[-1] == "Product team (PM + TPM) (3)"


def test_a_project_without_roles_is_not_saved_as_a_template_and_says_why(
        main_window: Any, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty project: no name is asked for, and the message says what to add (not a
    template file's format the user never saw)."""
    asked: list[str] = []
    monkeypatch.setattr("ui.file_workflows.ask_text",
                        lambda *_a, **_k: asked.append("name") or "Blank")
    window = main_window
    assert window.files.new_project(tmp_path / "blank.raci", "__empty__", "Blank")
    assert not window.files.save_as_template()
    assert asked == [] and boxes.kinds() == ["critical"]
    said = boxes.messages()
    assert "'Blank' has no roles yet" in said and "Add Role" in said
    assert ".toml" not in said and "[[roles]]" not in said
    assert not [e for e in window.library.entries() if e.origin == "user"]
