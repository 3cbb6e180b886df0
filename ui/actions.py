"""Every command of the main window, declared once.

One row per command (text, keys, icon, when it is enabled, what it runs, where
it appears): the menus, the toolbar, the matrix's context menu, the enabled
state and the F1 table of keys are all generated from ``ACTIONS``, so they
cannot drift apart. Keys the matrix handles itself (letters, Delete, Enter) are
rows too, with ``shown`` keys: listed in menus and help, not registered twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from ui.find_bar import find_bar
from ui.palette import themed_icon
from ui.theme import ThemeFollower

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Std = QKeySequence.StandardKey
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")
"""Redo, on every system (Qt's standard Redo is only one of them, and which one varies)."""
Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Act:
    """One command: how it looks, its keys, when it is enabled, what it runs, where it shows."""

    key: str
    text: str
    run: Callable[[MainWindow], object] | None = None
    keys: tuple[Key, ...] = ()
    shown: str = ""  # keys the matrix handles itself: shown in menus and help only
    icon: str = ""
    tip: str = ""
    needs_project: bool = True
    edits: bool = True  # changes the project (so off when the file went away)
    menu: str = ""
    toolbar: bool = False
    context: bool = False
    help: str = ""  # the F1 section it is listed under ("" = not listed)
    make: Callable[[MainWindow], QAction] | None = None  # a ready-made action (undo, dock)
    checkable: bool = False


def _guide(window: MainWindow) -> None:
    from ui.help_dialog import GuideDialog  # it reads this table: imported when used

    GuideDialog(window).exec()


def _about(window: MainWindow) -> None:
    from ui.help_dialog import show_about  # it reads this table: imported when used

    show_about(window)


QUICK_FIX_TEXT = "&Quick Fix..."
"""Quick Fix: in the Edit menu, the matrix's context menu and on the findings panel's button."""
IMPORT_TEXT = "&Import Excel, ODS or CSV..."
"""File > Import: it reads a RACI sheet from a workbook or a matrix saved as text."""
IMPORT_MENU = "File > " + IMPORT_TEXT.replace("&", "").removesuffix("...")
"""How messages name it."""
SEP = "-"
MENUS = ("&File", "&Edit", "&Matrix", "&View", "&Help")


def _sep(menu: str) -> Act:
    return Act(SEP, "", menu=menu)


ACTIONS: tuple[Act, ...] = (
    # File
    Act("new", "&New...", lambda w: w.files.new_project(), (Std.New,), icon="new",
        tip="New project, from a template or empty", needs_project=False, menu="&File",
        toolbar=True, help="Project"),
    Act("open", "&Open...", lambda w: w.files.open_dialog(), (Std.Open,), icon="open",
        tip="Open a project file", needs_project=False, menu="&File", toolbar=True,
        help="Project"),
    Act("open_shared", "Open S&hared Project...", lambda w: w.shared.open_dialog(),
        ("Ctrl+Shift+O",), icon="open", needs_project=False, menu="&File", help="Project",
        tip="Open a project on a PostgreSQL server, edited by the whole team"),
    Act("recent", "Open &Recent", needs_project=False, menu="&File",
        tip="Open a project you opened before, from a file or a server"),
    _sep("&File"),
    Act("save_as", "Save &As...", lambda w: w.files.save_as(), (Std.SaveAs,),
        tip="Save this project to another file and go on working in that file",
        menu="&File", help="Project", edits=False),
    Act("copy_as", "Save a Cop&y As...", lambda w: w.files.save_copy(),
        tip="Write a copy of this project to another file; you go on working in this one",
        menu="&File", edits=False),
    Act("publish", "P&ublish to Server...", lambda w: w.shared.publish_dialog(),
        tip="Copy this project, with its history, to a PostgreSQL server and open it there",
        menu="&File", edits=False),
    Act("apply", "Apply &Template...", lambda w: w.files.apply_template_dialog(),
        icon="template", tip="Add a template's roles and activities to this project",
        menu="&File"),
    Act("save_template", "Sa&ve as Template...", lambda w: w.files.save_as_template(),
        icon="template", menu="&File",
        tip="Save the roles, phases and activities (without people) as a template",
        edits=False),
    Act("derive", "New Template from &Documents...", lambda w: w.files.derive_dialog(),
        icon="template", needs_project=False, menu="&File",
        tip="Draft a template from documents that describe who does what, then review it"),
    _sep("&File"),
    Act("import", IMPORT_TEXT, lambda w: w.files.import_dialog(), ("Ctrl+I",),
        icon="import", needs_project=False, menu="&File", toolbar=True, help="Project",
        tip="Create a project from a RACI sheet: an Excel workbook (.xlsx, .xlsm), an "
            "OpenDocument spreadsheet (.ods) or a matrix saved as text (.csv, .tsv, .txt)"),
    Act("export", "&Export Excel...", lambda w: w.files.export_dialog(), ("Ctrl+E",),
        icon="export", tip="Export a stakeholder-ready workbook", menu="&File", toolbar=True,
        help="Project",
        edits=False),
    Act("export_csv", "Export C&SV...", lambda w: w.files.export_csv_dialog(),
        tip="Export the matrix alone as CSV", menu="&File",
        edits=False),
    _sep("&File"),
    Act("close", "&Close", lambda w: w.close_project(), (Std.Close,), menu="&File",
        tip="Close the project (every change is already saved) and show the start page",
        edits=False),
    Act("quit", "&Quit", lambda w: w.close(), (Std.Quit,), needs_project=False, menu="&File",
        tip="Close the window and quit (every change is already saved)"),
    # Edit
    Act("undo", "&Undo", keys=(Std.Undo,), needs_project=False, menu="&Edit", help="Edit",
        make=lambda w: StepAction(w, undo=True),
        tip="Take back the last change (the menu names it); every change can be undone"),
    # Both redo keys on every system: the standard one is Ctrl+Y on some (then listed twice,
    # it would be ambiguous and do nothing) and Ctrl+Shift+Z on others.
    Act("redo", "&Redo", keys=REDO_KEYS, needs_project=False, menu="&Edit",
        help="Edit", make=lambda w: StepAction(w, undo=False),
        tip="Make again the change you last undid (the menu names it)"),
    _sep("&Edit"),
    Act("copy", "&Copy", lambda w: w.view.copy_selection(), shown="Ctrl+C", menu="&Edit",
        tip="Copy the selected cells as text for Excel", help="Edit", context=True,
        edits=False),
    Act("paste", "&Paste", lambda w: w.view.paste(), shown="Ctrl+V", menu="&Edit",
        tip="Paste a block copied from Excel (checked first, one step)", help="Edit",
        context=True),
    Act("clear", "C&lear Cells", lambda w: w.view.clear_selection_cells(), shown="Delete",
        icon="delete", tip="Empty the selected cells", menu="&Edit", help="Edit",
        context=True),
    Act("pick", "&Edit Letters...", lambda w: w.structure.edit_current(), shown="Enter",
        tip="Open the letter picker on the current cell (or double-click it)", menu="&Edit",
        help="Edit", context=True),
    Act("note", "Cell &Note...", lambda w: w.structure.edit_note(), ("Ctrl+Shift+N",),
        tip="Add or change the note of the current cell (shown in its tooltip and in the "
            "Excel export)", menu="&Edit", help="Edit", context=True),
    Act("quick_fix", QUICK_FIX_TEXT, lambda w: w.findings.fix_current_row(), ("Ctrl+.",),
        tip="Fix the current row's finding in one step (owner, doer, or letters that do not "
            "go together)", menu="&Edit", context=True, help="Edit"),
    _sep("&Edit"),
    Act("find", "&Find...", lambda w: find_bar(w).open(), (Std.Find,), menu="&Edit",
        tip="Find an activity or role by name (a person in the by-person view)", help="Edit",
        edits=False),
    Act("find_next", "Find Ne&xt", lambda w: find_bar(w).step(1), (Std.FindNext,),
        tip="Go to the next activity or role found", menu="&Edit", help="Edit", edits=False),
    Act("find_previous", "Find Pre&vious", lambda w: find_bar(w).step(-1), (Std.FindPrevious,),
        tip="Go to the previous activity or role found", menu="&Edit", help="Edit",
        edits=False),
    # Matrix
    Act("add_activity", "Add &Activity...", lambda w: w.structure.add_activity(),
        ("Ctrl+Shift+A",), icon="add-row", tip="Add an activity below the current row",
        menu="&Matrix", toolbar=True, context=True, help="Matrix"),
    Act("rename_activity", "&Rename Activity...", lambda w: w.structure.rename_activity(),
        ("F2",), tip="Rename the current activity (or double-click its name)", menu="&Matrix",
        context=True, help="Matrix"),
    Act("delete_activity", "&Delete Activities", lambda w: w.structure.delete_activities(),
        ("Ctrl+Shift+Delete",), icon="delete", tip="Delete the selected activities",
        menu="&Matrix", context=True, help="Matrix"),
    Act("up", "Move Activity &Up", lambda w: w.structure.move_activity(-1), ("Alt+Up",),
        menu="&Matrix", help="Matrix", tip="Move the activity up (across phases too)"),
    Act("down", "Move Activity Do&wn", lambda w: w.structure.move_activity(1), ("Alt+Down",),
        menu="&Matrix", help="Matrix", tip="Move the activity down (across phases too)"),
    _sep("&Matrix"),
    Act("add_phase", "Add P&hase...", lambda w: w.structure.add_phase(), menu="&Matrix",
        tip="Add a phase heading"),
    Act("rename_phase", "Re&name Phase...", lambda w: w.structure.rename_phase(),
        menu="&Matrix", tip="Rename the current row's phase (or double-click its heading)"),
    Act("delete_phase", "Delete Phas&e", lambda w: w.structure.delete_phase(),
        menu="&Matrix", tip="Delete the current row's phase; its activities stay"),
    Act("phase_up", "Move Phase U&p", lambda w: w.structure.move_phase(-1), ("Ctrl+Alt+Up",),
        menu="&Matrix", help="Matrix",
        tip="Move the current row's phase, with its activities, up"),
    Act("phase_down", "Mo&ve Phase Down", lambda w: w.structure.move_phase(1),
        ("Ctrl+Alt+Down",), menu="&Matrix", help="Matrix",
        tip="Move the current row's phase, with its activities, down"),
    _sep("&Matrix"),
    Act("add_role", "Add R&ole...", lambda w: w.structure.add_role(), ("Ctrl+Shift+R",),
        icon="add-column", tip="Add a role column after the current one", menu="&Matrix",
        toolbar=True, context=True, help="Matrix"),
    Act("rename_role", "Rena&me Role...", lambda w: w.structure.rename_role(),
        menu="&Matrix", tip="Rename the current role"),
    Act("delete_role", "Delete Ro&le", lambda w: w.structure.delete_role(), menu="&Matrix",
        tip="Delete the current role and its letters (undoable)"),
    Act("left", "Move Role Le&ft", lambda w: w.structure.move_role(-1), ("Alt+Left",),
        menu="&Matrix", help="Matrix", tip="Move the role column left"),
    Act("right", "Move Role Ri&ght", lambda w: w.structure.move_role(1), ("Alt+Right",),
        menu="&Matrix", help="Matrix", tip="Move the role column right"),
    _sep("&Matrix"),
    Act("team", "&Team...", lambda w: w.structure.team_dialog(), ("Ctrl+T",), icon="team",
        tip="Roles, people and who fills which role", menu="&Matrix", toolbar=True,
        help="Project"),
    Act("settings", "Project &Settings...", lambda w: w.structure.settings_dialog(),
        ("Ctrl+,",), icon="settings", tip="Letter scheme and check thresholds",
        menu="&Matrix", toolbar=True, help="Project"),
    # View
    Act("findings_dock", "Findings &Panel", needs_project=False, menu="&View",
        make=lambda w: w.findings.toggleViewAction(), checkable=True, edits=False,
        tip="Show or hide the findings: missing or duplicate owners, roles nobody fills, "
            "overloads"),
    Act("history_dock", "&History Panel", menu="&View",  # hidden while no project is open
        make=lambda w: w.history.toggleViewAction(), checkable=True, edits=False,
        tip="Who changed what and when: the whole project, the current activity, role or "
            "cell, or one person"),
    Act("full_names", "Full Role &Names in Headers",
        lambda w: w.view.set_full_role_names(w.commands["full_names"].isChecked()),
        ("Ctrl+Shift+H",), checkable=True, menu="&View", help="View",
        tip="Show each role's full name above its column instead of its code",
        edits=False),
    _sep("&View"),
    Act("focus_findings", "Go to &Findings", lambda w: w.findings.focus(), ("Ctrl+Shift+F",),
        icon="findings", tip="Move the keyboard focus to the findings", menu="&View",
        help="View",
        edits=False),
    Act("focus_matrix", "Go to &Matrix", lambda w: w.focus_matrix(), ("Ctrl+Shift+M",),
        tip="Move the keyboard focus to the matrix", menu="&View", help="View",
        edits=False),
    # Help
    Act("guide", "&User Guide", lambda w: _guide(w), needs_project=False, menu="&Help",
        tip="Read the user guide, with pictures of each step"),
    Act("shortcuts", "&Keyboard Shortcuts", lambda w: w.show_shortcuts(), ("F1",),
        needs_project=False, menu="&Help", help="Help",
        tip="List every key of the app, menu by menu"),
    Act("about", "&About RACI Planner", lambda w: _about(w), needs_project=False,
        menu="&Help", tip="The app's version and what it is for"),
)

MATRIX_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Matrix", "A, R, C, I (the scheme's letters)",
     "Set that letter in every selected cell (replacing what is there)"),
    ("Matrix", "Shift+letter", "Add the letter to the selected cells (or take it away)"),
    ("Matrix", "Shift+arrows", "Select a rectangle of cells (phase headings are skipped)"),
    ("Matrix", "Backspace", "Clear the selected cells, like Delete"),
)
"""Keys the matrix handles that are not commands of their own."""
DIALOG_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Team dialog", "Tab, Enter", "Keep the field typed and move to the next one in the table"),
    ("Team dialog", "Ctrl+Tab, Ctrl+Shift+Tab",
     "Leave the table for the next (previous) control: its buttons, the tabs"),
)
"""Keys of the dialogs' tables that are not commands (the F1 table lists them last)."""


def key_text(act: Act) -> str:
    """The keys of a command as the user reads them ('Ctrl+Z, Ctrl+Y')."""
    if act.shown:
        return act.shown
    texts = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in act.keys]
    return ", ".join(t for t in texts if t)


class StepAction(QAction):
    """Undo or Redo, named after the step it takes; disabled while the project takes no
    edits (a server away, a file gone), so a step is never spent on a refusal."""

    def __init__(self, window: MainWindow, undo: bool) -> None:
        self.verb = "&Undo" if undo else "&Redo"
        super().__init__(self.verb, window)
        self.main, stack = window, window.stack
        # The step is known from what the stack's signals carry, never asked of the stack
        # when they arrive: the window's stack, destroyed before its actions, empties
        # itself and signals as it goes, and asking it then ("Internal C++ object already
        # deleted") printed a traceback for each signal when a script left the window open.
        self.able = stack.canUndo() if undo else stack.canRedo()
        self.step = stack.undoText() if undo else stack.redoText()
        can, text = ((stack.canUndoChanged, stack.undoTextChanged) if undo else
                     (stack.canRedoChanged, stack.redoTextChanged))
        can.connect(self._can)
        text.connect(self._text)
        self.triggered.connect(stack.undo if undo else stack.redo)
        self.refresh()

    def _can(self, able: bool) -> None:
        self.able = able
        self.refresh()

    def _text(self, step: str) -> None:
        self.step = step
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Enable and name the action after the stack and the project's state."""
        service = self.main.service
        self.setEnabled(self.able and (service is None or service.stopped is None))
        # A name's "&" (R&D) is a character here, never a mnemonic.
        self.setText(f"{self.verb} {self.step.replace('&', '&&')}".rstrip())


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """QActions for every row of ACTIONS, connected to the window."""
    actions: dict[str, QAction] = {}
    ThemeFollower(window)  # the icons set here, and the window's others, follow the palette
    for act in ACTIONS:
        if act.key == SEP or act.key == "recent":
            continue
        action = act.make(window) if act.make else QAction(act.text, window)
        text = act.text if not act.shown else f"{act.text}\t{act.shown}"
        action.setText(text)
        dock = action.parent()
        if isinstance(dock, QDockWidget):
            # Qt names a dock's own toggle after the dock's title ("Findings (3)", counting
            # as it goes): the menu keeps the command's name and its Alt key instead.
            dock.windowTitleChanged.connect(lambda _title, a=action, t=text: a.setText(t))
        if act.keys:
            action.setShortcuts([QKeySequence(k) for k in act.keys])
        if act.icon:
            action.setIcon(themed_icon(action, act.icon))
        tip = act.tip or act.text.replace("&", "").rstrip(".")
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({key_text(act)})" if key_text(act) else tip)
        action.setCheckable(act.checkable)
        if act.run is not None:
            run = act.run
            action.triggered.connect(lambda _checked=False, r=run: r(window))
        actions[act.key] = action
    return actions


def build_menus(window: MainWindow, actions: dict[str, QAction], recent: QMenu) -> None:
    """The menu bar, the toolbar and the matrix's context menu, in table order."""
    menus = {title: window.menuBar().addMenu(title) for title in MENUS}
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("main-toolbar")
    window.addToolBar(toolbar)
    last_group = ""
    for act in ACTIONS:
        menu = menus.get(act.menu)
        if act.key == SEP:
            if menu is not None:
                menu.addSeparator()
            continue
        if act.key == "recent":
            if menu is not None:
                menu.addMenu(recent)
                recent.menuAction().setStatusTip(act.tip)
                recent.menuAction().setToolTip(act.tip)
            continue
        if menu is not None:
            menu.addAction(actions[act.key])
        if act.toolbar:
            if last_group and last_group != act.menu:
                toolbar.addSeparator()
            toolbar.addAction(actions[act.key])
            last_group = act.menu
        if act.context:
            window.view.addAction(actions[act.key])


def update_enabled(actions: dict[str, QAction], has_project: bool, editable: bool) -> None:
    """Commands that need a project need one open; those that edit need it editable."""
    for act in ACTIONS:
        if act.key in actions and act.needs_project:
            actions[act.key].setEnabled(editable if act.edits else has_project)
    for action in actions.values():
        if isinstance(action, StepAction):
            action.refresh()


def help_rows() -> list[tuple[str, str, str]]:
    """(section, keys, what they do) for the F1 table, from the same table as the menus."""
    rows = [(section, keys, text) for section, keys, text in MATRIX_KEYS]
    for act in ACTIONS:
        if act.help and key_text(act):
            rows.append((act.help, key_text(act), act.tip or act.text.replace("&", "")))
    order = ["Matrix", "Edit", "Project", "View", "Help"]
    rows = sorted(rows, key=lambda r: order.index(r[0]) if r[0] in order else len(order))
    return rows + list(DIALOG_KEYS)
