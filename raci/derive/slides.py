"""Read a PowerPoint deck (.pptx) for derivation.

The deck is an Office Open XML package; its parts are read with the standard library's
zipfile and parsed with defusedxml (python-pptx would bring Pillow and XlsxWriter for
nothing this reader needs, and still leaves bullets and reading order to the XML). The
slides are read in the order ``ppt/presentation.xml`` lists them, hidden slides and notes
left out. On each slide the title placeholder is a heading, then every shape with text in
reading order (rows parted by gaps, columns within them, top then left where no gap
parts them; a group's shapes in their own order where the group stands): a text frame's
paragraphs are list items at their indent level when they are bulleted (a body
placeholder's are unless they say otherwise, a text box's when they say so) and
paragraphs when not, a table is rows under its first row, as Word's are, and a
SmartArt diagram's boxes are bulleted lines at their depth in it.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from functools import partial
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
    from collections.abc import Iterator
    from xml.etree.ElementTree import Element

_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_OFFICE_DOCUMENT = "/officeDocument"  # (the end of the relationship's type)
# the package's parts unpacked, all together: no zip bomb is unpacked
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# an encrypted Office file (a password to open) is an OLE compound file, not a zip
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# placeholders whose text is no part of what the slide says: the date, the footer, the
# slide number (the same on every slide, as a PDF's running header)
_FURNITURE = {"dt", "ftr", "sldNum", "hdr", "sldImg"}
_TITLES = {"title": 2, "ctrTitle": 1}  # a title slide's title above the others'
_BULLETED = {"body", "obj"}  # placeholders whose paragraphs are bulleted unless they say not
_BULLET_MARKS = (f"{_A}buChar", f"{_A}buAutoNum", f"{_A}buBlip")


class _Package:
    """The parts of the deck's zip package, each parsed once, their size counted."""

    def __init__(self, path: Path, package: zipfile.ZipFile) -> None:
        self.path = path
        self.package = package
        self.unpacked = 0
        self.parsed: dict[str, Element | None] = {}

    def part(self, name: str) -> Element | None:
        """A part's root element, or None when the package has no such part."""
        from defusedxml.ElementTree import fromstring

        if name not in self.parsed:
            try:
                info = self.package.getinfo(name)
            except KeyError:
                self.parsed[name] = None
                return None
            self.unpacked += info.file_size
            if self.unpacked > MAX_UNPACKED_BYTES:
                raise DocumentError(f"{self.path}: the deck's text is too large to read "
                                    f"({self.unpacked // 2**20} MB unpacked)")
            self.parsed[name] = fromstring(self.package.read(info))
        return self.parsed[name]

    def relations(self, name: str) -> dict[str, tuple[str, str]]:
        """A part's relationships: id -> (type, the target part's name in the package)."""
        folder, base = posixpath.split(name)
        root = self.part(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        for rel in root if root is not None else ():
            if rel.tag != f"{_RELS}Relationship" or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            target = target[1:] if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), target)
        return out

    def related(self, name: str, kind: str) -> str | None:
        """The first part a part relates to by a relationship type ending in ``kind``."""
        return next((target for rel_type, target in self.relations(name).values()
                     if rel_type.endswith(kind)), None)


def _placeholder(shape: Element) -> tuple[str, str] | None:
    """A shape's placeholder as (type, idx), or None when it is none (a text box, a
    table, a picture)."""
    props = next(iter(shape), None)  # (p:nvSpPr, p:nvGraphicFramePr ...)
    ph = props.find(f"{_P}nvPr/{_P}ph") if props is not None else None
    return None if ph is None else (ph.get("type", "obj"), ph.get("idx", "0"))


# where a shape stands: (top, left, bottom, right) in the slide's units
Box = tuple[int, int, int, int]


def _box(shape: Element) -> Box | None:
    """Where a shape stands on its slide, when it says so."""
    xfrm = None
    for props in (f"{_P}spPr/{_A}xfrm", f"{_P}grpSpPr/{_A}xfrm", f"{_P}xfrm"):
        xfrm = shape.find(props)  # (a shape, a group, a graphic frame: a table)
        if xfrm is not None:
            break
    off = xfrm.find(f"{_A}off") if xfrm is not None else None
    if xfrm is None or off is None:
        return None
    ext = xfrm.find(f"{_A}ext")
    try:
        top, left = int(off.get("y", "0")), int(off.get("x", "0"))
        high = int(ext.get("cy", "0")) if ext is not None else 0
        wide = int(ext.get("cx", "0")) if ext is not None else 0
    except ValueError:
        return None
    return top, left, top + max(high, 0), left + max(wide, 0)


Placed = tuple[Box, int, "Element"]  # a shape, where it stands and its place in the tree


def _cut(placed: list[Placed], axis: int) -> list[list[Placed]]:
    """Shapes parted where a gap runs across the slide between them: rows (``axis`` 0,
    a gap from side to side) or columns (1, a gap from top to bottom), in order."""
    parts: list[list[Placed]] = []
    end = 0
    for shape in sorted(placed, key=lambda p: (p[0][axis], p[1])):
        if not parts or shape[0][axis] > end:  # (past every shape before it: a gap)
            parts.append([])
        parts[-1].append(shape)
        end = max(end, shape[0][axis + 2]) if len(parts[-1]) > 1 else shape[0][axis + 2]
    return parts


def _reading_order(placed: list[Placed]) -> list[Placed]:
    """Shapes as they are read: parted into rows wherever a gap runs from side to side,
    each row parted into columns wherever a gap runs from top to bottom, and so on
    inside each part; shapes that no gap parts top, then left. So two columns, each a
    heading over its text, are read one column after the other, and boxes side by side
    in rows with gaps between the rows row by row."""
    if len(placed) <= 1:
        return placed
    for axis in (0, 1):
        parts = _cut(placed, axis)
        if len(parts) > 1:
            return [shape for part in parts for shape in _reading_order(part)]
    return sorted(placed, key=lambda p: (p[0][0], p[0][1], p[1]))


@dataclass
class _Layout:
    """The placeholders of a slide layout or a slide master, by idx and by type."""

    by_idx: dict[str, Element] = field(default_factory=dict)
    by_type: dict[str, Element] = field(default_factory=dict)
    body_style: Element | None = None  # a master's p:txStyles/p:bodyStyle

    @classmethod
    def of(cls, root: Element | None) -> _Layout:
        """The placeholders of a layout's or a master's shape tree."""
        layout = cls()
        if root is None:
            return layout
        for shape in root.iter(f"{_P}sp"):
            ph = _placeholder(shape)
            if ph is not None:
                layout.by_idx.setdefault(ph[1], shape)
                layout.by_type.setdefault(ph[0], shape)
        layout.body_style = root.find(f"{_P}txStyles/{_P}bodyStyle")
        return layout

    def find(self, ph: tuple[str, str]) -> Element | None:
        """The placeholder a slide's placeholder inherits from."""
        kind = {"ctrTitle": "title", "subTitle": "body", "obj": "body"}.get(ph[0], ph[0])
        return self.by_idx.get(ph[1]) if ph[1] != "0" and ph[1] in self.by_idx else \
            self.by_type.get(ph[0], self.by_type.get(kind))


def _level_marks(list_style: Element | None, level: int) -> str | None:
    """Whether a list style says its paragraphs of a level are bulleted ("yes"), not
    ("no"), or says nothing (None)."""
    if list_style is None:
        return None
    props = list_style.find(f"{_A}lvl{level + 1}pPr")
    return _marks(props)


def _marks(props: Element | None) -> str | None:
    """Whether paragraph properties set a bullet ("yes"), take it away ("no"), or say
    nothing of it (None)."""
    if props is None:
        return None
    if props.find(f"{_A}buNone") is not None:
        return "no"
    return "yes" if any(props.find(m) is not None for m in _BULLET_MARKS) else None


def _text(paragraph: Element) -> tuple[str, bool, str]:
    """A paragraph's text (runs and fields read through, a line break a space), whether
    all its words are in bold, and the words in bold it opens with."""
    parts: list[str] = []
    bold_all, lead, leading = True, [], True
    for child in paragraph:
        if child.tag == f"{_A}br":
            parts.append(" ")
            continue
        if child.tag not in (f"{_A}r", f"{_A}fld"):
            continue
        piece = "".join(t.text or "" for t in child.iter(f"{_A}t"))
        props = child.find(f"{_A}rPr")
        bold = props is not None and props.get("b") in ("1", "true")
        parts.append(piece)
        if piece.strip():
            bold_all = bold_all and bold
            leading = leading and bold
        if leading:
            lead.append(piece)
    text = "".join(parts)
    return text, bold_all and bool(text.strip()), "".join(lead) if not leading else ""


class _Slides:
    """Walks the deck slide by slide, one block a paragraph or a table's row."""

    def __init__(self, package: _Package) -> None:
        self.package = package
        self.doc = Document(package.path.name)
        self.layouts: dict[str, tuple[_Layout, _Layout]] = {}

    def inherited(self, slide: str) -> tuple[_Layout, _Layout]:
        """The placeholders of a slide's layout and of its master, each read once."""
        layout = self.package.related(slide, "/slideLayout") or ""
        if layout not in self.layouts:
            master = self.package.related(layout, "/slideMaster") if layout else None
            self.layouts[layout] = (_Layout.of(self.package.part(layout) if layout else None),
                                    _Layout.of(self.package.part(master) if master else None))
        return self.layouts[layout]

    def read(self, number: int, slide: str) -> None:
        """One slide: its title, then its shapes with text in reading order."""
        root = self.package.part(slide)
        if root is None or root.get("show") in ("0", "false"):
            return  # (a hidden slide is kept out of the show: left out here too)
        tree = root.find(f"{_P}cSld/{_P}spTree")
        if tree is None:
            return
        layouts = self.inherited(slide)
        shapes = list(self.ordered(tree, layouts))
        where = f"slide {number}"
        titles = [s for s in shapes if (_placeholder(s) or ("", ""))[0] in _TITLES]
        for shape in titles[:1]:
            text = " ".join(" ".join(_text(p)[0] for p in shape.iter(f"{_A}p")).split())
            if text:
                level = _TITLES[(_placeholder(shape) or ("title", ""))[0]]
                self.doc.blocks.append(Block("heading", text, where, level=level))
        counts = {"paragraph": 0, "table": 0}
        for shape in shapes:
            if shape in titles[:1]:
                continue
            if shape.tag == f"{_P}graphicFrame":
                table = shape.find(f"{_A}graphic/{_A}graphicData/{_A}tbl")
                diagram = shape.find(f"{_A}graphic/{_A}graphicData/{_DGM}relIds")
                if table is not None:
                    counts["table"] += 1
                    self.table(table, f"{where}, table {counts['table']}")
                elif diagram is not None:
                    data = self.package.relations(slide).get(diagram.get(f"{_R}dm", ""))
                    if data is not None:
                        self.lines(_diagram_lines(self.package.part(data[1])), where, counts)
            else:
                self.frame(shape, layouts, where, counts)

    def ordered(self, tree: Element, layouts: tuple[_Layout, _Layout]) -> Iterator[Element]:
        """The shapes of a shape tree (a group's inside it) in reading order; a shape
        that says not where it stands (a placeholder) stands where its layout's does."""
        placed: list[Placed] = []
        for k, shape in enumerate(self.children(tree)):
            if shape.tag not in (f"{_P}sp", f"{_P}graphicFrame", f"{_P}grpSp"):
                continue
            at = _box(shape)
            ph = _placeholder(shape)
            if ph is not None and ph[0] in _FURNITURE:
                continue
            if at is None and ph is not None:
                for layout in layouts:
                    source = layout.find(ph)
                    at = _box(source) if source is not None else None
                    if at is not None:
                        break
            placed.append((at or (0, 0, 0, 0), k, shape))
        for _at, _k, shape in _reading_order(placed):
            if shape.tag == f"{_P}grpSp":
                yield from self.ordered(shape, layouts)
            else:
                yield shape

    def children(self, tree: Element) -> Iterator[Element]:
        """A shape tree's shapes, a shape kept for a newer reader read as its fallback."""
        for child in tree:
            if child.tag == f"{_MC}AlternateContent":
                branch = child.find(f"{_MC}Fallback")
                if branch is None:
                    branch = child.find(f"{_MC}Choice")
                yield from self.children(branch) if branch is not None else ()
            else:
                yield child

    def bulleted(self, shape: Element, layouts: tuple[_Layout, _Layout],
                 props: Element | None, level: int) -> bool:
        """Whether a paragraph of a shape is a list item: its own properties, then the
        shape's list style, its layout's and master's placeholder and the master's body
        style say; a body placeholder's paragraphs are bulleted unless one says not, a
        text box's only when one says so."""
        said = _marks(props) or _level_marks(shape.find(f"{_P}txBody/{_A}lstStyle"), level)
        ph = _placeholder(shape)
        if said is None and ph is not None:
            for layout in layouts:
                source = layout.find(ph)
                said = _level_marks(source.find(f"{_P}txBody/{_A}lstStyle"), level) \
                    if source is not None else None
                if said is not None:
                    break
            body = ph[0] in _BULLETED
            if said is None and body:
                said = _level_marks(layouts[1].body_style, level)
            return said == "yes" or said is None and body
        return said == "yes"

    def frame(self, shape: Element, layouts: tuple[_Layout, _Layout], where: str,
              counts: dict[str, int]) -> None:
        """A shape's text frame: each paragraph an item at its level or a paragraph; a
        short bulleted line naming a role over deeper ones heads them, as in Markdown."""
        body = shape.find(f"{_P}txBody")
        if body is None:
            return
        lines: list[tuple[str, bool, str, int, bool]] = []
        for paragraph in body.iter(f"{_A}p"):
            text, bold, lead = _text(paragraph)
            text = " ".join(text.split())
            if not text:
                continue
            props = paragraph.find(f"{_A}pPr")
            try:
                level = min(max(int(props.get("lvl", "0")) if props is not None else 0, 0), 8)
            except ValueError:
                level = 0
            lines.append((text, bold, lead, level,
                          self.bulleted(shape, layouts, props, level)))
        if len(lines) == 1 and not lines[0][4] and len(lines[0][0].split()) <= 6 and \
                not lines[0][0].endswith((".", ";", ",")) and \
                actor_name(lines[0][0].rstrip(":"), acronym=True) is not None:
            # "Treasurer" alone in its shape (a comparison slide's column heading, a
            # label over a box): the role of what is read after it
            counts["paragraph"] += 1
            self.doc.blocks.append(Block("heading", lines[0][0].rstrip(":"),
                                         f"{where}, paragraph {counts['paragraph']}",
                                         level=3))
            return
        self.lines(lines, where, counts)

    def lines(self, lines: list[tuple[str, bool, str, int, bool]], where: str,
              counts: dict[str, int]) -> None:
        """A shape's lines, each (text, all in bold, the words in bold it opens with,
        level, bulleted), as blocks."""
        def over_deeper(k: int) -> bool:
            text, _bold, _lead, level, item = lines[k]
            return item and k + 1 < len(lines) and lines[k + 1][3] > level and \
                lines[k + 1][4] and not text.endswith((".", ";", ","))

        def named(k: int) -> bool:
            return len(lines[k][0].split()) <= 6 and \
                actor_name(lines[k][0].rstrip(":"), acronym=True) is not None

        # "Pilot in command" in bold over its duties, like the roles in bold above and
        # below it: a line of the shape's pattern of roles, though no role word ends it
        bold_over = [k for k in range(len(lines)) if lines[k][1] and over_deeper(k)
                     and len(lines[k][0].split()) <= 8]
        pattern = len(bold_over) >= 3 and sum(named(k) for k in bold_over) * 2 > len(bold_over)
        for k, (text, bold, lead, level, item) in enumerate(lines):
            counts["paragraph"] += 1
            at = f"{where}, paragraph {counts['paragraph']}"
            if over_deeper(k) and (named(k) or pattern and k in bold_over):
                # "Product Owner" over its own deeper bullets: the role of those bullets
                self.doc.blocks.append(Block("heading", text.rstrip(":"), at,
                                             level=min(7 + level, 9)))
                continue
            run_in = run_in_title(text, lead) if lead else None
            if run_in is not None:
                # "**Treasurer.** Keeps the accounts": the run-in title, then the rest
                self.doc.blocks.append(Block("heading", run_in[0], at, level=RUN_IN_LEVEL))
                text = run_in[1]
            block = styled_block(text, at, "List" if item else "", partial(bool, bold))
            if block is not None:
                self.doc.blocks.append(replace(block, depth=level)
                                       if block.kind == "item" else block)

    def table(self, table: Element, where: str) -> None:
        """A table's rows of cells; a merged cell's text fills each cell it covers, so a
        role written once over two columns or beside three rows heads them all."""
        rows: list[tuple[str, ...]] = []
        above: list[str] = []
        for row in table.iter(f"{_A}tr"):
            cells: list[str] = []
            for cell in row.findall(f"{_A}tc"):
                if len(cells) >= MAX_TABLE_COLUMNS:
                    break
                col = len(cells)
                if cell.get("hMerge") in ("1", "true") and cells:
                    text = cells[-1]
                elif cell.get("vMerge") in ("1", "true") and col < len(above):
                    text = above[col]
                else:
                    text = cell_text(_text(p)[0] for p in cell.iter(f"{_A}p"))
                cells.append(text)
            above = cells
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append(tuple(cells))
        width = max((len(r) for r in rows), default=0)
        rows = [r + ("",) * (width - len(r)) for r in rows]
        self.doc.blocks += table_blocks(rows, where)


def _diagram_lines(data: Element | None) -> list[tuple[str, bool, str, int, bool]]:
    """A SmartArt diagram's text as bulleted lines, from its data part: each point of
    text at its depth in the diagram's tree (a box's own bullets one deeper), its
    children in their order; the points that only draw it are left out."""
    if data is None:
        return []
    texts: dict[str, str] = {}
    root = ""
    for point in data.iterfind(f"{_DGM}ptLst/{_DGM}pt"):
        kind = point.get("type", "node")
        if kind == "doc":
            root = point.get("modelId", "")
        elif kind in ("node", "asst"):
            texts[point.get("modelId", "")] = " ".join(
                " ".join(_text(p)[0] for p in point.iterfind(f"{_DGM}t/{_A}p")).split())
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in data.iterfind(f"{_DGM}cxnLst/{_DGM}cxn"):
        if cxn.get("type", "parOf") == "parOf":
            try:
                order = int(cxn.get("srcOrd", "0"))
            except ValueError:
                order = 0
            children.setdefault(cxn.get("srcId", ""), []).append((order, cxn.get("destId", "")))
    out: list[tuple[str, bool, str, int, bool]] = []
    seen = {root}
    stack = [(child, 0) for _o, child in sorted(children.get(root, []), reverse=True)]
    while stack:  # (depth first, without recursion: a diagram may nest deep or loop)
        node, depth = stack.pop()
        if node in seen or node not in texts:
            continue
        seen.add(node)
        if texts[node]:
            out.append((texts[node], False, "", min(depth, 8), True))
        stack += [(child, depth + 1)
                  for _o, child in sorted(children.get(node, []), reverse=True)]
    return out


def _slide_parts(package: _Package) -> list[str]:
    """The deck's slides in the order it shows them (its slide list, not the parts'
    names: slide10.xml may come before slide2.xml)."""
    main = package.related("", _OFFICE_DOCUMENT) or "ppt/presentation.xml"
    root = package.part(main)
    if root is None or root.tag != f"{_P}presentation":
        raise KeyError(main)
    relations = package.relations(main)
    out: list[str] = []
    for slide in root.iterfind(f"{_P}sldIdLst/{_P}sldId"):
        target = relations.get(slide.get(f"{_R}id", ""))
        if target is not None:
            out.append(target[1])
    return out


def parse_pptx(path: Path, raw: bytes) -> Document:
    """A PowerPoint deck: each slide's title a heading, its text frames' paragraphs and
    its tables' rows under it, at ``slide N, paragraph M`` and ``slide N, table T, row
    R``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError

    if raw.startswith(_OLE):
        raise DocumentError(f"{path}: the deck is protected by a password (or is an old .ppt "
                            f"renamed); remove the password, or save it as .pptx, in "
                            f"PowerPoint and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            package = _Package(path, archive)
            reader = _Slides(package)
            for number, slide in enumerate(_slide_parts(package), start=1):
                reader.read(number, slide)
    except DocumentError:
        raise
    except KeyError as exc:
        raise DocumentError(f"{path}: not a PowerPoint deck (it has no slide list); save it "
                            f"again as .pptx") from exc
    except RecursionError as exc:
        raise DocumentError(f"{path}: the deck nests its shapes too deeply to read; save it "
                            f"again from PowerPoint") from exc
    except (zipfile.BadZipFile, zlib.error, ParseError, DefusedXmlException, ValueError,
            OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        # (a damaged entry fails to inflate; a zip method or encryption zipfile does not
        # know is NotImplementedError, a password-protected entry RuntimeError)
        raise DocumentError(f"{path}: the .pptx file is damaged ({damage(exc)}); "
                            f"save it again from PowerPoint") from exc
    return reader.doc
