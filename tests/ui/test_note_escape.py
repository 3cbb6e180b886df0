"""Esc in the cell note: a note left as it was closes at once; a changed one is never dropped
unasked (Save Note, Discard Changes, or Keep Editing, the default)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Boxes
from ui.forms import NoteForm
from ui.main_window import MainWindow


def _cell(window: MainWindow) -> tuple[int, int]:
    model = window.model
    assert model is not None
    act, role = model.state.activities[0].id, model.state.roles[0].id
    window.view.setCurrentIndex(model.cell_index(act, role))
    return act, role


def _while_open(qtbot: Any, steps: Callable[[NoteForm], None]) -> list[bool]:
    """Run steps on the note form once Edit > Cell Note has opened it; [] if it never did."""
    ran: list[bool] = []

    def act() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, NoteForm):
            QTimer.singleShot(10, act)
            return
        try:
            steps(form)
            ran.append(True)
        finally:
            if form.isVisible():  # (a step kept it open, or failed: never left waiting)
                form.done(0)
    QTimer.singleShot(0, act)
    return ran


def _escape(qtbot: Any, form: NoteForm) -> None:
    qtbot.keyClick(form.text, Qt.Key.Key_Escape)


def test_esc_on_a_changed_note_asks_and_keep_editing_keeps_the_text(
        qtbot: Any, main_window: MainWindow, boxes: Boxes) -> None:
    act, role = _cell(main_window)
    seen: list[tuple[bool, str]] = []

    def steps(form: NoteForm) -> None:
        form.text.setPlainText("Ask legal before the launch")
        _escape(qtbot, form)  # answered Keep Editing (the default)
        seen.append((form.isVisible(), form.value()))
        boxes.click = NoteForm.SAVE
        _escape(qtbot, form)
    ran = _while_open(qtbot, steps)
    assert main_window.structure.edit_note()
    assert ran == [True]
    assert seen == [(True, "Ask legal before the launch")]
    assert [t for _k, t, _m in boxes.shown] == ["Note changed", "Note changed"]
    assert main_window.service is not None
    assert main_window.service.state().note(act, role) == "Ask legal before the launch"
    assert main_window.stack.undoText() == "Edit note"


def test_esc_then_discard_drops_the_change_and_an_unchanged_note_closes_unasked(
        qtbot: Any, main_window: MainWindow, boxes: Boxes) -> None:
    act, role = _cell(main_window)
    assert main_window.structure.edit_note("First thoughts")
    steps_before = main_window.stack.count()

    def discard(form: NoteForm) -> None:
        form.text.setPlainText("Second thoughts")
        boxes.click = NoteForm.DISCARD
        _escape(qtbot, form)
    ran = _while_open(qtbot, discard)
    assert not main_window.structure.edit_note()
    assert ran == [True] and [t for _k, t, _m in boxes.shown] == ["Note changed"]
    assert main_window.service is not None
    assert main_window.service.state().note(act, role) == "First thoughts"
    assert main_window.stack.count() == steps_before

    def unchanged(form: NoteForm) -> None:
        form.text.setPlainText("First thoughts!")
        form.text.setPlainText("First thoughts")  # typed, then taken back
        _escape(qtbot, form)
    again = _while_open(qtbot, unchanged)
    assert not main_window.structure.edit_note()
    assert again == [True] and len(boxes.shown) == 1  # no second question


def test_ctrl_enter_saves_the_note_and_enter_starts_a_new_line(
        qtbot: Any, main_window: MainWindow, boxes: Boxes) -> None:
    act, role = _cell(main_window)

    def steps(form: NoteForm) -> None:
        qtbot.keyClicks(form.text, "Ask legal")
        qtbot.keyClick(form.text, Qt.Key.Key_Return)  # a new line, the form stays
        qtbot.keyClicks(form.text, "before launch")
        assert form.isVisible()
        assert "Ctrl+Enter" in form.text.placeholderText()
        qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ran = _while_open(qtbot, steps)
    assert main_window.structure.edit_note()
    assert ran == [True] and boxes.shown == []
    assert main_window.service is not None
    assert main_window.service.state().note(act, role) == "Ask legal\nbefore launch"
