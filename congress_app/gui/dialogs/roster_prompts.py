"""A small question of the roster page: a unit name (ask() classmethod)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.widgets.common import ok_cancel_buttons


class UnitNameDialog(QDialog):
    """Asks for a (joint) election unit's name; OK stays disabled while the name is blank."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.name_edit = QLineEdit(text)
        self.name_edit.selectAll()
        label.setBuddy(self.name_edit)
        self.buttons = ok_cancel_buttons(self, self.tr("确定"), self.tr("取消"))
        self.name_edit.textChanged.connect(self._update)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def name(self) -> str:
        return self.name_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, text: str = "") -> str | None:
        dialog = cls(parent, title, prompt, text)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name():
            return dialog.name()
        return None
