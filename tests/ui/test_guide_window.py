"""Help > User Guide: what its window shows someone reading the guide for the first time."""

from __future__ import annotations

import re
from typing import Any

from ui.help_dialog import GuideDialog
from ui.main_window import MainWindow

NUMBERS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}


def _guide(qtbot: Any, main_window: MainWindow) -> GuideDialog:
    dialog = GuideDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_guide_has_as_many_numbered_steps_as_its_title_says(
        qtbot: Any, main_window: MainWindow) -> None:
    dialog = _guide(qtbot, main_window)
    top = dialog.contents.topLevelItem(0)
    assert top is not None
    said = re.fullmatch(r"RACI Planner in (\w+) steps", top.text(0))
    assert said is not None, top.text(0)
    entries = [top.child(i).text(0) for i in range(top.childCount())]
    numbered = [e for e in entries if re.match(r"\d+\. ", e)]
    assert len(numbered) == NUMBERS[said.group(1)], numbered
    dialog.hide()


def test_text_not_in_the_guide_leaves_no_earlier_match_marked(
        qtbot: Any, main_window: MainWindow) -> None:
    dialog = _guide(qtbot, main_window)
    dialog.focus_find()
    qtbot.keyClicks(dialog.find_box, "z")  # found: the z of a key such as Ctrl+Z
    found = dialog.browser.textCursor()
    assert found.selectedText().lower() == "z"
    qtbot.keyClicks(dialog.find_box, "zqq")
    assert dialog.find_state.text() == "Not found"
    # The page must not still show the single 'z' as if it were the match.
    assert not dialog.browser.textCursor().hasSelection()
    dialog.find_box.setText("z")  # the letters taken back: the same match again
    assert dialog.find_next(again=False)
    assert dialog.browser.textCursor().selectionStart() == found.selectionStart()
    dialog.hide()


def test_the_contents_show_every_heading_of_the_guide_whole(
        qtbot: Any, main_window: MainWindow) -> None:
    dialog = _guide(qtbot, main_window)
    tree = dialog.contents
    top = tree.topLevelItem(0)
    assert top is not None
    items = [top] + [top.child(i) for i in range(top.childCount())]
    longest = max(items, key=lambda item: tree.fontMetrics().horizontalAdvance(item.text(0)))
    assert longest.text(0).startswith("Starting from a workbook")
    for item in items:
        room = tree.visualItemRect(item).width()
        assert tree.fontMetrics().horizontalAdvance(item.text(0)) < room, item.text(0)
    dialog.hide()
