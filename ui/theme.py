"""Following the palette while the app runs: light to dark and back.

Icons are drawn for the palette they were asked under (their neutral lines light
on a dark one), and a few colours are picked once; so a palette change at runtime
(the system switching to dark, or back) left the toolbar, the tabs and the start
page with icons drawn for the old palette, dark ones on the dark toolbar. A
``ThemeFollower`` on the window sets every remembered icon again (``themed_icon``
names them), and the style draws its lightened glyphs anew. ``apply_scheme``
chooses the palette when the system's colour scheme changes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QListWidget,
    QTabWidget,
    QWidget,
)

from ui.palette import ICON_NAME, ICON_ROLE, DarkGlyphs, dark_palette, icon, is_dark


class ThemeFollower(QObject):
    """Draws a window's remembered icons again when the palette turns light or dark."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dark = is_dark()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: on the window's palette change, refresh."""
        if watched is self.window and event.type() in (QEvent.Type.PaletteChange,
                                                        QEvent.Type.ApplicationPaletteChange):
            self.refresh()
        return False

    def refresh(self, force: bool = False) -> None:
        """Set every remembered icon again when the palette's lightness changed."""
        dark = is_dark()
        if dark == self.dark and not force:
            return
        self.dark = dark
        app = QApplication.instance()
        style = app.style() if isinstance(app, QApplication) else None
        if isinstance(style, DarkGlyphs):
            style.light.clear()  # drawn in the old palette's text colour
        window = self.window
        targets: list[QAction | QAbstractButton] = [*window.findChildren(QAction),
                                                    *window.findChildren(QAbstractButton)]
        for target in targets:
            name = target.property(ICON_NAME)
            if name:
                target.setIcon(icon(str(name)))
        for tabs in window.findChildren(QTabWidget):
            for i in range(tabs.count()):
                page = tabs.widget(i)
                name = page.property(ICON_NAME) if page is not None else None
                if name:
                    tabs.setTabIcon(i, icon(str(name)))
        for items in window.findChildren(QListWidget):
            for row in range(items.count()):
                item = items.item(row)
                name = item.data(ICON_ROLE)
                if name:
                    item.setIcon(icon(str(name)))
        for dock in window.findChildren(QDockWidget):
            # a dock's title-bar buttons take the style's glyphs again on a style change
            QApplication.sendEvent(dock, QEvent(QEvent.Type.StyleChange))


def wanted_dark(scheme: Qt.ColorScheme) -> bool:
    """Dark when RACI_PLANNER_THEME says so, else when the system's scheme is dark."""
    theme = os.environ.get("RACI_PLANNER_THEME", "").lower()
    if theme in ("dark", "light"):
        return theme == "dark"
    return scheme == Qt.ColorScheme.Dark


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The palette for the system's colour scheme (the dark one, or the style's own)."""
    dark = wanted_dark(scheme)
    if dark == is_dark():
        return
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
