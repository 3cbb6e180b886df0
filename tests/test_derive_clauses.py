"""Policies and procedures: numbered sections and clauses, and a subject with several
predicates, each with its own modal. Every text here is written for the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raci.derive.documents import parse_text, read_document
from raci.derive.draft import derive
from raci.derive.extract import (
    _modal_predicates,
    _own_clause,
    _past_event,
    activity_name,
    activity_names,
)
from tests.helpers import derived_cells


def _cells(path: Path) -> dict[tuple[str, str], str]:
    return derived_cells(derive([path]))


POLICY = (
    "Key Handling Policy\n\n"
    "3. Roles\n\n"
    "3.1 The Site Warden shall issue keys to approved staff and shall audit the key "
    "register every month.\n"
    "3.2 The Facilities Officer shall replace lost locks, shall be consulted on new key "
    "types, and shall be informed of every lost key.\n"
)


def test_numbered_sections_are_headings_and_clauses_lose_their_numbers(
        tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text(POLICY, encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("heading", "Roles") in blocks
    assert any(kind == "para" and text.startswith("The Site Warden shall issue")
               for kind, text in blocks)


def test_each_predicate_with_its_own_modal_is_a_duty(tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text(POLICY, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Warden", "Issue keys to approved staff")] == "A/R"
    assert cells[("Site Warden", "Key register audit every month")] == "A/R"
    assert cells[("Facilities Officer", "Replace lost locks")] == "A/R"
    assert cells[("Facilities Officer", "New key types")] == "C"
    assert cells[("Facilities Officer", "Lost key")] == "I"


def test_numbered_clauses_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "keys.md"
    path.write_text("# Key handling\n\n## 3. Roles\n\n"
                    "3.1 The Site Warden shall issue keys to approved staff.\n",
                    encoding="utf-8")
    # (those the keys are issued to are kept informed)
    assert _cells(path) == {("Site Warden", "Issue keys to approved staff"): "A/R",
                            ("Approved Staff", "Issue keys to approved staff"): "I"}


def test_a_numbered_list_of_duties_stays_a_list(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Site Warden duties:\n1. Issue keys\n2. Audit the key register\n",
                    encoding="utf-8")
    kinds = [b.kind for b in read_document(path).blocks]
    assert kinds.count("item") == 2


def test_modal_predicates_split_only_on_a_repeated_modal() -> None:
    assert _modal_predicates("The Site Warden shall issue keys and shall audit the "
                             "register.") == ["The Site Warden shall issue keys.",
                                              "The Site Warden shall audit the register."]
    # one modal over two verbs is one predicate, left to the clause reader
    assert _modal_predicates("The Site Warden shall issue and revoke keys.") == [
        "The Site Warden shall issue and revoke keys."]
    # no role as the subject: nothing to repeat
    assert _modal_predicates("Keys shall be returned and shall be logged.") == [
        "Keys shall be returned and shall be logged."]


def test_a_definition_list_term_scopes_its_description(tmp_path: Path) -> None:
    path = tmp_path / "ward.html"
    path.write_text("<h1>Night shift</h1><dl>"
                    "<dt>Charge Nurse</dt><dd>Opens the ward, checks the fridges and signs "
                    "the handover sheet.</dd>"
                    "<dt>Ward Clerks</dt><dd>Book the transport and file the notes.</dd>"
                    "<dt>Learning Assistant</dt><dd>Sets up the reading corner.</dd>"
                    "</dl>", encoding="utf-8")
    cells = _cells(path)
    assert {("Charge Nurse", "Open the ward"), ("Charge Nurse", "Check the fridges"),
            ("Charge Nurse", "Sign the handover sheet")} <= set(cells)
    assert ("Ward Clerk", "Book the transport") in cells
    assert ("Ward Clerk", "File the notes") in cells
    # a title that starts like a gerund is still a role, not "Ward Clerk"'s section
    assert cells[("Learning Assistant", "Set up the reading corner")] == "A/R"


def test_a_procedure_of_numbered_steps(tmp_path: Path) -> None:
    path = tmp_path / "change.txt"
    path.write_text(
        "Change procedure\n\n"
        "1. The change owner assesses the risk, consults the affected teams and schedules "
        "the change.\n"
        "2. The Change Board approves risky changes at its weekly meeting.\n"
        "3. The Release Manager and the Change Owner are jointly responsible for the "
        "rollback plan.\n"
        "4. The Release Manager writes the release note and signs off each deployment.\n",
        encoding="utf-8")
    cells = _cells(path)
    # a consult clause in the middle does not swallow the duty after it
    assert cells[("Change Owner", "Risk assessment")] == "A/R"
    assert cells[("Change Owner", "Change scheduling")] == "A/R"
    # the meeting it is decided at stays, as the labels name it
    assert ("Change Board", "Approve risky changes at its weekly meeting") in cells
    # both are named for the plan; one is proposed as the owner
    assert {cells[("Release Manager", "Rollback plan")],
            cells[("Change Owner", "Rollback plan")]} == {"A/R", "R"}
    assert ("Release Manager", "Sign off each deployment") in cells


def test_a_bold_plural_label_with_a_run_of_verbs(tmp_path: Path) -> None:
    path = tmp_path / "team.md"
    path.write_text("# Team roles\n\n- **Developers**: build, test and deploy the increment.\n"
                    "- **Testers**: write the test cases.\n", encoding="utf-8")
    assert _cells(path) == {("Developer", "Build, test and deploy the increment"): "A/R",
                            ("Tester", "Write the test cases"): "A/R"}


def test_a_line_that_only_names_a_role_scopes_the_list_below(tmp_path: Path) -> None:
    path = tmp_path / "clinic.html"
    path.write_text("<h1>Clinic roles</h1>"
                    "<p><strong>Practice Manager</strong></p>"
                    "<ul><li>Draws up the staff rota</li></ul>"
                    "<p><b>Receptionist:</b></p>"
                    "<ul><li>Books appointments</li><li>Greets patients</li></ul>",
                    encoding="utf-8")
    assert _cells(path) == {("Practice Manager", "Draw up the staff rota"): "A/R",
                            ("Receptionist", "Book appointments"): "A/R",
                            ("Receptionist", "Greet patients"): "A/R"}


def test_prose_duties_in_several_wordings(tmp_path: Path) -> None:
    path = tmp_path / "yard.txt"
    path.write_text(
        "Yard organisation\n\n"
        "The Yard Foreman's duties include: weighing incoming loads; sealing the skips; "
        "logging every spill.\n"
        "All hazardous waste notes must be signed off by the Site Chemist.\n"
        "The Gate Clerk escalates missing paperwork to the Matron.\n",
        encoding="utf-8")
    cells = _cells(path)
    # "X's duties include: a; b; c" is a list of X's duties
    assert {("Yard Foreman", "Weigh incoming loads"), ("Yard Foreman", "Seal the skips"),
            ("Yard Foreman", "Log every spill")} <= set(cells)
    # a passive with a modal and a particle names who does it
    assert cells[("Site Chemist", "Sign off all hazardous waste notes")] == "A/R"
    # the one escalated to is kept informed
    assert cells[("Matron", "Escalate missing paperwork to the Matron")] == "I"


def test_meeting_notes_actions_and_owner_lines(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Depot review, 3 March\n\n## Actions\n"
        "- ACTION: Fleet Supervisor to book the brake inspections by Friday.\n"
        "- Stores Clerk to reorder the winter tyres.\n\n"
        "## Decisions\n- Ana Ruiz (Depot Manager) approved the overtime.\n\n"
        "## Yard resurfacing\nOwner: Facilities Coordinator\nApprover: Depot Manager\n",
        encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    codes = {r.name: r.code for r in template.roles}
    assert "Ruiz" not in codes.values()  # a person's name beside a role is no acronym
    cells = _cells(path)
    assert cells[("Fleet Supervisor", "Book the brake inspections by Friday")] == "A/R"
    assert cells[("Stores Clerk", "Reorder the winter tyres")] == "A/R"
    assert cells[("Facilities Coordinator", "Yard resurfacing")] == "R"
    assert cells[("Depot Manager", "Yard resurfacing")] == "A"


def test_list_items_under_a_role_item(tmp_path: Path) -> None:
    path = tmp_path / "squad.md"
    path.write_text("# Squad roles\n\n- Engineering Manager\n  - Hires engineers\n"
                    "  - Talks to candidates every week\n"
                    "- Quality Board\n  - Meets monthly to approve the test strategy\n",
                    encoding="utf-8")
    cells = _cells(path)
    # people as the object of a verb about people is a duty, not a list of people
    assert cells[("Engineering Manager", "Hire engineers")] == "A/R"
    # "talks to X" is work; "reports to X" would be an org-chart line
    assert cells[("Engineering Manager", "Talk to candidates every week")] == "A/R"
    # a group that meets to do something has that as its duty
    assert cells[("Quality Board", "Approve the test strategy")] == "A/R"


def test_a_job_posting_in_capitals_with_contractions(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(
        "SENIOR GRANTS ANALYST\n\nABOUT THE ROLE\nIn this role, you will:\n"
        "- Build the monthly award dashboard\n"
        "You'll also coach two junior analysts and present findings to the Funding Board "
        "every quarter.\n\nREQUIREMENTS\n- SQL\n- 3+ years of experience\n",
        encoding="utf-8")
    cells = _cells(path)
    # a title in capitals is named in title case
    assert cells[("Senior Grants Analyst", "Build the monthly award dashboard")] == "A/R"
    assert cells[("Senior Grants Analyst", "Coach two junior analysts")] == "A/R"
    assert cells[("Senior Grants Analyst",
                  "Present findings to the Funding Board every quarter")] == "A/R"
    assert cells[("Funding Board", "Present findings to the Funding Board every quarter")] == "I"
    assert not any(act in ("SQL", "3+ years of experience") for _, act in cells)


def test_a_contraction_is_read_in_full_and_quoted_as_written(tmp_path: Path) -> None:
    path = tmp_path / "posting.md"
    path.write_text("# Grants Analyst\n\nYou'll coach two junior analysts.\n", encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    coach = next(a for a in template.activities if a.name == "Coach two junior analysts")
    assert [e.text for e in coach.provenance.evidence] == ["You'll coach two junior analysts."]


def test_people_named_beside_their_roles_stand_for_them(tmp_path: Path) -> None:
    path = tmp_path / "sync.txt"
    path.write_text("Depot sync\nAttendees: Ines Costa (Fleet Supervisor), Bo (Stores Clerk)\n\n"
                    "Actions:\n- Ines to book the brake inspections by Friday.\n"
                    "- Bo to reorder the winter tyres and tell Ines when they arrive.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Fleet Supervisor", "Book the brake inspections by Friday")] == "A/R"
    assert cells[("Stores Clerk", "Reorder the winter tyres")] == "A/R"
    # the one told is informed, named by their role
    told = next(a for r, a in cells if r == "Stores Clerk" and a.startswith("Tell"))
    assert cells[("Fleet Supervisor", told)] == "I"
    template = derive([path]).to_template("t", "t")
    assert {r.name for r in template.roles} == {"Fleet Supervisor", "Stores Clerk"}


def test_titles_with_a_preposition_or_a_participle(tmp_path: Path) -> None:
    path = tmp_path / "plant.txt"
    path.write_text(
        "Plant roles\n\n"
        "The Operator in Charge starts the line and logs each batch.\n"
        "The Director of Quality Assurance approves the batch release.\n"
        "The Authorised Signatory signs the export certificates.\n"
        "The Paid Search Specialist sets the keyword bids.\n"
        "The Line Fitter on duty greases the rollers.\n", encoding="utf-8")
    cells = _cells(path)
    assert ("Operator in Charge", "Start the line") in cells
    assert ("Director of Quality Assurance", "Batch release") in cells
    assert ("Authorised Signatory", "Sign the export certificates") in cells
    assert ("Paid Search Specialist", "Set the keyword bids") in cells
    # "on duty" after a title in full says when, not which role ("the fitter on duty",
    # one word before it, is a title of its own)
    assert not any(role.endswith(("on Duty", "On Duty")) for role, _ in cells)


def test_prose_letters_and_objects_that_are_questions(tmp_path: Path) -> None:
    path = tmp_path / "ops.txt"
    path.write_text(
        "Operations roles\n\n"
        "The Shift Lead sets priorities, assigns work to responders and decides when to "
        "stop the line.\n"
        "The Plant Chemist shall review the cleaning procedure every two years, in "
        "consultation with the Hygiene Manager.\n", encoding="utf-8")
    cells = _cells(path)
    # "work" after a verb is an object, not "works with"
    assert cells[("Shift Lead", "Assign work to responders")] == "A/R"
    # a question after the verb is its object
    assert cells[("Shift Lead", "Decide when to stop the line")] == "A/R"
    # "in consultation with" names a party of the duty before it, not a duty
    assert cells[("Hygiene Manager", "Review the cleaning procedure every two years")] == "C"
    assert not any(act.lower().startswith("in consultation") for _, act in cells)


def test_a_posting_s_offer_and_requirements_hold_no_duties(tmp_path: Path) -> None:
    path = tmp_path / "posting.md"
    path.write_text(
        "# Night Porter\n\n## What you'll do\n\n- Lock the side gates at midnight\n\n"
        "## What you'll bring\n\n- Calm under pressure and clear with guests\n\n"
        "## What we offer\n\nFree meals. Interviews are held on site and include a tour.\n",
        encoding="utf-8")
    assert _cells(path) == {("Night Porter", "Lock the side gates at midnight"): "A/R"}


def test_time_limits_contacts_and_objects_of_one_verb(tmp_path: Path) -> None:
    path = tmp_path / "permits.txt"
    path.write_text(
        "Permit desk\n\n"
        "The Zoning Officer confirms setbacks, height and lot coverage within five working "
        "days.\n"
        "The Duty Clerk calls the Site Engineer and books the inspection by Friday.\n",
        encoding="utf-8")
    cells = _cells(path)
    # when it is due stays in the name; a list of objects is one duty
    assert cells[("Zoning Officer",
                  "Confirm setbacks, height and lot coverage within five working days")] == "A/R"
    # the one called is told
    called = next(a for r, a in cells if r == "Duty Clerk" and a.startswith("Call"))
    assert cells[("Site Engineer", called)] == "I"
    assert cells[("Duty Clerk", "Book the inspection by Friday")] == "A/R"


def test_conditions_and_late_frequencies_leave_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "charter.txt"
    path.write_text(
        "Charter\n\n"
        "The Shift Lead reports progress to the Site Manager every hour, even when there is "
        "nothing new.\n"
        "The Site Manager reviews the rota every quarter with the Shift Lead.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert not any(act.lower().startswith("even") for _, act in cells)
    # how often and with whom the rota is reviewed both stay in its name
    assert cells[("Site Manager", "Review the rota every quarter with the Shift Lead")] == "A/R"
    assert cells[("Shift Lead", "Review the rota every quarter with the Shift Lead")] == "C"


def test_status_and_decision_lines_of_notes_are_no_duties(tmp_path: Path) -> None:
    path = tmp_path / "sync.txt"
    path.write_text(
        "Depot sync\nAttendees: Ines (Fleet Supervisor)\nApologies: Stores Clerk\n\n"
        "1. Status\n- Brake kit order is at second quote.\n- Winter budget confirmed at 4k.\n\n"
        "2. Decisions\n- Yard closure stays on 6 April.\n\n"
        "Actions:\n- Ines to book the brake inspections.\n", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("heading", "Status") in blocks and ("heading", "Decisions") in blocks
    assert _cells(path) == {("Fleet Supervisor", "Book the brake inspections"): "A/R"}


def test_bold_labels_with_several_predicates(tmp_path: Path) -> None:
    path = tmp_path / "review.md"
    path.write_text(
        "# Lease review\n\n"
        "- **Estates Officer** – consulted on every lease renewal; approves the rent schedule.\n"
        "- **Lease Owner** – raises the review request, explains the business background "
        "and confirms the cost centre.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Estates Officer", "Lease renewal")] == "C"
    assert cells[("Estates Officer", "Rent schedule")] == "A/R"
    # a verb acting on "the background" is a duty, not a trait
    assert cells[("Lease Owner", "Explain the business background")] == "A/R"
    assert cells[("Lease Owner", "Confirm the cost centre")] == "A/R"


def test_an_item_of_several_sentences_reads_each(tmp_path: Path) -> None:
    path = tmp_path / "team.html"
    path.write_text("<h1>Team</h1><dl><dt>Lab Technician</dt><dd>Prepares the benches. Works "
                    "with the Module Leader on the weekly practical schedule.</dd>"
                    "<dt>Module Leader</dt><dd>Sets the exam paper.</dd></dl>",
                    encoding="utf-8")
    cells = _cells(path)
    # the party of the second sentence is consulted on its duty only
    assert cells[("Module Leader", "Weekly practical schedule")] == "C"
    assert cells[("Lab Technician", "Weekly practical schedule")] == "A/R"
    assert ("Module Leader", "Bench preparation") not in cells


def test_a_document_s_metadata_names_no_role_and_no_duty(tmp_path: Path) -> None:
    path = tmp_path / "proc.txt"
    path.write_text("Key procedure\nDocument owner: Site Warden\nVersion: 3\n\n"
                    "1.1 The Gate Clerk shall log every key issued.\n", encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    assert "Document Owner" not in {r.name for r in template.roles}
    assert not any(a.name == "Site Warden" for a in template.activities)
    # the label's value followed by more of the line in the same paragraph
    path.write_text("Key procedure\nDocument owner: Site Warden. Version 3, reviewed in May.\n"
                    "\n1.1 The Gate Clerk shall log every key issued.\n", encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    assert "Document Owner" not in {r.name for r in template.roles}
    assert not any(a.name == "Site Warden" for a in template.activities)


def test_a_role_that_consults_a_party_owns_the_duty_and_the_party_is_consulted(
        tmp_path: Path) -> None:
    path = tmp_path / "proc.txt"
    path.write_text("3. Responsibilities\n\n3.1 The Dock Supervisor shall consult the Fire "
                    "Officer on any change to loading bays.\n3.2 The Yard Manager consults "
                    "the Fire Officer.\n3.3 The Yard Manager consults the night porters "
                    "before any closure of the north gate.\n", encoding="utf-8")
    cells = _cells(path)
    # the consulting and what the party is consulted on name the duty
    assert cells[("Dock Supervisor",
                  "Consult the Fire Officer on any change to loading bays")] == "A/R"
    assert cells[("Fire Officer", "Consult the Fire Officer on any change to loading bays")] \
        == "C"
    assert cells[("Yard Manager", "Consult the Fire Officer")] == "A/R"
    assert cells[("Fire Officer", "Consult the Fire Officer")] == "C"
    # the same when the party is not a role
    assert cells[("Yard Manager", "North gate closure")] == "A/R"


def test_idioms_and_complements_stay_whole_in_names() -> None:
    # "as a whole" says nothing; its "whole" is no filler to drop mid-phrase
    assert activity_names("the loading process as a whole") == ["Loading process"]
    # a "to" phrase that completes its noun is no purpose to cut
    assert activity_names("approves changes to shift patterns") == \
        ["Approve changes to shift patterns"]
    # a counted object keeps its verb; a sample of something names the something
    assert activity_names("schedules the eight practical sessions") == \
        ["Schedule the eight practical sessions"]
    assert activity_names("moderates a sample of 10% of the exam scripts") == \
        ["Exam script moderation"]
    # two things owned, each with its article, are two duties
    assert activity_names("owns the module syllabus and the assessment strategy") == \
        ["Module syllabus", "Assessment strategy"]
    # a second verb shown by the modifier of its object is a second duty
    assert activity_names("build the campaign dashboard and report first-week results") == \
        ["Build the campaign dashboard", "First-week result reporting"]
    # a list of objects without a comma before its "and" stays with its verb
    assert activity_names("checks widths, depth and rail heights against the site plan") == \
        ["Check widths, depth and rail heights"]


def test_a_role_heading_whose_words_read_like_a_skip_topic(tmp_path: Path) -> None:
    # "Hiring" would make a heading about hiring; "Hiring Manager" is a title
    path = tmp_path / "hiring.md"
    path.write_text("# Hiring team\n\n## Hiring Manager\n- Writes the job description\n"
                    "- Interviews the candidates\n\n## Recruiter\n- Screens every application\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Hiring Manager", "Interview the candidates")] == "A/R"
    assert cells[("Recruiter", "Screen every application")] == "A/R"


def test_a_label_over_a_duty_is_not_a_status(tmp_path: Path) -> None:
    path = tmp_path / "roles.md"
    path.write_text(
        "# Depot roles\n\n## Yard Manager\n\n"
        "- Risk reviews: the Yard Manager is responsible for spotting unsafe loads.\n"
        "- Hero posters: two designs presented, the team prefers the second.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert ("Yard Manager", "Risk reviews") in cells
    assert not any(act.startswith("Hero posters") for _, act in cells)


def test_objects_of_one_verb_before_a_relative_clause_are_one_duty() -> None:
    assert activity_names("defines the layout, signage, and safety standards that keep the "
                          "yard safe") == ["Layout, signage, and safety standards"]


def test_parties_named_once_as_objects_are_roles(tmp_path: Path) -> None:
    path = tmp_path / "escalation.txt"
    path.write_text(
        "4. Escalation\n\n"
        "4.1 The Duty Nurse shall call the night outreach team and shall inform the "
        "surgeon on call.\n"
        "4.2 The Duty Nurse shall walk the wards with the Health and Safety Advisor.\n",
        encoding="utf-8")
    draft = derive([path])
    roles = {r.name: r.code for r in draft.to_template("t", "t").roles}
    # a team called or a title "on call" informed; a title with "and" in it
    assert {"Night Outreach Team", "Surgeon on Call", "Health and Safety Advisor"} <= set(roles)
    assert roles["Health and Safety Advisor"] == "HSA"
    cells = derived_cells(draft)
    assert cells[("Night Outreach Team", "Call the night outreach team")] == "I"
    walk = "Walk the wards with the Health and Safety Advisor"
    assert cells[("Health and Safety Advisor", walk)] == "C"


def test_passive_sends_and_events_give_letters(tmp_path: Path) -> None:
    path = tmp_path / "contracts.md"
    path.write_text(
        "# Contract roles\n\n## Contract Owner\n- Signs the contract.\n"
        "- Sets the price list.\n\n"
        "The External Reviewer is sent the price list for comment before it is published.\n\n"
        "Treasury is informed when a contract is signed.\n\n"
        "The Regional Director is copied on the price list.\n", encoding="utf-8")
    cells = _cells(path)
    # a capitalised rank is part of the title; "sent ... for comment" consults
    assert cells[("External Reviewer", "Set the price list")] == "C"
    # informed when something is done: told of that duty
    assert cells[("Treasury", "Sign the contract")] == "I"
    assert cells[("Regional Director", "Set the price list")] == "I"


def test_two_verbs_in_the_third_person_are_two_duties() -> None:
    assert activity_names("collects payments and sends letters home") == \
        ["Collect payments", "Send letters home"]
    assert activity_names("gives prescribed medicines and treats minor injuries") == \
        ["Prescribed medicines", "Minor injury treatment"]
    # a plural noun after "and" is a second object, not a verb
    assert activity_names("reviews budgets and plans") == ["Review budgets and plans"]


def test_a_disagreement_between_two_roles_is_one_duty_of_an_official(tmp_path: Path) -> None:
    path = tmp_path / "permits.txt"
    path.write_text("Permits\n\nThe Building Official has the final say on any disagreement "
                    "between the Plans Examiner and the Zoning Officer. The Plans Examiner "
                    "reviews the drawings. The Zoning Officer checks setbacks.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Building Official",
                  "Disagreement between the Plans Examiner and the Zoning Officer")] == "A/R"


def test_a_bold_line_over_a_paragraph_labels_it_and_a_person_stands_for_the_role(
        tmp_path: Path) -> None:
    path = tmp_path / "agreement.md"
    path.write_text(
        "# Billing Squad working agreement\n\n"
        "**Squad Lead (Noor)**\n"
        "Noor sets the quarterly goals with the Head of Finance. She signs off any price "
        "change.\n\n"
        "**Billing Engineers**\n"
        "Billing engineers build and maintain the invoice jobs, fix failed payment runs, and "
        "write the runbooks.\n\n"
        "Support Analysts:\n"
        "Support analysts triage billing tickets every morning.\n", encoding="utf-8")
    cells = _cells(path)
    # the bold line and the "Label:" line scope the paragraph under them
    assert cells[("Billing Engineer", "Fix failed payment runs")] == "A/R"
    assert cells[("Support Analyst", "Billing ticket triage every morning")] == "A/R"
    # "Squad Lead (Noor)": Noor's duties are the Squad Lead's, never the page title's
    assert cells[("Squad Lead", "Set the quarterly goals with the Head of Finance")] == "A/R"
    assert cells[("Head of Finance", "Set the quarterly goals with the Head of Finance")] == "C"
    assert cells[("Squad Lead", "Sign off any price change")] == "A/R"
    assert not any(role == "Billing Squad" for role, _ in cells)


def test_a_memo_of_duties_in_clauses(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "Subject: Month-end close\n\n"
        "The Group Controller will own the close calendar and chair the close meeting on "
        "day 1.\n"
        "The CFO signs off the accounts on day 5; the Group Controller sends her the pack "
        "on day 4.\n"
        "Cost centre heads need to approve their variances by day 4.\n", encoding="utf-8")
    cells = _cells(path)
    # a second duty after the object of an ownership verb; the day of the cycle goes
    assert cells[("Group Controller", "Chair the close meeting on day 1")] == "A/R"
    # a clause after a semicolon with its own subject; "her" is no part of the name
    assert cells[("Group Controller", "Send the pack on day 4")] == "A/R"
    assert cells[("CFO", "Sign off the accounts on day 5")] == "A/R"
    # "heads" ends the subject before "need to"
    assert ("Cost Centre Head", "Approve their variances") in cells


def test_imperative_paragraphs_under_role_headings_and_the_short_name_of_a_role(
        tmp_path: Path) -> None:
    path = tmp_path / "volunteers.html"
    path.write_text(
        "<h1>Volunteer roles</h1><p>Send questions about the rota to the office.</p>"
        "<h3>Shift Coordinator</h3><p>Opens the hall. At the end of the shift, the "
        "coordinator counts the stock.</p>"
        "<h3>Intake volunteers</h3><p>Greet clients, check their vouchers and enter each "
        "visit in the database.</p>", encoding="utf-8")
    cells = _cells(path)
    # a paragraph of verbs under a heading that names the role is its duties
    assert cells[("Intake Volunteer", "Greet clients")] == "A/R"
    assert cells[("Intake Volunteer", "Enter each visit in the database")] == "A/R"
    # "the coordinator" is the Shift Coordinator, not a role of its own
    assert cells[("Shift Coordinator", "Count the stock")] == "A/R"
    assert not any(role == "Coordinator" for role, _ in cells)
    # advice to the reader outside a role's section is no duty
    assert not any("questions" in activity.lower() for _, activity in cells)


def test_an_sop_with_who_lines_asides_and_a_passive_doer(tmp_path: Path) -> None:
    path = tmp_path / "sop.txt"
    path.write_text(
        "SOP-7 Cold store\n\nProcedure\n"
        "Step 1 - Review excursions\n"
        "Who: Store Supervisor (with the Site Pharmacist for expired stock)\n"
        "Decide whether the stock can be used and inform the supplier within a day.\n\n"
        "Step 2 - Store the stock\nWho: Store Assistant\nPlace the boxes on the racks.\n"
        "Records are kept for ten years by the Quality Lead.\n", encoding="utf-8")
    cells = _cells(path)
    # an aside after the "Who:" name does not hide the owner
    assert cells[("Store Supervisor", "Decide whether the stock can be used")] == "A/R"
    # "Records are kept ... by the Quality Lead": the Quality Lead's duty, not a row of
    # the Store Assistant above it (how long they are kept is in its name)
    assert cells[("Quality Lead", "Keep records for ten years")] == "A/R"
    assert not any(role == "Store Assistant" and "ecord" in act for role, act in cells)


def test_bold_run_in_titles_and_who_clauses(tmp_path: Path) -> None:
    path = tmp_path / "procedure.md"
    path.write_text(
        "# Stock take\n\n## Steps\n\n"
        "1. **Count.** The Store Clerk counts every bin and records the totals.\n"
        "2. **Check.** If a count is out, the Store Clerk stops and calls the Warehouse "
        "Manager, who decides whether to recount.\n\n"
        "## Committee\n\n"
        "**Treasurer (Ann Roe).** Keeps the accounts and banks the takings on the Monday "
        "after the fair.\n\n"
        "**Chair.** Convenes and minutes the monthly meetings. The committee meets every other "
        "Tuesday at 19:30 in the hall. Four members make a quorum.\n", encoding="utf-8")
    cells = _cells(path)
    # the sentence after a bold step title is read; the title is no role and no duty
    assert cells[("Store Clerk", "Count every bin")] == "A/R"
    assert not any(act in ("Count", "Check") for _, act in cells)
    # "..., who decides": the one named before "who" does it
    assert cells[("Warehouse Manager", "Decide whether to recount")] == "A/R"
    assert cells[("Store Clerk", "Stop and call the Warehouse Manager")] == "A/R"
    # a bold title that names a role scopes its paragraph; when is no part of the name
    assert cells[("Treasurer", "Bank the takings")] == "A/R"
    assert cells[("Chair", "Convene and minute the monthly meetings")] == "A/R"
    # a time is not a label, a number is not part of a role
    assert not any(act.endswith("19") for _, act in cells)
    assert not any(role.startswith("Four") for role, _ in cells)


def test_the_last_word_of_a_section_s_role_stands_for_it(tmp_path: Path) -> None:
    path = tmp_path / "roles.html"
    path.write_text(
        "<h1>Volunteer roles</h1>"
        "<h3>Parcel Packer</h3><p>Packers make up food parcels from the shopping list.</p>"
        "<h3>Distribution Centre Lead</h3><p>Leads check every voucher.</p>",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Parcel Packer", "Make up food parcels")] == "A/R"
    assert cells[("Distribution Centre Lead", "Check every voucher")] == "A/R"


def test_a_bare_passive_letter_and_a_needed_sign_off(tmp_path: Path) -> None:
    path = tmp_path / "change.txt"
    path.write_text(
        "Procedure\n\nThe Technical Reviewer checks the back-out plans. For changes to "
        "shared storage, the Storage Architect is consulted.\n\n"
        "Large refunds also need the sign-off of the Finance Director.\n", encoding="utf-8")
    cells = _cells(path)
    # "... is consulted." with no topic: consulted on the duty just stated
    assert cells[("Storage Architect", "Check the back-out plans")] == "C"
    # "X needs the sign-off of Y": Y signs X off
    assert cells[("Finance Director", "Sign off large refunds")] == "A/R"


def test_a_heading_that_names_no_role_ends_the_subject_above_it(tmp_path: Path) -> None:
    path = tmp_path / "runbook.md"
    path.write_text(
        "# Runbook\n\n## Who is on call\n\n- **Escalation manager**: the Platform Manager.\n"
        "- **Incident Commander**: joins for major incidents.\n\n"
        "## When you get paged\n\n1. Acknowledge the page within 5 minutes.\n"
        "2. Check the error rate.\n\n"
        "## Roles\n\nThe Scribe keeps the timeline.\n\n## Later\n\n"
        "This role also writes the summary.\n", encoding="utf-8")
    cells = _cells(path)
    # steps under a heading that names nobody are not the last role's above it
    assert not any(role == "Incident Commander" and "page" in act.lower()
                   for role, act in cells)
    # but "This role" after such a heading still refers back
    assert cells[("Scribe", "Write the summary")] == "A/R"


def test_people_named_with_their_roles_in_a_memo(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "Interim duties\n\n"
        "From now on, Jess in Finance will handle supplier invoices.\n"
        "Tom, our Lead Pharmacist, takes over the controlled drugs register. He will also do "
        "the weekly stock audit and send me the results.\n"
        "Recruitment for the new manager is being run by our HR Business Partner, Ola "
        "Mensah.\n", encoding="utf-8")
    cells = _cells(path)
    # "Jess in Finance": Jess stands for Finance; "Tom, our Lead Pharmacist,": for that role
    assert cells[("Finance", "Supplier invoices")] == "A/R"
    assert cells[("Lead Pharmacist", "Take over the controlled drugs register")] == "A/R"
    # "will also do X and send me Y": two duties after a modal
    assert cells[("Lead Pharmacist", "Do the weekly stock audit")] == "A/R"
    assert cells[("Lead Pharmacist", "Send the results")] == "A/R"
    # "is being run by": a passive in the progressive, a participle spelled as its verb
    assert cells[("HR Business Partner", "New manager recruitment")] == "A/R"


def test_people_addressed_by_name_and_role_in_a_message(tmp_path: Path) -> None:
    path = tmp_path / "fete.txt"
    path.write_text(
        "Hello everyone,\n\n"
        "Our Chair, Diane, will open the fete at noon.\n"
        "Tom, as Publicity Officer you are in charge of the posters.\n"
        "Anna - as our Raffle Coordinator, you will collect the prizes.\n"
        "The Treasurer will bank the takings.\n", encoding="utf-8")
    cells = _cells(path)
    # "Our Chair, Diane, will ...": the role written first, at a sentence's start
    assert cells[("Chair", "Open the fete at noon")] == "A/R"
    # "Tom, as Publicity Officer you ...", "Anna - as our Raffle Coordinator, you ...":
    # the one addressed is named before the role they are addressed as
    assert cells[("Publicity Officer", "Posters")] == "A/R"
    assert cells[("Raffle Coordinator", "Prize collection")] == "A/R"
    assert cells[("Treasurer", "Bank the takings")] == "A/R"


def test_each_as_the_role_you_sentence_speaks_to_its_own_role(tmp_path: Path) -> None:
    """The first "As the X, you ..." no longer makes every later one speak to X."""
    path = tmp_path / "crew.txt"
    path.write_text(
        "As the Boat Captain, you check the fuel before every launch.\n\n"
        "As the Deck Hand, you coil the lines after mooring.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Boat Captain", "Check the fuel before every launch")] == "A/R"
    assert cells[("Deck Hand", "Coil the lines after mooring")] == "A/R"
    assert ("Boat Captain", "Coil the lines after mooring") not in cells


def test_numbered_clauses_run_together_in_one_paragraph(tmp_path: Path) -> None:
    """Terms of reference whose clauses ("4.1", "4.2") stand on consecutive lines, one
    paragraph in Markdown: each clause's number is taken off, not only the first's."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms of reference\n\n## 4. Roles\n"
        "4.1 The Convenor shall set the dates of the meetings.\n"
        "4.2 The Clerk shall keep the minutes and file the returns.\n"
        "4.2.1 The Auditor shall inspect the accounts each year.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Clerk", "Keep the minutes")] == "A/R"
    assert cells[("Clerk", "File the returns")] == "A/R"
    # (however the duties are named: "Set meeting dates", "Account inspection each year")
    assert {role for role, activity in cells if "dates" in activity} == {"Convenor"}
    assert {role for role, activity in cells if "ccount" in activity} == {"Auditor"}


def test_a_second_infinitive_with_its_own_to_is_a_second_duty(tmp_path: Path) -> None:
    """"... to log the loans in the book and to report any damage to the Curator": the
    second "to" opens a duty of its own, after a comma's series too."""
    path = tmp_path / "stores.md"
    path.write_text(
        "# Stores\n\n## Volunteers\n\n"
        "Volunteers are expected to wear gloves in the store, to log the loans in the book "
        "and to report any damage to the Curator.\n\n"
        "Volunteers are required to lock the cases and to return the keys to reception.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Volunteer", "Log the loans in the book")] == "A/R"
    assert cells[("Volunteer", "Report any damage to the Curator")] == "A/R"
    assert cells[("Curator", "Report any damage to the Curator")] == "I"
    assert cells[("Volunteer", "Lock the cases")] == "A/R"
    assert any(role == "Volunteer" and activity.startswith("Return the keys")
               for role, activity in cells)


@pytest.mark.parametrize("label", ["Present", "Attendees", "In attendance", "Apologies"])
def test_a_meeting_records_list_of_who_came_is_no_duty(tmp_path: Path, label: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Bridge club committee\n"
        f"{label}: Ruth Ames (Club Secretary), Dev Shah (Tournament Director), Mark Okoro "
        "(Bar Manager), Lin Hill (Treasurer)\n\n"
        "Ruth to book the hall for the spring congress. Lin will pay the deposit.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Club Secretary", "Book the hall for the spring congress")] == "A/R"
    assert cells[("Treasurer", "Pay the deposit")] == "A/R"
    # (before, "Mark Okoro, Lin Hill", read as an order to mark them, was a duty)
    assert not any("Okoro" in activity or "Hill" in activity for _, activity in cells)


def test_a_job_descriptions_table_of_areas_gives_the_posts_duties(tmp_path: Path) -> None:
    """"Area | What the postholder does" (or "Key area | Responsibilities") under a job
    description's one post: each row's duties are the post's, and the area ("Stock") is no
    role (before: no draft at all, or the rows given to a role named "Stock")."""
    for head in ("What the postholder does", "Responsibilities"):
        path = tmp_path / "jd.md"
        path.write_text(
            "# Job description: Warehouse Supervisor\n\n## Main duties\n\n"
            f"| Key area | {head} |\n| --- | --- |\n"
            "| Stock | Count the bays every Friday and agree write-offs with the Finance "
            "Clerk. |\n"
            "| People | Plan the shift rota and coach new pickers. |\n", encoding="utf-8")
        cells = _cells(path)
        assert cells[("Warehouse Supervisor", "Count the bays every Friday")] == "A/R", head
        assert any(r == "Warehouse Supervisor" and "rota" in a for r, a in cells), head
        assert ("Finance Clerk", "C") in {(r, v) for (r, _a), v in cells.items()}, head
        assert {r for r, _a in cells} == {"Warehouse Supervisor", "Finance Clerk"}, head


def test_a_table_of_areas_whose_rows_name_posts_still_gives_them_duties(
        tmp_path: Path) -> None:
    """"Area | Responsibilities" whose first column holds posts' titles ("Warehouse
    Manager") gives each post its row's duties, as before tables of areas were read."""
    path = tmp_path / "roles.md"
    path.write_text("# Roles\n\n| Area | Responsibilities |\n| --- | --- |\n"
                    "| Warehouse Manager | Count the bays every Friday. |\n"
                    "| Finance Clerk | Agree write-offs. |\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Warehouse Manager", "Count the bays every Friday")] == "A/R"
    assert cells[("Finance Clerk", "Agree write-offs")] == "A/R"


def test_lines_after_a_list_of_who_came_in_one_paragraph_are_read(tmp_path: Path) -> None:
    """"Present: ..." with the minutes' lines right under it (one paragraph to Markdown):
    the list of who came gives no row, the lines after it still do."""
    path = tmp_path / "minutes.md"
    path.write_text("# Site meeting 12\n\nPresent: Olu Bakare (Site Manager), Rhian Pugh "
                    "(Quantity Surveyor), Mark Yates (Design Lead)\nApologies: Bill Jones "
                    "(Client Rep)\nThe Site Manager will agree a recovery plan by Friday.\n"
                    "The Quantity Surveyor will price the variation.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Manager", "Agree a recovery plan by Friday")] == "A/R"
    assert cells[("Quantity Surveyor", "Price the variation")] == "A/R"
    assert not any("Yates" in activity or "Apologies" in activity for _, activity in cells)


def test_an_unknown_capitalised_subject_is_not_the_role_above(tmp_path: Path) -> None:
    path = tmp_path / "lab.md"
    path.write_text("# Lab safety\n\n## Biosafety Officer\n\nThe Biosafety Officer inspects "
                    "the cold room every week. Building Security monitors the gas alarm out "
                    "of hours.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Biosafety Officer", "Cold room inspection every week")] == "A/R"
    assert not any("alarm" in act or "Security" in act for _, act in cells)


def test_capitalised_numbered_titles_and_indented_wrapped_clauses(tmp_path: Path) -> None:
    path = tmp_path / "sop.txt"
    path.write_text(
        "SOP-3 Freezers\n\n1. PURPOSE\n\nTo keep samples safe.\n\n2. RESPONSIBILITIES\n\n"
        "2.1 The Lab Manager keeps the freezer inventory and checks the freezer alarms every\n"
        "    Monday and records them in the alarm log.\n", encoding="utf-8")
    cells = _cells(path)
    assert not any(act.upper() == "PURPOSE" for _, act in cells)
    # the indented line carries the clause on, capital or not
    assert cells[("Lab Manager", "Check the freezer alarms every Monday")] == "A/R"


def test_routed_work_fragments_and_pronoun_roles(tmp_path: Path) -> None:
    path = tmp_path / "roles.txt"
    path.write_text(
        "Volunteer roles\n\n"
        "Safeguarding concerns from any volunteer go to the Volunteer Manager.\n"
        "Whoever takes the call tells the Duty Manager the same day.\n"
        "The Centre Lead checks every voucher, such as the food bank adviser who.\n",
        encoding="utf-8")
    cells = _cells(path)
    # "X go to Y": Y handles X
    assert cells[("Volunteer Manager", "Safeguard concerns from any volunteer")] == "A/R"
    # "Whoever" is no role; a name never ends on "who" or starts with "such as"
    assert not any(role == "Whoever" for role, _ in cells)
    assert not any(act.lower().startswith("such as") or act.endswith(" who")
                   for _, act in cells)


def test_governance_rules_with_modals_requests_and_states(tmp_path: Path) -> None:
    path = tmp_path / "governance.md"
    path.write_text(
        "# Governance\n\n### Maintainers\n\nA maintainer:\n\n"
        "- must label and triage new issues in their area;\n"
        "- keeps the CONTRIBUTING guide of their repository up to date.\n\n"
        "### Release Managers\n\nThe Release Manager must ask the Security Team to confirm "
        "that no embargoed fix is pending.\n\n### Steering Committee\n\nThe committee:\n\n"
        "- manages the project's funds held by our fiscal host;\n"
        "- resolves disputes that maintainers cannot settle among themselves.\n",
        encoding="utf-8")
    cells = _cells(path)
    # a modal before a pair of verbs is no verb of its own
    assert cells[("Maintainer", "Label and triage new issues")] == "A/R"
    # the state kept is the duty, the phrase between goes
    assert cells[("Maintainer", "Keep the CONTRIBUTING guide up-to-date")] == "A/R"
    # "ask X to do Y": Y is the duty, X is consulted
    assert cells[("Release Manager", "Confirm that no embargoed fix is pending")] == "A/R"
    assert cells[("Security Team", "Confirm that no embargoed fix is pending")] == "C"
    # a participle with its doer and a relative clause with a modal leave the name
    assert cells[("Steering Committee", "Project's funds")] == "A/R"
    assert cells[("Steering Committee", "Resolve disputes")] == "A/R"


def test_a_group_that_has_a_role_who_does_something(tmp_path: Path) -> None:
    path = tmp_path / "centres.html"
    path.write_text("<h3>Centre Lead</h3><p>Each of our four centres has a Lead who opens "
                    "and closes the centre.</p><h3>Driver</h3><p>Drivers collect donations."
                    "</p>", encoding="utf-8")
    cells = _cells(path)
    # "has a Lead who ...": the Lead does it; "Lead" under "Centre Lead" is that role
    assert cells[("Centre Lead", "Open and close the centre")] == "A/R"


def test_the_successful_candidate_and_participles_after_a_relation(tmp_path: Path) -> None:
    path = tmp_path / "job.html"
    path.write_text(
        "<h1>Payroll Business Partner</h1><h2>The role</h2><p>The successful candidate will "
        "partner with budget holders across the regions, preparing monthly payroll "
        "forecasts and leading the annual pay review.</p>", encoding="utf-8")
    cells = _cells(path)
    # "the successful candidate" is the posting's role; after "partner with ..." the
    # participles are its duties
    assert cells[("Payroll Business Partner", "Prepare monthly payroll forecasts")] == "A/R"
    assert cells[("Payroll Business Partner", "Lead the annual pay review")] == "A/R"


def test_a_memo_s_first_person_is_its_sender_s_role(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "MEMO\nFrom: Daniel Achebe, Operations Director\nSubject: Cover\n\n"
        "Carla, our Reception Lead, will log every complaint. Carla should copy me on "
        "every written complaint.\nI will deal with the landlord myself.\n",
        encoding="utf-8")
    cells = _cells(path)
    # "I" is the sender's role; "me" in a duty is named as that role, who is told
    assert cells[("Operations Director", "Deal with the landlord")] == "A/R"
    name = "Copy the Operations Director on every written complaint"
    assert cells[("Reception Lead", name)] == "A/R"
    assert cells[("Operations Director", name)] == "I"


def test_a_memo_s_first_person_is_no_other_page_s(tmp_path: Path) -> None:
    """The sender's "I" holds in the memo only: a page derived with it that says "I check
    the delivery notes" does not give the sender that duty, whichever comes first."""
    memo = tmp_path / "memo.txt"
    memo.write_text("From: Daniel Achebe, Operations Director\nSubject: Complaints\n\n"
                    "The Shift Lead logs each complaint in the tracker. I review every "
                    "complaint over 500 pounds.\n", encoding="utf-8")
    stock = tmp_path / "stock.md"
    stock.write_text("# Stock checks\n\nThe Store Keeper counts the stock each Friday. I "
                     "check the delivery notes every Monday.\n", encoding="utf-8")
    for paths in ([memo, stock], [stock, memo]):
        cells = derived_cells(derive(paths))
        assert cells[("Operations Director", "Review every complaint over 500 pounds")] == "A/R"
        assert cells[("Store Keeper", "Count the stock each Friday")] == "A/R"
        assert not any(r == "Operations Director" and a == "Check the delivery notes"
                       for r, a in cells)


def test_a_process_whose_first_actor_is_a_bare_role_word(tmp_path: Path) -> None:
    path = tmp_path / "access.txt"
    path.write_text(
        "Access request process\nOwner: Service Desk Manager · Version 2\n\n"
        "1. Employee submits an access request in the portal.\n"
        "2. Line Manager approves or rejects the request within two days.\n"
        "3. IT Service Desk provisions the access and notifies the employee.\n",
        encoding="utf-8")
    cells = _cells(path)
    # a bare role word with no fuller role in the document is a role of its own
    assert cells[("Employee", "Submit an access request in the portal")] == "A/R"
    assert cells[("Employee", "Notify the employee")] == "I"
    # the pair of decisions names the duty
    assert cells[("Line Manager", "Approve or reject the request within two days")] == "A/R"
    # a metadata label is no role, whatever separates its value from the rest
    assert not any(role == "Owner" for role, _ in cells)


def test_things_that_need_a_role_s_approval(tmp_path: Path) -> None:
    path = tmp_path / "faq.md"
    path.write_text(
        "# Expenses FAQ\n\n## Who approves my expense claim?\nThe Line Manager approves claims "
        "up to 500 pounds. Large claims also need the Finance Director.\n\nChanges to the "
        "policy need the Financial Controller's approval.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Finance Director", "Sign off large claims")] == "A/R"
    assert cells[("Financial Controller", "Sign off changes to the policy")] == "A/R"
    # not read as a duty of the role before it
    assert not any(role == "Line Manager" and "large" in act.lower() for role, act in cells)


def test_a_verb_spelled_like_a_role_is_no_party(tmp_path: Path) -> None:
    path = tmp_path / "committee.md"
    path.write_text("# Committee\n\n**Chair (Maya Lind).** The Chair calls and chairs the "
                    "fortnightly meetings and presents the report at the AGM.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Chair", "Call and chair the fortnightly meetings")] == "A/R"


def test_ownership_said_around_the_duty(tmp_path: Path) -> None:
    path = tmp_path / "ownership.txt"
    path.write_text(
        "Ownership\n\nResponsibility for the fire risk assessment lies with the Facilities "
        "Manager.\nThe visitor log is the responsibility of the Receptionist.\nFirst aid cover "
        "falls to the Duty Manager.\nThe IT Lead takes ownership of laptop provisioning.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Facilities Manager", "Fire risk assessment")] == "A/R"
    assert cells[("Receptionist", "Visitor log")] == "A/R"
    assert cells[("Duty Manager", "First aid cover")] == "A/R"
    assert cells[("IT Lead", "Laptop provisioning")] == "A/R"


def test_a_noun_made_from_a_verb_before_a_noun_is_kept() -> None:
    assert activity_names("building maintenance") == ["Building maintenance"]
    assert activity_names("training materials") == ["Training materials"]
    # but a verb that only says the work is done still goes
    assert activity_names("handling complaints") == ["Complaints"]


def test_a_delegated_duty_is_done_by_the_delegate_and_owned_by_the_role(tmp_path: Path) -> None:
    path = tmp_path / "delegation.txt"
    path.write_text("Project roles\n\nThe Project Manager delegates regression testing to "
                    "the QA Lead.\nThe QA Lead writes the test plan.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("QA Lead", "Regression testing")] == "R"
    assert cells[("Project Manager", "Regression testing")] == "A"


PAYROLL = (
    "# Payroll procedure\n\n"
    "The Payroll Officer, the Finance Manager and the Engineering Manager (EM) run payroll.\n\n"
    "For SEV1 and SEV2 the EM schedules a blameless review.\n\n"
    "After each run the Finance Manager reconciles the ledger.\n\n"
    "If the bank is down, the Payroll Officer opens a ticket on the bank portal and the EM "
    "calls the account manager.\n\n"
    "The Finance Manager updates the status page during SEV1 and SEV2 incidents, using "
    "wording agreed with the EM.\n\n"
    "The Payroll Officer keeps the ledgers balanced, current and backed up.\n"
)


def test_an_opening_phrase_without_its_comma_keeps_the_subject(tmp_path: Path) -> None:
    path = tmp_path / "payroll.md"
    path.write_text(PAYROLL, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Engineering Manager", "Blameless review scheduling")] == "A/R"
    assert cells[("Finance Manager", "Reconcile the ledger")] == "A/R"


def test_a_clause_after_and_with_its_own_role_is_its_own_duty(tmp_path: Path) -> None:
    path = tmp_path / "payroll.md"
    path.write_text(PAYROLL, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Payroll Officer", "Open a ticket on the bank portal")] == "A/R"
    assert ("Account Manager", "Open a ticket on the bank portal") not in cells
    assert cells[("Engineering Manager", "Call the account manager")] == "A/R"


def test_a_time_phrase_and_a_manner_clause_are_not_duties(tmp_path: Path) -> None:
    path = tmp_path / "payroll.md"
    path.write_text(PAYROLL, encoding="utf-8")
    cells = _cells(path)
    finance = {a for (r, a) in cells if r == "Finance Manager"}
    assert "Update the status page" in finance
    assert not any("SEV2" in a or a.lower().startswith("using") for a in finance)
    # the nearer cue decides: "agreed with" the EM, though "updates" comes first
    assert cells[("Engineering Manager", "Update the status page")] == "C"


def test_states_after_keep_are_one_duty(tmp_path: Path) -> None:
    path = tmp_path / "payroll.md"
    path.write_text(PAYROLL, encoding="utf-8")
    officer = [a for (r, a) in _cells(path) if r == "Payroll Officer"]
    assert any(a.startswith("Keep the ledgers balanced") and "backed up" in a for a in officer)
    assert not any(a.lower().startswith(("current", "backed")) for a in officer)


def test_an_adverb_after_from_is_not_a_compound_noun() -> None:
    assert activity_names("decides the severity from the table below") == [
        "Decide the severity from the table below"]
    # where a thing comes from stays a phrase ("Show from the prompt desk"), but a bare
    # source makes a compound ("data from sensors" -> "Sensor data")
    assert activity_names("owns feedback from the clients") == ["Feedback from the clients"]
    assert activity_names("owns data from sensors") == ["Sensor data"]


HANDBOOK = (
    "# Night desk handbook\n\n"
    "This handbook is for the Night Supervisor on each shift.\n\n"
    "## Your responsibilities\n\n"
    "As Night Supervisor you are in charge of the lobby. You open the side gate at 22:00 "
    "and you brief the security team at the start of the shift.\n\n"
    "If the alarm sounds, you coordinate the evacuation with the Fire Wardens and call the "
    "Facilities Manager.\n\n"
    "At the end of the night you count the keys and send the shift report to the "
    "Hotel Manager.\n\n"
    "The Facilities Manager repairs broken locks; you log the fault first.\n\n"
    "You'll learn the building in your first week. You need to stay calm.\n"
)


def test_you_is_the_role_the_document_is_for(tmp_path: Path) -> None:
    path = tmp_path / "handbook.md"
    path.write_text(HANDBOOK, encoding="utf-8")
    cells = _cells(path)
    mine = {a for (r, a) in cells if r == "Night Supervisor"}
    assert {"Be in charge of the lobby", "Open the side gate at 22:00", "Count the keys",
            "Log the fault",
            "Coordinate the evacuation with the Fire Wardens",
            "Call the Facilities Manager"} <= mine
    assert cells[("Fire Warden", "Coordinate the evacuation with the Fire Wardens")] == "C"
    assert cells[("Hotel Manager", "Send the shift report to the Hotel Manager")] == "I"
    assert cells[("Facilities Manager", "Repair broken locks")] == "A/R"
    # what the reader learns or needs to be is no duty
    assert not any("building" in a.lower() or "calm" in a.lower() for a in mine)


BIKE_HIRE = (
    "# Returns at the bike hire shop\n\n"
    "## Who's involved\n\n"
    "- Counter Assistants – serve customers at the counter\n"
    "- Shop Supervisor – runs the shop floor\n"
    "- Workshop Mechanic – repairs returned bikes\n\n"
    "## How a return works\n\n"
    "The Workshop Mechanic inspects every returned bike. The Shop Supervisor agrees any "
    "deposit deduction.\n\n"
    "## Step by step for Counter Assistants\n\n"
    "When a customer brings a bike back:\n\n"
    "1. Check the bike against the hire form.\n"
    "2. Photograph any damage.\n"
    "3. Refund the deposit to the customer's card.\n\n"
    "If the customer disputes a deduction, you phone the Shop Supervisor.\n\n"
    "## Closing up for the Workshop Mechanic and the Shop Supervisor\n\n"
    "Lock the bike store.\n"
)


def test_a_section_written_for_one_role_gives_it_the_steps(tmp_path: Path) -> None:
    """Under a heading that says whom its section is for ("Step by step for Counter
    Assistants"), the steps and "you" are that role, also after a lead-in that is only a
    condition naming someone else ("When a customer brings a bike back:"); a heading for
    two roles gives its orders to neither."""
    path = tmp_path / "returns.md"
    path.write_text(BIKE_HIRE, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Counter Assistant", "Check the bike against the hire form")] == "A/R"
    assert cells[("Counter Assistant", "Photograph any damage")] == "A/R"
    assert not any(r == "Customer" and a.startswith(("Check", "Photograph"))
                   for r, a in cells)
    assert ("Counter Assistant", "Phone the Shop Supervisor") in cells
    assert not any("bike store" in a.lower() for _r, a in cells)


def test_you_without_a_role_to_mean_is_no_one(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("# Four roles on a launch team\n\nYou open the doc and you read it.\n\n"
                    "The Launch Director owns the launch plan.\n", encoding="utf-8")
    assert _cells(path) == {("Launch Director", "Launch plan"): "A/R"}


def test_times_of_day_stay_in_a_duty_s_name() -> None:
    assert activity_names("opens the side gate at 22:00") == ["Open the side gate at 22:00"]
    assert activity_names("checks the fridges at 10:30 and 16:00") == [
        "Check the fridges at 10:30 and 16:00"]
    assert activity_names("briefs the team at 07:45") == ["Brief the team at 07:45"]


ABSENCE = (
    "Leave Policy\n\n"
    "5. Responsibilities\n\n"
    "5.1 Staff\n"
    "Staff must email their team leader before 8.45am on the first day of leave. They "
    "should check in at least weekly and send a medical note after ten calendar days.\n\n"
    "5.2 Team leaders\n"
    "Team leaders log every absence in the rota tool and refer staff to Wellbeing Services "
    "when a leave lasts more than a month. Team leaders hold a catch-up after each leave.\n\n"
    "5.3 People Operations\n"
    "PO will advise team leaders on the use of this policy and recommend changes to the "
    "Board.\n\n"
    "5.4 Wellbeing Services\n"
    "Wellbeing Services assesses fitness to return and suggests adjustments.\n"
)


def test_a_policy_with_departments_as_headings(tmp_path: Path) -> None:
    path = tmp_path / "leave.txt"
    path.write_text(ABSENCE, encoding="utf-8")
    draft = derive([path])
    roles = {r.name: r.code for r in draft.roles}
    # an acronym with the initials of one named role is that role
    assert roles.get("People Operations") == "PO" and "PO" not in roles
    # a heading that is the subject of the sentence below it is an actor
    assert "Wellbeing Services" in roles
    cells = _cells(path)
    assert cells[("Wellbeing Services", "Assess fitness to return")] == "A/R"
    assert cells[("People Operations", "Advise team leaders on the use of this policy")] \
        == "A/R"
    assert cells[("Board", "Recommend changes to the Board")] == "I"
    assert cells[("Team Leader", "Refer staff to Wellbeing Services")] == "A/R"
    assert cells[("Wellbeing Services", "Refer staff to Wellbeing Services")] == "I"
    # times, frequencies and occasions leave the names
    staff = {a for (r, a) in cells if r == "Staff"}
    assert {"Email their team leader", "Check in at least weekly",
            "Send a medical note after ten calendar days"} <= staff
    assert cells[("Team Leader", "Hold a catch-up after each leave")] == "A/R"


def test_a_one_word_label_over_a_sentence_with_its_own_subject(tmp_path: Path) -> None:
    path = tmp_path / "ops.md"
    path.write_text(
        "# Ramp operations\n\n"
        "**Loading:** the Load Controller produces the loadsheet.\n\n"
        "**Safety:** spills on the stand are logged by the Ramp Supervisor.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Load Controller", "Loadsheet production")] == "A/R"
    assert cells[("Ramp Supervisor", "Log spills on the stand")] == "A/R"
    assert not any(a.lower().startswith(("loading", "safety", "log safety")) for _r, a in cells)


def test_a_swimlane_step_names_its_doer_in_brackets(tmp_path: Path) -> None:
    path = tmp_path / "refund.txt"
    path.write_text(
        "PROCESS: Refund request\n"
        "Lanes: Customer | Refund Handler | Finance\n\n"
        "Step 1 (Customer): Submits the refund form online.\n\n"
        "Step 2 (Refund Handler): Checks the receipt, approves refunds up to GBP 1,500 and "
        "sends the approval to Finance.\n\n"
        "Step 3 (Finance): Pays the refund within 5 working days.\n", encoding="utf-8")
    cells = _cells(path)
    handler = {a for (r, a) in cells if r == "Refund Handler"}
    assert "Check the receipt" in handler
    assert any(a.endswith("GBP 1,500") for a in handler)  # a number keeps its comma
    assert cells[("Finance", "Pay the refund within 5 working days")] == "A/R"
    assert any(r == "Customer" and cells[(r, a)] == "A/R" for (r, a) in cells)


MINUTES = (
    "RIVERSIDE ALLOTMENT SOCIETY\nCommittee meeting minutes\n\n"
    "Present: Nadia Kowalski (Chair), Tom Ashby (Treasurer), Mrs P. Lee (Secretary)\n\n"
    "3. WATER TROUGHS\n"
    "ACTION: Secretary - order two new troughs; send the invoice to TA.\n"
    "ACTION: NK / Secretary to draft the grant bid; TA to provide costings by 6 May.\n"
    "ACTION: TA to reconcile it with the bank statement.\n"
)


def test_minutes_actions_with_initials_dashes_slashes_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Secretary", "Order two new troughs")] == "A/R"
    # initials of "Tom Ashby (Treasurer)" are the Treasurer
    assert cells[("Treasurer", "Costings")] == "A/R"
    bid = next(a for (r, a) in cells if r == "Chair" and "bid" in a.lower())
    assert cells[("Chair", bid)] == "A/R" and cells[("Secretary", bid)] == "R"
    # a pronoun object keeps the verb's phrase rather than a lone verb
    assert cells[("Treasurer", "Reconcile it with the bank statement")] == "A/R"


def test_a_person_with_a_role_and_a_workload_in_brackets(tmp_path: Path) -> None:
    path = tmp_path / "bid.md"
    path.write_text(
        "## Key personnel\n\n"
        "**Dr Lena Morrow (Project Lead, 30% FTE)** is a reader in hydrology. She will have "
        "overall responsibility for the fieldwork programme, and will chair the steering "
        "group, which meets quarterly.\n\n"
        "**Prof. Sam Idowu (Data Lead, 10% FTE)** will curate the gauge records.\n",
        encoding="utf-8")
    cells = _cells(path)
    lead = {a for (r, a) in cells if r == "Project Lead"}
    assert "Fieldwork programme" in lead
    assert any(a.lower().startswith("chair the steering group") for a in lead)
    assert not any(a.lower().startswith("which") for a in lead)
    assert any(r == "Data Lead" and "gauge records" in a.lower() for (r, a) in cells)


def test_steps_with_their_doer_after_a_dash(tmp_path: Path) -> None:
    path = tmp_path / "method.txt"
    path.write_text(
        "METHOD STATEMENT - BOILER SWAP\n\n"
        "2.0 ROLES\nGas Engineer\n"
        "    Holds the gas safe card and signs the commissioning sheet.\n\n"
        "3.0 SEQUENCE\n"
        "3.1  Isolate the gas supply - Gas Engineer.\n"
        "3.2  Drain down the system - plumbers.\n"
        "3.3  Fence off the yard - Site Supervisor with the caretaker.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Gas Engineer", "Isolate the gas supply")] == "A/R"
    assert any(r == "Plumber" and a.startswith("Drain down") for (r, a) in cells)
    assert any(r == "Site Supervisor" and a.startswith("Fence off") for (r, a) in cells)


def test_he_or_she_and_it_refer_back(tmp_path: Path) -> None:
    path = tmp_path / "club.txt"
    path.write_text(
        "Club rules\n\n"
        "4.1 The Committee appoints the Kit Officer at the AGM.\n"
        "4.2 It reviews these rules every year.\n"
        "4.3 It plays a central role in club life.\n\n"
        "5.1 The Kit Officer keeps the kit store.\n"
        "5.2 He or she records every loan in the kit book.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Committee", "Review these rules every year")] == "A/R"
    assert not any("central role" in a.lower() for (_r, a) in cells)
    assert cells[("Kit Officer", "Record every loan in the kit book")] == "A/R"


def test_a_job_advert_s_terms_and_a_list_of_people_worked_with(tmp_path: Path) -> None:
    path = tmp_path / "advert.md"
    path.write_text(
        "# Stage Manager\n\n"
        "- Leeds Playhouse\n- Full time, evenings and weekends\n- £31,200 + overtime\n"
        "- Ref: LP-2231\n\n"
        "As Stage Manager you'll run the show from the prompt desk. You coordinate the "
        "crew, the actors and the front of house, and agree the call times with the "
        "Director.\n", encoding="utf-8")
    cells = _cells(path)
    activities = {a for (_r, a) in cells}
    assert not any(a.startswith(("Full time", "£", "Ref")) for a in activities)
    assert "Coordinate the crew, the actors and the front of house" in activities
    assert not any(a.lower().startswith(("the actors", "actors")) for a in activities)
    assert cells[("Director", "Agree the call times with the Director")] == "C"


def test_a_method_statement_s_responsibilities(tmp_path: Path) -> None:
    path = tmp_path / "method.txt"
    path.write_text(
        "METHOD STATEMENT\n"
        "Prepared by: A. Mensah (Works Manager)            Date: 01/02/2027\n\n"
        "1.0  SCOPE\nWorks over one weekend (Sat 6 Feb, 07:00-13:00).\n\n"
        "2.0  RESPONSIBILITIES\n\n"
        "Works Manager - A. Mensah\n"
        "    Overall responsibility for the works. Liaises with the Estates Officer on "
        "access.\n\n"
        "Estates Officer - R. Naylor\n    Issues the permits.\n", encoding="utf-8")
    cells = _cells(path)
    manager = {a for (r, a) in cells if r == "Works Manager"}
    # who prepared the page owns nothing under its next heading
    assert not any("weekend" in a.lower() or "07:00" in a for a in manager)
    assert "Works" in manager
    assert cells[("Works Manager", "Liaise with the Estates Officer on access")] == "A/R"
    assert cells[("Estates Officer", "Liaise with the Estates Officer on access")] == "C"


def test_a_subject_with_a_phrase_before_its_verb(tmp_path: Path) -> None:
    path = tmp_path / "change.md"
    path.write_text(
        "# Change procedure\n\n"
        "The Technical Reviewer from the owning platform team reviews the back-out plan.\n\n"
        "**Change Manager** – owns the change calendar; chairs the CAB.\n", encoding="utf-8")
    cells = _cells(path)
    reviewer = [a for (r, a) in cells if r == "Technical Reviewer"]
    assert len(reviewer) == 1 and reviewer[0].startswith("Review") and \
        reviewer[0].endswith("back-out plan")
    assert cells[("Change Manager", "Chair the CAB")] == "A/R"


def test_an_unlisted_name_acting_under_responsibilities_is_a_role(tmp_path: Path) -> None:
    path = tmp_path / "sop.txt"
    path.write_text(
        "SOP: FREEZER ROOM\n\n3. RESPONSIBILITIES\n\n"
        "3.1 The Lab Manager checks the freezer logs every Monday and Thursday.\n\n"
        "3.2 Estates Helpdesk monitors the freezer alarm out of hours and calls the Lab "
        "Manager if it sounds.\n\n"
        "4. BACKGROUND\n\nCold Storage Facilities are expensive to run.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Lab Manager", "Check the freezer logs every Monday and Thursday")] == "A/R"
    assert any(r == "Estates Helpdesk" and a.startswith("Monitor the freezer alarm")
               for (r, a) in cells)
    # a capitalised name outside the responsibilities is no role
    assert not any(r == "Cold Storage Facilities" for (r, _a) in cells)


def test_keeping_something_up_to_date_is_a_duty_not_a_told_clause(tmp_path: Path) -> None:
    path = tmp_path / "web.md"
    path.write_text(
        "# Website team\n\n## Roles\n\n"
        "- **Web Lead** — runs the build sprint, reviews every pull request and keeps the "
        "staging site up to date.\n"
        "- **Content Designer** — rewrites the top pages and keeps the Web Lead informed.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Web Lead", "Keep the staging site up-to-date")] == "A/R"
    assert cells[("Web Lead", "Rewrite the top pages")] == "I"


def test_a_role_profile_with_its_metadata_lines(tmp_path: Path) -> None:
    path = tmp_path / "profile.txt"
    path.write_text(
        "ROLE PROFILE: Pantry Coordinator\nReports to: Community Manager\n"
        "Hours: 15 per week\n\n"
        "Key tasks\n"
        "- Run a short induction for every new helper\n"
        "- Draw up the weekly rota and share it with the Shift Leads\n\n"
        "Person specification\n- Experience of managing helpers\n", encoding="utf-8")
    cells = _cells(path)
    coordinator = {a for (r, a) in cells if r == "Pantry Coordinator"}
    assert "Draw up the weekly rota" in coordinator
    assert cells[("Shift Lead", "Draw up the weekly rota")] == "I"
    # the line manager owns nothing here, and the person specification is no duty
    assert not any(r == "Community Manager" for (r, _a) in cells)
    assert not any("experience" in a.lower() or "managing" in a.lower() for a in coordinator)


def test_passive_rules_in_a_policy_list(tmp_path: Path) -> None:
    path = tmp_path / "buying.md"
    path.write_text(
        "# Purchasing policy\n\n## Approvals\n\n"
        "- All purchase orders over £5,000 must be approved by the Finance Director.\n"
        "- New suppliers are set up by the Procurement Officer after a credit check.\n"
        "- Invoices are matched to orders by the Payables Team and paid within 30 days.\n"
        "- Refunds are signed off by an existing Store Manager.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Finance Director", "Approve all purchase orders over £5,000")] == "A/R"
    assert cells[("Procurement Officer", "Set up new suppliers")] == "A/R"
    assert any(r == "Payables Team" and a.startswith("Match invoices") for (r, a) in cells)
    assert any(r == "Store Manager" for (r, _a) in cells)
    assert not any(r.startswith("Existing") or r == "Supplier" for (r, _a) in cells)


def test_a_newsroom_page(tmp_path: Path) -> None:
    path = tmp_path / "desk.md"
    path.write_text(
        "# Sports desk\n\n"
        "The Night Editor signs off the back pages and liaises with the printers on "
        "deadlines.\n\nReporters file copy by 6pm and check every quote with its source.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Night Editor", "Liaise with the printers on deadlines")] == "A/R"
    assert cells[("Reporter", "File copy by 6pm")] == "A/R"


def test_a_passive_with_a_doer_and_a_signer(tmp_path: Path) -> None:
    path = tmp_path / "lab.md"
    path.write_text(
        "# Lab safety\n\n"
        "Waste collections are booked by the Technician and signed off by the Safety "
        "Officer.\n\n"
        "Each student is responsible for cleaning their own bench.\n\n"
        "The Safety Officer inspects the fume cupboards every term.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Technician", "Book waste collections")] == "R"
    assert "A" in cells[("Safety Officer", "Book waste collections")]
    assert ("Student", "Clean their own bench") in cells
    # (how often it is done stays in the name)
    assert any(r == "Safety Officer" and a.endswith(" every term") for (r, a) in cells)


def test_who_lines_under_task_lines_and_roles_in_lower_case_brackets(tmp_path: Path) -> None:
    path = tmp_path / "orchard.txt"
    path.write_text(
        "ORCHARD TASKS 2027\n\n"
        "Crew: Rosa (orchard manager), Tom (assistant grower), Paul (owner).\n\n"
        "=== WINTER ===\n"
        "Prune the apple trees, block A first\n"
        "   Who: Tom. Rosa checks a row in every block.\n"
        "Order the spray chemicals for the season\n"
        "   Who: Rosa\n", encoding="utf-8")
    cells = _cells(path)
    assert any(r == "Orchard Manager" and a.startswith("Order the spray chemicals")
               for (r, a) in cells)
    assert any(r == "Assistant Grower" and a.startswith("Prune the apple trees")
               for (r, a) in cells)


def test_a_role_paragraph_of_orders_where_to_go_or_stay(tmp_path: Path) -> None:
    path = tmp_path / "race.md"
    path.write_text(
        "# Race day\n\n## Roles\n\n### Race Director\n\n- Briefs the marshals at 08:00\n\n"
        "### Sweepers\n\n"
        "Walk behind the last runner, stay with any runner who stops, and carry the spare "
        "radio.\n", encoding="utf-8")
    cells = _cells(path)
    # an order of where to walk or whom to stay with opens its clause with a verb and a
    # preposition, not an object, and is the role's duty all the same
    assert cells[("Sweeper", "Walk behind the last runner")] == "A/R"
    assert cells[("Sweeper", "Stay with any runner")] == "A/R"
    assert cells[("Sweeper", "Carry the spare radio")] == "A/R"


def test_an_action_list_of_first_names_and_dashes_in_plain_text(tmp_path: Path) -> None:
    text = ("GARDEN CLUB - COMMITTEE MEETING\n\n"
            "Present: Maura Flynn (chair), Declan Byrne (plant sale), Tariq Aziz (treasurer)\n\n"
            "1. PLANT SALE\n"
            "Declan prints the price labels.\n\n"
            "ACTIONS\n"
            "Declan   - ask on Facebook for spare pots\n"
            "Tariq    - confirm the hall booking with the parish office\n"
            "Maura    - order the raffle prizes - by 31 Jan\n")
    # each short line of a name, a dash and an action is no heading: the list's lines are
    # the actions of the people the attendance line gave roles
    assert [b.kind for b in parse_text("m.txt", text).blocks][-3:] == ["para"] * 3
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Treasurer", "Confirm the hall booking with the parish office")] == "A/R"
    assert cells[("Parish Office", "Confirm the hall booking with the parish office")] == "C"
    assert cells[("Chair", "Order the raffle prizes")] == "A/R"
    # one such line alone under a title stays a heading ("Introduction - why we meet")
    alone = parse_text("n.txt", "Agenda\n\nIntroduction - why we meet\nWe meet monthly.\n")
    assert [b.kind for b in alone.blocks] == ["heading", "heading", "para"]


def test_minutes_whose_attendees_hold_roles_the_vocabulary_lacks(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "GARDEN CLUB - COMMITTEE MEETING\n\n"
        "Present: Maura Flynn (chair), Declan O'Brien (plant sale), Ines Roca (summer\n"
        "tombola), Tariq Aziz (treasurer)\n\n"
        "1. PLANT SALE\n"
        "Declan prints the price labels and sets out the tables on the morning of the sale.\n"
        "2. TOMBOLA\n"
        "Ines sorts the donated prizes by value.\n", encoding="utf-8")
    cells = _cells(path)
    # an Irish surname ("O'Brien") keeps its holder's first name, and a head the
    # vocabulary lacks ("tombola"), in lower case, is a role like its neighbours'
    assert cells[("Plant Sale", "Print the price labels")] == "A/R"
    assert cells[("Summer Tombola", "Sort the donated prizes")] == "A/R"
    assert not any(r in ("Declan", "Ines", "Brien") for (r, _a) in cells)


def test_a_task_list_whose_who_lines_name_a_crew_role_in_lower_case(tmp_path: Path) -> None:
    path = tmp_path / "allotment.txt"
    path.write_text(
        "ALLOTMENT SOCIETY - TASKS FOR THE YEAR\n\n"
        "Volunteers this year: Rosa (site manager), Tom (treasurer), Ali + Mei\n"
        "(part-time plot helpers), Joe (secretary).\n\n"
        "=== SPRING (Mar-May) ===\n"
        "Clear the brambles along the north fence, all beds, except the herb bed (spring)\n"
        "   Who: plot helpers. Rosa checks every bed before moving on.\n"
        "Mend the water butts\n"
        "   Who: plot helpers\n\n"
        "=== SUMMER ===\n"
        "Order the seed potatoes (4 weeks notice!!)   Who: Mei\n"
        "Collect the rents   Who: Tom\n", encoding="utf-8")
    cells = _cells(path)
    # the bracket after two people names one role, though "helper" is in no list of
    # roles: the line's other people fill known roles
    assert cells[("Plot Helper", "Mend the water butts")] == "A/R"
    assert any(r == "Plot Helper" and a.startswith("Clear the brambles") for (r, a) in cells)
    # "Mei" is one of the helpers; the remark in brackets cuts no name
    assert cells[("Plot Helper", "Order the seed potatoes")] == "A/R"
    # (the task line a "Who:" answers is the step as written)
    assert [(a, cells[(r, a)]) for (r, a) in cells if r == "Treasurer"] == [
        ("Collect the rents", "A/R")]
    assert not any(r in ("Mei", "Ali", "Spring") or "(" in a or "Who" in a
                   for (r, a) in cells)


def test_a_heading_between_rules_and_a_who_line_after_a_gap() -> None:
    doc = parse_text("t.txt", "=== WINTER ===\nPrune the roses   Who: Tom\n"
                              "--- Summer ---\nA long task line that runs on for more than sixty"
                              " characters\n   Who: Rosa\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "WINTER"), ("heading", "Prune the roses"), ("heading", "Who: Tom"),
        ("heading", "Summer"),
        ("para", "A long task line that runs on for more than sixty characters"),
        ("heading", "Who: Rosa")]


def test_a_titled_person_acting_under_a_role_heading_holds_that_role(tmp_path: Path) -> None:
    path = tmp_path / "course.html"
    path.write_text(
        "<h1>Course guide</h1>"
        "<h3>Course Director</h3><p>Dr Ravi Menon sets the reading list. He chairs the "
        "exam board.</p>"
        "<h3>Visiting Assessor</h3><p>Prof. Hana Berg (University of Leeds) checks a "
        "sample of the marked essays and comments on the exam paper.</p>"
        "<h3>Librarian</h3><p>Mr Cole will order the set texts.</p>", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Visiting Assessor", "Comment on the exam paper")] == "A/R"
    assert cells[("Course Director", "Set the reading list")] == "A/R"
    # no person becomes a role of their own
    assert {r for (r, _a) in cells} <= {"Course Director", "Visiting Assessor", "Librarian"}


def test_a_letter_with_bold_headings_and_italic_run_in_titles(tmp_path: Path) -> None:
    path = tmp_path / "letter.md"
    path.write_text(
        "Dear Mr Hale,\n\n"
        "**1. Your team at Brook & Lyle**\n\n"
        "*Lead partner.* Nadia Osei will have overall responsibility. She will chair the "
        "weekly call and approve every invoice.\n\n"
        "*Senior associate.* Tom Reyes will draft the lease and keep the issues list.\n\n"
        "*Trainee solicitors* will help Tom with the title searches.\n\n"
        "*Specialists.* Our tax team will review the stamp duty return.\n",
        encoding="utf-8")
    doc = read_document(path)
    assert ("heading", "Your team at Brook & Lyle") in [(b.kind, b.text) for b in doc.blocks]
    cells = _cells(path)
    # the run-in title names the role; the person acting below it holds the role
    assert cells[("Senior Associate", "Draft the lease")] == "A/R"
    assert cells[("Lead Partner", "Chair the weekly call")] == "A/R"
    assert any(r == "Trainee Solicitor" for (r, _a) in cells)
    # a title over other roles' work is no role, and no person becomes one
    assert not {r for (r, _a) in cells} & {"Specialist", "Tom Reyes", "Nadia Osei", "Associate"}


def test_numbered_headings_in_markdown_and_two_things_approved(tmp_path: Path) -> None:
    path = tmp_path / "protocol.md"
    path.write_text(
        "# Audit protocol\n\n"
        "1. Method\n\n"
        "The audit lead writes the protocol and checks the sample.\n\n"
        "2. Roles\n\n"
        "- **Audit lead** – writes the protocol.\n"
        "- **Supervising consultant** – approves the protocol and the final report.\n\n"
        "3. Reporting\n\n"
        "Results will be presented at the May meeting.\n", encoding="utf-8")
    doc = read_document(path)
    # "1. Method" alone in its list over a paragraph is a heading, no list item
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [
        "Audit protocol", "Method", "Roles", "Reporting"]
    cells = _cells(path)
    # each thing approved is its own row: the A of the written protocol, and the
    # approving of a report nobody is said to write
    assert cells[("Supervising Consultant", "Write the protocol")] == "A"
    assert cells[("Supervising Consultant", "Approve the final report")] == "A/R"
    # the sentence under "Reporting" is nobody's: the roles listed above it end there
    assert not any("result" in a.lower() for (_r, a) in cells)


def test_labels_in_a_run_name_roles_that_are_no_role_words(tmp_path: Path) -> None:
    path = tmp_path / "service.html"
    path.write_text(
        "<h1>Print service</h1><h2>Key</h2><ul><li>Accountable – owns the outcome</li>"
        "<li>Consulted – gives input</li></ul>"
        "<h2>Who does what</h2>"
        "<p>Print Room – prints and binds the exam papers.</p>"
        "<p>Campus Logistics – collects the boxes from each hall.</p>"
        "<p>Overview – this page describes the service.</p>", encoding="utf-8")
    cells = _cells(path)
    # two or more labels in a row, each followed by what it does: each label is a role
    assert cells[("Print Room", "Print and bind the exam papers")] == "A/R"
    assert any(r == "Campus Logistics" and a.startswith("Collect the boxes")
               for (r, a) in cells)
    # a legend of letters and a label over no work are no roles
    assert {r for (r, _a) in cells} == {"Print Room", "Campus Logistics"}


def test_what_a_role_named_before_who_does_is_its_duty(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.txt"
    path.write_text(
        "Corrections\n\n"
        "Each month the Standards Editor reviews the complaints log and shares a summary "
        "with the desk heads, who discuss it with their reporters.\n\n"
        "Serious complaints are escalated to the Editor, who decides whether an apology is "
        "needed.\n\n"
        "The Standards Editor drafts the reply, after asking the Night Editor.\n"
        "The Night Editor checks the archive.\n"
        "Anything legal must go to the Duty Lawyer, who will review the story.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert ("Duty Lawyer", "Review the story") in cells
    assert cells[("Desk Head", "Discuss it with their reporters")] == "A/R"
    assert cells[("Editor", "Decide whether an apology is needed")] == "A/R"
    assert cells[("Night Editor", "Draft the reply")] == "C"
    assert not any(a.lower().startswith(("who", "serious complaints")) for (_r, a) in cells)


def test_a_bold_run_in_title_and_its_role_described_by_its_last_word(tmp_path: Path) -> None:
    path = tmp_path / "proposal.md"
    path.write_text(
        "## Project management\n\n"
        "**Steering Board.** An independent Board of six members will meet twice a year "
        "to review progress.\n\n"
        "A **Research Fellow (RF)**, to be recruited (24 months, full time), will count the "
        "bird nests.\n", encoding="utf-8")
    doc = read_document(path)
    # the bold words before a full stop title the paragraph
    assert ("heading", "Steering Board") in [(b.kind, b.text) for b in doc.blocks]
    cells = _cells(path)
    assert cells[("Steering Board", "Review progress")] == "A/R"
    # the subject's remarks in brackets and commas before its verb
    assert cells[("Research Fellow", "Count the bird nests")] == "A/R"


def test_the_title_that_tells_two_holders_apart(tmp_path: Path) -> None:
    path = tmp_path / "bid.md"
    path.write_text(
        "## Key personnel\n\n"
        "**Dr Ana Ruiz (Co-Applicant and Survey Lead, 20% FTE)** will design the survey "
        "and train the interviewers.\n\n"
        "**Dr Ben Oduya (Co-Applicant and Data Lead, 10% FTE)** will clean the survey "
        "data.\n", encoding="utf-8")
    cells = _cells(path)
    # both are co-applicants: what tells them apart is the second title
    assert cells[("Survey Lead", "Design the survey")] == "A/R"
    assert cells[("Data Lead", "Clean the survey data")] == "A/R"
    assert not any(" and " in r for (r, _a) in cells)


def test_a_named_unit_acts_but_a_lab_stays_a_place(tmp_path: Path) -> None:
    path = tmp_path / "finance.txt"
    path.write_text(
        "Finance\n\n"
        "The payroll is run by the Shared Payroll Service.\n"
        "Grant claims are checked by the Research Finance Office.\n"
        "All members of the Hart Lab keep their benches clean. The Lab Manager orders "
        "the gas.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Shared Payroll Service", "Run the payroll")] == "A/R"
    assert ("Research Finance Office", "Check grant claims") in cells
    assert cells[("Lab Manager", "Order the gas")] == "A/R"
    assert "Hart Lab" not in {r for (r, _a) in cells}


def test_department_notes_in_capitals(tmp_path: Path) -> None:
    path = tmp_path / "site-diary.txt"
    path.write_text(
        "SITE DIARY - DAY 4\n\n"
        "ZONE   AREA          SHIFT   CREW\n"
        "A1     NORTH WING    D       4\n"
        "B2     SOUTH WING    N       2\n\n"
        "TRADE NOTES\n"
        "DATE: 4 March\n"
        "ELECTRICAL: Installs the lighting in the north wing by Friday.\n"
        "Tests every circuit before handover.\n"
        "PLUMBING: Fit the boiler flue; site manager to sign the permit.\n"
        "SCAFFOLD: Strike the east lift after 14:00.\n"
        "NOTE: Check the weather before lifting.\n", encoding="utf-8")
    cells = _cells(path)
    roles = {r for (r, _a) in cells}
    # three or more labels in capitals in a section are departments, each a role, and a
    # line after one carries on its duties
    assert {"Electrical", "Plumbing", "Scaffold"} <= roles
    assert any(r == "Electrical" and a.startswith("Test every circuit") for (r, a) in cells)
    assert any(r == "Scaffold" and a.startswith("Strike the east lift") for (r, a) in cells)
    # labels of the record, a note, and a schedule's heads in capitals are no roles
    assert not roles & {"Date", "Note", "Zone", "Area", "Shift", "Crew", "AREA", "SHIFT"}
    # nor are times or parts of a plan written the same way
    path.write_text("Plan\n\nQ1: Grow revenue by 10%.\nQ2: Launch the app.\n"
                    "WEEK 3: Hire two engineers.\nMONDAY: Count the stock.\n"
                    "The Sales Lead owns the revenue target.\n", encoding="utf-8")
    assert {r for (r, _a) in _cells(path)} == {"Sales Lead"}


def test_copying_someone_in_tells_them(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes\n\nThe Parish Clerk writes to the landowner, copying the Area "
                    "Engineer.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Area Engineer", "Write to the landowner")] == "I"
    assert not any(a.lower().startswith("copy") for (_r, a) in cells)


def test_they_is_never_the_role_its_own_sentence_names(tmp_path: Path) -> None:
    path = tmp_path / "incidents.txt"
    path.write_text(
        "Incidents\n\n"
        "The Incident Commander sets priorities.\n"
        "Subject-matter engineers from the owning team fix the fault. They report progress "
        "to the Incident Commander every 30 minutes.\n", encoding="utf-8")
    cells = _cells(path)
    assert ("Incident Commander", "Set priorities") in cells
    assert not any(r == "Incident Commander" and "progress" in a.lower() and "R" in v
                   for (r, a), v in cells.items())


def test_an_faq_whose_question_names_the_duty(tmp_path: Path) -> None:
    path = tmp_path / "faq.html"
    path.write_text(
        "<h1>Refunds FAQ</h1>"
        "<h3>Who approves a refund?</h3><p>The Store Manager approves, after checking the "
        "receipt.</p>"
        "<h3>Who logs the refund?</h3><p>The Cashier.</p>"
        "<h3>Who posts the parcel?</h3><p>The Dispatch Clerk posts the parcel by 4pm.</p>",
        encoding="utf-8")
    cells = _cells(path)
    assert any(r == "Store Manager" and "refund" in a.lower() and cells[(r, a)] == "A/R"
               for (r, a) in cells)
    assert cells[("Cashier", "Log the refund")] == "A/R"
    assert any(r == "Dispatch Clerk" and "parcel" in a.lower() for (r, a) in cells)


def test_a_person_labelled_with_their_role_in_brackets(tmp_path: Path) -> None:
    """"Name (role): duties" list items, as an e-mail agreeing who does what writes them,
    give the bracketed role the duties after the colon; "Me (role)" too."""
    path = tmp_path / "fete-email.txt"
    path.write_text(
        "From: Ana Silva\nSubject: Fete jobs\n\nHi both, as agreed on Monday:\n\n"
        "- Ravi (stalls coordinator): allocates the pitches and collects the stall fees.\n"
        "- Jo (raffle organiser): sources the prizes and sells the tickets.\n"
        "- Me (fete chair): books the bouncy castle.\n\nThanks, Ana\n",
        encoding="utf-8")
    cells = _cells(path)
    stalls = {act.lower(): v for (role, act), v in cells.items() if role == "Stalls Coordinator"}
    assert any("pitch" in act and v == "A/R" for act, v in stalls.items()), cells
    assert any("stall fee" in act and v == "A/R" for act, v in stalls.items()), cells
    assert cells[("Raffle Organiser", "Sell the tickets")] == "A/R"
    assert cells[("Fete Chair", "Book the bouncy castle")] == "A/R"


def test_a_contracts_parties_and_their_lettered_duties(tmp_path: Path) -> None:
    """The parties an agreement defines ('Acme Ltd ("the Supplier")') are roles; lines
    that each start with "a)", "b)" under "The Supplier shall:" are that party's duties,
    even when Markdown runs them into one paragraph. A policy that defines only its own
    organisation ("the Trust") gives it no role."""
    path = tmp_path / "sow.md"
    path.write_text(
        "# Cleaning services agreement\n\n"
        "Between **Brightway Ltd** (\"the Contractor\") and **Elm Court School** "
        "(\"the School\").\n\n"
        "## Duties\n\nThe Contractor shall:\n\n"
        "a) clean the classrooms every weekday evening;\n"
        "b) empty the recycling bins; and\n"
        "c) restock the washroom supplies.\n\n"
        "The School shall:\n\n"
        "a) give the cleaners alarm codes;\n"
        "b) report spillages to the site office.\n",
        encoding="utf-8")
    cells = _cells(path)
    contractor = {act.lower() for (role, act) in cells if role == "Contractor"}
    assert any("classrooms" in act for act in contractor), cells
    assert any("recycling bins" in act for act in contractor), cells
    assert any("washroom supplies" in act for act in contractor), cells
    school = {act.lower() for (role, act) in cells if role == "School"}
    assert any("alarm codes" in act for act in school), cells
    policy = tmp_path / "policy.md"
    policy.write_text(
        "# Visitor policy\n\nHill Top NHS Trust (\"the Trust\") welcomes visitors.\n\n"
        "The Ward Sister checks the visiting hours every morning.\n", encoding="utf-8")
    assert not any(role == "Trust" for role, _ in _cells(policy))


def test_task_list_items_with_check_boxes(tmp_path: Path) -> None:
    """Items of a Markdown task list ("- [ ] Role: duty", "- [x] Name: duty") are read as
    the items they are once the check box is set aside, done or not; a person named
    beside a role in a field table stands for it."""
    path = tmp_path / "actions.md"
    path.write_text(
        "# Canteen refit decision\n\n| | |\n|---|---|\n"
        "| **Driver** | Omar Haddad, Catering Manager |\n| **Approver** | Site Director |\n\n"
        "## Actions\n\n"
        "- [ ] Catering Manager: order the new fryers\n"
        "- [x] Omar: book the gas engineer\n", encoding="utf-8")
    cells = _cells(path)
    manager = {act.lower() for role, act in cells if role == "Catering Manager"}
    assert any("fryers" in act for act in manager), cells
    assert any("gas engineer" in act for act in manager), cells
    assert not any(role == "Omar" for role, _ in cells)


def test_a_role_label_over_a_list_of_things_it_takes_on(tmp_path: Path) -> None:
    """"Treasurer: the float, the raffle and the insurance" gives the labelled role each
    thing as its own owned row; a label over a sentence of another shape does not."""
    path = tmp_path / "fete.md"
    path.write_text(
        "# Who does what at the fete\n\n"
        "- Stalls Manager: allocates the pitches.\n"
        "- Treasurer: the float, the raffle, and the insurance (renewed in May).\n",
        encoding="utf-8")
    cells = _cells(path)
    treasurer = {act: v for (role, act), v in cells.items() if role == "Treasurer"}
    assert treasurer.get("Float") == "A/R", cells
    assert treasurer.get("Raffle") == "A/R", cells
    assert treasurer.get("Insurance") == "A/R", cells


def test_a_new_starter_is_a_role_of_its_own() -> None:
    """"New starter" names the newcomer's role, "new" being part of it; "the new manager"
    is still the Manager."""
    from raci.derive.actors import actor_name
    assert actor_name("New starter") == "New Starter"
    assert actor_name("the new starters") == "New Starter"
    assert actor_name("the new manager") == "Manager"


def test_a_second_predicate_of_the_same_subject_is_a_duty_of_its_own(
        tmp_path: Path) -> None:
    path = tmp_path / "club.md"
    path.write_text(
        "# Allotment society\n\n## Committee\n\n"
        "The Committee has overall responsibility for the site and appoints the Plot "
        "Steward at the spring meeting.\n\n"
        "## Plot Steward\n\n"
        "The Plot Steward checks that every tenant, helper and visitor keeps to the "
        "paths, and keeps the waiting list up to date.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Committee", "Site")] == "A/R"
    assert cells[("Committee", "Appoint the Plot Steward at the spring meeting")] == "A/R"
    # the clause after "checks that" is one object: its list is not split into duties
    assert cells[("Plot Steward",
                  "Check that every tenant, helper and visitor keeps to the paths")] == "A/R"
    assert cells[("Plot Steward", "Keep the waiting list up-to-date")] == "A/R"
    assert len(cells) == 4


def test_a_point_of_contact_keeps_what_it_is_the_contact_for(tmp_path: Path) -> None:
    path = tmp_path / "club.md"
    path.write_text(
        "# Allotment society\n\n## Plot Steward\n\n"
        "The Plot Steward is the first point of contact for any boundary dispute raised "
        "by a tenant, a neighbour or a member of the public.\n",
        encoding="utf-8")
    # the people who raise a dispute are no duties of their own
    assert _cells(path) == {
        ("Plot Steward", "First point of contact for any boundary dispute"): "A/R"}


def test_things_joined_under_one_preposition_are_one_row(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(
        "# Records policy\n\n## Roles\n\n"
        "The Trustees are accountable for the charity's compliance with charity law "
        "and the Gift Aid rules. The Treasurer approves the budget and the annual "
        "accounts.\n",
        encoding="utf-8")
    cells = _cells(path)
    # "with the Act and the rules": one thing complied with, one row; each thing approved
    # is its own row
    assert [name for role, name in cells if role == "Trustee"] == [
        "Charity's compliance with charity law and the Gift Aid rules"]
    assert len([name for role, name in cells if role == "Treasurer"]) == 2


def test_an_item_owner_line_is_an_owner_line_up_to_the_next_field(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Allotment Society - committee minutes\n\n"
        "4.  WATER TROUGHS\n"
        "    The Treasurer reported two leaking troughs.\n"
        "    Action owner: Treasurer.   Due: 3 May\n",
        encoding="utf-8")
    draft = derive([path])
    assert [role.name for role in draft.roles] == ["Treasurer"]
    assert derived_cells(draft)[("Treasurer", "Water troughs")] == "A/R"


def test_a_role_word_that_modifies_a_noun_cuts_no_list(tmp_path: Path) -> None:
    path = tmp_path / "workshop.md"
    path.write_text(
        "# Community workshop\n\n"
        "**Workshop Manager** – owns the tool budget and the supplier relationship, "
        "approves changes to the opening hours and chairs the monthly review.\n\n"
        "**Supplier** – delivers the timber.\n",
        encoding="utf-8")
    cells = _cells(path)
    # "the supplier relationship" is a relationship, not the Supplier joining the sentence
    assert cells[("Workshop Manager", "Approve changes to the opening hours")] == "A/R"
    assert cells[("Workshop Manager", "Chair the monthly review")] == "A/R"


def test_duties_stated_around_their_owner(tmp_path: Path) -> None:
    path = tmp_path / "club.md"
    path.write_text(
        "# Rowing club\n\n"
        "Approval of the race entries rests with the Club Captain. The final decision on "
        "crew selection lies with the Selection Panel. It is the Boat Steward's job to "
        "repair the oars. Working closely with the Head Coach, the Welfare Officer plans "
        "the junior sessions. The Cox Captain steers the launch, while Volunteers check "
        "the life jackets.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Club Captain", "Race entry approval")] == "A/R"
    assert cells[("Selection Panel", "Final decision on crew selection")] == "A/R"
    assert cells[("Boat Steward", "Repair the oars")] == "A/R"
    assert cells[("Welfare Officer", "Junior session planning")] == "A/R"
    assert cells[("Head Coach", "Junior session planning")] == "C"
    assert cells[("Cox Captain", "Steer the launch")] == "A/R"
    # the second clause's plural subject is a role with its own duty
    assert cells[("Volunteer", "Check the life jackets")] == "A/R"


def test_reviewers_routing_and_team_leading(tmp_path: Path) -> None:
    path = tmp_path / "studio.md"
    path.write_text(
        "# Design studio\n\n"
        "Both the Art Director and the Copywriter review the storyboards. Any data breach "
        "must be reported to the Privacy Officer within one hour. Reporting to the Studio "
        "Head, the Production Manager leads a team of six producers.\n",
        encoding="utf-8")
    cells = _cells(path)
    # two reviewers and nobody said to make it: reviewing is their step, the first owns it
    assert cells[("Art Director", "Review the storyboards")] == "A/R"
    assert cells[("Copywriter", "Review the storyboards")] == "R"
    # a breach reported to the officer: the officer is told, the doer left to review
    assert cells[("Privacy Officer",
                  "Report any data breach to the Privacy Officer within one hour")] == "I"
    assert cells[("Production Manager", "Lead a team")] == "A/R"


def test_two_partnerships_in_one_sentence_are_two_duties(tmp_path: Path) -> None:
    path = tmp_path / "job.md"
    path.write_text(
        "# Senior Analyst\n\n## About the role\n\n"
        "As our Senior Analyst, you will work closely with the Actuaries to price new "
        "policies and partner with Marketing to define the launch offers.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Senior Analyst", "Price new policies")] == "A/R"
    assert cells[("Actuaries", "Price new policies")] == "C"
    # each partner is consulted on its own duty only
    assert ("Marketing", "Price new policies") not in cells
    assert cells[("Marketing", "Launch offers")] == "C"
    assert not any(name.endswith(" and partner") for _role, name in cells)


def test_governance_prose_and_conditioned_steps(tmp_path: Path) -> None:
    path = tmp_path / "gov.md"
    path.write_text(
        "# Grant governance\n\n"
        "The Programme Director is accountable for the grant budget and must approve any "
        "virement over 5%. The Grants Officer consults the Auditor on eligibility rules. "
        "The Trustees should be informed quarterly of spend.\n\n"
        "Responsibilities of the Review Panel include: scoring the applications; and "
        "ranking the shortlist.\n\n"
        "## Steps\n\n"
        "1. The applicant submits the form.\n"
        "2. Once scored, the Grants Officer writes to the applicant.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Programme Director", "Grant budget")] == "A/R"
    # "... and must approve ...": a second predicate with its own modal
    assert cells[("Programme Director", "Approve any virement over 5%")] == "A/R"
    # the party consulted is a role, even when named only as the one consulted
    assert cells[("Auditor", "Consult the Auditor on eligibility rules")] == "C"
    assert cells[("Trustee", "Spend")] == "I"
    assert cells[("Review Panel", "Score the applications")] == "A/R"
    assert cells[("Review Panel", "Rank the shortlist")] == "A/R"
    # a step that opens with a condition still names its doer
    assert cells[("Grants Officer", "Write to the applicant")] == "A/R"


def test_a_state_to_keep_after_a_duty_is_a_duty_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "job.md"
    path.write_text(
        "# Box Office Supervisor\n\n## Responsibilities\n\n"
        "- Maintain the seating plan and ensure refunds are processed\n"
        "- Other duties as assigned\n",
        encoding="utf-8")
    assert _cells(path) == {("Box Office Supervisor", "Seating plan"): "A/R",
                            ("Box Office Supervisor", "Ensure refunds are processed"): "A/R"}


def test_shared_supported_and_delegated_duties(tmp_path: Path) -> None:
    path = tmp_path / "kitchen.md"
    path.write_text(
        "# Kitchen\n\n"
        "Food safety is a shared responsibility between the Head Chef and the Kitchen "
        "Porter. The Head Chef is supported by the Sous Chef in stock ordering. The "
        "Restaurant Manager delegates staff rotas to the Supervisor.\n",
        encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    assert cells[("Head Chef", "Food safety")] == "A/R"
    assert cells[("Kitchen Porter", "Food safety")] == "R"
    assert cells[("Head Chef", "Stock ordering")] == "A/R"
    assert cells[("Sous Chef", "Stock ordering")] == "R"
    # "delegates" after a title that ends in a role word is the verb, not part of it
    assert "Restaurant Manager Delegate" not in {role.name for role in draft.roles}
    assert cells[("Restaurant Manager", "Staff rotas")] == "A"
    assert cells[("Supervisor", "Staff rotas")] == "R"


def test_a_passive_of_a_verb_made_with_ise_or_ize(tmp_path: Path) -> None:
    # verbs such as "pseudonymise" are missing from word tables; their ending makes them verbs
    path = tmp_path / "records.txt"
    path.write_text(
        "Survey records\n\n"
        "Answer sheets are pseudonymised by the Survey Assistant before entry.\n"
        "The Data Steward digitizes the paper maps.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Survey Assistant", "Pseudonymise answer sheets")] == "A/R"
    assert cells[("Data Steward", "Digitize the paper maps")] == "A/R"


def test_a_passive_hand_off_names_its_doer_and_its_receiver(tmp_path: Path) -> None:
    path = tmp_path / "desk.txt"
    path.write_text(
        "Front desk\n\n"
        "Noise complaints from guests are passed by the Night Porter to the Duty Manager "
        "within the hour.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells == {
        ("Night Porter", "Pass noise complaints from guests to the Duty Manager"): "A/R",
        ("Duty Manager", "Pass noise complaints from guests to the Duty Manager"): "I"}


def test_everyday_volunteer_wording(tmp_path: Path) -> None:
    path = tmp_path / "fete.md"
    path.write_text(
        "# Village fete\n\n## Gate Steward\n\n"
        "The Gate Steward is the main contact for stallholders. Gate Stewards help "
        "visitors find the car park, answer questions and keep exits clear. If a child is "
        "lost, they let the Fete Organiser know.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Gate Steward", "Main contact for stallholders")] == "A/R"
    assert cells[("Gate Steward", "Help visitors find the car park")] == "A/R"
    assert cells[("Gate Steward", "Keep exits clear")] == "A/R"
    # "let X know" tells X, named as written when nothing but a deadline follows
    assert cells[("Fete Organiser", "Let the Fete Organiser know")] == "I"


def test_a_plural_subjects_second_plain_verb(tmp_path: Path) -> None:
    path = tmp_path / "review.md"
    path.write_text("# Reviews\n\nThe Trustees attend the annual review and give feedback on "
                    "the plan.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Trustee", "Annual review")] == "A/R"
    assert cells[("Trustee", "Feedback on the plan")] == "A/R"


def test_a_second_clause_whose_subject_is_a_person_holding_a_role(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "Subject: Cover from Monday\n\n"
        "Going forward, Sam (Rota Lead) will own the weekly rota and Ana (Payroll Officer) "
        "will approve all overtime.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Payroll Officer", "Approve all overtime")] == "A/R"
    assert ("Rota Lead", "Approve all overtime") not in cells


def test_a_duty_supported_by_another_role_stays_its_subjects(tmp_path: Path) -> None:
    path = tmp_path / "survey.md"
    path.write_text(
        "# Bat survey\n\n## Work\n\n"
        "The Site Lead plans the transects, supported by the Field Assistants.\n"
        "The Field Assistants log the calls.\n", encoding="utf-8")
    cells = _cells(path)
    planned = next(a for r, a in cells if r == "Site Lead")
    assert cells[("Site Lead", planned)] == "A/R"
    assert cells[("Field Assistant", planned)] == "R"


def test_input_and_advice_from_a_role_consult_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Planning\n\n"
        "The Head of Programmes sets the annual plan with input from the Fundraising "
        "Manager. The Events Manager drafts the budget, seeking advice from the Finance "
        "Officer.\n",
        encoding="utf-8")
    assert _cells(path) == {
        ("Head of Programmes", "Set the annual plan"): "A/R",
        ("Fundraising Manager", "Set the annual plan"): "C",
        ("Events Manager", "Draft the budget"): "A/R",
        ("Finance Officer", "Draft the budget"): "C"}


def test_asking_a_role_for_advice_is_no_duty_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "advice.md"
    path.write_text("# Grounds\n\nThe Head Groundsman inspects the trees and, if needed, "
                    "asks the Tree Warden for advice.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Head Groundsman", "Inspect the trees")] == "A/R"
    assert not any(name.startswith("Ask") for _role, name in cells)
    # the one asked is consulted on the duty the sentence names
    assert cells[("Tree Warden", "Inspect the trees")] == "C"


def test_a_semicolon_joins_two_clauses_with_their_own_subjects(tmp_path: Path) -> None:
    """"The landlord fixes the cause; the tenant airs the home": each clause is its own
    subject's duty."""
    path = tmp_path / "damp.md"
    path.write_text(
        "# Damp\n\nThe landlord fixes the leaking gutter; the tenant airs the rooms every "
        "day.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Landlord", "Fix the leaking gutter")] == "A/R"
    assert cells[("Tenant", "Air the rooms every day")] == "A/R"
    assert ("Landlord", "Air the rooms every day") not in cells


def test_a_passive_doer_defined_with_its_code_and_what_it_also_does(tmp_path: Path) -> None:
    """"Claims are issued by the Civil Business Centre (CBC), which also sends the claim to
    the defendant": a body defined with its code is the doer though its words hold no role
    word, the clause after "which" is its duty too, and "dealt with by" keeps its "with"."""
    path = tmp_path / "claims.md"
    path.write_text(
        "# Your claim\n\nPaper claims are issued by the Civil Business Centre (CBC), which "
        "also sends the claim to the defendant.\n\nThe defendant answers the claim. Appeals "
        "are dealt with by the Court Office.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Civil Business Centre", "Issue paper claims")] == "A/R"
    assert cells[("Civil Business Centre", "Send the claim to the defendant")] == "A/R"
    assert cells[("Defendant", "Send the claim to the defendant")] == "I"
    assert cells[("Court Office", "Deal with appeals")] == "A/R"


def test_a_hand_off_keeps_a_recipient_that_is_no_role(tmp_path: Path) -> None:
    path = tmp_path / "payroll.md"
    path.write_text(
        "# Payroll\n\n## Payroll Officer\n\n"
        "- Send the payroll file to the payroll bureau by the 20th.\n"
        "- Submit the monthly returns to HMRC.\n"
        "- Report first-week results to Maria.\n"
        "- Send the draft to check it twice.\n", encoding="utf-8")
    names = {name for _, name in _cells(path)}
    # a party that is no role stays in the name, its time limit does not
    assert "Send the payroll file to the payroll bureau by the 20th" in names
    assert "Submit the monthly returns to HMRC" in names
    # a single name is a person, and a purpose is no recipient
    assert "Report first-week results" in names
    assert "Send the draft" in names


def test_arrow_chains_hand_work_on(tmp_path: Path) -> None:
    """A hand-off written with arrows under upper-case phase headings: "A -> B: what"
    gives A the duty and tells B; a chain's parties are roles when one of them is (Gate
    control); "case -> role does X" reads the step after the arrow; "role does X -> other,
    who ..." tells the other; a line of roles alone gives nothing, and an arrow line is
    never carried on into the line below it."""
    path = tmp_path / "card.txt"
    path.write_text(
        "SHOW DAY CARD\n\n"
        "OPENING\n"
        "  Duty Steward -> Gate control -> Box Office: gate numbers every hour\n"
        "  Gate control opens the car park gates.\n"
        "  Duty Steward -> Safety Officer\n"
        "    The Duty Steward walks the showground with the Safety Officer.\n"
        "  rain plan -> Duty Steward moves the ring to the barn\n\n"
        "CLOSING\n"
        "  Ring Steward (the one on the main ring at the time) clears the ring.\n"
        "  Ring Steward counts the entry tickets -> Box Office, who banks the money.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Duty Steward", "Gate numbers every hour")] == "A/R"
    assert cells[("Gate control", "Gate numbers every hour")] == "I"
    assert cells[("Box Office", "Gate numbers every hour")] == "I"
    assert cells[("Gate control", "Open the car park gates")] == "A/R"
    assert cells[("Duty Steward", "Move the ring")] == "A/R"
    assert cells[("Ring Steward", "Clear the ring")] == "A/R"
    assert cells[("Ring Steward", "Count the entry tickets")] == "A/R"
    assert cells[("Box Office", "Count the entry tickets")] == "I"
    # whom the showground is walked with stays in its name, no duty of its own
    assert cells[("Safety Officer", "Walk the showground with the Safety Officer")] == "C"
    assert not any(activity.startswith("Safety Officer") for _role, activity in cells)


def test_a_timeline_records_events_not_duties(tmp_path: Path) -> None:
    """Lines of a timeline that start with a time and tell what happened in the past tense
    ("**09:12** Alarm fired; the Duty Engineer acknowledged it") are no duties, and a
    time zone in a heading ("Timeline (UTC)") is no role; a run of show's "10:30 Open the
    doors" still is a step."""
    path = tmp_path / "review.md"
    path.write_text(
        "# Outage review\n\n## Roles\n\nThe Duty Engineer answers every page.\n\n"
        "## Timeline (UTC)\n\n"
        "- **09:12** Alarm fired; the Duty Engineer acknowledged it.\n"
        "- **09:20** Duty Engineer declared an incident.\n"
        "- 09:41 Service Owner found the faulty change.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Duty Engineer", "Answer every page")] == "A/R"
    assert not _past_event("10:30 Open the doors") and not _past_event(
        "10:30 The steward opens the doors") and _past_event("10:30 Doors opened")
    assert not any(role == "UTC" for role, _ in cells)
    assert not any(re.search(r"declared|found|fired", activity) for _, activity in cells)


def test_a_run_of_predicates_gives_each_its_own_duty(tmp_path: Path) -> None:
    path = tmp_path / "desk.txt"
    path.write_text(
        "Responsibilities\n\n"
        "The Editor reviews drafts, schedules posts and answers reader mail.\n\n"
        "The Porter locks the gates and trains new users.\n\n"
        "The Buyer reviews invoices, credit notes and statements.\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    # a verb that is also a plural noun ("trains new users") names no role
    assert [r.name for r in draft.roles] == ["Editor", "Porter", "Buyer"]
    for name in ("Review drafts", "Schedule posts", "Answer reader mail"):
        assert cells[("Editor", name)] == "A/R"
    assert cells[("Porter", "Train new users")] == "A/R"
    # one verb over a list of things stays one duty per thing, not a run of predicates
    assert not any(name.startswith("Credit") and role == "Buyer" and letters != "A/R"
                   for (role, name), letters in cells.items())


def test_keeping_a_record_names_the_keeping(tmp_path: Path) -> None:
    path = tmp_path / "lab.txt"
    path.write_text(
        "Responsibilities\n\n"
        "The Lab Manager keeps the register and keeps the room log of timings and "
        "incidents. The Lab Manager develops the strategy.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Lab Manager", "Keep the register")] == "A/R"
    assert cells[("Lab Manager", "Keep the room log of timings and incidents")] == "A/R"
    # a lone noun keeps the verb that says what is done with it
    assert cells[("Lab Manager", "Develop the strategy")] == "A/R"


def test_routing_inside_a_clause_stays_with_the_clause_s_doer(tmp_path: Path) -> None:
    path = tmp_path / "breach.txt"
    path.write_text(
        "Breaches\n\n"
        "The Privacy Officer assesses every breach, keeps the breach log and decides "
        "whether it must be reported to the Regulator.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Privacy Officer", "Keep the breach log")] == "A/R"
    assert not any(role == "Regulator" and letters != "I"
                   for (role, _name), letters in cells.items())


def test_a_rank_standing_for_its_holder(tmp_path: Path) -> None:
    path = tmp_path / "oncall.md"
    path.write_text(
        "# On call\n\n## Who is on call\n\n"
        "- **Primary on-call** - one engineer, weekly rotation.\n"
        "- **Escalation manager** - the Engineering Manager.\n\n"
        "## After the incident\n\n"
        "The primary writes the incident summary within two days. The incident is then "
        "closed by the Engineering Manager.\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    assert cells[("Primary On-call", "Write the incident summary within two days")] == "A/R"
    # only a rank stands for its holder: "the incident" is nobody
    assert {role for role, _name in cells} <= {"Primary On-call", "Engineering Manager"}


def test_with_whom_a_duty_is_done_is_no_duty_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text(
        "Responsibilities\n\n"
        "The Data Manager writes the logger READMEs, with input from the Researchers.\n\n"
        "The Lighting Designer focuses the rig with the Director.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells == {("Data Manager", "Write the logger READMEs"): "A/R",
                     ("Researcher", "Write the logger READMEs"): "C",
                     ("Lighting Designer", "Focus the rig with the Director"): "A/R",
                     ("Director", "Focus the rig with the Director"): "C"}


def test_parties_joined_to_a_consulted_party_are_consulted_too(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text(
        "Responsibilities\n\n"
        "The Claims Handler agrees the settlement with the customer and the Claims Team "
        "Leader.\n\nThe Claims Team Leader signs off payments.\n\n"
        "The Customer pays the excess.\n", encoding="utf-8")
    cells = _cells(path)
    settle = "Agree the settlement with the customer"
    assert cells[("Customer", settle)] == "C"
    assert cells[("Claims Team Leader", settle)] == "C"


def test_whom_work_is_sent_to_is_told(tmp_path: Path) -> None:
    path = tmp_path / "payroll.md"
    path.write_text(
        "# Payroll\n\n## Payroll Provider\n\n"
        "- Submit RTI returns to HMRC every month.\n"
        "- Send starters, leavers and changes to the Client Accountant.\n"
        "- Circulate the minutes to the Executive.\n"
        "- Report absences to the PM office manager.\n\n"
        "## Client Accountant\n\n- Approves the payroll.\n\n"
        "## Executive\n\n- Sets the budget.\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    # a body known by its initials that work goes to is a party, told
    assert cells[("HMRC", "Submit RTI returns to HMRC every month")] == "I"
    # however much is sent, whoever it goes to is told
    sent = next(name for _role, name in cells if name.startswith("Send starters"))
    assert cells[("Client Accountant", sent)] == "I"
    assert cells[("Executive", "Circulate the minutes to the Executive")] == "I"
    # initials that start a longer name are no body of their own
    assert "PM" not in {r.name for r in draft.roles}


def test_what_a_party_is_told_stays_whole() -> None:
    assert activity_names("tells the Distribution Leads each Monday which items are "
                          "running low") == [
        "Tell the Distribution Leads which items are running low"]
    # a condition told about is part of it, never cut mid-phrase
    assert activity_names("Tell the Lab Manager if a tank level is below 20 cm") == [
        "Tell the Lab Manager if a tank level is below 20 cm"]


def test_a_pages_own_details_are_no_duty(tmp_path: Path) -> None:
    """"Owner: Hall Manager · Version: 4 · Applies from: May" under the title is the
    page's own details: the owner is given no duty named after the page; an action card's
    "Owner: Hall Manager · Due: Friday" still is a duty line."""
    path = tmp_path / "hall.md"
    path.write_text(
        "# Hall bookings\n\n**Owner:** Hall Manager · **Version:** 4 · **Applies from:** May\n"
        "\nThe Hall Manager confirms every booking.\n\n## Repaint the stage\n\n"
        "Owner: Hall Manager · Due: Friday\n", encoding="utf-8")
    cells = _cells(path)
    assert ("Hall Manager", "Hall bookings") not in cells
    assert cells[("Hall Manager", "Confirm every booking")] == "A/R"
    assert cells[("Hall Manager", "Repaint the stage")] == "A/R"


def test_a_relative_clause_s_own_list_is_no_part_of_the_duty() -> None:
    assert activity_names("writes the show report, which goes to the PM, the director "
                          "and the stage crew the same night") == ["Write the show report"]


def test_a_title_with_an_inner_of_is_one_role(tmp_path: Path) -> None:
    path = tmp_path / "show.txt"
    path.write_text(
        "Performances\n\n"
        "The Front of House Manager opens the doors at the half. The Module Leader signs "
        "off the final marks before they go to the Board of Examiners.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Front of House Manager", "Open the doors at the half")] == "A/R"
    path.write_text("Performances\n\nThe Stage Manager decides, with the Front of House "
                    "Manager, whether to hold the curtain.\n", encoding="utf-8")
    # the party set off between the verb and its object is consulted on the duty
    assert _cells(path) == {("Stage Manager", "Decide whether to hold the curtain"): "A/R",
                            ("Front of House Manager", "Decide whether to hold the curtain"):
                            "C"}
    # a routing inside a time clause is no duty of the body it goes to
    assert cells[("Module Leader", "Sign off the final marks")] == "A/R"
    assert not any(letters == "A/R" and role.startswith("Board")
                   for (role, _name), letters in cells.items())


def test_clauses_joined_by_commas_each_with_their_own_subject(tmp_path: Path) -> None:
    """"The Duty Editor checks the copy, the Picture Desk crops the photos, and the
    Sub-Editor writes the headlines": each clause after a comma and "the" with a role of
    its own and a verb is that role's duty; a list of subjects is not split."""
    path = tmp_path / "desk.md"
    path.write_text(
        "# Night desk\n\nThe Duty Editor checks the copy, the Picture Desk crops the photos, "
        "and the Sub-Editor writes the headlines.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Duty Editor", "Check the copy")] == "A/R"
    assert cells[("Picture Desk", "Crop the photos")] == "A/R"
    assert cells[("Sub-Editor", "Write the headlines")] == "A/R"
    assert ("Duty Editor", "Crop the photos") not in cells


def test_a_step_labelled_by_a_bare_verb_names_its_duties() -> None:
    assert activity_names("Mitigate first: roll back the last deploy if it went out in the "
                          "last two hours, or fail over to the standby region if the primary "
                          "region is unhealthy.") == [
        "Roll back the last deploy", "Fail over to the standby region"]
    # a label naming a topic stays the name ("Budget: prepares the annual budget")
    assert activity_names("Budget: prepares the annual budget") == ["Budget"]


def test_a_second_predicate_that_decides_a_question(tmp_path: Path) -> None:
    path = tmp_path / "show.txt"
    path.write_text(
        "Performances\n\nThe Stage Manager is in charge backstage during a show and "
        "decides, with the Front of House Manager, whether to hold the curtain.\n\n"
        "The Front of House Manager opens the doors.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Stage Manager", "Decide whether to hold the curtain")] == "A/R"
    assert cells[("Front of House Manager", "Decide whether to hold the curtain")] == "C"


def test_whom_a_duty_deals_with_is_no_party(tmp_path: Path) -> None:
    """"deals with the landlord" names whom the duty is about, not a role it is done with;
    "works with the Caretaker" still consults the caretaker."""
    path = tmp_path / "office.md"
    path.write_text(
        "# Office\n\nThe Office Manager deals with the landlord and the cleaning "
        "contractor. The Office Manager plans the office move with the Caretaker.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert not any(role in ("Landlord", "Cleaning Contractor") for role, _ in cells), cells
    assert cells[("Caretaker", "Plan the office move with the Caretaker")] == "C"


def test_a_state_to_make_sure_of_after_other_duties_stays_whole() -> None:
    assert activity_names("check the load message, brief the ramp team and make sure the "
                          "generator, steps and belt loaders are on stand") == [
        "Check the load message", "Brief the ramp team",
        "Make sure the generator, steps and belt loaders are on stand"]
    # the terms of a post and the heading of minutes list no duties
    assert activity_names("Minutes of the meeting held on 7 October at 7.00pm, Village "
                          "Hall") == []


def test_an_office_known_by_its_initials_is_told(tmp_path: Path) -> None:
    path = tmp_path / "job.md"
    path.write_text(
        "# Senior Marketing Manager\n\n## Key responsibilities\n\n"
        "- Plan integrated campaigns with the Product Marketing Manager\n"
        "- Keep the CMO informed of brand risks\n"
        "- Build dashboards with SQL\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    assert cells[("CMO", "Keep the CMO informed of brand risks")] == "I"
    # initials are a party only where someone is told: a tool worked with is none
    assert "SQL" not in {r.name for r in draft.roles}


def test_ensuring_a_plural_subject_does_something_keeps_the_ensuring() -> None:
    assert activity_names("ensure their staff complete security awareness training "
                          "every year") == [
        "Ensure their staff complete security awareness training every year"]
    assert activity_names("ensure the volunteers sign in") == [
        "Ensure the volunteers sign in"]
    # a plain object stays a noun phrase
    assert activity_names("ensures the accounts reconciliation") == ["Accounts reconciliation"]


def test_a_pronoun_object_stands_for_the_object_before_it() -> None:
    assert activity_names("recruits volunteers, briefs them on the day and keeps the "
                          "rota") == ["Recruit volunteers", "Brief volunteers on the day",
                                      "Keep the rota"]


def test_approving_a_plural_noun_is_not_read_as_its_verb(tmp_path: Path) -> None:
    path = tmp_path / "expenses.md"
    path.write_text("# Expenses\n\nThe Line Manager approves claims up to 500 pounds.\n\n"
                    "The Cashier pays approved claims.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Line Manager", "Approve claims up to 500 pounds")] == "A/R"
    assert not any(name.startswith("Claim ") for _role, name in cells)


def test_an_article_alone_is_no_duty() -> None:
    # (the quick guard before the no-duty pattern must let every alternative through)
    assert activity_names("do the") == []
    assert activity_names("does a") == []


def test_a_condition_after_and_and_an_answer_with_a_remark(tmp_path: Path) -> None:
    path = tmp_path / "process.md"
    path.write_text(
        "# Process\n\nThe Editor reviews the draft and, once discussion settles, the "
        "Section Lead proposes a final comment period.\n\n"
        "### Who signs the release?\n\nUsually the Release Manager, but any maintainer may.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Section Lead", "Propose a final comment period")] == "A/R"
    assert cells[("Release Manager", "Sign the release")] == "A/R"


def test_a_short_duty_keeps_what_it_is_for() -> None:
    assert activity_names("prepares summaries for interim and final data analysis") == [
        "Prepare summaries for interim and final data analysis"]
    # what whole it covers stays, after an article or "each" (see the scope tests)
    assert activity_names("orders supplies for the kitchen") == [
        "Order supplies for the kitchen"]
    # but a bare plural it is done for is no part of the name
    assert activity_names("books meeting rooms for new starters") == ["Book meeting rooms"]
    # a longer duty already says what it is
    assert activity_names("communicates insights from research for design work") == [
        "Communicate insights from research"]


def test_advice_and_agreement_after_a_duty_consult_the_party(tmp_path: Path) -> None:
    path = tmp_path / "procedure.md"
    path.write_text(
        "# Procedure\n\nThe Head of Governance decides the public interest test after advice "
        "from the Legal Adviser.\n\nThe Records Officer publishes the responses in the "
        "disclosure log, agreed with the Head of Governance.\n\nThe Finance Manager sets the "
        "budget on the advice of the Legal Adviser.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Head of Governance", "Decide the public interest test")] == "A/R"
    assert cells[("Legal Adviser", "Decide the public interest test")] == "C"
    assert cells[("Records Officer", "Publish the responses in the disclosure log")] == "A/R"
    assert cells[("Head of Governance", "Publish the responses in the disclosure log")] == "C"
    # whom the duty is done after asking, at its end, stays in its name
    budget = "Set the budget on the advice of the Legal Adviser"
    assert cells[("Finance Manager", budget)] == "A/R"
    assert cells[("Legal Adviser", budget)] == "C"
    assert not any("agreed" in name.lower() or "after advice" in name.lower()
                   for _r, name in cells)


def test_what_a_party_is_asked_to_do_stays_in_the_name() -> None:
    assert activity_names("asks the requester to clarify") == ["Ask the requester to clarify"]
    assert activity_names("reminds all volunteers to sign in") == [
        "Remind all volunteers to sign in"]
    # a purpose after another verb still goes
    assert activity_names("reviews the rota to protect the staff") == ["Rota review"]


def test_a_responsibility_line_closing_a_clause_gives_its_passives(tmp_path: Path) -> None:
    path = tmp_path / "procedure.md"
    path.write_text(
        "# Handling of samples\n\n## Receipt\n\nSamples are booked in on the register, given "
        "a batch number and checked for leaks on arrival. Leaking samples are "
        "quarantined.\n\nResponsibility: Stores Clerk. The Lab Manager tells the client about "
        "any leak.\n\n## Storage\n\nThe cold room is held at 4 C.\n\n"
        "Responsibility: Lab Technician (daily temperature check); Facilities Engineer "
        "(maintenance of the cold room).\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Stores Clerk", "Book in samples on the register")] == "A/R"
    assert cells[("Stores Clerk", "Check samples for leaks on arrival")] == "A/R"
    assert cells[("Stores Clerk", "Quarantine leaking samples")] == "A/R"
    assert cells[("Lab Manager", "Tell the client about any leak")] == "A/R"
    assert ("Lab Technician", "Daily temperature check") in cells
    assert ("Facilities Engineer", "Cold room maintenance") in cells
    # a state and a batch number given are no duties
    assert not any("batch number" in name or "4 C" in name for _r, name in cells), cells


def test_a_passive_without_its_doer_outside_a_role_section_is_no_duty(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nSamples are booked in on the register.\n\n"
                    "The Stores Clerk files the forms.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells == {("Stores Clerk", "File the forms"): "A/R"}


def test_what_goes_with_a_duty_is_no_duty_of_its_own() -> None:
    assert activity_names("send drafts in good time, with a note of what feedback is "
                          "wanted") == ["Send drafts in good time"]


def test_a_piece_of_a_clause_or_a_bare_verb_is_no_duty() -> None:
    assert activity_names("by the candidate") == []
    assert activity_names("or out") == []
    assert activity_names("agree by the end of the week") == []
    # a gerund or a noun alone still names work
    assert activity_names("safeguarding") == ["Safeguarding"]
    assert activity_names("procurement") == ["Procurement"]


def test_two_responsibility_lines_in_one_section_each_take_their_own_paragraphs(
        tmp_path: Path) -> None:
    path = tmp_path / "procedure.md"
    path.write_text(
        "# Procedure\n\n## Receipt\n\nParcels are booked in on the register.\n\n"
        "Responsibility: Stores Clerk.\n\nDamaged parcels are photographed.\n\n"
        "Responsibility: Quality Officer.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Stores Clerk", "Book in parcels on the register")] == "A/R"
    assert cells[("Quality Officer", "Photograph damaged parcels")] == "A/R"
    assert ("Quality Officer", "Book in parcels on the register") not in cells


def test_a_duty_whose_object_is_described_by_a_clause_is_no_status(tmp_path: Path) -> None:
    path = tmp_path / "job.txt"
    path.write_text("Rent Officer\n\nWhat you will do\n- Chase tenants whose rent is late\n"
                    "- Rent is collected weekly\n", encoding="utf-8")
    cells = _cells(path)
    assert cells == {("Rent Officer", "Chase tenants whose rent is late"): "A/R"}


def test_keeping_a_party_informed_of_something_names_what(tmp_path: Path) -> None:
    path = tmp_path / "comms.md"
    path.write_text("# Comms\n\nThe Tech Lead keeps the Head of Marketing informed of launch "
                    "risks.\n\nThe Tech Lead keeps the Sponsor in the loop.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Tech Lead", "Keep the Head of Marketing informed of launch risks")] == "A/R"
    assert cells[("Head of Marketing",
                  "Keep the Head of Marketing informed of launch risks")] == "I"
    assert any(r == "Sponsor" and v == "I" for (r, _n), v in cells.items()), cells


def test_work_handed_to_the_subject_of_a_passive_names_them(tmp_path: Path) -> None:
    path = tmp_path / "members.md"
    path.write_text("# Members\n\n## Maintainers\n\nMaintainers are delegated specific areas by "
                    "the Leader.\n\n## Leader\n\nThe Leader sets the direction.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Leader", "Delegate specific areas to Maintainer")] == "A/R", cells
    assert cells[("Maintainer", "Delegate specific areas to Maintainer")] == "I"


def test_an_opening_phrase_before_a_duty_says_with_whom_or_when() -> None:
    assert activity_names("With the Chair, prepares the annual budget") == [
        "Prepare the annual budget"]
    assert activity_names("At each meeting, presents the accounts") == ["Present the accounts"]


def test_a_passive_under_a_role_puts_a_thing_somewhere_or_states_how_it_is() -> None:
    from raci.derive.extract import agentless_passive
    assert agentless_passive("Samples are stored in fridges.") == "stores samples in fridges"
    assert agentless_passive("Letters are sent out to members.") == \
        "sends out letters to members"
    assert agentless_passive("The lab is closed on Sundays.") is None
    assert agentless_passive("The form is signed off by Friday.") == \
        "signs off the form by Friday"
    assert agentless_passive("The form is signed off by the Chair.") is None


def test_a_party_consulted_on_part_of_the_duty_just_stated(tmp_path: Path) -> None:
    path = tmp_path / "foi.md"
    path.write_text("# Notes\n\nThe Head of Governance decides the public interest test. The "
                    "Service Lead is consulted on the harm of release.\n\nThe Records Officer "
                    "logs the request.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Service Lead", "Decide the public interest test")] == "C", cells
    assert not any(n == "Release harm" for _r, n in cells)


def test_a_pronoun_object_is_read_as_the_thing_before_it(tmp_path: Path) -> None:
    path = tmp_path / "officers.md"
    path.write_text(
        "# Club officers\n\n## Treasurer\n\n"
        "- Prepares the season accounts and sends them to the Auditor.\n"
        "- Keeps the match log and brings it to every committee meeting.\n"
        "- Draws up the kit list and shares it with the Captain.\n\n"
        "## Fixtures\n\n"
        "The Fixtures Secretary writes the draft fixture list and the League Manager signs "
        "it before the deadline.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Treasurer", "Send the season accounts to the Auditor")] == "A/R"
    assert cells[("Auditor", "Send the season accounts to the Auditor")] == "I"
    assert ("Treasurer", "Prepare the season accounts") in cells
    assert cells[("Treasurer", "Bring the match log to every committee meeting")] == "A/R"
    # sharing it tells the party about the duty before: no duty of its own
    assert cells[("Captain", "Draw up the kit list")] == "I"
    assert not any(a.startswith("Share") for (_r, a) in cells)
    # a clause of another subject: "it" is the list the first one wrote (its time limit,
    # "before the deadline", stays with the signing)
    assert ("League Manager", "Sign the draft fixture list before the deadline") in cells
    assert not any(a.lower().startswith(("send them", "sign it", "bring it")) for (_r, a) in cells)


def test_a_pronoun_without_a_thing_before_it_names_nothing() -> None:
    # ("does this instead and passes it on": "this" stands for nothing that can be named)
    names = activity_names("Does this instead and passes it to the Manager on return")
    assert not any("this" in n.lower() and n.lower().startswith("pass") for n in names)
    assert activity_names("Investigates incidents and writes them up before you leave") == [
        "Investigate incidents", "Write up incidents"]
    assert activity_names("Keeps a risk log and keeps it up to date")[0] == "Keep a risk log"


def test_advice_from_a_party_named_in_the_possessive(tmp_path: Path) -> None:
    path = tmp_path / "breach.txt"
    path.write_text(
        "Data breaches\n\n"
        "The Clinic Manager (CM) logs every breach. The Privacy Officer assesses the risk "
        "and advises in writing whether the breach must be reported.\n\n"
        "The decision to report to the Regulator is made by the Clinic Owner, on the "
        "Privacy Officer's advice.\n", encoding="utf-8")
    cells = _cells(path)
    decide = "Decide whether to report to the Regulator"
    assert cells[("Clinic Owner", decide)] == "A/R"
    assert cells[("Privacy Officer", decide)] == "C"
    # advising whether something is so is the officer's own work, said in writing or not
    assert cells[("Privacy Officer", "Advise whether the breach must be reported")] == "A/R"
    assert not any("writing" in a.lower() for (_r, a) in cells)


def test_a_noun_before_a_modal_is_no_verb(tmp_path: Path) -> None:
    path = tmp_path / "returns.md"
    path.write_text(
        "# Returns\n\n## Returns Clerk\n\n"
        "The Returns Clerk checks every parcel. Reports have to reach the Supplier within "
        "two days, so weekends count. Labels must be printed before noon.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert ("Returns Clerk", "Check every parcel") in cells
    assert not any(a.lower().startswith(("report have", "label must", "reports have"))
                   for (_r, a) in cells)


def test_an_opening_condition_that_holds_a_list(tmp_path: Path) -> None:
    path = tmp_path / "it.txt"
    path.write_text(
        "IT incidents\n\n"
        "The Office Manager (OM) keeps the asset register.\n\n"
        "Where the fault involves a laptop, a phone or the shared drive, the OM contacts "
        "the Network Team, who will lock the accounts.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Office Manager", "Contact the Network Team")] == "A/R"
    assert ("Network Team", "Lock the accounts") in cells


def test_when_and_how_long_before_are_no_part_of_a_name() -> None:
    assert activity_names("Sends out the agenda a week before each committee meeting") == [
        "Send out the agenda"]
    assert activity_names("Trains the stewards beforehand") == ["Train the stewards beforehand"]
    assert activity_names("Gives every new volunteer their welcome pack") == [
        "Give every new volunteer their welcome pack"]
    # (the thing given after "the", an aside in brackets between the two objects)
    assert activity_names("Gives the driver the van keys") == ["Give the driver the van keys"]
    assert activity_names("Gives the driver (or, off site, their escort) the van keys") == [
        "Give the driver the van keys"]
    assert activity_names("Orders paper, toner and PPE") == ["Order paper, toner and PPE"]
    assert activity_names("Confirms the numbers to the Caterer") == [
        "Confirm the numbers to the Caterer"]


def test_a_label_with_the_role_then_its_holder(tmp_path: Path) -> None:
    path = tmp_path / "roles.html"
    path.write_text(
        "<h1>Who looks after safety</h1><dl>"
        "<dt>Workshop Manager – Dr Tomas Berg</dt>"
        "<dd>Tomas runs the day-to-day side. He orders saw blades, safety glasses and PPE and "
        "gives every new starter their machine induction.</dd>"
        "<dt>Safety Officer (SO) – Ines Calder</dt>"
        "<dd>The SO is a technician who gives a few hours a week. Ines carries out the "
        "monthly inspection and keeps the training record.</dd>"
        "<dt>Fire Marshal – Weekly Duties</dt><dd>Weekly checks the extinguishers.</dd></dl>",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Safety Officer", "Carry out the monthly inspection")] == "A/R"
    assert ("Safety Officer", "Keep the training record") in cells
    assert ("Workshop Manager", "Order saw blades, safety glasses and PPE") in cells
    assert ("Workshop Manager", "Give every new starter their machine induction") in cells
    # a heading that names no person: "Weekly" is no one's name
    assert not any(a.lower().startswith("check the extinguishers") and r != "Fire Marshal"
                   for (r, a) in cells)
    assert not any(a == "PPE" for (_r, a) in cells)


def test_a_memo_from_a_role_with_its_time_openings_and_markers(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "MEMORANDUM\n\n"
        "TO:      Duty Wardens\n"
        "FROM:    Parks Operations Manager, Eastfield Council\n"
        "RE:      STORM RESPONSE\n\n"
        "1. The Duty Warden (DW) checks the weather warnings. By 07:30 the DW decides "
        "whether to close the parks, using the storm matrix.\n\n"
        "2. [NEW] If a gate cannot be locked, the Duty Warden tells the Parks Operations "
        "Manager at once.\n\n"
        "3. The Press Team posts the closures online. They do not change the closures, "
        "and they refer all press queries to the Parks Operations Manager.\n\n"
        "4. When trees fall, the DW escalates to me and I decide whether to call in "
        "contractors. Tree Surgeons Direct and the bus operators are informed by the DW.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert ("Duty Warden", "Decide whether to close the parks") in cells
    assert cells[("Parks Operations Manager", "Tell the Parks Operations Manager")] == "I"
    assert cells[("Press Team", "Refer all press queries to the Parks Operations Manager")] \
        == "A/R"
    # "I" is the memo's sender, whose role comes first on the FROM line
    assert ("Parks Operations Manager", "Decide whether to call in contractors") in cells
    # a name keeps its capitals when a passive is turned round
    assert any(a == "Inform Tree Surgeons Direct and the bus operators" for (_r, a) in cells)
    assert not any("[NEW]" in a or "inform tree" in a for (_r, a) in cells)


def test_a_mail_from_a_role_and_the_bodies_it_names(tmp_path: Path) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(
        "From: Riverside 10K Race Directors <directors@riverside10k.example>\n"
        "To: marshals@lists.example\n"
        "Subject: Race day - who does what\n\n"
        "Thanks to everyone who signed up. We brief the marshals on the morning.\n\n"
        "The Course Manager (CM) checks the route. Injured runners are passed to the Medical "
        "Team, chaired by Dr Ama Boateng, who record every treatment in the log.\n\n"
        "Results are checked for errors by the Timing Lead (Seo-yeon Kim), who also "
        "publishes the results online. The Start Team handles everything about the start "
        "pens. We send the finisher emails on 12 May.\n", encoding="utf-8")
    cells = _cells(path)
    # "we" in a mail from a role are that role
    assert ("Race Director", "Brief the marshals on the morning") in cells
    assert ("Race Director", "Send the finisher emails on 12 May") in cells
    assert ("Medical Team", "Record every treatment in the log") in cells
    assert any(r == "Timing Lead" and "results online" in a.lower() for (r, a) in cells)
    assert ("Start Team", "Start pens") in cells or ("Start Team", "Handle the start pens") \
        in cells
    # a courtesy is no duty, and the initials of a name are no letters
    assert not any(a.lower().startswith("thank") for (_r, a) in cells)
    assert not any(r == "Course Manager" and a.lower() == "race day - who does what"
                   for (r, a) in cells)
    assert ("Course Manager", "Check the route") in cells


def test_a_name_wrapped_onto_the_next_line_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "wrap.txt"
    path.write_text(
        "Appeals\n\n"
        "Appeals against a grade are sent to the Appeals Committee, chaired by Dr Amara\n"
        "Nwosu, who return a written decision to the Exams Officer.\n", encoding="utf-8")
    blocks = [b.text for b in read_document(path).blocks]
    assert any("Dr Amara Nwosu, who return" in text for text in blocks)
    cells = _cells(path)
    assert ("Appeals Committee", "Return a written decision to the Exams Officer") in cells


def test_a_whos_who_list_of_people_and_what_they_look_after(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Mum's move — shared plan\n\n"
        "**Who's who**\n"
        "- Niamh — health lead (lives nearest)\n"
        "- Conor — money & paperwork\n"
        "- Greenway Removals — the removal firm, booked for Friday\n"
        "- Care workers — from the agency\n\n"
        "## Before Friday\n\n"
        "- [ ] Conor to ring the bank and set up the new direct debits\n"
        "- [ ] Niamh collects the keys from the agent (done Tue, with help from Pat)\n\n"
        "## On the day\n\n"
        "If the lift is out, Greenway call the building manager and then ring Niamh.\n",
        encoding="utf-8")
    draft = derive([path])
    roles = {r.name for r in draft.roles}
    assert {"Health Lead", "Money & Paperwork"} <= roles
    assert not any(r.startswith(("Niamh", "Conor", "Care Workers —")) for r in roles)
    cells = _cells(path)
    assert ("Health Lead", "Collect the keys from the agent") in cells
    assert any(r == "Money & Paperwork" and a.startswith("Ring the bank") for (r, a) in cells)
    assert not any("(" in a for (_r, a) in cells)
    assert activity_names("Call the building manager and then ring the Warden") == [
        "Call the building manager", "Ring the Warden"]


def test_an_e_mails_whos_who_names_the_writer_pairs_and_where_roles_are_held(
        tmp_path: Path) -> None:
    # a plain-text e-mail: a who's who heading that says for when, the writer as "Me
    # (name)", two people who hold one role, a role and where it is held, and a role
    # beside a thing its holder sees to; first names and "I" do the work after it
    path = tmp_path / "regatta.txt"
    path.write_text(
        "From: Carys Bell <carys@example.org>\nTo: crew@example.org\n"
        "Subject: Regatta day\n\n"
        "Hi all,\n\n"
        "WHO'S WHO ON THE DAY\n"
        "- Me (Carys) - organiser, and the contact for the council\n"
        "- Ravi - safety officer on the launch\n"
        "- Mia and Joe - course marshals\n"
        "- Sian - timekeeper and clock, and she has the hooter\n\n"
        "MORNING\n"
        "Ravi checks the life jackets before the first race. Mia and Joe set out the "
        "buoys. Sian records every finishing time. I'll pay the boat hire firm.\n\n"
        "Carys\n", encoding="utf-8")
    draft = derive([path])
    roles = {r.name for r in draft.roles}
    assert {"Organiser", "Safety Officer", "Timekeeper"} <= roles, roles
    assert not any(r.startswith(("Ravi", "Sian", "Mia", "Timekeeper and")) for r in roles)
    cells = derived_cells(draft)
    assert any(r == "Safety Officer" and a.startswith("Check the life jackets")
               for r, a in cells), cells
    assert any(r.startswith("Course Marshal") and a.startswith("Set out the buoys")
               for r, a in cells), cells
    assert any(r == "Timekeeper" and a.startswith("Record every finishing time")
               for r, a in cells), cells
    assert any(r == "Organiser" and a.startswith("Pay the boat hire firm")
               for r, a in cells), cells


def test_a_thing_before_a_colon_is_what_the_sentence_s_it_stands_for(tmp_path: Path) -> None:
    # "Any spill or leak: the Caretaker mops it up and ...": the label names a thing, and
    # the role's "it" (or "them") is that thing
    path = tmp_path / "hall.txt"
    path.write_text(
        "Hall rules\n\n"
        "Any spill or leak: the Caretaker mops it up and puts out the wet floor sign.\n\n"
        "Lost property: the Hall Secretary logs them and tells the Booking Clerk.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Caretaker", "Mop up any spill or leak")] == "A/R", cells
    assert cells[("Caretaker", "Put out the wet floor sign")] == "A/R", cells
    assert any(r == "Hall Secretary" and a.startswith("Log lost property")
               for r, a in cells), cells


def test_lettered_sub_clauses_under_a_lead_in(tmp_path: Path) -> None:
    path = tmp_path / "standard.md"
    path.write_text(
        "# Records Standard\n\n## 2 Roles\n\n"
        "2.1 **Records Owner.** Each register has one Records Owner. In particular the "
        "Records Owner shall:\n\n"
        "  (a) register the record series before it is created;\n"
        "  (b) approve any change to the retention period, after consulting the Data "
        "Protection Officer\n"
        "      where the change is material; and\n"
        "  (c) attest annually that the register is complete.\n", encoding="utf-8")
    items = [b.text for b in read_document(path).blocks if b.kind == "item"]
    assert items[0] == "register the record series before it is created"
    assert items[1].startswith("approve any change") and items[1].endswith("is material")
    assert len(items) == 3
    cells = _cells(path)
    assert ("Records Owner", "Register the record series") in cells
    assert any(r == "Data Protection Officer" and letters == "C"
               for (r, _a), letters in cells.items())


def test_a_flowchart_step_outside_a_lane_and_newer_verbs(tmp_path: Path) -> None:
    path = tmp_path / "calls.md"
    path.write_text(
        "# How we handle a call\n\n"
        "```mermaid\nflowchart LR\n"
        "  A(Duty Coordinator checks the address) --> B{Urgent?}\n"
        "  B -->|yes| C(Duty Coordinator texts the on-call driver)\n"
        "```\n\n"
        "## After the call\n\n"
        "Spare parcels are offered to families on the waiting list by the Outreach Officer. "
        "Route sheets are sent to the Depot Manager by the Duty Coordinator. "
        "The first driver to reply takes the job. Drivers are responsible for them from "
        "that point. Questions to office@example.org.\n", encoding="utf-8")
    cells = _cells(path)
    assert ("Duty Coordinator", "Check the address") in cells
    assert ("Duty Coordinator", "Text the on-call driver") in cells
    assert not any(a.startswith("Urgent") for (_r, a) in cells)
    assert ("Outreach Officer", "Offer spare parcels") in cells
    # to whom a passive's thing goes is part of the duty, and told
    assert cells[("Depot Manager", "Send route sheets to the Depot Manager")] == "I"
    # "the first driver to reply" is who takes it, no action for a "First Driver"
    assert not any("reply" in a.lower() for (_r, a) in cells)
    assert not any(a.lower().startswith(("them", "question")) for (_r, a) in cells)


def test_a_clause_after_a_colon_and_titles_with_a_full_stop(tmp_path: Path) -> None:
    path = tmp_path / "dmp.md"
    path.write_text(
        "# Data plan\n\n"
        "The Data Manager sets up the folders. Interview notes will not be shared openly: "
        "the Co-Investigator (Prof. Leon Marsh) will decide requests for access, with the "
        "Ethics Committee.\n\n"
        "The PI has overall responsibility for this plan and reviews it with the Data "
        "Manager every year. The rule is simple: the Data Manager owns what is stored.\n",
        encoding="utf-8")
    cells = _cells(path)
    # a hyphen inside a title stays, and "Prof." ends no sentence
    assert cells[("Co-Investigator", "Decide requests for access")] == "A/R"
    assert cells[("Ethics Committee", "Decide requests for access")] == "C"
    # "it" is the plan the PI is responsible for
    assert any(r == "Data Manager" and "plan" in a.lower() for (r, a) in cells)
    # a colon after a short statement opens no duty without a modal
    assert not any("stored" in a.lower() for (_r, a) in cells)


def test_what_a_duty_is_done_with_stays_and_whom_goes() -> None:
    # a thing it is done with is part of the duty; a party worked with is a letter
    assert activity_names("Updates the MES with scrap counts") == [
        "Update the MES with scrap counts"]
    assert activity_names("Reviews the plan with the Data Manager") == [
        "Review the plan with the Data Manager"]
    assert activity_names("Writes the timeline with input from everyone involved") == [
        "Write the timeline"]
    assert activity_names("Fills in the form with the client details")[0].startswith(
        "Fill in the form")
    # (but what is shared with a party is handed to it: it stays, as a recipient does)
    assert activity_names("Shares the findings with stakeholders") == [
        "Share the findings with stakeholders"]
    # an aside after a comma goes whatever it names
    assert activity_names("Packs the scripts the same day, with the register") == [
        "Pack the scripts the same day"]


def test_a_header_of_roles_and_the_people_who_hold_them(tmp_path: Path) -> None:
    path = tmp_path / "callsheet.txt"
    path.write_text(
        "CALL SHEET - DAY 4\n\n"
        "Director: Ruth Okonkwo      Producer: Sam Hale      1st AD: Gareth Lloyd (0770)\n\n"
        "DEPARTMENT NOTES\n"
        "1st AD: Safety briefing for everyone at 07:15. Gareth calls the last safe time for\n"
        "the beach and clears the area before the tide turns.\n"
        "2nd AD: Issues tomorrow's call sheet by 19:00.\n", encoding="utf-8")
    cells = _cells(path)
    # the header names Gareth as the 1st AD, and the notes have him act
    assert ("1st AD", "Clear the area before the tide turns") in cells
    assert not any(r.startswith(("Gareth", "Ruth", "Sam")) for (r, _a) in cells)


def test_a_pronoun_after_a_preposition_stands_for_the_thing_before() -> None:
    assert activity_names("Owns the booking policy and approves any change to it")[1] == \
        "Approve any change to the booking policy"
    # number must agree: "them" is no singular thing
    assert "policy" not in activity_names(
        "Writes the policy and reviews every comment on them")[1].lower()


def test_a_participle_before_its_noun_and_codes_are_no_duties() -> None:
    assert activity_names("Integrated performance report, month 10")[0].startswith(
        "Integrated performance report")
    assert activity_names("Detailed design review") == ["Detailed design review"]
    assert activity_names("Di") == []


def test_a_section_led_by_a_role(tmp_path: Path) -> None:
    path = tmp_path / "checks.md"
    path.write_text(
        "# Pre-flight checks\n\n"
        "The Captain, the First Officer and the Cabin Manager run the checks.\n\n"
        "## Step 1: cabin, led by the Cabin Manager\n\n"
        "The First Officer checks the emergency exits. The Captain briefs the crew.\n\n"
        "## Step 2: cockpit\n\n"
        "The First Officer loads the flight plan.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("First Officer", "Check the emergency exits")] == "R"
    assert cells[("Cabin Manager", "Check the emergency exits")] == "A"
    assert cells[("Cabin Manager", "Brief the crew")] == "A"
    # the lead answers for its own section only
    assert ("Cabin Manager", "Load the flight plan") not in cells


def test_tasks_with_a_lead_and_participants_then_sentences(tmp_path: Path) -> None:
    path = tmp_path / "wp.md"
    path.write_text(
        "# Work package 2\n\n"
        "**T2.1 Site survey (M1–M4).** Lead: ACME. Participants: UNIX, BETA.\n"
        "ACME will choose the three sites. BETA will book the survey vans.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("ACME", "Site survey")] == "A/R"
    assert cells[("UNIX", "Site survey")] == "R"
    assert cells[("BETA", "Site survey")] == "R"
    # the sentences after the task's letters are duties too
    assert ("ACME", "Choose the three sites") in cells
    assert ("BETA", "Book the survey vans") in cells


def test_edges_of_this_pass_rules(tmp_path: Path) -> None:
    # a lettered sub-clause keeps a word ending in "and" or "or"
    path = tmp_path / "std.md"
    path.write_text("# Standard\n\nThe Brand Owner shall:\n\n"
                    "  (a) register the logo with the brand\n"
                    "  (b) approve the vendor; and\n"
                    "  (c) clean the floor\n", encoding="utf-8")
    items = [b.text for b in read_document(path).blocks if b.kind == "item"]
    assert items == ["register the logo with the brand", "approve the vendor",
                     "clean the floor"]
    # a person whose surname names a trade is no sender role
    mail = tmp_path / "mail.txt"
    mail.write_text("From: Tom Baker <tom.baker@example.org>\nSubject: fete\n\n"
                    "I will set up the gazebo. The Fete Committee (FC) books the band.\n",
                    encoding="utf-8")
    assert not any(r.name.startswith(("Tom", "Baker")) for r in derive([mail]).roles)
    # "they" that stands for a thing in a passive is no subject of its own
    money = tmp_path / "money.md"
    money.write_text("# Money\n\nThe Treasurer checks the accounts each month, and they are "
                     "then approved by the Board.\n", encoding="utf-8")
    cells = _cells(money)
    assert "A" in cells.get(("Board", "Check the accounts each month"), "") or any(
        r == "Board" and letters == "A" for (r, _a), letters in cells.items())
    # two-letter work is work
    assert activity_names("QA") == ["QA"]


def test_a_holder_whose_first_name_is_also_a_word(tmp_path: Path) -> None:
    path = tmp_path / "lab.md"
    path.write_text("# Lab roles\n\n**Lab Manager – Mark Evans**\n\n"
                    "Mark orders the gases and keeps the inventory.\n\n"
                    "**Fire Marshal – Weekly Duties**\n\n"
                    "Weekly checks the extinguishers.\n", encoding="utf-8")
    cells = _cells(path)
    # "Evans" is no word of the language: Mark is the Lab Manager
    assert cells[("Lab Manager", "Order the gases")] == "A/R"
    # "Weekly Duties" names no one: no role "Weekly", no duty of the Lab Manager's
    assert not any(r.startswith("Weekly") or a.lower().startswith("check the ext") and
                   r == "Lab Manager" for (r, a) in cells)


def test_an_occupation_in_lower_case_is_a_party(tmp_path: Path) -> None:
    path = tmp_path / "treasurer.md"
    path.write_text("# Treasurer\n\n"
                    "- Prepares the annual accounts and sends them to the independent "
                    "examiner.\n"
                    "- Passes each safeguarding concern to the caseworker.\n"
                    "- Orders the printer paper.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Independent Examiner", "Send the annual accounts to the independent "
                  "examiner")] == "I"
    assert cells[("Caseworker", "Pass each safeguarding concern to the "
                  "caseworker")] == "I"
    # a word that also names a thing is no party
    assert not any(r.lower().endswith("printer") for (r, _a) in cells)
    machine = tmp_path / "ops.md"
    machine.write_text("# Operator\n\n- Sends the job to the worker.\n"
                       "- Passes the config file to the interpreter.\n"
                       "- Checks the pressure regulator on each cylinder.\n", encoding="utf-8")
    names = {r for (r, _a) in _cells(machine)}
    assert names == {"Operator"}


def test_a_job_page_written_to_its_reader(tmp_path: Path) -> None:
    path = tmp_path / "job.html"
    path.write_text(
        "<html><body>\n"
        "<div class=\"cookie-banner\">We use cookies. <a href=\"/c\">Manage preferences</a> "
        "<button>Accept all</button></div>\n"
        "<h1>Gate Coordinator</h1>\n"
        "<ul class=\"job-meta\"><li>Leeds depot</li><li>Full time, four on four off</li></ul>\n"
        "<p>As Gate Coordinator you'll be the first contact for every lorry.</p>\n"
        "<h2>What the job involves</h2>\n"
        "<p><strong>Arrivals.</strong> Keep the Shift Manager updated on any late lorry and "
        "notify the Yard Planner of every change to the bay plan.</p>\n"
        "<p><strong>Safety</strong> – you inspect the trailer before loading and report any "
        "damage to the Site Supervisor.</p>\n"
        "<p><strong>Before each arrival</strong> you brief the marshals and make sure the "
        "bay, leveller and wheel chocks are ready.</p>\n"
        "</body></html>\n", encoding="utf-8")
    cells = _cells(path)
    # "you'll" is the reader; an imperative in a paragraph written to the reader is its duty
    assert cells[("Gate Coordinator", "Keep the Shift Manager updated on any late lorry")] \
        == "A/R"
    assert cells[("Shift Manager", "Keep the Shift Manager updated on any late lorry")] == "I"
    assert cells[("Gate Coordinator", "Notify the Yard Planner of every change to the bay "
                  "plan")] == "A/R"
    # a run-in label with a dash before "you" only titles the sentence
    assert cells[("Gate Coordinator", "Inspect the trailer before loading")] == "A/R"
    assert cells[("Site Supervisor", "Report any damage to the Site Supervisor")] == "I"
    # a list that is the subject of "are" after "make sure" is one state, not three duties
    assert cells[("Gate Coordinator", "Make sure the bay, leveller and wheel chocks are "
                  "ready")] == "A/R"
    # the cookie banner and the line of job metadata are no part of the page
    names = {a for (_r, a) in cells}
    assert not any(re.search(r"(?i)preferences|accept|leeds|full time", n) for n in names)


def test_site_chrome_is_left_out_of_an_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><div id=\"cookie-consent\"><div>We use cookies</div>Accept all</div>"
        "<ol class=\"breadcrumb\"><li>Home</li><li>Roles</li></ol>"
        "<div role=\"search\"><p>Search the site</p></div>"
        "<h1>Roles</h1><p class=\"byline\">By Jo Park, 3 May"
        "<p>The Clerk keeps the minutes.</p>"
        "<section id=\"consent\"><h2>Consent</h2><p>The Surgeon obtains consent.</p>"
        "</section></body></html>", encoding="utf-8")
    texts = [b.text for b in read_document(path).blocks]
    # (a nested element inside the banner does not end it; an unclosed byline ends at the
    # next paragraph; a section that holds a heading is content, whatever its id)
    assert texts == ["Roles", "The Clerk keeps the minutes.", "Consent",
                     "The Surgeon obtains consent."]


def test_a_role_owned_by_a_party_and_a_record_made_available(tmp_path: Path) -> None:
    path = tmp_path / "schedule.md"
    path.write_text(
        "# Schedule 2\n\n"
        "1.1 The Supplier shall deliver the goods to the Buyer's warehouse.\n\n"
        "1.2 The Supplier’s Quality Manager shall keep a record of all inspections and make "
        "it available to the Buyer on request.\n\n"
        "1.3 The Buyer's Stores Supervisor shall check each delivery.\n\n"
        "1.4 The Buyer's Stores Supervisor writes a report of all rejections and sends it to "
        "the Buyer.\n", encoding="utf-8")
    cells = _cells(path)
    # "The Supplier’s Quality Manager shall ...": the role the party has is the subject,
    # one role whichever apostrophe it is written with
    assert cells[("Supplier's Quality Manager", "Keep a record of all inspections")] == "A/R"
    assert ("Supplier", "Keep a record of all inspections") not in cells
    assert cells[("Buyer's Stores Supervisor", "Check each delivery")] == "A/R"
    # "make it available to the Buyer": a second duty on the record, the Buyer told
    assert cells[("Supplier's Quality Manager", "Make a record of all inspections "
                  "available")] == "A/R"
    assert cells[("Buyer", "Make a record of all inspections available")] == "I"
    # "a report of all rejections ... it": the pronoun's number is the report's
    assert cells[("Buyer", "Send a report of all rejections to the Buyer")] == "I"
    many = tmp_path / "many.md"
    many.write_text("# Roles\n\n- The Secretary collects all of the reports and sends them "
                    "to the Chair.\n", encoding="utf-8")
    # "all of the reports ... them": a quantifier's number is its noun's
    assert _cells(many)[("Chair", "Send all of the reports to the Chair")] == "I"
    # the title written with its party is one role: its title alone is no second one
    assert not any(r in ("Quality Manager", "Stores Supervisor") for (r, _a) in cells)


def test_a_title_of_two_parties_stays_two_roles(tmp_path: Path) -> None:
    path = tmp_path / "shipping.md"
    path.write_text(
        "# Shipping\n\n"
        "| Step | Who | Told |\n| --- | --- | --- |\n"
        "| Book the collection | Forwarder | Seller |\n"
        "| Book space on the vessel | Buyer's forwarder | Buyer |\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Forwarder", "Book the collection")] == "A/R"
    assert cells[("Buyer's Forwarder", "Book space on the vessel")] == "A/R"


def test_rules_written_to_every_user(tmp_path: Path) -> None:
    path = tmp_path / "rules.md"
    path.write_text(
        "# Darkroom rules\n\nThese rules apply to every user of the darkroom.\n\n"
        "## Roles\n\n- The Darkroom Technician orders the chemicals.\n\n"
        "## Getting access\n\n1. Complete the safety induction.\n"
        "2. Book in the calendar no more than two weeks ahead.\n\n"
        "## Using the room\n\n"
        "- Cancel a booking at least a day in advance, or your club is charged.\n"
        "- Check the log for faults reported by the Darkroom Technician.\n"
        "- After: Rinse the trays you used.\n\n"
        "## What you'll need\n\n- Experience of film processing\n", encoding="utf-8")
    cells = _cells(path)
    # the page's reader is the User: the instructions under headings naming no role are
    # the User's, labelled or with "your" in them
    assert cells[("User", "Complete the safety induction")] == "A/R"
    # a name is never cut before its measure ("... no more than", "... at least")
    assert cells[("User", "Book in the calendar")] == "A/R"
    assert cells[("User", "Cancel a booking")] == "A/R"
    assert cells[("User", "Rinse the trays you used")] == "A/R"
    # "faults reported by the Technician": who reported the faults does no checking
    assert cells[("User", "Check the log for faults")] == "A/R"
    assert ("Darkroom Technician", "Check the log for faults") not in cells
    # what the reader needs is no duty
    assert not any(a.startswith("Experience") for (_r, a) in cells)


def test_a_pronoun_after_a_colon_stands_for_the_subject(tmp_path: Path) -> None:
    path = tmp_path / "gate.md"
    path.write_text("# Gate\n\nThe Porter arrives at 7am: he unlocks the gates and checks "
                    "the alarm.\n\nThe Stewards come at 8am: they set out the cones.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Porter", "Unlock the gates")] == "A/R"
    assert cells[("Porter", "Check the alarm")] == "A/R"
    assert cells[("Steward", "Set out the cones")] == "A/R"


def test_you_as_a_subject_after_a_dash_or_contracted(tmp_path: Path) -> None:
    for n, line in enumerate(("You'll check the load message before each arrival.",
                              "**Arrivals** – you check the load message before each "
                              "arrival.")):
        path = tmp_path / f"job{n}.md"
        path.write_text(f"# Gate Coordinator\n\n## The work\n\n{line}\n", encoding="utf-8")
        assert _cells(path)[("Gate Coordinator",
                             "Check the load message before each arrival")] == "A/R"


def test_what_a_role_does_in_a_relative_clause_of_a_sentence_without_one(
        tmp_path: Path) -> None:
    path = tmp_path / "volunteers.md"
    path.write_text(
        "# Volunteering\n\n"
        "New volunteers are paired with the Education Officer, who checks their "
        "references.\n\n"
        "Vulnerabilities go privately to the Security Team, who tell the downstream "
        "distributions a week before release.\n\n"
        "Every bid gets a reviewer, chosen by the Panel Chair, who reads it twice.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Education Officer", "Check their references")] == "A/R"
    assert cells[("Security Team",
                  "Tell the downstream distributions a week before release")] == "A/R"
    # "chosen by the Panel Chair, who reads it": "who" is the reviewer, not the chooser
    assert not any(r == "Panel Chair" and a.startswith("Read") for (r, a) in cells)


def test_work_that_goes_to_a_role_in_some_manner(tmp_path: Path) -> None:
    path = tmp_path / "security.md"
    path.write_text("# Security\n\nVulnerability reports go privately to the Security "
                    "Team.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells == {("Security Team", "Vulnerability reports"): "A/R"}


def test_the_one_let_know_is_told(tmp_path: Path) -> None:
    path = tmp_path / "steward.md"
    path.write_text(
        "# Volunteer Steward\n\nThe Site Manager plans the rota.\n\n## What you do\n\n"
        "- Let the Site Manager know if you cannot come.\n\n"
        # "you" is a subject in a clause of its own: the page is written to its reader
        "Check the doors when you leave. Let the Site Manager know about any fault.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Manager", "Let the Site Manager know if you cannot come")] == "I"
    assert cells[("Volunteer Steward", "Check the doors")] == "A/R"
    assert cells[("Volunteer Steward", "Tell the Site Manager about any fault")] == "A/R"
    assert cells[("Site Manager", "Tell the Site Manager about any fault")] == "I"


def test_an_instruction_after_its_condition(tmp_path: Path) -> None:
    path = tmp_path / "marshal.txt"
    path.write_text(
        "GATE MARSHAL\n\n"
        "When the gates open:\n\n"
        "1. When the last coach leaves, tell the Car Park Lead so the barrier can be "
        "closed.\n"
        "2. Check the gate. If anyone is waiting there, call the Duty Manager at once.\n"
        "3. If the fix fails, the Duty Manager closes the gate.\n\n"
        "Afterwards: hand the signed key log to the Duty Manager.\n", encoding="utf-8")
    cells = _cells(path)
    # the condition goes, the instruction is the role's, with whom it tells (and not
    # "so the barrier ...", a purpose with a subject of its own)
    assert cells[("Gate Marshal", "Tell the Car Park Lead")] == "A/R"
    assert cells[("Car Park Lead", "Tell the Car Park Lead")] == "I"
    assert cells[("Gate Marshal", "Check the gate")] == "A/R"
    assert cells[("Gate Marshal", "Call the Duty Manager")] == "A/R"
    assert cells[("Duty Manager", "Call the Duty Manager")] == "I"
    assert ("Duty Manager", "Check the gate") not in cells
    # a condition with a subject of its own is that subject's
    assert cells[("Duty Manager", "Close the gate")] == "A/R"
    assert ("Gate Marshal", "Close the gate") not in cells
    # a paragraph under a heading that says when, after a label that says when
    assert cells[("Gate Marshal", "Hand the signed key log to the Duty Manager")] == "A/R"
    assert cells[("Duty Manager", "Hand the signed key log to the Duty Manager")] == "I"


def test_passives_with_long_places_helping_people_and_asked_clauses(tmp_path: Path) -> None:
    path = tmp_path / "open-day.md"
    path.write_text(
        "# Club Open Day\n\n"
        "1.1 Notices to members will be posted by the Club Secretary on the official notice "
        "board outside the race office.\n\n"
        "1.2 Any change to the programme will be posted by the Club Secretary before 09:00 "
        "on the day.\n\n"
        "1.3 The Safety Officer will decide how many marshals go out and where they are "
        "stationed.\n\n"
        "1.4 Safety crews will help any visitor in difficulty.\n\n"
        "1.5 The Race Team helps deliver the programme.\n", encoding="utf-8")
    cells = _cells(path)
    # the doer of a passive is found past a long place or a time with a colon in it
    assert cells[("Club Secretary", "Post notices to members")] == "A/R"
    assert cells[("Club Secretary", "Post any change to the programme")] == "A/R"
    # a clause the verb asks about is its object, not a sentence of its own
    assert cells[("Safety Officer", "Decide how many marshals go out")] == "A/R"
    # helping people is the work; helping to deliver something is delivering it
    assert cells[("Safety Crew", "Help any visitor in difficulty")] == "A/R"
    assert cells[("Race Team", "Deliver the programme")] == "A/R"


def test_a_clause_with_a_subject_of_its_own() -> None:
    assert _own_clause("record it on the sheet, and they are paid monthly")
    # what a verb asks about is its object ...
    assert not _own_clause("decide how many marshals go out and where they are stationed")
    # ... unless the clause it hangs on has a subject of its own
    assert _own_clause("record it on the sheet so we know what we have")


def test_shortened_titles_name_lists_and_remarks_after_a_label(tmp_path: Path) -> None:
    path = tmp_path / "agm.md"
    path.write_text(
        "# AGM timetable\n\n### Eight weeks before\n\n"
        "- **Treasurer:** close the books for the year.\n"
        "- **Hon. Secretary:** book the upper room and confirm the date with the "
        "Committee.\n"
        "- **Asst. Coach:** check the boats.\n"
        "- **Club Captain:** collect the entry forms from the North, South, East and West "
        "sections.\n"
        "- **Tellers** (two, chosen by the Chair from members not standing for office): "
        "count the votes in any contested election.\n", encoding="utf-8")
    cells = _cells(path)
    # a title shortened with a stop is one role, and the stop ends no sentence
    assert cells[("Hon Secretary", "Book the upper room")] == "A/R"
    assert cells[("Committee", "Confirm the date with the Committee")] == "C"
    assert cells[("Asst Coach", "Check the boats")] == "A/R"
    assert ("Treasurer", "Book the upper room") not in cells
    # a list of names is no list of duties, nor is a name cut inside it
    club = {a for (r, a) in cells if r == "Club Captain"}
    assert len(club) == 1 and not any("North" in a or "South" in a for a in club)
    # a remark in brackets after the label is about the label
    assert cells[("Teller", "Count the votes in any contested election")] == "A/R"


def test_questions_and_answers_in_asciidoc(tmp_path: Path) -> None:
    path = tmp_path / "site.adoc"
    path.write_text(
        "= Who does what at the allotments\n\n[qanda]\n"
        "Who decides where a new bed goes?::\n"
        "The Site Manager, after talking it through with the Water Steward. Nobody digs "
        "without her say-so.\n\n"
        "Who clears the paths?::\n"
        "The Path Warden, with the big mower.\n\n"
        "I have a new plot. Who checks the boundary?::\n"
        "Your Plot Secretary, who keeps the plot register.\n", encoding="utf-8")
    cells = _cells(path)
    # the question titles its answer, and the answer does what the question asks
    assert cells[("Site Manager", "Decide where a new bed goes")] == "A/R"
    assert cells[("Water Steward", "Decide where a new bed goes")] == "C"
    assert cells[("Path Warden", "Clear the paths")] == "A/R"
    # (the question after a sentence of its own; a relative clause is a duty too)
    assert cells[("Plot Secretary", "Check the boundary")] == "A/R"
    assert cells[("Plot Secretary", "Keep the plot register")] == "A/R"


def test_titles_of_the_water_and_the_dig_are_occupations(tmp_path: Path) -> None:
    path = tmp_path / "regatta.md"
    path.write_text("# Regatta\n\nPrizes will be presented by the commodore at the dinner.\n\n"
                    "Human remains are lifted only by the osteologist.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Commodore", "Present prizes")] == "A/R"
    assert any(r == "Osteologist" for (r, _a) in cells)


def test_the_confirmation_a_step_waits_for(tmp_path: Path) -> None:
    path = tmp_path / "gala.md"
    path.write_text(
        "# Swimming gala\n\n"
        "The Pool Manager opens the building. The Gala Secretary prints the programme.\n\n"
        "The Pool Manager will not open the doors until the Gala Secretary confirms that "
        "every lane has a timer.\n\n"
        "The Announcer reads the results once the Gala Secretary approves the result "
        "sheet.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Gala Secretary", "Confirm that every lane has a timer")] == "A/R"
    assert cells[("Pool Manager", "Confirm that every lane has a timer")] == "I"
    assert cells[("Gala Secretary", "Approve the result sheet")] == "A/R"
    assert cells[("Announcer", "Approve the result sheet")] == "I"
    assert cells[("Announcer", "Read the results")] == "A/R"


def test_a_duty_that_holds_a_passive_or_a_relative_clause(tmp_path: Path) -> None:
    path = tmp_path / "trustees.md"
    path.write_text(
        "# Roles\n\n## Welfare Trustee\n\n"
        "- Makes sure the lone working policy is reviewed every year and approved by the "
        "Board.\n"
        "- Checks that every driver who works alone with clients has a current DBS check.\n",
        encoding="utf-8")
    cells = _cells(path)
    # the duty's own verb opens the item: the passive inside it names no subject
    welfare = {a for (r, a) in cells if r == "Welfare Trustee"}
    assert any(a.startswith("Make sure the lone working policy is reviewed") for a in welfare)
    assert not any(r == "Board" and cells[(r, a)] in ("R", "A/R") for (r, a) in cells)
    # a party inside a relative clause is that clause's, and the name runs on to its verb
    assert cells[("Welfare Trustee", "Check that every driver who works alone with clients "
                                     "has a current DBS check")] == "A/R"
    assert not any(r == "Client" for (r, _a) in cells)


def test_a_verb_without_its_object_names_no_duty() -> None:
    for text in ("carry out", "Carry out"):
        assert activity_names(text) == [], text
    # a verb that is also a noun may name the work, and a lone word may be a noun
    assert activity_names("audit") == ["Audit"]
    assert activity_names("carry out the audit") == ["Carry out the audit"]
    # a participle alone, or a condition alone, names no duty either
    assert activity_names("reviewed") == []
    assert activity_names("only after the Working Group has confirmed") == []
    assert activity_names("if the alarm sounds, close the doors") == ["Close the doors"]
    # a piece of a phrase, or what the page is, neither
    assert activity_names("Working back from that date, this is who does what") == []
    assert activity_names("this is who does what") == []
    assert activity_names("mash in") == ["Mash in"]


def test_an_office_in_capitals_told_something(tmp_path: Path) -> None:
    path = tmp_path / "turnaround.md"
    path.write_text(
        "# Turnaround Coordinator\n\n"
        "The Turnaround Coordinator keeps the Duty Manager updated on any delay and "
        "notifies Ops Control of every change to the off-block time.\n\n"
        "The Secretary tells Companies House of any change of director.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Ops Control", "Notify Ops Control of every change to the off-block "
                                "time")] == "I"
    assert cells[("Companies House", "Tell Companies House of any change of director")] == "I"


def test_a_check_after_and_is_a_second_duty(tmp_path: Path) -> None:
    path = tmp_path / "club.md"
    path.write_text("# Club\n\n## Steward\n\n- Lock the gates and check that the alarm is "
                    "set.\n- Close the bar and confirm whether the till is counted.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Steward", "Lock the gates")] == "A/R"
    assert cells[("Steward", "Check that the alarm is set")] == "A/R"
    assert cells[("Steward", "Close the bar")] == "A/R"
    assert not any(a.endswith(" and check") for (_r, a) in cells)


def test_a_noun_in_s_after_a_plain_verb_is_no_second_verb(tmp_path: Path) -> None:
    path = tmp_path / "stage.md"
    path.write_text(
        "# Company\n\n## Deputy Stage Manager\n\n"
        "The DSM sits in every rehearsal. They record all moves and cues in the prompt copy "
        "and send out the daily report by 7pm.\n\n"
        "## Secretary\n\n- Send the call for nominations and motions to all members.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert not any(a.startswith(("Cue", "Motion")) for (_r, a) in cells)
    assert cells[("Deputy Stage Manager", "Send out the daily report by 7pm")] == "A/R"
    assert any(r == "Secretary" and a.startswith("Send the call") for (r, a) in cells)


def test_a_longer_title_after_the_article_of_a_team(tmp_path: Path) -> None:
    path = tmp_path / "rescue.md"
    path.write_text("# Call-out\n\nThe Rescue Team answers every call-out. The Team Leader "
                    "briefs the team.\n\nThe Base Controller emails the log to the Team "
                    "Secretary.\n", encoding="utf-8")
    cells = _cells(path)
    # "The Team Leader" is no mention of the team called "the Team"
    assert cells[("Team Leader", "Brief the team")] == "A/R"
    assert cells[("Rescue Team", "Brief the team")] == "I"
    assert cells[("Team Secretary", "Email the log to the Team Secretary")] == "I"


def test_a_pronoun_after_two_objects_is_the_thing_given(tmp_path: Path) -> None:
    path = tmp_path / "podcast.md"
    path.write_text("# Podcast\n\nThe Producer sends the guest the release form and chases "
                    "it until it is signed.\n\nThe Churchwarden draws up the rota twice a "
                    "year and sends it to the Vicar.\n", encoding="utf-8")
    names = {a for (_r, a) in _cells(path)}
    assert "Chase the release form until it is signed" in names
    assert "Send the rota twice a year to the Vicar" in names


def test_two_plain_verbs_after_one_modal(tmp_path: Path) -> None:
    path = tmp_path / "permit.md"
    path.write_text("# Permit\n\nThe Competent Person will brief everyone in the working party "
                    "before work starts and keep this permit until the work is finished.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Competent Person", "Brief everyone in the working party")] == "A/R"
    assert cells[("Competent Person", "Keep this permit until the work is finished")] == "A/R"


def test_a_stop_that_ends_a_sentence_and_people_called_are_no_offices(tmp_path: Path) -> None:
    path = tmp_path / "office.md"
    path.write_text(
        "# Office\n\nThe Clerk sends all invoices to the Finance Dept. The Treasurer approves "
        "each payment.\n\nThe Steward calls Mary Evans if the gate jams.\n\n"
        "The Porter tells Ops Control Tomorrow about the delay.\n", encoding="utf-8")
    template = derive([path])
    roles = {r.name for r in template.roles}
    cells = derived_cells(template)
    # "Dept." before "The Treasurer" ends its sentence
    assert cells[("Treasurer", "Approve each payment")] == "A/R"
    # a person called is no office; a word of time after an office is no part of it
    assert "Mary Evans" not in roles
    assert "Ops Control" in roles and "Ops Control Tomorrow" not in roles


def test_a_time_a_place_or_a_clause_of_its_own_is_no_duty_name() -> None:
    # what is left of a sentence when its duty went elsewhere: a time limit, a place, a
    # clause with its own subject; none of them is work a role does
    for piece in ("Within 30 days of the request", "In discussion with the board",
                  "Where the Director approves", "What goes to the printer",
                  "Whoever opened the ticket updates the log",
                  "Above these limits the Chair decides", "On the research plan"):
        assert activity_name(piece) == "", piece
    # a duty keeps its name, whatever it begins with
    assert activity_name("Review the budget") == "Review the budget"
    assert activity_name("Onboard new volunteers") == "Onboard new volunteers"


def test_one_act_on_two_things_is_one_step_but_two_things_owned_are_two() -> None:
    # a verb that does something to two things at once names one step
    assert activity_names("Strike the lectern and the trophies") == [
        "Strike the lectern and the trophies"]
    assert activity_names("Book the venue and the caterer") == ["Book the venue and the caterer"]
    # a verb that hands over a standing area gives one row per area
    assert activity_names("owns the module syllabus and the assessment strategy") == [
        "Module syllabus", "Assessment strategy"]


def test_a_clause_that_only_tells_a_role_informs_it_of_the_duty_before(tmp_path: Path) -> None:
    """"... and tells the Night Manager" (or "; tells ..." in a table's cell) gives the one
    told I on the duty it follows, as well as the telling itself; a clause that tells
    more than roles ("and tells the Chef what ran out") informs no one of the duty before."""
    path = tmp_path / "hotel.md"
    path.write_text(
        "# Night shift\n\n"
        "The Night Porter locks the side doors at midnight and tells the Night Manager.\n\n"
        "The Night Porter checks the bar stock and tells the Chef what ran out.\n\n"
        "The Night Porter counts the float and tells the Night Manager where the keys "
        "are.\n\n"
        "The Night Porter closes the bar and informs the Night Manager and the Duty "
        "Engineer.\n\n"
        "| Level | Who | What |\n| --- | --- | --- |\n"
        "| 1 | Night Manager | calls the fire service; informs the Duty Engineer |\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Night Manager", "Lock the side doors at midnight")] == "I"
    assert cells[("Night Porter", "Lock the side doors at midnight")] == "A/R"
    assert cells[("Duty Engineer", "Call the fire service")] == "I"
    assert ("Chef", "Check the bar stock") not in cells
    assert ("Night Manager", "Count the float") not in cells
    # two told, both informed of the duty before
    assert cells[("Night Manager", "Close the bar")] == "I"
    assert cells[("Duty Engineer", "Close the bar")] == "I"


def test_what_a_role_is_told_stays_after_a_time_or_a_second_receiver() -> None:
    # what is told, about what or before which event, is the duty, after a time limit
    # and with two receivers
    assert activity_name(
        "Tell the Transport Manager within two days if the van breaks down or misses a round") == \
        "Tell the Transport Manager if the van breaks down or misses a round"
    assert activity_name("tell the duty nurse and the ward clerk about any fall on the ward") == \
        "Tell the duty nurse and the ward clerk about any fall on the ward"
    assert activity_name("informs the Treasurer before the bank visit") == \
        "Inform the Treasurer before the bank visit"


def test_a_name_cut_after_its_negation_is_no_duty() -> None:
    # what is denied was cut away: the piece left names no work
    for piece in ("return any parcel that is not", "sign the sheet but do not",
                  "Spare keys are not"):
        assert activity_name(piece) == "", piece
    assert activity_name("Return any parcel that is not sealed") != ""


def test_what_a_role_is_told_after_when_and_by_radio_or_phone() -> None:
    # a phrase of when they are told comes before what they are told
    assert activity_name("tell the steward at the end of each match if a gate was forced") == \
        "Tell the steward if a gate was forced"
    # told of something, by radio, phone or e-mail: what stays, not how far ahead
    assert activity_name("notifies the Landlord of a burst pipe at least two days in advance") \
        == "Notify the Landlord of a burst pipe"
    assert activity_name("radio the Gate Supervisor about any lost child") == \
        "Radio the Gate Supervisor about any lost child"
    # how long before an event stays with the event
    assert activity_name("tells the Site Manager three days before any road is closed") == \
        "Tell the Site Manager three days before any road is closed"
    # "of the ..." after a role may still be part of its name
    assert activity_name("tell the Head of Department about the complaint") == \
        "Tell the Head of Department about the complaint"


def test_marks_a_legend_sets_before_names_give_them_letters(tmp_path: Path) -> None:
    """A page of cards whose legend says what a mark before a name means ("» Name means
    we let that person know", "¿ Name means we check with them first", "✓ Name means
    that person must approve it") reads each item without its marked names, and gives
    each name the letter of its mark (an approver takes the A from the card's role)."""
    path = tmp_path / "garden.html"
    path.write_text(
        "<h1>Who does what at Ashgrove Community Garden</h1>"
        "<p>How to read this page: <span>» Name</span> means we let that person know; "
        "<span>¿ Name</span> means we check with them first; <span>✓ Name</span> means "
        "that person must approve it.</p>"
        "<h3>Garden Coordinator</h3><ul>"
        "<li>Book the compost delivery <span>✓ Treasurer</span></li>"
        "<li>Plan the spring planting <span>¿ Seed Librarian</span> "
        "<span>» Volunteer Lead</span></li></ul>"
        "<h3>Seed Librarian</h3><ul><li>Label the seed packets</li></ul>"
        "<h3>Treasurer</h3><ul><li>Pay the water bill</li></ul>"
        "<h3>Volunteer Lead</h3><ul><li>Welcome new volunteers</li></ul>",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Garden Coordinator", "Book the compost delivery")] == "R"
    assert cells[("Treasurer", "Book the compost delivery")] == "A"
    assert cells[("Garden Coordinator", "Plan the spring planting")] == "A/R"
    assert cells[("Seed Librarian", "Plan the spring planting")] == "C"
    assert cells[("Volunteer Lead", "Plan the spring planting")] == "I"


def test_marks_of_any_character_set_apart_only_the_names_an_item_ends_on(
        tmp_path: Path) -> None:
    """Marks a legend sets before names may be "*", "+", "?" or "(": only the names the
    item ends on are set apart ("Order (two) boxes of paper + Treasurer" keeps its
    bracket, "Print 3 + 4 copies" names no one), and two items with the same words in
    two sections of a page written on one line each give their own names their letters."""
    path = tmp_path / "club.html"
    path.write_text(
        "<h1>Club jobs</h1><p>Key: * Name means that person has to approve it; + Name "
        "means we let them know; ? Name means we ask them first; ( Name means they are "
        "told.</p><h3>Secretary</h3><ul><li>Book the hall * Chair</li>"
        "<li>Send the minutes ? Chair ( Treasurer</li>"
        "<li>Order (two) boxes of paper + Treasurer</li><li>Print 3 + 4 copies</li></ul>"
        "<h3>Steward</h3><ul><li>Book the hall + Treasurer</li></ul>"
        "<h3>Chair</h3><ul><li>Run the meeting</li></ul>"
        "<h3>Treasurer</h3><ul><li>Pay the bills</li></ul>", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Chair", "Book the hall")] == "A"
    assert cells[("Treasurer", "Book the hall")] == "I"
    assert cells[("Chair", "Send the minutes")] == "C"
    assert cells[("Treasurer", "Send the minutes")] == "I"
    assert cells[("Secretary", "Order boxes of paper")] == "A/R"
    assert cells[("Treasurer", "Order boxes of paper")] == "I"
    assert cells[("Secretary", "Print 3 + 4 copies")] == "A/R"
    assert cells[("Secretary", "Book the hall")] == cells[("Steward", "Book the hall")] == "R"
    assert not [a for _role, a in cells if "Treasurer" in a or "two)" in a]


def test_counts_and_whose_are_no_part_of_a_role_s_name() -> None:
    """"its 412 members" and "the group's users" name Member and User; a party's own role
    ("the manufacturer's engineer") keeps its possessive, and so does a title."""
    from raci.derive.actors import actor_name
    assert actor_name("its 412 members") == "Member"
    assert actor_name("the group's users") == "User"
    assert actor_name("the manufacturer's engineer") == "Manufacturer's Engineer"
    assert actor_name("Director's Assistant") == "Director's Assistant"
    assert actor_name("the next Board") == "Board"


def test_a_title_that_starts_with_last_or_next_keeps_its_name(tmp_path: Path) -> None:
    """"next" or a month says which of a body's meetings only in lower case or before the
    body's word alone ("the next Board", "the June Committee"): "Last Mile Courier" and
    "Next Steps Coordinator" are titles, and they act."""
    from raci.derive.actors import actor_name
    assert actor_name("the next Board") == "Board"
    assert actor_name("the June Committee") == "Committee"
    assert actor_name("The Last Mile Courier") == "Last Mile Courier"
    path = tmp_path / "depot.md"
    path.write_text("# Depot\n\nThe Last Mile Courier delivers the parcels. The Next Steps "
                    "Coordinator books the follow-up calls. The Following Vehicle Driver "
                    "escorts the convoy.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Last Mile Courier", "Deliver the parcels")] == "A/R"
    assert cells[("Next Steps Coordinator", "Book the follow-up calls")] == "A/R"
    assert cells[("Following Vehicle Driver", "Escort the convoy")] == "A/R"


def test_a_count_before_a_title_is_part_of_the_subject_not_the_name(tmp_path: Path) -> None:
    """"Two Lifeboat Crew Members launch the boat": the count is no part of the role's
    name, and the titled role after it is the sentence's subject."""
    path = tmp_path / "launch.md"
    path.write_text("# Launch\n\nTwo Lifeboat Crew Members launch the boat from the slipway. "
                    "The Lifeboat Crew Member logs the launch time.\n", encoding="utf-8")
    draft = derive([path])
    assert [r.name for r in draft.roles] == ["Lifeboat Crew Member"]
    assert derived_cells(draft)[("Lifeboat Crew Member",
                                 "Launch the boat from the slipway")] == "A/R"


def test_nouns_listed_after_a_verbs_first_object_are_its_objects(tmp_path: Path) -> None:
    """"shall keep the oars, paddles, buoyancy aids and helmets in good repair, inspect
    the hulls ...": "paddles" (though "paddle" is a verb too) and "buoyancy aids and
    helmets in good repair" are further things kept, no duties of their own."""
    path = tmp_path / "boats.md"
    path.write_text("# Boat club\n\nThe Boat Officer shall keep the oars, paddles, buoyancy aids "
                    "and helmets in good repair, inspect the hulls before each season, and "
                    "keep the boat log.\n", encoding="utf-8")
    names = [a.name for a in derive([path]).rows]
    assert names[0].startswith("Keep the oars")
    assert not any(n.lower().startswith(("paddles", "buoyancy", "helmets")) for n in names)
    assert "Keep the boat log" in names and len(names) == 3


def test_a_title_with_and_inside_is_one_role_where_it_is_told(tmp_path: Path) -> None:
    """"report every accident to the Health and Safety Manager within 48 hours": one
    title, told of the duty and kept whole in its name, no "Safety Manager" beside it; two
    titles joined by "and" stay two."""
    path = tmp_path / "club.md"
    path.write_text("# Club\n\nThe Safety Officer shall report every accident to the "
                    "Health and Safety Manager within 48 hours.\n\nThe Secretary shall send "
                    "the minutes to the President and the Treasurer.\n", encoding="utf-8")
    draft = derive([path])
    roles = [r.name for r in draft.roles]
    assert "Health and Safety Manager" in roles and "Safety Manager" not in roles
    cells = derived_cells(draft)
    name = "Report every accident to the Health and Safety Manager within 48 hours"
    assert cells[("Safety Officer", name)] == "A/R"
    assert cells[("Health and Safety Manager", name)] == "I"
    assert {"President", "Treasurer"} <= set(roles)


def test_each_party_and_doing_the_same_name_the_parties(tmp_path: Path) -> None:
    """An order or an agreement naming two parties: "Each party shall ..." and "The
    parties shall ..." are duties of both (the first named A/R, the other R), as is a
    duty the second party "shall do the same" as; two verbs after one modal share their
    object ("shall sign and date the inventory": one duty)."""
    path = tmp_path / "tenancy.txt"
    path.write_text(
        "TENANCY AGREEMENT\n\nBETWEEN the Landlord and the Tenant.\n\n"
        "1. Each party shall keep a copy of the inventory for the length of the tenancy.\n\n"
        "2. The Landlord shall sign and date the check-in report by 1 May, and the Tenant "
        "shall do the same by the same date.\n\n"
        "3. The parties shall meet at the property at the end of the tenancy.\n\n"
        "4. The Tenant shall test and report the smoke alarms every month.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Landlord", "Keep a copy of the inventory")] == "A/R"
    assert cells[("Tenant", "Keep a copy of the inventory")] == "R"
    assert cells[("Landlord", "Sign and date the check-in report by 1 May")] == "A/R"
    assert cells[("Tenant", "Sign and date the check-in report by 1 May")] == "R"
    assert any(r == "Tenant" and a.startswith("Meet at the property") and letters == "R"
               for (r, a), letters in cells.items())
    assert cells[("Tenant", "Test and report the smoke alarms every month")] == "A/R"
    assert not any(a.lower().startswith(("same", "check-in report", "smoke alarms"))
                   for _r, a in cells)


def test_one_party_named_leaves_each_party_alone(tmp_path: Path) -> None:
    """With one party only there is nobody to share "each party"'s duty with: the
    sentence is read as written."""
    path = tmp_path / "notice.md"
    path.write_text("# Notice\n\nThe Tenant shall keep the garden tidy.\n\nEach party "
                    "shall pay its own costs.\n", encoding="utf-8")
    roles = [r.name for r in derive([path]).roles]
    assert roles == ["Tenant"]


def test_an_adverts_offer_and_a_sites_cookie_notice_are_no_duties(tmp_path: Path) -> None:
    """A job advert saved from a careers site: what the post offers ("What's in it for
    you", "What you'll get", "Rewards") and the site's cookie notice ("Accept all Manage
    cookies") are no duties of the post."""
    path = tmp_path / "advert.md"
    path.write_text(
        "# Site Supervisor\n\nAs Site Supervisor you run the depot for your shift.\n\n"
        "## What you'll be doing\n\n- Open the depot each morning\n"
        "- Brief the drivers on the day's rounds\n\nWe use cookies to make this site work "
        "and to understand how you use it. Accept all Manage cookies\n\n"
        "## What's in it for you\n\n- Free parking at the depot\n- Paid first aid course\n\n"
        "## Rewards\n\n- Annual bonus scheme\n", encoding="utf-8")
    names = [a.name for a in derive([path]).rows]
    assert "Open the depot each morning" in names
    assert not any(w in n.lower() for n in names
                   for w in ("parking", "first aid", "bonus", "cookies", "accept"))


def test_a_named_contact_is_a_role_and_first_contact_is_not(tmp_path: Path) -> None:
    """"the Callout Contact", "the Base Contact": a person named to be reached is a role;
    "Initial Contact and Triage" is the act of contacting; an item under a plural role
    that opens on "Each" ("Each checks one hut") is the role's duty."""
    from raci.derive.actors import actor_name
    assert actor_name("the Callout Contact") == "Callout Contact"
    assert actor_name("Initial Contact") is None and actor_name("the contact") is None
    path = tmp_path / "trip.md"
    path.write_text("# Trips\n\nThe Trip Leader leaves a callout time with the Callout "
                    "Contact. The Callout Contact phones the police if the party is late."
                    "\n\n## Wardens: Initial Contact and Triage\n\n- Greet every walker\n\n"
                    "## Hut Wardens\n\n- Each checks one hut every evening.\n",
                    encoding="utf-8")
    draft = derive([path])
    roles = [r.name for r in draft.roles]
    assert "Callout Contact" in roles and "Initial Contact" not in roles
    cells = derived_cells(draft)
    assert cells[("Callout Contact", "Phone the police if the party is late")] == "A/R"
    assert cells[("Hut Warden", "Check one hut every evening")] == "A/R"
    assert cells[("Warden", "Greet every walker")] == "A/R"


def test_a_checklist_written_as_done_reads_as_the_steps_to_do(tmp_path: Path) -> None:
    """A pull-request or hand-in checklist in the first person ("- [ ] I have added or
    updated tests", "I've signed off my commits", "If the change touches the parser, I
    have attached a benchmark") gives the steps in the plain form, a condition after."""
    path = tmp_path / "template.md"
    path.write_text("## Contributor checklist\n\nYou (the contributor) are responsible for "
                    "every item here:\n\n- [ ] I have added or updated tests\n"
                    "- [ ] I've signed off my commits\n"
                    "- [ ] If the change touches the parser, I have attached a benchmark\n",
                    encoding="utf-8")
    names = [a.name for a in derive([path]).rows]
    assert names[:2] == ["Add or update tests", "Sign off my commits"]
    assert names[2].startswith("Attach a benchmark")
    assert activity_names("I have two weeks of leave") == ["I have two weeks of leave"]


def test_a_first_person_item_with_a_long_run_of_spaces_is_no_step(
        tmp_path: Path) -> None:
    """"We" then a long run of spaces before no "have" is no checklist step (the pattern
    has no two space-matchers side by side, so it stays linear on such a run); "I 've
    attached the logs" still reads as the step to do."""
    from raci.derive.extract import DONE_IN_FIRST_PERSON

    assert DONE_IN_FIRST_PERSON.match("We" + " " * 1_000 + "x") is None
    assert not re.search(r"\\s\*\(\?:\\s\+", DONE_IN_FIRST_PERSON.pattern)
    path = tmp_path / "list.md"
    path.write_text("## Checklist\n\nYou (the contributor) are responsible for every item "
                    "here:\n\n- [ ] I 've attached the logs\n",
                    encoding="utf-8")
    assert "Attach the logs" in [a.name for a in derive([path]).rows]


def test_two_predicates_parted_by_comma_and_are_two_duties() -> None:
    """"reports repairs to the agent through their portal, and tells the house when
    someone is coming": two duties, each its own verb and object; "pays the gas, and the
    water" stays one."""
    assert activity_names("reports repairs to the agent through their portal, and tells "
                          "the house when someone is coming round") == [
        "Report repairs to the agent", "Tell the house"]
    assert len(activity_names("pays the gas bill, and the water bill")) == 1


def test_a_person_who_is_a_role_and_does_the_work(tmp_path: Path) -> None:
    """"Priya is the rota person: puts the rota on the fridge ...", "Mr Hale is the
    club's First Aider and carries the kit": what follows is the role's; a clause's own
    verb is kept in a name ("write up what we agreed")."""
    path = tmp_path / "house.md"
    path.write_text("# House\n\nPriya is the rota person: puts the rota on the fridge, "
                    "keeps the spare keys, and writes up what we agreed.\n\nMr Hale is the "
                    "club's First Aider and carries the first aid kit.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Rota Person", "Put the rota on the fridge")] == "A/R"
    assert cells[("Rota Person", "Write up what we agreed")] == "A/R"
    assert cells[("First Aider", "Carry the first aid kit")] == "A/R"


def test_a_passive_with_an_article_reads_in_lower_case(tmp_path: Path) -> None:
    """"An EGM shall be called by the Secretary": "Call an EGM", the article in lower
    case (a name written in capitals, "Roads Policing and ...", stays as written)."""
    path = tmp_path / "rules.md"
    path.write_text("# Rules\n\nAn EGM shall be called by the Secretary within 21 days of "
                    "a request.\n", encoding="utf-8")
    # (by when the doer calls it stays in the name)
    assert [a.name for a in derive([path]).rows] == ["Call an EGM within 21 days of a request"]


def test_each_party_without_a_modal_and_after_a_condition(tmp_path: Path) -> None:
    """A guidance page naming the parties in lower case: "Each party sends ..." and
    "Both parties complete ..." are duties of both; "The parties may ..." gives leave,
    no duty; a party's own party ("the tenant's guarantor") is none."""
    path = tmp_path / "guide.md"
    path.write_text(
        "# Your deposit dispute\n\nThe landlord keeps the deposit in a protection "
        "scheme. The tenant's guarantor signs the guarantee. The tenant gives notice in "
        "writing.\n\nEach party sends its evidence to the adjudicator.\n\nBoth parties "
        "complete the scheme's questionnaire.\n\n"
        "The parties may ask for a hearing.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Landlord", "Send its evidence to the adjudicator")] == "A/R"
    assert cells[("Tenant", "Send its evidence to the adjudicator")] == "R"
    assert cells[("Tenant", "Complete the scheme's questionnaire")] == "R"
    assert not any(a.lower().startswith("ask for a hearing") for _r, a in cells)
    assert not any(r == "Tenant's Guarantor" and a.startswith("Send") for r, a in cells)


def test_predicates_parted_by_semicolons_are_duties_each(tmp_path: Path) -> None:
    """"Books the venue; signs the contract." in an item, and "The Volunteer Coordinator
    recruits volunteers; briefs the drivers on the day; and thanks the hosts." in a
    sentence: each predicate after a semicolon is a duty of its own."""
    assert activity_names("Books the venue; signs the contract.") == [
        "Book the venue", "Sign the contract"]
    path = tmp_path / "fete.md"
    path.write_text("# Fete\n\nThe Volunteer Coordinator recruits volunteers; briefs the "
                    "drivers on the day; and thanks the hosts afterwards.\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Volunteer Coordinator", "Recruit volunteers")] == "A/R"
    assert cells[("Volunteer Coordinator", "Brief the drivers on the day")] == "A/R"
    assert cells[("Volunteer Coordinator", "Thank the hosts")] == "A/R"


def test_taking_care_of_a_thing_owns_it_and_of_people_does_not(tmp_path: Path) -> None:
    """"The First Aider takes care of the accident book": the book is the duty (not
    "Accident book care"); "takes care of the patients" names no thing owned."""
    path = tmp_path / "care.md"
    path.write_text("# Roles\n\nThe First Aider takes care of the accident book.\n\n"
                    "The Ward Nurse takes care of the patients.\n", encoding="utf-8")
    names = [a.name for a in derive([path]).rows]
    assert "Accident book" in names
    assert "Patients" not in names


def test_duties_listed_as_gerunds_read_alike(tmp_path: Path) -> None:
    """"is responsible for answering the phone, taking messages and forwarding post",
    "duties include booking rooms and greeting visitors": every duty in the plain form,
    the short ones too ("Take messages", not the noun "Taking messages"); a run of
    gerunds over one object stays whole ("Planning, running and closing the meetings")."""
    path = tmp_path / "office.md"
    path.write_text("# Office\n\nThe Receptionist is responsible for answering the phone, "
                    "taking messages and forwarding post.\n\nThe Office Manager's duties "
                    "include booking meeting rooms and greeting visitors.\n",
                    encoding="utf-8")
    names = [a.name for a in derive([path]).rows]
    assert {"Answer the phone", "Take messages", "Forward post", "Book meeting rooms",
            "Greet visitors"} <= set(names)
    assert activity_names("planning, running and closing the meetings") == [
        "Planning, running and closing the meetings"]
    assert activity_names("booking meeting rooms and greeting visitors") == [
        "Book meeting rooms", "Greet visitors"]


def test_a_word_after_an_article_is_a_noun_whatever_the_lexicon() -> None:
    """"manage the bar": "bar" is a thing managed though the word list has it only as a
    verb; "Agree" alone, cut from a longer text, still says no duty."""
    assert activity_names("manage the bar") == ["Bar"]
    assert activity_name("agree when ready") == ""


def test_an_faq_answer_with_a_pronoun_and_questions_written_q_and_a(tmp_path: Path) -> None:
    """Under "Who books the marquee?", "The Event Lead books it, usually in March" books
    the marquee; "Q: Who orders the trophies?" over "A: The Awards Secretary orders them
    in April", and "Q: ... A: ..." on one line, read as such a heading and its answer."""
    path = tmp_path / "faq.md"
    path.write_text("# FAQ\n\n## Who books the marquee?\n\nThe Event Lead books it, usually "
                    "in March.\n\nQ: Who orders the trophies?\n\nA: The Awards Secretary "
                    "orders them in April.\n\nQ: Who checks the fence? A: The Site Warden, "
                    "every Friday.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Event Lead", "Book the marquee")] == "A/R"
    assert cells[("Awards Secretary", "Order the trophies in April")] == "A/R"
    assert cells[("Site Warden", "Check the fence every Friday")] == "A/R"


def test_a_rewards_manager_heading_is_a_role_not_an_offer(tmp_path: Path) -> None:
    """"Rewards" over perks is what a post offers; "Rewards Manager" heads a role."""
    path = tmp_path / "hr.md"
    path.write_text("# Team\n\n## Rewards Manager\n\n- Runs the annual pay review\n\n"
                    "## Rewards\n\n- Annual bonus scheme\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert any(r == "Rewards Manager" for r, _a in cells)
    assert not any("bonus" in a.lower() for _r, a in cells)


def test_three_or_more_roles_listed_as_one_subject(tmp_path: Path) -> None:
    """"The Site Warden, the Deputy Warden and the First Aider check the exits": each of
    them does it, the first named owning it (with or without a comma before "and",
    articles or none), as two roles joined by "and" already are."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "The Site Warden, the Deputy Warden and the First Aider check the exits.\n\n"
        "The Site Warden, Deputy Warden, and Fire Marshal must sweep the car park.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Site Warden", "Check the exits")] == "A/R"
    assert cells[("Deputy Warden", "Check the exits")] == "R"
    assert cells[("First Aider", "Check the exits")] == "R"
    sweep = next(a for _r, a in cells if "car park" in a)
    assert cells[("Site Warden", sweep)] == "A/R"
    assert cells[("Deputy Warden", sweep)] == "R"
    assert cells[("Fire Marshal", sweep)] == "R"


def test_a_subject_narrowed_by_a_relative_clause_still_acts(tmp_path: Path) -> None:
    """"Any Marshal who cannot attend must tell the Chief Steward": the clause says which
    marshals, the verb after it what they do; "Staff who need help have a plan" states no
    duty, and a clause set off by commas is read as before."""
    path = tmp_path / "rota.txt"
    path.write_text(
        "Any Marshal who cannot attend must tell the Chief Steward.\n\n"
        "A Steward who sees a hazard reports the hazard to the Safety Officer.\n\n"
        "Volunteers who need help have a personal plan.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Marshal", "Tell the Chief Steward")] == "A/R"
    assert cells[("Chief Steward", "Tell the Chief Steward")] == "I"
    report = next(a for r, a in cells if r == "Steward" and "hazard" in a)
    assert cells[("Safety Officer", report)] == "I"
    assert not any("plan" in a.lower() for _r, a in cells)
    assert not any(r.startswith("Volunteer") for r, _a in cells)


def test_a_chain_of_steps_in_the_passive_each_by_its_doer(tmp_path: Path) -> None:
    """"The plan is drafted by X, reviewed by Y and approved by Z": the drafter's row, the
    reviewer consulted on it; the approval after the review is the approver's row of its
    own (it approves the finished plan, not the drafting); a step by no one named
    ("proposed by pull request") gives nothing, and a further doer's step is a row of its
    own."""
    path = tmp_path / "policy.txt"
    path.write_text(
        "The budget is drafted by the Finance Officer, checked by the Treasurer and the "
        "Auditor, and approved by the Board.\n\n"
        "Changes to this policy are proposed by pull request, reviewed by the Security "
        "Team and merged by the Project Lead.\n\n"
        "Minutes are taken by the Clerk, circulated by the Secretary and signed off by "
        "the Chair.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Finance Officer", "Draft the budget")] == "A/R"
    assert cells[("Board", "Approve the budget")] == "A/R"
    assert ("Board", "Draft the budget") not in cells
    assert cells[("Treasurer", "Draft the budget")] == "C"
    assert cells[("Auditor", "Draft the budget")] == "C"
    assert cells[("Project Lead", "Merge changes to this policy")] == "A/R"
    assert cells[("Security Team", "Merge changes to this policy")] == "C"
    assert cells[("Clerk", "Take minutes")] == "A/R"
    assert cells[("Chair", "Sign off minutes")] == "A/R"
    assert cells[("Secretary", "Circulate minutes")] == "A/R"
    assert not any("pull request" in a.lower() for _r, a in cells)


def test_a_bold_role_line_with_a_remark_in_brackets_heads_its_list(tmp_path: Path) -> None:
    """"**Zone Wardens** (one per zone)" over a list is a new role's heading, so the list
    is theirs, not the role's above it; a later verb with its party set off in commas
    ("and decides, with X, whether ...") is a duty of its own, the party consulted;
    "Goes to the control point" is named in the plain form."""
    path = tmp_path / "plan.md"
    path.write_text(
        "# Fire plan\n\n**Security Team Leader**\n\n- Opens the kit.\n"
        "- Goes to the control point and decides, with the Duty Manager, whether to "
        "evacuate.\n\n**Zone Wardens** (one per zone, from Security or Cleaning)\n\n"
        "- Sweep their zone.\n\n**Store managers** (every tenant)\n\n- Clear their unit.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Zone Warden", "Sweep their zone")] == "A/R"
    assert cells[("Store Manager", "Clear their unit")] == "A/R"
    assert not any(a in ("Sweep their zone", "Clear their unit")
                   for r, a in cells if r == "Security Team Leader")
    assert cells[("Security Team Leader", "Go to the control point")] == "A/R"
    assert cells[("Security Team Leader", "Decide whether to evacuate")] == "A/R"
    assert cells[("Duty Manager", "Decide whether to evacuate")] == "C"
    assert ("Duty Manager", "Go to the control point") not in cells


def test_an_aside_inside_a_role_heading_and_a_hedge_inside_a_clause(tmp_path: Path) -> None:
    """"THE COSS (each work group) WILL:" heads the COSS's list though the aside names a
    group; "decides whether the possession may be extended" is a decision, its "may be"
    inside the clause no hedge of the role's."""
    path = tmp_path / "possession.txt"
    path.write_text(
        "KEY PERSONNEL\n  COSS   Controller of Site Safety ...... A. Brennan\n\n"
        "3.3 THE COSS (each work group) WILL:\n"
        "    - set up the safe system of work before any work starts;\n"
        "    - keep the group clear of the adjacent line.\n"
        "4.2 The COSS informs the Route Controller, who decides whether the possession may "
        "be extended.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    coss = {a for r, a in cells if r in ("COSS", "Controller of Site Safety")}
    assert any(a.startswith("Set up the safe system of work") for a in coss)
    assert any(a.startswith("Keep the group clear") for a in coss)
    assert cells[("Route Controller", "Decide whether the possession may be extended")] == "A/R"


def test_it_after_a_condition_stands_for_the_thing_the_condition_names(
        tmp_path: Path) -> None:
    """"If a customer asks for an exception, the Account Manager logs it in the tracker":
    "it" is the exception; a condition naming no thing ("If the weather is bad, ... calls it
    off") leaves "it" as it is."""
    path = tmp_path / "policy.txt"
    path.write_text(
        "If a customer asks for an exception, the Account Manager logs it in the tracker "
        "and brings it to the stand-up.\n\nWhen a complaint arrives, the Office Manager "
        "records it.\n\nIf the weather is bad, the Walk Leader calls it off.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Account Manager", "Log the exception in the tracker")] == "A/R"
    assert any(r == "Account Manager" and a.startswith("Bring the exception")
               for r, a in cells)
    assert any(r == "Office Manager" and "complaint" in a.lower() for r, a in cells)
    assert not any("weather" in a.lower() for _r, a in cells)


def test_what_is_confirmed_stays_in_the_name_and_its_recipient_is_informed(
        tmp_path: Path) -> None:
    """"confirms to the Ceremony Administrator that recording has started": the clause is
    what is confirmed (no relative clause to cut, as in "the tools that have been issued"),
    and whom it is confirmed to is kept informed."""
    path = tmp_path / "ceremony.txt"
    path.write_text(
        "The System Administrator starts the recording and confirms to the Ceremony "
        "Administrator that recording has started.\n\nThe Store Keeper confirms that "
        "stock has been counted.\n\nThe Store Keeper keeps the tools that have been "
        "issued.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    name = "Confirm to the Ceremony Administrator that recording has started"
    assert cells[("System Administrator", name)] == "A/R"
    assert cells[("Ceremony Administrator", name)] == "I"
    assert cells[("Store Keeper", "Confirm that stock has been counted")] == "A/R"
    assert not any("issued" in a for _r, a in cells)


def test_a_whos_who_line_with_a_place_after_the_role_gives_no_duty(tmp_path: Path) -> None:
    # "Dr Helen Marsh – Admissions Tutor, School of Engineering (...)": who holds the role,
    # where and a remark; the person's later sentences are the role's
    path = tmp_path / "team.md"
    path.write_text(
        "# Team\n\n"
        "Dr Helen Marsh – Admissions Tutor, School of Engineering (coordinates the talks)\n\n"
        "Owen Pritchard – Events Officer\n\n"
        "Helen builds the timetable.\n\nOwen books the rooms.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells == {("Admissions Tutor", "Build the timetable"): "A/R",
                     ("Events Officer", "Book the rooms"): "A/R"}


def test_where_a_thing_is_put_stays_in_the_duty(tmp_path: Path) -> None:
    """"adds the support worker to the register": where it goes is the duty (add, post,
    file, upload ...), while whom a thing is sent to stays a recipient."""
    path = tmp_path / "steps.txt"
    path.write_text(
        "The Team Leader adds the support worker to the register.\n\n"
        "The Clerk posts the minutes to the shared drive and sends the minutes to the "
        "Chair.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Team Leader", "Add the support worker to the register")] == "A/R"
    assert cells[("Clerk", "Post the minutes to the shared drive")] == "A/R"
    assert cells[("Chair", "Send the minutes to the Chair")] == "I"


def test_whom_a_thing_is_issued_or_given_to_is_informed(tmp_path: Path) -> None:
    """"issues radios to the Zone Wardens", "gives the keys back to the Caretaker": the
    receiver is kept informed, as with "sends ... to"; "gives priority to safety" names no
    receiver."""
    path = tmp_path / "steps.txt"
    path.write_text(
        "The Security Team Leader issues radios to the Zone Wardens.\n\n"
        "The Site Lead gives the keys back to the Caretaker and gives priority to the "
        "Caretaker's requests.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Zone Warden", "Issue radios to the Zone Wardens")] == "I"
    keys = next(a for r, a in cells if r == "Site Lead" and "keys" in a.lower())
    assert cells[("Caretaker", keys)] == "I"


def test_an_adjective_that_may_be_a_verb_continues_the_objects(tmp_path: Path) -> None:
    """"Report any missed dose, wrong dose or device fault to the Nurse and complete an
    incident report": "wrong dose" is a further object ("wrong" may be a verb, but not
    before a bare noun), so there are two duties, not three with a verbless one."""
    path = tmp_path / "visit.md"
    path.write_text(
        "# Visit\n\n## Support Worker\n\n- Report any missed dose, wrong dose or device "
        "fault to the Nurse and complete an incident report.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    names = sorted(a for r, a in cells if r == "Support Worker")
    assert len(names) == 2, names
    assert any(a.startswith("Report any missed dose, wrong dose") for a in names)
    assert "Complete an incident report" in names


def test_a_charter_in_the_shape_of_a_framework_guide(tmp_path: Path) -> None:
    """A team charter written as framework guides are: "is also accountable for X, which
    includes:" over gerund items ("Developing and explicitly communicating the goal;",
    "Ensuring that the backlog is transparent"), "serves the team in several ways,
    including:" over a list, and "are always accountable for creating a plan, instilling
    quality, and adapting the plan": an adverb after "are" and a run of gerunds after
    "accountable for" are read as any other."""
    path = tmp_path / "charter.md"
    path.write_text(
        "# Charter\n\n## Product Owner\n\nThe Product Owner is also accountable for "
        "backlog management, which includes:\n\n- Developing and explicitly communicating "
        "the product goal;\n- Ordering backlog items; and,\n- Ensuring that the backlog is "
        "transparent.\n\n## Scrum Master\n\nThe Scrum Master serves the team in several "
        "ways, including:\n\n- Coaching the team members in self-management.\n\n"
        "## Developers\n\nDevelopers are always accountable for creating a plan for the "
        "sprint, instilling quality, and adapting their plan each day.\n\nThe Tester is "
        "always responsible for writing the test plan.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    owner = {a for r, a in cells if r == "Product Owner"}
    assert "Develop and communicate the product goal" in owner
    assert "Ensure the backlog is transparent" in owner
    assert ("Scrum Master", "Serve the team") in cells
    assert not any(a.endswith("including") for _r, a in cells)
    developer = {a for r, a in cells if r == "Developer"}
    assert "Instill quality" in developer
    assert any(a.startswith("Adapt their plan") for a in developer)
    assert len(developer) == 3, developer
    assert cells[("Tester", "Write the test plan")] == "A/R"


def test_a_job_descriptions_header_fields_name_no_section_role(tmp_path: Path) -> None:
    """"Direct reports: 2 Management Accountants" in a job description's header is a field,
    not a heading over the duties below: the post's title keeps them (and "2" is no part
    of a title); ", ensuring resources are used well" is a state to keep, named with its
    verb."""
    path = tmp_path / "jd.txt"
    path.write_text(
        "Job Title: Finance Business Partner\nReports to: Head of Finance\n"
        "Direct reports: 2 Management Accountants\n\nPurpose of the role\n"
        "The Finance Business Partner advises budget holders, ensuring resources are used "
        "well.\n\nKey responsibilities\n- Produce the monthly management accounts.\n"
        "- Line manage two Management Accountants.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    partner = {a for r, a in cells if r == "Finance Business Partner"}
    assert any("management accounts" in a.lower() for a in partner), cells
    assert "Ensure resources are used well" in partner
    assert not any(r.startswith("2 ") for r, _a in cells)
    assert not any(r == "Management Accountant" and "accounts" in a.lower() for r, a in cells)


def test_a_condition_set_off_after_and_before_the_same_subjects_verb(tmp_path: Path) -> None:
    """"checks the RFC and, if it is incomplete, returns it to the Change Requester": the
    condition belongs to neither verb's name, and "it" is the RFC."""
    path = tmp_path / "change.txt"
    path.write_text("The Change Manager checks the RFC and, if it is incomplete, returns it "
                    "to the Change Requester.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Change Manager", "Check the RFC")] == "A/R"
    assert cells[("Change Manager", "Return the RFC to the Change Requester")] == "A/R"
    assert cells[("Change Requester", "Return the RFC to the Change Requester")] == "I"


def test_a_relative_clause_whose_object_looks_like_a_verb(tmp_path: Path) -> None:
    """"A Marshal who spots crowd surges alerts the Chief Steward": "surges" is the
    clause's object (a noun, with a verb after it), so the main verb is "alerts"."""
    path = tmp_path / "crowd.txt"
    path.write_text(
        "The Chief Steward runs the event.\n\n"
        "A Marshal who spots crowd surges alerts the Chief Steward.\n\n"
        "A Marshal who needs supplies orders the supplies from the Chief Steward.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Marshal", "Alert the Chief Steward")] == "A/R"
    assert not any("surge" in a.lower() for _r, a in cells)
    assert any(r == "Marshal" and a.lower().startswith("order") for r, a in cells)
    assert not any(a.lower().startswith("suppl") for _r, a in cells)


def test_a_title_whose_fields_are_listed_with_commas_is_one_role(tmp_path: Path) -> None:
    """"The Director of Finance, Estates and Facilities signs the lease": the fields of
    one title, not three roles listed as one subject; "The Director of Finance, the
    Bursar and the Head ..." still names three."""
    path = tmp_path / "estates.txt"
    path.write_text(
        "The Director of Finance, Estates and Facilities signs the lease.\n\n"
        "The Director of Finance, the Bursar and the Head Teacher sign the accounts.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert not any(r in ("Estates", "Facilities") for r, _a in cells)
    assert cells[("Bursar", "Sign the accounts")] == "R"


def test_it_after_a_condition_on_a_state_stays_it(tmp_path: Path) -> None:
    """"If the forecast is poor, the Event Manager reviews it": the condition says how
    the thing is, so "it" is not read as "the forecast is poor"; "If a complaint is
    raised, ... records it" still records the complaint."""
    path = tmp_path / "weather.txt"
    path.write_text(
        "The Event Manager runs the day. The Steward opens the gates.\n\n"
        "If the forecast is poor, the Event Manager reviews it with the Steward.\n\n"
        "If a complaint is raised, the Steward records it in the log.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert not any("poor" in a.lower() for _r, a in cells)
    assert any(r == "Steward" and "complaint" in a.lower() for r, a in cells)


def test_what_is_confirmed_or_explained_to_a_long_title_stays_whole(tmp_path: Path) -> None:
    """"confirms to the Finance Officer that the invoice has been checked", "explains to
    the Competent Person where it is safe to work": what is said stays in the name even
    when whom it is said to makes the name long."""
    path = tmp_path / "permits.txt"
    path.write_text(
        "The Office Manager confirms to the Finance Officer that the invoice has been "
        "checked.\n\n"
        "The Site Supervisor explains to the Competent Person where it is safe to work.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    confirm = "Confirm to the Finance Officer that the invoice has been checked"
    assert cells[("Office Manager", confirm)] == "A/R"
    assert cells[("Finance Officer", confirm)] == "I"
    explain = "Explain to the Competent Person where it is safe to work"
    assert cells[("Site Supervisor", explain)] == "A/R"


def test_a_hedge_in_a_clause_about_a_person_or_place_is_still_a_trait(
        tmp_path: Path) -> None:
    """"Decides whether the heating may be turned up" is a duty (the hedge is the
    clause's), but "Someone who may be called out at night" and "Work where there may be
    heavy lifting" describe the post."""
    path = tmp_path / "caretaker.md"
    path.write_text(
        "# Caretaker\n\n## Duties\n\n- Opens the hall every morning.\n"
        "- Decides whether the heating may be turned up.\n"
        "- Someone who may be called out at night.\n"
        "- Work where there may be heavy lifting.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Caretaker", "Decide whether the heating may be turned up")] == "A/R"
    assert not any("someone" in a.lower() or "lifting" in a.lower() for _r, a in cells)


def test_giving_way_or_priority_to_a_role_informs_no_one(tmp_path: Path) -> None:
    """"gives way to the Office Manager", "gives top priority to the Caretaker": no one is
    given anything, so no one is kept informed; "issues the keys to the Caretaker" still
    informs the Caretaker."""
    path = tmp_path / "office.txt"
    path.write_text(
        "The Office Manager runs the office. The Caretaker opens the hall.\n\n"
        "The Finance Officer gives way to the Office Manager in meetings.\n\n"
        "The Finance Officer gives top priority to the Caretaker.\n\n"
        "The Finance Officer issues the keys to the Caretaker.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Caretaker", "Issue the keys to the Caretaker")] == "I"
    assert not any(r == "Office Manager" and "way" in a.lower() for r, a in cells)
    assert not any(r == "Caretaker" and "priority" in a.lower() for r, a in cells)


def test_issues_as_a_noun_and_a_chain_of_states_give_nothing(tmp_path: Path) -> None:
    """"deals with issues relating to the Caretaker" issues nothing to anyone; "is
    surrounded by trees, owned by the family and managed by the Groundsman" says what a
    thing is, no chain of steps."""
    path = tmp_path / "site.txt"
    path.write_text(
        "The Office Manager deals with issues relating to the Caretaker.\n\n"
        "The house is surrounded by trees, owned by the family and managed by the "
        "Groundsman.\n\nThe Office Manager orders the stationery.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert not any(r == "Caretaker" for r, _a in cells)
    assert not any(r == "Groundsman" and a == "House" for r, a in cells)
    assert cells[("Office Manager", "Order the stationery")] == "A/R"


def test_reviewing_a_sample_is_named_as_reviewing(tmp_path: Path) -> None:
    """"The Internal Auditor reviews a sample of claims each quarter" and no one else is
    said to make them: reviewing is the duty ("Review claims"), not the claims."""
    path = tmp_path / "policy.txt"
    path.write_text("The Internal Auditor reviews a sample of claims each quarter and reports "
                    "the findings to the Audit Committee.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Internal Auditor", "Review claims")] == "A/R"
    assert ("Internal Auditor", "Claims") not in cells


def test_clauses_lettered_a_bracket_or_numbered_in_roman(tmp_path: Path) -> None:
    """"a) keep the register;" and "ii. send the agenda" under a lead-in are items
    without their marks, in plain text and in Markdown, where "a. Transport. ...", a
    paragraph lettered with its run-in title, stays a paragraph."""
    text = ("The Treasurer shall:\n"
            "a) keep the register of members;\n"
            "b) bank all cheques within a week.\n\n"
            "The Secretary shall:\n"
            "i. keep the minutes;\n"
            "ii. send out the agenda.\n")
    for name in ("terms.txt", "terms.md"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        cells = _cells(path)
        assert cells[("Treasurer", "Keep the register")] == "A/R", name
        assert cells[("Treasurer", "Bank all cheques within a week")] == "A/R", name
        assert cells[("Secretary", "Keep the minutes")] == "A/R", name
        assert cells[("Secretary", "Send out the agenda")] == "A/R", name
    path = tmp_path / "order.txt"
    path.write_text("4. SUPPORT\na. Transport. Two minibuses are booked.\n", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert not any(kind == "item" for kind, _t in blocks)


def test_a_passive_with_an_adverb_or_to_be_before_its_doer(tmp_path: Path) -> None:
    """"is reviewed annually by", "is formally approved by" and "are to be signed in by"
    name their doer as "is reviewed by" does; "and signed by the Matron" answers for it."""
    path = tmp_path / "policy.txt"
    path.write_text(
        "The register is checked weekly by the Ward Manager and signed by the Matron.\n\n"
        "The budget is formally approved by the Trustees.\n\n"
        "Visitors are to be signed in by the Receptionist.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Ward Manager", "Check the register")] == "R"
    assert cells[("Matron", "Check the register")] == "A/R"
    assert cells[("Trustee", "Approve the budget")] == "A/R"
    assert cells[("Receptionist", "Sign in visitors")] == "A/R"


def test_a_window_of_hours_is_no_part_of_a_duty(tmp_path: Path) -> None:
    """"between 08:00 and 18:00 on Business Days", as a service schedule writes it, says
    when, as "at 07:00" does."""
    path = tmp_path / "schedule.md"
    path.write_text("1.1 The Supplier shall provide the Service Desk between 08:00 and 18:00 "
                    "on Business Days.\n", encoding="utf-8")
    assert _cells(path) == {("Supplier", "Provide the Service Desk"): "A/R"}


def test_two_verbs_after_a_comma_share_the_object_after_them(tmp_path: Path) -> None:
    """"will run the field trials, collect and clean the samples, and draft the papers":
    "collect" and "clean" take "the samples" together; the comma before them ends the
    first duty."""
    path = tmp_path / "personnel.txt"
    path.write_text("The Research Associate will run the field trials, collect and clean the "
                    "samples, and draft the papers.\n", encoding="utf-8")
    names = {a for _r, a in _cells(path)}
    assert "Collect and clean the samples" in names
    assert "Draft the papers" in names
    assert not any(a.endswith(", collect") for a in names)


def test_a_report_made_at_each_meeting_is_a_duty(tmp_path: Path) -> None:
    """"report to the Board after each meeting" in terms of reference is a report made,
    named with when it is made; "reports to the Head of Finance" only places the post."""
    path = tmp_path / "terms.txt"
    path.write_text("The Chair shall:\n"
                    "- set the agenda with the Secretary;\n"
                    "- report to the Board after each meeting.\n\n"
                    "The Finance Officer reports to the Head of Finance.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Chair", "Report to the Board after each meeting")] == "A/R"
    assert cells[("Board", "Report to the Board after each meeting")] == "I"
    assert not any(r == "Finance Officer" for r, _a in cells)


def test_a_count_before_a_title_in_lower_case_is_the_subject(tmp_path: Path) -> None:
    """"Two registered nurses must sign the register", as a ward procedure writes it: a
    count before a title of two words is the subject in lower case too; "Two chairs" is
    furniture."""
    path = tmp_path / "ward.txt"
    path.write_text("The Ward Manager keeps the keys.\n"
                    "Scope: all registered nurses on Ward 7.\n\n"
                    "Two registered nurses must sign the register for every dose.\n\n"
                    "Two chairs must be set out for the Ward Manager.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Registered Nurse", "Sign the register for every dose")] == "A/R"
    assert not any("chair" in a.lower() for _r, a in cells)


def test_a_role_said_to_be_a_kind_of_member_who_does_things(tmp_path: Path) -> None:
    """"Maintainers are committers who also cut releases ... and decide on the roadmap",
    as a project's governance page writes it: what follows "who" is the role's; "decide
    on" is a decision, not a relation; "is the investigator who ..." says who they are."""
    path = tmp_path / "GOVERNANCE.md"
    path.write_text(
        "## Roles\n\n"
        "Maintainers are committers who also cut releases, manage the build servers and "
        "decide on the project roadmap.\n\n"
        "The Treasurer is a trustee who keeps the accounts and banks the takings.\n\n"
        "The Researcher is the investigator who builds empathy for the user.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Maintainer", "Cut releases")] == "A/R"
    assert cells[("Maintainer", "Decide on the project roadmap")] == "A/R"
    assert cells[("Treasurer", "Keep the accounts")] == "A/R"
    assert cells[("Treasurer", "Bank the takings")] == "A/R"
    assert not any(r == "Researcher" for r, _a in cells)


def test_deciding_on_something_is_a_duty_not_a_relation(tmp_path: Path) -> None:
    """"will set the agenda and decide on any urgent matter" is two duties, where "...
    and reports to the Chair" only places the role."""
    path = tmp_path / "terms.txt"
    path.write_text("The Chair will set the agenda and decide on any urgent matter.\n\n"
                    "The Treasurer keeps the accounts and reports to the Chair.\n",
                    encoding="utf-8")
    cells = _cells(path)
    assert cells[("Chair", "Set the agenda")] == "A/R"
    assert cells[("Chair", "Decide on any urgent matter")] == "A/R"
    assert not any(a.startswith("Report to") for _r, a in cells)


def test_a_passive_inside_a_clause_of_time_is_no_subject_of_its_own(tmp_path: Path) -> None:
    """"review the annual accounts before they are approved by the Board" under "The
    Committee shall:" is the Committee's review, which the Board approves; the words
    before "they are approved" are no thing the Board approves."""
    path = tmp_path / "terms.txt"
    path.write_text("The Committee shall:\n"
                    "- review the annual accounts before they are approved by the Board;\n"
                    "- approve the audit plan.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Committee", "Annual account review")] == "R"
    assert cells[("Board", "Annual account review")] == "A"
    assert not any(a.startswith("Approve review") for _r, a in cells)


def test_a_clause_saying_when_with_a_pronoun_subject_keeps_the_duty(tmp_path: Path) -> None:
    """"reviews access requests before they are granted": the pronoun's clause says when
    the duty is done; it is no clause of its own that cancels the duty (a clause that is,
    "the rota, and they are paid", still names none)."""
    path = tmp_path / "access.md"
    path.write_text("# Access\n\nThe Security Officer reviews access requests before they are "
                    "granted.\n\nThe Facilities Manager checks each permit after they are "
                    "issued.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    # (and stays in its name)
    assert cells[("Security Officer", "Review access requests before they are granted")] == \
        "A/R"
    assert cells[("Facilities Manager", "Check each permit after they are issued")] == "A/R"


def test_a_second_clause_of_the_reader_is_a_duty_of_its_own(tmp_path: Path) -> None:
    """A job advert's "you will own the pipelines, and you will mentor two engineers":
    two duties of the post, the second after its own "you" (also after a semicolon)."""
    path = tmp_path / "advert.md"
    path.write_text("# Senior Data Engineer\n\n## About the role\n\nYou'll own the nightly "
                    "pipelines, and you'll coach the graduate intake. You will run the "
                    "warehouse; you must also review every schema change.\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert [a for r, a in cells if "coach" in a.lower()] == ["Graduate intake coaching"]
    assert cells[("Senior Data Engineer", "Graduate intake coaching")] == "A/R"
    assert cells[("Senior Data Engineer", "Review every schema change")] == "A/R"
    assert not any(len(a.split()) > 6 for _r, a in cells)


def test_a_count_after_a_word_reads_it_as_a_verb(tmp_path: Path) -> None:
    """"own the pipelines and mentor two junior engineers": "mentor" before a count is
    the verb of a second duty, not a title ("Mentor Two Junior Engineer")."""
    path = tmp_path / "advert.md"
    path.write_text("# Data Platform Lead\n\n## About the role\n\nYou will own the ingestion "
                    "pipelines and mentor two junior engineers.\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    assert cells[("Data Platform Lead", "Mentor two junior engineers")] == "A/R"
    assert [r.name for r in draft.roles] == ["Data Platform Lead"]


def test_a_control_reference_before_a_sentence_is_no_part_of_it(tmp_path: Path) -> None:
    # a process narrative marks each key control with its reference in square brackets
    # mid-paragraph ("[PAY-03] The Payroll Manager ..."): the sentence after it keeps its
    # doer and its duty
    path = tmp_path / "narrative.txt"
    path.write_text(
        "Payroll process narrative\n\n"
        "Starters and leavers\n\n"
        "The HR Officer enters each starter in the payroll system from the signed "
        "contract. [PAY-03] The Payroll Manager compares every new starter with the "
        "contract before the monthly run. [PAY-04] Each month the Payroll Clerk reconciles "
        "the payroll control account to the ledger.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Payroll Manager",
                  "Compare every new starter with the contract before the monthly run")] == "A/R"
    # (what the account is reconciled to stays in the name)
    assert cells[("Payroll Clerk",
                  "Reconcile the payroll control account to the ledger")] == "A/R"
    assert not any("PAY-0" in a for (_r, a) in cells)


def test_a_list_in_brackets_or_quotes_is_part_of_its_duty(tmp_path: Path) -> None:
    # commas inside brackets list what a thing holds, commas inside quotation marks are
    # the words said: neither parts the sentence into duties
    path = tmp_path / "regatta.txt"
    path.write_text(
        "Regatta day\n\n"
        "The Race Officer sets the course (marks, start line, finish line) and briefs "
        "the helms at 09:30. The Finish Steward reports \"all boats in, all clear\" to "
        "the Race Officer.\n", encoding="utf-8")
    cells = _cells(path)
    assert set(cells) == {("Race Officer", "Set the course"),
                          ("Race Officer", "Brief the helms at 09:30"),
                          ("Finish Steward",
                           "Report \"all boats in, all clear\" to the Race Officer")}


def test_a_numbered_title_over_a_table_or_a_list_numbered_afresh_is_a_heading(
        tmp_path: Path) -> None:
    # "4. Before the day" over its own list numbered from 1 and "5. On the day" over a
    # table are section titles, not items of the role's section above them
    path = tmp_path / "hall.txt"
    path.write_text(
        "Village Hall Lettings Procedure\n\n"
        "3. Responsibilities\n\n"
        "3.1 Caretaker\n"
        "Unlocks the hall before each letting and checks the fire exits.\n\n"
        "4. Before the day\n"
        "     1. The Bookings Secretary confirms the booking with the hirer.\n"
        "     2. The Treasurer invoices the hirer for the deposit.\n\n"
        "5. On the day\n\n"
        "| Time | Action | By |\n"
        "| 08:00 | Unlock the hall | Caretaker |\n"
        "| 17:00 | Lock the hall | Caretaker |\n", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("heading", "Before the day") in blocks
    assert ("heading", "On the day") in blocks
    assert ("item", "The Bookings Secretary confirms the booking with the hirer.") in blocks


def test_a_task_sentence_then_who_does_it_in_one_item(tmp_path: Path) -> None:
    """"Prepare the accrual schedule .... Who: analyst, checked by the controller.": the
    task is the doer's, a checker is consulted, and "who tell X" informs X; the first
    sentence after "Who:" is read, a doer in lower case is looked up among the roles."""
    path = tmp_path / "close.md"
    path.write_text(
        "# Month-end close\n\n## Who does what\n\n### Controller\n\nOwns the close.\n\n"
        "### Analyst\n\nPrepares the variance report.\n\n### Payables clerk\n\n"
        "Posts supplier invoices.\n\n## Steps\n\n"
        "- Prepare the accrual schedule and send it to the controller with the workings. "
        "Who: analyst, checked by the controller.\n"
        "- On a new contract, obtain a copy of the signed order for the file. Who: "
        "analyst.\n"
        "- Confirm that all supplier statements have been reconciled. Who: payables "
        "clerk, who tells the controller by the end of the day.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Analyst", "Prepare the accrual schedule")] == "A/R"
    assert cells[("Controller", "Prepare the accrual schedule")] == "C"
    assert cells[("Analyst", "Obtain a copy of the signed order")] == "A/R"
    confirm = "Confirm that all supplier statements have been reconciled"
    assert cells[("Payables Clerk", confirm)] == "A/R"
    assert cells[("Controller", confirm)] == "I"


def test_what_a_role_is_asked_to_do_stays_in_a_long_name() -> None:
    """"Ask each budget holder to confirm their open orders by Wednesday": what is asked
    stays ("Ask each budget holder" says nothing), and so does the day it is due by."""
    assert activity_name("Ask each budget holder to confirm their open orders by "
                         "Wednesday") == ("Ask each budget holder to confirm their open orders "
                                          "by Wednesday")
    assert activity_name("Remind all volunteers to bring their lanyards to every session "
                         "of the season") == "Remind all volunteers to bring their lanyards"


def test_owning_this_document_keeps_the_verb(tmp_path: Path) -> None:
    """"The Head of Facilities owns this DPIA": the duty is named with its verb ("Own
    this DPIA"), never "This DPIA"."""
    path = tmp_path / "dpia.md"
    path.write_text("# Roles\n\nThe Head of Facilities owns this DPIA.\n\nThe Records Manager "
                    "owns these procedures.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Head of Facilities", "Own this DPIA")] == "A/R"
    assert cells[("Records Manager", "Own these procedures")] == "A/R"
    assert not any(a.startswith("This") for _r, a in cells)


def test_a_name_cut_to_length_never_ends_inside_an_amount() -> None:
    """"up to £2,000": neither the thousands' comma nor the "to" of "up to" is a place
    to cut a long name ("Raise purchase orders for repairs up" says nothing)."""
    assert activity_name("Raise purchase orders for repairs up to £2,000") == \
        "Raise purchase orders"
    assert activity_name("Approve spending up to £5,000") == "Approve spending up to £5,000"


def test_who_all_staff_names_no_role(tmp_path: Path) -> None:
    """"Read the staff handbook .... Who: all staff.": a task for everyone gives no role
    named "Staff" the task; a named doer after "Who:" still does."""
    path = tmp_path / "close.md"
    path.write_text(
        "# Month-end close\n\nThe Finance Manager approves the close. The Accounts "
        "Assistant posts journals.\n\n## Steps\n\n"
        "- Post the accruals journal. Who: Accounts Assistant, checked by Finance Manager.\n"
        "- Read the staff handbook before your first shift. Who: all staff.\n"
        "- Attend the annual fire drill in the car park. Who: everyone.\n", encoding="utf-8")
    draft = derive([path])
    cells = derived_cells(draft)
    assert cells[("Accounts Assistant", "Post the accruals journal")] == "A/R"
    assert cells[("Finance Manager", "Post the accruals journal")] == "C"
    assert "Staff" not in [r.name for r in draft.roles]


def test_a_relative_clause_keeps_the_verb_after_its_and(tmp_path: Path) -> None:
    """"the Night Operator phones the Duty Engineer, who resets the pump and logs the
    fault": both verbs after "who" are the Duty Engineer's, and only the phoning is the
    Night Operator's."""
    path = tmp_path / "plant.txt"
    path.write_text("Plant rules\n\nThe Night Operator checks the gauges. The Duty Engineer "
                    "keeps the spares.\n\nIf the pump trips, the Night Operator phones the "
                    "Duty Engineer, who resets the pump and logs the fault in the plant "
                    "diary.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Duty Engineer", "Reset the pump")] == "A/R"
    assert cells[("Duty Engineer", "Log the fault in the plant diary")] == "A/R"
    assert ("Night Operator", "Log the fault in the plant diary") not in cells
    assert cells[("Night Operator", "Phone the Duty Engineer")] == "A/R"


def test_a_doerless_report_to_a_role_tells_the_role(tmp_path: Path) -> None:
    """"Spills are reported to the Lab Manager": the manager is told of the spills, not
    given them to handle; the row names the report, its doer left to the reviewer."""
    path = tmp_path / "lab.md"
    path.write_text("# Lab rules\n\nThe Lab Manager orders the reagents. The Safety Officer "
                    "inspects the fume hoods.\n\nSpills are reported to the Lab Manager "
                    "within one hour. Broken glass is sent to the Safety Officer, who "
                    "logs it.\n\nRepairs go to the Safety Officer.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Lab Manager", "Report spills to the Lab Manager within one hour")] == "I"
    assert not any(r == "Lab Manager" and a.lower().startswith("spill")
                   for r, a in cells)
    assert ("Safety Officer", "Repairs") in cells  # handed over: the officer's work


def test_orders_under_a_role_heading_are_that_role_s_on_a_page_to_its_reader(
        tmp_path: Path) -> None:
    """A page for all the choir's helpers speaks to "you", but under "## Tea Steward" the
    orders ("Put the urn on ...") are the steward's, not the page title's helper's."""
    path = tmp_path / "choir.md"
    path.write_text("# Choir helpers\n\nYou are one of our helpers, and this page says what "
                    "each helper does.\n\n## Music Librarian\n\nHand out the scores before "
                    "the rehearsal.\n\n## Tea Steward\n\nPut the urn on at the break. Wash "
                    "the cups before you leave.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Music Librarian", "Hand out the scores before the rehearsal")] == "A/R"
    assert cells[("Tea Steward", "Put the urn on at the break")] == "A/R"
    assert cells[("Tea Steward", "Wash the cups")] == "A/R"
    assert not any(r == "Choir Helper" for r, _a in cells)


def test_an_order_before_a_bare_plural_under_a_role_heading(tmp_path: Path) -> None:
    """"Sort donations as they come in" under "## Stock Sorter": a first word that is
    also a noun, before a bare plural that is only a noun, opens an order (its object),
    and "as they come in" says when, no part of the name."""
    path = tmp_path / "shop.md"
    path.write_text("# Charity shop helpers\n\n## Stock Sorter\n\nSort donations as they "
                    "come in. Store umbrellas in the back room.\n\n## Till Helper\n\nOpen "
                    "the till at nine.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Stock Sorter", "Sort donations")] == "A/R"
    assert cells[("Stock Sorter", "Store umbrellas in the back room")] == "A/R"


def test_what_things_do_after_a_phrase_is_no_duty(tmp_path: Path) -> None:
    """A sentence whose subject is a plural with a phrase after it ("Complaints about the
    pitch go to ...", "Bookings for the hall move to ...", "Changes to it are agreed
    ...") says what things do, not what the role named before it does."""
    path = tmp_path / "club.txt"
    path.write_text(
        "Cricket club duties\n\n"
        "The Kit Steward washes the bibs after each match and orders new balls. "
        "Complaints about the pitch go to the council office. Bookings for the pavilion "
        "move to the new calendar in May. The Fixtures Secretary sends the fixture list "
        "to every captain. Changes to it are agreed at the spring meeting.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Kit Steward", "Wash the bibs after each match")] == "A/R"
    assert cells[("Kit Steward", "Order new balls")] == "A/R"
    assert any(r == "Fixtures Secretary" and a.startswith("Send the fixture list")
               for r, a in cells)
    assert not any(a.startswith(("Complaint", "Booking", "Change")) for _r, a in cells), cells


def test_a_piece_naming_only_whom_it_goes_to_is_no_duty(tmp_path: Path) -> None:
    """"report their own knocks, and the knocks of a team-mate, to the physio or
    captain": the piece after the second comma says whom the report goes to; it is no
    duty of its own ("To the physio or captain")."""
    path = tmp_path / "squad.html"
    path.write_text(
        "<html><body><h1>Squad welfare</h1><h2>Who does what</h2><ul>"
        "<li><strong>Physio:</strong> checks every player before the second half.</li>"
        "<li><strong>Captain:</strong> leads the warm-up.</li>"
        "<li><strong>Players:</strong> report their own knocks, and the knocks of a "
        "team-mate, to the physio or captain.</li></ul></body></html>\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Player", "Report their own knocks")] == "A/R"
    assert not any(a.lower().startswith("to ") for _r, a in cells), cells


def test_a_procedure_s_version_line_is_no_duty(tmp_path: Path) -> None:
    """A document-control line under a heading ("Site procedure HB-02  Issue 5
    Effective: 01/04/2026", then "Owner: Harbour Manager") is the page's version and its
    owner, not a step the owner does."""
    path = tmp_path / "kiosk.txt"
    path.write_text(
        "Boat hire procedure\n\n"
        "The Hire Clerk takes each booking and checks the licence of the skipper.\n\n"
        "KIOSK OPENING\n"
        "Site procedure HB-02            Issue 5            Effective: 01/04/2026\n"
        "Owner: Harbour Manager           Next review: April 2027\n\n"
        "The Kiosk Assistant opens the shutters at nine.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Kiosk Assistant", "Open the shutters at nine")] == "A/R"
    assert not any("Issue 5" in a or "HB-02" in a for _r, a in cells), cells


def test_a_reason_or_a_verb_left_of_its_subject_names_no_duty() -> None:
    """What is left of a sentence when its duty went elsewhere: a reason ("because the
    refunds stop"), a concession, or a verb whose subject was cut off ("are shipped from
    the depot") is no duty."""
    assert activity_name("because their refunds stop") == ""
    assert activity_name("although the till is closed") == ""
    assert activity_name("are shipped from the north depot") == ""
    assert activity_name("attach the courier's photo to the claim") != ""


def test_what_is_made_sure_is_kept_whole_up_to_when_it_applies() -> None:
    """"makes sure every porter on the late shift has a food hygiene certificate before
    the first service": what is made sure is a clause, its subject and its verb, kept
    whole up to when it applies as after "check that", never cut after its subject
    ("Make sure every porter")."""
    assert activity_name("makes sure every porter on the late shift has a food hygiene "
                         "certificate before the first service") == \
        "Make sure every porter on the late shift has a food hygiene certificate"
    assert activity_name("make sure the sponsor of each grant application has signed "
                         "the cover sheet") == \
        "Make sure the sponsor of each grant application has signed the cover sheet"


def test_a_numbered_part_of_the_work_is_named_by_what_its_brackets_say() -> None:
    """"leads WP4 (community outreach)": a work package's number says which part, the
    words in its brackets say what the work is; other remarks in brackets still go."""
    assert activity_name("leads WP4 (community outreach).") == "Community outreach"
    assert activity_name("is responsible for Task 2.3 (sensor calibration), with the "
                         "Data Manager") == "Sensor calibration"
    assert activity_name("books the pickers (two weeks ahead)") == "Book the pickers"


def test_a_witness_and_a_party_consulted_after_a_passive_doer_are_consulted(
        tmp_path: Path) -> None:
    path = tmp_path / "lottery.txt"
    path.write_text(
        "Club lottery\n\n"
        "The Lottery Promoter draws the winning numbers in front of the Club Secretary. "
        "The prize fund is set by the Management Committee in consultation with the "
        "Treasurer. Unsold tickets are destroyed by the Ticket Steward in the presence of "
        "the House Manager.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Lottery Promoter", "Draw the winning numbers")] == "A/R", cells
    assert cells[("Club Secretary", "Draw the winning numbers")] == "C", cells
    fund = {role: letters for (role, act), letters in cells.items() if "prize fund" in act}
    assert fund == {"Management Committee": "A/R", "Treasurer": "C"}, cells
    tickets = {role: letters for (role, act), letters in cells.items() if "tickets" in act}
    assert tickets == {"Ticket Steward": "A/R", "House Manager": "C"}, cells


def test_a_party_called_or_told_after_then_is_informed(tmp_path: Path) -> None:
    path = tmp_path / "lifts.txt"
    path.write_text(
        "Lift entrapment\n\n"
        "If a passenger is trapped, the Lift Attendant calls 999 and then the Estates "
        "Manager. If the lift stops between floors, the Concierge rings the Lift Engineer, "
        "then the Building Manager. The Estates Manager books the annual inspection.\n",
        encoding="utf-8")
    cells = _cells(path)
    called = {role: letters for (role, act), letters in cells.items() if "999" in act}
    assert called == {"Lift Attendant": "A/R", "Estates Manager": "I"}, cells
    rung = {role: letters for (role, act), letters in cells.items() if act.startswith("Ring")}
    assert rung.get("Building Manager") == "I", cells


def test_a_pronoun_opening_a_list_item_is_the_item_befores_subject(tmp_path: Path) -> None:
    path = tmp_path / "choir.txt"
    path.write_text(
        "Choir duties\n\n"
        "The Librarian keeps the music scores.\n"
        "She also collects the folders after each concert.\n"
        "The Treasurer banks the subscriptions.\n"
        "He sends the reminders in March.\n", encoding="utf-8")
    cells = _cells(path)
    folders = {role: letters for (role, act), letters in cells.items() if "older" in act}
    assert folders == {"Librarian": "A/R"}, cells
    reminders = {role: letters for (role, act), letters in cells.items() if "remind" in act}
    assert reminders == {"Treasurer": "A/R"}, cells


def test_a_told_party_named_by_a_man_compound_in_lower_case_is_informed(
        tmp_path: Path) -> None:
    path = tmp_path / "fete.txt"
    path.write_text(
        "Fete day\n\n"
        "The Fete Organiser books the bouncy castle. "
        "If it rains, the Fete Organiser phones the groundsman.\n", encoding="utf-8")
    cells = _cells(path)
    phoned = {role: letters for (role, act), letters in cells.items() if "groundsman" in act}
    assert phoned == {"Fete Organiser": "A/R", "Groundsman": "I"}, cells


def test_a_sign_off_the_step_waits_for_is_the_approvers_a(tmp_path: Path) -> None:
    """"... once the Site Supervisor has approved the reopening", "after the Yard Foreman
    has given the word": the one whose sign-off of the step itself it waits for answers
    for it (A), the doer does it (R); a sign-off of another thing ("once the Site
    Supervisor approves the stock sheet") is a row of its own."""
    path = tmp_path / "defrost.md"
    path.write_text(
        "# Cold room defrost\n\n## Steps\n\n"
        "1. The Store Keeper reopens the cold room once the Site Supervisor has approved "
        "the reopening.\n"
        "2. The Van Driver loads the chilled stock after the Yard Foreman has given the "
        "word.\n"
        "3. The Store Keeper logs the defrost once the Site Supervisor approves the stock "
        "sheet.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Store Keeper", "Reopen the cold room")] == "R"
    assert cells[("Site Supervisor", "Reopen the cold room")] == "A"
    assert cells[("Van Driver", "Load the chilled stock")] == "R"
    assert cells[("Yard Foreman", "Load the chilled stock")] == "A"
    assert cells[("Store Keeper", "Log the defrost")] == "A/R"
    assert ("Site Supervisor", "Log the defrost") not in cells


def test_the_one_a_duty_is_done_with_help_from_is_consulted(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Allotment society committee\n\n"
        "ACTION: Treasurer to chase the unpaid plot rents, with help from the Plot "
        "Secretary.\n"
        "ACTION: Chair to redraw the site map with the help of the Water Officer.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Treasurer", "Chase the unpaid plot rents")] == "A/R"
    assert cells[("Plot Secretary", "Chase the unpaid plot rents")] == "C"
    assert cells[("Water Officer", "Redraw the site map")] == "C"


def test_a_trade_named_in_lower_case_inside_a_duty_is_a_role(tmp_path: Path) -> None:
    """"tell the projectionist", "with the maintenance fitter": trades a page names only in
    lower case, as the party of a duty, are roles with their letters."""
    path = tmp_path / "venue.md"
    path.write_text(
        "# Venue Supervisor\n\n## Main duties\n\n"
        "- Tell the projectionist if a film starts late\n"
        "- Check the lift with the maintenance fitter\n"
        "- Send the key log to the locksmith\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Projectionist", "Tell the projectionist if a film starts late")] == "I"
    assert cells[("Maintenance Fitter", "Check the lift with the maintenance fitter")] == "C"
    assert cells[("Locksmith", "Send the key log to the locksmith")] == "I"


def test_actions_under_initials_with_the_role_in_brackets(tmp_path: Path) -> None:
    """An action list owned by initials: "ML – ..." for a person named beside a role above
    ("Site Controller (SC) – Maria Lopez"), and "TK (Stores Officer, Tom King) – ...",
    whose bracket says the role and the person the initials stand for."""
    path = tmp_path / "debrief.md"
    path.write_text(
        "# Flood drill debrief\n\n## Who does what\n\n"
        "**Site Controller (SC) – Maria Lopez**\n\n- Opens the flood gates\n\n"
        "**Pump crew**\n\n- Start the portable pumps\n\n## Actions\n\n"
        "- ML – update the pump rota\n"
        "- TK (Stores Officer, Tom King) – restock the sandbags\n"
        "- RB (Head Groundsman, Rita Bell) – clear the drains\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Controller", "Update the pump rota")] == "A/R"
    assert cells[("Stores Officer", "Restock the sandbags")] == "A/R"
    assert cells[("Head Groundsman", "Clear the drains")] == "A/R"
    assert not any(r == "Site Controller" and a in ("Restock the sandbags", "Clear the drains")
                   for (r, a) in cells)


def test_circulating_a_thing_to_a_party_is_a_hand_off_of_its_own(tmp_path: Path) -> None:
    """"update the class list and circulate it to the instructors": the circulating is
    a hand-off row (sender A/R, receivers I), as "send it to" is; "share it with" still
    tells the party on the duty before."""
    path = tmp_path / "lessons.md"
    path.write_text(
        "# Lesson Secretary\n\n## Duties\n\n"
        "- Update the class list and circulate it to the Swimming Instructors\n"
        "- Draw up the pool rota and share it with the Lifeguards\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Lesson Secretary", "Update the class list")] == "A/R"
    assert cells[("Lesson Secretary", "Circulate the class list to the Swimming Instructors")
                 ] == "A/R"
    assert cells[("Swimming Instructor", "Circulate the class list to the Swimming "
                  "Instructors")] == "I"
    assert ("Swimming Instructor", "Update the class list") not in cells
    assert cells[("Lifeguard", "Draw up the pool rota")] == "I"


def test_a_passive_of_giving_with_its_doer(tmp_path: Path) -> None:
    """"Non-swimmers are given armbands by the pool attendants": the attendants give the
    armbands to the non-swimmers."""
    path = tmp_path / "pool.md"
    path.write_text(
        "# Pool roles\n\n## Pool attendants\n\n"
        "Pool attendants check the lane ropes. Non-swimmers are given armbands by the pool "
        "attendants. New members are sent a welcome pack by the Membership Secretary.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Pool Attendant", "Armbands to non-swimmers")] == "A/R"
    assert cells[("Membership Secretary", "Send a welcome pack to new members")] == "A/R"


def test_when_a_passive_duty_is_done_stays_after_its_doer(tmp_path: Path) -> None:
    """"The visitor book is checked by the Site Warden at the end of each day": when it is
    done stays in the duty's name, as it does in "checks the visitor book at the end of
    each day"."""
    path = tmp_path / "site.md"
    path.write_text(
        "# Site roles\n\nThe visitor book is checked by the Site Warden at the end of each "
        "day. The gate is locked by the Site Warden.\n", encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Warden", "Check the visitor book at the end of each day")] == "A/R"
    assert cells[("Site Warden", "Lock the gate")] == "A/R"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a phrase of where, when or whom, the only one past seven words, stays
        ("Upload the signed lease agreement to the lettings portal",
         "Upload the signed lease agreement to the lettings portal"),
        ("Read out the weekly safety notice at the morning huddle",
         "Read out the weekly safety notice at the morning huddle"),
        ("Hand the spare van keys and fuel card to the Depot Supervisor",
         "Hand the spare van keys and fuel card to the Depot Supervisor"),
        # but a dated one-off and a purpose are no part of the duty
        ("Read out the weekly safety notice at the 3 March huddle",
         "Read out the weekly safety notice"),
        ("Walk round the main warehouse floor to check the racking",
         "Walk round the main warehouse floor"),
        # and whoever it is done together with is told, not named
        ("Check the broken ladder rungs together with the person involved",
         "Check the broken ladder rungs"),
    ],
)
def test_names_keep_one_trailing_phrase_of_whom_when_or_where(text: str, name: str) -> None:
    assert activity_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where a short duty goes, after its article, stays
        ("Take the cash box to the main gate", "Take the cash box to the main gate"),
        ("Carry the first aid bag to the far pitch",
         "Carry the first aid bag to the far pitch"),
        # a lone first name is a person (whose role is told), a verb a purpose, and where a
        # thing is moved a step's detail
        ("Report the weekly figures to Priya", "Report the weekly figures"),
        ("Walk the new starter round to show them the exits", "Walk the new starter round"),
        ("Move the spare chairs to the back hall", "Move the spare chairs"),
    ],
)
def test_short_names_keep_where_or_to_whom_the_duty_goes(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_whom_a_duty_is_done_after_asking_stays_in_its_name(tmp_path: Path) -> None:
    path = tmp_path / "allotments.md"
    path.write_text(
        "# Allotment Society roles\n\n"
        "## Plot Secretary\n\n"
        "The Plot Secretary sets the waiting list rules after consulting the Site Warden.\n\n"
        "## Treasurer\n\n"
        "The Treasurer orders the water tanks after consultation with the Site Warden.\n\n"
        "## Site Warden\n\n"
        "The Site Warden locks the main gate at dusk.\n", encoding="utf-8")
    cells = _cells(path)
    # the phrase stays in the name, and the party it names is still consulted
    rules = "Set the waiting list rules after consulting the Site Warden"
    assert cells[("Plot Secretary", rules)] == "A/R", cells
    assert cells[("Site Warden", rules)] == "C", cells
    tanks = "Order the water tanks after consultation with the Site Warden"
    assert cells[("Treasurer", tanks)] == "A/R", cells
    assert cells[("Site Warden", tanks)] == "C", cells
    assert cells[("Site Warden", "Lock the main gate at dusk")] == "A/R", cells


def test_a_relative_clause_reads_its_pronoun_as_what_was_passed_or_owned(
        tmp_path: Path) -> None:
    # "who <verb>s them" after a thing sent to the role stands for that thing; after "the
    # ownership of X lies with Y, who will ..." both the ownership and the later duty count
    path = tmp_path / "club.md"
    path.write_text(
        "# How the club runs\n\n"
        "Match entries are sent to the Fixtures Secretary, who confirms them with the "
        "league.\n\n"
        "A complaint about a referee is passed to the Welfare Officer, who logs it.\n\n"
        "Overall responsibility for the code of conduct lies with the Club Chair, who will "
        "review it every year.\n\n"
        "The Fixtures Secretary also books the pitches.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells.get(("Fixtures Secretary", "Confirm match entries with the league")) == \
        "A/R", cells
    assert not any("them" in activity.split() for _role, activity in cells), cells
    assert cells.get(("Welfare Officer", "Log the complaint about a referee")) == "A/R", cells
    assert cells.get(("Club Chair", "Review the code of conduct every year")) == "A/R", cells
    assert any(role == "Club Chair" and "conduct" in activity.lower() and
               "review" not in activity.lower() for role, activity in cells), cells


def test_a_checklist_line_with_a_remark_after_its_owners_code(tmp_path: Path) -> None:
    # "Recruit the stewards (AL) - check with JS first": the owner's code in brackets,
    # then a remark naming whom to consult; a task opening with an order is no role
    # named with its code ("Named Steward (NS)" would be)
    path = tmp_path / "fete.md"
    path.write_text(
        "# Fete checklist\n\n"
        "Key: JS = Jane Smith (Fete Coordinator), PK = Paul Kerr (Treasurer), "
        "AL = Amy Long (Volunteer Lead)\n\n"
        "- [ ] Book the marquee (JS)\n"
        "- [ ] Open a float account with the bank (PK)\n"
        "- [ ] Recruit car park stewards (AL) - check with JS first\n"
        "- [ ] Print the programmes (AL), check with PK first\n"
        "- [ ] Count the takings on the day (PK)\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Volunteer Lead", "Recruit car park stewards")] == "A/R", cells
    assert cells[("Fete Coordinator", "Recruit car park stewards")] == "C", cells
    assert cells[("Volunteer Lead", "Print the programmes")] == "A/R", cells
    assert cells[("Treasurer", "Print the programmes")] == "C", cells
    assert not any(role.startswith("Recruit") for role, _activity in cells), cells


def test_three_verbs_in_a_run_over_one_object_are_one_duty(tmp_path: Path) -> None:
    # "plans, books and runs the training days": three verbs in the third person over one
    # object (only the plain form, "Build, test and deliver ...", was read), also after a
    # modal with "you" and before a further predicate of the same subject
    path = tmp_path / "volunteers.md"
    path.write_text(
        "# Volunteering roles\n\n"
        "The Training Officer plans, books, and runs the induction days.\n\n"
        "The Shop Supervisor counts, bags and banks the takings, keeps the till log and "
        "orders the carrier bags.\n\n"
        "## Volunteer Coordinator\n\n"
        "You will recruit, train and support the stewards.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells.get(("Training Officer", "Plan, book and run the induction days")) == \
        "A/R", cells
    assert cells.get(("Shop Supervisor", "Count, bag and bank the takings")) == "A/R", cells
    assert cells.get(("Shop Supervisor", "Keep the till log")) == "A/R", cells
    assert cells.get(("Shop Supervisor", "Order the carrier bags")) == "A/R", cells
    # (the object keeps its article, as a run in the plain form does)
    assert cells.get(("Volunteer Coordinator", "Recruit, train and support the stewards")) == \
        "A/R", cells


def test_a_relative_clause_after_a_passive_of_all_alone_is_read_without_a_thing(
        tmp_path: Path) -> None:
    # "All are sent to the Secretary, who confirms them": "All" names no thing "them" could
    # stand for (reading it stopped the whole derivation with an error)
    path = tmp_path / "entries.md"
    path.write_text(
        "# Entries\n\n"
        "Forms arrive by post. All are sent to the Fixtures Secretary, who confirms them "
        "with the league.\n\n"
        "The Fixtures Secretary also books the pitches.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells.get(("Fixtures Secretary", "Book the pitches")) == "A/R", cells


def test_a_clause_after_so_is_what_a_duty_leads_to_not_a_duty_of_its_own(
        tmp_path: Path) -> None:
    # "The Coach books the pitch, so the Groundsman marks it": the clause after ", so" has
    # a subject of its own; it was read as a second duty of the Coach ("So the Groundsman
    # marks")
    path = tmp_path / "club.md"
    path.write_text(
        "# Match days\n\n"
        "The Coach books the pitch, so the Groundsman marks it.\n\n"
        "The Secretary prints the team sheets, so that the captains can sign them.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells.get(("Coach", "Book the pitch")) == "A/R", cells
    assert cells.get(("Secretary", "Print the team sheets")) == "A/R", cells
    assert not any(activity.lower().startswith("so ") for _role, activity in cells), cells


def test_a_role_and_its_verb_after_a_colon_is_a_sentence_of_its_own(tmp_path: Path) -> None:
    # "Lost property: the Steward logs ...": what stands before the colon (a topic, or a
    # clause: "Boats are never left afloat:") says when, the role after it is the subject
    # of a verb of its own, with no modal needed; the item's topic is no task, nor is the
    # heading over the items a role that does them
    path = tmp_path / "regatta.rst"
    path.write_text(
        "Regatta day\n===========\n\n"
        "Race team\n---------\n\n"
        "The Race Officer is in charge of the course.\n\n"
        "- Lost property: the Beach Steward logs every item and tells the Race Officer.\n"
        "- Man overboard: the Safety Boat Driver tows the dinghy in and radios the Race "
        "Officer.\n"
        "- Boats are never left afloat: the Bosun hauls out every dinghy by dusk.\n"
        "- Entry checking: the Entries Secretary compares each form with the list.\n"
        "- Torn sails are not reused: the Bosun bins them and the Race Officer notes the "
        "boat in the log.\n"
        "- Boat count short: the Bosun counts again with a helper and emails the Race "
        "Officer.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Beach Steward", "Log every item")] == "A/R", cells
    assert cells[("Safety Boat Driver", "Radio the Race Officer")] == "A/R", cells
    assert cells[("Race Officer", "Radio the Race Officer")] == "I", cells
    assert any(role == "Bosun" and activity.startswith("Haul out every dinghy")
               for role, activity in cells), cells
    assert not any(activity in ("Lost property", "Man overboard") for _, activity in cells), \
        cells
    # words before the colon that name a duty ("Entry checking", an act's noun or a verb
    # in "-ing") stay its name, the sentence after saying how it is done
    assert any(activity == "Entry checking" for _, activity in cells), cells
    # a second subject after "and" ("and the Race Officer notes ...") keeps the sentence
    # whole, read as it was, so each doer keeps their own duty
    assert any(role == "Race Officer" and activity.startswith("Note the boat")
               for role, activity in cells), cells
    # a verb that takes what it acts on from before the colon ("counts again": the boats)
    # is no sentence of its own either
    assert not any(activity.startswith("Count again") for _, activity in cells), cells


def test_bare_plural_nouns_listed_after_a_verb_go_on_past_their_and(tmp_path: Path) -> None:
    # "sets up benches, lamps and stands with ...": "lamps" and "stands" are nouns of the
    # list (each a verb too), not further duties; "..., checks the fuses": a verb with an
    # object of its own still is one
    path = tmp_path / "stage.txt"
    path.write_text(
        "Stage crew\n\n"
        "The Stage Manager books the theatre, and sets up benches, lamps and stands with "
        "the help of the ushers.\n\n"
        "The Lighting Technician rigs spotlights, checks the fuses and logs the levels.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert any(role == "Stage Manager" and activity.startswith(
        "Set up benches, lamps and stands") for role, activity in cells), cells
    assert not any(activity.lower().startswith(("stand", "lamps")) for _, activity in cells), \
        cells
    assert cells[("Lighting Technician", "Check the fuses")] == "A/R", cells
    assert cells[("Lighting Technician", "Log the levels")] == "A/R", cells


def test_one_verb_over_two_things_each_sent_its_own_way(tmp_path: Path) -> None:
    # "hands the float to the Treasurer and the keys to the Caretaker": the verb is said
    # once over two things, each with its own party, so two duties, each party told of
    # its own; "sends the minutes to the Chair and the Secretary" is one duty
    path = tmp_path / "close.txt"
    path.write_text(
        "Closing the hall\n\n"
        "The Duty Steward hands the float to the Treasurer and the keys to the Caretaker "
        "before leaving.\n\n"
        "The Bookings Clerk sends the invoice to the hirer and the Chair.\n",
        encoding="utf-8")
    cells = _cells(path)
    assert cells[("Duty Steward", "Hand the float to the Treasurer")] == "A/R", cells
    assert cells[("Treasurer", "Hand the float to the Treasurer")] == "I", cells
    keys = next(a for r, a in cells if r == "Duty Steward" and a.startswith("Hand the keys"))
    assert keys.startswith("Hand the keys to the Caretaker"), cells
    assert cells[("Caretaker", keys)] == "I", cells
    assert ("Caretaker", "Hand the float to the Treasurer") not in cells, cells
    assert any(role == "Bookings Clerk" and activity.startswith("Send the invoice to the hirer")
               for role, activity in cells), cells


def test_an_e_mails_whos_who_lines_of_people_are_no_duties(tmp_path: Path) -> None:
    # "- Me (Carys) - organiser", "- Bob, Sue & Kim - timekeepers": who holds which role,
    # no work of the role ("Me", "Sue & Kim" are no activities)
    path = tmp_path / "regatta.md"
    path.write_text(
        "Subject: Regatta\n\nHi all,\n\n## Who's who on the day\n\n"
        "- Me (Carys) - organiser\n"
        "- Mia and Joe - course marshals\n"
        "- Bob, Sue & Kim - timekeepers\n\n"
        "Mia checks the buoys. Bob starts the clock. I pay the boat hire.\n",
        encoding="utf-8")
    draft = derive([path])
    names = [a.name for a in draft.rows]
    assert not any(n.startswith(("Me", "Sue", "Bob", "Mia")) for n in names), names
    cells = derived_cells(draft)
    assert any(r == "Timekeeper" and a.startswith("Start the clock") for r, a in cells), cells
    assert any(r == "Organiser" and a.startswith("Pay the boat hire") for r, a in cells), cells


def test_a_thing_before_a_colon_and_a_preposition_after_its_pronoun(tmp_path: Path) -> None:
    # "Keys: the Caretaker keeps them in the safe": "in the safe" is where, no particle
    # of the verb ("keeps in keys the safe" was no duty)
    path = tmp_path / "hall.txt"
    path.write_text(
        "Hall rules\n\n"
        "Keys: the Caretaker keeps them in the safe.\n\n"
        "Cups: the Caretaker puts them away after each booking.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert any(r == "Caretaker" and a.startswith("Keep keys in the safe")
               for r, a in cells), cells
    assert any(r == "Caretaker" and a.startswith("Put away cups")
               for r, a in cells), cells
