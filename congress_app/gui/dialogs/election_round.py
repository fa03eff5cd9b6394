"""Opening a round (date, the two-thirds turnout rule R14.0, entry mode) and printing its
ballots (copies, first serial). Each dialog is asked through its ask() classmethod."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import date_edit, ok_cancel_buttons, picked_date


@dataclass(frozen=True)
class RoundRequest:
    held_on: date
    require_two_thirds: bool
    waiver_reason: str
    entry_mode: str  # "totals" | "ballots"


class OpenRoundDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, unit: str, title: str, facts: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{unit}</b> — {title}")
        info = QLabel(facts)
        info.setWordWrap(True)
        form = QFormLayout()
        self.date_edit = date_edit()
        form.addRow(self.tr("选举日期："), self.date_edit)
        date_hint = QLabel(self.tr("选民人数 E 为该日本单位在岗教职工人数（R14.3）。"))
        date_hint.setStyleSheet("color: #555555;")
        form.addRow("", date_hint)
        self.two_thirds = QCheckBox(
            self.tr(
                "适用三分之二到会规定（惯例做法，非规范条文）：收回选票须不少于本单位教职工的三分之二（R14.0）"
            )
        )
        self.two_thirds.setChecked(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("不适用时必须填写理由，将记录在案"))
        self.reason_edit.setFixedHeight(64)
        self.reason_label = QLabel(self.tr("不适用的理由："))
        self.totals_radio = QRadioButton(self.tr("汇总录入（计票人报总数）"))
        self.ballots_radio = QRadioButton(self.tr("逐张录入（双人，两位录入员各录一遍并核对）"))
        self.totals_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.totals_radio)
        self.mode_group.addButton(self.ballots_radio)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c8102e;")
        self.buttons = ok_cancel_buttons(self, self.tr("开始"), self.tr("取消"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.two_thirds.toggled.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        layout.addWidget(heading)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.two_thirds)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(QLabel(self.tr("录入方式：")))
        layout.addWidget(self.totals_radio)
        layout.addWidget(self.ballots_radio)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        waived = not self.two_thirds.isChecked()
        self.reason_edit.setEnabled(waived)
        self.reason_label.setEnabled(waived)
        missing = waived and not self.reason_edit.toPlainText().strip()
        self.problem.setText(self.tr("请填写不适用三分之二规定的理由（R14.0）。") if missing else "")
        self.ok_button.setEnabled(not missing)

    def request(self) -> RoundRequest:
        waived = not self.two_thirds.isChecked()
        return RoundRequest(
            picked_date(self.date_edit),
            not waived,
            self.reason_edit.toPlainText().strip() if waived else "",
            "ballots" if self.ballots_radio.isChecked() else "totals",
        )

    @classmethod
    def ask(cls, parent: QWidget | None, *, unit: str, title: str, facts: str) -> RoundRequest | None:
        dialog = cls(parent, unit=unit, title=title, facts=facts)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.request()
        return None


@dataclass(frozen=True)
class PrintRequest:
    copies: int
    first_serial: int


class PrintBallotsDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, unit: str, electorate: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印选票 — {unit}").format(unit=unit))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.copies = QSpinBox()
        self.copies.setRange(1, 100000)
        self.copies.setValue(max(electorate, 1))
        self.first_serial = QSpinBox()
        self.first_serial.setRange(1, 1000000)
        form.addRow(self.tr("份数："), self.copies)
        form.addRow(self.tr("起始编号："), self.first_serial)
        hint = QLabel(
            self.tr("默认每位选民一张：本单位在岗教职工 {n} 人。每张选票印有编号。").format(n=electorate)
        )
        hint.setWordWrap(True)
        buttons = ok_cancel_buttons(self, self.tr("选择保存位置…"), self.tr("取消"))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, *, unit: str, electorate: int) -> PrintRequest | None:
        dialog = cls(parent, unit=unit, electorate=electorate)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return PrintRequest(dialog.copies.value(), dialog.first_serial.value())
        return None
