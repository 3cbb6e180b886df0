"""Shapes of the thirty-sixth set, studied (first half): a table of who holds each role
headed "Current holder". Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.extract import activity_name
from tests.helpers import cells_of_text


def test_a_current_holder_column_names_people_not_work(tmp_path: Path) -> None:
    # "Role | Current holder": who fills each role now (a person, or a word for whoever is
    # on the rota), no work of the role
    page = ("# Dental practice: recalls\n\n"
            "## Who's who\n\n"
            "| Role | Current holder |\n| --- | --- |\n"
            "| Practice Owner | Imran Qureshi |\n"
            "| Lead Hygienist | Hygienist on the weekly rota |\n"
            "| Recall Clerk | Front desk team |\n\n"
            "## Recalls\n\n"
            "The Recall Clerk sends every recall letter in the first week of the month. "
            "The Lead Hygienist checks the recall list every Friday.\n")
    cells = cells_of_text(tmp_path / "recalls.md", page)
    activities = {a for _, a in cells}
    assert not activities & {"Imran Qureshi", "Hygienist on the weekly rota",
                             "Front desk team"}, activities
    assert any(a.startswith("Check the recall list") for a in activities), activities


def test_setting_out_after_a_duty_says_what_the_duty_says(tmp_path: Path) -> None:
    # "writes to the landlord within three days, setting out the rent due": what the
    # letter sets out, no duty of its own
    page = ("Lettings procedure\n\n"
            "The Lettings Negotiator writes to the landlord within three working days, "
            "setting out the rent and the deposit we still hold.\n")
    cells = cells_of_text(tmp_path / "lettings.txt", page)
    activities = {a for _, a in cells}
    assert not any(a.lower().startswith("setting out") for a in activities), activities
    assert any(a.startswith("Write to the landlord") for a in activities), activities


def test_a_second_complement_after_or_of_is_no_duty(tmp_path: Path) -> None:
    # "takes a copy of the passport, or of the visa letter": the one duty, the copy of
    # either, never a row "Visa letter or"
    page = ("Lettings procedure\n\n"
            "The Lettings Negotiator takes a copy of the tenant's passport, or of the visa "
            "letter from the Home Office.\n")
    cells = cells_of_text(tmp_path / "lettings.txt", page)
    activities = {a for _, a in cells}
    assert activities == {"Take a copy of the tenant's passport"}, activities


def test_half_an_hour_before_is_one_time() -> None:
    # "half an hour before": the time goes whole, "half" with it, never left at the end
    assert activity_name("locks the cash box half an hour before") == "Lock the cash box"
    assert activity_name("rings every winner with their prize half an hour before the "
                         "draw") == "Ring every winner with their prize"



def test_before_he_or_she_does_something_stays_as_when() -> None:
    # "before he leaves the house": when the duty is done, a clause of its own subject
    assert activity_name("records each visit in the log before he leaves the house") == \
        "Record each visit in the log before he leaves the house"


def test_while_a_thing_is_so_and_a_time_of_day_stay_as_when() -> None:
    # "while voting is open" (a bare noun as subject), "at 08:30": when the duty is done
    assert activity_name("keeps the Chair informed of any fault while voting is open") == \
        "Keep the Chair informed of any fault while voting is open"
    assert activity_name("opens the hall at 08:30") == "Open the hall at 08:30"
    assert activity_name("sends the ballot papers at 09:00 on the first day") == \
        "Send the ballot papers at 09:00 on the first day"


def test_a_passive_keeps_when_after_its_doer(tmp_path: Path) -> None:
    # "Leaflets are approved by the Returning Officer before they go out": when the
    # approving is done stays with it
    page = ("Campaign rules\n\n"
            "The Returning Officer runs the count. Leaflets are approved by the Returning "
            "Officer before they go out.\n")
    cells = cells_of_text(tmp_path / "campaign.txt", page)
    assert ("Returning Officer", "Approve leaflets before they go out") in cells, cells


def test_putting_a_caller_through_to_a_role_keeps_whom() -> None:
    # "puts every caller straight through to the Duty Doctor": the hand-off and to whom
    assert activity_name("puts every caller straight through to the Duty Doctor") == \
        "Put every caller straight through to the Duty Doctor"


def test_a_question_with_its_own_verb_keeps_its_to_phrase() -> None:
    # "decides which jobs go to the night shift": the question is the object, whole
    assert activity_name("decides which jobs go to the night shift") == \
        "Decide which jobs go to the night shift"
    assert activity_name("checks which keys belong to the tenants") == \
        "Check which keys belong to the tenants"


def test_scanning_a_form_to_a_team_is_a_hand_off() -> None:
    # "scans the claim form to the Finance Team": sent, as e-mailing it is; whom it goes to
    # stays in the name
    assert activity_name("scans the claim form to the Finance Team") == \
        "Scan the claim form to the Finance Team"


def test_an_occasion_is_kept_in_a_name_of_up_to_fourteen_words() -> None:
    # a duty of seven words and when it is done, six more: the name keeps both
    assert activity_name("sends the ballot link to all club members at 09:00 on the first "
                         "day") == "Send the ballot link to all club members at 09:00 on the " \
        "first day"
    # (and a longer one goes without it)
    assert activity_name("sends the ballot link and the rules to all club members at 09:00 "
                         "on the first day") == "Send the ballot link and the rules to all " \
        "club members"


def test_a_current_holder_column_that_holds_work_gives_its_duties(tmp_path: Path) -> None:
    # a column headed for people whose cells are work, not names: the work is read
    page = ("# Shop roles\n\n"
            "| Role | Current holder |\n| --- | --- |\n"
            "| Shop Manager | Orders stock and approves refunds |\n"
            "| Cashier | Counts the till at close |\n")
    cells = cells_of_text(tmp_path / "shop.md", page)
    activities = {a for _, a in cells}
    assert any(a.startswith("Count the till") for a in activities), activities


def test_setting_out_things_after_a_duty_is_work_of_its_own(tmp_path: Path) -> None:
    # "..., laying down the dust sheets first": work with the hands, not what a letter says
    page = ("Village hall\n\n"
            "The Caretaker sweeps the floor, laying down the dust sheets first.\n")
    cells = cells_of_text(tmp_path / "hall.txt", page)
    activities = {a for _, a in cells}
    assert any("dust sheets" in a.lower() for a in activities), activities
