"""Gaps earlier passes left, second list, each closed in general: a sign-off of the duty
before in a sentence of its own, a kind of body in the plural that names no party, a
passive's doer by first name, a title holding a hyphenated noun, "Everyone" as a doer,
"the officer" among several officers' titles, a condition written first before several
acts after a modal, and a particle after a verb that says little on its own. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import cells_of_text

SIGN_OFF_ALONE = """# Bowls club: money

The Treasurer prepares the annual accounts. The President signs these off.

The Fixtures Secretary drafts the summer fixture list.
The Captain approves it.
"""


def test_a_sign_off_in_a_sentence_of_its_own_answers_for_the_duty_before(
        tmp_path: Path) -> None:
    # "The President signs these off.": the accounts just named are the President's to
    # answer for, no row "Sign these off" of their own
    cells = cells_of_text(tmp_path / "bowls.md", SIGN_OFF_ALONE)
    assert cells[("Treasurer", "Prepare the annual accounts")] == "R", cells
    assert "A" in cells[("President", "Prepare the annual accounts")], cells
    assert cells[("Fixtures Secretary", "Draft the summer fixture list")] == "R", cells
    assert "A" in cells[("Captain", "Draft the summer fixture list")], cells
    assert not any(name.startswith(("Sign these", "Approve it")) for _r, name in cells), cells


GENERIC_PLURAL = """# Youth club: the leader's work

The Club Leader plans the term's sessions. The Club Leader must liaise with agencies about
funding and works with charities on the summer trip.

The Club Leader sends the annual return to the council.
"""


def test_a_kind_of_body_in_the_plural_names_no_party(tmp_path: Path) -> None:
    # "liaise with agencies": no "Agency" consulted; the work stays the leader's
    cells = cells_of_text(tmp_path / "youth.md", GENERIC_PLURAL)
    assert cells[("Club Leader", "Liaise with agencies about funding")] == "A/R", cells
    assert not any(role in ("Agency", "Charity") for role, _name in cells), cells


GENERIC_PLURAL_NAMED = GENERIC_PLURAL + "\nThe agency sends a youth worker each Friday.\n"


def test_a_kind_of_body_the_page_names_as_one_is_still_a_party(tmp_path: Path) -> None:
    # "the agency" as a doer of its own: a party of the page, consulted where it is
    # written in the plural
    cells = cells_of_text(tmp_path / "youth.md", GENERIC_PLURAL_NAMED)
    assert cells[("Agency", "Liaise with agencies about funding")] == "C", cells


PASSIVE_BY_FIRST_NAME = """# Scout hut: who's who and jobs

## Who's who

- Hut Warden – Corin Vale
- Quartermaster – Tamsin Reed

## Jobs

The hut inspection is done by Corin every Sunday. Tent poles are counted by Tamsin after
each camp.

The Quartermaster orders new pegs.
"""


def test_a_passives_doer_by_first_name_is_the_role_the_person_holds(tmp_path: Path) -> None:
    # "- Hut Warden – Corin Vale" over "... is done by Corin": Corin's duty is the Hut
    # Warden's, though Corin is never a sentence's subject
    cells = cells_of_text(tmp_path / "hut.md", PASSIVE_BY_FIRST_NAME)
    assert cells[("Hut Warden", "Do the hut inspection")] == "A/R", cells
    assert cells[("Quartermaster", "Count tent poles")] == "A/R", cells


HYPHENATED_TITLE = """# Theatre: evening duties

The Front-of-House Team opens the doors at seven. The Goods-in Team unloads the set.
The Stage Manager calls the half.
"""


def test_a_title_holding_a_hyphenated_noun_is_one_role(tmp_path: Path) -> None:
    # "Front-of-House Team": one team, no "House Team" inside it
    cells = cells_of_text(tmp_path / "theatre.md", HYPHENATED_TITLE)
    assert cells[("Front-of-House Team", "Open the doors at seven")] == "A/R", cells
    assert cells[("Goods-in Team", "Unload the set")] == "A/R", cells
    roles = [r.name for r in derive([tmp_path / "theatre.md"]).to_template("t", "t").roles]
    assert "House Team" not in roles, roles


EVERYONE_ACTS = """# Market stall: Saturday

The Stall Holder collects the float from the bank. Everyone packs down the gazebo once the
market closes. Everybody must sign the van log.
"""


def test_everyone_as_a_doer_is_one_role_for_all(tmp_path: Path) -> None:
    # "Everyone packs down ...", "Everybody must sign ...": one role, Everyone
    cells = cells_of_text(tmp_path / "stall.md", EVERYONE_ACTS)
    assert cells[("Everyone", "Pack down the gazebo once the market closes")] == "A/R", cells
    assert cells[("Everyone", "Sign the van log")] == "A/R", cells


OFFICER_BACK = """# Parking appeals

The Appeals Officer, the Senior Appeals Officer and the Parking Support Officer share the
appeals inbox.

Where an appeal is simple, the Appeals Officer answers the driver and the Senior Appeals
Officer grants any refund. Where it is not, the officer prepares a case file for the Panel.

A late appeal is logged by the Parking Support Officer, and the officer writes to the driver.
"""


def test_the_officer_is_the_title_named_before_it(tmp_path: Path) -> None:
    # "the officer" among three officers' titles: the one the paragraph named last, or,
    # of two named, the one the other ends with
    cells = cells_of_text(tmp_path / "appeals.md", OFFICER_BACK)
    assert cells[("Appeals Officer", "Prepare a case file for the Panel")] == "A/R", cells
    assert cells[("Parking Support Officer", "Write to the driver")] == "A/R", cells


CONDITION_BEFORE_SEVERAL_ACTS = """# Community hall: emergencies

The Hall Warden is responsible for the building. The Groundsman keeps the car park.

If the fire alarm sounds, the Hall Warden will sweep the toilets, shut the kitchen hatch
and meet the fire crew.

If the barrier sticks the Groundsman must lift it by hand, cone off the entrance and ring
the supplier.
"""


def test_a_condition_first_before_several_acts_after_a_modal(tmp_path: Path) -> None:
    # "If ..., the Hall Warden will sweep ..., shut ... and meet ...": each act the
    # Warden's, none an order to the reader and none named with the condition
    cells = cells_of_text(tmp_path / "hall.md", CONDITION_BEFORE_SEVERAL_ACTS)
    assert cells[("Hall Warden", "Sweep the toilets")] == "A/R", cells
    assert cells[("Hall Warden", "Shut the kitchen hatch")] == "A/R", cells
    assert cells[("Hall Warden", "Meet the fire crew")] == "A/R", cells
    assert cells[("Groundsman", "Cone off the entrance")] == "A/R", cells
    assert cells[("Groundsman", "Ring the supplier")] == "A/R", cells
    assert not any(name.lower().startswith("if ") or " if " in name.lower()
                   for _role, name in cells), cells


PARTICLES_IN_CHAINED_ACTS = """# Tombola

The Tombola Keeper counts up the tickets, gives back the empty tins and gives away the
last prizes.
"""


def test_a_particle_after_a_common_verb_stays_with_it(tmp_path: Path) -> None:
    # "gives back the empty tins": the verb and its particle, not "Back the empty tins"
    cells = cells_of_text(tmp_path / "tombola.md", PARTICLES_IN_CHAINED_ACTS)
    assert cells[("Tombola Keeper", "Count up the tickets")] == "A/R", cells
    assert cells[("Tombola Keeper", "Give back the empty tins")] == "A/R", cells
    assert cells[("Tombola Keeper", "Give away the last prizes")] == "A/R", cells


SIGN_OFF_DENIED = """# Bowls club: minutes

The Clerk writes the minutes. The Chair does not approve them.

The Treasurer prepares the annual accounts. The President never signs these off.

The Fixtures Secretary drafts the fixture list, and the Captain doesn't approve it.
"""


def test_a_sign_off_denied_answers_for_nothing(tmp_path: Path) -> None:
    # "The Chair does not approve them.": no approval of the minutes, the Clerk's alone
    cells = cells_of_text(tmp_path / "bowls.md", SIGN_OFF_DENIED)
    assert cells[("Clerk", "Write the minutes")] == "A/R", cells
    assert ("Chair", "Write the minutes") not in cells, cells
    assert ("President", "Prepare the annual accounts") not in cells, cells
    assert ("Captain", "Draft the fixture list") not in cells, cells


HEADS_OF_A_BODY = """# School: the department

The Head of Department sets the scheme of work. The Deputy Head of Department runs cover.
The Head of Department writes the budget and the department holds a review each June.
"""


def test_the_body_a_title_heads_stands_for_no_title(tmp_path: Path) -> None:
    # "the department holds a review": the department, not the Head of Department, though
    # two titles of the page end on "Department"
    cells = cells_of_text(tmp_path / "school.md", HEADS_OF_A_BODY)
    assert any(role == "Head of Department" and name.startswith("Write the budget")
               for role, name in cells), cells
    assert not any(name.startswith("Hold a review") for _role, name in cells), cells


PASSIVE_IN_THE_PAST = """# Bowls club: who's who

## Who's who

- Membership Officer – Rowan Hale

## About us

The club was founded by Rowan in 1990. The Captain picks the team.
"""


def test_a_passive_in_the_past_by_first_name_is_no_duty(tmp_path: Path) -> None:
    # "was founded by Rowan": history, so Rowan's line makes no role with nothing to do
    path = tmp_path / "club.md"
    cells = cells_of_text(path, PASSIVE_IN_THE_PAST)
    assert cells == {("Captain", "Pick the team"): "A/R"}, cells
    roles = [r.name for r in derive([path]).to_template("t", "t").roles]
    assert roles == ["Captain"], roles


OFFICER_AS_OBJECT = """# Parking appeals

The Appeals Officer and the Senior Appeals Officer share the appeals inbox.

The Senior Appeals Officer sends the officer notes on each case.
"""


def test_the_officer_after_a_verb_is_left_as_written(tmp_path: Path) -> None:
    # "sends the officer notes": "the officer" is whom the notes go to, though "notes" could
    # be a verb; no role sends notes to itself
    cells = cells_of_text(tmp_path / "appeals.md", OFFICER_AS_OBJECT)
    assert not any(name.startswith("Send the Senior Appeals Officer") for _r, name in cells), \
        cells
    assert any(role == "Senior Appeals Officer" and name.startswith("Send the officer notes")
               for role, name in cells), cells
