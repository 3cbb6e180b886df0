"""Shapes of the thirty-third set, studied (first half): a YAML task list whose comment
says what its keys mean, several on one line ("owner = does it; helped_by = works with
the owner"), and whose tasks list three acts. Every text here is written for the
test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.data import from_data, parse_data
from raci.derive.documents import _field_letters
from tests.helpers import cells_of_text

_FETE_TASKS = """\
# Village fete - jobs for the day
# lead = does it; approver = has to agree first; assisted_by = works with the lead;
# notify = let them know when it's finished.

tasks:
  - task: Book the bouncy castle
    lead: Fete Secretary
    approver: Fete Chair
    notify: [Treasurer]

  - task: Set out the tables
    lead: Setup Crew
    assisted_by: [Scout Leaders]

  - task: Sweep the field, stack the chairs and lock the pavilion
    lead: Groundsman
    assisted_by: [Setup Crew]
    notify: [Parish Clerk]

  - task: Count the takings and pay in the cash
    lead: Treasurer
    notify: [Fete Chair]
"""


def test_a_comment_legend_of_several_keys_on_a_line_gives_each_key_its_letter(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fete.yaml", _FETE_TASKS)
    # "does it": the doer; "has to agree first" says no letter, so the key's own words
    # ("approver") give it: accountable
    assert cells[("Fete Secretary", "Book the bouncy castle")] == "R"
    assert cells[("Fete Chair", "Book the bouncy castle")] == "A"
    # "let them know": told; "works with the lead": consulted
    assert cells[("Treasurer", "Book the bouncy castle")] == "I"
    assert cells[("Setup Crew", "Set out the tables")] == "A/R"
    assert cells[("Scout Leader", "Set out the tables")] == "C"
    # the legend is no text of the file's opening
    markdown = from_data(_FETE_TASKS, parse_data(_FETE_TASKS, ".yaml"), _field_letters)
    assert "works with the lead" not in markdown


def test_a_legend_meaning_of_working_with_is_consulted_and_helping_stays_a_doer() -> None:
    assert _field_letters("works with the lead") == frozenset("C")
    assert _field_letters("works alongside the owner") == frozenset("C")
    assert _field_letters("helps the lead do it") == frozenset("R")
    assert _field_letters("let them know once it is done") == frozenset("I")


def test_a_task_listing_three_acts_is_a_row_for_each_and_two_acts_stay_one(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fete.yaml", _FETE_TASKS)
    for act in ("Sweep the field", "Stack the chairs", "Lock the pavilion"):
        assert cells[("Groundsman", act)] == "A/R"
        assert cells[("Setup Crew", act)] == "C"
        assert cells[("Parish Clerk", act)] == "I"
    # two acts joined by "and" are the task as its list names it
    assert cells[("Treasurer", "Count the takings and pay in the cash")] == "A/R"
    assert cells[("Fete Chair", "Count the takings and pay in the cash")] == "I"
