"""提交提案: the proposal form, with proposers and seconders chosen from the formal delegates
active on the filing date, R36.1 checked live (the shortfall in words) and similar earlier
proposals shown while the title is typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.errors import error_text
from congress_app.gui.widgets.common import date_edit, hint_label, ok_cancel_buttons
from congress_app.services.roll import RollEntry

KINDS = ("general", "important")


@dataclass(frozen=True)
class ProposalForm:
    title: str
    kind: str
    category: str
    proposers: tuple[str, ...]  # delegate numbers (or 工号 where no number)
    seconders: tuple[str, ...]
    reasons: str
    suggestions: str
    filed_on: date
    late_exception: str


def _key(entry: RollEntry) -> str:
    return entry.number or entry.staff_no


class PeoplePicker(QWidget):
    """A searchable list of delegates with check boxes."""

    def __init__(self, entries: list[RollEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入姓名、代表编号或工号筛选"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        for entry in entries:
            item = QListWidgetItem(f"{entry.name}  {entry.number or ''}  {entry.unit}")
            item.setData(Qt.ItemDataRole.UserRole, _key(entry))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def _filter(self, text: str) -> None:
        text = text.strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(text) and text not in item.text())

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_chosen(self, keys: tuple[str, ...]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in keys
                else Qt.CheckState.Unchecked
            )


class FileProposalDialog(QDialog):
    """``check(form) -> error or None`` and ``similar(title, text) -> [(number, title, score)]``
    are the page's calls into the services; the dialog holds no rule."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        entries: list[RollEntry],
        categories: list[str],
        on: date,
        check,
        similar,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("提交提案"))
        self.resize(860, 640)
        self._check, self._similar = check, similar
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("如：关于增加教职工停车位的建议"))
        form.addRow(self.tr("提案标题(&T)"), self.title_edit)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        for i, text in enumerate(
            (self.tr("一般提案（1 名提案人，3 名以上附议）"), self.tr("重要提案（10 名以上附议）"))
        ):
            button = QRadioButton(text)
            button.setChecked(i == 0)
            self.kind_group.addButton(button, i)
            kinds.addWidget(button)
        kinds.addStretch(1)
        form.addRow(self.tr("性质"), kinds)
        self.category = QComboBox()
        self.category.addItems(categories)
        self.filed_on = date_edit()
        self.filed_on.setDate(QDate(on.year, on.month, on.day))
        row = QHBoxLayout()
        row.addWidget(self.category, 1)
        row.addWidget(QLabel(self.tr("提交日期")))
        row.addWidget(self.filed_on)
        form.addRow(self.tr("类别"), row)
        people = QHBoxLayout()
        self.proposers = PeoplePicker(entries)
        self.seconders = PeoplePicker(entries)
        for caption, picker in ((self.tr("提案人"), self.proposers), (self.tr("附议人"), self.seconders)):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(picker)
            people.addLayout(column)
        form.addRow(self.tr("代表"), people)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        form.addRow("", self.verdict)
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.suggestions = QPlainTextEdit()
        self.suggestions.setTabChangesFocus(True)
        form.addRow(self.tr("案由"), self.reasons)
        form.addRow(self.tr("建议"), self.suggestions)
        self.late_exception = QLineEdit()
        self.late_exception.setPlaceholderText(self.tr("逾期提交而工会同意按提案受理时，写明理由"))
        form.addRow(self.tr("逾期受理理由"), self.late_exception)
        self.similar_label = hint_label()
        self.similar_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("相似提案"), self.similar_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.buttons = ok_cancel_buttons(self, self.tr("提交"), self.tr("取消"))
        layout.addWidget(self.buttons)
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(250)
        self._similar_timer.timeout.connect(self._show_similar)
        self.title_edit.textChanged.connect(self._similar_timer.start)
        for picker in (self.proposers, self.seconders):
            picker.list.itemChanged.connect(self._recheck)
        self.kind_group.idClicked.connect(self._recheck)
        self.title_edit.textChanged.connect(self._recheck)
        self._recheck()

    def form(self) -> ProposalForm:
        d = self.filed_on.date()
        return ProposalForm(
            self.title_edit.text().strip(),
            KINDS[max(self.kind_group.checkedId(), 0)],
            self.category.currentText(),
            self.proposers.chosen(),
            self.seconders.chosen(),
            self.reasons.toPlainText(),
            self.suggestions.toPlainText(),
            date(d.year(), d.month(), d.day()),
            self.late_exception.text(),
        )

    def _recheck(self, *_args) -> None:
        form = self.form()
        problem = self._check(form)
        ok_button = self.buttons.buttons()[0]
        if problem is None and form.title:
            self.verdict.setText(self.tr("✔ 提案人、附议人符合第三十五、三十六条的要求。"))
            self.verdict.setStyleSheet("color: #1b7f3b;")
        else:
            text = error_text(problem) if problem is not None else ""
            if not form.title:
                text = (self.tr("请填写提案标题。") + " " + text).strip()
            self.verdict.setText("✘ " + text)
            self.verdict.setStyleSheet("color: #c8102e;")
        ok_button.setEnabled(problem is None and bool(form.title))

    def _show_similar(self) -> None:
        title = self.title_edit.text().strip()
        found = self._similar(title, self.reasons.toPlainText()) if len(title) >= 4 else []
        if not found:
            self.similar_label.setText(self.tr("（没有找到相似的提案）"))
            return
        self.similar_label.setText(
            "<br/>".join(
                self.tr("{session} 第 {number} 号：{title}（相似度 {score:.0f}）").format(
                    session=s, number=n, title=t, score=score
                )
                for s, n, t, score in found
            )
        )

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> ProposalForm | None:
        dialog = cls(parent, **kwargs)
        return dialog.form() if dialog.exec() == QDialog.DialogCode.Accepted else None
