"""Where file dialogs start and the names they suggest: next to the project, never in the
app's own data folder, names every system accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from raci.files import file_name
from raci.paths import user_data_dir
from raci.service import ProjectService
from ui import file_workflows
from ui.main_window import MainWindow


class Asked:
    """The save dialogs the code tried to show: (title, suggested path)."""

    def __init__(self, answer: Path | None = None) -> None:
        self.seen: list[tuple[str, Path]] = []
        self.answer = answer

    def __call__(self, _parent: Any, title: str, start: str, _filters: str) -> tuple[str, str]:
        self.seen.append((title, Path(start)))
        return (str(self.answer) if self.answer else "", "")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    found = Asked()
    monkeypatch.setattr(file_workflows, "save_file", found)
    return found


@pytest.mark.parametrize(("name", "expected"), [
    ("Sample: checkout revamp", "Sample - checkout revamp.xlsx"),
    ('Q3 plan: "EU" / US?', "Q3 plan - EU - US.xlsx"),
    ("  ..Roadmap..  ", "Roadmap.xlsx"),
    ("tab\there", "tab here.xlsx"),
    ("CON", "project.xlsx"),
    ("<>", "project.xlsx"),
    ("Release 2.0", "Release 2.0.xlsx"),
    # a refused character beside a dash of the name, or a part left empty between dashes
    ("Crew 4 \u2013 : Harbour", "Crew 4 \u2013 Harbour.xlsx"),
    ("Crew 4 \u2014 - Harbour", "Crew 4 \u2014 Harbour.xlsx"),
    ("Crew 4 - \u2013 Harbour \u2013", "Crew 4 - Harbour.xlsx"),
    ("x-ray plan", "x-ray plan.xlsx"),
])
def test_file_names_from_project_names_are_safe_everywhere(name: str, expected: str) -> None:
    assert file_name(name, ".xlsx") == expected


def test_the_sample_exports_to_documents_not_the_app_data_folder(
        main_window: MainWindow, asked: Asked) -> None:
    """The sample lives in the app's data folder: Export and Save a Copy start elsewhere."""
    window = main_window
    assert window.service is not None and window.service.path is not None
    assert window.service.path.parent == user_data_dir()
    window.service.rename_project("Sample: checkout revamp")
    window.files.export_dialog()
    window.files.save_copy()
    window.files.export_csv_dialog()
    (_t1, export), (_t2, copy), (_t3, csv) = asked.seen
    assert export.name == "Sample - checkout revamp.xlsx"
    assert copy.name == "Sample - checkout revamp copy.raci"
    assert csv.name == "Sample - checkout revamp.csv"
    for suggested in (export, copy, csv):
        assert suggested.parent == Path(file_workflows.documents_folder())
        assert not suggested.parent.resolve().is_relative_to(user_data_dir().resolve())


def test_an_export_name_has_one_dash_where_a_part_of_the_name_is_empty(
        main_window: MainWindow, asked: Asked) -> None:
    """A project named from parts with one left empty ("Crew 4 \u2013  \u2013 Harbour") or a
    refused character beside a dash: the suggested names keep one dash between the parts."""
    window = main_window
    assert window.service is not None
    window.service.rename_project("Crew 4 \u2013 / \u2013 Harbour")
    window.files.export_dialog()
    window.files.export_csv_dialog()
    window.files.save_copy()
    assert [p.name for _t, p in asked.seen] == ["Crew 4 \u2013 Harbour.xlsx",
                                                "Crew 4 \u2013 Harbour.csv",
                                                "Crew 4 \u2013 Harbour copy.raci"]


def test_dialogs_start_next_to_the_project_then_where_the_user_last_saved(
        qtbot: Any, main_window: MainWindow, asked: Asked, tmp_path: Path) -> None:
    window = main_window
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    # The sample is open: the first export goes where the user chooses (remembered once
    # the workbook is written there)...
    asked.answer = elsewhere / "first.xlsx"
    window.files.export_dialog()
    qtbot.waitUntil(lambda: window.files.save_folder() == str(elsewhere), timeout=20000)
    # ...and a project of the user's own starts next to its file.
    mine = tmp_path / "projects" / "plan.raci"
    mine.parent.mkdir()
    ProjectService.create(mine, "Plan").close()
    assert window.files.open_path(mine)
    asked.answer = None
    window.files.export_dialog()
    window.files.save_copy()
    assert [p for _t, p in asked.seen[1:]] == [mine.parent / "Plan.xlsx",
                                               mine.parent / "Plan copy.raci"]
    # Open and Import start where a file was last opened from (here: the project's folder);
    # a workbook opened elsewhere moves that, not where exports start.
    assert window.files.start_folder() == str(mine.parent)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    window.files.remember_folder(downloads / "their.xlsx")
    assert window.files.start_folder() == str(downloads)
    window.close_project()
    assert window.files.save_folder() == str(elsewhere)


def test_a_sample_from_an_earlier_version_opens_under_todays_name(
        qtbot: Any, main_window: MainWindow) -> None:
    """The README names the sample; one made by an earlier version is renamed on opening."""
    from raci.sample import EARLIER_SAMPLE_NAMES, SAMPLE_NAME

    window = main_window
    assert window.service is not None
    window.service.rename_project(EARLIER_SAMPLE_NAMES[0])
    window.close_project()
    assert window.files.open_sample()
    assert window.service is not None
    assert window.service.state().name == SAMPLE_NAME
    assert not window.stack.canUndo()  # not an edit of the user's to undo


def test_a_new_project_suggests_a_safe_file_name(main_window: MainWindow, asked: Asked) -> None:
    assert not main_window.files.new_project(None, "__empty__", "Plan: Q3 / EU")  # cancelled
    title, suggested = asked.seen[-1]
    assert title == "Create project" and suggested.name == "Plan - Q3 - EU.raci"
    assert not suggested.parent.resolve().is_relative_to(user_data_dir().resolve())


def test_a_new_project_never_suggests_a_file_that_is_there(
        main_window: MainWindow, asked: Asked, tmp_path: Path) -> None:
    """A second project from the same template (named after it, as File > New offers) in the
    folder of the first: the name suggested is free, so Enter in the save dialog does not
    replace the first project (here the one open)."""
    window = main_window
    first = tmp_path / "Squad.raci"
    assert window.files.new_project(first, "agile-team", "Squad")
    assert not window.files.new_project(None, "agile-team", "Squad")  # cancelled
    assert asked.seen[-1][1] == tmp_path / "Squad 2.raci"
    (tmp_path / "Squad 2.raci").touch()
    assert not window.files.new_project(None, "agile-team", "Squad")
    assert asked.seen[-1][1] == tmp_path / "Squad 3.raci"


def test_a_csv_that_cannot_be_written_says_why_then_asks_again(
        main_window: MainWindow, boxes: Any, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """As Export Excel does: the save dialog comes back for another folder or name."""
    answers = [tmp_path / "gone" / "plan.csv", None]  # a folder that is not there, then Cancel
    seen: list[str] = []

    def save(_parent: Any, title: str, _start: str, _filters: str) -> tuple[str, str]:
        seen.append(title)
        answer = answers.pop(0)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(file_workflows, "save_file", save)
    main_window.files.export_csv_dialog()
    assert seen == ["Export CSV", "Export CSV"]
    assert boxes.kinds() == ["critical"]
    assert "plan.csv" in boxes.messages()
