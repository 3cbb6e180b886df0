"""Build the twelfth held-out set of RACI workbooks and its truth.json, then read every file back.

Run from the repository root: ``python tests/import_eval/unseen11/make_workbooks.py``. Needs
openpyxl and LibreOffice (``soffice``) for the .ods and the .xlsm. The files, truth.json and the
read-back check (openpyxl, a LibreOffice round trip for the .ods and .xlsm, the csv module for
the UTF-16 CSV) are all made here. The letters are drawn once from a seeded generator and then
fixed by hand so that every workbook has an activity without A, one with two A and one without R.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
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
             white: bool = False) -> None:
    for i, h in enumerate(heads):
        if h is None:
            continue
        c = ws.cell(r, first + i, h)
        c.font = Font(bold=True, color="FFFFFF" if white else "000000")
        c.fill = fill(rgb)
        c.alignment = CENTRE
        c.border = BOX


# ------------------------------------------------------------------ 1 Croatian: outline columns

def wb_croatian(tmp: Path) -> Built:
    fname = "RACI_matrica_uvodenje_e-racuna.xlsx"
    names = ["Uprava", "Voditelj projekta", "Financije", "Informatika", "Nabava",
             "Pravna služba", "Vanjski integrator"]
    rc = cols("F", len(names))
    # (level, text): level 1 = heading in B (no letters), 2 = activity in C, 3 = sub-activity in D
    outline = [
        (1, "Priprema"),
        (2, "Analiza postojećih procesa fakturiranja"),
        (3, "Popis izlaznih računa po vrstama"),
        (3, "Popis ulaznih računa i dobavljača"),
        (2, "Odabir informacijskog posrednika"),
        (2, "Odluka o pokretanju projekta"),
        (1, "Provedba"),
        (2, "Prilagodba ERP sustava"),
        (3, "Mapiranje polja prema normi EN 16931"),
        (3, "Razvoj sučelja prema posredniku"),
        (3, "Testiranje s probnim računima"),
        (2, "Ugovor s posrednikom"),
        (2, "Obavijest kupcima i dobavljačima"),
        (1, "Završetak"),
        (2, "Puštanje u rad"),
        (2, "Arhiviranje e-računa (11 godina)"),
        (3, "Provjera postupka arhiviranja"),
    ]
    n_acts = sum(1 for lv, _ in outline if lv > 1)
    grid = gen(1201, n_acts, len(names), no_a=6, two_a=4, no_r=13)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Matrica odgovornosti – uvođenje e-računa (Fiskalizacija 2.0)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – izvršava, A – odobrava / odgovara, C – konzultira se, I – informira se. "
                "Dva slova u ćeliji odvojena su razmakom (npr. 'A R').")
    hr = 4
    head_row(ws, hr, ["Rb.", "Aktivnost", None, None, "Rok", *names], rgb="FCE4D6")
    ws.merge_cells(start_row=hr, start_column=2, end_row=hr, end_column=4)
    ws.row_dimensions[hr].height = 40
    acts, phase_rows = [], []
    r = hr + 1
    n1 = n2 = n3 = 0
    for lv, text in outline:
        if lv == 1:
            n1 += 1
            n2 = 0
            ws.cell(r, 1, f"{n1}.").font = BOLD
            ws.cell(r, 2, text).font = Font(bold=True, size=12)
            for ci in range(1, 5 + len(names) + 1):
                ws.cell(r, ci).fill = fill("F2F2F2")
            phase_rows.append(r)
        else:
            if lv == 2:
                n2 += 1
                n3 = 0
                num = f"{n1}.{n2}."
            else:
                n3 += 1
                num = f"{n1}.{n2}.{n3}."
            lets = grid[len(acts)]
            ws.cell(r, 1, num)
            col = 3 if lv == 2 else 4
            ws.cell(r, col, text)
            ws.cell(r, 5, dt.date(2025, 9, 1) + dt.timedelta(days=9 * len(acts))).number_format = \
                "DD.MM.YYYY."
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{c}{r}"] = plain(lt, " ")
                ws[f"{c}{r}"].alignment = CENTRE
            acts.append((r, text, lets))
        for ci in range(1, 5 + len(names) + 1):
            ws.cell(r, ci).border = BOX
        r += 1
    widths(ws, {"A": 7, "B": 4, "C": 4, "D": 44, "E": 12, **{c: 11 for c in rc}})
    ws.freeze_panes = "F5"
    wb.save(HERE / fname)
    cfg = {"head_row": hr, "name_cols": {a[0]: ("C" if any(t == a[1] and lv == 2
                                                           for lv, t in outline) else "D")
                                         for a in acts}}
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: 'Rb.', 'Aktivnost' merged over B:D, 'Rok' (deadline), seven role names "
        "(F:L)",
        shape="Croatian company e-invoicing rollout: the hierarchy is shown by WHICH COLUMN the "
        "text is typed in under one merged 'Aktivnost' head — level-1 headings in B (bold, grey, "
        "no letters), activities in C, sub-activities in D (narrow B and C, text spilling "
        "right); Rb. '1.2.3.' numbers; two letters in a cell separated only by a SPACE ('A R'); "
        "dd.mm.yyyy. dates; frozen panes",
        notes="activities are the level-2 (column C) and level-3 (column D) rows, both with "
        "letters; the level-1 rows in column B are headings; 'A R' = A+R; ",
        phase_rows=phase_rows,
    )
    return fname, e, cfg


# ------------------------------------------------------------------ 2 DACI decision matrix

DACI = {"R": "D", "A": "A", "C": "C", "I": "I"}


def wb_daci(tmp: Path) -> Built:
    fname = "pricing_decisions_DACI.xlsx"
    names = ["Head of Product", "Product Marketing", "Finance", "Sales Ops", "Customer Success",
             "Legal", "CEO"]
    rc = cols("C", len(names))
    tasks = ["Introduce usage-based tier", "Annual prepay discount (max %)",
             "Grandfather legacy plans", "Price increase for Pro plan", "Free-trial length",
             "Partner / reseller margin", "Currency pricing (EUR, GBP)",
             "Non-profit discount policy", "Enterprise floor price", "Sunset Starter plan",
             "Pricing page copy and FAQ", "Sales discount approval matrix"]
    grid = gen(1202, len(tasks), len(names), no_a=7, two_a=3, no_r=10)
    wb = Workbook()
    ws = wb.active
    ws.title = "Decisions"
    ws["A1"] = "Pricing & packaging decisions — DACI"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("D = Driver (drives the decision, does the work)   A = Approver (one per "
                "decision)   C = Contributor   I = Informed   — see 'How we use DACI'")
    ws["A2"].font = Font(italic=True, color="595959")
    hr = 4
    head_row(ws, hr, ["#", "Decision", *names, "Decide by", "Status"], rgb="7030A0", white=True)
    for c in rc:
        ws[f"{c}{hr}"].hyperlink = "#'People'!A1"
    ws.row_dimensions[hr].height = 34
    acts = []
    for i, text in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = "/".join(DACI[x] for x in (["A", "R"] if lt == ["A", "R"]
                                                             else lt)).replace("A/D", "D/A")
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 10, dt.date(2026, 1, 15) + dt.timedelta(days=14 * i)).number_format = \
            "d mmm yyyy"
        ws.cell(r, 11, ["Decided", "In review", "Open"][i % 3])
        for ci in range(1, 12):
            ws.cell(r, ci).border = BOX
        acts.append((r, text, grid[i]))
    dv = DataValidation(type="list", formula1='"D,A,C,I,D/A"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"C5:I{hr + len(tasks)}")
    widths(ws, {"A": 4, "B": 36, **{c: 13 for c in rc}, "J": 12, "K": 11})
    ws2 = wb.create_sheet("How we use DACI")
    for i, (k, v) in enumerate([("Letter", "Meaning"), ("D", "Driver – owns the work of "
                                 "getting the decision made (our 'Responsible')"),
                                ("A", "Approver – makes the call; exactly one"),
                                ("C", "Contributor – gives input before the decision"),
                                ("I", "Informed – told after the decision")]):
        ws2.cell(i + 1, 1, k)
        ws2.cell(i + 1, 2, v)
    ws2.column_dimensions["B"].width = 70
    ws3 = wb.create_sheet("People")
    ws3.append(["Role", "Person", "Slack"])
    for nm, p in zip(names, ["Priya N.", "Tom B.", "Alina K.", "Marcus O.", "Jen W.",
                             "Sam R.", "Dana L."], strict=True):
        ws3.append([nm, p, "@" + p.split()[0].lower()])
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: '#', 'Decision', seven role names (C:I) each hyperlinked to the 'People' "
        "sheet, 'Decide by', 'Status'",
        shape="SaaS product team's pricing-decision matrix in DACI instead of RACI: D = Driver, "
        "A = Approver, C = Contributor, I = Informed, explained in a line above the grid and on "
        "a second sheet 'How we use DACI' (Driver = 'our Responsible'); 'D/A' cells; list "
        "drop-downs; role heads hyperlinked to a third sheet 'People' (role / person / Slack)",
        notes="DACI read as RACI: D (Driver) = R, A = A, C (Contributor) = C, I = I; 'D/A' = "
        "R+A; the People and 'How we use DACI' sheets are not the matrix; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "map": {"D": "R"}}


# ------------------------------------------------------------------ 3 Bulgarian UTF-16 tab CSV

def wb_bulgarian(tmp: Path) -> Built:
    fname = "Матрица_RACI_ремонт_на_училище.csv"
    names = ["Кмет", "Директор на училището", "Отдел „Инвестиции“", "Главен счетоводител",
             "Строителен надзор", "Изпълнител (строител)", "Обществен съвет"]
    phases = [
        ("Етап 1: Подготовка", ["Оглед и обследване на сградата", "Изготвяне на проект",
                                "Обществена поръчка за строител", "Сключване на договор"]),
        ("Етап 2: Изпълнение", ["Ремонт на покрива", "Подмяна на дограма",
                                "Саниране на фасадата", "Ремонт на санитарни възли",
                                "Седмични отчети за напредъка"]),
        ("Етап 3: Приключване", ["Приемане на обекта (акт 15)", "Окончателно плащане",
                                 "Информиране на родителите"]),
    ]
    n = sum(len(t) for _, t in phases)
    grid = gen(1203, n, len(names), no_a=2, two_a=5, no_r=11)
    merge_ar(grid, [0, 7])
    lines: list[list[str]] = [
        ["Матрица на отговорностите (RACI) – основен ремонт на ОУ „Христо Ботев“"] + [""] * 10,
        ["Версия 2, 14.10.2025 г."] + [""] * 10,
        ["№", "Дейност", *names, "Срок"] + [""],
    ]
    acts, phase_rows = [], []
    k = 0
    for ph, items in phases:
        lines.append([ph] + [""] * 10)
        phase_rows.append(len(lines))
        for t in items:
            k += 1
            lets = grid[len(acts)]
            d = dt.date(2025, 11, 3) + dt.timedelta(days=17 * k)
            lines.append([str(k), t, *[plain(lt) for lt in lets], d.strftime("%d.%m.%Y г."), ""])
            acts.append((len(lines), t, lets))
    lines.append([""] * 11)
    lines.append(["Легенда: R – изпълнява, A – одобрява и носи отговорност, C – консултира, "
                  "I – информира се"] + [""] * 10)
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(lines)
    (HERE / fname).write_bytes(buf.getvalue().encode("utf-16"))
    rc = cols("C", len(names))
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="line 3: '№', 'Дейност' (activity), seven role names (fields C:I), 'Срок' "
        "(deadline)",
        shape="Bulgarian municipality school-renovation project saved by Excel as 'Unicode "
        "Text' and renamed .csv: UTF-16 LE with BOM, TAB-separated, CRLF, padded rows; title "
        "and version lines, header on line 3; 'Етап n: ...' stage lines with only the first "
        "field; Cyrillic role names with „...“ quotes; Latin letters, 'A/R'; 'dd.mm.yyyy г.' "
        "deadlines; legend line at the end",
        notes="encoding UTF-16 (BOM FF FE), delimiter TAB; stage lines are not activities; "
        "`row` is the line number, `col` the field's column letter; ",
        phase_rows=phase_rows,
    )
    return fname, e, {"name_col": "B", "head_row": 3}


# ------------------------------------------------------------------ 4 Malay pandas export

def wb_malay_pandas(tmp: Path) -> Built:
    fname = "raci_output_pipeline_gudang.xlsx"
    groups = [("Pengurusan", ["Pengurus Besar", "Pengurus Projek"]),
              ("Operasi", ["Penyelia Gudang", "Pasukan Logistik"]),
              ("Sokongan", ["Kewangan", "IT", "Sumber Manusia"])]
    names = [n for _, ns in groups for n in ns]
    rc = cols("C", len(names))
    phases = [("Perancangan", ["Kajian susun atur gudang", "Anggaran kos", "Kelulusan bajet"]),
              ("Pelaksanaan", ["Pemasangan rak baharu", "Sistem pengimbas kod bar",
                               "Latihan pekerja", "Pemindahan stok"]),
              ("Penutupan", ["Audit stok akhir", "Laporan penutupan projek"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1204, n, len(names), no_a=4, two_a=2, no_r=8)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    hdr = Font(bold=True)
    hb = Border(left=Side(style="thin"), right=Side(style="thin"), top=Side(style="thin"),
                bottom=Side(style="thin"))

    def h(r: int, c: int, v: Any, merge_to: tuple[int, int] | None = None) -> None:
        cell = ws.cell(r, c, v)
        cell.font = hdr
        cell.border = hb
        cell.alignment = Alignment(horizontal="center", vertical="top")
        if merge_to:
            ws.merge_cells(start_row=r, start_column=c, end_row=merge_to[0], end_column=merge_to[1])

    # pandas DataFrame.to_excel(merge_cells=True) with MultiIndex columns and index
    h(1, 2, "Jabatan")
    h(2, 2, "Peranan")
    ci = 3
    for g, ns in groups:
        h(1, ci, g, (1, ci + len(ns) - 1) if len(ns) > 1 else None)
        for nm in ns:
            h(2, ci, nm)
            ci += 1
    h(3, 1, "Fasa")
    h(3, 2, "Aktiviti")
    r = 4
    acts = []
    for ph, items in phases:
        h(r, 1, ph, (r + len(items) - 1, 1))
        for t in items:
            lets = grid[len(acts)]
            c = ws.cell(r, 2, t)
            c.font = hdr
            c.border = hb
            c.alignment = Alignment(vertical="top")
            for col, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{col}{r}"] = plain(lt, ",")
            acts.append((r, t, lets))
            r += 1
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="pandas MultiIndex header: row 1 'Jabatan' (column-level name) in B then the "
        "department groups merged over their roles, row 2 'Peranan' in B then seven role names "
        "(C:I), row 3 the index names 'Fasa' / 'Aktiviti' with nothing else",
        shape="Malaysian logistics company's warehouse-refit RACI written by an analyst's Python "
        "script with pandas DataFrame.to_excel (MultiIndex rows and columns, merge_cells): no "
        "title, sheet 'Sheet1'; two column-header rows (department group merged over its "
        "roles, then the role) with the column-level names 'Jabatan' / 'Peranan' in column B; "
        "an index-name row 3 ('Fasa', 'Aktiviti'); phase names (Fasa) merged VERTICALLY in "
        "column A over their activities, activity names bold like headers in B; pandas header "
        "style (bold, thin borders, no fill); NaN left empty; two letters as 'A,R' with no "
        "space; Malay",
        notes="roles are the level-2 heads in row 2 (the row-1 groups are departments); the "
        "merged Fasa cells in column A are phase labels, not activities; row 3 holds index "
        "names only; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": 2}


# ------------------------------------------------------------------ 5 Lithuanian: hidden old sheet

def lt_sheet(ws: Worksheet, title: str, names: list[str], tasks: list[str], grid: list[Lets],
             rgb: str) -> list[tuple[Any, str, Lets]]:
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R – vykdo, A – atsako ir tvirtina, C – konsultuoja, I – informuojamas"
    hr = 4
    head_row(ws, hr, ["Nr.", "Veikla", *names, "Terminas"], rgb=rgb)
    ws.row_dimensions[hr].height = 32
    rc = cols("C", len(names))
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
            ws[f"{c}{r}"].border = BOX
        d = dt.date(2026, 2, 2) + dt.timedelta(days=12 * i)
        ws.cell(r, 3 + len(names), d).number_format = "YYYY-MM-DD"
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 5, "B": 40, **{c: 17 for c in rc}, get_column_letter(3 + len(names)): 12})
    return acts


def wb_lithuanian(tmp: Path) -> Built:
    fname = "RACI_matrica_bibliotekos_renovacija.xlsx"
    names = ["Jonaitis, Tomas", "Kazlauskienė, Rūta", "Petrauskas, Mindaugas",
             "Žukauskaitė, Eglė", "Stankevičius, Darius", "Vasiliauskė, Ieva"]
    tasks = ["Techninio projekto parengimas", "Statybos leidimo gavimas",
             "Rangovo pirkimas", "Knygų fondo perkėlimas į saugyklą", "Statybos darbai",
             "Baldų ir įrangos pirkimas", "Skaityklos IT tinklas", "Gaisrinės saugos patikra",
             "Fondo grąžinimas į lentynas", "Atidarymo renginys",
             "Finansinė ataskaita savivaldybei"]
    grid = gen(1205, len(tasks), len(names), no_a=3, two_a=8, no_r=9)
    old_tasks = tasks[:7]
    old = gen(99, len(old_tasks), len(names), no_a=0, two_a=1, no_r=2)
    wb = Workbook()
    ws_old = wb.active
    ws_old.title = "RACI v1 (sena)"
    lt_sheet(ws_old, "RACI matrica – bibliotekos renovacija (v1, 2025-03, NEBEGALIOJA)", names,
             old_tasks, old, "D9D9D9")
    ws_old.sheet_state = "hidden"
    ws = wb.create_sheet("RACI v2")
    acts = lt_sheet(ws, "RACI matrica – Rajono viešosios bibliotekos renovacija (v2, 2025-10)",
                    names, tasks, grid, "C6E0B4")
    ws["A3"] = "Stulpeliuose – atsakingi darbuotojai (Pavardė, Vardas)."
    ws["A3"].font = Font(italic=True)
    wb.active = 1
    ws.sheet_view.tabSelected = True
    ws_old.sheet_view.tabSelected = False
    wb.save(HERE / fname)
    rc = cols("C", len(names))
    e = entry(
        sheet="RACI v2", roles=[role(c, nm, [" ".join(reversed(nm.split(", ")))],
                                     [nm.split(", ")[0]])
                                for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="on sheet 'RACI v2' row 4: 'Nr.', 'Veikla' (activity), six people 'Pavardė, "
        "Vardas' (surname, first name — a comma inside every head) in C:H, 'Terminas'",
        shape="Lithuanian district library renovation: the FIRST sheet 'RACI v1 (sena)' is a "
        "HIDDEN superseded version (7 activities, other letters, title '... NEBEGALIOJA' = no "
        "longer valid); the visible, active second sheet 'RACI v2' is the current matrix; role "
        "heads are people written 'Surname, First name' with a comma; ISO dates; 'A/R' cells",
        notes="the matrix is the visible sheet 'RACI v2'; the hidden first sheet is an old "
        "version, not read; a head's comma is part of the person's name, not a separator; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": 4}


# ------------------------------------------------------------------ 6 Slovenian .xlsm, column group

def wb_slovenian(tmp: Path) -> Built:
    fname = "RACI_matrika_prenova_spletne_trgovine.xlsm"
    names = ["Direktor", "Vodja projekta", "Marketing", "Prodaja", "Računovodstvo",
             "Zunanji razvijalec", "Gostiteljski ponudnik", "Agencija za SEO"]
    rc = cols("D", len(names))
    tasks = [("ST-01", "Analiza obstoječe trgovine"), ("ST-02", "Izbor platforme"),
             ("ST-03", "Oblikovanje uporabniškega vmesnika"), ("ST-04", "Prenos izdelkov"),
             ("ST-05", "Povezava s plačilnimi sistemi"), ("ST-06", "Nastavitev gostovanja"),
             ("ST-07", "Optimizacija za iskalnike"), ("ST-08", "Splošni pogoji in GDPR"),
             ("ST-09", "Testiranje nakupnega procesa"), ("ST-10", "Zagon trgovine"),
             ("ST-11", "Spremljanje prodaje prvi mesec"), ("ST-12", "Končno poročilo")]
    grid = gen(1206, len(tasks), len(names), no_a=10, two_a=4, no_r=7)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrika"
    ws["A1"] = "RACI matrika – prenova spletne trgovine"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = izvaja, A = odobri / odgovoren, C = posvetovanje, I = obveščen. "
                "Zunanji izvajalci so v skupini stolpcev (kliknite +).")
    ws["D3"] = "NOTRANJI"
    ws.merge_cells("D3:H3")
    ws["I3"] = "ZUNANJI"
    ws.merge_cells("I3:K3")
    for c in ("D3", "I3"):
        ws[c].font = BOLD
        ws[c].alignment = CENTRE
        ws[c].fill = fill("DDEBF7")
    hr = 4
    head_row(ws, hr, ["Šifra", "Aktivnost", "Rok", *names, "Opombe"], rgb="BDD7EE")
    ws.row_dimensions[hr].height = 36
    acts = []
    for i, (code, t) in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, code)
        ws.cell(r, 2, t)
        ws.cell(r, 3, dt.date(2026, 3, 2) + dt.timedelta(days=7 * i)).number_format = "D.M.YYYY"
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        for ci in range(1, 13):
            ws.cell(r, ci).border = BOX
        acts.append((r, t, grid[i]))
    ws.cell(hr + 6, 12, "odvisno od ponudnika")
    widths(ws, {"A": 8, "B": 36, "C": 11, **{c: 13 for c in rc}, "L": 24})
    ws.column_dimensions.group("I", "K", hidden=True, outline_level=1)
    ws.sheet_properties.outlinePr.summaryRight = True
    src = tmp / "slovenian.xlsx"
    wb.save(src)
    out = soffice(src, "xlsm:Calc MS Excel 2007 VBA XML", tmp / "lo_slovenian")
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: 'Šifra' (code ST-01), 'Aktivnost', 'Rok' (date), eight role names "
        "(D:K), 'Opombe'; group row 3 'NOTRANJI' (internal) over D:H and 'ZUNANJI' (external) "
        "over I:K",
        shape="Slovenian retailer's web-shop rebuild, macro-enabled workbook (.xlsm): the three "
        "EXTERNAL role columns I:K are in a COLLAPSED column outline group (hidden, shown with "
        "the + button), under a merged 'ZUNANJI' group head; their letters are part of the "
        "matrix; code column ST-01; d.m.yyyy dates; 'A/R' cells",
        notes="the collapsed (hidden) group I:K holds three roles whose letters count like the "
        "others; the group row is not a role; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "hidden_cols": ["I", "J", "K"]}


# ------------------------------------------------------------------ 7 Basque .ods, footer head

def wb_basque(tmp: Path) -> Built:
    fname = "RACI_matrizea_kirol_instalazioak.ods"
    names = ["Alkatea", "Kirol zinegotzia", "Proiektu arduraduna", "Idazkaritza",
             "Kontuhartzailetza", "Udal arkitektoa", "Kirol teknikaria", "Kirol elkarteak"]
    rc = cols("C", len(names))
    phases = [
        ("1. FASEA – DIAGNOSTIKOA", ["Instalazioen egoeraren azterketa", "Erabiltzaileen inkesta",
                                     "Eskarien analisia", "Berrikuspena", "Txostena onartzea"]),
        ("2. FASEA – PROIEKTUA", ["Oinarrizko proiektua idaztea", "Aurrekontua prestatzea",
                                  "Diru-laguntzen eskaera", "Irisgarritasun azterketa",
                                  "Energia eraginkortasuna", "Berrikuspena",
                                  "Proiektua onartzea"]),
        ("3. FASEA – KONTRATAZIOA", ["Pleguak idaztea", "Lizitazioa argitaratzea",
                                     "Eskaintzak baloratzea", "Esleipena", "Kontratua sinatzea",
                                     "Berme-agiriak jasotzea"]),
        ("4. FASEA – OBRAK", ["Obra hasierako akta", "Obra zuzendaritza", "Segurtasun plana",
                              "Hilero ziurtagiriak", "Aldaketak onartzea", "Elkarteei informatzea",
                              "Berrikuspena", "Harrera akta"]),
        ("5. FASEA – IREKIERA", ["Ordutegiak eta tarifak", "Langileen kontratazioa",
                                 "Elkarteekin hitzarmenak", "Inaugurazio ekitaldia",
                                 "Komunikazio kanpaina", "Lehen urteko balorazioa",
                                 "Mantentze plana", "Azken txostena"]),
    ]
    n = sum(len(t) for _, t in phases)
    grid = gen(1207, n, len(names), no_a=12, two_a=20, no_r=31)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Kirol instalazioen berrikuntza – RACI matrizea"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R: egilea (arduraduna) · A: onartzen duena · C: kontsultatua · I: informatua. "
                "Goiburua behean errepikatzen da, inprimatzeko.")
    hr = 4
    heads = ["Zk.", "Jarduera", *names, "Epea"]
    head_row(ws, hr, heads, rgb="FFD966")
    for c in rc:
        ws[f"{c}{hr}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                             vertical="bottom", wrap_text=True)
    ws.row_dimensions[hr].height = 110
    r = hr + 1
    acts, phase_rows = [], []
    for p, (ph, items) in enumerate(phases, 1):
        ws.cell(r, 1, ph).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).fill = fill("FFF2CC")
        phase_rows.append(r)
        r += 1
        for j, t in enumerate(items, 1):
            lets = grid[len(acts)]
            ws.cell(r, 1, f"{p}.{j}")
            ws.cell(r, 2, t)
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{c}{r}"] = plain(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            month = ["urtarrila", "martxoa", "maiatza", "iraila"][len(acts) % 4]
            ws.cell(r, 11, f"{2026 + (len(acts) // 20)}ko {month}")
            for ci in range(1, 12):
                ws.cell(r, ci).border = BOX
            acts.append((r, t, lets))
            r += 1
    foot = r
    head_row(ws, foot, heads, rgb="FFD966")
    for c in rc:
        ws[f"{c}{foot}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                               vertical="top", wrap_text=True)
    ws.row_dimensions[foot].height = 110
    ws.cell(foot + 2, 1, "Azken eguneraketa: 2025-11-20 · Kirol Saila")
    widths(ws, {"A": 6, "B": 38, **{c: 6 for c in rc}, "K": 18})
    src = tmp / "basque.xlsx"
    wb.save(src)
    shutil.copy(soffice(src, "ods", tmp / "lo_basque"), HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads=f"row 4: 'Zk.', 'Jarduera' (activity), eight rotated role names (C:J), 'Epea' "
        f"(deadline); the same header row REPEATED at the bottom (row {foot})",
        shape="Basque town council sports-facilities renovation (LibreOffice .ods), tall: 34 "
        "activities under five merged 'n. FASEA – ...' phase rows; the header row with rotated "
        "role heads REPEATED UNDER the last activity (printed as a footer too); the same "
        "activity name 'Berrikuspena' (review) in three phases; text deadlines ('2026ko "
        "martxoa'); 'A/R' cells",
        notes="the bottom header row is a repeat of the heads, not an activity; the three "
        "'Berrikuspena' rows are three different activities; phase rows are not activities; ",
        phase_rows=phase_rows,
    )
    return fname, e, {"name_col": "B", "head_row": hr, "foot_row": foot}


# ------------------------------------------------------------------ 8 Hindi: struck-out letters

def wb_hindi(tmp: Path) -> Built:
    fname = "RACI_मैट्रिक्स_जल_आपूर्ति_परियोजना.xlsx"
    names = ["नगर आयुक्त", "अधिशासी अभियंता", "सहायक अभियंता", "लेखा अधिकारी",
             "ठेकेदार", "वार्ड पार्षद", "जनसंपर्क अधिकारी"]
    rc = cols("C", len(names))
    tasks = ["सर्वेक्षण एवं डीपीआर तैयार करना", "प्रशासनिक स्वीकृति", "निविदा आमंत्रण",
             "ठेकेदार का चयन", "पाइपलाइन बिछाना", "ओवरहेड टैंक निर्माण", "गुणवत्ता जाँच",
             "घरेलू कनेक्शन", "बिलों का भुगतान", "नागरिकों को सूचना", "परियोजना हस्तांतरण",
             "समापन रिपोर्ट"]
    grid = gen(1208, len(tasks), len(names), no_a=5, two_a=9, no_r=11)
    # withdrawn assignments: (activity, role) -> old letter struck through; cell must be empty
    struck = {}
    for i, old in [(1, "C"), (3, "I"), (6, "R"), (8, "I"), (10, "C")]:
        j = max(j for j in range(len(names)) if not grid[i][j])
        struck[(i, j)] = old
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "जल आपूर्ति संवर्धन परियोजना – उत्तरदायित्व मैट्रिक्स (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("संशोधन 3 (12.09.2025): कटे हुए (स्ट्राइकथ्रू) अक्षर हटाए गए दायित्व हैं — "
                "अब लागू नहीं।")
    ws["A2"].font = Font(italic=True, color="C00000")
    hr = 4
    head_row(ws, hr, ["क्र.सं.", "गतिविधि", *names, "लक्ष्य तिथि"], rgb="F8CBAD")
    ws.row_dimensions[hr].height = 40
    acts = []
    struck_cells = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        for j, (c, lt) in enumerate(zip(rc, grid[i], strict=True)):
            cell = ws[f"{c}{r}"]
            if lt:
                cell.value = plain(lt)
            if (i, j) in struck:
                cell.value = struck[(i, j)]
                cell.font = Font(strike=True, color="A6A6A6")
                struck_cells.append((r, c))
            cell.alignment = CENTRE
            cell.border = BOX
        ws.cell(r, 10, dt.date(2025, 10, 1) + dt.timedelta(days=20 * i)).number_format = \
            "DD-MM-YYYY"
        acts.append((r, t, grid[i]))
    dv = DataValidation(type="list", formula1='"R,A,C,I,A/R"', allow_blank=True,
                        showInputMessage=True, promptTitle="RACI",
                        prompt="R = उत्तरदायी (कार्य करने वाला)\nA = जवाबदेह (अनुमोदन)\n"
                        "C = परामर्श\nI = सूचित")
    ws.add_data_validation(dv)
    dv.add(f"C5:I{hr + len(tasks)}")
    widths(ws, {"A": 7, "B": 34, **{c: 14 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: 'क्र.सं.' (no.), 'गतिविधि' (activity), seven role names in Devanagari "
        "(C:I), 'लक्ष्य तिथि' (target date)",
        shape="Indian municipal corporation water-supply augmentation project (Hindi): revision "
        "3 with WITHDRAWN assignments kept in their cells as single letters STRUCK THROUGH in "
        "grey (five cells), a red note above the grid saying struck letters no longer apply; "
        "the only legend is the drop-down's INPUT MESSAGE (data-validation prompt) shown when "
        "a letter cell is selected; Devanagari heads and activities, Latin letters; 'A/R' "
        "cells; dd-mm-yyyy dates",
        notes="a struck-through letter is a withdrawn assignment and not part of the matrix "
        f"(cells {', '.join(c + str(r) for r, c in struck_cells)}); ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "struck": struck_cells}


# ------------------------------------------------------------------ 9 Afrikaans risk register

def wb_afrikaans(tmp: Path) -> Built:
    fname = "risikoregister_met_RACI_waterwerke.xlsx"
    names = ["Munisipale Bestuurder", "Hoof: Ingenieursdienste", "Projekbestuurder",
             "Finansiële Hoof", "Kontrakteur", "Gesondheid en Veiligheid", "Raadslid (Wyk 4)"]
    rc = cols("I", len(names))
    risks = [
        ("R-01", "Vertraging in befondsing", "Toekenning van MIG-fondse word uitgestel",
         4, 4, "Kwartaallikse opvolg met provinsie"),
        ("R-02", "Beurtkrag tydens toetsing", "Pompe kan nie getoets word nie",
         5, 3, "Kragopwekker huur vir toetsfase"),
        ("R-03", "Diefstal van kabels", "Koperkabels op terrein gesteel", 3, 4,
         "Sekuriteit en kameras op terrein"),
        ("R-04", "Grondwaterbesoedeling", "Lekkasie uit tydelike tenks", 2, 5,
         "Omgewingsbestuursplan en weeklikse inspeksie"),
        ("R-05", "Gemeenskapsprotes", "Plaaslike werkers nie in diens geneem nie", 3, 3,
         "Gemeenskapsvergaderings en 30% plaaslike arbeid"),
        ("R-06", "Kontrakteur se kontantvloei", "Subkontrakteurs nie betaal nie", 3, 4,
         "Maandelikse betalings binne 30 dae"),
        ("R-07", "Ontwerpfoute", "Pypgroottes te klein vir groei", 2, 4,
         "Onafhanklike ontwerpoorsig"),
        ("R-08", "Beserings op terrein", "Uitgrawings sonder stutte", 2, 5,
         "Veiligheidsplan, daaglikse toolbox-gesprekke"),
        ("R-09", "Koste-oorskryding", "Staalpryse styg", 4, 3, "Prysaanpassingsklousule"),
        ("R-10", "Swak rekordhouding", "Oudit bevinding deur Ouditeur-generaal", 3, 3,
         "Maandelikse dokumentkontrole"),
        ("R-11", "Oordrag aan bedryf", "Operateurs nie opgelei nie", 3, 2,
         "Opleidingsprogram voor ingebruikneming"),
    ]
    grid = gen(1209, len(risks), len(names), no_a=6, two_a=2, no_r=10)
    merge_ar(grid, [4, 8])
    wb = Workbook()
    ws = wb.active
    ws.title = "Risikoregister"
    ws["A1"] = "Risikoregister – Opgradering van Waterwerke (Fase 2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Telling = Waarskynlikheid × Impak (1–5). RACI vir die versagtingsaksie: R = "
                "Verantwoordelik, A = Aanspreeklik, C = Geraadpleeg, I = Ingelig")
    ws["I3"] = "RACI – VERSAGTING"
    ws.merge_cells("I3:O3")
    ws["I3"].font = BOLD
    ws["I3"].alignment = CENTRE
    ws["I3"].fill = fill("D9D9D9")
    hr = 4
    head_row(ws, hr, ["Risiko-ID", "Risiko", "Beskrywing", "Waarskynlikheid", "Impak", "Telling",
                      "Gradering", "Versagtingsaksie", *names, "Hersieningsdatum"], rgb="1F4E78",
             white=True)
    ws.row_dimensions[hr].height = 48
    rag = {"Hoog": "FF7C80", "Medium": "FFD966", "Laag": "A9D08E"}
    acts = []
    for i, (rid, risk, desc, lk, im, mit) in enumerate(risks):
        r = hr + 1 + i
        score = lk * im
        grade = "Hoog" if score >= 12 else ("Medium" if score >= 8 else "Laag")
        for ci, v in enumerate([rid, risk, desc, lk, im, score, grade, mit], 1):
            ws.cell(r, ci, v)
        ws.cell(r, 7).fill = fill(rag[grade])
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 16, dt.date(2025, 12, 1) + dt.timedelta(days=30 * (i % 4))).number_format = \
            "YYYY/MM/DD"
        for ci in range(1, 17):
            ws.cell(r, ci).border = BOX
            if ci in (3, 8):
                ws.cell(r, ci).alignment = WRAP
        acts.append((r, risk, grid[i]))
    ws.auto_filter.ref = f"A{hr}:P{hr + len(risks)}"
    widths(ws, {"A": 9, "B": 28, "C": 34, "D": 8, "E": 8, "F": 8, "G": 10, "H": 36,
                **{c: 13 for c in rc}, "P": 14})
    ws.freeze_panes = "C5"
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: 'Risiko-ID', 'Risiko', 'Beskrywing', 'Waarskynlikheid' (1-5), 'Impak' "
        "(1-5), 'Telling' (score), 'Gradering' (Hoog/Medium/Laag, coloured), "
        "'Versagtingsaksie' (mitigation), seven role names (I:O) under a merged 'RACI – "
        "VERSAGTING' row 3, 'Hersieningsdatum'",
        shape="South African municipality's water-works upgrade RISK REGISTER with a RACI for "
        "each risk's mitigation (Afrikaans): ID R-01, risk title, description, likelihood, "
        "impact and score NUMBERS, RAG grade with fills and the mitigation text before the "
        "roles; merged group label above the roles; autofilter; frozen panes; yyyy/mm/dd "
        "review dates; 'A/R' cells",
        notes="each risk row is an activity (named by its 'Risiko' title); the number columns "
        "(likelihood, impact, score) and grade are not roles; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 10 Georgian meetings

def wb_georgian(tmp: Path) -> Built:
    fname = "RACI_შეხვედრების_მატრიცა.xlsx"
    names = ["გენერალური დირექტორი", "პროექტის მენეჯერი", "ფინანსური დეპარტამენტი",
             "IT დეპარტამენტი", "იურიდიული დეპარტამენტი", "გაყიდვების დეპარტამენტი"]
    rc = cols("F", len(names))
    meetings = [
        ("სამეთვალყურეო საბჭო", "თვეში ერთხელ", "ორშაბათი", dt.time(10, 0)),
        ("პროექტის სტატუსის შეხვედრა", "ყოველკვირეულად", "სამშაბათი", dt.time(9, 30)),
        ("ბიუჯეტის მიმოხილვა", "კვარტალში ერთხელ", "ოთხშაბათი", dt.time(14, 0)),
        ("რისკების მიმოხილვა", "ორ კვირაში ერთხელ", "ხუთშაბათი", dt.time(11, 0)),
        ("ცვლილებების საბჭო", "ყოველკვირეულად", "პარასკევი", dt.time(15, 0)),
        ("ხელშეკრულებების განხილვა", "საჭიროებისამებრ", "—", None),
        ("გაყიდვების პროგნოზი", "თვეში ერთხელ", "ორშაბათი", dt.time(16, 0)),
        ("ტექნიკური არქიტექტურის საბჭო", "ორ კვირაში ერთხელ", "ოთხშაბათი", dt.time(10, 30)),
        ("დღიური სტენდაპი", "ყოველდღე", "ორშ–პარ", dt.time(9, 0)),
        ("წლიური სტრატეგიის სესია", "წელიწადში ერთხელ", "—", None),
    ]
    grid = gen(1210, len(meetings), len(names), no_a=8, two_a=5, no_r=9)
    wb = Workbook()
    ws = wb.active
    ws.title = "შეხვედრები"
    ws["A1"] = "მმართველობის შეხვედრების RACI მატრიცა"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – პასუხისმგებელი (ატარებს), A – ანგარიშვალდებული (თავმჯდომარე), "
                "C – კონსულტირებული, I – ინფორმირებული (იღებს ოქმს)")
    hr = 4
    head_row(ws, hr, ["№", "შეხვედრა / ფორუმი", "სიხშირე", "დღე", "დრო", *names, "ხანგრძლივობა"],
             rgb="E2EFDA")
    ws.row_dimensions[hr].height = 45
    acts = []
    for i, (m, freq, day, tm) in enumerate(meetings):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, m)
        ws.cell(r, 3, freq)
        ws.cell(r, 4, day)
        if tm:
            ws.cell(r, 5, tm).number_format = "HH:MM"
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 12, [60, 30, 90, 45, 60, 60, 30, 90, 15, 240][i]).number_format = '0" წთ"'
        for ci in range(1, 13):
            ws.cell(r, ci).border = BOX
        acts.append((r, m, grid[i]))
    widths(ws, {"A": 5, "B": 34, "C": 18, "D": 12, "E": 8, **{c: 16 for c in rc}, "L": 14})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: '№', 'შეხვედრა / ფორუმი' (meeting / forum), 'სიხშირე' (frequency), 'დღე' "
        "(day), 'დრო' (time), six role names (F:K), 'ხანგრძლივობა' (duration)",
        shape="Georgian company governance-meetings RACI (Georgian Mkhedruli script): the "
        "activities are recurring MEETINGS, with frequency text, weekday, a TIME-of-day cell "
        "(HH:MM, empty for ad-hoc meetings) before the roles and a duration number formatted "
        "'60 წთ' after; A = chair, R = runs it; 'A/R' cells",
        notes="each meeting is an activity; frequency, day, time and duration are not roles; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 11 Irish: legend inside grid

def wb_irish(tmp: Path) -> Built:
    fname = "Maitris_RACI_feile_ealaine.xlsx"
    names = ["Stiúrthóir na Féile", "Bainisteoir Tionscadail", "Oifigeach Ealaíon",
             "Cisteoir", "Oifigeach Sláinte agus Sábháilteachta", "Oibrithe Deonacha",
             "Comhairle Contae"]
    rc = cols("C", len(names))
    phases = [("CUID A – ROIMH AN BHFÉILE", ["Clár na féile a shocrú", "Deontais a lorg",
                                              "Ealaíontóirí a chur faoi chonradh",
                                              "Árachas poiblí", "Ceadúnas ón gComhairle"]),
              ("CUID B – LE LINN NA FÉILE", ["Ticéid agus doirse", "Stáitse agus fuaim",
                                             "Garchabhair", "Bainistíocht slua"]),
              ("CUID C – TAR ÉIS NA FÉILE", ["Glanadh an tsuímh", "Tuarascáil airgeadais",
                                             "Aiseolas ón bpobal"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1211, n, len(names), no_a=3, two_a=10, no_r=7)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Féile Ealaíne an Earraigh – Maitrís RACI"
    ws["A1"].font = Font(bold=True, size=14)
    hr = 3
    head_row(ws, hr, ["Uimh.", "Gníomhaíocht", *names, "Spriocdháta"], rgb="548235", white=True)
    ws.row_dimensions[hr].height = 48
    r = hr + 1
    acts, phase_rows, legend_rows = [], [], []
    k = 0
    for p, (ph, items) in enumerate(phases):
        ws.cell(r, 1, ph).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = fill("E2EFDA")
        phase_rows.append(r)
        r += 1
        for t in items:
            k += 1
            lets = grid[len(acts)]
            ws.cell(r, 1, k)
            ws.cell(r, 2, t)
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{c}{r}"] = plain(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            ws.cell(r, 10, dt.date(2026, 2, 2) + dt.timedelta(days=11 * k)).number_format = \
                "DD/MM/YYYY"
            for ci in range(1, 11):
                ws.cell(r, ci).border = BOX
            acts.append((r, t, lets))
            r += 1
        if p == 0:
            # the key, pasted in the middle of the table where there was room on page 1
            for line in ["EOCHAIR / KEY", "R = Freagrach (Responsible) – a dhéanann an obair",
                         "A = Cuntasach (Accountable) – a fhaomhann", "C = Dul i gcomhairle "
                         "(Consulted)   ·   I = Ar an eolas (Informed)"]:
                ws.cell(r, 2, line).font = Font(italic=True, bold=line.startswith("EOCHAIR"),
                                                color="375623")
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
                ws.cell(r, 2).fill = fill("FFFFE0")
                legend_rows.append(r)
                r += 1
    widths(ws, {"A": 7, "B": 36, **{c: 15 for c in rc}, "J": 13})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 3: 'Uimh.', 'Gníomhaíocht' (activity), seven role names in Irish (C:I), "
        "'Spriocdháta' (target date)",
        shape="Irish-language community arts festival (Gaeilge, síntí fada): the KEY is a "
        f"block of four pale-yellow merged rows (rows {legend_rows[0]}-{legend_rows[-1]}, "
        "'EOCHAIR / KEY', 'R = Freagrach ...') INSIDE the table between part A and part B, "
        "text in the activity column merged across the role columns; merged 'CUID A/B/C – "
        "...' part rows; numbering runs on across parts; dd/mm/yyyy; 'A/R' cells",
        notes="the key rows inside the grid are not activities; part rows are not activities; ",
        phase_rows=phase_rows,
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 12 Galician: roles on the left

def wb_galician(tmp: Path) -> Built:
    fname = "matriz_RACI_festival_curtas_roles_esquerda.xlsx"
    names = ["Dirección", "Produción", "Programación", "Comunicación", "Voluntariado",
             "Concello"]
    rc = cols("A", len(names))
    tasks = ["Convocatoria de curtametraxes", "Selección de filmes", "Xurado", "Orzamento",
             "Patrocinios", "Reserva de salas", "Subtítulos en galego", "Cartel e web",
             "Acreditacións de prensa", "Gala de clausura", "Memoria xustificativa"]
    grid = gen(1212, len(tasks), len(names), no_a=1, two_a=6, no_r=9)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Festival de Curtas – quen fai que"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R responsable · A aproba · C consultado · I informado. As columnas de "
                "letras van á esquerda para imprimir como lista de comprobación.")
    hr = 4
    head_row(ws, hr, [*names, "Nº", "Tarefa", "Prazo", "Feito"], rgb="DDEBF7")
    for c in rc:
        ws[f"{c}{hr}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                             vertical="bottom", wrap_text=True)
    ws.row_dimensions[hr].height = 90
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 7, i + 1)
        ws.cell(r, 8, t)
        ws.cell(r, 9, dt.date(2026, 4, 6) + dt.timedelta(days=8 * i)).number_format = "DD/MM/YYYY"
        ws.cell(r, 10, "☐")
        for ci in range(1, 11):
            ws.cell(r, ci).border = BOX
        acts.append((r, t, grid[i]))
    widths(ws, {**{c: 5 for c in rc}, "G": 5, "H": 36, "I": 12, "J": 7})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: six rotated role names in A:F FIRST, then 'Nº', 'Tarefa' (task) in H, "
        "'Prazo' (deadline), 'Feito' (done box)",
        shape="Galician short-film festival association checklist: the ROLE COLUMNS COME FIRST "
        "at the left (A:F, narrow, rotated heads) and the number and task text to their RIGHT "
        "(G:H) on a left-to-right sheet, so it prints as a tick list; dd/mm/yyyy deadlines and "
        "an empty '☐' Feito column; 'A/R' cells",
        notes="the task name is in column H, to the right of the roles; Feito is not a role; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "H", "head_row": hr}


BUILDERS: list[Callable[[Path], Built]] = [
    wb_croatian,
    wb_daci,
    wb_bulgarian,
    wb_malay_pandas,
    wb_lithuanian,
    wb_slovenian,
    wb_basque,
    wb_hindi,
    wb_afrikaans,
    wb_georgian,
    wb_irish,
    wb_galician,
]


# ------------------------------------------------------------------ read-back check

def grid_xlsx(path: Path, sheet: str | None) -> dict[tuple[int, str], str]:
    wb = load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    out = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and str(c.value) != "":
                out[(c.row, c.column_letter)] = str(c.value)
    return out


def read_grid(path: Path, sheet: str | None, tmp: Path) -> dict[tuple[int, str], str]:
    if path.suffix == ".csv":
        raw = path.read_bytes()
        assert raw[:2] == b"\xff\xfe" and "\r\n".encode("utf-16-le") in raw
        rows = list(csv.reader(io.StringIO(raw.decode("utf-16"), newline=""), delimiter="\t"))
        return {(i + 1, get_column_letter(j + 1)): v for i, fs in enumerate(rows)
                for j, v in enumerate(fs) if v != ""}
    if path.suffix == ".ods":
        d = tmp / ("back_" + path.stem)
        d.mkdir()
        src = d / "x.ods"
        shutil.copy(path, src)
        return grid_xlsx(soffice(src, "xlsx", d), sheet)
    return grid_xlsx(path, sheet)


def decode(raw: str, cfg: dict[str, Any]) -> list[str]:
    s = unicodedata.normalize("NFKC", raw).strip()
    if not s:
        return []
    toks = s.replace(",", " ").replace("/", " ").split()
    out = []
    for t in toks:
        t = cfg.get("map", {}).get(t, t)
        assert t in ("R", "A", "C", "I"), (raw, t)
        out.append(t)
    return out


def check(fname: str, e: dict[str, Any], cfg: dict[str, Any], tmp: Path) -> None:
    g = read_grid(HERE / fname, e["sheet"], tmp)
    n_letters = 0
    hr = cfg["head_row"]
    struck = {(r, c) for r, c in cfg.get("struck", [])}
    for ro in e["roles"]:
        assert g.get((hr, ro["col"])) == ro["name"], (fname, ro, g.get((hr, ro["col"])))
    act_rows = set()
    for a in e["activities"]:
        r = a["row"]
        act_rows.add(r)
        nc = cfg.get("name_cols", {}).get(r, cfg.get("name_col"))
        assert g.get((r, nc)) == a["name"], (fname, r, g.get((r, nc)))
        for i, ro in enumerate(e["roles"]):
            raw = g.get((r, ro["col"]), "")
            if (r, ro["col"]) in struck:
                assert raw in ("R", "A", "C", "I") and str(i) not in a["letters"], (fname, r)
                continue
            got = decode(raw, cfg)
            assert sorted(got) == sorted(a["letters"].get(str(i), [])), (fname, r, ro["col"], got)
            n_letters += len(got)
    # between the heads and the last activity, role columns are empty on other rows
    for r in range(hr + 1, max(act_rows) + 1):
        if r in act_rows:
            continue
        for ro in e["roles"]:
            v = g.get((r, ro["col"]))
            assert v is None or r in e["phase_rows"], (fname, r, ro["col"], v)
    want = sum(len(v) for a in e["activities"] for v in a["letters"].values())
    assert n_letters == want, (fname, n_letters, want)
    assert len({a["row"] for a in e["activities"]}) == e["n"]
    # shape features that the truth relies on
    if "foot_row" in cfg:
        for ro in e["roles"]:
            assert g.get((cfg["foot_row"], ro["col"])) == ro["name"], (fname, "footer head")
    if "hidden_cols" in cfg:
        ws = load_workbook(HERE / fname, keep_vba=True).worksheets[0]
        for c in cfg["hidden_cols"]:
            dim = ws.column_dimensions[c]
            hidden = dim.hidden or any(
                d.hidden and d.min <= column_index_from_string(c) <= d.max
                for d in ws.column_dimensions.values())
            assert hidden, (fname, "hidden column", c)
        assert any(d.outline_level for d in ws.column_dimensions.values()), "outline group"
    if e["sheet"] and fname.endswith(".xlsx"):
        wb = load_workbook(HERE / fname)
        assert wb.worksheets[0].sheet_state == "hidden" and wb.active.title == e["sheet"]
    if struck:
        ws = load_workbook(HERE / fname).worksheets[0]
        for r, c in struck:
            assert ws[f"{c}{r}"].font.strike, (fname, r, c)
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
