"""Where the save dialogs start after a save that failed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import ui.file_workflows as file_workflows
from raci.paths import user_data_dir
from tests.ui.conftest import Boxes
from ui.main_window import MainWindow


def test_a_folder_that_refused_the_file_is_not_where_the_next_dialog_starts(
        main_window: MainWindow, tmp_path: Path, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window  # the sample: its own folder is the app's, never offered
    assert window.service is not None and window.service.path is not None
    assert window.service.path.parent == user_data_dir()
    refusing = tmp_path / "read-only share"
    refusing.mkdir()
    good = tmp_path / "projects"
    good.mkdir()
    answers = [refusing / "plan.raci", good / "plan.raci"]
    starts: list[Path] = []

    def save_file(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        starts.append(Path(start))
        return (str(answers.pop(0)) if answers else "", "")
    monkeypatch.setattr(file_workflows, "save_file", save_file)
    real_copy = window.service.save_copy

    def save_copy(target: Path) -> Any:
        if target.parent == refusing:
            from raci.errors import RaciError
            raise RaciError(f"{target}: the project could not be saved there (the disk is "
                            "read-only); choose another folder")
        return real_copy(target)
    monkeypatch.setattr(window.service, "save_copy", save_copy)
    assert window.files.save_copy()
    assert boxes.kinds() == ["critical"]
    # Asked again in the folder that refused it (the name typed kept), then saved elsewhere.
    assert starts[1] == refusing / "plan.raci"
    assert (good / "plan.raci").exists()
    assert window.files.save_folder() == str(good)
    # A refusal, then Cancel: the next dialog does not start in the refusing folder.
    answers[:] = [refusing / "again.raci"]
    assert not window.files.save_copy()
    assert window.files.save_folder() == str(good)
    assert starts[-1].parent == refusing  # (the retry itself still opened there)
