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

Owen - could you collect the trestle tables from the village hall? Please
check the water butts with Tariq before the visitors arrive.

I spoke to Bea at the parish office.

Bea will:
- bring the gazebo
- put up the road signs

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
    # "Owen and I open the gate": the two of them, together
    assert {cells.get(("Nadia", "Open the gate at ten")),
            cells.get(("Owen", "Open the gate at ten"))} == {"A/R", "R"}, cells


def test_a_correspondent_named_by_first_name_takes_a_duty(tmp_path: Path) -> None:
    # Tariq is only copied in, by name and address: "Tariq will:" gives him the list
    cells = cells_of_text(tmp_path / "thread.txt", THREAD)
    assert cells[("Tariq", "Order the seedlings from the nursery")] == "A/R", cells
    assert cells[("Tariq", "Mow the paths on Friday")] == "A/R", cells  # (its day kept)
    # no header's full name or address is a role
    assert not any(" " in role or "@" in role for role, _activity in cells), cells


def test_a_single_message_s_i_is_no_first_name(tmp_path: Path) -> None:
    # one message (one "From:" line): its "I" is no correspondent's first name (the
    # people it greets and asks by name are read as in a lone message: see
    # tests/test_derive_messages.py)
    single = THREAD.split("-----Original Message-----")[0]
    text = single.replace("Tariq will:", "The Site Warden will:")
    cells = cells_of_text(tmp_path / "single.txt", text)
    assert not any(role in ("Nadia", "Tariq") for role, _activity in cells), cells
    assert ("Site Warden", "Order the seedlings from the nursery") in cells, cells


def test_a_paragraph_opening_on_a_name_asks_that_person(tmp_path: Path) -> None:
    # "Owen - could you ...? Please ...": what Nadia asks of Owen is his duty
    cells = cells_of_text(tmp_path / "thread.txt", THREAD)
    assert cells[("Owen", "Collect the trestle tables")] == "A/R", cells
    assert cells[("Owen", "Check the water butts before the visitors arrive")] == "A/R", cells
    assert ("Nadia", "Collect the trestle tables") not in cells, cells


def test_a_person_the_messages_name_who_takes_a_duty_is_a_role(tmp_path: Path) -> None:
    # Bea is on no header line: "Bea will:" and "I spoke to Bea" make her a role
    cells = cells_of_text(tmp_path / "thread.txt", THREAD)
    assert cells[("Bea", "Bring the gazebo")] == "A/R", cells
    assert cells[("Bea", "Put up the road signs")] == "A/R", cells
    # a word with a capital only where a sentence starts is no one
    text = THREAD.replace("Bea will:", "This will:")
    assert not any(role == "This" for role, _activity in cells_of_text(
        tmp_path / "this.txt", text)), text


SIGNED_BELOW = """From: Rhona Tait <rhona.tait@example.org>
To: Harbour volunteers <volunteers@example.org>
Subject: Slipway days this spring

Hello everyone,

I'll open the boat shed on Saturdays. Callum (Bosun) keeps the tide table on the
board. I will order the new fenders before Easter.

Thanks,

--
Rhona Tait
Harbour Master, Kinloch Marina
01234 567 890
"""


def test_a_signature_with_the_title_under_the_name_names_the_writer(tmp_path: Path) -> None:
    # the sender's name on a line of its own, the title on the line under it: the mail's
    # "I" is that role
    cells = cells_of_text(tmp_path / "mail.txt", SIGNED_BELOW)
    assert cells[("Harbour Master", "Open the boat shed on Saturdays")] == "A/R", cells
    assert cells[("Harbour Master", "Order the new fenders before Easter")] == "A/R", cells
    # a line under the name that names no role names no writer
    text = SIGNED_BELOW.replace("Harbour Master, Kinloch Marina", "Kinloch, Argyll")
    assert not any(role == "Harbour Master" for role, _activity in cells_of_text(
        tmp_path / "plain.txt", text)), text
