"""Consulted and informed parties read from what the text says of them. Every text here
is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.draft import derive
from raci.derive.extract import activity_names
from tests.helpers import derived_cells


def _cells(path: Path) -> dict[tuple[str, str], str]:
    return derived_cells(derive([path]))


def test_whom_a_duty_is_agreed_with_stays_in_its_name(tmp_path: Path) -> None:
    # agreeing, discussing and confirming are done between two parties: the other party
    # is part of what is done, and consulted on it
    assert activity_names("Agrees the loading order with the Yard Foreman") == [
        "Agree the loading order with the Yard Foreman"]
    assert activity_names("Discusses the draft timetable with the Bursar") == [
        "Discuss the draft timetable with the Bursar"]
    # and so does a party the duty is done with, named by an article and a title
    assert activity_names("Reviews the plan with the Data Manager") == [
        "Review the plan with the Data Manager"]
    path = tmp_path / "depot.md"
    path.write_text(
        "# Depot duties\n\n"
        "The Shift Planner agrees the loading order with the Yard Foreman before each "
        "shift.\n"
        "The Yard Foreman checks the trailers.\n", encoding="utf-8")
    cells = _cells(path)
    name = next(a for (r, a) in cells if r == "Shift Planner")
    assert name.startswith("Agree the loading order with the Yard Foreman")
    assert cells[("Shift Planner", name)] == "A/R"
    assert cells[("Yard Foreman", name)] == "C"


def test_whom_a_duty_is_shared_or_filed_with_is_told_and_stays_in_its_name(
        tmp_path: Path) -> None:
    # sharing something with a party, or filing or lodging it with a body, hands it over:
    # the party is told, and named in the duty as a hand-off's recipient is
    path = tmp_path / "stores.md"
    path.write_text(
        "# Stores duties\n\n"
        "The Storekeeper shares the weekly stock count with the Kitchen Manager.\n"
        "The Kitchen Manager files the hygiene return with the District Inspector.\n",
        encoding="utf-8")
    cells = _cells(path)
    share = "Share the weekly stock count with the Kitchen Manager"
    assert cells[("Storekeeper", share)] == "A/R"
    assert cells[("Kitchen Manager", share)] == "I"
    filed = "File the hygiene return with the District Inspector"
    assert cells[("Kitchen Manager", filed)] == "A/R"
    assert cells[("District Inspector", filed)] == "I"


def test_two_parties_told_together_are_one_duty_of_telling_both(tmp_path: Path) -> None:
    # "tells the A and the B about ...": both are told of the same thing, and the duty
    # names both and what they are told
    path = tmp_path / "pool.md"
    path.write_text(
        "# Pool duties\n\n"
        "The Lifeguard checks the water. The Duty Manager runs the centre. The Pool "
        "Engineer keeps the plant room.\n\n"
        "The Lifeguard tells the Duty Manager and the Pool Engineer about any cloudy "
        "water.\n", encoding="utf-8")
    cells = _cells(path)
    told = "Tell the Duty Manager and the Pool Engineer about any cloudy water"
    assert cells[("Lifeguard", told)] == "A/R"
    assert cells[("Duty Manager", told)] == "I"
    assert cells[("Pool Engineer", told)] == "I"


def test_three_parties_told_are_named_whole_not_cut_inside_their_list() -> None:
    # a list of parties told, longer than a name's seven words, is kept whole up to the
    # phrase after it, not cut before its "and" ("Notify the Bar Manager, the Cellar
    # Keeper")
    assert activity_names("Notifies the Bar Manager, the Cellar Keeper and the Head Chef"
                          ) == ["Notify the Bar Manager, the Cellar Keeper and the Head Chef"]
    assert activity_names("Tells the Bar Manager, the Cellar Keeper and the Head Chef "
                          "about any fault in the cold store") == [
        "Tell the Bar Manager, the Cellar Keeper and the Head Chef"]
    # a list of things is cut as before
    assert activity_names("Stacks the chairs, the long folding tables and the old wooden "
                          "trestles") == ["Stack the chairs"]


def test_what_a_party_is_told_stays_in_the_duty(tmp_path: Path) -> None:
    # "tells the X that ...": what the party is told is the duty's object, not a clause to
    # cut
    assert activity_names("Tell the Harbour Office that the slipway is clear") == [
        "Tell the Harbour Office that the slipway is clear"]
    path = tmp_path / "marina.md"
    path.write_text(
        "# Marina duties\n\n"
        "The Dock Assistant checks the slipway. The Harbour Master runs the marina.\n\n"
        "The Dock Assistant notifies the Harbour Master that the slipway is clear.\n",
        encoding="utf-8")
    cells = _cells(path)
    told = "Notify the Harbour Master that the slipway is clear"
    assert cells[("Dock Assistant", told)] == "A/R"
    assert cells[("Harbour Master", told)] == "I"


def test_what_a_party_is_let_know_stays_in_the_duty(tmp_path: Path) -> None:
    # two "let X know if/when ..." items are two duties, each keeping what is told
    path = tmp_path / "kiln.md"
    path.write_text(
        "# Studio duties\n\n"
        "## Kiln Technician\n\n"
        "- Let the Studio Manager know if the kiln is running hot.\n"
        "- Let the Studio Manager know when the glaze stock runs low.\n\n"
        "## Studio Manager\n\n- Open the studio.\n", encoding="utf-8")
    cells = _cells(path)
    for told in ("Let the Studio Manager know if the kiln is running hot",
                 "Let the Studio Manager know when the glaze stock runs low"):
        assert cells[("Kiln Technician", told)] == "A/R"
        assert cells[("Studio Manager", told)] == "I"


def test_whom_a_thing_is_confirmed_handed_or_published_to_is_told(tmp_path: Path) -> None:
    # "confirms the count to the X", "hands the keys, the float and the log to the X",
    # "publishes the results to the X": the thing named between the verb and "to" is
    # what goes to the party, who is told
    path = tmp_path / "ferry.md"
    path.write_text(
        "# Ferry duties\n\n"
        "## Deck Officer\n\n"
        "- Confirms the passenger count to the Harbour Controller by radio.\n"
        "- Hands the keys, the cash float and the deck log to the Relief Master.\n"
        "- Publishes the revised sailing times to the Booking Clerk.\n\n"
        "## Relief Master\n\n- Takes the evening crossings.\n\n"
        "## Harbour Controller\n\n- Allocates the berths.\n\n"
        "## Booking Clerk\n\n- Sells the tickets.\n", encoding="utf-8")
    cells = _cells(path)
    for party, what in (("Harbour Controller", "passenger count"),
                        ("Relief Master", "the keys"), ("Booking Clerk", "sailing times")):
        name = next(a for (r, a) in cells if r == "Deck Officer" and what in a)
        assert cells[("Deck Officer", name)] == "A/R"
        assert cells[(party, name)] == "I"


def test_whom_a_thing_is_issued_or_copied_to_stays_in_its_name(tmp_path: Path) -> None:
    # issuing or copying a thing to a party hands it over as sending does: the party
    # stays in the duty's name and is told
    path = tmp_path / "ferry.md"
    path.write_text(
        "# Ferry duties\n\n"
        "## Deck Officer\n\n"
        "- Issues the loading plan to the Relief Master before each sailing.\n"
        "- Copies the incident log to the Harbour Controller.\n\n"
        "## Relief Master\n\n- Takes the evening crossings.\n\n"
        "## Harbour Controller\n\n- Allocates the berths.\n", encoding="utf-8")
    cells = _cells(path)
    for party, name in (("Relief Master", "Issue the loading plan to the Relief Master"),
                        ("Harbour Controller",
                         "Copy the incident log to the Harbour Controller")):
        assert cells[("Deck Officer", name)] == "A/R"
        assert cells[(party, name)] == "I"


def test_every_one_of_a_kind_told_in_lower_case_is_a_party(tmp_path: Path) -> None:
    # "to all bidders", "to both drivers": a kind of agent named in lower case after "all",
    # "both", "every" or "each" is a party told, as a role word there is
    path = tmp_path / "tender.md"
    path.write_text(
        "# Tender duties\n\n"
        "## Procurement Lead\n\n"
        "- Sends the clarification log to all bidders every Friday.\n\n"
        "## Panel Chair\n\n- Chairs the scoring panel.\n", encoding="utf-8")
    cells = _cells(path)
    name = next(a for (r, a) in cells if r == "Procurement Lead" and "clarification" in a)
    assert cells[("Procurement Lead", name)] == "A/R"
    assert cells[("Bidder", name)] == "I"


def test_telling_after_an_act_on_a_party_is_a_duty_of_its_own(tmp_path: Path) -> None:
    # "phones the Fire Officer and informs the Estate Manager": the officer is the act's
    # object, and telling the manager is a second duty, not a letter on phoning the
    # officer; telling after an act on a thing stays a letter on that act
    path = tmp_path / "stables.md"
    path.write_text(
        "# Yard duties\n\n"
        "The Yard Supervisor will phone the Fire Officer and inform the Estate Manager.\n\n"
        "The Yard Supervisor locks the feed store and informs the Estate Manager.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Yard Supervisor", "Phone the Fire Officer")] == "A/R", cells
    assert ("Estate Manager", "Phone the Fire Officer") not in cells, cells
    assert cells[("Yard Supervisor", "Inform the Estate Manager")] == "A/R", cells
    assert cells[("Estate Manager", "Inform the Estate Manager")] == "I", cells
    assert cells[("Estate Manager", "Lock the feed store")] == "I", cells


def test_the_idioms_of_telling_in_the_passive(tmp_path: Path) -> None:
    """"are kept in the loop" after a duty, "is looped in on", "is made aware": told, as
    "is informed" is; a reason after what they are told of is no part of its name."""
    path = tmp_path / "lettings.md"
    path.write_text(
        "# Lettings\n\n"
        "The Lettings Manager signs off each tenancy; the Directors are kept in the loop.\n\n"
        "The Property Accountant is looped in on deposit disputes.\n\n"
        "The Caretaker is kept up to date on repairs, since the keys are held at the "
        "lodge.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Lettings Manager", "Sign off each tenancy")] == "A/R"
    assert cells[("Director", "Sign off each tenancy")] == "I"
    assert {role for role, activity in cells if "dispute" in activity.lower()} == {
        "Property Accountant"}
    assert cells[("Caretaker", "Repairs")] == "I"


def test_a_telling_after_a_participle_or_an_idiom_is_a_letter(tmp_path: Path) -> None:
    """", keeping X informed", ", informing X", "and loops in X", "and copies in X", "and
    cc's X": X is told of the duty, as after "and informs X"."""
    lines = {"keeping": "The Site Agent books the crane, keeping the Planner informed.",
             "informing": "The Site Agent books the crane, informing the Planner.",
             "loops": "The Site Agent books the crane and loops in the Planner.",
             "copies": "The Site Agent books the crane and copies in the Planner.",
             "cc": "The Site Agent books the crane and cc's the Planner."}
    for name, line in lines.items():
        path = tmp_path / f"{name}.md"
        path.write_text(f"# Site\n\n{line}\n\nThe Planner sets the programme.\n",
                        encoding="utf-8")
        cells = _cells(path)
        assert cells[("Site Agent", "Book the crane")] == "A/R", name
        assert cells[("Planner", "Book the crane")] == "I", name


def test_the_idioms_of_consulting_after_the_act_or_around_the_subject(
        tmp_path: Path) -> None:
    """", checking with X first", ", drawing on X's advice", "and runs it past X", and
    "The Y, working with X, ..." between commas: X is consulted on the duty, as after
    "in consultation with X" (before, the sentence between commas gave no row at all, and
    the others a row of their own or none)."""
    lines = {"checking": "The Chef writes the menu, checking with the Nutritionist first.",
             "drawing": "The Chef writes the menu, drawing on the Nutritionist's advice.",
             "past": "The Chef writes the menu and runs it past the Nutritionist.",
             "working": "The Chef, working with the Nutritionist, writes the menu.",
             "with": "The Chef, with the Nutritionist, writes the menu."}
    for name, line in lines.items():
        path = tmp_path / f"{name}.md"
        path.write_text(f"# Kitchen\n\n{line}\n\nThe Nutritionist audits the recipes.\n",
                        encoding="utf-8")
        cells = _cells(path)
        assert cells[("Chef", "Write the menu")] == "A/R", name
        assert cells[("Nutritionist", "Write the menu")] == "C", name
        assert len([a for r, a in cells if r == "Chef"]) == 1, name


def test_told_what_after_a_duty_is_a_letter_on_it(tmp_path: Path) -> None:
    """"...; the Chair is told the total" (or "is sent a copy", "is shown the draft"): the
    Chair is told of the duty just stated, and no row is named after "the total"."""
    path = tmp_path / "fete.md"
    path.write_text(
        "# After the fete\n\n"
        "The Treasurer banks the takings; the Fete Chair is told the total.\n\n"
        "The Secretary writes the thank-you letters. The Vicar is sent a copy.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Treasurer", "Bank the takings")] == "A/R"
    assert cells[("Fete Chair", "Bank the takings")] == "I"
    assert cells[("Vicar", "Write the thank-you letters")] == "I"
    assert not any("total" in activity.lower() or activity.lower() == "copy"
                   for _, activity in cells)


@pytest.mark.parametrize("told", [
    "The Deputy Leader must be informed immediately.",
    "The Deputy Leader and the Headteacher must be told at once.",
    "The following must be informed immediately: the Deputy Leader, the Headteacher "
    "and the parents.",
])
def test_roles_told_after_a_duty_in_a_sentence_of_their_own(tmp_path: Path,
                                                             told: str) -> None:
    # after a duty, a sentence saying who must be told (with "at once", two roles as its
    # subject, or a list after "The following must be informed:") tells each of them
    path = tmp_path / "missing.md"
    path.write_text(
        "# Missing child procedure\n\n"
        f"If a child goes missing, the Trip Leader searches the area. {told}\n\n"
        "The Deputy Leader stays with the rest of the group. The Headteacher keeps the "
        "parents updated.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Trip Leader", "Search the area")] == "A/R", cells
    assert cells[("Deputy Leader", "Search the area")] == "I", cells
    if "Headteacher" in told:
        assert cells[("Headteacher", "Search the area")] == "I", cells
