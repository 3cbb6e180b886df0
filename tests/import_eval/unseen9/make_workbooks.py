"""Build the tenth held-out set of RACI workbooks and its truth.json, then read every file back.

Run from anywhere: ``python tests/import_eval/unseen9/make_workbooks.py``. Needs openpyxl and
LibreOffice (``soffice``) for the .ods, .xlsm and the formula workbook (whose cached values
LibreOffice computes). The files, truth.json and the read-back check are all made here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent

Lets = list[list[str]]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(rgb: str) -> PatternFill:
    return PatternFill("solid", start_color=rgb, end_color=rgb)


def parse(spec: str, n: int) -> Lets:
    """'A R . AR C' -> [['A'], ['R'], [], ['A', 'R'], ['C']] (letters in written order)."""
    toks = spec.split()
    assert len(toks) == n, (spec, n)
    return [[] if t == "." else list(t) for t in toks]


def role(
    col: str | None, name: str, aliases: list[str] | None = None, parts: list[str] | None = None
) -> dict[str, Any]:
    return {"col": col, "name": name, "aliases": aliases or [], "parts": parts or []}


def entry(
    *,
    sheet: str | None,
    roles: list[dict[str, Any]],
    acts: list[tuple[int, str, Lets]],
    heads: str,
    shape: str,
    notes: str,
    phase_rows: list[Any],
) -> dict[str, Any]:
    activities = []
    no_a, many_a, no_r = [], [], []
    used: set[str] = set()
    for i, (row, name, lets) in enumerate(acts):
        assert len(lets) == len(roles), name
        letters = {str(j): list(lt) for j, lt in enumerate(lets) if lt}
        activities.append({"row": row, "name": name, "letters": letters})
        flat = [x for lt in lets for x in lt]
        used.update(flat)
        if flat.count("A") == 0:
            no_a.append(i)
        if flat.count("A") > 1:
            many_a.append(i)
        if flat.count("R") == 0:
            no_r.append(i)
    assert no_a and many_a and no_r, "each workbook carries all three owner problems"
    return {
        "sheet": sheet,
        "roles": roles,
        "heads": heads,
        "shape": shape,
        "notes": notes,
        "placeholder": None,
        "phase_rows": phase_rows,
        "n": len(activities),
        "activities": activities,
        "missing_accountable": no_a,
        "multiple_accountable": many_a,
        "missing_responsible": no_r,
        "letters_used": sorted(used),
    }


def owner_note(e: dict[str, Any]) -> str:
    names = [a["name"] for a in e["activities"]]

    def q(idx: list[int]) -> str:
        return ", ".join(f"'{names[i]}'" for i in idx)

    return (
        f"no A: {q(e['missing_accountable'])}; more than one A: {q(e['multiple_accountable'])}; "
        f"no R: {q(e['missing_responsible'])}"
    )


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--calc", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    ext = fmt.split(":")[0]
    out = outdir / (src.stem + "." + ext)
    assert out.exists(), out
    return out


def widths(ws: Worksheet, spec: dict[str, float]) -> None:
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def cols(first: str, n: int) -> list[str]:
    start = column_index_from_string(first)
    return [get_column_letter(start + i) for i in range(n)]


# --------------------------------------------------------------------------- 1 Funktionendiagramm

def wb_funktionendiagramm(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "Funktionendiagramm_Beschaffung_Steuerapplikation.xlsx"
    heads = [
        ("Regierungsrat", [], []),
        ("Amtsvorsteher/in Steuerverwaltung", ["Amtsvorsteherin Steuerverwaltung",
                                               "Amtsvorsteher Steuerverwaltung"], []),
        ("Projektleiter/in", ["Projektleiterin", "Projektleiter"], []),
        ("Amt für Informatik (AFI)", ["Amt für Informatik", "AFI"],
         ["Amt für Informatik", "AFI"]),
        ("Fachbereich Veranlagung", [], []),
        ("Rechtsdienst", [], []),
        ("Finanzkontrolle", [], []),
        ("Datenschutzbeauftragte/r", ["Datenschutzbeauftragte", "Datenschutzbeauftragter"], []),
    ]
    codes = ["RR", "STV-01", "STV-PL", "AFI-10", "STV-VA", "STV-RD", "FIKO", "DSB"]
    rc = cols("C", len(heads))
    rows_spec: list[tuple[str, str, str | None]] = [
        ("1", "Initialisierung", None),
        ("1.1", "Projektauftrag erteilen", ". A R C C . . ."),
        ("1.2", "Ist-Analyse der Veranlagungsprozesse", ". I A C R . . ."),
        ("1.3", "Schutzbedarfsanalyse (ISDS-Konzept)", ". I R A C . . C"),
        ("1.4", "Wirtschaftlichkeitsrechnung", ". A R C . . C ."),
        ("2", "Ausschreibung (offenes Verfahren)", None),
        ("2.1", "Pflichtenheft erstellen", ". A R C R . . C"),
        ("2.2", "Ausschreibungsunterlagen rechtlich prüfen", ". I C . . AR . ."),
        ("2.3", "Publikation auf simap.ch", ". A R . . C . ."),
        ("2.4", "Fragen der Anbieter beantworten", ". . AR C C C . ."),
        ("2.5", "Angebote bewerten", ". C R C R . . ."),
        ("3", "Zuschlag und Vertrag", None),
        ("3.1", "Zuschlagsverfügung", "A C R . . C . ."),
        ("3.2", "Verpflichtungskredit beantragen", "A A R . . . C ."),
        ("3.3", "Vertrag unterzeichnen", "A R C C . C . ."),
        ("4", "Einführung", None),
        ("4.1", "Datenmigration", ". I A R C . . C"),
        ("4.2", "Abnahmetest", ". A C C R . . ."),
        ("4.3", "Schulung der Mitarbeitenden", ". I A . R . . ."),
        ("4.4", "Produktivsetzung", ". A R R C . . I"),
        ("4.5", "Projektabschlussbericht an den Regierungsrat", "I A C . C . C ."),
    ]
    to_sym = {"A": "E", "R": "D", "C": "M", "I": "I"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Funktionendiagramm"
    ws["A1"] = "Funktionendiagramm – Beschaffung Fachapplikation Steuerveranlagung"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kantonale Steuerverwaltung · Projekt NEST · Stand 14.03.2025 · Version 2.1"
    ws["A3"] = (
        "Legende:  E = entscheidet / genehmigt (entspricht A)   D = führt durch (entspricht R)   "
        "M = wirkt mit, wird angehört (entspricht C)   I = wird informiert (entspricht I)"
    )
    ws["A3"].font = Font(italic=True)
    hr = 5
    ws.cell(hr, 1, "Nr.")
    ws.cell(hr, 2, "Aufgabe")
    for c, (name, _, _) in zip(rc, heads, strict=True):
        ws[f"{c}{hr}"] = name
    for c in ["A", "B", *rc]:
        cell = ws[f"{c}{hr}"]
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(text_rotation=90 if c in rc else 0, horizontal="center",
                                   vertical="bottom", wrap_text=True)
        cell.border = BOX
    ws.row_dimensions[hr].height = 150
    # hidden row of position codes under the heads
    ws.cell(hr + 1, 2, "Stellen-Nr.")
    for c, code in zip(rc, codes, strict=True):
        ws[f"{c}{hr + 1}"] = code
    ws.row_dimensions[hr + 1].hidden = True
    r = hr + 2
    acts: list[tuple[int, str, Lets]] = []
    phase_rows: list[int] = []
    for nr, text, spec in rows_spec:
        ws.cell(r, 1, nr)
        ws.cell(r, 2, text)
        if spec is None:
            phase_rows.append(r)
            for c in ["A", "B", *rc]:
                ws[f"{c}{r}"].fill = fill("D9E1F2")
                ws[f"{c}{r}"].font = BOLD
        else:
            lets = parse(spec, len(rc))
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{c}{r}"] = "/".join(to_sym[x] for x in lt)
                ws[f"{c}{r}"].alignment = CENTRE
            acts.append((r, text, lets))
        for c in ["A", "B", *rc]:
            ws[f"{c}{r}"].border = BOX
        r += 1
    ws.cell(r + 1, 1, "Genehmigt durch die Geschäftsleitung STV am 20.03.2025.")
    ws.freeze_panes = "C7"
    widths(ws, {"A": 6, "B": 46, **{c: 7 for c in rc}})
    ws2 = wb.create_sheet("Stellen")
    ws2.append(["Stellen-Nr.", "Stelle", "Inhaber/in"])
    holders = ["(Kollegialbehörde)", "Dr. U. Brunner", "M. Keller", "R. Gashi", "S. Frei",
               "lic. iur. A. Meier", "P. Zürcher", "C. Rossi"]
    for code, (name, _, _), who in zip(codes, heads, holders, strict=True):
        ws2.append([code, name, who])
    widths(ws2, {"A": 12, "B": 36, "C": 22})
    wb.save(tmp / fname)
    shutil.copy(tmp / fname, HERE / fname)

    e = entry(
        sheet=None,
        roles=[role(c, n, a, p) for c, (n, a, p) in zip(rc, heads, strict=True)],
        acts=acts,
        heads=f"eight Stellen (positions) as rotated heads in row {hr} (C:J) after 'Nr.' and "
        "'Aufgabe'; a HIDDEN row 6 under them holds position codes (RR, STV-01 ...)",
        shape="Swiss cantonal 'Funktionendiagramm' (German): the cells use the German letters "
        "E (entscheidet), D (führt durch), M (wirkt mit), I (wird informiert), and the legend "
        "line above the grid gives each one's RACI equivalent (E = A, D = R, M = C, I = I); "
        "'E/D' cells; numbered phase rows 1-4 filled blue; hidden position-code row under the "
        "heads; second sheet 'Stellen' lists codes, positions and post holders; frozen panes",
        notes="letters translated by the legend: E -> A, D -> R, M -> C, I -> I ('E/D' = A+R); "
        "the hidden code row 6 and the phase rows are not activities; the 'Stellen' sheet is "
        "a list, not a matrix; ",
        phase_rows=phase_rows,
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 2 symbols

def wb_symbols(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "community_grants_raci_symbols.xlsx"
    names = ["Councillors", "Chief Executive Officer", "Manager Community Development",
             "Grants Officer", "Finance Officer", "Assessment Panel", "Communications Officer"]
    aliases = [[], ["CEO"], [], [], [], [], []]
    rc = cols("D", len(names))
    tasks = [
        ("Review guidelines and funding priorities", "A I R C C C .", "Jun"),
        ("Set the budget for the round", "A C C . R . .", "Jun"),
        ("Open the round and promote it", ". . A R . . R", "Jul"),
        ("Run applicant information sessions", ". . A R . . C", "Jul"),
        ("Answer applicant enquiries", ". . . AR . . .", "Jul–Aug"),
        ("Check eligibility of applications", ". . A R C . .", "Aug"),
        ("Assess and score applications", ". . C C . R .", "Sep"),
        ("Declare conflicts of interest", ". A . R . R .", "Sep"),
        ("Recommend grants to Council", ". C A R C R .", "Sep"),
        ("Council resolution on grants", "AR I C I I I I", "Oct"),
        ("Notify applicants of the outcome", ". . A R . . C", "Oct"),
        ("Sign funding agreements", ". A R R C . .", "Oct"),
        ("Make grant payments", ". . A C R . .", "Nov"),
        ("Media release on funded projects", ". A A C . . R", "Nov"),
        ("Acquittal reports from grantees", ". . A R C . .", "Jun"),
        ("Evaluate the round", "I C A C C C I", "Jul"),
    ]
    sym = {"R": "●", "A": "▲", "C": "○", "I": "△"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrix"
    ws.sheet_view.showGridLines = False
    ws["B2"] = "Community Grants Program 2025–26 — Responsibility Matrix"
    ws["B2"].font = Font(bold=True, size=16, color="1F5F3F")
    ws["B3"] = "Community Development Directorate · document CD-GR-04 · adopted 12 May 2025"
    ws["B5"] = "KEY"
    ws["B5"].font = BOLD
    key = [("●", "Responsible — does the work"), ("▲", "Accountable — owns the outcome, signs off"),
           ("○", "Consulted — gives input before"), ("△", "Informed — told after")]
    for i, (s, txt) in enumerate(key):
        ws.cell(6 + i, 2, s).alignment = CENTRE
        ws.cell(6 + i, 3, txt)
        ws.merge_cells(start_row=6 + i, start_column=3, end_row=6 + i, end_column=5)
    ws["B10"] = "Where one role holds both, the cell shows ▲●."
    ws["B10"].font = Font(italic=True, size=9)
    hr = 12
    ws.cell(hr, 2, "Step")
    ws.cell(hr, 3, "Task")
    for c, n in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = n
    ws.cell(hr, column_index_from_string(rc[-1]) + 1, "Timing")
    for ci in range(2, column_index_from_string(rc[-1]) + 2):
        cell = ws.cell(hr, ci)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F5F3F")
        cell.alignment = CENTRE
        cell.border = BOX
    ws.row_dimensions[hr].height = 48
    acts = []
    for i, (task, spec, when) in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 2, i + 1)
        ws.cell(r, 3, task)
        lets = parse(spec, len(rc))
        for c, lt in zip(rc, lets, strict=True):
            if lt:
                ws[f"{c}{r}"] = "".join(sym[x] for x in lt)
            ws[f"{c}{r}"].alignment = CENTRE
            ws[f"{c}{r}"].font = Font(size=13, color="1F5F3F")
        ws.cell(r, column_index_from_string(rc[-1]) + 1, when)
        for ci in range(2, column_index_from_string(rc[-1]) + 2):
            ws.cell(r, ci).border = BOX
        acts.append((r, task, lets))
    ws.freeze_panes = f"D{hr + 1}"
    widths(ws, {"A": 2, "B": 7, "C": 40, **{c: 14 for c in rc}, "K": 10})
    wb.save(tmp / fname)
    shutil.copy(tmp / fname, HERE / fname)
    e = entry(
        sheet=None,
        roles=[role(c, n, a) for c, n, a in zip(rc, names, aliases, strict=True)],
        acts=acts,
        heads=f"seven role names in row {hr} (D:J) after Step (B) and Task (C); Timing after",
        shape="Australian local-council grants matrix with NO letters: the cells hold symbols "
        "● (Responsible), ▲ (Accountable), ○ (Consulted), △ (Informed) explained in a KEY "
        "block (symbol / meaning, merged meaning cells) above the grid; A+R written '▲●'; no "
        "gridlines, grid starting at B12; frozen panes",
        notes="symbols translated by the key: ● R, ▲ A, ○ C, △ I; '▲●' = A+R; the key rows and "
        "the note in B10 are not activities; ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 3 formulas

def wb_formulas(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "library_system_migration_raci_lookup.xlsx"
    names = ["University Librarian", "Systems Librarian", "IT Services",
             "Collections & Metadata Manager", "Vendor Implementation Consultant",
             "Liaison Librarians", "Finance Business Partner"]
    aliases = [[], [], [], ["Collections and Metadata Manager"], [], [], []]
    rc = cols("C", len(names))
    tasks = [
        ("LM-01", "Approve business case", "A R C . . . C"),
        ("LM-02", "Select implementation partner", "A R C C . . C"),
        ("LM-03", "Extract data from legacy system", ". A R C C . ."),
        ("LM-04", "Clean up bibliographic records", ". C . AR C . ."),
        ("LM-05", "Configure loan and fines rules", ". A . C R C ."),
        ("LM-06", "Single sign-on integration", ". A R . C . ."),
        ("LM-07", "Test load and data validation", ". A C R R . ."),
        ("LM-08", "Set up acquisitions and fund codes", ". C . A R . C"),
        ("LM-09", "Staff training", ". R . . R C ."),
        ("LM-10", "Brand the discovery interface", "A A . . R C ."),
        ("LM-11", "Go/no-go decision", "A R C C C I I"),
        ("LM-12", "Cut-over and cataloguing freeze", ". A R C R I ."),
        ("LM-13", "Tell students and staff about the change", "A I . . . C I"),
        ("LM-14", "Decommission legacy server", ". A R . . . I"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    wa = wb.create_sheet("Assignments")
    ws["B1"] = "Library Management System migration — RACI"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = ("Do not type in the grid: letters are looked up from the Assignments sheet "
                "(one row per activity and role).")
    ws["B2"].font = Font(italic=True, color="C00000")
    ws["B3"] = "R = Responsible   A = Accountable   C = Consulted   I = Informed   A/R = both"
    hr = 5
    ws.cell(hr, 1, "Key")
    ws.cell(hr, 2, "Activity")
    for c, n in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = n
    ac, ck = "J", "K"
    ws[f"{ac}{hr}"] = "No. of A"
    ws[f"{ck}{hr}"] = "Check"
    for c in ["A", "B", *rc, ac, ck]:
        ws[f"{c}{hr}"].font = Font(bold=True, color="FFFFFF")
        ws[f"{c}{hr}"].fill = fill("7030A0")
        ws[f"{c}{hr}"].alignment = CENTRE
    ws.row_dimensions[hr].height = 45
    wa.append(["Key", "Activity code", "Role", "Activity", "RACI"])
    arow = 2
    acts = []
    for i, (code, task, spec) in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, code)
        ws.cell(r, 2, task)
        lets = parse(spec, len(rc))
        for c in rc:
            ws[f"{c}{r}"] = f'=IFERROR(VLOOKUP($A{r}&"|"&{c}${hr},Assignments!$A:$E,5,FALSE),"")'
            ws[f"{c}{r}"].alignment = CENTRE
        for j, lt in enumerate(lets):
            if lt:
                wa.cell(arow, 1, f'=B{arow}&"|"&C{arow}')
                wa.cell(arow, 2, code)
                wa.cell(arow, 3, names[j])
                wa.cell(arow, 4, task)
                wa.cell(arow, 5, "/".join(lt))
                arow += 1
        ws[f"{ac}{r}"] = f'=COUNTIF(C{r}:I{r},"A")+COUNTIF(C{r}:I{r},"A/R")'
        ws[f"{ck}{r}"] = f'=IF({ac}{r}=1,"OK","Check A")'
        acts.append((r, task, lets))
    last = hr + len(tasks)
    tr = last + 1
    ws.cell(tr, 2, "Assignments per role")
    ws.cell(tr, 2).font = BOLD
    for c in rc:
        ws[f"{c}{tr}"] = f'=COUNTIF({c}{hr + 1}:{c}{last},"?*")'
        ws[f"{c}{tr}"].font = BOLD
        ws[f"{c}{tr}"].alignment = CENTRE
    ws.column_dimensions["A"].hidden = True
    widths(ws, {"B": 42, **{c: 13 for c in rc}, ac: 9, ck: 10})
    widths(wa, {"A": 44, "B": 12, "C": 32, "D": 40, "E": 8})
    src = tmp / "formulas_src.xlsx"
    wb.save(src)
    outdir = tmp / "lo_formulas"
    outdir.mkdir()
    out = soffice(src, "xlsx:Calc MS Excel 2007 XML", outdir)
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet="RACI",
        roles=[role(c, n, a) for c, n, a in zip(rc, names, aliases, strict=True)],
        acts=acts,
        heads=f"seven role names in row {hr} (C:I) after a HIDDEN lookup-key column A "
        "(LM-01 ...) and Activity (B); 'No. of A' and 'Check' formula columns after",
        shape="university library system migration: every letter cell is a formula "
        "=IFERROR(VLOOKUP(key&\"|\"&role, Assignments!A:E, 5, FALSE), \"\") into a second "
        "sheet 'Assignments' (one row per activity-role pair, key column itself a formula); "
        "empty cells are formulas returning \"\"; hidden key column; 'No. of A' / 'Check' "
        "formula columns and an 'Assignments per role' COUNTIF row; cached values saved "
        "(recalculated by LibreOffice)",
        notes="letters are the formulas' cached values ('A/R' = A+R); the Assignments sheet is "
        "the long-form source of the same letters, not a second matrix; the count row is not "
        "an activity; ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 4 revision arrows

def wb_revisions(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "payroll_outsourcing_raci_v2_changes.xlsx"
    people = [("HR Director", "Dana Whitfield"), ("Payroll Manager", "Jo Osei"),
              ("Finance Controller", "Raj Mehta"), ("Provider Account Lead", "Marie Dubois"),
              ("HRIS Analyst", "vacant"), ("Internal Audit", "Sam Kerr")]
    rc = cols("C", len(people))
    # (activity, new letters, {role index: old value ('' = none)}, change note)
    rows: list[tuple[str, str, dict[int, str], str]] = [
        ("Agree service scope and SLAs", "A R C C . .", {2: "I"}, "Finance now consulted"),
        ("Submit monthly payroll inputs", ". A . . R .", {3: "C"},
         "Provider no longer consulted"),
        ("Process the payroll run", ". A . R . .", {}, ""),
        ("Validate the payroll variance report", ". AR C C . .", {1: "R"},
         "Payroll Manager also signs off"),
        ("Approve the BACS payment file", ". C A R . .", {2: "R", 3: ""},
         "Provider prepares file; FC approves"),
        ("Year-end P60s and reporting", ". A . R C .", {}, ""),
        ("Starter and leaver changes", "I A . R R .", {4: "C"}, "HRIS keys changes"),
        ("Pension auto-enrolment", ". R . R . .", {1: "A"},
         "TBC who is accountable after transfer"),
        ("HMRC RTI submissions", ". A . R . I", {5: ""}, "Audit to be informed"),
        ("Access rights to the payroll system", "A C . . R C", {0: "I"},
         "HR Director owns access"),
        ("Quarterly controls review", ". C A . . R", {}, ""),
        ("Service credits and penalties", "A C A C . .", {}, ""),
        ("Contract exit planning", "A R C C . I", {3: "I"}, "Provider consulted on exit"),
    ]

    def show(lt: list[str] | str) -> str:
        return "/".join(lt) if lt else "–"

    wb = Workbook()
    ws = wb.active
    ws.title = "RACI v2.0"
    ws["A1"] = "Payroll outsourcing — RACI v2.0"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Changes since v1.3 are shown in yellow as  old → new  ('–' = no letter). "
                "Accept all changes before v2.0 is issued.")
    ws["A2"].font = Font(italic=True)
    hr = 4
    ws.cell(hr, 1, "#")
    ws.cell(hr, 2, "Activity")
    for c, (r_, p) in zip(rc, people, strict=True):
        ws[f"{c}{hr}"] = f"{r_} [{p}]"
    ws.cell(hr, 9, "Change note")
    for ci in range(1, 10):
        ws.cell(hr, ci).font = Font(bold=True, color="FFFFFF")
        ws.cell(hr, ci).fill = fill("404040")
        ws.cell(hr, ci).alignment = CENTRE
    ws.row_dimensions[hr].height = 45
    acts = []
    for i, (task, spec, changes, note) in enumerate(rows):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, task)
        lets = parse(spec, len(rc))
        for j, (c, lt) in enumerate(zip(rc, lets, strict=True)):
            if j in changes:
                old = changes[j]
                ws[f"{c}{r}"] = f"{show(old)} → {show(lt)}"
                ws[f"{c}{r}"].fill = fill("FFFF00")
            elif lt:
                ws[f"{c}{r}"] = "/".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        if note:
            ws.cell(r, 9, note)
        acts.append((r, task, lets))
    fr = hr + len(rows) + 2
    ws.cell(fr, 1, "Key: R = Responsible, A = Accountable, C = Consulted, I = Informed. "
            "Names in [brackets] are the current post holders.")
    widths(ws, {"A": 4, "B": 40, **{c: 16 for c in rc}, "I": 36})
    wb.save(tmp / fname)
    shutil.copy(tmp / fname, HERE / fname)
    roles = []
    for c, (r_, p) in zip(rc, people, strict=True):
        if p == "vacant":
            roles.append(role(c, f"{r_} [{p}]", [r_, f"{r_} (vacant)"], []))
        else:
            roles.append(role(c, f"{r_} [{p}]", [r_, p, f"{r_} ({p})", f"{p} ({r_})"], [r_, p]))
    e = entry(
        sheet=None,
        roles=roles,
        acts=acts,
        heads=f"six heads 'Role [Post holder]' in row {hr} (C:H), one '[vacant]'; '#' and "
        "Activity before, 'Change note' after",
        shape="payroll outsourcing matrix in review: cells changed since the previous version "
        "are filled yellow and written 'old → new' ('I → C', 'R → A/R', 'C → –', '– → I'), "
        "as the line under the title explains; role heads carry the post holder in SQUARE "
        "brackets; Change note column; key line under the grid",
        notes="the letter is the value after the arrow ('–' = none; 'C → –' is an empty cell, "
        "'– → I' is I); role names given with the bracketed holder (the role alone accepted); ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 5 footnotes + roman

SUP = {"1": "¹", "2": "²", "3": "³", "4": "⁴"}


def wb_footnotes(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "hold_baggage_screening_raci_footnotes.xlsx"
    names = ["Head of Security", "Engineering Manager", "Screening Operations Manager",
             "Project Manager", "Compliance Manager", "Equipment Supplier", "IT & Networks"]
    aliases = [[], [], [], [], [], [], ["IT and Networks"]]
    rc = cols("C", len(names))
    # (ref, text, spec or None for a phase row, {role index: footnote number})
    rows: list[tuple[str, str, str | None, dict[int, str]]] = [
        ("I", "PREPARATION", None, {}),
        ("I.1", "Confirm equipment standard and configuration", "A C C R C C .", {4: "1"}),
        ("I.2", "Survey the baggage hall", ". A C R . R C", {}),
        ("I.3", "Plan temporary screening arrangements", "A C R C C . .", {}),
        ("I.4", "Notify the regulator of the programme change", "C . . R A . .", {4: "4"}),
        ("II", "INSTALLATION", None, {}),
        ("II.1", "Remove the old EDS machines", ". A C R . R .", {}),
        ("II.2", "Install the new EDS units", ". A . C . R C", {}),
        ("II.3", "Network and data connections", ". C . C . C R", {}),
        ("II.4", "Conveyor integration", ". AR . C . C .", {}),
        ("III", "TESTING AND APPROVAL", None, {}),
        ("III.1", "Factory acceptance test", ". C . A . R .", {5: "3"}),
        ("III.2", "Site acceptance test", ". A C R C R C", {}),
        ("III.3", "Regulator approval test", "A C C R AR . .", {4: "4"}),
        ("III.4", "Screener training and certification", ". . AR C C . .", {4: "2"}),
        ("IV", "OPERATION", None, {}),
        ("IV.1", "Go-live and hypercare", "A C R C I C C", {}),
        ("IV.2", "Monthly performance reporting", "I C R . A . .", {0: "2"}),
        ("IV.3", "Maintenance contract handover", ". A C C . C .", {}),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Hold Baggage Screening Replacement — Responsibility Assignment Matrix"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Security & Operations Directorate · Rev C · footnotes below the table"
    hr = 4
    ws.cell(hr, 1, "Ref")
    ws.cell(hr, 2, "Activity")
    for c, n in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = n
    for ci in range(1, 3 + len(rc)):
        ws.cell(hr, ci).font = BOLD
        ws.cell(hr, ci).fill = fill("BDD7EE")
        ws.cell(hr, ci).alignment = CENTRE
        ws.cell(hr, ci).border = BOX
    ws.row_dimensions[hr].height = 45
    acts = []
    phase_rows = []
    r = hr + 1
    for ref, text, spec, fns in rows:
        ws.cell(r, 1, ref)
        ws.cell(r, 2, text)
        if spec is None:
            phase_rows.append(r)
            for ci in range(1, 3 + len(rc)):
                ws.cell(r, ci).font = BOLD
                ws.cell(r, ci).fill = fill("1F3864")
                ws.cell(r, ci).font = Font(bold=True, color="FFFFFF")
        else:
            lets = parse(spec, len(rc))
            for j, (c, lt) in enumerate(zip(rc, lets, strict=True)):
                if lt:
                    ws[f"{c}{r}"] = "/".join(lt) + (SUP[fns[j]] if j in fns else "")
                ws[f"{c}{r}"].alignment = CENTRE
            acts.append((r, text, lets))
        for ci in range(1, 3 + len(rc)):
            ws.cell(r, ci).border = BOX
        r += 1
    r += 1
    foot = [
        "R = Responsible, A = Accountable, C = Consulted, I = Informed.",
        "¹ Only where the change affects the airport security programme.",
        "² Through the monthly security working group.",
        "³ Held at the supplier's factory; the Project Manager attends.",
        "⁴ The Compliance Manager signs the submission to the regulator.",
    ]
    for line in foot:
        ws.cell(r, 1, line).font = Font(size=9, italic=line[0] in SUP.values())
        r += 1
    widths(ws, {"A": 7, "B": 46, **{c: 14 for c in rc}})
    wb.save(tmp / fname)
    shutil.copy(tmp / fname, HERE / fname)
    e = entry(
        sheet=None,
        roles=[role(c, n, a) for c, n, a in zip(rc, names, aliases, strict=True)],
        acts=acts,
        heads=f"seven role names in row {hr} (C:I) after Ref and Activity",
        shape="airport hold-baggage-screening replacement; phase rows numbered with ROMAN "
        "numerals in the Ref column ('I', 'II', 'III', 'IV', dark fill, capitalised names) and "
        "activities 'I.1', 'III.4'; some letters carry superscript footnote markers ('C¹', "
        "'A⁴', 'R³', 'A/R⁴', 'I²') explained in footnotes under the grid",
        notes="footnote markers are not part of the letter ('A/R⁴' = A+R); the Roman 'I' in "
        "the Ref column is a phase number, not a letter; phase rows and footnotes are not "
        "activities; ",
        phase_rows=phase_rows,
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 6 Arabic, mirrored

AR_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")


def wb_arabic(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "مصفوفة_RACI_المواقف_الذكية.xlsx"
    # roles in READING order (right to left); written physically from G leftwards to B
    reading = ["المدير العام", "مدير المشروع", "إدارة تقنية المعلومات", "إدارة المرور",
               "المقاول المنفذ", "الإدارة المالية"]
    phys_cols = ["G", "F", "E", "D", "C", "B"]
    rows: list[tuple[str, str, str | None, str]] = [
        ("1", "المرحلة الأولى: التخطيط", None, ""),
        ("1.1", "اعتماد نطاق المشروع", "A R C C . C", ""),
        ("1.2", "دراسة مواقع الحساسات", ". A C R C .", "بالتنسيق مع شرطة المرور"),
        ("1.3", "إعداد كراسة الشروط والمواصفات", ". AR C C . C", ""),
        ("1.4", "طرح المناقصة وترسية العقد", "A R . . . C", ""),
        ("2", "المرحلة الثانية: التنفيذ", None, ""),
        ("2.1", "تركيب الحساسات واللوحات الإرشادية", ". A . C R .", ""),
        ("2.2", "ربط النظام بمنصة الدفع الإلكتروني", ". A R . C C", ""),
        ("2.3", "تطوير تطبيق الجوال", ". C R . R .", "لم يحدد صاحب القرار بعد"),
        ("2.4", "اختبار التكامل", ". A R C R .", ""),
        ("3", "المرحلة الثالثة: التشغيل", None, ""),
        ("3.1", "التشغيل التجريبي", "A A C C R .", ""),
        ("3.2", "تدريب المراقبين", ". A . R C .", ""),
        ("3.3", "حملة توعية للجمهور", "A C . C . .", ""),
        ("3.4", "التسليم والاستلام النهائي", "A R C C C C", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "المصفوفة"
    right = Alignment(horizontal="right", vertical="center", wrap_text=True)
    ws["A1"] = "مصفوفة توزيع المسؤوليات (RACI) – مشروع المواقف الذكية"
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = right
    ws["A2"] = ("R = مسؤول عن التنفيذ،  A = صاحب القرار (المساءلة)،  C = يُستشار،  "
                "I = يُبلَّغ بالنتائج")
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = right
    hr = 4
    ws["I4"] = "الرقم"
    ws["H4"] = "النشاط"
    ws["A4"] = "ملاحظات"
    for c, n in zip(phys_cols, reading, strict=True):
        ws[f"{c}{hr}"] = n
    for c in "ABCDEFGHI":
        ws[f"{c}{hr}"].font = Font(bold=True, color="FFFFFF")
        ws[f"{c}{hr}"].fill = fill("00695C")
        ws[f"{c}{hr}"].alignment = CENTRE
        ws[f"{c}{hr}"].border = BOX
    ws.row_dimensions[hr].height = 40
    acts = []
    phase_rows = []
    r = hr + 1
    for no, text, spec, note in rows:
        ws[f"I{r}"] = no.translate(AR_DIGITS)
        ws[f"H{r}"] = text
        ws[f"I{r}"].alignment = right
        ws[f"H{r}"].alignment = right
        if spec is None:
            phase_rows.append(r)
            for c in "ABCDEFGHI":
                ws[f"{c}{r}"].fill = fill("B2DFDB")
                ws[f"{c}{r}"].font = BOLD
        else:
            lets_reading = parse(spec, len(reading))
            for c, lt in zip(phys_cols, lets_reading, strict=True):
                if lt:
                    ws[f"{c}{r}"] = "/".join(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            if note:
                ws[f"A{r}"] = note
                ws[f"A{r}"].alignment = right
            # truth in physical column order B..G
            by_col = dict(zip(phys_cols, lets_reading, strict=True))
            acts.append((r, text, [by_col[c] for c in "BCDEFG"]))
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = BOX
        r += 1
    widths(ws, {"A": 26, **{c: 14 for c in "BCDEFG"}, "H": 40, "I": 8})
    wb.save(tmp / "arabic.xlsx")
    shutil.copy(tmp / "arabic.xlsx", HERE / fname)
    col_name = dict(zip(phys_cols, reading, strict=True))
    e = entry(
        sheet=None,
        roles=[role(c, col_name[c]) for c in "BCDEFG"],
        acts=acts,
        heads="six Arabic role heads in row 4, physically B:G but in right-to-left reading "
        "order (the first role, المدير العام, is in G); the activity (النشاط) in H and the "
        "number (الرقم) in I, the LAST columns; notes (ملاحظات) in A",
        shape="Arabic municipal smart-parking project typed on an ordinary LEFT-TO-RIGHT sheet "
        "but laid out mirror-wise so it reads right to left: number and activity at the far "
        "right, roles to their left, notes column at the far left; numbers in Arabic-Indic "
        "digits with the Arabic decimal separator ('١٫٢'); phase rows '١' + 'المرحلة ...'; "
        "right-aligned merged title and legend; Latin letters, 'A/R'",
        notes="roles listed in physical column order B->G (reading order is G->B); activity "
        "names are in column H; phase rows are not activities; ",
        phase_rows=phase_rows,
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 7 Ukrainian CSV

CYR = {"A": "А", "C": "С", "I": "І"}  # Cyrillic homoglyphs as typed on a Ukrainian layout


def wb_ukrainian_csv(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "Матриця_RACI_ЦНАП.csv"
    names = ["Голова громади", "Керуюча справами виконкому", "Начальник ЦНАП",
             "Адміністратори ЦНАП", "Відділ цифрової трансформації", "Фінансовий відділ",
             "Юридичний відділ"]
    rows: list[tuple[str, str, str | None, str]] = [
        ("", "Етап 1. Підготовка", None, ""),
        ("1.1", "Рішення про утворення ЦНАП", "A R C . . C C", "28.02.2025"),
        ("1.2", "Підбір приміщення", "A . R . . C .", "14.03.2025"),
        ("1.3", "Погодження переліку послуг", ". A R C . . C", "21.03.2025"),
        ("1.4", "Кошторис і план закупівель", ". A C . . R C", "28.03.2025"),
        ("", "Етап 2. Облаштування", None, ""),
        ("2.1", "Ремонт і облаштування зали", ". A R . . C .", "30.05.2025"),
        ("2.2", "Закупівля техніки та меблів", ". . A . C R C", "16.05.2025"),
        ("2.3", "Підключення до реєстрів через «Трембіту»", ". . A C R . .", "13.06.2025"),
        ("2.4", "Навчання адміністраторів", ". . AR R C . .", "20.06.2025"),
        ("", "Етап 3. Запуск", None, ""),
        ("3.1", "Затвердження регламенту ЦНАП", "A A R C . . C", "27.06.2025"),
        ("3.2", "Тестовий прийом відвідувачів", ". . C R C . .", "04.07.2025"),
        ("3.3", "Офіційне відкриття", "A R C I I I I", "11.07.2025"),
        ("3.4", "Інформування мешканців", "I . A I . . .", "11.07.2025"),
    ]
    n = len(names)
    width = 2 + n + 1
    lines: list[list[str]] = [
        ["Матриця відповідальності (RACI) – створення Центру надання адміністративних послуг"]
        + [""] * (width - 1),
        ["Затверджено розпорядженням міського голови № 45 від 03.02.2025"]
        + [""] * (width - 1),
        ["№", "Завдання", *names, "Термін"],
    ]
    acts = []
    phase_rows = []
    k = 0  # which letters are typed in Cyrillic: a fixed pattern, most of them
    for no, text, spec, due in rows:
        line_no = len(lines) + 1
        if spec is None:
            lines.append([text] + [""] * (width - 1))
            phase_rows.append(line_no)
            continue
        lets = parse(spec, n)
        cells = []
        for lt in lets:
            parts = []
            for x in lt:
                k += 1
                parts.append(CYR[x] if x in CYR and k % 5 != 0 else x)
            cells.append("/".join(parts))
        lines.append([no, text, *cells, due])
        acts.append((line_no, text, lets))
    lines.append([""] * width)
    lines.append(["Умовні позначення: R – виконує; A – відповідає і затверджує; C – надає "
                  "консультації; I – отримує інформацію"] + [""] * (width - 1))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerows(lines)
    (HERE / fname).write_bytes(buf.getvalue().encode("cp1251"))
    rc = cols("C", n)
    e = entry(
        sheet=None,
        roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)],
        acts=acts,
        heads="Ukrainian header on line 3: '№;Завдання;' seven role names (fields C:I); "
        "'Термін' after",
        shape="Ukrainian community (hromada) administrative-service-centre launch saved as CSV "
        "by Ukrainian Excel: Windows-1251 encoding, ';' separator, CRLF, padded rows; title "
        "and approval lines above the header; 'Етап n. ...' stage lines with empty fields; "
        "most A, C and I letters typed on the Cyrillic keyboard layout (Cyrillic А U+0410, "
        "С U+0421, І U+0406, looking like Latin A, C, I), R always Latin; 'А/R' cells; "
        "dd.mm.yyyy Термін; legend line at the end",
        notes="row = line number; col = field's column letter; Cyrillic А/С/І read as A/C/I; "
        "stage lines are not activities; ",
        phase_rows=phase_rows,
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 8 Welsh bilingual .ods

def wb_welsh(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "matrics_RACI_hwb_llyfrgell.ods"
    pairs = [("Pennaeth Diwylliant", "Head of Culture"), ("Rheolwr Prosiect", "Project Manager"),
             ("Rheolwr Llyfrgelloedd", "Libraries Manager"), ("TGCh", "ICT"),
             ("Gwasanaethau Eiddo", "Property Services"), ("Cyfathrebu", "Communications"),
             ("Swyddog y Gymraeg", "Welsh Language Officer")]
    rc = cols("C", len(pairs))
    tasks = [
        ("Cytuno ar yr achos busnes", "Agree the business case", "A R C . C . .", (2025, 4, 30)),
        ("Ymgynghori â'r gymuned", "Consult the community", ". A C . . R C", (2025, 6, 13)),
        ("Dylunio'r gofod", "Design the space", ". A R . R . .", (2025, 7, 25)),
        ("Caffael dodrefn a silffoedd", "Procure furniture and shelving", ". A C . R . .",
         (2025, 9, 5)),
        ("Gosod ciosgau hunanwasanaeth", "Install self-service kiosks", ". A C R C . .",
         (2025, 10, 17)),
        ("Cyfieithu arwyddion a sgriniau", "Translate signage and screens", ". C C C . C AR",
         (2025, 10, 24)),
        ("Symud stoc y llyfrgell", "Move the library stock", ". C AR . C . .", (2025, 11, 7)),
        ("Hyfforddi staff", "Train staff", ". A R C . . C", (2025, 11, 14)),
        ("Cynllun cyfathrebu dwyieithog", "Bilingual communications plan", "A . C . . R A",
         (2025, 9, 19)),
        ("Asesiad effaith ar y Gymraeg", "Welsh language impact assessment", ". C C . . . R",
         (2025, 5, 30)),
        ("Diwrnod agored", "Open day", "I A R . C R I", (2025, 11, 29)),
        ("Adolygiad ôl-brosiect", "Post-project review", "A C C C C C C", (2026, 2, 27)),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Matrics RACI / RACI Matrix – Hwb Llyfrgell a Chymuned / Library and Community Hub"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allwedd / Key:  R = Cyfrifol / Responsible;  A = Atebol / Accountable;  "
                "C = Ymgynghori / Consulted;  I = Hysbysu / Informed")
    hr = 4
    ws.cell(hr, 1, "Rhif / No.")
    ws.cell(hr, 2, "Gweithgaredd / Activity")
    for c, (cy, en) in zip(rc, pairs, strict=True):
        ws[f"{c}{hr}"] = f"{cy} / {en}"
    ws.cell(hr, 10, "Dyddiad targed / Target date")
    for ci in range(1, 11):
        ws.cell(hr, ci).font = Font(bold=True, color="FFFFFF")
        ws.cell(hr, ci).fill = fill("C00000")
        ws.cell(hr, ci).alignment = CENTRE
        ws.cell(hr, ci).border = BOX
    ws.row_dimensions[hr].height = 60
    acts = []
    for i, (cy, en, spec, d) in enumerate(tasks):
        r = hr + 1 + i
        name = f"{cy} / {en}"
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, name)
        lets = parse(spec, len(rc))
        for c, lt in zip(rc, lets, strict=True):
            if lt:
                ws[f"{c}{r}"] = "/".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 10, dt.date(*d)).number_format = "DD/MM/YYYY"
        for ci in range(1, 11):
            ws.cell(r, ci).border = BOX
        acts.append((r, name, lets))
    widths(ws, {"A": 9, "B": 58, **{c: 15 for c in rc}, "J": 14})
    src = tmp / "welsh.xlsx"
    wb.save(src)
    outdir = tmp / "lo_welsh"
    outdir.mkdir()
    out = soffice(src, "ods", outdir)
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None,
        roles=[role(c, f"{cy} / {en}", [en, cy, f"{en} / {cy}"], [cy, en])
               for c, (cy, en) in zip(rc, pairs, strict=True)],
        acts=acts,
        heads=f"seven BILINGUAL role heads 'Welsh / English' in row {hr} (C:I) after "
        "'Rhif / No.' and 'Gweithgaredd / Activity'; 'Dyddiad targed / Target date' after",
        shape="Welsh county council library hub project (LibreOffice .ods): everything "
        "bilingual in one cell, Welsh first then ' / ' English — title, key line, column "
        "heads, role heads and every activity ('Dylunio'r gofod / Design the space'); Welsh "
        "apostrophes and circumflexes; 'A/R' cells; target dates",
        notes="role and activity names are the whole bilingual text (the English or Welsh "
        "half alone also accepted for roles); ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 9 one-column paste

def wb_one_column(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "ansvarsmatrise_ERP_innforing.xlsx"
    names = ["Styringsgruppe", "Prosjektleder", "Økonomisjef", "IT-avdelingen", "Leverandør",
             "Superbrukere"]
    tasks = [
        ("Kartlegge dagens prosesser", "I A C C . R", "15.01.2025"),
        ("Kravspesifikasjon", "I A C R . C", "07.02.2025"),
        ("Velge leverandør", "A R C C . .", "28.02.2025"),
        ("Kontoplan og dimensjoner", ". C AR . C .", "14.03.2025"),
        ("Oppsett av moduler", ". A . C R .", "11.04.2025"),
        ("Integrasjon mot lønnssystem", ". A C R R .", "25.04.2025"),
        ("Datakonvertering", ". A C R C R", "16.05.2025"),
        ("Brukertest", ". A . . C R", "30.05.2025"),
        ("Opplæring av ansatte", ". . . . R R", "13.06.2025"),
        ("Beslutning om produksjonssetting", "A A C C C C", "20.06.2025"),
        ("Produksjonssetting", "I A C R R C", "01.07.2025"),
        ("Evaluering etter tre måneder", "A R C C . C", "01.10.2025"),
    ]
    n = len(names)
    width = 2 + n + 1
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    lines = [
        ["Ansvarsmatrise (RACI) – innføring av nytt ERP-system"] + [""] * (width - 1),
        ["Versjon 1.2 – 12.02.2025"] + [""] * (width - 1),
        [""] * width,
        ["Nr", "Aktivitet", *names, "Frist"],
    ]
    acts = []
    for i, (task, spec, due) in enumerate(tasks):
        lets = parse(spec, n)
        lines.append([str(i + 1), task, *["/".join(lt) for lt in lets], due])
        acts.append((len(lines), task, lets))
    lines.append([""] * width)
    lines.append(["Forklaring: R = Utfører (Responsible); A = Ansvarlig (Accountable); "
                  "C = Konsulteres (Consulted); I = Informeres (Informed)"] + [""] * (width - 1))
    for i, line in enumerate(lines):
        ws.cell(i + 1, 1, ";".join(line))
    ws.column_dimensions["A"].width = 120
    wb.save(tmp / fname)
    shutil.copy(tmp / fname, HERE / fname)
    rc = cols("C", n)
    e = entry(
        sheet=None,
        roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)],
        acts=acts,
        heads="the header 'Nr;Aktivitet;Styringsgruppe;...;Superbrukere;Frist' is ONE text in "
        "cell A4; the role names are its 3rd to 8th ';'-separated fields",
        shape="Norwegian ERP rollout matrix that was a semicolon CSV opened in an Excel that "
        "splits on commas, then saved as .xlsx: every line, title and legend included, sits "
        "whole in column A as 'field;field;...' with its trailing ';;;;' padding; nothing in "
        "B onwards; 'A/R' fields; dd.mm.yyyy Frist; Forklaring (legend) line at the end",
        notes="row = sheet row; col = the letter the ';'-field would get if split into columns "
        "(Nr = A, Aktivitet = B, roles C:H); ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 10 RACI strings .xlsm

def wb_strings(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "5S_programme_action_tracker.xlsm"
    # (action, area, [(letters, [roles])], separator, due, status)
    items: list[tuple[str, str, list[tuple[str, list[str]]], str, tuple[int, int, int], str]] = [
        ("Red-tag sweep of the press shop", "Press shop",
         [("A", ["Ops Manager"]), ("R", ["Shift Leaders"]), ("C", ["HSE Advisor"]),
          ("I", ["All staff"])], "; ", (2025, 3, 7), "Done"),
        ("Shadow boards for tooling", "Press shop",
         [("A", ["Ops Manager"]), ("R", ["Maintenance Tech", "Shift Leaders"]),
          ("C", ["CI Engineer"])], "; ", (2025, 3, 21), "Done"),
        ("Floor marking to the site standard", "Whole site",
         [("R/A", ["CI Engineer"]), ("C", ["HSE Advisor", "Forklift Trainer"]),
          ("I", ["Shift Leaders"])], "\n", (2025, 4, 4), "In progress"),
        ("Daily five-minute 5S check", "All cells",
         [("A", ["Shift Leaders"]), ("R", ["Operators"]), ("I", ["Ops Manager"])], "; ",
         (2025, 4, 11), "In progress"),
        ("Audit checklist and scoring", "Whole site",
         [("R", ["CI Engineer"]), ("C", ["Quality Lead"]), ("I", ["Ops Manager"])], " | ",
         (2025, 4, 18), "In progress"),
        ("Monthly cross-area audit", "Whole site",
         [("A", ["Ops Manager"]), ("R", ["Quality Lead", "CI Engineer"]), ("I", ["All staff"])],
         "; ", (2025, 5, 2), "Not started"),
        ("Store room layout change", "Stores",
         [("A", ["Ops Manager", "Stores Supervisor"]), ("R", ["Operators"]),
          ("C", ["Forklift Trainer"])], "\n", (2025, 5, 16), "Not started"),
        ("Visual KPI board in the canteen", "Canteen",
         [("A", ["CI Engineer"]), ("C", ["HR Business Partner"]), ("I", ["All staff"])], "; ",
         (2025, 5, 23), "Not started"),
        ("Spill kits and waste segregation", "Stores",
         [("A", ["HSE Advisor"]), ("R", ["Shift Leaders"]), ("C", ["Stores Supervisor"])],
         "; ", (2025, 5, 30), "Not started"),
        ("Quarterly 5S refresher training", "All cells",
         [("A", ["HR Business Partner"]), ("R", ["CI Engineer", "Forklift Trainer"]),
          ("I", ["Shift Leaders"])], " | ", (2025, 6, 27), "Not started"),
        ("Photo standard for each cell", "All cells",
         [("A", ["Quality Lead"]), ("R", ["Operators"]), ("C", ["CI Engineer"])], "; ",
         (2025, 6, 13), "Not started"),
        ("Recognition scheme for the best area", "Whole site",
         [("A", ["Ops Manager"]), ("R", ["HR Business Partner"]), ("C", ["Shift Leaders"]),
          ("I", ["All staff"])], "\n", (2025, 7, 4), "Not started"),
    ]
    order: list[str] = []
    for _, _, parts, *_ in items:
        for _, who in parts:
            for w in who:
                if w not in order:
                    order.append(w)
    wb = Workbook()
    ws = wb.active
    ws.title = "Actions"
    ws["A1"] = "5S programme — action tracker (Plant 2)"
    ws["A1"].font = Font(bold=True, size=14)
    hr = 3
    headers = ["ID", "Action", "Area", "RACI", "Due", "Status"]
    for i, h in enumerate(headers):
        cell = ws.cell(hr, i + 1, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C65911")
        cell.alignment = CENTRE
    ws["D2"] = "Write as  R: role; A: role; C: role, role; I: role"
    ws["D2"].font = Font(italic=True, size=9)
    ws["D3"].comment = Comment("R = does it, A = owns it (one only!), C = ask first, "
                               "I = tell after", "CI team")
    acts = []
    for i, (action, area, parts, sep, due, status) in enumerate(items):
        r = hr + 1 + i
        ws.cell(r, 1, f"5S-{i + 1:02d}")
        ws.cell(r, 2, action)
        ws.cell(r, 3, area)
        ws.cell(r, 4, sep.join(f"{lt}: {', '.join(who)}" for lt, who in parts))
        ws.cell(r, 4).alignment = WRAP
        ws.cell(r, 5, dt.date(*due)).number_format = "DD/MM/YYYY"
        ws.cell(r, 6, status)
        lets: Lets = [[] for _ in order]
        for lt, who in parts:
            for w in who:
                lets[order.index(w)].extend(lt.split("/"))
        acts.append((r, action, lets))
    ws.auto_filter.ref = f"A{hr}:F{hr + len(items)}"
    widths(ws, {"A": 8, "B": 38, "C": 12, "D": 58, "E": 12, "F": 13})
    wl = wb.create_sheet("Lists")
    wl.append(["Area", "Status"])
    for a, s in zip(["Press shop", "Stores", "Canteen", "All cells", "Whole site"],
                    ["Not started", "In progress", "Done", "On hold", ""], strict=True):
        wl.append([a, s or None])
    src = tmp / "strings.xlsx"
    wb.save(src)
    outdir = tmp / "lo_strings"
    outdir.mkdir()
    out = soffice(src, "xlsm:Calc MS Excel 2007 VBA XML", outdir)
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None,
        roles=[role(None, w) for w in order],
        acts=acts,
        heads=f"no role columns: head row {hr} 'ID, Action, Area, RACI, Due, Status'; the "
        "roles are named inside the RACI text of each row",
        shape="manufacturing-site 5S action tracker (macro-enabled .xlsm, written by "
        "LibreOffice): one row per action and ONE 'RACI' text column per row written as "
        "'A: Ops Manager; R: Maintenance Tech, Shift Leaders; C: CI Engineer' — letter, colon, "
        "comma-separated roles — with '; ', ' | ' or line breaks between the letters and "
        "'R/A: role' for both; how-to line above the column and a comment on its head; "
        "autofilter; Lists sheet",
        notes="roles in order of first appearance (col null); 'All staff' is a role; "
        "'R/A: CI Engineer' = A+R; ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# ----------------------------------------------------------------------- 11 Hungarian notes rows

def wb_hungarian(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "RACI_mátrix_hulladékszállítás_közbeszerzés.ods"
    names = ["Polgármester", "Jegyző", "Közbeszerzési referens", "Városüzemeltetési iroda",
             "Pénzügyi iroda", "Bíráló bizottság", "Külső jogi tanácsadó"]
    rc = cols("C", len(names))
    tasks: list[tuple[str, str, str]] = [
        ("Közbeszerzési igény jóváhagyása", "A C R C C . .",
         "Megjegyzés: a fedezet igazolása a pénzügyi iroda feladata, a jóváhagyás előtt."),
        ("Becsült érték meghatározása", ". A C R R . .", ""),
        ("Műszaki leírás elkészítése", ". . C RA . . C", ""),
        ("Ajánlattételi felhívás összeállítása", ". A R C . . C",
         "Megjegyzés: a felhívást az EKR-ben kell közzétenni; a jogi tanácsadó ellenjegyzi."),
        ("Kiegészítő tájékoztatás megadása", ". . R C . . C", ""),
        ("Ajánlatok bontása", ". A R . . I .", ""),
        ("Ajánlatok értékelése", ". A C C C R C",
         "Megjegyzés: a bíráló bizottság tagjai összeférhetetlenségi nyilatkozatot tesznek."),
        ("Döntés az eljárás eredményéről", "A A R . . C .", ""),
        ("Szerződéskötés", "A C R C C . C", ""),
        ("Szerződés teljesítésének ellenőrzése", ". A . R C . .",
         "Megjegyzés: negyedéves beszámoló a képviselő-testületnek."),
        ("Eredménytájékoztató közzététele", ". A C I . . .", ""),
    ]
    deadlines = ["2025.02.14", "2025.02.28", "2025.03.21", "2025.04.04", "folyamatos",
                 "2025.05.12", "2025.05.30", "2025.06.13", "2025.07.01", "negyedévente",
                 "2025.07.15"]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Felelősségi mátrix (RACI) – Települési hulladékszállítás közbeszerzése, 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("R – végrehajtásért felelős;  A – jóváhagyó, elszámoltatható;  C – konzultál;  "
                "I – tájékoztatandó")
    hr = 4
    ws.cell(hr, 1, "Sorsz.")
    ws.cell(hr, 2, "Feladat")
    for c, nm in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = nm
    ws.cell(hr, 10, "Határidő")
    for ci in range(1, 11):
        ws.cell(hr, ci).font = BOLD
        ws.cell(hr, ci).fill = fill("E2EFDA")
        ws.cell(hr, ci).alignment = CENTRE
        ws.cell(hr, ci).border = BOX
    ws.row_dimensions[hr].height = 48
    acts = []
    r = hr + 1
    note_rows = []
    for i, (task, spec, note) in enumerate(tasks):
        ws.cell(r, 1, f"{i + 1}.")
        ws.cell(r, 2, task)
        lets = parse(spec, len(rc))
        for c, lt in zip(rc, lets, strict=True):
            if lt:
                ws[f"{c}{r}"] = "/".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 10, deadlines[i])
        for ci in range(1, 11):
            ws.cell(r, ci).border = BOX
        acts.append((r, task, lets))
        r += 1
        if note:
            ws.cell(r, 2, note)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
            ws.cell(r, 2).font = Font(italic=True, size=9, color="595959")
            ws.cell(r, 2).fill = fill("F2F2F2")
            note_rows.append(r)
            r += 1
    widths(ws, {"A": 7, "B": 44, **{c: 13 for c in rc}, "J": 13})
    src = tmp / "hungarian.xlsx"
    wb.save(src)
    outdir = tmp / "lo_hu"
    outdir.mkdir()
    out = soffice(src, "ods", outdir)
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None,
        roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)],
        acts=acts,
        heads=f"seven Hungarian role heads in row {hr} (C:I) after 'Sorsz.' and 'Feladat'; "
        "'Határidő' after",
        shape="Hungarian municipal waste-collection tender (LibreOffice .ods): NOTE ROWS "
        "interleaved in the grid — under four tasks an italic grey 'Megjegyzés: ...' row "
        "merged across B:J with no number and no letters; numbering '1.', '2.'; 'R/A' cells; "
        "deadlines as text ('2025.02.14', 'folyamatos', 'negyedévente'); legend line above",
        notes=f"the note rows (rows {note_rows}) are not activities; 'R/A' = R+A; ",
        phase_rows=[],
    )
    e["notes"] += owner_note(e)
    return fname, e


# --------------------------------------------------------------------------- 12 Vietnamese words

VI_WORD = {"R": "Thực hiện", "A": "Phê duyệt", "C": "Tham vấn", "I": "Được thông báo"}


def wb_vietnamese(tmp: Path) -> tuple[str, dict[str, Any]]:
    fname = "Ma trận RACI - triển khai phần mềm kế toán.xlsx"
    names = ["Tổng Giám đốc", "Kế toán trưởng", "Phòng Tài chính – Kế toán",
             "Phòng Công nghệ thông tin", "Phòng Kinh doanh", "Phòng Kho vận",
             "Nhà cung cấp phần mềm"]
    groups = [("BAN LÃNH ĐẠO", 2), ("CÁC PHÒNG BAN", 4), ("ĐỐI TÁC", 1)]
    rc = cols("D", len(names))
    phases: list[tuple[str, list[tuple[str, str]]]] = [
        ("Giai đoạn 1: Khảo sát và thiết kế", [
            ("Khảo sát quy trình kế toán hiện tại", ". A R C . . C"),
            ("Xác định yêu cầu báo cáo quản trị", "C A R . C . C"),
            ("Thiết kế hệ thống tài khoản", ". AR C . . . C"),
            ("Phê duyệt thiết kế giải pháp", "A C C C I I R"),
        ]),
        ("Giai đoạn 2: Triển khai", [
            ("Cài đặt máy chủ và phân quyền", ". . I R . . C"),
            ("Chuyển đổi số dư đầu kỳ", ". A R C . . C"),
            ("Tích hợp với phần mềm bán hàng", ". . C A C . R"),
            ("Kiểm thử chấp nhận người dùng", ". A R C R R C"),
            ("Đào tạo người dùng cuối", ". A C C C C R"),
        ]),
        ("Giai đoạn 3: Vận hành chính thức", [
            ("Quyết định vận hành chính thức", "A A R C I I C"),
            ("Hỗ trợ sau vận hành (3 tháng)", ". I C A . . R"),
            ("Đánh giá hiệu quả dự án", "A C C C C C ."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "CÔNG TY CỔ PHẦN THƯƠNG MẠI (tên minh họa)"
    ws["A1"].font = BOLD
    ws["A2"] = "Mã tài liệu: BM-DA-07"
    ws["A3"] = "Phiên bản: 1.1 – Ngày: 10/03/2025"
    ws["F5"] = "MA TRẬN PHÂN CÔNG TRÁCH NHIỆM (RACI)"
    ws["F5"].font = Font(bold=True, size=15)
    ws["F6"] = "Dự án: Triển khai phần mềm kế toán – quản trị"
    ws["B8"] = "Ghi chú:"
    ws["B8"].font = BOLD
    ws["C8"] = ("Thực hiện = R (Responsible);  Phê duyệt = A (Accountable);  "
                "Tham vấn = C (Consulted);  Được thông báo = I (Informed)")
    gr, hr = 10, 11
    ws.cell(gr, 2, "STT")
    ws.cell(gr, 3, "Công việc")
    ws.merge_cells(start_row=gr, start_column=2, end_row=hr, end_column=2)
    ws.merge_cells(start_row=gr, start_column=3, end_row=hr, end_column=3)
    ci = column_index_from_string(rc[0])
    for g, span in groups:
        ws.cell(gr, ci, g)
        if span > 1:
            ws.merge_cells(start_row=gr, start_column=ci, end_row=gr, end_column=ci + span - 1)
        ci += span
    for c, nm in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = nm
    kc = get_column_letter(column_index_from_string(rc[-1]) + 1)
    ws[f"{kc}{gr}"] = "Ghi chú"
    ws.merge_cells(f"{kc}{gr}:{kc}{hr}")
    last_ci = column_index_from_string(kc)
    for rr in (gr, hr):
        for cc in range(2, last_ci + 1):
            cell = ws.cell(rr, cc)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("2F5597")
            cell.alignment = CENTRE
            cell.border = BOX
    ws.row_dimensions[hr].height = 48
    acts = []
    phase_rows = []
    sub_rows = []
    r = hr + 1
    k = 0
    grand = [0] * len(rc)
    for p_i, (title, tasks) in enumerate(phases):
        ws.cell(r, 2, ["I", "II", "III"][p_i])
        ws.cell(r, 3, title)
        for cc in range(2, last_ci + 1):
            ws.cell(r, cc).font = BOLD
            ws.cell(r, cc).fill = fill("D9E1F2")
            ws.cell(r, cc).border = BOX
        phase_rows.append(r)
        r += 1
        counts = [0] * len(rc)
        for task, spec in tasks:
            k += 1
            ws.cell(r, 2, k)
            ws.cell(r, 3, task)
            lets = parse(spec, len(rc))
            for j, (c, lt) in enumerate(zip(rc, lets, strict=True)):
                if lt:
                    ws[f"{c}{r}"] = ", ".join(VI_WORD[x] for x in lt)
                    counts[j] += 1
                ws[f"{c}{r}"].alignment = CENTRE
            for cc in range(2, last_ci + 1):
                ws.cell(r, cc).border = BOX
            acts.append((r, task, lets))
            r += 1
        ws.cell(r, 3, f"Cộng giai đoạn {p_i + 1} (số đầu việc)")
        for j, c in enumerate(rc):
            ws[f"{c}{r}"] = counts[j]
            ws[f"{c}{r}"].alignment = CENTRE
            grand[j] += counts[j]
        for cc in range(2, last_ci + 1):
            ws.cell(r, cc).font = Font(bold=True, italic=True)
            ws.cell(r, cc).border = BOX
        sub_rows.append(r)
        r += 1
    ws.cell(r, 3, "TỔNG CỘNG")
    for j, c in enumerate(rc):
        ws[f"{c}{r}"] = grand[j]
        ws[f"{c}{r}"].alignment = CENTRE
    for cc in range(2, last_ci + 1):
        ws.cell(r, cc).font = BOLD
        ws.cell(r, cc).fill = fill("FFF2CC")
        ws.cell(r, cc).border = BOX
    sub_rows.append(r)
    ws.freeze_panes = f"D{hr + 1}"
    widths(ws, {"A": 3, "B": 6, "C": 42, **{c: 15 for c in rc}, kc: 20})
    wb.save(tmp / "vi.xlsx")
    shutil.copy(tmp / "vi.xlsx", HERE / fname)
    e = entry(
        sheet=None,
        roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)],
        acts=acts,
        heads=f"two header rows: merged group row {gr} (BAN LÃNH ĐẠO / CÁC PHÒNG BAN / ĐỐI TÁC) "
        f"over seven Vietnamese role heads in row {hr} (D:J); STT, Công việc and Ghi chú "
        "merged over both rows",
        shape="Vietnamese company accounting-software rollout: company block at A1, title in "
        "F5, key line in row 8 and the grid from B10; cells hold Vietnamese WORDS, not "
        "letters ('Thực hiện' = R, 'Phê duyệt' = A, 'Tham vấn' = C, 'Được thông báo' = I, "
        "two joined by ', '), the key line giving the RACI equivalents; phase rows I / II / "
        "III; a SUB-TOTAL row after each phase ('Cộng giai đoạn n', counts per role) and a "
        "'TỔNG CỘNG' grand-total row; frozen panes",
        notes=f"words translated by the key; sub-total and total rows (rows {sub_rows}) and "
        "phase rows are not activities; ",
        phase_rows=phase_rows,
    )
    e["notes"] += owner_note(e)
    return fname, e


BUILDERS: list[Callable[[Path], tuple[str, dict[str, Any]]]] = [
    wb_funktionendiagramm,
    wb_symbols,
    wb_formulas,
    wb_revisions,
    wb_footnotes,
    wb_arabic,
    wb_ukrainian_csv,
    wb_welsh,
    wb_one_column,
    wb_strings,
    wb_hungarian,
    wb_vietnamese,
]


# --------------------------------------------------------------------------- read-back check

def grid_xlsx(path: Path, sheet: str | None) -> dict[tuple[int, str], str]:
    wb = load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    out = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and str(c.value) != "":
                out[(c.row, c.column_letter)] = str(c.value)
    return out


def grid_rows(rows: list[list[str]]) -> dict[tuple[int, str], str]:
    out = {}
    for i, fields in enumerate(rows):
        for j, v in enumerate(fields):
            if v != "":
                out[(i + 1, get_column_letter(j + 1))] = v
    return out


def read_grid(path: Path, sheet: str | None, tmp: Path) -> dict[tuple[int, str], str]:
    if path.suffix == ".csv":
        text = path.read_bytes().decode("cp1251")
        return grid_rows(list(csv.reader(io.StringIO(text, newline=""), delimiter=";")))
    if path.suffix == ".ods":
        d = tmp / ("back_" + path.stem)
        d.mkdir()
        src = d / ("x" + path.suffix)
        shutil.copy(path, src)
        return grid_xlsx(soffice(src, "xlsx", d), sheet)
    g = grid_xlsx(path, sheet)
    if path.name.startswith("ansvarsmatrise"):
        last = max(r for r, _ in g)
        return grid_rows([g.get((i + 1, "A"), "").split(";") for i in range(last)])
    return g


def decode_cell(fname: str, raw: str) -> list[str]:
    s = raw.strip()
    if "→" in s:
        s = s.split("→")[1].strip()
    if s in ("", "–"):
        return []
    if fname.startswith("Funktionen"):
        return [{"E": "A", "D": "R", "M": "C", "I": "I"}[t] for t in s.split("/")]
    if fname.startswith("community"):
        return [{"●": "R", "▲": "A", "○": "C", "△": "I"}[ch] for ch in s]
    if fname.startswith("Ma trận"):
        back = {v: k for k, v in VI_WORD.items()}
        return [back[w] for w in s.split(", ")]
    s = s.translate(str.maketrans({"А": "A", "С": "C", "І": "I", "¹": "", "²": "", "³": "",
                                   "⁴": ""}))
    toks = s.split("/")
    assert all(t in ("R", "A", "C", "I") for t in toks), (fname, raw)
    return toks


def decode_strings(raw: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in re.split(r"; |\n| \| ", raw):
        lt, who = part.split(": ")
        for w in who.split(", "):
            out.setdefault(w, []).extend(lt.split("/"))
    return out


def check(fname: str, e: dict[str, Any], tmp: Path) -> None:
    path = HERE / fname
    g = read_grid(path, e["sheet"], tmp)
    name_col = {"مصفوفة": "H", "community": "C", "Ma trận": "C", "5S_": "B"}
    nc = next((v for k, v in name_col.items() if fname.startswith(k)), "B")
    seen_rows = set()
    for a in e["activities"]:
        r = a["row"]
        seen_rows.add(r)
        assert g.get((r, nc)) == a["name"], (fname, r, g.get((r, nc)), a["name"])
        if e["roles"][0]["col"] is None:
            got = decode_strings(g[(r, "D")])
            want = {e["roles"][int(k)]["name"]: v for k, v in a["letters"].items()}
            assert got == want, (fname, r, got, want)
            continue
        for i, ro in enumerate(e["roles"]):
            got = decode_cell(fname, g.get((r, ro["col"]), ""))
            assert got == a["letters"].get(str(i), []), (fname, r, ro["col"], got, a)
    # heads
    if e["roles"][0]["col"] is not None:
        hr = {"community": 12, "Funktionen": 5, "library": 5, "Ma trận": 11}
        hrow = next((v for k, v in hr.items() if fname.startswith(k)), 4)
        if fname.startswith("Матриця"):
            hrow = 3
        for ro in e["roles"]:
            assert g.get((hrow, ro["col"])) == ro["name"], (fname, ro, g.get((hrow, ro["col"])))
    # no letter-like text in role columns outside the activity rows below the heads
    print(f"ok  {fname}: {len(e['roles'])} roles, {e['n']} activities")


def main() -> None:
    truth: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for b in BUILDERS:
            fname, e = b(tmp)
            truth[fname] = e
        for fname, e in truth.items():
            check(fname, e, tmp)
    (HERE / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    acts = sum(e["n"] for e in truth.values())
    roles = sum(len(e["roles"]) for e in truth.values())
    letters = sum(len(v) for e in truth.values() for a in e["activities"]
                  for v in a["letters"].values())
    cells = sum(len(a["letters"]) for e in truth.values() for a in e["activities"])
    print(f"{len(truth)} workbooks, {acts} activities, {roles} roles, {cells} letter cells, "
          f"{letters} letters")


if __name__ == "__main__":
    main()
