"""Small pieces the pages and dialogs share: a date field, a grey hint, a labelled field, a
small read-only table fitted to its contents, and a dialog's OK / Cancel buttons."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QAbstractItemModel, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """Today, as yyyy-MM-dd, with a calendar to pick from."""
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def picked_date(edit: QDateEdit) -> date:
    """The date in ``edit`` (``QDate.toPython()`` returns a date but is typed as ``object``)."""
    return cast(date, edit.date().toPython())


def restyle(widget: QWidget, css: str) -> None:
    """Set a style sheet only when it differs: Qt re-polishes the widget and its children on
    every setStyleSheet, even with the same text (about half a millisecond each)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


def fitted_table(model: QAbstractItemModel, *, single_line: bool = False) -> QTableView:
    """A small read-only table: whole rows selected, columns as wide as their contents and
    the last one taking the rest, no row numbers; ``single_line``: no wrapping, rows of one
    fixed height."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    if single_line:  # the height before setStretchLastSection, which polishes the font larger
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def ok_cancel_buttons(dialog: QDialog, ok: str | None, cancel: str) -> QDialogButtonBox:
    """OK and Cancel wired to accept and reject; ``ok`` None keeps Qt's caption (the dialog
    sets its own later)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok is not None:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_labelled(row: QBoxLayout, text: str, widget: QWidget, spacing: int = 0, stretch: int = 0) -> QLabel:
    """``text`` then ``widget`` on ``row``; the label's buddy is the widget (its shortcut and
    screen readers lead there). ``spacing`` after the pair, ``stretch`` for the widget."""
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget, stretch)
    if spacing:
        row.addSpacing(spacing)
    return label
