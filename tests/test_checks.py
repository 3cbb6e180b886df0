"""Every rule, with its edge cases, as a pure function over project state."""

from __future__ import annotations

from raci.checks import Severity, check_errors, check_project, names_clash, summary
from raci.state import Thresholds
from tests.helpers import make_state, rules


def test_clean_matrix_has_no_errors() -> None:
    state = make_state(["PM", "ENG"], {"Vision": {"PM": "A", "ENG": "R"}})
    assert rules(check_project(state)) == []


def test_missing_accountable() -> None:
    state = make_state(["PM", "ENG"], {"Vision": {"PM": "R", "ENG": "C"}})
    found = check_project(state)
    assert rules(found) == ["missing-accountable"]
    assert found[0].severity is Severity.ERROR
    assert "Vision" in found[0].message


def test_multiple_accountable_names_the_roles() -> None:
    state = make_state(["PM", "ENG"], {"Vision": {"PM": "A/R", "ENG": "A"}})
    found = [f for f in check_project(state) if f.rule == "multiple-accountable"]
    assert len(found) == 1
    assert "PM" in found[0].message and "ENG" in found[0].message


def test_missing_responsible_and_a_r_cell_counts_as_both() -> None:
    assert rules(check_project(make_state(["PM"], {"X": {"PM": "A"}}))) == ["missing-responsible"]
    assert rules(check_project(make_state(["PM"], {"X": {"PM": "A/R"}}))) == []


def test_empty_row_reports_both_owner_and_doer_missing() -> None:
    state = make_state(["PM", "ENG"], {"X": {}, "Y": {"PM": "A", "ENG": "R"}})
    assert rules(check_project(state), "X") == ["missing-accountable", "missing-responsible"]


def test_empty_project_has_no_findings() -> None:
    assert check_project(make_state([], {})) == []


def test_staffing_rules_only_once_the_project_has_people() -> None:
    rows = {"X": {"PM": "A", "ENG": "R"}}
    assert rules(check_project(make_state(["PM", "ENG"], rows))) == []
    state = make_state(["PM", "ENG"], rows, people={"Ann": ["ENG"]})
    assert rules(check_project(state)) == ["unstaffed-role"]
    state = make_state(["PM", "ENG"], rows, people={"Ann": ["PM"]})
    assert rules(check_project(state)) == ["unstaffed-role"]


def test_a_role_nobody_fills_is_one_warning_however_many_rows_it_holds() -> None:
    rows = {f"Task {i}": {"PO": "A", "DEV": "R", "QA": "C"} for i in range(12)}
    rows["Task 0"]["PO"] = "A/R"
    state = make_state(["PO", "DEV", "QA"], rows, people={"Ann": ["DEV"]})
    found = check_project(state)
    assert rules(found) == ["unstaffed-role"]  # QA only consults: not a gap
    assert found[0].severity is Severity.WARNING
    assert found[0].activity_id is None and found[0].role == "Role PO"
    assert "holds A on 11 activities and A/R on 1 activity but nobody fills it" in \
        found[0].message


def test_a_role_nobody_fills_counts_each_activity_once() -> None:
    rows = {"Plan": {"PO": "A/R"}, "Build": {"PO": "R", "DEV": "A"},
            "Test": {"PO": "R", "DEV": "A"}, "Ship": {"PO": "A", "DEV": "R"}}
    found = check_project(make_state(["PO", "DEV"], rows, people={"Ann": ["DEV"]}))
    assert found[0].message.startswith(
        "Role PO (PO) holds R on 2 activities, A on 1 activity and A/R on 1 activity but "
        "nobody fills it")
    found = check_project(make_state(["PO", "DEV"], {"Plan": {"PO": "A/R", "DEV": "C"}},
                                     people={"Ann": ["DEV"]}))
    assert "holds A/R on 1 activity but nobody fills it" in found[0].message


def test_shared_accountable_when_two_people_fill_the_owner_role() -> None:
    state = make_state(
        ["PM", "ENG"], {"X": {"PM": "A", "ENG": "R"}},
        people={"Ann": ["PM"], "Bo": ["PM"], "Cy": ["ENG"]},
    )
    found = [f for f in check_project(state) if f.rule == "shared-accountable"]
    assert len(found) == 1
    assert found[0].severity is Severity.WARNING
    assert "Ann" in found[0].message and "Bo" in found[0].message
    assert "give one of them a role of their own" in found[0].message  # what to do


def test_too_many_responsible_and_consulted_follow_thresholds() -> None:
    roles = ["A1", "B", "C1", "D", "E", "F"]
    rows = {"X": {"A1": "A/R", "B": "R", "C1": "R", "D": "R", "E": "C", "F": "C"}}
    assert "too-many-responsible" in rules(check_project(make_state(roles, rows)))
    rows = {"X": {"A1": "A/R", "B": "C", "C1": "C", "D": "C", "E": "C", "F": "C"}}
    found = check_project(make_state(roles, rows))
    assert "too-many-consulted" in rules(found)
    assert next(f for f in found if f.rule == "too-many-consulted").severity is Severity.INFO
    relaxed = Thresholds(max_consulted=5)
    relaxed_state = make_state(roles, rows, thresholds=relaxed)
    assert "too-many-consulted" not in rules(check_project(relaxed_state))


def test_a_limit_of_none_counts_one_role_in_the_singular() -> None:
    rows = {"X": {"PM": "A/R", "QA": "C"}}
    found = check_project(make_state(["PM", "QA"], rows, thresholds=Thresholds(
        max_responsible=0, max_consulted=0)))
    messages = {f.rule: f.message for f in found}
    assert "has 1 Responsible role, more than 0" in messages["too-many-responsible"]
    assert "consults 1 role, more than 0" in messages["too-many-consulted"]


def test_overloaded_role_and_person() -> None:
    rows = {f"Task {i}": {"PM": "A/R"} for i in range(4)}
    limits = Thresholds(overload=3)
    state = make_state(["PM", "QA"], {**rows, "Test": {"QA": "A/R"}}, people={"Ann": ["PM"]},
                       thresholds=limits)
    over = [f for f in check_project(state) if f.rule == "overloaded"]
    assert {(f.role, f.person) for f in over} == {("Role PM", ""), ("", "Ann")}
    # each says what to do, a person's as well as a role's
    assert all(": share the load" in f.message for f in over)
    limits = Thresholds(overload=4)
    state = make_state(["PM"], rows, thresholds=limits)
    assert "overloaded" not in rules(check_project(state))


def test_person_overload_counts_activities_across_roles_once() -> None:
    rows = {"A": {"X": "A", "Y": "R"}, "B": {"X": "A", "Y": "R"}}
    state = make_state(["X", "Y"], rows, people={"Ann": ["X", "Y"]}, thresholds=Thresholds(2))
    assert "overloaded" not in rules(check_project(state))


def test_idle_role_and_idle_person() -> None:
    state = make_state(
        ["PM", "ENG", "QA"], {"X": {"PM": "A", "ENG": "R"}},
        people={"Ann": ["PM"], "Bo": [], "Cy": ["QA"], "Di": ["ENG"]},
    )
    found = check_project(state)
    idle_roles = {f.role for f in found if f.rule == "idle-role"}
    idle_people = {f.person for f in found if f.rule == "idle-person"}
    assert idle_roles == {"Role QA"}
    assert idle_people == {"Bo", "Cy"}


def test_duplicate_names_exact_after_normalising_and_near() -> None:
    state = make_state(
        ["PM", "ENG"],
        {
            "Release plan": {"PM": "A", "ENG": "R"},
            "release-plan ": {"PM": "A", "ENG": "R"},
            "Sprint 1": {"PM": "A", "ENG": "R"},
            "Sprint 2": {"PM": "A", "ENG": "R"},
        },
        people={"Jon Smith": ["PM"], "John Smith": ["ENG"]},
    )
    dups = [f for f in check_project(state) if f.rule == "duplicate-name"]
    assert {(f.activity, f.person) for f in dups} == {("release-plan ", ""), ("", "John Smith")}


def test_names_clash_examples() -> None:
    assert names_clash("Jon Smith", "John Smith")
    assert names_clash("QA  Lead", "qa lead.")
    assert not names_clash("Product Manager", "Product Owner")
    assert not names_clash("Technical Product Manager", "Technical Program Manager")
    assert not names_clash("Phase 1 review", "Phase 2 review")


def test_other_schemes_use_their_owner_and_doer() -> None:
    daci = make_state(["P", "Q"], {"X": {"P": "A", "Q": "D"}}, scheme="DACI")
    assert rules(check_project(daci)) == []
    daci = make_state(["P", "Q"], {"X": {"P": "A", "Q": "C"}}, scheme="DACI")
    found = check_project(daci)
    assert rules(found) == ["missing-responsible"]
    assert "(D)" in found[0].message and "Driver" in found[0].message
    rasci = make_state(["P", "Q"], {"X": {"P": "A/R", "Q": "S"}}, scheme="RASCI")
    assert rules(check_project(rasci)) == []


def test_summary_counts_and_order() -> None:
    state = make_state(["PM", "QA"], {"X": {"PM": "R"}})
    found = check_project(state)
    assert [f.severity for f in found] == sorted(
        (f.severity for f in found), key=["error", "warning", "info"].index
    )
    assert summary(found) == {"error": 1, "warning": 0, "info": 1}


def test_check_errors_are_the_errors_of_a_full_pass() -> None:
    state = make_state(["PM", "ENG", "Eng"], {"Vision": {"PM": "R"}, "vision": {"PM": "A/R"},
                                              "Plan": {"PM": "A", "ENG": "A"}})
    full = check_project(state)
    assert any(f.rule == "duplicate-name" for f in full)
    errors = check_errors(state)
    assert errors and errors == [f for f in full if f.severity is Severity.ERROR]
