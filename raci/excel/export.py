"""Write a project as a finished Excel workbook (and the matrix alone as CSV).

Sheets: RACI (the matrix with colours, dropdowns, a live check column, print
setup), People, Workload (with a bar chart), Findings (linked to their cells)
and Legend. User text that could be read as a formula is always written as text;
control characters, which a workbook cannot hold, are written as visible escapes
such as ``\x1b``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from raci.checks import Finding, check_project
from raci.files import check_folder, write_atomically
from raci.palette import LETTER_FILLS, PRIORITY, SEVERITY_COLOURS
from raci.state import ProjectState

TITLE_ROWS = 3
HEADER_ROW = 5
FIRST_ROW = HEADER_ROW + 1
FIRST_ROLE_COL = 4  # A: ID, B: Phase, C: Activity
INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

Progress = Callable[[int, int], None]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def xml_safe(text: str) -> str:
    """Text a workbook can hold: control characters become visible escapes (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _note(text: str) -> Comment:
    return Comment(xml_safe(text), "RACI Planner")


def put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    """Write a value; text that looks like a formula is stored as plain text."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = xml_safe(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(INJECTION_PREFIXES):
        cell.data_type = "s"
    return cell


def role_header(name: str, code: str, people: list[str]) -> str:
    """The header text of a role column: 'Name (CODE)' and the people below it."""
    head = f"{name} ({code})"
    return head + ("\n" + ", ".join(people) if people else "")


def _matrix(wb: Workbook, state: ProjectState, findings: list[Finding]) -> Worksheet:
    ws = wb.active
    assert ws is not None
    ws.title = "RACI"
    scheme = state.scheme
    people = {p.id: p.name for p in state.people}
    put(ws, 1, 1, state.name).font = Font(bold=True, size=16)
    put(ws, 2, 1, f"Exported {dt.date.today().isoformat()}")
    put(ws, 3, 1, f"Scheme: {scheme.title}")
    ws.cell(2, 1).font = ws.cell(3, 1).font = Font(italic=True, color="595959")

    headers = ["ID", "Phase", "Activity"]
    headers += [role_header(r.name, r.code, [people[p] for p in r.people]) for r in state.roles]
    headers.append("Check")
    for col, text in enumerate(headers, start=1):
        cell = put(ws, HEADER_ROW, col, text)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, BORDER
        role_index = col - FIRST_ROLE_COL
        if 0 <= role_index < len(state.roles) and state.roles[role_index].description:
            cell.comment = _note(state.roles[role_index].description)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    last_role_col = FIRST_ROLE_COL + len(state.roles) - 1
    check_col = last_role_col + 1
    flagged = {f.activity_id for f in findings if f.activity_id is not None}

    for i, act in enumerate(state.activities):
        row = FIRST_ROW + i
        put(ws, row, 1, i + 1)
        put(ws, row, 2, act.phase)
        put(ws, row, 3, act.name).alignment = Alignment(wrap_text=True, vertical="top")
        if act.description:
            ws.cell(row, 3).comment = _note(act.description)
        for j, role in enumerate(state.roles):
            cell = put(ws, row, FIRST_ROLE_COL + j, state.cell_text(act.id, role.id) or None)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.border = BORDER
            note = state.notes.get((act.id, role.id))
            if note:
                cell.comment = _note(note)
        if state.roles:
            first = f"{get_column_letter(FIRST_ROLE_COL)}{row}"
            last = f"{get_column_letter(last_role_col)}{row}"
            span = f"{first}:{last}"
            owner = f'SUMPRODUCT(--ISNUMBER(SEARCH("{scheme.owner}",{span})))'
            doer = f'SUMPRODUCT(--ISNUMBER(SEARCH("{scheme.doer}",{span})))'
            ws.cell(row, check_col).value = (
                f'=IF({owner}=0,"No {scheme.owner}",IF({owner}>1,"Several {scheme.owner}",'
                f'IF({doer}=0,"No {scheme.doer}","OK")))'
            )
        ws.cell(row, check_col).alignment = Alignment(horizontal="center")
        if act.id in flagged:
            ws.cell(row, 1).font = Font(bold=True, color=SEVERITY_COLOURS["error"])

    last_row = FIRST_ROW + max(len(state.activities), 1) - 1
    if state.roles and state.activities:
        area = (
            f"{get_column_letter(FIRST_ROLE_COL)}{FIRST_ROW}:"
            f"{get_column_letter(last_role_col)}{last_row}"
        )
        top_left = f"{get_column_letter(FIRST_ROLE_COL)}{FIRST_ROW}"
        for code in PRIORITY:
            if code not in scheme.codes:
                continue
            ws.conditional_formatting.add(
                area,
                FormulaRule(
                    formula=[f'ISNUMBER(SEARCH("{code}",{top_left}))'],
                    fill=PatternFill("solid", fgColor=LETTER_FILLS[code],
                                     bgColor=LETTER_FILLS[code]),
                    stopIfTrue=True,
                ),
            )
        check_letter = get_column_letter(check_col)
        check_area = f"{check_letter}{FIRST_ROW}:{check_letter}{last_row}"
        ws.conditional_formatting.add(
            check_area,
            FormulaRule(
                formula=[f'{get_column_letter(check_col)}{FIRST_ROW}<>"OK"'],
                font=Font(bold=True, color=SEVERITY_COLOURS["error"]),
            ),
        )
        choices = ",".join(scheme.common_combinations())
        dv = DataValidation(
            type="list", formula1=f'"{choices}"', allow_blank=True, showErrorMessage=True,
            errorTitle="Not a letter of this scheme",
            error=f"Use {scheme.allowed()} or a combination such as "
                  f"{scheme.format({scheme.owner, scheme.doer})}.",
        )
        dv.add(area)
        ws.add_data_validation(dv)

    # Each phase is a collapsible outline group, so stakeholders can fold phases away.
    start = 0
    for i in range(1, len(state.activities) + 1):
        if i == len(state.activities) or state.activities[i].phase != state.activities[start].phase:
            if state.activities[start].phase:
                ws.row_dimensions.group(FIRST_ROW + start, FIRST_ROW + i - 1, outline_level=1)
            start = i
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = ws.cell(FIRST_ROW, FIRST_ROLE_COL)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(check_col)}{last_row}"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 42
    for j in range(len(state.roles)):
        ws.column_dimensions[get_column_letter(FIRST_ROLE_COL + j)].width = 16
    ws.column_dimensions[get_column_letter(check_col)].width = 14
    ws.row_dimensions[HEADER_ROW].height = 48
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.gridLines = False
    return ws


def _people(wb: Workbook, state: ProjectState) -> None:
    ws = wb.create_sheet("People")
    roles = {r.id: r.name for r in state.roles}
    for col, text in enumerate(["Name", "Email", "Title", "Roles"], start=1):
        cell = put(ws, 1, col, text)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    for i, p in enumerate(state.people, start=2):
        put(ws, i, 1, p.name)
        put(ws, i, 2, p.email)
        put(ws, i, 3, p.title)
        put(ws, i, 4, ", ".join(roles[r] for r in p.roles))
    for letter, width in zip("ABCD", (26, 32, 28, 48), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"


def workload(state: ProjectState) -> tuple[list[str], list[tuple[str, str, list[int]]]]:
    """Letter counts per role and per person: (letters, [(kind, name, counts)])."""
    letters = list(state.scheme.codes)
    rows: list[tuple[str, str, list[int]]] = []
    for role in state.roles:
        counts = [
            sum(1 for a in state.activities if code in state.letters(a.id, role.id))
            for code in letters
        ]
        rows.append(("Role", f"{role.name} ({role.code})", counts))
    for person in state.people:
        counts = [
            sum(
                1 for a in state.activities
                if any(code in state.letters(a.id, r) for r in person.roles)
            )
            for code in letters
        ]
        rows.append(("Person", person.name, counts))
    return letters, rows


def _workload(wb: Workbook, state: ProjectState) -> None:
    ws = wb.create_sheet("Workload")
    letters, rows = workload(state)
    for col, text in enumerate(["Kind", "Name", *letters], start=1):
        cell = put(ws, 1, col, text)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    for i, (kind, name, counts) in enumerate(rows, start=2):
        put(ws, i, 1, kind)
        put(ws, i, 2, name)
        for j, n in enumerate(counts):
            put(ws, i, 3 + j, n)
    ws.column_dimensions["B"].width = 36
    put(ws, len(rows) + 3, 1, "Overload threshold (A or R)")
    put(ws, len(rows) + 3, 3, state.thresholds.overload)
    if rows:
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = "Letters per role and person"
        chart.y_axis.title = "Activities"
        data = Reference(ws, min_col=3, max_col=2 + len(letters), min_row=1, max_row=len(rows) + 1)
        names = Reference(ws, min_col=2, min_row=2, max_row=len(rows) + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(names)
        for series, code in zip(chart.series, letters, strict=True):
            series.graphicalProperties.solidFill = LETTER_FILLS.get(code, "BFBFBF")
        chart.height = max(7.5, 0.6 * len(rows) + 3)
        chart.width = 18
        ws.add_chart(chart, f"{get_column_letter(len(letters) + 4)}2")


def _findings(wb: Workbook, state: ProjectState, findings: list[Finding]) -> None:
    ws = wb.create_sheet("Findings")
    for col, text in enumerate(["Severity", "Rule", "Activity", "Role", "Person", "Message"], 1):
        cell = put(ws, 1, col, text)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    rows = {a.id: FIRST_ROW + i for i, a in enumerate(state.activities)}
    cols = {r.id: FIRST_ROLE_COL + j for j, r in enumerate(state.roles)}
    for i, f in enumerate(findings, start=2):
        put(ws, i, 1, f.severity.value).font = Font(bold=True, color=SEVERITY_COLOURS[f.severity])
        put(ws, i, 2, f.rule)
        put(ws, i, 3, f.activity)
        put(ws, i, 4, f.role)
        put(ws, i, 5, f.person)
        put(ws, i, 6, f.message)
        row = rows.get(f.activity_id) if f.activity_id is not None else None
        col = cols.get(f.role_id, 3) if f.role_id is not None else 3
        if row is None and f.role_id is not None:
            row, col = HEADER_ROW, cols.get(f.role_id, 3)
        if row is not None:
            target = ws.cell(i, 6)
            target.hyperlink = f"#{quote_sheetname('RACI')}!{get_column_letter(col)}{row}"
            target.font = Font(color="0563C1", underline="single")
    for letter, width in zip("ABCDEF", (10, 22, 30, 24, 20, 90), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    if findings:
        ws.auto_filter.ref = f"A1:F{len(findings) + 1}"


def _legend(wb: Workbook, state: ProjectState) -> None:
    ws = wb.create_sheet("Legend")
    for col, text in enumerate(["Letter", "Meaning", "Description"], start=1):
        cell = put(ws, 1, col, text)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    for i, letter in enumerate(state.scheme.letters, start=2):
        cell = put(ws, i, 1, letter.code)
        cell.fill = PatternFill("solid", fgColor=LETTER_FILLS.get(letter.code, "FFFFFF"))
        cell.alignment = Alignment(horizontal="center")
        put(ws, i, 2, letter.name)
        put(ws, i, 3, letter.meaning)
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 70


def build_workbook(state: ProjectState, progress: Progress | None = None) -> Workbook:
    """The complete workbook for a project state."""
    findings = check_project(state)
    wb = Workbook()
    steps: list[Callable[[], Any]] = [
        lambda: _matrix(wb, state, findings),
        lambda: _people(wb, state),
        lambda: _workload(wb, state),
        lambda: _findings(wb, state, findings),
        lambda: _legend(wb, state),
    ]
    for i, step in enumerate(steps):
        step()
        if progress:
            progress(i + 1, len(steps) + 1)
    wb.properties.title = xml_safe(f"{state.name}: RACI matrix")
    wb.properties.creator = "RACI Planner"
    wb.properties.subject = "Responsibility assignment matrix"
    return wb


def export_xlsx(state: ProjectState, target: Path, progress: Progress | None = None) -> None:
    """Write the workbook to target; a failed export leaves no partial file."""
    check_folder(target)
    wb = build_workbook(state, progress)
    write_atomically(target, wb.save)
    if progress:
        progress(1, 1)


def csv_safe(text: str) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(INJECTION_PREFIXES) else text


def export_csv(state: ProjectState, target: Path) -> None:
    """Write the matrix alone as CSV: ID, Phase, Activity and one column per role code."""
    check_folder(target)

    def write(raw: BinaryIO) -> None:
        fh = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(fh)
        writer.writerow(["ID", "Phase", "Activity", *(csv_safe(r.code) for r in state.roles)])
        for i, act in enumerate(state.activities, start=1):
            writer.writerow(
                [i, csv_safe(act.phase), csv_safe(act.name),
                 *(state.cell_text(act.id, r.id) for r in state.roles)]
            )
        fh.flush()
        fh.detach()  # the caller closes the file once it is on disk

    write_atomically(target, write)
