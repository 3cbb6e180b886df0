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

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median

from openpyxl.utils import column_index_from_string

from raci.errors import LetterError, RaciError
from raci.excel import people as who
from raci.excel.grid import (
    ACTIVITY_HEADING,
    ID_HEADINGS,
    ID_VALUE,
    LETTERS,
    NON_ROLE_HEADINGS,
    NUMBER,
    PHASE_HEADINGS,
    PHASE_TEXT,
    SUMMARY_TEXT,
    TEXT,
    TRANSPOSED,
    Table,
    col_name,
    col_word,
    cols_word,
    describe_region,
    find_header,
    is_legend_row,
    outside_regions,
    ref,
    role_blocks,
    row_word,
    span,
)
from raci.excel.letter_columns import read_letter_columns
from raci.excel.letters import WORD_LETTERS, fold, legend_entry, legend_words
from raci.excel.mark_columns import find_mark_header, read_mark_columns
from raci.excel.plan import (
    ImportedActivity,
    ImportedPerson,
    ImportedRole,
    ImportPlan,
    NoGridError,
    ReadOptions,
)
from raci.excel.sheets import Book, SheetCells, open_workbook, read_cells
from raci.files import refuse_same
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
from raci.project_files import build_project
from raci.schemes import MAX_EXTRA_LETTERS, SCHEMES, Scheme
from raci.service import ProjectService, initials

NUMBERED = re.compile(r"^\s*(\d+(\.\d+)*\s*[.)\-–]?|[a-z][.)]|[–—•·▪\-*])\s*(?=\S)",
                      re.IGNORECASE)
PLACEHOLDERS = re.compile(
    r"^(\.{2,}|…|tbd|tba|todo|\(?add (more|activities|rows?)\)?|<.*>|\[.*\])$", re.IGNORECASE
)
CODE = re.compile(r"^(?P<name>.+?)\s*\((?P<code>[A-Z][A-Za-z0-9&]{1,7})\)$")
OWN_PEOPLE_HEADER = ["name", "email", "title", "roles"]
PROJECT_LABEL = re.compile(r"^(project( name| title)?|project|title|projet|proyecto|progetto|"
                           r"projekt|nom du projet|nombre del proyecto)\s*:?$", re.IGNORECASE)
TITLE_LABEL = re.compile(r"^(project( name| title)?|title|name|projet|proyecto|progetto|"
                         r"projekt)\s*:?$", re.IGNORECASE)


@dataclass
class _Layout:
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


def _legend(sheet: SheetCells) -> dict[str, str]:
    """Letter -> meaning from every legend line on the sheet."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (r, c), text in sheet.text.items():
        by_row.setdefault(r, []).append((c, text))
    out: dict[str, str] = {}
    for cells in by_row.values():
        if len(cells) > 6:
            continue
        found = legend_entry([t for _, t in sorted(cells)])
        if found:
            out.setdefault(*found)
    return out


def _column_index(letter: str | None) -> int | None:
    """0-based index of a column letter; -1 for '' (none); None when not given."""
    if letter is None:
        return None
    if not letter.strip():
        return -1
    try:
        return int(column_index_from_string(letter.strip().upper())) - 1
    except ValueError as exc:
        raise RaciError(f"{letter!r} is not a column letter such as C") from exc


def _header_rows(table: Table, h: int, role_cols: list[int], data_start: int) -> list[int]:
    return [r for r in range(h + 1, data_start)
            if any(table.g[r][c] for c in role_cols)]


def _layout(table: Table, options: ReadOptions) -> tuple[_Layout, list[str]]:
    only = None if options.header_row is None else options.header_row - 1
    found = find_header(table, only)
    title = table.sheet.title
    if found is None and only is not None:
        raise NoGridError(f"sheet '{title}': {row_word(only)} does not head any column of "
                          "letters; choose the row with the role names")
    if found is None:
        raise NoGridError(f"sheet '{title}' has no RACI grid (a header row with role names "
                            "over letters such as R, A, C, I)")
    h, runs = found
    blocks = role_blocks(list(runs))
    main = max(blocks, key=lambda b: sum(runs[c].letters for c in b))
    notes: list[str] = []
    for block in blocks:
        if block is not main:
            notes.append(f"skipped {cols_word(block)} "
                         f"('{table.g[h][block[0]][:30]}'...): apart from the grid")
    data_start = min(runs[c].first for c in main)
    head_end = h
    for r1, c1, r2, _ in table.sheet.merges:
        if r1 == h and (c1 in main or c1 < main[0]):
            head_end = max(head_end, min(r2, data_start - 1))
    prov_end = max(runs[c].last for c in main)
    first_role = main[0]
    text_cols = [c for c in range(first_role)
                 if any(table.g[r][c] for r in range(head_end + 1, prov_end + 1))]
    if not text_cols:
        raise NoGridError(
            f"sheet '{title}': found role columns from {ref(h, first_role)} but no activity "
            "column to their left; put the activity names in the column before the roles"
        )

    def heading(c: int) -> str:
        texts = [table.g[r][c] for r in range(h, data_start) if table.g[r][c]]
        return texts[-1] if texts else ""

    body = range(data_start, prov_end + 1)

    def values(c: int) -> list[str]:
        return [table.g[r][c] for r in body if table.g[r][c]]

    def is_id(c: int) -> bool:
        vals = values(c)
        return fold(heading(c)).strip(" :") in ID_HEADINGS or bool(vals) and all(
            ID_VALUE.match(v) and any(ch.isdigit() for ch in v) for v in vals)

    ids = [c for c in text_cols if is_id(c)]
    phases = [c for c in text_cols if fold(heading(c)).strip(" :") in PHASE_HEADINGS]
    candidates = [c for c in text_cols if c not in ids and c not in phases] or [
        c for c in text_cols if c not in phases] or text_cols

    def richness(c: int) -> tuple[int, float]:
        vals = values(c)
        return len(set(vals)), sum(len(v) for v in vals) / max(1, len(vals))

    act = max(candidates, key=richness)
    layout = _Layout(h, main, data_start, head_end, act)
    layout.id_col = next((c for c in ids if c != act), None)
    others = [c for c in text_cols if c not in (act, layout.id_col)]
    forced = _column_index(options.phase_column)
    if forced is not None:
        layout.phase_col = forced if forced >= 0 else None
        layout.details = [c for c in others if c != forced]
        others = []
    for c in others:
        vals = values(c)
        head = fold(heading(c)).strip(" :")
        merged = any((r, c) in table.cover for r in body)
        repeats = len(set(vals)) <= len(vals) / 2
        if layout.phase_col is None and (head in PHASE_HEADINGS or (
                head not in NON_ROLE_HEADINGS and c < act and (merged or repeats))):
            layout.phase_col = c
            if head not in PHASE_HEADINGS:
                notes.append(f"guessed that {col_word(c)} ('{heading(c)}') holds phases")
        else:
            layout.details.append(c)
    if layout.id_col is not None:
        notes.append(f"{col_word(layout.id_col)} holds numbering; not imported")
    layout.headings = {c: heading(c) for c in text_cols}
    return layout, notes


def _role_columns(table: Table, layout: _Layout, end: int) -> tuple[list[int], list[str]]:
    """The final role columns: lettered ones plus headed, empty ones among or after them."""
    h, cols = layout.header, layout.roles
    notes: list[str] = []
    out: list[int] = []
    c = cols[0]
    while c < table.cols:
        head = table.g[h][c]
        body = [table.g[r][c] for r in range(layout.data_start, end) if table.g[r][c]]
        if c > cols[-1] and not head:
            break
        if c > cols[-1] and (body or fold(head) in NON_ROLE_HEADINGS):
            if fold(head) == "check":
                notes.append(f"{col_word(c)} ('{head}') holds computed checks; "
                             "not imported")
                layout.ignored.append(c)
            elif body:
                layout.details.append(c)
                layout.headings[c] = head
        elif c in cols:
            out.append(c)
        elif head and not body and fold(head) not in NON_ROLE_HEADINGS:
            out.append(c)
            notes.append(f"{col_word(c)} ('{head[:30]}') has no letters; imported as "
                         "a role with none")
        elif head and body:
            layout.details.append(c)
            layout.headings[c] = head
        elif body:
            notes.append(f"{col_word(c)} has values but no heading in {row_word(h)}; "
                         "skipped")
        c += 1
    return out, notes


def _repeats_header(table: Table, layout: _Layout, roles: list[int], r: int) -> bool:
    """True when row r repeats the header's role names (a table split into pages)."""
    return r != layout.header and all(
        fold(table.g[r][c]) == fold(table.g[layout.header][c]) for c in roles)


def _block_continues(table: Table, layout: _Layout, roles: list[int], start: int,
                     stop: int) -> bool:
    good = lettered = 0
    for r in range(start, stop):
        if _repeats_header(table, layout, roles, r):
            good += 1
            continue
        texts = table.row_texts(r)
        if is_legend_row(table, r) or (texts and SUMMARY_TEXT.match(texts[0])):
            return False
        kinds = [table.kind(r, c) for c in roles]
        if TEXT in kinds:
            return False
        good += bool(table.g[r][layout.act])
        lettered += LETTERS in kinds
    return lettered > 0 and good >= (stop - start) / 2


@dataclass
class _Row:
    r: int
    name: str
    cells: dict[int, frozenset[str]]
    kind: str = "activity"


def _body(table: Table, layout: _Layout, roles: list[int],
          notes: list[str]) -> tuple[list[_Row], int]:
    """The grid's rows from the first letters down to where the grid ends."""
    lo = min([layout.act, *layout.details, *( [layout.phase_col] if layout.phase_col is not None
                                               else []), *([layout.id_col]
                                                           if layout.id_col is not None else [])])
    hi = roles[-1]

    def blank(r: int) -> bool:
        row = table.g[r]
        return not any(row[c] for c in range(lo, hi + 1))

    out: list[_Row] = []
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
            if not _block_continues(table, layout, roles, r, stop):
                return out, r
            after_gap = False
        if _repeats_header(table, layout, roles, r):
            notes.append(f"{row_word(r)}: repeats the header row; skipped")
            r += 1
            continue
        name = table.g[r][layout.act]
        kinds = {c: table.kind(r, c) for c in roles}
        texts = table.row_texts(r, lo, hi)
        if any(k == TEXT for k in kinds.values()):
            numbers = all(NUMBER.match(table.g[r][c]) for c in roles if table.g[r][c])
            if not name or numbers or is_legend_row(table, r) or SUMMARY_TEXT.match(texts[0]):
                return out, r
            bad = next(c for c, k in kinds.items() if k == TEXT)
            raise NoGridError(
                f"sheet '{table.sheet.title}', cell {ref(r, bad)}: {table.g[r][bad]!r} is not a "
                "set of RACI letters; write letters such as A, R, C, I or A/R, or leave it empty"
            )
        if is_legend_row(table, r) and not name:
            return out, r
        cells = {j: found for j, c in enumerate(roles)
                 if kinds[c] == LETTERS and (found := table.letters(table.g[r][c]))}
        if not name:
            if cells:
                notes.append(f"{row_word(r)}: letters but no activity name in "
                             f"{ref(r, layout.act)}; skipped")
            elif texts:
                out.append(_Row(r, texts[0], {}, "band"))
            r += 1
            continue
        out.append(_Row(r, name, cells, "activity" if cells else "bare"))
        r += 1
    return out, table.rows


def _classify_bare(table: Table, layout: _Layout, roles: list[int], rows: list[_Row]) -> None:
    """Bare rows (a name, no letters): continuation of a wrapped name, phase, or activity."""
    lettered = [table.sheet.weight(x.r, layout.act) for x in rows if x.kind == "activity"]
    typical = median(lettered) if lettered else 0.0
    detail_cols = [c for c in (*layout.details, layout.phase_col) if c is not None]

    def only_name(x: _Row) -> bool:
        return not any(table.g[x.r][c] for c in detail_cols)

    def emphasised(x: _Row) -> bool:
        return table.sheet.weight(x.r, layout.act) > typical + 0.5

    bare = [x for x in rows if x.kind == "bare"]
    for i, x in enumerate(rows):
        if x.kind != "bare" or i == 0:
            continue
        prev = rows[i - 1]
        covered = any(table.cover.get((x.r, c), -1) >= prev.r for c in roles)
        lower = x.name[:1].islower() and x.r == prev.r + 1
        if prev.kind in ("activity", "bare") and (covered or lower) and only_name(x):
            x.kind = "continuation"
    emphasis_mode = any(emphasised(x) and only_name(x) for x in bare if x.kind == "bare")
    ids = layout.id_col
    act_depths = [_depth(table.g[x.r][ids]) for x in rows
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
            x.kind = "phase" if not number or _depth(number) < outline else "bare"
        elif layout.phase_col is None:
            nxt = next((y for y in rows[i + 1:] if y.kind != "continuation"), None)
            if nxt is not None and nxt.kind == "activity" and nxt.r <= x.r + 2:
                x.kind = "phase"


def _depth(number: str) -> int:
    """Outline depth of an ID: '2' is 1, '2.1' and '2.1.0' are 2."""
    parts = [p for p in re.split(r"[.\-]", number.strip()) if p]
    while len(parts) > 1 and parts[-1].strip("0") == "":
        parts.pop()
    return len(parts)


def _pre_data(table: Table, layout: _Layout, notes: list[str]) -> None:
    """Rows between the header block and the first letters: headings or a first phase."""
    for r in range(layout.head_end + 1, layout.data_start):
        if any(table.g[r][c] for c in layout.roles):
            continue
        name = table.g[r][layout.act]
        if name and not ACTIVITY_HEADING.search(name) and not legend_entry([name]):
            layout.first_phase = name
            notes.append(f"{row_word(r)}: read '{name}' as a phase heading")


def _strip_name(name: str) -> str:
    clean = NUMBERED.sub("", name).strip()
    return " ".join((clean or name).split())


@dataclass
class _Staffing:
    roles: list[ImportedRole]
    people: list[ImportedPerson]
    notes: list[str]


def _staffing(table: Table, layout: _Layout, roles: list[int], own_export: bool,
              options: ReadOptions) -> _Staffing:
    h = layout.header
    heads = [table.g[h][c] for c in roles]
    comments = table.sheet.comments
    notes: list[str] = []
    out = [ImportedRole(" ".join(text.split()), "", [], col_name(c), comments.get((h, c), ""))
           for text, c in zip(heads, roles, strict=True)]
    people: list[ImportedPerson] = []
    if own_export:
        for role, text in zip(out, heads, strict=True):
            lines = [x.strip() for x in text.splitlines() if x.strip()]
            first = lines[0] if lines else text
            match = CODE.match(first)
            role.name, role.code = (match["name"], match["code"]) if match else (first, "")
            role.people = [p.strip() for p in ", ".join(lines[1:]).split(",") if p.strip()]
        return _Staffing(out, people, notes)
    for role, text, c in zip(out, heads, roles, strict=True):
        lines = [" ".join(x.split()) for x in text.splitlines() if x.strip()]
        if (len(lines) == 2 and who.ROLE_WORDS.search(lines[0])
                and not who.ROLE_WORDS.search(lines[1])
                and who.looks_like_name(lines[1], strict=False) and options.people is not False):
            role.name, role.people = lines[0], [lines[1]]
            people.append(ImportedPerson(lines[1], roles=[lines[0]]))
            notes.append(f"{col_word(c)}: '{lines[0]}' filled by "
                         f"'{lines[1]}' (the heading's second line)")
        match = CODE.match(role.name)
        if match:
            role.code = match["code"]
    label = " ".join(table.row_texts(h, 0, roles[0] - 1)[-1:])
    extra = _header_rows(table, h, roles, layout.data_start)
    cols = (f"{cols_word([roles[0]])}-{col_name(roles[-1])}" if len(roles) > 1
            else cols_word(roles))
    titled = [who.name_and_title(t) for t in heads]
    person_rows = [r for r in extra
                   if who.person_row([table.g[r][c] for c in roles],
                                     " ".join(table.row_texts(r, 0, roles[0] - 1)[-1:]))]
    for r in extra:
        filled = [table.g[r][c] for c in roles if table.g[r][c]]
        if r not in person_rows and len(filled) < 0.6 * len(roles):
            notes.append(f"{row_word(r)}: group headings over the roles "
                         f"({', '.join(sorted(set(filled)))[:80]}); not imported")
    if person_rows and options.people is not False and not who.person_row(heads, label):
        row = person_rows[0]
        for role, c in zip(out, roles, strict=True):
            name = " ".join(table.g[row][c].split())
            if name:
                role.people = [name]
                people.append(ImportedPerson(name, roles=[role.name]))
        notes.append(f"{row_word(row)}: a person row under the role row; imported as "
                     "staffing")
    elif options.people is not False and sum(t is not None for t in titled) > len(heads) / 2:
        for role, found in zip(out, titled, strict=True):
            if found:
                role.people = [found[0]]
                people.append(ImportedPerson(found[0], title=found[1], roles=[role.name]))
        notes.append(f"{cols} name a person and a job title; each became a role "
                     "filled by that person")
    elif options.people or (options.people is None and who.person_row(heads, label)):
        for role in out:
            role.people = [role.name]
        notes.append(f"{cols} look like people; each became a role of the same name, "
                     "filled by that person (use --no-people to import them as roles only)")
    else:
        named = [c for c, t in zip(roles, heads, strict=True) if who.looks_like_name(t)]
        if len(named) == 1 and options.people is None:
            notes.append(f"{col_word(named[0])} looks like a person; imported as a role "
                         "(use --people to import the role headings as people)")
        elif named and options.people is None:
            notes.append(f"{cols_word(named)} look like people; imported as roles "
                         "(use --people to import them as people)")
    forced = {_column_index(letter) for letter in options.people_columns}
    for role, c in zip(out, roles, strict=True):
        if c in forced and not role.people:
            role.people = [role.name]
    return _Staffing(out, people, notes)


def _declared_scheme(table: Table, layout: _Layout) -> Scheme | None:
    """The scheme our own export names above its header ('Scheme: RASCI (with Support)')."""
    titles = {fold(s.title): s for s in SCHEMES.values()}
    for r in range(layout.header):
        for text in table.row_texts(r):
            label, colon, value = text.partition(":")
            if not colon or fold(label) != "scheme":
                continue
            value = fold(value)
            base, plus, extra = value.partition(" + ")
            if base in titles and not plus:
                return titles[base]
            if base in titles and plus:
                letters = "".join(x.strip().upper() for x in extra.split(","))
                try:
                    return SCHEMES[f"{titles[base].id}+{letters}"]
                except KeyError:
                    return None
    return None


def _choose_scheme(used: Counter[str], legend: dict[str, str],
                   cells: dict[str, list[str]], title: str) -> tuple[Scheme, list[str]]:
    best: tuple[tuple[int, int, int], Scheme] | None = None
    for i, scheme in enumerate(SCHEMES.values()):
        beyond = set(used) - set(scheme.codes)
        unused = set(scheme.codes) - set(used)
        clashes = sum(1 for code, text in legend.items() if code in scheme.codes and
                      WORD_LETTERS.get(fold(text.split()[0]) if text.split() else "") not in
                      (None, code))
        key = (len(beyond) + clashes, len(unused), i)
        if best is None or key < best[0]:
            best = (key, scheme)
    assert best is not None
    scheme = best[1]
    extra = "".join(sorted(set(used) - set(scheme.codes)))
    notes: list[str] = []
    if scheme.id != "RACI":
        notes.append(f"detected the {scheme.id} scheme from the letters used")
    if not extra:
        return scheme, notes
    if len(extra) > MAX_EXTRA_LETTERS:
        raise NoGridError(
            f"sheet '{title}': letters {', '.join(extra)} are beyond every scheme "
            f"(first at {cells[extra[0]][0]}); at most {MAX_EXTRA_LETTERS} extra letters "
            "can be kept: correct the cells or give the letters a legend"
        )
    for code in extra:
        where = ", ".join(cells[code][:8]) + (" ..." if len(cells[code]) > 8 else "")
        source = f"defined by the workbook's legend as '{legend[code][:40]}'" if (
            code in legend) else "not defined by a legend in the workbook"
        notes.append(f"letter {code} is {source} and belongs to no built-in scheme; kept as "
                     f"an extra letter (cells {where})")
    return SCHEMES[f"{scheme.id}+{extra}"], notes


def _title(table: Table, layout: _Layout) -> str:
    for r in range(layout.header):
        texts = table.row_texts(r)
        if len(texts) > 1 and PROJECT_LABEL.match(texts[0]):
            return " ".join(texts[1].split())  # "Project title: | Apollo"
    for r in range(layout.header):
        texts = table.row_texts(r)
        if not texts or legend_entry(texts):
            continue
        first_col = next(c for c in range(table.cols) if table.g[r][c])
        if first_col >= layout.roles[0] and len(texts) > 1:
            continue  # group headings over the role columns
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
    if head and not ACTIVITY_HEADING.search(head) and len(head) > 3:
        return " ".join(head.split())
    return ""


def transpose(sheet: SheetCells) -> SheetCells:
    """The sheet turned on its side: rows become columns."""
    return SheetCells(
        sheet.title, {(c, r): t for (r, c), t in sheet.text.items()},
        {(c, r): s for (r, c), s in sheet.styles.items()},
        [(c1, r1, c2, r2) for r1, c1, r2, c2 in sheet.merges],
        {(c, r): t for (r, c), t in sheet.comments.items()},
        sheet.cols, sheet.rows, sheet.emphasis,
    )


def _looks_transposed(plan: ImportPlan) -> bool:
    """True when a plan's activities read more like roles than its roles do."""
    acts = who.role_likeness([a.name for a in plan.activities])
    roles = who.role_likeness([r.name for r in plan.roles])
    return acts >= 0.5 and acts > roles + 0.2


def read_sheet(sheet: SheetCells, own_export: bool = False,
               options: ReadOptions | None = None) -> ImportPlan:
    """Find and read the grid on one sheet, either way up; NoGridError says why there is none.

    The grid is read as it stands first; when that fails, or its activities read like
    roles (job titles, people) more than its roles do, the sheet is also read turned
    on its side (roles down, activities across), and the reading that fits wins.
    """
    options = options or ReadOptions()
    legend = _legend(sheet)
    table = Table(sheet, legend_words(legend))
    fixed = options.header_row is not None or options.phase_column is not None
    if not own_export and not fixed and find_mark_header(table) is not None:
        return _finish_other_layout(read_mark_columns(table), legend, sheet.title)
    try:
        plan: ImportPlan | None = _read_oriented(sheet, own_export, options, table)
        failure: NoGridError | None = None
    except NoGridError as exc:
        plan, failure = None, exc
    if own_export or fixed or (plan is not None and not _looks_transposed(plan)):
        if plan is None:
            assert failure is not None
            raise failure
        return plan
    token = TRANSPOSED.set(True)
    try:
        turned = _read_oriented(transpose(sheet), own_export, options)
    except NoGridError:
        turned = None
    finally:
        TRANSPOSED.reset(token)
    if turned is not None and (plan is None or not _looks_transposed(turned)):
        turned.notes.insert(0, "read the grid turned on its side: roles down the side, "
                               "activities across the top")
        return turned
    if plan is None:
        try:
            return _read_by_letter(sheet)
        except NoGridError:
            assert failure is not None
            raise failure from None
    return plan


def _read_by_letter(sheet: SheetCells) -> ImportPlan:
    """A table with one column per letter and role names in its cells."""
    legend = _legend(sheet)
    plan = read_letter_columns(Table(sheet, legend_words(legend)))
    return _finish_other_layout(plan, legend, sheet.title)


def _finish_other_layout(plan: ImportPlan, legend: dict[str, str], title: str) -> ImportPlan:
    """Scheme and clean names for a plan read by one of the other layouts."""
    used = Counter(code for a in plan.activities for v in a.cells.values() for code in v)
    scheme, notes = _choose_scheme(used, legend, {code: [] for code in used}, title)
    plan.scheme = scheme.id
    plan.notes += notes
    for act in plan.activities:
        act.name = _strip_name(act.name)
    return plan


def _read_oriented(sheet: SheetCells, own_export: bool, options: ReadOptions,
                   table: Table | None = None) -> ImportPlan:
    legend = _legend(sheet)
    table = table or Table(sheet, legend_words(legend))
    layout, notes = _layout(table, options)
    rows, end = _body(table, layout, layout.roles, [])
    roles, role_notes = _role_columns(table, layout, end)
    notes += role_notes
    row_notes: list[str] = []
    rows, end = _body(table, layout, roles, row_notes)
    if not own_export:  # our own rows are exactly activities, named as they were
        _classify_bare(table, layout, roles, rows)
    _pre_data(table, layout, notes)
    notes += row_notes
    staffing = _staffing(table, layout, roles, own_export, options)
    notes += staffing.notes

    activities: list[ImportedActivity] = []
    used: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    phase = layout.first_phase
    col_phase = ""
    comments = sheet.comments
    renumbered: list[str] = []
    for x in rows:
        if x.kind in ("phase", "band"):
            phase = x.name
            notes.append(f"{row_word(x.r)}: read '{x.name}' as a phase heading")
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
        clean = x.name if own_export else _strip_name(x.name)
        if clean != " ".join(x.name.split()):
            renumbered.append(ref(x.r, layout.act))
        if layout.phase_col is not None:
            value = table.merged_value(x.r, layout.phase_col)
            col_phase = value or col_phase
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
        activities.append(ImportedActivity(
            clean, col_phase if layout.phase_col is not None and col_phase else phase,
            x.cells, x.r + 1, "\n".join(filter(None, details)), cell_notes))
    if not activities:
        raise NoGridError(f"sheet '{sheet.title}': a header ({row_word(layout.header)}) over "
                            "letters, but no activity rows below it")
    if renumbered:
        more = " ..." if len(renumbered) > 6 else ""
        notes.append(f"removed the numbering or bullet from {len(renumbered)} activity "
                     f"name(s) ({', '.join(renumbered[:6])}{more})")
    for c in layout.details:
        notes.append(f"{col_word(c)} ('{layout.headings.get(c, '')[:30]}') kept in "
                     "each activity's description")
    declared = _declared_scheme(table, layout) if own_export else None
    scheme_notes: list[str] = []
    if declared is not None and set(used) <= set(declared.codes):
        scheme = declared
    else:
        scheme, scheme_notes = _choose_scheme(used, legend, where, sheet.title)
    notes += scheme_notes
    lo = min([layout.act, *layout.details, *([layout.id_col] if layout.id_col is not None
                                             else []),
              *([layout.phase_col] if layout.phase_col is not None else [])])
    top = min([layout.header, *_header_rows(table, layout.header, roles, layout.data_start)])
    skipped = []
    title = _title(table, layout)
    right = max([roles[-1], *layout.details, *layout.ignored])
    for region in outside_regions(table, (top, lo, max(top, end - 1), right)):
        r1, c1, r2, _ = region
        if r1 == r2 and table.row_texts(r1) == [title]:
            kind = "the title (used as the project name)"
        elif r2 == top - 1 and c1 >= roles[0]:
            kind = "group headings over the role columns"
        else:
            kind = describe_region(table, region)
        skipped.append(f"{span(*region)}: {kind}")
    plan = ImportPlan(sheet.title, layout.header + 1, scheme.id,
                      staffing.roles, activities, staffing.people, notes, title, skipped)
    return plan


def _read_people(path: Path, wb: Book) -> tuple[bool, list[ImportedPerson]]:
    """Our own export's People sheet: (found, people)."""
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
            roles = [r.strip() for r in row[3].split(",") if r.strip()]
            out.append(ImportedPerson(row[0], row[1], row[2], roles))
    return True, out


def read_workbook(path: Path, sheet: str | None = None, people: bool | None = None,
                  options: ReadOptions | None = None) -> ImportPlan:
    """Read the RACI grid from a workbook: the named sheet, or the best one found.

    people: True reads the role headings as people, False never does, None decides
    on evidence (a shortcut for options.people); options correct other guesses.
    """
    options = options or ReadOptions(people=people)
    if people is not None and options.people is None:
        options = replace(options, people=people)
    wb = open_workbook(path)
    try:
        own_export, listed = _read_people(path, wb)
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise RaciError(
                    f"{path}: no sheet named {sheet!r}; sheets: {', '.join(wb.sheetnames)}"
                )
            try:
                plan = read_sheet(read_cells(path, wb, sheet), own_export, options)
            except NoGridError as exc:
                raise RaciError(f"{path}: {exc}") from exc
        else:
            plans, reasons = [], []
            for name in wb.sheetnames:
                try:
                    plans.append(read_sheet(read_cells(path, wb, name), own_export, options))
                except NoGridError as exc:
                    reasons.append(str(exc))
                except RaciError as exc:
                    reasons.append(str(exc))
            if not plans:
                if len(reasons) == 1:
                    raise RaciError(f"{path}: {reasons[0]}")
                raise RaciError(f"{path}: no sheet holds a RACI grid: " + "; ".join(reasons))
            plan = max(plans, key=lambda p: len(p.activities) * max(1, len(p.roles)))
            if len(wb.sheetnames) > 1:
                plan.notes.insert(0, f"chose sheet '{plan.sheet}' of {len(wb.sheetnames)} "
                                     "(use --sheet to pick another)")
        if own_export:
            plan.people = listed
    finally:
        wb.close()
    return plan


def apply_plan(service: ProjectService, plan: ImportPlan) -> Operation:
    """Write an import plan into a project as one step; returns the operation undoing it.

    Roles, people, phases and activities (with their cells and notes) are each
    written with one set-based insert, all in one transaction.
    """
    scheme = SCHEMES[plan.scheme]
    codes = frozenset(scheme.codes)
    shared: dict[tuple[frozenset[str], str], CellValue] = {}  # one value per kind of cell
    with service.transaction() as record:
        used_codes = {r.code.casefold() for r in service.state().roles}
        new_roles = []
        for role in plan.roles:
            code = role.code or initials(role.name)
            base, n = code, 2
            while code.casefold() in used_codes:
                code, n = f"{base}{n}", n + 1
            used_codes.add(code.casefold())
            new_roles.append(NewRole(role.name, code, role.description))
        added = service.apply(AddRoles(tuple(new_roles)))
        assert isinstance(added, DeleteRoles)
        role_ids = list(added.ids)
        people = {p.name: p for p in plan.people}
        for role in plan.roles:
            for name in role.people:
                people.setdefault(name, ImportedPerson(name))
        service.apply(AddPeople(tuple(
            NewPerson(person.name, person.email, person.title, roles=tuple(
                rid for rid, role in zip(role_ids, plan.roles, strict=True)
                if person.name in role.people or role.name in person.roles))
            for person in people.values()
        )))
        for act in plan.activities:
            service.ensure_phase(act.phase)
        new_acts = []
        for act in plan.activities:
            values: dict[int, CellValue] = {}
            for j, letters in act.cells.items():
                if not codes.issuperset(letters):
                    try:
                        scheme.parse("".join(letters))
                    except LetterError as exc:
                        raise RaciError(f"row {act.row}: {exc}") from exc
                note = act.notes.get(j, "")
                key = (frozenset(letters), note)
                value = shared.get(key)
                if value is None:
                    value = shared[key] = CellValue(*key)
                values[role_ids[j]] = value
            for j, note in act.notes.items():
                values.setdefault(role_ids[j], CellValue(frozenset(), note))
            phase = service.find_phase(act.phase) if act.phase else None
            new_acts.append(NewActivity(act.name, phase.id if phase else None, act.description,
                                        cells=values))
        service.apply(AddActivities(tuple(new_acts)))
    return record.inverse


def import_workbook(
    source: Path, target: Path, sheet: str | None = None, overwrite: bool = False,
    name: str | None = None, people: bool | None = None, options: ReadOptions | None = None,
) -> ImportPlan:
    """Create target.raci from a workbook; nothing is written unless it all succeeds."""
    refuse_same(target, source)
    if target.exists() and not overwrite:
        raise RaciError(f"{target}: already exists; choose another name or pass --force")
    plan = read_workbook(source, sheet, people, options)
    title = name or plan.title or source.stem
    build_project(target, title[:200], plan.scheme, lambda service: apply_plan(service, plan),
                  overwrite)
    return plan
