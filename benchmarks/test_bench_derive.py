"""How long derivation takes on about 1 MB of input: it must stay linear in its length."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci.derive.draft import derive

LINE = "The Product Manager owns the roadmap and the Release Manager owns the calendar "


def test_derive_one_megabyte_run_on_line(benchmark: Any, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(LINE * 12_500 + "\n", encoding="utf-8")
    draft = benchmark.pedantic(derive, args=([path],), rounds=1, iterations=1)
    assert draft.rows


def test_derive_one_megabyte_of_unclosed_list_items(benchmark: Any, tmp_path: Path) -> None:
    path = tmp_path / "list.html"
    path.write_text("<ul>" + ("<li>" + LINE) * 12_000, encoding="utf-8")
    draft = benchmark.pedantic(derive, args=([path],), rounds=1, iterations=1)
    assert draft.rows


def test_derive_one_megabyte_paragraph_over_many_lines(benchmark: Any, tmp_path: Path) -> None:
    # every sentence of one paragraph finds the line it starts on
    path = tmp_path / "wrapped.md"
    wrapped = "The stores clerk counts the pallets on the loading bay and then reorders the\n" \
        "missing parts. "
    path.write_text("# Yard\n\n" + wrapped * 12_000, encoding="utf-8")
    draft = benchmark.pedantic(derive, args=([path],), rounds=1, iterations=1)
    assert draft.rows
