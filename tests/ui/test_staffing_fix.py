"""Findings cured by who fills which role (a shared owner role, a role nobody fills, a person
in no role) have a quick fix too: it opens Team on the Staffing tab at that role."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from raci.operations import AddRoles, NewRole
from tests.ui.conftest import record_fix_menus
from ui.dialogs import TeamDialog
from ui.main_window import MainWindow


def finding_index(window: MainWindow, rule: str) -> QModelIndex:
    model = window.findings_model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            found = model.finding(index)
            if found is not None and found.rule == rule:
                return index
    raise AssertionError(rule)


def rules(window: MainWindow) -> set[str]:
    model = window.findings_model
    found = (model.finding(model.index(r, 0, model.index(g, 0)))
             for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0))))
    return {f.rule for f in found if f is not None}


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """The Team dialogs opened: their tab, and the role and person the keyboard is on."""
    seen: list[tuple[Any, ...]] = []

    def record(dialog: TeamDialog) -> int:
        current = dialog.staffing_view.currentIndex()
        state = dialog.service.state()
        seen.append((dialog.tabs.currentWidget() is dialog.staffing_view,
                     state.roles[current.column()].name, state.people[current.row()].name))
        return 0

    monkeypatch.setattr(TeamDialog, "exec", record)
    return seen


def test_a_shared_owner_role_is_fixed_in_team_staffing(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        opened: list[tuple[Any, ...]]) -> None:
    """The sample's one finding (two people fill the owning role) had no quick fix: the
    button stayed greyed and the key said fixes are for other findings."""
    window = main_window
    assert window.service is not None
    shared = finding_index(window, "shared-accountable")
    finding = window.findings_model.finding(shared)
    assert finding is not None
    window.findings_view.setCurrentIndex(shared)
    assert window.fix_button.isEnabled()
    menus = record_fix_menus(window, monkeypatch)
    window.findings._fix_button_menu()
    assert menus == [[f"Change Who Fills {finding.role} (Team, Staffing)..."]]
    role = next(r for r in window.service.state().roles if r.name == finding.role)
    first_in_role = next(p.name for p in window.service.state().people if role.id in p.roles)
    assert opened == [(True, finding.role, first_in_role)]


def test_a_role_nobody_fills_is_fixed_in_team_staffing(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        opened: list[tuple[Any, ...]]) -> None:
    window = main_window
    assert window.service is not None and window.model is not None
    window.push(AddRoles((NewRole("Release Captain", "RC"),)), "Add role")
    act = window.service.state().activities[0].id
    role = next(r for r in window.service.state().roles if r.code == "RC")
    window.service.set_cell(act, role.id, "R")
    qtbot.waitUntil(lambda: "unstaffed-role" in rules(window))
    window.findings_view.setCurrentIndex(finding_index(window, "unstaffed-role"))
    menus = record_fix_menus(window, monkeypatch)
    window.findings._fix_button_menu()
    assert menus == [["Change Who Fills Release Captain (Team, Staffing)..."]]
    assert opened[0][:2] == (True, "Release Captain")


def test_a_person_in_no_role_is_fixed_in_team_staffing(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        opened: list[tuple[Any, ...]]) -> None:
    from raci.operations import AddPeople, NewPerson

    window = main_window
    window.push(AddPeople((NewPerson("Ines Duarte"),)), "Add person")
    qtbot.waitUntil(lambda: "idle-person" in rules(window))
    window.findings_view.setCurrentIndex(finding_index(window, "idle-person"))
    menus = record_fix_menus(window, monkeypatch)
    window.findings._fix_button_menu()
    assert menus == [["Change the Roles of Ines Duarte (Team, Staffing)..."]]
    assert opened[0][0] and opened[0][2] == "Ines Duarte"


def test_the_staffing_fix_is_highlighted_too_so_enter_takes_it(
        qtbot: Any, main_window: MainWindow) -> None:
    """Ctrl+. highlighted the first quick fix of an owner finding only: a staffing finding's
    one fix (open Team) was not, and Enter did nothing until an arrow key chose it."""
    window = main_window
    menu = window.findings._fix_menu(finding_index(window, "shared-accountable"))
    assert menu is not None
    assert menu.activeAction() is menu.actions()[0]
