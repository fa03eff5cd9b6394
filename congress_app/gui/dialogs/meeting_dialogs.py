"""The meeting day's questions, each behind an ask() classmethod (tests patch these)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from congress_app.gui.dialogs.files import chosen_path
from congress_app.gui.dialogs.safe_files import get_save_file_name
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.gui.widgets.common import date_edit, hint_label, ok_cancel_buttons, picked_date


@dataclass(frozen=True)
class NewMeeting:
    held_on: date
    title: str
    extraordinary: bool
    dmc_decision: str
    dmc_decided_on: date | None


class NewMeetingDialog(QDialog):
    """会次: date, title, and for a 临时会议 the DMC's decision (第二十三条)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MeetingDialogs", "新建会议"))
        form = QFormLayout(self)
        self.held_on = date_edit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("MeetingDialogs", "如：第九届教职工代表大会第二次会议")
        )
        self.extraordinary = QCheckBox(
            QCoreApplication.translate("MeetingDialogs", "临时会议（须经民主管理委员会通过）")
        )
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(
            QCoreApplication.translate(
                "MeetingDialogs", "民主管理委员会的决定，如：民管会2026年第3次会议决定"
            )
        )
        self.decided_on = date_edit()
        form.addRow(QCoreApplication.translate("MeetingDialogs", "会议日期"), self.held_on)
        form.addRow(QCoreApplication.translate("MeetingDialogs", "会议名称"), self.title_edit)
        form.addRow("", self.extraordinary)
        form.addRow(QCoreApplication.translate("MeetingDialogs", "民管会决定"), self.decision)
        form.addRow(QCoreApplication.translate("MeetingDialogs", "决定日期"), self.decided_on)
        form.addRow(
            hint_label(
                QCoreApplication.translate(
                    "MeetingDialogs",
                    "应到会代表按会议日期计算：正式代表中离校学习、工作满半年的不计入（第二十四条）。",
                )
            )
        )
        self.extraordinary.toggled.connect(self._toggle)
        self._toggle(False)
        form.addRow(
            ok_cancel_buttons(
                self,
                QCoreApplication.translate("MeetingDialogs", "建立"),
                QCoreApplication.translate("MeetingDialogs", "取消"),
            )
        )

    def _toggle(self, on: bool) -> None:
        self.decision.setEnabled(on)
        self.decided_on.setEnabled(on)

    def value(self) -> NewMeeting:
        on = self.extraordinary.isChecked()
        return NewMeeting(
            picked_date(self.held_on),
            self.title_edit.text().strip(),
            on,
            self.decision.text().strip() if on else "",
            picked_date(self.decided_on) if on else None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewMeeting | None:
        dialog = cls(parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LeaveDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str | None:
        """The reason for 请假 (may be blank), or None if cancelled."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("MeetingDialogs", "请假"),
            QCoreApplication.translate("MeetingDialogs", "{name} 请假的事由：").format(name=name),
        )
        return text.strip() if ok else None


class ProjectorScreenDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, screens: list[str], current: str) -> str | None:
        """Which screen the hall's projector is (remembered in the settings)."""
        if not screens:
            return None
        index = screens.index(current) if current in screens else len(screens) - 1
        name, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("MeetingDialogs", "大屏幕"),
            QCoreApplication.translate("MeetingDialogs", "在哪个显示器上全屏显示："),
            screens,
            index,
            False,
        )
        return name if ok else None


class MeetingPdfDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = get_save_file_name(
            parent, QCoreApplication.translate("MeetingDialogs", "保存 PDF"), suggested, "PDF (*.pdf)"
        )
        return chosen_path(name, ".pdf")


GRADE_TEXTS = (
    QT_TRANSLATE_NOOP("MeetingDialogs", "满意"),
    QT_TRANSLATE_NOOP("MeetingDialogs", "基本满意"),
    QT_TRANSLATE_NOOP("MeetingDialogs", "不满意"),
)


def grade_texts() -> tuple[str, ...]:
    """满意 / 基本满意 / 不满意, translated (the order of services.meeting_templates.GRADES)."""
    return tuple(QCoreApplication.translate("MeetingDialogs", t) for t in GRADE_TEXTS)


class GradeCombo(QComboBox):
    """满意 / 基本满意 / 不满意 / 未填 for one question of the 测评表."""

    CODES = ("good", "fair", "poor", "")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for text in (*grade_texts(), QCoreApplication.translate("MeetingDialogs", "未填")):
            self.addItem(text)

    def code(self) -> str:
        return self.CODES[self.currentIndex()]


class AgendaItemDialog(QDialog):
    """Edit one agenda item: its wording and its time in the schedule."""

    def __init__(self, parent: QWidget | None, title: str, starts_at: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MeetingDialogs", "修改议程"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(title)
        self.time_edit = QLineEdit(starts_at)
        self.time_edit.setPlaceholderText("08:30")
        form.addRow(QCoreApplication.translate("MeetingDialogs", "议程"), self.title_edit)
        form.addRow(QCoreApplication.translate("MeetingDialogs", "时间"), self.time_edit)
        form.addRow(
            ok_cancel_buttons(
                self,
                QCoreApplication.translate("MeetingDialogs", "保存"),
                QCoreApplication.translate("MeetingDialogs", "取消"),
            )
        )
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, starts_at: str) -> tuple[str, str] | None:
        dialog = cls(parent, title, starts_at)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.title_edit.text().strip(), dialog.time_edit.text().strip()
