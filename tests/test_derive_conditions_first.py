"""Conditions written first with no comma, and parties named in lower case.

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive

_HALL = """# Hall notes

The Warden is responsible for opening the hall. The Caretaker is responsible for the
heating. The Booking Clerk is responsible for bookings.

If the alarm sounds the Warden clears the hall.

If a booking is cancelled the Booking Clerk must refund the deposit.

If the Warden is away the Caretaker will lock the side door.

Where the boiler fails the Caretaker will call the engineer and, if the repair takes long,
warn the Booking Clerk.
"""


def _cells(tmp_path: Path, text: str) -> dict[tuple[str, str], str]:
    path = tmp_path / "hall.md"
    path.write_text(text, encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    return {(names[c], a.name): letters for a in template.activities
            for c, letters in a.letters.items()}


def test_condition_first_without_comma_gives_the_duty_with_the_condition_after(
        tmp_path: Path) -> None:
    cells = _cells(tmp_path, _HALL)
    assert cells[("Warden", "Clear the hall if the alarm sounds")] == "A/R"
    assert cells[("Booking Clerk", "Refund the deposit if a booking is cancelled")] == "A/R"
    # (a role inside the condition is no subject: the one after it is)
    assert cells[("Caretaker", "Lock the side door if the Warden is away")] == "A/R"
    # (a second duty joined on: each duty read, the condition no part of either name)
    assert cells[("Caretaker", "Call the engineer")] == "A/R"
    assert cells[("Caretaker", "Warn the Booking Clerk")] == "A/R"
    assert not any(name.lower().startswith(("if ", "where ")) for _role, name in cells)


def test_condition_first_before_a_passive_gives_the_doers_duty_not_the_condition(
        tmp_path: Path) -> None:
    cells = _cells(tmp_path, _HALL + "\nWhere a hire is cut short the key is returned to "
                   "the office by the Booking Clerk.\n")
    assert cells[("Booking Clerk", "Return the key to the office")] == "A/R"
    assert not any(name.lower().startswith(("if ", "where ")) or " where " in name.lower()
                   for _role, name in cells)


def test_a_title_written_in_capitals_elsewhere_is_a_subject_in_lower_case(
        tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Contract review\n\nThe Contracts Manager is responsible for "
                   "the file. The Legal Reviewer is responsible for the terms.\n\n"
                   "1. The Contracts Manager drafts the contract.\n"
                   "2. the legal reviewer checks the liability clause.\n")
    assert cells[("Legal Reviewer", "Check the liability clause")] == "A/R"
