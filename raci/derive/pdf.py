"""Read a PDF document for derivation: its text layer, page by page, rebuilt as lines a
reader would write.

pypdf lays each page's text out as it stands on the page (its "layout" mode: words at
their columns, a blank line where the page leaves a gap). From that the reader rebuilds
what the layout lost: lines wrapped by the layout are joined back into paragraphs and
list items (a word hyphenated at a line's end joined whole), bullets and numbers become
list items, a short line alone in capitals or title case is a heading, a table laid out
in three columns or more is cut into rows (two columns are left to the plain-text
readers of keys and columns), and a running header or footer repeated on every page, and
page numbers, are dropped. The rebuilt text goes through the plain-text
reader; each block's location is the page and line it starts on.
"""

from __future__ import annotations

import io
import logging
from bisect import bisect_left
from dataclasses import dataclass, replace
from pathlib import Path

from raci.derive import lazy_re as re
from raci.derive.documents import Block, Document, DocumentError, parse_text

# pypdf tells what it repairs in a damaged file through logging; with no handler set up
# Python would print each warning on stderr, under the command's own output.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_WHAT_TO_DO = "export it again from its editor or paste its text into a .txt file"

# A bullet as PDF writers draw it: the Symbol and Wingdings bullets come out as private
# use characters ("\uf0b7"), Word's second level as "o" in Courier; a bullet's glyph may
# touch its text ("•Shorter"), a dash or an "o" is one only before a gap
_BULLET_MARK = re.compile(r"^(?:[•●▪■◦○►▶➢➤✓✔\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8]\s*|"
                          r"[-–*]\s+|o\s{2,})(?=\S)")
_NUMBER_MARK = re.compile(r"^(?:\d{1,3}[.)]|\(?[a-z][.)]|\((?:[ivx]{1,4})\))\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s+)?#+(?:\s*(?:of|/)\s*#+)?(?:\s*[-–—])?$",
                          re.IGNORECASE)
_COLUMN_GAP = re.compile(r"\S {3,}(?=\S)")
_SENTENCE_END = (".", "!", "?", ":", ";")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
                "with", "from", "&", "-", "–"}
# a hyphen at a line's end that joins two words ("follow-" over "up"), not one word broken
_COMPOUND_FIRST = {"self", "well", "non", "co", "ex", "part", "full", "follow", "sign", "up",
                   "long", "short", "cross", "first", "second", "third", "day", "year",
                   "week", "month", "time", "high", "low", "all", "half", "multi", "end",
                   "one", "two", "three", "hand", "check", "log", "set", "back", "front"}


@dataclass(frozen=True)
class _Line:
    """A line of a page's text as pypdf laid it out."""

    text: str  # with its indent
    page: int
    number: int  # the line's number among the page's lines with text
    gap: bool  # whether the page leaves a blank line's space above it


def _open(path: Path, raw: bytes) -> list[str]:
    """Each page's text in pypdf's layout mode (plain mode for a page layout mode fails
    on); a DocumentError for a damaged, encrypted or image-only file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path}: the PDF is protected by a password; save a copy "
                                f"without the password or paste its text into a .txt file")
        pages = list(reader.pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError,
            RecursionError, NotImplementedError) as exc:
        raise DocumentError(f"{path}: the PDF file is damaged ({_reason(exc)}); "
                            f"{_WHAT_TO_DO}") from exc
    except Exception as exc:  # pypdf's dependency errors (AES without a crypto library)
        raise DocumentError(f"{path}: the PDF cannot be read ({_reason(exc)}); "
                            f"{_WHAT_TO_DO}") from exc
    texts = []
    for page in pages:
        try:
            text = page.extract_text(extraction_mode="layout")
        except Exception:  # a font layout mode cannot place: the page's text in order
            try:
                text = page.extract_text()
            except Exception as exc:
                raise DocumentError(f"{path}: the PDF file is damaged ({_reason(exc)}); "
                                    f"{_WHAT_TO_DO}") from exc
        texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not any(t.strip() for t in texts):
        raise DocumentError(f"{path}: the PDF has no text layer (a scan?); export it with "
                            f"text or paste its text into a .txt file")
    return texts


def _columns_of_text(text: str) -> str:
    """A page set in two columns of running text, read column by column: the left
    column's lines, then the right one's, band by band between the lines that run across
    both (a title over the columns). A gutter is a position at which six or more lines,
    and a third of the page's lines, start their right-hand text after three spaces or
    more (or alone, after the left column's blank width), with three or more lines of
    running text filling each column to more than half its width (a table's column of
    short labels or names does not) and few lines parted into columns again on either
    side (a table of three columns or more is); any other page is returned as it is."""
    rows = text.split("\n")
    filled = [r for r in rows if r.strip()]
    if len(filled) < 10:
        return text
    starts: dict[int, int] = {}
    for row in filled:
        # (a line of the right-hand column alone starts after the left's blank width)
        alone = len(row) - len(row.lstrip())
        for at in [m.end() for m in _GUTTER.finditer(row)] + ([alone] if alone >= 30 else []):
            starts[at] = starts.get(at, 0) + 1
    if not starts:
        return text
    # (the column's own indents, a list item's wrapped line, start a little further in)
    gutter, count = max(((at, sum(starts.get(k, 0) for k in range(at, at + 5)))
                         for at in starts), key=lambda kv: (kv[1], -kv[0]))
    if count < 6 or count * 3 < len(filled) or gutter < 30:
        return text
    right_width = max(len(r) for r in filled) - gutter

    def side(row: str) -> tuple[str, str] | None:
        """The row's left and right parts, or None when its text runs across the gutter."""
        left = row[:gutter]
        if len(row) > gutter and left.strip() and not left.endswith("  "):
            return None
        return left.rstrip(), row[gutter:].rstrip() if len(row) > gutter else ""

    parts = [side(row) for row in rows]
    for i in range(1, len(rows) - 1):
        above, below = parts[i - 1], parts[i + 1]
        if parts[i] is None and above is not None and below is not None and \
                above[0].strip() and below[0].strip() and (above[1].strip() or
                                                          below[1].strip()):
            # a left line too long for its column, the right one's text pushed on after
            # it with no gap, between lines of both columns: kept in the left column
            parts[i] = (rows[i].rstrip(), "")
    halves = [p for p in parts if p is not None]
    full_left = sum(len(a.strip()) >= gutter * 0.6 for a, _b in halves)
    full_right = sum(len(b.strip()) >= right_width * 0.6 for _a, b in halves)
    gapped = sum(_in_columns(a) or _in_columns(b) for a, b in halves)
    if full_left < 3 or full_right < 3 or gapped * 10 > len(halves):
        return text  # (a table's columns: its cells stand apart within each side too)
    out: list[str] = []
    band: list[tuple[str, str]] = []
    for row, part in zip(rows, [*parts], strict=True):
        if part is not None:
            band.append(part)
            continue
        out += _band(band)
        band = []
        out.append(row)
    out += _band(band)
    return "\n".join(out)


# A character alone at a line's end, after a gap or at the line's start
_LONE_LAST = re.compile(r"(?:^|(?<= ))(?P<c>[A-Za-z'’-])$")


def _lone_letter(row: str) -> int | None:
    """Where a row's last character stands alone after a gap (one letter of a column too
    narrow for its words), or None."""
    m = _LONE_LAST.search(row.rstrip())
    return m.start("c") if m else None


def _letter_runs(rows: list[str]) -> list[tuple[int, int, int]]:
    """The runs of a narrow last column set one letter a line, as (first row, row after
    the last, the column's position): lone letters at one position (within one place),
    a blank row or one between words of a cell, none wider at that position."""
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(rows):
        at = _lone_letter(rows[i])
        if at is None:
            i += 1
            continue
        end, blanks = i + 1, 0
        while end < len(rows) and blanks < 2:
            here = _lone_letter(rows[end])
            if here is not None and abs(here - at) <= 1:
                end, blanks = end + 1, 0
            elif len(rows[end].rstrip()) < at - 1:
                end, blanks = end + 1, blanks + 1
            else:
                break
        while end > i and _lone_letter(rows[end - 1]) is None:
            end -= 1
        out.append((i, end, at))
        i = end
    return out


_GONE = "\x00"


def _letter_columns(text: str) -> str:
    """A table's narrow last column whose words the page wraps one letter a line ("W",
    "h", "o", a gap, "i", "s", ... down a row): each cell's letters joined back into its
    words (a blank line between two runs of letters a space) and set on the first line
    of its row, so "Who is told" heads the column and "Signalman" stands in the row
    beside "Brake test". A cell is the letters nearest one row's text in the other
    columns (a row's cells stand beside its tallest, the wrapped one). A run is read so
    when it holds a word of three letters or more, its letters are mostly in lower case
    and mostly alone on their lines (a RACI matrix's "R" beside each task is no such
    column)."""
    rows = text.split("\n")
    for first, end, at in _letter_runs(rows):
        # (a letter alone elsewhere on a line, "Use exit B" in the first column, is no
        # letter of the narrow one)
        spots = [k for k in range(first, end)
                 if (here := _lone_letter(rows[k])) is not None and abs(here - at) <= 1]
        letters = [rows[k].rstrip()[-1] for k in spots]
        lone = sum(not rows[k].rstrip()[:-1].strip() for k in spots)
        segments: list[list[int]] = []
        for k in spots:
            if segments and segments[-1][-1] == k - 1:
                segments[-1].append(k)
            else:
                segments.append([k])
        if len(spots) < 4 or max(len(s) for s in segments) < 3 or lone * 2 < len(spots) \
                or sum(c.islower() for c in letters) * 2 < len(letters):
            continue
        spotted = set(spots)  # (looked up for each row of the run)
        left = {k: (rows[k].rstrip()[:-1] if k in spotted else rows[k]).rstrip()
                for k in range(first, end)}
        blocks: list[list[int]] = []
        for k in range(first, end):
            if left[k].strip():
                if blocks and blocks[-1][-1] == k - 1:
                    blocks[-1].append(k)
                else:
                    blocks.append([k])
        cells: dict[int, list[str]] = {}
        ends = [block[-1] for block in blocks]
        for seg in segments:
            word = "".join(rows[k].rstrip()[-1] for k in seg)
            if not blocks:
                home = segments[0][0]
            else:
                def distance(block: list[int], seg: list[int] = seg) -> int:
                    return max(block[0] - seg[-1], seg[0] - block[-1], 0)
                # the nearest block (the earlier of two as near) is the last one ending
                # before the segment or the next one: the blocks are in order and apart
                at_or_after = bisect_left(ends, seg[0])
                home = min(blocks[max(at_or_after - 1, 0):at_or_after + 1], key=distance)[0]
            cells.setdefault(home, []).append(word)
        for home, words in cells.items():
            before = left[home]
            pad = at if len(before) <= at - 3 else len(before) + 3
            left[home] = before.ljust(pad) + " ".join(words)
        for k in range(first, end):
            # (a line that held a letter alone is dropped, as the page's gaps are kept)
            rows[k] = left[k] if left[k].strip() or k not in spotted else _GONE
    return "\n".join(row for row in rows if row is not _GONE)


# Where a page's right-hand column starts: after three spaces or more
_GUTTER = re.compile(r"\S {3,}(?=\S)")


def _band(band: list[tuple[str, str]]) -> list[str]:
    """A band of a two-column page: its left column's lines, a blank line, its right's
    (a row blank on one side is a gap in that column)."""
    left = [a for a, _b in band]
    right = [b for _a, b in band]
    while left and not left[-1].strip():
        left.pop()
    while right and not right[0].strip():
        right.pop(0)
    return [*left, "", *right] if right else left


def _reason(exc: BaseException) -> str:
    """The first line of an error's message, short, for a one-line message."""
    text = str(exc).strip().split("\n")[0][:80]
    return text or exc.__class__.__name__


def _chrome_key(text: str) -> str:
    """A line as a running header or footer repeats: its numbers (page, date) any."""
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _page_lines(texts: list[str]) -> list[list[_Line]]:
    """Each page's lines, its running header and footer and its page number left out:
    a line among the first or last two of a page that stands there on at least two
    pages and on half the pages or more (its numbers aside), or one that is only a page
    number ("3", "Page 3 of 5", "- 3 -")."""
    pages = []
    for p, text in enumerate(texts, start=1):
        lines: list[_Line] = []
        blank = False
        for row in text.split("\n"):
            if row.strip():
                lines.append(_Line(row.rstrip(), p, len(lines) + 1, blank))
            blank = not row.strip()
        pages.append(lines)
    edges: dict[str, int] = {}
    for lines in pages:
        for key in {_chrome_key(line.text) for line in lines[:2] + lines[-2:]}:
            edges[key] = edges.get(key, 0) + 1
    repeated = {key for key, count in edges.items()
                if count >= 2 and count * 2 >= len(pages)}
    out = []
    for lines in pages:
        edge = {line.number for line in lines[:2] + lines[-2:]}
        out.append([line for line in lines
                    if line.number not in edge or (
                        _chrome_key(line.text) not in repeated and
                        not _PAGE_NUMBER.match(_chrome_key(line.text)))])
    return out


def _in_columns(line: str) -> bool:
    """A line laid out in columns: words three or more spaces apart, a bullet's or a
    number's gap before its text aside ("•   fire the shot", "2.    Book the van": a
    tab after the mark, no column)."""
    text = line.strip()
    mark = _BULLET_MARK.match(text) or _NUMBER_MARK.match(text)
    return _COLUMN_GAP.search(text[mark.end():] if mark else text) is not None


def _heading_shape(text: str) -> bool:
    """A short line that could title what follows: no full stop or comma at its end, in
    capitals, in title case, or of a few words starting with a capital."""
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 80 or text.endswith((".", ",", ";", "!")):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    letters = [w for w in words if w[:1].isalpha()]
    title = all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in letters)
    return text.isupper() or title or len(words) <= 6


# a sentence's end inside a line, another sentence after it: "... to the HSE. The Head"
# A line opening on a field's label: "Document owner: Harbour Master", "Covers: ..."
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}:\s+\S")
_SENTENCE_INSIDE = re.compile(r"\w[a-z)][.!?]\s+[A-Z]")


def _joined(before: str, after: str) -> str:
    """Two lines of one paragraph as one: a word broken at the line's end by a hyphen is
    joined whole ("ac-" over "counts"), a compound's hyphen kept ("follow-" over "up")."""
    if before.endswith("\xad"):
        return before[:-1] + after
    broken = re.search(r"(?<![\w-])(?P<word>[A-Za-z]+)-$", before)
    if broken and after[:1].islower() and broken.group("word").lower() not in _COMPOUND_FIRST:
        return before[:-1] + after
    if before.endswith("-") and after[:1].isalpha():
        return before + after
    return f"{before} {after}"


def _table_spans(body: list[_Line], margin: dict[int, int]) -> dict[int, int]:
    """The tables laid out in columns, as (first line: line after the last): two or more
    lines in columns on a page, each within three lines of the next, the lines between
    them (a cell's words wrapped under it) and up to three indented lines right after
    the last."""
    columns = [_in_columns(line.text) for line in body]
    out: dict[int, int] = {}
    # a line in columns alone at the top of a page (with the lines wrapped under it): a
    # table only when it carries on the table that ended the page before
    singles: dict[int, int] = {}
    n = 0
    while n < len(body):
        if not columns[n]:
            n += 1
            continue
        end, k = n, n + 1
        while k < len(body) and k - end <= 3 and body[k].page == body[n].page and (
                columns[k] or not body[k].gap or _centred_cell(body, margin, k, columns)):
            if columns[k]:
                end = k
            k += 1
        single = end == n
        if single and not (body[n].number <= 3 and n > 0 and body[n - 1].page < body[n].page):
            n += 1
            continue
        tail = 0
        while tail < 3 and end + 1 < len(body) and body[end + 1].page == body[n].page and \
                not body[end + 1].gap and \
                body[end + 1].text[margin[body[n].page]:][:2].isspace():
            end, tail = end + 1, tail + 1
        if not tail and _first_cell_wrapped(body, end):
            end += 1
        (singles if single else out)[n] = end + 1
        n = end + 1
    return _over_page_breaks(body, margin, out, singles)


def _first_cell_wrapped(body: list[_Line], end: int) -> bool:
    """Whether the line after a table's last line is its first cell's words wrapped
    ("Train loading within the   Guard" over "locomotive's limit"): in lower case straight
    under that cell, no gap above it, ending well before the next cell starts, and a gap,
    a new page or the page's end after it (a paragraph after a table runs on wider or
    opens a sentence)."""
    if end + 1 >= len(body):
        return False
    last, after = body[end], body[end + 1]
    gap = _COLUMN_GAP.search(last.text.strip())
    indent = len(last.text) - len(last.text.lstrip())
    if gap is None or after.gap or after.page != last.page or _in_columns(after.text) or \
            len(after.text) - len(after.text.lstrip()) != indent:
        return False
    if len(after.text.rstrip()) > indent + gap.end() - 3 or \
            not after.text.lstrip()[:1].islower():
        return False
    return end + 2 >= len(body) or body[end + 2].gap or body[end + 2].page != last.page


# how far right of the page's margin a line stands to be a cell of a later column
_CELL_INDENT = 12


def _centred_cell(body: list[_Line], margin: dict[int, int], k: int,
                  columns: list[bool]) -> bool:
    """Whether body[k], after a gap, is the first line of a table's row whose cell in a
    later column is centred top to bottom, so it starts over the row's other cells
    ("Inspect their own harness" over "Technicians   Northmoor   before each climb;"): it
    stands well right of the margin, in no columns, and the next line, right under it on
    its page, is in columns."""
    line = body[k]
    return not columns[k] and k + 1 < len(body) and columns[k + 1] and \
        body[k + 1].page == line.page and not body[k + 1].gap and \
        len(line.text) - len(line.text.lstrip()) - margin[line.page] >= _CELL_INDENT


def _over_page_breaks(body: list[_Line], margin: dict[int, int], spans: dict[int, int],
                      singles: dict[int, int] | None = None) -> dict[int, int]:
    """Tables that carry on over a page break as one: a table that ends its page and one
    that starts within the first three lines of the next page (the lines before it a
    cell's words wrapped over the break), laid out in as many columns starting at the
    same places (within two characters); or a single row at the top of the next page
    (``singles``) whose cells each stand in the table's columns, in order."""
    out: dict[int, int] = {}
    last: int | None = None
    singles = singles or {}
    for first, end in sorted({**spans, **singles}.items()):
        if first in singles:
            if last is not None and _row_carries_over(body, margin, (last, out[last]),
                                                      first):
                out[last] = end
            continue  # (a line in columns alone is no table of its own)
        if last is not None and _carries_over(body, margin, (last, out[last]), (first, end)):
            out[last] = end
            continue
        out[first] = end
        last = first
    return out


def _over_break(body: list[_Line], end: int, start: int) -> bool:
    """Whether body[start] opens the page after the one body[end - 1] ends, within its
    first three lines, with no gap between."""
    return end < len(body) and body[end - 1].page + 1 == body[end].page and \
        body[start].page == body[end].page and 0 <= start - end <= 3 and \
        not any(x.gap for x in body[end:start + 1])


def _row_carries_over(body: list[_Line], margin: dict[int, int], above: tuple[int, int],
                      start: int) -> bool:
    """Whether the line body[start], alone in columns at the top of its page, is a row of
    the table body[above] (first line, line after the last) that ended the page before:
    as many runs of words as the table has columns, each overlapping its column."""
    if not _over_break(body, above[1], start):
        return False
    columns = _columns([x.text[margin[x.page]:] for x in body[above[0]:above[1]]])
    chunks = list(_CHUNK.finditer(body[start].text[margin[body[start].page]:]))
    return len(columns) >= 3 and len(chunks) == len(columns) and all(
        min(m.end(), b) > max(m.start(), a)
        for m, (a, b) in zip(chunks, columns, strict=True))


def _carries_over(body: list[_Line], margin: dict[int, int], above: tuple[int, int],
                  below: tuple[int, int]) -> bool:
    """Whether the table body[below] carries on the table body[above] over a page break
    (see _over_page_breaks), each given as (first line, line after the last)."""
    end, start = above[1], below[0]
    if not _over_break(body, end, start):
        return False
    first = _columns([x.text[margin[x.page]:] for x in body[above[0]:end]])
    # (the lines below all rows: no head among them)
    lines = [x.text[margin[x.page]:] for x in body[start:below[1]]]
    second = _columns(["", *lines])
    if len(first) != len(second):
        # (a column left empty in every row on one side of the break: the head over the
        # rows above still names one title a column, as many as the wider side has)
        head = body[above[0]]
        titles = len(_CHUNK.findall(head.text[margin[head.page]:]))
        if titles != max(len(first), len(second)):
            return False
    return all(abs(a[0] - b[0]) <= 2 for a, b in zip(first, second, strict=False))
    return len(above) == len(below) and all(abs(a[0] - b[0]) <= 2
                                            for a, b in zip(above, below, strict=True))


_CHUNK = re.compile(r"\S+(?: \S+)*")  # a cell's words in a line: one space apart


def _columns(lines: list[str]) -> list[tuple[int, int]]:
    """The columns of lines laid out in a table, as (start, end) of each: the runs of
    positions where some line below the head has text, split where every one of them
    leaves two spaces or more (the head is left out: a title centred over its column
    may stand over the gap beside it)."""
    rows = lines[1:] if len(lines) > 2 else lines
    used = [False] * max(len(line) for line in rows)
    for line in rows:
        for m in _CHUNK.finditer(line):
            used[m.start():m.end()] = [True] * (m.end() - m.start())
    marks = "".join("01"[u] for u in used)
    return [(m.start(), m.end()) for m in re.finditer(r"1+(?:01+)*", marks)]


def _cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    """A line's words cut into the columns: each run of words to the column it overlaps
    most, or, overlapping none, to the column whose middle is nearest its own."""
    cells = [""] * len(columns)
    for m in _CHUNK.finditer(line):
        overlaps = [min(m.end(), b) - max(m.start(), a) for a, b in columns]
        best = max(range(len(columns)), key=lambda c: overlaps[c])
        if overlaps[best] <= 0:
            middle = m.start() + m.end()
            best = min(range(len(columns)), key=lambda c: abs(sum(columns[c]) - middle))
        cells[best] = f"{cells[best]} {m.group()}".strip()
    return cells


def _column_rows(lines: list[str], gaps: list[bool] | None = None) -> list[str] | None:
    """A table's lines as pipe rows, or None when they do not fall into three columns or
    more: each line is cut into the columns' cells; a line with text in one column only
    (a cell's words wrapped under it) joins the row above; the lines a row takes after
    its first stay separator lines, so the lines keep their numbers. When gaps part the
    rows (``gaps`` tells which lines have one above), a line right under another joins
    its row unless it starts a row of its own: its first cell filled and every filled
    cell starting with a capital or a number."""
    columns = _columns(lines)
    if len(columns) < 2:
        return None
    split = [_cells(line, columns) for line in lines]
    if len(columns) == 2 and not _headed_pairs(split):
        return None
    if gaps is not None and sum(gaps[1:]) >= 2:
        return _gapped_rows(split, gaps)
    owners = _centred_rows(split)
    out: list[str] = []
    row: list[str] = []
    first = 0
    for k, cells in enumerate(split):
        if row and (owners[k] < k if owners is not None else
                    sum(1 for c in cells if c) < 2 or _wrapped_on(row, cells)):
            row = [f"{r} {c}".strip() for r, c in zip(row, cells, strict=True)]
            out[first] = _pipe(row)
            out.append(_FILLER)
            continue
        if owners is not None and owners[k] > k:
            # (a line over its row's number: the first of the row's lines)
            row, first = cells, k
            out.append(_pipe(row))
            continue
        if owners is not None and row and first != k and owners[first] == k:
            row = [f"{r} {c}".strip() for r, c in zip(row, cells, strict=True)]
            out[first] = _pipe(row)
            out.append(_FILLER)
            continue
        row, first = cells, k
        out.append(_pipe(row))
    return out


def _gapped_rows(split: list[list[str]], gaps: list[bool]) -> list[str]:
    """The pipe rows of a table whose rows gaps part (see _column_rows), ``split`` its
    lines cut into cells, the gaps being where a line has one above; a joined line left
    as a separator line."""
    out: list[str] = []
    row: list[str] = []
    first = 0
    for k, cells in enumerate(split):
        new = cells[0] and all(c[:1].isupper() or c[:1].isdigit() for c in cells if c)
        # ("Gate check (wind over" over "30 mph)", the second line at the
        # top of the next page: a bracket the row above left open goes on in the line)
        opened = any(r.count("(") > r.count(")") and c.find(")") >= 0 and
                     c.find(")") < (c.find("(") if "(" in c else len(c))
                     for r, c in zip(row, cells, strict=False))
        if row and k and not gaps[k] and (not new or opened):
            row = [f"{r} {c}".strip() for r, c in zip(row, cells, strict=True)]
            out[first] = _pipe(row)
            out.append(_FILLER)
            continue
        row, first = cells, k
        out.append(_pipe(row))
    return out


def _headed_pairs(split: list[list[str]]) -> bool:
    """Whether lines cut into two columns are a table under a head ("Task" over its
    column, "Owner" over its own): a first line of two short titles, no sentence, over
    three lines or more filling both columns. Other lines of two columns (a key of codes,
    "PM    Production Manager") are left to the plain-text reader."""
    head = split[0]
    return all(c and len(c.split()) <= 3 and c[:1].isupper() and not c.endswith(".")
               for c in head) and sum(all(row) for row in split[1:]) >= 3


# The line a row's later lines leave: a table's separator to the plain-text reader, which
# skips it, and not a grid's rule ("|---|"), which would make the single-line rows between
# two such lines one row of a grid
_FILLER = "| --- |"


def _pipe(cells: list[str]) -> str:
    return "|" + "|".join(f" {c.replace('|', '/')} " if c else " " for c in cells) + "|"


# A row's number in a table's first column ("3.1", "12", "4.")
_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")


def _centred_rows(split: list[list[str]]) -> list[int] | None:
    """For a table whose rows each take several lines and are numbered in the first
    column, the number set in the middle of its row (a cell centred top to bottom, "3.1"
    on the second of three lines): for each line, the line holding its row's number, the
    nearest above or below (on a tie, the one above); None for any other table. A table
    is read so when each line's first cell is a number or empty, two or more are numbers,
    and the first body line has none or a numbered line's text starts in lower case
    (the words of the row began above it)."""
    body = range(1, len(split))
    # (a first cell in lower case carries on the row above, "Swimming" over "lessons":
    # no row starts there)
    anchors = [k for k in body if split[k][0] and not split[k][0][:1].islower()]

    def text(k: int) -> str:
        return next((c for c in split[k][1:] if c), "")

    numbered = all(_ROW_NUMBER.fullmatch(split[k][0]) for k in anchors)
    lower = any(text(k)[:1].islower() for k in anchors)
    # (or the lines over the first row's first cell each hold one cell of a later column,
    # and a line between two rows holds that column alone too: a tall cell centred in
    # each row, "Language" over "Unfilled requests | LST | Services", "Manager" under it)
    column = _lone_column(split[1]) if anchors and anchors[0] > 1 else None
    starts = set(anchors)  # (looked up once a line: a list would take the table squared)
    lower = lower or column is not None and all(
        _lone_column(split[k]) == column for k in range(1, anchors[0])) and any(
        _lone_column(split[k]) == column for k in range(anchors[0] + 1, len(split))
        if k not in starts)
    # (a first column of any words, "T - 3 h" or "Monday", is read so only when the first
    # body line leaves it blank and a row's words begin above its first cell)
    if len(anchors) < 2 or not (numbered and (anchors[0] > 1 or lower) or
                                anchors[0] > 1 and lower):
        return None
    owners = list(range(len(split)))
    i = 0
    for k in body:
        while i + 1 < len(anchors) and anchors[i + 1] <= k:
            i += 1
        before, after = anchors[i], anchors[i + 1] if i + 1 < len(anchors) else None
        if k < before:
            owners[k] = before  # (lines over the first number)
        elif after is not None and not text(k)[:1].islower() and (
                after - k < k - before or after - k == k - before and text(k)[:1].isupper()):
            # (a line in lower case carries on the row above, however far its first cell;
            # halfway between two, a line starting with a capital begins the row below)
            owners[k] = after
        else:
            owners[k] = before
    return owners


def _lone_column(cells: list[str]) -> int | None:
    """The one column a table's line holds text in, when it is not the first; else None."""
    filled = [c for c, text in enumerate(cells) if text]
    return filled[0] if len(filled) == 1 and filled[0] > 0 else None


def _wrapped_on(row: list[str], cells: list[str]) -> bool:
    """Whether a line of a table carries on the row above, its cells' words wrapped:
    its first cell empty or in lower case, and its longest cell in lower case under a
    cell that does not end a sentence ("Provides resources, approves the" over "Vogel |
    permanent corrective actions and closes the report.")."""
    if cells[0][:1].isupper() or cells[0][:1].isdigit():
        return False
    longest = max(range(len(cells)), key=lambda c: len(cells[c]))
    return cells[longest][:1].islower() and bool(row[longest]) and \
        not row[longest].endswith((".", "!", "?"))


def _rebuilt(pages: list[list[_Line]]) -> tuple[list[str], list[tuple[int, int]]]:
    """The pages' lines as plain text a reader would write, and for each of its lines the
    (page, line) it starts on: a paragraph or a list item on one line, a heading alone, a
    blank line between blocks, lines in columns as they stand."""
    margin = {p: min((len(x.text) - len(x.text.lstrip()) for x in lines), default=0)
              for p, lines in enumerate(pages, start=1)}
    body = [line for lines in pages for line in lines]
    # where a line the layout wrapped ends: near the right margin of the text
    ends = sorted(len(line.text) - margin[line.page] for line in body
                  if not _in_columns(line.text))
    width = ends[int(len(ends) * 0.9)] if ends else 80
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    current = ""  # the block being joined
    kind = ""  # what it is: para, item, heading, columns
    last: _Line | None = None

    def start(text: str, line: _Line, what: str) -> None:
        nonlocal current, kind
        if current:
            out.append(current)
        if out and out[-1] and line.gap:
            out.append("")  # a blank line where the page leaves a gap
            origin.append(origin[-1])
        # (an indented line keeps its indent: "   Who: Marco" under a task answers it)
        indent = len(line.text) - len(line.text.lstrip()) - margin[line.page]
        current, kind = " " * min(indent, 8) * (indent >= 2) + text, what
        origin.append((line.page, line.number))

    tables = _table_spans(body, margin)
    table_end = 0
    for n, line in enumerate(body):
        same_page = last is not None and last.page == line.page
        if n in tables:
            # a table: its rows, or its lines as laid out for the plain-text reader of
            # columns when they fall into fewer than three
            start("", line, "columns")
            origin.pop()
            current = ""
            table_end = tables[n]
            laid_out = [x.text[margin[x.page]:] for x in body[n:table_end]]
            gaps = [x.gap for x in body[n:table_end]]
            out += [*(_column_rows(laid_out, gaps) or laid_out), ""]  # (a table ends its block)
            origin += [(x.page, x.number) for x in body[n:table_end]]
            origin.append(origin[-1])
        if n < table_end:
            last = line
            continue
        bullet = _BULLET_MARK.match(line.text.strip())  # ("o  Text": its gap counts)
        # a line's own spacing stays ("Book the pickers   Who: Kasia", "PM    Production
        # Manager"), the spacing of lines joined into one does not
        spaced = line.text.strip()[bullet.end():] if bullet else line.text.strip()
        text = " ".join(spaced.split())
        numbered = _NUMBER_MARK.match(text)
        previous = current.rstrip()
        # the line before ran to the margin: the layout wrapped it, unless this line's
        # first word would have fitted after it (a line ended by hand)
        end = len(last.text) - margin[last.page] if last is not None else 0
        full = last is not None and end >= width * 0.7 and \
            end + 1 + len(text.split(" ", 1)[0]) >= width - 2
        # a line carries the block on when the line before ran to the margin (the layout
        # wrapped it), with no gap between them, or ended on a hyphen; over a page break,
        # when the line before did not end a sentence or the line starts in lower case;
        # never a short title after a sentence's end ("... is not allowed." over
        # "Statuses": a heading set close under the paragraph)
        titled = previous.endswith(_SENTENCE_END) and _heading_shape(text) and \
            len(line.text) - margin[line.page] < width * 0.7
        # ("Covers: the yard team, ..." over "Document owner: Harbour Master": a page's
        # fields, each opening its own line with its label, however long the line above)
        fields = _FIELD_LINE.match(text) is not None and \
            _FIELD_LINE.match(previous.lstrip()) is not None
        carries = bool(current) and kind in ("para", "item") and not bullet and \
            not numbered and not previous.endswith(":") and not titled and not fields and (
                previous.endswith(("-", "\xad")) or full and (
                    not line.gap if same_page else
                    not previous.endswith(_SENTENCE_END) or text[:1].islower()))
        # so does a line in lower case right under one that did not end a sentence, short
        # as it may be: a title too long for its line ("Digitisation on demand: how a
        # request moves" over "through Special Collections")
        carries = carries or kind in ("para", "item", "heading") and same_page and \
            not line.gap and text[:1].islower() and not bullet and not numbered and \
            not previous.endswith(_SENTENCE_END)
        # and a line right under one of running text whose last sentence the line break
        # cut off ("... to the HSE. The Head of Rides" over "Operations reviews ..."): a
        # sentence ended inside the line before, so it was no title or address
        carries = carries or kind == "para" and same_page and not line.gap and \
            not bullet and not numbered and not previous.endswith(_SENTENCE_END) and \
            _SENTENCE_INSIDE.search(previous) is not None and not _heading_shape(text)
        if carries:
            indent = previous[:len(previous) - len(previous.lstrip())]
            current = indent + _joined(" ".join(previous.split()), text)
        elif bullet:
            start("- " + spaced, line, "item")
        elif numbered:
            start(spaced, line, "item")
        elif _heading_shape(text) and (not current or not full or line.gap or
                                       previous.endswith(_SENTENCE_END)):
            start(spaced, line, "heading")
        else:
            start(spaced, line, "para")
        last = line
    if current:
        out.append(current)
    return out, origin


def parse_pdf(path: Path, raw: bytes) -> Document:
    """A PDF's text layer rebuilt as plain text and read as plain text; each block's
    location is "page N, line M" (M counting the page's lines with text)."""
    lines, origin = _rebuilt(_page_lines([_columns_of_text(_letter_columns(t))
                                           for t in _open(path, raw)]))
    doc = parse_text(path.name, "\n".join(lines))
    doc.blocks[:] = [_at_page(block, origin) for block in doc.blocks]
    return doc


_LINE_LOCATION = re.compile(r"^line (?P<n>\d+)")


def _at_page(block: Block, origin: list[tuple[int, int]]) -> Block:
    """A block of the rebuilt text with its location on the PDF's page."""
    m = _LINE_LOCATION.match(block.location)
    if not m or not origin:
        return block
    page, number = origin[min(int(m.group("n")), len(origin)) - 1]
    return replace(block, location=f"page {page}, line {number}{block.location[m.end():]}",
                   breaks=())
