"""Find the RACI grid on a sheet: header rows, role columns, activity rows, what lies outside.

The reader works in small named steps over a classified table of cells (empty,
letters, text), each linear in the number of cells:

1. ``find_header``: the row whose headings sit over columns of letters.
2. ``role_columns``: the contiguous block of those columns (others are skipped).
3. ``header_rows``: heading rows below it (a person row under a role row, group
   headings) up to the first letters.
4. ``text_columns``: activity, phase, ID and other text columns left of the roles.
5. ``body_rows``: rows down to where the letters end; after a blank row a block
   must still read as grid rows, or the grid ends (legends, summaries, notes).
6. ``outside_regions``: every filled cell left out, grouped into ranges with a kind.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Collection, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from raci.excel.letters import (
    annotated_letters,
    changed_letters,
    defines_raci_letters,
    effort_letters,
    fold,
    footnoted_letters,
    is_legend_line,
    key_words,
    label_letters,
    legend_entries,
    legend_entry,
    lookalike_letters,
    numbered_letter,
    parse_letters,
    remarked_letters,
)
from raci.excel.sheets import SheetCells

EMPTY, LETTERS, TEXT = 0, 1, 2
HEADER_SCAN_ROWS = 200
MAX_HEADING_SPAN = 8
SUBHEADER_ROWS = 3
PHASE_HEADINGS = {"phase", "phases", "stage", "stages", "fase", "fasi", "etapa", "étape",
                  "phase/stage", "workstream", "área", "bereich", "category", "group",
                  "kategorie", "catégorie", "faza", "milestone", "epic"}
ID_HEADINGS = {"id", "#", "no", "no.", "nr", "nr.", "step", "ref", "n°", "nº", "num", "wbs",
               "s.no", "s. no", "sr", "sr.", "sl", "sl.", "rb", "r.b."}
ROLE_LIKE_IDS = {"sr", "sr."}
"""Numbering headings that are also a role's short name ('Sr' for a senior)."""
NON_ROLE_HEADINGS = {"check", "status", "comment", "comments", "note", "notes", "remarks",
                     "total", "totals", "deliverable", "deliverables", "output", "due",
                     "due date", "date", "start", "end", "duration", "priority", "progress",
                     "key", "legend", "légende", "legende", "leyenda", "legenda", "symbol",
                     "code", "codes", "meaning", "bemerkung", "bemerkungen", "anmerkung",
                     "anmerkungen", "kommentar", "hinweis", "hinweise", "remarque",
                     "remarques", "commentaire", "commentaires", "observaciones",
                     "observación", "comentario", "comentarios", "osservazioni", "commento",
                     "opmerking", "opmerkingen", "uwagi", "poznámka", "poznámky",
                     "kommentarer", "anmärkning", "huomautus", "huomautukset", "หมายเหตุ",
                     "備考", "备注", "비고"}
ACTIVITY_HEADING = re.compile(
    r"task|activit|deliverable|step|process|work ?item|action|milestone|attivit|tâche|tache|"
    r"tarea|actividad|aufgabe|tätigkeit|aktivit|zadat|aktivnost|item|description|"
    r"responsibilit|duty|duties|function",
    re.IGNORECASE,
)
PHASE_TEXT = re.compile(
    r"^(phase|stage|fase|etapa|étape|sprint|milestone|faza|stufe)\b|:$", re.IGNORECASE
)
SUMMARY_TEXT = re.compile(
    r"^(total|totals|sum|count|number of|no\.? of|# ?of|gesamt|anzahl|totale|suma|ukupno|"
    r"nombre de|cantidad)\b", re.IGNORECASE)
QUANTITY_HEADING = re.compile(
    r"(?<![^\W_])(?:size|days?|hours?|hrs|weeks?|months?|priority|prio|score|rating|effort|"
    r"estimate|duration|qty|quantity|headcount|fte|points|sprint|weight|cost|budget|"
    r"likelihood|severity|rank)(?![^\W_])", re.IGNORECASE)
"""A heading naming a quantity other than a count ('Crew size', 'Effort (days)',
'Priority'): small numbers under it are neither codes nor a count of the roles involved."""
NUMBER = re.compile(r"^-?\d+([.,]\d+)?%?$")
ID_VALUE = re.compile(r"^[\w.\-]{1,8}$")
CODE_VALUE = re.compile(
    r"^(?!\d{4}-\d\d?-\d\d?$|\d\d?[/-]\d\d?[/-]\d{2}(?:\d{2})?$|\d\d?\.\d\d?\.\d{4}$)"
    r"(?=[^\s]*\d)[A-Za-z0-9][\w./\-]{0,39}$")
"""A reference with no spaces and a digit: 'NR-01', 'RSB-ARP-GEN-RP-0001', '2.3.1'; not a
date written as text ('2025-01-10', '10/01/2025', '10.01.2025'), which says when."""


TRANSPOSED: ContextVar[bool] = ContextVar("TRANSPOSED", default=False)
"""True while a sheet is read turned on its side (roles down, activities across)."""


def ref(r: int, c: int) -> str:
    """A1 reference of a 0-based cell, in the sheet's own orientation."""
    if TRANSPOSED.get():
        r, c = c, r
    return f"{get_column_letter(c + 1)}{r + 1}"


def col_name(c: int) -> str:
    """Column letter of a 0-based column (a row number when read transposed)."""
    return str(c + 1) if TRANSPOSED.get() else str(get_column_letter(c + 1))


def row_word(r: int) -> str:
    """'row 5' for a 0-based row ('column E' when read transposed)."""
    return f"column {get_column_letter(r + 1)}" if TRANSPOSED.get() else f"row {r + 1}"


def col_word(c: int) -> str:
    """'column C' for a 0-based column ('row 3' when read transposed)."""
    return f"row {c + 1}" if TRANSPOSED.get() else f"column {get_column_letter(c + 1)}"


def lines(kind: str) -> str:
    """'rows' or 'columns' (kind 'rows' or 'columns') as they stand on the sheet.

    Read turned on its side, what the reader calls rows are the sheet's columns.
    """
    if not TRANSPOSED.get():
        return kind
    return {"rows": "columns", "columns": "rows", "row": "column", "column": "row"}[kind]


def cols_word(cols: list[int]) -> str:
    """'columns C, D' for 0-based columns ('rows 3, 4' when read transposed)."""
    return ("rows " if TRANSPOSED.get() else "columns ") + ", ".join(col_name(c) for c in cols)


def span(r1: int, c1: int, r2: int, c2: int) -> str:
    """A1 range of 0-based corners."""
    return f"{ref(r1, c1)}:{ref(r2, c2)}" if (r1, c1) != (r2, c2) else ref(r1, c1)


SCALE_STEPS = frozenset({"XS", "M", "L", "XL", "XXL", "H", "VH", "VL"})
"""Steps of a scale a column grades activities on (sizes S/M/L, levels H/M/L) that are no
letter of a scheme: two of them down a column make it a column of grades, not a role."""


@dataclass
class Table:
    """A sheet's cells classified once: text, letters parsed, kind per cell."""

    sheet: SheetCells
    words: dict[str, str]
    g: list[list[str]] = field(default_factory=list)
    parsed: dict[str, frozenset[str] | None] = field(default_factory=dict)
    plain: dict[str, frozenset[str] | None] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)
    """Cell text -> the words in brackets beside its letters ('R (backup)' -> 'backup')."""
    column_cells: list[list[int]] = field(default_factory=list)
    column_kinds: list[list[int]] = field(default_factory=list)
    cover: dict[tuple[int, int], int] = field(default_factory=dict)
    across: dict[tuple[int, int], int] = field(default_factory=dict)
    row_merges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    footnotes: dict[str, str] | None = None
    """Footnote mark -> the footnote's text, read from the sheet when a mark is first met."""
    legend_rows: frozenset[int] = frozenset()
    """Rows that define a letter by its word ('R | Responsible'): their letter is no cell
    of a grid, so no column counts it (a legend right under the activity names)."""

    def __post_init__(self) -> None:
        self.g = self.sheet.grid()
        self.column_cells = [[] for _ in range(self.sheet.cols)]
        self.column_kinds = [[] for _ in range(self.sheet.cols)]
        self.legend_rows = self._legend_rows()
        self._chosen_labels()
        cells = set(self.sheet.text) | self._spread_letters()
        for (r, c) in sorted(cells, key=lambda rc: (rc[1], rc[0])):
            self.column_cells[c].append(r)
            self.column_kinds[c].append(TEXT if r in self.legend_rows else self.kind(r, c))
        for c, rows in enumerate(self.column_cells):
            values = [self.g[r][c] for r in rows]
            if lettered_in_order(values) or roman_in_order(values) or self._graded(c, rows):
                # 'A', 'B', 'C', 'D' down a column: items lettered in order, not letters
                self.column_kinds[c] = [TEXT] * len(rows)
        budget = 2 * max(1, self.sheet.rows * self.sheet.cols)
        for r1, c1, r2, c2 in self.sheet.merges:
            if r1 == r2 and c2 > c1 and c2 - c1 <= MAX_HEADING_SPAN:
                self.row_merges.setdefault(r1, []).append((c1, c2))
                for c in range(c1 + 1, c2 + 1):
                    self.across[(r1, c)] = c1
            if r2 > r1 and c1 == c2:
                for r in range(r1 + 1, r2 + 1):
                    if budget <= 0:
                        break
                    self.cover[(r, c1)] = r1
                    budget -= 1

    def _graded(self, c: int, rows: list[int]) -> bool:
        """True when column c grades each row on a scale ('S', 'M', 'L', 'XL' under 'Size
        (S)'; 'H', 'M', 'L' under 'Priority'): every mark in it is a step of a scale, two
        steps or more that no scheme has a letter for (M, L, H ...), and those steps in
        half its marks at least. Its S is no RASCI letter. A column with the grid's
        letters (R, A, C, I) or letters the sheet's legend defines (M = wirkt mit) is none."""
        marks = [self.g[r][c].strip().upper() for r, kind in zip(
            rows, self.column_kinds[c], strict=True) if kind == LETTERS]
        defined = set(self.words.values())
        steps = [m for m in marks if m in SCALE_STEPS and m not in defined]
        return len(marks) >= 3 and len(set(steps)) >= 2 and 2 * len(steps) >= len(marks) \
            and all(m in SCALE_STEPS or m == "S" for m in marks)

    def _spread_letters(self) -> set[tuple[int, int]]:
        """Letters merged across several columns of one row ('I' over three roles of a
        group): each column covered holds them, where it holds letters of its own in other
        rows (a grid whose every role spans two columns has one role per merge). The
        cells filled so."""
        filled: set[tuple[int, int]] = set()
        merged = [(r1, c1, r2, c2) for r1, c1, r2, c2 in self.sheet.merges
                  if (r1 == r2) != (c1 == c2) and self.g[r1][c1]
                  and self.plain_letters(self.g[r1][c1])]
        if not merged:
            return filled
        lettered = [rc for rc, text in self.sheet.text.items() if self.plain_letters(text)]
        own = {c for _, c in lettered}
        for r1, c1, r2, c2 in merged:
            if r1 == r2:
                for c in range(c1 + 1, c2 + 1):
                    if not self.g[r1][c] and c in own:
                        self.g[r1][c] = self.g[r1][c1]
                        filled.add((r1, c))
        filled |= self._spread_down([m for m in merged if m[0] != m[2]], lettered)
        return filled

    def _spread_down(self, merged: list[tuple[int, int, int, int]],
                     lettered: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """Letters merged down over several rows of one column ('I' over three activities
        that all inform the board): each row covered holds them, where it holds letters of
        its own in another column (a name merged over two rows is one activity, its second
        row none). The cells filled so; as many as the sheet has cells, at most."""
        filled: set[tuple[int, int]] = set()
        if not merged:
            return filled
        rows = {r for r, _ in lettered}
        budget = max(1, self.sheet.rows * self.sheet.cols)
        for r1, c1, r2, _ in merged:
            for r in range(r1 + 1, min(r2, self.sheet.rows - 1) + 1):
                if budget <= 0:
                    return filled
                budget -= 1
                if not self.g[r][c1] and r in rows:
                    self.g[r][c1] = self.g[r1][c1]
                    filled.add((r, c1))
        return filled

    def _chosen_labels(self) -> None:
        """Cells chosen from a drop-down list of labels ('C - Consulted', 'A/R - Accountable
        & Responsible'): read as their letters where one label is chosen twice or more in a
        column. A legend lists each letter once, so its lines stay a legend."""
        seen: dict[tuple[int, str], int] = {}
        for (r, c), text in self.sheet.text.items():
            if r not in self.legend_rows and is_legend_line(text):
                seen[(c, text)] = seen.get((c, text), 0) + 1
        for (_, text), count in seen.items():
            if count >= 2 and (found := label_letters(text, self.words)):
                self.parsed[text] = found

    def _legend_rows(self) -> frozenset[int]:
        first: dict[int, int] = {}
        for r, c in self.sheet.text:
            if c < first.get(r, self.sheet.cols):
                first[r] = c
        return frozenset(r for r, c in first.items()
                         if len(self.g[r][c].strip()) == 1 and self.g[r][c].strip().isalpha()
                         and defines_raci_letters(self.row_texts(r)))

    @property
    def rows(self) -> int:
        """Rows spanned by the sheet's values."""
        return self.sheet.rows

    @property
    def cols(self) -> int:
        """Columns spanned by the sheet's values."""
        return self.sheet.cols

    def letters(self, text: str) -> frozenset[str] | None:
        """The letters of a grid cell ('A/R'; 'R (backup)', see ``annotations``), once per text."""
        if text not in self.parsed:
            found = None if is_legend_line(text) else self.plain_letters(text)
            if found is None and (extra := annotated_letters(text, self.words)
                                  or effort_letters(text, self.words)
                                  or changed_letters(text, self.words)):
                found, self.annotations[text] = extra
            elif found is None and (marked := footnoted_letters(text, self.words)):
                found, self.annotations[text] = marked[0], self.footnote(marked[1])
            self.parsed[text] = found
        return self.parsed[text]

    def footnote(self, mark: str) -> str:
        """The footnote a mark beside letters refers to, as the sheet writes it ('¹ Only
        where the change affects the regulator'), else 'see footnote ¹'."""
        if self.footnotes is None:
            self.footnotes = {}
            for text in self.sheet.text.values():
                if (note := FOOTNOTE.match(text)) and note[1] not in self.footnotes:
                    self.footnotes[note[1]] = " ".join(text.split())
        return self.footnotes.get(mark, f"see footnote {mark}")

    def role_letters(self, text: str) -> frozenset[str] | None:
        """letters(), or a numbered letter ('R1') or letters with a remark ('C - budget
        only') or letters typed with Greek or Cyrillic look-alikes ('Α'), for a cell of a
        known role column."""
        found = self.letters(text)
        if found is None and (alike := lookalike_letters(text, self.words)):
            return alike
        if found is None and (numbered := numbered_letter(text, self.words)
                              or remarked_letters(text, self.words)):
            found, self.annotations[text] = numbered
        return found

    def role_kind(self, r: int, c: int) -> int:
        """kind(), with a numbered letter ('R1') as LETTERS, for a cell of a known role column."""
        kind = self.kind(r, c)
        return LETTERS if kind == TEXT and self.role_letters(self.g[r][c]) else kind

    def plain_letters(self, text: str) -> frozenset[str] | None:
        """parse_letters alone (no words beside the letters), for telling headings apart."""
        if text not in self.plain:
            self.plain[text] = parse_letters(text, self.words)
        return self.plain[text]

    def kind(self, r: int, c: int) -> int:
        """EMPTY, LETTERS or TEXT for a cell."""
        text = self.g[r][c]
        if not text:
            return EMPTY
        found = self.letters(text)
        return LETTERS if found else (EMPTY if found is not None else TEXT)

    def heading(self, r: int, c: int) -> str:
        """The cell's text, or the text of a short horizontal merge it lies in (a heading),
        or of a vertical merge over it (a heading over two heading rows)."""
        return self.g[r][c] or self.g[r][self.across.get((r, c), c)] or (
            self.g[self.cover[(r, c)]][c] if (r, c) in self.cover else "")

    def merged_value(self, r: int, c: int) -> str:
        """The cell's text, or the top cell's when it lies inside a vertical merge."""
        return self.g[r][c] or self.g[self.cover.get((r, c), r)][c]

    def row_texts(self, r: int, c1: int = 0, c2: int | None = None) -> list[str]:
        """The non-empty texts of row r between columns c1 and c2 (inclusive)."""
        last = self.cols - 1 if c2 is None else min(c2, self.cols - 1)
        return [self.g[r][c] for c in range(max(0, c1), last + 1) if self.g[r][c]]


@dataclass
class ColumnRun:
    """What lies below a heading cell: its letters and where they end."""

    letters: int = 0
    first: int = -1
    last: int = -1


FOOTNOTE = re.compile(r"\s*([¹²³⁰-⁹†‡§]{1,3})\s*\S")
"""A footnote: its mark, then its text ('¹ Only on weekdays')."""


def column_run(table: Table, c: int, below: int) -> ColumnRun:
    """Letters in column c from row below+1 down, allowing a few heading rows first."""
    rows, kinds = table.column_cells[c], table.column_kinds[c]
    i = bisect_right(rows, below)
    texts = 0
    run = ColumnRun()
    while i < len(rows):
        kind = kinds[i]
        if kind == TEXT:
            if run.letters or texts >= SUBHEADER_ROWS or rows[i] - below > SUBHEADER_ROWS + 1:
                break
            texts += 1
        elif kind == LETTERS:
            run.letters += 1
            run.first = rows[i] if run.first < 0 else run.first
            run.last = rows[i]
        i += 1
    return run


DEFAULT_HEAD = re.compile(r"(column|spalte|colonne|columna|colonna|coluna|kolom|kolumna)"
                          r"\s*\d+", re.IGNORECASE)


def default_heads(texts: list[str]) -> bool:
    """True for the headings a spreadsheet gives a table made without a header row
    ('Column1', 'Column2' ...; 'Spalte1' ...): the real headings are in the row below."""
    return len(texts) >= 2 and all(DEFAULT_HEAD.fullmatch(t.strip()) for t in texts)


def heading_ok(table: Table, r: int, c: int) -> bool:
    """True when cell (r, c) can name a role: text, not a lone letter or a number (a
    heading merged down over this row from the row above names it too)."""
    text = table.merged_value(r, c)
    folded = fold(text).strip(" :")
    if not text or text.replace(".", "").isdigit() or folded in NON_ROLE_HEADINGS or (
            folded in ID_HEADINGS and folded not in ROLE_LIKE_IDS):
        return False  # 'No.' over 'I', '1', '2', 'II': numbering, Roman numerals and all
    if table.plain_letters(text):
        return len(text) >= 3 and text.isalpha()
    return True


PAGE_FOOT = re.compile(r"(page|seite|p[áa]gina|pagina|strona|sivu|sida|side|стр\.?)\s*\d+"
                       r"(\s*(of|von|de|di|z|af|av|/|из)\s*\d+)?|\d+\s*/\s*\d+|-\s*\d+\s*-",
                       re.IGNORECASE)
"""A page's foot ('Page 1 of 3', 'Seite 2 von 5', '- 3 -')."""


PHASE_WORD = re.compile(r"^(phase|stage|fase|etapa|étape|sprint|faza|stufe)\b",
                        re.IGNORECASE)
"""A row written as a phase heading by its first word ('Phase 1: Plan', 'Stage 2')."""
SHOWN_HOW = re.compile(r"\b(example|examples|sample|e\.\s?g\.|how to|instructions?|demo|"
                       r"beispiel|exemple|ejemplo|esempio|voorbeeld)\b", re.IGNORECASE)
"""Words over a table that only shows how to fill in the one below ('Example:')."""


def next_page(table: Table, r0: int, r: int) -> bool:
    """True when the header at row r, written as at row r0, heads the next page of the
    same grid: a page's foot lies between, or the row right over it repeats one over the
    first (the report's title), or it follows the grid's rows with nothing between, or a
    lone heading sits over it as over the first (one table per phase: 'Phase 1: Plan' ...
    'Phase 2: Build'). Not an example table above the grid under the same header
    ('Example:' ... 'Your matrix')."""
    between = [q for q in range(r0 + 1, r) if any(table.g[q])]
    if any(PAGE_FOOT.fullmatch(t.strip()) for q in between for t in table.g[q] if t):
        return True
    above = [q for q in range(r0 - 1, max(-1, r0 - 4), -1) if any(table.g[q])]
    heads = {tuple(fold(t) for t in table.g[q]) for q in above}
    last = max(between, default=r0)
    if tuple(fold(t) for t in table.g[last]) in heads \
            or any(table.kind(last, c) == LETTERS for c in range(table.cols)):
        return True
    if any(SHOWN_HOW.search(t) for q in above for t in table.g[q] if t):
        return False
    heading = section_heading(table, r)
    return heading is not None and (section_heading(table, r0) is not None
                                    or PHASE_WORD.match(heading.strip()) is not None)


def section_heading(table: Table, r: int) -> str | None:
    """The lone heading right over the header at row r (the only text of the row just
    above it, no page's foot and no example's words), or None."""
    if r == 0:
        return None
    texts = table.row_texts(r - 1)
    if len(texts) != 1 or PAGE_FOOT.fullmatch(texts[0].strip()) or SHOWN_HOW.search(texts[0]):
        return None
    return texts[0]


def find_header(table: Table, only: int | None = None) -> tuple[int, dict[int, ColumnRun]] | None:
    """The header row (or row `only`) and its role-column candidates; None if none heads letters."""
    candidates: dict[int, tuple[tuple[int, int], dict[int, ColumnRun]]] = {}
    first: dict[tuple[str, ...], int] = {}  # a header's texts -> the row it is first in
    rows = range(min(table.rows, HEADER_SCAN_ROWS)) if only is None else range(only, only + 1)
    for r in rows:
        if r >= table.rows:
            break
        runs: dict[int, ColumnRun] = {}
        for c in range(table.cols):
            if heading_ok(table, r, c):
                run = column_run(table, c, r)
                if run.letters:
                    runs[c] = run
        for c0, c2 in table.row_merges.get(r, []):
            # a heading merged over two cells whose letters sit under the second one
            if c0 not in runs and heading_ok(table, r, c0):
                lettered = [(c, run) for c in range(c0 + 1, c2 + 1)
                            if (run := column_run(table, c, r)).letters]
                if len(lettered) == 1:
                    runs[lettered[0][0]] = lettered[0][1]
        if not runs or (default_heads(table.row_texts(r))
                        and not any(run.first == r + 1 for run in runs.values())):
            continue  # stand-in heads over the real ones; over the letters, the only heads
        score = (len(runs), sum(run.letters for run in runs.values()))
        texts = tuple(fold(table.g[r][c]) for c in range(table.cols))
        if (r0 := first.get(texts)) is not None and len(candidates[r0][1]) == len(runs) \
                and next_page(table, r0, r):
            # the header written again on each page: the first one heads the whole grid
            (count, letters), runs0 = candidates[r0]
            candidates[r0] = ((count, letters + score[1]), runs0)
            continue
        first.setdefault(texts, r)
        candidates[r] = (score, runs)
    if not candidates:
        return None
    r = max(candidates, key=lambda x: (candidates[x][0], -x))
    return r, candidates[r][1]


def role_blocks(cols: list[int]) -> list[list[int]]:
    """Candidate role columns split where two or more empty columns lie between them."""
    blocks: list[list[int]] = []
    for c in sorted(cols):
        if blocks and c - blocks[-1][-1] <= 2:
            blocks[-1].append(c)
        else:
            blocks.append([c])
    return blocks


def lettered_in_order(values: list[str]) -> bool:
    """True when a column's single letters run through the alphabet in order ('A', 'B',
    'C', 'D' ...), four or more of them and none repeated: items lettered as a list
    numbers them, and B and D are no letters of any scheme."""
    single = [v.strip().upper() for v in values if len(v.strip()) == 1 and v.strip().isalpha()]
    steps = zip(single, single[1:], strict=False)
    return len(single) >= 4 and all(ord(b) - ord(a) == 1 for a, b in steps)


ROMAN = re.compile(r"(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?")
"""A Roman numeral ('II', 'IV.'): over rows numbered 1, 2, 3 it numbers a section."""
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(numeral: str) -> int:
    """The number a Roman numeral ('XIV', 'II.') stands for."""
    digits = [_ROMAN_DIGITS[ch] for ch in numeral if ch in _ROMAN_DIGITS]
    return sum(-d if d < nxt else d for d, nxt in zip(digits, [*digits[1:], 0], strict=True))


def roman_in_order(values: list[str]) -> bool:
    """True when a column's Roman numerals run I, II, III ... in order, two or more of
    them: sections numbered so beside numbered activities ('I', '1', '2', 'II', '3'),
    whatever the column's heading; the first section's 'I' is no letter."""
    numerals = [roman_value(v.strip()) for v in values if ROMAN.fullmatch(v.strip())]
    return len(numerals) >= 2 and numerals == list(range(1, len(numerals) + 1))


def key_column(table: Table, c: int, start: int, end: int) -> bool:
    """True when column c, in rows start..end, lists letters once each with the word each
    stands for in the next column ('R | Responsible', 'O | Omitted'): a legend right beside
    the grid, not a role (a role's column repeats its letters, with no words beside). Most
    of those words are the letters' own ('Responsible'): a role with three letters beside
    notes that happen to start with them ('C | Check budget', 'I | Include QA') stays a role."""
    if c + 1 >= table.cols:
        return False
    cells = [(table.g[r][c].strip(), table.g[r][c + 1]) for r in range(start, end)
             if table.g[r][c]]
    letters = {text.upper() for text, _ in cells}
    if len(cells) < 3 or len(letters) < len(cells):
        return False  # a letter twice: a role's column, its cells never asked as key lines
    own = sum(1 for text, meaning in cells if defines_raci_letters([text, meaning]))
    return own > len(cells) / 2 and all(
        len(text) == 1 and legend_entry([text, meaning]) is not None for text, meaning in cells)


def name_column(table: Table, cols: range, below: int) -> int:
    """The column of activity names among cols, for rows below row `below`: the one most
    filled with words, never one of numbers or codes ('No.' over 1, 2, 3) while another
    holds words."""
    def weight(c: int) -> tuple[bool, int]:
        values = [table.g[x][c] for x in range(below + 1, table.rows) if table.g[x][c]]
        coded = sum(1 for v in values
                    if NUMBER.match(v) or (ID_VALUE.match(v) and any(ch.isdigit() for ch in v)))
        return coded <= len(values) / 2, len(values)
    return max(cols, key=weight)


def is_legend_row(table: Table, r: int) -> bool:
    """True when row r reads as a legend line ('R = Responsible', 'D | Driver'), or holds a
    legend in one cell ('Legend: R = Responsible, A = Accountable')."""
    return bool(legend_entries(table.row_texts(r)))


def rows_down(table: Table, start: int, filled: Callable[[int], bool]) -> Iterator[int]:
    """The rows of a table read down from row start, up to two empty rows in a row or a
    legend line; a lone empty row (filled says which are not) is passed over."""
    blank = 0
    for r in range(start, table.rows):
        if not filled(r):
            blank += 1
            if blank >= 2:
                return
            continue
        blank = 0
        if is_legend_row(table, r):
            return
        yield r


def outside_regions(table: Table, box: tuple[int, int, int, int],
                    used: Collection[tuple[int, int]] = (),
                    only: Collection[tuple[int, int]] | None = None
                    ) -> list[tuple[int, int, int, int]]:
    """Filled cells outside box (r1, c1, r2, c2), grouped into ranges of nearby cells.

    used: cells the reader read although they lie outside the box (the title, a heading
    over an empty column), left out; only: group these cells instead of every one.
    """
    r1, c1, r2, c2 = box
    cells = table.sheet.text if only is None else only
    left = {rc for rc in cells
            if not (r1 <= rc[0] <= r2 and c1 <= rc[1] <= c2) and rc not in used}
    regions: list[tuple[int, int, int, int]] = []
    while left:
        start = left.pop()
        queue = deque([start])
        lo_r = hi_r = start[0]
        lo_c = hi_c = start[1]
        while queue:
            r, c = queue.popleft()
            lo_r, hi_r, lo_c, hi_c = min(lo_r, r), max(hi_r, r), min(lo_c, c), max(hi_c, c)
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nb = (r + dr, c + dc)
                    if nb in left:
                        left.remove(nb)
                        queue.append(nb)
        regions.append((lo_r, lo_c, hi_r, hi_c))
    return sorted(regions)


LEGEND_REGION = "a legend of the letters"


def shorten(text: str, limit: int) -> str:
    """Text cut to limit characters at a word boundary, ending in '…' when cut (a quote
    in a note shows it was cut, rather than ending mid-word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head[limit // 2:] else head
    return cut.rstrip(" ,;:-–|/") + "…"


GRAND_TOTAL = re.compile(
    r"\s*(grand total|gesamtergebnis|total général|total general|totale complessivo|"
    r"eindtotaal|totaal|suma całkowita|celkový součet|総計|总计|합계)\s*$", re.IGNORECASE)
"""A pivot table's total row or column, which gathers the letters of the others."""


def describe_region(table: Table, region: tuple[int, int, int, int]) -> str:
    """What a skipped range looks like: a legend, a table of numbers, notes."""
    r1, c1, r2, c2 = region
    texts = [table.g[r][c] for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
             if table.g[r][c]]
    rows = [r for r in range(r1, r2 + 1) if table.row_texts(r, c1, c2)]
    legend = sum(bool(legend_entries(table.row_texts(r, c1, c2))
                      or any(key_words(t) for t in table.row_texts(r, c1, c2))) for r in rows)
    numbers = sum(t.replace(".", "", 1).isdigit() for t in texts)
    if rows and legend >= max(1, len(rows) // 2):
        return LEGEND_REGION
    if texts and (GRAND_TOTAL.match(texts[0]) or re.fullmatch(
            r"\s*totals?\s*:?\s*", texts[0], re.IGNORECASE)) and numbers == len(texts) - 1:
        return "the grand total of the counts above"
    if texts and numbers >= len(texts) / 3:
        return "a table of numbers (a summary?)"
    if len(texts) == 1:
        return f"a note ('{shorten(texts[0], 40)}')"
    return f"text outside the grid (notes or another table), from '{shorten(texts[0], 40)}' on"
