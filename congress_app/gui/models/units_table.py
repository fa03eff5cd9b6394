"""Election units (选举单位) with their on-duty counts on a reference date (R13.1, R13.5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.services.units import UnitCount

COL_NAME = 0
COL_MEMBERS = 1
COL_ON_DUTY = 2
COL_TEACHING = 3
COL_WOMEN = 4
COL_YOUTH = 5
COL_LEADERS = 6
COLUMN_COUNT = 7

UNIT_ROLE = Qt.ItemDataRole.UserRole + 2

_NUMBERS = {COL_ON_DUTY, COL_TEACHING, COL_WOMEN, COL_YOUTH}
_JOINT = QBrush(QColor("#eef4fb"))


class UnitsTableModel(RowTableModel):
    CONTEXT = "UnitsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UnitsTableModel", "选举单位"),
        QT_TRANSLATE_NOOP("UnitsTableModel", "联合单位成员"),
        QT_TRANSLATE_NOOP("UnitsTableModel", "在岗"),
        QT_TRANSLATE_NOOP("UnitsTableModel", "教学人员"),
        QT_TRANSLATE_NOOP("UnitsTableModel", "女性"),
        QT_TRANSLATE_NOOP("UnitsTableModel", "青年"),
        QT_TRANSLATE_NOOP("UnitsTableModel", "主要负责人"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def unit_at(self, row: int) -> UnitCount:
        return self._rows[row]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_ON_DUTY:
                return self.tr("基准日在岗、离校学习、离校工作的教职工（R13.1）")
            if section == COL_TEACHING:
                return self.tr("岗位类别为教学的在岗教职工（R13.5）")
            if section == COL_YOUTH:
                return self.tr("基准日不超过青年年龄上限的在岗教职工（R13.5）")
            if section == COL_LEADERS:
                return self.tr("党委书记、校长、工会主席（R13.6）")
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        unit = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(unit, column)
        if role == SORT_ROLE:
            if column in _NUMBERS:
                return self._number(unit, column)
            if column == COL_NAME:  # the one order of units (issue 15), as the service gives it
                return index.row()
            return self._text(unit, column)
        if role == UNIT_ROLE:
            return unit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in _NUMBERS else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and unit.members:
            return _JOINT
        if role == Qt.ItemDataRole.FontRole and unit.members and column == COL_NAME:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and unit.members:
            return self.tr("联合选举单位，由 {members} 合并").format(members="、".join(unit.members))
        return None

    @staticmethod
    def _number(unit: UnitCount, column: int) -> int:
        return {
            COL_ON_DUTY: unit.on_duty,
            COL_TEACHING: unit.teaching,
            COL_WOMEN: unit.women,
            COL_YOUTH: unit.youth,
        }[column]

    def _text(self, unit: UnitCount, column: int) -> str:
        if column == COL_NAME:
            return unit.name
        if column == COL_MEMBERS:
            return "、".join(unit.members)
        if column in _NUMBERS:
            return str(self._number(unit, column))
        if column == COL_LEADERS:
            return "、".join(unit.leaders)
        return ""
