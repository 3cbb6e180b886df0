"""Shapes of the thirty-ninth set, studied (second half). Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

_FETE_EMAIL = """\
From: Joan Pryce <joan@millfield-fete.org.uk>
To: Fete Committee <committee@millfield-fete.org.uk>
Subject: Fete jobs

Hi all,

Here is the plan for the village fete, as we agreed on Monday.

TEAS (Marta)
Marta is baking the scones for the tea tent. She'll set up the urn in the barn.

RAFFLE (Oisin)
Oisin is selling the raffle tickets at the gate. He'll draw the winners at four.

Thanks,
Joan
"""


def test_a_topic_in_capitals_over_a_person_in_brackets_makes_the_person_the_role(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fete.txt", _FETE_EMAIL)
    roles = {role for role, _ in cells}
    # "TEAS (Marta)": a part of the work in capitals and who takes it on, no role "TEAS"
    assert not {"TEAS", "RAFFLE"} & roles
    assert cells[("Marta", "Set up the urn in the barn")] == "A/R"
    assert cells[("Oisin", "Draw the winners at four")] == "A/R"


_LENDING_NOTES = """\
# Lending

## Who's who

| Role | Name |
| --- | --- |
| Lending Manager | Órla Byrne |
| Loans Clerk | Sam Wood |

## Deciding

The Loans Board decides the largest loans at its Monday meeting; Órla presents every
case to the board.
"""


def test_a_holder_named_with_accented_letters_stands_for_the_role(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "lending.md", _LENDING_NOTES)
    # "Órla Byrne" holds the Lending Manager's post: "Órla presents ..." is the post's
    assert cells[("Lending Manager", "Present every case to the board")] == "A/R"
    assert cells[("Loans Board", "Present every case to the board")] == "I"


_ARREARS = """\
# Rent arrears

## Chasing

Housing Officers ring any tenant who owes two months' rent and agree a payment plan
with them, which the Rents Manager signs off.
"""


def test_a_plain_verb_after_a_relative_clause_in_the_third_person_is_the_subjects(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "arrears.md", _ARREARS)
    # "who owes ... and agree": "agree" cannot carry on "who owes"; the officers agree
    # the plan, which the Rents Manager signs off
    assert cells[("Rents Manager", "Agree a payment plan")] == "A/R"
    assert cells[("Housing Officer", "Agree a payment plan")] == "R"
    assert ("Rents Manager", "Ring any tenant who owes two months' rent") not in cells


_REGATTA_BOARD = """\
{
  "tasks": [
    {"id": "RG-1", "name": "Lay the course buoys", "assignee": "Race Officer",
     "followers": ["Helms"]}
  ],
  "rules": [
    "Helms must sign the declaration sheet after every race.",
    "No spectators on the committee boat at any time."
  ]
}
"""


def test_a_list_of_sentences_in_a_board_export_is_read_as_prose(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "regatta.json", _REGATTA_BOARD)
    assert cells[("Race Officer", "Lay the course buoys")] == "A/R"
    # "rules": sentences, read as paragraphs: the helms' duty is a row of theirs
    assert cells[("Helms", "Sign the declaration sheet after every race")] == "A/R"


_COACH_DAY = """\
= Coach tour duties
Hillside Coaches

== Who does what

Tour Manager:: Plans the route for the tour.
Driver:: In charge of the coach and its passengers. Checks the tyres with the mechanic
before the first run.
Mechanic:: Services the engine every week.
"""


def test_a_title_that_is_a_letter_word_over_a_phrase_is_no_letter_line(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "coach.adoc", _COACH_DAY)
    # "Driver:: In charge of ...": the post's description, no "Driver" (R) giving a role
    # "In charge of the coach" its letter
    assert not any(role.startswith("In charge") for role, _ in cells)
    assert cells[("Driver", "Check the tyres with the mechanic before the first run")] == "A/R"
    assert cells[("Mechanic", "Check the tyres with the mechanic before the first run")] == "C"


_LIBRARY_DESK = """\
# Returns

## Paying fines

The Branch Librarian sets the fines each year. Customer services staff then record the
payment in the till and give the borrower a receipt.
"""


def test_a_plural_word_before_staff_is_part_of_the_title_not_its_verb(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "desk.md", _LIBRARY_DESK)
    # "Customer services staff then record ...": "services" names what the staff do,
    # the verb is "record"
    assert cells[("Customer Services Staff", "Record the payment in the till")] == "A/R"
    assert not any(role == "Customer" for role, _ in cells)
