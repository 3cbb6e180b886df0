"""Read a RACI grid with one sub-column per letter under each role, marked with ticks.

    Task        |    Project Manager    |      Developer
                | R  | A  | C  | I      | R  | A  | C  | I
    Write spec  |    | x  |    |        | x  |    |    |

The role names sit over groups of letter sub-columns (usually merged across
them); any mark in a sub-column (x, a tick, 1, yes) gives the role that letter.
"""

from __future__ import annotations

from raci.excel.grid import HEADER_SCAN_ROWS, Table, name_column, row_word, rows_down
from raci.excel.letters import is_none
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


def read_mark_columns(table: Table) -> ImportPlan:
    """The plan for a ticked sub-column grid; NoGridError when the sheet is not one."""
    found = find_mark_header(table)
    if found is None:
        raise no_grid(table.sheet.title)
    s, groups = found
    first = min(min(cols) for _, cols in groups)
    if first == 0:
        raise NoGridError(f"sheet '{table.sheet.title}': letter sub-columns in {row_word(s)} "
                          "but no activity column to their left")
    act = name_column(table, range(first), s)
    activities: list[ImportedActivity] = []
    notes = [f"{row_word(s)}: one sub-column per letter under each role; a mark in a "
             "sub-column gives the role that letter"]
    def marked(r: int, c: int) -> bool:
        return bool(table.g[r][c]) and not is_none(table.g[r][c])

    phase = ""
    for r in rows_down(table, s + 1, lambda r: bool(table.g[r][act]) or any(
            marked(r, c) for _, cols in groups for c in cols)):
        name = table.g[r][act]
        cells: dict[int, frozenset[str]] = {}
        for j, (_, cols) in enumerate(groups):
            if letters := frozenset(letter for c, letter in cols.items() if marked(r, c)):
                cells[j] = letters
        if not name:
            notes.append(f"{row_word(r)}: marks but no activity name; skipped")
        elif not cells:
            phase = name
            notes.append(f"{row_word(r)}: read '{name}' as a phase heading")
        else:
            activities.append(ImportedActivity(name, phase, cells, r + 1))
    if not activities:
        raise NoGridError(f"sheet '{table.sheet.title}': letter sub-columns in {row_word(s)} "
                          "but no marked activity rows below them")
    return ImportPlan(table.sheet.title, s + 1, "RACI",
                      [ImportedRole(name, "") for name, _ in groups], activities, [], notes)
