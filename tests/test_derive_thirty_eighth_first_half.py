"""Shapes of the thirty-eighth set, studied (first half): names joined by "&", passives
of things with a clause of their own, where a subject works, a post and where it is held,
lists and plural subjects. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import cell_names
from tests.helpers import cells_of_text


def test_two_fields_joined_by_an_ampersand_name_one_team(tmp_path: Path) -> None:
    # "Learning & Engagement" in a column of who is told: one team, not a "Learning" and
    # an "Engagement"; two roles of their own ("Chair & Treasurer") are still two
    assert cell_names("Learning & Engagement") == ["Learning & Engagement"]
    assert cell_names("Chair & Treasurer") == ["Chair", "Treasurer"]
    page = ("| Task | Lead | Told |\n"
            "| --- | --- | --- |\n"
            "| Hand out the feedback cards | Stewards | Learning & Engagement |\n"
            "| Lock the side gates | Site Team | |\n\n"
            "Learning & Engagement sends the visitor survey results to the Site Team.\n")
    cells = cells_of_text(tmp_path / "fair.md", page)
    roles = {r for r, _ in cells}
    assert "Learning & Engagement" in roles, roles
    assert not roles & {"Learning", "Engagement"}, roles
    assert ("Learning & Engagement", "Hand out the feedback cards") in cells, cells
    assert cells.get(("Learning & Engagement",
                      "Send the visitor survey results to the Site Team")) == "A/R", cells


def test_things_with_a_clause_of_their_own_sent_back_by_a_role(tmp_path: Path) -> None:
    # "Kettles that fail the safety test are sent back ... by the Shop Manager": a passive
    # whose subject is things with a clause of their own ("Kettles" could be a verb), and
    # "sent back", a verb with its particle; the doer sends them back
    page = ("Returns\n\n"
            "The Shop Manager checks the stock every Monday.\n\n"
            "Kettles that fail the safety test are sent back to the supplier by the Shop "
            "Manager.\n")
    cells = cells_of_text(tmp_path / "returns.txt", page)
    assert cells.get(("Shop Manager", "Send back kettles that fail the safety test to the "
                      "supplier")) == "A/R", cells
    # (a duty that opens on a verb and "which" is still read as a duty, no subject)
    page = ("Rooms\n\n"
            "The Warden checks the rooms.\n\n"
            "- Decides which rooms are used by guests.\n")
    cells = cells_of_text(tmp_path / "rooms.md", page)
    assert ("Warden", "Decide which rooms are used by guests") in cells, cells


def test_where_a_subject_works_before_its_verb(tmp_path: Path) -> None:
    # "Porters at the Riverside site collect ...", "The stewards at the north gate check
    # ...": where the role works stands between it and its verb; the role does the work
    page = ("Match day\n\n"
            "The Stewards open the turnstiles. The Porters move the crates.\n\n"
            "Porters at Riverside Depot collect the linen and return the empty cages.\n\n"
            "The stewards at the north gate check every ticket.\n")
    cells = cells_of_text(tmp_path / "match.txt", page)
    assert cells.get(("Porter", "Return the empty cages")) == "A/R", cells
    assert cells.get(("Steward", "Check every ticket")) == "A/R", cells
    roles = {r for r, _ in cells}
    assert "Riverside Depot" not in roles, roles


def test_a_post_and_where_it_is_held_in_a_who_is_who(tmp_path: Path) -> None:
    # "| Branch Manager, Old Town | Tom Hale |" under "Role | Current holder": the post,
    # held at a place that is no role, and Tom holds it
    page = ("## Who is who\n\n"
            "| Role | Current holder |\n"
            "|---|---|\n"
            "| Branch Manager, Old Town | Tom Hale |\n"
            "| Stock Controller | Ann Bell |\n\n"
            "## Work\n\n"
            "Ann orders the stock. Tom signs the weekly rota.\n")
    cells = cells_of_text(tmp_path / "branch.md", page)
    roles = {r for r, _ in cells}
    assert "Old Town" not in roles, roles
    assert cells.get(("Branch Manager", "Sign the weekly rota")) == "A/R", cells


def test_the_last_two_things_of_a_list_are_no_duty(tmp_path: Path) -> None:
    # "with cola, lemonade, water and the spare ice packs": "water" could be a verb, but no
    # verb is followed by "and" and a thing; the list is one duty's, no row of its own
    page = ("Bar\n\n"
            "The bar team restocks the fridge with cola, lemonade, water and the spare ice "
            "packs.\n")
    cells = cells_of_text(tmp_path / "bar.txt", page)
    assert cells, cells
    assert not any(a.startswith("Water") for _r, a in cells), cells


def test_a_passive_doer_then_in_consultation_with_after_a_comma(tmp_path: Path) -> None:
    # "... by the Kitchen Manager, in consultation with the Head Chef and the Owner": those
    # consulted, set off by a comma after the doer, are consulted as without the comma
    page = ("Menus\n\n"
            "The Kitchen Manager orders stock. The Head Chef plans menus. The Owner signs "
            "cheques.\n\n"
            "The allergen sheet is reviewed every month by the Kitchen Manager, in "
            "consultation with the Head Chef and the Owner.\n")
    cells = cells_of_text(tmp_path / "menus.txt", page)
    row = next(a for r, a in cells if r == "Kitchen Manager" and "allergen" in a.lower())
    assert cells[("Kitchen Manager", row)] == "A/R", cells
    assert cells.get(("Head Chef", row)) == "C", cells
    assert cells.get(("Owner", row)) == "C", cells


def test_a_plural_subject_keeps_its_verb_as_one_holder_would(tmp_path: Path) -> None:
    # "Couriers deliver the sealed papers ...": named as "The Courier delivers ..." is, the
    # verb kept before an object with more after it, not "Sealed papers on the morning"
    page = ("Exams\n\n"
            "Couriers deliver the sealed papers on the morning of each exam. The Exams "
            "Officer checks the seals.\n")
    cells = cells_of_text(tmp_path / "exams.txt", page)
    assert cells.get(("Courier", "Deliver the sealed papers on the morning of each exam")) \
        == "A/R", cells


def test_a_second_clause_whose_subject_then_acts(tmp_path: Path) -> None:
    # "...; the till team then takes the payment ...": a clause of its own after a
    # semicolon, "then" between its subject and its verb
    page = ("Check-out\n\n"
            "The Till Team greets each guest. The porter weighs the luggage; the till team "
            "then takes the payment for any extra bags.\n")
    cells = cells_of_text(tmp_path / "checkout.txt", page)
    assert cells.get(("Till Team", "Take the payment for any extra bags")) == "A/R", cells
