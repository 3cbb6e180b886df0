"""Shapes of the thirty-seventh set, studied (first half): a post named with the body or
level it serves before its title ("County Director of Education"). Every text here is
written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from raci.derive.extract import activity_name
from tests.helpers import cells_of_text


def test_a_body_before_a_head_of_title_is_part_of_the_post(tmp_path: Path) -> None:
    # "the County Director of Education": one post, never a "County Director" with the
    # field it heads left off
    assert actor_name("County Director of Education") == "County Director of Education"
    page = ("Admissions appeals\n\n"
            "The County Director of Education signs every appeal decision and sends a copy "
            "to the Appeals Clerk.\n")
    cells = cells_of_text(tmp_path / "appeals.txt", page)
    roles = {r for r, _ in cells}
    assert "County Director of Education" in roles, roles
    assert "County Director" not in roles, roles


def test_a_passive_doer_then_by_when_keeps_the_deadline(tmp_path: Path) -> None:
    # "is answered by the Desk Officer within three working days": by when the doer does
    # it is part of the duty, as it is after an active verb; where it is done may come
    # first ("on the portal within 72 hours of the match")
    page = ("Complaints\n\n"
            "Every complaint is answered by the Desk Officer within three working days.\n\n"
            "Each injury is logged by the Team Medic on the portal within 72 hours of the "
            "match.\n\n"
            "Every refund is approved by the Office Manager within two working days, and "
            "the Cashier pays it.\n")
    cells = cells_of_text(tmp_path / "complaints.txt", page)
    assert ("Desk Officer", "Answer every complaint within three working days") in cells, cells
    assert ("Team Medic", "Log each injury on the portal within 72 hours of the match") \
        in cells, cells
    # (a comma after the time, and a clause of its own after it)
    assert ("Office Manager", "Approve every refund within two working days") in cells, cells


def test_within_the_first_weeks_is_a_deadline() -> None:
    # "within the first month of opening": a period counted from a start, kept with the
    # duty as "within two weeks of opening" is
    assert activity_name("visits every new tenant within the first month of the "
                         "tenancy") == "Visit every new tenant within the first month of " \
        "the tenancy"
    assert activity_name("calls each new starter within the first two weeks") == \
        "Call each new starter within the first two weeks"


def test_an_order_before_to_is_no_action_item(tmp_path: Path) -> None:
    # "Charge nurses: free up porters to move beds": the label's role frees the porters;
    # "free up porters" is no party of its own told what it is "to" do
    page = ("Winter pressures\n\n"
            "- Charge nurses: free up porters to move beds; update the bed list\n"
            "- Bed Manager: chair the 10am huddle\n")
    cells = cells_of_text(tmp_path / "winter.md", page)
    roles = {r for r, _ in cells}
    assert roles == {"Charge Nurse", "Bed Manager"}, cells


def test_a_table_of_the_pages_own_details_gives_no_rows(tmp_path: Path) -> None:
    # "Owner | Site Secretary" over "Version | ..." and "Next review | ...": the page's
    # details down the first column, no role called "Version" and no duty "2.0"
    page = ("# Allotment rules\n\n"
            "| Owner | Site Secretary |\n| --- | --- |\n"
            "| Version | 2.0, approved by the Committee, May 2026 |\n"
            "| Next review | May 2027 |\n\n"
            "## Plots\n\n"
            "The Site Secretary lets vacant plots in March. The Treasurer collects the "
            "rents.\n")
    cells = cells_of_text(tmp_path / "allotments.md", page)
    roles = {r for r, _ in cells}
    assert roles == {"Site Secretary", "Treasurer"}, cells


def test_a_two_column_table_headed_by_a_date_and_the_work_keeps_its_rows(
        tmp_path: Path) -> None:
    # "Date | Task" over "Review date | The Licensing Manager reviews ...": its first cells
    # are fields of a page's details, but its head names its columns, the work in the
    # second: a table of work, no page's details
    page = ("# Licensing\n\n"
            "| Date | Task |\n| --- | --- |\n"
            "| Date of issue | The Licensing Officer sends the licence |\n"
            "| Review date | The Licensing Manager reviews the register |\n")
    cells = cells_of_text(tmp_path / "licensing.md", page)
    assert any(r == "Licensing Manager" and a.startswith("Review the register")
               for r, a in cells), cells


def test_a_dash_doer_then_when_in_a_list(tmp_path: Path) -> None:
    # "Footfall figures – Data team, every Monday": a field of work, its owner after the
    # dash and when it falls due after a comma; a step so written keeps its time
    page = ("Reporting\n\n"
            "- Footfall figures – Data team, every Monday\n"
            "- Send the VAT return – Treasurer, by 7 May\n")
    cells = cells_of_text(tmp_path / "reporting.md", page)
    assert ("Data Team", "Footfall figures") in cells, cells
    assert ("Treasurer", "Send the VAT return by 7 May") in cells, cells


def test_a_list_of_things_looked_for_is_one_duty(tmp_path: Path) -> None:
    # "checks each load for damp, mould and split boards before ...": what is looked for,
    # a list of nouns whose last has words before it, no second duty "Mould and split
    # boards ..."
    page = ("Timber yard\n\n"
            "The Yard Supervisor checks each load for damp, mould and split boards before "
            "the driver leaves.\n")
    cells = cells_of_text(tmp_path / "yard.txt", page)
    assert len(cells) == 1, cells
    assert not any(a.lower().startswith("mould") for _, a in cells), cells


def test_a_party_told_in_the_passive_then_acting(tmp_path: Path) -> None:
    # "The Site Manager is told by the Duty Officer of ..., and writes up ...": the one
    # told writes it up, not the one who tells
    page = ("Incidents\n\n"
            "The Site Manager is told by the Duty Officer of any fire alarm, and writes up "
            "the incident report.\n")
    cells = cells_of_text(tmp_path / "incidents.txt", page)
    assert cells.get(("Site Manager", "Write up the incident report")) == "A/R", cells
    assert ("Duty Officer", "Write up the incident report") not in cells, cells


def test_a_verb_then_a_list_of_nouns_is_one_duty(tmp_path: Path) -> None:
    # "orders paint, brushes and dust sheets": one verb over three things, whose second
    # word may be a verb elsewhere ("brushes"); "sorts and bags the towels" is no such list
    page = ("Decorating crew\n\n"
            "The Site Foreman orders paint, brushes and dust sheets.\n")
    cells = cells_of_text(tmp_path / "crew.txt", page)
    assert set(cells) == {("Site Foreman", "Order paint, brushes and dust sheets")}, cells


def test_a_list_of_nouns_before_a_sign_off_is_one_duty(tmp_path: Path) -> None:
    # "Orders paint, brushes and dust sheets; orders over £200 are approved by the
    # Treasurer": one duty over three things, signed off by the Treasurer; "brushes and
    # dust sheets" is no second duty
    page = ("# Paint shop\n\n## Site Foreman\n\n"
            "- Orders paint, brushes and dust sheets; orders over £200 are approved by the "
            "Treasurer.\n"
            "- Books the scaffold.\n")
    cells = cells_of_text(tmp_path / "paint.md", page)
    assert cells.get(("Site Foreman", "Order paint, brushes and dust sheets")) == "R", cells
    assert cells.get(("Treasurer", "Order paint, brushes and dust sheets")) == "A", cells
    assert not any(a.lower().startswith("brushes") for _, a in cells), cells


def test_a_first_name_from_a_current_holder_column(tmp_path: Path) -> None:
    # "Role | Current holder" over "Practice Manager | Joanna Blake": later "Joanna ..."
    # is the Practice Manager, in a sentence of her own and as a passive's doer
    page = ("# Recalls\n\n## Who is who\n\n"
            "| Role | Current holder |\n| --- | --- |\n"
            "| Practice Manager | Joanna Blake |\n"
            "| Recall Clerk | Tom Hardy |\n\n"
            "## Recalls\n\n"
            "Joanna reviews the recall list weekly with the Recall Clerk. Overdue recalls "
            "are passed to the dentist by Joanna.\n")
    cells = cells_of_text(tmp_path / "recalls.md", page)
    assert cells.get(("Practice Manager", "Review the recall list weekly with the Recall "
                      "Clerk")) == "A/R", cells
    assert cells.get(("Recall Clerk", "Review the recall list weekly with the Recall "
                      "Clerk")) == "C", cells


def test_a_list_of_actions_not_parted_where_and_joins_whom_an_action_names(
        tmp_path: Path) -> None:
    # "write to the Council and the Parish to agree the dates": whom the Secretary writes
    # to, and to what end; "ask the Secretary and Treasurer to meet the auditor": whom the
    # Chair asks. No action of the Parish or the Treasurer
    page = ("# Committee actions\n\n"
            "The Secretary to renew the licence, and the Chair to sign the form.\n"
            "The Secretary to write to the Council and the Parish to agree the dates.\n"
            "The Chair to ask the Secretary and Treasurer to meet the auditor.\n")
    cells = cells_of_text(tmp_path / "actions.md", page)
    assert ("Chair", "Sign the form") in cells, cells
    assert not any(a.startswith(("Agree the dates", "Meet the auditor")) for _, a in cells), \
        cells


def test_a_passive_with_a_hyphenated_adjective_is_no_duty(tmp_path: Path) -> None:
    # "is well-known by the Agent": an adjective, no participle; "is ID-checked by" is one
    page = ("# Lettings\n\n"
            "Every tenant is ID-checked by the Letting Agent before the first viewing.\n"
            "Every tenant is well-known by the Letting Agent.\n"
            "The hall is much-loved by the Chair.\n")
    cells = cells_of_text(tmp_path / "lettings.md", page)
    assert any(a.startswith("ID-check every tenant") for _, a in cells), cells
    assert not any(a.startswith(("Well-know", "Much-love")) for _, a in cells), cells
