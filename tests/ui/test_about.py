"""Help > About: the version, the licence, the home page when one is declared, and the
versions of what the app runs on (to quote in a bug report)."""

from __future__ import annotations

import email.message
import platform
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import openpyxl
import PySide6
import pytest
import sqlalchemy
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox

from raci import __version__
from ui import help_dialog
from ui.main_window import MainWindow
from ui.mnemonics import alt_key_problems, key_of

ROOT = Path(__file__).resolve().parents[2]


def shown_about(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> str:
    """The text Help > About shows (the box recorded, not shown: the boxes fixture checks
    its buttons' Alt keys)."""
    seen: list[str] = []

    def record(box: QMessageBox) -> int:
        seen.append(box.text())
        buttons.extend(b.text() for b in box.buttons())
        return 0

    buttons: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", record)
    # (Qt's own About box gave OK no Alt key; shown here it would wait for a click)
    monkeypatch.setattr(QMessageBox, "about", lambda *_a: pytest.fail("OK without a key"))
    window.commands["about"].trigger()
    assert len(seen) == 1
    assert buttons and all(key_of(text) for text in buttons), buttons
    return seen[0]


def test_about_box_ok_has_an_alt_key(qtbot: Any, main_window: MainWindow,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """QMessageBox.about's OK had no Alt key (every other box's buttons have one)."""
    box = help_dialog.about_box(main_window)
    qtbot.addWidget(box)
    assert [key_of(b.text()) for b in box.buttons()] == ["o"]
    assert alt_key_problems(box) == []
    assert box.textFormat() == Qt.TextFormat.RichText and "RACI Planner" in box.text()
    assert not box.iconPixmap().isNull()  # the app's icon, as the About box had
    shown_about(main_window, monkeypatch)


def test_about_names_the_licence_and_the_versions_it_runs_on(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said only the version and one sentence."""
    text = shown_about(main_window, monkeypatch)
    licence = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["license"]["text"]
    assert f"RACI Planner {__version__}" in text
    assert f"Licence: {licence}" in text
    for running in (f"Python {platform.python_version()}", f"Qt {qVersion()}",
                    f"PySide6 {PySide6.__version__}", f"SQLAlchemy {sqlalchemy.__version__}",
                    f"openpyxl {openpyxl.__version__}"):
        assert running in text


def declared(**fields: Any) -> email.message.Message:
    meta = email.message.Message()
    for name, values in fields.items():
        for value in values if isinstance(values, list) else [values]:
            meta[name.replace("_", "-")] = value
    return meta


def test_about_links_the_home_page_the_package_declares(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    meta = declared(License_Expression="Apache-2.0",
                    Project_URL=["Issues, https://example.org/crew/issues",
                                 "Homepage, https://example.org/crew"])
    monkeypatch.setattr(help_dialog.metadata, "metadata", lambda _name: meta)
    text = shown_about(main_window, monkeypatch)
    assert "Licence: Apache-2.0" in text
    assert '<a href="https://example.org/crew">https://example.org/crew</a>' in text
    assert "issues" not in text


def test_about_run_from_files_not_installed_still_names_the_versions(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(help_dialog.metadata, "metadata", missing)
    text = shown_about(main_window, monkeypatch)
    assert "Licence" not in text
    assert f"Python {platform.python_version()}" in text
