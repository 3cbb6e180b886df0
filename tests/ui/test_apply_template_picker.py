"""File > Apply Template says, above its list, what applying a template does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from raci.service import ProjectService
from ui.dialogs import NewProjectDialog
from ui.file_workflows import template_picker
from ui.main_window import MainWindow


def test_the_apply_picker_says_what_applying_adds_and_how_to_take_it_back(
        qtbot: Any, main_window: MainWindow) -> None:
    picker = template_picker(main_window.library.entries(), main_window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    shown = [label.text() for label in picker.findChildren(QLabel)
             if label.isVisible() and label.wordWrap()]
    assert any("to this project" in text and "Ctrl+Z" in text for text in shown), shown
    # above the list, not under it
    hint = next(label for label in picker.findChildren(QLabel)
                if label.isVisible() and "to this project" in label.text())
    assert hint.mapTo(picker, hint.rect().bottomLeft()).y() <= \
        picker.list.mapTo(picker, picker.list.rect().topLeft()).y()
    picker.close()


@pytest.mark.parametrize("apply", [False, True])
def test_the_template_list_is_level_with_the_details_beside_it(
        qtbot: Any, main_window: MainWindow, apply: bool) -> None:
    """The list's label sat above it inside the split, so the list began a line (about
    18 px) lower than the details beside it."""
    entries = main_window.library.entries()
    picker = template_picker(entries, main_window) if apply else \
        NewProjectDialog(entries, main_window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)

    def top(widget: QWidget) -> int:
        return widget.mapTo(picker, widget.rect().topLeft()).y()

    assert top(picker.list) == top(picker.details)
    assert picker.list_label.isVisible() and top(picker.list_label) < top(picker.list)
    assert picker.list_label.buddy() is picker.list
    picker.close()


def test_a_new_role_whose_code_the_project_has_says_it_gets_another(
        qtbot: Any, service: ProjectService) -> None:
    """'QA Engineer (QA)' onto a project with 'QA Lead (QA)': 'Add as a new role' gave it
    another code without a word; the choice says so, beside 'Use QA Lead (QA)'."""
    from raci.templates import TemplateLibrary
    from ui.dialogs import ApplyTemplateDialog

    template = TemplateLibrary.default().get("product-team")
    taken = template.roles[0]
    service.add_role("Somebody Else Entirely", taken.code)
    dialog = ApplyTemplateDialog(template, service)
    qtbot.addWidget(dialog)
    combo = dialog.combos[taken.code]
    assert combo.itemText(0) == (f"Add as a new role (with another code: {taken.code} is "
                                 "Somebody Else Entirely's)")
    other = dialog.combos[template.roles[1].code]
    assert other.itemText(0) == "Add as a new role"


def test_the_role_mapping_has_alt_keys_for_apply_and_the_letters_choice(
        qtbot: Any, service: ProjectService) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from raci.templates import TemplateLibrary
    from ui.dialogs import ApplyTemplateDialog

    dialog = ApplyTemplateDialog(TemplateLibrary.default().get("product-team"), service)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "&Apply"
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert dialog.policy in buddies
