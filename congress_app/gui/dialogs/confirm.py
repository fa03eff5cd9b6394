"""A yes/no question whose yes-button says what will happen (ask() classmethod: tests patch it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(
            QCoreApplication.translate("ConfirmDialog", "取消"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes
