"""Shapes of team pages, procedures and plans: what a table records about the document
itself, and how a page refers to the roles it names. Every text here is written for the
test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "page.md") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_a_table_of_the_documents_versions_gives_no_duty(tmp_path: Path) -> None:
    # "Version | Date | Change | By": who edited the page and when, no work of the team
    page = ("# Allotment committee roles\n\n"
            "| Task | Who |\n| --- | --- |\n"
            "| Order the seed potatoes | Plot Secretary |\n"
            "| Collect the plot rents | Treasurer |\n\n"
            "## Document history\n\n"
            "| Version | Date | Change | By |\n| --- | --- | --- | --- |\n"
            "| 1.0 | 03/02/2026 | First issue | Treasurer |\n"
            "| 1.1 | 11/09/2026 | Rents table moved to the annex | Plot Secretary |\n")
    cells = _cells(tmp_path, page, "roles.md")
    assert cells == {
        ("Plot Secretary", "Order the seed potatoes"): "A/R",
        ("Treasurer", "Collect the plot rents"): "A/R",
    }, cells
    # (and a revision column headed "Rev." over an issue date)
    log = ("| Rev. | Issued | Summary | Author |\n| --- | --- | --- | --- |\n"
           "| 2 | 14/03/2027 | Added the gate rota | Plot Secretary |\n\n"
           "| Task | Who |\n| --- | --- |\n| Lock the gate | Plot Secretary |\n")
    cells = _cells(tmp_path, log, "gate.md")
    assert cells == {("Plot Secretary", "Lock the gate"): "A/R"}, cells


def test_a_bare_plural_opening_a_sentence_stands_for_the_group_role(tmp_path: Path) -> None:
    # "Delivery Riders" in the team table, then "Riders load ..." in the prose: the riders
    # are that role; a plural that only shares a singular title's last word ("Marshals"
    # beside a "Chief Marshal") stays apart
    page = ("# Courier team\n\n"
            "| Role | Who |\n| --- | --- |\n"
            "| Delivery Riders | six riders on two shifts |\n"
            "| Dispatch Lead | Ana |\n\n"
            "## How we work\n\n"
            "The Dispatch Lead sets the rounds each morning. Riders load the parcels in "
            "the order of the round. Riders must photograph each parcel at the door.\n")
    cells = _cells(tmp_path, page, "couriers.md")
    assert cells[("Delivery Rider", "Load the parcels")] == "A/R", cells
    assert cells[("Delivery Rider", "Photograph each parcel at the door")] == "A/R", cells
    race = ("# Race day\n\n"
            "The Chief Marshal briefs the course team. Marshals hold the crossings until "
            "the last runner passes.\n")
    cells = _cells(tmp_path, race, "race.md")
    assert all(role != "Chief Marshal" or "crossing" not in act for role, act in cells), cells


def test_members_under_a_notify_column_are_told(tmp_path: Path) -> None:
    # a plan exported from a project tool: "Members" (the club's or the co-op's members)
    # under "Notify" are told of the row, a body of people, not an alias of nobody
    plan = ("Task Name,Assigned To,Approver,Consulted,Notify,Start\n"
            "Book the hall for the AGM,Secretary,Chair,Treasurer,Members,01/03/27\n"
            "Order the trophies,Treasurer,Chair,,,08/03/27\n")
    cells = _cells(tmp_path, plan, "plan.csv")
    assert cells == {
        ("Secretary", "Book the hall for the AGM"): "R",
        ("Chair", "Book the hall for the AGM"): "A",
        ("Treasurer", "Book the hall for the AGM"): "C",
        ("Member", "Book the hall for the AGM"): "I",
        ("Treasurer", "Order the trophies"): "R",
        ("Chair", "Order the trophies"): "A",
    }, cells


def test_who_a_role_is_and_a_bare_both_give_no_duty(tmp_path: Path) -> None:
    # a glossary's "Anyone who works on deck ..." says who holds the role, and "owns
    # both" points back to what the sentence before named: neither is a duty
    page = ("<h1>Crew roles</h1><dl>"
            "<dt>Deck Hand</dt><dd>Anyone who works on deck, including trainees who help "
            "out on short trips.</dd>"
            "<dt>Skipper</dt><dd>Steers the boat and keeps the log.</dd></dl>"
            "<p>Guests ask two things: is the boat ready and is the harbour clear. The "
            "Skipper owns both.</p>")
    cells = _cells(tmp_path, page, "crew.html")
    assert cells == {
        ("Skipper", "Steer the boat"): "A/R",
        ("Skipper", "Keep the log"): "A/R",
    }, cells


def test_nouns_listed_before_what_they_are_doing_stay_one_duty(tmp_path: Path) -> None:
    # "any boats, swimmers or divers approaching the buoys": one list of things to call
    # out to the Skipper, not a second duty "Swimmers or divers approaching the buoys"
    text = ("ON THE WATER\n\n"
            "The Spotter calls out any boats, swimmers or divers approaching the buoys to "
            "the Skipper. "
            "The Skipper steers the launch.\n")
    cells = _cells(tmp_path, text, "launch.txt")
    assert cells == {
        ("Spotter", "Call out any boats, swimmers or divers approaching the buoys"): "A/R",
        ("Skipper", "Steer the launch"): "A/R",
    }, cells


def test_carrying_out_a_tables_task_in_prose_is_that_row(tmp_path: Path) -> None:
    # the table names the task as a noun, the prose as "carries out a ...": one row
    page = ("# School site\n\n"
            "| Task | Who |\n| --- | --- |\n"
            "| Fire drill | Caretaker |\n| Boiler check | Site Manager |\n\n"
            "The Caretaker carries out a fire drill in the first week of each term.\n")
    cells = _cells(tmp_path, page, "site.md")
    assert cells == {
        ("Caretaker", "Fire drill"): "A/R",
        ("Site Manager", "Boiler check"): "A/R",
    }, cells


def test_a_passive_whose_subject_opens_with_a_is_read(tmp_path: Path) -> None:
    # "A bike that fails ... is written off by the Senior Technician": a passive whose
    # subject opens with "A" gives its doer the duty, as one opening with "The" does
    page = ("# Workshop\n\n"
            "The Fleet Lead sets the plan. A bike that fails the check twice is written off "
            "by the Senior Technician, who updates the asset register.\n")
    cells = _cells(tmp_path, page, "workshop.md")
    assert cells == {
        ("Fleet Lead", "Set the plan"): "A/R",
        ("Senior Technician", "Write off a bike that fails the check twice"): "A/R",
        ("Senior Technician", "Update the asset register"): "A/R",
    }, cells


def test_a_bare_plural_after_a_run_of_blank_lines_is_read_at_once() -> None:
    # a text with a long run of blank lines (a page saved with its layout) before "Drivers
    # tag ...": the plural opening the line is still found, each newline tried once
    from raci.derive.roles import _bare_plurals_acting

    text = "Depot notes" + "\n" * 40_000 + "see below.\n  Drivers tag each bike they collect.\n"
    assert _bare_plurals_acting([text], {"driver", "mechanic"}) == {"driver"}
