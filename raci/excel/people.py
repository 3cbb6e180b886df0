"""Whether column headings name people or roles, decided on evidence.

Evidence for a person: a heading of one to three capitalised words whose first
word is a common given name (raci/excel/given_names.txt) or an initial ("A.S.
De Silva"), with no job word in it; or "Name (Job title)". A heading with a job
word ("Supply Planner", "Security Vendor") is a role. Headings are judged as a
row: a row of headings is taken as people only when most of them carry this
evidence, so one name-like job title never turns a grid into a staffed one.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

ROLE_WORDS = re.compile(
    r"\b(?:manager|lead|owner|master|team|engineer|director|design|analyst|architect|"
    r"officer|sponsor|committee|board|support|marketing|sales|legal|finance|head|chief|"
    r"developer|tester|admin|coordinator|consultant|specialist|stakeholder|customer|user|"
    r"client|vendor|supplier|contract|lawyer|planner|expert|member|staff|department|"
    r"group|office|unit|partner|investor|farmer|employee|chairman|president|assistant|"
    r"representative|agent|auditor|accountant|secretary|council|steering|executive|"
    r"operator|scientist|programmer|writer|editor|reviewer|approver|chef|responsable|"
    r"direct|gestionnaire|jefe|leiter|capo|menadžer|menadzer|sponzor|ekspert)|"
    r"\b(?:qa|dev|devops|ops|hr|it|sme|ux|ui)\b|(?-i:\b[A-Z]{2,}\b)",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")


def role_likeness(names: list[str]) -> float:
    """Share of names that read as a job, a function or a person (for telling axes apart)."""
    if not names:
        return 0.0
    hits = sum(bool(ACRONYM.match(n.strip()) or looks_like_name(n) or (
        ROLE_WORDS.search(n) and not n.isupper() and len(n.split()) <= 4)) for n in names)
    return hits / len(names)


NAME_WORD = re.compile(r"^[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]+$")
INITIALS = re.compile(r"^([A-Z]\.\s?){1,3}")
NAME_AND_TITLE = re.compile(r"^(?P<name>[^()\n]+?)\s*\n?\s*\((?P<title>[^()\n]+)\)?\s*$")
HOLDER = re.compile(r"^(?P<name>[^\[\]\n]+?)\s*\n?\s*\[(?P<title>[^\[\]\n]+)\]\s*$")
"""'Role [Post holder]': the holder of a post in square brackets after it."""
"""'Name (Title)' on one line or two, the closing bracket sometimes forgotten."""
PERSON_LABELS = {"name", "names", "person", "people", "assignee", "nom", "nombre", "nome",
                 "ime", "who", "team member", "member", "members", "person name", "staff"}
ROLE_LABELS = {"role", "roles", "rôle", "rol", "ruolo", "rolle", "uloga", "position",
               "title", "job title", "function", "fonction", "función"}


@cache
def given_names() -> frozenset[str]:
    """The bundled list of common given names, case-folded."""
    text = resources.files("raci.excel").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#")
        for word in line.split()
    )


def abbreviates(code: str, name: str) -> bool:
    """True when code is written from the letters of name, in order: 'MJ' for Mary Jones."""
    letters = code.replace(".", "").replace("&", "")
    if not letters.isalnum() or " " in code.strip() or len(letters) > 8:
        return False
    rest = iter(name.casefold())
    return (letters[0].casefold() == name.strip()[:1].casefold()
            and all(ch in rest for ch in letters.casefold()))


def name_and_title(heading: str, strict: bool = False) -> tuple[str, str] | None:
    """('Anu Malhotra', 'Test Manager') for 'Anu Malhotra (Test Manager)', on one line or two.

    None when the part before the bracket is not a person's name ('Client (Society
    Head)': a job word) or the bracket holds its initials ('Mary Jones (MJ)', a code);
    strict asks for a known given name.
    """
    match = NAME_AND_TITLE.match(heading.strip())
    if not match:
        return None
    name, title = " ".join(match.group("name").split()), " ".join(match.group("title").split())
    if (ROLE_WORDS.search(name) or abbreviates(title, name)
            or not looks_like_name(name, strict=strict)):
        return None
    return name, title


def person_with_title(heading: str) -> tuple[str, str] | None:
    """A heading that is a person on its own evidence: a known given name, a job in brackets.

    'Keisha Brown (Developer)', 'Tom (QA Lead)': the title starts with a capital
    (not a remark such as '(optional)') and is not the name's initials.
    """
    found = name_and_title(heading, strict=True)
    if found is None or not found[1][:1].isupper():
        return None
    return found


def role_and_person(heading: str) -> tuple[str, str] | None:
    """('Project Manager', 'Anna Berg') for 'Project Manager (Anna Berg)': a role, filled.

    The part before the bracket names a job; the bracket a person with a known given
    name and no job word.
    """
    match = NAME_AND_TITLE.match(heading.strip()) or HOLDER.match(heading.strip())
    if not match:
        return None
    role, person = " ".join(match.group("name").split()), " ".join(match.group("title").split())
    if (not ROLE_WORDS.search(role) or abbreviates(person, role)
            or not looks_like_name(person, strict=True)):
        return None
    return role, person


def looks_like_name(text: str, strict: bool = True) -> bool:
    """True when text reads as a person's name; strict asks for a known given name."""
    words = text.split()
    if not 1 <= len(words) <= 4 or ROLE_WORDS.search(text):
        return False
    if INITIALS.match(text) and len(words) >= 2:
        return all(NAME_WORD.match(w) or INITIALS.match(w) for w in words)
    if not all(NAME_WORD.match(w) or w.casefold() in {"de", "van", "von", "da", "di", "la"}
               for w in words):
        return False
    return not strict or words[0].casefold() in given_names()


JOINED = re.compile(r"\s+(?:&|\+|and|und|et|y|en)\s+")
"""What joins two people's names in one heading ('Jane Smith & Tom Hale')."""


FIRM = re.compile(
    r"\b(?:ltd|limited|inc|llc|llp|plc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|ab|oy|as|pty|"
    r"corp|corporation|co|company|sons|brothers|bros|partners|associates|group)\b\.?\s*$",
    re.IGNORECASE)
"""The word that ends a firm's name ('Tom & Jerry Ltd', 'Smith & Sons'): no two people."""


def joint_holders(heading: str) -> list[str]:
    """The two (or more) people one heading names, who share the column's letters ('Jane
    Smith & Tom Hale', 'Ana Ruiz and Li Wei'): each a name of two words or more, or one
    starting with a known given name; [] for another heading ('Sales & Marketing')."""
    parts = [" ".join(p.split()) for p in JOINED.split(heading.strip())]
    if len(parts) < 2 or FIRM.search(heading) or not all(
            looks_like_name(p) or len(p.split()) >= 2 and looks_like_name(p, strict=False)
            for p in parts):
        return []
    return parts


def person_row(headings: list[str], label: str = "") -> bool:
    """True when a row of role headings names people, judged on the whole row."""
    folded = label.strip(" :").casefold()
    if folded in ROLE_LABELS:
        return False
    filled = [(joint_holders(h) or [h])[0] for h in headings if h.strip()]
    if not filled:
        return False
    if folded in PERSON_LABELS:
        return sum(looks_like_name(h, strict=False) for h in filled) >= len(filled) / 2
    if any(ROLE_WORDS.search(h) for h in filled):
        return False
    known = sum(looks_like_name(h) for h in filled)
    shaped = sum(looks_like_name(h, strict=False) for h in filled)
    return shaped == len(filled) and known >= max(1, 0.6 * len(filled))


def role_row(headings: list[str], label: str = "") -> bool:
    """True when a row of headings reads as job titles or functions."""
    if label.strip(" :").casefold() in ROLE_LABELS:
        return True
    filled = [h for h in headings if h.strip()]
    return bool(filled) and sum(bool(ROLE_WORDS.search(h)) for h in filled) >= len(filled) / 2
