"""Shorter paths of the document readers, each against the plain reading it stands for:
the Markdown parser without the block rules that cannot match in a document
(``raci.derive.documents._block_parser``: every token must be what the whole parser makes,
on documents mixing every block a rule reads), and the single spacing of blocks."""

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
    read_document,
)

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


@settings(max_examples=400, deadline=None)
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


@settings(max_examples=300, deadline=None)
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
