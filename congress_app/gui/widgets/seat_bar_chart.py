"""Seats per election unit as horizontal bars (long Chinese unit names read better on the
left axis than under vertical bars). QtCharts; one bar set, values at the bar ends."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

BAR_HEIGHT = 22  # pixels per unit, so 24 units stay legible (the view scrolls if needed)


class SeatBarChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._items: list[tuple[str, int]] = []
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(self._font.pointSizeF() - 1, 8))

    # shadows QGraphicsView.items() (the scene's items) on purpose: the bars shown, as (name, seats);
    # Qt never calls it from Python
    def items(self) -> list[tuple[str, int]]:  # type: ignore[override]
        return list(self._items)

    def set_seats(self, items: list[tuple[str, int]], title: str) -> None:
        """``items``: (unit, seats) from top to bottom."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._items = list(items)
        chart.setTitle(title)
        title_font = QFont(self._font)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        if not items:
            return
        ordered = list(reversed(items))  # a horizontal bar series draws bottom-up
        bars = QBarSet(title)
        bars.setColor(QColor("#1f3a5f"))
        bars.setBorderColor(QColor("#1f3a5f"))
        bars.setLabelColor(QColor("#1d2b3a"))
        bars.setLabelFont(self._font)
        for _name, seats in ordered:
            bars.append(seats)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _seats in ordered])
        categories.setLabelsFont(self._font)
        categories.setGridLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        top = max(seats for _name, seats in items)
        values.setRange(0, max(top * 1.15, 1))
        values.setLabelFormat("%d")
        values.setLabelsFont(self._font)
        values.setTickCount(5)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.setMinimumHeight(BAR_HEIGHT * len(items) + 90)
