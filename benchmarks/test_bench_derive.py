"""How long derivation takes on about 1 MB of input: it must stay linear in its length."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci.derive.documents import read_document
from raci.derive.draft import derive
from raci.derive.roles import discover_roles

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


def test_find_roles_in_one_megabyte_naming_thousands_of_roles(benchmark: Any,
                                                              tmp_path: Path) -> None:
    # every lower-case role is counted wherever it is written, in one pass over the words
    path = tmp_path / "many.txt"
    names = [f"{a}{b}{c}" for a in "bcdfghjklm" for b in "aeiou" for c in "nprstvwxyz"]
    lines = [f"The {n} porter locks the gate and checks the {n} register.\n" for n in names]
    path.write_text("".join(lines) * 40, encoding="utf-8")
    documents = [read_document(path)]
    catalog = benchmark.pedantic(discover_roles, args=(documents,), rounds=1, iterations=1)
    assert len(catalog.roles) >= 400
    assert all(role.mentions == 40 for role in catalog.roles.values() if " " in role.name)


def test_derive_a_raci_table_of_three_thousand_rows(benchmark: Any, tmp_path: Path) -> None:
    # whether a table's heads are its roles is decided once per table, not once per row
    path = tmp_path / "table.md"
    rows = "".join(f"| Check batch {i} | R | A | C |\n" for i in range(3000))
    path.write_text("# Roles\n\n| Task | Product Manager | Release Manager | QA Lead |\n"
                    "|---|---|---|---|\n" + rows, encoding="utf-8")
    draft = benchmark.pedantic(derive, args=([path],), rounds=1, iterations=1)
    assert len(draft.roles) == 3 and draft.rows
