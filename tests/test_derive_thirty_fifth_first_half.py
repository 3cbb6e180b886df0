"""Shapes of the thirty-fifth set, studied (first half): a page's "Document owner:" line
whose value is a title the page writes after "the", a PDF table whose last column is
empty in every row before a page break, a part of the work headed with the person leading
it and their post in brackets, "She'll" after a role's sentence, a label of a role, a
slash and another title, "a note of which ...", a role's title, a full stop and a person
acting, two verbs over one pronoun, a passive's doer then "who" and verbs in the plural,
and telling a person served. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from raci.derive.extract import activity_name
from raci.derive.pdf import _Line, _rebuilt
from tests.helpers import cells_of_text


def test_a_document_owner_line_naming_a_title_written_with_the_is_no_person(
        tmp_path: Path) -> None:
    # "Document owner: Chief Sonographer" (a title of two words whose last no word list
    # holds) beside "the Chief Sonographer signs ...": the role is the Chief Sonographer,
    # no person holding a post "Document Owner"
    page = ("Scan Clinic Procedure\n\n"
            "Document owner: Chief Sonographer\n"
            "Version: 4, March 2027\n\n"
            "Who does what\n\n"
            "The Chief Sonographer signs off every referral to the hospital. "
            "The Clinic Clerk books the follow-up visits.\n")
    path = tmp_path / "clinic.txt"
    path.write_text(page, encoding="utf-8")
    roles = {r.name for r in derive([path]).to_template("t", "t").roles}
    assert "Chief Sonographer" in roles, roles
    assert "Document Owner" not in roles, roles


def test_a_column_empty_before_a_page_break_carries_the_table_on() -> None:
    # the rows on page 1 leave "Told" empty, so page 1 shows three columns and page 2
    # four; the head names four: one table, "Checked by" and "Told" apart and the row
    # cut by the break whole
    page1 = ["Mooring stages",
             "        Stage                  Lead               Checked by            Told",
             "Lay the new                Harbour Hand",
             "chains                     Crew",
             "Test the shackles          Harbour Hand       Mooring"]
    page2 = ["                           Crew               Officer",
             "Fit the buoys              Boat Crew          Mooring Officer      Berth Holders",
             "Log the mooring            Harbour Clerk                           Berth Holders",
             "Winter checks"]
    gaps1, gaps2 = [False, True, True, False, True], [False, True, True, True]
    lines1 = [_Line(text, 1, n, gap)
              for n, (text, gap) in enumerate(zip(page1, gaps1, strict=True), start=1)]
    lines2 = [_Line(text, 2, n, gap)
              for n, (text, gap) in enumerate(zip(page2, gaps2, strict=True), start=1)]
    out, _ = _rebuilt([lines1, lines2])
    assert "| Stage | Lead | Checked by | Told |" in out, out
    assert "| Test the shackles | Harbour Hand Crew | Mooring Officer | |" in out, out
    assert "| Fit the buoys | Boat Crew | Mooring Officer | Berth Holders |" in out, out


def test_a_part_headed_with_its_leader_and_post_in_brackets_is_the_posts(
        tmp_path: Path) -> None:
    # "HELPERS (Rosa Lind, Volunteer Lead)" over a list of what to do: the work is the
    # Volunteer Lead's, not a role "Helpers"; "Ken will ..." under "STALLS (Ken Ames,
    # Stalls Lead)" is the Stalls Lead's, not a person "Ken"
    page = ("Hi all,\n\nHere is who is doing what for the fair.\n\n"
            "GATES (Omar Reid, Gate Steward)\n"
            "Omar will open the gates at nine. He'll also count the visitors.\n\n"
            "HELPERS (Rosa Lind, Volunteer Lead)\n"
            "- put up the helper rota for the day\n"
            "- brief the car park marshals before the gates open\n\n"
            "STALLS (Ken Ames, Stalls Lead)\n"
            "Ken will mark out the pitches.\n\n"
            "Thanks,\nJo\n")
    cells = cells_of_text(tmp_path / "fair.txt", page)
    assert cells[("Volunteer Lead", "Put up the helper rota for the day")] == "A/R", cells
    assert any(role == "Volunteer Lead" and act.startswith("Brief the car park marshals")
               for role, act in cells), cells
    assert not any(role in ("Helpers", "Rosa", "Ken") for role, _act in cells), cells
    assert cells[("Stalls Lead", "Mark out the pitches")] == "A/R", cells
    assert any(role == "Gate Steward" for role, _act in cells), cells


def test_a_contracted_pronoun_is_the_subject_just_before(tmp_path: Path) -> None:
    # "She'll also ..." reads as "She will also ...": the role of the sentence before,
    # not the role the section's heading names
    page = ("Kennel Staff duties\n\n"
            "The Kennel Hand walks the dogs at seven.\n\n"
            "The Night Warden locks the runs at ten. She'll also check the water bowls "
            "before the lights go out.\n")
    cells = cells_of_text(tmp_path / "kennel.txt", page)
    assert any(role == "Night Warden" and act.startswith("Check the water bowls")
               for role, act in cells), cells
    assert not any(role == "Kennel Staff" and act.startswith("Check the water bowls")
                   for role, act in cells), cells


def test_a_label_of_a_role_a_slash_and_another_title_is_the_roles(tmp_path: Path) -> None:
    # "Skipper / Mate: ..." where the Skipper is a role of the page (its table says so)
    # and "Mate" no role of its own: the label's duties are the Skipper's
    page = ("# On the water\n\n"
            "- Skipper / Mate: in charge at sea; agrees the route with the Harbour Office; "
            "keeps the Shore Contact informed of progress\n"
            "- Deckhand: coils the ropes and stows the fenders\n\n"
            "| Task | Who does it |\n|---|---|\n| Trip log | Skipper |\n")
    cells = cells_of_text(tmp_path / "boat.md", page)
    assert cells[("Skipper", "Agree the route with the Harbour Office")] == "A/R", cells
    assert cells[("Shore Contact", "Keep the Shore Contact informed of progress")] == "I", \
        cells


def test_a_list_of_which_things_is_named_whole() -> None:
    # "of which keys ..." is what the note holds, no relative clause cut off it
    assert activity_name("keeps a note of which keys are out") == \
        "Keep a note of which keys are out"
    assert activity_name("asks the members about which dates suit them") == \
        "Ask the members about which dates suit them"
    assert activity_name("keep the form which the members sign") == "Keep the form"


def test_a_role_led_paragraph_whose_sentence_opens_with_a_person_is_the_roles(
        tmp_path: Path) -> None:
    # "Bench Mechanic. Omar Hale repairs ...": the person holds the role the paragraph
    # opens with, so the sentence is the role's; "cleans and greases them" is one duty of
    # two verbs over the thing, named with its pronoun
    page = ("Cycle workshop\n\n"
            "Bench Mechanic. Omar Hale repairs the bikes brought in for a service, cleans "
            "and greases them, and orders new parts from the wholesaler.\n\n"
            "Shop Assistant. Books each bike in on the till.\n")
    cells = cells_of_text(tmp_path / "workshop.txt", page)
    assert any(role == "Bench Mechanic" and act.startswith("Repair the bikes")
               for role, act in cells), cells
    assert cells[("Bench Mechanic", "Clean and grease them")] == "A/R", cells
    assert not any(role == "Omar Hale" for role, _act in cells), cells


def test_two_verbs_over_a_pronoun_keep_both_and_the_pronoun() -> None:
    assert activity_name("washes and dries it before use") == "Wash and dry it before use"
    assert activity_name("checks and signs them") == "Check and sign them"


def test_a_passives_doer_then_who_and_plain_verbs_does_those_too(tmp_path: Path) -> None:
    # "... are opened by the post team, who check ... and tell ...": the team's verbs in
    # the plural are its duties too, and whom it tells is informed
    page = ("Parcel desk\n\n"
            "Returned parcels are opened by the post team, who check the sender's address "
            "against the order and tell the buyer when the refund is made.\n\n"
            "Complaints go to the Desk Manager, who replies within five days.\n")
    cells = cells_of_text(tmp_path / "parcels.txt", page)
    assert cells[("Post Team", "Open returned parcels")] == "A/R", cells
    assert cells[("Post Team", "Check the sender's address against the order")] == "A/R", \
        cells
    assert cells[("Post Team", "Tell the buyer when the refund is made")] == "A/R", cells


def test_telling_a_person_served_keeps_what_they_are_told() -> None:
    # "the patient", "the parents": people served, no roles of the page's own, told as a
    # named party is ("Tell the Ward Clerk when ...")
    assert activity_name("tells the patient when the hearing test is booked") == \
        "Tell the patient when the hearing test is booked"
    assert activity_name("tells the parents when the bus is late") == \
        "Tell the parents when the bus is late"
