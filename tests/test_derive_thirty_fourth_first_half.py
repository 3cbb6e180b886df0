"""Shapes of the thirty-fourth set, studied (first half): a list of people giving each
role, a dash and the full name of who holds it (later called by first name), a role's
heading over the name of its holder alone, a table row whose bracket runs over a PDF's
page break, a page's fields on lines of their own, a column of what is "accepted by"
whom, "lets X and Y know", numbers listed in a duty, and a relative clause in the
plural before "and" and a verb. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.extract import activity_name
from raci.derive.pdf import _Line, _rebuilt
from tests.helpers import cells_of_text

_BAKERY = """\
# How the bakery runs

## People

- **Head Baker** – Ben Ashworth. Runs the bake room, sets the dough for each batch.
- **Quality & Safety Lead (QSL)** – Dana Whitfield.
- **Saucier** – Ivy Marsh. Looks after the sauce bench.

## Bake day

1. Ben checks the oven temperature and hands the bake sheet to Dana at the end of the day.
2. Dana reviews the bake sheet and lets Ben and Ivy know straight away.
3. Ivy packs the loaves into crates and weighs each crate at 2, 4 and 6 kilos.

| Check | Does it | Checked by |
|---|---|---|
| Crate labels | Saucier | QSL |
"""


def test_a_role_a_dash_and_a_full_name_makes_the_name_that_roles(tmp_path: Path) -> None:
    # "Head Baker – Ben Ashworth. Runs ...": Ben holds the role, so "Ben checks" is the
    # Head Baker's and the duties after the name are read; "Ivy Marsh" (two words of
    # the language) is a person the text calls "Ivy" inside a sentence; "Saucier" over
    # a table's cell stays the role though no word list knows it as a title
    cells = cells_of_text(tmp_path / "bakery.md", _BAKERY)
    assert cells[("Head Baker", "Run the bake room")] == "A/R", cells
    assert cells[("Head Baker", "Set the dough for each batch")] == "A/R", cells
    assert cells[("Head Baker", "Check the oven temperature")] == "A/R", cells
    assert cells[("Saucier", "Look after the sauce bench")] == "A/R", cells
    assert cells[("Saucier", "Pack the loaves into crates")] == "A/R", cells
    assert ("Saucier", "Ivy Marsh") not in cells, cells
    reviewed = next(act for role, act in cells if act.startswith("Review the bake sheet"))
    assert cells[("Quality & Safety Lead", reviewed)] == "A/R", cells
    # ("Quality & Safety Lead (QSL)": one title, no "Safety Lead" beside it)
    assert not any(role == "Safety Lead" for role, _act in cells), cells


def test_letting_two_parties_know_tells_both_and_keeps_how_soon(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "bakery.md", _BAKERY)
    told = next(act for role, act in cells if act.startswith("Let Ben and Ivy know"))
    assert told.startswith("Let Ben and Ivy know straight away"), cells
    assert cells[("Quality & Safety Lead", told)] == "A/R", cells
    assert cells[("Head Baker", told)] == "I", cells
    assert cells[("Saucier", told)] == "I", cells


def test_numbers_listed_in_a_duty_are_no_list_of_duties(tmp_path: Path) -> None:
    # "weighs each crate at 2, 4 and 6 kilos": one duty, not "... at 2" and "4 and"
    cells = cells_of_text(tmp_path / "bakery.md", _BAKERY)
    assert not any(act.startswith(("4", "6")) for _role, act in cells), cells
    assert any(role == "Saucier" and act.startswith("Weigh each crate") for role, act in cells), \
        cells


def test_a_roles_heading_over_its_holders_name_alone_makes_them_hold_it(
        tmp_path: Path) -> None:
    # a list of terms and descriptions: "Shop Manager" over "Oskar Lindqvist", later
    # "Oskar calls the customer back"; "Priya and Noor (rota)" name the counter's staff,
    # no duty of theirs
    page = ("<html><body><h1>Returns</h1><h2>Who's who</h2><dl>"
            "<dt>Shop Manager</dt><dd>Oskar Lindqvist</dd>"
            "<dt>Counter Staff</dt><dd>Priya and Noor (rota)</dd>"
            "</dl><h2>Faulty goods</h2>"
            "<p>Counter staff take the item back and log the fault. If the customer is "
            "unhappy, they pass it to Oskar. Oskar calls the customer back and offers a "
            "refund.</p></body></html>")
    cells = cells_of_text(tmp_path / "returns.html", page)
    assert cells[("Shop Manager", "Call the customer back")] == "A/R", cells
    assert not any(act.startswith("Priya") for _role, act in cells), cells


def test_a_bracket_left_open_at_a_pages_end_carries_the_row_on() -> None:
    # "Gate check (wind over" ends page 1, "30 mph)" opens page 2 under it, with "Lead"
    # under "Harbour": one row, its task and its checker whole
    page1 = ["Duties in winter",
             "Task                         Doer              Checked           Told",
             "Hull check                   Yard hands        Harbour           Owners",
             "                                               Master",
             "Gate check (wind over        Yard hands        Harbour           Owners"]
    page2 = ["30 mph)                                        Master",
             "Crane test                   Crane Driver                        Harbour Master",
             "Contacts"]
    gaps1, gaps2 = [False, True, True, False, True], [False, True, True]
    lines1 = [_Line(text, 1, n, gap)
              for n, (text, gap) in enumerate(zip(page1, gaps1, strict=True), start=1)]
    lines2 = [_Line(text, 2, n, gap)
              for n, (text, gap) in enumerate(zip(page2, gaps2, strict=True), start=1)]
    out, _ = _rebuilt([lines1, lines2])
    assert "| Gate check (wind over 30 mph) | Yard hands | Harbour Master | Owners |" in out, \
        out


def test_a_pages_fields_each_on_its_own_line_stay_apart() -> None:
    # "Applies to: ..." runs to the margin, "Document owner: ..." under it is a field of
    # its own, not the end of the first
    lines = ["Marina Procedures",
             "Applies to: yard staff, the office team and berth holders with a winter "
             "storage contract",
             "Document owner: Yard Manager",
             "The Yard Manager reviews this procedure every year and sends it to the "
             "General Manager."]
    page = [_Line(text, 1, n, False) for n, text in enumerate(lines, start=1)]
    out, _ = _rebuilt([page])
    assert "Document owner: Yard Manager" in out, out


def test_a_thing_under_accepted_by_is_named_as_written(tmp_path: Path) -> None:
    # "Brake fluid" under "Accepted by", beside "Checked by": the row is the thing brought
    # in, not "Accept the brake fluid"
    page = ("# Depot\n\n## What we take\n\n"
            "| Item | Accepted by | Checked by | Informed |\n|---|---|---|---|\n"
            "| Brake fluid | Yard Operative | Yard Supervisor | |\n"
            "| Car tyres | Yard Operative | Yard Supervisor | Data Officer |\n")
    cells = cells_of_text(tmp_path / "depot.md", page)
    assert cells[("Yard Operative", "Brake fluid")] == "R", cells
    assert cells[("Yard Supervisor", "Brake fluid")] == "A", cells
    assert cells[("Data Officer", "Car tyres")] == "I", cells


def test_a_singular_verb_after_a_plural_relative_clause_is_the_subjects(
        tmp_path: Path) -> None:
    # "advises supervisors on items that are not on the list and reviews the checklist
    # with the Depot Supervisor": "reviews" cannot go with "items that are", so it is the
    # Safety Manager's second duty, the Depot Supervisor consulted on it
    page = ("# Depot\n\n## Roles\n\n"
            "The Safety Manager advises supervisors on items that are not on the list and "
            "reviews the safety checklist every month with the Depot Supervisor.\n")
    cells = cells_of_text(tmp_path / "depot.md", page)
    reviewed = next(act for role, act in cells if act.startswith("Review the safety"))
    assert cells[("Safety Manager", reviewed)] == "A/R", cells
    assert cells[("Depot Supervisor", reviewed)] == "C", cells
    assert not any(role == "Depot Supervisor" and act.startswith("Advise")
                   for role, act in cells), cells


def test_a_clause_after_a_semicolon_whose_subject_is_a_role_is_read(tmp_path: Path) -> None:
    # "Oil drums go in the store; the operative logs the count": the first clause's
    # subject is no role ("Oil drums", though "oil" is a verb too), the second's is
    page = ("# Depot\n\n## Roles\n\n"
            "The Yard Supervisor opens the gate. The Yard Operatives greet the drivers.\n\n"
            "## Steps\n\n"
            "The operative asks each driver for a delivery note.\n\n"
            "Oil drums go in the store; the operative logs the count on the store sheet.\n")
    cells = cells_of_text(tmp_path / "depot.md", page)
    assert cells[("Yard Operative", "Log the count on the store sheet")] == "A/R", cells


def test_a_passives_doer_works_with_a_party_though_how_often_comes_first(
        tmp_path: Path) -> None:
    # "is checked every week by the Yard Supervisor with the Data Officer": the Data
    # Officer is consulted, as without "every week" (how often, and with whom, are in the
    # duty's name)
    page = ("# Depot\n\n## Steps\n\n"
            "The tyre log is checked every week by the Yard Supervisor with the Data "
            "Officer.\n")
    cells = cells_of_text(tmp_path / "depot.md", page)
    checked = "Check the tyre log every week with the Data Officer"
    assert cells[("Yard Supervisor", checked)] == "A/R", cells
    assert cells[("Data Officer", checked)] == "C", cells


_RECEPTION = """\
# Reception

## Roles

- **Duty Manager** – runs the shift.
- **Caretaker** – looks after the building.
- **Receptionist** – answers the phone.

## On the day

- The Duty Manager goes through the fire checklist with the Caretaker.
- The Receptionist gets the visitor form signed.
- The Receptionist keeps the Duty Manager informed of any lost key or broken lock the \
visitors report.
- The Receptionist confirms each booking by email, sends the guest the parking map and \
asks for the car's registration.
"""


def test_going_through_a_thing_and_getting_it_signed_are_duties(tmp_path: Path) -> None:
    # "goes through the checklist with X", "gets the form signed": "go" and "get" say
    # no work alone, with these words they do
    cells = cells_of_text(tmp_path / "reception.md", _RECEPTION)
    assert cells[("Duty Manager", "Go through the fire checklist with the Caretaker")] == \
        "A/R", cells
    assert cells[("Caretaker", "Go through the fire checklist with the Caretaker")] == "C", \
        cells
    assert cells[("Receptionist", "Get the visitor form signed")] == "A/R", cells


def test_what_a_party_is_kept_informed_of_stays_in_the_name(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "reception.md", _RECEPTION)
    kept = "Keep the Duty Manager informed of any lost key or broken lock the visitors report"
    assert cells[("Receptionist", kept)] == "A/R", cells
    assert cells[("Duty Manager", kept)] == "I", cells


def test_how_a_thing_is_sent_stays_in_the_name(tmp_path: Path) -> None:
    # "by email" is how, no passive's doer: the name keeps it (a doer still goes)
    cells = cells_of_text(tmp_path / "reception.md", _RECEPTION)
    assert cells[("Receptionist", "Confirm each booking by email")] == "A/R", cells
    assert activity_name("confirm the table by email") == "Confirm the table by email"
    assert activity_name("pay the deposit by bank transfer") == \
        "Pay the deposit by bank transfer"
    assert activity_name("approve the refund by Friday") == "Approve the refund by Friday"


_BOATYARD = """\
Boatyard procedure

The Yard Foreman plans the crane schedule with the Yard Manager. The Crane Driver checks the
crane.

On the day

    1. Position the straps – crane driver, guided by the strap marks and the lift sheet. The
       foreman checks the strap positions before any boat is lifted.
    2. Hull check – the Yard Foreman looks for damage with the owner present and
       notes it on the lift sheet.
"""


def test_a_steps_doer_after_a_dash_before_further_sentences(tmp_path: Path) -> None:
    # "Position the straps – crane driver, guided by ...": the step's first sentence
    # names its doer, the sentence after it is read on its own
    cells = cells_of_text(tmp_path / "boatyard.txt", _BOATYARD)
    assert cells[("Crane Driver", "Position the straps")] == "A/R", cells
    assert cells[("Yard Foreman", "Check the strap positions")] == "A/R", cells


def test_looking_for_a_thing_is_a_duty_and_it_is_what_a_pronoun_stands_for(
        tmp_path: Path) -> None:
    # "looks for damage ... and notes it": looking for damage is the duty, and "it" is
    # the damage
    cells = cells_of_text(tmp_path / "boatyard.txt", _BOATYARD)
    looked = next(act for role, act in cells if act.startswith("Look for damage"))
    assert cells[("Yard Foreman", looked)] == "A/R", cells
    assert cells[("Yard Foreman", "Note damage on the lift sheet")] == "A/R", cells


def test_a_pronoun_subject_of_two_predicates_gives_two_duties(tmp_path: Path) -> None:
    # "He advises ... and reviews ...": "he" stands for the role of the sentence before,
    # the subject of both predicates
    page = ("# Depot\n\n## Safety Manager\n\n"
            "The Safety Manager visits each depot. He advises supervisors on parts that are "
            "out of stock and reviews the safety checklist every month with the Depot "
            "Supervisor.\n\n"
            "## Depot Supervisor\n\nThe Depot Supervisor opens the depot.\n")
    cells = cells_of_text(tmp_path / "depot.md", page)
    reviewed = "Review the safety checklist every month with the Depot Supervisor"
    assert cells[("Safety Manager", reviewed)] == "A/R", cells
    assert cells[("Depot Supervisor", reviewed)] == "C", cells
    assert not any(role == "Depot Supervisor" and act.startswith("Advise")
                   for role, act in cells), cells


def test_the_one_talked_to_is_consulted(tmp_path: Path) -> None:
    # "talks to the Studio Manager before starting": the one talked to is asked (C)
    page = ("# Studio\n\n## Roles\n\n- **Studio Manager** – runs the studio.\n"
            "- **Artist** – draws the designs.\n\n## On the day\n\n"
            "The Artist talks to the Studio Manager before starting a cover-up.\n")
    cells = cells_of_text(tmp_path / "studio.md", page)
    talked = "Talk to the Studio Manager before starting a cover-up"
    assert cells[("Artist", talked)] == "A/R", cells
    assert cells[("Studio Manager", talked)] == "C", cells


def test_a_clause_in_brackets_with_a_role_of_its_own_is_read(tmp_path: Path) -> None:
    # "Judges decide any protests (the Race Officer keeps them informed of every
    # penalty)": the bracket holds a sentence of its own, "them" the judges
    page = ("# Regatta\n\n## Race day roles\n\n"
            "- Race Officer: starts each race, sets the course\n"
            "- Judges decide any protests (the Race Officer keeps them informed of every "
            "penalty)\n"
            "- The Bosun launches the rescue boat (the Harbour Master checks the engine "
            "first).\n")
    cells = cells_of_text(tmp_path / "regatta.md", page)
    kept = "Keep the Judges informed of every penalty"
    assert cells[("Race Officer", kept)] == "A/R", cells
    assert cells[("Judge", kept)] == "I", cells
    assert cells[("Judge", "Decide any protests")] == "A/R", cells
    assert cells[("Harbour Master", "Check the engine")] == "A/R", cells


def test_a_steps_title_before_a_dash_and_a_role_acting_without_an_article(
        tmp_path: Path) -> None:
    # "Chock and stand – yard hands set the cradle ...": a title of several words, then a
    # clause whose subject is a role written without "the"
    page = ("Boatyard procedure\n\n"
            "The Yard Foreman plans the crane schedule. The Yard Hands sweep the slipway.\n\n"
            "On the day\n\n"
            "    1. Chock and stand – yard hands set the cradle or stands; the foreman signs\n"
            "       off the lift sheet when the boat is secure.\n")
    cells = cells_of_text(tmp_path / "boatyard.txt", page)
    assert cells[("Yard Hand", "Set the cradle or stands")] == "A/R", cells


def test_a_recipients_title_in_capitals_after_of_stays_whole() -> None:
    # "to the Master of the Rolls": the title goes on after "of" in capitals, where "to
    # the Treasurer of the club" names the Treasurer
    assert activity_name("sends the entry list to the Master of the Revels") == \
        "Send the entry list to the Master of the Revels"
    assert activity_name("hands the form to the Treasurer of the club") == \
        "Hand the form to the Treasurer"
