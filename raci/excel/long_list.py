"""Read a RACI matrix kept as a list of assignments: one row per activity and role.

Lists exported from SharePoint, Smartsheet, Airtable, Jira or a database keep a
matrix long, not wide:

    Task            | Workstream | Role      | RACI
    Write the spec  | Design     | Analyst   | R
    Write the spec  | Design     | Sponsor   | A
    Review the spec | Design     | Analyst   | C

The shape is found by its structure, header words only backing it: exactly one
column of letters; a text column of a few names repeated across many rows (the
roles); a text column of names repeated with the role changing (the activities),
each activity and role together on one row (or a few, whose letters combine). A
column whose value stays the same for each activity, headed like a phase
('Workstream', 'Phase'), gives the phase. Roles come in the order they first
appear, an activity at its first row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from raci.excel import people as who
from raci.excel.grid import (
    ACTIVITY_HEADING,
    EMPTY,
    HEADER_SCAN_ROWS,
    ID_HEADINGS,
    LEGEND_REGION,
    LETTERS,
    NON_ROLE_HEADINGS,
    NUMBER,
    PHASE_HEADINGS,
    Table,
    col_name,
    describe_region,
    outside_regions,
    ref,
    row_word,
    rows_down,
    shorten,
    span,
)
from raci.excel.letters import KNOWN, fold, is_none, parse_letters, readable_letters
from raci.excel.plan import (
    ImportedActivity,
    ImportedRole,
    ImportPlan,
    UnreadCell,
    lines_word,
    sheet_cell,
    unread_note,
)

MIN_ROWS = 4
"""The fewest assignment rows read as a list (fewer are too few to tell the shape)."""
LETTER_SHARE = 0.8
"""The share of a column's filled cells that must be letters for a column of letters."""
ROLE_WORDS = re.compile(
    r"\b(roles?|r[ôo]les?|rol|ruolo|rolle|funktion|person|people|personne|persona|pessoa|"
    r"assignee|assigned|who|wer|qui|qui[eé]n|stakeholders?|team|resource|party|parties|"
    r"member|owner|actor|akteur|acteur|participant|responsible party|raci role)\b",
    re.IGNORECASE)
"""Headings of a column of roles or people ('Role', 'Person/Role', 'Assignee')."""
TITLE_WORDS = {"title", "name", "summary", "subject", "titel", "titre", "título", "titolo",
               "nombre", "nom", "naam", "bezeichnung", "issue", "ticket", "story"}
"""Headings a list gives its item names under ('Title' in SharePoint, 'Summary' in Jira)."""
EDITOR_WORDS = re.compile(
    r"\b(modified|created|changed|edited|updated|author|editor|reporter|geändert|erstellt|"
    r"modifié|créé|modificado|creado|autor|auteur)\b", re.IGNORECASE)
"""Headings of who edited a list item ('Modified By'): names, but never the roles."""
LETTER_HEADS = re.compile(
    r"raci|rasci|daci|cairo|letter|type|typ|code|responsib|involve|assign|duty|role|r[ôo]le|"
    r"rolle|ruolo|verantwort|lettre|letra|tipo", re.IGNORECASE)
"""Words a heading over the letters of a list holds ('RACI', 'Type', 'Responsibility')."""
PHASE_WORDS = PHASE_HEADINGS | {"stream", "work stream", "workstreams", "area", "section",
                                "theme", "package", "work package", "lot", "module"}


@dataclass(frozen=True)
class ListShape:
    """Where a list of assignments stands on the sheet (0-based rows and columns)."""

    header: int
    rows: tuple[int, ...]
    activity: int
    role: int
    letter: int
    phase: int | None


def _letter_columns(table: Table, start: int, share: float = LETTER_SHARE) -> list[int]:
    """Columns whose cells below row start are letters, this share of them (two or more)."""
    out = []
    for c in range(table.cols):
        cells = [k for r, k in zip(table.column_cells[c], table.column_kinds[c], strict=True)
                 if r > start and k != EMPTY]
        lettered = sum(1 for k in cells if k == LETTERS)
        if lettered >= 2 and lettered >= share * len(cells):
            out.append(c)
    return out


def _header(table: Table, letter: int) -> int | None:
    """The heading row of a list whose letters stand in column letter: the first row with
    three or more headings, one of them over the letters, and letters in the two rows under
    it."""
    for r in range(min(table.rows - 2, HEADER_SCAN_ROWS)):
        if (table.g[r][letter] and len(table.row_texts(r)) >= 3
                and table.kind(r + 1, letter) == LETTERS
                and table.kind(r + 2, letter) == LETTERS):
            return r
    return None


def _data_rows(table: Table, header: int) -> list[int]:
    """The rows under the heading down to two blank rows in a row or a legend."""
    return list(rows_down(table, header + 1, lambda r: any(table.g[r])))


def _is_letters(table: Table, text: str) -> bool:
    return bool(table.role_letters(text))


def _known_letters(table: Table, values: list[str]) -> bool:
    """True when the letters of a column are a scheme's: mostly known letters, two kinds or
    more, R or A among them (not a column of sizes or yes/no answers)."""
    found = [table.role_letters(v) or frozenset() for v in values]
    known = KNOWN | set(table.words.values())
    used = Counter(code for f in found for code in f)
    good = sum(1 for f in found if f and f <= known)
    return (len(used) >= 2 and bool({"R", "A"} & set(used))
            and good >= LETTER_SHARE * len([f for f in found if f]))


def _role_named(head: str) -> bool:
    """True when the heading over the letters names a job or a person ('Project Manager'):
    the one role of a matrix, not the letters of a list."""
    return (who.role_likeness([head]) >= 1 and not LETTER_HEADS.search(head)
            and parse_letters(head) is None)


def _heading(table: Table, header: int, c: int) -> str:
    return fold(table.g[header][c]).strip(" :")


def _role_head(head: str) -> bool:
    return bool(ROLE_WORDS.search(head)) and not EDITOR_WORDS.search(head)


def _activity_head(head: str) -> bool:
    return not _role_head(head) and (bool(ACTIVITY_HEADING.search(head))
                                     or head in TITLE_WORDS)


def _phase_head(head: str) -> bool:
    return head in PHASE_WORDS or any(w in PHASE_WORDS for w in re.split(r"[\s/_\-]+", head))


def _runs(values: list[str]) -> int:
    """How many runs of the same value a column makes, top down."""
    return sum(1 for i, v in enumerate(values) if i == 0 or v != values[i - 1])


@dataclass
class _Column:
    c: int
    head: str
    values: list[str]
    """Its text on each data row ('' when empty), folded."""

    @cached_property
    def filled(self) -> list[str]:
        return [v for v in self.values if v]

    @cached_property
    def distinct(self) -> int:
        return len(set(self.filled))

    def contiguous(self) -> bool:
        """True when each value stands in one run of rows (a list sorted by it)."""
        filled = self.filled
        return _runs(filled) <= max(1, round(1.2 * self.distinct))

    def length(self) -> float:
        filled = self.filled
        return sum(len(v) for v in filled) / max(1, len(filled))


def _pair(acts: _Column, roles: _Column) -> float | None:
    """How well two columns read as activities and roles (the share of rows whose activity
    and role stand together on no other row), or None when they do not: each activity
    with several rows names several roles, and most roles come back for other activities."""
    pairs = [(a, r) for a, r in zip(acts.values, roles.values, strict=True) if a and r]
    if len(pairs) < MIN_ROWS:
        return None
    unique = len(set(pairs)) / len(pairs)
    by_act: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    by_role: dict[str, set[str]] = {}
    for a, r in pairs:
        by_act.setdefault(a, set()).add(r)
        count[a] += 1
        by_role.setdefault(r, set()).add(a)
    several = [a for a in by_act if count[a] > 1]
    if not several or unique < 0.85:
        return None
    changing = sum(1 for a in several if len(by_act[a]) > 1) / len(several)
    returning = sum(1 for r in by_role if len(by_role[r]) > 1) / len(by_role)
    if changing < 0.8 or returning < 0.5:
        return None
    return unique


def _evidence(acts: _Column, roles: _Column) -> int:
    """Points for reading acts as the activities and roles as the roles rather than the
    other way round: their headings, lengths, which one the list is sorted by, and which
    one reads as job titles or people."""
    points = 0
    points += _activity_head(acts.head) - _activity_head(roles.head)
    points += _role_head(roles.head) - _role_head(acts.head)
    points += (acts.length() > 1.2 * roles.length()) - (roles.length() > 1.2 * acts.length())
    points += ((acts.contiguous() and not roles.contiguous())
               - (roles.contiguous() and not acts.contiguous()))
    act_like = who.role_likeness(list(dict.fromkeys(acts.filled)))
    role_like = who.role_likeness(list(dict.fromkeys(roles.filled)))
    points += (role_like > act_like + 0.2) - (act_like > role_like + 0.2)
    return points


def find_long_list(table: Table) -> ListShape | None:
    """The list of assignments on the sheet, or None when the sheet holds no such list
    (a matrix with its roles across, a register with one owner column, anything else)."""
    letters = _letter_columns(table, -1, 0.6)  # headings and a title above count too
    if len(letters) != 1:
        return None
    (letter,) = letters
    header = _header(table, letter)
    if header is None or _role_named(table.g[header][letter]):
        return None
    rows = _data_rows(table, header)
    if len(rows) < MIN_ROWS:
        return None
    if _letter_columns(table, header) != letters:
        return None
    letter_values = [table.g[r][letter] for r in rows if table.g[r][letter]]
    if not _known_letters(table, [v for v in letter_values if not is_none(v)]):
        return None
    texts: list[_Column] = []
    for c in range(table.cols):
        head = _heading(table, header, c)
        if c == letter or not head:
            continue
        values = [fold(table.g[r][c]) for r in rows]
        filled = [v for v in values if v]
        if len(filled) < 0.8 * len(rows):
            continue
        if sum(1 for v in filled if NUMBER.match(v) or _is_letters(table, v)) > len(filled) / 2:
            continue
        texts.append(_Column(c, head, values))
    best: tuple[tuple[int, float, int], _Column, _Column] | None = None
    for acts in texts:
        if not 2 <= acts.distinct <= 0.8 * len(acts.filled):
            continue
        for roles in texts:
            if roles is acts or not 2 <= roles.distinct <= 0.6 * len(roles.filled):
                continue
            if (roles.head in PHASE_WORDS or roles.head in ID_HEADINGS
                    or roles.head in NON_ROLE_HEADINGS or EDITOR_WORDS.search(roles.head)):
                continue
            if acts.distinct * roles.distinct < 0.85 * len(rows):
                continue  # too few of either for the rows to be different pairs
            unique = _pair(acts, roles)
            if unique is None:
                continue
            key = (_evidence(acts, roles), unique, -roles.distinct)
            if best is None or key > best[0]:
                best = (key, acts, roles)
    if best is None or best[0][0] < 0:
        return None
    _, acts, roles = best
    phase = next((p.c for p in texts if p.c not in (acts.c, roles.c) and _phase_head(p.head)
                  and _per_activity(acts, p) and 2 <= p.distinct < acts.distinct), None)
    return ListShape(header, tuple(rows), acts.c, roles.c, letter, phase)


def _per_activity(acts: _Column, other: _Column) -> bool:
    """True when a column holds one value per activity (nearly always)."""
    by_act: dict[str, set[str]] = {}
    for a, v in zip(acts.values, other.values, strict=True):
        if a and v:
            by_act.setdefault(a, set()).add(v)
    return bool(by_act) and sum(len(v) == 1 for v in by_act.values()) >= 0.9 * len(by_act)


def _said(table: Table, header: int, c: int) -> str:
    return f"column {col_name(c)} ('{shorten(table.g[header][c], 30)}')"


def read_long_list(table: Table, shape: ListShape
                   ) -> tuple[ImportPlan, dict[str, list[str]]]:
    """The plan for a list of assignments, and where each letter was first read (cells)."""
    g, h = table.g, shape.header
    title = table.sheet.title
    notes = [f"read as a list of assignments, one row per activity and role: activities "
             f"from {_said(table, h, shape.activity)}, roles from {_said(table, h, shape.role)}, "
             f"letters from {_said(table, h, shape.letter)}"]
    if shape.phase is not None:
        notes.append(f"phases from {_said(table, h, shape.phase)} (one per activity)")
    roles: dict[str, int] = {}
    names: list[str] = []
    acts: dict[tuple[str, str], ImportedActivity] = {}
    unread: list[UnreadCell] = []
    where: dict[str, list[str]] = {}
    combined, no_letter, no_role, no_activity = [], [], [], []
    for r in shape.rows:
        name = " ".join(g[r][shape.activity].split())
        role = " ".join(g[r][shape.role].split())
        text = g[r][shape.letter]
        if not name:
            if role or text:
                no_activity.append(row_word(r))
            continue
        phase = " ".join(g[r][shape.phase].split()) if shape.phase is not None else ""
        act = acts.setdefault((fold(phase), fold(name)), ImportedActivity(
            name, phase, {}, r + 1, line=row_word(r)))
        if not role:
            if text:
                no_role.append(row_word(r))
            continue
        j = roles.setdefault(fold(role), len(roles))
        if j == len(names):
            names.append(role)
        if not text or is_none(text):
            no_letter.append(row_word(r))
            continue
        cell = ref(r, shape.letter)
        found = table.role_letters(text)
        note = table.sheet.comments.get((r, shape.letter), "")
        if found is None:
            found = readable_letters(text, table.words)
            unread.append(UnreadCell(sheet_cell(title, cell), text, found))
            note = "\n".join(filter(None, [unread_note(text), note]))
        elif words := table.annotations.get(text):
            note = "\n".join(filter(None, [words, note]))
        if note:
            act.notes[j] = "\n".join(filter(None, [act.notes.get(j, ""), note]))
        if j in act.cells and found:
            combined.append(row_word(r))
        if found:
            act.cells[j] = act.cells.get(j, frozenset()) | found
        for code in found:
            if len(cells := where.setdefault(code, [])) < 9:
                cells.append(cell)
    if combined:
        notes.append(f"{lines_word(combined)}: a further row for the same activity and role; "
                     "its letters are added to the first row's")
    if no_letter:
        notes.append(f"{lines_word(no_letter)}: a role with no letter; the role is kept, "
                     "the activity gets no letter for it")
    if no_role:
        notes.append(f"{lines_word(no_role)}: letters but no role; skipped")
    if no_activity:
        notes.append(f"{lines_word(no_activity)}: no activity; skipped")
    read = {shape.activity, shape.role, shape.letter, shape.phase}
    others = [c for c in range(table.cols) if c not in read and g[h][c]]
    if others:
        heads = ", ".join(f"'{shorten(g[h][c], 20)}'" for c in others[:6])
        notes.append(f"{'columns' if len(others) > 1 else 'column'} "
                     f"{', '.join(col_name(c) for c in others[:6])}"
                     f"{' ...' if len(others) > 6 else ''} ({heads}) not imported")
    named, skipped = _around(table, shape, notes)
    column = col_name(shape.role)
    plan = ImportPlan(title, h + 1, "RACI", [ImportedRole(n, "", column=column) for n in names],
                      list(acts.values()), [], notes, named, skipped, unread=unread)
    return plan, where


def _around(table: Table, shape: ListShape, notes: list[str]) -> tuple[str, list[str]]:
    """The title above the list (its first text, the project's name) and the ranges left
    out around it, each said as the grid reader says them; a legend goes to the notes."""
    box = (shape.header, 0, shape.rows[-1], table.cols - 1)
    first = min((rc for rc in table.sheet.text if rc[0] < shape.header), default=None)
    title = " ".join(table.g[first[0]][first[1]].split()) if first is not None else ""
    skipped: list[str] = []
    if first is not None:
        notes.append(f"{ref(*first)}: the title, used as the project name")
    for region in outside_regions(table, box, used=[first] if first is not None else []):
        kind = describe_region(table, region)
        if kind == LEGEND_REGION:
            notes.append(f"{span(*region)}: {kind}, read for what the letters mean")
        else:
            skipped.append(f"{span(*region)}: {kind}")
    return title, skipped
