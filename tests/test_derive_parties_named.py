"""Consulted and informed: the parties the text names, each shape in text written for the
test (docs/derive-measures.md, "Consulted and informed: the parties the text names").
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import derived_cells


def _cells(path: Path) -> dict[tuple[str, str], str]:
    return derived_cells(derive([path]))


def test_parties_told_when_or_how_are_told_of_the_act(tmp_path: Path) -> None:
    # "... and informs X and Y the same day": a letter on the act, not a row "Inform X"
    path = tmp_path / "records.md"
    path.write_text(
        "# Records office duties\n\n"
        "The Records Clerk suspends disposal of the files concerned and informs the "
        "Archivist and the Data Officer the same day.\n\n"
        "The Stores Officer withdraws the faulty stock and tells the Quality Lead at once.\n\n"
        "The Night Porter locks the side gate and notifies the Estate Manager by phone.\n",
        encoding="utf-8")
    cells = _cells(path)
    acts = {act for _role, act in cells}
    assert cells[("Archivist", "Suspend disposal of the files concerned")] == "I", cells
    assert cells[("Data Officer", "Suspend disposal of the files concerned")] == "I", cells
    assert cells[("Records Clerk", "Suspend disposal of the files concerned")] == "A/R"
    assert cells[("Quality Lead", "Withdraw the faulty stock")] == "I", cells
    assert cells[("Estate Manager", "Lock the side gate")] == "I", cells
    assert not any(a.startswith("Inform the Archivist") for a in acts), acts


def test_what_a_party_is_told_keeps_its_own_row(tmp_path: Path) -> None:
    # what the party is told of makes a duty of its own, as before
    path = tmp_path / "rota.md"
    path.write_text(
        "# Rota\n\n"
        "The Rota Manager puts the agreed shift on the weekly plan and informs the Desk "
        "Supervisor of the new times.\n", encoding="utf-8")
    cells = _cells(path)
    told = {act for (role, act) in cells if role == "Desk Supervisor"}
    assert told == {"Inform the Desk Supervisor of the new times"}, cells


def test_the_party_a_passives_doer_works_with_is_consulted(tmp_path: Path) -> None:
    # "... are booked by the Site Warden with the Waste Officer": the doer A/R, the party
    # it works with consulted on the same duty, and named in it as the active voice names
    # it ("books skip collections with the Waste Officer")
    path = tmp_path / "depot.md"
    path.write_text(
        "# Depot\n\n"
        "Changes to the delivery schedule are agreed by the Depot Manager with the Client "
        "Sponsor.\n\n"
        "Skip collections are booked by the Site Warden with the Waste Officer.\n\n"
        "Late returns are reviewed by the Shift Leader together with the Stock Auditor.\n",
        encoding="utf-8")
    cells = _cells(path)
    by_party = {role: (act, letters) for (role, act), letters in cells.items()}
    agreed = "Agree changes to the delivery schedule with the Client Sponsor"
    assert by_party["Client Sponsor"] == (agreed, "C"), cells
    assert by_party["Depot Manager"] == (agreed, "A/R")
    assert by_party["Waste Officer"] == ("Book skip collections with the Waste Officer", "C"), \
        cells
    assert by_party["Stock Auditor"][1] == "C", cells
    assert by_party["Shift Leader"] == (by_party["Stock Auditor"][0], "A/R"), cells


def test_the_party_heard_from_is_consulted_and_out_of_the_name(tmp_path: Path) -> None:
    path = tmp_path / "box-office.md"
    path.write_text(
        "# Box office\n\n"
        "The Box Office Manager sets the ticket prices after hearing from the Marketing "
        "Officer.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells == {("Box Office Manager", "Set the ticket prices"): "A/R",
                     ("Marketing Officer", "Set the ticket prices"): "C"}, cells


def test_a_lender_or_a_household_told_in_lower_case_is_a_party(tmp_path: Path) -> None:
    # people a service deals with, named in lower case, sent or told something
    path = tmp_path / "conveyancing.md"
    path.write_text(
        "# Completion\n\n"
        "The Conveyancer sends the signed title document to the lender and the client.\n\n"
        "The Street Party Organiser tells every household in the road about the closure.\n",
        encoding="utf-8")
    cells = _cells(path)
    sent = "Send the signed title document to the lender"
    assert cells.get(("Lender", sent)) == "I", cells
    assert cells.get(("Client", sent)) == "I", cells
    assert {letters for (role, _act), letters in cells.items() if role == "Household"} == {"I"}


def test_a_party_worked_with_after_a_number_is_consulted(tmp_path: Path) -> None:
    # "with two Assistant Stage Managers", "with both Deputy Wardens": as "with the ..."
    path = tmp_path / "stage.md"
    path.write_text(
        "# Stage management\n\n"
        "The Stage Manager runs the show calls with two Assistant Stage Managers.\n\n"
        "The Hall Warden checks the fire doors with both Deputy Wardens.\n", encoding="utf-8")
    cells = _cells(path)
    consulted = {role for (role, _act), letters in cells.items() if letters == "C"}
    assert consulted == {"Assistant Stage Manager", "Deputy Warden"}, cells
