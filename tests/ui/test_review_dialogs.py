"""The review dialogs a first template or import goes through: what their fields mean."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from raci.derive.draft import derive
from raci.excel.plan import ImportedActivity, ImportedRole, ImportPlan, ReadOptions
from raci.paths import builtin_templates_dir
from raci.templates import TemplateLibrary
from tests.ui.conftest import Boxes
from ui.derive_dialog import DeriveReviewDialog
from ui.import_dialog import ImportDialog, found_names, read_for_review


def test_the_derived_template_id_says_what_it_is(qtbot: Any, tmp_path: Path) -> None:
    document = tmp_path / "release-manager.md"
    document.write_text("# Release Manager\n\n- The Release Manager is accountable for the "
                        "release plan.\n- The QA Lead runs regression testing.\n",
                        encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([document]), library)
    qtbot.addWidget(dialog)
    assert dialog.template_id.text() == "release-manager"
    tip = dialog.template_id.toolTip()
    assert "file name" in tip and "File > New" in tip
    dialog.template_id.setText("Release Manager v2")
    saved = dialog.build_template()
    # (what the tooltip promises: the id becomes the file's name, letters and dashes)
    assert saved.id == "release-manager-v2"


def test_the_import_review_names_the_roles_people_and_phases_it_read(
        qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    source = tmp_path / "relaunch.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Website relaunch RACI"])
    ws.append([])
    ws.append(["Task", "Product Owner", "Developer", "Designer", "Marketing"])
    ws.append(["Discovery"])
    ws.append(["Define goals", "A/R", "C", "C", "I"])
    ws.append(["Build"])
    ws.append(["Implement pages", "A", "R", "C", ""])
    wb.save(source)
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(dialog)
    assert dialog.counts_label.text().startswith("4 roles, 0 people, 2 activities")
    # The counts alone do not say which headings became roles: the names do.
    names = dialog.names_label.text().splitlines()
    assert names[0] == "Roles: Product Owner, Developer, Designer, Marketing"
    assert names[1] == "Phases: Discovery, Build"
    assert dialog.names_label.isVisibleTo(dialog)


def test_long_lists_of_names_say_how_many_more() -> None:
    roles = [ImportedRole(f"Role {i}", f"R{i}", [f"Person {i}"]) for i in range(15)]
    plan = ImportPlan("Grid", 1, "RACI", roles,
                      [ImportedActivity("Plan", "", {0: frozenset("A")}, 2)])
    roles_line, people_line = found_names(plan).splitlines()
    assert roles_line.endswith("Role 11 (R11) and 3 more")
    assert people_line.startswith("People: Person 0, ") and people_line.endswith("and 3 more")
