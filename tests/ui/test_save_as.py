"""File > Save As: the project goes on in a new file; a refusal leaves it where it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from raci import db, lock
from raci.service import ProjectService
from tests.ui.conftest import Boxes
from ui import file_workflows
from ui.main_window import MainWindow


def _cell(window: MainWindow) -> tuple[int, int]:
    model = window.model
    assert model is not None
    return model.state.activities[0].id, model.state.roles[0].id


def test_save_as_goes_on_in_the_new_file(main_window: MainWindow, tmp_path: Path,
                                         boxes: Boxes) -> None:
    old = main_window.service
    assert old is not None and old.path is not None and main_window.model is not None
    old_path = old.path
    act, role = _cell(main_window)
    before = old.state().letters(act, role)
    assert main_window.model.set_cells({(act, role): frozenset("I")}, "Edit cell")
    main_window.view.setCurrentIndex(main_window.model.cell_index(act, role))
    target = tmp_path / "moved on"  # the suffix is added
    assert main_window.files.save_as(target)
    target = tmp_path / "moved on.raci"
    service, model = main_window.service, main_window.model
    assert service is not None and model is not None and service is not old
    assert service.path == target
    assert "moved on.raci" in main_window.windowTitle()
    assert main_window.windowFilePath() == str(target)
    assert main_window.files.recent_files()[:2] == [str(target), str(old_path)]
    # the one-writer lock moved with the window
    assert main_window.lock is not None and main_window.lock.project == target
    assert lock.read_holder(old_path) is None
    # the current cell and the undo step survive; undo now changes the new file
    assert main_window.view.currentIndex() == model.cell_index(act, role)
    assert main_window.stack.canUndo()
    main_window.stack.undo()
    assert service.state().letters(act, role) == before
    assert model.set_cells({(act, role): frozenset("C")}, "Edit cell")
    check = ProjectService.open(old_path)  # the old file stays as it was left
    try:
        assert check.state().letters(act, role) == frozenset("I")
    finally:
        check.close()
    # what keeps edits safe watches the new file
    os.unlink(target)
    main_window.files.check_outside_changes()
    assert model.read_only
    assert "moved on.raci" in boxes.messages() and "edits are stopped" in boxes.messages()


def test_save_as_has_the_standard_key_and_save_a_copy_gives_it_up(
        main_window: MainWindow) -> None:
    save_as, copy_as = main_window.commands["save_as"], main_window.commands["copy_as"]
    assert QKeySequence(QKeySequence.StandardKey.SaveAs) in save_as.shortcuts()
    assert not set(save_as.shortcuts()) & set(copy_as.shortcuts())
    file_menu = main_window.menuBar().actions()[0].menu()
    assert file_menu is not None
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Save &As...") + 1 == texts.index("Save a Cop&y As...")


def test_save_as_refuses_a_file_another_writer_holds(main_window: MainWindow, tmp_path: Path,
                                                     boxes: Boxes) -> None:
    old = main_window.service
    assert old is not None
    held = tmp_path / "held.raci"
    ProjectService.create(held, "Held").close()
    other = lock.acquire(held, program=lock.CLI)
    try:
        assert not main_window.files.save_as(held)
    finally:
        other.release()
    assert main_window.service is old and old.stopped is None
    assert boxes.shown[-1][1] == "Cannot save the project as a new file"
    assert "open for writing by" in boxes.shown[-1][2] and "raci command line" in \
        boxes.shown[-1][2]
    check = ProjectService.open(held)  # never replaced
    try:
        assert check.state().name == "Held"
    finally:
        check.close()


def test_save_as_onto_its_own_file_or_nowhere_changes_nothing(
        main_window: MainWindow, tmp_path: Path, boxes: Boxes) -> None:
    old = main_window.service
    assert old is not None and old.path is not None and main_window.model is not None
    act, role = _cell(main_window)
    assert main_window.model.set_cells({(act, role): frozenset("I")}, "Edit cell")
    assert not main_window.files.save_as(old.path)
    assert "own file" in boxes.shown[-1][2]
    assert not main_window.files.save_as(tmp_path / "no such folder" / "plan.raci")
    assert boxes.shown[-1][1] == "Cannot save the project as a new file"
    assert "no such folder" in boxes.shown[-1][2]
    assert main_window.service is old and main_window.stack.canUndo()
    assert main_window.lock is not None and main_window.lock.project == old.path
    assert main_window.model.set_cells({(act, role): frozenset("C")}, "Edit cell")


def test_save_as_rescues_a_project_whose_file_went_away(main_window: MainWindow,
                                                        tmp_path: Path) -> None:
    old = main_window.service
    assert old is not None and old.path is not None and main_window.model is not None
    act, role = _cell(main_window)
    assert main_window.model.set_cells({(act, role): frozenset("I")}, "Edit cell")
    os.unlink(old.path)
    main_window.files.check_outside_changes()
    assert main_window.model.read_only
    assert main_window.commands["save_as"].isEnabled()
    assert main_window.files.save_as(tmp_path / "rescued.raci")
    model = main_window.model
    assert model is not None and not model.read_only
    assert model.state.letters(act, role) == frozenset("I")
    assert model.set_cells({(act, role): frozenset("R")}, "Edit cell")


def test_a_project_whose_file_went_away_says_so_until_it_is_saved_elsewhere(
        main_window: MainWindow, tmp_path: Path, boxes: Boxes) -> None:
    """Why edits stopped stays in view: a refused edit's passing note used to replace the
    status bar's message, which then left nothing on screen to say the file was gone."""
    old = main_window.service
    assert old is not None and old.path is not None
    os.unlink(old.path)
    main_window.files.check_outside_changes()
    assert boxes.shown[-1][1] == "The project file went away"
    main_window.statusBar().showMessage("Nothing changed: the project file was deleted", 10)
    main_window.statusBar().clearMessage()  # (the note's time is up)
    banner = main_window.banner.label
    assert banner.isVisibleTo(main_window) and "went away" in banner.text()
    assert "Save As" in banner.text()
    assert main_window.files.save_as(tmp_path / "rescued.raci")
    assert not banner.isVisibleTo(main_window)


def test_save_as_never_suggests_the_open_file(main_window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[Path] = []

    def save_file(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        suggested.append(Path(start))
        return "", ""
    monkeypatch.setattr(file_workflows, "save_file", save_file)
    plan = tmp_path / "Plan.raci"  # the name the project's own name gives
    ProjectService.create(plan, "Plan").close()
    assert main_window.files.open_path(plan)
    assert not main_window.files.save_as()  # (cancelled)
    assert suggested == [tmp_path / "Plan 2.raci"]
    main_window.close_project()


@pytest.mark.parametrize("copy", [False, True], ids=["save as", "save a copy"])
def test_a_folder_that_refuses_the_file_opens_the_save_dialog_again(
        main_window: MainWindow, tmp_path: Path, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch, copy: bool) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    good = tmp_path / "kept.raci"
    answers = [str(blocked / "plan.raci"), str(good)]
    asked: list[str] = []

    def save_file(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return answers.pop(0), ""
    monkeypatch.setattr(file_workflows, "save_file", save_file)
    before = main_window.service
    saved = main_window.files.save_copy() if copy else main_window.files.save_as()
    # the reason once, then the dialog again: the user picks another folder right away
    assert saved and len(asked) == 2 and boxes.kinds() == ["critical"]
    assert Path(asked[1]).name == "plan.raci"  # (the name typed, not the suggestion again)
    assert good.exists()
    assert main_window.service is (before if copy else main_window.service)
    if not copy:
        assert main_window.service is not None and main_window.service.path == good


@pytest.mark.parametrize("copy", [False, True], ids=["save as", "save a copy"])
def test_a_file_that_cannot_be_written_is_named_with_what_to_do(
        main_window: MainWindow, tmp_path: Path, boxes: Boxes,
        monkeypatch: pytest.MonkeyPatch, copy: bool) -> None:
    def refuse(_target: Path) -> tuple[Path, int]:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(db, "create_exclusive", refuse)
    before = main_window.service
    target = tmp_path / "plan.raci"
    assert not (main_window.files.save_copy(target) if copy
                else main_window.files.save_as(target))
    assert main_window.service is before
    (_kind, title, text), = boxes.shown
    assert title == ("Cannot save the copy" if copy
                     else "Cannot save the project as a new file")
    assert text == (f"{target}: the project could not be saved there (permission denied); "
                    "choose a folder you can write to")
