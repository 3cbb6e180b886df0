"""Shapes of the thirty-eighth set, studied (second half). Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import _field_letters
from tests.helpers import cells_of_text

_ALLOTMENT_BOARD = """\
# Board export - "Allotment society open day"
# What the fields mean:
#   assignee     - who carries the job out
#   signer       - who signs the job off (empty if no one)
#   partners     - who the assignee works with on it
#   watchers     - who is sent a notification when the job is closed
tasks:
  - id: OD-1
    title: Mark out the plots for the tour
    assignee: Plot Steward
    signer:
    partners: [Gardening Volunteers]
    watchers: []
  - id: OD-2
    title: Order the seedlings for the plant stall
    assignee: Treasurer
    signer: Society Chair
    partners: [Plot Steward]
    watchers: [Newsletter Editor]
"""


def test_a_legend_naming_those_the_doer_works_with_makes_them_consulted(
        tmp_path: Path) -> None:
    # "who the assignee works with on it": the holder is worked with, not the owner the
    # words name
    assert _field_letters("who the assignee works with on it") == frozenset("C")
    assert _field_letters("people the lead collaborates with") == frozenset("C")
    # "who signs the job off": the approver, whatever the thing signed off is called
    assert _field_letters("who signs the job off (empty if no one)") == frozenset("A")
    cells = cells_of_text(tmp_path / "board.yaml", _ALLOTMENT_BOARD)
    assert cells[("Plot Steward", "Mark out the plots for the tour")] == "A/R"
    assert cells[("Gardening Volunteer", "Mark out the plots for the tour")] == "C"
    assert cells[("Treasurer", "Order the seedlings for the plant stall")] == "R"
    assert cells[("Society Chair", "Order the seedlings for the plant stall")] == "A"
    assert cells[("Plot Steward", "Order the seedlings for the plant stall")] == "C"


_LIBRARY_GRID = """\
Activity,Front Desk,Branch Librarian,Stock Team
Take a reservation (counter / website / outreach volunteer),A/R,I,
Move stock between branches (Sat / Mon),,A,R
Check the returns shelf (Front Desk / Stock Team),C,A/R,C
"""


def test_a_grid_task_listing_ways_in_one_of_them_a_party_keeps_its_list(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "library.csv", _LIBRARY_GRID)
    # the ways a reservation comes in, one of them a person: the grid's words for the row
    task = "Take a reservation (counter / website / outreach volunteer)"
    assert cells[("Front Desk", task)] == "A/R"
    assert cells[("Branch Librarian", task)] == "I"
    # a list naming only parties says who, not what: it goes
    assert cells[("Branch Librarian", "Check the returns shelf")] == "A/R"


_ROWING_HANDBOOK = """\
# Rowing club water safety

## Who holds what

| Role | Name this season |
| --- | --- |
| Safety Adviser | Priya Lomax |
| Launch Driver | qualified drivers on the rota |
| Boatman | Colm Reilly |

## On the water

The Launch Driver checks the fuel and the kill cord before every outing. Priya Lomax
reviews the incident book every month.
"""


def test_a_who_holds_what_column_named_for_a_season_names_people_not_work(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "rowing.md", _ROWING_HANDBOOK)
    activities = {act for _, act in cells}
    # "Name this season": who holds each role, no work of theirs
    assert not {"Priya Lomax", "Colm Reilly", "Qualified drivers on the rota"} & activities
    assert cells[("Launch Driver", "Check the fuel and the kill cord")] == "A/R"
    # the name stands for the role it holds
    assert cells[("Safety Adviser", "Review the incident book every month")] == "A/R"


_BOWLS_MINUTES = """\
HILLCREST BOWLS CLUB
Minutes of the committee meeting, Thursday 12 March

Present:  Ruth Okafor (Club Secretary) - RO
          Neil Barnes (Greenkeeper) - NB
          Sam Tate (Match Secretary) - ST
          Rink captains for the league sides

1. Opening day
   The green opens on 18 April. Everyone agreed the date.

ACTIONS
 RO  Order the new membership cards                                  by 20 Mar
 NB  Scarify and seed the worn rinks                                 by 10 Apr
 ST  Print the league fixtures for the noticeboard                    by 1 Apr
 ALL Rink captains: collect the match fees and pass them to RO        by 30 Apr
"""


def test_an_actions_list_in_columns_owned_by_initials_is_read_as_their_actions(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "minutes.txt", _BOWLS_MINUTES)
    # the initials stand for the person's role; when it is due is no part of the action
    assert cells[("Club Secretary", "Order the new membership cards")] == "A/R"
    assert cells[("Greenkeeper", "Scarify and seed the worn rinks")] == "A/R"
    assert cells[("Match Secretary", "Print the league fixtures for the noticeboard")] == "A/R"
    # "ALL" before a label naming who: the label's
    assert any(role == "Rink Captain" and "match fee" in act.lower() and letters == "A/R"
               for (role, act), letters in cells.items())


_FESTIVAL_CREW = """\
# Festival site crew

The Stage Crew set up the lighting desk, the speaker stacks and the fire curtains. The Site
Manager rotates stewards between the gates, the bar and the beer tent every two hours.
"""


def test_a_long_list_of_things_is_never_cut_before_its_last(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "crew.md", _FESTIVAL_CREW)
    assert cells[("Stage Crew",
                  "Set up the lighting desk, the speaker stacks and the fire curtains")] == "A/R"
    assert cells[("Site Manager", "Rotate stewards between the gates, the bar and the "
                                  "beer tent every two hours")] == "A/R"


_TRIP_NOTES = """\
# Coach trip to the coast

Booking the coach is done by the Treasurer, at the Chair's request. Changing a pick-up
point is handled by the Trip Secretary.
"""


def test_a_gerund_done_by_a_role_is_that_roles_act(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "trip.md", _TRIP_NOTES)
    # "Booking the coach is done by the Treasurer": the Treasurer books the coach
    assert cells[("Treasurer", "Book the coach")] == "A/R"
    assert cells[("Trip Secretary", "Change a pick-up point")] == "A/R"
    assert not any(act.startswith(("Booking", "Changing")) for _, act in cells)


_QUIZ_NOTES = """\
# Quiz night

The Quizmaster will write the questions for each round and the Scorer checks them on the
night.
"""


def test_a_pronoun_after_a_modal_duty_stands_for_its_object_not_its_verb(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "quiz.md", _QUIZ_NOTES)
    # "will write the questions ... and the Scorer checks them": the questions, not
    # "write the questions"
    assert any(role == "Scorer" and act.startswith("Check the questions")
               for role, act in cells)
    assert not any("check write" in act.lower() for _, act in cells)


_BOATYARD = """\
# Launch day

The Boat Captain checks the dinghy the day before: oars, rowlocks, bungs, the bailer and
a throw line for the crew.
"""


def test_a_list_after_a_colon_spelling_out_a_things_parts_is_no_duty(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "launch.md", _BOATYARD)
    assert any(role == "Boat Captain" and act.startswith("Check the dinghy")
               for role, act in cells)
    # the parts checked are the dinghy's, no rows of their own
    assert not any("bailer" in act.lower() or "throw line" in act.lower() for _, act in cells)


_POOL_CLOSE = """\
# Closing the pool

The Duty Manager opens the pool. Pool attendants set up the lane ropes.

At the end of the session the pool attendants stack the floats and the kickboards.
"""


def test_a_point_in_a_period_before_the_subject_without_a_comma_keeps_the_subject(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "close.md", _POOL_CLOSE)
    # "At the end of the session the pool attendants stack ...": the attendants' duty
    assert any(role == "Pool Attendant" and act.startswith("Stack the floats") and
               letters == "A/R" for (role, act), letters in cells.items())


_MARSHAL_BRIEF = """\
# Marshals' brief

The Course Director opens the course. Course marshals set up the barriers.

If you are a course marshal:

- Watch the finish straight in the zone you are given and never leave it unattended.
- Wave the yellow flag at any fallen rider.
"""


def test_a_duty_whose_object_has_a_clause_without_that_is_still_a_duty(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "brief.md", _MARSHAL_BRIEF)
    # "the zone you are given": which zone, not a clause of its own
    assert any(role == "Course Marshal" and act.startswith("Watch the finish straight")
               for role, act in cells)


_CHOIR_MINUTES = """\
FRIENDS OF THE TOWN CHOIR
Minutes of the committee meeting held on Monday 2 March, church hall

Present:  Gwen Price (Chair) - GP
          Owen Lloyd (Treasurer) - OL
Apologies: Bethan Rees (Librarian)

1. Minutes of the last meeting
   Agreed as a true record.

2. Spring Concert - Saturday 18 April, 7.30pm to 10pm, the chapel and the church hall

2.1 Tickets. GP confirmed the vicar has agreed the date. The Treasurer will
    print the tickets by 20 March, and the Chair books the chapel.
"""


def test_a_short_line_of_apologies_is_no_section_of_the_role_it_names(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "choir.txt", _CHOIR_MINUTES)
    # "Apologies: Bethan Rees (Librarian)" over the agenda: the agenda items are not hers
    assert not any(role == "Librarian" for role, _ in cells)
    assert not any(act.startswith("Spring Concert") for _, act in cells)
    assert cells[("Treasurer", "Print the tickets by 20 March")] == "A/R"
