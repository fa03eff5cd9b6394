"""Leaving with unsaved input: save / discard / cancel (ask() classmethod: tests patch it).

A widget that holds typing not yet saved offers three methods, found by the main window when
it closes: ``unsaved_changes() -> str | None`` (what is unsaved, e.g. "「机械学院」第1轮的票数"),
``save_unsaved() -> bool`` and ``discard_unsaved()``.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class HoldsUnsavedInput(Protocol):
    """The three methods (see the module note)."""

    def unsaved_changes(self) -> str | None: ...

    def save_unsaved(self) -> bool: ...

    def discard_unsaved(self) -> None: ...


def widgets_with_unsaved_changes(root: QWidget) -> list[HoldsUnsavedInput]:
    return [
        cast(HoldsUnsavedInput, w)
        for w in root.findChildren(QWidget)
        if callable(unsaved := getattr(w, "unsaved_changes", None)) and unsaved()
    ]


class UnsavedChangesDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, items: list[str]) -> str:
        """SAVE, DISCARD or CANCEL."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("UnsavedChangesDialog", "有未保存的修改"))
        listed = "\n".join(f"· {item}" for item in items)
        box.setText(
            QCoreApplication.translate("UnsavedChangesDialog", "以下内容还没有保存：") + "\n" + listed
        )
        box.setInformativeText(QCoreApplication.translate("UnsavedChangesDialog", "退出前要保存吗？"))
        role = QMessageBox.ButtonRole
        save = box.addButton(
            QCoreApplication.translate("UnsavedChangesDialog", "保存后退出"), role.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("UnsavedChangesDialog", "不保存，直接退出"), role.DestructiveRole
        )
        cancel = box.addButton(QCoreApplication.translate("UnsavedChangesDialog", "取消"), role.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL
