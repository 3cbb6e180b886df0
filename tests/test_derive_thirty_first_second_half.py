"""Shapes of the thirty-first set, studied (second half): a data file of stages, each a
list of steps named by what is done ("do:") with who does it ("by:"), who works with the
doer ("with:") and who is told ("tell:"). Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import derived_cells

_LAUNCH_FILE = """\
# Launch roles for the Harbourside lifeboat station
# Each stage lists its steps; `by` does the step, `with` are worked with,
# `tell` are kept informed.
station: Harbourside Lifeboat Station

roles:
  la: Launch Authority
  cox: Coxswain
  mech: Station Mechanic

stages:
  - stage: Launch
    steps:
      - do: Accept the tasking from the coastguard
        by: Launch Authority
        with: [Coastguard]
      - do: Page the volunteer crew
        by: Launch Authority
        tell: [Crew Members]
  - stage: Recovery
    steps:
      - do: Wash down the boat and refuel it
        by: Station Mechanic
        with: [Shore Crew]
      - do: Write the service report
        by: Coxswain
        tell: [Station Chair]
"""


def test_steps_named_by_do_with_by_with_and_tell_lists_are_rows(tmp_path: Path) -> None:
    path = tmp_path / "launch.yaml"
    path.write_text(_LAUNCH_FILE, encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Launch Authority", "Accept the tasking from the coastguard")] == "A/R"
    # a step's "with:" list works with the doer, its "tell:" list is told
    assert cells[("Coastguard", "Accept the tasking from the coastguard")] == "C"
    assert cells[("Crew Member", "Page the volunteer crew")] == "I"
    assert cells[("Station Mechanic", "Wash down the boat and refuel it")] == "A/R"
    assert cells[("Shore Crew", "Wash down the boat and refuel it")] == "C"
    assert cells[("Station Chair", "Write the service report")] == "I"
    assert cells[("Coxswain", "Write the service report")] == "A/R"


_CLUB_MAIL = """\
From: Alison Reed <secretary@millbrookbowls.org.uk>
To: Committee
Cc: Graham Pike (Greens)
Subject: Opening the green

Hello all,

The green opens on 1 May. The Greens Officer keeps the key to the mower shed.

I'll order the new mats. Graham then rolls the green twice and sets out the rinks,
and he marks the ditches before the first match.

Thanks,
Alison
Secretary
"""


def test_a_person_with_their_area_in_brackets_holds_the_post_the_text_names(
        tmp_path: Path) -> None:
    path = tmp_path / "green.txt"
    path.write_text(_CLUB_MAIL, encoding="utf-8")
    cells = derived_cells(derive([path]))
    # "Graham Pike (Greens)" on the Cc line, "the Greens Officer" in the body: Graham's
    # acts by his first name are the Greens Officer's
    assert cells[("Greens Officer", "Roll the green twice")] == "A/R"
    assert not any(role in ("Graham", "Greens") for role, _ in cells)


def test_an_area_in_brackets_names_no_post_when_the_text_names_two() -> None:
    from raci.derive.roles import _area_title

    assert _area_title("Ask the Greens Officer.", "Greens") == "Greens Officer"
    assert _area_title("The Greens Officer and the Greens Manager.", "Greens") is None
    assert _area_title("Greens are cut weekly.", "Greens") is None


def test_what_a_role_checks_that_another_role_has_done_is_the_checkers_duty(
        tmp_path: Path) -> None:
    from tests.helpers import cells_of_text

    text = ("Moving out\n\nThe Tenant empties the shed.\n"
            "The Caretaker books the van and checks that the tenant has confirmed the date.\n")
    cells = cells_of_text(tmp_path / "move.txt", text)
    # "that" opens what is checked: no relative clause whose doer is the Tenant
    assert cells[("Caretaker", "Check that the tenant has confirmed the date")] == "A/R"
    assert not any(name == "Check" for _, name in cells)
    assert ("Tenant", "Check that the tenant has confirmed the date") not in cells


def test_a_role_told_something_by_another_is_told_by_that_role(tmp_path: Path) -> None:
    from tests.helpers import cells_of_text

    text = ("Visits\n\nThe Warden locks the gates.\n"
            "The Tenant is told the date of the visit by the Warden.\n")
    cells = cells_of_text(tmp_path / "visits.txt", text)
    assert cells[("Warden", "Tell the Tenant the date of the visit")] == "A/R"
    assert cells[("Tenant", "Tell the Tenant the date of the visit")] == "I"
    # a party in lower case told something is no role's title: left as it was
    text = ("Visits\n\nThe Warden locks the gates.\n"
            "Late visitors are told the rules by the Warden.\n")
    cells = cells_of_text(tmp_path / "late.txt", text)
    assert not any(name.startswith("Tell") for _, name in cells)


def test_a_role_subject_after_and_is_read_when_the_first_clause_has_none(
        tmp_path: Path) -> None:
    from tests.helpers import cells_of_text

    text = ("Rent\n\nThe Committee meets monthly. The Warden opens the hut.\n\n"
            "Anything still unpaid goes to the Warden, and the committee decides whether "
            "to write to the tenant.\n")
    cells = cells_of_text(tmp_path / "rent.txt", text)
    assert cells[("Committee", "Decide whether to write to the tenant")] == "A/R"
    # a clause with no subject of its own (a role's listed duty) is not parted so
    text = ("<html><body><h2>Duties</h2><ul><li><strong>Club Welfare Lead:</strong> keeps "
            "the register, makes sure every coach and first aider has done the course, and "
            "signs off each player's return to play.</li><li><strong>Coaches:</strong> "
            "remove any injured player from the game.</li><li><strong>First Aiders:"
            "</strong> treat injuries at the pitch side.</li></ul></body></html>")
    cells = cells_of_text(tmp_path / "duties.html", text)
    assert cells[("Club Welfare Lead", "Sign off each player's return")] == "A/R"
    assert ("First Aider", "Sign off each player's return") not in cells


def test_a_duty_with_what_it_is_for_after_so_is_still_a_duty(tmp_path: Path) -> None:
    from tests.helpers import cells_of_text

    text = ("Rota\n\nThe Warden opens the hall.\n"
            "The Caretaker sends the rota to the Warden so he can plan the week.\n")
    cells = cells_of_text(tmp_path / "rota.txt", text)
    # "so he can plan the week" says what the sending is for: no clause of its own that
    # makes the duty none
    assert cells[("Caretaker", "Send the rota to the Warden")] == "A/R"
    assert cells[("Warden", "Send the rota to the Warden")] == "I"
