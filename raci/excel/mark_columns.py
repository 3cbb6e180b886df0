"""Read a RACI grid with one sub-column per letter under each role, marked with ticks.

    Task        |    Project Manager    |      Developer
                | R  | A  | C  | I      | R  | A  | C  | I
    Write spec  |    | x  |    |        | x  |    |    |

The role names sit over groups of letter sub-columns (usually merged across
them); any mark in a sub-column (x, a tick, 1, yes) gives the role that letter.
The same grid laid out letter by letter, one block of role columns under each letter
(find_letter_blocks), is read here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from raci.excel.grid import HEADER_SCAN_ROWS, Table, name_column, row_word, rows_down
from raci.excel.letters import fold, is_none
from raci.excel.plan import ImportedActivity, ImportedRole, ImportPlan, NoGridError, no_grid

LETTERS = set("RACISVOD")


def find_mark_header(table: Table) -> tuple[int, list[tuple[str, dict[int, str]]]] | None:
    """The letter sub-header row and, per role, its name and letter sub-columns."""
    for s in range(1, min(table.rows, HEADER_SCAN_ROWS)):
        subs = {c: table.g[s][c].strip().upper() for c in range(table.cols)
                if table.g[s][c].strip().upper() in LETTERS and len(table.g[s][c].strip()) == 1}
        if len(subs) < 4:
            continue
        groups: list[tuple[str, dict[int, str]]] = []
        for c in sorted(subs):
            name = next((table.g[r][c] for r in range(s - 1, max(-1, s - 3), -1)
                         if table.g[r][c]), "")
            if name and (not groups or subs[c] in groups[-1][1].values() or c - 1 not in subs):
                groups.append((" ".join(name.split()), {}))
            if groups:
                groups[-1][1][c] = subs[c]
        good = [g for g in groups if {"R", "A"} <= set(g[1].values())
                and table.letters(g[0]) is None]
        first = min(subs)
        if (len(good) >= 2 and len(good) == len(groups)
                and not any(table.g[s][c] for c in range(first))):
            return s, groups
    return None


def _activity_column(table: Table, s: int, groups: list[tuple[str, dict[int, str]]],
                     missing: str) -> int:
    """The column of activity names left of the first marked column under header row s;
    NoGridError saying ``missing`` when the marked columns start at the sheet's edge."""
    first = min(min(cols) for _, cols in groups)
    if first == 0:
        raise NoGridError(f"sheet '{table.sheet.title}': {missing}")
    return name_column(table, range(first), s)


def _marked(table: Table, r: int, c: int) -> bool:
    """Whether a cell holds a mark: any text but a 'none' word."""
    return bool(table.g[r][c]) and not is_none(table.g[r][c])


def _marked_rows(table: Table, s: int, act: int, columns: list[int],
                 cells_of: Callable[[int], dict[int, frozenset[str]]],
                 notes: list[str]) -> list[ImportedActivity]:
    """The activities under the header row ``s`` of a grid of marks: a row with a name and
    marks is an activity (``cells_of`` gives its letters by role), one with a name and no
    marks a phase heading, one with marks and no name skipped (each said in ``notes``)."""
    activities: list[ImportedActivity] = []
    phase = ""
    for r in rows_down(table, s + 1, lambda r: bool(table.g[r][act]) or any(
            _marked(table, r, c) for c in columns)):
        name = table.g[r][act]
        cells = cells_of(r)
        if not name:
            notes.append(f"{row_word(r)}: marks but no activity name; skipped")
        elif not cells:
            phase = name
            notes.append(f"{row_word(r)}: read '{name}' as a phase heading")
        else:
            activities.append(ImportedActivity(name, phase, cells, r + 1))
    return activities


def read_mark_columns(table: Table) -> ImportPlan:
    """The plan for a ticked sub-column grid; NoGridError when the sheet is not one."""
    found = find_mark_header(table)
    if found is None:
        raise no_grid(table.sheet.title)
    s, groups = found
    act = _activity_column(table, s, groups, f"letter sub-columns in {row_word(s)} but no "
                           "activity column to their left")
    notes = [f"{row_word(s)}: one sub-column per letter under each role; a mark in a "
             "sub-column gives the role that letter"]

    def cells_of(r: int) -> dict[int, frozenset[str]]:
        cells: dict[int, frozenset[str]] = {}
        for j, (_, cols) in enumerate(groups):
            if letters := frozenset(letter for c, letter in cols.items()
                                    if _marked(table, r, c)):
                cells[j] = letters
        return cells

    activities = _marked_rows(table, s, act, [c for _, cols in groups for c in cols],
                              cells_of, notes)
    if not activities:
        raise NoGridError(f"sheet '{table.sheet.title}': letter sub-columns in {row_word(s)} "
                          "but no marked activity rows below them")
    return ImportPlan(table.sheet.title, s + 1, "RACI",
                      [ImportedRole(name, "") for name, _ in groups], activities, [], notes)


_LETTER_HEAD = re.compile(r"\s*([A-Za-z])\s*(?:[-–—:=(|]|$)")


def _head_letter(table: Table, text: str) -> str | None:
    """The letter a block's head names: 'R', 'R – Does the work', 'A (Accountable)', or a
    letter word alone ('Responsible')."""
    if match := _LETTER_HEAD.match(text):
        letter = match[1].upper()
        return letter if letter in LETTERS else None
    letters = table.letters(text)
    return next(iter(letters)) if letters and len(letters) == 1 else None


def find_letter_blocks(table: Table) -> tuple[int, list[tuple[str, dict[int, str]]]] | None:
    """The role sub-header row and, per letter block, its letter and role sub-columns, for
    a grid laid out letter by letter: one block of columns per letter (an 'R – Does the
    work' head over the roles, then an 'A' head over the same roles again ...), a mark in
    a role's sub-column of a block giving the role that letter. Only where three blocks or
    more, R and A among them, each a different letter, head the very same role names in
    the same order (two roles or more): an ordinary grid's group heads over other roles
    are no such blocks."""
    for s in range(1, min(table.rows, HEADER_SCAN_ROWS)):
        above = s - 1
        blocks: list[tuple[str, dict[int, str]]] = []
        for c in range(table.cols):
            head = table.g[above][c]
            if head and (above, c) not in table.across:  # not a merged head's next column
                letter = _head_letter(table, head)
                blocks.append((letter or "", {}))
            name = " ".join(table.g[s][c].split())
            if name and blocks:
                blocks[-1][1][c] = name
        blocks = [b for b in blocks if b[1]]
        while blocks and not blocks[0][0]:  # the activity's head, a remarks column
            blocks.pop(0)
        while blocks and not blocks[-1][0]:
            blocks.pop()
        letters = [b[0] for b in blocks]
        if (len(blocks) < 3 or "" in letters or len(set(letters)) < len(letters)
                or not {"R", "A"} <= set(letters)):
            continue
        names = [fold(n) for n in blocks[0][1].values()]
        if len(names) >= 2 and len(set(names)) == len(names) and all(
                [fold(n) for n in b[1].values()] == names for b in blocks[1:]) and all(
                table.letters(n) is None for n in blocks[0][1].values()) and _ticked(
                table, s, blocks):
            return s, blocks
    return None


def _ticked(table: Table, s: int, blocks: list[tuple[str, dict[int, str]]]) -> bool:
    """True when the cells under the blocks hold marks more often than letters other than
    their block's own: stages named by a letter ('A - Analyse', 'R - Release') over the same
    roles with 'R', 'C' typed in them are a grid of letters per stage, not ticks."""
    marks = others = 0
    for letter, cols in blocks:
        for c in cols:
            for r in range(s + 1, table.rows):
                if text := table.g[r][c]:
                    letters = table.letters(text)
                    if letters and not letters <= {letter, "X"}:
                        others += 1
                    else:
                        marks += 1
    return marks > others


def read_letter_blocks(table: Table) -> ImportPlan:
    """The plan for a grid laid out letter by letter (find_letter_blocks); NoGridError when
    the sheet is not one."""
    found = find_letter_blocks(table)
    if found is None:
        raise no_grid(table.sheet.title)
    s, blocks = found
    act = _activity_column(table, s, blocks, f"blocks of role columns per letter in "
                           f"{row_word(s)} but no activity column to their left; put the "
                           "activity names in the column before the first block")
    roles = list(blocks[0][1].values())
    notes = [f"{row_word(s)}: one block of role columns per letter "
             f"({', '.join(letter for letter, _ in blocks)}); a mark in a role's column of a "
             "block gives the role that letter"]

    def cells_of(r: int) -> dict[int, frozenset[str]]:
        cells: dict[int, frozenset[str]] = {}
        for letter, cols in blocks:
            for j, c in enumerate(cols):
                if _marked(table, r, c):
                    cells[j] = cells.get(j, frozenset()) | {letter}
        return cells

    activities = _marked_rows(table, s, act, [c for _, cols in blocks for c in cols],
                              cells_of, notes)
    if not activities:
        raise NoGridError(f"sheet '{table.sheet.title}': blocks of role columns per letter "
                          f"in {row_word(s)} but no marked activity rows below them; "
                          "mark a role's column in a letter's block to give it that letter")
    return ImportPlan(table.sheet.title, s + 1, "RACI",
                      [ImportedRole(name, "") for name in roles], activities, [], notes)
