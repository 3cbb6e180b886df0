"""Importing the RACI workbooks people already have, in their variety."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from raci.cli import main
from raci.errors import RaciError
from raci.excel.importer import ImportPlan, import_workbook, read_workbook
from raci.excel.sheets import STRICT_NAMESPACES
from raci.service import ProjectService


def book(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]], *,
         origin: tuple[int, int] = (1, 1), merges: dict[str, list[str]] | None = None,
         name: str = "in.xlsx") -> Path:
    """Write a workbook whose sheets hold the given rows, starting at origin (row, col)."""
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value is not None:
                    ws.cell(origin[0] + i, origin[1] + j, value)
        for rng in (merges or {}).get(title, []):
            ws.merge_cells(rng)
    path = tmp_path / name
    wb.save(path)
    return path


def matrix(plan: ImportPlan) -> dict[str, dict[str, str]]:
    """{activity: {role name: letters}} of a plan, letters sorted."""
    return {
        a.name: {plan.roles[j].name: "".join(sorted(v)) for j, v in a.cells.items()}
        for a in plan.activities
    }


def test_header_below_title_rows_and_not_in_column_a(tmp_path: Path) -> None:
    rows = [
        ["Website relaunch RACI"], ["Owner: Dana"], [],
        ["Task", "Marketing Lead", "Dev Lead", "CEO"],
        ["Brief", "A/R", "C", "I"],
        ["Build site", "I", "A/R", None],
    ]
    plan = read_workbook(book(tmp_path, {"Sheet1": rows}, origin=(2, 3)))
    assert plan.header_row == 5
    assert [r.name for r in plan.roles] == ["Marketing Lead", "Dev Lead", "CEO"]
    assert matrix(plan) == {
        "Brief": {"Marketing Lead": "AR", "Dev Lead": "C", "CEO": "I"},
        "Build site": {"Marketing Lead": "I", "Dev Lead": "AR"},
    }
    assert plan.title == "Website relaunch RACI"


def test_id_and_phase_columns_and_numbered_names(tmp_path: Path) -> None:
    rows = [
        ["#", "Phase", "Activity", "PM", "Engineering"],
        [1, "Plan", "1. Scope", "A", "R"],
        [2, "Plan", "2) Estimate", "C", "A/R"],
        ["3.1", "Build", "3.1 Risk assessment", "A", "R"],
    ]
    plan = read_workbook(book(tmp_path, {"RACI": rows}))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Scope", "Plan"), ("Estimate", "Plan"), ("Risk assessment", "Build")
    ]
    assert any("removed the numbering" in n for n in plan.notes)


def test_phase_band_rows_merged_and_empty_rows_columns(tmp_path: Path) -> None:
    rows = [
        ["Activity", None, "Product Owner", "Scrum Master", "Dev Team"],
        ["Discovery", None, None, None, None],
        ["Interview users", None, "A/R", None, "C"],
        [None, None, None, None, None],
        ["Delivery", None, None, None, None],
        ["Sprint planning", None, "A", "R", "R"],
    ]
    plan = read_workbook(book(tmp_path, {"S": rows}, merges={"S": ["A2:E2", "A5:E5"]}))
    assert [(a.name, a.phase) for a in plan.activities] == [
        ("Interview users", "Discovery"), ("Sprint planning", "Delivery")
    ]
    assert [r.name for r in plan.roles] == ["Product Owner", "Scrum Master", "Dev Team"]


def test_people_columns_legend_below_and_beside_placeholders(tmp_path: Path) -> None:
    rows = [
        ["Activity", "Anna Berg", "Jonas Weber", None, None, "Key", None],
        ["Budget", "A", "R", None, None, "R", "Responsible"],
        ["Hiring", "R/A", "C", None, None, "A", "Accountable"],
        ["...", None, None],
        ["TBD", None, None],
        [],
        ["R: Responsible"],
        ["A: Accountable"],
    ]
    plan = read_workbook(book(tmp_path, {"S": rows}))
    assert [a.name for a in plan.activities] == ["Budget", "Hiring"]
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Anna Berg", ["Anna Berg"]), ("Jonas Weber", ["Jonas Weber"])
    ]
    notes = "\n".join(plan.notes + plan.skipped)
    assert "look like people" in notes
    assert "placeholder" in notes
    assert "A7:A8: a legend of the letters" in notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A/R", "AR"), ("R/A", "AR"), ("RA", "AR"), ("a, r", "AR"), (" C / I ", "CI"),
     ("R (A)", "AR"), ("N", ""), ("-", ""), ("n/a", ""), ("", "")],
)
def test_letter_spellings(tmp_path: Path, text: str, expected: str) -> None:
    rows = [["Activity", "Lead", "Team"], ["Work", text, "R"], ["Other", "A", "R"]]
    plan = read_workbook(book(tmp_path, {"S": rows}))
    assert matrix(plan)["Work"].get("Lead", "") == expected


def test_other_languages_and_several_sheets(tmp_path: Path) -> None:
    notes = [["Notizen"], ["irgendwas"], ["noch etwas"]]
    grid = [["Nr.", "Tätigkeit", "Projektleiter", "Entwickler", "Kunde"],
            [1, "Anforderungen", "A", "R", "C"],
            [2, "Umsetzung", "I", "A/R", None]]
    path = book(tmp_path, {"Notizen": notes, "Matrix": grid, "Leer": []})
    plan = read_workbook(path)
    assert plan.sheet == "Matrix"
    assert [a.name for a in plan.activities] == ["Anforderungen", "Umsetzung"]
    assert any("chose sheet 'Matrix'" in n for n in plan.notes)
    assert any(n.startswith("not chosen: sheet 'Notizen' has no RACI grid") for n in plan.notes)
    assert any(n.startswith("not chosen: sheet 'Leer'") for n in plan.notes)
    with pytest.raises(RaciError, match="sheet 'Notizen' has no RACI grid"):
        read_workbook(path, sheet="Notizen")
    with pytest.raises(RaciError, match="no sheet named 'Nope'; sheets: Notizen, Matrix, Leer"):
        read_workbook(path, sheet="Nope")


@pytest.mark.parametrize(
    ("cells", "scheme"),
    [(("A", "R", "S"), "RASCI"), (("A", "R", "V", "S"), "RACI-VS"), (("A", "D", "C"), "DACI"),
     (("A", "R", "O"), "CAIRO"), (("A", "R", "C"), "RACI")],
)
def test_scheme_detected(tmp_path: Path, cells: tuple[str, ...], scheme: str) -> None:
    roles = [f"Role {c}{i}" for i, c in enumerate(cells)]
    rows = [["Activity", *roles], ["Work", *cells]]
    assert read_workbook(book(tmp_path, {"S": rows})).scheme == scheme


def test_strict_open_xml(tmp_path: Path) -> None:
    rows = [["Activity", "Owner Team", "Build Team"], ["Ship", "A", "R"]]
    path = book(tmp_path, {"S": rows})
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            for strict, transitional in STRICT_NAMESPACES.items():
                data = data.replace(transitional, strict)
            dst.writestr(info, data)
    strict = tmp_path / "strict.xlsx"
    strict.write_bytes(out.getvalue())
    with zipfile.ZipFile(strict) as zf:
        assert b"purl.oclc.org" in zf.read("xl/workbook.xml")
    assert matrix(read_workbook(strict)) == {"Ship": {"Owner Team": "A", "Build Team": "R"}}


def test_a_cell_that_is_not_letters_names_sheet_and_cell(tmp_path: Path) -> None:
    rows = [["Activity", "Lead", "Team"], ["Work", "A", "R"], ["More", "A", "R"],
            ["Other", "Maybe later", "R"]]
    path = book(tmp_path, {"Grid": rows})
    plan = read_workbook(path, sheet="Grid")
    assert "Grid!B4 'Maybe later': no letters, text kept as the cell's note" in plan.summary()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old binary Excel (.xls)"),
        (b"Activity,PM,Dev\nPlan,A,R\n", "text file, not an Excel workbook; a table saved as "
         "text imports when its name ends in .csv"),
        (b"\x00\x01\x02\x03binary", "not an Excel workbook"),
    ],
)
def test_not_a_workbook(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(RaciError, match=re.escape(expected)):
        read_workbook(path)


def test_zip_that_is_not_a_workbook_and_size_limit(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(RaciError, match="no xl/workbook.xml"):
        read_workbook(path)
    good = book(tmp_path, {"S": [["Activity", "Lead"], ["Work", "A/R"]]})
    monkeypatch.setattr("raci.excel.sheets.MAX_DECOMPRESSED", 1000)
    with pytest.raises(RaciError, match="MB limit"):
        read_workbook(good)
    monkeypatch.setattr("raci.excel.sheets.MAX_DECOMPRESSED", 10**9)
    monkeypatch.setattr("raci.excel.sheets.MAX_CELLS", 3)
    with pytest.raises(RaciError, match="more than the 3 filled cells"):
        read_workbook(good, sheet="S")


def test_nothing_written_when_import_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    target = tmp_path / "out.raci"
    with pytest.raises(RaciError):
        import_workbook(bad, target)
    assert list(tmp_path.iterdir()) == [bad]


def test_user_text_with_formula_arrives_as_text(tmp_path: Path) -> None:
    rows = [["Activity", "Lead", "Team"], ['=HYPERLINK("http://x","click")', "A", "R"]]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v).data_type = "s"
    path = tmp_path / "t.xlsx"
    wb.save(path)
    plan = read_workbook(path)
    assert plan.activities[0].name == '=HYPERLINK("http://x","click")'


def test_cli_import_then_validate_reports_exactly_the_grid_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["Activity", "PM", "Tech Lead", "QA"],
            ["Vision", "A", "A/R", "I"],       # two A's
            ["Test plan", "A", "C", "C"],      # no R
            ["Release", "A", "R", "C"]]
    path = book(tmp_path, {"RACI": rows})
    out = tmp_path / "imported.raci"
    assert main(["import", str(path), str(out)]) == 0
    summary = capsys.readouterr().out
    assert "sheet 'RACI', header row 1" in summary
    assert main(["validate", str(out), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(f["rule"], f["activity"]) for f in report["findings"]] == [
        ("multiple-accountable", "Vision"), ("missing-responsible", "Test plan")
    ]
    assert main(["import", str(path), str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_imported_project_is_usable(tmp_path: Path) -> None:
    rows = [["Activity", "Product Owner", "Scrum Master"], ["Backlog", "A/R", "I"]]
    out = tmp_path / "p.raci"
    import_workbook(book(tmp_path, {"S": rows}), out)
    service = ProjectService.open(out)
    try:
        assert [r.code for r in service.state().roles] == ["PO", "SM"]
    finally:
        service.close()


def test_xml_entity_bombs_are_refused(tmp_path: Path) -> None:
    from openpyxl import xml

    assert xml.DEFUSEDXML, "openpyxl must parse workbooks through defusedxml"
    good = book(tmp_path, {"S": [["Activity", "Lead"], ["Work", "A/R"]]})
    bomb = tmp_path / "bomb.xlsx"
    entity = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = entity + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
            dst.writestr(info, data)
    with pytest.raises(RaciError, match="refused for safety"):
        read_workbook(bomb)


@pytest.mark.parametrize(("name", "content"), [
    ("grid.csv", "Activity,Lead,Crew\r\nPlan the work,A,R\r\nBuild it,R,\"A, C\"\r\n"
     .encode("utf-8-sig")),
    ("grid.csv", "Activity;Lead;Crew\nPlan the work;A;R\nBuild it;R;A/C\n".encode("cp1252")),
    ("grid.tsv", b"Activity\tLead\tCrew\nPlan the work\tA\tR\nBuild it\tR\tA/C\n"),
    ("grid.txt", "Activity|Lead|Crew\nPlan the work|A|R\nBuild it|R|A/C\n".encode("utf-16")),
])
def test_a_matrix_saved_as_text_is_read_as_one_sheet(tmp_path: Path, name: str,
                                                      content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    plan = read_workbook(path)
    assert plan.sheet == "grid"
    assert [r.name for r in plan.roles] == ["Lead", "Crew"]
    assert {a.name: {plan.roles[j].name: "".join(sorted(v)) for j, v in a.cells.items()}
            for a in plan.activities} == {"Plan the work": {"Lead": "A", "Crew": "R"},
                                          "Build it": {"Lead": "R", "Crew": "AC"}}


def test_windows_text_and_formula_guards_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "Équipe.csv"
    path.write_bytes("Tâche;Chef;Développeur\n'=Prévoir;A;R\nCoder;R;A\n".encode("cp1252"))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Chef", "Développeur"]
    assert [a.name for a in plan.activities] == ["=Prévoir", "Coder"]


def test_a_csv_export_imports_again(tmp_path: Path) -> None:
    from raci.cli import main as cli
    source = book(tmp_path, {"S": [["Activity", "Lead", "Crew"], ["Plan", "A", "R"],
                                   ["Build", "R", "A/C"]]})
    assert cli(["import", str(source), str(tmp_path / "a.raci")]) == 0
    assert cli(["export", str(tmp_path / "a.raci"), str(tmp_path / "a.csv")]) == 0
    plan = read_workbook(tmp_path / "a.csv")
    assert [a.name for a in plan.activities] == ["Plan", "Build"]
    assert [sorted(a.cells.values(), key=sorted) for a in plan.activities] == [
        [frozenset("A"), frozenset("R")], [frozenset("AC"), frozenset("R")]]
    assert "column A holds numbering; not imported" in plan.notes


def test_a_csv_export_keeps_its_role_names_and_codes_apart(tmp_path: Path) -> None:
    """The CSV export heads each role 'Name (CODE)' (the code alone where it is the name);
    importing it again gave roles named 'Name (CODE)': the names and codes come back."""
    from raci.excel.export import export_csv

    service = ProjectService.create(tmp_path / "a.raci", "Kiln rota")
    roles = [("Kiln Master", "KM"), ("Glaze Mixer", "GLZ"), ("OPS", "OPS"),
             ("Safety Officer 2", "SO2")]
    ids = [service.add_role(name, code) for name, code in roles]
    firing = service.add_activity("Load the kiln")
    service.set_cell(firing, ids[0], "A")
    service.set_cell(firing, ids[2], "R")
    export_csv(service.state(), tmp_path / "a.csv")
    service.close()
    plan = read_workbook(tmp_path / "a.csv")
    assert [(r.name, r.code) for r in plan.roles] == roles
    assert [a.name for a in plan.activities] == ["Load the kiln"]
    assert "row 1: each role heading is 'Name (CODE)'" in "\n".join(plan.notes)


@pytest.mark.parametrize("heads", [
    ["Chair (BOARD)", "Chair (IT)", "Clerk"],  # the brackets tell two roles apart
    ["Lead (Paris)", "Crew (BER)"],  # not a code: a word in brackets
])
def test_bracketed_headings_that_are_not_codes_stay_whole(tmp_path: Path,
                                                          heads: list[str]) -> None:
    path = tmp_path / "grid.csv"
    path.write_text(",".join(["Activity", *heads]) + "\nPlan the work," +
                    ",".join(["A"] + ["R"] * (len(heads) - 1)) + "\n", encoding="utf-8")
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == heads


def test_one_line_in_windows_1252_keeps_the_accents_of_the_others(tmp_path: Path) -> None:
    path = tmp_path / "grid.csv"
    path.write_bytes("Tâche,Chef,Équipe\nPréparer,A,R\n".encode()
                     + "Réviser,R,A\n".encode("cp1252"))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Chef", "Équipe"]
    assert [a.name for a in plan.activities] == ["Préparer", "Réviser"]


def test_a_cyrillic_csv_from_windows_is_read_in_its_code_page(tmp_path: Path) -> None:
    """Excel on a Cyrillic Windows saves CSV in Windows-1251: its letters are all bytes
    beyond ASCII, which Windows-1252 would read as Western accented letters."""
    path = tmp_path / "grid.csv"
    text = "Задача;Керівник;Бригада\r\nПлан робіт;A;R\r\nЗбірка;R;A\r\n"
    path.write_bytes(text.encode("cp1251"))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Керівник", "Бригада"]
    assert [a.name for a in plan.activities] == ["План робіт", "Збірка"]


@pytest.mark.parametrize(("page", "rows", "said"), [
    ("cp932", [["工程", "営業課長", "品質管理室"], ["見積書の作成", "Ａ", "Ｒ"],
               ["出荷前の検査", "C", "Ａ・Ｒ"]], "Japanese"),
    ("cp949", [["업무", "영업팀장", "품질관리팀"], ["견적서 작성", "A", "R"],
               ["출하 전 검사", "C", "A/R"]], "Korean"),
    ("gbk", [["工作", "销售经理", "质检部"], ["编写报价单", "A", "R"],
             ["出货前检验", "C", "A/R"]], "Simplified Chinese"),
    ("cp950", [["工作", "銷售經理", "品管部"], ["編寫報價單", "A", "R"],
               ["出貨前檢驗", "C", "A/R"]], "Traditional Chinese"),
    ("cp1250", [["Zadanie", "Kierownik sprzedaży", "Księgowość"],
                ["Przygotować ofertę", "A", "R"], ["Sprawdzić dostawę", "C", "A/R"]],
     "Central European"),
    ("cp1250", [["Úkol", "Vedoucí stavby", "Účetní"], ["Zajištění povolení", "A", "R"],
                ["Přepočet rozpočtu", "C", "A/R"]], "Central European"),
    ("cp1253", [["Εργασία", "Διευθυντής έργου", "Λογιστήριο"], ["Σύνταξη προσφοράς", "A", "R"],
                ["Έλεγχος παράδοσης", "C", "A/R"]], "Greek"),
    ("cp1255", [["משימה", "מנהל מכירות", "הנהלת חשבונות"], ["הכנת הצעת מחיר", "A", "R"],
                ["בדיקת משלוח", "C", "A/R"]], "Hebrew"),
    ("cp1256", [["المهمة", "مدير المبيعات", "المحاسبة"], ["إعداد عرض السعر", "A", "R"],
                ["فحص الشحنة", "C", "A/R"]], "Arabic"),
    ("cp874", [["งาน", "ผู้จัดการฝ่ายขาย", "ฝ่ายบัญชี"], ["จัดทำใบเสนอราคา", "A", "R"],
               ["ตรวจสอบการจัดส่ง", "C", "A/R"]], "Thai"),
])
def test_a_csv_saved_in_the_code_page_of_its_language_is_read_in_it(
        tmp_path: Path, page: str, rows: list[list[str]], said: str) -> None:
    """Excel saves CSV in the code page of its Windows: Shift_JIS on a Japanese one (full-
    width letters as the input method types them, two joined by a middle dot), code page
    949, 936 or 950 on a Korean or Chinese one, Windows-1250 in Central Europe, 1253,
    1255, 1256 or 874 for Greek, Hebrew, Arabic or Thai. Each is read in its own, and the
    summary says which."""
    path = tmp_path / "grid.csv"
    lines = ["品目一覧 / list", ""] if page == "cp932" else []
    path.write_bytes("\r\n".join(lines + [",".join(row) for row in rows]).encode(page))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == rows[0][1:]
    assert [a.name for a in plan.activities] == [rows[1][0], rows[2][0]]
    assert {plan.roles[j].name: "".join(sorted(v))
            for j, v in plan.activities[1].cells.items()} == {rows[0][1]: "C",
                                                              rows[0][2]: "AR"}
    assert any(note.startswith(f"the text is read as {said}") for note in plan.notes)


@pytest.mark.parametrize(("page", "rows", "said"), [
    ("cp874", [["งาน", "ผู้จัดการ", "นักบัญชี", "วิศวกร"], ["จัดทำงบประมาณ", "A", "R", "C"],
               ["สั่งชิ้นส่วน", "R", "A", ""], ["ตรวจสอบคุณภาพ", "R", "A", "I"]], "Thai"),
    ("cp1251", [["задача", "руководитель", "бухгалтер", "инженер"],
                ["подготовить бюджет", "A", "R", "C"], ["заказать детали", "R", "A", ""],
                ["проверить качество", "R", "A", "I"], ["сдать отчёт", "A", "R", ""]],
     "Cyrillic"),
])
def test_a_csv_in_a_script_code_page_is_read_in_it_marks_and_lower_case_alike(
        tmp_path: Path, page: str, rows: list[list[str]], said: str) -> None:
    """Thai vowel and tone marks between its letters are parts of words, not symbols (the
    text read as Arabic had as many); a Russian table written all in small letters, 'ё'
    among them, is no Greek one (where 'ё' is a capital inside a word)."""
    path = tmp_path / "grid.csv"
    path.write_bytes("\r\n".join(",".join(row) for row in rows).encode(page))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == rows[0][1:]
    assert [a.name for a in plan.activities] == [row[0] for row in rows[1:]]
    assert any(note.startswith(f"the text is read as {said}") for note in plan.notes)


def test_a_report_exported_in_iso_8859_3_is_read_in_it(tmp_path: Path) -> None:
    """An older records system exports Maltese text in ISO-8859-3 (Latin-3), bars between
    the values and '#' lines around them: its 'ħ' is '±' in Windows-1250 and -1252, a
    symbol inside a word, so the text reads best in Latin-3."""
    text = ("# Rapport tal-ħidma - ġabra ta' kompiti\n#\n"
            "Nru|Ħidma|Kap tal-Ħaddiema|Uffiċjal tax-Xiri|Teżorier\n"
            "1|Tħejjija tal-baġit|A|C|R\n2|Xiri tal-għodda|C|A/R|I\n"
            "3|Ħlas lill-fornituri|I|R|A\n# Tmiem - 3 rekords\n")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("iso8859_3"))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Kap tal-Ħaddiema", "Uffiċjal tax-Xiri",
                                            "Teżorier"]
    assert [a.name for a in plan.activities] == ["Tħejjija tal-baġit", "Xiri tal-għodda",
                                                 "Ħlas lill-fornituri"]
    assert any(note.startswith("the text is read as South European (ISO-8859-3")
               for note in plan.notes)


@pytest.mark.parametrize(("page", "lines", "said"), [
    ("cp1252", ["Tâche;Responsable ±1 j;Équipe", "Préparer «le» devis;A;R",
                "Réviser ¿qué? ©2024;R;A"], "Western"),
    ("cp1252", ["Aufgabe;Größe±Toleranz;Prüfer", "Maße prüfen;A;R", "Übergabe;R;A"],
     "Western"),
    ("cp1252", ["Tarefa;Coordenação;Ação", "Verificação;A;R", "Conclusão;R;A"], "Western"),
    ("cp1252", ["Aufgabe;Leiter;Prüfer", "Abweichung Soll±Ist prüfen;A;R",
                "Budget Plan±Ist;R;A"], "Western"),
    ("cp1252", ["Tâche;Chef±Adjoint;Équipe«Projet»", "Préparer le devis;A;R",
                "Réviser l'offre;R;A"], "Western"),
    ("cp1250", ["Zadanie;Księgowość;Kierownik", "Łączenie;A;R", "Żółć gęślą;R;A"],
     "Central European"),
    ("cp1250", ["Úkol;Účetní;Vedoucí", "Zajištění povolení;A;R", "Přepočet;R;A"],
     "Central European"),
])
def test_a_windows_text_is_never_read_as_iso_8859_3(tmp_path: Path, page: str,
                                                     lines: list[str], said: str) -> None:
    """Latin-3 is chosen only where both Windows code pages read symbols inside words
    ('±las'): Western and Central European texts keep their own code page, symbols such as
    '±', '«' or '©' among their words too."""
    path = tmp_path / "grid.csv"
    path.write_bytes("\r\n".join(lines).encode(page))
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == lines[0].split(";")[1:]
    assert [a.name for a in plan.activities] == [line.split(";")[0] for line in lines[1:]]
    assert any(note.startswith(f"the text is read as {said}") for note in plan.notes)


def test_a_western_csv_with_typographic_quotes_stays_western(tmp_path: Path) -> None:
    """Curly apostrophes in a Windows-1252 text are single bytes that a two-byte code page
    would take with the letter after them: alone in Latin words, they are no East Asian
    text."""
    path = tmp_path / "grid.csv"
    path.write_bytes("Task,Lead,Crew\r\nIt’s the plan,A,R\r\nWe’re set,R,A\r\n"
                     "Café’s sign,C,R\r\n".encode("cp1252"))
    plan = read_workbook(path)
    assert [a.name for a in plan.activities] == ["It’s the plan", "We’re set", "Café’s sign"]


@pytest.mark.parametrize("end", ["\r", "\n"])
def test_a_csv_saved_by_excel_for_mac_is_read_in_mac_roman(tmp_path: Path, end: str) -> None:
    """Excel for Mac's 'CSV (Macintosh)' writes Mac Roman, where the small accented letters
    are bytes Windows-1252 reads as capitals and quotes ('Prüfer' as 'PrŸfer'), and ends
    each line with a carriage return alone: a title line and a legend whose commas are no
    separator read as in any other table, and the summary names the code page."""
    lines = ["Plan för die Renovéierung – Stand 03.02.2026;;;", ";;;",
             "Nr.;Aufgab;Bürgermeeschter;Schäfferot;Architekt",
             "1;Offer préiwen;A;R;C", "2;Plang zeechnen;I;A;R", "3;Ëmsetzung kontrolléieren;C;;A",
             ";;;", "Legend: R = mécht et, A = entscheet, C = gëtt gefrot;;;"]
    path = tmp_path / "plan.csv"
    path.write_bytes(end.join(lines).encode("mac_roman") + end.encode())
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Bürgermeeschter", "Schäfferot", "Architekt"]
    assert [a.name for a in plan.activities] == ["Offer préiwen", "Plang zeechnen",
                                                 "Ëmsetzung kontrolléieren"]
    assert {plan.roles[j].name: "".join(sorted(v))
            for j, v in plan.activities[2].cells.items()} == {"Bürgermeeschter": "C",
                                                              "Architekt": "A"}
    assert any(note.startswith("the text is read as Western (Mac Roman")
               for note in plan.notes)


def test_a_utf8_csv_with_a_carriage_return_alone_at_each_line_end(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("Roof repair, spring 2026;;\r;;\rJob;Warden;Builder\rStrip tiles;A;R\r"
                    "Fit new tiles;I;A/R\r;;\rKey: R = does it, A = answers for it;;\r",
                    encoding="utf-8", newline="")
    plan = read_workbook(path)
    assert [r.name for r in plan.roles] == ["Warden", "Builder"]
    assert [a.name for a in plan.activities] == ["Strip tiles", "Fit new tiles"]


def test_a_text_table_that_is_not_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "grid.csv"
    path.write_bytes(b"Activity,Lead\x00\x01,\xff\xfe")
    with pytest.raises(RaciError, match=re.escape(f"{path}: ")):
        read_workbook(path)

