"""One person's dated status history (the staff detail dialog's table)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from congress_app.services.staff import StaffHistoryEntry

COL_EFFECTIVE_ON = 0
COL_STATUS = 1
COL_UNIT = 2
COL_CATEGORY = 3
COL_POST = 4
COL_SOURCE = 5
COLUMN_COUNT = 6

_Index = QModelIndex | QPersistentModelIndex


class StaffHistoryModel(QAbstractTableModel):
    def __init__(self, entries: tuple[StaffHistoryEntry, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self._entries = list(entries)
        self._headers = (self.tr("生效日期"), self.tr("状态"), self.tr("选举单位"),
                         self.tr("岗位类别"), self.tr("职务"), self.tr("来源"))
        self._before_first = self.tr("首次导入前")

    def set_entries(self, entries: tuple[StaffHistoryEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_EFFECTIVE_ON:
                return entry.effective_on.isoformat() if entry.effective_on else self._before_first
            return (None, entry.status, entry.unit, entry.category, entry.post,
                    entry.source)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_EFFECTIVE_ON \
                and entry.effective_on is None:
            return self.tr("名册首次导入时已是此状态，起始日期未知")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_EFFECTIVE_ON, COL_STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
