"""Shapes of the thirtieth set, studied (first half): a table's "Work with" column. Every
text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import role_columns
from tests.helpers import cells_of_text


def test_a_work_with_head_consults_its_parties() -> None:
    cols = role_columns(("Task", "Lead", "Approves", "Work with", "Keep informed"))
    assert cols[3] == "C"
    assert role_columns(("Job", "Owner", "Works with"))[2] == "C"
    # (a head that only holds "work" is no column of parties)
    assert 2 not in role_columns(("Job", "Owner", "Work done"))


def test_a_plan_names_whom_each_row_is_worked_with(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "harvest.md",
        "# Harvest weekend\n\n"
        "| Task | Lead | Approves | Work with | Keep informed |\n"
        "|---|---|---|---|---|\n"
        "| Grain dryer start-up | Farm Foreman | Farm Manager | Electrician | Agronomist |\n"
        "| Field order for the combines | Farm Foreman | | Agronomist, Contractor | |\n")
    assert cells[("Farm Foreman", "Grain dryer start-up")] == "R"
    assert cells[("Farm Manager", "Grain dryer start-up")] == "A"
    assert cells[("Electrician", "Grain dryer start-up")] == "C"
    assert cells[("Agronomist", "Grain dryer start-up")] == "I"
    assert cells[("Agronomist", "Field order for the combines")] == "C"
    assert cells[("Contractor", "Field order for the combines")] == "C"
