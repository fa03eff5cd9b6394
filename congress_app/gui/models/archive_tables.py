"""The archive page's tables: the nine groups as a checklist and the session's register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.rules.archive import RETENTION_LABELS

# R48.1's nine group titles and R48.2's retention labels as the GUI shows them: the rules'
# Chinese words, translated in these contexts (tests check they match the rules' words)
GROUP_TITLES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("ArchiveGroups", "涉及教代会工作的上级文件、批复"),
    2: QT_TRANSLATE_NOOP("ArchiveGroups", "教代会筹备工作方案、筹备工作报告及请示报告"),
    3: QT_TRANSLATE_NOOP("ArchiveGroups", "代表选举资料（基层选举情况报告、代表名册、代表资格审查报告）"),
    4: QT_TRANSLATE_NOOP("ArchiveGroups", "大会主席团组成人员名单"),
    5: QT_TRANSLATE_NOOP("ArchiveGroups", "大会议程表、日程表"),
    6: QT_TRANSLATE_NOOP("ArchiveGroups", "校长工作报告、其他提交大会审议的议案文本及其说明"),
    7: QT_TRANSLATE_NOOP("ArchiveGroups", "教代会决议（决定）及表决情况"),
    8: QT_TRANSLATE_NOOP("ArchiveGroups", "教代会提案表及提案工作报告"),
    9: QT_TRANSLATE_NOOP("ArchiveGroups", "主席团、代表团、专门工作委员会会议及活动记录"),
}
RETENTION_TEXT: dict[str, str] = {
    "Y": QT_TRANSLATE_NOOP("ArchiveRetention", "永久"),
    "D30": QT_TRANSLATE_NOOP("ArchiveRetention", "定期30年"),
    "D10": QT_TRANSLATE_NOOP("ArchiveRetention", "定期10年"),
}


def group_title(number: int, fallback: str = "") -> str:
    """Group ``number``'s title in the interface language."""
    text = GROUP_TITLES.get(number)
    return QCoreApplication.translate("ArchiveGroups", text) if text else fallback


def retention_label(code: str) -> str:
    """A retention code (Y, D30, D10) in the interface language."""
    text = RETENTION_TEXT.get(code) or RETENTION_LABELS.get(code, code)
    return QCoreApplication.translate("ArchiveRetention", text)


PRESENT_COLOR, MISSING_COLOR = QColor("#1b7f3b"), QColor("#b00020")
COL_GROUP_NO, COL_GROUP_STATE, COL_GROUP_TITLE = range(3)
COL_ITEM, COL_GROUP, COL_TITLE, COL_DATE, COL_RETENTION, COL_PAGES, COL_KIND, COL_AUTHOR, COL_NUMBER = range(
    9
)


class ArchiveGroupsModel(RowTableModel):
    """Rows: services.archive_register.GroupState."""

    CONTEXT = "ArchiveGroupsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ArchiveGroupsModel", "类"),
        QT_TRANSLATE_NOOP("ArchiveGroupsModel", "状态"),
        QT_TRANSLATE_NOOP("ArchiveGroupsModel", "第四十八条所列材料"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_GROUP_NO:
                return str(g.number)
            if column == COL_GROUP_TITLE:
                return group_title(g.number, g.title)
            if g.present:
                return QCoreApplication.translate("ArchiveGroupsModel", "✓ {n} 件").format(n=g.items)
            return QCoreApplication.translate("ArchiveGroupsModel", "✗ 缺")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_GROUP_TITLE:
            return group_title(g.number, g.title)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_GROUP_STATE:
            return PRESENT_COLOR if g.present else MISSING_COLOR
        return None


class ArchiveRegisterModel(RowTableModel):
    """Rows: services.archive_register.RegisterItem, in arrangement order (件号 = row + 1)."""

    CONTEXT = "ArchiveRegisterModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "件号"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "类"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "题名"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "日期"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "保管期限"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "页数"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "来源"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "责任者"),
        QT_TRANSLATE_NOOP("ArchiveRegisterModel", "文号"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = {
                COL_ITEM: f"{index.row() + 1:04d}",
                COL_GROUP: str(i.group),
                COL_TITLE: i.title,
                COL_AUTHOR: i.author,
                COL_NUMBER: i.doc_number,
                COL_DATE: i.day.isoformat(),
                COL_RETENTION: retention_label(i.retention),
                COL_PAGES: str(i.pages) if i.pages else "",
                COL_KIND: (
                    QCoreApplication.translate("ArchiveRegisterModel", "系统生成")
                    if i.kind == "generated"
                    else QCoreApplication.translate("ArchiveRegisterModel", "添加的文件")
                ),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return i.title
        return None
