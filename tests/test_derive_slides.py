"""Reading PowerPoint decks (.pptx): slides in the deck's order, titles as headings, body
bullets as list items at their level, tables as rows, text boxes and groups in reading
order; notes, hidden slides and a slide's footer left out; a damaged or locked deck one
line. The decks are built in each test from XML written here."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from raci.cli import main
from raci.derive.documents import DocumentError, read_document
from raci.derive.draft import derive
from raci.derive.formats import DIALOG_FILTER, SUPPORTED_NAMES
from tests.derive_pptx import (
    body,
    build_pptx,
    diagram_data,
    group,
    notes_xml,
    para,
    slide_xml,
    smart_art,
    table,
    text_box,
    title,
)
from tests.helpers import derived_cells
from tests.test_derive_formats import ROLE_PAGE, _rows, role_page_markdown


def _blocks(path: Path) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_document(path).blocks]


def charter_deck(path: Path) -> Path:
    """A charter deck: a title slide, then a role a slide with its duties as bullets; the
    parts are numbered apart from the order the deck shows them in."""
    return build_pptx(path, [
        slide_xml(title("Lantern Walk Crew Charter", "ctrTitle"),
                  body(para("Who runs the winter lantern walk", bullet=False))),
        slide_xml(title("Route Marshal"), body(
            para("Walks the route the evening before and removes anything that trips"),
            para("Signs off the crossing points with the council"))),
        slide_xml(title("Workshop Lead"), body(
            para("Orders the willow and the paper for the lantern workshops"),
            para("Runs the Saturday lantern workshops"))),
    ], order=[1, 3, 2], notes={2: notes_xml("Mention that the Workshop Lead books the hall")})


def test_a_charter_deck_gives_a_role_per_slide_with_its_bulleted_duties(
        tmp_path: Path) -> None:
    deck = charter_deck(tmp_path / "charter.pptx")
    doc = read_document(deck)
    assert [(b.kind, b.text, b.location) for b in doc.blocks[:4]] == [
        ("heading", "Lantern Walk Crew Charter", "slide 1"),
        ("para", "Who runs the winter lantern walk", "slide 1, paragraph 1"),
        # (the deck shows slide3.xml second: its slide list is the order, not the names)
        ("heading", "Workshop Lead", "slide 2"),
        ("item", "Orders the willow and the paper for the lantern workshops",
         "slide 2, paragraph 1")]
    assert doc.blocks[0].level < doc.blocks[2].level  # (a title slide's title above)
    cells = derived_cells(derive([deck]))
    assert cells[("Route Marshal", "Sign off the crossing points with the council")] == "A/R"
    assert cells[("Workshop Lead", "Order the willow and the paper")] == "A/R"
    # the notes are the speaker's, not the deck's: "books the hall" is read nowhere
    assert not any("hall" in b.text for b in doc.blocks)


def test_a_raci_matrix_on_a_slide_is_read_as_letters(tmp_path: Path) -> None:
    deck = build_pptx(tmp_path / "matrix.pptx", [slide_xml(
        title("Who does what at the lantern walk"),
        table([["Activity", "Route Marshal", "Workshop Lead", "Chair"],
               ["Book the road closure", "R", "I", "A"],
               ["Run the lantern workshops", "C", "R", "^"],
               ["Set the ticket price", "<", "C", "A/R"]]))])
    doc = read_document(deck)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert rows[0].location == "slide 1, table 1, row 1"
    # a merged cell fills what it covers: "^" under "A", "<" beside "Set the ticket price"
    assert rows[2].cells == ("Run the lantern workshops", "C", "R", "A")
    cells = derived_cells(derive([deck]))
    assert cells[("Route Marshal", "Book the road closure")] == "R"
    assert cells[("Chair", "Book the road closure")] == "A"
    assert cells[("Workshop Lead", "Run the lantern workshops")] == "R"
    assert cells[("Chair", "Run the lantern workshops")] == "A"


def test_a_deck_gives_the_roles_and_rows_of_the_same_page_in_markdown(tmp_path: Path) -> None:
    slides: list[list[str]] = []
    for kind, lines in ROLE_PAGE:
        text = " ".join(lines)
        if kind == "heading":
            slides.append([title(text)])
        elif kind in ("para", "item"):
            slides[-1].append(body(para(text, bullet=kind == "item")))
        elif kind == "table":
            slides[-1].append(table([r.split("|") for r in lines], at=(5000000, 457200)))
    deck = build_pptx(tmp_path / "roles.pptx", [slide_xml(*s) for s in slides])
    md = tmp_path / "roles.md"
    md.write_text(role_page_markdown(), encoding="utf-8")
    assert {r.name for r in derive([deck]).to_template("t", "t").roles} == \
        {r.name for r in derive([md]).to_template("t", "t").roles}
    assert _rows(deck) == _rows(md)


def test_titles_bodies_and_text_boxes_are_told_apart_and_read_top_then_left(
        tmp_path: Path) -> None:
    footer = ('<p:sp><p:nvSpPr><p:cNvPr id="9" name="Footer"/><p:cNvSpPr/><p:nvPr>'
              '<p:ph type="ftr" idx="11"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>'
              '<a:bodyPr/>' + para("Lantern Walk 2027 | Internal") + '</p:txBody></p:sp>')
    deck = build_pptx(tmp_path / "slides.pptx", [
        slide_xml(
            # written in no order: a text box on the right, one on the left, a group below
            text_box(para("Treasurer", bold=True), para("Keeps the float for the stalls"),
                     at=(2000000, 5000000)),
            footer,
            group(text_box(para("Ticket sales close at noon"), at=(10, 0)),
                  text_box(para("Stewards wear the orange tabards", bullet=True),
                           at=(0, 0)), at=(4500000, 0)),
            text_box(para("Secretary", bold=True), para("Sends the crew newsletter"),
                     at=(2000000, 400000)),
            body(para("The crew meets on the first Monday.", bullet=False),
                 para("Sets the date of the walk"), at=(1500000, 457200)),
            title("Crew roles"),
            text_box(para("Draft for the committee"), at=(100000, 100000))),
        slide_xml(title("Old roles"), body(para("Sells the programmes")), hidden=True),
        slide_xml(title("Contacts")),
    ])
    assert _blocks(deck) == [
        ("heading", "Crew roles"),  # (the title first, though a note stands above it)
        ("para", "Draft for the committee"),
        ("para", "The crew meets on the first Monday."),  # (its bullet taken away)
        ("item", "Sets the date of the walk"),  # (a body's paragraph: bulleted)
        ("heading", "Secretary"),  # (a short line in bold in a text box)
        ("para", "Sends the crew newsletter"),  # (a text box's line: no bullet)
        ("heading", "Treasurer"),
        ("para", "Keeps the float for the stalls"),
        ("item", "Stewards wear the orange tabards"),  # (a group's shapes in their order)
        ("para", "Ticket sales close at noon"),
        # the hidden slide is left out, the footer too
        ("heading", "Contacts")]
    assert read_document(deck).blocks[-1].location == "slide 3"


def test_nested_bullets_keep_their_level_and_a_role_over_deeper_bullets_heads_them(
        tmp_path: Path) -> None:
    deck = build_pptx(tmp_path / "nested.pptx", [slide_xml(
        title("Roles and responsibilities"),
        body(para("Route Marshal"),
             para("Walks the route the evening before", level=1),
             para("Closes the gates after the walk", level=1),
             para("Workshop Lead"),
             para("Runs the lantern workshops", level=1),
             para("Buys the candles", level=2)))])
    doc = read_document(deck)
    assert [(b.kind, b.text, b.level if b.kind == "heading" else b.depth)
            for b in doc.blocks[1:]] == [
        ("heading", "Route Marshal", 7),
        ("item", "Walks the route the evening before", 1),
        ("item", "Closes the gates after the walk", 1),
        ("heading", "Workshop Lead", 7),
        ("item", "Runs the lantern workshops", 1),
        ("item", "Buys the candles", 2)]
    cells = derived_cells(derive([deck]))
    assert cells[("Route Marshal", "Close the gates after the walk")] == "A/R"
    assert cells[("Workshop Lead", "Buy the candles")] == "A/R"


def test_a_damaged_or_locked_deck_is_one_line(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.pptx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DocumentError, match="damaged") as err:
        read_document(path)
    assert "broken.pptx" in str(err.value) and "\n" not in str(err.value)
    assert main(["derive", str(path), "-o", str(tmp_path / "x.toml")]) == 2
    out = capsys.readouterr().err
    assert out.startswith("raci: error:") and out.count("\n") == 1 and "broken.pptx" in out
    # a slide whose XML is cut short
    deck = charter_deck(tmp_path / "cut.pptx")
    with zipfile.ZipFile(deck) as package:
        parts = {n: package.read(n) for n in package.namelist()}
    parts["ppt/slides/slide2.xml"] = parts["ppt/slides/slide2.xml"][:200]
    with zipfile.ZipFile(deck, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    with pytest.raises(DocumentError, match="cut.pptx: the .pptx file is damaged"):
        read_document(deck)
    # a Word document renamed
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(DocumentError, match="not a PowerPoint deck"):
        read_document(path)
    # a deck with a password to open it is an OLE compound file, not a zip
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504)
    with pytest.raises(DocumentError, match="protected by a password.*remove the password"):
        read_document(path)


def test_the_command_line_and_the_app_list_pptx(tmp_path: Path) -> None:
    assert ".pptx" in SUPPORTED_NAMES and "*.pptx" in DIALOG_FILTER
    deck = charter_deck(tmp_path / "charter.pptx")
    assert main(["derive", str(deck), "-o", str(tmp_path / "draft.toml")]) == 0
    assert "Route Marshal" in (tmp_path / "draft.toml").read_text(encoding="utf-8")


def test_a_smart_art_list_gives_its_boxes_and_their_bullets(tmp_path: Path) -> None:
    deck = build_pptx(tmp_path / "smart.pptx", [slide_xml(
        title("Crew roles"), smart_art())], diagrams={1: diagram_data([
            ("Route Marshal", ["Walks the route the evening before",
                               "Closes the gates after the walk"]),
            ("Workshop Lead", ["Orders the willow for the workshops"])])})
    doc = read_document(deck)
    assert [(b.kind, b.text, b.location) for b in doc.blocks] == [
        ("heading", "Crew roles", "slide 1"),
        # a box naming a role over its own bullets heads them; the drawing's points are
        # no text of the diagram
        ("heading", "Route Marshal", "slide 1, paragraph 1"),
        ("item", "Walks the route the evening before", "slide 1, paragraph 2"),
        ("item", "Closes the gates after the walk", "slide 1, paragraph 3"),
        ("heading", "Workshop Lead", "slide 1, paragraph 4"),
        ("item", "Orders the willow for the workshops", "slide 1, paragraph 5")]
    cells = derived_cells(derive([deck]))
    assert cells[("Route Marshal", "Close the gates after the walk")] == "A/R"


def test_two_columns_each_a_role_over_its_duties_are_read_one_after_the_other(
        tmp_path: Path) -> None:
    # (a comparison slide: each column's heading box right over its body, no gap between
    # them, the columns side by side)
    deck = build_pptx(tmp_path / "columns.pptx", [slide_xml(
        title("Two roles"),
        text_box(para("Secretary"), at=(1535113, 4645025)),
        body(para("Writes the minutes of every meeting"), at=(2535113, 4645025)),
        text_box(para("Treasurer"), at=(1535113, 457200)),
        body(para("Keeps the accounts of the society"), at=(2535113, 457200)))])
    assert _blocks(deck) == [
        ("heading", "Two roles"), ("heading", "Treasurer"),
        ("item", "Keeps the accounts of the society"), ("heading", "Secretary"),
        ("item", "Writes the minutes of every meeting")]
    cells = derived_cells(derive([deck]))
    assert cells[("Treasurer", "Keep the accounts of the society")] == "A/R"
    assert cells[("Secretary", "Write the minutes of every meeting")] == "A/R"



def test_a_bold_line_in_a_pattern_of_roles_over_duties_heads_its_duties(
        tmp_path: Path) -> None:
    """Bold lines each over their indented duties, most of them roles: one that no role
    word ends ("Officer of the day", "Caller / timekeeper") is a role of the pattern too,
    so the duties below it are its own, not the role's above it."""
    deck = build_pptx(tmp_path / "quiz-night.pptx", [
        slide_xml(title("Quiz night crew"), body(
            para("Quiz Master", bold=True),
            para("Writes the eight rounds", level=1),
            para("Door Steward", bold=True),
            para("Takes the entry fees", level=1),
            para("Caller / timekeeper", bold=True),
            para("Rings the bell at the end of each round", level=1),
            para("Hall Manager", bold=True),
            para("Books the hall for the evening", level=1),
            para("Officer of the day", bold=True),
            para("Locks the hall at the end of the night", level=1)))])
    blocks = _blocks(deck)
    assert ("heading", "Caller / timekeeper") in blocks
    assert ("heading", "Officer of the day") in blocks
    cells = derived_cells(derive([deck]))
    assert cells[("Hall Manager", "Book the hall for the evening")] == "A/R"
    assert not any(r == "Door Steward" and a.startswith("Ring the bell") for r, a in cells)
    assert not any(r == "Hall Manager" and a.startswith("Lock the hall") for r, a in cells)
