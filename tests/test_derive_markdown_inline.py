"""The inline markup of a Markdown document is parsed only where some inline rule can start
(``documents._MarkdownInline``): a content holding none of the characters markdown-it's
inline rules start at is one text token, made without the parse, as the parse makes it."""

from __future__ import annotations

import random

import pytest
from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline

from raci.derive.documents import _MarkdownInline, parse_markdown

WORDS = ["Publish", "the", "weekly", "rota", "café", "Harbour", "Master's", "(daily)",
         "2027", "sign", "off", "“quoted”", "rosters.", "a/b", "50", "€", "ok?", "Lead,"]
MARKUP = ["*all*", "`gates`", "a & b", "[link](x)", "x: y", "under_score", "<b>", "\\*",
          "~~gone~~", "a-b", "1 + 1", "https://example.org", "x = y", "#tag", "!note"]


def _children(content: str) -> list[dict]:
    """markdown-it's own inline tokens of ``content``, as dicts."""
    tokens = MarkdownIt("commonmark").enable("table").parse(content)
    inline = next(t for t in tokens if t.type == "inline")
    return [c.as_dict() for c in inline.children or []]


@pytest.mark.parametrize("seed", range(60))
def test_plain_and_marked_up_contents_read_as_markdown_it_reads_them(seed: int) -> None:
    rng = random.Random(seed)
    pool = WORDS + (MARKUP if seed % 2 else [])
    lines = [" ".join(rng.choices(pool, k=rng.randint(1, 8))) for _ in range(rng.randint(1, 6))]
    text = "\n\n".join(f"- {line}" if k % 2 else line for k, line in enumerate(lines)) + "\n"
    inline = _MarkdownInline(text)
    for token in inline.tokens:
        if token.type == "inline":
            assert [c.as_dict() for c in token.children or []] == _children(token.content)


def test_plain_duty_lines_are_not_parsed_for_inline_markup(monkeypatch) -> None:
    parsed: list[str] = []
    real = ParserInline.parse

    def counted(self, src, md, env, tokens):  # type: ignore[no-untyped-def]
        parsed.append(src)
        return real(self, src, md, env, tokens)

    monkeypatch.setattr(ParserInline, "parse", counted)
    text = "# Keeper\n\n## Duties\n\n- Lock the east gate\n- Check the *fuel* log\n" \
           "- Walk the pontoons at dusk\n"
    doc = parse_markdown("keeper.md", text)
    assert parsed == ["Check the *fuel* log"]
    assert [b.text for b in doc.blocks] == ["Keeper", "Duties", "Lock the east gate",
                                            "Check the fuel log", "Walk the pontoons at dusk"]
