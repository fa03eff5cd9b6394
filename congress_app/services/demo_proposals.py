"""The demo's proposals: a past session whose proposals went every way (registered and
answered, closed, sent back for a second answer, overdue, merged, opinions, a late form,
excellent ones) and an upcoming session whose collection is open on the day the demo is made."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from congress_app.rules.proposals import proposal_deadlines
from congress_app.services.proposal_handling import (
    approve_by_dmc,
    assign_departments,
    mark_excellent,
    record_answer,
    record_proposer_view,
    review_proposal,
)
from congress_app.services.proposals import file_proposal, filing_delegates, open_collection

TOPICS = {
    "教学科研": [
        "关于提高青年教师科研启动经费的建议",
        "关于完善本科教学工作量计算办法的建议",
        "关于增加实验课程耗材经费的建议",
        "关于建立教学科研团队激励机制的建议",
        "关于延长图书馆自习室开放时间的建议",
        "关于改善公共教室多媒体设备的建议",
        "关于简化横向科研项目报销流程的建议",
        "关于设立教学成果培育专项的建议",
        "关于加强研究生导师培训的建议",
        "关于增加外文数据库订购的建议",
        "关于支持教师开展课程思政改革的建议",
        "关于完善实验室开放共享制度的建议",
        "关于减轻青年教师非教学事务负担的建议",
        "关于加大学科竞赛指导奖励力度的建议",
    ],
    "人事分配": [
        "关于完善专业技术职务评聘办法的建议",
        "关于提高实验技术人员待遇的建议",
        "关于规范编外用工薪酬标准的建议",
        "关于完善青年教师住房补贴的建议",
        "关于绩效工资分配向一线倾斜的建议",
        "关于建立管理人员职级晋升通道的建议",
        "关于完善教职工年度考核办法的建议",
        "关于增加教职工培训进修机会的建议",
        "关于落实教职工带薪年休假的建议",
        "关于完善博士后待遇保障的建议",
        "关于提高辅导员岗位津贴的建议",
    ],
    "财务资产": [
        "关于公开学校年度预算执行情况的建议",
        "关于加快差旅费报销进度的建议",
        "关于盘活闲置公用房的建议",
        "关于规范大型仪器设备共享使用的建议",
        "关于推行网上报销系统的建议",
        "关于提高科研经费使用自主权的建议",
        "关于规范校内收费项目的建议",
    ],
    "生活福利": [
        "关于改善教职工食堂伙食的建议",
        "关于增加教职工体检项目的建议",
        "关于开办教职工子女暑期托管班的建议",
        "关于延长校医院门诊时间的建议",
        "关于增设教职工健身场所的建议",
        "关于提高困难教职工补助标准的建议",
        "关于完善退休教职工慰问制度的建议",
        "关于开通校区间教职工班车的建议",
        "关于建设教职工之家活动中心的建议",
        "关于增加女教职工关爱措施的建议",
        "关于解决教职工子女入园难的建议",
    ],
    "校园建设": [
        "关于增加教职工停车位的建议",
        "关于改善校园夜间照明的建议",
        "关于增设电动自行车充电设施的建议",
        "关于维修老旧教学楼卫生间的建议",
        "关于加强校园绿化养护的建议",
        "关于改造家属区供暖管网的建议",
        "关于增设校园无障碍设施的建议",
        "关于提升校园网络覆盖的建议",
        "关于改善东门交通秩序的建议",
        "关于建设校园垃圾分类设施的建议",
    ],
    "其他": [
        "关于加强校园安全管理的建议",
        "关于建立校务公开长效机制的建议",
        "关于加强二级教代会建设的建议",
        "关于规范校内会议管理的建议",
        "关于减少各类检查评比的建议",
        "关于加强教职工心理健康服务的建议",
    ],
}
REWORDED = {
    "关于增加教职工停车位的建议": "建议学校增设教工停车位，缓解停车难",
    "关于改善教职工食堂伙食的建议": "关于提高食堂饭菜质量的建议",
}
DEPARTMENTS = {
    "教学科研": ["教务处", "科研处", "图书馆", "研究生院"],
    "人事分配": ["人事处"],
    "财务资产": ["财务处", "国有资产管理处"],
    "生活福利": ["后勤管理处", "工会", "校医院"],
    "校园建设": ["基建处", "后勤管理处", "保卫处", "信息化中心"],
    "其他": ["党委办公室", "校长办公室", "保卫处"],
}
REASONS = (
    "近年来随着学校事业发展和教职工人数增加，{topic}方面的问题日益突出，教职工反映较多，"
    "影响了工作积极性和幸福感。"
)
SUGGESTIONS = (
    "一、由主管部门牵头开展调研，摸清底数；二、制定切实可行的改进方案；三、定期向教代会报告落实情况。"
)


def _titles(rng: random.Random) -> list[tuple[str, str]]:
    pairs = [(category, title) for category, titles in TOPICS.items() for title in titles]
    rng.shuffle(pairs)
    return pairs


def _file(
    session: Session,
    session_id: int,
    people: list[str],
    rng: random.Random,
    title: str,
    category: str,
    on: date,
    actor: str,
    *,
    important: bool = False,
    late: str = "",
) -> int:
    needed = 10 if important else 3
    chosen = rng.sample(people, needed + (2 if important else 1))
    proposers, seconders = chosen[: 2 if important else 1], chosen[2 if important else 1 :]
    topic = title.removeprefix("关于").removesuffix("的建议")
    return file_proposal(
        session,
        title=title,
        kind="important" if important else "general",
        proposers=proposers,
        seconders=seconders,
        category=category,
        reasons=REASONS.format(topic=topic),
        suggestions=SUGGESTIONS,
        filed_on=on,
        session_id=session_id,
        actor=actor,
        late_exception=late,
    ).proposal_id


def load_demo_proposals(
    session: Session,
    *,
    past_session_id: int,
    past_held_on: date,
    upcoming_session_id: int,
    upcoming_held_on: date,
    actor: str,
    rng: random.Random,
    today: date,
) -> int:
    """About 60 proposals over the two sessions; returns how many were filed."""
    filed = 0
    pairs = _titles(rng)
    # --- the past session: everything has happened --------------------------------------
    past = proposal_deadlines(past_held_on)
    open_collection(
        session, session_id=past_session_id, opens_on=past.open_by - timedelta(days=10), actor=actor
    )
    people = [e.staff_no for e in filing_delegates(session, past_session_id, past.submit_by)]
    handled: list[tuple[int, str]] = []
    for i, (category, title) in enumerate(pairs[:40]):
        on = past.open_by + timedelta(days=i % 15)
        pid = _file(session, past_session_id, people, rng, title, category, on, actor, important=i % 9 == 4)
        handled.append((pid, category))
        filed += 1
    duplicates = []
    for original, reworded in REWORDED.items():
        category = next(c for c, titles in TOPICS.items() if original in titles)
        duplicates.append(
            (
                _file(session, past_session_id, people, rng, reworded, category, past.submit_by, actor),
                original,
            )
        )
        filed += 1
    _file(
        session,
        past_session_id,
        people,
        rng,
        "关于教职工子女入学的建议",
        "生活福利",
        past.submit_by + timedelta(days=3),
        actor,
    )
    excepted = _file(
        session,
        past_session_id,
        people,
        rng,
        "关于完善教职工带薪休假制度的建议",
        "人事分配",
        past.submit_by + timedelta(days=2),
        actor,
        late="提案人在外出差，经工会主席同意补交",
    )
    filed += 2
    review_on = past_held_on + timedelta(days=1)
    ids = {title: pid for (pid, _c), (_c2, title) in zip(handled, pairs[:40], strict=True)}
    for pid, original in duplicates:
        target = ids.get(original)
        if target is not None:
            review_proposal(
                session,
                pid,
                decision="merge",
                merge_into=target,
                on=review_on,
                actor="提案工作委员会",
                reason="与同题提案内容相同，并案处理",
            )
    opinions = [handled[3][0], handled[17][0], handled[29][0]]
    for pid in opinions:
        review_proposal(
            session,
            pid,
            decision="opinion",
            on=review_on,
            actor="提案工作委员会",
            reason="所提事项属个人诉求，不符合立案条件，已转有关部门研究答复",
            department="人事处",
        )
    registered = [(pid, c) for pid, c in handled if pid not in opinions] + [(excepted, "人事分配")]
    for pid, _c in registered:
        review_proposal(session, pid, decision="register", on=review_on, actor="提案工作委员会")
    dmc_on = past_held_on + timedelta(days=10)
    approve_by_dmc(session, [pid for pid, _c in registered], on=dmc_on, actor="民主管理委员会")
    for n, (pid, category) in enumerate(registered):
        lead, *others = rng.sample(DEPARTMENTS[category], min(2, len(DEPARTMENTS[category])))
        due = dmc_on + timedelta(days=60 + 10 * (n % 6))
        assign_departments(
            session,
            pid,
            lead=lead,
            assisting=others[:1] if n % 3 == 0 else [],
            due_on=due,
            actor="工会办公室",
        )
        if n % 10 == 9:
            continue  # not answered yet: overdue when the due date has passed
        answered = due - timedelta(days=5) if n % 7 else due + timedelta(days=12)  # some late
        if answered >= today:
            continue
        record_answer(
            session,
            pid,
            text=f"{lead}已组织专题研究，制定改进方案，并将于下一学期起分步实施。",
            answered_on=answered,
            actor=lead,
        )
        if n % 8 == 5:
            continue  # the proposer has not replied yet
        view_on = answered + timedelta(days=7)
        if n % 6 == 2 and view_on + timedelta(days=30) < today:
            record_proposer_view(
                session,
                pid,
                satisfaction="not_satisfied",
                on=view_on,
                actor="工会办公室",
                comment="措施不够具体，希望明确时间表",
            )
            record_answer(
                session,
                pid,
                text=f"{lead}已明确时间表：本学年内完成，届时向教代会报告。",
                answered_on=view_on + timedelta(days=20),
                actor=lead,
            )
            record_proposer_view(
                session,
                pid,
                satisfaction="basically_satisfied",
                on=view_on + timedelta(days=25),
                actor="工会办公室",
            )
        elif view_on < today:
            level = "satisfied" if n % 4 else "basically_satisfied"
            record_proposer_view(session, pid, satisfaction=level, on=view_on, actor="工会办公室")
    mark_excellent(session, [registered[0][0], registered[5][0], registered[11][0]], actor="大会主席团")
    # --- the upcoming session: collection open today ---------------------------------------
    upcoming = proposal_deadlines(upcoming_held_on)
    opens = min(today - timedelta(days=6), upcoming.open_by)
    open_collection(session, session_id=upcoming_session_id, opens_on=opens, actor=actor)
    people = [e.staff_no for e in filing_delegates(session, upcoming_session_id, today)]
    fresh = pairs[40:55]
    for i, (category, title) in enumerate(fresh):
        on = opens + timedelta(days=i % max((today - opens).days + 1, 1))
        pid = _file(
            session,
            upcoming_session_id,
            people,
            rng,
            title,
            category,
            min(on, today),
            actor,
            important=i == 3,
        )
        filed += 1
        if i < 6:
            review_proposal(session, pid, decision="register", on=today, actor="提案工作委员会")
    filed += _import_paper_forms(session, upcoming_session_id, people, rng, pairs[55:58], opens, today, actor)
    return filed


def _import_paper_forms(
    session: Session,
    session_id: int,
    people: list[str],
    rng: random.Random,
    pairs: list[tuple[str, str]],
    opens: date,
    today: date,
    actor: str,
) -> int:
    """A few forms collected on paper and imported through the template, as an office does."""
    import tempfile
    from pathlib import Path

    import openpyxl

    from congress_app.reports.proposal_template import COLUMNS, SHEET
    from congress_app.services.proposal_import import import_proposals, write_template

    with tempfile.TemporaryDirectory() as folder:
        path = write_template(session, Path(folder) / "paper-forms.xlsx")
        wb = openpyxl.load_workbook(path)
        for r, (category, title) in enumerate(pairs, start=2):
            chosen = rng.sample(people, 4)
            values = {
                "title": title,
                "category": category,
                "kind": "general",
                "proposers": chosen[0],
                "seconders": ",".join(chosen[1:]),
                "reasons": REASONS.format(topic=title.removeprefix("关于").removesuffix("的建议")),
                "suggestions": SUGGESTIONS,
                "filed_on": min(opens + timedelta(days=r), today),
            }
            for c, column in enumerate(COLUMNS, start=1):
                wb[SHEET].cell(row=r, column=c, value=values[column.key])
        wb.save(path)
        return len(import_proposals(session, path, actor=actor, session_id=session_id).imported)
