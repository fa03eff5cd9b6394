"""Painted charts for the meeting day: a vote's yes / no / abstain against the expected
delegates with the pass line (第二十五条), and the 测评表 summary as stacked bars.
Painted (no QtCharts) so they scale from the page to the hall's screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

YES = QColor("#2e7d32")
NO = QColor("#c62828")
ABSTAIN = QColor("#9e9e9e")
GRADE_COLORS = (QColor("#2e7d32"), QColor("#f9a825"), QColor("#c62828"))


class VoteChart(QWidget):
    """Bars for 赞成 / 反对 / 弃权 on a scale of the expected delegates; a dashed line at the
    fewest yes votes that pass. ``labels`` are already translated."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.scale = scale
        self.figures: tuple[int, int, int] = (0, 0, 0)
        self.expected = 0
        self.needed = 0
        self.labels: tuple[str, str, str, str] = ("", "", "", "")
        self.track = QColor("#eef1f5")
        self.line = QColor("#1f3a5f")
        self.setMinimumHeight(int(120 * scale))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_vote(
        self, yes: int, no: int, abstain: int, expected: int, needed: int, labels: tuple[str, str, str, str]
    ) -> None:
        self.figures, self.expected, self.needed, self.labels = (yes, no, abstain), expected, needed, labels
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(max(12, int(min(self.height() / 7, 18 * self.scale))))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(t) for t in self.labels[:3] + ("0000",)) + 12
        value_w = metrics.horizontalAdvance("0000") + 12
        top, rows = 8.0, 3
        row_h = (self.height() - top - metrics.height() - 12) / rows
        left = float(label_w)
        width = max(10.0, self.width() - left - value_w - 8)
        full = max(1, self.expected)
        for i, (value, color) in enumerate(zip(self.figures, (YES, NO, ABSTAIN), strict=True)):
            y = top + i * row_h
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 8, row_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.labels[i],
            )
            bar = QRectF(left, y + row_h * 0.18, width * min(value, full) / full, row_h * 0.64)
            painter.fillRect(QRectF(left, bar.y(), width, bar.height()), self.track)
            painter.fillRect(bar, color)
            painter.drawText(
                QRectF(bar.right() + 6, y, value_w + 40, row_h),
                int(Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        if self.expected:
            x = left + width * self.needed / full
            pen = QPen(self.line, max(2.0, 2 * self.scale), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), int(top), int(x), int(top + rows * row_h))
            painter.setPen(self.line)
            caption = self.labels[3]
            text_w = metrics.horizontalAdvance(caption)
            painter.drawText(
                QRectF(
                    min(x - text_w / 2, self.width() - text_w - 4),
                    top + rows * row_h + 4,
                    text_w + 4,
                    metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft),
                caption,
            )
        painter.end()


class EvaluationChart(QWidget):
    """One stacked bar per question: 满意 / 基本满意 / 不满意 shares of those who answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Sequence[int]]] = []
        self.legend: tuple[str, ...] = ()
        self.setMinimumHeight(180)

    def set_rows(self, rows: list[tuple[str, Sequence[int]]], legend: tuple[str, ...]) -> None:
        self.rows, self.legend = rows, legend
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if not self.rows:
            return
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(label) for label, _ in self.rows) + 12
        legend_h = metrics.height() + 8
        row_h = (self.height() - legend_h - 4) / len(self.rows)
        width = max(10, self.width() - label_w - 12)
        for i, (label, counts) in enumerate(self.rows):
            y = legend_h + i * row_h
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 8, row_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            total = sum(counts) or 1
            x = float(label_w)
            for count, color in zip(counts, GRADE_COLORS, strict=True):
                w = width * count / total
                painter.fillRect(QRectF(x, y + row_h * 0.2, w, row_h * 0.6), color)
                if count and w > metrics.horizontalAdvance("000") + 4:
                    painter.setPen(QColor("white"))
                    painter.drawText(QRectF(x, y, w, row_h), int(Qt.AlignmentFlag.AlignCenter), str(count))
                x += w
        x = float(label_w)
        for text, color in zip(self.legend, GRADE_COLORS, strict=True):
            painter.fillRect(QRectF(x, 4, 12, 12), color)
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x + 16), 4 + metrics.ascent(), text)
            x += 28 + metrics.horizontalAdvance(text)
        painter.end()
