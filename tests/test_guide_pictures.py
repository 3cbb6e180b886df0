"""Every picture the documentation names is there (Help > User Guide shows them)."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+\.png)\)")


def test_every_picture_named_in_the_docs_exists() -> None:
    named = {(page.name, link) for page in DOCS.glob("*.md")
             for link in PICTURE.findall(page.read_text(encoding="utf-8"))}
    assert ("user-guide.md", "guide/15-import-review.png") in named
    missing = [(page, link) for page, link in named if not (DOCS / link).is_file()]
    assert missing == []
