"""The app's workload chart: the threshold line against A and R only, a caption that wraps."""

from __future__ import annotations

from typing import Any

from raci.state import Thresholds
from tests.helpers import make_state
from ui.workload import MAX_BARS, WorkloadView


def test_bars_cross_the_line_exactly_when_over_the_threshold(qtbot: Any) -> None:
    # PM owns 2 activities and is consulted on 4 more; QA does 3.
    rows = {f"T{i}": {"PM": "A" if i < 2 else "C", "QA": "R" if i < 3 else ""}
            for i in range(6)}
    state = make_state(["PM", "QA"], rows, thresholds=Thresholds(overload=2))
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(state)
    assert view.names == ["Role QA (QA)", "Role PM (PM)"]  # first role drawn on top
    series = view.chart_view.chart().series()[0]
    sets = {s.label().split()[0]: [s.at(i) for i in range(s.count())] for s in series.barSets()}
    right = [sets["A"][i] + sets["R"][i] for i in range(2)]
    assert right == [3, 2]  # only A and R reach towards the threshold line
    assert sets["C"] == [0, -4]  # consulted-only activities go left of zero
    over = [name for name, load in zip(view.names, right, strict=True) if load > 2]
    assert over == ["Role QA (QA)"]
    assert "Over it: Role QA (QA)." in view.caption.text()
    assert "Role PM" not in view.caption.text()


def test_many_overloaded_roles_neither_widen_the_window_nor_flood_the_chart(qtbot: Any) -> None:
    codes = [f"R{i}" for i in range(200)]
    rows = {f"Task {i}": {code: "A/R" if i < 3 else "C" for code in codes} for i in range(4)}
    state = make_state(codes, rows, thresholds=Thresholds(overload=1))
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(state)
    assert view.caption.wordWrap()
    assert view.minimumSizeHint().width() < 800
    assert len(view.names) == MAX_BARS
    assert "and 194 more" in view.caption.text()
    assert f"Showing the {MAX_BARS} busiest of 200 roles" in view.caption.text()


def test_the_count_axis_labels_every_tick_on_both_sides_of_zero(qtbot: Any) -> None:
    """5 and 10 show left of zero (consulted or informed) and right of it (A or R)."""
    from PySide6.QtCharts import QCategoryAxis

    rows = {f"T{i}": {"PM": "A" if i < 12 else "C"} for i in range(22)}
    state = make_state(["PM"], rows, thresholds=Thresholds(overload=15))
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(state)
    axis = next(a for a in view.chart_view.chart().axes() if isinstance(a, QCategoryAxis))
    labels = axis.categoriesLabels()
    positions = [axis.endValue(label) for label in labels]
    assert [p for p in positions if p < 0] and [p for p in positions if p > 0]
    assert {-10, -5, 5, 10} <= set(positions)
    assert all(label.strip("\u200b") == str(abs(int(p))) for label, p in zip(
        labels, positions, strict=True))


def test_the_chart_follows_the_dark_palette_and_keeps_the_letter_colours(qtbot: Any) -> None:
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from raci.palette import LETTER_FILLS
    from ui.palette import dark_palette

    state = make_state(["PM", "QA"], {"T1": {"PM": "A", "QA": "C"}, "T2": {"QA": "R"}})
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        view = WorkloadView()
        qtbot.addWidget(view)
        view.set_state(state)
        chart = view.chart_view.chart()
        assert chart.theme() == QChart.ChartTheme.ChartThemeDark  # not a white box
        assert chart.backgroundBrush().color().lightness() < 128
        for bar in chart.series()[0].barSets():
            code = bar.label().split()[0]
            assert bar.color() == QColor(f"#{LETTER_FILLS[code]}")
    finally:
        app.setPalette(light)
    view.set_state(state)  # drawn again in the light palette: the light theme
    assert view.chart_view.chart().theme() == QChart.ChartTheme.ChartThemeLight


def test_the_legend_is_never_cut_short_in_a_narrow_chart(qtbot: Any) -> None:
    rows = {f"T{i}": {"PM": "A" if i < 2 else "C", "QA": "R"} for i in range(4)}
    view = WorkloadView()
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_state(make_state(["PM", "QA"], rows, thresholds=Thresholds(overload=2)))

    def legend() -> list[str]:
        return [m.label() for m in view.chart_view.chart().legend().markers()]

    def needed(labels: list[str]) -> int:
        metrics = view.chart_view.fontMetrics()
        return sum(metrics.horizontalAdvance(t) + 40 for t in labels)

    wide = legend()
    assert "R Responsible (not A)" in wide and "Overload threshold (2 with A or R)" in wide
    assert needed(wide) <= view.chart_view.width()
    view.resize(680, 600)  # a docked panel (History) takes part of the window
    qtbot.waitUntil(lambda: view.chart_view.width() < 700)
    narrow = legend()
    assert narrow == ["A Accountable", "R Responsible", "C Consulted", "I Informed",
                      "Overload (2)"]
    assert needed(narrow) <= view.chart_view.width()  # every word shows
    view.resize(1100, 600)
    qtbot.waitUntil(lambda: legend() == wide)
    view.hide()


def test_the_roles_or_people_choice_is_labelled_and_as_wide_as_its_items(qtbot: Any) -> None:
    """The choice of roles or people was a bare box stretched across the whole tab, saying
    only 'Roles': it has a label (Alt+S goes to it) and the width its items need."""
    from PySide6.QtWidgets import QLabel

    state = make_state(["PM", "QA"], {"T1": {"PM": "A", "QA": "R"}})
    view = WorkloadView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_state(state)
    view.show()
    qtbot.waitExposed(view)
    label = next(w for w in view.findChildren(QLabel) if w.buddy() is view.kind)
    assert label.text() == "&Show:"
    assert view.kind.width() <= view.kind.sizeHint().width() + 10 < 300
    assert label.geometry().right() < view.kind.geometry().left()  # the label comes first


def _range(view: WorkloadView) -> tuple[float, float]:
    from PySide6.QtCharts import QCategoryAxis

    axis = next(a for a in view.chart_view.chart().axes() if isinstance(a, QCategoryAxis))
    return axis.min(), axis.max()


def test_the_widest_bar_on_either_side_keeps_the_same_margin_from_the_edge(qtbot: Any) -> None:
    """The widest consulted/informed bar (left of zero) touched the chart's left edge, while
    the right side kept room; both keep the same room now."""
    rows = {f"T{i}": {"PM": "C" if i < 9 else "", "QA": "R" if i < 6 else "I"}
            for i in range(12)}
    state = make_state(["PM", "QA"], rows, thresholds=Thresholds(overload=3))
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(state)
    low, high = _range(view)
    widest_left, widest_right = 9, 6
    assert low < -widest_left and high > widest_right
    assert -widest_left - low == high - widest_right


def test_a_chart_with_nothing_left_of_zero_starts_at_zero(qtbot: Any) -> None:
    rows = {f"T{i}": {"PM": "A"} for i in range(4)}
    state = make_state(["PM"], rows, thresholds=Thresholds(overload=2))
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(state)
    low, high = _range(view)
    assert low == 0 and high > 4


def test_an_empty_people_chart_names_only_what_is_missing(qtbot: Any) -> None:
    """A project with roles and activities but nobody in the team was told to add roles
    and activities on the Matrix tab, which it had."""
    state = make_state(["PM", "QA"], {"T1": {"PM": "A", "QA": "R"}})
    assert not state.people
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(state)
    view.kind.setCurrentIndex(1)  # People
    text = view.caption.text()
    assert "add people in Team (Ctrl+T)" in text
    assert "roles and activities" not in text and "Matrix tab" not in text
    empty = make_state([], {})
    view.set_state(empty)
    assert "add roles and activities on the Matrix tab, or fill both at once with File > " \
        "Apply Template; and add people in Team" in view.caption.text()


def test_a_screen_reader_hears_the_bars_in_words(qtbot: Any) -> None:
    """The chart was read as 'Workload chart' and nothing more: its bars are told in its
    description, each role with how many activities it holds of each letter."""
    rows = {f"T{i}": {"PM": "A" if i < 2 else "C", "QA": "R" if i < 3 else ""}
            for i in range(6)}
    view = WorkloadView()
    qtbot.addWidget(view)
    view.set_state(make_state(["PM", "QA"], rows))
    assert view.chart_view.accessibleDescription() == (
        "Role PM (PM): 2 Accountable, 4 Consulted; Role QA (QA): 3 Responsible")
    view.set_state(make_state(["PM"], {}))
    assert view.chart_view.accessibleDescription() == ""  # no chart, nothing to tell
