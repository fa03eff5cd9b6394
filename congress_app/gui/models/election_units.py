"""The unit elections of a term as a table: unit, where it stands, candidates, and elected so
far out of the unit's seats ("3 / 4": one column, so the table fits beside the detail)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.pages.elections.texts import STATE_COLORS, unit_state_label
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.services.elections import STATE_ELECTED, UnitElectionState

ID_ROLE = Qt.ItemDataRole.UserRole + 2
COL_UNIT, COL_STATE, COL_CANDIDATES, COL_ELECTED = range(4)


@dataclass(frozen=True)
class Progress:
    units: int
    done: int
    seats: int
    elected: int


def progress_of(rows: Sequence[UnitElectionState]) -> Progress:
    return Progress(
        len(rows),
        sum(1 for r in rows if r.state == STATE_ELECTED),
        sum(r.seats for r in rows),
        sum(r.elected for r in rows),
    )


class ElectionUnitsModel(RowTableModel):
    CONTEXT = "ElectionUnitsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionUnitsModel", "选举单位"),
        QT_TRANSLATE_NOOP("ElectionUnitsModel", "进展"),
        QT_TRANSLATE_NOOP("ElectionUnitsModel", "候选人"),
        QT_TRANSLATE_NOOP("ElectionUnitsModel", "已选出 / 应选"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._unit_rank: dict[int, int] = {}

    def set_rows(self, rows: Sequence[UnitElectionState]) -> None:  # type: ignore[override]
        self.beginResetModel()
        self._rows = list(rows)
        # units sort in the one order of units the service gives (the school's choice, else
        # stroke order of the name — issue 15), not by code point
        self._unit_rank = {r.election_id: rank for rank, r in enumerate(self._rows)}
        self.endResetModel()

    def update_rows(self, rows: Sequence[UnitElectionState]) -> bool:
        """Take ``rows`` in place when they are the same elections in the same order: only
        the rows that differ repaint, and the view keeps its selection and column widths.
        False (nothing done) when the elections differ: call ``set_rows``."""
        if [r.election_id for r in rows] != [r.election_id for r in self._rows]:
            return False
        last = self.columnCount() - 1
        for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return True

    def row_of(self, election_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.election_id == election_id), -1)

    def at(self, row: int) -> UnitElectionState:
        return self._rows[row]

    def _text(self, row: UnitElectionState, column: int) -> str:
        if column == COL_UNIT:
            return row.unit
        if column == COL_STATE:
            return unit_state_label(row.state, row.open_round_id, row.rounds)
        if column == COL_CANDIDATES:
            return str(row.candidates)
        return f"{row.elected} / {row.seats}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_UNIT:
            return QCoreApplication.translate("ElectionUnitsModel", "{unit}：已进行 {n} 轮投票").format(
                unit=row.unit, n=row.rounds
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == ID_ROLE:
            return row.election_id
        if role == SORT_ROLE:
            if column == COL_UNIT:
                return self._unit_rank[row.election_id]
            if column == COL_ELECTED:  # furthest from done first, then by seats
                return (row.elected - row.seats) * 100_000 + row.seats
            return row.state if column == COL_STATE else row.candidates
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return QColor(STATE_COLORS.get(row.state, "#333333"))
        if role == Qt.ItemDataRole.FontRole and column == COL_STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_UNIT and column != COL_STATE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
