"""Shapes of writing studied in a third look at the thirty-fifth held-out set, each read
wherever it appears. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

BRIEFED_BY_A_LONGER_TITLE = """# Regatta day

## Who's who

| Role | Name |
| --- | --- |
| Head Loader | Priya Natt |
| Pit Crew | see the rota |
| Umpire | Joe Ames |

## On the day

- Pit crew are briefed by the Head Loader before the first race
- The Umpire starts each race
- Pit crew: carry the boats to the water
"""


def test_a_group_briefed_by_a_role_of_the_page_is_told_and_the_role_briefs(
        tmp_path: Path) -> None:
    # "Pit crew are briefed by the Head Loader": the Head Loader (the whole title the page
    # names, not a "Head") briefs them, and a group in lower case after "brief" is the
    # people briefed, no role's name misread as work
    cells = cells_of_text(tmp_path / "regatta.md", BRIEFED_BY_A_LONGER_TITLE)
    assert cells[("Head Loader", "Brief pit crew")] == "A/R", cells
    assert cells[("Pit Crew", "Brief pit crew")] == "I", cells


PRONOUN_THEN_A_PARTICLE_AND_A_NAME = """# Campsite handbook

## Evenings

The Night Desk answers the radio from 6pm until midnight. They deal with late arrivals
and call out Maya if a pump fails overnight.
"""


def test_a_pronoun_subject_then_a_verb_its_particle_and_a_name_after_and(
        tmp_path: Path) -> None:
    # "They deal with ... and call out Maya if ...": calling her out is a duty of its own
    cells = cells_of_text(tmp_path / "campsite.md", PRONOUN_THEN_A_PARTICLE_AND_A_NAME)
    assert cells[("Night Desk", "Deal with late arrivals")] == "A/R", cells
    assert cells[("Night Desk", "Call out Maya if a pump fails overnight")] == "A/R", cells


NAMES_GIVEN_ONCE = """# Campsite handbook

Page owner: Lena Ford, Site Manager

## Evenings

The Night Desk answers the radio from 6pm until midnight. Repairs are passed to Maya, our
site warden, on the radio. Maya decides, with Lena, whether a pitch can still be used.
Lena approves the rota.

## Checks

| Job | Who | Let know |
| --- | --- | --- |
| Shower block check | Site Warden | Site Manager |
| Gate code change | Night Desk | Site Manager |
"""


def test_a_post_in_lower_case_after_a_name_makes_the_name_the_posts(
        tmp_path: Path) -> None:
    # "Maya, our site warden, ...": later "Maya decides ..." is the Site Warden's
    cells = cells_of_text(tmp_path / "campsite.md", NAMES_GIVEN_ONCE)
    assert cells[("Site Warden", "Decide whether a pitch can still be used")] == "A/R", cells


def test_a_page_owner_line_makes_its_holder_the_posts_whatever_the_surname(
        tmp_path: Path) -> None:
    # "Page owner: Lena Ford, Site Manager": later "Lena approves ..." and "with Lena" are
    # the Site Manager's, though "Ford" is also a word
    cells = cells_of_text(tmp_path / "campsite.md", NAMES_GIVEN_ONCE)
    assert cells[("Site Manager", "Approve the rota")] == "A/R", cells
    assert cells[("Site Manager", "Decide whether a pitch can still be used")] == "C", cells


FIELD_DASH_OWNER = """# Club night

## After the match

- The Captain thanks the umpires
- Ground bookings – Fixtures Secretary, after checking with the Captain
- The Club Treasurer banks the takings
"""


def test_a_field_of_work_a_dash_and_its_owner_who_checks_with_another(
        tmp_path: Path) -> None:
    # "Ground bookings – Fixtures Secretary, after checking with the Captain": the
    # secretary's field of work, the Captain consulted on it
    cells = cells_of_text(tmp_path / "club.md", FIELD_DASH_OWNER)
    assert cells[("Fixtures Secretary", "Ground bookings")] == "A/R", cells
    assert cells[("Captain", "Ground bookings")] == "C", cells


GROUP_LET_KNOW = """# Fun run

## Plans

The Race Director marks the course. She will also let the tail walkers know that the
start moves to the bandstand.
"""


def test_a_group_let_know_in_lower_case_is_a_party_told(tmp_path: Path) -> None:
    # "let the tail walkers know that ...": the walkers, named once in lower case, are
    # told
    cells = cells_of_text(tmp_path / "run.md", GROUP_LET_KNOW)
    assert cells[("Tail Walker", "Tell the tail walkers that the start moves to the "
                  "bandstand")] == "I", cells
