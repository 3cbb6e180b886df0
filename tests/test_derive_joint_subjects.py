"""Two roles as one subject joined by "or", and a role's last word standing for it there."""

from pathlib import Path

from raci.derive.actors import singular
from raci.derive.draft import derive


def _cells(tmp_path: Path, text: str) -> dict[tuple[str, str], str]:
    path = tmp_path / "rota.md"
    path.write_text(text, encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    return {(names[c], a.name): letters for a in template.activities
            for c, letters in a.letters.items()}


def test_two_roles_joined_by_or_each_share_the_duty(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Lane swimming\n\n"
                   "The lifeguard or steward closes the lane after a fault. "
                   "The receptionist or duty manager logs the fault.\n")
    roles = {role for role, _act in cells}
    assert roles == {"Lifeguard", "Steward", "Receptionist", "Duty Manager"}, cells
    assert sorted(letters for (role, act), letters in cells.items()
                  if "lane" in act.lower()) == ["A/R", "R"], cells


def test_a_stand_in_after_or_is_a_role_of_its_own(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Exam papers\n\n"
                   "The Head of Science or Deputy opens the sealed papers.\n")
    assert {role for role, _act in cells} == {"Head of Science", "Deputy"}, cells


def test_a_name_holding_or_inside_a_word_is_one_role(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Press floor\n\nThe operator checks the guard rails.\n")
    assert {role for role, _act in cells} == {"Operator"}, cells


def test_a_last_word_opening_a_sentence_stands_for_the_longer_role(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Hedges\n\nThe Parish Verger keeps the list of hedges. "
                   "The verger and the hedge contractor inspect the hedges each autumn. "
                   "The verger reports any gaps.\n")
    roles = {role for role, _act in cells}
    assert "Verger" not in roles, cells
    assert any(role == "Parish Verger" and "inspect" in act.lower()
               for role, act in cells), cells


def test_three_roles_listed_with_or_each_share_the_duty(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Kiln room\n\nThe technician, the tutor or the curator "
                   "unloads the kiln after firing.\n")
    assert sorted(letters for (role, _act), letters in cells.items()
                  if role in ("Technician", "Tutor", "Curator")) == ["A/R", "R", "R"], cells


def test_two_roles_after_an_opening_phrase_without_a_comma_share_the_duty(
        tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Regatta\n\n"
                   "The Race Officer sets the course. "
                   "After the last race the Boat Keeper and the Bosun lock the boathouse. "
                   "Before the start, the Harbour Master and the Safety Boat Driver "
                   "check the buoys.\n")
    assert cells.get(("Boat Keeper", "Lock the boathouse")) == "A/R", cells
    assert cells.get(("Bosun", "Lock the boathouse")) == "R", cells
    assert cells.get(("Harbour Master", "Check the buoys")) == "A/R", cells
    assert cells.get(("Safety Boat Driver", "Check the buoys")) == "R", cells


def test_one_role_after_an_opening_phrase_without_a_comma_is_a_role(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Regatta\n\n"
                   "The Race Officer sets the course. "
                   "At the prize giving the Purser hands out the medals.\n")
    assert cells.get(("Purser", "Hand out the medals")) == "A/R", cells


def test_plurals_ending_in_es_after_a_hiss_are_roles_in_the_singular(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Science department\n\n"
                   "The Head of Physics plans the Physics programme. "
                   "The Coaches run the Saturday sessions. "
                   "Two Witnesses sign each certificate.\n")
    roles = {role for role, _act in cells}
    assert {"Coach", "Witness", "Head of Physics"} <= roles, cells
    assert not roles & {"Coache", "Witnesse", "Head of Physic"}, cells


def test_the_singular_keeps_an_e_the_word_has_and_leaves_ics_alone() -> None:
    assert [singular(w) for w in ("Coaches", "Witnesses", "Boxes", "Caches", "Niches",
                                  "Physics", "Mechanics", "Committees")] == [
        "Coach", "Witness", "Box", "Cache", "Niche", "Physics", "Mechanic", "Committee"]
