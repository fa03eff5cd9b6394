"""Turning errors into calm, specific messages for the office staff."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from congress_app.gui import settings
from congress_app.rules.errors import RuleViolation
from congress_app.services.errors import ServiceError
from congress_app.wording import describe_error


def as_service_error(error: BaseException) -> BaseException:
    """A rules' RuleViolation (e.g. TooFewSeats) or a database fault (locked, disk full…) as
    a ServiceError, so it is worded too — never shown as a traceback."""
    if isinstance(error, RuleViolation):
        return ServiceError(error.code, **error.details)
    if not isinstance(error, ServiceError):
        from congress_app.services.database_faults import database_fault

        fault = database_fault(error)
        if fault is not None:
            return fault
    return error


def error_text(error: BaseException) -> str:
    error = as_service_error(error)
    if isinstance(error, ServiceError):
        return describe_error(error, settings.LANGUAGE.get())
    return str(error) or type(error).__name__


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    error_box(parent, error, details).exec()


def error_box(parent: QWidget | None, error: BaseException, details: str = "") -> QMessageBox:
    """The message box of ``show_error``, not yet shown (screenshots look at it)."""
    error = as_service_error(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "未能完成"))
    box.setText(error_text(error))
    if details and not isinstance(error, ServiceError):
        box.setDetailedText(details)
    return box
