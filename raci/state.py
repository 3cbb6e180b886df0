"""An immutable snapshot of a project, the input of every check and export.

Snapshots are plain frozen dataclasses: the checks, the Excel writer and the
tests can build and read them without a database or a window.

An edit does not rebuild a snapshot: the service derives the next one from the
previous with :meth:`ProjectState.derive`, which shares everything the edit did
not touch. Cells are held twice, by row and by column (:class:`CellMap`), so a
one-cell edit copies one row and one column, never the whole grid, and the
checks read a column without scanning every activity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from types import MappingProxyType
from typing import Any

from raci.schemes import SCHEMES, Scheme
from raci.wording import role_label

Cell = tuple[int, int]
EMPTY: frozenset[str] = frozenset()
_NO_CELLS: Mapping[int, frozenset[str]] = MappingProxyType({})

# The check limits of a new project (kept here, without the database layer, so the checks
# and templates load without it; the project table's defaults are these).
DEFAULT_OVERLOAD = 12
DEFAULT_MAX_RESPONSIBLE = 3
DEFAULT_MAX_CONSULTED = 4
MAX_THRESHOLD = 100_000
"""The largest threshold accepted (a matrix never has more activities than this)."""


@dataclass(frozen=True)
class Thresholds:
    """Check limits a project can change."""

    overload: int = DEFAULT_OVERLOAD
    max_responsible: int = DEFAULT_MAX_RESPONSIBLE
    max_consulted: int = DEFAULT_MAX_CONSULTED


@dataclass(frozen=True)
class RoleInfo:
    """A role column and the people who fill it."""

    id: int
    name: str
    code: str
    description: str = ""
    people: tuple[int, ...] = ()
    position: int = field(default=0, compare=False)

    @property
    def label(self) -> str:
        """The role as people read it: 'Project Manager (PM)', or 'PM' alone."""
        return role_label(self.name, self.code)


@dataclass(frozen=True)
class PersonInfo:
    """A person and the roles they fill."""

    id: int
    name: str
    email: str = ""
    title: str = ""
    roles: tuple[int, ...] = ()
    position: int = field(default=0, compare=False)


@dataclass(frozen=True)
class PhaseInfo:
    """A named group of activities."""

    id: int
    name: str
    position: int = field(default=0, compare=False)


@dataclass(frozen=True)
class ActivityInfo:
    """An activity row; ``phase`` is the display name of its phase ('' for none)."""

    id: int
    name: str
    phase: str = ""
    description: str = ""
    provenance: str = ""
    phase_id: int | None = None
    position: int = field(default=0, compare=False)


class CellMap(Mapping[Cell, frozenset[str]]):
    """The non-empty cells, indexed by row and by column, shared between snapshots.

    Instances are never changed after construction; :meth:`updated` returns a new
    map that shares every row and column the change did not touch.
    """

    __slots__ = ("_rows", "_cols", "_count", "derived")

    def __init__(
        self,
        rows: dict[int, dict[int, frozenset[str]]] | None = None,
        cols: dict[int, dict[int, frozenset[str]]] | None = None,
        count: int | None = None,
    ) -> None:
        self._rows = rows if rows is not None else {}
        self._cols = cols  # built on first use when not given
        self._count = count if count is not None else sum(len(r) for r in self._rows.values())
        self.derived: dict[Any, tuple[Any, Any]] = {}
        """Values computed from one column, kept with that column (see checks._load)."""

    def _columns(self) -> dict[int, dict[int, frozenset[str]]]:
        cols = self._cols
        if cols is None:
            cols = {}
            for act_id, row in self._rows.items():
                for role_id, letters in row.items():
                    col = cols.get(role_id)
                    if col is None:
                        col = cols[role_id] = {}
                    col[act_id] = letters
            self._cols = cols
        return cols

    @classmethod
    def from_cells(cls, cells: Mapping[Cell, frozenset[str]] | Iterable[tuple[Cell, frozenset[str]]]
                   ) -> CellMap:
        """Build from (activity, role) -> letters, dropping empty cells."""
        rows: dict[int, dict[int, frozenset[str]]] = {}
        items = cells.items() if isinstance(cells, Mapping) else cells
        for (act_id, role_id), letters in items:
            if letters:
                rows.setdefault(act_id, {})[role_id] = letters
        return cls(rows)

    def __getitem__(self, key: Cell) -> frozenset[str]:
        return self._rows[key[0]][key[1]]

    def get(self, key: Cell, default: Any = None) -> Any:
        """Letters of a cell, or default."""
        row = self._rows.get(key[0])
        if row is None:
            return default
        return row.get(key[1], default)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 2:
            return False
        row = self._rows.get(key[0])
        return row is not None and key[1] in row

    def __iter__(self) -> Iterator[Cell]:
        for act_id, row in self._rows.items():
            for role_id in row:
                yield (act_id, role_id)

    def __len__(self) -> int:
        return self._count

    def row(self, activity_id: int) -> Mapping[int, frozenset[str]]:
        """Role id -> letters of one activity's non-empty cells."""
        return self._rows.get(activity_id, _NO_CELLS)

    def column(self, role_id: int) -> Mapping[int, frozenset[str]]:
        """Activity id -> letters of one role's non-empty cells."""
        return self._columns().get(role_id, _NO_CELLS)

    def updated(self, changes: Mapping[Cell, frozenset[str]]) -> CellMap:
        """A new map with these cells set (empty letters clear a cell).

        Copies the touched rows and columns only; a column index nobody asked for
        yet stays unbuilt.
        """
        rows = dict(self._rows)
        cols = dict(self._cols) if self._cols is not None else None
        by_act: dict[int, list[tuple[int, frozenset[str]]]] = {}
        for (act_id, role_id), letters in changes.items():
            items = by_act.get(act_id)
            if items is None:
                items = by_act[act_id] = []
            items.append((role_id, letters))
        count = self._count
        for act_id, items in by_act.items():
            row = dict(rows.get(act_id, ()))
            before = len(row)
            for role_id, letters in items:
                if letters:
                    row[role_id] = letters
                else:
                    row.pop(role_id, None)
            count += len(row) - before
            if row:
                rows[act_id] = row
            else:
                rows.pop(act_id, None)
        if cols is not None:
            by_role: dict[int, list[tuple[int, frozenset[str]]]] = {}
            for (act_id, role_id), letters in changes.items():
                by_role.setdefault(role_id, []).append((act_id, letters))
            for role_id, items in by_role.items():
                col = dict(cols.get(role_id, ()))
                for act_id, letters in items:
                    if letters:
                        col[act_id] = letters
                    else:
                        col.pop(act_id, None)
                if col:
                    cols[role_id] = col
                else:
                    cols.pop(role_id, None)
        new = CellMap(rows, cols, count)
        new.derived = self.derived  # entries name the column they were read from
        return new

    def with_rows(self, new_rows: Mapping[int, dict[int, frozenset[str]]]) -> CellMap:
        """A new map with whole rows of activities it did not hold (an import, a restore)."""
        rows = dict(self._rows)
        rows.update(new_rows)
        cols = None
        if self._cols is not None:
            cols = dict(self._cols)
            copied: set[int] = set()
            for act_id, row in new_rows.items():
                for role_id, letters in row.items():
                    if role_id not in copied:
                        cols[role_id] = dict(cols.get(role_id, ()))
                        copied.add(role_id)
                    cols[role_id][act_id] = letters
        count = self._count + sum(len(row) for row in new_rows.values())
        new = CellMap(rows, cols, count)
        new.derived = self.derived
        return new

    def without(self, activities: Iterable[int] = (), roles: Iterable[int] = ()) -> CellMap:
        """A new map without the cells of these activities and roles."""
        changes = {}
        for act_id in activities:
            for role_id in self.row(act_id):
                changes[(act_id, role_id)] = EMPTY
        for role_id in roles:
            for act_id in self.column(role_id):
                changes[(act_id, role_id)] = EMPTY
        return self.updated(changes) if changes else self


def _index(items: tuple[Any, ...]) -> dict[int, Any]:
    return {item.id: item for item in items}


@dataclass(frozen=True)
class ProjectState:
    """Everything the checks need, in display order."""

    name: str = "Untitled"
    scheme_id: str = "RACI"
    thresholds: Thresholds = Thresholds()
    roles: tuple[RoleInfo, ...] = ()
    people: tuple[PersonInfo, ...] = ()
    activities: tuple[ActivityInfo, ...] = ()
    cells: Mapping[Cell, frozenset[str]] = field(default_factory=CellMap)
    notes: Mapping[Cell, str] = field(default_factory=lambda: MappingProxyType({}))
    phases: tuple[PhaseInfo, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.cells, CellMap):
            object.__setattr__(self, "cells", CellMap.from_cells(self.cells))

    @property
    def scheme(self) -> Scheme:
        """The project's letter scheme."""
        return SCHEMES[self.scheme_id]

    @property
    def grid(self) -> CellMap:
        """The cells with their row and column indexes."""
        assert isinstance(self.cells, CellMap)
        return self.cells

    def letters(self, activity_id: int, role_id: int) -> frozenset[str]:
        """Letters of one cell (empty when unset)."""
        letters: frozenset[str] = self.grid.row(activity_id).get(role_id, EMPTY)
        return letters

    @cached_property
    def _roles_by_id(self) -> dict[int, RoleInfo]:
        return _index(self.roles)

    @cached_property
    def _people_by_id(self) -> dict[int, PersonInfo]:
        return _index(self.people)

    @cached_property
    def _activities_by_id(self) -> dict[int, ActivityInfo]:
        return _index(self.activities)

    @cached_property
    def _phases_by_id(self) -> dict[int, PhaseInfo]:
        return _index(self.phases)

    @cached_property
    def role_index(self) -> dict[int, int]:
        """Role id -> column index."""
        return {r.id: i for i, r in enumerate(self.roles)}

    @cached_property
    def activity_index(self) -> dict[int, int]:
        """Activity id -> display index."""
        return {a.id: i for i, a in enumerate(self.activities)}

    @cached_property
    def person_index(self) -> dict[int, int]:
        """Person id -> list index."""
        return {p.id: i for i, p in enumerate(self.people)}

    @cached_property
    def phase_index(self) -> dict[int, int]:
        """Phase id -> index."""
        return {p.id: i for i, p in enumerate(self.phases)}

    def role(self, role_id: int) -> RoleInfo:
        """The role with this id."""
        return self._roles_by_id[role_id]

    def person(self, person_id: int) -> PersonInfo:
        """The person with this id."""
        return self._people_by_id[person_id]

    def activity(self, activity_id: int) -> ActivityInfo:
        """The activity with this id."""
        return self._activities_by_id[activity_id]

    def phase(self, phase_id: int) -> PhaseInfo:
        """The phase with this id."""
        return self._phases_by_id[phase_id]

    def has_role(self, role_id: int) -> bool:
        """True when the role exists."""
        return role_id in self._roles_by_id

    def has_person(self, person_id: int) -> bool:
        """True when the person exists."""
        return person_id in self._people_by_id

    def has_activity(self, activity_id: int) -> bool:
        """True when the activity exists."""
        return activity_id in self._activities_by_id

    def has_phase(self, phase_id: int) -> bool:
        """True when the phase exists."""
        return phase_id in self._phases_by_id

    def note(self, activity_id: int, role_id: int) -> str:
        """The note of one cell ('' when none)."""
        return self.notes.get((activity_id, role_id), "")

    def cell_text(self, activity_id: int, role_id: int) -> str:
        """Canonical text of one cell."""
        return self.scheme.format(self.letters(activity_id, role_id))

    def derive(self, **changes: Any) -> ProjectState:
        """A new snapshot with these fields replaced, sharing the indexes of the others."""
        new = replace(self, **changes)
        carried = {
            "roles": ("_roles_by_id", "role_index"),
            "people": ("_people_by_id", "person_index"),
            "activities": ("_activities_by_id", "activity_index"),
            "phases": ("_phases_by_id", "phase_index"),
        }
        for name, caches in carried.items():
            if name in changes:
                continue
            for cache in caches:
                if cache in self.__dict__:
                    new.__dict__[cache] = self.__dict__[cache]
        return new
