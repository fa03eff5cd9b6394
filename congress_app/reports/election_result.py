"""选举结果报告单 — the result of one unit election round (R14.0–R14.5)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from congress_app.reports.layout import (
    FAIL_COLOR,
    PASS_COLOR,
    PageLabels,
    PageSpec,
    SealBlock,
    build_pdf,
    cell,
    data_table,
    fmt_date,
    fmt_pct,
    font_table,
    frame_width,
    heading_number,
    key_value_table,
    para,
    seal_line,
    styles,
    unbroken_list,
)
from congress_app.reports.numerals import chinese_numeral
from congress_app.rules.elections import (
    elects,
    passing_threshold,
    turnout_minimum,
    turnout_reached,
)

RULE_IDS = ("R14.0–R14.5",)
ELECTED, RUNOFF, NOT_ELECTED = "elected", "runoff", "not_elected"
OUTCOMES = (ELECTED, RUNOFF, NOT_ELECTED)


@dataclass(frozen=True)
class CandidateResult:
    name: str
    yes: int
    outcome: str  # ELECTED | RUNOFF (tie at the last seat, R14.4) | NOT_ELECTED


@dataclass(frozen=True)
class ElectionResultData:
    school: str
    unit: str
    round_no: int  # 1 for the first round
    runoff: bool  # this round is a 另行选举 (R14.4, R14.5)
    seats: int  # seats to fill in this round
    electorate: int  # E: the unit's on-duty staff on the election date (R14.3)
    ballots_issued: int
    ballots_returned: int
    ballots_invalid: int
    candidates: tuple[CandidateResult, ...]  # in the order to print (usually by votes)
    election_date: date
    election_name: str | None = None  # e.g. "第三届教职工代表大会代表选举"
    void: bool = False  # e.g. more ballots returned than issued (R14.2)
    void_reason: str | None = None
    quorum_rule: bool = True  # R14.0 applied; switched off only with a recorded reason
    quorum_waiver_reason: str | None = None
    generated_on: date | None = None
    runoff_kind: str | None = None  # for a 另行选举: why — "tie" (R14.4) or "further" (R14.5)
    seal: str | None = None  # the stored record's seal, short form (R15.2)

    def __post_init__(self) -> None:
        if self.runoff_kind not in (None, "tie", "further"):
            raise ValueError("runoff_kind must be None, 'tie' or 'further'")
        if any(c.outcome not in OUTCOMES for c in self.candidates):
            raise ValueError(f"candidate outcomes must be among {OUTCOMES}")
        if not 0 <= self.ballots_invalid <= self.ballots_returned:
            raise ValueError("invalid ballots must be between 0 and the ballots returned")
        if len(self.elected) > self.seats:
            raise ValueError("more candidates elected than seats")
        if self.void and self.elected:
            raise ValueError("a void round elects nobody")

    @property
    def ballots_valid(self) -> int:
        return self.ballots_returned - self.ballots_invalid

    @property
    def threshold(self) -> int:
        """Fewest yes votes that elect: more than half of E (R14.3: ``2 × yes > E``)."""
        return passing_threshold(self.electorate)

    @property
    def quorum_met(self) -> bool:
        """R14.0: at least two thirds of the electorate voted (``3 × returned ≥ 2 × E``)."""
        return turnout_reached(self.electorate, self.ballots_returned)

    @property
    def quorum_min(self) -> int:
        """Fewest ballots returned that satisfy R14.0: ``ceil(2 × E / 3)``."""
        return turnout_minimum(self.electorate)

    @property
    def elected(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.candidates if c.outcome == ELECTED)

    @property
    def unfilled(self) -> int:
        return self.seats - len(self.elected)


@dataclass(frozen=True)
class ElectionResultLabels:
    title: str = "选举结果报告单"
    several: str = "{title}（共{n}份）"  # the title of a document holding several sheets
    unit: str = "选举单位"
    round: str = "轮次"
    round_no: str = "第{cn}轮"  # {cn}: the number in Chinese (第二轮, as on the ballots); {n}: digits
    runoff: str = "（另行选举）"
    runoff_kinds: tuple[str, str] = ("（另行选举 · 得票相同）", "（另行选举 · 补足缺额）")
    date: str = "选举日期"
    seats: str = "应选名额"
    electorate: str = "教职工人数（E）"
    issued: str = "发出选票"
    returned: str = "收回选票"
    invalid: str = "无效票"
    valid: str = "有效票"
    turnout: str = "投票率"
    quorum: str = "参加投票（惯例做法，非规范条文）"
    quorum_met: str = "达到全体教职工三分之二（至少 {min} 张）"
    quorum_missed: str = "不足全体教职工三分之二（至少需 {min} 张）"
    quorum_off: str = "本次未适用（理由：{reason}）"
    threshold: str = "当选票数（第十四条第二款）"
    threshold_text: str = "得票须超过本单位全体教职工半数，即不少于 {min} 票"
    count: str = "{n} 张"
    seats_n: str = "{n} 名"
    people: str = "{n} 人"
    void_banner: str = "本轮选举无效：{reason}"
    table: str = "候选人得票情况"
    columns: tuple[str, ...] = ("序号", "候选人", "得票数", "占全体教职工", "超过半数", "结果")
    yes: str = "是"
    no: str = "否"
    outcome_names: tuple[str, str, str] = ("当选", "进入另行选举", "未当选")
    summary_elected: str = "当选代表 {n} 名："  # followed by the names
    summary_none: str = "本轮无人当选。"
    summary_runoff: str = "尚缺 {n} 名："  # followed by the tied names and summary_runoff_tail
    summary_runoff_tail: str = "得票相同，均不当选，应在其中另行选举。"
    summary_unfilled: str = "尚缺 {n} 名，可在未当选的候选人中另行选举，或留待日后补选（第十九条）。"
    summary_full: str = "应选名额已全部选出。"
    summary_void: str = "本轮选举无效，须重新选举。"
    name_separator: str = "、"
    signatures: tuple[str, ...] = ("总监票人：", "监票人：", "计票人：")
    sign_date: str = "日期："
    seal_body: str = "{unit}"  # who seals the sheet (the unit holding the election)
    subject: str = "{election}：{unit}{round}选举结果"
    page: PageLabels = field(default_factory=PageLabels)

    def outcome_name(self, outcome: str) -> str:
        return self.outcome_names[OUTCOMES.index(outcome)]


def _runoff_text(data: ElectionResultData, labels: ElectionResultLabels) -> str:
    if not data.runoff:
        return ""
    if data.runoff_kind is None:
        return labels.runoff
    return labels.runoff_kinds[0 if data.runoff_kind == "tie" else 1]


def _facts(data: ElectionResultData, labels: ElectionResultLabels) -> list[tuple[str, str]]:
    """The counts (two pairs a row), then the two rule checks (a row each)."""
    round_text = labels.round_no.format(n=data.round_no, cn=chinese_numeral(data.round_no)) + _runoff_text(
        data, labels
    )
    if not data.quorum_rule:
        quorum = labels.quorum_off.format(reason=data.quorum_waiver_reason or "—")
    else:
        quorum = (labels.quorum_met if data.quorum_met else labels.quorum_missed).format(min=data.quorum_min)
    return [
        (labels.unit, data.unit),
        (labels.round, round_text),
        (labels.seats, labels.seats_n.format(n=data.seats)),
        (labels.date, fmt_date(data.election_date, labels.page)),
        (labels.electorate, labels.people.format(n=data.electorate)),
        (labels.issued, labels.count.format(n=data.ballots_issued)),
        (labels.returned, labels.count.format(n=data.ballots_returned)),
        (labels.invalid, labels.count.format(n=data.ballots_invalid)),
        (labels.valid, labels.count.format(n=data.ballots_valid)),
        (labels.turnout, fmt_pct(data.ballots_returned, data.electorate)),
        (labels.quorum, quorum),
        (labels.threshold, labels.threshold_text.format(min=data.threshold)),
    ]


def _candidate_table(data: ElectionResultData, labels: ElectionResultLabels, width: float) -> Table:
    s = styles()
    rows: list[list[object]] = [[cell(h, s.cell_center) for h in labels.columns]]
    extra: list[tuple] = [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (3, -1), "RIGHT"),
        ("ALIGN", (4, 1), (5, -1), "CENTER"),
    ]
    for i, c in enumerate(data.candidates, start=1):
        over_half = elects(c.yes, data.electorate)
        rows.append(
            [
                str(i),
                cell(c.name, s.cell),
                str(c.yes),
                fmt_pct(c.yes, data.electorate),
                labels.yes if over_half else labels.no,
                labels.outcome_name(c.outcome),
            ]
        )
        if c.outcome == ELECTED:
            extra.append(("TEXTCOLOR", (5, i), (5, i), PASS_COLOR))
            extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef7ee")))
        elif c.outcome == RUNOFF:
            extra.append(("TEXTCOLOR", (5, i), (5, i), colors.HexColor("#8a5a00")))
    widths = [0.08, 0.27, 0.14, 0.17, 0.14, 0.20]
    return data_table(rows, [w * width for w in widths], font_size=10, row_heights=None, extra=extra)


def _summary(data: ElectionResultData, labels: ElectionResultLabels, width: float) -> list[Flowable]:
    """Who was elected (the names never cut across lines), then what happens to the seats left:
    a tie at the last seat goes to a runoff among the tied (R14.4); other unfilled seats may be
    filled by a further round (R14.5) or a later by-election (R19.1)."""
    s = styles()
    if data.void:
        return [para(labels.summary_void, s.body)]
    sep = labels.name_separator
    out: list[Flowable] = [
        unbroken_list(
            labels.summary_elected.format(n=len(data.elected)), data.elected, s.body, width, separator=sep
        )
        if data.elected
        else para(labels.summary_none, s.body)
    ]
    tied = tuple(c.name for c in data.candidates if c.outcome == RUNOFF)
    if tied:
        out.append(
            unbroken_list(
                labels.summary_runoff.format(n=data.unfilled),
                tied,
                s.body,
                width,
                separator=sep,
                tail=labels.summary_runoff_tail,
            )
        )
    elif data.unfilled:
        out.append(para(labels.summary_unfilled.format(n=data.unfilled), s.body))
    else:
        out.append(para(labels.summary_full, s.body))
    return out


def election_result_story(data: ElectionResultData, labels: ElectionResultLabels) -> list[Flowable]:
    s = styles()
    width = frame_width()
    story: list[Flowable] = [para(labels.title, s.title)]
    if data.election_name:
        story.append(para(data.election_name, s.subtitle))
    facts = _facts(data, labels)
    story += [
        Spacer(1, 4),
        key_value_table(facts[:-2], width),
        key_value_table(facts[-2:], width, columns=1, label_share=0.3),
    ]
    if data.void:
        void_style = ParagraphStyle("void", parent=s.body, fontSize=12, leading=17, textColor=FAIL_COLOR)
        banner = font_table(
            [[para(labels.void_banner.format(reason=data.void_reason or "—"), void_style)]],
            [width],
            [
                ("BOX", (0, 0), (-1, -1), 1.2, FAIL_COLOR),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecee")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        )
        story += [Spacer(1, 8), banner]
    story += [
        para(heading_number(1, 1) + labels.table, s.heading),
        _candidate_table(data, labels, width),
        Spacer(1, 6),
        *_summary(data, labels, width),
    ]
    closing: list[Flowable] = [
        Spacer(1, 16),
        SealBlock(
            labels.seal_body.format(unit=data.unit),
            fmt_date(data.election_date, labels.page),
            signers=labels.signatures,
            width=width,
        ),
    ]
    if data.seal:
        closing += [Spacer(1, 10), seal_line(data.seal, labels.page)]
    story.append(KeepTogether(closing))
    return story


def build_election_result_pdf(
    data: ElectionResultData, out: Path | BinaryIO, *, labels: ElectionResultLabels | None = None
) -> None:
    labels = labels or ElectionResultLabels()
    build_pdf(out, election_result_story(data, labels), _spec(data, labels, labels.title))


def _spec(data: ElectionResultData, labels: ElectionResultLabels, title: str) -> PageSpec:
    round_text = labels.round_no.format(n=data.round_no, cn=chinese_numeral(data.round_no))
    subject = labels.subject.format(
        election=data.election_name or labels.title, unit=data.unit, round=round_text
    )
    return PageSpec(
        data.school, title, RULE_IDS, data.generated_on, labels=labels.page, subject=subject, kind="JG"
    )


def build_election_results_pdf(
    sheets: list[ElectionResultData], out: Path | BinaryIO, *, labels: ElectionResultLabels | None = None
) -> None:
    """Several result sheets in one document, each on its own pages."""
    if not sheets:
        raise ValueError("no result sheets")
    labels = labels or ElectionResultLabels()
    story: list[Flowable] = []
    for i, data in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += election_result_story(data, labels)
    spec = _spec(
        sheets[0],
        labels,
        labels.title if len(sheets) == 1 else labels.several.format(title=labels.title, n=len(sheets)),
    )
    build_pdf(
        out,
        story,
        PageSpec(
            spec.school,
            spec.title,
            RULE_IDS,
            spec.generated_on,
            labels=labels.page,
            kind="JG",
            subject=f"{sheets[0].election_name or labels.title}：{len(sheets)}份",
        ),
    )
