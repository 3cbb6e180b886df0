"""Shapes of the thirtieth set, studied (first half): a table's "Work with" column, a
short title kept as the prose writes it when its full words stand only inside a longer
title, a title whose name opens with "New", a table whose rows are named by a level
beside a column of how soon, a long duty done with titled parties, an action line that
names a thing to be done by a date, and a title's last word in capitals after "the". Every
text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from raci.derive.extract import activity_name
from raci.derive.roles import expand_abbreviation, role_columns
from tests.helpers import cells_of_text


def test_a_work_with_head_consults_its_parties() -> None:
    cols = role_columns(("Task", "Lead", "Approves", "Work with", "Keep informed"))
    assert cols[3] == "C"
    assert role_columns(("Job", "Owner", "Works with"))[2] == "C"
    # (a head that only holds "work" is no column of parties)
    assert 2 not in role_columns(("Job", "Owner", "Work done"))


def test_a_plan_names_whom_each_row_is_worked_with(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "harvest.md",
        "# Harvest weekend\n\n"
        "| Task | Lead | Approves | Work with | Keep informed |\n"
        "|---|---|---|---|---|\n"
        "| Grain dryer start-up | Farm Foreman | Farm Manager | Electrician | Agronomist |\n"
        "| Field order for the combines | Farm Foreman | | Agronomist, Contractor | |\n")
    assert cells[("Farm Foreman", "Grain dryer start-up")] == "R"
    assert cells[("Farm Manager", "Grain dryer start-up")] == "A"
    assert cells[("Electrician", "Grain dryer start-up")] == "C"
    assert cells[("Agronomist", "Grain dryer start-up")] == "I"
    assert cells[("Agronomist", "Field order for the combines")] == "C"
    assert cells[("Contractor", "Field order for the combines")] == "C"


_HARBOUR = ("The Duty Harbour Operations Manager declares a storm alert. Harbour Ops crews "
            "check the moorings every hour.")


def test_a_short_title_stays_when_its_full_words_are_only_part_of_another() -> None:
    assert expand_abbreviation("Harbour Ops", _HARBOUR, _HARBOUR) == ("Harbour Ops", None)
    # the full words standing on their own name the same party: the title is spelled out
    alone = _HARBOUR + " Harbour Operations keeps the mooring log."
    assert expand_abbreviation("Harbour Ops", alone, alone) == (
        "Harbour Operations", "Harbour Ops")
    # (a sentence's "The" before the full words is no part of a longer title)
    the = _HARBOUR + " The Harbour Operations log is kept on the quay."
    assert expand_abbreviation("Harbour Ops", the, the)[0] == "Harbour Operations"


def test_a_table_names_the_crew_as_the_prose_does(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "storm.md",
        "# Storm plan\n\n" + _HARBOUR + "\n\n"
        "| Task | Lead | Approves |\n|---|---|---|\n"
        "| Mooring checks | Harbour Ops | Duty Harbour Operations Manager |\n")
    assert cells[("Harbour Ops", "Mooring checks")] == "R"
    assert ("Harbour Operations", "Mooring checks") not in cells


def test_new_as_the_first_word_of_a_title() -> None:
    assert actor_name("the New Business Team") == "New Business Team"
    assert actor_name("New Homes Officer") == "New Homes Officer"
    # (people who are new: a plural, lower case, or two words)
    assert actor_name("New Project Managers") == "Project Manager"
    assert actor_name("the new Project Manager") == "Project Manager"
    assert actor_name("New Starters") == "New Starter"


def test_a_team_whose_name_opens_with_new_keeps_its_duties(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "lettings.md",
        "# Lettings\n\n## Who does what\n\n"
        "- New Homes Officer – books the viewing and hands over the keys.\n"
        "- Lettings Manager – signs the tenancy.\n")
    assert cells[("New Homes Officer", "Book the viewing")] == "A/R"
    assert cells[("New Homes Officer", "Hand over the keys")] == "A/R"
    assert not any(role == "Homes Officer" for role, _ in cells)


def test_a_row_is_named_by_its_level_not_by_how_soon(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "grants.md",
        "# Small grants\n\n"
        "| Amount | Lead | Approves | Target |\n|---|---|---|---|\n"
        "| Small | Grants Officer | Grants Manager | 10 working days |\n"
        "| Large | Grants Panel | Board of Trustees | next Board meeting |\n")
    assert cells[("Grants Officer", "Small")] == "R"
    assert cells[("Grants Manager", "Small")] == "A"
    assert cells[("Grants Panel", "Large")] == "R"
    assert not any(activity in ("Working days", "Next Board meeting")
                   for _, activity in cells)


def test_a_long_duty_keeps_the_titled_parties_it_is_done_with() -> None:
    assert activity_name(
        "chairs the weekly site meeting at 09:00 with the Site Manager, the Architect and "
        "the Client") == ("Chair the weekly site meeting at 09:00 with the Site Manager, "
                          "the Architect and the Client")
    assert activity_name("walks the whole perimeter fence every Monday with the Estates "
                         "Manager") == ("Walk the perimeter fence every Monday with the "
                                        "Estates Manager")
    # (not a rule kept to, a party it is done beside, nor people not named by a title)
    assert activity_name("keeps records of all spraying on the estate, in line with the "
                         "Pesticide Code") == "Keep records of all spraying"
    assert activity_name("approves every payment over 200 pounds together with the "
                         "President") == "Approve every payment over 200 pounds"
    assert activity_name("holds the gate meetings for each release with all "
                         "stakeholders") == "Hold the gate meetings for each release"


def test_the_party_stays_in_the_name_its_letter_sits_on(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "site.md",
        "# Site rules\n\n"
        "The Shift Lead walks the whole perimeter fence every Monday with the Estates "
        "Manager.\n")
    name = "Walk the perimeter fence every Monday with the Estates Manager"
    assert cells[("Shift Lead", name)] == "A/R"
    assert cells[("Estates Manager", name)] == "C"


def test_an_action_line_names_a_thing_due_by_a_date(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "open-day.md",
        "# Open day\n\n"
        "The Events Manager runs the open day. The Facilities Lead looks after the hall.\n\n"
        "## Next steps\n\n"
        "- Facilities Lead: marquee booking by 3 May\n"
        "- Events Manager: check the rota by Friday\n"
        "- Events Manager: all volunteers briefed\n")
    assert cells[("Facilities Lead", "Marquee booking by 3 May")] == "A/R"
    assert cells[("Events Manager", "Check the rota by Friday")] == "A/R"
    # (a state without a date is still no duty of its own)
    assert not any(activity.startswith("All volunteers") for _, activity in cells)


def test_a_titles_last_word_in_capitals_after_the_stands_for_it(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "ferry.md",
        "# Ferry\n\n| Task | Does it |\n|---|---|\n"
        "| Board the pilot | Pilot Boat Coxswain |\n"
        "| Allocate pilots | Pilot Dispatcher |\n\n"
        "The Pilot Dispatcher tells the Coxswain of the boarding time.\n")
    assert cells[("Pilot Dispatcher", "Tell the Coxswain of the boarding time")] == "A/R"
    assert cells[("Pilot Boat Coxswain", "Tell the Coxswain of the boarding time")] == "I"
