"""Build small PDF files for the derivation tests, by hand: no PDF writer is needed.

A page is a list of lines, each drawn with one ``Tj`` in Helvetica (``F1``) or
Helvetica-Bold (``F2``) at a position in points from the bottom left corner. The file
has a correct cross-reference table, so any PDF reader opens it without repairing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 72, 770, 60


@dataclass(frozen=True)
class Line:
    """One line of text on a page."""

    text: str
    x: float
    y: float
    size: float = 11
    bold: bool = False


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252), its delimiters escaped."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content(lines: list[Line]) -> bytes:
    out = []
    for line in lines:
        font = b"/F2" if line.bold else b"/F1"
        out.append(b"BT %s %g Tf %g %g Td %s Tj ET" % (font, line.size, line.x, line.y,
                                                      _pdf_string(line.text)))
    return b"\n".join(out) + b"\n"


def pdf_bytes(pages: list[list[Line]]) -> bytes:
    """A complete PDF file with one page per list of lines."""
    objects: list[bytes] = []  # object n + 1 is objects[n]
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # the page tree, written once the pages are numbered
    objects.append(font % b"Helvetica")
    objects.append(font % b"Helvetica-Bold")
    kids = []
    for lines in pages:
        stream = _content(lines)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                       % (PAGE_WIDTH, PAGE_HEIGHT, len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


class PageWriter:
    """Lays lines out top down as a word processor would: a blank gap between blocks,
    a running header and footer and a page number on every page."""

    def __init__(self, header: str = "", footer: str = "", leading: float = 14) -> None:
        self.pages: list[list[Line]] = [[]]
        self.header, self.footer, self.leading = header, footer, leading
        self.y = TOP

    def _room(self, lines: int) -> None:
        if self.y - lines * self.leading < BOTTOM + 20:
            self.pages.append([])
            self.y = TOP

    def heading(self, text: str, size: float = 14) -> None:
        """A heading in bold, larger than the body, with a gap before it."""
        self._room(3)
        self.y -= self.leading * 0.6
        self.pages[-1].append(Line(text, LEFT, self.y, size, bold=True))
        self.y -= self.leading * 1.4

    def paragraph(self, lines: list[str], indent: float = 0, first: str = "") -> None:
        """Lines already wrapped by the layout, a gap after them; ``first`` is a mark
        (a bullet, a number) hung before the first line."""
        self._room(len(lines))
        for n, text in enumerate(lines):
            if n == 0 and first:
                self.pages[-1].append(Line(first, LEFT + indent - 12, self.y))
            self.pages[-1].append(Line(text, LEFT + indent, self.y))
            self.y -= self.leading
        self.y -= self.leading * 0.5

    def item(self, lines: list[str], mark: str = "\u2022") -> None:
        """A list item: the mark hung before its wrapped lines, no gap after it."""
        self._room(len(lines))
        for n, text in enumerate(lines):
            if n == 0:
                self.pages[-1].append(Line(mark, LEFT + 6, self.y))
            self.pages[-1].append(Line(text, LEFT + 18, self.y))
            self.y -= self.leading

    def gap(self) -> None:
        """A blank line's space."""
        self.y -= self.leading * 0.5

    def new_page(self) -> None:
        """Start the next page."""
        self.pages.append([])
        self.y = TOP

    def table(self, rows: list[tuple[str, ...]], columns: list[float]) -> None:
        """Rows of cells, each cell starting at its column's offset from the margin."""
        self._room(len(rows))
        for cells in rows:
            for cell, x in zip(cells, columns, strict=True):
                self.pages[-1].append(Line(cell, LEFT + x, self.y))
            self.y -= self.leading
        self.y -= self.leading * 0.5

    def build(self) -> bytes:
        """The PDF file, each page with its running header, footer and number."""
        pages = []
        for n, lines in enumerate(self.pages, start=1):
            chrome = []
            if self.header:
                chrome.append(Line(self.header, LEFT, PAGE_HEIGHT - 40, 9))
            if self.footer:
                chrome.append(Line(self.footer, LEFT, 30, 9))
            chrome.append(Line(f"Page {n} of {len(self.pages)}", PAGE_WIDTH - 140, 30, 9))
            pages.append(chrome[:1] + lines + chrome[1:])
        return pdf_bytes(pages)


def write_pdf(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` and return the path."""
    path.write_bytes(data)
    return path
