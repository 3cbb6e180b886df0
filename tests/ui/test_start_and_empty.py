"""The start page, closing a project, guidance in empty views, findings grouped by cause."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from raci.checks import check_project, owned_or_done
from raci.operations import AddPeople, NewPerson
from raci.service import ProjectService
from tests.ui.conftest import Boxes
from ui.findings_model import FindingsModel
from ui.main_window import MainWindow, start_window


def test_first_start_shows_the_start_page(qtbot: Any, settings: QSettings,
                                          boxes: Boxes) -> None:
    window = start_window([], settings)
    qtbot.addWidget(window)
    assert window.service is None
    assert window.pages.currentWidget() is window.start_page
    page = window.start_page
    assert set(page.buttons) == {"new", "open", "shared", "import", "derive", "sample"}
    for button in page.buttons.values():
        assert button.description(), button.text()  # one line saying what it does
        assert button.accessibleName()
    assert page.recent.count() == 1 and "No recent projects" in page.recent.item(0).text()
    assert window.hints[2].label.text().startswith("No project open")
    page.buttons["sample"].click()
    assert window.service is not None
    assert window.pages.currentWidget() is window.tabs
    window.close_project()


@pytest.mark.filterwarnings("error")  # any Python warning fails it, as Qt's warnings do
def test_close_returns_to_the_start_page_without_errors(qtbot: Any,
                                                         main_window: MainWindow) -> None:
    assert main_window.findings_model.rowCount() > 0
    main_window.close_project()
    assert main_window.pages.currentWidget() is main_window.start_page
    assert main_window.findings_dock.windowTitle() == "Findings"
    assert main_window.findings_model.rowCount() == 0
    findings_hint = main_window.hints[2]
    assert findings_hint.label.text().startswith("No project open")  # not a blank panel
    assert not main_window.fix_button.isEnabled()
    recent = main_window.start_page.recent
    assert recent.count() == 1 and recent.item(0).text().startswith("Sample project")
    # Keys in the (now empty) grid used to raise in every key press.
    for key in (Qt.Key.Key_A, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Down):
        qtbot.keyClick(main_window.view, key)
    qtbot.keyClick(main_window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    recent.setCurrentRow(0)
    recent.itemActivated.emit(recent.item(0))
    assert main_window.service is not None


def test_the_recent_projects_can_be_cleared(main_window: MainWindow, tmp_path: Path) -> None:
    """A project moved away stayed on the start page, greyed, with no way to take it off:
    File > Open Recent ends with Clear Recent Projects, which empties both lists."""
    from PySide6.QtWidgets import QMenu

    gone = tmp_path / "moved away.raci"
    ProjectService.create(gone, "Moved").close()
    assert main_window.files.open_path(gone)
    main_window.close_project()
    gone.unlink()
    menu = QMenu(main_window)
    main_window.files.fill_recent(menu)
    clear = menu.actions()[-1]
    assert clear.text() == "&Clear Recent Projects" and menu.actions()[-2].isSeparator()
    clear.trigger()
    assert main_window.files.recent_files() == []
    recent = main_window.start_page.recent
    assert recent.count() == 1 and "No recent projects" in recent.item(0).text()
    main_window.files.fill_recent(menu)  # nothing to clear: no such item
    assert [a.text() for a in menu.actions()] == ["(none)"]
    assert main_window.files.open_sample()


def test_empty_views_say_what_to_do(qtbot: Any, main_window: MainWindow,
                                    tmp_path: Path) -> None:
    assert main_window.files.new_project(tmp_path / "empty.raci", "__empty__", "Launch")
    matrix_hint, person_hint, findings_hint = main_window.hints
    assert matrix_hint.label.isVisibleTo(main_window)
    assert "No roles yet" in matrix_hint.label.text()
    assert "No activities yet" in matrix_hint.label.text()
    assert "Nobody is in the team yet" in person_hint.label.text()
    assert main_window.findings_model.rowCount() == 0  # no empty severity groups
    assert main_window.findings_dock.windowTitle() == "Findings (none)"
    assert "Nothing to check yet" in findings_hint.label.text()  # nothing to vouch for
    main_window.tabs.setCurrentWidget(main_window.workload)  # drawn when its tab shows
    assert main_window.workload.caption.text().startswith("Nothing to chart yet")
    main_window.structure.add_role("Product Owner")
    assert "No roles yet" not in matrix_hint.label.text()
    main_window.structure.add_activity("Write the roadmap")
    assert not matrix_hint.label.isVisibleTo(main_window)


def test_findings_with_one_cause_are_shown_once(qtbot: Any, qtmodeltester: Any,
                                                service: ProjectService) -> None:
    po = service.add_role("Product Owner", "PO")
    dev = service.add_role("Developer", "DEV")
    acts = [service.add_activity(f"Task {i}") for i in range(12)]
    service.set_cells({cell: letters for a in acts
                       for cell, letters in (((a, po), "A"), ((a, dev), "R"))})
    service.add_person("Ann Lee", roles=[dev])  # the first person: PO is still empty
    state = service.state()
    findings = check_project(state)
    assert [f.rule for f in findings] == ["unstaffed-role"]
    model = FindingsModel()
    model.set_findings(findings, state)
    qtmodeltester.check(model)
    warnings = model.index(0, 0)
    assert warnings.data() == "Warnings (1)"
    assert model.rowCount(warnings) == 1
    cause = model.index(0, 0, warnings)
    assert model.is_cause(cause)
    assert cause.data().startswith("Product Owner (PO) holds A on 12 activities but nobody "
                                   "fills it")
    assert model.rowCount(cause) == 12
    assert model.index(3, 0, cause).data() == "Task 3"
    member = model.finding(model.index(3, 0, cause))
    assert member is not None and member.activity == "Task 3" and member.role_id == po
    summary = model.finding(cause)
    assert summary is not None and summary.role_id == po and summary.activity_id is None


def test_the_first_person_in_a_template_project_turns_no_row_red(
    qtbot: Any, main_window: MainWindow, tmp_path: Path
) -> None:
    window = main_window
    assert window.files.new_project(tmp_path / "launch.raci", "agile-team", "Launch")
    model = window.model
    assert model is not None
    rows = range(model.rowCount())

    def row_icons() -> list[bool]:
        return [model.headerData(r, Qt.Orientation.Vertical,
                                 Qt.ItemDataRole.DecorationRole) is not None for r in rows]

    icons_before = row_icons()
    state = window.service.state() if window.service else None
    assert state is not None and not state.people
    first_role = state.roles[0]
    window.push(AddPeople((NewPerson("Ann Lee", roles=(first_role.id,)),)), "Add Ann Lee")
    qtbot.waitUntil(lambda: window.findings_dock.windowTitle() != "Findings (none)")
    assert row_icons() == icons_before  # mid-setup: no row gains a mark
    state = window.service.state()
    unstaffed = [r for r in state.roles if not r.people and owned_or_done(state, r.id)]
    assert len(unstaffed) >= 3
    findings = window.findings_model
    assert window.findings_dock.windowTitle() == f"Findings ({len(unstaffed)})"
    assert window.counts.text().startswith("0 errors")
    group = findings.index(0, 0)
    assert group.data() == f"Warnings ({len(unstaffed)})"
    for row, role in enumerate(unstaffed):  # one finding per role, its activities under it
        cause = findings.index(row, 0, group)
        assert cause.data().startswith(f"{role.name} ({role.code}) holds ")
        assert findings.rowCount(cause) == len(owned_or_done(state, role.id))
    # An activity under a cause takes the keyboard to its cell.
    child = findings.index(0, 0, findings.index(0, 0, group))
    window.findings.activate_finding(child)
    current = window.view.currentIndex()
    assert model.role_at(current.column()) == unstaffed[0].id
    assert state.activity(model.activity_at(current.row())).name == child.data()
    # Staffing the role resolves its one finding.
    window.push(AddPeople((NewPerson("Bo Ng", roles=(unstaffed[0].id,)),)), "Add Bo Ng")
    qtbot.waitUntil(lambda: findings.rowCount(findings.index(0, 0)) == len(unstaffed) - 1)


def test_the_findings_dock_leaves_the_matrix_most_of_a_small_window(
    qtbot: Any, main_window: MainWindow
) -> None:
    main_window.resize(1024, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.findings.width() <= 0.3 * main_window.width()
    assert main_window.view.width() >= 0.6 * main_window.width()
    main_window.hide()


def test_every_control_of_the_main_window_has_a_name(main_window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QToolButton,
    )

    unnamed = []
    widgets = [w for kind in (QAbstractItemView, QComboBox, QLineEdit, QAbstractButton)
               for w in main_window.findChildren(kind)]
    for widget in widgets:
        if isinstance(widget, QHeaderView) or (isinstance(widget, QToolButton)
                                               and widget.defaultAction() is not None):
            continue  # headers belong to their table; toolbar buttons carry their action
        parent = widget.parent()
        if widget.objectName().startswith("qt_") or (
                parent is not None and parent.inherits("QComboBoxPrivateContainer")):
            continue  # Qt's own parts: corner and overflow buttons, a combo box's popup
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == [], ", ".join(unnamed)


def test_history_hides_on_the_start_page_and_widens_to_show_its_columns(
        qtbot: Any, settings: Any, boxes: Any) -> None:
    from ui.history_panel import HISTORY_WIDTH

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    # The start page: no project, so no history tab and no way to open one.
    assert window.history.isHidden()
    assert not window.commands["history_dock"].isEnabled()
    assert window.files.open_sample()
    assert not window.history.isHidden() and window.commands["history_dock"].isEnabled()
    assert window.findings.isVisible()  # the findings stay in front
    narrow = window.findings.width()
    assert narrow < HISTORY_WIDTH
    window.history.raise_()
    qtbot.waitUntil(lambda: window.history.width() >= HISTORY_WIDTH - 10, timeout=1000)
    view = window.history.view
    columns = sum(view.columnWidth(c) for c in range(view.model().columnCount() - 1))
    assert columns < view.viewport().width()  # When, Who, What fit, Change has room
    window.findings.raise_()
    qtbot.waitUntil(lambda: abs(window.findings.width() - narrow) <= 10, timeout=1000)
    window.close_project()
    assert window.history.isHidden()
    assert window.files.open_sample()
    assert not window.history.isHidden()
    window.close()


def _front_tab(window: MainWindow) -> str:
    """The title of the dock tab in front on the right (the findings or the history)."""
    from PySide6.QtWidgets import QTabBar

    bars = [bar for bar in window.findChildren(QTabBar)
            if bar.isVisible() and any(bar.tabText(i) == "History" for i in range(bar.count()))]
    assert len(bars) == 1
    return bars[0].tabText(bars[0].currentIndex())


def test_the_next_project_opens_with_the_dock_tab_the_user_left_in_front(
        qtbot: Any, settings: Any, boxes: Any, tmp_path: Path) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.new_project(tmp_path / "empty.raci", "__empty__", "Launch")
    assert _front_tab(window).startswith("Findings")
    window.close_project()
    assert window.files.open_sample()  # the next project: the findings are still in front
    assert _front_tab(window).startswith("Findings")
    assert window.view.width() > window.findings.width()
    window.history.raise_()
    qtbot.waitUntil(lambda: _front_tab(window) == "History", timeout=1000)
    window.close_project()
    assert window.files.open_sample()  # the history was in front: it comes back in front
    assert _front_tab(window) == "History"
    window.findings.raise_()
    window.close_project()
    assert window.files.open_sample()
    assert _front_tab(window).startswith("Findings")
    window.close()


def test_the_status_bar_counts_suggestions_never_calling_them_notes(
        main_window: MainWindow) -> None:
    """A cell note is what a user writes; the findings' third kind must not share its name."""
    window = main_window
    assert window.model is not None
    window.view.setCurrentIndex(window.model.index(1, 1))
    assert window.structure.edit_note("Ask legal first")  # a note on a cell
    window.structure.add_role("Legal counsel")  # a role holding no letter: a suggestion
    window.findings.refresh()
    assert window.counts.text().split() == ["0", "errors", "1", "warning", "1", "suggestion"]
    groups = [window.findings_model.index(r, 0).data()
              for r in range(window.findings_model.rowCount())]
    assert groups == ["Warnings (1)", "Suggestions (1)"]


def test_a_history_line_cut_short_still_names_its_role(qtbot: Any, main_window: MainWindow) -> None:
    from ui.history_panel import WHAT

    window = main_window
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.model is not None and window.service is not None
    state = window.service.state()
    act, role = state.activities[4], state.roles[4]
    window.model.set_cells({(act.id, role.id): frozenset({"I"})}, "Inform QA")
    window.history.raise_()
    text = f"{act.name} / {role.code}"
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0
                    and window.history.model.text(0, WHAT) == text, timeout=2000)
    view = window.history.view
    room = view.columnWidth(WHAT) - 8  # the cell's margins
    assert view.fontMetrics().horizontalAdvance(text) > room  # it is cut at this width
    shown = view.fontMetrics().elidedText(text, view.textElideMode(), room)
    assert shown.endswith(f"/ {role.code}") and shown.startswith(act.name[:6])
    window.hide()


def test_empty_views_give_their_hint_the_whole_view(qtbot: Any, main_window: MainWindow,
                                                     tmp_path: Path) -> None:
    # no grey column of activity names beside the hint, no empty chart frame
    assert not main_window.view.verticalHeader().isHidden()  # the sample has rows
    assert main_window.files.new_project(tmp_path / "empty.raci", "__empty__", "Launch")
    for view in (main_window.view, main_window.person_view):
        assert view.verticalHeader().isHidden()
    main_window.tabs.setCurrentWidget(main_window.workload)
    assert main_window.workload.caption.text().startswith("Nothing to chart yet")
    assert main_window.workload.chart_view.isHidden()
    assert main_window.structure.add_role("Product Owner")
    assert main_window.view.verticalHeader().isHidden()  # a role, still no activity
    main_window.structure.add_activity("Write the roadmap")
    assert not main_window.view.verticalHeader().isHidden()
    service = main_window.service
    assert service is not None
    state = service.state()
    service.set_cell(state.activities[0].id, state.roles[0].id, "A")
    main_window.workload.ensure_drawn()
    assert not main_window.workload.chart_view.isHidden()


def test_each_way_to_begin_has_a_picture_of_its_own(qtbot: Any, settings: QSettings,
                                                    boxes: Boxes) -> None:
    # the sample project and drafting from documents showed the same template picture
    window = start_window([], settings)
    qtbot.addWidget(window)
    pictures = {key: button.icon().pixmap(32, 32).toImage()
                for key, button in window.start_page.buttons.items()}
    assert all(not picture.isNull() for picture in pictures.values())
    keys = list(pictures)
    same = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
            if pictures[a] == pictures[b]]
    assert same == []


def test_the_empty_workload_offers_a_template_as_the_empty_matrix_does(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """An empty matrix offered File > Apply Template; the empty Workload tab only said to add
    roles and activities on the Matrix tab, one by one."""
    from ui.empty_hint import APPLY_TEMPLATE

    assert main_window.files.new_project(tmp_path / "bare.raci", "__empty__", "Kiln")
    matrix_hint = main_window.hints[0]
    main_window.tabs.setCurrentWidget(main_window.workload)
    for kind in (0, 1):  # roles, people
        main_window.workload.kind.setCurrentIndex(kind)
        assert "File > Apply Template" in main_window.workload.caption.text()
    assert APPLY_TEMPLATE in matrix_hint.label.text()
    assert main_window.structure.add_role("Glaze Lead")  # roles, still no activity
    main_window.tabs.setCurrentWidget(main_window.view)
    main_window.tabs.setCurrentWidget(main_window.workload)
    assert APPLY_TEMPLATE in matrix_hint.label.text()
    assert APPLY_TEMPLATE in main_window.workload.caption.text()
    # nothing to choose between yet: the Show box is greyed and says what it waits for
    assert not main_window.workload.kind.isEnabled()
    assert "once the matrix has activities" in main_window.workload.kind.toolTip()
    main_window.structure.add_activity("Fire the kiln")
    main_window.tabs.setCurrentWidget(main_window.view)
    main_window.tabs.setCurrentWidget(main_window.workload)
    assert APPLY_TEMPLATE not in main_window.workload.caption.text()  # people missing
    assert main_window.workload.kind.isEnabled()
    assert "once" not in main_window.workload.kind.toolTip()


def test_the_empty_workload_shows_its_hint_as_the_other_empty_views(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    """The Workload tab's line saying what to add sat at the top left in the text colour,
    where the Matrix and By person tabs centre theirs in a quiet grey; once there is a chart
    it is the chart's caption again, in the text colour, at the left."""
    from PySide6.QtGui import QPalette

    from ui.palette import quiet

    assert main_window.files.new_project(tmp_path / "bare.raci", "__empty__", "Kiln")
    main_window.show()
    main_window.tabs.setCurrentWidget(main_window.workload)
    caption = main_window.workload.caption
    text, window = (main_window.workload.palette().color(role) for role in
                    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window))
    field, field_text = (main_window.workload.palette().color(role) for role in
                         (QPalette.ColorRole.Base, QPalette.ColorRole.Text))
    assert caption.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert caption.palette().color(caption.foregroundRole()) == quiet(field_text, field)
    # on the field colour, as the empty matrix's viewport (the window's grey was a lighter
    # tab than the others on the dark palette)
    corner = main_window.workload.grab().toImage().pixelColor(2, main_window.workload.height()
                                                             - 3)
    assert corner.rgb() == field.rgb() != window.rgb()
    qtbot.waitUntil(lambda: caption.height() > main_window.workload.height() // 2)  # whole tab
    assert main_window.structure.add_role("Glaze Lead")
    main_window.structure.add_activity("Fire the kiln")
    main_window.tabs.setCurrentWidget(main_window.view)
    main_window.tabs.setCurrentWidget(main_window.workload)
    assert not main_window.workload.chart_view.isHidden()
    assert not main_window.workload.autoFillBackground()
    assert caption.alignment() & Qt.AlignmentFlag.AlignLeft
    assert caption.palette().color(caption.foregroundRole()) == text
