"""Messages written to a team: a lone e-mail or note with no "From:" header of a titled
sender, signed off with a name and a title. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.roles import signed_off_title
from tests.helpers import cells_of_text

NOTE = (
    "Hello everyone,\n\n"
    "Here is the plan for the plant sale.\n\n"
    "I'll reserve the church car park and print the price labels.\n"
    "The Treasurer will count the money at the end.\n\n"
    "{closing}\n"
    "{signature}\n"
)


@pytest.mark.parametrize(("closing", "signature"), [
    ("Best wishes,", "Wendy\nSecretary"),
    ("Many thanks,", "Wendy (Secretary)"),
    ("Kind regards", "Wendy Baird, Secretary"),
    ("Cheers!", "Wendy | Secretary | Oakfield Gardeners"),
])
def test_a_lone_message_signed_with_a_title_speaks_as_that_role(
        tmp_path: Path, closing: str, signature: str) -> None:
    cells = cells_of_text(tmp_path / "note.txt",
                          NOTE.format(closing=closing, signature=signature))
    assert cells[("Secretary", "Reserve the church car park")] == "A/R"
    assert cells[("Secretary", "Print the price labels")] == "A/R"
    assert cells[("Treasurer", "Count the money at the end")] == "A/R"


def test_a_sign_off_names_no_role_without_a_title_or_in_a_thread() -> None:
    assert signed_off_title("Thanks,\nWendy\n") is None
    assert signed_off_title("Thanks,\nWendy\nSee you Saturday\n") is None
    thread = ("From: Wendy Baird <w@x.org>\n\nHi\n\nThanks,\nWendy\nSecretary\n\n"
              "From: Alan Cole <a@x.org>\n\nOk\n")
    assert signed_off_title(thread) is None
    assert signed_off_title("Hi\n\nBest,\nWendy Baird\nSecretary\n") == (
        "Wendy Baird", "Secretary")


ASKING = (
    "Hi everyone,\n\n"
    "The Caretaker (Owen Price) opens the hall at nine. Owen, can you also check the fire\n"
    "doors are unlocked?\n\n"
    "Rhian (Treasurer) - could you order the ice and stock the fridges?\n\n"
    "Also, can you all bring a plate of food.\n\n"
    "Thanks,\n"
    "Carys\n"
    "Secretary\n"
)


def test_a_person_asked_by_name_in_a_message_takes_the_duty(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "social.txt", ASKING)
    assert cells[("Caretaker", "Open the hall at nine")] == "A/R"
    assert cells[("Caretaker", "Check the fire doors are unlocked")] == "A/R"
    assert cells[("Treasurer", "Order the ice")] == "A/R"
    assert cells[("Treasurer", "Stock the fridges")] == "A/R"
    # "Also, can you ..." asks no one by name
    assert not any("plate" in activity for _, activity in cells)


def test_a_request_by_name_is_read_only_in_a_message() -> None:
    from raci.derive.documents import _lone_message_asks

    asked = _lone_message_asks(["Hi all,", "", "Owen, could you lock up?"])
    assert asked[2] == "Owen will lock up."
    unchanged = ["Closing the hall", "", "Owen, could you lock up?"]
    assert _lone_message_asks(unchanged) == unchanged
    also = ["Hi all,", "", "Also, please tidy the chairs."]
    assert _lone_message_asks(also) == also


def test_a_greeting_names_no_role(tmp_path: Path) -> None:
    from raci.derive.actors import actor_name

    assert actor_name("Hi team") is None
    assert actor_name("Hello volunteers") is None
    assert actor_name("Morning Supervisor") == "Morning Supervisor"
    text = ("Hi team,\n\nThe Site Manager will order the skips.\n"
            "Please wear your boots on site.\n\nThanks,\nDan\nSite Manager\n")
    cells = cells_of_text(tmp_path / "site.txt", text)
    assert cells[("Site Manager", "Order the skips")] == "A/R"
    assert not any("Team" in role for role, _ in cells)


PEOPLE = (
    "Hello all,\n\n"
    "I had a word with Bea at the school about the stalls. Bea will bring the gazebo and\n"
    "the bunting. The Treasurer will count the money.\n\n"
    "Thanks,\n"
    "Carys\n"
    "Secretary\n"
)


def test_a_person_a_greeted_message_names_who_takes_work_is_a_role(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "stalls.txt", PEOPLE)
    assert cells[("Bea", "Bring the gazebo and the bunting")] == "A/R"
    # with no greeting at its top the text is no message, and Bea no role
    cells = cells_of_text(tmp_path / "notes.txt", "Stalls\n\n" + PEOPLE.split("\n\n", 1)[1])
    assert not any(role == "Bea" for role, _ in cells)


def test_a_word_of_address_is_no_first_name() -> None:
    from raci.derive.roles import mail_correspondents

    thread = ("From: Wendy Baird <w@x.org>\nCc: Revd Canon Peter Amery <v@x.org>\n\nHi\n\n"
              "From: Alan Cole <a@x.org>\n\nOk\n")
    assert mail_correspondents(thread) == ["Wendy", "Alan"]


def test_an_offer_a_message_reports_is_a_duty(tmp_path: Path) -> None:
    text = ("Hi all,\n\nThe Treasurer has kindly offered to run the cake stall. The "
            "Caretaker has volunteered to put out the chairs, and the Chair is going to "
            "open the fete.\n\nThanks,\nCarys\nSecretary\n")
    cells = cells_of_text(tmp_path / "fete.txt", text)
    assert cells[("Treasurer", "Run the cake stall")] == "A/R"
    assert cells[("Caretaker", "Put out the chairs")] == "A/R"
    assert cells[("Chair", "Open the fete")] == "A/R"


def test_people_a_message_names_without_a_title_are_its_roles(tmp_path: Path) -> None:
    # a first name no list of given names holds, asked by name ("Zubair, can you ...?")
    # or opening a line with "will"; a given name that takes on a job ("Claire has kindly
    # offered to ..."); and "get" with what it obtains ("get the licence") is a duty
    cells = cells_of_text(tmp_path / "fair.txt", (
        "Hi everyone,\n\n"
        "Thanks for Tuesday. Here is who is doing what for the fair.\n\n"
        "Claire has kindly offered to run the tombola again.\n\n"
        "Zubair, can you get the licence from the council and order the raffle tickets?\n\n"
        "Oluwaseun will book the bouncy castle.\n\n"
        "Best wishes,\nHelen\n"))
    assert cells.get(("Claire", "Tombola")) == "A/R", cells
    assert cells.get(("Zubair", "Get the licence from the council")) == "A/R", cells
    assert cells.get(("Zubair", "Order the raffle tickets")) == "A/R", cells
    assert cells.get(("Oluwaseun", "Book the bouncy castle")) == "A/R", cells


def test_a_place_opening_a_line_before_will_and_a_thing_received_are_no_duty(
        tmp_path: Path) -> None:
    # "Oakfield will host the fair": a word of no dictionary made of two that are (a place
    # or a firm, as "Northgate"), no first name; "gets funding updates", "gets approval
    # letters": what a role receives, the obtained word no head of its phrase
    cells = cells_of_text(tmp_path / "fair.txt", (
        "Hi everyone,\n\n"
        "Oakfield will host the fair this year.\n"
        "Northgate will deliver the marquee on Friday.\n"
        "Oluwaseun will book the bouncy castle.\n\n"
        "The Treasurer gets three quotes for the roof.\n"
        "The Chair gets funding updates each quarter.\n"
        "The Volunteer gets approval letters from the office.\n\n"
        "Best wishes,\nHelen\n"))
    assert cells.get(("Oluwaseun", "Book the bouncy castle")) == "A/R", cells
    assert not any(role in ("Oakfield", "Northgate") for role, _ in cells), cells
    assert cells.get(("Treasurer", "Get three quotes for the roof")) == "A/R", cells
    assert not any("updates" in activity or "letters" in activity
                   for _, activity in cells), cells


def test_what_a_role_has_done_or_gets_in_is_its_duty(tmp_path: Path) -> None:
    # "will have the hall swept", "gets the chairs out": a thing had done by others, or
    # brought in, is the role's duty; "has the final say", "gets a copy" hold or receive,
    # and "gets it approved by the Warden" is the Warden's approval of the step before it
    cells = cells_of_text(tmp_path / "fete.txt", (
        "Hi all,\n\n"
        "The Caretaker will have the main hall swept and mopped by Friday noon.\n"
        "The Steward gets the trestle tables out before the doors open.\n"
        "The Secretary will get the raffle licence renewed in time.\n"
        "The Treasurer gets a copy of every receipt.\n"
        "The Publicity Officer drafts the poster and gets it approved by the Warden.\n\n"
        "Thanks,\nRuth\n"))
    assert cells.get(("Caretaker", "Have the main hall swept and mopped")) == "A/R", cells
    assert cells.get(("Steward", "Get the trestle tables out before the doors open")) == "A/R", \
        cells
    assert cells.get(("Secretary", "Get the raffle licence renewed in time")) == "A/R", cells
    assert cells.get(("Warden", "Draft the poster")) == "A", cells
    assert not any(activity.startswith("Get") and role in ("Treasurer", "Warden",
                                                             "Publicity Officer")
                   for role, activity in cells), cells


def test_an_action_with_its_holder_in_brackets_and_he_ll_after_a_named_item(
        tmp_path: Path) -> None:
    # "Kit Steward (Omar) to wash the bibs": who holds the post between it and "to"; a
    # list item opening "He'll" goes on with the last item's subject, as "He will" does
    cells = cells_of_text(tmp_path / "kit.txt", (
        "Hello team,\n\n"
        "Kit Steward (Omar) to wash the bibs and pump up the match balls.\n\n"
        "PITCH\n"
        "- The Groundsman will mark the touchlines on Saturday morning.\n"
        "- He'll lock the changing rooms with the Club Secretary after the game.\n\n"
        "Cheers,\nNia\n"))
    assert cells.get(("Kit Steward", "Wash the bibs")) == "A/R", cells
    assert cells.get(("Kit Steward", "Pump up the match balls")) == "A/R", cells
    assert cells.get(("Groundsman", "Lock the changing rooms")) == "A/R", cells
    assert cells.get(("Club Secretary", "Lock the changing rooms")) == "C", cells
