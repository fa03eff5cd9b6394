"""Approving the credentials review and publishing the delegate list (R15.1): the
publication date (status takes effect from it). A failed must cannot be approved: no free
text overrides it (R15.3); the dialog says what stops it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import date_edit, ok_cancel_buttons, picked_date


@dataclass(frozen=True)
class Approval:
    published_on: date


class ApproveCredentialsDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, delegates: int, failures: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批准并公布代表名单"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "批准资格审查报告后，{n} 名代表的名单张榜公布，代表资格自公布之日起生效（R15.1）。"
                "此操作不能撤销。"
            ).format(n=delegates)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = date_edit()
        form.addRow(self.tr("公布日期："), self.date_edit)
        layout.addLayout(form)
        self.blocked = bool(failures)
        self.problems = QListWidget()  # however many fail, the list scrolls (never cut off)
        if self.blocked:
            warn = QLabel(self.tr("以下 {n} 项必须满足的项目未通过，不能批准：").format(n=len(failures)))
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #8a1020; font-weight: bold;")
            layout.addWidget(warn)
            self.problems.setWordWrap(True)
            self.problems.setStyleSheet("QListWidget { color: #8a1020; }")
            self.problems.setMinimumHeight(90)
            self.problems.setMaximumHeight(220)
            for failure in failures:
                self.problems.addItem(QListWidgetItem(failure))
            layout.addWidget(self.problems)
            why = QLabel(self.tr("必须满足的规定不能以理由代替（第十五条）；请先完成选举或补选。"))
            why.setWordWrap(True)
            layout.addWidget(why)
        else:
            self.problems.hide()
        self.buttons = ok_cancel_buttons(self, self.tr("批准并公布"), self.tr("取消"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.ok_button.setEnabled(not self.blocked)

    @classmethod
    def ask(cls, parent: QWidget | None, *, delegates: int, failures: Sequence[str]) -> Approval | None:
        dialog = cls(parent, delegates=delegates, failures=failures)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return Approval(picked_date(dialog.date_edit))
        return None
