"""Shapes of briefing decks, procedures and council pages: a column of who helps the
doer, a page that says in its list of who is involved which one the reader is and which
one "we" are. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_helps_column_is_consulted_beside_the_lead(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "gala.md", (
        "# Swimming gala\n\n"
        "| Task | Lead | Helps | Tell |\n"
        "| --- | --- | --- | --- |\n"
        "| Book the pool and the lifeguards | Gala Secretary | Club Treasurer | Coaches |\n"
        "| Print the heat sheets | Results Officer | Gala Secretary | |\n"))
    assert cells[("Gala Secretary", "Book the pool and the lifeguards")] == "A/R", cells
    assert cells[("Club Treasurer", "Book the pool and the lifeguards")] == "C", cells
    assert cells[("Results Officer", "Print the heat sheets")] == "A/R", cells
    assert cells[("Gala Secretary", "Print the heat sheets")] == "C", cells


_ALLOTMENT_PAGE = (
    "<html><body><main><h1>Rent an allotment plot</h1>\n"
    "<h2>Who is involved</h2>\n<dl>\n"
    "<dt>You, the plot holder</dt><dd>A local resident who rents a plot.</dd>\n"
    "<dt>The Allotments Office (us)</dt><dd>We run the waiting list.</dd>\n"
    "</dl>\n<h2>How it works</h2>\n"
    "<p>We check the waiting list every March and offer the next plot.</p>\n"
    "<p>Sign the tenancy agreement and return it within two weeks.</p>\n"
    "</main></body></html>\n")


def test_a_list_of_who_is_involved_names_the_reader_and_we(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "plots.html", _ALLOTMENT_PAGE)
    roles = {role for role, _act in cells}
    assert {"Plot Holder", "Allotments Office"} <= roles, cells
    assert any(role == "Allotments Office" and act.startswith("Check the waiting list")
               for role, act in cells), cells
    assert any(role == "Plot Holder" and act.startswith("Sign the tenancy agreement")
               for role, act in cells), cells



_HALL_PAGE = (
    "<html><body><main><h1>Hire the village hall</h1>\n"
    "<h2>Who is involved</h2>\n<dl>\n"
    "<dt>You, the hirer</dt><dd>Anyone who books the hall for an event.</dd>\n"
    "<dt>The Booking Secretary</dt><dd>Takes the bookings.</dd>\n"
    "</dl>\n<h2>Booking</h2>\n"
    "<p>Before you book, check the hall's conditions of hire and agree a date with the "
    "Booking Secretary.</p>\n"
    "<p>If anything breaks during your event, such as a chair or a window, tell the "
    "Booking Secretary the next day.</p>\n"
    "<p>If a caterer (a van, a stall) is coming, send the Booking Secretary their "
    "hygiene rating.</p>\n"
    "<p>Before each event you put up the tables in the main hall, stack the chairs and "
    "sweep the floor.</p>\n"
    "</main></body></html>\n")


def test_an_order_after_a_time_or_a_long_condition_is_the_readers(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "hall.html", _HALL_PAGE)
    assert cells[("Hirer", "Check the hall's conditions of hire")] == "A/R", cells
    assert cells[("Hirer", "Tell the Booking Secretary the next day")] == "A/R", cells
    assert cells[("Booking Secretary", "Tell the Booking Secretary the next day")] == "I", cells
    assert any(role == "Hirer" and act.startswith("Send") and "hygiene rating" in act
               for role, act in cells), cells
    # (the reader's own clause before a comma is no condition: its first duty stays)
    assert cells[("Hirer", "Put up the tables")] == "A/R", cells


def test_man_compounds_and_superintendents_are_roles(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "lifeboat.md", (
        "# Launching the boat\n\n"
        "The Coxswain is in charge of the boat. The Fireman checks the cable and the "
        "brake before each launch. The Shore Superintendent keeps the launch log and "
        "reports each launch to the Station Chairman.\n"))
    assert cells[("Fireman", "Check the cable and the brake before each launch")] == "A/R", cells
    assert cells[("Shore Superintendent", "Keep the launch log")] == "A/R", cells
    assert any(role == "Station Chairman" and act.startswith("Report each launch")
               for role, act in cells), cells


def test_the_board_is_not_the_chair_of_the_board(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "grants.md", (
        "# Small grants\n\n"
        "The Grants Officer checks each application. The Chair of the Board signs every "
        "grant over £5,000. The Grants Officer reports the grants made to the Board every "
        "quarter.\n"))
    told = next(act for role, act in cells if act.startswith("Report the grants made"))
    assert cells[("Board", told)] == "I", cells
    assert ("Chair of Board", told) not in cells, cells



def test_a_row_of_amounts_under_a_made_by_column_keeps_its_band(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "grants.md", (
        "# Grant limits\n\n"
        "| Grant size | Decided by | Countersigned by | Reported to |\n"
        "| --- | --- | --- | --- |\n"
        "| Up to £500 | Grants Officer | | Finance Officer |\n"
        "| £501 to £5,000 | Grants Panel | Grants Officer | Trustee Board |\n"))
    assert ("Grants Officer", "Up to £500") in cells, cells
    assert ("Grants Officer", "£501 to £5,000") in cells, cells
    assert not any(act.startswith("Countersign") for _role, act in cells), cells


def test_a_key_of_initials_under_actions_gives_their_roles(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fete.md", (
        "# Summer fete: actions\n\n"
        "- TW – book the bouncy castle – by 1 June\n"
        "- RA – order the raffle prizes from the wholesaler\n\n"
        "TW Tessa Wright, Fete Coordinator · RA Dr Ravi Anand, Committee Treasurer\n"))
    assert any(role == "Fete Coordinator" and act.startswith("Book the bouncy castle")
               for role, act in cells), cells
    assert any(role == "Committee Treasurer" and act.startswith("Order the raffle prizes")
               for role, act in cells), cells


def test_an_object_of_any_keeps_its_verb(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "stores.md", (
        "# Stores\n\n"
        "The Stores Clerk reports any shortage found to the Buyer.\n"))
    assert cells[("Stores Clerk", "Report any shortage")] == "A/R", cells
    assert cells[("Buyer", "Report any shortage")] == "I", cells
