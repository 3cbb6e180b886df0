"""Shorter paths of the document readers, each against the plain reading it stands for:
the Markdown parser without the block rules that cannot match in a document
(``raci.derive.documents._block_parser``: every token must be what the whole parser makes,
on documents mixing every block a rule reads), the single spacing of blocks, and a Word
paragraph's text read from its runs."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from raci.derive.documents import (
    Block,
    _block_parser,
    _single_spaced,
    _unreachable_rules,
    docx_paragraph_text,
    parse_text,
    read_document,
    without_brackets,
)
from tests.long_runs import examples

# Lines of every block kind, and their near misses, for markdown-it's block rules
LINES = [
    "", "Plain text of a duty", "Title", "---", "===", "--", "= =", "  ---  ", "- - -",
    "* * *", "***", "___", "_ _", "-", "# Heading", "## Roles", "#no heading", "> quoted",
    ">", "> ---", "> Title", ">> deeper", "- item", "- ---", "* item", "+ item",
    "1. first", "2. second", "10) tenth", "  - nested", "    indented code", "\tTabbed",
    "\t- tabbed item", "| Task | Owner |", "|---|---|", "| --- | :-: |", "| Plan | A |",
    "a | b", "-|-", "```", "```python", "~~~", "<div>", "</div>", "<!-- note -->",
    "[ref]: https://example.org", "[not a ref]", "Text with | a bar", "Text > arrow",
    "Setext under a list", "   ===", "  > - item in quote", "- > quote in item",
]


def tokens(text: str, pruned: bool) -> list[tuple[object, ...]]:
    return [(t.type, t.tag, t.nesting, t.map, t.level, t.content, t.markup, t.info,
             t.meta, t.block, t.hidden)
            for t in _block_parser(text, pruned).parse(text, {})]


@settings(max_examples=examples(400), deadline=None)
@example(["> Title", "> ---"], "\n")  # an underline inside a quote
@example(["- Title", "  ===", "- next"], "\r\n")  # ... and inside a list item
@example(["Title", "---"], "\r")
@given(st.lists(st.sampled_from(LINES), max_size=14),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_pruned_parser_makes_every_token_of_the_whole_parser(lines: list[str],
                                                             newline: str) -> None:
    text = newline.join(lines)
    assert tokens(text, pruned=True) == tokens(text, pruned=False)


def test_only_rules_without_their_mark_are_left_out() -> None:
    assert set(_unreachable_rules("- item\n- another item\n")) == {
        "table", "blockquote", "html_block", "heading", "reference", "fence", "hr"}
    assert _unreachable_rules("# Roles\n| A | B |\n|---|---|\n> q\n<b>\n[r]: x\n```\n- - -\n"
                              ) == []
    # a thematic break is three marks of one kind, spaces between
    assert "hr" not in _unreachable_rules("text\n* * *\n")
    assert "hr" in _unreachable_rules("text -- and *a* _b_\n")


def test_a_setext_heading_still_reads_where_a_list_would_follow(tmp_path: Path) -> None:
    page = tmp_path / "roles.md"
    page.write_text("Release Manager\n===============\n\n- Plan the release\n",
                    encoding="utf-8")
    headings = [b.text for b in read_document(page).blocks if b.kind == "heading"]
    assert headings == ["Release Manager"]


def single_spaced_plainly(blocks: list[Block]) -> list[Block]:
    """Every block's runs of spaces made one, every cell and line break looked at."""
    out = []
    for block in blocks:
        if "  " not in block.text and not any("  " in c for c in block.cells) and \
                "\t" not in block.text:
            out.append(block)
            continue
        runs = [(m.start(), m.end() - m.start() - 1)
                for m in re.finditer(r"[ \t]{2,}", block.text)]

        def moved(offset: int, runs: list[tuple[int, int]] = runs) -> int:
            return offset - sum(n for at, n in runs if at <= offset)

        out.append(replace(block, text=re.sub(r"[ \t]{2,}", " ", block.text),
                           cells=tuple(re.sub(r"[ \t]{2,}", " ", c) for c in block.cells),
                           breaks=tuple((moved(at), n) for at, n in block.breaks)))
    return out


PIECES = st.text(alphabet=" \tab|", max_size=12)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(PIECES, st.lists(PIECES, max_size=5),
                          st.lists(st.integers(0, 12), max_size=3, unique=True)), max_size=6))
def test_single_spacing_keeps_what_the_plain_reading_makes(
        specs: list[tuple[str, list[str], list[int]]]) -> None:
    # a table row with padded or empty cells ("Task |  | A"), a paragraph with its breaks
    blocks = [Block("row" if cells else "para", text, "line 1", cells=tuple(cells),
                    breaks=tuple((at, 2 + i) for i, at in enumerate(sorted(at for at in breaks
                                                                          if at < len(text)))))
              for text, cells, breaks in specs]
    assert _single_spaced(blocks) == single_spaced_plainly(blocks)


# Words of the patterns asked only where a text holds one of their pieces, their near
# misses, and words of duties
PIECE_WORDS = [
    "Review", "the", "budget", "by", "BY", "to", "ensure", "so", "that", "in", "order",
    "while", "-", "—", "when", "whenever", "if", "needed", "necessary", "as", "appropriate",
    "required", "where", "a", "once", "during", "throughout", "before", "after", "until",
    "you", "they", "I", "for", "their", "organization", "which", "consultation", "with",
    "except", "on", "at", "its", "each", "meeting", "stand-up", "working", "copied", "cc'd",
    "talking", "speaking", "consulting", "checking", "checked", "discussing", "it",
    "advice", "input", "guidance", "recommendations", "of", "from", "following", "agreed",
    "approved", "signed", "off", "reviewed", "cleared", "countersigned", "authorised",
    "authorized", "partnership", "collaboration", "conjunction", "liaison", "reported",
    "raised", "found", "submitted", "received", "logged", "filed", "sent", "opened",
    "flagged", "detected", "held", "kept", "owned", "managed", "run", "provided", "supplied",
    "issued", "requested", "prepared", "assigned", "against", "via", "since", "accountable",
    "owns", "own", "owner", "charge", "final", "say", "authority", "defines", "defining",
    "decides", "sets", "oversees", "overseeing", "supervises", "supervising", "behalf", "our",
    "sample", "selection", "subset", "number", "range", "variety", "handful", "random",
    "ten", "10%", "per", "cent", "project", "projects", "team", "product", "organisation",
    "company", "business", "programme", "program", "within", "across", "this", "Monday",
    "noon", "tonight", "3", "07:00", "pm", "day", "weeks", "end", "next", "month", "March",
    "12th", "immediately", "delay", "undue", "advance", "beforehand", "evening", "morning",
    "Kelvin", "\u212aept", "ſince", "poſſible", "İn", "report", "ownership", "decide",
    "who", "WHO", "Who", "together", "alongside", "along", "&", "and", "AND", "both",
    "jointly", "Clerk", "Night Porter", "signs", "locks", "decides", "whether",
]
PIECE_SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", ": ", "! ", "? ", "  ", "\t", ""]
piece_texts = st.lists(st.tuples(st.sampled_from(PIECE_WORDS),
                                 st.sampled_from(PIECE_SEPARATORS)),
                       max_size=16).map(lambda parts: "".join(w + s for w, s in parts).strip())


def _pieced() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    from raci.derive import extract

    return [(extract.STOP_AT, extract.STOP_AT_PIECES),
            (extract.AFTER_CONSULTING, extract.AFTER_CONSULTING_PIECES),
            (extract.REDUCED_RELATIVE, extract.PARTICIPLE_PIECES),
            (extract.LEFT_PARTICIPLE, extract.PARTICIPLE_PIECES),
            (extract.OWNER_CUES, extract.OWNER_CUE_PIECES),
            (extract.ON_BEHALF, ("behalf",)),
            (extract.QUANTITY_HEAD, ("sample", "selection", "subset", "number", "range",
                                     "variety", "handful"))]


@settings(max_examples=examples(800), deadline=None)
@given(piece_texts)
def test_every_match_holds_a_piece_its_pattern_is_asked_by(text: str) -> None:
    from raci.derive.extract import TIME_LIMIT, _holds

    assert TIME_LIMIT.quick is not None and TIME_LIMIT.lower_guard is not None
    for pattern, pieces in [*_pieced(), (TIME_LIMIT.lower_guard, TIME_LIMIT.quick)]:
        for sample in (text, text.lower()):
            for m in pattern.finditer(sample):
                # (an ASCII text is asked by its pieces; any other is always tried)
                assert _holds(m.group(0), *pieces), (pattern.pattern[:40], m.group(0))
    # a trailing scope ends with one of its words, and is cut as the pattern alone cuts it
    from raci.derive.extract import TRAILING_SCOPE

    for sample in (text, f"{text} for the whole project ", f"{text} across our teams"):
        assert TRAILING_SCOPE.sub("", sample) == TRAILING_SCOPE.pattern.sub("", sample)


@settings(max_examples=examples(800), deadline=None)
@given(piece_texts)
def test_every_match_holds_what_its_reader_asks_first(text: str) -> None:
    from raci.derive.actors import _MAY_JOIN, COORDINATED_SUBJECT
    from raci.derive.extract import SUPERVISED, VERB_ASIDE, WHO_DOES, _holds

    for sample in (text, f"the clerk, who {text}", f"decides, with {text}, whether to go",
                   f"the Clerk and {text}"):
        for m in WHO_DOES.finditer(sample):
            assert "," in m.group(0) and _holds(m.group(0), "who")
        for m in SUPERVISED.finditer(sample):
            assert _holds(m.group(0), "who")
        for m in VERB_ASIDE.finditer(sample):  # (minding case)
            assert "," in m.group(0) and any(
                w in m.group(0) for w in ("with", "alongside", "consulting"))
        for m in COORDINATED_SUBJECT.finditer(sample[:200]):
            assert _MAY_JOIN.search(m.group(0))


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="ab :\t", max_size=80))
def test_a_label_is_read_where_its_colon_can_be(text: str) -> None:
    from raci.derive.extract import _LABEL_PATTERN, _label

    fast, slow = _label(text), _LABEL_PATTERN.match(text)
    assert (fast and fast.span(1)) == (slow and slow.span(1))


def test_the_pieces_of_each_pattern_let_its_sentences_through() -> None:
    from raci.derive.extract import _holds

    written_for = {
        # (one sentence for each alternative of STOP_AT)
        "STOP_AT": ["Review the plan. Then rest", "Book: the hall", "Fix it; then go",
                    "Go! now", "Why? now", "Review the plan to ensure quality",
                    "Tell the lead so that it is known", "Cut it in order to save",
                    "Order stock, ensuring cover", "Order stock, while open",
                    "Lock up while open", "Lock up — then", "Lock up - then",
                    "Review it by the lead", "Tell the lead so the barrier closes",
                    "Order stock, working with Sales", "File it, copied to the Clerk",
                    "Call when ready", "Call if needed", "Call if necessary",
                    "Call as needed", "Call where appropriate", "Call as required or later",
                    "Call whenever free", "Call once done", "Call during lunch",
                    "Call throughout the day", "Write it up before you go",
                    "Book it for their team", "Plan it for the organization",
                    "Log the faults which matter", "Set fees in consultation with HR",
                    "Lock doors, except on Sundays", "Call where a fault shows",
                    "Check it where necessary"],
        "AFTER_CONSULTING": ["Set the fee after talking to the Chair",
                             "Publish it, approved by the Board",
                             "Run the fair in partnership with the school"],
        "OWNER_CUES": ["Owns the roadmap", "Has the final say on hires"],
        "ON_BEHALF": ["Sign contracts on behalf of the charity"],
        "QUANTITY_HEAD": ["Audit a sample of ten records"],
    }
    pieced = {pattern.pattern: pieces for pattern, pieces in _pieced()}
    from raci.derive import extract

    for name, sentences in written_for.items():
        pattern = getattr(extract, name)
        for sentence in sentences:
            assert pattern.search(sentence), sentence
            assert _holds(sentence, *pieced[pattern.pattern]), sentence


def test_a_cookie_notice_is_left_out_in_any_case() -> None:
    from raci.derive.documents import _without_cookie_notices

    blocks = [Block("para", "WE USE COOKIES to make this site work", "line 1"),
              Block("para", "We use \u212a-cookies nowhere; this site uses cookies", "line 2"),
              Block("para", "The Treasurer keeps the accounts", "line 3")]
    assert [b.location for b in _without_cookie_notices(blocks)] == ["line 3"]


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="ab|\\ `:-", max_size=40))
def test_table_lines_split_at_their_bars_as_markdown_it_splits_them(line: str) -> None:
    from markdown_it.rules_block.table import escapedSplit

    from raci.derive.documents import split_cells

    assert split_cells(line) == escapedSplit(line)


def test_a_markdown_table_keeps_its_rows_and_escaped_bars(tmp_path: Path) -> None:
    page = tmp_path / "raci.md"
    page.write_text("| Task | Lead | Clerk |\n|---|---|---|\n| Book the a\\|b room | R | C |\n"
                    "| Pay | A | |\n", encoding="utf-8")
    rows = [b.cells for b in read_document(page).blocks if b.kind == "row"]
    assert rows == [("Task", "Lead", "Clerk"), ("Book the a|b room", "R", "C"),
                    ("Pay", "A", "")]


@given(st.text(alphabet="(ab) ", max_size=40))
def test_without_brackets_is_the_pattern_it_stands_for(text: str) -> None:
    """The one-pass removal of bracketed asides gives what ``\\([^)]*\\)`` removed."""
    assert without_brackets(text) == re.sub(r"\([^)]*\)", "", text)


def test_a_numbered_line_of_opening_brackets_is_read_in_one_pass() -> None:
    """A numbered line of 20,000 "(" and no ")" (each one a place the old pattern searched
    to the end from) is read, its brackets kept."""
    doc = parse_text("t.txt", "1. " + "(" * 20_000 + "\n2. Next line\n")
    assert any(b.text.startswith("((") for b in doc.blocks)


def test_a_word_paragraph_reads_as_python_docx_reads_it() -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    word = docx.Document()
    para = word.add_paragraph("The Yard Keeper\tlocks the gate")
    para.add_run(" at dusk\nand").bold = True
    para.add_run().add_break(WD_BREAK.PAGE)  # a page break is no text
    link = OxmlElement("w:hyperlink")  # the words of a link are the paragraph's too
    for words in (" opens", " the log"):
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = words
        run.append(text)
        link.append(run)
    para._p.append(link)
    odd = OxmlElement("w:r")  # a hyphen that does not break, a carriage return, a tab
    for tag in ("w:noBreakHyphen", "w:cr", "w:ptab", "w:t", "w:rPr"):
        odd.append(OxmlElement(tag))  # (an empty w:t reads as nothing)
    para._p.append(odd)
    para._p.append(OxmlElement("w:bookmarkStart"))  # not a run: no text
    cell = word.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]
    cell.add_run("Approves the rota")
    for paragraph in (para, cell, word.add_paragraph()):
        assert docx_paragraph_text(paragraph._p) == paragraph.text
    assert docx_paragraph_text(para._p) == \
        "The Yard Keeper\tlocks the gate at dusk\nand opens the log-\n\t"


def _folded() -> list[tuple[str, object]]:
    from raci.derive import actors, extract
    from raci.derive.actors import Folded

    return [(name, value) for module in (actors, extract) for name, value in vars(module).items()
            if isinstance(value, Folded)]


FOLDED_WORDS = [
    "skills", "Skills", "SKILLS", "experience in", "reports to", "Reporting to", "usually",
    "Typically", "may have", "with", "WITH", "notifies", "Pings", "cc", "along with",
    "members of", "approved by", "whom", "they will", "He must", "you can", "is", "are",
    "able to", "expected", "has to", "takes care of", "the", "The", "our", "each", "both",
    "Prof.", "Dr", "@", "responsible for", "accountable", "done", "complete", "ready",
    "open", "closed", "role", "Role:", "Overview", "Contact us", "about", "salary",
]


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECE_WORDS + FOLDED_WORDS),
                          st.sampled_from(PIECE_SEPARATORS)), max_size=14)
       .map(lambda parts: "".join(w + s for w, s in parts)))
def test_a_folded_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    for name, folded in _folded():
        plain = folded.pattern  # type: ignore[attr-defined]
        for sample in (text, text.strip(), f"The Clerk {text}"):
            assert [(m.span(), m.groups()) for m in folded.finditer(sample)] == \
                [(m.span(), m.groups()) for m in plain.finditer(sample)], name
            for found, expected in ((folded.search(sample), plain.search(sample)),
                                    (folded.match(sample), plain.match(sample))):
                assert (found and (found.span(), found.groups())) == \
                    (expected and (expected.span(), expected.groups())), name
            assert folded.sub("", sample) == plain.sub("", sample), name


def test_only_a_pattern_in_lower_case_is_searched_in_lower_case() -> None:
    from raci.derive.actors import Folded

    assert Folded(re.compile(r"\bwith\s+\S", re.IGNORECASE)).lower is not None
    for source in (r"\b[A-Z]\w+ with", r"(?-i:with) the", r"\x57ith", r"(with) \1"):
        assert Folded(re.compile(source, re.IGNORECASE)).lower is None, source
    assert Folded(re.compile("with")).lower is None  # (minding case already)
    # every pattern read so is one of them: none is wrapped for nothing
    assert _folded() and all(f.lower is not None for _n, f in _folded())  # type: ignore[attr-defined]
    # a text that is not ASCII is searched as it is ("K", the Kelvin sign, is a "k")
    counterpart = Folded(re.compile(r"\bkeeps\s+(?=\S)", re.IGNORECASE))
    assert counterpart.search("He \u212aeeps the log") is not None


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(["Site", "Manager", "Head", "of", "Front", "House", "the",
                                 "managers", "Managers", "QA", "Lead", "OpsLead", "Director",
                                 "Kitchen", "Porter", "porter", "-", "Co-Lead", "reviews",
                                 "İn", "Éditor", "Editors", "Chair", "Łódź", "Ωmega",
                                 "ǅesk"]), max_size=12)
       .map(" ".join))
def test_a_title_is_found_where_the_pattern_without_its_first_capital_finds_it(
        text: str) -> None:
    from raci.derive.actors import ROLE_NOUNS
    from raci.derive.roles import TITLE, UPPER_MORE

    assert all(re.match("[A-Z]", noun) for noun in ROLE_NOUNS)
    head = rf"\b(?=[A-ZÀ-ÖØ-Þ{UPPER_MORE}])"  # a capital, plain, accented or beyond Latin-1
    assert TITLE.pattern.startswith(head)
    plain = re.compile(r"\b" + TITLE.pattern[len(head):])
    assert [(m.span(), m.groups()) for m in TITLE.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_a_second_predicate_is_found_as_the_plain_pattern_finds_it() -> None:
    # the pattern takes the spaces before "and" from the first of a run; the plain pattern,
    # which may start anywhere in the run, finds the same predicates (and a long run of
    # spaces is crossed once)
    from raci.derive.extract import SECOND_PREDICATE

    plain = re.compile(SECOND_PREDICATE.pattern.replace(r"(?:(?P<comma>,)|(?<!\s))",
                                                        r"(?P<comma>,)?", 1))
    assert plain.pattern != SECOND_PREDICATE.pattern
    texts = ["sorts the post, and then sends the bags to the depot",
             "counts the float  and   locks the safe", "x , and locks the door and checks it",
             "signs ,and files the form", "\tand takes the keys and must sign the log",
             "reads the meter" + " " * 5_000 + "and logs the reading"]
    for text in texts:
        found = [(m.span(), m.group("comma"), m.group("verb"))
                 for m in SECOND_PREDICATE.finditer(text)]
        assert found == [(m.span(), m.group("comma"), m.group("verb"))
                         for m in plain.finditer(text)], text
    assert [m.group("verb") for m in SECOND_PREDICATE.finditer(texts[-1])] == ["logs"]


# Pieces of sentences the three guards of each sentence's reading are tried on: contact
# entries with every dash, clauses after "and" / "but", "let ... know" in every case
_GUARD_PIECES = [
    "Safety Manager", " – ", " — ", " - ", "-", "–", "—", "Anita Sandhu, ext. 2207",
    "0300 555 0170",
    "tel: 01632 960 001", ".", ", and they refer all press queries to the Chair",
    ", but he checks the log", " and I will sign the sheet ", ", AND THEY refer it",
    ", And she files it", "and", "but", "AND", "But", "let the Site Manager know",
    "lets the Treasurer know", "Let our Warden know", "LET the clerk KNOW", "Know",
    "let the team know", "letting", " ", "\t", "\u00a0", "records", "Schedule the audit",
    "Occupational Health", ":", ";", "١٢٣٤", "²³⁴⁵",
]


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(st.sampled_from(_GUARD_PIECES), max_size=8).map("".join))
@example("Safety Manager – Anita Sandhu, ext. 2207.")
@example("Occupational Health — 0300 555 0170")
@example("Reception - 01632 960001")
@example("They do not change the decision, and they refer all press queries to the Chair")
@example("The clerk counts it but I will sign the sheet today")
@example("Please let the Site Manager know at once")
@example("She lets the Treasurer know")
def test_the_guards_of_a_sentence_say_yes_wherever_their_pattern_matches(text: str) -> None:
    # each guard is asked before its pattern: where it says no, the pattern finds nothing
    from raci.derive.extract import (
        CONTACT_ENTRY,
        LET_KNOW,
        THEY_CLAUSE,
        _may_be_contact,
        _may_join_clause,
    )

    if not _may_be_contact(text):
        assert CONTACT_ENTRY.match(text) is None, text
    if not _may_join_clause(text):
        assert THEY_CLAUSE.search(text) is None, text
    if "know" not in text:
        assert LET_KNOW.search(text) is None, text


def test_the_guards_of_a_sentence_let_their_shapes_through() -> None:
    # a contact entry with each dash is still skipped, a "they" clause still split and
    # "let ... know" still read as "tell"
    from raci.derive.extract import _may_be_contact, _may_join_clause

    for dash in "-–—":
        entry = f"Safety Manager {dash} Anita Sandhu, ext. 2207."
        assert _may_be_contact(entry)
    assert not _may_be_contact("Schedule the annual audit records")
    assert _may_join_clause("He checks it, and they file it")
    assert _may_join_clause("It is late, but she signs it")
    assert not _may_join_clause("Review the open incident records")
    assert not _may_join_clause("Sign it AND file it")  # (THEY_CLAUSE reads "and" as written)
