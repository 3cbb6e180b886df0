"""Shapes of the thirty-seventh set, what was left: a verb that is also an adjective, with
"up" and nothing after it ("opens up"), is a whole duty. Every text here is written for
the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.extract import activity_name
from tests.helpers import cells_of_text


def test_a_verb_made_so_with_up_and_nothing_after_is_a_duty(tmp_path: Path) -> None:
    # "opens up" (makes the place open) and "tidies up" say the whole act, as "locks up"
    # does; a verb and "out" with nothing after ("carries out") still says no duty
    assert activity_name("opens up") == "Open up"
    assert activity_name("tidies up") == "Tidy up"
    assert activity_name("carries out") == ""
    page = ("Evenings\n\n"
            "The Duty Keyholder opens up, turns on the heating and checks the fire exits. "
            "The Caretaker tidies up after the last class.\n")
    cells = cells_of_text(tmp_path / "evenings.txt", page)
    assert ("Duty Keyholder", "Open up") in cells, cells
    assert ("Duty Keyholder", "Turn on the heating") in cells, cells
