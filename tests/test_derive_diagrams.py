"""Derivation from diagram sources, feature files, transcripts and hand-over notes: documents
whose shape says who does each step (``raci/derive/steps.py``, the transcript reader in
``raci/derive/documents.py``). Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.documents import read_document
from raci.derive.draft import derive
from raci.derive.formats import SUPPORTED
from raci.derive.steps import STEP, duties, imperative
from tests.helpers import derived_cells

Cells = dict[tuple[str, str], str]


def _cells(tmp_path: Path, name: str, text: str) -> Cells:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return derived_cells(derive([path]))


# --- PlantUML activity diagrams with swimlanes ---------------------------------------

BOOK_RETURNS = """\
@startuml
title Returning a damaged book
|Counter Assistant|
start
:Scan the returned book;
:Check the book for damage;
note right
  Damage is reported to the Branch Librarian
  before the loan is closed.
end note
|Branch Librarian|
:Decide whether to charge the borrower;
:Tell the Borrower about the charge;
|#lightblue|Conservation Officer|
:Repair the spine;
note left: inspected by the Branch Librarian
|Counter Assistant|
if (Charge agreed?) then (yes)
  :Take the payment at the desk;
endif
stop
@enduml
"""


def _assert_book_returns(cells: Cells) -> None:
    assert cells[("Counter Assistant", "Scan the returned book")] == "A/R"
    # a note beside a step: "reported to" the Branch Librarian tells them
    assert cells[("Counter Assistant", "Check the book for damage")] == "A/R"
    assert cells[("Branch Librarian", "Check the book for damage")] == "I"
    assert cells[("Branch Librarian", "Decide whether to charge the borrower")] == "A/R"
    assert cells[("Borrower", "Tell the Borrower about the charge")] == "I"
    # a coloured lane; "inspected by" consults
    assert cells[("Conservation Officer", "Repair the spine")] == "A/R"
    assert cells[("Branch Librarian", "Repair the spine")] == "C"
    # a step inside a branch is still its lane's; the branch's question is no step
    assert cells[("Counter Assistant", "Take the payment at the desk")] == "A/R"
    assert not any("Charge agreed" in name for _role, name in cells)


def test_plantuml_swimlanes_in_markdown(tmp_path: Path) -> None:
    text = "# Book returns\n\nHow a damaged book comes back.\n\n```plantuml\n" + \
        BOOK_RETURNS + "```\n"
    _assert_book_returns(_cells(tmp_path, "returns.md", text))


@pytest.mark.parametrize("name", ["returns.puml", "returns.plantuml", "returns.txt"])
def test_plantuml_swimlanes_as_a_file(tmp_path: Path, name: str) -> None:
    _assert_book_returns(_cells(tmp_path, name, BOOK_RETURNS))


def test_plantuml_step_outside_any_lane_is_a_sentence(tmp_path: Path) -> None:
    text = "@startuml\nstart\n:The Caretaker locks the hall;\nstop\n@enduml\n"
    cells = _cells(tmp_path, "hall.puml", text)
    assert cells == {("Caretaker", "Lock the hall"): "A/R"}


def test_plantuml_steps_keep_the_source_line_as_evidence(tmp_path: Path) -> None:
    path = tmp_path / "returns.puml"
    path.write_text(BOOK_RETURNS, encoding="utf-8")
    steps = [b for b in read_document(path).blocks if b.kind == STEP]
    assert steps[0].text == "Scan the returned book"
    assert steps[0].location == "line 5"


# --- sequence diagrams ----------------------------------------------------------------

CAR_SERVICE = """\
sequenceDiagram
    autonumber
    actor CU as Customer
    participant SA as Service Advisor
    participant MT as Mechanic
    participant PD as Parts Desk
    CU->>SA: Books the car in for a service
    SA->>MT: Raises the job card and hands over the keys
    MT->>MT: Inspects the brakes
    MT->>PD: Asks whether the pads are in stock
    PD-->>MT: Issues the brake pads
    Note over MT,PD: Pads usually arrive the same day
    alt Extra work found
        MT->>SA: Reports the extra work
        SA-->>CU: Phones the customer for approval
    end
    SA->>CU: Texts the customer that the car is ready
"""


def _assert_car_service(cells: Cells) -> None:
    # the sender does each message; the one it points at is told
    assert cells[("Customer", "Book the car in for a service")] == "A/R"
    assert cells[("Service Advisor", "Book the car in for a service")] == "I"
    # "and" joins two steps of the sender's, both handed on
    assert cells[("Service Advisor", "Raise the job card")] == "A/R"
    assert cells[("Service Advisor", "Hand over the keys")] == "A/R"
    assert cells[("Mechanic", "Hand over the keys")] == "I"
    # a message to oneself is the sender's alone
    assert [r for r, n in cells if n == "Inspect the brakes"] == ["Mechanic"]
    # a message that asks consults the one asked; a dashed reply tells
    assert cells[("Parts Desk", "Ask whether the pads are in stock")] == "C"
    assert cells[("Mechanic", "Issue the brake pads")] == "I"
    assert cells[("Customer", "Phone the customer for approval")] == "I"
    assert cells[("Customer", "Text the customer that the car is ready")] == "I"
    # a note and the branches are no steps
    assert not any("arrive" in name or "Extra work" in name for _role, name in cells)


def test_mermaid_sequence_diagram_in_markdown(tmp_path: Path) -> None:
    text = "# Car service\n\n```mermaid\n" + CAR_SERVICE + "```\n"
    _assert_car_service(_cells(tmp_path, "service.md", text))


def test_mermaid_sequence_diagram_as_mmd(tmp_path: Path) -> None:
    _assert_car_service(_cells(tmp_path, "service.mmd", CAR_SERVICE))


def test_plantuml_sequence_diagram(tmp_path: Path) -> None:
    text = """\
@startuml
actor "Customer" as CU
participant "Service Advisor" as SA
participant Mechanic
CU -> SA : Books the car in for a service
SA -> Mechanic : Raises the job card
Mechanic --> SA : Reports the extra work
SA <- CU : Approves the extra work
@enduml
"""
    cells = _cells(tmp_path, "service.puml", text)
    assert cells[("Customer", "Book the car in for a service")] == "A/R"
    assert cells[("Service Advisor", "Book the car in for a service")] == "I"
    assert cells[("Mechanic", "Raise the job card")] == "I"
    assert cells[("Mechanic", "Report the extra work")] == "A/R"
    # an arrow drawn backwards is sent by the one at its tail
    assert cells[("Customer", "Approve the extra work")] == "A/R"


def test_imperative_and_duties() -> None:
    assert imperative("Clinically checks the dose") == "Clinically check the dose"
    assert imperative("Hands in the form or orders online") == "Hand in the form or order online"
    assert imperative("Drafts the lease in consultation with Legal Services") == \
        "Draft the lease"
    assert duties("Weighs the parcel and prints the label") == ["Weigh the parcel",
                                                                "Print the label"]
    # an instruction already in the imperative is one duty
    assert duties("Sort and stack the chairs") == ["Sort and stack the chairs"]


# --- Gherkin feature files ------------------------------------------------------------

EXPENSES = """\
# features/expenses.feature
# Kept by the Payroll Team.
@expenses
Feature: Claiming travel expenses
  Staff are paid back for travel that their manager agreed to.

  Scenario: A claim under the limit
    Given a Claimant has a receipt for a train ticket
    When the Claimant submits a claim with the receipt
    Then the claim is routed to the Line Manager
    When the Line Manager approves the claim
    Then the Claimant is notified by e-mail
    And Payroll pays the claim in the next pay run

  Scenario: A claim for a hotel
    When the Travel Desk books the hotel in consultation with the Line Manager
    And the booking is confirmed by the Finance Controller
    Then Expensify rejects any claim without a receipt
    And the Audit Team is copied on the booking
    When the Claimant tries to approve their own claim
    Then the Finance Controller sends the Line Manager a weekly summary
"""


def _assert_expenses(cells: Cells) -> None:
    assert cells[("Claimant", "Submit a claim with the receipt")] == "A/R"
    # "is routed to" tells the one it goes to, on the step that made the claim
    assert cells[("Line Manager", "Submit a claim with the receipt")] == "I"
    assert cells[("Line Manager", "Approve the claim")] == "A/R"
    # "is notified" tells the subject, on the step before it
    assert cells[("Claimant", "Approve the claim")] == "I"
    assert cells[("Payroll", "Pay the claim in the next pay run")] == "A/R"
    # "in consultation with" consults, and stays out of the name
    assert cells[("Travel Desk", "Book the hotel")] == "A/R"
    assert cells[("Line Manager", "Book the hotel")] == "C"
    # "is copied" tells the subject of the step before it that someone does
    assert cells[("Audit Team", "Confirm the booking")] == "I"
    # a passive with its doer is the doer's step
    assert cells[("Finance Controller", "Confirm the booking")] == "A/R"
    assert cells[("Finance Controller", "Send the Line Manager a weekly summary")] == "A/R"
    assert cells[("Line Manager", "Send the Line Manager a weekly summary")] == "I"
    # a system's rule, an attempt and a Given's setting are nobody's duty
    assert not any("reject" in n.lower() or "tries" in n.lower() or "Try" in n or
                   "receipt for a train" in n for _r, n in cells)


@pytest.mark.parametrize("name", ["expenses.feature", "expenses.txt"])
def test_gherkin_feature_file(tmp_path: Path, name: str) -> None:
    text = EXPENSES.replace("  Staff are", "  Roles: Claimant, Line Manager, Payroll, Travel "
                            "Desk, Finance Controller, Audit Team.\n  Staff are")
    _assert_expenses(_cells(tmp_path, name, text))


def test_text_that_only_mentions_gherkin_is_read_as_text(tmp_path: Path) -> None:
    text = ("Feature: the new rota\n\nThe Caretaker opens the hall. Given a key, the "
            "Caretaker locks it.\n")
    cells = _cells(tmp_path, "rota.txt", text)
    assert cells[("Caretaker", "Open the hall")] == "A/R"


# --- transcripts ----------------------------------------------------------------------

TRIP_MEETING = """\
HOLLYBROOK PRIMARY SCHOOL
Planning meeting for the Year 5 trip to the coast. Recorded 3 March.

PRESENT
  RUTH ALDER (RA)     Head Teacher
  SAM OKAFOR (SO)     Trip Leader, Year 5
  JEN PRICE (JP)      School Business Manager

RA: Where do we start? Who books the coach?

SO: I book the coach and I collect the consent forms from the parents.
I'll send Jen the final numbers by Friday.

JP: I pay the deposit once Ruth has signed the risk assessment.

RA: I sign the risk assessment. Sam sends it to me first.

SO: Right.

JP: And I tell the parents when the balance is due.

ACTIONS AGREED
  SO  Book the coach for 14 May.
  JP  Chase the unpaid balances.
"""


def test_transcript_turns_are_their_speakers(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "meeting.txt", TRIP_MEETING)
    # first person is the speaker's role, named by initials in the attendee list
    assert cells[("Trip Leader", "Book the coach")] == "A/R"
    assert ("Trip Leader", "Collect the consent forms from the parents") in cells
    # a first name is the attendee's role
    assert cells[("School Business Manager", "Send the final numbers by Friday")] == "I"
    assert ("School Business Manager", "Pay the deposit") in cells
    assert cells[("Head Teacher", "Sign the risk assessment")] == "A/R"
    # an action's initials are its owner's
    assert cells[("School Business Manager", "Chase the unpaid balances")] == "A/R"
    # questions and one-word turns are no duties
    assert not any(n == "Right" or "coach?" in n for _r, n in cells)


def test_a_list_of_people_without_turns_is_no_transcript(tmp_path: Path) -> None:
    text = ("Committee\n\n  RUTH ALDER (RA)   Chair\n  SAM OKAFOR (SO)   Treasurer\n\n"
            "The Treasurer keeps the accounts.\n")
    cells = _cells(tmp_path, "committee.txt", text)
    assert cells[("Treasurer", "Keep the accounts")] == "A/R"


# --- hand-over notes --------------------------------------------------------------------

HANDOVER = """\
# Handover: club treasury

**From:** Greta Lind, Club Treasurer (stepping down in May)
**To:** Priya Shah, Omar Haddad
**Cc:** Dr Lena Frost, Club Chair

Hi both, this lists what I do and who takes it on.

## In short (me → new owner)

- Bar stock orders → **Priya** (Catering Manager)
- Monthly bank reconciliation → **Omar** (Assistant Treasurer)
- Membership renewals → **Membership team**, with Omar checking the list
- Paying the groundsman → **Omar**, but Dr Frost signs off every payment
- Annual accounts → **Lena**

## Bar stock (Priya)

You'll order the bar stock from the brewery every Monday. Then check the delivery
against the order.

## Bank (Omar)

Every month, reconcile the bank statement with the ledger. Lena decides which
supplier to use.
"""


def test_handover_note(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "handover.md", HANDOVER)
    # an item's new holder, named with the role in brackets or by a name the note gives
    assert cells[("Catering Manager", "Bar stock orders")] == "A/R"
    assert cells[("Assistant Treasurer", "Monthly bank reconciliation")] == "A/R"
    # "but X signs off" approves; X's role from the memo's fields
    assert cells[("Assistant Treasurer", "Paying the groundsman")] == "R"
    assert cells[("Club Chair", "Paying the groundsman")] == "A"
    assert cells[("Club Chair", "Annual accounts")] == "A/R"
    # a team named in lower case after its name
    assert cells[("Membership Team", "Membership renewals")] == "A/R"
    # ", with Omar checking the list": a second duty, Omar's
    assert cells[("Assistant Treasurer", "Check the list")] == "A/R"
    assert ("Assistant Treasurer", "Membership renewals") not in cells
    # a section headed by a holder's name is written to them: "you" and instructions
    assert ("Catering Manager", "Order the bar stock") in cells
    assert ("Catering Manager", "Check the delivery against the order") in cells
    assert ("Assistant Treasurer", "Reconcile the bank statement with the ledger") in cells
    # a holder's first name in the text is their role
    assert ("Club Chair", "Decide which supplier") in cells


def test_arrows_that_hand_nothing_over_stay_items(tmp_path: Path) -> None:
    text = "# Routes\n\n- Leeds → York\n- York → Hull\n- The Driver checks the tyres.\n"
    cells = _cells(tmp_path, "routes.md", text)
    assert cells == {("Driver", "Check the tyres"): "A/R"}


def test_new_suffixes_are_supported() -> None:
    for suffix in (".feature", ".puml", ".plantuml", ".mmd"):
        assert suffix in SUPPORTED


def test_a_capitalised_responsible_belongs_to_the_title() -> None:
    from raci.derive.actors import actor_name

    assert actor_name("the Responsible Pharmacist") == "Responsible Pharmacist"
    assert actor_name("the responsible manager") == "Manager"


def test_mermaid_sequence_diagram_kept_as_text(tmp_path: Path) -> None:
    _assert_car_service(_cells(tmp_path, "service.txt", CAR_SERVICE))


def test_gherkin_scenario_in_a_markdown_block(tmp_path: Path) -> None:
    text = ("# Expenses\n\nRoles: Claimant, Line Manager.\n\n```gherkin\n"
            "Scenario: A claim\n  When the Claimant submits a claim\n"
            "  Then the Line Manager is notified\n```\n")
    cells = _cells(tmp_path, "expenses.md", text)
    assert cells[("Claimant", "Submit a claim")] == "A/R"
    assert cells[("Line Manager", "Submit a claim")] == "I"


def test_a_handover_is_no_role() -> None:
    from raci.derive.actors import actor_name

    assert actor_name("Handover") is None
    assert actor_name("Turnover") is None
    assert actor_name("Handover Coordinator") == "Handover Coordinator"


def test_gherkin_first_person_steps_are_the_persona_s(tmp_path: Path) -> None:
    text = """\
Feature: Approving leave
  As a team leader
  I want to approve leave requests

  Scenario: Approving a request
    When I approve the leave request
    Then the Employee is notified

  Scenario: Payroll checks the balance
    Given I am logged in as a Payroll Officer
    When I check the leave balance
    And I update the payroll record
"""
    cells = _cells(tmp_path, "leave.feature", text)
    assert cells[("Team Leader", "Approve the leave request")] == "A/R"
    assert cells[("Employee", "Approve the leave request")] == "I"
    assert cells[("Payroll Officer", "Check the leave balance")] == "A/R"
    assert cells[("Payroll Officer", "Update the payroll record")] == "A/R"


def test_plantuml_lane_named_once_by_its_alias(tmp_path: Path) -> None:
    text = ("@startuml\n|SK| Storekeeper\n:Count the stock;\n|AC| Accountant\n"
            ":Value the stock;\n|SK|\n:File the count sheet;\n@enduml\n")
    cells = _cells(tmp_path, "stock.puml", text)
    assert cells == {("Storekeeper", "Count the stock"): "A/R",
                     ("Accountant", "Value the stock"): "A/R",
                     ("Storekeeper", "File the count sheet"): "A/R"}


def test_hand_offs_between_roles_are_no_handover(tmp_path: Path) -> None:
    text = ("# Radio procedure\n\n- Party Leader -> Base Controller: position report every "
            "hour\n- The Runner fills in the log -> Base Controller\n")
    cells = _cells(tmp_path, "radio.md", text)
    assert cells[("Party Leader", "Position report every hour")] == "A/R"
    assert cells[("Base Controller", "Position report every hour")] == "I"
    assert ("Runner", "Fill in the log") in cells


def test_transcript_turn_that_is_an_instruction_is_the_speaker_s(tmp_path: Path) -> None:
    text = TRIP_MEETING.replace("JP: And I tell the parents when the balance is due.",
                                "JP: Remind the parents when the balance is due.")
    cells = _cells(tmp_path, "meeting.txt", text)
    # (what the parents are reminded of stays in the name, as for any party told)
    assert ("School Business Manager", "Remind the parents when the balance is due") in cells
