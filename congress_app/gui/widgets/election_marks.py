"""The marks of one ballot paper, for fast keyboard entry: number keys 1–9 and 0 (the
tenth) toggle candidates, * toggles 废票 (spoilt), Enter submits the paper."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

_DIGITS = {getattr(Qt.Key, f"Key_{d}"): (d - 1) % 10 for d in range(10)}  # 1→0 … 9→8, 0→9


class MarksPad(QFrame):
    submitted = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marksPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QFrame#marksPad { border: 1px solid #b8c4d6; border-radius: 6px; }"
            " QFrame#marksPad:focus { border: 2px solid #1f5fa8; background: #f4f8fd; }"
        )
        self._layout = QVBoxLayout(self)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        self._layout.addLayout(self._grid)
        self.spoilt = QCheckBox(self.tr("废票（*）"))
        self.spoilt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.spoilt.toggled.connect(self.changed)
        self._layout.addWidget(self.spoilt)
        self.hint = QLabel(
            self.tr("在此框内按数字键勾选或取消（1–9，0 为第 10 位），* 为废票，Enter 保存并录下一张。")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self._layout.addWidget(self.hint)
        self.boxes: list[QCheckBox] = []
        self._ids: list[int] = []

    def set_candidates(self, candidates: Sequence[tuple[int, str]]) -> None:
        for box in self.boxes:
            self._grid.removeWidget(box)
            box.deleteLater()
        self.boxes, self._ids = [], [cid for cid, _ in candidates]
        columns = 2 if len(candidates) > 6 else 1
        rows = -(-len(candidates) // columns) if candidates else 0
        for i, (_cid, name) in enumerate(candidates):
            key = f"{(i + 1) % 10}" if i < 10 else " "
            box = QCheckBox(f"{key}  {name}")
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(self.changed)
            self._grid.addWidget(box, i % rows, i // rows)
            self.boxes.append(box)

    def toggle(self, index: int) -> None:
        if 0 <= index < len(self.boxes):
            self.boxes[index].toggle()

    def candidate_ids(self) -> list[int]:
        return list(self._ids)

    def marks(self) -> list[int]:
        return [cid for cid, box in zip(self._ids, self.boxes, strict=True) if box.isChecked()]

    def set_marks(self, marks: Sequence[int], spoilt: bool) -> None:
        for cid, box in zip(self._ids, self.boxes, strict=True):
            box.setChecked(cid in marks)
        self.spoilt.setChecked(spoilt)

    def clear(self) -> None:
        self.set_marks((), False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in _DIGITS:
            self.toggle(_DIGITS[key])
        elif key in (Qt.Key.Key_Asterisk, Qt.Key.Key_Minus):
            self.spoilt.toggle()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
