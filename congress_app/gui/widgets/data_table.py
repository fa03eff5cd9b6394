"""A read-only QTableView set up for large tables: whole-row selection, fixed (uniform) row
heights so 10,000 rows scroll smoothly, no word wrap, and one ``row_activated`` signal for
double-click and Enter/Return alike.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class DataTableView(QTableView):
    row_activated = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None, *, multi_select: bool = False) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.doubleClicked.connect(self.row_activated)

    def set_sortable_model(self, model: QAbstractItemModel) -> None:
        """Show ``model`` (a sorting proxy) in its own order until a header is clicked."""
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def set_column_widths(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def fit_columns(self, widths: dict[int, int], samples: dict[int, list[str]] | None = None) -> None:
        """Each column at least ``widths[column]`` and never narrower than its (translated)
        title with the sort arrow, nor than the widest of its ``samples`` (e.g. every label a
        status can show): English titles and words are longer than the Chinese."""
        self.ensurePolished()  # the style sheet's font is in fontMetrics() only once polished
        self.horizontalHeader().ensurePolished()
        model = self.model()
        titles = self.horizontalHeader().fontMetrics()
        cells = self.fontMetrics()
        for column, width in widths.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
            need = titles.horizontalAdvance(title) + 28
            for text in (samples or {}).get(column, []):
                need = max(need, cells.horizontalAdvance(text) + 16)
            self.setColumnWidth(column, max(width, need))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        """Selected rows of the view's model (proxy rows if a proxy is set), in order."""
        model = self.selectionModel()
        if model is None:
            return []
        return sorted(index.row() for index in model.selectedRows())
