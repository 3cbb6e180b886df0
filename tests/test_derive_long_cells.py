"""Cells of 100,000 characters (long runs of spaces or figures) are read in well under a
second: the patterns that strip a contact's number and a letter in words after a name
never backtrack over the whole run from every place in it."""

from __future__ import annotations

import time

from raci.derive.roles import _LETTER_AFTER, _REACHED_AT, _named_people


def _seconds(call: object) -> float:
    start = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - start


def test_a_long_run_of_spaces_in_a_contact_cell_is_read_quickly() -> None:
    assert _seconds(lambda: _REACHED_AT.sub("", "Karen" + " " * 100_000 + "Holt")) < 0.5


def test_the_number_after_a_name_is_still_dropped() -> None:
    head = ("Role", "Name")
    assert _named_people("Sponsor", head, ("Sponsor", "Maureen Tilley    01404 552 118")) \
        == _named_people("Sponsor", head, ("Sponsor", "Maureen Tilley"))


def test_a_long_cell_with_a_letter_after_it_is_read_quickly() -> None:
    assert _seconds(lambda: _LETTER_AFTER.sub("", "Finance" + " " * 100_000 + "x")) < 0.5
    assert _LETTER_AFTER.sub("", "Finance   kept informed") == "Finance"
