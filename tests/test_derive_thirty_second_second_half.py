"""Shapes of the thirty-second set, studied (second half): a data file's duty whose "every"
or "each" picks out what the duty is done to ("every entry", "each claim") rather than how
often it is done; a post named by what it keeps ("Clerk of Works"); meeting or calling a
party under a role's heading; a second verb with only its deadline ("and reply within ten
days"); an order to approve followed by a second order; a data file's duty that keeps its deadline;
"let ... know" named as written; a holder whose surname has a second capital. Every text
here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from tests.helpers import cells_of_text

_CLUB_ROLES = """\
# Roles of the Riverside Camera Club, 2027
club: Riverside Camera Club

roles:
  - role: Competition Secretary
    duties:
      - Sign off every entry before it is hung in the hall
      - Check that each print has its title on the back
      - Send the results to the judges every month
    inform:
      - Chair
"""


def test_every_before_a_thing_is_kept_in_a_data_file_duty(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "club.yaml", _CLUB_ROLES)
    # "every entry", "each print": what the duty is done to, kept whole
    assert cells[("Competition Secretary",
                  "Sign off every entry before it is hung in the hall")] == "A/R"
    assert cells[("Competition Secretary",
                  "Check that each print has its title on the back")] == "A/R"
    assert cells[("Chair", "Sign off every entry before it is hung in the hall")] == "I"
    # "every month": how often, still left out of the name
    assert cells[("Competition Secretary", "Send the results to the judges")] == "A/R"


_SITE_PROCEDURE = """\
# Site inspection procedure

## Roles

### Clerk of Works

Walk the site every morning and note any defect in the site diary.

Pass the signed inspection sheets to the Project Architect.

### Project Architect

Approve each variation before work starts.
"""


def test_a_post_named_by_what_it_keeps_heads_its_duties(tmp_path: Path) -> None:
    assert actor_name("Clerk of Works") == "Clerk of Works"
    assert actor_name("Registrar of Deeds") == "Registrar of Deeds"
    # a figure of speech ("the Keeper of the Schedule") and a topic are no post
    assert actor_name("Keeper of the Schedule") is None
    assert actor_name("Scope of Work") is None
    cells = cells_of_text(tmp_path / "site.md", _SITE_PROCEDURE)
    assert cells[("Clerk of Works",
                  "Pass the signed inspection sheets to the Project Architect")] == "A/R"
    assert cells[("Project Architect",
                  "Pass the signed inspection sheets to the Project Architect")] == "I"


_USHER_PAGE = """\
# Evening performance procedure

## Roles

### Front of House Manager

Open the house thirty minutes before curtain up.

Meet the touring company manager at the stage door and check the cast list.

Contact the duty technician if the safety curtain fails its check.

### Usher

See the seating plan on the noticeboard.
"""


def test_meeting_or_calling_a_party_under_a_role_heading_is_the_role_s_duty(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "evening.md", _USHER_PAGE)
    assert cells[("Front of House Manager",
                  "Meet the touring company manager at the stage door")] == "A/R"
    assert cells[("Front of House Manager", "Check the cast list")] == "A/R"
    assert any(role == "Front of House Manager" and act.startswith("Contact the duty")
               for role, act in cells)
    # advice to the reader ("See the seating plan") stays no duty
    assert not any(act.startswith("See the seating") for _role, act in cells)


def test_a_second_verb_with_only_its_deadline_is_a_duty_of_its_own(tmp_path: Path) -> None:
    text = """\
# Members' services

## Roles

### Membership Secretary

Log every renewal form in the register.

Hear each appeal from a member and respond within five working days.
"""
    cells = cells_of_text(tmp_path / "members.md", text)
    assert cells[("Membership Secretary", "Hear each appeal from a member")] == "A/R"
    assert cells[("Membership Secretary", "Respond within five working days")] == "A/R"


def test_an_order_to_approve_then_a_second_order_gives_two_rows(tmp_path: Path) -> None:
    text = """\
# Kitchen procedures

## Roles

### Stores Manager

Count the dry stores every Friday.

Approve the stock order each month and agree any substitutions with the Head Chef.
"""
    cells = cells_of_text(tmp_path / "kitchen.md", text)
    assert cells[("Stores Manager", "Agree any substitutions with the Head Chef")] == "A/R"
    assert cells[("Head Chef", "Agree any substitutions with the Head Chef")] == "C"
    approved = [act for role, act in cells if "tock order" in act]
    assert approved and all("substitution" not in act for act in approved)
    # the party worked with on the second order is no party of the approval
    assert ("Head Chef", approved[0]) not in cells


_SHOP_ROLES = """\
# Roles of the Hillside community shop
shop: Hillside Community Shop

roles:
  - role: Stock Volunteer
    duties:
      - Send the order sheet to the wholesaler by Tuesday 5pm
      - Return short-dated stock within two days of delivery
      - Check the fridge temperatures every morning
    inform:
      - Shop Manager
"""


def test_a_data_file_duty_keeps_its_deadline_and_leaves_out_how_often(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "shop.yaml", _SHOP_ROLES)
    assert cells[("Stock Volunteer",
                  "Send the order sheet to the wholesaler by Tuesday 5pm")] == "A/R"
    assert cells[("Stock Volunteer",
                  "Return short-dated stock within two days of delivery")] == "A/R"
    assert cells[("Shop Manager", "Return short-dated stock within two days of delivery")] == "I"
    # how often stays out of the name
    assert cells[("Stock Volunteer", "Check the fridge temperatures")] == "A/R"


def test_let_someone_know_is_named_in_the_sentence_s_own_words(tmp_path: Path) -> None:
    text = """\
# Allotment rules

The Plot Secretary lets the Treasurer know by Friday.

The Plot Secretary checks the water troughs and lets the Site Warden know.
"""
    cells = cells_of_text(tmp_path / "plots.md", text)
    assert cells[("Plot Secretary", "Let the Treasurer know by Friday")] == "A/R"
    assert cells[("Treasurer", "Let the Treasurer know by Friday")] == "I"
    assert cells[("Plot Secretary", "Let the Site Warden know")] == "A/R"
    assert cells[("Site Warden", "Let the Site Warden know")] == "I"
    assert not any(act.startswith("Tell ") for _role, act in cells)


def test_a_holder_whose_surname_has_a_second_capital_is_an_alias(tmp_path: Path) -> None:
    text = """\
# Harbour note

## Who's who

| Role | Name |
|---|---|
| Harbour Master | Ewan McTaggart |
| Berthing Officer | Jane Hollis |

## Mornings

Ewan checks the moorings every morning. He must let the Berthing Officer know by 8:00.
"""
    cells = cells_of_text(tmp_path / "harbour.md", text)
    assert any(role == "Harbour Master" and act.startswith("Check the moorings")
               for role, act in cells)
    assert cells[("Harbour Master", "Let the Berthing Officer know by 8:00")] == "A/R"
    assert cells[("Berthing Officer", "Let the Berthing Officer know by 8:00")] == "I"
