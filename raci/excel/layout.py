"""Where the grid lies on a sheet and what each of its rows is.

Named steps over a classified ``Table`` (see raci/excel/grid.py):
``find_layout`` (header row, role-column candidates, activity, ID, phase and
detail columns), ``role_columns`` (the final role columns, letterless ones
included), ``body_rows`` (down to where the grid ends), ``classify_bare``
(a name without letters: wrapped name, phase heading or activity) and
``pre_data`` (rows between the header and the first letters).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from statistics import median

from openpyxl.utils import column_index_from_string

from raci.errors import RaciError
from raci.excel import people as who
from raci.excel.grid import (
    ACTIVITY_HEADING,
    CODE_VALUE,
    GRAND_TOTAL,
    HEADER_SCAN_ROWS,
    ID_HEADINGS,
    LETTERS,
    NON_ROLE_HEADINGS,
    NUMBER,
    PHASE_HEADINGS,
    PHASE_TEXT,
    PHASE_WORD,
    QUANTITY_HEADING,
    ROMAN,
    SUMMARY_TEXT,
    TEXT,
    TRANSPOSED,
    ColumnRun,
    Table,
    col_word,
    cols_word,
    column_run,
    find_header,
    heading_ok,
    is_legend_row,
    key_column,
    lines,
    ref,
    role_blocks,
    row_word,
    section_heading,
    shorten,
    span,
)
from raci.excel.letters import (
    LEGEND_TITLE,
    defines_raci_letters,
    fold,
    legend_entry,
    lookalike_letters,
    readable_letters,
)
from raci.excel.plan import NoGridError, ReadOptions, lines_word, no_grid


@dataclass
class Layout:
    """Where the parts of the grid are on the sheet (0-based)."""

    header: int
    roles: list[int]
    data_start: int
    head_end: int
    act: int
    id_col: int | None = None
    phase_col: int | None = None
    details: list[int] = field(default_factory=list)
    headings: dict[int, str] = field(default_factory=dict)
    first_phase: str = ""
    ignored: list[int] = field(default_factory=list)
    empty: bool = False
    """True for a grid whose role columns hold no letters yet (a blank template)."""
    phase_row: int | None = None
    """A first phase heading above the header row ('Phase 1: Plan')."""
    right_text: int | None = None
    """The first text column right of the roles, when the activities are there."""

    def span(self) -> tuple[int, int]:
        """The grid's first and last columns: roles, activities and the other text columns."""
        cols = [*self.roles, self.act, *self.details, *self.ignored,
                *(c for c in (self.id_col, self.phase_col) if c is not None and c >= 0)]
        return min(cols), max(cols)


def text_columns_right(table: Table, roles: list[int], first: int, last: int) -> list[int]:
    """Text columns right after the role columns (activity names written after the letters).

    Columns with text in the grid's rows, more text than letters, next to each other
    from the first one within two columns of the roles.
    """
    out: list[int] = []
    c = roles[-1] + 1
    while c < table.cols:
        kinds = [table.kind(r, c) for r in range(first, last + 1) if table.g[r][c]]
        if kinds and kinds.count(TEXT) > len(kinds) / 2:
            out.append(c)
        elif out or c > roles[-1] + 2:
            break
        c += 1
    return out


NAME_HEADING = re.compile(
    r"\b(task|activit|step|process|action|work ?item|attivit|tâche|tache|tarea|actividad|"
    r"aufgabe|tätigkeit|aktivit|zadat|aktivnost|tehtävä|uppgift|opgave|oppgave|taak|"
    r"zadani|czynno|tarefa|atividade|úkol|činnost|görev|faaliyet|tugas|kegiatan|"
    r"activitat|sarcin|feladat|tevékenys|εργασ|δραστηριότ|задач|деятельн|"
    r"任务|活动|作業|タスク|업무|작업)", re.IGNORECASE)
"""Headings that name the activities themselves (a 'Description' beside them does not)."""


def column_index(letter: str | None) -> int | None:
    """0-based index of a column letter; -1 for '' (none); None when not given."""
    if letter is None:
        return None
    if not letter.strip():
        return -1
    try:
        return int(column_index_from_string(letter.strip().upper())) - 1
    except ValueError as exc:
        raise RaciError(f"{letter!r} is not a column letter such as C") from exc


def header_rows(table: Table, h: int, role_cols: list[int], data_start: int) -> list[int]:
    """Rows below the header, before the letters, with text over the role columns."""
    return [r for r in range(h + 1, data_start)
            if any(table.g[r][c] for c in role_cols)]


def find_empty_header(table: Table, only: int | None = None
                      ) -> tuple[int, list[int], int, int] | None:
    """A header with no letters under it yet: (row, role columns, last body row, activity column).

    Sound only with strong evidence: an activity heading ('Task', 'Activity'),
    two or more role-like headings right of it (jobs, functions, people), named
    rows below it and not one value under the role headings.
    """
    rows = range(min(table.rows, HEADER_SCAN_ROWS)) if only is None else range(only, only + 1)
    for r in rows:
        if r >= table.rows:
            break
        for act in range(table.cols - 2):
            head = table.g[r][act]
            if not head or len(head) > 40 or not ACTIVITY_HEADING.search(head):
                continue
            cols = []
            for c in range(act + 1, table.cols):
                text = table.g[r][c]
                if not heading_ok(table, r, c) or ACTIVITY_HEADING.search(text):
                    break
                cols.append(c)
            if len(cols) < 2 or who.role_likeness([table.g[r][c] for c in cols]) < 0.5:
                continue
            last = r
            while last + 1 < table.rows and any(table.g[last + 1][c]
                                                for c in range(act, cols[-1] + 1)):
                last += 1
            named = any(table.g[x][act] for x in range(r + 1, last + 1))
            if named and not any(table.g[x][c] for x in range(r + 1, last + 1) for c in cols):
                return r, cols, last, act
    return None


def names_under_repeats(table: Table, h: int, runs: dict[int, ColumnRun]
                        ) -> tuple[int, dict[int, ColumnRun]]:
    """The header row, moved down when it repeats its headings over a row that tells
    every column apart: 'Plan | Plan | Build' written out over 'Survey | Order | Pour'
    groups the columns the lower row names. A lower row of people's names is staffing
    under repeated roles instead, and leaves the header where it is.
    """
    cols = sorted(runs)
    if len({fold(table.g[h][c]) for c in cols}) == len(cols):
        return h, runs
    for r in range(h + 1, min(run.first for run in runs.values())):
        texts = [table.g[r][c] for c in cols]
        label = " ".join(table.row_texts(r, 0, cols[0] - 1)[-1:])
        if (all(heading_ok(table, r, c) for c in cols)
                and len({fold(t) for t in texts}) == len(cols)
                and not who.person_row(texts, label)):
            lower = {c: column_run(table, c, r) for c in cols}
            if all(run.letters for run in lower.values()):
                return r, lower
    return h, runs


def names_under_codes(table: Table, h: int, runs: dict[int, ColumnRun]
                      ) -> tuple[int, dict[int, ColumnRun]]:
    """The header row, moved down when its headings are all references ('P1', 'P2',
    'T1.1': no spaces, a digit) over a row right below that names every column in words:
    the numbers number the columns the lower row names."""
    cols = sorted(runs)
    r = h + 1
    if len(cols) < 2 or r >= min(run.first for run in runs.values()) or not all(
            CODE_VALUE.match(table.g[h][c]) for c in cols):
        return h, runs
    texts = [table.g[r][c] for c in cols]
    if (all(heading_ok(table, r, c) and any(ch.isalpha() for ch in t)
            and not CODE_VALUE.match(t) for c, t in zip(cols, texts, strict=True))
            and len({fold(t) for t in texts}) == len(cols)):
        lower = {c: column_run(table, c, r) for c in cols}
        if all(run.letters for run in lower.values()):
            return r, lower
    return h, runs


WORD_IN_CODE = re.compile(r"[^\W\d_]{4,}")
"""A word in a short code ('Sprint1', 'Kickoff2'); 'T1', 'REQ-01', 'WP1.2' have none."""
ID_TAILS = {"id", "#", "no", "no.", "nr", "nr.", "ref", "ref.", "num", "number", "code"}
"""Last words of a heading over numbering ('Task ID', 'Doc no.'); 'Onboarding Step' names."""


def lookalikes_before(table: Table, h: int, main: list[int], start: int, end: int
                      ) -> list[int]:
    """The headed columns just left of the lettered ones whose letters are all typed with
    Greek or Cyrillic look-alikes ('А', 'С' on a Ukrainian keyboard): role columns too.
    Not a column of classes ('А', 'С' for a priority) whose A falls mostly on rows that
    have their A in a role column already."""
    out: list[int] = []
    c = main[0] - 1
    while c > 0 and table.g[h][c]:
        rows = [r for r in range(start, end + 1) if table.g[r][c]]
        read = [x if (x := table.letters(table.g[r][c])) is not None
                else lookalike_letters(table.g[r][c], table.words) for r in rows]
        if not rows or all(table.g[r][c].isascii() for r in rows) or not all(
                x is not None for x in read):
            break
        accountable = [r for r, x in zip(rows, read, strict=True) if x and "A" in x]
        if accountable and 2 * sum(1 for r in accountable if any(
                "A" in (table.letters(table.g[r][x]) or ()) for x in main)) >= len(accountable):
            break
        out.insert(0, c)
        c -= 1
    return out


def find_layout(table: Table, options: ReadOptions,
                activity_col: int | None = None) -> tuple[Layout, list[str]]:
    """Header row, role-column candidates and the text columns left of them.

    ``activity_col`` is the column of activity names when it is known (the header row
    given for a grid turned on its side), instead of the one guessed.
    """
    only = None if options.header_row is None else options.header_row - 1
    found = find_header(table, only)
    title = table.sheet.title
    notes: list[str] = []
    empty = None if found is not None else find_empty_header(table, only)
    if empty is not None:
        h, main, prov_end, forced_act = empty
        data_start = h + 1
        notes.append(f"no cell holds letters yet: read {row_word(h)} ('{table.g[h][forced_act]}' "
                     f"over {len(main)} role headings) as an empty grid; every role is "
                     "imported without letters")
    elif found is None and only is not None:
        raise NoGridError(f"sheet '{title}': {row_word(only)} does not head any column of "
                          "letters; choose the row with the role names")
    elif found is None:
        raise no_grid(title)
    else:
        h, runs = found if only is not None else names_under_codes(
            table, *names_under_repeats(table, *found))
        forced_act = None
        blocks = role_blocks(list(runs))
        main = max(blocks, key=lambda b: sum(runs[c].letters for c in b))
        for block in blocks:
            if block is not main:
                notes.append(f"skipped {cols_word(block)} "
                             f"('{shorten(table.g[h][block[0]], 30)}'...): apart from the grid")
        data_start = min(runs[c].first for c in main)
        prov_end = max(runs[c].last for c in main)
        main = lookalikes_before(table, h, main, data_start, prov_end) + main
    head_end = h
    for r1, c1, r2, _ in table.sheet.merges:
        if r1 == h and (c1 in main or c1 < main[0]):
            head_end = max(head_end, min(r2, data_start - 1))
    first_role = main[0]
    text_cols = [c for c in range(first_role)
                 if any(table.g[r][c] for r in range(head_end + 1, prov_end + 1))]
    right_text = None
    left_notes: list[int] = []
    if forced_act is None and len(main) >= 2:
        right = text_columns_right(table, main, head_end + 1, prov_end)
        if not text_cols or (right and mirrored(table, main, text_cols, right[0],
                                                 range(head_end + 1, prov_end + 1))):
            left_notes, text_cols = text_cols, right
            right_text = text_cols[0] if text_cols else None
    if not text_cols:
        raise NoGridError(
            f"sheet '{title}': found role columns from {ref(h, first_role)} but no activity "
            "column beside them; put the activity names in the column before (or after) the roles"
        )

    # rows of the heading: the header and those below it before the letters, but a band
    # (one text alone in its row: a phase over the first rows) is no heading
    heads = [r for r in range(h, data_start) if r == h or len(table.row_texts(r)) != 1]

    def heading(c: int) -> str:
        # the header row's own text first: a row under it before the first letters may
        # be a first summary row ('1 | Cutover preparation | 33 days'), not headings
        texts = [table.g[r][c] for r in heads if table.g[r][c]]
        return table.g[h][c] or (texts[-1] if texts else "")

    body = range(data_start, prov_end + 1)

    def values(c: int) -> list[str]:
        return [table.g[r][c] for r in body if table.g[r][c]]

    def lettered_values(c: int) -> list[str]:
        # the values of the rows with letters: a phase band written in this column is none
        return [table.g[r][c] for r in body if table.g[r][c]
                and any(table.kind(r, x) == LETTERS for x in main)]

    def is_id(c: int) -> bool:
        head = fold(heading(c)).strip(" :")
        if head in ID_HEADINGS or head.split()[-1:] in ([w] for w in ID_TAILS):
            return True  # 'ID', 'Step', 'Task ID', 'Doc no.'
        vals = lettered_values(c)
        if NAME_HEADING.search(head) and any(WORD_IN_CODE.search(v) for v in vals):
            return False  # 'Task' over 'Kickoff2', 'Sprint1': names, however short
        if QUANTITY_HEADING.search(head) and all(NUMBER.match(v) for v in vals):
            return False  # 'Hours' over 3, 5, 4: a quantity of each activity, kept
        # 'Task' over 'T1'; Thai, Arabic or Devanagari digits ('๑.๑') as the digits they are
        return bool(vals) and all(CODE_VALUE.match(ascii_digits(v)) for v in vals)

    ids = [c for c in text_cols if is_id(c)]
    phases = [c for c in text_cols if fold(heading(c)).strip(" :") in PHASE_HEADINGS]
    candidates = [c for c in text_cols if c not in ids and c not in phases] or [
        c for c in text_cols if c not in phases] or text_cols

    lettered_rows = [r for r in body if any(table.kind(r, x) == LETTERS for x in main)]

    def richness(c: int) -> tuple[int, bool, int, int, float]:
        """A column named for activities first ('Task' over 'Description'), then one of
        words over one of numbers (a step number), then the first of the columns where
        (nearly) every row has a name of its own (the activity before its description,
        output or notes, whatever their headings' language; not a column of one word to a
        row, an owner, area or system, before one of names of a few words), then variety."""
        vals = values(c)
        lettered = lettered_values(c)
        # a column named for tasks that most rows leave empty ('Parent task') names none
        named = 1 if NAME_HEADING.search(heading(c)) and 2 * len(lettered) >= len(
            lettered_rows) else 0
        worded = sum(1 for v in vals if not NUMBER.match(v) and not DATE_TEXT.fullmatch(v)) \
            > len(vals) / 2
        distinct = len(set(vals))
        first = -c if own_names(c) and not (words(c) < 1.3 and any(
            own_names(x) and 1.5 <= words(x) < 5.5 for x in candidates if x != c)) \
            else -table.cols
        return named, worded, first, distinct, sum(len(v) for v in vals) / max(1, len(vals))

    def words(c: int) -> float:
        vals = values(c)
        return sum(len(v.split()) for v in vals) / max(1, len(vals))

    def own_names(c: int) -> bool:
        """Worded, and (nearly) every row's value its own: a value merged down over several
        rows with letters (a group's name over its activities) is no row's own."""
        vals = values(c)
        worded = sum(1 for v in vals if not NUMBER.match(v) and not DATE_TEXT.fullmatch(v)) \
            > len(vals) / 2
        shared = sum(1 for r in lettered_rows if not table.g[r][c] and (r, c) in table.cover)
        return worded and len(vals) >= 2 and len(set(vals)) >= 0.85 * (len(vals) + shared)

    if activity_col is not None and activity_col not in text_cols:
        raise NoGridError(f"sheet '{title}': {col_word(activity_col)} holds no activity names "
                          f"beside the role {lines('columns')}")
    act = next(c for c in (forced_act, activity_col, max(candidates, key=richness))
               if c is not None)
    layout = Layout(h, main, data_start, head_end, act, empty=forced_act is not None,
                    right_text=right_text)
    if right_text is not None:
        notes.append(f"read the activity names from {col_word(act)}, right of the role "
                     f"{lines('columns')}")
    layout.id_col = next((c for c in ids if c != act), None)
    outline = range(head_end + 1, prov_end + 1)
    levels = outline_columns(table, h, act, [c for c in text_cols if c != layout.id_col],
                             outline)
    if levels:
        notes.append(f"{cols_word(sorted([act, *levels]))} under one heading "
                     f"('{shorten(table.heading(h, act), 30)}'): each name written in the "
                     "column of its level (an outline); read as one column of names")
    elif levels := stepped_columns(table, act, text_cols, outline, set(lettered_rows)):
        if layout.id_col in levels:
            layout.id_col = None  # 'Step' over names of the second level: no numbering
        column, row = lines("column"), lines("row")
        notes.append(f"{cols_word(sorted([act, *levels]))}: each name written in the {column} "
                     f"of its level, one {column} further on under the {row} it belongs to "
                     f"(an outline); read as one {column} of names")
    layout.ignored += levels  # within the grid, their names now read from the activity column
    others = [c for c in text_cols if c not in (act, layout.id_col, *levels)]
    forced = column_index(options.phase_column)
    if forced is not None:
        layout.phase_col = forced if forced >= 0 else None
        layout.details = [c for c in others if c != forced]
        others = []
    for c in others:
        vals = values(c)
        head = fold(heading(c)).strip(" :")
        merged = any((r, c) in table.cover for r in body)
        repeats = len(set(vals)) <= len(vals) / 2
        # dates are no phases ('Created At'), unless the column is headed as the day
        dated = bool(vals) and all(DATE_TEXT.fullmatch(v) for v in vals) \
            and not DAY_HEADING.fullmatch(head)
        # a mark with no letter or digit ('★' on the key activities) names no phase
        marks = not any(ch.isalnum() for v in vals for ch in v)
        if layout.phase_col is None and (head in PHASE_HEADINGS or (
                head not in NON_ROLE_HEADINGS and c < act
                and (merged or repeats or group_starts(table, c, act, body, head))
                and not dated and not marks)):
            layout.phase_col = c
            if head not in PHASE_HEADINGS:
                named = f" ('{heading(c)}')" if heading(c) else ""
                notes.append(f"guessed that {col_word(c)}{named} holds phases")
        else:
            layout.details.append(c)
    if layout.id_col is not None:
        notes.append(f"{col_word(layout.id_col)} holds numbering; not imported")
    layout.details += left_notes  # notes left of the roles, the names right of them
    layout.headings = {c: heading(c) for c in [*text_cols, *left_notes]}
    return layout, notes


def group_starts(table: Table, c: int, act: int, body: range, head: str) -> bool:
    """True when an unheaded column left of the names holds a short name on the first
    named row and on a few rows after it, blank between (each a group's first row, the
    blanks carrying it on, as a phase row over roles down the side reads turned on its
    side): phases, like a column merged down over each group. Only so turned: the right
    way up, a few words on some rows of an unheaded column ('Changed', 'Ann') are notes."""
    named = [r for r in body if table.g[r][act]]
    filled = [r for r in named if table.g[r][c]]
    return (TRANSPOSED.get() and not head and len(filled) >= 2 and 2 * len(filled) <= len(named)
            and bool(named) and filled[0] == named[0]
            and all(len(table.g[r][c].split()) <= 4 for r in filled))


def mirrored(table: Table, roles: list[int], left: list[int], right: int,
             body: range) -> bool:
    """True when a grid is laid out mirror-wise, as a right-to-left sheet is read: a
    name in column `right`, after the roles, on (nearly) every row with letters, while
    the columns left of the roles leave most of those rows empty (notes, not names)."""
    lettered = [r for r in body if any(table.kind(r, c) == LETTERS for c in roles)]
    if len(lettered) < 2:
        return False
    named = sum(1 for r in lettered if table.kind(r, right) == TEXT)
    return 10 * named >= 9 * len(lettered) and all(
        2 * sum(1 for r in lettered if table.g[r][c]) < len(lettered) for c in left)


def outline_columns(table: Table, h: int, act: int, text_cols: list[int],
                    body: range) -> list[int]:
    """The columns under the activity column's heading merged across several ('Activity'
    over B:D) when each row writes its name in one of them, the column telling the level
    (headings in B, activities in C, their steps in D): each name is moved into the
    activity column, so the rows read as one list. [] for another sheet."""
    first = table.across.get((h, act), act)
    last = next((c2 for c1, c2 in table.row_merges.get(h, []) if c1 == first), first)
    cols = [c for c in range(first, last + 1) if c in text_cols]
    if act not in cols:
        return []
    used: set[int] = set()
    for r in body:
        filled = [c for c in cols if table.g[r][c]]
        if len(filled) > 1:
            return []  # a number beside the name, or a name and its detail: no outline
        used.update(filled)
    if len(used) < 2 or act not in used:
        return []
    _move_names(table, act, cols, body)
    return sorted(used - {act})


def stepped_columns(table: Table, act: int, text_cols: list[int], body: range,
                    lettered: set[int]) -> list[int]:
    """The columns beside the activity column, each under a heading of its own ('Phase |
    Step | Task') or none, when the names in them step right as an outline's levels do:
    each row's name in one of them, the first in the leftmost, a row one column further
    right only under a row of the column before it (or of one further right), and some
    row with letters named outside the activity column. Each name is moved into the
    activity column, as `outline_columns` does; [] for another sheet."""
    lo = hi = act
    while lo - 1 in text_cols:
        lo -= 1
    while hi + 1 in text_cols:
        hi += 1
    cols = list(range(lo, hi + 1))
    if len(cols) < 2:
        return []
    level, used, outside = -1, set(), False
    for r in body:
        filled = [k for k, c in enumerate(cols) if table.g[r][c]]
        if not filled:
            continue
        if len(filled) > 1 or filled[0] > level + 1:
            return []  # a name and its detail, or a level skipped: no outline
        level = filled[0]
        used.add(cols[level])
        outside = outside or (cols[level] != act and r in lettered)
    if not outside or len(used) < 2:
        return []
    _move_names(table, act, sorted(used), body)
    return sorted(used - {act})


def _move_names(table: Table, act: int, cols: list[int], body: range) -> None:
    """Move each row's name from the column of its level into the activity column, its
    style with it (so bold or struck-through names read as written). The styles moved are
    this reading's own: the sheet's are left as they are for the other readings of it
    (turned on its side, or again with corrections)."""
    table.sheet = replace(table.sheet, styles=dict(table.sheet.styles))
    styles = table.sheet.styles
    for r in body:
        for c in cols:
            if c != act and table.g[r][c]:
                table.g[r][act], table.g[r][c] = table.g[r][c], ""
                if (r, c) in styles:
                    styles[(r, act)] = styles.pop((r, c))


def role_columns(table: Table, layout: Layout, end: int) -> tuple[list[int], list[str]]:
    """The final role columns: lettered ones plus headed, empty ones among or after them."""
    h, cols = layout.header, layout.roles
    notes: list[str] = []
    out: list[int] = []
    lent = {table.across[(h, x)] for x in cols if (h, x) in table.across}
    c = cols[0]
    stop = layout.right_text if layout.right_text is not None else table.cols
    # a heading struck through crosses its role out where others are not: a header row
    # struck through all along is a style
    crossing_out = any(not table.sheet.struck_through(h, x) for x in cols)
    while c < stop:
        if c in lent and c not in cols:  # its heading names the lettered column beside it
            c += 1
            continue
        if c > cols[0] and key_column(table, c, layout.data_start, end):
            notes.append(f"{cols_word([c, c + 1])}: a legend of the letters beside the grid, "
                         "read for what the letters mean")
            layout.ignored += [c, c + 1]
            break
        head = table.heading(h, c) if c in cols else table.g[h][c]
        body = [table.g[r][c] for r in range(layout.data_start, end) if table.g[r][c]]
        if (c not in cols and body and fold(head) not in NON_ROLE_HEADINGS
                and all(table.role_letters(v) is not None for v in body)):
            out.append(c)  # numbered letters only ('R1', 'R2'), or no heading: a role too
            c += 1
            continue
        if c > cols[-1] and not head:
            break
        if c in cols and c == cols[-1] and c > cols[0] and GRAND_TOTAL.match(head) \
                and gathers_row(table, [x for x in cols if x != c], c, layout.data_start, end):
            notes.append(f"{col_word(c)} ('{shorten(head, 30)}') sums up the roles; "
                         "not imported")
            layout.ignored.append(c)
            c += 1
            continue
        if c > cols[-1] and (body or fold(head) in NON_ROLE_HEADINGS):
            if fold(head) == "check":
                notes.append(f"{col_word(c)} ('{head}') holds computed checks; "
                             "not imported")
                layout.ignored.append(c)
            elif body and (SUMMARY_TEXT.match(head) and all(NUMBER.match(v) for v in body)
                           or not QUANTITY_HEADING.search(head)
                           and counts_letters(table, cols, c, layout.data_start, end)):
                notes.append(f"{col_word(c)} ('{shorten(head, 30)}') holds counts; not imported")
                layout.ignored.append(c)
            elif body:
                layout.details.append(c)
                layout.headings[c] = head
        elif head and crossing_out and (c in cols or not body) \
                and table.sheet.struck_through(h, c):
            notes.append(f"{col_word(c)} ('{shorten(head, 30)}'): its heading is struck "
                         "through, a role crossed out and kept for the record; not imported")
            layout.ignored.append(c)
        elif c in cols:
            out.append(c)
        elif head and not body and fold(head) not in NON_ROLE_HEADINGS:
            out.append(c)
            notes.append(f"{col_word(c)} ('{shorten(head, 30)}') has no letters; imported as "
                         "a role with none")
        elif head and body:
            layout.details.append(c)
            layout.headings[c] = head
        elif body:
            notes.append(f"{col_word(c)} has values but no heading in {row_word(h)}; "
                         "skipped")
        c += 1
    return out, notes


def repeats_header(table: Table, layout: Layout, roles: list[int], r: int) -> bool:
    """True when row r repeats the header's role names (a table split into pages)."""
    return r != layout.header and all(
        fold(table.g[r][c]) == fold(table.g[layout.header][c]) for c in roles)


def block_continues(table: Table, layout: Layout, roles: list[int], start: int,
                     stop: int) -> bool:
    """True when rows start..stop (after a blank row) still read as grid rows."""
    good = lettered = texted = 0
    for r in range(start, stop):
        if repeats_header(table, layout, roles, r):
            good += 1
            continue
        texts = table.row_texts(r)
        if is_legend_row(table, r) or (texts and SUMMARY_TEXT.match(texts[0])):
            return False
        kinds = [table.role_kind(r, c) for c in roles]
        good += bool(table.g[r][layout.act])
        if TEXT in kinds and LETTERS not in kinds:
            texted += 1  # text alone under the roles: a few such cells stay in the grid
        else:
            lettered += LETTERS in kinds
    return lettered > texted and good >= (stop - start) / 2


def starts_legend(table: Table, layout: Layout, r: int, name: str,
                  kinds: dict[int, int]) -> bool:
    """True when row r starts a legend right under the grid: a row defining a letter by its
    word ('R | Responsible', 'R = Responsible' in the activity cell, no letters under the
    roles), or a lone 'Legend' / 'Key' title over such a row."""
    if r in table.legend_rows:
        return True
    if not name or LETTERS in kinds.values():
        return False
    if defines_raci_letters([name]):
        return True
    if LEGEND_TITLE.match(name):
        below = next((b for b in range(r + 1, min(table.rows, r + 3))
                      if table.row_texts(b)), None)
        return below is not None and (below in table.legend_rows or defines_raci_letters(
            [table.g[below][layout.act]] if table.g[below][layout.act] else []))
    return False


def grid_after_legend(table: Table, layout: Layout, roles: list[int], r: int,
                      blank: Callable[[int], bool]) -> int | None:
    """The row where the grid goes on after a legend that starts at row r, or None when
    the legend ends it: a legend line (or a few, under a 'Legend' title) between two
    activities, with named, lettered grid rows right after it."""
    q = r
    while q < min(table.rows, r + 8) and (blank(q) or q == r or q in table.legend_rows
                                          or defines_raci_letters(table.row_texts(q)[:1])):
        q += 1
    resume = q
    # the next part's heading ('Part B - On the day', merged across the grid) may come
    # first, right under the legend (after a gap, a heading opens something else)
    while q < min(table.rows, resume + LEGEND_HEADINGS) and not blank(q - 1) and not blank(
            q) and not any(table.g[q][c] for c in roles) \
            and not defines_raci_letters(table.row_texts(q)):
        q += 1
    if q >= table.rows or q == r + 8 or not table.g[q][layout.act]:
        return None
    kinds = [table.role_kind(q, c) for c in roles]
    if LETTERS not in kinds or starts_legend(table, layout, q, table.g[q][layout.act],
                                            dict(zip(roles, kinds, strict=True))):
        return None
    stop = q
    while stop < table.rows and not blank(stop):
        stop += 1
    return resume if block_continues(table, layout, roles, q, stop) else None


LEGEND_HEADINGS = 2
"""Heading rows (a part's or phase's name, nothing under the roles) looked past after a
legend between activities for the grid going on."""


def gathers_row(table: Table, others: list[int], c: int, start: int, end: int) -> bool:
    """True when column c holds, on every row, at least the letters of the other role
    columns: a pivot table's total column, not a role that happens to be headed 'Totaal'."""
    for r in range(start, end):
        mine = table.role_letters(table.g[r][c]) if table.g[r][c] else frozenset()
        rest = [table.role_letters(table.g[r][x]) for x in others if table.g[r][x]]
        if mine is None or not frozenset().union(*(x for x in rest if x)) <= mine:
            return False
    return True


def counts_letters(table: Table, roles: list[int], c: int, start: int, end: int) -> bool:
    """True when column c holds, on three rows or more and on each row it fills, the number
    of role cells with letters in that row: a count of the roles involved, whatever its
    heading says ('Partners involved', 'Beteiligte')."""
    rows = [r for r in range(start, end) if table.g[r][c]]
    return len(rows) >= 3 and all(
        table.g[r][c].isdecimal() and int(table.g[r][c]) == sum(
            1 for x in roles if table.kind(r, x) == LETTERS) for r in rows)


DATE_TEXT = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?|\d\d?[./-]\d\d?[./-]\d{2,4}")
"""A date or time written as text ('2025-01-10', '2025-01-10T09:30:00', '10/01/2025')."""

DAY_HEADING = re.compile(r"day|dag|tag|jour|d[ií]a|giorno|dzie[nń]|päivä|den|день|ημέρα|"
                         r"event day|show day|week|woche|semaine|semana|settimana")
"""A heading over dates that group the activities by their day or week ('Day')."""


FOLLOW_ROWS = 20
"""How far below a row of text under the roles lettered rows are looked for."""


@dataclass
class Row:
    """A grid row as read: its name, letters and what it turned out to be."""

    r: int
    name: str
    cells: dict[int, frozenset[str]]
    kind: str = "activity"
    unread: dict[int, str] = field(default_factory=dict)
    """Role index -> the text of a cell that is not a set of letters (kept as a note)."""
    under: tuple[int, ...] = ()
    """The rows below, under its name merged down, whose letters are this row's too."""


def body_rows(table: Table, layout: Layout, roles: list[int],
          notes: list[str]) -> tuple[list[Row], int]:
    """The grid's rows from the first letters down to where the grid ends."""
    lo = min([layout.act, *layout.details, *( [layout.phase_col] if layout.phase_col is not None
                                               else []), *([layout.id_col]
                                                           if layout.id_col is not None else [])])
    hi = roles[-1]
    # asked of the whole sheet at most once, when a row first needs them
    crossed_out = cache(lambda: few_marked(table, layout))
    numbered = cache(lambda: numbered_names(table, layout))
    if layout.right_text is not None:  # the activities are right of the roles
        lo, hi = roles[0], max(hi, layout.span()[1])

    def blank(r: int) -> bool:
        row = table.g[r]
        return not any(row[c] for c in range(lo, hi + 1))

    out: list[Row] = []
    r, after_gap = layout.data_start, False
    while r < table.rows:
        if blank(r):
            after_gap = True
            r += 1
            continue
        if after_gap:
            stop = r
            while stop < table.rows and not blank(stop):
                stop += 1
            if not block_continues(table, layout, roles, r, stop) and not (
                    starts_legend(table, layout, r, table.g[r][layout.act],
                                  {c: table.role_kind(r, c) for c in roles})
                    and grid_after_legend(table, layout, roles, r, blank) is not None):
                header = page_break(table, layout, roles, r)
                if header is None:
                    return out, r
                if (section := sections_phase(table, layout, header)) is not None:
                    notes.append(f"{row_word(header - 1)}: read '{shorten(section, 40)}' "
                                 "over the header written again as a phase heading")
                    out.append(Row(header - 1, section, {}, "phase"))
                else:
                    notes.append(f"{span(r, lo, header - 1, hi)}: a page break (the page's "
                                 "foot and head, the header repeated below); skipped")
                r = header
            after_gap = False
        if repeats_header(table, layout, roles, r):
            notes.append(f"{row_word(r)}: repeats the header {lines('row')}; skipped")
            r += 1
            continue
        name = table.g[r][layout.act]
        kinds = {c: table.role_kind(r, c) for c in roles}
        if GRAND_TOTAL.match(name):
            return out, r  # a pivot table's total row: the letters of every row above
        if name and _marked(table, layout, r, name) and crossed_out():
            notes.append(f"{row_word(r)} ('{shorten(name, 40)}'): marked as cancelled or "
                         "deleted; not imported")
            r += 1
            continue
        if starts_legend(table, layout, r, name, kinds):
            resume = grid_after_legend(table, layout, roles, r, blank)
            if resume is None:
                return out, r
            last = max(q for q in range(r, resume) if not blank(q))
            notes.append(f"{span(r, lo, last, hi)}: a legend of the letters between the "
                         "activities, read for what the letters mean")
            r = resume
            continue
        if not any(k == LETTERS for k in kinds.values()) and (
                label := labelled_sub_total(table, layout, roles, r)):
            if not letters_follow(table, roles, r) and not total_follows(table, layout, r):
                return out, r  # the last group's, or the grand total: the grid ends
            notes.append(f"{row_word(r)} ('{shorten(label, 40)}'): a sub-total between rows "
                         "of letters; not imported")
            r += 1
            continue
        texts = table.row_texts(r, lo, hi)
        unread: dict[int, str] = {}
        if any(k == TEXT for k in kinds.values()):
            numbers = all(NUMBER.match(table.g[r][c]) for c in roles if table.g[r][c])
            label = name or sub_total_label(table, layout, r)
            if label and numbers and (letters_follow(table, roles, r)
                                      or total_follows(table, layout, r)):
                notes.append(f"{row_word(r)} ('{shorten(label, 40)}'): counts under the "
                             "roles between rows of letters (a sub-total); not imported")
                r += 1
                continue
            if not name or numbers or is_legend_row(table, r) or SUMMARY_TEXT.match(texts[0]):
                return out, r
            unread = {j: table.g[r][c] for j, c in enumerate(roles) if kinds[c] == TEXT}
            if not unread_is_grid_row(table, layout, roles, r, kinds):
                return out, r  # text under the roles, and no letters in or after it
        if is_legend_row(table, r) and not name:
            return out, r
        cells = {j: found for j, c in enumerate(roles)
                 if kinds[c] == LETTERS and (found := table.role_letters(table.g[r][c]))}
        for j, text in unread.items():
            if found := readable_letters(text, table.words):
                cells[j] = found
        if not name:
            if cells and (above := merged_name_row(table, layout, r, out, cells)) is not None:
                notes.append(f"{row_word(r)}: letters under the name merged down from "
                             f"{ref(above.r, layout.act)}; read as that activity's")
                both = {j: above.cells.get(j, frozenset()) | cells.get(j, frozenset())
                        for j in sorted({*above.cells, *cells})}
                out[-1] = Row(above.r, above.name, both, "activity", {**above.unread, **unread},
                              (*above.under, r))
                r += 1
                continue
            if cells:
                notes.append(f"{row_word(r)}: letters but no activity name in "
                             f"{ref(r, layout.act)}; skipped")
            elif texts:
                out.append(Row(r, texts[0], {}, "band"))
            r += 1
            continue
        if (cells or unread) and out and out[-1].kind == "bare" and out[-1].r == r - 1 \
                and continues_name(table, layout, r, name, numbered):
            notes.append(f"{span(r - 1, layout.act, r, layout.act)}: one activity written "
                         f"over two rows; read as one ('{shorten(out[-1].name, 30)} "
                         f"{shorten(name, 20)}')")
            out[-1] = Row(r - 1, f"{out[-1].name} {name}", cells, "activity", unread)
            r += 1
            continue
        over_header = not cells and not unread and r + 1 < table.rows and repeats_header(
            table, layout, roles, r + 1)
        if over_header and section_heading(table, r + 1) is not None \
                and sections_phase(table, layout, r + 1) is None:
            notes.append(f"{row_word(r)}: the report's title over the header written again "
                         "(the next page's head); skipped")
            r += 1
            continue
        kind = "activity" if cells or unread else "phase" if (
            over_header and sections_phase(table, layout, r + 1) is not None) else "bare"
        out.append(Row(r, name, cells, kind, unread))
        r += 1
    return out, table.rows


def merged_name_row(table: Table, layout: Layout, r: int, out: list[Row],
                    cells: dict[int, frozenset[str]]) -> Row | None:
    """The activity read last, when row r's empty name cell is covered by its name merged
    down over several rows ('Build the package' over two rows, letters in each) and the
    rows share its letters out: each role lettered in one row only, one A among them. The
    letters of every row under the merge are then that activity's. None otherwise (each
    row a whole line of its own: the same role lettered again, or a second A)."""
    top = table.cover.get((r, layout.act))
    if top is None or not out or out[-1].r != top or out[-1].kind not in ("activity", "bare"):
        return None
    above = out[-1]
    owners = sum(1 for found in (*above.cells.values(), *cells.values()) if "A" in found)
    if set(above.cells) & set(cells) or owners > 1:
        return None
    return above


def sub_total_label(table: Table, layout: Layout, r: int) -> str:
    """The label of a row of counts whose activity cell is empty: the text in another of
    the grid's text columns, where Excel's Data > Subtotal writes it, in the column it
    grouped by ('Kitchen Count' under 'Room'); '' when there is none."""
    cols = [c for c in (*layout.details, layout.phase_col) if c is not None and c >= 0]
    return next((text for c in cols if (text := table.g[r][c]) and not NUMBER.match(text)),
                "")


TOTAL_LABEL = re.compile(
    r"(?:^|\s)(?:sub-?total|total|totals|count|sum|result|ergebnis|summe|anzahl|totaal|aantal|"
    r"totale|conteggio|somme|nombre|suma|soma|summa|razem|celkem|recuento|cuenta|"
    r"contagem|gesamt)\s*:?$", re.IGNORECASE)
"""The word that closes a sub-total's label, as Excel's Data > Subtotal (or LibreOffice's)
writes it after the group's value: 'Kitchen Total', '03/03/2025 Count', 'Stage total'."""


def labelled_sub_total(table: Table, layout: Layout, roles: list[int], r: int) -> str:
    """The label of a sub-total row whose label closes on a total word: its role cells
    empty, and either sums in its other cells ('Stage total | 8', the hours of the rows
    above) or the label written beside the activity cell, in the column Excel grouped by,
    a date column too ('03/03/2025 Total'; its sums are formulas a file may store without
    their values). '' for any other row."""
    if any(table.g[r][c] for c in roles):
        return ""  # counts under the roles: read as such by the rows' own reading
    name = table.g[r][layout.act]
    label = name or sub_total_label(table, layout, r)
    if not label or not TOTAL_LABEL.search(label.strip()):
        return ""
    lo, hi = layout.span()
    others = {c: text for c in range(lo, hi + 1)
              if (text := table.g[r][c]) and c != layout.act and text != label}
    if not all(NUMBER.match(text) for text in others.values()):
        return ""
    if name and others and len(name.split()) > 1 and not _sums_group(table, layout, r, others):
        return ""  # 'Stock count | 4' with no letters yet: an activity whose name ends so
    return label if others or not name else ""


def _number(text: str) -> float:
    return float(text.rstrip("%").replace(",", "."))


def _sums_group(table: Table, layout: Layout, r: int, sums: dict[int, str]) -> bool:
    """True when each number of row r is the sum, or the count, of its column's numbers in
    the rows above it back to the row before the last one labelled as a total (or the
    header): a sub-total's figures, which an activity named 'Stock count' holding its own
    hours is not. Each row is walked over once for the total-labelled row below it."""
    found = {c: [0.0, 0] for c in sums}
    for q in range(r - 1, layout.header, -1):
        label = table.g[q][layout.act] or sub_total_label(table, layout, q)
        if label and TOTAL_LABEL.search(label.strip()):
            break
        for c, tally in found.items():
            if NUMBER.match(text := table.g[q][c]):
                tally[0] += _number(text)
                tally[1] += 1
    # (two rows at least: one row's figure matches its own count by chance)
    return all(tally[1] >= 2 and (abs(_number(sums[c]) - tally[0]) < 1e-6 or
                                  _number(sums[c]) == tally[1]) for c, tally in found.items())


SUBTOTAL_LOOKAHEAD = 3
"""Rows looked at below a row of counts for the grid going on (a phase row, then letters)."""


def letters_follow(table: Table, roles: list[int], r: int) -> bool:
    """True when letters stand in the role columns within a few rows below row r: a row of
    counts there sums up the rows above it (a phase's sub-total), and the grid goes on.
    Words in the role columns before them head another table below (a grand total, a
    blank row, then 'Task | Ops | Security'): the grid ends at the count row."""
    for q in range(r + 1, min(table.rows, r + 1 + SUBTOTAL_LOOKAHEAD)):
        kinds = [table.role_kind(q, c) for c in roles]
        if LETTERS in kinds:
            return True
        if any(kind == TEXT and not NUMBER.match(table.g[q][c])
               for kind, c in zip(kinds, roles, strict=True)):
            return False
    return False


def total_follows(table: Table, layout: Layout, r: int) -> bool:
    """True when row r is the last group's sub-total ('Sub-total', 'Build total') right
    above the grand total of the groups ('Grand total', 'Total'), within a few rows: it is
    a sub-total as the ones between the groups are, and the grid ends at the grand total."""
    label = table.g[r][layout.act] or sub_total_label(table, layout, r)
    if not TOTAL_LABEL.search(label.strip()) or GRAND_TOTAL.match(label):
        return False
    lo, hi = layout.span()
    for q in range(r + 1, min(table.rows, r + 1 + SUBTOTAL_LOOKAHEAD)):
        below = table.g[q][layout.act] or sub_total_label(table, layout, q)
        if below:
            return bool(GRAND_TOTAL.match(below) or re.fullmatch(
                r"\s*(?:overall|project|total)?\s*totals?\s*:?\s*", below, re.IGNORECASE))
        if any(table.g[q][c] for c in range(lo, hi + 1)):
            return False
    return False


WITHDRAWN = re.compile(
    r"(deleted|cancel+ed|removed|dropped|withdrawn|obsolete|void|gelöscht|entfallen|"
    r"storniert|supprimé|annulé|eliminado|cancelado|cancellato|eliminato|vervallen|"
    r"verwijderd)", re.IGNORECASE)
"""What a row crossed out but left in says of itself ('(deleted)', Status 'Cancelled')."""


def few_marked(table: Table, layout: Layout) -> bool:
    """True when the rows marked as cancelled (`_marked`: a name ending in a bracketed
    '(deleted)', '[cancelled]', or a Status column saying 'Cancelled') are activities
    crossed out but left in the grid: only a few rows are so marked. Where most are, the
    words tell what each activity works on ('Restore files (deleted)') and every row
    stays. Asked once per reading: it looks at every named row of the sheet."""
    named = [q for q in range(layout.header + 1, table.rows) if table.g[q][layout.act]]
    return 2 * sum(1 for q in named if _marked(table, layout, q, table.g[q][layout.act])) \
        <= len(named)


def _marked(table: Table, layout: Layout, r: int, name: str) -> bool:
    """True when row r says of itself that it is cancelled or deleted."""
    tail = re.search(r"[(\[]\s*([^()\[\]]{3,20}?)\s*[)\]]\s*$", name)
    if tail and WITHDRAWN.fullmatch(tail.group(1)):
        return True
    return any(fold(layout.headings.get(c, "")).strip(" :") in {"status", "state", "stand"}
               and WITHDRAWN.fullmatch(table.g[r][c].strip()) for c in layout.details)


def struck_letters(table: Table, layout: Layout, roles: list[int], rows: list[Row]) -> str:
    """Clear the letters struck through in a grid where most are not: assignments
    withdrawn and left in for the record (an old 'C' crossed out in grey). The cells so
    cleared ('D6, H8'), or '' where none are (or where most letters are struck through: a
    style, not letters crossed out). A row whose name is struck through too, or whose every
    letter is (two or more), is left as it is (a row crossed off a list says nothing of its
    letters). Under a name merged down over several rows, a letter struck through in one
    row leaves those of the others."""
    if not table.sheet.struck:
        return ""  # no style of the sheet strikes text through (a CSV has none)
    struck_through = table.sheet.struck_through
    cells = 0
    cleared: list[tuple[Row, int, frozenset[str], list[int]]] = []
    for x in rows:
        cells += len(x.cells)
        if not x.cells or struck_through(x.r, layout.act):
            continue
        mine: list[tuple[Row, int, frozenset[str], list[int]]] = []
        for j in x.cells:
            filled = [q for q in (x.r, *x.under) if table.g[q][roles[j]]]
            if hit := [q for q in filled if struck_through(q, roles[j])]:
                kept = frozenset().union(*(table.role_letters(table.g[q][roles[j]])
                                           or frozenset() for q in filled if q not in hit))
                mine.append((x, j, kept, hit))
        if len(mine) < len(x.cells) or len(mine) < 2:
            cleared += mine
    if not cleared or 2 * len(cleared) >= cells:
        return ""
    for x, j, kept, _ in cleared:
        if kept:
            x.cells[j] = kept
        else:
            del x.cells[j]
    refs = [ref(q, roles[j]) for _, j, _, hit in cleared for q in hit]
    return ", ".join(refs[:6]) + (f" ... ({len(refs)} cells)" if len(refs) > 6 else "")


def continues_name(table: Table, layout: Layout, r: int, name: str,
                   numbered: Callable[[], bool]) -> bool:
    """True when row r's name ends the name of the row above, which has no letters: a
    name broken over two rows (pasted from a PDF, or wrapped by hand), this row with no
    number of its own under the above's (where `numbered()`: the activities carry
    numbers), or starting in lower case."""
    if name[:1].islower():
        # 'iOS build', 'eBay listing', 'e-mail campaign' under a phase start their own name,
        # as does every name of a sheet that writes its activities in lower case, unless
        # the row above is in lower case too where the headings are capitalised: the
        # first half of a name, not a heading
        return BRAND_START.match(name) is None and (
            not _lower_case_style(table, layout, r) or (
                table.g[r - 1][layout.act][:1].islower() and _capital_headings(
                    table, layout, r)))
    c = layout.id_col
    if c is None or table.g[r][c] or not table.g[r - 1][c]:
        return False
    return numbered()


def numbered_names(table: Table, layout: Layout) -> bool:
    """True when most named rows carry a number in the numbering column: numbered phases
    over unnumbered activities ('2 | Build' over 'Code it') are no broken names."""
    c = layout.id_col
    named = [q for q in range(layout.header + 1, table.rows) if table.g[q][layout.act]]
    return c is not None and 2 * sum(1 for q in named if table.g[q][c]) > len(named)


def _lower_case_style(table: Table, layout: Layout, r: int) -> bool:
    """True when the activities near row r are written in lower case ('plan the sprint'):
    two or more of them sit right under a row with letters, where no name goes on from
    the row above, so lower case is how the sheet writes its names, not a continuation."""
    found = 0
    for q in range(max(layout.header + 2, r - 40), min(table.rows, r + 40)):
        if table.g[q][layout.act][:1].islower() and any(
                table.role_kind(q - 1, c) == LETTERS for c in layout.roles):
            found += 1
            if found >= 2:
                return True
    return False


def _capital_headings(table: Table, layout: Layout, r: int) -> bool:
    """True when a row near row r with a name and no letters starts in upper case: the
    sheet writes its headings capitalised, so a lower-case row without letters is none."""
    return any(table.g[q][layout.act][:1].isupper() and not any(
        table.g[q][c] for c in layout.roles)
        for q in range(max(layout.header + 1, r - 40), min(table.rows, r + 40)))


BRAND_START = re.compile(r"[a-z]{1,2}(?:[A-Z]|-\w)")
"""A name starting with a word written in lower case by its own spelling ('iOS', 'eBay',
'e-mail'), not because it goes on from the row above."""


def sections_phase(table: Table, layout: Layout, header: int) -> str | None:
    """The phase a lone heading over the header written again opens (one table per
    phase, each under its heading: 'Phase 2: Build', 'Build'), or None: a page's foot, the
    report's title repeated on each page, or no heading right over it."""
    heading = section_heading(table, header)
    if heading is None or header - 1 <= layout.header:
        return None
    above = {fold(t) for q in range(max(0, layout.header - 4), layout.header)
             for t in table.row_texts(q)}
    folded = fold(heading)
    # the report's title over each page, also with '(continued)' after it
    repeated = folded in above or any(len(t) >= 4 and folded.startswith(t) for t in above)
    return None if repeated and folded != fold(layout.first_phase) else heading


def page_break(table: Table, layout: Layout, roles: list[int], r: int) -> int | None:
    """The row of the repeated header after a page break at row r (a page's foot, say
    'Page 1 of 3', and the next page's head over the header written again), or None
    when rows with letters come first or no header follows soon."""
    for q in range(r, min(table.rows, r + 12)):
        if repeats_header(table, layout, roles, q):
            # the grid goes on below it; a summary under the same header (counts of each
            # letter per role) is no next page
            return q if any(table.role_kind(x, c) == LETTERS for x in range(
                q + 1, min(table.rows, q + 4)) for c in roles) else None
        if any(table.role_kind(q, c) == LETTERS for c in roles):
            return None
    return None


def unread_is_grid_row(table: Table, layout: Layout, roles: list[int], r: int,
                       kinds: dict[int, int]) -> bool:
    """True when a named row with text under the roles is still a row of the grid.

    It is when it holds letters beside the text, or when lettered rows follow it
    before the next blank row: one cell written 'Resp.' or 'C?' does not end the
    grid. Rows of text alone under the roles after the last letters (another table
    straight below) end it.
    """
    if LETTERS in kinds.values() or any(
            readable_letters(table.g[r][c], table.words) for c in roles if kinds[c] == TEXT):
        return True
    for below in range(r + 1, min(table.rows, r + 1 + FOLLOW_ROWS)):
        if not table.row_texts(below):
            return False
        row_kinds = [table.role_kind(below, c) for c in roles]
        if table.g[below][layout.act] and LETTERS in row_kinds and TEXT not in row_kinds:
            return True
    return False


def classify_bare(table: Table, layout: Layout, roles: list[int], rows: list[Row]) -> None:
    """Bare rows (a name, no letters): continuation of a wrapped name, phase, or activity."""
    # The typical weight of an activity name: lettered rows, or every row of an empty grid.
    lettered = [table.sheet.weight(x.r, layout.act) for x in rows if x.kind == "activity"] or [
        table.sheet.weight(x.r, layout.act) for x in rows]
    typical = median(lettered) if lettered else 0.0
    detail_cols = [c for c in (*layout.details, layout.phase_col) if c is not None]

    def only_name(x: Row) -> bool:
        return not any(table.g[x.r][c] for c in detail_cols)

    def emphasised(x: Row) -> bool:
        return table.sheet.weight(x.r, layout.act) > typical + 0.5

    bare = [x for x in rows if x.kind == "bare"]
    for i, x in enumerate(rows):
        if x.kind != "bare" or i == 0:
            continue
        prev = rows[i - 1]
        covered = any(table.cover.get((x.r, c), -1) >= prev.r for c in roles)
        # An empty grid has no letters to tell a wrapped name from a short activity.
        lower = x.name[:1].islower() and x.r == prev.r + 1 and not layout.empty
        if prev.kind in ("activity", "bare") and (covered or lower) and only_name(x):
            x.kind = "continuation"
    # the next row that is no continuation, and the next activity, of each row: found in
    # one pass from the end (no row becomes a continuation or an activity from here on)
    after: list[Row | None] = [None] * len(rows)
    activity_after: list[Row | None] = [None] * len(rows)
    for i in range(len(rows) - 2, -1, -1):
        y = rows[i + 1]
        after[i] = y if y.kind != "continuation" else after[i + 1]
        activity_after[i] = y if y.kind == "activity" else activity_after[i + 1]
    outline_cols = [c for c in (layout.id_col, *layout.details) if c is not None
                    and (c == layout.id_col or fold(layout.headings.get(c, "")).strip(" :")
                         in ID_HEADINGS)]
    for i, x in enumerate(rows):
        nxt = after[i]
        if x.kind == "bare" and nxt is not None and any(
                heads_outline(table.g[x.r][c], table.g[nxt.r][c]) for c in outline_cols):
            x.kind = "phase"  # '2' over '2.1': a summary row, its dates rolled up or none
    emphasis_mode = any(emphasised(x) and only_name(x) for x in bare if x.kind == "bare")
    # Without formatting, a bare row over letter rows heads a phase only in a grid that
    # opens with such a heading; in a flat list it is an activity with no letters yet.
    opens_with_heading = any(
        table.g[r][layout.act] and not any(table.g[r][c] for c in roles)
        for r in range(layout.head_end + 1, layout.data_start))
    ids = layout.id_col
    act_depths = [depth(table.g[x.r][ids]) for x in rows
                  if ids is not None and x.kind == "activity" and table.g[x.r][ids]]
    outline = median(act_depths) if len(act_depths) >= 2 else 0.0
    for i, x in enumerate(rows):
        if x.kind != "bare" or not only_name(x):
            continue
        if PHASE_TEXT.search(x.name.strip()):
            x.kind = "phase"
        elif emphasis_mode:
            x.kind = "phase" if emphasised(x) else "bare"
        elif outline and ids is not None:  # "2" over "2.1", "2.2": the shorter number heads
            number = table.g[x.r][ids]
            x.kind = "phase" if not number or depth(number) < outline or (
                ROMAN.fullmatch(number.strip()) and OUTLINE_NUMBER.fullmatch(
                    table.g[(activity_after[i] or x).r][ids].strip())) else "bare"
        elif layout.phase_col is None and opens_with_heading:
            nxt = after[i]
            if nxt is not None and nxt.kind == "activity" and nxt.r <= x.r + 2:
                x.kind = "phase"


OUTLINE_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


def ascii_digits(text: str) -> str:
    """Decimal digits of any script as 0-9 ('๑.๒' -> '1.2'), the Arabic decimal separator
    as a point ('١٫٢' -> '1.2'), the rest as it is."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else "." if ch == "\u066b"
                   else ch for ch in text)


def heads_outline(number: str, below: str) -> bool:
    """True when an outline number heads the one below it ('2' over '2.1', '1.3' over
    '1.3.1'): the row above sums up the rows under it."""
    number, below = ascii_digits(number.strip()), ascii_digits(below.strip())
    if not OUTLINE_NUMBER.fullmatch(number) or not OUTLINE_NUMBER.fullmatch(below):
        return False
    stem = number.rstrip(".") + "."
    return below.startswith(stem) and len(below.rstrip(".")) > len(stem)


def depth(number: str) -> int:
    """Outline depth of an ID: '2' is 1, '2.1' and '2.1.0' are 2."""
    parts = [p for p in re.split(r"[.\-]", ascii_digits(number.strip())) if p]
    while len(parts) > 1 and parts[-1].strip("0") == "":
        parts.pop()
    return len(parts)


def bare_headings(headings: list[tuple[int, str]]) -> str:
    """The note on heading rows (0-based row, text) with no activity under them, which
    the project cannot keep as phases."""
    names = "', '".join(shorten(name, 30) for _r, name in headings[:5])
    one = len(headings) == 1
    return (f"{lines_word([row_word(r) for r, _n in headings], 5)} ('{names}'"
            f"{' ...' if len(headings) > 5 else ''}): {'a heading' if one else 'headings'} "
            f"with no activity under {'it' if one else 'them'} (over other headings, or over "
            "rows with no activity name); not a phase of the project")


def first_band(table: Table, layout: Layout, r: int) -> str:
    """The text of a phase band over row r written in its first cell, left of the activity
    names and alone in its row, or "". It is a band when merged across the grid or when
    the sheet has more like it over letter rows below; a lone remark there ('(all dates
    tentative)') is none."""
    c = next((c for c in range(layout.act) if table.g[r][c]), None)
    if c is None or table.row_texts(r) != [table.g[r][c]]:
        return ""
    merged = any(c1 == c and c2 >= layout.act for c1, c2 in table.row_merges.get(r, []))
    more = any(table.row_texts(x) == [table.g[x][c]] and any(
        table.kind(x + 1, y) == LETTERS for y in layout.roles)
        for x in range(layout.data_start, table.rows - 1) if table.g[x][c])
    return table.g[r][c] if merged or more else ""


def pre_data(table: Table, layout: Layout, notes: list[str]) -> None:
    """Rows between the header block and the first letters: headings or a first phase.

    A row right above the header written as a phase ('Phase 1: Plan', the only
    text of its row, in the activity column) opens the first phase too: a sheet
    of one table per phase, each under its own heading.
    """
    headings: list[tuple[int, str]] = []
    # a legend line here defines a letter by its own word ('R = Responsible') or is one
    # of several; a lone lettered heading ('A - Approvals') heads the first rows
    lined = sum(1 for r in range(layout.head_end + 1, layout.data_start)
                if legend_entry([table.g[r][layout.act]]))
    for r in range(layout.head_end + 1, layout.data_start):
        if any(table.g[r][c] for c in layout.roles):
            continue
        name = table.g[r][layout.act] or first_band(table, layout, r)
        legend = defines_raci_letters([name]) or (lined > 1 and legend_entry([name]))
        if name and not ACTIVITY_HEADING.search(name) and not legend:
            headings.append((r, name))
    if headings:  # the last one heads the first rows; any above it heads nothing itself
        r, layout.first_phase = headings[-1]
        if headings[:-1]:
            notes.append(bare_headings(headings[:-1]))
        notes.append(f"{row_word(r)}: read '{layout.first_phase}' as a phase heading")
    above = next((r for r in range(layout.header - 1, max(-1, layout.header - 3), -1)
                  if table.row_texts(r)), None)
    if not layout.first_phase and above is not None:
        name = table.g[above][layout.act]
        # a phase by its word, or a lone heading as over each header written again below
        if name and table.row_texts(above) == [name] and above == layout.header - 1 and (
                PHASE_WORD.match(name.strip()) or any(
                    sections_phase(table, layout, q) is not None for q in range(
                        layout.data_start, table.rows) if repeats_header(
                        table, layout, layout.roles, q))):
            layout.first_phase, layout.phase_row = name, above
            notes.append(f"{row_word(above)}: read '{name}' above the header as the first "
                         "phase heading")
