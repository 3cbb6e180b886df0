"""Owners named beside the doer: the one whose word, direction or approval the work waits
on answers for it (A) and the one who does it is R. Every text here is written for the
test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.draft import derive
from raci.derive.extract import activity_name
from tests.helpers import cells_of_text, derived_cells

WORD_OF = (
    "# Bakery shifts\n\n"
    "The Oven Hand loads the deck oven on the Head Baker's signal.\n"
    "The Counter Assistant restocks the bread shelves at the Shift Supervisor's call.\n"
    "The Porter stacks the flour sacks under the direction of the Stores Manager.\n"
    "The Head Baker writes the weekly bake plan.\n"
)


def test_the_one_whose_word_the_work_waits_on_answers_for_it(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "bakery.md", WORD_OF)
    assert cells[("Oven Hand", "Load the deck oven")] == "R"
    assert cells[("Head Baker", "Load the deck oven")] == "A"
    restock = "Restock the bread shelves at the Shift Supervisor's call"
    assert cells[("Counter Assistant", restock)] == "R"
    assert cells[("Shift Supervisor", restock)] == "A"
    # the direction is no part of the name
    assert cells[("Porter", "Stack the flour sacks")] == "R"
    assert cells[("Stores Manager", "Stack the flour sacks")] == "A"
    # a role named as the doer with nobody else keeps both letters
    assert cells[("Head Baker", "Write the weekly bake plan")] == "A/R"


def test_under_the_direction_of_is_no_part_of_a_name() -> None:
    assert activity_name("stacks the flour sacks under the direction of the Stores Manager") \
        == "Stack the flour sacks"
    assert activity_name("moves the pallets under the supervision of") == "Move the pallets"


APPROVED_AFTER = (
    "# Lending library\n\n"
    "The Stock Librarian drafts the weeding list for the Branch Manager to approve.\n"
    "The Events Officer writes the autumn programme and gets it approved by the Branch "
    "Manager.\n"
    "The Treasurer prepares the book fund forecast and presents it to the Friends "
    "Committee for approval.\n"
    "The Systems Officer maintains the catalogue rules, where the Branch Manager "
    "approves them.\n"
)


def test_the_one_who_approves_the_work_just_named_answers_for_it(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "library.md", APPROVED_AFTER)
    assert cells[("Stock Librarian", "Draft the weeding list")] == "R"
    assert cells[("Branch Manager", "Draft the weeding list")] == "A"
    assert cells[("Events Officer", "Write the autumn programme")] == "R"
    assert cells[("Branch Manager", "Write the autumn programme")] == "A"
    assert cells[("Treasurer", "Prepare the book fund forecast")] == "R"
    assert cells[("Friends Committee", "Prepare the book fund forecast")] == "A"
    # ("maintains" only says the role owns them: the name is the object)
    assert cells[("Systems Officer", "Catalogue rules")] == "R"
    assert cells[("Branch Manager", "Catalogue rules")] == "A"


def test_the_handing_on_itself_keeps_its_doer_as_owner(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "library.md", APPROVED_AFTER)
    handing = [(role, act) for role, act in cells if act.startswith("Present the book fund")]
    assert handing, cells
    act = handing[0][1]
    assert cells[("Treasurer", act)] == "A/R"
    assert "A" not in cells.get(("Friends Committee", act), "")


@pytest.mark.parametrize("sentence", [
    "The Porter stacks the flour sacks before the Stores Manager arrives.",
    "The Porter stacks the flour sacks and tells the Stores Manager.",
    "The Porter stacks the flour sacks and sends the delivery note to the Stores Manager.",
])
def test_no_owner_without_a_word_of_direction_or_approval(tmp_path: Path,
                                                          sentence: str) -> None:
    cells = cells_of_text(tmp_path / "store.md", f"# Store\n\n{sentence}\n")
    assert cells[("Porter", "Stack the flour sacks")] == "A/R"
    assert "A" not in cells.get(("Stores Manager", "Stack the flour sacks"), "")


GARDEN_TABLE = (
    "# Community garden matrix\n\n"
    "| Task | Plot Secretary | Grounds Lead | Treasurer | Members |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| Spring clear-up | R | R | C | R |\n"
    "| Order the seed potatoes | A | R | I | |\n"
    "| Empty the compost bays | | R | | I |\n"
)


def test_a_table_row_of_several_doers_and_no_owner_keeps_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "garden.md"
    path.write_text(GARDEN_TABLE, encoding="utf-8")
    draft = derive([path])
    row = next(r for r in draft.rows if r.name == "Spring clear-up")
    assert all("A" not in letters for letters in row.letters.values())
    assert any("gives no owner" in note for note in row.review)
    cells = derived_cells(draft)
    assert cells[("Plot Secretary", "Spring clear-up")] == "R"
    assert cells[("Treasurer", "Spring clear-up")] == "C"
    # a row that gives an A keeps it; a row of one R has that R as its owner
    assert cells[("Plot Secretary", "Order the seed potatoes")] == "A"
    assert cells[("Grounds Lead", "Empty the compost bays")] == "A/R"


KIT_ROTA = """{
  "export": "Kit room rota",
  "fields": {
    "lead": "does the job and answers for it",
    "with": "helps the lead do it",
    "ask": "is asked before the job is done",
    "notify": "is told when it is done"
  },
  "roles": {"KM": "Kit Manager", "CO": "Coach", "PV": "Parent Volunteers",
            "TS": "Team Secretary"},
  "jobs": [
    {"task": "Wash the match shirts", "lead": "PV", "with": ["KM"], "notify": ["CO"]},
    {"task": "Order the new goal nets", "lead": "KM", "ask": ["CO"], "notify": ["TS"]},
    {"task": "Pack the first-aid bag", "lead": "CO", "with": ["PV"]}
  ]
}
"""


def test_a_legend_key_that_helps_the_lead_is_a_doer_and_answers_for_is_the_owner(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "kit.json", KIT_ROTA)
    # "helps the lead do it" names the lead, but its holder only helps: R, never the owner
    assert cells[("Parent Volunteer", "Wash the match shirts")] == "A/R"
    assert cells[("Kit Manager", "Wash the match shirts")] == "R"
    assert cells[("Coach", "Pack the first-aid bag")] == "A/R"
    assert cells[("Parent Volunteer", "Pack the first-aid bag")] == "R"
    assert cells[("Coach", "Order the new goal nets")] == "C"
    assert cells[("Team Secretary", "Order the new goal nets")] == "I"
