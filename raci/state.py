"""An immutable snapshot of a project, the input of every check and export.

Snapshots are plain frozen dataclasses: the checks, the Excel writer and the
tests can build and read them without a database or a window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from raci.models import DEFAULT_MAX_CONSULTED, DEFAULT_MAX_RESPONSIBLE, DEFAULT_OVERLOAD
from raci.schemes import SCHEMES, Scheme


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


@dataclass(frozen=True)
class PersonInfo:
    """A person and the roles they fill."""

    id: int
    name: str
    email: str = ""
    title: str = ""
    roles: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActivityInfo:
    """An activity row."""

    id: int
    name: str
    phase: str = ""
    description: str = ""
    provenance: str = ""


Cells = Mapping[tuple[int, int], frozenset[str]]


@dataclass(frozen=True)
class ProjectState:
    """Everything the checks need, in display order."""

    name: str = "Untitled"
    scheme_id: str = "RACI"
    thresholds: Thresholds = Thresholds()
    roles: tuple[RoleInfo, ...] = ()
    people: tuple[PersonInfo, ...] = ()
    activities: tuple[ActivityInfo, ...] = ()
    cells: Cells = field(default_factory=lambda: MappingProxyType({}))
    notes: Mapping[tuple[int, int], str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def scheme(self) -> Scheme:
        """The project's letter scheme."""
        return SCHEMES[self.scheme_id]

    def letters(self, activity_id: int, role_id: int) -> frozenset[str]:
        """Letters of one cell (empty when unset)."""
        return self.cells.get((activity_id, role_id), frozenset())

    @cached_property
    def _roles_by_id(self) -> dict[int, RoleInfo]:
        return {r.id: r for r in self.roles}

    @cached_property
    def _people_by_id(self) -> dict[int, PersonInfo]:
        return {p.id: p for p in self.people}

    @cached_property
    def _activities_by_id(self) -> dict[int, ActivityInfo]:
        return {a.id: a for a in self.activities}

    def role(self, role_id: int) -> RoleInfo:
        """The role with this id."""
        return self._roles_by_id[role_id]

    def person(self, person_id: int) -> PersonInfo:
        """The person with this id."""
        return self._people_by_id[person_id]

    def activity(self, activity_id: int) -> ActivityInfo:
        """The activity with this id."""
        return self._activities_by_id[activity_id]

    def cell_text(self, activity_id: int, role_id: int) -> str:
        """Canonical text of one cell."""
        return self.scheme.format(self.letters(activity_id, role_id))
