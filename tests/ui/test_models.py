"""Every Qt model passes the model tester; the matrix model reports exact cell changes."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from raci.checks import check_project
from raci.service import ProjectService
from ui.findings_model import FindingsModel
from ui.matrix import MatrixModel, PersonMatrixModel
from ui.team_models import PeopleModel, RolesModel, StaffingModel


def test_matrix_model_passes_modeltester(qtmodeltester: Any, staffed: ProjectService) -> None:
    model = MatrixModel(staffed, QUndoStack())
    qtmodeltester.check(model)
    # phase headings interleave the activities
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "Strategy", "Product vision", "Build", "Technical oversight", "Release plan"
    ]
    assert model.index(1, 0).data() == "A/R"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "PM\nAL"
    assert "Ann Lee" in model.headerData(0, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.ToolTipRole)
    model.detach()


def test_other_models_pass_modeltester(qtmodeltester: Any, staffed: ProjectService) -> None:
    stack = QUndoStack()
    for model in (PersonMatrixModel(staffed), RolesModel(staffed, stack),
                  PeopleModel(staffed, stack), StaffingModel(staffed, stack)):
        qtmodeltester.check(model)
        model.detach()
    findings = FindingsModel()
    state = staffed.state()
    staffed.set_cell(state.activities[0].id, state.roles[0].id, "R")
    findings.set_findings(check_project(staffed.state()))
    qtmodeltester.check(findings)
    assert findings.rowCount() == 1  # only severities with findings get a group
    errors = findings.index(0, 0)
    assert errors.data().startswith("Errors (1)")
    assert "no Accountable" in findings.index(0, 0, errors).data()


def test_edit_emits_data_changed_for_exactly_that_cell(qtbot: Any,
                                                       staffed: ProjectService) -> None:
    stack = QUndoStack()
    model = MatrixModel(staffed, stack)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    index = model.index(3, 2)  # Technical oversight / ENG
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(index, "c")
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), top_left.column()) == (3, 2) == (bottom_right.row(),
                                                             bottom_right.column())
    assert resets == []
    assert index.data() == "C"
    assert stack.count() == 1
    stack.undo()
    assert index.data() == "R"
    stack.redo()
    assert index.data() == "C"
    model.detach()


def test_person_view_inherits_letters_through_staffing(staffed: ProjectService) -> None:
    model = PersonMatrixModel(staffed)
    # Raj fills TPM and ENG; on Technical oversight TPM is A/R and ENG is R
    raj = [p.name for p in staffed.state().people].index("Raj Patel")
    oversight = model.rows.index(next(r for r in model.rows if r.activity_id is not None and
                                      staffed.state().activity(r.activity_id).name
                                      == "Technical oversight"))
    assert model.index(oversight, raj).data() == "A/R"
    assert "via TPM: A/R, ENG: R" in model.index(oversight, raj).data(Qt.ItemDataRole.ToolTipRole)
    model.detach()


def test_person_view_keeps_phase_headings_and_roles_nobody_fills(
    qtmodeltester: Any, staffed: ProjectService
) -> None:
    state = staffed.state()
    qa = staffed.add_role("QA Lead", "QA")
    staffed.set_cell(state.activities[2].id, qa, "C")
    model = PersonMatrixModel(staffed)
    qtmodeltester.check(model)
    headings = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())
                if model.is_phase_row(r)]
    assert headings == ["Strategy", "Build"]
    columns = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert columns == ["Ann Lee", "Raj Patel", "QA\n(nobody)"]
    release = model.rows.index(next(r for r in model.rows
                                     if r.activity_id == state.activities[2].id))
    assert model.index(release, 2).data() == "C"  # the unfilled role's letter is not lost
    staffed.set_cell(state.activities[2].id, qa, "I")
    assert model.index(release, 2).data() == "I"
    model.detach()


def test_staffing_model_toggles_through_undo(staffed: ProjectService) -> None:
    stack = QUndoStack()
    model = StaffingModel(staffed, stack)
    index = model.index(0, 2)  # Ann / ENG
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(0, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    stack.undo()
    assert model.index(0, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.detach()


def test_refused_edit_reports_and_changes_nothing(qtbot: Any, staffed: ProjectService) -> None:
    stack = QUndoStack()
    roles = RolesModel(staffed, stack)
    with qtbot.waitSignal(roles.errorRaised) as blocker:
        assert not roles.setData(roles.index(1, 0), "Product Manager")
    assert "already exists" in blocker.args[0]
    assert stack.count() == 0
    matrix = MatrixModel(staffed, stack)
    with qtbot.waitSignal(matrix.errorRaised) as blocker:
        assert not matrix.setData(matrix.index(1, 0), "Q")
    assert "unknown letter Q" in blocker.args[0]
    roles.detach()
    matrix.detach()


def test_an_activitys_findings_are_found_as_the_tree_lists_them(staffed: ProjectService) -> None:
    # the rows of one activity's findings, upper levels first, are those a walk of the
    # whole tree meets, in its order, and their indexes lead back to them
    state = staffed.state()
    for act in state.activities[:3]:
        staffed.set_cell(act.id, state.roles[0].id, "R")
    findings = FindingsModel()
    findings.set_findings(check_project(staffed.state()), staffed.state())
    walked, pending = [], [findings.index(r, 0) for r in range(findings.rowCount())]
    while pending:
        index = pending.pop(0)
        pending.extend(findings.index(r, 0, index) for r in range(findings.rowCount(index)))
        walked.append(index)
    for act in staffed.state().activities:
        expected = [i for i in walked if (f := findings.finding(i)) is not None
                    and f.activity_id == act.id]
        assert findings.activity_indexes(act.id) == expected
    assert any(findings.activity_indexes(a.id) for a in state.activities[:3])


def test_models_and_their_undo_stack_are_freed_as_soon_as_they_are_dropped(
        staffed: ProjectService) -> None:
    # A model the cycle collector alone can free is freed at a moment Qt does not choose
    # (inside event dispatch, or destroying a stack whose commands went first: a crash).
    # Once detached, a model, its stack and the commands on it go with the last reference.
    gc.collect()
    gc.disable()
    try:
        stack = QUndoStack()
        matrix = MatrixModel(staffed, stack)
        refused: list[str] = []
        matrix.errorRaised.connect(refused.append)
        assert matrix.setData(matrix.index(1, 0), "C")  # a command reporting to the model
        roles = RolesModel(staffed, stack)
        assert roles.setData(roles.index(0, 0), "Product Owner")
        matrix.detach()
        roles.detach()
        gone = [weakref.ref(matrix), weakref.ref(roles), weakref.ref(stack)]
        del matrix, roles, stack
        assert [ref() for ref in gone] == [None, None, None]
    finally:
        gc.enable()


def test_a_refused_undo_still_reaches_the_model_that_pushed_it(
        qtbot: Any, staffed: ProjectService) -> None:
    stack = QUndoStack()
    model = MatrixModel(staffed, stack)
    assert model.setData(model.index(1, 0), "C")
    state = staffed.state()
    vision = state.activities[0].id
    staffed.set_cell(vision, state.roles[0].id, "I")  # changed since, outside the stack
    with qtbot.waitSignal(model.errorRaised) as blocker:
        stack.undo()
    assert blocker.args[0].startswith("Cannot ")
    model.detach()


def test_a_role_whose_code_is_its_name_is_labelled_once(service: ProjectService) -> None:
    # roles imported from abbreviated heads: 'PM', never 'PM (PM)'
    pm = service.add_role("PM", "PM")
    lead = service.add_role("Tech Lead", "TL")
    service.add_person("Ann Lee", "", "", [pm])
    service.add_person("Raj Patel", "", "", [pm])
    acts = [service.add_activity(name) for name in ("Plan", "Build")]
    service.set_cells({(a, pm): "A" for a in acts} | {(a, lead): "R" for a in acts})
    model = MatrixModel(service, QUndoStack())
    tips = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
            for c in range(2)]
    assert ">PM\nFilled by: Ann Lee, Raj Patel<" in tips[0]
    assert ">Tech Lead (TL)\nFilled by: nobody yet<" in tips[1]
    model.detach()
    findings = FindingsModel()
    findings.set_findings(check_project(service.state()), service.state())
    warnings = findings.index(0, 0)
    assert findings.index(0, 0, warnings).data() == (
        "PM is filled by several people, so 2 activities have several owners")
    service.add_role("QA", "QA")
    person = PersonMatrixModel(service)
    tips = [str(person.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
            for c in (2, 3)]  # after Ann and Raj, the roles nobody fills
    assert ">Tech Lead (TL): nobody fills" in tips[0] and ">QA: nobody fills" in tips[1]
    person.detach()


def test_a_cell_tells_a_screen_reader_its_letters_and_its_note(
        qtbot: Any, staffed: ProjectService) -> None:
    """A note shows as a mark in the cell's corner and in its tooltip; a screen reader
    heard only the letters ('PM: Accountable, Responsible'), never that the cell had one."""
    state = staffed.state()
    vision = next(a.id for a in state.activities if a.name == "Product vision")
    pm = next(r.id for r in state.roles if r.code == "PM")
    staffed.set_note(vision, pm, "Until the board meets in May")
    model = MatrixModel(staffed, QUndoStack())
    said = Qt.ItemDataRole.AccessibleTextRole
    assert model.index(1, 0).data(said) == (
        "PM: Accountable, Responsible; note: Until the board meets in May")
    assert model.index(1, 1).data(said) == "TPM: Consulted"  # no note, nothing more
    model.detach()
