"""On a dark palette the icons' grey lines (the settings gear, a new page's outline, the
dashed row of Add Row) are drawn light enough to be seen on the dark toolbar."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

from tests.ui.test_matrix_view import _contrast
from ui.palette import DARK_GLYPHS, DarkGlyphs, dark_palette, icon, resources_dir

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


def glyph(source: QIcon) -> QColor:
    """The mean colour of an icon's opaque pixels at button size."""
    image = source.pixmap(16, 16).toImage()
    seen = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    solid = [c for c in seen if c.alpha() > 150]
    assert solid
    return QColor(*(sum(getattr(c, part)() for c in solid) // len(solid)
                    for part in ("red", "green", "blue")))


def test_closes_cross_and_the_panels_buttons_are_light_on_a_dark_palette(qtbot: Any) -> None:
    """Fusion draws Close's cross (Team, the guide) and the findings panel's float and close
    buttons near-black whatever the palette: on the dark buttons they could hardly be seen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = DarkGlyphs("Fusion")
    before = app.palette()
    close = QStyle.StandardPixmap.SP_DialogCloseButton
    try:
        back = app.palette().color(QPalette.ColorRole.Button)
        assert _contrast(glyph(style.standardIcon(close)), back) >= 3.0  # light: as Fusion
        app.setPalette(dark_palette())
        back = app.palette().color(QPalette.ColorRole.Button)
        assert _contrast(glyph(QStyleFactory.create("Fusion").standardIcon(close)), back) < 3.0
        for standard in DARK_GLYPHS:
            shown = glyph(style.standardIcon(standard))
            assert _contrast(shown, back) >= 3.0, (standard, shown.name(), back.name())
        ok = QStyle.StandardPixmap.SP_DialogOkButton  # coloured ones as they are
        assert glyph(style.standardIcon(ok)) == glyph(
            QStyleFactory.create("Fusion").standardIcon(ok))
    finally:
        app.setPalette(before)


def test_a_disabled_icon_is_fainter_than_one_that_works_on_a_dark_palette(qtbot: Any) -> None:
    """Fusion's disabled icons stayed light grey on the dark toolbar: with no project open,
    Project Settings' gear looked as available as New's page beside it."""
    from PySide6.QtWidgets import QStyleOption

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = DarkGlyphs("Fusion")
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        back = app.palette().color(QPalette.ColorRole.Window)
        gear = icon("settings").pixmap(24, 24)
        faint = style.generatedIconPixmap(QIcon.Mode.Disabled, gear, QStyleOption())
        working, disabled = glyph(QIcon(gear)), glyph(QIcon(faint))
        assert _contrast(working, back) >= 3.0
        assert _contrast(disabled, back) < 2.5 < _contrast(working, back)
        assert _contrast(disabled, back) > 1.3  # still there to be seen
    finally:
        app.setPalette(before)
