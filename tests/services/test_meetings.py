"""Meeting day services: set-up, R24.1 expected list, check-in desk, leave, quorum (R24.2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from congress_app.services import meetings as meetings_service
from congress_app.services.audit import verify_audit_chain
from congress_app.services.checkin import check_in, load_desk, quorum_state, undo_check_in
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.meetings import (
    AWAY,
    ENDED,
    EXPECTED,
    NOT_FORMAL,
    agenda,
    create_meeting,
    expected_list,
    leave_list,
    record_leave,
)
from congress_app.services.roll import RollIndex
from congress_app.storage.models import Attendance, AuditEntry
from tests.services.meeting_fixtures import HELD_ON, add_delegates, meeting_with, number_of


def test_new_session_gets_the_next_number_the_expected_count_and_the_agenda(db) -> None:
    meeting = meeting_with(db, formal=12, invited=2, observer=1)
    with db.session() as session:
        roll = expected_list(session, meeting.session_id)
        items = agenda(session, meeting.session_id)
    assert meeting.number == 1 and meeting.held_on == HELD_ON
    assert roll.expected == 12 and len(roll.lines) == 15
    assert [line.standing for line in roll.excluded()] == [NOT_FORMAL] * 3
    assert [i.code for i in items if i.phase == "premeet"] == [f"R46.1-{n}" for n in range(1, 7)]
    assert items[-1].code == "R43.1"


def test_extraordinary_session_needs_the_dmc_decision(db) -> None:
    with db.session() as session:
        add_delegates(session, formal=3)
        with pytest.raises(InvalidInput) as refused:
            create_meeting(session, held_on=HELD_ON, actor="t", extraordinary=True)
        assert refused.value.code == "dmc_decision_missing"
        with pytest.raises(InvalidInput) as late:
            create_meeting(
                session,
                held_on=HELD_ON,
                actor="t",
                extraordinary=True,
                dmc_decision="民管会第3次会议决定",
                dmc_decided_on=date(2026, 12, 18),
            )
        assert late.value.code == "dmc_decision_after_session"
        made = create_meeting(
            session,
            held_on=HELD_ON,
            actor="t",
            extraordinary=True,
            dmc_decision="民管会第3次会议决定",
            dmc_decided_on=date(2026, 12, 1),
        )
    assert made.extraordinary and made.dmc_decided_on == date(2026, 12, 1)


def test_a_date_outside_every_term_is_refused(db) -> None:
    with db.session() as session:
        add_delegates(session, formal=3)
        with pytest.raises(NotFound):
            create_meeting(session, held_on=date(2020, 1, 1), actor="t")


def test_expected_list_excludes_away_six_months_ended_and_non_formal(db, monkeypatch) -> None:
    meeting = meeting_with(db, formal=6, invited=1)
    real_roll = meetings_service.roll_on

    def roll(session, term_id, on):
        entries = real_roll(session, term_id, on)
        changed = {
            number_of(1): dict(away_from=date(2026, 6, 17)),  # 6 months to the day: excluded
            number_of(2): dict(away_from=date(2026, 6, 18)),  # a day short: still expected
            number_of(3): dict(status="retired"),
        }
        return [replace(e, **changed.get(e.number, {})) for e in entries]

    monkeypatch.setattr(meetings_service, "roll_on", roll)
    with db.session() as session:
        roll_list = expected_list(session, meeting.session_id)
        desk = load_desk(session, meeting.session_id)
        standing = {line.entry.number: line.standing for line in roll_list.lines}
        assert standing[number_of(1)] == AWAY and standing[number_of(2)] == EXPECTED
        assert standing[number_of(3)] == ENDED and standing[number_of(7)] == NOT_FORMAL
        assert roll_list.expected == 4 and desk.expected == 4
        with pytest.raises(InvalidInput) as ended:
            check_in(session, desk, number_of(3), actor="t")
        assert ended.value.code == "delegate_ended"
        away = check_in(session, desk, number_of(1), actor="t")  # attends, never counted
        assert not away.counted and away.quorum.present == 0 and away.quorum.attending == 1
        with pytest.raises(InvalidInput):
            record_leave(
                session,
                meeting.session_id,
                desk.find(number_of(1)).entry.delegate_id,
                reason="出差",
                actor="t",
            )


def test_check_in_by_number_staff_no_and_name_then_refusals_record_nothing(db) -> None:
    meeting = meeting_with(db, formal=6, observer=1)
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        first = check_in(session, desk, f"  {number_of(1)} ", actor="desk1", desk_name="一号台")
        assert first.counted and first.quorum.present == 1 and first.line.entry.name == "代表0001"
        assert check_in(session, desk, "S90002", actor="t").line.entry.number == number_of(2)
        assert check_in(session, desk, "代表0003", actor="t").quorum.present == 3
        assert check_in(session, desk, f"JDH9:{number_of(4)}", actor="t").quorum.present == 4
        observer = check_in(session, desk, number_of(7), actor="t")
        assert not observer.counted and observer.quorum.present == 4
        assert observer.quorum.attending == 5
        before = session.scalar(select(func.count()).select_from(AuditEntry))
        with pytest.raises(Conflict) as twice:
            check_in(session, desk, number_of(1), actor="t")
        assert twice.value.code == "already_checked_in"
        with pytest.raises(NotFound) as unknown:
            check_in(session, desk, "D9999", actor="t")
        assert unknown.value.code == "unknown_delegate"
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before
        assert session.scalar(select(func.count()).select_from(Attendance)) == 5
        row = session.scalar(select(Attendance).where(Attendance.desk == "一号台"))
        assert row.actor == "desk1" and row.counted


def test_undo_is_recorded_and_the_delegate_may_check_in_again(db) -> None:
    meeting = meeting_with(db, formal=3)
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        check_in(session, desk, number_of(1), actor="t")
        undone = undo_check_in(session, desk, number_of(1), actor="t2")
        assert undone.undone and undone.quorum.present == 0
        row = session.scalar(select(Attendance))
        assert row.undone_at is not None and row.undone_by == "t2"
        with pytest.raises(Conflict) as not_in:
            undo_check_in(session, desk, number_of(1), actor="t")
        assert not_in.value.code == "not_checked_in"
        assert check_in(session, desk, number_of(1), actor="t").quorum.present == 1
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions[-3:] == ["attendance.check_in", "attendance.undo", "attendance.check_in"]
        assert verify_audit_chain(session).intact


@pytest.mark.parametrize("expected", [1, 2, 3, 7, 9, 10, 12])
def test_quorum_flips_at_exactly_two_thirds(db, expected) -> None:
    meeting = meeting_with(db, formal=expected)
    flip = -(-2 * expected // 3)
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        for i in range(1, expected + 1):
            state = check_in(session, desk, number_of(i), actor="t").quorum
            assert state.required == flip
            assert state.reached is (i >= flip), (i, flip)


def test_leave_counts_as_leave_until_the_delegate_arrives(db) -> None:
    meeting = meeting_with(db, formal=6)
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        record_leave(
            session, meeting.session_id, desk.find(number_of(2)).entry.delegate_id, reason="病假", actor="t"
        )
        with pytest.raises(Conflict):
            record_leave(
                session, meeting.session_id, desk.find(number_of(2)).entry.delegate_id, reason="", actor="t"
            )
        check_in(session, desk, number_of(1), actor="t")
        state = quorum_state(session, meeting.session_id, desk.expected)
        assert (state.expected, state.present, state.on_leave, state.absent) == (6, 1, 1, 4)
        check_in(session, desk, number_of(2), actor="t")
        state = quorum_state(session, meeting.session_id, desk.expected)
        assert (state.present, state.on_leave, state.absent) == (2, 0, 4)
        assert [line.reason for line in leave_list(session, meeting.session_id)] == ["病假"]


def test_an_ambiguous_name_asks_for_the_number(db) -> None:
    meeting = meeting_with(db, formal=3)
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        first, second = desk.find(number_of(1)).entry, desk.find(number_of(2)).entry
        twin = replace(desk, index=RollIndex([first, replace(second, name=first.name)]))
        with pytest.raises(InvalidInput) as ambiguous:
            check_in(session, twin, first.name, actor="t")
        assert ambiguous.value.code == "ambiguous_delegate"
        assert ambiguous.value.details["numbers"] == f"{first.number}、{second.number}"
        assert check_in(session, twin, second.number, actor="t").line.entry == second


def test_demo_meetings_complete_one_session_and_leave_one_in_progress(db) -> None:
    import random

    from congress_app.services.checkin import quorum_state
    from congress_app.services.demo_meetings import run_demo_meetings
    from congress_app.services.evaluation import evaluation_summary
    from congress_app.services.terms import create_session
    from congress_app.services.votes import broken_seals, list_votes

    with db.session() as session:
        term_id = add_delegates(session, formal=30, invited=2)
        first = create_session(
            session, term_id=term_id, number=1, held_on=date(2025, 12, 18), title="一", actor="t"
        )
        second = create_session(session, term_id=term_id, number=2, held_on=HELD_ON, title="二", actor="t")
        chapters = run_demo_meetings(session, term_id, actor="t", rng=random.Random(7))
        done = quorum_state(session, first.session_id, 30)
        going = quorum_state(session, second.session_id, 30)
        votes = list_votes(session, first.session_id)
        assert len(chapters) == 2 and done.reached and going.reached
        assert done.on_leave == 3 and done.attending == done.present + 2
        assert [v.kind for v in votes[:4]] == ["credentials", "agenda", "method", "election"]
        assert any(not v.passed for v in votes) and broken_seals(session) == []
        assert {v.voted_at.date() for v in votes} == {date(2025, 12, 18)}  # UTC, 08:10–15:50 +8
        assert evaluation_summary(session, first.session_id).published_on == date(2025, 12, 26)
        assert [v.kind for v in list_votes(session, second.session_id)] == ["credentials", "method"]
        assert verify_audit_chain(session).intact


def test_the_reports_quorum_from_the_lines_is_the_desks_quorum_and_the_meeting_is_read_in_one_query(
    db,
) -> None:
    """meeting_attendance_quorum (one read for the attendance report) gives what
    meeting_attendance + quorum_state (the desk's SQL counts) give, and meeting_info's joined
    query what the records say."""
    from sqlalchemy import event

    from congress_app.services.checkin import meeting_attendance, meeting_attendance_quorum
    from congress_app.services.meetings import meeting_info
    from congress_app.storage.models import CongressSession, SessionSetup

    meeting = meeting_with(db, formal=8, invited=2, observer=1)
    with db.session() as session:
        desk = load_desk(session, meeting.session_id)
        ids = {i: desk.find(number_of(i)).entry.delegate_id for i in range(1, 12)}

        def both() -> None:
            got_meeting, got_lines, got_q = meeting_attendance_quorum(session, meeting.session_id)
            want_meeting, want_lines = meeting_attendance(session, meeting.session_id)
            expected = sum(1 for a in want_lines if a.line.counted)
            assert (got_meeting, got_lines) == (want_meeting, want_lines)
            assert got_q == quorum_state(session, meeting.session_id, expected)

        both()  # nobody in yet
        record_leave(session, meeting.session_id, ids[2], reason="病假", actor="t")
        record_leave(session, meeting.session_id, ids[3], reason="出差", actor="t")
        for i in (1, 3, 4, 5, 9, 10):  # 3 came despite leave; 9, 10 invited (never counted)
            check_in(session, desk, number_of(i), actor="t")
        undo_check_in(session, desk, number_of(5), actor="t")
        both()
        _, _, q = meeting_attendance_quorum(session, meeting.session_id)
        assert (q.expected, q.present, q.on_leave, q.absent, q.attending) == (8, 3, 1, 4, 5)

        record = session.get(CongressSession, meeting.session_id)
        setup = session.scalar(select(SessionSetup).where(SessionSetup.session_id == meeting.session_id))
        assert record is not None
        info = meeting_info(session, meeting.session_id)
        assert (info.term_id, info.term_number, info.number, info.held_on, info.title) == (
            record.term_id,
            record.term.number,
            record.number,
            record.held_on,
            record.title,
        )
        assert (info.dmc_decision, info.dmc_decided_on) == (
            (setup.dmc_decision, setup.dmc_decided_on) if setup else ("", None)
        )
        statements: list[str] = []

        def note(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(session.get_bind(), "before_cursor_execute", note)
        try:
            meeting_info(session, meeting.session_id)
        finally:
            event.remove(session.get_bind(), "before_cursor_execute", note)
        assert len(statements) == 1
        with pytest.raises(NotFound):
            meeting_info(session, meeting.session_id + 99)
