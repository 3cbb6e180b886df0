"""Numbers in place of letters: a chart whose cells hold codes (1, 2, 3, 4, or '2+1' for
two) that a key on the sheet explains ('Code: 1 = Responsible (R)  2 = Approves (A) ...'),
as people write them to count the cells with a formula.

The codes are read as the letters the key gives them before the grid is looked for, in
the columns that hold codes and no other numbers; a column numbering the rows (1, 2, 3
...) or counting them (`Total`) keeps its numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from raci.excel.grid import QUANTITY_HEADING, SUMMARY_TEXT, ref
from raci.excel.letters import KNOWN, WORD_LETTERS, denies, equivalent, fold, stands_for
from raci.excel.sheets import Cell, SheetCells

KEY_ENTRY = re.compile(r"(?<![\w+/.,:-])(\d{1,2})(?:\s*(?:=|:|→|⇒|->)|\s+[-–])\s*(?=\S)")
"""'1 = ', '2: ', '3 → ', '4 - ' opening an entry of a key of number codes."""
KEY_LABELS = {"key", "code", "codes", "legend", "légende", "legende", "leyenda", "legenda",
              "clave", "schlüssel", "symbol", "symbols", "codi", "codis", "código", "códigos"}
"""A word that may stand right before a key's first code with no colon ('Key 1 = R')."""
KEY_HINT = re.compile(r"\d(?:\s*(?:=|:|→|⇒|->)|\s+[-–])")
LETTER_FIRST = re.compile(r"^\s*([A-Z])(?:\s*$|\s*[(\[:=–—-])")
"""A meaning that opens on the letter itself ('R', 'R (Responsible)', 'A - Approves')."""
_MEANING_END = re.compile(r"\s{2,}|[;|\n·•—]")
CODED = re.compile(r"^\s*\d{1,2}(?:\s*[+/,&]\s*\d{1,2}){0,3}\s*$")
"""A cell of codes: one, or two to four joined ('2+1', '1/3')."""
_CODE = re.compile(r"\d{1,2}")
OTHER_NUMBER = re.compile(r"^\s*-?\d+(?:[.,]\d+)?%?\s*$")
NUMBERING_HEADING = re.compile(r"(?<![^\W_])(?:step|no\.?|nr\.?|#|id)(?![^\W_])", re.IGNORECASE)
"""A heading over numbers that number something ('Step', 'No.'): they are no codes."""
MAX_KEY_TEXT = 400


def _letter_of(meaning: str) -> str:
    """The letter a key's meaning names: the letter it opens on ('R', 'R - Responsible'),
    else the letter in brackets it closes on ('Consultat (C)'), else its first word when
    that is a letter's word ('Responsible, does it'), else the one RACI letter a word of
    it names ('Is asked before (consulted)'); '' for none."""
    if (first_letter := LETTER_FIRST.match(meaning)) and first_letter[1] in KNOWN:
        return first_letter[1]
    if named := equivalent(meaning):
        return named
    first = fold(re.split(r"[\s(:,;.\-–—/]+", meaning.strip(), maxsplit=1)[0])
    return WORD_LETTERS.get(first) or stands_for("0", meaning)


def key_entries(text: str) -> dict[str, str]:
    """Code -> letter for a key of number codes written in one cell ('1 = Responsible (R)
    2 = Approves (A)  3 = Consulted (C)'), or one entry of it ('4 = Informed'); {} for
    another text, when an entry names no letter, or when a word other than a key's label
    stands before the first code (a numbered heading: 'Stage 1: Inform the residents')."""
    if len(text) > MAX_KEY_TEXT:
        return {}
    starts = list(KEY_ENTRY.finditer(text))
    if starts and (before := text[:starts[0].start()].split()) and (
            before[-1][-1:].isalnum() and fold(before[-1]) not in KEY_LABELS):
        return {}  # 'Stage 1: Inform the residents', 'Round 2: Consult': a numbered heading
    out: dict[str, str] = {}
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        meaning = _MEANING_END.split(text[match.end():end].strip(), maxsplit=1)[0]
        letter = "" if denies("0", meaning) else _letter_of(meaning)
        code = str(int(match.group(1)))
        if not (letter or denies("0", meaning)) or out.get(code, letter) != letter:
            return {}
        out[code] = letter  # '' for a code the key says is none ('0 = Not involved')
    return out


def sheet_key(sheet: SheetCells) -> tuple[dict[str, str], list[Cell]]:
    """The number codes a sheet's key explains and the key's cells: entries in one cell
    or one to a cell, or a code in one cell and its meaning alone beside it ('1 |
    Responsible'). Two codes at least, each its own letter; else ({}, [])."""
    codes: dict[str, str] = {}
    cells: list[Cell] = []
    for (r, c), text in sheet.text.items():
        if len(text) <= 2 and text.isdigit():
            beside = sheet.text.get((r, c + 1), "")
            if not beside or any((r, x) in sheet.text for x in range(c + 2, c + 4)) or (
                    c > 0 and (r, c - 1) in sheet.text):
                continue
            found = key_entries(f"{text} = {beside}")
        elif ("=" in text or ":" in text or "→" in text or "⇒" in text or ">" in text
              or "-" in text or "–" in text) and KEY_HINT.search(text):
            found = key_entries(text)
        else:
            continue
        if not found:
            continue
        for code, letter in found.items():
            if codes.get(code, letter) != letter:
                return {}, []
            codes[code] = letter
        cells.append((r, c))
    letters = [letter for letter in codes.values() if letter]
    if len(letters) < 2 or len(set(letters)) < len(letters):
        return {}, []
    return codes, cells


def _coded_columns(sheet: SheetCells, codes: dict[str, str],
                   key: set[Cell]) -> dict[int, list[int]]:
    """Column -> its rows of codes, for the columns that hold two codes or more and no
    other number, do not number the rows in order and are not headed as counts."""
    by_col: dict[int, list[tuple[int, str]]] = {}
    for (r, c), t in sheet.text.items():
        if (t[:1].isdigit() or (t[:1] == "-" and t[1:2].isdigit())) and (r, c) not in key:
            by_col.setdefault(c, []).append((r, t))
    out: dict[int, list[int]] = {}
    for c, cells in by_col.items():
        cells.sort()
        coded: list[tuple[int, str]] = []
        for r, t in cells:
            if CODED.match(t):
                coded.append((r, t))
            elif OTHER_NUMBER.match(t):
                break  # '5', '1.5': a column of other numbers
        else:
            if len(coded) >= 2 and _of_the_key(sheet, c, coded, codes):
                out[c] = [r for r, _ in coded]
    return out


def _of_the_key(sheet: SheetCells, c: int, coded: list[tuple[int, str]],
                codes: dict[str, str]) -> bool:
    """True when a column's codes are all the key's, do not number the rows in order, and
    the column is not headed as counts ('Total') or another quantity ('Crew size')."""
    if any(code not in codes and code != "0" for _, t in coded  # 0 for nobody
           for code in (str(int(x)) for x in _CODE.findall(t))):
        return False
    if _numbering(coded):
        return False
    for r in range(coded[0][0] - 1, -1, -1):
        if (head := sheet.text.get((r, c))) and not CODED.match(head):
            return not (SUMMARY_TEXT.match(head) or QUANTITY_HEADING.search(head)
                        or NUMBERING_HEADING.search(head))
    return True


def _numbering(cells: list[tuple[int, str]]) -> bool:
    """True for 1, 2, 3 ... on the rows one under another: a column numbering the rows."""
    return len(cells) >= 3 and all(
        t.strip() == str(i + 1) and r == cells[0][0] + i for i, (r, t) in enumerate(cells))


def read_codes(sheet: SheetCells) -> SheetCells:
    """The sheet with its number codes read as the letters its key gives them and the key's
    cells taken off (the same sheet when it has no such key, or no column of codes); a
    note says where the key was and what it gave."""
    codes, key = sheet_key(sheet)
    if not codes:
        return sheet
    columns = _coded_columns(sheet, codes, set(key))
    if not columns:
        return sheet
    text = dict(sheet.text)
    for c, rows in columns.items():
        for r in rows:
            letters = "/".join(filter(None, (codes.get(str(int(x)), "")
                                             for x in _CODE.findall(text[(r, c)]))))
            if letters:
                text[(r, c)] = letters
            else:
                del text[(r, c)]
    for r, c in key:  # the key, read and named in the note, is no text left on the sheet
        text.pop((r, c), None)
        if sheet.text[(r, c)].strip().isdigit():  # ('1 | Responsible': its meaning too)
            text.pop((r, c + 1), None)
    meaning = ", ".join(f"{code} = {letter or 'none'}" for code, letter in
                        sorted(codes.items(), key=lambda item: int(item[0])))
    where = ", ".join(ref(*cell) for cell in sorted(key)[:4])
    note = (f"numbers in place of letters: read by the key in {where} ({meaning}), "
            f"in {sum(len(rows) for rows in columns.values())} cells")
    return replace(sheet, text=text, notes=[*sheet.notes, note])
