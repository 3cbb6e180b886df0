"""What an import read from a workbook, before anything is written: the ImportPlan."""

from __future__ import annotations

from dataclasses import dataclass, field

from raci.errors import RaciError
from raci.wording import counted


@dataclass(frozen=True)
class ReadOptions:
    """Corrections to the reader's guesses (from the command line or an import dialog)."""

    people: bool | None = None
    """True: the role headings name people; False: never; None: decide on evidence."""
    header_row: int | None = None
    """The 1-based row holding the role names, instead of the one found."""
    phase_column: str | None = None
    """The column letter holding phases; '' for none; None to guess."""
    people_columns: tuple[str, ...] = ()
    """Column letters whose headings name people, whatever the evidence says."""


class NoGridError(RaciError):
    """A sheet that holds no readable RACI grid; the message says why."""


@dataclass
class ImportedRole:
    """A column of the imported grid."""

    name: str
    code: str
    people: list[str] = field(default_factory=list)
    column: str = ""
    description: str = ""


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


@dataclass
class ImportedPerson:
    """A person from a People sheet or a person row of the header."""

    name: str
    email: str = ""
    title: str = ""
    roles: list[str] = field(default_factory=list)


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

    def people_names(self) -> list[str]:
        """Everyone the plan staffs: the People sheet and the person headings."""
        names = [p.name for p in self.people] + [n for r in self.roles for n in r.people]
        return list(dict.fromkeys(names))

    def summary(self) -> str:
        """What was read and everything skipped or guessed, one item per line."""
        lines = [
            f"sheet '{self.sheet}', header row {self.header_row}, scheme {self.scheme}: "
            f"{counted(len(self.roles), 'role')}, {counted(len(self.activities), 'activity')}, "
            f"{counted(len(self.people_names()), 'person')}"
        ]
        lines += [f"  {n}" for n in self.notes]
        lines += [f"  skipped {s}" for s in self.skipped]
        return "\n".join(lines)
