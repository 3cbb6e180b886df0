"""File > Apply Template says, above its list, what applying a template does."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from ui.file_workflows import template_picker
from ui.main_window import MainWindow


def test_the_apply_picker_says_what_applying_adds_and_how_to_take_it_back(
        qtbot: Any, main_window: MainWindow) -> None:
    picker = template_picker(main_window.library.entries(), main_window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    shown = [label.text() for label in picker.findChildren(QLabel)
             if label.isVisible() and label.wordWrap()]
    assert any("to this project" in text and "Ctrl+Z" in text for text in shown), shown
    # above the list, not under it
    hint = next(label for label in picker.findChildren(QLabel)
                if label.isVisible() and "to this project" in label.text())
    assert hint.mapTo(picker, hint.rect().bottomLeft()).y() <= \
        picker.list.mapTo(picker, picker.list.rect().topLeft()).y()
    picker.close()
