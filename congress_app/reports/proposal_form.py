"""提案表 — a filled proposal form for the proposers' and seconders' signatures (第三十五–三十六条)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from congress_app.reports.layout import (
    PageSpec,
    build_pdf,
    cell,
    data_table,
    frame_width,
    para,
    signature_table,
    styles,
)

RULE_IDS = ("R35.1", "R36.1")


@dataclass(frozen=True)
class ProposalFormData:
    school: str
    congress: str  # e.g. 第九届教职工代表大会第二次会议
    number: int
    title: str
    kind: str  # 一般提案 / 重要提案 (words)
    category: str
    filed_on: date
    proposers: tuple[str, ...]  # "name（unit）"
    seconders: tuple[str, ...]
    reasons: str
    suggestions: str
    seconders_needed: int  # R36.1 minimum, printed on the form
    status_note: str = ""  # e.g. 逾期提交，作为意见处理


def build_proposal_form_pdf(data: ProposalFormData, out: Path | str | BinaryIO) -> None:
    s = styles()
    width = frame_width()
    label_w = 26 * mm
    rows = [
        [
            cell("提案编号", s.cell_center),
            cell(f"第 {data.number} 号", s.cell),
            cell("提交日期", s.cell_center),
            cell(f"{data.filed_on.year}年{data.filed_on.month}月{data.filed_on.day}日", s.cell),
        ],
        [
            cell("提案性质", s.cell_center),
            cell(data.kind, s.cell),
            cell("类别", s.cell_center),
            cell(data.category, s.cell),
        ],
        [cell("提案标题", s.cell_center), para(data.title, s.body), "", ""],
        [cell("提案人", s.cell_center), para("、".join(data.proposers), s.body), "", ""],
        [
            cell(f"附议人\n（{data.seconders_needed}人以上）", s.cell_center),
            para("、".join(data.seconders), s.body),
            "",
            "",
        ],
        [cell("案由", s.cell_center), para(data.reasons or " ", s.prose), "", ""],
        [cell("建议", s.cell_center), para(data.suggestions or " ", s.prose), "", ""],
    ]
    half = (width - 2 * label_w) / 2
    spans = [("SPAN", (1, r), (3, r)) for r in range(2, 7)]
    table = data_table(
        rows,
        [label_w, half, label_w, half],
        header_rows=0,
        row_heights=[9 * mm, 9 * mm, 14 * mm, 14 * mm, 18 * mm, 62 * mm, 62 * mm],
        extra=[
            *spans,
            ("BACKGROUND", (0, 0), (0, -1), "#e8ecf2"),
            ("BACKGROUND", (2, 0), (2, 1), "#e8ecf2"),
            ("VALIGN", (1, 5), (1, 6), "TOP"),
        ],
    )
    story = [
        para(f"{data.school}{data.congress}", s.subtitle),
        para("提 案 表", s.title),
        Spacer(1, 4 * mm),
        table,
    ]
    if data.status_note:
        story += [Spacer(1, 2 * mm), para(data.status_note, s.small)]
    story += [
        Spacer(1, 6 * mm),
        para("提案人、附议人签名：", s.body),
        signature_table(["提案人", "附议人", "附议人"], width),
        Spacer(1, 4 * mm),
        para(
            "说明：一般提案由一名代表提出，三名以上代表附议；重要提案由一名或多名代表提出，"
            "十名以上代表附议（第三十六条）。提案表应在会前两周报送工会（第三十五条第二款）。",
            s.small,
        ),
    ]
    build_pdf(
        out,
        story,
        PageSpec(
            school=data.school,
            title=f"提案表 第{data.number}号",
            rule_ids=RULE_IDS,
            generated_on=data.filed_on,
            kind="TA",
            subject=f"{data.school}{data.congress}提案",
        ),
    )
