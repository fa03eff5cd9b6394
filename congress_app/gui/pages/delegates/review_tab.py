"""资格审核 tab: changes the latest rosters show for delegates (confirmed by the office),
and the status review as of the page's date (第十七条): confirming records the lapses and
opens the vacancies."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.models.delegate_tables import ProposalModel, ReviewModel
from congress_app.gui.pages.delegates.common import DelegateTab
from congress_app.gui.pages.elections.common import primary_button
from congress_app.gui.widgets.common import fitted_table, hint_label
from congress_app.services.delegate_status import (
    confirm_proposals,
    confirm_review,
    last_review_on,
    pending_review,
    roster_proposals,
)


class ReviewTab(DelegateTab):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        layout = QVBoxLayout(self)
        roster_box = QGroupBox(self.tr("人事名册显示的变动（待确认）"))
        roster = QVBoxLayout(roster_box)
        roster.addWidget(
            hint_label(
                self.tr(
                    "再次导入人事名册后，代表的退休、调离、离校和返校在此列出，确认后记入代表的变动记录。"
                )
            )
        )
        self.proposals = ProposalModel(self)
        roster.addWidget(fitted_table(self.proposals, single_line=True), 1)
        self.proposal_button = QPushButton(self.tr("确认全部名册变动"))
        self.proposal_button.clicked.connect(self.confirm_proposals)
        row = QHBoxLayout()
        row.addWidget(self.proposal_button)
        row.addStretch(1)
        roster.addLayout(row)

        review_box = QGroupBox(self.tr("代表资格终止审核"))
        review = QVBoxLayout(review_box)
        self.review_hint = hint_label()
        review.addWidget(self.review_hint)
        self.items = ReviewModel(self)
        review.addWidget(fitted_table(self.items, single_line=True), 1)
        self.review_button = primary_button(self.tr("确认审核结果"))
        self.review_button.clicked.connect(self.confirm_review)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        review.addLayout(row)
        layout.addWidget(roster_box, 2)
        layout.addWidget(review_box, 3)
        layout.addWidget(self.status)

    def refresh(self, session) -> None:
        if not self.term_id:
            self.proposals.set_rows([])
            self.items.set_rows([])
            self.review_button.setEnabled(False)
            self.proposal_button.setEnabled(False)
            return
        self.proposals.set_rows(roster_proposals(session, self.term_id))
        self.items.set_rows(pending_review(session, self.term_id, self.on))
        last = last_review_on(session, self.term_id)
        self.review_hint.setText(
            self.tr(
                "截至 {on}，已终止而尚未确认的代表资格 {n} 人（离校或无故缺席满一年的，"
                "于满一年之日自动终止）。"
                "上次审核：{last}。"
            ).format(
                on=self.on.isoformat(),
                n=self.items.rowCount(),
                last=last.isoformat() if last else self.tr("无"),
            )
        )
        self.review_button.setEnabled(self.items.rowCount() > 0)
        self.proposal_button.setEnabled(self.proposals.rowCount() > 0)

    def confirm_proposals(self) -> None:
        rows = self.proposals.rows()
        if not rows or not ConfirmDialog.ask(
            self,
            self.tr("确认名册变动"),
            self.tr("把 {n} 项名册变动记入代表的变动记录？").format(n=len(rows)),
            self.tr("确认"),
        ):
            return
        self.act(
            self.tr("正在记录…"),
            lambda s: confirm_proposals(s, rows, actor=self.state.actor),
            lambda n: self.tr("已记录 {n} 项变动。").format(n=n),
        )

    def confirm_review(self) -> None:
        n, on = self.items.rowCount(), self.on
        if not n or not ConfirmDialog.ask(
            self,
            self.tr("确认审核结果"),
            self.tr("确认 {n} 名代表的资格已终止（截至 {on}）？确认后记入名册并出现缺额，不能撤销。").format(
                n=n, on=on.isoformat()
            ),
            self.tr("确认终止"),
        ):
            return
        self.act(
            self.tr("正在记录审核结果…"),
            lambda s: confirm_review(s, self.term_id, on, actor=self.state.actor),
            lambda r: self.tr("已确认 {n} 名代表资格终止；审核记录摘要 {digest}。").format(
                n=len(r.items), digest=r.digest[:12]
            ),
        )
