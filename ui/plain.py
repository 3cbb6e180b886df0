"""User text shown as plain text, always.

Qt guesses whether a label, tooltip or message is rich text, so a name such as
``<b>Ops</b>`` would be shown in bold. Labels and message boxes are set to
plain text; tooltips cannot be, so ``plain_tip`` escapes the text into rich
text that shows it literally (line breaks kept).
"""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as written."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def sentence(text: str) -> str:
    """A message as a sentence: first letter in upper case (an address is left as written)."""
    if not text or "://" in text.split(" ", 1)[0]:
        return text
    return text[:1].upper() + text[1:]
