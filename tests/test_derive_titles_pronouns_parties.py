"""Titles, pronouns and parties told: shapes real documents have, each in text written
for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from raci.derive.draft import derive
from tests.helpers import derived_cells


def _cells(path: Path) -> dict[tuple[str, str], str]:
    return derived_cells(derive([path]))


def _party(cells: dict[tuple[str, str], str], word: str) -> dict[str, str]:
    return {role: letters for (role, act), letters in cells.items() if word in act}


def test_the_one_warned_written_or_replied_to_is_told(tmp_path: Path) -> None:
    path = tmp_path / "quarry.txt"
    path.write_text(
        "Quarry duties\n\n"
        "The Shot Firer warns the Pit Foreman before every blast.\n"
        "The Weighbridge Clerk writes to the Haulage Manager with the monthly tonnage.\n"
        "The Site Secretary replies to the Parish Clerk within five days.\n"
        "The Pit Foreman sends each Dumper Driver the haul plan.\n", encoding="utf-8")
    cells = _cells(path)
    assert _party(cells, "blast") == {"Shot Firer": "A/R", "Pit Foreman": "I"}, cells
    assert _party(cells, "tonnage") == {"Weighbridge Clerk": "A/R",
                                        "Haulage Manager": "I"}, cells
    assert _party(cells, "Parish Clerk") == {"Site Secretary": "A/R",
                                             "Parish Clerk": "I"}, cells
    assert _party(cells, "haul plan") == {"Pit Foreman": "A/R", "Dumper Driver": "I"}, cells


def test_the_one_called_out_is_a_party_told(tmp_path: Path) -> None:
    # named only in lower case, after "calls out": a party all the same
    path = tmp_path / "canal.txt"
    path.write_text(
        "Canal breach\n\n"
        "The Lock Keeper closes the stop planks. "
        "The Lock Keeper calls out the dredging contractor.\n", encoding="utf-8")
    cells = _cells(path)
    assert _party(cells, "dredging") == {"Lock Keeper": "A/R",
                                         "Dredging Contractor": "I"}, cells


def test_a_title_of_the_command_or_the_watch_is_one_role(tmp_path: Path) -> None:
    assert actor_name("Senior Pilot in Command") == "Senior Pilot in Command"
    assert actor_name("the Second Officer of the Watch") == "Second Officer of the Watch"
    assert actor_name("Field Officer of the Day") == "Field Officer of the Day"
    path = tmp_path / "ferry.txt"
    path.write_text(
        "Ferry crossing\n\n"
        "The Deck Officer of the Watch keeps the deck log.\n"
        "The Deck Officer of the Watch warns the Engineer of the Watch before any change of "
        "speed.\n"
        "The Engineer of the Watch checks the bilges every hour.\n"
        "The Balloon Pilot in Command signs the load sheet.\n", encoding="utf-8")
    cells = _cells(path)
    roles = {role for role, _ in cells}
    assert roles == {"Deck Officer of the Watch", "Engineer of the Watch",
                     "Balloon Pilot in Command"}, roles
    assert _party(cells, "speed") == {"Deck Officer of the Watch": "A/R",
                                      "Engineer of the Watch": "I"}, cells
    assert _party(cells, "bilges") == {"Engineer of the Watch": "A/R"}, cells
    assert _party(cells, "load sheet") == {"Balloon Pilot in Command": "A/R"}, cells


def test_a_person_served_told_in_lower_case_is_a_party(tmp_path: Path) -> None:
    path = tmp_path / "lettings.txt"
    path.write_text(
        "Repairs desk\n\n"
        "The Repairs Clerk logs each repair request. "
        "The Repairs Clerk writes to the resident with the appointment time.\n"
        "The Site Nurse tells the patient about the fasting rules.\n"
        "The Booking Officer sends the wedding invoice to the couple.\n"
        "The Booking Officer keeps the guest list.\n", encoding="utf-8")
    cells = _cells(path)
    assert _party(cells, "appointment") == {"Repairs Clerk": "A/R", "Resident": "I"}, cells
    assert _party(cells, "fasting") == {"Site Nurse": "A/R", "Patient": "I"}, cells
    assert _party(cells, "wedding") == {"Booking Officer": "A/R", "Couple": "I"}, cells
    # a served word before another noun names no one
    assert _party(cells, "guest list") == {"Booking Officer": "A/R"}, cells
    assert "Guest" not in {role for role, _ in cells}


def test_a_person_served_agreed_with_is_consulted_but_one_handed_a_thing_is_no_role(
        tmp_path: Path) -> None:
    path = tmp_path / "hotel.txt"
    path.write_text(
        "Front desk\n\n"
        "The Night Porter carries the luggage to the guest.\n"
        "The Duty Manager agrees the late checkout with the resident.\n", encoding="utf-8")
    cells = _cells(path)
    assert "Guest" not in {role for role, _ in cells}, cells
    assert _party(cells, "checkout") == {"Duty Manager": "A/R", "Resident": "C"}, cells


def test_the_owner_is_a_party_when_no_longer_owner_role_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kennels.txt"
    path.write_text(
        "Boarding kennels\n\n"
        "The Kennel Assistant walks the dogs twice a day. "
        "The Kennel Assistant phones the owner if a dog stops eating.\n"
        "The Kennel Manager agrees the feeding plan with the owner.\n", encoding="utf-8")
    cells = _cells(path)
    assert _party(cells, "eating") == {"Kennel Assistant": "A/R", "Owner": "I"}, cells
    assert _party(cells, "feeding") == {"Kennel Manager": "A/R", "Owner": "C"}, cells
    # beside a longer role ending in it, "the owner" is that role
    path = tmp_path / "risks.txt"
    path.write_text(
        "Risk register\n\n"
        "The Risk Owner scores each risk every quarter. "
        "The Risk Manager phones the owner if a score rises.\n", encoding="utf-8")
    cells = _cells(path)
    assert _party(cells, "rises") == {"Risk Manager": "A/R", "Risk Owner": "I"}, cells
