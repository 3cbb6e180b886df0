"""Build small OpenDocument text files for the derivation tests with the standard library:
a package whose first entry is its ``mimetype``, stored uncompressed, then
``content.xml``, ``styles.xml`` and ``META-INF/manifest.xml``."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
MIMETYPE = "application/vnd.oasis.opendocument.text"
# an automatic style in bold, one derived from the Title style
AUTOMATIC_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    '</office:automatic-styles>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES} '
          'office:version="1.3"><office:styles>'
          '<style:style style:name="Title" style:family="paragraph"/>'
          '</office:styles></office:document-styles>')
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
    f'manifest:media-type="{MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" '
    'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" '
    'manifest:media-type="text/xml"/></manifest:manifest>')


def content_xml(body: str) -> str:
    """The content part around the body's XML."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} '
            f'office:version="1.3">{AUTOMATIC_STYLES}<office:body><office:text>'
            f'<text:sequence-decls/>{body}</office:text></office:body></office:document-content>')


def flat_xml(body: str) -> str:
    """A flat OpenDocument text (.fodt): styles and content in one XML file."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NAMESPACES} '
            f'office:version="1.3" office:mimetype="{MIMETYPE}">{AUTOMATIC_STYLES}'
            f'<office:body><office:text>{body}</office:text></office:body></office:document>')


def build_odt(path: Path, body: str) -> Path:
    """Write an .odt package whose text is the body's XML."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content_xml(body), compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("styles.xml", STYLES, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return path


def h(text: str, level: int = 1) -> str:
    """A heading of an outline level."""
    return f'<text:h text:outline-level="{level}">{escape(text)}</text:h>'


def p(text: str) -> str:
    """A paragraph (its text already XML)."""
    return f"<text:p>{text}</text:p>"


def items(*texts: str) -> str:
    """A list of items (their text already XML)."""
    return "<text:list>" + "".join(f"<text:list-item>{p(t)}</text:list-item>"
                                   for t in texts) + "</text:list>"


def table(rows: list[list[str]]) -> str:
    """A table, its first row in the header rows."""
    def row(cells: list[str]) -> str:
        return "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string">{p(escape(c))}</table:table-cell>'
            for c in cells) + "</table:table-row>"
    return ('<table:table table:name="Table1"><table:table-column table:number-columns-repeated'
            f'="{len(rows[0])}"/><table:table-header-rows>{row(rows[0])}</table:table-header-rows>'
            + "".join(row(r) for r in rows[1:]) + "</table:table>")
