"""Read RACI matrices from the workbooks people already have.

The reader looks for the grid by its shape, not by header words, so it copes
with title rows above the header, a grid that does not start in column A, ID
and phase columns, phase band rows, numbered activity names, legends beside or
below the grid, empty rows and columns, merged cells, several sheets, other
letter schemes, and headers in any language. Everything skipped or guessed is
reported with its cell reference. Workbooks are untrusted: the file type,
decompressed size and sheet size are checked before parsing (openpyxl parses
the XML through defusedxml, which is a dependency).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from raci.db import remove_file
from raci.errors import LetterError, RaciError
from raci.files import read_user_file
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
from raci.schemes import SCHEMES, Scheme
from raci.service import ProjectService, initials

MAX_DECOMPRESSED = 200 * 1024 * 1024
MAX_CELLS = 500_000
MAX_RATIO = 200
NONE_TOKENS = {"", "-", "–", "—", "n", "n/a", "na", "none", "0", ".", "/"}
PHASE_HEADERS = {"phase", "phases", "stage", "fase", "etapa", "étape", "phase/stage", "workstream",
                 "área", "bereich", "category", "group", "kategorie", "catégorie"}
ID_HEADERS = {"id", "#", "no", "no.", "nr", "nr.", "step", "ref", "n°", "nº", "num"}
LETTER_NAMES = {
    "responsible", "accountable", "consulted", "informed", "support", "supportive",
    "verifies", "signs off", "signatory", "out of the loop", "driver", "approver",
    "contributor", "contributors", "verifier",
}
PLACEHOLDERS = re.compile(
    r"^(\.{2,}|…|tbd|tba|todo|\(?add (more|activities|rows?)\)?|<.*>|\[.*\])$", re.IGNORECASE
)
NUMBERED = re.compile(r"^\s*(\d+(\.\d+)*[.)]?|[a-z][.)])\s+(?=\S)", re.IGNORECASE)
LEGEND = re.compile(r"^\s*([A-Za-z])\s*[:=–—-]\s*([A-Za-z][\w ]+)$")
ROLE_WORDS = re.compile(
    r"manager|lead|owner|master|team|engineer|director|design|analyst|architect|officer|"
    r"sponsor|committee|board|qa|dev|ops|support|marketing|sales|legal|finance|head|chief|"
    r"developer|tester|admin|coordinator|consultant|specialist|stakeholder|customer|user|"
    r"(?-i:\b[A-Z]{2,}\b)",
    re.IGNORECASE,
)
PERSON_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+( [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}$")


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


@dataclass
class ImportedPerson:
    """A person from a People sheet."""

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

    def summary(self) -> str:
        """What was read and everything skipped or guessed, one item per line."""
        lines = [
            f"sheet '{self.sheet}', header row {self.header_row}, scheme {self.scheme}: "
            f"{len(self.roles)} roles, {len(self.activities)} activities, "
            f"{len(self.people)} people"
        ]
        lines += [f"  {n}" for n in self.notes]
        return "\n".join(lines)


def _check_container(path: Path, data: bytes) -> None:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise RaciError(
            f"{path}: an old binary Excel (.xls) workbook; open it in Excel or LibreOffice "
            "and save it as .xlsx first"
        )
    if data[:4] != b"PK\x03\x04":
        head = data[:512]
        if head and all(b in b"\t\r\n" or 32 <= b < 127 or b >= 128 for b in head):
            raise RaciError(
                f"{path}: this is a text file (CSV?), not an Excel workbook; open it in a "
                "spreadsheet program and save it as .xlsx"
            )
        raise RaciError(f"{path}: not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            names = {i.filename for i in infos}
    except zipfile.BadZipFile as exc:
        raise RaciError(f"{path}: the workbook is damaged ({exc})") from exc
    if total > MAX_DECOMPRESSED or (len(data) and total / len(data) > MAX_RATIO and total > 10e6):
        raise RaciError(
            f"{path}: unpacks to {total // 1_000_000} MB, more than the "
            f"{MAX_DECOMPRESSED // 1_000_000} MB limit for a RACI workbook"
        )
    if "xl/workbook.xml" not in names:
        raise RaciError(f"{path}: a zip file, but not an Excel workbook (no xl/workbook.xml)")


STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/spreadsheetml/main":
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/drawingml/main":
        b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties":
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}


def strict_to_transitional(data: bytes) -> bytes:
    """Rewrite a Strict Open XML workbook's namespaces to the transitional ones openpyxl reads."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w",
                                                                   zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in STRICT_NAMESPACES.items():
                    content = content.replace(strict, transitional)
            dst.writestr(info, content)
    return out.getvalue()


def _open_workbook(path: Path) -> Any:
    data = read_user_file(path)
    _check_container(path, data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        strict = b"purl.oclc.org/ooxml" in zf.read("xl/workbook.xml")
    if strict:
        data = strict_to_transitional(data)
    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        chain: list[BaseException] = []
        link: BaseException | None = exc
        while link is not None and len(chain) < 10:
            chain.append(link)
            link = link.__cause__ or link.__context__
        if any("Forbidden" in e.__class__.__name__ for e in chain):
            raise RaciError(
                f"{path}: the workbook cannot be read: it contains XML entity or DTD "
                "declarations, which are refused for safety; open and re-save it in a "
                "spreadsheet program"
            ) from exc
        raise RaciError(f"{path}: the workbook cannot be read ({exc.__class__.__name__}: "
                        f"{exc})") from exc


def _grid(ws: Worksheet) -> list[list[str]]:
    rows, cols = ws.max_row, ws.max_column
    if rows * cols > MAX_CELLS:
        raise RaciError(
            f"sheet '{ws.title}': {rows} rows x {cols} columns is more than the "
            f"{MAX_CELLS:,} cells a RACI sheet may have"
        )
    grid = [["" for _ in range(cols)] for _ in range(rows)]
    for r, row in enumerate(ws.iter_rows(values_only=True)):
        for c, value in enumerate(row):
            if value is not None:
                grid[r][c] = str(value).strip()
    for merged in ws.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        # Fill vertically merged cells (phase columns); horizontal bands keep one value.
        if merged.min_col == merged.max_col:
            for r in range(merged.min_row, merged.max_row + 1):
                grid[r - 1][merged.min_col - 1] = value
    return grid


def _is_none(text: str) -> bool:
    return text.strip().casefold() in NONE_TOKENS


_LETTERISH = re.compile(r"^[A-Za-z]([\s/,;+&()]*[A-Za-z]){0,5}[\s/,;+&()]*$")


def _letters(text: str) -> set[str] | None:
    """The letters in a cell if it looks like a RACI cell (any scheme), else None."""
    if _is_none(text):
        return set()
    if not _LETTERISH.match(text):
        return None
    letters = set(re.sub(r"[^A-Za-z]", "", text).upper())
    if letters <= set("ARCISVOD") and len(letters) <= 4:
        return letters
    return None


def _score_header(grid: list[list[str]], r: int) -> tuple[int, list[int]]:
    """How well row r works as a header: columns with a title and letters below."""
    width = len(grid[r])
    role_cols = []
    for c in range(width):
        head = grid[r][c]
        if not head or _letters(head) is not None and len(head) <= 2:
            continue
        below = [grid[x][c] for x in range(r + 1, min(len(grid), r + 400)) if grid[x][c]]
        if not below:
            continue
        letterish = [b for b in below if _letters(b)]
        if len(letterish) >= max(1, 0.6 * len(below)):
            role_cols.append(c)
    return len(role_cols), role_cols


def _detect_scheme(used: Counter[str]) -> Scheme:
    letters = set(used)
    if "D" in letters and "R" not in letters:
        return SCHEMES["DACI"]
    if "V" in letters:
        return SCHEMES["RACI-VS"]
    if "O" in letters:
        return SCHEMES["CAIRO"]
    if "S" in letters:
        return SCHEMES["RASCI"]
    return SCHEMES["RACI"]


def _split_header(text: str) -> tuple[str, str | None, list[str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[0] if lines else text
    people = [p.strip() for p in ", ".join(lines[1:]).split(",") if p.strip()]
    match = re.match(r"^(.*?)\s*\(([^()]{1,20})\)\s*$", head)
    if match and match.group(1):
        return match.group(1), match.group(2).strip(), people
    return head, None, people


def _comment(ws: Worksheet, r: int, c: int) -> str:
    comment = ws.cell(r + 1, c + 1).comment
    return str(comment.text).strip() if comment is not None and comment.text else ""


def _ref(r: int, c: int) -> str:
    return f"{get_column_letter(c + 1)}{r + 1}"


def read_sheet(ws: Worksheet) -> ImportPlan | None:
    """Find and read the grid on one sheet, or None when it holds no RACI grid."""
    grid = _grid(ws)
    best: tuple[int, int, list[int]] = (0, -1, [])
    for r in range(min(len(grid), 60)):
        score, cols = _score_header(grid, r)
        if score > best[0]:
            best = (score, r, cols)
    score, hr, role_cols = best
    if score == 0:
        return None
    notes: list[str] = []
    # Role columns must be contiguous-ish: drop columns far right of a gap of 2+ empties (legend).
    groups: list[list[int]] = [[role_cols[0]]]
    for c in role_cols[1:]:
        if c - groups[-1][-1] <= 2:
            groups[-1].append(c)
        else:
            groups.append([c])
    role_cols = max(groups, key=len)
    for g in groups:
        if g is not role_cols:
            notes.append(
                f"skipped columns {', '.join(_ref(hr, c)[:-len(str(hr + 1))] for c in g)}: "
                "apart from the grid (a legend or key?)"
            )
    first = role_cols[0]
    text_cols = [c for c in range(first) if any(grid[x][c] for x in range(hr + 1, len(grid)))]
    header = [h.casefold() for h in grid[hr]]

    def is_long_text(c: int) -> float:
        vals = [grid[x][c] for x in range(hr + 1, len(grid)) if grid[x][c]]
        return sum(len(v) for v in vals) / max(1, len(vals))

    phase_col = next((c for c in text_cols if header[c].strip(" :") in PHASE_HEADERS), None)
    id_col = next((c for c in text_cols if header[c].strip(" :") in ID_HEADERS), None)
    candidates = [c for c in text_cols if c not in (phase_col, id_col)]
    if not candidates:
        raise RaciError(
            f"sheet '{ws.title}': found role columns from {_ref(hr, first)} but no activity "
            "column to their left; put the activity names in the column before the roles"
        )
    act_col = max(candidates, key=is_long_text)
    if id_col is None:
        numeric = [c for c in candidates if c < act_col and all(
            re.fullmatch(r"[\w.\-]{1,8}", grid[x][c]) for x in range(hr + 1, len(grid))
            if grid[x][c])]
        id_col = numeric[-1] if numeric else None
    if phase_col is None:
        others = [c for c in candidates if c not in (act_col, id_col)]
        if others:
            phase_col = others[0]
            notes.append(f"guessed that column {_ref(hr, phase_col)[0]} "
                         f"('{grid[hr][phase_col]}') holds phases")

    roles: list[ImportedRole] = []
    person_columns = 0
    for c in role_cols:
        name, code, people = _split_header(grid[hr][c])
        if not ROLE_WORDS.search(name) and PERSON_NAME.match(name) and not people:
            people = [name]
            person_columns += 1
        roles.append(ImportedRole(name, code or "", people, get_column_letter(c + 1),
                                  _comment(ws, hr, c)))
    if person_columns:
        notes.append(
            f"{person_columns} column(s) look like people rather than roles; each became a "
            "role of the same name, filled by that person"
        )

    activities: list[ImportedActivity] = []
    used: Counter[str] = Counter()
    phase = ""
    blank_run = 0
    for r in range(hr + 1, len(grid)):
        row = grid[r]
        name = row[act_col]
        values = {c: row[c] for c in role_cols}
        if not any(row):
            blank_run += 1
            continue
        first_text = next((v for v in row if v), "")
        legend_hit = LEGEND.match(first_text) or (
            _letters(first_text) and any(v.casefold() in LETTER_NAMES for v in row if v)
        )
        if legend_hit:
            notes.append(f"row {r + 1}: a legend or key ('{first_text}'), not an activity; "
                         "skipped it and everything below")
            break
        letters_here = {c: _letters(v) for c, v in values.items() if v}
        if not name and not any(letters_here.values()):
            band = next((v for v in row if v), "")
            if band:
                phase = band
                notes.append(f"row {r + 1}: read '{band}' as a phase heading")
            continue
        if name and not any(v for v in values.values()) and phase_col is None and (
            r + 1 < len(grid) and any(grid[r + 1][c] for c in role_cols)
        ) and all(not v for i, v in enumerate(row) if i != act_col):
            phase = name
            notes.append(f"row {r + 1}: read '{name}' as a phase heading (no letters in it)")
            continue
        if not name:
            notes.append(f"row {r + 1}: letters but no activity name in {_ref(r, act_col)}; "
                         "skipped")
            continue
        if PLACEHOLDERS.match(name):
            notes.append(f"row {r + 1}: '{name}' is a placeholder; skipped")
            continue
        clean = NUMBERED.sub("", name).strip() or name
        if clean != name:
            notes.append(f"{_ref(r, act_col)}: removed the numbering from '{name}'")
        cells: dict[int, frozenset[str]] = {}
        for j, c in enumerate(role_cols):
            text = row[c]
            if not text or _is_none(text):
                continue
            found = _letters(text)
            if found is None:
                raise RaciError(
                    f"sheet '{ws.title}', cell {_ref(r, c)}: {text!r} is not a set of RACI "
                    "letters; write letters such as A, R, C, I or A/R, or leave it empty"
                )
            used.update(found)
            cells[j] = frozenset(found)
        row_phase = row[phase_col] if phase_col is not None and row[phase_col] else phase
        cell_notes = {j: text for j, c in enumerate(role_cols)
                      if (text := _comment(ws, r, c))}
        activities.append(ImportedActivity(clean, row_phase, cells, r + 1,
                                           _comment(ws, r, act_col), cell_notes))
    if blank_run:
        notes.append(f"ignored {blank_run} empty row(s)")
    if not activities:
        return None
    scheme = _detect_scheme(used)
    bad = set(used) - set(scheme.codes)
    if bad:
        raise RaciError(
            f"sheet '{ws.title}': letters {', '.join(sorted(bad))} do not fit the "
            f"{scheme.id} scheme detected from the other cells; allowed: {scheme.allowed()}"
        )
    if scheme.id != "RACI":
        notes.append(f"detected the {scheme.id} scheme from the letters used")
    title = next((v for row in grid[:hr] for v in row if v), "")
    return ImportPlan(ws.title, hr + 1, scheme.id, roles, activities, [], notes, title)


def _read_people(wb: Any) -> list[ImportedPerson]:
    if "People" not in wb.sheetnames:
        return []
    ws = wb["People"]
    rows = [[("" if v is None else str(v).strip()) for v in row]
            for row in ws.iter_rows(values_only=True)]
    if not rows or [h.casefold() for h in rows[0][:4]] != ["name", "email", "title", "roles"]:
        return []
    out = []
    for row in rows[1:]:
        row = (row + ["", "", "", ""])[:4]
        if row[0]:
            roles = [r.strip() for r in row[3].split(",") if r.strip()]
            out.append(ImportedPerson(row[0], row[1], row[2], roles))
    return out


def read_workbook(path: Path, sheet: str | None = None) -> ImportPlan:
    """Read the RACI grid from a workbook: the named sheet, or the best one found."""
    wb = _open_workbook(path)
    try:
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise RaciError(
                    f"{path}: no sheet named {sheet!r}; sheets: {', '.join(wb.sheetnames)}"
                )
            plan = read_sheet(wb[sheet])
            if plan is None:
                raise RaciError(
                    f"{path}: sheet {sheet!r} has no RACI grid (a header row with role names "
                    "and letters such as R, A, C, I below it)"
                )
        else:
            plans = []
            for name in wb.sheetnames:
                try:
                    found = read_sheet(wb[name])
                except RaciError:
                    continue  # another sheet may hold the grid; --sheet shows this one's error
                if found is not None:
                    plans.append(found)
            if not plans:
                raise RaciError(
                    f"{path}: no sheet holds a RACI grid (a header row with role names and "
                    "letters such as R, A, C, I below it)"
                )
            plan = max(plans, key=lambda p: len(p.activities) * max(1, len(p.roles)))
            if len(wb.sheetnames) > 1:
                plan.notes.insert(0, f"chose sheet '{plan.sheet}' of {len(wb.sheetnames)} "
                                     "(use --sheet to pick another)")
        plan.people = _read_people(wb)
    finally:
        wb.close()
    return plan


def apply_plan(service: ProjectService, plan: ImportPlan) -> Operation:
    """Write an import plan into a project as one step; returns the operation undoing it.

    Roles, people, phases and activities (with their cells and notes) are each
    written with one set-based insert, all in one transaction.
    """
    scheme = SCHEMES[plan.scheme]
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
                try:
                    scheme.parse("".join(letters))
                except LetterError as exc:
                    raise RaciError(f"row {act.row}: {exc}") from exc
                values[role_ids[j]] = CellValue(frozenset(letters), act.notes.get(j, ""))
            for j, note in act.notes.items():
                values.setdefault(role_ids[j], CellValue(frozenset(), note))
            phase = service.find_phase(act.phase) if act.phase else None
            new_acts.append(NewActivity(act.name, phase.id if phase else None, act.description,
                                        cells=values))
        service.apply(AddActivities(tuple(new_acts)))
    return record.inverse


def import_workbook(
    source: Path, target: Path, sheet: str | None = None, overwrite: bool = False,
    name: str | None = None,
) -> ImportPlan:
    """Create target.raci from a workbook; nothing is written unless it all succeeds."""
    if target.exists() and not overwrite:
        raise RaciError(f"{target}: already exists; choose another name or pass --force")
    plan = read_workbook(source, sheet)
    tmp = target.with_name(f".{target.name}.part")
    remove_file(tmp)
    title = name or plan.title or source.stem
    service = ProjectService.create(tmp, title[:200], plan.scheme)
    try:
        apply_plan(service, plan)
    except BaseException:
        service.close()
        remove_file(tmp)
        raise
    service.save_copy(target)
    service.close()
    remove_file(tmp)
    return plan
