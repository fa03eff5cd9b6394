"""Paper-by-paper double entry (逐张录入): each clerk types every paper once — the serial,
then the marks with the number keys, Enter saves and moves to the next serial. The papers
where the two clerks differ are listed; the round cannot close while any remain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.models.election_rounds import BallotMismatchModel
from congress_app.gui.pages.elections.common import ERROR_COLOR, describe, say
from congress_app.gui.state import AppState
from congress_app.gui.widgets.election_fields import CountSpinBox
from congress_app.gui.widgets.election_marks import MarksPad
from congress_app.services import counting
from congress_app.services.changes import run_service
from congress_app.services.counting import BallotComparison, RoundView


class BallotEntry(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.view: RoundView | None = None
        self.comparison = BallotComparison(0, ())
        self._entered_any = False
        self._counts = {1: 0, 2: 0}
        self._resume: dict[int, int] = {}  # clerk → next serial
        self._editing = False  # re-entering a differing paper: go back afterwards
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        issued_row = QHBoxLayout()
        issued_row.addWidget(QLabel(self.tr("发出选票：")))
        self.issued = CountSpinBox()
        self.issued_button = QPushButton(self.tr("保存发出张数"))
        self.issued_button.clicked.connect(self.save_issued)
        issued_row.addWidget(self.issued)
        issued_row.addWidget(self.issued_button)
        issued_row.addStretch(1)
        clerk_row = QHBoxLayout()
        clerk_row.addWidget(QLabel(self.tr("录入员：")))
        self.clerk1 = QRadioButton(self.tr("1 号"))
        self.clerk2 = QRadioButton(self.tr("2 号"))
        self.clerk1.setChecked(True)
        self.clerk_group = QButtonGroup(self)
        self.clerk_group.addButton(self.clerk1, 1)
        self.clerk_group.addButton(self.clerk2, 2)
        self.clerk_group.idClicked.connect(lambda _id: self._next_serial())
        clerk_row.addWidget(self.clerk1)
        clerk_row.addWidget(self.clerk2)
        clerk_row.addSpacing(24)
        clerk_row.addWidget(QLabel(self.tr("选票编号：")))
        self.serial = CountSpinBox(maximum=1000000)
        self.serial.setMinimum(1)
        clerk_row.addWidget(self.serial)
        clerk_row.addStretch(1)
        self.pad = MarksPad()
        self.pad.submitted.connect(self.submit)
        submit_row = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("保存这张并录下一张（Enter）"))
        self.submit_button.clicked.connect(self.submit)
        self.entry_status = QLabel()
        self.entry_status.setWordWrap(True)
        submit_row.addWidget(self.submit_button)
        submit_row.addWidget(self.entry_status, 1)
        self.tally = QLabel()
        self.tally.setObjectName("pageFacts")
        self.mismatch_title = QLabel()
        self.mismatch_title.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.mismatches = BallotMismatchModel(self)
        self.mismatch_view = QTableView()
        self.mismatch_view.setModel(self.mismatches)
        self.mismatch_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mismatch_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mismatch_view.verticalHeader().setVisible(False)
        self.mismatch_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mismatch_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mismatch_view.setMaximumHeight(180)
        self.mismatch_view.doubleClicked.connect(
            lambda index: self.edit_serial(self.mismatches.rows()[index.row()].serial)
        )
        for item in (issued_row, clerk_row):
            layout.addLayout(item)
        layout.addWidget(self.pad)
        layout.addLayout(submit_row)
        layout.addWidget(self.tally)
        layout.addWidget(self.mismatch_title)
        layout.addWidget(self.mismatch_view)
        layout.addStretch(1)
        QWidget.setTabOrder(self.serial, self.pad)
        QWidget.setTabOrder(self.pad, self.submit_button)
        self.serial.editingFinished.connect(self._serial_done)

    def clerk(self) -> int:
        return 2 if self.clerk2.isChecked() else 1

    def load(self, view: RoundView, order: list[int]) -> None:
        same = self.view is not None and self.view.round_id == view.round_id
        self.view = view
        if not same:
            self._resume = {}
            rank = {cid: i for i, cid in enumerate(order)}
            ordered = sorted(view.candidates, key=lambda c: rank.get(c.candidate_id, len(rank)))
            self.pad.set_candidates([(c.candidate_id, c.name) for c in ordered])
            self.pad.clear()
            self.issued.setValue(view.issued or view.electorate)
            self.entry_status.setText("")
        self.refresh_comparison()
        if not same:
            self._next_serial()

    def _serial_done(self) -> None:
        if self.serial.hasFocus():
            self.pad.setFocus()

    def refresh_comparison(self) -> None:
        if self.view is None:
            return
        with self.state.db.session() as session:
            self.comparison = counting.compare_ballots(session, self.view.round_id)
        diffs = self.comparison.differences
        self._entered_any = self.comparison.agreed > 0 or bool(diffs)
        counts = {1: self.comparison.agreed, 2: self.comparison.agreed}
        for d in diffs:
            counts[1] += d.first is not None
            counts[2] += d.second is not None
        self._counts = counts
        self.tally.setText(
            self.tr("录入员1 已录 {a} 张，录入员2 已录 {b} 张；两人一致 {c} 张，不一致 {d} 张。").format(
                a=counts[1], b=counts[2], c=self.comparison.agreed, d=len(diffs)
            )
        )
        names = {c.candidate_id: c.name for c in self.view.candidates}
        self.mismatches.set_rows(diffs, {cid: names[cid] for cid in self.pad.candidate_ids()})
        self.mismatch_title.setText(
            self.tr("两位录入员不一致的选票 {n} 张（双击一行，按选票原件重录）：").format(n=len(diffs))
            if diffs
            else ""
        )
        self.mismatch_view.setVisible(bool(diffs))

    def _next_serial(self) -> None:
        """Where the current clerk goes on: after their last paper (remembered), or — on
        coming back to a round — after as many papers as they have entered."""
        clerk = self.clerk()
        self.serial.setValue(self._resume.get(clerk) or self._counts[clerk] + 1)
        self.pad.clear()
        self._editing = False

    def edit_serial(self, serial: int) -> None:
        """Load one paper for re-entry by the current clerk."""
        self.serial.setValue(serial)
        diff = next((d for d in self.comparison.differences if d.serial == serial), None)
        if diff is not None:
            marks = diff.first if self.clerk() == 1 else diff.second
            spoilt = diff.first_spoilt if self.clerk() == 1 else diff.second_spoilt
            self.pad.set_marks(marks or (), spoilt)
        self._editing = True
        self.pad.setFocus()

    def submit(self) -> None:
        if self.view is None:
            return
        serial, clerk = self.serial.value(), self.clerk()
        marks, spoilt = self.pad.marks(), self.pad.spoilt.isChecked()
        first = not self._entered_any
        try:
            with self.state.db.session() as session:
                _, changes = run_service(
                    session,
                    counting.record_ballot,
                    self.view.round_id,
                    clerk=clerk,
                    serial=serial,
                    marks=marks,
                    spoilt=spoilt,
                    actor=self.state.actor,
                )
        except Exception as error:  # noqa: BLE001 - shown beside the button
            say(self.entry_status, describe(error), ok=False)
            return
        say(self.entry_status, self.tr("录入员{c}：第 {s} 号已保存。").format(c=clerk, s=serial))
        self.refresh_comparison()
        if not self._editing:
            self._resume[clerk] = serial + 1
        self._next_serial()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
        if first:  # the unit is now 计票中; later papers change only this panel
            self.state.publish(changes)

    def save_issued(self) -> None:
        if self.view is None:
            return
        try:
            with self.state.writing() as session:
                counting.set_issued(session, self.view.round_id, self.issued.value(), actor=self.state.actor)
        except Exception as error:  # noqa: BLE001
            say(self.entry_status, describe(error), ok=False)
            return
        say(self.entry_status, self.tr("发出选票 {n} 张已保存。").format(n=self.issued.value()))
