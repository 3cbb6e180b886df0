"""The project file going away while open: edits stop with a message, nothing saved is lost."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from raci.errors import RaciError
from raci.service import ProjectService


def _letters(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT letters FROM assignment")]
    finally:
        conn.close()


@pytest.fixture
def open_project(tmp_path: Path) -> tuple[ProjectService, int, int]:
    service = ProjectService.create(tmp_path / "p.raci")
    role, act = service.add_role("Lead", "L"), service.add_activity("Plan")
    yield service, act, role
    service.close()


def test_renamed_file_keeps_every_edit_and_edits_stop(
        open_project: tuple[ProjectService, int, int], tmp_path: Path) -> None:
    service, act, role = open_project
    service.set_cell(act, role, "A")  # saved, still in the write-ahead log
    moved = tmp_path / "moved.raci"
    assert service.path is not None
    os.rename(service.path, moved)
    message = service.check_file()
    assert message is not None and "renamed or moved" in message and "Save a Copy" in message
    with pytest.raises(RaciError, match="edits are stopped"):
        service.set_cell(act, role, "R")
    assert _letters(moved) == ["A"]  # the edit made before the rename is in the moved file
    copy = tmp_path / "copy.raci"
    service.save_copy(copy)
    assert _letters(copy) == ["A"]


def test_deleted_file_can_still_be_saved_as_a_copy(
        open_project: tuple[ProjectService, int, int], tmp_path: Path) -> None:
    service, act, role = open_project
    service.set_cell(act, role, "A/R")
    assert service.path is not None
    os.unlink(service.path)
    assert service.check_file() is not None
    assert service.check_file() is None  # said once
    with pytest.raises(RaciError, match="deleted, renamed or moved"):
        service.set_cell(act, role, "C")
    copy = tmp_path / "rescued.raci"
    service.save_copy(copy)
    rescued = ProjectService.open(copy)
    try:
        assert rescued.state().cell_text(act, role) == "A/R"
    finally:
        rescued.close()


def test_file_made_read_only_stops_edits(open_project: tuple[ProjectService, int, int]) -> None:
    service, act, role = open_project
    assert service.path is not None
    os.chmod(service.path, 0o444)
    try:
        with pytest.raises(RaciError, match="read-only"):
            service.set_cell(act, role, "A")
        assert service.state().letters(act, role) == frozenset()
    finally:
        os.chmod(service.path, 0o644)


def test_replaced_file_is_noticed(open_project: tuple[ProjectService, int, int]) -> None:
    service, act, role = open_project
    assert service.path is not None
    replacement = service.path.with_name("other.raci")
    ProjectService.create(replacement).close()
    os.replace(replacement, service.path)
    with pytest.raises(RaciError, match="replaced by another file"):
        service.set_cell(act, role, "A")
