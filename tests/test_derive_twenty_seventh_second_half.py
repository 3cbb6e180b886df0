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



def test_a_lead_in_of_several_sentences_is_scoped_by_its_last(tmp_path: Path) -> None:
    # "Marshals are club members who ... hold BTF cover. A marshal who accepts a shift
    # shall:": the sentence before the list's own says who the role is, and the party it
    # names (the BTF) is not the list's doer; "A marshal" is the role with "a"
    text = ("# Trail race\n\n"
            "## Trail marshals\n\n"
            "Marshals are club members who have passed the first-aid course and hold BTF "
            "cover. A marshal who accepts a shift shall:\n\n"
            "- phone the Race Secretary a day before to confirm the post;\n"
            "- check the post's kit bag before the start;\n"
            "- record every runner through the checkpoint.\n\n"
            "## Incidents\n\n"
            "The marshal tells the Race Secretary about any incident the same day. The Race "
            "Secretary sends the results to the BTF.\n")
    cells = cells_of_text(tmp_path / "trail.md", text)
    assert cells[("Trail Marshal", "Check the post's kit bag before the start")] == "A/R", \
        cells
    assert cells[("Trail Marshal", "Record every runner through the checkpoint")] == "A/R", \
        cells
    assert ("BTF", "Record every runner through the checkpoint") not in cells, cells


def test_an_action_line_with_its_owner_and_its_date_after_dashes(tmp_path: Path) -> None:
    # "Book the bouncy castle – Treasurer – Friday": an action, its owner and when it is
    # due, each after a dash; the date is no part of the action's name, and a page's
    # footer in the same shape ("Page 1 of 2 - Fete Plan v4 - 01/05/2031") is no action
    text = ("# Fete planning\n\n"
            "## Actions before the day\n\n"
            "- Send the stall list to the helpers – Fete Coordinator – 3 May\n"
            "- Book the bouncy castle – Treasurer – Friday\n"
            "- Confirm the road closure with the Parish Council – Safety Officer – "
            "this week\n\n"
            "Page 1 of 2 - Fete Plan v4 - 01/05/2031\n")
    cells = cells_of_text(tmp_path / "fete.md", text)
    assert cells[("Fete Coordinator", "Send the stall list to the helpers")] == "A/R", cells
    assert cells[("Treasurer", "Book the bouncy castle")] == "A/R", cells
    assert cells[("Safety Officer", "Confirm the road closure with the Parish Council")] \
        == "A/R", cells
    assert cells[("Parish Council", "Confirm the road closure with the Parish Council")] \
        == "C", cells
    assert not any("Page" in activity or "Fete Plan" in role for role, activity in cells), \
        cells


def test_a_passive_telling_what_a_party_is_told_of_and_by_whom(tmp_path: Path) -> None:
    # "The police are informed of each road closure by the Events Officer": the doer
    # tells the party of the thing, which stays in the name; the party told is I
    text = ("# Street party\n\n"
            "The police are informed of each road closure by the Events Officer.\n\n"
            "The Parish Council is told about every licence by the Licensing Clerk.\n")
    cells = cells_of_text(tmp_path / "party.md", text)
    assert cells[("Events Officer", "Inform the police of each road closure")] == "A/R", cells
    assert cells[("Police", "Inform the police of each road closure")] == "I", cells
    assert cells[("Licensing Clerk", "Tell the Parish Council about every licence")] == "A/R", \
        cells
    assert cells[("Parish Council", "Tell the Parish Council about every licence")] == "I", \
        cells


def test_consulting_a_party_on_a_topic_is_named_whole(tmp_path: Path) -> None:
    # "The Planner consults the Fire Officer on every route change": the consulting and
    # what it is on name the duty, the party is consulted; "before ..." still names the
    # duty by what comes after it
    text = ("# Events\n\n"
            "The Event Planner consults the Fire Officer on every route change.\n\n"
            "The Stage Manager consults the Sound Engineer before moving the speakers.\n")
    cells = cells_of_text(tmp_path / "events.md", text)
    name = "Consult the Fire Officer on every route change"
    assert cells[("Event Planner", name)] == "A/R", cells
    assert cells[("Fire Officer", name)] == "C", cells
    assert cells[("Sound Engineer", "Move the speakers")] == "C", cells


def test_asking_a_party_for_a_thing_consults_it(tmp_path: Path) -> None:
    # "The Steward asks the Treasurer for the float": the party asked for a thing is
    # consulted, and the name keeps whom and for what; "asks ... for advice" is still no
    # duty of its own
    text = ("# Match day\n\n"
            "The Steward asks the Treasurer for the float, and then opens the gate.\n\n"
            "The Treasurer banks the takings.\n")
    cells = cells_of_text(tmp_path / "match.md", text)
    assert cells[("Steward", "Ask the Treasurer for the float")] == "A/R", cells
    assert cells[("Treasurer", "Ask the Treasurer for the float")] == "C", cells


def test_deciding_among_acts_after_to_is_one_decision(tmp_path: Path) -> None:
    # "will decide to delay, shorten or abandon the match": the acts after "to" are the
    # choices of one decision, not duties of their own
    text = ("# Match day\n\n"
            "The Referee will decide to delay, shorten or abandon the match, after taking "
            "advice from the Groundsman.\n")
    cells = cells_of_text(tmp_path / "match.md", text)
    name = "Decide to delay, shorten or abandon the match"
    assert cells[("Referee", name)] == "A/R", cells
    assert cells[("Groundsman", name)] == "C", cells
    assert not any(activity.startswith("Shorten") for _role, activity in cells), cells


def test_action_lines_with_a_due_date_in_plain_text_are_no_headings(tmp_path: Path) -> None:
    # "act – owner – date" lines one under another in a .txt, no bullets: an action list,
    # each line its owner's action (short lines without a full stop read as headings else)
    cells = cells_of_text(tmp_path / "fete.txt",
                          "Fete committee\n\nFete actions\n\n"
                          "Book the hall – Treasurer – 3 May\n"
                          "Print the posters – Secretary – 10 May\n"
                          "Order the raffle prizes – Chair – 17 May\n")
    assert cells[("Treasurer", "Book the hall")] == "A/R"
    assert cells[("Secretary", "Print the posters")] == "A/R"
    assert cells[("Chair", "Order the raffle prizes")] == "A/R"
