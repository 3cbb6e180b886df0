"""Shapes of guides, request lists and local rules: a timetable's lines that open with a
time, a list's reviewer beside its preparer. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str) -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_a_timetable_line_is_read_without_its_time(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "HALL NIGHT ROTA\n\nWHO'S WHO\n\n"
                   "  Hall Steward ........ Priya\n  Kitchen Lead ........ Omar\n\n"
                   "EVENING (18:00 - 22:00)\n\n"
                   "18:00  Hall Steward unlocks the side door and turns on the lights.\n"
                   "18:15  Setting up. The Kitchen Lead checks the fridge temperatures and\n"
                   "       writes them on the sheet.\n"
                   "21:45  Hall Steward locks the side door.\n", "rota.txt")
    assert cells[("Hall Steward", "Unlock the side door")] == "A/R", cells
    assert cells[("Hall Steward", "Lock the side door")] == "A/R", cells
    assert cells[("Kitchen Lead", "Check the fridge temperatures")] == "A/R", cells
    # the slot's title goes with its time: no duty "Setting up"
    assert not any(act.lower().startswith("setting up") for _role, act in cells), cells


def test_a_timed_log_line_in_the_past_gives_no_duty(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "FIRE DRILL LOG\n\n"
                   "Fire Marshal: sweeps the building when the alarm sounds.\n\n"
                   "10:02  Fire Marshal sounded the alarm at the east door.\n"
                   "10:09  Fire Marshal checked the toilets and the stores.\n", "log.txt")
    assert not any(act.startswith(("Sound the alarm", "Check the toilets"))
                   for _role, act in cells), cells
