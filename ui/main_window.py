"""The main window: the matrix, the person view, workload, findings, menus and files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from raci import __version__
from raci.checks import Severity
from raci.db import remove_file
from raci.derive.draft import derive
from raci.errors import RaciError
from raci.excel.export import export_csv, export_xlsx
from raci.excel.importer import import_workbook
from raci.fixes import quick_fixes
from raci.operations import (
    AddPhases,
    AddRoles,
    CellValue,
    DeleteActivities,
    DeletePhases,
    DeleteRoles,
    MovePhase,
    MoveRole,
    NewPhase,
    NewRole,
    Operation,
    RenamePhase,
    SetCells,
)
from raci.paths import sample_project_path
from raci.sample import create_sample_project
from raci.service import ProjectService
from raci.templates import (
    TemplateLibrary,
    apply_template,
    slugify,
    template_from_project,
)
from ui.commands import push_operation, recorded_command
from ui.derive_dialog import DeriveReviewDialog
from ui.dialogs import (
    ApplyTemplateDialog,
    NewProjectDialog,
    SettingsDialog,
    TeamDialog,
    show_error,
)
from ui.empty_hint import EmptyHint
from ui.findings_model import FindingsModel
from ui.findings_view import FindingsView
from ui.forms import ActivityForm, NoteForm, RenameForm, RoleForm
from ui.matrix_model import MatrixModel, PersonMatrixModel
from ui.matrix_view import ActivityHeader, MatrixView
from ui.palette import icon
from ui.start_page import StartPage
from ui.tasks import run_with_progress
from ui.workload import WorkloadView

MAX_RECENT = 8
APP_TITLE = "RACI Planner"


class MainWindow(QMainWindow):
    """One window per open project."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.service: ProjectService | None = None
        self.model: MatrixModel | None = None
        self.person_model: PersonMatrixModel | None = None
        self.stack = QUndoStack(self)
        self.library = TemplateLibrary.default()
        self.setWindowIcon(icon("raci-planner"))
        self.setWindowTitle(APP_TITLE)

        self.view = MatrixView(self)
        self.view.moveActivityRequested.connect(self.move_activity)
        self.view.moveRoleRequested.connect(self.move_role)
        self.view.letterRefused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.view.verticalHeader().setSectionsMovable(True)
        self.view.verticalHeader().sectionMoved.connect(self._row_dragged)
        self.view.verticalHeader().sectionDoubleClicked.connect(self._header_double_clicked)
        self.view.verticalHeader().setToolTip("")
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.horizontalHeader().sectionMoved.connect(self._column_dragged)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.person_view = QTableView(self)
        self.person_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.person_view.setAccessibleName("Matrix by person")
        self.person_view.setVerticalHeader(ActivityHeader(self.person_view))
        self.workload = WorkloadView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, icon("template"), "&Matrix")
        self.tabs.addTab(self.person_view, icon("team"), "By &person")
        self.tabs.addTab(self.workload, icon("workload"), "&Workload")
        self.start_page = StartPage(self)
        self.start_page.recentChosen.connect(lambda name: self.open_path(Path(name)))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self.findings_model = FindingsModel(self)
        self.findings_view = FindingsView(self)
        self.findings_view.setModel(self.findings_model)
        self.findings_view.activated.connect(self.activate_finding)
        self.findings_view.clicked.connect(self.activate_finding)
        self.findings_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.findings_view.customContextMenuRequested.connect(self._findings_menu)
        self.fix_button = QPushButton("&Quick fix...", self)
        self.fix_button.setToolTip("Fix the selected finding in one step (owner, doer, or "
                                   "letters that do not go together)")
        self.fix_button.clicked.connect(self._fix_button_menu)
        self.findings_view.selectionModel().currentChanged.connect(
            lambda *_: self._update_fix_button())
        self.findings_model.modelReset.connect(self._update_fix_button)
        dock_body = QWidget(self)
        dock_layout = QVBoxLayout(dock_body)
        dock_layout.setContentsMargins(2, 2, 2, 2)
        dock_layout.addWidget(self.findings_view, 1)
        dock_layout.addWidget(self.fix_button)
        self.findings_dock = QDockWidget("Findings", self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setWidget(dock_body)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.resizeDocks([self.findings_dock], [440], Qt.Orientation.Horizontal)
        self.counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts)

        self.hints = [EmptyHint(self.view, self._matrix_hint),
                      EmptyHint(self.person_view, self._person_hint),
                      EmptyHint(self.findings_view, self._findings_hint)]
        self._build_actions()
        self._build_start_page()
        self._restore_geometry()
        self._update_actions()

    # --- actions and menus ------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setStatusTip(tip or text.replace("&", "").rstrip("."))
        action.setToolTip(tip or text.replace("&", "").rstrip("."))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        std = QKeySequence.StandardKey
        self.act_new = a("&New...", self.new_project, std.New, "new",
                         "New project, from a template or empty")
        self.act_open = a("&Open...", self.open_dialog, std.Open, "open", "Open a project file")
        self.act_copy_as = a("Save a &Copy As...", self.save_copy, "Ctrl+Shift+S", None,
                             "Write a copy of this project to another file")
        self.act_import = a("&Import Excel...", self.import_dialog, "Ctrl+I", "import",
                            "Create a project from a RACI workbook")
        self.act_export = a("&Export Excel...", self.export_dialog, "Ctrl+E", "export",
                            "Export a stakeholder-ready workbook")
        self.act_export_csv = a("Export C&SV...", self.export_csv_dialog, None, None,
                                "Export the matrix alone as CSV")
        self.act_apply = a("Apply &Template...", self.apply_template_dialog, None, "template",
                           "Add a template's roles and activities to this project")
        self.act_save_template = a("Save as T&emplate...", self.save_as_template, None,
                                   "template", "Save the roles, phases and activities "
                                   "(without people) as a template")
        self.act_derive = a("New Template from &Documents...", self.derive_dialog, None,
                            "template", "Draft a template from documents that describe "
                            "who does what, then review it")
        self.act_close = a("&Close", self.close_project, std.Close)
        self.act_quit = a("&Quit", self.close, std.Quit)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

        self.act_undo = self.stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence(std.Undo))
        self.act_redo = self.stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcut(QKeySequence(std.Redo))
        self.act_copy = a("&Copy", self.view.copy_selection, None, None,
                          "Copy the selected cells as text for Excel (Ctrl+C)")
        self.act_paste = a("&Paste", self.view.paste, None, None,
                           "Paste a block copied from Excel (Ctrl+V)")
        self.act_clear = a("C&lear Cells", self.view.clear_selection_cells, None, "delete",
                           "Empty the selected cells (Delete)")
        self.act_pick = a("&Edit Letters...", self._edit_current, None, None,
                          "Open the letter picker on the current cell (Enter)")
        self.act_note = a("Cell &Note...", self.edit_note, "Ctrl+Shift+N", None,
                          "Add or change a note on the current cell (shown in its tooltip "
                          "and in the Excel export)")

        self.act_add_activity = a("Add &Activity...", self.add_activity, "Ctrl+Shift+A",
                                  "add-row", "Add an activity below the current row")
        self.act_rename_activity = a("&Rename Activity...", self.rename_activity, "F2")
        self.act_delete_activity = a("&Delete Activities", self.delete_activities,
                                     "Ctrl+Shift+Delete", "delete",
                                     "Delete the selected activities")
        self.act_up = a("Move Activity &Up", lambda: self.move_activity(-1), "Alt+Up")
        self.act_down = a("Move Activity Do&wn", lambda: self.move_activity(1), "Alt+Down")
        self.act_add_phase = a("Add P&hase...", self.add_phase)
        self.act_rename_phase = a("Re&name Phase...", self.rename_phase)
        self.act_delete_phase = a("Delete Phas&e", self.delete_phase)
        self.act_phase_up = a("Move Phase U&p", lambda: self.move_phase(-1), "Ctrl+Alt+Up",
                              None, "Move the current row's phase, with its activities, up")
        self.act_phase_down = a("Move Phase Dow&n", lambda: self.move_phase(1), "Ctrl+Alt+Down",
                                None, "Move the current row's phase, with its activities, "
                                "down")
        self.act_add_role = a("Add R&ole...", self.add_role, "Ctrl+Shift+R", "add-column",
                              "Add a role column")
        self.act_rename_role = a("Rena&me Role...", self.rename_role)
        self.act_delete_role = a("Delete Ro&le", self.delete_role)
        self.act_left = a("Move Role &Left", lambda: self.move_role(-1), "Alt+Left")
        self.act_right = a("Move Role Ri&ght", lambda: self.move_role(1), "Alt+Right")
        self.act_team = a("&Team...", self.team_dialog, "Ctrl+T", "team",
                          "Roles, people and who fills which role")
        self.act_settings = a("Project &Settings...", self.settings_dialog, "Ctrl+,",
                              "settings", "Letter scheme and check thresholds")

        file_menu = self.menuBar().addMenu("&File")
        for item in (self.act_new, self.act_open, self.recent_menu, None, self.act_copy_as,
                     self.act_apply, self.act_save_template, self.act_derive, None,
                     self.act_import, self.act_export,
                     self.act_export_csv, None, self.act_close, self.act_quit):
            self._add(file_menu, item)
        edit_menu = self.menuBar().addMenu("&Edit")
        for item in (self.act_undo, self.act_redo, None, self.act_copy, self.act_paste,
                     self.act_clear, self.act_pick, self.act_note):
            self._add(edit_menu, item)
        matrix_menu = self.menuBar().addMenu("&Matrix")
        for item in (self.act_add_activity, self.act_rename_activity, self.act_delete_activity,
                     self.act_up, self.act_down, None, self.act_add_phase,
                     self.act_rename_phase, self.act_delete_phase, self.act_phase_up,
                     self.act_phase_down, None, self.act_add_role,
                     self.act_rename_role, self.act_delete_role, self.act_left,
                     self.act_right, None, self.act_team, self.act_settings):
            self._add(matrix_menu, item)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.findings_dock.toggleViewAction())
        self.act_focus_findings = a("Go to &Findings", self.focus_findings, "Ctrl+Shift+F",
                                    "findings", "Move the keyboard focus to the findings")
        self.act_focus_matrix = a("Go to &Matrix", self.focus_matrix, "Ctrl+Shift+M",
                                  None, "Move the keyboard focus to the matrix")
        view_menu.addAction(self.act_focus_findings)
        view_menu.addAction(self.act_focus_matrix)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard Shortcuts", self.show_shortcuts, "F1"))
        help_menu.addAction(self._action("&About RACI Planner", self.show_about))

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        for item in (self.act_new, self.act_open, None, self.act_add_activity, self.act_add_role,
                     self.act_team, self.act_settings, None, self.act_import, self.act_export):
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        for action in (self.act_pick, self.act_note, self.act_clear, self.act_add_activity,
                       self.act_rename_activity, self.act_delete_activity, self.act_add_role):
            self.view.addAction(action)

    def _build_start_page(self) -> None:
        page = self.start_page
        page.add_choice("new", "&New from a template...",
                        "Pick one of the ready-made team setups, or start empty", "new",
                        self.new_project)
        page.add_choice("open", "&Open a project...", "Continue with a .raci file you saved",
                        "open", self.open_dialog)
        page.add_choice("import", "&Import an Excel workbook...",
                        "Turn an existing RACI spreadsheet into a project", "import",
                        self.import_dialog)
        page.add_choice("sample", "Explore the &sample project",
                        "A filled-in product team matrix to try things on", "template",
                        self.open_sample)
        self.show_start_page()

    def _matrix_hint(self) -> str:
        if self.service is None:
            return ""
        state = self.service.state()
        missing = []
        if not state.roles:
            missing.append("No roles yet: add the columns with Matrix > Add Role "
                           "(Ctrl+Shift+R) or in Team (Ctrl+T).")
        if not state.activities:
            missing.append("No activities yet: add rows with Matrix > Add Activity "
                           "(Ctrl+Shift+A), or fill both at once with File > Apply Template.")
        return "\n\n".join(missing)

    def _person_hint(self) -> str:
        if self.service is None:
            return ""
        state = self.service.state()
        if not state.people:
            return ("Nobody is in the team yet. Add people in Team (Ctrl+T) and tick the "
                    "roles they fill: this view then shows each person's letters.")
        return "No activities yet: add them on the Matrix tab." if not state.activities else ""

    def _findings_hint(self) -> str:
        if self.service is None:
            return ""
        return ("No findings: every activity has exactly one owner and someone doing the "
                "work, and nobody is overloaded.")

    def show_start_page(self) -> None:
        """Show the start page (no project open)."""
        self.start_page.set_recent(self.recent_files())
        self.pages.setCurrentWidget(self.start_page)

    @staticmethod
    def _add(menu: QMenu, item: Any) -> None:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)

    def _update_actions(self) -> None:
        has = self.service is not None
        for action in (self.act_copy_as, self.act_export, self.act_export_csv, self.act_close,
                       self.act_apply, self.act_save_template, self.act_copy, self.act_paste,
                       self.act_clear, self.act_note,
                       self.act_pick, self.act_add_activity, self.act_rename_activity,
                       self.act_delete_activity, self.act_up, self.act_down,
                       self.act_add_phase, self.act_rename_phase, self.act_delete_phase,
                       self.act_phase_up, self.act_phase_down,
                       self.act_add_role, self.act_rename_role, self.act_delete_role,
                       self.act_left, self.act_right, self.act_team, self.act_settings):
            action.setEnabled(has)
        self._update_fix_button()

    # --- settings ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        window_state = self.settings.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)

    def recent_files(self) -> list[str]:
        """Recently opened project files, newest first."""
        value: Any = self.settings.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue("recent/files", files[:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction("(none)").setEnabled(False)
        for i, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i} {name}")
            action.triggered.connect(lambda _c=False, n=name: self.open_path(Path(n)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: remember the window, release the file."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_project()
        event.accept()

    # --- project lifecycle ------------------------------------------------------------

    def error(self, message: str, title: str = "RACI Planner") -> None:
        """Show a problem to the user."""
        show_error(self, title, message)

    def set_service(self, service: ProjectService) -> None:
        """Show a project (closing the current one)."""
        self.close_project()
        self.service = service
        self.stack.clear()
        self.model = MatrixModel(service, self.stack, self)
        self.model.errorRaised.connect(lambda msg: self.error(msg, "Cannot change the cell"))
        self.model.findingsChanged.connect(self._refresh_findings)
        self.model.modelReset.connect(self._refresh_views)
        self.view.setModel(self.model)
        self.person_model = PersonMatrixModel(service, self)
        self.person_view.setModel(self.person_model)
        self.pages.setCurrentWidget(self.tabs)
        path = service.path
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowTitle(f"{path.name if path else service.state().name} - {APP_TITLE}")
        if path:
            self._remember(path)
        self._refresh_findings()
        self._refresh_views()
        self._update_actions()
        if self.model.rowCount() > 1:
            self.view.setCurrentIndex(self.model.index(1, 0))

    def close_project(self) -> None:
        """Close the open project (every change is already saved)."""
        if self.service is None:
            return
        if self.model is not None:
            self.model.detach()
        if self.person_model is not None:
            self.person_model.detach()
        self.stack.clear()
        self.view.setModel(None)
        self.person_view.setModel(None)
        self.service.close()
        self.service = None
        self.model = self.person_model = None
        self.findings_model.set_findings([])
        self.findings_dock.setWindowTitle("Findings")
        self.counts.setText("")
        self.setWindowTitle(APP_TITLE)
        self.setWindowFilePath("")
        self._update_actions()
        self._refresh_views()
        self.show_start_page()

    def open_path(self, path: Path) -> bool:
        """Open a project file; on a bad file show why and change nothing."""
        try:
            service = ProjectService.open(path)
        except RaciError as exc:
            self.error(str(exc), "Cannot open the project")
            return False
        self.set_service(service)
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def open_sample(self) -> bool:
        """Open (creating it the first time) the sample project."""
        path = sample_project_path()
        if path.exists():
            return self.open_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            service = create_sample_project(path, self.library)
        except RaciError as exc:
            self.error(str(exc), "Cannot create the sample project")
            return False
        self.set_service(service)
        return True

    def open_dialog(self) -> None:
        """File > Open."""
        name, _ = QFileDialog.getOpenFileName(self, "Open project", self._folder(),
                                              "RACI projects (*.raci);;All files (*)")
        if name:
            self.open_path(Path(name))

    def _folder(self) -> str:
        files = self.recent_files()
        return str(Path(files[0]).parent) if files else str(Path.home())

    def new_project(self, path: Path | None = None, template_id: str | None = None,
                    name: str | None = None) -> bool:
        """File > New: pick a template (or empty) and a file name."""
        template = None
        if template_id is None:
            dialog = NewProjectDialog(self.library.entries(), self)
            if dialog.exec() != NewProjectDialog.DialogCode.Accepted:
                return False
            template = dialog.selected_template()
            name = dialog.name.text().strip() or None
        elif template_id != NewProjectDialog.EMPTY:
            try:
                template = self.library.get(template_id)
            except RaciError as exc:
                self.error(str(exc), "Cannot use the template")
                return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Create project", str(Path(self._folder()) / f"{name or 'project'}.raci"),
                "RACI projects (*.raci)")
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix != ".raci":
                path = path.with_suffix(".raci")
            if path.exists():
                if self.service is not None and self.service.path == path:
                    self.close_project()
                remove_file(path)  # the save dialog asked before replacing it
        try:
            service = ProjectService.create(path, name or path.stem,
                                            template.scheme if template else "RACI")
            try:
                if template is not None:
                    apply_template(service, template)
            except RaciError:
                service.close()
                path.unlink(missing_ok=True)
                raise
        except RaciError as exc:
            self.error(str(exc), "Cannot create the project")
            return False
        self.set_service(service)
        return True

    def save_copy(self, target: Path | None = None) -> bool:
        """File > Save a Copy As."""
        if self.service is None:
            return False
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Save a copy", self._folder(),
                                                    "RACI projects (*.raci)")
            if not chosen:
                return False
            target = Path(chosen)
        try:
            self.service.save_copy(target)
        except RaciError as exc:
            self.error(str(exc), "Cannot save the copy")
            return False
        self.statusBar().showMessage(f"Saved a copy to {target}", 5000)
        return True

    # --- import / export (background) -------------------------------------------------

    def export_dialog(self) -> None:
        """File > Export Excel."""
        if self.service is None:
            return
        default = str(Path(self._folder()) / f"{self.service.state().name}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(self, "Export Excel", default,
                                                "Excel workbooks (*.xlsx)")
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Write the workbook on a worker thread with progress."""
        if self.service is None:
            return
        state = self.service.state()
        # The model's findings are current for its state: the export need not check again.
        findings = self.model.findings() if self.model and self.model.state is state else None
        run_with_progress(
            self, f"Exporting to {target.name}...",
            lambda progress: export_xlsx(state, target, progress, findings),
            lambda _r: self.statusBar().showMessage(f"Exported {target}", 8000),
            lambda msg: self.error(msg, "Cannot export"),
        )

    def export_csv_dialog(self) -> None:
        """File > Export CSV."""
        if self.service is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, "Export CSV", self._folder(),
                                                "CSV files (*.csv)")
        if chosen:
            try:
                export_csv(self.service.state(), Path(chosen))
            except RaciError as exc:
                self.error(str(exc), "Cannot export")
                return
            self.statusBar().showMessage(f"Exported {chosen}", 8000)

    def import_dialog(self) -> None:
        """File > Import Excel: pick a workbook, then where to save the new project."""
        source, _ = QFileDialog.getOpenFileName(self, "Import Excel", self._folder(),
                                                "Excel workbooks (*.xlsx *.xlsm);;All files (*)")
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, "Save the imported project as",
            str(Path(source).with_suffix(".raci")), "RACI projects (*.raci)")
        if target:
            self.import_from(Path(source), Path(target), overwrite=True)

    def import_from(self, source: Path, target: Path, overwrite: bool = False) -> None:
        """Import on a worker thread; open the result and show what was read."""
        if self.service is not None and self.service.path is not None and \
                self.service.path.resolve() == target.resolve():
            self.error(f"{target}: this project is open; choose another file name for the "
                       "imported project", "Cannot import the workbook")
            return

        def done(plan: Any) -> None:
            if self.open_path(target):
                QMessageBox.information(self, "Import finished", plan.summary())

        run_with_progress(
            self, f"Importing {source.name}...",
            lambda _progress: import_workbook(source, target, None, overwrite),
            done,
            lambda msg: self.error(msg, "Cannot import the workbook"),
        )

    def apply_template_dialog(self, template: Any = None, role_map: dict[str, str] | None = None,
                              on_conflict: str | None = None) -> bool:
        """File > Apply Template: pick one, map its roles, then add what is missing."""
        if self.service is None:
            return False
        if template is None:
            picker = NewProjectDialog(self.library.entries(), self)
            picker.setWindowTitle("Apply template")
            picker.name.setEnabled(False)
            if picker.exec() != NewProjectDialog.DialogCode.Accepted:
                return False
            template = picker.selected_template()
            if template is None:
                return False
        if role_map is None or on_conflict is None:
            mapping = ApplyTemplateDialog(template, self.service, self)
            if mapping.exec() != ApplyTemplateDialog.DialogCode.Accepted:
                return False
            role_map, on_conflict = mapping.role_map(), mapping.on_conflict()
        try:
            report = apply_template(self.service, template, role_map,
                                    "replace" if on_conflict == "replace" else "keep")
        except RaciError as exc:
            self.error(str(exc), "Cannot apply the template")
            return False
        self.stack.push(recorded_command(self.service, report.inverse,
                                         f"Apply template {template.name}", self._undo_refused))
        message = report.summary()
        if report.conflicts:
            message += "\n\nConflicting cells:\n" + "\n".join(
                f"{c.activity} / {c.role}: project {c.existing}, template {c.template}"
                for c in report.conflicts[:20])
        QMessageBox.information(self, "Template applied", message)
        return True

    def save_as_template(self, name: str | None = None) -> bool:
        """File > Save as Template: roles, phases, activities and letters, without people."""
        if self.service is None:
            return False
        name = name or self._ask("Save as template", "Template name:",
                                 self.service.state().name)
        if not name:
            return False
        try:
            template = template_from_project(self.service, slugify(name), name,
                                             f"Saved from {self.service.state().name}")
            path = self.library.save_user_template(template)
        except RaciError as exc:
            self.error(str(exc), "Cannot save the template")
            return False
        self.statusBar().showMessage(f"Saved template {template.id} to {path}", 8000)
        return True

    def derive_dialog(self, paths: list[Path] | None = None) -> None:
        """File > New Template from Documents: derive in the background, then review."""
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self, "Documents describing who does what", self._folder(),
                "Documents (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)")
            paths = [Path(n) for n in names]
        if not paths:
            return
        run_with_progress(
            self, f"Reading {len(paths)} document(s)...",
            lambda _progress: derive(paths),
            self.review_draft,
            lambda msg: self.error(msg, "Cannot derive a template"),
        )

    def review_draft(self, draft: Any) -> None:
        """Show the review step for a derived draft."""
        dialog = DeriveReviewDialog(draft, self.library, self)
        if dialog.exec() == DeriveReviewDialog.DialogCode.Accepted and dialog.saved:
            self.statusBar().showMessage(
                f"Saved template '{dialog.saved.name}' to {dialog.saved_path}; "
                "use File > New to start a project from it", 10000)

    # --- findings ---------------------------------------------------------------------

    def _refresh_findings(self) -> None:
        if self.model is None:
            return
        findings = self.model.findings()
        self.findings_model.set_findings(findings, self.model.state)
        for row in range(self.findings_model.rowCount()):  # groups open, causes folded
            self.findings_view.expand(self.findings_model.index(row, 0))
        counts = self.model.severity_counts()
        self.counts.setText("   ".join(
            _plural(counts[severity], word) for severity, word in
            ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "note"))
        ))
        self.findings_dock.setWindowTitle(f"Findings ({len(findings)})" if findings
                                          else "Findings (none)")

    def _refresh_views(self) -> None:
        if self.service is not None:
            self.workload.set_state(self.service.state())
        for hint in self.hints:
            hint.watch()

    def activate_finding(self, index: QModelIndex) -> None:
        """Select the cell (or row, or column) a finding concerns."""
        finding = self.findings_model.finding(index)
        if finding is None or self.model is None:
            return
        self.tabs.setCurrentWidget(self.view)
        model = self.model
        if finding.activity_id is not None:
            row = model.row_of_activity(finding.activity_id)
            if row is None:
                return
            col = 0
            if finding.role_id is not None:
                target = model.cell_index(finding.activity_id, finding.role_id)
                col = target.column() if target.isValid() else 0
            self.view.setCurrentIndex(model.index(row, col))
            self.view.scrollTo(model.index(row, col))
        elif finding.role_id is not None:
            col = next(i for i, r in enumerate(model.state.roles) if r.id == finding.role_id)
            self.view.selectColumn(col)
        self.view.setFocus()

    def _update_fix_button(self) -> None:
        """Quick fix is enabled only on a finding that has a fix."""
        finding = self.findings_model.finding(self.findings_view.currentIndex())
        self.fix_button.setEnabled(
            finding is not None and self.service is not None
            and bool(quick_fixes(finding, self.service.state())))

    def _fix_menu(self, index: QModelIndex) -> QMenu | None:
        finding = self.findings_model.finding(index)
        if finding is None or self.service is None:
            return None
        fixes = quick_fixes(finding, self.service.state())
        if not fixes:
            return None
        menu = QMenu(self)
        for fix in fixes:
            action = menu.addAction(fix.label)
            action.triggered.connect(lambda _c=False, f=fix: self.apply_fix(f.label, f.cells))
        return menu

    def _findings_menu(self, pos: Any) -> None:
        menu = self._fix_menu(self.findings_view.indexAt(pos))
        if menu is not None:
            menu.exec(self.findings_view.viewport().mapToGlobal(pos))

    def _fix_button_menu(self) -> None:
        menu = self._fix_menu(self.findings_view.currentIndex())
        if menu is None:
            self.statusBar().showMessage("Select an owner finding (no A, several A's, no R) "
                                         "to fix it", 5000)
            return
        menu.exec(self.fix_button.mapToGlobal(self.fix_button.rect().bottomLeft()))

    def apply_fix(self, label: str, cells: dict[Any, Any]) -> None:
        """Apply a quick fix as one undo step."""
        if self.service is None:
            return
        try:
            self._push(self.service.cells_operation(cells), label)
        except RaciError as exc:
            self.error(str(exc), "Cannot apply the fix")

    # --- structure edits --------------------------------------------------------------

    def _push(self, op: Operation, text: str) -> None:
        """Apply an operation as one undo step (raises RaciError when refused)."""
        assert self.service is not None
        push_operation(self.stack, self.service, op, text, self._undo_refused)

    def _undo_refused(self, message: str) -> None:
        self.error(message, "Somebody else changed this")

    def _run(self, op: Operation, text: str, title: str = "Cannot make the change") -> bool:
        try:
            self._push(op, text)
        except RaciError as exc:
            self.error(str(exc), title)
            return False
        return True

    def _current_activity(self) -> int | None:
        if self.model is None:
            return None
        return self.model.activity_at(self.view.currentIndex().row())

    def _current_phase_id(self) -> int | None:
        if self.model is None or self.service is None:
            return None
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return None
        return self.model.rows[row].phase_id

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def _rename(self, what: str, old: str) -> str | None:
        form = RenameForm(what, old, self)
        return form.value() if form.exec() == QDialog.DialogCode.Accepted else None

    def add_activity(self, name: str | None = None) -> None:
        """Add an activity after the current row, in its phase (a form asks for it)."""
        if self.service is None or self.model is None:
            return
        phase_id, description = self._current_phase_id(), ""
        if not name:
            form = ActivityForm(self.model.state, [(p.id, p.name) for p in self.service.phases()],
                                phase_id, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return
            values = form.values()
            name, description = values.name, values.description
            if values.phase_id != phase_id:
                phase_id = values.phase_id
        if not name:
            return
        current = self._current_activity()
        acts = [a.id for a in self.model.state.activities]
        same_phase = current is not None and current in acts \
            and phase_id == self._current_phase_id()
        index = acts.index(current) + 1 if same_phase and current is not None else None
        op = self.service.activity_new(name, phase_id, index, description)
        if self._run(op, f"Add activity {name}"):
            added = {a.id for a in self.service.state().activities} - set(acts)
            row = self.model.row_of_activity(added.pop()) if added else None
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def rename_activity(self, name: str | None = None) -> None:
        """Rename the current activity."""
        act = self._current_activity()
        if act is None or self.service is None:
            return
        old = self.service.state().activity(act).name
        name = name or self._rename("activity", old)
        if name and name != old:
            self._run(self.service.activity_update(act, name=name), f"Rename {old}")

    def delete_activities(self) -> None:
        """Delete the selected activities (one undo step)."""
        if self.service is None or self.model is None:
            return
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        rows.add(self.view.currentIndex().row())
        ids = [a for a in (self.model.activity_at(r) for r in sorted(rows)) if a is not None]
        if ids:
            self._run(DeleteActivities(tuple(ids)),
                      "Delete activity" if len(ids) == 1 else f"Delete {len(ids)} activities")

    def move_activity(self, step: int) -> None:
        """Move the current activity up or down (across phase boundaries too)."""
        act = self._current_activity()
        if act is None or self.service is None or self.model is None:
            return
        acts = [a.id for a in self.model.state.activities]
        index = acts.index(act) + step
        if 0 <= index < len(acts):
            col = self.view.currentIndex().column()
            if self._run(self.service.activity_move(act, index), "Move activity"):
                row = self.model.row_of_activity(act)
                if row is not None:
                    self.view.setCurrentIndex(self.model.index(row, max(col, 0)))

    def _row_dragged(self, _logical: int, old_visual: int, new_visual: int) -> None:
        header = self.view.verticalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        if self.model is None or self.service is None:
            return
        rows = list(self.model.rows)
        moved = rows.pop(old_visual)
        if moved.activity_id is None:
            # A phase heading dragged: the phase moves to where its heading lands.
            if moved.phase_id is not None:
                headings = [r for r in rows[:new_visual] if r.activity_id is None]
                self._run(MovePhase(moved.phase_id, len(headings)), "Move phase")
            return
        rows.insert(new_visual, moved)
        order = [r.activity_id for r in rows if r.activity_id is not None]
        above = [r for r in rows[:new_visual] if r.activity_id is None]
        phase_id = above[-1].phase_id if above else None
        self._run(self.service.activity_move(moved.activity_id, order.index(moved.activity_id),
                                             phase_id), "Move activity")

    def _header_double_clicked(self, row: int, name: str | None = None) -> None:
        """Double-click a row header to rename its activity or its phase."""
        if self.model is None:
            return
        column = max(self.view.currentIndex().column(), 0)
        self.view.setCurrentIndex(self.model.index(row, column))
        if self.model.is_phase_row(row):
            self.rename_phase(name)
        else:
            self.rename_activity(name)

    def _column_dragged(self, _logical: int, old_visual: int, new_visual: int) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        if self.model is None or self.service is None:
            return
        role_id = self.model.role_at(old_visual)
        if role_id is not None:
            self._run(MoveRole(role_id, new_visual), "Move role")

    def add_phase(self, name: str | None = None) -> None:
        """Add a phase (activities move into it with Alt+Up/Down or by dragging)."""
        if self.service is None:
            return
        name = name or self._ask("Add phase", "Phase name:")
        if name:
            self._run(AddPhases((NewPhase(name),)), f"Add phase {name}")
            act = self._current_activity()
            phase = self.service.find_phase(name)
            if act is not None and phase is not None and QMessageBox.question(
                self, "Add phase", f"Move the current activity into '{name}'?"
            ) == QMessageBox.StandardButton.Yes:
                self._run(self.service.activity_update(act, phase_id=phase.id), "Change phase")

    def rename_phase(self, name: str | None = None) -> None:
        """Rename the phase of the current row."""
        phase_id = self._current_phase_id()
        if phase_id is None or self.service is None:
            self.statusBar().showMessage("Select a row in a phase first", 4000)
            return
        old = self.service.state().phase(phase_id).name
        name = name or self._rename("phase", old)
        if name and name != old:
            self._run(RenamePhase(phase_id, name), f"Rename phase {old}")

    def delete_phase(self) -> None:
        """Delete the phase of the current row (its activities stay, without a phase)."""
        phase_id = self._current_phase_id()
        if phase_id is not None and self.service is not None:
            name = self.service.state().phase(phase_id).name
            self._run(DeletePhases((phase_id,)), f"Delete phase {name}")

    def move_phase(self, step: int) -> None:
        """Move the current row's phase (and its activities) up or down."""
        phase_id = self._current_phase_id()
        if phase_id is None or self.service is None:
            self.statusBar().showMessage("Select a row in a phase first", 4000)
            return
        phases = [p.id for p in self.service.phases()]
        index = phases.index(phase_id) + step
        if 0 <= index < len(phases):
            self._run(MovePhase(phase_id, index), "Move phase")

    def _current_role(self) -> int | None:
        if self.model is None:
            return None
        return self.model.role_at(self.view.currentIndex().column())

    def add_role(self, name: str | None = None) -> None:
        """Add a role column after the current one."""
        if self.service is None:
            return
        code, description = "", ""
        people: tuple[int, ...] = ()
        if not name:
            form = RoleForm(self.service.state(), self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return
            values = form.values()
            name, code, description, people = (values.name, values.code, values.description,
                                               values.people)
        if name:
            col = self.view.currentIndex().column()
            self._run(AddRoles((NewRole(name, code, description,
                                        index=col + 1 if col >= 0 else None, people=people),)),
                      f"Add role {name}")

    def rename_role(self, name: str | None = None) -> None:
        """Rename the current role."""
        role = self._current_role()
        if role is None or self.service is None:
            return
        old = self.service.state().role(role).name
        name = name or self._rename("role", old)
        if name and name != old:
            self._run(self.service.role_update(role, name=name), f"Rename {old}")

    def delete_role(self) -> None:
        """Delete the current role and its cells (undoable)."""
        role = self._current_role()
        if role is not None and self.service is not None:
            name = self.service.state().role(role).name
            self._run(DeleteRoles((role,)), f"Delete role {name}")

    def move_role(self, step: int) -> None:
        """Move the current role left or right."""
        role = self._current_role()
        if role is None or self.service is None or self.model is None:
            return
        col = self.view.currentIndex().column() + step
        if 0 <= col < self.model.columnCount() and self._run(
            MoveRole(role, col), "Move role"
        ):
            self.view.setCurrentIndex(self.model.index(self.view.currentIndex().row(), col))

    def edit_note(self, text: str | None = None) -> bool:
        """Edit the note of the current cell (one undo step)."""
        if self.model is None or self.service is None:
            return False
        index = self.view.currentIndex()
        act, role = self.model.activity_at(index.row()), self.model.role_at(index.column())
        if act is None or role is None:
            self.statusBar().showMessage("Select a cell first", 4000)
            return False
        old = self.model.state.notes.get((act, role), "")
        if text is None:
            state = self.model.state
            form = NoteForm(state.activity(act).name, state.role(role).name, old, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            text = form.value()
        if text.strip() == old:
            return True
        cell = CellValue(self.model.state.letters(act, role), text)
        return self._run(SetCells({(act, role): cell}), "Edit note")

    def _edit_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.edit(self.view.currentIndex())

    def team_dialog(self) -> None:
        """Matrix > Team."""
        if self.service is not None:
            TeamDialog(self.service, self.stack, self).exec()

    def settings_dialog(self) -> None:
        """Matrix > Project Settings."""
        if self.service is not None:
            SettingsDialog(self.service, self.stack, self).exec()

    def focus_findings(self) -> None:
        """View > Go to Findings: show the panel and put the keyboard in it."""
        self.findings_dock.show()
        self.findings_view.setFocus()
        if not self.findings_view.currentIndex().isValid():
            self.findings_view.setCurrentIndex(self.findings_model.index(0, 0))

    def focus_matrix(self) -> None:
        """View > Go to Matrix."""
        self.tabs.setCurrentWidget(self.view)
        self.view.setFocus()

    # --- help -------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts."""
        QMessageBox.information(self, "Keyboard shortcuts", SHORTCUTS)

    def show_about(self) -> None:
        """Help > About."""
        QMessageBox.about(
            self, "About RACI Planner",
            f"<b>RACI Planner {__version__}</b><p>Plan who is responsible, accountable, "
            "consulted and informed, and catch missing or duplicate owners as you go.</p>")


SHORTCUTS = """Matrix
  A, R, C, I (scheme letters)  toggle the letter in every selected cell
  Delete / Backspace            clear the selected cells
  Enter or double-click         open the letter picker
  Ctrl+C / Ctrl+V               copy / paste blocks as text (to and from Excel)
  Alt+Up / Alt+Down             move the activity (across phases too)
  Alt+Left / Alt+Right          move the role column
  Ctrl+Alt+Up / Ctrl+Alt+Down   move the phase with its activities
  F2                            rename the activity (or double-click its header)
  Ctrl+Shift+N                  note on the current cell
  Ctrl+Shift+A / Ctrl+Shift+R   add an activity / a role
  Ctrl+Shift+Delete             delete the selected activities
Project
  Ctrl+N / Ctrl+O               new / open
  Ctrl+I / Ctrl+E               import / export Excel
  Ctrl+T                        team: roles, people, staffing
  Ctrl+Shift+F / Ctrl+Shift+M   go to the findings / the matrix
  Ctrl+,                        project settings
  Ctrl+Z / Ctrl+Shift+Z         undo / redo"""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def start_window(args: list[str], settings: QSettings | None = None) -> MainWindow:
    """Create the main window and open the requested or last project (else the start page)."""
    window = MainWindow(settings)
    if args:
        window.open_path(Path(args[0]))
    else:
        recent = [Path(f) for f in window.recent_files() if Path(f).exists()]
        if recent:
            window.open_path(recent[0])
    return window
