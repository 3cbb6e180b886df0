"""Read RACI matrices from the workbooks people already have.

The reader finds the grid by its shape, not by header words: the row whose
headings sit over columns of letters, the rows down to where the letters end,
and the text columns to their left (activities, phases, IDs, other details).
Title rows, offset grids, group heading rows, a person row under a role row,
phase rows, wrapped names, merged cells, legends and summary tables beside or
below the grid, letters in several languages and a workbook's own letters are
understood; everything skipped or guessed is reported with its cells. The steps
live in raci/excel/grid.py; the untrusted file is opened in raci/excel/sheets.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string

from raci.checks import normalise_name
from raci.errors import ConflictError, LetterError, NotFoundError, RaciError
from raci.excel import people as who
from raci.excel.codes import read_codes
from raci.excel.colour_key import read_colour_letters, without_key
from raci.excel.export import (
    LIMIT_HEADER,
    LIMIT_LABELS,
    PHASES_HEADER,
    ROLES_HEADER,
    SOURCES_HEADER,
)
from raci.excel.grid import (
    ACTIVITY_HEADING,
    CODE_VALUE,
    LEGEND_REGION,
    TRANSPOSED,
    Table,
    col_name,
    col_word,
    cols_word,
    default_heads,
    describe_region,
    find_header,
    lines,
    outside_regions,
    ref,
    row_word,
    shorten,
    span,
)
from raci.excel.layout import (
    Layout,
    Row,
    bare_headings,
    body_rows,
    classify_bare,
    find_layout,
    header_rows,
    pre_data,
    role_columns,
    struck_letters,
)
from raci.excel.letter_columns import (
    find_assignment_column,
    letters_named_beside,
    read_assignment_column,
    read_letter_columns,
)
from raci.excel.letters import (
    LEGEND_TITLE,
    WORD_LETTERS,
    fold,
    key_words,
    legend_entries,
    legend_words,
)
from raci.excel.long_list import find_long_list, read_long_list
from raci.excel.mark_columns import (
    find_letter_blocks,
    find_mark_header,
    read_letter_blocks,
    read_mark_columns,
)
from raci.excel.own_export import (
    LIST_SEPARATOR,
    exact_roles,
    is_own_sheet,
    read_own_sheet,
    split_known,
)
from raci.excel.plan import (
    NO_GRID_ADVICE,
    ImportedActivity,
    ImportedPerson,
    ImportPlan,
    NoGridError,
    ReadOptions,
    UnreadCell,
    lines_word,
    sheet_cell,
    unread_note,
)
from raci.excel.scheme_choice import choose_scheme, declared_scheme
from raci.excel.sheets import (
    Book,
    SheetCells,
    TextTable,
    colour_advice,
    open_workbook,
    read_cells,
)
from raci.excel.staffing import read_staffing, split_titles
from raci.files import refuse_same
from raci.locations import create_location, is_url
from raci.operations import (
    AddActivities,
    AddPeople,
    AddRoles,
    CellValue,
    DeleteRoles,
    NewActivity,
    NewPerson,
    NewRole,
    Operation,
)
from raci.schemes import SCHEMES, convert_letters
from raci.service import ProjectService, initials
from raci.state import MAX_THRESHOLD
from raci.templates import Evidence, Provenance
from raci.wording import counted, role_label

# Leading numbering or a bullet: "1. ", "1) ", "1 - ", "1.2 ", "a) ", "• ", "◆ ", and the arrow
# or corner a sub-item is marked with under its parent ("↳ ", "└ ", "→ "), whole: a tree's
# branch with its line ("├─ ", "└── ") and an arrow typed ("-> ", "--> ", "=> ").
# A number alone is part of the name ("2019 budget", "123", "3.5"), never numbering.
NUMBERED = re.compile(
    r"^\s*(?:\d+(?:\.\d+)+\.?\s+|\d+\s*[.)\-–](?!\d)\s*|[a-z][.)]\s+"
    r"|(?:[├└╰┣┗]\s*[─━]*|(?:-+|=)>|[–—•·▪\-*↳↪⤷→▸►‣◦➔➜⇒◆◇♦❖■□▶▷])\s*)(?=\S)",
    re.IGNORECASE)
PLACEHOLDERS = re.compile(
    r"^(\.{2,}|…|tbd|tba|todo|\(?add (more|activities|rows?)\)?|<.*>|\[.*\])$", re.IGNORECASE
)
EXAMPLE_ROW = re.compile(r"^\s*(?:example|e\.\s?g\.|sample|for example)\s*[:\-–—]\s*\S",
                         re.IGNORECASE)
"""A template's example row left in ('Example: Write the plan'), not an activity."""
OWN_PEOPLE_HEADER = ["name", "email", "title", "roles"]
NAME_LIMIT, DESCRIPTION_LIMIT, NOTE_LIMIT = 300, 5000, 10_000
"""The longest name (role, person, phase, activity), description and cell note a project
holds."""
THRESHOLD_KEYS = ("overload", "max_responsible", "max_consulted")
"""The Thresholds fields the export's LIMIT_LABELS stand for, in the same order."""
PROJECT_LABEL = re.compile(r"^(project( name| title)?|project|title|projet|proyecto|progetto|"
                           r"projekt|nom du projet|nombre del proyecto)\s*:?$", re.IGNORECASE)
ROLE_HEADING = re.compile(r"^\W*(roles?|r[ôo]les?|ruol[oi]|rol|rollen?|uloga|who|"
                          r"stakeholders?|team( members?)?|name|people|person)\W*$",
                          re.IGNORECASE)
"""A heading over the role names (the corner of a grid with the roles down its side)."""
TITLE_LABEL = re.compile(r"^(project( name| title)?|title|name|projet|proyecto|progetto|"
                         r"projekt)\s*:?$", re.IGNORECASE)


def _legend(sheet: SheetCells) -> dict[str, str]:
    """Letter -> meaning from every legend line on the sheet, wherever it stands: a row of
    a few cells read whole ('R | Responsible'); in a longer row (a grid row with a key
    beside it), each run of cells apart from the row's first by an empty column; and any
    cell written as a legend line of its own ('X = Responsible', several along a row
    wider than the grid). A grid row's own cells are never read as a key."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (r, c), text in sheet.text.items():
        by_row.setdefault(r, []).append((c, text))
    out: dict[str, str] = {}
    for cells in by_row.values():
        cells.sort()
        # in a longer row only a run with a word can give a kept meaning: a grid row's
        # runs of bare letters ('A | R') are not read at all
        pieces = [[t for _, t in cells]] if len(cells) <= 6 else [
            run for run in _runs(cells)[1:] if len(run) <= 6 and any(
                len(t) >= 3 and MEANING_WORD.search(t) for t in run)]
        pieces += [[t] for _, t in cells if len(cells) > 1 and ONE_CELL_LINE.search(t)]
        for k, piece in enumerate(pieces):
            for letter, meaning in legend_entries(piece):
                if k == 0 and len(cells) <= 6 or MEANING_WORD.search(meaning):
                    out.setdefault(letter, meaning)  # beside a grid's row: a word ('C → R' no)
    return out


MEANING_WORD = re.compile(r"[^\W\d_]{3,}")
"""A word in a letter's meaning ('Responsible', 'Driver'): what a key beside a grid's rows
gives, unlike a grid row's own cells ('R | C → R', a letter and its change)."""


ONE_CELL_LINE = re.compile(r"\S\s*[=:–—-]\s*\S")
"""A cell that may hold a legend line of its own ('X = Responsible', 'Key: R - Responsible,
A - Accountable'): a mark and its meaning apart by a sign."""


def _runs(cells: list[tuple[int, str]]) -> list[list[str]]:
    """A row's texts, by column, in runs of adjacent columns (an empty column ends one)."""
    runs: list[list[str]] = []
    last = -2
    for c, text in cells:
        if c != last + 1:
            runs.append([])
        runs[-1].append(text)
        last = c
    return runs


KEY_USES = 3
"""Cells that must hold a key's words for the key to be read as one (not a note that
happens to read 'Status = R (red); Trend = A (amber)')."""


def _words(sheet: SheetCells, legend: dict[str, str]) -> dict[str, str]:
    """The letter words of a sheet: the built-in ones, its legend's, and the words a key
    in one cell gives the letter of ('Does it = R; Signs off = A'), for cells that hold
    those words in place of letters: two of its words at least, in three cells or more."""
    words = legend_words(legend)
    keys = [key for text in sheet.text.values()
            if len(text) <= 400 and ("=" in text or ":" in text or "→" in text)
            and (key := key_words(text))]
    if not keys:
        return words
    used = Counter(fold(part) for text in sheet.text.values() if len(text) <= 80
                   for part in LIST_PARTS.split(text))
    for key in keys:
        if sum(used[p] for p in key) >= KEY_USES and sum(1 for p in key if used[p]) >= 2:
            for phrase, letter in key.items():
                words.setdefault(phrase, letter)
    return words


LIST_PARTS = re.compile(r"\s*[,;/+&\n]\s*")


def _strip_name(name: str) -> str:
    """An activity name without leading numbering or bullet, spaces collapsed."""
    clean = NUMBERED.sub("", name).strip()
    return " ".join((clean or name).split())


def _lines_above(table: Table, layout: Layout) -> list[tuple[int, list[str]]]:
    """The sheet's rows above the grid as (first filled column, texts), top down.

    In a grid turned on its side these are the columns left of the activity names,
    which were the rows above them on the sheet.
    """
    out: list[tuple[int, list[str]]] = []
    if TRANSPOSED.get():
        read = {layout.phase_col, layout.id_col, *layout.details}  # lines of the grid
        for c in range(layout.act):
            if c not in read:  # -1: a line left of the grid is never over its roles
                out.append((-1, [table.g[r][c] for r in range(table.rows) if table.g[r][c]]))
        return out
    for r in range(layout.header):
        if r != layout.phase_row:
            texts = table.row_texts(r)
            out.append((next((c for c in range(table.cols) if table.g[r][c]), -1), texts))
    return out


STAMP_WORDS = frozenset({
    "approved", "approval", "signed", "signed off", "reviewed", "released", "draft",
    "final", "confidential", "internal", "void", "superseded", "for approval", "for review",
    "genehmigt", "freigegeben", "geprüft", "entwurf", "vertraulich", "approuvé", "approuve",
    "validé", "valide", "brouillon", "aprobado", "borrador", "revisado", "aprovado",
    "rascunho", "approvato", "bozza", "goedgekeurd", "concept", "vertrouwelijk", "godkänd",
    "godkjent", "godkendt", "utkast", "hyväksytty", "luonnos", "zatwierdzono",
    "zatwierdzony", "schváleno", "schválené", "jóváhagyva", "onaylandı",
    "taslak", "одобрено", "утверждено", "затверджено", "εγκρίθηκε", "承認済",
    "承認", "已批准", "批准", "승인", "승인됨"})
"""One-word stamps above a grid ('APPROVED', 'GENEHMIGT', 'DRAFT'): no project's name."""
FORM_FIELD = re.compile(r"_{3,}|\.{4,}|…{2,}")
"""A blank to fill in on a form line ('Approved: ______  Date: ______')."""
LABEL_VALUE = re.compile(r"^\s*([^\W\d_][^:：]{0,30}?)\s*[:：]\s*(\S.*)$", re.DOTALL)
"""One cell written 'label: value' ('Prepared by: J. Smith', 'Project: Apollo')."""


def _labelled_title(text: str) -> str:
    """The project's name a one-cell line gives after its label ('Project: Apollo', also
    as a comment line of a text file: '# Project: Apollo'); '' for another line."""
    match = LABEL_VALUE.match(text.lstrip("#").strip())
    if match and (PROJECT_LABEL.match(match[1]) or TITLE_LABEL.match(match[1])):
        return " ".join(match[2].split())
    return ""


MATRIX_WORDS = re.compile(
    r"\s*(?:the\s+)?(?:raci|rasci|rapid|cairo|daci|responsibilit(?:y|ies)|roles?(?:\s+(?:and|&)"
    r"\s+responsibilit(?:y|ies))?)(?:\s+(?:matrix|chart|table|grid|plan|overview|assignment"
    r"s?))?\s*$", re.IGNORECASE)
"""What a title says the sheet is, after the project's name ('Website relaunch: RACI')."""


DASHED = re.compile(r"^\s*([^\W\d_][^\n]{0,60}?)\s+[-–—]\s+(\S.*)$", re.DOTALL)
"""One title written 'name – what it is' with a spaced dash ('Office move – RACI matrix')."""


def _matrix_title(text: str) -> str:
    """The project's name of a title line that names it and what the sheet is, apart by a
    colon or a spaced dash ('Website relaunch: RACI', 'Harbour works: responsibility
    matrix', 'Office move – RACI matrix', 'RACI: Website relaunch'); '' for another
    line."""
    match = LABEL_VALUE.match(text) or DASHED.match(text)
    if not match:
        return ""
    if MATRIX_WORDS.fullmatch(match[2]) and not MATRIX_WORDS.fullmatch(match[1]):
        name = match[1]
    elif (MATRIX_WORDS.fullmatch(match[1]) and not MATRIX_WORDS.fullmatch(match[2])
          and not re.fullmatch(r"\s*roles?\s*", match[1], re.IGNORECASE)):
        name = match[2]  # 'RACI: Website relaunch' (but 'Role: see legend' is a field)
    else:
        return ""
    first = fold(name.split()[0].strip(" .!*-–—")) if name.split() else ""
    return "" if NO_NAME.match(name) or first in STAMP_WORDS else " ".join(name.split())


NO_NAME = re.compile(
    r"\s*(?:[\W\d_]*$|(?:v|ver|version|rev|revision|draft|final|updated?|as\s+of|dated?|"
    r"see|status|sheet|tab|page)\b|v\d)", re.IGNORECASE)
"""What a 'RACI:' line says that is no project's name: a year or a number ('RACI: 2025'),
a version or a stamp ('Draft v2'), a date or a pointer ('updated 3 May', 'see key')."""


def _no_title(texts: list[str], block: bool) -> bool:
    """True for a line above the grid that names no project: a comment line ('# exported
    2025-03-01', as text files open with), a stamp ('APPROVED', 'GENEHMIGT'), a form's
    line with blanks or several labels ('Approved: ____ Date: ____'), or, in a block of
    such lines (block), a short 'label: value' line ('Prepared by: J. Smith')."""
    text = texts[0]
    if text.lstrip().startswith("#") and not re.match(r"\s*#\d", text):
        return True  # (but '#1 Fundraiser Plan' is a name, ranked)
    if all(fold(t.strip(" .!*✓✔☑-–—")) in STAMP_WORDS for t in texts):
        return True
    if any(FORM_FIELD.search(t) or len(re.findall(r"[^\W\d_][:：](?:\s|$)", t)) >= 2
           for t in texts):
        return True
    return block and len(texts) <= 2 and bool(LABEL_VALUE.match(text))


def _title(table: Table, layout: Layout) -> str:
    """The project title: a 'Project:' row, a title row, or a telling activity heading."""
    above = _lines_above(table, layout)
    for _first, texts in above:
        if len(texts) > 1 and PROJECT_LABEL.match(texts[0]):
            return " ".join(texts[1].split())  # "Project title: | Apollo"
        if len(texts) == 1 and (named := _labelled_title(texts[0])):
            return named  # "Project: Apollo", "# Project: Apollo"
    labelled = [len(texts) <= 2 and bool(texts and LABEL_VALUE.match(texts[0]))
                for _first, texts in above]
    for k, (first_col, texts) in enumerate(above):
        if not texts or legend_entries(texts):
            continue
        if len(texts) == 1 and (named := _matrix_title(texts[0])):
            return named  # "Apollo: RACI", "RACI: Apollo", the first title line
        block = labelled[k] and (k > 0 and labelled[k - 1]
                                 or k + 1 < len(above) and labelled[k + 1])
        if _no_title(texts, block):
            continue
        if first_col >= layout.roles[0] and len(texts) > 1:
            continue  # group headings over the role columns
        if len(texts) > 1 and len(texts[0].split()) <= 2 and ACTIVITY_HEADING.search(texts[0]):
            continue  # a row of headings ('Task | Director | Manager'), not a title
        text = texts[0]
        if len(texts) > 1 and (text.endswith(":") or TITLE_LABEL.match(text)):
            text = texts[1]  # "Project name: | Harbour works"
        elif text.endswith(":"):
            continue
        if sum(w.strip(",.;") .casefold() in WORD_LETTERS for w in text.split()) >= 2:
            continue
        return " ".join(text.split())
    head = next((table.g[r][layout.act] for r in range(layout.head_end, layout.header - 1, -1)
                 if table.g[r][layout.act]), "")
    if (head and not ACTIVITY_HEADING.search(head) and not ROLE_HEADING.match(head)
            and len(head) > 3):
        return " ".join(head.split())
    return ""


def transpose(sheet: SheetCells) -> SheetCells:
    """The sheet turned on its side: rows become columns."""
    return SheetCells(
        sheet.title, {(c, r): t for (r, c), t in sheet.text.items()},
        {(c, r): s for (r, c), s in sheet.styles.items()},
        [(c1, r1, c2, r2) for r1, c1, r2, c2 in sheet.merges],
        {(c, r): t for (r, c), t in sheet.comments.items()},
        sheet.cols, sheet.rows, sheet.emphasis, struck=sheet.struck,
        hidden_rows=sheet.hidden_cols, hidden_cols=sheet.hidden_rows,
    )


def side_by_side(table: Table, h: int) -> list[tuple[int, int]]:
    """The column spans of tables set side by side with the same headings ('Activity |
    Sponsor | PM' then, after a gap, 'Activity | Sponsor | PM' again: the work before and
    after go-live), else []. Found in the header row of the grid (h): its headings, left to
    right, are one run of three or more repeated whole, each copy after the one before."""
    cols = [c for c in range(table.cols) if table.g[h][c]]
    heads = [fold(table.g[h][c]) for c in cols]
    for copies in (2, 3, 4):
        width, rest = divmod(len(heads), copies)
        if rest or width < 3:
            continue
        if all(heads[k * width:(k + 1) * width] == heads[:width] for k in range(copies)):
            starts = [cols[k * width] for k in range(copies)]
            ends = [cols[(k + 1) * width - 1] for k in range(copies)]
            return list(zip(starts, ends, strict=True))
    return []


def _columns(sheet: SheetCells, first: int, last: int) -> SheetCells:
    """The cells of columns first..last alone (where they stand), for reading one table."""
    def inside(cell: tuple[int, int]) -> bool:
        return first <= cell[1] <= last
    return SheetCells(
        sheet.title, {k: v for k, v in sheet.text.items() if inside(k)},
        {k: v for k, v in sheet.styles.items() if inside(k)},
        [m for m in sheet.merges if first <= m[1] and m[3] <= last],
        {k: v for k, v in sheet.comments.items() if inside(k)},
        sheet.rows, sheet.cols, sheet.emphasis, struck=sheet.struck,
        hidden_rows=sheet.hidden_rows, hidden_cols=sheet.hidden_cols)


def _read_side_by_side(sheet: SheetCells, spans: list[tuple[int, int]],
                       options: ReadOptions) -> ImportPlan:
    """Tables side by side with the same roles, read one by one and joined in order: their
    activities one list, each table's banner over its header (if any) their phase. The
    first table's part of the sheet runs from column A, the last one's to the sheet's end."""
    plans = []
    for k, (first, _last) in enumerate(spans):
        end = spans[k + 1][0] - 1 if k + 1 < len(spans) else sheet.cols - 1
        part = _columns(sheet, first if k else 0, end)
        plan = _read_oriented(part, False, options)
        above = range(plan.header_row - 2, max(-1, plan.header_row - 4), -1)
        at = next((r for r in above if (r, first) in part.text), None)
        if at is not None and not any(a.phase for a in plan.activities):
            banner = part.text[(at, first)]
            for a in plan.activities:
                a.phase = banner
            where = ref(at, first)
            plan.skipped = [x for x in plan.skipped if not x.startswith(f"{where}:")]
            plan.notes = [x for x in plan.notes if not x.startswith(f"{where}: the title")]
            plan.notes.append(f"{where}: read '{banner[:40]}' as the phase of the table "
                              "under it")
        if k:  # the sheet's title is the first table's, and a role its letters there
            plan.notes = [x for x in plan.notes if ": the title, used as" not in x
                          and "imported as a role with none" not in x]
        plans.append(plan)
    joined = plans[0]
    index = {fold(r.name): j for j, r in enumerate(joined.roles)}
    for plan in plans[1:]:
        for a in plan.activities:
            a.cells = {index[fold(plan.roles[j].name)]: v for j, v in a.cells.items()}
            a.notes = {index[fold(plan.roles[j].name)]: v for j, v in a.notes.items()}
        joined.activities += plan.activities
        joined.unread += plan.unread
        joined.skipped += plan.skipped
        joined.notes += [n for n in plan.notes if n not in joined.notes]
    said = ", ".join(f"{col_name(a)}-{col_name(b)}" for a, b in spans)
    joined.notes.insert(0, f"read {len(spans)} tables side by side with the same headings "
                           f"({said}) as one list of activities")
    return joined


def stacked_header(table: Table, h: int) -> int | None:
    """The header row of a second block stacked under the grid that goes on with more roles
    for the same activities (nine roles too wide for a page, printed as roles 1-5, then
    roles 6-9 under the same 'No. | Activity' columns), else None. Found as the first row
    below the header whose first headings are the header's own, in the same columns (the
    numbering column's may be left out), and whose others, two or more, are new headings
    (no letters, none of the header's). h is the grid's header row."""
    cols = [c for c in range(table.cols) if table.g[h][c]]
    heads = [fold(table.g[h][c]) for c in cols]
    if len(cols) < 3:
        return None
    place = {c: k for k, c in enumerate(cols)}
    for r in range(h + 2, table.rows):
        row = table.g[r]
        # its first heading the header's own in the same column: the first, or the second
        # where the block leaves out the numbering column ('Task' alone under 'No. | Task')
        first = next((c for c in range(min(table.cols, cols[1] + 1)) if row[c]), None)
        if first is None or place.get(first, 2) > 1 or fold(row[first]) != heads[place[first]]:
            continue
        filled = [c for c in range(first, table.cols) if row[c]]
        same, k = 0, place[first]
        while (same < min(len(filled), len(cols) - k) and filled[same] == cols[k + same]
               and fold(row[filled[same]]) == heads[k + same]):
            same += 1
        rest = [row[c] for c in filled[same:]]
        if (len(rest) >= 2 and not {fold(t) for t in rest} & set(heads)
                and all(table.letters(t) is None for t in rest)):
            return r
    return None


def _rows(sheet: SheetCells, first: int, last: int) -> SheetCells:
    """The cells of rows first..last alone (where they stand), for reading one block."""
    def inside(cell: tuple[int, int]) -> bool:
        return first <= cell[0] <= last
    return SheetCells(
        sheet.title, {k: v for k, v in sheet.text.items() if inside(k)},
        {k: v for k, v in sheet.styles.items() if inside(k)},
        [m for m in sheet.merges if first <= m[0] and m[2] <= last],
        {k: v for k, v in sheet.comments.items() if inside(k)},
        sheet.rows, sheet.cols, sheet.emphasis, struck=sheet.struck)


def _read_stacked(sheet: SheetCells, second: int, options: ReadOptions) -> ImportPlan | None:
    """Two blocks stacked on the sheet, the second (its header at row second) listing the
    same activities in the same order under other roles: one grid, the second block's roles
    after the first's. None when the blocks are not so (other activities, a role in both,
    another scheme): the sheet is then read as one grid."""
    top = _read_oriented(_rows(sheet, 0, second - 1), False, options)
    below = _read_oriented(_rows(sheet, second, sheet.rows - 1), False, options)
    names = [fold(a.name) for a in top.activities]
    if (below.header_row != second + 1 or names != [fold(a.name) for a in below.activities]
            or {fold(r.name) for r in top.roles} & {fold(r.name) for r in below.roles}
            or below.scheme != top.scheme or below.transposed or top.transposed):
        return None
    offset = len(top.roles)
    for act, more in zip(top.activities, below.activities, strict=True):
        act.cells.update({offset + j: v for j, v in more.cells.items()})
        act.notes.update({offset + j: v for j, v in more.notes.items()})
    top.roles += below.roles
    top.people += [p for p in below.people if p not in top.people]
    top.unread += below.unread
    top.skipped += below.skipped
    top.notes += [n for n in below.notes if n not in top.notes
                  and ": the title, used as" not in n]
    top.notes.insert(0, f"read the block under the header in row {second + 1} as more roles "
                        f"for the same {counted(len(names), 'activity')} (the roles "
                        f"{', '.join(r.name for r in below.roles)})")
    return top


def _looks_transposed(plan: ImportPlan) -> bool:
    """True when a plan's activities read more like roles than its roles do.

    Activity names are usually longer than role names; a plan whose "roles" are
    clearly shorter than its "activities" is taken as the right way up.
    """
    acts = who.role_likeness([a.name for a in plan.activities])
    roles = who.role_likeness([r.name for r in plan.roles])
    act_length = sum(len(a.name) for a in plan.activities) / max(1, len(plan.activities))
    role_length = sum(len(r.name) for r in plan.roles) / max(1, len(plan.roles))
    return acts >= 0.5 and acts > roles + 0.2 and role_length >= 0.8 * act_length


def _accountable_across(plan: ImportPlan) -> bool:
    """True when a plan's activities mostly have two accountables or more while its roles
    mostly have one at most: each of the sheet's columns is one activity with its one A
    (partners down the side, many more tasks across), so the sheet is on its side. With
    two A's to a row on average, only when the names down the side have fewer than half
    as many words again as those across: task names down the side ('Write the grant
    proposal'), two of the organisations across accountable for each, is accountability
    shared, the right way up."""
    acts = [a for a in plan.activities if a.cells]
    if len(acts) < 3 or len(plan.roles) < 2:
        return False
    per_role: Counter[int] = Counter()
    several = 0
    for act in acts:
        held = [j for j, letters in act.cells.items() if "A" in letters]
        per_role.update(held)
        several += len(held) >= 2
    lettered = {j for act in acts for j in act.cells}
    single = sum(1 for j in lettered if per_role[j] <= 1)
    return (2 * several > len(acts) and 4 * single >= 3 * len(lettered)
            and (sum(per_role.values()) > 2 * len(acts)
                 or 2 * _words_per_name(a.name for a in acts)
                 < 3 * _words_per_name(plan.roles[j].name for j in lettered)))


def _one_accountable_per_column(plan: ImportPlan) -> bool:
    """True when a plan's roles, not its activities, keep to one A each: three quarters of
    its lettered columns (three or more) hold exactly one A, while two of its rows or more,
    a quarter of them but not most (most is _accountable_across's to judge), hold several,
    and a fifth fewer of its rows than of its columns hold exactly one; and more columns are
    lettered than rows (a list has more activities than roles: with no more columns than
    rows, the same A's read the right way up as a messy grid, some activities with two and
    others with none); and the names down the side are not half as long again in words as
    those across, as _accountable_across asks (activities are most often phrases, 'Order
    the parts', beside roles of a word or two). A grid
    on its side whose names do not say which are the roles (a language without the job
    words read here), each task across with its one accountable, some of the roles down
    the side accountable for several."""
    acts = [a for a in plan.activities if a.cells]
    per_role: Counter[int] = Counter()
    per_act: list[int] = []
    for act in acts:
        held = [j for j, letters in act.cells.items() if "A" in letters]
        per_role.update(held)
        per_act.append(len(held))
    lettered = {j for act in acts for j in act.cells}
    if len(acts) < 3 or len(lettered) <= len(acts):
        return False  # columns no more than rows: the A's left to a row are then as few
    one_across = sum(1 for j in lettered if per_role[j] == 1) / len(lettered)
    one_down = sum(1 for n in per_act if n == 1) / len(acts)
    several = sum(1 for n in per_act if n >= 2)
    return (one_across >= 0.75 and several >= 2 and 4 * several >= len(acts)
            and 2 * several <= len(acts) and one_down <= one_across - 0.2
            and 2 * _words_per_name(a.name for a in acts)
            < 3 * _words_per_name(plan.roles[j].name for j in lettered))


def _accountable_only_across(plan: ImportPlan) -> bool:
    """True when every lettered column (four or more, no fewer than the rows) holds
    exactly one A while most rows hold none (one role down the side accountable for
    nearly everything, the others for nothing), and the names across have more words
    than those down ('Walk the site' across, 'Surveyor' down): a square grid on its side
    with no corner heading, each task across with its one accountable. Read as it
    stands, most of its activities would have nobody accountable. Job titles across
    ('Project manager', 'Site engineer') are roles: a joint sign-off row of A's under them
    is no grid on its side."""
    acts = [a for a in plan.activities if a.cells]
    lettered = {j for act in acts for j in act.cells}
    if len(acts) < 3 or len(lettered) < 4 or len(acts) > len(lettered):
        return False  # (taller than wide: a list of tasks, few of them with an A)
    per_role: Counter[int] = Counter()
    none = 0
    for act in acts:
        held = [j for j, letters in act.cells.items() if "A" in letters]
        per_role.update(held)
        none += not held
    across = [plan.roles[j].name for j in lettered]
    return (all(per_role[j] == 1 for j in lettered) and 2 * none > len(acts)
            and _words_per_name(a.name for a in acts) < _words_per_name(across)
            and not who.role_row(across))  # job titles across: roles, the right way up


def _words_per_name(names: Iterable[str]) -> float:
    counts = [len(name.split()) for name in names]
    return sum(counts) / max(1, len(counts))


def _corner_names_roles(table: Table, plan: ImportPlan) -> bool:
    """True when the heading over the names down the side says they are the roles ('Role',
    'Who', 'Stakeholder' in the corner left of the headings across) and the names across
    have more words than those down ('Strip old units' across, 'Warden' down) and look no
    more like roles or people: a grid turned on its side, however plain its role names.
    ('ROLES' beside a row of people's names with their titles labels that row.)"""
    if not plan.roles or plan.transposed or not plan.roles[0].column.isalpha():
        return False
    c = column_index_from_string(plan.roles[0].column) - 2
    corner = table.g[plan.header_row - 1][c] if c >= 0 else ""
    roles, acts = [r.name for r in plan.roles], [a.name for a in plan.activities]
    return bool(ROLE_HEADING.match(corner)) and not ACTIVITY_HEADING.search(corner) and (
        _words_per_name(roles) > _words_per_name(acts)
        and who.role_likeness(roles) <= who.role_likeness(acts)
        and _one_accountable_across(plan) >= _one_accountable_down(plan))


def _one_accountable_down(plan: ImportPlan) -> float:
    """Share of a plan's lettered activities (the rows) holding exactly one A."""
    acts = [a for a in plan.activities if a.cells]
    return sum(sum("A" in v for v in a.cells.values()) == 1 for a in acts) / max(1, len(acts))


def _one_accountable_across(plan: ImportPlan) -> float:
    """Share of a plan's lettered roles (the columns) holding exactly one A: the rows'
    measure for the grid turned on its side. Where the rows hold one A each more often,
    the letters say the grid is the right way up, whatever the corner heading says
    ('Name' over short task names, crews across)."""
    per_role: Counter[int] = Counter()
    for act in plan.activities:
        per_role.update(j for j, letters in act.cells.items() if "A" in letters)
    lettered = {j for act in plan.activities for j in act.cells}
    return sum(per_role[j] == 1 for j in lettered) / max(1, len(lettered))


def _corner_names_activities(table: Table, plan: ImportPlan) -> bool:
    """True when the heading over the names down the side says they are the activities
    ('Task', 'Work package', 'Aufgabe' in the corner left of the headings across)."""
    if not plan.roles or plan.transposed or not plan.roles[0].column.isalpha():
        return False
    c = column_index_from_string(plan.roles[0].column) - 2
    corner = table.g[plan.header_row - 1][c] if c >= 0 else ""
    return bool(ACTIVITY_HEADING.search(corner)) and not ROLE_HEADING.match(corner)


def _wrong_way_up(plan: ImportPlan, table: Table | None = None) -> bool:
    """True when a plan reads better turned on its side: its activities look like roles,
    or its roles, not its activities, each have one accountable (by the columns' A's
    alone, only when the corner heading, if the table is given, does not call the names
    down the side activities)."""
    return (_looks_transposed(plan) or _accountable_across(plan)
            or (_one_accountable_per_column(plan) or _accountable_only_across(plan))
            and not (table is not None and _corner_names_activities(table, plan)))


def read_sheet(sheet: SheetCells, own_export: bool = False,
               options: ReadOptions | None = None, known_roles: frozenset[str] = frozenset()
               ) -> ImportPlan:
    """Find and read the grid on one sheet, either way up; NoGridError says why there is none.

    The grid is read as it stands first; when that fails, or its activities read like
    roles (job titles, people) more than its roles do, the sheet is also read turned
    on its side (roles down, activities across), and the reading that fits wins.
    """
    options = options or ReadOptions()
    legend = _legend(sheet)
    table = Table(sheet, _words(sheet, legend))
    header = options.header_row
    fixed = header is not None or options.phase_column is not None
    if not fixed and is_own_sheet(table, own_export):
        return read_own_sheet(table, known_roles)
    if not own_export and not fixed and (shape := find_long_list(table)) is not None:
        listed, where = read_long_list(table, shape)
        return _finish_other_layout(listed, legend, sheet.title, where)
    if not own_export and not fixed and find_mark_header(table) is not None:
        return _finish_other_layout(read_mark_columns(table), legend, sheet.title)
    if not own_export and not fixed and find_letter_blocks(table) is not None:
        return _finish_other_layout(read_letter_blocks(table), legend, sheet.title)
    if not own_export and not fixed and find_assignment_column(table) is not None:
        return _finish_other_layout(read_assignment_column(table), legend, sheet.title)
    # (the header row, found once for the two readings of several tables on one sheet)
    found = None if own_export or fixed else find_header(table)
    if found is not None and (spans := side_by_side(table, found[0])):
        try:
            return _read_side_by_side(sheet, spans, options)
        except (NoGridError, KeyError):
            pass  # read as one grid, as before
    if found is not None and (second := stacked_header(table, found[0])) is not None:
        try:
            if (stacked := _read_stacked(sheet, second, options)) is not None:
                return stacked
        except NoGridError:
            pass  # read as one grid, as before
    try:
        plan: ImportPlan | None = _read_oriented(sheet, own_export, options, table)
        failure: NoGridError | None = None
    except NoGridError as exc:
        plan, failure = None, exc
    if own_export or options.phase_column is not None or (
            plan is not None and not _wrong_way_up(plan, table)
            and not _corner_names_roles(table, plan)):
        if plan is None:
            assert failure is not None
            raise failure
        return plan
    # Turned on its side, the given header row is the one of activity names across the top.
    token = TRANSPOSED.set(True)
    try:
        turned = _read_oriented(transpose(sheet), own_export, replace(options, header_row=None),
                                activity_col=None if header is None else header - 1,
                                legend=legend)
    except NoGridError:
        turned = None
    finally:
        TRANSPOSED.reset(token)
    if turned is not None and (plan is None or not _wrong_way_up(turned)):
        turned.transposed = True
        why = "" if plan is None or _looks_transposed(plan) else (
            " (each column holds one A, while most rows hold several)"
            if _accountable_across(plan) else
            " (nearly every column holds one A, while several rows hold more)"
            if _one_accountable_per_column(plan)
            else " (each column holds one A, while most rows hold none)"
            if _accountable_only_across(plan) else " (the corner heading names the roles)")
        turned.notes.insert(0, "read the grid turned on its side: roles down the side, "
                               f"activities across the top{why}")
        return turned
    if plan is None and header is None:
        try:
            return _read_by_letter(sheet)
        except NoGridError:
            pass
    if plan is None:
        assert failure is not None
        raise failure
    return plan


def _read_by_letter(sheet: SheetCells) -> ImportPlan:
    """A table with one column per letter and role names in its cells."""
    legend = _legend(sheet)
    plan = read_letter_columns(Table(sheet, _words(sheet, legend)))
    return _finish_other_layout(plan, legend, sheet.title)


def _finish_other_layout(plan: ImportPlan, legend: dict[str, str], title: str,
                         where: dict[str, list[str]] | None = None) -> ImportPlan:
    """Scheme and clean names for a plan read by one of the other layouts (where: the first
    cells of each letter, named when a letter is beyond the scheme)."""
    used = Counter(code for a in plan.activities for v in a.cells.values() for code in v)
    scheme, notes = choose_scheme(used, legend, where or {}, title)
    plan.scheme = scheme.id
    plan.notes += notes
    for act in plan.activities:
        act.name = _strip_name(act.name)
    return plan


def _activities(table: Table, layout: Layout, roles: list[int], rows: list[Row],
                own_export: bool, notes: list[str], unread: list[UnreadCell],
                ) -> tuple[list[ImportedActivity], Counter[str], dict[str, list[str]]]:
    """The activities of the grid's rows, the letters used and where (first cells).

    Cells that are not sets of letters are added to unread.
    """
    activities: list[ImportedActivity] = []
    used: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    phase = layout.first_phase
    col_phase = ""
    comments = table.sheet.comments
    renumbered: list[str] = []
    annotated: list[str] = []
    heading: Row | None = None  # said once an activity comes under it
    bare: list[Row] = []  # headings with no activity under them
    # a template leaves one example row, above the real ones; 'Sample: collect soil',
    # 'Sample: weigh it' down a sheet, or one such name among others, are activities
    examples = [x for x in rows if x.kind not in ("phase", "band", "continuation")
                and EXAMPLE_ROW.match(x.name)]
    for x in rows:
        if x.kind in ("phase", "band"):
            if heading is not None:
                bare.append(heading)
            phase, heading = x.name, x
            continue
        if x.kind == "continuation":
            if activities:
                last = activities[-1]
                last.description = "\n".join(filter(None, [last.description, x.name]))
                notes.append(f"{row_word(x.r)}: continues the activity of "
                             f"{row_word(last.row - 1)} "
                             "(wrapped or merged cells); kept in its description")
            continue
        if PLACEHOLDERS.match(x.name) and not own_export:
            notes.append(f"{row_word(x.r)}: '{x.name}' is a placeholder; skipped")
            continue
        if examples == [x] and not activities and not own_export:
            notes.append(f"{row_word(x.r)}: '{shorten(x.name, 40)}' is the template's "
                         "example row; skipped (give it another name to keep it)")
            continue
        clean = x.name if own_export else _strip_name(x.name)
        if clean != " ".join(x.name.split()):
            renumbered.append(ref(x.r, layout.act))
        if layout.phase_col is not None:
            value = table.merged_value(x.r, layout.phase_col)
            # A blank phase cell continues the phase above, except in our own export,
            # where it means "no phase".
            col_phase = value if own_export else (value or col_phase)
        details = [comments.get((x.r, layout.act), "")]
        details += [f"{layout.headings.get(c) or col_name(c)}: {table.g[x.r][c]}"
                    for c in layout.details if table.g[x.r][c]]
        for j, letters in x.cells.items():
            used.update(letters)
            for code in letters:
                cells_of = where.setdefault(code, [])
                if len(cells_of) < 9:
                    cells_of.append(ref(x.r, roles[j]))
        cell_notes = {j: text for j, c in enumerate(roles) if (text := comments.get((x.r, c)))}
        for j in x.cells:
            words = table.annotations.get(table.g[x.r][roles[j]])
            if words and j not in x.unread:
                cell_notes[j] = "\n".join(filter(None, [words, cell_notes.get(j)]))
                annotated.append(ref(x.r, roles[j]))
        for j, text in x.unread.items():
            cell_notes[j] = "\n".join(filter(None, [unread_note(text), cell_notes.get(j)]))
            unread.append(UnreadCell(sheet_cell(table.sheet.title, ref(x.r, roles[j])), text,
                                     x.cells.get(j, frozenset())))
        if heading is not None:
            notes.append(f"{row_word(heading.r)}: read '{heading.name}' as a phase heading")
            heading = None
        activities.append(ImportedActivity(
            clean, col_phase if layout.phase_col is not None and col_phase else phase,
            x.cells, x.r + 1, "\n".join(filter(None, details)), cell_notes,
            line=row_word(x.r)))
    if not activities:
        raise NoGridError(f"sheet '{table.sheet.title}': a header ({row_word(layout.header)}) "
                          "over letters, but no activity rows below it")
    bare += [heading] if heading is not None else []
    if bare:
        notes.append(bare_headings([(b.r, b.name) for b in bare]))
    if renumbered:
        more = " ..." if len(renumbered) > 6 else ""
        notes.append(f"removed the numbering or bullet from "
                     f"{counted(len(renumbered), 'activity name')} "
                     f"({', '.join(renumbered[:6])}{more})")
    for c in layout.details:
        notes.append(f"{col_word(c)} ('{shorten(layout.headings.get(c, ''), 30)}') kept in "
                     "each activity's description")
    if annotated:
        more = " ..." if len(annotated) > 6 else ""
        notes.append(f"kept the words beside the letters ('R (backup)', 'R1') as cell notes "
                     f"({', '.join(annotated[:6])}{more})")
    return activities, used, where


def region_texts(table: Table, region: tuple[int, int, int, int]) -> list[str]:
    """The texts of a range of cells, row by row."""
    r1, c1, r2, c2 = region
    return [table.g[r][c] for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
            if table.g[r][c]]


TITLE_CELL, EMPTY_HEADING = "title", "empty heading"
"""Kinds of cells outside the grid's box that the reader read as part of its frame."""


def _frame_cells(table: Table, layout: Layout, box: tuple[int, int, int, int],
                 end: int, title: str) -> dict[tuple[int, int], str]:
    """Cells outside the grid's box that frame it, each with its kind: the title (and the
    'Project:' label before it), the phase heading read above the header (said in its own
    note), and headings in the header row over columns with nothing under them."""
    top, lo, _bottom, right = box
    frame: dict[tuple[int, int], str] = {}
    for (r, c), text in table.sheet.text.items():
        if top <= r <= box[2] and lo <= c <= right:
            continue
        if r == layout.phase_row:
            frame[(r, c)] = "phase"
        elif r < layout.header and table.cover.get((layout.header, c)) == r:
            frame[(r, c)] = "heading"  # merged down over the header row: it names a column
        elif r == layout.header - 1 and default_heads(table.row_texts(r)):
            frame[(r, c)] = "heading"  # 'Column1', 'Column2': the table's stand-in heads
        elif title and title in (" ".join(text.split()), _labelled_title(text),
                                 _matrix_title(text)):
            frame[(r, c)] = TITLE_CELL
            label = table.g[r][c - 1] if c > 0 else ""
            if label and (label.endswith(":") or PROJECT_LABEL.match(label)
                          or TITLE_LABEL.match(label)):
                frame[(r, c - 1)] = TITLE_CELL  # "Project: | Apollo"
        elif r == layout.header and not any(table.g[x][c] for x in range(r + 1, end)):
            frame[(r, c)] = EMPTY_HEADING
    return frame


def _headings_above(table: Table, region: tuple[int, int, int, int], top: int,
                    roles: list[int], right: int) -> str:
    """What a range right above the header row is when it heads the grid's columns
    ('Sponsor | Sponsor | Delivery' over the roles, 'Activities | Roles' over the
    whole grid), else ''. A full row of headings of its own, one over each role
    column, is another header row, not a heading over this one."""
    r1, c1, r2, c2 = region
    if r2 != top - 1 or c2 > right or any(":" in t for t in region_texts(table, region)):
        return ""  # 'Date: May' over a role column is a note, not a heading
    if c1 >= roles[0] and r1 == r2 and all(
            CODE_VALUE.match(table.g[r1][c]) for c in roles):
        return f"numbers over the role {lines('columns')}"  # 'P1', 'P2' over the names
    if c1 >= roles[0]:
        return f"group headings over the role {lines('columns')}"
    words = [table.g[r][c] for r in range(r1, r2 + 1) for c in range(c1, roles[0])
             if table.g[r][c]]
    over_roles = [c for c in range(roles[0], c2 + 1) if any(
        table.g[r][c] for r in range(r1, r2 + 1))]
    if words and all(ACTIVITY_HEADING.search(w) or ROLE_HEADING.match(w) for w in words) \
            and len(over_roles) < len(roles):
        return f"headings over the grid's {lines('columns')}"
    return ""


def _skipped_ranges(table: Table, layout: Layout, roles: list[int], end: int,
                    title: str) -> tuple[list[str], list[str]]:
    """Every filled range outside the grid, with what it looks like: the ranges left
    unread, and notes on those the reader read as the grid's frame (its title, a legend
    of its letters, headings over its columns), which are not skipped content."""
    lo, right = layout.span()
    lo, right = min(lo, roles[0]), max(right, roles[-1])
    top = min([layout.header, *header_rows(table, layout.header, roles, layout.data_start)])
    if split_titles(table, layout.header, roles):
        top = layout.header - 1  # the first row of the roles' names, read with them
    box = (top, lo, max(top, end - 1), right)
    frame = _frame_cells(table, layout, box, end, title)
    skipped, framing = [], []
    regions = outside_regions(table, box, used=frame)
    legends = any(describe_region(table, region) == LEGEND_REGION for region in regions)
    for region in regions:
        kind = _headings_above(table, region, top, roles, right)
        if kind:
            framing.append(f"{span(*region)}: {kind}; not imported")
            continue
        kind = describe_region(table, region)
        if kind == LEGEND_REGION:
            framing.append(f"{span(*region)}: {kind}, read for what the letters mean")
        elif legends and all(LEGEND_TITLE.match(t) for t in region_texts(table, region)):
            framing.append(f"{span(*region)}: the legend's title")  # 'Key' beside its lines
        elif _footnotes(table, region):
            framing.append(f"{span(*region)}: footnotes to the letters, read as the notes of "
                           "the cells marked")
        else:
            skipped.append(f"{span(*region)}: {kind}")
    for region in outside_regions(table, box, only=[rc for rc, k in frame.items()
                                                    if k == TITLE_CELL]):
        framing.append(f"{span(*region)}: the title, used as the project name")
    for region in outside_regions(table, box, only=[rc for rc, k in frame.items()
                                                    if k == EMPTY_HEADING]):
        texts = "', '".join(shorten(t, 30) for t in region_texts(table, region))
        framing.append(f"{span(*region)}: {'headings' if ',' in texts else 'a heading'} "
                       f"('{texts}') over nothing; not imported")
    return skipped, framing


def _footnotes(table: Table, region: tuple[int, int, int, int]) -> bool:
    """True when every text of a range is a footnote that marks beside the grid's letters
    refer to ('¹ Only for the first release' under cells 'R¹'): read, as those cells'
    notes, so not skipped."""
    notes = set((table.footnotes or {}).values())
    texts = region_texts(table, region)
    return bool(notes) and bool(texts) and all(" ".join(t.split()) in notes for t in texts)


def _read_oriented(sheet: SheetCells, own_export: bool, options: ReadOptions,
                   table: Table | None = None, activity_col: int | None = None,
                   legend: dict[str, str] | None = None) -> ImportPlan:
    """Read the sheet as it stands (no turning, no other layouts); legend: the letters
    the sheet defines, read before it was turned on its side (its lines are rows)."""
    legend = _legend(sheet) if legend is None else legend
    table = table or Table(sheet, _words(sheet, legend))
    layout, notes = find_layout(table, options, activity_col)
    rows, end = body_rows(table, layout, layout.roles, [])
    roles, role_notes = role_columns(table, layout, end)
    notes += role_notes
    row_notes: list[str] = []
    rows, end = body_rows(table, layout, roles, row_notes)
    if not own_export:  # our own rows are exactly activities, named as they were
        named_notes, bare_named = _letters_named_beside(table, layout, roles, rows)
        notes += named_notes
        classify_bare(table, layout, roles, rows)
        for x, j, letter in bare_named:  # a row that stays no phase is an activity
            if x.kind in ("bare", "activity"):
                x.cells[j] = x.cells.get(j, frozenset()) | {letter}
                x.kind = "activity"
        if struck := struck_letters(table, layout, roles, rows):
            row_notes.append(f"{struck}: letters struck through, withdrawn and kept for the "
                             "record; read as empty")
    pre_data(table, layout, notes)
    notes += row_notes + _hidden_notes(sheet, roles, rows)
    staffing = read_staffing(table, layout, roles, own_export, options)
    notes += staffing.notes

    unread: list[UnreadCell] = []
    activities, used, where = _activities(table, layout, roles, rows, own_export, notes,
                                          unread)
    declared = declared_scheme(table, layout.header) if own_export else None
    scheme_notes: list[str] = []
    if declared is not None and set(used) <= set(declared.codes):
        scheme = declared
    else:
        scheme, scheme_notes = choose_scheme(used, legend, where, sheet.title)
    notes += scheme_notes
    title = _title(table, layout)
    skipped, framing = _skipped_ranges(table, layout, roles, end, title)
    notes += framing
    plan = ImportPlan(sheet.title, layout.header + 1, scheme.id,
                      staffing.roles, activities, staffing.people, notes, title, skipped,
                      unread=unread)
    return plan


def _hidden_notes(sheet: SheetCells, roles: list[int], rows: list[Row]) -> list[str]:
    """What the workbook hides of the grid (a role's column, an activity's row, often a
    withdrawn one kept out of sight): imported all the same, and said, so nothing hidden
    comes in unseen."""
    notes: list[str] = []
    if hidden := [c for c in roles if c in sheet.hidden_cols]:
        named = ", ".join(f"'{shorten(table_heading, 30)}'" for c in hidden[:4]
                          if (table_heading := _heading_of(sheet, c, rows)))
        notes.append(f"{cols_word(hidden) if len(hidden) > 1 else col_word(hidden[0])}"
                     f"{f' ({named})' if named else ''}: hidden in the workbook; imported as "
                     f"{'roles' if len(hidden) > 1 else 'a role'} all the same (delete "
                     f"{'them' if len(hidden) > 1 else 'it'} after the import if no longer "
                     "used)")
    if hidden := [x.r for x in rows if x.kind == "activity" and x.r in sheet.hidden_rows]:
        words = [row_word(r) for r in hidden]
        notes.append(f"{lines_word(words)}: hidden in the workbook; imported as "
                     f"{'activities' if len(hidden) > 1 else 'an activity'} all the same")
    return notes


def _heading_of(sheet: SheetCells, c: int, rows: list[Row]) -> str:
    """The text nearest above a grid's first row in column c: the role's heading."""
    top = rows[0].r if rows else sheet.rows
    return next((t for r in range(top - 1, -1, -1) if (t := sheet.text.get((r, c)))), "")


def _letters_named_beside(table: Table, layout: Layout, roles: list[int],
                          rows: list[Row]) -> tuple[list[str], list[tuple[Row, int, str]]]:
    """Give the roles a column beside the grid names on each row the letter its heading
    names ('Accountable', 'Llogaridhënës (A)' over role headings; letters_named_beside);
    such a column is read, not kept in the descriptions. The notes, and the letters named
    on rows with none in the grid (row, role, letter), given once classify_bare has told
    them from phase headings (a bold 'Delivery' naming the phase's accountable)."""
    lettered = [x for x in rows if x.kind not in ("phase", "band", "continuation")]
    held = frozenset(letter for x in lettered for v in x.cells.values() for letter in v)
    found = letters_named_beside(table, layout.header, layout.details,
                                 [table.heading(layout.header, c) for c in roles],
                                 [x.r for x in lettered], held)
    notes: list[str] = []
    bare: list[tuple[Row, int, str]] = []
    for c, (letter, named) in found.items():
        for x in lettered:
            for j in named.get(x.r, []):
                if x.kind == "bare":
                    bare.append((x, j, letter))
                else:
                    x.cells[j] = x.cells.get(j, frozenset()) | {letter}
        layout.details.remove(c)
        layout.ignored.append(c)
        left = [ref(x.r, c) for x in lettered if table.merged_value(x.r, c)
                and x.r not in named]
        notes.append(f"{col_word(c)} ('{shorten(table.g[layout.header][c], 30)}') names the "
                     f"role with {letter} on each row; read as that role's {letter}"
                     + (f" ({', '.join(left[:6])}: names no role of the grid, so gives no "
                        "letter; write a role's heading there to give it one)"
                        if left else ""))
    return notes, bare


def _read_people(path: Path, wb: Book | TextTable) -> tuple[bool, list[ImportedPerson]]:
    """Our own export's People sheet: (found, people with their roles as listed pieces)."""
    if "People" not in wb.sheetnames:
        return False, []
    sheet = read_cells(path, wb, "People")
    grid = sheet.grid()
    if not grid or [fold(h) for h in (grid[0] + [""] * 4)[:4]] != OWN_PEOPLE_HEADER:
        return False, []
    out = []
    for row in grid[1:]:
        row = (row + ["", "", "", ""])[:4]
        if row[0]:
            roles = row[3].split(LIST_SEPARATOR) if row[3] else []  # pieces, as written
            out.append(ImportedPerson(row[0], row[1], row[2], roles))
    return True, out


def _read_legend(path: Path, wb: Book | TextTable, plan: ImportPlan) -> list[str]:
    """Our own export's Legend sheet: the check limits, the phases in order and the exact
    role names and codes (for a plan read from our RACI sheet); notes."""
    if "Legend" not in wb.sheetnames:
        return []
    grid = read_cells(path, wb, "Legend").grid()
    plan.thresholds, notes = _limits(grid)
    plan.phases += [row[2] for row in _legend_table(grid, PHASES_HEADER) if row[2]]
    if plan.exact:
        exact_roles(plan, _listed_roles(grid))
    return notes


def _listed_roles(grid: list[list[str]]) -> list[tuple[str, str, str]]:
    """The roles our Legend sheet lists: (code, name, description), in column order."""
    return [(row[0], row[1], row[2]) for row in _legend_table(grid, ROLES_HEADER) if row[0]]


def _known_roles(path: Path, wb: Book | TextTable) -> frozenset[str]:
    """The labels of the roles our Legend sheet lists, as their headings write them."""
    if "Legend" not in wb.sheetnames:
        return frozenset()
    grid = read_cells(path, wb, "Legend").grid()
    return frozenset(role_label(name, code) for code, name, _d in _listed_roles(grid))


def _legend_table(grid: list[list[str]], header: tuple[str, ...]) -> list[list[str]]:
    """The rows of the Legend sheet's table under this header, up to its first blank row
    (each padded to the header's width)."""
    folded = [fold(h) for h in header]
    width = len(header)
    start = next((i for i, row in enumerate(grid) if [fold(t) for t in row[:width]] == folded),
                 None)
    rows: list[list[str]] = []
    for row in grid[start + 1:] if start is not None else []:
        row = (row + [""] * width)[:width]
        if not any(row):
            break
        rows.append(row)
    return rows


def _limits(grid: list[list[str]]) -> tuple[dict[str, int], list[str]]:
    """The check limits listed under 'Check | Limit': (thresholds, notes)."""
    keys = dict(zip((fold(x) for x in LIMIT_LABELS), THRESHOLD_KEYS, strict=True))
    header = [fold(h) for h in LIMIT_HEADER[:2]]
    out: dict[str, int] = {}
    notes: list[str] = []
    start = next((i for i, row in enumerate(grid) if [fold(t) for t in row[:2]] == header),
                 None)
    for i, row in enumerate(grid[start + 1:] if start is not None else [], start=(start or 0) + 2):
        if not any(row):
            break  # the end of the table
        key = keys.get(fold(row[0]))
        if key is None:
            continue
        value = row[1] if len(row) > 1 else ""
        if value.isdigit() and int(value) <= MAX_THRESHOLD:
            out[key] = int(value)
        else:
            notes.append(f"sheet 'Legend', cell B{i}: {value!r} is not a limit (a whole number "
                         f"from 0 to {MAX_THRESHOLD}); the default is kept")
    return out, notes


def _read_sources(path: Path, wb: Book | TextTable, plan: ImportPlan) -> list[str]:
    """Our own export's Sources sheet: where each activity came from; returns notes."""
    if "Sources" not in wb.sheetnames:
        return []
    grid = read_cells(path, wb, "Sources").grid()
    width = len(SOURCES_HEADER)
    if not grid or [fold(h) for h in (grid[0] + [""] * width)[:width]] != [
            fold(h) for h in SOURCES_HEADER]:
        return []
    by_key = {a.key: a for a in plan.activities if a.key}
    notes = []
    for i, row in enumerate(grid[1:], start=2):
        key, _name, source, section, rationale, review, evidence = (row + [""] * width)[:width]
        act = by_key.get(key)
        if act is None:
            if any(row):
                notes.append(f"sheet 'Sources', row {i}: no activity {key!r} on the RACI "
                             "sheet; skipped")
            continue
        try:
            passages = tuple(Evidence(**{k: str(v) for k, v in e.items()})
                             for e in (json.loads(evidence) if evidence else []))
        except (ValueError, TypeError, AttributeError):
            notes.append(f"sheet 'Sources', cell G{i}: the evidence is not as exported; "
                         "the rest of the row is kept")
            passages = ()
        act.provenance = Provenance(source, section, rationale, passages,
                                    tuple(x for x in review.splitlines() if x)).to_text()
    return notes


def _join_people(plan: ImportPlan, listed: list[ImportedPerson]) -> None:
    """Our People sheet joined to the plan: lists split again on the names they hold."""
    names = [p.name for p in listed]
    for role in plan.roles:
        role.people = split_known(role.people, names)
    roles = [r.name for r in plan.roles]
    for person in listed:
        person.roles = _names(split_known(person.roles, roles))
    plan.people = listed


def _names(pieces: list[str]) -> list[str]:
    """The names of a list split on ', ', without the empty pieces."""
    return [p.strip() for p in pieces if p.strip()]


def _cap(text: str, limit: int) -> str:
    """Text of at most limit characters, ending in '…' when cut (lines kept)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def fit_names(plan: ImportPlan) -> None:
    """Names longer than a project holds are cut; the full text goes to the description."""
    long_rows = []
    for act in plan.activities:
        short = shorten(act.name, NAME_LIMIT)
        if short != " ".join(act.name.split()):
            act.description = "\n".join(filter(None, [act.name, act.description]))
            act.name = short
            long_rows.append(act.where())
        act.phase = shorten(act.phase, NAME_LIMIT)
    if long_rows:
        plan.notes.append(f"{lines_word(long_rows)}: activity names longer "
                          f"than {NAME_LIMIT} characters were cut; the full text is kept in "
                          "the description")
    cut = [a.where() for a in plan.activities if len(a.description) > DESCRIPTION_LIMIT]
    for act in plan.activities:
        act.description = _cap(act.description, DESCRIPTION_LIMIT)
        act.notes = {j: _cap(note, NOTE_LIMIT) for j, note in act.notes.items()}
    if cut:
        plan.notes.append(f"{lines_word(cut)}: the "
                          f"description is longer than {DESCRIPTION_LIMIT} characters; cut")
    renamed = {}
    taken = {r.name.casefold() for r in plan.roles if len(r.name) <= NAME_LIMIT}
    for role in plan.roles:
        short = shorten(role.name, NAME_LIMIT)
        n = 1
        while short.casefold() in taken and short != " ".join(role.name.split()):
            n += 1  # two long names alike in their first 300 characters stay two roles
            short = f"{shorten(role.name, NAME_LIMIT - len(str(n)) - 1)} {n}"
        taken.add(short.casefold())
        if short != " ".join(role.name.split()):
            role.description = "\n".join(filter(None, [role.name, role.description]))
            renamed[role.name] = short
            plan.notes.append(f"{role.where()}: the role name is longer than "
                              f"{NAME_LIMIT} characters; cut, the full text kept in its "
                              "description")
            role.name = short
        role.people = [shorten(p, NAME_LIMIT) for p in role.people]
        role.description = _cap(role.description, DESCRIPTION_LIMIT)
    for person in plan.people:
        person.name = shorten(person.name, NAME_LIMIT)
        person.roles = [renamed.get(r, r) for r in person.roles]
        if len(person.title) > NAME_LIMIT:
            person.title = shorten(person.title, NAME_LIMIT)
            plan.notes.append(f"{person.name}: the job title is longer than {NAME_LIMIT} "
                              "characters; cut")


def order_notes(activities: list[ImportedActivity]) -> list[str]:
    """What moves when the rows become a project, which lists activities grouped by phase.

    A project keeps each phase's activities together, phases in the order they
    first appear, and the activities without a phase after all of them; rows of
    the sheet in another order are named.
    """
    phased = [a for a in activities if a.phase]
    if not phased:
        return []
    notes = []
    last_phased = max(i for i, a in enumerate(activities) if a.phase)
    early = [a for i, a in enumerate(activities) if not a.phase and i < last_phased]
    if early:
        names = ", ".join(f"{a.where()} ('{shorten(a.name, 30)}')" for a in early[:4])
        notes.append(f"{names}{' ...' if len(early) > 4 else ''}: no phase; the project "
                     "lists activities without a phase after the phased ones")
    seen: list[str] = []
    apart = []
    for act in phased:
        if seen and act.phase != seen[-1] and act.phase in seen:
            apart.append(act)
        elif not seen or act.phase != seen[-1]:
            seen.append(act.phase)
    if apart:
        names = ", ".join(f"{a.where()} ('{shorten(a.name, 30)}', "
                          f"phase '{shorten(a.phase, 30)}')"
                          for a in apart[:4])
        notes.append(f"{names}{' ...' if len(apart) > 4 else ''}: listed with the earlier "
                     "activities of the same phase (the project keeps a phase's activities "
                     "together)")
    return notes


def _check_options(path: Path, options: ReadOptions) -> None:
    """Refuse corrections that cannot name a row or column of a sheet."""
    if options.header_row is not None and options.header_row < 1:
        raise RaciError(f"{path}: the header row must be 1 or more, not {options.header_row}")
    if options.phase_column and not re.fullmatch(r"[A-Za-z]{1,3}", options.phase_column):
        raise RaciError(f"{path}: {options.phase_column!r} is not a column letter "
                        "(A, B, ..., XFD)")
    for column in options.people_columns:
        if column and not re.fullmatch(r"[A-Za-z]{1,3}|[1-9][0-9]{0,6}", column):
            raise RaciError(f"{path}: {column!r} is not a column letter (A, B, ..., XFD), or a "
                            "row number for a grid with the roles down the side")


def _read_colours(wb: Any, name: str, cells: SheetCells, options: ReadOptions,
                  known_roles: frozenset[str]) -> tuple[ImportPlan, SheetCells] | None:
    """The sheet read by its cells' fill colours, as its colour key gives them, for a sheet
    with no letters typed (no grid found, or one with no letters yet), and the cells so
    read; None without such a key, or when the key's own labels would be read as the
    grid's names (an absence calendar's 'A = Annual leave' down the side)."""
    coloured = read_colour_letters(wb, name, cells)
    if coloured is None:
        return None
    try:
        plan = read_sheet(coloured.sheet, False, options, known_roles)
    except NoGridError:
        return None
    names = {fold(a.name) for a in plan.activities} | {fold(r.name) for r in plan.roles}
    if names & coloured.labels or not any(a.cells for a in plan.activities):
        return None
    plan.skipped = without_key(plan.skipped, coloured.key_row, coloured.key_col)
    return plan, coloured.sheet


def _read_sheet(path: Path, wb: Any, name: str, own_export: bool,
                options: ReadOptions, known_roles: frozenset[str] = frozenset()
                ) -> ImportPlan:
    """One sheet read with the corrections; a correction outside its grid is a clear error."""
    try:
        cells = read_codes(read_cells(path, wb, name))
        plan: ImportPlan | None = None
        failure: NoGridError | None = None
        try:
            plan = read_sheet(cells, own_export, options, known_roles)
        except NoGridError as exc:
            failure = exc
        if not own_export and (plan is None or not any(a.cells for a in plan.activities)) \
                and (by_colour := _read_colours(wb, name, cells, options, known_roles)):
            plan, cells = by_colour
        if plan is None:
            assert failure is not None
            if advice := colour_advice(cells):
                raise NoGridError(f"{failure}; {advice}") from failure
            raise failure
        plan.notes[0:0] = cells.notes
        if not any(a.cells for a in plan.activities) and (advice := colour_advice(cells)):
            plan.notes.insert(0, advice)
        return plan
    except IndexError as exc:
        if options.header_row is None and options.phase_column is None and \
                not options.people_columns:
            raise NoGridError(
                f"sheet '{name}': its grid could not be read as laid out; give its header "
                "row (--header-row) or save the grid alone on a sheet and import again") from exc
        raise NoGridError(
            f"sheet '{name}': the header row or a column given to correct the reading lies "
            "outside the table; choose one inside it") from exc



def _same_roles(plan: ImportPlan, plans: list[ImportPlan]) -> list[ImportPlan]:
    """The sheets whose grids have the chosen one's roles, heading for heading, and
    letters of their own (one sheet per phase or per workstream), in the workbook's
    order, the chosen one among them; [] when no other sheet has them."""
    heads = [fold(role.name) for role in plan.roles]
    same = [p for p in plans if not p.exact and any(a.cells for a in p.activities)
            and [fold(role.name) for role in p.roles] == heads]
    return same if len(same) > 1 and plan in same else []


def _joined(sheets: list[ImportPlan]) -> ImportPlan:
    """One plan of every sheet's grid, each sheet's activities under a phase named after
    the sheet (its own phases after the sheet's name: 'Build: Site works'); the roles
    and the rest of the first sheet's reading, the others' notes named by their sheet."""
    first = sheets[0]
    activities, notes, skipped, unread = [], [], [], []
    people = {p.name: p for sheet in sheets for p in sheet.people}
    for sheet in sheets:
        for act in sheet.activities:
            act.phase = f"{sheet.sheet}: {act.phase}" if act.phase else sheet.sheet
            act.line = f"sheet '{sheet.sheet}' {act.where()}"
            activities.append(act)
        notes += [f"sheet '{sheet.sheet}': {n}" for n in sheet.notes
                  if not n.startswith(("chose sheet", "not chosen: sheet"))]
        skipped += [f"sheet '{sheet.sheet}': {s}" for s in sheet.skipped]
        unread += sheet.unread
    scheme = first.scheme
    if len({sheet.scheme for sheet in sheets}) > 1:
        used = Counter(x for a in activities for found in a.cells.values() for x in found)
        chosen, _notes = choose_scheme(used, {}, {}, first.sheet)
        scheme = chosen.id
    listed = ", ".join(f"'{s.sheet}' ({counted(len(s.activities), 'activity')})"
                       for s in sheets)
    head = [f"read {len(sheets)} sheets with the same roles: {listed}; each sheet's "
            "activities under a phase named after the sheet, as chosen"]
    return replace(first, scheme=scheme, activities=activities, notes=head + notes,
                   skipped=skipped, unread=unread, people=list(people.values()),
                   title=next((s.title for s in sheets if s.title), ""),
                   joined=[s.sheet for s in sheets])


def _same_roles_offer(plan: ImportPlan, same: list[ImportPlan]) -> str:
    """The note naming the other sheets with the chosen one's roles, and how to read all."""
    others = [p for p in same if p is not plan]
    more = sum(len(p.activities) for p in others)
    names = ", ".join(f"'{p.sheet}'" for p in others)
    return (f"sheet{'s' if len(others) > 1 else ''} {names} hold{'' if len(others) > 1 else 's'} "
            f"the same roles ({counted(more, 'more activity', 'more activities')}): use "
            "--all-sheets to import every one, each sheet's activities under a phase named "
            "after it")


def _advice(failures: list[RaciError]) -> str:
    """What to do, said once, when no sheet had a header row of roles over letters at all
    (a sheet whose grid was found but not read says what to do in its own reason)."""
    found_nothing = [isinstance(f, NoGridError) and f.found_nothing for f in failures]
    return f"; {NO_GRID_ADVICE}" if found_nothing and all(found_nothing) else ""


def read_workbook(path: Path, sheet: str | None = None, people: bool | None = None,
                  options: ReadOptions | None = None) -> ImportPlan:
    """Read the RACI grid from a workbook: the named sheet, or the best one found.

    people: True reads the role headings as people, False never does, None decides
    on evidence (a shortcut for options.people); options correct other guesses.
    """
    options = options or ReadOptions(people=people)
    if people is not None and options.people is None:
        options = replace(options, people=people)
    _check_options(path, options)
    wb = open_workbook(path)
    try:
        own_export, listed = _read_people(path, wb)
        known = _known_roles(path, wb) if own_export else frozenset()
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise RaciError(
                    f"{path}: no sheet named {sheet!r}; sheets: {', '.join(wb.sheetnames)}"
                )
            try:
                plan = _read_sheet(path, wb, sheet, own_export, options, known)
            except NoGridError as exc:
                raise RaciError(f"{path}: {exc}{_advice([exc])}") from exc
            if options.all_sheets:
                plan.notes.insert(0, f"read sheet '{sheet}' alone, as --sheet asks: leave "
                                     "out --sheet for --all-sheets to read every sheet with "
                                     "the same roles")
        else:
            plans, reasons, failures = [], [], []
            for name in wb.sheetnames:
                try:
                    plans.append(_read_sheet(path, wb, name, own_export, options, known))
                except RaciError as exc:
                    reasons.append(str(exc))
                    failures.append(exc)
            if not plans:
                if len(reasons) == 1:
                    raise RaciError(f"{path}: {reasons[0]}{_advice(failures)}")
                raise RaciError(f"{path}: no sheet holds a RACI grid: " + "; ".join(reasons)
                                + _advice(failures))
            exact = [p for p in plans if p.exact]
            # Our own layout first, then a grid holding letters over an empty one, then size.
            plan = exact[0] if exact else max(plans, key=lambda p: (
                any(a.cells for a in p.activities), len(p.activities) * max(1, len(p.roles))))
            same = [] if plan.exact else _same_roles(plan, plans)
            if same and options.all_sheets:
                plan = _joined(same)
            elif options.all_sheets:
                plan.notes.insert(0, f"read sheet '{plan.sheet}' alone: no other sheet has "
                                     "a grid with its roles, heading for heading, for "
                                     "--all-sheets to join")
            elif not plan.exact:  # our own export's other sheets are known, not candidates
                if same:
                    plan.notes.insert(0, _same_roles_offer(plan, same))
                if len(wb.sheetnames) > 1:
                    plan.notes.insert(0, f"chose sheet '{plan.sheet}' of {len(wb.sheetnames)} "
                                         "(use --sheet to pick another)")
                plan.notes[1:1] = [
                    f"not chosen: sheet '{p.sheet}' holds a grid of "
                    f"{counted(len(p.roles), 'role')} and "
                    f"{counted(len(p.activities), 'activity')}, "
                    f"{'smaller' if any(a.cells for a in p.activities) else 'without letters'}"
                    for p in plans if p is not plan
                ] + [f"not chosen: {reason}" for reason in reasons]
        if own_export:
            plan.notes += _read_legend(path, wb, plan)
            _join_people(plan, listed)
            plan.notes += _read_sources(path, wb, plan)
        for role in plan.roles:
            role.people = _names(role.people)
        fit_names(plan)
        plan.notes += order_notes(plan.activities)
    finally:
        wb.close()
    return plan


def apply_plan(service: ProjectService, plan: ImportPlan) -> Operation:
    """Write an import plan into a project as one step; returns the operation undoing it.

    Into a new project everything is added. Into a project that already has
    roles and people, a workbook role or person with the same name (ignoring
    case and punctuation) is the existing one; the workbook's activities are
    always added, after the project's own. Letters are mapped onto the
    project's scheme when the workbook uses another. Roles, people, phases and
    activities (with their cells and notes) are each written with one set-based
    insert, all in one transaction.
    """
    source = SCHEMES[plan.scheme]
    target = service.state().scheme
    codes = frozenset(target.codes)
    shared: dict[tuple[frozenset[str], str], CellValue] = {}  # one value per kind of cell
    with service.transaction(summary=("import", f"imported {plan.sheets_read()}")
                             ) as record:
        state = service.state()
        existing_roles = {normalise_name(r.name): r.id for r in state.roles}
        used_codes = {r.code.casefold() for r in state.roles}
        role_ids: list[int | None] = []
        new_roles = []
        for role in plan.roles:
            found = existing_roles.get(normalise_name(role.name))
            role_ids.append(found)
            if found is not None:
                continue
            code = role.code or initials(role.name)
            base, n = code, 2
            while code.casefold() in used_codes:
                code, n = f"{base}{n}", n + 1
            used_codes.add(code.casefold())
            new_roles.append(NewRole(role.name, code, role.description))
        if new_roles:
            added = service.apply(AddRoles(tuple(new_roles)))
            assert isinstance(added, DeleteRoles)
            fresh = iter(added.ids)
            role_ids = [rid if rid is not None else next(fresh) for rid in role_ids]
        ids = [rid for rid in role_ids if rid is not None]
        assert len(ids) == len(plan.roles)
        people = {p.name: p for p in plan.people}
        for role in plan.roles:
            for name in role.people:
                people.setdefault(name, ImportedPerson(name))
        existing_people = {normalise_name(p.name): p for p in state.people}
        new_people = []
        for person in people.values():
            staffed = tuple(rid for rid, role in zip(ids, plan.roles, strict=True)
                            if person.name in role.people or role.name in person.roles)
            known = existing_people.get(normalise_name(person.name))
            if known is None:
                new_people.append(NewPerson(person.name, person.email, person.title,
                                            roles=staffed))
                continue
            for rid in staffed:
                service.set_staffing(known.id, rid, True)
        if new_people:
            service.apply(AddPeople(tuple(new_people)))
        for phase_name in (*plan.phases, *(act.phase for act in plan.activities)):
            service.ensure_phase(phase_name)
        new_acts = []
        for act in plan.activities:
            values: dict[int, CellValue] = {}
            for j, letters in act.cells.items():
                letters = frozenset(letters)
                if source.id != target.id:
                    converted = convert_letters(letters, source, target)
                    if converted is None:
                        raise RaciError(
                            f"{act.where()}: {'/'.join(sorted(letters))} has no equivalent in "
                            f"the project's {target.id} scheme; change those cells first")
                    letters = converted
                if not codes.issuperset(letters):
                    try:
                        target.parse("".join(letters))
                    except LetterError as exc:
                        raise RaciError(f"{act.where()}: {exc}") from exc
                note = act.notes.get(j, "")
                key = (letters, note)
                value = shared.get(key)
                if value is None:
                    value = shared[key] = CellValue(*key)
                values[ids[j]] = value
            for j, note in act.notes.items():
                values.setdefault(ids[j], CellValue(frozenset(), note))
            phase = service.find_phase(act.phase) if act.phase else None
            new_acts.append(NewActivity(act.name, phase.id if phase else None, act.description,
                                        act.provenance, cells=values))
        service.apply(AddActivities(tuple(new_acts)))
    return record.inverse


def import_workbook(
    source: Path, target: Path | str, sheet: str | None = None, overwrite: bool = False,
    name: str | None = None, people: bool | None = None, options: ReadOptions | None = None,
) -> ImportPlan:
    """Create a project (a .raci file or a server URL) from a workbook, all or nothing."""
    _check_target(source, target, overwrite)
    plan = read_workbook(source, sheet, people, options)
    return create_from_plan(source, target, plan, overwrite, name)


def create_from_plan(source: Path, target: Path | str, plan: ImportPlan,
                     overwrite: bool = False, name: str | None = None) -> ImportPlan:
    """Create a project from a plan already read (and reviewed) from source, atomically."""
    _check_target(source, target, overwrite)
    title = name or plan.title or source.stem

    def fill(service: ProjectService) -> None:
        try:
            apply_plan(service, plan)
            if plan.thresholds:
                service.set_thresholds(**plan.thresholds)
        except (ConflictError, LetterError, NotFoundError) as exc:
            # what the project refused in the workbook's content, said of the workbook
            raise type(exc)(f"{source}: sheet '{plan.sheet}': {exc}") from exc
        except RaciError as exc:
            if type(exc) is not RaciError:
                raise  # a file or server problem names its own place
            raise RaciError(f"{source}: sheet '{plan.sheet}': {exc}") from exc

    create_location(target, title[:200], plan.scheme, fill, overwrite)
    return plan


def _check_target(source: Path, target: Path | str, overwrite: bool) -> None:
    if is_url(target):
        return  # a server refuses a project that is already there by itself
    target = Path(target)
    refuse_same(target, source)
    if target.exists() and not overwrite:
        raise RaciError(f"{target}: already exists; choose another name or pass --force")


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, in order."""
    book = open_workbook(path)
    try:
        return list(book.sheetnames)
    finally:
        book.close()
