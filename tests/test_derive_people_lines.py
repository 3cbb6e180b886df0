"""Lines listing many people with their roles in brackets (minutes' attendees, a chat
export's senders): read with each line and each word list worked out once (their time is
measured in docs/performance.md, never asserted here), with the readings they had."""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import PERSON_ROLE, _crew_role, _TextLines
from tests.helpers import cells_of_text


def _name(i: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[i // 26 ** k % 26] for k in range(4)).capitalize()


def test_a_crew_role_reads_as_it_did_with_its_lines_read_once() -> None:
    text = ("Crew: Marco (vineyard manager), Dev + Kasia (vineyard hands)\n"
            "Dev (he has the certificate)\n"
            "Present: Maura Flynn (chair), Declan O'Brien (plant sale), Ines Roca (summer\n"
            "tombola), Tariq Aziz (treasurer)\n")
    lines = _TextLines(text)
    found = {m.group("role"): (_crew_role(text, m), _crew_role(text, m, lines))
             for m in PERSON_ROLE.finditer(text)}
    assert found["vineyard hands"] == ("Vineyard Hand", "Vineyard Hand")
    assert found["plant sale"] == ("Plant Sale", "Plant Sale")
    assert found["summer\ntombola"][0] == found["summer\ntombola"][1]
    assert all(alone == once for alone, once in found.values())


def test_the_line_of_a_position_is_found_as_rfind_and_find_find_it() -> None:
    text = "ab\n\ncd (x)\nef\n"
    lines = _TextLines(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert lines.line(start, end) == (text.rfind("\n", 0, start) + 1,
                                              text.find("\n", end))
    assert _TextLines("no newline").line(3, 5) == (0, -1)


def test_a_long_line_of_attendees_is_read_whole(tmp_path: Path) -> None:
    def attendees(count: int) -> str:
        people = ", ".join(f"{_name(i)} O'B{_name(i).lower()} "
                           f"({'chair' if i % 2 else 'volunteer rota'})" for i in range(count))
        return f"Minutes\n\nPresent: {people}\n\nThe Chair signs the minutes.\n"

    # (each person's line was read again for each person: 3,000 took 5 s, 6,000 20 s; now
    # each line once)
    cells = cells_of_text(tmp_path / "minutes.txt", attendees(3000))
    assert cells[("Chair", "Sign the minutes")] == "A/R"


def test_initials_are_found_as_a_word_of_the_text(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "minutes.txt",
                          "Minutes\n\nPresent: Helen Varga (Chair), Omar Khan (Treasurer)\n\n"
                          "Actions\n\nHV to send the agenda to members.\n"
                          "OK-to circulate nothing.\n")
    assert cells[("Chair", "Send the agenda to members")] == "A/R"


def test_a_chat_with_many_senders_is_read_whole(tmp_path: Path) -> None:
    def chat(count: int) -> str:
        return "".join(f"[Mon 08 May {7 + i % 12:02d}:{i % 60:02d}] Dana R{_name(i).lower()} "
                       f"(Site Lead)\nThanks Dana. Please check the pumps.\n\n"
                       for i in range(count))

    # (the senders are listed on one line, each one's initials were searched for in the
    # whole text: 2,000 senders took 4 s)
    cells = cells_of_text(tmp_path / "channel.txt", chat(2000))
    assert cells[("Site Lead", "Check the pumps")] == "A/R"


def test_a_rota_under_time_and_person_lines_is_no_chat(tmp_path: Path) -> None:
    # lines of a time and a person with their role over what that person does: a rota, not
    # a conversation (no "I", no "you", no question), so no duty goes to the first sender
    text = ("Site security rota\n\n"
            "Mon 08:00 Dana Reyes (Site Lead)\nWalks the perimeter and locks the yard.\n\n"
            "Mon 14:00 Omar Khan (Security Manager)\nChecks the cameras and signs the log.\n\n"
            "Tue 08:00 Dana Reyes (Site Lead)\nOpens the gate for deliveries.\n\n"
            "Tue 14:00 Omar Khan (Security Manager)\nWalks the perimeter and locks the yard.\n")
    cells = cells_of_text(tmp_path / "rota.txt", text)
    assert {role for role, _activity in cells} == {"Site Lead", "Security Manager"}
    # each line under a person's time is that person's role's duty
    assert cells[("Security Manager", "Check the cameras")] == "A/R"
    assert cells[("Site Lead", "Open the gate for deliveries")] == "A/R"
    assert not any("Mon 08:00" in activity for _role, activity in cells)
