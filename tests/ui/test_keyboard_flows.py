"""The main flows with the keyboard alone: key presses go where the focus is, as a user's would.

Start page -> New from a template -> letters typed into cells -> a finding fixed
with the quick fix -> a person added through the form -> the workbook exported.
Each dialog is driven by keys once it has the focus; every control met on the
way must be reachable with Tab and carry a name a screen reader can say.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from raci.checks import Severity
from tests.ui.conftest import Boxes
from ui.dialogs import NewProjectDialog, TeamDialog
from ui.forms import ActivityForm, NoteForm, PersonForm, RenameForm, RoleForm
from ui.main_window import MainWindow, start_window

Key = Qt.Key
Mod = Qt.KeyboardModifier
WAIT_MS = 10000


class Keyboard:
    """Key presses sent to the focused widget; dialogs answered once they have the focus."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.problems: list[str] = []
        self.pending = 0  # dialogs waited for and not answered yet

    @staticmethod
    def focus() -> QWidget:
        """Where a key goes: an open menu, else the widget with the focus (there must be one)."""
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Key, modifier: Mod = Mod.NoModifier, times: int = 1) -> None:
        """Press a key where the focus is."""
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        """Type text where the focus is."""
        self.qtbot.keyClicks(self.focus(), text)

    def replace_text(self, text: str) -> None:
        """Select all of the focused field and type over it."""
        self.press(Key.Key_A, Mod.ControlModifier)
        self.type(text)

    def when_focused(self, kind: type[QWidget], answer: Callable[[Any], None]) -> None:
        """Once a dialog or menu of this kind holds the focus, run answer on it.

        A failed assertion is kept (and the dialog closed) so a test never hangs
        on a modal dialog; ``done`` raises what was kept.
        """
        waited = [0]
        self.pending += 1

        def poll() -> None:
            shown = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            if isinstance(shown, kind) and (isinstance(shown, QMenu) or (
                    focus is not None and shown.isAncestorOf(focus))):
                try:
                    answer(shown)
                except AssertionError as exc:
                    self.problems.append(f"{kind.__name__}: {exc}")
                    shown.close()
                self.pending -= 1
                return
            waited[0] += 20
            if waited[0] > WAIT_MS:
                self.problems.append(f"no {kind.__name__} took the focus")
                if shown is not None:
                    shown.close()
                self.pending -= 1
                return
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    def done(self, window: QWidget | None = None) -> None:
        """Wait for the dialogs expected, raise what went wrong in them; then wait for window."""
        self.qtbot.waitUntil(lambda: self.pending == 0, timeout=WAIT_MS + 1000)
        assert not self.problems, self.problems
        if window is not None:
            self.back_to(window)

    def back_to(self, window: QWidget) -> None:
        """A window manager activates the window again when a dialog over it closes.

        The offscreen platform has none, so the test does it.
        """
        def active() -> bool:
            window.activateWindow()  # refused while a closing dialog still blocks it
            return QApplication.activeWindow() is window

        self.qtbot.waitUntil(active, timeout=WAIT_MS * 2)


def name_of(widget: QWidget) -> str:
    """What a screen reader says for a control: its accessible name, text or label."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar):  # read out as its tabs' texts
        return ", ".join(widget.tabText(i).replace("&", "") for i in range(widget.count()))
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "")
    return ""


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab reaches in a window, in order (once round the focus chain)."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if (widget.isVisible() and widget.isEnabled() and widget.window() is window
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def assert_reachable_and_named(window: QWidget, keys: Keyboard, walk: bool = True) -> None:
    """Every control of a window is a Tab stop with a name; with walk, Tab really visits them."""
    stops = tab_stops(window)
    assert stops, f"{window.windowTitle()}: nothing can take the focus"
    unnamed = [w.metaObject().className() for w in stops if not name_of(w)]
    assert not unnamed, f"{window.windowTitle()}: controls without a name: {unnamed}"
    if walk:
        start = keys.focus()
        seen = [start]
        for _ in range(len(stops) + 2):
            keys.press(Key.Key_Tab)
            if keys.focus() is start:
                break
            seen.append(keys.focus())
        assert keys.focus() is start, f"{window.windowTitle()}: Tab does not come back round"
        assert set(seen) == set(stops), (
            f"{window.windowTitle()}: Tab skips "
            f"{[name_of(w) for w in set(stops) - set(seen)]}")


def test_new_project_to_export_with_the_keyboard_alone(
    qtbot: Any, settings: Any, boxes: Boxes, tmp_path: Path
) -> None:
    keys = Keyboard(qtbot)
    window = start_window([], settings)
    qtbot.addWidget(window)
    window.show()
    keys.back_to(window)

    # 1. The start page: the first way to begin has the focus; every choice is named.
    page = window.start_page
    assert keys.focus() is page.buttons["new"]
    for button in page.buttons.values():
        assert name_of(button) and button.accessibleDescription()
    keys.press(Key.Key_Tab)
    assert keys.focus() is page.buttons["open"]
    keys.press(Key.Key_Tab, Mod.ShiftModifier)
    assert keys.focus() is page.buttons["new"]

    # 2. New from a template: name typed, template chosen with the arrows, file named.
    project = tmp_path / "Launch plan.raci"
    chosen: list[str] = []

    def save_as(dialog: QFileDialog) -> None:
        keys.replace_text(str(project))
        keys.press(Key.Key_Return)

    def new_project(dialog: NewProjectDialog) -> None:
        assert keys.focus() is dialog.name
        assert_reachable_and_named(dialog, keys)
        keys.press(Key.Key_Tab)
        assert keys.focus() is dialog.list
        keys.press(Key.Key_Home)
        keys.press(Key.Key_Down)  # the first template under "Empty project"
        chosen.append(dialog.selected_id())
        keys.press(Key.Key_Tab, Mod.ShiftModifier)
        assert keys.focus() is dialog.name
        keys.replace_text("Launch plan")
        keys.when_focused(QFileDialog, save_as)
        keys.press(Key.Key_Return)

    keys.when_focused(NewProjectDialog, new_project)
    keys.press(Key.Key_Return)  # Enter takes the focused choice, as Space does
    keys.done(window)
    assert window.service is not None and window.model is not None
    assert window.service.path == project
    state = window.service.state()
    assert state.name == "Launch plan" and chosen == [window.library.entries()[0].id]
    assert keys.focus() is window.view  # the keyboard lands in the matrix
    model, view = window.model, window.view
    assert view.currentIndex() == model.index(1, 0)  # the first activity, first role

    # 3. Letters typed into cells: a letter replaces, arrows move.
    roles = [r.id for r in state.roles]

    def plain_owner(row: int) -> int | None:
        act = model.activity_at(row)
        return None if act is None else next(
            (i for i, r in enumerate(roles) if state.letters(act, r) == {"A"}), None)

    row = next(r for r in range(1, model.rowCount()) if plain_owner(r) is not None)
    for _ in range(row - 1):
        keys.press(Key.Key_Down)
    assert view.currentIndex().row() == row
    first = model.activity_at(row)
    owner = plain_owner(row)
    assert first is not None and owner is not None
    empty = next(i for i, r in enumerate(roles) if not state.letters(first, r))
    keys.press(Key.Key_Right, times=empty)
    keys.press(Key.Key_I)
    assert model.index(row, empty).data() == "I"
    keys.press(Key.Key_C)  # typing replaces: C, not C/I
    assert model.index(row, empty).data() == "C"
    step = Key.Key_Left if owner < empty else Key.Key_Right
    keys.press(step, times=abs(owner - empty))
    keys.press(Key.Key_C)  # the row loses its only A: an error to fix
    assert model.index(row, owner).data() == "C"
    window.findings.timer.timeout.emit()  # the panel follows 120 ms later; do not wait

    # 4. Go to the findings, pick the error, fix it with the quick fix menu.
    keys.press(Key.Key_F, Mod.ControlModifier | Mod.ShiftModifier)
    assert keys.focus() is window.findings_view
    keys.press(Key.Key_Down)
    found = window.findings_model.finding(window.findings_view.currentIndex())
    assert found is not None and found.rule == "missing-accountable"
    assert found.activity_id == first
    keys.press(Key.Key_Tab)
    assert keys.focus() is window.fix_button and window.fix_button.isEnabled()
    fix_labels: list[str] = []

    def pick_fix(menu: QMenu) -> None:
        fix_labels.extend(a.text() for a in menu.actions())
        keys.press(Key.Key_Down)
        keys.press(Key.Key_Return)

    keys.when_focused(QMenu, pick_fix)
    keys.press(Key.Key_Space)
    keys.done(window)
    assert fix_labels and all(label.startswith("Make ") for label in fix_labels)
    state = window.service.state()
    assert sum("A" in state.letters(first, r) for r in roles) == 1
    assert not [f for f in model.findings() if f.severity is Severity.ERROR]
    keys.press(Key.Key_M, Mod.ControlModifier | Mod.ShiftModifier)
    assert keys.focus() is view

    # 5. Team (Ctrl+T): People tab, Add person... form, Escape closes.
    added: list[str] = []

    def person_form(form: PersonForm) -> None:
        assert keys.focus() is form.name
        assert_reachable_and_named(form, keys)
        keys.type("Ann Lee")
        keys.press(Key.Key_Tab)
        assert keys.focus() is form.email
        keys.type("ann@example.org")
        keys.press(Key.Key_Tab)
        assert keys.focus() is form.job_title
        keys.type("Director")
        keys.press(Key.Key_Tab)
        assert keys.focus() is form.roles
        keys.press(Key.Key_Down)
        keys.press(Key.Key_Up)  # the first role
        keys.press(Key.Key_Space)  # ticks it
        keys.press(Key.Key_Return)
        added.append(form.values().name)

    def team(dialog: TeamDialog) -> None:
        assert_reachable_and_named(dialog, keys, walk=False)  # Tab moves inside its tables
        keys.press(Key.Key_P, Mod.AltModifier)
        assert dialog.tabs.currentWidget() is dialog.people_tab
        assert_reachable_and_named(dialog, keys, walk=False)
        keys.when_focused(PersonForm, person_form)
        keys.press(Key.Key_A, Mod.AltModifier)  # a mnemonic clicks its button 100 ms later
        qtbot.waitUntil(lambda: bool(added or keys.problems))
        keys.back_to(dialog)
        assert keys.focus().window() is dialog
        keys.press(Key.Key_Escape)

    keys.when_focused(TeamDialog, team)
    keys.press(Key.Key_T, Mod.ControlModifier)
    keys.done(window)
    state = window.service.state()
    ann = next(p for p in state.people if p.name == "Ann Lee")
    assert (ann.email, ann.title, ann.roles) == ("ann@example.org", "Director", (roles[0],))
    assert keys.focus() is view

    # 6. Export (Ctrl+E): the workbook holds what was typed.
    workbook = tmp_path / "Launch plan.xlsx"

    def export_as(dialog: QFileDialog) -> None:
        keys.replace_text(str(workbook))
        keys.press(Key.Key_Return)

    keys.when_focused(QFileDialog, export_as)
    keys.press(Key.Key_E, Mod.ControlModifier)
    keys.done()
    QThreadPool.globalInstance().waitForDone()  # written on a worker, with a progress box
    qtbot.waitUntil(lambda: workbook.exists() and QApplication.activeModalWidget() is None,
                    timeout=WAIT_MS * 2)
    keys.back_to(window)
    book = load_workbook(workbook, read_only=True)
    people = [row[0] for row in book["People"].iter_rows(values_only=True)]
    assert "Ann Lee" in people
    book.close()
    assert keys.focus() is view
    assert not boxes.shown  # nothing went wrong on the way
    window.close_project()


def test_the_main_window_controls_are_named(qtbot: Any, main_window: MainWindow) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    stops = tab_stops(main_window)
    assert main_window.view in stops and main_window.findings_view in stops
    unnamed = [w.metaObject().className() for w in stops if not name_of(w)]
    assert not unnamed
    main_window.hide()


def test_every_dialog_reached_from_the_menus_names_its_controls(
    qtbot: Any, main_window: MainWindow
) -> None:
    keys = Keyboard(qtbot)
    main_window.show()
    keys.back_to(main_window)
    main_window.view.setFocus()
    ctrl_shift = Mod.ControlModifier | Mod.ShiftModifier
    for shortcut, kind, walk in (((Key.Key_T, Mod.ControlModifier), TeamDialog, False),
                                 ((Key.Key_Comma, Mod.ControlModifier), QDialog, False),
                                 ((Key.Key_F1, Mod.NoModifier), QDialog, False),
                                 ((Key.Key_A, ctrl_shift), ActivityForm, True),
                                 ((Key.Key_R, ctrl_shift), RoleForm, True),
                                 ((Key.Key_F2, Mod.NoModifier), RenameForm, True),
                                 ((Key.Key_N, ctrl_shift), NoteForm, True)):
        def check(dialog: QDialog, walk: bool = walk) -> None:
            if walk:
                assert isinstance(keys.focus(), QLineEdit | QPlainTextEdit), (
                    f"{dialog.windowTitle()} opens on {keys.focus().metaObject().className()}")
            assert_reachable_and_named(dialog, keys, walk=walk)
            dialog.reject()

        keys.when_focused(kind, check)
        keys.press(*shortcut)
        keys.done(main_window)
        main_window.view.setCurrentIndex(main_window.model.index(1, 1))  # type: ignore[union-attr]
    main_window.hide()


def test_no_alt_key_is_taken_twice_in_a_menu(main_window: MainWindow) -> None:
    """A key two items share only moves between them: Alt+F, C must save a copy or close,
    not ask for a second press."""
    import re

    def key(text: str) -> str | None:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        return found.group(1).lower() if found else None

    bar = [a for a in main_window.menuBar().actions() if a.menu() is not None]
    assert len({key(a.text()) for a in bar}) == len(bar)
    for top in bar:
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()  # (File > Open Recent and View fill themselves)
        keys = [key(a.text()) for a in menu.actions() if not a.isSeparator()]
        taken = [k for k in keys if k is not None]
        doubled = sorted({k for k in taken if taken.count(k) > 1})
        assert not doubled, (top.text(), doubled)
