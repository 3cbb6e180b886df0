"""The project's history: every committed change as who, when, what, old -> new.

The service describes each operation it applies with :func:`describe` (pure:
the operation, its inverse and the snapshots around it) and writes the entries
to the ``change_log`` table in the same transaction, on a file and on a server
alike. ``raci log`` and the app's History panel read them back with
:func:`read_log`.

A change of many cells at once (an import, a template) is one entry with a
count: a history of 400,000 cell rows would cost as much as the import itself
and help nobody.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, or_, select

from raci.errors import LetterError
from raci.models import ChangeLog
from raci.operations import (
    AddActivities,
    AddPeople,
    AddPhases,
    AddRoles,
    Batch,
    CellValue,
    DeleteActivities,
    DeletePeople,
    DeletePhases,
    DeleteRoles,
    MoveActivity,
    MovePerson,
    MovePhase,
    MoveRole,
    Operation,
    RenamePhase,
    SetCells,
    SetProject,
    SetStaffing,
    UpdateActivity,
    UpdatePerson,
    UpdateRole,
)
from raci.schemes import Scheme
from raci.state import Cell, ProjectState
from raci.wording import counted

CELL_ENTRIES = 200
"""Up to this many changed cells in one operation are recorded one by one."""

LOG = ChangeLog.__table__


def local_moment(at: str) -> datetime | None:
    """A stored time (ISO 8601, UTC when it names no zone) in this computer's time zone;
    None when it is not a time."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_time(at: str) -> str:
    """A stored time in this computer's time zone, to the minute, with the zone's name:
    '2026-12-02 15:03 CET'."""
    moment = local_moment(at)
    return moment.strftime("%Y-%m-%d %H:%M %Z").strip() if moment else at


@dataclass(frozen=True)
class Entry:
    """One line of history (who, when and revision are added when it is written)."""

    action: str
    subject: str
    old: str = ""
    new: str = ""
    activity_id: int | None = None
    role_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class Record:
    """An entry as read back: with its revision, time (UTC, ISO 8601) and author."""

    revision: int
    at: str
    who: str
    entry: Entry


def cell_text(state: ProjectState, value: CellValue) -> str:
    """A cell's letters and note as history shows them."""
    letters = state.scheme.format(value.letters)
    if value.note:
        return f"{letters} (note: {value.note})" if letters else f"(note: {value.note})"
    return letters


class _Namer:
    """Names of things, looked up after the change and, failing that, before it."""

    def __init__(self, before: ProjectState, after: ProjectState) -> None:
        self.states = (after, before)
        self.before = before

    def activity(self, act_id: int) -> str:
        for s in self.states:
            if s.has_activity(act_id):
                return s.activity(act_id).name
        return f"activity {act_id}"

    def role(self, role_id: int) -> str:
        for s in self.states:
            if s.has_role(role_id):
                return s.role(role_id).code
        return f"role {role_id}"

    def role_name(self, role_id: int) -> str:
        for s in self.states:
            if s.has_role(role_id):
                r = s.role(role_id)
                return r.label
        return f"role {role_id}"

    def person(self, person_id: int) -> str:
        for s in self.states:
            if s.has_person(person_id):
                return s.person(person_id).name
        return f"person {person_id}"

    def phase(self, phase_id: int | None) -> str:
        if phase_id is None:
            return "no phase"
        for s in self.states:
            if s.has_phase(phase_id):
                return s.phase(phase_id).name
        return f"phase {phase_id}"


def describe(op: Operation, inverse: Operation, before: ProjectState,
             after: ProjectState) -> list[Entry]:
    """What an applied operation changed, as history entries."""
    return list(_describe(op, inverse, _Namer(before, after), after))


def condense(entries: Sequence[Entry]) -> list[Entry]:
    """One commit's entries, with more than ``CELL_ENTRIES`` of one kind (deleting
    2,000 activities, adding 500 people) made one counted entry, like cells."""
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.action] = counts.get(e.action, 0) + 1
    many = {action for action, n in counts.items() if n > CELL_ENTRIES}
    if not many:
        return list(entries)
    kept = [e for e in entries if e.action not in many]
    for action in sorted(many):
        verb, _, noun = action.rpartition(" ")
        plural = _PLURALS.get(noun, f"{noun}s")
        kept.append(Entry(f"{verb} {plural}".strip(), f"{counts[action]:,} {plural}", "",
                          "changed at once"))
    return kept


_PLURALS = {"activity": "activities", "person": "people"}


def _fields(values: Any, names: Sequence[str]) -> str:
    return "; ".join(f"{n}: {getattr(values, n)}" for n in names if getattr(values, n))


def _cells(old: Mapping[Cell, CellValue], new: Mapping[Cell, CellValue], n: _Namer,
           after: ProjectState) -> Iterator[Entry]:
    """One entry per changed cell, or one counted entry for many."""
    if len(old) > CELL_ENTRIES:
        yield Entry("cells", counted(len(old), "cell", thousands=True), "", "changed at once")
        return
    for (act_id, role_id), was in old.items():
        now = new.get((act_id, role_id), CellValue())
        if now != was:
            yield Entry("cell", f"{n.activity(act_id)} / {n.role(role_id)}",
                        cell_text(n.before, was), cell_text(after, now), act_id, role_id)


def _edit(action: str, subject: str, was: Any, now: Any, names: Sequence[str],
          **about: int) -> Iterator[Entry]:
    """An entry for changed text fields (none when nothing changed)."""
    changed = [name for name in names if getattr(was, name) != getattr(now, name)]
    if changed:
        yield Entry(action, subject, _fields(was, changed), _fields(now, changed), **about)


def _describe(op: Operation, inverse: Operation, n: _Namer, after: ProjectState
              ) -> Iterator[Entry]:
    if isinstance(op, Batch):
        assert isinstance(inverse, Batch)
        for sub, sub_inverse in zip(op.ops, reversed(inverse.ops), strict=True):
            yield from _describe(sub, sub_inverse, n, after)
    elif isinstance(op, SetCells):
        assert isinstance(inverse, SetCells)
        yield from _cells(inverse.values, inverse.expect or {}, n, after)
    elif isinstance(op, SetProject):
        assert isinstance(inverse, SetProject)
        before, after_ = inverse.settings, op.settings
        for label, a, b in (("name", before.name, after_.name),
                            ("scheme", before.scheme, after_.scheme),
                            ("overload threshold", before.thresholds.overload,
                             after_.thresholds.overload),
                            ("max responsible", before.thresholds.max_responsible,
                             after_.thresholds.max_responsible),
                            ("max consulted", before.thresholds.max_consulted,
                             after_.thresholds.max_consulted)):
            if a != b:
                yield Entry("settings", f"project {label}", str(a), str(b))
        # A scheme switch re-letters cells: they are part of what changed.
        yield from _cells(inverse.cells, op.cells, n, after)
    elif isinstance(op, AddRoles):
        assert isinstance(inverse, DeleteRoles)
        for role_id in inverse.ids:
            yield Entry("add role", n.role_name(role_id), "", "added", role_id=role_id)
    elif isinstance(op, DeleteRoles):
        for role_id in op.ids:
            yield Entry("delete role", n.role_name(role_id), "present", "", role_id=role_id)
    elif isinstance(op, UpdateRole):
        assert isinstance(inverse, UpdateRole)
        names: tuple[str, ...] = ("name", "code", "description")
        yield from _edit("edit role", n.role_name(op.id), inverse.fields, op.fields, names,
                         role_id=op.id)
    elif isinstance(op, MoveRole):
        yield Entry("move role", n.role_name(op.id), "", f"to column {op.index + 1}",
                    role_id=op.id)
    elif isinstance(op, AddPeople):
        assert isinstance(inverse, DeletePeople)
        for person_id in inverse.ids:
            yield Entry("add person", n.person(person_id), "", "added", person_id=person_id)
    elif isinstance(op, DeletePeople):
        for person_id in op.ids:
            yield Entry("delete person", n.person(person_id), "present", "",
                        person_id=person_id)
    elif isinstance(op, UpdatePerson):
        assert isinstance(inverse, UpdatePerson)
        names = ("name", "email", "title")
        yield from _edit("edit person", n.person(op.id), inverse.fields, op.fields, names,
                         person_id=op.id)
    elif isinstance(op, MovePerson):
        yield Entry("move person", n.person(op.id), "", f"to row {op.index + 1}",
                    person_id=op.id)
    elif isinstance(op, SetStaffing):
        assert isinstance(inverse, SetStaffing)
        if inverse.fills == op.fills:
            return  # already so: nothing changed
        yield Entry("staffing", f"{n.person(op.person_id)} / {n.role(op.role_id)}",
                    "does not fill" if op.fills else "fills",
                    "fills" if op.fills else "does not fill",
                    role_id=op.role_id, person_id=op.person_id)
    elif isinstance(op, AddPhases):
        assert isinstance(inverse, DeletePhases)
        for phase_id in inverse.ids:
            yield Entry("add phase", n.phase(phase_id), "", "added")
    elif isinstance(op, DeletePhases):
        for phase_id in op.ids:
            yield Entry("delete phase", n.phase(phase_id), "present", "")
    elif isinstance(op, RenamePhase):
        assert isinstance(inverse, RenamePhase)
        stored = inverse.expect or op.name  # the name as cleaned and written
        if stored != inverse.name:
            yield Entry("rename phase", stored, inverse.name, stored)
    elif isinstance(op, MovePhase):
        yield Entry("move phase", n.phase(op.id), "", f"to place {op.index + 1}")
    elif isinstance(op, AddActivities):
        assert isinstance(inverse, DeleteActivities)
        if len(inverse.ids) > CELL_ENTRIES:
            yield Entry("add activities", counted(len(inverse.ids), "activity", thousands=True),
                        "", "added")
            return
        for act_id in inverse.ids:
            yield Entry("add activity", n.activity(act_id), "", "added", activity_id=act_id)
    elif isinstance(op, DeleteActivities):
        for act_id in op.ids:
            yield Entry("delete activity", n.activity(act_id), "present", "",
                        activity_id=act_id)
    elif isinstance(op, UpdateActivity):
        assert isinstance(inverse, UpdateActivity)
        names = ("name", "description", "provenance")
        yield from _edit("edit activity", n.activity(op.id), inverse.fields, op.fields, names,
                         activity_id=op.id)
    elif isinstance(op, MoveActivity):
        assert isinstance(inverse, MoveActivity)
        yield Entry("move activity", n.activity(op.id), n.phase(inverse.phase_id),
                    n.phase(op.phase_id), activity_id=op.id)


_COUNTED = {"add role": ("role", "added"), "add person": ("person", "added"),
            "add phase": ("phase", "added"), "add activity": ("activity", "added"),
            "staffing": ("staffing change", ""), "settings": ("setting change", "")}
"""What a summary counts for each action: a noun, and what happened to it."""
OTHER = ("other change", "")


def summarise(action: str, subject: str, entries: Sequence[Entry]) -> Entry:
    """One entry for a group of changes (a template, an import), with what they added."""
    counts: dict[tuple[str, str], int] = {}
    cells = 0
    for e in entries:
        if e.action == "cell":
            cells += 1
        elif e.action == "cells" or e.action == "add activities":
            n = int(e.subject.split()[0].replace(",", ""))
            if e.action == "cells":
                cells += n
            else:
                counts[_COUNTED["add activity"]] = counts.get(_COUNTED["add activity"], 0) + n
        else:
            label = _COUNTED.get(e.action, OTHER)
            counts[label] = counts.get(label, 0) + 1
    parts = [f"{counted(n, noun, thousands=True)} {verb}".strip()
             for (noun, verb), n in counts.items()]
    if cells:
        parts.append(f"{counted(cells, 'cell', thousands=True)} set")
    return Entry(action, subject, "", ", ".join(parts) or "no change")


def _records(conn: Connection, query: Any) -> list[Record]:
    """The log's entries a query selects, as records."""
    return [
        Record(r.revision, r.at, r.who, Entry(r.action, r.subject, r.old, r.new,
                                               r.activity_id, r.role_id, r.person_id))
        for r in conn.execute(query)
    ]


def read_log(conn: Connection, *, activity_id: int | None = None, role_id: int | None = None,
             person_id: int | None = None, action: str | None = None,
             limit: int = 1000) -> list[Record]:
    """The newest entries first, optionally only those about one activity, role or person."""
    query = select(LOG).order_by(LOG.c.id.desc()).limit(limit)
    if action is not None:
        query = query.where(LOG.c.action == action)
    if activity_id is not None:
        query = query.where(LOG.c.activity_id == activity_id)
    if role_id is not None:
        query = query.where(LOG.c.role_id == role_id)
    if person_id is not None:
        query = query.where(LOG.c.person_id == person_id)
    return _records(conn, query)


def _letters_of(text: str, scheme: Scheme) -> frozenset[str]:
    """The letters of a cell as ``cell_text`` wrote them ("A/R (note: ...)")."""
    if text.startswith("(note: "):
        return frozenset()
    return scheme.parse(text.split(" (note: ", 1)[0])


CELL_NEUTRAL = frozenset({
    "edit role", "move role", "edit activity", "move activity", "add person",
    "delete person", "edit person", "move person", "staffing", "add phase", "delete phase",
    "rename phase", "move phase", "settings", "copy"})
"""Actions whose entries never change a cell's letters without a "cell" entry of its own
(a scheme switch writes one for each cell it re-letters, or one "cells" entry for many;
earlier entries in another scheme's letters either read as what the switch made of them
or not at all)."""


def may_change_cell(entry: Entry, cell: Cell) -> bool:
    """Whether an entry other than "cell" may have changed cell's letters without an
    entry of the cell's own: a change of many cells at once, a template applied, a
    workbook imported, the cell's role or activity deleted or added (an undo, or a new
    one given the id of one deleted)."""
    act_id, role_id = cell
    if entry.action == "cell":
        return False  # the cell's own entries tell their story; another cell's is its own
    if entry.action in CELL_NEUTRAL:
        return False
    return entry.activity_id in (None, act_id) and entry.role_id in (None, role_id)


def letters_before(records: Sequence[Record], letter: str, now: frozenset[str],
                   scheme: Scheme, others: Sequence[Record] = ()) -> frozenset[str] | None:
    """The letters a cell held before it last gained letter, from its "cell" entries
    (newest first) while they account for every change back to then; None when they
    do not: no entry, or a gap (a change of many cells at once, letters of another
    scheme) between what one entry left and what the next one found, or an entry of
    others (any other entries, from then on) that may have changed the cell without
    saying how (``may_change_cell``)."""
    expected = now
    for record in records:
        entry = record.entry
        if entry.action != "cell":
            continue
        try:
            new, old = _letters_of(entry.new, scheme), _letters_of(entry.old, scheme)
        except LetterError:
            return None
        if new != expected:
            return None
        if letter in new and letter not in old:
            if entry.activity_id is None or entry.role_id is None:
                return None
            cell = (entry.activity_id, entry.role_id)
            if any(other.revision >= record.revision and may_change_cell(other.entry, cell)
                   for other in others):
                return None
            return old
        expected = old
    return None


def entries_since(conn: Connection, revision: int, cell: Cell) -> list[Record]:
    """The entries from revision on that may have changed cell without an entry of its
    own (``may_change_cell`` decides; the query leaves out those it never counts)."""
    act_id, role_id = cell
    query = select(LOG).where(
        LOG.c.revision >= revision, LOG.c.action != "cell",
        LOG.c.action.not_in(sorted(CELL_NEUTRAL)),
        or_(LOG.c.activity_id.is_(None), LOG.c.activity_id == act_id),
        or_(LOG.c.role_id.is_(None), LOG.c.role_id == role_id))
    return _records(conn, query)


def last_change(conn: Connection, *, activity_id: int | None = None,
                role_id: int | None = None, person_id: int | None = None,
                action: str | None = None) -> Record | None:
    """The newest entry about a cell, a row, a role or a person (who changed it last)."""
    rows = read_log(conn, activity_id=activity_id, role_id=role_id, person_id=person_id,
                    action=action, limit=1)
    return rows[0] if rows else None
