"""Small helpers shared by the tabs of the roster page."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QWidget

from congress_app.gui.errors import show_error
from congress_app.rules.errors import RuleViolation
from congress_app.services.errors import ServiceError

INFO_PANEL_STYLE = ("QLabel { background: #eef4fb; border: 1px solid #b8c9e0;"
                    " border-radius: 4px; padding: 8px 10px; color: #1d2b3a; }")
WARNING_PANEL_STYLE = ("QLabel { background: #fdf3e1; border: 1px solid #e5c27a;"
                       " border-radius: 4px; padding: 8px 10px; color: #5a3b00; }")
PRIMARY_BUTTON_STYLE = ("QPushButton { background: #1f3a5f; color: white; border-radius: 4px;"
                        " padding: 5px 14px; font-weight: bold; }"
                        " QPushButton:disabled { background: #9aa7b8; }"
                        " QPushButton:focus { border: 2px solid #c8102e; }")
LINK_BUTTON_STYLE = ("QPushButton { border: none; color: #1f5fa8; padding: 4px 6px; }"
                     " QPushButton:hover { text-decoration: underline; }"
                     " QPushButton:focus { border: 1px dotted #1f5fa8; }")


def as_service_error(error: BaseException) -> BaseException:
    """A rules' RuleViolation (e.g. TooFewSeats) as a ServiceError, so it is worded too."""
    if isinstance(error, RuleViolation):
        return ServiceError(error.code, **error.details)
    return error


def report_error(parent: QWidget, error: BaseException) -> None:
    show_error(parent, as_service_error(error))


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setStyleSheet(PRIMARY_BUTTON_STYLE)
    return button


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setStyleSheet(LINK_BUTTON_STYLE)
    return button
