"""The archive page's tables: the nine groups as a checklist and the session's register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.rules.archive import RETENTION_LABELS

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
                return g.title
            if g.present:
                return QCoreApplication.translate("ArchiveGroupsModel", "✓ {n} 件").format(n=g.items)
            return QCoreApplication.translate("ArchiveGroupsModel", "✗ 缺")
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
                COL_RETENTION: RETENTION_LABELS.get(i.retention, i.retention),
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
