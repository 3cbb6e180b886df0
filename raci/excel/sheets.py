"""Open an untrusted workbook and read each sheet's cells within fixed bounds.

A workbook is checked before it is parsed (file type, zip integrity, unpacked
size) and read with openpyxl's read-only mode, so memory follows the cells that
exist, not the sheet size a file claims. Read-only mode keeps no merged ranges
or comments, so both are read here from the sheet's own parts: merged ranges
are clipped to the cells that hold values before anything is filled (a merged
range over a whole sheet costs nothing), and comments come from the sheet's
comments part. openpyxl parses the XML through defusedxml (a dependency).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.comments.comment_sheet import CommentSheet
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import get_column_letter, range_boundaries
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import COMMENTS_NS, SHARED_STRINGS
from openpyxl.xml.functions import fromstring

from raci.errors import RaciError
from raci.files import damage, read_user_file

MAX_DECOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_CELLS = 500_000
MAX_TEXT = 32_767  # Excel's own limit for one cell
MAX_COMMENT = 10_000  # the longest cell note a project holds
MAX_MERGES = 100_000
MAX_SHARED_STRINGS = 64 * 1024 * 1024
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
CONVERT_SECONDS = 120

Cell = tuple[int, int]


@dataclass
class SheetCells:
    """The non-empty cells of one sheet (0-based row, column) and what covers them."""

    title: str
    text: dict[Cell, str] = field(default_factory=dict)
    styles: dict[Cell, int] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    comments: dict[Cell, str] = field(default_factory=dict)
    rows: int = 0
    cols: int = 0
    emphasis: dict[int, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    """How the cells were read when that differs from the sheet as it stands."""
    struck: frozenset[int] = frozenset()
    """The styles whose font is struck through."""
    coloured: dict[Cell, str] = field(default_factory=dict)
    """Empty cells filled with a colour, and that colour: a grid may mark its letters so."""
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    """The rows and columns the workbook hides (within the filled cells)."""

    def grid(self) -> list[list[str]]:
        """The cells as a dense table of text ('' for empty), within the checked bounds."""
        out = [["" for _ in range(self.cols)] for _ in range(self.rows)]
        for (r, c), value in self.text.items():
            out[r][c] = value
        return out

    def weight(self, r: int, c: int) -> float:
        """How emphasised a cell's font is: size, plus 4 when bold (0 when unknown)."""
        style = self.styles.get((r, c))
        return self.emphasis.get(style, 0.0) if style is not None else 0.0

    def struck_through(self, r: int, c: int) -> bool:
        """True when a cell's text is struck through (crossed out but kept)."""
        return self.styles.get((r, c)) in self.struck


ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError)
"""What zipfile raises for a damaged archive (ValueError: names that are not UTF-8)."""


def check_container(path: Path, data: bytes) -> None:
    """Refuse what is not a readable .xlsx before any XML is parsed."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise RaciError(
            f"{path}: an old binary Excel (.xls) workbook; open it in Excel or LibreOffice "
            "and save it as .xlsx first"
        )
    if data[:4] != b"PK\x03\x04":
        head = data[:512]
        if head and all(b in b"\t\r\n" or 32 <= b < 127 or b >= 128 for b in head):
            raise RaciError(
                f"{path}: this is a text file, not an Excel workbook; a table saved as text "
                "imports when its name ends in .csv, .tsv or .txt"
            )
        raise RaciError(f"{path}: not an Excel workbook (.xlsx), nor a table saved as text "
                        "(it may be damaged, or a file of another kind); open it in the "
                        "program that made it and save it as .xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            names = {i.filename for i in infos}
            if total <= MAX_DECOMPRESSED:
                broken = zf.testzip()
                if broken is not None:
                    raise RaciError(f"{path}: the workbook is damaged (part {broken} fails its "
                                    "checksum); open it in a spreadsheet program to repair it")
    except ZIP_DAMAGE as exc:
        raise RaciError(f"{path}: the workbook is damaged ({damage(exc)}); open it in a "
                        "spreadsheet program to repair it") from exc
    if total > MAX_DECOMPRESSED or (len(data) and total / len(data) > MAX_RATIO and total > 10e6):
        raise RaciError(
            f"{path}: unpacks to {total // 1_000_000} MB, more than the "
            f"{MAX_DECOMPRESSED // 1_000_000} MB limit for a RACI workbook"
        )
    strings = max((i.file_size for i in infos
                   if i.filename.lower().endswith("sharedstrings.xml")), default=0)
    if strings > MAX_SHARED_STRINGS:
        raise RaciError(
            f"{path}: its shared text table unpacks to {strings // 1_000_000} MB, more than the "
            f"{MAX_SHARED_STRINGS // 1_000_000} MB a RACI workbook needs"
        )
    if "xl/workbook.xml" not in names and "mimetype" not in names:
        raise RaciError(f"{path}: a zip file, but not an Excel workbook (no xl/workbook.xml)")


def is_ods(data: bytes) -> bool:
    """True for an OpenDocument spreadsheet (LibreOffice's .ods)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "mimetype" in zf.namelist() and zf.read("mimetype").strip() == ODS_MIMETYPE
    except (*ZIP_DAMAGE, KeyError):
        return False


def ods_to_xlsx(path: Path) -> bytes:
    """Convert an .ods file through LibreOffice (when installed) and return the .xlsx bytes."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise RaciError(f"{path}: an OpenDocument spreadsheet (.ods); install LibreOffice to "
                        "import it directly, or open it and save it as .xlsx")
    with tempfile.TemporaryDirectory(prefix="raci-ods-") as tmp:
        source = Path(tmp) / "in.ods"
        source.write_bytes(read_user_file(path))
        try:
            subprocess.run(
                [office, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                 "--convert-to", "xlsx", "--outdir", tmp, str(source)],
                capture_output=True, timeout=CONVERT_SECONDS, check=True,
            )
            return (Path(tmp) / "in.xlsx").read_bytes()
        except (OSError, subprocess.SubprocessError) as exc:
            raise RaciError(f"{path}: LibreOffice could not convert this .ods file ({exc}); "
                            "open it and save it as .xlsx") from exc


STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/spreadsheetml/main":
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/drawingml/main":
        b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties":
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}


def _has_member(data: bytes, name: str) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return name in zf.namelist()


def strict_to_transitional(data: bytes) -> bytes:
    """Rewrite a Strict Open XML workbook's namespaces to the transitional ones openpyxl reads."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w",
                                                                   zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in STRICT_NAMESPACES.items():
                    content = content.replace(strict, transitional)
            dst.writestr(info, content)
    return out.getvalue()


def unreadable(path: Path, exc: BaseException) -> RaciError:
    """The one-line error for a workbook openpyxl cannot parse."""
    chain: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and len(chain) < 10:
        chain.append(link)
        link = link.__cause__ or link.__context__
    if any("Forbidden" in e.__class__.__name__ for e in chain):
        return RaciError(
            f"{path}: the workbook cannot be read: it contains XML entity or DTD "
            "declarations, which are refused for safety; open and re-save it in a "
            "spreadsheet program"
        )
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return RaciError(f"{path}: the workbook cannot be read ({exc.__class__.__name__}"
                     f"{': ' + text if text else ''}); open and re-save it in a spreadsheet "
                     "program")


class Book:
    """An opened workbook: its shared strings, styles and worksheet parts, nothing parsed yet.

    openpyxl's own read-only loader scans a whole sheet when its dimension tag is
    missing; reading the parts through its ExcelReader steps avoids that scan.
    """

    def __init__(self, reader: ExcelReader) -> None:
        self.reader = reader
        self.wb = reader.wb
        self.archive: zipfile.ZipFile = reader.archive
        self.parts: dict[str, str] = {}
        for sheet, rel in reader.parser.find_sheets():
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type:
                self.parts[str(sheet.name)] = str(rel.target)

    @property
    def sheetnames(self) -> list[str]:
        """The worksheet names in workbook order."""
        return list(self.parts)

    def close(self) -> None:
        """Release the archive."""
        self.archive.close()


class TextTable:
    """A table saved as text (CSV, or tab- or semicolon-separated): one sheet, named for
    the file, read at once within the same bounds as a workbook's sheet."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.sheet = _text_cells(path, data)

    @property
    def sheetnames(self) -> list[str]:
        """The one sheet's name."""
        return [self.sheet.title]

    def close(self) -> None:
        """Nothing to release."""


TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SEPARATORS = ",;\t|"


def _decoded(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a saved table: UTF-8 (with or without its mark, or UTF-16 with one),
    else the Windows code page spreadsheet programs save CSV in, line by line: a UTF-8
    file with one line pasted from elsewhere keeps its accents on every other line. The
    code page is the one the other lines read best in (_code_pages), and the note says
    which ('' for a text wholly in UTF)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    out: list[str | bytes] = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line)
    others = [line for line in out if isinstance(line, bytes)]
    for page in _code_pages(others):
        try:
            text = "\n".join(line if isinstance(line, str) else line.decode(page)
                             for line in out)
        except UnicodeDecodeError:
            continue
        mixed = any(isinstance(line, str) and not line.isascii() for line in out)
        which = "lines not in UTF-8 are" if mixed else "the text is"
        return text, (f"{which} read as {CODE_PAGE_NAMES[page]}; if letters look wrong, save "
                      "the table from the spreadsheet program as CSV UTF-8")
    raise RaciError(f"{path}: the text is in none of the encodings spreadsheet programs save "
                    "CSV in (UTF-8, or the Windows code page for Western, Central European, "
                    "Cyrillic, Japanese, Korean or Chinese text); save it from the "
                    "spreadsheet program as CSV UTF-8")


WIDE_CODE_PAGES = (
    ("cp932", "cp932", ((0x81, 0x98),)),
    ("cp949", "euc_kr", ((0xA1, 0xAC), (0xB0, 0xC8))),
    ("cp950", "big5", ((0xA1, 0xC6),)),
    ("gbk", "gb2312", ((0xA1, 0xA3), (0xB0, 0xD7))),
)
"""The code pages Excel saves CSV in on a Japanese, Korean, Traditional and Simplified
Chinese Windows (two bytes to a character), each with the national standard it extends
and the rows (first bytes) where that standard keeps its everyday characters: punctuation,
full-width letters, kana and the first-level kanji (JIS X 0208); the 2,350 common Hangul
syllables (KS X 1001); the frequent hanzi of Big5; the first-level hanzi (GB 2312)."""
ISO_LATIN = "iso8859_3"
"""The code page of an older system's export in South European text (ISO-8859-3, Latin-3:
Maltese 'ħ', 'ġ', 'ċ', 'ż'), whose 'ħ' Windows-1250 and -1252 read as '±', a symbol."""
CODE_PAGE_NAMES = {
    "cp932": "Japanese (Shift_JIS, code page 932)", "cp949": "Korean (code page 949)",
    "cp950": "Traditional Chinese (Big5, code page 950)",
    "gbk": "Simplified Chinese (GBK, code page 936)",
    "cp1250": "Central European (Windows-1250)", "cp1251": "Cyrillic (Windows-1251)",
    "cp1252": "Western (Windows-1252)", "cp1253": "Greek (Windows-1253)",
    "cp1255": "Hebrew (Windows-1255)", "cp1256": "Arabic (Windows-1256)",
    "cp874": "Thai (Windows-874)", ISO_LATIN: "South European (ISO-8859-3, Latin-3)",
    "mac_roman": "Western (Mac Roman, as Excel for Mac saves 'CSV (Macintosh)')",
}
WIDE_SAMPLE = 64 * 1024
"""Bytes of a table's text enough to tell its code page."""
EVERYDAY_SHARE = 0.8
"""The share of a text's characters beyond ASCII that must be everyday characters of a
two-byte code page for the text to be read in it."""


def _code_pages(lines: list[bytes]) -> list[str]:
    """The code pages to read these lines in, the likeliest first.

    A two-byte code page of East Asia when the text read in it is words of several
    characters (not a letter alone in a Latin word, as a Western accent is) and nearly all
    of them the everyday characters of its standard: text read in the wrong such code page
    lands mostly on rare or unassigned characters. On equal shares, the order of
    WIDE_CODE_PAGES decides (a Korean text also reads as common hanzi, never the other way
    round). Else, when the letters are mostly bytes beyond ASCII (a script other than
    Latin: every letter of a word is), the code page of such a script that misreads the
    fewest words (_misreadings), Windows-1251 (Cyrillic) on a tie; else Windows-1252,
    where such bytes are the accented letters a Western text has a few of, or Windows-1250
    (Central European) when it reads the words with fewer symbols inside them
    ('Księgowość', not 'Ksiêgowoœæ'), or with as many and the text has 'š' or 'ž'
    ('Příprava' beside 'Zajištění', not 'Pøíprava'); before both, ISO-8859-3 (an older
    system's export of Maltese text) when it reads the words with no symbol inside them
    where both Windows code pages read many ('Ħlas', not '±las'; _iso_latin_reads_better)."""
    sample = b"\n".join(lines)
    if len(sample) > WIDE_SAMPLE:
        sample = sample[:sample.rfind(b"\n", 0, WIDE_SAMPLE) + 1] or sample[:WIDE_SAMPLE]
    wide: list[tuple[float, str]] = []
    for page, standard, rows in WIDE_CODE_PAGES:
        share = _everyday_share(sample, page, standard, rows)
        if share >= EVERYDAY_SHARE and (not wide or share > wide[0][0]):
            wide.insert(0, (share, page))
    high = sum(1 for byte in sample if byte >= 0xC0)
    ascii_letters = sum(1 for byte in sample if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)
    if high > ascii_letters:
        single = sorted(SCRIPT_CODE_PAGES, key=lambda page: _misreadings(sample, page))
        return [page for _, page in wide] + single + ["cp1252", "cp1250"]
    central = _symbols_in_words(sample, "cp1250")
    western = _symbols_in_words(sample, "cp1252")
    if central < western or (
            central == western and any(byte in SLAVIC_BYTES for byte in sample)):
        single = ["cp1250", "cp1252"]
    else:
        single = ["cp1252", "cp1250"]
    if _iso_latin_reads_better(sample):
        single.insert(0, ISO_LATIN)
    elif _mac_reads_better(sample):
        single.insert(0, MAC_ROMAN)
    return [page for _, page in wide] + single


MAC_ROMAN = "mac_roman"
"""The code page of Excel for Mac's 'CSV (Macintosh)': its accented small letters are the
bytes 0x80 to 0x9F, where Windows-1252 has capitals, quotes and dashes ('ä' read as 'Š')."""


def _mac_reads_better(sample: bytes) -> bool:
    """True when a Latin text reads in MAC_ROMAN with fewer misread words than in both
    Windows-1250 and -1252, which misread two or more: a symbol inside a word, or a
    capital right after a small letter ('AktivitŽit', 'ofst‘mmen' for 'Aktivitéit',
    'ofstëmmen'). A Windows text read as Mac Roman misreads its accents so ('CafÈ')."""
    if not any(0x80 <= byte <= 0x9F for byte in sample):
        return False  # Mac Roman's small accented letters are all there
    windows = min(_latin_misreadings(sample, page) for page in ("cp1250", "cp1252"))
    return windows >= 2 and _latin_misreadings(sample, MAC_ROMAN) < windows


def _latin_misreadings(sample: bytes, page: str) -> int:
    """A Latin text's symbols inside words (an apostrophe is none: 'It’s') and words with
    a capital right after a small letter beyond ASCII, read in a one-byte code page (more
    than the sample's length when it does not read)."""
    try:
        text = sample.decode(page).replace("’", "'")
    except UnicodeDecodeError:
        return len(sample) + 1
    return _symbols_inside(text) + sum(
        1 for word in _WORD.findall(text) if not word.isascii()
        and any(a.islower() and b.isupper() and not (a + b).isascii()
                for a, b in zip(word, word[1:], strict=False)))


ISO_LATIN_SHARE = 0.2
"""The share of a Latin text's characters beyond ASCII that must be symbols inside words
in both Windows code pages for it to be read in ISO_LATIN."""


def _iso_latin_reads_better(sample: bytes) -> bool:
    """True when a Latin text reads in ISO_LATIN with no symbol inside a word while both
    Windows-1250 and -1252 put symbols inside two words or more, and in a fifth of its
    characters beyond ASCII (Maltese 'Ħlas', 'għodda' read as '±las', 'g±odda'; a Western
    text with one 'Größe±Toleranz' is none). Only a symbol whose ISO_LATIN letter fits the
    case of its word counts: 'Soll±Ist' would be 'SollħIst', a small letter before a
    capital, and 'Équipe«Projet' 'ÉquipeĞProjet', so their symbols are the text's own. A
    text with bytes 0x80 to 0x9F is in a Windows code page (an ISO one keeps them for
    control characters: Windows' curly quotes, 'œ', '€' are there), and one with bytes
    that are no character in ISO_LATIN cannot be in it."""
    if any(0x80 <= byte <= 0x9F for byte in sample) or _symbols_in_words(sample, ISO_LATIN):
        return False
    beyond = sum(1 for byte in sample if byte >= 0x80)
    words = [(word.decode(ISO_LATIN), word) for word in re.split(rb"[\s,;|\"]+", sample)
             if any(byte >= 0x80 for byte in word)]
    for page in ("cp1250", "cp1252"):
        odd = [n for latin, word in words if (n := _symbols_inside(word.decode(page), latin))]
        if len(odd) < 2 or sum(odd) < ISO_LATIN_SHARE * beyond:
            return False
    return True


SCRIPT_CODE_PAGES = ("cp1251", "cp1253", "cp1255", "cp1256", "cp874")
"""The one-byte code pages of scripts other than Latin, whose every letter is a byte
beyond ASCII: Cyrillic, Greek, Hebrew, Arabic, Thai (the likeliest first)."""
_WORD = re.compile(r"[^\W\d_]+")
CASED_WORDS = 5
"""Words in a cased script enough to expect a capital among them."""


def _misreadings(sample: bytes, page: str) -> int:
    """How wrong a text of another script than Latin reads in a one-byte code page: its
    symbols inside words, its words with a capital after a small letter (Greek 'ά' read
    as Cyrillic 'Ь'), and, read as a script with capitals that never opens a word on one,
    every word (Hebrew read as Cyrillic small letters; a Russian text all in small
    letters is so in Greek too, with 'ё' a capital inside a word); more than the sample's
    length when it does not read at all."""
    odd = _symbols_in_words(sample, page)
    if odd > len(sample):
        return odd
    text = sample.decode(page)
    capitals = cased = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        odd += any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
        capitals += word[0].isupper()
        cased += any(ch.islower() for ch in word)
    return odd + (cased if cased >= CASED_WORDS and not capitals else 0)


SLAVIC_BYTES = frozenset(b"\x8a\x8e\x9a\x9e")
"""'Š', 'Ž', 'š', 'ž', the same bytes in Windows-1250 and -1252: letters of the Central
European languages (Czech, Slovak, Slovene, Croatian), few Western words have them."""


def _everyday_share(sample: bytes, page: str, standard: str,
                    rows: tuple[tuple[int, int], ...]) -> float:
    """The share of the sample's characters beyond ASCII, read in a two-byte code page,
    that are everyday characters of its standard (0 when it does not read, or its
    characters stand mostly alone between ASCII ones)."""
    try:
        text = sample.decode(page)
    except UnicodeDecodeError:
        return 0.0
    wide = [i for i, ch in enumerate(text) if ord(ch) > 0x7F]
    joined = sum(1 for i in wide if (i > 0 and ord(text[i - 1]) > 0x7F)
                 or (i + 1 < len(text) and ord(text[i + 1]) > 0x7F))
    if not wide or 2 * joined < len(wide):
        return 0.0
    everyday = 0
    for i in wide:
        try:
            code = text[i].encode(standard)
        except UnicodeEncodeError:
            continue
        everyday += len(code) == 2 and any(lo <= code[0] <= hi for lo, hi in rows)
    return everyday / len(wide)


def _symbols_in_words(sample: bytes, page: str) -> int:
    """How many characters beyond ASCII the sample, read in a one-byte code page, has
    between two letters that are neither letters nor marks on them (len(sample) when it
    does not read)."""
    try:
        text = sample.decode(page)
    except UnicodeDecodeError:
        return len(sample) + 1
    return _symbols_inside(text)


def _symbols_inside(text: str, latin: str | None = None) -> int:
    """How many characters beyond ASCII the text has between two letters that are neither
    letters nor marks on them; with latin (the same bytes read in ISO_LATIN), only those
    that are there a letter fitting its word's case: a small letter with no capital after
    it, a capital with no small letter before it ('għodda', 'GĦODDA'; not 'SollħIst')."""
    return sum(1 for i in range(1, len(text) - 1)
               if ord(text[i]) > 0x7F and not _in_word(text[i])
               and _in_word(text[i - 1]) and _in_word(text[i + 1])
               and (latin is None or _fits_case(latin, i)))


def _fits_case(text: str, i: int) -> bool:
    """True when the letter at i fits the case of the letters beside it."""
    if text[i].islower():
        return not text[i + 1].isupper()
    return not (text[i].isupper() and text[i - 1].islower())


def _in_word(ch: str) -> bool:
    """A letter, or a mark written on one (Thai vowel and tone marks: 'ผู้')."""
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _dialect(sample: str) -> Any:
    """How a saved table separates its values: as csv.Sniffer finds it, else (a title or
    legend line holds no separator, which the sniffer cannot reconcile) the separator that
    splits the most lines; commas when none splits any. Values are quoted in double quotes
    as spreadsheet programs write them: an apostrophe that keeps a cell from running as a
    formula ('=Total, '-draft) is no quote, though the sniffer may take it for one."""
    # a table saved with a carriage return alone at each line's end (Excel for Mac's 'CSV
    # (Macintosh)') is told by its lines as any other
    sample = sample.replace("\r\n", "\n").replace("\r", "\n")
    try:
        found = csv.Sniffer().sniff(sample, delimiters=SEPARATORS)
        if found.quotechar == '"':
            return found
    except csv.Error:
        pass
    best: tuple[int, Any] = (0, csv.excel)
    for separator in SEPARATORS:
        try:
            split = sum(1 for row in csv.reader(io.StringIO(sample, newline=""),
                                                csv.excel, delimiter=separator)
                        if sum(1 for value in row if value.strip()) > 1)
        except csv.Error:
            continue
        if split > best[0]:
            best = (split, _Separated(separator))
    return best[1]


class _Separated(csv.excel):
    """Excel's way of writing CSV, with another separator."""

    def __init__(self, separator: str) -> None:
        super().__init__()
        self.delimiter = separator


def _text_cells(path: Path, data: bytes) -> SheetCells:
    text, read_as = _decoded(path, data)
    if "\x00" in text:
        raise RaciError(f"{path}: not a text table (it holds binary data); save the matrix as "
                        ".xlsx or CSV")
    # 'sep=;' on the first line names the separator (Excel writes and reads it); the
    # line is no value, but the rows keep their numbers in the file
    hint = re.match(r"sep=([^\r\n])[ \t]*\r?\n", text, re.IGNORECASE)
    dialect = _Separated(hint[1]) if hint else _dialect(text[:64_000])
    sheet = SheetCells(path.stem, notes=[read_as] if read_as else [])
    try:
        for r, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect)):
            if hint and r == 0:
                continue
            for c, value in enumerate(row):
                value = value.strip()[:MAX_TEXT]
                if value.startswith("'") and value[1:2] in ("=", "+", "-", "@"):
                    value = value[1:]  # written safe from running as a formula
                if value:
                    sheet.text[(r, c)] = value
                    if len(sheet.text) > MAX_CELLS:
                        raise RaciError(f"{path}: more than the {MAX_CELLS:,} filled cells "
                                        "a RACI table may have")
    except csv.Error as exc:
        raise RaciError(f"{path}: cannot be read as CSV ({exc}); open it in a spreadsheet "
                        "program and save it as .xlsx") from exc
    if not sheet.text:
        raise RaciError(f"{path}: holds separators but no values; save the matrix again from "
                        "the spreadsheet program")
    sheet.rows = max(r for r, _ in sheet.text) + 1
    sheet.cols = max(c for _, c in sheet.text) + 1
    if sheet.rows * sheet.cols > MAX_CELLS:
        raise RaciError(f"{path}: its values span {sheet.rows:,} rows x {sheet.cols:,} "
                        f"columns, more than the {MAX_CELLS:,} cells a RACI table may have")
    return sheet


def open_workbook(path: Path) -> Book | TextTable:
    """The workbook's parts, after the container checks; sheets are read on demand. A
    table saved as text (.csv, .tsv, .txt) is read whole, as one sheet."""
    data = read_user_file(path)
    if not data.strip(b" \t\r\n\x00").removeprefix(b"\xef\xbb\xbf").strip():
        raise RaciError(f"{path}: the file is empty; save the matrix into it again from the "
                        "spreadsheet program, or choose another file")
    if path.suffix.lower() in TEXT_SUFFIXES and not data.startswith(b"PK\x03\x04"):
        return TextTable(path, data)
    check_container(path, data)
    if is_ods(data):
        data = ods_to_xlsx(path)
        check_container(path, data)
    elif not _has_member(data, "xl/workbook.xml"):
        raise RaciError(f"{path}: a zip file, but not an Excel workbook (no xl/workbook.xml)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            strict = b"purl.oclc.org/ooxml" in zf.read("xl/workbook.xml")
        if strict:
            data = strict_to_transitional(data)
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
        reader.read_manifest()
        strings = reader.package.find(SHARED_STRINGS)
        # runs of rich text are read only where one may be struck through
        reader.rich_text = strings is not None and _mentions_strike(reader.archive,
                                                                    strings.PartName[1:])
        reader.read_strings()
        if reader.rich_text:
            reader.shared_strings = [_unstruck(text) for text in reader.shared_strings]
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        return Book(reader)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise unreadable(path, exc) from exc


class StruckText(str):
    """A cell's text whose every run is struck through, though its cell's style is not."""


class ChangedText(str):
    """A cell's text after a change tracked inside it: was, the text struck through;
    shown, True when what it now says has a font of its own, not struck through (whatever
    the cell's style: a program may give the cell the font of its first run)."""

    was: str = ""
    shown: bool = False


def _mentions_strike(archive: zipfile.ZipFile, member: str, chunk: int = 1 << 20) -> bool:
    """True when a part of the workbook names a font struck through anywhere (a run of
    rich text crossed out): read once, chunk by chunk, the word found across a chunk's
    end too (each chunk is searched after the last bytes of the one before)."""
    word = b"strike"
    tail = b""
    with archive.open(member) as fh:
        while data := fh.read(chunk):
            window = tail + data
            if word in window:
                return True
            tail = window[-(len(word) - 1):]
    return False


def _unstruck(value: Any) -> Any:
    """A rich-text cell's text without its runs struck through: a change tracked inside
    the cell ('C' struck through, then 'R') reads as what it now says ('R'). Text whose
    every run is struck through is kept whole, as a StruckText (crossed out as if its
    style were). Anything else is returned as it is."""
    if not isinstance(value, CellRichText):
        return value
    kept = "".join(run.text if isinstance(run, TextBlock) else str(run) for run in value
                   if not (isinstance(run, TextBlock) and run.font.strike))
    if kept.strip():
        was = " ".join(run.text for run in value
                       if isinstance(run, TextBlock) and run.font.strike and run.text.strip())
        if not was:
            return kept
        changed = ChangedText(kept)
        changed.was = " ".join(was.split())
        changed.shown = all(isinstance(run, TextBlock) for run in value
                            if not (isinstance(run, TextBlock) and run.font.strike))
        return changed
    return StruckText("".join(str(run) for run in value))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()[:MAX_TEXT]


def _emphasis(wb: Any) -> dict[int, float]:  # openpyxl's Workbook is untyped
    out: dict[int, float] = {}
    fonts = getattr(wb, "_fonts", [])
    for i, style in enumerate(getattr(wb, "_cell_styles", [])):
        font_id = getattr(style, "fontId", 0)
        if 0 <= font_id < len(fonts):
            font = fonts[font_id]
            out[i] = float(font.sz or 11) + (4.0 if font.b else 0.0)
    return out


def _struck(wb: Any) -> frozenset[int]:  # openpyxl's Workbook is untyped
    fonts = getattr(wb, "_fonts", [])
    return frozenset(i for i, style in enumerate(getattr(wb, "_cell_styles", []))
                     if 0 <= (font_id := getattr(style, "fontId", 0)) < len(fonts)
                     and fonts[font_id].strike)


def _colour(color: Any) -> str:  # openpyxl's Color is untyped
    """One colour as a comparable string: its RGB, else its theme and tint, else its index."""
    if color is None:
        return ""
    kind = getattr(color, "type", "rgb")
    if kind == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:].upper()
    if kind == "theme":
        return f"theme{color.theme}/{round(float(color.tint or 0), 3)}"
    if kind == "indexed":
        return f"indexed{color.indexed}"
    return ""


def fill_colours(fill: Any) -> tuple[str, ...]:  # openpyxl's Fill is untyped
    """The colours a fill shows: one for a solid fill, each stop's for a gradient."""
    stops = getattr(fill, "stop", None)
    if getattr(fill, "type", None) in ("linear", "path") and stops:
        return tuple(c for c in (_colour(s.color) for s in stops) if c)
    if getattr(fill, "fill_type", None) == "solid":
        colour = _colour(fill.fgColor)
        return (colour,) if colour and colour not in ("000000", "FFFFFF") else ()
    return ()


def _filled(wb: Any) -> dict[int, str]:  # openpyxl's Workbook is untyped
    """The styles that fill their cells with a colour (or a gradient), and that colour."""
    fills = getattr(wb, "_fills", [])
    return {i: "+".join(colours) for i, style in enumerate(getattr(wb, "_cell_styles", []))
            if 0 <= (fill_id := getattr(style, "fillId", 0)) < len(fills)
            and (colours := fill_colours(fills[fill_id]))}


def colour_advice(sheet: SheetCells) -> str:
    """What to do with a grid marked by colour alone (four empty cells or more filled in
    two colours or more, varying along a row and down a column, no letters in them):
    colours are not read as letters; '' for another sheet. Cells filled white, in one
    colour, or banded a colour a row (or a column) mark no letters."""
    if len(sheet.coloured) < 4:
        return ""
    by_row: dict[int, set[str]] = {}
    by_col: dict[int, set[str]] = {}
    for (r, c), colour in sheet.coloured.items():
        by_row.setdefault(r, set()).add(colour)
        by_col.setdefault(c, set()).add(colour)
    colours = len(set(sheet.coloured.values()))
    if not (any(len(seen) > 1 for seen in by_row.values())
            and any(len(seen) > 1 for seen in by_col.values())):
        return ""
    top, left = min(r for r, _ in sheet.coloured), min(c for _, c in sheet.coloured)
    bottom, right = max(r for r, _ in sheet.coloured), max(c for _, c in sheet.coloured)
    where = (f"{get_column_letter(left + 1)}{top + 1}:"
             f"{get_column_letter(right + 1)}{bottom + 1}")
    return (f"{len(sheet.coloured)} empty cells in {where} are filled with {colours} "
            "colours: a grid "
            "marked by colour is not read (only letters are); type the letter each colour "
            "stands for into its cells (the sheet's colour key, if it has one, says which) "
            "and import again")


def _strike_style(sheet: SheetCells, key: Cell, styles: int) -> None:
    """Give a cell whose text is struck through run by run the struck-through twin of its
    style (its number past the workbook's styles), so it reads as crossed out as a cell
    styled so does, its emphasis unchanged."""
    style = sheet.styles[key]
    twin = styles + style
    sheet.emphasis[twin] = sheet.emphasis.get(style, 0.0)
    sheet.struck = sheet.struck | {twin}
    sheet.styles[key] = twin


def _unstrike_style(sheet: SheetCells, key: Cell, styles: int) -> None:
    """Give a cell whose style is struck through, but whose text now reads in runs of a font
    not struck (a change tracked inside the cell), a twin of its style not struck through
    (its number past the struck-through twins), its emphasis unchanged."""
    style = sheet.styles[key]
    if style not in sheet.struck:
        return
    twin = 2 * styles + style
    sheet.emphasis[twin] = sheet.emphasis.get(style, 0.0)
    sheet.styles[key] = twin


def read_cells(path: Path, book: Book | TextTable, title: str) -> SheetCells:
    """Every non-empty cell of a sheet, its merged ranges and comments, within bounds."""
    if isinstance(book, TextTable):
        return book.sheet
    wb = book.wb
    sheet = SheetCells(title, emphasis=_emphasis(wb), struck=_struck(wb))
    filled = _filled(wb)
    changed: dict[Cell, str] = {}
    archive = book.archive
    source = book.parts[title]
    try:
        with archive.open(source) as fh:
            parser = WorkSheetParser(fh, book.reader.shared_strings, data_only=True,
                                     epoch=wb.epoch, date_formats=wb._date_formats,
                                     timedelta_formats=wb._timedelta_formats,
                                     rich_text=_mentions_strike(archive, source))
            for _, cells in parser.parse():
                for cell in cells:
                    value = _unstruck(cell.get("value"))
                    text = _text(value)
                    if not text:
                        if (colour := filled.get(int(cell.get("style_id") or 0))) and \
                                len(sheet.coloured) < MAX_CELLS:
                            sheet.coloured[(int(cell["row"]) - 1,
                                            int(cell["column"]) - 1)] = colour
                        continue
                    key = (int(cell["row"]) - 1, int(cell["column"]) - 1)
                    sheet.text[key] = text
                    if isinstance(value, ChangedText):
                        changed[key] = value.was
                    if cell.get("style_id") or isinstance(value, StruckText):
                        sheet.styles[key] = int(cell.get("style_id") or 0)
                        if isinstance(value, StruckText):
                            _strike_style(sheet, key, len(getattr(wb, "_cell_styles", [])))
                        elif isinstance(value, ChangedText) and value.shown:
                            _unstrike_style(sheet, key, len(getattr(wb, "_cell_styles", [])))
                    if len(sheet.text) > MAX_CELLS:
                        raise RaciError(f"sheet '{title}': more than the {MAX_CELLS:,} "
                                        "filled cells a RACI sheet may have")
            merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
        if sheet.text:
            sheet.rows = max(r for r, _ in sheet.text) + 1
            sheet.cols = max(c for _, c in sheet.text) + 1
        if sheet.cols == 1:
            _split_pasted_lines(sheet)
        if sheet.rows * sheet.cols > MAX_CELLS:
            raise RaciError(
                f"sheet '{title}': its values span {sheet.rows:,} rows x {sheet.cols:,} "
                f"columns, more than the {MAX_CELLS:,} cells a RACI sheet may have; copy the "
                "matrix to a sheet of its own"
            )
        for m in merged[:MAX_MERGES]:
            try:
                c1, r1, c2, r2 = range_boundaries(str(m.ref))
            except (TypeError, ValueError):
                continue
            if None in (c1, r1, c2, r2) or r1 > sheet.rows or c1 > sheet.cols:
                continue
            assert c1 is not None and r1 is not None and c2 is not None and r2 is not None
            sheet.merges.append((r1 - 1, c1 - 1, min(r2, sheet.rows) - 1,
                                 min(c2, sheet.cols) - 1))
        sheet.comments = _comments(archive, source)
        _note_changes(sheet, changed)
        sheet.hidden_rows, sheet.hidden_cols = _hidden(parser, sheet.rows, sheet.cols)
    except RaciError:
        raise
    except Exception as exc:  # damaged parts surface as many exception types
        raise unreadable(path, exc) from exc
    return sheet


def _hidden(parser: WorkSheetParser, rows: int, cols: int
            ) -> tuple[frozenset[int], frozenset[int]]:
    """The rows and the columns a sheet hides (0-based, within rows x cols)."""
    def on(attrs: dict[str, str]) -> bool:
        return str(attrs.get("hidden", "")).lower() in ("1", "true")
    hidden_rows = frozenset(int(r) - 1 for r, attrs in parser.row_dimensions.items()
                            if on(attrs) and str(r).isdigit() and int(r) <= rows)
    hidden_cols: set[int] = set()
    for attrs in parser.column_dimensions.values():
        if on(attrs) and str(attrs.get("min", "")).isdigit():
            first = int(attrs["min"])
            last = int(attrs["max"]) if str(attrs.get("max", "")).isdigit() else first
            hidden_cols.update(range(first - 1, min(last, cols)))
    return hidden_rows, frozenset(hidden_cols)


def _note_changes(sheet: SheetCells, changed: dict[Cell, str]) -> None:
    """Keep what a change tracked inside a cell replaced ('C' struck through, then 'R'):
    the cell reads as it now says, and its note says what it was changed from; one line
    of the sheet's notes names the cells."""
    if not changed:
        return
    for key, was in changed.items():
        note = f"Changed from '{was}' (struck through in the cell)"
        sheet.comments[key] = "\n".join(filter(None, [note, sheet.comments.get(key)]))
    cells = sorted(changed)
    named = ", ".join(f"{get_column_letter(c + 1)}{r + 1}" for r, c in cells[:8])
    more = " ..." if len(cells) > 8 else ""
    first = cells[0]
    sheet.notes.append(
        f"{named}{more}: changed inside the cell (old text struck through, new after; "
        f"{get_column_letter(first[1] + 1)}{first[0] + 1} from '{_brief(changed[first])}' to "
        f"'{_brief(sheet.text[first])}'): read as the new, the old kept in each cell's note")


def _brief(text: str, limit: int = 40) -> str:
    """A cell's text on one line, cut to limit characters: for a line of the summary."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


PASTED_SEPARATORS = ";\t|"
"""Separators of a text table opened whole into one column (a comma would have split it)."""


def _split_pasted_lines(sheet: SheetCells) -> None:
    """A sheet whose values all lie in column A as whole lines of a text table ('Task;Lead;
    Crew;'), as a semicolon CSV opened by a spreadsheet program that splits at commas
    leaves it: each line is split at its separator into the columns it stands for, when
    at least three lines and half the values hold two separators or more."""
    values = list(sheet.text.items())
    counts = {sep: sum(1 for _, v in values if v.count(sep) >= 2) for sep in PASTED_SEPARATORS}
    sep = max(counts, key=lambda s: counts[s])
    if counts[sep] < 3 or 2 * counts[sep] < len(values):
        return
    dialect = _Separated(sep)
    styles = dict(sheet.styles)
    sheet.text.clear()
    sheet.styles.clear()
    for (r, _), value in values:
        try:
            fields = next(csv.reader([value], dialect), [])
        except csv.Error:
            fields = [value]
        for c, field_text in enumerate(fields):
            field_text = field_text.strip()[:MAX_TEXT]
            if field_text:
                sheet.text[(r, c)] = field_text
                if (r, 0) in styles:
                    sheet.styles[(r, c)] = styles[(r, 0)]
                if len(sheet.text) > MAX_CELLS:
                    raise RaciError(f"sheet '{sheet.title}': more than the {MAX_CELLS:,} "
                                    "filled cells a RACI sheet may have")
    sheet.cols = max(c for _, c in sheet.text) + 1
    shown = {"\t": "tabs"}.get(sep, f"'{sep}'")
    sheet.notes.append(f"column A holds each line of a text table whole: split at {shown} "
                       "into columns")


def _comments(archive: zipfile.ZipFile, source: str) -> dict[Cell, str]:
    rels_path = get_rels_path(source)
    if rels_path not in archive.namelist():
        return {}
    out: dict[Cell, str] = {}
    for rel in get_dependents(archive, rels_path).find(COMMENTS_NS):
        comments = CommentSheet.from_tree(fromstring(archive.read(rel.target)))
        for ref, comment in comments.comments:
            c1, r1, _, _ = range_boundaries(ref)
            if c1 is not None and r1 is not None and comment.text:
                out[(r1 - 1, c1 - 1)] = str(comment.text).strip()[:MAX_COMMENT]
    return out
