"""The proposals table and its filter (status, department, words), with overdue rows marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.services.proposal_queries import ProposalRow

CONTEXT = "ProposalTableModel"
(
    COL_NUMBER,
    COL_TITLE,
    COL_KIND,
    COL_CATEGORY,
    COL_PROPOSERS,
    COL_STATUS,
    COL_DEPARTMENT,
    COL_DUE,
    COL_SATISFACTION,
) = range(9)

STATE_WORDS = {
    "submitted": QT_TRANSLATE_NOOP("ProposalTableModel", "待审查"),
    "registered": QT_TRANSLATE_NOOP("ProposalTableModel", "已立案"),
    "merged": QT_TRANSLATE_NOOP("ProposalTableModel", "已并案"),
    "opinion": QT_TRANSLATE_NOOP("ProposalTableModel", "作为意见"),
    "dmc_passed": QT_TRANSLATE_NOOP("ProposalTableModel", "民管会已通过"),
    "assigned": QT_TRANSLATE_NOOP("ProposalTableModel", "办理中"),
    "answered": QT_TRANSLATE_NOOP("ProposalTableModel", "已答复"),
    "closed": QT_TRANSLATE_NOOP("ProposalTableModel", "已办结"),
}
KIND_WORDS = {
    "general": QT_TRANSLATE_NOOP("ProposalTableModel", "一般"),
    "important": QT_TRANSLATE_NOOP("ProposalTableModel", "重要"),
}
SATISFACTION_WORDS = {
    "satisfied": QT_TRANSLATE_NOOP("ProposalTableModel", "满意"),
    "basically_satisfied": QT_TRANSLATE_NOOP("ProposalTableModel", "基本满意"),
    "not_satisfied": QT_TRANSLATE_NOOP("ProposalTableModel", "不满意"),
}
OVERDUE = QColor("#fde2e4")


def word(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else code


class ProposalTableModel(RowTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("ProposalTableModel", "编号"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "提案标题"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "性质"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "类别"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "提案人"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "状态"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "承办部门"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "办理期限"),
        QT_TRANSLATE_NOOP("ProposalTableModel", "满意度"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows) -> None:
        rows = list(rows)
        self._texts = [self._row_texts(r) for r in rows]
        super().set_rows(rows)

    def _row_texts(self, r: ProposalRow) -> tuple[str, ...]:
        status = word(STATE_WORDS, r.status)
        if r.status == "merged" and r.merged_into:
            status = QCoreApplication.translate("ProposalTableModel", "并入第{n}号").format(n=r.merged_into)
        elif r.overdue(self.today):
            status = QCoreApplication.translate("ProposalTableModel", "逾期未答复")
        return (
            str(r.number),
            r.title,
            word(KIND_WORDS, r.kind),
            r.category,
            "、".join(r.proposers),
            status,
            r.department,
            r.due_on.isoformat() if r.due_on else "",
            word(SATISFACTION_WORDS, r.satisfaction) if r.satisfaction else "",
        )

    def row_at(self, row: int) -> ProposalRow:
        return self._rows[row]

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[r][c]
        if role == SORT_ROLE:
            return self._rows[r].number if c == COL_NUMBER else self._texts[r][c]
        if role == Qt.ItemDataRole.BackgroundRole and self._rows[r].overdue(self.today):
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole and c == COL_TITLE:
            return self._rows[r].title
        return None


class ProposalFilter(QSortFilterProxyModel):
    """Rows of one status group, one department (lead or assisting) and containing the words."""

    GROUPS: dict[str, set[str] | None] = {  # the filter's choices → states
        "all": None,
        "submitted": {"submitted"},
        "registered": {"registered", "dmc_passed", "assigned"},
        "answered": {"answered"},
        "closed": {"closed"},
        "merged": {"merged"},
        "opinion": {"opinion"},
        "overdue": set(),  # computed per row
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self._group = "all"
        self._department = ""
        self._words = ""

    def set_criteria(
        self, *, group: str | None = None, department: str | None = None, words: str | None = None
    ) -> None:
        self.beginFilterChange()
        if group is not None:
            self._group = group
        if department is not None:
            self._department = department
        if words is not None:
            self._words = words.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model: ProposalTableModel = self.sourceModel()  # type: ignore[assignment]
        row = model.row_at(source_row)
        if self._group == "overdue":
            if not row.overdue(model.today):
                return False
        elif self._group != "all" and row.status not in (self.GROUPS[self._group] or ()):
            return False
        if self._department and self._department != row.department and self._department not in row.assisting:
            return False
        if self._words:
            return any(
                self._words in model.text(source_row, c)
                for c in (COL_NUMBER, COL_TITLE, COL_PROPOSERS, COL_CATEGORY, COL_DEPARTMENT)
            )
        return True
