"""The counting screen for totals (汇总录入), built for the keyboard: 发出 / 收回 / 无效, then
one yes field per candidate in ballot order; Tab or Enter moves on; every change is checked
by the service (check_figures) and each problem shows in red beside its field, naming the
candidate; a summary line gives 有效票 and the threshold of R14.3. Ctrl+S saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui.ops import WriteOp
from congress_app.gui.pages.elections.common import (
    ERROR_COLOR,
    INFO_STYLE,
    describe,
    error_label,
    panel_label,
    say,
)
from congress_app.gui.pages.elections.texts import finding_text
from congress_app.gui.state import AppState
from congress_app.gui.widgets.common import restyle
from congress_app.gui.widgets.election_fields import CountSpinBox
from congress_app.rules.elections import turnout_minimum, turnout_reached
from congress_app.services import counting
from congress_app.services.changes import run_service
from congress_app.services.counting import Figures, RoundView

WARN_COLOR = "#b45309"


class TotalsEntry(QWidget):
    saved = Signal()
    edited = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.view: RoundView | None = None
        self.dirty = False
        self._loading = False
        self.findings: list = []
        self._checked: Figures | None = None  # the figures the notes on screen are about
        self.op: WriteOp | None = None  # a save on the worker thread
        self.yes: dict[int, CountSpinBox] = {}
        self.yes_notes: dict[int, QLabel] = {}
        self.names: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = panel_label(INFO_STYLE)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        self.issued, self.returned, self.invalid = CountSpinBox(), CountSpinBox(), CountSpinBox()
        self.field_notes: dict[str, QLabel] = {}
        for row, (key, label, spin) in enumerate(
            (
                ("issued", self.tr("发出选票"), self.issued),
                ("returned", self.tr("收回选票"), self.returned),
                ("invalid", self.tr("无效票"), self.invalid),
            )
        ):
            caption = QLabel(label)
            caption.setBuddy(spin)
            note = error_label()
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(note, row, 2)
            self.field_notes[key] = note
            spin.valueChanged.connect(self._changed)
        layout.addLayout(grid)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #c9d3e0;")
        layout.addWidget(line)
        heading = QLabel(self.tr("各候选人赞成票（按选票顺序）"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.yes_grid = QGridLayout()
        self.yes_grid.setHorizontalSpacing(12)
        self.yes_grid.setColumnStretch(2, 1)
        layout.addLayout(self.yes_grid)
        self.general = error_label()
        layout.addWidget(self.general)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存票数（Ctrl+S）"))
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save_in_background)
        self.state_label = QLabel()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.state_label, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.save_in_background)

    # -- loading -------------------------------------------------------------------------
    def load(self, view: RoundView, order: list[int]) -> None:
        """Show ``view`` (an open totals round); ``order``: candidate ids in ballot order.
        Unsaved typing in the same round is kept."""
        same = self.view is not None and self.view.round_id == view.round_id
        self.view = view
        if same and self.dirty:
            return
        self._loading = True
        if not same:
            self._build_rows(view, order)
        self.issued.setValue(view.issued or 0)
        self.returned.setValue(view.returned or 0)
        self.invalid.setValue(view.invalid or 0)
        for c in view.candidates:
            self.yes[c.candidate_id].setValue(c.yes or 0)
        self._loading = False
        self.dirty = False
        if not (same and self._checked == self.figures()):  # e.g. just saved: already checked
            self.check()

    def _build_rows(self, view: RoundView, order: list[int]) -> None:
        while self.yes_grid.count():
            item = self.yes_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.yes, self.yes_notes = {}, {}
        self.names = {c.candidate_id: c.name for c in view.candidates}
        rank = {cid: i for i, cid in enumerate(order)}
        ids = sorted(self.names, key=lambda cid: rank.get(cid, len(rank)))
        previous: QWidget = self.invalid
        for row, cid in enumerate(ids):
            caption = QLabel(f"{row + 1}.  {self.names[cid]}")
            spin = CountSpinBox()
            caption.setBuddy(spin)
            note = error_label()
            self.yes_grid.addWidget(caption, row, 0)
            self.yes_grid.addWidget(spin, row, 1)
            self.yes_grid.addWidget(note, row, 2)
            spin.valueChanged.connect(self._changed)
            QWidget.setTabOrder(previous, spin)
            previous = spin
            self.yes[cid], self.yes_notes[cid] = spin, note
        QWidget.setTabOrder(previous, self.save_button)

    def fields_in_order(self) -> list[CountSpinBox]:
        return [self.issued, self.returned, self.invalid, *self.yes.values()]

    # -- live checks ---------------------------------------------------------------------
    def figures(self) -> Figures:
        return Figures(
            self.issued.value(),
            self.returned.value(),
            self.invalid.value(),
            {cid: spin.value() for cid, spin in self.yes.items()},
        )

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.edited.emit()
        self.state_label.setText(self.tr("有未保存的修改"))
        restyle(self.state_label, f"color: {WARN_COLOR};")
        self.check()

    def check(self) -> list:
        """Ask the service for every problem and put each next to its field."""
        if self.view is None:
            return []
        figures = self.figures()
        with self.state.db.session() as session:
            findings = counting.check_figures(session, self.view.round_id, figures)
        notes: dict[str, list[str]] = {}
        for f in findings:
            subject = f.subject or "yes_votes"
            name = ""
            if subject.startswith("yes_votes[") and subject.endswith("]"):
                name = self.names.get(int(subject[10:-1]), "")
            notes.setdefault(subject, []).append(
                finding_text(f.code, subject.split("[")[0], f.actual, f.required, name)
            )
        self._show_notes(notes, figures)
        self._show_summary(figures)
        self.findings = findings
        self._checked = figures
        return findings

    def _show_notes(self, notes: dict[str, list[str]], figures: Figures) -> None:
        view = self.view
        assert view is not None  # shown for a loaded round
        for key, spin in (("issued", self.issued), ("returned", self.returned), ("invalid", self.invalid)):
            problems = notes.get(key, [])
            self.field_notes[key].setText(self.tr("；").join(problems))
            restyle(self.field_notes[key], f"color: {ERROR_COLOR};")
            spin.set_problem(bool(problems), self.tr("；").join(problems))
        warnings = []
        if figures.returned > figures.issued:
            warnings.append(self.tr("收回多于发出：本轮选举将无效，须重新选举（R14.2）"))
        elif (
            view.require_two_thirds
            and figures.returned
            and not turnout_reached(view.electorate, figures.returned)
        ):
            warnings.append(
                self.tr("收回不足 {need} 张（三分之二）：本轮选举将无效（R14.0）").format(
                    need=turnout_minimum(view.electorate)
                )
            )
        if warnings and not notes.get("returned"):
            self.field_notes["returned"].setText(self.tr("；").join(warnings))
            restyle(self.field_notes["returned"], f"color: {WARN_COLOR};")
        threshold = view.threshold
        for cid, spin in self.yes.items():
            problems = notes.get(f"yes_votes[{cid}]", [])
            note = self.yes_notes[cid]
            spin.set_problem(bool(problems), self.tr("；").join(problems))
            if problems:
                say(note, self.tr("；").join(problems), ok=False)
            elif spin.value() >= threshold:
                say(note, self.tr("✓ 达到 {t} 票，过全体半数").format(t=threshold))
            else:
                note.setText("")
        self.general.setText(self.tr("；").join(notes.get("yes_votes", [])))

    def _show_summary(self, figures: Figures) -> None:
        view = self.view
        assert view is not None  # shown for a loaded round
        valid = figures.returned - figures.invalid
        need = turnout_minimum(view.electorate)
        turnout = (
            self.tr("收回须不少于 {need} 张（三分之二，R14.0）").format(need=need)
            if view.require_two_thirds
            else self.tr("不适用三分之二规定（理由：{r}）").format(r=view.waiver_reason)
        )
        self.summary.setText(
            self.tr(
                "有效票 = 收回 {r} − 无效 {i} = <b>{v}</b>　·　当选须得票 ≥ <b>{t}</b>"
                "（全体 {e} 名教职工的过半数，R14.3）<br>应选 {s} 名　·　每张选票最多选 {s} 人，"
                "多选作废（R14.2）"
                "　·　{turnout}"
            ).format(
                r=figures.returned,
                i=figures.invalid,
                v=valid,
                t=view.threshold,
                e=view.electorate,
                s=view.seats,
                turnout=turnout,
            )
        )

    def problems(self) -> list[str]:
        """Every red note on the screen (for tests and the close confirmation)."""
        labels = [*self.field_notes.values(), *self.yes_notes.values(), self.general]
        return [label.text() for label in labels if label.text() and ERROR_COLOR in label.styleSheet()]

    # -- unsaved input (asked about when the window closes: dialogs/unsaved.py) ----------
    def unsaved_changes(self) -> str | None:
        if not self.dirty or self.view is None:
            return None
        return self.tr("「{unit}」第{n}轮的票数").format(unit=self.view.unit, n=self.view.number)

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self.dirty = False

    # -- saving --------------------------------------------------------------------------
    def save_in_background(self) -> None:
        """Ctrl+S and the button: the write runs on the database worker, so the window never
        waits on it; typing on meanwhile is kept (still unsaved) when the save lands."""
        if self.view is None or self.op is not None:
            return
        round_id, figures, actor = self.view.round_id, self.figures(), self.state.actor
        say(self.state_label, self.tr("正在保存…"))

        def done(_view: object) -> None:
            self.op = None
            self.dirty = self.figures() != figures
            if self.dirty:  # typed on while it was saving: that is not saved yet
                self.state_label.setText(self.tr("有未保存的修改"))
                restyle(self.state_label, f"color: {WARN_COLOR};")
            else:
                say(self.state_label, self.tr("已保存。"))
            self.saved.emit()

        def failed(error: Exception) -> None:
            self.op = None
            say(self.state_label, describe(error), ok=False)

        self.op = WriteOp(
            self,
            self.tr("正在保存票数…"),
            self.state,
            lambda session, _progress: counting.save_figures(session, round_id, figures, actor=actor),
        )
        self.op.success(done).failure(failed).run()

    def save(self) -> bool:
        """Save now, on this thread (before closing the round); True when saved."""
        if self.view is None:
            return False
        try:
            with self.state.db.session() as session:
                _view, changes = run_service(
                    session, counting.save_figures, self.view.round_id, self.figures(), actor=self.state.actor
                )
        except Exception as error:  # noqa: BLE001 - shown beside the button
            say(self.state_label, describe(error), ok=False)
            return False
        self.dirty = False
        say(self.state_label, self.tr("已保存。"))
        self.saved.emit()
        self.state.publish(changes)  # the page reloads only what shows these records
        return True
