"""Shapes of the twenty-ninth set, studied (first half): a data file's legend of keys in
its comments whose meaning says the holder is sent a message, a job's duties grouped under
"Quality", a second doer in brackets after "or", a post named before a colon with its
orders after it, a list of definitions, and a PDF table whose tall cells are centred in
their rows. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import _field_letters
from raci.derive.pdf import _column_rows
from tests.helpers import cells_of_text


def test_a_key_whose_holder_gets_a_message_is_told() -> None:
    assert _field_letters("- gets a Slack message when the step completes") == {"I"}
    assert _field_letters("receives an e-mail once the owner signs off") == {"I"}
    assert _field_letters("is sent a copy of the minutes") == {"I"}
    # what the holder gets is no message: no letter
    assert _field_letters("gets the budget for the year") == frozenset()
    # a dash between the key and its meaning hides nothing
    assert _field_letters("- helps the owner do the work") == {"R"}


_RUNBOOK = """# Release checklist for the Larkspur mobile app
#
# Field meanings:
#   owner     - the team that does the step and answers for it
#   alert     - gets an e-mail when the step is done
stages:
  - id: freeze
    name: Freeze the release branch
    owner: Mobile Team
    alert: [Support Desk Manager]
  - id: listing
    name: Publish the store listing
    owner: Marketing Lead
    alert: [Support Desk Manager, Sales Director]
"""


def test_a_legend_in_comments_tells_the_holders_of_a_message_key(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "release.yaml", _RUNBOOK)
    assert cells[("Mobile Team", "Freeze the release branch")] == "A/R"
    assert cells[("Support Desk Manager", "Freeze the release branch")] == "I"
    assert cells[("Marketing Lead", "Publish the store listing")] == "A/R"
    assert cells[("Sales Director", "Publish the store listing")] == "I"


_JOB = """# Job description: Bakery Shift Lead

Reports to: Production Manager

## Main duties

### Quality and food safety

- Check the oven temperature log at the start of every shift.
- Hold back any batch that fails the weight check.

### Personal qualities

- Calm under pressure and good with numbers.
"""


def test_a_duty_group_headed_quality_is_read(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "shift-lead.md", _JOB)
    assert cells[("Bakery Shift Lead", "Check the oven temperature log at the start of every "
                                       "shift")] == "A/R"
    assert cells[("Bakery Shift Lead", "Hold back any batch that fails the weight check")] \
        == "A/R"
    # the qualities the post wants are no duties
    assert not any("calm" in name.lower() for _, name in cells)


_LAUNCH = """# Lifeboat launch procedure

## Steps

1. The Launch Manager (or the Deputy Manager on a night launch) briefs the crew, checks
   the radios and signs the launch log.
2. The Station Engineer fuels the boat.
"""


def test_a_second_doer_in_brackets_after_or_does_the_work_too(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "launch.md", _LAUNCH)
    for duty in ("Check the radios", "Sign the launch log"):
        assert cells[("Launch Manager", duty)] == "A/R"
        assert cells[("Deputy Manager", duty)] == "R"
    assert ("Deputy Manager", "Fuel the boat") not in cells


_POST = """# Job description: Branch Manager

Reports to: Area Director

## Main duties

- Act as the branch's fire marshal: check the alarms every week and keep the landlord
  informed.
- Approve the staff rota.
"""


def test_a_post_named_before_a_colon_gives_the_orders_after_it(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "branch.md", _POST)
    assert cells[("Branch Manager", "Check the alarms every week")] == "A/R"
    assert cells[("Branch Manager", "Keep the landlord informed")] == "A/R"
    assert cells[("Landlord", "Keep the landlord informed")] == "I"
    # the post itself is a field of work, no row
    assert not any(name.startswith("Act as") for _, name in cells)


_POST_THEN_STATEMENT = """# Open day roles

## Steward

- Serve as the treasurer: receipts go to the Finance Officer each Friday.
- Act as the club's banker: bank statements go to the auditor each year.
- Act as host: welcome visitors and show them round.
- Act as mentor: help trainees settle in.
"""


def test_a_post_whose_colon_is_followed_by_a_statement_keeps_its_words(
        tmp_path: Path) -> None:
    # what follows the colon is a statement with its own subject ("receipts go ...",
    # "bank statements go ..."), no order: the item is read whole, as before the rule
    cells = cells_of_text(tmp_path / "roles.md", _POST_THEN_STATEMENT)
    names = {name for _, name in cells}
    assert not any(name.lower().startswith(("receipt", "bank statement")) for name in names), \
        names
    # orders after the colon are still the holder's duties, one that has another do
    # something included
    assert cells[("Steward", "Welcome visitors")] == "A/R", cells
    assert any(name.startswith("Serve as the treasurer") for name in names), names


_TERMS = """# Lost property procedure

## Definitions

- Finder – the member of the public who hands an item in.
- Night porter – porter on duty between 22:00 and 07:00, who locks the store.
- Cash items – wallets, purses and loose money.

## Steps

1. The Receptionist logs every item in the lost property book.
2. The Night Porter locks the store at midnight.
"""


def test_a_list_under_definitions_gives_no_rows(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "lost-property.md", _TERMS)
    assert cells[("Night Porter", "Lock the store at midnight")] == "A/R"
    # what the words mean is no one's work
    assert not any("cash" in name.lower() or "purses" in name.lower() for _, name in cells)


# A PDF table whose tall cells are set in the middle of their rows: the last column's
# first line stands over its row's other cells, its last line under them
_CENTRED = [
    "   Check                   Who            When         Results to",
    "                                                       Head of",
    "Fire doors                 Caretaker      Weekly       Facilities",
    "                                                       Services",
    "                                                       Board of",
    "Legionella flushing        Plumber        Monthly      Governors and",
    "of unused taps                                         Trustees",
]


def test_a_tall_cell_centred_in_its_row_is_read_whole() -> None:
    rows = [r for r in _column_rows(_CENTRED) or [] if r != "| --- |"]
    assert rows[0] == "| Check | Who | When | Results to |"
    assert rows[1] == "| Fire doors | Caretaker | Weekly | Head of Facilities Services |"
    assert rows[2] == ("| Legionella flushing of unused taps | Plumber | Monthly | "
                       "Board of Governors and Trustees |")


def test_a_key_whose_holder_is_told_and_acts_takes_the_letter_of_the_act() -> None:
    # the message is how the holder hears of the step; what they do with it says the letter
    assert _field_letters("gets an alert and signs off the step") == {"A"}
    assert _field_letters("receives a copy and reviews it") == {"C"}
    assert _field_letters("gets an e-mail and then decides") == {"A"}
    assert _field_letters("gets a message and does the work") == {"R"}
    # a second thing received, or a second doer, is no act of the holder's
    assert _field_letters("gets a copy of the plan and the budget") == {"I"}
    assert _field_letters("gets a Slack message and the owner fixes it") == {"I"}
    assert _field_letters("gets an e-mail and is copied in") == {"I"}


_GATED = """# Change runbook for the payments service
#
# Field meanings:
#   owner     - the team that does the step and answers for it
#   gate      - gets an alert and signs off the step before it goes on
#   watch     - gets an e-mail when the step is done
steps:
  - id: deploy
    name: Deploy the release
    owner: Platform Team
    gate: [Change Manager]
    watch: [Service Desk]
"""


def test_a_legend_key_told_and_signing_off_approves(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "runbook.yaml", _GATED)
    assert cells[("Change Manager", "Deploy the release")] == "A"
    assert cells[("Service Desk", "Deploy the release")] == "I"
