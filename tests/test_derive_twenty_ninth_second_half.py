"""Shapes of writing studied in the twenty-ninth held-out set's second half, each read
wherever it appears. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

YOUR_ROLE = """# Harbour open day: notes for helpers

## Who runs what

The Event Lead books the marquee. The Treasurer counts the float.

## Your role as a steward

You unlock the car park gates at nine. You're a guide, not a guard, so:

- you hand out the site maps at the gate;
- you must not move any boat on the slipway.

If a visitor is hurt, phone the Event Lead straight away.
"""


def test_a_heading_naming_the_readers_part_makes_you_that_role(tmp_path: Path) -> None:
    # "Your role as a steward" over what "you" do: the page's "you" is the Steward
    cells = cells_of_text(tmp_path / "notes.md", YOUR_ROLE)
    assert cells[("Steward", "Unlock the car park gates at nine")] == "A/R", cells
    assert cells[("Steward", "Hand out the site maps at the gate")] == "A/R", cells
    assert cells[("Steward", "Phone the Event Lead straight away")] == "A/R", cells
    assert cells[("Event Lead", "Phone the Event Lead straight away")] == "I", cells
    # the sections that name their roles keep them
    assert cells[("Event Lead", "Book the marquee")] == "A/R", cells


LET_KNOW = """# Repairs desk

1. The Repairs Officer books the contractor within two days.
2. If the repair is not ours, the Repairs Officer writes to the guarantor.
3. When the work is done, the Repairs Officer lets the guarantor know the cost.
"""


def test_a_party_let_know_in_lower_case_is_told(tmp_path: Path) -> None:
    # "writes to the guarantor", "lets the guarantor know ...": a party told twice
    cells = cells_of_text(tmp_path / "desk.md", LET_KNOW)
    told = {activity for (role, activity), letters in cells.items()
            if role == "Guarantor" and letters == "I"}
    assert len(told) == 2, cells
    assert all(cells[("Repairs Officer", activity)] == "A/R" for activity in told), cells


KEYED_GRID = """Task,Club Secretary,Treasurer,Coach,Notes
Book the pitches,A/R,C,I,
Pay the league fees,I,A/R,,
Pick the squad,,,A/R,Before each fixture
,,,,
KEY,,,,
R,Responsible - does the work,,,
A,Accountable - answers for it,,,
C,Consulted before it is done,,,
I,Informed once it is done,,,
"""


def test_a_legend_spelling_out_its_letters_names_no_role(tmp_path: Path) -> None:
    # "I = Informed once it is done" under a grid's key: what the letter means, no role
    # told of the line above
    cells = cells_of_text(tmp_path / "grid.csv", KEYED_GRID)
    assert cells[("Treasurer", "Pay the league fees")] == "A/R", cells
    roles = {role for role, _activity in cells}
    assert roles == {"Club Secretary", "Treasurer", "Coach"}, cells


HEARD_FIRST = """# Planting plan

The Garden Volunteer drafts the planting plan in January. The Head Gardener approves the
planting plan after the Garden Volunteer has commented. The Treasurer keeps the accounts.
The Site Warden orders the seed once the Treasurer has had their say.
"""


def test_a_party_the_work_waits_to_hear_from_is_consulted(tmp_path: Path) -> None:
    # "after the Garden Volunteer has commented", "once the Treasurer has had their
    # say": heard before the work is done (C)
    cells = cells_of_text(tmp_path / "plan.md", HEARD_FIRST)
    approve = next(a for (_r, a) in cells if a.startswith("Approve the planting plan"))
    order = next(a for (_r, a) in cells if a.startswith("Order the seed"))
    assert cells[("Head Gardener", approve)] == "A/R", cells
    assert cells[("Garden Volunteer", approve)] == "C", cells
    assert cells[("Site Warden", order)] == "A/R", cells
    assert cells[("Treasurer", order)] == "C", cells


PAIRED = """# Rewiring the hall

The Apprentice rewires the stage lighting, pairing with the Site Electrician. The Site
Electrician signs the test certificate.
"""


def test_a_party_paired_with_after_a_comma_is_consulted(tmp_path: Path) -> None:
    # ", pairing with the Site Electrician": whom the doer works with (C), no duty of its
    # own named "Pairing with ..."
    cells = cells_of_text(tmp_path / "hall.md", PAIRED)
    rewire = next(a for (_r, a) in cells if a.startswith("Rewire the stage lighting"))
    assert cells[("Apprentice", rewire)] == "A/R", cells
    assert cells[("Site Electrician", rewire)] == "C", cells
    assert not any(a.lower().startswith("pair") for (_r, a) in cells), cells


GERUND_HEADING = """# Lending library handbook

## Training and supporting helpers

The Helper Support Officer trains new helpers, books the induction room and sends each
new helper the rota.
"""


def test_a_heading_of_two_acts_names_no_role(tmp_path: Path) -> None:
    # "Training and supporting helpers": what the section is about, no role "Training and
    # Supporting Helper" taking the sentences under it
    cells = cells_of_text(tmp_path / "library.md", GERUND_HEADING)
    assert cells[("Helper Support Officer", "Book the induction room")] == "A/R", cells
    assert not any(role.startswith("Training") for role, _activity in cells), cells


CUE_IN_TITLE = """# Lending library handbook

## Recruitment

The Volunteer Support Officer recruits volunteers, takes up two references and books the
induction room.

- The volunteer and the borrower sign the lending agreement.
"""


def test_a_cue_word_inside_a_title_names_no_party(tmp_path: Path) -> None:
    # "Support" inside "Volunteer Support Officer" is part of the title: "Officer
    # recruits volunteers" after it is no party supported, nor the volunteers' name
    cells = cells_of_text(tmp_path / "library.md", CUE_IN_TITLE)
    assert cells[("Volunteer Support Officer", "Take up two references")] == "A/R", cells
    assert not any("Recruits" in role for role, _activity in cells), cells
    assert cells[("Volunteer", "Sign the lending agreement")] == "A/R", cells


TITLES_OPENING_WITH_A_LETTERS_WORD = """# Care home inspection readiness

## Update the statement of purpose
- A: Responsible Individual
- R: Registered Manager

## Approve the annual accounts
- A: Accountable Officer
- R: Finance Director

Key: R = Responsible, A = Accountable, I = Informed once it is done
"""


def test_a_title_opening_with_a_letters_word_is_still_a_role(tmp_path: Path) -> None:
    # "Responsible Individual", "Accountable Officer": posts whose title opens with the
    # word a letter stands for, named on a letter line; the key's "Informed once it is
    # done" is still no role
    cells = cells_of_text(tmp_path / "readiness.md", TITLES_OPENING_WITH_A_LETTERS_WORD)
    assert cells[("Responsible Individual", "Update the statement of purpose")] == "A", cells
    assert cells[("Registered Manager", "Update the statement of purpose")] == "R", cells
    assert cells[("Accountable Officer", "Approve the annual accounts")] == "A", cells
    assert not any(role.startswith("Informed") for role, _activity in cells), cells


PLURAL_STAFF_OF_TWO_TRADES = """# Canteen

The cleaning and catering assistants wipe the tables after each sitting.
The Canteen Manager orders the stock every Monday.
The cleaning and catering assistants report spills to the Canteen Manager.
"""


def test_staff_of_two_trades_after_the_are_a_role(tmp_path: Path) -> None:
    # "the cleaning and catering assistants": the staff doing the work, an article before
    # them, not two acts done to someone
    cells = cells_of_text(tmp_path / "canteen.md", PLURAL_STAFF_OF_TWO_TRADES)
    assert cells[("Cleaning and Catering Assistant",
                  "Wipe the tables after each sitting")] == "A/R", cells


TWO_PARTS = """# Volunteering at the food bank

## Your role as a driver

You collect donations from the supermarkets on Tuesday mornings.
You tell the Warehouse Lead when a pick-up is missed.

## Your duties as the duty steward

You open the hall at 9am and sign in the volunteers.
"""


def test_headings_naming_two_parts_make_each_section_s_you_its_own(tmp_path: Path) -> None:
    # no one reader for the page: each "Your role as ..." heading makes its own section's
    # "you" the part it names
    cells = cells_of_text(tmp_path / "foodbank.md", TWO_PARTS)
    assert cells[("Driver", "Collect donations from the supermarkets")] == "A/R", cells
    assert cells[("Duty Steward", "Open the hall at 9am")] == "A/R", cells
    assert ("Driver", "Open the hall at 9am") not in cells, cells
