"""A role is labelled 'Project Manager (PM)', or 'PM' alone when its code is its name again:
in check messages, the workload, and every sheet of the exported workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from raci.checks import check_project
from raci.excel.export import export_xlsx
from raci.service import ProjectService
from raci.state import ProjectState
from raci.wording import role_label
from raci.workload import bands


@pytest.mark.parametrize(("name", "code", "label"), [
    ("Project Manager", "PM", "Project Manager (PM)"),
    ("PM", "PM", "PM"),
    ("Dba", "DBA", "Dba"),
    ("Tech Lead", "TECHLEAD", "Tech Lead"),
    ("QA", "", "QA"),
    ("PM", "PM2", "PM (PM2)"),
    ("Change Advisory Board (CAB)", "CAB", "Change Advisory Board (CAB)"),
    ("Executive Sponsor (cfo)", "CFO", "Executive Sponsor (cfo)"),
    ("Board (CAB) member", "CAB", "Board (CAB) member (CAB)"),
])
def test_role_label_drops_a_code_that_adds_nothing(name: str, code: str, label: str) -> None:
    assert role_label(name, code) == label


def _abbreviated(path: Path) -> ProjectState:
    """Roles as imported from abbreviated heads (PM, DBA), one with a longer name."""
    service = ProjectService.create(path, "Heads")
    try:
        pm = service.add_role("PM", "PM")
        dba = service.add_role("DBA", "DBA")
        lead = service.add_role("Tech Lead", "TL")
        service.add_role("QA", "QA")  # no letters: an idle role
        service.add_person("Ann Lee", "", "", [pm])
        service.add_person("Raj Patel", "", "", [pm])
        act = service.add_activity("Schema change")
        service.set_cells({(act, pm): "A", (act, dba): "R/C", (act, lead): "R"})
        return service.state()
    finally:
        service.close()


def test_findings_and_workload_name_such_a_role_once(tmp_path: Path) -> None:
    state = _abbreviated(tmp_path / "p.raci")
    messages = [f.message for f in check_project(state)]
    assert any(m.startswith("'Schema change': DBA holds R/C") for m in messages), messages
    assert any("fill PM, so" in m for m in messages), messages
    assert any(m.startswith("QA has no letters") for m in messages), messages
    assert not any("(PM)" in m or "(DBA)" in m or "(QA)" in m for m in messages)
    assert [b.name for b in bands(state) if b.kind == "Role"] == [
        "PM", "DBA", "Tech Lead (TL)", "QA"]


def test_the_workbook_names_such_a_role_once(tmp_path: Path) -> None:
    state = _abbreviated(tmp_path / "p.raci")
    export_xlsx(state, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    header = next(row for row in wb["RACI"].iter_rows(values_only=True) if row[0] == "ID")
    assert [str(h).split("\n")[0] for h in header[3:7]] == ["PM", "DBA", "Tech Lead (TL)", "QA"]
    assert [r[1] for r in wb["Workload"].iter_rows(min_row=2, max_row=5, values_only=True)] == [
        "PM", "DBA", "Tech Lead (TL)", "QA"]
    texts = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if v]
    assert not [t for t in texts if "PM (PM)" in t or "DBA (DBA)" in t or "QA (QA)" in t]
