"""Turning errors into calm, specific messages for the office staff."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from congress_app.gui import settings
from congress_app.rules.errors import RuleViolation
from congress_app.services.errors import ServiceError
from congress_app.wording import describe_error


def as_service_error(error: BaseException) -> BaseException:
    """A rules' RuleViolation (e.g. TooFewSeats) as a ServiceError, so it is worded too."""
    if isinstance(error, RuleViolation):
        return ServiceError(error.code, **error.details)
    return error


def error_text(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return describe_error(error, settings.LANGUAGE.get())
    return str(error) or type(error).__name__


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "未能完成"))
    box.setText(error_text(error))
    if details and not isinstance(error, ServiceError):
        box.setDetailedText(details)
    box.exec()
