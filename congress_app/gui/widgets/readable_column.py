"""One column of a table kept readable: it takes the room the other columns leave (stretched),
but never less than a minimum width — below that it keeps the minimum and the table scrolls
sideways, instead of squeezing (a register's 题名 down to "关于同…" on a 1024-wide window)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class ReadableColumn(QObject):
    """Keeps ``column`` of ``view`` at least ``minimum`` pixels wide (see the module)."""

    def __init__(self, view: QTableView, column: int, minimum: int) -> None:
        super().__init__(view)
        self.view, self.column, self.minimum = view, column, minimum
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._other_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_args: QTimer.singleShot(0, self.update))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def _other_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.update()

    def update(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        stretch = self.view.viewport().width() - others >= self.minimum
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.column) != mode:
            header.setSectionResizeMode(self.column, mode)
        if not stretch and header.sectionSize(self.column) != self.minimum:
            header.resizeSection(self.column, self.minimum)
