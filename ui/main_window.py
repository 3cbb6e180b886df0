"""The main window: puts the matrix, the person view, workload, findings and start page together.

The window composes; the work lives elsewhere: commands in ``ui.actions``
(menus, toolbar, enabled state and F1 help from one table), file workflows in
``ui.file_workflows``, server projects in ``ui.shared_workflows``, structure edits in
``ui.structure``, findings in ``ui.findings_panel``, the history in ``ui.history_panel``
and the grid in ``ui.matrix``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QTabWidget, QWidget

from raci.checks import IncrementalChecker
from raci.errors import RaciError
from raci.lock import ProjectLock
from raci.operations import Operation
from raci.project_files import claim
from raci.service import ProjectService
from raci.state import ProjectState
from raci.templates import TemplateLibrary
from ui.actions import build_actions, build_menus, update_enabled
from ui.commands import push_operation, retarget
from ui.dialogs import show_error
from ui.drops import FileDrops
from ui.empty_hint import EmptyHint, findings_hint, matrix_hint, person_hint
from ui.file_workflows import FileWorkflows
from ui.findings_panel import FindingsPanel
from ui.help_dialog import ShortcutsDialog
from ui.history_panel import HistoryPanel
from ui.matrix import MatrixModel, MatrixView, PersonMatrixModel, PersonView
from ui.palette import icon, themed_icon
from ui.read_only_banner import ReadOnlyBanner
from ui.screen import fit_to_screen
from ui.shared_workflows import SharedWorkflows
from ui.start_page import StartPage
from ui.structure import StructureEdits
from ui.tasks import cancel_jobs
from ui.workload import WorkloadView

APP_TITLE = "RACI Planner"
TAB_TIPS = ("Activities by roles: select cells and type letters",
            "The matrix by person: each holds the letters of the roles they fill (read-only)",
            "How many activities each role and person owns, does, or is consulted or "
            "informed on")
FINDINGS_WIDTH = 300  # the findings dock's first width: under 30% of a 1024-pixel window


class MainWindow(QMainWindow):
    """One window per open project."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.service: ProjectService | None = None
        self.model: MatrixModel | None = None
        self.person_model: PersonMatrixModel | None = None
        self.stack: QUndoStack = QUndoStack(self)
        self.library = TemplateLibrary.default()
        self.files: FileWorkflows = FileWorkflows(self)
        self.structure: StructureEdits = StructureEdits(self)
        self.setWindowIcon(icon("raci-planner"))
        self.setWindowTitle(APP_TITLE)
        self.drops = FileDrops(self)  # files dropped from a file manager are opened

        self.view: MatrixView = MatrixView(self)
        self.structure.connect_view(self.view)
        self.view.letterRefused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.person_view = PersonView(self)
        self.person_view.editRefused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.workload = WorkloadView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Views of the project")
        # Mnemonics distinct from the menus' (Alt+M opens the Matrix menu).
        self.tabs.addTab(self.view, themed_icon(self.view, "template"), "Mat&rix")
        self.tabs.addTab(self.person_view, themed_icon(self.person_view, "team"), "By &person")
        self.tabs.addTab(self.workload, themed_icon(self.workload, "workload"), "&Workload")
        for i, tip in enumerate(TAB_TIPS):
            self.tabs.setTabToolTip(i, tip)
        self.tabs.currentChanged.connect(lambda _i: self.workload.ensure_drawn()
                                         if self.tabs.currentWidget() is self.workload else None)
        self.start_page = StartPage(self)
        self.start_page.recentChosen.connect(self.files.open_recent)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self.findings: FindingsPanel = FindingsPanel(self)
        self.findings_dock, self.findings_model = self.findings, self.findings.model
        self.findings_view, self.fix_button = self.findings.view, self.findings.fix_button
        self.counts = self.findings.counts
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings)
        self.history: HistoryPanel = HistoryPanel(self)
        self.banner = ReadOnlyBanner(self, lambda: self.files.take_over())
        self.shared: SharedWorkflows = SharedWorkflows(self)
        self.lock: ProjectLock | None = None
        self.held_by: str | None = None
        self.hints = [EmptyHint(view, partial(self._hint, text), below)
                      for view, text, below in ((self.view, matrix_hint, True),
                                                (self.person_view, person_hint, True),
                                                (self.findings_view, findings_hint, False))]

        self.commands: dict[str, QAction] = build_actions(self)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        build_menus(self, self.commands, self.recent_menu)
        self.start_page.add_choices(self.files)
        self._restore_geometry()
        self.update_actions()
        self.show_start_page()

    def _hint(self, text: Callable[[ProjectState | None], str]) -> str:
        return text(self.service.state() if self.service is not None else None)

    def show_start_page(self) -> None:
        """Show the start page (no project open)."""
        self.start_page.set_recent(self.files.recent_files())
        self.pages.setCurrentWidget(self.start_page)
        self.history.hide_without_project()
        self.start_page.setFocus()

    # --- window state -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 800)
            self.resizeDocks([self.findings], [FINDINGS_WIDTH], Qt.Orientation.Horizontal)
        window_state = self.settings.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)

    def update_actions(self) -> None:
        """Enable what the open project allows (nothing edits a file that went away)."""
        editable = self.service is not None and self.service.stopped is None
        update_enabled(self.commands, self.service is not None, editable)
        self.findings.update_fix_button()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: remember the window, release the file."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        cancel_jobs(self)  # a draft from documents stops at its next checkpoint
        QThreadPool.globalInstance().waitForDone()  # a running export or import completes
        self.close_project()
        event.accept()

    # --- project lifecycle ------------------------------------------------------------

    def error(self, message: str, title: str = "RACI Planner",
              over: QWidget | None = None) -> None:
        """Show a problem to the user, over the window or the form it is about (a server
        going away is told once, with what to do)."""
        if not self.shared.absorbs(message):
            show_error(over or self, title, message)

    def set_service(self, service: ProjectService,
                    checker: IncrementalChecker | None = None,
                    lock: ProjectLock | None = None, held_by: str | None = None,
                    keep_undo: bool = False) -> None:
        """Show a project (closing the current one); checker: its findings, if already run.

        lock is this window's hold on the file as its one writer; held_by names
        who holds it instead (the project is then shown read-only). With neither,
        the window tries to become the writer itself. keep_undo: service holds the
        same project (File > Save As), so the undo steps go on, applied to it.
        """
        self.close_project(keep_undo)
        if lock is None and held_by is None:
            lock, held_by = claim(service)
        self.lock, self.held_by = lock, held_by
        self.service = service
        if keep_undo:
            retarget(self.stack, service)
        else:
            self.stack.clear()
        self.model = MatrixModel(service, self.stack, self, checker)
        self.model.errorRaised.connect(lambda msg: self.error(msg, "Cannot change the cell"))
        self.model.findingsChanged.connect(self.findings.timer.start)
        self.model.modelReset.connect(self._refresh_views)
        self.view.setModel(self.model)
        # Quick Fix offers the fixes of the row the cursor is on, as well as a chosen finding's
        self.view.selectionModel().currentChanged.connect(
            lambda *_: self.findings.update_fix_button())
        self.view.set_full_role_names(self.commands["full_names"].isChecked())
        self.person_model = PersonMatrixModel(service, self)
        self.person_view.setModel(self.person_model)
        self.pages.setCurrentWidget(self.tabs)
        path = service.path
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowTitle(f"{path.name if path else service.state().name} - {APP_TITLE}")
        if path:
            self.files.remember(path)
        self.findings.refresh()
        self.files.watch.start()
        if held_by is not None:
            self.model.read_only = True
            self.banner.show_holder(held_by)
        self._refresh_views()
        self.update_actions()
        if self.model.rowCount() > 1:
            self.view.setCurrentIndex(self.model.index(1, 0))
        self.view.setFocus()
        self.shared.attach(service)

    def close_project(self, keep_undo: bool = False) -> None:
        """Close the open project (every change is already saved); show the start page.

        keep_undo keeps the undo steps for the same project opened elsewhere next.
        """
        if self.service is None:
            return
        self.files.watch.stop()
        self.shared.detach()
        self.findings.timer.stop()
        if self.lock is not None:
            self.lock.release()
        self.lock = self.held_by = None
        self.banner.hide()
        for model in (self.model, self.person_model):
            if model is not None:
                model.detach()
        if not keep_undo:
            self.stack.clear()
        self.view.setModel(None)
        self.person_view.setModel(None)
        self.service.close()
        self.service = None
        self.model = self.person_model = None
        self.findings.show_findings([], None)
        self.statusBar().clearMessage()  # a note about the closed project no longer applies
        self.setWindowTitle(APP_TITLE)
        self.setWindowFilePath("")
        self.update_actions()
        self._refresh_views()
        self.show_start_page()

    # --- edits ------------------------------------------------------------------------

    def push(self, op: Operation, text: str) -> None:
        """Apply an operation as one undo step (raises RaciError when refused)."""
        assert self.service is not None
        push_operation(self.stack, self.service, op, text, self.undo_refused)

    def undo_refused(self, message: str) -> None:
        """An undo or redo the service refused."""
        self.error(message, "Somebody else changed this")

    def run(self, op: Operation, text: str, title: str = "Cannot make the change",
            over: QWidget | None = None) -> bool:
        """Apply an operation as one undo step; a refusal is shown (over the form it came
        from, if given), and False returned."""
        try:
            self.push(op, text)
        except RaciError as exc:
            self.error(str(exc), title, over)
            return False
        return True

    # --- views ------------------------------------------------------------------------

    def _refresh_views(self) -> None:
        if self.service is not None:  # the chart is drawn only while its tab shows
            self.workload.set_state(self.service.state(),
                                    draw=self.tabs.currentWidget() is self.workload)
        for hint in self.hints:
            hint.watch()

    def focus_matrix(self) -> None:
        """View > Go to Matrix."""
        self.tabs.setCurrentWidget(self.view)
        self.view.setFocus()

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts: a table generated from the action table."""
        ShortcutsDialog(self).exec()


def start_window(args: list[str], settings: QSettings | None = None,
                 sample: bool = False) -> MainWindow:
    """Create the main window; open the requested, sample or last project (or the start page)."""
    window = MainWindow(settings)
    if sample:
        window.files.open_sample()
    elif args:
        window.files.open_recent(args[0])  # a file or a server address
    elif recent := [Path(f) for f in window.files.recent_files() if Path(f).exists()]:
        window.files.open_path(recent[0])
    return window
