"""Yes votes of a round as horizontal bars (coloured by outcome), with the threshold of
R14.3 (more than half of ALL the unit's staff) drawn as a red dashed line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

OUTCOME_ORDER = ("elected", "runoff", "not_elected")
OUTCOME_COLORS = {"elected": "#1b7f3b", "runoff": "#e08a00", "not_elected": "#9aa7b8"}


class VotesChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.bars: dict[str, QBarSet] = {}
        self.threshold_line: QLineSeries | None = None
        self.set_round([], 0, labels={})

    def set_round(
        self,
        candidates: Sequence[tuple[str, int, str]],
        threshold: int,
        *,
        labels: dict[str, str],
        title: str = "",
    ) -> None:
        """``candidates``: (name, yes, outcome), best first; ``labels``: outcome → legend text."""
        chart = QChart()
        chart.setTitle(title)
        font = QFont()
        font.setPointSize(10)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        rows = list(reversed(list(candidates)))  # the chart draws the first category at the bottom
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.6)
        self.bars = {}
        for outcome in OUTCOME_ORDER:
            if not any(o == outcome for _n, _y, o in rows):
                continue
            bar = QBarSet(labels.get(outcome, outcome))
            bar.setColor(QColor(OUTCOME_COLORS[outcome]))
            bar.setBorderColor(QColor(OUTCOME_COLORS[outcome]))
            bar.append([float(yes) if o == outcome else 0.0 for _n, yes, o in rows])
            series.append(bar)
            self.bars[outcome] = bar
        series.setLabelsVisible(False)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([f"{name}  {yes}" for name, yes, _o in rows] or [" "])
        top = max([yes for _n, yes, _o in rows] + [threshold, 1])
        votes = QValueAxis()
        votes.setRange(0, top + max(1, top // 10))
        votes.setLabelFormat("%d")
        votes.setTickCount(min(11, top + 2) if top < 10 else 6)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(votes, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(votes)
        self.threshold_line = None
        if rows and threshold > 0:
            line = QLineSeries()
            line.setName(labels.get("threshold", f"≥ {threshold}"))
            pen = QPen(QColor("#c8102e"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.append([QPointF(threshold, -0.5), QPointF(threshold, len(rows) - 0.5)])
            chart.addSeries(line)
            rows_axis = QValueAxis()
            rows_axis.setRange(-0.5, len(rows) - 0.5)
            rows_axis.setVisible(False)
            chart.addAxis(rows_axis, Qt.AlignmentFlag.AlignRight)
            line.attachAxis(votes)
            line.attachAxis(rows_axis)
            self.threshold_line = line
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setVisible(bool(rows))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setMinimumHeight(max(220, 40 * len(rows) + 100))

    def values(self) -> dict[str, list[float]]:
        """Each outcome's bar values, top candidate first (for tests)."""
        return {k: list(reversed([b.at(i) for i in range(b.count())])) for k, b in self.bars.items()}
