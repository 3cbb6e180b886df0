"""Shapes of the thirty-ninth set, studied (second half). Every text here is written for
the test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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


_BONSPIEL_EMAIL = """\
Hi all,

Rinks for Saturday's bonspiel.

SKIP (Morag)
Morag sets the line-up and calls the shots. The Skip reports the score to the Draw
Master after the game.

Thanks
"""


def test_a_title_in_capitals_the_text_gives_work_to_is_still_the_role(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "bonspiel.txt", _BONSPIEL_EMAIL)
    # "SKIP (Morag)" and later "The Skip reports ...": a post and its holder, no topic
    assert cells[("SKIP", "Report the score to the Draw Master")] == "A/R"
    assert cells[("SKIP", "Set the line-up")] == "A/R"
    assert "Morag" not in {role for role, _ in cells}


_BOAT_CLUB = """\
club: Riverside Rowing Club
Treasurer:
  - Pays the invoices each month.
  - Keeps the books up to date for the auditor.
Captain:
  - Sets the crews for every outing.
  - Checks the boats before each outing.
"""


def test_a_role_over_a_list_of_sentences_keeps_them_as_its_duties(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "officers.yaml", _BOAT_CLUB)
    # a list of sentences under a role's name: the role's duties, no prose without a doer
    assert cells[("Treasurer", "Pay the invoices each month")] == "A/R"
    assert cells[("Captain", "Set the crews for every outing")] == "A/R"


_RUNBOOK = """\
# Release

## Deploy to production

Responsible: Release Manager
Consulted: Database Lead, To be confirmed
Informed: Support Desk

## Rollback

Responsible: On-call Engineer
Informed: To be confirmed
"""


def test_a_letter_line_that_names_nobody_keeps_the_lines_around_it(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "runbook.md", _RUNBOOK)
    # "Informed: To be confirmed" names nobody: no role of that name, and the lines
    # before it still give their roles their letters
    assert cells[("On-call Engineer", "Rollback")] == "A/R"
    assert cells[("Database Lead", "Deploy to production")] == "C"
    assert not any(role.startswith("To be") for role, _ in cells)


_RENT_DESK = """\
# Rent arrears

## Chasing

Officers ring any tenant who wants to pay early and agree a plan with the Rents Manager.
"""


def test_a_plain_verb_after_an_infinitive_in_the_clause_carries_it_on(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "desk.md", _RENT_DESK)
    # "who wants to pay early and agree a plan": "agree" may carry on "to pay", the
    # tenant's wish, no duty of the officers
    assert ("Officer", "Agree a plan with the Rents Manager") not in cells


def test_a_name_in_a_cell_is_read_one_way_whatever_its_letters() -> None:
    from raci.derive.roles import _PERSON_IN_CELL, NAME_LOWER, NAME_UPPER

    # no letter is both a capital and a small letter of a name, so a long word is parted
    # at its capitals only (a letter in both let a 10,000-letter cell take minutes)
    both = [c for c in map(chr, range(0x41, 0x250))
            if re.fullmatch(NAME_UPPER, c) and re.fullmatch(NAME_LOWER, c)]
    assert both == []
    for name in ("Órla Byrne", "Zoë Müller", "Łukasz Wiśniewski", "Rhona MacAskill"):
        assert _PERSON_IN_CELL.fullmatch(name), name
    assert _PERSON_IN_CELL.fullmatch("łukasz wiśniewski") is None


_OUTAGE = """\
# Incidents

## Restore the service

Responsible: On Call Engineer
Accountable: Head of Operations
Informed: Service Desk
"""


def test_a_title_that_opens_on_a_preposition_is_still_given_its_letter(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "outage.md", _OUTAGE)
    # "On Call Engineer" opens on "On" but is a title, no phrase
    assert cells[("On Call Engineer", "Restore the service")] == "R"
    assert cells[("Head of Operations", "Restore the service")] == "A"


_GAMES_EMAIL = """\
Hi team,

GAMES (Ade and Bea)
Ade is running the tombola. Bea will judge the fancy dress.

BAR (Tom, Kim and Lou)
Tom orders the beer. Kim pulls the pints. Lou washes the glasses.
"""


def test_the_people_under_a_topic_come_in_the_same_order_on_every_run(
        tmp_path: Path) -> None:
    # the roles of the people in brackets are listed as written, whatever order the
    # interpreter's hashing gives a set of their names
    (tmp_path / "games.txt").write_text(_GAMES_EMAIL, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    drafts = []
    for seed in ("1", "2"):  # (two seeds that order the names apart)
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "raci", "derive", "games.txt", "-o",
                               f"draft{seed}.toml"], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        drafts.append((tmp_path / f"draft{seed}.toml").read_text(encoding="utf-8"))
    assert 'name = "Bea"' in drafts[0]
    assert drafts[1] == drafts[0]


def test_the_titles_a_text_gives_work_to_are_read_once_for_all_its_topics(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.derive import roles

    pattern = roles._TITLE_ACTING
    scans: list[int] = []

    class Counted:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            scans.append(len(text))
            return pattern.finditer(text)

    monkeypatch.setattr(roles, "_TITLE_ACTING", Counted())
    roles._acting_titles.cache_clear()
    topics = "".join(f"TEAS (Marta)\nMarta bakes batch {i} of the scones.\n\n" for i in range(60))
    cells = cells_of_text(tmp_path / "teas.txt", f"Hi all,\n\n{topics}Thanks\n")
    assert ("Marta", "Bake batch 0 of the scones") in cells
    # (each topic scanning the whole text again made a long message's reading quadratic)
    assert 1 <= len(scans) <= 2


_NIGHT_ROTA = """\
# Night shifts

The Patient Access Liaison (PAL) is on call every night.

## Rota

- PAL (Tom)

Tom books the beds for the night.
"""


def test_a_code_the_text_spells_out_is_no_topic_over_its_holder(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "rota.md", _NIGHT_ROTA)
    # "PAL" is a word, but the text spells it out as a role's code: Tom holds the role
    assert cells[("PAL", "Book the beds for the night")] == "A/R"
    assert "Tom" not in {role for role, _ in cells}


_PLANNING_BOARD = """\
{
  "tasks": [
    {"id": "T-1", "name": "Book the hall", "assignee": "Secretary",
     "history": ["Card created by the Chair on 3 May.",
                 "Card moved to Done by the Secretary on 9 May."]}
  ]
}
"""


def test_a_tasks_record_of_sentences_is_no_prose(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "board.json", _PLANNING_BOARD)
    # the task's history says what was done to the card, no duty of the Chair's
    assert cells == {("Secretary", "Book the hall"): "A/R"}
