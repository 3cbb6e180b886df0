"""The window on the project engine: phases by id, one-cell updates, outside changes."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from raci.service import ProjectService
from ui.main_window import MainWindow


def test_dragging_within_the_unphased_rows_keeps_them_unphased(main_window: MainWindow) -> None:
    service, model = main_window.service, main_window.model
    assert service is not None and model is not None
    first = service.add_activity("Loose end one")
    second = service.add_activity("Loose end two")
    phases_before = [p.name for p in service.state().phases]
    row_first, row_second = model.row_of_activity(first), model.row_of_activity(second)
    assert row_first is not None and row_second is not None
    assert model.rows[row_first - 1].activity_id is None  # the "No phase" heading
    main_window.structure._row_dragged(row_second, row_second, row_first)
    state = service.state()
    assert [p.name for p in state.phases] == phases_before  # no phase named "No phase"
    assert [a.name for a in state.activities][-2:] == ["Loose end two", "Loose end one"]
    assert state.activity(first).phase_id is None and state.activity(second).phase_id is None
    main_window.stack.undo()
    assert [a.name for a in service.state().activities][-2:] == ["Loose end one",
                                                                   "Loose end two"]


def test_a_cell_edit_updates_only_that_cell(qtbot: Any, main_window: MainWindow) -> None:
    model = main_window.model
    assert model is not None
    act, role = model.state.activities[3].id, model.state.roles[2].id
    changed: list[tuple[int, int, int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append(
        (a.row(), a.column(), b.row(), b.column())))
    model.modelReset.connect(lambda: resets.append(True))
    assert model.set_cells({(act, role): frozenset("C")}, "Edit cell")
    index = model.cell_index(act, role)
    assert changed == [(index.row(), index.column(), index.row(), index.column())]
    assert not resets
    assert model.data(index) == "C"


def test_a_change_by_another_process_appears_without_an_edit(main_window: MainWindow) -> None:
    service, model = main_window.service, main_window.model
    assert service is not None and model is not None and service.path is not None
    act, role = model.state.activities[0].id, model.state.roles[0].id
    other = ProjectService.open(Path(service.path))
    try:
        other.set_cell(act, role, "I")
        other.add_activity("Added elsewhere")
    finally:
        other.close()
    main_window.files.check_outside_changes()
    assert model.data(model.cell_index(act, role)) == "I"
    assert "Added elsewhere" in [a.name for a in model.state.activities]


def test_a_large_project_opens_on_a_worker_thread(qtbot: Any, main_window: MainWindow,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "big.raci"
    service = ProjectService.create(path, "Big")
    service.add_role("Lead", "L")
    service.add_activity("Plan")
    service.close()
    assert main_window.files.open_path(path, background=True)
    qtbot.waitUntil(lambda: main_window.service is not None
                    and main_window.service.path == path)
    assert main_window.model is not None
    assert [a.name for a in main_window.model.state.activities] == ["Plan"]
    assert main_window.findings_model.rowCount() > 0


def test_many_overloaded_roles_never_widen_the_window(main_window: MainWindow,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "wide.raci"
    service = ProjectService.create(path, "Wide")
    from raci.operations import AddActivities, AddRoles, CellValue, NewActivity, NewRole

    added = service.apply(AddRoles(tuple(
        NewRole(f"A rather long role name number {i}", f"R{i}") for i in range(120))))
    roles = added.ids  # type: ignore[attr-defined]
    service.apply(AddActivities(tuple(
        NewActivity(f"Activity {i}", cells={r: CellValue(frozenset("R")) for r in roles})
        for i in range(15))))
    service.set_thresholds(overload=1)
    service.close()
    assert main_window.files.open_path(path, background=False)
    main_window.tabs.setCurrentWidget(main_window.workload)
    caption = main_window.workload.caption.text()
    assert re.search(r"and \d+ more", caption)  # the label lists a few names, not 120
    assert main_window.minimumSizeHint().width() < 1600
    assert main_window.workload.minimumSizeHint().width() < 1600


def test_settings_open_on_a_scheme_a_workbook_extended(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.dialogs import SettingsDialog

    service = ProjectService.create(tmp_path / "q.raci", scheme="RACI+Q")
    try:
        dialog = SettingsDialog(service, QUndoStack(), None)
        qtbot.addWidget(dialog)
        assert dialog.scheme.currentData() == "RACI+Q"
    finally:
        service.close()


def test_the_settings_dialog_keeps_a_name_another_writer_gave_meanwhile(
        qtbot: Any, tmp_path: Path, boxes: Any) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.dialogs import SettingsDialog

    path = tmp_path / "settings.raci"
    service = ProjectService.create(path, "Ours")
    try:
        dialog = SettingsDialog(service, QUndoStack(), None)
        qtbot.addWidget(dialog)
        other = ProjectService.open(path)
        other.rename_project("Theirs")  # while the dialog is open
        other.close()
        dialog.overload.setValue(dialog.overload.value() + 2)
        dialog.accept()
        assert boxes.shown == []
        state = service.reload_state()
        assert state.name == "Theirs" and state.thresholds.overload == dialog.overload.value()
    finally:
        service.close()


def test_a_project_held_by_another_writer_opens_read_only_with_its_name(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    from raci import lock

    path = tmp_path / "held.raci"
    service = ProjectService.create(path, "Held")
    role, act = service.add_role("Lead", "L"), service.add_activity("Plan")
    service.close()
    other = lock.acquire(path, program=lock.CLI)  # another writer holds it
    try:
        assert main_window.files.open_path(path, background=False)
        model = main_window.model
        assert model is not None and main_window.service is not None
        assert main_window.banner.label.text().startswith("Read-only: open for writing by ")
        assert "raci command line" in main_window.banner.label.text()
        assert model.read_only
        assert not model.set_cells({(act, role): frozenset("A")}, "Edit cell")
        assert main_window.service.state().letters(act, role) == frozenset()
        writer = ProjectService.open(path)  # the holder's edits show up live
        writer.set_cell(act, role, "R")
        writer.close()
        main_window.files.check_outside_changes()
        assert model.data(model.cell_index(act, role)) == "R"
    finally:
        other.release()
    assert main_window.files.take_over()
    assert main_window.lock is not None and main_window.held_by is None
    assert main_window.model is not None and not main_window.model.read_only
    assert main_window.model.set_cells({(act, role): frozenset("A")}, "Edit cell")
    main_window.close_project()
    assert not lock.lock_path(path).exists()  # released on close


def test_reopening_the_open_project_keeps_its_database_untouched(
        main_window: MainWindow) -> None:
    service = main_window.service
    assert service is not None and service.path is not None
    act, role = service.state().activities[0].id, service.state().roles[0].id
    service.set_cell(act, role, "C")
    wal = Path(f"{service.path}-wal")
    assert wal.exists()
    assert main_window.files.open_path(Path(service.path), background=False)
    assert main_window.service is service  # the same window, not a second connection
    assert wal.exists()
    assert service.reload_state().letters(act, role) == frozenset("C")


def test_the_window_stops_edits_when_its_file_is_deleted(
        main_window: MainWindow, boxes: Any, tmp_path: Path) -> None:
    service, model = main_window.service, main_window.model
    assert service is not None and model is not None and service.path is not None
    act, role = model.state.activities[0].id, model.state.roles[0].id
    assert model.set_cells({(act, role): frozenset("C")}, "Edit cell")
    os.unlink(service.path)
    main_window.files.check_outside_changes()
    assert model.read_only
    assert any("edits are stopped" in text for _kind, _title, text in boxes.shown)
    assert not model.set_cells({(act, role): frozenset("I")}, "Edit cell")
    # Undo waits for edits to come back: pressing it spends no step on a refusal.
    undo = main_window.commands["undo"]
    assert main_window.stack.canUndo() and not undo.isEnabled()
    undo.trigger()
    assert main_window.stack.count() == 1 and main_window.stack.index() == 1
    assert main_window.files.save_copy(tmp_path / "rescued.raci")
    rescued = ProjectService.open(tmp_path / "rescued.raci")
    try:
        assert rescued.state().cell_text(act, role) == "C"
    finally:
        rescued.close()


def test_the_quick_start_opens_the_sample_project(qtbot: Any, settings: Any) -> None:
    from ui.main_window import start_window

    window = start_window([], settings, sample=True)
    qtbot.addWidget(window)
    assert window.service is not None
    assert window.service.state().name.startswith("Sample")
    window.close_project()


def test_closing_the_window_during_an_export_still_writes_it(
        qtbot: Any, settings: Any, tmp_path: Path) -> None:
    from ui.main_window import start_window

    window = start_window([], settings, sample=True)
    qtbot.addWidget(window)
    target = tmp_path / "plan.xlsx"
    window.files.export_to(target)
    window.files.export_to(tmp_path / "named.csv")  # a workbook is always named .xlsx
    window.close()
    assert target.is_file() and target.stat().st_size > 0
    assert (tmp_path / "named.csv.xlsx").is_file()
    assert not (tmp_path / "named.csv").exists()


def test_an_outside_change_keeps_the_selection(main_window: MainWindow) -> None:
    from PySide6.QtCore import QItemSelectionModel

    service, model = main_window.service, main_window.model
    assert service is not None and model is not None and service.path is not None
    acts, roles = model.state.activities, model.state.roles
    cells = [(acts[0].id, roles[0].id), (acts[1].id, roles[1].id)]
    selection = main_window.view.selectionModel()
    for cell in cells:
        selection.select(model.cell_index(*cell), QItemSelectionModel.SelectionFlag.Select)
    other = ProjectService.open(Path(service.path))
    try:
        other.add_activity("Added elsewhere", acts[0].phase_id, index=0)
    finally:
        other.close()
    main_window.files.check_outside_changes()
    kept = {(model.activity_at(i.row()), model.role_at(i.column()))
            for i in main_window.view.selectionModel().selectedIndexes()}
    assert kept == set(cells)


def test_an_editor_left_open_while_another_writer_commits_never_overwrites_them(
        qtbot: Any, main_window: MainWindow, boxes: Any) -> None:
    from ui.matrix.delegate import LetterPicker

    service, model, view = main_window.service, main_window.model, main_window.view
    assert service is not None and model is not None and service.path is not None
    act, role = model.state.activities[0].id, model.state.roles[0].id
    index = model.cell_index(act, role)
    before = model.state.letters(act, role)
    view.setCurrentIndex(index)
    view.edit(index)
    picker = view.indexWidget(index) or view.findChild(LetterPicker)
    assert isinstance(picker, LetterPicker) and picker.letters() == before
    picker.set_letters(frozenset("C"))  # the user's ticks, not applied yet
    other = ProjectService.open(Path(service.path))
    try:
        other.set_cell(act, role, "I")
    finally:
        other.close()
    main_window.files.check_outside_changes()  # the window learns of it while editing
    assert model.data(index) == "I"
    assert picker.letters() == frozenset("C")  # what the user ticked is not thrown away
    boxes.click = "Reload"
    main_window.view.itemDelegate().setModelData(picker, model, index)
    assert boxes.shown and boxes.shown[-1][1] == "Somebody else changed this cell"
    assert service.reload_state().letters(act, role) == frozenset("I")
    boxes.click = "Overwrite"
    main_window.view.itemDelegate().setModelData(picker, model, index)
    assert service.reload_state().letters(act, role) == frozenset("C")


def test_an_editor_opened_on_an_empty_cell_never_overwrites_what_another_writer_put_there(
        qtbot: Any, main_window: MainWindow, boxes: Any) -> None:
    from ui.matrix.delegate import LetterPicker

    service, model, view = main_window.service, main_window.model, main_window.view
    assert service is not None and model is not None and service.path is not None
    act, role = next((a.id, r.id) for a in model.state.activities for r in model.state.roles
                     if not model.state.letters(a.id, r.id))
    index = model.cell_index(act, role)
    view.setCurrentIndex(index)
    view.edit(index)
    picker = view.indexWidget(index) or view.findChild(LetterPicker)
    assert isinstance(picker, LetterPicker) and picker.letters() == frozenset()
    picker.set_letters(frozenset("R"))
    other = ProjectService.open(Path(service.path))
    try:
        other.set_cell(act, role, "A")  # the empty cell the editor showed is filled
    finally:
        other.close()
    main_window.files.check_outside_changes()
    boxes.click = "Reload"
    view.itemDelegate().setModelData(picker, model, index)
    assert boxes.shown and boxes.shown[-1][1] == "Somebody else changed this cell"
    assert service.reload_state().letters(act, role) == frozenset("A")


def test_an_open_picker_keeps_its_ticks_when_another_writer_adds_a_role(
        qtbot: Any, main_window: MainWindow, boxes: Any) -> None:
    from ui.matrix.delegate import LetterPicker

    service, model, view = main_window.service, main_window.model, main_window.view
    assert service is not None and model is not None and service.path is not None
    main_window.show()
    qtbot.waitExposed(main_window)
    act, role = model.state.activities[0].id, model.state.roles[0].id
    index = model.cell_index(act, role)
    view.setCurrentIndex(index)
    view.edit(index)
    pickers = [p for p in view.findChildren(LetterPicker) if p.isVisible()]
    assert len(pickers) == 1
    pickers[0].set_letters(frozenset("C"))
    other = ProjectService.open(Path(service.path))
    try:
        other.add_role("Newcomer", "NEW")  # the matrix is laid out again
    finally:
        other.close()
    main_window.files.check_outside_changes()
    qtbot.wait(10)
    assert any(r.code == "NEW" for r in model.state.roles)
    reopened = [p for p in view.findChildren(LetterPicker) if p.isVisible()]
    assert len(reopened) == 1 and reopened[0].letters() == frozenset("C")
    index = model.cell_index(act, role)
    view.itemDelegate().setModelData(reopened[0], model, index)
    assert boxes.shown == []
    assert service.reload_state().letters(act, role) == frozenset("C")
    main_window.hide()


def test_a_window_showing_a_project_read_only_says_so_in_its_title(
        qtbot: Any, main_window: MainWindow, settings: Any, tmp_path: Path) -> None:
    """Two windows on one file had the same title ("plan.raci - RACI Planner"): the one
    that cannot edit now says so in its title (and in the taskbar), until it can."""
    path = tmp_path / "plan.raci"
    ProjectService.create(path, "Plan").close()
    assert main_window.files.open_path(path, background=False)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.files.open_path(path, background=False)
    assert main_window.windowTitle() == "plan.raci - RACI Planner"
    assert second.windowTitle() == "plan.raci (read-only) - RACI Planner"
    assert second.files.take_over()
    assert second.windowTitle() == "plan.raci - RACI Planner"
    main_window.files.check_outside_changes()  # the first window was taken over from
    assert main_window.windowTitle() == "plan.raci (read-only) - RACI Planner"
    second.close_project()
    assert second.windowTitle() == "RACI Planner"
    os.unlink(path)  # the file going away stops edits too
    main_window.files.check_outside_changes()
    assert main_window.windowTitle() == "plan.raci (read-only) - RACI Planner"
    assert main_window.files.save_as(tmp_path / "rescued.raci")
    assert main_window.windowTitle() == "rescued.raci - RACI Planner"
