"""A plain outline of Markdown (headings, one-line "- " items, empty lines) is read without
markdown-it's block rules (``documents._outline_tokens``): every token is markdown-it's."""

from __future__ import annotations

import random

import pytest

from raci.derive.documents import _block_parser, _outline_tokens, parse_markdown

# lines an outline is made of, and near misses that markdown-it reads otherwise
OUTLINE = ["# Roles", "## Harbour Master", "###### Deep heading", "# Title with # inside",
           "- Moor the visiting boats", "- Check the fuel log (weekly)", "- A", "",
           "- Inspect *all* pontoons & `gates`", "### Café Lead — nights"]
NEAR = ["-  Two spaces", "- 1. Numbered inside", "- - nested", "#NoSpace", "# Closed #",
        "- trailing space ", "  - indented item", "plain paragraph line", "---", "- ",
        "####### Seven", "# ", "-\tTabbed", "- > quoted", "* Star item", "+ Plus item",
        "    code line", "- [ref]: /url", "===", "- ***", "# Tab\there", "- Item\r",
        "## Trailing space ", "- ¿Qué?", "1. Ordered", "> quote", "<div>", "| a | b |",
        "- ```", "# #", "## ##", "### #"]


def _dicts(tokens: list) -> list[dict]:
    return [t.as_dict() for t in tokens]


def _markdown_it(text: str) -> tuple[list[dict], dict]:
    env: dict = {}
    return _dicts(_block_parser(text, pruned=False).parse(text, env)), env


@pytest.mark.parametrize("seed", range(120))
def test_outline_tokens_are_markdown_its(seed: int) -> None:
    rng = random.Random(seed)
    lines = rng.choices(OUTLINE, k=rng.randint(0, 25))
    text = "\n".join(lines) + rng.choice(["", "\n", "\n\n"])
    fast = _outline_tokens(text)
    assert fast is not None
    tokens, env = _markdown_it(text)
    assert _dicts(fast) == tokens
    assert env == {}  # (no link references in an outline, none lost)


@pytest.mark.parametrize("seed", range(120))
def test_near_misses_are_left_to_markdown_it_or_read_alike(seed: int) -> None:
    rng = random.Random(seed)
    lines = rng.choices(OUTLINE, k=rng.randint(1, 12))
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(NEAR))
    text = "\n".join(lines) + rng.choice(["", "\n"])
    fast = _outline_tokens(text)
    if fast is not None:
        assert _dicts(fast) == _markdown_it(text)[0]


def test_each_near_miss_alone_and_in_a_list() -> None:
    for near in NEAR:
        for text in (near, f"# Head\n- Item one\n{near}\n- Item two\n",
                     f"- Item one\n\n{near}\n"):
            fast = _outline_tokens(text)
            if fast is not None:
                assert _dicts(fast) == _markdown_it(text)[0], text


def test_an_outline_reads_as_before() -> None:
    text = ("# Marina roles\n\n## Harbour Master\n\n- Moor the visiting boats\n"
            "- Check the fuel log\n\n## Dock Hand\n- Coil the lines\n\n- Sweep the pontoon\n")
    assert _outline_tokens(text) is not None
    doc = parse_markdown("marina.md", text)
    assert [(b.kind, b.text, b.location, b.level) for b in doc.blocks] == [
        ("heading", "Marina roles", "line 1", 1), ("heading", "Harbour Master", "line 3", 2),
        ("item", "Moor the visiting boats", "line 5", 0),
        ("item", "Check the fuel log", "line 6", 0), ("heading", "Dock Hand", "line 8", 2),
        ("item", "Coil the lines", "line 9", 0), ("item", "Sweep the pontoon", "line 11", 0)]
