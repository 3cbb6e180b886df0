"""Edits as values: every change to a project is one of these typed operations.

``ProjectService.apply(op)`` carries an operation out in one transaction and
returns its inverse, another operation that undoes it exactly. Undo and redo are
therefore plain data: the app's undo stack and the tests keep
pairs of operations and apply one or the other.

Operations name things by id. Additions carry everything needed to recreate
what a deletion removed (cells, staffing, position), so the inverse of a
deletion restores it exactly. An inverse also records what it expects to find
(``expect``): when something else changed the same cell or field since, applying
it is refused with a message instead of silently wiping the other change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from raci.state import Cell, Thresholds

_EMPTY_MAP: Mapping[int, CellValue] = MappingProxyType({})


@dataclass(frozen=True)
class CellValue:
    """What one cell holds: its letters and its note."""

    letters: frozenset[str] = frozenset()
    note: str = ""

    def __bool__(self) -> bool:
        return bool(self.letters or self.note)


class Operation:
    """Base of every operation (a marker; each subclass is a frozen dataclass)."""


@dataclass(frozen=True)
class Batch(Operation):
    """Several operations applied as one step (a paste, an import, a template)."""

    ops: tuple[Operation, ...] = ()


# --- cells ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SetCells(Operation):
    """Set the letters and note of cells."""

    values: Mapping[Cell, CellValue]
    expect: Mapping[Cell, CellValue] | None = None


# --- project settings -----------------------------------------------------------------


@dataclass(frozen=True)
class ProjectSettings:
    """The project's name, letter scheme and thresholds."""

    name: str
    scheme: str
    thresholds: Thresholds


@dataclass(frozen=True)
class SetProject(Operation):
    """Change the project settings; a scheme switch carries the cells it re-letters."""

    settings: ProjectSettings
    expect: ProjectSettings | None = None
    cells: Mapping[Cell, CellValue] = field(default_factory=lambda: MappingProxyType({}))
    cells_expect: Mapping[Cell, CellValue] | None = None
    """What ``cells`` held when the switch was worked out: a cell changed since is a
    conflict, not something to overwrite."""


# --- roles ----------------------------------------------------------------------------


@dataclass(frozen=True)
class NewRole:
    """A role to add; id and index are kept when it is restored."""

    name: str
    code: str
    description: str = ""
    id: int | None = None
    index: int | None = None
    people: tuple[int, ...] = ()
    cells: Mapping[int, CellValue] = field(default_factory=lambda: _EMPTY_MAP)


@dataclass(frozen=True)
class AddRoles(Operation):
    """Add role columns (with their staffing and cells when restored)."""

    roles: tuple[NewRole, ...]


@dataclass(frozen=True)
class DeleteRoles(Operation):
    """Delete role columns with their cells and staffing.

    ``expect`` (the undo of an addition): each column's cells as they were
    added; a column somebody has filled since is not deleted.
    """

    ids: tuple[int, ...]
    expect: Mapping[int, Mapping[int, CellValue]] | None = None


@dataclass(frozen=True)
class RoleFields:
    """The editable fields of a role."""

    name: str
    code: str
    description: str


@dataclass(frozen=True)
class UpdateRole(Operation):
    """Change a role's name, code and description."""

    id: int
    fields: RoleFields
    expect: RoleFields | None = None


@dataclass(frozen=True)
class MoveRole(Operation):
    """Move a role column to an index."""

    id: int
    index: int


# --- people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NewPerson:
    """A person to add, with the roles they fill."""

    name: str
    email: str = ""
    title: str = ""
    id: int | None = None
    index: int | None = None
    roles: tuple[int, ...] = ()


@dataclass(frozen=True)
class AddPeople(Operation):
    """Add people."""

    people: tuple[NewPerson, ...]


@dataclass(frozen=True)
class DeletePeople(Operation):
    """Delete people and their staffing."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class PersonFields:
    """The editable fields of a person."""

    name: str
    email: str
    title: str


@dataclass(frozen=True)
class UpdatePerson(Operation):
    """Change a person's name, e-mail and title."""

    id: int
    fields: PersonFields
    expect: PersonFields | None = None


@dataclass(frozen=True)
class MovePerson(Operation):
    """Move a person in the list."""

    id: int
    index: int


@dataclass(frozen=True)
class SetStaffing(Operation):
    """Say whether a person fills a role."""

    person_id: int
    role_id: int
    fills: bool


# --- phases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NewPhase:
    """A phase to add; a restored phase takes its activities back."""

    name: str
    id: int | None = None
    index: int | None = None
    activities: tuple[int, ...] = ()


@dataclass(frozen=True)
class AddPhases(Operation):
    """Add phases."""

    phases: tuple[NewPhase, ...]


@dataclass(frozen=True)
class DeletePhases(Operation):
    """Delete phases; their activities stay, without a phase."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class RenamePhase(Operation):
    """Rename a phase."""

    id: int
    name: str
    expect: str | None = None


@dataclass(frozen=True)
class MovePhase(Operation):
    """Move a phase (with its activities) to an index."""

    id: int
    index: int


# --- activities -----------------------------------------------------------------------


@dataclass(frozen=True)
class NewActivity:
    """An activity to add: last in its phase, or before another activity of it."""

    name: str
    phase_id: int | None = None
    description: str = ""
    provenance: str = ""
    id: int | None = None
    before: int | None = None
    cells: Mapping[int, CellValue] = field(default_factory=lambda: _EMPTY_MAP)


@dataclass(frozen=True)
class AddActivities(Operation):
    """Add activity rows (with their cells when restored or imported)."""

    activities: tuple[NewActivity, ...]


@dataclass(frozen=True)
class DeleteActivities(Operation):
    """Delete activity rows with their cells.

    ``expect`` (the undo of an addition): each row's cells as they were added;
    a row somebody has filled since is not deleted.
    """

    ids: tuple[int, ...]
    expect: Mapping[int, Mapping[int, CellValue]] | None = None


@dataclass(frozen=True)
class ActivityFields:
    """The editable text fields of an activity."""

    name: str
    description: str
    provenance: str


@dataclass(frozen=True)
class UpdateActivity(Operation):
    """Change an activity's name, description and provenance."""

    id: int
    fields: ActivityFields
    expect: ActivityFields | None = None


@dataclass(frozen=True)
class MoveActivity(Operation):
    """Put an activity in a phase, before another activity of it (or last)."""

    id: int
    phase_id: int | None
    before: int | None = None
