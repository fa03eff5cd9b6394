"""The two steps between picking a roster file and importing it.

* ``RosterProblemsDialog``: the file has problems; lists EVERY one (行, 列, 问题) and says
  nothing was imported. A 复制 button copies the list for Excel or an e-mail.
* ``RosterPreviewDialog``: what importing would change (新增/变动/不再列入/未变), and the
  effective date of the changes; ``ask()`` returns that date, or None when cancelled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui import settings
from congress_app.gui.models.text_table import SORT_ROLE, TextTableModel
from congress_app.gui.staff_values import value_label
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.gui.widgets.common import add_labelled, date_edit, hint_label, picked_date
from congress_app.gui.widgets.data_table import DataTableView
from congress_app.roster_file import RosterProblem, describe_problem
from congress_app.services.roster import RosterPreview, StaffChange
from congress_app.wording.roster_import import describe_warning

_NOTE_STYLE = "QLabel { background: %s; border: 1px solid %s; border-radius: 4px; padding: 8px; }"
WARNING_STYLE = _NOTE_STYLE % ("#fdecea", "#e6a3a0")
INFO_STYLE = _NOTE_STYLE % ("#eef4fb", "#b8c9e0")
WRAP_LIMIT = 300  # up to this many problems the rows grow to show whole sentences


def _table(model: TextTableModel, widths: dict[int, int]) -> DataTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = DataTableView()
    view.set_sortable_model(proxy)
    view.set_column_widths(widths)
    return view


class RosterProblemsDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str, problems: tuple[RosterProblem, ...]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("名册有问题，未导入"))
        self.resize(900, 540)
        lang = settings.LANGUAGE.get()
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "「{file}」中发现 {count} 处问题。<b>没有导入任何数据</b>，数据库保持不变。"
                "请在 Excel 中改正下列问题后重新导入。"
            ).format(file=file_name, count=len(problems))
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.note)
        self.model = TextTableModel(
            [self.tr("行"), self.tr("列"), self.tr("问题")], centred=(0, 1), parent=self
        )
        # 行 and 列 have their own columns: 问题 is the sentence without its row prefix
        self.model.set_rows(
            [
                (
                    str(p.line) if p.line else self.tr("文件"),
                    p.column,
                    describe_problem(replace(p, line=0), lang),
                )
                for p in problems
            ],
            [(p.line, p.column, "") for p in problems],
        )
        self.table = _table(self.model, {0: 56, 1: 100})
        if len(problems) <= WRAP_LIMIT:  # a few problems: show every sentence in full
            self.table.setWordWrap(True)
            self.table.setStyleSheet("QTableView::item { padding: 4px; }")
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.setToolTip(self.tr("把全部问题复制到剪贴板，可粘贴到 Excel"))
        self.copy_button.clicked.connect(self.copy)
        self.copied_label = QLabel()
        close = QPushButton(self.tr("关闭"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied_label, 1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())
        self.copied_label.setText(self.tr("已复制 {count} 处问题").format(count=self.model.rowCount()))

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, problems: tuple[RosterProblem, ...]) -> None:
        cls(parent, file_name, problems).exec()


_CONTEXT = "RosterPreviewDialog"
_FIELD_NAMES = {
    "unit": QT_TRANSLATE_NOOP("RosterPreviewDialog", "选举单位"),
    "category": QT_TRANSLATE_NOOP("RosterPreviewDialog", "岗位类别"),
    "status": QT_TRANSLATE_NOOP("RosterPreviewDialog", "状态"),
    "status_since": QT_TRANSLATE_NOOP("RosterPreviewDialog", "状态起始日期"),
    "post": QT_TRANSLATE_NOOP("RosterPreviewDialog", "职务"),
    "name": QT_TRANSLATE_NOOP("RosterPreviewDialog", "姓名"),
    "gender": QT_TRANSLATE_NOOP("RosterPreviewDialog", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("RosterPreviewDialog", "出生日期"),
    "listed": QT_TRANSLATE_NOOP("RosterPreviewDialog", "列入名册"),
}


def field_label(field: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _FIELD_NAMES.get(field, field))


_CODED = frozenset({"gender", "category", "status"})  # stored codes, shown as words


def describe_change(change: StaffChange) -> str:
    empty = "—"
    one = QCoreApplication.translate("RosterPreviewDialog", "{field}：{old} → {new}")

    def shown(field: str, value: str) -> str:
        return (value_label(value) if field in _CODED else value) or empty

    return QCoreApplication.translate("RosterPreviewDialog", "；").join(
        one.format(field=field_label(c.field), old=shown(c.field, c.old), new=shown(c.field, c.new))
        for c in change.changes
    )


class RosterPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str, preview: RosterPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览：{file}").format(file=file_name))
        self.resize(860, 600)
        self.preview = preview
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr(
                "名册「{file}」读取无误。导入后：<b>新增 {added}</b> 人，<b>变动 {changed}</b> 人，"
                "<b>不再列入 {unlisted}</b> 人，未变 {unchanged} 人。"
            ).format(
                file=file_name,
                added=len(preview.added),
                changed=len(preview.changed),
                unlisted=len(preview.unlisted),
                unchanged=preview.unchanged,
            )
        )
        if preview.new_units:
            self.summary.setText(
                self.summary.text()
                + self.tr("<br>将新建 {count} 个选举单位：{units}").format(
                    count=len(preview.new_units), units="、".join(preview.new_units)
                )
            )
        if not preview.has_changes:
            self.summary.setText(
                self.summary.text() + self.tr("<br>与数据库中的名册相同，导入只会记录一次核对。")
            )
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(INFO_STYLE)
        layout.addWidget(self.summary)
        # what was matched (工号 zeros, unit names) and whether many staff would leave
        self.warnings = QLabel(
            "<br>".join("• " + describe_warning(w, settings.LANGUAGE.get()) for w in preview.warnings)
        )
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE if preview.needs_confirmation else INFO_STYLE)
        self.warnings.setVisible(bool(preview.warnings))
        layout.addWidget(self.warnings)

        self.tabs = QTabWidget()
        self.added_model = TextTableModel(
            [self.tr("工号"), self.tr("姓名"), self.tr("选举单位"), self.tr("岗位类别"), self.tr("状态")],
            [
                (r.staff_no, r.name, r.unit, value_label(r.category), value_label(r.status))
                for r in preview.added
            ],
            centred=(0, 3, 4),
            parent=self,
        )
        self.changed_model = TextTableModel(
            [self.tr("工号"), self.tr("姓名"), self.tr("变动")],
            [(c.staff_no, c.name, describe_change(c)) for c in preview.changed],
            centred=(0,),
            parent=self,
        )
        self.unlisted_model = TextTableModel(
            [self.tr("工号"), self.tr("姓名"), self.tr("选举单位")],
            [(u.staff_no, u.name, u.unit) for u in preview.unlisted],
            centred=(0,),
            parent=self,
        )
        self.tabs.addTab(
            _table(self.added_model, {0: 90, 1: 90, 2: 220, 3: 80}),
            self.tr("新增 ({count})").format(count=len(preview.added)),
        )
        self.tabs.addTab(
            _table(self.changed_model, {0: 90, 1: 90}),
            self.tr("变动 ({count})").format(count=len(preview.changed)),
        )
        self.tabs.addTab(
            _table(self.unlisted_model, {0: 90, 1: 90}),
            self.tr("不再列入 ({count})").format(count=len(preview.unlisted)),
        )
        for index, model in enumerate((self.added_model, self.changed_model, self.unlisted_model)):
            if model.rowCount():
                self.tabs.setCurrentIndex(index)
                break
        if preview.needs_confirmation:  # many leaving: show who first
            self.tabs.setCurrentIndex(2)
        layout.addWidget(self.tabs, 1)

        date_row = QHBoxLayout()
        self.date_edit = date_edit()
        add_labelled(date_row, self.tr("变动生效日期"), self.date_edit)
        hint = hint_label(
            self.tr(
                "选举单位、岗位类别、职务的变动和不再列入名册的人员按此日期记录；"
                "状态变动按名册中的状态起始日期记录。"
            )
        )
        date_row.addWidget(hint, 1)
        layout.addLayout(date_row)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("确认导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setFocus()

    def effective_on(self) -> date:
        return picked_date(self.date_edit)

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, preview: RosterPreview) -> date | None:
        dialog = cls(parent, file_name, preview)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.effective_on()
        return None
