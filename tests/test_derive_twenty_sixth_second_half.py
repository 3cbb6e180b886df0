"""Derivation of the shapes studied in the twenty-sixth set's second half.

Each test writes a small document in one shape of writing, derives a draft from it and
checks the cells a careful reader would list. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_grid_task_naming_a_topic_and_its_parts_stays_whole(tmp_path: Path) -> None:
    # "Boiler servicing: gas and flue": a letter grid's task cell that names a topic and,
    # after a colon, the parts of it the row covers is one task, named whole; a cell
    # opening with an order keeps only the order ("Bleed the radiators: upstairs first")
    grid = ("Activity,Caretaker,Facilities Manager,Contractor\n"
            "Boiler servicing: gas and flue,C,A,R\n"
            "Roof gutters: leaves and moss,R,A,\n"
            "Bleed the radiators: upstairs first,A/R,I,\n")
    cells = cells_of_text(tmp_path / "building.csv", grid)
    assert cells[("Contractor", "Boiler servicing: gas and flue")] == "R", cells
    assert cells[("Caretaker", "Boiler servicing: gas and flue")] == "C", cells
    assert cells[("Caretaker", "Roof gutters: leaves and moss")] == "R", cells
    assert cells[("Caretaker", "Bleed the radiators")] == "A/R", cells
