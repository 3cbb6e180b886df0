"""Rows that are no duty: the parts of a page that record the page itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from raci.derive.draft import derive
from tests.helpers import derived_cells
from tests.long_runs import examples

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
                                      "Check the cones before each firing"}


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


def test_a_key_of_codes_gives_no_rows(tmp_path: Path) -> None:
    # a table that only gives each role's short code and who usually holds it is a key to
    # the page, not a list of duties; a code reviewed ("every MR") still names the work
    path = tmp_path / "ferry.md"
    path.write_text(
        "# Ferry crossing\n\n## Who is who\n\n"
        "| Role | On the chart | Usually |\n| --- | --- | --- |\n"
        "| Deck Officer | DKO | Priya |\n| Purser | PUR | Tom (weekends) |\n\n"
        "## Duties\n\nThe Deck Officer lowers the ramp and counts the cars aboard. "
        "The Purser sells the tickets. The Master reviews every MR.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    acts = {a for _r, a in cells}
    assert "DKO" not in acts and "PUR" not in acts
    assert ("Purser", "Sell the tickets") in cells
    assert ("Master", "Review every MR") in cells


def test_a_version_line_is_no_row(tmp_path: Path) -> None:
    path = tmp_path / "permits.md"
    path.write_text(
        "# Street permits\n\n## Version 4.1\n\nOwner: Permits Officer\n\n"
        "## Steps\n\nThe Permits Officer checks each application and issues the permit.\n",
        encoding="utf-8")
    acts = {a for _r, a in derived_cells(derive([path]))}
    assert "Version 4.1" not in acts
    assert "Check each application" in acts


@pytest.mark.parametrize("heading", ["Main machinery", "Equipment", "Kit list"])
def test_a_list_of_kit_holds_no_duties(tmp_path: Path, heading: str) -> None:
    # the machines a post works with, listed under a heading of their own, are things
    path = tmp_path / "groundsman.md"
    path.write_text(
        "# Job description: Head Groundsman\n\n## Key responsibilities\n\n"
        "- Mark out the pitches before every home match\n"
        "- Keep the machinery log up to date\n\n"
        f"## {heading}\n\n- Dennis G860 cylinder mower (x2)\n- Kubota compact tractor\n"
        "- Line marker and paint trolley\n", encoding="utf-8")
    acts = {a for _r, a in derived_cells(derive([path]))}
    assert "Mark out the pitches before every home match" in acts
    assert not any("mower" in a or "tractor" in a.lower() or "trolley" in a for a in acts)


def test_only_a_code_or_a_version() -> None:
    from raci.derive.draft import only_code
    assert all(only_code(t) for t in ("TECH", "WP3", "7Y21", "Version 2.0", "Rev 3"))
    assert not any(only_code(t) for t in ("QA checks", "Budget", "Approve v2", "Tickets"))


@pytest.mark.parametrize("heading", ["Service levels", "Related", "See also"])
def test_levels_of_service_and_links_hold_no_duties(tmp_path: Path, heading: str) -> None:
    # what a team is held to, and links to other pages, are listed under a heading of
    # their own in the team's charter; the duties above them are read as before
    path = tmp_path / "scooters.md"
    path.write_text(
        "# Scooter Depot Team charter\n\nThe Scooter Depot Team keeps the town's hire "
        "scooters charged.\n\n## What we do\n\n"
        "- Swap the flat batteries every morning\n- Collect scooters parked on the pavement\n\n"
        f"## {heading}\n\n- 90% of scooters charged by 08:00\n- Report a damaged scooter\n"
        "- Broken scooters off the road within 3 hours\n", encoding="utf-8")
    acts = {a for _r, a in derived_cells(derive([path]))}
    assert "Collect scooters parked on the pavement" in acts
    assert not any("90%" in a or "amaged scooter" in a or "Broken" in a for a in acts)


def test_an_act_only_allowed_is_marked_for_review(tmp_path: Path) -> None:
    # "may" allows an act without asking for it: the row stays, with a note to decide
    path = tmp_path / "tribunal.md"
    path.write_text(
        "# Parking appeals\n\nThe Appeals Clerk books the hearing room. At the hearing the "
        "Adjudicator may question the warden.\n", encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    notes = {a.name: a.provenance.review for a in template.activities}
    assert any("only allows" in n for n in notes["Question the warden"])
    assert not any("only allows" in n for n in notes["Book the hearing room"])


CODE_PIECES = ["TECH", "WP2", "6Y43", "A&B", "Version", "version", "Rev", "v", "ver", "2.0",
               "5", "v3", "QA", "checks", "Budget", "r", "R", "É", "ab", "x/y", "-", "_", "#",
               ":", "|", ",", "(", ")", "*", " ", "\t", "\xa0", "."]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(CODE_PIECES), max_size=6).map("".join))
@example("Rev 3")
@example(": ver 1.2")
@example("(revision 2")
@example("R&D")
@example("Budget")
def test_a_code_is_told_from_a_name_as_by_reading_every_word(name: str) -> None:
    # the quick refusal (no version's first word, a character no code holds) gives the
    # answer reading every word gives
    import re

    from raci.derive.draft import _CODE, _VERSION, only_code

    words = [w for w in re.split(r"[\s:|,()#*_]+", name.strip()) if w]
    whole = (len(words) == 1 and _CODE.fullmatch(words[0]) is not None) or (
        len(words) >= 2 and words[0].lower() in ("version", "ver", "v", "rev", "revision")
        and all(_VERSION.fullmatch(w.lower()) for w in words[1:]))
    assert only_code(name) == whole
