"""`congress-app demo`: fill an empty database with a fictional university and its congress
history, through the same services an office uses (so the demo exercises the real paths).

History so far: two roster imports a year apart (the second with retirements, transfers,
people away, moves and new hires, kept as dated events), a joint election unit, the seat
plan of the 9th term and its sessions. Later workflows add their own chapters here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.demo.people import ACADEMIC_UNITS, SUPPORT_UNITS, make_roster_rows
from congress_app.roster_file import RosterFile, RosterRow
from congress_app.rules.seats import AWAY_STUDY, AWAY_WORK, ON_DUTY, RETIRED, TRANSFERRED
from congress_app.services.database import Database
from congress_app.services.demo_archive import load_demo_archive
from congress_app.services.demo_delegates import run_demo_delegates
from congress_app.services.demo_elections import run_demo_elections
from congress_app.services.demo_meetings import run_demo_meetings
from congress_app.services.demo_proposals import load_demo_proposals
from congress_app.services.errors import InvalidInput
from congress_app.services.roster import import_roster
from congress_app.services.school import SchoolInfo, save_school
from congress_app.services.seats import save_seat_plan, seat_overview
from congress_app.services.terms import create_session, create_term
from congress_app.services.unit_order import set_unit_order, unit_places
from congress_app.services.units import merge_units, unit_counts
from congress_app.storage.models import Staff

Progress = Callable[[int, int, str], None]

SCHOOL = SchoolInfo("大连滨海理工大学", "0123", "JDH")
OFFICE = "工会办公室"
FIRST_ROSTER_ON = date(2025, 9, 1)
SEAT_REFERENCE_ON = date(2025, 10, 1)
PLAN_DECIDED_AT = datetime(2025, 10, 15, 9, 30, tzinfo=timezone(timedelta(hours=8)))  # 北京时间
SECOND_ROSTER_ON = date(2026, 9, 1)
TERM_STARTS = date(2025, 12, 18)
SECOND_SESSION_ON = date(2026, 4, 16)  # a past session: its proposals have been handled
THIRD_SESSION_ON = date(2026, 12, 17)  # the meeting day in progress
UPCOMING_IN = timedelta(days=30)  # the next session, its proposal collection open on demo day
STAFF = 1500
UNITS = 20


@dataclass
class DemoSummary:
    school: str
    staff: int
    units: int
    roster_imports: int
    seat_total: int
    seat_method: str
    term: int
    sessions: int
    chapters: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"学校：{self.school}",
            f"教职工 {self.staff} 名，选举单位 {self.units} 个，名册导入 {self.roster_imports} 次",
            f"第{self.term}届教代会：代表 {self.seat_total} 名"
            f"（{self.seat_method}），会议 {self.sessions} 次",
            *self.chapters,
        ]


def _no_progress(_d: int, _t: int, _s: str = "") -> None:
    pass


def _to_roster(rows: list[dict[str, Any]]) -> RosterFile:
    return RosterFile(tuple(RosterRow(line=i + 2, **row) for i, row in enumerate(rows)), ())


def _second_roster(rows: list[dict[str, object]], rng: random.Random) -> list[dict[str, object]]:
    """A year later: retirements, transfers, staff away, moves, leavers and new hires."""
    later = [dict(r) for r in rows]
    ordinary = [r for r in later if r["status"] == ON_DUTY and not r["post"]]
    rng.shuffle(ordinary)
    picks = iter(ordinary)
    for _ in range(22):
        r = next(picks)
        r["status"], r["status_since"] = RETIRED, date(2026, 7, 1)
    for _ in range(9):
        r = next(picks)
        r["status"], r["status_since"] = TRANSFERRED, date(2026, 3, 1) + timedelta(days=rng.randrange(150))
    for status in (AWAY_STUDY, AWAY_WORK):
        for _ in range(8):
            r = next(picks)
            r["status"], r["status_since"] = status, date(2026, 2, 20) + timedelta(days=rng.randrange(60))
    units = sorted({str(r["unit"]) for r in rows})
    for _ in range(7):
        r = next(picks)
        r["unit"] = rng.choice([u for u in units if u != r["unit"]])
    leavers = {str(next(picks)["staff_no"]) for _ in range(6)}
    later = [r for r in later if r["staff_no"] not in leavers]
    hires = make_roster_rows(45, UNITS, seed=rng.randrange(10**6), as_of=SECOND_ROSTER_ON)
    top = max(int(str(r["staff_no"])) for r in rows)
    for k, r in enumerate(hires):
        r.update(
            staff_no=str(top + 1 + k), post="", status=ON_DUTY, status_since=None, unit=rng.choice(units)
        )
        later.append(r)
    return later


def _demo_unit_order(session: Session) -> list[int]:
    """The units that elect on their own, colleges first then support units, in the lists'
    order; a joint unit where its first part stands."""
    listed = {name: i for i, name in enumerate((*ACADEMIC_UNITS, *SUPPORT_UNITS))}
    places = unit_places(session)
    first: dict[int, int] = {}
    for p in places:
        here = listed.get(p.name, len(listed))
        owner = next((q.unit_id for q in places if q.name == p.merged_into), p.unit_id)
        first[owner] = min(first.get(owner, here), here)
    return sorted((p.unit_id for p in places if p.merged_into is None), key=lambda i: first[i])


def load_demo(db: Database, *, seed: int = 2024, progress: Progress = _no_progress) -> DemoSummary:
    """Fill an empty database with the demo university. Refuses a database holding staff."""
    steps = 10
    today = date.today()
    rng = random.Random(seed)
    with db.session() as session:
        staff = session.scalar(select(func.count()).select_from(Staff)) or 0
        if staff:
            raise InvalidInput("database_not_empty", staff=staff)

        progress(0, steps, "学校")
        save_school(session, SCHOOL, actor=OFFICE)

        progress(1, steps, "导入 2025 年人事名册")
        first = make_roster_rows(STAFF, UNITS, seed=seed, as_of=FIRST_ROSTER_ON)
        import_roster(
            session,
            _to_roster(first),
            file_name="2025年9月教职工名册.xlsx",
            actor=OFFICE,
            effective_on=FIRST_ROSTER_ON,
        )

        progress(2, steps, "合并小单位为联合选举单位")
        smallest = sorted(unit_counts(session, SEAT_REFERENCE_ON), key=lambda c: c.on_duty)[:2]
        merge_units(
            session,
            [c.unit_id for c in smallest],
            "图书档案联合选举单位"
            if any("图书" in c.name or "档案" in c.name for c in smallest)
            else "联合选举单位（一）",
            actor=OFFICE,
        )

        # the school's chosen order of units (issue 15): teaching colleges first, then the
        # administrative and support units, each as the school lists them
        set_unit_order(session, _demo_unit_order(session), actor=OFFICE)

        progress(3, steps, "第九届代表名额方案")
        overview = seat_overview(session, SEAT_REFERENCE_ON)
        plan = save_seat_plan(
            session,
            total=overview.suggested_total or 100,
            method="hamilton",
            actor=OFFICE,
            reference_date=SEAT_REFERENCE_ON,
            decided_at=PLAN_DECIDED_AT,
        )

        progress(4, steps, "届次与会议")
        term = create_term(session, number=9, starts_on=TERM_STARTS, years=5, actor=OFFICE)
        first_session = create_session(
            session,
            term_id=term.term_id,
            number=1,
            held_on=TERM_STARTS,
            title="第九届教职工代表大会第一次会议",
            actor=OFFICE,
        )
        past_session = create_session(
            session,
            term_id=term.term_id,
            number=2,
            held_on=SECOND_SESSION_ON,
            title="第九届教职工代表大会第二次会议",
            actor=OFFICE,
        )
        create_session(
            session,
            term_id=term.term_id,
            number=3,
            held_on=THIRD_SESSION_ON,
            title="第九届教职工代表大会第三次会议",
            actor=OFFICE,
        )
        next_session = create_session(
            session,
            term_id=term.term_id,
            number=4,
            held_on=max(today + UPCOMING_IN, THIRD_SESSION_ON + UPCOMING_IN),
            title="第九届教职工代表大会第四次会议",
            actor=OFFICE,
        )

        progress(5, steps, "第九届代表选举与资格审查")
        chapters = run_demo_elections(session, term.term_id, actor=OFFICE, rng=rng)

        progress(6, steps, "导入 2026 年人事名册（人员变动）")
        second = _second_roster(first, rng)
        import_roster(
            session,
            _to_roster(second),
            file_name="2026年9月教职工名册.xlsx",
            actor=OFFICE,
            effective_on=SECOND_ROSTER_ON,
        )
        progress(7, steps, "代表管理")
        chapters += run_demo_delegates(session, term.term_id, actor=OFFICE, rng=rng)
        progress(8, steps, "提案")
        load_demo_proposals(
            session,
            past_session_id=past_session.session_id,
            past_held_on=past_session.held_on,
            upcoming_session_id=next_session.session_id,
            upcoming_held_on=next_session.held_on,
            actor=OFFICE,
            rng=rng,
            today=today,
        )
        staff_total = session.scalar(select(func.count()).select_from(Staff)) or 0
        progress(9, steps, "会议与表决")
        chapters += run_demo_meetings(session, term.term_id, actor=OFFICE, rng=rng, live_on=THIRD_SESSION_ON)
        progress(9, steps, "归档")
        load_demo_archive(session, first_session.session_id, actor=OFFICE)
        progress(10, steps, "")
    return DemoSummary(SCHOOL.name, staff_total, UNITS, 2, plan.total, "最大余额法", 9, 4, chapters)
