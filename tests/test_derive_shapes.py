"""Derivation on document shapes it was not tuned on: one test per failure class.

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.cli import main
from raci.derive.actors import actor_name, subject_actor
from raci.derive.documents import parse_html, parse_text
from raci.derive.draft import Draft, derive
from raci.derive.extract import MAX_SENTENCE, activity_name, activity_names, split_sentences
from raci.templates import load_template


def _draft(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return derive([path])


def _cells(draft: Draft) -> dict[tuple[str, str], str]:
    """(role name, activity) -> letters, as saved."""
    template = draft.to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    return {(names[c], a.name): letters for a in template.activities
            for c, letters in a.letters.items()}


def _roles(draft: Draft) -> set[str]:
    return {r.name for r in draft.roles}


# --- roles from structure and language ---------------------------------------------------


def test_lower_case_role_used_as_a_subject_is_a_role(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "hiring.txt",
                   "How we hire\n\n"
                   "The hiring manager creates the job description with the recruiter.\n"
                   "The recruiter screens every application within two days.\n")
    assert {"Hiring Manager", "Recruiter"} <= _roles(draft)
    cells = _cells(draft)
    assert any(role == "Recruiter" and "application" in act.lower() for role, act in cells)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the data custodian", "Data Custodian"),
        ("Change Authority", "Change Authority"),
        ("the SRE team", "SRE Team"),
        ("Developers", "Developer"),
        ("QA Lead", "QA Lead"),
        ("2. The Release Coordinators", "Release Coordinator"),
        ("Staff pharmacist or technician", "Staff Pharmacist or Technician"),
        ("Product Manager vs Project Manager", None),
        ("Skills of a designer", None),
        ("Building an operations team", None),
        ("Loading bays", None),
    ],
)
def test_actor_phrases(phrase: str, name: str | None) -> None:
    assert actor_name(phrase) == name


def test_subjects_are_found_before_their_verb() -> None:
    assert subject_actor("The logistics team books the vans.") is not None
    assert subject_actor("The night porter either locks or opens the gate.") is not None
    assert subject_actor("The goal is simple.") is None
    assert subject_actor("Starter templates speed up new services.") is None


def test_role_named_once_in_a_heading_scopes_its_list(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "release.html",
                   "<h1>Release duties</h1>"
                   "<h2>Release Manager</h2><ul><li>Plan the release calendar</li>"
                   "<li>Run the go/no-go meeting</li></ul>"
                   "<h2>QA Lead</h2><ul><li>Sign off the regression suite</li></ul>")
    cells = _cells(draft)
    assert cells[("Release Manager", "Release calendar planning")] == "A/R"
    assert cells[("Release Manager", "Go/no-go meeting")] == "A/R"
    assert any(role == "QA Lead" and "regression suite" in act for role, act in cells)


def test_a_heading_that_is_no_role_ends_the_section_above(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "change.md",
                   "# Change process\n\n"
                   "## Change Manager\n\n- Schedule the change window\n\n"
                   "## Rollback checklist\n\n- Verify the backups\n- Restore the snapshot\n")
    cells = _cells(draft)
    assert cells[("Change Manager", "Change window scheduling")] == "A/R"
    assert not any("backup" in act.lower() or "snapshot" in act.lower()
                   for _r, act in cells)
    # the items stay, without letters, marked for review with the heading they came from
    orphan = next(r for r in draft.rows if "backup" in r.name.lower())
    assert orphan.letters == {}
    assert "Rollback checklist" in orphan.review[0]


def test_unknown_title_heading_becomes_its_own_role(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "records.md",
                   "# Records\n\n## Records Custodian\n\n- Keep the retention schedule\n\n"
                   "## Change Initiator\n\n- Raise the change request\n")
    cells = _cells(draft)
    assert cells[("Records Custodian", "Retention schedule")] == "A/R"
    assert any(r == "Change Initiator" for r, _a in cells)


# --- tables -------------------------------------------------------------------------------


def test_document_raci_table_with_abbreviated_heads(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "cab.md",
                   "The change manager chairs the board.\n\n"
                   "| Step | Change Mgr | CAB | Svc Owner | DBA |\n"
                   "| --- | --- | --- | --- | --- |\n"
                   "| Risk assessment | A | C | I | R |\n"
                   "| Approval | R | A | I | - |\n"
                   "| Rollback plan | A | I | A | R |\n"
                   "| Go-live | I | A | A | - |\n")
    cells = _cells(draft)
    assert cells[("Change Manager", "Risk assessment")] == "A"
    assert cells[("CAB", "Risk assessment")] == "C"
    assert cells[("DBA", "Risk assessment")] == "R"
    assert cells[("CAB", "Approval")] == "A"
    # two A's on a row: the table's main owner keeps the A, the row is marked for review
    assert cells[("Change Manager", "Rollback plan")] == "A"
    rollback = next(r for r in draft.rows if r.name == "Rollback plan")
    assert rollback.review and "accountable" in rollback.review[0]
    # two A's and nobody doing it: still one A, the other shown as R
    assert cells[("CAB", "Go-live")] == "A" or cells[("Service Owner", "Go-live")] == "A"
    assert sorted((cells[("CAB", "Go-live")], cells[("Service Owner", "Go-live")])) == ["A", "R"]
    role = next(r for r in draft.roles if r.name == "Change Manager")
    assert role.code == "CM"


def test_table_with_one_row_per_role(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "grid.md",
                   "| Role | Focus | Responsibilities |\n| --- | --- | --- |\n"
                   "| Release Manager | Cadence | Plan releases; Publish release notes |\n"
                   "| Site Reliability Engineer | Uptime | Run the on-call rotation |\n")
    cells = _cells(draft)
    assert ("Release Manager", "Release notes") in cells
    assert any(r == "Site Reliability Engineer" for r, _a in cells)
    assert not any(a == "Cadence" for _r, a in cells)


def test_html_lists_inside_table_cells_stay_apart() -> None:
    doc = parse_html("t.html", "<table><tr><th>Aspect</th><th>Tester</th></tr>"
                     "<tr><td>Duties</td><td><ul><li>Write test plans</li>"
                     "<li>Report defects</li></ul></td></tr></table>")
    row = [b for b in doc.blocks if b.kind == "row" and b.header][0]
    assert row.cells[1] == "Write test plans; Report defects"


# --- sentences ----------------------------------------------------------------------------


def test_prose_cues_give_duties(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "team.txt",
                   "The team has three roles.\n\n"
                   "At the centre of the team is the Operations Lead, tasked with shift "
                   "planning. The Safety Officer plays a key role in hazard reviews. "
                   "The Quality Steward serves as the owner of the audit calendar. "
                   "Supporting them is the Training Coordinator. Their responsibility includes "
                   "onboarding new staff, such as scheduling induction days, booking trainers "
                   "and tracking certificates.\n")
    cells = _cells(draft)
    assert any(r == "Operations Lead" and "shift planning" in a.lower() for r, a in cells)
    assert any(r == "Safety Officer" and "hazard reviews" in a.lower() for r, a in cells)
    assert any(r == "Training Coordinator" and "certificate" in a.lower() for r, a in cells)


def test_this_includes_and_they_continue_the_subject(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "lead.txt",
                   "The Kitchen Manager owns the weekly menu. This includes ordering stock. "
                   "They take part in the hiring process, conduct performance reviews and "
                   "approve the rota.\n")
    cells = _cells(draft)
    acts = {a.lower() for r, a in cells if r == "Kitchen Manager"}
    assert any("stock" in a for a in acts)
    assert any("hiring process" in a for a in acts)
    assert any("performance reviews" in a for a in acts)


def test_role_colon_items_with_prose(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "scrum.md",
                   "# Roles\n\n"
                   "1. Delivery Coach: The Delivery Coach is responsible for running the "
                   "retrospective.\n"
                   "2. Backlog Keeper: Orders the backlog and writes acceptance criteria.\n")
    cells = _cells(draft)
    assert any(r == "Delivery Coach" and "retrospective" in a.lower() for r, a in cells)
    assert any(r == "Backlog Keeper" and "backlog" in a.lower() for r, a in cells)


def test_enumerations_of_people_or_objects_are_not_activities(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "tpm.txt",
                   "The Program Lead aligns the roadmap with all parties, including product "
                   "owners, engineers, designers, and clients.\n"
                   "The Support Analyst gathers details about the fault, including invoices, "
                   "receipts and bank statements.\n")
    names = {a.lower() for _r, a in _cells(draft)}
    for word in ("product owners", "engineers", "designers", "clients", "invoices",
                 "receipts"):
        assert word not in names


def test_collaboration_gives_c_to_the_named_departments(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "launch.txt",
                   "The Engineering Manager collaborates with Sales and Marketing to plan the "
                   "launch.\n")
    cells = _cells(draft)
    assert cells.get(("Engineering Manager", "Launch planning")) == "A/R"
    assert cells.get(("Sales", "Launch planning")) == "C"
    assert cells.get(("Marketing", "Launch planning")) == "C"


def test_assists_and_hand_offs_give_owner_and_informed(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "ward.md",
                   "Ward sister. Runs the ward. This person:\n\n"
                   "- assists the consultant physician with ward rounds, bed planning, and "
                   "night handovers\n\n"
                   "Consultant physician. Leads patient care. This person:\n\n"
                   "- prescribes treatment\n\n"
                   "The ward clerk receives the discharge letter from the consultant "
                   "physician.\n")
    cells = _cells(draft)
    assert cells[("Consultant Physician", "Ward rounds")] == "A/R"
    assert cells[("Ward Sister", "Ward rounds")] == "R"
    assert cells[("Ward Sister", "Bed planning")] == "R"
    assert cells[("Consultant Physician", "Night handovers")] == "A/R"
    assert cells[("Consultant Physician", "Discharge letter")] == "A/R"
    assert cells[("Ward Clerk", "Discharge letter")] == "I"
    assert ("Consultant Physician", "Prescribe treatment") in cells


def test_activity_names_are_never_cut_mid_phrase() -> None:
    name = activity_name("Maintain the risk register and update it throughout the lifetime "
                         "of the programme")
    assert not name.lower().endswith((" the", " of", " and", " throughout"))
    assert activity_name("Submits the protocol for approval") == "Submit the protocol"


def test_rows_without_basis_for_an_owner_are_marked(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "shared.md",
                   "| Task | Writer | Editor |\n| --- | --- | --- |\n"
                   "| Proofreading | R | R |\n")
    row = next(r for r in draft.rows if r.name == "Proofreading")
    assert row.review and "no owner" in row.review[0]


# --- documents that contribute nothing ----------------------------------------------------


def test_combined_run_names_documents_that_contributed_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.md"
    good.write_text("## Release Manager\n\n- Plan the release calendar\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("A note about the weather, with nothing about anyone.\n",
                     encoding="utf-8")
    out = tmp_path / "draft.toml"
    assert main(["derive", str(good), str(empty), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "raci: warning: empty.txt contributed nothing" in captured.err
    assert "good.md: 1 cell\n" in captured.out
    assert "1 activity written" in captured.out
    assert load_template(out).sources == ("good.md",)


# --- linear in the input ------------------------------------------------------------------


def test_long_run_on_sentences_are_cut_into_bounded_pieces() -> None:
    text = "The Product Manager owns the roadmap and " * 5000
    pieces = split_sentences(text)
    assert all(len(p) <= MAX_SENTENCE for p in pieces)
    assert sum(len(p) for p in pieces) <= len(text)
    assert len(pieces) >= len(text) // MAX_SENTENCE


def test_unclosed_list_items_do_not_repeat_text() -> None:
    html = "<ul>" + "<li>The Product Manager owns the roadmap " * 2000
    doc = parse_html("x.html", html)
    items = [b for b in doc.blocks if b.kind == "item"]
    assert len(items) == 2000
    # a reader that nests unclosed items would repeat the text (quadratic in the input)
    assert sum(len(b.text) for b in doc.blocks) <= len(html)


def test_plain_text_lines_keep_their_text_once() -> None:
    text = "Lead: owns the plan\n" * 1000
    doc = parse_text("x.txt", text)
    assert sum(len(b.text) for b in doc.blocks) <= len(text)


def test_hand_offs_keep_their_recipient_and_inform_it(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "desk.md",
                   "## First Line Desk\n\n- Log the call\n"
                   "- Escalate the ticket to the Second Line Desk, attaching the log\n\n"
                   "## Second Line Desk\n\n- Reproduce the fault\n"
                   "- Escalate the ticket to the Vendor Liaison\n")
    cells = _cells(draft)
    # the running case of the process ("the ticket") is no part of the hand-off's name
    assert cells[("First Line Desk", "Escalate to the Second Line Desk")] == "A/R"
    assert cells[("Second Line Desk", "Escalate to the Second Line Desk")] == "I"
    assert cells[("Vendor Liaison", "Escalate to the Vendor Liaison")] == "I"


def test_consult_cue_must_stand_next_to_the_party(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "edit.txt",
                   "The Copy Chief reviews and edits the draft, returning it to the Author.\n"
                   "The Copy Chief discusses the style guide with the Author.\n")
    cells = _cells(draft)
    assert any(r == "Author" and "style guide" in a.lower() and letters == "C"
               for (r, a), letters in cells.items())
    assert not any(r == "Author" and "draft" in a.lower() and letters == "C"
                   for (r, a), letters in cells.items())


def test_group_described_then_given_duties(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "board.txt",
                   "An Architecture Review Board is a small group of senior engineers "
                   "responsible for reviewing, challenging, and approving design proposals.\n"
                   "The Platform Owner is responsible for the developer portal by curating "
                   "templates, publishing guides and running office hours.\n")
    cells = _cells(draft)
    assert any(r == "Architecture Review Board" and "design proposals" in a.lower()
               for r, a in cells)
    assert len([a for r, a in cells if r == "Architecture Review Board"]) == 1
    acts = {a.lower() for r, a in cells if r == "Platform Owner"}
    assert "developer portal" in acts
    assert any("guides" in a for a in acts) and any("office hours" in a for a in acts)


def test_charter_with_explicit_raci_wording(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "squad.md",
                   "# Checkout squad\n\n"
                   "The product owner is responsible for the product backlog and is "
                   "accountable for release decisions. The tech lead is consulted on release "
                   "decisions and is responsible for the technical design. The QA engineer is "
                   "responsible for regression testing and keeps the product owner informed "
                   "of test results. The data steward is consulted on the technical design. "
                   "The security officer is informed of every release decision and approves "
                   "penetration tests, which the QA engineer runs.\n")
    assert _roles(draft) == {"Product Owner", "Tech Lead", "QA Engineer", "Data Steward",
                             "Security Officer"}
    cells = _cells(draft)
    assert cells[("Product Owner", "Product backlog")] == "A/R"
    assert cells[("Product Owner", "Release decisions")] == "A/R"
    assert cells[("Tech Lead", "Release decisions")] == "C"
    assert cells[("Security Officer", "Release decisions")] == "I"
    assert cells[("Tech Lead", "Technical design")] == "A/R"
    assert cells[("Data Steward", "Technical design")] == "C"
    assert cells[("Product Owner", "Regression testing")] == "I"
    assert cells[("Security Officer", "Penetration tests")] == "A"
    assert cells[("QA Engineer", "Penetration tests")] == "R"
    assert not any("accountable" in a.lower() for _r, a in cells)


def test_acronym_roles_from_headings_and_subjects(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "change.md",
                   "# Change management\n\n## CAB\n\n- Approves normal changes\n"
                   "- Reviews the change calendar\n\n## API\n\nThe API returns JSON.\n\n"
                   "Every week the ECAB meets. The ECAB approves emergency changes.\n")
    roles = _roles(draft)
    assert {"CAB", "ECAB"} <= roles
    assert "API" not in roles


def test_job_description_titled_by_its_role(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "jd.txt",
                   "Senior Payroll Specialist\n\nAbout the role\n"
                   "We are looking for a Senior Payroll Specialist to join us.\n\n"
                   "Key responsibilities:\n"
                   "Process monthly payroll for all employees\n"
                   "Liaise with HR on starters and leavers\n"
                   "Respond to employee queries within two days\n"
                   "Support the Payroll Manager with audits and process improvements\n\n"
                   "What you'll bring:\n"
                   "Five years of payroll experience\n"
                   "Strong spreadsheet skills\n\n"
                   "Reporting to: Payroll Manager\n")
    cells = _cells(draft)
    assert cells[("Payroll Specialist", "Process monthly payroll")] == "A/R"
    assert cells[("Payroll Specialist", "Respond to employee queries")] == "A/R"
    assert cells[("HR", "Liaise with HR on starters and leavers")] == "C"
    assert cells[("Payroll Manager", "Audits and process improvements")] == "A/R"
    assert cells[("Payroll Specialist", "Audits and process improvements")] == "R"
    assert not any("experience" in a.lower() or "skills" in a.lower() or "reporting" in
                   a.lower() for _r, a in cells)


def test_process_steps_name_departments_and_hand_offs(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "purchase.html",
                   "<h1>Purchase requests</h1><ol>"
                   "<li>The requester raises a purchase request in the portal.</li>"
                   "<li>The budget holder approves or rejects the request.</li>"
                   "<li>Procurement checks the supplier and notifies the requester.</li>"
                   "<li>Accounts Payable pays the invoice.</li></ol>")
    assert {"Requester", "Budget Holder", "Procurement", "Accounts Payable"} <= _roles(draft)
    cells = _cells(draft)
    assert cells[("Budget Holder", "Request")] == "A/R"
    assert cells[("Requester", "Notify the requester")] == "I"
    assert cells[("Accounts Payable", "Pay the invoice")] == "A/R"


def test_raci_table_with_one_row_per_role(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "transposed.md",
                   "| Role | Budget | Hiring plan | Offsite |\n| --- | --- | --- | --- |\n"
                   "| Studio Director | A | A | I |\n"
                   "| Office Manager | R | C | A/R |\n"
                   "| Finance Partner | C | - | - |\n")
    assert _roles(draft) == {"Studio Director", "Office Manager", "Finance Partner"}
    cells = _cells(draft)
    assert cells[("Studio Director", "Budget")] == "A"
    assert cells[("Office Manager", "Budget")] == "R"
    assert cells[("Finance Partner", "Budget")] == "C"
    assert cells[("Office Manager", "Offsite")] == "A/R"
    assert cells[("Studio Director", "Offsite")] == "I"


def test_passive_voice_gives_the_agent_the_duty(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "guild.html",
                   "<h2>Chair</h2><p>The chair sets the agenda.</p>"
                   "<h2>Reviewer</h2><p>Reviewers are assigned submissions by the chair and "
                   "score them within a week.</p>")
    cells = _cells(draft)
    assign = next(a for r, a in cells if r == "Chair" and "submissions" in a.lower())
    assert cells[("Chair", assign)] == "A/R"
    assert cells[("Reviewer", assign)] == "I"
    assert any(r == "Reviewer" and a.lower().startswith("score") for r, a in cells)


def test_repeated_word_idioms_are_not_cut_as_purpose_clauses() -> None:
    assert activity_name("Runs all tasks involved in the end to end release process") == \
        "End-to-end release process"
    assert activity_name("Handles the day to day running of the kiosk") == \
        "Day-to-day running of the kiosk"


def test_objects_of_one_verb_are_one_duty(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "keeper.md", (
        "# Orchard Keeper\n\n"
        "The Orchard Keeper inspects the old trees, the fences along the lane, and the "
        "state of the cider shed.\n"
        "The Orchard Keeper prunes the apple trees, sprays the pear trees and picks the fruit.\n"
    ))
    names = {a for _r, a in _cells(draft)}
    assert any(n.startswith("Inspect the old trees") for n in names), names
    assert not any(n.startswith(("Fences", "State of")) for n in names), names
    assert {"Prune the apple trees", "Spray the pear trees", "Pick the fruit"} <= names, names


def test_names_drop_filler_modifiers_and_bare_pronoun_objects() -> None:
    assert activity_name("Picks the proper glaze for each batch") == "Pick the glaze"
    assert activity_name("Books the necessary rooms") == "Book the rooms"
    assert activity_name("tracking them closely") == ""


def test_a_duty_with_only_a_pronoun_object_gives_no_row(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "kiln.md", (
        "# Kiln Technician\n\n"
        "The Kiln Technician loads the kilns and fires the glazed pots, "
        "checking them closely.\n"
    ))
    names = {a for _r, a in _cells(draft)}
    assert "Load the kilns" in names, names
    assert not any("them" in n.split() for n in names), names


def test_keep_and_ensure_with_a_state_keep_their_verb() -> None:
    assert activity_name("keeps the tours on schedule") == "Keep the tours on schedule"
    assert activity_name("Keeping the tours on track") == "Keep the tours on track"
    assert activity_name("ensures everyone signs the visitor book") == \
        "Ensure everyone signs the visitor book"
    assert activity_name("Ensures the visitor book") == "Visitor book"


def test_trailing_conditions_are_cut_from_names() -> None:
    assert activity_name("Restocks the leaflets where needed") == "Restock the leaflets"
    assert activity_name("Updates the floor plan as required") == "Floor plan"


def test_a_verb_that_says_what_is_done_stays_in_the_name() -> None:
    # a short object takes the noun of the action, a longer one keeps the imperative
    assert activity_name("Monitors the water levels") == "Water level monitoring"
    assert activity_name("contains the outbreak") == "Outbreak containment"
    assert activity_name("Identifies the faulty valves") == "Faulty valve identification"
    assert activity_name("Assesses the condition of every footbridge") == \
        "Assess the condition of every footbridge"
    # a verb that only says the work is done goes, and so does one that names the artefact
    assert activity_name("Manages the grounds budget") == "Grounds budget"
    assert activity_name("Writes the weekly bulletin") == "Weekly bulletin"


def test_duties_named_by_their_action_in_a_draft(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "harbour.txt", (
        "The Harbour Supervisor monitors the tide gauges and assesses the state of the "
        "slipways after each storm. The Harbour Supervisor also manages the berth register.\n"))
    cells = _cells(draft)
    assert cells[("Harbour Supervisor", "Tide gauge monitoring")] == "A/R"
    assert cells[("Harbour Supervisor", "Berth register")] == "A/R"
    assert any(a.startswith("Assess the state of the slipways") for _r, a in cells), cells


def test_long_names_are_not_cut_inside_a_complement_or_a_coordination() -> None:
    # ("the quality of" what is checked adds nothing to the check)
    assert activity_name("Checks the quality of tide readings and weather station logs") == \
        "Check tide readings and weather station logs"
    assert activity_name("Plans and chairs the spring and autumn mooring review meetings") == \
        "Plan and chair the spring and autumn mooring review meetings"
    # a trailing phrase still goes
    assert activity_name("Inspects the lock gates and sluices along the northern reach of the "
                         "canal") == "Inspect the lock gates and sluices"


def test_a_second_clause_joined_by_and_is_not_part_of_the_name() -> None:
    assert activity_name("Writes the mooring rules and publishes them on the notice board") == \
        "Mooring rules"
    assert activity_name("Runs the ferry rota and giving the necessary notice to crews") == \
        "Ferry rota"
    # a list of objects or a run of verbs is not a second clause
    assert activity_name("Reviewing, assessing, and approving berth requests") == \
        "Reviewing, assessing, and approving berth requests"
    assert activity_name("educates wardens, pilots, and visiting skippers") == \
        "Educate wardens, pilots, and visiting skippers"


def test_compact_nouns_as_a_careful_reader_names_them() -> None:
    assert activity_name("Directs the recruitment of volunteers") == "Volunteer recruitment"
    assert activity_name("Develops the concept for the festival") == "Festival concept"
    assert activity_name("takes care of the visitors") == "Visitor care"
    assert activity_name("each visitor's safety") == "Visitor safety"
    # partitives and longer complements stay as written
    assert activity_name("Acts as the point of contact") == "Point of contact"
    # ("the quality of" what is checked adds nothing to the check)
    assert activity_name("Checks the quality of tide readings and weather station logs") == \
        "Check tide readings and weather station logs"


def test_parts_that_describe_the_duty_before_them_are_not_duties(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "archive.txt", (
        "The Archive Clerk files the incoming deeds.\n"
        "Prepares the yearly loss report, explaining the causes found and giving reasons "
        "for items not recovered.\n"))
    names = {a for _r, a in _cells(draft)}
    assert any(n.startswith("Yearly loss report") for n in names), names
    assert not any(n.lower().startswith(("explain", "giving", "reasons")) for n in names), names


def test_with_the_party_consult_about_gives_the_party_the_duty(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "gardener.md", (
        "# Head Gardener\n\n"
        "## Working with others\n\n"
        "- With the Estate Manager - consult about the planting budget; get support\n"
        "- With the Events Team - prepare the lawns; deliver the flower plan\n"))
    cells = _cells(draft)
    assert cells[("Estate Manager", "Planting budget")] == "A/R"
    assert cells[("Head Gardener", "Planting budget")] == "C"
    assert cells[("Events Team", "Flower plan")] == "I"
    assert not any("support" in a.lower() for _r, a in cells), cells


def test_a_role_that_only_reviews_what_nobody_else_does_is_its_doer(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "press.txt", (
        "The Copy Chief assigns the stories to the desk.\n"
        "The Copy Chief reviews the corrected proofs.\n"
        "The Page Designer prepares the layouts. The Copy Chief reviews the layouts.\n"))
    cells = _cells(draft)
    assert cells[("Copy Chief", "Review corrected proofs")] == "A/R"
    row = next(r for r in draft.rows if r.name == "Review corrected proofs")
    assert any("review" in note for note in row.review)
    # beside a role that does the work, the reviewer is consulted
    assert cells[("Copy Chief", "Layouts")] == "C"
    assert cells[("Page Designer", "Layouts")] == "A/R"


def test_empty_heads_containers_and_purpose_clauses_leave_the_duty() -> None:
    # an empty head noun ("efforts") leaves what is done to whom
    assert activity_name("Coordinates crew efforts") == "Crew coordination"
    assert activity_name("coordinating crew efforts,") == "Crew coordination"
    # a compact object takes the noun of the action ("the severity of floods")
    assert activity_name("assessing the severity of floods") == "Flood severity assessment"
    # "aspects of" names no duty of its own
    assert activity_name("leading the practical aspects of flood defence and recovery") == \
        "Practical flood defence and recovery"
    assert activity_name("Supervises all aspects of a river survey") == "River survey supervision"
    # a purpose clause is cut, a recipient or a destination is kept
    assert activity_name("runs press relations to protect the trust's good name") == \
        "Press relations"
    assert activity_name("Sends drafts to be checked") == "Send drafts to be checked"
    assert activity_name("Escalate the breach to the River Authority") == \
        "Escalate the breach to the River Authority"
    # a two-word duty already written as a verb and its object stays as written
    assert activity_name("Analyse samples") == "Analyse samples"
    assert activity_name("Test plan") == "Test plan"


def test_a_party_named_in_one_duty_is_consulted_or_informed_on_that_one(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "lab.txt", (
        "The Lab Supervisor owns the sample register.\n"
        "Prepares and calibrates the centrifuges, checks the freezers and reports the "
        "weekly results to the Research Board.\n"))
    cells = _cells(draft)
    reported = [a for r, a in cells if r == "Research Board"]
    assert len(reported) == 1 and "weekly results" in reported[0].lower(), cells
    assert cells[("Lab Supervisor", reported[0])] == "A/R"
    assert cells[("Lab Supervisor", "Prepare and calibrate the centrifuges")] == "A/R"
    # a plain "reports to" is a line of the org chart, not a duty
    draft = _draft(tmp_path, "lab2.txt", "The Lab Supervisor reports to the Research Board "
                   "and checks the freezers.\n")
    assert not any("report" in a.lower() for _r, a in _cells(draft))


def test_owns_lists_name_bare_duties_in_the_role_field(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "flood.md", (
        "# Flood roles\n\n"
        "## Flood Commander\n\n"
        "Owns: Evacuations, budget, and accountability.\n\n"
        "## Senior Steward\n\n"
        "Owns: Rota, sandbag stores.\n"))
    cells = _cells(draft)
    assert cells[("Flood Commander", "Flood evacuations")] == "A/R"
    assert cells[("Flood Commander", "Flood budget")] == "A/R"
    # owning is no duty; a rank is no field
    assert not any("accountab" in a.lower() for _r, a in cells), cells
    steward = {a for r, a in cells if r.endswith("Steward")}
    assert steward == {"Rota", "Sandbag stores"}, cells


def test_trailing_participles_in_a_list_item_are_further_duties() -> None:
    from raci.derive.extract import activity_names
    assert activity_names("Inspect the pumps, logging the pressure readings, and flushing "
                          "the filters in the plant room.") == \
        ["Pump inspection", "Log the pressure readings", "Flush the filters in the plant room"]
    # what accompanies a hand-off, a collaboration or an explanation is no further duty
    assert activity_names("Pass the fault to the Night Engineer, providing the readings "
                          "taken.") == ["Pass the fault to the Night Engineer"]
    assert activity_names("Calibrate the gauges, working closely with the Site Chemist.") == \
        ["Gauge calibration"]


def test_scope_and_destination_in_names() -> None:
    # the project or team a duty is done on is understood; a destination is not
    assert activity_name("Mentor junior surveyors on the project in the following ways:") == \
        "Junior surveyor mentoring"
    assert activity_name("Promote the tested builds to production") == \
        "Promote the tested builds to production"
    assert activity_name("Determines the route of the parade") == "Parade route"


def test_process_steps_without_full_stops_are_sentences(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "intake.txt", (
        "Intake clerk logs each parcel in the register.\n"
        "Intake clerk assigns the duty courier to the parcel\n"
        "Duty courier has two days to complete delivery\n"
        "Duty courier notifies intake clerk of the hand-over.\n"))
    cells = _cells(draft)
    assert cells[("Duty Courier", "Delivery")] == "A/R"
    assigned = next(a for r, a in cells if r == "Intake Clerk" and a.startswith("Assign"))
    assert cells[("Duty Courier", assigned)] == "I"


def test_commas_inside_a_coordination_are_no_place_to_cut() -> None:
    assert activity_name("Further develop the templates for survey, design, and site "
                         "supervision work") == \
        "Templates for survey, design, and site supervision work"
    assert activity_name("educates visitors, volunteers, and visiting school groups about "
                         "the reserve") == \
        "Educate visitors, volunteers, and visiting school groups"


def test_a_section_heading_keeps_its_role_even_without_duties(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "choir.md", (
        "# Choir committee\n\n"
        "## Conductor\n\nThe conductor chooses the programme.\n\n"
        "## Librarian\n\nAnyone who has lent music, even once, is a friend of the library.\n\n"
        "## Treasurer and Secretary\n\nBoth are elected each spring.\n"))
    names = _roles(draft)
    assert {"Conductor", "Librarian"} <= names, names
    # neither the page title nor a heading naming two roles is a role of its own
    assert "Choir Committee" not in names and not any(" and " in n for n in names), names


def test_with_the_party_a_bare_duty_names_the_party(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "ranger.md", (
        "# Park Ranger\n\n"
        "## Working with others\n\n"
        "- With the Landowner - do fieldwork to gather sightings; share the bird counts\n"))
    cells = _cells(draft)
    assert cells[("Park Ranger", "Fieldwork with the Landowner")] == "A/R"
    assert cells[("Landowner", "Fieldwork with the Landowner")] == "C"
    # a purpose after "to" goes even when its verb can be a noun ("to gather sightings")
    assert activity_name("run surveys to gather sightings") == "Run surveys"


def test_a_hedge_at_the_end_of_a_duty_does_not_make_it_a_trait(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "vet.md", (
        "Ward nurse. Looks after the animals on the ward. This person:\n\n"
        "- records how each animal eats and the reactions they may have\n"
        "- may have a background in farm practice\n"))
    names = {a for r, a in _cells(draft) if r == "Ward Nurse"}
    assert any(n.startswith("Record how each animal eats") for n in names), names
    assert not any("background" in n.lower() for n in names), names


# --- evidence: the source's own words, on the line they stand -------------------------------


def _evidence(draft: Draft) -> list[tuple[str, str, str]]:
    """(activity, location, text) of every piece of evidence."""
    template = draft.to_template("t", "t")
    return [(a.name, e.location, e.text) for a in template.activities
            for e in a.provenance.evidence]


def _assert_verbatim_on_its_line(source: str, evidence: list[tuple[str, str, str]]) -> None:
    lines = source.split("\n")
    for _name, location, text in evidence:
        assert location.startswith("line "), location
        line = lines[int(location.split()[1]) - 1]
        assert " ".join(text.split()[:2]) in " ".join(line.split()), (location, text)
        assert " ".join(text.split()) in " ".join(source.split()), text


def test_evidence_is_the_source_sentence_never_a_rewritten_clause(tmp_path: Path) -> None:
    # "... and orders the parts" is read as a clause of its own ("They orders ..."), and
    # a subjectless list item as "They works with ..."; the evidence stays the source's
    text = ("The stores clerk counts the pallets and orders the missing parts.\n\n"
            "## Night Porter\n\n"
            "- works with the stores clerk to check the loading bay\n")
    draft = _draft(tmp_path, "yard.md", text)
    evidence = _evidence(draft)
    said = {name: (location, quote) for name, location, quote in evidence}
    assert said["Order the missing parts"] == (
        "line 1", "The stores clerk counts the pallets and orders the missing parts.")
    assert said["Check the loading bay"] == (
        "line 5", "works with the stores clerk to check the loading bay")
    _assert_verbatim_on_its_line(text, evidence)


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html"])
def test_evidence_names_the_line_its_sentence_starts_on(tmp_path: Path, suffix: str) -> None:
    # one paragraph written over three lines: each sentence has the line it starts on
    lines = ["Loading yard",
             "",
             "The stores clerk counts the pallets at the start of every single shift and",
             "reorders the missing parts. The site supervisor approves overtime. The night",
             "porter locks the gate."]
    if suffix == ".html":
        lines = ["<html><body>", "<h1>Loading yard</h1>", "<p>", *lines[2:], "</p>",
                 "</body></html>"]
    text = "\n".join(lines) + "\n"
    evidence = _evidence(_draft(tmp_path, "yard" + suffix, text))
    where = {name: location for name, location, _t in evidence}
    first = next(n for n, x in enumerate(lines, start=1) if x.startswith("The stores"))
    assert where["Count the pallets"] == f"line {first}"
    assert where["Reorder the missing parts"] == f"line {first}"
    assert where["Overtime"] == f"line {first + 1}"
    assert where["Lock the gate"] == f"line {first + 1}"
    if suffix != ".html":
        _assert_verbatim_on_its_line(text, evidence)


def test_text_lines_wrapped_mid_sentence_are_one_sentence(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "Every shift, the stores clerk counts the pallets on the loading bay and\n"
            "reorders the missing parts from the central warehouse.\n")
    cells = _cells(_draft(tmp_path, "yard.txt", text))
    assert ("Stores Clerk", "Reorder the missing parts") in cells
    assert not any(act.lower().startswith("missing parts") for _r, act in cells)


# --- plain-prose statements --------------------------------------------------------------


def test_a_lead_in_without_its_list_still_states_a_duty(tmp_path: Path) -> None:
    # the list the lead-in announces is missing; a "Note:" line is a remark, not its item
    text = ("Stock take\n"
            "The stores clerk counts the pallets on the loading bay.\n"
            "The site supervisor signs the count sheets for:\n"
            "Note: counts after six are checked the next morning.\n"
            "The stores clerk files the sheets.\n")
    cells = _cells(_draft(tmp_path, "stock.txt", text))
    assert ("Site Supervisor", "Sign the count sheets") in cells
    assert not any("after six" in act for _r, act in cells)


def test_a_short_opening_phrase_before_the_subject(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "Every shift, the stores clerk counts the pallets.\n"
            "Finally, the site supervisor signs the count sheets.\n")
    cells = _cells(_draft(tmp_path, "yard.txt", text))
    assert ("Stores Clerk", "Count the pallets") in cells
    assert ("Site Supervisor", "Sign the count sheets") in cells


def test_a_row_only_reviewed_is_named_for_the_review(tmp_path: Path) -> None:
    # nobody is said to write the incident notes: reviewing them is the duty
    text = ("Shift handover\n\n"
            "The duty manager reviews the incident notes.\n"
            "The night porter locks the gate.\n")
    draft = _draft(tmp_path, "handover.txt", text)
    cells = _cells(draft)
    assert cells[("Duty Manager", "Review incident notes")] == "A/R"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # verbs without an object and a capacity hold no duty
        ("checks/signs where needed", ""),
        ("Work as an adviser in stock control", ""),
        # a quoted title after a noun is the noun's name, not part of the duty
        ("Possibly chair the working groups “Yard safety” and “Night shifts”",
         "Chair the working groups"),
        # "X from Y" is compact as "Y X"
        ("Provide insights from inspections", "Inspection insights"),
        # a named object takes the noun of the action up to five words
        ("Configure the Stock & Yard Booking Tool", "Stock & Yard Booking Tool configuration"),
        ("Configure the stock tool and the yard booking tool for every depot",
         "Configure the stock tool and the yard booking tool"),
    ],
)
def test_names_that_hold_no_duty_and_compact_objects(text: str, name: str) -> None:
    assert activity_name(text) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The site supervisor must sign the count sheets.", "Sign the count sheets"),
        ("The site supervisor should sign the count sheets every evening.",
         "Sign the count sheets"),
        ("The site supervisor will be responsible for signing the count sheets.",
         "Sign the count sheets"),
        ("The site supervisor can approve overtime on a weekly basis.", "Overtime"),
    ],
)
def test_modal_statements_are_duties(tmp_path: Path, sentence: str, name: str) -> None:
    cells = _cells(_draft(tmp_path, "yard.txt", "Loading yard\n\n" + sentence + "\n"))
    assert cells == {("Site Supervisor", name): "A/R"}


def test_negated_and_example_statements_are_no_duties(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "The site supervisor signs the count sheets.\n"
            "The site supervisor must not move the pallets.\n"
            "For example, a site supervisor could book the vans for a busy week.\n")
    assert set(_cells(_draft(tmp_path, "yard.txt", text))) == {
        ("Site Supervisor", "Sign the count sheets")}


def test_a_name_never_ends_on_a_cut_relative_clause() -> None:
    assert activity_name("make strategic decisions that align with business goals") == \
        "Strategic decisions"


@pytest.mark.parametrize(
    "sentence",
    [
        "The site supervisor's job is to sign the count sheets.",
        "The role of the site supervisor is to sign the count sheets.",
        "It is up to the site supervisor to sign the count sheets.",
        "Signing the count sheets is the job of the site supervisor.",
        "The count sheets are signed by the site supervisor.",
        "The site supervisor, who reports to the depot manager, signs the count sheets.",
        "The site supervisor alone signs the count sheets.",
    ],
)
def test_duties_stated_around_their_actor(tmp_path: Path, sentence: str) -> None:
    draft = _draft(tmp_path, "yard.txt", "Loading yard\n\n" + sentence + "\n")
    assert _cells(draft)[("Site Supervisor", "Sign the count sheets")] == "A/R"
    assert [e for _n, _l, e in _evidence(draft)] == [sentence]


def test_two_duties_joined_without_a_comma(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "The site supervisor's responsibilities include signing the count sheets and "
            "booking the vans.\n"
            "The stores clerk is responsible for the pallet labels and for checking the "
            "scales.\n"
            "The stores clerk reviews evaluation notes and scoring sheets.\n")
    cells = _cells(_draft(tmp_path, "yard.txt", text))
    assert {("Site Supervisor", "Sign the count sheets"), ("Site Supervisor", "Book the vans"),
            ("Stores Clerk", "Pallet labels"), ("Stores Clerk", "Check the scales")} <= set(cells)
    assert not any(act.lower().startswith("scoring") for _r, act in cells)


def test_help_to_do_and_make_sure(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "The site supervisor helps the stores clerk count the pallets.\n"
            "The site supervisor makes sure that the count sheets are signed.\n"
            "The stores clerk does the stock count.\n")
    cells = _cells(_draft(tmp_path, "yard.txt", text))
    assert cells[("Stores Clerk", "Count the pallets")] == "A/R"
    assert cells[("Site Supervisor", "Count the pallets")] == "R"
    assert cells[("Site Supervisor", "Ensure the count sheets are signed")] == "A/R"
    assert cells[("Stores Clerk", "Stock count")] == "A/R"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lone noun after a verb that makes it keeps the making
        ("writes the rota", "Rota writing"),
        ("prepares the budget", "Budget preparation"),
        ("writes the shift rota", "Shift rota"),
        ("manages the budget", "Budget"),
        # how a duty is done is no part of it
        ("communicates regularly with the site supervisor",
         "Communicate with the site supervisor"),
        # whom a capacity serves is part of it, whom a task is done for is not
        ("Serve as the first point of contact for drivers", "First point of contact for drivers"),
        ("Process the monthly wage slips for all drivers", "Process the monthly wage slips"),
    ],
)
def test_lone_artefacts_and_manner_adverbs(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_two_hand_over_verbs_are_one_hand_over(tmp_path: Path) -> None:
    text = ("## Site Surveyor\n\n"
            "- With the Planning Office - deliver and share findings from inspections\n"
            "- With the Road Crew - deliver and share findings from inspections\n")
    cells = _cells(_draft(tmp_path, "survey.md", text))
    assert cells[("Site Surveyor", "Share inspection findings")] == "A/R"
    assert cells[("Planning Office", "Share inspection findings")] == "I"
    assert cells[("Road Crew", "Share inspection findings")] == "I"


def test_the_bare_committee_is_the_one_named_in_full(tmp_path: Path) -> None:
    # named in full and, lower-cased in front, shorter: "the committee" is that committee
    text = ("# Depot Safety Review Committee\n\n"
            "A Depot Safety Review Committee is a group of staff responsible for auditing "
            "the loading yards.\n"
            "Every depot safety review committee reports to the board.\n\n"
            "The committee is responsible for overseeing the entire inspection process and "
            "ensuring that all checklists are applied consistently.\n")
    cells = _cells(_draft(tmp_path, "safety.md", text))
    assert ("Depot Safety Review Committee", "Inspection process") in cells


def test_a_state_to_ensure_and_an_outcome_are_not_split_into_rows(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "The site supervisor ensures that the count sheets are complete, signed, and "
            "filed.\n"
            "The site supervisor supports improved stock accuracy by ensuring that every "
            "pallet carries a label.\n")
    names = {act for _r, act in _cells(_draft(tmp_path, "yard.txt", text))}
    assert names == {"Ensure the count sheets are complete, signed, and filed",
                     "Ensure that every pallet carries a label"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The site supervisor works closely with the stores clerk on the count sheets.",
         {"Count sheets": {"Site Supervisor": "A/R", "Stores Clerk": "C"}}),
        ("The site supervisor reviews the count sheets prepared by the stores clerk.",
         {"Count sheets": {"Stores Clerk": "A/R", "Site Supervisor": "C"}}),
        ("The site supervisor approves the count sheets, which the stores clerk prepares.",
         {"Count sheets": {"Stores Clerk": "R", "Site Supervisor": "A"}}),
        ("The site supervisor oversees the stores clerk, who counts the pallets.",
         {"Count the pallets": {"Stores Clerk": "R", "Site Supervisor": "A"}}),
        ("Together with the stores clerk, the site supervisor plans the stock count.",
         {"Stock count planning": {"Site Supervisor": "A/R", "Stores Clerk": "C"}}),
        ("The site supervisor and the stores clerk jointly plan the stock count.",
         {"Stock count planning": {"Site Supervisor": "A/R", "Stores Clerk": "R"}}),
        ("Both the site supervisor and the stores clerk sign the count sheets.",
         {"Sign the count sheets": {"Site Supervisor": "A/R", "Stores Clerk": "R"}}),
        ("The site supervisor has final authority over the stock plan.",
         {"Stock plan": {"Site Supervisor": "A/R"}}),
        ("The site supervisor keeps the depot manager informed of stock levels.",
         {"Keep the depot manager informed": {"Site Supervisor": "A/R", "Depot Manager": "I"}}),
    ],
)
def test_parties_in_plain_prose(tmp_path: Path, sentence: str,
                                expected: dict[str, dict[str, str]]) -> None:
    template = _draft(tmp_path, "yard.txt", "Loading yard\n\n" + sentence + "\n") \
        .to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    assert {a.name: {names[c]: x for c, x in a.letters.items()}
            for a in template.activities} == expected


def test_a_job_description_addressed_to_the_reader(tmp_path: Path) -> None:
    text = ("# Site Supervisor\n\n"
            "You will be responsible for signing the count sheets.\n"
            "You will book the vans and you will chair the safety briefing.\n"
            "You need to balance speed and care.\n")
    cells = _cells(_draft(tmp_path, "job.md", text))
    assert set(cells) == {("Site Supervisor", "Sign the count sheets"),
                          ("Site Supervisor", "Book the vans"),
                          ("Site Supervisor", "Safety briefing")}
    cells = _cells(_draft(tmp_path, "job2.md", (
        "# Depot roles\n\nAs a site supervisor, you will sign the count sheets and book "
        "the vans.\n")))
    assert set(cells) == {("Site Supervisor", "Sign the count sheets"),
                          ("Site Supervisor", "Book the vans")}


def test_plain_text_duty_heading_without_colon_heads_its_lines(tmp_path: Path) -> None:
    text = ("Site Supervisor\n\nKey responsibilities\nSign the count sheets\nBook the vans\n\n"
            "About the depot\nThe depot opened in 1990\n")
    cells = _cells(_draft(tmp_path, "job.txt", text))
    assert set(cells) == {("Site Supervisor", "Sign the count sheets"),
                          ("Site Supervisor", "Book the vans")}


def test_overseeing_a_duty_others_run_makes_the_owner(tmp_path: Path) -> None:
    text = ("Loading yard\n\n"
            "The stores clerk runs the stock count.\n"
            "The site supervisor is responsible for overseeing the stock count.\n")
    cells = _cells(_draft(tmp_path, "yard.txt", text))
    assert cells[("Site Supervisor", "Stock count")] == "A/R"
    assert cells[("Stores Clerk", "Stock count")] == "R"


def test_a_one_word_restatement_folds_into_the_fuller_duty(tmp_path: Path) -> None:
    text = ("Summary\n\n- The site supervisor is accountable for safety.\n\n"
            "Site supervisor\n\n"
            "The site supervisor is ultimately accountable for the safety of the loading "
            "yard.\n")
    cells = _cells(_draft(tmp_path, "yard.md", text))
    assert list(cells) == [("Site Supervisor", "Loading yard safety")]


def test_a_night_shift_charter_in_plain_prose(tmp_path: Path) -> None:
    text = ("# Night Shift\n\n"
            "## Shift Manager\n\n"
            "She approves overtime, which the team leads request, and reports incidents to "
            "the operations director.\n\n"
            "- Works closely with the security guard on the gate log\n"
            "- Is consulted on the weekly rota\n"
            "- Schedule the cleaners and keep the asset register up to date\n\n"
            "## Team Leads\n\n"
            "Team leads assign pickers to aisles. Together with the shift manager, they plan "
            "the loading order. Each pick list is printed by the team lead on duty.\n\n"
            "## Security Guard\n\n"
            "Deliveries after midnight are signed by the security guard.\n")
    cells = _cells(_draft(tmp_path, "night.md", text))
    assert cells[("Team Lead", "Overtime")] == "R"
    assert cells[("Shift Manager", "Overtime")] == "A"
    assert ("Operations Director", "Overtime") not in cells
    assert cells[("Security Guard", "Gate log")] == "C"
    assert cells[("Shift Manager", "Weekly rota")] == "C"
    assert ("Shift Manager", "Keep the asset register up-to-date") in cells
    assert ("Shift Manager", "Cleaner scheduling") in cells
    assert cells[("Team Lead", "Loading order planning")] == "A/R"
    assert cells[("Shift Manager", "Loading order planning")] == "C"
    assert ("Team Lead", "Print each pick list") in cells
    assert ("Security Guard", "Sign deliveries after midnight") in cells


def test_a_hand_off_told_from_both_sides_is_one_row(tmp_path: Path) -> None:
    text = ("## First Line Desk\n\n"
            "- Escalate the fault to the Second Line Desk with the call log\n\n"
            "## Second Line Desk\n\n"
            "- Receive escalated faults from the First Line Desk\n")
    cells = _cells(_draft(tmp_path, "desk.md", text))
    assert cells == {("First Line Desk", "Escalate the fault to the Second Line Desk"): "A/R",
                     ("Second Line Desk", "Escalate the fault to the Second Line Desk"): "I"}


def test_a_kitchen_page_in_html_prose(tmp_path: Path) -> None:
    text = ("<html><body><h1>Kitchen roles</h1>\n"
            "<h2>Sous Chef</h2>\n"
            "<p>The sous chef runs the pass during service. Prep lists are written by the "
            "sous chef every afternoon.</p>\n"
            "<h2>Kitchen Porter</h2>\n"
            "<ul><li>Washes the pans and keeps the floors clean</li>\n"
            "<li>Takes out the waste at closing</li></ul>\n"
            "</body></html>\n")
    draft = _draft(tmp_path, "kitchen.html", text)
    cells = _cells(draft)
    assert {("Sous Chef", "Prep lists"), ("Kitchen Porter", "Wash the pans"),
            ("Kitchen Porter", "Keep the floors clean"),
            ("Kitchen Porter", "Take out the waste at closing")} <= set(cells)
    where = {name: location for name, location, _t in _evidence(draft)}
    assert where["Prep lists"] == "line 3"
    assert where["Take out the waste at closing"] == "line 6"


def test_a_long_report_is_named_by_what_is_reported(tmp_path: Path) -> None:
    # the recipient of a report with a long object is kept informed, not part of the name
    draft = _draft(tmp_path, "depot.txt", (
        "The Depot Supervisor reports the results of the brake inspections and tyre "
        "checks to the Fleet Manager.\n"))
    cells = _cells(draft)
    assert cells[("Depot Supervisor", "Report brake inspections and tyre checks")] == "A/R"
    assert cells[("Fleet Manager", "Report brake inspections and tyre checks")] == "I"
    # a short object keeps its recipient ("escalate the fault to ...")
    assert activity_name("Sends the rota to the Fleet Manager") == \
        "Send the rota to the Fleet Manager"
    # "the quality of" or "the results of" what is checked adds nothing to the check
    assert activity_name("Reviews the quality of route plans and driver logs") == \
        "Review route plans and driver logs"


def test_a_second_participle_with_a_modified_object_is_a_second_duty() -> None:
    assert activity_names("Recruiting and rostering the night stewards and giving regular "
                          "feedback wherever needed to the day team.") == \
        ["Recruit and roster the night stewards", "Regular feedback to the day team"]
    assert activity_names("Booking the coaches and sending weekly reminders to drivers") == \
        ["Book the coaches", "Send weekly reminders to drivers"]
    # "wherever needed" goes, what follows it stays; a filler before a "for" phrase too
    assert activity_name("giving necessary guidance wherever needed for the day team") == \
        "Day team guidance"
    # a noun made of a participle stays a noun
    assert activity_name("Planning sessions") == "Session planning"
    assert activity_name("Picking the correct survey sites") == "Pick the survey sites"


def test_means_named_after_tasks_or_methods_are_the_duties(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "club.md", (
        "# Club roles\n\n## Helper\n\n"
        "Helpers help the club through tasks such as gate duty and litter picks.\n\n"
        "## Supporter\n\n"
        "Supporters contribute to the club through methods such as fund raising, match "
        "reports and kit washing.\n"))
    cells = _cells(draft)
    # two means are one duty, three are one each; "through tasks" names no duty itself
    assert cells == {("Helper", "Gate duty and litter picks"): "A/R",
                     ("Supporter", "Fund raising"): "A/R",
                     ("Supporter", "Match reports"): "A/R",
                     ("Supporter", "Kit washing"): "A/R"}


def test_a_group_whose_meetings_a_role_attends_owns_them(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "depot.md", (
        "# Role: Depot Manager\n\n## Position\n\n"
        "- Is a member of the fleet planning group\n"
        "- Night stewards report to the depot manager\n\n"
        "## Tasks\n\n"
        "- Take part in the route meetings of the fleet planning group\n"
        "- Brief the night stewards\n"))
    cells = _cells(draft)
    # the group is found from "a member of" and owns its meetings; the role takes part
    assert cells[("Fleet Planning Group", "Route meetings")] == "A"
    assert cells[("Depot Manager", "Route meetings")] == "R"
    # a role written in lower case and named twice stays in the draft
    assert "Night Steward" in _roles(draft)


def test_a_role_name_inside_a_longer_name_is_not_a_mention(tmp_path: Path) -> None:
    text = ("# Role: Night Shift Lead\n\n## Position in the store\n\n"
            "- Reports to the shift manager\n\n## Tasks\n\n"
            "- Counts the tills with the night shift manager\n"
            "- Briefs the night shift manager on the stock\n")
    # "shift manager" inside "night shift manager" is another role's name: the shift
    # manager is named once and, with no letters, left out
    assert "Shift Manager" not in _roles(_draft(tmp_path, "store.md", text))
    assert "Night Shift Manager" in _roles(_draft(tmp_path, "store.md", text))


def test_a_process_page_of_status_changes(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "repairs.txt", (
        "Desk clerk logs the repair in the book.\n"
        "Desk clerk updates status of the job to “Waiting for Workshop Manager”\n"
        "Desk clerk updates the board phase to “In repair”\n"
        "When the bench technician has fitted the part, updates job status to “Done”.\n"))
    cells = _cells(draft)
    # every status change is one duty; the role after "When ... has ...," does the next one
    assert cells[("Desk Clerk", "Status updates")] == "A/R"
    assert cells[("Bench Technician", "Status updates")] == "R"
    # a role named inside a quoted value is no party to the update
    assert not any(role == "Workshop Manager" for role, _a in cells)
    assert not any(a == "Part" for _r, a in cells)


def test_a_summary_over_role_sections_is_not_read_twice(tmp_path: Path) -> None:
    text = ("# The show crew\n\nTL;DR:\n\n"
            "- The Stage Manager keeps things moving.\n"
            "- The Lighting Designer plots the cues.\n\n"
            "## The Stage Manager\n\nThe Stage Manager calls the cues during the show.\n\n"
            "## The Lighting Designer\n\nThe Lighting Designer plots the lighting cues.\n")
    names = {a for _r, a in _cells(_draft(tmp_path, "crew.md", text))}
    # the summary's restatements ("keeps things moving") give no rows of their own
    assert names == {"Call the cues", "Plot the lighting cues"}, names
    # without role sections after it, a summary is all there is and is read
    alone = "# The show crew\n\nSummary:\n\n- The Stage Manager calls the cues.\n"
    assert _cells(_draft(tmp_path, "short.md", alone))


def test_either_or_alternatives_are_one_duty(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "van.txt", (
        "Desk clerk either books the van by phone, or fills in the web form and emails "
        "the depot.\n"
        "Desk clerk logs the repair.\n"))
    assert _cells(draft) == {("Desk Clerk", "Book the van"): "A/R",
                             ("Desk Clerk", "Log the repair"): "A/R"}
    # a verb and its particle after "or" stay together; "or rejects" shares the object
    assert activity_name("or fills in the web form") == "Fill in the web form"
    assert activity_name("or rejects the request") == "Request"


def test_a_passive_with_two_participles_and_two_doers(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "club.md", (
        "# Club\n\n## Treasurer\n\nThe treasurer keeps the books.\n\n## Auditor\n\n"
        "Auditors check the books. Such claims are reviewed and signed by experienced "
        "auditors and treasurers, and then filed in the archive.\n"))
    cells = _cells(draft)
    assert cells[("Auditor", "Review and sign the claims")] == "A/R"
    assert cells[("Treasurer", "Review and sign the claims")] == "R"
    # a possessive that repeats its noun says nothing more
    assert activity_name("reviews and approves members' membership renewals") == \
        "Review and approve membership renewals"


def test_a_fronted_means_clause_gives_the_subject_its_duties(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "club.md", (
        "# Club\n\n## Volunteer\n\nBy testing the kit and giving ideas such as safety tips "
        "and route changes, volunteers keep the club safe.\n"))
    assert _cells(draft) == {("Volunteer", "Kit testing"): "A/R",
                             ("Volunteer", "Safety tips and route changes"): "A/R"}


def test_what_was_made_and_making_it_are_two_rows(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "desk.txt", (
        "Night editor suggests cuts.\n"
        "Desk chief reviews suggested cuts, accepts where needed.\n"))
    cells = _cells(draft)
    assert cells[("Night Editor", "Suggest cuts")] == "A/R"
    # reviewing the suggested cuts is the desk chief's own step, not a consult on suggesting
    assert cells[("Desk Chief", "Review suggested cuts")] == "A/R"


def test_supervising_a_list_of_work_is_named_by_the_work() -> None:
    assert activity_name("supervises sample collection, labelling, storage, and disposal") == \
        "Sample collection, labelling, storage, and disposal"
    # a short object keeps the action ("River survey supervision", above)
    assert activity_name("supervises the night shift") == "Night shift supervision"


def test_a_generic_alternative_leaves_the_name() -> None:
    assert activity_name("Provide temporary repairs or solutions to keep the line running") \
        == "Temporary repairs"
    assert activity_name("Offers spare parts or equivalents") == "Offer spare parts"


def test_a_summary_list_ends_with_its_list(tmp_path: Path) -> None:
    text = ("# The show crew\n\nTL;DR:\n\n- The Stage Manager keeps things moving.\n\n"
            "The Stage Manager also signs the fire log.\n\n"
            "## The Stage Manager\n\nThe Stage Manager calls the cues.\n\n"
            "## The Lighting Designer\n\nThe Lighting Designer plots the cues.\n")
    names = {a for _r, a in _cells(_draft(tmp_path, "crew.md", text))}
    # the paragraph after the summary's list is read again
    assert "Sign the fire log" in names and "Keep things moving" not in names, names
