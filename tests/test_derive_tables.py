"""Tables whose columns name the roles: a column per letter, or a column of who does
the row. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.derive.documents import (
    _cell_lines,
    _markdown_inline_plain,
    is_asciidoc,
    is_mediawiki,
    parse_markdown,
    read_document,
)
from raci.derive.draft import Draft, derive
from raci.derive.roles import cell_letters, cell_names, letter_lines, role_columns
from tests.derive_docx import add_rows_table
from tests.derive_odt import build_odt, h, p, table
from tests.helpers import derived_cells
from tests.long_runs import examples


def _draft(path: Path) -> Draft:
    return derive([path])


_cells = derived_cells


def test_a_column_per_letter_gives_each_named_role_its_letter(tmp_path: Path) -> None:
    path = tmp_path / "close.md"
    path.write_text(
        "# Quarter close\n\n"
        "| Task | Responsible | Accountable | Consulted | Informed |\n"
        "|---|---|---|---|---|\n"
        "| Count the stock | Store Keepers | Depot Mgr | | Finance Lead |\n"
        "| Book the write-offs | Ledger Clerk, Store Keepers | Finance Lead | Depot Mgr | |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Store Keeper", "Count the stock"): "R",
        ("Depot Manager", "Count the stock"): "A",
        ("Finance Lead", "Count the stock"): "I",
        ("Ledger Clerk", "Book the write-offs"): "R",
        ("Store Keeper", "Book the write-offs"): "R",
        ("Finance Lead", "Book the write-offs"): "A",
        ("Depot Manager", "Book the write-offs"): "C",
    }


def test_a_grid_task_keeps_the_list_it_covers_in_brackets(tmp_path: Path) -> None:
    """Beside columns of who does it and whom to tell, "Kit check (boots, gloves,
    radio)" is named with its list, as the grid writes the row; a remark holding a figure
    ("(batch 4, from Tank 2)") goes."""
    path = tmp_path / "hike.md"
    path.write_text(
        "# Expedition morning\n\n"
        "| When | What | Who | Tell |\n"
        "|---|---|---|---|\n"
        "| 07:00 | Kit check (boots, gloves, radio) | Group Leader | Base Contact |\n"
        "| 07:30 | Fill the bottles (batch 4, from Tank 2) | Cook | |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Group Leader", "Kit check (boots, gloves, radio)")] == "A/R", cells
    assert cells[("Base Contact", "Kit check (boots, gloves, radio)")] == "I", cells
    assert cells[("Cook", "Fill the bottles")] == "A/R", cells


def test_a_who_column_gives_the_step_to_its_role(tmp_path: Path) -> None:
    path = tmp_path / "loans.html"
    path.write_text(
        "<h1>Equipment loans</h1><table>"
        "<tr><th>Step</th><th>Who</th><th>What</th></tr>"
        "<tr><td>1</td><td>Borrower</td><td>Fills in the loan form and attaches the "
        "supervisor's approval</td></tr>"
        "<tr><td>2</td><td>Lab Technician</td><td>Approves or declines the loan within a "
        "day</td></tr>"
        "<tr><td>3</td><td>Stores</td><td>Hands over the kit</td></tr>"
        "</table>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Borrower", "Fill in the loan form")] == "A/R"
    assert cells[("Lab Technician", "Approve or decline the loan within a day")] == "A/R"
    assert cells[("Stores", "Hand over the kit")] == "A/R"
    assert not any(act.isdigit() for _, act in cells)  # the step number is no activity


def test_an_owner_column_in_a_word_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Office moves", 1)
    table = document.add_table(rows=3, cols=2)
    for row, (what, owner) in enumerate([("Deliverable", "Owner"),
                                         ("Floor plan", "Facilities Coordinator"),
                                         ("Network cut-over", "IT Desk")]):
        table.cell(row, 0).text, table.cell(row, 1).text = what, owner
    path = tmp_path / "moves.docx"
    document.save(str(path))
    cells = _cells(_draft(path))
    assert cells == {("Facilities Coordinator", "Floor plan"): "A/R",
                     ("IT Desk", "Network cut-over"): "A/R"}


def test_which_heads_make_role_columns() -> None:
    assert role_columns(("Activity", "R", "A", "C", "I")) == {1: "R", 2: "A", 3: "C", 4: "I"}
    assert role_columns(("Step", "Who", "What")) == {1: "R"}
    assert role_columns(("Deliverable", "Owners")) == {1: "A/R"}
    assert role_columns(("Task", "Responsible")) == {1: "R"}
    assert role_columns(("Decision", "Accountable")) == {1: "A/R"}
    # one row per role with its duties is read elsewhere
    assert role_columns(("Role", "Responsibilities")) == {}
    assert role_columns(("Name", "Due date")) == {}


def test_a_cell_lists_its_names() -> None:
    assert cell_names("Staff Accountant, AP Clerk & Controller (lead)") == [
        "Staff Accountant", "AP Clerk", "Controller"]
    assert cell_names("n/a") == []
    assert cell_names("-") == []


def test_a_rasci_table_keeps_its_support_letters(tmp_path: Path) -> None:
    path = tmp_path / "moves.md"
    path.write_text(
        "# Office moves RASCI\n\n"
        "| Activity | Facilities Lead | Office Manager | IT Desk | Finance |\n"
        "|---|---|---|---|---|\n"
        "| Book the movers | R | A | | I |\n"
        "| Move the printers | S | A | R | |\n", encoding="utf-8")
    draft = _draft(path)
    assert draft.scheme == "RASCI"
    template = draft.to_template("t", "t")
    assert template.scheme == "RASCI"
    cells = _cells(draft)
    assert cells[("Facilities Lead", "Move the printers")] == "S"
    assert cells[("IT Desk", "Move the printers")] == "R"
    assert cells[("Office Manager", "Move the printers")] == "A"
    assert cells[("Finance", "Book the movers")] == "I"


def test_a_raci_table_stays_raci(tmp_path: Path) -> None:
    path = tmp_path / "moves.md"
    path.write_text(
        "# Office moves\n\n"
        "| Activity | Facilities Lead | Office Manager |\n|---|---|---|\n"
        "| Book the movers | R | A |\n", encoding="utf-8")
    assert _draft(path).to_template("t", "t").scheme == "RACI"


def test_letter_words_and_annotated_letters_in_a_raci_table(tmp_path: Path) -> None:
    path = tmp_path / "vendors.md"
    path.write_text(
        "# Vendor onboarding\n\n"
        "| Task | Procurement | Legal | Security |\n|---|---|---|---|\n"
        "| Due diligence | Responsible, Accountable | Consulted | C (if data is shared) |\n"
        "| Contract signature | A | R (lead) | Informed |\n"
        "| Kick-off call | ✓ | | |\n", encoding="utf-8")
    assert _cells(_draft(path)) == {
        ("Procurement", "Due diligence"): "A/R",
        ("Legal", "Due diligence"): "C",
        ("Security", "Due diligence"): "C",
        ("Procurement", "Contract signature"): "A",
        ("Legal", "Contract signature"): "R",
        ("Security", "Contract signature"): "I",
    }  # a tick says someone takes part, not which letter: that row is not read


def test_which_cells_hold_letters() -> None:
    assert cell_letters("A/R") == {"A", "R"}
    assert cell_letters("Responsible") == {"R"}
    assert cell_letters("C (if needed)") == {"C"}
    assert cell_letters("S") == {"S"}
    assert cell_letters("n/a") == frozenset()
    assert cell_letters("✓") is None
    assert cell_letters("B") is None  # a grade, not a RACI letter
    assert cell_letters("Weekly") is None


def test_letter_lines_under_an_activity_heading(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        "# Release ownership\n\n"
        "## Release planning\n"
        "- Responsible: Release Captain\n- Accountable: Head of Delivery\n"
        "- Consulted: Product Owner, QA Lead\n- Informed: Help Desk\n\n"
        "## Store submission\n"
        "**Responsible:** Mobile Developer\n**Accountable:** Release Captain\n"
        "**Informed:** Help Desk\n", encoding="utf-8")
    assert _cells(_draft(path)) == {
        ("Release Captain", "Release planning"): "R",
        ("Head of Delivery", "Release planning"): "A",
        ("Product Owner", "Release planning"): "C",
        ("QA Lead", "Release planning"): "C",
        ("Help Desk", "Release planning"): "I",
        ("Mobile Developer", "Store submission"): "R",
        ("Release Captain", "Store submission"): "A",
        ("Help Desk", "Store submission"): "I",
    }


def test_which_lines_list_letters() -> None:
    assert letter_lines("R: Release Captain; A: Head of Delivery") == [
        (frozenset("R"), ["Release Captain"]), (frozenset("A"), ["Head of Delivery"])]
    assert letter_lines("Responsible – Ward Clerk") == [(frozenset("R"), ["Ward Clerk"])]
    # a sentence or a label with other text is no letter line
    assert letter_lines("Responsible for the rota: the ward clerk") == []
    assert letter_lines("Support: available by email around the clock") == []
    assert letter_lines("A-levels are required") == []


def test_letter_lines_in_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("Release planning\nResponsible: Release Captain\n"
                    "Accountable: Head of Delivery\n\nStore submission\nR: Mobile Developer\n"
                    "A: Release Captain\n", encoding="utf-8")
    assert _cells(_draft(path)) == {
        ("Release Captain", "Release planning"): "R",
        ("Head of Delivery", "Release planning"): "A",
        ("Mobile Developer", "Store submission"): "R",
        ("Release Captain", "Store submission"): "A",
    }


def test_a_role_per_row_cell_with_a_series_and_a_party(tmp_path: Path) -> None:
    path = tmp_path / "atlas.html"
    path.write_text(
        "<h1>Atlas charter</h1><table><tr><th>Role</th><th>Responsibilities</th></tr>"
        "<tr><td>Grants Officer</td><td>Drafts the budget, tracks spending and reports "
        "variances to the Finance Director.</td></tr>"
        "<tr><td>Finance Director</td><td>Signs the grant agreement</td></tr></table>",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert ("Grants Officer", "Track spending") in cells
    assert cells[("Finance Director", "Report variances to the Finance Director")] == "I"
    assert cells[("Grants Officer", "Report variances to the Finance Director")] == "A/R"


def test_a_comparison_table_whose_rows_are_phases(tmp_path: Path) -> None:
    path = tmp_path / "fair.md"
    path.write_text(
        "# Village fair roles\n\nThe Fair Organiser reports any accident to the Parish Clerk.\n\n"
        "| | Fair Organiser | Stall Holders | Parish Office |\n|---|---|---|---|\n"
        "| Before the fair | Books the marquee; briefs the marshals | Price their goods | "
        "Sends the invitations |\n"
        "| On the day | Opens the fair | Keep their pitch tidy | Staffs the lost-child desk |\n"
        "| Reports to | Parish Clerk | Fair Organiser | Parish Clerk |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Fair Organiser", "Book the marquee")] == "A/R"
    assert cells[("Stall Holder", "Price their goods")] == "A/R"
    # a head that is no role word is a role when the heads beside it are roles
    assert cells[("Parish Office", "Send the invitations")] == "A/R"
    assert cells[("Parish Office", "Staff the lost-child desk")] == "A/R"
    # an org-chart row is no duty
    assert not any(act == "Parish Clerk" for _, act in cells)
    # a title written capitalised after "to" is a party: informed
    assert cells[("Parish Clerk", "Report any accident to the Parish Clerk")] == "I"


def test_a_step_names_its_parties(tmp_path: Path) -> None:
    path = tmp_path / "steps.md"
    path.write_text(
        "# Hall bookings\n\n| Step | Who | What |\n|---|---|---|\n"
        "| 1 | Bookings Clerk | Consult the Fire Officer on any change to the seating plan |\n"
        "| 2 | Caretaker | Set out the chairs and notify the Bookings Clerk |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    consult = next(a for r, a in cells if r == "Bookings Clerk" and a.startswith("Consult"))
    assert cells[("Fire Officer", consult)] == "C"
    notify = next(a for r, a in cells if r == "Caretaker" and a.startswith("Notify"))
    assert cells[("Bookings Clerk", notify)] == "I"


def test_columns_beside_the_owner_give_their_letters(tmp_path: Path) -> None:
    path = tmp_path / "playbook.md"
    path.write_text(
        "# Onboarding playbook\n\n"
        "| # | Step | Owner | Support | Informed | Output |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Kick-off call | Onboarding Lead | Solutions Engineer | Account Director | "
        "Agreed plan |\n"
        "| 2 | Tenant set-up | Solutions Engineer | IT Security |  | Tenant live |\n"
        "\n| Task | Owner | Approver |\n|---|---|---|\n| Price list | Sales Analyst | "
        "Sales Director |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Onboarding Lead", "Kick-off call")] == "A/R"
    assert cells[("Solutions Engineer", "Kick-off call")] == "C"  # support: consulted
    assert cells[("Account Director", "Kick-off call")] == "I"
    assert cells[("IT Security", "Tenant set-up")] == "C"
    # an approver column holds the A; the owner column then does the work
    assert cells[("Sales Analyst", "Price list")] == "R"
    assert cells[("Sales Director", "Price list")] == "A"
    assert not any(act in ("Agreed plan", "Tenant live") for _, act in cells)


def test_a_support_column_beside_the_doer_is_consulted(tmp_path: Path) -> None:
    """A column headed "Support", "Supporting", "Supported by" or "Support from" beside
    the column of who does the row names those the doer draws on: C, not a second R;
    an "Assisted by" column still does part of the work."""
    path = tmp_path / "fete.md"
    path.write_text(
        "# Summer fete jobs\n\n"
        "| Job | Lead | Supported by |\n|---|---|---|\n"
        "| Mark out the stalls | Site Steward | Groundsman |\n\n"
        "| Job | Lead | Support from |\n|---|---|---|\n"
        "| Count the takings | Fete Treasurer | Parish Clerk |\n\n"
        "| Job | Lead | Supporting |\n|---|---|---|\n"
        "| Run the tombola | Raffle Organiser | Scout Leader |\n\n"
        "| Job | Lead | Assisted by |\n|---|---|---|\n"
        "| Bake the cakes | Catering Convenor | Kitchen Steward |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Site Steward", "Mark out the stalls")] == "A/R"
    assert cells[("Groundsman", "Mark out the stalls")] == "C"
    assert cells[("Parish Clerk", "Count the takings")] == "C"
    assert cells[("Scout Leader", "Run the tombola")] == "C"
    assert cells[("Kitchen Steward", "Bake the cakes")] == "R"


def test_a_checklist_with_dot_leaders_to_who_does_each_task(tmp_path: Path) -> None:
    path = tmp_path / "checklist.txt"
    path.write_text(
        "DAILY CHECKLIST\n\nOPENING\n\n"
        "[ ] 09:30  Unlock the yard gate, switch on the lights ........ Duty Manager\n"
        "[ ] 09:45  Count the float (GBP 100) ......................... Cashier\n"
        "[ ] 10:00  Team briefing: offers, stock ...................... Duty Manager with "
        "Floor Supervisor\n"
        "[ ] Restock the shelves if needed ............................ Shelf Stackers\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    # each line is one task, whoever the dots lead to does it
    assert cells[("Duty Manager", "Unlock the yard gate, switch on the lights")] == "A/R"
    assert cells[("Cashier", "Count the float")] == "A/R"
    assert cells[("Duty Manager", "Team briefing")] == "A/R"
    # ("Duty Manager with Floor Supervisor": the one after "with" is consulted)
    assert cells[("Floor Supervisor", "Team briefing")] == "C"
    assert cells[("Shelf Stacker", "Restock the shelves")] == "A/R"


def test_a_role_table_with_names_and_a_series_of_duties(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(
        "# Project charter\n\n| Role | Name | Responsibilities |\n|---|---|---|\n"
        "| Project Sponsor | Karen Holt | Approves the budget |\n"
        "| Project Manager | Ravi Patel | Plans and tracks the work, manages risks, reports "
        "status weekly to the board |\n"
        "| IT Support | Service Desk | Installs the scanners and fixes faults reported by "
        "users |\n\nKaren will sign off the acceptance report.\n", encoding="utf-8")
    cells = _cells(_draft(path))
    # the person in the Name column stands for the role
    assert cells[("Project Sponsor", "Sign off the acceptance report")] == "A/R"
    # two verbs over one object in a series; how often stays in the name
    assert cells[("Project Manager", "Plan and track the work")] == "A/R"
    assert cells[("Project Manager", "Report status weekly to the board")] == "A/R"
    # two verbs in the third person, each with its own object
    assert cells[("IT Support", "Fix faults")] == "A/R"


def test_a_daci_decision_table(tmp_path: Path) -> None:
    path = tmp_path / "decisions.md"
    path.write_text(
        "# Decision log\n\n| Decision | Driver | Approver | Contributors | Informed |\n"
        "|---|---|---|---|---|\n| Choose the payment provider | Product Manager | Head of "
        "Product | Finance Lead, Security Engineer | Support Lead |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Product Manager", "Choose the payment provider")] == "R"
    assert cells[("Head of Product", "Choose the payment provider")] == "A"
    assert cells[("Security Engineer", "Choose the payment provider")] == "C"
    assert cells[("Support Lead", "Choose the payment provider")] == "I"


def test_a_raci_table_keeps_its_own_activity_names(tmp_path: Path) -> None:
    path = tmp_path / "close.md"
    path.write_text(
        "# Quarter-end close\n\n| Activity | Controller | Accountant |\n|---|---|---|\n"
        "| Post accruals for goods received not invoiced | A | R |\n"
        "| Bank reconciliation (monthly) | A | R |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    # the author's words for the activity, not a shortened name; asides in brackets go
    assert cells[("Accountant", "Post accruals for goods received not invoiced")] == "R"
    assert cells[("Controller", "Bank reconciliation")] == "A"


def test_a_table_pasted_from_a_spreadsheet_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "raci.txt"
    path.write_text("Project RACI\n\nActivity\tProject Manager\tDeveloper\tQA Lead\n"
                    "Build\tA\tR\tI\nTesting\tA\tC\tR\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Developer", "Build")] == "R"
    assert cells[("Project Manager", "Build")] == "A"
    assert cells[("QA Lead", "Testing")] == "R"


CHARTER = (
    "# Warehouse move charter\n\n"
    "| Role | Name | Responsibilities |\n|---|---|---|\n"
    "| Move Sponsor | Ada Quist | Approves the budget |\n"
    "| Move Coordinator | Ben Ortiz | Books the vans and reports progress to the sponsor |\n\n"
    "## Communication plan\n\n"
    "| Audience | What | When | Who |\n|---|---|---|---|\n"
    "| Site Staff | Move-day briefing | Weekly | Move Coordinator |\n\n"
    "## Approval\n\n"
    "| Name | Role | Signature | Date |\n|---|---|---|---|\n"
    "| Ada Quist | Move Sponsor | | |\n"
    "| Ben Ortiz | Move Coordinator | | |\n"
)


def test_a_sign_off_table_names_no_work(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(CHARTER, encoding="utf-8")
    activities = {a for (_r, a) in _cells(_draft(path))}
    assert "Approve the budget" in activities
    assert not activities & {"Ada Quist", "Ben Ortiz"}


def test_an_audience_column_is_told(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(CHARTER, encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Move Coordinator", "Move-day briefing")] == "A/R"
    assert cells[("Site Staff", "Move-day briefing")] == "I"


def test_the_last_word_of_one_role_stands_for_it(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(CHARTER, encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Move Sponsor", "Report progress to the sponsor")] == "I"


def test_two_predicates_in_a_duty_cell_are_two_duties(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(CHARTER, encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Move Coordinator", "Book the vans")] == "A/R"
    assert cells[("Move Coordinator", "Report progress to the sponsor")] == "A/R"


def test_a_column_that_only_numbers_the_rows_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "move.md"
    path.write_text(
        "# Office move RASCI\n\n"
        "| # | Activity | FL | IT | MV |\n|---|---|---|---|---|\n"
        "| 1 | Pack the archive | A | I | R |\n"
        "| 2 | Move the servers | C | A/R | S |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("FL", "Pack the archive")] == "A"
    assert cells[("MV", "Pack the archive")] == "R"
    assert cells[("IT", "Move the servers")] == "A/R"
    assert cells[("MV", "Move the servers")] == "S"  # RASCI's Support stays


def test_a_roster_with_a_position_column(tmp_path: Path) -> None:
    path = tmp_path / "roster.md"
    path.write_text(
        "# Fun run roster\n\n"
        "| Shift | Position | Name(s) | What you'll be doing | Radio / reports to |\n"
        "|---|---|---|---|---|\n"
        "| 07:00-11:00 | Kit Coordinator | Jo Bell | Hands out bibs and counts the radios "
        "| Ch 1 - Event Lead |\n"
        "| 08:00-12:00 | Route Steward | Sam Ode | Guides runners at the bridge together "
        "with the police | Ch 2 - Event Lead |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Kit Coordinator", "Hand out bibs")] == "A/R"
    assert cells[("Kit Coordinator", "Count the radios")] == "A/R"
    steward = [a for (r, a) in cells if r == "Route Steward"]
    assert len(steward) == 1 and steward[0].endswith("unners at the bridge")  # no "together"
    activities = {a for (_r, a) in cells}
    assert not activities & {"Jo Bell", "Sam Ode", "07:00-11:00"}
    assert not any("Event Lead" in a for a in activities)


def test_owners_in_brackets_after_checklist_items(tmp_path: Path) -> None:
    path = tmp_path / "launch.md"
    path.write_text(
        "# Store launch checklist\n\nOwners in [brackets].\n\n"
        "- [x] Price list loaded into the tills [Store Ops] — KL\n"
        "- [ ] Window display built [Visual Merch / Store Ops]\n"
        "- [ ] Staff rota for opening week [Area Manager]\n"
        "- Remember to smile\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Store Operations", "Price list loaded into the tills")] == "A/R"
    assert cells[("Visual Merch", "Window display built")] == "A/R"
    assert cells[("Store Operations", "Window display built")] == "R"
    assert cells[("Area Manager", "Staff rota for opening week")] == "A/R"
    assert not any("smile" in a.lower() or "KL" in a for (_r, a) in cells)


def test_one_bracket_at_the_end_of_an_item_is_no_owner(tmp_path: Path) -> None:
    path = tmp_path / "refs.md"
    path.write_text("# Service Desk\n\nThe Service Desk Lead owns the queue.\n\n"
                    "- See the escalation guide [Appendix B]\n", encoding="utf-8")
    assert ("Appendix B", "See the escalation guide") not in _cells(_draft(path))


def test_paragraphs_of_a_word_table_cell_are_separate_duties(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Refurbishment roles", 1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Role"
    table.rows[0].cells[1].text = "Responsibilities"
    row = table.add_row().cells
    row[0].text = "Clinic Manager"
    row[1].text = "Moves clinics to the temporary rooms."
    row[1].add_paragraph("Tells patients about changes to appointments.")
    path = tmp_path / "roles.docx"
    document.save(str(path))
    cells = _cells(_draft(path))
    assert cells[("Clinic Manager", "Move clinics to the temporary rooms")] == "A/R"
    assert cells[("Clinic Manager", "Tell patients about changes to appointments")] == "A/R"


def test_a_task_with_its_letters_on_the_same_line(tmp_path: Path) -> None:
    path = tmp_path / "close.md"
    path.write_text(
        "# Month-end close\n\n"
        "1. Reconcile bank accounts — R: AP Clerk; A: Finance Manager; I: CFO\n"
        "2. Accrue unpaid invoices — R: AP Clerk, AR Clerk; A: Finance Manager; "
        "C: Procurement\n"
        "3. Read the guide — see the intranet\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("AP Clerk", "Reconcile bank accounts")] == "R"
    assert cells[("Finance Manager", "Reconcile bank accounts")] == "A"
    assert cells[("CFO", "Reconcile bank accounts")] == "I"
    assert cells[("AR Clerk", "Accrue unpaid invoices")] == "R"
    assert cells[("Procurement", "Accrue unpaid invoices")] == "C"
    assert not any("guide" in a.lower() for (_r, a) in cells)


def test_a_table_laid_out_with_spaces(tmp_path: Path) -> None:
    path = tmp_path / "raci.txt"
    path.write_text(
        "Release RACI (exported from PDF)\n\n"
        "Contractor:  Harbour Ltd          Client: Quay Trust\n"
        "Prepared by: J. Ode (Release Manager)      Date: 01/02/2027\n\n"
        "Activity                     PM    Dev Lead    QA Lead    Ops\n"
        "Write the test plan          A     C           R\n"
        "Deploy to production         A                 C          R\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("QA Lead", "Write the test plan")] == "R"
    assert cells[("PM", "Write the test plan")] == "A"
    assert ("Operations", "Write the test plan") not in cells  # a blank cell stays blank
    assert cells[("Operations", "Deploy to production")] == "R"
    assert ("Dev Lead", "Deploy to production") not in cells


def test_an_owner_label_at_the_end_of_an_item(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Quarterly planning\n\n"
        "- Update the risk register (Owner: PMO Lead)\n"
        "- Confirm headcount with each department (owner: HR Partner, due 14 March)\n"
        "- Publish the roadmap deck — owner: Product Director\n"
        "- Book the offsite venue\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("PMO Lead", "Update the risk register")] == "A/R"
    assert cells[("HR Partner", "Confirm headcount with each department")] == "A/R"
    assert cells[("Product Director", "Publish the roadmap deck")] == "A/R"


def test_work_approved_by_another_role_is_owned_by_it(tmp_path: Path) -> None:
    path = tmp_path / "gov.html"
    path.write_text(
        "<h1>Data roles</h1><table><tr><th>Role</th><th>Responsibilities</th></tr>"
        "<tr><td>Data Owner</td><td>Approves access requests</td></tr>"
        "<tr><td>Data Custodian</td><td>Runs the backups<br>Applies access changes approved "
        "by the Data Owner</td></tr></table>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Data Custodian", "Apply access changes")] == "R"
    assert cells[("Data Owner", "Apply access changes")] == "A"


def test_a_matrix_written_in_words(tmp_path: Path) -> None:
    path = tmp_path / "show.md"
    path.write_text(
        "# Exhibition plan\n\nKey: Lead = does it · Sign-off = approves · Input = asked · "
        "FYI = kept in the loop\n\n"
        "| Task | Curator | Director | Designer |\n|---|---|---|---|\n"
        "| Object list | Lead | Sign-off | Input |\n"
        "| Gallery layout | Input | FYI | Lead |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Curator", "Object list")] == "R"
    assert cells[("Director", "Object list")] == "A"
    assert cells[("Designer", "Object list")] == "C"
    assert cells[("Director", "Gallery layout")] == "I"


def test_a_fixed_width_table_with_wrapped_cells(tmp_path: Path) -> None:
    path = tmp_path / "sop.txt"
    path.write_text(
        "SOP: LINE CHANGEOVER\n\n"
        "STEP  ACTION                                        BY\n"
        "1.1   10 min before the end of the run: drain the   Line Operator\n"
        "      hopper and bag the regrind\n"
        "1.2   Clean the die and log the clean in the        Shift Technician\n"
        "      line book\n", encoding="utf-8")
    cells = _cells(_draft(path))
    operator = [a for (r, a) in cells if r == "Line Operator"]
    assert operator and not any(a.startswith("10 min") for a in operator)
    assert any("regrind" in a.lower() or "hopper" in a.lower() for a in operator)
    assert any(r == "Shift Technician" and a.startswith("Clean the die") for (r, a) in cells)


def test_who_heads_in_other_words_name_the_doers(tmp_path: Path) -> None:
    """"Who can do it", "Who leads" and "DRI" head the column of who does a row; "Also
    involved" and "Contributors" beside it name the others who do it (R); a "Transition"
    column is the activity, a one-word verb included."""
    path = tmp_path / "plans.md"
    path.write_text(
        "# Grant workflow\n\n"
        "| From | Transition | To | Who can do it | Notes |\n"
        "|---|---|---|---|---|\n"
        "| NEW | Triage | READY | Grants Officer | the officer adds a budget code |\n"
        "| READY | Approve | FUNDED | Panel Chair, Grants Officer | |\n\n"
        "## Open day\n\n"
        "| Time | What happens | Who leads | Also involved |\n"
        "|---|---|---|---|\n"
        "| 09:00 | Open the doors and hand out maps | Stewards | Site Manager |\n\n"
        "## Targets\n\n"
        "| Goal | DRI | Contributors |\n"
        "|---|---|---|\n"
        "| Repeat visitors per month | Marketing Lead | Data Analyst |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Grants Officer", "Triage")] == "A/R"
    assert cells[("Panel Chair", "Approve")] in ("A/R", "R")
    assert "A" in cells[("Panel Chair", "Approve")] + cells[("Grants Officer", "Approve")]
    assert cells[("Steward", "Open the doors and hand out maps")] == "A/R"
    assert cells[("Site Manager", "Open the doors and hand out maps")] == "R"
    assert cells[("Marketing Lead", "Repeat visitors per month")] == "A/R"
    assert cells[("Data Analyst", "Repeat visitors per month")] == "R"
    assert role_columns(("Step", "Who else is told")) == {}


def test_heads_in_the_present_tense_name_the_doer_and_the_signer(tmp_path: Path) -> None:
    """"Does it | Signs off | Kept informed" are "Done by | Signed off by | Told" in the
    present tense: the doer R (A/R with nobody signing off), the signer A, the others I."""
    path = tmp_path / "harvest.md"
    path.write_text(
        "# Harvest supper\n\n"
        "| No. | Task | Does it | Signs off | Kept informed |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Order the marquee | Events Steward | Churchwarden | Treasurer |\n"
        "| 2 | Bake the loaves | Kitchen Volunteer | - | Events Steward |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Events Steward", "Order the marquee")] == "R"
    assert cells[("Churchwarden", "Order the marquee")] == "A"
    assert cells[("Treasurer", "Order the marquee")] == "I"
    assert cells[("Kitchen Volunteer", "Bake the loaves")] == "A/R"
    assert cells[("Events Steward", "Bake the loaves")] == "I"


def test_a_copy_to_column_names_who_is_told(tmp_path: Path) -> None:
    """"Copy to" beside "Responsible" and "Approval" names who is sent a copy: I."""
    path = tmp_path / "kennel.md"
    path.write_text(
        "# Summary\n\n"
        "| Action | Responsible | Approval | Copy to |\n"
        "|---|---|---|---|\n"
        "| Order the dog food | Kennel Hand | Yard Manager | Bookkeeper |\n"
        "| Clean the runs | Kennel Hand | - | Yard Manager |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Kennel Hand", "Order the dog food")] == "R"
    assert cells[("Yard Manager", "Order the dog food")] == "A"
    assert cells[("Bookkeeper", "Order the dog food")] == "I"
    assert cells[("Yard Manager", "Clean the runs")] == "I"


def test_a_legend_says_what_a_tables_marks_mean(tmp_path: Path) -> None:
    """Marks defined by a legend line ("✔ = does the work (unless noted) · ◇ = asked for
    advice", "P = primary responsibility") are read as the letters their words give, in
    a table whose first column numbers the rows; S stays RASCI's Support."""
    path = tmp_path / "schedule.md"
    path.write_text(
        "# Hall refurbishment\n\n"
        "Key: ✔ = does the work (supplies, fits) · ◇ = asked for advice · blank = not "
        "involved\n\n"
        "| No. | Item | Parish Council | Joiner | Electrician |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Replace the stage floor | ◇ | ✔ | |\n"
        "| 2 | New stage lighting | ◇ | | ✔ |\n\n"
        "## Running costs\n\n"
        "P = primary responsibility, S = supporting, - = none\n\n"
        "| Activity | Hall Treasurer | Booking Secretary |\n"
        "|---|---|---|\n"
        "| Invoice the hirers | S | P |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Joiner", "Replace the stage floor")] == "A/R"
    assert cells[("Parish Council", "Replace the stage floor")] == "C"
    assert cells[("Electrician", "New stage lighting")] == "A/R"
    assert cells[("Booking Secretary", "Invoice the hirers")] == "A/R"
    assert cells[("Hall Treasurer", "Invoice the hirers")] == "S"  # RASCI's own letter


def test_a_spreadsheet_pasted_as_csv_is_a_table(tmp_path: Path) -> None:
    """Lines exported from a spreadsheet as CSV (quoted fields holding commas, empty
    fields) under a head line of named fields are read as a table; a sentence with commas
    is not."""
    path = tmp_path / "induction.txt"
    path.write_text(
        "Induction checklist for new drivers, exported from the depot sheet\n"
        "Item,Owner,Due,Support,Status\n"
        "\"Issue the fuel card, PPE and tablet\",Depot Supervisor,Day 1,Stores Clerk,done\n"
        "Walk the yard and the wash bay,Yard Marshal,Day 1,,open\n"
        "Book the tachograph course,Training Coordinator,Week 2,,open\n\n"
        "Questions, comments and changes go to the depot office, please.\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Depot Supervisor", "Issue the fuel card, PPE and tablet")] == "A/R"
    assert cells[("Stores Clerk", "Issue the fuel card, PPE and tablet")] == "C"
    assert cells[("Yard Marshal", "Walk the yard and the wash bay")] == "A/R"
    assert cells[("Training Coordinator", "Book the tachograph course")] == "A/R"
    assert not any("comments" in act.lower() for _, act in cells)


def test_one_row_per_role_with_a_column_per_situation(tmp_path: Path) -> None:
    """A table whose first column is headed as roles ("Post") and whose other columns are
    situations whose cells state duties gives each row's role those duties, roles outside
    the role words included ("Warden"); a column of names or phone numbers gives none."""
    path = tmp_path / "evacuation.html"
    path.write_text(
        "<h1>Library evacuation plan</h1><table>"
        "<tr><th>Post</th><th>Phone</th><th>Fire alarm</th><th>Bomb threat</th></tr>"
        "<tr><td>Warden</td><td>x4411</td><td>Sweeps the reading rooms; closes the fire "
        "doors</td><td>Clears the building by the north stairs</td></tr>"
        "<tr><td>Duty Librarian</td><td>x4412</td><td>Calls the fire brigade</td>"
        "<td>Phones the police and keeps the caller on the line</td></tr>"
        "<tr><td>Porter (2)</td><td>x4400</td><td>Opens the service gate</td><td>Checks the "
        "bins and the toilets</td></tr>"
        "</table>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Warden", "Sweep the reading rooms")] == "A/R"
    assert cells[("Warden", "Close the fire doors")] == "A/R"
    assert cells[("Duty Librarian", "Call the fire brigade")] == "A/R"
    assert cells[("Porter", "Open the service gate")] == "A/R"
    assert cells[("Porter", "Check the bins and the toilets")] == "A/R"
    assert not any("x44" in act for _, act in cells)


def test_a_decision_record_whose_fields_name_the_letter_roles(tmp_path: Path) -> None:
    """A DACI record: a two-column table of fields under the decision's heading, the
    Driver R, the Approver A, Contributors C and Informed I on the decision; a person
    written beside a role ("Lena Hart, Fleet Manager") stands for that role; a lower-case
    group among titles is left out; "Status" and "Due" are no roles."""
    path = tmp_path / "decision.md"
    path.write_text(
        "# Decision: Lease electric vans for the night rounds\n\n"
        "| | |\n|---|---|\n"
        "| **Status** | Decided |\n"
        "| **Driver** | Lena Hart, Fleet Manager |\n"
        "| **Approver** | Operations Director |\n"
        "| **Contributors** | Depot Supervisor; Safety Officer |\n"
        "| **Informed** | Works Council; all drivers |\n"
        "| **Due** | 1 March |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert len({act for _, act in cells}) == 1, cells
    name = next(act for _, act in cells)
    assert name.startswith("Lease electric vans")
    assert cells[("Fleet Manager", name)] == "R"
    assert cells[("Operations Director", name)] == "A"
    assert cells[("Depot Supervisor", name)] == "C"
    assert cells[("Safety Officer", name)] == "C"
    assert cells[("Works Council", name)] == "I"
    assert not any(role in ("Lena Hart", "Status", "Due") for role, _ in cells)


def test_a_deliverables_table_with_prepared_reviewed_approved_by_columns(
        tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Office move plan\n\n"
        "| Deliverable | Prepared by | Reviewed by | Signed by |\n|---|---|---|---|\n"
        "| Floor layout | Space Planner | Facilities Lead | Move Sponsor |\n"
        "| Check the network points | IT Technician | | Facilities Lead |\n"
        "| Risk log | Move Coordinator | Health and Safety Advisor, Space Planner | |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    # the one "... by" column that is no check, approval or audience does the work; the
    # row is named by its thing as written (a request list's or a plan's item)
    assert cells[("Space Planner", "Floor layout")] == "R"
    assert cells[("Facilities Lead", "Floor layout")] == "C"
    assert cells[("Move Sponsor", "Floor layout")] == "A"
    # a row that already names work keeps its name
    assert cells[("IT Technician", "Check the network points")] == "R"
    assert cells[("Facilities Lead", "Check the network points")] == "A"
    assert cells[("Move Coordinator", "Risk log")] == "A/R"
    assert cells[("Health and Safety Advisor", "Risk log")] == "C"
    assert role_columns(("Exam", "Set by", "Marked by")) == {}


def test_a_word_pack_with_bold_labels_and_a_table_between_sections(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Club officers", level=1)
    document.add_heading("Role: Treasurer", level=2)
    label = document.add_paragraph()
    label.add_run("Main duties").bold = True
    document.add_paragraph("Keep the club's accounts on behalf of the committee.",
                           style="List Number")
    document.add_heading("Match day", level=2)
    table = document.add_table(rows=2, cols=2)
    for c, (head, value) in enumerate((("Task", "Mark the pitch"), ("Who", "Groundsman"))):
        table.cell(0, c).text = head
        table.cell(1, c).text = value
    label = document.add_paragraph()
    label.add_run("Person specification").bold = True
    document.add_paragraph("Good, independent judgement", style="List Bullet")
    document.add_paragraph("Officers are jointly responsible for the club. The Secretary "
                           "is responsible for the company.")
    path = tmp_path / "officers.docx"
    document.save(str(path))
    draft = _draft(path)
    cells = _cells(draft)
    # "on behalf of the committee" is for whom, no part of the duty
    assert cells[("Treasurer", "Keep the club's accounts")] == "A/R"
    assert cells[("Groundsman", "Mark the pitch")] == "A/R"
    # the bold "Person specification" line is a heading: traits below it are no duties;
    # the whole body a role serves is no duty either
    assert not any("judgement" in a.lower() or a in ("Company", "Club")
                   for (_r, a) in cells)
    # the table is read where it stands, after the Treasurer's section
    assert [b.kind for b in read_document(path).blocks][4:6] == ["heading", "row"]


def test_people_in_a_who_column_stand_for_their_roles(tmp_path: Path) -> None:
    """A Role | Who | Responsibilities table names the holder of each role; an action
    item later in the page that names the holder ("Ines Moreau to ...") is that role's;
    a list item that names its DRI after a dash is the DRI's."""
    path = tmp_path / "project.html"
    path.write_text(
        "<h1>Depot relocation</h1><table>"
        "<tr><th>Role</th><th>Who</th><th>Responsibilities</th></tr>"
        "<tr><td>Move Coordinator</td><td>Ines Moreau</td><td>Keeps the move plan</td></tr>"
        "<tr><td>Fleet Supervisor</td><td>Karl Berg</td><td>Parks the vans at the new yard"
        "</td></tr></table>"
        "<h2>Actions</h2><ul><li>Ines Moreau to order the removal crates</li>"
        "<li>New yard signage — DRI: Fleet Supervisor</li></ul>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Move Coordinator", "Order the removal crates")] == "A/R"
    assert cells[("Fleet Supervisor", "New yard signage")] == "A/R"
    assert not any(role == "Ines Moreau" for role, _ in cells)


def test_a_duties_cell_of_several_sentences(tmp_path: Path) -> None:
    """A Responsibilities cell written as several sentences that each start with a verb
    gives one duty per sentence, not only the first."""
    path = tmp_path / "roles.md"
    path.write_text(
        "# Allotment society\n\n| Role | Responsibilities |\n|---|---|\n"
        "| Plot Steward | Allocates the vacant plots. Inspects the plots in June. Collects "
        "the rents by 1 October. |\n"
        "| Water Warden | Turns the mains on in April and off in October. |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    steward = {act for role, act in cells if role == "Plot Steward"}
    assert any("vacant plot" in act.lower() for act in steward), cells
    assert any(act.startswith("Inspect the plots") for act in steward), cells
    assert any("rent" in act.lower() for act in steward), cells


def test_a_roster_of_people_and_their_roles_names_no_work(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Fair plan\n\n"
        "| Who | Role on this project |\n|---|---|\n"
        "| Ana Lee | Site Manager |\n| Print & Post team | Print Team |\n\n"
        "| Task | Who |\n|---|---|\n| Book the marquee | Site Manager |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {("Site Manager", "Book the marquee"): "A/R"}


def test_a_legend_of_the_schemes_own_letters_keeps_them(tmp_path: Path) -> None:
    """"S = Support" in a legend names a letter of the RASCI scheme: the S cells stay S,
    and the draft is a RASCI draft; a mark that is no letter ("P = primary") is read."""
    path = tmp_path / "rasci.md"
    path.write_text(
        "# Go-live\n\nLegend: P = primary, S = Support\n\n"
        "| Activity | Cutover Lead | Data Team |\n|---|---|---|\n"
        "| Freeze the old system | P | S |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Cutover Lead", "Freeze the old system")] == "A/R"
    assert cells[("Data Team", "Freeze the old system")] == "S"


def test_who_is_harmed_is_no_doer_and_a_stage_column_is_the_activity(tmp_path: Path) -> None:
    """"Who might be harmed" names the people a row is about, not who does it (the "Action
    by" column does); a "Stage" column names the activity even beside a longer Notes
    column."""
    path = tmp_path / "plans.md"
    path.write_text(
        "# Litter pick\n\n"
        "| Hazard | Who might be harmed | Further action | Action by |\n|---|---|---|---|\n"
        "| Sharps in the hedges | All volunteers | Hand out the litter grabbers | Pick Leader |"
        "\n\n## Newsletter\n\n"
        "| Stage | Who does it | Notes |\n|---|---|---|\n"
        "| First draft | Newsletter Editor | Ask the committee for items two weeks ahead and "
        "keep to four pages |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert not any(role == "Volunteer" for role, _ in cells), cells
    assert cells[("Newsletter Editor", "First draft")] == "A/R"
    assert role_columns(("Hazard", "Who might be harmed", "Further action")) == {}


def test_a_hand_off_column_informs_the_role_that_receives_the_work(tmp_path: Path) -> None:
    path = tmp_path / "bindery.txt"
    path.write_text(
        "Bindery route\n\n"
        "Step\tWho does it\tDays\tHanded over to\n"
        "Fold the sheets\tFolder Operator\t2\tSewing Lead\n"
        "Sew the sections\tSewing Lead\t3\tCase Maker\n"
        "Case in the books\tCase Maker\t1\tDispatch Clerk\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Folder Operator", "Fold the sheets")] == "A/R"
    assert cells[("Sewing Lead", "Fold the sheets")] == "I"
    assert cells[("Sewing Lead", "Sew the sections")] == "A/R"
    assert cells[("Case Maker", "Sew the sections")] == "I"
    assert cells[("Dispatch Clerk", "Case in the books")] == "I"


def test_a_key_of_codes_ties_each_code_to_its_role(tmp_path: Path) -> None:
    # the codes are not the roles' initials: only the key ties them
    text_key = tmp_path / "kitchen.txt"
    text_key.write_text(
        "Kitchen handbook\n\n"
        "Who is who\n"
        "  HC      Head Chef\n"
        "  SC      Sous Chef (one per shift)\n"
        "  PX      Kitchen Porter\n\n"
        "Service\n\n"
        "The HC writes the menu and orders the fish. The SC plates the starters.\n"
        "The PX washes the pans.\n", encoding="utf-8")
    cells = _cells(_draft(text_key))
    assert cells == {("Head Chef", "Write the menu"): "A/R",
                     ("Head Chef", "Order the fish"): "A/R",
                     ("Sous Chef", "Plate the starters"): "A/R",
                     ("Kitchen Porter", "Wash the pans"): "A/R"}
    table_key = tmp_path / "kitchen.md"
    table_key.write_text(
        "# Kitchen handbook\n\n"
        "| Call sign | Role |\n|---|---|\n| GOLD | Head Chef |\n| PANS | Kitchen Porter |\n\n"
        "## Service\n\nGOLD writes the menu. PANS washes the pans.\n", encoding="utf-8")
    assert _cells(_draft(table_key)) == {("Head Chef", "Write the menu"): "A/R",
                                         ("Kitchen Porter", "Wash the pans"): "A/R"}


def test_cells_written_as_sentences_give_the_duty_to_the_role_they_name(
        tmp_path: Path) -> None:
    path = tmp_path / "bakery.html"
    path.write_text(
        "<h1>Bakery controls</h1><table>"
        "<tr><th>Point</th><th>Limit</th><th>Checking (who)</th><th>If it fails (who)</th></tr>"
        "<tr><td>Proving</td><td>40 min</td><td>Dough Operative times each rack</td>"
        "<td>Bakery Supervisor scraps the rack</td></tr>"
        "<tr><td>Baking</td><td>Core 92 C</td><td>Oven Operative probes every tray</td>"
        "<td>Oven Operative bakes on and re-probes</td></tr>"
        "</table>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Dough Operative", "Time each rack")] == "A/R"
    assert cells[("Bakery Supervisor", "Scrap the rack")] == "A/R"
    assert cells[("Oven Operative", "Probe every tray")] == "A/R"
    assert not any(act in ("Proving", "Baking", "40 min") for _, act in cells)


def test_an_action_by_column_owns_each_step_its_further_action_cell_lists(
        tmp_path: Path) -> None:
    path = tmp_path / "river-clean.md"
    path.write_text(
        "# Risk assessment: river clean-up\n\n"
        "| # | Hazard | Who might be harmed | Further action | Action by |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Deep water | All volunteers | Hand out the life jackets<br>sign the crossing log"
        " | Bank Marshal |\n"
        "| 2 | Sharps | Pickers | Order the sharps bins; book the collection | Site Lead |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {("Bank Marshal", "Hand out the life jackets"): "A/R",
                     ("Bank Marshal", "Sign the crossing log"): "A/R",
                     ("Site Lead", "Order the sharps bins"): "A/R",
                     ("Site Lead", "Book the collection"): "A/R"}


def test_a_role_column_beside_a_list_of_duties_gives_each_duty_apart(tmp_path: Path) -> None:
    path = tmp_path / "allotments.md"
    path.write_text(
        "# Allotment society: who is responsible\n\n"
        "| Role | Name | Responsible for |\n|---|---|---|\n"
        "| Plot Secretary | Ann Bell | Waiting list; plot inspections; rent reminders |\n"
        "| Site Warden | Joe Carr | Gate keys; water troughs; reporting leaks to the "
        "Water Board |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {("Plot Secretary", "Waiting list"): "A/R",
                     ("Plot Secretary", "Plot inspections"): "A/R",
                     ("Plot Secretary", "Rent reminders"): "A/R",
                     ("Site Warden", "Gate keys"): "A/R",
                     ("Site Warden", "Water troughs"): "A/R",
                     ("Site Warden", "Report leaks to the Water Board"): "A/R",
                     ("Water Board", "Report leaks to the Water Board"): "I"}


def test_a_key_line_after_a_letter_table_names_no_roles(tmp_path: Path) -> None:
    path = tmp_path / "raci.md"
    path.write_text(
        "# Fundraising dinner\n\n"
        "| Task | Chair | Treasurer |\n|---|---|---|\n"
        "| Book the venue | A | R |\n| Sell tickets | R/A | C |\n\n"
        "Key: R = Responsible, A = Accountable, C = Consulted, I = Informed.\n",
        encoding="utf-8")
    draft = derive([path])
    assert [role.name for role in draft.roles] == ["Chair", "Treasurer"]
    assert "Key" not in {row.name for row in draft.rows}


def test_letters_in_brackets_after_a_task(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        "# Release RACI\n\n"
        "- Restock the shelves (R: Shop Assistant, A: Store Manager, C: Buyer, "
        "I: Area Manager)\n",
        encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Shop Assistant", "Restock the shelves"): "R",
        ("Store Manager", "Restock the shelves"): "A",
        ("Buyer", "Restock the shelves"): "C",
        ("Area Manager", "Restock the shelves"): "I"}


def test_letters_in_brackets_after_each_role(tmp_path: Path) -> None:
    path = tmp_path / "launch.md"
    path.write_text(
        "# Open day\n\n## Campus tours\n"
        "- Admissions Manager (A) – plans the routes\n"
        "- Student Ambassadors (R) – show visitors round\n"
        "- Estates Team (C)\n\n"
        "## Parking\n"
        "Owner: Estates Team (A/R), Security (C), Admissions Manager (I)\n",
        encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Admissions Manager", "Campus tours"): "A",
        ("Student Ambassador", "Campus tours"): "R",
        ("Estates Team", "Campus tours"): "C",
        ("Estates Team", "Parking"): "A/R",
        ("Security", "Parking"): "C",
        ("Admissions Manager", "Parking"): "I"}


def test_one_row_per_role_with_lettered_columns(tmp_path: Path) -> None:
    path = tmp_path / "gov.md"
    path.write_text(
        "# Records roles\n\n"
        "| Role | Responsible for | Accountable for | Consulted on |\n|---|---|---|---|\n"
        "| Records Manager | Approving disposal; indexing the files | Retention schedule "
        "| Scanning projects |\n"
        "| IT Lead | | Backup of the archive | Retention schedule |\n",
        encoding="utf-8")
    draft = derive([path])
    # the cells of lettered columns are duties, never role names
    assert {role.name for role in draft.roles} == {"Records Manager", "IT Lead"}
    cells = derived_cells(draft)
    assert cells[("Records Manager", "Approving disposal")] == "A/R"
    assert cells[("Records Manager", "Index the files")] == "A/R"
    assert cells[("Records Manager", "Retention schedule")] == "A/R"
    assert cells[("Records Manager", "Scanning projects")] == "C"
    assert cells[("IT Lead", "Archive backup")] == "A/R"
    assert cells[("IT Lead", "Retention schedule")] == "C"


def test_a_legend_table_of_decision_letters_maps_them(tmp_path: Path) -> None:
    """A legend written as a table ("| Letter | Stands for | Meaning |") defines the marks
    of the table after it; RAPID's letters read as RACI: D (Decide) is A, R (Recommend)
    and P (Perform) are R, A (Agree) and I (Input) are C, and "D, P" in one cell is A/R."""
    path = tmp_path / "rights.md"
    path.write_text(
        "# Buying decisions\n\n"
        "| Letter | Stands for | What it means |\n|---|---|---|\n"
        "| R | Recommend | Proposes the decision |\n"
        "| A | Agree | Must agree before it goes further |\n"
        "| P | Perform | Carries out the decision |\n"
        "| I | Input | Gives advice, not binding |\n"
        "| D | Decide | Makes the final call |\n\n"
        "| Decision | Buyer | Stock Controller | Finance Lead |\n|---|---|---|---|\n"
        "| New supplier | R | I | D |\n"
        "| Clearance of old stock | | D, P | A |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Buyer", "New supplier"): "R",
        ("Stock Controller", "New supplier"): "C",
        ("Finance Lead", "New supplier"): "A",
        ("Stock Controller", "Clearance of old stock"): "A/R",
        ("Finance Lead", "Clearance of old stock"): "C",
    }


def test_a_raci_legend_keeps_its_own_letters(tmp_path: Path) -> None:
    """A legend that gives the RACI letters their usual words ("A = Accountable - owns the
    outcome") changes nothing."""
    path = tmp_path / "raci.md"
    path.write_text(
        "# Stocktake\n\nKey: R = Responsible, A = Accountable - owns the outcome, "
        "C = Consulted, I = Informed\n\n"
        "| Task | Store Keeper | Depot Manager |\n|---|---|---|\n"
        "| Count the shelves | R | A |\n", encoding="utf-8")
    assert _cells(_draft(path)) == {("Store Keeper", "Count the shelves"): "R",
                                    ("Depot Manager", "Count the shelves"): "A"}


def test_a_tick_table_with_a_notes_column(tmp_path: Path) -> None:
    """Ticks under roles in a table with no legend and no letters mark who does the row
    and owns it; a last column of notes in words is read as sentences, and a tick with a
    footnote star is a tick."""
    path = tmp_path / "mending.md"
    path.write_text(
        "# Who mends what\n\n"
        "| Job | Landlord | Tenant | Notes |\n|---|---|---|---|\n"
        "| Garden gate | ✓ | | The landlord paints the gate every spring. |\n"
        "| Bin cleaning | | ✔ | |\n"
        "| Blocked sink | | ✓* | |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Landlord", "Garden gate")] == "A/R"
    assert cells[("Tenant", "Bin cleaning")] == "A/R"
    assert cells[("Tenant", "Blocked sink")] == "A/R"
    assert cells[("Landlord", "Paint the gate every spring")] == "A/R"
    assert ("Tenant", "Garden gate") not in cells


def test_two_titles_sharing_one_head_are_two_roles() -> None:
    assert cell_names("Outgoing + Incoming Shift Leaders") == [
        "Outgoing Shift Leaders", "Incoming Shift Leaders"]
    assert cell_names("Day and Night Porters") == ["Day Porters", "Night Porters"]
    # a singular head after "and" is one title, and a role before "/" stays itself
    assert cell_names("Health and Safety Advisor") == ["Health and Safety Advisor"]
    assert cell_names("Finance / Legal Team") == ["Finance", "Legal Team"]


def test_outgoing_and_incoming_holders_are_distinct_roles(tmp_path: Path) -> None:
    path = tmp_path / "handover.md"
    path.write_text(
        "# Shift handover\n\n"
        "| Step | Action | By |\n|---|---|---|\n"
        "| 1 | Complete the handover sheet for every line | Outgoing Shift Leader |\n"
        "| 2 | Walk the floor together | Outgoing + Incoming Shift Leaders |\n"
        "| 3 | File the signed sheet | Incoming Shift Leader |\n"
        "| 4 | Sign the handover sheet | Both Shift Leaders |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    # "both" of a kind is every role of that kind, the first named owning the row
    assert cells[("Outgoing Shift Leader", "Sign the handover sheet")] == "A/R"
    assert cells[("Incoming Shift Leader", "Sign the handover sheet")] == "R"
    # (a single step keeps its words: "for every line", "together")
    assert cells[("Outgoing Shift Leader", "Complete the handover sheet for every line")] == \
        "A/R"
    assert cells[("Incoming Shift Leader", "File the signed sheet")] == "A/R"
    assert {role for role, name in cells if name == "Walk the floor together"} == {
        "Outgoing Shift Leader", "Incoming Shift Leader"}


def test_a_wiki_page_kept_as_mediawiki_source(tmp_path: Path) -> None:
    """A page saved as MediaWiki source: "== Title ==" headings, '''bold''', "*" and "#"
    lists, a {| |} table with "!" heads and "||" cells, links; its "Owning team" column
    does the row and owns it, "Consulted on changes" gives C and "Told about releases" I,
    a link is no activity, and "for a week" in a Who cell names nobody. Banners such as
    "=== WINTER ===" in plain text alone are no wiki source."""
    path = tmp_path / "services.txt"
    path.write_text(
        "== Library services ==\n"
        "''Who looks after which service.''\n\n"
        "=== Rules ===\n"
        "* The '''Systems Librarian''' approves every change to the catalogue.\n"
        "# The Desk Supervisor shelves the returns.\n\n"
        "{| class=\"wikitable\"\n"
        "! Service !! Owning team !! Consulted on changes !! Told about releases !! Notes\n"
        "|-\n"
        "| Book loans || Lending Desk || Systems Team || Porters || [[Help/Loans]]\n"
        "|-\n"
        "| Archive scans || Archive Team || Lending Desk || Porters || [[Help/Scans]]\n"
        "|}\n\n"
        "{| class=\"wikitable\"\n"
        "! Rota !! Who is on it\n"
        "|-\n"
        "| Late opening || Lending Desk, for a week\n"
        "|}\n"
        "[[Category:Library]]\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Lending Desk", "Book loans")] == "A/R"
    assert cells[("Systems Team", "Book loans")] == "C"
    assert cells[("Porter", "Book loans")] == "I"
    assert cells[("Archive Team", "Archive scans")] == "A/R"
    assert cells[("Systems Librarian", "Change to the catalogue")] == "A/R"
    assert cells[("Desk Supervisor", "Shelve the returns")] == "A/R"
    assert not any("/" in activity or "'" in activity for _role, activity in cells)
    assert not any(role.startswith("for ") for role, _activity in cells)
    assert is_mediawiki(path.read_text(encoding="utf-8"))
    assert not is_mediawiki("=== WINTER ===\nPruning\n=== SPRING ===\nSpraying\n")


def test_a_duty_cell_of_several_sentences_gives_each_its_duty(tmp_path: Path) -> None:
    path = tmp_path / "race.md"
    path.write_text(
        "# Race day\n\n| Role | Name | Duties |\n|---|---|---|\n"
        "| Race Director | Paul | Overall in charge on the day. Decides on course changes "
        "after talking to the Medical Lead. |\n"
        "| Medical Lead | Sue | Runs the first aid posts. |\n\n"
        "| Time | Who | What |\n|---|---|---|\n"
        "| 06:30 | Course Marshal | Keep runners on the course. Radio the Course Manager if "
        "anyone collapses. |\n"
        "| 07:00 | Course Manager | Log incidents. |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    # the consulted party is a letter on the duty that names it, not on the first one
    assert cells[("Race Director", "Decide on course changes")] == "A/R"
    assert cells[("Medical Lead", "Decide on course changes")] == "C"
    assert ("Medical Lead", "Overall in charge on the day") not in cells
    # the one radioed is told
    assert cells[("Course Marshal", "Radio the Course Manager if anyone collapses")] == "A/R"
    assert cells[("Course Manager", "Radio the Course Manager if anyone collapses")] == "I"


def test_a_word_cell_s_line_breaks_separate_its_duties(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Programme governance", 1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Role"
    table.rows[0].cells[1].text = "Responsibilities"
    row = table.add_row()
    row.cells[0].text = "Senior Responsible Owner"
    row.cells[1].text = "Chairs the Programme Board\nSigns off the business case"
    path = tmp_path / "governance.docx"
    document.save(str(path))
    cells = derived_cells(derive([path]))
    assert cells[("Senior Responsible Owner", "Chair the Programme Board")] == "A/R"
    assert cells[("Senior Responsible Owner", "Sign off the business case")] == "A/R"


def test_a_table_of_what_each_side_commits_to(tmp_path: Path) -> None:
    """A table whose columns say what each side will do ("| The club secretary will | The
    plot holder will |") gives each cell to its column's role as its duty."""
    path = tmp_path / "agreement.md"
    path.write_text(
        "# Allotment agreement\n\n"
        "| The club secretary will | The plot holder will |\n|---|---|\n"
        "| send the renewal notice every January | pay the rent by the end of March |\n"
        "| keep the waiting list | keep the plot free of weeds |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Club Secretary", "Send the renewal notice every January")] == "A/R"
    assert cells[("Club Secretary", "Keep the waiting list")] == "A/R"
    assert cells[("Plot Holder", "Pay the rent by the end of March")] == "A/R"
    assert cells[("Plot Holder", "Keep the plot free of weeds")] == "A/R"


def test_a_word_paragraph_responsible_for_under_a_role_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Volunteer roles", 1)
    document.add_heading("Shift Leader", 2)
    document.add_paragraph("Opens the centre and locks up at the end.")
    document.add_paragraph("Responsible for the cash box; reports any incident to the "
                           "Centre Manager.")
    path = tmp_path / "roles.docx"
    document.save(str(path))
    cells = derived_cells(derive([path]))
    assert cells[("Shift Leader", "Cash box")] == "A/R"
    assert cells[("Shift Leader", "Report any incident to the Centre Manager")] == "A/R"
    assert cells[("Centre Manager", "Report any incident to the Centre Manager")] == "I"
    assert ("Centre Manager", "Cash box") not in cells


def test_a_transfer_table_and_a_column_of_who_holds_each_role(tmp_path: Path) -> None:
    path = tmp_path / "custody.md"
    path.write_text(
        "# Sample custody\n\n## Who is involved\n\n"
        "| Role | Usually held by |\n| --- | --- |\n"
        "| Sampling Technician | Whoever is on the rota (two per round) |\n"
        "| Field Team Leader | Tomasz Wilk |\n"
        "| Courier | Fastlane Couriers, account 1234 |\n\n"
        "## Transfers\n\n"
        "| # | Transfer | Relinquished by | Received by | Record |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | Hand out a bottle set for each well | Field Team Leader | Sampling Technician "
        "| Kit log |\n"
        "| 2 | Release the cool box for collection | Field Team Leader | Courier | Register |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Field Team Leader", "Hand out a bottle set for each well"): "A/R",
        ("Sampling Technician", "Hand out a bottle set for each well"): "I",
        ("Field Team Leader", "Release the cool box for collection"): "A/R",
        ("Courier", "Release the cool box for collection"): "I",
    }



def test_a_column_headed_usually_names_who_holds_each_role(tmp_path: Path) -> None:
    """"Role | Usually" (or "Currently"): who usually fills each role, no work of it."""
    path = tmp_path / "bake-sale.md"
    path.write_text(
        "# Bake sale\n\n| Role | Usually |\n| --- | --- |\n"
        "| Stall Lead | Priya, Tom |\n| Cashier | the treasurer on duty that day |\n\n"
        "The Stall Lead sets out the cakes by 9:00.\n"
        "The Cashier counts the float before opening.\n", encoding="utf-8")
    assert _cells(_draft(path)) == {
        ("Stall Lead", "Set out the cakes by 9:00"): "A/R",
        ("Cashier", "Count the float before opening"): "A/R",
    }

ASCIIDOC = """= Publishing a dataset
Data Team <data@example.org>
v1.0, 2027-01-10
:toc: left

NOTE: Personal data is never published.

== Roles

[horizontal]
Data Owner:: the head of the department that holds the data.
Data Steward:: the analyst who prepares the file.

== Stages

[cols="1,3,2,2",options="header"]
|===
|Stage |What happens |Who |Who else

|1. Prepare the data
|Extract the data and write the
metadata record.
|Data Steward
|Open Data Lead (advises on format)

|2. Approve for release
|Sign the release form.
|Data Owner
|Open Data Lead (told)
|===

== After publication

* The Data Steward refreshes the dataset every month.
"""


def test_asciidoc_in_a_text_file_and_in_an_adoc_file(tmp_path: Path) -> None:
    for name in ("feed.txt", "feed.adoc"):
        path = tmp_path / name
        path.write_text(ASCIIDOC, encoding="utf-8")
        cells = _cells(_draft(path))
        assert cells[("Data Steward", "Prepare the data")] == "A/R"
        assert cells[("Open Data Lead", "Prepare the data")] == "C"
        assert cells[("Data Owner", "Approve for release")] == "A/R"
        assert cells[("Open Data Lead", "Approve for release")] == "I"
        assert cells[("Data Steward", "Refresh the dataset every month")] == "A/R"
        assert not any(n[:1].isdigit() or "=" in n or n.startswith(":")
                       for _role, n in cells), cells
    # a heading alone does not make plain text AsciiDoc; nor does a wiki heading
    assert not is_asciidoc("== Notes\n\nThe Clerk files the returns.\n")
    assert not is_asciidoc("== Notes ==\n\n:Owner: Clerk\n")
    assert is_asciidoc("== Notes\n\nNOTE: The Clerk files the returns.\n")


def test_a_who_else_column_reads_each_remark(tmp_path: Path) -> None:
    path = tmp_path / "steps.md"
    path.write_text(
        "# Steps\n\n| Step | Who | Who else |\n| --- | --- | --- |\n"
        "| 1. Draft the notice | Clerk | Chair (signs off), Treasurer (told) |\n"
        "| 2. Post the notice | Clerk | Secretary (drafts the text), Chair |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Clerk", "Draft the notice"): "R", ("Chair", "Draft the notice"): "A",
        ("Treasurer", "Draft the notice"): "I", ("Clerk", "Post the notice"): "A/R",
        ("Secretary", "Post the notice"): "R", ("Chair", "Post the notice"): "C"}


def test_a_layout_table_of_pictures_and_sentences_reads_as_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "easy-read.html"
    path.write_text(
        "<html><body><h1>Your support</h1><h2>Your key worker</h2><table>"
        "<tr><td><img src='a.png' alt=''></td><td>Your key worker will meet you every "
        "month.</td></tr>"
        "<tr><td><img src='b.png' alt=''></td><td>The kitchen team makes lunch every "
        "day.</td></tr>"
        "<tr><td><img src='c.png' alt=''></td><td>The nurse gives you your medicine at "
        "lunchtime.</td></tr></table></body></html>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {("Key Worker", "Meet you every month"): "A/R",
                     ("Kitchen Team", "Make lunch every day"): "A/R",
                     ("Nurse", "Medicine at lunchtime"): "A/R"}
    # a table with a head keeps its rows
    doc = read_document(_write(tmp_path / "t.html", "<table><tr><th>Task</th><th>Who</th></tr>"
                               "<tr><td>Book the hall</td><td>Clerk</td></tr></table>"))
    assert [b.kind for b in doc.blocks] == ["row", "row"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_role_cell_spanning_rows_heads_each_of_them(tmp_path: Path) -> None:
    path = tmp_path / "show.html"
    path.write_text(
        "<table><tr><th>Official</th><th>When</th><th>Duties</th></tr>"
        "<tr><td rowspan='2'>Chief Steward</td><td>Before the show</td>"
        "<td>Appoints the ring stewards.</td></tr>"
        "<tr><td>Show days</td><td>Settles disputes between exhibitors.</td></tr>"
        "<tr><td>Show Secretary</td><td colspan='2'>Prints the catalogue.</td></tr>"
        "</table>", encoding="utf-8")
    doc = read_document(path)
    assert [b.cells for b in doc.blocks][1:] == [
        ("Chief Steward", "Before the show", "Appoints the ring stewards."),
        ("Chief Steward", "Show days", "Settles disputes between exhibitors."),
        ("Show Secretary", "Prints the catalogue.", "Prints the catalogue.")]
    cells = _cells(_draft(path))
    assert cells[("Chief Steward", "Settle disputes between exhibitors")] == "A/R"


def test_a_team_table_with_names_first_reads_one_row_per_role(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(
        "# Project charter\n\n| Name | Role | Responsibilities |\n| --- | --- | --- |\n"
        "| Amina Yusuf | Project Sponsor | Approves the budget; chairs the steering group |\n"
        "| Li Wei | Data Lead | Signs off the data migration |\n\n"
        "Amina reviews the risks every month.\n", encoding="utf-8")
    draft = _draft(path)
    cells = _cells(draft)
    assert cells == {("Project Sponsor", "Approve the budget"): "A/R",
                     ("Project Sponsor", "Chair the steering group"): "A/R",
                     ("Data Lead", "Sign off the data migration"): "A/R",
                     ("Project Sponsor", "Review the risks"): "A/R"}, cells
    assert not any(r.name in ("Amina Yusuf", "Li Wei") for r in draft.roles)


def test_a_transposed_matrix_keeps_its_column_heads_as_written(tmp_path: Path) -> None:
    path = tmp_path / "stand.md"
    path.write_text(
        "# Stand\n\n| Team | Book the stand space | Run the product demos |\n"
        "| --- | --- | --- |\n| Events Manager | A/R | I |\n"
        "| Product Specialists | C | A/R |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Product Specialists", "Run the product demos")] == "A/R", cells
    assert cells[("Events Manager", "Book the stand space")] == "A/R"


def test_a_head_of_two_rows_and_a_malformed_span(tmp_path: Path) -> None:
    path = tmp_path / "matrix.html"
    path.write_text(
        "<table><tr><th rowspan=2>Task</th><th colspan=3>Who</th></tr>"
        "<tr><th>Chair</th><th>Treasurer</th><th>Secretary</th></tr>"
        "<tr><td>Book the hall</td><td>A</td><td>C</td><td>R</td></tr>"
        "<tr><td rowspan='²'>Pay the deposit</td><td>I</td><td>A/R</td><td></td></tr>"
        "</table>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {("Chair", "Book the hall"): "A", ("Treasurer", "Book the hall"): "C",
                     ("Secretary", "Book the hall"): "R", ("Chair", "Pay the deposit"): "I",
                     ("Treasurer", "Pay the deposit"): "A/R"}


def test_asciidoc_cell_specifiers_an_unclosed_table_and_text_under_the_title(
        tmp_path: Path) -> None:
    path = tmp_path / "roles.adoc"
    path.write_text(
        "= Treasurer role\nThe Treasurer keeps the accounts.\n\n== Tasks\n\n"
        '[cols="2,1,1",options="header"]\n|===\n|Task |Treasurer |Chair\n'
        "|Pay the invoices 2+|R\na|Book the hall |C |A/R\n|===\n\n"
        "== Chair\n\n|===\n|Task |Who\n|Chair the meeting |Chair\n\n"
        "== Secretary\n\nThe Secretary writes the minutes.\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Treasurer", "Keep the accounts")] == "A/R"
    assert cells[("Treasurer", "Book the hall")] == "C"
    assert cells[("Chair", "Book the hall")] == "A/R"
    assert "R" in cells[("Chair", "Pay the invoices")]
    assert cells[("Secretary", "Write the minutes")] == "A/R"


def test_a_who_column_first_is_no_column_of_names(tmp_path: Path) -> None:
    path = tmp_path / "who.md"
    path.write_text("# Jobs\n\n| Who | Task | Role | Notes |\n| --- | --- | --- | --- |\n"
                    "| Treasurer | Keeps the accounts | Officer | |\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.blocks[-1].header[:2] == ("Who", "Task")  # the columns stay where they are


def test_a_remark_in_brackets_in_a_duty_cell_lists_no_duties(tmp_path: Path) -> None:
    path = tmp_path / "exams.md"
    path.write_text(
        "# Exams\n\n| Role | Before the exam | During the exam |\n| --- | --- | --- |\n"
        "| SENCo | Applies for access arrangements (extra time, readers, scribes) by the "
        "deadline. | Provides the readers. |\n"
        "| Heads of Department | Check the entries. | Stay available by phone; they may not "
        "enter the room. |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    names = {n for _r, n in cells}
    assert "Apply for access arrangements" in names, names
    assert not any("(" in n or n.startswith("They") for n in names), names


def test_a_markdown_layout_table_of_sentences_reads_as_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "easy-read.md"
    path.write_text("# Your support\n\n| Your key worker will meet you every month. | |\n"
                    "| --- | --- |\n| The kitchen team makes lunch every day. | |\n",
                    encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {("Key Worker", "Meet you every month"): "A/R",
                     ("Kitchen Team", "Make lunch every day"): "A/R"}


def test_a_legend_whose_marks_are_short_words(tmp_path: Path) -> None:
    path = _write(tmp_path / "move.md", (
        "# Office move checklist\n\n"
        "Key: **✓** = this person does it, **lead** = has the final say, **FYI** = just "
        "needs to know, **ask** = check with them first.\n\n"
        "| Task | Tenant | Agent | Landlord |\n| --- | --- | --- | --- |\n"
        "| Book the removal van | lead | ✓ | FYI |\n"
        "| Agree the new floor plan | ✓ | ask | lead |\n"
        "| Send the meter readings | lead | | |\n"))
    cells = _cells(_draft(path))
    assert cells[("Tenant", "Book the removal van")] == "A"
    assert cells[("Agent", "Book the removal van")] == "R"
    assert cells[("Landlord", "Book the removal van")] == "I"
    assert cells[("Agent", "Agree the new floor plan")] == "C"
    assert cells[("Landlord", "Agree the new floor plan")] == "A"
    # the owner with nobody else doing it does it too
    assert cells[("Tenant", "Send the meter readings")] == "A/R"


def test_a_dotted_whos_who_names_holders_not_tasks(tmp_path: Path) -> None:
    path = _write(tmp_path / "procedure.txt", (
        "FRONT DESK PROCEDURE\n\n"
        "WHO'S WHO\n\n"
        "Office Manager ........ Priya Raman\n"
        "Facilities support .... Hartley FM (helpdesk 0161 555 0100)\n\n"
        "WHAT TO DO\n\n"
        "The Office Manager logs every fault. For a broken door, the Office Manager calls "
        "Hartley FM, who will send an engineer the same day.\n"))
    doc = read_document(path)
    assert [b.header for b in doc.blocks if b.kind == "row"] == [("Role", "Name")] * 2
    cells = _cells(_draft(path))
    assert not any(a.lower().startswith("facilities support") for (_r, a) in cells)
    assert ("Facilities Support", "Send an engineer the same day") in cells
    assert ("Office Manager", "Log every fault") in cells


def test_a_dotted_key_of_call_signs_between_rules(tmp_path: Path) -> None:
    # call signs in capitals led by dots to the roles they stand for, the list between
    # dashed rules: each line is a key's row (not a task, not joined to the rule or to
    # the line above), and the call sign then stands for its role in the steps
    path = _write(tmp_path / "harbour.txt", (
        "HARBOUR OPERATIONS - FERRY ARRIVAL\n\n"
        "-----------------------------------------------------------------------\n"
        "  PORT 1 ........ Harbour Master (Elin Dahl)\n"
        "  PORT 2 ........ Deputy Harbour Master\n"
        "  QUAY .......... Berthing Coordinator\n"
        "  TUG 3 ......... leader of the towage crew (licensed pilot)\n"
        "  GATE .......... Terminal Security\n"
        "-----------------------------------------------------------------------\n\n"
        " 1. PORT 2 - check the tide table and set the berthing window.\n"
        " 2. QUAY - tell GATE when the ramp is down.\n"
        " 3. PORT 1 reviews the arrival log at the end of the day.\n"))
    doc = read_document(path)
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [b.cells[0] for b in rows if b.header == ("Call sign", "Role")] == \
        ["PORT 1", "PORT 2", "QUAY", "GATE"]
    cells = _cells(_draft(path))
    assert not any(a.startswith(("PORT", "QUAY", "GATE", "----")) for (_r, a) in cells)
    assert cells[("Deputy Harbour Master", "Check the tide table")] == "A/R"
    assert any(r == "Harbour Master" and a.startswith("Review") for (r, a) in cells)
    assert cells[("Terminal Security", "Tell GATE when the ramp is down")] == "I"


def test_a_duty_cell_with_a_pronoun_for_the_thing_before(tmp_path: Path) -> None:
    path = _write(tmp_path / "show.html", (
        "<table><tr><th>Official</th><th>Duties</th></tr>"
        "<tr><td>Ring Steward</td><td>Signs the judging sheet and sends it to the Show "
        "Office.</td></tr><tr><td>Show Office</td><td>Pays the prize money.</td></tr>"
        "</table>"))
    cells = _cells(_draft(path))
    assert cells[("Ring Steward", "Sign the judging sheet")] == "A/R"
    assert cells[("Ring Steward", "Send the judging sheet to the Show Office")] == "A/R"
    assert cells[("Show Office", "Send the judging sheet to the Show Office")] == "I"


def test_a_matrix_of_word_lists_and_a_head_with_its_holder(tmp_path: Path) -> None:
    path = _write(tmp_path / "relet.html", (
        "<p>Does = carries out the task. Signs off = answerable for it. Asked = consulted "
        "first. Told = told after.</p>"
        "<table><tr><th>Stage</th><th>Lettings Officer</th>"
        "<th>Repairs Contractor (Hale Building Services)</th><th>Income Officer</th></tr>"
        "<tr><td>Receive the keys</td><td>Does, Signs off</td><td>Told</td><td>Asked</td></tr>"
        "<tr><td>Clear the property</td><td>Signs off</td><td>Does</td><td>–</td></tr>"
        "</table>"))
    draft = _draft(path)
    cells = _cells(draft)
    assert cells[("Lettings Officer", "Receive the keys")] == "A/R"
    assert cells[("Repairs Contractor", "Receive the keys")] == "I"
    assert cells[("Income Officer", "Receive the keys")] == "C"
    assert cells[("Repairs Contractor", "Clear the property")] == "R"
    # the company in brackets holds the role: one role, not two
    assert [r.name for r in draft.roles if r.name.startswith("Repairs")] == [
        "Repairs Contractor"]
    assert cell_letters("Does, Signs off") == frozenset("AR")
    assert cell_letters("Does, the van") is None


def test_a_table_of_a_posts_details_is_fields_not_roles(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Volunteer role profile: Ward Visitor", level=1)
    details = [("Role", "Volunteer Ward Visitor"), ("Service", "Elm Ward"),
               ("Responsible to", "Voluntary Services Manager"),
               ("Time", "One afternoon a week")]
    add_rows_table(document, details)
    document.add_heading("What you'll do", level=2)
    for item in ("Chat with patients who have no visitors.",
                 "Help patients in and out of the day room.",
                 "Be friendly and patient."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Who you'll work with", level=2)
    document.add_paragraph("The ward clerk (Ann Lee), who signs you in and checks the "
                           "visitor book.", style="List Bullet")
    path = tmp_path / "visitor.docx"
    document.save(str(path))
    draft = _draft(path)
    roles = {r.name for r in draft.roles}
    assert "Service" not in roles and "Time" not in roles
    cells = _cells(draft)
    visitor = {a for (r, a) in cells if r.endswith("Ward Visitor")}
    assert "Chat with patients who have no visitors" in visitor or any(
        a.startswith("Chat with patients") for a in visitor)
    assert any(a.startswith("Help patients in and out") for a in visitor)
    assert not any(a.lower().startswith(("be friendly", "ward clerk")) for a in visitor)


def test_a_provision_table_delivered_and_monitored_by(tmp_path: Path) -> None:
    path = _write(tmp_path / "plan.html", (
        "<table><tr><th>Outcome</th><th>Provision</th><th>Delivered by</th>"
        "<th>How often</th><th>Monitored by</th></tr>"
        "<tr><td rowspan='2'>Sam will read a book at his level.</td>"
        "<td>Small-group phonics intervention</td><td>Class Teacher</td>"
        "<td>Daily</td><td>SENCo</td></tr>"
        "<tr><td>Paired reading</td><td>Teaching Assistant, advised by the Speech and "
        "Language Therapist</td><td>Weekly</td><td>Class Teacher</td></tr></table>"))
    cells = _cells(_draft(path))
    assert cells[("Class Teacher", "Small-group phonics intervention")] == "R"
    assert cells[("SENCo", "Small-group phonics intervention")] == "A"
    assert cells[("Teaching Assistant", "Paired reading")] == "R"
    assert cells[("Speech and Language Therapist", "Paired reading")] == "C"
    assert cells[("Class Teacher", "Paired reading")] == "A"
    assert not any(r.lower().startswith("advised") for (r, _a) in cells)


def test_a_countdown_with_owners_in_round_brackets(tmp_path: Path) -> None:
    path = _write(tmp_path / "countdown.txt", (
        "RACE DAY COUNTDOWN\n\n"
        "The Race Director (RD), the Course Marshal (CM) and the Timing Manager run the "
        "day. Times are relative to the start (ST).\n\n"
        "T-120  Walk the course and check the barriers (CM)\n"
        "T-90   Test the timing mats and the PA (Timing Manager, RD)\n"
        "T-60   Brief the marshals at their points (CM)\n"
        "ST     Start the race on the RD's signal (RD)\n"))
    cells = _cells(_draft(path))
    assert cells[("Course Marshal", "Walk the course and check the barriers")] == "A/R"
    assert ("Timing Manager", "Test the timing mats and the PA") in cells
    assert ("Race Director", "Test the timing mats and the PA") in cells
    assert ("Course Marshal", "Brief the marshals at their points") in cells
    # a term and its code in brackets names no owner
    assert not any(r == "ST" or a.lower().startswith("times are") for (r, a) in cells)


def test_one_entry_like_initials_keeps_the_others_of_a_bracket_line() -> None:
    from raci.derive.roles import bracket_letters
    assert bracket_letters("Owner: Product Manager (A), Release Manager (R), Security "
                           "Architect (SA)") == [(frozenset("A"), ["Product Manager"]),
                                                 (frozenset("R"), ["Release Manager"])]


def test_a_scheme_of_delegation_with_a_column_per_spending_limit(tmp_path: Path) -> None:
    """A scheme of delegation's table with a column per limit ("Up to £500 | £500 – £5,000
    | Over £5,000") makes each limit a decision of its own; "X on Y's recommendation" makes
    X accountable and Y responsible; "Noted by" tells its role after every decision."""
    path = tmp_path / "scheme.md"
    path.write_text(
        "# Who may commit the club\n\n"
        "| Decision | Up to £500 | £500 – £5,000 | Over £5,000 | Noted by |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Buying kit for the teams | Team Captain | Club Secretary | Club Committee "
        "| Treasurer |\n"
        "| Hiring a coach | — | Club Secretary on the Coaching Lead's recommendation "
        "| Club Committee | Treasurer |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Team Captain", "Buying kit for the teams up to £500")] == "A/R"
    assert cells[("Treasurer", "Buying kit for the teams up to £500")] == "I"
    assert cells[("Club Secretary", "Buying kit for the teams £500 – £5,000")] == "A/R"
    assert cells[("Club Committee", "Buying kit for the teams over £5,000")] == "A/R"
    assert cells[("Club Secretary", "Hiring a coach £500 – £5,000")] == "A"
    assert cells[("Coaching Lead", "Hiring a coach £500 – £5,000")] == "R"
    assert cells[("Club Committee", "Hiring a coach over £5,000")] == "A/R"
    assert not any(name == "Hiring a coach up to £500" for _role, name in cells)
    assert ("Team Captain", "Buying kit for the teams over £5,000") not in cells


def test_a_table_of_who_approves_each_decision_and_who_is_asked_first(
        tmp_path: Path) -> None:
    """"Decision | Approved by | Consulted first" names nobody else doing the work: the
    approver decides the row (A/R) and keeps the decision's own words."""
    path = tmp_path / "people.md"
    path.write_text(
        "# Staffing decisions\n\n"
        "| Decision | Approved by | Consulted first |\n| --- | --- | --- |\n"
        "| Hiring a shop assistant | Shop Manager | Personnel Adviser |\n"
        "| Closing the shop for a day | Area Manager | Shop Manager |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Shop Manager", "Hiring a shop assistant"): "A/R",
        ("Personnel Adviser", "Hiring a shop assistant"): "C",
        ("Area Manager", "Closing the shop for a day"): "A/R",
        ("Shop Manager", "Closing the shop for a day"): "C",
    }


def test_a_commitment_table_whose_cells_list_several_pledges(tmp_path: Path) -> None:
    """A cell of a commitment table written as a list ("<ul><li>Pay the fees.</li>
    <li>Wear the kit.</li></ul>") gives its column's role one duty per item."""
    path = tmp_path / "pledges.html"
    path.write_text(
        "<h1>Club agreement</h1><table><thead><tr><th>The player will</th>"
        "<th>The coach will</th></tr></thead><tbody><tr>"
        "<td><ul><li>Pay the season fee.</li><li>Tell the coach about any injury.</li>"
        "</ul></td><td><ul><li>Set out the cones.</li>"
        "<li>Check the first aid kit.</li></ul></td></tr></tbody></table>",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Player", "Pay the season fee")] == "A/R"
    assert cells[("Player", "Tell the coach about any injury")] == "A/R"
    assert cells[("Coach", "Tell the coach about any injury")] == "I"
    assert cells[("Coach", "Set out the cones")] == "A/R"
    assert cells[("Coach", "Check the first aid kit")] == "A/R"


def test_a_planning_tool_export_with_resource_names_and_milestones(tmp_path: Path) -> None:
    """A plan exported from a planning tool ("ID | WBS | Task Name | Duration | ... |
    Resource Names"): the resources do the task (the first named answers for it), a
    share of their time in square brackets is no part of a name, a summary row with no
    resource gives nothing, and a milestone (no duration) is answered for by the role the
    document says signs off every milestone."""
    path = tmp_path / "plan.html"
    path.write_text(
        "<h1>Hall repaint</h1><p>The Hall Trustee signs off every milestone.</p>"
        "<table><tr><th>ID</th><th>WBS</th><th>Task Name</th><th>Duration</th>"
        "<th>Predecessors</th><th>Resource Names</th></tr>"
        "<tr><td>1</td><td>1</td><td>Preparation</td><td>6 days</td><td></td><td></td></tr>"
        "<tr><td>2</td><td>1.1</td><td>Fill the cracks in the east wall</td><td>2 days</td>"
        "<td></td><td>Plasterer,Caretaker[25%]</td></tr>"
        "<tr><td>3</td><td>1.2</td><td>Paint the ceiling for the main hall</td><td>4 days</td>"
        "<td>2</td><td>Painter[200%]</td></tr>"
        "<tr><td>4</td><td>1.3</td><td>Hall ready for use</td><td>0 days</td><td>3</td>"
        "<td>Caretaker</td></tr></table>", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Plasterer", "Fill the cracks in the east wall"): "A/R",
        ("Caretaker", "Fill the cracks in the east wall"): "R",
        ("Painter", "Paint the ceiling for the main hall"): "A/R",
        ("Caretaker", "Hall ready for use"): "R",
        ("Hall Trustee", "Hall ready for use"): "A",
        ("Hall Trustee", "Sign off every milestone"): "A/R",
    }
    assert cell_names("M&E Contractor,Electrician[50%]") == ["M&E Contractor", "Electrician"]


def test_a_plan_marks_its_milestones_in_a_column(tmp_path: Path) -> None:
    """A plan whose "Milestone" column says "Yes" marks that row a milestone, answered for
    by the role that approves every milestone."""
    path = tmp_path / "plan.md"
    path.write_text(
        "# Garden build\n\nMilestones are approved by the Garden Trustee.\n\n"
        "| Task Name | Milestone | Resource Names |\n| --- | --- | --- |\n"
        "| Dig the raised beds | No | Landscaper |\n"
        "| Beds ready for planting | Yes | Landscaper |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Landscaper", "Dig the raised beds")] == "A/R"
    assert cells[("Landscaper", "Beds ready for planting")] == "R"
    assert cells[("Garden Trustee", "Beds ready for planting")] == "A"
    assert ("Garden Trustee", "Dig the raised beds") not in cells



def test_a_delegation_log_whose_duty_codes_point_into_a_numbered_key(tmp_path: Path) -> None:
    """A delegation log lists its duties once, numbered, and gives each row's role their
    codes ("1, 3", a range "1–4"); the role the document says keeps overall
    responsibility answers (A) for every duty and does only those nobody else holds."""
    path = tmp_path / "log.md"
    path.write_text(
        "# Kitchen delegation log\n\n## Duty codes\n\n"
        "1. Check the fridge temperatures\n2. Sign for deliveries\n"
        "3. Clean the extractor hood\n4. Order the dry stores\n\n"
        "The Head Chef keeps overall responsibility for every delegated duty.\n\n"
        "| Name | Kitchen role | Duty codes | Start date |\n| --- | --- | --- | --- |\n"
        "| Ana Silva | Head Chef | 1–4 | 03/02/2026 |\n"
        "| Tom Reed | Sous Chef | 1, 2 | 03/02/2026 |\n"
        "| Li Wei | Kitchen Porter | 3 | 10/02/2026 |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Sous Chef", "Check the fridge temperatures")] == "R"
    assert cells[("Head Chef", "Check the fridge temperatures")] == "A"
    assert cells[("Sous Chef", "Sign for deliveries")] == "R"
    assert cells[("Kitchen Porter", "Clean the extractor hood")] == "R"
    assert cells[("Head Chef", "Clean the extractor hood")] == "A"
    assert cells[("Head Chef", "Order the dry stores")] == "A/R"
    assert ("Kitchen Porter", "Order the dry stores") not in cells
    assert not any(name.startswith("Keep overall") for _role, name in cells)


def test_a_delegation_log_whose_key_is_a_table(tmp_path: Path) -> None:
    """The key of duty codes may be a table of its own ("| Code | Duty |"); without a role
    keeping overall responsibility, each role holding a code does the duty."""
    path = tmp_path / "log.md"
    path.write_text(
        "# Shop delegation log\n\n"
        "| Code | Duty |\n| --- | --- |\n| 1 | Count the till |\n| 2 | Bank the takings |\n"
        "| 3 | Order the stock |\n\n"
        "| Name | Role | Delegated duties |\n| --- | --- | --- |\n"
        "| Sam Holt | Shift Supervisor | 1–2 |\n"
        "| Priya Nair | Stock Assistant | 3 |\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Shift Supervisor", "Count the till"): "A/R",
        ("Shift Supervisor", "Bank the takings"): "A/R",
        ("Stock Assistant", "Order the stock"): "A/R",
    }


def test_a_running_order_laid_out_in_columns_between_rules(tmp_path: Path) -> None:
    path = tmp_path / "running-order.txt"
    path.write_text(
        "SPRING CONCERT - RUNNING ORDER\n\n"
        "  LX    Lighting operator              Ana Silva\n"
        "  SND   Sound / playback engineer      Tom Reid\n"
        "  FOH   Front of house manager         Jo Park\n\n"
        "----------------------------------------------------------------------\n"
        "NO.    TIME    DEPT       ACTION                          NOTES\n"
        "----------------------------------------------------------------------\n"
        "1      18:55   FOH        Close the auditorium doors      on call\n"
        "2      19:00   SND        Fade the preshow music          slow fade\n"
        "3      19:01   LX         Bring up the stage wash         cue 4 on\n"
        "                                                          the desk\n"
        "--- repeat cues 2-3 for the second half ---\n"
        "9      21:00   LX         Take the house lights up\n"
        "----------------------------------------------------------------------\n",
        encoding="utf-8")
    rows = [b.cells for b in read_document(path).blocks if b.kind == "row"
            and b.header[:1] == ("TIME",)]
    # the rule under the head and the remark between rows are no rows; a wrapped note
    # joins its row (the column of cue numbers is left out, as a table's numbering is)
    assert [r[:3] for r in rows] == [("18:55", "FOH", "Close the auditorium doors"),
                                     ("19:00", "SND", "Fade the preshow music"),
                                     ("19:01", "LX", "Bring up the stage wash"),
                                     ("21:00", "LX", "Take the house lights up")]
    assert rows[2][3] == "cue 4 on the desk"
    cells = derived_cells(derive([path]))
    # a key of codes with their holders; "Sound / playback engineer" is the Sound
    # Engineer; "Front of house manager" a title in sentence case; DEPT is who does it
    assert cells[("Lighting Operator", "Bring up the stage wash")] == "A/R"
    assert cells[("Sound Engineer", "Fade the preshow music")] == "A/R"
    assert cells[("Front of House Manager", "Close the auditorium doors")] == "A/R"


def test_a_ruled_heading_draws_no_columns(tmp_path: Path) -> None:
    path = tmp_path / "script.txt"
    path.write_text(
        "-------------------------------------------------------------------\n"
        "STEP 1  TEAM BRIEF                                   led by the Lead\n"
        "        (before the first patient)\n"
        "-------------------------------------------------------------------\n"
        "  The Lead goes through the list in order and any changes since.\n"
        "  The Nurse confirms the trays are in theatre and sterile.\n", encoding="utf-8")
    paras = [b.text for b in read_document(path).blocks if b.kind == "para"]
    assert any(p.startswith("The Nurse confirms the trays") for p in paras)


def test_a_team_column_beside_an_owner_column_names_no_doer(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text("# Release\n\n| Task | Owner | Team |\n| --- | --- | --- |\n"
                    "| Write the release notes | Technical Writer | Platform |\n"
                    "| Approve the release | Product Manager | Product |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Technical Writer", "Write the release notes")] == "A/R"
    assert cells[("Product Manager", "Approve the release")] == "A/R"


def test_a_cell_running_over_the_next_column(tmp_path: Path) -> None:
    path = tmp_path / "cues.txt"
    path.write_text(
        "  LX    Lighting operator              Ana Silva\n"
        "  SND   Sound engineer                 Tom Reid\n\n"
        "-------------------------------------------------------------\n"
        "NO.    DEPT    ACTION                        NOTES\n"
        "-------------------------------------------------------------\n"
        "1      SND     Fade the preshow music        slow\n"
        "2      LX      Bring up the cyclorama and the gauze  fast\n"
        "3      LX      Take the house lights up\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    # the overflowing row keeps its words and the rows after it are still rows
    assert cells[("Lighting Operator", "Bring up the cyclorama")] == "A/R"
    assert cells[("Lighting Operator", "Take the house lights up")] == "A/R"
    assert not any(a.endswith(" g") for (_r, a) in cells)


def test_the_column_of_what_is_done_names_the_work(tmp_path: Path) -> None:
    # a column of what a row's signal means and one of what the responders do: the
    # doing is the work, not the meaning
    path = tmp_path / "alarms.md"
    path.write_text(
        "# Alarm signals\n\n"
        "| Signal | What it means | Who responds | What they do |\n"
        "|---|---|---|---|\n"
        "| Two long blasts | Smoke is seen in the hold | Deck Crew | Close the hatches and "
        "rig the hoses |\n"
        "| Three short blasts | A passenger is overboard | Rescue Boat Crew | Launch the "
        "rescue boat |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Rescue Boat Crew", "Launch the rescue boat")) == "A/R"
    assert not any("overboard" in activity or "smoke" in activity.lower()
                   for _role, activity in cells)


def test_a_cascade_table_gives_each_row_its_telling(tmp_path: Path) -> None:
    # "Who | Tells | Means | Deadline": the row is the telling, done by the first role, the
    # second informed; how and when are no work of their own
    path = tmp_path / "cascade.md"
    path.write_text(
        "# Outage call tree\n\n"
        "| Who | Tells | Means | Deadline |\n"
        "|---|---|---|---|\n"
        "| Shift Engineer | Network Controller | Radio | 10 minutes |\n"
        "| Network Controller | Operations Director (out of hours: on-call deputy) "
        "| Phone | 30 minutes |\n"
        "| Press Officer | Residents in the area | Text message | 2 hours |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Shift Engineer", "Tell the Network Controller")) == "A/R"
    assert cells.get(("Network Controller", "Tell the Network Controller")) == "I"
    assert cells.get(("Network Controller", "Tell the Operations Director")) == "A/R"
    assert cells.get(("Operations Director", "Tell the Operations Director")) == "I"
    assert cells.get(("Press Officer", "Tell residents in the area")) == "A/R"
    assert not any(activity in ("Radio", "Phone", "10 minutes") for _r, activity in cells)


def test_a_boxed_form_in_parts_each_completed_by_a_role(tmp_path: Path) -> None:
    # a paper form drawn with boxes: each part's title names who fills it in, and what
    # they write in the first person is their duty; blanks to fill in are no duty
    path = tmp_path / "hot-work.txt"
    path.write_text(
        "HOT WORK PERMIT\n\n"
        "+--------------------------------------------------------------+\n"
        "| SECTION A   REQUEST     to be completed by the Site Supervisor |\n"
        "+--------------------------------------------------------------+\n"
        "| I have walked the area with the Fire Warden, removed anything |\n"
        "| that can burn and covered the drains.                         |\n"
        "| Signed (Site Supervisor) ..............   Date ........      |\n"
        "+--------------------------------------------------------------+\n"
        "| SECTION B   WATCH       to be completed by the Fire Warden    |\n"
        "+--------------------------------------------------------------+\n"
        "| I will stay on watch for an hour after the work stops and     |\n"
        "| I will inspect the exits at the end of the shift.             |\n"
        "| Extinguisher serial: ..........................               |\n"
        "+--------------------------------------------------------------+\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Site Supervisor", "Walk the area with the Fire Warden")) == "A/R"
    assert cells.get(("Fire Warden", "Walk the area with the Fire Warden")) == "C"
    assert cells.get(("Site Supervisor", "Cover the drains")) == "A/R"
    assert cells.get(("Fire Warden", "Stay on watch")) == "A/R"
    assert not any("serial" in activity.lower() or "signed" in activity.lower()
                   for _role, activity in cells)


def test_a_filled_in_record_of_steps_with_done_and_checked_initials(tmp_path: Path) -> None:
    # a fixed-width record: the step's number and name share the first column, a rule
    # under the head, a name wrapped onto a second line, a label over later rows, and
    # initials (spelled out by a key) under Done and Checked
    path = tmp_path / "dye-batch.txt"
    path.write_text(
        "DYE HOUSE BATCH RECORD\n\n"
        "KEY\n"
        "  DK   Dye Technician    Dana Kerr\n"
        "  OP   Lab Supervisor    Oli Price\n\n"
        " STEP                                TIME     VALUE       DONE  CHECKED\n"
        " ---------------------------------------------------------------------\n"
        "  1   Weigh the dyestuff             07:10    4.2 kg      DK\n"
        "  2*  Check the bath pH against      07:40    6.1         DK    OP\n"
        "      the recipe card\n"
        " FINISHING\n"
        "  3   Rinse and spin the yarn        09:05    -           DK\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Dye Technician", "Weigh the dyestuff")) == "A/R"
    assert cells.get(("Dye Technician", "Check the bath pH against the recipe card")) == "R"
    assert cells.get(("Lab Supervisor", "Check the bath pH against the recipe card")) == "A"
    assert cells.get(("Dye Technician", "Rinse and spin the yarn")) == "A/R"


def test_a_chain_of_command_written_as_a_nested_list_gives_no_duties(tmp_path: Path) -> None:
    # each line of the list a post and who holds it: the posts under a post answer to it,
    # they are not its duties; a single "post – holder" heading over duties still heads them
    path = tmp_path / "reserve.html"
    path.write_text(
        "<h1>Reserve staff</h1><h2>Who reports to whom</h2>"
        "<ul><li>Reserve Manager – Priya Natarajan<ul>"
        "<li>Senior Ranger – Owen Hale<ul>"
        "<li>Ranger, North Marsh – Cara Doyle</li>"
        "<li>Ranger, Woodland – Sam Eze</li>"
        "<li>Seasonal Wardens (four, April to September)</li></ul></li>"
        "<li>Visitor Officer – Lena Ruiz</li></ul></li></ul>"
        "<h2>Senior Ranger – Owen Hale</h2>"
        "<ul><li>Plan the grazing with the tenant farmer.</li>"
        "<li>Walk the boundary fences every month.</li></ul>",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert not any("Ranger" in activity or "Warden" in activity or "Officer" in activity
                   for _role, activity in cells)
    assert cells.get(("Senior Ranger", "Walk the boundary fences every month")) == "A/R"


def test_a_role_in_command_of_every_row_answers_for_each_but_the_excepted(
        tmp_path: Path) -> None:
    # a sentence over a table of alarms: the role in command answers (A) for each alarm's
    # work, the responders doing it, except for the alarm the sentence leaves out
    path = tmp_path / "alarms.md"
    path.write_text(
        "# Pool alarms\n\n"
        "The Duty Supervisor takes command of every alarm except Alarm Blue, and writes "
        "up each one in the log.\n\n"
        "| Alarm | Who responds | What they do |\n"
        "|---|---|---|\n"
        "| RED | Lifeguards | Clear the pool and start the rescue |\n"
        "| YELLOW | Reception Staff | Close the turnstiles |\n"
        "| BLUE | First Aider | Treat the casualty at the poolside |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Duty Supervisor", "Close the turnstiles")) == "A"
    assert cells.get(("Reception Staff", "Close the turnstiles")) == "R"
    assert ("Duty Supervisor", "Treat the casualty at the poolside") not in cells
    assert cells.get(("First Aider", "Treat the casualty at the poolside")) == "A/R"


def test_a_post_held_in_several_places_is_one_role() -> None:
    # "Site Supervisor, Trench A": the trench is where the post is held, no second role;
    # two posts in one cell stay two
    assert cell_names("Ward Sister, Ward 7") == ["Ward Sister"]
    assert cell_names("Site Supervisor, Trench A") == ["Site Supervisor"]
    assert cell_names("Staff Accountant, AP Clerk") == ["Staff Accountant", "AP Clerk"]


def test_a_form_part_in_markdown_completed_by_a_role(tmp_path: Path) -> None:
    # the same form shape in Markdown: the heading names who completes the part
    path = tmp_path / "loan.md"
    path.write_text(
        "# Equipment loan form\n\n"
        "## Part 1: Request (to be completed by the Borrower)\n\n"
        "I will return the kit clean and charged by the date agreed.\n\n"
        "## Notes\n\n"
        "I will not lend kit over the holidays.\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Borrower", "Return the kit clean and charged")) == "A/R"
    assert not any("lend" in activity.lower() for _role, activity in cells)


def test_a_call_and_response_table_the_caller_decides(tmp_path: Path) -> None:
    # "Made by" beside "Answered by": the one who answers does the work (R), the one who
    # makes the call decides when (A)
    path = tmp_path / "bridge.md"
    path.write_text(
        "# Orders on the bridge\n\n"
        "| Order | Made by | Answered by | What happens |\n"
        "|---|---|---|---|\n"
        "| \"Stand by engines\" | Master | Chief Engineer | Bring the main engines to "
        "readiness |\n"
        "| \"Let go forward\" | Chief Officer | Bosun | Release the forward mooring lines |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Master", "Bring the main engines to readiness")) == "A"
    assert cells.get(("Chief Engineer", "Bring the main engines to readiness")) == "R"
    assert cells.get(("Chief Officer", "Release the forward mooring lines")) == "A"
    assert cells.get(("Bosun", "Release the forward mooring lines")) == "R"
    assert role_columns(("Order", "Made by", "Answered by", "What happens")) == {1: "A", 2: "R"}


def test_a_cell_saying_the_row_waits_for_an_approval_gives_the_approver_a(
        tmp_path: Path) -> None:
    # "Once the Parish Clerk has approved the wording": the row's work waits on the Clerk
    path = tmp_path / "notices.md"
    path.write_text(
        "# Notices\n\n"
        "| Step | Who | When |\n"
        "|---|---|---|\n"
        "| Post the road closure notice | Village Warden | Once the Parish Clerk has "
        "approved the wording |\n"
        "| Sweep the bus shelter | Village Warden | Every Friday |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Parish Clerk", "Post the road closure notice")) == "A"
    assert cells.get(("Village Warden", "Post the road closure notice")) == "R"
    assert ("Parish Clerk", "Sweep the bus shelter") not in cells


def test_a_single_step_beside_one_who_column_keeps_its_words(tmp_path: Path) -> None:
    # a step written as one order keeps what it is done with and where; a cell listing
    # things with commas is read as any text is
    path = tmp_path / "close.md"
    path.write_text(
        "# Closing the hall\n\n"
        "| Step | Action | By |\n"
        "|---|---|---|\n"
        "| 1 | Lock the fire doors with the long brass key | Caretaker |\n"
        "| 2 | Count the takings in the office safe | Treasurer |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Caretaker", "Lock the fire doors with the long brass key")) == "A/R"
    assert cells.get(("Treasurer", "Count the takings in the office safe")) == "A/R"


def test_a_running_sheet_called_by_one_role(tmp_path: Path) -> None:
    # "CALLED BY: Stage Director" over a cue sheet: the caller decides every cue (A), each
    # department does its own (R)
    path = tmp_path / "cues.txt"
    path.write_text(
        "SPRING CONCERT - CUE SHEET\n"
        "CALLED BY: Stage Director (Mira Holt) on channel B.\n\n"
        "  LX    Lighting operator              Dev Shah\n"
        "  SND   Sound engineer                 Kim Lowe\n\n"
        "-------------------------------------------------------------\n"
        "CUE    DEPT    ACTION                        NOTES\n"
        "-------------------------------------------------------------\n"
        "1      SND     Fade the preshow music        slow\n"
        "2      LX      Take the house lights out\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells.get(("Stage Director", "Fade the preshow music")) == "A"
    assert cells.get(("Sound Engineer", "Fade the preshow music")) == "R"
    assert cells.get(("Stage Director", "Take the house lights out")) == "A"


# A command-line tool's ownership report, printed as a grid with box-drawing borders
BOX_REPORT = """\
$ keyring owners --site harbour --format table
Harbour Marina: berth operations
┌────┬───────────────────────────────┬───────┬──────────┬───────────┬──────────┐
│ #  │ Task                          │ Owner │ Approver │ Consulted │ Notified │
├────┼───────────────────────────────┼───────┼──────────┼───────────┼──────────┤
│ 1  │ Allocate visitor berths       │ BM    │ HM       │ —         │ MAR      │
├────┼───────────────────────────────┼───────┼──────────┼───────────┼──────────┤
│ 2  │ Inspect the pontoon chains    │ YS    │ HM       │ BM        │ —        │
│    │ after each storm              │       │          │           │          │
└────┴───────────────────────────────┴───────┴──────────┴───────────┴──────────┘

$ keyring roles --site harbour
CODE  ROLE              HOLDER(S)
BM    Berthing Master   P. Quinn
HM    Harbour Master    on call (see: keyring rota)
YS    Yard Supervisor   D. Osei
MAR   Marina Operations ops@harbour.example
"""


def test_a_grid_printed_with_box_borders_is_a_table_of_letters(tmp_path: Path) -> None:
    """Box-drawing borders part the rows and a row's cell wrapped over two lines is one
    row; the codes are tied through the tool's key (a "Role" column: "Marina Operations"
    is a role by its place in it); the holders' column and the prompt lines give no rows
    and no roles."""
    path = _write(tmp_path / "owners.txt", BOX_REPORT)
    assert not [b.text for b in read_document(path).blocks if "--site" in b.text]
    draft = _draft(path)
    assert sorted(r.name for r in draft.roles) == [
        "Berthing Master", "Harbour Master", "Marina Operations", "Yard Supervisor"]
    cells = _cells(draft)
    assert cells == {
        ("Berthing Master", "Allocate visitor berths"): "R",
        ("Harbour Master", "Allocate visitor berths"): "A",
        ("Marina Operations", "Allocate visitor berths"): "I",
        ("Yard Supervisor", "Inspect the pontoon chains after each storm"): "R",
        ("Harbour Master", "Inspect the pontoon chains after each storm"): "A",
        ("Berthing Master", "Inspect the pontoon chains after each storm"): "C",
    }


def test_an_ascii_grid_keeps_its_head_and_a_shell_s_rows_stay_apart(tmp_path: Path) -> None:
    """"+----+" borders (a reStructuredText grid table, a report tool) read as a table
    under its head; a database shell's rows under one rule are each a row, never joined."""
    grid = ("+------------------+---------------+\n"
            "| Task             | Responsible   |\n"
            "+==================+===============+\n"
            "| Order the fuel   | Fuel Clerk    |\n"
            "+------------------+---------------+\n"
            "| Check the log    | Deck Officer  |\n"
            "| book each night  |               |\n"
            "+------------------+---------------+\n")
    doc = read_document(_write(tmp_path / "grid.txt", grid))
    rows = [(b.cells, b.header) for b in doc.blocks if b.kind == "row"]
    head = ("Task", "Responsible")
    assert rows == [(head, ()), (("Order the fuel", "Fuel Clerk"), head),
                    (("Check the log book each night", "Deck Officer"), head)]
    shell = ("+----------------+-------------+\n"
             "| task           | owner       |\n"
             "+----------------+-------------+\n"
             "| Renew the cert | Ops Lead    |\n"
             "| Rotate the key | Sec Officer |\n"
             "+----------------+-------------+\n"
             "(2 rows)\n")
    doc = read_document(_write(tmp_path / "shell.txt", shell))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("task", "owner"), ("Renew the cert", "Ops Lead"), ("Rotate the key", "Sec Officer")]


def test_a_grid_s_total_stays_a_row_and_heavy_or_rounded_borders_are_rules(
        tmp_path: Path) -> None:
    """Rows under one rule with a total parted from them by another are rows of their own
    (there only a line that leaves a cell blank, or carries a sentence on in lower case,
    is a wrapped row); a heavy head's rule ("┡━━╇━━┩") and rounded corners ("╭──┬──╮")
    are rules like any other."""
    report = ("Galley stores\n"
              "+------------------+---------------+\n"
              "| Task             | Owner         |\n"
              "+------------------+---------------+\n"
              "| Count the flour  | Galley Hand   |\n"
              "| Order the eggs   | Purser        |\n"
              "| Check the chiller| Second Cook   |\n"
              "+------------------+---------------+\n"
              "| Sign the totals  | Chief Cook    |\n"
              "+------------------+---------------+\n")
    doc = read_document(_write(tmp_path / "stores.txt", report))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("Task", "Owner"), ("Count the flour", "Galley Hand"), ("Order the eggs", "Purser"),
        ("Check the chiller", "Second Cook"), ("Sign the totals", "Chief Cook")]
    heavy = ("Galley stores\n"
             "┏━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┓\n"
             "┃ Task            ┃ Owner       ┃\n"
             "┡━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━┩\n"
             "│ Count the flour │ Galley Hand │\n"
             "│ Order the eggs  │ Purser      │\n"
             "╰─────────────────┴─────────────╯\n")
    doc = read_document(_write(tmp_path / "heavy.txt", heavy))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("Task", "Owner"), ("Count the flour", "Galley Hand"), ("Order the eggs", "Purser")]
    wrapped = ("+----------------+-----------+\n"
               "| Task           | Owner     |\n"
               "+================+===========+\n"
               "| Check the log  | Deck      |\n"
               "| book nightly   | Officer   |\n"
               "+----------------+-----------+\n"
               "| Order the fuel | Purser    |\n"
               "+----------------+-----------+\n")
    doc = read_document(_write(tmp_path / "wrapped.txt", wrapped))
    assert [b.cells for b in doc.blocks if b.kind == "row"][1:] == [
        ("Check the log book nightly", "Deck Officer"), ("Order the fuel", "Purser")]


def test_a_line_of_dashed_bars_is_read_in_linear_time(tmp_path: Path) -> None:
    """A line of many dashed bars ("┆") under a grid's rule that no bar closes is no grid
    row, found at once (a bar that could be a cell's text or its border would make the
    search exponential)."""
    line = "│" + " a ┆" * 26 + " a"  # (2 ** 26 ways to read it, were the search exponential)
    doc = read_document(_write(tmp_path / "bars.txt", "Rota\n\n+-----+-----+\n" + line + "\n"))
    assert not [b for b in doc.blocks if b.kind == "row"]


def test_a_word_matrix_with_grouped_heads_and_a_dash_key(tmp_path: Path) -> None:
    """A Word matrix whose first head row only groups the parties (merged cells over the
    columns they span) is read under the row of parties below it; a key written a letter
    to an item with a dash ("P – prepares ...", "V – signs it off", "K – is asked ...",
    "N – receives a copy ...") gives its letters; a table of who the parties are (their
    organisation and contact) gives no rows."""
    document = docx.Document()
    document.add_heading("Exhibition delivery matrix", level=1)
    document.add_heading("Key", level=2)
    for line in ("P – prepares the deliverable", "V – signs it off before it goes out",
                 "K – is asked to comment first", "N – receives a copy when it is issued"):
        document.add_paragraph(line, style="List Bullet")
    add_rows_table(document, [["Party", "Organisation", "Lead contact"],
                              ["Curator", "Harbour Museum", "Ida Marsh"],
                              ["Lighting Designer", "Lumen Studio", "Ravi Shah"]])
    document.add_heading("Matrix", level=2)
    table = document.add_table(rows=4, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Deliverable"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Museum"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Consultants"
    for c, name in enumerate(["Curator", "Registrar", "Lighting Designer", "Mount Maker"],
                             start=1):
        table.cell(1, c).text = name
    for r, values in enumerate([["Object list", "P", "V", "N", "K"],
                                ["Lighting plan", "V", "", "P", "K"]], start=2):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "matrix.docx"
    document.save(str(path))
    assert _cells(_draft(path)) == {
        ("Curator", "Object list"): "R", ("Registrar", "Object list"): "A",
        ("Lighting Designer", "Object list"): "I", ("Mount Maker", "Object list"): "C",
        ("Curator", "Lighting plan"): "A", ("Lighting Designer", "Lighting plan"): "R",
        ("Mount Maker", "Lighting plan"): "C",
    }


def test_a_decision_log_with_proposers_deciders_and_owned_actions(tmp_path: Path) -> None:
    """"Proposed by" does the decision (R) and "Decided by" answers for it (A); an
    "Actions" cell of "Role: action (date)" parts gives each labelled role its own duty
    (A/R), a party it tells informed; "the next Committee" and "the March Committee" are
    the Committee."""
    path = _write(tmp_path / "decisions.md",
                  "# Decisions 2026\n\n"
                  "| Ref | Decision | Proposed by | Decided by | Actions (owner: action, due) |\n"
                  "| --- | --- | --- | --- | --- |\n"
                  "| 7 | Raise the pitch fee to £40 | Treasurer | Committee | Secretary: "
                  "write to every plot holder (3 May); Treasurer: update the fee list |\n"
                  "| 8 | New roof for the shed | Site Warden | Committee | Site Warden: "
                  "order the felt and tell the Treasurer (9 May) |\n\n"
                  "Anything urgent goes to the next Committee meeting, and the Chair reports "
                  "it to the March Committee.\n")
    draft = _draft(path)
    assert {r.name for r in draft.roles} == {"Treasurer", "Committee", "Secretary",
                                             "Site Warden"}
    cells = _cells(draft)
    assert cells[("Treasurer", "Raise the pitch fee to £40")] == "R"
    assert cells[("Committee", "Raise the pitch fee to £40")] == "A"
    assert cells[("Secretary", "Write to every plot holder")] == "A/R"
    assert cells[("Treasurer", "Update the fee list")] == "A/R"
    assert cells[("Site Warden", "New roof for the shed")] == "R"
    assert cells[("Site Warden", "Order the felt")] == "A/R"
    assert cells[("Treasurer", "Order the felt")] == "I"


def test_a_notes_cell_of_labels_names_no_role_and_an_unowned_action_no_duty(
        tmp_path: Path) -> None:
    """"Reminder: order more posts" in a Notes column is a note, not a role and its
    action (only a column of actions, "Actions", "Follow-up", "Next steps", ties each
    label to its action); a decision log's row whose action names no owner ("Owner:
    TBC") is still its decision."""
    path = _write(tmp_path / "log.md",
                  "# Allotment log\n\n"
                  "| Date | Issue | Raised by | Notes |\n| --- | --- | --- | --- |\n"
                  "| 3 May | Fence down | Site Warden | Reminder: order more posts |\n\n"
                  "## Decisions\n\n"
                  "| Ref | Decision | Proposed by | Decided by | Actions |\n"
                  "| --- | --- | --- | --- | --- |\n"
                  "| 1 | Move the AGM to June | Chair | Committee | Secretary: book the hall "
                  "(1 Apr) |\n"
                  "| 2 | Close the car park | Chair | Committee | Owner: TBC |\n")
    from raci.derive.roles import discover_roles
    assert discover_roles([read_document(path)]).keys_in("Reminder: order more posts",
                                                          "log.md") == []
    draft = _draft(path)
    assert "Reminder" not in {r.name for r in draft.roles}
    cells = _cells(draft)
    assert cells[("Secretary", "Book the hall")] == "A/R"
    assert cells[("Chair", "Close the car park")] == "R"
    assert cells[("Committee", "Close the car park")] == "A"
    assert not [a for _r, a in cells if a in ("Owner", "Owner: TBC")]


def test_a_key_s_role_column_names_no_role_of_words_that_name_no_one(tmp_path: Path) -> None:
    """Under "Code | Role" a code's title names a role without a role word ("Front of
    House"), but not words that name no one ("TBC | To Be Confirmed")."""
    path = _write(tmp_path / "venue.md",
                  "# Venue duties\n\n| Code | Role |\n| --- | --- |\n"
                  "| FOH | Front of House |\n| TBC | To Be Confirmed |\n"
                  "| OPS | Operations Director |\n\n"
                  "| Task | FOH | OPS |\n| --- | --- | --- |\n"
                  "| Open the doors | R | A |\n")
    draft = _draft(path)
    assert "To Be Confirmed" not in {r.name for r in draft.roles}
    assert _cells(draft)[("Front of House", "Open the doors")] == "R"


# Lines a Markdown table is made of and lines around it: rows with markup, escaped pipes,
# code with a pipe, missing and extra cells, alignment rows, a table in a list item or a
# quote, a paragraph a table interrupts, fences, headings, link references
_TABLE_LINES = ["| Task | Chair | Clerk |", "|---|:--:|--:|", "| --- | --- | --- |",
                "| Book the hall | A | R |", "| *Draft* the **agenda** | R | |",
                "| [Send](http://x) the `notes` | C \\| I | A |", "| a | b |",
                "| one | two | three | four |", "Task | Chair", "--- | ---", "| x `a|b` | y |",
                "| &amp; &lt;b&gt; | <br> | a<br>b |", "| [ref] | R |", "[ref]: /url",
                "- | In | List |", "  |---|---|", "  | x | y |", "> | Q | R |", "> |---|---|",
                "> | 1 | 2 |", "A paragraph line", "", "", "```", "# Heading", "    | code | x |",
                "1. | N | M |", "   | --- | --- |", "| \\* | _x_ | ~~y~~ |", "|---|"]


def _rows_as_markdown_it_reads_them(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    from markdown_it import MarkdownIt

    out = []
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    row: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
            line = f"line {token.map[0] + 1}" if token.map else "table"
        elif token.type in ("th_open", "td_open"):
            row.append(_cell_lines(_markdown_inline_plain(tokens[i + 1])[0]))
        elif token.type == "tr_close":
            out.append((" | ".join(row), line, tuple(row)))
    return out


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(_TABLE_LINES), max_size=14))
def test_markdown_tables_are_read_as_markdown_it_reads_them(lines: list[str]) -> None:
    # each table is one token of rows (its cells parsed once per distinct text), read into
    # the same rows, at the same lines, as from markdown-it's token for every cell
    text = "\n".join(lines)
    rows = [(b.text, b.location, b.cells) for b in parse_markdown("x.md", text).blocks
            if b.kind == "row"]
    assert rows == _rows_as_markdown_it_reads_them(text)


def test_a_markdown_tables_body_rows_carry_its_head() -> None:
    blocks = parse_markdown("x.md", "Intro\n\n| Task | Chair |\n|---|---|\n| Book the hall | A |\n"
                            "\n| Step | Clerk |\n|---|---|\n| File the notes | R |\n").blocks
    assert [(b.text, b.location, b.header) for b in blocks if b.kind == "row"] == [
        ("Task | Chair", "line 3", ()), ("Book the hall | A", "line 5", ("Task", "Chair")),
        ("Step | Clerk", "line 7", ()), ("File the notes | R", "line 9", ("Step", "Clerk"))]


def test_a_duties_matrix_whose_key_redefines_its_letters_with_band_rows(
        tmp_path: Path) -> None:
    # a segregation-of-duties matrix: a Ref column, bands naming each cycle across the
    # table, and a key where R is a check after the event and C a copy, not RACI's R and C
    body = (h("Stores: Separation of Duties", 1)
            + p("Key: P = prepares the entry, S = signs it off, R = reviews it afterwards, "
                "C = receives a copy")
            + table([["Ref", "Step", "Store Keeper", "Depot Clerk", "Depot Manager"],
                     ["Receiving", "", "", "", ""],
                     ["R1", "Count the delivered pallets", "P", "R", ""],
                     ["R2", "Book the delivery note", "", "P", "S"],
                     ["Returns", "", "", "", ""],
                     ["T1", "Approve a return to the supplier", "", "C", "P"]]))
    cells = _cells(_draft(build_odt(tmp_path / "sod.odt", body)))
    assert cells == {
        ("Store Keeper", "Count the delivered pallets"): "A/R",
        ("Depot Clerk", "Count the delivered pallets"): "C",
        ("Depot Clerk", "Book the delivery note"): "R",
        ("Depot Manager", "Book the delivery note"): "A",
        ("Depot Manager", "Approve a return to the supplier"): "A/R",
        ("Depot Clerk", "Approve a return to the supplier"): "I",
    }


def test_a_checklist_whose_key_sets_each_mark_before_its_meaning(tmp_path: Path) -> None:
    # a column per trade, a band spanning the table, a key with no "=" between a mark and
    # what it means, and a blank column for initials
    path = tmp_path / "handover.html"
    path.write_text(
        "<h1>Site handover checklist</h1>\n"
        "<p><b>Key:</b> &#10003; does the item &nbsp; AP approves it &nbsp; "
        "k must be asked first &nbsp; t is told when it is done</p>\n"
        "<table><tr><th>No.</th><th>Item</th><th>Electrician</th><th>Plumber</th>"
        "<th>Site Manager</th><th>Initials</th></tr>\n"
        "<tr><td colspan='6'>1. Services</td></tr>\n"
        "<tr><td>1</td><td>Isolate the mains supply</td><td>&#10003;</td><td>k</td>"
        "<td>AP</td><td></td></tr>\n"
        "<tr><td>2</td><td>Drain the heating loop</td><td>t</td><td>&#10003;</td>"
        "<td></td><td></td></tr>\n"
        "</table>\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells == {
        ("Electrician", "Isolate the mains supply"): "R",
        ("Plumber", "Isolate the mains supply"): "C",
        ("Site Manager", "Isolate the mains supply"): "A",
        ("Plumber", "Drain the heating loop"): "A/R",
        ("Electrician", "Drain the heating loop"): "I",
    }


def test_a_team_word_inside_a_longer_team_name_is_no_team_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "teams.md"
    path.write_text(
        "# Release duties\n\n"
        "| Activity | Clinical Data Team | Web Design Team |\n| --- | --- | --- |\n"
        "| Sign the release | A/R | C |\n| Test the forms | C | A/R |\n\n"
        "The design team is told of every release.\n", encoding="utf-8")
    names = {r.name for r in _draft(path).to_template("t", "t").roles}
    assert names == {"Clinical Data Team", "Web Design Team", "Design Team"}


def test_an_owner_label_after_a_full_stop_names_the_owner(tmp_path: Path) -> None:
    """"- [ ] Brief the sales team. Owner: Sales Director. Reviewer: Product Manager.":
    the owner label after the task's full stop names who does it."""
    path = tmp_path / "launch.md"
    path.write_text("# Launch\n\n- [ ] Brief the sales team. Owner: Sales Director. "
                    "Reviewer: Product Manager.\n- [ ] Write the release notes — owner: "
                    "Product Manager\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Sales Director", "Brief the sales team")] == "A/R"
    assert cells[("Product Manager", "Write the release notes")] == "A/R"


def test_a_tsv_plan_with_a_code_list_and_a_key_of_its_columns(tmp_path: Path) -> None:
    # a title and an export line over the head, codes in the cells (two in one, "GR / KI"),
    # empty cells side by side, a list of the codes under a gap and a key line last that
    # says what each column means: "Support" works with the lead, so it is consulted
    path = tmp_path / "plan.tsv"
    rows = [
        "Village fete - build plan", "Exported from plan.xlsx 02/03/2027 10:15", "",
        "Ref\tWeek\tTask\tLead\tSupport\tSign-off\tKeep informed\tStatus\tNotes",
        "F-01\t-8\tBook the marquee and the toilets\tTRS\tSEC\tCHR\t\tDone\t",
        "F-02\t-6\tPlan the car parking\tPKM\tGR / KI\t\t\tOpen\tField by the church",
        "F-03\t-2\tWrite the raffle rules\tSEC\t\tCHR\tALL\tOpen\t",
        "", "Code\tRole\tName", "CHR\tFete Chair\tJune Abbott", "TRS\tTreasurer\tOmar Said",
        "SEC\tSecretary\tLi Wen", "PKM\tParking Marshal\tDev Patel",
        "GR\tGrounds Keeper\tPat Moss", "KI\tKitchen Manager\tRuth Kerr",
        "ALL\tCommittee Members\t", "",
        "Lead = does the work. Support = works with the lead. Sign-off = approves it before"
        " it is marked Done (blank: the lead closes it). Keep informed = gets the update.",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cells = _cells(_draft(path))
    marquee = "Book the marquee and the toilets"
    assert cells[("Treasurer", marquee)] == "R"
    assert cells[("Secretary", marquee)] == "C"
    assert cells[("Fete Chair", marquee)] == "A"
    parking = "Plan the car parking"
    assert cells[("Parking Marshal", parking)] == "A/R"
    assert cells[("Grounds Keeper", parking)] == "C"
    assert cells[("Kitchen Manager", parking)] == "C"
    assert cells[("Committee Member", "Write the raffle rules")] == "I"
    # the title, the export line, the statuses and the notes are no rows
    assert not any("fete" in a.lower() or "exported" in a.lower() or a in ("Done", "Open")
                   for _r, a in cells)


def test_a_team_table_gives_duties_to_the_function_and_an_action_log_its_validators(
        tmp_path: Path) -> None:
    # a team table whose first column is the part played ("Member" twice) and whose
    # "Function" column is the post the duties belong to; an action table whose
    # "Validated by" names who checks the action (consulted) and whose long action cell
    # (up to 20 words) is the activity's name as written
    path = tmp_path / "report.md"
    path.write_text(
        "# Complaint report\n\n"
        "| Role in the team | Name | Function | Responsibility in the team |\n"
        "|---|---|---|---|\n"
        "| Member | Ali Reza | Stores Supervisor | Counts the returned stock. |\n"
        "| Member | Bea Holt | Quality Technician | Checks the labels on each crate. |\n\n"
        "| No. | Corrective action | Responsible | Target | Validated by |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Fit a guard to every shelf so the crates cannot slide off when the door is "
        "opened | Stores Supervisor | 06.12. | Quality Technician |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Stores Supervisor", "Count the returned stock")] == "A/R"
    assert cells[("Quality Technician", "Check the labels on each crate")] == "A/R"
    assert not any(r == "Member" for r, _a in cells)
    guard = ("Fit a guard to every shelf so the crates cannot slide off when the door is "
             "opened")
    assert cells[("Stores Supervisor", guard)] == "A/R"
    assert cells[("Quality Technician", guard)] == "C"


def test_a_register_whose_column_is_headed_by_the_owning_role_gives_each_thing_its_holder(
        tmp_path: Path) -> None:
    # "SO" is spelled out as a role that owns things; its column names who holds it for
    # each row, the "Consult" column whom they ask; "Action at end" repeats a few values
    # (what happens to the thing), so the row's thing names the activity
    path = tmp_path / "register.md"
    path.write_text(
        "# Kit register\n\n"
        "Stores Owners (SOs) look after the kit listed against them below.\n\n"
        "| Item | SO | Inspection | Action at end | Consult |\n"
        "|---|---|---|---|---|\n"
        "| Climbing ropes and harnesses | Head of Outdoor and Adventure | Yearly | Scrap "
        "| Safety Officer |\n"
        "| Canoes and paddles | Boathouse Manager | Yearly | Scrap | – |\n"
        "| Tents and stoves | Head of Outdoor and Adventure | Monthly | Sell | – |\n"
        "| First aid kits | Safety Officer | Monthly | Scrap | Boathouse Manager |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    ropes = "Climbing ropes and harnesses"
    assert cells[("Head of Outdoor and Adventure", ropes)] == "A/R"
    assert cells[("Safety Officer", ropes)] == "C"
    assert cells[("Boathouse Manager", "Canoes and paddles")] == "A/R"
    assert cells[("Safety Officer", "First aid kits")] == "A/R"
    assert cells[("Boathouse Manager", "First aid kits")] == "C"
    # "Scrap" and "Sell" are what happens to the kit, no activity; "Adventure" no role
    assert not any(a in ("Scrap", "Sell") or r == "Adventure" for r, a in cells)


def test_an_action_and_rationale_table_gives_the_sections_role_its_steps(
        tmp_path: Path) -> None:
    """"Action | Rationale" under a heading that names who acts: each action is that
    role's step, the rationale no duty; an action that names its own doer is theirs."""
    path = tmp_path / "procedure.md"
    path.write_text(
        "# Procedure\n\nThe Registered Nurse (RN) supervises the support worker.\n\n"
        "## Before the visit – the registered nurse\n\n| Action | Rationale |\n"
        "| --- | --- |\n| Assess the patient using the checklist. | Only stable patients "
        "qualify. |\n| Ask the Prescriber to amend the chart. | A clear chart is safer. |\n\n"
        "## Training\n\n| Step | Why |\n| --- | --- |\n| The Diabetes Nurse delivers the "
        "insulin workshop. | Theory before practice. |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Registered Nurse", "Assess the patient using the checklist")] == "A/R"
    assert any(r == "Diabetes Nurse" and "workshop" in a and x == "A/R"
               for (r, a), x in cells.items())
    assert not any("qualify" in a or "safer" in a or "Theory" in a for _r, a in cells)


def test_a_loop_in_column_informs_and_a_whos_who_line_may_end_in_a_remark(
        tmp_path: Path) -> None:
    """"Task | Owner | Reviewer | Loop in" with people in the cells: "Loop in" is kept
    informed; "Hannah Kowalczyk – Head of Pricing (DRI for the rollout)" ties the person
    to the role though a remark in brackets ends the line."""
    path = tmp_path / "rollout.md"
    path.write_text(
        "# Rollout\n\n## Who's who\n\n- Hannah Kowalczyk – Head of Pricing (DRI for the "
        "rollout)\n- Kenji Watanabe – Billing Engineering Lead\n- Sam Delaney – Revenue "
        "Analyst\n\n## Tasks\n\n| Task | Owner | Reviewer | Loop in |\n| --- | --- | --- | "
        "--- |\n| Build the price lock | Kenji Watanabe | Sam Delaney | Hannah Kowalczyk |\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Billing Engineering Lead", "Build the price lock")] == "A/R"
    assert cells[("Revenue Analyst", "Build the price lock")] == "C"
    assert cells[("Head of Pricing", "Build the price lock")] == "I"
    assert not any(r == "Hannah Kowalczyk" for r, _a in cells)


def test_a_who_is_paged_column_names_no_doers(tmp_path: Path) -> None:
    """"Severity | Description | Who is paged": those paged are woken for the row, not its
    doers, so "Full outage" is no duty the Incident Commander owns."""
    path = tmp_path / "incidents.md"
    path.write_text(
        "# Incidents\n\nThe Incident Commander assigns roles.\n\n| Severity | Description | "
        "Who is paged |\n| --- | --- | --- |\n| SEV1 | Full outage | Incident Commander, "
        "Technical Lead |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Incident Commander", "Assign roles")] == "A/R"
    assert not any("outage" in a.lower() and "A" in x for (_r, a), x in cells.items())


def test_letters_given_in_a_sentence_or_in_brackets_after_a_task(tmp_path: Path) -> None:
    """"For the website redesign, the Marketing Director is accountable, the Web Developer
    is responsible ...": the task and each role's letter in words; "For the launch
    campaign: Marketing Manager (R), Marketing Director (A), ...": in brackets."""
    path = tmp_path / "raci.md"
    path.write_text(
        "# Plan\n\nFor the website redesign, the Marketing Director is accountable, the Web "
        "Developer is responsible, the Legal Team is consulted, and the Sales Team is "
        "informed.\n\nFor the launch campaign: Marketing Manager (R), Marketing Director "
        "(A), Sales Team (C), Customer Support (I).\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Marketing Director", "Website redesign")] == "A"
    assert cells[("Web Developer", "Website redesign")] == "R"
    assert cells[("Legal Team", "Website redesign")] == "C"
    assert cells[("Sales Team", "Website redesign")] == "I"
    assert cells[("Marketing Manager", "Launch campaign")] == "R"
    assert cells[("Marketing Director", "Launch campaign")] == "A"
    assert cells[("Customer Support", "Launch campaign")] == "I"


def test_an_action_notes_table_of_revisions_gives_no_steps(tmp_path: Path) -> None:
    """"Action | Notes" under "Revision history" lists edits made to the page, not steps
    of the role whose section it stands in."""
    path = tmp_path / "site.md"
    path.write_text(
        "# Site Manager\n\nThe Site Manager runs the site and signs the permits.\n\n"
        "## Duties\n\n- Keep the site safe.\n\n### Revision history\n\n"
        "| Action | Notes |\n|---|---|\n| Add section 4 on ladders | v1.2 |\n"
        "| Remove the old permit form | v1.3 |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Site Manager", "Sign the permits")] == "A/R"
    assert not any("ladders" in a or "permit form" in a for _r, a in cells)


def test_a_csv_table_parted_by_an_empty_row_stays_one_table(tmp_path: Path) -> None:
    # a row after the gap that fills fewer cells is one more row when the rows under it
    # fill the table's other columns, not the head of a table of its own
    path = tmp_path / "jobs.csv"
    path.write_text("Task,Who,When\nBook the hall,Hall Secretary,May\n,,\n"
                    "Clean up,Caretaker,\nPay the bills,Club Treasurer,June\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Caretaker", "Clean up")] == "A/R"
    assert cells[("Club Treasurer", "Pay the bills")] == "A/R"
    assert cells[("Hall Secretary", "Book the hall")] == "A/R"


def test_a_followers_column_is_told(tmp_path: Path) -> None:
    # a task tool's table: whoever follows or watches a task gets its updates
    path = tmp_path / "tasks.md"
    path.write_text("# Fair tasks\n\n| Task | Assignee | Followers |\n|---|---|---|\n"
                    "| Book the bouncy castle | Stalls Coordinator | Fair Organiser |\n"
                    "| Print the posters | Publicity Officer | Stalls Coordinator, Fair "
                    "Organiser |\n",
                    encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Stalls Coordinator", "Book the bouncy castle")] == "A/R"
    assert cells[("Fair Organiser", "Book the bouncy castle")] == "I"
    assert cells[("Fair Organiser", "Print the posters")] == "I"
    assert cells[("Stalls Coordinator", "Print the posters")] == "I"


def test_a_tell_column_beside_by_names_who_is_told(tmp_path: Path) -> None:
    # a procedure's steps with who does each ("By") and whom they tell when it is done
    # ("Tell", "Warn"): those named under Tell are informed
    path = _write(tmp_path / "sale.md", (
        "# Jumble sale day\n\n"
        "| Time | Action | By | Tell |\n"
        "| --- | --- | --- | --- |\n"
        "| 08:00 | Unlock the hall | Caretaker | Hall Manager |\n"
        "| 09:15 | Count the float | Treasurer | Hall Manager, Chair |\n"
        "| 12:30 | Bank the takings | Treasurer | - |\n"))
    cells = _cells(_draft(path))
    assert cells[("Caretaker", "Unlock the hall")] == "A/R"
    assert cells[("Hall Manager", "Unlock the hall")] == "I"
    assert cells[("Chair", "Count the float")] == "I"
    assert cells[("Treasurer", "Bank the takings")] == "A/R"


def test_a_call_sign_column_beside_roles_names_no_duty(tmp_path: Path) -> None:
    # a who's-who table giving each role its holder and its radio call sign: the call
    # sign is what the role is called on air, not a duty
    path = _write(tmp_path / "harbour.md", (
        "# Harbour roles\n\n"
        "| Role | Held by | Radio call sign |\n"
        "| --- | --- | --- |\n"
        "| Harbour Master | Elin Dahl | Port One |\n"
        "| Berthing Coordinator | Sam Reyes | Quay |\n\n"
        "The Harbour Master approves each berthing plan. The Berthing Coordinator books "
        "the tugs.\n"))
    cells = _cells(_draft(path))
    assert set(cells) == {("Harbour Master", "Approve each berthing plan"),
                          ("Berthing Coordinator", "Book the tugs")}


def test_a_spreadsheet_plan_with_its_key_exported_as_rows(tmp_path: Path) -> None:
    """A plan saved from a spreadsheet as CSV with semicolons: title lines, a head of
    "No. | Stage | When | Activity" before the role codes and a "Notes" column, a
    second head line spelling each code out, and the key and names exported as rows
    of their own ("Key: | P = prepares it | H = helps / is asked | OK = approves it |
    i = kept informed"). The key gives the letters, the activity column is the task,
    and the notes column names no role."""
    path = tmp_path / "moving-plan.csv"
    path.write_text(
        "Office move 2027 - Floor 3;;;;;;;;\n"
        "Plan owner: Facilities;;;;;;;;\n"
        ";;;;;;;;\n"
        "No.;Stage;When;Activity;OM;FC;ITL;MV;Notes\n"
        ";;;;Office Manager;Facilities Coordinator;IT Lead;Moving company;\n"
        "1;Before;M-2;Book the lifts with the landlord;OK;P;;i;lifts 1 and 2 only\n"
        "2;Before;M-1;Label every desk and crate;;P;H;;\n"
        "3;Before;M-1;Disconnect the printers;;;P;H;\n"
        "4;Move day;08:00;Load the crates onto the vans;;H;;P;two vans\n"
        "5;After;M+1;Sign off the move;P;H;;;\n"
        ";;;;;;;;\n"
        "Key:;P = prepares it;H = helps / is asked;OK = approves it;i = kept informed;;;;\n"
        "Names:;OM = Ruth Adebayo;FC = Tomas Novak;ITL = Priya Shah;;;;;\n",
        encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    names = {r.name for r in draft.roles}
    assert "Notes" not in names
    assert {"Office Manager", "Facilities Coordinator", "IT Lead"} <= names
    assert cells[("Facilities Coordinator", "Book the lifts with the landlord")] == "R"
    assert cells[("Office Manager", "Book the lifts with the landlord")] == "A"
    assert cells[("Moving company", "Book the lifts with the landlord")] == "I"
    assert cells[("IT Lead", "Label every desk and crate")] == "C"
    assert cells[("Facilities Coordinator", "Label every desk and crate")] == "A/R"
    assert not any(a in ("Before", "Move day", "M-1") for _r, a in cells)


def test_a_column_answering_yes_or_no_names_no_role(tmp_path: Path) -> None:
    """A risk table's "Measure approved" column answered "Yes" (a DPIA's last step): the
    answer names no approver, so no role "Yes" takes the rows."""
    path = tmp_path / "dpia.md"
    path.write_text(
        "# Step 7: Measures\n\n"
        "| Risk | Measure | Owner | Effect on risk | Residual risk | Measure approved |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 1 | Delete footage after 30 days | Estates Manager | Reduced | Low | Yes |\n"
        "| 2 | Limit viewing to two named staff | Security Lead | Reduced | Low | Yes |\n"
        "| 3 | Publish a privacy notice | Data Protection Officer | Eliminated | Low | No |\n",
        encoding="utf-8")
    draft = derive([path])
    names = {r.name for r in draft.roles}
    assert not names & {"Yes", "No"}
    cells = derived_cells(draft)
    assert cells[("Estates Manager", "Delete footage after 30 days")] == "A/R"


def test_a_bare_team_word_over_a_column_of_letters_is_a_role(tmp_path: Path) -> None:
    """"Support" heading a column of letters in a RACI table with grouped heads (a wiki's
    export: "Engineering" over two roles, "Support" over its own column): the team is a
    role, though "support" alone in prose needs a fuller name."""
    path = tmp_path / "raci.html"
    path.write_text(
        "<html><body><h1>Release RACI</h1><table>"
        "<tr><th rowspan='2'>Activity</th><th colspan='2'>Engineering</th>"
        "<th rowspan='2'>Support</th></tr>"
        "<tr><th>Release Manager</th><th>QA Lead</th></tr>"
        "<tr><td>Freeze the branch</td><td>A/R</td><td>C</td><td>I</td></tr>"
        "<tr><td>Run the regression suite</td><td>I</td><td>A/R</td><td></td></tr>"
        "<tr><td>Announce the release</td><td>A/R</td><td></td><td>I</td></tr>"
        "</table></body></html>", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Support", "Freeze the branch")] == "I"
    assert cells[("Support", "Announce the release")] == "I"
    assert cells[("QA Lead", "Run the regression suite")] == "A/R"


def test_a_job_description_laid_out_as_a_table_of_fields(tmp_path: Path) -> None:
    """A Word job description in a table of two columns (label | value): the job title
    names the role and the duties listed in the "Main duties and responsibilities" cell
    are its rows, though other details (grade, purpose) stand between them; the labels
    ("Job purpose", "Person specification") are no roles."""
    document = docx.Document()
    document.add_heading("Job Description", 0)
    table = document.add_table(rows=0, cols=2)
    for label, value in (("Job title", "Grounds Supervisor"), ("Department", "Estates"),
                         ("Reports to", "Estates Manager"), ("Grade", "4"),
                         ("Job purpose", "To keep the grounds safe and tidy."),
                         ("Main duties and responsibilities", "Plan the mowing rota."),
                         ("Person specification", "Experience of grounds work.")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    duties = table.rows[5].cells[1]
    for line in ("Inspect the play areas every Monday and record any faults.",
                 "Order tools and materials up to £1,500."):
        duties.add_paragraph(line, style="List Bullet")
    path = tmp_path / "jd.docx"
    document.save(str(path))
    draft = derive([path])
    names = {r.name for r in draft.roles}
    assert not names & {"Job purpose", "Main duties", "Person specification", "Department"}
    cells = derived_cells(draft)
    assert cells[("Grounds Supervisor", "Plan the mowing rota")] == "A/R"
    assert cells[("Grounds Supervisor", "Inspect the play areas every Monday")] == "A/R"
    # ("up to £1,500" is one amount: the name is not cut at its comma)
    assert cells[("Grounds Supervisor", "Order tools and materials up to £1,500")] == "A/R"


def test_a_list_of_nouns_after_a_comma_is_no_second_duty(tmp_path: Path) -> None:
    """A charter's "Role | Name | Responsibilities" cell: "approves changes to scope, cost
    or schedule over 10%" is one duty; "cost" and "schedule", which may be verbs, carry on
    the list of what changes, and make no duty "Cost or schedule over 10%"."""
    path = tmp_path / "charter.md"
    path.write_text(
        "# Project charter\n\n## Roles and responsibilities\n\n"
        "| Role | Name | Responsibilities |\n|---|---|---|\n"
        "| Executive Sponsor | Dana Whitfield | Secures the budget; approves changes to "
        "scope, cost or schedule over 10%; chairs the steering group |\n"
        "| Project Manager | Luis Ortega | Maintains the plan; reports status to the "
        "steering group every fortnight |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert not any(a.lower().startswith("cost") for _r, a in cells)
    assert any(r == "Executive Sponsor" and a.startswith("Approve changes to scope, cost or "
                                                        "schedule") for r, a in cells)


def test_a_key_row_inside_a_markdown_table_gives_the_letters(tmp_path: Path) -> None:
    """A table's last row that is its key ("Key: | P = prepares it | H = helps / is asked
    | OK = approves it") says what the marks above it mean, and is no row of work."""
    path = tmp_path / "move.md"
    path.write_text("# Move plan\n\n| Activity | OM | FC | ITL |\n|---|---|---|---|\n"
                    "| Book the lifts | OK | P | i |\n| Label the crates | | P | H |\n"
                    "| Key: | P = prepares it | H = helps / is asked | OK = approves it |\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("OM", "Book the lifts")] == "A"
    assert cells[("FC", "Book the lifts")] == "R"
    assert cells[("ITL", "Label the crates")] == "C"
    assert not any(a.startswith("Key") for _r, a in cells)


def test_a_cell_naming_a_role_by_its_last_word_is_that_role(tmp_path: Path) -> None:
    """A ladder whose "Decided by" and "Done by" cells say "Panel" and "Steward" where the
    prose says "the panel" for the Disciplinary Panel and "the steward" for the Match
    Steward: each short cell is that role, beside a cell naming a role in full."""
    path = tmp_path / "discipline.md"
    path.write_text(
        "# Discipline\n\nThe Disciplinary Panel hears every complaint. The panel meets "
        "monthly. The Match Steward keeps order; the steward wears a bib. The Referee "
        "decides on the pitch.\n\n## Sanctions\n\n"
        "| Level | Sanction | Decided by | Done by | Told |\n|---|---|---|---|---|\n"
        "| 1 | Caution | Panel | Steward | Club Secretary |\n"
        "| 2 | Touchline ban | Panel | Referee | Club Secretary |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Disciplinary Panel", "Caution")] == "A"
    assert cells[("Match Steward", "Caution")] == "R"
    assert cells[("Club Secretary", "Caution")] == "I"
    assert cells[("Disciplinary Panel", "Touchline ban")] == "A"
    assert cells[("Referee", "Touchline ban")] == "R"


def test_a_witness_column_gives_the_witness_c(tmp_path: Path) -> None:
    """A dual-control duties table "Task | Done by | Witness | Approved by": whoever
    witnesses the doer's work is consulted (C), beside the doer's R and the approver's A."""
    path = tmp_path / "safe.md"
    path.write_text(
        "# Safe procedure\n\n"
        "| Task | Done by | Witness | Approved by |\n|---|---|---|---|\n"
        "| Empty the night safe | Duty Cashier | Shift Supervisor | - |\n"
        "| Destroy damaged notes | Shift Supervisor | Duty Cashier | Store Manager |\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Shift Supervisor", "Empty the night safe")] == "C"
    assert cells[("Duty Cashier", "Destroy damaged notes")] == "C"
    assert cells[("Store Manager", "Destroy damaged notes")] == "A"


def test_a_party_a_table_task_tells_or_hands_to_is_told(tmp_path: Path) -> None:
    """A task written as an order in a table ("Notify the underwriter", "Post the forms
    to the DVLA") names the party told as a sentence would: it is a role, informed, even
    when nothing else in the document names it."""
    path = tmp_path / "after-a-flood.md"
    path.write_text("# After a flood\n\n| Step | Task | Lead |\n|---|---|---|\n"
                    "| 1 | Notify the underwriter of the damage | Site Manager |\n"
                    "| 2 | Post the logbook forms to the DVLA | Fleet Clerk |\n"
                    "| 3 | Phone the landlord to arrange access | Site Manager |\n"
                    "| 4 | Agree the clean-up with the cleaning contractor | Site Manager |\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Site Manager", "Notify the underwriter of the damage")] == "A/R"
    assert cells[("Underwriter", "Notify the underwriter of the damage")] == "I"
    assert ("Landlord", "Phone the landlord to arrange access") in cells
    # (a party a task is done with is no party told)
    assert not any(r == "Cleaning Contractor" for r, _a in cells)


def test_a_letter_matrix_with_how_often_and_notes_after_its_letters(tmp_path: Path) -> None:
    """A spreadsheet's matrix of letters with two columns of words after the role
    columns ("Frequency", "Notes") is still read as a matrix, and the column of how
    often names no role."""
    path = tmp_path / "pool.csv"
    path.write_text(
        "Task,Pool Manager,Lifeguard,Plant Engineer,Frequency,Notes\n"
        "Test the water,A,R,C,Every 2 hours,Readings go in the plant book\n"
        "Backwash the filters,A,,R,Weekly,\n"
        "Close the pool in a storm,A/R,I,I,As needed,Clear the water first\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Lifeguard", "Test the water")] == "R"
    assert cells[("Pool Manager", "Test the water")] == "A"
    assert cells[("Plant Engineer", "Backwash the filters")] == "R"
    assert cells[("Lifeguard", "Close the pool in a storm")] == "I"
    assert not any(r == "Frequency" for r, _a in cells)


def test_a_by_column_beside_who_is_the_date_it_is_done_by(tmp_path: Path) -> None:
    """A plan's "By | Task | Who" puts the date first under "By": the "Who" column names
    who does each task, and the dates name nobody."""
    path = tmp_path / "fete.md"
    path.write_text(
        "# Fete countdown\n\n| By | Task | Who |\n|---|---|---|\n"
        "| 2 April | Book the marquee and pay the hire | Fete Chair |\n"
        "| 9 May | Print the raffle tickets | Raffle Organiser |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Fete Chair", "Book the marquee and pay the hire")] == "A/R"
    assert cells[("Raffle Organiser", "Print the raffle tickets")] == "A/R"


def test_matrix_rows_that_differ_only_in_an_aside_stay_two(tmp_path: Path) -> None:
    """Two rows of a letter matrix whose tasks differ only in brackets ("(up to £500)",
    "(over £500)") are two activities with their own letters, not one merged row."""
    path = tmp_path / "grants.md"
    path.write_text(
        "# Small grants\n\n| Task | Grants Officer | Treasurer | Trustees |\n"
        "|---|---|---|---|\n"
        "| Check the application | A/R | | |\n"
        "| Approve a grant (up to £500) | R | A | I |\n"
        "| Approve a grant (over £500) | R | C | A |\n",
        encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Treasurer", "Approve a grant (up to £500)")] == "A"
    assert cells[("Trustees", "Approve a grant (over £500)")] == "A"
    assert cells[("Treasurer", "Approve a grant (over £500)")] == "C"
    assert ("Grants Officer", "Check the application") in cells


def test_a_column_headed_by_a_verb_gives_its_verb_to_the_things_listed(
        tmp_path: Path) -> None:
    """A team table whose duty column is headed by a verb ("Looks after", "Arranges")
    lists the things each role does that to: the head's verb and the things whole name
    the duty; a part of a cell that says its own verb keeps it."""
    path = tmp_path / "allotment-team.md"
    path.write_text(
        "# Allotment committee\n\n"
        "| Role | Member | Looks after | Reports to |\n|---|---|---|---|\n"
        "| Plot Secretary | Ann Ruiz | Waiting list, plot letters and the rent ledger of "
        "lapsed holders; chases late rent | Chair |\n"
        "| Site Warden | Ben Ode | Water troughs, the tool shed and the compost bays | "
        "Chair |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Plot Secretary", "Look after waiting list, plot letters and the rent "
                  "ledger of lapsed holders")] == "A/R"
    assert cells[("Plot Secretary", "Chase late rent")] == "A/R"
    assert cells[("Site Warden", "Look after water troughs, the tool shed and the compost "
                  "bays")] == "A/R"


def test_a_short_form_keeping_the_first_word_names_the_longer_role(tmp_path: Path) -> None:
    """"Senior Site Engineer (Senior SE)" beside "Site Engineer (SE)": "the Senior SE" is
    the senior engineer, not the engineer its acronym alone names."""
    path = tmp_path / "pour-day.md"
    path.write_text(
        "# Concrete pour day\n\n"
        "| Role | Who | Main tasks |\n|---|---|---|\n"
        "| Senior Site Engineer (Senior SE) | Kofi Mensah | Signs the pour permit |\n"
        "| Site Engineer (SE) | Two engineers | Check the formwork levels |\n\n"
        "## On the day\n\n"
        "The Senior SE books the pump and the SE logs the cube samples.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Senior Site Engineer", "Book the pump")] == "A/R"
    assert ("Site Engineer", "Book the pump") not in cells
    assert cells[("Site Engineer", "Log the cube samples")] == "A/R"


def test_a_party_after_with_in_a_cell_of_who_does_it_is_consulted(tmp_path: Path) -> None:
    path = _write(tmp_path / "allotments.md", (
        "# Allotment society jobs\n\n"
        "| Job | Who |\n| --- | --- |\n"
        "| Set the plot rents | Treasurer with the Chair |\n"
        "| Order the seed catalogue | Secretary |\n"
        "| Repair the water troughs | Site Warden together with the Plot Holders |\n"))
    cells = _cells(_draft(path))
    assert cells[("Treasurer", "Set the plot rents")] == "A/R", cells
    assert cells[("Chair", "Set the plot rents")] == "C", cells
    # (done together: both do it)
    assert cells[("Plot Holder", "Repair the water troughs")] == "R", cells
    assert ("Site Warden together", "Repair the water troughs") not in cells, cells


def test_a_scheme_of_delegation_reads_its_decision_words_as_letters(tmp_path: Path) -> None:
    # a decision-rights table writes what each body does to a decision: who prepares or
    # recommends it does the work, who approves or authorises it answers for it, who
    # endorses or reviews it is asked, and who notes it is told
    path = _write(tmp_path / "delegation.md", (
        "# Scheme of delegation\n\n"
        "| Decision | Council | Director | Head of Finance | Service Manager |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Set the capital programme | Approve | Recommend | Prepare | Consulted |\n"
        "| Award a contract over the threshold | Authorise | Endorse | Review | Propose |\n"
        "| Award a contract under the threshold | Note | Approve | Review | Recommend |\n"))
    cells = _cells(_draft(path))
    assert cells[("Council", "Set the capital programme")] == "A", cells
    assert cells[("Director", "Set the capital programme")] == "R", cells
    assert cells[("Head of Finance", "Set the capital programme")] == "R", cells
    assert cells[("Service Manager", "Set the capital programme")] == "C", cells
    assert cells[("Council", "Award a contract over the threshold")] == "A", cells
    assert cells[("Director", "Award a contract over the threshold")] == "C", cells
    assert cells[("Service Manager", "Award a contract over the threshold")] == "R", cells
    assert cells[("Council", "Award a contract under the threshold")] == "I", cells
    assert cells[("Director", "Award a contract under the threshold")] == "A", cells
    assert cell_letters("Note") == frozenset("I")
    assert cell_letters("Recommends") == frozenset("R")


def test_a_register_with_two_owner_columns_gives_each_owner_their_column(
        tmp_path: Path) -> None:
    # "Risk | Likelihood | Risk owner | Mitigation | Action owner": the risk owner answers
    # for the risk, the action owner for the mitigation beside it (such a register gave
    # no draft: two columns of owners and no one column of who does the row)
    path = tmp_path / "register.csv"
    path.write_text(
        "ID,Risk,Likelihood,Risk owner,Mitigation,Action owner,Review date\n"
        "R1,Venue cancels at short notice,Low,Events Manager,"
        "Keep a second venue on hold until May,Venue Coordinator,30/04\n"
        "R2,Ticket sales fall short of target,Medium,Finance Lead,"
        "Offer early bird prices to members,Marketing Officer,15/05\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Events Manager", "Venue cancels at short notice")] == "A/R", cells
    assert cells[("Venue Coordinator", "Keep a second venue on hold until May")] == "A/R", \
        cells
    assert cells[("Finance Lead", "Ticket sales fall short of target")] == "A/R", cells
    assert cells[("Marketing Officer", "Offer early bird prices to members")] == "A/R", cells
    assert not any(role == "Events Manager" and "venue on hold" in activity
                   for role, activity in cells), cells


def test_a_register_with_a_previous_owner_column_keeps_its_rows_whole(tmp_path: Path) -> None:
    # "Risk | Risk owner | Mitigation | Previous owner": the second column says which person
    # owned the risk before, no owner of the mitigation beside it
    path = tmp_path / "register.csv"
    path.write_text(
        "Risk,Risk owner,Mitigation,Previous owner\n"
        "Flooding of the lower car park in winter,Facilities Manager,"
        "Clear the drains every autumn,Site Supervisor\n"
        "Loss of the membership database,Data Protection Officer,"
        "Keep a nightly backup off site,IT Officer\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert not any(role in ("Site Supervisor", "IT Officer") and activity.startswith(
        ("Clear the drains", "Keep a nightly backup")) for role, activity in cells), cells


def test_a_register_owner_beside_a_column_of_notes_owns_no_note(tmp_path: Path) -> None:
    # "Risk | Risk owner | Notes | Action owner": the notes are remarks on the row, no
    # action the action owner answers for (each note became a row of its own, "Note
    # discussed at ..."); the risk owner still answers for the risk
    path = tmp_path / "register.csv"
    path.write_text(
        "Risk,Risk owner,Notes,Action owner\n"
        "Marquee blows down in high wind,Site Manager,"
        "Discussed at the March meeting and no change,Grounds Officer\n"
        "Raffle takings go missing on the day,Treasurer,"
        "Seen last year at the spring fair,Raffle Lead\n", encoding="utf-8")
    cells = _cells(_draft(path))
    assert cells[("Site Manager", "Marquee blows down in high wind")] == "A/R", cells
    assert not any("discussed" in activity.lower() or "spring fair" in activity
                   for _role, activity in cells), cells
