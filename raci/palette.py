"""One colour per letter, shared by the Excel export and the desktop app."""

from __future__ import annotations

LETTER_FILLS: dict[str, str] = {
    "A": "F4B183",  # owner: warm orange
    "R": "9DC3E6",  # doer: blue
    "D": "9DC3E6",  # DACI driver: the doer colour
    "V": "D9C3E9",  # verifies: lilac
    "S": "FFE699",  # support / signs off: yellow
    "C": "C5E0B4",  # consulted / contributor: green
    "I": "E2E2E2",  # informed: grey
    "O": "F7F7F7",  # out of the loop: near white
}
"""RRGGBB fill per letter; a cell with several letters takes the first in this order, which
is every scheme's own order (RACI-VS shows "V/S": verifies, then signs off), so a cell is
coloured by the first letter it shows."""

PRIORITY = tuple(LETTER_FILLS)

SEVERITY_COLOURS = {"error": "C00000", "warning": "B26B00", "info": "44546A"}


def fill_for(letters: frozenset[str] | set[str]) -> str | None:
    """The fill colour of a cell with these letters, or None for an empty cell."""
    for code in PRIORITY:
        if code in letters:
            return LETTER_FILLS[code]
    return None
