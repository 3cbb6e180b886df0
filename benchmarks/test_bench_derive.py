"""How long derivation takes on about 1 MB of input: it must stay linear in its length."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.derive_inputs import write_all
from raci.derive.documents import read_document
from raci.derive.draft import derive, open_decisions
from raci.derive.roles import discover_roles
from raci.templates import dump_template

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


def test_derive_a_yaml_ownership_file_of_three_thousand_entries(benchmark: Any,
                                                                tmp_path: Path) -> None:
    # a structured file's table is made as blocks directly, not written out and re-read
    path = tmp_path / "owners.yaml"
    path.write_text("# Who owns each product\n\n" + "".join(
        f"product_{i}:\n  owner: Data Lead {i % 40}\n  steward: Site Steward {i % 30}\n"
        f"  duties: [publish the table, check the schema]\n" for i in range(3000)),
        encoding="utf-8")
    draft = benchmark.pedantic(derive, args=([path],), rounds=1, iterations=1)
    assert draft.rows and len(draft.roles) >= 70


# --- every shape of benchmarks/derive_inputs.py, against reading it -------------------
# 100 KB per document by default; --bench-size L derives 1 MB (M500 250 KB, M 500 KB).
# The floor is the document reader alone on the same file (markdown-it, the HTML
# parser, python-docx, the text splitter): derivation cannot do less than read and
# split its input, and the reader is linear, so ours / floor staying the same from S
# to L is derivation staying linear. Whole-process figures: benchmarks/derive_run.py.

DERIVE_BYTES = {"S": 100_000, "M500": 250_000, "M": 500_000, "L": 1_000_000}
SHAPES = ["role-sections", "role-prose", "raci-table", "comparison-table",
          "one-role-many-duties", "one-role-distinct-duties", "role-sections-docx"]


@pytest.fixture(scope="session")
def derive_inputs(size: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every shape at the size's number of bytes, written once per session."""
    return write_all(tmp_path_factory.mktemp(f"derive-{size}"), DERIVE_BYTES[size])


def _derive_to_text(path: Path) -> tuple[str, list[str]]:
    draft = derive([path])
    template = draft.to_template("bench", "Bench")
    return dump_template(template), open_decisions(template)


@pytest.mark.parametrize("shape", SHAPES)
def test_derive_shape_ours(benchmark: Any, derive_inputs: dict[str, Path], shape: str) -> None:
    text, _decisions = benchmark.pedantic(_derive_to_text, args=(derive_inputs[shape],),
                                          rounds=1, iterations=1)
    assert "[[activities]]" in text


@pytest.mark.parametrize("shape", SHAPES)
def test_derive_shape_floor_read(benchmark: Any, derive_inputs: dict[str, Path],
                                 shape: str) -> None:
    document = benchmark.pedantic(read_document, args=(derive_inputs[shape],), rounds=1,
                                  iterations=1)
    assert document.blocks
