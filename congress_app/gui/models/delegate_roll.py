"""The roll (代表名册) as a table model, and a proxy filtering it by unit, delegation, kind,
status and a search text. Tested without a window."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from congress_app.gui.delegate_texts import KIND, STATUS, word
from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP

# what the desk needs first comes first: at 1024 px the status is in view
COL_NUMBER, COL_NAME, COL_STATUS, COL_SINCE, COL_AWAY, COL_KIND, COL_UNIT, COL_DELEGATION, COL_STAFF_NO = (
    range(9)
)
ENDED_COLOR = QColor("#8a1020")


class DelegateRollModel(RowTableModel):
    CONTEXT = "DelegateRollModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DelegateRollModel", "代表编号"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "姓名"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "状态"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "状态起始"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "离校起始"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "类别"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "选举单位"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "代表团"),
        QT_TRANSLATE_NOOP("DelegateRollModel", "工号"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == COL_NUMBER:
                return e.number or ""
            if column == COL_NAME:
                return e.name
            if column == COL_STAFF_NO:
                return e.staff_no
            if column == COL_UNIT:
                return e.unit
            if column == COL_DELEGATION:
                return e.delegation or ""
            if column == COL_KIND:
                text = word(KIND, e.kind)
                return f"{text}（{e.category}）" if e.category and role != SORT_ROLE else text
            if column == COL_STATUS:
                return word(STATUS, e.status)
            if column == COL_SINCE:
                return e.since.isoformat() if e.since else ""
            if column == COL_AWAY:
                return e.away_from.isoformat() if e.away_from else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and not e.active:
            return ENDED_COLOR
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None

    def entry(self, row: int):
        return self._rows[row]


class RollFilter(QSortFilterProxyModel):
    """Keeps the rows matching every set filter (None = any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.unit: str | None = None
        self.delegation: str | None = None
        self.kind: str | None = None
        self.status: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, unit=None, delegation=None, kind=None, status=None, text="") -> None:
        self.beginFilterChange()
        self.unit, self.delegation, self.kind, self.status = unit, delegation, kind, status
        self.text = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt override
        e = cast(DelegateRollModel, self.sourceModel()).entry(row)
        if self.unit is not None and e.unit != self.unit:
            return False
        if self.delegation is not None and (e.delegation or "") != self.delegation:
            return False
        if self.kind is not None and e.kind != self.kind:
            return False
        if self.status is not None and e.status != self.status:
            return False
        return (
            not self.text or self.text in (e.number or "") or self.text == e.staff_no or self.text in e.name
        )
