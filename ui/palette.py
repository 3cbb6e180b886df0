"""Qt colours and icons shared by the views (the same letter palette as the Excel export)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from raci.palette import SEVERITY_COLOURS, fill_for

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """``resources/`` in a source checkout, the packaged copy when installed."""
    if (RESOURCES / "icons").is_dir():
        return RESOURCES
    return Path(__file__).resolve().parent / "resources"


INK = b'"#555"'
"""The icons' neutral line colour (a page's outline, a gear, a dashed row)."""
DARK_INK = b'"#c8c8c8"'
"""That line colour on a dark palette: '#555' on its grey toolbar could hardly be seen."""
ICON_SIDES = (16, 20, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    """An icon from resources/icons by file stem; on a dark palette its neutral lines are
    drawn light (loaded once for each; views ask on every paint)."""
    return _icon(name, is_dark())


@lru_cache(maxsize=64)
def _icon(name: str, dark: bool) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if not dark:
        return QIcon(str(path))
    data = path.read_bytes() if path.is_file() else b""
    if INK not in data:
        return QIcon(str(path))
    renderer = QSvgRenderer(QByteArray(data.replace(INK, DARK_INK)))
    inked = QIcon()
    for side in ICON_SIDES:
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        inked.addPixmap(pixmap)
    return inked


def cell_colour(letters: frozenset[str]) -> QColor | None:
    """Background of a matrix cell, or None for an empty cell."""
    fill = fill_for(letters)
    return QColor(f"#{fill}") if fill else None


def is_dark() -> bool:
    """True when the application's palette is a dark one (dark fields behind light text)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def severity_colour(severity: str) -> QColor:
    """Text colour of a finding's severity, lightened on a dark palette to stay readable."""
    colour = QColor(f"#{SEVERITY_COLOURS[severity]}")
    if is_dark():
        colour = colour.lighter(190)
    return colour


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (used when the system asks for dark)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1f1f1f",
        role.AlternateBase: "#2a2a2a", role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9a9a", role.Text: "#e6e6e6", role.Button: "#353535",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Link: "#6cb4ff",
        role.Highlight: "#2f65ca", role.HighlightedText: "#ffffff", role.Light: "#4a4a4a",
        role.Midlight: "#3e3e3e", role.Mid: "#2f2f2f", role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#8a8a8a"))
    return palette


DARK_GLYPHS = (QStyle.StandardPixmap.SP_DialogCloseButton,
               QStyle.StandardPixmap.SP_DockWidgetCloseButton,
               QStyle.StandardPixmap.SP_TitleBarNormalButton,
               QStyle.StandardPixmap.SP_TitleBarCloseButton)
"""Standard icons Fusion draws in near-black whatever the palette (Close's cross, the
findings panel's float and close buttons): on a dark palette they could hardly be seen."""


def lightened(source: QIcon, sides: tuple[int, ...] = ICON_SIDES) -> QIcon:
    """The icon with its dark pixels drawn light (lightness turned over, hue and alpha
    kept), for a dark palette; its coloured pixels stay as they are."""
    out = QIcon()
    for side in sides:
        image = source.pixmap(side, side).toImage().convertToFormat(
            QImage.Format.Format_ARGB32)
        for y in range(image.height()):
            for x in range(image.width()):
                colour = image.pixelColor(x, y)
                if colour.alpha() and colour.lightness() < 110:
                    image.setPixelColor(x, y, QColor.fromHsl(
                        max(colour.hslHue(), 0), colour.hslSaturation(),
                        255 - colour.lightness(), colour.alpha()))
        out.addPixmap(QPixmap.fromImage(image))
    return out


class DarkGlyphs(QProxyStyle):
    """Fusion, with the standard icons it draws near-black (DARK_GLYPHS) drawn light, and
    disabled icons faint, while the palette is dark."""

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)
        self.light: dict[QStyle.StandardPixmap, QIcon] = {}

    def standardIcon(self, standard: QStyle.StandardPixmap, option: QStyleOption | None = None,
                     widget: QWidget | None = None) -> QIcon:
        """Override QProxyStyle.standardIcon: DARK_GLYPHS lightened on a dark palette."""
        base = super().standardIcon(standard, option, widget)
        if standard not in DARK_GLYPHS or not is_dark():
            return base
        if standard not in self.light:
            self.light[standard] = lightened(base)
        return self.light[standard]

    def generatedIconPixmap(self, mode: QIcon.Mode, pixmap: QPixmap | QImage,
                            option: QStyleOption) -> QPixmap:
        """Override QProxyStyle.generatedIconPixmap: on a dark palette a disabled icon is
        grey and faint (Fusion's stayed light grey, as bright as the icons beside it that
        work: Project Settings looked available with no project open)."""
        if mode != QIcon.Mode.Disabled or not is_dark():
            return super().generatedIconPixmap(mode, pixmap, option)
        source = pixmap if isinstance(pixmap, QPixmap) else QPixmap.fromImage(pixmap)
        image = source.toImage().convertToFormat(QImage.Format.Format_ARGB32)
        for y in range(image.height()):
            for x in range(image.width()):
                colour = image.pixelColor(x, y)
                if colour.alpha():
                    level = 70 + colour.lightness() * 40 // 255
                    image.setPixelColor(x, y, QColor(level, level, level, colour.alpha()))
        dimmed = QPixmap.fromImage(image)
        dimmed.setDevicePixelRatio(source.devicePixelRatio())
        return dimmed
