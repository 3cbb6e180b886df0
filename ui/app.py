"""Start the desktop app: ``raci-planner [PROJECT]`` or ``python main.py [PROJECT]``."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from raci import __version__
from raci.paths import APP_AUTHOR, APP_NAME
from ui.main_window import start_window
from ui.palette import icon


def make_app(argv: list[str]) -> QApplication:
    """The QApplication with names used by QSettings, and the app icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("raci-planner"))
    app.setStyle("Fusion")  # follows the system light or dark palette on every platform
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the app until the window closes."""
    args = list(sys.argv[1:] if argv is None else argv)
    app = make_app([sys.argv[0], *args])
    files = [a for a in args if not a.startswith("-")]
    window = start_window(files[:1])
    window.show()
    return app.exec()
