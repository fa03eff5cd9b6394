"""提案工作报告 — the proposal committee's report to the session (第三十九条): counts by status,
category, department, satisfaction and timeliness, with charts, and the list of proposals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from congress_app.reports.layout import (
    HBarChart,
    PageLabels,
    PageSpec,
    SealBlock,
    build_pdf,
    cell,
    data_table,
    fmt_date,
    fmt_pct,
    frame_width,
    para,
    styles,
)

RULE_IDS = ("R37.1", "R38.1", "R39.1", "R40.1")
BAR = colors.HexColor("#3a6ea5")


@dataclass(frozen=True)
class ReportRow:
    number: int
    title: str
    proposers: str
    category: str
    status: str  # words
    department: str
    satisfaction: str  # words or ""


@dataclass(frozen=True)
class ProposalReportData:
    school: str
    congress: str
    held_on: date
    generated_on: date
    total: int
    by_status: tuple[tuple[str, int], ...]  # (words, count)
    by_kind: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_department: tuple[tuple[str, int], ...]
    by_satisfaction: tuple[tuple[str, int], ...]
    answered_in_time: int
    answered_late: int
    overdue: int
    late_forms: int
    second_answers: int
    excellent: tuple[str, ...]  # "第N号 title（proposers）"
    rows: tuple[ReportRow, ...]


def bar_chart(pairs: tuple[tuple[str, int], ...], width: float, title: str) -> HBarChart:
    """A horizontal bar per (label, count), labels and figures in the embedded font."""
    return HBarChart(pairs, width, title, color=BAR)


def _counts_table(pairs: tuple[tuple[str, int], ...], total: int, head: str, width: float):
    s = styles()
    rows: list[list[object]] = [
        [cell(head, s.cell_center), cell("件数", s.cell_center), cell("占比", s.cell_center)]
    ]
    rows += [[cell(k, s.cell), str(v), fmt_pct(v, total)] for k, v in pairs]
    return data_table(
        rows, [width * 0.5, width * 0.25, width * 0.25], extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    )


def build_proposal_report_pdf(data: ProposalReportData, out: Path | str | BinaryIO) -> None:
    s = styles()
    width = frame_width()
    answered = data.answered_in_time + data.answered_late
    summary = (
        f"本次会议共收到提案 {data.total} 件，其中逾期提交 {data.late_forms} 件。经提案工作委员会审查，"
        + "，".join(f"{k} {v} 件" for k, v in data.by_status if v)
        + "。"
        f"已答复的提案中，按期答复 {data.answered_in_time} 件（{fmt_pct(data.answered_in_time, answered)}），"
        f"逾期答复 {data.answered_late} 件；目前逾期未答复 {data.overdue} 件；"
        f"因提案人不满意而再次答复 {data.second_answers} 件。"
    )
    story: list = [
        para(f"{data.school}{data.congress}", s.subtitle),
        para("关于提案工作情况的报告", s.title),
        Spacer(1, 3 * mm),
        para(summary, s.prose),
        KeepTogether(
            [
                para("一、提案处理情况", s.heading),
                _counts_table(data.by_status, data.total, "处理状态", width),
                Spacer(1, 2 * mm),
                bar_chart(data.by_status, width, "按处理状态"),
            ]
        ),
        KeepTogether(
            [
                para("二、提案类别", s.heading),
                _counts_table(data.by_category, data.total, "类别", width),
                Spacer(1, 2 * mm),
                bar_chart(data.by_category, width, "按类别"),
            ]
        ),
        KeepTogether(
            [
                para("三、承办部门", s.heading),
                _counts_table(data.by_department, sum(v for _k, v in data.by_department), "主办部门", width),
            ]
        ),
        KeepTogether(
            [
                para("四、提案人满意度", s.heading),
                _counts_table(
                    data.by_satisfaction, sum(v for _k, v in data.by_satisfaction), "满意度", width
                ),
                Spacer(1, 2 * mm),
                bar_chart(data.by_satisfaction, width, "提案人对答复的意见"),
            ]
        ),
    ]
    if data.excellent:
        story += [para("五、优秀提案", s.heading)] + [para(e, s.body) for e in data.excellent]
    # the committee signs the report; the list follows as its attachment (公文: 附件 after 落款)
    story += [
        Spacer(1, 6 * mm),
        SealBlock("提案工作委员会", fmt_date(data.generated_on, PageLabels()), width=width),
        CondPageBreak(40 * mm),
        para("附：提案一览", s.heading),
    ]
    rows: list[list[object]] = [
        [cell(h, s.cell_center) for h in ("编号", "提案标题", "提案人", "类别", "状态", "主办部门", "满意度")]
    ]
    rows += [
        [
            str(r.number),
            cell(r.title, s.cell),
            cell(r.proposers, s.cell),
            cell(r.category, s.cell),
            cell(r.status, s.cell),
            cell(r.department, s.cell),
            cell(r.satisfaction, s.cell),
        ]
        for r in data.rows
    ]
    story.append(
        data_table(
            rows,
            [w * width for w in (0.07, 0.31, 0.14, 0.11, 0.11, 0.14, 0.12)],
            extra=[("ALIGN", (0, 1), (0, -1), "CENTER")],
        )
    )
    build_pdf(
        out,
        story,
        PageSpec(
            school=data.school,
            title="关于提案工作情况的报告",
            rule_ids=RULE_IDS,
            generated_on=data.generated_on,
            kind="TB",
            subject=f"{data.school}{data.congress}提案工作报告",
        ),
    )
