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

from raci.excel.export import workload
from raci.palette import LETTER_FILLS
from raci.state import ProjectState


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
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName("Workload chart")
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.caption)
        layout.addWidget(self.chart_view, 1)
        self.state: ProjectState | None = None
        self.bars: dict[str, list[int]] = {}

    def set_state(self, state: ProjectState) -> None:
        """Redraw for a new project state."""
        self.state = state
        self._draw()

    def _draw(self) -> None:
        if self.state is None:
            return
        state = self.state
        letters, rows = workload(state)
        wanted = "Role" if self.kind.currentIndex() == 0 else "Person"
        rows = [r for r in rows if r[0] == wanted]
        names = [name for _kind, name, _counts in rows][::-1]
        counts = [c for _kind, _name, c in rows][::-1]
        chart = QChart()
        chart.setTitle(f"Letters per {wanted.lower()}")
        series = QHorizontalStackedBarSeries()
        self.bars = {}
        for j, code in enumerate(letters):
            bar = QBarSet(f"{code} {state.scheme.letter(code).name}")
            values = [row[j] for row in counts]
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
        peak = max([sum(c) for c in counts] + [state.thresholds.overload + 1, 1])
        values_axis.setRange(0, peak)
        values_axis.setLabelFormat("%d")
        values_axis.setTitleText("Activities")
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values_axis)
        if names:
            limit = QLineSeries()
            limit.setName(f"Overload threshold ({state.thresholds.overload} with A or R)")
            limit.append([QPointF(state.thresholds.overload, 0), QPointF(
                state.thresholds.overload, 1)])
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
        load = loads(state)
        over = [name for name in reversed(names) if load.get(name, 0) > state.thresholds.overload]
        self.caption.setText(
            f"Overload threshold: {state.thresholds.overload} activities with "
            f"{state.scheme.owner} or {state.scheme.doer}. "
            + (f"Over it: {', '.join(over)}." if over else "Nobody is over it.")
        )



def loads(state: ProjectState) -> dict[str, int]:
    """Activities each role ('Name (CODE)') and person holds the owner or doer letter on."""
    key = {state.scheme.owner, state.scheme.doer}
    by_role = {
        r.id: {a.id for a in state.activities if key & state.letters(a.id, r.id)}
        for r in state.roles
    }
    out = {f"{r.name} ({r.code})": len(by_role[r.id]) for r in state.roles}
    for p in state.people:
        acts: set[int] = set()
        for role_id in p.roles:
            acts |= by_role[role_id]
        out[p.name] = len(acts)
    return out
