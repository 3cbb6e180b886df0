"""Write a project as a finished Excel workbook (and the matrix alone as CSV).

Sheets: RACI (the matrix with colours, dropdowns, a live check column), People,
Workload (a table, then a bar chart on a page of its own), Findings (linked to
their cells), Legend (the letters, the check limits, the phases, the roles) and,
for activities derived from documents, Sources (where each came from). Every sheet has its own
print setup and every font is named, so the workbook prints and looks
the same in Excel and LibreOffice.

The workbook is streamed (openpyxl's write-only mode): rows are written as they
are made, so memory stays bounded on large projects, and every cell takes one
of a few shared named styles (``STYLES``) instead of its own style objects.
User text that could be read as a formula is always written as text;
control characters, which a workbook cannot hold, are written as visible escapes
such as ``\x1b``.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.pagebreak import Break

from raci.checks import RULES, Finding, Severity, check_project
from raci.files import check_folder, write_atomically
from raci.palette import LETTER_FILLS, PRIORITY, SEVERITY_COLOURS
from raci.state import ProjectState
from raci.templates import Provenance, builtin_source_titles
from raci.wording import counted, role_label
from raci.workload import band_letters, bands

TITLE_ROWS = 3
HEADER_ROW = 5
FIRST_ROW = HEADER_ROW + 1
FIRST_ROLE_COL = 4  # A: ID, B: Phase, C: Activity
INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
NO_LETTER_FILL = "FFFFFF"  # a matrix cell whose letters were deleted in the workbook
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LINE_HEIGHT = 15  # points per line of 11 pt text
HEADER_PADDING = 4  # points above and below the lines of the header row
MAX_ROW_HEIGHT = 400  # points (Excel's limit is 409)
ROLE_WIDTH = 18  # characters: "Engineering Lead" with room either side
HEADER_ROOM = 1  # a character of a column that a bold header line cannot use
CHART_ROW_CM = 0.5  # height of one bar in the workload chart
PAGE_HEIGHT_CM = 22.0  # a printable portrait A4 or Letter page, less margins and footer
FOOTER = "&A, page &P of &N"
FIT_ROLES = 20
LIMIT_HEADER = ("Check", "Limit", "Meaning")
LIMIT_LABELS = ("Overload", "Most responsible", "Most consulted")
PHASES_HEADER = ("No.", "Activities", "Phase")
"""The Legend sheet's list of phases, in order."""
ROLES_HEADER = ("Code", "Role", "Description")
"""The Legend sheet's list of roles, in column order: what each code on the RACI sheet
stands for, and the exact name and code the import reads back (a role heading alone
cannot tell 'Quality' with code 'QA (EU)' from 'Quality (QA' with code 'EU)')."""
SOURCES_HEADER = ("ID", "Activity", "Source", "Section", "Rationale", "Review", "Evidence")
"""The Sources sheet: where each derived activity came from (evidence as JSON)."""
"""The Legend sheet's check limits: overload, max_responsible, max_consulted (in order)."""

Progress = Callable[[int, int], None]


def _font(**kw: Any) -> Font:
    return Font(name=FONT, size=kw.pop("size", 11), **kw)


def _style(name: str, font: Font, alignment: Alignment | None = None, **kw: Any) -> NamedStyle:
    return NamedStyle(name=name, font=font, alignment=alignment or Alignment(), **kw)


_CENTER = Alignment(horizontal="center", vertical="center")


def named_styles() -> tuple[NamedStyle, ...]:
    """One named style per kind of cell, shared by every cell of that kind."""
    return (
        _style("raci-title", _font(bold=True, size=16)),
        _style("raci-subtitle", _font(italic=True, color="595959")),
        _style("raci-header", _font(bold=True, color="FFFFFF"),
               Alignment(horizontal="center", vertical="center", wrap_text=True),
               fill=HEADER_FILL, border=BORDER),
        _style("raci-text", _font(), Alignment(vertical="top", wrap_text=True)),
        _style("raci-number", _font(), Alignment(horizontal="center", vertical="top")),
        _style("raci-flagged", _font(bold=True, color=SEVERITY_COLOURS["error"]),
               Alignment(horizontal="center", vertical="top")),
        _style("raci-letter", _font(), _CENTER, border=BORDER),
        _style("raci-check", _font(), _CENTER),
        _style("raci-link", _font(color="0563C1", underline="single"),
               Alignment(vertical="top", wrap_text=True)),
        *(_style(f"raci-{severity}", _font(bold=True, color=colour), Alignment(vertical="top"))
          for severity, colour in SEVERITY_COLOURS.items()),
        *(_style(f"raci-letter-{code}", _font(bold=True), _CENTER, border=BORDER,
                 fill=PatternFill("solid", fgColor=fill))
          for code, fill in LETTER_FILLS.items()),
        # A matrix cell, filled with the colour of its strongest letter.
        *(_style(f"raci-cell-{code}", _font(), _CENTER, border=BORDER,
                 fill=PatternFill("solid", fgColor=fill))
          for code, fill in LETTER_FILLS.items()),
    )


class StreamedWorkbook(Workbook):  # type: ignore[misc]
    """A write-only workbook with the named styles registered once."""

    def __init__(self) -> None:
        super().__init__(write_only=True)
        self.style_arrays: dict[str, Any] = {}
        for style in named_styles():
            self.add_named_style(style)
            # What ``cell.style = name`` copies, kept so no cell looks the name up again.
            self.style_arrays[style.name] = style.as_tuple()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def xml_safe(text: str) -> str:
    """Text a workbook can hold: control characters become visible escapes (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _note(text: str) -> Comment:
    return Comment(xml_safe(text), "RACI Planner")


def styled(ws: Any, value: Any, style: str) -> Any:
    """A streamed cell with one of the shared named styles."""
    if isinstance(value, str):
        value = xml_safe(value)
    cell = WriteOnlyCell(ws, value=value)
    cell._style = copy(ws.parent.style_arrays[style])
    return cell


def text_cell(ws: Any, value: Any, style: str | None = "raci-text") -> Any:
    """A streamed cell; text that looks like a formula is stored as plain text."""
    if isinstance(value, str):
        value = xml_safe(value)
    cell = WriteOnlyCell(ws, value=value) if style is None or value is None else styled(
        ws, value, style)
    if isinstance(value, str) and value.startswith(INJECTION_PREFIXES):
        cell.data_type = "s"
    return cell


def role_header(name: str, code: str, people: list[str]) -> str:
    """The header text of a role column: its label ('Name (CODE)', or 'PM' alone) and the
    people below it."""
    head = role_label(name, code)
    return head + ("\n" + ", ".join(people) if people else "")


def lines_needed(text: str, width: float) -> int:
    """How many lines a text takes in a column this many characters wide, wrapped between
    words as Excel and LibreOffice do (a word longer than the column is broken)."""
    usable = max(int(width) - 1, 1)
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            if used and used + 1 + len(word) <= usable:
                used += 1 + len(word)
                continue
            if used:
                lines += 1
            lines += (len(word) - 1) // usable
            used = len(word) - (len(word) - 1) // usable * usable
        total += lines
    return total


def _print_setup(ws: Any, landscape: bool, title_rows: str | None = None,
                 fit_width: bool = True) -> None:
    """Paper orientation, one page wide (if asked), repeated headers, footer."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.font = f"{FONT},Regular"
    ws.oddFooter.center.size = 9
    ws.print_options.gridLines = False


def _widths(ws: Any, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _row_lines(values: Sequence[Any], widths: Sequence[float], room: int = 0) -> int:
    """The lines the tallest text of a row wraps to in columns of these widths."""
    lines = 1
    for value, width in zip(values, widths, strict=False):
        text = value.value if isinstance(value, Cell) else value
        if isinstance(text, str) and text:
            lines = max(lines, lines_needed(text, width - room))
    return lines


def _height(lines: int) -> float:
    """Points for this many lines of text, within the tallest row a sheet may have."""
    return min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT)


def _table(ws: Any, headers: Sequence[str], rows: Iterable[Sequence[Any]],
           widths: Sequence[float] = (), first_row: int = 1) -> int:
    """A header row and data rows (cells or plain values); returns the number of rows.

    With the column widths, a row whose text wraps is made tall enough for every
    line (a streamed sheet cannot be measured afterwards, and LibreOffice would
    otherwise print wrapped text over the next row, or cut a header in half).
    ``first_row`` is the row the header goes in.
    """
    row_number = first_row
    if widths:
        lines = _row_lines(headers, widths, HEADER_ROOM)
        if lines > 1:
            ws.row_dimensions[row_number].height = _height(lines) + HEADER_PADDING
    ws.append([text_cell(ws, h, "raci-header") for h in headers])
    count = 0
    for row in rows:
        row_number += 1
        if widths and (lines := _row_lines(row, widths)) > 1:
            ws.row_dimensions[row_number].height = _height(lines)
        ws.append([v if isinstance(v, Cell) else text_cell(ws, v) for v in row])
        count += 1
    return count


def cell_style(letters: frozenset[str]) -> str:
    """The named style of a matrix cell: filled with the colour of its strongest letter."""
    code = next((c for c in PRIORITY if c in letters), None)
    return f"raci-cell-{code}" if code else "raci-letter"


def _filled_by_row(state: ProjectState) -> dict[int, dict[int, tuple[str, str, str]]]:
    """Activity id -> {role column: (cell text, style, note)} for cells with letters or notes."""
    column = {role.id: j for j, role in enumerate(state.roles)}
    looks: dict[frozenset[str], tuple[str, str]] = {}
    out: dict[int, dict[int, tuple[str, str, str]]] = {}
    for key in state.cells.keys() | state.notes.keys():
        act_id, role_id = key
        j = column.get(role_id)
        letters = state.letters(act_id, role_id)
        if j is None or not (letters or state.notes.get(key)):
            continue
        if letters not in looks:
            looks[letters] = (state.scheme.format(letters), cell_style(letters))
        text, style = looks[letters]
        out.setdefault(act_id, {})[j] = (text, style, state.notes.get(key, ""))
    return out


def _matrix(wb: StreamedWorkbook, state: ProjectState, findings: list[Finding]) -> None:
    ws = wb.create_sheet("RACI")
    scheme = state.scheme
    people = {p.id: p.name for p in state.people}
    roles = state.roles
    last_role_col = FIRST_ROLE_COL + len(roles) - 1
    check_col = last_role_col + 1
    last_row = FIRST_ROW + max(len(state.activities), 1) - 1
    headers = ["ID", "Phase", "Activity"]
    headers += [role_header(r.name, r.code, [people[p] for p in r.people]) for r in roles]
    headers.append("Check")

    # Everything written above the rows (widths, panes, outline, page fit) is set first.
    widths = [7, 22, 42, *([ROLE_WIDTH] * len(roles)), 14]
    _widths(ws, widths)
    for col in range(FIRST_ROLE_COL, last_role_col + 1):
        ws.column_dimensions[get_column_letter(col)]._style = copy(wb.style_arrays["raci-check"])
    ws.row_dimensions[HEADER_ROW].height = LINE_HEIGHT * _row_lines(
        headers, widths, HEADER_ROOM) + HEADER_PADDING
    start = 0
    for i in range(1, len(state.activities) + 1):
        if i == len(state.activities) or state.activities[i].phase != state.activities[start].phase:
            if state.activities[start].phase:
                ws.row_dimensions.group(FIRST_ROW + start, FIRST_ROW + i - 1, outline_level=1)
            start = i
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = f"{get_column_letter(FIRST_ROLE_COL)}{FIRST_ROW}"
    # Up to FIT_ROLES roles print one page wide; wider matrices repeat ID, Phase and Activity.
    _print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                 fit_width=len(roles) <= FIT_ROLES)
    ws.print_title_cols = "A:C"

    ws.append([text_cell(ws, state.name, "raci-title")])
    ws.append([text_cell(ws, f"Exported {dt.date.today().isoformat()}", "raci-subtitle")])
    ws.append([text_cell(ws, f"Scheme: {scheme.title}", "raci-subtitle")])
    ws.append([])
    header_cells = [text_cell(ws, text, "raci-header") for text in headers]
    for role, cell in zip(roles, header_cells[FIRST_ROLE_COL - 1:], strict=False):
        if role.description:
            cell.comment = _note(role.description)
    ws.append(header_cells)

    flagged = {f.activity_id for f in findings if f.activity_id is not None}
    first = get_column_letter(FIRST_ROLE_COL)
    last = get_column_letter(last_role_col)
    owner_code, doer_code = scheme.owner, scheme.doer
    filled = _filled_by_row(state)
    for i, act in enumerate(state.activities):
        row_number = FIRST_ROW + i
        name = text_cell(ws, act.name)
        if act.description:
            name.comment = _note(act.description)
        cells: list[Any] = [
            text_cell(ws, i + 1, "raci-flagged" if act.id in flagged else "raci-number"),
            text_cell(ws, act.phase or None),
            name,
        ]
        # A cell with letters carries its colour itself, so a reader without conditional
        # formats shows it too. Empty cells are not written at all: their column style
        # centres what a user types later, and the conditional formats below colour it.
        letter_cells: list[Any] = [None] * len(roles)
        for j, (text, style, note) in filled.get(act.id, {}).items():
            cell = styled(ws, text or None, style)
            if note:
                cell.comment = _note(note)
            letter_cells[j] = cell
        cells += letter_cells
        if roles:
            span = f"{first}{row_number}:{last}{row_number}"
            owner = f'SUMPRODUCT(--ISNUMBER(SEARCH("{owner_code}",{span})))'
            doer = f'SUMPRODUCT(--ISNUMBER(SEARCH("{doer_code}",{span})))'
            cells.append(styled(ws, (
                f'=IF({owner}=0,"No {owner_code}",IF({owner}>1,"Several {owner_code}",'
                f'IF({doer}=0,"No {doer_code}","OK")))'
            ), "raci-check"))
        ws.append(cells)

    if roles and state.activities:
        area = f"{first}{FIRST_ROW}:{last}{last_row}"
        top_left = f"{first}{FIRST_ROW}"
        # Letters as the user edits them: one rule per letter, strongest first, each
        # stopping the rest, then a last rule for a cell with no letter (its grid line,
        # and white over the fill of a letter deleted since). LibreOffice applies only
        # the first rule that holds, Excel every rule up to one that stops: both colour
        # a cell by its strongest letter and draw every line.
        for code in PRIORITY:
            if code not in scheme.codes:
                continue
            ws.conditional_formatting.add(
                area,
                FormulaRule(
                    formula=[f'ISNUMBER(SEARCH("{code}",{top_left}))'],
                    fill=PatternFill("solid", fgColor=LETTER_FILLS[code],
                                     bgColor=LETTER_FILLS[code]),
                    border=BORDER,
                    stopIfTrue=True,
                ),
            )
        ws.conditional_formatting.add(area, FormulaRule(
            formula=["TRUE"], border=BORDER,
            fill=PatternFill("solid", fgColor=NO_LETTER_FILL, bgColor=NO_LETTER_FILL)))
        check_letter = get_column_letter(check_col)
        ws.conditional_formatting.add(
            f"{check_letter}{FIRST_ROW}:{check_letter}{last_row}",
            FormulaRule(
                formula=[f'{check_letter}{FIRST_ROW}<>"OK"'],
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
        ws.data_validations.append(dv)

    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(check_col)}{last_row}"


def _people(wb: StreamedWorkbook, state: ProjectState) -> None:
    ws = wb.create_sheet("People")
    roles = {r.id: r.name for r in state.roles}
    widths = (24, 30, 24, 40)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    _print_setup(ws, landscape=False, title_rows="1:1")
    _table(ws, ["Name", "Email", "Title", "Roles"],
           ([p.name, p.email, p.title, ", ".join(roles[r] for r in p.roles)]
            for p in state.people), widths)


def _workload(wb: StreamedWorkbook, state: ProjectState) -> None:
    """Each activity counted once per role and person, under its most significant letter."""
    ws = wb.create_sheet("Workload")
    scheme = state.scheme
    order = band_letters(state)
    labels = [order[0], f"{order[1]} (not {order[0]})", *(f"{c} only" for c in order[2:])]
    rows = bands(state)
    threshold = state.thresholds.overload
    # One portrait page wide, fallback fonts too: a longer name or heading wraps, and its
    # row is made taller for it.
    widths = (7, 26, *([8] * len(order)), 8)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    # No fit-to-page here: Excel ignores manual page breaks on fitted sheets.
    _print_setup(ws, landscape=False, title_rows="1:1", fit_width=False)
    data_rows = []
    for b in rows:
        style = "raci-flagged" if b.load > threshold else "raci-number"
        data_rows.append([b.kind, b.name, *(text_cell(ws, n, "raci-number") for n in b.counts),
                          text_cell(ws, b.load, style)])
    _table(ws, ["Kind", "Name", *labels, f"{scheme.owner} or {scheme.doer}"], data_rows, widths)
    ws.append([])
    ws.append([text_cell(ws, f"Overload threshold: more than {counted(threshold, 'activity')} with "
                             f"{scheme.owner} or {scheme.doer}", "raci-subtitle")])
    if not rows:
        return
    # The chart starts on a fresh page and is no taller than one page.
    chart_row = len(rows) + 4
    ws.row_breaks.append(Break(id=chart_row - 1))
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Activities per role and person, by their most significant letter"
    chart.y_axis.title = "Activities"
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    data = Reference(ws, min_col=3, max_col=2 + len(order), min_row=1, max_row=len(rows) + 1)
    names = Reference(ws, min_col=2, min_row=2, max_row=len(rows) + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    for series, code in zip(chart.series, order, strict=True):
        series.graphicalProperties.solidFill = LETTER_FILLS.get(code, "BFBFBF")
        series.graphicalProperties.line.solidFill = "606060"
    chart.height = min(PAGE_HEIGHT_CM, max(7.5, CHART_ROW_CM * len(rows) + 4))
    chart.width = 17
    ws.add_chart(chart, f"A{chart_row}")


SEVERITY_WORDS = {Severity.ERROR: "Error", Severity.WARNING: "Warning",
                  Severity.INFO: "Suggestion"}
"""A finding's severity on the Findings sheet, in the app's words (its panel lists info
findings as suggestions)."""


def problem_words(rule: str) -> str:
    """What a check finds, as a reader of the workbook says it ("Two or more people fill the
    owner role"), never its rule id ("shared-accountable")."""
    meaning = RULES[rule][1] if rule in RULES else rule.replace("-", " ")
    return meaning[:1].upper() + meaning[1:]


def _findings(wb: StreamedWorkbook, state: ProjectState, findings: list[Finding]) -> None:
    ws = wb.create_sheet("Findings")
    widths = (10, 22, 30, 22, 20, 60)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    _print_setup(ws, landscape=True, title_rows="1:1")
    rows = {a.id: FIRST_ROW + i for i, a in enumerate(state.activities)}
    cols = {r.id: FIRST_ROLE_COL + j for j, r in enumerate(state.roles)}
    raci = quote_sheetname("RACI")

    def line(f: Finding) -> list[Any]:
        # The activity (or, for a role's finding, the role) links to its cell; the message
        # stays plain text, which LibreOffice wraps (it prints a link on one line, cut off).
        activity, role = text_cell(ws, f.activity), text_cell(ws, f.role)
        link = activity if f.activity_id is not None else role
        row = rows.get(f.activity_id) if f.activity_id is not None else None
        col = cols.get(f.role_id, 3) if f.role_id is not None else 3
        if row is None and f.role_id is not None:
            row, col = HEADER_ROW, cols.get(f.role_id, 3)
        if row is not None:
            link.hyperlink = Hyperlink(ref="", location=f"{raci}!{get_column_letter(col)}{row}")
            link._style = copy(wb.style_arrays["raci-link"])
        return [text_cell(ws, SEVERITY_WORDS[f.severity], f"raci-{f.severity.value}"),
                problem_words(f.rule), activity, role, f.person, f.message]

    count = _table(ws, ["Severity", "Problem", "Activity", "Role", "Person", "Message"],
                   (line(f) for f in findings), widths)
    if count:
        ws.auto_filter.ref = f"A1:F{count + 1}"


def check_limits(state: ProjectState) -> list[tuple[str, int, str]]:
    """The project's check thresholds as (label, limit, meaning) rows of the Legend sheet."""
    t, scheme = state.thresholds, state.scheme
    return [
        (LIMIT_LABELS[0], t.overload, f"A role or person with more activities than this "
                                      f"holding {scheme.owner} or {scheme.doer} is overloaded"),
        (LIMIT_LABELS[1], t.max_responsible,
         f"An activity with more {scheme.doer} than this has too many doers"),
        (LIMIT_LABELS[2], t.max_consulted,
         f"An activity with more {scheme.consulted} than this consults too many"),
    ]


def _legend(wb: StreamedWorkbook, state: ProjectState) -> None:
    ws = wb.create_sheet("Legend")
    widths = (max(9, *(len(label) + 2 for label in LIMIT_LABELS)), 18, 60)
    _widths(ws, widths)
    _print_setup(ws, landscape=False, title_rows="1:1")
    row = 1 + 2 + _table(ws, ["Letter", "Meaning", "Description"],
                         ([text_cell(ws, letter.code, f"raci-letter-{letter.code}"
                                     if letter.code in LETTER_FILLS else "raci-letter"),
                           letter.name, letter.meaning] for letter in state.scheme.letters),
                         widths)
    ws.append([])
    row += 2 + _table(ws, list(LIMIT_HEADER),
                      ([label, text_cell(ws, limit, "raci-number"), meaning]
                       for label, limit, meaning in check_limits(state)), widths, row)
    if state.phases:  # every phase in order, one without activities too
        counts = {p.name: 0 for p in state.phases}
        for act in state.activities:
            if act.phase:
                counts[act.phase] += 1
        ws.append([])
        row += 2 + _table(ws, list(PHASES_HEADER),
                          ([text_cell(ws, i, "raci-number"), text_cell(ws, n, "raci-number"),
                            name] for i, (name, n) in enumerate(counts.items(), start=1)),
                          widths, row)
    if state.roles:
        ws.append([])
        _table(ws, list(ROLES_HEADER),
               ([role.code, role.name, role.description] for role in state.roles), widths, row)


def _sources(wb: StreamedWorkbook, state: ProjectState) -> None:
    """Where activities came from (derived from documents), when any has it recorded."""
    found = [(i, act, p) for i, act in enumerate(state.activities, start=1)
             if not (p := Provenance.from_text(act.provenance)).is_empty()]
    if not found:
        return
    ws = wb.create_sheet("Sources")
    titles = builtin_source_titles()  # a source a template stored under a file name
    widths = (7, 36, 24, 20, 40, 30, 40)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    _print_setup(ws, landscape=True, title_rows="1:1")
    _table(ws, list(SOURCES_HEADER), (
        [text_cell(ws, i, "raci-number"), act.name, titles.get(p.source, p.source), p.section,
         p.rationale,
         "\n".join(p.review),
         json.dumps([e.as_dict() for e in p.evidence], ensure_ascii=False) if p.evidence
         else ""]
        for i, act, p in found), widths)


def _abandon(wb: Workbook) -> None:
    """Finish the sheets already streamed of a workbook that will not be saved (its export
    was cancelled, or failed), so that no half-made sheet is left for openpyxl to report as
    tracebacks once it is freed."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):  # (a sheet not started, or already closed)
            ws.close()


def build_workbook(state: ProjectState, progress: Progress | None = None,
                   findings: list[Finding] | None = None) -> Workbook:
    """The complete workbook for a project state (streamed: it can be saved once).

    ``findings`` are the state's findings when the caller already has them (the app
    keeps them current); otherwise every rule runs once here.
    """
    findings = check_project(state) if findings is None else findings
    wb = StreamedWorkbook()
    steps: list[Callable[[], Any]] = [
        lambda: _matrix(wb, state, findings),
        lambda: _people(wb, state),
        lambda: _workload(wb, state),
        lambda: _findings(wb, state, findings),
        lambda: _legend(wb, state),
        lambda: _sources(wb, state),
    ]
    try:
        for i, step in enumerate(steps):
            step()
            if progress:
                progress(i + 1, len(steps) + 1)
    except BaseException:
        _abandon(wb)
        raise
    wb.properties.title = xml_safe(f"{state.name}: RACI matrix")
    wb.properties.creator = "RACI Planner"
    wb.properties.subject = "Responsibility assignment matrix"
    return wb


def export_xlsx(state: ProjectState, target: Path, progress: Progress | None = None,
                findings: list[Finding] | None = None) -> None:
    """Write the workbook to target; a failed export leaves no partial file.

    The workbook is built once the file to write is open: a folder that refuses it
    (read-only, no permission) leaves no streamed sheet half-made, whose unfinished
    XML openpyxl would report as tracebacks when Python exits."""
    check_folder(target)
    write_atomically(target, lambda fh: build_workbook(state, progress, findings).save(fh))
    if progress:
        progress(1, 1)


def csv_safe(text: str) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(INJECTION_PREFIXES) else text


def export_csv(state: ProjectState, target: Path) -> None:
    """Write the matrix alone as CSV: ID, Phase, Activity and one column per role, headed
    'Name (CODE)' (the code alone where it is the name), as the import reads it back."""
    check_folder(target)

    def write(raw: BinaryIO) -> None:
        fh = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(fh)
        writer.writerow(["ID", "Phase", "Activity", *(csv_safe(
            r.code if r.name.casefold() == r.code.casefold() else f"{r.name} ({r.code})")
            for r in state.roles)])
        for i, act in enumerate(state.activities, start=1):
            writer.writerow(
                [i, csv_safe(act.phase), csv_safe(act.name),
                 *(state.cell_text(act.id, r.id) for r in state.roles)]
            )
        fh.flush()
        fh.detach()  # the caller closes the file once it is on disk

    write_atomically(target, write)
