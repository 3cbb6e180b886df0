"""Documents of kinds the labelled sets hold none of: a committee's terms of reference, a
shift handover note, an on-call runbook. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import after_topic, co_subjects, dash_doer
from raci.derive.draft import derive
from tests.helpers import derived_cells


def test_a_body_named_by_two_fields_is_one_role(tmp_path: Path) -> None:
    """"The Audit and Risk Committee reviews ...": one committee that sees to two fields,
    neither an "Audit" department nor a "Risk Committee" beside it."""
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms of reference\n\n"
        "The Audit and Risk Committee reviews the annual accounts.\n"
        "The Finance and Estates Board approves the capital budget.\n"
        "The Treasurer chairs the Finance and Estates Board.\n", encoding="utf-8")
    draft = derive([path])
    names = {role.name for role in draft.roles}
    assert {"Audit and Risk Committee", "Finance and Estates Board"} <= names
    assert not names & {"Audit", "Risk Committee", "Finance", "Estates Board"}
    cells = derived_cells(draft)
    assert cells[("Audit and Risk Committee", "Review the annual accounts")] == "A/R"
    assert cells[("Finance and Estates Board", "Approve the capital budget")] == "A/R"


def test_two_subjects_that_are_people_stay_two() -> None:
    """Two offices joined by "and" still share the duty; only a field before a body's
    name makes one name."""
    found = co_subjects("The Treasurer and the Risk Committee review the accounts.")
    assert found is not None and len(found[0]) == 2
    assert co_subjects("The Audit and Risk Committee reviews the accounts.") is None


def test_a_handover_line_whose_topic_runs_on_into_a_clause(tmp_path: Path) -> None:
    """"Bed 7 - the porter takes the patient to theatre after breakfast": the words before
    the dash say what the line is about; the clause after it names the doer and the duty,
    and the doer is a role even when written only there."""
    path = tmp_path / "handover.md"
    path.write_text(
        "# Night handover\n\n"
        "1. Bed 7 - the porter takes the patient to theatre after breakfast.\n"
        "2. Side room - the cleaner uses the red-coded kit on every visit.\n"
        "3. Agency cover - the Ward Manager confirms the bookings with the Staffing "
        "Office.\n", encoding="utf-8")
    draft = derive([path])
    names = {role.name for role in draft.roles}
    assert {"Porter", "Cleaner", "Ward Manager"} <= names
    cells = derived_cells(draft)
    assert cells[("Cleaner", "Use the red-coded kit on every visit")] == "A/R"
    assert cells[("Ward Manager", "Confirm the bookings with the Staffing Office")] == "A/R"
    assert any(role == "Porter" and name.startswith("Take the patient")
               for role, name in cells)
    assert not any(name.startswith(("Bed 7", "Agency cover", "Side room"))
                   for _role, name in cells)


def test_a_dash_before_a_clause_names_no_doer() -> None:
    """A step's doer after a dash is a name ("Cap the pipe - pipefitters"); a clause after
    the dash is not."""
    assert dash_doer("Cap the pipework - pipefitters.") is not None
    assert dash_doer("Bed 7 - the porter takes the patient to theatre.") is None
    assert after_topic("Bed 7 - the porter takes the patient to theatre.") == \
        "The porter takes the patient to theatre."
    assert after_topic("Risk assessments: the TPM owns them.") is None
    assert after_topic("Status reporting: the Lead writes the weekly report.") is None
    assert after_topic("Room 4 - the Lead owns the weekly report.") is None


def test_consulted_before_any_event_is_a_row_of_its_own(tmp_path: Path) -> None:
    """A runbook's "The Database Administrator is consulted before any failover of the
    primary database" after another role's duty: the failover is an event of its own, the
    administrator consulted on it, not on the duty just stated."""
    path = tmp_path / "runbook.md"
    path.write_text(
        "# During an incident\n\n"
        "The Communications Lead updates the status page every 30 minutes. The Database "
        "Administrator is consulted before any failover of the primary database.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Communications Lead", "Update the status page every 30 minutes")] == "A/R"
    assert cells[("Database Administrator", "Failover of the primary database")] == "C"
    assert ("Database Administrator", "Update the status page every 30 minutes") not in cells
