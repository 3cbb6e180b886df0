"""On a dark palette the icons' grey lines (the settings gear, a new page's outline, the
dashed row of Add Row) are drawn light enough to be seen on the dark toolbar."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.test_matrix_view import _contrast
from ui.palette import dark_palette, icon, resources_dir

INKED = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg")
               if b'"#555"' in p.read_bytes())


def ink(name: str) -> QColor:
    """The colour of an icon's grey lines at toolbar size (its neutral pixels, blended
    by their alpha onto nothing: the mean of their own colour)."""
    image = icon(name).pixmap(24, 24).toImage()
    seen = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    grey = [c for c in seen if c.alpha() > 100 and
            max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) < 16]
    assert grey, name
    level = sum(c.red() for c in grey) // len(grey)
    return QColor(level, level, level)


@pytest.mark.parametrize("dark", [False, True])
def test_the_icons_grey_lines_stand_out_from_the_toolbar(qtbot: Any, dark: bool) -> None:
    """'#555' on the dark toolbar ('#2b2b2b') had a contrast of 2: the gear of Project
    Settings could hardly be seen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        back = app.palette().color(QPalette.ColorRole.Window)
        assert {"settings", "add-row", "new"} <= set(INKED)
        for name in ("settings", "add-row", "add-column"):
            assert _contrast(ink(name), back) >= 3.0, (name, ink(name).name(), back.name())
        assert not icon("team").isNull() and not icon("settings").isNull()
    finally:
        app.setPalette(before)
