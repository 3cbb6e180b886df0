"""Work a derivation does for every block of a document, measured by what it does, not by
time: what depends only on the roles is gathered once for the document, not once a block
(a page of thousands of paragraphs and roles would otherwise cost blocks times roles).
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from raci.derive.roles import RoleCatalog
from tests.helpers import cells_of_text

PARAGRAPH = """The Licensing Officer checks form {n}, and the officer files it.

The Senior Licensing Officer grants licence {n}.

"""


def test_the_titles_that_end_alike_are_gathered_once_not_once_a_block(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"the officer" is read back in each of 200 paragraphs; the roles whose names end in
    the same word are gathered for the catalog once (it asked them of every role once a
    block, 24 s on a megabyte of prose)."""
    builds: list[frozenset[str]] = []
    asked: list[int] = []
    shared = RoleCatalog.shared_endings

    def counted(self: RoleCatalog, not_after: frozenset[str]) -> Any:
        asked.append(1)
        if not_after not in self._endings:
            builds.append(not_after)
        return shared(self, not_after)

    monkeypatch.setattr(RoleCatalog, "shared_endings", counted)
    text = "# Licensing\n\n" + "".join(PARAGRAPH.format(n=n) for n in range(100))
    cells = cells_of_text(tmp_path / "licences.md", text)
    assert ("Licensing Officer", "Check form 7") in cells, sorted(cells)[:6]
    assert len(asked) >= 100  # asked in every block that says "the officer"
    assert 1 <= len(builds) <= 2, len(builds)  # gathered once (once more if roles merge)
