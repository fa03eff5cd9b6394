"""学校信息 on first run: the name every document prints in its heading, and the archive's
fonds number (全宗号) and organisation code (机构代码) used in 档号 (R48.2). Asked once, before
anything prints; 设置 changes it later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import ok_cancel_buttons
from congress_app.services.school import SchoolInfo

ERROR_STYLE = "color: #c8102e;"


class SchoolDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: SchoolInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用教代会工作台"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "请先填写学校信息。学校名称印在每一份文件的抬头（选票、选举结果报告单、"
                "代表名单、名额分配表）；全宗号和机构代码用于归档的档号。以后可在「设置」中修改。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(current.name)
        self.name_edit.setPlaceholderText(self.tr("例如：大连某某大学"))
        self.fonds_edit = QLineEdit(current.fonds_no)
        self.fonds_edit.setPlaceholderText(self.tr("例如：0123（可稍后填写）"))
        self.org_edit = QLineEdit(current.org_code or "JDH")
        self.org_edit.setPlaceholderText(self.tr("例如：JDH"))
        form.addRow(self.tr("学校名称（必填）"), self.name_edit)
        form.addRow(self.tr("全宗号"), self.fonds_edit)
        form.addRow(self.tr("机构代码"), self.org_edit)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        self.buttons = ok_cancel_buttons(self, self.tr("保存"), self.tr("以后再填"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        """The name is required: say so in words, not only by a disabled button."""
        missing = not self.name_edit.text().strip()
        self.problem.setText(self.tr("请填写学校名称：文件抬头要用。") if missing else "")
        self.ok_button.setEnabled(not missing)

    def info(self) -> SchoolInfo:
        return SchoolInfo(
            self.name_edit.text().strip(), self.fonds_edit.text().strip(), self.org_edit.text().strip()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, current: SchoolInfo) -> SchoolInfo | None:
        dialog = cls(parent, current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.info()
        return None
