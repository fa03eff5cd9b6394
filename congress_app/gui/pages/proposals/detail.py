"""One proposal on the right of the 提案 page: what it asks, who stands behind it, what was
decided and answered, its timeline, and the buttons of the steps the rules allow next."""

from __future__ import annotations

from datetime import UTC
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from congress_app.gui.models.proposals_table import (
    KIND_WORDS,
    SATISFACTION_WORDS,
    STATE_WORDS,
    word,
)
from congress_app.gui.pages.elections.common import scrolling
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP
from congress_app.rules.proposals import (
    ANSWERED,
    ASSIGNED,
    DMC_PASSED,
    REGISTERED,
    SUBMITTED,
    allowed_transitions,
)
from congress_app.services.proposal_queries import ProposalDetail

ACTIONS = {
    "proposal.file": QT_TRANSLATE_NOOP("ProposalDetailPanel", "提交提案表"),
    "proposal.import": QT_TRANSLATE_NOOP("ProposalDetailPanel", "纸质表导入"),
    "proposal.review": QT_TRANSLATE_NOOP("ProposalDetailPanel", "提案工作委员会审查"),
    "proposal.dmc_approve": QT_TRANSLATE_NOOP("ProposalDetailPanel", "民主管理委员会通过"),
    "proposal.assign": QT_TRANSLATE_NOOP("ProposalDetailPanel", "交承办部门"),
    "proposal.answer": QT_TRANSLATE_NOOP("ProposalDetailPanel", "部门答复"),
    "proposal.satisfaction": QT_TRANSLATE_NOOP("ProposalDetailPanel", "提案人意见"),
    "proposal.excellent": QT_TRANSLATE_NOOP("ProposalDetailPanel", "评为优秀提案"),
}
STEPS = ("review", "dmc", "assign", "answer", "view", "excellent", "form")


def next_steps(status: str) -> set[str]:
    """The steps the rules allow from ``status`` (R37.1, R38.1, R40.1), as button keys."""
    allowed = allowed_transitions(status)
    steps = {"form"}
    if REGISTERED in allowed:
        steps.add("review")
    if DMC_PASSED in allowed:
        steps.add("dmc")
    if ASSIGNED in allowed and status == DMC_PASSED:
        steps.add("assign")
    if ANSWERED in allowed:
        steps.add("answer")
    if status == ANSWERED:
        steps.add("view")
    if status not in (SUBMITTED, "merged", "opinion"):
        steps.add("excellent")
    return steps


class ProposalDetailPanel(QWidget):
    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(scrolling(self.text), 1)
        grid = QGridLayout()
        captions = (
            self.tr("审查…"),
            self.tr("民管会通过"),
            self.tr("交办…"),
            self.tr("录入答复…"),
            self.tr("提案人意见…"),
            self.tr("评为优秀"),
            self.tr("打印提案表…"),
        )
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, caption) in enumerate(zip(STEPS, captions, strict=True)):
            button = QPushButton(caption)
            button.clicked.connect(lambda _=False, k=key: self.step_requested.emit(k))
            grid.addWidget(button, i // 4, i % 4)
            self.buttons[key] = button
        layout.addLayout(grid)
        self.show_detail(None)

    def show_detail(self, detail: ProposalDetail | None) -> None:
        if detail is None:
            self.text.setText(self.tr("在左侧选中一件提案，这里显示它的内容、经过和下一步。"))
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        r = detail.row
        allowed = next_steps(r.status)
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed)
        self.buttons["excellent"].setText(self.tr("取消优秀") if r.excellent else self.tr("评为优秀"))
        w = {
            "number": self.tr("第 {n} 号"),
            "kind": self.tr("性质"),
            "category": self.tr("类别"),
            "filed": self.tr("提交"),
            "status": self.tr("状态"),
            "proposers": self.tr("提案人"),
            "seconders": self.tr("附议人"),
            "late": self.tr("逾期提交"),
            "reasons": self.tr("案由"),
            "suggestions": self.tr("建议"),
            "decision": self.tr("审查意见"),
            "merged_into": self.tr("已并入第 {n} 号提案"),
            "merged_here": self.tr("并入本提案的：第 {n} 号"),
            "department": self.tr("承办部门"),
            "assisting": self.tr("协办"),
            "due": self.tr("办理期限"),
            "answer": self.tr("第 {n} 次答复"),
            "files": self.tr("附件"),
            "view": self.tr("提案人意见"),
            "waiting": self.tr("待提案人回复"),
            "steps": self.tr("经过"),
        }
        parts = [
            f"<h3>{w['number'].format(n=r.number)}　{escape(r.title)}</h3>",
            f"<p>{w['kind']}：{word(KIND_WORDS, r.kind)}　{w['category']}：{escape(r.category)}　"
            f"{w['filed']}：{r.filed_on.isoformat()}　{w['status']}："
            f"<b>{word(STATE_WORDS, r.status)}</b></p>",
            f"<p>{w['proposers']}：{escape('、'.join(r.proposers))}<br/>"
            f"{w['seconders']}：{escape('、'.join(r.seconders))}</p>",
        ]
        if r.late:
            exception = f"：{escape(detail.late_exception)}" if detail.late_exception else ""
            parts.append(f"<p style='color:#8a1020'>{w['late']}{exception}</p>")
        if detail.reasons:
            parts.append(f"<p><b>{w['reasons']}</b><br/>{escape(detail.reasons)}</p>")
        if detail.suggestions:
            parts.append(f"<p><b>{w['suggestions']}</b><br/>{escape(detail.suggestions)}</p>")
        if detail.decision_reason:
            parts.append(f"<p><b>{w['decision']}</b>：{escape(detail.decision_reason)}</p>")
        if r.merged_into:
            parts.append(f"<p>{w['merged_into'].format(n=r.merged_into)}</p>")
        if detail.merged_here:
            parts.append(f"<p>{w['merged_here'].format(n='、'.join(map(str, detail.merged_here)))}</p>")
        if r.department:
            assisting = f"（{w['assisting']}：{escape('、'.join(r.assisting))}）" if r.assisting else ""
            due = f"　{w['due']}：{r.due_on.isoformat()}" if r.due_on else ""
            parts.append(f"<p>{w['department']}：{escape(r.department)}{assisting}{due}</p>")
        for a in detail.answers:
            view = word(SATISFACTION_WORDS, a.satisfaction) if a.satisfaction else w["waiting"]
            files = "、".join(escape(name) for _id, name, _sha in a.files)
            attached = f"<br/>{w['files']}：{files}" if files else ""
            comment = f"（{escape(a.comment)}）" if a.comment else ""
            parts.append(
                f"<p><b>{w['answer'].format(n=a.round)}</b>（{escape(a.department)}，"
                f"{a.answered_on.isoformat()}）<br/>{escape(a.text)}{attached}"
                f"<br/>{w['view']}：{view}{comment}</p>"
            )
        steps = "".join(
            f"<li>{s.at.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}　{self._action(s.action)}"
            f"{self._source(s.data)}　<span style='color:#555'>{escape(s.actor)}</span></li>"
            for s in detail.timeline
        )
        parts.append(f"<p><b>{w['steps']}</b></p><ol>{steps}</ol>")
        self.text.setText("".join(parts))

    def _source(self, data: dict[str, object]) -> str:
        """Where an imported form came from: the file and its row."""
        if "source_file" not in data:
            return ""
        return escape(
            self.tr("（{file} 第 {row} 行）").format(file=data["source_file"], row=data.get("row", ""))
        )

    @staticmethod
    def _action(action: str) -> str:
        return (
            QCoreApplication.translate("ProposalDetailPanel", ACTIONS[action])
            if action in ACTIONS
            else action
        )
