"""Read a RACI table written one column per letter: roles named in the cells.

Some teams keep their RACI as a list rather than a matrix:

    Task        | Responsible    | Accountable | Consulted  | Informed
    Write spec  | Dev Lead       | PM          | QA, UX     | Sponsor

The header row holds letters or letter words (at least R and A); the cells hold
the names of the roles with that letter, several separated by commas, slashes,
semicolons, "and" or line breaks. Every name met becomes a role, in the order
met, and the table becomes the matrix it describes.
"""

from __future__ import annotations

import re

from raci.excel.grid import (
    HEADER_SCAN_ROWS,
    Table,
    col_name,
    name_column,
    row_word,
    rows_down,
)
from raci.excel.letters import fold, parse_letters
from raci.excel.plan import ImportedActivity, ImportedRole, ImportPlan, NoGridError

# Names in one cell are split at commas, semicolons, slashes, line breaks and "and"; an
# ampersand joins one name ("Legal & Compliance", "Health & Safety").
_NAMES = re.compile(r"\s*(?:[,;/\n]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_AMPERSAND = re.compile(r"\s*&\s*")


def _split_names(text: str) -> list[str]:
    return [n for n in (" ".join(p.split()) for p in _NAMES.split(text)) if n]


def _role_names(text: str, alone: set[str]) -> list[str]:
    """The names in one cell of the register. A name joined by '&' stays one ('Legal &
    Compliance') unless each side of it is a name the register writes alone in another
    cell ('PM & Dev' where 'PM' and 'Dev' are roles of their own): then it names both."""
    out: list[str] = []
    for name in _split_names(text):
        sides = [s for s in _AMPERSAND.split(name) if s]
        out += sides if len(sides) > 1 and all(fold(s) in alone for s in sides) else [name]
    return out


def _letter_heading(table: Table, r: int, c: int) -> str | None:
    text = table.g[r][c]
    if not text or len(text) > 40:
        return None
    found = parse_letters(text, table.words)
    if found is None or len(found) != 1:
        return None
    letter = next(iter(found))
    single = len(text.strip(" :()")) == 1
    worded = fold(text).split(" ")[0].strip(" :()") in table.words
    return letter if single or worded else None


def find_letter_header(table: Table) -> tuple[int, dict[int, str]] | None:
    """The row whose headings are letters (R and A at least), with the letter per column."""
    for r in range(min(table.rows, HEADER_SCAN_ROWS)):
        heads = {c: letter for c in range(table.cols)
                 if (letter := _letter_heading(table, r, c)) is not None}
        letters = set(heads.values())
        if {"R", "A"} <= letters and len(letters) == len(heads) and len(heads) >= 3:
            first = min(heads)
            if first > 0 and any(table.g[x][first - 1] for x in range(r + 1, table.rows)):
                return r, heads
    return None


def read_letter_columns(table: Table) -> ImportPlan:
    """The plan for a one-column-per-letter table; NoGridError when the sheet is not one."""
    found = find_letter_header(table)
    if found is None:
        raise NoGridError(f"sheet '{table.sheet.title}' has no RACI grid (a header row with "
                          "role names over letters such as R, A, C, I)")
    h, heads = found
    first = min(heads)
    act = name_column(table, range(first), h)
    roles: dict[str, int] = {}
    activities: list[ImportedActivity] = []
    columns = ", ".join(f"{col_name(c)}: {v}" for c, v in sorted(heads.items()))
    notes = [f"read one column per letter ({columns}); the names in its cells became roles"]
    alone = {fold(n) for r in range(h + 1, table.rows) for c in heads
             for n in _split_names(table.g[r][c]) if "&" not in n}
    phase = ""
    for r in rows_down(table, h + 1, lambda r: any(table.g[r][c] for c in (act, *heads))):
        name = table.g[r][act]
        cells_text = {c: table.g[r][c] for c in heads if table.g[r][c]}
        if not name:
            notes.append(f"{row_word(r)}: names but no activity; skipped")
            continue
        if not cells_text:
            phase = name
            notes.append(f"{row_word(r)}: read '{name}' as a phase heading")
            continue
        cells: dict[int, set[str]] = {}
        for c, text in cells_text.items():
            for role in _role_names(text, alone):
                j = roles.setdefault(role, len(roles))
                cells.setdefault(j, set()).add(heads[c])
        activities.append(ImportedActivity(name, phase, {j: frozenset(v) for j, v in
                                                         cells.items()}, r + 1))
    if not activities:
        raise NoGridError(f"sheet '{table.sheet.title}': letter headings in {row_word(h)} "
                          "but no activity rows below them")
    return ImportPlan(table.sheet.title, h + 1, "RACI",
                      [ImportedRole(name, "") for name in roles], activities, [], notes)
