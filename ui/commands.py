"""Undo commands: each holds old and new values and changes the project through the service.

Commands are applied once before they are pushed (``push_command``), so an edit
the service refuses never lands on the undo stack; Qt's first ``redo`` after the
push is then skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from raci.service import KEEP, ProjectService
from raci.state import Thresholds

Cell = tuple[int, int]


class ServiceCommand(QUndoCommand):
    """Base class: ``do`` and ``undo_`` call the service; the first redo is the apply."""

    def __init__(self, service: ProjectService, text: str) -> None:
        super().__init__(text)
        self.service = service
        self._applied = False

    def apply(self) -> None:
        """Carry out the change now (may raise RaciError); push afterwards."""
        self.do()
        self._applied = True

    def redo(self) -> None:
        """Override QUndoCommand.redo."""
        if self._applied:
            self._applied = False
            return
        self.do()

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        self.undo_()

    def do(self) -> None:
        """Make the change."""
        raise NotImplementedError

    def undo_(self) -> None:
        """Reverse the change."""
        raise NotImplementedError


def push_command(stack: QUndoStack, command: ServiceCommand) -> None:
    """Apply a command, then put it on the stack (nothing is pushed if it fails)."""
    command.apply()
    stack.push(command)


class SetCellsCommand(ServiceCommand):
    """Set the letters of one or many cells as one step (typing, paste, quick fix)."""

    def __init__(self, service: ProjectService, new: Mapping[Cell, frozenset[str]],
                 text: str = "Edit cells") -> None:
        super().__init__(service, text)
        state = service.state()
        self.new = dict(new)
        self.old = {key: state.letters(*key) for key in new}

    def do(self) -> None:
        """Write the new letters."""
        self.service.set_cells(self.new)

    def undo_(self) -> None:
        """Write the old letters back."""
        self.service.set_cells(self.old)


class AddRoleCommand(ServiceCommand):
    """Add a role column."""

    def __init__(self, service: ProjectService, name: str, code: str | None = None,
                 description: str = "", position: int | None = None) -> None:
        super().__init__(service, f"Add role {name}")
        self.args = (name, code, description, position)
        self.role_id: int | None = None

    def do(self) -> None:
        """Add it (with the same id on redo)."""
        name, code, description, position = self.args
        self.role_id = self.service.add_role(name, code, description, position, self.role_id)

    def undo_(self) -> None:
        """Remove it."""
        assert self.role_id is not None
        self.service.delete_role(self.role_id)


class DeleteRoleCommand(ServiceCommand):
    """Delete a role with its cells."""

    def __init__(self, service: ProjectService, role_id: int) -> None:
        super().__init__(service, f"Delete role {service.state().role(role_id).name}")
        self.role_id = role_id
        self.snapshot: Any = None

    def do(self) -> None:
        """Delete it, keeping a snapshot."""
        self.snapshot = self.service.delete_role(self.role_id)

    def undo_(self) -> None:
        """Restore it from the snapshot."""
        self.service.restore_role(self.snapshot)


class UpdateCommand(ServiceCommand):
    """Change fields of a role, person or activity (update_role / update_person / ...)."""

    def __init__(self, service: ProjectService, kind: str, ident: int, text: str,
                 **fields: Any) -> None:
        super().__init__(service, text)
        self.method: Callable[..., dict[str, Any]] = getattr(service, f"update_{kind}")
        self.ident = ident
        self.fields = fields
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        """Write the new values."""
        old = self.method(self.ident, **self.fields)
        self.old = {key: old[key] for key in self.fields}

    def undo_(self) -> None:
        """Write the old values back."""
        self.method(self.ident, **self.old)


class MoveCommand(ServiceCommand):
    """Move a role, person or phase to a new index."""

    def __init__(self, service: ProjectService, kind: str, ident: int, index: int) -> None:
        super().__init__(service, f"Move {kind}")
        self.method: Callable[[int, int], int] = getattr(service, f"move_{kind}")
        self.ident, self.index, self.old = ident, index, 0

    def do(self) -> None:
        """Move it."""
        self.old = self.method(self.ident, self.index)

    def undo_(self) -> None:
        """Move it back."""
        self.method(self.ident, self.old)


class MoveActivityCommand(ServiceCommand):
    """Move an activity (it joins the phase of the rows it lands between)."""

    def __init__(self, service: ProjectService, activity_id: int, index: int,
                 phase_id: Any = KEEP) -> None:
        super().__init__(service, "Move activity")
        self.activity_id, self.index, self.phase_id = activity_id, index, phase_id
        self.old: tuple[int, int | None] = (0, None)

    def do(self) -> None:
        """Move it."""
        self.old = self.service.move_activity(self.activity_id, self.index, self.phase_id)

    def undo_(self) -> None:
        """Put it back where it was, in its old phase."""
        self.service.move_activity(self.activity_id, self.old[0], self.old[1])


class AddActivityCommand(ServiceCommand):
    """Add an activity row."""

    def __init__(self, service: ProjectService, name: str, phase_id: int | None,
                 index: int | None = None, description: str = "") -> None:
        super().__init__(service, f"Add activity {name}")
        self.args = (name, phase_id, description, index)
        self.activity_id: int | None = None

    def do(self) -> None:
        """Add it (same id on redo)."""
        name, phase_id, description, index = self.args
        self.activity_id = self.service.add_activity(
            name, phase_id, description, "", index, self.activity_id
        )

    def undo_(self) -> None:
        """Remove it."""
        assert self.activity_id is not None
        self.service.delete_activity(self.activity_id)


class DeleteActivitiesCommand(ServiceCommand):
    """Delete one or more activities with their cells."""

    def __init__(self, service: ProjectService, activity_ids: list[int]) -> None:
        n = len(activity_ids)
        super().__init__(service, "Delete activity" if n == 1 else f"Delete {n} activities")
        self.ids = activity_ids
        self.snapshots: list[Any] = []

    def do(self) -> None:
        """Delete them in one transaction."""
        with self.service.transaction():
            self.snapshots = [self.service.delete_activity(i) for i in self.ids]

    def undo_(self) -> None:
        """Restore them in their old places."""
        with self.service.transaction():
            for snap in sorted(self.snapshots, key=lambda s: s.position):
                self.service.restore_activity(snap)


class AddPersonCommand(ServiceCommand):
    """Add a person."""

    def __init__(self, service: ProjectService, name: str, email: str = "", title: str = "",
                 roles: tuple[int, ...] = ()) -> None:
        super().__init__(service, f"Add person {name}")
        self.args = (name, email, title, roles)
        self.person_id: int | None = None

    def do(self) -> None:
        """Add them (same id on redo)."""
        name, email, title, roles = self.args
        self.person_id = self.service.add_person(name, email, title, roles, None, self.person_id)

    def undo_(self) -> None:
        """Remove them."""
        assert self.person_id is not None
        self.service.delete_person(self.person_id)


class DeletePersonCommand(ServiceCommand):
    """Delete a person and their staffing."""

    def __init__(self, service: ProjectService, person_id: int) -> None:
        super().__init__(service, f"Delete {service.state().person(person_id).name}")
        self.person_id = person_id
        self.snapshot: Any = None

    def do(self) -> None:
        """Delete them."""
        self.snapshot = self.service.delete_person(self.person_id)

    def undo_(self) -> None:
        """Restore them."""
        self.service.restore_person(self.snapshot)


class StaffingCommand(ServiceCommand):
    """Say whether a person fills a role."""

    def __init__(self, service: ProjectService, person_id: int, role_id: int, fills: bool) -> None:
        state = service.state()
        verb = "Staff" if fills else "Unstaff"
        super().__init__(service, f"{verb} {state.person(person_id).name} in "
                                  f"{state.role(role_id).code}")
        self.person_id, self.role_id, self.fills = person_id, role_id, fills
        self.before = not fills

    def do(self) -> None:
        """Set it."""
        self.before = self.service.set_staffing(self.person_id, self.role_id, self.fills)

    def undo_(self) -> None:
        """Set it back."""
        self.service.set_staffing(self.person_id, self.role_id, self.before)


class PhaseCommand(ServiceCommand):
    """Add, rename or delete a phase."""

    def __init__(self, service: ProjectService, action: str, phase_id: int | None = None,
                 name: str = "") -> None:
        super().__init__(service, f"{action.capitalize()} phase {name}".strip())
        self.action, self.phase_id, self.name = action, phase_id, name
        self.old: Any = None

    def do(self) -> None:
        """Carry out the action."""
        if self.action == "add":
            self.phase_id = self.service.add_phase(self.name, None, self.phase_id)
        elif self.action == "rename":
            assert self.phase_id is not None
            self.old = self.service.rename_phase(self.phase_id, self.name)
        else:
            assert self.phase_id is not None
            self.old = self.service.delete_phase(self.phase_id)

    def undo_(self) -> None:
        """Reverse it."""
        assert self.phase_id is not None
        if self.action == "add":
            self.service.delete_phase(self.phase_id)
        elif self.action == "rename":
            self.service.rename_phase(self.phase_id, self.old)
        else:
            self.service.restore_phase(self.old)


class SettingsCommand(ServiceCommand):
    """Change the project name, letter scheme and thresholds as one step."""

    def __init__(self, service: ProjectService, name: str, scheme: str,
                 thresholds: Thresholds) -> None:
        super().__init__(service, "Project settings")
        state = service.state()
        self.new = (name, scheme, thresholds)
        self.old = (state.name, state.scheme_id, state.thresholds)

    def _set(self, values: tuple[str, str, Thresholds]) -> None:
        name, scheme, t = values
        with self.service.transaction():
            if name != self.service.state().name:
                self.service.rename_project(name)
            if scheme != self.service.state().scheme_id:
                self.service.set_scheme(scheme)
            self.service.set_thresholds(t.overload, t.max_responsible, t.max_consulted)

    def do(self) -> None:
        """Apply the new settings."""
        self._set(self.new)

    def undo_(self) -> None:
        """Restore the old settings."""
        self._set(self.old)


class NoteCommand(ServiceCommand):
    """Set a cell's note."""

    def __init__(self, service: ProjectService, cell: Cell, note: str) -> None:
        super().__init__(service, "Edit note")
        self.cell, self.note, self.old = cell, note, ""

    def do(self) -> None:
        """Write the new note."""
        self.old = self.service.set_note(*self.cell, self.note)

    def undo_(self) -> None:
        """Write the old note back."""
        self.service.set_note(*self.cell, self.old)
