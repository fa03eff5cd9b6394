"""测评 (第四十三条): enter each returned 测评表, see the summary with a chart, record its
publication to the delegates and staff."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.meeting_dialogs import GradeCombo, grade_texts
from congress_app.gui.errors import error_text
from congress_app.gui.models.text_table import TextTableModel
from congress_app.gui.widgets.common import fitted_table
from congress_app.gui.widgets.meeting_charts import EvaluationChart
from congress_app.services.errors import ServiceError
from congress_app.services.evaluation import enter_forms, evaluation_summary, publish_evaluation
from congress_app.services.meeting_templates import EVALUATION_QUESTIONS, GRADES


class EvaluationTab(QWidget):
    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session_id: int | None = None
        layout = QHBoxLayout(self)
        entry = QWidget()
        form = QFormLayout(entry)
        self.combos: dict[str, GradeCombo] = {}
        for code, question in EVALUATION_QUESTIONS:
            combo = GradeCombo()
            self.combos[code] = combo
            form.addRow(question, combo)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("意见和建议（可空）"))
        form.addRow(self.tr("意见"), self.comment)
        self.enter_button = QPushButton(self.tr("录入这一份"))
        self.enter_button.clicked.connect(self.enter)
        form.addRow(self.enter_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        layout.addWidget(entry, 2)
        right = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)  # the rule's words fit a 1024-px window
        right.addWidget(self.summary)
        question = self.tr("测评项目")
        rate = self.tr("满意率")
        self.model = TextTableModel([question, *grade_texts(), rate], centred=(1, 2, 3, 4))
        right.addWidget(fitted_table(self.model, single_line=True))
        self.chart = EvaluationChart()
        right.addWidget(self.chart, 1)
        self.publish_button = QPushButton(self.tr("登记已向代表和教职工公布…"))
        self.publish_button.clicked.connect(self.publish)
        right.addWidget(self.publish_button)
        layout.addLayout(right, 3)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        if self.session_id is None:
            return
        with self.state.db.session() as session:
            s = evaluation_summary(session, self.session_id)
        rows: list[tuple[str, ...]] = []
        chart: list[tuple[str, Sequence[int]]] = []
        for code, question in EVALUATION_QUESTIONS:
            counts = [s.counts[code][g] for g in GRADES]
            good, answered = s.share(code, GRADES[0])
            rate = f"{100 * good / answered:.1f}%" if answered else "—"
            rows.append((question, *map(str, counts), rate))
            chart.append((question, counts))
        self.model.set_rows(rows)
        self.chart.set_rows(chart, grade_texts())
        published = (
            self.tr("已于 {on} 公布").format(on=s.published_on)
            if s.published_on
            else self.tr("尚未公布（第四十三条：评议情况和处理情况应向代表和教职工公布）")
        )
        self.summary.setText(self.tr("收回测评表 {n} 份；{p}").format(n=s.forms, p=published))
        self.publish_button.setEnabled(s.published_on is None and s.forms > 0)

    def enter(self) -> None:
        if self.session_id is None:
            return
        answers = {code: combo.code() for code, combo in self.combos.items() if combo.code()}
        try:
            with self.state.db.session() as session:
                enter_forms(
                    session,
                    self.session_id,
                    [answers],
                    comments=[self.comment.text()],
                    actor=self.state.actor,
                )
        except ServiceError as error:
            self.message.setText("✗ " + error_text(error))
            return
        self.message.setText(self.tr("✓ 已录入一份"))
        self.comment.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.refresh()

    def publish(self) -> None:
        if self.session_id is None or not ConfirmDialog.ask(
            self,
            self.tr("公布测评结果"),
            self.tr("登记今天已向代表和教职工公布测评结果？登记后不能撤销。"),
            self.tr("登记公布"),
        ):
            return
        try:
            with self.state.db.session() as session:
                publish_evaluation(session, self.session_id, on=date.today(), actor=self.state.actor)
        except ServiceError as error:
            self.message.setText("✗ " + error_text(error))
        self.refresh()
