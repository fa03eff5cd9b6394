"""Two desks (two processes) check the same 500 delegates in at once, on one SQLite file in
WAL mode and on a real PostgreSQL server: no check-in lost, nobody counted twice, the audit
chain intact. PostgreSQL: CONGRESS_TEST_PG_URL (an admin URL; `.ci/run` starts a server on
127.0.0.1 and sets it); skipped only where it is absent on a developer machine."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from congress_app.paths import sqlite_url
from congress_app.services.audit import verify_audit_chain
from congress_app.services.checkin import check_in, load_desk, quorum_state
from congress_app.services.database import open_database
from congress_app.services.errors import Conflict
from congress_app.services.meetings import create_meeting
from congress_app.storage.migrate import upgrade_to_head
from congress_app.storage.models import Attendance
from tests.services.meeting_fixtures import add_delegates, number_of

DELEGATES = 500
PG_ENV = "CONGRESS_TEST_PG_URL"


def desk_worker(url: str, session_id: int, reverse: bool, start, results) -> None:
    """One desk: check every delegate in (one order or the other); report what happened."""
    db = open_database(url, upgrade=False)
    ok = conflicts = 0
    errors: list[str] = []
    numbers = list(range(1, DELEGATES + 1))
    with db.session() as session:
        desk = load_desk(session, session_id)
        start.wait(30)
        for i in reversed(numbers) if reverse else numbers:
            try:
                check_in(session, desk, number_of(i), actor=f"desk{int(reverse)}")
                ok += 1
            except Conflict:
                conflicts += 1
            except Exception as error:  # noqa: BLE001 - reported to the test
                errors.append(f"{number_of(i)}: {type(error).__name__}: {error}"[:300])
    db.close()
    results.put((ok, conflicts, errors))


def _run_two_desks(url: str) -> None:
    db = open_database(url)
    with db.session() as session:
        add_delegates(session, formal=DELEGATES)
        meeting = create_meeting(session, held_on=date(2026, 12, 17), actor="t")
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    desks = [
        context.Process(target=desk_worker, args=(url, meeting.session_id, rev, start, results))
        for rev in (False, True)
    ]
    for p in desks:
        p.start()
    start.set()
    reports = [results.get(timeout=240) for _ in desks]
    for p in desks:
        p.join(30)
    assert [error for _ok, _c, errors in reports for error in errors] == []
    assert sum(ok for ok, _c, _e in reports) == DELEGATES
    assert sum(c for _ok, c, _e in reports) == DELEGATES
    with db.session() as session:
        rows = session.execute(
            select(Attendance.delegate_id, func.count()).group_by(Attendance.delegate_id)
        ).all()
        assert len(rows) == DELEGATES and {n for _d, n in rows} == {1}
        state = quorum_state(session, meeting.session_id, DELEGATES)
        assert state.present == DELEGATES and state.reached
        check = verify_audit_chain(session)
        assert check.intact, check.first_broken_id
    db.close()


def test_two_desks_on_one_sqlite_file(tmp_path) -> None:
    _run_two_desks(sqlite_url(tmp_path / "shared.db"))


@pytest.fixture
def pg_url():
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"{PG_ENV} not set (CI sets it)")
    name = f"congress_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    upgrade_to_head(url)
    yield url
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def test_two_desks_on_postgresql(pg_url) -> None:
    _run_two_desks(pg_url)
