"""A small congress for proposal tests: 30 staff in three units, a term, a session on
2026-12-17 with its collection window open from 2026-11-01 to 2026-12-03 (R35.1), and 24
formal delegates numbered D001…D024, one invited (T001) and one observer (L001)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from congress_app.rules.seats import GENDERS, ON_DUTY, TEACHING
from congress_app.services.database import Database
from congress_app.services.proposals import open_collection
from congress_app.services.terms import create_session, create_term
from congress_app.storage.models import Delegate, ElectionUnit, Staff

HELD = date(2026, 12, 17)
OPENS = date(2026, 11, 1)
FILED = date(2026, 11, 20)
UNITS = ("机械工程学院", "外国语学院", "后勤保障处")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐"


@dataclass(frozen=True)
class Congress:
    term_id: int
    session_id: int
    numbers: tuple[str, ...]  # formal delegates' numbers
    names: dict[str, str]  # number → name


def build_congress(
    db: Database, *, formal: int = 24, window: bool = True, held: date = HELD, opens: date = OPENS
) -> Congress:
    names: dict[str, str] = {}
    with db.session() as session:
        units = [ElectionUnit(name=u) for u in UNITS]
        session.add_all(units)
        session.flush()
        people = []
        for i in range(formal + 2):
            name = SURNAMES[i % len(SURNAMES)] + "明德"[: 1 + i % 2] + str(i)
            staff = Staff(
                staff_no=f"{100000 + i:06d}",
                name=name,
                gender=GENDERS[i % 2],
                birth_date=date(1980, 1, 1),
                unit_id=units[i % 3].id,
                category=TEACHING,
                status=ON_DUTY,
                status_since=None,
                post="",
            )
            session.add(staff)
            people.append(staff)
        session.commit()
        term = create_term(session, number=9, starts_on=date(2025, 12, 18), years=5, actor="t")
        record = create_session(
            session,
            term_id=term.term_id,
            number=2,
            held_on=held,
            title="第九届教职工代表大会第二次会议",
            actor="t",
        )
        numbers = []
        for i, staff in enumerate(people):
            kind, number = "formal", f"D{i + 1:03d}"
            if i == formal:
                kind, number = "invited", "T001"
            elif i == formal + 1:
                kind, number = "observer", "L001"
            session.add(
                Delegate(
                    term_id=term.term_id,
                    staff_id=staff.id,
                    unit_id=staff.unit_id,
                    kind=kind,
                    number=number,
                    effective_from=date(2025, 12, 18),
                )
            )
            names[number] = staff.name
            if kind == "formal":
                numbers.append(number)
        session.commit()
        if window:
            open_collection(session, session_id=record.session_id, opens_on=opens, actor="t")
    return Congress(term.term_id, record.session_id, tuple(numbers), names)


@pytest.fixture
def congress(db: Database) -> Congress:
    return build_congress(db)
