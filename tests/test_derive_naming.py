"""How a duty is named: the verb that only says the work is done goes, the verb that
says what is done stays, and nothing the duty needs is cut.

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.draft import derive
from raci.derive.extract import activity_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "implement" only says the work is done: the object names the duty
        ("implements resilient payment services", "Resilient payment services"),
        ("Implement the retention policy", "Retention policy"),
        # a second verb-object pair is named the same way as the first
        ("Implement access controls and monitor privileged sessions",
         "Access controls and privileged session monitoring"),
        ("Implement encryption at rest and rotate keys", "Encryption at rest and key rotation"),
        # a verb without a noun of its action keeps the pair as written
        ("Implement access controls and chair reviews", "Access controls and chair reviews"),
    ],
    ids=["light verb", "light verb with article", "second pair named", "second pair short",
         "second verb without noun"],
)
def test_light_verb_and_a_second_action(text: str, name: str) -> None:
    assert activity_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Provide guidance and feedback to interns on every project",
         "Guidance and feedback to interns"),
        ("Gives weekly coaching to the trainees", "Weekly coaching to the trainees"),
        ("Provide support to volunteers during events", "Support to volunteers"),
        # a thing, not people: what is given names the duty alone
        ("Provide weekly cost estimates to the planning process", "Weekly cost estimates"),
    ],
    ids=["interns", "trainees", "volunteers", "not people"],
)
def test_whom_something_is_given_to_stays(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_a_document_keeps_whom_feedback_is_given_to(tmp_path: Path) -> None:
    path = tmp_path / "mentor.md"
    path.write_text("# Lab Mentor\n\nThe Lab Mentor is responsible for:\n\n"
                    "- Provide feedback to interns after each experiment\n"
                    "- Implement safety checks and audit the storage cabinets\n",
                    encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    names = [a.name for a in template.activities]
    assert "Feedback to interns" in names
    # two verb-object pairs with their own articles are two duties
    assert {"Safety checks", "Storage cabinet audit"} <= set(names)
