"""The shape every read-only table of the GUI shares: a list of rows under a row of titles.

A subclass adds ``data()`` (and what else it shows); ``rowCount``, ``columnCount``,
``headerData``, ``set_rows`` and ``rows`` are here once. The titles are ``HEADERS``, texts
marked with ``QT_TRANSLATE_NOOP(CONTEXT, …)`` and translated in ``CONTEXT`` when shown, so
each table keeps the translation context its texts are filed under.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the key a proxy sorts by (numbers as numbers)
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers: Sequence[str] = self.HEADERS

    def header(self, section: int) -> str:
        """Column ``section``'s title, translated."""
        return QCoreApplication.translate(self.CONTEXT, self._headers[section])

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
