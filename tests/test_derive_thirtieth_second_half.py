"""Shapes of the thirtieth set, studied (second half): a data file's legend of keys in its
comments written "key - meaning" with one space before the dash, a meaning whose holders
another role acts on ("roles the lead must consult"), one that says its holders are sent a
notification, one that says its holder is the one the task is assigned to; a grid's task
with what it covers listed in brackets; a body told what or whether, named by its code or
in capitals; a person introduced as "my" or "our" post in a letter, acting by name later;
a role over the people who fill it in brackets; a party a data file's duty gives
something to; a second plain verb whose party stands before its question. Every text here
is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import _field_letters
from raci.derive.extract import activity_name
from tests.helpers import cells_of_text


def test_a_key_whose_holders_another_role_acts_on_is_asked_or_told() -> None:
    assert _field_letters("- roles the lead must consult before closing the task") == {"C"}
    assert _field_letters("people the owner asks before signing") == {"C"}
    assert _field_letters("teams the coordinator informs when it ends") == {"I"}
    # the holder who leads is still the owner
    assert _field_letters("the lead of the task") == {"A", "R"}


def test_a_key_whose_holders_are_sent_a_notification_is_told() -> None:
    assert _field_letters("- roles sent an automatic notification when the stage closes") \
        == {"I"}
    assert _field_letters("people sent a copy of the minutes") == {"I"}


def test_a_key_naming_whom_the_task_is_assigned_to_is_the_doer() -> None:
    assert _field_letters("- the role the task is assigned to (does the work)") == {"R"}
    assert _field_letters("whoever carries out the step") == {"R"}


_PIPELINE = """# Allotment plot handover workflow
# Keys of each stage:
#   doer      - the role the task is assigned to (does the work)
#   owner     - the role that answers for the stage
#   ask_first - roles the doer must consult before closing the stage
#   copy_to   - roles sent an automatic notification when the stage closes
roles:
  PS: Plot Secretary
  SK: Site Keeper
  TR: Treasurer
  CH: Chair
stages:
  - id: inspect
    name: Inspect the vacated plot
    doer: SK
    owner: PS
    ask_first: [TR]
    copy_to: [CH]
  - id: refund
    name: Refund the plot deposit
    doer: TR
    copy_to: [PS]
"""


def test_a_comment_legend_written_key_dash_meaning_gives_every_letter(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "handover.yaml", _PIPELINE)
    assert cells[("Site Keeper", "Inspect the vacated plot")] == "R"
    assert cells[("Plot Secretary", "Inspect the vacated plot")] == "A/R"
    assert cells[("Treasurer", "Inspect the vacated plot")] == "C"
    assert cells[("Chair", "Inspect the vacated plot")] == "I"
    assert cells[("Treasurer", "Refund the plot deposit")] == "A/R"
    assert cells[("Plot Secretary", "Refund the plot deposit")] == "I"


_GRID = """Task,Warden,Bursar,Head of House
"Check the boarding rooms (beds, wardrobes, windows)",R,,A
Collect the trip forms (online / paper / phone),R,I,A
Book the coach (see note 2),R,A,
Hand over the keys (Warden / Bursar),R,A,
Sign off the fire drill (full drill + roll call),,R,A
"""


def test_a_grid_task_keeps_what_it_covers_listed_in_brackets(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "boarding.csv", _GRID)
    assert cells[("Warden", "Check the boarding rooms (beds, wardrobes, windows)")] == "R"
    assert cells[("Bursar", "Collect the trip forms (online / paper / phone)")] == "I"
    assert cells[("Head of House", "Sign off the fire drill (full drill + roll call)")] == "A"
    # a remark and a list of parties in brackets are no part of the task
    assert cells[("Bursar", "Book the coach")] == "A"
    assert cells[("Warden", "Hand over the keys")] == "R"


def test_a_body_named_by_its_code_is_told_what_as_a_role_is() -> None:
    assert activity_name("tells the HDU which beds are free, so that the HDU can plan") \
        == "Tell the HDU which beds are free"
    assert activity_name("tells the Parish Office whether the hall is booked") \
        == "Tell the Parish Office whether the hall is booked"
    assert activity_name("tells the FCO if the river gauges show a rise over the weir") \
        == "Tell the FCO if the river gauges show a rise over the weir"


_STEPS = """# Flood watch

1. The Gauge Reader tells the FCO if the river gauges show a rise over the weir.
2. The Gauge Reader tells the Parish Office which roads are closed.
"""


def test_a_body_told_what_keeps_what_in_the_row(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "flood.md", _STEPS)
    assert cells[("FCO", "Tell the FCO if the river gauges show a rise over the weir")] == "I"
    assert cells[("Parish Office", "Tell the Parish Office which roads are closed")] == "I"


_NOTE = """Hi all,

Thanks for helping at the fete on Sunday. I'm the Fete Organiser and Priya is our Raffle
Coordinator (RC) this year. Below is who does what.

- Priya sells the raffle tickets at the gate and draws the raffle at 15:00.
- This is our Plan for the day, so please read it.

Thanks,
Joan
"""


def test_a_person_introduced_as_our_post_acts_as_that_role(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fete.txt", _NOTE)
    assert cells[("Raffle Coordinator", "Sell the raffle tickets at the gate")] == "A/R"
    assert cells[("Raffle Coordinator", "Draw the raffle at 15:00")] == "A/R"
    # a sentence about a thing opened by "This" names no person
    assert not any(role == "This" for role, _ in cells)


_CREW = """Hi all,

Here is the plan for the open day.

- Marshals (Ade and Bea in the top car park) guide the cars to the spaces.
- Bea also locks the gate at 17:00.
- The Cashier takes the entry fees at the gate.

Thanks,
Joan
"""


def test_a_role_over_the_people_who_fill_it_in_brackets(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "open-day.txt", _CREW)
    assert cells[("Marshal", "Guide the cars to the spaces")] == "A/R"
    # one of the people named in the brackets acts later as the role
    assert cells[("Marshal", "Lock the gate at 17:00")] == "A/R"


_SHOP = """roles:
  SA: Shop Assistant
  CU: Customer
tasks:
  - name: Give the customer a receipt for every sale
    owner: SA
  - name: Send each customer the loyalty voucher
    owner: SA
  - name: Count the till at closing
    owner: SA
    inform: [CU]
"""


def test_a_party_a_listed_duty_gives_something_is_told(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "shop.yaml", _SHOP)
    assert cells[("Customer", "Give the customer a receipt for every sale")] == "I"
    assert cells[("Customer", "Send each customer the loyalty voucher")] == "I"
    assert cells[("Shop Assistant", "Give the customer a receipt for every sale")] == "A/R"


_HARBOUR = """# Harbour mornings

1. The Harbour Master will check the tide tables at 06:00 and decide with the Pilot
   (Ewan Ross) whether the channel opens.
2. The Berthing Officer will read the gauges and decide with the Harbour Master how many
   berths are free.
3. The Pilot takes the first vessel in.
"""


def test_a_second_plain_verb_with_a_party_before_its_question_is_a_duty(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "harbour.md", _HARBOUR)
    assert cells[("Harbour Master", "Check the tide tables at 06:00")] == "A/R"
    assert cells[("Harbour Master", "Decide with the Pilot whether the channel opens")] == "A/R"
    assert cells[("Pilot", "Decide with the Pilot whether the channel opens")] == "C"
    assert cells[("Berthing Officer", "Read the gauges")] == "A/R"
