"""Shapes left open after the first half of the twenty-ninth set was studied: a page about
one post whose other parties tell "you" something, where "you" is that post. Every text
here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

_GROUNDS = """# Head Groundskeeper - job description

Reports to: Estate Manager

## Main duties

- Plan the mowing rota for the season.
- Order seed and fertiliser within the budget.

## Working with others

The Assistant Groundskeepers mow the pitches and check the nets; the Volunteer Wardens
walk the paths each morning and report what they find to you. The Estate Office pays the
contractors from the hours you approve each week.
"""


def test_a_job_descriptions_post_told_as_you_is_informed(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "groundskeeper.md", _GROUNDS)
    assert cells[("Volunteer Warden", "Report what they find to you")] == "A/R", cells
    assert cells[("Head Groundskeeper", "Report what they find to you")] == "I", cells
    # "you" as the subject of what follows is no one told: the Estate Office pays alone
    assert {role for role, act in cells if act == "Pay the contractors"} == {"Estate Office"}
    # "up to you" tells no one
    left = _GROUNDS.replace("report what they find to you", "decide which paths are up to you")
    cells = cells_of_text(tmp_path / "left.md", left)
    assert not any(role == "Head Groundskeeper" and letters == "I"
                   for (role, _act), letters in cells.items()), cells


_STEWARDS = """#+TITLE: Stewards' handbook

"You" below means the steward of a car park.

* Roles
** Stewards
- Open the gates at eight

** Gate marshals
Stand at the gate all day.

* Before the day
1. You check the weather forecast the night before.

* On the day
- Count the cars in. The gate marshal tells you when the park is full.
- Lock the gates at six.
"""


def test_the_reader_told_in_an_items_second_sentence_keeps_the_first(tmp_path: Path) -> None:
    # the item's first sentence, with no subject, is still the reader's when its second
    # names another party, who tells the reader
    cells = cells_of_text(tmp_path / "stewards.org", _STEWARDS)
    assert cells[("Steward", "Count the cars")] == "A/R", cells
    assert cells[("Gate Marshal", "Tell you when the park is full")] == "A/R", cells
    assert cells[("Steward", "Tell you when the park is full")] == "I", cells
    # the same under the reader's own heading
    own = _STEWARDS.replace("- Open the gates at eight\n", "- Open the gates at eight\n"
                            "- Sweep the kiosk. The gate marshal tells you when it is free.\n")
    cells = cells_of_text(tmp_path / "own.org", own)
    assert cells[("Steward", "Sweep the kiosk")] == "A/R", cells
    assert cells[("Steward", "Tell you when it is free")] == "I", cells


def test_telling_with_its_own_content_after_an_act_is_a_row_of_its_own(tmp_path: Path) -> None:
    # "... and keeps the Treasurer informed of every late payment": the telling says what
    # of, a duty of its own; a bare "... and keeps the Chair informed" is a letter on the act
    page = ("# Allotment roles\n\n"
            "The Plot Secretary collects the rents and keeps the Treasurer informed of every "
            "late payment.\n\n"
            "The Site Warden locks the gates and keeps the Chair informed.\n")
    cells = cells_of_text(tmp_path / "allotment.md", page)
    told = "Keep the Treasurer informed of every late payment"
    assert cells[("Plot Secretary", told)] == "A/R", cells
    assert cells[("Treasurer", told)] == "I", cells
    assert cells[("Chair", "Lock the gates")] == "I", cells
    assert cells[("Site Warden", "Lock the gates")] == "A/R", cells


def test_a_party_kept_aware_is_informed_as_one_kept_informed(tmp_path: Path) -> None:
    # "keeps X aware (of ...)" tells X as "keeps X informed (of ...)" does
    page = ("# Junior section roles\n\n"
            "## Head Coach\n"
            "- Plans the training programme for each term and keeps the Club Secretary "
            "aware of any changes.\n"
            "- Runs the Saturday sessions and keeps the Club Secretary aware.\n\n"
            "## Club Secretary\n"
            "- Books the pitches for the season.\n")
    cells = cells_of_text(tmp_path / "section.md", page)
    told = "Keep the Club Secretary aware of any changes"
    assert cells[("Head Coach", told)] == "A/R", cells
    assert cells[("Club Secretary", told)] == "I", cells
    assert cells[("Club Secretary", "Keep the Club Secretary aware")] == "I", cells
