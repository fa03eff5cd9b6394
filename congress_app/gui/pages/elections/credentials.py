"""资格审查 over the whole term (R15.1): the composition checks (R13.5, R13.6) with a plain
explanation of each failure, every delegate's eligibility (R12.1) and each unit's
procedure (R14); the report as a PDF; approval with the publication date (an override
reason when a must-rule fails); then the delegate list as a PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.article import ArticleDialog, open_rule_link, rule_links
from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_approval import ApproveCredentialsDialog
from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.models.election_credentials import (
    CredentialChecksModel,
    DelegateEligibilityModel,
    UnitProcedureModel,
)
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.elections.common import (
    DANGER_STYLE,
    INFO_STYLE,
    SUCCESS_STYLE,
    WARNING_STYLE,
    StatusLine,
    in_session,
    panel_label,
    primary_button,
)
from congress_app.gui.pages.elections.texts import check_text, ineligible_lines, unfinished_lines
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import fitted_table, restyle

if TYPE_CHECKING:
    from congress_app.services.credentials import CredentialsView


class CredentialsPanel(StatusLine, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.term_id = 0
        self.term_label = ""
        self.view: CredentialsView | None = None
        self.op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("重新审查"))
        self.run_button.clicked.connect(self.run)
        self.report_button = QPushButton(self.tr("生成资格审查报告…"))
        self.report_button.clicked.connect(self.write_report)
        self.approve_button = primary_button(self.tr("批准并公布代表名单…"))
        self.approve_button.clicked.connect(self.approve)
        self.list_button = QPushButton(self.tr("打印代表名单…"))
        self.list_button.clicked.connect(self.write_list)
        for button in (self.run_button, self.report_button, self.approve_button, self.list_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = panel_label(INFO_STYLE)
        self.failures = panel_label(DANGER_STYLE)
        self.failures.linkActivated.connect(lambda href: open_rule_link(self, href))
        self.checks = CredentialChecksModel(self)
        self.checks_view = fitted_table(self.checks)  # explanations wrap, never cut to "…"
        self.checks_view.setWordWrap(True)
        self.checks_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.checks_view.setToolTip(self.tr("双击一行查看该条款的规范原文"))
        self.checks_view.doubleClicked.connect(self._open_check_article)
        self.delegates = DelegateEligibilityModel(self)
        self.procedures = UnitProcedureModel(self)
        self.details = QTabWidget()
        self.details.addTab(fitted_table(self.delegates, single_line=True), self.tr("代表资格（R12.1）"))
        self.details.addTab(fitted_table(self.procedures, single_line=True), self.tr("各单位选举程序（R14）"))
        from congress_app.gui.pages.elections.reviews import ReviewRecordsPanel

        self.records = ReviewRecordsPanel(state)  # the stored reviews and lists, supplements (R15.2)
        self.details.addTab(self.records, self.tr("审查与公布记录（含补选）"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.failures)
        layout.addWidget(self.checks_view, 1)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.status)
        self._enable()

    def set_term(self, term_id: int, label: str) -> None:
        if term_id != self.term_id:
            self.view = None
            self._show()
        self.term_id, self.term_label = term_id, label

    def _enable(self) -> None:
        view = self.view
        self.report_button.setEnabled(view is not None)
        self.approve_button.setEnabled(view is not None and view.published_on is None)
        self.list_button.setEnabled(view is not None and view.published_on is not None)

    # -- review --------------------------------------------------------------------------
    def run(self) -> None:
        if not self.term_id:
            return
        term_id = self.term_id

        def review(session):
            from congress_app.services.credentials import review_credentials

            return review_credentials(session, term_id)

        self._say(self.tr("正在审查…"))
        self.op = in_session(
            self, self.state.db, self.tr("正在进行代表资格审查…"), review, self._reviewed, self._failed
        )

    def _reviewed(self, view) -> None:
        if view.term_id != self.term_id:
            return
        self.view = view
        self._say("")
        self._show()
        self.records.load(view.term_id)

    def _show(self) -> None:
        view = self.view
        self._enable()
        if view is None:
            self.summary.setText(self.tr("尚未审查。"))
            self.failures.hide()
            for model in (self.delegates, self.procedures):
                model.set_rows([])
            self.checks.clear()
            return
        self.checks.set_view(view)
        self.delegates.set_rows(view.delegates)
        self.procedures.set_rows(view.procedures)
        self.checks_view.resizeRowsToContents()
        # as tall as its rows, but it may shrink (and scroll) when wrapped rows grow taller
        whole = (
            self.checks_view.horizontalHeader().height()
            + 6
            + sum(self.checks_view.rowHeight(r) for r in range(self.checks.rowCount()))
        )
        self.checks_view.setMinimumHeight(min(whole, self.checks_view.horizontalHeader().height() + 80))
        self.checks_view.setMaximumHeight(whole + 60)
        eligible = sum(1 for d in view.delegates if d.eligible)
        published = (
            self.tr("代表名单已于 {d} 公布，代表资格自该日起生效（R15.1）。").format(
                d=view.published_on.isoformat()
            )
            if view.published_on
            else self.tr("尚未公布。")
        )
        self.summary.setText(
            self.tr(
                "{term}：应选 {seats} 名，已选出 {n} 名，其中符合资格 {ok} 名（在岗教职工 {staff} 人）。{pub}"
            ).format(
                term=self.term_label,
                seats=view.seats,
                n=len(view.delegates),
                ok=eligible,
                staff=view.on_duty,
                pub=published,
            )
        )
        restyle(self.summary, SUCCESS_STYLE if view.published_on else INFO_STYLE)
        lines = self.failure_lines()
        self.failures.setVisible(bool(lines))
        restyle(self.failures, WARNING_STYLE if view.published_on else DANGER_STYLE)
        heading = (
            self.tr("公布后的变化（代表资格的变动请到「代表管理」办理）：")
            if view.published_on
            else self.tr("必须解决或说明的问题：")
        )
        self.failures.setText(
            heading
            + self.tr("（点击条款编号可查看规范原文）")
            + "<ul>"
            + "".join(f"<li>{rule_links(line)}</li>" for line in lines)
            + "</ul>"
        )

    def _open_check_article(self, index) -> None:
        ArticleDialog.ask(self, self.checks.rows()[index.row()][1])  # the 条款 column

    def _check_texts(self, only_blocking: bool) -> list[str]:
        view = self.view
        assert view is not None  # asked about a loaded review
        hint = self.tr("提示：")
        return [
            ("" if c.blocking else hint)
            + check_text(
                c,
                delegates=len(view.delegates),
                on_duty=view.on_duty,
                women_staff=view.women_staff,
                youth_staff=view.youth_staff,
            )
            for c in view.checks
            if not c.passed and (c.blocking or not only_blocking)
        ]

    def _people_and_units(self) -> list[str]:
        view = self.view
        assert view is not None  # asked about a loaded review
        return ineligible_lines(view) + unfinished_lines(view)

    def failure_lines(self) -> list[str]:
        """Every failed check explained, then ineligible delegates and unfinished units."""
        if self.view is None:
            return []
        return self._check_texts(False) + self._people_and_units()

    def blocking_lines(self) -> list[str]:
        """What stops approval (R15.3: no reason overrides it): failed must-checks and
        unfinished units. People who fail R15.1 are not confirmed; they do not stop it."""
        if self.view is None:
            return []
        return self._check_texts(True) + unfinished_lines(self.view)

    # -- documents and approval ----------------------------------------------------------
    def write_report(self) -> None:
        path = ElectionFileDialog.ask_credentials_report(self, self.tr("代表资格审查报告.pdf"))
        if path is None:
            return
        term_id = self.term_id
        view = self.view  # the draft on the page: the paper prints it, not a second review

        def write(session):
            from congress_app.services.credentials import write_credentials_report

            return write_credentials_report(session, term_id, path, view=view)

        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在生成资格审查报告…"),
            write,
            lambda out: self._say(self.tr("已生成资格审查报告：{p}").format(p=out)),
            self._failed,
        )

    def approve(self) -> None:
        view = self.view
        if view is None:
            return
        eligible = sum(1 for d in view.delegates if d.eligible)
        approval = ApproveCredentialsDialog.ask(self, delegates=eligible, failures=self.blocking_lines())
        if approval is None:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("批准并公布"),
            self.tr("公布 {n} 名代表的名单，代表资格自 {d} 起生效？此操作不能撤销。").format(
                n=eligible, d=approval.published_on.isoformat()
            ),
            self.tr("批准并公布"),
        ):
            return
        try:
            from congress_app.services.credentials import approve_credentials

            with self.state.writing() as session:  # the page re-runs the review (tab showing)
                published = approve_credentials(
                    session, self.term_id, published_on=approval.published_on, actor=self.state.actor
                )
        except Exception as error:  # noqa: BLE001
            self._failed(error)
            return
        self._say(
            self.tr("已批准并公布 {n} 名代表，资格自 {d} 起生效。可以打印代表名单。").format(
                n=published, d=approval.published_on.isoformat()
            )
        )

    def write_list(self) -> None:
        path = ElectionFileDialog.ask_delegate_list(self, self.tr("代表名单.pdf"))
        if path is None:
            return
        term_id = self.term_id

        def write(session):
            from congress_app.services.credentials import write_delegate_list

            return write_delegate_list(session, term_id, path)

        self.op = in_session(
            self,
            self.state.db,
            self.tr("正在生成代表名单…"),
            write,
            lambda out: self._say(self.tr("已生成代表名单：{p}").format(p=out)),
            self._failed,
        )
