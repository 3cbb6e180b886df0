"""Read an OpenDocument text (.odt, or .fodt kept as one XML file) for derivation.

The document's ``content.xml`` is parsed with defusedxml; headings (``text:h`` with its
outline level), list items (``text:list-item``, nested lists too), tables
(``table:table``: a row's cells, spans repeated, as the same table blocks the other
readers give) and paragraphs come out in the order they stand, and a paragraph's style
("Title", "Heading 2", a list style) or its bold weight is read as Word's is.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from raci.derive.actors import actor_name
from raci.derive.documents import (
    MAX_TABLE_COLUMNS,
    RUN_IN_LEVEL,
    Block,
    Document,
    DocumentError,
    cell_text,
    run_in_title,
    styled_block,
    table_blocks,
)
from raci.files import damage

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
# parts of the text that are no part of what it says: notes, comments, a table of
# contents and index, tracked deletions, forms
_SKIPPED = {f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}table-of-content",
            f"{_TEXT}alphabetical-index", f"{_TEXT}tracked-changes",
            f"{_TEXT}sequence-decls", f"{_OFFICE}forms", f"{_TEXT}bibliography",
            f"{_TEXT}illustration-index", f"{_TEXT}table-index"}
MAX_CONTENT_BYTES = 200 * 1024 * 1024  # content.xml unpacked: no zip bomb is unpacked


class _Styles:
    """Each style's name as a user sees it ("Heading 1", "Title", "List Bullet"), from
    its own name or the style it is derived from, and whether it sets bold type."""

    def __init__(self, roots: list[Element]) -> None:
        self.parent: dict[str, str] = {}
        self.shown: dict[str, str] = {}
        self.bold: set[str] = set()
        for root in roots:
            for style in root.iter(f"{_STYLE}style"):
                name = style.get(f"{_STYLE}name", "")
                self.parent[name] = style.get(f"{_STYLE}parent-style-name", "")
                self.shown[name] = style.get(f"{_STYLE}display-name", "") or \
                    name.replace("_20_", " ")
                props = style.find(f"{_STYLE}text-properties")
                if props is not None and props.get(f"{_FO}font-weight") == "bold":
                    self.bold.add(name)

    def name(self, style: str) -> str:
        """The name of a paragraph's style, or of the named style it derives from when it
        is an automatic one ("P3" derived from "Heading 2")."""
        seen = 0
        while style and seen < 10:
            shown = self.shown.get(style, style.replace("_20_", " "))
            if not (shown[:1] == "P" and shown[1:].isdigit()):
                return shown
            style, seen = self.parent.get(style, ""), seen + 1
        return ""

    def is_bold(self, style: str) -> bool:
        """Whether a style, or one it derives from, sets bold type."""
        seen = 0
        while style and seen < 10:
            if style in self.bold:
                return True
            style, seen = self.parent.get(style, ""), seen + 1
        return False


class _Reader:
    """Walks the body of the document in order, one block a paragraph."""

    def __init__(self, name: str, styles: _Styles) -> None:
        self.doc = Document(name)
        self.styles = styles
        self.paragraphs = 0
        self.tables = 0

    def text(self, element: Element, bold: bool = False) -> tuple[str, bool]:
        """A paragraph's text, spans and links read through, a soft line break as a
        space, and whether every piece of it with words is in bold."""
        parts: list[str] = [element.text or ""]
        all_bold = bold or not (element.text or "").strip()
        for child in element:
            tag = child.tag
            if tag in _SKIPPED:
                pass
            elif tag == f"{_TEXT}s":
                parts.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
            elif tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
                parts.append(" ")
            else:
                inner_bold = bold or self.styles.is_bold(child.get(f"{_TEXT}style-name", ""))
                inner, inner_all = self.text(child, inner_bold)
                parts.append(inner)
                all_bold = all_bold and (inner_all or not inner.strip())
            parts.append(child.tail or "")
            all_bold = all_bold and (bold or not (child.tail or "").strip())
        return "".join(parts), all_bold

    def bold_lead(self, element: Element) -> str:
        """The words in bold a paragraph opens with, its other words not in bold ("" when
        it opens with plain words): the spans in bold before the first words that are
        not."""
        if (element.text or "").strip():
            return ""
        lead: list[str] = []
        for child in element:
            if child.tag in _SKIPPED:
                continue
            if child.tag in (f"{_TEXT}s", f"{_TEXT}tab", f"{_TEXT}line-break") or \
                    not self.styles.is_bold(child.get(f"{_TEXT}style-name", "")):
                break
            inner, _bold = self.text(child, True)
            lead.append(inner)
            if (child.tail or "").strip():
                break
        return "".join(lead)

    def paragraph(self, element: Element, style: str) -> None:
        """One paragraph or heading as a block by its style; a paragraph that opens with a
        run-in title in bold ending in a full stop or a colon ("**Borough Archivist.**
        Advises on ...") as that title, a heading below any other, over the rest."""
        self.paragraphs += 1
        own = element.get(f"{_TEXT}style-name", "")
        text, bold = self.text(element, self.styles.is_bold(own))
        where = f"paragraph {self.paragraphs}"
        run_in = run_in_title(text, self.bold_lead(element)) if not bold and \
            not style.lower().startswith(("heading", "title")) else None
        if run_in is not None:
            self.doc.blocks.append(Block("heading", run_in[0], where, level=RUN_IN_LEVEL))
            text = run_in[1]
        block = styled_block(text, where, style or self.styles.name(own), lambda: bold)
        if block is not None:
            self.doc.blocks.append(block)

    def table(self, element: Element) -> None:
        """A table's rows of cells, a repeated cell or row as many times as it stands, a
        cell spanning columns filling them."""
        self.tables += 1
        rows: list[tuple[str, ...]] = []
        for row in element.iter(f"{_TABLE}table-row"):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                    continue
                text = cell_text(self.text(p)[0] for p in cell.iter()
                                 if p.tag in (f"{_TEXT}p", f"{_TEXT}h"))
                repeat = int(cell.get(f"{_TABLE}number-columns-repeated", "1") or 1)
                cells += [text] * min(repeat, MAX_TABLE_COLUMNS - len(cells))
            while cells and not cells[-1]:
                cells.pop()  # (a row is padded with empty cells to the sheet's width)
            repeat = int(row.get(f"{_TABLE}number-rows-repeated", "1") or 1)
            if cells:
                rows += [tuple(cells)] * min(repeat, 1000)
        width = max((len(r) for r in rows), default=0)
        rows = [r + ("",) * (width - len(r)) for r in rows]
        self.doc.blocks += table_blocks(rows, f"table {self.tables}")

    def walk(self, parent: Element, depth: int = 0) -> None:
        """The blocks of a container (the body, a section, a list item) in order."""
        children = list(parent)
        for k, child in enumerate(children):
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == f"{_TEXT}h":
                level = int(child.get(f"{_TEXT}outline-level", "1") or 1)
                self.paragraph(child, f"Heading {min(level, 9)}")
            elif tag == f"{_TEXT}p":
                nested = depth and any(c.tag == f"{_TEXT}list" for c in children[k + 1:])
                text = " ".join(self.text(child)[0].split())
                if nested and 1 <= len(text.split()) <= 6 and \
                        not text.endswith((".", ";", ",")) and \
                        actor_name(text.rstrip(":"), acronym=True) is not None:
                    # "Product Owner" over its own nested list: the role of that list
                    self.paragraphs += 1
                    self.doc.blocks.append(Block("heading", text.rstrip(":"),
                                                 f"paragraph {self.paragraphs}",
                                                 level=min(6 + depth, 9)))
                else:
                    self.paragraph(child, "List" if depth else "")
            elif tag == f"{_TEXT}list":
                for item in child:
                    if item.tag in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                        self.walk(item, depth + 1)
            elif tag == f"{_TABLE}table":
                self.table(child)
            else:  # sections, a document's other containers: their content
                self.walk(child, depth)


def _content(path: Path, raw: bytes) -> tuple[Element, list[Element]]:
    """The root of the document's content and the roots that hold its styles."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        if path.suffix.lower() == ".fodt":
            root = fromstring(raw)
            return root, [root]
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            info = package.getinfo("content.xml")
            if info.file_size > MAX_CONTENT_BYTES:
                raise DocumentError(f"{path}: the document's text is too large to read "
                                    f"({info.file_size // 2**20} MB unpacked)")
            root = fromstring(package.read(info))
            styles = [root]
            if "styles.xml" in package.namelist():
                styles.insert(0, fromstring(package.read("styles.xml")))
            return root, styles
    except DocumentError:
        raise
    except KeyError as exc:
        raise DocumentError(f"{path}: not an OpenDocument text (it has no content.xml); "
                            f"save it again as .odt") from exc
    except (zipfile.BadZipFile, zlib.error, ParseError, DefusedXmlException, ValueError,
            OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        # (a damaged entry fails to inflate; a zip method or encryption zipfile does not
        # know is NotImplementedError, a password-protected entry RuntimeError)
        raise DocumentError(f"{path}: the {path.suffix.lower()} file is damaged "
                            f"({damage(exc)}); save it again from its editor"
                            ) from exc


def parse_odt(path: Path, raw: bytes) -> Document:
    """An OpenDocument text: headings, list items, tables and paragraphs in order, at
    ``paragraph N`` and ``table N, row M``."""
    root, styles = _content(path, raw)
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise DocumentError(f"{path}: not an OpenDocument text (no text body; a "
                            f"spreadsheet or a presentation?); save the text as .odt")
    reader = _Reader(path.name, _Styles(styles))
    try:
        reader.walk(body)
    except RecursionError as exc:
        raise DocumentError(f"{path}: the document nests its parts too deeply to read; "
                            f"save it again from its editor") from exc
    return reader.doc
