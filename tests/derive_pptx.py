"""Build small PowerPoint decks (.pptx) for the derivation tests with the standard library:
the package's content types and relationships, ``ppt/presentation.xml`` listing the
slides, one slide master and one layout (its body placeholder bulleted by the master's
body style), and a slide part for each slide, whose shapes are written with the helpers
below."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = f'xmlns:p="{P}" xmlns:a="{A}" xmlns:r="{R}"'
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/ppt/presentation.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
# the master's body style bullets every level; its placeholders stand where slides put
# theirs unless a slide says otherwise
MASTER = (
    f'<?xml version="1.0" encoding="UTF-8"?><p:sldMaster {NS}><p:cSld><p:spTree>'
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr/>'
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr>'
    '<p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="274638"/>'
    '<a:ext cx="8229600" cy="1143000"/></a:xfrm></p:spPr></p:sp>'
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Body"/><p:cNvSpPr/><p:nvPr>'
    '<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
    '<a:off x="457200" y="1600200"/><a:ext cx="8229600" cy="4525963"/></a:xfrm></p:spPr>'
    '</p:sp></p:spTree></p:cSld>'
    '<p:txStyles><p:bodyStyle><a:lvl1pPr><a:buChar char="&#8226;"/></a:lvl1pPr>'
    '<a:lvl2pPr><a:buChar char="&#8211;"/></a:lvl2pPr></p:bodyStyle></p:txStyles>'
    '</p:sldMaster>')
LAYOUT = (
    f'<?xml version="1.0" encoding="UTF-8"?><p:sldLayout {NS}><p:cSld><p:spTree>'
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr/></p:spTree></p:cSld></p:sldLayout>')


def _rels(*targets: tuple[str, str, str]) -> str:
    """A relationships part: (id, type, target) each."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">' +
            "".join(f'<Relationship Id="{i}" Type="{REL_TYPE}{t}" Target="{target}"/>'
                    for i, t, target in targets) + "</Relationships>")


def slide_xml(*shapes: str, hidden: bool = False) -> str:
    """A slide part holding the shapes' XML."""
    show = ' show="0"' if hidden else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:sld {NS}{show}><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr/>' + "".join(shapes) + "</p:spTree></p:cSld></p:sld>")


def build_pptx(path: Path, slides: list[str], order: list[int] | None = None,
               notes: dict[int, str] | None = None,
               diagrams: dict[int, str] | None = None) -> Path:
    """Write a deck of the slide parts' XML; ``order`` lists the parts' numbers (from 1)
    in the order the deck shows them (by default as written), ``notes`` a notes slide's
    XML for a part, ``diagrams`` the data part of the SmartArt diagram on a part (the
    ``smart_art`` frame)."""
    order = order or list(range(1, len(slides) + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", TYPES)
        package.writestr("_rels/.rels", _rels(("rId1", "officeDocument",
                                               "ppt/presentation.xml")))
        ids = "".join(f'<p:sldId id="{255 + n}" r:id="rId{n + 1}"/>' for n in order)
        package.writestr("ppt/presentation.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><p:presentation {NS}>'
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            f'<p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/>'
            '</p:presentation>'))
        package.writestr("ppt/_rels/presentation.xml.rels", _rels(
            ("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
            *((f"rId{n + 1}", "slide", f"slides/slide{n}.xml")
              for n in range(1, len(slides) + 1))))
        package.writestr("ppt/slideMasters/slideMaster1.xml", MASTER)
        package.writestr("ppt/slideLayouts/slideLayout1.xml", LAYOUT)
        package.writestr("ppt/slideLayouts/_rels/slideLayout1.xml.rels", _rels(
            ("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")))
        for n, slide in enumerate(slides, start=1):
            package.writestr(f"ppt/slides/slide{n}.xml", slide)
            targets = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
            if notes and n in notes:
                targets.append(("rId2", "notesSlide", f"../notesSlides/notesSlide{n}.xml"))
                package.writestr(f"ppt/notesSlides/notesSlide{n}.xml", notes[n])
            if diagrams and n in diagrams:
                targets.append(("rId3", "diagramData", f"../diagrams/data{n}.xml"))
                package.writestr(f"ppt/diagrams/data{n}.xml", diagrams[n])
            package.writestr(f"ppt/slides/_rels/slide{n}.xml.rels", _rels(*targets))
    return path


def para(text: str, level: int = 0, bullet: bool | None = None, bold: bool = False) -> str:
    """A paragraph of a text frame: its indent level, a bullet set (True), taken away
    (False) or left to the shape (None), its run in bold or not."""
    marks = "" if bullet is None else '<a:buChar char="&#8226;"/>' if bullet else "<a:buNone/>"
    props = f'<a:pPr lvl="{level}">{marks}</a:pPr>' if level or marks else ""
    run = '<a:rPr lang="en-GB" b="1"/>' if bold else '<a:rPr lang="en-GB"/>'
    return f"<a:p>{props}<a:r>{run}<a:t>{escape(text)}</a:t></a:r></a:p>"


def _position(at: tuple[int, int] | None) -> str:
    if at is None:
        return "<p:spPr/>"
    return (f'<p:spPr><a:xfrm><a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="3000000" '
            f'cy="1000000"/></a:xfrm></p:spPr>')


def title(text: str, kind: str = "title") -> str:
    """A title placeholder (it stands where the master's does)."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr>'
            f'<p:ph type="{kind}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>'
            f'{para(text)}</p:txBody></p:sp>')


def body(*paragraphs: str, at: tuple[int, int] | None = None) -> str:
    """A body placeholder holding paragraphs (``para``'s XML), where the master's stands
    unless ``at`` (top, left) says."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="Content"/><p:cNvSpPr/><p:nvPr>'
            f'<p:ph idx="1"/></p:nvPr></p:nvSpPr>{_position(at)}<p:txBody><a:bodyPr/>'
            f'{"".join(paragraphs)}</p:txBody></p:sp>')


def text_box(*paragraphs: str, at: tuple[int, int]) -> str:
    """A text box at (top, left) holding paragraphs."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="4" name="TextBox"/><p:cNvSpPr txBox="1"/>'
            f'<p:nvPr/></p:nvSpPr>{_position(at)}<p:txBody><a:bodyPr/>'
            f'{"".join(paragraphs)}</p:txBody></p:sp>')


def group(*shapes: str, at: tuple[int, int]) -> str:
    """A group of shapes at (top, left)."""
    return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="Group"/><p:cNvGrpSpPr/><p:nvPr/>'
            f'</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="{at[1]}" y="{at[0]}"/>'
            f'<a:ext cx="1" cy="1"/><a:chOff x="0" y="0"/><a:chExt cx="1" cy="1"/></a:xfrm>'
            f'</p:grpSpPr>{"".join(shapes)}</p:grpSp>')


def table(rows: list[list[str]], at: tuple[int, int] = (1600200, 457200)) -> str:
    """A table in a graphic frame; a cell "<" is merged into the one to its left, "^"
    into the one above."""
    def cell(text: str) -> str:
        merge = ' hMerge="1"' if text == "<" else ' vMerge="1"' if text == "^" else ""
        shown = "" if merge else escape(text)
        return (f'<a:tc{merge}><a:txBody><a:bodyPr/><a:p><a:r><a:t>{shown}</a:t></a:r></a:p>'
                f'</a:txBody><a:tcPr/></a:tc>')
    grid = "".join('<a:gridCol w="1000000"/>' for _ in rows[0])
    body_rows = "".join('<a:tr h="370840">' + "".join(cell(c) for c in r) + "</a:tr>"
                        for r in rows)
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="Table"/>'
            f'<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm>'
            f'<a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="8000000" cy="3000000"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/'
            f'table"><a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{body_rows}'
            f'</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')


def notes_xml(text: str) -> str:
    """A notes slide whose body holds the text."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:notes {NS}><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr/><p:nvPr>'
            f'<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>'
            f'{para(text)}</p:txBody></p:sp></p:spTree></p:cSld></p:notes>')


DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"


def smart_art(at: tuple[int, int] = (1600200, 457200)) -> str:
    """The frame of a SmartArt diagram whose data part is the slide's ``rId3``."""
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="7" name="Diagram"/>'
            f'<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm>'
            f'<a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="8000000" cy="3000000"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" '
            f'r:dm="rId3" r:lo="rId4" r:qs="rId5" r:cs="rId6"/></a:graphicData></a:graphic>'
            f'</p:graphicFrame>')


def diagram_data(tree: list[tuple[str, list[str]]]) -> str:
    """A SmartArt data part: boxes (text, the bullets inside them), written in the
    reverse of their order, which the connections' ``srcOrd`` give, with the points that
    only draw the diagram between them."""
    points = ['<dgm:pt modelId="doc" type="doc"><dgm:t><a:bodyPr/><a:p/></dgm:t></dgm:pt>']
    links: list[str] = []

    def point(model: str, text: str) -> str:
        return (f'<dgm:pt modelId="{model}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t>'
                f'<a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB"/>'
                f'<a:t>{escape(text)}</a:t></a:r></a:p></dgm:t></dgm:pt>')
    for b, (text, bullets) in reversed(list(enumerate(tree))):
        points.append(point(f"b{b}", text))
        points.append(f'<dgm:pt modelId="pres{b}" type="pres"><dgm:t><a:p><a:r>'
                      f'<a:t>drawn {b}</a:t></a:r></a:p></dgm:t></dgm:pt>')
        links.append(f'<dgm:cxn modelId="c{b}" srcId="doc" destId="b{b}" srcOrd="{b}" '
                     f'destOrd="0"/>')
        links.append(f'<dgm:cxn modelId="p{b}" type="presOf" srcId="b{b}" destId="pres{b}" '
                     f'srcOrd="0" destOrd="0"/>')
        for k, bullet in enumerate(bullets):
            points.append(point(f"b{b}-{k}", bullet))
            links.append(f'<dgm:cxn modelId="c{b}-{k}" srcId="b{b}" destId="b{b}-{k}" '
                         f'srcOrd="{k}" destOrd="0"/>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel xmlns:dgm="{DGM}" '
            f'xmlns:a="{A}"><dgm:ptLst>{"".join(points)}</dgm:ptLst>'
            f'<dgm:cxnLst>{"".join(links)}</dgm:cxnLst></dgm:dataModel>')
