"""Counted nouns read as English: "1 activity", "2 activities", and no "(s)" anywhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from raci.history import Entry, summarise
from raci.wording import agree, counted

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for p in [*(ROOT / "raci").rglob("*.py"), *(ROOT / "ui").rglob("*.py"),
                             *(ROOT / "scripts").glob("*.py"), ROOT / "main.py"]
                 if p.name != "wording.py")  # which names the pattern in its docstring


@pytest.mark.parametrize(("n", "word", "expected"), [
    (0, "activity", "0 activities"), (1, "activity", "1 activity"), (2, "activity", "2 activities"),
    (1, "person", "1 person"), (3, "person", "3 people"), (1, "place", "1 place"),
    (5, "place", "5 places"), (2, "staffing change", "2 staffing changes"),
])
def test_counted_nouns(n: int, word: str, expected: str) -> None:
    assert counted(n, word) == expected


def test_counted_thousands_and_verbs() -> None:
    assert counted(12000, "cell", thousands=True) == "12,000 cells"
    assert (agree(1, "is"), agree(2, "is"), agree(1, "fits"), agree(4, "fits")) == (
        "is", "are", "fits", "fit")


def test_history_summaries_count_in_the_singular_too() -> None:
    entries = [Entry("add role", "PM"), Entry("cell", "x"), Entry("add person", "Ann"),
               Entry("add person", "Bo")]
    assert summarise("apply template", "T", entries).new == \
        "1 role added, 2 people added, 1 cell set"


def _texts(path: Path) -> list[tuple[int, str]]:
    """Every string literal (and literal part of an f-string) in a module, with its line."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append((node.lineno, node.value))
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_text_says_word_s(path: Path) -> None:
    """'decision(s)', 'cell(s)': a message counts properly instead (raci.wording)."""
    found = [(line, text) for line, text in _texts(path)
             if re.search(r"[a-z]\((s|es)\)", text)]
    assert found == []
