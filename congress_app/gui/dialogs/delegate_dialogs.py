"""Dialogs of the 代表管理 page. Each has an ``ask()`` classmethod returning plain data or
None (tests patch ``ask``, never Qt's own methods)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.delegate_texts import BODY, EVENT, KIND, ROLE, word
from congress_app.gui.dialogs.files import chosen_path
from congress_app.gui.dialogs.safe_files import get_save_file_name
from congress_app.gui.widgets.common import date_edit, hint_label, ok_cancel_buttons, picked_date

FACTS = ("transferred", "away_start", "away_end", "retired", "absence_start", "absence_end")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, intro: str, ok: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(hint_label(intro))
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = ok_cancel_buttons(self, ok, self.tr("取消"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)

    def dated(self, label: str, day: date) -> QDateEdit:
        edit = date_edit()
        edit.setDate(_qdate(day))
        self.form.addRow(label, edit)
        return edit


class StatusEventDialog(_FormDialog):
    """登记变动: a fact of 第十七条 for one delegate."""

    def __init__(self, parent: QWidget | None, name: str, on: date) -> None:
        super().__init__(
            parent,
            self.tr("登记代表变动"),
            self.tr(
                "调离、退休自当日起终止代表资格；离校学习、工作或无故缺席代表活动满一年的，"
                "于满一年之日自动终止（第十七条）。"
            ),
            self.tr("登记"),
        )
        self.form.addRow(self.tr("代表："), QLabel(name))
        self.kind_combo = QComboBox()
        for code in FACTS:
            self.kind_combo.addItem(word(EVENT, code), code)
        self.form.addRow(self.tr("变动："), self.kind_combo)
        self.date_edit = self.dated(self.tr("日期："), on)
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("说明："), self.note_edit)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, on: date) -> tuple[str, date, str] | None:
        dialog = cls(parent, name, on)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return (dialog.kind_combo.currentData(), picked_date(dialog.date_edit), dialog.note_edit.text())
        return None


class RecallDialog(_FormDialog):
    """罢免和撤换 (第十八条): the unit's decision date and the reason, both required."""

    def __init__(self, parent: QWidget | None, name: str, on: date) -> None:
        super().__init__(
            parent,
            self.tr("罢免代表"),
            self.tr(
                "代表严重违纪或不能正确行使代表职权、履行代表义务的，选举单位可以罢免和撤换，"
                "所缺名额依第十九条补选。"
            ),
            self.tr("记录罢免"),
        )
        self.form.addRow(self.tr("代表："), QLabel(name))
        self.date_edit = self.dated(self.tr("选举单位决定日期："), on)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("罢免理由（必填）"))
        self.reason_edit.setFixedHeight(80)
        self.form.addRow(self.tr("理由："), self.reason_edit)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason_edit.toPlainText().strip()))
        )

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, on: date) -> tuple[date, str] | None:
        dialog = cls(parent, name, on)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return picked_date(dialog.date_edit), dialog.reason_edit.toPlainText()
        return None


class ByElectionDialog(_FormDialog):
    """补选 (第十九条): a unit with open seats, and how many to fill."""

    def __init__(self, parent: QWidget | None, units: list[tuple[int, str, int]]) -> None:
        super().__init__(
            parent,
            self.tr("发起补选"),
            self.tr(
                "代表空缺按代表产生的程序补选：在「代表选举」页为补选提名候选人（差额）、计票，"
                "然后回到这里进行补选代表资格审查并增补公布。"
            ),
            self.tr("发起补选"),
        )
        self.unit_combo = QComboBox()
        for unit_id, name, open_seats in units:
            self.unit_combo.addItem(
                self.tr("{unit}（缺额 {n}）").format(unit=name, n=open_seats), (unit_id, open_seats)
            )
        self.seats_spin = QSpinBox()
        self.form.addRow(self.tr("选举单位："), self.unit_combo)
        self.form.addRow(self.tr("补选名额："), self.seats_spin)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()

    def _unit_changed(self) -> None:
        data = self.unit_combo.currentData()
        top = data[1] if data else 0
        self.seats_spin.setRange(1 if top else 0, max(top, 0))
        self.seats_spin.setValue(top)
        self.ok_button.setEnabled(bool(top))

    @classmethod
    def ask(cls, parent: QWidget | None, units: list[tuple[int, str, int]]) -> tuple[int, int] | None:
        dialog = cls(parent, units)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.unit_combo.currentData():
            return dialog.unit_combo.currentData()[0], dialog.seats_spin.value()
        return None


class DateDialog(_FormDialog):
    """One date, with a sentence saying what it is for."""

    def __init__(self, parent: QWidget | None, title: str, text: str, label: str, ok: str, day: date) -> None:
        super().__init__(parent, title, text, ok)
        self.date_edit = self.dated(label, day)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, text: str, label: str, ok: str, day: date
    ) -> date | None:
        dialog = cls(parent, title, text, label, ok, day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return picked_date(dialog.date_edit)
        return None


def _person_combo(people: list[tuple[int, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for staff_id, label in people:
        combo.addItem(label, staff_id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    return combo


class BodyDialog(_FormDialog):
    """新建机构: presidium, DMC, special committee or a delegation of one unit."""

    def __init__(self, parent: QWidget | None, units: list[tuple[int, str]], on: date) -> None:
        super().__init__(parent, self.tr("新建机构"), "", self.tr("新建"))
        self.kind_combo = QComboBox()
        for code in ("presidium", "dmc", "committee", "delegation"):
            self.kind_combo.addItem(word(BODY, code), code)
        self.name_edit = QLineEdit(word(BODY, "presidium"))
        self.unit_combo = QComboBox()
        for unit_id, name in units:
            self.unit_combo.addItem(name, unit_id)
        self.elected_check = QCheckBox(self.tr("已选举产生"))
        self.date_edit = date_edit()
        self.date_edit.setDate(_qdate(on))
        self.form.addRow(self.tr("类型："), self.kind_combo)
        self.form.addRow(self.tr("名称："), self.name_edit)
        self.form.addRow(self.tr("院（系）："), self.unit_combo)
        self.form.addRow(self.elected_check, self.date_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.unit_combo.setEnabled(kind == "delegation")
        if kind != "committee":
            self.name_edit.setText(word(BODY, kind))

    @classmethod
    def ask(
        cls, parent: QWidget | None, units: list[tuple[int, str]], on: date
    ) -> tuple[str, str, int | None, date | None] | None:
        dialog = cls(parent, units, on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        kind = dialog.kind_combo.currentData()
        return (
            kind,
            dialog.name_edit.text(),
            dialog.unit_combo.currentData() if kind == "delegation" else None,
            picked_date(dialog.date_edit) if dialog.elected_check.isChecked() else None,
        )


class MemberDialog(_FormDialog):
    """添加成员: a person, role, from when; for a non-delegate, the congress's approval date."""

    def __init__(self, parent: QWidget | None, people: list[tuple[int, str]], on: date) -> None:
        super().__init__(
            parent,
            self.tr("添加成员"),
            self.tr(
                "专门工作委员会的成员一般在代表中提名；聘请非代表须经教代会通过（第三十条）。"
                "代表团只能由本院（系）的正式代表组成（第三十二条）。"
            ),
            self.tr("添加"),
        )
        self.person_combo = _person_combo(people)
        self.role_combo = QComboBox()
        for code in ("member", "head", "deputy"):
            self.role_combo.addItem(word(ROLE, code), code)
        self.date_edit = date_edit()
        self.date_edit.setDate(_qdate(on))
        self.approved_check = QCheckBox(self.tr("教代会通过日期："))
        self.approved_edit = date_edit()
        self.approved_edit.setDate(_qdate(on))
        self.form.addRow(self.tr("人员："), self.person_combo)
        self.form.addRow(self.tr("职务："), self.role_combo)
        self.form.addRow(self.tr("加入日期："), self.date_edit)
        self.form.addRow(self.approved_check, self.approved_edit)

    @classmethod
    def ask(
        cls, parent: QWidget | None, people: list[tuple[int, str]], on: date
    ) -> tuple[int, str, date, date | None] | None:
        dialog = cls(parent, people, on)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_combo.currentData() is None:
            return None
        return (
            dialog.person_combo.currentData(),
            dialog.role_combo.currentData(),
            picked_date(dialog.date_edit),
            picked_date(dialog.approved_edit) if dialog.approved_check.isChecked() else None,
        )


class SpecialDelegateDialog(_FormDialog):
    """特邀、列席代表 (第二十条): never formal, never counted."""

    def __init__(self, parent: QWidget | None, people: list[tuple[int, str]], on: date) -> None:
        super().__init__(
            parent,
            self.tr("增加特邀或列席代表"),
            self.tr("特邀代表和列席代表可以发言，但不参加表决和选举，不计入应到会人数（第二十条）。"),
            self.tr("增加"),
        )
        self.person_combo = _person_combo(people)
        self.kind_combo = QComboBox()
        for code in ("invited", "observer"):
            self.kind_combo.addItem(word(KIND, code), code)
        self.category_edit = QLineEdit()
        self.category_edit.setPlaceholderText(self.tr("如：离退休教职工代表、民主党派代表"))
        self.date_edit = date_edit()
        self.date_edit.setDate(_qdate(on))
        self.form.addRow(self.tr("人员："), self.person_combo)
        self.form.addRow(self.tr("类别："), self.kind_combo)
        self.form.addRow(self.tr("界别："), self.category_edit)
        self.form.addRow(self.tr("起始日期："), self.date_edit)

    @classmethod
    def ask(
        cls, parent: QWidget | None, people: list[tuple[int, str]], on: date
    ) -> tuple[int, str, str, date] | None:
        dialog = cls(parent, people, on)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_combo.currentData() is None:
            return None
        return (
            dialog.person_combo.currentData(),
            dialog.kind_combo.currentData(),
            dialog.category_edit.text(),
            picked_date(dialog.date_edit),
        )


class DelegateFileDialog:
    @classmethod
    def ask_save(cls, parent: QWidget, suggested: str, suffix: str) -> Path | None:
        title = QCoreApplication.translate("DelegateFileDialog", "保存到")
        pattern = QCoreApplication.translate("DelegateFileDialog", "{kind} 文件 (*{suffix})").format(
            kind=suffix[1:].upper(), suffix=suffix
        )
        name, _ = get_save_file_name(parent, title, suggested, pattern)
        return chosen_path(name, suffix)
