"""Candidates of a unit election in ballot order, and the staff who may still be nominated."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.staff_values import value_label
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP


class ElectionCandidatesModel(RowTableModel):
    """序号 on the ballot, name (as printed), staff number, gender, post category, 职务, and
    the R12.1 facts (第十二条)."""

    CONTEXT = "ElectionCandidatesModel"
    COL_NO, COL_NAME, COL_STAFF_NO, COL_GENDER, COL_CATEGORY, COL_POST, COL_R12 = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "序号"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "姓名"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "工号"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "性别"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "岗位类别"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "职务"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "第十二条条件"),
    )

    def names(self) -> list[str]:
        return [c.name for c in self._rows]

    def candidate_id(self, row: int) -> int:
        return self._rows[row].candidate_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, column = self._rows[index.row()], index.column()
        r12 = (
            self.tr("已确认")
            if not c.confirmation
            else (
                self.tr("有「否」")
                if any(code.endswith("_no") for code in c.confirmation)
                else self.tr("未记录")
            )
        )
        values = (
            index.row() + 1,
            c.label or c.name,
            c.staff_no,
            value_label(c.gender),
            value_label(c.category),
            c.post,
            r12,
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values[column])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_R12 and c.confirmation:
            return QColor("#8a1020")
        if role == SORT_ROLE:
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_NO, self.COL_GENDER):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


@dataclass(frozen=True)
class StaffChoice:
    """One on-duty staff member of the unit who may stand (R12.1)."""

    staff_id: int
    staff_no: str
    name: str
    gender: str
    category: str
    nominated: bool
    post: str = ""  # 职务
    unit: str = ""


class EligibleStaffModel(RowTableModel):
    """The picker's list; people already nominated are shown greyed and cannot be chosen."""

    CONTEXT = "ElectionCandidatesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "工号"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "姓名"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "性别"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "岗位类别"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "职务"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "所在单位"),
        QT_TRANSLATE_NOOP("ElectionCandidatesModel", "状态"),
    )

    def at(self, row: int) -> StaffChoice:
        return self._rows[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].nominated:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        values = (
            s.staff_no,
            s.name,
            value_label(s.gender),
            value_label(s.category),
            s.post,
            s.unit,
            self.tr("已是候选人") if s.nominated else "",
        )
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and s.nominated:
            return QColor("#999999")
        return None
