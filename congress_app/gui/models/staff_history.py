"""One person's dated status history (the staff detail dialog's table)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from congress_app.gui.models.row_table import Index, RowTableModel
from congress_app.gui.staff_values import value_label
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.services.staff import StaffHistoryEntry

COL_EFFECTIVE_ON = 0
COL_STATUS = 1
COL_UNIT = 2
COL_CATEGORY = 3
COL_POST = 4
COL_SOURCE = 5
COLUMN_COUNT = 6


class StaffHistoryModel(RowTableModel):
    CONTEXT = "StaffHistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffHistoryModel", "生效日期"),
        QT_TRANSLATE_NOOP("StaffHistoryModel", "状态"),
        QT_TRANSLATE_NOOP("StaffHistoryModel", "选举单位"),
        QT_TRANSLATE_NOOP("StaffHistoryModel", "岗位类别"),
        QT_TRANSLATE_NOOP("StaffHistoryModel", "职务"),
        QT_TRANSLATE_NOOP("StaffHistoryModel", "来源"),
    )

    def __init__(self, entries: tuple[StaffHistoryEntry, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows = list(entries)
        self._before_first = self.tr("首次导入前")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_EFFECTIVE_ON:
                return entry.effective_on.isoformat() if entry.effective_on else self._before_first
            return (
                None,
                value_label(entry.status),
                entry.unit,
                value_label(entry.category),
                entry.post,
                entry.source,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_EFFECTIVE_ON and entry.effective_on is None:
            return self.tr("名册首次导入时已是此状态，起始日期未知")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_EFFECTIVE_ON, COL_STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
