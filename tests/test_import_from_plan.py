"""Creating a project from a plan read (and corrected) beforehand."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from raci.errors import RaciError
from raci.excel.importer import create_from_plan, read_workbook, sheet_names
from raci.excel.plan import ReadOptions
from raci.service import ProjectService


def grid(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    ws.append(["Step", "Chris Meyer", "Dana Okafor"])
    ws.append(["Order parts", "R", "A"])
    ws.append(["Check delivery", "A", "R"])
    wb.create_sheet("Contacts")
    wb.save(path)
    return path


def test_the_plan_read_is_the_plan_written(tmp_path: Path) -> None:
    source = grid(tmp_path / "parts.xlsx")
    assert sheet_names(source) == ["Plan", "Contacts"]
    plan = read_workbook(source, "Plan", options=ReadOptions(people=False))
    target = tmp_path / "parts.raci"
    create_from_plan(source, target, plan)
    service = ProjectService.open(target)
    try:
        state = service.state()
        assert [r.name for r in state.roles] == ["Chris Meyer", "Dana Okafor"]
        assert [a.name for a in state.activities] == ["Order parts", "Check delivery"]
        assert state.people == ()
    finally:
        service.close()


def test_an_existing_project_is_kept_unless_replacing_was_asked(tmp_path: Path) -> None:
    source = grid(tmp_path / "parts.xlsx")
    plan = read_workbook(source)
    target = tmp_path / "parts.raci"
    target.write_bytes(b"keep me")
    with pytest.raises(RaciError, match="already exists"):
        create_from_plan(source, target, plan)
    assert target.read_bytes() == b"keep me"
    create_from_plan(source, target, plan, overwrite=True)
    assert target.read_bytes() != b"keep me"


def test_what_the_project_refuses_is_said_of_the_workbook(tmp_path: Path) -> None:
    source = grid(tmp_path / "parts.xlsx")
    plan = read_workbook(source, "Plan", options=ReadOptions(people=False))
    plan.roles[1].name = plan.roles[0].name  # a plan corrected into two roles of one name
    target = tmp_path / "parts.raci"
    with pytest.raises(RaciError, match=r"^\S*parts\.xlsx: sheet 'Plan': .*Chris Meyer"):
        create_from_plan(source, target, plan)
    assert not target.exists()
