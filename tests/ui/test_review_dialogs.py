"""The review dialogs a first template or import goes through: what their fields mean."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci.derive.draft import derive
from raci.paths import builtin_templates_dir
from raci.templates import TemplateLibrary
from ui.derive_dialog import DeriveReviewDialog


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
