"""Shapes of real procedures, job pages and role tables: a firm's name in a running
header, and what a duty keeps of its sentence. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "procedure.txt") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_a_firm_named_with_a_capitalised_gerund_does_no_duty(tmp_path: Path) -> None:
    # "Ashtower Catering · ...": the header names the firm; "Catering" is no verb of it
    cells = _cells(tmp_path, "Ashtower Catering · Kitchen procedure 2\n\n"
                   "# Taking deliveries\n\n## Introduction\n\n"
                   "This guide says what happens when a local authority asks Ashtower to find "
                   "a cook for a school.\n\n## Deliveries\n\n"
                   "The Stores Clerk checks each delivery and tells the Head Cook of any "
                   "shortage.\n", "kitchen.md")
    assert all(role != "Ashtower" for role, _act in cells), cells
    assert cells[("Stores Clerk", "Check each delivery")] == "A/R", cells


def test_a_checks_reported_to_column_tells_its_roles(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Closing the pool\n\n"
                   "| Check | Done by | Reported to |\n| --- | --- | --- |\n"
                   "| Plant room locked | Pool Attendant | Duty Manager |\n"
                   "| Chlorine reading logged | Plant Technician | Duty Manager |\n",
                   "pool.md")
    assert cells[("Pool Attendant", "Plant room locked")] == "A/R", cells
    assert cells[("Duty Manager", "Plant room locked")] == "I", cells
    assert cells[("Duty Manager", "Chlorine reading logged")] == "I", cells


def test_a_second_verb_over_a_bare_singular_noun_is_a_second_duty(tmp_path: Path) -> None:
    # "collects postage": "collects" could be a plural noun, but no plural noun stands
    # before a bare singular one at the end of a duty: it is a verb with its own object
    cells = _cells(tmp_path, "# Posting parcels\n\n"
                   "| Role | Duties |\n| --- | --- |\n"
                   "| Post Clerk | Weighs the parcels with the sender and collects postage |\n",
                   "post.md")
    assert cells[("Post Clerk", "Collect postage")] == "A/R", cells
    assert any(role == "Post Clerk" and act.startswith("Weigh the parcels")
               for role, act in cells), cells


def test_a_remark_in_brackets_before_the_recipient_still_tells_it(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Freight\n\n"
                   "The Buyer books the van and sends the load's details (size, weight and "
                   "route) to the Depot Manager. The Storekeeper checks the delivery.\n",
                   "freight.md")
    sent = [act for role, act in cells if role == "Buyer" and act.startswith("Send")]
    assert sent, cells
    assert cells[("Depot Manager", sent[0])] == "I", cells


def test_copying_a_role_in_on_a_sending_tells_it_and_is_no_duty(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Purchase orders\n\n"
                   "The Buyer sends the order to the Supplier and copies in the Finance "
                   "Officer. The Finance Officer pays the invoice.\n", "orders.md")
    assert cells[("Buyer", "Send the order to the Supplier")] == "A/R", cells
    assert cells[("Finance Officer", "Send the order to the Supplier")] == "I", cells
    assert not any(act.lower().startswith("copy") for _role, act in cells), cells


def test_copying_a_role_in_after_its_name_tells_it_too(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Purchase orders\n\n"
                   "The Buyer sends the order to the Supplier and copies the Finance Officer "
                   "in. The Finance Officer pays the invoice.\n", "orders.md")
    assert cells[("Finance Officer", "Send the order to the Supplier")] == "I", cells
    assert not any(act.lower().startswith("copy") for _role, act in cells), cells


def test_copying_a_role_without_in_tells_it_too(tmp_path: Path) -> None:
    # "copies the Finance Officer": a person copied, told; "copies the invoice" stays work
    cells = _cells(tmp_path, "# Purchase orders\n\n"
                   "The Buyer sends the order to the Supplier and copies the Finance Officer. "
                   "The Finance Officer copies the invoice.\n", "orders.md")
    assert cells[("Finance Officer", "Send the order to the Supplier")] == "I", cells
    assert cells[("Finance Officer", "Copy the invoice")] == "A/R", cells
    assert ("Buyer", "Copy the Finance Officer") not in cells, cells


def test_what_a_named_party_is_told_stays_in_the_duty(tmp_path: Path) -> None:
    # "tells the Site Office that the yard is clear": the "that" clause is what is said,
    # no relative clause to cut
    cells = _cells(tmp_path, "# Closing the yard\n\n"
                   "The Gate Keeper tells the Site Office that the yard is clear. The Site "
                   "Office locks the barrier.\n", "yard.md")
    told = "Tell the Site Office that the yard is clear"
    assert cells[("Gate Keeper", told)] == "A/R", cells
    assert cells[("Site Office", told)] == "I", cells


def test_hands_and_ratings_named_by_where_they_work_are_roles(tmp_path: Path) -> None:
    # (named in lower case twice, as a role the document writes so)
    cells = _cells(tmp_path, "# After the show\n\n"
                   "The Stage Manager calls the half. Stage hands strike the set. The flats "
                   "are stacked by the stage hands.\n\n"
                   "Engine ratings drain the bilges. The engine ratings also clean the "
                   "filters.\n", "show.md")
    assert cells[("Stage Hand", "Strike the set")] == "A/R", cells
    assert cells[("Stage Hand", "Stack the flats")] == "A/R", cells
    assert cells[("Engine Rating", "Drain the bilges")] == "A/R", cells


def test_such_a_thing_in_a_passive_is_named_without_a_second_article(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Loading\n\n"
                   "The Yard Clerk checks each trailer. Such a trailer is sealed by the Yard "
                   "Clerk.\n", "yard.md")
    assert cells[("Yard Clerk", "Seal the trailer")] == "A/R", cells


def test_a_title_with_an_accented_letter_is_a_role(tmp_path: Path) -> None:
    # "Café Manager", "Crèche Supervisor": a title word with a letter outside plain ASCII is
    # still a capitalised word of a title, as a heading over duties and as a subject
    page = ("# Café Manager\n\n- Orders the coffee beans\n- Trains the new baristas\n\n"
            "# Events Coordinator\n\n- Books the function room\n")
    cells = _cells(tmp_path, page, "roles.md")
    assert cells[("Café Manager", "Order the coffee beans")] == "A/R", cells
    assert cells[("Events Coordinator", "Book the function room")] == "A/R", cells
    prose = ("The Crèche Supervisor signs each child in. The Events Coordinator books the "
             "function room.\n")
    cells = _cells(tmp_path, prose, "notes.txt")
    assert any(role == "Crèche Supervisor" for (role, _act) in cells), cells
    # (and a title word opening on an accented capital)
    cells = _cells(tmp_path, "# École Coordinator\n\n- Books the school visits\n", "e.md")
    assert cells == {("École Coordinator", "Book the school visits"): "A/R"}, cells
