"""Qt colours and icons shared by the views (the same letter palette as the Excel export)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon

from raci.palette import SEVERITY_COLOURS, fill_for

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """``resources/`` in a source checkout, the packaged copy when installed."""
    if (RESOURCES / "icons").is_dir():
        return RESOURCES
    return Path(__file__).resolve().parent / "resources"


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """An icon from resources/icons by file stem (loaded once; views ask on every paint)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def cell_colour(letters: frozenset[str]) -> QColor | None:
    """Background of a matrix cell, or None for an empty cell."""
    fill = fill_for(letters)
    return QColor(f"#{fill}") if fill else None


def severity_colour(severity: str) -> QColor:
    """Text colour of a finding's severity."""
    return QColor(f"#{SEVERITY_COLOURS[severity]}")
