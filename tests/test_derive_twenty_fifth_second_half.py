"""Shapes of service pages, plain-text notes and policies: a page's steps laid out as a
step-by-step navigation, a reader named as the applicant. Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_step_by_step_navigation_is_read_as_the_pages_steps(tmp_path: Path) -> None:
    # "<ol class="app-step-nav">" holds the page's own steps, each a heading over what is
    # done in it: no menu of links, so its text is read
    page = ("<html><body><main>\n"
            "<h1>Hire the sports pitch</h1>\n"
            "<ol class=\"app-step-nav\">\n"
            "<li class=\"app-step-nav__step\"><h3>1 Book a slot</h3>\n"
            "<p>The Bookings Officer checks the booking form.</p></li>\n"
            "<li class=\"app-step-nav__step\"><h3>2 On the day</h3>\n"
            "<p>The Groundsman marks out the pitch before kick-off.</p></li>\n"
            "</ol></main></body></html>\n")
    cells = cells_of_text(tmp_path / "pitch.html", page)
    assert cells[("Bookings Officer", "Check the booking form")] == "A/R", cells
    assert cells[("Groundsman", "Mark out the pitch before kick-off")] == "A/R", cells


def test_a_site_navigation_list_is_still_left_out(tmp_path: Path) -> None:
    # a list whose class names a navigation of the site, not of steps, stays out
    page = ("<html><body>\n"
            "<ul class=\"site-nav\"><li>The Treasurer pays the invoices.</li></ul>\n"
            "<p>The Bookings Officer checks the booking form.</p>\n"
            "</body></html>\n")
    cells = cells_of_text(tmp_path / "pitch.html", page)
    assert cells == {("Bookings Officer", "Check the booking form"): "A/R"}, cells


def test_you_the_applicant_makes_the_applicant_the_pages_reader(tmp_path: Path) -> None:
    # "You, the applicant" in a list of who is involved: "applicant" names no role in a
    # job description, but here the page says its reader is one, so its orders are the
    # Applicant's
    page = ("<html><body><main>\n"
            "<h1>Apply for a street trading licence</h1>\n"
            "<h2>Who is involved</h2>\n<dl>\n"
            "<dt>You, the applicant</dt><dd>the trader who will hold the licence.</dd>\n"
            "<dt>The Licensing Team (we)</dt><dd>part of the council's Regulatory "
            "Services.</dd>\n</dl>\n"
            "<h2>Applying</h2>\n"
            "<p>Send us a plan of the pitch. We check the plan.</p>\n"
            "</main></body></html>\n")
    cells = cells_of_text(tmp_path / "licence.html", page)
    assert cells[("Applicant", "Send a plan of the pitch")] == "A/R", cells
    assert cells[("Licensing Team", "Send a plan of the pitch")] == "I", cells
    assert cells[("Licensing Team", "Check the plan")] == "A/R", cells
    # the descriptions under the terms say who each party is: no duty of theirs
    assert ("Applicant", "Trader who will hold the licence") not in cells, cells
    assert len(cells) == 3, cells


def test_a_description_of_who_a_party_is_gives_no_row(tmp_path: Path) -> None:
    # "the company that ...", "an occupational therapist from ...", "part of ...": a
    # noun phrase that says who the term's party is; a verb under the term is still its duty
    page = ("<html><body><main>\n<h1>Garden waste collections</h1>\n"
            "<h2>Who is involved</h2>\n<dl>\n"
            "<dt>Waste Contractor</dt><dd>the company that empties the brown bins for the "
            "council.</dd>\n"
            "<dt>Recycling Officer</dt><dd>part of the council's Street Scene team.</dd>\n"
            "<dt>Crew Supervisor</dt><dd>Checks the rounds are finished each evening.</dd>\n"
            "</dl>\n</main></body></html>\n")
    cells = cells_of_text(tmp_path / "garden.html", page)
    assert cells == {("Crew Supervisor", "Check the rounds are finished each evening"): "A/R"
                     }, cells


def test_a_contact_list_with_phone_numbers_names_the_people(tmp_path: Path) -> None:
    # "Groundsman ....... Dev Rao   07700 900 311": the number after the name is how to
    # reach them, no part of it; "Dev" later is the Groundsman
    notes = ("CRICKET CLUB NOTES\n\n"
             "CONTACTS\n"
             "--------\n"
             "Fixtures Secretary ....... Alison Pryce     01632 960 412\n"
             "Groundsman ............... Dev Rao          07700 900 311\n\n"
             "MATCH DAYS\n\n"
             "Alison confirms the umpires by the Thursday before.\n"
             "Dev rolls the square on the morning of the match.\n")
    cells = cells_of_text(tmp_path / "club.txt", notes)
    assert cells[("Fixtures Secretary", "Confirm the umpires")] == "A/R", cells
    assert cells[("Groundsman", "Roll the square")] == "A/R", cells


def test_a_title_for_two_parties_names_no_single_reader(tmp_path: Path) -> None:
    # "Notes for Stewards and Exhibitors": two parties, not one role "Stewards and
    # Exhibitor" taking the page's lines; each stays a role of its own
    notes = ("Notes for Stewards and Exhibitors\n\n"
             "The exhibitor sets up the stand before nine.\n"
             "The steward checks the passes at the gate.\n")
    cells = cells_of_text(tmp_path / "show.txt", notes)
    assert cells == {("Exhibitor", "Set up the stand before nine"): "A/R",
                     ("Steward", "Check the passes at the gate"): "A/R"}, cells


def test_a_hyphenated_holder_is_a_person(tmp_path: Path) -> None:
    # "the plot-holder", "key-holders": a person word after the thing they hold
    notes = ("Allotment rules\n\n"
             "The plot-holder keeps the paths clear.\n"
             "The Site Secretary re-lets an empty plot within a month.\n")
    cells = cells_of_text(tmp_path / "plots.txt", notes)
    assert cells[("Plot-holder", "Keep the paths clear")] == "A/R", cells


def test_labelled_lines_of_duties_under_a_role_are_its_list(tmp_path: Path) -> None:
    # "Groundsman - Dev" over "  Daily:  mows ..." with lines carried on below at the
    # text's indent: each line that opens with a verb is a duty of the Groundsman, the
    # others carry on the duty above; the labels ("Daily", "Monthly") are no roles
    notes = ("PAVILION NOTES\n\n"
             "Groundsman - Dev\n"
             "  Daily:    mows the outfield and sweeps the changing rooms\n"
             "            waters the square before the covers go on\n"
             "  Monthly:  services the roller and the mower at the depot on\n"
             "            the far side of the ground\n\n"
             "Cleaner - Ana\n"
             "  Cleans the tea room after each match.\n")
    cells = cells_of_text(tmp_path / "pavilion.txt", notes)
    assert cells == {("Groundsman", "Mow the outfield"): "A/R",
                     ("Groundsman", "Sweep the changing rooms"): "A/R",
                     ("Groundsman", "Water the square before the covers go"): "A/R",
                     ("Groundsman", "Service the roller and the mower"): "A/R",
                     ("Cleaner", "Clean the tea room after each match"): "A/R"}, cells


def test_a_table_of_cases_with_a_maker_by_column(tmp_path: Path) -> None:
    # "Species | Feeding plan by | Night checks | Plan agreed with | Keep updated": each
    # row is named by its case; "Feeding plan by" names who does it (a noun before "by"),
    # "Night checks" (a head no word table knows) names others who work on it, "Plan
    # agreed with" those consulted, "Keep updated" those told. "Raptors" are no people,
    # and a cell naming only roles never names the row
    page = ("# Aviary care\n\n"
            "| Species | Feeding plan by | Night checks | Plan agreed with | Keep updated |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| Raptors | Head Keeper | Night Keeper | Zoo Vet | Curator |\n"
            "| Parrots | Zoo Vet | Head Keeper | – | Curator |\n")
    cells = cells_of_text(tmp_path / "aviary.md", page)
    assert cells == {("Head Keeper", "Raptors"): "A/R", ("Night Keeper", "Raptors"): "R",
                     ("Zoo Vet", "Raptors"): "C", ("Curator", "Raptors"): "I",
                     ("Zoo Vet", "Parrots"): "A/R", ("Head Keeper", "Parrots"): "R",
                     ("Curator", "Parrots"): "I"}, cells


def test_you_with_the_role_in_brackets_names_the_reader(tmp_path: Path) -> None:
    # "When a visitor arrives, you (the Gate Steward) are the first ...": the reader is
    # named in brackets after "you" inside a sentence, so the orders below are that role's
    page = ("# Open garden day: at the gate\n\n"
            "The Garden Manager plans the route round the beds.\n\n"
            "## At the gate\n\n"
            "When a visitor arrives, you (the Gate Steward) are the first person they "
            "meet.\n\n"
            "- Check the tickets.\n"
            "- Hand out the garden map.\n")
    cells = cells_of_text(tmp_path / "garden.md", page)
    assert cells[("Gate Steward", "Check the tickets")] == "A/R", cells
    assert cells[("Gate Steward", "Hand out the garden map")] == "A/R", cells


def test_who_else_is_involved_is_consulted(tmp_path: Path) -> None:
    # "Trigger | What happens | Who | Who else is involved": the others a row involves
    # are consulted beside its doer; "(informed)" after one says it is told
    page = ("# Late returns\n\n"
            "| Trigger | What happens | Who | Who else is involved |\n"
            "| --- | --- | --- | --- |\n"
            "| Book a week overdue | Reminder e-mail | Library Assistant | Branch Librarian |\n"
            "| Book a month overdue | Replacement charge | Branch Librarian | "
            "Finance Officer (informed) |\n")
    cells = cells_of_text(tmp_path / "returns.md", page)
    assert cells[("Branch Librarian", "Reminder e-mail")] == "C", cells
    assert cells[("Finance Officer", "Replacement charge")] == "I", cells


def test_what_you_do_and_what_we_do_columns_are_each_sides_act(tmp_path: Path) -> None:
    # "Problem | What you do | What we do": each cell is one act of the page's reader or of
    # the team its "we" stands for, named as written; "us" in the reader's act tells the
    # team, a clause after a receiver ("..., who ...") is no part of the act
    page = ("<html><body><main>\n<h1>Report a faulty street light</h1>\n"
            "<h2>Who is involved</h2>\n<dl>\n"
            "<dt>You, the applicant</dt><dd>anyone who lives on the street.</dd>\n"
            "<dt>The Street Lighting Team (we)</dt><dd>part of Highways.</dd>\n</dl>\n"
            "<table><thead><tr><th>Problem</th><th>What you do</th><th>What we do</th></tr>"
            "</thead><tbody>\n"
            "<tr><td>Light out</td><td>Tell us the column number</td>"
            "<td>Replace the lamp and test the column</td></tr>\n"
            "<tr><td>Column hit by a car</td><td>Ring us at once</td>"
            "<td>Pass it to the Electrical Contractor, who makes the column safe</td></tr>\n"
            "</tbody></table>\n</main></body></html>\n")
    cells = cells_of_text(tmp_path / "lights.html", page)
    assert cells[("Applicant", "Tell us the column number")] == "A/R", cells
    assert cells[("Street Lighting Team", "Tell us the column number")] == "I", cells
    assert cells[("Street Lighting Team", "Replace the lamp and test the column")] == "A/R", \
        cells
    assert cells[("Street Lighting Team", "Pass it to the Electrical Contractor")] == "A/R", \
        cells


def test_a_letter_after_a_name_in_a_cell_is_no_part_of_it(tmp_path: Path) -> None:
    # "Caretaker told" in a column of who else: the word after the name says how the
    # Caretaker takes part; no role "Caretaker told" is made of it
    page = ("# Hall bookings\n\n"
            "| When | What | Who | Who else |\n| --- | --- | --- | --- |\n"
            "| Monday | Confirm the booking | Bookings Clerk | Caretaker told |\n"
            "| Friday | Lock the hall | Caretaker | – |\n")
    cells = cells_of_text(tmp_path / "hall.md", page)
    assert {role for role, _act in cells} == {"Bookings Clerk", "Caretaker"}, cells


def test_a_party_told_twice_in_lower_case_is_a_role(tmp_path: Path) -> None:
    # "tells the finder ...", "rings the finder ...": a party written only in lower
    # case, told by the page's roles twice, is a role told (I); told once, it is not
    # (a party of a kind parties usually are, such as a borrower or a tenant, counts at once)
    notes = ("Lost property\n\n"
             "The Desk Assistant tells the finder the collection date.\n"
             "The Office Manager rings the finder when the item is claimed.\n")
    cells = cells_of_text(tmp_path / "found.txt", notes)
    assert cells[("Finder", "Tell the finder the collection date")] == "I", cells
    once = ("Lost property\n\n"
            "The Desk Assistant tells the finder the collection date.\n"
            "The Office Manager logs the item when it is claimed.\n")
    cells = cells_of_text(tmp_path / "once.txt", once)
    assert "Finder" not in {role for role, _act in cells}, cells
