"""Find the roles a set of documents names: titles, acronyms and table columns.

A role is a capitalised title ending in a role noun ("Technical Product
Manager", "Scrum Master"); an acronym defined in parentheses ("(TPM)") becomes
its code and an alias. Acronyms are resolved per document first, because two
documents may spell out the same letters differently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from raci.derive.documents import Document
from raci.errors import RaciError

ROLE_NOUNS = (
    "Manager", "Owner", "Master", "Lead", "Leader", "Engineer", "Designer", "Analyst",
    "Architect", "Director", "Officer", "Developer", "Tester", "Coordinator", "Consultant",
    "Specialist", "Scientist", "Administrator", "Sponsor", "Steward", "Coach", "Writer",
    "Editor", "Planner", "Researcher", "Strategist", "Advocate", "Producer", "Accountant",
    "Counsel", "Auditor", "Controller", "Head",
)
_NOUN = "|".join(ROLE_NOUNS)
TITLE = re.compile(
    rf"\b((?:[A-Z][a-z]+[ -]){{0,3}}(?:{_NOUN}))(s|es)?\b"
)
DEFINITION = re.compile(
    rf"\b((?:[A-Z][a-z]+[ -]){{0,3}}(?:{_NOUN}))s?\s*\(\s*([A-Z][A-Za-z]{{1,6}})\s*\)"
)
REVERSE_DEFINITION = re.compile(
    rf"\b([A-Z][A-Za-z]{{1,6}})\s*\(\s*((?:[A-Z][a-z]+[ -]){{0,3}}(?:{_NOUN}))\s*\)"
)
_TEAM_WORDS = (r"engineering|development|dev|design|qa|quality assurance|marketing|sales|data|"
               r"operations|security|legal|finance|customer success|support")
TEAM = re.compile(
    rf"\b((?:(?:{_TEAM_WORDS})(?:,\s*(?:and\s+)?|\s+and\s+))*(?:{_TEAM_WORDS}))\s+"
    r"(?:teams?|professionals|engineers)\b(?!\s+(?:lead|leader|manager|member|owner)s?\b)",
    re.IGNORECASE,
)
_TEAM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


TEAM_CODES = {
    "Engineering Team": "ENG", "Development Team": "DEV", "DEV Team": "DEV", "Design Team": "DES",
    "QA Team": "QA", "Quality Assurance Team": "QA", "Marketing Team": "MKT",
    "Sales Team": "SALES", "Data Team": "DATA", "Operations Team": "OPS",
    "Security Team": "SEC", "Legal Team": "LEGAL", "Finance Team": "FIN",
    "Customer Success Team": "CS", "Support Team": "SUP",
}
LEADING_NOISE = {
    "The", "A", "An", "Our", "Your", "Each", "Every", "Both", "Senior", "Junior", "Associate",
    "Hire", "Unlike", "While", "If", "When", "Whether", "Their", "Its", "This", "That", "As",
    "Any", "Good", "Great", "Strong", "New", "Also", "Key", "What", "How", "Why", "Who",
    "Responsibilities", "Role", "Generic", "Traditional", "General", "Versus", "Vs",
}


@dataclass
class Role:
    """A role found in the documents."""

    name: str
    code: str = ""
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    defined: bool = False
    in_table: bool = False


def _clean_title(title: str) -> str | None:
    words = title.replace("-", " ").split()
    while words and words[0] in LEADING_NOISE:
        words.pop(0)
    if not words or (len(words) == 1 and words[0] in ROLE_NOUNS):
        return None
    return " ".join(words)


def _singular_acronym(acronym: str) -> str:
    return acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym


def initials_code(name: str) -> str:
    """Default code: the initials ('Scrum Master' -> 'SM')."""
    return "".join(w[0] for w in name.split()).upper()


class RoleCatalog:
    """The roles of a set of documents and how to find them in text."""

    def __init__(self, roles: dict[str, Role], doc_acronyms: dict[str, dict[str, str]]) -> None:
        self.roles = roles
        self.doc_acronyms = doc_acronyms
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._lookup: dict[str, dict[str, str]] = {}

    def _global_acronyms(self) -> dict[str, str]:
        votes: dict[str, Counter[str]] = {}
        for mapping in self.doc_acronyms.values():
            for acronym, name in mapping.items():
                votes.setdefault(acronym, Counter())[name] += 1
        return {a: c.most_common(1)[0][0] for a, c in votes.items()}

    def pattern(self, document: str) -> re.Pattern[str]:
        """One regex matching any alias of any role, longest first, for a document."""
        if document not in self._patterns:
            alts: list[tuple[str, str]] = []
            for key, role in self.roles.items():
                alts += [(alias, key) for alias in role.aliases | {role.name}]
            acronyms = {**self._global_acronyms(), **self.doc_acronyms.get(document, {})}
            alts += [(a, name) for a, name in acronyms.items() if name in self.roles]
            lookup: dict[str, str] = {}
            parts = []
            for alias, key in sorted(alts, key=lambda a: -len(a[0])):
                lookup.setdefault(alias.casefold(), key)
                if alias.isupper():
                    parts.append(rf"(?-i:{re.escape(alias)})(?:'?s)?")
                else:
                    parts.append(rf"{re.escape(alias)}(?:s|es|'s)?")
            joined = "|".join(parts) or r"(?!x)x"
            self._patterns[document] = re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)
            self._lookup[document] = lookup
        return self._patterns[document]

    def find(self, text: str, document: str) -> list[tuple[str, int, int]]:
        """Roles mentioned in text, as (role key, start, end), in order."""
        pattern = self.pattern(document)
        lookup = self._lookup[document]
        out = []
        for m in pattern.finditer(text):
            token = m.group(0)
            for candidate in (token, re.sub(r"'?s$", "", token), re.sub(r"es$", "", token)):
                key = lookup.get(candidate.casefold())
                if key:
                    out.append((key, m.start(), m.end()))
                    break
        return out

    def keys_in(self, text: str, document: str) -> list[str]:
        """Distinct role keys mentioned in text, in order of first mention."""
        return list(dict.fromkeys(k for k, _s, _e in self.find(text, document)))

    def apply_choices(self, choices: dict[str, str], drop: Iterable[str] = ()) -> dict[str, str]:
        """Confirm, rename, merge or drop roles; returns {old key: new key}.

        choices maps a found name or alias to 'CODE', 'New Name' or 'New Name (CODE)'.
        Several found names given the same target are merged. When choices are
        given, roles not named in them are dropped.
        """
        renames: dict[str, str] = {}
        new_roles: dict[str, Role] = {}
        lookups = {alias.casefold(): key for key, r in self.roles.items()
                   for alias in r.aliases | {r.name, r.code} if alias}
        dropped = {d.casefold() for d in drop}
        for found, target in choices.items():
            key = lookups.get(found.strip().casefold())
            if key is None:
                known = ", ".join(f"{r.name} ({r.code})" for r in self.roles.values())
                raise RaciError(f"--role {found!r}: no such role in the documents; found: "
                                f"{known or 'none'}")
            name, code = _target(target, self.roles[key])
            existing = next((k for k, r in new_roles.items()
                             if r.code.casefold() == code.casefold()
                             or r.name.casefold() == name.casefold()), None)
            if existing is not None:
                merged = new_roles[existing]
                merged.aliases |= self.roles[key].aliases | {self.roles[key].name}
                merged.mentions += self.roles[key].mentions
                renames[key] = existing
                continue
            role = self.roles[key]
            new_roles[name] = Role(name, code, role.aliases | {role.name}, role.mentions,
                                   role.defined, role.in_table)
            renames[key] = name
        if not choices:
            for key, role in self.roles.items():
                if key.casefold() in dropped or role.code.casefold() in dropped:
                    continue
                new_roles[key] = role
                renames[key] = key
        self.roles = new_roles
        self.doc_acronyms = {
            d: {a: renames[n] for a, n in m.items() if n in renames}
            for d, m in self.doc_acronyms.items()
        }
        self._patterns.clear()
        self._lookup.clear()
        return renames


def _target(text: str, role: Role) -> tuple[str, str]:
    text = text.strip()
    m = re.match(r"^(.*?)\s*\(([^()]+)\)$", text)
    if m and m.group(1):
        return m.group(1).strip(), m.group(2).strip()
    if re.fullmatch(r"[A-Z][A-Z0-9&]{0,9}", text):
        return role.name, text
    return text, initials_code(text)


def discover_roles(documents: list[Document]) -> RoleCatalog:
    """Every role the documents name at least twice, define, or use as a table column."""
    counts: Counter[str] = Counter()
    defined: dict[str, str] = {}
    doc_acronyms: dict[str, dict[str, str]] = {}
    table_roles: set[str] = set()
    teams: set[str] = set()
    for doc in documents:
        text = doc.text()
        mapping: dict[str, str] = {}
        for m in DEFINITION.finditer(text):
            name = _clean_title(m.group(1))
            if name:
                mapping.setdefault(_singular_acronym(m.group(2)), name)
        for m in REVERSE_DEFINITION.finditer(text):
            name = _clean_title(m.group(2))
            if name:
                mapping.setdefault(_singular_acronym(m.group(1)), name)
        doc_acronyms[doc.name] = mapping
        for acronym, name in mapping.items():
            defined.setdefault(name, acronym)
        for m in TITLE.finditer(text):
            name = _clean_title(m.group(1))
            if name:
                counts[name] += 1
        for m in TEAM.finditer(text):
            for word in _TEAM_SPLIT.split(m.group(1)):
                label = {"qa": "Quality Assurance", "dev": "Development"}.get(
                    word.lower(), word.title())
                name = f"{label} Team"
                counts[name] += 1
                teams.add(name)
        for block in doc.blocks:
            if block.kind == "row" and not block.header:
                for cell in block.cells:
                    head = re.sub(r"\s*\(.*\)$", "", cell).strip()
                    name = mapping.get(head) or _clean_title(head)
                    if name and (name in counts or head in mapping):
                        table_roles.add(name)
    # Acronym mentions count toward their role.
    for doc in documents:
        for acronym, name in doc_acronyms[doc.name].items():
            counts[name] += len(re.findall(rf"\b{re.escape(acronym)}s?\b", doc.text()))
    roles: dict[str, Role] = {}
    for name, n in counts.items():
        if n >= 2 or name in defined or name in table_roles or name in teams:
            code = defined.get(name) or TEAM_CODES.get(name) or initials_code(name)
            roles[name] = Role(name, code, {name}, n, name in defined, name in table_roles)
    # Codes must be unique: a clash keeps the defined one and numbers the others.
    seen: dict[str, str] = {}
    for name in sorted(roles, key=lambda k: (not roles[k].defined, -roles[k].mentions, k)):
        code = roles[name].code
        base, i = code, 2
        while code.casefold() in seen:
            code, i = f"{base}{i}", i + 1
        seen[code.casefold()] = name
        roles[name].code = code
    return RoleCatalog(roles, doc_acronyms)
