"""The workload view: letters per role and per person as a stacked bar chart (Qt Charts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from raci.palette import LETTER_FILLS
from raci.state import ProjectState
from raci.workload import band_letters, bands

CAPTION_NAMES = 8
"""How many overloaded names the caption lists before 'and N more' (all are in its tooltip)."""


class WorkloadView(QWidget):
    """A chart of letter counts per role or per person, with the overload threshold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.addItems(["Roles", "People"])
        self.kind.setToolTip("Show the load of roles or of people")
        self.kind.setAccessibleName("Workload of")
        self.kind.currentIndexChanged.connect(lambda _i: self._draw())
        self.caption = QLabel(self)
        # Wrapped and capped: a long list of names must never widen the window.
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName("Workload chart")
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.caption)
        layout.addWidget(self.chart_view, 1)
        self.state: ProjectState | None = None
        self._dirty = False
        self.bars: dict[str, list[int]] = {}

    def set_state(self, state: ProjectState, draw: bool = True) -> None:
        """Take a new project state; draw now, or later when ``ensure_drawn`` is called."""
        self.state = state
        self._dirty = True
        if draw:
            self.ensure_drawn()

    def ensure_drawn(self) -> None:
        """Draw the chart if the state changed since it was last drawn."""
        if self._dirty:
            self._dirty = False
            self._draw()

    def _draw(self) -> None:
        if self.state is None:
            return
        state = self.state
        order = band_letters(state)
        wanted = "Role" if self.kind.currentIndex() == 0 else "Person"
        rows = [b for b in bands(state) if b.kind == wanted][::-1]
        names = [b.name for b in rows]
        chart = QChart()
        chart.setTitle(f"Activities per {wanted.lower()}, by their most significant letter")
        series = QHorizontalStackedBarSeries()
        self.bars = {}
        scheme = state.scheme
        for j, code in enumerate(order):
            label = f"{code} {scheme.letter(code).name}"
            if j == 1:
                label += f" (not {scheme.owner})"
            elif j > 1:
                label += " only"
            bar = QBarSet(label)
            values = [b.counts[j] for b in rows]
            bar.append(values)
            bar.setColor(QColor(f"#{LETTER_FILLS.get(code, 'BFBFBF')}"))
            bar.setBorderColor(QColor("#606060"))
            series.append(bar)
            self.bars[code] = values
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values_axis = QValueAxis()
        peak = max([sum(b.counts) for b in rows] + [state.thresholds.overload + 1, 1])
        values_axis.setRange(0, peak)
        values_axis.applyNiceNumbers()
        values_axis.setLabelFormat("%d")
        values_axis.setTitleText("Activities")
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values_axis)
        if names:
            limit = QLineSeries()
            limit.setName(f"Overload threshold ({state.thresholds.overload} with "
                          f"{scheme.owner} or {scheme.doer})")
            limit.append([QPointF(state.thresholds.overload, 0),
                          QPointF(state.thresholds.overload, 1)])
            pen = QPen(QColor("#C00000"))
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
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view.setChart(chart)
        over = [b.name for b in reversed(rows) if b.load > state.thresholds.overload]
        shown = ", ".join(over[:CAPTION_NAMES])
        if len(over) > CAPTION_NAMES:
            shown += f" and {len(over) - CAPTION_NAMES} more"
        self.caption.setText(
            f"Overload threshold: {state.thresholds.overload} activities with "
            f"{scheme.owner} or {scheme.doer} (the first two bands). "
            + (f"Over it: {shown}." if over else "Nobody is over it.")
        )
        self.caption.setToolTip("\n".join(over) if len(over) > CAPTION_NAMES else "")
