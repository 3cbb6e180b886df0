"""Build the eleventh held-out set of RACI workbooks and its truth.json, then read every file back.

Run from the repository root: ``python tests/import_eval/unseen10/make_workbooks.py``. Needs
openpyxl and LibreOffice (``soffice``) for the .ods, the .xlsm and the workbook whose role heads
are formulas (LibreOffice computes their cached values). The files, truth.json and the read-back
check (openpyxl, a LibreOffice round trip for the .ods, the csv module for the CSV) are all
made here. The letters are drawn once from a seeded generator and then fixed by hand so that
every workbook has an activity without A, one with two A and one without R.
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
from openpyxl.comments import Comment
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


# Each builder returns (file name, truth entry, check config). The config tells the read-back
# where names and heads are and how a cell's text turns into letters; it is not in truth.json.
Built = tuple[str, dict[str, Any], dict[str, Any]]


def std_decode(s: str) -> list[str]:
    s = s.strip()
    if s in ("", "-", "–"):
        return []
    toks = [t for t in s.replace(",", "/").split("/")]
    out = []
    for t in toks:
        t = t.strip()
        assert t in ("R", "A", "C", "I"), s
        out.append(t)
    return out


# ------------------------------------------------------------------ 1 Japanese CSV (cp932)

JP_FW = {"R": "Ｒ", "A": "Ａ", "C": "Ｃ", "I": "Ｉ"}


def wb_japanese_csv(tmp: Path) -> Built:
    fname = "RACI表_基幹システム更新.csv"
    names = ["プロジェクトオーナー（経営企画部長）", "PMO", "情報システム部", "業務部門リーダー",
             "経理部", "ベンダー（SIer）", "内部監査室"]
    phases = [
        ("【第1段階】要件定義", [
            ("1-1", "現行業務の棚卸し", "山田", "2025/05/16"),
            ("1-2", "要件定義書の作成", "佐藤", "2025/06/13"),
            ("1-3", "要件定義書の承認", "鈴木", "2025/06/27"),
            ("1-4", "パッケージ選定", "佐藤", "2025/07/11"),
        ]),
        ("【第2段階】設計・開発", [
            ("2-1", "基本設計", "高橋", "2025/08/29"),
            ("2-2", "アドオン開発", "高橋", "2025/10/31"),
            ("2-3", "帳票レイアウトの確認", "伊藤", "2025/10/17"),
            ("2-4", "内部統制上の確認", "中村", "2025/11/07"),
        ]),
        ("【第3段階】テスト・移行", [
            ("3-1", "結合テスト", "高橋", "2025/12/12"),
            ("3-2", "ユーザー受入テスト", "伊藤", "2026/01/23"),
            ("3-3", "データ移行リハーサル", "山田", "2026/02/06"),
            ("3-4", "本番移行判定", "鈴木", "2026/02/20"),
            ("3-5", "稼働後の問い合わせ対応", "山田", "2026/03/31"),
        ]),
    ]
    n_acts = sum(len(p[1]) for p in phases)
    grid = gen(101, n_acts, len(names), no_a=7, two_a=11, no_r=3, extra={(0, 3): ["A", "R"]})
    n = len(names)
    width = 4 + n + 1
    lines: list[list[str]] = [
        ["基幹システム更新プロジェクト　RACI表"] + [""] * (width - 1),
        ["作成日：2025/04/10　作成者：PMO 佐藤　版数：第3版"] + [""] * (width - 1),
        [""] * width,
        ["No.", "作業項目", "主担当", "期限", *names, "備考"],
    ]
    acts, phase_rows = [], []
    k = m = 0
    remarks = {"1-3": "経営会議で承認", "2-2": "追加見積あり", "3-4": "判定会議は役員出席"}
    for ph, items in phases:
        phase_rows.append(len(lines) + 1)
        lines.append([ph] + [""] * (width - 1))
        for no, text, who, due in items:
            lets = grid[len(acts)]
            cells = []
            for lt in lets:
                parts = []
                for x in lt:
                    k += 1
                    parts.append(JP_FW[x] if k % 3 != 0 else x)  # IME full-width, most of them
                if len(lt) > 1:
                    m += 1
                cells.append(("・" if m % 2 else "／").join(parts) if lt else "")
            acts.append((len(lines) + 1, text, lets))
            lines.append([no, text, who, due, *cells, remarks.get(no, "")])
    lines.append([""] * width)
    lines.append(["凡例：R＝実行責任者　A＝説明責任者（承認）　C＝協議先　I＝報告先"]
                 + [""] * (width - 1))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    (HERE / fname).write_bytes(buf.getvalue().encode("cp932"))
    e = entry(
        sheet=None,
        roles=[role("E", names[0], ["プロジェクトオーナー", "経営企画部長"],
                    ["プロジェクトオーナー"]),
               role("F", "PMO"), role("G", "情報システム部"), role("H", "業務部門リーダー"),
               role("I", "経理部"), role("J", "ベンダー（SIer）", ["ベンダー", "ベンダー(SIer)"]),
               role("K", "内部監査室")],
        acts=acts,
        heads="Japanese header on line 4: 'No.', '作業項目' (task), '主担当' (main person in "
        "charge, a surname), '期限' (yyyy/mm/dd), seven role names (fields E:K), '備考' (remarks)",
        shape="Japanese company core-system (ERP) replacement, saved as CSV by Japanese Excel: "
        "Shift_JIS (cp932) encoding, comma, CRLF, padded rows; title and date/author line, an "
        "empty line, header on line 4; '【第n段階】...' phase lines with only the first field; "
        "most letters typed FULL-WIDTH by the Japanese IME (Ｒ Ａ Ｃ Ｉ, U+FF32 ...), some "
        "half-width; two letters joined by '・' (nakaguro) or full-width '／'; owner-surname and "
        "deadline columns BEFORE the role columns; legend line at the end",
        notes="row = line number; col = field's column letter; full-width letters read as "
        "their ASCII letters; '・' and '／' join two letters; phase lines are not activities; ",
        phase_rows=phase_rows,
    )
    return fname, e, {"name_col": "B", "head_row": 4}


# ------------------------------------------------------------------ 2 partners as rows

def wb_consortium(tmp: Path) -> Built:
    fname = "consortium_task_matrix_partners_as_rows.xlsx"
    partners = [("P1", "Lakemoor University", "(Coordinator)"), ("P2", "Institut Valcourt", ""),
                ("P3", "Hydrosense GmbH", ""), ("P4", "Baltic Grid Lab", ""),
                ("P5", "University of Oporra", ""), ("P6", "CleanPort Solutions", "(SME)"),
                ("P7", "City of Ravnholm", "(end user)"), ("P8", "EuroDiss Communications", "")]
    wps = [
        ("WP1 Management", ["Project coordination", "Quality & risk management",
                            "Data management plan", "Ethics requirements"]),
        ("WP2 Sensing", ["Sensor requirements", "Low-cost sensor design", "Lab calibration",
                         "Field prototype build", "Sensor data format"]),
        ("WP3 Data platform", ["Platform architecture", "Data ingestion pipeline",
                               "Anomaly detection models", "Digital twin of the network",
                               "Open API"]),
        ("WP4 Pilots", ["Pilot site preparation", "Ravnholm harbour pilot",
                        "Valcourt river pilot", "Pilot evaluation", "Replication guide"]),
        ("WP5 Exploitation", ["Market analysis", "IPR management", "Business models",
                              "Exploitation plan"]),
        ("WP6 Dissemination", ["Project website", "Scientific publications",
                               "Stakeholder workshops", "Policy brief", "Final conference"]),
    ]
    tasks = [(f"T{w + 1}.{t + 1}", name, w) for w, (_, ts) in enumerate(wps)
             for t, name in enumerate(ts)]
    grid = gen(202, len(tasks), len(partners), no_a=9, two_a=17, no_r=26)
    tc = cols("C", len(tasks))
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 3.1c"
    ws["A1"] = "HYDRA-NET – Task responsibility matrix (Part B, Table 3.1c)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = task leader / doing the work   A = WP leader, accountable for the "
                "deliverable   C = contributes input   I = kept informed")
    ws["A2"].font = Font(italic=True)
    # row 4 WP group row, row 5 task ids, row 6 task titles (rotated), row 7 due month
    ws["A5"] = "Task"
    ws["A6"] = "No."
    ws["B6"] = "Partner"
    ws["A7"] = ""
    ws["B7"] = "Due (project month)"
    col_of_wp: dict[int, list[str]] = {}
    for c, (tid, name, w) in zip(tc, tasks, strict=True):
        col_of_wp.setdefault(w, []).append(c)
        ws[f"{c}5"] = tid
        ws[f"{c}6"] = name
        ws[f"{c}6"].alignment = Alignment(text_rotation=90, horizontal="center",
                                          vertical="bottom", wrap_text=True)
        ws[f"{c}7"] = f"M{6 + 3 * int(tid[1]) + int(tid.split('.')[1]) * 2}"
        ws[f"{c}5"].font = BOLD
        for r in (5, 6, 7):
            ws[f"{c}{r}"].border = BOX
    shades = ["DDEBF7", "E2EFDA", "FFF2CC", "FCE4D6", "EDEDED", "D9D2E9"]
    for w, cs in col_of_wp.items():
        ws[f"{cs[0]}4"] = wps[w][0]
        ws.merge_cells(f"{cs[0]}4:{cs[-1]}4")
        ws[f"{cs[0]}4"].font = BOLD
        ws[f"{cs[0]}4"].alignment = CENTRE
        for c in cs:
            ws[f"{c}4"].fill = fill(shades[w])
            ws[f"{c}6"].fill = fill(shades[w])
    ws.row_dimensions[6].height = 170
    first = 8
    for i, (pno, pname, tag) in enumerate(partners):
        r = first + i
        ws.cell(r, 1, pno).font = BOLD
        ws.cell(r, 2, f"{pname} {tag}".strip())
        for k, c in enumerate(tc):
            lt = grid[k][i]
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
            ws[f"{c}{r}"].border = BOX
    tot = first + len(partners)
    ws.cell(tot, 2, "Partners involved").font = Font(italic=True)
    for k, c in enumerate(tc):
        ws[f"{c}{tot}"] = sum(1 for lt in (grid[k][i] for i in range(len(partners))) if lt)
        ws[f"{c}{tot}"].font = Font(italic=True)
        ws[f"{c}{tot}"].alignment = CENTRE
    ws.cell(tot + 2, 1, "Person-months per partner are in Table 3.4b.")
    ws.freeze_panes = "C8"
    widths(ws, {"A": 6, "B": 34, **{c: 4.5 for c in tc}})
    wb.save(HERE / fname)
    acts = [(c, name, [grid[k][i] for i in range(len(partners))])
            for k, (c, (tid, name, _)) in enumerate(zip(tc, tasks, strict=True))]
    roles = []
    for i, (pno, pname, tag) in enumerate(partners):
        full = f"{pname} {tag}".strip()
        al = [pname, f"{pno} {pname}", f"{pno} {full}"] if tag else [f"{pno} {pname}"]
        roles.append(role(first + i, full, al, [pname]))
    e = entry(
        sheet=None, roles=roles, acts=acts,
        heads="TRANSPOSED: eight partners down the rows 8-15 (partner number P1 in column A, "
        "partner name in column B); 28 tasks across columns C:AD",
        shape="EU research-consortium proposal annex (English), partners as ROWS and tasks as "
        "COLUMNS, very wide: merged work-package group row 4 ('WP1 Management' ...), task-ID "
        "row 5 ('T1.1'), task titles rotated 90° in row 6, a 'Due (project month)' row 7 "
        "('M11'); partner numbers P1..P8 in their own column A beside the names; 'A/R' cells; "
        "italic 'Partners involved' count row under the grid; frozen panes at C8",
        notes="transposed: each role's col is its ROW number, each activity's row its COLUMN "
        "letter; activity names are the titles in row 6 (the IDs in row 5 are not part of the "
        "name); the WP group row, the due row and the count row are not activities or roles; ",
        phase_rows=[],
    )
    return fname, e, {"transposed": True, "name_row": 6, "head_col": "B"}


# ------------------------------------------------------------------ 3 Slovak .xlsm

def wb_slovak(tmp: Path) -> Built:
    fname = "Matica_RACI_digitalizacia_archivu.xlsm"
    names = ["Riaditeľ archívu", "Projektový manažér", "Oddelenie IT", "Archivári",
             "Právne oddelenie", "Dodávateľ skenovania", "Ekonomické oddelenie"]
    rc = cols("F", len(names))
    phases = [
        ("Fáza 1 – Príprava", [
            ("DA-01", "Inventarizácia fondov", "Súpis fondov určených na digitalizáciu vrátane "
             "fyzického stavu a rozsahu.", "Ing. Horváthová", (2025, 3, 14)),
            ("DA-02", "Výber dodávateľa skenovania", "Verejné obstarávanie podľa zákona "
             "o verejnom obstarávaní, podlimitná zákazka.", "Mgr. Kováč", (2025, 4, 30)),
            ("DA-03", "Metadátový štandard", "Určenie povinných metadát pre každý typ "
             "dokumentu (Dublin Core + rozšírenie).", "PhDr. Baláž", (2025, 4, 11)),
            ("DA-04", "Posúdenie ochrany osobných údajov", "DPIA pre matriky a osobné spisy.",
             "JUDr. Novák", (2025, 4, 25)),
        ]),
        ("Fáza 2 – Realizácia", [
            ("DA-05", "Príprava dokumentov na skenovanie", "Odstránenie sponiek, číslovanie "
             "strán, konzervačné zásahy.", "PhDr. Baláž", (2025, 6, 30)),
            ("DA-06", "Skenovanie", "Skenovanie 600 dpi, TIFF + PDF/A, denný protokol.",
             "Mgr. Kováč", (2025, 10, 31)),
            ("DA-07", "Kontrola kvality skenov", "Náhodná kontrola 5 % strán, protokol "
             "chýb.", "PhDr. Baláž", (2025, 11, 14)),
            ("DA-08", "Úložisko a zálohovanie", "Dlhodobé úložisko, dve lokality, kontrola "
             "integrity.", "Ing. Horváthová", (2025, 9, 30)),
            ("DA-09", "Fakturácia a čerpanie rozpočtu", "Mesačné čerpanie podľa zmluvy.",
             "Ing. Tóthová", (2025, 12, 15)),
        ]),
        ("Fáza 3 – Sprístupnenie", [
            ("DA-10", "Zverejnenie na portáli", "Sprístupnenie bádateľom cez webový portál.",
             "Ing. Horváthová", (2026, 1, 30)),
            ("DA-11", "Školenie bádateľne", "Školenie zamestnancov bádateľne.",
             "PhDr. Baláž", (2026, 2, 13)),
            ("DA-12", "Záverečná správa", "Správa pre zriaďovateľa a poskytovateľa dotácie.",
             "Mgr. Kováč", (2026, 3, 31)),
        ]),
    ]
    n_acts = sum(len(p[1]) for p in phases)
    grid = gen(303, n_acts, len(names), no_a=6, two_a=9, no_r=10)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matica RACI"
    ws["A1"] = "Matica zodpovednosti (RACI) – digitalizácia archívnych fondov"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Legenda: R = zodpovedný za vykonanie (R (hlavný) = hlavný riešiteľ), "
                "A = schvaľuje / nesie zodpovednosť, C = konzultovaný (C (podľa potreby) = len "
                "v prípade potreby), I = informovaný.  Tlačidlo „Skontrolovať“ spúšťa makro "
                "kontroly.")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:M2")
    ws.row_dimensions[2].height = 45
    hr = 4
    heads = ["ID", "Činnosť", "Popis", "Vlastník", "Termín", *names, "Kontrola (makro)"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = CENTRE
        c.border = BOX
    ws.row_dimensions[hr].height = 48
    r = hr + 1
    acts, phase_rows = [], []
    k = 0
    for ph, items in phases:
        ws.cell(r, 1, ph).font = BOLD
        ws.merge_cells(f"A{r}:L{r}")
        ws.cell(r, 1).fill = fill("D9E1F2")
        phase_rows.append(r)
        r += 1
        for did, text, desc, who, d in items:
            lets = grid[len(acts)]
            ws.cell(r, 1, did)
            ws.cell(r, 2, text)
            ws.cell(r, 3, desc).alignment = WRAP
            ws.cell(r, 4, who)
            ws.cell(r, 5, dt.date(*d)).number_format = "DD.MM.YYYY"
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    k += 1
                    if lt == ["R"] and k % 3 == 0:
                        txt = "R (hlavný)"
                    elif lt == ["C"] and k % 2 == 0:
                        txt = "C (podľa potreby)"
                    else:
                        txt = plain(lt)
                    ws[f"{c}{r}"] = txt
                ws[f"{c}{r}"].alignment = CENTRE
            flat = [x for lt in lets for x in lt]
            ws.cell(r, 13, "OK" if flat.count("A") == 1 else
                    ("chýba A" if flat.count("A") == 0 else f"{flat.count('A')}× A"))
            for ci in range(1, 14):
                ws.cell(r, ci).border = BOX
            acts.append((r, text, lets))
            r += 1
    ws.column_dimensions["M"].hidden = True
    ws.freeze_panes = "C5"
    widths(ws, {"A": 8, "B": 32, "C": 46, "D": 16, "E": 11, **{c: 12 for c in rc}, "M": 14})
    src = tmp / "slovak.xlsx"
    wb.save(src)
    out = soffice(src, "xlsm:Calc MS Excel 2007 VBA XML", tmp / "lo_slovak")
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: 'ID', 'Činnosť' (activity), 'Popis' (description), 'Vlastník' (owner "
        "person), 'Termín' (date), seven role names (F:L), then a HIDDEN 'Kontrola (makro)' "
        "column M",
        shape="Slovak state archive digitisation project, macro-enabled workbook (.xlsm): ID "
        "DA-01 / activity / separate long description / owner person / dd.mm.yyyy date columns "
        "before the roles; letters with Slovak words after them ('R (hlavný)' = lead R, "
        "'C (podľa potreby)' = consult if needed); 'A/R' cells; merged filled phase rows "
        "'Fáza n – ...'; hidden macro check column after the roles ('OK', 'chýba A', '2× A'); "
        "long merged legend line; frozen panes",
        notes="'R (hlavný)' is R and 'C (podľa potreby)' is C; the description, owner and date "
        "columns and the hidden check column are not roles; phase rows are not activities; ",
        phase_rows=phase_rows,
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 4 Estonian .ods

def wb_estonian(tmp: Path) -> Built:
    fname = "RACI_maatriks_e-teeninduse_arendus.ods"
    names = ["Juhatus", "Projektijuht", "IT-osakond", "Klienditeeninduse juht",
             "Arendaja (hankepartner)", "Andmekaitsespetsialist", "Kommunikatsioonijuht"]
    rc = cols("C", len(names))
    phases = [
        ("1. etapp – Analüüs", ["Nõuete kogumine", "Klienditeekonna kaardistus",
                                "Andmekaitse mõjuhinnang", "Lähteülesande kinnitamine"]),
        ("2. etapp – Arendus", ["Kasutajaliidese prototüüp", "Iseteeninduse arendus",
                                "Liidestus kliendiregistriga", "Turvatestid",
                                "Kasutajatestid"]),
        ("3. etapp – Juurutus", ["Koolitused klienditeenindajatele", "Teavituskampaania",
                                 "Tootmisse viimine", "Järelhooldus"]),
    ]
    n_acts = sum(len(p[1]) for p in phases)
    grid = gen(404, n_acts, len(names), no_a=2, two_a=6, no_r=12)
    # runs that the sheet shows as one merged cell: (role index, first act, last act, letter)
    runs = [(0, 0, 2, "I"), (5, 4, 7, "C"), (6, 9, 11, "R"), (2, 9, 12, "I")]
    for j, a0, a1, x in runs:
        for a in range(a0, a1 + 1):
            grid[a][j] = [x]
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "E-teeninduse arendusprojekt – vastutusmaatriks (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – teostab, A – vastutab ja kinnitab, C – konsulteeritakse, "
                "I – informeeritakse.  Ühendatud lahter kehtib kõigile selle ridadele.")
    hr = 4
    heads = ["Nr", "Tegevus", *names, "Tähtaeg"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = BOLD
        c.fill = fill("BDD7EE")
        c.alignment = CENTRE
        c.border = BOX
    r = hr + 1
    acts, phase_rows, act_rows = [], [], []
    day = dt.date(2025, 3, 7)
    for p, (ph, items) in enumerate(phases):
        ws.cell(r, 1, ph).font = BOLD
        ws.merge_cells(f"A{r}:J{r}")
        ws.cell(r, 1).fill = fill("FFE699")
        phase_rows.append(r)
        r += 1
        for t, text in enumerate(items):
            lets = grid[len(acts)]
            ws.cell(r, 1, f"{p + 1}.{t + 1}")
            ws.cell(r, 2, text)
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{c}{r}"] = plain(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            day += dt.timedelta(days=17)
            ws.cell(r, 10, day).number_format = "DD.MM.YYYY"
            for ci in range(1, 11):
                ws.cell(r, ci).border = BOX
            acts.append((r, text, lets))
            act_rows.append(r)
            r += 1
    for j, a0, a1, _x in runs:
        c = rc[j]
        top, bot = act_rows[a0], act_rows[a1]
        for rr in range(top + 1, bot + 1):
            ws[f"{c}{rr}"].value = None
        ws.merge_cells(f"{c}{top}:{c}{bot}")
        ws[f"{c}{top}"].alignment = CENTRE
    ws.cell(r + 1, 1, "Koostas: projektijuht, 03.03.2025")
    widths(ws, {"A": 6, "B": 36, **{c: 13 for c in rc}, "J": 12})
    src = tmp / "estonian.xlsx"
    wb.save(src)
    out = soffice(src, "ods", tmp / "lo_estonian")
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 4: 'Nr', 'Tegevus' (activity), seven role names (C:I), 'Tähtaeg' (deadline)",
        shape="",
        notes="every activity covered by a vertically merged letter cell gets that letter "
        "(the value sits only in the merge's top cell); phase rows are not activities; ",
        phase_rows=phase_rows,
    )
    spans = "; ".join(f"{names[j]} '{x}' rows {act_rows[a0]}-{act_rows[a1]}"
                      for j, a0, a1, x in runs)
    e["shape"] = ("Estonian public-sector e-service development (LibreOffice .ods): letter "
                  "cells MERGED VERTICALLY over runs of consecutive activities sharing the "
                  f"role's letter ({spans}), the legend line "
                  "saying a merged cell holds for all its rows; merged yellow phase rows "
                  "'1. etapp – ...'; Nr 1.1; deadline dates")
    return fname, e, {"name_col": "B", "head_row": hr, "expand_merged": True}


# ------------------------------------------------------------------ 5 Google Sheets export

def wb_google(tmp: Path) -> Built:
    fname = "Q3 Hiring Plan - RACI.xlsx"
    names = ["Hiring Manager", "Recruiter", "HR Business Partner", "Finance", "Interview Panel",
             "VP People"]
    rc = cols("E", len(names))
    tasks = [
        (True, "Confirm headcount and budget", "@Dana Whitfield", (2025, 7, 3)),
        (True, "Write job descriptions", "@Marco Bellini", (2025, 7, 8)),
        (True, "Approve salary bands", "@Dana Whitfield", (2025, 7, 10)),
        (False, "Post roles on job boards", "@Aisha Rahman", (2025, 7, 14)),
        (False, "Source candidates (LinkedIn, referrals)", "@Aisha Rahman", (2025, 7, 31)),
        (False, "Phone screens", "@Aisha Rahman", (2025, 8, 8)),
        (False, "Design take-home exercise", "@Marco Bellini", (2025, 7, 18)),
        (False, "Onsite interview loops", "@Marco Bellini", (2025, 8, 22)),
        (False, "Debrief and hiring decision", "@Marco Bellini", (2025, 8, 27)),
        (False, "Offer approval", "@Dana Whitfield", (2025, 8, 29)),
        (False, "Background checks", "@Aisha Rahman", (2025, 9, 5)),
        (False, "Update hiring dashboard", "@Aisha Rahman", (2025, 9, 12)),
        (False, "Onboarding plan for new hires", "@Tom Okafor", (2025, 9, 19)),
        (False, "Q3 hiring retro", "@Tom Okafor", (2025, 9, 30)),
    ]
    grid = gen(505, len(tasks), len(names), no_a=11, two_a=9, no_r=13,
            extra={(4, 4): ["R", "C"], (7, 2): ["R", "C"]})
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    arial = Font(name="Arial", size=10)
    heads = ["Done", "Task", "Owner", "Due", *names, "Notes"]
    for i, h in enumerate(heads):
        c = ws.cell(1, i + 1, h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = fill("CFE2F3")
    acts = []
    k = 0
    notes = {4: "use the new careers page link", 8: "panel = 3 engineers + 1 PM",
             10: "VP People starts 15 Aug; Dana covers until then"}
    for i, (done, text, owner, d) in enumerate(tasks):
        r = 2 + i
        ws.cell(r, 1, done)
        ws.cell(r, 2, text)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, dt.date(*d)).number_format = "m/d/yyyy"
        lets = grid[i]
        for c, lt in zip(rc, lets, strict=True):
            if not lt:
                continue
            k += 1
            if lt == ["R"]:
                txt = ["R", "R (lead)", "r", "R "][k % 4]
            elif lt == ["A"]:
                txt = "A*" if names[rc.index(c)] in ("HR Business Partner", "Finance") else "A"
            elif lt == ["C"]:
                txt = "c" if k % 5 == 0 else "C"
            elif sorted(lt) == ["A", "R"]:
                txt = "R/A" if k % 2 else "A/R"
                lt[:] = txt.split("/")  # the truth keeps the written order
            else:
                txt = ",".join(lt)
            ws[f"{c}{r}"] = txt
        if i in notes:
            ws.cell(r, 11, notes[i])
        for ci in range(1, 27):
            ws.cell(r, ci).font = arial
        acts.append((r, text, lets))
    dv = DataValidation(type="list", formula1='"R,A,C,I,R (lead),A*,A/R,R/A"',
                        allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(f"E2:J{1 + len(tasks)}")
    ws.freeze_panes = "A2"
    widths(ws, {"A": 7, "B": 38, "C": 18, "D": 10, **{c: 14 for c in rc}, "K": 40})
    ws2 = wb.create_sheet("Key")
    for row in [["Letter", "Meaning"], ["R", "Responsible – does the work (r = same)"],
                ["R (lead)", "the R who drives it when there are several"],
                ["A", "Accountable – signs off, only one per task"],
                ["A*", "interim A until the new VP People starts (then moves to VP People)"],
                ["C", "Consulted"], ["I", "Informed"],
                ["R,C", "does part of the work and is consulted on the rest"]]:
        ws2.append(row)
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 1 (frozen, no title): 'Done' (checkbox TRUE/FALSE), 'Task', 'Owner' (@person "
        "chips), 'Due', six role names (E:J), 'Notes'",
        shape="startup People team Q3 hiring plan kept in Google Sheets and downloaded as .xlsx: "
        "header in row 1, no title; checkbox column exported as TRUE/FALSE booleans; Owner "
        "column of '@Name' people chips; m/d/yyyy dates; Arial 10 everywhere; drop-down chips "
        "as list validation; letters with extras: 'R (lead)', 'r', 'R ' (trailing space), "
        "'A*' (interim), 'c', 'R/A' and 'A/R', 'R,C'; the key on a second sheet 'Key'",
        notes="'R (lead)', 'r', 'R ' = R; 'A*' = A; 'c' = C; 'R,C' = R+C; Done/Owner/Due/Notes "
        "are not roles; the Key sheet is a legend; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": 1}


# ------------------------------------------------------------------ 6 cover / RACI / workload

def wb_warehouse(tmp: Path) -> Built:
    fname = "warehouse_automation_raci_pack.xlsx"
    names = ["Operations Director", "Automation Project Manager", "Site Engineering",
             "IT / WMS Team", "Integrator (AGV vendor)", "Health & Safety", "Shift Managers",
             "Finance"]
    rc = cols("F", len(names))
    groups = [
        ("1", "Business case & design", [
            "Throughput and labour baseline", "Automation business case", "Layout redesign",
            "Vendor selection", "Contract award", "Detailed functional specification"]),
        ("2", "Build", [
            "Floor preparation and racking changes", "AGV fleet delivery",
            "Charging stations install", "WMS–AGV interface build", "Network coverage survey",
            "Safety zoning and signage", "Fire-risk assessment update"]),
        ("3", "Test & train", [
            "Factory acceptance test", "Site acceptance test", "Interface end-to-end test",
            "Peak-volume simulation", "Operator training", "Maintenance training",
            "Emergency-stop drills"]),
        ("4", "Go-live", [
            "Go / no-go decision", "Cutover weekend", "Hypercare (6 weeks)",
            "Benefits tracking", "Handover to BAU maintenance", "Lessons learned"]),
    ]
    n_acts = sum(len(g[2]) for g in groups)
    grid = gen(606, n_acts, len(names), no_a=14, two_a=21, no_r=24)
    at_risk = {9, 16, 21}
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["B2"] = "Project KESTREL – Automated Guided Vehicles, Northfield DC"
    cov["B2"].font = Font(bold=True, size=16)
    cov["B3"] = "Responsibility assignment (RACI) pack"
    rows = [("Document no.", "KES-PMO-007"), ("Version", "1.4"), ("Date", dt.date(2025, 2, 3)),
            ("Author", "J. Harker, PMO"), ("Status", "Approved")]
    for i, (k_, v) in enumerate(rows):
        cov.cell(5 + i, 2, k_).font = BOLD
        cov.cell(5 + i, 3, v)
    cov["B11"] = "Approvals"
    cov["B11"].font = BOLD
    for i, (a, b, c) in enumerate([("Name", "Role", "Signed"),
                                   ("R. Okonjo", "Operations Director", "03/02/2025"),
                                   ("L. Brandt", "Finance", "04/02/2025")]):
        for j, v in enumerate((a, b, c)):
            cov.cell(12 + i, 2 + j, v)
    cov["B16"] = "Colour key used on the RACI tab"
    cov["B16"].font = BOLD
    cov["B17"].fill = fill("FFC000")
    cov["C17"] = "at risk – see risk log"
    cov["B18"].fill = fill("D9D9D9")
    cov["C18"] = "complete"
    widths(cov, {"B": 18, "C": 30, "D": 14})
    ws = wb.create_sheet("RACI")
    ws["A1"] = "KESTREL – RACI"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "R Responsible · A Accountable · C Consulted · I Informed"
    hr = 3
    heads = ["WBS", "Activity", "Owner", "Start", "Finish", *names, "Comments"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = CENTRE
        c.border = BOX
    ws.row_dimensions[hr].height = 45
    r = hr + 1
    acts, phase_rows = [], []
    start = dt.date(2025, 2, 10)
    owners = ["J. Harker", "S. Mistry", "P. Quinn", "A. Novak", "Vendor PM", "K. Lowe"]
    for gno, gname, items in groups:
        ws.cell(r, 1, gno).font = BOLD
        ws.cell(r, 2, gname.upper()).font = BOLD
        for ci in range(1, 15):
            ws.cell(r, ci).fill = fill("B4C6E7")
        phase_rows.append(r)
        r += 1
        for t, text in enumerate(items):
            idx = len(acts)
            lets = grid[idx]
            ws.cell(r, 1, f"{gno}.{t + 1}")
            ws.cell(r, 2, text)
            ws.cell(r, 3, owners[idx % len(owners)])
            s = start + dt.timedelta(days=9 * idx)
            ws.cell(r, 4, s).number_format = "DD-MMM-YY"
            ws.cell(r, 5, s + dt.timedelta(days=12)).number_format = "DD-MMM-YY"
            for c, lt in zip(rc, lets, strict=True):
                if lt:
                    ws[f"{c}{r}"] = plain(lt)
                ws[f"{c}{r}"].alignment = CENTRE
            colour = "FFC000" if idx in at_risk else ("D9D9D9" if idx < 5 else None)
            for ci in range(1, 15):
                ws.cell(r, ci).border = BOX
                if colour:
                    ws.cell(r, ci).fill = fill(colour)
            acts.append((r, text, lets))
            r += 1
    ws.freeze_panes = "C4"
    widths(ws, {"A": 6, "B": 40, "C": 12, "D": 11, "E": 11, **{c: 12 for c in rc}, "N": 30})
    wl = wb.create_sheet("Workload")
    wl.append(["Role", "R", "A", "C", "I", "Total"])
    for j, nm in enumerate(names):
        cnt = {x: sum(x in grid[i][j] for i in range(n_acts)) for x in "RACI"}
        wl.append([nm, cnt["R"], cnt["A"], cnt["C"], cnt["I"], sum(cnt.values())])
    widths(wl, {"A": 30})
    wb.save(HERE / fname)
    e = entry(
        sheet="RACI", roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="on sheet 'RACI' row 3: 'WBS', 'Activity', 'Owner' (person), 'Start', 'Finish', "
        "eight role names (F:M), 'Comments'",
        shape="distribution-centre automation (AGV) project RACI pack: 'Cover' sheet FIRST "
        "(title, document-control block, approvals table with names and roles, colour key); "
        "the matrix on the second sheet 'RACI' with Owner / Start / Finish columns between "
        "the activity and the roles and filled unmerged stage rows ('1' 'BUSINESS CASE & "
        "DESIGN'); COLOUR-ONLY notes: whole activity rows filled amber (= at risk) or grey "
        "(= complete), explained only by the key on the Cover sheet; 'A/R' cells; a third "
        "sheet 'Workload' with the roles as rows and R / A / C / I / Total counts (a summary, "
        "not a matrix)",
        notes="matrix on sheet 'RACI' (not the first sheet); the row colours are status notes, "
        "not letters; the Cover approvals table and the Workload counts are not the matrix; "
        "stage rows are not activities; ",
        phase_rows=phase_rows,
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 7 Catalan numeric codes

CODE = {"R": 1, "A": 2, "C": 3, "I": 4}


def wb_catalan(tmp: Path) -> Built:
    fname = "Matriu_RACI_Festa_Major_codis.xlsx"
    names = ["Regidoria de Cultura", "Comissió de Festes", "Tècnic/a de Cultura",
             "Brigada Municipal", "Policia Local", "Comunicació", "Intervenció (Hisenda)"]
    rc = cols("C", len(names))
    tasks = ["Aprovar el pressupost de la Festa Major", "Contractar orquestres i grups",
             "Programa d'actes", "Sol·licitar permisos de via pública", "Pla d'autoprotecció",
             "Muntatge d'escenaris i tarimes", "Correfoc: assegurança i permisos",
             "Cartell i difusió a xarxes", "Servei de neteja després dels actes",
             "Control d'accessos i trànsit", "Pagament a proveïdors", "Memòria i balanç final"]
    grid = gen(707, len(tasks), len(names), no_a=4, two_a=0, no_r=11)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matriu"
    ws["A1"] = "Ajuntament – Festa Major 2025: matriu de responsabilitats"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Codi:  1 = Responsable (R)   2 = Aprovador / rendeix comptes (A)   "
                "3 = Consultat (C)   4 = Informat (I)   — dos codis a la mateixa casella: «2+1»")
    ws["A3"] = "(S'utilitzen números per poder comptar les caselles amb COMPTA.SI.)"
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    hr = 5
    heads = ["Núm.", "Activitat", *names, "Data límit"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = BOLD
        c.fill = fill("F8CBAD")
        c.alignment = CENTRE
        c.border = BOX
    ws.row_dimensions[hr].height = 48
    acts = []
    shade = {1: "C6EFCE", 2: "FFC7CE", 3: "FFEB9C", 4: "DDEBF7"}
    for i, text in enumerate(tasks):
        r = hr + 1 + i
        lets = grid[i]
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, lets, strict=True):
            if len(lt) == 1:
                ws[f"{c}{r}"] = CODE[lt[0]]
                ws[f"{c}{r}"].fill = fill(shade[CODE[lt[0]]])
            elif lt:
                ws[f"{c}{r}"] = "+".join(str(CODE[x]) for x in lt)
            ws[f"{c}{r}"].alignment = CENTRE
            ws[f"{c}{r}"].border = BOX
        ws.cell(r, 10, dt.date(2025, 6, 2) + dt.timedelta(days=6 * i)).number_format = \
            "DD/MM/YYYY"
        acts.append((r, text, lets))
    widths(ws, {"A": 6, "B": 42, **{c: 12 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads="row 5: 'Núm.', 'Activitat', seven role names (C:I), 'Data límit'",
        shape="Catalan town council's Festa Major (town festival) organisation: NO letters in "
        "the grid, NUMERIC codes stored as numbers (1 = R, 2 = A, 3 = C, 4 = I) explained in "
        "the 'Codi:' line above; two roles in one cell written as text '2+1' (A+R); cells "
        "filled by code; plain Núm. 1..12; deadline dates",
        notes="codes translated by the key line: 1 R, 2 A, 3 C, 4 I; '2+1' = A+R; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 8 worked example above

def wb_fire_brigade(tmp: Path) -> Built:
    fname = "volunteer_fire_brigade_raci_with_example.xlsx"
    names = ["Brigade Chief", "Deputy Chief", "Secretary", "Treasurer", "Training Officer",
             "Equipment Officer", "Community Liaison"]
    rc = cols("C", len(names))
    tasks = ["Annual equipment audit", "Breathing-apparatus servicing", "Weekly training nights",
             "New-member recruitment drive", "Grant application for new pumper",
             "Station open day", "Incident reporting to district", "Member first-aid renewals",
             "Annual general meeting", "Insurance renewal", "Fundraising BBQ",
             "Radio and pager testing", "Smoke-alarm door-knock campaign"]
    grid = gen(808, len(tasks), len(names), no_a=5, two_a=8, no_r=6)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Glenbrook Volunteer Fire Brigade – who does what (2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "HOW TO USE THIS SHEET"
    ws["A3"].font = BOLD
    ws["A4"] = ("Put ONE letter per box. R = does it, A = signs it off (only one A per job!), "
                "C = ask them first, I = tell them after. Example:")
    grey = Font(italic=True, color="808080")
    example = [["Example job", "Chief", "Treasurer", "Secretary"],
               ["Buy new hoses", "A", "R", "I"],
               ["Book the hall", "", "C", "A/R"]]
    for i, row in enumerate(example):
        for j, v in enumerate(row):
            c = ws.cell(5 + i, 2 + j, v if v else None)
            c.font = grey
            c.border = Border(left=Side(style="dotted"), right=Side(style="dotted"),
                              top=Side(style="dotted"), bottom=Side(style="dotted"))
    ws["A9"] = "Then fill in the real table below. Ask the Secretary if unsure."
    hr = 11
    heads = ["#", "Job", *names, "Notes"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = CENTRE
        c.border = BOX
    ws.row_dimensions[hr].height = 36
    notes = {2: "Tuesdays 7pm", 4: "deadline 30 June", 9: "broker: quote by May"}
    acts = []
    for i, text in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        if i in notes:
            ws.cell(r, 10, notes[i])
        for ci in range(1, 11):
            ws.cell(r, ci).border = BOX
        acts.append((r, text, grid[i]))
    widths(ws, {"A": 5, "B": 36, **{c: 12 for c in rc}, "J": 24})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads=f"row {hr}: '#', 'Job', seven role names (C:I), 'Notes'",
        shape="volunteer fire brigade committee duties: a 'HOW TO USE THIS SHEET' block above "
        "the grid with an embedded WORKED EXAMPLE mini-table in grey italic with dotted "
        "borders (B5:E7: 'Example job' / 'Chief' / 'Treasurer' / 'Secretary', 'Buy new hoses' "
        "A R I, 'Book the hall' . C A/R) sitting in the same columns as the real role "
        "columns; the real table from row 11; Notes column; 'A/R' cells",
        notes="the worked example table (rows 5-7) is an illustration, not part of the matrix; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 9 Icelandic active filter

def wb_icelandic(tmp: Path) -> Built:
    fname = "RACI_fylki_hafnarframkvaemd.xlsx"
    names = ["Hafnarstjóri", "Verkefnastjóri", "Verkfræðistofa", "Verktaki", "Umhverfisfulltrúi",
             "Fjármálasvið", "Bæjarráð"]
    rc = cols("C", len(names))
    tasks = [
        ("Frumathugun og þarfagreining", "Lokið"), ("Umhverfismat", "Lokið"),
        ("Kostnaðaráætlun", "Lokið"), ("Samþykkt fjárheimildar", "Lokið"),
        ("Hönnun stálþils", "Í vinnslu"), ("Útboðsgögn", "Í vinnslu"),
        ("Útboð og val verktaka", "Ekki hafið"), ("Dýpkun hafnar", "Ekki hafið"),
        ("Rekstur stálþils", "Ekki hafið"), ("Þekja og lagnir", "Ekki hafið"),
        ("Öryggiseftirlit á verkstað", "Í vinnslu"), ("Upplýsingar til hagsmunaaðila", "Lokið"),
        ("Úttekt og afhending", "Ekki hafið"), ("Lokauppgjör", "Ekki hafið"),
    ]
    grid = gen(909, len(tasks), len(names), no_a=1, two_a=3, no_r=11)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Lenging Norðurgarðs – ábyrgðarfylki (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = framkvæmir, A = ber ábyrgð / samþykkir, C = haft samráð við, "
                "I = upplýstur")
    hr = 4
    heads = ["Nr.", "Verkþáttur", *names, "Staða", "Skiladagur"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = BOLD
        c.fill = fill("9BC2E6")
        c.alignment = CENTRE
        c.border = BOX
    acts = []
    for i, (text, status) in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 10, status)
        ws.cell(r, 11, dt.date(2025, 1, 15) + dt.timedelta(days=30 * i)).number_format = \
            "D.M.YYYY"
        for ci in range(1, 12):
            ws.cell(r, ci).border = BOX
        if status == "Lokið":
            ws.row_dimensions[r].hidden = True
        acts.append((r, text, grid[i]))
    last = hr + len(tasks)
    ws.auto_filter.ref = f"A{hr}:K{last}"
    ws.auto_filter.add_filter_column(9, ["Í vinnslu", "Ekki hafið"])
    ws.freeze_panes = "C5"
    widths(ws, {"A": 5, "B": 34, **{c: 13 for c in rc}, "J": 12, "K": 12})
    wb.save(HERE / fname)
    hidden = [r for (r, _, _), (_, s) in zip(acts, tasks, strict=True) if s == "Lokið"]
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads=f"row {hr}: 'Nr.', 'Verkþáttur' (work item), seven role names (C:I), 'Staða' "
        "(status), 'Skiladagur' (due date)",
        shape="Icelandic harbour authority pier extension: an ACTIVE AutoFilter on 'Staða' "
        "(showing 'Í vinnslu' and 'Ekki hafið') so the five finished ('Lokið') activities, "
        f"rows {hidden}, are HIDDEN by the filter but still in the matrix; Icelandic þ/ð/æ "
        "in heads and tasks; frozen panes at C5; legend line; 'A/R' cells",
        notes="rows hidden by the filter are activities of the matrix like the others; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 10 Latvian formula heads

def wb_latvian(tmp: Path) -> Built:
    fname = "RACI_matrica_e-veikala_ieviesana.xlsx"
    roles_tab = [("VAL", "Valdes loceklis", "A. Bērziņš"),
                 ("PV", "Projekta vadītājs", "L. Ozola"),
                 ("EKS", "E-komercijas speciālists", "M. Kalniņa"),
                 ("IT", "IT izstrādātājs", "J. Liepiņš"),
                 ("LOG", "Loģistikas vadītājs", "R. Krūmiņš"),
                 ("MRK", "Mārketinga speciālists", "Z. Vītola")]
    names = [n for _, n, _ in roles_tab]
    rc = cols("C", len(names))
    tasks = ["E-veikala platformas izvēle", "Produktu kataloga sagatavošana",
             "Maksājumu risinājuma pieslēgšana", "Piegādes partneru līgumi",
             "Noliktavas sistēmas integrācija", "Lietošanas noteikumi un privātuma politika",
             "Produktu fotogrāfijas", "Testa pasūtījumi", "Reklāmas kampaņa",
             "Klientu atbalsta process", "Atvēršanas lēmums", "Rezultātu pārskats pēc 3 mēnešiem"]
    grid = gen(1010, len(tasks), len(names), no_a=7, two_a=10, no_r=3,
            extra={(1, 2): ["R", "C"], (8, 2): ["C", "R"]})
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "E-veikala ieviešana – RACI matrica"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R – izpilda, A – atbild un apstiprina, C – konsultē, I – informē.  "
                "Lomu nosaukumi tiek ņemti no lapas „Lomas”.")
    hr = 4
    ws.cell(hr, 1, "Nr.")
    ws.cell(hr, 2, "Uzdevums")
    for j, c in enumerate(rc):
        ws[f"{c}{hr}"] = f"=Lomas!B{j + 2}"
    ws.cell(hr, 9, "Termiņš")
    for ci in range(1, 10):
        ws.cell(hr, ci).font = BOLD
        ws.cell(hr, ci).fill = fill("A9D08E")
        ws.cell(hr, ci).alignment = CENTRE
        ws.cell(hr, ci).border = BOX
    ws.row_dimensions[hr].height = 40
    acts = []
    for i, text in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = ",".join(lt) if "C" in lt else plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 9, dt.date(2025, 4, 1) + dt.timedelta(days=11 * i)).number_format = \
            "DD.MM.YYYY"
        for ci in range(1, 10):
            ws.cell(r, ci).border = BOX
        acts.append((r, text, grid[i]))
    widths(ws, {"A": 5, "B": 44, **{c: 15 for c in rc}, "I": 12})
    lo = wb.create_sheet("Lomas")
    lo.append(["Kods", "Loma", "Atbildīgā persona"])
    for row in roles_tab:
        lo.append(list(row))
    widths(lo, {"B": 28, "C": 20})
    src = tmp / "latvian.xlsx"
    wb.save(src)
    out = soffice(src, "xlsx:Calc MS Excel 2007 XML", tmp / "lo_latvian")
    shutil.copy(out, HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads=f"row {hr}: 'Nr.', 'Uzdevums', six role heads (C:H) that are FORMULAS "
        "('=Lomas!B2' ...) showing the names from the second sheet 'Lomas'; 'Termiņš' after",
        shape="Latvian retailer's online-shop launch: the role heads are formulas into a "
        "'Lomas' (roles) sheet placed after the matrix (Kods / Loma / Atbildīgā persona), "
        "cached values computed by LibreOffice; Latvian ā/ē/ī/ū/ķ/ļ/ņ/š/ž; two letters "
        "as 'R,C' / 'C,R' and 'A/R'; legend line; deadline dates",
        notes="role names are the formulas' cached values; the Lomas sheet is a role list, not "
        "a matrix; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


# ------------------------------------------------------------------ 11 Swahili double-spaced

def wb_swahili(tmp: Path) -> Built:
    fname = "Jedwali_la_RACI_kliniki_tamba.xlsx"
    names = ["Mkurugenzi", "Meneja wa Mradi", "Muuguzi Mkuu", "Afisa wa Fedha",
             "Dereva / Logistiki", "Afisa wa Jamii", "Kamati ya Afya ya Kaunti"]
    rc = cols("C", len(names))
    tasks = ["Kupata kibali cha kaunti", "Kununua gari la kliniki", "Kuajiri wauguzi",
             "Kupanga ratiba ya vijiji", "Kuhamasisha jamii", "Kununua dawa na vifaa",
             "Kuhifadhi kumbukumbu za wagonjwa", "Ripoti ya kila mwezi kwa wafadhili",
             "Matengenezo ya gari", "Tathmini ya mradi"]
    grid = gen(1111, len(tasks), len(names), no_a=2, two_a=7, no_r=9)
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Mradi wa Kliniki Tamba – Jedwali la Majukumu (RACI)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = Mtekelezaji   A = Mwenye dhamana (anaidhinisha)   C = Anashauriwa   "
                "I = Anajulishwa   ('A na R' = zote mbili)")
    hr = 4
    heads = ["Na.", "Shughuli", *names, "Tarehe"]
    for i, h in enumerate(heads):
        c = ws.cell(hr, i + 1, h)
        c.font = BOLD
        c.fill = fill("C6E0B4")
        c.alignment = CENTRE
        c.border = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
    ws.row_dimensions[hr].height = 45
    acts = []
    for i, text in enumerate(tasks):
        r = hr + 1 + 2 * i  # a blank spacer row after every activity, as printed
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = " na ".join(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        ws.cell(r, 10, dt.date(2025, 5, 5) + dt.timedelta(days=14 * i)).number_format = \
            "DD/MM/YYYY"
        for ci in range(1, 11):
            ws.cell(r, ci).border = Border(top=THICK, bottom=THICK, left=THIN, right=THIN)
        ws.row_dimensions[r + 1].height = 8
        acts.append((r, text, grid[i]))
    widths(ws, {"A": 5, "B": 40, **{c: 13 for c in rc}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads=f"row {hr}: 'Na.', 'Shughuli' (activity), seven role names (C:I), 'Tarehe'",
        shape="Kenyan NGO mobile-clinic project (Swahili): DOUBLE-SPACED grid, an empty narrow "
        "spacer row after every activity (as laid out for printing), thick borders; two "
        "letters joined with the Swahili word 'na' ('A na R'); Swahili legend line; dates",
        notes="'A na R' = A+R; the empty spacer rows are not activities; ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr, "sep": " na "}


# ------------------------------------------------------------------ 12 Filipino struck column

def wb_filipino(tmp: Path) -> Built:
    fname = "RACI_matrix_paghahanda_sa_sakuna_barangay.xlsx"
    names = ["Punong Barangay", "Kalihim ng Barangay", "BDRRM Officer", "Kagawad sa Kalusugan",
             "Barangay Tanod", "SK Chairperson"]
    removed = "Ingat-yaman (TINANGGAL – 03/2025)"
    all_cols = cols("C", len(names) + 1)  # the removed role sits at F, between the others
    rc = all_cols[:3] + all_cols[4:]
    xc = all_cols[3]
    tasks = ["Pagbuo ng Barangay DRRM Plan", "Pag-update ng hazard map",
             "Pagbili ng emergency go-bags", "Pagsasanay sa first aid",
             "Earthquake at fire drill", "Paghahanda ng evacuation center",
             "Early warning at pagpapatunog ng sirena", "Listahan ng mga bulnerableng pamilya",
             "Pag-uulat sa MDRRMO", "Pag-liquidate ng pondo ng DRRM",
             "Pagsusuri pagkatapos ng sakuna"]
    grid = gen(1212, len(tasks), len(names), no_a=3, two_a=9, no_r=10)
    old = ["A", "", "C", "I", "", "", "", "", "", "A/R", "C"]  # the removed role's old letters
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Barangay Disaster Preparedness – RACI Matrix 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("R = Gumagawa (Responsible)   A = Nananagot (Accountable)   "
                "C = Kinokonsulta (Consulted)   I = Iniuulat (Informed)")
    ws["A3"] = ("Paalala: tinanggal ang Ingat-yaman sa matrix (03/2025); ang mga gawain niya "
                "ay inilipat sa Kalihim. Iniwan ang hanay para sa kasaysayan.")
    ws["A3"].font = Font(italic=True, color="C00000")
    hr = 5
    ws.cell(hr, 1, "Blg.")
    ws.cell(hr, 2, "Gawain")
    for c, nm in zip(rc, names, strict=True):
        ws[f"{c}{hr}"] = nm
    ws[f"{xc}{hr}"] = removed
    ws.cell(hr, 10, "Petsa")
    for ci in range(1, 11):
        ws.cell(hr, ci).font = BOLD
        ws.cell(hr, ci).fill = fill("FFD966")
        ws.cell(hr, ci).alignment = CENTRE
        ws.cell(hr, ci).border = BOX
    ws[f"{xc}{hr}"].font = Font(bold=True, strike=True, color="808080")
    ws[f"{xc}{hr}"].fill = fill("EDEDED")
    ws.row_dimensions[hr].height = 45
    acts = []
    for i, text in enumerate(tasks):
        r = hr + 1 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, text)
        for c, lt in zip(rc, grid[i], strict=True):
            if lt:
                ws[f"{c}{r}"] = plain(lt)
            ws[f"{c}{r}"].alignment = CENTRE
        if old[i]:
            ws[f"{xc}{r}"] = old[i]
        ws[f"{xc}{r}"].font = Font(strike=True, color="808080")
        ws[f"{xc}{r}"].fill = fill("EDEDED")
        ws[f"{xc}{r}"].alignment = CENTRE
        ws.cell(r, 10, dt.date(2025, 4, 7) + dt.timedelta(days=10 * i)).number_format = \
            "MM/DD/YYYY"
        for ci in range(1, 11):
            ws.cell(r, ci).border = BOX
        acts.append((r, text, grid[i]))
    ws[f"{xc}{hr}"].comment = Comment("Tinanggal ayon sa Resolusyon Blg. 7, s. 2025", "Kalihim")
    widths(ws, {"A": 5, "B": 42, **{c: 14 for c in all_cols}, "J": 12})
    wb.save(HERE / fname)
    e = entry(
        sheet=None, roles=[role(c, nm) for c, nm in zip(rc, names, strict=True)], acts=acts,
        heads=f"row {hr}: 'Blg.', 'Gawain', role names in C:E and G:I; column F is a REMOVED "
        f"role '{removed}' struck through in grey; 'Petsa' after",
        shape="Philippine barangay (village) disaster-preparedness plan (Filipino/Tagalog with "
        "English in the legend): a role column REMOVED but kept for history — head "
        f"'{removed}' and its old letters all struck through in grey on a grey fill, with a "
        "red italic note above the grid and a comment on the head saying it was removed and "
        "its tasks moved to the Kalihim; 'A/R' cells; MM/DD/YYYY dates",
        notes="the struck-through column F is not a role (its letters are not part of the "
        "matrix); ",
        phase_rows=[],
    )
    return fname, e, {"name_col": "B", "head_row": hr}


BUILDERS: list[Callable[[Path], Built]] = [
    wb_japanese_csv,
    wb_consortium,
    wb_slovak,
    wb_estonian,
    wb_google,
    wb_warehouse,
    wb_catalan,
    wb_fire_brigade,
    wb_icelandic,
    wb_latvian,
    wb_swahili,
    wb_filipino,
]


# ------------------------------------------------------------------ read-back check

def grid_xlsx(path: Path, sheet: str | None, expand: bool) -> dict[tuple[int, str], str]:
    wb = load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    out = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and str(c.value) != "":
                out[(c.row, c.column_letter)] = str(c.value)
    if expand:
        for rng in ws.merged_cells.ranges:
            top = out.get((rng.min_row, get_column_letter(rng.min_col)))
            for r in range(rng.min_row, rng.max_row + 1):
                for ci in range(rng.min_col, rng.max_col + 1):
                    if top is not None:
                        out[(r, get_column_letter(ci))] = top
    return out


def read_grid(path: Path, sheet: str | None, tmp: Path,
              cfg: dict[str, Any]) -> dict[tuple[int, str], str]:
    expand = bool(cfg.get("expand_merged"))
    if path.suffix == ".csv":
        raw = path.read_bytes()
        assert b"\r\n" in raw
        rows = list(csv.reader(io.StringIO(raw.decode("cp932"), newline="")))
        return {(i + 1, get_column_letter(j + 1)): v for i, fs in enumerate(rows)
                for j, v in enumerate(fs) if v != ""}
    if path.suffix == ".ods":
        d = tmp / ("back_" + path.stem)
        d.mkdir()
        src = d / "x.ods"
        shutil.copy(path, src)
        return grid_xlsx(soffice(src, "xlsx", d), sheet, expand)
    return grid_xlsx(path, sheet, expand)


NUM = {"1": "R", "2": "A", "3": "C", "4": "I"}


def decode(raw: str, cfg: dict[str, Any]) -> list[str]:
    s = unicodedata.normalize("NFKC", raw).replace("・", "/").strip()
    for junk in ("(hlavný)", "(podľa potreby)", "(lead)", "*"):
        s = s.replace(junk, "")
    s = s.strip()
    if not s:
        return []
    if cfg.get("sep"):
        s = s.replace(cfg["sep"], "/")
    toks = [t.strip() for t in s.replace(",", "/").replace("+", "/").split("/")]
    out = []
    for t in toks:
        t = NUM.get(t, t.upper() if len(t) == 1 else t)
        assert t in ("R", "A", "C", "I"), (raw, t)
        out.append(t)
    return out


def check(fname: str, e: dict[str, Any], cfg: dict[str, Any], tmp: Path) -> None:
    g = read_grid(HERE / fname, e["sheet"], tmp, cfg)
    n_letters = 0
    if cfg.get("transposed"):
        for ro in e["roles"]:
            assert g.get((ro["col"], cfg["head_col"])) == ro["name"], (fname, ro)
        for a in e["activities"]:
            assert g.get((cfg["name_row"], a["row"])) == a["name"], (fname, a["name"])
            for i, ro in enumerate(e["roles"]):
                got = decode(g.get((ro["col"], a["row"]), ""), cfg)
                assert got == a["letters"].get(str(i), []), (fname, a["name"], ro["name"], got)
                n_letters += len(got)
    else:
        hr = cfg["head_row"]
        for ro in e["roles"]:
            assert g.get((hr, ro["col"])) == ro["name"], (fname, ro, g.get((hr, ro["col"])))
        act_rows = set()
        for a in e["activities"]:
            r = a["row"]
            act_rows.add(r)
            assert g.get((r, cfg["name_col"])) == a["name"], (fname, r, g.get((r, "B")))
            for i, ro in enumerate(e["roles"]):
                got = decode(g.get((r, ro["col"]), ""), cfg)
                assert got == a["letters"].get(str(i), []), (fname, r, ro["col"], got, a)
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
    # shape features that the truth relies on
    if fname.startswith("RACI_fylki"):
        ws = load_workbook(HERE / fname).active
        hidden = [r for r, d in ws.row_dimensions.items() if d.hidden]
        assert len(hidden) == 5 and ws.auto_filter.ref, hidden
    if fname.endswith(".xlsm"):
        ws = load_workbook(HERE / fname, keep_vba=True).active
        assert ws.column_dimensions["M"].hidden, "hidden check column"
    if fname.startswith("RACI_maatriks"):
        d = tmp / "merges"
        d.mkdir()
        shutil.copy(HERE / fname, d / "m.ods")
        ws = load_workbook(soffice(d / "m.ods", "xlsx", d)).active
        vert = [m for m in ws.merged_cells.ranges if m.min_col == m.max_col]
        assert len(vert) == 4, vert
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
