"""Build the fourteenth held-out set of RACI workbooks and its truth.json, then read each back.

Run from the repository root: ``python tests/import_eval/unseen13/make_workbooks.py``. Needs
openpyxl and LibreOffice (``soffice``) for the .ods and the .xlsm (whose COUNTA formulas
LibreOffice computes and stores). The files, truth.json and the read-back check (openpyxl with
merged ranges spread over their cells and rich text read run by run, a LibreOffice round trip for
the .ods, the csv module for the Mac Roman CR-only CSV) are all made here. The letters are drawn
once from a seeded generator and then fixed so that every workbook has an activity without A, one
with more than one A and one without R.
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
        j = next((j for j, lt in enumerate(grid[i]) if lt == ["A"]), None)
        if j is not None:  # an activity whose only A is already 'A/R' stays as it is
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



def put_letters(ws: Worksheet, r: int, rc: list[str], lets: Lets,
                fmt: Callable[[list[str]], Any] = plain) -> None:
    for c, lt in zip(rc, lets, strict=True):
        cell = ws[f"{c}{r}"]
        if lt:
            cell.value = fmt(lt)
        cell.alignment = CENTRE
        cell.border = BOX


# ------------------------------ 1 Luxembourgish CSV (Macintosh): Mac Roman, CR only

def wb_luxembourgish(tmp: Path) -> Built:
    fname = "RACI_Spillplaz_Gemeng.csv"
    names = ["Buergermeeschter", "Schäfferot", "Gemengesekretär", "Technesche Service",
             "Architektebüro", "Elterevereenegung", "Schoulpersonal"]
    phases = [("Phas 1 – Virbereedung", ["Bedarfsanalys mat de Kanner", "Budget am Gemengerot",
                                        "Terrain auswielen"]),
              ("Phas 2 – Planung", ["Virprojet zeechnen", "Iwwerpréiwung vun der Sécherheet",
                                   "Ëffentlech Ausschreiwung", "Offeren evaluéieren",
                                   "Optrag vergin"]),
              ("Phas 3 – Ëmsetzung", ["Bauaarbechten iwwerwaachen", "Spillgeräter installéieren",
                                     "Ofnam duerch den Expert", "Aweiung mat de Famillen",
                                     "Informatioun an der Gemengenzeitung"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1401, n, len(names), no_a=7, two_a=4, no_r=12)
    merge_ar(grid, [0, 9])
    header = ["Nr.", "Aktivitéit", *names, "Delai", "Bemierkung"]
    width = len(header)
    lines: list[list[str]] = [
        ["RACI-Matrix – Neie Spillplaz an der Gemeng (Gemengeschoul Wolz)"] + [""] * (width - 1),
        ["Stand: 12.03.2026 – erstallt vum Sekretariat"] + [""] * (width - 1),
        [""] * width,
        header,
    ]
    acts, prow = [], []
    k = 0
    rc = cols("C", len(names))
    for pi, (ph, tasks) in enumerate(phases):
        lines.append([ph] + [""] * (width - 1))
        prow.append(len(lines))
        for ti, t in enumerate(tasks):
            row = [f"{pi + 1}.{ti + 1}", t, *[plain(lt) for lt in grid[k]],
                   (dt.date(2026, 4, 6) + dt.timedelta(days=11 * k)).strftime("%d.%m.%Y"),
                   "mat der Police ofstëmmen" if k in (4, 10) else ""]
            lines.append(row)
            acts.append((len(lines), t, grid[k]))
            k += 1
    lines.append([""] * width)
    lines.append(["Legend: R = Responsabel (mécht et), A = Accountable (entscheet, ënnerschreift), "
                  "C = Consultéiert, I = Informéiert"] + [""] * (width - 1))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r", quoting=csv.QUOTE_MINIMAL)
    w.writerows(lines)
    (HERE / fname).write_bytes(buf.getvalue().encode("mac_roman"))
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="line 4: 'Nr.', 'Aktivitéit', seven Luxembourgish role names (fields C:I), 'Delai', "
        "'Bemierkung'",
        shape="Luxembourgish commune playground project saved by Excel for Mac as 'CSV "
        "(Macintosh)': MAC ROMAN encoding (ä ë é ü as Mac bytes), CR-ONLY line endings (no LF "
        "at all), ';' separator, padded; title and 'Stand' lines, empty line, header on line 4; "
        "'Phas n – ...' lines; 'A/R' cells; dd.mm.yyyy deadlines; legend line at the end",
        notes="encoding mac_roman, delimiter ';', lines end with CR only; `row` is the line number,"
        " `col` the field's column letter; 'A/R' = A+R; ",
        phase_rows=prow,
    )
    return fname, e, {"name_col": "B", "head_row": 4, "csv": ("mac_roman", ";")}


# ------------------------------ 2 Galician .ods: diagonal corner cell, 45° heads, comments

def wb_galician(tmp: Path) -> Built:
    from openpyxl.comments import Comment
    fname = "matriz_RACI_compostaxe_comunitaria.ods"
    names = ["Alcaldía", "Concellaría de Medio Ambiente", "Técnica de medio ambiente",
             "Intervención", "Empresa adxudicataria", "Asociacións veciñais",
             "Deputación Provincial"]
    phases = [("Fase 1 – Deseño", ["Diagnose dos residuos orgánicos", "Localización das áreas",
                                  "Solicitude de subvención"]),
              ("Fase 2 – Contratación", ["Redacción do prego", "Licitación e adxudicación",
                                        "Compra de composteiros"]),
              ("Fase 3 – Posta en marcha", ["Instalación das áreas", "Formación de mestres "
                                           "composteiros", "Campaña veciñal",
                                           "Seguimento mensual", "Memoria final á Deputación"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1402, n, len(names), no_a=3, two_a=8, no_r=5)
    merge_ar(grid, [1, 6])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Plan de compostaxe comunitaria – matriz de responsabilidades (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R: realiza · A: aproba e responde · C: é consultada · I: é informada. "
                "As notas nalgunhas celas explican a asignación.")
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    rc = cols("C", len(names))
    ws.cell(hr, 1, "Nº")
    corner = ws.cell(hr, 2, "                    Papel\nTarefa")
    for ci, h in enumerate(names):
        ws.cell(hr, 3 + ci, h)
    for ci in range(1, 3 + len(names) + 1):
        c = ws.cell(hr, ci)
        c.font = BOLD
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = Alignment(text_rotation=45 if ci >= 3 else 0, horizontal="center",
                                vertical="bottom", wrap_text=True)
    ws.cell(hr, 3 + len(names), "Prazo")
    corner.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN,
                           diagonal=THIN, diagonalDown=True)
    corner.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[hr].height = 110
    notes = {(1, 3): "Só se a subvención supera 50.000 €", (4, 4): "Revisa o prego antes da "
             "publicación", (7, 4): "A empresa achega o material da campaña",
             (9, 6): "Informe trimestral á xunta de goberno"}
    r = hr
    acts, prow = [], []
    k = 0
    last = get_column_letter(3 + len(names))
    for ph, tasks in phases:
        r += 1
        ws.cell(r, 1, ph)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 1).fill = fill("E2EFDA")
        prow.append(r)
        for t in tasks:
            r += 1
            ws.cell(r, 1, f"{len(prow)}.{tasks.index(t) + 1}")
            ws.cell(r, 2, t).alignment = WRAP
            put_letters(ws, r, rc, grid[k])
            for (i, j), txt in notes.items():
                if i == k:
                    assert grid[k][j], (k, j)  # a note sits on a letter
                    ws[f"{rc[j]}{r}"].comment = Comment(txt, "Técnica MA")
            ws.cell(r, 3 + len(names), dt.date(2026, 3, 2) + dt.timedelta(days=14 * k))
            ws.cell(r, 3 + len(names)).number_format = "DD/MM/YYYY"
            acts.append((r, t, grid[k]))
            k += 1
    widths(ws, {"A": 6, "B": 40, **{c: 7 for c in rc}, last: 12})
    src = tmp / "galician_src" / "matriz_RACI_compostaxe_comunitaria.xlsx"
    src.parent.mkdir()
    wb.save(src)
    shutil.copy(soffice(src, "ods", tmp / "lo_galician"), HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'Nº', a DIAGONALLY SPLIT corner cell 'Papel' / 'Tarefa' over the task "
        "column, seven Galician role names rotated 45° (C:I), 'Prazo'",
        shape="Galician town council (Concello) community-composting plan in LibreOffice (.ods): "
        "the head of the task column is a corner cell split by a DIAGONAL border with 'Papel' "
        "(role) top right and 'Tarefa' (task) bottom left in one text; role heads at 45°; merged "
        "green 'Fase n – ...' rows; COMMENTS (notes) on four letter cells; 'A/R' cells; dates",
        notes="the corner cell is the task column's head, not a role; comments do not change "
        "letters; ",
        phase_rows=prow,
    )
    return fname, e, {"name_col": "B", "head_row": hr, "comments": len(notes)}


# ------------------------------ 3 Macedonian .xlsm: Σ count columns inside the role block

def wb_macedonian(tmp: Path) -> Built:
    fname = "RACI_матрица_реконструкција_парк.xlsm"
    inner = ["Градоначалник", "Сектор за урбанизам", "Сектор за финансии",
             "Одделение за јавни набавки"]
    outer = ["Проектант", "Изведувач", "Надзорен орган"]
    names = inner + outer
    tasks = ["Идеен проект", "Јавна расправа со граѓаните", "Основен проект",
             "Ревизија на проектот", "Одобрение за градење", "Тендерска документација",
             "Избор на изведувач", "Подготвителни работи", "Зелени површини и осветлување",
             "Детско игралиште", "Технички прием", "Отворање на паркот"]
    grid = gen(1403, len(tasks), len(names), no_a=9, two_a=2, no_r=11)
    merge_ar(grid, [0, 6])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Општина Струмица – Реконструкција на градскиот парк: RACI матрица"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – извршува, A – одговара и одобрува, C – се консултира, I – се информира; "
                "Σ – број на вклучени улоги во групата")
    ws["A2"].font = Font(italic=True, size=9)
    # A no, B task, C:F internal, G Σ, H:J external, K Σ, L rok
    rc = ["C", "D", "E", "F", "H", "I", "J"]
    hr = 5
    ws["C4"] = "ВНАТРЕШНИ (Општина)"
    ws.merge_cells("C4:G4")
    ws["H4"] = "НАДВОРЕШНИ"
    ws.merge_cells("H4:K4")
    for c in ("C4", "H4"):
        ws[c].font = BOLD
        ws[c].alignment = CENTRE
        ws[c].fill = fill("FCE4D6")
    head_row(ws, hr, ["Бр.", "Активност", *inner, "Σ", *outer, "Σ", "Рок"], rgb="F8CBAD")
    for c in rc:
        ws[f"{c}{hr}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                             vertical="bottom", wrap_text=True)
    ws.row_dimensions[hr].height = 120
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, f"{i + 1}.")
        ws.cell(r, 2, t)
        put_letters(ws, r, rc, grid[i])
        for c, f in (("G", f"=COUNTA(C{r}:F{r})"), ("K", f"=COUNTA(H{r}:J{r})")):
            ws[f"{c}{r}"] = f
            ws[f"{c}{r}"].fill = fill("EDEDED")
            ws[f"{c}{r}"].font = Font(italic=True, color="595959")
            ws[f"{c}{r}"].alignment = CENTRE
            ws[f"{c}{r}"].border = BOX
        ws.cell(r, 12, dt.date(2026, 2, 16) + dt.timedelta(days=21 * i)).number_format = \
            "DD.MM.YYYY"
        acts.append((r, t, grid[i]))
    ws.freeze_panes = f"C{hr + 1}"
    widths(ws, {"A": 5, "B": 34, **{c: 7 for c in rc}, "G": 4, "K": 4, "L": 12})
    src = tmp / "mk_src" / "RACI_матрица_реконструкција_парк.xlsx"
    src.parent.mkdir()
    wb.save(src)
    out = soffice(src, "xlsm:Calc MS Excel 2007 VBA XML", tmp / "lo_mk")
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 5: 'Бр.', 'Активност', four internal roles (C:F), 'Σ' (G), three external "
        "roles (H:J), 'Σ' (K), 'Рок'; row 4 merged group heads over C:G and H:K",
        shape="North Macedonian municipality park reconstruction, macro-enabled workbook (.xlsm), "
        "Macedonian Cyrillic: a COUNT COLUMN 'Σ' (=COUNTA of the group's letter cells, grey "
        "italic numbers) INSIDE the role block after each of the two role groups, the merged "
        "group heads 'ВНАТРЕШНИ (Општина)' / 'НАДВОРЕШНИ' covering the Σ columns too; rotated "
        "heads; '1.' numbers; 'A/R' cells; dd.mm.yyyy deadlines; frozen panes",
        notes="the two 'Σ' columns (G, K) hold counts, they are not roles; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "numbers_cols": ["G", "K"]}


# ------------------------------ 4 English, rich text: struck-through old letters inside cells

def wb_rich_text(tmp: Path) -> Built:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    fname = "planned_maintenance_raci_v2_tracked.xlsx"
    names = ["Head of Asset Management", "Planned Works Manager", "Surveyor",
             "Resident Liaison Officer", "Procurement", "Contractor", "Tenants' Panel"]
    tasks = ["Stock condition survey", "Five-year investment plan", "Select blocks for 2026/27",
             "Section 20 consultation", "Tender the kitchens & bathrooms contract",
             "Award contract", "Pre-start resident visits", "Works on site",
             "Handle complaints during works", "Quality inspection", "Resident satisfaction "
             "survey", "Close-out report to board"]
    grid = gen(1404, len(tasks), len(names), no_a=10, two_a=5, no_r=6)
    merge_ar(grid, [2])
    # tracked changes: (activity, role) -> old letter shown struck through before the new one;
    # new == [] means the old letter was withdrawn and nothing replaces it
    changes: dict[tuple[int, int], str] = {}
    rng = random.Random(1404)
    for i in range(len(tasks)):
        if i in (1, 3, 4, 7, 8, 11):
            js = [j for j in range(len(names)) if grid[i][j] in (["C"], ["I"], ["R"])]
            j = rng.choice(js)
            changes[(i, j)] = "I" if grid[i][j] == ["C"] else "C"
    # two withdrawn letters in empty cells
    for i in (0, 9):
        j = next(j for j in range(len(names)) if not grid[i][j])
        changes[(i, j)] = "C"
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Planned maintenance programme 2026/27 – RACI (v2, changes tracked)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = Responsible, A = Accountable, C = Consulted, I = Informed.  Changes since "
                "v1 agreed at the 14 Jan meeting: a struck-through letter has been REMOVED, the "
                "red letter after it is the new one.")
    ws["A2"].font = Font(italic=True, size=9, color="C00000")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["Ref", "Activity", *names, "Target"], rgb="DDEBF7")
    ws.row_dimensions[hr].height = 45
    strike = InlineFont(strike=True, color="7F7F7F")
    red = InlineFont(b=True, color="C00000")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, f"PM{i + 1:02d}")
        ws.cell(r, 2, t)
        put_letters(ws, r, rc, grid[i])
        for (ci, j), old in changes.items():
            if ci != i:
                continue
            new = plain(grid[i][j])
            parts: list[Any] = [TextBlock(strike, old)]
            if new:
                parts += [" ", TextBlock(red, new)]
            ws[f"{rc[j]}{r}"].value = CellRichText(parts)
        ws.cell(r, 3 + len(names), ["Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q4",
                                    "Q4", "Q4"][i])
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 6, "B": 40, **{c: 13 for c in rc}, "J": 8})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'Ref', 'Activity', seven role names (C:I), 'Target'",
        shape="UK housing association planned-maintenance programme, version 2 with changes "
        "tracked INSIDE cells as RICH TEXT: in six cells the old letter is kept as a grey "
        "STRUCK-THROUGH run followed by a space and the new letter as a bold red run ('C R' "
        "reads R); in two cells only a struck-through letter is left (withdrawn, nothing now); "
        "red legend line saying so; Ref PM01; 'A/R' cell; quarter targets",
        notes="a struck-through run inside a cell is a removed letter and is not counted; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "rich": len(changes)}


# ------------------------------ 5 Nepali, transposed with department group rows among the roles

def wb_nepali(tmp: Path) -> Built:
    fname = "RACI_तालिका_विद्यालय_सुदृढीकरण.xlsx"
    groups = [("नगरपालिका", ["नगर प्रमुख", "प्रमुख प्रशासकीय अधिकृत", "नगर इन्जिनियर", "लेखा शाखा"]),
              ("साझेदार संस्था", ["सहयोगी गैरसरकारी संस्था", "निर्माण व्यवसायी"]),
              ("विद्यालय", ["प्रधानाध्यापक", "विद्यालय व्यवस्थापन समिति"])]
    names = [nm for _, g in groups for nm in g]
    tasks = ["संरचनात्मक मूल्याङ्कन", "सुदृढीकरण डिजाइन", "लागत अनुमान", "बजेट स्वीकृति",
             "बोलपत्र आह्वान", "ठेक्का सम्झौता", "अस्थायी कक्षा व्यवस्था", "निर्माण कार्य",
             "गुणस्तर अनुगमन", "सामाजिक परीक्षण", "हस्तान्तरण", "अन्तिम प्रतिवेदन"]
    grid = gen(1405, len(tasks), len(names), no_a=4, two_a=10, no_r=9)
    merge_ar(grid, [1, 7])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "सामुदायिक विद्यालय भूकम्प प्रतिरोधी सुदृढीकरण – जिम्मेवारी तालिका (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R = काम गर्ने, A = जवाफदेही, C = परामर्श लिइने, I = जानकारी दिइने"
    ac = cols("D", len(tasks))
    ws["B4"] = "कार्य नं."
    ws["B5"] = "भूमिका ↓  /  कार्य →"
    ws["C5"] = "सम्पर्क व्यक्ति"
    for c in ("B4", "B5", "C5"):
        ws[c].font = BOLD
        ws[c].fill = fill("D9E1F2")
        ws[c].border = BOX
    for i, (c, t) in enumerate(zip(ac, tasks, strict=True)):
        ws[f"{c}4"] = f"{i + 1}"
        ws[f"{c}4"].alignment = CENTRE
        ws[f"{c}5"] = t
        ws[f"{c}4"].font = BOLD
        ws[f"{c}5"].font = BOLD
        ws[f"{c}5"].fill = fill("D9E1F2")
        ws[f"{c}5"].border = BOX
        ws[f"{c}5"].alignment = Alignment(text_rotation=90, horizontal="center",
                                          vertical="bottom", wrap_text=True)
    ws.row_dimensions[5].height = 150
    people = ["राम बहादुर थापा", "सीता कुमारी श्रेष्ठ", "ई. हरि प्रसाद पौडेल", "गीता अधिकारी",
              "कार्यक्रम संयोजक", "साइट इन्चार्ज", "कृष्ण प्रसाद भट्टराई", "अध्यक्ष"]
    last = ac[-1]
    r = 5
    k = 0
    role_rows, grows = [], []
    for gname, members in groups:
        r += 1
        ws.cell(r, 1, gname)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("2F5597")
        grows.append(r)
        for nm in members:
            r += 1
            ws.cell(r, 1, k + 1)
            ws.cell(r, 2, nm).font = BOLD
            ws.cell(r, 3, people[k]).font = Font(italic=True, color="595959")
            for ti, c in enumerate(ac):
                lt = grid[ti][k]
                if lt:
                    ws[f"{c}{r}"] = plain(lt)
                ws[f"{c}{r}"].alignment = CENTRE
                ws[f"{c}{r}"].border = BOX
            role_rows.append(r)
            k += 1
    ws.freeze_panes = "D6"
    widths(ws, {"A": 5, "B": 28, "C": 20, **{c: 6 for c in ac}})
    wb.save(HERE / fname)
    roles_t = [role(rr, nm) for rr, nm in zip(role_rows, names, strict=True)]
    acts = [(c, t, grid[i]) for i, (c, t) in enumerate(zip(ac, tasks, strict=True))]
    e = entry(
        sheet=None, roles=roles_t, acts=acts,
        heads="TRANSPOSED: role names down column B (rows 7-10, 12-13, 15-16), contact person in "
        "C; task numbers in row 4 and rotated task names in row 5 across D:O",
        shape="Nepali municipality school earthquake-retrofit, Devanagari: TRANSPOSED (roles as "
        "ROWS, 12 tasks as COLUMNS with a number row and rotated names) and the roles split by "
        "DEPARTMENT GROUP ROWS ('नगरपालिका', 'साझेदार संस्था', 'विद्यालय': white on dark "
        "blue, merged across the sheet) between the role rows; role number in A, contact person "
        "in C beside the role; corner head 'भूमिका ↓ / कार्य →'; 'A/R' cells; frozen panes",
        notes="transposed: each role's `col` is its ROW number and each activity's `row` its "
        "COLUMN letter; the group rows and the contact-person column are not roles; ",
        phase_rows=[],
    )
    return fname, e, {"transposed": True, "name_col": "B", "head_row": 5, "group_rows": grows}


# ------------------------------ 6 Amharic: description column, hidden helper column among the
#                                roles, every empty cell a 0 shown as '–'

def wb_amharic(tmp: Path) -> Built:
    fname = "የRACI_ሰንጠረዥ_የጤና_ጣቢያ_ዲጂታል.xlsx"
    names_a = ["የጤና ጣቢያ ኃላፊ", "የወረዳ ጤና ጽ/ቤት", "የመረጃ ባለሙያ", "ነርስ አስተባባሪ"]
    names_b = ["የሶፍትዌር አቅራቢ", "የክልል ጤና ቢሮ", "የማህበረሰብ ተወካይ"]
    names = names_a + names_b
    tasks = [("የፍላጎት ዳሰሳ", "የጤና ጣቢያውን የመረጃ አያያዝ ችግሮች መለየት እና ሪፖርት ማዘጋጀት"),
             ("የበጀት ማጽደቅ", "ለኮምፒውተሮች እና ለኔትወርክ የሚያስፈልገውን በጀት ማጽደቅ"),
             ("የመሳሪያ ግዢ", "ኮምፒውተሮችን፣ ፕሪንተሮችን እና የኃይል መጠባበቂያ መግዛት"),
             ("የኔትወርክ ዝርጋታ", "በክፍሎች መካከል የኔትወርክ ገመድ መዘርጋት"),
             ("የሶፍትዌር ማስተካከያ", "የታካሚ መዝገብ ሶፍትዌሩን ለጣቢያው ማስተካከል"),
             ("የመረጃ ፍልሰት", "የወረቀት መዝገቦችን ወደ ሲስተሙ ማስገባት"),
             ("የሰራተኞች ስልጠና", "ለነርሶች እና ለመዝገብ ሰራተኞች ተግባራዊ ስልጠና"),
             ("የሙከራ ትግበራ", "በአንድ ክፍል ለሁለት ሳምንት መሞከር"),
             ("ሙሉ ትግበራ", "በሁሉም ክፍሎች ሲስተሙን መጠቀም መጀመር"),
             ("ለማህበረሰቡ ማሳወቅ", "ለታካሚዎች አዲሱን አሰራር ማስተዋወቅ"),
             ("ክትትል እና ግምገማ", "የሶስት ወር አፈጻጸም መገምገም"),
             ("የመጨረሻ ሪፖርት", "ለክልል ጤና ቢሮ ሪፖርት ማቅረብ")]
    grid = gen(1406, len(tasks), len(names), no_a=2, two_a=9, no_r=11)
    merge_ar(grid, [5])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "የጤና ጣቢያ ዲጂታል የታካሚ መዝገብ ፕሮጀክት – የኃላፊነት ሰንጠረዥ (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = ፈጻሚ   A = ተጠያቂ   C = የሚመከር   I = የሚነገረው   – = ሚና የለውም")
    hr = 4
    # A id, B title, C description, D date, E:H roles, I hidden check, J:L roles, M owner
    rc = ["E", "F", "G", "H", "J", "K", "L"]
    head_row(ws, hr, ["መለያ", "ተግባር", "ዝርዝር መግለጫ", "የማጠናቀቂያ ቀን", *names_a, "ማረጋገጫ",
                      *names_b, "ባለቤት"], rgb="E2EFDA")
    ws.row_dimensions[hr].height = 48
    months = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት",
              "ሰኔ", "ሐምሌ", "ነሐሴ"]
    owners = ["ዶ/ር ሄኖክ ታደሰ", "ወ/ሮ መሰረት አለሙ", "አቶ ዳዊት በቀለ", "ሲስተር ሕይወት ገብሬ"]
    acts = []
    for i, (t, d) in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, f"ጤ-{i + 1:02d}")
        ws.cell(r, 2, t)
        ws.cell(r, 3, d).alignment = WRAP
        ws.cell(r, 4, f"{months[i]} {10 + i} ቀን 2018 ዓ.ም")
        for c, lt in zip(rc, grid[i], strict=True):
            cell = ws[f"{c}{r}"]
            cell.value = plain(lt) if lt else 0
            cell.number_format = '0;-0;"–";@'
            cell.alignment = CENTRE
            cell.border = BOX
        n_a = sum(lt.count("A") for lt in grid[i])
        ws[f"I{r}"] = "እሺ" if n_a == 1 else ("A የለም" if n_a == 0 else "ከአንድ በላይ A")
        ws.cell(r, 13, owners[i % 4])
        acts.append((r, t, grid[i]))
    ws.column_dimensions["I"].hidden = True
    widths(ws, {"A": 7, "B": 22, "C": 44, "D": 20, **{c: 10 for c in rc}, "M": 18})
    ws.freeze_panes = f"C{hr + 1}"
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'መለያ' (ID), 'ተግባር' (task), 'ዝርዝር መግለጫ' (description), 'የማጠናቀቂያ ቀን' "
        "(date), four roles (E:H), HIDDEN 'ማረጋገጫ' (check, I), three roles (J:L), 'ባለቤት' (owner)",
        shape="Ethiopian woreda health-centre digital patient-record project, Amharic (Ge'ez "
        "script): ID 'ጤ-01', short task name and a separate long description column; "
        "Ethiopian-calendar dates as text ('መስከረም 10 ቀን 2018 ዓ.ም'); a HIDDEN check column "
        "IN THE MIDDLE of the role block ('እሺ' / 'A የለም' / 'ከአንድ በላይ A'); EVERY EMPTY "
        "letter cell holds the NUMBER 0 shown as '–' by the number format 0;-0;\"–\";@; owner "
        "person column after the roles; 'A/R' cell; frozen panes",
        notes="0 (shown '–') is no letter; the hidden column I is a check, not a role; the "
        "activity name is the short task name in B, the description in C is not a name; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "drop": ["0"], "hidden_cols": ["I"],
                      "zeros": True}


# ------------------------------ 7 Scots Gaelic: the template's 'Example' sheet first

def wb_gaelic(tmp: Path) -> Built:
    fname = "Clar_RACI_Urras_na_Coimhearsnachd.xlsx"
    names = ["Cathraiche", "Manaidsear Pròiseict", "Ionmhasair", "Oifigear Coimhearsnachd",
             "Comhairle na Gàidhealtachd", "Ailtire", "Buill an Urrais"]
    tasks = ["Sgrùdadh feumalachdan na coimhearsnachd", "Plana gnìomhachais",
             "Iarrtas maoineachaidh gu Maoin an Fhearainn", "Co-chomhairle phoblach",
             "Cead dealbhaidh", "Tairgsean luchd-togail", "Cùmhnant a shoidhnigeadh",
             "Obair togail", "Aithisg ionmhais ràitheil", "Fosgladh oifigeil",
             "Measadh às dèidh a' phròiseict"]
    grid = gen(1407, len(tasks), len(names), no_a=6, two_a=3, no_r=9)
    merge_ar(grid, [0, 7])
    wb = Workbook()
    ex = wb.active
    ex.title = "Example"
    ex["A1"] = "RACI chart template – EXAMPLE (see how it works, then use the next tab)"
    ex["A1"].font = Font(bold=True, size=14, color="7F7F7F")
    ex["A2"] = ("This sheet shows a worked example. Do not enter your project here. "
                "R = Responsible, A = Accountable, C = Consulted, I = Informed.")
    ex_roles = ["Project Sponsor", "Project Manager", "Business Analyst", "Developer", "Tester"]
    head_row(ex, 4, ["#", "Task", *ex_roles], rgb="EDEDED")
    ex_tasks = [("Define scope", ["A", "R", "C", "", "I"]),
                ("Gather requirements", ["I", "A", "R", "C", "C"]),
                ("Build the solution", ["", "A", "C", "R", "I"]),
                ("Test the solution", ["", "A", "C", "C", "R"]),
                ("Sign off", ["A", "R", "I", "I", "I"])]
    for i, (t, ls) in enumerate(ex_tasks):
        ex.cell(5 + i, 1, i + 1)
        ex.cell(5 + i, 2, t)
        for j, lt in enumerate(ls):
            if lt:
                ex.cell(5 + i, 3 + j, lt).alignment = CENTRE
        for ci in range(1, 8):
            ex.cell(5 + i, ci).font = Font(italic=True, color="7F7F7F")
    widths(ex, {"A": 4, "B": 28, "C": 16, "D": 16, "E": 16, "F": 16, "G": 16})
    ws = wb.create_sheet("Clàr RACI")
    ws["A1"] = "Urras Fearann Coimhearsnachd – Ionad Coimhearsnachd Ùr: Clàr RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = Dèanadair (a nì an obair), A = Cunntachail, C = Co-chomhairle, "
                "I = Fiosraichte")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["#", "Gnìomh", *names, "Ceann-latha"], rgb="BDD7EE")
    ws.row_dimensions[hr].height = 45
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        put_letters(ws, r, rc, grid[i])
        ws.cell(r, 3 + len(names), dt.date(2026, 5, 1) + dt.timedelta(days=30 * i)).number_format \
            = "DD/MM/YYYY"
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 4, "B": 42, **{c: 14 for c in rc}, "J": 12})
    wb.active = 1
    ex.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wb.save(HERE / fname)
    e = entry(
        sheet="Clàr RACI", roles=entries(names, rc), acts=acts,
        heads="sheet 'Clàr RACI' row 4: '#', 'Gnìomh', seven Gaelic role names (C:I), "
        "'Ceann-latha'",
        shape="Scottish Highlands community land trust building a new community centre, Scottish "
        "Gaelic, made from a downloaded English template: the template's visible FIRST sheet "
        "'Example' (grey italic worked example: 5 English roles x 5 tasks WITH letters, 'do not "
        "enter your project here') is still there; the real matrix is on the second, active "
        "sheet 'Clàr RACI'; 'A/R' cells; dd/mm/yyyy dates",
        notes="the 'Example' sheet is the template's illustration, not this project's matrix; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------ 8 Yoruba Google Sheets export: emoji heads, multi-select chips

def wb_yoruba(tmp: Path) -> Built:
    fname = "Ìfilọ́lẹ̀ app ọjà – RACI.xlsx"
    plain_names = ["Olùdásílẹ̀", "Alákòóso Ọjà", "Olùgbéejáde", "Apẹrẹ", "Títà àti Ìpolówó",
                   "Ìṣúná", "Agbẹjọ́rò"]
    emoji = ["👑", "🧭", "💻", "🎨", "📣", "💰", "⚖️"]
    names = [f"{e} {n}" for e, n in zip(emoji, plain_names, strict=True)]
    tasks = ["Ìwádìí àwọn oníbàárà", "Àkọsílẹ̀ ohun tí app nílò", "Àwòrán ojú-ìwé app",
             "Kíkọ kóòdù", "Ìdánwò pẹ̀lú àwọn olùtajà ní Ọjà Ọba", "Ìforúkọsílẹ̀ ilé-iṣẹ́ (CAC)",
             "Ìlànà ìpamọ́ data (NDPR)", "Ìpolówó lórí WhatsApp", "Ìfilọ́lẹ̀ ní Ìbàdàn",
             "Ìṣirò owó oṣù àkọ́kọ́", "Àtúnṣe lẹ́yìn ìfilọ́lẹ̀"]
    grid = gen(1408, len(tasks), len(names), no_a=8, two_a=1, no_r=5,
               extra={(3, 4): ["C", "I"], (7, 1): ["R", "C"]})
    merge_ar(grid, [2, 9, 10])
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    arial = Font(name="Arial", size=10)
    head = ["Iṣẹ́", "Ọjọ́ ìparí", *names, "Ipò", "Àkíyèsí"]
    for j, h in enumerate(head):
        c = ws.cell(1, j + 1, h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = fill("356854")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rc = cols("C", len(names))
    status = ["Ti parí", "Ti parí", "Ti parí", "Ń lọ lọ́wọ́", "Ń lọ lọ́wọ́", "Ti parí",
              "Kò tí ì bẹ̀rẹ̀", "Kò tí ì bẹ̀rẹ̀", "Kò tí ì bẹ̀rẹ̀", "Kò tí ì bẹ̀rẹ̀",
              "Kò tí ì bẹ̀rẹ̀"]
    acts = []
    for i, t in enumerate(tasks):
        r = 2 + i
        ws.cell(r, 1, t).font = arial
        d = ws.cell(r, 2, dt.date(2026, 1, 12) + dt.timedelta(days=9 * i))
        d.number_format = "m/d/yyyy"
        d.font = arial
        for c, lt in zip(rc, grid[i], strict=True):
            cell = ws[f"{c}{r}"]
            if lt:
                order = [x for x in "RACI" if x in lt]
                cell.value = ", ".join(order)
            cell.font = arial
            cell.alignment = Alignment(horizontal="center")
        ws.cell(r, 3 + len(names), status[i]).font = arial
        if i in (4, 6):
            ws.cell(r, 4 + len(names), "Bá Tunde sọ̀rọ̀ kí a tó bẹ̀rẹ̀" if i == 4 else
                    "Agbẹjọ́rò gbọ́dọ̀ fọwọ́ sí i").font = arial
        if i % 2:
            for ci in range(1, len(head) + 1):
                ws.cell(r, ci).fill = fill("F3F3F3")
        acts.append((r, t, grid[i]))
    dv = DataValidation(type="list", formula1='"R,A,C,I"', allow_blank=True,
                        showDropDown=False)
    dv.add(f"C2:{rc[-1]}{1 + len(tasks)}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    widths(ws, {"A": 40, "B": 11, **{c: 15 for c in rc}, "J": 14, "K": 32})
    wb.save(HERE / fname)
    roles_t = [role(c, nm, [pn]) for c, nm, pn in zip(rc, names, plain_names, strict=True)]
    e = entry(
        sheet=None, roles=roles_t, acts=acts,
        heads="row 1: 'Iṣẹ́', 'Ọjọ́ ìparí', seven role names each starting with an EMOJI "
        "('👑 Olùdásílẹ̀', '⚖️ Agbẹjọ́rò', ...) (C:I), 'Ipò', 'Àkíyèsí'",
        shape="Lagos start-up's market-traders app launch planned in Google Sheets and downloaded "
        "as .xlsx (sheet 'Sheet1', Arial 10, frozen first row AND first column, white-on-green "
        "head row, alternate rows shaded): Yoruba with tone marks; every role head starts with "
        "an EMOJI and a space; letter cells are Sheets MULTI-SELECT drop-down chips exported as "
        "'A, R' / 'R, C' / 'C, I' in R-A-C-I order; the drop-down list 'R,A,C,I' as data "
        "validation; m/d/yyyy due dates right after the task, status and notes after the roles",
        notes="a role's name is the head with or without its emoji; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "A", "head_row": 1}


# ------------------------------ 9 Khmer: coloured-emoji chips before each letter

def wb_khmer(tmp: Path) -> Built:
    fname = "តារាង_RACI_បណ្ណាល័យសាលា.xlsx"
    names = ["នាយកសាលា", "អ្នកសម្របសម្រួលគម្រោង", "បណ្ណារក្ស", "គ្រូភាសាខ្មែរ",
             "គណៈកម្មការទ្រទ្រង់សាលា", "អង្គការដៃគូ", "ការិយាល័យអប់រំស្រុក"]
    tasks = ["វាយតម្លៃតម្រូវការសៀវភៅ", "រៀបចំថវិកា", "ជួសជុលបន្ទប់បណ្ណាល័យ",
             "ទិញសៀវភៅ និងធ្នើ", "ចុះបញ្ជីសៀវភៅ", "បណ្តុះបណ្តាលបណ្ណារក្ស",
             "កម្មវិធីអានសៀវភៅប្រចាំសប្តាហ៍", "ប្រកួតអានសៀវភៅ", "តាមដានការខ្ចីសៀវភៅ",
             "របាយការណ៍ប្រចាំឆមាស", "ពិធីសម្ពោធ", "ផែនការឆ្នាំក្រោយ"]
    grid = gen(1409, len(tasks), len(names), no_a=11, two_a=6, no_r=2)
    merge_ar(grid, [0, 4])
    chip = {"R": "🟢 R", "A": "🔴 A", "C": "🟡 C", "I": "🔵 I"}
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "គម្រោងបណ្ណាល័យសាលាបឋមសិក្សា – តារាងទំនួលខុសត្រូវ (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("🟢 R = អ្នកអនុវត្ត    🔴 A = អ្នកទទួលខុសត្រូវចុងក្រោយ    🟡 C = អ្នកផ្តល់យោបល់    "
                "🔵 I = អ្នកទទួលព័ត៌មាន")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["ល.រ", "សកម្មភាព", *names, "កាលបរិច្ឆេទ"], rgb="FFF2CC")
    ws.row_dimensions[hr].height = 60
    kdig = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, str(i + 1).translate(kdig))
        ws.cell(r, 2, t)
        put_letters(ws, r, rc, grid[i], lambda lt: " ".join(chip[x] for x in lt))
        ws.cell(r, 3 + len(names), dt.date(2026, 6, 1) + dt.timedelta(days=15 * i)).number_format \
            = "DD-MM-YYYY"
        acts.append((r, t, grid[i]))
    dv = DataValidation(type="list", formula1='"🟢 R,🔴 A,🟡 C,🔵 I,🔴 A 🟢 R"', allow_blank=True)
    dv.add(f"C{hr + 1}:{rc[-1]}{hr + len(tasks)}")
    ws.add_data_validation(dv)
    widths(ws, {"A": 5, "B": 36, **{c: 13 for c in rc}, "J": 13})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'ល.រ', 'សកម្មភាព', seven Khmer role names (C:I), 'កាលបរិច្ឆេទ'",
        shape="Cambodian primary-school library project run with a partner NGO, Khmer: every "
        "letter written as a COLOURED-CIRCLE EMOJI CHIP plus the letter ('🟢 R', '🔴 A', "
        "'🟡 C', '🔵 I'), two as '🔴 A 🟢 R'; legend line in the same chips; drop-down list of "
        "the chips; numbering in Khmer digits ('១', '២'); dd-mm-yyyy dates",
        notes="the emoji is decoration: '🟢 R' = R, '🔴 A 🟢 R' = A+R; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "strip": "🟢🔴🟡🔵"}


# ------------------------------ 10 Persian, right-to-left, ZWNJ and Arabic/Persian letter mix

def wb_persian(tmp: Path) -> Built:
    zw = "\u200c"
    fname = "ماتریس_RACI_سامانه_نوبت‌دهی.xlsx"
    names = [f"مدیر{zw}عامل", "مدیر پروژه", f"واحد فناوری{zw}اطلاعات", "واحد مالی",
             "مشاور حقوقي", f"پیمان{zw}کار نرم{zw}افزار", f"نماینده{zw}ی بیماران"]
    alias_lawyer = "مشاور حقوقی"
    tasks = [f"تهیه{zw}ی شرح خدمات", "برآورد هزینه", f"انتخاب پیمان{zw}کار", "عقد قرارداد",
             "طراحی فرایند نوبت‌دهی".replace("‌", zw), "توسعه‌ی سامانه".replace("‌", zw),
             "اتصال به درگاه پرداخت", "آزمون پذیرش", "آموزش کارکنان پذیرش",
             f"اطلاع{zw}رسانی به بیماران", "راه‌اندازی".replace("‌", zw),
             f"پشتیبانی سه{zw}ماهه"]
    grid = gen(1410, len(tasks), len(names), no_a=5, two_a=11, no_r=3)
    merge_ar(grid, [1, 8])
    wb = Workbook()
    ws = wb.active
    ws.title = "ماتریس مسئولیت"
    ws.sheet_view.rightToLeft = True
    ws["A1"] = f"پروژه{zw}ی سامانه{zw}ی نوبت{zw}دهی اینترنتی درمانگاه – ماتریس RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R: مجری   A: پاسخگو   C: مشورت   I: مطلع"
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["ردیف", "فعالیت", *names, "مهلت"], rgb="D9D2E9")
    ws.row_dimensions[hr].height = 45
    pdig = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, str(i + 1).translate(pdig))
        ws.cell(r, 2, t)
        put_letters(ws, r, rc, grid[i])
        ws.cell(r, 3 + len(names), f"1405/{(i // 3) + 2:02d}/{(i * 7) % 28 + 1:02d}"
                .translate(pdig))
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 6, "B": 34, **{c: 14 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    roles_t = entries(names, rc)
    roles_t[4]["aliases"] = [alias_lawyer]
    for ro in roles_t:
        if zw in ro["name"]:
            ro["aliases"] = [ro["name"].replace(zw, " "), ro["name"].replace(zw, "")]
    e = entry(
        sheet=None, roles=roles_t, acts=acts,
        heads="row 4 (shown right to left): 'ردیف', 'فعالیت', seven Persian role names (C:I), "
        "'مهلت'",
        shape="Iranian clinic online-appointment system, Persian: sheet shown RIGHT-TO-LEFT; role "
        "heads and tasks with ZERO-WIDTH NON-JOINERS inside words (U+200C, 'مدیر‌عامل', "
        "'پیمان‌کار نرم‌افزار'); one head typed on an Arabic keyboard with ARABIC YEH "
        "('مشاور حقوقي', U+064A instead of Persian ی); row numbers in Persian digits; Solar "
        "Hijri (Jalali) deadlines as text '۱۴۰۵/۰۲/۰۱'; Latin letters, 'A/R' cells",
        notes="the ZWNJ and the Arabic yeh are spelling, not different roles; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------ 11 Faroese: group heads centred across selection, '[R]' letters

def wb_faroese(tmp: Path) -> Built:
    fname = "RACI_talva_nýggj_skúladeild.xlsx"
    inner = ["Borgarstjóri", "Skúlastjóri", "Byggideildin", "Fíggjardeildin"]
    outer = ["Arkitektur", "Høvuðsentreprenørur", "Foreldraráðið"]
    names = inner + outer
    tasks = ["Tørvsmeting", "Skitsuverkætlan", "Játtan frá býráðnum", "Byggiloyvi",
             "Útboð", "Sáttmáli við entreprenør", "Byggiarbeiði", "Innbúgv og KT-útgerð",
             "Trygdarkanning", "Flyting av flokkum", "Lyklaflýggjan", "Eftirmeting"]
    grid = gen(1411, len(tasks), len(names), no_a=1, two_a=7, no_r=10)
    merge_ar(grid, [3, 8, 11])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Tórshavnar kommuna – nýggj skúladeild í Hoyvík: RACI-talva"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "[R] = útinnir   [A] = ábyrgdarpersónur   [C] = spurdur til ráðs   [I] = kunnaður"
    gr, hr = 4, 5
    # group heads: text in the first cell only, 'Center Across Selection' over the group
    for first, span, text in (("C", 4, "KOMMUNAN"), ("G", 3, "UTTANÍFRÁ")):
        cs = cols(first, span)
        ws[f"{first}{gr}"] = text
        for c in cs:
            ws[f"{c}{gr}"].alignment = Alignment(horizontal="centerContinuous")
            ws[f"{c}{gr}"].fill = fill("FFE699")
            ws[f"{c}{gr}"].font = BOLD
            ws[f"{c}{gr}"].border = Border(top=THIN, bottom=THIN)
    rc = cols("C", len(names))
    head_row(ws, hr, ["Nr.", "Uppgáva", *names, "Freist"], rgb="FFF2CC")
    ws.row_dimensions[hr].height = 40
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, t)
        put_letters(ws, r, rc, grid[i], lambda lt: "".join(f"[{x}]" for x in lt))
        ws.cell(r, 3 + len(names), f"vika {6 + 3 * i}")
        acts.append((r, t, grid[i]))
    ws.freeze_panes = f"C{hr + 1}"
    widths(ws, {"A": 5, "B": 30, **{c: 14 for c in rc}, "J": 10})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 5: 'Nr.', 'Uppgáva', seven Faroese role names (C:I), 'Freist'; row 4 group "
        "heads 'KOMMUNAN' (in C) and 'UTTANÍFRÁ' (in G)",
        shape="Faroese municipality new school wing, Faroese (ð, ø, á): the group row above the "
        "role heads uses CENTER ACROSS SELECTION instead of merging (text only in the first "
        "cell, C4 / G4, the other cells empty but aligned centerContinuous and filled); letters "
        "in SQUARE BRACKETS '[R]', two as '[A][R]'; legend line in the same style; 'vika n' "
        "(week) deadlines; frozen panes",
        notes="'[A][R]' = A+R; the group row is not a head row; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "replace": [("][", " "), ("[", ""),
                                                                   ("]", "")]}


# ------------------------------ 12 Zulu: sub-activities marked '↳ ' in the same column

def wb_zulu(tmp: Path) -> Built:
    fname = "RACI_uhlelo_lokondla_ezikoleni.xlsx"
    names = ["Uthishanhloko", "Umxhumanisi Wohlelo", "Ikomiti Lokondla", "Abapheki",
             "Umphakeli Wokudla", "uMnyango Wezemfundo", "Abazali"]
    items = [("Ukuhlela imenyu", 0), ("Imenyu yasebusika", 1), ("Imenyu yasehlobo", 1),
             ("Ukuthenga ukudla", 0), ("Ukucela amanani", 1), ("Ukukhetha umphakeli", 1),
             ("Ukwamukela ukudla", 1), ("Ukupheka nokwaba", 0), ("Ukuhlanza ikhishi", 1),
             ("Ukubhala amarekhodi", 0), ("Umbiko wenyanga", 1), ("Ukuhlolwa ngoMnyango", 1),
             ("Umhlangano nabazali", 0)]
    grid = gen(1412, len(items), len(names), no_a=8, two_a=4, no_r=12,
               extra={(1, 6): ["C", "I"], (6, 2): ["R", "C"]})
    merge_ar(grid, [3, 7])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Uhlelo Lokondla Ezikoleni – Isikole Samabanga Aphansi sase-Umlazi: RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = owenza umsebenzi, A = onesibopho sokugcina, C = oyabuzwa, I = owaziswayo. "
                "Imisebenzi emincane iqala ngo-↳.")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["Inombolo", "Umsebenzi", *names, "Usuku"], rgb="C6E0B4")
    ws.row_dimensions[hr].height = 40
    acts = []
    main_no, sub_no = 0, 0
    for i, (t, lvl) in enumerate(items):
        r = hr + 1 + i
        if lvl == 0:
            main_no += 1
            sub_no = 0
            ws.cell(r, 1, f"{main_no}")
            ws.cell(r, 2, t).font = BOLD
        else:
            sub_no += 1
            ws.cell(r, 1, f"{main_no}.{sub_no}")
            ws.cell(r, 2, f"↳ {t}")
        put_letters(ws, r, rc, grid[i],
                    lambda lt: ",".join(lt) if ("C" in lt or "I" in lt) else plain(lt))
        ws.cell(r, 3 + len(names), dt.date(2026, 1, 19) + dt.timedelta(days=10 * i)).number_format \
            = "YYYY/MM/DD"
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 9, "B": 34, **{c: 13 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="row 4: 'Inombolo', 'Umsebenzi', seven Zulu role names (C:I), 'Usuku'",
        shape="South African (KwaZulu-Natal) primary-school feeding scheme, isiZulu: "
        "sub-activities typed in the SAME column as their parent with a '↳ ' arrow prefix "
        "(Google Sheets style), parents bold; parents AND sub-activities carry letters; "
        "numbers '1' / '1.1'; 'R,C' / 'C,I' without space and 'A/R'; yyyy/mm/dd dates",
        notes="the activity name is the text after '↳ '; parent rows are activities too; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "name_prefix": "↳ "}


BUILDERS: list[Callable[[Path], Built]] = [
    wb_luxembourgish, wb_galician, wb_macedonian, wb_rich_text, wb_nepali, wb_amharic,
    wb_gaelic, wb_yoruba, wb_khmer, wb_persian, wb_faroese, wb_zulu,
]


# ------------------------------------------------------------------ read-back check

def grid_xlsx(path: Path, sheet: str | None) -> tuple[dict[tuple[int, str], Any], Any]:
    """Every non-empty cell's value (rich text kept as such); merged ranges spread out."""
    wb = load_workbook(path, data_only=True, rich_text=True)
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
        assert b"\n" not in raw and raw.count(b"\r") > 10, "CR-only line endings"
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


def visible_text(raw: Any) -> tuple[str, int]:
    """The text of a cell without its struck-through runs, and how many runs were struck."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    if not isinstance(raw, CellRichText):
        return str(raw), 0
    keep, struck = [], 0
    for part in raw:
        if isinstance(part, TextBlock) and part.font is not None and part.font.strike:
            struck += 1
            continue
        keep.append(part.text if isinstance(part, TextBlock) else str(part))
    return "".join(keep), struck


def decode(raw: Any, cfg: dict[str, Any]) -> list[str]:
    s, _ = visible_text(raw)
    s = unicodedata.normalize("NFKC", s).strip()
    for a, b in cfg.get("replace", []):
        s = s.replace(a, b)
    for ch in cfg.get("strip", ""):
        s = s.replace(ch, "")
    s = s.strip()
    if not s or s in cfg.get("drop", []):
        return []
    out = []
    for t in re.split(r"[,/+\s]+", s):
        if not t:
            continue
        assert t in ("R", "A", "C", "I"), (raw, t)
        out.append(t)
    return out


def check(fname: str, e: dict[str, Any], cfg: dict[str, Any], tmp: Path) -> None:
    g, wb = read_grid(HERE / fname, e["sheet"], cfg, tmp)
    hr = cfg["head_row"]
    tr = cfg.get("transposed", False)

    def head_at(ro: dict[str, Any]) -> tuple[int, str]:
        return (ro["col"], cfg["name_col"]) if tr else (hr, ro["col"])

    def name_at(a: dict[str, Any]) -> tuple[int, str]:
        return (hr, a["row"]) if tr else (a["row"], cfg["name_col"])

    def cell_at(a: dict[str, Any], ro: dict[str, Any]) -> tuple[int, str]:
        return (ro["col"], a["row"]) if tr else (a["row"], ro["col"])

    for ro in e["roles"]:
        assert g.get(head_at(ro)) == ro["name"], (fname, ro, g.get(head_at(ro)))
    n_letters = 0
    struck = 0
    for a in e["activities"]:
        got_name = str(g.get(name_at(a)))
        pre = cfg.get("name_prefix")
        if pre and got_name.startswith(pre):
            got_name = got_name[len(pre):]
        assert got_name == a["name"], (fname, a["row"], got_name)
        for i, ro in enumerate(e["roles"]):
            raw = g.get(cell_at(a, ro), "")
            if cfg.get("zeros"):
                assert raw == 0 or isinstance(raw, str), (fname, a["row"], raw)
            struck += visible_text(raw)[1]
            got = decode(raw, cfg)
            assert sorted(got) == sorted(a["letters"].get(str(i), [])), \
                (fname, a["row"], i, got, a["letters"])
            n_letters += len(got)
    want = sum(len(v) for a in e["activities"] for v in a["letters"].values())
    assert n_letters == want, (fname, n_letters, want)
    assert len({a["row"] for a in e["activities"]}) == e["n"]
    # outside the activities, the role cells between the heads and the last activity are empty
    # (phase / group rows excepted)
    if not tr:
        act_rows = {a["row"] for a in e["activities"]}
        for r in range(hr + 1, max(act_rows) + 1):
            if r in act_rows or r in e["phase_rows"]:
                continue
            for ro in e["roles"]:
                assert g.get((r, ro["col"])) is None, (fname, r, ro["col"])
    else:
        role_rows = {ro["col"] for ro in e["roles"]}
        assert set(range(hr + 1, max(role_rows) + 1)) - role_rows == set(cfg["group_rows"])
        for r in cfg["group_rows"]:
            for a in e["activities"]:
                # a group row is one merged label, no letters of its own
                assert g.get((r, a["row"])) == g.get((r, "A")), (fname, "group row", r)
    # features the truth relies on
    ws = (wb[e["sheet"]] if e["sheet"] else wb.worksheets[0]) if wb is not None else None
    if "rich" in cfg:
        assert struck == cfg["rich"], (fname, "struck runs", struck)
    prev = 0
    for c in cfg.get("numbers_cols", []):
        ci = column_index_from_string(c)
        grp = [i for i, ro in enumerate(e["roles"])
               if prev < column_index_from_string(ro["col"]) < ci]
        for a in e["activities"]:
            v = g.get((a["row"], c))
            assert isinstance(v, (int, float)), (fname, "count column", c, a["row"], v)
            assert v == sum(1 for i in grp if str(i) in a["letters"]), (fname, "Σ", c, a["row"])
        prev = ci
    for c in cfg.get("hidden_cols", []):
        assert ws.column_dimensions[c].hidden, (fname, "hidden column", c)
    if "comments" in cfg:
        n_com = sum(1 for row in ws.iter_rows() for c in row if c.comment is not None)
        assert n_com == cfg["comments"], (fname, "comments", n_com)
    if e["sheet"]:
        assert wb.worksheets[0].title != e["sheet"], (fname, "matrix is not the first sheet")
        assert wb.active.title == e["sheet"], (fname, "matrix sheet is active")
    if fname.endswith(".xlsm"):
        import zipfile
        with zipfile.ZipFile(HERE / fname) as z:
            ct = z.read("[Content_Types].xml").decode()
        assert "macroEnabled" in ct, (fname, "not a macro-enabled workbook")
    if ws is not None and ws.sheet_view.rightToLeft:
        assert "RTL" not in fname
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
