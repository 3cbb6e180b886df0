"""On a dark palette the icons' grey lines (the settings gear, a new page's outline, the
dashed row of Add Row) are drawn light enough to be seen on the dark toolbar."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory, QWidget

from tests.ui.test_matrix_view import _contrast, palette_shown
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
    with palette_shown(dark=dark) as app:
        back = app.palette().color(QPalette.ColorRole.Window)
        assert {"settings", "add-row", "new"} <= set(INKED)
        for name in ("settings", "add-row", "add-column"):
            assert _contrast(ink(name), back) >= 3.0, (name, ink(name).name(), back.name())
        assert not icon("team").isNull() and not icon("settings").isNull()


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

    style = DarkGlyphs("Fusion")
    with palette_shown(dark=True) as app:
        back = app.palette().color(QPalette.ColorRole.Window)
        gear = icon("settings").pixmap(24, 24)
        faint = style.generatedIconPixmap(QIcon.Mode.Disabled, gear, QStyleOption())
        working, disabled = glyph(QIcon(gear)), glyph(QIcon(faint))
        assert _contrast(working, back) >= 3.0
        assert _contrast(disabled, back) < 2.5 < _contrast(working, back)
        assert _contrast(disabled, back) > 1.3  # still there to be seen


def standing_out(widget: Any) -> tuple[float, int]:
    """What part of a button's drawing (its pixels other than its background, the colour
    most of it has) stands out from the background by a contrast of 3 or more, and how
    many pixels that is."""
    from collections import Counter

    image = widget.grab().toImage()
    seen = [image.pixelColor(x, y).rgb() for x in range(image.width())
            for y in range(image.height())]
    back = QColor.fromRgb(Counter(seen).most_common(1)[0][0])
    drawn = [QColor.fromRgb(c) for c in seen if c != back.rgb()]
    if not drawn:
        return 0.0, 0
    strong = sum(_contrast(c, back) >= 3.0 for c in drawn)
    return strong / len(drawn), strong


def test_every_toolbar_and_panel_button_stands_out_in_dark(qtbot: Any, settings: Any,
                                                           boxes: Any) -> None:
    """The findings panel's float and close buttons were Fusion's grey glyphs turned light,
    yet drawn at 10 pixels from 16-pixel ones: grey (#50) on the grey title bar. Every
    toolbar button, tab icon and panel button as the dark window draws it has a part that
    stands out by 3:1."""
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QTabBar, QToolBar, QToolButton

    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, style_before = app.palette(), app.style().name()
    app.setStyle(DarkGlyphs("Fusion"))
    app.setPalette(dark_palette())
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.files.open_sample()
        window.show()
        qtbot.waitExposed(window)
        buttons: list[QWidget] = [b for bar in window.findChildren(QToolBar)
                                  for b in bar.findChildren(QToolButton)
                                  if b.isVisible() and b.isEnabled() and not b.icon().isNull()]
        for dock in window.findChildren(QDockWidget):
            buttons += [b for b in dock.findChildren(QAbstractButton)
                        if b.objectName().startswith("qt_dockwidget") and b.isVisible()]
        assert len(buttons) >= 8
        weak = [(b.objectName() or b.toolTip(), standing_out(b)) for b in buttons
                if standing_out(b)[0] < 0.15 or standing_out(b)[1] < 6]
        assert weak == []
        bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
        assert bars
        for bar in bars:
            assert standing_out(bar)[1] > 0
        window.close_project()
    finally:
        app.setPalette(before)
        app.setStyle(style_before)


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0, 3.0])
def test_the_dark_icons_are_drawn_at_the_screens_pixel_ratio(qtbot: Any, ratio: float) -> None:
    """The dark icons were pixmaps of fixed sides (16 to 64): at a ratio of 1.5 a 20-pixel
    icon was the 32-pixel one shrunk, at 3 a 24-pixel one the 64-pixel one stretched, both
    blurred. Each is drawn at the pixels it is shown at, as the picture itself would be."""
    from PySide6.QtCore import QByteArray, QRectF, QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from ui.palette import DARK_INK, INK, _icon

    style = DarkGlyphs("Fusion")
    with palette_shown(dark=True):
        for name in ("settings", "add-row"):
            data = (resources_dir() / "icons" / f"{name}.svg").read_bytes()
            renderer = QSvgRenderer(QByteArray(data.replace(INK, DARK_INK)))
            for side in (16, 20, 24):
                shown = _icon(name, True).pixmap(QSize(side, side), ratio)
                pixels = round(side * ratio)
                assert (shown.width(), shown.devicePixelRatio()) == (pixels, ratio)
                drawn = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
                drawn.fill(0)
                painter = QPainter(drawn)
                renderer.render(painter, QRectF(0, 0, pixels, pixels))
                painter.end()
                assert shown.toImage().convertToFormat(drawn.format()) == drawn, (name, side)
        for standard in DARK_GLYPHS:
            shown = style.standardIcon(standard).pixmap(QSize(16, 16), ratio)
            assert (shown.width(), shown.devicePixelRatio()) == (round(16 * ratio), ratio)


def test_a_dark_icon_copied_then_changed_is_drawn_not_a_crash() -> None:
    """An icon Qt copies before changing it (a pixmap added to a copy) asks its drawing for
    a twin; the twin was handed over with nothing holding it, and the app crashed at once.
    Its own process: a crash there fails this test, not the whole run."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = """
import gc
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.palette import blank, drawn_icon
for _ in range(20):
    shown = drawn_icon(blank)
    copy = QIcon(shown)
    copy.addPixmap(QPixmap(4, 4))
    gc.collect()
    print(copy.pixmap(QSize(16, 16), 2.0).width(), shown.pixmap(QSize(20, 20)).width())
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:20] == ["32 20"] * 20


def test_a_drawn_icon_keeps_a_few_drawings_and_none_of_nothing(qtbot: Any) -> None:
    """Each size, ratio and mode an icon was shown at was kept for good, however large
    (one asked for at 40,000 pixels a side held 6 GB); an empty size gave a one-pixel
    drawing where Qt's own icons give none. The newest few are kept, the huge ones not."""
    from PySide6.QtCore import QSize

    from ui.palette import Drawn, blank

    drawn: list[tuple[int, int]] = []

    def draw(width: int, height: int) -> Any:
        drawn.append((width, height))
        return blank(width, height)

    engine = Drawn(draw)
    shown = QIcon(engine)
    assert shown.pixmap(QSize(0, 0)).isNull() and shown.pixmap(QSize(16, 0)).isNull()
    assert drawn == []
    for side in range(10, 110):
        assert shown.pixmap(QSize(side, side)).width() == side
    assert len(engine.drawn) == Drawn.KEPT
    assert shown.pixmap(QSize(20, 20)).width() == 20  # drawn again: shown long ago
    assert drawn[-1] == (20, 20)
    count = len(drawn)
    assert shown.pixmap(QSize(109, 109)).width() == 109  # among the newest: not drawn again
    assert len(drawn) == count
    big = Drawn.KEPT_SIDE + 1
    assert shown.pixmap(QSize(big, big)).width() == big
    assert all(max(w, h) <= Drawn.KEPT_SIDE for w, h, _ in engine.drawn)
