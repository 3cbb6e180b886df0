"""The findings dock: the tree of findings, jumping to what they concern, quick fixes.

It also keeps the counts in the status bar (errors, warnings, suggestions; "notes"
are what users write on cells).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from raci.checks import Finding, Severity
from raci.errors import RaciError
from raci.fixes import STAFFING_RULES, changed_rows, owner_cells, quick_fixes
from raci.operations import CellValue
from raci.state import ProjectState
from ui.actions import QUICK_FIX_TEXT
from ui.findings_model import FindingsModel
from ui.findings_view import FindingsView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FINDINGS_DELAY_MS = 120


def has_fix(finding: Finding, state: ProjectState) -> bool:
    """Whether Quick Fix offers something for the finding."""
    return finding.rule in STAFFING_RULES or bool(quick_fixes(finding, state))


def staffing_fix_text(finding: Finding) -> str:
    """The menu's line for a staffing finding: what the Team dialog is opened to change."""
    if finding.person:
        return f"Change the Roles of {finding.person} (Team, Staffing)..."
    return f"Change Who Fills {finding.role} (Team, Staffing)..."


FIX_TIP = ("Fix the selected finding in one step (owner, doer, or letters that do not go "
           "together) (Ctrl+.)")
NO_FIX_TIP = ("Nothing to fix here: choose a finding in the list, or a matrix row marked with "
              "one, that has a fix (two owners, no owner or doer, letters that do not go "
              "together, who fills a role), then Quick Fix (Ctrl+.)")

class FindingsPanel(QDockWidget):
    """A dock with the findings tree and a Quick Fix button."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__("Findings", window)
        self.w = window
        self.setObjectName("findings")
        self.model = FindingsModel(self)
        self.view = FindingsView(self)
        self.view.setModel(self.model)
        self.view.activated.connect(self.activate_finding)
        self.view.clicked.connect(self.activate_finding)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._findings_menu)
        self.fix_button = QPushButton(QUICK_FIX_TEXT, self)
        self.fix_button.setToolTip(FIX_TIP)
        self.fix_button.clicked.connect(self._fix_button_menu)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_fix_button())
        self.model.modelReset.connect(self.update_fix_button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.fix_button)
        self.setWidget(body)
        # The panel follows edits a moment later, so typing never waits for it.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FINDINGS_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.counts = QLabel(window)
        self.counts.setAccessibleName("Findings count")
        window.statusBar().addPermanentWidget(self.counts)
        self._shown: list[Finding] | None = None
        self.update_fix_button()

    def show_findings(self, findings: list[Finding], state: ProjectState | None) -> bool:
        """Show these findings: groups open, causes folded; the title counts them.

        False (and nothing redrawn) when they are the ones already shown.
        """
        if state is not None and findings == self._shown:
            return False
        self._shown = findings if state is not None else None
        self.model.set_findings(findings, state)
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))
        if state is None:
            self.setWindowTitle("Findings")
            self.counts.setText("")
        else:
            self.setWindowTitle(f"Findings ({len(findings)})" if findings else "Findings (none)")
        return True

    def refresh(self) -> None:
        """Show the open project's findings, and count them in the status bar."""
        if self.w.model is None:
            return
        findings = self.w.model.findings()
        if not self.show_findings(findings, self.w.model.state):
            return
        counts = {s: sum(f.severity is s for f in findings) for s in Severity}
        self.counts.setText("   ".join(
            f"{counts[severity]} {word}{'' if counts[severity] == 1 else 's'}"
            for severity, word in
            ((Severity.ERROR, "error"), (Severity.WARNING, "warning"),
             (Severity.INFO, "suggestion"))
        ))

    def focus(self) -> None:
        """View > Go to Findings: show the panel and put the keyboard in it."""
        self.show()
        self.view.setFocus()
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def activate_finding(self, index: QModelIndex) -> None:
        """Select the cell (or row, or column) a finding concerns."""
        finding = self.model.finding(index)
        if finding is None or self.w.model is None:
            return
        self.w.tabs.setCurrentWidget(self.w.view)
        model = self.w.model
        if finding.activity_id is not None:
            row = model.row_of_activity(finding.activity_id)
            if row is None:
                return
            col = 0
            if finding.role_id is not None:
                target = model.cell_index(finding.activity_id, finding.role_id)
                col = target.column() if target.isValid() else 0
            self.w.view.setCurrentIndex(model.index(row, col))
            self.w.view.scrollTo(model.index(row, col))
        elif finding.role_id is not None:
            col = next(i for i, r in enumerate(model.state.roles) if r.id == finding.role_id)
            self.w.view.selectColumn(col)
        self.w.view.setFocus()

    def update_fix_button(self) -> None:
        """Quick Fix is enabled on a chosen finding that has a fix, or, with none chosen,
        when the matrix's current row has one (the row marked in the matrix is fixed from
        the matrix, without finding it in the list first)."""
        able = self._fix_index().isValid()
        self.fix_button.setEnabled(able)
        # greyed out, it says what would make it work (a first-time user saw a warning and
        # a Quick Fix that did nothing, with no word why)
        self.fix_button.setToolTip(FIX_TIP if able else NO_FIX_TIP)

    def _fix_index(self, row_only: bool = False) -> QModelIndex:
        """The finding Quick Fix works on: the chosen one, or the current row's first with a
        fix (only that with row_only); invalid when there is none."""
        if self.w.service is None:
            return QModelIndex()
        state = self.w.service.state()
        chosen = QModelIndex() if row_only else self.view.currentIndex()
        finding = self.model.finding(chosen)
        if finding is not None:
            return chosen if has_fix(finding, state) else QModelIndex()
        model, current = self.w.model, self.w.view.currentIndex()
        if model is None or not current.isValid() or self.w.tabs.currentWidget() is not self.w.view:
            return QModelIndex()
        act = model.activity_at(current.row())
        if act is None:
            return QModelIndex()
        for index in self.model.activity_indexes(act):
            found = self.model.finding(index)
            if found is not None and has_fix(found, state):
                return index
        return QModelIndex()

    def _fix_menu(self, index: QModelIndex) -> QMenu | None:
        finding = self.model.finding(index)
        if finding is None or self.w.service is None:
            return None
        service = self.w.service
        state = service.state()
        # an owner losing its A goes back to what it held before, if the history says
        earlier = service.letters_before(owner_cells(finding, state), state.scheme.owner)
        fixes = quick_fixes(finding, state, earlier)
        if not fixes and finding.rule not in STAFFING_RULES:
            return None
        menu = QMenu(self.w)
        if not fixes:  # who fills the role is changed in Team, where it is shown
            action = menu.addAction(staffing_fix_text(finding).replace("&", "&&"))
            action.triggered.connect(lambda _c=False, f=finding: self.w.structure.team_dialog(
                staffing=(f.role_id, f.person_id)))
        for fix in fixes:
            action = menu.addAction(fix.label.replace("&", "&&"))  # a code's & is no key
            action.triggered.connect(
                lambda _c=False, f=fix: self.apply_fix(f.label, f.cells, state))
        # the first fix is highlighted (a staffing finding's one fix too), so Ctrl+. then
        # Enter applies it (Enter did nothing until an arrow key chose one)
        menu.setActiveAction(menu.actions()[0])
        return menu

    def _findings_menu(self, pos: Any) -> None:
        menu = self._fix_menu(self.view.indexAt(pos))
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))

    def _fix_button_menu(self) -> None:
        menu = self._fix_menu(self._fix_index())
        if menu is None:
            self.w.statusBar().showMessage("Select an owner finding (no A, several A's, no R) "
                                           "to fix it; a role nobody fills is staffed in "
                                           "Team (Ctrl+T)", 5000)
            return
        menu.exec(self.fix_button.mapToGlobal(self.fix_button.rect().bottomLeft()))

    def fix_current_row(self) -> None:
        """Quick Fix in the matrix's context menu (and the Edit menu): the fixes of the
        current row's finding, under its cell; a flagged row offered none where it was
        right-clicked, only in the panel. Its key (Ctrl+.) in the findings list works on
        the finding chosen there, as the panel's button does."""
        if self.view.hasFocus():
            self._fix_button_menu()
            return
        view = self.w.view
        menu = self._fix_menu(self._fix_index(row_only=True))
        if menu is None:
            self.w.statusBar().showMessage("No quick fix for this row: fixes are offered for "
                                           "owner and doer findings and letters that do not "
                                           "go together", 5000)
            return
        rect = view.visualRect(view.currentIndex())
        menu.exec(view.viewport().mapToGlobal(rect.bottomLeft()))

    def apply_fix(self, label: str, cells: dict[Any, Any],
                  seen: ProjectState | None = None) -> None:
        """Apply a quick fix as one undo step. seen: the project the fix was worked out
        on (its menu stays open while others' edits arrive): a fix for a row that has
        changed since is refused, never applied over the change."""
        service = self.w.service
        if service is None:
            return
        expect = None
        if seen is not None:
            now = service.state()
            moved = changed_rows(cells, seen, now)
            if moved:
                name = seen.activity(moved[0]).name
                self.w.error(f"'{name}' was changed since the fix was offered; the fix was not "
                             "applied: choose Quick Fix again for the row as it is now",
                             "Cannot apply the fix")
                return
            expect = {cell: CellValue(seen.letters(*cell), seen.note(*cell)) for cell in cells}
        try:
            self.w.push(service.cells_operation(cells, expect=expect), label)
        except RaciError as exc:
            self.w.error(str(exc), "Cannot apply the fix")
            return
        # the finding is gone from the list: show what changed, and how to take it back
        model = self.w.model
        changed = [model.cell_index(act, role) for act, role in cells] if model else []
        changed = [index for index in changed if index.isValid()]
        if changed:
            self.w.view.setCurrentIndex(changed[0])
            self.w.view.scrollTo(changed[0])
        self.w.statusBar().showMessage(f"{label}: done (Ctrl+Z undoes it)", 8000)
