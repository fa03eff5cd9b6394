"""Approving the credentials review and publishing the delegate list (R15.1): the
publication date (status takes effect from it) and, when a blocking check fails, the
reason for approving anyway (required)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import date_edit, ok_cancel_buttons


@dataclass(frozen=True)
class Approval:
    published_on: date
    override_reason: str


class ApproveCredentialsDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, delegates: int, failures: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批准并公布代表名单"))
        self.setMinimumWidth(560)
        self.needs_reason = bool(failures)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("批准资格审查报告后，{n} 名代表的名单张榜公布，代表资格自公布之日起生效（R15.1）。"
                               "此操作不能撤销。").format(n=delegates))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = date_edit()
        form.addRow(self.tr("公布日期："), self.date_edit)
        layout.addLayout(form)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(72)
        if self.needs_reason:
            warn = QLabel(self.tr("以下必须满足的项目未通过：") + "<ul>"
                          + "".join(f"<li>{f}</li>" for f in failures) + "</ul>"
                          + self.tr("如仍要批准，必须填写理由（将记录在案）："))
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #8a1020;")
            layout.addWidget(warn)
            self.reason_edit.setPlaceholderText(self.tr("例如：校长岗位空缺，待任命后补选"))
            layout.addWidget(self.reason_edit)
        else:
            self.reason_edit.hide()
        self.buttons = ok_cancel_buttons(self, self.tr("批准并公布"), self.tr("取消"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reason_edit.textChanged.connect(self._update)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.needs_reason or bool(self.reason_edit.toPlainText().strip()))

    @classmethod
    def ask(cls, parent: QWidget | None, *, delegates: int, failures: Sequence[str]) -> Approval | None:
        dialog = cls(parent, delegates=delegates, failures=failures)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return Approval(dialog.date_edit.date().toPython(),
                            dialog.reason_edit.toPlainText().strip() if dialog.needs_reason else "")
        return None
