"""Rows that match no duty, second look (docs/derive-measures.md, "Rows that match no
duty, second look (precision pass)").

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import derived_cells


def _activities(path: Path) -> set[str]:
    return {a for _r, a in derived_cells(derive([path]))}


def test_a_place_or_thing_in_a_partys_charge_is_named_by_the_charge(tmp_path: Path) -> None:
    path = tmp_path / "boatyard.md"
    path.write_text(
        "# Boatyard roles\n\n"
        "## Who does what\n\n"
        "The Yard Foreman is in charge of the slipway and the two cranes.\n\n"
        "The Gate Keeper (Jo Bell) is in charge of all three gates. The Gate Keeper opens "
        "the gates at 6am.\n\n"
        "The Berth Clerk is in charge of recruitment.\n",
        encoding="utf-8")
    names = _activities(path)
    # the place, the things or the people alone name no work: the charge does
    assert "Be in charge of the slipway and the two cranes" in names, names
    assert "Be in charge of all three gates" in names, names
    assert "Slipway and the two cranes" not in names, names
    assert "Three gates" not in names, names
    # a piece of work named by its noun, with no article, keeps its name
    assert "Recruitment" in names, names
    assert "Open the gates at 6am" in names, names


def test_you_in_charge_of_a_place_is_named_by_the_charge(tmp_path: Path) -> None:
    path = tmp_path / "hall-warden.md"
    path.write_text(
        "# Hall Warden\n\n"
        "As Hall Warden you are in charge of the village hall for your evening. You lock "
        "the side door at 10pm.\n",
        encoding="utf-8")
    names = _activities(path)
    assert any(n.startswith("Be in charge of the village hall") for n in names), names
    assert "Lock the side door at 10pm" in names, names


def test_things_in_numbers_in_a_partys_charge_keep_their_name(tmp_path: Path) -> None:
    path = tmp_path / "fair.md"
    path.write_text(
        "# Summer fair\n\n"
        "The Publicity Officer is in charge of the leaflets.\n\n"
        "The Field Marshal is in charge of the car park.\n",
        encoding="utf-8")
    names = _activities(path)
    # things made or kept in numbers, after "the", stay named by the things
    assert "Leaflets" in names, names
    assert "Be in charge of the car park" in names, names


def test_a_line_inviting_questions_names_no_duty(tmp_path: Path) -> None:
    path = tmp_path / "kiln.md"
    path.write_text(
        "# Kiln room\n\n"
        "The Kiln Steward loads the kiln on Fridays and logs every firing.\n\n"
        "Questions about this sheet?\n",
        encoding="utf-8")
    names = _activities(path)
    assert "Load the kiln on Fridays" in names, names
    assert not any(n.lower().startswith("question") for n in names), names


def test_a_line_sending_questions_to_a_party_stays_its_row(tmp_path: Path) -> None:
    path = tmp_path / "kiln-rules.md"
    path.write_text(
        "# Kiln room\n\n"
        "The Kiln Steward loads the kiln on Fridays and logs every firing.\n\n"
        "Questions about this sheet go to the Kiln Steward.\n",
        encoding="utf-8")
    names = _activities(path)
    assert any(n.lower().startswith("question") for n in names), names
