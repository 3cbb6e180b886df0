"""What an import read from a workbook, before anything is written: the ImportPlan."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from raci.errors import RaciError
from raci.wording import counted


@dataclass(frozen=True)
class ReadOptions:
    """Corrections to the reader's guesses (from the command line or an import dialog)."""

    people: bool | None = None
    """True: the role headings name people; False: never; None: decide on evidence."""
    header_row: int | None = None
    """The 1-based row of headings across the top, instead of the one found: the role
    names, or the activity names in a grid with the roles down its side."""
    phase_column: str | None = None
    """The column letter holding phases; '' for none; None to guess."""
    people_columns: tuple[str, ...] = ()
    """Column letters whose headings name people, whatever the evidence says (row numbers
    in a grid with the roles down its side)."""
    all_sheets: bool = False
    """Read every sheet whose grid has the same roles as the one chosen, each sheet's
    activities under a phase named after the sheet (one sheet per phase)."""


class NoGridError(RaciError):
    """A sheet that holds no readable RACI grid; the message says why. found_nothing: no
    header row of roles over letters at all (the message then says what a grid is, and the
    import adds what to do, once for all the sheets)."""

    def __init__(self, message: str, found_nothing: bool = False) -> None:
        super().__init__(message)
        self.found_nothing = found_nothing


NO_GRID_ADVICE = ("put the role names in one row over columns of their letters, with the "
                  "activity names in a column beside them, and import it again")
"""What to do with a workbook none of whose sheets holds a grid."""


def no_grid(title: str) -> NoGridError:
    """The sheet named title has no header row of roles over letters."""
    return NoGridError(f"sheet '{title}' has no RACI grid (a header row with role names over "
                       "letters such as R, A, C, I)", found_nothing=True)


@dataclass
class ImportedRole:
    """A column of the imported grid."""

    name: str
    code: str
    people: list[str] = field(default_factory=list)
    column: str = ""
    """Its column letter; a row number in a grid turned on its side."""
    description: str = ""

    def where(self) -> str:
        """'column C' (or 'row 3' in a grid turned on its side)."""
        return f"row {self.column}" if self.column.isdigit() else f"column {self.column}"


@dataclass
class ImportedActivity:
    """A row of the imported grid."""

    name: str
    phase: str
    cells: dict[int, frozenset[str]]
    row: int
    description: str = ""
    notes: dict[int, str] = field(default_factory=dict)
    key: str = ""
    """The ID our own export numbers the row with (joins the Sources sheet)."""
    provenance: str = ""
    """Where the activity came from (our export's Sources sheet), in the stored form."""
    line: str = ""
    """Where it stands on the sheet: 'row 5', or 'column E' in a grid turned on its side."""

    def where(self) -> str:
        """'row 5' (or 'column E' in a grid turned on its side)."""
        return self.line or f"row {self.row}"


@dataclass
class ImportedPerson:
    """A person from a People sheet or a person row of the header."""

    name: str
    email: str = ""
    title: str = ""
    roles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class UnreadCell:
    """A grid cell that is not a set of letters: kept as a note, its readable letters kept."""

    cell: str
    """'Sheet1'!D3, as a spreadsheet names it."""
    text: str
    letters: frozenset[str]
    """The letters still read in it ('C?' -> C), empty when none."""

    def describe(self) -> str:
        """One line: the cell, its text and what became of it."""
        read = "/".join(sorted(self.letters))
        return (f"{self.cell} {self.text!r}: " + (f"read as {read}, " if read else "no letters, ")
                + "text kept as the cell's note")


def sheet_cell(sheet: str, cell: str) -> str:
    """A cell named with its sheet, as a spreadsheet writes it: Grid!D3, 'My grid'!D3."""
    if not re.fullmatch(r"[^\W\d]\w*", sheet):
        sheet = "'" + sheet.replace("'", "''") + "'"
    return f"{sheet}!{cell}"


def unread_note(text: str) -> str:
    """The note kept on a cell whose text is not a set of letters."""
    return f"As written in the workbook: {text}"


def lines_word(places: list[str], limit: int = 8) -> str:
    """'rows 3, 4' from ['row 3', 'row 4'] ('columns E, F' turned on its side), cut at limit."""
    kinds = {p.split(" ", 1)[0] for p in places}
    if len(kinds) != 1:
        text = ", ".join(places[:limit])
    else:
        (kind,) = kinds
        text = (kind + ("s " if len(places) > 1 else " ")
                + ", ".join(p.split(" ", 1)[1] for p in places[:limit]))
    return text + (" ..." if len(places) > limit else "")


UNREAD_LISTED = 200
"""How many unread cells a summary lists one by one (each keeps its note all the same)."""


@dataclass
class ImportPlan:
    """What was read from a workbook, before anything is written."""

    sheet: str
    header_row: int
    scheme: str
    roles: list[ImportedRole]
    activities: list[ImportedActivity]
    people: list[ImportedPerson] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    title: str = ""
    skipped: list[str] = field(default_factory=list)
    exact: bool = False
    """True when read through our own export's fixed layout (nothing guessed)."""
    phases: list[str] = field(default_factory=list)
    """Every phase in order, one without activities too (our own export's Legend sheet)."""
    thresholds: dict[str, int] = field(default_factory=dict)
    """Check limits our own export lists (overload, max_responsible, max_consulted)."""
    unread: list[UnreadCell] = field(default_factory=list)
    """Grid cells that are not sets of letters, in sheet order."""
    transposed: bool = False
    """Read turned on its side: roles down the side, activities across the top."""
    joined: list[str] = field(default_factory=list)
    """The sheets read together, each a phase (``--all-sheets``), in workbook order; empty
    when one sheet was read (``sheet``, the first of them when joined)."""

    def sheets_read(self) -> str:
        """"sheet 'Plan'", or "sheets 'Plan', 'Run' and 'Close'" when several were joined."""
        if len(self.joined) < 2:
            return f"sheet '{self.sheet}'"
        *rest, last = (f"'{name}'" for name in self.joined)
        return f"sheets {', '.join(rest)} and {last}"

    def header(self) -> str:
        """'header row 5', or 'header column A' for a grid turned on its side."""
        if self.transposed:
            return f"header column {get_column_letter(self.header_row)}"
        return f"header row {self.header_row}"

    def people_names(self) -> list[str]:
        """Everyone the plan staffs: the People sheet and the person headings."""
        names = [p.name for p in self.people] + [n for r in self.roles for n in r.people]
        return list(dict.fromkeys(names))

    def summary(self) -> str:
        """What was read and everything skipped or guessed, one item per line."""
        lines = [
            f"{self.sheets_read()}, {self.header()}, scheme {self.scheme}: "
            f"{counted(len(self.roles), 'role')}, {counted(len(self.activities), 'activity')}, "
            f"{counted(len(self.people_names()), 'person')}"
        ]
        lines += [f"  {n}" for n in self.notes]
        lines += self.unread_lines()
        lines += [f"  skipped {s}" for s in self.skipped]
        return "\n".join(lines)

    def unread_lines(self) -> list[str]:
        """The summary's lines for the cells not read as letters."""
        if not self.unread:
            return []
        lines = [f"  {counted(len(self.unread), 'cell')} not read "
                 "as letters (the text is kept as a note on the cell):"]
        lines += [f"    {u.describe()}" for u in self.unread[:UNREAD_LISTED]]
        if len(self.unread) > UNREAD_LISTED:
            lines.append(f"    ... and {len(self.unread) - UNREAD_LISTED} more, each with "
                         "its note")
        return lines
