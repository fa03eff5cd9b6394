"""The credentials review (R15.1) as tables: the composition checks, each delegate's
eligibility (R12.1) and each unit's procedure (R14)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from congress_app.gui.models.row_table import Index, RowTableModel
from congress_app.gui.pages.elections.texts import (
    ELIGIBILITY_CODES,
    PROCEDURE_CODES,
    check_name,
    check_text,
    codes_text,
)
from congress_app.gui.staff_values import value_label
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP

PASS, FAIL, WARN = QColor("#1b7f3b"), QColor("#c8102e"), QColor("#b45309")


class _StatusTable(RowTableModel):
    """Rows of ready texts; the status column is coloured pass / fail / warn."""

    CONTEXT = "ElectionCredentialsModel"
    STATUS_COLUMN = -1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._colors: list[QColor | None] = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS_COLUMN:
            return self._colors[index.row()]
        return None


class CredentialChecksModel(_StatusTable):
    """检查项, 条款, 实际, 要求, 结果, 说明."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "检查项"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "条款"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "实际"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "要求"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "结果"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "说明"),
    )
    STATUS_COLUMN = 4

    def set_view(self, view) -> None:
        delegates = len(view.delegates)
        self.beginResetModel()
        self._rows, self._colors = [], []
        for c in view.checks:
            status = (
                self.tr("通过")
                if c.passed
                else self.tr("未通过")
                if c.blocking
                else self.tr("未达到（提示）")
            )
            text = check_text(
                c,
                delegates=delegates,
                on_duty=view.on_duty,
                women_staff=view.women_staff,
                youth_staff=view.youth_staff,
            )
            self._rows.append((check_name(c.kind), c.rule, str(c.actual), str(c.required), status, text))
            self._colors.append(PASS if c.passed else FAIL if c.blocking else WARN)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._colors = [], []
        self.endResetModel()

    def failed_texts(self) -> list[str]:
        return [row[5] for row, color in zip(self._rows, self._colors, strict=True) if color != PASS]


class DelegateEligibilityModel(_StatusTable):
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "选举单位"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "姓名"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "性别"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "岗位类别"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "资格（R12.1）"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "说明"),
    )
    STATUS_COLUMN = 4

    def set_rows(self, delegates: Sequence) -> None:  # type: ignore[override]
        self.beginResetModel()
        self._rows = [
            (
                d.unit,
                d.name,
                value_label(getattr(d, "gender", "")),
                value_label(d.category),
                self.tr("符合") if d.eligible else self.tr("不符合"),
                codes_text(d.codes, ELIGIBILITY_CODES),
            )
            for d in delegates
        ]
        self._colors = [PASS if d.eligible else FAIL for d in delegates]
        self.endResetModel()


class UnitProcedureModel(_StatusTable):
    HEADERS = (
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "选举单位"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "应选"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "选出"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "程序（R14）"),
        QT_TRANSLATE_NOOP("ElectionCredentialsModel", "说明"),
    )
    STATUS_COLUMN = 3

    def set_rows(self, procedures: Sequence) -> None:  # type: ignore[override]
        self.beginResetModel()
        self._rows = [
            (
                p.unit,
                str(p.seats),
                str(p.elected),
                self.tr("合规") if p.compliant else self.tr("未完成"),
                codes_text(p.codes, PROCEDURE_CODES),
            )
            for p in procedures
        ]
        self._colors = [PASS if p.compliant else FAIL for p in procedures]
        self.endResetModel()
