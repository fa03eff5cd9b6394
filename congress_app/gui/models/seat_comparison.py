"""The three apportionment methods side by side per unit (RA.2), with the chosen method's
composition targets (RA.3, R13.5) and a 合计 row. Cells where the methods disagree get a
soft background and a tooltip naming every method's figure.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.rules.seats import METHODS
from congress_app.services.seats import PlannedUnit
from congress_app.services.units import UnitCount

_METHOD_NAMES = {
    "hamilton": QT_TRANSLATE_NOOP("methods", "最大余额法"),
    "sainte-lague": QT_TRANSLATE_NOOP("methods", "圣拉古法"),
    "dhondt": QT_TRANSLATE_NOOP("methods", "洪德法"),
}
_METHOD_RULES = {"hamilton": "RA.1", "sainte-lague": "RA.2", "dhondt": "RA.2"}


def method_name(method: str) -> str:
    """The method's Chinese name (translated), e.g. 最大余额法."""
    return QCoreApplication.translate("methods", _METHOD_NAMES.get(method, method))


def method_rule(method: str) -> str:
    return _METHOD_RULES.get(method, "")


COL_UNIT = 0
COL_ON_DUTY = 1
COL_FIRST_METHOD = 2  # one column per METHODS entry, in that order
COL_TEACHING_TARGET = COL_FIRST_METHOD + len(METHODS)
COL_WOMEN_TARGET = COL_TEACHING_TARGET + 1
COL_YOUTH_TARGET = COL_TEACHING_TARGET + 2
COL_LEADERS = COL_YOUTH_TARGET + 1  # R13.6: main leaders standing in the unit
COLUMN_COUNT = COL_LEADERS + 1

DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 1  # bool: do the methods disagree on this unit?

DIFFERENCE_BRUSH = QBrush(QColor("#fff1c2"))
_TOTAL_BRUSH = QBrush(QColor("#f0f0f0"))
_Index = QModelIndex | QPersistentModelIndex


def method_column(method: str) -> int:
    return COL_FIRST_METHOD + METHODS.index(method)


class SeatComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._units: list[UnitCount] = []
        self._seats: dict[str, dict[str, int]] = {}
        self._planned: dict[str, PlannedUnit] = {}
        self._method = METHODS[0]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_comparison(
        self,
        units: tuple[UnitCount, ...],
        seats: dict[str, dict[str, int]],
        planned: tuple[PlannedUnit, ...],
        method: str,
    ) -> None:
        """``seats`` is compare_methods(); ``planned`` is plan_units() for ``method``."""
        self.beginResetModel()
        self._units = list(units)
        self._seats = seats
        self._planned = {p.name: p for p in planned}
        self._method = method
        self.endResetModel()

    def clear(self) -> None:
        self.set_comparison((), {}, (), self._method)

    @property
    def method(self) -> str:
        return self._method

    def seats(self, method: str, unit: str) -> int:
        return self._seats.get(method, {}).get(unit, 0)

    def differs(self, unit: str) -> bool:
        return len({self.seats(m, unit) for m in METHODS}) > 1

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or not self._units:
            return 0
        return len(self._units) + 1  # + 合计

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        method = self._column_method(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if method is not None:
                return method_name(method)
            return {
                COL_UNIT: self.tr("选举单位"),
                COL_ON_DUTY: self.tr("在岗"),
                COL_TEACHING_TARGET: self.tr("教学≥"),
                COL_WOMEN_TARGET: self.tr("女性≥"),
                COL_YOUTH_TARGET: self.tr("青年≥"),
                COL_LEADERS: self.tr("负责人"),
            }[section]
        if role == Qt.ItemDataRole.FontRole and method == self._method:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if method is not None:
                return self.tr("{name}（{rule}）").format(name=method_name(method), rule=method_rule(method))
            if section == COL_LEADERS:
                return self.tr("学校党政工主要负责人在本单位的人数：须当选为正式代表（R13.6）")
            if section >= COL_TEACHING_TARGET:
                return self.tr("按所选方法（{name}）的代表构成目标（RA.3、R13.5）").format(
                    name=method_name(self._method)
                )
        return None

    def _column_method(self, column: int) -> str | None:
        if COL_FIRST_METHOD <= column < COL_FIRST_METHOD + len(METHODS):
            return METHODS[column - COL_FIRST_METHOD]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        is_total = index.row() == len(self._units)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(column) if is_total else self._text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column == COL_UNIT else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if is_total:
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return _TOTAL_BRUSH
            return None
        unit = self._units[index.row()]
        method = self._column_method(column)
        if role == DIFFERS_ROLE:
            return method is not None and self.differs(unit.name)
        if role == Qt.ItemDataRole.FontRole and method == self._method:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LEADERS:
            planned = self._planned.get(unit.name)
            if planned is not None and planned.leaders:
                return self.tr("{posts}在本单位，须当选为正式代表（R13.6）").format(
                    posts=self.tr("、").join(planned.leaders)
                )
        if method is not None and self.differs(unit.name):
            if role == Qt.ItemDataRole.BackgroundRole:
                return DIFFERENCE_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                figures = self.tr("、").join(f"{method_name(m)} {self.seats(m, unit.name)}" for m in METHODS)
                return self.tr("三种方法结果不同：{figures}").format(figures=figures)
        return None

    def _text(self, row: int, column: int) -> str:
        unit = self._units[row]
        if column == COL_UNIT:
            return unit.name
        if column == COL_ON_DUTY:
            return str(unit.on_duty)
        method = self._column_method(column)
        if method is not None:
            return str(self.seats(method, unit.name))
        planned = self._planned.get(unit.name)
        if planned is None:
            return ""
        if column == COL_LEADERS:
            return str(len(planned.leaders)) if planned.leaders else ""
        return str(
            {
                COL_TEACHING_TARGET: planned.teaching_target,
                COL_WOMEN_TARGET: planned.women_target,
                COL_YOUTH_TARGET: planned.youth_target,
            }[column]
        )

    def _total_text(self, column: int) -> str:
        if column == COL_UNIT:
            return self.tr("合计")
        if column == COL_ON_DUTY:
            return str(sum(u.on_duty for u in self._units))
        method = self._column_method(column)
        if method is not None:
            return str(sum(self._seats.get(method, {}).values()))
        if column == COL_LEADERS:
            return str(sum(len(p.leaders) for p in self._planned.values()))
        attr = {
            COL_TEACHING_TARGET: "teaching_target",
            COL_WOMEN_TARGET: "women_target",
            COL_YOUTH_TARGET: "youth_target",
        }[column]
        return str(sum(getattr(p, attr) for p in self._planned.values()))
