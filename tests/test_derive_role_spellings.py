"""Roles written as readers write them: an acronym in mixed case standing for a post
("the SENCo", "the HoD"); a party in a table's cell followed by when it takes part
("SENCo where the child has SEND"); an acronym as a label beside the person who holds it
("DSL – Mr Haddad"). Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name, heading_actor
from tests.helpers import cells_of_text


def test_an_acronym_in_mixed_case_is_a_subject() -> None:
    assert actor_name("The SENCo", acronym=True) == "SENCo"
    assert actor_name("the HoD", acronym=True) == "HoD"
    assert actor_name("The DofE", acronym=True) == "DofE"
    # a plural of an acronym, a courtesy title or a product's name is no post
    assert actor_name("the OKRs", acronym=True) is None
    assert actor_name("Mr", acronym=True) is None
    assert actor_name("GitHub", acronym=True) is None
    assert actor_name("The MoU", acronym=True) is None


def test_a_post_written_as_a_mixed_case_acronym_gets_its_duties(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "plans.md", (
        "# Learning plans\n\n"
        "The Head of Year, working with the SENCo, drafts the learning plan.\n\n"
        "The SENCo reviews every learning plan each term.\n\n"
        "The HoD signs off the reading list.\n\n"
        "The Form Tutor rings the family.\n"
    ))
    assert cells[("SENCo", "Review every learning plan each term")] == "A/R"
    assert cells[("SENCo", "Draft the learning plan")] == "C"
    assert cells[("HoD", "Sign off the reading list")] == "A/R"


_LATENESS = """# Lateness procedure

| Trigger | Action | Who | Who else is involved |
| --- | --- | --- | --- |
| Five late marks in a half term | Text message to the family | Office Manager | Form Tutor |
| Ten late marks in a half term | Meeting with the family | Head of Year | {other} |
"""


def test_a_party_in_a_cell_before_when_it_takes_part_is_that_party(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "late.md", _LATENESS.format(
        other="Form Tutor, DoL where the pupil is in care"))
    assert cells[("DoL", "Meeting with the family")] == "C"
    assert cells[("Form Tutor", "Meeting with the family")] == "C"
    # a duty that says when is kept whole, not read as a party's name
    cells = cells_of_text(tmp_path / "late.md", _LATENESS.format(
        other="Rings the Form Tutor if the pupil is absent"))
    assert not any(role.startswith("Rings") for role, _ in cells)


def test_an_acronym_beside_its_holder_names_the_post() -> None:
    assert heading_actor("DSL – Mr Haddad") == "DSL"
    assert heading_actor("HoY - Mrs J. Patel") == "HoY"
    # alone, or beside no person, a label of letters names no post
    assert heading_actor("FAQ – Mr Haddad") is None
    assert heading_actor("DSL – contact details") is None


def test_a_label_of_an_acronym_and_its_holder_gets_the_duties_below(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "visit.md", (
        "# Who does what on the visit day\n\n"
        "**Site Team**\n\n- Opens the gates at seven\n\n"
        "**DSL – Mr Haddad**\n\n- Shows the visitors the safeguarding log\n\n"
        "**Reception**\n\n- Signs the visitors in\n"
    ))
    assert cells[("DSL", "Show the visitors the safeguarding log")] == "A/R"


def test_a_title_opening_on_a_noun_the_tables_know_only_as_a_verb(tmp_path: Path) -> None:
    """"Bar Manager", "Bar Staff": "bar" is a noun here, not the verb (the word tables
    hold only the verb, and the title was read as an order, "Bar Manager")."""
    cells = cells_of_text(tmp_path / "club.md",
                          "# Club night\n\nRhian (Bar Manager) will restock the fridges.\n\n"
                          "The Bar Staff wash the glasses.\n\nThe Treasurer banks the takings.\n")
    assert cells[("Bar Manager", "Restock the fridges")] == "A/R"
    assert cells[("Bar Staff", "Wash the glasses")] == "A/R"
