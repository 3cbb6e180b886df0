"""Shapes of the thirty-third set, studied (second half): a message that shares out the
work of an event under upper-case headings, by first names, in the first person: a person
said to be a post in lower case ("Ben is our car park lead."), a role with its holder
between commas after a semicolon, a second order whose object is "anything ...", the
present in progress after "he" or "she", and the writer's own orders in a series after an
approval; then a handbook's and a procedure's shapes: "and for how long" after a telling, a
run of bare verbs before where the work goes, a paragraph labelled by a role in a page
written to its reader, work done under a role's direction, and a passive written without
"is" or "are". Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.extract import activity_names
from tests.helpers import cells_of_text

_HEAD = """\
From: Ruth Bell <sec@hillside.example>
To: Committee <committee@hillside.example>
Subject: Gala day - who's doing what

Hi all,

Here's the summary of who's doing what for the gala on 14 June.

"""
_TAIL = """
Cheers,
Ruth

--
Ruth Bell
Club Secretary, Hillside Club
"""


def _mail(tmp_path: Path, body: str) -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / "gala.txt", _HEAD + body + _TAIL)


def test_a_person_said_to_be_a_post_in_lower_case(tmp_path: Path) -> None:
    cells = _mail(tmp_path, """\
PARKING
Ben is our car park lead. He'll book the stewards and make sure the signs are up by 9am.

FIRST AID
Hannah is gala first aider. She'll keep the treatment log.
""")
    assert cells[("Car Park Lead", "Book the stewards")] == "A/R"
    assert cells[("Car Park Lead", "Make sure the signs are up by 9am")] == "A/R"
    assert cells[("Gala First Aider", "Keep the treatment log")] == "A/R"
    # a word of no post is no role: "Sam is the best." names nothing
    cells = _mail(tmp_path, """\
PARKING
Ben is our car park lead. Sam is the best. He'll book the stewards.
""")
    assert [role for role, _a in cells] == ["Car Park Lead"]


def test_a_role_with_its_holder_between_commas_after_a_semicolon(tmp_path: Path) -> None:
    cells = _mail(tmp_path, """\
MONEY
Families pay the fee online; our Treasurer, Sue, will chase anyone who hasn't paid by \
15 May and will pay the field hire.
""")
    assert cells[("Treasurer", "Chase anyone who hasn't paid by 15 May")] == "A/R"
    assert cells[("Treasurer", "Pay the field hire")] == "A/R"
    # at the sentence's start, both predicates with their modal are read too
    cells = _mail(tmp_path, """\
MONEY
The Treasurer, Sue, will chase the late payers and will pay the field hire.
""")
    assert cells[("Treasurer", "Chase the late payers")] == "A/R"
    assert cells[("Treasurer", "Pay the field hire")] == "A/R"


def test_a_second_order_whose_object_is_anything() -> None:
    assert activity_names("checks all the tents on 12 June and orders anything that is "
                          "missing") == ["Check all the tents on 12 June",
                                         "Order anything that is missing"]
    assert activity_names("check the tents and order everything we need") == [
        "Check the tents", "Order everything we need"]


def test_work_in_progress_after_he_or_she(tmp_path: Path) -> None:
    cells = _mail(tmp_path, """\
KIT
The Quartermaster will check the tents. He's also booking the van for kit (we've \
budgeted £180) and will collect the keys on the Friday. She is writing the notice.
""")
    assert cells[("Quartermaster", "Book the van for kit")] == "A/R"
    assert cells[("Quartermaster", "Write the notice")] == "A/R"
    # "he will ... and will ...": each predicate a duty of its own
    cells = _mail(tmp_path, """\
KIT
The Quartermaster will check the tents. He will book the van for kit and will order the \
spare pegs.
""")
    assert cells[("Quartermaster", "Book the van for kit")] == "A/R"
    assert cells[("Quartermaster", "Order the spare pegs")] == "A/R"
    # going somewhere is no work
    cells = _mail(tmp_path, """\
KIT
The Quartermaster will check the tents. He's leaving in May.
""")
    assert list(cells) == [("Quartermaster", "Check the tents")]


def test_an_approval_then_orders_in_a_series(tmp_path: Path) -> None:
    cells = _mail(tmp_path, """\
ME
I'll approve the budget, send the programme and the entry form to clubs by 1 May, and be \
the contact on the day.
""")
    assert cells[("Club Secretary", "Approve the budget")] == "A/R"
    assert cells[("Club Secretary", "Send the programme and the entry form by 1 May")] == "A/R"
    assert cells[("Club Secretary", "Be the contact on the day")] == "A/R"
    # things approved in a list stay one approval
    cells = _mail(tmp_path, """\
ME
The Chair approves the budget, the plan and the rota.
""")
    assert cells[("Chair", "Approve the budget, the plan and the rota")] == "A/R"


def test_a_question_after_and_for_stays_in_the_telling() -> None:
    # "and for how long" asks more of the same telling: no second duty "How long"
    assert activity_names("tells the members which pitches are shut and for how long") == [
        "Tell the members which pitches are shut and for how long"]
    # a second duty after "and for" is still read apart
    assert activity_names("code reviews and for mentoring engineers") == [
        "Code reviews", "Mentoring engineers"]


def test_a_run_of_bare_verbs_then_a_further_duty() -> None:
    # verbs with no object of their own, then what they are done to, named whole
    assert activity_names("sort, wash, iron and fold to the linen list, and clean oven "
                          "trays every night") == ["Sort, wash, iron and fold to the linen list",
                                                   "Clean oven trays every night"]
    # a list of objects after one verb stays one duty
    assert activity_names("wash, dry and fold the towels") == ["Wash, dry and fold the towels"]


_YARD = """\
# Night deliveries

## Roles

**Yard Manager (Tom)** – owns the yard plan and signs off any new route.

**Drivers** – load the lorries from the loading bay and deliver the early run.

**Porters** – stack, wrap and label the pallets under the Yard Manager's direction.

## Night shift

You (the Yard Manager) are in charge of the night shift.
"""


def test_a_paragraph_labelled_by_a_role_in_a_page_to_its_reader(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "yard.md", _YARD)
    # the label's role does what its paragraph says, not the page's reader
    assert cells[("Driver", "Load the lorries from the loading bay")] == "A/R"
    assert ("Yard Manager", "Load the lorries from the loading bay") not in cells


def test_work_done_under_a_role_s_direction(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "yard.md", _YARD)
    # the porters do it, the Yard Manager directs it and owns it; the name keeps whose
    # direction it is
    name = "Stack, wrap and label the pallets under the Yard Manager's direction"
    assert cells[("Porter", name)] == "R"
    assert cells[("Yard Manager", name)] == "A"


_OPEN_EVENING = """\
# Open evening

## Before the evening

- The Head Teacher signs off every display
- Programmes printed by the Publicity Officer the week before
- Minutes typed up by the Clerk
- Tickets sold by the Box Office Manager at the door
- The Caretaker collects forms signed by the Head Teacher
"""


def test_a_passive_written_without_is_or_are(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "evening.md", _OPEN_EVENING)
    # a thing, what is done to it and by whom: the doer's duty, as "are printed by" is
    assert cells[("Publicity Officer", "Print programmes")] == "A/R"
    assert cells[("Clerk", "Type up minutes")] == "A/R"
    assert cells[("Box Office Manager", "Sell tickets")] == "A/R"
    # a sentence with a verb of its own is read as before: the Caretaker collects
    assert cells[("Caretaker", "Collect forms")] == "R"
