"""Shapes of the thirty-ninth set, studied (first half): passives whose doer is followed by
a time of day. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_passive_doer_followed_by_a_time_of_day(tmp_path: Path) -> None:
    # "... are put out by the Site Crew by 06:30", "... are briefed by the gate leader at
    # 9.15": the colon or the point of the time is no end of the doer's name; the doer
    # does the work, the time stays in its name, and a role the work is done to is told
    page = ("Fun run\n\n"
            "The Site Crew checks the fences.\n\n"
            "- Cones are put out by the Site Crew by 06:30\n"
            "- Stewards are briefed by their Gate Leader at 9.15\n"
            "- The gates are locked by the Site Crew at 7.30pm.\n")
    cells = cells_of_text(tmp_path / "run.md", page)
    assert cells.get(("Site Crew", "Put out cones by 06:30")) == "A/R", cells
    assert cells.get(("Gate Leader", "Brief stewards at 9.15")) == "A/R", cells
    assert cells.get(("Steward", "Brief stewards at 9.15")) == "I", cells
    assert cells.get(("Site Crew", "Lock the gates at 7.30pm")) == "A/R", cells


def test_a_passive_doer_then_several_times_or_the_day(tmp_path: Path) -> None:
    # "... at 09:00, 12:00 and 15:00", "... at 16:45 on Saturday": every time and the day
    # stay in the name, and where the thing is taken from ("from the stores") too
    page = ("Shop floor\n\n"
            "The Floor Lead opens the doors.\n\n"
            "Tills are emptied by the Floor Lead at 09:00, 12:00 and 15:00.\n\n"
            "Parcels are fetched from the stores by the Runner at 16:45 on Saturday.\n\n"
            "Keys are signed out from Reception by the Runner.\n")
    cells = cells_of_text(tmp_path / "shop.txt", page)
    assert cells.get(("Floor Lead", "Empty tills at 09:00, 12:00 and 15:00")) == "A/R", cells
    assert cells.get(("Runner", "Fetch parcels from the stores at 16:45 on Saturday")) == \
        "A/R", cells
    # (but a party it comes from, a name without its article, is no place of the duty)
    assert cells.get(("Runner", "Sign out keys")) == "A/R", cells


def test_the_officer_in_a_paragraph_of_its_own_after_an_aside_in_brackets(
        tmp_path: Path) -> None:
    # "A lending officer checks ..." in one paragraph, then "Where ... (for example, ...),
    # the officer approves ...": with two officers on the page, "the officer" is the one
    # the paragraph before made its subject, and the aside's own comma is no end of the
    # opening condition
    page = ("Lending procedure\n\n"
            "Roles: Lending Officer, Fraud Officer, Branch Manager.\n\n"
            "A lending officer checks each member's payslips against their account.\n\n"
            "Where the member already saves with us (for example, they have paid in for a "
            "year), the officer approves the loan and books the payment through the banking "
            "system.\n\n"
            "The Fraud Officer reviews flagged loans every week.\n")
    cells = cells_of_text(tmp_path / "lending.txt", page)
    assert cells.get(("Lending Officer", "Approve the loan")) == "A/R", cells
    assert cells.get(("Lending Officer", "Book the payment through the banking system")) \
        == "A/R", cells
    assert not any(r == "Fraud Officer" and a.startswith(("Approve", "Book"))
                   for r, a in cells), cells


def test_the_one_word_role_written_before_a_longer_name_is_no_short_form_of_it(
        tmp_path: Path) -> None:
    # "the steward on the gate rota" is written before "a qualified steward" is: a word can
    # only stand for a name written before it, so "Stewards" (a column's cell) stays a
    # role of its own and keeps its letters; after the longer name it is still read back
    page = ("# Match day\n\n"
            "## Before kick-off\n\n"
            "1. The Site Officer opens the turnstiles at noon.\n"
            "2. Litter bins are emptied by the steward on the gate rota.\n\n"
            "## Site Officer\n\n"
            "- Checks the floodlights with a qualified steward\n\n"
            "## Checks\n\n"
            "| Check | Who | Checked by |\n"
            "| --- | --- | --- |\n"
            "| Daily fence walk | Stewards | Site Officer |\n")
    cells = cells_of_text(tmp_path / "match.md", page)
    assert cells.get(("Steward", "Daily fence walk")) == "R", cells
    assert cells.get(("Site Officer", "Daily fence walk")) == "A", cells
    assert cells.get(("Steward", "Empty litter bins")) == "A/R", cells
    from raci.derive.roles import _anaphor
    names = {"Shift Coordinator", "Coordinator"}
    assert _anaphor("Coordinator", "The Shift Coordinator opens. The coordinator locks.",
                    names)
    assert not _anaphor("Coordinator", "The coordinator opens. A shift coordinator locks.",
                        names)


def test_a_fortnight_is_a_time_limit_kept_in_the_name(tmp_path: Path) -> None:
    # "within a fortnight" is a time limit as "within two weeks" is: it stays in the name
    from raci.derive.extract import activity_name
    assert activity_name("holds a debrief within a fortnight") == \
        "Hold a debrief within a fortnight"
    assert activity_name("files the claim within two fortnights of the event") == \
        "File the claim within two fortnights of the event"
    # (and put back after a party the duty is done with, as "within two weeks" is)
    assert activity_name("holds a debrief with the whole crew within a fortnight") == \
        "Hold a debrief with the crew within a fortnight"
    page = ("Complaints\n\nThe Clerk keeps the log.\n\n"
            "Complaints are answered by the Clerk within a fortnight.\n")
    cells = cells_of_text(tmp_path / "complaints.txt", page)
    assert cells.get(("Clerk", "Answer complaints within a fortnight")) == "A/R", cells


def test_hours_to_closing_time_in_a_whos_on_table_are_no_duty(tmp_path: Path) -> None:
    # "9am – close" in a column of hours: from a time to when the shop closes is when the
    # role is on, as "10am – 4pm" is, never a duty of its own
    from raci.derive.extract import activity_name
    assert activity_name("9am – close") == ""
    assert activity_name("opening to 3pm") == ""
    assert activity_name("Close the bar at 11pm") == "Close the bar at 11pm"
    page = ("# Fair day\n\n## Who's on\n\n"
            "| Role | Person | Hours on the day |\n|---|---|---|\n"
            "| Owner | Dana Reeve | 9am – close |\n"
            "| Manager | Sam Holt | 9am – close |\n"
            "| Cashier | Lee Park | 10am – 4pm |\n\n"
            "## Jobs\n\n- **Sam** builds the rota for the day.\n")
    cells = cells_of_text(tmp_path / "fair.md", page)
    assert ("Manager", "Build the rota for the day") in cells, cells
    assert not any(a.startswith("9am") for _r, a in cells), cells


def test_a_passive_doer_then_with_advice_from_a_party(tmp_path: Path) -> None:
    # ", with advice from the Site Assessor" after a passive's doer: the party advises,
    # consulted on the doer's work, as ", on the advice of ..." is
    page = ("Reviews\n\n"
            "The Parking Manager owns this page.\n\n"
            "Appeals are heard by the Parking Manager, with advice from the Site Assessor.\n")
    cells = cells_of_text(tmp_path / "reviews.txt", page)
    assert cells.get(("Parking Manager", "Hear appeals")) == "A/R", cells
    assert cells.get(("Site Assessor", "Hear appeals")) == "C", cells


def test_a_passive_doer_then_with_a_thing_named_for_advice_is_no_party(
        tmp_path: Path) -> None:
    # ", with advice leaflets sent to ...", ", with guidance notes from ...": the word of
    # advice begins the name of a thing, no party is consulted, and the duty's name does
    # not end on the cut word ("Hear appeals with advice")
    head = "Reviews\n\nThe Parking Manager owns this page. The Site Assessor visits sites.\n\n"
    for tail in ("with advice leaflets sent to each appellant",
                 "with guidance notes from the Site Assessor",
                 "with input forms kept on file",
                 "with recommendations sent to the Site Assessor"):
        cells = cells_of_text(tmp_path / "reviews.txt",
                              f"{head}Appeals are heard by the Parking Manager, {tail}.\n")
        assert cells.get(("Parking Manager", "Hear appeals")) == "A/R", (tail, cells)
        assert not any(a.startswith("Hear appeals with") for _r, a in cells), (tail, cells)
        assert ("Site Assessor", "Hear appeals") not in cells, (tail, cells)
    # (the party written after the word of advice is still consulted, as it is after
    # ", following guidance from")
    cells = cells_of_text(tmp_path / "reviews.txt",
                          f"{head}Appeals are heard by the Parking Manager, following "
                          "guidance from the Site Assessor.\n")
    assert cells.get(("Site Assessor", "Hear appeals")) == "C", cells


def test_a_short_form_used_before_its_title_is_written_with_capitals(
        tmp_path: Path) -> None:
    # "The coordinator opens the hall" all through the page, and the title written only in
    # the contacts table at its end ("Shift Coordinator"): a title written with its
    # capitals is a name the short form stands for wherever it is written; only a longer
    # name never so written ("a trained volunteer") must come first
    page = ("# Hall opening\n\n## Duties\n\n"
            "- The coordinator opens the hall at 9am.\n"
            "- The coordinator books the caretaker.\n"
            "- The Treasurer banks the takings.\n\n"
            "## Contacts\n\n| Role | Name | Phone |\n|---|---|---|\n"
            "| Shift Coordinator | Jo Bell | 0123 |\n| Treasurer | Sam Hay | 0456 |\n")
    cells = cells_of_text(tmp_path / "hall.md", page)
    assert cells.get(("Shift Coordinator", "Book the caretaker")) == "A/R", cells
    assert not any(r == "Coordinator" for r, _a in cells), cells
    from raci.derive.roles import _anaphor
    names = {"Shift Coordinator", "Coordinator"}
    assert _anaphor("Coordinator", "The coordinator opens. Ask the Shift Coordinator.",
                    names)


def test_the_officer_after_a_paragraph_naming_another_officer_is_not_read_back(
        tmp_path: Path) -> None:
    # the Fraud Officer is the subject two paragraphs up, but the paragraph between names
    # the Lending Officer ("Members call the Lending Officer first."): "the officer" could
    # be either, and is read as neither
    head = "Lending procedure\n\nRoles: Lending Officer, Fraud Officer, Branch Manager.\n\n"
    for between in ("Members should call the Lending Officer first.",
                    "The Branch Manager and the Lending Officer meet monthly."):
        cells = cells_of_text(tmp_path / "lending.txt",
                              f"{head}The Fraud Officer reviews flags.\n\n{between}\n\n"
                              "The officer then books a meeting.\n")
        assert ("Fraud Officer", "Book a meeting") not in cells, (between, cells)
    # (with nothing between, or the same officer named again, it is still the one before)
    cells = cells_of_text(tmp_path / "lending.txt",
                          f"{head}The Fraud Officer reviews flags.\n\nMembers apply online."
                          "\n\nThe officer then books a meeting.\n")
    assert cells.get(("Fraud Officer", "Book a meeting")) == "A/R", cells
