"""User text shown as plain text, always.

Qt guesses whether a label, tooltip or message is rich text, so a name such as
``<b>Ops</b>`` would be shown in bold. Labels and message boxes are set to
plain text; tooltips cannot be, so ``plain_tip`` escapes the text into rich
text that shows it literally (line breaks kept).
"""

from __future__ import annotations

import html
import re


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as written."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


_FILE_NAME = re.compile(r"[/\\]|\w\.\w+$")  # a path, or a name with an extension


def sentence(text: str) -> str:
    """A message as a sentence: first letter in upper case (an address or a file name that
    starts it is left as written: "notes.md: ..." is not "Notes.md: ...")."""
    if not text.strip():
        return text
    first = text.split(None, 1)[0].rstrip(":,;")
    named = text.split(": ", 1)[0] if ": " in text else first  # "team charter.docx: ..."
    if "://" in first or _FILE_NAME.search(first) or _FILE_NAME.search(named):
        return text
    return text[:1].upper() + text[1:]
