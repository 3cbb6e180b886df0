"""Titles that share their last word, and what a duty keeps of its acts. Every text here
is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import cells_of_text, derived_cells


def _cells(tmp_path: Path, text: str, name: str = "roles.md") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_the_bare_title_beside_its_assistant_is_the_other_holder(tmp_path: Path) -> None:
    # "the Referee" after "the Assistant Referee" is the other official, not a short form
    cells = _cells(tmp_path, "# Match day\n\n"
                   "The Assistant Referee watches the touchline. The Referee starts and "
                   "stops play. The Referee also writes the match report.\n\n"
                   "The Assistant Referee checks the nets before kick-off.\n")
    assert cells[("Referee", "Write the match report")] == "A/R", cells
    assert cells[("Assistant Referee", "Check the nets before kick-off")] == "A/R", cells
    assert ("Assistant Referee", "Write the match report") not in cells, cells


def test_a_bare_last_word_after_a_plain_title_is_still_its_short_form(
        tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Fixtures\n\n"
                   "The Match Referee books the pitch. The Referee writes the report.\n")
    assert cells[("Match Referee", "Write the report")] == "A/R", cells
    assert all(role != "Referee" for role, _act in cells), cells


def test_a_hand_written_as_a_title_after_any_noun_is_a_role(tmp_path: Path) -> None:
    # "Cellar" is no place the lower-case crew words know: the capitals make it a title
    cells = _cells(tmp_path, "# Winery crew\n\n## Cellar Hand\n\n"
                   "- Cleans the tanks after each pressing\n- Tops up the barrels\n\n"
                   "## Bottling Supervisor\n\n- Checks the corks\n\n"
                   "The Shed Hand stacks the crates each evening.\n")
    assert cells[("Cellar Hand", "Clean the tanks after each pressing")] == "A/R", cells
    assert cells[("Bottling Supervisor", "Check the corks")] == "A/R", cells
    assert any(role == "Shed Hand" and act.startswith("Stack the crates each evening")
               for role, act in cells), cells


def test_a_hand_after_an_adjective_names_no_one(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Notes\n\nThe Treasurer keeps the Upper Hand files. "
                   "The Second Hand shop opens on Fridays.\n")
    assert all(not role.endswith("Hand") for role, _act in cells), cells


def test_acts_in_turn_after_then_are_two_duties(tmp_path: Path) -> None:
    # ", then" and "and then" order two acts; neither fuses them nor drops the second
    cells = _cells(tmp_path, "# Closing up\n\n"
                   "The Bar Steward counts the float and then locks the cellar.\n\n"
                   "## Bar Steward\n\n"
                   "- Rings the last-orders bell, then clears the tables\n"
                   "- Wipes the pumps and then covers the taps\n")
    for duty in ("Count the float", "Lock the cellar", "Ring the last-orders bell",
                 "Clear the tables", "Wipe the pumps", "Cover the taps"):
        assert cells[("Bar Steward", duty)] == "A/R", (duty, cells)


def test_headings_naming_officers_together_or_contacts_are_no_roles(tmp_path: Path) -> None:
    path = tmp_path / "handbook.md"
    path.write_text("# Rowing club handbook\n\n## Office holders\n\n"
                    "The Captain sets the crews. The Secretary takes the minutes.\n\n"
                    "## Key contacts\n\n- Captain: Ann Lee\n- Secretary: Bo Chen\n\n"
                    "## Boat Keeper\n\n- Repairs the oars\n", encoding="utf-8")
    draft = derive([path])
    names = {role.name for role in draft.roles}
    assert {"Captain", "Secretary", "Boat Keeper"} <= names, names
    assert not names & {"Office Holder", "Key Contact"}, names
    assert derived_cells(draft)[("Captain", "Set the crews")] == "A/R"


def test_ensuring_a_bare_plural_does_something_keeps_ensure(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Campsite\n\n"
                   "The Site Warden has responsibility for ensuring campers sign in.\n\n"
                   "## Shop Keeper\n\n- Ensures customers pay at the till\n")
    assert cells[("Site Warden", "Ensure campers sign in")] == "A/R", cells
    assert cells[("Shop Keeper", "Ensure customers pay at the till")] == "A/R", cells


def test_a_title_word_may_open_on_a_capital_beyond_latin_1(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Exchange visit\n\n## Łódź Coordinator\n\n"
                   "- Books the trains\n\n"
                   "The Şişli Warden prints the badges.\n")
    assert cells[("Łódź Coordinator", "Book the trains")] == "A/R", cells
    assert cells[("Şişli Warden", "Print the badges")] == "A/R", cells


def test_how_a_duty_is_done_is_no_part_of_its_object(tmp_path: Path) -> None:
    # "together", "jointly", "closely" after the object say how, not what
    cells = _cells(tmp_path, "# Club\n\nThe Coaches plan the season together. "
                   "The Grounds Keeper monitors the pitch closely.\n")
    assert cells[("Coach", "Season planning")] == "A/R", cells
    assert cells[("Grounds Keeper", "Pitch monitoring")] == "A/R", cells


def test_a_bare_last_word_stands_for_the_shortest_of_nested_titles(tmp_path: Path) -> None:
    # "Assistant Harbour Master" holds "Harbour Master": "the Master" is the shorter title
    cells = _cells(tmp_path, "# Harbour\n\n"
                   "The Harbour Master collects the mooring fees. The Assistant Harbour "
                   "Master paints the pontoons. The Master then signs the berth register.\n")
    assert cells[("Harbour Master", "Sign the berth register")] == "A/R", cells
    assert all(role != "Master" for role, _act in cells), cells
