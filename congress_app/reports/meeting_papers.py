"""The meeting day's papers: the sign-in sheet by delegation (签到表), the attendance report
(代表出席情况报告, 第二十四条) and the resolutions with their voting results (决议及表决结果,
第二十五条). Plain data in; every figure printed is the stored one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from congress_app.reports.layout import (
    FAIL_COLOR,
    PASS_COLOR,
    PageLabels,
    PageSpec,
    SealBlock,
    build_pdf,
    data_table,
    fmt_date,
    frame_width,
    heading_number,
    para,
    signature_table,
    styles,
)


@dataclass(frozen=True)
class SheetLine:
    number: str
    name: str
    kind: str  # 正式 / 特邀 / 列席 (worded by the caller)
    remark: str  # e.g. 请假, 不计入应到会人数


@dataclass(frozen=True)
class SheetGroup:
    delegation: str
    lines: tuple[SheetLine, ...]


@dataclass(frozen=True)
class SignInSheetData:
    school: str
    title: str  # 某某大学第九届教职工代表大会第二次会议
    held_on: date
    groups: tuple[SheetGroup, ...]


def _right() -> ParagraphStyle:
    return ParagraphStyle("right", parent=styles().body, alignment=TA_RIGHT)


def build_sign_in_sheet_pdf(data: SignInSheetData, out: Path | BinaryIO) -> None:
    """One page (or more) per delegation, a row per delegate with room to sign."""
    s = styles()
    width = frame_width()
    widths = [12 * mm, 24 * mm, 30 * mm, 18 * mm, width - 124 * mm, 40 * mm]
    story = []
    for index, group in enumerate(data.groups):
        if index:
            story.append(PageBreak())
        story += [
            para(data.title, s.title),
            para("代表签到表", s.title),
            para(
                f"{group.delegation}　　会议日期：{fmt_date(data.held_on, PageSpec('', '', ()).labels)}"
                f"　　共 {len(group.lines)} 人",
                s.subtitle,
            ),
            Spacer(1, 4),
        ]
        rows = [["序号", "代表编号", "姓名", "类别", "本人签名", "备注"]]
        rows += [
            [str(i), line.number, line.name, line.kind, "", line.remark]
            for i, line in enumerate(group.lines, start=1)
        ]
        story.append(
            data_table(
                rows,
                widths,
                font_size=10.5,
                row_heights=[20] + [27] * len(group.lines),
                extra=[("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (3, 1), (3, -1), "CENTER")],
            )
        )
        story += [Spacer(1, 10), signature_table(("签到工作人员：", "核对人："), width, per_row=2)]
    build_pdf(
        out,
        story,
        PageSpec(
            data.school,
            data.title + "代表签到表",
            ("R24.1",),
            kind="QD",
            subject=f"{data.title}：代表签到表（{len(data.groups)}个代表团）",
        ),
    )


@dataclass(frozen=True)
class AttendanceReportData:
    school: str
    title: str
    held_on: date
    on_roll: int
    expected: int
    present: int
    on_leave: int
    absent: int
    required: int
    reached: bool
    attending_not_counted: int  # invited, observers, delegates away ≥ 6 months who came
    by_delegation: tuple[tuple[str, int, int, int, int], ...]  # name, expected, present, leave, absent
    excluded: tuple[tuple[str, str], ...]  # name, reason
    leave: tuple[tuple[str, str], ...]  # name, reason
    absent_names: tuple[str, ...]
    publisher: str
    issued_on: date


def build_attendance_report_pdf(data: AttendanceReportData, out: Path | BinaryIO) -> None:
    s = styles()
    width = frame_width()
    verdict = (
        "实到人数达到应到会代表的三分之二，符合《规范》第二十四条第一款的规定，会议有效。"
        if data.reached
        else f"实到人数不足应到会代表的三分之二（须 {data.required} 人），"
        "依《规范》第二十四条第一款，会议不能举行。"
    )
    story = [
        para(data.title, s.title),
        para("代表出席情况报告", s.title),
        Spacer(1, 8),
        para(
            f"本次会议于{fmt_date(data.held_on, PageSpec('', '', ()).labels)}举行。本届代表名册共 "
            f"{data.on_roll} 人，按《规范》第二十四条第二款，离校学习、工作满半年不能出席会议的代表不计入"
            f"应到会人数，特邀、列席代表不计入；应到会代表 {data.expected} 人，实到 {data.present} 人，"
            f"请假 {data.on_leave} 人，缺席 {data.absent} 人。{verdict}",
            s.prose,
        ),
    ]
    if data.attending_not_counted:
        story.append(para(f"另有 {data.attending_not_counted} 人出席会议，不计入应到会人数。", s.prose))
    story += [Spacer(1, 6), para("一、各代表团出席情况", s.heading)]
    rows = [["代表团", "应到", "实到", "请假", "缺席"]]
    rows += [[name, str(e), str(p), str(lv), str(a)] for name, e, p, lv, a in data.by_delegation]
    rows.append(["合计", str(data.expected), str(data.present), str(data.on_leave), str(data.absent)])
    story.append(
        data_table(
            rows,
            [width - 4 * 28 * mm] + [28 * mm] * 4,
            total_row=True,
            font_size=10,
            extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")],
        )
    )
    number = 1
    for heading, pairs in (("请假代表", data.leave), ("不计入应到会人数的代表", data.excluded)):
        if pairs:
            number += 1
            story += [
                CondPageBreak(30 * mm),
                para(f"{heading_number(1, number)}{heading}（{len(pairs)} 人）", s.heading),
                para("；".join(f"{n}（{r}）" if r else n for n, r in pairs) + "。", s.body),
            ]
    if data.absent_names:
        story += [
            para(f"{heading_number(1, number + 1)}缺席代表（{len(data.absent_names)} 人）", s.heading),
            para("、".join(data.absent_names) + "。", s.body),
        ]
    story += [
        Spacer(1, 16),
        SealBlock(data.publisher, fmt_date(data.issued_on, PageLabels()), width=width),
    ]
    build_pdf(
        out,
        story,
        PageSpec(
            data.school,
            data.title + "代表出席情况报告",
            ("R24.1", "R24.2"),
            kind="CX",
            subject=f"{data.title}：代表出席情况报告",
        ),
    )


@dataclass(frozen=True)
class ResolutionVote:
    number: int
    title: str
    resolution: str
    method: str  # 举手表决 / 无记名投票
    expected: int
    present: int
    yes: int
    no: int
    abstain: int
    needed: int
    passed: bool
    voted_at: datetime  # local time
    seal: str


@dataclass(frozen=True)
class ResolutionsData:
    school: str
    title: str
    held_on: date
    votes: tuple[ResolutionVote, ...]
    publisher: str
    issued_on: date


def build_resolutions_pdf(data: ResolutionsData, out: Path | BinaryIO) -> None:
    """Each vote: its resolution text, the stored figures, the verdict against the expected
    delegates (第二十五条) and its seal."""
    s = styles()
    width = frame_width()
    centre = ParagraphStyle("centre", parent=s.body, alignment=TA_CENTER)
    story = [
        para(data.title, s.title),
        para("决议及表决结果", s.title),
        para(f"（{fmt_date(data.held_on, PageSpec('', '', ()).labels)}）", centre),
        Spacer(1, 8),
    ]
    if not data.votes:
        story.append(para("本次会议尚无表决。", s.body))
    for vote in data.votes:
        verdict = "通过" if vote.passed else "未通过"
        block = [para(f"{heading_number(1, vote.number)}{vote.title}", s.heading)]
        if vote.resolution:
            block.append(para(vote.resolution, s.prose))
        rows = [
            ["表决方式", "应到会代表", "实到", "赞成", "反对", "弃权", "通过所需", "结果"],
            [
                vote.method,
                str(vote.expected),
                str(vote.present),
                str(vote.yes),
                str(vote.no),
                str(vote.abstain),
                f"≥ {vote.needed}",
                verdict,
            ],
        ]
        table = data_table(
            rows,
            [width * w for w in (0.16, 0.14, 0.1, 0.1, 0.1, 0.1, 0.14, 0.16)],
            font_size=10,
            extra=[
                ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                ("TEXTCOLOR", (7, 1), (7, 1), PASS_COLOR if vote.passed else FAIL_COLOR),
            ],
        )
        block += [
            table,
            Spacer(1, 3),
            para(
                f"赞成 {vote.yes} 票{'超过' if vote.passed else '未超过'}应到会代表 "
                f"{vote.expected} 人的半数，"
                f"依《规范》第二十五条第一款，{verdict}。表决时间 {vote.voted_at:%Y-%m-%d %H:%M}。",
                s.body,
            ),
            para(f"封存码（SHA-256）：{vote.seal}", s.small),
            Spacer(1, 6),
        ]
        story.append(KeepTogether(block))
    story += [
        Spacer(1, 16),
        SealBlock(data.publisher, fmt_date(data.issued_on, PageLabels()), width=width),
    ]
    build_pdf(
        out,
        story,
        PageSpec(
            data.school,
            data.title + "决议及表决结果",
            ("R25.1", "R25.2"),
            kind="JY",
            subject=f"{data.title}：决议及表决结果",
        ),
    )
