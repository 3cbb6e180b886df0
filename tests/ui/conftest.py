"""Fixtures for the app tests: isolated QSettings, recorded message boxes, a window."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from ui.mnemonics import alt_key_problems


class Boxes:
    """Message boxes the code under test tried to show."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.parents: list[Any] = []  # the widget each box was shown over
        self.formats: list[Any] = []
        self.answer_yes = False  # what a yes/no question is answered
        # the text of the button to click in a box with custom buttons (or several texts,
        # one for each box a test meets)
        self.click: str | tuple[str, ...] = ""
        # for each box shown, its buttons without an Alt key or sharing one (none, it is
        # checked after each test)
        self.alt_key_problems: list[list[str]] = []

    def kinds(self) -> list[str]:
        return [k for k, _t, _m in self.shown]

    def messages(self) -> str:
        return "\n".join(m for _k, _t, m in self.shown)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    """Record message boxes instead of showing them (they would block a test)."""
    record = Boxes()

    def fake(kind: str, answer: Any = QMessageBox.StandardButton.Ok) -> Any:
        def show(parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
            record.shown.append((kind, title, text))
            record.parents.append(parent)
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "critical", fake("critical"))
    monkeypatch.setattr(QMessageBox, "information", fake("information"))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.No))
    kinds = {QMessageBox.Icon.Critical: "critical", QMessageBox.Icon.Question: "question",
             QMessageBox.Icon.Information: "information", QMessageBox.Icon.Warning: "warning"}

    def fake_exec(box: QMessageBox) -> int:
        kind = kinds.get(box.icon(), "information")
        record.shown.append((kind, box.windowTitle(), box.text()))
        record.parents.append(box.parentWidget())
        record.formats.append(box.textFormat())
        record.alt_key_problems.append(alt_key_problems(box))
        for button in box.buttons():
            texts = (record.click,) if isinstance(record.click, str) else record.click
            # (a text matches with or without its Alt key's '&')
            if button.text() and button.text().replace("&", "") in \
                    {t.replace("&", "") for t in texts}:
                box.setProperty("clicked_text", button.text())
                monkeypatch.setattr(box, "clickedButton", lambda b=button: b)
                return 0
        if kind == "question":
            answer = QMessageBox.StandardButton.Yes if record.answer_yes else \
                QMessageBox.StandardButton.No
        else:
            answer = QMessageBox.StandardButton.Ok
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield record
    assert not any(record.alt_key_problems), record.alt_key_problems


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file under tmp_path, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class Collector:
    """Frees, between tests, the widgets a test left behind (dialogs held only by a cycle,
    such as a form and the callback that submits it), not at whatever moment the cycle
    collector next runs: inside Qt's event dispatch that can be while Qt is still walking
    the widgets, and the process crashes.

    What was alive before the test is frozen (not looked at), so that the collection after
    it walks only what the test made: walking the whole heap after each test took most of a
    UI test's time. The whole heap is unfrozen and collected, here too, once it has grown by
    a quarter since it last was (as Python's own collector paces its full collections):
    frozen for good, what became garbage after its test (a widget Qt deleted later) was
    never freed, and the suite's memory only grew. Between collections it stays frozen,
    from one test's teardown to the next: pytest-qt processes events after the fixtures'
    teardown, and an automatic collection of an unfrozen heap there freed what earlier
    tests left inside Qt's event dispatch."""

    GROWTH = 1.25
    """How much the heap grows between two collections of the whole of it."""

    def __init__(self) -> None:
        self.after_full = 0
        """Objects alive after the last collection of the whole heap."""

    def before(self) -> None:
        """Before a test: freeze what is alive (what the teardown left is frozen already)."""
        gc.freeze()
        self.alive = gc.get_freeze_count()

    def after(self) -> None:
        """After a test: collect what it made, collect the whole heap when it has grown by
        a quarter since the last time, and freeze what is alive until the next test."""
        gc.collect()
        if self.alive > self.GROWTH * self.after_full:
            gc.unfreeze()
            gc.collect()
            gc.freeze()  # (counts what is alive without making a list of it)
            self.after_full = gc.get_freeze_count()
        gc.freeze()


COLLECTOR = Collector()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Free what a test left behind after it (Collector)."""
    COLLECTOR.before()
    yield
    COLLECTOR.after()


@pytest.fixture
def main_window(qtbot: Any, settings: QSettings, boxes: Boxes) -> Iterator[MainWindow]:
    """A hidden main window showing the sample project."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.files.open_sample()
    yield window
    window.close_project()


def record_fix_menus(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The fixes' menus shown (their texts); the first fix of each is chosen."""
    shown: list[list[str]] = []
    offered = window.findings._fix_menu

    class FirstPicked:
        def __init__(self, index: QModelIndex) -> None:
            self.menu = offered(index)

        def exec(self, *_args: Any) -> None:
            assert self.menu is not None
            shown.append([a.text() for a in self.menu.actions()])
            self.menu.actions()[0].trigger()

    monkeypatch.setattr(window.findings, "_fix_menu",
                        lambda index: FirstPicked(index) if offered(index) else None)
    return shown
