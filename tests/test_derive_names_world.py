"""People's names as the world writes them: accented and non-English letters ("Siobhán",
"Łukasz", "Thảo Nguyễn"), an apostrophe in a surname, straight or curly ("O'Brien",
"O’Neill", "D'Souza"), a second capital after "Mc", "Mac" or "De" ("McAllister",
"DeShawn"), a hyphen between two parts ("Okonjo-Iweala"). Each shape that names a person
reads such a name as it reads "Susan Osborn". Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive import lazy_re as re
from raci.derive.extract import _BY_PERSON, _HOLDER_ASIDE, CLAUSE_WITH_SUBJECT
from raci.derive.names import PERSON_NAME
from tests.helpers import cells_of_text

NAMES = ["Siobhán O'Brien", "José McAllister", "Ngozi Okonjo-Iweala", "DeShawn Smith-Jones",
         "Thảo Nguyễn", "Seán O’Neill", "Łukasz MacLeod", "Zoë D’Souza"]


@pytest.mark.parametrize("name", [*NAMES, "Hyun-woo Park", "Susan Osborn"])
def test_a_name_as_the_world_writes_it_is_a_name(name: str) -> None:
    assert re.fullmatch(PERSON_NAME, name)


@pytest.mark.parametrize("word", ["PM", "SharePoint", "HR", "iPad"])
def test_a_word_in_capitals_or_a_brand_is_no_name(word: str) -> None:
    assert not re.fullmatch(PERSON_NAME, word)


@pytest.mark.parametrize("name", NAMES)
def test_a_person_then_their_post_between_commas(tmp_path: Path, name: str) -> None:
    text = f"""\
# Shop procedures

{name}, our Store Manager, approves every refund over fifty pounds.
"""
    cells = cells_of_text(tmp_path / "shop.md", text)
    assert any(role == "Store Manager" and "refund" in act.lower() for role, act in cells)


@pytest.mark.parametrize("name", NAMES)
def test_a_post_then_its_holder_in_brackets_lends_the_first_name(tmp_path: Path,
                                                                 name: str) -> None:
    first = name.split()[0]
    text = f"""\
# Festival plan

The Stage Manager ({first}) books the sound crew.

{first} confirms the running order with the bands.
"""
    cells = cells_of_text(tmp_path / "festival.md", text)
    assert any(role == "Stage Manager" and act.startswith("Confirm the running order")
               for role, act in cells)


@pytest.mark.parametrize("name", NAMES)
def test_a_person_is_our_post_and_does_a_duty(tmp_path: Path, name: str) -> None:
    first = name.split()[0]
    text = f"""\
# Camp roles

{first} is our Site Warden and locks the gates at night.
"""
    cells = cells_of_text(tmp_path / "camp.md", text)
    assert cells.get(("Site Warden", "Lock the gates at night")) == "A/R"


@pytest.mark.parametrize("surname", ["O'Brien", "D’Souza", "MacLeod", "Okonjo-Iweala", "Nguyễn",
                                     "Ødegård"])
def test_a_councillor_named_by_surname_is_the_post(tmp_path: Path, surname: str) -> None:
    text = f"""\
# Parish council

Cllr {surname} is the Clerk and publishes the agenda three days before each meeting.
"""
    cells = cells_of_text(tmp_path / "parish.md", text)
    assert any(role == "Clerk" and "agenda" in act.lower() for role, act in cells)


@pytest.mark.parametrize("name", NAMES)
def test_a_mail_sender_and_a_recipient_who_will_do_something(tmp_path: Path,
                                                             name: str) -> None:
    first = name.split()[0]
    text = f"""\
From: Peter Walsh <chair@example.org>
To: {name} <sec@example.org>
Subject: Spring fair

Hi {first},

{first} will print the posters for the fair. I will book the bouncy castle.

Thanks,
Peter
"""
    cells = cells_of_text(tmp_path / "mail.txt", text)
    assert any("poster" in act.lower() for _role, act in cells)


def test_a_who_is_who_name_with_a_second_capital_lends_its_first_name(tmp_path: Path) -> None:
    text = """\
# Village hall rota

| Role | Name |
|---|---|
| Site Manager | Peter Walsh |
| Safety Officer | DeShawn Smith-Jones |

DeShawn records the incidents in the log.
"""
    cells = cells_of_text(tmp_path / "rota.md", text)
    assert cells.get(("Safety Officer", "Record the incidents in the log")) == "A/R"


@pytest.mark.parametrize("name", NAMES)
def test_a_holder_between_commas_after_the_post(name: str) -> None:
    sentence = f"Our Stock Controller, {name}, counts the stock every Friday."
    m = _HOLDER_ASIDE.match(sentence)
    assert m is not None and m.group("person") == name
    assert CLAUSE_WITH_SUBJECT.search(f"The till is closed at six; our Treasurer, {name}, "
                                      "banks the takings.")


@pytest.mark.parametrize("name", NAMES)
def test_a_passive_done_by_a_person(name: str) -> None:
    m = _BY_PERSON.search(f"The float is counted by {name} every night.")
    assert m is not None and m.group("person") == name
