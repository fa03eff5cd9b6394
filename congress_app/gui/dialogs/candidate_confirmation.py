"""R12.1 (第十二条): the union records, per candidate, political rights, willingness to take on
a delegate's duties and ability to exercise a delegate's rights — yes or no, with the date.
A "no" or a missing answer keeps the person off the ballot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from congress_app.gui.widgets.common import date_edit, ok_cancel_buttons, picked_date


@dataclass(frozen=True)
class Confirmation:
    political_rights: bool
    willing: bool
    able: bool
    on: date


class CandidateConfirmationDialog(QDialog):
    def __init__(self, parent: QWidget | None, names: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录候选人条件（第十二条）"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("为以下候选人记录：{names}。任何一项为「否」或未记录，该候选人不能列入选票。").format(
                names="、".join(names)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: list[QComboBox] = []
        for label in (
            self.tr("依法享有政治权利："),
            self.tr("愿意承担代表义务："),
            self.tr("能够履行代表权利："),
        ):
            combo = QComboBox()
            combo.addItems([self.tr("是"), self.tr("否")])
            form.addRow(label, combo)
            self.combos.append(combo)
        self.date_edit = date_edit()
        form.addRow(self.tr("记录日期："), self.date_edit)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self, self.tr("记录"), self.tr("取消")))

    def confirmation(self) -> Confirmation:
        yes = [combo.currentIndex() == 0 for combo in self.combos]
        return Confirmation(yes[0], yes[1], yes[2], picked_date(self.date_edit))

    @classmethod
    def ask(cls, parent: QWidget | None, names: Sequence[str]) -> Confirmation | None:
        dialog = cls(parent, names)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.confirmation()
        return None
