"""E-mail threads: who writes, who is asked. A thread of messages pasted one under
another is read with each message's "I" as its sender and the people it passes between
as its roles, by first name. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

THREAD = """From: Nadia Frost <nadia.frost@example.org>
Sent: Monday, 4 May 2026 09:10
To: Owen Pike <owen.pike@example.org>
Cc: Tariq Bell <tariq@example.org>
Subject: RE: Allotment open day

Hi Owen,

Tariq will:
- order the seedlings from the nursery
- mow the paths on Friday

I'll print the maps of the plots. Owen and I open the gate at ten.

Nadia

-----Original Message-----
From: Owen Pike <owen.pike@example.org>
Sent: Sunday, 3 May 2026 20:45
To: Nadia Frost <nadia.frost@example.org>
Subject: Allotment open day

Happy with the date. I'll run the plant stall and I will book the portable toilets.

Owen
"""


def test_each_messages_i_is_its_sender(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "thread.txt", THREAD)
    # Nadia's message: her "I" is Nadia; Owen's, further down, is Owen
    assert cells[("Nadia", "Print the maps of the plots")] == "A/R", cells
    assert cells[("Owen", "Book the portable toilets")] == "A/R", cells
    assert ("Nadia", "Book the portable toilets") not in cells, cells
    assert ("Owen", "Print the maps of the plots") not in cells, cells


def test_a_correspondent_named_by_first_name_takes_a_duty(tmp_path: Path) -> None:
    # Tariq is only copied in, by name and address: "Tariq will:" gives him the list
    cells = cells_of_text(tmp_path / "thread.txt", THREAD)
    assert cells[("Tariq", "Order the seedlings from the nursery")] == "A/R", cells
    assert cells[("Tariq", "Mow the paths")] == "A/R", cells
    # no header's full name or address is a role
    assert not any(" " in role or "@" in role for role, _activity in cells), cells


def test_a_single_message_names_no_people_as_roles(tmp_path: Path) -> None:
    # one message (one "From:" line): its "I" is no correspondent's first name
    single = THREAD.split("-----Original Message-----")[0]
    text = single.replace("Tariq will:", "The Site Warden will:")
    cells = cells_of_text(tmp_path / "single.txt", text)
    assert not any(role in ("Nadia", "Owen", "Tariq") for role, _activity in cells), cells
