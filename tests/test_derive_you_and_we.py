"""Pages written to "you" and for "we": whom the page says each pronoun is."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

ALLOTMENT = (
    "# Taking on an allotment plot\n\n"
    "You are the plot holder. On this page \"we\" means Elmstead Gardens Society, acting "
    "as the Lettings Panel for the council.\n\n"
    "The Site Steward walks the plots each month.\n\n"
    "## What we need from you\n\n"
    "- Send us the signed tenancy form within two weeks of the offer.\n"
    "- Tell us about any shed you plan to build.\n\n"
    "## What we do\n\n"
    "1. We check the waiting list and offer the next free plot.\n"
    "2. We mark the corners of the plot and send you the gate code.\n"
    "3. When a plot is left untended, we write to the holder.\n"
)


def test_we_is_the_role_the_page_says_it_means(tmp_path: Path) -> None:
    """'"we" means ..., acting as the Lettings Panel': the page's "We check ..." is the
    panel's duty, "Send us ..." the reader's with the panel told, and what "we" send
    "you" tells the reader the page says it speaks to ("You are the plot holder")."""
    cells = cells_of_text(tmp_path / "plot.md", ALLOTMENT)
    assert cells[("Lettings Panel", "Check the waiting list")] == "A/R"
    assert cells[("Lettings Panel", "Write to the holder")] == "A/R"
    assert cells[("Lettings Panel", "Send the gate code")] == "A/R"
    assert cells[("Plot Holder", "Send the gate code")] == "I"
    told = next(a for r, a in cells if r == "Plot Holder" and a.startswith("Tell us"))
    assert cells[("Lettings Panel", told)] == "I"
    # the heading "What we need from you" is no section of the panel's
    assert not any(r == "Lettings Panel" and a.startswith(("Send us", "Tell us"))
                   and letters == "A/R" for (r, a), letters in cells.items())


def test_we_in_brackets_names_the_role(tmp_path: Path) -> None:
    text = ("# Renewing a street trading licence\n\n"
            "Renewals are decided by us (the Licensing Team) after the Highways Officer "
            "has commented.\n\n"
            "We check the renewal form within ten days. The Highways Officer inspects the "
            "pitch.\n")
    cells = cells_of_text(tmp_path / "renew.md", text)
    assert cells[("Licensing Team", "Check the renewal form")] == "A/R"


def test_we_with_no_role_named_is_no_one(tmp_path: Path) -> None:
    text = ("# Renewing a street trading licence\n\n"
            "We check the renewal form within ten days. The Highways Officer inspects the "
            "pitch.\n")
    cells = cells_of_text(tmp_path / "renew.md", text)
    assert {r for r, _a in cells} == {"Highways Officer"}
