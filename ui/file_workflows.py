"""File workflows: new, open, recent, save as, save a copy, import, export, templates, derive.

Each workflow asks what it needs (file dialogs start in the last folder used, or
the user's Documents folder) and runs slow work on a worker thread with progress.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from itertools import chain, count
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from raci.checks import IncrementalChecker
from raci.db import same_file
from raci.derive.formats import DIALOG_FILTER, SUPPORTED
from raci.errors import RaciError
from raci.excel.plan import ReadOptions
from raci.files import file_name
from raci.lock import acquire, read_holder
from raci.operations import Batch
from raci.paths import sample_project_path, user_data_dir
from raci.project_files import Opened, build_project, open_for_writing, save_as
from raci.sample import create_sample_project, refresh_sample_name
from raci.server import is_url
from raci.service import ProjectService
from raci.templates import apply_template, slugify, template_from_project
from raci.wording import counted
from ui.actions import IMPORT_MENU
from ui.commands import recorded_command
from ui.dialogs import ApplyTemplateDialog, NewProjectDialog, ask, message
from ui.export_notice import ExportNotice
from ui.forms import ask_text
from ui.mnemonics import keyed_box
from ui.screen import fit_to_screen
from ui.server_dialog import describe
from ui.tasks import run_with_progress

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MAX_RECENT = 8
SAVED_TEMPLATES_KEY = "templates/saved_as"
"""Which template of yours each project was last saved as (File > Save as Template)."""
MAX_SAVED_TEMPLATES = 50
T = TypeVar("T")
LARGE_PROJECT_BYTES = 2_000_000
"""Project files above this size are opened on a worker thread behind a progress dialog."""
# Opened with File > Open (or given on the command line), these go to the import review.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".tsv")
# The core's advice names commands; in the app the same step is a menu item.
APP_WORDS = (("use 'raci import'", f"use {IMPORT_MENU}"),
             ("with 'raci new'", "with File > New"))
WATCH_INTERVAL_MS = 500
PLACES_WIDTH, NAME_WIDTH = 200, 420  # pixels, in Qt's own file dialog
APPLY_SAVED, NEW_FROM_SAVED = "&Apply to This Project...", "&New Project..."
"""What can be done at once with a template drafted and saved while a project is open."""
OPENED, SAVED = "opened", "saved"
"""Which folder a file dialog remembers: where files were opened from, or saved to."""


def in_app_words(message: str) -> str:
    """An error from the core as the app says it: a command it advises is the menu item."""
    for command, menu in APP_WORDS:
        message = message.replace(command, menu)
    return message


WORKBOOK_ADVICE = f"to read a workbook use {IMPORT_MENU}"
DOCUMENT_ADVICE = ("to draft a template from this document use File > New Template from "
                   "Documents")


def not_a_project(path: Path, message: str) -> str:
    """Why a file did not open, with what to do for the file it is: a document (a Word
    file, a Markdown page) is drafted from, never imported as a workbook (Import Excel
    refuses it). A matrix saved as CSV never comes here: it opens in the import review."""
    if WORKBOOK_ADVICE not in message or path.suffix.lower() not in SUPPORTED:
        return message
    return message.replace(WORKBOOK_ADVICE, DOCUMENT_ADVICE)


def _excel() -> Any:
    """The workbook writer, loaded on first use (openpyxl is large; most sessions never export)."""
    from raci.excel import export

    return export


def _excel_import() -> Any:
    """The workbook reader, loaded on first use."""
    from raci.excel import importer

    return importer


def _file_dialog(parent: QWidget, title: str, start: str, filters: str,
                 mode: QFileDialog.FileMode, save: bool) -> list[str]:
    """The system's file dialog where there is one; Qt's own, wide enough, where not."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    if save:
        suffix = filters.split("*.", 1)[1].split(")", 1)[0].split()[0] if "*." in filters else ""
        dialog.setDefaultSuffix(suffix)
    # Qt's own dialog shows its name column whole, within the screen (a laptop at 150%
    # has about 910 x 510 to show it in)
    fit_to_screen(dialog, 960, 600)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    _widen_own_dialog(dialog)
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def _widen_own_dialog(dialog: QFileDialog) -> None:
    """Qt's own dialog (where the system has none): room for folder and file names."""
    places = dialog.findChild(QSplitter, "splitter")
    if places is not None:
        places.setSizes([PLACES_WIDTH, dialog.width() - PLACES_WIDTH])
    files = dialog.findChild(QTreeView, "treeView")
    if files is not None:
        files.header().resizeSection(0, NAME_WIDTH)


def open_file(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
    """One existing file, or '' (the shape of QFileDialog.getOpenFileName)."""
    files = _file_dialog(parent, title, start, filters, QFileDialog.FileMode.ExistingFile, False)
    return (files[0] if files else "", "")


def open_files(parent: QWidget, title: str, start: str, filters: str) -> tuple[list[str], str]:
    """Existing files, perhaps none."""
    return (_file_dialog(parent, title, start, filters, QFileDialog.FileMode.ExistingFiles,
                         False), "")


def save_file(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
    """A file name to write (the dialog asks before replacing), or ''."""
    files = _file_dialog(parent, title, start, filters, QFileDialog.FileMode.AnyFile, True)
    return (files[0] if files else "", "")


def template_picker(entries: list[Any], parent: QWidget) -> NewProjectDialog:
    """The template list of File > New, for File > Apply Template: no name to give, no
    empty project to apply, and a button that says what happens."""
    picker = NewProjectDialog(entries, parent)
    picker.setWindowTitle("Apply template")
    field = picker.name
    label = next((w for w in picker.findChildren(QLabel) if w.buddy() is field), None)
    for widget in (field, label):
        if widget is not None:
            widget.hide()
    for row in range(picker.list.count()):
        if picker.list.item(row).data(Qt.ItemDataRole.UserRole) == NewProjectDialog.EMPTY:
            picker.list.takeItem(row)
            break
    ok = picker.findChild(QDialogButtonBox)
    if ok is not None:
        ok.button(QDialogButtonBox.StandardButton.Ok).setText("Apply...")
    hint = QLabel("Choose the template whose roles, phases and activities to add to this "
                  "project. Next you say which of your roles each of its roles becomes; "
                  "letters you filled in are kept unless you choose otherwise, and Ctrl+Z "
                  "takes the whole template back.", picker)
    hint.setWordWrap(True)
    layout = picker.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, hint)
    return picker


def documents_folder() -> str:
    """The user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())



def _usable(folder: Path) -> bool:
    """A folder a file dialog may start in: one that exists, outside the app's data folder."""
    try:
        inside = folder.resolve().is_relative_to(user_data_dir().resolve())
        return folder.is_dir() and not inside
    except OSError:
        return False


def close_opened(opened: Opened) -> None:
    """Let go of a project whose opening was cancelled: its file and its lock."""
    opened.service.close()
    if opened.lock is not None:
        opened.lock.release()


def _derive(paths: list[Path], progress: Any = None) -> Any:
    """Draft a template (the extractor and its word data load on first use), without the
    cycle collector, as ``raci derive`` does.

    A document that cannot be read (empty, damaged, not a document) does not stop the
    others: it is named in the draft's documents that contributed nothing, with the
    reason; only when none can be read is that an error, naming each. progress is called
    before each document is read, and inside the drafting before each of its stages
    (finding roles, each document's duties, the merge), so a cancelled job stops at the
    next of them rather than drafting on unseen.
    """
    from raci.derive.commands import no_cycle_collection
    from raci.derive.draft import derive_read, read_each

    with no_cycle_collection():
        # progress raises CancelledError once the job is cancelled: the reading and the
        # drafting stop at its next call
        checkpoint = None if progress is None else lambda: progress(0, 0)
        readable, unreadable = read_each(paths, checkpoint)
        draft = derive_read(readable, checkpoint=checkpoint)  # each document read once, above
    if unreadable:
        draft.skipped = {**unreadable, **draft.skipped}
    return draft


DERIVE_ADVICE = ("Choose one or more documents that describe who does what, with their "
                 "text in them: job descriptions, team charters, process pages or RACI tables.")


DERIVE_WORKBOOK_ADVICE = (
    f"A RACI sheet in a workbook is brought in with {IMPORT_MENU} (Ctrl+I), as a "
    "project that File > Save as Template turns into a template; or save the sheet as .csv "
    "and draft from that.")
WORKBOOK_TYPES = re.compile(r"unsupported document type \.(?:xlsx|xlsm|xltx|xls|ods)\b", re.I)


def derive_failure(message: str) -> str:
    """Why no template could be drafted, and what to choose instead (the reason alone, "the
    document is empty", leaves a first-time user guessing what the app wants); a workbook
    chosen is sent to Import Excel, which reads it."""
    if "should name roles" in message:  # it says what to do already
        return message
    if WORKBOOK_TYPES.search(message):
        return f"{message}\n\n{DERIVE_WORKBOOK_ADVICE}"
    return f"{message}\n\n{DERIVE_ADVICE}"


def _first_free(candidates: Iterator[Path]) -> Path:
    """The first of candidates that is not there yet (they never end)."""
    return next(path for path in candidates if not path.exists())


def imported_name(source: Path) -> Path:
    """The file offered for a workbook's imported project: beside it, named after it, and
    never a file that exists (a workbook exported from a project sits beside that project:
    "Plan.xlsx" is offered "Plan (imported).raci", then "Plan (imported 2).raci")."""
    return _first_free(chain(
        [source.with_suffix(".raci"), source.with_name(f"{source.stem} (imported).raci")],
        (source.with_name(f"{source.stem} (imported {n}).raci") for n in count(2))))


def free_file(folder: Path, name: str) -> Path:
    """folder / name, or "NAME 2.raci", "NAME 3.raci"...: a file that is not there yet, so
    the name a save dialog offers never replaces a project (the one open, made from the same
    template under the same name) when the user just presses Enter."""
    stem, suffix = Path(name).stem, Path(name).suffix
    return _first_free(chain([folder / name],
                             (folder / f"{stem} {n}{suffix}" for n in count(2))))


class FileWorkflows:
    """The File menu's work, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        # Outside changes (another process, the file going away) are looked for twice a second.
        self.watch = QTimer(window)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.check_outside_changes)
        self.exported: ExportNotice | None = None  # made at the first export

    def check_outside_changes(self) -> None:
        """Show changes other processes made to the open file; stop edits if it went away."""
        w = self.w
        if w.service is None or w.model is None:
            return
        problem = w.service.check_file()
        if problem is not None:
            w.model.read_only = True
            w.update_actions()
            # in the status bar's permanent banner: a passing message (a refused edit's
            # note) took the place of a status message and left no sign of why
            w.banner.show_reason("the project file went away; File > Save As goes on "
                                 "working in another file")
            w.error(problem, "The project file went away")
            return
        lock = w.lock
        if lock is not None and not lock.still_held():
            w.lock = None
            holder = read_holder(lock.project)
            who = holder.describe() if holder is not None else "another program"
            w.service.stop_edits(f"{lock.project}: {who} took over editing this project; "
                                 "this window now shows it read-only")
            w.model.read_only = True
            w.update_actions()
            w.held_by = who
            w.banner.show_holder(who)
            w.error(w.service.stopped or "", "Somebody else took over the project")
            return
        if w.service.stopped is not None and w.held_by is None and w.service.session is None:
            return  # a server's read-only users still see others' edits
        model = w.model
        keep = self._current_cell()
        selected = [(model.activity_at(i.row()), model.role_at(i.column()))
                    for i in w.view.selectionModel().selectedIndexes()]
        try:
            changed = w.service.sync()
        except RaciError as exc:
            self.watch.stop()
            w.error(str(exc), "Cannot read the project")
            return
        if changed:
            w.statusBar().showMessage("Updated with changes made outside this window", 5000)
            self._go_to_cell(keep)  # found again by id: rows may have moved or gone
            selection = w.view.selectionModel()
            for act, role in selected:
                if act is not None and role is not None:
                    again = model.cell_index(act, role)
                    if again.isValid():
                        selection.select(again, QItemSelectionModel.SelectionFlag.Select)

    def recent_files(self) -> list[str]:
        """Recently opened project files, newest first."""
        value: Any = self.w.settings.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def remember(self, path: Path | str) -> None:
        """Put a project (a file, or a server address without password) first in the recent
        files."""
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.w.settings.setValue("recent/files", files[:MAX_RECENT])

    def fill_recent(self, menu: Any) -> None:
        """Fill File > Open Recent."""
        menu.clear()
        files = self.recent_files()
        if not files:
            menu.addAction("(none)").setEnabled(False)
        for i, name in enumerate(files, start=1):
            shared = describe(name)  # a server project: its name, then user@host:port/db
            text = f"{shared[0]} ({shared[1]})" if shared else name
            action = menu.addAction(f"&{i} {text.replace('&', '&&')}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_recent(n))
        if files:
            menu.addSeparator()
            clear = menu.addAction("&Clear Recent Projects")
            clear.setToolTip("Empty this list and the start page's (the files stay where "
                             "they are)")
            clear.triggered.connect(self.clear_recent)

    def clear_recent(self) -> None:
        """File > Open Recent > Clear Recent Projects: a project moved away stayed listed,
        greyed, on the start page, with no way to take it off."""
        self.w.settings.setValue("recent/files", [])
        self.w.start_page.set_recent([])
        self.w.statusBar().showMessage("Recent projects cleared; the files stay where they "
                                       "are", 5000)

    def open_recent(self, name: str) -> bool:
        """Open a recent project: a file, or a server address (password from the keyring)."""
        if is_url(name):
            return self.w.shared.open_url(name)
        if not Path(name).exists() and name in self.recent_files():
            self.forget(name)
            self.w.error(f"{name}: the file is no longer there (moved, renamed or deleted), "
                         "so it is taken off the recent projects; use File > Open to find "
                         "it where it is now", "Cannot open the project")
            return False
        return self.open_path(Path(name))

    def forget(self, name: str) -> None:
        """Take a project off the recent files (and the start page's list)."""
        self.w.settings.setValue("recent/files", [f for f in self.recent_files() if f != name])
        self.w.start_page.set_recent(self.recent_files())

    def open_dropped(self, paths: list[Path]) -> None:
        """Files dropped on the window: documents alone (no project, no sheet) are drafted
        from, as File > New Template from Documents does; otherwise the first file opens
        as File > Open would open it (a workbook or CSV in the import review)."""
        suffixes = {p.suffix.lower() for p in paths}
        if suffixes <= set(SUPPORTED) - set(WORKBOOK_SUFFIXES):
            self.derive_dialog(paths)
        elif paths:
            self.open_path(paths[0])

    def open_path(self, path: Path, background: bool | None = None) -> bool:
        """Open a project file; on a bad file show why and change nothing.

        A large file is read on a worker thread behind a progress dialog, so the
        window never freezes; the call then returns at once (True: started).
        """
        if background is None:
            try:
                background = path.stat().st_size > LARGE_PROJECT_BYTES
            except OSError:
                background = False
        if path.suffix.lower() in WORKBOOK_SUFFIXES and path.is_file():
            # A workbook is not a project: show what an import would read (nothing is
            # written before Import is pressed).
            kind = ("a table saved as text" if path.suffix.lower() in (".csv", ".tsv")
                    else "a workbook")
            self.w.statusBar().showMessage(
                f"{path.name} is {kind}, not a project: review the import", 8000)
            self.read_for_review(path)
            return True
        current = self.w.service
        if current is not None and current.path is not None and same_file(current.path, path):
            # Already open here: opening it again must not touch the open database.
            self.w.raise_()
            self.w.activateWindow()
            self.w.statusBar().showMessage(f"{path.name} is already open", 5000)
            return True
        if background:
            def work(_progress: Any) -> tuple[Opened, IncrementalChecker]:
                opened = open_for_writing(path)
                return opened, IncrementalChecker(opened.service.state())

            def let_go(result: tuple[Opened, IncrementalChecker]) -> None:
                close_opened(result[0])  # Cancel pressed while it opened

            def done(result: tuple[Opened, IncrementalChecker]) -> None:
                opened, checker = result
                self.w.set_service(opened.service, checker, opened.lock, opened.held_by)
                self.w.statusBar().showMessage(f"Opened {path}", 5000)

            run_with_progress(
                self.w, f"Opening {path.name}…", work, done,
                lambda text: self.w.error(not_a_project(path, in_app_words(text)),
                                          "Cannot open the project"),
                cancellable=True, title="Opening a project", discard=let_go)
            return True
        try:
            opened = open_for_writing(path)
        except RaciError as exc:
            self.w.error(not_a_project(path, in_app_words(str(exc))), "Cannot open the project")
            return False
        self.w.set_service(opened.service, None, opened.lock, opened.held_by)
        self.w.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def take_over(self) -> bool:
        """Become the writer of a project another program holds (it may lose its edits)."""
        service = self.w.service
        if service is None or service.path is None:
            return False
        path = service.path
        try:
            lock = acquire(path, take_over=True)
        except RaciError as exc:
            self.w.error(str(exc), "Cannot take over the project")
            return False
        self.w.close_project()
        try:
            reopened = ProjectService.open(path)
        except RaciError as exc:
            lock.release()
            self.w.error(str(exc), "Cannot open the project")
            return False
        self.w.set_service(reopened, None, lock, None)
        self.w.statusBar().showMessage(f"You now edit {path.name}", 5000)
        return True

    def open_sample(self) -> bool:
        """Open (creating it the first time) the sample project."""
        path = sample_project_path()
        if path.exists():
            if not self.open_path(path):
                return False
            if self.w.service is not None and self.w.held_by is None:
                # An older name is no reason to stop the sample opening.
                with contextlib.suppress(RaciError):
                    refresh_sample_name(self.w.service)
            return True
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            service = create_sample_project(path, self.w.library)
        except RaciError as exc:
            self.w.error(str(exc), "Cannot create the sample project")
            return False
        self.w.set_service(service)
        return True

    def open_dialog(self) -> None:
        """File > Open."""
        name, _ = open_file(self.w, "Open project", self.start_folder(),
                            "RACI projects (*.raci);;Spreadsheets to import (*.xlsx *.xlsm "
                            "*.ods *.csv *.tsv);;All files (*)")
        if name:
            self.remember_folder(name)
            self.open_path(Path(name))

    def start_folder(self) -> str:
        """Where Open, Import and derive dialogs start: the folder a file was last opened
        from, the last project's folder, or Documents (never the app's own data folder)."""
        files = [Path(f).parent for f in self.recent_files() if not is_url(f)]
        return self._first_usable([self._last_folder(OPENED), *files[:1]])

    def save_folder(self) -> str:
        """Where Export and Save a Copy start: the open project's folder, the folder last
        saved or exported to, or Documents (never the app's own data folder)."""
        service = self.w.service
        here = service.path.parent if service is not None and service.path else None
        return self._first_usable([here, self._last_folder(SAVED)])

    def _last_folder(self, kind: str) -> Path | None:
        value = self.w.settings.value(f"files/last_{kind}_folder", "")
        return Path(str(value)) if value else None

    def remember_folder(self, chosen: str | Path, kind: str = OPENED) -> None:
        """Remember the folder of a file the user chose to open, or to save (SAVED) to."""
        folder = Path(chosen).parent
        if _usable(folder):
            self.w.settings.setValue(f"files/last_{kind}_folder", str(folder))

    @staticmethod
    def _first_usable(folders: list[Path | None]) -> str:
        return next((str(f) for f in folders if f is not None and _usable(f)),
                    documents_folder())

    def _ask_save(self, title: str, name: str, filters: str,
                  folder: Path | None = None) -> Path | None:
        """A save dialog starting in folder (else save_folder()) with a suggested name. The
        caller remembers the folder once the file is written there (remember_folder), so a
        folder that refused it is not where the next dialog starts."""
        start = folder if folder is not None else Path(self.save_folder())
        chosen, _ = save_file(self.w, title, str(start / name), filters)
        return Path(chosen) if chosen else None

    def suggested_name(self, suffix: str, extra: str = "") -> str:
        """A file name from the project's name, safe on every system ("Plan: Q3" -> "Plan - Q3")."""
        name = self.w.service.state().name if self.w.service is not None else ""
        return file_name(name + extra, suffix)

    def new_project(self, path: Path | None = None, template_id: str | None = None,
                    name: str | None = None) -> bool:
        """File > New: pick a template (or empty) and a file name."""
        template = None
        if template_id is None:
            dialog = NewProjectDialog(self.w.library.entries(), self.w, self.w.library)
            if dialog.exec() != NewProjectDialog.DialogCode.Accepted:
                return False
            template = dialog.selected_template()
            name = dialog.name.text().strip() or None
        elif template_id != NewProjectDialog.EMPTY:
            try:
                template = self.w.library.get(template_id)
            except RaciError as exc:
                self.w.error(str(exc), "Cannot use the template")
                return False
        if path is None:
            chosen, _ = save_file(
                self.w, "Create project",
                str(free_file(Path(self.start_folder()), file_name(name or "", ".raci"))),
                "RACI projects (*.raci)")
            if not chosen:
                return False
            self.remember_folder(chosen, SAVED)
            path = Path(chosen)
            if path.suffix != ".raci":
                path = path.with_suffix(".raci")
            if path.exists() and self.w.service is not None and self.w.service.path is not None \
                    and same_file(self.w.service.path, path):
                self.w.close_project()
        try:
            # Built under a temporary name, replacing path (the save dialog asked) when complete.
            build_project(path, name or path.stem, template.scheme if template else "RACI",
                          (lambda svc: apply_template(svc, template)) if template else None,
                          overwrite=True)
            service = ProjectService.open(path)
        except RaciError as exc:
            self.w.error(str(exc), "Cannot create the project")
            return False
        self.w.set_service(service)
        self.w.statusBar().showMessage(
            f"Created {path}" + (f" from the template '{template.name}'" if template else ""),
            8000)
        return True

    def save_as(self, target: Path | None = None) -> bool:
        """File > Save As: write the project to another file and go on working there.

        The window follows the new file (title, recent projects, the watch on the file
        and its one-writer lock) and keeps its undo steps and current cell; the old file
        stays as it was, every change already saved in it. A failure changes nothing
        here and says why.
        """
        w = self.w
        service = w.service
        if service is None:
            return False

        def suggestion() -> str:
            name = self.suggested_name(".raci")
            if self._is_open(Path(self.save_folder()) / name):  # never its own file
                return self.suggested_name(".raci", " 2")
            return name

        written = self._write_asking(target, "Save as", suggestion,
                                     lambda path: save_as(service, path),
                                     "Cannot save the project as a new file", ".raci")
        if written is None:
            return False
        target, opened = written
        where = self._current_cell()
        w.set_service(opened.service, None, opened.lock, opened.held_by, keep_undo=True)
        self._go_to_cell(where)
        w.statusBar().showMessage(f"Saved as {target}: you now work in this file", 8000)
        return True

    def _write_asking(self, target: Path | None, title: str, suggestion: Callable[[], str],
                      write: Callable[[Path], T], failure: str, suffix: str = ""
                      ) -> tuple[Path, T] | None:
        """Write the project to target, or to a file asked for in a save dialog (starting
        on suggestion()); a refusal is shown with its reason, then the dialog opens again
        on the name typed, for another folder or name. The file written and what write
        gave; None when the dialog is cancelled or a target given here is refused."""
        asked = target is None
        while True:
            if asked:  # again after a refusal: on the name typed, in its folder
                name = target.name if target is not None else suggestion()
                target = self._ask_save(title, name, "RACI projects (*.raci)",
                                        target.parent if target is not None else None)
                if target is None:
                    return None
            assert target is not None
            if suffix and target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            try:
                written = target, write(target)
                self.remember_folder(target, SAVED)
                return written
            except RaciError as exc:
                self.w.error(str(exc), failure)
                if not asked:
                    return None

    def _current_cell(self) -> tuple[int | None, int | None]:
        """The activity and role of the matrix's current cell (by id: they outlive models)."""
        model, current = self.w.model, self.w.view.currentIndex()
        if model is None or not current.isValid():
            return None, None
        return model.activity_at(current.row()), model.role_at(current.column())

    def _go_to_cell(self, cell: tuple[int | None, int | None]) -> None:
        act, role = cell
        if self.w.model is not None and act is not None and role is not None:
            index = self.w.model.cell_index(act, role)
            if index.isValid():
                self.w.view.setCurrentIndex(index)

    def save_copy(self, target: Path | None = None) -> bool:
        """File > Save a Copy As."""
        service = self.w.service
        if service is None:
            return False
        written = self._write_asking(target, "Save a copy",
                                     lambda: self.suggested_name(".raci", " copy"),
                                     service.save_copy, "Cannot save the copy")
        if written is None:
            return False
        target = written[0]
        self.w.statusBar().showMessage(f"Saved a copy to {target}", 5000)
        return True

    def export_dialog(self) -> None:
        """File > Export Excel."""
        if self.w.service is None:
            return
        chosen = self._ask_save("Export Excel", self.suggested_name(".xlsx"),
                                "Excel workbooks (*.xlsx)")
        if chosen is not None:
            self.export_to(chosen, again=self.export_dialog)

    def export_to(self, target: Path, again: Callable[[], None] | None = None) -> None:
        """Write the workbook on a worker thread with progress; again: what to do after a
        failure has been shown (File > Export Excel opens its dialog again)."""
        if self.w.service is None:
            return
        if target.suffix.lower() != ".xlsx":
            # Excel refuses a workbook whose name says otherwise.
            target = target.with_name(target.name + ".xlsx")
        state = self.w.service.state()
        # The model's findings are current for its state: the export need not check again.
        findings = self.w.model.findings() if self.w.model and self.w.model.state is state else None
        run_with_progress(
            self.w, f"Writing {target.name}…",
            lambda progress: _excel().export_xlsx(state, target, progress, findings),
            lambda _r: self._exported(target),
            lambda msg: self._export_failed(msg, again),
            cancellable=True,  # written to a temporary file: a cancelled export leaves none
            title="Exporting to Excel",
            finish_on_close=True,  # (closing the window still writes what was asked for)
        )

    def _exported(self, target: Path) -> None:
        """A workbook written: say where, with buttons to open it or its folder, and start
        the next save dialog there."""
        self.remember_folder(target, SAVED)
        if self.exported is None:
            self.exported = ExportNotice(self.w)
        self.exported.show(target)

    def _export_failed(self, message: str, again: Callable[[], None] | None) -> None:
        """Say why the workbook was not written; then, from the dialog, ask again (for
        another folder or name: a read-only folder or a workbook open in Excel)."""
        self.w.error(message, "Cannot export")
        if again is not None:
            again()

    def export_csv_dialog(self) -> None:
        """File > Export CSV."""
        if self.w.service is None:
            return
        chosen = self._ask_save("Export CSV", self.suggested_name(".csv"), "CSV files (*.csv)")
        if chosen is not None:
            # a second or so for the largest projects, written here: the window says it is
            # busy (the workbook, slower, is written behind a progress dialog)
            self.w.statusBar().showMessage(f"Writing {chosen.name}…")
            self.w.statusBar().repaint()  # (on screen now: no event is handled until it ends)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                _excel().export_csv(self.w.service.state(), chosen)
            except RaciError as exc:  # then ask again, as Export Excel does
                QApplication.restoreOverrideCursor()
                self.w.statusBar().clearMessage()
                self._export_failed(str(exc), self.export_csv_dialog)
                return
            except BaseException:
                QApplication.restoreOverrideCursor()
                raise
            QApplication.restoreOverrideCursor()
            self._exported(chosen)

    def import_dialog(self) -> None:
        """File > Import: pick a workbook, review what was read, then save the project."""
        source, _ = open_file(self.w, "Import a RACI sheet", self.start_folder(),
                              "Spreadsheets (*.xlsx *.xlsm *.ods *.csv *.tsv *.txt);;All files (*)")
        if source:
            self.remember_folder(source)
            self.read_for_review(Path(source))

    def read_for_review(self, source: Path) -> None:
        """Read the workbook on a worker thread, then show the review."""
        from ui.import_dialog import read_for_review

        run_with_progress(
            self.w, f"Reading {source.name}…",
            lambda _progress: read_for_review(source, None, ReadOptions()),
            lambda reading: self.review_import(source, reading),
            lambda msg: self.w.error(msg, f"Cannot import {source.name}"),
            cancellable=True,  # nothing is written before the review: a large sheet is let go
            title="Importing a sheet",
        )

    def review_import(self, source: Path, reading: Any) -> None:
        """Show what was read; on Import ask where to save the project and create it."""
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(source, reading, self.w)
        suggested = imported_name(source)
        target = ""
        try:
            while not target:
                if dialog.exec() != ImportDialog.DialogCode.Accepted:
                    return
                plan = dialog.plan
                while True:
                    target, _ = save_file(self.w, "Save the imported project as",
                                          str(suggested), "RACI projects (*.raci)")
                    # cancelled: back to the review, its corrections as they were
                    if not target or not self._is_open(Path(target)):
                        break
                    # the reviewed import is kept: the user only picks another name
                    self.w.error(f"{target}: this project is open; choose another file name "
                                 "for the imported project", f"Cannot import {source.name}")
        finally:
            dialog.deleteLater()
        self.remember_folder(target, SAVED)
        self.import_from(source, Path(target), overwrite=True, plan=plan)

    def _is_open(self, path: Path) -> bool:
        """Whether path is the project file this window shows."""
        service = self.w.service
        return service is not None and service.path is not None and \
            service.path.resolve() == path.resolve()

    def import_from(self, source: Path, target: Path, overwrite: bool = False,
                    plan: Any = None) -> None:
        """Import on a worker thread (from a reviewed plan, or reading the workbook) and open
        the result. What was read is shown once: in the review, or after an unreviewed
        import."""
        if self._is_open(target):
            self.w.error(f"{target}: this project is open; choose another file name for the "
                       "imported project", f"Cannot import {source.name}")
            return

        def done(result: Any) -> None:
            if not self.open_path(target):
                return
            if plan is None:
                message(self.w, "Import finished", result.summary())
            else:  # the review showed all of it already
                from ui.import_dialog import counts

                self.w.statusBar().showMessage(
                    f"Imported {source.name} into {target.name}: {counts(result)}", 10000)

        def work(_progress: Any) -> Any:
            if plan is None:
                return _excel_import().import_workbook(source, target, None, overwrite)
            return _excel_import().create_from_plan(source, target, plan, overwrite)

        run_with_progress(self.w, f"Creating {target.name} from {source.name}…", work, done,
                          lambda msg: self.w.error(msg, f"Cannot import {source.name}"),
                          title="Importing a sheet")

    def apply_template_dialog(self, template: Any = None, role_map: dict[str, str] | None = None,
                              on_conflict: str | None = None) -> bool:
        """File > Apply Template: pick one, map its roles, then add what is missing."""
        if self.w.service is None:
            return False
        if template is None:
            picker = template_picker(self.w.library.entries(), self.w)
            if picker.exec() != NewProjectDialog.DialogCode.Accepted:
                return False
            template = picker.selected_template()
            if template is None:
                return False
        if role_map is None or on_conflict is None:
            mapping = ApplyTemplateDialog(template, self.w.service, self.w)
            if mapping.exec() != ApplyTemplateDialog.DialogCode.Accepted:
                return False
            role_map, on_conflict = mapping.role_map(), mapping.on_conflict()
        try:
            report = apply_template(self.w.service, template, role_map,
                                    "replace" if on_conflict == "replace" else "keep")
        except RaciError as exc:
            self.w.error(str(exc), "Cannot apply the template")
            return False
        text = report.summary()
        title = "Template applied"
        if report.inverse != Batch():
            self.w.stack.push(recorded_command(self.w.service, report.inverse,
                                             f"Apply template {template.name}",
                                             self.w.undo_refused))
        elif not report.conflicts:  # (no undo step that would do nothing)
            # one sentence: the summary's zero counts (and its own brackets) said nothing more
            held = (f" ({counted(report.cells_same, 'cell')} held its letters)"
                    if report.cells_same else "")
            text = (f"Nothing to add: the project has every role, activity and letter of "
                    f"{template.name} already{held}.")
            title = "Nothing to add"
        if report.conflicts:
            text += "\n\nConflicting cells:\n" + "\n".join(
                f"{c.activity} / {c.role}: project {c.existing}, template {c.template}"
                for c in report.conflicts[:20])
        message(self.w, title, text)
        return True

    def save_as_template(self, name: str | None = None) -> bool:
        """File > Save as Template: roles, phases, activities and letters, without people."""
        if self.w.service is None:
            return False
        state = self.w.service.state()
        project = state.name
        if not state.roles:  # said before a name is asked for, in the user's words
            self.w.error(f"'{project}' has no roles yet, and a template needs at least one: "
                         "add its roles (Matrix > Add Role, Ctrl+Shift+R) and activities, "
                         "then save it as a template", "Cannot save the template")
            return False
        library = self.w.library
        saved_as = self._saved_templates().get(self.w.service.location)
        name = name or ask_text(self.w, "Save as template", "Template name:",
                                library.offered_name(project, saved_as), "Save")
        if not name:
            return False
        wanted = slugify(name)
        yours = {e.id: e for e in library.entries() if e.origin == "user"}
        mine = yours.get(wanted)
        before = yours.get(saved_as) if saved_as else None
        if mine is None and before is not None and before.template is not None and \
                before.template.name.casefold() == name.casefold():
            mine = before  # (renamed in File > New: its id no longer follows its name)
        replace = False
        if mine is not None:  # the id is made from the name: the user never saw it
            held = mine.template.name if mine.template is not None else mine.path.name
            replace = ask(self.w, "Save as template",
                          f"You have a template '{held}' already ({mine.path}). Replace it "
                          "with this project's roles, phases and activities?",
                          undoable=False)
            if not replace:
                self.w.statusBar().showMessage(
                    f"Template not saved: '{held}' is kept; save under another name to "
                    "keep both", 8000)
                return False
        try:
            # a built-in's id is never taken over: this one is saved beside it
            tid = mine.id if mine is not None else library.free_id(wanted)
            template = template_from_project(self.w.service, tid, name,
                                             f"Saved from {self.w.service.state().name}")
            path = library.save_user_template(template, overwrite=replace)
        except RaciError as exc:
            self.w.error(str(exc), "Cannot save the template")
            return False
        self._remember_saved_as(tid)
        self.w.statusBar().showMessage(
            f"Saved the template '{name}' to {path}; File > New lists it", 8000)
        return True

    def _saved_templates(self) -> dict[str, str]:
        """Each project (by location) and the id of the template it was last saved as."""
        value: Any = self.w.settings.value(SAVED_TEMPLATES_KEY, [])
        pairs = [value] if isinstance(value, str) else list(value or [])
        found: dict[str, str] = {}
        for pair in pairs:
            tid, _tab, location = str(pair).partition("\t")
            if location:
                found[location] = tid
        return found

    def _remember_saved_as(self, tid: str) -> None:
        """Remember that the open project was saved as the template tid (the latest
        first; a few dozen projects are kept)."""
        if self.w.service is None:
            return
        location = self.w.service.location
        kept = [(loc, t) for loc, t in self._saved_templates().items() if loc != location]
        pairs = [(location, tid), *kept][:MAX_SAVED_TEMPLATES]
        self.w.settings.setValue(SAVED_TEMPLATES_KEY, [f"{t}\t{loc}" for loc, t in pairs])

    def derive_dialog(self, paths: list[Path] | None = None) -> None:
        """File > New Template from Documents: derive in the background, then review."""
        if paths is None:
            names, _ = open_files(
                self.w, "Documents describing who does what", self.start_folder(),
                DIALOG_FILTER)
            paths = [Path(n) for n in names]
            if names:
                self.remember_folder(names[0])
        if not paths:
            return
        run_with_progress(
            self.w, f"Drafting from {counted(len(paths), 'document')}…",
            lambda progress: _derive(paths, progress),
            self.review_draft,
            lambda msg: self.w.error(derive_failure(msg), "Cannot derive a template"),
            cancellable=True,
            title="Deriving a template",
        )

    def review_draft(self, draft: Any) -> None:
        """Show the review step for a derived draft."""
        from ui.derive_dialog import DeriveReviewDialog  # the extractor loads on first use

        phases = [p.name for p in self.w.service.state().phases] if self.w.service else []
        dialog = DeriveReviewDialog(draft, self.w.library, self.w, phases)
        if dialog.exec() != DeriveReviewDialog.DialogCode.Accepted or not dialog.saved:
            return
        saved = dialog.saved
        said = (f"Saved the template '{saved.name}' to {dialog.saved_path}. It is listed in "
                "File > New from now on.")
        service = self.w.service
        if service is not None and service.stopped is None:
            # a project is open: the draft is often meant for it
            choice = self._use_saved_template(said, service.state().name)
            used = (self.apply_template_dialog(template=saved) if choice == APPLY_SAVED
                    else choice == NEW_FROM_SAVED
                    and self.new_project(template_id=saved.id, name=saved.name))
        else:
            used = ask(self.w, "Template saved", f"{said}\n\nStart a new project from it "
                       "now?") and self.new_project(template_id=saved.id, name=saved.name)
        if not used:  # (a project started, or a template applied, says so itself)
            also = " (or File > Apply Template to add it to this one)" if service else ""
            self.w.statusBar().showMessage(
                f"Saved template '{saved.name}' to {dialog.saved_path}; "
                f"use File > New to start a project from it{also}", 10000)

    def _use_saved_template(self, said: str, project: str) -> str:
        """Ask what to do with a template just saved while a project is open: apply it to
        that project (APPLY_SAVED), start a new one from it (NEW_FROM_SAVED), or nothing
        ('', the answer to Esc)."""
        box = QMessageBox(QMessageBox.Icon.Question, "Template saved",
                          f"{said}\n\nAdd its roles and activities to '{project}' now, or "
                          "start a new project from it?",
                          QMessageBox.StandardButton.NoButton, self.w)
        box.setTextFormat(Qt.TextFormat.PlainText)  # (names are never markup)
        apply = box.addButton(APPLY_SAVED, QMessageBox.ButtonRole.AcceptRole)
        apply.setToolTip("Map the template's roles onto this project's, then add what is "
                         "missing (one step: Ctrl+Z undoes it)")
        new = box.addButton(NEW_FROM_SAVED, QMessageBox.ButtonRole.ActionRole)
        new.setToolTip("Create a new project file from the template")
        later = box.addButton("N&ot Now", QMessageBox.ButtonRole.RejectRole)  # (Alt+N: New)
        box.setDefaultButton(apply)
        box.setEscapeButton(later)
        keyed_box(box).exec()
        clicked = box.clickedButton()
        return APPLY_SAVED if clicked is apply else NEW_FROM_SAVED if clicked is new else ""
