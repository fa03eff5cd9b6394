"""建立届次: a new term of the congress — its number, first day and length (R23.1: 3–5 years)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import date_edit, ok_cancel_buttons, picked_date
from congress_app.services.terms import MAX_YEARS, MIN_YEARS  # what can be typed at all

DEFAULT_YEARS = 5  # R23.1: 三至五年; outside it the service warns, it does not refuse


@dataclass(frozen=True)
class TermRequest:
    number: int
    starts_on: date
    years: int


class NewTermDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, number: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("建立教代会届次"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("代表按届选举，实行常任制（R16.1）。建立本届后，按名额方案为每个选举单位建立选举。")
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, 99)
        self.number_spin.setValue(number)
        self.date_edit = date_edit()
        self.years_spin = QSpinBox()
        self.years_spin.setRange(MIN_YEARS, MAX_YEARS)
        self.years_spin.setValue(DEFAULT_YEARS)
        self.years_spin.setSuffix(self.tr(" 年"))
        self.years_spin.setToolTip(self.tr("每届三至五年（R23.1，第二十三条）"))
        form.addRow(self.tr("第几届："), self.number_spin)
        form.addRow(self.tr("本届起始日期："), self.date_edit)
        form.addRow(self.tr("任期："), self.years_spin)
        self.buttons = ok_cancel_buttons(self, self.tr("建立"), self.tr("取消"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def request(self) -> TermRequest:
        return TermRequest(self.number_spin.value(), picked_date(self.date_edit), self.years_spin.value())

    @classmethod
    def ask(cls, parent: QWidget | None, *, number: int) -> TermRequest | None:
        dialog = cls(parent, number=number)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.request()
        return None
