"""Documents of kinds the labelled sets hold none of: a committee's terms of reference, a
shift handover note, an on-call runbook. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import co_subjects
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
