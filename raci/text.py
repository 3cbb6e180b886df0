"""One line of user text as a project keeps it (names, codes, descriptions).

Kept apart from the service so that code reading a project's snapshot without a
database (the open decisions of a derived draft) cleans text the same way."""

from __future__ import annotations

import re
import unicodedata

from raci.errors import RaciError

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CODE_LIMIT = 20  # characters of a role code
DESCRIPTION_LIMIT = 5000  # characters of a role's or an activity's description
EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
"""What a person's e-mail address looks like (checked loosely: one @ between words)."""


def clean_text(text: str | None, what: str, *, required: bool = True, limit: int = 300) -> str:
    """One line of user text: spacing collapsed, control characters refused, length capped."""
    raw = text or ""
    if CONTROL.search(raw.replace("\t", " ").replace("\n", " ").replace("\r", " ")):
        raise RaciError(f"{what} {raw[:40]!r} contains a control character; remove it")
    value = " ".join(unicodedata.normalize("NFC", raw).split())
    if required and not value:
        raise RaciError(f"{what} cannot be empty")
    if len(value) > limit:
        raise RaciError(f"{what} is longer than {limit} characters; shorten it")
    return value
