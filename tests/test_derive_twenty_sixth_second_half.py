"""Derivation of the shapes studied in the twenty-sixth set's second half.

Each test writes a small document in one shape of writing, derives a draft from it and
checks the cells a careful reader would list. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.pdf import _Line, _rebuilt
from tests.helpers import cells_of_text


def test_a_grid_task_naming_a_topic_and_its_parts_stays_whole(tmp_path: Path) -> None:
    # "Boiler servicing: gas and flue": a letter grid's task cell that names a topic and,
    # after a colon, the parts of it the row covers is one task, named whole; a cell
    # opening with an order keeps only the order ("Bleed the radiators: upstairs first")
    grid = ("Activity,Caretaker,Facilities Manager,Contractor\n"
            "Boiler servicing: gas and flue,C,A,R\n"
            "Roof gutters: leaves and moss,R,A,\n"
            "Bleed the radiators: upstairs first,A/R,I,\n")
    cells = cells_of_text(tmp_path / "building.csv", grid)
    assert cells[("Contractor", "Boiler servicing: gas and flue")] == "R", cells
    assert cells[("Caretaker", "Boiler servicing: gas and flue")] == "C", cells
    assert cells[("Caretaker", "Roof gutters: leaves and moss")] == "R", cells
    assert cells[("Caretaker", "Bleed the radiators")] == "A/R", cells


def test_a_listed_duty_joining_two_acts_is_two_duties(tmp_path: Path) -> None:
    # "open the hall and switch on the heating": two acts joined by "and" under a role's
    # duties are two rows; a second object ("the urn and the cups") or two words that
    # are one thing ("sort the post and parcel labels") leave the duty one
    data = ("roles:\n"
            "  - role: Caretaker\n"
            "    duties:\n"
            "      - open the hall and switch on the heating\n"
            "      - wash the urn and the cups\n"
            "      - sort the post and parcel labels\n"
            "    inform:\n"
            "      - Bookings Secretary\n")
    cells = cells_of_text(tmp_path / "hall.yaml", data)
    assert cells[("Caretaker", "Open the hall")] == "A/R", cells
    assert cells[("Caretaker", "Switch on the heating")] == "A/R", cells
    assert cells[("Bookings Secretary", "Switch on the heating")] == "I", cells
    assert cells[("Caretaker", "Wash the urn and the cups")] == "A/R", cells
    assert cells[("Caretaker", "Sort the post and parcel labels")] == "A/R", cells
    assert ("Caretaker", "Open the hall and switch on the heating") not in cells, cells


def test_a_listed_duty_keeps_the_party_named_after_its_time(tmp_path: Path) -> None:
    # "check the float every Friday with the Treasurer": the party after the time is whom
    # the duty is done with, so the time stays in the name and the Treasurer is
    # consulted; a time at the very end is still cut
    data = ("roles:\n"
            "  - role: Bar Steward\n"
            "    duties:\n"
            "      - check the float every Friday with the Treasurer\n"
            "      - restock the fridges every evening\n"
            "  - role: Treasurer\n"
            "    duties:\n"
            "      - bank the takings\n")
    cells = cells_of_text(tmp_path / "bar.yaml", data)
    assert cells[("Bar Steward", "Check the float every Friday with the Treasurer")] == \
        "A/R", cells
    assert cells[("Treasurer", "Check the float every Friday with the Treasurer")] == "C", \
        cells
    assert cells[("Bar Steward", "Restock the fridges")] == "A/R", cells


def test_a_pdf_line_cut_inside_a_name_after_a_sentence_carries_on(tmp_path: Path) -> None:
    # "... to the Bursar. The Head of" stopped short of the margin (a proportional font
    # fits fewer letters), "Science checks ..." under it with no gap: a sentence ended
    # inside the line above, so the line is running text and the next carries it on; a
    # short line with no sentence inside it ("Science Block") starts a block of its own
    lines = ["After the trip",
             "The Trip Leader writes the trip report within a week and sends it to the "
             "Bursar for the",
             "accounts. Any refund is agreed by the Bursar. The Head of",
             "Science checks every report and files it in the trips folder before the "
             "end of term.",
             "Science Block",
             "Keys are kept at the front office and are signed out by each teacher on "
             "every trip day."]
    page = [_Line(text, 1, n, False) for n, text in enumerate(lines, start=1)]
    out, _ = _rebuilt([page])
    assert any(line.endswith("The Head of Science checks every report and files it in "
                             "the trips folder before the end of term.") for line in out), out
    assert "Science Block" in out, out


def test_a_then_lead_in_leaves_the_list_with_the_sentences_doer(tmp_path: Path) -> None:
    # "You open the hall at seven and let in the Caterer. Then:": the lead-in only says
    # the list comes next; its items are the reader's, not the Caterer's, the last party
    # the sentence named; after "The Caretaker locks the side door. Then:" they are the
    # Caretaker's
    page = ("# Quiz night\n\n"
            "> This page is written for the hall steward; \"you\" means you, the hall steward.\n\n"
            "**Hall Steward** – opens up for every booking.\n\n"
            "**Caterer** – brings the food.\n\n"
            "**Caretaker** – looks after the building.\n\n"
            "## Setting up\n\n"
            "You open the hall at seven and let in the Caterer. Then:\n\n"
            "- set out the tables in rows\n"
            "- switch on the urn\n\n"
            "## Closing\n\n"
            "The Caretaker locks the side door. Then:\n\n"
            "- turn off the heating\n")
    cells = cells_of_text(tmp_path / "quiz.md", page)
    assert cells[("Hall Steward", "Set out the tables in rows")] == "A/R", cells
    assert cells[("Hall Steward", "Switch on the urn")] == "A/R", cells
    assert ("Caterer", "Switch on the urn") not in cells, cells
    assert cells[("Caretaker", "Turn off the heating")] == "A/R", cells


def test_a_listed_duty_names_a_party_the_file_lists_no_duties_for(tmp_path: Path) -> None:
    # "with the auditor", "with the HMRC", "to every volunteer": a party named by one
    # person's word or a body's capitals at a duty's end is consulted ("with"), told
    # ("to"), or told of what is handed in to it ("file the return with the HMRC"); a
    # plural party of the file ("Volunteers") takes its singular
    data = ("roles:\n"
            "  - role: Club Treasurer\n"
            "    duties:\n"
            "      - check the year's accounts with the auditor\n"
            "      - file the tax return with the HMRC\n"
            "      - send the fixture list to every volunteer\n"
            "  - role: Volunteers\n"
            "    duties:\n"
            "      - mark out the pitches\n")
    cells = cells_of_text(tmp_path / "club.yaml", data)
    assert cells[("Auditor", "Check the year's accounts with the auditor")] == "C", cells
    assert cells[("HMRC", "File the tax return with the HMRC")] == "I", cells
    assert cells[("Volunteer", "Send the fixture list to every volunteer")] == "I", cells


def test_a_unit_named_by_two_fields_joined_by_and_is_one_party(tmp_path: Path) -> None:
    # "the Parks and Leisure Service": two fields before one unit's head are one party,
    # not a "Parks" cut off before "and"
    notes = ("Bonfire night\n\n"
             "The Event Manager decides whether to tell the Parks and Leisure Service "
             "and books the stewards.\n")
    cells = cells_of_text(tmp_path / "bonfire.txt", notes)
    assert cells[("Event Manager", "Decide whether to tell the Parks and Leisure Service")] \
        == "A/R", cells
    assert cells[("Parks and Leisure Service",
                  "Decide whether to tell the Parks and Leisure Service")] == "I", cells


def test_a_grid_task_keeps_how_often_at_least_it_is_done(tmp_path: Path) -> None:
    # "Gutter clearing (at least twice a year)": an aside in a letter grid's task cell that
    # sets how often at least the task must be done stays in its name; a plain schedule
    # ("(weekly)") or any other aside ("(north wing)") goes
    grid = ("Activity,Caretaker,Facilities Manager\n"
            "Gutter clearing (at least twice a year),R,A\n"
            "Fire alarm test (weekly),A/R,I\n"
            "Repaint the corridors (north wing),R,A\n")
    cells = cells_of_text(tmp_path / "upkeep.csv", grid)
    assert cells[("Caretaker", "Gutter clearing (at least twice a year)")] == "R", cells
    assert cells[("Facilities Manager", "Fire alarm test")] == "I", cells
    assert cells[("Caretaker", "Repaint the corridors")] == "R", cells


def test_a_listed_duty_done_alongside_another_party_has_both_do_it(tmp_path: Path) -> None:
    # "serve teas alongside the tea volunteers": the party after "alongside" does the duty
    # too (R), as after "together with"
    data = ("roles:\n"
            "  - role: Match Secretary\n"
            "    duties:\n"
            "      - serve teas at home games alongside the tea volunteers\n"
            "  - role: Tea Volunteers\n"
            "    duties:\n"
            "      - bake for the home games\n")
    cells = cells_of_text(tmp_path / "cricket.yaml", data)
    assert cells[("Match Secretary", "Serve teas at home games alongside the tea volunteers")
                 ] == "A/R", cells
    assert cells[("Tea Volunteer", "Serve teas at home games alongside the tea volunteers")
                 ] == "R", cells


def test_the_party_a_role_hears_before_deciding_is_consulted(tmp_path: Path) -> None:
    # "The Disciplinary Panel hears the player ... before deciding": the party heard is
    # consulted on the hearing, the panel does it
    notes = ("Appeals\n\n"
             "The Referee sends off a player. The Disciplinary Panel hears the player "
             "before deciding. Each player pays the fee.\n")
    cells = cells_of_text(tmp_path / "appeals.txt", notes)
    heard = [a for (r, a) in cells if r == "Disciplinary Panel" and a.startswith("Hear")]
    assert heard, cells
    assert cells[("Player", heard[0])] == "C", cells
