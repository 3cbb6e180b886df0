"""Fuzzing the untrusted inputs: workbooks, template files and documents to derive from.

Every case must end in success or in exactly one ``raci: error:`` line (exit 2),
never a traceback, a hang or a partial file. A watchdog turns a case that runs
far too long into a failure (a hang detector, not a performance check).

The default run takes well under a minute. ``RACI_FUZZ=long`` (or pytest's ``--long``)
runs many more and larger cases: ``RACI_FUZZ=long python -m pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from raci.cli import main
from raci.service import ProjectService
from raci.templates import load_template

LONG = os.environ.get("RACI_FUZZ") == "long"
EXAMPLES = 1000 if LONG else 20
WATCHDOG_SECONDS = 120
SCALE = 10 if LONG else 1

settings.register_profile(
    "fuzz", max_examples=EXAMPLES, deadline=None, derandomize=not LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
FUZZ = settings.get_profile("fuzz")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGALRM as a watchdog")


class Hang(BaseException):
    """A case ran longer than the watchdog allows."""


@contextlib.contextmanager
def watchdog(seconds: int = WATCHDOG_SECONDS) -> Iterator[None]:
    def fire(_signum: int, _frame: object) -> None:
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run raci in-process; any exception escaping main fails the test with its traceback."""
    out, err = io.StringIO(), io.StringIO()
    with watchdog(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def assert_clean_outcome(code: int, err: str) -> None:
    assert code in (0, 2), err
    if code == 2:
        assert err.startswith("raci: error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
    else:
        assert err == ""


def leftovers(folder: Path, expected: set[str]) -> set[str]:
    return {p.name for p in folder.iterdir()} - expected


# --- workbooks ----------------------------------------------------------------------------


def _base_workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI"
    ws.append(["RACI matrix"])
    ws.append([])
    ws.append(["Phase", "Activity", "Product Manager", "Engineering Lead", "QA Lead"])
    rows = [("Plan", "Vision", "A/R", "C", "I"), ("Plan", "Roadmap", "A", "R", ""),
            ("Build", "Design", "C", "A/R", "I"), ("Build", "Test plan", "I", "C", "A/R")]
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


BASE = _base_workbook()
SHEET = "xl/worksheets/sheet1.xml"


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _pack(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def _edit_sheet(members: dict[str, bytes], edit: str, value: str) -> None:
    xml = members[SHEET].decode("utf-8")
    if edit == "dimension":
        xml = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{value}"', xml)
    elif edit == "merge":
        xml = xml.replace("</sheetData>",
                          f'</sheetData><mergeCells count="1"><mergeCell ref="{value}"/>'
                          "</mergeCells>", 1)
    elif edit == "far cell":
        xml = xml.replace("</sheetData>",
                          f'<row r="{value[1]}"><c r="{value[0]}{value[1]}" t="inlineStr">'
                          "<is><t>x</t></is></c></row></sheetData>", 1)
    elif edit == "wide row":
        count = int(value)
        cells = "".join(f'<c r="{_col(i)}9" t="inlineStr"><is><t>R</t></is></c>'
                        for i in range(1, count + 1))
        xml = xml.replace("</sheetData>", f'<row r="9">{cells}</row></sheetData>', 1)
    elif edit == "letter cell":
        xml = re.sub(r'<c r="C4"[^>]*?(/>|>.*?</c>)', value, xml, count=1, flags=re.S)
    members[SHEET] = xml.encode("utf-8")


def _col(index: int) -> str:
    name = ""
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


LETTER_CELLS = [
    '<c r="C4"><f>1/0</f><v>#DIV/0!</v></c>',
    '<c r="C4" t="e"><v>#REF!</v></c>',
    '<c r="C4" t="e"><v>#N/A</v></c>',
    '<c r="C4"><f>HYPERLINK("http://example.org","A")</f></c>',
    '<c r="C4" t="b"><v>1</v></c>',
    '<c r="C4"><v>1e308</v></c>',
    '<c r="C4" t="s"><v>99999</v></c>',
    '<c r="C4" t="d"><v>not a date</v></c>',
    '<c r="C4" t="inlineStr"><is><t>=cmd|\' /C calc\'!A0</t></is></c>',
]

structure_edits = st.one_of(
    st.tuples(st.just("dimension"), st.sampled_from(
        ["A1:XFD1048576", "A1:A1", "A0:B-1", "ZZZZ1:A1", "A1:XFE1048577", "garbage"])),
    st.tuples(st.just("merge"), st.sampled_from(
        ["A1:XFD1048576", "A1:A1048576", "A1:XFD1", "C4:C200000", "B1:A1", "A1:A0", "bad"])),
    st.tuples(st.just("far cell"), st.sampled_from(
        [("XFD", "1"), ("A", "1048576"), ("XFD", "1048576"), ("AAA", "5000")])),
    st.tuples(st.just("wide row"), st.sampled_from(["300", "16384"])),
    st.tuples(st.just("letter cell"), st.sampled_from(LETTER_CELLS)),
)


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["flip", "drop", "structure", "strings", "truncate"]))
    if kind == "flip":
        data = bytearray(BASE)
        for _ in range(draw(st.integers(1, 8))):
            pos = draw(st.integers(0, len(data) - 1))
            data[pos] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "truncate":
        return BASE[: draw(st.integers(0, len(BASE) - 1))]
    members = _members(BASE)
    if kind == "drop":
        names = sorted(members)
        for name in draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True)):
            del members[name]
    elif kind == "structure":
        for edit, value in draw(st.lists(structure_edits, min_size=1, max_size=3)):
            _edit_sheet(members, edit, value)  # type: ignore[arg-type]
    else:
        size = draw(st.sampled_from([10_000, 1_000_000 * SCALE]))
        text = draw(st.sampled_from(["A", "Product Manager ", "<&>", "\u00e9\u0301"])) * size
        members["xl/sharedStrings.xml"] = (
            '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>'
        ).encode().replace(b"<&>", b"&lt;&amp;&gt;")
    return _pack(members)


@FUZZ
@given(data=workbooks())
def test_import_of_a_damaged_or_hostile_workbook(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("wb")
    (folder / "in.xlsx").write_bytes(data)
    code, _, err = run_cli("import", str(folder / "in.xlsx"), str(folder / "out.raci"))
    assert_clean_outcome(code, err)
    if code == 0:
        assert leftovers(folder, {"in.xlsx"}) == {"out.raci"}
        service = ProjectService.open(folder / "out.raci")
        service.close()
    else:
        assert leftovers(folder, {"in.xlsx"}) == set()


NAMED_EDITS = (
    [("dimension", v) for v in ("A1:XFD1048576", "garbage")]
    + [("merge", v) for v in ("A1:XFD1048576", "A1:A1048576", "A1:XFD1", "B1:A1", "bad")]
    + [("far cell", v) for v in (("XFD", "1"), ("A", "1048576"), ("XFD", "1048576"))]
    + [("wide row", "16384")]
    + [("letter cell", v) for v in LETTER_CELLS]
)


@pytest.mark.parametrize(("edit", "value"), NAMED_EDITS)
def test_each_named_hostile_shape(edit: str, value: str, tmp_path: Path) -> None:
    members = _members(BASE)
    _edit_sheet(members, edit, value)
    (tmp_path / "in.xlsx").write_bytes(_pack(members))
    code, _, err = run_cli("import", str(tmp_path / "in.xlsx"), str(tmp_path / "out.raci"))
    assert_clean_outcome(code, err)
    assert leftovers(tmp_path, {"in.xlsx"}) == (set() if code else {"out.raci"})


def test_one_flipped_bit_in_a_compressed_member(tmp_path: Path) -> None:
    """A CRC error inside the zip is a damaged workbook, not a traceback."""
    data = bytearray(BASE)
    start = BASE.index(SHEET.encode()) + len(SHEET) + 20
    data[start] ^= 0x01
    (tmp_path / "in.xlsx").write_bytes(bytes(data))
    code, _, err = run_cli("import", str(tmp_path / "in.xlsx"), str(tmp_path / "out.raci"))
    assert code == 2 and "damaged" in err and err.count("\n") == 1
    assert leftovers(tmp_path, {"in.xlsx"}) == set()


def test_a_member_name_that_is_not_utf8(tmp_path: Path) -> None:
    """Found by the long run: a damaged name in the zip directory is a damaged workbook."""
    members = _members(BASE)
    members["xl/\u00e9.xml"] = b"<x/>"
    data = _pack(members).replace("\u00e9".encode(), b"\xe4\xa9")
    (tmp_path / "in.xlsx").write_bytes(data)
    code, _, err = run_cli("import", str(tmp_path / "in.xlsx"), str(tmp_path / "out.raci"))
    assert code == 2 and "damaged" in err and err.count("\n") == 1
    assert leftovers(tmp_path, {"in.xlsx"}) == set()


def test_the_unchanged_base_workbook_imports() -> None:
    """The fuzz starts from a workbook that imports, so its failures come from the damage."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in.xlsx").write_bytes(BASE)
        code, out, err = run_cli("import", str(folder / "in.xlsx"), str(folder / "out.raci"))
        assert code == 0, err
        assert "4 activities" in out


# Well-formed workbooks whose content is odd: headings and cells people really write, mixed.
HEADINGS = ["", "Lead", "lead", "Maria Lopez", "Anna Berg (PM)", "Anna Berg (Dev)", "Role",
            "Name", "Task", "R", "-", "Total", "Check", "Project Manager (Anna Berg)",
            "Head of " + "many departments " * 25, "QA (EU)", "Keisha\n(Dev)", "=1+1", "123",
            "Sponsor", "R = Responsible", "Phase 1: Plan", "Lead\n" + "Ann, " * 80,
            "Maria Lopez (" + "Chief " * 70 + ")"]
CELLS = ["A", "R", "A/R", "C", "I", "", "R, A", "Q", "ask Bob", "N", "-", "R (backup)",
         "Responsible", "R: Responsible", "1", "S", "D", "TBD"]
ROW_NAMES = ["Plan", "Build", "Phase 2: Test", "", "1. Scope", "Maria Lopez", "Total",
             "Review " + "the work " * 60, "a continuation", "Design:"]


@st.composite
def odd_grids(draw: st.DrawFn) -> tuple[list[list[str]], dict[str, Any]]:
    width = draw(st.integers(1, 6))
    rows = [[draw(st.sampled_from(["Task", "Activity", ""]))]
            + draw(st.lists(st.sampled_from(HEADINGS), min_size=width, max_size=width))]
    for _ in range(draw(st.integers(1, 8))):
        rows.append([draw(st.sampled_from(ROW_NAMES))]
                    + draw(st.lists(st.sampled_from(CELLS), min_size=width, max_size=width)))
    above = draw(st.lists(st.sampled_from(["Title", "R = Responsible", "Project: X", ""]),
                          max_size=2))
    options = draw(st.fixed_dictionaries({
        "people": st.sampled_from([[], ["--people"], ["--no-people"]]),
        "header": st.sampled_from([[], ["--header-row", "1"], ["--header-row", "3"]])}))
    return [[text] for text in above] + rows, options


@FUZZ
@given(case=odd_grids())
def test_a_grid_of_odd_headings_and_cells_imports_or_says_why(
    case: tuple[list[list[str]], dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    rows, options = case
    folder = tmp_path_factory.mktemp("odd")
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                ws.cell(r, c, text)
    wb.save(folder / "in.xlsx")
    code, _, err = run_cli("import", str(folder / "in.xlsx"), str(folder / "out.raci"),
                           *options["people"], *options["header"])
    assert_clean_outcome(code, err)
    if code == 2:
        assert "in.xlsx" in err  # the message names the workbook
    assert leftovers(folder, {"in.xlsx"}) == (set() if code else {"out.raci"})


# --- template files -----------------------------------------------------------------------

VALID_TEMPLATE = """\
format = 1
id = "fuzz"
name = "Fuzz"
phases = ["Plan"]

[[roles]]
code = "PM"
name = "Product Manager"

[[activities]]
name = "Vision"
phase = "Plan"
letters = { PM = "A/R" }
"""

toml_values = st.recursive(
    st.one_of(st.integers(), st.text(max_size=20), st.booleans(),
              st.floats(allow_nan=True), st.none().map(lambda _: "")),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20,
)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value).replace("inf", "inf").replace("nan", "nan")
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{_toml_value(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


@st.composite
def template_texts(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["replace", "nest", "noise", "splice"]))
    if kind == "replace":
        key = draw(st.sampled_from(["format", "id", "name", "phases", "scheme", "letters",
                                    "code", "thresholds", "evidence"]))
        value = _toml_value(draw(toml_values))
        lines = [f"{key} = {value}" if line.startswith(f"{key} =") else line
                 for line in VALID_TEMPLATE.splitlines()]
        if not any(line.startswith(f"{key} =") for line in lines):
            lines.insert(3, f"{key} = {value}")
        return "\n".join(lines) + "\n"
    if kind == "nest":
        depth = draw(st.integers(1, 3000 if LONG else 1200))
        opener, closer = draw(st.sampled_from([("[", "]"), ("{a = ", "}")]))
        return VALID_TEMPLATE.replace('{ PM = "A/R" }', opener * depth + "1" + closer * depth)
    if kind == "noise":
        return draw(st.text(max_size=2000 * SCALE))
    cut = draw(st.integers(0, len(VALID_TEMPLATE)))
    return VALID_TEMPLATE[:cut] + draw(st.text(max_size=50)) + VALID_TEMPLATE[cut:]


@FUZZ
@given(text=template_texts())
def test_checking_a_broken_template(text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("tpl")
    path = folder / "t.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    code, _, err = run_cli("template", "check", str(path))
    assert_clean_outcome(code, err)
    code, _, err = run_cli("new", str(folder / "p.raci"), "--template", str(path))
    assert_clean_outcome(code, err)
    assert leftovers(folder, {"t.toml"}) == ({"p.raci"} if code == 0 else set())


# --- documents to derive from ---------------------------------------------------------------

SENTENCES = [
    "The Product Manager owns the roadmap and ",
    "The Engineering Lead is responsible for the build. ",
    "<ul><li>", "<li>QA Lead: tests ", "</ul>", "# Roles\n", "- **Designer**: designs\n",
    "| Activity | PM | ENG |\n|---|---|---|\n| Plan | A | R |\n", "\u202e\u0000\t", "(((", "and ",
]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str]:
    suffix = draw(st.sampled_from([".txt", ".md", ".html"]))
    if draw(st.booleans()):
        parts = draw(st.lists(st.sampled_from(SENTENCES), max_size=40))
        repeat = draw(st.integers(1, 200 * SCALE))
        return suffix, "".join(parts) * repeat
    return suffix, draw(st.text(max_size=3000 * SCALE))


@FUZZ
@given(doc=documents())
def test_deriving_from_odd_documents(doc: tuple[str, str],
                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    suffix, text = doc
    folder = tmp_path_factory.mktemp("doc")
    source = folder / f"roles{suffix}"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    code, _, err = run_cli("derive", str(source), "-o", str(folder / "out.toml"))
    assert_clean_outcome(code, err)
    if code == 0:
        assert leftovers(folder, {source.name}) == {"out.toml"}
        load_template(folder / "out.toml")
    else:
        assert leftovers(folder, {source.name}) == set()
