"""Build the fifteenth held-out set of RACI workbooks and its truth.json, then read each back.

Run from the repository root: ``python tests/import_eval/unseen14/make_workbooks.py``. Needs
openpyxl and LibreOffice (``soffice``) for the .ods, the .xlsm and the workbook whose role heads
are formulas (LibreOffice computes and stores their values). The letters are drawn once from a
seeded generator and then fixed so that every workbook has an activity without A, one with more
than one A and one without R. Every builder also says WHERE a reader finds each role head, each
activity name and each role's cell(s) for an activity, and how such a cell turns into letters;
the check then reads every saved file back on its own (openpyxl, a LibreOffice round trip for the
.ods, the csv module for the CSV) and compares it with the truth cell by cell.
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
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chartsheet import Chartsheet
from openpyxl.styles import Alignment, Border, Font, GradientFill, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.pagebreak import Break
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


def gen(seed: int, n_acts: int, n_roles: int, *, no_a: int, two_a: int, no_r: int) -> list[Lets]:
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
    return out


def merge_ar(grid: list[Lets], rows: list[int]) -> None:
    """Turn the lone A of each given activity into A+R (the A count stays, one more R)."""
    for i in rows:
        j = next((j for j, lt in enumerate(grid[i]) if lt == ["A"]), None)
        if j is not None:
            grid[i][j] = ["A", "R"]


def role(col: Any, name: str, aliases: list[str] | None = None,
         parts: list[str] | None = None) -> dict[str, Any]:
    return {"col": col, "name": name, "aliases": aliases or [], "parts": parts or []}


def entries(names: list[str], rc: list[str], *, parts: bool = False) -> list[dict[str, Any]]:
    return [role(c, nm, parts=[nm] if parts else None) for c, nm in zip(rc, names, strict=True)]


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

    e["notes"] += f"no A: {q(no_a)}; more than one A: {q(many_a)}; no R: {q(no_r)}"
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


def put_letters(ws: Worksheet, r: int, rc: list[str], lets: Lets, fmt: Any = "/".join) -> None:
    for c, lt in zip(rc, lets, strict=True):
        cell = ws[f"{c}{r}"]
        if lt:
            cell.value = fmt(lt)
        cell.alignment = CENTRE
        cell.border = BOX


def spots(rows: list[int], rc: list[str]) -> list[list[list[tuple[int, str, str | None]]]]:
    """The usual layout: role j's cell for activity i is (rows[i], rc[j])."""
    return [[[(r, c, None)] for c in rc] for r in rows]


# Each builder returns (file name, truth entry, check config). The config says where the read-back
# finds heads, names and cells and how a cell becomes letters; it is not written to truth.json.
Built = tuple[str, dict[str, Any], dict[str, Any]]


# ------------------------------ 1 Bosnian CSV: windows-1250, 'sep=;' first line, 'A i R'

def wb_bosnian(tmp: Path) -> Built:
    fname = "RACI_matrica_sanacija_skole.csv"
    names = ["Načelnik općine", "Služba za prostorno uređenje", "Služba za finansije",
             "Direktor škole", "Projektant", "Izvođač radova", "Nadzorni organ"]
    phases = [("Faza 1 – Priprema", ["Procjena stanja objekta", "Izrada projektnog zadatka",
                                    "Osiguranje sredstava u budžetu"]),
              ("Faza 2 – Projektovanje", ["Izrada glavnog projekta", "Revizija projekta",
                                         "Pribavljanje građevinske dozvole"]),
              ("Faza 3 – Izvođenje", ["Javna nabavka radova", "Uvođenje izvođača u posao",
                                     "Sanacija krova", "Zamjena stolarije", "Tehnički prijem",
                                     "Primopredaja školi"])]
    owners = ["S. Hadžić", "A. Kovačević", "M. Begić", "E. Šehić", "A. Kovačević", "E. Šehić",
              "M. Begić", "Đ. Jurić", "Đ. Jurić", "Đ. Jurić", "E. Šehić", "S. Hadžić"]
    n = sum(len(t) for _, t in phases)
    grid = gen(1501, n, len(names), no_a=5, two_a=8, no_r=10)
    merge_ar(grid, [0, 3, 9])
    header = ["Rb.", "Aktivnost", "Nosilac", "Rok", *names, "Napomena"]
    width = len(header)

    def fmt(lt: list[str]) -> str:
        return " i ".join(lt) if len(lt) > 1 else lt[0]

    lines: list[list[str]] = [
        ["RACI matrica – Sanacija OŠ „Safvet-beg Bašagić“ (krov i stolarija)"] + [""] * (width - 1),
        ["Verzija 2 – 03.03.2026. – pripremila Služba za prostorno uređenje"] + [""] * (width - 1),
        [""] * width,
        header,
    ]
    acts, prow = [], []
    k = 0
    rc = cols("E", len(names))
    off = 1  # the sep= line comes before lines[0]
    for pi, (ph, tasks) in enumerate(phases):
        lines.append([ph] + [""] * (width - 1))
        prow.append(len(lines) + off)
        for ti, t in enumerate(tasks):
            lines.append([f"{pi + 1}.{ti + 1}.", t, owners[k],
                          (dt.date(2026, 3, 16) + dt.timedelta(days=17 * k)).strftime("%d.%m.%Y."),
                          *[fmt(lt) if lt else "" for lt in grid[k]],
                          "uz saglasnost Ministarstva" if k in (2, 6) else ""])
            acts.append((len(lines) + off, t, grid[k]))
            k += 1
    lines.append([""] * width)
    lines.append(["Legenda: R – izvršava; A – odgovoran (odobrava); C – konsultuje se; "
                  "I – informiše se; „A i R“ = odgovoran i izvršava"] + [""] * (width - 1))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    buf.write("sep=;\r\n")  # Excel's directive line, never quoted
    w.writerows(lines)
    (HERE / fname).write_bytes(buf.getvalue().encode("cp1250"))
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads="line 5: 'Rb.', 'Aktivnost', 'Nosilac' (owner), 'Rok' (deadline), seven Bosnian "
        "role names (fields E:K), 'Napomena'",
        shape="Bosnian municipality school-roof repair, CSV saved by Excel from a file that began "
        "with Excel's 'sep=;' DIRECTIVE LINE (kept as line 1); WINDOWS-1250 (č ć đ š ž as cp1250 "
        "bytes), ';', CRLF, padded; title and version lines, empty line, header on line 5; owner "
        "person and dd.mm.yyyy. deadline BEFORE the roles; 'Faza n – ...' lines; two letters "
        "joined by the Bosnian word 'i' (and): 'A i R' (lower-case i is the conjunction, not "
        "Informed); legend line at the end",
        notes="encoding cp1250, delimiter ';', CRLF, line 1 'sep=;'; `row` is the line number, "
        "`col` the field's column letter; 'A i R' = A+R; ",
        phase_rows=prow,
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(5, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "csv": ("cp1250", ";"), "replace": [(" i ", "/")]}


# ------------------------------ 2 Kyrgyz .ods: the roles in two stacked blocks (A4 print)

def wb_kyrgyz(tmp: Path) -> Built:
    fname = "RACI_матрицасы_айыл_суу_түтүгү.ods"
    names = ["Айыл өкмөтүнүн башчысы", "Айылдык кеңеш", "Финансы бөлүмү", "Инженер",
             "Курулуш компаниясы", "Суу колдонуучулар ассоциациясы", "Донор уюм",
             "Санитардык көзөмөл", "Жергиликтүү тургундар"]
    tasks = ["Муктаждыктарды баалоо", "Долбоордук документация", "Каржылоону бекитүү",
             "Тендер өткөрүү", "Келишим түзүү", "Суу түтүгүн тартуу", "Насос станциясы",
             "Суунун сапатын текшерүү", "Тургундарды маалымдоо", "Объектти кабыл алуу",
             "Тейлөө планы"]
    grid = gen(1502, len(tasks), len(names), no_a=6, two_a=2, no_r=9)
    merge_ar(grid, [0, 4])
    first, second = names[:5], names[5:]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Кара-Суу айыл аймагы – ичүүчү суу түтүгү: RACI матрицасы"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – аткарат, A – жооп берет жана бекитет, C – кеңешишет, I – маалымдалат. "
                "Барак А4 форматка батпагандыктан ролдор эки бөлүккө бөлүндү.")
    ws["A2"].font = Font(italic=True, size=9)
    hr1 = 4
    ws["A3"] = "1-бөлүк (1–5 ролдор)"
    ws["A3"].font = BOLD
    rc1 = cols("C", len(first))
    head_row(ws, hr1, ["№", "Иш-чара", *first, "Мөөнөт"], rgb="BDD7EE")
    rows1 = []
    for i, t in enumerate(tasks):
        r = hr1 + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        put_letters(ws, r, rc1, grid[i][:5])
        c = ws.cell(r, 3 + len(first), dt.date(2026, 4, 1) + dt.timedelta(days=20 * i))
        c.number_format = "DD.MM.YYYY"
        c.border = BOX
        rows1.append(r)
    t2 = rows1[-1] + 3
    ws.cell(t2, 1, "2-бөлүк (6–9 ролдор) – уландысы").font = BOLD
    hr2 = t2 + 1
    rc2 = cols("C", len(second))
    head_row(ws, hr2, ["№", "Иш-чара", *second], rgb="BDD7EE")
    rows2 = []
    for i, t in enumerate(tasks):
        r = hr2 + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        put_letters(ws, r, rc2, grid[i][5:])
        rows2.append(r)
    ws.row_breaks.append(Break(id=t2 - 1))
    widths(ws, {"A": 5, "B": 32, **{c: 14 for c in rc1}, "H": 12})
    src = tmp / "ky_src" / (Path(fname).stem + ".xlsx")
    src.parent.mkdir()
    wb.save(src)
    shutil.copy(soffice(src, "ods", tmp / "lo_ky"), HERE / fname)
    acts = [(rows1[i], t, grid[i]) for i, t in enumerate(tasks)]
    roles = entries(first, rc1) + entries(second, rc2)
    e = entry(
        sheet=None, roles=roles, acts=acts,
        heads=f"TWO STACKED BLOCKS: row {hr1}: '№', 'Иш-чара', roles 1-5 (C:G), 'Мөөнөт'; row "
        f"{hr2}: '№', 'Иш-чара', roles 6-9 (C:F) over the SAME eleven activities repeated",
        shape="Kyrgyz rural water-pipeline project in LibreOffice (.ods): the nine roles did not "
        "fit an A4 page, so the matrix is printed as TWO STACKED BLOCKS on one sheet: block 1 "
        "('1-бөлүк') with roles 1–5 and a deadline column, then (after two empty rows and a page "
        "break) block 2 ('2-бөлүк ... уландысы' = continued) with the same № / activity column "
        "repeated and roles 6–9 in the same columns C:F; both blocks list the same eleven "
        "activities; 'A/R' cells",
        notes=f"roles 5-8 (second block) have their heads in row {hr2} and their letters in rows "
        f"{rows2[0]}-{rows2[-1]}; an activity's `row` is its row in block 1, its letters for "
        "roles 5-8 come from the same activity in block 2; ",
        phase_rows=[],
    )
    cells = [[[(rows1[i], c, None)] for c in rc1] + [[(rows2[i], c, None)] for c in rc2]
             for i in range(len(tasks))]
    cfg = {"sheet": None, "heads": [(hr1, c) for c in rc1] + [(hr2, c) for c in rc2],
           "names": [(r, "B") for r in rows1], "cells": cells,
           "also_names": [(r, "B") for r in rows2]}
    return fname, e, cfg


# ------------------------------ 3 Sinhala: activities in two side-by-side 'newspaper' blocks

def wb_sinhala(tmp: Path) -> Built:
    fname = "RACI_පාසල්_ක්‍රීඩා_උළෙල.xlsx"
    names = ["විදුහල්පති", "නියෝජ්‍ය විදුහල්පති", "ක්‍රීඩා භාර ගුරු", "පාසල් සංවර්ධන සමිතිය",
             "ආදි ශිෂ්‍ය සංගමය", "කලාප අධ්‍යාපන කාර්යාලය"]
    tasks = ["දිනය නියම කිරීම", "අයවැය සැකසීම", "අනුග්‍රාහකයින් සොයා ගැනීම",
             "ක්‍රීඩාංගණය සකස් කිරීම", "නිවාස කණ්ඩායම් තෝරා ගැනීම", "පුහුණු කාලසටහන",
             "ආරාධනා පත්‍ර යැවීම", "විනිසුරුවන් පත් කිරීම", "ප්‍රථමාධාර සේවය",
             "ශබ්ද විකාශන පද්ධතිය", "ආහාර පාන", "ත්‍යාග මිලදී ගැනීම", "ආරක්ෂක සැලැස්ම",
             "ප්‍රවාහන සැලැස්ම", "පෙළපාළිය", "ලකුණු පුවරුව", "ත්‍යාග ප්‍රදානය", "ඡායාරූප",
             "පිරිසිදු කිරීම", "අවසන් වාර්තාව"]
    grid = gen(1503, len(tasks), len(names), no_a=13, two_a=4, no_r=17)
    merge_ar(grid, [1, 11])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "වාර්ෂික ක්‍රීඩා උළෙල 2026 – RACI වගකීම් සටහන"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – කාර්යය කරන්නා, A – අවසන් වගකීම, C – උපදෙස් ලබා ගන්නා, I – දැනුම් දෙන්නා. "
                "A/R – වගකීම සහ කාර්යය දෙකම.")
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    half = len(tasks) // 2
    left, right = cols("C", len(names)), cols("L", len(names))
    head_row(ws, hr, ["අංකය", "කාර්යය", *names], first=1, rgb="FFE699")
    head_row(ws, hr, ["අංකය", "කාර්යය", *names], first=10, rgb="FFE699")
    for c in left + right:
        ws[f"{c}{hr}"].alignment = Alignment(text_rotation=90, horizontal="center",
                                             vertical="bottom", wrap_text=True)
    ws.row_dimensions[hr].height = 120
    acts, where = [], []
    for i, t in enumerate(tasks):
        block, pos = divmod(i, half)
        r = hr + 1 + pos
        c0 = 1 if block == 0 else 10
        ws.cell(r, c0, i + 1).border = BOX
        ws.cell(r, c0 + 1, t).border = BOX
        rc = left if block == 0 else right
        put_letters(ws, r, rc, grid[i])
        acts.append((r, t, grid[i]))
        where.append((r, get_column_letter(c0 + 1), rc))
    widths(ws, {"A": 5, "B": 26, "I": 3, "J": 5, "K": 26, **{c: 6 for c in left + right}})
    ws.freeze_panes = f"A{hr + 1}"
    last = hr + half + 2
    ws.cell(last, 1, "සකස් කළේ: ක්‍රීඩා භාර ගුරු – 2026.02.10").font = Font(italic=True, size=9)
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, left), acts=acts,
        heads=f"row {hr} TWICE: 'අංකය', 'කාර්යය', six Sinhala roles (C:H) and again 'අංකය', "
        "'කාර්යය', the same six roles (L:Q) after an empty column I",
        shape="Sri Lankan school annual sports meet, Sinhala (with ZWJ conjuncts such as 'ක්‍රී'): "
        "the 20 activities are laid out in TWO SIDE-BY-SIDE 'NEWSPAPER' BLOCKS on the same rows "
        "(1–10 at the left in A:H, 11–20 at the right in J:Q after an empty narrow column), each "
        "block with its own copy of the same head row (number, task, six rotated role heads); "
        "numbering runs on from the left block into the right; 'A/R' cells; frozen head row",
        notes="activities 0-9 are in A:H, 10-19 in J:Q on the same rows 5-14; roles' `col` are "
        "the left block's columns, the right block's copy of role j is 9 columns further right; "
        "order = left block top to bottom, then right block; ",
        phase_rows=[],
    )
    cells = [[[(r, c, None)] for c in rc] for r, _, rc in where]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in left],
                      "also_heads": [(hr, c) for c in right],
                      "names": [(r, nc) for r, nc, _ in where], "cells": cells}


# ------------------------------ 4 Hausa: letter-major column blocks with ticks

def wb_hausa(tmp: Path) -> Built:
    fname = "Tsarin_RACI_asibitin_kauye.xlsx"
    names = ["Hakimi", "Jami'in Lafiya", "Ma'aikaciyar Jinya", "Kwamitin Lafiya",
             "Ɗan Kwangila", "Ƙungiyar Mata"]
    tasks = ["Binciken bukatun al'umma", "Shirya kasafin kuɗi", "Zaɓen wurin gini",
             "Samun izinin gini", "Zaɓen ɗan kwangila", "Gina ɗakin haihuwa",
             "Sayen kayan aiki", "Horar da ma'aikata", "Wayar da kan jama'a",
             "Buɗe asibitin"]
    grid = gen(1504, len(tasks), len(names), no_a=4, two_a=7, no_r=9)
    merge_ar(grid, [2, 5])
    blocks = [("R", "R – MAI AIKATAWA", "C6EFCE"), ("A", "A – MAI ALHAKI", "FFC7CE"),
              ("C", "C – ANA SHAWARA DA SHI", "FFEB9C"), ("I", "I – ANA SANAR DA SHI", "DDEBF7")]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Asibitin Kauyen Ɗanbatta – Tsarin RACI na gina ɗakin haihuwa"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Sanya ✓ a ƙarƙashin wanda ke da wannan matsayi ga kowane aiki. "
                "Wanda ke da alhaki kuma yake aikatawa ya sami ✓ a R da A.")
    ws["A2"].font = Font(italic=True, size=9)
    gr, hr = 4, 5
    ws.cell(gr, 1, "Lamba")
    ws.cell(gr, 2, "Aiki")
    ws.merge_cells(start_row=gr, start_column=1, end_row=hr, end_column=1)
    ws.merge_cells(start_row=gr, start_column=2, end_row=hr, end_column=2)
    for c in (ws.cell(gr, 1), ws.cell(gr, 2)):
        c.font = BOLD
        c.alignment = CENTRE
        c.fill = fill("D9D9D9")
    block_cols: dict[str, list[str]] = {}
    for b, (let, label, rgb) in enumerate(blocks):
        first = 3 + b * len(names)
        bc = [get_column_letter(first + j) for j in range(len(names))]
        block_cols[let] = bc
        ws.cell(gr, first, label)
        ws.merge_cells(start_row=gr, start_column=first, end_row=gr,
                       end_column=first + len(names) - 1)
        ws.cell(gr, first).font = BOLD
        ws.cell(gr, first).alignment = CENTRE
        ws.cell(gr, first).fill = fill(rgb)
        for j, nm in enumerate(names):
            c = ws.cell(hr, first + j, nm)
            c.font = Font(bold=True, size=9)
            c.fill = fill(rgb)
            c.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom",
                                    wrap_text=True)
            c.border = Border(left=THICK if j == 0 else THIN, right=THIN, top=THIN, bottom=THIN)
    ws.row_dimensions[hr].height = 110
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        for let, bc in block_cols.items():
            for j, c in enumerate(bc):
                cell = ws[f"{c}{r}"]
                if let in grid[i][j]:
                    cell.value = "✓"
                cell.alignment = CENTRE
                cell.border = Border(left=THICK if j == 0 else THIN, right=THIN, top=THIN,
                                     bottom=THIN)
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 6, "B": 30, **{c: 3.5 for bc in block_cols.values() for c in bc}})
    ws.freeze_panes = f"C{hr + 1}"
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, block_cols["R"]), acts=acts,
        heads=f"row {gr}: four merged LETTER groups 'R – MAI AIKATAWA' (C:H), 'A – MAI ALHAKI' "
        "(I:N), 'C – ANA SHAWARA DA SHI' (O:T), 'I – ANA SANAR DA SHI' (U:Z); row "
        f"{hr}: the same six Hausa role names under EACH group; 'Lamba' / 'Aiki' merged over "
        "both rows",
        shape="Nigerian (Kano) village clinic maternity-ward build, Hausa (ɗ ƙ ɓ): the grid is "
        "LETTER-MAJOR — four column blocks, one per letter (R, A, C, I), each a merged coloured "
        "group head over the same six role sub-columns; a role's letter is a ✓ TICK in its "
        "sub-column of that letter's block (A and R = ticks in both blocks); rotated narrow "
        "sub-heads; thick borders between blocks; frozen panes",
        notes="a ✓ in block X under role j means role j has letter X; role `col` is the role's "
        "column in the R block (A block +6, C block +12, I block +18 columns); ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    cells = [[[(r, block_cols[let][j], let) for let in "RACI"] for j in range(len(names))]
             for r in rows]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in block_cols["R"]],
                      "also_heads": [(hr, c) for let in "ACI" for c in block_cols[let]],
                      "names": [(r, "B") for r in rows], "cells": cells, "tick": "✓"}


# ------------------------------ 5 Urdu: a chart SHEET first (dashboard), matrix second

def wb_urdu(tmp: Path) -> Built:
    fname = "RACI_میٹرکس_واٹر_فلٹریشن_پلانٹ.xlsx"
    names = ["ٹاؤن میونسپل افسر", "واٹر سپلائی انجینئر", "اکاؤنٹس افسر", "ٹھیکیدار",
             "لیبارٹری انچارج", "یونین کونسل چیئرمین", "کمیونٹی کمیٹی"]
    tasks = ["سائٹ کا سروے", "پی سی ون کی تیاری", "فنڈز کی منظوری", "ٹینڈر کا اجرا",
             "ٹھیکے کی منظوری", "پلانٹ کی تنصیب", "بجلی کا کنکشن", "پانی کی جانچ",
             "عملے کی تربیت", "افتتاح", "ماہانہ دیکھ بھال", "سہ ماہی رپورٹ"]
    grid = gen(1505, len(tasks), len(names), no_a=7, two_a=3, no_r=10)
    merge_ar(grid, [0, 5])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "ٹی ایم اے ساہیوال – واٹر فلٹریشن پلانٹ: ذمہ داریوں کا RACI میٹرکس"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R = کام کرنے والا، A = جواب دہ، C = مشاورت، I = اطلاع"
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["نمبر", "سرگرمی", *names, "آخری تاریخ"], rgb="C6E0B4")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        put_letters(ws, r, rc, grid[i])
        c = ws.cell(r, 3 + len(names), dt.date(2026, 3, 1) + dt.timedelta(days=15 * i))
        c.number_format = "DD-MM-YYYY"
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 6, "B": 26, **{c: 14 for c in rc}, "J": 12})
    # counts for the dashboard chart (a third sheet)
    cs = wb.create_sheet("گنتی")
    cs.append(["کردار", "R", "A"])
    for j, nm in enumerate(names):
        cs.append([nm, sum("R" in g[j] for g in grid), sum("A" in g[j] for g in grid)])
    ch = BarChart()
    ch.title = "ہر کردار کے R اور A"
    ch.add_data(Reference(cs, min_col=2, min_row=1, max_col=3, max_row=1 + len(names)),
                titles_from_data=True)
    ch.set_categories(Reference(cs, min_col=1, min_row=2, max_row=1 + len(names)))
    dash = wb.create_chartsheet("ڈیش بورڈ", 0)
    dash.add_chart(ch)
    wb.active = 0
    wb.save(HERE / fname)
    e = entry(
        sheet="RACI", roles=entries(names, rc), acts=acts,
        heads=f"sheet 'RACI' row {hr}: 'نمبر', 'سرگرمی', seven Urdu role names (C:I), 'آخری تاریخ'",
        shape="Pakistani tehsil municipal administration water-filtration plant, Urdu: the FIRST "
        "and ACTIVE sheet is a CHART SHEET 'ڈیش بورڈ' (dashboard: a bar chart of R and A per role, "
        "no cells at all); the matrix is on the second sheet 'RACI'; the chart's data on a third "
        "sheet 'گنتی' (roles down column A with R / A counts); 'A/R' cells; dd-mm-yyyy dates",
        notes="the first sheet is a chartsheet, not a worksheet; the 'گنتی' sheet is a "
        "role-by-letter count table, not the matrix; ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": "RACI", "heads": [(hr, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "chartsheet_first": True}


# ------------------------------ 6 Malagasy: colour-only cells (no text), two-colour gradient

MG_COLOURS = {"R": "00B050", "A": "C00000", "C": "FFC000", "I": "5B9BD5"}


def wb_malagasy(tmp: Path) -> Built:
    fname = "Drafitra_RACI_sekoly_ambanivohitra.xlsx"
    names = ["Ben'ny tanàna", "Talen'ny sekoly", "FRAM (ray aman-dreny)", "Mpandraharaha",
             "CISCO", "Injeniera", "Mpampianatra"]
    tasks = ["Fanadihadiana ny filàna", "Famolavolana ny drafitra", "Fitadiavana vola",
             "Fanasana tolo-bidy", "Fifidianana mpandraharaha", "Fanorenana ny efitrano",
             "Fanamboarana ny tafo", "Fividianana latabatra", "Fanamarinana ny asa",
             "Fanokafana ofisialy", "Fikojakojana", "Tatitra farany"]
    grid = gen(1506, len(tasks), len(names), no_a=9, two_a=1, no_r=6)
    merge_ar(grid, [3, 10])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "EPP Ambohimanarina – Fanitarana efitrano fianarana: tabilao RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Loko ihany no ampiasaina:"
    ws["A2"].font = Font(italic=True)
    key = [("R", "Manatanteraka (R)"), ("A", "Tompon'andraikitra farany (A)"),
           ("C", "Hakana hevitra (C)"), ("I", "Ampahafantarina (I)")]
    c0 = 3
    for let, label in key:
        ws.cell(2, c0).fill = fill(MG_COLOURS[let])
        ws.cell(2, c0).border = BOX
        ws.cell(2, c0 + 1, label).font = Font(size=9)
        c0 += 2
    ws.cell(2, c0).fill = GradientFill(degree=0, stop=(MG_COLOURS["A"], MG_COLOURS["R"]))
    ws.cell(2, c0).border = BOX
    ws.cell(2, c0 + 1, "Loko roa = A sy R").font = Font(size=9)
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["Laharana", "Asa", *names, "Daty farany"], rgb="E7E6E6")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        for c, lt in zip(rc, grid[i], strict=True):
            cell = ws[f"{c}{r}"]
            cell.border = BOX
            if lt == ["A", "R"]:
                cell.fill = GradientFill(degree=0, stop=(MG_COLOURS["A"], MG_COLOURS["R"]))
            elif lt:
                cell.fill = fill(MG_COLOURS[lt[0]])
        c = ws.cell(r, 3 + len(names), dt.date(2026, 5, 4) + dt.timedelta(days=12 * i))
        c.number_format = "DD/MM/YYYY"
        acts.append((r, t, grid[i]))
    ws.row_dimensions[hr].height = 45
    widths(ws, {"A": 9, "B": 30, **{c: 12 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads=f"row {hr}: 'Laharana', 'Asa', seven Malagasy role names (C:I), 'Daty farany'",
        shape="Madagascar rural primary school (EPP) classroom extension, Malagasy: the grid has "
        "NO TEXT AT ALL — each role's part is shown ONLY BY THE CELL'S FILL COLOUR (green R, red "
        "A, amber C, blue I), explained by a colour key of swatches in row 2; A together with R "
        "is a two-colour red→green GRADIENT fill ('Loko roa = A sy R'); empty cells unfilled; "
        "dd/mm/yyyy dates",
        notes="letters come from fills only: 00B050 = R, C00000 = A, FFC000 = C, 5B9BD5 = I, a "
        "C00000→00B050 gradient = A+R; the swatches in row 2 are the key, not a matrix row; ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "by_fill": True}


# ------------------------------ 7 Burmese: circled letters Ⓡ Ⓐ Ⓒ Ⓘ

def wb_burmese(tmp: Path) -> Built:
    fname = "RACI_ဇယား_ကျေးရွာ_စာကြည့်တိုက်.xlsx"
    names = ["ကျေးရွာအုပ်ချုပ်ရေးမှူး", "ကျောင်းအုပ်ဆရာကြီး", "စာကြည့်တိုက်မှူး",
             "ရွာလူကြီးများ", "လှူဒါန်းသူအဖွဲ့", "လုပ်အားပေးလူငယ်များ", "မြို့နယ်ပညာရေးရုံး"]
    tasks = ["လိုအပ်ချက်စစ်တမ်း", "နေရာရွေးချယ်ခြင်း", "ရန်ပုံငွေရှာဖွေခြင်း",
             "အဆောက်အဦပြင်ဆင်ခြင်း", "စာအုပ်စင်ပြုလုပ်ခြင်း", "စာအုပ်များဝယ်ယူခြင်း",
             "စာအုပ်စာရင်းပြုစုခြင်း", "စာကြည့်တိုက်မှူးသင်တန်း", "ဖွင့်ပွဲအခမ်းအနား",
             "စာဖတ်ဝိုင်းများ", "လစဉ်အစီရင်ခံစာ"]
    circ = {"R": "Ⓡ", "A": "Ⓐ", "C": "Ⓒ", "I": "Ⓘ"}
    digits = "၀၁၂၃၄၅၆၇၈၉"
    grid = gen(1507, len(tasks), len(names), no_a=5, two_a=9, no_r=2)
    merge_ar(grid, [0, 7])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "ကျေးရွာ စာကြည့်တိုက် စီမံကိန်း – RACI ဇယား"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ⓡ = လုပ်ဆောင်သူ   Ⓐ = တာဝန်ခံ   Ⓒ = တိုင်ပင်ရမည့်သူ   Ⓘ = အသိပေးရမည့်သူ")
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["စဉ်", "လုပ်ငန်း", *names, "ပြီးစီးရမည့်ရက်"], rgb="F4B084")
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, "".join(digits[int(d)] for d in str(i + 1))).border = BOX
        ws.cell(r, 2, t).border = BOX
        put_letters(ws, r, rc, grid[i], fmt=lambda lt: "".join(circ[x] for x in lt))
        for c in rc:
            ws[f"{c}{r}"].font = Font(size=14, color="833C0B")
        c = ws.cell(r, 3 + len(names), dt.date(2026, 6, 1) + dt.timedelta(days=10 * i))
        c.number_format = "DD.MM.YYYY"
        acts.append((r, t, grid[i]))
    ws.row_dimensions[hr].height = 60
    widths(ws, {"A": 5, "B": 30, **{c: 14 for c in rc}, "J": 14})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads=f"row {hr}: 'စဉ်', 'လုပ်ငန်း', seven Burmese role names (C:I), 'ပြီးစီးရမည့်ရက်'",
        shape="Myanmar village library project, Burmese (Myanmar script): every letter typed as "
        "a CIRCLED LATIN LETTER (Ⓡ U+24C7, Ⓐ, Ⓒ, Ⓘ) in a large brown font, two written together "
        "as 'ⒶⓇ' with no separator; legend line in the same circled letters; numbering in "
        "Burmese digits ('၁', '၁၀'); dates",
        notes="Ⓡ Ⓐ Ⓒ Ⓘ are R A C I (NFKC folds them); 'ⒶⓇ' = A+R; ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "replace": [("AR", "A/R")]}


# ------------------------------ 8 Tajik .xlsm: three-level heads (organisation/unit/role)

def wb_tajik(tmp: Path) -> Built:
    fname = "Матритсаи_RACI_гармидиҳии_мактаб.xlsm"
    tree = [("ҲУКУМАТИ НОҲИЯ", [("Раёсат", ["Раиси ноҳия", "Муовини раис"]),
                                ("Шуъбаи маориф", ["Мудири шуъба", "Муҳосиб"])]),
            ("ТАРАФҲОИ БЕРУНӢ", [("Пудратчӣ", ["Сардори лоиҳа", "Муҳандиси гармидиҳӣ"]),
                                 ("Донор", ["Ҳамоҳангсоз"])])]
    names = [n for _, units in tree for _, rs in units for n in rs]
    tasks = ["Арзёбии системаи кӯҳна", "Тартиб додани смета", "Тасдиқи буҷет",
             "Озмуни харид", "Бастани шартнома", "Насби дегхона", "Иваз кардани қубурҳо",
             "Насби радиаторҳо", "Санҷиши фишор", "Омӯзиши оташхона", "Қабули объект",
             "Ҳисоботи ниҳоӣ"]
    grid = gen(1508, len(tasks), len(names), no_a=10, two_a=6, no_r=3)
    merge_ar(grid, [1, 4])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Гармидиҳии мактаби №12, ноҳияи Рӯдакӣ – матритсаи RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R – иҷрокунанда, A – масъул, C – машваратчӣ, I – огоҳшаванда"
    ws["A2"].font = Font(italic=True, size=9)
    r1, r2, r3 = 4, 5, 6
    for c, txt in ((1, "№"), (2, "Амал")):
        ws.cell(r1, c, txt)
        ws.merge_cells(start_row=r1, start_column=c, end_row=r3, end_column=c)
    col = 3
    for org, units in tree:
        o0 = col
        for unit, rs in units:
            ws.cell(r2, col, unit)
            if len(rs) > 1:
                ws.merge_cells(start_row=r2, start_column=col, end_row=r2,
                               end_column=col + len(rs) - 1)
            for nm in rs:
                ws.cell(r3, col, nm)
                col += 1
        ws.cell(r1, o0, org)
        ws.merge_cells(start_row=r1, start_column=o0, end_row=r1, end_column=col - 1)
    ws.cell(r1, col, "Мӯҳлат")
    ws.merge_cells(start_row=r1, start_column=col, end_row=r3, end_column=col)
    for r in (r1, r2, r3):
        for c in range(1, col + 1):
            cell = ws.cell(r, c)
            cell.font = BOLD
            cell.alignment = CENTRE
            cell.border = BOX
            cell.fill = fill({r1: "8EA9DB", r2: "B4C6E7", r3: "D9E1F2"}[r])
    rc = cols("C", len(names))
    acts = []
    for i, t in enumerate(tasks):
        r = r3 + 1 + i
        ws.cell(r, 1, f"{i + 1}.").border = BOX
        ws.cell(r, 2, t).border = BOX
        put_letters(ws, r, rc, grid[i])
        c = ws.cell(r, col, dt.date(2026, 5, 11) + dt.timedelta(days=9 * i))
        c.number_format = "DD.MM.YYYY"
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 5, "B": 30, **{c: 13 for c in rc}, get_column_letter(col): 12})
    src = tmp / "tj_src" / (Path(fname).stem + ".xlsx")
    src.parent.mkdir()
    wb.save(src)
    shutil.copy(soffice(src, "xlsm:Calc MS Excel 2007 VBA XML", tmp / "lo_tj"), HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc, parts=True), acts=acts,
        heads=f"THREE head rows: row {r1} organisation ('ҲУКУМАТИ НОҲИЯ' over C:F, 'ТАРАФҲОИ "
        f"БЕРУНӢ' over G:I), row {r2} unit ('Раёсат', 'Шуъбаи маориф', 'Пудратчӣ' merged over two "
        f"roles each, 'Донор' over one), row {r3} the seven role names; '№', 'Амал', 'Мӯҳлат' "
        "merged over all three rows",
        shape="Tajik district school heating renovation, macro-enabled workbook (.xlsm), Tajik "
        "Cyrillic (ҳ ӣ ӯ ҷ қ ғ): a THREE-LEVEL head — organisation group row, then unit row, then "
        "the role row — with merged group cells of different widths (one unit over a single "
        "role); role names such as 'Мудири шуъба' (head of unit) only make full sense with the "
        "unit above; '1.' numbers; dd.mm.yyyy deadlines; 'A/R' cells",
        notes="roles are the row-6 heads; a name that also carries the unit / organisation text "
        "is accepted (`parts`); ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(r3, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc)}


# ------------------------------ 9 Breton: person row merged over the roles each one holds

def wb_breton(tmp: Path) -> Built:
    fname = "Taolenn_RACI_gouel_brezhonek.xlsx"
    names = ["Prezidant", "Teñzorer", "Kefridi al lojistik", "Sekretour",
             "Kefridi ar sonerezh", "Kumun", "Skoazellerien"]
    people = [("Katell Le Gall", 1), ("Yann Morvan", 2), ("Soazig Riou", 2), ("—", 2)]
    phases = [("Prientiñ", ["Dibab an deiziadoù", "Goulenn skoazell digant ar gumun",
                            "Aozañ ar budjed", "Kevratoù gant ar sonerien"]),
              ("Aozañ", ["Staliañ al leurenn", "Kemenn d'ar pres", "Gwerzhañ ar tikedoù",
                         "Aozañ ar fest-noz"]),
              ("Goude ar gouel", ["Naetaat al lec'h", "Paeañ ar fakturennoù",
                                  "Danevell an emvod-meur"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1509, n, len(names), no_a=4, two_a=9, no_r=7)
    merge_ar(grid, [0, 5])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Gouel Brezhonek Kemper 2026 – Taolenn RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = a ra al labour, A = a respont hag a aproue, C = a vez goulennet e ali, "
                "I = a vez kelaouet")
    ws["A2"].font = Font(italic=True, size=9)
    pr, hr = 4, 5
    ws.cell(pr, 2, "Piv?").font = Font(italic=True)
    col = 3
    for who, span in people:
        ws.cell(pr, col, who)
        if span > 1:
            ws.merge_cells(start_row=pr, start_column=col, end_row=pr, end_column=col + span - 1)
        ws.cell(pr, col).font = Font(bold=True, color="1F4E78")
        ws.cell(pr, col).alignment = CENTRE
        ws.cell(pr, col).fill = fill("DDEBF7")
        col += span
    rc = cols("C", len(names))
    head_row(ws, hr, ["Niv.", "Ober", *names, "Termen"], rgb="BDD7EE")
    r = hr
    acts, prow = [], []
    k = 0
    last = get_column_letter(3 + len(names))
    for pi, (ph, tasks) in enumerate(phases):
        r += 1
        ws.cell(r, 1, f"{pi + 1}. {ph}")
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 1).fill = fill("FFF2CC")
        prow.append(r)
        for ti, t in enumerate(tasks):
            r += 1
            ws.cell(r, 1, f"{pi + 1}.{ti + 1}").border = BOX
            ws.cell(r, 2, t).border = BOX
            put_letters(ws, r, rc, grid[k])
            c = ws.cell(r, 3 + len(names), dt.date(2026, 3, 2) + dt.timedelta(days=13 * k))
            c.number_format = "DD/MM/YYYY"
            acts.append((r, t, grid[k]))
            k += 1
    ws.freeze_panes = f"C{hr + 1}"
    widths(ws, {"A": 6, "B": 34, **{c: 13 for c in rc}, last: 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc, parts=True), acts=acts,
        heads=f"row {pr}: 'Piv?' (who?) then PEOPLE merged over the roles each holds: 'Katell Le "
        "Gall' (C), 'Yann Morvan' (D:E), 'Soazig Riou' (F:G), '—' (H:I); row "
        f"{hr}: 'Niv.', 'Ober', the seven Breton role names (C:I), 'Termen'",
        shape="Breton-language festival association (Kemper), Breton (ñ, c'h): a PERSON row above "
        "the role heads where each volunteer's name is MERGED over ALL the roles that person "
        "holds (one person over two role columns twice; the external roles under a merged '—'); "
        "the roles are the second head row; merged phase rows 'n. ...'; '1.1' numbers; 'A/R' "
        "cells; dd/mm/yyyy dates; frozen panes",
        notes="the person names are not roles (two roles share one person); role names with the "
        "person added are accepted (`parts`); ",
        phase_rows=prow,
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "phase_rows": prow}


# ------------------------------ 10 Punjabi: ◆ gate rows that look like headings but carry letters

def wb_punjabi(tmp: Path) -> Built:
    fname = "RACI_ਮੈਟ੍ਰਿਕਸ_ਪਿੰਡ_ਸੋਲਰ_ਲਾਈਟਾਂ.xlsx"
    names = ["ਸਰਪੰਚ", "ਪੰਚਾਇਤ ਸਕੱਤਰ", "ਬਲਾਕ ਵਿਕਾਸ ਅਫ਼ਸਰ", "ਪੇਡਾ ਇੰਜੀਨੀਅਰ", "ਠੇਕੇਦਾਰ",
             "ਗ੍ਰਾਮ ਸਭਾ", "ਲਾਈਨਮੈਨ"]
    gate_mark = "◆ "
    phases = [("ਪੜਾਅ 1 – ਯੋਜਨਾ", ["ਸਰਵੇਖਣ", "ਖੰਭਿਆਂ ਦੀ ਥਾਂ ਤੈਅ ਕਰਨਾ", "ਬਜਟ ਅਨੁਮਾਨ",
                                 gate_mark + "ਗੇਟ 1: ਯੋਜਨਾ ਦੀ ਮਨਜ਼ੂਰੀ"]),
              ("ਪੜਾਅ 2 – ਉਸਾਰੀ", ["ਟੈਂਡਰ", "ਸਮੱਗਰੀ ਦੀ ਖਰੀਦ", "ਖੰਭੇ ਲਗਾਉਣਾ", "ਲਾਈਟਾਂ ਦੀ ਫਿਟਿੰਗ",
                                  gate_mark + "ਗੇਟ 2: ਕੰਮ ਦੀ ਜਾਂਚ"]),
              ("ਪੜਾਅ 3 – ਸੌਂਪਣਾ", ["ਚਾਲੂ ਕਰਨਾ", "ਸਾਂਭ-ਸੰਭਾਲ ਦੀ ਸਿਖਲਾਈ",
                                  gate_mark + "ਗੇਟ 3: ਅੰਤਿਮ ਪ੍ਰਵਾਨਗੀ"])]
    n = sum(len(t) for _, t in phases)
    grid = gen(1510, n, len(names), no_a=5, two_a=8, no_r=10)
    merge_ar(grid, [1, 6])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "ਪਿੰਡ ਭੈਣੀ ਸਾਹਿਬ – ਸੋਲਰ ਸਟਰੀਟ ਲਾਈਟਾਂ: RACI ਮੈਟ੍ਰਿਕਸ"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = ਕੰਮ ਕਰਨ ਵਾਲਾ, A = ਜਵਾਬਦੇਹ, C = ਸਲਾਹ, I = ਸੂਚਿਤ।  ◆ = ਗੇਟ (ਅਗਲੇ ਪੜਾਅ "
                "ਤੋਂ ਪਹਿਲਾਂ ਮਨਜ਼ੂਰੀ)")
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    rc = cols("C", len(names))
    last = get_column_letter(3 + len(names))
    head_row(ws, hr, ["ਨੰ.", "ਕੰਮ", *names, "ਮਿਤੀ"], rgb="D9D9D9")
    r = hr
    acts, prow, gates = [], [], []
    k = 0
    for pi, (ph, tasks) in enumerate(phases):
        r += 1
        ws.cell(r, 1, ph)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("385723")
        prow.append(r)
        ti = 0
        for t in tasks:
            r += 1
            gate = t.startswith(gate_mark)
            if not gate:
                ti += 1
                ws.cell(r, 1, f"{pi + 1}.{ti}").border = BOX
            ws.cell(r, 2, t).border = BOX
            put_letters(ws, r, rc, grid[k])
            c = ws.cell(r, 3 + len(names), dt.date(2026, 2, 2) + dt.timedelta(days=14 * k))
            c.number_format = "DD-MM-YYYY"
            if gate:
                gates.append(r)
                for ci in range(1, 4 + len(names)):
                    ws.cell(r, ci).fill = fill("FFD966")
                    ws.cell(r, ci).font = Font(bold=True)
            acts.append((r, t[len(gate_mark):] if gate else t, grid[k]))
            k += 1
    widths(ws, {"A": 8, "B": 34, **{c: 13 for c in rc}, last: 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads=f"row {hr}: 'ਨੰ.', 'ਕੰਮ', seven Punjabi role names (C:I), 'ਮਿਤੀ'",
        shape="Punjab (India) village solar street-lights project, Punjabi (Gurmukhi): dark green "
        "merged phase rows 'ਪੜਾਅ n – ...' WITHOUT letters, and at the end of each phase a GATE "
        "row '◆ ਗੇਟ n: ...' styled like a heading (bold, gold fill across the whole row, no "
        "number in the number column) that DOES carry letters and a date — a real activity "
        "(approval gate); '1.1' numbers on the other activities; 'A/R' cells; dd-mm-yyyy dates",
        notes=f"the three gate rows {gates} are activities (their names are given without the "
        "'◆ ' marker); the phase rows are not; ",
        phase_rows=prow,
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "name_prefix": gate_mark, "phase_rows": prow}


# ------------------------------ 11 Somali: role heads are formulas with a live count '(n)'

def wb_somali(tmp: Path) -> Built:
    fname = "Shaxda_RACI_ceelka_biyaha.xlsx"
    names = ["Guddoomiyaha degmada", "Guddiga biyaha", "Injineerka", "Qandaraasle",
             "Hay'adda deeqda", "Xafiiska maaliyadda", "Odayaasha tuulada"]
    tasks = ["Sahanka biyaha dhulka", "Qorshaha mashruuca", "Oggolaanshaha miisaaniyadda",
             "Xulashada qandaraaslaha", "Qodista ceelka", "Tijaabada biyaha", "Rakibidda bamka",
             "Dhismaha haanta", "Tababarka guddiga", "Wareejinta bulshada",
             "Dayactirka joogtada ah", "Warbixinta dhammaadka"]
    grid = gen(1511, len(tasks), len(names), no_a=3, two_a=11, no_r=8)
    merge_ar(grid, [0, 6])
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Mashruuca ceelka biyaha ee tuulada Dhuusamareeb – shaxda RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = fuliya, A = mas'uul ka ah, C = la tashi, I = la wargeliyo. "
                "Lambarka madaxa ku jira = inta hawlood ee doorkaas leeyahay (si toos ah).")
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    rc = cols("C", len(names))
    first, lastr = hr + 1, hr + len(tasks)
    head_row(ws, hr, ["Lambar", "Hawl", *[None] * len(names), "Wakhtiga"], rgb="FCE4D6")
    for c, nm in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = f'="{nm} ("&COUNTA({c}{first}:{c}{lastr})&")"'
        ws[f"{c}{hr}"].font = BOLD
        ws[f"{c}{hr}"].fill = fill("FCE4D6")
        ws[f"{c}{hr}"].alignment = CENTRE
        ws[f"{c}{hr}"].border = BOX
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        put_letters(ws, r, rc, grid[i])
        c = ws.cell(r, 3 + len(names), dt.date(2026, 4, 15) + dt.timedelta(days=11 * i))
        c.number_format = "DD/MM/YYYY"
        acts.append((r, t, grid[i]))
    ws.row_dimensions[hr].height = 45
    widths(ws, {"A": 8, "B": 30, **{c: 15 for c in rc}, "J": 12})
    src = tmp / "so_src" / fname
    src.parent.mkdir()
    wb.save(src)
    shutil.copy(soffice(src, "xlsx:Calc MS Excel 2007 XML", tmp / "lo_so"), HERE / fname)
    counts = [sum(1 for g in grid if g[j]) for j in range(len(names))]
    e = entry(
        sheet=None, roles=entries(names, rc, parts=True), acts=acts,
        heads=f"row {hr}: 'Lambar', 'Hawl', seven role heads that are FORMULAS "
        "='<role> ('&COUNTA(<column>)&')' showing e.g. "
        f"'{names[0]} ({counts[0]})' (C:I), 'Wakhtiga'",
        shape="Somali district village water-well project, Somali: every role head is a FORMULA "
        "joining the role name and a LIVE COUNT of that role's filled cells, shown as 'Injineerka "
        "(9)' (cached values computed by LibreOffice); the legend line says the number in the "
        "head is the count; 'A/R' cells; dd/mm/yyyy dates",
        notes="the '(n)' in each head is a count, not part of the role's name (names with it are "
        "accepted through `parts`); ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in rc],
                      "head_values": [f"{nm} ({cnt})"
                                      for nm, cnt in zip(names, counts, strict=True)],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "formula_heads": True}


# ------------------------------ 12 Kurmanji: letters with a done tick 'R ✓'

def wb_kurmanji(tmp: Path) -> Built:
    fname = "Matrîsa_RACI_navenda_ciwanan.xlsx"
    names = ["Şaredar", "Rêveberê projeyê", "Beşa darayî", "Endezyar", "Pîmankar",
             "Komeleya ciwanan", "Perwerdekar"]
    tasks = ["Lêkolîna pêdiviyan", "Plansaziya avahiyê", "Pejirandina budceyê",
             "Îhaleya avakirinê", "Avakirina salonê", "Kirîna alavan", "Sazkirina înternetê",
             "Perwerdeya perwerdekaran", "Amadekirina bernameyê", "Vekirina fermî",
             "Şopandina mehane", "Rapora dawî"]
    grid = gen(1512, len(tasks), len(names), no_a=8, two_a=0, no_r=11)
    merge_ar(grid, [2, 5])
    done_upto = 6  # activities before this are finished: every letter ticked
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Şaredariya Qoser – Navenda ciwanan: matrîsa RACI û pêşketin"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = dike, A = berpirsiyar, C = şêwirîn, I = agahdarkirin. ✓ li pey tîpê = "
                "para vê rolê qediya.")
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    rc = cols("C", len(names))
    head_row(ws, hr, ["Hj.", "Kar", *names, "Pêşketin", "Dîrok"], rgb="E2EFDA")
    rng = random.Random(77)
    acts = []
    for i, t in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1).border = BOX
        ws.cell(r, 2, t).border = BOX
        filled = ticked = 0
        for c, lt in zip(rc, grid[i], strict=True):
            cell = ws[f"{c}{r}"]
            cell.alignment = CENTRE
            cell.border = BOX
            if not lt:
                continue
            filled += 1
            tick = i < done_upto or (i < done_upto + 3 and rng.random() < 0.5)
            txt = "/".join(lt)
            if tick:
                ticked += 1
                txt += " ✓"
                cell.font = Font(color="00875A")
            cell.value = txt
        p = ws.cell(r, 3 + len(names), ticked / filled)
        p.number_format = "0%"
        p.border = BOX
        c = ws.cell(r, 4 + len(names), dt.date(2026, 1, 12) + dt.timedelta(days=18 * i))
        c.number_format = "DD.MM.YYYY"
        acts.append((r, t, grid[i]))
    widths(ws, {"A": 5, "B": 28, **{c: 14 for c in rc}, "J": 10, "K": 12})
    ws.freeze_panes = f"C{hr + 1}"
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=entries(names, rc), acts=acts,
        heads=f"row {hr}: 'Hj.', 'Kar', seven Kurmanji role names (C:I), 'Pêşketin' (progress "
        "%), 'Dîrok'",
        shape="Kurdish (Kurmanji, Latin script: ê î û ş ç) municipal youth-centre project used "
        "as a PROGRESS TRACKER: a role's letter gets a CHECK MARK after it when that role's part "
        "is done ('R ✓', 'A ✓', 'A/R ✓', green), the first six activities fully ticked, the next "
        "three partly; a 'Pêşketin' column after the roles holds the ticked share as a "
        "percentage; the legend line explains the ✓; dd.mm.yyyy dates; frozen panes",
        notes="' ✓' after a letter means that part is done; it does not change the letter; the "
        "percentage column is not a role; ",
        phase_rows=[],
    )
    rows = [a[0] for a in acts]
    return fname, e, {"sheet": None, "heads": [(hr, c) for c in rc],
                      "names": [(r, "B") for r in rows], "cells": spots(rows, rc),
                      "strip": "✓"}


BUILDERS = [wb_bosnian, wb_kyrgyz, wb_sinhala, wb_hausa, wb_urdu, wb_malagasy, wb_burmese,
            wb_tajik, wb_breton, wb_punjabi, wb_somali, wb_kurmanji]


# ------------------------------ read-back

def grid_xlsx(path: Path, sheet: str | None) -> tuple[dict[tuple[int, str], Any], Any, Any]:
    """Every non-empty cell's value, merged ranges spread out, and every cell's fill."""
    wb = load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    out: dict[tuple[int, str], Any] = {}
    fills: dict[tuple[int, str], Any] = {}
    for row in ws.iter_rows():
        for c in row:
            key = (c.row, get_column_letter(c.column))
            if c.value is not None and str(c.value) != "":
                out[key] = c.value
            fills[key] = c.fill
    for mr in ws.merged_cells.ranges:
        v = ws.cell(mr.min_row, mr.min_col).value
        if v is None:
            continue
        for r in range(mr.min_row, mr.max_row + 1):
            for ci in range(mr.min_col, mr.max_col + 1):
                out[(r, get_column_letter(ci))] = v
    return out, fills, wb


def read_back(path: Path, cfg: dict[str, Any], tmp: Path) -> tuple[dict, dict, Any]:
    if path.suffix == ".csv":
        enc, delim = cfg["csv"]
        raw = path.read_bytes()
        try:
            raw.decode("utf-8")
            raise AssertionError("the CSV must not be UTF-8")
        except UnicodeDecodeError:
            pass
        assert raw.startswith(b"sep=;\r\n"), "Excel's sep= directive line first"
        assert raw.count(b"\r\n") == raw.count(b"\n") > 10, "CRLF line endings"
        rows = list(csv.reader(io.StringIO(raw.decode(enc), newline=""), delimiter=delim))
        return {(i + 1, get_column_letter(j + 1)): v for i, fs in enumerate(rows)
                for j, v in enumerate(fs) if v != ""}, {}, None
    if path.suffix == ".ods":
        d = tmp / ("back_" + path.stem)
        d.mkdir()
        src = d / "x.ods"
        shutil.copy(path, src)
        return grid_xlsx(soffice(src, "xlsx", d), cfg["sheet"])
    return grid_xlsx(path, cfg["sheet"])


def decode_text(raw: Any, cfg: dict[str, Any]) -> list[str]:
    s = unicodedata.normalize("NFKC", str(raw)).strip()
    for a, b in cfg.get("replace", []):
        s = s.replace(a, b)
    for ch in cfg.get("strip", ""):
        s = s.replace(ch, "")
    s = s.strip()
    if not s:
        return []
    out = []
    for t in re.split(r"[,/+\s]+", s):
        if not t:
            continue
        assert t in ("R", "A", "C", "I"), (raw, t)
        out.append(t)
    return out


def decode_fill(f: Any) -> list[str]:
    by_rgb = {v: k for k, v in MG_COLOURS.items()}
    if getattr(f, "tagname", "") == "gradientFill":
        stops = [str(s.color.rgb)[-6:] for s in f.stop]
        return sorted(by_rgb[s] for s in stops)
    if f is None or getattr(f, "fill_type", None) != "solid":
        return []
    return [by_rgb[str(f.fgColor.rgb)[-6:]]]


def check(fname: str, e: dict[str, Any], cfg: dict[str, Any], tmp: Path) -> None:
    g, fills, wb = read_back(HERE / fname, cfg, tmp)
    hv = cfg.get("head_values", [ro["name"] for ro in e["roles"]])
    for (r, c), want in zip(cfg["heads"], hv, strict=True):
        assert g.get((r, c)) == want, (fname, r, c, g.get((r, c)), want)
    for (r, c), ro in zip(cfg.get("also_heads", []),
                          [ro for _ in range(len(cfg.get("also_heads", [])) // len(e["roles"]))
                           for ro in e["roles"]], strict=True):
        assert g.get((r, c)) == ro["name"], (fname, "repeated head", r, c)
    n_letters = 0
    for i, a in enumerate(e["activities"]):
        got_name = str(g.get(cfg["names"][i]))
        pre = cfg.get("name_prefix")
        if pre and got_name.startswith(pre):
            got_name = got_name[len(pre):]
        assert got_name == a["name"], (fname, a["row"], got_name)
        if "also_names" in cfg:
            assert g.get(cfg["also_names"][i]) == a["name"], (fname, "repeated name", i)
        for j, _ in enumerate(e["roles"]):
            got: list[str] = []
            for (r, c, fixed) in cfg["cells"][i][j]:
                raw = g.get((r, c), "")
                if fixed is not None:
                    if raw != "":
                        assert raw == cfg["tick"], (fname, r, c, raw)
                        got.append(fixed)
                elif cfg.get("by_fill"):
                    assert raw == "", (fname, "colour-only cell has text", r, c)
                    got += decode_fill(fills.get((r, c)))
                else:
                    got += decode_text(raw, cfg)
            assert sorted(got) == sorted(a["letters"].get(str(j), [])), \
                (fname, a["row"], j, got, a["letters"])
            n_letters += len(got)
    want = sum(len(v) for a in e["activities"] for v in a["letters"].values())
    assert n_letters == want, (fname, n_letters, want)
    # between the heads and the last activity, role cells outside activities are empty
    used = {rc for row in cfg["cells"] for cell in row for rc in [(x[0], x[1]) for x in cell]}
    role_cols = {c for row in cfg["cells"] for cell in row for (_, c, _) in cell}
    top = min(r for r, _ in cfg["heads"]) + 1
    bottom = max(r for r, _ in used)
    skip = set(cfg.get("phase_rows", [])) | {r for r, _ in cfg["heads"]} | \
        {r for r, _ in cfg.get("also_heads", [])}
    for r in range(top, bottom + 1):
        if r in skip:
            continue
        for c in role_cols:
            if (r, c) not in used:
                assert g.get((r, c)) is None, (fname, "stray value", r, c, g.get((r, c)))
    # features the truth relies on
    if cfg.get("chartsheet_first"):
        assert isinstance(wb._sheets[0], Chartsheet), (fname, "first sheet is a chartsheet")
        assert wb.active is wb._sheets[0], (fname, "the chartsheet is active")
        assert wb.worksheets[0].title == e["sheet"], fname
    if cfg.get("formula_heads"):
        wf = load_workbook(HERE / fname)
        for (r, c) in cfg["heads"]:
            v = wf.worksheets[0][f"{c}{r}"].value
            assert isinstance(v, str) and v.startswith("=") and "COUNTA" in v, (fname, v)
    if fname.endswith(".xlsm"):
        with zipfile.ZipFile(HERE / fname) as z:
            ct = z.read("[Content_Types].xml").decode()
        assert "macroEnabled" in ct, (fname, "not a macro-enabled workbook")
    if fname.endswith(".ods"):
        with zipfile.ZipFile(HERE / fname) as z:
            assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
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
