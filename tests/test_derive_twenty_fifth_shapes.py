"""Shapes of writing studied on the twenty-fifth labelled set (first half): a stage's own
small table of who owns, approves, is asked and is told; a spreadsheet's columns of who
runs, reviews, signs off and removes, with whom the results go to; a department's whole
name; actions written "act (owner, date)" under a byline; and a swimlane diagram's notes
and branches. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from raci.derive.draft import derive
from raci.derive.roles import made_by, role_columns
from tests.helpers import derived_cells


def _cells(path: Path) -> dict[tuple[str, str], str]:
    return derived_cells(derive([path]))


def test_a_stage_heading_over_its_own_owner_and_approver_table_is_one_row(
        tmp_path: Path) -> None:
    # a two-column table of fields under each stage heading, its first field "Owner" taken
    # as the table's head: every field, the owner's and the approver's too, is a letter
    path = tmp_path / "kitchen.md"
    path.write_text(
        "# Kitchen refit\n\n"
        "## 1. Survey\n\n"
        "| Owner | Site Surveyor |\n|---|---|\n"
        "| Approves | Project Manager |\n| Consulted | Building Control |\n"
        "| Informed | Homeowner |\n\n"
        "## 2. Ordering\n\n"
        "| Owner | Buyer |\n|---|---|\n"
        "| Approves | – |\n| Support | Site Surveyor |\n| Informed | Homeowner |\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Surveyor", "Survey")] == "R"
    assert cells[("Project Manager", "Survey")] == "A"
    assert cells[("Building Control", "Survey")] == "C"
    assert cells[("Homeowner", "Survey")] == "I"
    # with no approver the owner answers for the stage too
    assert cells[("Buyer", "Ordering")] == "A/R"
    assert cells[("Site Surveyor", "Ordering")] == "C"


def test_a_page_properties_table_with_an_owner_and_an_approver_gives_no_row(
        tmp_path: Path) -> None:
    # a page's own properties (owner, status, approver, tags, dates) are about the page:
    # two letter fields among many others do not make the page's title a duty
    path = tmp_path / "launch.md"
    path.write_text(
        "# Spring menu launch\n\n"
        "| Owner | Head Chef |\n|---|---|\n| Status | In progress |\n"
        "| Approver | Restaurant Manager |\n| Tags | Menu |\n| Last edited | 3 March |\n\n"
        "## Tasks\n\n"
        "The Head Chef writes the tasting menu.\n", encoding="utf-8")
    cells = _cells(path)
    assert not any(a == "Spring menu launch" for _r, a in cells)
    assert cells[("Head Chef", "Write the tasting menu")] == "A/R"


def test_columns_named_by_what_their_people_do_to_the_row() -> None:
    # "Extract run by", "Leavers removed by": a thing, then the verb and "by"; beside a
    # sign-off column the first does the row, each later one does a part of it (R)
    assert made_by("Extract run by") == "run"
    assert made_by("Leavers removed by") == "remove"
    assert made_by("Last updated by") is None  # when a record changed, no one's work
    header = ("System", "What is checked", "Extract run by", "Checked by", "Signed off by",
              "Leavers removed by", "Results to", "Notes")
    assert role_columns(header) == {2: "R", 3: "C", 4: "A", 5: "R", 6: "I"}
    # a bare "Set by | Marked by" names setting and marking apart: not read so
    assert role_columns(("Component", "Weight", "Set by", "Marked by", "Moderated by")) == {}


def test_a_spreadsheet_of_reviews_by_system_gives_a_row_per_system(tmp_path: Path) -> None:
    path = tmp_path / "review.tsv"
    rows = [
        ["Half-yearly licence review", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["#", "What is checked", "Extract run by", "Signed off by", "Leavers removed by",
         "Results to"],
        ["1", "Seats on the design suite", "Studio Coordinator", "Creative Director",
         "Studio Coordinator", "Internal Audit"],
        ["2", "Users of the booking system", "Office Manager", "Finance Director",
         "IT Support", ""],
        ["3", "Shared mailboxes; mailboxes of leavers", "IT Support", "Office Manager",
         "IT Support", ""],
        ["4", "Sign in as each user; list their folders", "IT Support", "Office Manager",
         "IT Support", ""],
    ]
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Studio Coordinator", "Seats on the design suite")] == "R"
    assert cells[("Creative Director", "Seats on the design suite")] == "A"
    # the department keeps its whole name
    assert cells[("Internal Audit", "Seats on the design suite")] == "I"
    assert cells[("Office Manager", "Users of the booking system")] == "R"
    assert cells[("IT Support", "Users of the booking system")] == "R"
    assert cells[("Finance Director", "Users of the booking system")] == "A"
    # what a row covers, written in two parts neither of which is a task, is one thing;
    # two tasks parted by a semicolon name the row by the first
    assert cells[("IT Support", "Shared mailboxes; mailboxes of leavers")] == "R"
    assert cells[("IT Support", "Sign in as each user")] == "R"


def test_a_department_whose_name_opens_with_a_determiner_word_keeps_it() -> None:
    assert actor_name("Internal Audit") == "Internal Audit"
    assert actor_name("the Internal Audit team") != "Audit"
    assert actor_name("internal auditors") == "Auditor"  # (a kind of auditor, in lower case)


def test_actions_with_an_owner_and_a_due_date_in_brackets(tmp_path: Path) -> None:
    # "act (owner, date)" lines: the owner may be a team or the presenter's first name,
    # given by a byline; a team heading a grid's column is no person holding a post
    path = tmp_path / "fete.md"
    path.write_text(
        "# Summer fete briefing\n\n"
        "Joanna Whitfield, Events Manager · 2 May\n\n"
        "## Who does what\n\n"
        "| | Events Manager | Grounds Team | First Aid Cover |\n|---|---|---|---|\n"
        "| Mark out the pitches | Sign off | Lead | |\n"
        "| Staff the first aid tent | Told | | Lead |\n\n"
        "## Actions from today\n\n"
        "- Send the stall plan to every stallholder (Joanna, 9 May)\n"
        "- Walk the site with First Aid Cover (Grounds Team, 12 May)\n"
        "- Order the bunting (Events Manager, 16 May)\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Events Manager", "Send the stall plan to every stallholder")] == "A/R"
    walk = "Walk the site with First Aid Cover"
    assert cells[("Grounds Team", walk)] == "A/R"
    assert cells[("First Aid Cover", walk)] == "C"
    assert cells[("First Aid Cover", "Staff the first aid tent")] == "A/R"
    assert cells[("Events Manager", "Order the bunting")] == "A/R"


def test_a_diagram_note_naming_who_approves_the_step(tmp_path: Path) -> None:
    path = tmp_path / "refunds.puml"
    path.write_text(
        "@startuml\n|Shop Assistant|\nstart\n:Checks the receipt;\n"
        "if (Item faulty?) then (yes)\n"
        "  |Returns Desk|\n  :Refunds the customer;\n"
        "  note right\n    Store Manager approves any refund\n    over £200.\n  end note\n"
        "  stop\n"
        "else (no)\n  :Offers an exchange;\nendif\n"
        "|Returns Desk|\n:Reports refunds to the Head of Retail Operations weekly;\n"
        "stop\n@enduml\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Returns Desk", "Refund the customer")] == "R"
    assert cells[("Store Manager", "Refund the customer")] == "A"
    # the branch that moved to another lane stopped there: "else" goes on in the lane of
    # its "if"
    assert cells[("Shop Assistant", "Offer an exchange")] == "A/R"
    assert ("Returns Desk", "Offer an exchange") not in cells
    report = next(a for _r, a in cells if a.startswith("Report refunds"))
    assert cells[("Head of Retail Operations", report)] == "I"


def test_support_written_in_a_grid_of_words_is_consulted(tmp_path: Path) -> None:
    # a grid whose cells are words ("Lead", "Sign off", "Told") and whose "Support" stands
    # for the help the lead draws on: consulted, and the draft stays RACI
    path = tmp_path / "open-day.md"
    path.write_text(
        "# Open day\n\n"
        "| | Admissions Officer | Campus Tours | Catering Manager |\n|---|---|---|---|\n"
        "| Plan the tour routes | Sign off | Lead | Support |\n"
        "| Book the lunch | Told | | Lead |\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    assert cells[("Catering Manager", "Plan the tour routes")] == "C"
    assert cells[("Campus Tours", "Plan the tour routes")] == "R"
    assert draft.scheme == "RACI"
    # beside cells of its own for those consulted, "Support" is RASCI's S
    rasci = tmp_path / "rasci.md"
    rasci.write_text(
        "# Open day RASCI\n\n"
        "| | Admissions Officer | Campus Tours | Catering Manager |\n|---|---|---|---|\n"
        "| Plan the tour routes | Accountable | Responsible | Support |\n"
        "| Book the lunch | Consulted | | Responsible |\n", encoding="utf-8")
    assert derived_cells(derive([rasci]))[("Catering Manager", "Plan the tour routes")] == "S"


def test_a_day_or_a_room_before_a_date_is_no_owner(tmp_path: Path) -> None:
    # "(Tuesday, 3 June)", "(Room 4, 5 June)": when and where a thing happens, not who
    # does it; an owner's name before a date still is one
    path = tmp_path / "wedding.md"
    path.write_text(
        "# Wedding plan\n\n"
        "The Planner books the venue.\n\n"
        "- Site visit (Tuesday, 3 June)\n- Tasting (Room 4, 5 June)\n"
        "- Rehearsal (Friday, 6 June)\n- Order the flowers (Florist, 9 June)\n"
        "- Print the menus (Caterer, 10 June)\n- Tune the piano (Pianist, 12 June)\n",
        encoding="utf-8")
    draft = derive([path])
    names = {r.name for r in draft.to_template("t", "t").roles}
    assert not names & {"Tuesday", "Room 4", "Friday"}
    assert derived_cells(draft)[("Florist", "Order the flowers")] == "A/R"
