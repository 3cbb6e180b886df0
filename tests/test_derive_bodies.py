"""Parties in lower case and public bodies: a body or a person outside the team named by
what it is ("the fire service", "the trade union", "the duty GP"), each shape in text
written for the test (docs/derive-measures.md, "Parties in lower case and public bodies").
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import capital_body, counterparts, named_body, subject_actor
from raci.derive.draft import derive
from tests.helpers import derived_cells


def _cells(path: Path) -> dict[tuple[str, str], str]:
    return derived_cells(derive([path]))


def _letters_of(cells: dict[tuple[str, str], str], role: str) -> set[str]:
    return {letters for (who, _act), letters in cells.items() if who == role}


def test_a_body_told_or_sent_something_in_lower_case_is_informed(tmp_path: Path) -> None:
    path = tmp_path / "yard.md"
    path.write_text(
        "# Yard duties\n\n"
        "The Yard Supervisor calls the fire service if a trailer catches light.\n\n"
        "The Head of Year sends the pupil's file to the new school within five days.\n\n"
        "The Race Secretary informs the national governing body of every protest.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert _letters_of(cells, "Fire Service") == {"I"}, cells
    assert _letters_of(cells, "School") == {"I"}, cells
    assert _letters_of(cells, "National Governing Body") == {"I"}, cells


def test_a_body_worked_with_in_lower_case_is_consulted(tmp_path: Path) -> None:
    path = tmp_path / "works.md"
    path.write_text(
        "# Works\n\n"
        "The Bursar agrees the repayment dates with the bank.\n\n"
        "The Chief Executive sets the pay scales in consultation with the trade union.\n\n"
        "The Events Lead books the catering with the two conference venues.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert _letters_of(cells, "Bank") == {"C"}, cells
    assert _letters_of(cells, "Trade Union") == {"C"}, cells
    assert _letters_of(cells, "Conference Venue") == {"C"}, cells


def test_the_name_is_what_the_body_is_not_which_one() -> None:
    # "the issuing embassy" is the embassy; the words after the name are not part of it
    assert named_body(["the", "issuing", "embassy"]) == "Embassy"
    assert named_body(["the", "bearers", "before", "they", "leave"]) == "Bearer"
    assert named_body(["the", "emergency", "services"]) == "Emergency Service"
    assert named_body(["the", "duty", "GP"]) == "Duty GP"


def test_things_and_places_are_no_parties() -> None:
    # a word of the reviewed list is needed as the last word, and a kind of body
    # ("service", "office", "body") only after a word that says which
    for phrase in ("the form", "the hall", "the register", "the service", "the office",
                   "the body", "the printer", "the school's report"):
        assert named_body(phrase.split()) is None, phrase
    assert counterparts("The Caretaker takes the form to the hall.") == []
    assert counterparts("The Verger reports the fault to the service.") == []
    # going somewhere hands nothing over
    assert counterparts("The Driver drives the minibus to the school.") == []


def test_a_body_by_its_initials_before_how_it_is_told(tmp_path: Path) -> None:
    # "... to the HSE under RIDDOR", "... to the CAA through the portal", "... with the
    # ICB - by Friday": the initials are the party, how or when it is told follows
    assert "HSE" in counterparts(
        "The Site Manager reports each dangerous occurrence to the HSE under RIDDOR.")
    assert "CAA" in counterparts(
        "The Chief Pilot reports the occurrence to the CAA through the online portal.")
    assert "ICB" in counterparts("JB – confirm the funding with the ICB – by Friday")
    path = tmp_path / "site.md"
    path.write_text(
        "# Site\n\n"
        "The Site Manager reports each dangerous occurrence to the HSE under RIDDOR.\n",
        encoding="utf-8")
    assert _letters_of(_cells(path), "HSE") == {"I"}


def test_a_body_named_by_what_it_is_acts(tmp_path: Path) -> None:
    # the doer of an act: "the duty GP examines ...", "the listing office fixes ..."
    assert subject_actor("The duty GP examines the patient.") == ("Duty GP", 12)
    assert subject_actor("The form goes to the office.") is None
    path = tmp_path / "clinic.md"
    path.write_text(
        "# Clinic\n\n"
        "The duty GP examines the patient and decides on admission.\n\n"
        "The listing office fixes the hearing date.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Duty GP", "Examine the patient")] == "A/R", cells
    assert cells[("Listing Office", "Fix the hearing date")] == "A/R", cells


def test_a_body_named_in_lower_case_in_a_tables_cell(tmp_path: Path) -> None:
    # a cell beside the row's role: "calls the harbour authority if ..." names a party as
    # a title there would
    path = tmp_path / "marina.md"
    path.write_text(
        "# Marina roles\n\n"
        "| Role | Duties |\n| --- | --- |\n"
        "| Berthing Master | Logs every arrival; calls the harbour authority if a berth "
        "is blocked |\n"
        "| Fuel Attendant | Fills the tanks and records each sale |\n",
        encoding="utf-8")
    cells = _cells(path)
    assert _letters_of(cells, "Harbour Authority") == {"I"}, cells


def test_the_first_of_two_objects_is_whom_the_second_goes_to(tmp_path: Path) -> None:
    # "sends the care home a copy": the care home is sent the copy
    assert counterparts("The Ward Sister sends the care home a copy of the notes.") == [
        "Care Home"]
    assert counterparts("The Host sends the guest the booking form.") == ["Guest"]
    # a thing as the first object is no party
    assert counterparts("The Clerk hands the keys the next morning.") == []
    path = tmp_path / "ward.md"
    path.write_text(
        "# Ward\n\n"
        "The Ward Sister sends the care home a copy of the notes on the day of discharge.\n",
        encoding="utf-8")
    assert _letters_of(_cells(path), "Care Home") == {"I"}


def test_a_body_written_as_a_name_that_work_goes_to() -> None:
    # a name in capitals with no role word: the body work is sent, referred or applied to
    assert capital_body(["Occupational", "Health"]) == "Occupational Health"
    assert capital_body(["the", "Cash", "Centre"]) == "Cash Centre"
    assert capital_body(["Licensing"]) == "Licensing"
    # a person's given name, a place or a thing is no body
    for words in (["Tom"], ["Leeds"], ["the", "Fire", "Control", "Point"], ["the", "Tenant",
                  "Portal"], ["Room", "4"], ["Friday"]):
        assert capital_body(words) is None, words
    assert "Occupational Health" in counterparts(
        "The Depot Manager refers the driver to Occupational Health.")
    # going there is no handing over
    assert counterparts("The Driver takes the minibus to Building Control.") == []


def test_an_office_in_capitals_told_after_its_article(tmp_path: Path) -> None:
    # "tell the Control Room" as "tell Ops Control": an office named in capitals, its
    # last word no role word
    assert "Control Room" in counterparts("If an animal is loose, tell the Control Room.")
    path = tmp_path / "zoo.md"
    path.write_text(
        "# Keepers\n\n"
        "The Duty Keeper checks the enclosure locks and tells the Control Room at once.\n",
        encoding="utf-8")
    assert _letters_of(_cells(path), "Control Room") == {"I"}
