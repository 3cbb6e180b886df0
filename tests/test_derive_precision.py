"""Rows that are no duty: the parts of a page that record the page itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.draft import derive
from tests.helpers import derived_cells

DUTIES = ("The Studio Manager books every firing in the kiln diary. The Kiln Technician "
          "loads the kiln and checks the cones before each firing.\n")

CHANGE_LOGS = {
    "kiln.md": (
        "# Kiln firing procedure\n\n" + DUTIES + "\n## Version history\n\n"
        "| Version | Date | Change | Author |\n|---|---|---|---|\n"
        "| 1.2 | 04/2024 | Supplier glazes added to scope | R. Amos (Studio Manager) |\n"
        "| 1.3 | 09/2024 | Student work shelf moved | R. Amos (Studio Manager) |\n"),
    "kiln.txt": (
        "KILN FIRING PROCEDURE\n\n"
        "Revision  Date        Description                         Approved\n"
        "A         12/01/2025  Issued for client comment           R. Amos\n"
        "B         02/02/2025  Client comments incorporated        R. Amos\n\n"
        "1. ROLES\n\n" + DUTIES),
    "kiln-log.md": (
        "# Kiln firing procedure\n\n" + DUTIES + "\n## Change log\n\n"
        "| Date | Change | Approved by |\n| --- | --- | --- |\n"
        "| 3 May 2025 | Supplier glazes added to scope | Studio Manager |\n"),
}


@pytest.mark.parametrize("name", sorted(CHANGE_LOGS))
def test_a_change_log_of_the_page_holds_no_duties(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(CHANGE_LOGS[name], encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert {a for _r, a in cells} == {"Book every firing in the kiln diary", "Load the kiln",
                                      "Check the cones"}


def test_a_dated_table_of_duties_is_no_change_log(tmp_path: Path) -> None:
    # a column of dates and one of what is done, but no versions and no history heading
    path = tmp_path / "plan.md"
    path.write_text("# Move plan\n\n| Date | Description | Owner |\n| --- | --- | --- |\n"
                    "| 3 May | Pack the archive boxes | Records Clerk |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert ("Records Clerk", "Pack the archive boxes") in cells


def test_an_abbreviation_owned_keeps_its_verb(tmp_path: Path) -> None:
    # a verb of owning dropped before a bare code or abbreviation would leave no work
    path = tmp_path / "roles.md"
    path.write_text("# Roles\n\nThe Account Lead runs the QBR. The Line Clerk helps the RO.\n\n"
                    "| Role | Responsibility |\n| --- | --- |\n"
                    "| Plant Engineer | Leads the FMEA and keeps the line log. |\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert ("Plant Engineer", "Lead the FMEA") in cells
    assert ("Account Lead", "Run the QBR") in cells
    # (a party helped is no work: no "Help the RO")
    assert not {a for _r, a in cells} & {"FMEA", "QBR", "Help the RO"}


def test_the_lines_recording_a_meeting_are_no_duties(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "MARSH LANE ALLOTMENT SOCIETY\nPlot Committee\n\n"
        "Minutes of the meeting held on Tuesday 3 March 2026 at 6.30pm, Marsh Lane Pavilion\n\n"
        "Present:       Mr Dev Rana (Chair), Mrs K. Lowe (Plot Secretary)\n\n"
        "1.  WATER SUPPLY\n"
        "    The Plot Secretary will order two new water butts. The Chair will book the\n"
        "    spring working party.\n\n"
        "Meeting closed 8.10pm.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert {a for _r, a in cells} == {"Order two new water butts",
                                      "Book the spring working party"}


def test_an_initialism_is_no_pronoun(tmp_path: Path) -> None:
    # "IT" and "US" spell a pronoun in lower case; in capitals they name what the work is on,
    # so the duty keeps its name instead of being dropped as one naming nothing
    path = tmp_path / "office.txt"
    path.write_text("The Office Manager manages the IT helpdesk and books the meeting rooms.\n"
                    "The Export Clerk files the US customs returns. The Porter moves it.\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert ("Office Manager", "IT helpdesk") in cells
    assert ("Office Manager", "Book the meeting rooms") in cells
    assert ("Export Clerk", "File the US customs returns") in cells
    # (a pronoun in lower case still names nothing)
    assert not [a for r, a in cells if r == "Porter"]
