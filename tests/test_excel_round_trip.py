"""Our own export read back: the project that comes back is the project that went out.

Small random projects (with and without phases, rows and roles without letters,
person-like role names, brackets in role names and codes, names that look like
numbering, formulas or letters,
notes, descriptions, where activities came from, staffing, check limits,
extended schemes) are exported,
imported and compared field by field.
"""

from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from raci.excel.export import export_xlsx
from raci.excel.importer import import_workbook, read_workbook
from raci.schemes import SCHEMES
from raci.service import ProjectService
from raci.state import ProjectState
from raci.templates import Evidence, Provenance
from tests.long_runs import examples

SCHEME_IDS = ["RACI", "RASCI", "RACI-VS", "CAIRO", "DACI", "RACI+D", "RASCI+Q", "DACI+XZ"]
TRICKY = ["Mary Jones", "Keisha", "Smith, Ann", "Lead (Ops)", "1. Scope", "TBD", "2019 budget",
          "Phase 3: sign-off", "=SUM(A1)", "-draft", "123", "A/R", "R", "Check", "ID",
          "Total", "Responsible", "Notes", "review the budget", "Legend", "R = Responsible",
          "Mary Jones (Lead)", "Ops (EU", "Quality (QA", "Client (Society Head)", ", Ann", "Bo,",
          "PM", "Dba"]
TRICKY_CODES = ["QA (EU)", "EU)", "O (X)", "(Y", "X) (Z", "A (B (C))", "MJ", "Lead", "PM", "DBA",
                "CHECK", "Notes"]
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.-&'/"


def _name(rng: random.Random) -> str:
    """A name: one of the tricky ones, or random characters (spacing collapsed)."""
    if rng.random() < 0.4:
        return rng.choice(TRICKY)
    text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 14)))
    return " ".join(text.split()) or "x"


def _text(rng: random.Random) -> str:
    """A description or note, empty half of the time, several lines sometimes."""
    if rng.random() < 0.5:
        return ""
    return "".join(rng.choice("abcdefghij klmnop,.;:()-\n") for _ in range(
        rng.randint(1, 40))).strip() or "note"


def _unique(names: list[str]) -> list[str]:
    """Names not seen before (ignoring case), in order."""
    out: dict[str, str] = {}
    for name in names:
        out.setdefault(name.casefold(), name)
    return list(out.values())


def _provenance(rng: random.Random) -> str:
    """Where an activity came from: nothing, typed text, or a derivation's record."""
    kind = rng.random()
    if kind < 0.6:
        return ""
    if kind < 0.7:
        return _text(rng) or "typed by hand"
    evidence = tuple(Evidence(rng.choice(["PM", "Dev"]), rng.choice("ARCI"), "charter.docx",
                              f"p. {rng.randint(1, 9)}", _text(rng) or "shall approve")
                     for _ in range(rng.randint(0, 2)))
    return Provenance(rng.choice(["charter.docx", ""]), rng.choice(["2.1 Scope", ""]),
                      _text(rng), evidence,
                      tuple(rng.sample(["check the A", "two owners?"], rng.randint(0, 2))),
                      ).to_text()


def random_project(rng: random.Random) -> dict[str, Any]:
    """A plain description of a small random project."""
    scheme = SCHEMES[rng.choice(SCHEME_IDS)]
    names = _unique([_name(rng) for _ in range(rng.randint(0, 5))])
    codes = _unique([rng.choice(TRICKY_CODES) if rng.random() < 0.3 else
                     "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&-()")
                             for _ in range(rng.randint(1, 5))) for _ in names])
    roles = [(n, c, _text(rng)) for n, c in zip(names, codes, strict=False)]
    phases = _unique([_name(rng) for _ in range(rng.choice([0, 0, 1, 2, 3]))])
    people = [(n, rng.choice(["", "ann@example.org"]), rng.choice(["", "Foreman"]),
               {i for i in range(len(roles)) if rng.random() < 0.4})
              for n in _unique([_name(rng) for _ in range(rng.randint(0, 4))])]
    acts = []
    for _ in range(rng.randint(0, 7)):
        cells = {j: set(rng.sample(scheme.codes, rng.randint(1, 2)))
                 for j in range(len(roles)) if rng.random() < 0.5}
        notes = {j: note for j in range(len(roles)) if rng.random() < 0.15
                 and (note := _text(rng))}
        phase = rng.randrange(len(phases)) if phases and rng.random() < 0.7 else None
        acts.append((_name(rng), phase, _text(rng), cells, notes, _provenance(rng)))
    limits = (rng.randint(0, 30), rng.randint(0, 5), rng.randint(0, 9)) if rng.random() < 0.5 \
        else None
    return {"name": _name(rng), "scheme": scheme.id, "roles": roles, "phases": phases,
            "people": people, "activities": acts, "limits": limits}


def build(path: Path, spec: dict[str, Any]) -> ProjectState:
    """The project a spec describes, written to path; returns its state."""
    service = ProjectService.create(path, spec["name"], spec["scheme"])
    try:
        role_ids = [service.add_role(n, c, d) for n, c, d in spec["roles"]]
        phase_ids = [service.add_phase(p) for p in spec["phases"]]
        for name, email, title, roles in spec["people"]:
            service.add_person(name, email, title, [role_ids[i] for i in sorted(roles)])
        for name, phase, description, cells, notes, *rest in spec["activities"]:
            act = service.add_activity(name, None if phase is None else phase_ids[phase],
                                       description, rest[0] if rest else "")
            if cells:
                service.set_cells({(act, role_ids[j]): "/".join(sorted(v))
                                   for j, v in cells.items()})
            for j, note in notes.items():
                service.set_note(act, role_ids[j], note)
        if spec.get("limits"):
            service.set_thresholds(*spec["limits"])
        return service.state()
    finally:
        service.close()


def snapshot(state: ProjectState) -> dict[str, Any]:
    """Everything an export carries, by name (ids differ between the two projects)."""
    roles = {r.id: r.name for r in state.roles}
    people = {p.id: p.name for p in state.people}
    return {
        "name": state.name,
        "scheme": state.scheme_id,
        "thresholds": state.thresholds,
        "phases": [p.name for p in state.phases],
        "roles": [(r.name, r.code, r.description, [people[p] for p in r.people])
                  for r in state.roles],
        "people": [(p.name, p.email, p.title, [roles[r] for r in p.roles])
                   for p in state.people],
        "activities": [
            (a.name, a.phase, a.description, Provenance.from_text(a.provenance),
             {roles[r]: state.cell_text(a.id, r) for r in roles if state.letters(a.id, r)},
             {roles[r]: state.note(a.id, r) for r in roles if state.note(a.id, r)})
            for a in state.activities],
    }


def round_trip(folder: Path, before: ProjectState) -> ProjectState:
    """Export a state, import the workbook into a new project, return its state."""
    export_xlsx(before, folder / "out.xlsx")
    import_workbook(folder / "out.xlsx", folder / "back.raci")
    back = ProjectService.open(folder / "back.raci")
    try:
        return back.state()
    finally:
        back.close()


@settings(max_examples=examples(60), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1))
def test_any_small_project_comes_back_from_its_export(seed: int) -> None:
    spec = random_project(random.Random(seed))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        before = build(folder / "src.raci", spec)
        assert snapshot(round_trip(folder, before)) == snapshot(before)


def _single(tmp_path: Path, spec: dict[str, Any]) -> tuple[ProjectState, ProjectState]:
    before = build(tmp_path / "src.raci", spec)
    return before, round_trip(tmp_path, before)


def test_project_without_any_letters_comes_back(tmp_path: Path) -> None:
    before, after = _single(tmp_path, {
        "name": "j", "scheme": "RACI", "roles": [("PM", "PM", "")], "phases": [],
        "people": [], "activities": [("Alpha", None, "", {}, {})]})
    assert snapshot(after) == snapshot(before)
    assert [r.name for r in after.roles] == ["PM"]
    assert [a.name for a in after.activities] == ["Alpha"]


def test_phased_row_without_letters_then_unphased_rows_with_letters(tmp_path: Path) -> None:
    before, after = _single(tmp_path, {
        "name": "Mixed", "scheme": "RACI", "roles": [("Lead", "L", ""), ("Crew", "C", "")],
        "phases": ["Build"], "people": [],
        "activities": [("Alpha", 0, "", {}, {}), ("Beta", None, "", {0: {"A"}, 1: {"R"}}, {}),
                       ("Gamma", None, "", {0: {"A", "R"}}, {})]})
    assert snapshot(after) == snapshot(before)
    assert [(a.name, a.phase) for a in after.activities] == [
        ("Alpha", "Build"), ("Beta", ""), ("Gamma", "")]


def test_person_like_roles_and_people_with_commas_stay_as_they_were(tmp_path: Path) -> None:
    before, after = _single(tmp_path, {
        "name": "Staffed", "scheme": "RASCI+Q",
        "roles": [("Mary Jones", "MJ", "Signs off"), ("Keisha", "K", ""),
                  ("Lead (Ops)", "LO", "")],
        "phases": [], "people": [("Smith, Ann", "ann@example.org", "Foreman", {0, 2}),
                                 ("Ann", "", "", {2})],
        "activities": [("Pour", None, "Concrete", {0: {"A", "Q"}}, {1: "ask first"})],
        "limits": (7, 1, 2)})
    assert snapshot(after) == snapshot(before)
    assert [p.name for p in after.people] == ["Smith, Ann", "Ann"]
    assert (after.thresholds.overload, after.thresholds.max_responsible,
            after.thresholds.max_consulted) == (7, 1, 2)


def test_names_starting_or_ending_with_the_list_comma_come_back(tmp_path: Path) -> None:
    before, after = _single(tmp_path, {
        "name": "Commas", "scheme": "RACI", "phases": [],
        "roles": [(", Ops", "O", ""), ("Build,", "B", "")],
        "people": [(", Ann", "", "", {0, 1}), ("Bo,", "", "", {0}), ("Cy", "", "", {1})],
        "activities": [("Plan", None, "", {0: {"A"}, 1: {"R"}}, {})]})
    assert snapshot(after) == snapshot(before)
    assert [p.name for p in after.people] == [", Ann", "Bo,", "Cy"]


def test_empty_project_comes_back_empty(tmp_path: Path) -> None:
    before, after = _single(tmp_path, {"name": "Nothing yet", "scheme": "RACI", "roles": [],
                                       "phases": [], "people": [], "activities": []})
    assert snapshot(after) == snapshot(before)


def _raci_sheet_alone(state: ProjectState, folder: Path) -> Path:
    """The export of a state with every sheet but RACI deleted."""
    export_xlsx(state, folder / "full.xlsx")
    wb = load_workbook(folder / "full.xlsx")
    for name in wb.sheetnames[1:]:
        del wb[name]
    wb.save(folder / "lone.xlsx")
    return folder / "lone.xlsx"


def test_our_sheet_alone_is_recognised_without_the_people_sheet(tmp_path: Path) -> None:
    before = build(tmp_path / "src.raci", {
        "name": "Lone", "scheme": "RACI", "roles": [("Mary Jones", "MJ", ""), ("QA", "QA", "")],
        "phases": ["Start"], "people": [],
        "activities": [("Plan", 0, "", {}, {}), ("Test", None, "", {1: {"R"}}, {})]})
    plan = read_workbook(_raci_sheet_alone(before, tmp_path))
    assert [(r.name, r.code, r.people) for r in plan.roles] == [
        ("Mary Jones", "MJ", []), ("QA", "QA", [])]
    assert [(a.name, a.phase) for a in plan.activities] == [("Plan", "Start"), ("Test", "")]


def test_brackets_in_role_names_and_codes_come_back_as_they_were(tmp_path: Path) -> None:
    roles = [("Lead", "A(B", ""), ("Ops (EU", "X)", ""), ("Dev", "(Y", ""),
             ("QA (test)", "Q)A(", ""), ("Build (x) (y)", "B", ""), ("Odd )", "O(", "")]
    before = build(tmp_path / "src.raci", {
        "name": "Brackets", "scheme": "RACI", "roles": roles, "phases": [], "people": [],
        "activities": [("Plan", None, "", {0: {"A"}, 1: {"R"}}, {})]})
    export_xlsx(before, tmp_path / "b.xlsx")
    plan = read_workbook(tmp_path / "b.xlsx")
    assert [(r.name, r.code) for r in plan.roles] == [(n, c) for n, c, _d in roles]


def test_codes_holding_a_bracket_come_back_from_the_legend(tmp_path: Path) -> None:
    """'Quality (QA (EU))' could be Quality/'QA (EU)' or 'Quality (QA'/'EU)': both come back."""
    roles = [("Quality", "QA (EU)", "Checks builds"), ("Quality (QA", "EU)", ""),
             ("Mary Jones (Lead)", "MJ", ""), ("Ops (EU)", "O (X)", "")]
    before, after = _single(tmp_path, {
        "name": "Codes", "scheme": "RACI", "roles": roles, "phases": [],
        "people": [("Ann Lee", "", "", {0, 1, 2})],
        "activities": [("Plan", None, "", {0: {"A"}, 1: {"R"}, 2: {"C"}}, {})]})
    assert snapshot(after) == snapshot(before)
    assert [(r.name, r.code, r.description) for r in after.roles] == roles
    assert [(p.name, p.title) for p in after.people] == [("Ann Lee", "")]


def test_roles_whose_code_is_their_name_come_back(tmp_path: Path) -> None:
    """'PM' is headed 'PM', not 'PM (PM)', and still comes back with its code."""
    roles = [("PM", "PM", ""), ("Dba", "DBA", "Runs the databases"), ("Tech Lead", "TECHLEAD", ""),
             ("Project Manager", "PM2", ""), ("QA (EU)", "QA(EU)", "")]
    before, after = _single(tmp_path, {
        "name": "Heads", "scheme": "RACI", "roles": roles, "phases": [],
        "people": [("Ann Lee", "", "", {0, 1})],
        "activities": [("Plan", None, "", {0: {"A"}, 1: {"R"}, 4: {"C"}}, {})]})
    assert snapshot(after) == snapshot(before)
    assert [(r.name, r.code, r.description) for r in after.roles] == roles
    heads = [str(c.value).split("\n")[0] for c in load_workbook(tmp_path / "out.xlsx")["RACI"][5]]
    assert heads[3:8] == ["PM", "Dba", "Tech Lead", "Project Manager (PM2)", "QA (EU)"]


def test_roles_named_like_other_headings_with_their_name_as_code_come_back(
        tmp_path: Path) -> None:
    """'Notes' with code NOTES is headed 'Notes', which would end the role columns, and
    'Check' like the Check column: the Legend sheet's roles say they are roles."""
    roles = [("Notes", "NOTES", ""), ("PM", "PM", ""), ("Check", "CHECK", ""),
             ("Status", "Status", "")]
    before, after = _single(tmp_path, {
        "name": "Headings", "scheme": "RACI", "roles": roles, "phases": [], "people": [],
        "activities": [("Plan", None, "", {0: {"A"}, 1: {"R"}, 3: {"I"}}, {})]})
    assert snapshot(after) == snapshot(before)


def test_a_lone_sheet_reads_a_name_alone_as_its_code(tmp_path: Path) -> None:
    """Without the Legend sheet, a heading 'PM' is role PM with code PM."""
    before = build(tmp_path / "src.raci", {
        "name": "Lone", "scheme": "RACI", "phases": [], "people": [],
        "roles": [("PM", "PM", ""), ("Project Manager", "PM2", ""), ("Tester", "TESTER", "")],
        "activities": [("Test", None, "", {0: {"A"}, 1: {"R"}}, {})]})
    plan = read_workbook(_raci_sheet_alone(before, tmp_path))
    assert [(r.name, r.code) for r in plan.roles] == [
        ("PM", "PM"), ("Project Manager", "PM2"), ("Tester", "")]


def test_a_lone_sheet_reads_a_bracketed_code_whole(tmp_path: Path) -> None:
    """Without the Legend sheet, the code is the balanced bracket at the end of the heading."""
    before = build(tmp_path / "src.raci", {
        "name": "Lone", "scheme": "RACI", "phases": [], "people": [],
        "roles": [("Quality", "QA (EU)", ""), ("Mary Jones (Lead)", "MJ", ""),
                  ("Lead", "A(B", "")],
        "activities": [("Test", None, "", {0: {"A"}, 1: {"R"}}, {})]})
    plan = read_workbook(_raci_sheet_alone(before, tmp_path))
    assert [(r.name, r.code) for r in plan.roles] == [
        ("Quality", "QA (EU)"), ("Mary Jones (Lead)", "MJ"), ("Lead", "A(B")]
    assert plan.people_names() == []


def test_a_cell_edited_into_text_is_kept_as_its_note(tmp_path: Path) -> None:
    before = build(tmp_path / "src.raci", {
        "name": "Edited", "scheme": "RACI", "roles": [("Lead", "L", "")], "phases": [],
        "people": [], "activities": [("Plan", None, "", {0: {"A"}}, {})]})
    export_xlsx(before, tmp_path / "e.xlsx")
    wb = load_workbook(tmp_path / "e.xlsx")
    wb["RACI"]["D6"] = "ask Bob"
    wb.save(tmp_path / "e.xlsx")
    plan = read_workbook(tmp_path / "e.xlsx")
    assert plan.activities[0].cells == {}
    assert plan.activities[0].notes == {0: "As written in the workbook: ask Bob"}
    assert [(u.cell, u.text) for u in plan.unread] == [("RACI!D6", "ask Bob")]


def test_an_edited_limit_that_is_not_a_number_keeps_the_default(tmp_path: Path) -> None:
    before = build(tmp_path / "src.raci", {
        "name": "Limits", "scheme": "RACI", "roles": [("Lead", "L", "")], "phases": [],
        "people": [], "activities": [("Plan", None, "", {0: {"A", "R"}}, {})],
        "limits": (5, 1, 1)})
    export_xlsx(before, tmp_path / "l.xlsx")
    wb = load_workbook(tmp_path / "l.xlsx")
    legend = wb["Legend"]
    row = next(r for r in range(1, legend.max_row + 1) if legend.cell(r, 1).value == "Overload")
    legend.cell(row, 2).value = "lots"
    wb.save(tmp_path / "l.xlsx")
    plan = read_workbook(tmp_path / "l.xlsx")
    assert plan.thresholds == {"max_responsible": 1, "max_consulted": 1}
    assert f"sheet 'Legend', cell B{row}: 'lots' is not a limit" in "\n".join(plan.notes)


@pytest.mark.libreoffice
def test_our_export_saved_by_libreoffice_as_ods_comes_back(tmp_path: Path, office: str) -> None:
    before = build(tmp_path / "src.raci", {
        "name": "Office", "scheme": "RASCI",
        "roles": [("Mary Jones", "MJ", "Signs off"), ("Site Lead", "SL", ""), ("Board", "B", "")],
        "phases": ["Base"], "people": [("Ola Nordmann", "ola@example.org", "Foreman", {1})],
        "activities": [("Pour", 0, "Concrete", {0: {"A"}, 1: {"R", "S"}}, {1: "weekends"}),
                       ("Tidy up", None, "", {}, {})],
        "limits": (9, 2, 3)})
    export_xlsx(before, tmp_path / "office.xlsx")
    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), str(tmp_path / "office.xlsx")],
        check=True, capture_output=True, timeout=180)
    import_workbook(tmp_path / "ods" / "office.ods", tmp_path / "back.raci")
    back = ProjectService.open(tmp_path / "back.raci")
    try:
        assert snapshot(back.state()) == snapshot(before)
    finally:
        back.close()


def test_notes_typed_below_our_grid_are_listed_not_imported(tmp_path: Path) -> None:
    before = build(tmp_path / "src.raci", {
        "name": "Noted", "scheme": "RACI", "roles": [("Lead", "L", "")], "phases": [],
        "people": [], "activities": [("Plan", None, "", {0: {"A", "R"}}, {}),
                                     ("Ship", None, "", {0: {"A", "R"}}, {})]})
    export_xlsx(before, tmp_path / "n.xlsx")
    wb = load_workbook(tmp_path / "n.xlsx")
    ws = wb["RACI"]
    ws.insert_rows(7)  # a blank row between the two activities
    ws["C12"] = "Approved by the board"
    ws["H3"] = "draft"
    ws["E5"] = "Comments"  # typed over the Check column
    ws["E6"] = "ask the board first"
    wb.save(tmp_path / "n.xlsx")
    plan = read_workbook(tmp_path / "n.xlsx")
    assert [a.name for a in plan.activities] == ["Plan", "Ship"]
    assert [r.name for r in plan.roles] == ["Lead"]
    assert "C12: a note ('Approved by the board')" in plan.skipped
    assert "H3: a note ('draft')" in plan.skipped
    assert any(s.startswith("E5:E") for s in plan.skipped)


def test_where_derived_activities_came_from_comes_back(tmp_path: Path) -> None:
    derived = Provenance("charter.docx", "2.1 Scope", "the charter names the sponsor",
                         (Evidence("SP", "A", "charter.docx", "p. 3",
                                   "The sponsor approves the scope."),),
                         ("check the A",)).to_text()
    before = build(tmp_path / "src.raci", {
        "name": "Derived", "scheme": "RACI", "roles": [("Sponsor", "SP", "")], "phases": [],
        "people": [], "activities": [("Approve scope", None, "", {0: {"A"}}, {}, derived),
                                     ("Plan", None, "", {}, {}, "")]})
    export_xlsx(before, tmp_path / "d.xlsx")
    sheet = load_workbook(tmp_path / "d.xlsx")["Sources"]
    assert [c.value for c in sheet[2]][:5] == [
        1, "Approve scope", "charter.docx", "2.1 Scope", "the charter names the sponsor"]
    after = round_trip(tmp_path, before)
    assert snapshot(after) == snapshot(before)
    assert Provenance.from_text(after.activities[0].provenance).evidence[0].location == "p. 3"
    plain = build(tmp_path / "plain.raci", {
        "name": "Plain", "scheme": "RACI", "roles": [], "phases": [], "people": [],
        "activities": [("Plan", None, "", {}, {})]})
    export_xlsx(plain, tmp_path / "plain.xlsx")
    assert "Sources" not in load_workbook(tmp_path / "plain.xlsx").sheetnames
