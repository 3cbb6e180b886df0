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
NAME_AND_TITLE = re.compile(r"^(?P<name>[^()\n]+?)\s*\n\s*\((?P<title>[^()]+)\)?\s*$")
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


def name_and_title(heading: str) -> tuple[str, str] | None:
    """('Anu Malhotra', 'Test Manager') for a heading 'Anu Malhotra\\n(Test Manager)'."""
    match = NAME_AND_TITLE.match(heading.strip())
    if not match:
        return None
    name, title = " ".join(match.group("name").split()), " ".join(match.group("title").split())
    if ROLE_WORDS.search(name) or not looks_like_name(name, strict=False):
        return None
    return name, title


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


def person_row(headings: list[str], label: str = "") -> bool:
    """True when a row of role headings names people, judged on the whole row."""
    folded = label.strip(" :").casefold()
    if folded in ROLE_LABELS:
        return False
    filled = [h for h in headings if h.strip()]
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
