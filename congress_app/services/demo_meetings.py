"""The demo's meeting days, through the same services a desk uses: the first session of the
9th term completed (check-ins, leave, the preparatory votes, elections, resolutions, the
测评表 published) and the second session in progress (check-in under way, the method approved).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules.meetings import (
    BALLOT,
    HANDS,
    VOTE_AGENDA,
    VOTE_CREDENTIALS,
    VOTE_ELECTION,
    VOTE_METHOD,
    VOTE_MOTION,
)
from congress_app.services.checkin import check_in, load_desk
from congress_app.services.evaluation import enter_forms, publish_evaluation
from congress_app.services.meeting_templates import EVALUATION_QUESTIONS, FAIR, GOOD, POOR
from congress_app.services.meetings import (
    ENDED,
    RollLine,
    agenda,
    record_leave,
    reset_agenda,
    update_agenda_item,
)
from congress_app.services.votes import record_vote
from congress_app.storage.base import to_stored
from congress_app.storage.models import CongressSession

BEIJING = timezone(timedelta(hours=8))
LEAVE_REASONS = ("出国访学", "因病住院", "带学生外出实习", "参加上级部门会议")
FIRST_MOTIONS = (
    ("关于校长工作报告的决议", "大会审议并通过校长所作的学校工作报告。", 0.92),
    ("关于学校财务工作报告的决议", "大会审议并通过学校财务工作报告。", 0.88),
    (
        "关于《教职工绩效考核与奖励办法》的决议",
        "大会审议通过《教职工绩效考核与奖励办法》，自公布之日起施行。",
        0.74,
    ),
    ("关于调整校内停车收费标准的议案", "", 0.41),
)


def _key(line: RollLine) -> str:
    return line.entry.number or line.entry.staff_no


ABSTAIN_PART = 3  # the demo: at most a third of those not voting yes abstain (not a rule)


def _figures(rng: random.Random, voters: int, share: float) -> tuple[int, int, int]:
    yes = min(voters, round(voters * share))
    abstain = rng.randint(0, (voters - yes) // ABSTAIN_PART)
    return yes, voters - yes - abstain, abstain


def _check_in_share(
    session: Session, session_id: int, share: float, rng: random.Random, *, actor: str, leave: int
) -> tuple[int, int]:
    """Check in ``share`` of the expected delegates; ``leave`` others on leave. Returns
    (present, expected)."""
    desk = load_desk(session, session_id)
    counted = [line for line in desk.lines.values() if line.counted]
    rng.shuffle(counted)
    on_leave, rest = counted[:leave], counted[leave:]
    for line in on_leave:
        record_leave(
            session, session_id, line.entry.delegate_id, reason=rng.choice(LEAVE_REASONS), actor=actor
        )
    arriving = rest[: round(len(counted) * share)]
    for line in arriving:
        check_in(session, desk, _key(line), actor=actor, desk_name=rng.choice(("一号签到台", "二号签到台")))
    for line in desk.lines.values():
        if not line.counted and line.standing != ENDED:  # invited and observers come too
            check_in(session, desk, _key(line), actor=actor, desk_name="一号签到台")
    return len(arriving), desk.expected


def run_demo_meetings(
    session: Session, term_id: int, *, actor: str, rng: random.Random, live_on: date | None = None
) -> list[str]:
    """The first session completed; the session held on ``live_on`` (default: the second one)
    in progress."""
    sessions = list(
        session.scalars(
            select(CongressSession).where(CongressSession.term_id == term_id).order_by(CongressSession.number)
        )
    )
    if len(sessions) < 2:
        return []
    live = next((s for s in sessions if s.held_on == live_on), sessions[1])
    first, second = sessions[0].id, live.id
    held_on = sessions[0].held_on
    for session_id in (first, second):
        reset_agenda(session, session_id, actor=actor)

    present, expected = _check_in_share(session, first, 0.93, rng, actor=actor, leave=3)
    votes = [
        (VOTE_CREDENTIALS, "关于代表资格审查报告的决议", "", 0.98, None),
        (VOTE_AGENDA, "大会议程和日程", "", 0.97, None),
        (VOTE_METHOD, "大会表决、选举办法", "", 0.96, None),
        (VOTE_ELECTION, "选举大会主席团", "", 0.9, BALLOT),
    ]
    votes += [(VOTE_MOTION, title, text, share, None) for title, text, share in FIRST_MOTIONS]
    for k, (kind, title, text, share, method) in enumerate(votes):
        yes, no, abstain = _figures(rng, present, share)
        record_vote(
            session,
            first,
            title=title,
            kind=kind,
            method=method or HANDS,
            yes=yes,
            no=no,
            abstain=abstain,
            resolution=text,
            actor=actor,
            voted_at=to_stored(
                datetime.combine(held_on, time(8, 10), BEIJING)
                + timedelta(minutes=12 * k if k < 5 else 400 + 8 * k)
            ),
        )
    for item in agenda(session, first):
        update_agenda_item(session, item.item_id, actor=actor, done=True)
    grades = [GOOD] * 7 + [FAIR] * 2 + [POOR]
    forms = [
        {code: rng.choice(grades) for code, _ in EVALUATION_QUESTIONS if rng.random() > 0.03}
        for _ in range(present - rng.randint(2, 6))
    ]
    comments = [
        rng.choice(("", "", "", "建议增加青年教师代表发言时间", "希望提案办理结果更早反馈")) for _ in forms
    ]
    enter_forms(session, first, forms, comments=comments, actor=actor)
    publish_evaluation(session, first, on=date(2025, 12, 26), actor=actor)

    now_present, now_expected = _check_in_share(session, second, 0.7, rng, actor=actor, leave=2)
    yes, no, abstain = _figures(rng, now_present, 0.97)
    record_vote(
        session,
        second,
        title="关于补选代表资格审查报告的决议",
        kind=VOTE_CREDENTIALS,
        yes=yes,
        no=no,
        abstain=abstain,
        actor=actor,
    )
    yes, no, abstain = _figures(rng, now_present, 0.95)
    record_vote(
        session,
        second,
        title="大会表决、选举办法",
        kind=VOTE_METHOD,
        yes=yes,
        no=no,
        abstain=abstain,
        actor=actor,
    )
    return [
        f"第一次会议：应到 {expected} 人，实到 {present} 人，表决 {len(votes)} 项，测评表 {len(forms)} 份",
        f"第二次会议进行中：应到 {now_expected} 人，已签到 {now_present} 人",
    ]
