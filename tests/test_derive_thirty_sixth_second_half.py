"""Shapes of writing studied in the thirty-sixth held-out set's second half, each read
wherever it appears. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

GROUP_AMONG_ROLES = """# Café: who does what

## Who does what

**Head Chef (Rosa)**: Writes the menu every Monday. Orders the fish from the market.

**Waiters**: Lay the tables before opening. Clear the tables after each sitting.

**Back office**: Pay the suppliers at the end of the month. Answer the bookings inbox.
"""


def test_a_label_naming_a_group_among_role_labels_is_a_role(tmp_path: Path) -> None:
    # "**Back office**: Pay the suppliers ...": no role word, but it stands among labels
    # naming roles over their duties, and its own lines are duties
    cells = cells_of_text(tmp_path / "cafe.md", GROUP_AMONG_ROLES)
    assert cells[("Back Office", "Pay the suppliers at the end of the month")] == "A/R", cells
    assert cells[("Back Office", "Answer the bookings inbox")] == "A/R", cells
    assert cells[("Head Chef", "Write the menu every Monday")] == "A/R", cells


PLURAL_AND_PARTICLE = """# Theatre front of house

## Who does what

**Cloakroom Attendant**: Check coats in at the desk. Hand out the tickets.

**Usher**: Show guests to their seats. Sell the programmes.
"""


def test_an_order_of_a_verb_a_plural_and_its_particle(tmp_path: Path) -> None:
    # "Check coats in at the desk": the plural is the verb's object, the particle its own
    cells = cells_of_text(tmp_path / "theatre.md", PLURAL_AND_PARTICLE)
    assert cells[("Cloakroom Attendant", "Check coats in at the desk")] == "A/R", cells


TIME_BEFORE_PRONOUN = """# Print room

## Proofs

The Editor reads the proof the same morning and sends it to the printer.
"""


def test_a_pronoun_after_a_time_phrase_stands_for_the_object_before_it(
        tmp_path: Path) -> None:
    # "reads the proof the same morning and sends it ...": "it" is the proof, not the
    # morning
    cells = cells_of_text(tmp_path / "print.md", TIME_BEFORE_PRONOUN)
    assert cells[("Editor", "Send the proof to the printer")] == "A/R", cells
    assert not any(act.startswith("Send the same morning") for _role, act in cells), cells


MEMBERS_HEADING = """Darkroom Rules
==============

Roles
-----

Darkroom Manager (Tess Vine)
    Orders the chemicals every month. Keeps the booking diary.

Technician
    Mixes the developer each Monday.

Members
    Sign the booking sheet before each session.

Checks
------

.. list-table::
   :header-rows: 1

   * - Task
     - Done by
   * - Enlarger cleaning
     - Members
"""


def test_members_heading_their_own_duties_are_a_party(tmp_path: Path) -> None:
    # "Members" over their own duties among the roles, and in a "Done by" column: the
    # members take part, though "members" alone is most often said of another body
    cells = cells_of_text(tmp_path / "darkroom.rst", MEMBERS_HEADING)
    assert cells[("Member", "Sign the booking sheet before each session")] == "A/R", cells
    assert cells[("Member", "Enlarger cleaning")] == "A/R", cells


SECOND_DUTY_ON_ANYONE = """# Allotment society

## Rents

The Treasurer will send the rent invoices by 1 May and chase anyone still unpaid in June.
"""


def test_a_second_duty_whose_object_is_anyone(tmp_path: Path) -> None:
    # "... and chases anyone still unpaid": a second verb with an object of its own
    cells = cells_of_text(tmp_path / "allotments.md", SECOND_DUTY_ON_ANYONE)
    assert cells[("Treasurer", "Chase anyone still unpaid in June")] == "A/R", cells
    assert cells[("Treasurer", "Send the rent invoices by 1 May")] == "A/R", cells


JOINT_LABEL = """# Sports hall: the late shift

## On the night

- Duty Manager: opens the hall at 18:00
- Lifeguards: check the pool cover at 21:00
- Duty Manager and Lifeguards together: clear the pool if the alarm sounds
"""


def test_two_roles_labelling_one_order_do_it_together(tmp_path: Path) -> None:
    # "Duty Manager and Lifeguards together: clear ...": the label is the order's joint
    # subject, the first named answering for it
    cells = cells_of_text(tmp_path / "hall.md", JOINT_LABEL)
    assert cells[("Duty Manager", "Clear the pool if the alarm sounds")] == "A/R", cells
    assert cells[("Lifeguard", "Clear the pool if the alarm sounds")] == "R", cells


VERB_DONE_AGAIN = """# Charity shop

## Who does what

- Shop Volunteers: reshelve and sort the books after closing
- The Shop Manager rebooks the collection van when a driver cancels.
"""


def test_a_verb_written_with_re_before_it_is_a_verb(tmp_path: Path) -> None:
    # "reshelve", "rebooks": "shelve" and "book" done again, verbs the word tables lack
    cells = cells_of_text(tmp_path / "shop.md", VERB_DONE_AGAIN)
    assert cells[("Shop Volunteer", "Reshelve and sort the books after closing")] == "A/R", cells
    assert any(role == "Shop Manager" and act.startswith("Rebook the collection van")
               for role, act in cells), cells


TITLE_ENDING_IN_A_VERB_FORM = """# Open day

## Before the day

- The Head of Estate Services signs off the floor plan by 1 May
- The Customer Services Manager books the stewards
"""


def test_a_title_whose_last_word_could_be_a_verb(tmp_path: Path) -> None:
    # "Head of Estate Services signs off ...": "Services" is the title's last word, not
    # its verb, so no "Head of Estate" is drafted
    cells = cells_of_text(tmp_path / "open-day.md", TITLE_ENDING_IN_A_VERB_FORM)
    roles = {role for role, _act in cells}
    assert "Head of Estate" not in roles, cells
    assert "Customer" not in roles, cells
    assert any(role == "Customer Services Manager" and act.startswith("Book the stewards")
               for role, act in cells), cells


HOURS_AS_SUBJECT = """# Reading room

## Opening

The Librarian posts the opening hours on the door.

Hours must match the ones on the website. Hours change in August.
"""


def test_units_of_time_as_a_subject_are_no_group_of_people(tmp_path: Path) -> None:
    # "Hours must match the ones ...": hours do nothing; no role "Hour"
    cells = cells_of_text(tmp_path / "reading.md", HOURS_AS_SUBJECT)
    assert all(role != "Hour" for role, _act in cells), cells


TITLE_CASE_ORDERS = """# Hotel desk

## Steps

Reception Books Rooms for late guests. The Housekeeper Cleans Rooms after checkout.
The Head of Building Services Checks the boilers.
"""


def test_capitalised_verbs_after_a_title_stay_verbs(tmp_path: Path) -> None:
    # "The Housekeeper Cleans Rooms ...": every word capitalised, "Cleans" still the verb;
    # "Services Checks the boilers": "Checks" is the verb before "the"
    cells = cells_of_text(tmp_path / "hotel.md", TITLE_CASE_ORDERS)
    assert any(role == "Housekeeper" and act.startswith("Clean Rooms")
               for role, act in cells), cells
    assert any(role == "Head of Building Services" and act.startswith("Check the boilers")
               for role, act in cells), cells


KIND_OF_WORK_AMONG_ROLES = """# Bike shop: who does what

## Who does what

**Workshop Manager**: Books the services. Orders parts every week.

**Mechanics**: Carry out repairs. Test every bike before handover.

**Sales Assistant**: Greets customers. Takes payments.

**Deliveries**: Check the van before each run.
"""


def test_a_plural_label_naming_a_kind_of_work_is_no_role(tmp_path: Path) -> None:
    # "**Deliveries**: Check the van ...": a kind of work, not a group of people
    cells = cells_of_text(tmp_path / "bikes.md", KIND_OF_WORK_AMONG_ROLES)
    assert not any(role == "Deliveries" for role, _ in cells), cells
    assert any(role == "Mechanic" for role, _ in cells), cells
