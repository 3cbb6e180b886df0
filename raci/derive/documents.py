"""Read documents into blocks: headings, paragraphs, list items and table rows.

Each format goes through a real parser (markdown-it-py, BeautifulSoup, python-docx);
plain text is split into lines with light structure. Every block records where it
came from (line, paragraph or table row) for provenance.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from raci.errors import RaciError
from raci.files import read_user_file

SUPPORTED = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Block:
    """A piece of a document with its kind and location."""

    kind: str  # heading | para | item | row
    text: str
    location: str
    level: int = 0
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


@dataclass
class Document:
    """A parsed document."""

    name: str
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        """All text, for role discovery."""
        return "\n".join(b.text for b in self.blocks)


_BULLET = re.compile(r"^\s*(?:[-*•‣◦·–]|\d{1,3}[.)])\s+(?=\S)")
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
            f"{path}: looks like a binary file, not text; use .txt, .md, .html or .docx"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from exc


def _split_pipe(line: str) -> tuple[str, ...]:
    parts = [p.strip() for p in line.strip().strip("|").split("|")]
    return tuple(parts)


def _table_blocks(rows: list[tuple[str, ...]], where: str) -> list[Block]:
    """Row blocks of a table: the first row is the header of the others."""
    blocks: list[Block] = []
    header: tuple[str, ...] = ()
    for r, cells in enumerate(rows, start=1):
        blocks.append(Block("row", " | ".join(cells), f"{where}, row {r}", cells=cells,
                            header=header))
        header = header or cells
    return blocks


def parse_text(name: str, text: str) -> Document:
    """Plain text with light structure.

    Bullets and numbered lines are list items; so are the lines after a lead-in
    ending with ':' until a blank line or a long paragraph; pipe rows are table
    rows; short lines without a full stop are headings.
    """
    doc = Document(name)
    lines = text.splitlines()
    header: tuple[str, ...] = ()
    in_list = False
    for i, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            header = ()
            continue
        where = f"line {i}"
        if _PIPE_SEPARATOR.match(line):
            continue
        if line.count("|") >= 2:
            cells = _split_pipe(line)
            doc.blocks.append(Block("row", line, where, cells=cells, header=header))
            header = header or cells
            in_list = False
            continue
        header = ()
        bullet = _BULLET.match(line)
        if bullet:
            doc.blocks.append(Block("item", line[bullet.end():].strip(), where))
            continue
        words = len(line.split())
        labelled = bool(re.match(r"^[^:]{2,60}:\s+\S", line)) and \
            len(line.split(":")[0].split()) <= 6
        if in_list and not line.endswith((":", "?")) and (words <= 16 or labelled):
            doc.blocks.append(Block("item", line, where))
            continue
        in_list = False
        if line.endswith(":") and words <= 16:
            doc.blocks.append(Block("heading", line, where, level=3))
            in_list = True
            continue
        next_line = lines[i].strip() if i < len(lines) else ""
        looks_heading = (
            len(line) <= 90 and not line.endswith((".", ",", ";", "!"))
            and (line.endswith("?") or bool(_BULLET.match(next_line))
                 or (line[:1].isupper() and words <= 10))
        )
        doc.blocks.append(Block("heading" if looks_heading else "para", line, where,
                                level=2 if looks_heading else 0))
    return doc


def parse_markdown(name: str, text: str) -> Document:
    """Markdown through markdown-it-py (CommonMark plus tables)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    doc = Document(name)
    header: tuple[str, ...] = ()
    row: list[str] = []
    in_head = False
    depth_item = 0
    for i, tok in enumerate(tokens):
        where = f"line {tok.map[0] + 1}" if tok.map else "table"
        if tok.type == "heading_open":
            doc.blocks.append(Block("heading", tokens[i + 1].content.strip(), where,
                                    level=int(tok.tag[1])))
        elif tok.type == "list_item_open":
            depth_item += 1
        elif tok.type == "list_item_close":
            depth_item -= 1
        elif tok.type == "paragraph_open" and tokens[i + 1].type == "inline":
            content = " ".join(tokens[i + 1].content.split())
            kind = "item" if depth_item else "para"
            if kind == "item" and doc.blocks and doc.blocks[-1].kind == "item" and \
                    doc.blocks[-1].location == where:
                continue
            doc.blocks.append(Block(kind, content, where))
        elif tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
            row_where = where
        elif tok.type in ("th_open", "td_open"):
            row.append(" ".join(tokens[i + 1].content.split()))
        elif tok.type == "tr_close":
            cells = tuple(row)
            if in_head:
                header = cells
            doc.blocks.append(Block("row", " | ".join(cells), row_where, cells=cells,
                                    header=() if in_head else header))
    return doc


def parse_html(name: str, text: str) -> Document:
    """HTML through BeautifulSoup's built-in parser."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "footer"]):
        tag.decompose()
    doc = Document(name)
    body = soup.body or soup
    count = 0
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table"]):
        if el.find_parent("table") is not None and el.name != "table":
            continue
        if el.name == "p" and el.find_parent("li") is not None:
            continue
        count += 1
        where = f"paragraph {count}"
        text_ = " ".join(el.get_text(" ").split())
        if el.name == "table":
            rows = [tuple(" ".join(c.get_text(" ").split()) for c in tr.find_all(["td", "th"]))
                    for tr in el.find_all("tr")]
            doc.blocks += _table_blocks(rows, f"table {count}")
            continue
        if not text_:
            continue
        if el.name.startswith("h"):
            doc.blocks.append(Block("heading", text_, where, level=int(el.name[1])))
        elif el.name == "li":
            doc.blocks.append(Block("item", text_, where))
        else:
            doc.blocks.append(Block("para", text_, where))
    return doc


def parse_docx(path: Path, raw: bytes) -> Document:
    """A Word document through python-docx: styles give headings and list items."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentError(f"{path}: not a readable .docx document ({exc})") from exc
    except Exception as exc:  # zipfile and lxml errors for damaged files
        raise DocumentError(f"{path}: the .docx file is damaged ({exc.__class__.__name__})") \
            from exc
    doc = Document(path.name)
    for n, para in enumerate(word.paragraphs, start=1):
        text = " ".join(para.text.split())
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        where = f"paragraph {n}"
        if style.lower().startswith("heading") or style.lower() == "title":
            level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
            doc.blocks.append(Block("heading", text, where, level=level))
        elif "list" in style.lower() or _BULLET.match(text):
            doc.blocks.append(Block("item", _BULLET.sub("", text).strip(), where))
        else:
            doc.blocks.append(Block("para", text, where))
    for t, table in enumerate(word.tables, start=1):
        rows = [tuple(" ".join(c.text.split()) for c in row.cells) for row in table.rows]
        doc.blocks += _table_blocks(rows, f"table {t}")
    return doc


def read_document(path: Path) -> Document:
    """Read one document by its extension; bad input gives a DocumentError naming it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(
            f"{path}: unsupported document type {suffix or '(none)'}; use "
            ".txt, .md, .html or .docx"
        )
    raw = read_user_file(path, DocumentError, MAX_BYTES)
    if suffix == ".docx":
        doc = parse_docx(path, raw)
    else:
        text = _decode(path, raw)
        if suffix in (".md", ".markdown"):
            doc = parse_markdown(path.name, text)
        elif suffix in (".html", ".htm"):
            doc = parse_html(path.name, text)
        else:
            doc = parse_text(path.name, text)
    if not any(b.text.strip() for b in doc.blocks):
        raise DocumentError(f"{path}: the document has no text")
    return doc
