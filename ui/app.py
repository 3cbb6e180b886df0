"""Start the desktop app: ``raci-planner [PROJECT]`` or ``python main.py [PROJECT]``."""

from __future__ import annotations

import sys
from typing import Protocol

from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from raci import __version__
from raci.paths import APP_AUTHOR, APP_NAME
from raci.similar import one_blas_thread
from ui.main_window import start_window
from ui.palette import DarkGlyphs, dark_palette, icon
from ui.theme import apply_scheme, wanted_dark


def make_app(argv: list[str]) -> QApplication:
    """The QApplication with names used by QSettings, and the app icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("raci-planner"))
    app.setStyle(DarkGlyphs("Fusion"))  # Fusion, its near-black glyphs light when dark
    if wants_dark(app):
        app.setPalette(dark_palette())
    # the system turning dark (or light) while the app runs: the palette follows, and each
    # window's icons with it (ui.theme.ThemeFollower)
    app.styleHints().colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
    app.aboutToQuit.connect(lambda: release_clipboard(app.clipboard(), app.platformName()))
    return app


class _Clipboard(Protocol):
    def ownsClipboard(self) -> bool: ...  # noqa: N802 (Qt's name)
    def ownsSelection(self) -> bool: ...  # noqa: N802
    def clear(self, mode: QClipboard.Mode) -> None: ...


def release_clipboard(clipboard: _Clipboard, platform: str) -> list[QClipboard.Mode]:
    """On X11, give up the clipboard and selection this app owns, just before it exits.

    Otherwise Qt hands what was copied to the clipboard manager on exit and
    waits up to five seconds for an answer some managers never send
    (xfce4-clipman): quitting after a Copy took 5.2 s. Managers that keep a
    history took the text when it was copied and offer it again once the
    clipboard is empty. Returns the modes released (none on other platforms,
    where the system keeps the clipboard itself).
    """
    if platform != "xcb":
        return []
    owned = [(QClipboard.Mode.Clipboard, clipboard.ownsClipboard()),
             (QClipboard.Mode.Selection, clipboard.ownsSelection())]
    released = [mode for mode, owns in owned if owns]
    for mode in released:
        clipboard.clear(mode)
    return released


def wants_dark(app: QApplication) -> bool:
    """True when the system (or RACI_PLANNER_THEME=dark) asks for a dark palette."""
    return wanted_dark(app.styleHints().colorScheme())


def main(argv: list[str] | None = None) -> int:
    """Run the app until the window closes."""
    args = list(sys.argv[1:] if argv is None else argv)
    one_blas_thread()  # before anything imports numpy
    app = make_app([sys.argv[0], *args])
    files = [a for a in args if not a.startswith("-")]
    window = start_window(files[:1], sample="--sample" in args)
    window.show()
    return app.exec()
