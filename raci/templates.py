"""Template files: load and check, save a project as a template, apply one to a project.

A template is a TOML file (format described in docs/templates.md) holding roles,
phases and activities with their letters and provenance, never people. Templates
come from three places: the built-in set shipped in the package, the user's
template folder, and any file opened by path. A broken user template is listed
with its reason and never stops the others from loading.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from raci import paths, toml_text
from raci.checks import normalise_name
from raci.errors import LetterError, RaciError
from raci.files import link_target, read_user_file, write_atomically
from raci.operations import (
    AddActivities,
    AddRoles,
    Batch,
    DeleteActivities,
    DeleteRoles,
    NewActivity,
    NewRole,
    Operation,
)
from raci.schemes import MAX_EXTRA_LETTERS, SCHEMES, Scheme, convert_letters
from raci.text import clean_text
from raci.wording import counted

if TYPE_CHECKING:  # the service (and the database layer) loads only to apply a template
    from raci.service import ProjectService

FORMAT_VERSION = 1
DEFAULT_TEMPLATE_ID = "product-team"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class TemplateError(RaciError):
    """A template file is unreadable or invalid; the message names the file and the key."""


class TemplateTooLargeError(TemplateError):
    """A template would pass the size a template file may have."""


@dataclass(frozen=True)
class Evidence:
    """A passage of a source document supporting one letter of an activity."""

    role: str
    letter: str
    document: str
    location: str
    text: str

    def as_dict(self) -> dict[str, str]:
        """Plain form for TOML and JSON."""
        return {
            "role": self.role, "letter": self.letter, "document": self.document,
            "location": self.location, "text": self.text,
        }


@dataclass(frozen=True)
class Provenance:
    """Where an activity comes from: document, section, why, and optional evidence."""

    source: str = ""
    section: str = ""
    rationale: str = ""
    evidence: tuple[Evidence, ...] = ()
    review: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        """True when nothing is recorded."""
        return not (self.source or self.section or self.rationale or self.evidence or self.review)

    def to_text(self) -> str:
        """The form stored in a project's activity (JSON, empty when nothing is recorded)."""
        if self.is_empty():
            return ""
        data: dict[str, Any] = {}
        for key in ("source", "section", "rationale"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.evidence:
            data["evidence"] = [e.as_dict() for e in self.evidence]
        if self.review:
            data["review"] = list(self.review)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_text(cls, text: str) -> Provenance:
        """Read the stored form; free text (typed by a user) becomes the rationale."""
        if not text.strip():
            return cls()
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return cls(rationale=text.strip())
        if not isinstance(data, dict):
            return cls(rationale=text.strip())
        return cls(
            str(data.get("source", "")), str(data.get("section", "")),
            str(data.get("rationale", "")),
            tuple(Evidence(**{k: str(v) for k, v in e.items()}) for e in data.get("evidence", [])),
            tuple(str(r) for r in data.get("review", [])),
        )

    def describe(self, titles: Mapping[str, str] | None = None) -> str:
        """One readable line for tooltips and reports (a source by its title, if known)."""
        parts = []
        if self.source:
            source = (titles or {}).get(self.source, self.source)
            parts.append(source + (f", {self.section}" if self.section else ""))
        if self.rationale:
            parts.append(self.rationale)
        return ": ".join(parts)


@dataclass(frozen=True)
class TemplateRole:
    """A role of a template."""

    code: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class TemplateActivity:
    """An activity of a template with letters keyed by role code."""

    name: str
    phase: str = ""
    description: str = ""
    letters: Mapping[str, str] = field(default_factory=dict)
    provenance: Provenance = Provenance()


@dataclass(frozen=True)
class Template:
    """A whole template."""

    id: str
    name: str
    description: str = ""
    scheme: str = "RACI"
    roles: tuple[TemplateRole, ...] = ()
    phases: tuple[str, ...] = ()
    activities: tuple[TemplateActivity, ...] = ()
    sources: tuple[str, ...] = ()
    thresholds: Mapping[str, int] = field(default_factory=dict)
    source_titles: Mapping[str, str] = field(default_factory=dict)
    """Readable titles of source files stored under opaque names ("000_db16...txt")."""

    def source_title(self, name: str) -> str:
        """How to show a source document: its title where the template gives one."""
        return self.source_titles.get(name, name)

    def source_files(self) -> list[str]:
        """Every document the template cites, in first-mention order."""
        found = list(self.sources)
        for act in self.activities:
            if act.provenance.source and act.provenance.source not in found:
                found.append(act.provenance.source)
        return found


Origin = Literal["built-in", "user", "file"]


@dataclass(frozen=True)
class TemplateEntry:
    """A template as listed by the library: loaded, or broken with a reason."""

    id: str
    origin: Origin
    path: Path
    template: Template | None = None
    error: str = ""


# --- reading --------------------------------------------------------------------------


def _expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    if not isinstance(value, kind):
        raise TemplateError(f"{where}: {what}")
    return value


MAX_TEMPLATE_BYTES = 5_000_000
"""A template file larger than this is refused before it is read."""
MAX_NESTING = 16
"""Arrays and inline tables nested deeper than this are refused before parsing."""
# A comment or a string, whose brackets are no nesting (each alternative matches wherever its
# first character stands, so no character is skipped inside one)
_TOML_SKIPPED = (
    r"#[^\n]*+"
    r'|"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+(?:"""|\Z)'
    r"|'''(?:[^']++|'(?!''))*+(?:'''|\Z)"
    r'|"(?:[^"\\\n]++|\\.)*+"?'
    r"|'[^'\n]*+'?"
)
# Every comment, string and other text up to the next bracket, then that bracket (or the end of
# the text): the brackets a scan token by token (comments, strings, brackets) finds, with one
# match per bracket instead of one per string
_TO_BRACKET = re.compile(rf"(?:[^\[\]{{}}\"'#]++|{_TOML_SKIPPED})*+([\[\]{{}}]|\Z)")


def _too_large(origin: str) -> TemplateError:
    return TemplateTooLargeError(f"{origin}: larger than {MAX_TEMPLATE_BYTES // 1_000_000} MB; "
                         "too large for a template")


def check_toml_shape(text: str, origin: str) -> None:
    """Refuse TOML too large or too deeply nested to parse safely (linear time, no parsing)."""
    if len(text) > MAX_TEMPLATE_BYTES:
        raise _too_large(origin)
    depth = 0
    for token in _TO_BRACKET.finditer(text):
        char = token.group(1)
        if char in ("[", "{"):
            depth += 1
            if depth > MAX_NESTING:
                line = text.count("\n", 0, token.start(1)) + 1
                raise TemplateError(f"{origin}: line {line}: lists or tables nested more than "
                                    f"{MAX_NESTING} deep; a template never needs that")
        elif char in ("]", "}"):
            depth = max(0, depth - 1)


def parse_template(text: str, origin: str) -> Template:
    """Parse and check template TOML; errors name origin and the key or line."""
    check_toml_shape(text, origin)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{origin}: not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise TemplateError(f"{origin}: nested too deeply to read") from exc
    return template_from_data(data, origin)


def template_from_data(data: dict[str, Any], origin: str) -> Template:
    """Check the TOML structure of a template (as read, or as about to be written);
    errors name origin and the key."""
    version = data.get("format")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise TemplateError(
                f"{origin}: key 'format' is {version}; this version reads format "
                f"{FORMAT_VERSION}: update RACI Planner"
            )
        raise TemplateError(f"{origin}: key 'format' must be {FORMAT_VERSION}")
    tid = _expect(data.get("id"), str, f"{origin}: key 'id'", "is required text")
    if not _ID.match(tid):
        raise TemplateError(
            f"{origin}: key 'id' {tid!r} must be lower-case letters, digits and '-'"
        )
    name = _expect(data.get("name"), str, f"{origin}: key 'name'", "is required text")
    description = _expect(data.get("description", ""), str, f"{origin}: key 'description'",
                          "must be text")
    scheme_id = _expect(data.get("scheme", "RACI"), str, f"{origin}: key 'scheme'", "must be text")
    try:  # a built-in id, or one extended by extra letters ('RACI+D')
        scheme = SCHEMES[scheme_id]
    except KeyError:
        raise TemplateError(
            f"{origin}: key 'scheme' {scheme_id!r} is unknown; use one of {', '.join(SCHEMES)}, "
            f"or one of them followed by up to {MAX_EXTRA_LETTERS} extra capital letters "
            "('RACI+D')"
        ) from None
    sources = tuple(
        _expect(s, str, f"{origin}: key 'sources'", "must be a list of file names")
        for s in _expect(
            data.get("sources", []), list, f"{origin}: key 'sources'", "must be a list"
        )
    )
    titles: dict[str, str] = {}
    for key, value in _expect(data.get("source_titles", {}), dict, f"{origin}: [source_titles]",
                              "must be a table of file name = title").items():
        titles[key] = _expect(value, str, f"{origin}: [source_titles] {key!r}", "must be text")
    thresholds: dict[str, int] = {}
    for key, value in _expect(data.get("thresholds", {}), dict, f"{origin}: [thresholds]",
                              "must be a table").items():
        if key not in ("overload", "max_responsible", "max_consulted"):
            raise TemplateError(f"{origin}: [thresholds] has unknown key {key!r}")
        if not isinstance(value, int) or value < 0:
            raise TemplateError(f"{origin}: thresholds.{key} must be a whole number >= 0")
        thresholds[key] = value

    roles: list[TemplateRole] = []
    codes: set[str] = set()
    raw_roles = _expect(data.get("roles"), list, f"{origin}: [[roles]]", "at least one is required")
    for i, raw in enumerate(raw_roles):
        where = f"{origin}: roles[{i}]"
        _expect(raw, dict, where, "must be a table")
        code = _expect(raw.get("code"), str, f"{where}.code", "is required text").strip()
        rname = _expect(raw.get("name"), str, f"{where}.name", "is required text").strip()
        if not code or not rname:
            raise TemplateError(f"{where}: code and name cannot be empty")
        if code.casefold() in codes:
            raise TemplateError(f"{where}.code: {code!r} is used by two roles")
        codes.add(code.casefold())
        roles.append(TemplateRole(code, rname, str(raw.get("description", ""))))
    if not roles:
        raise TemplateError(f"{origin}: [[roles]]: at least one role is required")
    by_code = {r.code.casefold(): r.code for r in roles}

    phases = tuple(
        _expect(p, str, f"{origin}: key 'phases'", "must be a list of names")
        for p in _expect(data.get("phases", []), list, f"{origin}: key 'phases'", "must be a list")
    )
    activities: list[TemplateActivity] = []
    raw_acts = _expect(data.get("activities", []), list, f"{origin}: [[activities]]",
                       "must be a list of tables")
    for i, raw in enumerate(raw_acts):
        where = f"{origin}: activities[{i}]"
        _expect(raw, dict, where, "must be a table")
        aname = _expect(raw.get("name"), str, f"{where}.name", "is required text").strip()
        if not aname:
            raise TemplateError(f"{where}.name cannot be empty")
        where = f"{origin}: activity {aname!r} (activities[{i}])"
        phase = _expect(raw.get("phase", ""), str, f"{where}.phase", "must be text")
        if phase and phases and phase not in phases:
            raise TemplateError(f"{where}: phase {phase!r} is not listed in 'phases'")
        letters: dict[str, str] = {}
        for code, value in _expect(raw.get("letters", {}), dict, f"{where}.letters",
                                   "must be a table of role code = letters").items():
            if code.casefold() not in by_code:
                raise TemplateError(
                    f"{where}.letters: unknown role code {code!r}; roles are "
                    f"{', '.join(r.code for r in roles)}"
                )
            _expect(value, str, f"{where}.letters.{code}", "must be text such as \"A/R\"")
            try:
                parsed = scheme.parse(value)
            except LetterError as exc:
                raise TemplateError(f"{where}.letters.{code}: {exc}") from exc
            if parsed:
                letters[by_code[code.casefold()]] = scheme.format(parsed)
        evidence = []
        for j, ev in enumerate(_expect(raw.get("evidence", []), list, f"{where}.evidence",
                                       "must be a list of tables")):
            _expect(ev, dict, f"{where}.evidence[{j}]", "must be a table")
            try:
                evidence.append(Evidence(**{k: str(ev[k]) for k in
                                            ("role", "letter", "document", "location", "text")}))
            except KeyError as exc:
                raise TemplateError(f"{where}.evidence[{j}]: missing key {exc}") from exc
        review = tuple(str(r) for r in _expect(raw.get("review", []), list, f"{where}.review",
                                                "must be a list of text"))
        activities.append(
            TemplateActivity(
                aname, phase, str(raw.get("description", "")), letters,
                Provenance(
                    str(raw.get("source", "")), str(raw.get("section", "")),
                    str(raw.get("rationale", "")), tuple(evidence), review,
                ),
            )
        )
    if not phases:
        phases = tuple(dict.fromkeys(a.phase for a in activities if a.phase))
    return Template(tid, name, description, scheme_id, tuple(roles), phases, tuple(activities),
                    sources, thresholds, titles)


def load_template(path: Path) -> Template:
    """Read and check a template file."""
    raw = read_user_file(path, TemplateError, MAX_TEMPLATE_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(
            f"{path}: not a UTF-8 text file (byte {exc.start}); save it as UTF-8 TOML"
        ) from exc
    return parse_template(text, str(path))


# --- writing --------------------------------------------------------------------------


def template_to_dict(template: Template) -> dict[str, Any]:
    """The TOML structure of a template."""
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": template.id,
        "name": template.name,
        "description": template.description,
        "scheme": template.scheme,
    }
    if template.sources:
        data["sources"] = list(template.sources)
    if template.source_titles:
        data["source_titles"] = dict(template.source_titles)
    if template.thresholds:
        data["thresholds"] = dict(template.thresholds)
    data["phases"] = list(template.phases)
    data["roles"] = [
        {"code": r.code, "name": r.name, "description": r.description} for r in template.roles
    ]
    acts = []
    for a in template.activities:
        item: dict[str, Any] = {"name": a.name}
        if a.phase:
            item["phase"] = a.phase
        if a.description:
            item["description"] = a.description
        item["letters"] = dict(a.letters)
        p = a.provenance
        for key in ("source", "section", "rationale"):
            if getattr(p, key):
                item[key] = getattr(p, key)
        if p.review:
            item["review"] = list(p.review)
        if p.evidence:
            item["evidence"] = [e.as_dict() for e in p.evidence]
        acts.append(item)
    data["activities"] = acts
    return data


def dump_template(template: Template) -> str:
    """TOML text of a template."""
    return toml_text.dumps(template_to_dict(template))


def _least_length(value: object, stop_above: int | None = None) -> int:
    """Characters the TOML text of ``value`` holds at least (tomli_w's writing): every
    string is written quoted and escaped as needed; every key at least once, with " = "
    and an end of line (or ", " inside an inline table) after a value, or inside a table
    header; every list item with its indent and comma or its own table header. A list of
    tables of which one is surely too long to be written inline (over 100 characters,
    or holding a list) is written as tables, each under a header naming its path
    ("[[activities.evidence]]"). So never longer than the text.

    With ``stop_above``, the count stops as soon as it passes that number (every part
    counts at least zero, in any order), so a draft many times the limit is refused after
    reading a part of it; the answer is then some number above ``stop_above``."""
    total = 0
    # (a value, the dotted name of the table it is written as; "" for the document,
    # None for a value written inline)
    stack: list[tuple[object, str | None]] = [(value, "")]
    while stack:
        item, name = stack.pop()
        if isinstance(item, str):
            total += len(item) + 2
        elif isinstance(item, dict) and all(type(v) is str for v in item.values()):
            # (a quote's table: each key with " = ", each string with its quotes and its
            # end of line, as the branch below counts them one by one)
            total += sum(len(str(k)) + len(v) for k, v in item.items()) + 6 * len(item)
        elif isinstance(item, dict):
            for k, v in item.items():
                key = str(k)
                inner = None if name is None else f"{name}.{key}" if name else key
                if isinstance(v, list | tuple) and inner is not None and v and all(
                        isinstance(t, dict) for t in v) and any(
                        _least_inline(t) > _INLINE_TABLE_WIDTH for t in v):
                    # "[[name]]" and its end of line per table (the key is in the name)
                    total += (len(inner) + 5) * len(v)
                    stack.extend((t, inner) for t in v)
                else:
                    total += len(key) + (1 if _as_table(v) else 4)
                    stack.append((v, inner if isinstance(v, dict) else None))
        elif isinstance(item, list | tuple):
            total += 6 * len(item)
            stack.extend((v, None) for v in item)
        if stop_above is not None and total > stop_above:
            break
    return total


_INLINE_TABLE_WIDTH = 100  # tomli_w writes a list of tables inline only within this width


def _least_inline(table: dict[Any, Any]) -> float:
    """Characters tomli_w's test of a table's inline form ("    { k = v, ... },") counts
    at least; infinite when that form holds a line break (a list is written over lines),
    so the table is never written inline."""
    total: float = 7 + 2 * max(0, len(table) - 1)  # indent, "{ ", " }", ",", the ", "s
    for k, v in table.items():
        total += len(str(k)) + 3
        if isinstance(v, str):
            total += len(v) + 2
        elif isinstance(v, dict):
            total += _least_inline(v) - 5  # its own braces, no indent or comma
        elif isinstance(v, list | tuple) and v:
            return float("inf")
    return total


def _as_table(value: object) -> bool:
    """A value tomli_w may write as a table (header) instead of after "key = "."""
    return isinstance(value, dict) or (isinstance(value, list | tuple) and bool(value)
                                       and all(isinstance(v, dict) for v in value))


def write_template(template: Template, path: Path) -> None:
    """Write a template file atomically (a partial file never replaces a good one).

    A template whose keys and strings alone pass the size limit is refused before its
    text is made (the same answer, without formatting megabytes only to refuse them)."""
    data = template_to_dict(template)
    if _least_length(data, stop_above=MAX_TEMPLATE_BYTES) > MAX_TEMPLATE_BYTES:
        raise _too_large(str(path))
    text = toml_text.dumps(data)
    # The text is refused as reading it back would refuse it; its structure is checked
    # on the data it was written from (TOML reads back what tomli_w writes).
    check_toml_shape(text, str(path))
    template_from_data(data, str(path))
    write_atomically(path, lambda fh: fh.write(text.encode("utf-8")), TemplateError)


def slugify(text: str) -> str:
    """A template id from a name."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return (slug or "template")[:64]


def template_from_project(
    service: ProjectService, template_id: str | None = None, name: str | None = None,
    description: str = "",
) -> Template:
    """A template holding the project's roles, phases, activities, letters and provenance."""
    state = service.state()
    roles = tuple(TemplateRole(r.code, r.name, r.description) for r in state.roles)
    acts = tuple(
        TemplateActivity(
            a.name, a.phase, a.description,
            {r.code: state.cell_text(a.id, r.id) for r in state.roles if state.letters(a.id, r.id)},
            Provenance.from_text(a.provenance),
        )
        for a in state.activities
    )
    used_phases = {a.phase for a in state.activities}
    phases = tuple(p.name for p in service.phases() if p.name in used_phases)
    t = state.thresholds
    return Template(
        template_id or slugify(name or state.name), name or state.name, description,
        state.scheme_id, roles, phases, acts, (),
        {"overload": t.overload, "max_responsible": t.max_responsible,
         "max_consulted": t.max_consulted},
    )


# --- applying -------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """An existing cell whose letters differ from the template's."""

    activity: str
    role: str
    existing: str
    template: str


@dataclass
class ApplyReport:
    """What applying a template did (or would do)."""

    roles_added: list[str] = field(default_factory=list)
    roles_mapped: dict[str, str] = field(default_factory=dict)
    codes_changed: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Role added under another code than the template's, the project having it already:
    role name -> (the template's code, the code given)."""
    activities_added: list[str] = field(default_factory=list)
    cells_written: int = 0
    cells_same: int = 0
    """Cells that held the template's letters already (left as they are, not counted as
    filled: applying a template to a project made from it said '101 cells filled')."""
    conflicts: list[Conflict] = field(default_factory=list)
    conflicts_replaced: bool = False
    inverse: Operation = field(default_factory=Batch)
    """The operation that undoes the whole application (one undo step)."""

    def summary(self) -> str:
        """One paragraph for the CLI and the app."""
        parts = [
            f"{counted(len(self.roles_added), 'role')} added",
            f"{counted(len(self.activities_added), 'activity')} added",
            f"{counted(self.cells_written, 'cell')} filled"
            + (f" ({counted(self.cells_same, 'cell')} had the template's letters already)"
               if self.cells_same else ""),
        ]
        if self.roles_mapped:
            parts.append(
                "mapped " + ", ".join(f"{k} -> {v}" for k, v in self.roles_mapped.items())
            )
        if self.codes_changed:
            parts.append("code " + ", ".join(
                f"{new} for {name} ({old} is another role's)"
                for name, (old, new) in self.codes_changed.items()))
        if self.conflicts:
            one = len(self.conflicts) == 1
            verb = "replaced" if self.conflicts_replaced else (
                "kept as it was" if one else "kept as they were")
            parts.append(f"{counted(len(self.conflicts), 'conflicting cell')} {verb}")
        return "; ".join(parts)


ConflictPolicy = Literal["keep", "replace", "error"]


def apply_template(
    service: ProjectService,
    template: Template,
    role_map: Mapping[str, str] | None = None,
    on_conflict: ConflictPolicy = "keep",
) -> ApplyReport:
    """Add the template's roles, phases, activities and letters to a project.

    role_map maps template role codes (or names) onto existing roles (by name or
    code). Existing activities with the same name are reused. A cell that already
    holds different letters is a conflict: 'keep' leaves it and reports it,
    'replace' overwrites it, 'error' changes nothing and raises listing them all.
    """
    from raci.service import initials

    scheme = SCHEMES[service.state().scheme_id]
    tscheme = SCHEMES[template.scheme]
    report = ApplyReport()
    known = {r.code.casefold() for r in template.roles} | {r.name.casefold()
                                                          for r in template.roles}
    for key in role_map or {}:
        if key.casefold() not in known:
            raise TemplateError(
                f"template {template.id} has no role {key!r} to map; its roles are "
                f"{', '.join(r.code for r in template.roles)}"
            )
    with service.transaction(summary=("template", f"applied template {template.name}")
                             ) as record:
        role_ids: dict[str, int] = {}
        mapping = {k.casefold(): v for k, v in (role_map or {}).items()}
        existing_roles = {normalise_name(r.name): r.id for r in service.roles()}
        taken_codes = {r.code.casefold() for r in service.roles()}
        new_roles: list[tuple[str, NewRole]] = []
        for role in template.roles:
            target = mapping.get(role.code.casefold()) or mapping.get(role.name.casefold())
            if target is not None:
                existing = service.find_role(target)
                role_ids[role.code] = existing.id
                report.roles_mapped[role.code] = existing.name
                continue
            match = existing_roles.get(normalise_name(role.name))
            if match is not None:
                role_ids[role.code] = match
                continue
            code = role.code
            if code.casefold() in taken_codes:
                code = service.unique_code(initials(role.name))
                n = 2
                while code.casefold() in taken_codes:
                    code, n = f"{initials(role.name)}{n}", n + 1
            taken_codes.add(code.casefold())
            if code != role.code:
                report.codes_changed[role.name] = (role.code, code)
            new_roles.append((role.code, NewRole(role.name, code, role.description)))
            report.roles_added.append(role.name)
        if new_roles:
            added = service.apply(AddRoles(tuple(new for _, new in new_roles)))
            assert isinstance(added, DeleteRoles)
            role_ids.update(zip((c for c, _ in new_roles), added.ids, strict=True))
        for phase in template.phases:
            service.ensure_phase(phase)
        for act in template.activities:
            service.ensure_phase(act.phase)
        act_ids = _match_activities(service, template.activities)
        new_acts: list[tuple[int, NewActivity]] = []
        for i, act in enumerate(template.activities):
            if act_ids[i] is not None:
                continue
            found = service.find_phase(act.phase) if act.phase else None
            # A project has no template to look titles up in: it keeps the readable title.
            provenance = replace(act.provenance,
                                 source=template.source_title(act.provenance.source))
            new_acts.append((i, NewActivity(act.name, found.id if found else None,
                                            act.description, provenance.to_text())))
            report.activities_added.append(act.name)
        if new_acts:
            added_acts = service.apply(AddActivities(tuple(new for _, new in new_acts)))
            assert isinstance(added_acts, DeleteActivities)
            for (i, _), act_id in zip(new_acts, added_acts.ids, strict=True):
                act_ids[i] = act_id
        # the template's letters for each project cell first: two template roles mapped
        # onto one project role give one cell (counted once, compared once)
        wanted: dict[tuple[int, int], frozenset[str]] = {}
        names: dict[int, str] = {}
        for act, maybe_id in zip(template.activities, act_ids, strict=True):
            assert maybe_id is not None
            names[maybe_id] = act.name
            for code, text in act.letters.items():
                letters = tscheme.parse(text)
                if tscheme.id != scheme.id:
                    converted = convert_letters(letters, tscheme, scheme)
                    if converted is None:
                        raise TemplateError(
                            f"template {template.id}: '{act.name}' / {code} uses letters the "
                            f"project's {scheme.id} scheme does not have"
                        )
                    letters = converted
                cell = (maybe_id, role_ids[code])
                wanted[cell] = (merged_letters(scheme, wanted[cell] | letters)
                                if cell in wanted else letters)
        cells: dict[tuple[int, int], frozenset[str]] = {}
        same = 0  # cells holding the letters already
        state = service.state()
        for (act_id, role_id), letters in wanted.items():
            current = state.letters(act_id, role_id)
            if not letters:
                continue
            if current == letters:  # nothing to write
                same += 1
                continue
            if current:
                report.conflicts.append(
                    Conflict(names[act_id], state.role(role_id).name,
                             scheme.format(current), scheme.format(letters))
                )
                if on_conflict != "replace":
                    continue
            cells[(act_id, role_id)] = letters
        if report.conflicts and on_conflict == "error":
            listed = "; ".join(
                f"'{c.activity}' / {c.role}: has {c.existing}, template says {c.template}"
                for c in report.conflicts
            )
            raise TemplateError(
                f"applying {template.id} would change {len(report.conflicts)} filled cells "
                f"({listed}); choose to keep or replace them"
            )
        report.conflicts_replaced = on_conflict == "replace"
        if cells:
            service.set_cells(cells)
        report.cells_written = len(cells)
        report.cells_same = same
        if template.thresholds and report.activities_added == [
            a.name for a in template.activities
        ]:
            service.set_thresholds(
                template.thresholds.get("overload"),
                template.thresholds.get("max_responsible"),
                template.thresholds.get("max_consulted"),
            )
    report.inverse = record.inverse
    return report


def merged_letters(scheme: Scheme, letters: frozenset[str]) -> frozenset[str]:
    """The letters of one cell that two template roles put onto one project role give: all
    of them when the scheme writes them together (A with R), else the strongest: the owner
    and doer among them, or the first in the scheme's order (R with C gives R, C with I C)."""
    if scheme.sensible(letters):
        return letters
    strong = letters & {scheme.owner, scheme.doer}
    return strong or frozenset(scheme.order(letters)[:1])


def _match_activities(
    service: ProjectService, activities: Iterable[TemplateActivity]
) -> list[int | None]:
    """The existing activity each template activity fills, or None for a new one.

    Each existing activity is used at most once: first one with the same name in
    the same phase, then one with the same name in any phase. Two template
    activities with one name (in two phases, or differing only in case) so stay
    two rows, never one.
    """
    existing = [(a.id, normalise_name(a.phase), normalise_name(a.name))
                for a in service.activities()]
    used: set[int] = set()
    acts = list(activities)
    out: list[int | None] = [None] * len(acts)
    for same_phase in (True, False):
        for i, act in enumerate(acts):
            if out[i] is not None:
                continue
            phase, name = normalise_name(act.phase), normalise_name(act.name)
            for act_id, their_phase, their_name in existing:
                if act_id not in used and their_name == name and (
                        their_phase == phase or not same_phase):
                    out[i] = act_id
                    used.add(act_id)
                    break
    return out


# --- library --------------------------------------------------------------------------


@functools.cache
def builtin_source_titles() -> Mapping[str, str]:
    """The titles the built-in templates give their sources, by stored file name.

    A project made from a template before it gave titles still names its sources
    by file name; shown through this, it reads like a new one.
    """
    titles: dict[str, str] = {}
    for path in sorted(paths.builtin_templates_dir().glob("*.toml")):
        with contextlib.suppress(TemplateError):
            titles.update(load_template(path).source_titles)
    return MappingProxyType(titles)


class TemplateLibrary:
    """Built-in templates, the user's folder and files opened by path."""

    def __init__(self, builtin_dir: Path, user_dir: Path) -> None:
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir

    @classmethod
    def default(cls) -> TemplateLibrary:
        """The library with the packaged built-ins and the platform user folder."""
        return cls(paths.builtin_templates_dir(), paths.user_templates_dir())

    def _scan(self, folder: Path, origin: Origin) -> list[TemplateEntry]:
        out: list[TemplateEntry] = []
        if not folder.is_dir():
            return out
        for path in sorted(folder.glob("*.toml")):
            try:
                template = load_template(path)
            except TemplateError as exc:
                out.append(TemplateEntry(path.stem, origin, path, None, str(exc)))
            else:
                out.append(TemplateEntry(template.id, origin, path, template))
        return out

    def entries(self) -> list[TemplateEntry]:
        """Every template, built-ins first; broken ones carry their reason."""
        return self._scan(self.builtin_dir, "built-in") + self._scan(self.user_dir, "user")

    def templates(self) -> list[Template]:
        """Every template that loads."""
        return [e.template for e in self.entries() if e.template is not None]

    def get(self, template_id: str) -> Template:
        """A template by id, or by path to a file."""
        candidate = Path(template_id)
        if candidate.suffix == ".toml" and candidate.exists():
            return load_template(candidate)
        entries = self.entries()
        for entry in entries:
            if entry.id == template_id:
                if entry.template is None:
                    raise TemplateError(entry.error)
                return entry.template
        known = ", ".join(e.id for e in entries if e.template is not None)
        raise TemplateError(f"no template with id {template_id!r}; available: {known}")

    def save_user_template(self, template: Template, overwrite: bool = False) -> Path:
        """Store a template in the user's folder; refuses to shadow a built-in."""
        if any(e.id == template.id for e in self._scan(self.builtin_dir, "built-in")):
            raise TemplateError(f"{template.id!r} is a built-in template id; choose another id")
        self.user_dir.mkdir(parents=True, exist_ok=True)
        path = self.user_dir / f"{template.id}.toml"
        if path.exists() and not overwrite:
            raise TemplateError(f"{path}: a template with this id exists; choose another id")
        write_template(template, path)
        return path


    def free_id(self, wanted: str) -> str:
        """wanted, or wanted-2, -3...: an id no template has yet (a second draft of the
        same documents would otherwise be refused only when saved)."""
        taken = {e.id for e in self.entries()}
        candidate, n = wanted, 2
        while candidate in taken:
            candidate, n = f"{wanted}-{n}", n + 1
        return candidate

    def offered_name(self, project: str, saved_as: str | None = None) -> str:
        """The name Save as Template offers for a project: that of the template of the
        user's it was last saved as (``saved_as``, its id), while it is there; the
        project's own when it is free or names the user's template saving would replace
        (saving again updates it, after asking); else ``free_name`` (a project made from
        a built-in template is named after it)."""
        entries = self.entries()
        mine = {e.id: e.template for e in entries if e.origin == "user" and e.template}
        before = mine.get(saved_as) if saved_as else None
        if before is not None:
            return before.name
        same = mine.get(slugify(project))
        if same is not None and same.name.casefold() == project.casefold():
            return project
        return self.free_name(project, entries)

    def free_name(self, wanted: str, entries: list[TemplateEntry] | None = None) -> str:
        """wanted, or "wanted (2)", "(3)"...: a name no template has yet (case aside), so
        that File > New never lists two templates of one name unless the user asks; nor
        one whose id as Save as Template makes it (``slugify``) a template of the user's
        has: saving would ask to replace that one ("Charter (2)" is charter-2, the id a
        second draft of the same documents got under the name "Charter"). A name
        numbered already ("Ops (2)", a project made from such a template) counts on:
        "Ops (3)", not "Ops (2) (2)". ``entries``: the library's, when just read."""
        entries = self.entries() if entries is None else entries
        taken = {e.template.name.casefold() for e in entries if e.template is not None}
        ids = {e.id for e in entries if e.origin == "user"}
        numbered = re.fullmatch(r"(.*\S) \((\d{1,6})\)", wanted)
        base, n = (numbered[1], int(numbered[2]) + 1) if numbered else (wanted, 2)
        candidate = wanted
        while candidate.casefold() in taken or slugify(candidate) in ids:
            candidate, n = f"{base} ({n})", n + 1
        return candidate

    def _user_file(self, path: Path) -> Path:
        """path, when it is a template file in the user's folder (never a built-in's). A
        link there is the user's own too: the folder it sits in counts, not where it
        points (deleting it removes the link, never what it points to)."""
        if path.suffix != ".toml" or \
                path.absolute().parent.resolve() != self.user_dir.resolve():
            raise TemplateError(f"{path}: no template in your folder ({self.user_dir})")
        return path

    def rename_user_template(self, path: Path, name: str) -> Template:
        """Give the user's template in the file path a new name (the one File > New lists)
        and return it. Its id and its file stay: a template is known by its id, and the
        derive review and ``raci template apply`` find it by that; a built-in template is
        never renamed."""
        target = self._user_file(path)
        if target.is_symlink():  # writing here would replace the link with a copy
            raise TemplateError(f"{target}: is a link to {link_target(target)}; rename the "
                                "template in that file, or delete the link")
        new_name = clean_text(name, "The template name")
        try:
            template = load_template(target)
        except TemplateError as exc:
            raise TemplateError(f"{exc}; it cannot be renamed, only deleted") from exc
        renamed = replace(template, name=new_name)
        write_template(renamed, target)
        return renamed

    def delete_user_template(self, template_id: str, path: Path | None = None) -> Path:
        """Delete one of the user's templates (its file in the user folder, or the link
        there: never the file a link points to) and say where it was; a built-in
        template is never deleted. Projects made from it keep their
        roles and activities: a project holds its own copy. ``path``, the file of the
        template chosen, deletes that file (two files of the user's may give one id, and
        one may give a built-in's id); one already gone is no error."""
        if path is not None:
            target = self._user_file(path)
        else:
            if any(e.id == template_id for e in self._scan(self.builtin_dir, "built-in")):
                raise TemplateError(
                    f"{template_id!r} is a built-in template and cannot be deleted")
            entry = next((e for e in self._scan(self.user_dir, "user")
                          if e.id == template_id), None)
            if entry is None:
                raise TemplateError(f"no template of yours with id {template_id!r}")
            target = entry.path
        try:
            target.unlink(missing_ok=path is not None)
        except OSError as exc:
            raise TemplateError(f"{target}: cannot be deleted ({exc.strerror or exc})") \
                from exc
        return target


def describe_templates(templates: Iterable[Template]) -> list[dict[str, Any]]:
    """The JSON form of ``raci templates --json``."""
    return [
        {
            "id": t.id,
            "name": t.name,
            "description": t.description,
            "scheme": t.scheme,
            "roles": [{"code": r.code, "name": r.name} for r in t.roles],
            "activity_count": len(t.activities),
            "phases": list(t.phases),
            "source_files": t.source_files(),
        }
        for t in templates
    ]
