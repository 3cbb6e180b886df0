"""The workload view: activities per role and per person as a diverging bar chart (Qt Charts).

Right of zero: the load the overload rule counts (activities held with the
owner or doer letter), with the threshold line across it. Left of zero: the
activities a role or person is only consulted or informed on. So a bar crosses
the threshold line exactly when the caption says it is over it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from raci.palette import LETTER_FILLS
from raci.state import ProjectState
from raci.wording import counted
from raci.workload import Bands, band_letters, bands
from ui.empty_hint import APPLY_TEMPLATE
from ui.palette import is_dark, quiet

MAX_BARS = 40
"""Bars drawn at most: the busiest first; the caption says how many are left out."""
MAX_NAMES = 6
"""Names listed in the caption at most."""
LEGEND_MARKER = 40
"""Width a legend entry takes besides its text (marker and spacing), in pixels."""


KIND_TIP = "Show the load of roles or of people"


def name_list(names: list[str], limit: int = MAX_NAMES) -> str:
    """'A, B and C', or 'A, B, ... and 12 more' past the limit."""
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def new_chart() -> QChart:
    """An empty chart in the app's palette: the dark theme when the app is dark."""
    chart = QChart()
    if is_dark():  # before any series is added: the letter colours set on them stay
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    return chart


BAR_MARGIN = 0.05
"""Room left past the widest bar on each side of zero, as a share of its length."""


def bar_margin(widest: int) -> int:
    """Activities of room past the widest bar: at least one, the same on both sides."""
    return max(1, math.ceil(widest * BAR_MARGIN))


def _axis_ticks(low: int, high: int) -> list[int]:
    span = high - low
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9)
                if span / s <= 10)
    first = -((-low) // step) * step
    return list(range(first, high + 1, step))


def chart_words(state: ProjectState, shown: list[Bands]) -> str:
    """The bars in words, for a screen reader (which hears a chart's name, never its
    bars): each role or person with its count of each letter, in the chart's order."""
    letters = band_letters(state)
    scheme = state.scheme
    lines = []
    for band in shown:
        held = [f"{n} {scheme.letter(code).name}" for code, n in zip(letters, band.counts,
                                                                     strict=False) if n]
        lines.append(f"{band.name}: {', '.join(held) if held else 'no letters'}")
    return "; ".join(lines)


def empty_caption(state: ProjectState, wanted: str) -> str:
    """What the chart of roles (wanted 'Role') or people ('Person') needs before it has a
    bar to draw, naming only what is missing."""
    missing = [what for what, lacking in (("roles", not state.roles),
                                          ("activities", not state.activities)) if lacking]
    text = "Nothing to chart yet: "
    if missing:
        text += f"add {' and '.join(missing)} on the Matrix tab"
        if not state.activities:  # as the empty matrix offers it
            text += f", or {APPLY_TEMPLATE}"
        return text + ("; and add people in Team (Ctrl+T)." if wanted == "Person"
                       and not state.people else ".")
    return text + ("add people in Team (Ctrl+T) and tick the roles they fill; the chart then "
                   "shows each person's load through their roles.")


class WorkloadView(QWidget):
    """A chart of activity counts per role or per person, against the overload threshold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.addItems(["Roles", "People"])
        self.kind.setToolTip(KIND_TIP)
        self.kind.setAccessibleName("Workload of")
        self.kind.currentIndexChanged.connect(lambda _i: self._draw())
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        # A long caption wraps within the window; it never makes the window wider.
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setMinimumWidth(0)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName("Workload chart")
        # a labelled choice as wide as its items, not a bare box across the whole tab
        shown = QLabel("&Show:", self)
        shown.setBuddy(self.kind)
        choice = QHBoxLayout()
        choice.addWidget(shown)
        choice.addWidget(self.kind)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.caption)
        layout.addWidget(self.chart_view, 1)
        layout.addStretch(0)  # keeps the caption at the top while there is no chart
        self._layout = layout
        self.state: ProjectState | None = None
        self.bars: dict[str, list[int]] = {}
        self.names: list[str] = []
        # each legend entry: how to set its text, the text in full, and a short one
        self.legend_labels: list[tuple[Callable[[str], None], str, str]] = []
        self._dirty = False
        self._drawn_dark: bool | None = None  # the palette's lightness when last drawn

    def set_state(self, state: ProjectState, draw: bool = True) -> None:
        """Take a new project state; draw now, or later (``ensure_drawn``, or when shown)."""
        self.state = state
        self._dirty = True
        if draw:
            self.ensure_drawn()

    def ensure_drawn(self) -> None:
        """Draw the chart if the state changed since it was last drawn."""
        if self._dirty:
            self._draw()

    def _caption_as_hint(self, empty: bool) -> None:
        """With no chart, the caption is the tab's empty hint, shown as the other empty views
        show theirs: centred in the whole tab, in their quiet grey (it sat at the top left in
        the text colour, unlike the Matrix and By person tabs beside it)."""
        self._layout.setStretchFactor(self.caption, 1 if empty else 0)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter if empty else
                                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # and on the field colour the other empty views show (the window's grey was a lighter
        # tab than theirs beside it on the dark palette, #444 against #1f1f1f)
        self.setBackgroundRole(QPalette.ColorRole.Base if empty else QPalette.ColorRole.Window)
        self.setAutoFillBackground(empty)
        palette = self.palette()
        if empty:
            grey = quiet(palette.color(QPalette.ColorRole.Text),
                         palette.color(QPalette.ColorRole.Base))
            # (on Base a label draws in Text, the role that goes with it, as EmptyHint's do)
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, grey)
        self.caption.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: a palette turned light or dark draws the chart
        again in its theme (now if it shows, else when it is next shown)."""
        super().changeEvent(event)
        # only a change of lightness: drawing sets this view's own background role, itself a
        # palette change (redrawing on every one recursed until the stack ran out)
        if event.type() == QEvent.Type.PaletteChange and self.state is not None \
                and is_dark() != self._drawn_dark:
            self._dirty = True
            if self.isVisible():
                self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: draw what changed while hidden."""
        super().showEvent(event)
        self.ensure_drawn()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: the legend moves where its labels fit whole."""
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self) -> None:
        """The legend under the chart in words that fit on one line: in full, or short
        when the chart is narrow (a docked panel beside it), never cut off mid-word ("R
        Responsible (n..."); the caption above says what the sides mean."""
        chart = self.chart_view.chart()
        if chart is None or not self.legend_labels:
            return
        metrics = self.chart_view.fontMetrics()
        room = self.chart_view.width() - LEGEND_MARKER
        full = [f for _set, f, _s in self.legend_labels]
        fits = sum(metrics.horizontalAdvance(t) + LEGEND_MARKER for t in full) <= room
        for set_label, whole, short in self.legend_labels:
            set_label(whole if fits else short)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _draw(self) -> None:
        self._dirty = False
        self._drawn_dark = is_dark()
        if self.state is None:
            return
        state = self.state
        scheme = state.scheme
        threshold = state.thresholds.overload
        wanted = "Role" if self.kind.currentIndex() == 0 else "Person"
        everyone = [b for b in bands(state) if b.kind == wanted]
        # (with no activity there is no load of anyone to choose between: greyed, saying why)
        self.kind.setEnabled(bool(state.activities))
        self.kind.setToolTip(KIND_TIP if state.activities else
                             f"{KIND_TIP} (once the matrix has activities)")
        if not everyone or not state.activities:
            self.chart_view.setChart(new_chart())
            self.chart_view.hide()  # an empty frame where the chart goes looks broken
            self.chart_view.setAccessibleDescription("")
            self.bars, self.names = {}, []
            self.caption.setText(empty_caption(state, wanted))
            self._caption_as_hint(True)
            return
        self._caption_as_hint(False)
        self.chart_view.show()
        shown = sorted(everyone, key=lambda b: (-b.load, -sum(b.counts)))[:MAX_BARS]
        shown = [b for b in everyone if b in shown]  # keep the matrix order
        self._chart(state, shown[::-1])  # Qt draws the first category at the bottom
        over = [b.name for b in everyone if b.load > threshold]
        plural = "roles" if wanted == "Role" else "people"
        text = (f"Overload threshold: {counted(threshold, 'activity')} with {scheme.owner} or "
                f"{scheme.doer} (right of zero; consulted or informed only, left). "
                + (f"Over it: {name_list(over)}." if over else "Nobody is over it."))
        if len(shown) < len(everyone):
            text += f" Showing the {len(shown)} busiest of {len(everyone)} {plural}."
        self.caption.setText(text)
        self.chart_view.setAccessibleDescription(chart_words(state, shown))

    def _chart(self, state: ProjectState, rows: list[Bands]) -> None:
        scheme = state.scheme
        order = band_letters(state)
        threshold = state.thresholds.overload
        chart = new_chart()
        chart.setTitle("Activities per role or person, by their most significant letter")
        series = QHorizontalStackedBarSeries()
        self.bars = {}
        self.legend_labels = []
        for j, code in enumerate(order):
            short = label = f"{code} {scheme.letter(code).name}"
            if j == 1:
                label += f" (not {scheme.owner})"
            elif j > 1:
                label += " only"
            bar = QBarSet(label)
            self.legend_labels.append((bar.setLabel, label, short))
            values = [b.counts[j] for b in rows]
            bar.append([v if j < 2 else -v for v in values])
            bar.setColor(QColor(f"#{LETTER_FILLS.get(code, 'BFBFBF')}"))
            bar.setBorderColor(QColor("#606060"))
            series.append(bar)
            self.bars[code] = values
        self.names = [b.name for b in rows]
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(self.names)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        widest = max([b.load for b in rows] + [0])
        left = max([sum(b.counts[2:]) for b in rows] + [0])
        pad = bar_margin(max(widest, left))
        # the widest bar on either side stops short of the chart's edge by the same margin
        right = max(widest + pad, threshold + 1, 1)
        left = left + pad if left else 0
        ticks = _axis_ticks(-left, right)
        values_axis = QCategoryAxis()  # a value axis whose labels show counts on both sides
        values_axis.setRange(min(ticks[0], -left), max(ticks[-1], right))
        values_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for tick in ticks:
            # The axis keeps one tick per label text: the left side's counts carry an
            # invisible mark, so "5" shows on both sides of zero.
            values_axis.append(str(abs(tick)) + ("\u200b" if tick < 0 else ""), tick)
        values_axis.setTitleText("Activities")
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values_axis)
        limit = QLineSeries()
        limit.setName(f"Overload threshold ({threshold} with {scheme.owner} or {scheme.doer})")
        self.legend_labels.append((limit.setName, limit.name(), f"Overload ({threshold})"))
        limit.append([QPointF(threshold, 0), QPointF(threshold, 1)])
        pen = QPen(QColor("#C00000").lighter(160 if is_dark() else 100))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        limit.setPen(pen)
        chart.addSeries(limit)
        rows_axis = QValueAxis()
        rows_axis.setRange(0, 1)
        rows_axis.setVisible(False)
        chart.addAxis(rows_axis, Qt.AlignmentFlag.AlignRight)
        limit.attachAxis(values_axis)
        limit.attachAxis(rows_axis)
        self.chart_view.setChart(chart)
        self._place_legend()
