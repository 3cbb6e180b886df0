"""Undo commands against a bare QUndoStack, no widgets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from raci.errors import NotFoundError
from raci.service import ProjectService
from raci.state import Thresholds
from ui.commands import (
    AddActivityCommand,
    DeleteActivitiesCommand,
    DeleteRoleCommand,
    SetCellsCommand,
    SettingsCommand,
    StaffingCommand,
    push_command,
)


def test_set_cells_is_one_step(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    a0, a1 = before.activities[0].id, before.activities[1].id
    pm = before.roles[0].id
    push_command(stack, SetCellsCommand(staffed, {(a0, pm): frozenset("C"),
                                                  (a1, pm): frozenset("R")}, "Paste"))
    assert stack.count() == 1
    assert staffed.state().cell_text(a0, pm) == "C"
    stack.undo()
    assert staffed.state() == before
    stack.redo()
    assert staffed.state().cell_text(a1, pm) == "R"


def test_delete_role_undo_restores_cells_and_staffing(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    push_command(stack, DeleteRoleCommand(staffed, before.roles[1].id))
    assert len(staffed.state().roles) == 2
    stack.undo()
    assert staffed.state() == before


def test_add_activity_redo_keeps_the_id(staffed: ProjectService) -> None:
    stack = QUndoStack()
    command = AddActivityCommand(staffed, "Retrospective", None)
    push_command(stack, command)
    first = command.activity_id
    stack.undo()
    assert "Retrospective" not in [a.name for a in staffed.state().activities]
    stack.redo()
    assert command.activity_id == first
    assert staffed.state().activities[-1].name == "Retrospective"


def test_delete_many_activities_and_undo(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    push_command(stack, DeleteActivitiesCommand(staffed, [a.id for a in before.activities[:2]]))
    assert [a.name for a in staffed.state().activities] == ["Release plan"]
    stack.undo()
    assert staffed.state() == before


def test_staffing_and_settings_commands(staffed: ProjectService) -> None:
    stack = QUndoStack()
    before = staffed.state()
    push_command(stack, StaffingCommand(staffed, before.people[0].id, before.roles[2].id, True))
    push_command(stack, SettingsCommand(staffed, "Renamed", "DACI", Thresholds(5, 2, 2)))
    after = staffed.state()
    assert (after.name, after.scheme_id, after.thresholds.overload) == ("Renamed", "DACI", 5)
    assert after.cell_text(after.activities[0].id, after.roles[0].id) == "A/D"
    stack.undo()
    stack.undo()
    assert staffed.state() == before


def test_refused_command_is_not_pushed(staffed: ProjectService) -> None:
    stack = QUndoStack()
    command = SetCellsCommand(staffed, {(999, 999): frozenset("A")})
    with pytest.raises(NotFoundError, match="no longer exists"):
        push_command(stack, command)
    assert stack.count() == 0
