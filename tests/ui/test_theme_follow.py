"""The palette turned light or dark while the app runs, and check boxes' edges in both."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from tests.ui.test_dark_icons import standing_out
from tests.ui.test_matrix_view import _contrast, palette_shown
from ui.palette import DarkGlyphs, is_dark


@pytest.fixture
def glyph_style() -> Any:
    """The app's own style (Fusion with a visible check box edge) for one test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    app.setStyle(DarkGlyphs("Fusion"))
    yield app
    app.setStyle(before)


def test_icons_follow_a_palette_turned_dark_while_the_window_is_open(
        qtbot: Any, settings: Any, boxes: Any, glyph_style: Any) -> None:
    """The toolbar, tab and start page icons were drawn once, for the palette of the moment:
    turned dark while the app ran, their grey lines stayed dark on the dark toolbar. Each
    stands out as it does in a window opened dark, and the chart takes the dark theme."""
    from PySide6.QtCharts import QChart
    from PySide6.QtWidgets import QTabBar, QToolBar, QToolButton

    from ui.main_window import MainWindow

    app = glyph_style
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    start = window.start_page.buttons["new"]
    light_start = start.icon().pixmap(24, 24).toImage()
    assert window.files.open_sample()
    window.tabs.setCurrentWidget(window.workload)
    with palette_shown(dark=True):
        app.processEvents()  # (Qt tells the widgets of a new palette through the event loop)
        assert is_dark()
        buttons = [b for bar in window.findChildren(QToolBar)
                   for b in bar.findChildren(QToolButton)
                   if b.isVisible() and b.isEnabled() and not b.icon().isNull()]
        assert len(buttons) >= 6
        weak = [(b.toolTip(), standing_out(b)) for b in buttons
                if standing_out(b)[0] < 0.15 or standing_out(b)[1] < 6]
        assert weak == []
        assert start.icon().pixmap(24, 24).toImage() != light_start
        for bar in window.findChildren(QTabBar):
            if bar.isVisible():
                assert standing_out(bar)[1] > 0
        chart = window.workload.chart_view.chart()
        assert chart.theme() == QChart.ChartTheme.ChartThemeDark
    # and back: the light icons again
    app.processEvents()
    assert not is_dark()
    assert start.icon().pixmap(24, 24).toImage() == light_start
    assert window.workload.chart_view.chart().theme() != QChart.ChartTheme.ChartThemeDark
    window.close_project()


def test_the_system_turning_dark_turns_the_palette(monkeypatch: pytest.MonkeyPatch,
                                                   qtbot: Any) -> None:
    """Only the colour scheme at start was read: the system switching to dark (or back)
    while the app ran changed nothing until it was restarted."""
    from ui.theme import apply_scheme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    monkeypatch.delenv("RACI_PLANNER_THEME", raising=False)
    try:
        apply_scheme(app, Qt.ColorScheme.Dark)
        assert is_dark()
        apply_scheme(app, Qt.ColorScheme.Light)
        assert not is_dark()
        monkeypatch.setenv("RACI_PLANNER_THEME", "light")  # the user's choice stands
        apply_scheme(app, Qt.ColorScheme.Dark)
        assert not is_dark()
        monkeypatch.setenv("RACI_PLANNER_THEME", "dark")  # either way round
        apply_scheme(app, Qt.ColorScheme.Unknown)
        assert is_dark()
        apply_scheme(app, Qt.ColorScheme.Light)
        assert is_dark()
    finally:
        app.setPalette(before)


def _edge_contrast(box: QCheckBox, field: QColor | None = None) -> float:
    """The best contrast between the pixels on an unchecked box's edge and the field
    inside it (or the colour given)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ratio = image.width() / box.width()
    inside = field or image.pixelColor(round(rect.center().x() * ratio),
                                       round(rect.center().y() * ratio))
    top, left = round(rect.top() * ratio), round(rect.left() * ratio)
    edges = []  # the mean contrast along each side's first two lines of pixels: the best
    for step in (0, 1):
        edges.append([image.pixelColor(round(x * ratio), top + step)
                      for x in range(rect.left() + 3, rect.right() - 2)])
        edges.append([image.pixelColor(left + step, round(y * ratio))
                      for y in range(rect.top() + 3, rect.bottom() - 2)])
    return max(sum(_contrast(c, inside) for c in edge) / len(edge) for edge in edges)


@pytest.mark.parametrize("dark", [False, True])
def test_a_check_boxs_edge_can_be_seen(qtbot: Any, glyph_style: Any, dark: bool) -> None:
    """On the dark palette an empty check box's edge was 1.1:1 on its field (a shade of the
    window colour, on a near-black field): the box could not be told from no box."""
    with palette_shown(dark=dark):
        box = QCheckBox("Remember the password")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert _edge_contrast(box) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_the_letter_pickers_empty_boxes_can_be_seen_on_their_colours(
        qtbot: Any, glyph_style: Any, dark: bool) -> None:
    """The picker's rows are the letters' colours: an empty box's edge, a shade of the
    row colour, was faint on every row (orange, blue, green...) in light and dark."""
    from raci.palette import LETTER_FILLS
    from raci.schemes import SCHEMES
    from ui.matrix.delegate import LetterPicker

    with palette_shown(dark=dark):
        picker = LetterPicker(SCHEMES["RACI-VS"], "Launch / QA")
        qtbot.addWidget(picker)
        picker.resize(picker.fit(400))
        picker.show()
        qtbot.waitExposed(picker)
        for code, box in picker.buttons.items():
            row = QColor(f"#{LETTER_FILLS[code]}")
            # 4.5:1, as the change says (the quiet grey of the text was 3.6 to 4.3 here)
            assert _edge_contrast(box, row) >= 4.5, code
            assert box.palette().color(QPalette.ColorRole.Base).isValid()


@pytest.mark.parametrize("dark", [False, True])
def test_the_grid_lines_of_a_table_can_be_seen(qtbot: Any, glyph_style: Any, dark: bool) -> None:
    """On the dark palette the matrix's grid lines were 1.1:1 on its field: a row of empty
    cells was one black band. They stand out about as Fusion's do on white (light: as
    they were)."""
    from PySide6.QtWidgets import QStyleFactory, QStyleOption, QTableWidget

    with palette_shown(dark=dark) as app:
        table = QTableWidget(3, 3)
        qtbot.addWidget(table)
        option = QStyleOption()
        option.initFrom(table)
        hint = QStyle.StyleHint.SH_Table_GridLineColor
        line = QColor.fromRgba(app.style().styleHint(hint, option, table) & 0xFFFFFFFF)
        field = table.palette().color(QPalette.ColorRole.Base)
        fusion = QColor.fromRgba(
            QStyleFactory.create("Fusion").styleHint(hint, option, table) & 0xFFFFFFFF)
        assert _contrast(fusion, QColor("white")) >= 1.5  # the light lines, as a measure
        if dark:
            assert _contrast(fusion, field) < 1.3  # Fusion's own: hardly there
            assert _contrast(line, field) >= 2.0
        else:
            assert line.rgb() == fusion.rgb()
        table.show()  # and as the table draws it (Qt takes the colour as a signed int)
        qtbot.waitExposed(table)
        image = table.viewport().grab().toImage()
        middle = table.visualRect(table.model().index(0, 0)).center().y()
        ratio = image.width() / table.viewport().width()
        across = {image.pixelColor(x, round(middle * ratio)).rgb() for x in range(image.width())}
        assert line.rgb() in across


def test_the_empty_workload_follows_a_palette_turned_dark_drawn_once(
        qtbot: Any, main_window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Workload tab redrew on every palette change it got, and drawing changes its own
    background (the empty tab on the field colour): a palette change inside its palette-change
    handler, which recursed until the stack ran out. Turned dark, it draws once, and its hint
    is the dark field's quiet grey; turned back, once again."""
    from ui.palette import quiet
    from ui.workload import WorkloadView

    assert main_window.files.new_project(tmp_path / "bare.raci", "__empty__", "Kiln")
    main_window.show()
    main_window.tabs.setCurrentWidget(main_window.workload)
    qtbot.waitExposed(main_window)
    draws: list[bool] = []
    original = WorkloadView._draw

    def counted(view: WorkloadView) -> None:
        draws.append(is_dark())
        original(view)

    monkeypatch.setattr(WorkloadView, "_draw", counted)
    caption = main_window.workload.caption
    with palette_shown(dark=True) as app:
        app.processEvents()
        assert draws == [True]
        palette = main_window.workload.palette()
        assert caption.palette().color(caption.foregroundRole()) == quiet(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
    QApplication.processEvents()
    assert draws == [True, False]
