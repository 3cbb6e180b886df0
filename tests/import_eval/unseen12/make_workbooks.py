"""Build the thirteenth held-out set of RACI workbooks and its truth.json, then read each back.

Run from the repository root: ``python tests/import_eval/unseen12/make_workbooks.py``. Needs
openpyxl and LibreOffice (``soffice``) for the .ods, the .xlsm and the subtotal workbook (whose
formulas LibreOffice computes). The files, truth.json and the read-back check (openpyxl with merged
ranges spread over their cells, a LibreOffice round trip for the .ods, the csv module for the
ISO-8859-3 pipe-separated CSV) are all made here. The letters are drawn once from a seeded
generator and then fixed so that every workbook has an activity without A, one with more than one
A and one without R.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent

Lets = list[list[str]]

THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(rgb: str) -> PatternFill:
    return PatternFill("solid", start_color=rgb, end_color=rgb)


def gen(seed: int, n_acts: int, n_roles: int, *, no_a: int, two_a: int, no_r: int,
        extra: dict[tuple[int, int], list[str]] | None = None) -> list[Lets]:
    """Seeded letters for n_acts x n_roles, with the three owner problems at the given rows."""
    rng = random.Random(seed)
    out: list[Lets] = []
    for i in range(n_acts):
        lets: Lets = [[] for _ in range(n_roles)]
        order = list(range(n_roles))
        rng.shuffle(order)
        a = order[0]
        if rng.random() < 0.18:
            lets[a] = ["A", "R"]
        else:
            lets[a] = ["A"]
            lets[order[1]] = ["R"]
            if rng.random() < 0.3:
                lets[order[2]] = ["R"]
        for j in order[3:]:
            x = rng.random()
            if x < 0.3:
                lets[j] = ["C"]
            elif x < 0.5:
                lets[j] = ["I"]
        if i == no_a:
            for j in range(n_roles):
                if lets[j] == ["A", "R"]:
                    lets[j] = ["R"]
                elif lets[j] == ["A"]:
                    lets[j] = ["C"]
        if i == two_a:
            for j in order[3:]:
                if not lets[j] or lets[j] == ["I"]:
                    lets[j] = ["A"]
                    break
            else:
                lets[order[-1]] = ["A"]
        if i == no_r:
            for j in range(n_roles):
                if lets[j] == ["A", "R"]:
                    lets[j] = ["A"]
                elif lets[j] == ["R"]:
                    lets[j] = ["C"]
        out.append(lets)
    for (i, j), lt in (extra or {}).items():
        out[i][j] = lt
    return out


def role(col: Any, name: str, aliases: list[str] | None = None,
         parts: list[str] | None = None) -> dict[str, Any]:
    return {"col": col, "name": name, "aliases": aliases or [], "parts": parts or []}


def entry(*, sheet: str | None, roles: list[dict[str, Any]], acts: list[tuple[Any, str, Lets]],
          heads: str, shape: str, notes: str, phase_rows: list[Any]) -> dict[str, Any]:
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
    e = {
        "sheet": sheet, "roles": roles, "heads": heads, "shape": shape, "notes": notes,
        "placeholder": None, "phase_rows": phase_rows, "n": len(activities),
        "activities": activities, "missing_accountable": no_a,
        "multiple_accountable": many_a, "missing_responsible": no_r,
        "letters_used": sorted(used),
    }
    names = [a["name"] for a in activities]

    def q(idx: list[int]) -> str:
        return ", ".join(f"'{names[i]}'" for i in idx)

    e["notes"] += (f"no A: {q(no_a)}; more than one A: {q(many_a)}; no R: {q(no_r)}")
    return e


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["soffice", "--headless", "--calc", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=240,
    )
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert out.exists(), out
    return out


def widths(ws: Worksheet, spec: dict[str, float]) -> None:
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def cols(first: str, n: int) -> list[str]:
    start = column_index_from_string(first)
    return [get_column_letter(start + i) for i in range(n)]


def plain(lt: list[str], sep: str = "/") -> str:
    return sep.join(lt)


def merge_ar(grid: list[Lets], rows: list[int]) -> None:
    """Turn the lone A of each given activity into 'A/R' (the A count stays, one more R)."""
    for i in rows:
        j = next(j for j, lt in enumerate(grid[i]) if lt == ["A"])
        grid[i][j] = ["A", "R"]


# Each builder returns (file name, truth entry, check config). The config tells the read-back
# where names and heads are and how a cell's text turns into letters; it is not in truth.json.
Built = tuple[str, dict[str, Any], dict[str, Any]]


def head_row(ws: Worksheet, r: int, heads: list[Any], first: int = 1, *, rgb: str = "D9E1F2",
             white: bool = False, rotate: bool = False) -> None:
    for i, h in enumerate(heads):
        if h is None:
            continue
        c = ws.cell(r, first + i, h)
        c.font = Font(bold=True, color="FFFFFF" if white else "000000")
        c.fill = fill(rgb)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True,
                                text_rotation=90 if rotate else 0)
        c.border = BOX


def box(ws: Worksheet, r: int, c1: int, c2: int) -> None:
    for ci in range(c1, c2 + 1):
        ws.cell(r, ci).border = BOX


def entries(names: list[str], rc: list[str]) -> list[dict[str, Any]]:
    return [role(c, nm) for c, nm in zip(rc, names, strict=True)]


# ------------------------------ 1 Maltese pipe CSV, Latin-3

def wb_maltese(tmp: Path) -> Built:
    fname = "Matriċi_RACI_żona_industrijali.csv"
    names = ["Kap Eżekuttiv", "Maniġer tal-Proġett", "Inġinier Ċivili", "Uffiċjal tal-Finanzi",
             "Kuntrattur Prinċipali", "Awtorità tal-Ippjanar", "Kunsill Lokali"]
    tasks = ["Stħarriġ tas-sit u tal-utilitajiet", "Applikazzjoni għall-permess tal-iżvilupp",
             "Disinn tat-toroq ġodda", "Sejħa għall-offerti", "Evalwazzjoni tal-offerti",
             "Għoti tal-kuntratt", "Xogħlijiet ta' tħaffir", "Pajpijiet tad-drenaġġ u tal-ilma",
             "Wiċċ it-triq u bankini", "Dawl fit-toroq", "Spezzjoni finali", "Għeluq finanzjarju",
             "Avviż lir-residenti u lin-negozji"]
    grid = gen(1301, len(tasks), len(names), no_a=9, two_a=5, no_r=12)
    rc = cols("C", len(names))
    head = ["ID", "Attività", *names, "Skadenza", "Status"]
    lines: list[list[str]] = [
        ["# Rapport: Matriċi RACI - Titjib taż-Żona Industrijali ta' Ħal Far"],
        ["# Ġenerat minn: SIMS Rapporti v4.2   Data: 30/11/2026 09:14   Utent: jborg"],
        ["#"],
        head,
    ]
    acts = []
    status = ["Lest", "Għaddej", "Mhux mibdi"]
    for i, t in enumerate(tasks):
        cells = [("R+A" if lt == ["A", "R"] else "".join(lt)) for lt in grid[i]]
        d = dt.date(2026, 2, 6) + dt.timedelta(days=21 * i)
        lines.append([f"HF-{i + 1:03d}", t, *cells, d.strftime("%d/%m/%Y"), status[min(i // 5, 2)]])
        acts.append((len(lines), t, grid[i]))
    lines.append([f"# Tmiem tar-rapport - {len(tasks)} rekords"])
    text = "".join("|".join(fs) + "\n" for fs in lines)
    (HERE / fname).write_bytes(text.encode("iso8859_3"))
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="line 4: 'ID', 'Attività', seven role names (fields C:I), 'Skadenza', 'Status'",
        shape="Maltese local-council road and drainage works, exported by a reporting tool as a "
        "PIPE-separated ('|') text file in ISO-8859-3 (Latin-3, which has Maltese ċ ġ ħ ż), LF, "
        "unquoted, no padding; three '#' comment lines (report name, generator/date/user) above "
        "the header and a '# Tmiem tar-rapport' line after the last record; IDs HF-001; 'R+A' "
        "cells; dd/mm/yyyy dates and a status after the roles",
        notes="encoding ISO-8859-3, delimiter '|'; `row` is the line number, `col` the field's "
        "column letter; the '#' lines are not part of the table; 'R+A' = R+A; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": 4, "csv": ("iso8859_3", "|")}


# ------------------------------ 2 Apple Numbers export (Maori/English)

def wb_numbers(tmp: Path) -> Built:
    fname = "Term 2 kura planning.xlsx"
    names = ["Tumuaki (Principal)", "Tumuaki Tuarua (DP)", "Kaiako (Teachers)",
             "Board of Trustees", "Office Manager", "Whānau Rōpū", "PTA"]
    tasks = ["Matariki celebration week", "Kapa haka festival entry", "Term 2 reports to whānau",
             "Swimming lessons bookings", "Cross-country day", "Property maintenance (roof)",
             "ERO review preparation", "Hui with whānau on new curriculum",
             "Budget mid-year review", "Winter uniform order", "Teacher only day PD",
             "Newsletter (fortnightly)"]
    grid = gen(1302, len(tasks), len(names), no_a=10, two_a=1, no_r=8)
    wb = Workbook()
    s0 = wb.active
    s0.title = "Export Summary"
    s0["A1"] = ("This document was exported from Numbers. Each table was converted to an Excel "
                "worksheet. All other objects on each Numbers sheet were placed on separate "
                "worksheets. Please be aware that formula calculations may differ in Excel.")
    s0["A1"].alignment = WRAP
    s0.merge_cells("A1:C1")
    s0.row_dimensions[1].height = 60
    s0.append([])
    s0.append(["Numbers Sheet Name", "Numbers Table Name", "Excel Worksheet Name"])
    s0.append(["Term 2 plan", "RACI", "Term 2 plan - RACI"])
    s0.append(["", "Key", "Term 2 plan - Key"])
    s0.append(["Calendar", "Dates", "Calendar - Dates"])
    for c in "ABC":
        s0.column_dimensions[c].width = 28
    for ci in range(1, 4):
        s0.cell(3, ci).font = BOLD
    s0.cell(4, 3).hyperlink = "#'Term 2 plan - RACI'!A1"
    ws = wb.create_sheet("Term 2 plan - RACI")
    ws["A1"] = "RACI"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2 + len(names) + 1)
    hr = 2
    rc = cols("B", len(names))
    head_row(ws, hr, ["Kaupapa / Event", *names, "Week"], rgb="DBE6F0")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, t)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = ", ".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 2 + len(names), f"Wk {1 + (i * 10) // len(tasks)}")
        if i % 2:
            for ci in range(1, 3 + len(names)):
                ws.cell(r, ci).fill = fill("F2F2F2")
        acts.append((r, t, grid[i]))
    fr = hr + 1 + len(tasks)
    ws.cell(fr, 1, "Count").font = BOLD
    for j, c in enumerate(rc):
        ws[f"{c}{fr}"] = sum(1 for g in grid if g[j])
        ws[f"{c}{fr}"].font = BOLD
        ws[f"{c}{fr}"].alignment = CENTRE
    ws.freeze_panes = "B3"
    widths(ws, {"A": 34, **{c: 14 for c in rc}})
    ws2 = wb.create_sheet("Term 2 plan - Key")
    for row in [("Key",), ("R", "Responsible – does the mahi"), ("A", "Accountable – signs off"),
                ("C", "Consulted"), ("I", "Informed")]:
        ws2.append(list(row))
    ws3 = wb.create_sheet("Calendar - Dates")
    ws3.append(["Week", "Starts"])
    for w in range(1, 11):
        ws3.append([w, dt.date(2026, 4, 27) + dt.timedelta(weeks=w - 1)])
    wb.save(HERE / fname)
    e = entry(
        sheet="Term 2 plan - RACI", roles=entries(names, rc), acts=acts,
        heads="row 2 of sheet 'Term 2 plan - RACI': 'Kaupapa / Event', seven role names (B:H), "
        "'Week'",
        shape="New Zealand primary school (kura) term plan made in Apple Numbers and exported to "
        "Excel: first sheet 'Export Summary' (Numbers' note and a Numbers sheet / table / Excel "
        "worksheet table); each Numbers table on its own worksheet named 'Sheet - Table': the "
        "matrix on 'Term 2 plan - RACI' with the table name 'RACI' merged in row 1, header in "
        "row 2, a Numbers footer row 'Count' (numbers) under the last activity; 'Term 2 plan - "
        "Key' and 'Calendar - Dates' sheets; Māori and English role names; 'A, R' cells; "
        "banded rows",
        notes="the matrix is on the second sheet 'Term 2 plan - RACI'; the 'Count' footer row "
        "is not an activity; 'A, R' = A+R; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "A", "head_row": hr}


# ------------------------------ 3 Albanian: A as a column of names

def wb_albanian(tmp: Path) -> Built:
    fname = "Matrica_RACI_faturimi_i_ujit.xlsx"
    names = ["Drejtori i Përgjithshëm", "Drejtori Financiar", "Sektori IT", "Shërbimi i Klientit",
             "Sektori Ligjor", "Furnitori i Softuerit", "Njësia e Prokurimit"]
    tasks = ["Analiza e procesit aktual të faturimit", "Hartimi i specifikimeve teknike",
             "Procedura e prokurimit", "Nënshkrimi i kontratës me furnitorin",
             "Migrimi i të dhënave të klientëve", "Konfigurimi i tarifave",
             "Integrimi me sistemin bankar", "Testimi i faturave provë",
             "Trajnimi i stafit të sportelit", "Njoftimi i klientëve për faturën e re",
             "Kalimi në prodhim", "Mbështetja pas kalimit (3 muaj)"]
    grid = gen(1303, len(tasks), len(names), no_a=6, two_a=3, no_r=9)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Matrica RACI – Sistemi i ri i faturimit të ujit"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Kolona 'Llogaridhënës (A)' tregon kush jep llogari për aktivitetin. Në rrjetë: "
                "R = Përgjegjës (zbaton), C = Konsultohet, I = Informohet.")
    ws["A2"].font = Font(italic=True)
    hr = 4
    rc = cols("D", len(names))
    head_row(ws, hr, ["Nr.", "Aktiviteti", "Llogaridhënës (A)", *names, "Afati"], rgb="C00000",
             white=True)
    ws.row_dimensions[hr].height = 45
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        owners = [names[j] for j, lt in enumerate(grid[i]) if "A" in lt]
        ws.cell(r, 3, " / ".join(owners) if owners else None)
        for c, lt in zip(rc, grid[i], strict=True):
            rest = [x for x in lt if x != "A"]
            if rest:
                ws[f"{c}{r}"] = "/".join(rest)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 4 + len(names), dt.date(2026, 3, 1) + dt.timedelta(days=20 * i)).number_format \
            = "dd.mm.yyyy"
        box(ws, r, 1, 4 + len(names))
        acts.append((r, t, grid[i]))
    dv = DataValidation(type="list", formula1=f"=$D${hr}:${rc[-1]}${hr}", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"C{hr + 1}:C{hr + len(tasks)}")
    ws.freeze_panes = f"D{hr + 1}"
    widths(ws, {"A": 5, "B": 40, "C": 26, **{c: 13 for c in rc}, "K": 11})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'Nr.', 'Aktiviteti', 'Llogaridhënës (A)', seven role names (D:J), 'Afati'",
        shape="Albanian water utility billing-system project: NO A in the grid — the accountable "
        "role is NAMED in its own column 'Llogaridhënës (A)' before the roles (a drop-down of "
        "the role heads; two names joined by ' / ' once, left empty once); the grid holds only "
        "R / C / I; legend line above saying so; dd.mm.yyyy deadlines; frozen panes",
        notes="the role named in 'Llogaridhënës (A)' gets A for that activity (together with "
        "any R / C / I it has in the grid); ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "a_col": "C"}


# ------------------------------ 4 English: task refs are letters

def wb_village_hall(tmp: Path) -> Built:
    fname = "village_hall_refurb_jobs_A-P.xlsx"
    names = ["Chair (Margaret)", "Treasurer (Dev)", "Secretary (Alison)", "Bookings (Pete)",
             "Parish Council", "Builder (Hartley & Sons)"]
    tasks = ["Agree scope with trustees", "Apply to lottery fund", "Get three builder quotes",
             "Choose the builder", "Tell regular hirers about closure", "Move out chairs & piano",
             "Strip out old kitchen", "New kitchen & serving hatch", "Accessible toilet",
             "Rewire & LED lights", "Redecorate main hall", "Fire risk assessment",
             "Pay invoices & claim grant", "Update website & bookings", "Reopening coffee morning",
             "Final report to funder"]
    grid = gen(1304, len(tasks), len(names), no_a=11, two_a=3, no_r=14,
               extra={(1, 2): ["R", "C"], (6, 3): ["C", "I"]})
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Oakley Green Village Hall – refurbishment: who does what"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "R = doing it   A = final say   C = ask first   I = keep in the loop"
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["Ref", "Job", *names, "When"], rgb="E2EFDA")
    acts = []
    refs = [chr(ord("A") + i) for i in range(len(tasks))]
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, refs[i]).alignment = CENTRE
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 2, t)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = ",".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 3 + len(names), ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][i * 6 // len(tasks)])
        box(ws, r, 1, 3 + len(names))
        acts.append((r, t, grid[i]))
    n = hr + len(tasks) + 2
    ws.cell(n, 1, "Refs A–P are the same as in the lottery fund application (section 4).").font = \
        Font(italic=True, size=9)
    widths(ws, {"A": 5, "B": 34, **{c: 14 for c in rc}, "I": 8})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'Ref', 'Job', six 'Office (Name)' role heads (C:H), 'When'",
        shape="English village-hall committee refurbishment: the job references in column A are "
        "single LETTERS A–P (matching a grant application), so 'A', 'C' and 'I' appear in the "
        "Ref column of ordinary rows; plain informal key line; 'R,C' / 'A,R' cells without "
        "spaces; month column after the roles; footnote under the grid",
        notes="column A holds job references, not RACI letters; 'R,C' = R+C; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------ 5 Serbian: R1 / R2 ranks

def wb_serbian(tmp: Path) -> Built:
    fname = "RACI_матрица_ревизија_набавки.xlsx"
    names = ["Генерални директор", "Руководилац ревизије", "Интерни ревизор",
             "Служба набавке", "Финансијска служба", "Правна служба", "Одбор за ревизију"]
    tasks = ["Годишњи план ревизије набавки", "Избор узорка поступака",
             "Преглед тендерске документације",
             "Провера уговора и анекса", "Интервјуи са наручиоцима", "Тестирање плаћања",
             "Нацрт ревизорског извештаја", "Одговор руководства", "Коначни извештај",
             "Праћење препорука", "Извештај Одбору за ревизију"]
    grid = gen(1305, len(tasks), len(names), no_a=4, two_a=8, no_r=9)
    # rank the R: first R of a row is R1 (lead), any further R is R2 (deputy)
    wb = Workbook()
    ws = wb.active
    ws.title = "Матрица"
    ws["A1"] = "RACI матрица – Ревизија јавних набавки 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R1 = главни извршилац   R2 = заменик / подршка извршиоцу   A = одговоран за "
                "одлуку   C = консултује се   I = обавештава се")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["Р. бр.", "Активност", *names, "Рок"], rgb="1F3864", white=True)
    ws.row_dimensions[hr].height = 48
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, f"{i + 1}.")
        ws.cell(r, 2, t)
        seen_r = False
        for c, lt in zip(rc, grid[i], strict=True):
            out = []
            for x in lt:
                if x == "R":
                    out.append("R2" if seen_r else "R1")
                    seen_r = True
                else:
                    out.append(x)
            if out:
                ws[f"{c}{r}"] = "/".join(sorted(out, key=lambda s: s != "A"))
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 3 + len(names), dt.date(2026, 2, 15) + dt.timedelta(days=25 * i)).number_format \
            = "dd.mm.yyyy."
        box(ws, r, 1, 3 + len(names))
        acts.append((r, t, grid[i]))
    dv = DataValidation(type="list", formula1='"R1,R2,A,C,I,A/R1,A/R2"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"C{hr + 1}:{rc[-1]}{hr + len(tasks)}")
    ws.freeze_panes = f"C{hr + 1}"
    widths(ws, {"A": 6, "B": 38, **{c: 14 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'Р. бр.', 'Активност', seven Serbian Cyrillic role names (C:I), 'Рок'",
        shape="Serbian (Cyrillic) internal-audit review of public procurement: RANKED "
        "responsibility 'R1' (lead doer) / 'R2' (deputy, support) instead of R, explained in "
        "the legend line; 'A/R1' cells; list drop-down 'R1,R2,A,C,I,A/R1,A/R2' over the grid; "
        "'1.' numbers; dd.mm.yyyy. dates; frozen panes; dark header",
        notes="R1 and R2 are both R (lead and deputy doer); 'A/R1' = A+R; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "map": {"R1": "R", "R2": "R"}}


# ------------------------------ 6 Armenian: letters merged across roles

def wb_armenian(tmp: Path) -> Built:
    fname = "RACI_մատրիցա_թանգարանի_թվայնացում.xlsx"
    names = ["Տնօրեն", "Ծրագրի ղեկավար", "Ֆոնդապահ", "ՏՏ բաժին", "Ֆինանսական բաժին",
             "Իրավաբանական բաժին", "Մատակարար", "Հանրային կապեր"]
    tasks = ["Ծրագրի մեկնարկ", "Հավաքածուի գույքագրում", "Սկաներների գնում",
             "Մատակարարի ընտրություն",
             "Աշխատակիցների վերապատրաստում", "Նմուշների թվայնացում", "Մետատվյալների մուտքագրում",
             "Կայքի մշակում", "Հեղինակային իրավունքների ստուգում", "Փորձարկում",
             "Հանրային ներկայացում", "Վերջնական հաշվետվություն"]
    grid = gen(1306, len(tasks), len(names), no_a=8, two_a=5, no_r=11)
    # runs of the same C or I over neighbouring roles are typed once in a merged cell
    runs: dict[int, tuple[int, int, str]] = {}
    plan = {0: "I", 2: "C", 4: "I", 6: "C", 7: "I", 9: "C", 10: "I", 11: "I"}
    for i, letter in plan.items():
        free = [j for j in range(len(names)) if "A" not in grid[i][j] and "R" not in grid[i][j]]
        best: tuple[int, int] | None = None
        for s in free:
            e_ = s
            while e_ + 1 in free:
                e_ += 1
            if e_ - s >= 1 and (best is None or e_ - s > best[1] - best[0]):
                best = (s, min(e_, s + 3))
        if best:
            for j in range(best[0], best[1] + 1):
                grid[i][j] = [letter]
            runs[i] = (best[0], best[1], letter)
    assert len(runs) >= 6, runs
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "RACI մատրիցա – Թանգարանի հավաքածուի թվայնացում"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – կատարող, A – պատասխանատու, C – խորհրդատու, I – տեղեկացվող։ Միավորված "
                "վանդակը վերաբերում է բոլոր ներքևի սյունակներին։")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["№", "Գործողություն", *names], rgb="FCE4D6")
    ws.row_dimensions[hr].height = 40
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        for j, (c, lt) in enumerate(zip(rc, grid[i], strict=True)):
            if lt and not (i in runs and runs[i][0] < j <= runs[i][1]):
                ws[f"{c}{r}"] = "/".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        if i in runs:
            s, e_, _ = runs[i]
            ws.merge_cells(f"{rc[s]}{r}:{rc[e_]}{r}")
            ws[f"{rc[s]}{r}"].fill = fill("EDEDED")
        box(ws, r, 1, 2 + len(names))
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 4, "B": 40, **{c: 13 for c in rc}})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: '№', 'Գործողություն', eight Armenian role names (C:J)",
        shape="Armenian museum collection digitisation: a C or I shared by NEIGHBOURING roles is "
        f"typed ONCE in a cell MERGED ACROSS those role columns (in {len(runs)} activities, over "
        "2–4 roles, shaded grey), as the legend line says; other cells one letter each; 'A/R' "
        "cells; Armenian title, legend and heads",
        notes="a letter in a horizontally merged cell belongs to every role column the merge "
        "covers; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr,
                      "merged": [f"{rc[s]}{hr + 1 + i}:{rc[e_]}{hr + 1 + i}"
                                 for i, (s, e_, _) in runs.items()]}


# ------------------------------ 7 Mongolian .ods, summary sheet first

def wb_mongolian(tmp: Path) -> Built:
    fname = "RACI_матриц_теле-эмчилгээ.ods"
    names = ["Захирал", "Төслийн менежер", "Санхүүгийн алба", "МТ-ийн алба", "Хүний нөөц",
             "Гүйцэтгэгч компани", "Аймгийн ЗДТГ"]
    phases = [("1-р үе шат: Бэлтгэл", ["Төслийн баримт бичиг батлах",
                                        "Тоног төхөөрөмж худалдан авах",
                                        "Нууцлалын журам батлах", "Төсвийн төлөвлөгөө"]),
              ("2-р үе шат: Нэвтрүүлэлт", ["Сүлжээний холболт суурилуулах",
                                           "Программ хангамж тохируулах", "Эмч нарыг сургах",
                                           "Туршилтын зөвлөгөө"]),
              ("3-р үе шат: Ашиглалт", ["Өвчтөнд мэдээлэл түгээх", "Ашиглалтад хүлээлгэн өгөх",
                                         "Явцын тайлан", "Төслийн хаалт"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1307, n, len(names), no_a=7, two_a=2, no_r=10)
    wb = Workbook()
    s0 = wb.active
    s0.title = "Хураангуй"
    s0["A1"] = "Хураангуй: үүрэг тус бүрийн үсгийн тоо"
    s0["A1"].font = Font(bold=True, size=13)
    hr = 4
    rc = cols("C", len(names))
    last = hr + n + len(phases)
    head_row(s0, 3, ["Үүрэг", "R", "A", "C", "I", "Нийт"], rgb="BDD7EE")
    for j, (c, nm) in enumerate(zip(rc, names, strict=True)):
        r = 4 + j
        s0.cell(r, 1, nm)
        for k, letter in enumerate("RACI"):
            s0.cell(r, 2 + k, f'=COUNTIF(RACI!{c}{hr + 1}:{c}{last},"*{letter}*")')
        s0.cell(r, 6, f"=SUM(B{r}:E{r})")
    s0.column_dimensions["A"].width = 24
    ws = wb.create_sheet("RACI")
    ws["A1"] = "RACI матриц – Сумын эрүүл мэндийн төвийн теле-эмчилгээ"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R – гүйцэтгэгч, A – хариуцагч, C – зөвлөлдөх, I – мэдээлэл авах"
    head_row(ws, hr, ["№", "Үйл ажиллагаа", *names, "Хугацаа"], rgb="2F5597", white=True)
    r = hr
    k = 0
    acts, prow = [], []
    for pi, (ph, ts) in enumerate(phases):
        r += 1
        ws.cell(r, 1, ph).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3 + len(names))
        ws.cell(r, 1).fill = fill("DDEBF7")
        prow.append(r)
        for ti, t in enumerate(ts):
            r += 1
            ws.cell(r, 1, f"{pi + 1}.{ti + 1}")
            ws.cell(r, 2, t)
            for c, lt in zip(rc, grid[k], strict=True):
                if lt:
                    ws[f"{c}{r}"] = "/".join(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            ws.cell(r, 3 + len(names), f"2026 оны {ti + 3 * pi + 2}-р сар")
            box(ws, r, 1, 3 + len(names))
            acts.append((r, t, grid[k]))
            k += 1
    widths(ws, {"A": 6, "B": 40, **{c: 13 for c in rc}, "J": 16})
    src = tmp / "mongolian.xlsx"
    wb.save(src)
    shutil.copy(soffice(src, "ods", tmp / "lo_mongolian"), HERE / fname)
    e = entry(
        sheet="RACI", roles=entries(names, rc), acts=acts,
        heads="row 4 of sheet 'RACI': '№', 'Үйл ажиллагаа', seven Mongolian role names (C:I), "
        "'Хугацаа'",
        shape="Mongolian soum health-centre telemedicine project in LibreOffice (.ods): FIRST "
        "sheet 'Хураангуй' is a SUMMARY with the roles DOWN column A and the letters R / A / C / "
        "I (and Нийт) as column heads holding COUNTIF numbers — a role-by-letter table, not the "
        "matrix; the matrix is on the second sheet 'RACI': three merged 'n-р үе шат: ...' phase "
        "rows, '1.1' numbers, month-text deadlines, 'A/R' cells",
        notes="the matrix is the second sheet 'RACI'; the first sheet is counts per role; phase "
        "rows are not activities; ",
        phase_rows=prow,
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------ 8 Azerbaijani .xlsm, revision log, A* and ?

def wb_azerbaijani(tmp: Path) -> Built:
    fname = "RACI_matrisi_məktəb_yeməkxanası_v3.xlsm"
    names = ["Baş direktor", "Layihə rəhbəri", "Maliyyə şöbəsi", "İT şöbəsi", "Satınalma",
             "Hüquq şöbəsi", "Podratçı"]
    tasks = ["Layihə nizamnaməsinin təsdiqi", "Mövcud avadanlığın inventarı",
             "Texniki tapşırığın hazırlanması", "Tender elanı", "Təkliflərin qiymətləndirilməsi",
             "Müqavilənin imzalanması", "Mətbəx avadanlığının quraşdırılması", "Sanitar yoxlama",
             "İşçilərin təlimi", "Valideynlərə məlumat", "Açılış", "Layihənin bağlanması"]
    grid = gen(1308, len(tasks), len(names), no_a=4, two_a=9, no_r=7)
    star = {(i, j) for i in range(len(tasks)) for j in [0] if "A" in grid[i][0]}
    query = {(1, 5), (2, 6), (5, 3), (8, 4), (10, 6), (11, 2)}
    for i, j in list(query):
        if not grid[i][j]:
            grid[i][j] = ["C"]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Məktəb yeməkxanasının modernləşdirilməsi – RACI matrisi"
    ws["A1"].font = Font(bold=True, size=14)
    head_row(ws, 3, ["Versiya", "Tarix", "Müəllif", "Dəyişiklik"], rgb="D9D9D9")
    log = [("v1", dt.date(2026, 1, 12), "N. Əliyeva", "İlk variant"),
           ("v2", dt.date(2026, 2, 3), "R. Hüseynov", "Podratçı sütunu əlavə edildi"),
           ("v3", dt.date(2026, 3, 17), "N. Əliyeva", "Baş direktorun A-ları müvəqqəti (A*)")]
    for k, (v, d, a, ch) in enumerate(log):
        ws.cell(4 + k, 1, v)
        ws.cell(4 + k, 2, d).number_format = "dd.mm.yyyy"
        ws.cell(4 + k, 3, a)
        ws.cell(4 + k, 4, ch)
        box(ws, 4 + k, 1, 4)
    ws["A8"] = ("R – icra edir   A – cavabdehdir   C – məsləhətləşilir   I – məlumatlandırılır   "
                "A* – müvəqqəti: yeni baş direktor təyin olunana qədər   ? – hələ təsdiqlənməyib")
    ws["A8"].font = Font(italic=True, size=9)
    hr = 10
    rc = cols("C", len(names))
    head_row(ws, hr, ["№", "Fəaliyyət", *names, "Son tarix"], rgb="548235", white=True)
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        for j, (c, lt) in enumerate(zip(rc, grid[i], strict=True)):
            if lt:
                txt = "/".join(lt)
                if (i, j) in star:
                    txt = txt.replace("A", "A*")
                if (i, j) in query:
                    txt += "?"
                ws[f"{c}{r}"] = txt
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 3 + len(names), dt.date(2026, 4, 1) + dt.timedelta(days=14 * i)).number_format \
            = "dd.mm.yyyy"
        box(ws, r, 1, 3 + len(names))
        acts.append((r, t, grid[i]))
    ws.freeze_panes = f"C{hr + 1}"
    ws.auto_filter.ref = f"A{hr}:{get_column_letter(3 + len(names))}{hr + len(tasks)}"
    widths(ws, {"A": 9, "B": 38, **{c: 14 for c in rc}, "J": 12})
    src = tmp / "azerbaijani.xlsx"
    wb.save(src)
    out = soffice(src, "xlsm:Calc MS Excel 2007 VBA XML", tmp / "lo_azerbaijani")
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 10: '№', 'Fəaliyyət', seven Azerbaijani role names (C:I), 'Son tarix'",
        shape="Azerbaijani school-canteen modernisation, macro-enabled workbook (.xlsm): a "
        "REVISION LOG table (Versiya / Tarix / Müəllif / Dəyişiklik, rows 3–6) above the "
        "matrix sharing its columns A:D; legend line with 'A*' = interim accountable (until a "
        f"new director is appointed, {len(star)} cells) and '?' = not yet confirmed "
        f"({len(query)} cells such as 'C?'); autofilter and frozen panes on the grid",
        notes="'A*' is A; a letter with '?' is still that letter (assigned, not yet confirmed); "
        "the revision log is not part of the matrix; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "strip": "*?"}


# ------------------------------ 9 Bengali, Data > Subtotal rows

def wb_bengali(tmp: Path) -> Built:
    fname = "RACI_ম্যাট্রিক্স_নিরাপদ_পানি_প্রকল্প.xlsx"
    names = ["নির্বাহী পরিচালক", "প্রকল্প সমন্বয়কারী", "মাঠ কর্মকর্তা", "হিসাব বিভাগ",
             "এমঅ্যান্ডই কর্মকর্তা", "দাতা সংস্থা", "ইউনিয়ন পরিষদ"]
    groups = [("জরিপ", ["গ্রামভিত্তিক খানা জরিপ", "নলকূপের পানির আর্সেনিক পরীক্ষা",
                        "উপকারভোগী তালিকা চূড়ান্তকরণ", "জরিপের তথ্য এন্ট্রি"]),
              ("প্রশিক্ষণ", ["স্বেচ্ছাসেবক প্রশিক্ষণ", "স্বাস্থ্যবিধি সচেতনতা সভা",
                             "প্রশিক্ষণ মূল্যায়ন"]),
              ("বিতরণ", ["নলকূপ স্থাপনের দরপত্র", "নলকূপ স্থাপন", "পানি পরীক্ষার কিট বিতরণ",
                         "হস্তান্তর অনুষ্ঠান", "দাতার কাছে প্রতিবেদন"])]
    n = sum(len(t) for _, t in groups)
    grid = gen(1309, n, len(names), no_a=5, two_a=8, no_r=2)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "নিরাপদ পানি প্রকল্প – দায়িত্ব বণ্টন (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R = দায়িত্বপ্রাপ্ত, A = জবাবদিহি, C = পরামর্শ, I = অবহিত"
    hr = 4
    rc = cols("D", len(names))
    head_row(ws, hr, ["ক্রম", "কার্যক্রম", "কার্যক্ষেত্র", *names, "সময়সীমা"], rgb="FFE699")
    r = hr
    k = 0
    acts, sub = [], []
    first_data = hr + 1
    for g, ts in groups:
        start = r + 1
        for t in ts:
            r += 1
            ws.cell(r, 1, k + 1)
            ws.cell(r, 2, t)
            ws.cell(r, 3, g)
            for c, lt in zip(rc, grid[k], strict=True):
                if lt:
                    ws[f"{c}{r}"] = "/".join(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            ws.cell(r, 4 + len(names), dt.date(2026, 7, 1) + dt.timedelta(days=12 * k)) \
                .number_format = "dd/mm/yyyy"
            ws.row_dimensions[r].outline_level = 2
            acts.append((r, t, grid[k]))
            k += 1
        r += 1
        ws.cell(r, 3, f"{g} Count").font = BOLD
        for c in rc:
            ws[f"{c}{r}"] = f"=SUBTOTAL(3,{c}{start}:{c}{r - 1})"
            ws[f"{c}{r}"].font = BOLD
        ws.row_dimensions[r].outline_level = 1
        sub.append(r)
    r += 1
    ws.cell(r, 3, "Grand Count").font = BOLD
    for c in rc:
        ws[f"{c}{r}"] = f"=SUBTOTAL(3,{c}{first_data}:{c}{r - 1})"
        ws[f"{c}{r}"].font = BOLD
    sub.append(r)
    ws.sheet_properties.outlinePr.summaryBelow = True
    widths(ws, {"A": 5, "B": 36, "C": 16, **{c: 13 for c in rc}, "K": 12})
    src = tmp / "bengali.xlsx"
    wb.save(src)
    shutil.copy(soffice(src, "xlsx", tmp / "lo_bengali"), HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'ক্রম', 'কার্যক্রম', 'কার্যক্ষেত্র' (work area), seven Bengali role names "
        "(D:J), 'সময়সীমা'",
        shape="Bangladeshi NGO safe-water project, Bengali: Excel's Data > SUBTOTAL run on the "
        "'কার্যক্ষেত্র' column (COUNTA): after each work area a bold 'জরিপ Count' row with "
        "=SUBTOTAL(3, ...) numbers in every role column and a 'Grand Count' row at the end, the "
        "labels in the work-area column, not the activity column; row outline levels 1/2; "
        "dd/mm/yyyy dates; 'A/R' cells",
        notes="the '... Count' and 'Grand Count' rows are subtotals (numbers), not activities; ",
        phase_rows=sub,
    )
    return fname, e, {"name_col": "B", "head_row": hr, "numbers_rows": sub}


# ------------------------------ 10 Kazakh official form, column-number row

def wb_kazakh(tmp: Path) -> Built:
    fname = "RACI_матрицасы_мектеп_құрылысы.xlsx"
    names = ["Әкім орынбасары", "Жоба жетекшісі", "Қаржы бөлімі", "Құрылыс бөлімі", "Мердігер",
             "Техникалық қадағалау", "Мектеп директоры"]
    tasks = ["Жобалау-сметалық құжаттаманы әзірлеу", "Мемлекеттік сараптама",
             "Мемлекеттік сатып алу конкурсы", "Мердігермен шарт жасасу",
             "Құрылыс алаңын дайындау", "Іргетас жұмыстары", "Қабырға және шатыр",
             "Инженерлік желілер", "Ішкі әрлеу жұмыстары", "Жиһаз бен жабдық сатып алу",
             "Қабылдау комиссиясы", "Пайдалануға беру", "Тұрғындарды хабардар ету"]
    grid = gen(1310, len(tasks), len(names), no_a=12, two_a=6, no_r=3)
    wb = Workbook()
    ws = wb.active
    ws.title = "Нысан 3"
    ncol = 4 + len(names)
    for k, line in enumerate(["БЕКІТЕМІН", "Аудан әкімінің орынбасары", "__________ А. Сейітов",
                              "«___» __________ 2026 ж."]):
        c = ws.cell(1 + k, ncol - 2, line)
        c.font = Font(bold=(k == 0))
    ws.cell(6, 1, "Жауапкершілікті бөлу матрицасы (RACI)\n№ 14 жалпы білім беретін мектеп "
                  "құрылысы").font = Font(bold=True, size=13)
    ws.cell(6, 1).alignment = CENTRE
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=ncol)
    ws.row_dimensions[6].height = 36
    hr = 8
    rc = cols("C", len(names))
    head_row(ws, hr, ["№ р/с", "Іс-шара атауы", *names, "Орындау мерзімі", "Ескерту"],
             rgb="FFFFFF")
    ws.row_dimensions[hr].height = 60
    for ci in range(1, ncol + 1):
        c = ws.cell(hr + 1, ci, ci)
        c.alignment = CENTRE
        c.font = Font(italic=True, size=8)
        c.border = BOX
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 2 + i
        ws.cell(r, 1, f"{i + 1}.")
        ws.cell(r, 2, t)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = "/".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        quarter = ["I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"][i * 4 // len(tasks)]
        ws.cell(r, ncol - 1, quarter)
        if i in (1, 10):
            ws.cell(r, ncol, "облыстық сараптама" if i == 1 else "акт")
        box(ws, r, 1, ncol)
        acts.append((r, t, grid[i]))
    end = hr + 2 + len(tasks) + 1
    ws.cell(end, 2, "Ескертпе: R – орындаушы, A – жауапты, C – кеңесші, I – хабардар етіледі.")
    ws.cell(end + 2, 2, "Құрастырған: Жоба жетекшісі ____________ Д. Нұрланова")
    ws.oddHeader.center.text = "RACI – № 14 мектеп құрылысы"
    ws.oddFooter.right.text = "&P бет / &N"
    ws.print_title_rows = f"{hr}:{hr + 1}"
    ws.page_setup.orientation = "landscape"
    widths(ws, {"A": 6, "B": 40, **{c: 12 for c in rc}, "J": 13, "K": 18})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 8: '№ р/с', 'Іс-шара атауы', seven Kazakh role names (C:I), 'Орындау "
        "мерзімі', 'Ескерту'",
        shape="Kazakh district akimat school-construction plan laid out as an official FORM: "
        "'БЕКІТЕМІН' (approved) signature block at the top right, merged two-line title, then "
        "the head row and directly under it a COLUMN-NUMBER row (1, 2, 3 ... 11 as numbers in "
        "every column, including the role columns), activities from row 10; quarter deadlines; "
        "legend and 'compiled by' lines under the grid; page header/footer and print titles "
        "rows 8:9; landscape",
        notes="row 9 (column numbers 1..11) is not an activity; ",
        phase_rows=[hr + 1],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "numbers_rows": [hr + 1]}


# ------------------------------ 11 Uzbek Google Sheets export, colour band, n/a, tbc

def wb_uzbek(tmp: Path) -> Built:
    fname = "Koʻrgazma 2026 – RACI.xlsx"
    names = ["Direktor", "Loyiha menejeri", "Marketing boʻlimi", "Moliya boʻlimi",
             "Dizayn agentligi", "Koʻrgazma tashkilotchisi", "Logistika kompaniyasi"]
    tasks = ["Koʻrgazmada ishtirok etish qarori", "Stend maydonini bron qilish", "Stend dizayni",
             "Reklama materiallari", "Mahsulot namunalarini tayyorlash",
             "Yuklarni Toshkentga yetkazish", "Stendni oʻrnatish", "Mehmonlarni roʻyxatga olish",
             "Hamkorlar bilan uchrashuvlar", "Stendni demontaj qilish", "Xarajatlar hisoboti",
             "Natijalar taqdimoti"]
    grid = gen(1311, len(tasks), len(names), no_a=2, two_a=7, no_r=10)
    wb = Workbook()
    ws = wb.active
    ws.title = "Varaq1"
    arial = Font(name="Arial", size=10)
    ws["A1"] = "Koʻrgazma 2026 – kim nima qiladi"
    ws["A1"].font = Font(name="Arial", bold=True, size=14)
    ws["A2"] = ("R – bajaradi, A – javob beradi, C – maslahat, I – xabardor. Koʻk = ichki jamoa, "
                "toʻq sariq = tashqi hamkorlar. Kulrang n/a – tegishli emas, tbc – hali aniq emas.")
    ws["A2"].font = Font(name="Arial", italic=True, size=9)
    rc = cols("C", len(names))
    for j, c in enumerate(rc):
        ws[f"{c}3"].fill = fill("9FC5E8" if j < 4 else "F9CB9C")
    ws.row_dimensions[3].height = 6
    hr = 4
    head_row(ws, hr, ["#", "Vazifa", *names, "Muddat", "Izoh"], rgb="FFFFFF")
    rng = random.Random(1311)
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1).font = arial
        ws.cell(r, 2, t).font = arial
        for c, lt in zip(rc, grid[i], strict=True):
            cell = ws[f"{c}{r}"]
            if lt:
                cell.value = "/".join(lt)
            else:
                x = rng.random()
                if x < 0.25:
                    cell.value = "n/a"
                    cell.fill = fill("D9D9D9")
                    cell.font = Font(name="Arial", color="808080")
                elif x < 0.35:
                    cell.value = "tbc"
            cell.alignment = CENTRE
        ws.cell(r, 3 + len(names), dt.date(2026, 5, 4) + dt.timedelta(days=6 * i)).number_format = \
            "m/d/yyyy"
        if i in (5, 8):
            ws.cell(r, 4 + len(names), "Sherzod bilan kelishish kerak" if i == 5 else
                    "3 ta uchrashuv rejalashtirildi")
        acts.append((r, t, grid[i]))
    ws.freeze_panes = f"A{hr + 1}"
    widths(ws, {"A": 4, "B": 36, **{c: 14 for c in rc}, "J": 11, "K": 30})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: '#', 'Vazifa', seven Uzbek (Latin, ʻ) role names (C:I), 'Muddat', 'Izoh'",
        shape="Uzbek company trade-fair stand, Google Sheets 'Download as .xlsx' (sheet 'Varaq1', "
        "Arial, m/d/yyyy dates, frozen head row): a thin COLOUR-ONLY band row 3 over the role "
        "heads (blue = internal, orange = external, explained only in the legend line); empty "
        "cells partly hold 'n/a' (grey) or 'tbc' (undecided); notes column",
        notes="'n/a' and 'tbc' are not letters; the blank colour band row is not a head; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "drop": ["n/a", "tbc"]}


# ------------------------------ 12 Tamil, big grid

def wb_tamil(tmp: Path) -> Built:
    fname = "RACI_அட்டவணை_கல்லூரி_ERP.xlsx"
    names = ["முதல்வர்", "துணை முதல்வர்", "தேர்வுக் கட்டுப்பாட்டாளர்", "நிதி அலுவலர்", "நூலகர்",
             "விடுதிக் காப்பாளர்", "போக்குவரத்து பொறுப்பாளர்", "துறைத் தலைவர்கள்", "ஐடி பிரிவு",
             "மென்பொருள் நிறுவனம்", "மாணவர் பேரவை", "அலுவலக கண்காணிப்பாளர்", "உள் தணிக்கை",
             "பல்கலைக்கழக இணைப்பு அலுவலர்"]
    modules = ["மாணவர் பதிவு", "கட்டணம்", "தேர்வு அட்டவணை", "மதிப்பெண்", "நூலகம்", "விடுதி",
               "போக்குவரத்து", "வருகைப்பதிவு"]
    steps = ["தேவை ஆய்வு", "வடிவமைப்பு", "உருவாக்கம்", "சோதனை", "பயிற்சி", "நேரலை"]
    n = len(modules) * len(steps)
    grid = gen(1312, n, len(names), no_a=21, two_a=34, no_r=45,
               extra={(3, 8): ["R", "C"], (15, 9): ["R", "C"], (28, 7): ["C", "I"]})
    wb = Workbook()
    ws = wb.active
    ws.title = "பொறுப்பு அட்டவணை"
    ws["A1"] = "கல்லூரி ERP செயலாக்கம் – RACI பொறுப்பு அட்டவணை"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = ("R – செயல்படுத்துபவர்   A – பொறுப்பாளர்   C – ஆலோசிக்கப்படுபவர்   "
                "I – தெரிவிக்கப்படுபவர்   ★ – முக்கிய செயல்")
    hr = 4
    rc = cols("D", len(names))
    ncol = 3 + len(names) + 1
    head_row(ws, hr, ["வ. எண்", "★", "செயல்பாடு", *names, "குறிப்புகள்"], rgb="833C0B",
             white=True, rotate=False)
    for c in rc:
        ws[f"{c}{hr}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                             vertical="bottom", wrap_text=True)
    ws.row_dimensions[hr].height = 150
    r = hr
    k = 0
    acts, prow = [], []
    for mi, m in enumerate(modules):
        r += 1
        ws.cell(r, 1, f"{mi + 1}")
        ws.cell(r, 3, f"தொகுதி {mi + 1}: {m}")
        for ci in range(1, ncol + 1):
            ws.cell(r, ci).fill = fill("F8CBAD")
            ws.cell(r, ci).font = BOLD
        prow.append(r)
        for si, st in enumerate(steps):
            r += 1
            name = f"{m} – {st}"
            ws.cell(r, 1, f"{mi + 1}.{si + 1}")
            if si in (0, 5):
                ws.cell(r, 2, "★")
            ws.cell(r, 3, name)
            for c, lt in zip(rc, grid[k], strict=True):
                if lt:
                    ws[f"{c}{r}"] = ",".join(lt) if "C" in lt or "I" in lt else "/".join(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            if k % 7 == 3:
                ws.cell(r, ncol, "விற்பனையாளருடன் உறுதிப்படுத்தவும்")
            box(ws, r, 1, ncol)
            acts.append((r, name, grid[k]))
            k += 1
    ws.freeze_panes = f"D{hr + 1}"
    ws.auto_filter.ref = f"A{hr}:{get_column_letter(ncol)}{r}"
    widths(ws, {"A": 6, "B": 3, "C": 38, **{c: 6 for c in rc}, get_column_letter(ncol): 30})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'வ. எண்', '★', 'செயல்பாடு', fourteen Tamil role names rotated 90° (D:Q), "
        "'குறிப்புகள்'",
        shape="Tamil Nadu arts-and-science college ERP rollout, Tamil: BIG grid, 14 roles x 48 "
        "activities under eight filled module rows ('தொகுதி n: ...' with a bare number '1' in "
        "the number column), activities 'module – step' numbered 1.1; a narrow '★' key-activity "
        "column between the number and the activity; 'R,C' / 'C,I' (comma) and 'A/R' (slash) "
        "cells; rotated heads; autofilter; frozen panes; remarks column",
        notes="module rows are headings, not activities; the ★ column is a flag, not a role; ",
        phase_rows=prow,
    )
    return fname, e, {"name_col": "C", "head_row": hr}


BUILDERS: list[Callable[[Path], Built]] = [
    wb_maltese, wb_numbers, wb_albanian, wb_village_hall, wb_serbian, wb_armenian,
    wb_mongolian, wb_azerbaijani, wb_bengali, wb_kazakh, wb_uzbek, wb_tamil,
]


# ------------------------------------------------------------------ read-back check

def grid_xlsx(path: Path, sheet: str | None) -> tuple[dict[tuple[int, str], Any], Any]:
    """Every non-empty cell's value; a merged range's value is spread over all its cells."""
    wb = load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    out: dict[tuple[int, str], Any] = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and str(c.value) != "":
                out[(c.row, c.column_letter)] = c.value
    for mr in ws.merged_cells.ranges:
        v = ws.cell(mr.min_row, mr.min_col).value
        if v is None:
            continue
        for r in range(mr.min_row, mr.max_row + 1):
            for ci in range(mr.min_col, mr.max_col + 1):
                out[(r, get_column_letter(ci))] = v
    return out, wb


def read_grid(path: Path, sheet: str | None, cfg: dict[str, Any],
              tmp: Path) -> tuple[dict[tuple[int, str], Any], Any]:
    if path.suffix == ".csv":
        enc, delim = cfg["csv"]
        raw = path.read_bytes()
        try:
            raw.decode("utf-8")
            raise AssertionError("the CSV must not be UTF-8")
        except UnicodeDecodeError:
            pass
        assert b"\r\n" not in raw
        rows = list(csv.reader(io.StringIO(raw.decode(enc), newline=""), delimiter=delim))
        return {(i + 1, get_column_letter(j + 1)): v for i, fs in enumerate(rows)
                for j, v in enumerate(fs) if v != ""}, None
    if path.suffix == ".ods":
        d = tmp / ("back_" + path.stem)
        d.mkdir()
        src = d / "x.ods"
        shutil.copy(path, src)
        return grid_xlsx(soffice(src, "xlsx", d), sheet)
    return grid_xlsx(path, sheet)


def decode(raw: Any, cfg: dict[str, Any]) -> list[str]:
    s = unicodedata.normalize("NFKC", str(raw)).strip()
    if not s or s in cfg.get("drop", []):
        return []
    for ch in cfg.get("strip", ""):
        s = s.replace(ch, "")
    out = []
    for t in re.split(r"[,/+\s]+", s):
        if not t:
            continue
        t = cfg.get("map", {}).get(t, t)
        assert t in ("R", "A", "C", "I"), (raw, t)
        out.append(t)
    return out


def check(fname: str, e: dict[str, Any], cfg: dict[str, Any], tmp: Path) -> None:
    g, wb = read_grid(HERE / fname, e["sheet"], cfg, tmp)
    hr = cfg["head_row"]
    names = [ro["name"] for ro in e["roles"]]
    for ro in e["roles"]:
        assert g.get((hr, ro["col"])) == ro["name"], (fname, ro, g.get((hr, ro["col"])))
    n_letters = 0
    act_rows = set()
    for a in e["activities"]:
        r = a["row"]
        act_rows.add(r)
        assert g.get((r, cfg["name_col"])) == a["name"], (fname, r, g.get((r, cfg["name_col"])))
        got_all: dict[int, list[str]] = {}
        for i, ro in enumerate(e["roles"]):
            got_all[i] = decode(g.get((r, ro["col"]), ""), cfg)
        if "a_col" in cfg:
            owners = str(g.get((r, cfg["a_col"]), "")).split(" / ")
            for o in owners:
                if o:
                    got_all[names.index(o)].append("A")
        for i in got_all:
            assert sorted(got_all[i]) == sorted(a["letters"].get(str(i), [])), \
                (fname, r, i, got_all[i], a["letters"])
            n_letters += len(got_all[i])
    # between the heads and the last activity, role columns are empty on all other rows
    for r in range(hr + 1, max(act_rows) + 1):
        if r in act_rows:
            continue
        for ro in e["roles"]:
            v = g.get((r, ro["col"]))
            assert v is None or r in e["phase_rows"], (fname, r, ro["col"], v)
    want = sum(len(v) for a in e["activities"] for v in a["letters"].values())
    assert n_letters == want, (fname, n_letters, want)
    assert len({a["row"] for a in e["activities"]}) == e["n"]
    # features the truth relies on
    for r in cfg.get("numbers_rows", []):
        for ro in e["roles"]:
            assert isinstance(g.get((r, ro["col"])), (int, float)), (fname, r, ro["col"])
    if "numbers_rows" in cfg and fname.endswith(".xlsx") and "Count" in e["shape"]:
        gr = cfg["numbers_rows"][-1]
        for i, ro in enumerate(e["roles"]):
            filled = sum(1 for a in e["activities"] if str(i) in a["letters"])
            assert g[(gr, ro["col"])] == filled, (fname, "grand count", ro["col"])
    if e["sheet"]:
        first = wb.worksheets[0].title if wb is not None else None
        if fname.endswith(".ods"):
            first = load_workbook(tmp / ("back_" + Path(fname).stem) / "x.xlsx").sheetnames[0]
        assert first != e["sheet"], (fname, "matrix is not the first sheet")
    if "merged" in cfg:
        ws = wb.worksheets[0]
        have = {str(m) for m in ws.merged_cells.ranges}
        assert set(cfg["merged"]) <= have, (fname, "merged letter cells")
    if fname.endswith(".xlsm"):
        import zipfile
        with zipfile.ZipFile(HERE / fname) as z:
            ct = z.read("[Content_Types].xml").decode()
        assert "macroEnabled" in ct, (fname, "not a macro-enabled workbook")
    print(f"ok  {fname}: {len(e['roles'])} roles, {e['n']} activities, {want} letters")


def main() -> None:
    truth: dict[str, Any] = {}
    cfgs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for b in BUILDERS:
            fname, e, cfg = b(tmp)
            truth[fname] = e
            cfgs[fname] = cfg
        for fname, e in truth.items():
            check(fname, e, cfgs[fname], tmp)
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
