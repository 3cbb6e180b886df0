"""Read documents into blocks: headings, paragraphs, list items and table rows.

Each format goes through a real parser (markdown-it-py, the standard library's HTML
parser, python-docx; pypdf in pdf.py, defusedxml in odf.py and slides.py);
plain text is split into lines with light structure. Every block records where it
came from (line, paragraph or table row) for provenance.
"""

from __future__ import annotations

import csv
import html
import io
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import partial
from html.parser import HTMLParser
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from raci.derive import lazy_re as re
from raci.derive.actors import (
    actor_name,
    agreeing,
    dash_doer,
    is_third_person_verb,
    is_verb,
    subject_actor,
    third_person_of,
    verb_lemma,
    word_classes,
)
from raci.derive.data import DataParts, board_markdown, data_parts, parse_data
from raci.derive.formats import SUPPORTED, SUPPORTED_NAMES
from raci.errors import RaciError
from raci.excel.letters import WORD_LETTERS, legend_entry, parse_letters
from raci.files import damage, read_user_file

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from docx.text.paragraph import Paragraph
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.token import Token

MAX_BYTES = 20 * 1024 * 1024


# how many blocks (headings, paragraphs, items, rows) a stage reads between two calls of a
# caller's checkpoint: a cancelled draft stops within a long document, not after it
CHECKPOINT_BLOCKS = 50


@dataclass(frozen=True)
class Block:
    """A piece of a document with its kind and location."""

    kind: str  # heading | para | item | row
    text: str
    location: str
    level: int = 0
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    # (offset in text, source line) where each further source line of the block begins,
    # for a paragraph written over several lines
    breaks: tuple[tuple[int, int], ...] = ()
    # a list item's nesting, 0 outermost (Markdown), or its indent (plain text): deeper
    # is more
    depth: int = 0
    # a table row's phase, from a column of the table's own ("Stage | Activity | PM | ..."
    # over "Build | Test the release | A | ..."); "" when the table has none
    phase: str = ""

    def location_at(self, offset: int) -> str:
        """Where the text at ``offset`` stands in the source: the line it starts on."""
        index = bisect_right(self.breaks, offset, key=lambda b: b[0])  # sorted by offset
        return self.location if index == 0 else f"line {self.breaks[index - 1][1]}"


def join_lines(lines: list[str], first: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Source lines ``first``, ``first + 1``, ... as one text with single spaces, and where
    each line after the first begins in it."""
    text = ""
    breaks: list[tuple[int, int]] = []
    for n, line in enumerate(lines, start=first):
        piece = " ".join(line.split())
        if not piece:
            continue
        if text:
            text += " "
            breaks.append((len(text), n))
        text += piece
    return text, tuple(breaks)


@dataclass
class Document:
    """A parsed document."""

    name: str
    blocks: list[Block] = field(default_factory=list)
    _rows: tuple[int, dict[tuple[str, ...], list[Block]]] | None = field(
        # (a parameter of the constructor: compiled by mypyc, a dataclass leaves a field
        # outside its constructor unset)
        default=None, repr=False, compare=False)

    def text(self) -> str:
        """All text, for role discovery."""
        return "\n".join(b.text for b in self.blocks)

    def rows_of(self, header: tuple[str, ...]) -> list[Block]:
        """The rows of the table (or tables) with this header, in document order; the
        rows are indexed by header once, not searched for each row."""
        if self._rows is None or self._rows[0] != len(self.blocks):
            index: dict[tuple[str, ...], list[Block]] = {}
            for block in self.blocks:
                if block.kind == "row":
                    index.setdefault(block.header, []).append(block)
            self._rows = (len(self.blocks), index)
        return self._rows[1].get(header, [])


# A lower-case letter or roman number as a list's marker: "(a)", "a)", "a.", "(iv)", "iv."
# ("a. Transport. Two minibuses ...", a paragraph lettered with its run-in title, is none)
_LOWER_MARK = (r"(?:\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)]"
               r"(?!\s+[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}\.\s))")
_BULLET = re.compile(r"^\s*(?:[-*•‣◦·–]|\d{1,3}[.)]|" + _LOWER_MARK + r")\s+(?=\S)")
# A word processor numbers its lists itself: a typed "a. Transport. ..." there is a
# lettered paragraph of an order, so only the bracketed marks are its items
_TYPED_BULLET = re.compile(r"^\s*(?:[-*•‣◦·–]|\d{1,3}[.)]|\((?:[a-z]|[ivx]{1,4})\))\s+(?=\S)")
# "(a) register the model ...", "b) monitor ...", "iv. attest ...": a lettered
# sub-clause on a line of its own
_LETTERED = re.compile(r"^\s*" + _LOWER_MARK + r"\s+(?=\S)")
# A section number: "4.", "4.1", "4.1.2." before a heading or a clause.
_SECTION = re.compile(r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3})*\.?)\s+(?=\S)")


def _clause_text(text: str) -> str:
    """A clause without its section number: "4.1 The clerk signs ..." -> "The clerk
    signs ..."; a single number ("4. ...") is a list item's and stays for the list."""
    section = _SECTION.match(text)
    return text[section.end():] if section and "." in section.group("num").strip(".") \
        else text


# A numbered list item's number: "1. Book the hall", "  2) Send the invites"
_NUMBERED_AFRESH = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?=\S)")


def _list_under(line: str, next_text: str) -> bool:
    """Whether a numbered line stands over a numbered list of its own, one numbered
    afresh from 1 under a line numbered otherwise ("4. Before the day" over "1. ...")."""
    item = _NUMBERED_AFRESH.match(next_text)
    return item is not None and item.group("n") == "1" and \
        not line.lstrip().startswith("1")


def _step_title(title: str) -> bool:
    """A numbered line that reads as a step ("Submit the form", "Check all exits") rather
    than a section's name ("Accounts", "Summer event"): a verb in its plain form first,
    followed by an article or more than one word."""
    words = title.split()
    first = words[0].lower() if words else ""
    if not is_verb(first) or first.endswith("s") and not first.endswith("ss"):
        return False  # ("Accounts": a plural noun, no step)
    return len(words) >= 3 or len(words) == 2 and words[1].lower() in (
        "the", "a", "an", "all", "each", "every", "your", "our", "their", "its")


def _section_heading(line: str, next_line: str) -> tuple[str, int] | None:
    """A numbered section heading ("4. Roles and Responsibilities" over "4.1 ...",
    "4.2 Scope"): its title and level, else None."""
    section = _SECTION.match(line)
    if section is None:
        return None
    number, title = section.group("num").rstrip("."), line[section.end():].strip()
    nested = "." in number or next_line.lstrip().startswith(number + ".") and \
        next_line.lstrip()[len(number) + 1:len(number) + 2].isdigit()
    if nested and title[:1].isupper() and len(title.split()) <= 10 and \
            not title.endswith((".", ",", ";", "!", ":")):
        return title, min(number.count(".") + 2, 6)
    return None


_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


class DocumentError(RaciError):
    """A document cannot be read; the message names it and says why."""


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise DocumentError(f"{path}: the document is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{path}: broken UTF-16 text ({exc.reason})") from exc
    if b"\x00" in raw[:4096]:
        raise DocumentError(
            f"{path}: looks like a binary file, not text; use {SUPPORTED_NAMES}"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from exc


def split_pipe(line: str) -> tuple[str, ...]:
    """The cells of a table row written with pipes ("| Site set-up | R | C |"), stripped."""
    parts = [p.strip() for p in line.strip().strip("|").split("|")]
    return tuple(parts)


def _layout_sentences(rows: list[tuple[str, ...]]) -> list[tuple[int, str]] | None:
    """(row index, text) of each row with text, when a table is laid out only to set a
    picture beside each sentence (an Easy Read page): two or more columns, at most one
    cell with text a row, the first row's a sentence of four words or more; else None."""
    filled = [[c for c in cells if c.strip()] for cells in rows]
    if not rows or any(len(cells) < 2 for cells in rows) or any(len(f) > 1 for f in filled) \
            or not filled[0] or len(filled[0][0].split()) < 4:
        return None
    return [(r, f[0].strip()) for r, f in enumerate(filled) if f]


def _grouped_head(rows: list[tuple[str, ...]]) -> bool:
    """Whether a table's first row only groups the heads of the row under it ("Client
    side | Client side | Design team | Design team" over "Client | PM | Architect |
    Structural Engineer", a merged cell repeated over the columns it spans): a run of two
    or more equal cells in the first row, each over a head of its own in the second,
    whose first cell is blank or the same (the first column's head spans both rows)."""
    if len(rows) < 3 or len(rows[0]) < 3 or len(rows[1]) != len(rows[0]):
        return False
    top, under = rows[0], rows[1]
    runs = [c for c in range(1, len(top)) if top[c].strip() and top[c] == top[c - 1]]
    if not runs or under[0].strip() and under[0] != top[0]:
        return False
    spanned = {c for r in runs for c in (r - 1, r)}
    return all(under[c].strip() and under[c] != top[c] for c in spanned)


def table_blocks(rows: list[tuple[str, ...]], where: str) -> list[Block]:
    """Row blocks of a table: the first row is the header of the others (or, when it only
    groups the heads of the row under it, that row with the first's cells where it has
    none). A table laid out only to put a picture beside each sentence (an Easy Read
    page: two or more columns, one cell with text a row, the first a sentence) gives its
    sentences as paragraphs."""
    laid_out = _layout_sentences(rows)
    if laid_out is not None:
        return [Block("para", text, f"{where}, row {r + 1}") for r, text in laid_out]
    blocks: list[Block] = []
    header: tuple[str, ...] = ()
    first = 1
    if _grouped_head(rows):
        rows, first = _merged_heads(rows, 2), 2
    for r, cells in enumerate(rows, start=first):
        blocks.append(Block("row", " | ".join(cells), f"{where}, row {r}", cells=cells,
                            header=header))
        header = header or cells
    return blocks


REMARK = re.compile(r"^(?:note|nb|n\.b\.|tip|hint|warning|caution|important|example|e\.g\.)\s*:",
                    re.IGNORECASE)
LIST_HEADING = re.compile(r"\b(?:responsibilit(?:y|ies)|duties|tasks|accountabilities|"
                          r"what you(?:'ll| will) do)\s*$", re.IGNORECASE)
WRAPPED_WIDTH = 60  # a line this long that stops mid-sentence was wrapped by its writer
# "Who: Kasia", "Owner: PMO Lead": a line naming who does the task written above it; in
# plain text it may follow the task on its line after a gap ("Book the pickers   Who: Kasia")
_WHO_LABEL = re.compile(r"(?:who|owner|owners|responsible|accountable|lead)\s*:",
                        re.IGNORECASE)
_WHO_AFTER_GAP = re.compile(r"(?<=\S)\s{2,}(?=(?:who|owner)\s*:\s*\S)", re.IGNORECASE)
# "=== WINTER (Jan-Feb) ===", "--- Harvest ---": a heading between rules of one character
_RULED_HEADING = re.compile(r"^(?P<rule>([=~#*-])\2{1,})\s*(?P<title>[^=~#*-].{0,80}?)\s*"
                            r"(?P=rule)\2*$")
_SENTENCE_END = (".", "!", "?", ":", ";")
_NAME_END = re.compile(r"\s(?:Dr|Prof|Mr|Mrs|Ms|Mx)?\.?\s*[A-Z][a-z]+(?:['’]s)?$")
# ("... approved by the Principal" over "Investigator.": a title cut by the wrap)
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*(?:,\s|\s+(?:who|which|and|or)\s|[.;](?:\s|$))")
# ("... The Teaching Lab" over "Manager books them ...": a title's last words, then the
# sentence goes on in lower case)
_TITLE_GOES_ON = re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+[a-z]+\b(?!:)")


def _title_goes_on(last: str, line: str) -> bool:
    """Whether a wrapped line ending on capitalised words goes on into a line that opens
    with the last words of the same title ("The Teaching Lab" over "Manager books them
    with ..."): the words joined name a person or a group, the line's own do not stand
    alone as a sentence's opening ("Order the seed potatoes" names no one)."""
    m = _TITLE_GOES_ON.match(line)
    if m is None:
        return False
    head = re.search(r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*$", last)
    return head is not None and actor_name(m.group("title"), acronym=True) is not None and \
        actor_name(f"{head.group()} {m.group('title')}") is not None
_OPEN_END = re.compile(r"\s(?:the|a|an|of|and|or|to|with|for|by|from|at|in|on|its|their|our|"
                       r"your|his|her|this|that|these|those)$", re.IGNORECASE)
# (a match is a space, a word of at most five letters and the end, with a line break at
# most: it lies within the last eight characters, searched alone instead of the whole line)
_OPEN_END_REACH = 8


# "CONTROL - Event Control Manager (Lena Hart; nights: Raj Bhatt)": a label, a dash and a
# role, with who fills it in brackets
_LABELLED_ROLE = re.compile(r"^(?P<label>[^\s:–—-][^:–—]{0,30}?)\s+[-–—]\s+(?P<role>[^()]{3,60}?)"
                            r"\s*(?:\([^()]*\))?$")


def _role_title_line(line: str) -> bool:
    """A line that only titles a role ("CONTROL - Event Control Manager (Lena Hart)"):
    the indented lines under it are its content, not its words carried on."""
    m = _LABELLED_ROLE.match(line)
    return m is not None and actor_name(m.group("role").split(",")[0], acronym=True) is not None


# "  Weekly:  empties the bins ...": a short label (a time, a place, a kind of job), its
# colon, and a duty whose subject is above it (a verb in the third person, in lower case)
_HANGING_LABEL = re.compile(r"^(?P<indent>[ \t]*)(?P<label>[A-Za-z][\w'’ -]{1,24}?):[ \t]+"
                            r"(?P<text>[a-z][\w'’-]*\b.*)$")


def _hanging_lists(raw: list[str]) -> list[str]:
    """Labelled lines of duties written under a role's title, each carried on below at a
    deeper indent ("Caretaker - Phil" over "  Weekly:  empties the bins ..." and
    "           checks the toilets ..."), as a list: the label goes (a time or a kind of
    job, no one's name), each line that opens with a verb of its own is an item, and the
    lines that do not carry on the item above them (joined to it, a blank line left in
    their place). Only a run of two labels or more at one
    indent, both opening on a verb in the third person and neither label naming a role, is
    read so; every other line is kept as it is (one line out for each line in)."""
    out = list(raw)
    k = 0
    while k < len(raw):
        m = _HANGING_LABEL.match(raw[k])
        if m is None or not is_third_person_verb(m.group("text").split()[0]):
            k += 1
            continue
        indent = m.group("indent")
        run: list[tuple[int, re.Match[str] | None]] = [(k, m)]
        j = k + 1
        while j < len(raw) and raw[j].strip():
            line = raw[j]
            deeper = len(line) - len(line.lstrip()) > len(indent)
            label = _HANGING_LABEL.match(line)
            if label is not None and label.group("indent") == indent:
                run.append((j, label))
            elif deeper and _HANGING_LABEL.match(line) is None:
                run.append((j, None))
            else:
                break
            j += 1
        labels = [lm for _n, lm in run if lm is not None]
        if len(labels) < 2 or any(actor_name(lm.group("label"), acronym=True) is not None
                                  for lm in labels) or \
                sum(is_third_person_verb(lm.group("text").split()[0]) for lm in labels) < 2:
            k = j
            continue
        item = k
        for n, lm in run:
            if lm is not None or is_third_person_verb(raw[n].split()[0]):
                item = n
                out[n] = f"{indent}- {lm.group('text') if lm else raw[n].strip()}"
            else:
                # (carried on: joined to its item, the line left blank in its place)
                out[item] = f"{out[item].rstrip()} {raw[n].strip()}"
                out[n] = ""
        k = j
    return out


def _logical_lines(raw: list[str]) -> list[tuple[int, str, tuple[tuple[int, int], ...]]]:
    """(first source line, text, breaks) per line of meaning: a long line that stops
    mid-sentence and the lines that carry it on in lower case are one ("The release
    manager plans the release calendar for the quarter and\napproves every deployment.");
    a blank line stays an empty entry."""
    out: list[tuple[int, str, tuple[tuple[int, int], ...]]] = []
    group: list[str] = []
    first = 0
    last = ""
    pieces = [(number, piece) for number, raw_line in enumerate(raw, start=1)
              for piece in _WHO_AFTER_GAP.split(raw_line)]
    for number, raw_line in pieces:
        line = raw_line.strip()
        indented = raw_line[:2] == "  " and bool(line) and not _BULLET.match(line)
        # ("   Who: vineyard hands" under a long task line answers it, it does not carry
        # it on)
        # ("... decides, with the Front of" over "House Manager, whether ...": a line
        # ending on a word that cannot end a sentence is carried on whatever the case)
        # ("Party leader -> Base: position report" is a hand-off line of its own)
        # ("... chaired by Dr Amara" over "Nwosu, who return ...": a name cut by the wrap)
        carries_on = bool(group) and (line[:1].islower() or line[:1] == "(" or (
            indented and not ARROW.search(last)) or \
            bool(_OPEN_END.search(last[-_OPEN_END_REACH:])) or (
            # (the name searched at the line's end only: a long run of spaces before it
            # would make the search take time growing with its square)
            _NAME_END.search(last[-40:]) is not None and (
                _NAME_GOES_ON.match(line) is not None or
                _title_goes_on(last[-60:], line)))) and \
            not ARROW.search(line) and not (LEADER_LINE.match(line) and (
                # ("BASE ...... Patrol Dispatch" under a rule or under another such line:
                # a key's line of its own)
                LEADER_LINE.match(last) or _RULE_LINE.match(last))) and \
            len(last) >= WRAPPED_WIDTH and not last.endswith(_SENTENCE_END) and \
            last.count("|") < 2 and not _WHO_LABEL.match(line) and \
            not (len(group) == 1 and _role_title_line(last)) and \
            not (_DATED_LINE.match(line) and _DATED_LINE.match(group[0]))
        if carries_on:
            group.append(line)
            last = line
            continue
        if group:
            out.append((first, *join_lines(group, first)))
        group, first, last = ([line], number, line) if line else ([], number, "")
        if not line:
            out.append((number, "", ()))
    if group:
        out.append((first, *join_lines(group, first)))
    return out


# A line that opens on a day and a date ("Sat 4 Oct - outing ...", "Tuesday 3rd March:
# ..."): under another such line, an entry of a list of dates, never the one above carried on
_DATED_LINE = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|"
                         r"urday|sday|rsday)?\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,}\b")


# An arrow between two parties or steps of a hand-off chain: "Party leader -> Base"
ARROW = re.compile(r"\s(?:->|-->|→|⟶|=>)\s")


LEADER_LINE = re.compile(r"^\s*(?:\[[\sxX✓]?\]\s*|[-*•]\s+)?(?:\d{1,2}[:.]\d{2}\s+)?"
                         r"(?P<task>[^.]\S.{2,150}?)\s*(?:\.\s?){4,}\s*"
                         r"(?P<who>[A-Za-z][^.]{1,60}?)\s*$")


def _pipe_row(fields: Iterable[str]) -> str:
    """A row of cells as a pipe row ("| Task | Owner |"), a pipe inside a cell as "/"; an
    empty cell is one space ("| FB | | Done |"), so that no two spaces stand together
    for the column reader to take for a gap between cells."""
    cells = [f.strip().replace("|", "/") for f in fields]
    return "|" + "|".join(f" {c} " if c else " " for c in cells) + "|"


def _tab_rows(raw: list[str]) -> list[str]:
    """Rows pasted from a spreadsheet, cells separated by tabs, as pipe rows: two or more
    lines in a row with a tab between words."""
    cells = [line.strip("\r").lstrip("\t").split("\t")
             if "\t" in line.strip().strip("\t") else [] for line in raw]
    tabbed = [len([c for c in row if c.strip()]) >= 2 for row in cells]
    out = []
    for i, line in enumerate(raw):
        near = (i > 0 and tabbed[i - 1]) or (i + 1 < len(raw) and tabbed[i + 1])
        out.append(_pipe_row(cells[i]) if tabbed[i] and near else line)
    return out


def _delimiter(text: str, suffix: str) -> str:
    """The character between a delimited file's cells: a tab in a .tsv, a semicolon in a
    .csv whose first line holding either holds more of them than commas, else a comma (a
    title written over the table without either, "Projekt Umzug", tells nothing)."""
    first = next((line for line in text.split("\n", 50)[:50] if "," in line or ";" in line),
                 "")
    return "\t" if suffix == ".tsv" else ";" if first.count(";") > first.count(",") else ","


def _board_document(name: str, markdown: str, where: list[int]) -> Document:
    """A board export's Markdown (``data.board_markdown``) read as Markdown, each block at
    the line of the file its card or its description's line stands on."""
    doc = parse_markdown(name, markdown)
    for n, block in enumerate(doc.blocks):
        m = re.fullmatch(r"line (\d+)", block.location)
        if m and 0 < int(m.group(1)) <= len(where):
            doc.blocks[n] = replace(block, location=f"line {where[int(m.group(1)) - 1]}")
    return doc


_CSV_FILLER = "| --- |"


def delimited_rows(text: str, suffix: str) -> list[str]:
    """A .csv or .tsv file as pipe rows, all of it one table: each record at the line it
    starts on (a quoted cell may run over lines; the lines it takes stay separator
    lines, so the lines keep their numbers), an empty record a separator line too. A
    .csv whose first line holds more semicolons than commas is read with semicolons, as
    a spreadsheet set to a decimal comma writes it."""
    # (a table's separator, which the plain-text reader skips, and no grid's rule, "|---|",
    # which would join the rows between two blank records into one row of a grid)
    out = [_CSV_FILLER] * (text.count("\n") + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, suffix))
    records: list[tuple[int, list[str]]] = []
    start = 1
    for fields in reader:
        records.append((start, [" ".join(f.split()) for f in fields[:MAX_TABLE_COLUMNS]]))
        start = reader.line_num + 1
    filled = [sum(1 for f in fields if f) for _, fields in records]
    # a title or an export note over the head ("Pre-opening critical path", "Exported from
    # tracker.xlsx"), one cell filled, is text above the table, not its head; so is every
    # line over the head of a letter matrix, as the workbook import finds it ("Site: North
    # | Rev C" over "Task | Lead | Crew")
    found = _letter_head([fields for _, fields in records])
    head, letter_columns = found if found is not None else (
        next((n for n, count in enumerate(filled) if count >= 2), len(records)), [])
    legend = _legend_records([fields for _, fields in records], letter_columns)
    gap = False  # an empty record since the last row
    for n, (line, fields) in enumerate(records):
        if not filled[n]:
            gap = gap or n > head
            continue
        cells = [f for f in fields if f]
        line_text: str | None = None  # the record as a line of text, when it is no row
        if n < head and filled[n] >= 2:
            line_text = " · ".join(cells)  # (a page's fields over the table)
        elif filled[n] == 1 and (n < head or gap) and fields[0] and \
                (n < head or len(fields[0].split()) >= 3 or _KEY_TITLE.fullmatch(fields[0])):
            # ("Lead = does the work ...": a key or a note under the table, after a gap)
            line_text = fields[0]
        elif n > head and filled[n] >= 2 and legend[n]:
            # "R | Responsible | does the work": a legend under the table, one letter a
            # record, as the workbook import reads it; a line of text, no row of work
            line_text, gap = f"{cells[0]} = " + "; ".join(cells[1:]), True
        elif n > head and _key_record(fields):
            # "Key: | D = does it | OK = signs off", "Names: | SM = Ann Lee | ...": a key
            # exported beside the table, one definition a cell, read as a line of text
            line_text, gap = f"{fields[0]} " + "; ".join(f for f in fields[1:] if f), True
        if line_text is not None:
            out[line - 1] = line_text
            if line < len(out) and n + 1 < len(records) and filled[n + 1]:
                out[line] = ""  # (it ends a table's rows before it)
            continue
        if gap and filled[n] >= 2 and filled[n] < filled[head] and _table_head(fields) and \
                _narrow_below(records, filled, n) and not any(
                    parse_letters(fields[c]) for c in letter_columns if c < len(fields)):
            # after an empty record, a second table under its own head ("Code | Role |
            # Name" under a plan) whose rows keep to its columns: a blank line ends the
            # rows above (never a row holding letters under a letter head: "Programme |
            # Call for papers | I | A" after a blank row is one more row of the matrix)
            out[line - 2] = ""
        gap = False
        out[line - 1] = _pipe_row(fields)
    return out


HEAD_ROWS = 150  # the rows of a delimited file in which its letter head is looked for
# the title of a key or legend under a table, a cell of its own ("Legend", "Key:")
_KEY_TITLE = re.compile(r"\s*(?:legend|key|notes?|abbreviations|codes)\s*:?\s*", re.IGNORECASE)


def _letter_head(rows: list[list[str]]) -> tuple[int, list[int]] | None:
    """The record that heads two or more columns of letters, as the workbook import finds
    a sheet's header row (``raci.excel.grid.find_header``), and those columns; or None."""
    from raci.excel.grid import Table, find_header
    from raci.excel.letters import legend_words
    from raci.excel.sheets import SheetCells

    # (the head is looked for in the sheet's first rows, as the import does, and the rows
    # under them tell enough of its columns: a long file costs no more than a short one)
    rows = rows[:HEAD_ROWS]
    cells = {(r, c): text for r, row in enumerate(rows) for c, text in enumerate(row) if text}
    if not cells:
        return None
    sheet = SheetCells("", cells, rows=len(rows), cols=1 + max(c for _r, c in cells))
    found = find_header(Table(sheet, legend_words({})))
    if found is None or len(found[1]) < 2:
        return None
    head, columns = found
    # a head of two rows ("SM | ASM" over "Store Manager | Assistant Store Manager"): the
    # table starts at the top one, a row right above naming every one of its columns; a
    # row of groups over some of them ("Organisers" over two, "Venue" over two, as merged
    # cells are saved) names a few only, and a line of version, date or owner over them
    # ("Version 3 | Updated 02/03/2031", "Owner: PMO") none, a digit or a colon in a cell
    while head > 0 and len(names := [rows[head - 1][c] for c in columns
                                     if c < len(rows[head - 1]) and rows[head - 1][c]]) \
            == len(columns) and not any(ch.isdigit() or ch == ":" for name in names
                                        for ch in name):
        head -= 1
    return head, sorted(columns)


def _legend_records(rows: list[list[str]], letter_columns: list[int]) -> list[bool]:
    """Which records under a letter matrix's head are lines of its legend ("R |
    Responsible | does the work"): only under a letter head (``letter_columns``, the
    columns it heads), a record reading as a legend line with no letters in those
    columns but the legend's own, and none in the records under it up to an empty one.
    A row of work whose ID is a letter and whose name starts with it ("A | Accrue the
    invoices | A | R | I") and a band of the plan over its rows ("A | Administration"
    over "A1 | Issue the permits | A/R | C") are no legend: as a line of text either
    cut the rows under it off the head."""
    if not letter_columns:
        return [False] * len(rows)
    entries: list[bool] = []
    lettered: list[bool] = []  # letters in the letter columns, a legend line's own aside
    for fields in rows:
        cells = [(c, f) for c, f in enumerate(fields) if f]
        entries.append(legend_entry([f for _c, f in cells]) is not None)
        # (a legend line's letter and its word: "Responsible" reads as R)
        own = {c for c, _f in cells[:2]} if entries[-1] else set()
        lettered.append(any(parse_letters(fields[c]) for c in letter_columns
                            if c < len(fields) and c not in own))
    out = [False] * len(rows)
    below = False  # letters in a record under this one, up to an empty record
    for n in range(len(rows) - 1, -1, -1):
        out[n] = entries[n] and not lettered[n] and not below
        below = any(rows[n]) and (below or lettered[n])
    return out


def _key_record(fields: list[str]) -> bool:
    """Whether a record is a key: a label ending in a colon ("Key:", "Names:"), then two
    or more cells, each a code, "=" and what it stands for."""
    rest = [f for f in fields[1:] if f]
    return re.fullmatch(r"[A-Za-z][\w ]{0,20}:", fields[0]) is not None and len(rest) >= 2 and \
        all(re.fullmatch(r"[^=]{1,12}=\s*\S.*", f) for f in rest)


def _last_filled(fields: list[str]) -> int:
    return max((c for c, f in enumerate(fields) if f), default=-1)


def _narrow_below(records: list[tuple[int, list[str]]], filled: list[int], n: int) -> bool:
    """Whether the records under record ``n``, up to the next empty one, are one or more
    and keep to its columns (none fills a column right of its last): the rows of a
    narrower table of its own, not more rows of the table above after a gap."""
    width = _last_filled(records[n][1])
    k = n + 1
    while k < len(records) and filled[k]:
        if _last_filled(records[k][1]) > width:
            return False
        k += 1
    return k > n + 1


def _table_head(fields: list[str]) -> bool:
    """Whether a record reads as a table's head: two or more cells filled, each a short
    name (up to four words, starting with a letter, no digit), none a sentence."""
    cells = [f for f in fields if f]
    return len(cells) >= 2 and all(
        len(c.split()) <= 4 and c[:1].isalpha() and not any(ch.isdigit() for ch in c)
        and not c.endswith(".") for c in cells)


def _csv_rows(raw: list[str]) -> list[str]:
    """Rows of a spreadsheet exported as CSV and pasted as text, as pipe rows: a head line
    of three or more short named fields ("Task,Owner,When,Notes") and the lines below it
    that split into as many fields (quoted fields may hold commas)."""
    out = list(raw)
    i = 0
    while i < len(raw):
        head = next(csv.reader([raw[i]])) if raw[i].count(",") >= 2 else []
        width = len(head)
        named = width >= 3 and all(
            re.match(r"[A-Za-z]", f.strip()) and len(f.split()) <= 4 for f in head)
        j = i + 1
        while named and j < len(raw) and raw[j].count(",") >= width - 1 and \
                len(next(csv.reader([raw[j]]))) == width:
            j += 1
        if named and j - i >= 3:
            for k in range(i, j):
                fields = next(csv.reader([raw[k]]))
                out[k] = _pipe_row(fields)
            i = j
        else:
            i += 1
    return out


_GAP = re.compile(r"\S+(?: \S+)*")  # a cell of a column layout: words one space apart


# A rule drawn across a column layout ("-----"), or a remark set in one ("--- repeat cues
# 7-12 for each category ---")
_RULE_LINE = re.compile(r"^\s*(?:[-=_~*]{3,}\s*|[-=]{2,}\s.{1,80}\s[-=]{2,}\s*)$")
# A code in capitals a key's dots lead from: "BASE", "SNOW 1", "UNIT 4B"
_LEADER_CODE = re.compile(r"[A-Z][A-Z0-9&/]{1,9}(?: [A-Z0-9]{1,3})?")
# the role it stands for: a name in title case ("Patrol Dispatch", "Head of Lifts")
_LEADER_ROLE = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|of|and|&|for|the)){0,4}")


_STEP_NUMBER_CELL = re.compile(r"^\s*\d{1,3}[*.)]?\s{2,}\S")


def _fits_columns(line: str, starts: list[int]) -> bool:
    """Whether each cell of a line (words one space apart) starts where a column starts,
    or right after a cell that ran over a column's start (an overflowing cell): a ruled
    heading's lines below, "  TL      Records any fault ...", are no rows of the columns
    the heading seemed to draw."""
    ran_over = False
    # ("  3*  Check mash pH    07:00 ..." under "STEP    TIME": the step's number and its
    # name share the first column)
    numbered = _STEP_NUMBER_CELL.match(line) is not None
    for m in _GAP.finditer(line):
        if numbered and m.start() < starts[1] - 1:
            continue
        if not (ran_over or any(abs(m.start() - a) <= 1 for a in starts)):
            return False
        ran_over = any(m.start() + 1 < a < m.end() for a in starts)
    return True


def _cell_start(line: str, at: int) -> int:
    """Where a cell starts in a line, at a column's start: there, or, when the cell before
    runs over it ("Bring up the cyclorama and the gauze  fast"), after the next gap."""
    if at >= len(line) or line[at - 1] == " " or line[at] == " ":
        return at
    gap = line.find("  ", at)
    return len(line) if gap < 0 else len(line[:gap]) + len(line[gap:]) - len(
        line[gap:].lstrip(" "))


def _in_columns(line: str, starts: list[int]) -> bool:
    """Whether a line under a column layout's head has text in its later columns."""
    return len(line.rstrip()) > starts[1] and (
        not line[:starts[1]].strip() or
        line[starts[1] - 1:starts[1]] == " " and "  " in line.strip())


def _short_line(raw: list[str], k: int, starts: list[int]) -> bool:
    """A line with words in the first column only, between rows of a column layout: a
    first cell's wrapped words ("      temperature") or a label of the rows below
    ("CELLAR"); a wrapped cell may stand right over a label (up to three such lines)."""
    ahead = next((n for n in range(k, min(k + 3, len(raw)))
                  if not 0 < len(raw[n].rstrip()) <= starts[1] or _RULE_LINE.match(raw[n])),
                 None)
    return 0 < len(raw[k].rstrip()) <= starts[1] and ahead is not None and ahead > k and \
        _in_columns(raw[ahead], starts) and not _RULE_LINE.match(raw[k])


def _aligned_rows(raw: list[str]) -> list[str]:
    """A table laid out in columns with spaces (text exported from a PDF or a terminal:
    "Activity    PM    QA" over "Write the plan    A    R"), as pipe rows: a head line
    of three or more cells two or more spaces apart, and the lines below it that have
    text at its columns, cut at the columns' starts (so a blank cell stays blank). A line
    indented to the second column continues the row above (a wrapped cell); it is left
    as a separator line, so the lines keep their numbers."""
    out = list(raw)
    i = 0
    while i < len(raw):
        head = raw[i].rstrip()
        found = list(_GAP.finditer(head))
        starts = [m.start() for m in found]
        # ("Contractor:  Tolland Ltd      Client: Aldric" is labels and values, no table)
        gaps_ok = len(starts) >= 3 and all(head[a - 2:a] == "  " for a in starts[1:]) and \
            not any(":" in m.group() for m in found)
        j = i + 1
        if gaps_ok:
            while j < len(raw) and raw[j].strip() and (
                    _RULE_LINE.match(raw[j]) and j + 1 < len(raw) and raw[j + 1].strip()
                    or _in_columns(raw[j], starts)
                    or j > i + 1 and _short_line(raw, j, starts)):
                j += 1  # (a rule under the head, or between rows, is no row)
            while j > i + 1 and _RULE_LINE.match(raw[j - 1]):
                j -= 1
            ruled = next((k for k in range(i + 1, j) if _RULE_LINE.match(raw[k])), j)
            # rows past a rule must keep to the head's columns: the table ends before the
            # first that does not
            j = next((k for k in range(ruled, j)
                      if not _RULE_LINE.match(raw[k]) and not _short_line(raw, k, starts)
                      and not _fits_columns(raw[k], starts)), j)
            while j > i + 1 and _RULE_LINE.match(raw[j - 1]):
                j -= 1
        if gaps_ok and j - i >= 2:
            rows: list[tuple[int, list[str]]] = []
            for k in range(i, j):
                line = raw[k].rstrip()
                if _RULE_LINE.match(line):
                    out[k] = "|---|"
                    continue
                cuts = [_cell_start(line, a) for a in starts[1:]]
                cuts = list(accumulate(cuts, max))  # (in order)
                bounds = [*cuts, max(len(line), starts[-1]) + 1]
                cells = [line[:cuts[0]].strip()] + [
                    line[a:b].strip() for a, b in zip(cuts, bounds[1:], strict=True)]
                if k > i + 1 and rows and _short_line(raw, k, starts):
                    if len(line) - len(line.lstrip()) > starts[0] + 1:
                        _, above = rows[-1]  # a first cell's wrapped words
                        rows[-1] = (rows[-1][0], [f"{above[0]} {cells[0]}".strip(),
                                                  *above[1:]])
                        out[k] = "|---|"
                    else:
                        rows.append((k, cells))  # a label of the rows below
                    continue
                if k > i + 1 and not cells[0] and rows:
                    _, above = rows[-1]  # a wrapped cell: its words go to the row above
                    rows[-1] = (rows[-1][0], [f"{a} {c}".strip() for a, c in
                                              zip(above, cells, strict=True)])
                    out[k] = "|---|"
                else:
                    rows.append((k, cells))
            for k, cells in rows:
                out[k] = "| " + " | ".join(" ".join(c.replace("|", "/").split())
                                           for c in cells) + " |"
            i = j
        else:
            i += 1
    return out


# "  PM    Production Manager", "LX - Chief Electrician": a line of a key that spells out
# a short code (letters in capitals, "ASMs", "No.1"), the code and its meaning a gap, a
# tab or a dash apart
KEY_LINE = re.compile(r"^\s*(?P<code>[A-Z][A-Z0-9.&/]{0,7}[a-z]?)(?:\t+\s*|\s{2,}|"
                      r"\s+[-–—=:]\s+)(?P<meaning>[A-Z][^.!?;:|\t]{1,60}?)"
                      # ("LX    Lighting operator    Jamal Greene": who holds it, after a gap)
                      r"(?:(?:\t+\s*|\s{2,})(?P<holder>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}))?"
                      r"\s*$")
# "Graphics / autocue operator": the first of two names sharing their last word
_SHARED_HEAD = re.compile(r"^(?P<first>[A-Za-z]+)\s*/\s*[A-Za-z]+\s+(?P<head>[A-Za-z]+)$")
KEY_HEADER = ("Abbreviation", "Meaning")


# Last words of a sentence-case phrase that names a document or a body as often as a
# role ("Letter of authority", "Terms of reference body"): no title
_GROUP_ENDINGS = {"authority", "board", "body", "committee", "council", "panel", "group",
                  "unit", "department", "agency", "office", "service", "services", "desk"}


# A name written in capitals, word by word ("Claims Sub-Panel", "Claimant", "Head of Care")
_TITLE_CASED = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w'’-]*){0,5}")


def _key_lines(raw: list[str]) -> dict[int, tuple[str, str]]:
    """A key of short codes, two or more lines in a row each spelling one out ("PM
    Production Manager" over "CSM   Company Stage Manager"): line number -> (code,
    meaning). The code is a word of capitals and the meaning names a role, in brackets or
    not."""
    found: dict[int, tuple[str, str]] = {}
    for number, line in enumerate(raw, start=1):
        m = KEY_LINE.match(line)
        meaning = m.group("meaning") if m else ""
        shared = _SHARED_HEAD.match(meaning)
        if shared:
            meaning = f"{shared.group('first')} {shared.group('head')}"
        if m and " of " in meaning and actor_name(meaning, acronym=True) is None and \
                meaning.split()[-1].lower() not in _GROUP_ENDINGS:
            # "Front of house manager": a title in sentence case
            meaning = " ".join(w if w in ("of", "and") else w[:1].upper() + w[1:]
                               for w in meaning.split())
        if m and sum(c.isupper() for c in m.group("code")) >= 2 and \
                actor_name(meaning, acronym=True) is not None:
            found[number] = (m.group("code"), meaning)
    return {n: pair for n, pair in found.items() if n - 1 in found or n + 1 in found}


# A paper form drawn in plain text: a box's border ("+------+") and a line framed in it
# ("| I have booked the outage ... |"), one cell wide (a grid of cells is a table)
_BOX_BORDER = re.compile(r"^\s*\+[-=]{3,}\+\s*$")
_BOX_LINE = re.compile(r"^(?P<indent>\s*)\|(?P<inner>[^|]*)\|\s*$")
# A line of blanks to fill in ("Signed (Manager) ..........   Date ......", "Earths applied
# at: ______"): each label followed by its blank, no value written
_BLANK_FIELDS = re.compile(r"^\s*(?:[^.\s_][^._]{0,60}(?:\.{4,}|_{4,})\s*)+$")


def _boxed_text(raw: list[str]) -> list[str]:
    """A form drawn with boxes, as the text it frames: each border blank, each framed line
    its words (so a box of one line over the next box reads as that part's title), line
    for line. A line of blanks to fill in is blank too: it states no duty."""
    out: list[str] = []
    boxed = False
    for line in raw:
        if _BOX_BORDER.match(line):
            boxed = True
            out.append("")
            continue
        framed = _BOX_LINE.match(line) if boxed else None
        boxed = framed is not None
        text = framed.group("indent") + framed.group("inner").rstrip() if framed else line
        out.append("" if _BLANK_FIELDS.match(text) else text)
    return out


# A table drawn as a grid, as a command-line tool, a database shell or a reStructuredText
# grid table prints one: borders of rules and junctions ("+----+------+",
# "├────┼──────┤"), rows between upright bars ("| 1 | Task |", "│ 1  │ Task │")
_VERTICALS = "|│┃║┆┇┊┋╎╏"
# (the rules' strokes and the junctions, corners and bars they meet: no character is both,
# so a line is read one way only)
_STROKES = "-=─━═:┄┅┈┉╌╍"
_JUNCTIONS = "+|" + "".join(chr(c) for c in range(0x2502, 0x2571) if chr(c) not in _STROKES)
_GRID_RULE = re.compile(rf"^\s*[{_JUNCTIONS}]?(?:[{_STROKES}]{{2,}}[{_JUNCTIONS}])+"
                        rf"[{_STROKES}]*[{_JUNCTIONS}]?\s*$")
_GRID_ROW = re.compile(rf"^\s*[{_VERTICALS}](?:[^{_VERTICALS}]*[{_VERTICALS}]){{2,}}\s*$")
_TO_PIPE = str.maketrans({c: "|" for c in _VERTICALS})


# A command typed at a shell's prompt ("$ gsops owners --site north"): no prose
_PROMPT_LINE = re.compile(r"^\s*\$(?:\s+[a-z][\w./-]*(?:\s.*)?)?\s*$")


def _grid_tables(raw: list[str]) -> list[str]:
    """A grid table as pipe rows, line for line: each border a separator row, each row its
    cells between pipes; a command typed at a shell's prompt a blank line. When rules part
    every row from the next, a row written over several lines (a cell's text wrapped) is
    one row, its cells' lines joined; without them (a database shell's rows under one
    rule) each line is a row."""
    out = ["" if "$" in line and _PROMPT_LINE.match(line) else line for line in raw]
    k = 0
    while k < len(raw):
        if not (_GRID_RULE.match(raw[k]) and not _BOX_BORDER.match(raw[k])):
            k += 1
            continue
        groups: list[list[int]] = []
        end = k
        while end < len(raw) and (_GRID_RULE.match(raw[end]) or _GRID_ROW.match(raw[end])):
            if _GRID_RULE.match(raw[end]):
                out[end] = "|---|"
                groups.append([])
            else:
                groups[-1].append(end)
            end += 1
        groups = [g for g in groups if g]
        joined = len(groups) >= 3
        # (rows under one rule, then a total or two parted by rules of their own: the
        # first run of rows under the head is the only one of several lines)
        totalled = [len(g) > 1 for g in groups[1:]] == [True] + [False] * (len(groups) - 2)
        for group in groups:
            records: list[list[tuple[int, tuple[str, ...]]]] = []
            for n in group:
                row = split_pipe(raw[n].translate(_TO_PIPE))
                if joined and records and len(records[-1][0][1]) == len(row) and (
                        not totalled or _carried_on(records[-1][0][1], row)):
                    records[-1].append((n, row))
                else:
                    records.append([(n, row)])
            for record in records:
                cells = [" ".join(r[c] for _n, r in record if r[c])
                         for c in range(len(record[0][1]))]
                out[record[0][0]] = _pipe_row(cells)
                for n, _row in record[1:]:
                    out[n] = "|---|"
        k = max(end, k + 1)
    return out


def _carried_on(first: tuple[str, ...], line: tuple[str, ...]) -> bool:
    """Whether a line of a grid's rows under one rule carries on the row above (a cell's
    text wrapped): it leaves blank a cell the row's first line fills, or its first words
    start in lower case where the first line's start with a capital ("| Check the log |
    Deck |" over "| book each night | Officer |"). Rows of their own ("| Count the stock |
    Store Keeper |" over "| Book the orders | Buyer |") do neither."""
    if any(a and not b for a, b in zip(first, line, strict=True)):
        return True
    opening = next((c for c in first if c), "")
    carried = next((c for c in line if c), "")
    return opening[:1].isupper() and carried[:1].islower()


# The title of a part of a form that one role fills in: "PART 2  ISSUE  completed by the
# Senior Authorised Person (SAP)", "Section B - to be filled in by the line manager"
_PART_BY = re.compile(r"^\s*(?:part|section|step|stage)\s+[\dA-Z]{1,3}\b.{0,60}?\b(?:to be\s+)?"
                      r"(?:completed|filled in|filled out|signed)\s+(?:only\s+)?by:?\s+"
                      r"(?:the\s+)?(?P<role>[A-Za-z][\w'’ -]{2,60}?)\s*(?:\([^()]*\))?"
                      r"\s*[).:]?\s*$",
                      re.IGNORECASE)
# "I have booked", "I will brief", "I am", "I confirm": the form's writer at the start of
# a sentence
_PART_FIRST_PERSON = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))(?P<lead>[ \t]*)"
                                r"I\s+(?:(?P<have>have|'ve)\s+(?P<done>[a-z]+)|(?P<will>will|shall)|"
                                r"(?P<am>am)|(?P<verb>[a-z]+))\b")
# a further verb done in the same sentence: ", locked the isolators", "and fitted ..."
_PART_DONE_TOO = re.compile(r"(?P<lead>,\s+(?:and\s+)?|\s+and\s+)(?P<done>[a-z]+)\b")


def _done_now(word: str) -> str | None:
    """A past participle's present third person ("booked" -> "books"), else None."""
    lemma = verb_lemma(word)
    if lemma is None or lemma == word or word.endswith(("s", "ing")):
        return None
    return third_person_of(lemma)


def _part_sentence(m: re.Match[str], role: str) -> str:
    """One first-person opening as the role's: "I have booked" -> "The Planner books"."""
    lead = m.group("lead")
    before = m.string[:m.start()].rstrip()
    # ("... after the work stops and / I will inspect": mid-sentence on a wrapped line)
    who = f"The {role}" if not before or before.endswith((".", "!", "?", ":")) \
        else f"the {role}"
    if m.group("have"):
        now = _done_now(m.group("done"))
        return f"{lead}{who} {now}" if now else f"{lead}{who} has {m.group('done')}"
    if m.group("will"):
        return f"{lead}{who} {m.group('will')}"
    if m.group("am"):
        return f"{lead}{who} is"
    verb = m.group("verb")
    lemma = verb_lemma(verb)
    return f"{lead}{who} {third_person_of(verb) if lemma == verb else verb}"


def _first_person_part(text: str, role: str) -> str:
    """A part's text with its writer named: "I have booked the outage and attached the
    plan" -> "The Work Planner books the outage and attaches the plan"."""
    out: list[str] = []
    at = 0
    for m in _PART_FIRST_PERSON.finditer(text):
        out.append(text[at:m.start()])
        out.append(_part_sentence(m, role))
        at = m.end()
        if m.group("have") and _done_now(m.group("done")):
            # the verbs after it in the sentence, done as well ("..., applied earths,
            # locked the isolators and fitted notices")
            end = re.search(r"[.!?](?:\s|$)", text[at:])
            stop = at + end.start() if end else len(text)
            sentence = _PART_DONE_TOO.sub(
                lambda d: d.group("lead") + (_done_now(d.group("done")) or d.group("done")),
                text[at:stop])
            out.append(sentence)
            at = stop
    out.append(text[at:])
    return "".join(out)


def _form_parts(raw: list[str]) -> list[str]:
    """The parts of a form that each name the role who completes them ("PART 3  RECEIPT
    completed by the Competent Person"), their first-person statements as that role's
    ("I will brief my working party" -> "The Competent Person will brief my working
    party"), line for line. A part ends at the next part, or at a title in capitals."""
    out = list(raw)
    role = ""
    start = 0

    def flush(end: int) -> None:
        if role and end > start:
            text = "\n".join(out[start:end])
            written = _first_person_part(text, role).split("\n")
            if len(written) == end - start:
                out[start:end] = written

    for i, line in enumerate(raw):
        part = _PART_BY.match(line)
        ends = part is not None or line.strip().isupper() and len(line.split()) <= 4 and \
            not line.strip().startswith("I ")
        if ends:
            flush(i)
            role = actor_name(part.group("role").strip(), acronym=True) or "" if part else ""
            start = i + 1
    flush(len(raw))
    return out


def without_brackets(text: str) -> str:
    """``re.sub(r"\\([^)]*\\)", "", text)`` in one pass: each "(" through the next ")"
    left out (a "(" with no ")" after it stays, as does all after it), in time linear in
    the text even when it holds many "(" and no ")"."""
    out: list[str] = []
    at = 0
    while True:
        opened = text.find("(", at)
        closed = text.find(")", opened) if opened >= 0 else -1
        if closed < 0:
            out.append(text[at:])
            return "".join(out)
        out.append(text[at:opened])
        at = closed + 1


def _due_action(line: str) -> bool:
    """Whether a line is an action, its owner and when it is due, parted by spaced dashes
    ("Book the hall – Treasurer – 3 May")."""
    if " – " not in line and " - " not in line and " — " not in line:
        return False
    m = dash_doer(line)
    return m is not None and bool(m.group("due"))


# A line of an action list: a first name (or two joined by "/", "&" or "+"), a spaced dash
# and the action ("Tariq - confirm the hall booking")
_NAMED_ACTION = re.compile(r"^[A-Z][a-z]+(?:\s?[/&+]\s?[A-Z][a-z]+)*[ \t]+[–—-][ \t]+\S")


def parse_text(name: str, text: str, *, rst: bool = False) -> Document:
    """Plain text with light structure.

    Bullets and numbered lines are list items; so are the lines after a lead-in
    ending with ':' until a blank line or a long paragraph; pipe rows are table
    rows; short lines without a full stop are headings. ``rst``: the text is
    reStructuredText (a .rst file), its markup read as such whatever it holds.
    """
    doc = Document(name)
    raw = _lone_message_asks(_mail_thread_as_text(
        _without_rst_markup(_legend_field_lines(text.split("\n")), always=rst)))
    raw = _form_parts(_boxed_text(_grid_tables(_initials_actions(_transcript_as_text(
        _chat_as_text(_chat_headed_as_text(raw)))))))
    keys = _key_lines(raw)
    lines = _logical_lines(_aligned_rows(_csv_rows(_tab_rows(_hanging_lists(raw)))))
    header: tuple[str, ...] = ()
    in_list = False
    # the first non-empty line at or after each index, worked out once (linear)
    ahead = [""] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        ahead[k] = lines[k][1] or ahead[k + 1]
    for i, (number, line, breaks) in enumerate(lines, start=1):
        if not line:
            header = ()
            if in_list and doc.blocks and doc.blocks[-1].kind == "item":
                in_list = False  # a blank line after the items ends the list
            continue
        where = f"line {number}"
        if _PIPE_SEPARATOR.match(line):
            continue
        if number in keys and not breaks:
            # a key of codes, read as an "Abbreviation | Meaning" table
            doc.blocks.append(Block("row", line, where, cells=keys[number], header=KEY_HEADER))
            in_list = False
            continue
        if line.count("|") >= 2:
            cells = split_pipe(line)
            doc.blocks.append(Block("row", line, where, cells=cells, header=header))
            header = header or cells
            in_list = False
            continue
        led = LEADER_LINE.match(line)
        if led:
            # "[ ] 10:30 Set tables, polish glasses ........ Servers": a checklist whose
            # dots lead from each task to who does it, read as a "Task | Who" table
            cells = (led.group("task").strip(), led.group("who").strip())
            # ("Practice Owner ........ Dr Helen Marsh": a who's-who, a role and its holder)
            head = ("Role", "Name") if actor_name(cells[0], acronym=True) else ("Task", "Who")
            if head != ("Role", "Name") and doc.blocks and doc.blocks[-1].kind == "row" and \
                    doc.blocks[-1].header == ("Role", "Name") and \
                    _TITLE_CASED.fullmatch(without_brackets(cells[0]).strip()):
                # ("Mooring Holder ..... whoever holds the mooring", "Claimant ..... the
                # one who claims" under roles led to their holders: the who's-who goes on,
                # each line a role in capitals, whether or not its last word is a post's)
                head = ("Role", "Name")
            # ("BASE ....... Patrol Dispatch", "OPS 2 ..... Duty Manager (Sam Reyes)": a key
            # of call signs or codes in capitals, each led to the role it stands for, read
            # as a "Call sign | Role" table)
            # ("TUG 3 ..... leader of the towage crew": a code spelled out, no task)
            if _LEADER_CODE.fullmatch(cells[0]):
                head = ("Call sign", "Role") if _LEADER_ROLE.fullmatch(
                    without_brackets(cells[1]).strip()) else KEY_HEADER
            doc.blocks.append(Block("row", " | ".join(cells), where, cells=cells, header=head))
            in_list = False
            continue
        header = ()
        ruled = _RULED_HEADING.match(line)
        if ruled:
            doc.blocks.append(Block("heading", ruled.group("title"), where, level=2))
            in_list = False
            continue
        next_text = ahead[i]
        numbered = _section_heading(line, next_text)
        if numbered is not None:
            doc.blocks.append(Block("heading", numbered[0], where, level=numbered[1]))
            in_list = False
            continue
        clause = _clause_text(line)
        if clause != line:
            cut = len(line) - len(clause)
            line, breaks = clause, tuple((at - cut, n) for at, n in breaks)
        bullet = _BULLET.match(line)
        title = line[bullet.end():].strip() if bullet else ""
        capitals = without_brackets(title).strip()  # "MINUTES (2 September)"
        capitals = capitals if capitals.isupper() and len(capitals) > 2 else ""
        if bullet and line.lstrip()[:1].isdigit() and (
                1 <= len(title.split()) <= 4 or capitals and len(title.split()) <= 10) and \
                title[:1].isupper() and not title.endswith((".", ",", ";", "!", ":")) and (
                    _BULLET.match(next_text) and not next_text.lstrip()[:1].isdigit()
                    or capitals or
                    # "5. On the day" over a table, "4. Before the day" over a list of
                    # its own numbered afresh
                    next_text.lstrip().startswith("|") and next_text.count("|") >= 2 or
                    _list_under(line, next_text) or
                    # "1. Membership" over a sentence: a section title, when it names a
                    # thing (not a step such as "1. Submit the form")
                    not _BULLET.match(next_text) and len(next_text.split()) >= 3 and
                    next_text.lstrip()[:1].isupper() and not _step_title(title)):
            # "1. PURPOSE" over its paragraph: a section title in capitals
            # "1. Status" over "- Copy is at second draft": a numbered section title
            doc.blocks.append(Block("heading", title, where, level=2))
            in_list = False
            continue
        if bullet:
            source = raw[number - 1] if 0 < number <= len(raw) else line
            doc.blocks.append(Block("item", line[bullet.end():].strip(), where,
                                    breaks=tuple((at - bullet.end(), n) for at, n in breaks),
                                    depth=len(source) - len(source.lstrip())))  # its indent
            continue
        words = len(line.split())
        labelled = bool(re.match(r"^[^:]{2,60}:\s+\S", line)) and \
            len(line.split(":")[0].split()) <= 6
        if in_list and REMARK.match(line):  # "Note: ..." ends a list, it is no item of it
            in_list = False
        if in_list and words <= 6 and not line.endswith((".", ";", ",")) and \
                _BULLET.match(next_text) and i < len(lines) and lines[i][1] == next_text and \
                actor_name(line.rstrip(":"), acronym=True) is not None:
            # "Product Owner" right over its bullets: the role those bullets belong to
            doc.blocks.append(Block("heading", line.rstrip(":"), where, level=3))
            in_list = False
            continue
        if in_list and not line.endswith((":", "?")) and (words <= 16 or labelled):
            doc.blocks.append(Block("item", line, where, breaks=breaks))
            continue
        in_list = False
        if line.endswith(":") and words <= 16:
            doc.blocks.append(Block("heading", line, where, level=3))
            in_list = True
            continue
        next_line = lines[i][1] if i < len(lines) else ""
        looks_heading = (
            len(line) <= 90 and not line.endswith((".", ",", ";", "!"))
            and (line.endswith("?") or bool(_BULLET.match(next_line))
                 or (line[:1].isupper() and words <= 10))
            # "Inbound editor has one week to finish": a step written without its full stop
            and not (words >= 4 and not line.endswith("?") and subject_actor(line) is not None)
            and not ARROW.search(line)  # "DTL -> informant": a hand-off, no title
            # ("Tariq - confirm the hall booking" beside another such line: an action list)
            and not (_NAMED_ACTION.match(line) and (
                _NAMED_ACTION.match(next_line) or i >= 2 and
                _NAMED_ACTION.match(lines[i - 2][1])))
            # ("Book the hall – Treasurer – 3 May" beside another such line: an action
            # list whose lines end on when each is due)
            and not (_due_action(line) and (
                _due_action(next_line) or i >= 2 and _due_action(lines[i - 2][1])))
        )
        doc.blocks.append(Block("heading" if looks_heading else "para", line, where,
                                level=2 if looks_heading else 0, breaks=breaks))
        # "Key responsibilities" over short lines: a lead-in without its colon
        in_list = looks_heading and words <= 6 and bool(LIST_HEADING.search(line))
    return doc


# A file of entries whose fields are one- or two-letter keys ("M:", "R:", "L:") that a legend
# near its top spells out ("M: Maintainer. Reviews and merges patches ...", "R: Designated
# reviewer ..."), as an open-source project's MAINTAINERS file is written
_FIELD_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Z]{1,2}):\s+(?P<value>\S.*?)\s*$")
_FIELD_OWNER = re.compile(r"\b(?:maintainers?|owners?|assignees?|leads?|in charge|"
                          r"answers?\s+for|answerable)\b", re.IGNORECASE)
# A key whose holder helps another do the work ("helps the lead do it", "assists the
# owner"): a doer beside the one named, never the owner, whatever role the words name
_FIELD_HELPS = re.compile(r"^\s*(?:(?:the\s+one\s+who|someone\s+who|who)\s+)?(?:helps?|"
                          r"assists?|supports?|backs?\s+up)\b", re.IGNORECASE)
# A key whose holder works beside the one named ("works with the owner", "works alongside
# the lead", "who the owner works with on it", "people the assignee collaborates with"):
# the party the work is done with, consulted, as a "with:" key's is
_FIELD_WITH = re.compile(r"^\s*(?:(?:(?:the\s+one\s+who|someone\s+who|who)\s+)?works?\s+"
                         r"(?:with|alongside)\b|(?:who|whom|those|(?:the\s+)?(?:ones?|people|"
                         r"persons?|roles?|parties|teams?)(?:\s+(?:who|whom|that))?)\s+"
                         r"(?:the\s+|a\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:works?|"
                         r"collaborates?|partners?)\s+(?:with|alongside)\b)", re.IGNORECASE)
# A key whose holder is sent word of the work ("gets a Slack message when the step
# completes", "receives an e-mail once it closes"): told, whatever else the words name
_FIELD_TOLD = re.compile(r"^\s*(?:(?:the\s+one|someone|those|people)\s+who\s+|"
                         r"(?:the\s+)?(?:roles?|people|parties|teams?|groups?|users?)\s+)?"
                         r"(?:gets?|receives?|(?:is|are)\s+sent|sent)\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}(?:message|e-?mail|notification|alert|copy|"
                         r"update|summary|text|ping|notice|heads[- ]up)s?\b", re.IGNORECASE)
# A key whose holders another role acts on ("roles the lead must consult before closing",
# "people the owner informs"): the verb says what they are, asked (C) or told (I), whoever
# the words name as the one acting
_FIELD_OBJECT = re.compile(r"^\s*(?:the\s+)?(?:roles?|people|persons?|parties|teams?|groups?|"
                           r"users?|those|anyone)\s+(?:(?:that|whom|who)\s+)?(?:the\s+)?"
                           r"[\w-]+(?:\s+[\w-]+)?\s+(?:(?:must|should|will|shall|may|can|"
                           r"has\s+to|have\s+to)\s+)?(?P<verb>consult|ask|check\s+with|"
                           r"inform|tell|notify|copy|cc|update)(?:s|es)?\b", re.IGNORECASE)
# A key whose holder does the work ("the role the task is assigned to", "(does the
# work)"): the doer
_FIELD_DOES = re.compile(r"\bassigned\s+to\b|\b(?:does|do|carries\s+out|performs?)\s+the\s+"
                         r"(?:work|task|job|stage|step)\b", re.IGNORECASE)
# ... and what that holder does besides ("... and approves it", "... and reviews it")
_FIELD_ALSO = re.compile(r"\s(?:and(?:\s+then)?|then)\s+(?P<act>[a-z][\w'’-]*.*)",
                         re.IGNORECASE)
_FIELD_MEANINGS = (("A", re.compile(r"\b(?:approv\w*|decides?|accountable|sign\w*"
                                    r"(?:\s+(?:it|them|this|the\s+[\w-]+))?[- ]off)\b",
                                    re.IGNORECASE)),
                   ("C", re.compile(r"\b(?:review\w*|consult\w*|advis\w*|asked)\b",
                                    re.IGNORECASE)),
                   ("I", re.compile(r"\b(?:told|informed|notified|copied|cc'?d|fyi|"
                                    r"lets?\s+(?:them|him|her|\w+)\s+know)\b",
                                    re.IGNORECASE)))
_FIELD_NEGATED = re.compile(r"\b(?:(?:does|do|is|are|will)\s+not|doesn['’]t|never|but not)\b"
                            r"[^.;]*", re.IGNORECASE)
_FIELD_OWNS = re.compile(r"\b(?:decides?|approves?|merges?|owns?|looks after|leads?|"
                         r"maintains?|runs?|in charge)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"<[^<>\s]*>|\S+@\S+|\b(?:https?://|www\.)\S+")


def _field_letters(meaning: str) -> frozenset[str]:
    """The letters a legend's meaning gives its key, read from its first sentence
    ("Maintainer. Reviews and merges ...": the owner; "Designated reviewer.": consulted;
    "Mailing list that is told about every patch": informed; "Status, one of: ...": none)."""
    # ("notify  - gets a message ...": a dash or a sign between a key and its meaning)
    meaning = meaning.lstrip("-–—:=> \t")
    head = re.split(r"[.,;:(]\s|[.,;:(]$", meaning, maxsplit=1)[0].strip()
    letters = parse_letters(head, _PROPERTY_WORDS)
    if letters:
        return letters
    if _FIELD_HELPS.match(head):
        return frozenset("R")
    if _FIELD_WITH.match(head):
        return frozenset("C")
    told = _FIELD_TOLD.match(head)
    if told:
        # ("gets an alert and signs off the change": the holder told acts on it too, and
        # what they do gives the letter)
        also = _FIELD_ALSO.search(head, told.end())
        act = also.group("act") if also else ""
        if not act or _FIELD_MEANINGS[2][1].search(act):
            return frozenset("I")
        for letter, words in _FIELD_MEANINGS[:2]:
            if words.match(act):
                return frozenset(letter)
        if _FIELD_OWNS.match(act):
            return frozenset("AR")
        return frozenset("R") if is_third_person_verb(act.split()[0].lower()) else \
            frozenset("I")
    acted_on = _FIELD_OBJECT.match(head)
    if acted_on:
        return frozenset("C" if acted_on.group("verb").lower() in ("consult", "ask") or
                         acted_on.group("verb").lower().startswith("check") else "I")
    if _FIELD_OWNER.search(head):
        return frozenset("AR")
    for letter, words in _FIELD_MEANINGS:
        if words.search(head):
            return frozenset(letter)
    if _FIELD_DOES.search(meaning):
        return frozenset("R")
    # "Keeper. Looks after the site and decides who gets a plot": what the holder does says
    # it, what they do not ("but does not decide") says nothing
    rest = _FIELD_NEGATED.sub("", meaning[len(head):])
    if _FIELD_OWNS.search(rest):
        return frozenset("AR")
    for letter, words in _FIELD_MEANINGS[1:]:
        if words.search(rest):
            return frozenset(letter)
    return frozenset()


def _field_legend(raw: list[str]) -> tuple[dict[str, frozenset[str]], set[int]]:
    """The first legend of field keys: three or more lines in a row, each a key and its
    meaning ("M: Maintainer. ...", a meaning carried on over indented lines), every key
    another: (the letters of each key, the legend's line indices); ({}, set()) when none."""
    n = 0
    while n < len(raw):
        keys: dict[str, str] = {}
        spent: set[int] = set()
        m = n
        while m < len(raw):
            field_line = _FIELD_KEY.match(raw[m])
            if field_line and field_line.group("key") not in keys:
                keys[field_line.group("key")] = field_line.group("value")
                last = field_line.group("key")
            elif keys and raw[m].strip() and not field_line and \
                    len(raw[m]) - len(raw[m].lstrip()) > len(_indent(raw[m - 1])):
                keys[last] += " " + raw[m].strip()  # the meaning carried on
            else:
                break
            spent.add(m)
            m += 1
        if len(keys) >= 3:
            return {k: _field_letters(v) for k, v in keys.items()}, spent
        n = max(m, n + 1)
    return {}, set()


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip())]


def _legend_field_lines(raw: list[str]) -> list[str]:
    """Entries whose field lines a legend in the same file explains, read as letter lines:
    the legend's lines blank, each field line after it as "Owner: NAME" (the first of
    several owners as "Accountable:", the others "Responsible:"), "Consulted: NAME" or
    "Informed: NAME" as its key's meaning says, its e-mail addresses and links dropped;
    a field that names no letter ("S: Maintained", "F: src/") or only an address is blank.
    A file without such a legend and two field lines after it is returned as it is."""
    if sum(1 for line in raw[:2000] if _FIELD_KEY.match(line)) < 5:
        return raw
    letters, legend = _field_legend(raw)
    end = max(legend, default=len(raw))
    used = [f.group("value") for k in range(end + 1, len(raw))
            if (f := _FIELD_KEY.match(raw[k])) and f.group("key") in letters]
    # (a transcript's speakers, "AB: I'll book the hall.", are no fields: their values are
    # sentences, and no key's meaning names a letter)
    if len(used) < 2 or not any(letters.values()) or \
            sum(1 for v in used if v.endswith((".", "?", "!"))) * 4 > len(used):
        return raw
    out = ["" if k in legend else line for k, line in enumerate(raw)]
    k = end + 1
    while k < len(raw):
        run_end = k
        while run_end < len(raw) and (f := _FIELD_KEY.match(raw[run_end])) and \
                f.group("key") in letters:
            run_end += 1
        fields = [(j, f) for j in range(k, run_end) if (f := _FIELD_KEY.match(raw[j]))]
        owners = [j for j, f in fields if letters[f.group("key")] == frozenset("AR")]
        for j, field_line in fields:
            value = re.sub(r"\s{2,}", " ", _ADDRESS.sub("", field_line.group("value"))).strip()
            meant = letters[field_line.group("key")]
            if meant == frozenset("AR") and len(owners) > 1:
                meant = frozenset("A") if j == owners[0] else frozenset("R")
            word = _LETTER_LABEL_WORD.get(meant)
            out[j] = f"{word}: {value}" if word and re.search(r"[A-Za-z]", value) else ""
        k = max(run_end, k + 1)
    return out


# A chat exported as text (WhatsApp on Android and iOS, and the like): "12/02/2026, 19:15 -
# Graham Reid: I'll chair the AGM", "[12/02/2026, 19:15:02] Graham Reid: ..."
_CHAT_STAMP = (r"^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
               r"(?:\s?[APap]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?")
_CHAT_LINE = re.compile(_CHAT_STAMP + r"(?P<who>[^:\s][^:\n]{1,39}?):\s(?P<msg>.*)$")
_CHAT_EVENT = re.compile(_CHAT_STAMP + r"\S")
_CHAT_NOISE = re.compile(r"^\s*(?:<[^>]{2,40}>|this message was deleted|you deleted this message)"
                         r"\s*$", re.IGNORECASE)
# "Chair - Graham", "Secretary - me", "Treasurer: Lou": who holds which role
_CHAT_ROLE = re.compile(r"^\s*(?P<role>[A-Z][\w'’ ]{1,40}?)\s*[-–:]\s*(?P<who>me|myself|"
                        r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)\s*$")
_FIRST_PERSON = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\s[-–]\s))"
                           r"(?i:(?:yes|yeah|ok|okay|sure|me|right|and|also|then|so)[,!]?\s+)*"
                           r"(?P<i>(?i:i['’]ll|i will|i['’]m|i am|i))\b|"
                           # "... and I will chair it", "Lou and I will meet the auditor"
                           r"(?<=\s)(?P<mid>I['’]ll|I will|I['’]m|I am|I)(?=\s)")


def _as_sender(m: re.Match[str], role: str) -> str:
    """"I'll" as "The Chair will", "I'm" as "The Chair is", "I" as "The Chair"."""
    said = (m.group("i") or m.group("mid")).lower()
    verb = "will" if said.endswith(("ll", "will")) else "is" if said.endswith(("m", "am")) \
        else ""
    return f"the {role} {verb}".rstrip()


def _chat_as_text(raw: list[str]) -> list[str]:
    """A chat export as the plain text of its messages, line for line: each message
    without its time stamp and sender, "I" and "I'll" in it as its sender, and every
    sender's name as the role the chat says they hold ("Chair - Graham", "Secretary -
    me"), so "I'll chair the AGM" from Graham reads "The Chair will chair the AGM". The
    lines that say who holds which role, events ("... added ...") and omitted media are
    blank. Text that is no chat export is returned as it is."""
    if sum(1 for line in raw[:400] if _CHAT_LINE.match(line)) < 5:
        return raw
    senders: list[str] = []
    sender_at: list[str] = []  # the sender of each line ("" outside a message)
    current = ""
    for line in raw:
        m = _CHAT_LINE.match(line)
        if m:
            current = m.group("who").strip()
            if current not in senders:
                senders.append(current)
        elif _CHAT_EVENT.match(line):
            current = ""
        sender_at.append(current)
    held: dict[str, str] = {}  # sender -> role
    for line, sender in zip(raw, sender_at, strict=True):
        m = _CHAT_LINE.match(line)
        text = m.group("msg") if m else line
        role = _CHAT_ROLE.match(text)
        # (only a title holds: "Lettings Officer - Kwame", not "Welcome - Graham")
        if role and sender and actor_name(role.group("role")):
            who = role.group("who")
            person = sender if who.lower() in ("me", "myself") else next(
                (s for s in senders if s == who or s.split()[0] == who), None)
            if person:
                held.setdefault(person, actor_name(role.group("role")) or "")
    if not held:
        return raw
    names = sorted({n for person in held for n in (person, person.split()[0])}, key=len,
                   reverse=True)
    by_name = {n: held[p] for p in held for n in (p, p.split()[0])}
    mention = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    out: list[str] = []
    for line, sender in zip(raw, sender_at, strict=True):
        m = _CHAT_LINE.match(line)
        if not sender or (not m and _CHAT_EVENT.match(line)):
            out.append("")
            continue
        text = m.group("msg") if m else line
        role = _CHAT_ROLE.match(text)
        if _CHAT_NOISE.match(text) or (role and actor_name(role.group("role"))):
            if role and out and out[-1].rstrip().endswith(":"):
                out[-1] = ""  # "Roles for this year as agreed:" over the role lines
            out.append("")
            continue
        # "Thanks, and I'll book the hall": the pleasantry before the message's point
        text = re.sub(r"^(?i:thanks|thank you|cheers|great|perfect|brilliant|lovely|no problem|"
                      r"sounds good)[,.!]*\s+(?i:and\s+)?", "", text)
        # a question asks; the answer, if any, says who does it ("Yes I'll book the hall")
        text = " ".join(q for q in re.split(r"(?<=[.!?])\s+", text) if not q.endswith("?"))
        own = held.get(sender)
        if own:
            text = _FIRST_PERSON.sub(partial(_as_sender, role=own), text)
            text = re.sub(r"\s{2,}", " ", text)
            # "Rents - I'll send the invoices": the topic before the sender's sentence
            text = re.sub(r"^[A-Z][\w ,&]{1,40}?\s[-–]\s(?=[Tt]he\s)", "", text)
        text = mention.sub(lambda n: f"the {by_name[n.group(0)]}", text)
        text = re.sub(r"(^|[.!?]\s+)the ", lambda t: t.group(1) + "The ", text)
        out.append(text)
    return out


# A chat channel exported with each message under a line of its time and its sender (Slack,
# Teams, Discord and the like): "[Mon 08 May 07:42] Dana Reyes (Site Lead)", "[09:14] Dana
# Reyes", "Dana Reyes (Site Lead)  7:42 AM", "Dana Reyes — 08/05/2028 07:42"
_CHAT_DAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)"
_CHAT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CHAT_DATE = (r"(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|\d{1,2}(?:st|nd|rd|th)?\s+"
              + _CHAT_MONTH + r"(?:\s+\d{4})?|" + _CHAT_MONTH
              + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|(?i:today|yesterday))")
_CHAT_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[APap]\.?[Mm]\.?)?"
# (a time alone opens an agenda's line: a stamp without a date is bracketed)
_CHAT_HEAD_STAMP = (r"(?:\[" + _CHAT_DAY + r"?(?:" + _CHAT_DATE + r",?\s+(?:at\s+)?)?"
                    + _CHAT_TIME + r"\]|" + _CHAT_DAY + r"?" + _CHAT_DATE
                    + r",?\s+(?:at\s+)?" + _CHAT_TIME + r"|" + _CHAT_DAY + _CHAT_TIME + r")")
_CHAT_SENDER = (r"(?P<who>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
                r"(?:[ \t]*\((?P<role>[A-Z][^()\n]{1,40})\))?")
_CHAT_HEADS = (re.compile(r"^\s*" + _CHAT_HEAD_STAMP + r"\s*(?:[-–—|·]\s*)?" + _CHAT_SENDER
                          + r"\s*:?\s*$"),
               re.compile(r"^\s*" + _CHAT_SENDER + r"\s*(?:[-–—|·,]\s*)?(?:"
                          + _CHAT_HEAD_STAMP + r"|" + _CHAT_TIME + r")\s*$"))
_CHAT_RULE = re.compile(r"^\s*([-=_─━~*·])\1{4,}\s*$")
# A request to the person a message addresses: "can you", "could you please", "please"
_CHAT_ASK = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:[^.!?]{0,60}?,\s+)?"
                       r"(?:(?i:can|could|would|will)\s+you\s+(?:please\s+)?|(?i:please)\s+)"
                       r"(?=[a-z])")
# An answer that only acknowledges: "Will do", "On it", "Noted", "👍 will do after lunch"
_CHAT_ACK = re.compile(r"^\W*(?:will do|on it|noted|done|agreed|yep|yes|no|ok|okay|great|"
                       r"perfect|no problem|sure|thanks|thank you|cheers|hi|hey|morning)"
                       r"(?:\s+(?:all|everyone|team))?\W*$", re.IGNORECASE)
_CHAT_ACK_LEAD = re.compile(r"^\W*(?:noted|agreed|yep|yes|ok|okay|great|perfect|sure|"
                            r"no problem)[,!]\s+(?=\S)", re.IGNORECASE)
_CHAT_WILL_DO = re.compile(r"^\W*will do\b", re.IGNORECASE)
_CHAT_THANKS = re.compile(r"\b(?:thanks|thank you)\s+for\b", re.IGNORECASE)
# The clause a chat's order follows: "If a customer asks, pass them to me"
_CHAT_CONDITION = re.compile(r"^(?:If|When|Once|Before|After|As soon as)\b[^,]{3,80},\s+")
# "send me the plan": a thing handed to the sender, written before it
_CHAT_TO_ME = re.compile(r"\b(?P<verb>send|give|pass|forward|e-?mail|show|bring)\s+me\s+"
                         r"(?P<thing>(?:the|your|a|an|any|this|that|these|those)\s+[\w'’-]+"
                         r"(?:\s+(?!(?:to|by|before|after|when|once|for|on|at|in|so|and|"
                         r"with|if|as)\b)[\w'’-]+){0,4})")
# "I'm releasing the batch now": in a chat, a commitment
# ("I'm going to ..." says what comes, no commitment of its own words)
_CHAT_DOING = re.compile(r"\b(?P<i>I['’]m|I am)\s+(?P<verb>(?!going\b)[a-z]+ing)\b")
_CHAT_GREETING = re.compile(r"^(?:@?\s*)?(?i:hi|hey|morning|evening|afternoon|thanks|"
                            r"thank you|cheers|no blame|sorry|ok|okay|great|right|so|and)"
                            r"(?:\s+(?i:all|everyone|team))?[,.!]*\s*")


def _chat_header(line: str) -> re.Match[str] | None:
    """The header of a message in a channel export: a stamp with a date (or bracketed) and
    a sender who is a person (a name, no word of the language alone, or a name with the role
    in brackets)."""
    m = _CHAT_HEADS[0].match(line) or _CHAT_HEADS[1].match(line)
    if m is None:
        return None
    who = m.group("who") or ""
    words = who.split()
    if m.group("role") is None and (len(words) < 2 or all(
            word_classes(w.lower()) for w in words)):
        return None  # "09:00 Registration": a programme's line, no sender
    return m


def _vocatives(text: str, called: re.Pattern[str], names: dict[str, str],
               sender: str) -> list[tuple[int, str]]:
    """(offset, person) of each person a message speaks to: "@Dana Reyes", "Dana," or
    "Thanks Dana." (a name followed by a comma, a stop or a dash), never its sender.
    ``called`` finds the names (``names``' keys) with an "@" before them or a mark after."""
    return [(m.start(), names[m.group("name")]) for m in called.finditer(text)
            if (m.group("at") or m.group("after")) and names[m.group("name")] != sender]


# What marks a message of a conversation: the writer or the reader named, a question, a
# tag, thanks
_CHAT_VOICE = re.compile(r"\b(?:I|I['’](?:m|ll|ve|d)|me|my|we|we['’](?:ll|re|ve)|us|our|you|"
                         r"your|thanks|thank you|please)\b|[?@!]", re.IGNORECASE)


def _rota_heads(raw: list[str], heads: dict[int, re.Match[str]]) -> list[str]:
    """A rota or a log under lines of a time and a person with their role ("Mon 08:00 Dana
    Reyes (Site Lead)" over "Walks the perimeter."): each such line as the role's heading,
    its person and its time beside ("Site Lead (Dana Reyes) - Mon 08:00"), so the lines
    under it are that role's; lines without a role in brackets stay as they are."""
    out = list(raw)
    for k, m in heads.items():
        role = (m.group("role") or "").strip()
        if not role:
            continue
        line = raw[k]
        when = (line[:m.start("who")] + " " + line[m.end("role") + 1:]).strip(" \t-–—|·:")
        out[k] = f"{role} ({m.group('who')})" + (f" - {when}" if when else "")
    return out


def _chat_headed_as_text(raw: list[str]) -> list[str]:
    """A chat channel exported with each message under a line of its time and sender
    ("[Mon 08 May 07:42] Dana Reyes (Site Lead)") as the plain text of its messages, line for
    line: each sender written as the role their header gives in brackets, "I" and "I'll" as
    the sender, "me" as the sender told, and what a message asks of the person it addresses
    ("@Dana can you lock the gate?", "Thanks Dana. Keep me posted.") as that person's ("The
    Site Lead will lock the gate."); a message answering a question addresses its asker.
    Headers, acknowledgements ("Will do") and the lines after a closing rule are blank. Text
    that is no such export is returned as it is."""
    heads = {k: m for k, line in enumerate(raw) if (m := _chat_header(line)) is not None
             and k + 1 < len(raw) and raw[k + 1].strip() and _chat_header(raw[k + 1]) is None}
    if len(heads) < 4 or len({m.group("who") for m in heads.values()}) < 2:
        return raw
    # a conversation: most messages speak as "I" or "we", to "you", ask, tag or thank; a
    # rota or a log under the same lines ("Mon 08:00 Dana Reyes (Site Lead)" over "Walks
    # the perimeter.") says what each person does, and is read as such
    bodies = [raw[k + 1] for k in heads]
    if 2 * sum(1 for b in bodies if _CHAT_VOICE.search(b)) < len(bodies):
        return _rota_heads(raw, heads)
    held: dict[str, str] = {}  # person -> role
    for m in heads.values():
        bracket = (m.group("role") or "").strip()
        role = actor_name(bracket, acronym=True) if bracket else None
        if role is None and bracket and all(w[:1].isupper() for w in bracket.split()) and \
                len(bracket.split()) <= 4:
            role = bracket  # "(Cellar)": the team the header says the person works in
        if role:
            held.setdefault(m.group("who"), role)
    if not held:
        return raw
    names: dict[str, str] = {}  # a spelling (full name, first name) -> person
    for person in held:
        names.setdefault(person, person)
        names.setdefault(person.split()[0], person)
    spellings = sorted(names, key=len, reverse=True)
    either = "|".join(re.escape(n) for n in spellings)
    mention = re.compile(r"@?\b(?:" + either + r")\b")
    called = re.compile(r"(?P<at>@)?\b(?P<name>" + either + r")\b(?P<after>[,.!–-])?")
    out = [""] * len(raw)
    starts = sorted(heads)
    # the senders and their roles, as a list of people on the first header's line: "(Cellar)"
    # beside "(Head Brewer)" names a role by analogy, though its word names no one
    out[starts[0]] = ", ".join(f"{m.group('who')} ({m.group('role').strip()})" for m in
                               {m.group("who"): m for m in heads.values()
                                if m.group("role")}.values())
    asked_by = ""  # the sender of the last message that asked a question
    for n, k in enumerate(starts):
        sender = heads[k].group("who")
        end = starts[n + 1] if n + 1 < len(starts) else len(raw)
        # the message's units: its paragraphs, each bullet apart
        units: list[tuple[int, str]] = []
        for j in range(k + 1, end):
            line = raw[j]
            if _CHAT_RULE.match(line):
                break  # the export's closing rule: what follows is no message
            if not line.strip():
                units.append((j, ""))
            elif units and units[-1][1] and not _BULLET.match(line):
                units[-1] = (units[-1][0], f"{units[-1][1]} {line.strip()}")
            else:
                units.append((j, line.rstrip()))
        whole = " ".join(t for _j, t in units)
        addressee = asked_by if asked_by and asked_by != sender else ""
        asked_by = sender if "?" in whole else ""
        own = held.get(sender)
        for j, text in units:
            if not text:
                continue
            marker = _BULLET.match(text)
            lead, text = (marker.group(0), text[marker.end():]) if marker else ("", text)
            kept: list[str] = []
            for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
                spoken = _vocatives(sentence, called, names, sender)
                if spoken:
                    addressee = spoken[-1][1]
                # ("Thanks Omar.", "No blame Jordan, thanks for saying.": the pleasantry)
                unnamed = mention.sub("", sentence) if spoken else sentence
                if _CHAT_ACK.match(unnamed) or _CHAT_WILL_DO.match(sentence) or \
                        _CHAT_THANKS.search(sentence):
                    continue
                sentence = _CHAT_ACK_LEAD.sub("", sentence)  # "Noted, I'll add it"
                if spoken and spoken[0][0] == 0:
                    # "@Sam Fry can you ...": the name the message opens on only calls them
                    opened = mention.match(sentence)
                    if opened:
                        sentence = re.sub(r"^[,:–-]?\s*", "", sentence[opened.end():])
                role = held.get(addressee) if addressee else None
                if role:
                    asked = _CHAT_ASK.match(sentence)
                    if asked:
                        sentence = f"the {role} will " + sentence[asked.end():]
                    else:
                        # "If a customer asks, pass them to me": the order after the clause
                        cond = _CHAT_CONDITION.match(sentence)
                        opening = cond.group(0) if cond else ""
                        bare = _CHAT_GREETING.sub("", sentence[len(opening):])
                        first = bare.split(maxsplit=1)
                        # ("Keep me posted", not "Plan looks good": a noun its verb follows)
                        if len(first) == 2 and (opening or first[0][:1].isupper()) and \
                                verb_lemma(first[0].lower()) == first[0].lower() and \
                                first[0].lower() not in ("let's", "no", "so", "and", "but") and \
                                not is_third_person_verb(first[1].split()[0]) and \
                                not first[1].split()[0].endswith("ed"):
                            sentence = f"{opening}the {role} will {first[0].lower()} {first[1]}"
                    sentence = re.sub(r"[,\s]+please(?=[.!?]?$)", "", sentence)
                    sentence = re.sub(r"\?$", ".", sentence)
                if sentence.endswith("?"):
                    continue  # a question asks; its answer says who does it
                if own:
                    sentence = _CHAT_DOING.sub(
                        lambda d: f"I will {verb_lemma(d.group('verb')) or d.group('verb')}",
                        sentence)
                    sentence = _FIRST_PERSON.sub(partial(_as_sender, role=own), sentence)
                    # "the Site Lead think": the verb after the sender agrees with the role
                    sentence = re.sub(rf"\b(?<=[Tt]he {re.escape(own)} )(?P<verb>[a-z]+)\b",
                                      lambda v: agreeing(v.group("verb")), sentence)
                    # "send me the plan": the plan is sent to the sender
                    sentence = _CHAT_TO_ME.sub(r"\g<verb> \g<thing> to me", sentence)
                    sentence = _OBJECT_ME.sub(partial(_as_object, role=own), sentence)
                sentence = mention.sub(
                    lambda p: f"the {held[names[p.group(0).lstrip('@')]]}", sentence)
                kept.append(sentence[:1].upper() + sentence[1:])
            out[j] = (lead + " ".join(kept)).rstrip() if kept else ""
    return out


# A mail thread's message header: "From: Helen Marsh <helen@...>" (a name and an address)
_MAIL_FROM = re.compile(r"^[^\S\n]*(?i:from):[^\S\n]*\"?(?P<first>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
                        r"(?:[ \t]+[A-Z][a-z'’-]+){1,2}\"?[ \t]*<[^>\n]+>\s*$")


# A message's "I" and what follows it: "I'll", "I've", "I'd", "I'm", "I don't", "I suggest"
_MAIL_I = re.compile(r"(?<![\w'’-])(?P<and>and\s+)?I(?:['’](?P<short>ll|ve|d|m)|"
                     r"\s+(?P<word>[a-z]+(?:n['’]t)?))?(?![\w'’/-]|\.\w)")
# A header line naming people, and each person's first name on it ("To: Mark Marsh
# <mark@...>; Jo Reid", "Cc: Karen Doyle")
_MAIL_HEADER_NAMES = re.compile(r"^[^\S\n]*(?i:from|to|cc):[^\S\n]*(?P<names>.+)$")
_MAIL_NAME = re.compile(r"(?:^|(?<=[;,])|(?<=>))[^\S\n]*\"?(?P<first>[A-Z][a-z]+)"
                        r"(?:[^\S\n]+[A-Z][a-z'’-]+){1,2}\"?[^\S\n]*(?=<|[;,]|$)")
# A paragraph that opens on a correspondent's first name: "Jo - ", "Hannah, "
_MAIL_ASKED = re.compile(r"^[^\S\n]*(?P<name>[A-Z][a-z]+)(?:[^\S\n]+[-–—]|,)[^\S\n]+(?=\S)")
# What such a paragraph asks of them: "could you", "can you please", "please", "you said
# you'd", "you'll"
_MAIL_ASK = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=,\sso\s))(?:(?i:could|can|"
                       r"would|will)\s+you\s+(?:please\s+)?|(?i:please)(?:\s+|$)|(?i:you)\s+said\s+"
                       r"you['’]d\s+|(?i:you)['’]ll\s+)")
_MAIL_TOLD_YOU = re.compile(r"\b(?P<verb>(?:send|tell|give|let|show|ring|call|phone|e-?mail|"
                            r"text|update|brief|copy)s?)\s+you\b")
_SHORT = {"ll": "will", "ve": "has", "d": "would", "m": "is"}


def _as_named(m: re.Match[str], name: str) -> str:
    """A message's "I" as its sender's first name, the verb after it agreeing: "I'll" as
    "Helen will", "I've" "Helen has", "I suggest" "Helen suggests", "I don't" "Helen
    doesn't"; after "and" ("Mark and I sign") the verb stays plural."""
    lead = m.group("and") or ""
    if m.group("short"):
        return f"{lead}{name} {_SHORT[m.group('short')]}"
    word = m.group("word")
    if not word:
        return f"{lead}{name}"
    if lead:
        return f"{lead}{name} {word}"
    if word in ("don't", "don’t"):
        return f"{name} doesn't"
    return f"{name} {agreeing(word)}"


def _opens_one(ordered: list[str], start: str) -> bool:
    """Whether a name of ``ordered`` (sorted) starts with ``start``: the first name not
    before it does, if any does."""
    at = bisect_left(ordered, start)
    return at < len(ordered) and ordered[at].startswith(start)


def _mail_thread_as_text(raw: list[str]) -> list[str]:
    """A thread of e-mails pasted one under another (two "From:" lines or more, each a
    person's name and address) with each message's "I" as its sender's first name: in
    Helen's message "I'll write to the banks" reads "Helen will write to the banks" and
    "Mark and I sign" "Mark and Helen sign", so each message's commitments are its
    sender's. Text that is no such thread is returned as it is."""
    starts = [k for k, line in enumerate(raw) if _MAIL_FROM.match(line)]
    if len(starts) < 2:
        return raw
    people = {m.group("first") for line in raw if (h := _MAIL_HEADER_NAMES.match(line))
              for m in _MAIL_NAME.finditer(h.group("names"))}
    # (sorted, so that whether a first name opens one is looked up, not read through)
    ordered = sorted(people)
    out = list(raw)
    for n, k in enumerate(starts):
        sender = _MAIL_FROM.match(raw[k])
        assert sender is not None
        name = sender.group("first")
        end = starts[n + 1] if n + 1 < len(starts) else len(raw)
        body = k + 1
        # the header block ends at a blank (or at the next message: read past it, every
        # message's header was read to the end of a thread of headers alone)
        while body < end and raw[body].strip():
            body += 1
        asked = ""  # the person a paragraph opens on ("Jo - you said ...")
        for j in range(body, end):
            line = raw[j]
            if not line.strip():
                asked = ""
            elif not asked and j > body and not raw[j - 1].strip() and (
                    to := _MAIL_ASKED.match(line)) and _opens_one(ordered, to.group("name")):
                # ("Jo": Joanna)
                asked = to.group("name")
                line = line[to.end():]
            line = _MAIL_I.sub(partial(_as_named, name=name), line)
            if asked:
                # "could you go through ...?", "please agree ...", "you said you'd ...":
                # what the person the paragraph opens on is asked to do
                line = _MAIL_ASK.sub(f"{asked} will ", line).replace("?", ".")
                # "... - I'll send you a note at each deadline": the person told
                line = _MAIL_TOLD_YOU.sub(rf"\g<verb> {asked}", line)
            out[j] = line
    return out


# A message's greeting on a line of its own at its top ("Hi all,", "Hello team",
# "Dear Stewards,", "Morning everyone!") or its closing word over the writer's name
_GREETING = re.compile(r"^[^\S\n]*(?i:hi|hello|hey|dear|(?:good\s+)?morning|(?:good\s+)?"
                       r"afternoon|(?:good\s+)?evening|greetings)\b[^.?\n]{0,40}[,!:]?\s*$")
# A sentence that opens on a person, asked by name: "Dave, can you also check ...", "Priya
# (Treasurer) - could you set up the float ...?", "Tom, please put up the posters."
_NAME_ASKED = re.compile(
    r"(?:(?<=^)|(?<=^[^\S\n])|(?<=[.!?][^\S\n])|(?<=[.!?][^\S\n]{2}))"
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+\([A-Z][^()\n]{2,50}\))?)(?:,|[^\S\n]+[-–—])[^\S\n]+"
    r"(?:(?i:please[^\S\n]+)?(?i:could|can|would|will)[^\S\n]+you[^\S\n]+(?:please[^\S\n]+)?|"
    r"please[^\S\n]+)"
    r"(?=[a-z])")
# An offer or a promise a message reports: "Jan has kindly offered to run the tea tent",
# "Kevin has volunteered to hand out the gloves", "Omar is going to give the tours", as
# "will"
_OFFERED = re.compile(r"(?<=[A-Za-z)])[^\S\n]+(?:(?:has|have)[^\S\n]+(?:very[^\S\n]+)?"
                      r"(?:kindly[^\S\n]+)?(?:offered|volunteered|agreed)|(?:is|are)"
                      r"[^\S\n]+going)[^\S\n]+to[^\S\n]+(?=[a-z])")
# Words that open a sentence before a comma and are no one ("Also, can you ...")
_NO_ONE = {"Also", "So", "Finally", "Then", "Now", "Please", "Thanks", "Everyone", "Again",
           "And", "But", "Next", "First", "Lastly", "Otherwise", "Meanwhile", "Actually",
           "Sorry", "Oh", "Ok", "Okay", "Right", "Anyway", "Alternatively", "Ideally",
           "Secondly", "Plus", "Yes", "No", "Hi", "Hello", "Hey", "Dear", "All", "Guys",
           "Folks", "Team", "Everybody", "Anyone", "Someone", "Somebody", "Or", "If",
           "Meantime", "Additionally", "Similarly", "Separately", "Tomorrow",
           "Today", "Tonight", "Later", "Afterwards", "Before", "After", "Once", "Well"}


def _lone_message_asks(raw: list[str]) -> list[str]:
    """A message's requests of a person named at the start of a sentence, as that person's
    duties: in a text that opens on a greeting ("Hi all,"), "Dave, can you also check
    every crew has a radio?" reads "Dave will also check every crew has a radio." and
    "Priya (Treasurer) - could you bank the takings?" "Priya (Treasurer) will bank the
    takings." An offer it reports is a duty too: "Jan has kindly offered to run the tea
    tent" reads "Jan will run the tea tent". Text that opens on no greeting is returned as
    it is."""
    head = [line for line in raw[:40] if line.strip()][:12]
    if not any(_GREETING.match(line) for line in head):
        return raw
    out = [_OFFERED.sub(" will ", line) if " to " in line or "going" in line else line
           for line in raw]
    for j, line in enumerate(list(out)):
        if "you" not in line and "lease" not in line:
            continue
        asked = False

        def will(m: re.Match[str]) -> str:
            nonlocal asked
            if m.group("name").split()[0] in _NO_ONE:
                return m.group(0)
            asked = True
            return f"{m.group('name')} will "

        line = _NAME_ASKED.sub(will, line)
        if not asked:
            continue
        out[j] = line
        # the question's mark, on this line or a later one of the paragraph, ends a duty
        for k in range(j, len(out)):
            if not out[k].strip():
                break
            if "?" in out[k]:
                out[k] = out[k].replace("?", ".", 1)
                break
    return out


# A transcript: an attendee list of names with initials and roles ("OSKAR LINDQVIST (OL)
# Operations Director", "Mei Sato (MS), Lead Reviewer") and turns by initials ("OL: I sign
# off any quote over ten thousand")
_ATTENDEE = re.compile(r"^\s*(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})\s*"
                       r"\((?P<initials>[A-Z]{2,4})\)\s*[,:–—-]?\s*(?P<role>[A-Z][^,;(]{1,60}?)"
                       r"\s*(?:[,;(].*)?$")
_TURN = re.compile(r"^(?P<who>[A-Z][A-Za-z]{1,20}):\s+(?P<said>\S.*)$")
_ACTION_LINE = re.compile(r"^\s*(?P<who>[A-Z]{2,4})\s{2,}(?P<what>[A-Z][a-z]+\b.*)$")
_OBJECT_ME = re.compile(r"(?<=\s)(?P<me>me|my)\b")


def _as_object(m: re.Match[str], role: str) -> str:
    """"me" as "the Finance Officer", "my" as "the Finance Officer's"."""
    return f"the {role}" + ("'s" if m.group("me") == "my" else "")


def _transcript_as_text(raw: list[str]) -> list[str]:
    """A meeting's transcript as the plain text of its turns: each turn (its lines joined on
    its first line) with "I" and "I'll" as its speaker's role, "me" and "my" as the role's,
    every attendee's name, first name and initials as their role, questions and turns of
    three words or fewer dropped; an actions list's lines ("PN  Add the step to the
    checklist") as the role's ("The Project Manager will add ..."). The attendee list is
    blank. Text that is no transcript is returned as it is."""
    people = {k: m for k, line in enumerate(raw[:200]) if (m := _ATTENDEE.match(line))
              and actor_name(m.group("role").strip(), acronym=True)}
    if len(people) < 2:
        return raw
    role_of: dict[str, str] = {}
    for m in people.values():
        role = actor_name(m.group("role").strip(), acronym=True) or ""
        name = m.group("name").title() if m.group("name").isupper() else m.group("name")
        for spelling in (m.group("initials"), name, name.split()[0], m.group("name")):
            role_of.setdefault(spelling, role)
    turns = [k for k, line in enumerate(raw) if (t := _TURN.match(line))
             and t.group("who") in role_of]
    if len(turns) < 5:
        return raw
    names = sorted(role_of, key=len, reverse=True)
    mention = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    out = ["" if k in people else line for k, line in enumerate(raw)]
    for k in turns:
        turn = _TURN.match(raw[k])
        assert turn is not None
        role = role_of[turn.group("who")]
        said = [turn.group("said")]
        j = k + 1
        while j < len(raw) and raw[j].strip() and not _TURN.match(raw[j]):
            said.append(raw[j].strip())
            out[j] = ""
            j += 1
        text = " ".join(q for q in re.split(r"(?<=[.!?])\s+", " ".join(said))
                        if not q.endswith("?") and len(q.split()) > 3)
        text = re.sub(r",\s*(?:yes|yeah|right|okay|ok)(?=[.!]|$)", "", text)
        text = _FIRST_PERSON.sub(partial(_as_sender, role=role), text)
        # "the Project Manager log it": the verb after the speaker agrees with the role
        text = re.sub(rf"\b(?<=[Tt]he {re.escape(role)} )(?P<verb>[a-z]+)\b",
                      lambda v: agreeing(v.group("verb")), text)
        text = _OBJECT_ME.sub(partial(_as_object, role=role), text)
        text = mention.sub(lambda n: f"the {role_of[n.group(0)]}", text)
        first = text.split(maxsplit=1)
        if len(first) == 2 and verb_lemma(first[0].lower()) == first[0].lower() and \
                first[0].lower() not in ("the", "a", "an", "so", "and", "but", "then"):
            # "SO: Circulate the notes by Friday": an instruction taken by the speaker
            text = f"the {role} will {first[0].lower()} {first[1]}"
        out[k] = re.sub(r"(^|[.!?]\s+)the ", lambda t: t.group(1) + "The ", text)
    for k, line in enumerate(raw):
        action = _ACTION_LINE.match(line)
        if action and action.group("who") in role_of and k not in people:
            what = action.group("what")
            out[k] = f"The {role_of[action.group('who')]} will {what[:1].lower()}{what[1:]}"
    return out


# A line of a meeting's actions list laid out in columns: the owner's initials, a gap, the
# action in the imperative and, after another gap, when it is due ("LG    Book the hall
# for the quiz        by 12 Mar"); "ALL" before a label naming who ("ALL   Class reps:
# collect the forms")
_INITIALS_ACTION = re.compile(r"^\s*(?P<who>[A-Z]{2,4})(?:\s{2,}|\s+(?=[A-Z][\w'’ -]{1,40}:\s))"
                              r"(?P<what>[A-Z][a-z]+\b.*?)"
                              r"(?:\s{2,}(?P<due>\S.*?))?\s*$")
_EVERYONE = {"ALL", "ANY"}
_LABELLED_DOER = re.compile(r"^(?P<label>[A-Z][\w'’ -]{1,40}):\s+(?P<what>[a-z].*)$")


def _known_initials(text: str) -> set[str]:
    """The initials the text introduces as a person's: in brackets ("Helen Varga (HV)"),
    after a dash ending a line ("Lisa Grant (Chair) - LG"), or as the initials of a name
    written before a role in brackets ("Helen Varga (Chair)"). Gathered in one pass over
    the text, however many initials the lines give."""
    known = set(re.findall(r"\(([A-Z]{2,4})\)", text))
    known.update(re.findall(r"[-–—]\s*([A-Z]{2,4})[ \t]*$", text, re.MULTILINE))
    known.update("".join(w[0] for w in m.group(1).split()) for m in re.finditer(
        r"\b((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)\s*\(", text))
    return known


def _initials_actions(raw: list[str]) -> list[str]:
    """A meeting's actions list laid out in columns, two lines or more one under another,
    each owned by initials the text gives a person ("Present: Lisa Grant (Chair) - LG"),
    read as sentences line for line: "LG  Book the hall  by 12 Mar" as "LG will book the
    hall." (when it is due no part of it; the initials stand for the person's role); "ALL
    Class reps: collect the forms" as "Class reps will collect the forms."."""
    found = [(k, m) for k, line in enumerate(raw) if (m := _INITIALS_ACTION.match(line))]
    if len(found) < 2:
        return raw
    known: set[str] | None = None
    out = list(raw)
    lines = {k for k, _ in found}
    for k, m in found:
        if k - 1 not in lines and k + 1 not in lines:
            continue  # a line alone is no list
        who, what = m.group("who"), m.group("what").strip()
        first = what.split()[0].lower()
        labelled = _LABELLED_DOER.match(what)
        if who in _EVERYONE:
            if labelled is None or actor_name(labelled.group("label"), acronym=True) is None:
                continue
            who, what = labelled.group("label"), labelled.group("what")
            first = what.split()[0].lower()
        else:
            if known is None:
                known = _known_initials("\n".join(raw))
            if who not in known:
                continue  # initials the text gives no one
        if len(what.split()) < 3 or \
                verb_lemma(first) != first or "VERB" not in word_classes(first) or \
                "".join(w[0] for w in what.split()).upper().startswith(who):
            continue  # ("PM  Project Manager": a key to the initials, no action)
        out[k] = f"{who} will {what[:1].lower()}{what[1:].rstrip(' .;')}."
    return out


# reStructuredText kept as plain text: a title's adornment ("=====", "-----"), a directive
# (".. note::", ".. _label:") and a field (":Owner: HPC Service Manager")
_RST_ADORNMENT = re.compile(r"^\s*([=\-~^\"'`#*+])\1{2,}\s*$")
_RST_DIRECTIVE = re.compile(r"^\s*\.\.\s+(?:[\w-]+::|_[^:]+:|\[[^\]]*\]|\|[^|]+\|)")
_RST_FIELD = re.compile(r"^(?P<indent>\s*):(?P<field>[A-Za-z][\w /&-]{0,40}):"
                        r"(?:\s+(?P<value>\S.*))?$")


_RST_LIST_TABLE = re.compile(r"^(?P<indent>\s*)\.\.\s+list-table::\s*(?P<title>.*)$")


def _rst_list_tables(raw: list[str]) -> list[str]:
    """reStructuredText's ``list-table`` directives as pipe rows, line for line: the
    directive's line its title, its options blank, each "* - cell" row with its "  - cell"
    cells (a cell carried on over deeper lines) one pipe row, the rows one after another
    (the lines they spent given back as blank lines after the table)."""
    out = list(raw)
    n = 0
    while n < len(raw):
        m = _RST_LIST_TABLE.match(raw[n])
        if m is None:
            n += 1
            continue
        indent = len(m.group("indent"))
        out[n] = m.group("title").strip()
        k = n + 1
        rows: list[list[str]] = []
        while k < len(raw):
            line = raw[k]
            depth = len(line) - len(line.lstrip())
            text = line.strip()
            if text and depth <= indent:
                break  # the table ends at the text after it
            if text.startswith("* -"):
                rows.append([text[3:].strip()])
            elif text.startswith("- ") or text == "-":
                if rows:
                    rows[-1].append(text[2:].strip())
            elif text and rows and not text.startswith(":"):
                rows[-1][-1] = f"{rows[-1][-1]} {text}".strip()  # a cell carried on
            k += 1
        first = n + 1
        while first < k and raw[first].strip().startswith(":"):
            first += 1  # the options stay blank
        spans = [f"| {' | '.join(c.replace('|', '/') for c in row)} |" for row in rows]
        for j in range(n + 1, k):
            out[j] = ""
        for j, row in enumerate(spans):
            if first + j < k:
                out[first + j] = row
        n = k
    return out


def _without_rst_markup(raw: list[str], *, always: bool = False) -> list[str]:
    """Lines of reStructuredText read as plain text: adornment and directive lines blank
    (the text under a directive stays), a field ":Owner: X" as the label line "Owner: X",
    except the fields right under the document's title (its details: author, date,
    owner), a directive's option without a value (":local:") blank. Other text is unchanged; a
    document without a field or a directive is returned as it is, unless ``always`` (a .rst
    file)."""
    if not always and not any(_RST_DIRECTIVE.match(line) or _RST_FIELD.match(line)
                              for line in raw):
        return raw
    if any(".. list-table::" in line for line in raw):
        raw = _rst_list_tables(raw)
    out: list[str] = []
    titles = 0  # section titles so far (a line over its adornment)
    for n, line in enumerate(raw):
        field = _RST_FIELD.match(line)
        if line.strip() and not _RST_ADORNMENT.match(line) and n + 1 < len(raw) and \
                _RST_ADORNMENT.match(raw[n + 1]):
            titles += 1
        if _RST_ADORNMENT.match(line) or _RST_DIRECTIVE.match(line):
            out.append("")
        elif field and titles == 1 and not line[:1].isspace():
            out.append("")  # the fields under the document's title are its details
        elif field:
            value = field.group("value")
            out.append(f"{field.group('indent')}{field.group('field')}: {value}" if value
                       else "")
        else:
            out.append(line)
    return out


# A paragraph's first line that only labels what follows: "**Squad Lead (Maya)**",
# "Data Engineers:".
LABEL_LINE = re.compile(r"(?:\*\*|__)(?P<text>[^*_\n]{2,80}?):?(?:\*\*|__):?|"
                        r"(?P<plain>[A-Z][^:.!?\n]{1,50}):")


def _markdown_inline_plain(inline: Token) -> tuple[str, str]:
    """The text of an inline token without its markup (emphasis, links, code marks; line
    breaks kept as newlines), and the bold words it starts with when they run in before
    the rest of the line ("**Assess.** The Change Manager checks ...": "Assess.")."""
    out: list[str] = []
    run_in = ""
    children = inline.children or []
    # (markdown-it opens a paragraph that starts with emphasis with an empty text)
    start = next((k for k, c in enumerate(children) if c.type != "text" or c.content), 0)
    for n, child in enumerate(children):
        if child.type == "html_inline" and re.fullmatch(r"<br\s*/?>", child.content.strip(),
                                                         re.IGNORECASE):
            out.append("\n")  # a line break written as HTML ("Book the lift<br>brief the crew")
        elif child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)
        if n == start and child.type in ("strong_open", "em_open"):
            # ("*Senior associate.* Daniel Frost will run ...": italics run in as well)
            close = next((k for k in range(1, len(children))
                          if children[k].type == child.type.replace("_open", "_close")), None)
            after = children[close + 1] if close is not None and close + 1 < len(children) \
                else None
            if close is not None and after is not None and after.type == "text" and \
                    after.content.strip():
                run_in = "".join(c.content for c in children[1:close] if c.type == "text")
    return "".join(out), run_in


_TABLE_RULE: list[Callable[[StateBlock, int, int, bool], bool]] = []


def split_cells(line: str) -> list[str]:
    """markdown-it's split of a table line at its bars, a bar after a backslash kept in its
    cell: without a backslash, where every bar splits, ``str.split`` (markdown-it walks the
    line a character at a time in Python, a second a megabyte of table)."""
    if "\\" not in line:
        return line.split("|")
    from markdown_it.rules_block.table import escapedSplit

    return escapedSplit(line)


def _table_rule() -> Callable[[StateBlock, int, int, bool], bool]:
    """markdown-it's table rule, imported on first use (markdown-it is loaded only when a
    Markdown document is read): the same code, run with :func:`split_cells` for its split
    of a line (``tests/test_derive_fast_paths.py`` compares the two splits)."""
    if not _TABLE_RULE:
        import types

        from markdown_it.rules_block.table import escapedSplit, table

        if table.__globals__.get("escapedSplit") is escapedSplit:
            rule = types.FunctionType(table.__code__,
                                      {**table.__globals__, "escapedSplit": split_cells},
                                      table.__name__, table.__defaults__, table.__closure__)
            _TABLE_RULE.append(rule)
        else:  # pragma: no cover - a markdown-it whose rule splits lines otherwise
            _TABLE_RULE.append(table)
    return _TABLE_RULE[0]


_TABLE_TOKENS_READ = frozenset({"table_open", "tr_open", "inline"})


class _TableCell:
    """What markdown-it's table rule makes of a token it pushes, kept light: the rule
    sets a token's map, content, children and attributes, and only the row marks and
    the cells' contents are read here."""

    __slots__ = ("type", "map", "content", "children", "attrs")
    children: Any  # (set by the table rule: declared, as a class compiled by mypyc needs)
    attrs: Any

    def __init__(self, ttype: str) -> None:
        self.type = ttype
        self.map: list[int] | None = None
        self.content = ""


def _table_rows(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's own table rule, its tokens gathered as one ``table_rows`` token.

    The rule pushes four tokens a cell (a RACI table of 5,000 rows by 40 roles is nearly
    a million); here it runs unchanged with a push that keeps only what
    :func:`parse_markdown` reads of them, and the table becomes one token whose ``meta``
    holds each row's line and cells' contents (the header row first)."""
    # (the rule is tried at every line; its check alone, without tokens, rejects all but a
    # table's first line, and where it finds a table the whole rule finds it too)
    rule = _table_rule()
    found = rule(state, start, end, True)
    if silent or not found:
        return found
    pushed: list[_TableCell] = []
    # (the marks of cells, head and body are never read: one token takes what the rule
    # sets on each of them, and only the table, its rows and their cells' text are kept)
    unread = _TableCell("")

    def push(ttype: str, tag: str, nesting: int) -> _TableCell:
        if ttype not in _TABLE_TOKENS_READ:
            return unread
        token = _TableCell(ttype)
        pushed.append(token)
        return token

    state.push = push  # type: ignore[method-assign, assignment]
    try:
        found = rule(state, start, end, False)
    finally:
        del state.push
    if found:
        rows: list[tuple[int, list[str]]] = []
        for token in pushed:
            if token.type == "tr_open" and token.map is not None:
                rows.append((token.map[0], []))
            elif token.type == "inline":
                rows[-1][1].append(token.content)
        table = state.push("table_rows", "table", 0)
        table.map = pushed[0].map
        table.meta = {"rows": rows}
    return found


# Three of one mark on a line, spaces and tabs between: what a thematic break holds
_BREAK_MARKS = re.compile(r"([*_-])[ \t]*\1[ \t]*\1")
# A line that could underline a heading ("Title" over "-----" or "====="), after the
# spaces, tabs and quote marks before a block's text
_UNDERLINE = re.compile(r"^[ \t>]*(?:-+|=+)[ \t]*$", re.MULTILINE)


def _unreachable_rules(text: str) -> list[str]:
    """The block rules of markdown-it that cannot match anywhere in ``text``, each for want
    of the mark its every match starts with: a table's header row holds "|", a fence
    starts with three backticks or tildes, a quote with ">", raw HTML with "<", a heading
    with "#", a link reference with "[", a thematic break is three marks of one kind.
    markdown-it tries every rule at every line (a list of 20,000 items: each rule 80,000
    times and more); a rule that fails changes nothing, so leaving out one that cannot
    match leaves every token as it was (``tests/test_derive_fast_paths.py`` compares
    both parsers)."""
    marks = (("table", "|"), ("blockquote", ">"), ("html_block", "<"), ("heading", "#"),
             ("reference", "["))
    rules = [rule for rule, mark in marks if mark not in text]
    if "```" not in text and "~~~" not in text:
        rules.append("fence")
    if not _BREAK_MARKS.search(text):
        rules.append("hr")
    return rules


def _no_underline(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's setext heading rule where no line could underline a heading: it finds
    none, without walking the paragraph's lines, and leaves the parent type a paragraph's
    as that rule does when it fails."""
    if state.is_code_block(start):
        return False
    state.parentType = "paragraph"
    return False


def _block_parser(text: str, pruned: bool = True) -> MarkdownIt:
    """markdown-it's CommonMark parser with tables (:func:`_table_rows`) and without its
    inline step, for ``text``: without the block rules that cannot match in it
    (:func:`_unreachable_rules`) and the setext heading rule's walk where no line could
    underline a heading, unless ``pruned`` is false."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").disable("inline")
    md.block.ruler.at("table", _table_rows, {"alt": ["paragraph", "reference"]})
    if not pruned:
        return md
    unreachable = _unreachable_rules(text)
    if unreachable:
        md.disable(unreachable)
    lines = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    if not _UNDERLINE.search(lines):
        md.block.ruler.at("lheading", _no_underline)
    return md


# A line of a plain outline (:func:`_outline_tokens`): an ATX heading whose text neither
# starts nor ends with a space or ends with "#" (nor is one "#": "# #" is a heading with no
# text, the "#" its closing sequence), a list item "- " whose text starts with an ASCII
# letter and does not end with a space, or an empty line
_OUTLINE_LINE = re.compile(r"(#{1,6}) ([^\s#]|\S.*[^\s#])|- ([A-Za-z](?:.*\S)?)|")


# The fields of markdown-it's tokens, each of which :func:`_outline_tokens` sets: a version
# of markdown-it whose tokens hold other fields reads every document itself
_TOKEN_FIELDS = ("type", "tag", "nesting", "attrs", "map", "level", "children", "content",
                 "markup", "info", "meta", "block", "hidden")


def _outline_tokens(text: str) -> list[Token] | None:
    """The block tokens markdown-it makes of a plain outline, or None for any other text.

    A document of only headings, one-line "- " list items and empty lines (a list of
    duties under each role's heading) is most of what markdown-it's block rules are tried
    on at 1 MB, each rule asked at each line; such a document has one reading, written
    here token for token as markdown-it writes it (the lists tight unless an empty line
    parts two of their items, each list and item ending at the next line that is not
    empty). Each token is made with its fields set at once, as markdown-it's block parser
    leaves them (its constructor's keywords cost twice as much, seven tokens an item).
    ``tests/test_derive_outline.py`` compares every token with markdown-it's."""
    from dataclasses import fields

    from markdown_it.token import Token

    if "\r" in text or "\0" in text or "\t" in text or \
            tuple(f.name for f in fields(Token)) != _TOKEN_FIELDS:
        return None
    new = Token.__new__

    def token(kind: str, tag: str, nesting: Literal[-1, 0, 1], level: int,
              at: list[int] | None = None, content: str = "", markup: str = "",
              hidden: bool = False, children: list[Token] | None = None) -> Token:
        made = new(Token)
        made.type, made.tag, made.nesting, made.attrs, made.map = kind, tag, nesting, {}, at
        made.level, made.children, made.content, made.markup = level, children, content, markup
        made.info, made.meta, made.block, made.hidden = "", {}, True, hidden
        return made

    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # (a last line break ends the last line, as markdown-it counts lines)
    end = len(lines)
    tokens: list[Token] = []
    items: list[tuple[int, str]] = []  # the open list's items: (line, text)
    tight = True

    def close_list(until: int) -> None:
        nonlocal tight
        hidden = tight
        tokens.append(token("bullet_list_open", "ul", 1, 0, [items[0][0], until], markup="-"))
        for k, (at, content) in enumerate(items):
            after = items[k + 1][0] if k + 1 < len(items) else until
            tokens.extend((
                token("list_item_open", "li", 1, 1, [at, after], markup="-"),
                token("paragraph_open", "p", 1, 2, [at, at + 1], hidden=hidden),
                token("inline", "", 0, 3, [at, at + 1], content, children=[]),
                token("paragraph_close", "p", -1, 2, hidden=hidden),
                token("list_item_close", "li", -1, 1, markup="-")))
        tokens.append(token("bullet_list_close", "ul", -1, 0, markup="-"))
        items.clear()
        tight = True

    for n, line in enumerate(lines):
        shape = _OUTLINE_LINE.fullmatch(line)
        if shape is None:
            return None
        marks, title, item = shape.groups()
        if item is not None:
            if items and n - items[-1][0] > 1:
                tight = False  # (an empty line between two items)
            items.append((n, item))
        elif marks is not None:
            if items:
                close_list(n)
            tag = f"h{len(marks)}"
            tokens.extend((token("heading_open", tag, 1, 0, [n, n + 1], markup=marks),
                           token("inline", "", 0, 1, [n, n + 1], title, children=[]),
                           token("heading_close", tag, -1, 0, markup=marks)))
    if items:
        close_list(end)
    return tokens


class _MarkdownInline:
    """The plain text of each inline token of one Markdown document, parsed once per
    distinct content.

    markdown-it parses the inline markup of every paragraph, heading and table cell (a
    RACI table of 5,000 rows has 200,000 cells, most of them one letter). The inline
    parse of a content depends only on that content and the document's link references,
    which the block parse has all collected before any inline parse starts; so the
    block parse runs without its inline step, then markdown-it's own inline and text
    joining steps run over the first token of each distinct content, and the tokens of
    equal content share its children (read only). A table's cells are contents of the
    table's one token (``_table_rows``), each given an inline token of its own here.
    """

    def __init__(self, text: str) -> None:
        from markdown_it.rules_core import StateCore, inline, text_join
        from markdown_it.token import Token

        md = _block_parser(text)
        env: dict[str, object] = {}
        outline = _outline_tokens(text)  # (a plain outline read without the rules)
        self.tokens = md.parse(text, env) if outline is None else outline
        inlines = [token for token in self.tokens if token.type == "inline"]
        first: dict[str, Token] = {}
        for token in inlines:
            first.setdefault(token.content, token)
        self.cells: dict[str, Token] = {}
        for table in self.tokens:
            if table.type == "table_rows":
                for _line, contents in table.meta["rows"]:
                    for content in contents:
                        if content not in self.cells:
                            self.cells[content] = first.get(content) or \
                                Token("inline", "", 0, content=content, children=[])
        state = StateCore(text, md, env)
        state.tokens = []
        for token in {**first, **self.cells}.values():
            if token.content and md.inline.terminator_re.search(token.content) is None:
                # no character any inline rule starts at ("Publish the weekly rota"):
                # the text rule takes the whole content as one text token, which no later
                # step changes, so it is made here without the parse (a plain duty line)
                token.children = [Token("text", "", 0, content=token.content)]
            else:
                state.tokens.append(token)
        inline(state)  # the two core steps the block parse left out, as md.parse runs them
        text_join(state)
        if len(first) < len(inlines):
            for token in inlines:
                token.children = first[token.content].children
        self._plain: dict[str, tuple[str, str]] = {}
        self._cell_text: dict[str, str] = {}

    def plain(self, inline: Token) -> tuple[str, str]:
        """``_markdown_inline_plain`` of an inline token, once per distinct content."""
        found = self._plain.get(inline.content)
        if found is None:
            found = self._plain[inline.content] = _markdown_inline_plain(inline)
        return found

    def cell(self, content: str) -> str:
        """A table cell's text, on one line (``_cell_lines``), once per distinct content."""
        found = self._cell_text.get(content)
        if found is None:
            found = self._cell_text[content] = _cell_lines(self.plain(self.cells[content])[0])
        return found


# the token types parse_markdown reads (besides the table cells)
_MARKDOWN_READ = {"heading_open", "list_item_open", "list_item_close", "paragraph_open"}
# Raw HTML inside Markdown that holds words outside its tags (not only a picture, a
# comment or a closing tag)
_HTML_TEXT = re.compile(r"(?:^|>)[^<>]*[A-Za-z]{2}[^<>]*(?:<|$)")
_LINE_LOCATION = re.compile(r"^line (\d+)$")
# An accordion's title in raw HTML inside Markdown, and the tags inside it
_SUMMARY = re.compile(r"<summary\b[^>]*>(.{0,300}?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^<>]{0,300}>")


# The words of a line that gives a letter and names ("Responsible: QA Lead")
LETTER_WORDS = {"responsible", "accountable", "consulted", "informed", "support", "owner",
                "approver", "who", "r", "a", "c", "i", "s"}
# Bold labels that each start a sentence in one paragraph ("**Product Owner:** ... .
# **Scrum Master:** ...")
RUN_IN_LABELS = re.compile(r"(?:^|(?<=[.!?]\s))(?:\*\*|__)(?P<label>[^*_\n:]{2,60}?)"
                           r"(?::(?:\*\*|__)|(?:\*\*|__):)\s+(?=\S)")
RUN_IN_LEVEL = 7  # a run-in title ("**Treasurer.** Keeps the accounts"), below any heading


def _numbered_title(tokens: list[Token], i: int, plain: str) -> bool:
    """The paragraph at ``i`` is the one item of a numbered list, a short title
    ("1. Background", "4. Reporting and review") and no sentence; a list nested in
    another list's item is no title (a call tree's last "1. Teaching staff")."""
    types = [t.type for t in tokens[max(0, i - 2):i + 5]]
    return i >= 2 and types == ["ordered_list_open", "list_item_open", "paragraph_open",
                                "inline", "paragraph_close", "list_item_close",
                                "ordered_list_close"] and \
        1 <= len(plain.split()) <= 6 and plain[:1].isupper() and "\n" not in plain and \
        not plain.rstrip().endswith((".", ",", ";", ":", "!", "?"))


_ASIDE_ALONE = re.compile(r"\s*\([^()]{1,100}\)\s*")


def _bold_title(inline: Token, plain: str) -> bool:
    """A paragraph that is one short line all in bold, not a sentence, or in bold but for
    a remark in brackets after it ("**Zone Wardens** (one per zone)")."""
    children = [c for c in inline.children or [] if c.type != "text" or c.content.strip()]
    if len(children) >= 4 and children[-1].type == "text" and \
            children[-2].type == "strong_close" and _ASIDE_ALONE.fullmatch(children[-1].content):
        aside = children[-1].content.strip()
        children = children[:-1]
        plain = plain.strip()[:-len(aside)] if plain.strip().endswith(aside) else plain
    return len(children) >= 3 and children[0].type == "strong_open" and \
        children[-1].type == "strong_close" and \
        not any(c.type == "strong_open" for c in children[1:]) and "\n" not in plain and \
        1 <= len(plain.split()) <= 10 and not plain.rstrip().endswith((".", ",", ";", "!"))


# The level of a heading that is a diagram's lane: its label names a party, whatever word
# it is ("Member (tenant)")
LANE_LEVEL = 8


# Mermaid flowcharts: a lane (`subgraph IG["Information Governance Officer"]`) and the
# nodes written in it (`A[Log the request]`, `B(Send the reply)`, `C{Approve?}`)
_MERMAID_LANE = re.compile(r'^\s*subgraph\s+(?:[\w-]+\s*)?(?:\[\s*"?(?P<label>[^"\]]+)"?\s*\]|'
                           r'(?P<bare>[^\[\]"]+?))\s*$')
_MERMAID_NODE = re.compile(r'(?<![\w-])(?P<id>[A-Za-z][\w-]*)\s*(?:\[\[|\(\[|\(\(|\[\(|[\[({>])'
                           r'\s*"?(?P<text>[^"\[\](){}|]{2,200}?)"?\s*(?:\]\]|\]\)|\)\)|\)\]|[\])}])')


def mermaid_blocks(source: str, first_line: int) -> list[Block]:
    """The lanes of a Mermaid flowchart as headings and the steps drawn in each lane as
    its list items (a swimlane diagram of who does what); a step outside any lane is a
    sentence of its own. ``first_line`` is the source line of the diagram's first line."""
    blocks: list[Block] = []
    seen: set[str] = set()
    lane = ""
    # each lane's name, by the id the diagram gives it ("subgraph Officer[...]") and by its
    # label's last word: how a note outside the lanes writes it ("Officer tells ...")
    short: dict[str, list[str]] = {}
    for opened in map(_MERMAID_LANE.match, source.split("\n")):
        label = re.sub(r"\s*\([^()]*\)", "", (opened.group("label") or opened.group("bare")
                                              or "") if opened else "").strip()
        given = re.match(r"\s*subgraph\s+(?P<id>[A-Za-z][\w-]{2,})\s*\[", opened.string) \
            if opened and label else None
        for key in {given.group("id")} if given else set():
            short.setdefault(key.casefold(), []).append(label)
        if label and " " in label:
            short.setdefault(label.rsplit(" ", 1)[1].casefold(), []).append(label)
    for number, line in enumerate(source.split("\n"), start=first_line):
        if line.lstrip().startswith("%%"):
            continue  # a comment: "%% Emergencies (gas, flooding): phone first" draws no node
        opened = _MERMAID_LANE.match(line)
        if opened:
            lane = (opened.group("label") or opened.group("bare") or "").strip()
            if lane:
                blocks.append(Block("heading", lane, f"line {number}", level=LANE_LEVEL))
            continue
        if line.strip() == "end":
            lane = ""
            continue
        for node in _MERMAID_NODE.finditer(line):
            if node.group("id") in seen:
                continue
            seen.add(node.group("id"))
            text = " ".join(node.group("text").split())
            if lane:
                blocks.append(Block("item", text, f"line {number}"))
            elif text and not text.endswith("?"):
                # a step outside any lane is read as a sentence: "Coordinator texts nearest
                # collector" names its doer; a decision ("Collector keeping it?") is none
                who = re.match(r"(?P<who>[A-Z][\w-]+)\s+(?=[a-z])", text)
                lanes = set(short.get(who.group("who").casefold(), ())) if who else set()
                if who and len(lanes) == 1:
                    # "Officer tells the Secretary ..." beside the lane "Officer[Maintenance
                    # Officer]": the lane's party
                    text = f"The {lanes.pop()} {text[who.end():]}"
                blocks.append(Block("para", text.rstrip(".") + ".", f"line {number}"))
    return blocks


def _cell_lines(text: str) -> str:
    """A table cell's text on one line: lines broken inside the cell ("<br>") are parts of
    a list, joined with a semicolon unless a mark already ends the part."""
    parts = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    out = ""
    for part in parts:
        out += part if not out else (" " if out.endswith((";", ",", ".", ":")) else "; ") + part
    return out


_FRONT_MATTER_FIELD = re.compile(r"^[\w-]{1,40}:(?:\s|$)")


def _without_front_matter(text: str) -> str:
    """Text whose front matter (a block of "key: value" fields between "---" lines at the
    very top, as static sites and exports write it) is blank lines, so that it reads as no
    heading; other text unchanged."""
    if not text.startswith("---"):
        return text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return text
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            fields = [line for line in lines[1:end] if line.strip()]
            if fields and _FRONT_MATTER_FIELD.match(fields[0]):
                return "\n" * end + "\n" + "\n".join(lines[end + 1:])
            return text
    return text


# Python-Markdown's admonitions and MkDocs Material's content tabs, as static sites write
# them: a marker line ('!!! warning "Conflicts of interest"', '??? note', '=== "2. Review"')
# over its content indented by four spaces
_MKDOCS_BLOCK = re.compile(r'^(?P<indent>[ \t]*)(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*'
                           r'(?:[ \t]+"(?P<title>[^"\n]*)")?|===\+?[ \t]+"(?P<tab>[^"\n]*)")'
                           r'[ \t]*$')
_MARKDOWN_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_ATX_LEVEL = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]")


def _mkdocs_blocks(text: str) -> str:
    """Markdown with its admonitions and content tabs read as sections, line for line:
    the marker line a heading one level under the section it stands in (its title or
    tab label; blank when it has none) and the content under it moved back by its four
    spaces, so that it is read as paragraphs and lists rather than as code. Text without
    such a marker is returned as it is."""
    if "!!!" not in text and "???" not in text and "===" not in text:
        return text
    lines = text.split("\n")
    level = 1
    fenced = False
    n = 0
    while n < len(lines):
        line = lines[n]
        if _MARKDOWN_FENCE.match(line):
            fenced = not fenced
        if fenced:
            n += 1
            continue
        atx = _ATX_LEVEL.match(line)
        if atx:
            level = len(atx.group(1))
        marker = _MKDOCS_BLOCK.match(line)
        if marker is None:
            n += 1
            continue
        inner = marker.group("indent") + "    "
        k = n + 1
        while k < len(lines) and (not lines[k].strip() or lines[k].startswith(inner)
                                  or lines[k].startswith(marker.group("indent") + "\t")):
            k += 1
        while k > n + 1 and not lines[k - 1].strip():
            k -= 1
        if k == n + 1:
            n += 1
            continue  # a marker with nothing under it: a line of its own words
        title = (marker.group("title") or marker.group("tab") or "").strip()
        lines[n] = f"{'#' * min(level + 1, 6)} {title}" if title else ""
        for j in range(n + 1, k):
            body = lines[j]
            lines[j] = marker.group("indent") + body[len(inner):] if body.startswith(inner) \
                else marker.group("indent") + body[len(marker.group("indent")) + 1:] \
                if body.strip() else ""
        n += 1  # (the content is read again: a marker inside it is one of its own)
    return "\n".join(lines)


def parse_markdown(name: str, text: str) -> Document:
    """Markdown through markdown-it-py (CommonMark plus tables); front matter is blank,
    admonitions and content tabs are sections (:func:`_mkdocs_blocks`)."""
    inline = _MarkdownInline(_mkdocs_blocks(_without_front_matter(text)))
    tokens = inline.tokens
    doc = Document(name)
    header: tuple[str, ...] = ()
    depth_item = 0
    for i, tok in enumerate(tokens):
        if tok.type == "table_rows":  # a table: each row's line and cells (``_table_rows``)
            for k, (line, contents) in enumerate(tok.meta["rows"]):
                cells = tuple(map(inline.cell, contents))
                if k > 0 and not any(cells):
                    continue  # (a rule between an Org table's rows: no row)
                if k == 0:
                    header = cells
                doc.blocks.append(Block("row", " | ".join(cells), f"line {line + 1}",
                                        cells=cells, header=() if k == 0 else header))
            continue
        info = tok.info.strip().lower().split()[:1] if tok.type == "fence" else []
        if info and info[0] in ("mermaid", "plantuml", "puml", "uml", "gherkin", "feature",
                                "cucumber") and tok.map:
            # a diagram's source: a Mermaid flowchart's lanes, a sequence diagram's messages
            # or a PlantUML activity diagram's swimlanes; Gherkin scenarios (``steps``)
            from raci.derive.steps import feature_steps, mermaid_sequence, plantuml_steps

            if info[0] in ("gherkin", "feature", "cucumber"):
                doc.blocks += (feature_steps(tok.content, tok.map[0] + 2, fenced=True) or
                               ("", []))[1]
            elif info[0] == "mermaid":
                doc.blocks += mermaid_sequence(tok.content, tok.map[0] + 2) or \
                    mermaid_blocks(tok.content, tok.map[0] + 2)
            else:
                doc.blocks += plantuml_steps(tok.content, tok.map[0] + 2)
            continue
        if tok.type == "html_block" and tok.map and "summary" in tok.content:
            # "<details><summary>IT Support</summary>" over Markdown (a toggle as a notebook
            # exports it, a folded part of a README): its title heads what follows it, one
            # level below the heading it stands under, as in HTML
            level = next((b.level for b in reversed(doc.blocks)
                          if b.kind == "heading" and b.level <= 6), 1)
            for m in _SUMMARY.finditer(tok.content):
                title = " ".join(_TAGS.sub(" ", m.group(1)).split())
                if title:
                    line = tok.map[0] + 1 + tok.content.count("\n", 0, m.start())
                    doc.blocks.append(Block("heading", html.unescape(title), f"line {line}",
                                            level=min(level + 1, 6)))
            continue
        if tok.type == "html_block" and tok.map and _HTML_TEXT.search(tok.content):
            # raw HTML holding text: a notebook's callout ("<aside>" over "The Incident
            # Commander also pages ..."), a table written in HTML: read as HTML, each
            # block at its line of the file
            for block in parse_html(name, tok.content).blocks:
                at = _LINE_LOCATION.match(block.location)
                doc.blocks.append(replace(block, location=f"line {tok.map[0] + int(at[1])}",
                                          breaks=()) if at else block)
            continue
        if tok.type not in _MARKDOWN_READ:
            continue  # inline, closing and other fence tokens: nothing read from them here
        where = f"line {tok.map[0] + 1}" if tok.map else "table"
        if tok.type == "heading_open":
            doc.blocks.append(Block("heading", inline.plain(tokens[i + 1])[0].strip(), where,
                                    level=int(tok.tag[1])))
        elif tok.type == "list_item_open":
            depth_item += 1
        elif tok.type == "list_item_close":
            depth_item -= 1
        elif tok.type == "paragraph_open" and tokens[i + 1].type == "inline":
            plain, run_in = inline.plain(tokens[i + 1])
            lines = plain.split("\n")
            if depth_item <= 1 and _numbered_title(tokens, i, plain):
                # "1. Background" alone in its list, over a paragraph: a numbered heading
                doc.blocks.append(Block("heading", plain.strip(), where, level=2))
                continue
            if _bold_title(tokens[i + 1], plain):
                # "**1. Your team at Harcourt Vale**" alone: a heading written in bold
                heading = _SECTION.sub("", plain.strip()).strip()
                doc.blocks.append(Block("heading", heading, where, level=3))
                continue
            labels = list(RUN_IN_LABELS.finditer(tokens[i + 1].content)) if not depth_item \
                and "\n" not in tokens[i + 1].content.strip() else []
            if len(labels) >= 2 and labels[0].start() == 0:
                # "**Product Owner:** Owns the backlog. **Scrum Master:** Facilitates the
                # events.": each bold label titles what follows it up to the next one
                raw = tokens[i + 1].content
                for k, m in enumerate(labels):
                    end = labels[k + 1].start() if k + 1 < len(labels) else len(raw)
                    body = re.sub(r"(\*\*|__|`)", "", raw[m.end():end]).strip()
                    doc.blocks.append(Block("heading", m.group("label").strip(), where,
                                            level=RUN_IN_LEVEL))
                    if body:
                        doc.blocks.append(Block("para", body, where))
                continue
            first = tok.map[0] + 1 if tok.map else 0
            label = LABEL_LINE.fullmatch(tokens[i + 1].content.split("\n")[0].strip()) \
                if len(lines) > 1 else None
            # (in a list item the bold words label the item itself: "- **Audit lead** –
            # writes the protocol")
            title = run_in.strip(" .:–—-") if not depth_item else ""
            if title.lower() in LETTER_WORDS:
                title = ""  # "**Responsible:** Mobile Developer" lists a letter
            if depth_item and run_in.strip() and (run_in.rstrip().endswith(".") or
                                                  lines[0][len(run_in):].startswith(". ")) \
                    and len(lines[0]) > len(run_in) + 1 \
                    and actor_name(run_in.strip(" ."), acronym=True) is not None:
                # "- **Treasurer.** Keeps the accounts. The Treasurer also ...": the item's
                # role run in with a full stop (in its bold or just after it, "**Treasurer**.
                # Keeps ..."), read as with a colon
                lines[0] = f"{run_in.strip(' .')}: {lines[0][len(run_in):].lstrip(' .')}"
            if label is None and title and 1 <= len(title.split()) <= 8 and (
                    run_in.rstrip()[-1:] in ".:" or
                    re.match(r"\s*[.:]", lines[0][len(run_in):])):
                # ("**Change Manager** – owns ...; chairs the CAB" stays one labelled line)
                # "**Assess.** The Change Manager checks ...", "**Treasurer.** Keeps the
                # accounts": a run-in title, read as the title of what follows it
                doc.blocks.append(Block("heading", title, where, level=RUN_IN_LEVEL))
                lines[0] = re.sub(r"^\s*(?:[.:]|[–—-]\s)?\s*", "", lines[0][len(run_in):])
            elif label and len((label.group("text") or label.group("plain")).split()) <= 6:
                # "**Data Engineers**" on its own line over the paragraph about them: a
                # label of its own, as if a blank line followed it
                doc.blocks.append(Block("item" if depth_item else "para",
                                        (label.group("text") or label.group("plain")).strip(),
                                        where))
                lines, first = lines[1:], first + 1
                where = f"line {first}" if tok.map else where
            lettered = [k for k, line in enumerate(lines) if _LETTERED.match(line)]
            if len(lettered) >= 2:
                # "... the Model Owner shall:" over "(a) register the model ...;" "(b) ...":
                # the lead-in, then each lettered sub-clause an item of its own
                bounds = sorted({0, *lettered, len(lines)})
                for a, b in zip(bounds, bounds[1:], strict=False):
                    text, _b = join_lines([_LETTERED.sub("", x) for x in lines[a:b]], first + a)
                    item = a in lettered
                    text = re.sub(r"(?:;\s*(?:\b(?:and|or)\b)?|\s+\b(?:and|or))\s*$", "",
                                  text.strip()) if item else text
                    doc.blocks.append(Block("item" if item else "para", text.strip(),
                                            f"line {first + a}" if tok.map else where))
                continue
            content, breaks = join_lines(lines, first)
            nested = depth_item and i + 3 < len(tokens) and tokens[i + 3].type in (
                "bullet_list_open", "ordered_list_open")
            if nested and 1 <= len(content.split()) <= 6 and \
                    not content.rstrip().endswith((".", ";", ",")) and \
                    actor_name(content.strip().rstrip(":"), acronym=True) is not None:
                # "- Product Owner" over its own nested list: the role of that list
                doc.blocks.append(Block("heading", content.strip().rstrip(":"), where,
                                        level=min(6 + depth_item, 9)))
                continue
            clause = _clause_text(content)
            if clause != content:
                cut = len(content) - len(clause)
                content, breaks = clause, tuple((at - cut, n) for at, n in breaks)
            kind = "item" if depth_item else "para"
            if kind == "item" and doc.blocks and doc.blocks[-1].kind == "item" and \
                    doc.blocks[-1].location == where:
                continue
            doc.blocks.append(Block(kind, content, where, breaks=breaks if tok.map else (),
                                    depth=max(depth_item - 1, 0)))
    return doc


# A cell markdown-it reads as the text it holds: none of the characters of inline markup
# (emphasis, code, links, images, HTML, entities, escapes) but underscores inside a word
# ("orders_daily": such a run neither opens nor closes emphasis), no space at either end
# and no other white space than single spaces
_MARKUP = re.compile(r"[\\`*\[\]!<>&~|]|  |(?<![^\W_])_|_(?![^\W_])")
# A comment line that could reach past the blank line after it (a fence, an HTML block)
_REACHES = re.compile(r"^ {0,3}[`~<]", re.MULTILINE)  # (a fence may be indented three spaces)


def _plain_cell(text: str) -> bool:
    return not _MARKUP.search(text) and text.isprintable() and text == text.strip()


def data_document(name: str, parts: DataParts, markdown: str) -> Document:
    """A structured file's blocks: ``parse_markdown`` of its Markdown (``markdown``), with
    the table's rows made here rather than written out and read back by markdown-it (a
    file of thousands of entries and dozens of role columns is mostly its table).

    The comments above the table and the sections and notes below it are parsed on their
    own, at their lines; only when every cell is plain text (``_plain_cell``) and nothing
    in the comments can reach past them (a fence, an HTML block, a link reference, front
    matter) does the table give exactly these rows. Otherwise the Markdown is read whole.
    """
    head = "\n".join([*parts.comments, ""])
    if not parts.rows or markdown.startswith("---") or "[" in head or _REACHES.search(head) \
            or not all(map(_plain_cell, {"Activity", *parts.roles, *(
                text for name, letters in parts.rows for text in (name, *letters))})):
        return parse_markdown(name, markdown)
    doc = parse_markdown(name, head)
    start = len(parts.comments) + 2  # the line of the table's head (counted from 1)
    plain: dict[str, str] = {}

    def cells(texts: list[str]) -> tuple[str, ...]:
        out = []
        for text in texts:
            found = plain.get(text)
            if found is None:
                found = plain[text] = _cell_lines(text)
            out.append(found)
        return tuple(out)

    header = cells(["Activity", *parts.roles])
    doc.blocks.append(Block("row", " | ".join(header), f"line {start}", cells=header))
    for n, (row, letters) in enumerate(parts.rows, start=start + 2):
        line = cells([row, *letters])
        if not any(line):
            continue  # (an empty row is no row, as ``parse_markdown`` reads it)
        doc.blocks.append(Block("row", " | ".join(line), f"line {n}", cells=line,
                                header=header))
    tail = start + 2 + len(parts.rows)  # the first line after the table's blank one (from 0)
    doc.blocks += parse_markdown(name, "\n" * tail + "\n".join(parts.tail)).blocks
    return doc


_HTML_SKIP = {"script", "style", "nav", "footer", "head", "template"}
# A container the site puts around the page rather than the page itself, by its class,
# id or ARIA role: a cookie or consent banner, breadcrumbs, a skip link, a search box;
# and a list or paragraph of metadata ("job-meta": place, hours, salary; a byline)
_CHROME = re.compile(r"(?:^|[\s_-])(?:cookies?|breadcrumbs?|skip-link|(?:consent|gdpr)[_-]"
                     r"(?:banner|notice|bar|popup|modal|dialog))(?:$|[\s_-])", re.IGNORECASE)
# A site's menus and the sidebar of links beside a wiki page ("sidebar", "site-nav",
# "user-menu"): skipped with the headings they hold ("<h3>Operations</h3>" over the
# links of a space is no section of the page)
_MENUS = re.compile(r"(?:^|[\s_-])(?:side-?bar|side-?nav|nav|navbar|navigation|menu)"
                    r"(?:$|[\s_-])", re.IGNORECASE)
# ... but not a name that says how a box holding the page's text is laid out beside one
# ("has-sidebar", "no-sidebar", "content-sidebar-wrap", "layout-with-nav"), or a list of
# the page's own steps laid out as a step-by-step navigation ("app-step-nav",
# "step-by-step-nav": each step a heading over what is done in it)
_LAYOUT_WORDS = frozenset({"has", "no", "with", "without", "content", "body", "layout",
                           "step"})


def _menu(names: str) -> bool:
    """Whether an element's class names or id (``_class_and_id``) name a menu or sidebar
    (``_MENUS``), not the layout of the box that holds the text beside one."""
    return any(_MENUS.search(name) and _LAYOUT_WORDS.isdisjoint(re.split(r"[-_]", name.lower()))
               for name in names.split())
_META = re.compile(r"(?:^|[\s_-])(?:meta|metadata|byline)(?:$|[\s_-])", re.IGNORECASE)
_CHROME_ROLES = {"navigation", "search", "contentinfo", "alertdialog"}
_CHROME_TAGS = {"div", "section", "aside", "dialog", "form", "header", "ol", "ul", "p"}
_META_TAGS = {"ul", "ol", "p", "dl"}
# Tags whose start ends an unclosed paragraph (as a browser ends it)
_ENDS_P = {"p", "div", "ul", "ol", "li", "table", "section", "article", "h1", "h2", "h3",
           "h4", "h5", "h6", "blockquote", "dl", "form", "header", "aside", "details"}


# The container of the comments readers left under a page, by its class or id
_DISCUSSION = re.compile(r"(?:^|[\s_-])comments?[_-]?(?:area|section|list|wrapper|container|"
                         r"thread|block|region)?(?:$|[\s_-])|^comments?$", re.IGNORECASE)
_DISCUSSION_TAGS = {"div", "section", "aside", "ol", "ul"}


def _discussion(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's class or id marks it as the comments left under the page."""
    return any(_DISCUSSION.search(value) for value in _class_and_id(dict(attrs)).split())


def _class_and_id(found: dict[str, str | None]) -> str:
    """An element's class names and id, as one string of words."""
    return " ".join(found.get(key) or "" for key in ("class", "id"))


def _chrome(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes mark it as the site's chrome (``_CHROME``)."""
    found = dict(attrs)
    names = _class_and_id(found)
    return (found.get("role") or "").lower() in _CHROME_ROLES or bool(_CHROME.search(names)) \
        or tag in _META_TAGS and bool(_META.search(names))


_HTML_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "dt", "dd",
                "blockquote", "section", "article", "br", "ul", "ol", "details", "summary"}


def _words_with_lines(chunks: list[tuple[int, str]]
                      ) -> tuple[str, int, tuple[tuple[int, int], ...]]:
    """The words of text chunks (each with the source line it starts on) joined by single
    spaces, the line of the first word, and where each later line begins in the text."""
    raw = "".join(c for _n, c in chunks)
    starts: list[int] = []
    at = 0
    for _n, chunk in chunks:
        starts.append(at)
        at += len(chunk)
    words: list[str] = []
    breaks: list[tuple[int, int]] = []
    first = prev = 0
    k, pos, line, length = -1, 0, 0, 0
    for m in re.finditer(r"\S+", raw):
        while k + 1 < len(starts) and starts[k + 1] <= m.start():
            k += 1
            pos, line = starts[k], chunks[k][0]
        line += raw.count("\n", pos, m.start())
        pos = m.start()
        if not words:
            first = line
        elif line != prev:
            breaks.append((length + 1, line))
        length += len(m.group()) + (1 if words else 0)
        words.append(m.group())
        prev = line
    return " ".join(words), first, tuple(breaks)


MAX_TABLE_COLUMNS = 64


def _merged_heads(rows: list[tuple[str, ...]], heads: int) -> list[tuple[str, ...]]:
    """A table whose head is two or more rows of <th> cells ("Task | Who | Who | Who" over
    "Task | Chair | Treasurer | Secretary") with one head row: each column's lowest head
    that is not the one above repeated by a span."""
    if heads < 2:
        return rows
    merged = list(rows[heads - 1])
    for row in rows[:heads - 1]:
        for c, cell in enumerate(row[:len(merged)]):
            if not merged[c].strip():
                merged[c] = cell
    return [tuple(merged), *rows[heads:]]


def _span(value: str | None, most: int) -> int:
    """A cell's rowspan or colspan attribute as a count of at least 1 and at most
    ``most`` (a missing or malformed value is 1)."""
    text = (value or "").strip()
    return min(int(text), most) if text.isascii() and text.isdecimal() and int(text) > 0 else 1


class _HtmlReader(HTMLParser):
    """One pass over the HTML events: every block's own text, linear in the input.

    A new ``<li>`` or ``<p>`` ends the block before it even when the markup never
    closes it, so unclosed lists cannot make text repeat. List items inside a table
    cell are kept apart with "; " so a cell can be split back into its duties.
    """

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = Document(name)
        self.kind = "para"
        self.level = 0
        self.heading_level = 1  # the level of the last <h1>-<h6>
        self.text: list[tuple[int, str]] = []  # (source line it starts on, text)
        self.skip = 0
        self.chrome: tuple[str, int] | None = None  # (tag, depth) of site chrome being skipped
        # the chrome skipped is the page's comments or a menu, headings and all
        self.discussion = False
        self.count = 0
        self.tables = 0
        self.rows: list[tuple[str, ...]] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        # a cell spanning rows below its own: column -> (text, rows still to fill)
        self.spans: dict[int, tuple[str, int]] = {}
        self.cell_span = (1, 1)  # (rows, columns) of the cell being read
        self.row_heads = True  # every cell of the row so far is a <th>
        self.head_rows = 0  # the rows of <th> cells that open the table

    def _flush(self) -> None:
        text, first, breaks = _words_with_lines(self.text)
        self.text = []
        if self.kind == "para" and (clause := _clause_text(text)) != text:
            # "<p>3.5 The Treasurer shall ...": the clause without its number
            cut = len(text) - len(clause)
            text, breaks = clause, tuple((at - cut, n) for at, n in breaks)
        if text:
            self.count += 1
            self.doc.blocks.append(Block(self.kind, text, f"line {first}",
                                         level=self.level, breaks=breaks))
        self.kind, self.level = "para", 0

    def _fill_spans(self) -> None:
        """Put the text of cells spanning down from rows above into the row's next
        columns (``rowspan``), as long as the next column is one of theirs."""
        while self.row is not None and len(self.row) in self.spans and \
                len(self.row) < MAX_TABLE_COLUMNS:
            col = len(self.row)
            text, left = self.spans.pop(col)
            self.row.append(text)
            if left > 1:
                self.spans[col] = (text, left - 1)

    def _end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            parts = [" ".join(p.split()) for p in "".join(self.cell).split("\x1f")]
            text = "; ".join(p for p in parts if p)
            rows, cols = self.cell_span
            # a cell spanning columns fills each of them (a row holds at most
            # MAX_TABLE_COLUMNS cells: spans cannot make a small page a huge table)
            for _ in range(max(0, min(cols, MAX_TABLE_COLUMNS - len(self.row)))):
                if rows > 1:
                    self.spans[len(self.row)] = (text, rows - 1)
                self.row.append(text)
        self.cell = None
        self.cell_span = (1, 1)

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is not None and self.spans:
            self._fill_spans()  # spans at the end of the row
        if self.row is not None and self.rows is not None and any(self.row):
            if self.row_heads and len(self.rows) == self.head_rows:
                self.head_rows += 1
            self.rows.append(tuple(self.row))
        self.row = None
        self.row_heads = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Override HTMLParser.handle_starttag."""
        if self.chrome is not None:
            if not self.discussion and tag[0] == "h" and tag[1:].isdigit() or \
                    self.chrome[0] == "p" and tag in _ENDS_P:
                self.chrome = None  # a heading is content; an unclosed <p> ends here
            else:
                if tag == self.chrome[0]:
                    self.chrome = (tag, self.chrome[1] + 1)
                return
        if tag in _CHROME_TAGS and attrs and _chrome(tag, attrs):
            self._flush()
            self.chrome = (tag, 1)  # skipped to its end tag, nested ones counted
            self.discussion = False
            return
        if tag in _CHROME_TAGS and attrs and _menu(_class_and_id(dict(attrs))):
            self._flush()
            self.chrome, self.discussion = (tag, 1), True  # (its headings with it)
            return
        if tag in _DISCUSSION_TAGS and attrs and _discussion(attrs):
            # the readers' comments under a wiki page, a site's page or a blog post
            # ("<div id="comments-section">", "comments-area", "CommentsWrapper"): what
            # they say is no part of the page, its "Comments" heading included
            self._flush()
            self.chrome, self.discussion = (tag, 1), True
            return
        if tag in _HTML_SKIP:
            self.skip += 1
            return
        if self.rows is not None:
            if tag == "tr":
                self._end_row()
                self.row = []
            elif tag in ("td", "th"):
                self._end_cell()
                if self.row is None:
                    self.row = []
                self._fill_spans()
                self.cell = []
                self.row_heads = self.row_heads and tag == "th"
                found = dict(attrs)
                self.cell_span = (_span(found.get("rowspan"), 200),
                                  _span(found.get("colspan"), 20))
            elif tag in ("li", "p", "br", "div") and self.cell is not None:
                self.cell.append("\x1f")
            elif tag == "table":
                self._end_row()
            return
        if tag == "table":
            self._flush()
            self.tables += 1
            self.rows = []
            self.spans = {}
            self.head_rows = 0
            return
        if tag in ("ul", "ol") and self.kind == "item" and self.text:
            # "<li><strong>Chair</strong><ul><li>Chairs the meetings</li>...": a short item
            # over a list of its own heads that list, as it does in Markdown
            words = " ".join(t for _line, t in self.text).split()
            if 1 <= len(words) <= 8 and not words[-1].endswith((".", ";", ",")):
                self.kind, self.level = "heading", min(self.heading_level + 1, 6)
            self._flush()
            return
        if tag in _HTML_BLOCKS:
            self._flush()
            if tag in ("li", "dd"):
                self.kind = "item"  # a definition's description reads as an item under it
            elif tag == "dt":
                self.kind, self.level = "heading", 6  # the term scopes its description
            elif tag[0] == "h" and tag[1:].isdigit():
                self.kind, self.level = "heading", int(tag[1])
                self.heading_level = self.level
            elif tag == "summary":
                # "<details><summary>Presiding Officer</summary>...": an accordion's title
                # heads its content, one level below the heading it stands under
                self.kind, self.level = "heading", min(self.heading_level + 1, 6)

    def handle_endtag(self, tag: str) -> None:
        """Override HTMLParser.handle_endtag."""
        if self.chrome is not None:
            if tag == self.chrome[0]:
                self.chrome = (tag, self.chrome[1] - 1) if self.chrome[1] > 1 else None
            elif tag in ("body", "html"):
                self.chrome = None  # chrome never closed ends with the page
            return
        if tag in _HTML_SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.rows is not None:
            if tag in ("td", "th"):
                self._end_cell()
            elif tag == "tr":
                self._end_row()
            elif tag == "table":
                self._end_row()
                self.doc.blocks += table_blocks(_merged_heads(self.rows, self.head_rows),
                                                 f"table {self.tables}")
                self.rows = None
            elif tag in ("li", "p") and self.cell is not None:
                self.cell.append("\x1f")
            return
        if tag in _HTML_BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        """Override HTMLParser.handle_data."""
        if self.skip or self.chrome is not None:
            return
        if self.rows is not None:
            if self.cell is not None:
                self.cell.append(data)
            return
        self.text.append((self.getpos()[0], data))

    def finish(self) -> Document:
        """The document after the last event."""
        self.close()
        if self.rows is not None:
            self._end_row()
            self.doc.blocks += table_blocks(_merged_heads(self.rows, self.head_rows),
                                                 f"table {self.tables}")
            self.rows = None
        self._flush()
        return self.doc


def parse_html(name: str, text: str) -> Document:
    """HTML through the standard library's event parser, in one linear pass."""
    reader = _HtmlReader(name)
    reader.feed(text)
    return reader.finish()


def cell_text(paragraphs: Iterable[str]) -> str:
    """A table cell of a word processor's document as one text: its paragraphs, and the
    lines a break starts within one, kept apart with "; ", as list items in an HTML cell
    are, so a cell of duties can be split back into them."""
    return "; ".join(" ".join(line.split()).rstrip(" .;")
                     for p in paragraphs for line in p.split("\n") if line.strip())


def styled_block(text: str, where: str, style: str, bold: Callable[[], bool]) -> Block | None:
    """The block of a word processor's paragraph by its style's name ("Heading 2",
    "Title", "List Bullet", "Normal"), or None for an empty one: a heading style gives a
    heading of its level, a list style or a bullet an item; a short paragraph all in
    bold (``bold`` is asked only for a short one) is a heading written by hand ("Main
    duties"); else a paragraph."""
    text = _clause_text(" ".join(text.split()))
    if not text:
        return None
    lower = style.lower()
    if lower.startswith("heading") or lower == "title":
        level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
        return Block("heading", text, where, level=level)
    if "list" in lower or _TYPED_BULLET.match(text):
        return Block("item", _TYPED_BULLET.sub("", text).strip(), where)
    if len(text.split()) <= 10 and not text.endswith((".", ",", ";", "!")) and bold():
        # "Main duties" in bold on its own line: a heading written by hand
        return Block("heading", text.rstrip(":"), where, level=3)
    return Block("para", text, where)


def run_in_title(text: str, lead: str) -> tuple[str, str] | None:
    """A word processor's paragraph opening with a run-in title in bold (``lead``, the
    words in bold it opens with), as (title, the rest), when the title is one to eight
    words ending in a full stop (in its bold or just after it) and words follow it
    ("Borough Archivist." over "Advises on ..."); None otherwise (a label and its colon,
    "Responsibility: Goods Clerk", is read as the labelled line it is)."""
    lead = " ".join(lead.split())
    if lead.rstrip().endswith(":"):
        return None
    title = lead.strip(" .")
    whole = " ".join(text.split())
    if not title or not whole.startswith(lead) or not 1 <= len(title.split()) <= 8 or \
            title.lower() in LETTER_WORDS:
        return None
    rest = whole[len(lead):].lstrip()
    if not (lead[-1:] == "." or rest[:1] == ".") or not rest.lstrip(" ."):
        return None
    return title, rest.lstrip(" .")


def _docx_bold_lead(paragraph: Paragraph) -> str:
    """The words in bold a Word paragraph opens with, up to its first run with words not
    in bold ("" when it opens with plain words)."""
    lead: list[str] = []
    for run in paragraph.runs:
        if run.bold is not True:
            break
        lead.append(run.text)
    return "".join(lead)


def _all_bold(paragraph: Paragraph) -> bool:
    """Whether a Word paragraph's text is all in bold (its runs are read only when asked)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_RUN, _WORD_LINK, _WORD_T = _WORD_NS + "r", _WORD_NS + "hyperlink", _WORD_NS + "t"
# a run's children that hold its text, as python-docx reads them
_WORD_RUN_TEXT = frozenset(_WORD_NS + tag for tag in ("br", "cr", "noBreakHyphen", "ptab",
                                                       "t", "tab"))


def _docx_run_text(run: Any) -> str:
    """A run's text as ``CT_R.text`` gives it (its text, tabs, breaks and hyphens in order),
    read from its children instead of an XPath query compiled at every call."""
    return "".join([(child.text or "") if child.tag == _WORD_T else str(child)
                    for child in run if child.tag in _WORD_RUN_TEXT])


def docx_paragraph_text(paragraph: Any) -> str:
    """A Word paragraph's text (``w:p``), the same string python-docx's ``Paragraph.text``
    gives: its runs and the runs inside its hyperlinks, in order. python-docx compiles
    two XPath queries for every paragraph and one more for every run, most of the time of
    reading a long document; the children are read here directly."""
    parts = []
    for child in paragraph:
        if child.tag == _WORD_RUN:
            parts.append(_docx_run_text(child))
        elif child.tag == _WORD_LINK:
            parts += [_docx_run_text(run) for run in child if run.tag == _WORD_RUN]
    return "".join(parts)


def parse_docx(path: Path, raw: bytes) -> Document:
    """A Word document through python-docx: styles give headings and list items."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentError(f"{path}: not a readable .docx document ({exc})") from exc
    except Exception as exc:  # zipfile and lxml errors for damaged files
        raise DocumentError(f"{path}: the .docx file is damaged or is not a Word document "
                            f"({damage(exc)}); save it again from Word") from exc
    from docx.table import Table

    doc = Document(path.name)
    n = t = 0
    # A paragraph's style is looked up by its style id with an XPath search of the styles
    # part (most of the reading time of a long document): the name is looked up once per
    # style id. ``Paragraph.style`` reads the id from ``_p.style``; the same id gives the
    # same style.
    style_names: dict[str | None, str] = {}
    # paragraphs and tables in the order they stand in the document, so a table is read
    # under the heading it sits under
    for part in word.iter_inner_content():
        if isinstance(part, Table):
            t += 1
            rows = [tuple(cell_text(docx_paragraph_text(p._p) for p in c.paragraphs)
                          for c in row.cells)
                    for row in part.rows]
            doc.blocks += table_blocks(rows, f"table {t}")
            continue
        n += 1
        text = docx_paragraph_text(part._p)
        if not text.strip():
            continue
        style_id = part._p.style
        style = style_names.get(style_id)
        if style is None:
            style = style_names[style_id] = \
                (part.style.name if part.style is not None else "") or ""
        where = f"paragraph {n}"
        run_in = run_in_title(text, _docx_bold_lead(part)) if (
            ". " in text[:120] or ": " in text[:120]) and \
            not style.lower().startswith(("heading", "title")) else None
        if run_in is not None:
            # "**Borough Archivist.** Advises on ...": the run-in title, then the rest
            doc.blocks.append(Block("heading", run_in[0], where, level=RUN_IN_LEVEL))
            text = run_in[1]
        block = styled_block(text, where, style, partial(_all_bold, part))
        if block is not None:
            doc.blocks.append(block)
    return doc


_WIKI_HEADING = re.compile(r"^(={1,6})\s*([^=].*?)\s*\1\s*$")
_WIKI_LIST = re.compile(r"^([*#]+)\s*(.*)$")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
_WIKI_EXTERNAL = re.compile(r"\[(?:https?|mailto):[^\s\]]+\s+([^\]]+)\]")


def is_mediawiki(text: str) -> bool:
    """Text kept as MediaWiki source: a table between "{|" and "|}", or a heading written
    "== Title ==" with bold written '\'\'\'bold\'\'\'' or a link '[[Page]]' (banners of
    "=== WINTER ===" alone are plain text)."""
    lines = text[:200_000].split("\n")
    headings = sum(1 for line in lines if _WIKI_HEADING.match(line.strip()))
    table = any(line.startswith("{|") for line in lines) and \
        any(line.startswith("|}") for line in lines)
    return table or headings >= 1 and ("\'\'\'" in text or "[[" in text)


def _wiki_inline(text: str) -> str:
    """A line's MediaWiki marks as Markdown: bold, italics, links (their label), templates
    and categories dropped."""
    text = re.sub(r"\[\[(?:Category|File|Image):[^\]]*\]\]", "", text, flags=re.IGNORECASE)
    text = _WIKI_EXTERNAL.sub(r"\1", _WIKI_LINK.sub(r"\1", text))
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    return text.replace("\'\'\'", "**").replace("\'\'", "*")


def _wiki_cells(line: str, mark: str) -> list[str]:
    """The cells of a table line ("! a !! b", "| a || b"), without their attributes
    ('style="..." | text')."""
    cells = line[1:].split(mark * 2)
    return [_wiki_inline(c.split(" | ")[-1] if "=" in c.split(" | ")[0] and " | " in c
                         else c).strip().replace("|", "/") for c in cells]


def from_mediawiki(text: str) -> str:
    """MediaWiki source as Markdown, line for line (the lines a table spends on separating
    its rows come back as blank lines after it): headings, lists, tables, bold and italic
    marks, links as their labels."""
    out: list[str] = []
    table: list[list[str]] = []  # the rows of the table being read, its head first
    row: list[str] = []
    in_table = False
    spent = 0  # source lines of the table so far
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not in_table and line.startswith("{|"):
            in_table, table, row, spent = True, [], [], 0
        if in_table:
            spent += 1
            if line.startswith("|}"):
                if row:
                    table.append(row)
                width = max((len(r) for r in table), default=0)
                rows = [r + [""] * (width - len(r)) for r in table]
                made = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width,
                        *("| " + " | ".join(r) + " |" for r in rows[1:])] if rows else []
                # a blank line before the table, then the table, then blank lines
                out += ["", *made, *[""] * max(spent - len(made) - 1, 0)]
                in_table = False
            elif line.startswith("|-"):
                if row:
                    table.append(row)
                row = []
            elif line.startswith("!"):
                row += _wiki_cells(line, "!")
            elif line.startswith("|") and not line.startswith(("|+", "{|")):
                row += _wiki_cells(line, "|")
            elif row and line.strip() and not line.startswith(("|+", "{|")):
                row[-1] += " " + _wiki_inline(line.strip())  # a cell over two lines
            continue
        heading = _WIKI_HEADING.match(line.strip())
        listed = _WIKI_LIST.match(line)
        if heading:
            out.append("#" * len(heading.group(1)) + " " + _wiki_inline(heading.group(2)))
        elif listed:
            depth = len(listed.group(1)) - 1
            marker = "1." if listed.group(1)[-1] == "#" else "-"
            out.append("   " * depth + f"{marker} {_wiki_inline(listed.group(2))}")
        else:
            out.append(_wiki_inline(line))
    return "\n".join(out)


# Org mode kept as plain text: headlines "** TODO Title :tag:", in-buffer settings
# ("#+TITLE: ...", "#+TODO: TODO WAITING | DONE"), drawers (":PROPERTIES:" ... ":END:") whose
# properties (":OWNER: Keiko") say who does, approves or is told of the headline's step
_ORG_HEADLINE = re.compile(r"^(?P<stars>\*+)\s+(?P<rest>\S.*?)\s*$")
_ORG_TAGS = re.compile(r"\s+:(?:[\w@#%]+:)+\s*$")
_ORG_PRIORITY = re.compile(r"^\[#[A-Z0-9]\]\s+")
_ORG_SETTING = re.compile(r"^\s*#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*?)\s*$")
_ORG_BLOCK = re.compile(r"^\s*#\+(?P<end>begin|end)_\w+", re.IGNORECASE)
_ORG_DRAWER = re.compile(r"^\s*:(?P<name>[A-Za-z][\w-]*):\s*$")
_ORG_PROPERTY = re.compile(r"^\s*:(?P<key>[A-Za-z][\w-]*?)\+?:(?:\s+(?P<value>\S.*?))?\s*$")
_ORG_PLANNING = re.compile(r"^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$")
_ORG_LINK = re.compile(r"\[\[(?:[^\]]*\]\[)?(?P<label>[^\]]*)\]\]")
# A table's rule line: "|------+--------|" (Org joins its columns with "+", Markdown with "|")
_ORG_TABLE_RULE = re.compile(r"^\s*\|-[-+|]*\s*$")
_ORG_TABLE_ROW = re.compile(r"^\s*\|")
# A property's key read as a letter label: an owner or assignee does the step and answers
# for it, a property the workbook import reads as letters ("APPROVER", "CC", "REVIEWER")
# gives those letters
_ORG_OWNER_KEYS = re.compile(r"^(?:owners?|assignees?|assigned(?:_?to)?|who|lead)$",
                             re.IGNORECASE)
_PROPERTY_WORDS = {**WORD_LETTERS, "approvers": "A", "signoff": "A", "sign off": "A",
                   "reviewer": "C", "reviewers": "C", "cc": "I", "fyi": "I", "notify": "I"}
_LETTER_LABEL_WORD = {frozenset("A"): "Accountable", frozenset("R"): "Responsible",
                      frozenset("C"): "Consulted", frozenset("I"): "Informed",
                      frozenset("AR"): "Owner"}


def is_org(text: str) -> bool:
    """Text kept as Org mode: a headline ("* Title") beside an in-buffer setting
    ("#+TITLE: ...") or a property drawer (":PROPERTIES:" ... ":END:")."""
    lines = text[:200_000].split("\n")
    headline = any(_ORG_HEADLINE.match(line) for line in lines)
    setting = any(_ORG_SETTING.match(line) and line.lstrip().startswith("#+")
                  for line in lines)
    drawer = any(line.strip().upper() == ":PROPERTIES:" for line in lines) and \
        any(line.strip().upper() == ":END:" for line in lines)
    return headline and (setting or drawer)


def _org_property(key: str, value: str) -> str:
    """A property as a letter line ("Owner: Keiko", "Informed: Keiko, Omar"), or "" when
    its key names no letter (":EFFORT:", ":ID:")."""
    letters = frozenset("AR") if _ORG_OWNER_KEYS.match(key) else \
        parse_letters(key.replace("_", " ").lower(), _PROPERTY_WORDS)
    word = _LETTER_LABEL_WORD.get(letters) if letters else None
    return f"{word}: {value}" if word and value else ""


def from_org(text: str) -> str:
    """Org mode as Markdown, line for line: a headline as a heading one level below the
    title ("#+TITLE:"), its TODO keyword ("TODO", "DONE" and those "#+TODO:" declares),
    priority and tags dropped; a property drawer's letter properties as letter lines
    under it (":OWNER: Keiko" as "Owner: Keiko", ":APPROVER:" as "Accountable:", ":CC:"
    as "Informed:"), other drawers, settings, planning lines ("SCHEDULED: <...>"),
    blocks' fences and comments blank; links as their labels."""
    lines = text.split("\n")
    keywords = {"TODO", "DONE"}
    for line in lines:
        setting = _ORG_SETTING.match(line)
        if setting and setting.group("key").upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            keywords.update(re.sub(r"\([^)]*\)", "", w) for w in setting.group("value").split()
                            if w != "|")
    out: list[str] = []
    drawer = ""  # the drawer being read, if any
    # (a drawer opens only where an ":END:" follows: ":NOTE:" alone on a line of a file
    # that closes no drawer after it is text)
    last_end = max((n for n, line in enumerate(lines) if line.strip().upper() == ":END:"),
                   default=-1)
    for n, line in enumerate(lines):
        stripped = line.strip()
        opened = _ORG_DRAWER.match(line) if n < last_end else None
        if drawer:
            prop = _ORG_PROPERTY.match(line)
            if stripped.upper() == ":END:":
                drawer = ""
                out.append("")
            elif drawer == "PROPERTIES" and prop:
                out.append(_org_property(prop.group("key"), _ORG_LINK.sub(
                    r"\g<label>", prop.group("value") or "")))
            else:
                out.append("")
            continue
        if opened and opened.group("name").upper() != "END":
            drawer = opened.group("name").upper()
            out.append("")
            continue
        headline = _ORG_HEADLINE.match(line)
        setting = _ORG_SETTING.match(line)
        if headline:
            words = _ORG_TAGS.sub("", headline.group("rest")).split(maxsplit=1)
            if words and words[0] in keywords:
                words = words[1:]
            title = _ORG_PRIORITY.sub("", " ".join(words))
            level = min(len(headline.group("stars")) + 1, 6)
            out.append("#" * level + " " + _ORG_LINK.sub(r"\g<label>", title)
                       if title.strip() else "")
        elif setting and setting.group("key").upper() == "TITLE" and setting.group("value"):
            out.append("# " + setting.group("value"))
        elif setting or _ORG_BLOCK.match(line) or _ORG_PLANNING.match(line) or \
                stripped.startswith("# ") or stripped == "#":
            out.append("")
        else:
            out.append(_ORG_LINK.sub(r"\g<label>", line))
    return "\n".join(_org_tables(out))


def _org_tables(lines: list[str]) -> list[str]:
    """Org tables as Markdown's, line for line: the rule under a table's first row as the
    Markdown separator ("|---+---|" as "|---|---|"), a rule above the first row or below
    the last blank, and a rule between rows a row of empty cells (read as no row)."""
    out: list[str] = []
    n = 0
    while n < len(lines):
        if not _ORG_TABLE_ROW.match(lines[n]):
            out.append(lines[n])
            n += 1
            continue
        end = n
        while end < len(lines) and _ORG_TABLE_ROW.match(lines[end]):
            end += 1
        block = lines[n:end]
        rules = [_ORG_TABLE_RULE.match(line) is not None for line in block]
        rows = [i for i, rule in enumerate(rules) if not rule]
        if not any(rules) or not rows:  # (a Markdown table already, or no row at all)
            out += block
            n = end
            continue
        first, last = rows[0], rows[-1]
        for i, line in enumerate(block):
            cells = line.strip().strip("|").count("+") + 1
            out.append(line if not rules[i] else
                       "" if i < first or i > last else
                       "|" + "---|" * cells if i == first + 1 else "|" + " |" * cells)
        n = end
    return out


# AsciiDoc: "== Title" (no closing marks), a table fenced by "|===", a block's attributes
# ("[cols=...]", "[horizontal]"), a document attribute (":toc: left"), an admonition
_ADOC_HEADING = re.compile(r"^(={1,6})\s+(\S.*?)\s*$")
_ADOC_TABLE = re.compile(r"^[|!]===\s*$")
_ADOC_ATTRIBUTES = re.compile(r"^\[[^\[\]]*\]\s*$")
_ADOC_DOC_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:\s.*)?$")
_ADOC_ADMONITION = re.compile(r"^(?P<kind>NOTE|TIP|WARNING|IMPORTANT|CAUTION):\s+(?P<rest>.*)$")
_ADOC_LABELLED = re.compile(r"^(?P<term>[^:\s][^:]{0,80}?)(?:::|;;)(?:\s+(?P<rest>.*))?$")
_ADOC_LIST = re.compile(r"^(?P<marks>\*{1,5}|\.{1,5}|-)\s+(?P<rest>\S.*)$")
# The author ("Data Team <data@example.org>") and revision ("v2.3, 2026-09-14") lines
# under a document's title
_ADOC_AUTHOR = re.compile(r"^[^<>]{1,80}<[^<>@\s]+@[^<>\s]+>\s*(?:;.*)?$|"
                          r"^v?\d+(?:\.\d+)*\s*[,:]|^\d{4}-\d{2}-\d{2}\b")
_ADOC_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|\*{4,}|={4,}|_{4,}|\+{4,}|/{4,}|\+)\s*$")


def is_asciidoc(text: str) -> bool:
    """Text kept as AsciiDoc source: a table fenced by "|===", or a heading written
    "== Title" beside a document attribute (":toc: left"), a block's attributes
    ("[horizontal]") or an admonition ("NOTE: ...")."""
    lines = text[:200_000].split("\n")
    if sum(1 for line in lines if _ADOC_TABLE.match(line)) >= 2:
        return True
    headings = sum(1 for line in lines if _ADOC_HEADING.match(line) and
                   not _WIKI_HEADING.match(line.strip()))
    marks = sum(1 for line in lines if _ADOC_DOC_ATTRIBUTE.match(line) or
                _ADOC_ATTRIBUTES.match(line) or _ADOC_ADMONITION.match(line))
    return headings >= 1 and marks >= 1


def _adoc_inline(text: str) -> str:
    """A line's AsciiDoc marks as Markdown: links as their labels, cross references and
    attribute references dropped, bold and italics kept."""
    text = re.sub(r"\b(?:https?|mailto|link|xref):[^\s\[]*\[([^\]]*)\]", r"\1", text)
    text = re.sub(r"<<[^,>]*,\s*([^>]*)>>|<<([^>]*)>>", lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"**\1**", text)


# A cell's specifier before its "|": a span ("2+"), a repeat ("3*") or a style ("a", "h")
_ADOC_SPEC = re.compile(r"(?:(?<=\s)|^)(?:(?P<span>\d+)\+|(?P<times>\d+)\*|\.\d+\+|"
                        r"\d*\.?\d*\+?[<^>]?(?:\.[<^>])?[aehlmsdv])$")


def _adoc_cells(parts: list[str], spec: re.Match[str] | None) -> list[str]:
    """The cells of a table line split at its "|"s (the text before the first is not
    among them; ``spec`` is the specifier found there): a specifier at a cell's end belongs
    to the cell after it, spanning ("2+") or repeating ("3*") it."""
    out: list[str] = []
    for k, part in enumerate(parts[1:], start=1):
        text = part
        nxt = _ADOC_SPEC.search(text.rstrip()) if k < len(parts) - 1 else None
        if nxt and (text.rstrip() == nxt.group(0) or text[nxt.start() - 1:nxt.start()]
                    .isspace()):
            text = text.rstrip()[:nxt.start()]
        copies = int(spec.group("span") or spec.group("times") or 1) if spec else 1
        out += [_adoc_inline(text.strip())] * min(copies, 20)
        spec = nxt
    return out


def _adoc_table(lines: list[str], width: int, header: bool) -> list[str]:
    """The rows of an AsciiDoc table as Markdown table lines: each cell starts with "|"
    (a cell runs on over the lines after it, up to the next "|" of any line; a specifier
    before its "|" spans columns, "2+|", repeats the cell, "3*|", or styles it, "a|"),
    ``width`` cells a row (0: the cells of the first line); the first row is the head when
    ``header`` or when a blank line follows it, else the columns get empty heads."""
    cells: list[list[str]] = []  # each cell's pieces, joined once at the end
    first_line_cells = 0
    head_by_gap = False
    for n, line in enumerate(lines):
        if not line.strip():
            if n and cells and not head_by_gap and len(cells) == first_line_cells:
                head_by_gap = True
            continue
        parts = re.split(r"(?<!\\)\|", line.strip())
        opens = line.lstrip().startswith(("|", "a|", "h|")) or bool(
            re.match(r"\s*\d+[+*]\|", line))
        if not opens and not cells:
            continue
        spec = None
        if opens:
            spec = _ADOC_SPEC.search(parts[0].strip()) if parts[0].strip() else None
        else:
            # (a cell run on to a line of its own may end there, the next cells starting on
            # the same line: "off-hire form |Site Foreman |Plant Coordinator")
            head = parts[0]
            found = _ADOC_SPEC.search(head.rstrip()) if len(parts) > 1 else None
            if found and head[found.start() - 1:found.start()].isspace():
                head, spec = head.rstrip()[:found.start()], found
            cells[-1].append(_adoc_inline(head.strip()))
        added = _adoc_cells(parts, spec)
        cells += [[c] for c in added]
        if opens and first_line_cells == 0:
            first_line_cells = len(added)
    width = width or first_line_cells or 1
    texts = [" ".join(p for p in cell if p).strip() for cell in cells]
    rows = [texts[i:i + width] for i in range(0, len(texts), width)]
    rows = [r + [""] * (width - len(r)) for r in rows]
    if not rows:
        return []
    if not (header or head_by_gap):
        rows.insert(0, [""] * width)
    safe = [[c.replace("|", "/") for c in r] for r in rows]
    return ["| " + " | ".join(safe[0]) + " |", "|" + "---|" * width,
            *("| " + " | ".join(r) + " |" for r in safe[1:])]


def from_asciidoc(text: str) -> str:
    """AsciiDoc source as Markdown, line for line (a table's lines come back as its rows,
    then blank lines): headings, lists, labelled lists as bold labels, tables,
    admonitions as remarks ("Note: ..."); attribute lines, block delimiters and the
    author and revision lines under the document title are blank."""
    out: list[str] = []
    source = text.split("\n")
    i = 0
    attributes = ""
    after_title = False
    while i < len(source):
        line = source[i].rstrip()
        if _ADOC_TABLE.match(line):
            # (an unclosed table ends at the next section title)
            end = next((j for j in range(i + 1, len(source)) if _ADOC_TABLE.match(source[j])
                        or re.match(r"^={1,6}\s+\S", source[j])), len(source))
            closed = end < len(source) and bool(_ADOC_TABLE.match(source[end]))
            cols = re.search(r'cols\s*=\s*"([^"]*)"', attributes)
            width = 0
            if cols:
                for spec in cols.group(1).split(","):
                    times = re.match(r"\s*(\d+)\*", spec)
                    width += int(times.group(1)) if times else 1
            header = "header" in attributes or "%header" in attributes
            made = _adoc_table(source[i + 1:end], width, header)
            spent = end - i + (1 if closed else 0)
            out += ["", *made, *[""] * max(spent - len(made) - 1, 0)]
            i, attributes = end + (1 if closed else 0), ""
            continue
        heading = _ADOC_HEADING.match(line)
        if after_title and _ADOC_AUTHOR.match(line):
            out.append("")  # the author and revision lines under the title
            i += 1
            continue
        after_title = False
        attributes = line if _ADOC_ATTRIBUTES.match(line) else \
            attributes if not line.strip() else ""
        labelled = _ADOC_LABELLED.match(line)
        listed = _ADOC_LIST.match(line)
        warned = _ADOC_ADMONITION.match(line)
        if heading:
            out.append("#" * len(heading.group(1)) + " " + _adoc_inline(heading.group(2)))
            after_title = len(heading.group(1)) == 1 and not out[:-1]
        elif _ADOC_ATTRIBUTES.match(line) or _ADOC_DOC_ATTRIBUTE.match(line) or \
                _ADOC_DELIMITER.match(line) or line.startswith("//"):
            out.append("")
        elif warned:
            out.append(f"{warned.group('kind').capitalize()}: {_adoc_inline(warned.group('rest'))}")
        elif listed:
            marks = listed.group("marks")
            depth = len(marks) - 1
            marker = "1." if marks.startswith(".") else "-"
            out.append("   " * depth + f"{marker} {_adoc_inline(listed.group('rest'))}")
        elif labelled and not line.startswith((" ", "\t")) and "://" not in labelled.group(0) \
                and labelled.group("term").strip().endswith("?"):
            # a question and its answer (a [qanda] list): the question titles the answer,
            # as an FAQ's heading does
            out.append("### " + _adoc_inline(labelled.group("term").strip()))
            out.append("")
            if labelled.group("rest"):
                out.append(_adoc_inline(labelled.group("rest")))
        elif labelled and not line.startswith((" ", "\t")) and "://" not in labelled.group(0):
            rest = labelled.group("rest") or ""
            below = source[i + 1].strip() if i + 1 < len(source) else ""
            if not rest and below and not _ADOC_LABELLED.match(below) and \
                    not _ADOC_LIST.match(below) and not _ADOC_HEADING.match(below) and \
                    not _ADOC_DELIMITER.match(below) and not _ADOC_ATTRIBUTES.match(below) \
                    and (i + 2 >= len(source) or not source[i + 2].strip()):
                # "Speaker::" over its one line of description: the term and what it says
                # on one line, as the list shows them (the line below left blank)
                out.append(f"- **{labelled.group('term').strip()}:** {_adoc_inline(below)}")
                out.append("")
                i += 2
                continue
            out.append(f"- **{labelled.group('term').strip()}:** {_adoc_inline(rest)}".rstrip())
        else:
            out.append(_adoc_inline(line))
        i += 1
    return "\n".join(out)


# LaTeX source: a proposal's or a thesis's sections, lists and tables as written
_TEX_COMMAND = re.compile(r"\\(?:documentclass|section|subsection|subsubsection|paragraph|"
                          r"begin|end|item|textbf|emph|label|ref|cite|usepackage)\b")
_TEX_HEADING = re.compile(r"^\s*\\(section|subsection|subsubsection|paragraph)\*?"
                          r"\{((?:[^{}]|\{[^{}]*\})*)\}")
_TEX_LISTS = ("itemize", "enumerate", "description")
_TEX_ROW_END = re.compile(r"\\\\\s*(?:\[[^\]]*\])?\s*(?:\\(?:hline|midrule|toprule|bottomrule|"
                          r"cline\{[^}]*\})\s*)*$")
_TEX_PREAMBLE = re.compile(r"\\(?:documentclass|usepackage|maketitle|tableofcontents|"
                           r"newcommand|renewcommand|setlength|pagestyle|bibliography\w*|"
                           r"end\{document\})\b")
_TEX_TABLES = ("tabular", "tabularx", "tabular*", "longtable", "tabulary")


def is_latex(text: str) -> bool:
    """LaTeX source: a line that opens with \\section, \\begin{...} or \\documentclass,
    and five LaTeX commands (a note that only names them in its prose, "lists use
    \\begin{itemize}", is no source)."""
    head = text[:200_000]
    return bool(re.search(r"(?m)^[ \t]*\\(?:section|subsection|begin|documentclass)\*?\{",
                          head)) and len(_TEX_COMMAND.findall(head)) >= 5


def _tex_comment(line: str) -> str:
    """A line without its comment (an unescaped "%" and what follows)."""
    m = re.search(r"(?<!\\)%", line)
    return line[:m.start()] if m else line


def _tex_inline(text: str) -> str:
    """A line's LaTeX marks as Markdown: bold and italics kept, labels, references and
    citations dropped, other commands' arguments kept as words, escapes and ties read."""
    text = re.sub(r"\\(?:label|ref|eqref|cref|Cref|pageref|cite[pt]?|footnote|index|"
                  r"vspace|hspace|includegraphics)\*?(?:\[[^\]]*\])?\{[^{}]*\}", "", text)
    text = re.sub(r"\\textbf\{([^{}]*)\}", r"**\1**", text)
    text = re.sub(r"\\(?:emph|textit)\{([^{}]*)\}", r"*\1*", text)
    for _ in range(3):  # \textsc{\small x}: the innermost first
        text = re.sub(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\([%&$#_{}])", r"\1", text)
    text = re.sub(r"\\(?:\\|newline|par|noindent|centering|toprule|midrule|bottomrule|"
                  r"hline|cline\{[^}]*\}|small|footnotesize|large|Large|bfseries|itshape)\b"
                  r"\s*", " ", text)
    text = re.sub(r"\\[A-Za-z]+\*?", "", text).replace("~", " ")
    return re.sub(r"-{2,3}", "–", text).replace("{", "").replace("}", "")


def from_latex(text: str) -> str:
    """LaTeX source as Markdown, line for line: \\section and its kind as headings,
    itemize and enumerate items as list items, a description's \\item[Label] as a list
    item that opens with the label in bold, a tabular's rows as table rows (its first
    row the head, rules dropped), comments and environments' own lines blank."""
    out: list[str] = []
    lists: list[str] = []
    table = -1  # rows written of the table open, -1 when none is
    spent = 0
    pending = ""  # the first lines of a table row carried on over lines
    lines = text.split("\n")
    body = next((k for k, x in enumerate(lines) if x.strip().startswith("\\begin{document}")),
                -1)
    for number, raw_line in enumerate(lines):
        line = _tex_comment(raw_line).strip()
        if number <= body or _TEX_PREAMBLE.match(line):
            out.append("")  # the preamble: \documentclass, \usepackage, \maketitle ...
            continue
        next_line = _tex_comment(lines[number + 1]).strip() if number + 1 < len(lines) \
            else "\\end{"
        heading = _TEX_HEADING.match(line)
        env = re.match(r"\\(begin|end)\{([^}]*)\}", line)
        if heading:
            level = ("section", "subsection", "subsubsection", "paragraph").index(
                heading.group(1)) + 1
            out.append("#" * level + " " + _tex_inline(heading.group(2)).strip())
        elif env:
            name = env.group(2)
            opening = env.group(1) == "begin"
            if name in _TEX_LISTS:
                lists = [*lists, name] if opening else lists[:-1]
            elif name in _TEX_TABLES:
                if not opening:  # the lines spent on rules inside, as blanks after it
                    out += [""] * (spent - (table > 0))  # (less the head's rule line)
                table, spent = (0 if opening else -1), 0
            rest = line[env.end():]
            rest = re.sub(r"^(?:\{[^}]*\}|\[[^\]]*\])+", "", rest) if opening else rest
            out.append(_tex_inline(rest).strip() if rest.strip() and table < 0 else "")
        elif table >= 0 and line and not re.fullmatch(
                r"(?:\\(?:toprule|midrule|bottomrule|hline|cline\{[^}]*\}|caption\{.*\}|"
                r"label\{[^}]*\}|centering)\s*)+", line):
            end = _TEX_ROW_END.search(line)  # "... \\", "... \\ \hline": the row's end
            if end is None and not re.match(r"\\(?:end\{|hline|midrule|bottomrule|cline)",
                                            next_line):  # (a rule or the end ends a row)
                pending, spent = f"{pending} {line}".strip(), spent + 1
                continue  # a row carried on to the next line
            line = f"{pending} {line[:end.start()] if end else line}".strip()
            pending = ""
            cells = [_tex_inline(c).strip() for c in re.split(r"(?<!\\)&", line)]
            row = "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
            out.append(row if table else row + "\n" + "| --- " * len(cells) + "|")
            table += 1
        elif lists and line.startswith("\\item"):
            label = re.match(r"\\item\s*\[([^\]]*)\]\s*", line)
            indent = "  " * (len(lists) - 1)
            mark = "1." if lists[-1] == "enumerate" else "-"
            if label:
                out.append(f"{indent}{mark} **{_tex_inline(label.group(1)).strip()}** "
                           f"{_tex_inline(line[label.end():]).strip()}")
            else:
                out.append(f"{indent}{mark} {_tex_inline(line[5:]).strip()}")
        elif table >= 0:
            spent += 1  # a rule or a blank line: a Markdown table has none inside
        else:
            out.append(("    " if lists and line else "") + _tex_inline(line).strip())
    return "\n".join(out)


def read_document(path: Path) -> Document:
    """Read one document by its extension; bad input gives a DocumentError naming it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(
            f"{path}: unsupported document type {suffix or '(none)'}; use {SUPPORTED_NAMES}"
        )
    raw = read_user_file(path, DocumentError, MAX_BYTES)
    if not raw.strip():
        raise DocumentError(f"{path}: the document is empty")
    if suffix == ".docx":
        doc = parse_docx(path, raw)
    elif suffix == ".pdf":
        from raci.derive.pdf import parse_pdf  # (it reads the blocks with parse_text)

        doc = parse_pdf(path, raw)
    elif suffix in (".odt", ".fodt"):
        from raci.derive.odf import parse_odt

        doc = parse_odt(path, raw)
    elif suffix == ".pptx":
        from raci.derive.slides import parse_pptx

        doc = parse_pptx(path, raw)
    else:
        text = _decode(path, raw)
        plain = suffix in (".txt", ".text")
        tree = parse_data(text, suffix) if suffix in (".txt", ".text", ".json", ".yaml",
                                                      ".yml") else None
        # an ownership file or a task export in YAML or JSON; a text file only when its
        # entries name their parties (else a page of "Duties:" over items, read as text)
        parts = data_parts(text, tree, _field_letters, table_only=plain) \
            if tree is not None else None
        data = parts.markdown() if parts is not None else ""
        if parts is not None and data:
            doc = data_document(path.name, parts, data)
        elif suffix in (".json", ".yaml", ".yml"):
            kind = "JSON" if suffix == ".json" else "YAML"
            if tree is None:
                raise DocumentError(f"{path}: not readable as {kind}, or it holds no lists "
                                    "or sections, nests over 100 deep or repeats its "
                                    "aliases past ten times its size; check the file")
            # it parses, but no entry says who does, owns, is asked or is told of it
            raise DocumentError(f"{path}: read as {kind}, but no entry in it names who does "
                                "it; give each task a key such as owner, assignee, "
                                "approver, consulted or notify")
        elif suffix in (".md", ".markdown"):
            doc = parse_markdown(path.name, text)
        elif suffix in (".csv", ".tsv"):  # a table exported from a spreadsheet
            board = board_markdown(text, _delimiter(text, suffix))
            doc = _board_document(path.name, *board) if board is not None else \
                parse_text(path.name, "\n".join(delimited_rows(text, suffix)))
        elif suffix == ".org" or plain and is_org(text):  # Org mode
            doc = parse_markdown(path.name, from_org(text))
        elif plain and is_mediawiki(text):  # a wiki page kept as its source
            doc = parse_markdown(path.name, from_mediawiki(text))
        elif suffix == ".tex" or plain and is_latex(text):
            doc = parse_markdown(path.name, from_latex(text))
        elif suffix in (".adoc", ".asciidoc") or plain and is_asciidoc(text):
            doc = parse_markdown(path.name, from_asciidoc(text))
        elif suffix in (".html", ".htm"):
            doc = parse_html(path.name, text)
        elif suffix in (".puml", ".plantuml", ".mmd", ".feature") or plain:
            doc = _steps_document(path.name, text, suffix)
        else:
            doc = parse_text(path.name, text, rst=suffix == ".rst")
    if not any(b.text.strip() for b in doc.blocks):
        raise DocumentError(f"{path}: the document has no text")
    blocks = doc.blocks
    # each pass reads the blocks the one before left, in this order
    for normalise in (_single_spaced, _ditto_cells, _owner_pairs, _form_part_blocks,
                      _field_tables,
                      _role_fields,
                      _task_cards, _without_mention_marks, _without_icons,
                      _owner_first_lines,
                      _without_task_boxes, _enumerated_lines,
                      _letter_fields,
                      _legend_cells, _legend_heads, _role_headed_columns,
                      _without_number_columns, _spelled_head_row, _task_column_first,
                      _phase_bands,
                      _bracketed_owners,
                      _responsibility_lines, _role_column_first, _layout_rows,
                      _title_abbreviations, _without_branch_marks, _org_chart_lists,
                      _call_trees, _handover_blocks, _without_cookie_notices,
                      _label_line_headings, _question_answer_lines):
        blocks = normalise(blocks)
    doc.blocks[:] = blocks
    return doc


_SPACE_RUN = re.compile(r"[ \t]{2,}")
# A person mentioned as a wiki, notebook or chat tool writes them: "@" before a full name in
# capitals ("@Tom Becker to announce ..."), not an address ("ops@Example.org") or a handle
_MENTION = re.compile(r"(?<![\w.@])@(?=[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)+)")


# A callout's or a heading's icon before its words: a pictograph ("💡", "📌") or a
# character drawn as one ("⚠️", "ℹ️"); a mark a legend explains ("✓ = does it") is no icon
_ICON_LEAD = re.compile(r"^\s*(?:[\U0001F000-\U0001FAFF][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*|"
                        r"[^\s\w]\uFE0F)+\s*")


# "07:30 — Warehouse Lead — opens the warehouse": a run sheet's line, its time, who and
# what, each set off by a dash (the time may span, "08:30–09:00", or run on, "onwards")
_TIMED_OWNER = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[-–—]\s?\d{1,2}[:.]\d{2}"
    r"(?:\s?[ap]\.?m\.?)?)?(?:\s+onwards)?\s+[-–—]\s+"
    r"(?=[A-Za-z][\w'’.&()/ ]{1,50}\s[-–—]\s+[a-z])", re.IGNORECASE)
# "18:30  Shift Leader opens the hall": a timetable's line, its time before a sentence
# that names who does what (the time may span, "18:30-19:00")
_TIMED_SENTENCE = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[-–—]\s?\d{1,2}[:.]\d{2}"
    r"(?:\s?[ap]\.?m\.?)?)?\s+(?=(?-i:[A-Z][a-z'’]+)\s)", re.IGNORECASE)
_SLOT_TITLE = re.compile(r"[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}\.\s+(?=[A-Z])")
# "Caretaker opens up.", "Kitchen Lead checks.": a role and its verb, no slot's title
_ROLE_VERB = re.compile(r"(?P<role>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s(?:[a-z]+[^s\W]s)\b")


def _role_does(title: str) -> bool:
    """Whether a short line after a time is a sentence of a role doing something ("Caretaker
    opens up."), not the slot's title ("Doors open.", "Team briefing.")."""
    m = _ROLE_VERB.match(title)
    return m is not None and actor_name(m.group("role"), acronym=True) is not None
# "Gail → send the rota to team leaders": an action list's owner, an arrow and the action
_OWNER_ARROW = re.compile(r"^(?P<who>\s*[A-Z][\w'’.&-]*(?:\s+[\w'’.&()-]+){0,4}?)"
                          r"\s(?P<arrow>->|-->|→|⟶|=>)\s+(?=[a-z])")


def _owner_first_lines(blocks: list[Block]) -> list[Block]:
    """Lines that put who does a thing before it, set off by a mark other than a dash,
    rewritten as "who — what" lines: a run sheet's "07:30 — Warehouse Lead — opens the
    warehouse" without its time (a past deed, "14:09 — Duty Lead — declared ...", keeps
    it: a log's record, no duty), an action list's "Gail → send the rota to team leaders"
    with a dash for its arrow (a chain of hand-offs, two arrows or more, is left whole).
    The line breaks of the block move with the text."""
    out = []
    for block in blocks:
        if block.kind not in ("para", "item"):
            out.append(block)
            continue
        text = block.text
        timed = _TIMED_OWNER.match(text) if text[:1].isdigit() or text[:2].strip()[:1] \
            .isdigit() else None
        if timed is not None:
            rest = text[timed.end():]
            verb = re.search(r"[-–—]\s+(?P<verb>[a-z]+)", rest)
            if verb is None or not verb.group("verb").endswith("ed"):
                cut = timed.end()
                block = replace(block, text=rest,
                                breaks=tuple((at - cut, n) for at, n in block.breaks
                                             if at > cut))
        else:
            timed = _TIMED_SENTENCE.match(text) if text[:1].isdigit() else None
            first = re.search(r"\b[a-z][a-z'’]*\b", text[timed.end():]) if timed else None
            if timed is not None and first is not None and \
                    not first.group().endswith("ed"):
                # "18:45 Team briefing. The Shift Leader goes through the guest list": the
                # time is left out, the sentences read as any (a log's "14:09 Duty Lead
                # declared ..." keeps its time)
                # ("19:00 Doors open. Two helpers ...": the slot's title, of three words or
                # fewer before the next sentence, goes with its time)
                title = _SLOT_TITLE.match(text, timed.end())
                if title is not None and _role_does(title.group()):
                    title = None  # ("18:00 Caretaker opens up. ...": a sentence, kept)
                cut = title.end() if title is not None else timed.end()
                block = replace(block, text=text[cut:],
                                breaks=tuple((at - cut, n) for at, n in block.breaks
                                             if at > cut))
        arrow = _OWNER_ARROW.match(block.text) if "→" in block.text or ">" in block.text \
            else None
        if arrow is not None and len(ARROW.findall(block.text)) == 1:
            at, end = arrow.start("arrow"), arrow.end("arrow")
            shift = end - at - 1
            block = replace(block, text=f"{block.text[:at]}—{block.text[end:]}",
                            breaks=tuple((b - shift if b > at else b, n)
                                         for b, n in block.breaks))
        out.append(block)
    return out


def _without_icons(blocks: list[Block]) -> list[Block]:
    """Blocks without the icon a notebook's callout or a wiki's panel or heading opens
    with ("⚠️ The Incident Commander also pages ..."), so the sentence starts at its
    subject; the line breaks of the block move back by the icon's length."""
    out = []
    for block in blocks:
        m = _ICON_LEAD.match(block.text) if block.kind != "row" else None
        if m is not None and m.end() < len(block.text):
            cut = m.end()
            block = replace(block, text=block.text[cut:],
                            breaks=tuple((at - cut, n) for at, n in block.breaks if at > cut))
        out.append(block)
    return out


def _without_mention_marks(blocks: list[Block]) -> list[Block]:
    """Blocks whose mentions of people ("@Tom Becker") read as the names they mention, so
    "@Tom Becker to announce the freeze" is an action of Tom Becker's, as without the
    mark; one-word handles ("@sam") stay as they are."""
    out = []
    for block in blocks:
        if "@" in block.text or any("@" in c for c in block.cells):
            marks = [m.start() for m in _MENTION.finditer(block.text)]
            # (each line break of the block moves back by the marks before it)
            breaks = tuple((at - bisect_right(marks, at - 1), n) for at, n in block.breaks)
            block = replace(block, text=_MENTION.sub("", block.text), breaks=breaks,
                            cells=tuple(_MENTION.sub("", c) for c in block.cells),
                            header=tuple(_MENTION.sub("", c) for c in block.header))
        out.append(block)
    return out


def _single_spaced(blocks: list[Block]) -> list[Block]:
    """Blocks whose runs of spaces are one space ("Owner:" and "Kim" padded apart on a
    PDF's line), where each line break keeps its place, so no later pattern meets a long
    run of spaces (several would take time growing with its square)."""
    out: list[Block] = []
    for block in blocks:
        # (the cells joined by a character that is no space: a run found in them is a run
        # of one cell)
        joined = "\0".join(block.cells)
        if "  " not in block.text and "  " not in joined and "\t" not in block.text:
            out.append(block)
            continue
        # (a run is two spaces or holds a tab: cells without either are kept; the runs'
        # places are needed only to move the line breaks, and a table row has none)
        breaks = block.breaks
        if breaks:
            runs = [(m.start(), m.end() - m.start() - 1)
                    for m in _SPACE_RUN.finditer(block.text)]
            removed = list(accumulate(n for _at, n in runs))

            def moved(offset: int, runs: list[tuple[int, int]] = runs,
                      removed: list[int] = removed) -> int:
                k = bisect_right(runs, offset, key=lambda r: r[0])
                return offset - (removed[k - 1] if k else 0)

            breaks = tuple((moved(at), n) for at, n in breaks)
        out.append(replace(block, text=_SPACE_RUN.sub(" ", block.text),
                           cells=block.cells if "  " not in joined and "\t" not in joined
                           else tuple(_SPACE_RUN.sub(" ", c) for c in block.cells),
                           breaks=breaks))
    return out


# A site's cookie notice, printed or saved with the page ("We use cookies to make this site
# work ... Accept all Manage cookies")
_COOKIE_NOTICE = re.compile(r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|"
                            r"\b(?:accept|reject|allow|decline|manage)\s+(?:all\s+|optional\s+)?"
                            r"cookies\b", re.IGNORECASE)


def _without_cookie_notices(blocks: list[Block]) -> list[Block]:
    """The blocks without a site's cookie notice: it asks the reader to accept cookies,
    no duty of any role."""
    # (every match holds "cookie": an ASCII text without it in lower case holds none)
    return [b for b in blocks if b.kind not in ("para", "item") or len(b.text) > 600 or
            b.text.isascii() and "cookie" not in b.text.lower() or
            _COOKIE_NOTICE.search(b.text) is None]


# A table of the changes made to the page itself: "Version | Date | Change | Author",
# "Rev. | Issued | Description", "Revision  Date  Description  Approved", or "Date | Change
# | Approved by" under a heading "Change log"
_VERSION_HEAD = re.compile(r"^\W*(?:version|ver|v|rev|revision|edition|amendment)\.?"
                           r"(?:\s*(?:no\.?|number|#))?\W*$", re.IGNORECASE)
# ("Issue" numbers a page's versions only beside a column of what changed: "Issue | Date |
# Owner" may be a log of problems)
_ISSUE_HEAD = re.compile(r"^\W*issue(?:\s*(?:no\.?|number|#))?\W*$", re.IGNORECASE)
_DATE_HEAD = re.compile(r"^\W*(?:date|dated|issued|effective(?:\s+date|\s+from)?|"
                        r"release\s+date)\W*$", re.IGNORECASE)
_CHANGE_HEAD = re.compile(r"^\W*(?:changes?(?:\s+made)?|what\s+changed|amendments?|"
                          r"(?:description|summary|details|reason)(?:\s+(?:of|for)\s+"
                          r"(?:the\s+)?(?:changes?|amendments?|revision))?)\W*$",
                          re.IGNORECASE)
_HISTORY_HEADING = re.compile(r"\b(?:change\s*log|(?:revision|version|document|change|"
                              r"amendment|issue)\s+(?:history|record|log)|document\s+"
                              r"control|revisions|amendments)\b", re.IGNORECASE)


# the heads of a sign-off table beside its dates: who signed and the post they hold
_SIGNER_HEAD = re.compile(r"^\W*(?:name|signed|signature|signatory)\W*$", re.IGNORECASE)
_POST_HEAD = re.compile(r"^\W*(?:role|position|post|job title|title|designation)\W*$",
                        re.IGNORECASE)


def records_changes(cells: Sequence[str], heading: str = "") -> bool:
    """Whether a table's head row is that of the page's own change log: a column of dates
    and one numbering versions ("Version | Date | Change | By"), or a column of dates and
    one of what changed beside a column of issues or under a heading naming the page's
    history ("Date | Change | Approved by" under "Change log"); or the page's own sign-off
    table, a blank first head over "Prepared", "Approved" ... beside who signed, their
    role and the date ("| Name | Role | Date")."""
    if not any(_DATE_HEAD.match(c) for c in cells):
        return False
    if len(cells) >= 3 and not cells[0].strip() and \
            any(_SIGNER_HEAD.match(c) for c in cells) and any(_POST_HEAD.match(c) for c in cells):
        return True
    if any(_VERSION_HEAD.match(c) for c in cells):
        return True
    return any(_CHANGE_HEAD.match(c) for c in cells) and \
        (any(_ISSUE_HEAD.match(c) for c in cells) or bool(_HISTORY_HEADING.search(heading)))


# A field of the page's own details written down a table's first column ("Owner |
# Licensing Manager", "Version | 2.1", "Next review | May 2027"), and those among them
# that only such details hold (a version, a date of review or issue)
_DETAIL_FIELD = re.compile(r"^\W*(?:(?:document|policy|page|procedure)\s+)?(?:owner|author|"
                           r"approved\s+by|approver|status|classification|reference|ref|"
                           r"version|issue|revision|(?:next\s+|last\s+)?review(?:ed)?"
                           r"(?:\s+(?:date|due|by))?|(?:date\s+)?(?:approved|issued|"
                           r"published)|effective(?:\s+date|\s+from)?|date(?:\s+of\s+\w+)?|"
                           r"applies\s+(?:to|from)|supersedes)\W*$", re.IGNORECASE)
# The head of a column of work or of who does it ("Date | Task", "Status | Who"): a table
# whose head names its columns, no field of the page's details and its value
_WORK_COLUMN_HEAD = re.compile(r"^\W*(?:tasks?|actions?|activit(?:y|ies)|dut(?:y|ies)|steps?|"
                               r"what(?:\s+happens)?|who|by\s+whom|responsib\w*|owners?|"
                               r"leads?|roles?|done\s+by|details?|notes?|description)\W*$",
                               re.IGNORECASE)
_DETAIL_ONLY = re.compile(r"(?i)version|revision|review|issued|effective|date|supersedes")


def _details_table(head: Block, body: list[Block]) -> bool:
    """Whether a table of two columns sets out the page's own details down its first
    column, its head row one of them ("Owner | Licensing Manager" over "Version | 3.0"
    and "Next review | June 2027"): every first cell a field of such details, one at least
    a version or a date of review or issue. Its rows are no duties of a role."""
    firsts = [b.cells[0] for b in (head, *body)]
    return len(head.cells) == 2 and len(firsts) >= 2 and \
        not _WORK_COLUMN_HEAD.match(head.cells[1]) and \
        all(_DETAIL_FIELD.match(c) for c in firsts) and \
        any(_DETAIL_ONLY.search(c) for c in firsts)


def without_change_logs(blocks: list[Block]) -> list[Block]:
    """The blocks without the rows of a change log: they record edits made to the page
    ("Client comments incorporated", "Vendor models added to scope"), no duty of the role
    a row happens to name, and without a title merged over a whole row of a table. (The
    parties they name are still the page's roles: only the duties are read without
    them.)"""
    out: list[Block] = []
    heading = ""
    for block in _each_table(blocks, lambda head, body: [] if _details_table(head, body)
                             else None, min_cells=2):
        if block.kind == "heading":
            heading = block.text
        elif block.kind == "row" and (records_changes(block.header or block.cells, heading) or
                                      block.header and spanning_row(block.cells)):
            continue
        out.append(block)
    return out


def spanning_row(cells: Sequence[str]) -> bool:
    """Whether a table row holds one text in all of its three or more cells: a title
    merged over the whole row ("Stage 2 – Design" across the role columns), which Word,
    OpenDocument and web pages give again in each column it spans. It titles the rows
    under it and is no row of duties, though its first word may read as a verb ("Stage",
    "Close") or its last as a party ("Design")."""
    return len(cells) >= 3 and bool(cells[0].strip()) and all(c == cells[0] for c in cells)


def _steps_document(name: str, text: str, suffix: str) -> Document:
    """A diagram's source (``.puml``, ``.plantuml``, ``.mmd``), a Gherkin feature file, or a
    plain text holding either, read step by step (``steps``); other plain text as text."""
    from raci.derive.steps import (
        by_line,
        feature_steps,
        mermaid_sequence,
        plain_sequence,
        plantuml_in_text,
        plantuml_steps,
    )

    if suffix in (".puml", ".plantuml"):
        return Document(name, plantuml_steps(text, 1))
    if suffix == ".mmd" or plain_sequence(text):
        # (a sequence diagram's source kept as text: "sequenceDiagram" over its messages)
        return Document(name, mermaid_sequence(text, 1) or mermaid_blocks(text, 1))
    feature = feature_steps(text)
    if feature is not None:
        doc = parse_text(name, feature[0])
        doc.blocks[:] = by_line(doc.blocks, feature[1])
        return doc
    rest, diagrams = plantuml_in_text(text)
    doc = parse_text(name, rest)
    if diagrams:
        doc.blocks[:] = by_line(doc.blocks, diagrams)
    return doc


def _handover_blocks(blocks: list[Block]) -> list[Block]:
    """Items handing duties to new holders ("Rota → **Ana** (Rota Lead)"), see ``steps``;
    not where a legend of the document gives the arrow its own meaning ("→ Name means
    they tell that person when it is done": the item's duty stays its section's role's)."""
    from raci.derive.steps import handover_steps

    if any(mark in ("→", "->", "-->", "⟶", "=>") for mark in badge_legend(Document("", blocks))):
        return blocks
    return handover_steps(blocks)


def _form_part_blocks(blocks: list[Block]) -> list[Block]:
    """The parts of a form in Markdown, HTML or Word whose headings name the role who
    completes them ("Part 2: Approval (to be completed by the Line Manager)"): each
    first-person statement in the part is that role's, as in a plain-text form. A part
    ends at the next part, or at a heading as high as its own."""
    out: list[Block] = []
    role, level = "", 0
    for block in blocks:
        part = _PART_BY.match(block.text) if block.kind in ("heading", "para") else None
        if part is not None:
            role = actor_name(part.group("role").strip(), acronym=True) or ""
            level = block.level if block.kind == "heading" else 9
        elif block.kind == "heading" and block.level <= level:
            role, level = "", 0
        elif role and block.kind in ("para", "item"):
            text = _first_person_part(block.text, role)
            if text != block.text:
                block = replace(block, text=text, breaks=block.breaks
                                if len(text) == len(block.text) else ())
        out.append(block)
    return out


# A line of an organisation chart written as a list: a post and who holds it ("Sous Chef
# – Kwame Asante", "Deputy Warden, East – Jo Park"), or a post and how many hold it
# ("Stewards (four on each gate)")
_HOLDER_LINE = re.compile(r"^\s*(?P<role>[A-Z][^–—()]{1,60}?)\s+[–—-]\s+(?P<person>(?:(?:Dr|Mr|Ms|"
                          r"Mrs|Prof)\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\s*$")
_COUNTED_POST = re.compile(r"^\s*(?P<role>[A-Z][\w'’ -]{1,60}?)\s*\((?P<count>\d{1,3}|one|two|"
                           r"three|four|five|six|seven|eight|nine|ten|several|a few)\b"
                           r"[^()]{0,80}\)\s*$", re.IGNORECASE)


def _chart_line(block: Block) -> tuple[str, str] | None:
    """(post, holder) of a list line that only names a post and who holds it, else None
    ("Commis Chefs (three, rotating)": the post, nobody named)."""
    if block.kind not in ("item", "heading"):
        return None
    # (every match holds a dash)
    held = _HOLDER_LINE.match(block.text) if "-" in block.text or "–" in block.text or \
        "—" in block.text else None
    if held and not any(w.lower() in ("and", "or", "the") for w in held.group("person").split()):
        post = held.group("role").strip()
        where = re.fullmatch(r"(?P<post>[^,]{3,40}),\s+(?P<part>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)",
                             post)
        if where and actor_name(where.group("part"), acronym=True) is None:
            # "Chef de Partie, Sauce": the post of one part, "Sauce Chef de Partie"
            post = f"{where.group('part')} {where.group('post')}"
        return post, held.group("person")
    counted = _COUNTED_POST.match(block.text) if "(" in block.text else None
    if counted and actor_name(counted.group("role"), acronym=True) is not None:
        return counted.group("role").strip(), ""
    return None


def _org_chart_lists(blocks: list[Block]) -> list[Block]:
    """A chain of command written as a (nested) list, each line a post and who holds it
    ("Head Chef – Rosa Lindqvist" over "Sous Chef – Kwame Asante" over "Pastry Chef –
    Yuki Sato"), as the rows of a "Role | Name" table: the lines under a post are the
    posts that answer to it, not its duties. Three or more such lines in a row, two with
    a holder named and one post a known title; a single "Product Owner – Jane Smith"
    over duties stays the heading of those duties."""
    out = list(blocks)
    i = 0
    while i < len(blocks):
        j = i
        lines: list[tuple[str, str]] = []
        while j < len(blocks):
            line = _chart_line(blocks[j])
            if line is None or blocks[j].kind == "heading" and (
                    j + 1 == len(blocks) or _chart_line(blocks[j + 1]) is None):
                break  # (a post's heading over its duties heads them)
            lines.append(line)
            j += 1
        if j - i >= 3 and sum(1 for _, who in lines if who) >= 2 and \
                any(actor_name(post, acronym=True) for post, _ in lines):
            for k, (post, who) in zip(range(i, j), lines, strict=True):
                out[k] = Block("row", f"{post} | {who}", blocks[k].location, cells=(post, who),
                               header=("Role", "Name"))
        i = max(j, i + 1)
    return out


# A call tree (a phone tree, a cascade) written as a nested list: each line a person or a
# post, the lines under it the ones it calls
CALL_TREE = re.compile(r"\b(?:call(?:ing)?|phone|telephone|contact|notification|"
                       r"communications?)\s+(?:tree|cascade)s?\b|\bcascade\b", re.IGNORECASE)
CALL_TREE_HEAD = ("Caller", "Calls")


def _called_post(text: str) -> str | None:
    """The post a call tree's line names ("Sarah Quinn, Managing Partner (07700 900101)",
    "Payroll team: Ana Costa, Payroll Supervisor", "Tax team (group text)"), or None."""
    plain = re.sub(r"\([^()]*\)", "", text).split(":")[-1]
    parts = [str(p).strip(" .;") for p in re.split(r",|\s[-–—]\s", plain)]
    return next((p for p in reversed(parts) if p and actor_name(p, acronym=True)), None)


def _call_trees(blocks: list[Block]) -> list[Block]:
    """A nested list under a heading or lead-in that names a call tree, as rows of who
    calls whom ("Caller | Calls"): each line under another is called by it. The lines
    keep their own words as the rows' text; a tree whose lines name no post stays."""
    out = list(blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind not in ("heading", "para") or block.text.isascii() and not any(
                w in block.text.lower() for w in ("tree", "cascade")) or \
                not CALL_TREE.search(block.text):  # (every match holds one of the two)
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "para" and j - i <= 2:
            j += 1  # "When the plan is invoked, each person calls ..." before the list
        start = j
        depths: list[tuple[int, int]] = []
        while j < len(blocks) and (blocks[j].kind == "item" or
                                   blocks[j].kind == "heading" and blocks[j].level >= 7):
            b = blocks[j]
            depths.append((j, b.depth if b.kind == "item" else b.level - 7))
            j += 1
        ranks = {d: r for r, d in enumerate(sorted({d for _, d in depths}))}
        depths = [(k, ranks[d]) for k, d in depths]  # (indents of 2 or 4 alike)
        posts = {k: _called_post(blocks[k].text) for k, _ in depths}
        if len(depths) >= 3 and any(d > 0 for _, d in depths) and \
                sum(1 for p in posts.values() if p) * 2 > len(depths):
            parents: dict[int, int] = {}  # depth -> the last line at that depth
            for k, depth in depths:
                parent = parents.get(depth - 1) if depth > 0 else None
                parents[depth] = k
                for deeper in [d for d in parents if d > depth]:
                    del parents[deeper]
                caller = posts.get(parent) if parent is not None else None
                called = posts[k]
                if caller and called:
                    out[k] = Block("row", blocks[k].text, blocks[k].location,
                                   cells=(caller, called), header=CALL_TREE_HEAD)
                else:
                    out[k] = replace(blocks[k], kind="para") if called else blocks[k]
            i = j
            continue
        i = max(j, i + 1) if j > start else i + 1
    return out


# A title shortened with a full stop before the rest of the title ("Hon. Secretary",
# "Asst. Coach", "Dep. Head"): the stop ends no sentence
# ("Jr." after a name ends sentences as often: it is left alone)
# (only before a word that may go on a title, not one that opens a sentence: "... to the
# Finance Dept. The Treasurer ..."; "Sr.", "Dept.", "Mgr." end sentences too often to be
# read so)
TITLE_ABBREVIATION = re.compile(r"\b(?:Hon|Asst|Dep|Snr|Jnr|Supt|Insp|Sgt|Capt|Lt|"
                                r"Cmdr)\.(?=[ \t]+(?!(?:The|A|An|Every|Each|All|Any|It|They|"
                                r"This|These|Those|We|He|She|If|When|Once|Then|In|On|At|For|"
                                r"Our|Their|No)\b)[A-Z])")


def _without_stops(text: str) -> tuple[str, list[int]]:
    """``text`` without the full stops of shortened titles, and where each one stood."""
    cuts = [m.end() - 1 for m in TITLE_ABBREVIATION.finditer(text)]
    for at in reversed(cuts):
        text = text[:at] + text[at + 1:]
    return text, cuts


def _title_abbreviations(blocks: list[Block]) -> list[Block]:
    """Blocks with shortened titles written without their stop ("Hon Secretary"), so that
    the title is read as one role and the stop does not end a sentence."""
    out: list[Block] = []
    for block in blocks:
        if "." not in block.text or not TITLE_ABBREVIATION.search(block.text):
            out.append(block)
            continue
        text, cuts = _without_stops(block.text)
        breaks = tuple((at - sum(1 for c in cuts if c < at), n) for at, n in block.breaks)
        out.append(replace(block, text=text, breaks=breaks,
                           cells=tuple(_without_stops(c)[0] for c in block.cells),
                           header=tuple(_without_stops(h)[0] for h in block.header)))
    return out


# The answer a branch of a decision sheet or flowchart follows, in capitals before what to
# do then ("YES  The Shift Manager must ...", "NO: Go to Q4")
BRANCH_MARK = re.compile(r"^\s*(?:YES|NO)\b(?:\s*[:.)–—-])?\s+(?=[A-Z])")


def _without_branch_marks(blocks: list[Block]) -> list[Block]:
    """Paragraphs and items without the YES or NO of the branch they stand on, so the mark
    is read as no part of a role's name nor of a duty."""
    out: list[Block] = []
    for block in blocks:
        mark = BRANCH_MARK.match(block.text) if block.kind in ("para", "item") else None
        if mark is None:
            out.append(block)
            continue
        cut = mark.end()
        out.append(replace(block, text=block.text[cut:],
                           breaks=tuple((at - cut, n) for at, n in block.breaks)))
    return out


def _layout_rows(blocks: list[Block]) -> list[Block]:
    """A Markdown (or AsciiDoc) table laid out only to set a picture beside each sentence,
    its head a sentence too ("| Your key worker visits you every week. | |"): its head and
    rows as paragraphs, as `table_blocks` reads such a table in HTML and Word."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        head = block.header
        j = i
        while j < len(blocks) and blocks[j].kind == "row" and blocks[j].header == head and head:
            j += 1
        laid_out = _layout_sentences([head, *(b.cells for b in blocks[i:j])]) \
            if j > i else None
        if laid_out is not None and laid_out[0][1].endswith((".", "!", "?")):
            if out and out[-1].kind == "row" and out[-1].cells == head:
                out.pop()  # the head's own row block: read once, as a paragraph
            # (the head's sentence is located at the first row under it)
            out += [Block("para", text, blocks[i + max(r - 1, 0)].location)
                    for r, text in laid_out]
            i = j
            continue
        out.extend(blocks[i:max(j, i + 1)])  # (a table's rows at once: linear in its rows)
        i = max(j, i + 1)
    return out


# A table's first column of people ("Name | Role | Responsibilities"), and the column of
# the roles they hold
_NAME_HEAD = re.compile(r"^\W*(?:(?:full |team )?names?|person|people|team member|member|"
                        r"staff member)\W*$", re.IGNORECASE)
_ROLE_HEAD = re.compile(r"^\W*(?:(?:project |team )?roles?|positions?|posts?|job(?: title)?|"
                        r"titles?)\W*$", re.IGNORECASE)


def _role_column_first(blocks: list[Block]) -> list[Block]:
    """A table whose first column names people and a later one their roles ("Name | Role |
    Responsibilities") with the role column moved first ("Role | Name | ..."), the shape
    a table of one row per role is read in: the name then names who fills the role."""
    out: list[Block] = []
    for block in blocks:
        header = block.header or (block.cells if block.kind == "row" else ())
        role_col = next((c for c, h in enumerate(header) if c and _ROLE_HEAD.match(h)), None) \
            if block.kind == "row" and header and _NAME_HEAD.match(header[0]) else None
        if role_col is None:
            out.append(block)
            continue

        def moved(cells: tuple[str, ...], col: int = role_col) -> tuple[str, ...]:
            if col >= len(cells):
                return cells
            return (cells[col], *cells[:col], *cells[col + 1:])

        cells = moved(block.cells)
        out.append(replace(block, cells=cells, header=moved(block.header),
                           text=" | ".join(cells)))
    return out


# "Responsibility: Goods Receipt Clerk." closing a clause of a procedure: who does what the
# clause's paragraphs above it say
_RESPONSIBILITY_LINE = re.compile(r"^\W*(?:responsibility|responsibilities|responsible|"
                                  r"responsible person|who)\s*:\s*(?P<value>[^.:]{2,200}?)"
                                  r"(?:\.(?:\s+(?P<rest>\S.*))?)?\s*$", re.IGNORECASE)


def _responsible_roles(value: str) -> list[tuple[str, str]]:
    """(role, what in brackets) for each part of a responsibility line's value
    ("Calibration Technician (review of the record); Facilities Engineer (maintenance)"),
    each part's longest leading title ("Calibration Technician authorised for pressure"),
    or [] when a part names no role."""
    out: list[tuple[str, str]] = []
    for part in re.split(r"\s*;\s*", value.strip()):
        what = re.search(r"\(([^()]{2,80})\)", part)
        words = re.sub(r"\([^()]*\)", "", part).split()
        title = next((" ".join(words[:n]) for n in range(min(len(words), 6), 0, -1)
                      if actor_name(" ".join(words[:n]), acronym=True)), None)
        if title is None or not title[:1].isupper():
            return []
        out.append((title, what.group(1).strip() if what else ""))
    return out


def _responsibility_lines(blocks: list[Block]) -> list[Block]:
    """A procedure's clause closed by "Responsibility: <role>." (ISO-style procedures): the
    clause's paragraphs since the last heading go under a heading naming that role, so
    that its sentences without a subject of their own are that role's duties; the rest of
    the line after its first full stop stays a paragraph. Two roles with what each does in
    brackets each head their bracketed duty instead."""
    out: list[Block] = []
    floor = 0  # where the paragraphs after the last such line begin
    for block in blocks:
        m = _RESPONSIBILITY_LINE.match(block.text) if block.kind in ("para", "item") else None
        roles = _responsible_roles(m.group("value")) if m else []
        if not m or not roles:
            out.append(block)
            continue
        start = len(out)
        while start > floor and out[start - 1].kind in ("para", "item"):
            start -= 1
        level = min((out[start - 1].level if start > 0 and out[start - 1].kind == "heading"
                     else 1) + 1, 6)
        if len(roles) == 1 and not roles[0][1]:
            if start == len(out):
                out.append(block)  # nothing above to give: a field of its own
                continue
            out.insert(start, Block("heading", roles[0][0], block.location, level=level))
        else:
            for role, what in roles:
                out.append(Block("heading", role, block.location, level=level))
                if what:
                    out.append(Block("item", what, block.location))
        if m.group("rest"):
            out.append(Block("para", m.group("rest"), block.location))
        floor = len(out)
    return out


# "Role: Project Sponsor" over "Responsibilities: Secures funding, approves the charter"
ROLE_FIELD = re.compile(r"^\W*(?:role|position|job title|post|role title)\s*:\s*"
                        r"(?P<name>[^:;.]{2,60}?)\s*$", re.IGNORECASE)
DUTY_FIELD = re.compile(r"^\W*(?:key\s+|main\s+|principal\s+)?(?:responsibilities|duties|"
                        r"tasks|accountabilities)(?:\s+and\s+(?:responsibilities|duties|tasks|"
                        r"accountabilities))?\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
# A post's detail as a field: "Grade: 5", "Reports to: Facilities Manager"
ANY_FIELD = re.compile(r"^\W*[A-Z][\w /&'’()-]{1,40}:\s+\S")


# The labels of a post's details ("Role | Volunteer Driver", "Responsible to | ...",
# "Hours | ...") in a table of two columns, a label and its value per row
FIELD_LABELS = re.compile(r"^\W*(?:role|role title|job title|post|position|title|service|"
                          r"department|directorate|team|location|based at|base|hours|time|"
                          r"time commitment|days|contract|salary|grade|band|pay|"
                          r"responsible to|reports? to|accountable to|line manager|"
                          r"supervisor|checks(?: needed)?|dbs|start date|closing date|"
                          r"duration|term|expenses|training|support|"
                          # a job description's parts ("Job purpose | To coordinate ...",
                          # "Main duties and responsibilities | ...")
                          r"(?:overall |main |key )?(?:job |role |post )?(?:purpose|summary)"
                          r"(?: of the (?:job|role|post))?|"
                          r"(?:main |key |principal )?(?:duties|responsibilities|tasks|"
                          r"accountabilities)(?: and (?:duties|responsibilities|tasks|"
                          r"accountabilities))?|person specification|(?:essential|desirable)"
                          r"(?: criteria| skills)?|qualifications|experience|skills)\W*$",
                          re.IGNORECASE)


def _field_tables(blocks: list[Block]) -> list[Block]:
    """A table of two columns whose first column holds a post's details by label ("Role |
    Volunteer Patient Transport Driver", "Responsible to | Volunteer Services Coordinator",
    "Time | One or two mornings a week"), read as "Role: ..." fields, not as a table whose
    first row heads columns of roles."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "row" and len(blocks[j].cells) == 2 and \
                blocks[j].header == blocks[i].header:
            j += 1
        table = blocks[i:j]
        if table and table[0].header and len(table[0].header) == 2:
            labels = [table[0].header[0], *(b.cells[0] for b in table)]
            if len(labels) >= 3 and sum(bool(FIELD_LABELS.match(x)) for x in labels) * 3 >= \
                    len(labels) * 2:
                # (the head row is a field too: "Role | Volunteer Driver" over the rest)
                fields = [table[0].header, *(b.cells for b in table)]
                out += [Block("para", f"{label.strip()}: {value.strip()}", table[0].location)
                        for label, value in fields if label.strip() and value.strip()]
                i = j
                continue
        out.extend(table or blocks[i:i + 1])
        i = max(j, i + 1)
    return out


def _role_fields(blocks: list[Block]) -> list[Block]:
    """Fields naming a role and listing its duties ("Role: Project Sponsor" over
    "Responsibilities: Secures funding, approves the project charter"): the role a heading,
    its duties items under it (split at semicolons, or at commas when every part starts
    with a verb). Only a role field over a duty field is read so, the fields between them
    a post's other details ("Job title: Facilities Coordinator", "Reports to: ...",
    "Grade: 5", "Main duties and responsibilities: ...")."""
    paired: dict[int, int] = {}  # role field -> its duty field
    for i, b in enumerate(blocks):
        role = ROLE_FIELD.match(b.text) if b.kind != "row" else None
        if role is None or not actor_name(role.group("name")):
            continue
        for j in range(i + 1, min(i + 9, len(blocks))):
            after = blocks[j]
            if after.kind == "row" or ROLE_FIELD.match(after.text):
                break
            if DUTY_FIELD.match(after.text):
                paired[i] = j
                break
            if not ANY_FIELD.match(after.text):
                break  # (only a post's details stand between them)
    if not paired:
        return blocks  # ("Job title: ..." over a duty list of its own is the page's role)
    duty_fields = set(paired.values())
    out: list[Block] = []
    level = 1
    for i, block in enumerate(blocks):
        role = ROLE_FIELD.match(block.text) if i in paired else None
        duties = DUTY_FIELD.match(block.text) if i in duty_fields else None
        if role:
            out.append(Block("heading", role.group("name").strip(), block.location,
                             level=min(level + 1, 6)))
        elif duties:
            rest = duties.group("rest").strip().rstrip(".")
            parts = [p.strip() for p in re.split(r"\s*;\s*", rest) if p.strip()]
            if len(parts) == 1:
                commas = [p.strip() for p in re.split(r",\s*(?:and\s+)?", rest) if p.strip()]
                if len(commas) > 1 and all(is_verb(c.split()[0].lower()) for c in commas):
                    parts = commas
            out += [Block("item", part, block.location) for part in parts]
        else:
            if block.kind == "heading":
                level = block.level or level
            out.append(block)
    return out


# A card of a project board kept as a task list: "[ ] **Write the redirect map** @lpark
# `seo`", its title, the @handles assigned to it and its labels; under it "Review: @jonah"
HANDLE = r"(?<![\w@])@(?P<handle>[A-Za-z][\w.-]{0,38}[\w])"
_HANDLE = re.compile(HANDLE)
_HANDLE_ROLE = re.compile(HANDLE + r"\s*\(\s*(?P<role>[A-Z][\w&'’/-]*(?:\s+[\w&'’/-]+){0,5})\s*\)")
_CARD = re.compile(r"^\s*(?:\[[\sxX✓✔]?\]\s+)?(?P<title>[^@\s][^@]{2,150}?)\s+"
                   r"(?P<who>@[A-Za-z][\w.-]*(?:[\s,]+@[A-Za-z][\w.-]*)*)"
                   r"(?P<labels>(?:\s+[\w/+-]{1,20}){0,4})\s*$")
_CARD_REVIEW = re.compile(r"^\W*(?:reviews?|reviewers?|reviewed by|approvers?)\s*:\s*"
                          r"(?P<who>@[A-Za-z][\w.-]*(?:[\s,]+(?:and\s+)?@[A-Za-z][\w.-]*)*)"
                          r"\s*$", re.IGNORECASE)
_REVIEW_APPROVES = re.compile(r"\breview\w*\b[^.]{0,120}\bapprov\w*|\bapprov\w*[^.]{0,120}"
                              r"\breview\w*", re.IGNORECASE)


def _task_cards(blocks: list[Block]) -> list[Block]:
    """A board's cards, items of a task list whose title is followed by the @handles
    assigned to it ("[ ] **Cookie banner copy** @marisol `legal`"), when the document says
    which role each handle holds ("@marisol (Content Designer)") and two cards or more
    name a known handle: each card as a heading (its title) over letter lines, its
    assignees doing it ("Responsible:"; a card without a reviewer is its one assignee's,
    "Owner:") and the reviewers of the "Review: @jonah" line under it answering for it
    ("Accountable:", the first; the others consulted) when the document says a reviewer
    approves, else consulted. The lines under a card stay items under its heading."""
    roles: dict[str, str] = {}
    for b in blocks:
        if b.kind in ("para", "item", "heading") and "@" in b.text[:2000]:
            for m in _HANDLE_ROLE.finditer(b.text[:2000]):
                roles.setdefault(m.group("handle").lower(), m.group("role"))
    if not roles:
        return blocks
    cards = {i for i, b in enumerate(blocks) if b.kind == "item" and
             (card := _CARD.match(b.text)) and not _CARD_REVIEW.match(b.text) and
             any(h.lower() in roles for h in _HANDLE.findall(card.group("who")))}
    if len(cards) < 2:
        return blocks
    approves = any(_REVIEW_APPROVES.search(b.text[:2000]) for b in blocks
                   if b.kind in ("para", "item"))
    level = max((b.level for b in blocks[:min(cards)] if b.kind == "heading"), default=1) + 1
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if i not in cards:
            out.append(blocks[i])
            i += 1
            continue
        card = _CARD.match(blocks[i].text)
        assert card is not None
        doers = [roles[h.lower()] for h in _HANDLE.findall(card.group("who"))
                 if h.lower() in roles]
        j = i + 1
        reviewers: list[str] = []
        under: list[Block] = []
        while j < len(blocks) and blocks[j].kind == "item" and j not in cards:
            review = _CARD_REVIEW.match(blocks[j].text)
            if review:
                reviewers += [roles[h.lower()] for h in _HANDLE.findall(review.group("who"))
                              if h.lower() in roles]
            else:
                under.append(blocks[j])
            j += 1
        where = blocks[i].location
        out.append(Block("heading", card.group("title").strip(" *_"), where, level=level))
        if reviewers:
            out.append(Block("para", f"Responsible: {', '.join(doers)}", where))
            first = "Accountable" if approves else "Consulted"
            out.append(Block("para", f"{first}: {reviewers[0]}", where))
            if reviewers[1:]:
                out.append(Block("para", f"Consulted: {', '.join(reviewers[1:])}", where))
        else:
            # (a "Responsible:" line right under its heading: a field of the card, not a
            # clause's closing responsibility line)
            if doers[1:]:
                out.append(Block("para", f"Responsible: {', '.join(doers[1:])}", where))
            out.append(Block("para", f"Owner: {doers[0]}", where))
        out += under
        i = j
    return out


_TASK_BOX = re.compile(r"^\s*\[[\sxX✓✔]?\]\s+(?=\S)")
# A check box drawn as a character at the start of a line ("☐ Caretaker locks the side
# door", "☑ ..."), as a word processor's checklist writes it
_BOX_GLYPH = re.compile(r"^\s*[☐☑☒□■❑❒]\s*(?=\S)")


def _without_task_boxes(blocks: list[Block]) -> list[Block]:
    """List items of a task list without their check box ("[ ] Tom: sign the order form",
    "[x] ..."): done or not, the item says who does what. A line that opens with a box
    drawn as a character ("☐ Caretaker locks the side door") is read without the box, as
    the sentence it is."""
    return [replace(b, text=_TASK_BOX.sub("", b.text, count=1))
            if b.kind == "item" and _TASK_BOX.match(b.text) else
            replace(b, text=_BOX_GLYPH.sub("", b.text, count=1))
            if b.kind in ("item", "para") and _BOX_GLYPH.match(b.text) else b
            for b in blocks]


# "a) calculate ...;", "(ii) submit ...", "3) send ...": a line's own enumerator
_ENUMERATOR = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?=\S)")


def _enumerated_lines(blocks: list[Block]) -> list[Block]:
    """A paragraph written as lines that each start with an enumerator ("a) ...; b) ...")
    but not marked up as a list, as one list item per line, without the enumerator and
    the "; and" that joins the items."""
    out: list[Block] = []
    for b in blocks:
        if b.kind != "para" or not b.breaks:
            out.append(b)
            continue
        starts = [0, *(at for at, _ in b.breaks)]
        lines = [b.text[a:z] for a, z in zip(starts, [*starts[1:], len(b.text)], strict=True)]
        if len(lines) < 2 or not all(_ENUMERATOR.match(line) for line in lines):
            out.append(b)
            continue
        where = [b.location, *(f"line {n}" for _, n in b.breaks)]
        for line, at in zip(lines, where, strict=True):
            text = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", _ENUMERATOR.sub("", line).strip())
            out.append(Block("item", text.rstrip(" ;"), at))
    return out


# The fields of a decision record or an activity's card that name who does what.
_LETTER_FIELDS = re.compile(r"^[*_\s]*(?:responsible|accountable|consulted|informed|approver|"
                            r"driver|contributors?|decider)[*_\s]*:?[*_\s]*$", re.IGNORECASE)
# The same fields as a stage's own small table names them, beside its owner ("Owner |
# Approves | Consulted | Informed"): read so only where such fields are most of the table
# (a page's properties, "Owner | Status | Approver | Tags", name the page's own owner)
_STAGE_FIELDS = re.compile(r"^[*_\s]*(?:owner|approves|approved by|signs? off|signed off by|"
                           r"sign-off|told|kept informed|support)[*_\s]*:?[*_\s]*$",
                           re.IGNORECASE)
# The field a stage's small table names in a verb ("Approves", "Signed off by", "Told"),
# as the letter label it stands for
_FIELD_LABEL = {"approves": "Approver", "approved by": "Approver", "sign off": "Approver",
                "signs off": "Approver", "signed off by": "Approver", "sign-off": "Approver",
                "told": "Informed", "kept informed": "Informed",
                # (the help the owner draws on: consulted, as a "Support" column is)
                "support": "Consulted"}


def _letter_fields(blocks: list[Block]) -> list[Block]:
    """A two-column table of fields and values whose fields include two or more letter
    roles ("| **Driver** | Tom Abara, Supporter Care Manager |", "| Approver | ... |"):
    those rows as "Driver: Tom Abara, Supporter Care Manager" lines, read as letter lines
    of the heading above the table; its other fields ("Status", "Due date") stay rows."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "row" and len(blocks[j].cells) == 2 and \
                (j == i or blocks[j].header in (blocks[i].cells, blocks[i].header)):
            j += 1
        table = blocks[i:j]
        fields = [b for b in table if _LETTER_FIELDS.match(b.cells[0])]
        staged = [b for b in table if _STAGE_FIELDS.match(b.cells[0])]
        if len(fields) + len(staged) >= 3 and (len(fields) + len(staged)) * 3 >= \
                len(table) * 2:
            fields += staged  # "Owner | Sales Executive" over "Approves | Used Car Manager"
        if len(fields) >= 2:
            for b in table:
                if b in fields:
                    key = b.cells[0].strip(" *_:")
                    key = _FIELD_LABEL.get(" ".join(key.lower().split()), key)
                    out.append(Block("para", f"{key}: {b.cells[1].strip()}", b.location))
                else:
                    out.append(b)
            i = j
        else:
            # (the whole run at once: a long table of two columns is looked at once, not
            # again from each of its rows)
            out.extend(blocks[i:max(j, i + 1)])
            i = max(j, i + 1)
    return out


# A legend that says what a table's marks mean: "● = responsible · ○ = consulted",
# "P = primary responsibility, S = supporting, — = none". A mark is one or two characters
# before "="; its meaning runs to the next mark.
# ("**lead** = has the final say": a short word may be a mark too, and emphasis is none
# of it)
_LEGEND_MARK = re.compile(r"(?<![^\s·,;|:(])(?:\*\*|__|`)?"
                          r"(?P<mark>[^\s=*_`]{1,2}|[A-Za-z]{3,6})(?:\*\*|__|`)?\s*=\s*")
# What a legend's words mean as letters, the first that matches ("primary responsibility"
# is the owner who does the work; "supporting" works beside the owner).
_LEGEND_WORDS = (("", re.compile(r"\bnone\b|no involvement|not involved|^n/?a$", re.IGNORECASE)),
                 ("A/R", re.compile(r"\b(?:primary|owner|owns|lead)\b", re.IGNORECASE)),
                 # (RAPID's "Agree" must agree before the decision is made: consulted)
                 ("C", re.compile(r"^\W*agree\b", re.IGNORECASE)),
                 ("A", re.compile(r"\b(?:accountab\w*|approv\w*|"
                                  r"sign\w*(?:[- ]| it | them )off|decides?|"
                                  r"final (?:say|call|decision))\b", re.IGNORECASE)),
                 ("C", re.compile(r"\b(?:consult\w*|input|provides? information|advi[cs]\w*|"
                                  r"asked|check(?:ed)? with|ask)\b", re.IGNORECASE)),
                 ("I", re.compile(r"\b(?:inform\w*|fyi|notif\w*|told|tells?|needs? to know|"
                                  r"lets? (?:\w+ ){1,2}know|"
                                  r"kept (?:up to date|in the loop|posted)|"
                                  r"(?:receives?|gets?|sent) (?:a )?cop(?:y|ies))\b",
                                  re.IGNORECASE)),
                 ("R", re.compile(r"\b(?:responsib\w*|does|performs?|delivers?|support\w*|"
                                  r"secondary|assists?|carr(?:y|ies) out|recommends?|"
                                  r"completes?|"
                                  r"produces?|prepares?|drafts?|designs?)\b",
                                  re.IGNORECASE)),
                 # a check made by someone beside the doer ("R = reviews after the event",
                 # "reviewer") is consulted, when nothing above says more
                 ("C", re.compile(r"\breview\w*", re.IGNORECASE)))
# The word each letter of the RACI scheme stands for: a legend that gives the letter
# this meaning keeps it, one that gives it another ("A = Agree", "I = Input" in RAPID)
# makes the letter stand for what its word means.
_SCHEME_WORDS = {"R": "responsib", "A": "accountab", "C": "consult", "I": "inform"}


def _legend(text: str) -> dict[str, str]:
    """The marks a legend line defines, with the letters each stands for ({} when the text
    defines fewer than two marks or a mark means nothing known)."""
    marks = list(_LEGEND_MARK.finditer(text[:600]))
    if len(marks) < 2:
        return {}
    out: dict[str, str] = {}
    meanings: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        meaning = re.split(r"[·,;|]", re.sub(r"\([^)]*\)", "", text[m.end():end]))[0]
        letters = next((letters for letters, words in _LEGEND_WORDS if words.search(meaning)),
                       None)
        if letters is None or m.group("mark").lower() == "blank":
            continue
        out[m.group("mark")] = letters
        meanings[m.group("mark")] = meaning
    if len(out) < 2:
        return {}
    # a letter of the scheme is read as such ("S = Support" keeps a RASCI table's S,
    # "A = Accountable - owns the outcome" an A), unless the legend gives it another
    # meaning ("A = Agree", "I = Input", "S = signs it off")
    for mark, meaning in meanings.items():
        support = re.match(r"[\s*_]*support\w*\W*(?:or\s+)?", meaning, re.IGNORECASE)
        if mark.upper() == "S" and support is not None:
            # "S = supports / is asked": what else the mark is said to mean
            also = next((letters for letters, words in _LEGEND_WORDS
                         if letters in ("C", "I") and words.search(meaning[support.end():])),
                        None)
            out[mark] = also or out[mark]
            meanings[mark] = meaning if also is None else meaning[support.end():]
    return {mark: letters for mark, letters in out.items()
            if (mark.upper() != "S" or not re.match(r"[\s*_]*support", meanings[mark],
                                                    re.IGNORECASE)) and (
                mark.upper() not in _SCHEME_WORDS or (
                letters != mark.upper() and not meanings[mark].lower().lstrip(" *_").startswith(
                    (_SCHEME_WORDS[mark.upper()], mark.lower() + " ", "approv"))))}


# "Key: ✓ does the item   AP approves it   k must be asked first": a key line
# that sets each mark before its meaning with no "=" between them
KEY_LEAD = re.compile(r"^\W*(?:key|legend)(?:\s+to\s+(?:the\s+)?\w+)?\s*[:–—-]\s*",
                      re.IGNORECASE)


# The first cell of a key's row: "Key:", "Legend"
KEY_CELL = re.compile(r"\W*(?:key|legend)\W*", re.IGNORECASE)


def _spelled_key(text: str, marks: set[str]) -> str:
    """A key line that writes each mark of a table straight before its meaning ("Key: ✓
    does the item AP approves it k must be asked first") as a legend line ("✓ = does the
    item · AP = approves it · k = must be asked first"); "" unless the key opens on one
    of the marks and spells out two or more of them. Each mark counts where it first
    stands as a word of its own, in its own case."""
    lead = KEY_LEAD.match(text)
    if lead is None or "=" in text:
        return ""
    body = text[lead.end():lead.end() + 600]
    found: list[tuple[int, int, str]] = []
    for mark in marks:
        m = re.search(rf"(?<!\S){re.escape(mark)}(?!\S)", body)
        if m:
            found.append((m.start(), m.end(), mark))
    found.sort()
    if len(found) < 2 or found[0][0] != 0:
        return ""
    parts = [f"{mark} = {body[end:found[k + 1][0] if k + 1 < len(found) else len(body)].strip()}"
             for k, (_start, end, mark) in enumerate(found)]
    return " · ".join(parts)


def _legend_table(rows: list[Block]) -> str:
    """A table of marks and what they mean ("| Letter | Stands for | What it means |" over
    "| D | Decide | Makes the final call |") as a legend line ("D = Decide ..."), or "" when
    the table's first cells are not all marks of one or two characters."""
    if len(rows) < 2 or not all(len(b.cells) >= 2 and 0 < len(b.cells[0].strip(" *_")) <= 2
                                for b in rows):
        return ""
    return " · ".join(f"{b.cells[0].strip(' *_')} = {' - '.join(c for c in b.cells[1:] if c)}"
                      for b in rows)


# A legend written a mark to a line, with a dash: "D – designs and produces the
# deliverable", "A - approves it before it is issued"
_DASH_MARK = re.compile(r"^\s*(?P<mark>[^\s=*_`]{1,2})\s+[–—-]\s+(?P<meaning>\S.{2,120})$")


def _dash_legends(blocks: list[Block]) -> list[str]:
    """Each run of two or more lines or items that each give a mark and its meaning after
    a dash, as a legend line ("D = designs and produces ... · A = approves ...")."""
    out: list[str] = []
    run: list[str] = []
    for b in [*blocks, Block("heading", "", "")]:
        m = _DASH_MARK.match(b.text) if b.kind in ("item", "para") else None
        if m:
            run.append(f"{m.group('mark')} = {m.group('meaning')}")
            continue
        if len(run) >= 2:
            out.append(" · ".join(run))
        run = []
    return out


# A legend of marks set before a name ("→ Name means they tell that person when it is
# done; ? Name means they ask that person first; ✔ Name means that person has to sign it
# off"): the mark, a word standing for whoever is named, and what it means
_BADGE_MARK = re.compile(r"(?:^|(?<=[\s(;:,.]))(?P<mark>[^\w\s]{1,2})\s*(?:name|person|role|who|"
                         r"someone|x|team|them)\s+(?:means?|=|:|[–—-]|stands? for|is)\s+"
                         r"(?P<meaning>[^;.·]{3,120})", re.IGNORECASE)


def badge_legend(doc: Document) -> dict[str, str]:
    """The marks a legend of the document sets before names ("→ Name means they tell that
    person ...", two or more of them in one paragraph or item), with the letters each
    gives the one named; {} when there is none."""
    for block in doc.blocks:
        if block.kind not in ("para", "item") or "ame" not in block.text:
            continue
        marks = {m.group("mark"): letters for m in _BADGE_MARK.finditer(block.text[:800])
                 for letters in [next((letters for letters, words in _LEGEND_WORDS
                                       if words.search(m.group("meaning"))), "")] if letters}
        if len(marks) >= 2:
            return marks
    return {}


def split_badges(text: str, marks: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """An item's words without the marked names it ends on ("Order consumables ✔
    Treasurer → Membership Secretary": "Order consumables", with (A, Treasurer) and (I,
    Membership Secretary)); a mark before words that are no name ("Order (two) boxes")
    is the item's own; the text unchanged and [] when it ends on no marked name."""
    pattern = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    named: list[tuple[str, str]] = []
    end = len(text.rstrip())
    for m in reversed(list(re.finditer(rf"\s+({pattern})\s*(?=\w)", text[:end]))):
        name = text[m.end():end].strip(" ,;")
        if len(name.split()) > 6 or not _BADGE_NAME.fullmatch(name):
            break
        named.insert(0, (marks[m.group(1)], name))
        end = m.start()
    return (text[:end].rstrip(), named) if named else (text, [])


# A name a mark sets apart: words in capitals ("Front of House Manager", "Ann Lee"), a
# mark or a stop after it
_BADGE_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&/-]*|of|and|the|for|&|de|"
                         r"van|von|le|la))*(?:\s*[^\w\s])*")


def _legend_cells(blocks: list[Block]) -> list[Block]:
    """Table cells that hold only a mark a legend of the document defines, rewritten as
    the letters it stands for ("●" under "● = responsible" reads as R)."""
    rows = [b for b in blocks if b.kind == "row"]
    if not rows:
        return blocks
    # (each distinct cell split once: a RACI table repeats a few letters in every row)
    in_cells = {m for c in {c for b in rows for c in b.cells[1:]}
                for m in _MARKS_SPLIT.split(c.strip().rstrip("*†"))}
    legends = [b.text for b in blocks if b.kind != "row" and "=" in b.text]
    # a key exported with its table, a row of its own: "Key: | D = does it | OK = signs off"
    legends += [" · ".join(c for c in b.cells[1:] if c.strip()) for b in rows
                if b.cells and KEY_CELL.fullmatch(b.cells[0]) and
                sum("=" in c for c in b.cells[1:]) >= 2]
    legends += _dash_legends(blocks)
    whole = {c.strip() for b in rows for c in b.cells[1:] if 0 < len(c.strip()) <= 3}
    legends += [key for b in blocks if b.kind in ("para", "item") and KEY_LEAD.match(b.text)
                for key in [_spelled_key(b.text, whole)] if key]
    start = 0
    for i, b in enumerate(rows):  # each table, its rows sharing one head
        if i + 1 == len(rows) or rows[i + 1].header != b.header:
            legends.append(_legend_table(rows[start:i + 1]))
            start = i + 1
    marks: dict[str, str] = {}
    for text in legends:
        found = _legend(text) if text else {}
        if any(m in in_cells for m in found):
            marks.update(found)
    ticks = {t: "A/R" for t in TICKS if t in in_cells and t not in marks}
    if not marks and not ticks:
        return blocks
    # a table that holds letters as well as ticks leaves its ticks unread (a tick says
    # someone takes part, not which letter), but reads the letters of a row holding one
    lettered = {b.header for b in rows if any(parse_letters(c) for c in b.cells[1:])}
    out = []
    for b in blocks:
        if b.kind == "row" and b.header:
            # a tick under a role with no legend: that role does the row and owns it
            cells = (b.cells[0], *(_marked(c, marks) or (
                ticks.get(c.strip().rstrip("*†")) if i < len(b.header) and actor_name(
                    b.header[i], acronym=True) and b.header not in lettered else None) or (
                    "" if b.header in lettered and c.strip().rstrip("*†") in ticks else c)
                for i, c in enumerate(b.cells[1:], start=1)))
            if cells != b.cells:
                b = replace(b, cells=cells)
        out.append(b)
    return out


# "Key: PK = Premises Keeper, SP = Site Porter": a key written in one paragraph or line,
# perhaps under a label of its own, each code in capitals before "=" (or a colon, or a
# dash between spaces) and what it stands for
_INLINE_KEY_LABEL = re.compile(r"^\W*(?:(?:key|legend|codes?|abbreviations?|initials|roles|"
                               r"who['’]s\s+who)\b[^:=\n]{0,30}:|(?:key|legend)\b\s*[–—-]?)\s*",
                               re.IGNORECASE)
_INLINE_KEY_CODE = re.compile(r"(?:^|(?<=[\s,;·|]))(?P<code>[A-Z][A-Za-z0-9]{1,5})"
                              r"(?:\s*[=:]|\s+[-–—])\s+(?=[A-Z])")
_KEY_SIGN = re.compile(r"[=:]|\s[-–—]\s")
# "Janet Smith (Chair)": a person and the post they hold, in brackets
_PERSON_POST = re.compile(r"(?P<person>[^()]+?)\s*\((?P<post>[^()]+)\)")
# "Sam Patel", "Dr Ana Ruiz": a person's name, two or three capitalised words
_PERSON_NAME = re.compile(r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


def inline_key(text: str, alone: bool = False) -> list[tuple[str, str, bool]]:
    """The entries of a key written in one paragraph or line ("Key: PK = Premises Keeper,
    JS = Janet Smith (Chair); SP = Sam Patel"): (code, the role it stands for, whether the
    entry names a person whose post that is). A person with a post in brackets stands for
    the post; a person without one, after "=", for themselves, as a role of the draft
    ("CEO: Ann Lee" is who holds the post, no key). Two entries or
    more, or one under a label ("Key:") or ``alone`` (a line of a key written a line each);
    the whole text must be the key, and an entry whose meaning names no party (a
    lower-case meaning, "R = does the work") makes it none."""
    if len(text) > 600 or not _KEY_SIGN.search(text):
        return []
    label = _INLINE_KEY_LABEL.match(text)
    body = text[label.end():] if label else text
    codes = list(_INLINE_KEY_CODE.finditer(body))
    if not codes or body[:codes[0].start()].strip() or \
            len(codes) < (1 if label or alone else 2):
        return []
    entries = []
    for m, after in zip(codes, [*codes[1:], None], strict=True):
        code = m.group("code")
        if sum(c.isupper() for c in code) < 2:
            return []
        meaning = body[m.end():after.start() if after else len(body)]
        meaning = re.sub(r"(?:[\s,;·|.]|\band\b)+$", "", meaning).strip()
        held = _PERSON_POST.fullmatch(meaning)
        post = actor_name(held.group("post"), acronym=True) if held else None
        if held and post and _PERSON_NAME.fullmatch(held.group("person")) and \
                actor_name(held.group("person"), acronym=True) is None:
            entries.append((code, post, True))
        elif (name := actor_name(meaning, acronym=True)) is not None:
            entries.append((code, name, False))
        elif _PERSON_NAME.fullmatch(meaning) and "=" in m.group():
            # "SP = Sam Patel": the person, a party (but "CEO: Ann Lee" names who holds
            # the post: no key)
            entries.append((code, meaning, True))
        else:
            return []
    return entries


def key_blocks(blocks: list[Block]) -> dict[int, list[tuple[str, str, bool]]]:
    """The blocks that are a key of codes, by index, with their entries (see
    :func:`inline_key`): a paragraph or line holding the key, or one of two or more
    items or lines in a row that each spell out one code ("- PK = Premises Keeper" over
    "- JS = Janet Smith (Chair)")."""
    found: dict[int, list[tuple[str, str, bool]]] = {}
    single: dict[int, list[tuple[str, str, bool]]] = {}
    for i, b in enumerate(blocks):
        if b.kind not in ("para", "item", "heading") or not _KEY_SIGN.search(b.text[:600]):
            continue
        entries = inline_key(b.text)
        if entries:
            found[i] = entries
        elif b.kind != "heading" and (entries := inline_key(b.text, alone=True)):
            single[i] = entries
    found.update({i: e for i, e in single.items() if i - 1 in single or i + 1 in single})
    return found



# "Support = works with the lead.", "Keep informed: gets the update": a key line that says
# what a table's column means, the column's head (as the table writes it) at the start of
# the text or of a sentence or part of it, then "=" or a colon and its meaning
_HEAD_MEANING = re.compile(r"(?:^|(?<=[.;·|]\s)|(?<=\n))\s*(?P<head>[A-Za-z][\w /&'’-]{0,30}?)"
                           r"\s*[=:]\s+(?P<meaning>[^.;·|\n]{2,160})")
# What a column's meaning gives its names: working beside the doer is consulted ("works
# with the lead", "helps the owner"), before the owner words of a legend of marks
_WORKS_WITH = re.compile(r"^\W*(?:works?|working)\s+(?:with|alongside|beside)\b|^\W*helps?\b",
                         re.IGNORECASE)
# The head each letter is written under once a key has said what a column means
_LETTER_HEAD = {"R": "Responsible", "A": "Accountable", "C": "Consulted", "I": "Informed",
                "A/R": "Owner"}


def _head_letters(meaning: str) -> str | None:
    """The letters a key's meaning gives a column ("does the work": R, "approves before
    it is marked done": A, "works with the lead": C, "gets the update": I), or None."""
    if not meaning.lstrip(" *_")[:1].islower():
        return None  # ("CL = Cutover Lead": a code spelled out, no column's meaning)
    if _WORKS_WITH.match(meaning):
        return "C"
    if re.search(r"\b(?:gets?|receives?)\s+(?:the\s+|an?\s+)?(?:updates?|news|minutes)\b",
                 meaning, re.IGNORECASE):
        return "I"
    meaning = re.sub(r"\([^)]*\)", "", meaning)  # ("(blank: the lead closes it)" aside)
    letters = next((letters for letters, words in _LEGEND_WORDS if words.search(meaning)), None)
    return letters or None


def _legend_heads(blocks: list[Block]) -> list[Block]:
    """A table whose columns a key beside it explains ("Lead = does the work ... Support
    = works with the lead. Sign-off = approves before the task is marked Done. Keep
    informed = gets the update"), two of its heads or more in one block, read with each
    explained head as the letter its meaning gives ("Support" as "Consulted"), so the key,
    not the head's everyday sense, says how the names under it take part."""
    meanings: list[dict[str, str]] = []
    for b in blocks:
        if len(meanings) >= 20:
            break  # (a document keeps a key or two: a bound, so each table asks a few)
        if b.kind != "row" and ("=" in b.text[:2000] or b.text[:2000].count(":") >= 2):
            found = {m.group("head").strip().casefold(): m.group("meaning")
                     for m in _HEAD_MEANING.finditer(b.text[:2000])}
            if len(found) >= 2:
                meanings.append(found)
    if not meanings:
        return blocks
    heads: dict[tuple[str, ...], tuple[str, ...]] = {}
    for b in blocks:
        if b.kind != "row" or not b.header or b.header in heads:
            continue
        new = b.header
        for found in meanings:
            explained = {c: found[h.strip().casefold()] for c, h in enumerate(b.header)
                         if h.strip().casefold() in found}
            if len(explained) < 2:
                continue
            letters = {c: _head_letters(m) for c, m in explained.items()}
            if sum(1 for x in letters.values() if x) < 2:
                continue
            new = tuple(_LETTER_HEAD.get(letters.get(c) or "", h) for c, h in
                        enumerate(b.header))
            break
        heads[b.header] = new
    out = []
    for b in blocks:
        if b.kind == "row" and b.header and heads.get(b.header, b.header) != b.header:
            b = replace(b, header=heads[b.header])
        elif b.kind == "row" and b.cells in heads and heads[b.cells] != b.cells:
            b = replace(b, cells=heads[b.cells])  # (the head row itself)
        out.append(b)
    return out


# The last word of a role that owns what it is named against ("Information Asset Owner",
# "Service Manager", "Data Steward")
_OWNING_WORD = re.compile(r"\b(?:owners?|managers?|stewards?|custodians?|keepers?|leads?|"
                          r"holders?)$", re.IGNORECASE)
_DASH_CELL = re.compile(r"^[\s\-–—/]*$|^n/?a$", re.IGNORECASE)


# "Information Asset Owners (IAOs)": a name and the acronym it is written as
_SPELLED_ACRONYM = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?"
                              r"[A-Z][\w'’-]*){0,5})[ \t]*\((?P<code>[A-Z]{2,6})s?\)")


def _owner_of(head: str, spelled: dict[str, str]) -> bool:
    """Whether a table's head names a role that owns the rows' things: an acronym the
    text spells out as such a role ("IAO" beside "Information Asset Owners (IAOs)",
    ``spelled`` holding each acronym's name), or such a role's title of two words or more
    ("Asset Owner")."""
    head = head.strip(" *_")
    if re.fullmatch(r"[A-Z]{2,6}s?", head):
        name = spelled.get(head, spelled.get(head[:-1], "") if head.endswith("s") else "")
    else:
        name = head if len(head.split()) >= 2 else ""
    return bool(name) and bool(_OWNING_WORD.search(name)) and \
        actor_name(name, acronym=True) is not None


def _role_headed_columns(blocks: list[Block]) -> list[Block]:
    """A register's column headed by the role that owns each row's thing ("Record series |
    IAO | Retention | Consult", the text spelling out "Information Asset Owners (IAOs)")
    whose cells name who holds that role for the row ("Head of Finance"): read as an
    owner column ("Owner (IAO)"), so each row's thing is its named holder's. Every cell
    of the column (two or more; a dash is none) must name a title, no letters."""
    tables: dict[tuple[str, ...], list[Block]] = {}
    for b in blocks:
        if b.kind == "row" and b.header:
            tables.setdefault(b.header, []).append(b)
    heads: dict[tuple[str, ...], tuple[str, ...]] = {}
    spelled: dict[str, str] | None = None  # each acronym the text spells out, read once
    for header, rows in tables.items():
        heads[header] = header
        if len(header) < 3:
            continue
        if spelled is None:
            text = "\n".join(x.text for x in blocks if x.kind != "row")[:200_000]
            spelled = {}
            for m in _SPELLED_ACRONYM.finditer(text):
                spelled.setdefault(m.group("code"), m.group("name"))
        for c, head in enumerate(header):
            if not c or len(head.split()) > 4:
                continue
            cells = [x.cells[c].strip() for x in rows if c < len(x.cells)
                     and not _DASH_CELL.match(x.cells[c])]
            if len(cells) < 2 or any(len(cell.split()) > 6 or parse_letters(cell) or
                                     actor_name(cell, acronym=True) is None
                                     for cell in cells) or not _owner_of(head, spelled):
                continue
            heads[header] = tuple(f"Owner ({h})" if k == c else h for k, h in enumerate(header))
            break
    if all(new == old for old, new in heads.items()):
        return blocks
    out = []
    for b in blocks:
        if b.kind == "row" and b.header and heads.get(b.header, b.header) != b.header:
            b = replace(b, header=heads[b.header])
        elif b.kind == "row" and b.cells in heads and heads[b.cells] != b.cells:
            b = replace(b, cells=heads[b.cells])
        out.append(b)
    return out


# Tick marks: in a table of roles with no legend, the role ticked does the row
TICKS = ("✓", "✔", "☑", "✅", "✔️")


_MARKS_SPLIT = re.compile(r"\s*[,/+&]\s*|\s+")


def _marked(cell: str, marks: dict[str, str]) -> str:
    """The letters a cell of marks stands for ("D, P" under "D = Decide, P = Perform" is
    A/R), or "" when a mark of the cell is neither defined nor a letter of the scheme."""
    found = [m for m in _MARKS_SPLIT.split(cell.strip()) if m]
    if not found or not any(m in marks for m in found) or not all(
            m in marks or m in ("R", "A", "C", "I", "S") for m in found):
        return ""
    letters = {x for m in found for x in marks.get(m, m).split("/")}
    return "/".join(x for x in ("A", "R", "S", "C", "I") if x in letters)


# "[ ] Full regression pass on the consoles [QA] — DK": a task with its owners in
# brackets at the end (and initials after a dash when it is done)
BRACKETED_OWNER = re.compile(
    r"^\s*(?:\[[\sxX✓]?\]\s*)?(?P<task>\S.*?\S)\s*\[(?P<who>[A-Z][\w&.' -]{0,40}"
    r"(?:\s*[/,&+]\s*[A-Z][\w&.' -]{0,40})*)\]\s*(?:[—–-]+\s*[\w. ]{1,20})?\s*$")


# "Update the risk register (Owner: PMO Lead)", "Publish the deck — owner: Director"
LABELLED_OWNER = re.compile(
    r"^\s*(?:\[[\sxX✓]?\]\s*)?(?P<task>\S.*?\S)\s*(?:\(\s*|[—–-]\s+|;\s*|"
    # ("Brief the sales team. Owner: Sales Director. Reviewer: ...": a label after a stop)
    r"\.\s+(?=(?i:owner|owned by|dri)\s*:))"
    # (the label in any case, the one it names with a capital: "- responsible for
    # architecture decisions" names no one)
    r"(?i:owner|owned by|lead|responsible|who|dri)\s*[:=]?\s+(?P<who>[A-Z][\w&.' /-]{1,60}?)"
    r"\s*(?:[,;][^)]*|\.\s+[A-Z][\w ]{1,20}:[^)]*)?\)?\s*\.?\s*$")


# "T-240  Walk the ground and complete the checklist (SO)", "FT-10 Open the exit gates (CS,
# SO)": a line of a countdown or checklist with its owners' codes or titles in round
# brackets at the end (and perhaps a time label before it)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A word of a date or a time, no owner's name
_WHEN_WORD = re.compile(r"\b(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Today|Tomorrow|Week|Weekend|Morning|"
                        r"Afternoon|Evening|Noon|Midday|Midnight)\b", re.IGNORECASE)
# An action's due date after its owner: "16 June", "June 16", "16/06", "2028-06-16", "Fri
# 16 June", "by 30 June"
_DUE_DATE = (rf"(?:by\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?"
             rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|"
             rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
             rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)")
ROUND_OWNER = re.compile(
    r"^\s*(?:(?:[A-Z]{1,3}[+-]\d{1,4}|[A-Z]{1,3}|\d{1,2}[:.]\d{2})\s+(?=[A-Z]))?"
    r"(?P<task>[A-Z][^()]*?\S)\s*\((?P<who>[A-Z][\w&.' -]{0,30}(?:\s*[/,&+]\s*[A-Z][\w&.' -]{0,30})"
    rf"{{0,3}}?)(?:\s*,\s*(?P<due>{_DUE_DATE}))?\)"
    # (a remark after the owners: "Recruit the stewards (AL) - check with JS first")
    r"(?:\s*[-–—,;]\s+(?P<remark>[a-z][^()]{2,80}?))?\s*\.?\s*$")


# the small words a code skips when it spells out a term ("Animal Care and Welfare
# Officer": ACWO)
_CODE_SKIPS = frozenset({"and", "of", "for", "the", "in", "on", "to", "at"})


def _spelled_out(words: list[str], code: str) -> bool:
    """Whether ``code`` is the initials of the last of ``words``, small words skipped or
    not ("Person Responsible for Compliance": PRC or PRFC; "kick-off": KO)."""
    k = len(code)
    for word in reversed(words):
        if k and word[0].upper() == code[k - 1]:
            k -= 1
        elif not k or word.lower() not in _CODE_SKIPS:
            break
    return k == 0


def _round_owner(block: Block) -> re.Match[str] | None:
    """A countdown or checklist line with its owners in round brackets at its end, when
    every part in the brackets is a code or a role ("(CRO, SO)", "(Supervisors)")."""
    if block.kind not in ("item", "para", "heading") or ")" not in block.text or \
            not block.text.rstrip(" .").endswith(")") and " (" not in block.text:
        return None
    m = ROUND_OWNER.match(block.text)
    if m is None or len(m.group("task").split()) < 2 or ". " in m.group("task"):
        return None  # (two sentences are no checklist line)
    words = re.findall(r"[A-Za-z]+", m.group("task"))
    code = m.group("who")
    if re.fullmatch(r"[A-Z]{2,6}", code) and _spelled_out(words, code):
        return None  # "relative to kick-off (KO)": a term and its code
    if actor_name(m.group("task"), acronym=True) is not None and not (
            re.fullmatch(r"[A-Z]{2,6}", code) and m.group("task")[:1].isupper() and
            "VERB" in word_classes(words[0].lower()) and
            verb_lemma(words[0].lower()) == words[0].lower()):
        # "Named Welfare Officer (NWO)", "Project licence holders (PL holders)": a role
        # and its short name, as a list of roles titles each entry (but "Recruit stall
        # volunteers (AL)" opens with an order: its owner's code)
        return None
    parts = [p.strip() for p in re.split(r"\s*[/,&+]\s*", m.group("who"))]
    if len(parts) > 1 and not m.group("due"):
        # "(PK, SP to check the key)": after the owners, another's code and their part
        parts = [p for p in parts if not _CODE_TO_DO.match(p)] or parts
    # ("Send the rota to every school (Bethan, 16 June)": an owner before a due date may
    # be a first name or a team, a name in capitals of up to three words, no day, month
    # or number: "Site visit (Tuesday, 3 June)", "(Room 4, 16 June)" name when and where)
    ok = all(re.fullmatch(r"[A-Z]{2,6}", p) or actor_name(p, acronym=True) or
             m.group("due") and len(p.split()) <= 3 and
             all(w[:1].isupper() for w in p.split()) and not re.search(r"\d", p) and
             not _WHEN_WORD.search(p)
             for p in parts)
    return m if ok else None


# A numbered line that is only a label: "(1) Expedition Leader (Mr Harrowby).", "b. Tasks.",
# "(3) Assessor (Ms R. Lindqvist, accredited assessor)." (a name, an aside in brackets)
_LABEL_LINE = re.compile(r"^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+"
                         r"(?P<title>[A-Za-z][^.:;()]{1,60}?)"
                         r"\s*(?:\([^()]{1,160}\))?\s*[.:]?\s*$")


# "Q: Who pays the caterer? A: The Treasurer.": a question and its answer in one line or
# two ("Q:" over "A:")
_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*[:.)]\s*(?P<q>[^?]{3,160}\?)"
                            r"(?:\s*(?:A|Answer)\s*[:.)]\s*(?P<a>\S.*))?$")
_ANSWER_LINE = re.compile(r"^\s*(?:A|Answer)\s*[:.)]\s*(?=\S)")


def _question_answer_lines(blocks: list[Block]) -> list[Block]:
    """An FAQ written "Q: ... A: ..." as a question heading over its answer, so the answer
    is read as an FAQ heading's is ("Q: Who pays the caterer? A: The Treasurer." -> the
    Treasurer pays the caterer). Each question is one level below the last heading."""
    if not any(b.kind == "para" and b.text.lstrip()[:1] in "Qq" and _QUESTION_LINE.match(b.text)
               for b in blocks):
        return blocks
    out: list[Block] = []
    level = 1
    for block in blocks:
        if block.kind == "heading":
            level = block.level
        m = _QUESTION_LINE.match(block.text) if block.kind == "para" else None
        answer = _ANSWER_LINE.match(block.text) if block.kind == "para" else None
        if m is not None:
            out.append(replace(block, kind="heading", text=m.group("q"),
                               level=min(level + 1, 9), breaks=()))
            if m.group("a"):
                out.append(replace(block, text=m.group("a"), breaks=()))
        elif answer is not None and out and out[-1].kind == "heading":
            out.append(replace(block, text=block.text[answer.end():], breaks=()))
        else:
            out.append(block)
    return out


def _label_line_headings(blocks: list[Block]) -> list[Block]:
    """An operation order's or a plan's numbered label lines as headings: "(1) Expedition
    Leader (Mr Harrowby)." over the items of that role's tasks heads them, as a heading
    would; once one such role line is read, a label line that names no role ("c.
    Coordinating instructions.") is a heading too, so the role's tasks end there. Each
    is one level below the last heading written as one."""
    # (a label line is short; its spaces are made single first, so that the pattern's
    # runs of spaces meet no long run of them and take time in proportion to the line)
    labels = [_LABEL_LINE.match(" ".join(b.text.split()))
              if b.kind == "para" and len(b.text) <= 400 else None for b in blocks]
    roles = [m is not None and i + 1 < len(blocks) and blocks[i + 1].kind == "item" and
             actor_name(m.group("title"), acronym=True) is not None
             for i, m in enumerate(labels)]
    if not any(roles):
        return blocks
    out: list[Block] = []
    level = 1
    for block, label, role in zip(blocks, labels, roles, strict=True):
        if block.kind == "heading":
            level = block.level
        elif label is not None and (role or len(label.group("title").split()) <= 4):
            block = replace(block, kind="heading", text=label.group("title").strip(),
                            level=min(level + 1, 9), breaks=())
        out.append(block)
    return out


# "SP to check the key" in an owner's brackets: another party's code and their part
_CODE_TO_DO = re.compile(r"^(?P<code>[A-Z]{2,6})\s+to\s+(?P<what>[a-z][^()]{2,80}?)\s*$")


def _key_codes(blocks: list[Block], keys: dict[int, list[tuple[str, str, bool]]]
               ) -> set[str]:
    """The codes a key of the document spells out: one written in a paragraph or a line
    (``keys``, "Key: PK = Premises Keeper, SP = Site Porter"), or a key's lines read as a
    table ("PK - Premises Keeper" over "SP - Site Porter")."""
    codes = {code for entries in keys.values() for code, _n, _p in entries}
    for b in blocks:
        if b.kind == "row" and b.header == KEY_HEADER and b.cells != b.header and b.cells:
            codes.add(b.cells[0].strip())
    return codes


def _owner_codes(m: re.Match[str]) -> list[str]:
    """Each party a line's owner brackets name, as written ("PK", "SP" of "(PK, SP to
    check the key)")."""
    parts = [p.strip() for p in re.split(r"\s*[/,&+]\s*", m.group("who"))]
    return [d.group("code") if (d := _CODE_TO_DO.match(p)) else p for p in parts]


# Words in capitals in brackets after a task that say how it stands, no one's code
_STATUS_CODES = frozenset({"TBC", "TBA", "TBD", "ASAP", "NEW", "DONE", "URGENT", "WIP", "FYI",
                           "NB", "OK", "NA", "ALL", "ANY", "OPEN", "HOLD", "LATE", "TODO",
                           "AM", "PM", "UK", "EU", "US"})


def _coded_order(block: Block, m: re.Match[str]) -> bool:
    """Whether a list item is an order followed by its owners' codes in brackets ("Fix
    the gate (SP)", "Book the hall (PK, SP to check the key)"): the task opens with a verb
    in its plain form, every party in the brackets is a code in capitals, no word of how
    the task stands ("(TBC)"), and no code is the initials of words in the task ("Book
    the Site Visit (SV)" names the visit) or one of its words ("Send the DBS form
    (DBS)")."""
    words = m.group("task").split()
    first = words[0].lower() if words else ""
    if block.kind != "item" or "VERB" not in word_classes(first) or \
            verb_lemma(first) != first:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", m.group("task"))).upper()
    task_words = set(re.findall(r"\w+", m.group("task")))
    return all(re.fullmatch(r"[A-Z]{2,6}", c) and c not in _STATUS_CODES and
               c not in initials and c not in task_words for c in _owner_codes(m))


def _owner_rows(block: Block, m: re.Match[str]) -> list[Block]:
    """The rows of a line naming its owners in round brackets: the task and its owners,
    and for each party written with their own part after the owners ("Book the hall (PK,
    SP to check the key)"), that part and its doer ("Check the key | SP")."""
    header = ("Task", "Owner")
    parts = [p.strip() for p in re.split(r"\s*[/,&+]\s*", m.group("who"))]
    doing = [d for p in parts[1:] if (d := _CODE_TO_DO.match(p))] \
        if len(parts) > 1 and not m.group("due") else []
    if not doing:
        task = _task_cell(m)
        return [replace(block, kind="row", text=f"{task} | {m.group('who')}",
                        cells=(task, m.group("who")), header=header)]
    owners = ", ".join(p for p in parts if not _CODE_TO_DO.match(p))
    task = _task_cell(m)
    rows = [replace(block, kind="row", text=f"{task} | {owners}", cells=(task, owners),
                    header=header)]
    for d in doing:
        what = d.group("what")
        what = what[:1].upper() + what[1:]
        rows.append(replace(block, kind="row", text=f"{what} | {d.group('code')}",
                            cells=(what, d.group("code")), header=header))
    return rows


def _bracketed_owners(blocks: list[Block]) -> list[Block]:
    """List items that name their owners at the end, as rows of a "Task | Owner" table:
    in brackets, when two or more items of the document do so ("[QA]"; in round brackets
    three or more lines, "T-240  Walk the ground (SO)", or any line whose every code a key
    of the document spells out, "Fix the gate (SP)" under "Key: SP = Site Porter"), or
    after an owner label ("(Owner: PMO Lead)", "— owner: Product Director")."""
    found = [BRACKETED_OWNER.match(b.text) if b.kind == "item" and "]" in b.text else None
             for b in blocks]
    if sum(1 for m in found if m) < 2:
        found = [None] * len(blocks)
    keys = key_blocks(blocks)  # ("JS = Janet Smith (Chair)": a key's line, no task)
    round_found = [_round_owner(b) if m is None and i not in keys else None
                   for i, (b, m) in enumerate(zip(blocks, found, strict=True))]
    if sum(1 for m in round_found if m) < 3:
        keyed = _key_codes(blocks, keys) if any(round_found) else set()
        round_found = [r if r is not None and (keyed and set(_owner_codes(r)) <= keyed or
                                               _coded_order(b, r)) else None
                       for b, r in zip(blocks, round_found, strict=True)]
    rounded = {i for i, r in enumerate(round_found) if r is not None and found[i] is None}
    found = [m or r for m, r in zip(found, round_found, strict=True)]
    found = [m or (LABELLED_OWNER.match(b.text) if b.kind == "item" else None)
             for b, m in zip(blocks, found, strict=True)]
    # (a line read as a heading for its shortness is a row of the table too)
    header = ("Task", "Owner")
    out: list[Block] = []
    for i, (b, m) in enumerate(zip(blocks, found, strict=True)):
        if m is None:
            out.append(b)
        elif i in rounded:
            out += _owner_rows(b, m)
        else:
            out.append(replace(b, kind="row", text=f"{_task_cell(m)} | {m.group('who')}",
                               cells=(_task_cell(m), m.group("who")), header=header))
    return out


def _task_cell(m: re.Match[str]) -> str:
    """The task of a line naming its owners, with a remark written after them ("... (AL) -
    check with JS first") in brackets after it, as a table's task cell holds an aside."""
    remark = m.groupdict().get("remark")
    return f"{m.group('task')} ({remark})" if remark else m.group("task")


NUMBER_HEAD = re.compile(r"^\s*(?:#|no\.?|nr\.?|n°|num(?:ber)?|id|ref\.?|item|step|seq\.?|)\s*$",
                         re.IGNORECASE)
ROW_NUMBER = re.compile(r"^\s*(?:[A-Za-z]{0,3}[-.]?)?\d{1,3}(?:\.\d{1,3})*[.)]?\s*$")


def _band_row(cells: tuple[str, ...]) -> bool:
    """A row that only titles the rows below it, across the table: its first cell alone
    filled ("Returns | | | ..."), or one cell spanning them all, its words in each."""
    first = cells[0].strip() if cells else ""
    return bool(first) and not ROW_NUMBER.match(first) and len(cells) >= 3 and (
        not any(c.strip() for c in cells[1:]) or all(c.strip() == first for c in cells))


def _each_table(blocks: list[Block],
                rewrite: Callable[[Block, list[Block]], list[Block] | None],
                min_cells: int = 3) -> list[Block]:
    """``blocks`` with each table (a head row of ``min_cells`` cells or more and the rows
    under it) replaced by what ``rewrite`` makes of its head and body rows, or kept as it
    is when ``rewrite`` gives None (a table without body rows is never asked)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        head = blocks[i]
        j = i + 1
        if head.kind == "row" and not head.header and len(head.cells) >= min_cells:
            while j < len(blocks) and blocks[j].kind == "row" and blocks[j].header == head.cells:
                j += 1
        made = rewrite(head, blocks[i + 1:j]) if j > i + 1 else None
        out += blocks[i:j] if made is None else made
        i = j
    return out


# A cell that repeats the one above it: "as above", "same as above", "ditto", "do.", a
# ditto mark
DITTO_CELL = re.compile(r"^\s*(?:(?:the\s+)?same\s+as\s+above|as\s+above|ditto|do\.|"
                        r"[\"\u201c\u201d\u3003]|''|\u2033)\s*$", re.IGNORECASE)


# The head of a register's column of owners: "Risk owner", "Action owner", "Owner",
# "Action by"
_OWNERS_HEAD = re.compile(r"^\s*(?:(?P<thing>[A-Za-z]+)\s+)?owner\s*$|^\s*action(?:ed)?\s+by\s*$",
                          re.IGNORECASE)


# The head of a column of remarks on a row, no thing an owner answers for
_REMARKS_HEAD = re.compile(r"^\s*(?:notes?|comments?|remarks?|status|updates?|progress|"
                           r"history|latest|log)\s*$", re.IGNORECASE)


def _owner_pairs(blocks: list[Block]) -> list[Block]:
    """A register with two or more columns of owners, each of the thing in a column
    before it ("Risk | Likelihood | Risk owner | Mitigation | Action owner"): a table of
    its own for each, the thing and its owner ("Risk | Owner", "Mitigation | Owner"), so
    that each owner answers for the thing their column is beside."""
    return _each_table(blocks, _owner_paired, min_cells=4)


# Words before "owner" that say which person owns, not which thing ("Previous owner",
# "Deputy owner", "Secondary owner"): such columns are two owners of the one thing
_WHICH_OWNER = frozenset({"previous", "former", "old", "new", "original", "current",
                          "deputy", "backup", "alternate", "acting", "interim", "joint", "co",
                          "primary", "secondary", "second", "other", "named", "lead"})


def _owner_paired(head: Block, body: list[Block]) -> list[Block] | None:
    owners = [i for i, h in enumerate(head.cells) if i and _OWNERS_HEAD.match(h)]
    if len(owners) < 2 or any(
            (m := _OWNERS_HEAD.match(head.cells[o])) and
            (m.group("thing") or "").lower() in _WHICH_OWNER for o in owners):
        return None
    pairs: list[tuple[int, int]] = []
    start = 0
    for o in owners:
        if o == start:
            return None
        m = _OWNERS_HEAD.match(head.cells[o])
        thing = (m.group("thing") or "").lower() if m else ""
        span = [c for c in range(start, o)
                if head.cells[c].strip().lower() == thing] or \
            [c for c in range(start, o) if not _REMARKS_HEAD.match(head.cells[c])]
        if not span:  # ("Risk owner | Notes | Action owner": no action to own)
            start = o + 1
            continue

        def length(c: int) -> float:
            return sum(len(b.cells[c]) for b in body if c < len(b.cells)) / max(1, len(body))
        pick = max(span, key=length)
        if length(pick) < 12:  # ("ID", "High", "30/06": no thing owned)
            return None
        pairs.append((pick, o))
        start = o + 1
    if not pairs:
        return None
    out: list[Block] = []
    for thing, owner in pairs:
        cells = (head.cells[thing], "Owner")
        top = replace(head, cells=cells, text=" | ".join(cells))
        out.append(top)
        for b in body:
            if owner >= len(b.cells):
                continue
            row = (b.cells[thing], b.cells[owner])
            out.append(replace(b, cells=row, header=cells, text=" | ".join(row)))
    return out


def _ditto_cells(blocks: list[Block]) -> list[Block]:
    """Tables whose cells say "as above" or "ditto" (a sign-off column writing "as above"
    under "Surveying Team Leader"): each such cell holds what the cell above it holds, as
    a reader carries it down."""
    return _each_table(blocks, _ditto_filled, min_cells=2)


def _ditto_filled(head: Block, body: list[Block]) -> list[Block] | None:
    if not any(DITTO_CELL.match(c) for b in body for c in b.cells[1:]):
        return None
    out = [head]
    above: tuple[str, ...] = ()
    for b in body:
        cells = tuple(above[c] if c and c < len(above) and DITTO_CELL.match(cell) else cell
                      for c, cell in enumerate(b.cells))
        out.append(b if cells == b.cells else
                   replace(b, text=" | ".join(cells), cells=cells))
        above = cells
    return out


def _without_number_columns(blocks: list[Block]) -> list[Block]:
    """Tables without a first column that only numbers the rows ("# | Activity | CL |
    ..." over "1 | Freeze the system | A | ..."): the activity is then the first cell,
    as in a table written without numbers."""
    return _each_table(blocks, _without_number_column)


def _without_number_column(head: Block, body: list[Block]) -> list[Block] | None:
    bands = [_band_row(b.cells) for b in body]
    if not NUMBER_HEAD.match(head.cells[0]) or not all(
            band or b.cells and (ROW_NUMBER.match(b.cells[0]) or not b.cells[0].strip())
            for b, band in zip(body, bands, strict=True)) or \
            not any(b.cells[0].strip() and not band for b, band in zip(body, bands, strict=True)):
        return None
    cut = head.cells[1:]
    # (a band across the table, "Receiving" over its rows, keeps its title)
    return [replace(head, text=" | ".join(cut), cells=cut),
            *(replace(b, text=" | ".join(cells), cells=cells, header=cut)
              for b, band in zip(body, bands, strict=True)
              for cells in [(b.cells[0], *b.cells[2:]) if band else b.cells[1:]])]


# Heads of the columns that say when or where in a plan a row stands, before its task
# ("Phase | When | Task | SM | ASM ...")
CONTEXT_HEAD = re.compile(r"^\s*(?:phase|stage|when|date|time|timing|week|day|deadline|due|"
                          r"due date|period|area|category|section|workstream|work ?package|"
                          r"process|group|type|ref\.?|id|no\.?|#)\s*$", re.IGNORECASE)
# Heads of a column that names the work
TASK_HEAD = re.compile(r"^\s*(?:tasks?|activit(?:y|ies)|actions?|steps?|deliverables?|"
                       r"decisions?|what|description|task description|activity description)"
                       r"\s*$", re.IGNORECASE)


def _letters_after(cells: tuple[str, ...]) -> bool:
    """Whether the cells after a row's first hold letters or nothing, one at least (a last
    cell of two words or more is a remark)."""
    values = list(cells[1:-1] if len(cells) > 3 and len(cells[-1].split()) >= 2 else cells[1:])
    letters = [parse_letters(v) for v in values if v.strip()]
    return bool(letters) and all(x is not None for x in letters)


def _task_column_first(blocks: list[Block]) -> list[Block]:
    """RACI tables whose task column follows columns of when or where each row stands
    ("Phase | When | Task | SM | ASM" over "Preparation | W-6 | Confirm the date | A |
    R"): read from the task column on, as a table that opens with its task, its letters
    then right after the task as the table reader expects."""
    return _each_table(blocks, _from_task_column, min_cells=4)


def _from_task_column(head: Block, body: list[Block]) -> list[Block] | None:
    at = next((c for c, h in enumerate(head.cells) if TASK_HEAD.match(h)), 0)
    if len(body) < 2 or not at or not all(CONTEXT_HEAD.match(h) for h in head.cells[:at]) \
            or sum(_letters_after(b.cells[at:]) for b in body) < 2:
        return None
    cut = head.cells[at:]
    # a "Phase" or "Stage" column names each row's phase, written on each row or on the
    # first row of its block only
    column = next((c for c, h in enumerate(head.cells[:at]) if PHASE_HEAD.match(h)), None)
    phases: list[str] = []
    for b in body:
        named = b.cells[column].strip() if column is not None and column < len(b.cells) \
            else ""
        phases.append(named or (phases[-1] if phases else ""))
    return [replace(head, text=" | ".join(cut), cells=cut),
            *(replace(b, text=" | ".join(b.cells[at:]), cells=b.cells[at:], header=cut,
                      phase=phase[:80])
              for b, phase in zip(body, phases, strict=True))]


def _phase_bands(blocks: list[Block]) -> list[Block]:
    """Letter matrices whose rows are grouped under bands ("Planning" alone on its row
    over "Agree the budget | A | C | R"): each row's phase is the band above it, unless a
    column of the table named it already."""
    return _each_table(blocks, _banded)


def _banded(head: Block, body: list[Block]) -> list[Block] | None:
    bands = [_band_row(b.cells) and len(b.cells[0].split()) <= 8 for b in body]
    if not any(bands) or sum(_letters_after(b.cells) for b in body) < 2:
        return None
    out = [head]
    phase = ""
    for b, band in zip(body, bands, strict=True):
        if band:
            phase = b.cells[0].strip()[:80]
        out.append(replace(b, phase=b.phase or phase) if phase and not band else b)
    return out


PHASE_HEAD = re.compile(r"^\s*(?:phases?|stages?)\s*$", re.IGNORECASE)


_HEAD_CODE = re.compile(r"^[A-Z][A-Za-z0-9&/.]{0,5}$")


def _spelled_head_row(blocks: list[Block]) -> list[Block]:
    """Tables whose first row under the head spells out the head's codes ("SM | ASM" over
    "Store Manager | Assistant Store Manager", the other cells empty): the head reads
    "Store Manager (SM)", each name with its code, and the spelling row is no row of
    work."""
    return _each_table(blocks, _spelled_head)


def _spelled_head(head: Block, body: list[Block]) -> list[Block] | None:
    spelled = body[0].cells if len(body) >= 2 else ()
    pairs = [(c, h.strip(), v.strip())
             for c, (h, v) in enumerate(zip(head.cells, spelled, strict=False)) if v.strip()]
    if len(pairs) < 2 or spelled[0].strip() or not all(
            _HEAD_CODE.match(h) and len(v) > len(h) and v[:1].isupper() and
            not any(ch.isdigit() for ch in v) and len(v.split()) <= 6 for _c, h, v in pairs):
        return None
    named = {c: f"{v} ({h})" for c, h, v in pairs}
    cut = tuple(named.get(c, h) for c, h in enumerate(head.cells))
    return [replace(head, text=" | ".join(cut), cells=cut),
            *(replace(b, header=cut) for b in body[1:])]
