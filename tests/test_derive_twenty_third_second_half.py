"""Shapes of procedures, runbooks and handbook pages: an AsciiDoc table whose cells run
over lines, a who's-who line giving a role and a given name alone. Every text here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str) -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_an_asciidoc_cell_run_on_ends_where_the_next_cells_start(tmp_path: Path) -> None:
    # a long cell wraps, and the next cells start on its second line
    cells = _cells(tmp_path, "= Returning hired plant\n:toc:\n\n== Steps\n\n"
                   '[cols="1,3,2,2",options="header"]\n|===\n'
                   "|# |Step |Who |Told\n"
                   "|1 |Photograph the excavator and note every scratch on the off-hire\n"
                   "form |Site Foreman |Plant Coordinator\n"
                   "|2 |Book the collection with the hire desk\n"
                   "|Plant Coordinator |Site Foreman\n"
                   "|===\n", "plant.adoc")
    photographed = next(act for role, act in cells
                        if role == "Site Foreman" and act.startswith("Photograph"))
    assert cells[("Site Foreman", photographed)] == "A/R", cells
    assert cells[("Plant Coordinator", photographed)] == "I", cells
    assert cells[("Plant Coordinator", "Book the collection with the hire desk")] == "A/R", \
        cells
    assert cells[("Site Foreman", "Book the collection with the hire desk")] == "I", cells


def test_a_role_dash_given_name_line_makes_the_name_that_role(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Bakery mornings\n\n## Who's who\n\n"
                   "- **Head Baker** – Ifeoma. Owns the recipes.\n"
                   "- **Counter Lead** – Bartek. Runs the shop floor.\n\n"
                   "## Each morning\n\n"
                   "Ifeoma proves the dough and bakes the first batch. Bartek counts the till "
                   "float before opening.\n", "bakery.md")
    assert any(role == "Head Baker" and act.startswith("Prove the dough")
               for role, act in cells), cells
    assert any(role == "Counter Lead" and act.startswith("Count the till float")
               for role, act in cells), cells


def test_a_person_stays_with_a_role_written_two_ways(tmp_path: Path) -> None:
    # the table's "Ops Manager" is written out as the role's name; Sam still holds it
    cells = _cells(tmp_path, "# Yard\n\n## Who's who\n\n"
                   "- **Ops Manager** – Sam. Money and the stock system.\n"
                   "- **Yard Lead** – Oluwaseun. Runs the yard.\n\n"
                   "## Deliveries\n\n"
                   "| Task | Does it |\n| --- | --- |\n"
                   "| Count the pallets against the note | Ops Manager |\n"
                   "| Sweep the bay | Yard Lead |\n\n"
                   "Sam files the delivery notes for six years. Oluwaseun locks the gate.\n",
                   "yard.md")
    counter = next(role for role, act in cells if act.startswith("Count the pallets"))
    assert any(role == counter and act.startswith("File the delivery notes")
               for role, act in cells), cells


def test_a_checks_it_column_answers_for_the_row(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Closing the kitchen\n\n"
                   "| Task | Does it | Checks it |\n| --- | --- | --- |\n"
                   "| Empty and clean the fryers | Kitchen Porter | Sous Chef |\n"
                   "| Label and date the leftovers | Commis Chef | Sous Chef |\n",
                   "kitchen.md")
    assert cells[("Kitchen Porter", "Empty and clean the fryers")] == "R", cells
    assert cells[("Sous Chef", "Empty and clean the fryers")] == "A", cells


def test_a_short_title_word_stays_when_the_page_never_writes_it_out(tmp_path: Path) -> None:
    # the page names the role "Ops Manager" in its text and never writes "Ops" out: the
    # role keeps the page's spelling
    cells = _cells(tmp_path, "# Goods in\n\n"
                   "The Ops Manager answers for the yard.\n\n"
                   "| Task | Does it | Tell |\n| --- | --- | --- |\n"
                   "| Book the delivery slot | Ops Manager | Yard Lead |\n"
                   "| Sweep the loading bay | Yard Lead | |\n", "goods.md")
    assert cells[("Ops Manager", "Book the delivery slot")] == "A/R", cells


def test_a_short_title_word_is_written_out_as_the_page_writes_it(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Goods in\n\n"
                   "The Operations Manager answers for the yard.\n\n"
                   "| Task | Does it | Tell |\n| --- | --- | --- |\n"
                   "| Book the delivery slot | Ops Manager | Yard Lead |\n"
                   "| Sweep the loading bay | Yard Lead | |\n", "goods.md")
    assert cells[("Operations Manager", "Book the delivery slot")] == "A/R", cells


def test_a_roster_led_by_dots_goes_on_with_roles_no_word_marks(tmp_path: Path) -> None:
    # the last lines' roles end on no post's word; they are still roles, not tasks
    cells = _cells(tmp_path, "HARBOUR OFFICE\n\nWHO IS INVOLVED\n\n"
                   "  Harbour Master ............ Ines Duarte\n"
                   "  Berthing Officer .......... the berthing team\n"
                   "  Mooring Holder ............ the person holding the mooring\n\n"
                   "1. ALLOCATING A MOORING\n\n"
                   "The Berthing Officer checks the waiting list each month. The Mooring "
                   "Holder must pay the annual fee before the season starts.\n",
                   "moorings.txt")
    assert all(act != "Mooring Holder" for _role, act in cells), cells
    assert any(role == "Mooring Holder" and act.startswith("Pay the annual fee")
               for role, act in cells), cells


def test_a_list_of_nouns_sent_to_a_party_stays_one_object(tmp_path: Path) -> None:
    # "grants" could be a verb, but "grants and refusals to the Committee" ends the list
    cells = _cells(tmp_path, "# Reporting\n\n"
                   "The Permits Manager reports the number of requests, grants and refusals "
                   "to the Transport Committee.\n", "permits.md")
    assert all(not act.lower().startswith("grants") for _role, act in cells), cells
    reported = next(act for role, act in cells if role == "Permits Manager")
    assert "refusals" in reported, cells


def test_letters_made_the_object_of_a_passive_name_no_role(tmp_path: Path) -> None:
    # "The RSM is tested ... by Ifeoma": the sample, not an actor
    cells = _cells(tmp_path, "# Repairs\n\n## Who's who\n\n"
                   "- **Bench Technician** – Ifeoma. Runs the bench.\n\n## Steps\n\n"
                   "The Bench Technician orders a return sample (RSM). The RSM is tested on "
                   "the rig by Ifeoma within two days, and kept for a month. Ifeoma signs off "
                   "every repair.\n", "repairs.md")
    assert all(role != "RSM" for role, _act in cells), cells
    assert any(role == "Bench Technician" for role, _act in cells), cells


def test_them_after_into_or_onto_stands_for_the_object_before(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Radios\n\n"
                   "The Stores Clerk loads the returned radios into the charging rack and "
                   "labels them with the date.\n", "radios.md")
    assert cells[("Stores Clerk", "Label the returned radios with the date")] == "A/R", cells


def test_them_may_stand_for_one_person(tmp_path: Path) -> None:
    # "them" for the one applicant; never for a person when a plural follows
    cells = _cells(tmp_path, "# Permits\n\n"
                   "The Permits Clerk will book the applicant onto the next induction, and "
                   "send them the joining letter.\n\n"
                   "The Site Manager sends a porter to the gate to meet the paramedics and "
                   "guide them to the ward.\n", "permits.md")
    assert cells[("Permits Clerk", "Send the applicant the joining letter")] == "A/R", cells
    assert all("porter to the ward" not in act for _role, act in cells), cells


def test_a_passive_done_by_a_roles_holder_is_that_roles(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Bakery\n\n## Who's who\n\n"
                   "- **Head Baker** – Ifeoma. Owns the recipes.\n"
                   "- **Counter Lead** – Bartek. Runs the shop.\n\n## Records\n\n"
                   "- The temperature log is kept by Ifeoma and is never thrown away.\n"
                   "- The flour order is placed by Bartek on Fridays.\n\n"
                   "Ifeoma bakes the rolls. Bartek opens the shop.\n", "bakery.md")
    assert cells[("Head Baker", "Keep the temperature log")] == "A/R", cells
    assert cells[("Counter Lead", "Place the flour order")] == "A/R", cells


def test_them_receiving_a_thing_is_the_person_named_before(tmp_path: Path) -> None:
    # "them" is whom the photos go to, the supplier, not the claim
    cells = _cells(tmp_path, "# Damaged stock\n\n"
                   "The Stock Controller raises a claim with the supplier within five days, "
                   "sending them the delivery note and the photos.\n", "claims.md")
    assert any(role == "Stock Controller" and
               act.startswith("Send the supplier the delivery note")
               for role, act in cells), cells


def test_them_stands_for_the_person_of_an_opening_clause(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Buying\n\n"
                   "When a supplier quotes, the Buyer asks them for a sample and logs the "
                   "quote.\n", "buying.md")
    assert cells[("Buyer", "Ask a supplier for a sample")] == "A/R", cells


def test_it_in_an_item_stands_for_the_object_of_its_lead_in(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Hiring\n\n## Applications\n\n"
                   "The Recruitment Officer checks each application and:\n\n"
                   "- sends it to two panel members for scoring;\n"
                   "- asks the Payroll Clerk to confirm the salary band.\n", "hiring.md")
    assert any(role == "Recruitment Officer" and
               act.startswith("Send each application to two panel members")
               for role, act in cells), cells


def test_a_party_a_tables_step_names_gets_its_letter(tmp_path: Path) -> None:
    # columns of who does it and who is kept informed; the step itself names a third role
    cells = _cells(tmp_path, "# Event\n\n"
                   "| Task | Owner | Keep informed |\n| --- | --- | --- |\n"
                   "| Send the seating plan to the Client | Events Coordinator | Head Chef |\n"
                   "| Confirm the numbers with the Client | Events Coordinator | |\n"
                   "| Order the flowers | Florist Liaison | Client |\n", "event.md")
    assert cells[("Client", "Send the seating plan to the Client")] == "I", cells
    assert cells[("Head Chef", "Send the seating plan to the Client")] == "I", cells
    assert cells[("Client", "Confirm the numbers with the Client")] == "C", cells
