"""Qt colours and icons shared by the views (the same letter palette as the Excel export)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

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
