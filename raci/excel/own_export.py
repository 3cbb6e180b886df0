"""Read back our own export's RACI sheet through its fixed layout (raci/excel/export.py).

The export writes the project name, 'Exported <date>', 'Scheme: <title>', a
blank row, then the header 'ID | Phase | Activity | <role label> ... | Check'
(each role heading is 'Name (CODE)', or the name alone when the code adds nothing,
'PM', and lists its people on the lines below) and one row per
activity. Read through that layout nothing is guessed: every role comes back,
one without letters too, with its code and description; every activity with
its phase (a blank phase cell means none), description, letters and notes,
named exactly as written; a person-like role name stays a role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from raci.errors import LetterError
from raci.excel.grid import (
    HEADER_SCAN_ROWS,
    NON_ROLE_HEADINGS,
    Table,
    col_name,
    describe_region,
    outside_regions,
)
from raci.excel.grid import ref as cell_ref
from raci.excel.grid import span as range_ref
from raci.excel.letters import fold, parse_letters, readable_letters
from raci.excel.plan import (
    ImportedActivity,
    ImportedRole,
    ImportPlan,
    UnreadCell,
    sheet_cell,
    unread_note,
)
from raci.excel.scheme_choice import choose_scheme, declared_scheme
from raci.schemes import Scheme
from raci.text import CODE_LIMIT
from raci.wording import role_label

OWN_HEADER = ["id", "phase", "activity"]
ID_COL, PHASE_COL, ACTIVITY_COL, FIRST_ROLE_COL = 0, 1, 2, 3
CHECK = "check"
LIST_SEPARATOR = ", "
"""How the export joins people in a role heading and roles on the People sheet."""


def own_header(table: Table) -> int | None:
    """The row headed 'ID | Phase | Activity' (0-based), or None."""
    if table.cols < FIRST_ROLE_COL:
        return None
    for r in range(min(table.rows, HEADER_SCAN_ROWS)):
        if [fold(t) for t in table.g[r][:FIRST_ROLE_COL]] == OWN_HEADER:
            return r
    return None


def is_own_sheet(table: Table, own_export: bool) -> bool:
    """True when the sheet has our export's header (and the workbook or sheet says it is ours).

    A workbook with our People sheet is ours; a lone sheet is ours when its header
    ends with the Check column and the scheme line stands above it.
    """
    h = own_header(table)
    if h is None:
        return False
    if own_export:
        return True
    heads = [t for t in table.g[h] if t]
    return fold(heads[-1]) == CHECK and declared_scheme(table, h) is not None


def _balanced(text: str) -> bool:
    """True when every bracket in text closes one opened before it, and all are closed."""
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def name_and_code(first_line: str) -> tuple[str, str]:
    """'Site Lead (SL)' -> ('Site Lead', 'SL'): the code is what the last ' (' opens.

    The export writes 'name (code)'. A code is taken at the last ' (' whose bracketed
    rest balances ('Quality (QA (EU))' is role 'Quality' with code 'QA (EU)'); when no
    such split exists, at the last ' (' ('Ops (EU (X)' is 'Ops (EU' with code 'X').
    The heading alone cannot always tell the two apart ('Ops (EU' with code 'X)' reads
    as 'Ops' with 'EU (X)'): our workbook's Legend sheet lists every role's exact name
    and code, which settle it (see exact_roles).
    """
    text = first_line.strip()
    if not text.endswith(")"):
        return text, ""
    splits = [at for at in range(len(text) - 2, 0, -1)
              if text.startswith(" (", at) and text[at + 2:-1].strip()]
    at = next((at for at in splits if _balanced(text[at + 2:-1])), splits[0] if splits else 0)
    if at > 0:
        return text[:at].strip(), text[at + 2:-1].strip()
    return text, ""


def exact_roles(plan: ImportPlan, listed: list[tuple[str, str, str]]) -> None:
    """Role names and codes from our Legend sheet's list (code, name, description).

    Each role heading is matched to the listed role written the same way, the one in
    the same place when several are; a heading edited since keeps its own reading. A
    role whose heading carries no note takes the listed description.
    """
    for j, role in enumerate(plan.roles):
        heading = role_label(role.name, role.code)
        same = [k for k, (code, name, _d) in enumerate(listed) if role_label(name, code) == heading]
        if not same:
            continue
        k = j if j in same else same[0]
        role.code, role.name, description = listed[k]
        role.description = role.description or description


def role_heading(text: str) -> ImportedRole:
    """A role from its heading: 'Name (CODE)' and the people on the lines below.

    A heading without a code is a role whose code is its name ('PM', written so since
    'PM (PM)' says it twice): a name that reads as a code (one word, no lower-case
    letter) is its own code; another is left without one (the import makes one).
    """
    first, _, rest = text.partition("\n")
    name, code = name_and_code(first)
    if not code and _reads_as_code(name):
        code = name
    listed = " ".join(line.strip() for line in rest.splitlines() if line.strip())
    # Pieces as written: a name may start or end with ', ' (split_known joins them again;
    # the reader drops what is left empty).
    return ImportedRole(name, code, listed.split(LIST_SEPARATOR) if listed else [])


def _reads_as_code(name: str) -> bool:
    """True for a name that could be a role code as written: 'PM', 'DBA', 'QA2'."""
    return 0 < len(name) <= CODE_LIMIT and not any(ch.isspace() or ch.islower() for ch in name)


def split_known(parts: list[str], known: list[str]) -> list[str]:
    """Items of a ', '-joined list again, rejoining pieces that form a known name.

    A name holding ', ' ('Smith, Ann') was split in two; the longest run of
    pieces that is a known name is taken whole.
    """
    names = set(known)
    out: list[str] = []
    i = 0
    while i < len(parts):
        take = 1
        for j in range(len(parts), i + 1, -1):
            if LIST_SEPARATOR.join(parts[i:j]) in names:
                take = j - i
                break
        out.append(LIST_SEPARATOR.join(parts[i:i + take]))
        i += take
    return out


def _role_columns(table: Table, h: int, known: Collection[str] = ()) -> list[int]:
    """The role columns: after Activity, up to the Check column or the first empty heading.

    A column added by hand after the roles ('Comments', 'Status') ends them too. An
    exported role heading carries its code ('Notes (N)') unless the code is the name
    again: a heading labelling one of the known roles (our Legend sheet's) is a role
    however it reads ('Notes' with code NOTES, 'Check' with code CHECK).
    """
    cols = []
    ends = max((c for c in range(table.cols) if table.g[h][c]), default=0)
    for c in range(FIRST_ROLE_COL, table.cols):
        head = table.g[h][c]
        if c == ends and fold(head) == CHECK:
            break  # the Check column the export writes last, whatever the roles are named
        if head and head.partition("\n")[0].strip() in known:
            cols.append(c)
            continue
        if not head or fold(head) == CHECK or fold(head).strip(" :") in NON_ROLE_HEADINGS:
            break
        cols.append(c)
    return cols


def _letters(table: Table, r: int, c: int, declared: Scheme | None
             ) -> tuple[frozenset[str], bool]:
    """The letters of one cell: the declared scheme's, else any letters the reader knows.

    The flag is False for a cell that is not a set of letters (edited into a remark):
    the letters still readable in it are returned, and its text is kept as a note.
    """
    text = table.g[r][c]
    if declared is not None:
        try:
            return declared.parse(text), True
        except LetterError:
            pass
    found = parse_letters(text)
    if found is None:
        return readable_letters(text), False
    return found, True


def read_own_sheet(table: Table, known: Collection[str] = ()) -> ImportPlan:
    """The plan of a sheet in our export's layout (see is_own_sheet); known are the labels
    of the roles our Legend sheet lists (role_label), when the workbook has it."""
    h = own_header(table)
    assert h is not None
    title = table.sheet.title
    cols = _role_columns(table, h, known)
    comments = table.sheet.comments
    roles = []
    for c in cols:
        role = role_heading(table.g[h][c])
        role.column = col_name(c)
        role.description = comments.get((h, c), "")
        roles.append(role)
    declared = declared_scheme(table, h)
    used: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    activities: list[ImportedActivity] = []
    notes: list[str] = []
    unread: list[UnreadCell] = []
    last, gap = h, False
    for r in range(h + 1, table.rows):
        row = table.g[r]
        if not any(row[:FIRST_ROLE_COL + len(cols) + 1]):
            gap = True
            continue
        if gap and not row[ID_COL].isdigit():
            break  # after a blank row, only numbered rows continue the grid; the rest is listed
        gap = False
        last = r
        cells: dict[int, frozenset[str]] = {}
        texts: dict[int, str] = {}
        for j, c in enumerate(cols):
            if not row[c]:
                continue
            letters, read = _letters(table, r, c, declared)
            if not read:
                texts[j] = row[c]
            if letters:
                cells[j] = letters
                used.update(letters)
                for code in letters:
                    where.setdefault(code, []).append(cell_ref(r, c))
        name = row[ACTIVITY_COL]
        if not name:
            notes.append(f"row {r + 1}: no activity name in {cell_ref(r, ACTIVITY_COL)}; "
                         "skipped")
            continue
        cell_notes = {j: text for j, c in enumerate(cols) if (text := comments.get((r, c)))}
        for j, text in texts.items():
            cell_notes[j] = "\n".join(filter(None, [unread_note(text), cell_notes.get(j)]))
            unread.append(UnreadCell(sheet_cell(title, cell_ref(r, cols[j])), text,
                                     cells.get(j, frozenset())))
        activities.append(ImportedActivity(
            name, row[PHASE_COL], cells, r + 1, comments.get((r, ACTIVITY_COL), ""),
            cell_notes, key=row[ID_COL]))
    if declared is not None and set(used) <= set(declared.codes):
        scheme = declared
    else:
        scheme, scheme_notes = choose_scheme(used, {}, where, title)
        notes += scheme_notes
    notes.insert(0, f"read as a RACI Planner export (header row {h + 1}: ID, Phase, "
                    "Activity, one column per role)")
    right = FIRST_ROLE_COL + len(cols)  # the Check column, when it is there
    if right >= table.cols or fold(table.g[h][right]) != CHECK:
        right -= 1
    skipped = [f"{range_ref(*region)}: {describe_region(table, region)}"
               for region in outside_regions(table, (0, 0, last, right))]
    name = table.g[0][0] if table.rows else ""
    return ImportPlan(title, h + 1, scheme.id, roles, activities, [], notes, name, skipped,
                      exact=True, unread=unread)
