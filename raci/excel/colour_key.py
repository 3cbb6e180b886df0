"""Read a grid whose letters are shown only by the cells' fill colours, as a key gives them.

    Key:  [green] Does it (R)   [red] Answers for it (A)   [amber] Asked (C)   [blue] Told (I)

    Task        | Head    | Clerk   | Crew
    Plan it     | [red]   | [green] |
    Build it    |         | [red]   | [green]

A cell with no text filled in a key's colour holds that colour's letter; one filled with a
gradient of two key colours (red to green) holds both letters. Read only for a sheet in
which no grid of letters is found: a grid with letters is read by its letters, whatever
its colours.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser

from raci.excel.letters import fold, parse_letters
from raci.excel.sheets import Book, Cell, SheetCells, TextTable, fill_colours

ORDER = "RASCIVDO"
"""The order letters are written in a cell ('A/R')."""

_BRACKETED = re.compile(r"[(\[]\s*([A-Za-z])\s*[)\]]\s*$")
_OPENING = re.compile(r"\s*([A-Za-z])\s*(?:[=:–—|-]|$)")


def filled_blanks(book: Book, title: str) -> dict[Cell, tuple[str, ...]]:
    """The sheet's cells without text that are filled with a colour or a gradient, and
    the colours they show; one pass over the sheet."""
    wb = book.wb
    styles = getattr(wb, "_cell_styles", [])
    fills = getattr(wb, "_fills", [])
    shown: dict[int, tuple[str, ...]] = {}
    for i, style in enumerate(styles):
        fill_id = getattr(style, "fillId", 0)
        if 0 <= fill_id < len(fills) and (colours := fill_colours(fills[fill_id])):
            shown[i] = colours
    out: dict[Cell, tuple[str, ...]] = {}
    if not shown:
        return out
    with book.archive.open(book.parts[title]) as fh:
        parser = WorkSheetParser(fh, book.reader.shared_strings, data_only=True,
                                 epoch=wb.epoch, date_formats=wb._date_formats,
                                 timedelta_formats=wb._timedelta_formats)
        for _, cells in parser.parse():
            for cell in cells:
                style = int(cell.get("style_id") or 0)
                if style in shown and cell.get("value") in (None, ""):
                    out[(int(cell["row"]) - 1, int(cell["column"]) - 1)] = shown[style]
    return out


def _label_letter(text: str) -> str | None:
    """The one letter a key's label names: 'Does it (R)', 'R = Does it', 'Responsible'."""
    if match := _BRACKETED.search(text) or _OPENING.match(text):
        return match[1].upper()
    letters = parse_letters(text)
    return next(iter(letters)) if letters and len(letters) == 1 else None


def _entries(sheet: SheetCells, blanks: dict[Cell, tuple[str, ...]], side: int
             ) -> dict[str, tuple[str, Cell]]:
    """colour -> (letter, swatch) for swatches whose label stands on one side (+1 right,
    -1 left); a colour or a letter given twice is no entry."""
    found: dict[str, tuple[str, Cell]] = {}
    colours_of: dict[str, set[str]] = {}  # letter -> the colours given it, for linear time
    twice: set[str] = set()
    for (r, c), colours in blanks.items():
        label = sheet.text.get((r, c + side))
        letter = _label_letter(label) if len(colours) == 1 and label else None
        if letter is None:
            continue
        if colours[0] in found or letter in colours_of:
            twice.add(colours[0])
            twice.update(colours_of.get(letter, ()))
        found[colours[0]] = (letter, (r, c))
        colours_of.setdefault(letter, set()).add(colours[0])
    return {colour: v for colour, v in found.items() if colour not in twice}


def colour_key(sheet: SheetCells, blanks: dict[Cell, tuple[str, ...]]
               ) -> dict[str, tuple[str, Cell]]:
    """colour -> (letter, swatch cell) for a key of swatches: each a cell filled in one
    colour beside a label naming one letter, every label on the same side of its swatch
    (the side more swatches have one on), each colour one letter and each letter one
    colour."""
    return _key_and_side(sheet, blanks)[0]


def _key_and_side(sheet: SheetCells, blanks: dict[Cell, tuple[str, ...]]
                  ) -> tuple[dict[str, tuple[str, Cell]], int]:
    """The key (colour_key) and the side its labels stand on (+1 right, -1 left)."""
    right, left = _entries(sheet, blanks, 1), _entries(sheet, blanks, -1)
    return (right, 1) if len(right) >= len(left) else (left, -1)


class Coloured(NamedTuple):
    """A sheet read through its colour key (read_colour_letters)."""

    sheet: SheetCells
    """The sheet with each coloured cell given its letters as text, and a note saying so."""
    key_row: int | None
    """The key's row (0-based) when it is written along one."""
    key_col: int | None
    """Its labels' column (0-based) when it is written down one."""
    labels: frozenset[str]
    """The key's labels, folded: none of them is a name of the grid read."""


def read_colour_letters(book: Book | TextTable, title: str, sheet: SheetCells
                        ) -> Coloured | None:
    """The sheet with each cell filled in a key colour given that colour's letters as its
    text (a gradient of two key colours, both), for a sheet where the fills are the only
    letters; None when the sheet has no such key (three colours or more, R and A among
    them, every one a letter of a scheme: 'G - On track' makes a status key) or fewer than
    three cells so filled."""
    if not isinstance(book, Book) or title not in book.parts:
        return None
    blanks = filled_blanks(book, title)
    key, side = _key_and_side(sheet, blanks)
    named = {letter for letter, _ in key.values()}
    if len(key) < 3 or not {"R", "A"} <= named or not named <= set(ORDER):
        return None
    swatches = {cell for _, cell in key.values()}
    rows, cols = {r for r, _ in swatches}, {c for _, c in swatches}
    text = dict(sheet.text)
    coloured = []
    for cell, colours in blanks.items():
        in_key = (cell in swatches  # or between two of the swatches, on the key's own line
                  or (len(rows) == 1 and cell[0] in rows and min(cols) <= cell[1] <= max(cols))
                  or (len(cols) == 1 and cell[1] in cols and min(rows) <= cell[0] <= max(rows)))
        if (in_key or not all(c in key for c in colours)
                or cell[0] >= sheet.rows or cell[1] >= sheet.cols):
            continue
        letters = {key[c][0] for c in colours}
        text[cell] = "/".join(sorted(letters, key=lambda x: (ORDER + x).index(x)))
        coloured.append(cell)
    if len(coloured) < 3:
        return None
    first = min(swatches)
    said = ", ".join(sorted((letter for letter, _ in key.values()),
                            key=lambda x: (ORDER + x).index(x)))
    column = get_column_letter(first[1] + 1)
    where = (f"row {first[0] + 1}" if len(rows) == 1 else f"column {column}"
             if len(cols) == 1 else f"{column}{first[0] + 1}")
    note = (f"{len(coloured)} cells without text read by their fill colour, as the colour "
            f"key in {where} gives them ({said}; a cell filled with two of its "
            "colours holds both letters)")
    labels = frozenset(fold(sheet.text.get((r, c + side), "")) for r, c in swatches)
    return Coloured(replace(sheet, text=text, notes=[*sheet.notes, note]),
                    first[0] if len(rows) == 1 else None,
                    first[1] + side if len(cols) == 1 and len(rows) > 1 else None, labels)


_SKIPPED_AT = re.compile(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?: ")


def without_key(skipped: list[str], key_row: int | None, key_col: int | None = None
                ) -> list[str]:
    """The cells listed as left out, less those along the colour key's row or down its
    labels' column (0-based; its labels are read, not left out)."""
    row = str(key_row + 1) if key_row is not None else ""
    col = get_column_letter(key_col + 1) if key_col is not None else ""

    def in_key(entry: str) -> bool:
        at = _SKIPPED_AT.match(entry)
        return at is not None and (at[2] == row and at[4] in (None, row)
                                   or at[1] == col and at[3] in (None, col))
    return [entry for entry in skipped if not in_key(entry)]
