"""Shapes of writing studied in the thirty-fifth held-out set's second half, each read
wherever it appears. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

READERS_IN_BRACKETS = """# Ferry crossing handbook

## Who's who

| Role | Name |
| --- | --- |
| Deck Officer | Ana Reis |
| Porters | see the rota |

## Your shift (porters)

- Wedge every trolley before the ramp goes down.
- Check the luggage tags against the manifest.
- If a passenger needs help, tell the Deck Officer at once.
"""


def test_a_heading_naming_its_readers_in_brackets_gives_them_its_orders(
        tmp_path: Path) -> None:
    # "Your shift (porters)": the section is written for the porters, its orders theirs
    cells = cells_of_text(tmp_path / "ferry.md", READERS_IN_BRACKETS)
    assert cells[("Porter", "Wedge every trolley before the ramp goes down")] == "A/R", cells
    assert cells[("Porter", "Check the luggage tags against the manifest")] == "A/R", cells


TIME_AS_A_DAY = """# Quiz night

## Before the night

The Quizmaster writes the questions. The Treasurer banks the takings.

The night before, the Quizmaster prints the answer sheets and counts the pencils.
"""


def test_a_time_named_as_a_day_before_the_subject_and_a_comma(tmp_path: Path) -> None:
    # "The night before, the Quizmaster ...": a time before the subject, not the subject
    cells = cells_of_text(tmp_path / "quiz.md", TIME_AS_A_DAY)
    assert cells[("Quizmaster", "Print the answer sheets")] == "A/R", cells
    assert cells[("Quizmaster", "Count the pencils")] == "A/R", cells


PRONOUN_AFTER_TIME = """# Boat club

## Close-down

The Bosun stows the oars. The Captain keeps the key.

The Bosun checks the hulls. After dark he locks the boathouse under the direction of the
Captain.
"""


def test_a_pronoun_after_a_short_time_with_no_comma(tmp_path: Path) -> None:
    # "After dark he locks ...": "he" is the Bosun, the time no part of the subject
    cells = cells_of_text(tmp_path / "club.md", PRONOUN_AFTER_TIME)
    assert cells[("Bosun", "Lock the boathouse")] == "R", cells
    assert cells[("Captain", "Lock the boathouse")] == "A", cells


ROLE_INSIDE_THE_TITLE = """# Mobile Taster Session: Set-up, Pouring and Close-down

| Role | On a typical night |
| --- | --- |
| Bar Manager | 1 |
| Tasters | 3 or 4 |

## Opening

Kate Moss, the Bar Manager, unlocks the cellar and sets out the glasses. She chills the
wine and opens the till.
"""


def test_a_role_word_inside_the_page_title_gives_no_section_to_the_role(
        tmp_path: Path) -> None:
    # "Mobile Taster Session": what the page is about, not the tasters' section; "she" is
    # the Bar Manager
    cells = cells_of_text(tmp_path / "tasting.md", ROLE_INSIDE_THE_TITLE)
    assert cells[("Bar Manager", "Chill the wine")] == "A/R", cells
    assert cells[("Bar Manager", "Open the till")] == "A/R", cells
    assert ("Taster", "Open the till") not in cells, cells


PASSIVE_IN_A_RELATIVE_CLAUSE = """# Clinic

## 4. The Duty Nurse

Leads the team on the day.

Reassesses any patient who is flagged at triage.

Checks the drug chart before the patient leaves.
"""


def test_a_passive_inside_a_relative_clause_is_no_passive_sentence(tmp_path: Path) -> None:
    # "any patient who is flagged at triage": what the duty is about, not a passive whose
    # doer the section's role would be ("Flag reassesses any patient who at triage")
    cells = cells_of_text(tmp_path / "clinic.md", PASSIVE_IN_A_RELATIVE_CLAUSE)
    assert cells[("Duty Nurse", "Reassess any patient who is flagged at triage")] == "A/R", \
        cells
    assert not any(activity.startswith("Flag") for _role, activity in cells), cells


NAME_AND_VERB_BEFORE_PEOPLE = """# Show day handbook

## Who's who

| Role | Name |
| --- | --- |
| Show Secretary | Alan Reed |
| Volunteer Coordinator | Priya Shah |
| Stewards and car park marshals | see the rota |

## Helpers

Priya recruits volunteer stewards and car park marshals, takes up their references and
orders their badges.
"""


def test_a_name_a_verb_and_the_people_it_acts_on_are_no_title(tmp_path: Path) -> None:
    # "Priya recruits volunteer stewards" ("recruits" a noun too): the Volunteer
    # Coordinator's duties, no role of that name
    cells = cells_of_text(tmp_path / "show.md", NAME_AND_VERB_BEFORE_PEOPLE)
    assert cells[("Volunteer Coordinator", "Take up their references")] == "A/R", cells
    assert cells[("Volunteer Coordinator", "Order their badges")] == "A/R", cells
    assert not any("Recruits" in role for role, _activity in cells), cells
