"""A read-only table of ready-made text rows (small lists in dialogs: problems, previews)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel


class TextTableModel(RowTableModel):
    """``headers`` (already translated) and rows of strings; ``centred`` lists columns to
    centre; ``sort_keys`` optionally gives a key per row and column (e.g. an int row number)."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]] = (),
        centred: Sequence[int] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [tuple(r) for r in rows]
        self._centred = set(centred)
        self._sort_keys: list[tuple] | None = None

    def header(self, section: int) -> str:
        return self._headers[section]

    def set_rows(  # type: ignore[override]  # rows of text, and their sort keys
        self, rows: Sequence[Sequence[str]], sort_keys: Sequence[Sequence[object]] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._sort_keys = [tuple(k) for k in sort_keys] if sort_keys is not None else None
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return self._headers

    def as_text(self) -> str:
        """Tab-separated, header first: pastes into Excel as columns."""
        lines = ["\t".join(self._headers)]
        lines += ["\t".join(row) for row in self._rows]
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == SORT_ROLE:
            if self._sort_keys is not None:
                return self._sort_keys[index.row()][index.column()]
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignHCenter
                if index.column() in self._centred
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
