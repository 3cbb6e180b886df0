"""A damaged workbook is explained in the user's words, never in the zip reader's."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import Boxes
from ui.main_window import MainWindow


def _cut_short(path: Path) -> Path:
    """A workbook whose zip archive was cut off half way (a copy that did not finish)."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>" * 400)
        zf.writestr("xl/workbook.xml", "<workbook/>" * 400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _only_a_header(path: Path) -> Path:
    """A file that starts as a zip archive does and holds nothing of one."""
    path.write_bytes(b"PK\x03\x04 a header and then nothing of an archive")
    return path


@pytest.mark.parametrize("make", [_only_a_header, _cut_short])
def test_a_damaged_workbook_is_named_in_plain_words_with_what_to_do(
        qtbot: Any, main_window: MainWindow, boxes: Boxes, tmp_path: Path, make: Any) -> None:
    source = make(tmp_path / "crew rota.xlsx")
    before = main_window.service
    main_window.files.read_for_review(source)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20000)
    kind, title, message = boxes.shown[0]
    assert kind == "critical" and "crew rota.xlsx" in title
    assert "the workbook is damaged (it is not a complete zip archive)" in message
    assert "repair it" in message
    # nothing from the zip reader's own message
    assert "File is not" not in message and "zip file" not in message.lower()
    assert main_window.service is before


def test_a_workbook_without_a_grid_says_what_a_grid_is_and_what_to_do(
        qtbot: Any, main_window: MainWindow, boxes: Boxes, tmp_path: Path) -> None:
    import openpyxl

    source = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Item", "Cost", "Month"])
    book.active.append(["Paint", 40, "May"])
    notes = book.create_sheet("Notes")
    notes.append(["Ask the caretaker about the keys"])
    book.save(source)
    main_window.files.read_for_review(source)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20000)
    _kind, _title, message = boxes.shown[0]
    assert "has no RACI grid" in message
    # what to do, once, at the end (not after each sheet's reason)
    assert message.endswith("with the activity names in a column beside them, and import "
                            "it again")
    assert message.count("import it again") == 1
