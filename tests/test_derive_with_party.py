"""A duty's name keeps whom it is done with: "with" and a party named by an article or a
title stay in the name ("Agree the opening hours with the Parish Clerk"); a lone first name,
help given ("with the help of") and "together with" (a second doer) stay out of it."""
from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import derived_cells

KIOSK = (
    "Kiosk duties\n\n"
    "The Kiosk Supervisor agrees the opening hours with the Parish Clerk.\n"
    "The Kiosk Supervisor counts the float with a second volunteer.\n"
    "The Kiosk Supervisor plans the summer menu with the Parish Council.\n"
    "The Kiosk Supervisor checks the till roll every Friday with the Treasurer.\n"
    "The Kiosk Supervisor shares the price list with Tomasz.\n"
    "The Kiosk Supervisor restocks the fridge with the help of the Youth Leader.\n"
    "The Kiosk Supervisor repaints the shutters together with the Caretaker.\n"
)


def _cells(tmp_path: Path, text: str) -> dict[tuple[str, str], str]:
    path = tmp_path / "kiosk.txt"
    path.write_text(text, encoding="utf-8")
    return derived_cells(derive([path]))


def test_a_party_named_by_a_title_stays_in_the_name_and_is_consulted(tmp_path: Path) -> None:
    cells = _cells(tmp_path, KIOSK)
    name = "Agree the opening hours with the Parish Clerk"
    assert cells[("Kiosk Supervisor", name)] == "A/R"
    assert cells[("Parish Clerk", name)] == "C"
    assert ("Kiosk Supervisor", "Agree the opening hours") not in cells
    menu = "Plan the summer menu with the Parish Council"
    assert cells[("Kiosk Supervisor", menu)] == "A/R"
    assert cells[("Parish Council", menu)] == "C"


def test_the_party_follows_how_often_the_duty_is_done(tmp_path: Path) -> None:
    cells = _cells(tmp_path, KIOSK)
    name = "Check the till roll every Friday with the Treasurer"
    assert cells[("Kiosk Supervisor", name)] == "A/R"
    assert cells[("Treasurer", name)] == "C"


def test_a_party_named_by_an_article_stays_in_the_name(tmp_path: Path) -> None:
    cells = _cells(tmp_path, KIOSK)
    assert cells[("Kiosk Supervisor", "Count the float with a second volunteer")] == "A/R"


def test_a_lone_first_name_help_given_and_a_second_doer_stay_out(tmp_path: Path) -> None:
    cells = _cells(tmp_path, KIOSK)
    acts = {act for _, act in cells}
    assert "Share the price list" in acts
    assert cells[("Kiosk Supervisor", "Restock the fridge")] == "A/R"
    assert cells[("Youth Leader", "Restock the fridge")] == "C"
    assert cells[("Kiosk Supervisor", "Repaint the shutters")] == "A/R"
    assert not any("with" in act.split() for act in acts
                   if act.startswith(("Share", "Restock", "Repaint")))
