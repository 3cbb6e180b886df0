"""Read a RACI table written one column per letter: roles named in the cells.

Some teams keep their RACI as a list rather than a matrix:

    Task        | Responsible    | Accountable | Consulted  | Informed
    Write spec  | Dev Lead       | PM          | QA, UX     | Sponsor

The header row holds letters or letter words (at least R and A); the cells hold
the names of the roles with that letter, several separated by commas, slashes,
semicolons, "and" or line breaks. Every name met becomes a role, in the order
met, and the table becomes the matrix it describes.

Others keep one text column of assignments per row instead:

    Action      | Area   | RACI
    Label racks | Stores | A: Ops lead; R: Crew, Vendor | I: Board

read the same way: the letters before each colon, the roles named after it.
"""

from __future__ import annotations

import re

from raci.excel.grid import (
    HEADER_SCAN_ROWS,
    LETTERS,
    Table,
    col_name,
    col_word,
    name_column,
    row_word,
    rows_down,
    shorten,
)
from raci.excel.letters import fold, parse_letters
from raci.excel.plan import ImportedActivity, ImportedRole, ImportPlan, NoGridError, no_grid

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
        raise no_grid(table.sheet.title)
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


# One assignment in a text: letters and a colon at the start of the text or after a
# semicolon, a bar or a line break ('A: Ops lead; R: Crew, Vendor | I: Board').
_ASSIGNED = re.compile(r"(?:^|[;|\n])\s*([^\s:;|\n][^:;|\n]{0,23}?)\s*:\s*")
_ENDS = " \t;|\n,"


def assignments(table: Table, text: str) -> list[tuple[frozenset[str], str]] | None:
    """The letters and the names each assignment of a text gives ('R/A: Lead' is both
    letters for Lead), or None unless the whole text is such assignments."""
    if ":" not in text:
        return None
    marks = list(_ASSIGNED.finditer(text.strip()))
    if not marks or marks[0].start() != 0:
        return None
    text = text.strip()
    out: list[tuple[frozenset[str], str]] = []
    for i, mark in enumerate(marks):
        letters = table.plain_letters(mark[1])
        names = text[mark.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)]
        if not letters or not names.strip(_ENDS) or table.plain_letters(names.strip(_ENDS)):
            return None  # 'R: Responsible' is a legend line, no role named
        out.append((letters, names.strip(_ENDS)))
    return out


def find_assignment_column(table: Table) -> tuple[int, int, list[int]] | None:
    """The header row, the column and the rows of a list whose one text column gives each
    row's letters with the roles named ('A: Ops lead; R: Crew, Vendor; C: Quality'): at
    least three rows with a name beside, most of the column's texts below its first, R
    and A among them, under a heading in a header row that holds no letters."""
    best: tuple[int, int, list[int]] | None = None
    lettered: dict[int, int] = {}
    for c in range(1, table.cols):
        rows = [r for r in table.column_cells[c] if r < table.rows]
        given = [r for r in rows if assignments(table, table.g[r][c])]
        letters = {x for r in given for found, _ in assignments(table, table.g[r][c]) or []
                   for x in found}
        if len(given) < 3 or not {"R", "A"} <= letters:
            continue
        first = given[0]
        after = [r for r in rows if r > first]
        if 3 * (len(given) - 1) < 2 * len(after):
            continue
        named = [r for r in given if any(table.g[r][x] for x in range(c))]
        if len(named) < 3 or 3 * len(named) < 2 * len(given):
            continue
        if 2 * sum(1 for r in named if _lettered(table, r, lettered) - (
                table.kind(r, c) == LETTERS) >= 2) >= len(named):
            continue  # role columns of letters beside it: a grid's, this column its notes
        heads = [r for r in range(named[0]) if len(table.row_texts(r)) >= 2]
        # the header names the columns ('RACI' over this one): a row of letters above is
        # a grid's, and this column under it a legend or notes
        if heads and table.g[heads[-1]][c] and not any(
                table.kind(heads[-1], x) == LETTERS for x in range(table.cols) if x != c) and (
                best is None or len(named) > len(best[2])):
            best = (heads[-1], c, named)
    return best


def _lettered(table: Table, r: int, counted: dict[int, int]) -> int:
    """How many cells of row r hold letters (counted once per row)."""
    if r not in counted:
        counted[r] = sum(1 for x in range(table.cols) if table.kind(r, x) == LETTERS)
    return counted[r]


def read_assignment_column(table: Table) -> ImportPlan:
    """The plan for a list with one text of assignments per row; NoGridError when the
    sheet is not one. Every name met becomes a role, in the order met; the other columns
    are kept in each activity's description."""
    found = find_assignment_column(table)
    if found is None:
        raise NoGridError(f"sheet '{table.sheet.title}' has no column of assignments")
    h, c, _ = found
    act = name_column(table, range(c), h)
    others = [x for x in range(table.cols) if x not in (act, c) and table.g[h][x]]
    roles: dict[str, int] = {}
    activities: list[ImportedActivity] = []
    notes = [f"{col_word(c)} ('{shorten(table.g[h][c], 30)}') gives each row's letters "
             "with the roles named ('A: role; R: role, role'); the names became roles"]
    alone = {fold(n) for r in range(h + 1, table.rows)
             for _, names in assignments(table, table.g[r][c]) or []
             for n in _split_names(names) if "&" not in n}
    for r in rows_down(table, h + 1, lambda r: bool(table.g[r][act] or table.g[r][c])):
        name = table.g[r][act]
        if not name:
            notes.append(f"{row_word(r)}: assignments but no activity; skipped")
            continue
        given = assignments(table, table.g[r][c]) if table.g[r][c] else []
        cells: dict[int, set[str]] = {}
        for letters, names in given or []:
            for role in _role_names(names, alone):
                cells.setdefault(roles.setdefault(role, len(roles)), set()).update(letters)
        details = [f"{table.g[h][x]}: {table.g[r][x]}" for x in others if table.g[r][x]]
        if given is None:
            details.append(f"{table.g[h][c]}: {table.g[r][c]}")
            notes.append(f"{row_word(r)}: '{table.g[r][c][:40]}' names no letters; kept in "
                         "the description")
        activities.append(ImportedActivity(name, "", {j: frozenset(v) for j, v in
                                                      cells.items()}, r + 1,
                                           "\n".join(details)))
    if others:
        notes.append(", ".join(f"{col_word(x)} ('{shorten(table.g[h][x], 30)}')"
                               for x in others) + " kept in each activity's description")
    return ImportPlan(table.sheet.title, h + 1, "RACI",
                      [ImportedRole(name, "") for name in roles], activities, [], notes)


# A letter in brackets closing a heading in any language ('Llogaridhënës (A)', 'Lead (R)').
_BRACKETED_LETTER = re.compile(r"[(\[]\s*([^\W\d_]{1,2})\s*[)\]]\s*$")
NAMED_ROWS = 3
"""Rows of a column beside the grid that must name its roles for the column to give them
the letter its heading names."""
NAMED_SHARE = 0.75
"""The share of its filled cells that must name roles of the grid."""


HEADING_WORDS = 4
"""Words of a short heading read one by one for the letter it names ('Who is accountable')."""


def heading_letter(table: Table, text: str) -> str | None:
    """The one letter a column's heading names: by its word ('Accountable', a word the
    sheet's legend gives), in brackets at its end ('Llogaridhënës (A)'), or as the one word
    of a short heading that names a letter ('Accountable role', 'Who is accountable'; a
    lone letter among the words, as in 'Plan A', names none); else None."""
    if not text or len(text) > 60:
        return None
    found = parse_letters(text, table.words)
    if found is None and (mark := _BRACKETED_LETTER.search(text)):
        found = parse_letters(mark[1], table.words)
    if found is None and len(words := text.split()) <= HEADING_WORDS:
        named = {letter for word in words if len(word) >= 3
                 for letter in parse_letters(word.strip(":?"), table.words) or ()}
        found = frozenset(named) if named else None
    return next(iter(found)) if found is not None and len(found) == 1 else None


def _named_roles(text: str, index: dict[str, int]) -> list[int] | None:
    """The roles a cell names, each by its heading (several joined by ' / ', commas, 'and'
    or '&'), or None unless every name in it is a role's."""
    if (whole := fold(text)) in index:
        return [index[whole]]
    names = [fold(side) for name in _split_names(text) for side in _AMPERSAND.split(name)]
    if not names or any(name not in index for name in names):
        return None
    return [index[name] for name in names]


def letters_named_beside(table: Table, h: int, cols: list[int], heads: list[str],
                         rows: list[int], held: frozenset[str] = frozenset()
                         ) -> dict[int, tuple[str, dict[int, list[int]]]]:
    """Text columns beside a grid that name, on each row, the roles with one letter: the
    heading names the letter ('Accountable', 'Llogaridhënës (A)') and the cells hold role
    headings of the grid (heads, one per role), as a grid that keeps its A out of the role
    columns writes them; a name merged down over several rows names each row's. A column
    naming a letter the grid's role columns already hold (held: a chart with its own A and
    an 'Accountable' column beside, perhaps naming another role) gives none: the grid's
    letters are the chart's. Column -> (its letter, row -> the roles it names there)."""
    index = {fold(head): j for j, head in enumerate(heads) if head}
    out: dict[int, tuple[str, dict[int, list[int]]]] = {}
    for c in cols:
        letter = heading_letter(table, table.g[h][c])
        if letter is None or letter in held:
            continue
        filled = [r for r in rows if table.merged_value(r, c)]
        named = {r: found for r in filled
                 if (found := _named_roles(table.merged_value(r, c), index))}
        if len(named) >= NAMED_ROWS and len(named) >= NAMED_SHARE * len(filled):
            out[c] = (letter, named)
    return out
