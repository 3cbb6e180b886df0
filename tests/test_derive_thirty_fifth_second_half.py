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


CLAUSE_BEFORE_PRONOUN = """# Boathouse

The Coach runs training. Before they leave she checks the lifejackets.

The Treasurer keeps the accounts. By the time she arrives the bar is open.
"""


def test_a_clause_before_a_pronoun_is_no_short_time(tmp_path: Path) -> None:
    # "Before they leave she ...", "By the time she arrives ...": a clause of its own with
    # its own subject, not a time phrase before the pronoun
    cells = cells_of_text(tmp_path / "club.md", CLAUSE_BEFORE_PRONOUN)
    assert not any(activity.startswith(("Leave", "Arrive")) for _role, activity in cells), \
        cells


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


PASSIVE_WITH_ITS_DOER = """# Sailing club

## Records

The Commodore chairs the committee. The Bosun keeps the boat log.

Race entries are checked at the briefing by the Race Officer and the Bosun.

This handbook is revised every winter by the Commodore with the Bosun.
"""


def test_a_passive_with_its_doer_keeps_when_where_and_with_whom(tmp_path: Path) -> None:
    # "checked at the briefing by ...", "revised every winter by X with Y": the time or
    # place before the doer stays in the duty's name; the party after "with" is consulted
    cells = cells_of_text(tmp_path / "club.md", PASSIVE_WITH_ITS_DOER)
    assert cells[("Race Officer", "Check race entries at the briefing")] == "A/R", cells
    assert cells[("Bosun", "Check race entries at the briefing")] == "R", cells
    named = "Revise this handbook every winter with the Bosun"
    assert cells[("Commodore", named)] == "A/R", cells
    assert cells[("Bosun", named)] == "C", cells


TITLE_A_VERB_AND_PEOPLE = """# Pool

| Role | On a typical day |
| --- | --- |
| Lifeguards | 2 |
| Pool Helpers | 3 |

## Sessions

Pool helpers greet swimmers. They check the lockers and sweep the changing rooms.
"""


def test_a_title_a_plain_verb_and_the_people_it_acts_on_are_no_title(
        tmp_path: Path) -> None:
    # "Pool helpers greet swimmers": the pool helpers' duty; "they" are the pool helpers
    cells = cells_of_text(tmp_path / "pool.md", TITLE_A_VERB_AND_PEOPLE)
    assert cells[("Pool Helper", "Greet swimmers")] == "A/R", cells
    assert cells[("Pool Helper", "Sweep the changing rooms")] == "A/R", cells


PASSIVE_THEN_A_ROLE = """# Bakery

## Night shift

The Baker mixes the dough. The Packer labels the trays.

Bread is proved overnight, then the Baker shapes the loaves before six.
"""


def test_a_clause_with_a_role_after_a_comma_and_then(tmp_path: Path) -> None:
    # "Bread is proved overnight, then the Baker shapes ...": the clause after ", then"
    # has its own subject, read as a sentence of its own
    cells = cells_of_text(tmp_path / "bakery.md", PASSIVE_THEN_A_ROLE)
    assert cells[("Baker", "Shape the loaves before six")] == "A/R", cells


SUPPLIED_BY_A_PARTY = """# Fete

## Setting up

The Fete Organiser books the field. The Equipment Officer keeps the store.

The Fete Organiser orders the tables from the Equipment Officer.
"""


def test_a_party_a_thing_is_ordered_from_is_consulted(tmp_path: Path) -> None:
    # "orders the tables from the Equipment Officer": who supplies a piece of the work
    cells = cells_of_text(tmp_path / "fete.md", SUPPLIED_BY_A_PARTY)
    assert cells[("Fete Organiser", "Order the tables from the Equipment Officer")] == "A/R", cells
    assert cells[("Equipment Officer", "Order the tables from the Equipment Officer")] == "C", cells


PAGE_KEEPER_WITH_HOLDER = """# Barn hire

Page owner: Sam Hill, Bookings Manager · last checked 2 March 2027

## On the day

The Site Technician checks the doors. The Bookings Manager lets the owner know if the
barn is damaged.
"""


def test_a_page_owner_line_names_the_post_after_its_holder(tmp_path: Path) -> None:
    # "Page owner: Sam Hill, Bookings Manager": the page's keeper is the Bookings Manager,
    # no role "Page Owner"; "the owner" told is the barn's owner
    cells = cells_of_text(tmp_path / "barn.md", PAGE_KEEPER_WITH_HOLDER)
    assert not any(role == "Page Owner" for role, _activity in cells), cells
    assert cells[("Owner", "Tell the owner if the barn is damaged")] == "I", cells


VERB_AND_PARTICLE_AFTER_AND = """# Hall

| Role | Name |
| --- | --- |
| Caretaker | Ron Bell |
| Hall Stewards | see the rota |

## Evenings

Hall Stewards deal with late bookings and call out Ron if the boiler fails.
"""


def test_a_second_verb_with_its_particle_and_a_name_is_a_duty_of_its_own(
        tmp_path: Path) -> None:
    # "... and call out Ron if the boiler fails": a verb, its particle and whom it acts on
    # (by first name) is a duty of its own, the one called out told
    cells = cells_of_text(tmp_path / "hall.md", VERB_AND_PARTICLE_AFTER_AND)
    called = "Call out Ron if the boiler fails"
    assert cells[("Hall Steward", called)] == "A/R", cells
    assert cells[("Caretaker", called)] == "I", cells
    assert ("Caretaker", "Deal with late bookings") not in cells, cells


SUPPLIED_FROM_A_PARTYS_THING = """# Fete

The Fete Organiser books the field. The Treasurer keeps the accounts.

The Caretaker buys cleaning supplies from the Treasurer's budget.
"""


def test_a_thing_bought_from_a_partys_budget_does_not_consult_the_party(
        tmp_path: Path) -> None:
    # "buys ... from the Treasurer's budget": a thing of theirs the supplies come out of,
    # no party supplying them
    cells = cells_of_text(tmp_path / "fete.md", SUPPLIED_FROM_A_PARTYS_THING)
    row = "Buy cleaning supplies from the Treasurer's budget"
    assert cells[("Caretaker", row)] == "A/R", cells
    assert ("Treasurer", row) not in cells, cells


WORKED_WITH_A_PARTYS_THING = """# Club bar

The Treasurer keeps the accounts. The Steward orders stock with the Treasurer.

The Bar Manager counts the till with the Treasurer's float at closing time.
"""


def test_a_duty_done_with_a_partys_thing_does_not_consult_the_party(tmp_path: Path) -> None:
    # "counts the till with the Treasurer's float": a thing of theirs, not working with
    # them; "orders stock with the Treasurer" still consults them
    cells = cells_of_text(tmp_path / "bar.md", WORKED_WITH_A_PARTYS_THING)
    row = next(a for (r, a) in cells if r == "Bar Manager" and a.startswith("Count the till"))
    assert ("Treasurer", row) not in cells, cells
    assert cells[("Treasurer", "Order stock with the Treasurer")] == "C", cells


WORKED_WITH_A_PARTYS_AGREEMENT = """# Club bar

The Treasurer keeps the accounts. The Chef runs the kitchen.

The Steward signs the supplier contract with the Treasurer's agreement.

The Secretary books the band with the Chef’s help.
"""


def test_a_duty_done_with_a_partys_agreement_consults_the_party(tmp_path: Path) -> None:
    # "with the Treasurer's agreement": a part the Treasurer takes, not a thing of theirs
    cells = cells_of_text(tmp_path / "bar.md", WORKED_WITH_A_PARTYS_AGREEMENT)
    sign = next(a for (r, a) in cells if r == "Steward" and a.startswith("Sign the supplier"))
    book = next(a for (r, a) in cells if r == "Secretary" and a.startswith("Book the band"))
    assert cells[("Treasurer", sign)] == "C", cells
    assert cells[("Chef", book)] == "C", cells
