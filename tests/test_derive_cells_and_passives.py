"""Table cells that carry the cell above down, name a role before what it does or say
by their head's verb what their people do; lines of contacts and of initials; passives
with further steps or two verbs. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import read_document
from tests.derive_pdf import Line, pdf_bytes, write_pdf
from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str = "page.md") -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_an_update_column_names_whom_the_row_is_told(tmp_path: Path) -> None:
    # "Update": whom the row's progress goes to, told of it as under "Informed"
    page = ("# Boiler replacements\n\n"
            "| Task | Lead | Sign-off | Update |\n| --- | --- | --- | --- |\n"
            "| Survey the flat | Heating Engineer | Works Supervisor | Estate Officer |\n"
            "| Fit the new boiler | Gas Fitter | Works Supervisor | Estate Officer |\n")
    cells = _cells(tmp_path, page, "boilers.md")
    assert cells[("Estate Officer", "Survey the flat")] == "I", cells
    assert cells[("Estate Officer", "Fit the new boiler")] == "I", cells
    assert cells[("Works Supervisor", "Fit the new boiler")] == "A", cells


def test_a_cell_saying_as_above_holds_the_cell_above(tmp_path: Path) -> None:
    # "as above", "ditto": the reader carries the cell above down; no role "as above"
    page = ("# Gritting rounds\n\n"
            "| Task | Lead | Sign-off |\n| --- | --- | --- |\n"
            "| Load the salt | Depot Hand | Winter Duty Officer |\n"
            "| Drive the priority route | Gritter Driver | as above |\n"
            "| Log the route times | Gritter Driver | Ditto |\n")
    cells = _cells(tmp_path, page, "gritting.md")
    assert cells[("Winter Duty Officer", "Drive the priority route")] == "A", cells
    assert cells[("Winter Duty Officer", "Log the route times")] == "A", cells
    assert not any("above" in role.lower() or "ditto" in role.lower() for role, _ in cells)


def test_a_who_cell_names_the_role_before_what_it_does(tmp_path: Path) -> None:
    # "Site Engineer isolates the supply": the role, then what it does in the row;
    # "the Fire Officer if required": when the party is told, no part of its name
    page = ("# When a cable is struck\n\n"
            "| Situation | Who acts | Who must be told |\n| --- | --- | --- |\n"
            "| Cable struck | Site Engineer isolates the supply | Project Manager |\n"
            "| Smoke seen | Site Engineer | Project Manager; the Fire Officer if required |\n"
            "\nThe Project Manager keeps the incident log.\n")
    cells = _cells(tmp_path, page, "cables.md")
    assert cells[("Site Engineer", "Cable struck")] == "A/R", cells
    assert cells[("Fire Officer", "Smoke seen")] == "I", cells
    assert not any("isolates" in role for role, _ in cells), cells


def test_a_line_of_contacts_gives_no_duty(tmp_path: Path) -> None:
    # "Post – person, ext. 1234.": whom to ring, no work of the role named before it
    page = ("# Lift faults\n\n"
            "The Facilities Manager checks the lift log each week. The Caretaker cleans "
            "the lift doors.\n\n"
            "Contacts: Facilities Manager – Joan Reyes, ext. 3301. Cleaning – Omar Patel, "
            "ext. 3302. Lift engineer (Kone) – 0300 555 0199.\n")
    cells = _cells(tmp_path, page, "lifts.md")
    assert cells == {("Facilities Manager", "Check the lift log each week"): "A/R",
                     ("Caretaker", "Clean the lift doors"): "A/R"}, cells


def test_a_pdf_table_with_a_wrapped_head_and_a_first_cell_wrapped_in_lower_case(
        tmp_path: Path) -> None:
    # the heads wrap onto a second line over empty first cells, and a row's first cell
    # wraps in lower case ("Junior" over "training"): the heads stay whole and the row
    # one row
    rows = [[("Session", 80), ("Who coaches", 180), ("Who checks the", 360),
             ("Who is told of", 470)],
            [("register", 360), ("changes", 470)],
            [("Open court", 72), ("Court Stewards", 180), ("Head Coach", 360),
             ("Front Desk", 470)],
            [("Junior", 72), ("Coaches (with a steward", 180), ("Head Coach", 360),
             ("Parents", 470)],
            [("training", 72), ("on court)", 180)],
            [("Club night", 72), ("Club Captain", 180), ("Centre Manager", 360),
             ("Front Desk", 470)]]
    lines = [Line("Court sessions", 72, 740, 14, bold=True)]
    y = 700
    for cells in rows:
        lines += [Line(text, x, y) for text, x in cells]
        y -= 14
    lines.append(Line("The Centre Manager keeps the booking diary.", 72, y - 40))
    doc = read_document(write_pdf(tmp_path / "courts.pdf", pdf_bytes([lines])))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("Session", "Who coaches", "Who checks the register", "Who is told of changes"),
        ("Open court", "Court Stewards", "Head Coach", "Front Desk"),
        ("Junior training", "Coaches (with a steward on court)", "Head Coach", "Parents"),
        ("Club night", "Club Captain", "Centre Manager", "Front Desk")]


def test_columns_of_who_each_say_by_their_verb_what_they_do(tmp_path: Path) -> None:
    # "Who coaches" does the row; "Who checks the register" answers for it (A);
    # "Who is told of changes" is told
    page = ("# Court sessions\n\n"
            "| Session | Who coaches | Who checks the register | Who is told of changes |\n"
            "| --- | --- | --- | --- |\n"
            "| Open court | Court Steward | Head Coach | Front Desk |\n"
            "| Club night | Club Captain | Centre Manager | Front Desk |\n")
    cells = _cells(tmp_path, page, "courts.md")
    assert cells[("Court Steward", "Open court")] == "R", cells
    assert cells[("Head Coach", "Open court")] == "A", cells
    assert cells[("Front Desk", "Club night")] == "I", cells
    assert cells[("Centre Manager", "Club night")] == "A", cells


def test_initials_over_a_title_in_brackets_open_a_line_of_actions(tmp_path: Path) -> None:
    # "PW (Head of Grounds) – ...": the initials stand for the title in brackets
    page = ("# Actions from the estates meeting\n\n"
            "- PW (Head of Grounds) – repair the cricket nets – by April\n"
            "- LT (Estates Bursar) – renew the mower lease – May\n")
    cells = _cells(tmp_path, page, "estates.md")
    assert cells[("Head of Grounds", "Repair the cricket nets")] == "A/R", cells
    assert cells[("Estates Bursar", "Renew the mower lease")] == "A/R", cells


def test_supervising_a_thing_from_a_place_keeps_the_verb(tmp_path: Path) -> None:
    # "supervise the pool from their positions": one thing supervised, not a list of work
    # the role owns, so the verb stays in the name
    page = ("# Beach safety\n\n"
            "Beach Wardens will supervise the bathing area from the lookout towers.\n")
    cells = _cells(tmp_path, page, "beach.md")
    assert [act for _, act in cells] == ["Supervise the bathing area"], cells


def test_a_passive_with_further_steps_after_its_doer_gives_each_step(tmp_path: Path) -> None:
    # "is drafted by the Secretary, agreed with the Chair and sent to the members": the
    # Secretary drafts, agrees (the Chair consulted) and sends it
    page = ("# Committee papers\n\n"
            "| Role | Who |\n| --- | --- |\n| Secretary | Ann |\n| Chair | Bob |\n\n"
            "The minutes are drafted by the Secretary, agreed with the Chair and sent to "
            "the members.\n")
    cells = _cells(tmp_path, page, "papers.md")
    assert cells[("Secretary", "Draft the minutes")] == "A/R", cells
    assert cells[("Secretary", "Agree the minutes with the Chair")] == "A/R", cells
    assert cells[("Chair", "Agree the minutes with the Chair")] == "C", cells
    assert cells[("Secretary", "Send the minutes to the members")] == "A/R", cells


def test_a_passive_of_two_verbs_joined_by_or_is_the_doers_choice(tmp_path: Path) -> None:
    # "are accepted or refused by the Treasurer": accepting or refusing is the Treasurer's
    page = ("# Expenses\n\n"
            "| Role | Who |\n| --- | --- |\n| Treasurer | Bob |\n| Secretary | Ann |\n\n"
            "Late claims are accepted or refused by the Treasurer.\n")
    cells = _cells(tmp_path, page, "expenses.md")
    assert cells == {("Treasurer", "Accept or refuse late claims"): "A/R"}, cells


def test_a_first_verb_without_an_object_before_a_run_of_predicates(tmp_path: Path) -> None:
    # "arrives, unlocks the hall and sets out the chairs": "arrives" names no duty, the
    # predicates after it each do
    page = ("# Hall bookings\n\n"
            "The Caretaker arrives, unlocks the hall and sets out the chairs.\n\n"
            "The Bookings Clerk calls, takes the deposit and confirms the date.\n")
    cells = _cells(tmp_path, page, "hall.md")
    assert cells == {("Caretaker", "Unlock the hall"): "A/R",
                     ("Caretaker", "Set out the chairs"): "A/R",
                     ("Bookings Clerk", "Take the deposit"): "A/R",
                     ("Bookings Clerk", "Confirm the date"): "A/R"}, cells


def test_a_passive_after_a_clause_is_about_the_clauses_subject(tmp_path: Path) -> None:
    # "Lost keys go on the key board and are logged by ...": the keys are logged, not
    # "keys go"; a subject followed by its own verb is the thing done to
    page = ("# Front desk\n\n"
            "Lost keys go on the key board and are logged by the Receptionist.\n\n"
            "The spare van stays in bay four and is checked by the Yard Supervisor.\n")
    cells = _cells(tmp_path, page, "desk.md")
    assert cells == {("Receptionist", "Log lost keys"): "A/R",
                     ("Yard Supervisor", "Check the spare van"): "A/R"}, cells
