"""The Excel export: structure, live formulas, safety against formula injection, LibreOffice."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from raci.checks import RULES
from raci.cli import main
from raci.excel.export import (
    FIRST_ROLE_COL,
    FIRST_ROW,
    HEADER_ROW,
    PAGE_HEIGHT_CM,
    export_csv,
    export_xlsx,
    lines_needed,
)
from raci.excel.importer import import_workbook, read_workbook
from raci.palette import LETTER_FILLS
from raci.service import ProjectService

PDFTOPPM = shutil.which("pdftoppm")


@pytest.fixture
def exported(staffed: ProjectService, tmp_path: Path) -> Path:
    out = tmp_path / "matrix.xlsx"
    export_xlsx(staffed.state(), out)
    return out


def test_sheets_title_header_and_cells(exported: Path, staffed: ProjectService) -> None:
    wb = load_workbook(exported)
    assert wb.sheetnames == ["RACI", "People", "Workload", "Findings", "Legend"]
    ws = wb["RACI"]
    assert ws["A1"].value == "Test project"
    assert "RACI" in ws["A3"].value
    headers = [ws.cell(HEADER_ROW, c).value for c in range(1, 8)]
    assert headers[:3] == ["ID", "Phase", "Activity"]
    assert headers[3] == "Product Manager (PM)\nAnn Lee"
    assert headers[4] == "Technical Product Manager (TPM)\nRaj Patel"
    assert headers[6] == "Check"
    assert [ws.cell(FIRST_ROW + i, 3).value for i in range(3)] == [
        "Product vision", "Technical oversight", "Release plan"
    ]
    assert ws.cell(FIRST_ROW, FIRST_ROLE_COL).value == "A/R"
    assert ws.freeze_panes == "D6"
    assert ws.row_dimensions[FIRST_ROW].outline_level == 1  # phases fold as outline groups
    assert ws.row_dimensions[FIRST_ROW + 2].outline_level == 1
    assert ws.auto_filter.ref == "A5:G8"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$5:$5"
    assert wb.properties.creator == "RACI Planner"
    assert "Test project" in wb.properties.title


def test_colours_and_dropdowns_are_live_rules(exported: Path) -> None:
    ws = load_workbook(exported)["RACI"]
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    formulas = " ".join(r.formula[0] for r in rules)
    for letter in "ARCI":
        assert f'SEARCH("{letter}"' in formulas
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    assert validations[0].formula1 == '"A,R,C,I,A/R"'
    assert "D6:F8" in str(validations[0].sqref)


def test_letter_cells_carry_their_colour(exported: Path) -> None:
    """Readers without conditional formats still see each cell in its strongest letter's colour."""
    ws = load_workbook(exported)["RACI"]
    fills = {}
    for row in ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 2,
                            min_col=FIRST_ROLE_COL, max_col=FIRST_ROLE_COL + 2):
        for cell in row:
            if cell.value:
                fills[cell.value] = cell.fill.fgColor.rgb[-6:]
    assert fills == {"A/R": LETTER_FILLS["A"], "A": LETTER_FILLS["A"], "R": LETTER_FILLS["R"],
                     "C": LETTER_FILLS["C"], "I": LETTER_FILLS["I"]}


def test_letter_rules_come_before_the_catch_all_rule(exported: Path) -> None:
    """LibreOffice applies only the first rule that holds: the letters must come first."""
    ws = load_workbook(exported)["RACI"]
    (area,) = [cf for cf in ws.conditional_formatting if "D6" in str(cf.sqref)]
    rules = sorted(area.rules, key=lambda r: r.priority)
    assert [r.formula[0][:len('ISNUMBER(SEARCH("A"')] for r in rules] == [
        f'ISNUMBER(SEARCH("{code}"' for code in "ARCI"] + ["TRUE"]
    assert all(r.stopIfTrue for r in rules[:-1])


def test_people_workload_findings_legend(exported: Path) -> None:
    wb = load_workbook(exported)
    people = [[c.value for c in row] for row in wb["People"].iter_rows(min_row=2)]
    assert ["Ann Lee", "ann@example.org", "Director", "Product Manager"] in people
    legend = [r[:2] for r in wb["Legend"].iter_rows(min_row=2, max_row=14, values_only=True)]
    assert legend == [("A", "Accountable"), ("R", "Responsible"), ("C", "Consulted"),
                      ("I", "Informed"), (None, None), ("Check", "Limit"),
                      ("Overload", 12), ("Most responsible", 3), ("Most consulted", 4),
                      (None, None), ("No.", "Activities"), (1, 1), (2, 2)]
    phases = [r[2] for r in wb["Legend"].iter_rows(min_row=13, max_row=15, values_only=True)]
    assert phases == ["Strategy", "Build", None]
    roles = [r[:2] for r in wb["Legend"].iter_rows(min_row=16, values_only=True)]
    assert roles == [("Code", "Role"), ("PM", "Product Manager"),
                     ("TPM", "Technical Product Manager"), ("ENG", "Engineering Lead")]


def test_workload_counts_each_activity_once_under_its_strongest_letter(exported: Path) -> None:
    ws = load_workbook(exported)["Workload"]
    header = [c.value for c in ws[1]]
    assert header == ["Kind", "Name", "A", "R (not A)", "C only", "I only", "A or R"]
    rows = {r[1]: r[2:7] for r in ws.iter_rows(min_row=2, max_row=6, values_only=True)}
    # PM: A/R, I, A -> two under A (A/R is counted once), one I; load 2.
    assert rows["Product Manager (PM)"] == (2, 0, 0, 1, 2)
    # Raj (TPM and ENG): C; A/R + R; R + C -> one A, one R, one C.
    assert rows["Raj Patel"] == (1, 1, 1, 0, 2)
    for counts in rows.values():
        assert sum(counts[:4]) <= 3  # never more than the project's three activities
    (chart,) = ws._charts
    assert [s.tx.strRef.f for s in chart.series] == [
        f"'Workload'!{c}1" for c in "CDEF"
    ]
    assert chart.grouping == "stacked"


def test_every_sheet_prints_sensibly(exported: Path) -> None:
    wb = load_workbook(exported)
    for name in ("People", "Findings", "Legend", "RACI"):
        ws = wb[name]
        assert ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert ws.page_setup.fitToWidth == 1, name
        assert ws.page_setup.fitToHeight == 0, name
        assert ws.print_title_rows, name
        assert "&P" in ws.oddFooter.center.text, name
    assert wb["Findings"].page_setup.orientation == "landscape"
    # Workload: the table, then a page break, then the chart on the next page, one page tall.
    ws = wb["Workload"]
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # breaks would be ignored
    (brk,) = ws.row_breaks.brk
    (chart,) = ws._charts
    anchor_row = chart.anchor._from.row + 1
    assert anchor_row == brk.id + 1
    assert ws.max_row <= brk.id
    assert chart.height <= PAGE_HEIGHT_CM


def test_fonts_named_styles_shared_and_headers_fit(service: ProjectService,
                                                   tmp_path: Path) -> None:
    long_name = "Head of Regional Customer Operations and Partner Enablement"
    role = service.add_role(long_name, "HRC")
    for name in ("Ann Lee", "Raj Patel", "Mia Wong", "Tom Berg"):
        service.add_person(name, roles=[role])
    act = service.add_activity("Plan", service.add_phase("Planning"))
    service.set_cells({(act, role): "A/R"})
    out = tmp_path / "fonts.xlsx"
    export_xlsx(service.state(), out)
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Calibri", (ws.title, cell.coordinate)
                    assert cell.style.startswith("raci-"), (ws.title, cell.coordinate)
    ws = wb["RACI"]
    header = ws.cell(HEADER_ROW, FIRST_ROLE_COL)
    width = ws.column_dimensions["D"].width
    assert header.alignment.wrap_text
    needed = lines_needed(str(header.value), width)
    assert needed >= 5
    assert ws.row_dimensions[HEADER_ROW].height >= needed * 15
    assert ws.cell(FIRST_ROW, 1).alignment.horizontal == "center"  # ID clear of the Phase text
    assert ws.column_dimensions["A"].width >= 6


def test_findings_link_to_their_cells(staffed: ProjectService, tmp_path: Path) -> None:
    state = staffed.state()
    staffed.set_cell(state.activities[2].id, state.roles[1].id, "A")
    out = tmp_path / "f.xlsx"
    export_xlsx(staffed.state(), out)
    ws = load_workbook(out)["Findings"]
    rows = list(ws.iter_rows(min_row=2))
    multi = next(r for r in rows if r[1].value == "More than one role holds the owner letter")
    # The activity links to its row; the message is plain text, so it wraps when printed.
    assert multi[2].hyperlink.location == "'RACI'!C8" or multi[2].hyperlink.target.endswith(
        "C8"
    )
    assert multi[5].hyperlink is None and multi[5].alignment.wrap_text


def test_the_findings_sheet_speaks_as_the_app_not_in_rule_ids(staffed: ProjectService,
                                                               tmp_path: Path) -> None:
    state = staffed.state()
    staffed.set_cell(state.activities[2].id, state.roles[1].id, "A")
    out = tmp_path / "f.xlsx"
    export_xlsx(staffed.state(), out)
    ws = load_workbook(out)["Findings"]
    assert [c.value for c in ws[1]][:2] == ["Severity", "Problem"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert rows, "the project has findings to list"
    ids = set(RULES)
    for severity, problem, *_rest in rows:
        assert severity in ("Error", "Warning", "Suggestion")
        assert problem not in ids and problem[:1].isupper(), problem
    assert ["Error", "More than one role holds the owner letter"] in [r[:2] for r in rows]


def test_only_the_exporter_writes_formulas(service: ProjectService, tmp_path: Path) -> None:
    evil = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\tTab", "\rCR"]
    roles = [service.add_role(f"Role {i}", code=f"R{i}") for i in range(2)]
    service.update_role(roles[0], name=evil[0], description=evil[1])
    phase = service.add_phase(evil[2])
    for i, text in enumerate(evil):
        act = service.add_activity(text, phase, description=evil[(i + 1) % len(evil)])
        service.set_cells({(act, roles[0]): "A", (act, roles[1]): "R"})
    service.add_person(evil[3], title=evil[4], roles=roles)
    out = tmp_path / "evil.xlsx"
    export_xlsx(service.state(), out)
    wb = load_workbook(out)
    formulas = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas.append((ws.title, cell.coordinate, cell.value))
    check_col = "F"
    assert formulas, "the check column holds formulas"
    assert all(sheet == "RACI" and coord.startswith(check_col) for sheet, coord, _ in formulas)
    assert all(v.startswith("=IF(SUMPRODUCT") for _, _, v in formulas)
    texts = [c.value for c in wb["RACI"]["C"]]
    assert '=HYPERLINK("http://x","y")' in texts


def test_csv_is_the_plain_matrix(staffed: ProjectService, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    staffed.add_activity("=cmd|' /C calc'!A0")
    export_csv(staffed.state(), out)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    names = [f"{r.name} ({r.code})" for r in staffed.state().roles]
    assert rows[0] == ["ID", "Phase", "Activity", *names]
    assert [r[:3] for r in names] != names  # the roles have names beyond their codes
    assert rows[1] == ["1", "Strategy", "Product vision", "A/R", "C", ""]
    assert rows[-1][2].startswith("'=")


def test_a_csv_export_imports_back_with_its_role_names_and_codes(
        staffed: ProjectService, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    export_csv(staffed.state(), out)
    plan = read_workbook(out)
    assert [(r.name, r.code) for r in plan.roles] == [
        (r.name, r.code) for r in staffed.state().roles]


def test_an_export_stopped_halfway_leaves_no_half_made_sheets(
        staffed: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export stopped between two sheets (Cancel in the app) left its streamed sheets
    unfinished, which openpyxl reported as tracebacks once they were freed; and no file."""
    import gc
    import sys

    class StopError(Exception):
        pass

    def progress(step: int, _total: int) -> None:
        if step == 2:
            raise StopError

    freed: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: freed.append(str(u.exc_value)))
    (tmp_path / "out").mkdir()
    with pytest.raises(StopError):
        export_xlsx(staffed.state(), tmp_path / "out" / "m.xlsx", progress)
    gc.collect()
    assert freed == [] and list((tmp_path / "out").iterdir()) == []


def test_round_trip_is_identical(staffed: ProjectService, tmp_path: Path) -> None:
    state0 = staffed.state()
    staffed.set_note(state0.activities[1].id, state0.roles[2].id, "Only for the API work")
    out = tmp_path / "rt.xlsx"
    export_xlsx(staffed.state(), out)
    imported = import_workbook(out, tmp_path / "rt.raci")
    assert imported.sheet == "RACI"
    back = ProjectService.open(tmp_path / "rt.raci")
    try:
        a, b = staffed.state(), back.state()
    finally:
        back.close()
    assert [(r.name, r.code, r.description) for r in a.roles] == [
        (r.name, r.code, r.description) for r in b.roles
    ]
    assert [(p.name, p.email, p.title) for p in a.people] == [
        (p.name, p.email, p.title) for p in b.people
    ]
    assert [(a_.name, a_.phase) for a_ in a.activities] == [(x.name, x.phase) for x in b.activities]
    names = lambda s: {  # noqa: E731
        (s.activity(k[0]).name, s.role(k[1]).code): v for k, v in s.cells.items()
    }
    assert names(a) == names(b)
    staffing = lambda s: {  # noqa: E731
        (p.name, s.role(r).code) for p in s.people for r in p.roles
    }
    assert staffing(a) == staffing(b)
    notes = lambda s: {  # noqa: E731
        (s.activity(k[0]).name, s.role(k[1]).code): v for k, v in s.notes.items()
    }
    assert notes(b) == notes(a) == {("Technical oversight", "ENG"): "Only for the API work"}


def test_cli_export_and_bad_target(staffed: ProjectService, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert staffed.path is not None
    assert main(["export", str(staffed.path), str(tmp_path / "o.xlsx")]) == 0
    assert main(["export", str(staffed.path), str(tmp_path / "o.csv")]) == 0
    assert main(["export", str(staffed.path), str(tmp_path / "o.pdf")]) == 2
    assert main(["export", str(staffed.path), str(tmp_path / "nodir" / "o.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("raci: error:") == 2
    assert not (tmp_path / "nodir").exists()


@pytest.mark.libreoffice
def test_libreoffice_reads_the_export_and_computes_the_check(
    staffed: ProjectService, tmp_path: Path, office: str
) -> None:
    state = staffed.state()
    staffed.set_cell(state.activities[2].id, state.roles[1].id, "A")  # two A's on row 3
    src = tmp_path / "lo.xlsx"
    export_xlsx(staffed.state(), src)
    outdir = tmp_path / "converted"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=180,
    )
    wb = load_workbook(outdir / "lo.xlsx", data_only=True)
    ws = wb["RACI"]
    checks = [ws.cell(FIRST_ROW + i, 7).value for i in range(3)]
    assert checks == ["OK", "OK", "Several A"]
    original = load_workbook(src)["RACI"]
    for r in range(FIRST_ROW, FIRST_ROW + 3):
        for c in range(1, 7):
            assert ws.cell(r, c).value == original.cell(r, c).value
    assert json.dumps(wb.sheetnames) == json.dumps(
        ["RACI", "People", "Workload", "Findings", "Legend"]
    )


@pytest.mark.libreoffice
def test_libreoffice_prints_each_sheet_on_the_pages_it_should(
    staffed: ProjectService, tmp_path: Path, office: str
) -> None:
    """RACI, People, Findings and Legend one page each; Workload its table, then its chart."""
    import re

    src = tmp_path / "print.xlsx"
    export_xlsx(staffed.state(), src)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = (tmp_path / "print.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 6


def _renders(test: Any) -> Any:
    """Marks a test that renders a workbook with LibreOffice and reads the page's pixels."""
    needs = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm is not installed")
    return pytest.mark.libreoffice(needs(test))


def _rendered_colours(src: Path, tmp_path: Path, office: str) -> set[str]:
    """The RRGGBB colours LibreOffice paints on the first printed page of a workbook."""
    assert PDFTOPPM is not None
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        check=True, capture_output=True, timeout=180,
    )
    page = tmp_path / "page"
    subprocess.run([PDFTOPPM, "-r", "40", "-f", "1", "-l", "1",
                    str(src.with_suffix(".pdf")), str(page)],
                   check=True, capture_output=True, timeout=60)
    (ppm,) = tmp_path.glob("page*.ppm")
    magic, size, _depth, pixels = ppm.read_bytes().split(b"\n", 3)
    assert magic == b"P6"
    width, height = map(int, size.split())
    pixels = pixels[: width * height * 3]
    return {f"{r:02X}{g:02X}{b:02X}"
            for r, g, b in zip(pixels[0::3], pixels[1::3], pixels[2::3], strict=True)}


@_renders
def test_libreoffice_paints_each_letter_in_its_colour(
    staffed: ProjectService, tmp_path: Path, office: str
) -> None:
    src = tmp_path / "colours.xlsx"
    export_xlsx(staffed.state(), src)
    painted = _rendered_colours(src, tmp_path, office)
    assert {LETTER_FILLS[c] for c in "ARCI"} <= painted


@_renders
def test_libreoffice_recolours_letters_changed_in_the_workbook(
    staffed: ProjectService, tmp_path: Path, office: str
) -> None:
    """Letters edited in the workbook take their new colour; a cleared cell turns white."""
    src = tmp_path / "edited.xlsx"
    export_xlsx(staffed.state(), src)
    wb = load_workbook(src)
    ws = wb["RACI"]
    for row in ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 2,
                            min_col=FIRST_ROLE_COL, max_col=FIRST_ROLE_COL + 2):
        for cell in row:
            # Every A becomes I, every other letter is cleared.
            cell.value = "I" if cell.value and "A" in cell.value else None
    wb.save(src)
    painted = _rendered_colours(src, tmp_path, office)
    assert LETTER_FILLS["I"] in painted
    assert not {LETTER_FILLS[c] for c in "ARC"} & painted


def test_wrapped_text_gets_rows_tall_enough_on_every_sheet(service: ProjectService,
                                                          tmp_path: Path) -> None:
    """A header or a name that wraps makes its row taller, so printed text is never cut in
    half or drawn over the next row ('R (not A)' in a narrow Workload column)."""
    long_role = "Technical Product Manager for Payments and Regional Compliance"
    role = service.add_role(long_role, "TPM")
    other = service.add_role("Engineering Lead", "ENG")
    service.add_person("Maria Fernanda de los Santos Oliveira", roles=[role])
    act = service.add_activity("Plan", service.add_phase("Planning"))
    service.set_cells({(act, role): "A/C", (act, other): "R"})
    out = tmp_path / "wrap.xlsx"
    export_xlsx(service.state(), out)
    wb = load_workbook(out)
    checked = 0
    for title in ("People", "Workload", "Findings", "Legend"):
        ws = wb[title]
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                    continue
                width = ws.column_dimensions[cell.column_letter].width
                room = 1 if cell.style == "raci-header" else 0
                lines = lines_needed(cell.value, width - room)
                height = ws.row_dimensions[cell.row].height or 15
                assert height >= lines * 15, (title, cell.coordinate, cell.value)
                checked += lines > 1
    assert checked >= 3  # the Workload header, the long role's name, a finding's message
    assert wb["Workload"].cell(1, 4).value == "R (not A)"
    assert (wb["Workload"].row_dimensions[1].height or 15) >= 30  # on two lines, both shown


def test_an_export_its_folder_refuses_says_so_and_nothing_else(
        staffed: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only folder: one clear error, and no tracebacks from a workbook left
    half-streamed (openpyxl printed a dozen 'Exception ignored' when Python exited)."""
    import gc
    import sys

    import raci.files
    from raci.errors import RaciError

    def refuse(target: Path) -> Any:
        raise OSError(30, "Read-only file system", str(target))

    monkeypatch.setattr(raci.files, "create_exclusive", refuse)
    leftovers: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", leftovers.append)
    with pytest.raises(RaciError, match="plan.xlsx: cannot be written"):
        export_xlsx(staffed.state(), tmp_path / "plan.xlsx")
    gc.collect()
    assert [str(u.exc_value) for u in leftovers] == []
    assert not (tmp_path / "plan.xlsx").exists()
