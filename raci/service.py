"""The one door that changes a project: every edit from the CLI or the app goes here.

Each public method validates its input, changes the database and commits, so a
crash never loses an edit. ``transaction()`` groups several edits into one
commit (a paste, an import, applying a template). Listeners registered with
``subscribe`` learn what changed and which checks it can affect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from raci import db
from raci.checks import Scope, scope_of_cell, scope_of_staffing
from raci.errors import ConflictError, LetterError, NotFoundError, RaciError
from raci.models import Activity, Assignment, Person, Phase, Project, Role, staffing
from raci.schemes import DEFAULT_SCHEME, convert_letters, get_scheme
from raci.state import ActivityInfo, PersonInfo, ProjectState, RoleInfo, Thresholds

KEEP: Any = object()
"""Sentinel: leave this field as it is."""


@dataclass(frozen=True)
class Change:
    """What an edit changed: a short kind ('cell', 'role', ...) and the checks to re-run."""

    kind: str
    scope: Scope
    cells: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class RoleSnapshot:
    """A deleted role with everything needed to restore it."""

    id: int
    name: str
    code: str
    description: str
    position: int
    people: tuple[int, ...]
    cells: Mapping[int, tuple[str, str]]


@dataclass(frozen=True)
class PersonSnapshot:
    """A deleted person with their staffing."""

    id: int
    name: str
    email: str
    title: str
    position: int
    roles: tuple[int, ...]


@dataclass(frozen=True)
class ActivitySnapshot:
    """A deleted activity with its cells."""

    id: int
    name: str
    description: str
    phase_id: int | None
    position: int
    provenance: str
    cells: Mapping[int, tuple[str, str]]


@dataclass(frozen=True)
class PhaseSnapshot:
    """A deleted phase and the activities it held."""

    id: int
    name: str
    position: int
    activities: tuple[int, ...]


@dataclass
class _Pending:
    kinds: list[str] = field(default_factory=list)
    scope: Scope = field(default_factory=Scope)
    cells: list[tuple[int, int]] = field(default_factory=list)


def initials(name: str) -> str:
    """A short code from a role name: 'Technical Product Manager' -> 'TPM'."""
    acronym = re.search(r"\(([A-Z][A-Za-z0-9&]{1,9})\)", name)
    if acronym:
        found: str = acronym.group(1)
        return found
    words: list[str] = re.findall(r"[A-Za-z0-9]+", name)
    if not words:
        return "R"
    if len(words) == 1:
        return words[0][:3].upper()
    return "".join(w[0] for w in words).upper()[:8]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean(text: str | None, what: str) -> str:
    value = " ".join((text or "").split())
    if not value:
        raise RaciError(f"{what} cannot be empty")
    bad = _CONTROL.search(value)
    if bad:
        raise RaciError(f"{what} {value!r} contains the control character "
                        f"U+{ord(bad.group()):04X}; remove it")
    return value


class ProjectService:
    """Opens one project file and changes it on behalf of the CLI and the app."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._session = db.session_factory(engine)()
        self._depth = 0
        self._state: ProjectState | None = None
        self._listeners: list[Callable[[Change], None]] = []
        self._pending = _Pending()

    # --- files ------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, name: str | None = None, scheme: str = DEFAULT_SCHEME,
        fresh: bool = False,
    ) -> ProjectService:
        """Create a new project file and return a service for it.

        ``fresh``: path is an empty file the caller has just created exclusively.
        """
        scheme_id = get_scheme(scheme).id
        engine = db.create_file(path, fresh)
        service = cls(engine, path)
        try:
            with service.transaction():
                service._session.add(
                    Project(
                        id=1,
                        name=_clean(name or path.stem, "The project name"),
                        scheme=scheme_id,
                        overload_threshold=Thresholds().overload,
                        max_responsible=Thresholds().max_responsible,
                        max_consulted=Thresholds().max_consulted,
                    )
                )
        except BaseException:
            service.close()
            db.remove_file(path)
            raise
        return service

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> ProjectService:
        """Open an existing project file (checked and migrated first).

        ``read_only`` never writes to the file (a project another writer holds).
        """
        engine = db.open_file(path, read_only)
        service = cls(engine, path)
        if service._session.get(Project, 1) is None:
            service.close()
            raise RaciError(f"{path}: the project settings row is missing; the file is damaged")
        return service

    @classmethod
    def in_memory(cls, name: str = "Untitled", scheme: str = DEFAULT_SCHEME) -> ProjectService:
        """A throwaway project in memory (previews, tests, imports before saving)."""
        from sqlalchemy.pool import StaticPool

        engine = db.create_engine_memory(StaticPool)
        db.upgrade(engine)
        service = cls(engine, None)
        with service.transaction():
            service._session.add(Project(id=1, name=name, scheme=get_scheme(scheme).id,
                                         overload_threshold=Thresholds().overload,
                                         max_responsible=Thresholds().max_responsible,
                                         max_consulted=Thresholds().max_consulted))
        return service

    def close(self) -> None:
        """Close the session and release the file."""
        self._session.close()
        self.engine.dispose()

    def save_copy(self, target: Path) -> None:
        """Write a copy of the project to target (SQLite backup API)."""
        db.backup(self.engine, target)

    # --- change plumbing --------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call listener after each committed change; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group edits into one commit; on error, nothing of the group is kept."""
        self._depth += 1
        try:
            yield
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                self._session.rollback()
                self._state = None
                self._pending = _Pending()
            if isinstance(exc, SQLAlchemyError):
                reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                raise RaciError(f"the change could not be saved ({reason})") from exc
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                self._session.commit()
            except SQLAlchemyError as exc:
                self._session.rollback()
                self._state = None
                self._pending = _Pending()
                raise RaciError(f"the change could not be saved: {exc.__class__.__name__}") from exc
            pending, self._pending = self._pending, _Pending()
            self._state = None
            if pending.kinds:
                change = Change(
                    pending.kinds[0] if len(set(pending.kinds)) == 1 else "bulk",
                    pending.scope,
                    tuple(pending.cells),
                )
                for listener in list(self._listeners):
                    listener(change)

    def _changed(self, kind: str, scope: Scope, cells: Iterable[tuple[int, int]] = ()) -> None:
        self._pending.kinds.append(kind)
        self._pending.scope = self._pending.scope | scope
        self._pending.cells.extend(cells)
        self._state = None

    # --- reading ----------------------------------------------------------------------

    @property
    def project(self) -> Project:
        """The settings row."""
        project = self._session.get(Project, 1)
        assert project is not None
        return project

    def roles(self) -> list[Role]:
        """Roles in column order."""
        return list(self._session.scalars(select(Role).order_by(Role.position, Role.id)))

    def people(self) -> list[Person]:
        """People in list order."""
        return list(self._session.scalars(select(Person).order_by(Person.position, Person.id)))

    def phases(self) -> list[Phase]:
        """Phases in order."""
        return list(self._session.scalars(select(Phase).order_by(Phase.position, Phase.id)))

    def activities(self) -> list[Activity]:
        """Activities in display order: grouped by phase, unphased last."""
        phase_pos = {p.id: p.position for p in self.phases()}
        acts = list(self._session.scalars(select(Activity)))
        return sorted(
            acts,
            key=lambda a: (
                a.phase_id is None,
                phase_pos.get(a.phase_id, 0) if a.phase_id is not None else 0,
                a.position,
                a.id,
            ),
        )

    def state(self) -> ProjectState:
        """An immutable snapshot of the whole project (cached until the next change)."""
        if self._state is None:
            self._state = self._build_state()
        return self._state

    def _build_state(self) -> ProjectState:
        project = self.project
        staff = list(self._session.execute(select(staffing.c.person_id, staffing.c.role_id)))
        roles = self.roles()
        people = self.people()
        role_order = {r.id: i for i, r in enumerate(roles)}
        person_order = {p.id: i for i, p in enumerate(people)}
        by_role: dict[int, list[int]] = {r.id: [] for r in roles}
        by_person: dict[int, list[int]] = {p.id: [] for p in people}
        for person_id, role_id in staff:
            by_role[role_id].append(person_id)
            by_person[person_id].append(role_id)
        phase_names = {p.id: p.name for p in self.phases()}
        cells: dict[tuple[int, int], frozenset[str]] = {}
        notes: dict[tuple[int, int], str] = {}
        for cell in self._session.scalars(select(Assignment)):
            if cell.letters:
                cells[(cell.activity_id, cell.role_id)] = frozenset(cell.letters)
            if cell.note:
                notes[(cell.activity_id, cell.role_id)] = cell.note
        return ProjectState(
            name=project.name,
            scheme_id=project.scheme,
            thresholds=Thresholds(
                project.overload_threshold, project.max_responsible, project.max_consulted
            ),
            roles=tuple(
                RoleInfo(
                    r.id, r.name, r.code, r.description,
                    tuple(sorted(by_role[r.id], key=person_order.__getitem__)),
                )
                for r in roles
            ),
            people=tuple(
                PersonInfo(
                    p.id, p.name, p.email, p.title,
                    tuple(sorted(by_person[p.id], key=role_order.__getitem__)),
                )
                for p in people
            ),
            activities=tuple(
                ActivityInfo(
                    a.id, a.name, phase_names.get(a.phase_id, "") if a.phase_id else "",
                    a.description, a.provenance,
                )
                for a in self.activities()
            ),
            cells=MappingProxyType(cells),
            notes=MappingProxyType(notes),
        )

    # --- look-ups by name -------------------------------------------------------------

    def find_role(self, name_or_code: str) -> Role:
        """A role by name or code, case-insensitive."""
        key = name_or_code.strip().casefold()
        for role in self.roles():
            if key in (role.name.casefold(), role.code.casefold()):
                return role
        known = ", ".join(f"{r.name} ({r.code})" for r in self.roles()) or "none yet"
        raise NotFoundError(f"no role named {name_or_code!r}; roles: {known}")

    def find_person(self, name: str) -> Person:
        """A person by name, case-insensitive."""
        key = name.strip().casefold()
        for person in self.people():
            if person.name.casefold() == key:
                return person
        raise NotFoundError(f"no person named {name!r}; add them with 'raci person add'")

    def find_activity(self, name: str) -> Activity:
        """An activity by name (case-insensitive) or by its row number (1-based)."""
        acts = self.activities()
        key = name.strip().casefold()
        matches = [a for a in acts if a.name.casefold() == key]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(
                f"{len(matches)} activities are named {name!r}; use the row number instead"
            )
        if key.isdigit() and 1 <= int(key) <= len(acts):
            return acts[int(key) - 1]
        raise NotFoundError(f"no activity named {name!r}; add it with 'raci activity add'")

    def find_phase(self, name: str) -> Phase | None:
        """A phase by name, case-insensitive, or None."""
        key = name.strip().casefold()
        return next((p for p in self.phases() if p.name.casefold() == key), None)

    def _get(self, model: type[Any], ident: int, what: str) -> Any:
        obj = self._session.get(model, ident)
        if obj is None:
            raise NotFoundError(f"{what} #{ident} no longer exists")
        return obj

    # --- project settings -------------------------------------------------------------

    def rename_project(self, name: str) -> str:
        """Rename the project; returns the old name."""
        with self.transaction():
            old = self.project.name
            self.project.name = _clean(name, "The project name")
            self._changed("project", Scope())
        return old

    def set_thresholds(
        self, overload: int | None = None, max_responsible: int | None = None,
        max_consulted: int | None = None,
    ) -> Thresholds:
        """Change check thresholds; returns the old ones."""
        for value, what in (
            (overload, "overload threshold"),
            (max_responsible, "maximum responsible"),
            (max_consulted, "maximum consulted"),
        ):
            if value is not None and value < 0:
                raise RaciError(f"the {what} must be 0 or more, not {value}")
        with self.transaction():
            p = self.project
            old = Thresholds(p.overload_threshold, p.max_responsible, p.max_consulted)
            if overload is not None:
                p.overload_threshold = overload
            if max_responsible is not None:
                p.max_responsible = max_responsible
            if max_consulted is not None:
                p.max_consulted = max_consulted
            self._changed("settings", Scope(everything=True))
        return old

    def scheme_conversion(self, scheme: str) -> dict[tuple[int, int], frozenset[str]]:
        """New letters of every cell under another scheme, or an error saying why not."""
        target = get_scheme(scheme)
        state = self.state()
        source = state.scheme
        out: dict[tuple[int, int], frozenset[str]] = {}
        for (act_id, role_id), letters in state.cells.items():
            converted = convert_letters(letters, source, target)
            if converted is None:
                lost = sorted(set(letters) - {source.owner, source.doer} - set(target.codes))
                raise LetterError(
                    f"cannot switch to {target.id}: '{state.activity(act_id).name}' / "
                    f"{state.role(role_id).code} uses {', '.join(lost)}, which {target.id} "
                    f"does not have; change those cells first"
                )
            out[(act_id, role_id)] = converted
        return out

    def set_scheme(self, scheme: str) -> str:
        """Switch the letter scheme, mapping every cell; returns the old scheme id."""
        mapping = self.scheme_conversion(scheme)
        target = get_scheme(scheme)
        with self.transaction():
            old = self.project.scheme
            self.project.scheme = target.id
            for (act_id, role_id), letters in mapping.items():
                self._write_cell(act_id, role_id, letters, None, target.codes)
            self._changed("settings", Scope(everything=True), mapping.keys())
        return old

    # --- roles ------------------------------------------------------------------------

    def _unique_code(self, code: str, ignore: int | None = None) -> str:
        taken = {r.code.casefold() for r in self.roles() if r.id != ignore}
        if code.casefold() not in taken:
            return code
        n = 2
        while f"{code}{n}".casefold() in taken:
            n += 1
        return f"{code}{n}"

    def _check_role_name(self, name: str, code: str, ignore: int | None = None) -> None:
        for role in self.roles():
            if role.id == ignore:
                continue
            if role.name.casefold() == name.casefold():
                raise ConflictError(f"a role named {role.name!r} already exists")
            if role.code.casefold() == code.casefold():
                raise ConflictError(f"the code {code!r} is already used by {role.name}")

    def add_role(
        self, name: str, code: str | None = None, description: str = "",
        position: int | None = None, role_id: int | None = None,
    ) -> int:
        """Add a role column (at the end unless position is given); returns its id."""
        name = _clean(name, "A role name")
        if code:
            code = _clean(code, "A role code")
            if len(code) > 20:
                raise RaciError(f"the role code {code!r} is longer than 20 characters")
        else:
            code = self._unique_code(initials(name))
        self._check_role_name(name, code)
        with self.transaction():
            roles = self.roles()
            role = Role(
                name=name, code=code, description=description.strip(), position=len(roles)
            )
            if role_id is not None:
                role.id = role_id
            self._session.add(role)
            self._session.flush()
            if position is not None:
                self._reorder(roles, role, position)
            self._changed("role", Scope(set(), {role.id}, set(), True))
        return role.id

    def update_role(
        self, role_id: int, name: str = KEEP, code: str = KEEP, description: str = KEEP
    ) -> dict[str, str]:
        """Change a role's fields; returns the old values of the fields changed."""
        role = self._get(Role, role_id, "role")
        new_name = role.name if name is KEEP else _clean(name, "A role name")
        new_code = role.code if code is KEEP else _clean(code, "A role code")
        self._check_role_name(new_name, new_code, ignore=role_id)
        old = {"name": role.name, "code": role.code, "description": role.description}
        with self.transaction():
            role.name, role.code = new_name, new_code
            if description is not KEEP:
                role.description = description.strip()
            rows = {a for (a, r) in self.state().cells if r == role_id}
            self._changed("role", Scope(rows, {role_id}, set(role_id_people(role)), True))
        return old

    def delete_role(self, role_id: int) -> RoleSnapshot:
        """Delete a role and its cells; the snapshot restores it exactly."""
        role = self._get(Role, role_id, "role")
        cells = {
            a.activity_id: (a.letters, a.note)
            for a in self._session.scalars(select(Assignment).where(Assignment.role_id == role_id))
        }
        snap = RoleSnapshot(
            role.id, role.name, role.code, role.description, self.roles().index(role),
            tuple(p.id for p in role.people), MappingProxyType(cells),
        )
        with self.transaction():
            people = set(role_id_people(role))
            self._session.delete(role)
            self._session.flush()
            self._session.expire_all()
            self._changed("role", Scope(set(cells), set(), people, True, everything=True))
        return snap

    def restore_role(self, snap: RoleSnapshot) -> None:
        """Undo a delete_role."""
        with self.transaction():
            self.add_role(snap.name, snap.code, snap.description, snap.position, snap.id)
            for person_id in snap.people:
                self._session.execute(insert(staffing).values(person_id=person_id, role_id=snap.id))
            for act_id, (letters, note) in snap.cells.items():
                self._session.add(
                    Assignment(activity_id=act_id, role_id=snap.id, letters=letters, note=note)
                )
            self._session.expire_all()
            self._changed("role", Scope(everything=True))

    def move_role(self, role_id: int, index: int) -> int:
        """Move a role column to index; returns its old index."""
        role = self._get(Role, role_id, "role")
        roles = self.roles()
        old = roles.index(role)
        with self.transaction():
            self._reorder([r for r in roles if r.id != role_id], role, index)
            self._changed("order", Scope())
        return old

    @staticmethod
    def _reorder(items: list[Any], item: Any, index: int) -> None:
        items = [i for i in items if i is not item]
        index = max(0, min(index, len(items)))
        items.insert(index, item)
        for pos, obj in enumerate(items):
            obj.position = pos

    # --- people -----------------------------------------------------------------------

    def _check_person_name(self, name: str, ignore: int | None = None) -> None:
        for person in self.people():
            if person.id != ignore and person.name.casefold() == name.casefold():
                raise ConflictError(f"a person named {person.name!r} already exists")

    def add_person(
        self, name: str, email: str = "", title: str = "", roles: Iterable[int] = (),
        position: int | None = None, person_id: int | None = None,
    ) -> int:
        """Add a person, optionally staffed in roles; returns their id."""
        name = _clean(name, "A person's name")
        self._check_person_name(name)
        email = email.strip()
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
            raise RaciError(f"{email!r} does not look like an email address")
        first = not self.people()
        with self.transaction():
            people = self.people()
            person = Person(name=name, email=email, title=title.strip(), position=len(people))
            if person_id is not None:
                person.id = person_id
            self._session.add(person)
            self._session.flush()
            if position is not None:
                self._reorder(people, person, position)
            for role_id in roles:
                self._get(Role, role_id, "role")
                self._session.execute(insert(staffing).values(person_id=person.id, role_id=role_id))
            self._session.expire_all()
            self._changed("person", Scope(set(), set(roles), {person.id}, True, everything=first))
        return person.id

    def update_person(
        self, person_id: int, name: str = KEEP, email: str = KEEP, title: str = KEEP
    ) -> dict[str, str]:
        """Change a person's fields; returns the old values."""
        person = self._get(Person, person_id, "person")
        old = {"name": person.name, "email": person.email, "title": person.title}
        with self.transaction():
            if name is not KEEP:
                name = _clean(name, "A person's name")
                self._check_person_name(name, ignore=person_id)
                person.name = name
            if email is not KEEP:
                email = email.strip()
                if email and not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
                    raise RaciError(f"{email!r} does not look like an email address")
                person.email = email
            if title is not KEEP:
                person.title = title.strip()
            rows = {a for (a, r) in self.state().cells if r in {x.id for x in person.roles}}
            self._changed("person", Scope(rows, set(), {person_id}, True))
        return old

    def delete_person(self, person_id: int) -> PersonSnapshot:
        """Delete a person (and their staffing); the snapshot restores them."""
        person = self._get(Person, person_id, "person")
        snap = PersonSnapshot(
            person.id, person.name, person.email, person.title, self.people().index(person),
            tuple(r.id for r in person.roles),
        )
        with self.transaction():
            self._session.delete(person)
            self._session.flush()
            self._session.expire_all()
            self._changed("person", Scope(everything=True))
        return snap

    def restore_person(self, snap: PersonSnapshot) -> None:
        """Undo a delete_person."""
        self.add_person(
            snap.name, snap.email, snap.title, snap.roles, snap.position, snap.id
        )

    def move_person(self, person_id: int, index: int) -> int:
        """Move a person in the list; returns the old index."""
        person = self._get(Person, person_id, "person")
        people = self.people()
        old = people.index(person)
        with self.transaction():
            self._reorder(people, person, index)
            self._changed("order", Scope())
        return old

    def set_staffing(self, person_id: int, role_id: int, fills: bool) -> bool:
        """Say whether a person fills a role; returns whether they did before."""
        self._get(Person, person_id, "person")
        self._get(Role, role_id, "role")
        before = self._session.execute(
            select(func.count()).select_from(staffing).where(
                staffing.c.person_id == person_id, staffing.c.role_id == role_id
            )
        ).scalar_one() > 0
        if before == fills:
            return before
        with self.transaction():
            if fills:
                self._session.execute(insert(staffing).values(person_id=person_id, role_id=role_id))
            else:
                self._session.execute(
                    delete(staffing).where(
                        staffing.c.person_id == person_id, staffing.c.role_id == role_id
                    )
                )
            self._session.expire_all()
            self._changed("staffing", scope_of_staffing(self.state(), person_id, role_id))
        return before

    # --- phases -----------------------------------------------------------------------

    def add_phase(self, name: str, position: int | None = None, phase_id: int | None = None) -> int:
        """Add a phase (at the end unless position is given); returns its id."""
        name = _clean(name, "A phase name")
        if self.find_phase(name) is not None:
            raise ConflictError(f"a phase named {name!r} already exists")
        with self.transaction():
            phases = self.phases()
            phase = Phase(name=name, position=len(phases))
            if phase_id is not None:
                phase.id = phase_id
            self._session.add(phase)
            self._session.flush()
            if position is not None:
                self._reorder(phases, phase, position)
            self._changed("phase", Scope())
        return phase.id

    def ensure_phase(self, name: str) -> int | None:
        """The id of the phase with this name, created if needed; None for a blank name."""
        if not name or not name.strip():
            return None
        phase = self.find_phase(name)
        return phase.id if phase else self.add_phase(name)

    def rename_phase(self, phase_id: int, name: str) -> str:
        """Rename a phase; returns the old name."""
        phase = self._get(Phase, phase_id, "phase")
        name = _clean(name, "A phase name")
        other = self.find_phase(name)
        if other is not None and other.id != phase_id:
            raise ConflictError(f"a phase named {name!r} already exists")
        old: str = phase.name
        with self.transaction():
            phase.name = name
            self._changed("phase", Scope())
        return old

    def delete_phase(self, phase_id: int) -> PhaseSnapshot:
        """Delete a phase; its activities stay, without a phase."""
        phase = self._get(Phase, phase_id, "phase")
        acts = tuple(a.id for a in self.activities() if a.phase_id == phase_id)
        snap = PhaseSnapshot(phase.id, phase.name, self.phases().index(phase), acts)
        with self.transaction():
            for act_id in acts:
                self._get(Activity, act_id, "activity").phase_id = None
            self._session.delete(phase)
            self._changed("phase", Scope())
        return snap

    def restore_phase(self, snap: PhaseSnapshot) -> None:
        """Undo a delete_phase."""
        with self.transaction():
            self.add_phase(snap.name, snap.position, snap.id)
            for act_id in snap.activities:
                self._get(Activity, act_id, "activity").phase_id = snap.id
            self._changed("phase", Scope())

    def move_phase(self, phase_id: int, index: int) -> int:
        """Move a phase (and its activities); returns its old index."""
        phase = self._get(Phase, phase_id, "phase")
        phases = self.phases()
        old = phases.index(phase)
        with self.transaction():
            self._reorder(phases, phase, index)
            self._renumber_activities()
            self._changed("order", Scope())
        return old

    # --- activities -------------------------------------------------------------------

    def add_activity(
        self, name: str, phase_id: int | None = None, description: str = "",
        provenance: str = "", index: int | None = None, activity_id: int | None = None,
    ) -> int:
        """Add an activity row (last in its phase unless index is given); returns its id."""
        name = _clean(name, "An activity name")
        if phase_id is not None:
            self._get(Phase, phase_id, "phase")
        with self.transaction():
            acts = self.activities()
            act = Activity(
                name=name, description=description.strip(), phase_id=phase_id,
                position=len(acts), provenance=provenance,
            )
            if activity_id is not None:
                act.id = activity_id
            self._session.add(act)
            self._session.flush()
            if index is not None:
                ordered = [a for a in self.activities() if a.id != act.id]
                self._reorder(ordered, act, index)
            self._renumber_activities()
            self._changed("activity", Scope({act.id}, set(), set(), True))
        return act.id

    def update_activity(
        self, activity_id: int, name: str = KEEP, description: str = KEEP,
        phase_id: int | None = KEEP, provenance: str = KEEP,
    ) -> dict[str, Any]:
        """Change an activity's fields; returns the old values."""
        act = self._get(Activity, activity_id, "activity")
        old = {
            "name": act.name, "description": act.description, "phase_id": act.phase_id,
            "provenance": act.provenance,
        }
        with self.transaction():
            if name is not KEEP:
                act.name = _clean(name, "An activity name")
            if description is not KEEP:
                act.description = description.strip()
            if provenance is not KEEP:
                act.provenance = provenance
            if phase_id is not KEEP:
                if phase_id is not None:
                    self._get(Phase, phase_id, "phase")
                act.phase_id = phase_id
                self._renumber_activities()
            self._changed("activity", Scope({activity_id}, set(), set(), True))
        return old

    def delete_activity(self, activity_id: int) -> ActivitySnapshot:
        """Delete an activity and its cells; the snapshot restores it exactly."""
        act = self._get(Activity, activity_id, "activity")
        cells = {
            a.role_id: (a.letters, a.note)
            for a in self._session.scalars(
                select(Assignment).where(Assignment.activity_id == activity_id)
            )
        }
        snap = ActivitySnapshot(
            act.id, act.name, act.description, act.phase_id, self.activities().index(act),
            act.provenance, MappingProxyType(cells),
        )
        state = self.state()
        people = {p for r in cells for p in state.role(r).people}
        with self.transaction():
            self._session.delete(act)
            self._session.flush()
            self._renumber_activities()
            self._changed("activity", Scope(set(), set(cells), people, True))
        return snap

    def restore_activity(self, snap: ActivitySnapshot) -> None:
        """Undo a delete_activity."""
        with self.transaction():
            self.add_activity(
                snap.name, snap.phase_id, snap.description, snap.provenance, snap.position,
                snap.id,
            )
            for role_id, (letters, note) in snap.cells.items():
                self._session.add(
                    Assignment(activity_id=snap.id, role_id=role_id, letters=letters, note=note)
                )
            state_roles = set(snap.cells)
            self._changed("activity", Scope({snap.id}, state_roles, set(), True, everything=True))

    def move_activity(self, activity_id: int, index: int, phase_id: int | None = KEEP) -> tuple[
        int, int | None
    ]:
        """Move an activity to a display index; returns (old index, old phase id).

        Unless phase_id is given, the activity joins the phase of the row it lands
        after (or before, at the top), so dragging across a phase boundary moves it
        into that phase.
        """
        act = self._get(Activity, activity_id, "activity")
        ordered = self.activities()
        old = (ordered.index(act), act.phase_id)
        rest = [a for a in ordered if a.id != activity_id]
        index = max(0, min(index, len(rest)))
        with self.transaction():
            if phase_id is KEEP:
                neighbour = rest[index - 1] if index > 0 else (rest[0] if rest else None)
                phase_id = neighbour.phase_id if neighbour is not None else act.phase_id
            act.phase_id = phase_id
            rest.insert(index, act)
            for pos, a in enumerate(rest):
                a.position = pos
            self._renumber_activities()
            self._changed("order", Scope())
        return old

    def _renumber_activities(self) -> None:
        self._session.flush()
        for pos, a in enumerate(self.activities()):
            a.position = pos

    # --- cells ------------------------------------------------------------------------

    def _write_cell(
        self, activity_id: int, role_id: int, letters: frozenset[str], note: str | None,
        order: tuple[str, ...],
    ) -> None:
        cell = self._session.get(Assignment, (activity_id, role_id))
        text = "".join(c for c in order if c in letters)
        if cell is None:
            if text or note:
                self._session.add(
                    Assignment(
                        activity_id=activity_id, role_id=role_id, letters=text, note=note or ""
                    )
                )
            return
        if note is not None:
            cell.note = note
        cell.letters = text
        if not text and not cell.note:
            self._session.delete(cell)

    def set_note(self, activity_id: int, role_id: int, note: str) -> str:
        """Set the free-text note of a cell (letters unchanged); returns the old note."""
        self._get(Activity, activity_id, "activity")
        self._get(Role, role_id, "role")
        note = note.strip()
        with self.transaction():
            cell = self._session.get(Assignment, (activity_id, role_id))
            old = cell.note if cell is not None else ""
            if cell is None:
                if note:
                    self._session.add(Assignment(activity_id=activity_id, role_id=role_id,
                                                 letters="", note=note))
            else:
                cell.note = note
                if not note and not cell.letters:
                    self._session.delete(cell)
            self._changed("note", Scope(), [(activity_id, role_id)])
        return old

    def parse(self, text: str | None) -> frozenset[str]:
        """Parse cell text with the project's scheme."""
        return get_scheme(self.project.scheme).parse(text)

    def set_cell(
        self, activity_id: int, role_id: int, letters: str | Iterable[str] | None,
        note: str | None = None,
    ) -> frozenset[str]:
        """Set one cell's letters (text is parsed); returns the letters it had before."""
        return self.set_cells({(activity_id, role_id): letters}, note=note)[(activity_id, role_id)]

    def set_cells(
        self, cells: Mapping[tuple[int, int], str | Iterable[str] | None], note: str | None = None
    ) -> dict[tuple[int, int], frozenset[str]]:
        """Set many cells in one transaction; returns each cell's previous letters."""
        scheme = get_scheme(self.project.scheme)
        parsed: dict[tuple[int, int], frozenset[str]] = {}
        for key, value in cells.items():
            if value is None or isinstance(value, str):
                parsed[key] = scheme.parse(value)
            else:
                letters = frozenset(value)
                scheme.parse("".join(letters))
                parsed[key] = letters
        state = self.state()
        act_ids = {a.id for a in state.activities}
        role_ids = {r.id for r in state.roles}
        before: dict[tuple[int, int], frozenset[str]] = {}
        scope = Scope()
        for act_id, role_id in parsed:
            if act_id not in act_ids:
                raise NotFoundError(f"activity #{act_id} no longer exists")
            if role_id not in role_ids:
                raise NotFoundError(f"role #{role_id} no longer exists")
            before[(act_id, role_id)] = state.letters(act_id, role_id)
            scope = scope | scope_of_cell(state, act_id, role_id)
        with self.transaction():
            for (act_id, role_id), letters in parsed.items():
                self._write_cell(act_id, role_id, letters, note, scheme.codes)
            self._changed("cell", scope, parsed.keys())
        return before


def role_id_people(role: Role) -> list[int]:
    """Ids of the people who fill a role."""
    return [p.id for p in role.people]
