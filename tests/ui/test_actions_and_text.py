"""One action table drives menus, toolbar, enabled state and F1 help; user text stays plain."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from raci.checks import Severity
from raci.service import ProjectService
from tests.ui.conftest import Boxes
from ui.actions import ACTIONS, key_text
from ui.dialogs import ApplyTemplateDialog, NewProjectDialog, show_error
from ui.forms import RenameForm
from ui.help_dialog import ShortcutsDialog
from ui.main_window import MainWindow
from ui.workload import WorkloadView


def _mnemonic(text: str) -> str:
    found = re.search(r"&(\w)", text)
    return found.group(1).lower() if found else ""


def test_f1_lists_every_key_the_menus_show(qtbot: Any, main_window: MainWindow) -> None:
    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    listed = set(dialog.keys())
    for act in ACTIONS:
        if act.help and key_text(act):
            assert key_text(act) in listed, act.key
    assert any("Ctrl+Y" in keys for keys in listed)
    assert "Shift+letter" in listed
    # A table, not space-aligned text.
    assert dialog.table.columnCount() == 2


def test_edit_menu_shows_keys_and_ctrl_y_redoes(main_window: MainWindow) -> None:
    commands = main_window.commands
    for key, shown in (("copy", "Ctrl+C"), ("paste", "Ctrl+V"), ("clear", "Delete"),
                       ("pick", "Enter")):
        assert commands[key].text().endswith(f"\t{shown}"), key
    assert QKeySequence("Ctrl+Y") in commands["redo"].shortcuts()
    assert main_window.model is not None
    main_window.view.setCurrentIndex(main_window.model.index(1, 4))
    main_window.view.set_letter("C")
    main_window.stack.undo()
    assert main_window.stack.canRedo()
    commands["redo"].trigger()
    assert main_window.model.index(1, 4).data() == "C"


def test_ctrl_y_and_ctrl_shift_z_both_redo_on_every_system(qtbot: Any,
                                                           main_window: MainWindow) -> None:
    """Where Qt's standard Redo is Ctrl+Y itself (Windows, this test's platform), adding
    Ctrl+Y again made the key ambiguous: it did nothing, and Ctrl+Shift+Z was missing."""
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)  # shortcuts go to the active window
    assert window.model is not None
    cell = window.model.index(1, 4)
    window.view.setCurrentIndex(cell)
    window.view.setFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for key, modifiers in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | shift)):
        window.view.set_letter("C")
        window.stack.undo()
        assert cell.data() == ""
        qtbot.keyClick(window.view, key, modifiers)
        assert cell.data() == "C", QKeySequence(key | modifiers).toString()
    window.hide()


def test_menu_and_tab_mnemonics_do_not_clash(main_window: MainWindow) -> None:
    menus = [_mnemonic(a.text()) for a in main_window.menuBar().actions()]
    tabs = [_mnemonic(main_window.tabs.tabText(i)) for i in range(main_window.tabs.count())]
    letters = [m for m in menus + tabs if m]
    assert len(letters) == len(set(letters)), letters


def test_the_view_menu_names_the_findings_panel_whatever_it_counts(
        main_window: MainWindow) -> None:
    main_window.findings.refresh()
    assert main_window.findings.windowTitle() == "Findings (1)"  # the sample's one warning
    toggle = main_window.commands["findings_dock"]
    assert toggle.text() == "Findings &Panel"
    main_window.findings.show_findings([], main_window.service.state() if
                                       main_window.service else None)
    assert toggle.text() == "Findings &Panel"
    for menu in (a.menu() for a in main_window.menuBar().actions()):
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_enabled_state_follows_the_table(main_window: MainWindow) -> None:
    needing = [a.key for a in ACTIONS if a.needs_project and a.key in main_window.commands]
    assert all(main_window.commands[k].isEnabled() for k in needing)
    main_window.close_project()
    assert not any(main_window.commands[k].isEnabled() for k in needing)
    assert main_window.commands["new"].isEnabled() and main_window.commands["open"].isEnabled()
    toolbar_keys = {a.key for a in ACTIONS if a.toolbar}
    assert toolbar_keys <= {"new", "open", "import", "export", "add_activity", "add_role",
                            "team", "settings"}


def test_full_role_names_from_the_view_menu(main_window: MainWindow) -> None:
    model = main_window.model
    assert model is not None
    header = main_window.view.horizontalHeader()
    short = model.headerData(0, Qt.Orientation.Horizontal)
    narrow = header.sectionSize(0)
    main_window.commands["full_names"].trigger()
    full = model.headerData(0, Qt.Orientation.Horizontal)
    name = model.state.roles[0].name
    assert name.split()[0] in full and full != short
    assert header.sectionSize(0) > narrow
    main_window.commands["full_names"].trigger()
    assert model.headerData(0, Qt.Orientation.Horizontal) == short


def test_names_are_shown_as_plain_text_everywhere(qtbot: Any, service: ProjectService,
                                                  boxes: Boxes) -> None:
    raw = "<b>x</b>"
    role = service.add_role(raw, "X")
    service.add_person(f"<i>{raw}</i>", roles=[role])
    act = service.add_activity(raw)
    service.set_cells({(act, role): "A/R"})
    state = service.state()
    # Message boxes.
    show_error(None, "Cannot", f"{raw} is not allowed")
    assert boxes.shown[-1][2] == f"{raw} is not allowed"
    assert boxes.formats[-1] == Qt.TextFormat.PlainText
    # Tooltips escape the text, so Qt shows it literally.
    from PySide6.QtGui import QUndoStack

    from ui.matrix import MatrixModel

    model = MatrixModel(service, QUndoStack())
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and raw not in tip
    cell_tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in cell_tip
    model.detach()
    # Labels: the workload caption, forms, the template role mapping.
    workload = WorkloadView()
    qtbot.addWidget(workload)
    workload.set_state(state)
    assert workload.caption.textFormat() == Qt.TextFormat.PlainText
    form = RenameForm("role", raw)
    qtbot.addWidget(form)
    shown = [w for w in form.findChildren(QLabel) if w.text() == raw]
    assert shown and all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
    from raci.templates import TemplateLibrary, template_from_project

    template = template_from_project(service, "t", raw, raw)
    mapping = ApplyTemplateDialog(template, service)
    qtbot.addWidget(mapping)
    labels = [w for w in mapping.findChildren(QLabel) if raw in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    # Template details show the name literally.
    entries = TemplateLibrary.default().entries()
    picker = NewProjectDialog(entries)
    qtbot.addWidget(picker)
    picker.entries = [*entries]
    from dataclasses import replace

    picker.entries[0] = replace(entries[0], template=template)
    picker.list.setCurrentRow(1)
    picker._show()
    assert raw in picker.details.toPlainText()


def test_error_boxes_start_with_a_capital(qtbot: Any, main_window: MainWindow,
                                          boxes: Boxes) -> None:
    assert main_window.model is not None
    main_window.view.setCurrentIndex(main_window.model.index(1, 1))
    assert not main_window.structure.edit_note("bad \x01 note")  # refused in lower case
    kind, _title, text = boxes.shown[-1]
    assert kind == "critical"
    assert text.startswith("A cell note contains a control character")


def test_the_readme_describes_what_the_sample_shows(main_window: MainWindow) -> None:
    assert main_window.model is not None
    findings = main_window.model.findings()
    assert [(f.severity, f.rule, f.activity) for f in findings] == [
        (Severity.WARNING, "shared-accountable", "Code reviews")]
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    found = re.search(r"!\[([^\]]*)\]\(docs/screenshot\.png\)", readme)
    assert found is not None
    assert "after one edit (TPM made accountable for Feature prioritisation too)" \
        in found.group(1)
    text = " ".join(readme.split())
    assert "It opens with one warning (Code reviews" in text
    # What the README says the sample is, the sample is.
    state = main_window.model.state
    described = re.search(r'The sample project, "([^"]+)", is the built-in (.+?) template '
                          r"\((\d+) roles, (\d+) activities in (\d+) phases\) staffed with "
                          r"(\d+) example people", text)
    assert described is not None
    name, template, roles, activities, phases, people = described.groups()
    assert name == state.name
    assert template in main_window.library.get("product-team").name
    assert (int(roles), int(activities), int(phases), int(people)) == (
        len(state.roles), len(state.activities), len(state.phases), len(state.people))


def test_template_sources_show_by_title_never_by_stored_name(qtbot: Any,
                                                            main_window: MainWindow) -> None:
    from raci.templates import TemplateLibrary
    from ui.dialogs import NewProjectDialog

    stored = re.compile(r"\d{3}_[0-9a-f]{8,}\.txt")
    dialog = NewProjectDialog(TemplateLibrary.default().entries())
    qtbot.addWidget(dialog)
    for row in range(1, dialog.list.count()):
        dialog.list.setCurrentRow(row)
        text = dialog.details.toPlainText()
        assert re.search(r"Built from:\s+Article: ", text) and not stored.search(text)
        assert "document 1" not in text
    # The sample's rows say where they come from by title too.
    model = main_window.model
    assert model is not None
    tips = [str(model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount()) if not model.is_phase_row(r)]
    assert all("Source: Article: " in tip and not stored.search(tip) for tip in tips)


@pytest.mark.parametrize(("text", "shown"), [
    ("postgresql://maria@db.example.org/planning: the server refused the password",
     "postgresql://maria@db.example.org/planning: the server refused the password"),
    ("the project file went away", "The project file went away"),
    ("'postgresql://db/x' is not reachable", "'postgresql://db/x' is not reachable"),
])
def test_messages_start_with_a_capital_but_addresses_keep_their_case(
        text: str, shown: str, qtbot: Any, boxes: Boxes) -> None:
    from ui.dialogs import show_error

    show_error(None, "Cannot open", text)
    assert boxes.shown[-1][2] == shown


def test_a_template_of_yours_can_be_deleted_from_the_new_project_list(
        qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    from dataclasses import replace

    from raci.paths import builtin_templates_dir
    from raci.templates import TemplateLibrary

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    mine = library.save_user_template(replace(library.get("startup-team"), id="mine",
                                              name="My team"))
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(labels.index("Product team (PM + TPM)"))
    assert not dialog.delete.isEnabled()  # built-in: stays
    row = labels.index("My team")
    assert not dialog.list.item(row).icon().isNull()  # yours, told apart by its icon
    dialog.list.setCurrentRow(row)
    assert dialog.delete.isEnabled()
    assert not dialog.delete_selected() and mine.exists()  # answered No
    boxes.answer_yes = True
    assert dialog.delete_selected()
    assert not mine.exists() and "My team" not in [
        dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Delete the template 'My team'" in boxes.messages()


def test_of_two_templates_of_yours_with_one_id_the_chosen_one_is_deleted(
        qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    # a file copied by hand and renamed gives the id of the one it was copied from
    from dataclasses import replace

    from raci.paths import builtin_templates_dir
    from raci.templates import TemplateLibrary

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    first = library.save_user_template(replace(library.get("startup-team"), id="mine",
                                               name="My team"))
    copy = library.save_user_template(replace(library.get("startup-team"), id="mine-b",
                                              name="My copy"))
    copy.write_text(copy.read_text(encoding="utf-8").replace('"mine-b"', '"mine"'),
                    encoding="utf-8")
    dialog = NewProjectDialog(library.entries(), None, library)
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(labels.index("My team"))  # (the later of the two files)
    boxes.answer_yes = True
    assert dialog.delete_selected()
    assert not first.exists() and copy.exists()
    assert "My copy" in [dialog.list.item(i).text() for i in range(dialog.list.count())]
