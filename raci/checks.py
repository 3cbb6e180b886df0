"""The checks: pure rules over a ProjectState that produce findings.

Rules are grouped by what they look at, so an edit can re-run only what it can
affect (see :class:`IncrementalChecker`):

* activity rules read one row (and the staffing of the roles in it);
* role and person rules read a column, or a person's columns;
* name rules compare the names of activities, roles and people.

``check_project`` runs everything; the incremental checker agrees with it
(a property test holds it to that).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from raci.schemes import Scheme
from raci.state import ProjectState
from raci.wording import counted

NEAR_DUPLICATE_SCORE = 90.0


class Severity(StrEnum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

RULES: dict[str, tuple[Severity, str]] = {
    "missing-accountable": (Severity.ERROR, "no role holds the owner letter"),
    "multiple-accountable": (Severity.ERROR, "more than one role holds the owner letter"),
    "missing-responsible": (Severity.ERROR, "no role holds the doer letter"),
    "shared-accountable": (Severity.WARNING, "two or more people fill the owner role"),
    "unstaffed-role": (Severity.WARNING, "a role that owns or does work has nobody in it"),
    "overloaded": (Severity.WARNING, "a role or person owns or does too many activities"),
    "too-many-responsible": (Severity.WARNING, "too many doers on one activity"),
    "too-many-consulted": (Severity.INFO, "too many consulted on one activity"),
    "idle-role": (Severity.INFO, "a role holds no letters anywhere"),
    "idle-person": (Severity.INFO, "a person fills no role, or only idle roles"),
    "duplicate-name": (Severity.WARNING, "two names are the same or nearly the same"),
    "odd-letters": (Severity.WARNING, "a cell mixes letters that do not go together"),
}


@dataclass(frozen=True, order=True)
class Finding:
    """One problem found by a rule, with what it concerns and a plain message."""

    rule: str
    message: str
    activity_id: int | None = None
    role_id: int | None = None
    person_id: int | None = None
    activity: str = field(default="", compare=False)
    role: str = field(default="", compare=False)
    person: str = field(default="", compare=False)

    @property
    def severity(self) -> Severity:
        """The rule's severity."""
        return RULES[self.rule][0]

    def as_dict(self) -> dict[str, str | None]:
        """The JSON form used by ``raci validate --json``."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "activity": self.activity or None,
            "role": self.role or None,
            "person": self.person or None,
            "message": self.message,
        }


def _names(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# --- activity rules -------------------------------------------------------------------


def odd_letters(scheme: Scheme, letters: frozenset[str]) -> str:
    """What is wrong with letters that do not go together in one cell ("holds C/I, letters
    that do not go together: keep one (only A and R combine)"), or "" when they do: the
    rule of the odd-letters finding, for any table of letters (the matrix, a draft)."""
    if len(letters) < 2 or scheme.sensible(letters):
        return ""
    return (f"holds {scheme.format(letters)}, letters that do not go together: keep one "
            f"(only {scheme.owner} and {scheme.doer} combine)")


def check_activity(state: ProjectState, activity_id: int) -> list[Finding]:
    """Every activity-level finding for one row."""
    scheme = state.scheme
    act = state.activity(activity_id)
    has_people = bool(state.people)
    out: list[Finding] = []

    def add(rule: str, message: str, role_id: int | None = None, role: str = "") -> None:
        out.append(Finding(rule, message, act.id, role_id, None, act.name, role))

    row = state.grid.row(act.id)
    held = sorted(row, key=state.role_index.__getitem__)
    owners = [state.role(r) for r in held if scheme.owner in row[r]]
    doers = [state.role(r) for r in held if scheme.doer in row[r]]
    consulted = [r for r in held if scheme.consulted in row[r]]
    owner_word = scheme.letter(scheme.owner).name
    doer_word = scheme.letter(scheme.doer).name

    if not owners:
        add(
            "missing-accountable",
            f"'{act.name}' has no {owner_word} ({scheme.owner}): give exactly one role "
            f"the {scheme.owner}",
        )
    elif len(owners) > 1:
        add(
            "multiple-accountable",
            f"'{act.name}' has {len(owners)} {owner_word} roles "
            f"({_names(r.code for r in owners)}): keep exactly one {scheme.owner}",
        )
    if not doers:
        add(
            "missing-responsible",
            f"'{act.name}' has no {doer_word} ({scheme.doer}): nobody is doing the work",
        )
    elif len(doers) > state.thresholds.max_responsible:
        add(
            "too-many-responsible",
            f"'{act.name}' has {counted(len(doers), f'{doer_word} role')}, more than "
            f"{state.thresholds.max_responsible}: consider splitting it",
        )
    for role_id in held:  # only the filled cells, in column order
        odd = odd_letters(scheme, row[role_id])
        if odd:
            role = state.role(role_id)
            add("odd-letters", f"'{act.name}': {role.label} {odd}", role.id, role.name)
    if len(consulted) > state.thresholds.max_consulted:
        add(
            "too-many-consulted",
            f"'{act.name}' consults {counted(len(consulted), 'role')}, more than "
            f"{state.thresholds.max_consulted}: consider informing some instead",
        )
    if has_people:
        for role in owners:
            if len(role.people) > 1 and len(owners) == 1:
                names = _names(state.person(p).name for p in role.people)
                add(
                    "shared-accountable",
                    f"'{act.name}': {names} fill {role.label}, so "
                    f"{len(role.people)} people are {owner_word.lower()}: give one of them "
                    "a role of their own for it, or leave one person in the role",
                    role.id,
                    role.name,
                )
    return out


# --- role and person rules ------------------------------------------------------------


def _load(state: ProjectState, role_id: int) -> frozenset[int]:
    """The activities where a role owns or does the work.

    Computed once per column: the result is kept beside the grid, keyed by the
    column it was read from, and reused by later snapshots that share that column.
    """
    column = state.grid.column(role_id)
    key = ("load", state.scheme_id, role_id)
    cached = state.grid.derived.get(key)
    if cached is not None and cached[0] is column:
        result: frozenset[int] = cached[1]
        return result
    scheme = state.scheme
    wanted = {scheme.owner, scheme.doer}
    found = frozenset(a for a, letters in column.items() if not wanted.isdisjoint(letters))
    state.grid.derived[key] = (column, found)
    return found


def _busy(state: ProjectState, role_id: int) -> bool:
    return bool(state.grid.column(role_id))


def check_role(state: ProjectState, role_id: int) -> list[Finding]:
    """Findings about one role column."""
    role = state.role(role_id)
    out: list[Finding] = []
    load = len(_load(state, role_id))
    limit = state.thresholds.overload
    scheme = state.scheme
    if load > limit:
        out.append(
            Finding(
                "overloaded",
                f"{role.label} holds {scheme.owner} or {scheme.doer} on "
                f"{counted(load, 'activity')}, more than {limit}: share the load",
                role_id=role.id,
                role=role.name,
            )
        )
    if state.people and not role.people and load:
        out.append(_unstaffed(state, role_id))
    if not _busy(state, role_id):
        out.append(
            Finding(
                "idle-role",
                f"{role.label} has no letters on any activity: "
                "assign it work or remove it",
                role_id=role.id,
                role=role.name,
            )
        )
    return out


def _unstaffed(state: ProjectState, role_id: int) -> Finding:
    """One finding for a role nobody fills that owns or does work, however many rows.

    Raised once the project has people (before, the team is simply not entered
    yet), as a warning: the matrix itself is sound, the team is incomplete.
    """
    role = state.role(role_id)
    scheme = state.scheme
    column = state.grid.column(role_id)
    # each activity counted once, by what it holds there: "A/R on 1 activity", not "A on
    # 1 activity and R on 1 activity", which reads as two
    key = frozenset((scheme.owner, scheme.doer))
    held = Counter(scheme.format(letters & key) for letters in column.values()
                   if letters & key)
    parts = [f"{text} on {n} activit{'y' if n == 1 else 'ies'}"
             for text, n in sorted(held.items(), key=lambda item: (-item[1], item[0]))]
    what = " and ".join(parts) if len(parts) < 3 else \
        f"{', '.join(parts[:-1])} and {parts[-1]}"
    return Finding(
        "unstaffed-role",
        f"{role.label} holds {what} but nobody fills it: "
        "put a person in the role",
        role_id=role.id,
        role=role.name,
    )


def owned_or_done(state: ProjectState, role_id: int) -> list[int]:
    """The activities, in matrix order, where a role holds the owner or doer letter."""
    load = _load(state, role_id)
    return [a.id for a in state.activities if a.id in load]


def check_person(state: ProjectState, person_id: int) -> list[Finding]:
    """Findings about one person across the roles they fill."""
    person = state.person(person_id)
    out: list[Finding] = []
    if not person.roles:
        out.append(
            Finding(
                "idle-person",
                f"{person.name} fills no role: staff them in a role or remove them",
                person_id=person.id,
                person=person.name,
            )
        )
        return out
    if not any(_busy(state, r) for r in person.roles):
        out.append(
            Finding(
                "idle-person",
                f"{person.name} fills only roles with no letters on any activity",
                person_id=person.id,
                person=person.name,
            )
        )
    load: frozenset[int] = frozenset().union(*(_load(state, r) for r in person.roles))
    limit = state.thresholds.overload
    if len(load) > limit:
        scheme = state.scheme
        out.append(
            Finding(
                "overloaded",
                f"{person.name} holds {scheme.owner} or {scheme.doer} on {len(load)} "
                f"activities through their roles, more than {limit}: share the load with "
                "someone else, or give one of their roles to another person",
                person_id=person.id,
                person=person.name,
            )
        )
    return out


# --- names ----------------------------------------------------------------------------

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")


def normalise_name(name: str) -> str:
    """Case-, spacing- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def names_clash(a: str, b: str) -> bool:
    """True when two names are equal once normalised, or nearly equal.

    Names that differ only in their numbers ("Sprint 1", "Sprint 2") are not
    near-duplicates.
    """
    return _normalised_clash(normalise_name(a), normalise_name(b))


def _normalised_clash(na: str, nb: str) -> bool:
    if not na or not nb:
        return False
    if na == nb:
        return True
    if _DIGITS.findall(na) != _DIGITS.findall(nb):
        return False
    return bool(fuzz.ratio(na, nb) >= NEAR_DUPLICATE_SCORE)


def clashing_pairs(names: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of names that clash, in (i, j) order.

    Each name is normalised once. Candidates are blocked by the numbers they
    contain and by length (a near-duplicate cannot be much shorter), and each
    block is scored with rapidfuzz's batch scorer, so the work grows with the
    number of plausible pairs rather than with every pair.
    """
    normal = [normalise_name(n) for n in names]
    blocks: dict[tuple[str, ...], list[int]] = {}
    for i, text in enumerate(normal):
        if text:
            blocks.setdefault(tuple(_DIGITS.findall(text)), []).append(i)
    pairs: list[tuple[int, int]] = []
    for members in blocks.values():
        members.sort(key=lambda i: len(normal[i]))
        lengths = [len(normal[i]) for i in members]
        texts = [normal[i] for i in members]
        for k, i in enumerate(members):
            # Longer names within reach: len(b) <= len(a) * 1.1 / 0.9 (ratio >= 90).
            limit = lengths[k] * 11 / 9
            end = bisect_right(lengths, limit, lo=k + 1)
            if end <= k + 1:
                continue
            hits = process.extract(
                texts[k], texts[k + 1:end], scorer=fuzz.ratio,
                score_cutoff=NEAR_DUPLICATE_SCORE, limit=None,
            )
            for _text, _score, pos in hits:
                j = members[k + 1 + pos]
                pairs.append((min(i, j), max(i, j)))
    pairs.sort()
    return pairs


def _duplicates(
    kind: str, items: Iterable[tuple[int, str]], make: Callable[[int, str, str], Finding]
) -> list[Finding]:
    items = list(items)
    out = []
    for i, j in clashing_pairs([name for _id, name in items]):
        name_a = items[i][1]
        id_b, name_b = items[j]
        same = normalise_name(name_a) == normalise_name(name_b)
        message = (
            f"{kind} '{name_a}' and '{name_b}' have "
            f"{'the same' if same else 'nearly the same'} name: merge or rename one"
        )
        out.append(make(id_b, name_b, message))
    return out


def check_names(state: ProjectState) -> list[Finding]:
    """Duplicate and near-duplicate names among activities, roles and people."""
    out = _duplicates(
        "Activities",
        ((a.id, a.name) for a in state.activities),
        lambda i, n, m: Finding("duplicate-name", m, activity_id=i, activity=n),
    )
    out += _duplicates(
        "Roles",
        ((r.id, r.name) for r in state.roles),
        lambda i, n, m: Finding("duplicate-name", m, role_id=i, role=n),
    )
    out += _duplicates(
        "People",
        ((p.id, p.name) for p in state.people),
        lambda i, n, m: Finding("duplicate-name", m, person_id=i, person=n),
    )
    return out


# --- whole project and incremental ----------------------------------------------------


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; stable within a severity."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def _every_rule(state: ProjectState, names: bool = True) -> list[Finding]:
    out: list[Finding] = []
    for act in state.activities:
        out += check_activity(state, act.id)
    for role in state.roles:
        out += check_role(state, role.id)
    for person in state.people:
        out += check_person(state, person.id)
    if names:
        out += check_names(state)
    return out


def check_project(state: ProjectState) -> list[Finding]:
    """A full pass of every rule."""
    return sort_findings(_every_rule(state))


def check_errors(state: ProjectState) -> list[Finding]:
    """The errors of a full pass, in its order, without the name comparisons when
    duplicate names are not an error (they compare every name with its near peers)."""
    names = RULES["duplicate-name"][0] is Severity.ERROR
    return [f for f in sort_findings(_every_rule(state, names)) if f.severity is Severity.ERROR]


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """Counts per severity."""
    counts = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.severity.value] += 1
    return counts


@dataclass
class Scope:
    """What an edit can affect: the parts of the project to re-check."""

    activities: set[int] = field(default_factory=set)
    roles: set[int] = field(default_factory=set)
    people: set[int] = field(default_factory=set)
    names: bool = False
    everything: bool = False

    def __or__(self, other: Scope) -> Scope:
        return Scope(
            self.activities | other.activities,
            self.roles | other.roles,
            self.people | other.people,
            self.names or other.names,
            self.everything or other.everything,
        )


def scope_of_cell(state: ProjectState, activity_id: int, role_id: int) -> Scope:
    """A cell change affects its row, its column and the people in that column."""
    return Scope({activity_id}, {role_id}, set(state.role(role_id).people))


def scope_of_staffing(state: ProjectState, person_id: int, role_id: int) -> Scope:
    """Staffing a role affects the rows where that role holds letters, and both parties.

    The first person added to, or the last removed from, a project switches the
    staffing rules on or off everywhere: use ``Scope(everything=True)`` then.
    """
    return Scope(set(state.grid.column(role_id)), {role_id}, {person_id})


@dataclass(frozen=True)
class FindingsChange:
    """What a refresh of the incremental checker changed: whose findings are different now."""

    activities: frozenset[int] = frozenset()
    roles: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    names: bool = False

    def __bool__(self) -> bool:
        return bool(self.activities or self.roles or self.people or self.names)


class IncrementalChecker:
    """Holds the current findings and re-runs only the rules an edit can affect.

    ``refresh`` says whose findings it changed (:class:`FindingsChange`), so a
    view repaints exactly the rows whose marks moved.
    """

    def __init__(self, state: ProjectState) -> None:
        self._by_activity: dict[int, list[Finding]] = {}
        self._by_role: dict[int, list[Finding]] = {}
        self._by_person: dict[int, list[Finding]] = {}
        self._names: list[Finding] = []
        self._names_by_activity: dict[int, list[Finding]] = {}
        self.refresh(state, Scope(everything=True))

    def refresh(self, state: ProjectState, scope: Scope) -> FindingsChange:
        """Re-run the rules inside scope against the new state; say whose findings changed."""
        if scope.everything:
            scope = Scope(
                {a.id for a in state.activities} | set(self._by_activity),
                {r.id for r in state.roles} | set(self._by_role),
                {p.id for p in state.people} | set(self._by_person),
                True,
            )
        changed: dict[str, set[int]] = {"activity": set(), "role": set(), "person": set()}
        if scope.names:
            # Only edits that add or remove things re-check names: prune what is gone.
            for kind, found, alive in (("activity", self._by_activity, state.activity_index),
                                       ("role", self._by_role, state.role_index),
                                       ("person", self._by_person, state.person_index)):
                for key in [k for k in found if k not in alive]:
                    del found[key]
                    changed[kind].add(key)
        for kind, ids, found, alive, check in (
                ("activity", scope.activities, self._by_activity, state.activity_index,
                 check_activity),
                ("role", scope.roles, self._by_role, state.role_index, check_role),
                ("person", scope.people, self._by_person, state.person_index, check_person)):
            for key in ids:
                if key not in alive:
                    continue
                new = check(state, key)
                if new != found.get(key, []):
                    changed[kind].add(key)
                if new:
                    found[key] = new
                else:
                    found.pop(key, None)
        names = False
        if scope.names:
            found_names = check_names(state)
            names = found_names != self._names
            by_activity: dict[int, list[Finding]] = {}
            for f in found_names:
                if f.activity_id is not None:
                    by_activity.setdefault(f.activity_id, []).append(f)
            for key in set(by_activity) | set(self._names_by_activity):
                if by_activity.get(key) != self._names_by_activity.get(key):
                    changed["activity"].add(key)
            self._names, self._names_by_activity = found_names, by_activity
        self._state = state
        return FindingsChange(frozenset(changed["activity"]), frozenset(changed["role"]),
                              frozenset(changed["person"]), names)

    def for_activity(self, activity_id: int) -> list[Finding]:
        """Current findings about one activity (its row rules and its name)."""
        return self._by_activity.get(activity_id, []) + self._names_by_activity.get(
            activity_id, [])

    def findings(self) -> list[Finding]:
        """Current findings in the same order as ``check_project``."""
        out: list[Finding] = []
        state = self._state
        for act in state.activities:
            out += self._by_activity.get(act.id, [])
        for role in state.roles:
            out += self._by_role.get(role.id, [])
        for person in state.people:
            out += self._by_person.get(person.id, [])
        out += self._names
        return sort_findings(out)
