"""The import review of a list of assignments: the same dialog, saying how the list was read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from raci.excel.plan import ReadOptions
from ui.import_dialog import ImportDialog, read_for_review


def test_the_review_of_a_list_of_assignments_counts_the_matrix_it_describes(
        qtbot: Any, tmp_path: Path) -> None:
    source = tmp_path / "assignments.csv"
    source.write_text("Task,Role,RACI\n"
                      "Pack the stand,Event Lead,A\nPack the stand,Porter,R\n"
                      "Ship the stand,Event Lead,A\nShip the stand,Courier,R\n"
                      "Ship the stand,Porter,I\nBuild the stand,Porter,R\n"
                      "Build the stand,Event Lead,A\n", encoding="utf-8")
    shown = ImportDialog(source, read_for_review(source, None, ReadOptions()))
    qtbot.addWidget(shown)
    assert shown.counts_label.text() == "3 roles, 0 people, 3 activities, 0 phases, 7 cells"
    notes = [shown.notes.item(i).text() for i in range(shown.notes.count())]
    assert any(n.startswith("read as a list of assignments, one row per activity and role: "
                            "activities from column A ('Task'), roles from column B ('Role')")
               for n in notes)
