"""代表资格审查报告 — the credentials committee's report (R12.1, R13.5, R13.6, R14, R15.1)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from congress_app.norms import article_citation
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
    frame_width,
    key_value_table,
    para,
    seal_line,
    styles,
)

RULE_IDS = ("R12.1", "R13.5", "R13.6", "R14", "R15.1")
TEACHING, WOMEN, YOUTH, LEADERS = "teaching", "women", "youth", "leaders"
CHECK_KINDS = (TEACHING, WOMEN, YOUTH, LEADERS)


@dataclass(frozen=True)
class BodyTotals:
    on_duty_staff: int  # N (R13.1)
    teaching_staff: int
    women_staff: int
    youth_staff: int
    seats: int  # the chosen total T
    delegates: int  # formal delegates elected and reviewed (D)


@dataclass(frozen=True)
class CompositionCheck:
    kind: str  # TEACHING | WOMEN | YOUTH (R13.5) | LEADERS (R13.6)
    actual: int  # delegates of that kind; LEADERS: leaders who are formal delegates
    required: int  # the minimum count the rule asks for (LEADERS: number of leader posts)
    rule_id: str
    missing: tuple[str, ...] = ()  # LEADERS: e.g. ("校长 王某",) — posts without a delegate

    def __post_init__(self) -> None:
        if self.kind not in CHECK_KINDS:
            raise ValueError(f"check kind must be one of {CHECK_KINDS}")

    @property
    def passed(self) -> bool:
        return self.actual >= self.required and not self.missing


@dataclass(frozen=True)
class DelegateEligibility:
    unit: str
    name: str
    category: str  # 岗位类别: 教学 / 科研 / 管理 / 教辅 / 工勤
    eligible: bool  # R12.1
    note: str = ""


@dataclass(frozen=True)
class UnitProcedure:
    """The committee's review of one unit's election procedure (R14)."""

    unit: str
    seats: int
    elected: int
    compliant: bool
    note: str = ""


@dataclass(frozen=True)
class CredentialsData:
    school: str
    congress: str  # e.g. "第三届教职工代表大会"
    totals: BodyTotals
    checks: tuple[CompositionCheck, ...]
    delegates: tuple[DelegateEligibility, ...]
    report_date: date
    procedures: tuple[UnitProcedure, ...] = ()
    conclusion: str | None = None  # the committee's own words; None: a standard sentence
    youth_age_limit: int = 35
    generated_on: date | None = None
    seal: str | None = None  # the approved review's seal, short form (R15.2)
    title: str | None = None  # None: labels.title; e.g. 补选代表资格审查报告 for a supplement

    @property
    def ineligible(self) -> tuple[DelegateEligibility, ...]:
        return tuple(d for d in self.delegates if not d.eligible)

    @property
    def all_clear(self) -> bool:
        return (
            all(c.passed for c in self.checks)
            and not self.ineligible
            and all(p.compliant for p in self.procedures)
        )


@dataclass(frozen=True)
class CredentialsLabels:
    title: str = "代表资格审查报告"
    totals: str = "一、基本情况"
    on_duty_staff: str = "在岗教职工"
    teaching_staff: str = "其中教学人员"
    women_staff: str = "其中女性"
    youth_staff: str = "其中青年（≤{age}岁）"
    seats: str = "代表名额"
    delegates: str = "当选代表"
    people: str = "{n} 人"
    seats_n: str = "{n} 名"
    composition: str = "二、代表构成审查"
    check_columns: tuple[str, ...] = ("检查项目", "实际", "要求", "结果", "依据")
    check_names: tuple[str, str, str, str] = ("教学人员代表", "女代表", "青年代表", "党政工主要负责人")
    actual_share: str = "{n} 名（{pct}）"
    actual_leaders: str = "{n} / {required} 人"
    required_teaching: str = "不少于代表总数的60%，即 ≥ {required} 名"
    required_share: str = "与在岗教职工中的比例（{share}）相应，≥ {required} 名"
    required_leaders: str = "党委书记、校长、工会主席均为正式代表"
    passed: str = "通过"
    failed: str = "未通过"
    procedures: str = "三、选举程序审查"
    procedure_columns: tuple[str, ...] = ("选举单位", "应选", "当选", "程序", "说明")
    compliant: str = "合规"
    not_compliant: str = "不合规"
    eligibility: str = "四、代表资格审查"
    delegate_columns: tuple[str, ...] = ("序号", "选举单位", "姓名", "类别", "资格", "说明")
    eligible: str = "有效"
    not_eligible: str = "不符"
    problems: str = "五、存在的问题"
    no_problems: str = "未发现问题。"
    fail_teaching: str = (
        "教学人员代表 {actual} 名，占代表总数 {pct}，低于60%（应不少于 {required} 名，差 {gap} 名）。"
    )
    fail_share: str = (
        "{name} {actual} 名，少于按在岗教职工中比例（{share}）应有的 {required} 名，差 {gap} 名。"
    )
    fail_leaders: str = "下列主要负责人尚不是正式代表：{missing}。"
    # the notes often end in a rule id in brackets: no brackets around them (“（…（R12.1））”)
    fail_delegate: str = "{unit} {name}：代表资格不符，{note}。"
    fail_procedure: str = "{unit}：选举程序不合规，{note}。"
    conclusion: str = "六、审查结论"
    conclusion_clear: str = (
        "经审查，{n} 名当选代表资格均符合规范，各选举单位选举程序合法有效，"
        "代表构成符合要求。建议确认上述代表资格，并予张榜公布。"
    )
    conclusion_issues: str = "经审查，{findings}。上述问题须补正后，再行确认代表资格并张榜公布。"
    conclusion_delegates_ok: str = "{ok} 名代表资格均有效"
    conclusion_delegates_bad: str = "{ok} 名代表资格有效，{bad} 名资格不符"
    conclusion_checks_failed: str = "代表构成与选举程序有 {k} 项未通过审查"
    conclusion_separator: str = "；"
    committee: str = "代表资格审查委员会"
    chair: str = "主任委员："
    subject: str = "{school}{congress}代表资格审查"
    page: PageLabels = field(default_factory=PageLabels)


def _staff_count(totals: BodyTotals, kind: str) -> int:
    return {TEACHING: totals.teaching_staff, WOMEN: totals.women_staff, YOUTH: totals.youth_staff}[kind]


def _check_cells(c: CompositionCheck, d: CredentialsData, labels: CredentialsLabels) -> list[str]:
    name = labels.check_names[CHECK_KINDS.index(c.kind)]
    if c.kind == LEADERS:
        actual = labels.actual_leaders.format(n=c.actual, required=c.required)
        required = labels.required_leaders
    else:
        actual = labels.actual_share.format(n=c.actual, pct=fmt_pct(c.actual, d.totals.delegates))
        share = fmt_pct(_staff_count(d.totals, c.kind), d.totals.on_duty_staff)
        template = labels.required_teaching if c.kind == TEACHING else labels.required_share
        required = template.format(required=c.required, share=share)
    return [name, actual, required, labels.passed if c.passed else labels.failed, c.rule_id]


def _problems(d: CredentialsData, labels: CredentialsLabels) -> list[str]:
    out = []
    for c in d.checks:
        if c.passed:
            continue
        gap = c.required - c.actual
        if c.kind == LEADERS:
            out.append(labels.fail_leaders.format(missing="、".join(c.missing)))
        elif c.kind == TEACHING:
            out.append(
                labels.fail_teaching.format(
                    actual=c.actual, required=c.required, gap=gap, pct=fmt_pct(c.actual, d.totals.delegates)
                )
            )
        else:
            out.append(
                labels.fail_share.format(
                    name=labels.check_names[CHECK_KINDS.index(c.kind)],
                    actual=c.actual,
                    required=c.required,
                    gap=gap,
                    share=fmt_pct(_staff_count(d.totals, c.kind), d.totals.on_duty_staff),
                )
            )
    out += [_with_note(labels.fail_procedure, p.note, unit=p.unit) for p in d.procedures if not p.compliant]
    out += [_with_note(labels.fail_delegate, x.note, unit=x.unit, name=x.name) for x in d.ineligible]
    return out


def _with_note(template: str, note: str, **fields: str) -> str:
    """Fill ``template``; without a note, drop ``{note}`` and the punctuation before it."""
    if not note:
        template = re.sub(r"[，,;；:：]?\s*\{note\}", "", template)
    return template.format(note=note, **fields)


def _conclusion(d: CredentialsData, labels: CredentialsLabels) -> str:
    if d.conclusion:
        return d.conclusion
    if d.all_clear:
        return labels.conclusion_clear.format(n=len(d.delegates))
    failed = sum(not c.passed for c in d.checks) + sum(not p.compliant for p in d.procedures)
    bad = len(d.ineligible)
    ok = len(d.delegates) - bad
    findings = [
        (labels.conclusion_delegates_bad if bad else labels.conclusion_delegates_ok).format(ok=ok, bad=bad)
    ]
    if failed:  # no "0 项未通过" when only a delegate's eligibility failed
        findings.append(labels.conclusion_checks_failed.format(k=failed))
    return labels.conclusion_issues.format(findings=labels.conclusion_separator.join(findings))


def _verdict_colors(col: int, verdicts: list[bool], *, passes: bool = True) -> list[tuple]:
    """Colour column ``col`` of the body rows by verdict (passes green only if asked)."""
    return [
        ("TEXTCOLOR", (col, r), (col, r), PASS_COLOR if ok else FAIL_COLOR)
        for r, ok in enumerate(verdicts, start=1)
        if passes or not ok
    ]


def build_credentials_pdf(
    data: CredentialsData, out: Path | BinaryIO, *, labels: CredentialsLabels | None = None
) -> None:
    build_credentials_pdfs([data], out, labels=labels)


def build_credentials_pdfs(
    reports: list[CredentialsData], out: Path | BinaryIO, *, labels: CredentialsLabels | None = None
) -> None:
    """One or more reports (the original review, then supplements) in one document."""
    if not reports:
        raise ValueError("no credentials reports")
    labels = labels or CredentialsLabels()
    story: list[Flowable] = []
    for i, data in enumerate(reports):
        story += ([PageBreak()] if i else []) + credentials_story(data, labels)
    first = reports[0]
    build_pdf(
        out,
        story,
        PageSpec(
            first.school,
            first.title or labels.title,
            RULE_IDS,
            first.generated_on,
            labels=labels.page,
            kind="ZG",
            subject=labels.subject.format(school=first.school, congress=first.congress),
        ),
    )


def credentials_story(data: CredentialsData, labels: CredentialsLabels) -> list[Flowable]:
    s = styles()
    width = frame_width()
    t = data.totals
    title = data.title or labels.title
    story: list[Flowable] = [para(title, s.title), para(f"{data.school}{data.congress}", s.subtitle)]

    story += [
        para(labels.totals, s.heading),
        key_value_table(
            [
                (labels.on_duty_staff, labels.people.format(n=t.on_duty_staff)),
                (
                    labels.teaching_staff,
                    f"{labels.people.format(n=t.teaching_staff)}"
                    f"（{fmt_pct(t.teaching_staff, t.on_duty_staff)}）",
                ),
                (
                    labels.women_staff,
                    f"{labels.people.format(n=t.women_staff)}（{fmt_pct(t.women_staff, t.on_duty_staff)}）",
                ),
                (
                    labels.youth_staff.format(age=data.youth_age_limit),
                    f"{labels.people.format(n=t.youth_staff)}（{fmt_pct(t.youth_staff, t.on_duty_staff)}）",
                ),
                (labels.seats, labels.seats_n.format(n=t.seats)),
                (labels.delegates, labels.seats_n.format(n=t.delegates)),
            ],
            width,
        ),
    ]

    rows: list[list[object]] = [[cell(h, s.cell_center) for h in labels.check_columns]]
    for c in data.checks:
        name, actual, required, verdict, rule = _check_cells(c, data, labels)
        rows.append(
            [
                cell(name, s.cell),
                cell(actual, s.cell),
                cell(required, s.cell),
                verdict,
                cell(article_citation(rule) or "—", s.cell_center),
            ]
        )
    story += [
        para(labels.composition, s.heading),
        data_table(
            rows,
            [w * width for w in (0.18, 0.16, 0.41, 0.09, 0.16)],
            extra=[
                ("ALIGN", (3, 1), (4, -1), "CENTER"),
                *_verdict_colors(3, [c.passed for c in data.checks]),
            ],
        ),
    ]

    if data.procedures:
        rows = [list[object](labels.procedure_columns)]
        rows += [
            [
                cell(p.unit, s.cell),
                str(p.seats),
                str(p.elected),
                labels.compliant if p.compliant else labels.not_compliant,
                cell(p.note, s.cell),
            ]
            for p in data.procedures
        ]
        story += [
            para(labels.procedures, s.heading),
            data_table(
                rows,
                [w * width for w in (0.3, 0.1, 0.1, 0.12, 0.38)],
                extra=[
                    ("ALIGN", (1, 1), (3, -1), "CENTER"),
                    *_verdict_colors(3, [p.compliant for p in data.procedures], passes=False),
                ],
            ),
        ]

    rows = [list[object](labels.delegate_columns)]
    rows += [
        [
            str(i),
            cell(x.unit, s.cell),
            cell(x.name, s.cell),
            x.category,
            labels.eligible if x.eligible else labels.not_eligible,
            cell(x.note, s.cell),
        ]
        for i, x in enumerate(data.delegates, start=1)
    ]
    story += [
        para(labels.eligibility, s.heading),
        data_table(
            rows,
            [w * width for w in (0.07, 0.27, 0.14, 0.1, 0.1, 0.32)],
            extra=[
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (3, 1), (4, -1), "CENTER"),
                *_verdict_colors(4, [x.eligible for x in data.delegates], passes=False),
            ],
        ),
    ]

    problems = _problems(data, labels)
    story.append(para(labels.problems, s.heading))
    story += [para(f"{i}. {p}", s.body) for i, p in enumerate(problems, start=1)] or [
        para(labels.no_problems, s.body)
    ]

    signature = SealBlock(
        labels.committee, fmt_date(data.report_date, labels.page), signers=(labels.chair,), width=width
    )
    story.append(
        KeepTogether(
            [
                para(labels.conclusion, s.heading),
                para(_conclusion(data, labels), s.prose),
                Spacer(1, 18),
                signature,
                *([Spacer(1, 12), seal_line(data.seal, labels.page)] if data.seal else []),
            ]
        )
    )
    return story
