"""Reading the document formats beyond text, Markdown, HTML and Word: PDF, OpenDocument
text, CSV and tab-separated tables, and text kept as reStructuredText, Org or LaTeX."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from pypdf import PdfReader

from raci.cli import main
from raci.derive.documents import DocumentError, read_document
from raci.derive.draft import derive
from raci.derive.pdf import _page_lines, _rebuilt
from tests.derive_odt import build_odt, flat_xml, h, items, p, table
from tests.derive_pdf import Line, PageWriter, pdf_bytes, write_pdf
from tests.helpers import derived_cells

# One role page, written once and saved in each format: (kind, lines) where a heading
# and a paragraph's lines are as a layout wraps them, and a table's lines are its rows.
ROLE_PAGE: list[tuple[str, list[str]]] = [
    ("heading", ["ROLES OF THE ALLOTMENT COMMITTEE"]),
    ("para", ["The committee runs the site for its plot holders. Each officer is elected at",
              "the annual general meeting and serves for two years."]),
    ("heading", ["Chair"]),
    ("item", ["Chairs the committee meetings and the annual general meeting."]),
    ("item", ["Approves the site budget after the Treasurer has drafted it and the",
              "committee has discussed it."]),
    ("item", ["Signs the lease with the council."]),
    ("heading", ["Treasurer"]),
    ("para", ["The Treasurer keeps the society's accounts and collects the rents from the",
              "plot holders every October. The Treasurer drafts the budget and presents the",
              "accounts to the annual general meeting."]),
    ("page", []),
    ("heading", ["Plot Secretary"]),
    ("item", ["Keeps the waiting list and offers vacant plots to the people on it in",
              "the order they joined."]),
    ("item", ["Informs the Chair of every plot that is left untended for a season."]),
    ("table", ["Task|Owner|When", "Order the seed potatoes|Plot Secretary|January",
               "Audit the accounts|Treasurer|September"]),
]


def role_page_markdown() -> str:
    """The role page in Markdown."""
    out = []
    for kind, lines in ROLE_PAGE:
        if kind == "heading":
            out.append(f"## {lines[0]}\n")
        elif kind == "para":
            out.append(" ".join(lines) + "\n")
        elif kind == "item":
            out.append("- " + " ".join(lines))
        elif kind == "table":
            rows = [r.split("|") for r in lines]
            out.append("")
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out) + "\n"


def role_page_pdf() -> bytes:
    """The role page as a PDF of two pages, a running header and footer on each."""
    writer = PageWriter(header="Riverside Allotment Society", footer="Issued March 2027")
    before = ""
    for kind, lines in ROLE_PAGE:
        if kind != "item" and before == "item":
            writer.gap()
        if kind == "heading":
            writer.heading(lines[0])
        elif kind == "para":
            writer.paragraph(lines)
        elif kind == "item":
            writer.item(lines)
        elif kind == "page":
            writer.new_page()
        elif kind == "table":
            writer.table([tuple(r.split("|")) for r in lines], [0, 210, 330])
        before = kind
    return writer.build()


def role_page_odt_body() -> str:
    """The role page as the body of an OpenDocument text: a paragraph's wrapped lines as
    one paragraph, the items of a list in one list."""
    out = []
    listed: list[str] = []
    for kind, lines in [*ROLE_PAGE, ("end", [])]:
        if kind != "item" and listed:
            out.append(items(*listed))
            listed = []
        if kind == "heading":
            out.append(h(lines[0], 2))
        elif kind == "para":
            out.append(p(escape(" ".join(lines))))
        elif kind == "item":
            listed.append(escape(" ".join(lines)))
        elif kind == "table":
            out.append(table([r.split("|") for r in lines]))
    return "".join(out)


def _rows(path: Path) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    template = derive([path]).to_template("t", "t")
    codes = {r.code: r.name for r in template.roles}
    return {(a.name, tuple(sorted((codes[code], letter)
                                  for code, letter in a.letters.items())))
            for a in template.activities}


def test_a_pdf_gives_the_roles_and_rows_of_the_same_page_in_markdown(tmp_path: Path) -> None:
    md = tmp_path / "roles.md"
    md.write_text(role_page_markdown(), encoding="utf-8")
    pdf = write_pdf(tmp_path / "roles.pdf", role_page_pdf())
    from_md = derive([md]).to_template("t", "t")
    from_pdf = derive([pdf]).to_template("t", "t")
    assert {r.name for r in from_pdf.roles} == {r.name for r in from_md.roles}
    assert {r.name for r in from_pdf.roles} >= {"Chair", "Treasurer", "Plot Secretary"}
    assert _rows(pdf) == _rows(md)


def test_a_pdf_is_rebuilt_into_headings_paragraphs_items_and_rows(tmp_path: Path) -> None:
    doc = read_document(write_pdf(tmp_path / "roles.pdf", role_page_pdf()))
    blocks = [(b.kind, b.text) for b in doc.blocks]
    assert blocks[:3] == [
        ("heading", "ROLES OF THE ALLOTMENT COMMITTEE"),
        ("para", "The committee runs the site for its plot holders. Each officer is elected "
                 "at the annual general meeting and serves for two years."),
        ("heading", "Chair")]
    # an item wrapped over two lines is one item
    assert ("item", "Approves the site budget after the Treasurer has drafted it and the "
                    "committee has discussed it.") in blocks
    # the running header and footer, and the page numbers, are gone
    assert not any("Riverside" in text or "Issued" in text or "Page" in text
                   for _kind, text in blocks)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [r.cells for r in rows] == [("Task", "Owner", "When"),
                                       ("Order the seed potatoes", "Plot Secretary", "January"),
                                       ("Audit the accounts", "Treasurer", "September")]
    assert rows[1].header == ("Task", "Owner", "When")
    # each block is found by its page and the line it starts on
    assert doc.blocks[0].location == "page 1, line 2"
    assert rows[0].location.startswith("page 2, line ")


def test_a_word_broken_at_a_line_end_is_joined_whole(tmp_path: Path) -> None:
    writer = PageWriter()
    writer.paragraph(["The Treasurer keeps the accounts of the society and presents the ac-",
                      "counts to the annual meeting, with a follow-",
                      "up report for the committee."])
    doc = read_document(write_pdf(tmp_path / "a.pdf", writer.build()))
    assert [b.text for b in doc.blocks] == [
        "The Treasurer keeps the accounts of the society and presents the accounts to the "
        "annual meeting, with a follow-up report for the committee."]


def test_a_paragraph_runs_on_over_a_page_break(tmp_path: Path) -> None:
    pages = [[Line("Duties of the Warden", 72, 140, 14, bold=True),
              Line("The Warden opens the hall before every meeting and locks it after the", 72,
                   114),
              Line("last member has left, and keeps the keys and the alarm code for the", 72,
                   100)],
             [Line("committee, who may ask for them at any time.", 72, 770)]]
    doc = read_document(write_pdf(tmp_path / "a.pdf", pdf_bytes(pages)))
    assert [b.kind for b in doc.blocks] == ["heading", "para"]
    assert doc.blocks[1].text.endswith("the alarm code for the committee, who may ask for "
                                       "them at any time.")


@pytest.mark.parametrize("mark", ["\u2022", "-", "1.", "o"])
def test_each_mark_of_a_list_gives_items(tmp_path: Path, mark: str) -> None:
    writer = PageWriter()
    writer.heading("Secretary")
    writer.item(["Takes the minutes of every meeting."], mark=mark)
    writer.item(["Keeps the register of members."], mark=mark)
    doc = read_document(write_pdf(tmp_path / "a.pdf", writer.build()))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Secretary"), ("item", "Takes the minutes of every meeting."),
        ("item", "Keeps the register of members.")]


def test_a_pdf_without_text_says_it_is_a_scan(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", pdf_bytes([[], []]))
    with pytest.raises(DocumentError, match="no text layer") as err:
        read_document(path)
    assert "scan.pdf" in str(err.value) and "\n" not in str(err.value)


def test_a_damaged_pdf_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = role_page_pdf()
    path = write_pdf(tmp_path / "broken.pdf", data[:200] + b"garbage" * 20)
    assert main(["derive", str(path), "-o", str(tmp_path / "x.toml")]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("raci: error:") and "broken.pdf" in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    path.write_bytes(b"%PDF-1.4\nnot really")
    with pytest.raises(DocumentError, match="damaged"):
        read_document(path)


def _encrypted(data: bytes, user: str) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_password_protected_pdf_says_so(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "locked.pdf", _encrypted(role_page_pdf(), "secret"))
    with pytest.raises(DocumentError, match="password") as err:
        read_document(path)
    assert "locked.pdf" in str(err.value) and "\n" not in str(err.value)


def test_a_pdf_encrypted_only_against_editing_is_read(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "open.pdf", _encrypted(role_page_pdf(), ""))
    assert any(b.text == "Plot Secretary" for b in read_document(path).blocks)


def test_an_odt_gives_the_roles_and_rows_of_the_same_page_in_markdown(tmp_path: Path) -> None:
    md = tmp_path / "roles.md"
    md.write_text(role_page_markdown(), encoding="utf-8")
    odt = build_odt(tmp_path / "roles.odt", role_page_odt_body())
    assert {r.name for r in derive([odt]).to_template("t", "t").roles} == \
        {r.name for r in derive([md]).to_template("t", "t").roles}
    assert _rows(odt) == _rows(md)


def test_an_odt_gives_headings_items_tables_and_paragraphs(tmp_path: Path) -> None:
    body = (
        '<text:p text:style-name="P1">Allotment Committee Roles</text:p>'
        + h("Officers", 1)
        + p('The <text:span text:style-name="T1">Chair</text:span> runs the<text:s/> '
            'meetings<text:note><text:note-body>'
            + p("A footnote.") + '</text:note-body></text:note> and<text:line-break/>'
            'signs the lease.')
        + p('<text:span text:style-name="T1">Main duties</text:span>')
        + '<text:list><text:list-item>' + p("Treasurer")
        + items("Keeps the accounts.", "Collects the rents.")
        + "</text:list-item></text:list>"
        + '<text:section text:name="S1">' + h("Tasks", 2)
        + table([["Task", "Owner"], ["Order the seed", "Plot Secretary"]]) + "</text:section>")
    doc = read_document(build_odt(tmp_path / "a.odt", body))
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "Allotment Committee Roles"),  # a paragraph in the Title style
        ("heading", 1, "Officers"),
        ("para", 0, "The Chair runs the meetings and signs the lease."),
        ("heading", 3, "Main duties"),  # a short paragraph all in bold
        ("heading", 7, "Treasurer"),  # a list item over its own nested list
        ("item", 0, "Keeps the accounts."),
        ("item", 0, "Collects the rents."),
        ("heading", 2, "Tasks"),
        ("row", 0, "Task | Owner"),
        ("row", 0, "Order the seed | Plot Secretary")]
    assert doc.blocks[-1].header == ("Task", "Owner")
    assert doc.blocks[-1].location == "table 1, row 2"
    assert doc.blocks[2].location == "paragraph 3"


def test_a_flat_odt_is_read(tmp_path: Path) -> None:
    path = tmp_path / "roles.fodt"
    path.write_text(flat_xml(h("Chair", 2) + items("Chairs the meetings.")), encoding="utf-8")
    assert [(b.kind, b.text) for b in read_document(path).blocks] == [
        ("heading", "Chair"), ("item", "Chairs the meetings.")]


def test_a_damaged_odt_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.odt"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DocumentError, match="damaged") as err:
        read_document(path)
    assert "broken.odt" in str(err.value) and "\n" not in str(err.value)
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(DocumentError, match="no content.xml"):
        read_document(path)
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("content.xml", "<office:document-content")
    with pytest.raises(DocumentError, match="damaged"):
        read_document(path)


def _blocks(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(b.kind, b.text, b.cells) for b in read_document(path).blocks]


def test_a_csv_file_is_one_table(tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_text('Task,Owner\nOrder the seed,Plot Secretary\n\n'
                    '"Mend the fence\nby the gate",Warden\n'
                    '"Audit the accounts, twice",Treasurer\n', encoding="utf-8")
    doc = read_document(path)
    assert [(b.cells, b.header, b.location) for b in doc.blocks] == [
        (("Task", "Owner"), (), "line 1"),
        (("Order the seed", "Plot Secretary"), ("Task", "Owner"), "line 2"),
        (("Mend the fence by the gate", "Warden"), ("Task", "Owner"), "line 4"),
        (("Audit the accounts, twice", "Treasurer"), ("Task", "Owner"), "line 6")]
    rows = _rows(path)
    assert ("Order the seed", (("Plot Secretary", "A/R"),)) in rows


def test_a_csv_file_is_read_as_the_same_rows_pasted_in_text(tmp_path: Path) -> None:
    text = "Task,Owner,When\nOrder the seed,Plot Secretary,January\nAudit,Treasurer,May\n"
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert _blocks(tmp_path / "a.csv") == _blocks(tmp_path / "a.txt")


@pytest.mark.parametrize(("name", "text"), [
    ("a.tsv", "Task\tOwner\nOrder the seed\tPlot Secretary\n"),
    ("a.csv", "Task;Owner\nOrder the seed;Plot Secretary\n"),  # a decimal-comma export
])
def test_tab_and_semicolon_separated_files_are_tables(tmp_path: Path, name: str,
                                                      text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert [cells for _k, _t, cells in _blocks(tmp_path / name)] == [
        ("Task", "Owner"), ("Order the seed", "Plot Secretary")]


def test_an_rst_file_reads_its_markup_without_fields_or_directives(tmp_path: Path) -> None:
    text = "Committee roles\n===============\n\nThe Chair chairs the meetings.\n"
    (tmp_path / "a.rst").write_text(text, encoding="utf-8")
    assert _blocks(tmp_path / "a.rst") == [("heading", "Committee roles", ()),
                                           ("para", "The Chair chairs the meetings.", ())]


@pytest.mark.parametrize("name", ["a.org", "a.text"])
def test_an_org_file_is_read_as_org(tmp_path: Path, name: str) -> None:
    # (a .text file, as a .txt one, is Org only with a setting or a drawer)
    setting = "#+TITLE: Roles\n" if name.endswith(".text") else ""
    (tmp_path / name).write_text(setting + "* Chair\nThe Chair chairs the meetings.\n"
                                 "** Duties\n- Signs the lease.\n", encoding="utf-8")
    assert [(k, t) for k, t, _c in _blocks(tmp_path / name)
            if k != "para" and t != "Roles"] == [
        ("heading", "Chair"), ("heading", "Duties"), ("item", "Signs the lease.")]


def test_an_org_table_with_its_rules_gives_rows_and_keeps_its_lines(tmp_path: Path) -> None:
    # Org joins a rule's columns with "+" and may draw rules above, between and below rows
    (tmp_path / "a.org").write_text(
        "#+TITLE: Closing up\n"
        "* At the end of service\n"
        "|------+----------------+---------------------------|\n"
        "| Step | Who            | What                      |\n"
        "|------+----------------+---------------------------|\n"
        "|    1 | Shift Manager  | Switch off the fryers     |\n"
        "|------+----------------+---------------------------|\n"
        "|    2 | Kitchen Porter | Mop the floor at 23:00    |\n"
        "|------+----------------+---------------------------|\n"
        "Then the Shift Manager locks the back door.\n", encoding="utf-8")
    doc = read_document(tmp_path / "a.org")
    assert [(b.cells, b.location) for b in doc.blocks if b.kind == "row"] == [
        (("Who", "What"), "line 4"),
        (("Shift Manager", "Switch off the fryers"), "line 6"),
        (("Kitchen Porter", "Mop the floor at 23:00"), "line 8")]
    assert [b.location for b in doc.blocks if b.kind == "para"][-1] == "line 10"
    rows = _rows(tmp_path / "a.org")
    assert ("Switch off the fryers", (("Shift Manager", "A/R"),)) in rows
    assert ("Mop the floor at 23:00", (("Kitchen Porter", "A/R"),)) in rows


def test_the_command_line_names_the_new_types(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "slides.key"
    path.write_bytes(b"whatever")
    assert main(["derive", str(path), "-o", str(tmp_path / "x.toml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and all(s in err for s in (".pdf", ".odt", ".csv", ".tex", ".pptx"))
    with pytest.raises(SystemExit):
        main(["derive", "--help"])
    assert ".pdf" in capsys.readouterr().out


def test_a_pdf_table_with_centred_heads_and_wrapped_cells_gives_rows(tmp_path: Path) -> None:
    y = 700
    lines = [Line("Responsibility matrix", 72, 740, 14, bold=True)]
    # heads centred over their columns; the first column's cells wrap under them
    for cells in [[("Activity", 110), ("Provider", 262), ("Client HR", 352),
                   ("Client Finance", 436)],
                  [("Starter, leaver and change", 72), ("S", 270), ("P", 370), ("-", 460)],
                  [("data", 72)],
                  [("Year-end P60s", 72), ("P", 270), ("-", 370), ("S", 460)]]:
        lines += [Line(text, x, y) for text, x in cells]
        y -= 14
    lines += [Line("The Client reviews the matrix every year.", 72, y),
              Line("The Provider keeps it.", 72, y - 60)]
    doc = read_document(write_pdf(tmp_path / "m.pdf", pdf_bytes([lines])))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("Activity", "Provider", "Client HR", "Client Finance"),
        ("Starter, leaver and change data", "S", "P", "-"),
        ("Year-end P60s", "P", "-", "S")]
    # the lines after the table keep their place
    # (each rebuilt line knows the page line it came from: one place for each)
    lines_out, origin = _rebuilt(_page_lines([page.extract_text(extraction_mode="layout")
                                              for page in PdfReader(tmp_path / "m.pdf").pages]))
    assert len(lines_out) == len(origin)
    # (a table ends its block: the text after it starts after a blank line)
    assert lines_out[lines_out.index("| Year-end P60s | P | - | S |") + 1] == ""
    assert [(b.text, b.location) for b in doc.blocks[-2:]] == [
        ("The Client reviews the matrix every year.", "page 1, line 6"),
        ("The Provider keeps it.", "page 1, line 7")]


def test_lines_ended_by_hand_stay_apart_and_keep_their_indent(tmp_path: Path) -> None:
    writer = PageWriter()
    writer.paragraph([
        "The schedule below is kept by the Production Controller, who updates it every",
        "Monday and sends it to the Publisher with a note of any stage that has slipped",
        "since the week before."])
    # (the next line's first word would have fitted after each of these: no wrap)
    writer.paragraph(["Harrow & Finch Books - Production schedule for the autumn list",
                      "Saved from the shared drive by the Production Controller, March"])
    writer.paragraph(["Order the seed potatoes for the whole site before the end of January"])
    writer.paragraph(["Who: Plot Secretary"], indent=24)
    texts = [b.text for b in read_document(write_pdf(tmp_path / "a.pdf", writer.build())).blocks]
    assert texts[1:3] == ["Harrow & Finch Books - Production schedule for the autumn list",
                         "Saved from the shared drive by the Production Controller, March"]
    rows = _rows(tmp_path / "a.pdf")
    assert any(act.startswith("Order the seed") and ("Plot Secretary", "A/R") in letters
               for act, letters in rows)


def test_a_gap_or_a_short_title_after_a_sentence_ends_a_paragraph(tmp_path: Path) -> None:
    pages = [[Line("The committee runs the site for its plot holders and meets on the first", 72,
                   700),
              Line("Monday of every month in the hall, with the minutes sent out after it.", 72,
                   686),
              # a blank line's gap, then a paragraph whose first word would have wrapped
              Line("Officers are elected at the annual general meeting and serve two years", 72,
                   658),
              Line("each, after which they may stand again if the members wish them to stay.", 72,
                   644),
              # a title set close under the paragraph, no gap
              Line("Officers", 72, 630),
              Line("The Chair chairs the meetings and signs the lease with the council.", 72,
                   616)]]
    doc = read_document(write_pdf(tmp_path / "a.pdf", pdf_bytes(pages)))
    assert [(b.kind, b.text[:20]) for b in doc.blocks] == [
        ("para", "The committee runs t"), ("para", "Officers are elected"),
        ("heading", "Officers"), ("para", "The Chair chairs the")]


@pytest.mark.parametrize("name", ["empty.pdf", "empty.odt", "empty.docx", "empty.csv"])
def test_an_empty_file_of_any_type_says_so(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    with pytest.raises(DocumentError, match=f"{name}: the document is empty"):
        read_document(tmp_path / name)


def role_page_latex() -> str:
    """The role page as LaTeX source: a preamble, sections, itemize lists, a tabular."""
    out = ["\\documentclass{article}", "\\usepackage{booktabs} % for the rules",
           "\\begin{document}"]
    listed = False
    for kind, lines in [*ROLE_PAGE, ("end", [])]:
        if kind != "item" and listed:
            out.append("\\end{itemize}")
            listed = False
        if kind == "heading":
            out.append(f"\\section*{{{lines[0]}}}")
        elif kind == "para":
            out += [*lines, ""]
        elif kind == "item":
            if not listed:
                out.append("\\begin{itemize}")
                listed = True
            out.append(f"  \\item {lines[0]}")
            out += [f"        {line}" for line in lines[1:]]
        elif kind == "table":
            out += ["\\begin{tabular}{lll}", "\\toprule"]
            out += [" & ".join(r.split("|")) + " \\\\" for r in lines]
            out += ["\\bottomrule", "\\end{tabular}"]
    return "\n".join([*out, "\\end{document}", ""])


def test_a_latex_file_gives_the_roles_and_rows_of_the_same_page_in_markdown(
        tmp_path: Path) -> None:
    md = tmp_path / "roles.md"
    md.write_text(role_page_markdown(), encoding="utf-8")
    tex = tmp_path / "roles.tex"
    tex.write_text(role_page_latex(), encoding="utf-8")
    assert {r.name for r in derive([tex]).to_template("t", "t").roles} == \
        {r.name for r in derive([md]).to_template("t", "t").roles}
    assert _rows(tex) == _rows(md)


def test_an_odt_whose_text_does_not_inflate_is_one_line(tmp_path: Path) -> None:
    path = build_odt(tmp_path / "roles.odt", role_page_odt_body())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("content.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start:start + 40] = bytes(range(40))  # the compressed text garbled
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match="damaged") as err:
        read_document(path)
    assert "\n" not in str(err.value)


def test_a_title_wrapped_over_two_lines_is_one_heading(tmp_path: Path) -> None:
    pages = [[Line("Digitisation on demand: how a request moves", 72, 740, 16, bold=True),
              Line("through Special Collections", 72, 722, 16, bold=True),
              Line("Readers anywhere can ask us to photograph an item from our collections.", 72,
                   690)]]
    doc = read_document(write_pdf(tmp_path / "a.pdf", pdf_bytes(pages)))
    assert [(b.kind, b.text) for b in doc.blocks][0] == (
        "heading", "Digitisation on demand: how a request moves through Special Collections")


def _table_pdf(tmp_path: Path, name: str, rows: list[list[tuple[str, int]]]) -> Path:
    lines = [Line("Corrective actions", 72, 740, 14, bold=True)]
    y = 700
    for cells in rows:
        lines += [Line(text, x, y) for text, x in cells if text]
        y -= 14
    lines.append(Line("The Quality Lead keeps this log.", 72, y - 40))
    return write_pdf(tmp_path / name, pdf_bytes([lines]))


def test_a_pdf_table_whose_row_numbers_stand_mid_row_gives_one_row_a_number(
        tmp_path: Path) -> None:
    # each row's cells wrap over two or three lines and its number is centred top to
    # bottom, so a row's first words stand above the line with its number
    cols = (72, 100, 330, 440)
    rows = [[("No.", 72), ("Action", 100), ("Responsible", 330), ("Checked by", 440)]]
    for number, action, who, checker in [
            ("1.1", ["Block the suspect crates in the", "store and in the van"],
             ["Stores", "Clerk"], ["Quality", "Lead"]),
            ("1.2", ["Sort the returned crates", "by hand with a second", "person present"],
             ["Shift", "Supervisor"], ["Quality Lead", ""]),
            ("1.3", ["Mark every crate shipped", "with a blue dot"],
             ["Stores Clerk", ""], ["Shift", "Supervisor"])]:
        middle = (len(action) - 1) // 2
        for k, text in enumerate(action):
            rows.append([(number if k == middle else "", cols[0]), (text, cols[1]),
                         (who[k] if k < len(who) else "", cols[2]),
                         (checker[k] if k < len(checker) else "", cols[3])])
    doc = read_document(_table_pdf(tmp_path, "8d.pdf", rows))
    # (the numbers' column is set aside as a numbered table's is)
    assert [b.cells for b in doc.blocks if b.kind == "row"][1:] == [
        ("Block the suspect crates in the store and in the van", "Stores Clerk",
         "Quality Lead"),
        ("Sort the returned crates by hand with a second person present",
         "Shift Supervisor", "Quality Lead"),
        ("Mark every crate shipped with a blue dot", "Stores Clerk", "Shift Supervisor")]


def test_a_pdf_table_row_wrapped_in_lower_case_is_one_row(tmp_path: Path) -> None:
    # a team table: a name and a duty wrapped onto the next line, whose first cell is
    # empty or carries on in lower case ("Team" over "leader")
    rows = [[("Role", 72), ("Name", 150), ("Duties", 260)],
            [("Sponsor", 72), ("Dr. Ana", 150), ("Provides the budget and signs off the", 260)],
            [("", 72), ("Costa", 150), ("final plan.", 260)],
            [("Team", 72), ("Ben Ode", 150), ("Runs the weekly meeting and keeps the", 260)],
            [("leader", 72), ("", 150), ("action log.", 260)],
            [("Member", 72), ("Cy Lim", 150), ("Books the rooms.", 260)]]
    doc = read_document(_table_pdf(tmp_path, "team.pdf", rows))
    assert [b.cells for b in doc.blocks if b.kind == "row"][1:] == [
        ("Sponsor", "Dr. Ana Costa", "Provides the budget and signs off the final plan."),
        ("Team leader", "Ben Ode", "Runs the weekly meeting and keeps the action log."),
        ("Member", "Cy Lim", "Books the rooms.")]


# The blocks a "who does what" section gives when each role runs into its paragraph in
# bold, in OpenDocument and in Word alike (after its heading)
RUN_IN_TITLED = [
    ("heading", "Records Clerk"),
    ("para", "Files the signed forms and keeps the register."),
    ("heading", "Legal Services"),
    ("para", "Tell the Records Clerk when a hold applies."),
    ("para", "The Chair signs the register.")]


def test_an_odt_paragraph_opening_with_a_bold_role_and_a_full_stop_is_titled_by_it(
        tmp_path: Path) -> None:
    # a "who does what" section written as run-in titles in bold, as a word processor
    # saves them: the bold role titles the rest of its paragraph, in the plural too
    body = (h("Who does what", 2)
            + p('<text:span text:style-name="T1">Records Clerk.</text:span> Files the '
                'signed forms and keeps the register.')
            + p('<text:span text:style-name="T1">Legal Services</text:span>. Tell the '
                'Records Clerk when a hold applies.')
            + p('The <text:span text:style-name="T1">Chair</text:span> signs the register.'))
    doc = read_document(build_odt(tmp_path / "who.odt", body))
    assert [(b.kind, b.text) for b in doc.blocks][1:] == RUN_IN_TITLED
    cells = derived_cells(derive([tmp_path / "who.odt"]))
    assert cells[("Records Clerk", "Keep the register")] == "A/R"
    assert cells[("Legal Services", "Tell the Records Clerk when a hold applies")] == "A/R"


def test_a_word_paragraph_opening_with_a_bold_role_and_a_full_stop_is_titled_by_it(
        tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Who does what", 2)
    for role, rest in [("Records Clerk.", " Files the signed forms and keeps the register."),
                       ("Legal Services", ". Tell the Records Clerk when a hold applies.")]:
        paragraph = word.add_paragraph()
        paragraph.add_run(role).bold = True
        paragraph.add_run(rest)
    word.add_paragraph("The Chair signs the register.")
    path = tmp_path / "who.docx"
    word.save(str(path))
    doc = read_document(path)
    assert [(b.kind, b.text) for b in doc.blocks][1:] == RUN_IN_TITLED


def test_a_pdf_bullet_set_well_apart_from_its_text_is_an_item_not_a_column(
        tmp_path: Path) -> None:
    # a bullet with a tab's width before its text (three spaces or more in the layout),
    # each item wrapped over two short lines: the items are joined, not laid out as
    # columns for the plain-text reader (which leaves short lines as they stand)
    pages = [[Line("After the audit", 72, 740, 14, bold=True),
              Line("These steps close every audit of the year, whoever led it.", 72, 720)]]
    y = 700
    for first, second in [("The Records Officer closes the audit file",
                           "and sends a copy to the Finance Director."),
                          ("The Finance Director signs the report",
                           "and files it with the board papers.")]:
        pages[0] += [Line("\u2022", 80, y), Line(first, 110, y), Line(second, 110, y - 14)]
        y -= 28
    doc = read_document(write_pdf(tmp_path / "audit.pdf", pdf_bytes(pages)))
    assert [(b.kind, b.text) for b in doc.blocks][2:] == [
        ("item", "The Records Officer closes the audit file and sends a copy to the Finance "
                 "Director."),
        ("item", "The Finance Director signs the report and files it with the board papers.")]


def test_a_pdf_table_with_times_centred_mid_row_and_over_a_page_break(
        tmp_path: Path) -> None:
    # a run sheet whose first column (a time, no row number) is centred top to bottom
    # beside wrapped actions, so a row's first words stand above its time; the table
    # runs on over a page break, a cell's last words at the top of the next page; a
    # one-line row between rows of several lines stays a row of its own
    cols = (72, 170, 360, 470)
    head = [("Time", 72), ("Action", 170), ("By", 360), ("Tell", 470)]

    def row(time: str, action: list[str], by: str, tell: str) -> list[list[tuple[str, int]]]:
        middle = (len(action) - 1) // 2
        return [[(time if k == middle else "", cols[0]), (text, cols[1]),
                 (by if k == middle else "", cols[2]), (tell if k == middle else "", cols[3])]
                for k, text in enumerate(action)]

    first = [head, *row("08:00", ["Unlock the hall and switch", "on the heating in the",
                                  "main room"], "Caretaker", "Hall Manager"),
             *row("08:30", ["Set out the tables and", "chairs for the sale"], "Volunteers",
                  "Caretaker"),
             *row("09:00", ["Open the doors"], "Hall Manager", "-"),
             *row("09:15", ["Count the float and sign", "the cash sheet before"], "Treasurer",
                  "Hall Manager")]
    second = [[("", 72), ("the first sale", 170)],
              *row("12:00", ["Close the doors"], "Hall Manager", "-"),
              *row("12:30", ["Bank the takings and send", "the total to the committee",
                             "by e-mail"], "Treasurer", "Chair")]
    pages = []
    for rows in (first, second):
        y, lines = 740, []
        for cells in rows:
            lines += [Line(text, x, y) for text, x in cells if text]
            y -= 14
        pages.append(lines)
    doc = read_document(write_pdf(tmp_path / "sale.pdf", pdf_bytes(pages)))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("Time", "Action", "By", "Tell"),
        ("08:00", "Unlock the hall and switch on the heating in the main room", "Caretaker",
         "Hall Manager"),
        ("08:30", "Set out the tables and chairs for the sale", "Volunteers", "Caretaker"),
        ("09:00", "Open the doors", "Hall Manager", "-"),
        ("09:15", "Count the float and sign the cash sheet before the first sale",
         "Treasurer", "Hall Manager"),
        ("12:00", "Close the doors", "Hall Manager", "-"),
        ("12:30", "Bank the takings and send the total to the committee by e-mail",
         "Treasurer", "Chair")]


def test_a_pdf_table_whose_last_row_stands_alone_at_the_top_of_the_next_page(
        tmp_path: Path) -> None:
    # a numbered "Step | Action | By | Tell" table that ends its page, its last row
    # alone at the top of the next page (set a few points further right, as a new page's
    # layout may place it), a cell's words wrapped under it, then a paragraph: the row
    # is the table's, and the paragraph stays a paragraph
    head = [("Step", 72), ("Action", 110), ("By", 330), ("Tell", 450)]
    rows = [("1", "Unlock the store and check the alarm log", "Caretaker", "Site Manager"),
            ("2", "Count the chairs against the booking", "Caretaker", "-"),
            ("3", "Sign the hire agreement with the hirer", "Site Manager", "Treasurer")]
    first, y = [], 740
    for cells in [[(t, x) for t, x in head],
                  *[[(c, x) for c, (_h, x) in zip(r, head, strict=True)] for r in rows]]:
        first += [Line(text, x, y) for text, x in cells]
        y -= 14
    second = [Line("4", 72, 740), Line("Lock the store after the event", 110, 740),
              Line("Caretaker", 334, 740), Line("Site Manager and", 455, 740),
              Line("Treasurer", 455, 726),
              Line("The Treasurer banks the hire fee within a week.", 72, 700)]
    doc = read_document(write_pdf(tmp_path / "hire.pdf", pdf_bytes([first, second])))
    assert [b.cells for b in doc.blocks if b.kind == "row"][-1] == (
        "Lock the store after the event", "Caretaker", "Site Manager and Treasurer")
    assert any(b.kind == "para" and b.text.startswith("The Treasurer banks")
               for b in doc.blocks)
