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
