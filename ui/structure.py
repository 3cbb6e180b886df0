"""Structure edits: activities, phases and roles (add, rename, delete, move, drag), cell notes.

Every edit is one operation pushed on the window's undo stack; the forms in
:mod:`ui.forms` ask for what a new item needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from raci.operations import (
    AddPhases,
    AddRoles,
    CellValue,
    DeletePhases,
    MovePhase,
    MoveRole,
    NewPhase,
    NewRole,
    RenamePhase,
    SetCells,
)
from ui.dialogs import SettingsDialog, TeamDialog, ask
from ui.forms import ActivityForm, NoteForm, RenameForm, RoleForm, ask_text
from ui.matrix.model import short_name

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.matrix import MatrixView


class StructureEdits:
    """The Matrix menu's edits, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def connect_view(self, view: MatrixView) -> None:
        """Follow the grid's move keys, header drags and double-clicks."""
        view.moveActivityRequested.connect(self.move_activity)
        view.moveRoleRequested.connect(self.move_role)
        view.verticalHeader().setSectionsMovable(True)
        view.verticalHeader().sectionMoved.connect(self._row_dragged)
        view.verticalHeader().sectionDoubleClicked.connect(self._header_double_clicked)
        view.verticalHeader().setToolTip("")
        view.horizontalHeader().setSectionsMovable(True)
        view.horizontalHeader().sectionMoved.connect(self._column_dragged)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _current_activity(self) -> int | None:
        if self.w.model is None:
            return None
        return self.w.model.activity_at(self.w.view.currentIndex().row())

    def _current_phase_id(self) -> int | None:
        if self.w.model is None or self.w.service is None:
            return None
        row = self.w.view.currentIndex().row()
        if not 0 <= row < len(self.w.model.rows):
            return None
        return self.w.model.rows[row].phase_id

    def _rename(self, what: str, old: str) -> str | None:
        form = RenameForm(what, old, self.w)
        return form.value() if form.exec() == QDialog.DialogCode.Accepted else None

    def add_activity(self, name: str | None = None) -> None:
        """Add an activity after the current row, in its phase (a form asks for it)."""
        if self.w.service is None or self.w.model is None:
            return
        phase_id, description = self._current_phase_id(), ""
        if not name:
            phases = [(p.id, p.name) for p in self.w.service.phases()]
            form = ActivityForm(self.w.model.state, phases, phase_id, self.w)
            if form.exec() != QDialog.DialogCode.Accepted:
                return
            values = form.values()
            name, description = values.name, values.description
            if values.phase_id != phase_id:
                phase_id = values.phase_id
        if not name:
            return
        current = self._current_activity()
        acts = [a.id for a in self.w.model.state.activities]
        same_phase = current is not None and current in acts \
            and phase_id == self._current_phase_id()
        index = acts.index(current) + 1 if same_phase and current is not None else None
        op = self.w.service.activity_new(name, phase_id, index, description)
        if self.w.run(op, f"Add activity {name}"):
            added = {a.id for a in self.w.service.state().activities} - set(acts)
            row = self.w.model.row_of_activity(added.pop()) if added else None
            if row is not None:
                self.w.view.setCurrentIndex(self.w.model.index(row, 0))

    def rename_activity(self, name: str | None = None) -> None:
        """Rename the current activity."""
        act = self._current_activity()
        if act is None or self.w.service is None:
            return
        old = self.w.service.state().activity(act).name
        name = name or self._rename("activity", old)
        if name and name != old:
            self.w.run(self.w.service.activity_update(act, name=name), f"Rename {old}")

    def delete_activities(self) -> None:
        """Delete the selected activities (one undo step)."""
        if self.w.service is None or self.w.model is None:
            return
        rows = {i.row() for i in self.w.view.selectionModel().selectedIndexes()}
        rows.add(self.w.view.currentIndex().row())
        ids = [a for a in (self.w.model.activity_at(r) for r in sorted(rows)) if a is not None]
        if ids:
            # one activity is named, as a deleted role or phase is, so Edit > Undo says
            # what it brings back
            one = f"Delete activity {short_name(self.w.model.state.activity(ids[0]).name)}"
            self.w.run(self.w.service.activities_deletion(ids),
                       one if len(ids) == 1 else f"Delete {len(ids)} activities")

    def move_activity(self, step: int) -> None:
        """Move the current activity up or down (across phase boundaries too)."""
        act = self._current_activity()
        if act is None or self.w.service is None or self.w.model is None:
            return
        op = self.w.service.activity_step(act, step)
        if op is not None:
            col = self.w.view.currentIndex().column()
            if self.w.run(op, "Move activity"):
                row = self.w.model.row_of_activity(act)
                if row is not None:
                    self.w.view.setCurrentIndex(self.w.model.index(row, max(col, 0)))

    def _row_dragged(self, _logical: int, old_visual: int, new_visual: int) -> None:
        header = self.w.view.verticalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        if self.w.model is None or self.w.service is None:
            return
        rows = list(self.w.model.rows)
        moved = rows.pop(old_visual)
        if moved.activity_id is None:
            # A phase heading dragged: the phase moves to where its heading lands.
            if moved.phase_id is not None:
                headings = [r for r in rows[:new_visual] if r.activity_id is None]
                self.w.run(MovePhase(moved.phase_id, len(headings)), "Move phase")
            return
        rows.insert(new_visual, moved)
        order = [r.activity_id for r in rows if r.activity_id is not None]
        above = [r for r in rows[:new_visual] if r.activity_id is None]
        # Dropped above every heading: the row joins the first phase shown.
        phase_id = above[-1].phase_id if above else next(
            (r.phase_id for r in rows if r.activity_id is None), None)
        self.w.run(self.w.service.activity_move(moved.activity_id, order.index(moved.activity_id),
                                             phase_id), "Move activity")

    def _header_double_clicked(self, row: int, name: str | None = None) -> None:
        """Double-click a row header to rename its activity or its phase."""
        if self.w.model is None:
            return
        column = max(self.w.view.currentIndex().column(), 0)
        self.w.view.setCurrentIndex(self.w.model.index(row, column))
        if self.w.model.is_phase_row(row):
            self.rename_phase(name)
        else:
            self.rename_activity(name)

    def _column_dragged(self, _logical: int, old_visual: int, new_visual: int) -> None:
        header = self.w.view.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        if self.w.model is None or self.w.service is None:
            return
        role_id = self.w.model.role_at(old_visual)
        if role_id is not None:
            self.w.run(MoveRole(role_id, new_visual), "Move role")

    def add_phase(self, name: str | None = None) -> None:
        """Add a phase (activities move into it with Alt+Up/Down or by dragging)."""
        if self.w.service is None:
            return
        name = name or ask_text(self.w, "Add phase", "Phase name:", ok_text="Add")
        if name:
            if not self.w.run(AddPhases((NewPhase(name),)), f"Add phase {name}"):
                return
            act = self._current_activity()
            phase = self.w.service.find_phase(name)
            if act is not None and phase is not None and ask(
                self.w, "Add phase", f"Move the current activity into '{name}'?"
            ):
                self.w.run(self.w.service.activity_update(act, phase_id=phase.id), "Change phase")
            elif phase is not None and self.w.model is not None:
                # its heading (the phase has no activities yet) becomes the current row, so
                # Add Activity puts the next activity in it
                row = next((i for i, r in enumerate(self.w.model.rows)
                            if r.activity_id is None and r.phase_id == phase.id), None)
                if row is not None:
                    self.w.view.setCurrentIndex(self.w.model.index(row, 0))
                    self.w.view.scrollTo(self.w.model.index(row, 0))

    def rename_phase(self, name: str | None = None) -> None:
        """Rename the phase of the current row."""
        phase_id = self._current_phase_id()
        if phase_id is None or self.w.service is None:
            self.w.statusBar().showMessage("Select a row in a phase first", 4000)
            return
        old = self.w.service.state().phase(phase_id).name
        name = name or self._rename("phase", old)
        if name and name != old:
            self.w.run(RenamePhase(phase_id, name, old), f"Rename phase {old}")

    def delete_phase(self) -> None:
        """Delete the phase of the current row (its activities stay, without a phase)."""
        phase_id = self._current_phase_id()
        if phase_id is not None and self.w.service is not None:
            name = self.w.service.state().phase(phase_id).name
            self.w.run(DeletePhases((phase_id,)), f"Delete phase {name}")

    def move_phase(self, step: int) -> None:
        """Move the current row's phase (and its activities) up or down."""
        phase_id = self._current_phase_id()
        if phase_id is None or self.w.service is None:
            self.w.statusBar().showMessage("Select a row in a phase first", 4000)
            return
        phases = [p.id for p in self.w.service.phases()]
        index = phases.index(phase_id) + step
        if 0 <= index < len(phases):
            self.w.run(MovePhase(phase_id, index), "Move phase")

    def _current_role(self) -> int | None:
        if self.w.model is None:
            return None
        return self.w.model.role_at(self.w.view.currentIndex().column())

    def add_role(self, name: str | None = None) -> bool:
        """Add a role column after the current one."""
        if self.w.service is None:
            return False
        col = self.w.view.currentIndex().column()
        index = col + 1 if col >= 0 else None
        if name:
            return self.w.run(AddRoles((NewRole(name, "", "", index=index),)),
                              f"Add role {name}")
        return RoleForm(self.w.service.state(), self.w).add_with(
            lambda op, text, over: self.w.run(op, text, over=over), index)

    def rename_role(self, name: str | None = None) -> None:
        """Rename the current role."""
        role = self._current_role()
        if role is None or self.w.service is None:
            return
        old = self.w.service.state().role(role).name
        name = name or self._rename("role", old)
        if name and name != old:
            self.w.run(self.w.service.role_update(role, name=name), f"Rename {old}")

    def delete_role(self) -> None:
        """Delete the current role and its cells (undoable)."""
        role = self._current_role()
        if role is not None and self.w.service is not None:
            name = self.w.service.state().role(role).name
            self.w.run(self.w.service.roles_deletion((role,)), f"Delete role {name}")

    def move_role(self, step: int) -> None:
        """Move the current role left or right."""
        role = self._current_role()
        if role is None or self.w.service is None or self.w.model is None:
            return
        col = self.w.view.currentIndex().column() + step
        if 0 <= col < self.w.model.columnCount() and self.w.run(
            MoveRole(role, col), "Move role"
        ):
            self.w.view.setCurrentIndex(self.w.model.index(self.w.view.currentIndex().row(), col))

    def edit_note(self, text: str | None = None) -> bool:
        """Edit the note of the current cell (one undo step)."""
        if self.w.model is None or self.w.service is None:
            return False
        index = self.w.view.currentIndex()
        act, role = self.w.model.activity_at(index.row()), self.w.model.role_at(index.column())
        if act is None or role is None:
            self.w.statusBar().showMessage("Select a cell first", 4000)
            return False
        old = self.w.model.state.notes.get((act, role), "")
        if text is None:
            state = self.w.model.state
            form = NoteForm(state.activity(act).name, state.role(role).name, old, self.w)
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            text = form.value()
        if text.strip() == old:
            return True
        cell = CellValue(self.w.model.state.letters(act, role), text)
        return self.w.run(SetCells({(act, role): cell}), "Edit note")

    def edit_current(self) -> None:
        """Edit > Edit Letters: open the letter picker on the current cell."""
        if self.w.view.currentIndex().isValid():
            self.w.view.edit(self.w.view.currentIndex())

    def team_dialog(self, staffing: tuple[int | None, int | None] | None = None) -> None:
        """Matrix > Team; staffing: open on the Staffing tab at (role id, person id), either
        or both None (a finding's quick fix)."""
        if self.w.service is not None:
            dialog = TeamDialog(self.w.service, self.w.stack, self.w)
            if staffing is not None:
                dialog.show_staffing(*staffing)
            dialog.exec()

    def settings_dialog(self) -> None:
        """Matrix > Project Settings."""
        if self.w.service is None or self.w.model is None:
            return
        before = self.w.service.state().scheme.id
        dialog = SettingsDialog(self.w.service, self.w.stack, self.w)
        dialog.exec()
        after = self.w.service.state().scheme.id
        if after != before:  # the columns' letters change meaning: say so, and how to undo
            self.w.statusBar().showMessage(
                f"Letter scheme changed from {before} to {after} (Edit > Undo changes it "
                "back)", 8000)
        if dialog.jump_to is not None:  # a blocked scheme switch: show the cell in the way
            index = self.w.model.cell_index(*dialog.jump_to)
            self.w.focus_matrix()
            self.w.view.setCurrentIndex(index)
            self.w.view.scrollTo(index)
