"""Qt colours and icons shared by the views (the same letter palette as the Excel export)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QLineF, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

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


ICON_NAME = "raciIcon"
"""The property naming the icon a widget, action or tab page shows (``themed_icon``)."""
ICON_ROLE = int(Qt.ItemDataRole.UserRole) + 40
"""The item data naming the icon a list item shows (``ui.theme`` draws it again)."""


def themed_icon(target: QObject, name: str) -> QIcon:
    """icon(name) for target (an action, a button, a tab's page), which remembers the name
    so that ``ui.theme`` sets the icon again when the palette turns light or dark."""
    target.setProperty(ICON_NAME, name)
    return icon(name)


class Drawn(QIconEngine):
    """An icon drawn at the size and device pixel ratio it is shown at, so it stays crisp on
    any screen (pixmaps of fixed sides were scaled: blurred at 1.5, 3, or a 10-pixel
    button). draw(width, height) gives the image in device pixels."""

    KEPT = 16
    """How many drawings an icon keeps (its sizes, ratios and modes shown lately)."""
    KEPT_SIDE = 512
    """Drawings larger than this many device pixels a side are drawn again when asked,
    not kept (one asked for at 40,000 pixels was 6 GB held for good)."""

    def __init__(self, draw: Callable[[int, int], QImage]) -> None:
        super().__init__()
        self.draw = draw
        self.drawn: dict[tuple[int, int, int], QPixmap] = {}

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """Override QIconEngine.scaledPixmap: drawn at size times scale (the ratio); an
        empty size gives no pixmap, as Qt's own icons do."""
        width, height = round(size.width() * scale), round(size.height() * scale)
        if width <= 0 or height <= 0:
            return QPixmap()
        key = (width, height, mode.value)
        pixmap = self.drawn.pop(key, None)  # (put back last: the newest)
        if pixmap is None:
            pixmap = QPixmap.fromImage(self.draw(width, height))
            app = QApplication.instance()
            if mode != QIcon.Mode.Normal and isinstance(app, QApplication):
                pixmap = app.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        if max(width, height) <= self.KEPT_SIDE:
            self.drawn[key] = pixmap
            while len(self.drawn) > self.KEPT:
                del self.drawn[next(iter(self.drawn))]  # the one shown longest ago
        shown = QPixmap(pixmap)
        shown.setDevicePixelRatio(scale)
        return shown

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Override QIconEngine.pixmap: at a ratio of 1."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        """Override QIconEngine.paint: drawn at the ratio of what is painted on."""
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        """Override QIconEngine.actualSize: any size asked for."""
        return QSize(size)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        """Override QIconEngine.availableSizes: the usual sides (any other is drawn too)."""
        return [QSize(side, side) for side in ICON_SIDES]

    def clone(self) -> QIconEngine:
        """Override QIconEngine.clone: a copy drawing the same (and sharing its drawings),
        held here until Qt deletes it with its icon."""
        global _CLONES  # noqa: PLW0603 (a module's list: see _CLONES)
        _CLONES = [twin for twin in _CLONES if shiboken6.isValid(twin)]
        twin = Drawn(self.draw)
        twin.drawn = self.drawn
        _CLONES.append(twin)
        return twin

    def isNull(self) -> bool:
        """Override QIconEngine.isNull."""
        return False

    def key(self) -> str:
        """Override QIconEngine.key."""
        return "raci-drawn"


_CLONES: list[Drawn] = []
"""Copies of drawn icons handed to Qt (an icon changed after it was copied): Qt deletes
them with their icon, yet nothing on this side held them, and the copy crashed the app as
soon as it was made."""


def drawn_icon(draw: Callable[[int, int], QImage]) -> QIcon:
    """An icon drawn by draw at the pixel size it is shown at (see Drawn)."""
    return QIcon(Drawn(draw))


def blank(width: int, height: int) -> QImage:
    """A transparent image to draw an icon on."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


@lru_cache(maxsize=64)
def _icon(name: str, dark: bool) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if not dark:
        return QIcon(str(path))
    data = path.read_bytes() if path.is_file() else b""
    if INK not in data:
        return QIcon(str(path))
    renderer = QSvgRenderer(QByteArray(data.replace(INK, DARK_INK)))

    def draw(width: int, height: int) -> QImage:
        image = blank(width, height)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

    return drawn_icon(draw)


def cell_colour(letters: frozenset[str]) -> QColor | None:
    """Background of a matrix cell, or None for an empty cell."""
    fill = fill_for(letters)
    return QColor(f"#{fill}") if fill else None


def quiet(text: QColor, back: QColor) -> QColor:
    """A grey for secondary text (a hint, a line saying what to do): between the text
    colour and the background, quieter than the text yet 4.5:1 or more on that background
    in the light and the dark palette (the placeholder grey was 3.9:1 on the light
    window, Qt's disabled grey 1.9:1 on white)."""
    return QColor.fromRgbF(0.6 * text.redF() + 0.4 * back.redF(),
                           0.6 * text.greenF() + 0.4 * back.greenF(),
                           0.6 * text.blueF() + 0.4 * back.blueF())


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
"""Standard icons Fusion draws dark whatever the palette (Close's cross, the findings
panel's float and close buttons): on a dark palette they could hardly be seen."""
TITLE_GLYPHS = {QStyle.StandardPixmap.SP_DockWidgetCloseButton: "close",
                QStyle.StandardPixmap.SP_TitleBarCloseButton: "close",
                QStyle.StandardPixmap.SP_TitleBarNormalButton: "float"}
"""The panels' title-bar buttons, drawn in the palette's text colour: Fusion's grey ones,
faint at their 10 pixels, only turned light stayed grey on the grey title bar."""


def lightened(source: QIcon) -> QIcon:
    """The icon with its dark pixels drawn light (lightness turned over, hue and alpha
    kept), for a dark palette; its coloured pixels stay as they are. Drawn from the source
    at each size and ratio shown."""
    def draw(width: int, height: int) -> QImage:
        image = source.pixmap(QSize(width, height), 1.0).toImage().convertToFormat(
            QImage.Format.Format_ARGB32)
        for y in range(image.height()):
            for x in range(image.width()):
                colour = image.pixelColor(x, y)
                if colour.alpha() and colour.lightness() < 110:
                    image.setPixelColor(x, y, QColor.fromHsl(
                        max(colour.hslHue(), 0), colour.hslSaturation(),
                        255 - colour.lightness(), colour.alpha()))
        return image

    return drawn_icon(draw)


def title_glyph(kind: str) -> QIcon:
    """A panel's title-bar button, a cross ('close') or two windows ('float'), in the
    palette's button text colour, one device pixel thick per ten (crisp at any ratio)."""
    def draw(width: int, height: int) -> QImage:
        image = blank(width, height)
        side = min(width, height)
        thick = max(1, round(side / 10))
        painter = QPainter(image)
        # (a one-pixel cross drawn smooth was grey: pixel steps are sharper)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, thick > 1)
        colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
        painter.setPen(QPen(colour, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                            Qt.PenJoinStyle.MiterJoin))
        left, top = (width - side) / 2, (height - side) / 2
        half = thick / 2
        if kind == "close":
            inset = side * 0.2 + half
            far = side - inset
            painter.drawLine(QLineF(left + inset, top + inset, left + far, top + far))
            painter.drawLine(QLineF(left + far, top + inset, left + inset, top + far))
        else:
            box = round(side * 0.6)
            shift = side - box - thick
            painter.drawRect(QRectF(left + half, top + shift + half, box - thick, box - thick))
            # the window behind: its top and right edges, and where they meet the front one
            back = QRectF(left + shift + half, top + half, box - thick, box - thick)
            painter.drawLine(QLineF(back.left(), back.top(), back.right(), back.top()))
            painter.drawLine(QLineF(back.right(), back.top(), back.right(), back.bottom()))
            painter.drawLine(QLineF(back.left(), back.top(), back.left(), top + shift + half))
            painter.drawLine(QLineF(left + box - half, back.bottom(), back.right(),
                                    back.bottom()))
        painter.end()
        return image

    return drawn_icon(draw)


def contrast(front: QColor, back: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    def luminance(colour: QColor) -> float:
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
               for c in (colour.redF(), colour.greenF(), colour.blueF())]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    lighter, darker = sorted((luminance(front), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def box_edge(palette: QPalette) -> QColor:
    """The edge of a check box: the quiet grey of its text on its field, taken nearer the
    text where that is under 4.5:1 (the letter picker's coloured fields: the quiet grey was
    3.6:1 on the orange row), where Fusion's edge, a shade of the window colour, was 1.1:1
    on the dark palette's field and could hardly be seen on a coloured row of the picker."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    edge = quiet(text, base)
    for part in (0.7, 0.8, 0.9, 1.0):
        if contrast(edge, base) >= 4.5:
            break
        edge = QColor.fromRgbF(part * text.redF() + (1 - part) * base.redF(),
                               part * text.greenF() + (1 - part) * base.greenF(),
                               part * text.blueF() + (1 - part) * base.blueF())
    return edge


def grid_line(palette: QPalette) -> QColor:
    """A dark table's grid lines: three parts field, one part text (about 2.5:1 on the dark
    field, as Fusion's grey lines are on white)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(0.3 * text.redF() + 0.7 * base.redF(),
                           0.3 * text.greenF() + 0.7 * base.greenF(),
                           0.3 * text.blueF() + 0.7 * base.blueF())


class DarkGlyphs(QProxyStyle):
    """Fusion, with the standard icons it draws near-black (DARK_GLYPHS) drawn light, and
    disabled icons faint, while the palette is dark; check boxes have a visible edge."""

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
            kind = TITLE_GLYPHS.get(standard)
            self.light[standard] = title_glyph(kind) if kind else lightened(base)
        return self.light[standard]

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, data: Any = None) -> int:
        """Override QProxyStyle.styleHint: on a dark palette a table's grid lines in
        ``grid_line`` (Fusion's, a shade of the window colour, were 1.1:1 on the dark
        field: the empty cells of the matrix ran together)."""
        if hint == QStyle.StyleHint.SH_Table_GridLineColor and option is not None \
                and option.palette.color(QPalette.ColorRole.Base).lightness() < 128:
            rgba = int(grid_line(option.palette).rgba())
            return rgba - (1 << 32) if rgba >= 1 << 31 else rgba  # (Qt's int: signed)
        return int(super().styleHint(hint, option, widget, data))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        """Override QProxyStyle.drawPrimitive: a check box's edge in ``box_edge`` (the
        focus colour stays while it has the keyboard focus)."""
        super().drawPrimitive(element, option, painter, widget)
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if element not in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                           QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck) or \
                (option.state & focused) == focused:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(box_edge(option.palette), 1))
        painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()

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
