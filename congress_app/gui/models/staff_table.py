"""The staff roster table (教职工名册): a model over ``StaffRow`` and a proxy doing the filters.

No per-row widgets, no per-row queries: ``set_rows()`` swaps the whole list inside a model
reset, ``data()`` formats on demand, so 10,000 rows scroll smoothly. Sorting uses
``SORT_ROLE`` (ISO dates, plain keys); ``ROW_ROLE`` hands back the ``StaffRow`` itself.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.staff_values import value_labels
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.rules.seats import is_on_duty
from congress_app.services.staff import StaffRow

COL_STAFF_NO = 0
COL_NAME = 1
COL_GENDER = 2
COL_BIRTH_DATE = 3
COL_UNIT = 4
COL_CATEGORY = 5
COL_STATUS = 6
COL_STATUS_SINCE = 7
COL_POST = 8
COL_LISTED = 9
COLUMN_COUNT = 10

ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# Status filter keys besides the plain statuses
ON_DUTY_KEY = "__on_duty__"  # R13.1: 在岗, 离校学习, 离校工作
UNLISTED_KEY = "__unlisted__"  # no longer in the latest roster

_CENTRED = {COL_STAFF_NO, COL_GENDER, COL_BIRTH_DATE, COL_CATEGORY, COL_STATUS, COL_STATUS_SINCE, COL_LISTED}
_MUTED = QBrush(QColor("#8a8a8a"))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CENTRED_ALIGNMENT = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_LEFT_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP, int(SORT_ROLE), int(ROW_ROLE)})


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


class StaffTableModel(RowTableModel):
    """Rows of staff, one per person, read-only."""

    CONTEXT = "StaffTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffTableModel", "工号"),
        QT_TRANSLATE_NOOP("StaffTableModel", "姓名"),
        QT_TRANSLATE_NOOP("StaffTableModel", "性别"),
        QT_TRANSLATE_NOOP("StaffTableModel", "出生日期"),
        QT_TRANSLATE_NOOP("StaffTableModel", "选举单位"),
        QT_TRANSLATE_NOOP("StaffTableModel", "岗位类别"),
        QT_TRANSLATE_NOOP("StaffTableModel", "状态"),
        QT_TRANSLATE_NOOP("StaffTableModel", "状态起始日期"),
        QT_TRANSLATE_NOOP("StaffTableModel", "职务"),
        QT_TRANSLATE_NOOP("StaffTableModel", "名册"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._listed_text = (self.tr("不再列入"), self.tr("列入"))
        self._words = value_labels()  # stored code -> word shown

    # -- content -------------------------------------------------------------------------
    def row_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``'s SORT_ROLE key in Python (one key per row, no per-comparison
        calls into data(): 10,000 rows sort in a few milliseconds). Stable; keeps selections."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(
            range(len(self._rows)),
            key=lambda i: self._sort_key(self._rows[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_position = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_position[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    # -- Qt model ------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # plain ints compared first: painting a page asks for ~2,500 (cell, role) pairs
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _ALIGNMENT:
            return _CENTRED_ALIGNMENT if column in _CENTRED else _LEFT_ALIGNMENT
        if role == _FOREGROUND:
            return _MUTED if not row.listed or not is_on_duty(row.status) else None
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        return self._tooltip(row, column)

    def _text(self, row: StaffRow, column: int) -> str:
        if column == COL_STAFF_NO:
            return row.staff_no
        if column == COL_NAME:
            return row.name
        if column == COL_GENDER:
            return self._words.get(row.gender, row.gender)
        if column == COL_BIRTH_DATE:
            return _date_text(row.birth_date)
        if column == COL_UNIT:
            if row.election_unit != row.unit:
                return f"{row.unit}（{row.election_unit}）"
            return row.unit
        if column == COL_CATEGORY:
            return self._words.get(row.category, row.category)
        if column == COL_STATUS:
            return self._words.get(row.status, row.status)
        if column == COL_STATUS_SINCE:
            return _date_text(row.status_since)
        if column == COL_POST:
            return row.post
        if column == COL_LISTED:
            return self._listed_text[row.listed]
        return ""

    def _sort_key(self, row: StaffRow, column: int):
        if column == COL_LISTED:
            return int(row.listed)
        return self._text(row, column)

    def _tooltip(self, row: StaffRow, column: int) -> str | None:
        if column == COL_STATUS:
            if is_on_duty(row.status):
                return self.tr("计入在岗教职工（R13.1）")
            return self.tr("不计入在岗教职工（R13.1）")
        if column == COL_UNIT and row.election_unit != row.unit:
            return self.tr("所在单位已并入联合选举单位「{joint}」").format(joint=row.election_unit)
        if column == COL_LISTED and not row.listed:
            return self.tr("最近一次导入的名册中没有此人")
        return None


class StaffFilterProxy(QSortFilterProxyModel):
    """Filters by election unit, status, post category and a 工号/姓名 search."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self._unit: str | None = None
        self._status: str | None = None
        self._category: str | None = None
        self._search = ""

    def _change(self, name: str, value) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_unit(self, unit: str | None) -> None:
        """A unit name, or the name of a joint unit (matches all its members)."""
        self._change("_unit", unit or None)

    def set_status(self, status: str | None) -> None:
        """A status, ON_DUTY_KEY, UNLISTED_KEY, or None for all."""
        self._change("_status", status or None)

    def set_category(self, category: str | None) -> None:
        self._change("_category", category or None)

    def set_search(self, text: str) -> None:
        self._change("_search", text.strip().casefold())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast, by SORT_ROLE keys); the proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row: StaffRow = cast(StaffTableModel, self.sourceModel()).row_at(source_row)
        if self._unit is not None and self._unit not in (row.unit, row.election_unit):
            return False
        if self._status is not None:
            if self._status == ON_DUTY_KEY:
                if not (row.listed and is_on_duty(row.status)):
                    return False
            elif self._status == UNLISTED_KEY:
                if row.listed:
                    return False
            elif row.status != self._status:
                return False
        if self._category is not None and row.category != self._category:
            return False
        if self._search:
            return self._search in row.staff_no.casefold() or self._search in row.name.casefold()
        return True
