"""A count field for the counting screen: typing replaces the value (all text selected on
focus), Enter moves on to the next field like Tab, no mouse-wheel changes by accident."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget


class CountSpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None, maximum: int = 100000) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(90)
        self.setMaximumWidth(120)
        self.setKeyboardTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        QTimer.singleShot(0, lambda: self.selectAll() if self.hasFocus() else None)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.lineEdit().deselect()  # only the field being typed in shows a selection
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.focusNextPrevChild(True)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()

    def set_problem(self, problem: bool, reason: str = "") -> None:
        """Mark the field invalid: a red frame, the number still dark and legible, and the
        reason in words (tooltip and accessible description; the page shows it beside)."""
        from congress_app.gui.widgets.common import restyle

        restyle(
            self,
            "QSpinBox { border: 2px solid #c8102e; background: #fff3f4; color: #1d2b3a; }" if problem else "",
        )
        if self.toolTip() != reason:
            self.setToolTip(reason)
            self.setAccessibleDescription(reason)
