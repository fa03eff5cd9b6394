"""Guards the PySide6 pin in pyproject.toml: PySide6 6.12.0 took one reference from None on
every QListWidget.addItem / QTableWidget.setItem, and Python 3.11 (where None is not immortal)
then aborts with "none_dealloc" once enough were taken — seen here in a 10,000-row table."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem

CALLS = 500


def test_adding_items_leaves_none_alone(qapp) -> None:
    items = QListWidget()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        items.addItem(QListWidgetItem("x"))
    for _ in range(CALLS):
        items.addItem("x")
    table = QTableWidget(CALLS, 1)
    for row in range(CALLS):
        table.setItem(row, 0, QTableWidgetItem("x"))
    # a healthy binding drifts by a handful at most; the broken one loses 3 × CALLS
    assert sys.getrefcount(None) - before > -CALLS // 5
