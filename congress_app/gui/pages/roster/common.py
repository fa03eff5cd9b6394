"""Small helpers shared by the tabs of the roster page."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QPushButton, QStackedWidget, QWidget

from congress_app.gui.errors import as_service_error, show_error

INFO_PANEL_STYLE = (
    "QLabel { background: #eef4fb; border: 1px solid #b8c9e0;"
    " border-radius: 4px; padding: 8px 10px; color: #1d2b3a; }"
)
WARNING_PANEL_STYLE = (
    "QLabel { background: #fdf3e1; border: 1px solid #e5c27a;"
    " border-radius: 4px; padding: 8px 10px; color: #5a3b00; }"
)
PRIMARY_BUTTON_STYLE = (
    "QPushButton { background: #1f3a5f; color: white; border-radius: 4px;"
    " padding: 5px 14px; font-weight: bold; }"
    " QPushButton:disabled { background: #9aa7b8; }"
    " QPushButton:focus { border: 2px solid #c8102e; }"
)
LINK_BUTTON_STYLE = (
    "QPushButton { border: none; color: #1f5fa8; padding: 4px 6px; }"
    " QPushButton:hover { text-decoration: underline; }"
    " QPushButton:focus { border: 1px dotted #1f5fa8; }"
)


def report_error(parent: QWidget, error: BaseException) -> None:
    show_error(parent, as_service_error(error))


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setStyleSheet(PRIMARY_BUTTON_STYLE)
    return button


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setStyleSheet(LINK_BUTTON_STYLE)
    return button


def empty_or_panel(layout: QBoxLayout, empty: QWidget, panel: QWidget) -> QStackedWidget:
    """A tab's body on ``layout``: ``empty`` (page 0) until there is data, then ``panel`` (page 1)."""
    stack = QStackedWidget()
    stack.addWidget(empty)
    stack.addWidget(panel)
    layout.addWidget(stack, 1)
    return stack
