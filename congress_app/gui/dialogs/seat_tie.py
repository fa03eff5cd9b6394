"""A tie for the last seat(s) of the apportionment (RA.1, practice — not the norms' text): the
union office settles it by lot (抽签) or by its own choice, on record. The dialog shows the
tied units and asks which get the seat(s), how it was decided, and a note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import ok_cancel_buttons


@dataclass(frozen=True)
class TieDecision:
    winners: list[str]
    how: str  # "lot" / "choice"
    note: str


class SeatTieDialog(QDialog):
    def __init__(self, parent: QWidget | None, units: Sequence[str], seats: int) -> None:
        super().__init__(parent)
        self.seats = seats
        self.setWindowTitle(self.tr("名额并列"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "以下单位余数（或商数）相同，争最后 {n} 个名额。按惯例（非规范条文）由工会抽签或决定，"
                "并记录在案；软件不按人数、名称或代码决定。"
            ).format(n=seats)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes = [QCheckBox(unit) for unit in units]
        for box in self.boxes:
            box.toggled.connect(self._update)
            layout.addWidget(box)
        form = QFormLayout()
        self.how = QComboBox()
        self.how.addItem(self.tr("抽签"), "lot")
        self.how.addItem(self.tr("工会决定"), "choice")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：抽签时间、地点、见证人"))
        form.addRow(self.tr("决定方式："), self.how)
        form.addRow(self.tr("说明："), self.note)
        layout.addLayout(form)
        self.buttons = ok_cancel_buttons(self, self.tr("记录并保存"), self.tr("取消"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self._update()

    def winners(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def _update(self) -> None:
        self.ok_button.setEnabled(len(self.winners()) == self.seats)

    @classmethod
    def ask(cls, parent: QWidget | None, units: Sequence[str], seats: int) -> TieDecision | None:
        dialog = cls(parent, units, seats)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return TieDecision(dialog.winners(), dialog.how.currentData(), dialog.note.text())
        return None
