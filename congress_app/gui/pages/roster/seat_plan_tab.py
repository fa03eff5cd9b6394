"""名额方案: the total of delegates (R13.2–R13.4), the apportionment method with the three
methods side by side (RA.1–RA.3), a bar chart, saving the plan and exporting 名额分配表.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.roster_files import RosterFileDialog
from congress_app.gui.dialogs.seat_tie import SeatTieDialog
from congress_app.gui.errors import as_service_error, error_text
from congress_app.gui.models.seat_comparison import (
    COL_ON_DUTY,
    COL_UNIT,
    SeatComparisonModel,
    method_name,
    method_rule,
)
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.roster.common import (
    INFO_PANEL_STYLE,
    WARNING_PANEL_STYLE,
    empty_or_panel,
    primary_button,
    report_error,
)
from congress_app.gui.pages.roster.seat_band import band_text, default_total, total_limits
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import add_labelled, date_edit
from congress_app.gui.widgets.data_table import DataTableView
from congress_app.gui.widgets.empty_state import EmptyState
from congress_app.gui.widgets.seat_bar_chart import SeatBarChart
from congress_app.rules.errors import RuleViolation
from congress_app.rules.seats import (
    DEFAULT_YOUTH_AGE_LIMIT,
    LEADER_ROLES,
    METHODS,
    teaching_minimum,
    teaching_share_met,
)
from congress_app.services.errors import ServiceError
from congress_app.services.seats import (
    SeatOverview,
    SeatPlanView,
    compare_methods,
    current_seat_plan,
    plan_units,
    save_seat_plan,
    seat_overview,
    seat_tie,
    seat_warnings,
)
from congress_app.services.units import list_units


class SeatPlanTab(QWidget):
    notice = Signal(str)
    go_import = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.overview: SeatOverview | None = None
        self.plan: SeatPlanView | None = None
        self.op: BackgroundOp | None = None
        self._loading = False
        self._computed = False
        self._adopted_plan: int | None = None  # the saved plan whose choices the controls show
        self._adopting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        self.empty = EmptyState(
            self.tr("还不能确定名额"),
            self.tr("代表名额按在岗教职工人数确定（第十三条）。请先导入教职工名册。"),
        )
        self.empty.add_button(self.tr("前往导入名册"), self.go_import, primary=True)
        self.stack = empty_or_panel(layout, self.empty, self._build_plan_panel())
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save_button.click)

    # -- layout --------------------------------------------------------------------------
    def _build_plan_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)

        controls = QHBoxLayout()
        self.date_edit = date_edit()
        self.youth_spin = QSpinBox()
        self.youth_spin.setRange(16, 70)
        self.youth_spin.setValue(DEFAULT_YOUTH_AGE_LIMIT)
        self.youth_spin.setSuffix(self.tr(" 岁"))
        self.youth_spin.setToolTip(self.tr("基准日年龄不超过此值计为青年教职工（R13.5）"))
        self.total_spin = QSpinBox()
        self.total_spin.setSuffix(self.tr(" 名"))
        self.total_spin.setMinimumWidth(90)
        self.recommended_button = QPushButton(self.tr("用推荐值"))
        self.recommended_button.clicked.connect(self.use_recommended)
        self.method_combo = QComboBox()
        for method in METHODS:
            self.method_combo.addItem(
                self.tr("{name}（{rule}）").format(name=method_name(method), rule=method_rule(method)), method
            )
        # two rows: at 1024 px the English captions do not fit on one (they were clipped)
        for text, widget in (
            (self.tr("基准日期"), self.date_edit),
            (self.tr("青年年龄上限"), self.youth_spin),
        ):
            add_labelled(controls, text, widget, 10)
        controls.addStretch(1)
        totals = QHBoxLayout()
        add_labelled(totals, self.tr("代表总数"), self.total_spin, 0)
        totals.addWidget(self.recommended_button)
        totals.addSpacing(10)
        add_labelled(totals, self.tr("分配方法"), self.method_combo)
        totals.addStretch(1)
        layout.addLayout(controls)
        layout.addLayout(totals)

        self.band_label = QLabel()
        self.band_label.setWordWrap(True)
        self.band_label.setTextFormat(Qt.TextFormat.RichText)
        self.band_label.setStyleSheet(INFO_PANEL_STYLE)
        layout.addWidget(self.band_label)

        self.reason_row = QWidget()
        reason_layout = QHBoxLayout(self.reason_row)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("例如：经教代会筹备组讨论决定"))
        add_labelled(reason_layout, self.tr("手工确定总数的理由（R13.4，必填）"), self.reason_edit, stretch=1)
        layout.addWidget(self.reason_row)

        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_PANEL_STYLE)
        self.warning_label.hide()
        layout.addWidget(self.warning_label)

        self.model = SeatComparisonModel(self)
        self.table = DataTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        self.chart = SeatBarChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setMinimumWidth(280)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([650, 330])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.composition_label = QLabel()
        self.composition_label.setWordWrap(True)
        layout.addWidget(self.composition_label)

        bottom = QHBoxLayout()
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setObjectName("pageFacts")
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.save_button = primary_button(self.tr("保存方案"))
        self.save_button.setToolTip(self.tr("记录代表总数和分配方法（Ctrl+S）"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.plan_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self.date_edit.dateChanged.connect(self.refresh)
        self.youth_spin.valueChanged.connect(self.refresh)
        self.total_spin.valueChanged.connect(self.recompute)
        self.method_combo.currentIndexChanged.connect(self.recompute)
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.total_spin.lineEdit().returnPressed.connect(self.save_button.click)
        self.reason_edit.returnPressed.connect(self.save_button.click)
        chain = (
            self.date_edit,
            self.youth_spin,
            self.total_spin,
            self.recommended_button,
            self.method_combo,
            self.reason_edit,
            self.table,
            self.save_button,
            self.pdf_button,
            self.xlsx_button,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return panel

    # -- data ----------------------------------------------------------------------------
    def reference_date(self):
        return self.date_edit.date().toPython()

    def method(self) -> str:
        return self.method_combo.currentData()

    def refresh(self) -> None:
        if self._adopting:
            return
        with self.state.db.session() as session:
            self.plan = current_seat_plan(session)
            adopt = self.plan is not None and self.plan.plan_id != self._adopted_plan
            if adopt and self.plan is not None:
                self._adopt(self.plan)
            overview = seat_overview(session, self.reference_date(), self.youth_spin.value())
            has_roster = bool(list_units(session))
        previous, self.overview = self.overview, overview
        if adopt:
            previous = None
        self.stack.setCurrentIndex(1 if has_roster else 0)
        self.band_label.setText(band_text(overview))
        self.reason_row.setVisible(overview.range is None and overview.on_duty > 0)
        low, high = total_limits(overview)
        keep = previous is not None and previous.on_duty == overview.on_duty
        if adopt and self.plan is not None:
            value = self.plan.total
        else:
            value = self.total_spin.value() if keep else default_total(overview)
        self._loading = True
        self.total_spin.setRange(low, high)
        self.total_spin.setValue(min(max(value, low), high))
        self._loading = False
        self.recompute()

    def _adopt(self, plan: SeatPlanView) -> None:
        """Show a newly loaded saved plan's own choices (date, youth limit, method), so the
        tab opens on the plan in force rather than on today's figures."""
        self._adopted_plan = plan.plan_id
        for widget in (self.youth_spin, self.method_combo):
            widget.blockSignals(True)
        try:
            self.youth_spin.setValue(plan.youth_age_limit)
            self.method_combo.setCurrentIndex(max(self.method_combo.findData(plan.method), 0))
            self.reason_edit.setText(plan.manual_reason)
            self._adopting = True  # the units tab follows the date; this refresh goes on
            day = plan.reference_date
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._adopting = False
            for widget in (self.youth_spin, self.method_combo):
                widget.blockSignals(False)

    def use_recommended(self) -> None:
        if self.overview is not None:
            self.total_spin.setValue(default_total(self.overview))

    def recompute(self) -> None:
        if self._loading or self.overview is None:
            return
        units, total, method = self.overview.units, self.total_spin.value(), self.method()
        self.warning_label.hide()
        try:
            if self.overview.on_duty == 0:
                raise ServiceError("no_staff_on_duty", value=self.overview.reference_date)
            seats = compare_methods(units, total)
            planned = plan_units(units, total, method)
        except (RuleViolation, ServiceError) as error:
            self.model.clear()
            self.chart.set_seats([], "")
            self.composition_label.clear()
            self.warning_label.setText(error_text(as_service_error(error)))
            self.warning_label.show()
            self._computed = False
        else:
            self.model.set_comparison(units, seats, planned, method)
            self._fit_columns()
            self.chart.set_seats(
                [(p.name, p.seats) for p in planned],
                self.tr("各选举单位名额（{name}）").format(name=method_name(method)),
            )
            self._show_composition(planned, total, method)
            self._computed = True
        self._show_plan()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Numeric columns as wide as their (bold) headers; the unit column takes the rest."""
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in range(COL_ON_DUTY, self.model.columnCount()):
            text = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(text) + 20, 48))

    def _show_composition(self, planned, total: int, method: str) -> None:
        teaching = sum(p.teaching_target for p in planned)
        required = teaching_minimum(total)  # R13.5, decided in rules
        mark = "✓" if teaching_share_met(teaching, total) else "✗"
        differing = sum(1 for p in planned if self.model.differs(p.name))
        text = self.tr(
            "按{method}：教学人员目标合计 {teaching} 名，R13.5 要求不少于 {required} 名（60%）{mark}；"
            "女性不少于 {women} 名、青年不少于 {youth} 名（按在岗比例，R13.5）。"
        ).format(
            method=method_name(method),
            teaching=teaching,
            required=required,
            mark=mark,
            women=sum(p.women_target for p in planned),
            youth=sum(p.youth_target for p in planned),
        )
        text += self._leaders_text(planned)
        for w in seat_warnings(planned):  # R14.6 [warn]
            text += self.tr(
                "提示：{unit} 名额 {seats} 名，不少于在岗 {staff} 人，无法差额选举（第十四条）；"
                "可合并为联合选举单位（惯例做法）。"
            ).format(unit=w.subject, seats=w.actual, staff=w.required)
        tie = seat_tie(self.overview.units, total, method) if self.overview else None
        if tie is not None:  # RA.1: shown, and settled by the office when the plan is saved
            text += self.tr(
                "并列：{units} 争最后 {n} 个名额，保存时须由工会抽签或决定并记录（惯例做法）。"
            ).format(units=self.tr("、").join(tie.units), n=tie.seats)
        if differing:
            text += self.tr("黄色单元格：三种方法结果不同（{count} 个单位）。").format(count=differing)
        self.composition_label.setText(text)

    def _leaders_text(self, planned) -> str:
        """R13.6: where the main leaders stand, and which role has no known holder (recorded
        in 设置, or found on the roster by whole title)."""
        where = {post: p.name for p in planned for post in p.leaders}
        placed = [
            self.tr("{post}在{unit}").format(post=post, unit=where[post])
            for post in LEADER_ROLES
            if post in where
        ]
        missing = [post for post in LEADER_ROLES if post not in where]
        text = ""
        if placed:
            text += self.tr("党政工主要负责人须当选为正式代表（R13.6）：{placed}。").format(
                placed=self.tr("，").join(placed)
            )
        if missing:
            text += self.tr("未记录任职者、名册「职务」中也无此职务（整词匹配）：{posts}（R13.6）。").format(
                posts=self.tr("、").join(missing)
            )
        return text

    def _show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            self.plan_label.setText(self.tr("尚未保存名额方案。确定代表总数和分配方法后点「保存方案」。"))
            return
        text = self.tr(
            "当前方案：代表总数 {total} 名，{method}，基准日 {ref}，在岗 {n} 人；由 {who} 于 {when} 记录。"
        ).format(
            total=plan.total,
            method=method_name(plan.method),
            ref=plan.reference_date.isoformat(),
            n=plan.on_duty,
            who=plan.decided_by,
            when=plan.decided_at.strftime("%Y-%m-%d %H:%M"),
        )
        if (plan.total, plan.method, plan.reference_date) != (
            self.total_spin.value(),
            self.method(),
            self.reference_date(),
        ):
            text += self.tr("（与上面的选择不同，尚未保存）")
        self.plan_label.setText(text)

    def _update_buttons(self) -> None:
        needs_reason = self.overview is not None and self.overview.range is None
        reason_ok = not needs_reason or bool(self.reason_edit.text().strip())
        self.save_button.setEnabled(self._computed and reason_ok)
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(self.plan is not None)

    # -- actions -------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled() or self.overview is None:
            return
        total, method = self.total_spin.value(), self.method()
        question = self.tr(
            "保存名额方案：代表总数 {total} 名，按{method}分配到 {units} 个选举单位"
            "（基准日 {ref}，在岗 {n} 人）。保存后记录操作人（{who}）和时间。"
        ).format(
            total=total,
            method=method_name(method),
            units=len(self.overview.units),
            ref=self.reference_date().isoformat(),
            n=self.overview.on_duty,
            who=self.state.actor,
        )
        if not ConfirmDialog.ask(self, self.tr("保存名额方案"), question, self.tr("保存方案")):
            return
        tie = seat_tie(self.overview.units, total, method)  # RA.1: the office settles a tie
        decision = SeatTieDialog.ask(self, tie.units, tie.seats) if tie is not None else None
        if tie is not None and decision is None:
            return
        try:
            with self.state.writing() as session:
                plan = save_seat_plan(
                    session,
                    total=total,
                    method=method,
                    actor=self.state.actor,
                    reference_date=self.reference_date(),
                    reason=self.reason_edit.text(),
                    youth_age_limit=self.youth_spin.value(),
                    tie_winners=decision.winners if decision else None,
                    tie_how=decision.how if decision else "",
                    tie_note=decision.note if decision else "",
                )
        except (ServiceError, RuleViolation) as error:
            report_error(self, error)
            return
        self.notice.emit(
            self.tr("已保存名额方案：代表总数 {total} 名，{method}；由 {who} 于 {when} 记录。").format(
                total=plan.total,
                method=method_name(plan.method),
                who=plan.decided_by,
                when=plan.decided_at.strftime("%Y-%m-%d %H:%M"),
            )
        )

    def export(self, fmt: str) -> None:
        if self.plan is None:
            return
        suggested = self.tr("名额分配表-{date}.{fmt}").format(
            date=self.plan.reference_date.isoformat(), fmt=fmt
        )
        target = RosterFileDialog.ask_export_target(self, fmt, suggested)
        if target is None:
            return
        db = self.state.db

        def work(_progress) -> Path:
            from congress_app.services import seat_reports

            with db.session() as session:
                seat_reports.export_seat_allocation(session, target, fmt)
            return target

        def done(out: Path) -> None:
            self.notice.emit(self.tr("已导出名额分配表：{path}").format(path=out))

        self.op = (
            BackgroundOp(self, self.tr("正在导出名额分配表…"), work)
            .success(done)
            .failure(lambda error: report_error(self, error))
            .run()
        )
