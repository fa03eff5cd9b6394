"""审查与公布记录 (R15.2): the term's approved reviews and published lists as stored — the
original and each supplement (补选代表资格审查 / 增补名单), with their seals — the papers
reprinted from those records, and the supplementary review of those elected since the last
publication (further rounds, by-elections)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_approval import ApproveCredentialsDialog
from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.models.text_table import TextTableModel
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.elections.common import StatusLine, in_session
from congress_app.gui.pages.elections.texts import check_text, ineligible_lines, unfinished_lines
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import fitted_table

if TYPE_CHECKING:
    from congress_app.services.credentials import CredentialsView


def _load(session, term_id: int):
    from congress_app.services.credentials import review_credentials
    from congress_app.services.credentials_records import list_reviews

    reviews = list_reviews(session, term_id)
    pending = review_credentials(session, term_id, supplement=True) if reviews else None
    return term_id, reviews, pending


class ReviewRecordsPanel(StatusLine, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.term_id = 0
        self.reviews: list = []
        self.pending: CredentialsView | None = None
        self.op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setStyleSheet("color: #1d2b3a;")
        self.model = TextTableModel(
            [
                self.tr("审查"),
                self.tr("公布日期"),
                self.tr("批准人"),
                self.tr("公布代表"),
                self.tr("审查报告封存码"),
                self.tr("名单封存码"),
            ],
            centred=(1, 3),
        )
        self.table = fitted_table(self.model, single_line=True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        self.supplement_button = QPushButton(self.tr("补选代表资格审查并增补公布…"))
        self.supplement_button.clicked.connect(self.approve_supplement)
        self.report_button = QPushButton(self.tr("打印所选审查报告…"))
        self.report_button.clicked.connect(self.write_report)
        self.list_button = QPushButton(self.tr("打印所选名单…"))
        self.list_button.clicked.connect(self.write_list)
        for button in (self.supplement_button, self.report_button, self.list_button):
            buttons.addWidget(button)
        buttons.addWidget(self.note, 1)  # beside the buttons: the table keeps the height
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 2 * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._show()

    # -- loading ---------------------------------------------------------------------------
    def load(self, term_id: int) -> None:
        self.term_id = term_id
        if not term_id:
            return
        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在读取审查与公布记录…"),
            lambda session: _load(session, term_id),
            self._loaded,
            self._failed,
        )

    def _loaded(self, result) -> None:
        term_id, reviews, pending = result
        if term_id != self.term_id:
            return
        self.reviews, self.pending = reviews, pending
        self._show()

    def kind_text(self, kind: str) -> str:
        return (
            self.tr("补选代表资格审查（增补名单）")
            if kind == "supplement"
            else self.tr("代表资格审查（代表名单）")
        )

    def _show(self) -> None:
        self.model.set_rows(
            [
                (
                    self.kind_text(r.kind),
                    r.published_on.isoformat(),
                    r.approved_by,
                    str(r.delegates),
                    r.seal,
                    r.list_seal,
                )
                for r in self.reviews
            ]
        )
        if self.reviews:
            self.table.selectRow(len(self.reviews) - 1)
        new = len(self.pending.delegates) if self.pending is not None else 0
        if not self.reviews:
            text = self.tr("尚未批准。批准后审查与名单按批准时的内容封存（R15.2）。")
        elif new:
            text = self.tr("新当选 {n} 名待审查（另行选举或补选）。").format(n=new)
        else:
            text = self.tr("按批准时的内容封存，封存码印在纸面上；没有待审查的新当选代表。")
        self.note.setText(text)
        self.note.setToolTip(
            self.tr(
                "审查结果与代表名单一经批准即封存（R15.2）：以后名册导入、名额方案的变化都不会"
                "改变已打印的报告；之后当选的代表另行补选审查、增补公布。"
            )
        )
        self._enable()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.reviews[rows[0].row()] if rows and rows[0].row() < len(self.reviews) else None

    def _enable(self) -> None:
        self.supplement_button.setEnabled(self.pending is not None and bool(self.pending.delegates))
        chosen = self._selected() is not None
        self.report_button.setEnabled(chosen)
        self.list_button.setEnabled(chosen)

    # -- the supplementary review ------------------------------------------------------------
    def _blocking_lines(self) -> list[str]:
        view = self.pending
        assert view is not None  # asked when a supplementary review is pending
        lines = ineligible_lines(view) + unfinished_lines(view)
        lines += [
            check_text(
                c,
                delegates=view.body or len(view.delegates),
                on_duty=view.on_duty,
                women_staff=view.women_staff,
                youth_staff=view.youth_staff,
            )
            for c in view.checks
            if c.blocking and not c.passed
        ]
        return lines

    def approve_supplement(self) -> None:
        view = self.pending
        if view is None or not view.delegates:
            return
        eligible = sum(1 for d in view.delegates if d.eligible)
        approval = ApproveCredentialsDialog.ask(self, delegates=eligible, failures=self._blocking_lines())
        if approval is None:
            return
        names = "、".join(d.name for d in view.delegates if d.eligible)
        if not ConfirmDialog.ask(
            self,
            self.tr("增补公布"),
            self.tr("增补公布 {n} 名代表（{names}），代表资格自 {d} 起生效？此操作不能撤销。").format(
                n=eligible, names=names, d=approval.published_on.isoformat()
            ),
            self.tr("增补公布"),
        ):
            return
        try:
            from congress_app.services.credentials import approve_supplement

            with self.state.writing() as session:
                published = approve_supplement(
                    session, self.term_id, published_on=approval.published_on, actor=self.state.actor
                )
        except Exception as error:  # noqa: BLE001
            self._failed(error)
            return
        self._say(
            self.tr("已增补公布 {n} 名代表，资格自 {d} 起生效。").format(
                n=published, d=approval.published_on.isoformat()
            )
        )
        self.load(self.term_id)

    # -- the papers, from the stored records -------------------------------------------------
    def write_report(self) -> None:
        review = self._selected()
        if review is None:
            return
        suggested = (
            self.tr("补选代表资格审查报告.pdf")
            if review.kind == "supplement"
            else self.tr("代表资格审查报告.pdf")
        )
        path = ElectionFileDialog.ask_credentials_report(self, suggested)
        if path is None:
            return
        term_id, review_id = self.term_id, review.review_id

        def write(session):
            from congress_app.services.credentials import write_credentials_report

            return write_credentials_report(session, term_id, path, review_id=review_id)

        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在生成资格审查报告…"),
            write,
            lambda out: self._say(self.tr("已生成资格审查报告：{p}").format(p=out)),
            self._failed,
        )

    def write_list(self) -> None:
        review = self._selected()
        if review is None:
            return
        suggested = self.tr("增补代表名单.pdf") if review.kind == "supplement" else self.tr("代表名单.pdf")
        path = ElectionFileDialog.ask_delegate_list(self, suggested)
        if path is None:
            return
        term_id, review_id = self.term_id, review.review_id

        def write(session):
            from congress_app.services.credentials import write_delegate_list

            return write_delegate_list(session, term_id, path, review_id=review_id)

        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在生成代表名单…"),
            write,
            lambda out: self._say(self.tr("已生成代表名单：{p}").format(p=out)),
            self._failed,
        )
