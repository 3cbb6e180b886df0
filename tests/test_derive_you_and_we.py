"""Pages written to "you" and for "we": whom the page says each pronoun is."""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import cells_of_text, derived_cells

ALLOTMENT = (
    "# Taking on an allotment plot\n\n"
    "You are the plot holder. On this page \"we\" means Elmstead Gardens Society, acting "
    "as the Lettings Panel for the council.\n\n"
    "The Site Steward walks the plots each month.\n\n"
    "## What we need from you\n\n"
    "- Send us the signed tenancy form within two weeks of the offer.\n"
    "- Tell us about any shed you plan to build.\n\n"
    "## What we do\n\n"
    "1. We check the waiting list and offer the next free plot.\n"
    "2. We mark the corners of the plot and send you the gate code.\n"
    "3. When a plot is left untended, we write to the holder.\n"
)


def test_we_is_the_role_the_page_says_it_means(tmp_path: Path) -> None:
    """'"we" means ..., acting as the Lettings Panel': the page's "We check ..." is the
    panel's duty, "Send us ..." the reader's with the panel told, and what "we" send
    "you" tells the reader the page says it speaks to ("You are the plot holder")."""
    cells = cells_of_text(tmp_path / "plot.md", ALLOTMENT)
    assert cells[("Lettings Panel", "Check the waiting list")] == "A/R"
    assert cells[("Lettings Panel", "Write to the holder")] == "A/R"
    assert cells[("Lettings Panel", "Send the gate code")] == "A/R"
    assert cells[("Plot Holder", "Send the gate code")] == "I"
    told = next(a for r, a in cells if r == "Plot Holder" and a.startswith("Tell us"))
    assert cells[("Lettings Panel", told)] == "I"
    # the heading "What we need from you" is no section of the panel's
    assert not any(r == "Lettings Panel" and a.startswith(("Send us", "Tell us"))
                   and letters == "A/R" for (r, a), letters in cells.items())


def test_we_in_brackets_names_the_role(tmp_path: Path) -> None:
    text = ("# Renewing a street trading licence\n\n"
            "Renewals are decided by us (the Licensing Team) after the Highways Officer "
            "has commented.\n\n"
            "We check the renewal form within ten days. The Highways Officer inspects the "
            "pitch.\n")
    cells = cells_of_text(tmp_path / "renew.md", text)
    assert cells[("Licensing Team", "Check the renewal form within ten days")] == "A/R"


def test_we_with_no_role_named_is_no_one(tmp_path: Path) -> None:
    text = ("# Renewing a street trading licence\n\n"
            "We check the renewal form within ten days. The Highways Officer inspects the "
            "pitch.\n")
    cells = cells_of_text(tmp_path / "renew.md", text)
    assert {r for r, _a in cells} == {"Highways Officer"}


TUCK_SHOP = (
    "# Running the tuck shop{title}\n\n"
    "The Shop Treasurer banks the takings every Friday.\n\n"
    "## Opening up\n\n"
    "You count the float before the shop opens and write the total in the cash book.\n"
)


def test_a_title_naming_its_reader_gives_them_you(tmp_path: Path) -> None:
    """A title saying whom its guidance or questions are for ("...: a guide for new
    helpers", "questions from new diggers") makes that role the page's "you"; without
    it "you" has no one to mean and gives no row."""
    cells = cells_of_text(tmp_path / "tuck.md",
                          TUCK_SHOP.format(title=": a guide for new helpers"))
    assert cells[("Helper", "Count the float before the shop opens")] == "A/R"
    assert cells[("Helper", "Write the total in the cash book")] == "A/R"
    plain = cells_of_text(tmp_path / "plain.md", TUCK_SHOP.format(title=""))
    assert set(plain) == {("Shop Treasurer", "Bank the takings every Friday")}


PARKING_MAIL = (
    "Subject: Show day car parking\n\n"
    "Dear {greeting},\n\n"
    "Thanks for signing up for Saturday. The Show Secretary prints the parking passes on "
    "Friday.\n\n"
    "You open the field gate at 7am and you collect the passes at the entrance.\n\n"
    "Best wishes,\nMaggie\n"
)


def test_a_greeting_naming_a_role_makes_it_the_reader(tmp_path: Path) -> None:
    """"Dear Car Park Stewards," makes the stewards the mail's "you"; "Dear all," names
    no one, and "you" then gives no row."""
    cells = cells_of_text(tmp_path / "mail.txt",
                          PARKING_MAIL.format(greeting="Car Park Stewards"))
    assert cells[("Car Park Steward", "Open the field gate at 7am")] == "A/R"
    assert cells[("Car Park Steward", "Collect the passes at the entrance")] == "A/R"
    plain = cells_of_text(tmp_path / "all.txt", PARKING_MAIL.format(greeting="all"))
    assert set(plain) == {("Show Secretary", "Print the parking passes on Friday")}


def test_we_of_one_page_is_not_another_pages_we(tmp_path: Path) -> None:
    """Two documents derived together: the role one page says its "we" means is no
    writer of the other's "We open the hall" (each page's "we" is its own), whichever
    order the documents come in."""
    licensing = tmp_path / "licences.md"
    licensing.write_text("# Licence applications\n\nIn this guide \"we\" means the "
                         "Licensing Team.\n\nWe check each application form. The "
                         "Applicant pays the fee.\n", encoding="utf-8")
    hall = tmp_path / "hall.md"
    hall.write_text("# Hall bookings\n\n\"We\" means the Hall Committee. We open the hall "
                    "on Saturdays. The Caretaker locks the hall.\n", encoding="utf-8")
    unglossed = tmp_path / "unglossed.md"
    unglossed.write_text("# Hall bookings\n\nThe Hall Committee runs the hall. We open the "
                         "hall on Saturdays. The Caretaker locks the hall.\n",
                         encoding="utf-8")
    for paths in ([licensing, hall], [hall, licensing]):
        cells = derived_cells(derive(paths))
        assert cells[("Licensing Team", "Check each application form")] == "A/R"
        assert cells[("Hall Committee", "Open the hall on Saturdays")] == "A/R"
        assert ("Licensing Team", "Open the hall on Saturdays") not in cells
    cells = derived_cells(derive([licensing, unglossed]))
    assert not any(r == "Licensing Team" and a == "Open the hall on Saturdays" for r, a in cells)


def test_the_we_of_a_mail_from_a_role_stays_in_that_mail(tmp_path: Path) -> None:
    """A mail from the Programme Chairs says "we" for them; a page derived with it that
    says "We open the hall" without saying who "we" are gives that no role's duty."""
    mail = tmp_path / "timeline.txt"
    mail.write_text("From: LexSem 2027 Programme Chairs <pc-chairs@lexsem2027.example>\n"
                    "Subject: Reviewing timeline\n\nDear reviewers,\n\nWe send the "
                    "notifications on 1 May. The Area Chairs assign the papers.\n",
                    encoding="utf-8")
    hall = tmp_path / "hall.md"
    hall.write_text("# Hall bookings\n\nThe Hall Committee runs the hall. We open the hall "
                    "on Saturdays. The Caretaker locks the hall.\n", encoding="utf-8")
    for paths in ([mail, hall], [hall, mail]):
        cells = derived_cells(derive(paths))
        assert cells[("Programme Chair", "Send the notifications on 1 May")] == "A/R"
        assert not any(a == "Open the hall" for _r, a in cells), cells


def test_we_in_quotes_in_brackets_after_a_team_names_it(tmp_path: Path) -> None:
    """'the Lettings team ("we")': the pronoun in quotes and the body's last word in lower
    case still say whom the page's "we" is."""
    cells = cells_of_text(tmp_path / "lettings.md", (
        "# Letting a plot\n\n"
        "This page says how the Lettings team (\"we\") offers plots and what the Site "
        "Steward does.\n\n"
        "We check the waiting list every Monday. The Site Steward marks the corners of "
        "each plot.\n"))
    assert cells[("Lettings Team", "Check the waiting list every Monday")] == "A/R"
    assert cells[("Site Steward", "Mark the corners of each plot")] == "A/R"


def test_a_gloss_of_you_makes_the_reader(tmp_path: Path) -> None:
    """'"You" below means the ride marshal of a group': the page's bare instructions are
    that role's, as under "This handbook is for the Ride Marshal"."""
    text = ("# Marshals' handbook\n\n"
            "\"You\" below means the ride marshal of a group.\n\n"
            "## Roles\n\n### Club Captain\n\n- Publishes the routes\n\n"
            "### Ride marshals\n\n- Set a steady pace\n\n"
            "## Before the ride\n\nYou check the route card the night before.\n\n"
            "## On the road\n\n"
            "- Regroup at the top of every long climb.\n")
    cells = cells_of_text(tmp_path / "marshals.md", text)
    assert cells[("Ride Marshal", "Regroup at the top of every long climb")] == "A/R"
    unglossed = cells_of_text(tmp_path / "plain.md", text.replace(
        "\"You\" below means the ride marshal of a group.", "Ride safely."))
    assert not any(a.startswith("Regroup") for _r, a in unglossed)
    assert cells[("Ride Marshal", "Check the route card")] == "A/R"


def test_a_reader_glossed_in_lower_case_is_a_role(tmp_path: Path) -> None:
    # '"You" below means the ride marshal of a group': the role named only there, in lower
    # case, is the page's reader
    cells = cells_of_text(tmp_path / "ride.md",
                          '# Ride guide\n\n"You" below means the ride marshal of a group.\n\n'
                          "## On the road\n\n- Regroup at the top of every climb.\n")
    assert cells == {("Ride Marshal", "Regroup at the top of every climb"): "A/R"}


def test_a_list_item_to_the_reader_in_the_present_is_the_reader_s_duty(
        tmp_path: Path) -> None:
    # on a page written to its reader, "You brief the riders." in a list is a duty, as
    # "You will brief the riders." is; in a job advert's list "You have ..." is not
    cells = cells_of_text(tmp_path / "ride.md",
                          "# Consent forms\n\nThis guide is for the Ride Marshal.\n\n"
                          "## Before the ride\n\n- You brief the riders.\n"
                          "- You have a first aid kit with you.\n- Collect the forms.\n")
    assert cells[("Ride Marshal", "Brief the riders")] == "A/R"
    assert not any("first aid kit" in activity for _role, activity in cells)


def test_a_gloss_of_you_after_a_comma_makes_the_reader(tmp_path: Path) -> None:
    # 'Where it says "you", it means the tutor holding the group': the gloss after a comma
    # with "it" as its subject, the role followed by what its holder holds
    cells = cells_of_text(tmp_path / "tutors.md",
                          "# Registration guide\n\n"
                          "This page is for everyone in the year team. Where it says "
                          "\"you\", it means the tutor holding the group.\n\n"
                          "## Registration\n\n"
                          "The Head of Year sets the timetable. At registration you take "
                          "the register.\n")
    assert cells[("Tutor", "Take the register")] == "A/R", cells


def test_a_lead_in_whose_subject_is_you_gives_its_list_to_the_reader(
        tmp_path: Path) -> None:
    # "Before the end of the session you must:" after a sentence about another role: the
    # items are the reader's, not the role the sentence before named
    cells = cells_of_text(tmp_path / "tutors.md",
                          "# Registration guide\n\n"
                          "\"You\" below means the form tutor.\n\n"
                          "## Registration\n\n"
                          "A teaching assistant may help with the register.\n\n"
                          "Before the end of the session you must:\n\n"
                          "- mark any late arrivals;\n"
                          "- hand the absence slips to the office.\n")
    assert cells[("Form Tutor", "Mark any late arrivals")] == "A/R", cells
    assert not any(r == "Teaching Assistant" and a.startswith("Mark any late")
                   for r, a in cells), cells
