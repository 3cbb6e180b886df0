"""The generic undo command against a bare QUndoStack, no widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from raci.errors import NotFoundError
from raci.operations import (
    AddActivities,
    CellValue,
    DeleteActivities,
    DeleteRoles,
    NewActivity,
    SetCells,
    SetStaffing,
)
from raci.service import ProjectService
from raci.state import Thresholds
from raci.templates import TemplateLibrary, apply_template
from ui.commands import OperationCommand, push_command, push_operation, recorded_command


def test_set_cells_is_one_step(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    a0, a1 = before.activities[0].id, before.activities[1].id
    pm = before.roles[0].id
    op = staffed.cells_operation({(a0, pm): frozenset("C"), (a1, pm): frozenset("R")})
    push_operation(stack, staffed, op, "Paste")
    assert stack.count() == 1
    assert staffed.state().cell_text(a0, pm) == "C"
    stack.undo()
    assert staffed.state() == before
    stack.redo()
    assert staffed.state().cell_text(a1, pm) == "R"


def test_delete_role_undo_restores_cells_and_staffing(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    push_operation(stack, staffed, DeleteRoles((before.roles[1].id,)), "Delete role")
    assert len(staffed.state().roles) == 2
    stack.undo()
    assert staffed.state() == before


def test_add_activity_redo_keeps_the_id(staffed: ProjectService) -> None:
    stack = QUndoStack()
    command = push_operation(stack, staffed, AddActivities((NewActivity("Retrospective"),)),
                             "Add activity")
    first = staffed.state().activities[-1].id
    stack.undo()
    assert "Retrospective" not in [a.name for a in staffed.state().activities]
    stack.redo()
    assert staffed.state().activities[-1].name == "Retrospective"
    assert staffed.state().activities[-1].id == first
    assert isinstance(command.inverse, DeleteActivities)


def test_delete_many_activities_and_undo(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    ids = tuple(a.id for a in before.activities[:2])
    push_operation(stack, staffed, DeleteActivities(ids), "Delete 2 activities")
    assert [a.name for a in staffed.state().activities] == ["Release plan"]
    stack.undo()
    assert staffed.state() == before


def test_staffing_and_settings_commands(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    push_operation(stack, staffed, SetStaffing(before.people[0].id, before.roles[2].id, True),
                   "Staff")
    push_operation(stack, staffed, staffed.settings_update("Renamed", "DACI", Thresholds(5, 2, 2)),
                   "Settings")
    after = staffed.state()
    assert (after.name, after.scheme_id, after.thresholds.overload) == ("Renamed", "DACI", 5)
    assert after.cell_text(after.activities[0].id, after.roles[0].id) == "A/D"
    stack.undo()
    stack.undo()
    assert staffed.state() == before


def test_refused_command_is_not_pushed(staffed: ProjectService) -> None:
    stack = QUndoStack()
    command = OperationCommand(staffed, SetCells({(999, 999): CellValue(frozenset("A"))}), "Edit")
    with pytest.raises(NotFoundError, match="no longer exists"):
        push_command(stack, command)
    assert stack.count() == 0


def test_applying_a_template_is_one_undo_step(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    template = TemplateLibrary.default().get("agile-team")
    report = apply_template(staffed, template)
    stack.push(recorded_command(staffed, report.inverse, "Apply template"))
    assert len(staffed.state().activities) > len(before.activities)
    stack.undo()
    assert staffed.state() == before
    stack.redo()
    assert len(staffed.state().activities) == len(before.activities) + len(
        report.activities_added)


def test_undo_over_another_writer_is_refused_and_dropped(tmp_path: Path) -> None:
    path = tmp_path / "shared.raci"
    app = ProjectService.create(path)
    try:
        role = app.add_role("Lead", "L")
        act = app.add_activity("Plan")
        stack = QUndoStack()
        errors: list[str] = []
        push_operation(stack, app, app.cells_operation({(act, role): "R"}), "Edit cell",
                       errors.append)
        other = ProjectService.open(path)
        try:
            other.set_cell(act, role, "A")
        finally:
            other.close()
        stack.undo()
        assert errors and "was changed by " in errors[0] and "'Plan' / L" in errors[0]
        assert app.state().cell_text(act, role) == "A"
        assert stack.count() == 0  # the refused step is dropped, not left half-done
    finally:
        app.close()
