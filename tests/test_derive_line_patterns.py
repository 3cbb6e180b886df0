"""Patterns that read a line's opening (a mail's "From:" line, a signature, a label, a
Gherkin "Feature:") start at the line that holds it: an opening written ``^\\s*`` would
also start at every blank line above it, so a run of blank lines is scanned again from
each of them (100,000 blank lines took half a minute). What they find is the same."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from raci.derive import roles, steps

BLANKS = "\n \n\t\n\n"


def _line_of(text: str, what: str) -> int:
    return text.index(what) - len(text[:text.index(what)].rsplit("\n", 1)[-1])


def test_header_patterns_start_on_the_line_they_read() -> None:
    mail = f"{BLANKS}  From: Ana Ruiz <ana@example.org>\n"
    memo = f"{BLANKS}From: Dan Achebe, Operations Director\n"
    for pattern, text, what in (
            (roles.MAIL_FROM, mail, "From:"), (roles._FROM_FIELD, mail, "From:"),
            (roles.FROM_LINE, memo, "From:"),
            (re.compile(roles._SIGNATURE.format(name="Ana Ruiz")),
             f"Thanks,{BLANKS}Ana Ruiz | Fleet Manager\n", "Ana Ruiz"),
            (steps._FEATURE, f"{BLANKS} Feature: Returns\n", "Feature:")):
        m = pattern.search(text)
        assert m is not None and m.start() == _line_of(text, what), pattern.pattern
    assert roles._line_labels.__wrapped__(f"{BLANKS}Site Lead: Safety briefing\n") == \
        {"Site Lead": len(BLANKS)}


LINES = ["", " ", "\t", "From: Ana Ruiz <ana@example.org>", " from: Ana Ruiz, Fleet Manager",
         "Ana Ruiz | Fleet Manager", "  Feature: Returns", "Site Lead: Safety briefing",
         "Nothing here", "FROM:"]
# as written before (an opening that could start at a blank line above)
BEFORE = {"MAIL_FROM": r"(?m)^\s*(?i:from):\s*\"?(?P<name>[^<\n\"]{2,60}?)\"?\s*<[^>\n]+>\s*$",
          "_FROM_FIELD": r"(?m)^\s*(?i:from):",
          "FROM_LINE": r"(?m)^\s*(?i:from):\s*(?P<person>[A-Z][\w.'’ -]{1,40}?)\s*(?:,|\(|–|-)"
                       r"\s*(?P<role>[A-Z][\w&/ -]{2,50}?)\s*\)?\s*$"}


@given(st.lists(st.sampled_from(LINES), max_size=12))
def test_what_each_pattern_finds_is_unchanged(lines: list[str]) -> None:
    text = "\n".join(lines)
    for name, before in BEFORE.items():
        now = getattr(roles, name)
        assert [m.groups() for m in now.finditer(text)] == \
            [m.groups() for m in re.finditer(before, text)]
    assert bool(steps._FEATURE.search(text)) == bool(re.search(r"(?m)^\s*Feature:", text))
    signature = roles._SIGNATURE.format(name="Ana Ruiz")
    assert [m.group("role") for m in re.finditer(signature, text)] == [
        m.group("role") for m in re.finditer(signature.replace("[^\\S\\n]*", "\\s*", 1), text)]
    labels = roles._line_labels.__wrapped__(text)
    old = {m.group(1): m.start() for m in re.finditer(r"(?m)^\s*([^:\n]{1,60}?)\s*:", text)}
    assert labels.keys() == old.keys()
