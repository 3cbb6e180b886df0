"""How long the property tests search: a share of their full example counts by default,
the full counts (and the fuzz tests' larger cases) with ``python -m pytest --long`` or
``RACI_FUZZ=long``.

A test module asks ``examples(full)`` when it is imported; the option is read earlier
(``tests/conftest.py`` sets ``RACI_FUZZ=long`` for ``--long``), so both agree.
"""

from __future__ import annotations

import os

# The default run tries this share of a property test's full count, never fewer than
# LEAST examples (nor more than the full count).
SHARE = 5
LEAST = 20


def long_run() -> bool:
    """Whether this run asked for the long searches."""
    return os.environ.get("RACI_FUZZ") == "long"


def examples(full: int) -> int:
    """The examples a property test tries on this run: all of full on a long run, else a
    fifth of it (at least LEAST)."""
    if long_run():
        return full
    return min(full, max(LEAST, full // SHARE))
