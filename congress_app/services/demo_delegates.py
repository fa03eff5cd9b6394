"""The demo's delegate-body chapter (第十六–二十条, 第二十六–三十四条): numbers and bodies
after the first session; over 2026 a transfer, a retirement (from the re-imported roster),
people away (one exactly a year by the second session, 2026-12-17), an unexcused absence,
a recall and its by-election with the supplementary list; a status review; invited and
observer delegates."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules.bodies import leader_role
from congress_app.rules.elections import passing_threshold
from congress_app.rules.seats import ON_DUTY, PARTY_SECRETARY, PRESIDENT, UNION_CHAIR, is_teaching
from congress_app.rules.status import (
    EV_ABSENCE_START,
    EV_RETIRED,
    EV_TRANSFERRED,
    FORMAL,
)
from congress_app.services.bodies import (
    add_member,
    body_views,
    create_body,
    end_membership,
    form_delegations,
    record_body_election,
)
from congress_app.services.by_elections import (
    add_special_delegate,
    assign_numbers,
    publish_by_election,
    start_by_election,
)
from congress_app.services.counting import Figures, close_round, open_round, save_figures
from congress_app.services.delegate_status import (
    confirm_proposals,
    confirm_review,
    recall_delegate,
    record_away,
    record_status_event,
    roster_proposals,
)
from congress_app.services.elections import eligible_staff, nominate
from congress_app.services.roll import roll_on
from congress_app.storage.models import Delegate, Staff

FIRST_SESSION = date(2025, 12, 18)
SECOND_SESSION = date(2026, 12, 17)
RECALLED_ON = date(2026, 4, 15)
BY_ELECTION_DAY = date(2026, 5, 15)
SUPPLEMENT_ON = date(2026, 5, 25)
REVIEW_ON = date(2026, 9, 30)
AWAY_YEAR_FROM = date(2025, 12, 17)  # + 1 year = the second session's date (R17.1)


def _bodies(session: Session, term_id: int, actor: str, rng: random.Random) -> None:
    roll = [e for e in roll_on(session, term_id, FIRST_SESSION) if e.kind == FORMAL]
    staff = {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_([e.staff_id for e in roll])))}
    leaders = {
        leader_role(staff[e.staff_id].post): e.staff_id for e in roll if leader_role(staff[e.staff_id].post)
    }
    teachers = [
        e.staff_id
        for e in roll
        if is_teaching(staff[e.staff_id].category) and e.staff_id not in leaders.values()
    ]
    others = [
        e.staff_id
        for e in roll
        if not is_teaching(staff[e.staff_id].category) and e.staff_id not in leaders.values()
    ]
    rng.shuffle(teachers)
    rng.shuffle(others)
    presidium = create_body(
        session, term_id, "presidium", "大会主席团", actor=actor, elected_on=FIRST_SESSION
    )
    for sid in [*leaders.values(), *teachers[:7], *others[:2]]:
        add_member(session, presidium, sid, joined_on=FIRST_SESSION, actor=actor)
    dmc = create_body(session, term_id, "dmc", "民主管理委员会", actor=actor, elected_on=FIRST_SESSION)
    if PARTY_SECRETARY in leaders:
        add_member(session, dmc, leaders[PARTY_SECRETARY], role="head", joined_on=FIRST_SESSION, actor=actor)
    if UNION_CHAIR in leaders:
        add_member(session, dmc, leaders[UNION_CHAIR], role="deputy", joined_on=FIRST_SESSION, actor=actor)
    if PRESIDENT in leaders:
        add_member(session, dmc, leaders[PRESIDENT], joined_on=FIRST_SESSION, actor=actor)
    for sid in teachers[7:11] + others[2:3]:
        add_member(session, dmc, sid, joined_on=FIRST_SESSION, actor=actor)
    on_roll = {e.staff_id for e in roll}
    outsiders = [
        s
        for s in session.scalars(select(Staff).where(Staff.listed.is_(True)).order_by(Staff.staff_no))
        if s.id not in on_roll
    ]
    for s in outsiders[:2]:  # heads of departments concerned (党政有关部门负责人)
        add_member(session, dmc, s.id, joined_on=FIRST_SESSION, actor=actor)
    proposals = create_body(
        session, term_id, "committee", "提案工作委员会", actor=actor, elected_on=FIRST_SESSION
    )
    for sid in teachers[11:15]:
        add_member(session, proposals, sid, joined_on=FIRST_SESSION, actor=actor)
    add_member(
        session, proposals, outsiders[2].id, joined_on=FIRST_SESSION, actor=actor, approved_on=FIRST_SESSION
    )  # 聘请的非代表, approved by the congress (R30.2)
    welfare = create_body(
        session, term_id, "committee", "生活福利工作委员会", actor=actor, elected_on=FIRST_SESSION
    )
    for sid in teachers[15:18] + others[3:5]:
        add_member(session, welfare, sid, joined_on=FIRST_SESSION, actor=actor)
    add_member(
        session, welfare, outsiders[3].id, joined_on=date(2026, 3, 1), actor=actor
    )  # not yet approved: flagged (R30.1, R30.2)
    form_delegations(session, term_id, FIRST_SESSION, actor=actor)
    delegations = [v for v in body_views(session, term_id, FIRST_SESSION) if v.kind == "delegation"]
    for view in delegations[:-1]:  # the last one has not elected its heads yet (R32.1)
        members = list(view.members)
        if len(members) < 2:
            continue
        for member, role in ((members[0], "head"), (members[1], "deputy")):
            end_membership(session, member.member_id, FIRST_SESSION, actor=actor)
            add_member(
                session, view.body_id, member.staff_id, role=role, joined_on=FIRST_SESSION, actor=actor
            )
        record_body_election(session, view.body_id, FIRST_SESSION, actor=actor)


def _by_election(session: Session, term_id: int, unit_id: int, actor: str) -> str:
    election_id = start_by_election(session, term_id, unit_id, 1, on=date(2026, 4, 20), actor=actor)
    taken = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == term_id)))
    nominees = [s.id for s in eligible_staff(session, election_id) if s.id not in taken][:3]
    nominate(session, election_id, nominees, actor=actor, on=BY_ELECTION_DAY, confirmed_on=BY_ELECTION_DAY)
    view = open_round(session, election_id, held_on=BY_ELECTION_DAY, actor=actor)
    ids = [c.candidate_id for c in view.candidates]
    returned = view.electorate - 2
    yes = {ids[0]: passing_threshold(view.electorate) + 2, ids[1]: returned // 4, ids[2]: returned // 6}
    save_figures(session, view.round_id, Figures(view.electorate - 1, returned, 1, yes), actor=actor)
    close_round(session, view.round_id, actor=actor)
    published = publish_by_election(session, election_id, published_on=SUPPLEMENT_ON, actor=actor)
    return "、".join(d.name for d in published.delegates)


def run_demo_delegates(session: Session, term_id: int, *, actor: str, rng: random.Random) -> list[str]:
    numbered = assign_numbers(session, term_id, actor=actor)
    _bodies(session, term_id, actor, rng)
    proposals = roster_proposals(session, term_id)  # retirements etc. from the 2026 roster
    confirmed = proposals[:-1]  # the latest one is left for the office to confirm (② 资格审核)
    confirm_proposals(session, confirmed, actor=actor)
    changed = {p.delegate_id for p in proposals}
    formal = [
        e
        for e in roll_on(session, term_id, FIRST_SESSION)
        if e.kind == FORMAL and e.delegate_id not in changed
    ]
    rng.shuffle(formal)
    picks = iter(formal)
    transferred, retired, away_year, away_half, absent, recalled = (next(picks) for _ in range(6))
    record_status_event(
        session,
        transferred.delegate_id,
        EV_TRANSFERRED,
        date(2026, 5, 10),
        actor=actor,
        note="调往校外单位工作",
    )
    if not any(p.kind == EV_RETIRED for p in confirmed):
        record_status_event(session, retired.delegate_id, EV_RETIRED, date(2026, 7, 1), actor=actor)
    # away exactly a year by the second session: active on 2026-12-16, away on 2026-12-17
    record_away(session, away_year.delegate_id, AWAY_YEAR_FROM, None, actor=actor, note="赴国外访学一年")
    record_away(
        session, away_half.delegate_id, date(2026, 3, 1), None, actor=actor, note="挂职锻炼"
    )  # away ≥ 6 months on 2026-12-17: not expected (R24.1)
    record_status_event(
        session,
        absent.delegate_id,
        EV_ABSENCE_START,
        date(2025, 12, 10),
        actor=actor,
        note="无故不参加代表团活动",
    )
    recall_delegate(
        session,
        recalled.delegate_id,
        decided_on=RECALLED_ON,
        reason="严重违反学校规章制度，经选举单位教职工会议决定罢免",
        actor=actor,
    )
    winner = _by_election(session, term_id, recalled.unit_id, actor)
    review = confirm_review(session, term_id, REVIEW_ON, actor=actor)
    taken = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == term_id)))
    steady = [
        s
        for s in session.scalars(select(Staff).where(Staff.listed.is_(True)).order_by(Staff.staff_no))
        if s.id not in taken and s.status == ON_DUTY and len(s.events) == 1
    ]
    guests = (
        ("invited", "民主党派代表"),
        ("invited", "归侨侨眷代表"),
        ("observer", "校工会委员（非代表）"),
        ("observer", "校务部门负责人"),
    )
    for s, (kind, category) in zip(steady[-4:], guests, strict=False):
        add_special_delegate(
            session, term_id, s.id, kind=kind, category=category, effective_from=FIRST_SESSION, actor=actor
        )
    return [
        f"代表编号 {numbered} 个；主席团、民主管理委员会、专门工作委员会、代表团已建立",
        f"任期内变动：调离、退休、离校（{away_year.name} 离校至 {SECOND_SESSION} 满一年）、"
        f"无故缺席、罢免 {recalled.name} 并补选 {winner}；资格审核确认 {len(review.items)} 人",
    ]
