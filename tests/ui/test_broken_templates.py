"""The app starts and creates projects while a user template is broken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from raci import paths
from ui.main_window import MainWindow


def test_app_starts_with_a_deeply_nested_user_template(
    qtbot: Any, settings: QSettings, boxes: Any, tmp_path: Path
) -> None:
    folder = paths.user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deep.toml").write_text("x = " + "[" * 1000 + "]" * 1000 + "\n")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.files.open_sample()
    assert window.files.new_project(tmp_path / "new.raci", "product-team", "New")
    assert (tmp_path / "new.raci").is_file()
    assert boxes.shown == []
    window.close_project()
