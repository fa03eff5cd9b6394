"""What an empty table shows instead: a title, one line on what to do, and the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QFrame):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setStyleSheet(
            "QFrame#emptyState { background: #f6f8fb; border: 1px dashed #b8c4d6;"
            " border-radius: 8px; }"
            " QLabel#emptyTitle { font-size: 18px; font-weight: bold; color: #1f3a5f; }"
            " QLabel#emptyText { color: #444444; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("emptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title_label)
        layout.addSpacing(8)
        layout.addWidget(self.text_label)
        layout.addSpacing(16)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(12)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)  # buttons go between the two stretches: centred
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def add_button(self, text: str, slot, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(36)
        button.setMinimumWidth(150)
        if primary:
            button.setDefault(True)
            button.setStyleSheet(
                "QPushButton { background: #1f3a5f; color: white;"
                " border-radius: 4px; padding: 6px 18px; font-weight: bold; }"
                " QPushButton:focus { border: 2px solid #c8102e; }"
            )
        button.clicked.connect(slot)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button
