"""The demo's archive: the completed first session's generated documents filed in their
groups (R48.1), plus the papers the office files by hand — the higher-level approval (group 1),
the preparation plan (2), the president's work report (6) and the proposal work report since
the last congress (8) — so all nine groups are present."""

from __future__ import annotations

import io
from datetime import date, timedelta

from sqlalchemy.orm import Session

from congress_app.reports.archive_papers import ListPaperData, build_list_paper_pdf
from congress_app.services.archive_register import add_file, collect_generated
from congress_app.services.meetings import meeting_info
from congress_app.services.school import school_info

HAND_FILED = (
    # group, title, author, 文号, days before the session, notes
    (
        1,
        "关于同意召开第九届教职工代表大会第一次会议的批复",
        "市教育工会",
        "教工发〔{year}〕12号",
        40,
        (
            "同意你校召开第九届教职工代表大会第一次会议。",
            "请按照《大连市高等学校教职工代表大会工作规范》做好代表选举和会议筹备工作。",
        ),
    ),
    (
        2,
        "第九届教职工代表大会筹备工作方案",
        "{school}工会",
        "校工发〔{year}〕5号",
        60,
        (
            "一、成立筹备工作领导小组。",
            "二、确定代表名额和选举单位。",
            "三、组织代表选举和资格审查。",
            "四、征集提案，准备大会文件。",
        ),
    ),
    (
        6,
        "学校工作报告",
        "{school}",
        "",
        0,
        ("一、过去一年的主要工作。", "二、存在的问题。", "三、新一年的工作安排。"),
    ),
    (
        8,
        "第八届教职工代表大会以来提案工作报告",
        "{school}教职工代表大会提案工作委员会",
        "",
        0,
        ("共收到提案四十二件，立案三十五件，均已办复。",),
    ),
)


def _pdf(school: str, title: str, day: date, notes: tuple[str, ...], publisher: str) -> bytes:
    buf = io.BytesIO()
    build_list_paper_pdf(ListPaperData(school, title, publisher, day, (), (), notes, publisher), buf)
    return buf.getvalue()


def load_demo_archive(session: Session, session_id: int, *, actor: str) -> int:
    """File the session's documents; returns how many items it holds."""
    school = school_info(session).name
    held_on = meeting_info(session, session_id).held_on
    count = collect_generated(session, session_id, actor=actor).added
    for group, title, author, number, before, notes in HAND_FILED:
        day = held_on - timedelta(days=before)
        add_file(
            session,
            session_id,
            group=group,
            title=title,
            filename=f"group{group}.pdf",
            data=_pdf(school, title, day, notes, author.format(school=school)),
            author=author.format(school=school),
            doc_number=number.format(year=day.year),
            day=day,
            actor=actor,
        )
        count += 1
    return count
