"""A closed round's candidates with yes votes and outcome, and the double-entry mismatches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.pages.elections.texts import outcome_label
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.services.counting import BallotDifference, RoundCandidateView

OUTCOME_COLORS = {"elected": "#1b7f3b", "runoff": "#b45309", "not_elected": "#555555"}


class RoundResultsModel(RowTableModel):
    """候选人, 得票, 是否过半数 (R14.3), 结果."""

    CONTEXT = "ElectionRoundsModel"
    COL_NAME, COL_YES, COL_MAJORITY, COL_OUTCOME = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "候选人"),
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "得票"),
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "过全体半数"),
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "结果"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._threshold = 0

    def set_rows(self, rows: Sequence[RoundCandidateView], threshold: int) -> None:  # type: ignore[override]
        self.beginResetModel()
        self._rows = list(rows)
        self._threshold = threshold
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, column = self._rows[index.row()], index.column()
        yes = c.yes or 0
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = (
                c.name,
                yes if role == SORT_ROLE else str(yes),
                self.tr("是") if yes >= self._threshold else self.tr("否"),
                outcome_label(c.outcome),
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OUTCOME:
            return QColor(OUTCOME_COLORS.get(c.outcome, "#333333"))
        if role == Qt.ItemDataRole.FontRole and c.outcome == "elected":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class BallotMismatchModel(RowTableModel):
    """Every paper where the two clerks differ (or only one has entered it)."""

    CONTEXT = "ElectionRoundsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "选票编号"),
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "录入员1"),
        QT_TRANSLATE_NOOP("ElectionRoundsModel", "录入员2"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def set_rows(  # type: ignore[override]  # the rows and the candidates' names
        self, rows: Sequence[BallotDifference], names: dict[int, str]
    ) -> None:
        """``names``: candidate id → name, in ballot order (marks are listed in that order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        self.endResetModel()

    def reading(self, marks, spoilt: bool) -> str:
        if marks is None:
            return self.tr("（未录入）")
        if spoilt:
            return self.tr("废票")
        if not marks:
            return self.tr("（空白，未勾选）")
        order = {cid: i for i, cid in enumerate(self._names)}
        return "、".join(
            self._names.get(m, str(m)) for m in sorted(marks, key=lambda m: order.get(m, len(order)))
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(d.serial)
            if column == 1:
                return self.reading(d.first, d.first_spoilt)
            return self.reading(d.second, d.second_spoilt)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor("#c8102e")
        return None
