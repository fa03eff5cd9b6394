"""Small helpers shared by the parts of the elections page: styles, buttons, errors, status
lines and work in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from congress_app.gui.errors import as_service_error, error_text, show_error
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.widgets.common import restyle
from congress_app.services.changes import Changes, run_service

INFO_STYLE = (
    "QLabel { background: #eef4fb; border: 1px solid #b8c9e0;"
    " border-radius: 4px; padding: 8px 10px; color: #1d2b3a; }"
)
WARNING_STYLE = (
    "QLabel { background: #fdf3e1; border: 1px solid #e5c27a;"
    " border-radius: 4px; padding: 8px 10px; color: #5a3b00; }"
)
DANGER_STYLE = (
    "QLabel { background: #fdecee; border: 1px solid #e3a1aa;"
    " border-radius: 4px; padding: 8px 10px; color: #8a1020; }"
)
SUCCESS_STYLE = (
    "QLabel { background: #e9f6ec; border: 1px solid #9fd3aa;"
    " border-radius: 4px; padding: 8px 10px; color: #14532d; }"
)
PRIMARY_BUTTON_STYLE = (
    "QPushButton { background: #1f3a5f; color: white; border-radius: 4px;"
    " padding: 6px 16px; font-weight: bold; }"
    " QPushButton:disabled { background: #9aa7b8; }"
    " QPushButton:focus { border: 2px solid #c8102e; }"
)
ERROR_COLOR = "#c8102e"
OK_COLOR = "#1b7f3b"


def describe(error: BaseException) -> str:
    return error_text(as_service_error(error))


def report_error(parent: QWidget, error: BaseException) -> None:
    show_error(parent, as_service_error(error))


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setStyleSheet(PRIMARY_BUTTON_STYLE)
    button.setMinimumHeight(32)
    return fit_button(button)


def fit_button(button: QPushButton, text: str | None = None) -> QPushButton:
    """Set the text and make room for it in bold (the style sheet's weight is not in the
    size hint, so long bold captions were clipped)."""
    if text is not None:
        button.setText(text)
    button.ensurePolished()  # the style sheet's font size is in font() only once polished
    font = button.font()
    font.setBold(True)
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(button.text()) + 40)
    return button


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def panel_label(style: str = INFO_STYLE) -> QLabel:
    """A coloured, word-wrapped note that takes the width left over (never forces its own)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(160)
    label.setStyleSheet(style)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    return label


def say(label: QLabel, text: str, ok: bool = True) -> None:
    """A line saying how an action went: green when it worked, red when not."""
    label.setText(text)
    restyle(label, f"color: {OK_COLOR if ok else ERROR_COLOR};")


class StatusLine:
    """For a panel with a ``status`` label under its buttons: say how an action went, or why
    it failed (in red, and in a message box)."""

    status: QLabel

    def _say(self, text: str, ok: bool = True) -> None:
        say(self.status, text, ok)

    def _failed(self, error: Exception) -> None:
        self._say(describe(error), ok=False)
        assert isinstance(self, QWidget)  # mixed into the panels
        report_error(self, error)


def in_session(
    parent: QWidget,
    db,
    busy: str,
    job: Callable[[Any], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
    *,
    publish: Callable[[Changes], None] | None = None,
) -> BackgroundOp:
    """``job(session)`` on the worker thread, a progress dialog saying ``busy`` meanwhile;
    then ``done(result)`` or ``failed(error)`` on the GUI thread. With ``publish`` (a write),
    what the job changed is published after ``done``."""
    if publish is None:

        def work(_progress):
            with db.session() as session:
                return job(session)

        return BackgroundOp(parent, busy, work).success(done).failure(failed).run()

    def recorded_work(_progress: Any) -> tuple[Any, Changes]:
        with db.session() as session:
            return run_service(session, job)

    def recorded_done(outcome: tuple[Any, Changes]) -> None:
        result, changes = outcome
        try:
            done(result)
        finally:
            publish(changes)

    return BackgroundOp(parent, busy, recorded_work).success(recorded_done).failure(failed).run()
