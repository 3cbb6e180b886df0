"""First sizes of windows and dialogs, kept within the screen they open on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9
"""At most this share of the screen's free area (inside task bars and docks) is taken."""


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize widget to width x height, or less where the screen is smaller.

    A laptop at 1366 x 768, or a 1920 x 1080 screen at 150% scale (1280 x 720 for Qt),
    has less room than the sizes the windows ask for; the part beyond the screen (the
    status bar, the dialog's buttons) could not be reached.
    """
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, int(room.width() * SCREEN_SHARE)),
                  min(height, int(room.height() * SCREEN_SHARE)))
