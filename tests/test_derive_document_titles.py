"""A document's title that names the document itself ("Procurement Procedure", "Release
Process v2") is no role, however the text under it uses it; a title or a heading naming a
body that acts is still one. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from raci.derive.draft import derive
from raci.derive.roles import names_a_document


def _roles(path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    return [r.name for r in derive([path]).roles]


@pytest.mark.parametrize(("name", "text"), [
    ("purchasing.md", "# Procurement Procedure\n\n"
     "Procurement Procedure sets out how goods are bought.\n\n"
     "The Requester raises the purchase request.\nThe Budget Holder approves the request.\n"),
    ("purchasing.txt", "Procurement Procedure\n\n"
     "Procurement Procedure explains how goods are bought.\n\n"
     "The Requester raises the purchase request.\nThe Budget Holder approves the request.\n"),
])
def test_a_title_restated_by_the_sentence_under_it_is_no_role(
        tmp_path: Path, name: str, text: str) -> None:
    assert _roles(tmp_path / name, text) == ["Requester", "Budget Holder"]


def test_a_word_document_s_title_restated_under_it_is_no_role(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Travel Expenses Policy", 0)
    document.add_paragraph("Travel Expenses Policy describes what can be claimed.")
    document.add_paragraph("The Traveller books the cheapest fare.")
    document.add_paragraph("The Cost Centre Manager approves each claim.")
    path = tmp_path / "travel.docx"
    document.save(path)
    roles = [r.name for r in derive([path]).roles]
    assert "Travel Expenses Policy" not in roles
    assert {"Traveller", "Cost Centre Manager"} <= set(roles)


def test_a_document_named_in_a_list_of_who_does_what_is_no_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path / "releases.md", "# Releases\n\n## Who does what\n\n"
                   "- Release Process V2 governs every release\n"
                   "- Release Manager schedules the release\n"
                   "- QA Lead signs off the tests\n")
    assert roles == ["Release Manager", "QA Lead"]


def test_a_title_naming_a_body_that_acts_is_still_a_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path / "health.md", "# Occupational Health\n\n"
                   "Occupational Health assesses fitness for work.\n\n"
                   "The Line Manager refers staff to the service.\n")
    assert "Occupational Health" in roles
    roles = _roles(tmp_path / "releases.md", "# Release Manager\n\n"
                   "The Release Manager schedules the release and informs the Support "
                   "Team.\n")
    assert roles[0] == "Release Manager"


@pytest.mark.parametrize(("title", "document"), [
    ("Procurement Procedure", True), ("Release Process v2", True),
    ("Incident Policy 2024", True), ("Change Policy (Draft)", True),
    ("Onboarding Handbook - Final", True), ("Occupational Health", False),
    ("Release Manager", False), ("Policy", False), ("Process Owner", False),
])
def test_which_headings_name_a_document(title: str, document: bool) -> None:
    assert names_a_document(title.split()) is document


def test_a_post_whose_title_ends_in_guide_is_still_a_role(tmp_path: Path) -> None:
    """"Tour Guide leads the walks": a guide is a post as well as a document; a title
    ending in it names a document only when the text says what a document does
    ("Visitor Guide describes the galleries")."""
    roles = _roles(tmp_path / "museum.md", "# Museum staff\n\n## Tour Guide\n\n"
                   "Tour Guide leads the walks and answers questions.\n\n"
                   "- Tour Guide: lock the gallery at five\n")
    assert roles == ["Tour Guide"]
    roles = _roles(tmp_path / "leaflet.md", "# Visitor Guide\n\n"
                   "Visitor Guide describes the galleries.\n\n"
                   "The Curator updates the labels.\nThe Tour Guide leads the walks.\n")
    assert "Visitor Guide" not in roles and "Curator" in roles


def test_a_heading_whose_duties_go_to_others_is_a_topic_not_a_role(tmp_path: Path) -> None:
    """An agenda item's heading ("4. Maintenance") over an action for the Maintenance
    Officer names the topic of the item: no role of the draft. A role's heading with
    nothing under it given to anyone else stays for the reviewer to fill."""
    roles = _roles(tmp_path / "minutes.md", "# Hall committee minutes\n\n"
                   "Present: Ann Lee (Chair), Sam Hughes (Maintenance Officer)\n\n"
                   "## 4. Maintenance\n\nThe boiler needs a service.\n\n"
                   "ACTION: Sam to book the boiler service.\n\n"
                   "## Treasurer\n\nTo be appointed at the next meeting.\n\n"
                   "## Finance\n\nACTION: Chair to sign the insurance renewal.\n")
    assert "Maintenance Officer" in roles and "Chair" in roles, roles
    assert "Maintenance" not in roles and "Finance" not in roles, roles
    assert "Treasurer" in roles, roles
