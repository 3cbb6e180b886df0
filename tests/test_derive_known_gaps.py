"""Gaps earlier passes left, each closed in general: a list of actions each with its own
doer, a passive's second step with a doer of its own, a hyphenated participle as a
passive's verb, "you" under a role's own heading, a title's plural in "-ies", a run-in label
that names a topic, and a point in time written first before a passive. Every text here
is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text

ACTIONS_EACH_WITH_A_DOER = """# Allotment society: committee notes

## Water licence

The Secretary to renew the licence with the council, and the Chair to sign the form.

## Open day

The Treasurer to order the tea urn; Publicity Officer to print the posters.
"""


def test_a_list_of_actions_each_with_its_own_doer(tmp_path: Path) -> None:
    # "X to renew ..., and the Chair to sign ...": each action is its own doer's
    cells = cells_of_text(tmp_path / "notes.md", ACTIONS_EACH_WITH_A_DOER)
    assert cells[("Secretary", "Renew the licence with the council")] == "A/R", cells
    assert cells[("Chair", "Sign the form")] == "A/R", cells
    assert cells[("Treasurer", "Order the tea urn")] == "A/R", cells
    assert cells[("Publicity Officer", "Print the posters")] == "A/R", cells


PASSIVE_SECOND_STEP = """# Newsletter

## Each issue

The newsletter is written by the Editor and sent to the members by the Membership
Secretary.

The float is counted by the Cashier and checked by the Duty Manager each evening.
"""


def test_a_passive_second_step_after_and_with_its_own_doer(tmp_path: Path) -> None:
    # "... and sent to the members by the Membership Secretary": a step of its own, where
    # it goes kept; "... and checked by the Duty Manager each evening": the checker
    # passes the work, with a time after the doer
    cells = cells_of_text(tmp_path / "news.md", PASSIVE_SECOND_STEP)
    assert cells[("Editor", "Write the newsletter")] == "A/R", cells
    assert cells[("Membership Secretary", "Send the newsletter to the members")] == "A/R", \
        cells
    assert cells[("Cashier", "Count the float")] == "R", cells
    assert cells[("Duty Manager", "Count the float")] == "A/R", cells


HYPHENATED_PARTICIPLE = """# Lettings

## Viewings

Each applicant is ID-checked by the Lettings Negotiator before a viewing.
The Branch Manager files the signed-off tenancy with the agreed-upon rent schedule.
"""


def test_a_hyphenated_participle_as_a_passives_verb(tmp_path: Path) -> None:
    # "is ID-checked by ...": the participle after the hyphen makes the passive, the part
    # before it stays in the duty; "signed-off" before a noun is no verb
    cells = cells_of_text(tmp_path / "lettings.md", HYPHENATED_PARTICIPLE)
    assert cells[("Lettings Negotiator", "ID-check each applicant")] == "A/R", cells
    assert cells[("Branch Manager",
                  "File the signed-off tenancy with the agreed-upon rent schedule")] == "A/R", \
        cells


YOU_UNDER_A_ROLE_HEADING = """# Cricket club: who does what

## Scorer

You keep the score book for every home match. You send the scores to the league.

## Kit Steward

You wash the bibs after each match and you count the balls before the season.

## Captain

The Captain picks the team on Thursday.
"""


def test_you_under_a_heading_that_is_a_role_is_that_role(tmp_path: Path) -> None:
    # a page with no reader of its own: "you" in a role's section is that role
    cells = cells_of_text(tmp_path / "club.md", YOU_UNDER_A_ROLE_HEADING)
    assert cells[("Scorer", "Keep the score book for every home match")] == "A/R", cells
    assert cells[("Scorer", "Send the scores to the league")] == "A/R", cells
    assert cells[("Kit Steward", "Count the balls before the season")] == "A/R", cells
    assert cells[("Captain", "Pick the team on Thursday")] == "A/R", cells


PLURAL_IN_IES = """# Parish office

## Week by week

The secretaries type the newsletter every Friday.
The Vicar writes the letter on the front page.
"""


def test_a_titles_plural_in_ies_heading_a_clause_is_that_title(tmp_path: Path) -> None:
    # "The secretaries type ...": "-ies" for a title's "-y", as its doer
    cells = cells_of_text(tmp_path / "parish.md", PLURAL_IN_IES)
    assert cells[("Secretary", "Type the newsletter every Friday")] == "A/R", cells
    assert cells[("Vicar", "Write the letter on the front page")] == "A/R", cells


TOPIC_LABELS = """# Building site

## Site Supervisor

Health and safety: walk the scaffold each morning and log any defect.
Finance: sign the timesheets every Friday.

## Crane Operator

Check the crane before the first lift.
"""


def test_a_run_in_label_that_names_a_topic_is_no_role(tmp_path: Path) -> None:
    # "Health and safety: walk ..." under "## Site Supervisor": the label says what the
    # duties are about; they are the heading role's
    cells = cells_of_text(tmp_path / "site.md", TOPIC_LABELS)
    assert cells[("Site Supervisor", "Walk the scaffold each morning")] == "A/R", cells
    assert cells[("Site Supervisor", "Sign the timesheets every Friday")] == "A/R", cells
    assert not any(role in ("Health and Safety", "Finance") for role, _a in cells), cells


WHEN_BEFORE_AN_ASIDE = """# Lettings

## Viewings

Each applicant is ID-checked by the Lettings Negotiator before the first viewing (passport
or driving licence).
"""


def test_when_after_a_passives_doer_is_kept_before_an_aside(tmp_path: Path) -> None:
    # "... before the first viewing (passport or driving licence)": when is kept in the
    # name, the aside in brackets after it is not
    cells = cells_of_text(tmp_path / "viewings.md", WHEN_BEFORE_AN_ASIDE)
    assert cells[("Lettings Negotiator",
                  "ID-check each applicant before the first viewing")] == "A/R", cells


POINT_IN_TIME_FIRST = """# School office

## Registers

At the start of each term the attendance register is checked by the Head of Year.
"""


def test_a_point_in_time_written_first_before_a_passive(tmp_path: Path) -> None:
    # "At the start of each term the ... is checked by ...", no comma: when, read after
    # the passive, as a condition written first is
    cells = cells_of_text(tmp_path / "office.md", POINT_IN_TIME_FIRST)
    assert cells[("Head of Year",
                  "Check the attendance register at the start of each term")] == "A/R", cells


def test_you_under_a_role_heading_who_goes_to_that_role_is_not_it(tmp_path: Path) -> None:
    # "If you want a copy of the scores, you email the Scorer" under "## Scorer": "you"
    # asks the Scorer, and is not the Scorer
    page = ("# Cricket club\n\n## Scorer\n\n"
            "The Scorer keeps the book. If you want a copy of the scores, you email the "
            "Scorer.\n\n## Kit Steward\n\nYou wash the bibs after each match.\n")
    cells = cells_of_text(tmp_path / "club.md", page)
    assert cells[("Scorer", "Keep the book")] == "A/R", cells
    assert cells[("Kit Steward", "Wash the bibs after each match")] == "A/R", cells
    assert not any(a.startswith("Email the Scorer") for _, a in cells), cells


def test_a_thing_ending_as_an_agent_noun_sent_on_is_no_party(tmp_path: Path) -> None:
    # "The newsletter is written by the Editor and sent to the printers by the Secretary":
    # the newsletter is what is sent, no role told of it
    page = ("# Club news\n\n"
            "The newsletter is written by the Editor and sent to the printers by the "
            "Secretary.\n\nThe boiler is serviced by the Caretaker.\n")
    cells = cells_of_text(tmp_path / "news.md", page)
    assert cells[("Secretary", "Send the newsletter to the printers")] == "A/R", cells
    assert cells[("Caretaker", "Service the boiler")] == "A/R", cells
    assert not any(r in ("Newsletter", "Boiler") for r, _ in cells), cells
