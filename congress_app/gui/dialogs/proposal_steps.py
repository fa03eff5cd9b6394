"""The handling steps of a proposal, each a small dialog with an ``ask()`` classmethod:
审查 (立案 / 并案 / 不予立案), 交办, 录入答复, 提案人意见, and opening the collection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.safe_files import get_open_file_name, get_save_file_name
from congress_app.gui.widgets.common import date_edit, hint_label, ok_cancel_buttons


class ProposalFiles:
    """The proposal page's file pickers (tests patch these classmethods, never Qt's)."""

    @classmethod
    def ask_attachment(cls, parent: QWidget) -> Path | None:
        name, _ = get_open_file_name(
            parent,
            QCoreApplication.translate("ProposalFiles", "选择附件"),
            "",
            QCoreApplication.translate(
                "ProposalFiles", "文件 (*.pdf *.docx *.xlsx *.jpg *.png);;所有文件 (*)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def ask_save(cls, parent: QWidget, suggested: str, suffix: str) -> Path | None:
        from congress_app.gui.dialogs.files import chosen_path

        name, _ = get_save_file_name(
            parent, QCoreApplication.translate("ProposalFiles", "保存到"), suggested, f"*{suffix}"
        )
        return chosen_path(name, suffix)

    @classmethod
    def ask_import(cls, parent: QWidget) -> Path | None:
        name, _ = get_open_file_name(
            parent,
            QCoreApplication.translate("ProposalFiles", "导入提案表"),
            "",
            QCoreApplication.translate("ProposalFiles", "Excel 文件 (*.xlsx)"),
        )
        return Path(name) if name else None


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _set(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


class _StepDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, ok: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = ok_cancel_buttons(self, ok, self.tr("取消"))
        layout.addWidget(self.buttons)

    def result_value(self):
        raise NotImplementedError

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs):
        dialog = cls(parent, **kwargs)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class ReviewChoice:
    decision: str  # register / merge / opinion
    merge_into: int | None
    reason: str
    department: str
    on: date


class ReviewDialog(_StepDialog):
    """R37.1: 立案, 并案 into another proposal of the session, or not registered (an opinion to a
    department, the reason told to the proposer)."""

    def __init__(
        self, parent: QWidget | None, *, number: int, targets: list[tuple[int, str]], departments: list[str]
    ) -> None:
        super().__init__(parent, self.tr("审查第 {n} 号提案").format(n=number), self.tr("确定"))
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for i, text in enumerate((self.tr("立案"), self.tr("并案"), self.tr("不予立案（作为意见）"))):
            button = QRadioButton(text)
            button.setChecked(i == 0)
            self.group.addButton(button, i)
            row.addWidget(button)
        self.form.addRow(self.tr("审查结论"), row)
        self.target = QComboBox()
        for pid, caption in targets:
            self.target.addItem(caption, pid)
        self.form.addRow(self.tr("并入提案"), self.target)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(departments)
        self.department.setCurrentText("")
        self.form.addRow(self.tr("送交部门"), self.department)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("告知提案人的理由（不予立案时必填）"))
        self.form.addRow(self.tr("理由"), self.reason)
        self.on = date_edit()
        self.form.addRow(self.tr("审查日期"), self.on)
        self.form.addRow(
            "", hint_label(self.tr("第三十七条：未立案的提案作为意见送交有关部门研究处理并告知提案人。"))
        )
        self.group.idClicked.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        choice = self.group.checkedId()
        self.target.setEnabled(choice == 1)
        self.department.setEnabled(choice == 2)

    def result_value(self) -> ReviewChoice:
        decision = ("register", "merge", "opinion")[max(self.group.checkedId(), 0)]
        return ReviewChoice(
            decision,
            self.target.currentData() if decision == "merge" else None,
            self.reason.toPlainText().strip(),
            self.department.currentText().strip(),
            _date(self.on),
        )


@dataclass(frozen=True)
class Assignment:
    lead: str
    assisting: tuple[str, ...]
    due_on: date


class AssignDialog(_StepDialog):
    """R38.1 (practice): one lead department, any assisting ones, a due date."""

    def __init__(self, parent: QWidget | None, *, number: int, departments: list[str], due_on: date) -> None:
        super().__init__(parent, self.tr("交办第 {n} 号提案").format(n=number), self.tr("交办"))
        self.lead = QComboBox()
        self.lead.setEditable(True)
        self.lead.addItems(departments)
        self.lead.setCurrentText("")
        self.form.addRow(self.tr("主办部门"), self.lead)
        self.assisting = QLineEdit()
        self.assisting.setPlaceholderText(self.tr("多个部门用顿号「、」分隔"))
        self.form.addRow(self.tr("协办部门"), self.assisting)
        self.due = date_edit()
        _set(self.due, due_on)
        self.form.addRow(self.tr("办理期限"), self.due)

    def result_value(self) -> Assignment:
        text = self.assisting.text().replace("，", "、").replace(",", "、")
        return Assignment(
            self.lead.currentText().strip(),
            tuple(p.strip() for p in text.split("、") if p.strip()),
            _date(self.due),
        )


@dataclass(frozen=True)
class Answer:
    text: str
    answered_on: date
    files: tuple[tuple[str, bytes], ...]


class AnswerDialog(_StepDialog):
    """R38.1: the department's answer, with files attached as handed in."""

    def __init__(self, parent: QWidget | None, *, number: int, department: str) -> None:
        super().__init__(parent, self.tr("录入第 {n} 号提案的答复").format(n=number), self.tr("保存答复"))
        self.form.addRow(self.tr("答复部门"), QLabel(department))
        self.text = QPlainTextEdit()
        self.form.addRow(self.tr("处理结果或意见"), self.text)
        self.on = date_edit()
        self.form.addRow(self.tr("答复日期"), self.on)
        self.files = QListWidget()
        self.files.setMaximumHeight(80)
        add = QPushButton(self.tr("添加附件…"))
        add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.files, 1)
        row.addWidget(add)
        self.form.addRow(self.tr("附件"), row)
        self._paths: list[Path] = []

    def _add(self) -> None:
        chosen = ProposalFiles.ask_attachment(self)
        if chosen:
            self._paths.append(chosen)
            self.files.addItem(chosen.name)

    def result_value(self) -> Answer:
        return Answer(
            self.text.toPlainText().strip(),
            _date(self.on),
            tuple((p.name, p.read_bytes()) for p in self._paths),
        )


@dataclass(frozen=True)
class ProposerView:
    satisfaction: str
    comment: str
    on: date


class SatisfactionDialog(_StepDialog):
    """R38.1: 满意 / 基本满意 close the proposal; 不满意 sends it back for a second answer."""

    LEVELS = ("satisfied", "basically_satisfied", "not_satisfied")

    def __init__(self, parent: QWidget | None, *, number: int) -> None:
        super().__init__(parent, self.tr("第 {n} 号提案：提案人意见").format(n=number), self.tr("保存"))
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for i, text in enumerate((self.tr("满意"), self.tr("基本满意"), self.tr("不满意（退回重新办理）"))):
            button = QRadioButton(text)
            button.setChecked(i == 0)
            self.group.addButton(button, i)
            row.addWidget(button)
        self.form.addRow(self.tr("提案人意见"), row)
        self.comment = QPlainTextEdit()
        self.form.addRow(self.tr("说明"), self.comment)
        self.on = date_edit()
        self.form.addRow(self.tr("日期"), self.on)

    def result_value(self) -> ProposerView:
        return ProposerView(
            self.LEVELS[max(self.group.checkedId(), 0)], self.comment.toPlainText().strip(), _date(self.on)
        )


@dataclass(frozen=True)
class Collection:
    opens_on: date
    closes_on: date


class CollectionDialog(_StepDialog):
    """R35.1: collection opens at least a month before the session; forms due two weeks before."""

    def __init__(self, parent: QWidget | None, *, held_on: date, open_by: date, submit_by: date) -> None:
        super().__init__(parent, self.tr("开始征集提案"), self.tr("开始征集"))
        self.form.addRow(self.tr("会议日期"), QLabel(held_on.isoformat()))
        self.opens = date_edit()
        _set(self.opens, min(date.today(), open_by))
        self.form.addRow(self.tr("开始征集"), self.opens)
        self.closes = date_edit()
        _set(self.closes, submit_by)
        self.form.addRow(self.tr("提交截止"), self.closes)
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "第三十五条：提案征集应于召开教代会前一个月进行（最迟 {open_by}）；代表应在会前两周"
                    "将提案表报到工会（最迟 {submit_by}）。"
                ).format(open_by=open_by, submit_by=submit_by)
            ),
        )

    def result_value(self) -> Collection:
        return Collection(_date(self.opens), _date(self.closes))
