"""Derivation of the shapes studied in the twenty-seventh set's second half.

Each test writes a small document in one shape of writing, derives a draft from it and
checks the cells a careful reader would list. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_columns_of_who_is_also_there_and_whom_to_radio(tmp_path: Path) -> None:
    # "Area | Lead | Also there | Radio to": beside the row's lead, those also there are
    # drawn on (C) and those the lead radios are told (I); the rows are named by a place
    # as often as by a task, and the place stays the row's name
    table = ("| Area | Lead | Also there | Radio to |\n"
             "| --- | --- | --- | --- |\n"
             "| Car park | Parking Steward | Cadets | Event Control |\n"
             "| Close the lane at noon | Road Crew Lead | | Event Control |\n"
             "| First aid tent | Medical Lead | Red Cross | |\n")
    cells = cells_of_text(tmp_path / "show.md", "# Show day\n\n" + table)
    assert cells[("Parking Steward", "Car park")] == "A/R", cells
    assert cells[("Cadets", "Car park")] == "C", cells
    assert cells[("Event Control", "Car park")] == "I", cells
    assert cells[("Road Crew Lead", "Close the lane at noon")] == "A/R", cells
    assert cells[("Event Control", "Close the lane at noon")] == "I", cells
    assert cells[("Red Cross", "First aid tent")] == "C", cells
    assert not any(activity in ("Event Control", "Cadets") for _role, activity in cells), \
        cells


def test_a_checklist_line_opening_with_a_drawn_box_is_read(tmp_path: Path) -> None:
    # "☐ Caretaker locks the side door and sets the alarm": a word processor's checklist
    # draws its box as a character; without the box the line is the sentence it is
    text = ("# Closing the hall\n\n"
            "☐ Caretaker locks the side door and sets the alarm\n\n"
            "☐ Treasurer banks the takings with the Chair\n\n"
            "☑ Bookings Secretary files the hire form\n")
    cells = cells_of_text(tmp_path / "closing.md", text)
    assert cells[("Caretaker", "Lock the side door")] == "A/R", cells
    assert cells[("Caretaker", "Set the alarm")] == "A/R", cells
    assert cells[("Treasurer", "Bank the takings with the Chair")] == "A/R", cells
    assert cells[("Chair", "Bank the takings with the Chair")] == "C", cells
    assert cells[("Bookings Secretary", "File the hire form")] == "A/R", cells
