"""A small school with a seat plan and a term, ready for unit elections."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.roster_file import read_roster
from congress_app.services.elections import election_overview, eligible_staff, prepare_elections
from congress_app.services.roster import import_roster
from congress_app.services.seats import save_seat_plan, seat_overview
from congress_app.services.terms import create_term

REF = date(2025, 10, 1)
HELD = date(2025, 11, 20)


@pytest.fixture
def term(db, samples):
    roster = read_roster(samples / "roster-small.csv", today=date(2026, 11, 23))
    with db.session() as session:
        import_roster(session, roster, file_name="roster-small.csv", actor="t")
        total = seat_overview(session, REF).range.recommended
        save_seat_plan(session, total=total, actor="t", reference_date=REF)
        info = create_term(session, number=9, starts_on=date(2025, 12, 18), years=5, actor="t")
        prepare_elections(session, term_id=info.term_id, actor="t")
    return info


def unit_election(db, term, index: int = 0):
    with db.session() as session:
        states = sorted(election_overview(session, term.term_id), key=lambda s: -s.seats)
        state = states[index]
        staff = [s.id for s in eligible_staff(session, state.election_id, HELD)]
    return state, staff
