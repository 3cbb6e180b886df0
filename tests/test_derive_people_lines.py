"""Lines listing many people with their roles in brackets (minutes' attendees, a chat
export's senders): read in time linear in the text, with the readings they had."""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import cells_of_text


def _name(i: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[i // 26 ** k % 26] for k in range(4)).capitalize()


def _seconds(call: object) -> float:
    start = time.process_time()
    call()  # type: ignore[operator]
    return time.process_time() - start


def test_initials_are_found_as_a_word_of_the_text(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "minutes.txt",
                          "Minutes\n\nPresent: Helen Varga (Chair), Omar Khan (Treasurer)\n\n"
                          "Actions\n\nHV to send the agenda to members.\n"
                          "OK-to circulate nothing.\n")
    assert cells[("Chair", "Send the agenda to members")] == "A/R"


def test_a_chat_with_many_senders_is_read_in_linear_time(tmp_path: Path) -> None:
    def chat(count: int) -> str:
        return "".join(f"[Mon 08 May {7 + i % 12:02d}:{i % 60:02d}] Dana R{_name(i).lower()} "
                       f"(Site Lead)\nThanks Dana. Please check the pumps.\n\n"
                       for i in range(count))

    # (the senders are listed on one line, each one's initials were searched for in the
    # whole text: 2,000 senders took 4 s)
    seconds = _seconds(lambda: cells_of_text(tmp_path / "channel.txt", chat(2000)))
    assert seconds < 3.0
