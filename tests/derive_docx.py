"""Build the .docx document of the derivation evaluation set (Word files are binary)."""

from __future__ import annotations

from pathlib import Path

import docx


def build_team_docx(path: Path) -> Path:
    """A Word document with headings, list items and a comparison table."""
    document = docx.Document()
    document.add_heading("Agile release train roles", level=1)
    document.add_paragraph(
        "The train has a Release Train Engineer (RTE) and a Solution Architect (SA)."
    )
    document.add_heading("Responsibilities of the Release Train Engineer", level=2)
    for item in ("Program increment planning: prepare and facilitate the planning event.",
                 "Impediment escalation: take blockers the teams cannot clear to management.",
                 "Risk board: keep the list of program risks visible and current."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Responsibilities of the Solution Architect", level=2)
    for item in ("Architectural runway: make sure the technical foundations stay ahead of "
                 "features.",
                 "Enabler stories: write the stories that build the runway."):
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=3, cols=3)
    rows = [("Aspect", "RTE", "SA"),
            ("Focus", "Flow of the train", "Technical direction"),
            ("Key deliverables", "System demo", "Technical roadmap")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.save(str(path))
    return path
