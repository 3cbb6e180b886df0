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


def test_a_task_listing_three_acts_or_two_is_a_row_for_each(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fete.yaml", _FETE_TASKS)
    for act in ("Sweep the field", "Stack the chairs", "Lock the pavilion"):
        assert cells[("Groundsman", act)] == "A/R"
        assert cells[("Setup Crew", act)] == "C"
        assert cells[("Parish Clerk", act)] == "I"
    # two acts joined by "and" are a row each too, with the task's parties
    for act in ("Count the takings", "Pay in the cash"):
        assert cells[("Treasurer", act)] == "A/R"
        assert cells[("Fete Chair", act)] == "I"


_POOL_HANDBOOK = """\
*Hillside Leisure – Lifeguard Handbook – Part 2*

# Opening the pool

| Role | Name |
| --- | --- |
| Duty Manager | Rosa Kemp |
| Lifeguards | All poolside staff |

The Duty Manager unlocks the building and switches on the plant room.

## On your shift

When you arrive, check the rescue kit. Then:

1. Put out the lane ropes.
2. Agree the break rota with the Duty Manager before the session starts.
"""


def test_a_title_line_naming_a_roles_handbook_makes_that_role_you(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "pool.md", _POOL_HANDBOOK)
    # "Lifeguard Handbook" in the title line: the page speaks to the lifeguards
    assert cells[("Lifeguard", "Check the rescue kit")] == "A/R"
    assert cells[("Lifeguard", "Put out the lane ropes")] == "A/R"
    assert cells[("Lifeguard", "Agree the break rota")] == "A/R"
    assert cells[("Duty Manager", "Agree the break rota")] == "C"
    assert cells[("Duty Manager", "Unlock the building")] == "A/R"


_KILN_ROLES = """\
= Open Studio Nights

== Roles

Studio Director::
Sets the programme of open nights for the term with the Outreach Officer. Decides which \
kilns are used by visitors. Has the final say on the glaze room.

Night Host::
Opens up the studio.
"""


def test_a_duty_deciding_which_things_are_used_by_a_party_is_no_passive(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "studio.adoc", _KILN_ROLES)
    # "Decides which kilns are used by visitors": the Director decides; the visitors do
    # nothing of their own, and the entry's other duties stay the Director's
    assert cells[("Studio Director", "Decide which kilns are used by visitors")] == "A/R"
    assert not any(role == "Visitor" for role, _ in cells)
    name = "Set the programme of open nights for the term with the Outreach Officer"
    assert cells[("Studio Director", name)] == "A/R"
    assert cells[("Outreach Officer", name)] == "C"


_ONE_WORD_TERMS = """\
= Open Studio Nights

== Roles

Night Host::
Opens up the studio.

Speaker::
Gives the talk in the lecture room.

Outreach Officer::
Books the rooms.
"""


def test_a_one_word_term_over_its_description_is_that_roles_entry(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "studio.adoc", _ONE_WORD_TERMS)
    # "Speaker::" over its line: the talk is the speaker's, not the host's above it
    assert cells[("Speaker", "Give the talk in the lecture room")] == "A/R"
    assert ("Night Host", "Give the talk in the lecture room") not in cells
    assert cells[("Night Host", "Open up the studio")] == "A/R"


_ASKING = """\
# Hall nights

The Night Host makes the weather call by noon and asks the Caretaker to put out the chairs \
before the talk.

Before opening, the Night Host asks the Caretaker to confirm that the fire doors are clear.
"""


def test_asking_a_role_to_act_is_the_askers_duty_named_so(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "hall.md", _ASKING)
    name = "Ask the Caretaker to put out the chairs"
    assert cells[("Night Host", name)] == "A/R"
    assert cells[("Caretaker", name)] == "C"
    assert ("Night Host", "Put out the chairs") not in cells
    # asked to make sure of something: what is made sure of names the duty
    assert cells[("Night Host", "Confirm that the fire doors are clear")] == "A/R"
    assert cells[("Caretaker", "Confirm that the fire doors are clear")] == "C"


def test_an_order_opening_on_a_verb_and_its_particle_is_a_duty(tmp_path: Path) -> None:
    text = _POOL_HANDBOOK.replace("When you arrive, check the rescue kit. Then:",
                                  "When you arrive, sign in with the Duty Manager. Then:")
    cells = cells_of_text(tmp_path / "pool.md", text)
    # "sign in with ...": the verb, its particle, then whom: the reader's duty
    assert cells[("Lifeguard", "Sign in with the Duty Manager")] == "A/R"
    assert cells[("Duty Manager", "Sign in with the Duty Manager")] == "C"


_TILL_PAGE = """\
<html><body><h1>Close of day</h1>
<p>Bar staff set up the till floats, which are counted out by the Duty Manager.</p>
<p>The Caretaker fills the salt bins, which are checked by the Site Manager.</p>
</body></html>
"""


def test_a_thing_which_another_role_then_works_on_is_that_roles_duty_too(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "close.html", _TILL_PAGE)
    assert cells[("Bar Staff", "Set up the till floats")] == "A/R"
    assert cells[("Duty Manager", "Count out the till floats")] == "A/R"
    # a check of the thing stays the checker's part in the duty, as before
    assert ("Site Manager", "Check the salt bins") not in cells


_SEATING_PAGE = """\
<html><body><h1>Before doors</h1>
<p>The Caretaker opens the hall. Chairs are set out from the seating plan that the \
Bookings Clerk sends every Monday.</p>
<p>The Caretaker reads the meter.</p>
</body></html>
"""


def test_a_thing_that_a_role_does_something_to_is_that_roles_duty(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "doors.html", _SEATING_PAGE)
    # "the seating plan that the Bookings Clerk sends every Monday": the clerk sends it
    assert cells[("Bookings Clerk", "Send the seating plan every Monday")] == "A/R"
    assert cells[("Caretaker", "Open the hall")] == "A/R"
