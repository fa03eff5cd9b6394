"""The check-in desk (签到) and the live quorum (第二十四条, R24.2).

A desk loads the session's roll once (:func:`load_desk`) and then checks delegates in by
number, 工号 or a unique name (a QR scanner types the number and Enter). Several desks may
share one database: the unique (session, delegate) row decides who was first, so nobody is
lost or counted twice; an undo is recorded on the row and in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from congress_app.rules.quorum import quorum
from congress_app.rules.status import FORMAL
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.meetings import ENDED, MeetingInfo, RollLine, expected_list
from congress_app.services.roll import RollIndex
from congress_app.services.transaction import unit_of_work
from congress_app.storage.base import utcnow
from congress_app.storage.models import Attendance, LeaveRequest

SEPARATORS = ("|", ":", "/", ";", ",")  # a QR payload such as "JDH9:0123" ends with the number


@dataclass(frozen=True)
class DeskRoll:
    """The session's roll, indexed once (``services.roll.RollIndex``) for one keystroke per
    delegate."""

    session_id: int
    held_on: date
    expected: int
    lines: dict[int, RollLine]
    index: RollIndex

    def find(self, key: str) -> RollLine:
        """The delegate for a typed or scanned key (a QR payload's tail after a separator
        counts as a number). NotFound ``unknown_delegate`` or InvalidInput
        ``ambiguous_delegate`` (two delegates of that name: type the number)."""
        text = key.strip()
        if not text:
            raise InvalidInput("missing_value", field="delegate_no")
        tails = [text.rsplit(sep, 1)[1] for sep in SEPARATORS if sep in text]
        entry = self.index.find(text, also=tails)
        if entry is None:
            raise NotFound("unknown_delegate", what=text, key=text)
        return self.lines[entry.delegate_id]


def load_desk(session: Session, session_id: int) -> DeskRoll:
    roll = expected_list(session, session_id)
    lines = {line.entry.delegate_id: line for line in roll.lines}
    return DeskRoll(
        session_id, roll.meeting.held_on, roll.expected, lines, RollIndex(line.entry for line in roll.lines)
    )


@dataclass(frozen=True)
class QuorumState:
    """应到 / 实到 / 请假 / 未到 and R24.2's verdict."""

    expected: int
    present: int
    on_leave: int
    required: int
    reached: bool
    attending: int  # everyone checked in, invited and observer delegates included

    @property
    def absent(self) -> int:
        return max(0, self.expected - self.present - self.on_leave)


def quorum_state(session: Session, session_id: int, expected: int) -> QuorumState:
    """Two count queries: cheap enough to poll every second on every desk."""
    active = (Attendance.session_id == session_id) & Attendance.undone_at.is_(None)
    counted, attending = session.execute(
        select(func.count().filter(Attendance.counted), func.count()).where(active)
    ).one()
    present_ids = select(Attendance.delegate_id).where(active)
    on_leave = (
        session.scalar(
            select(func.count())
            .select_from(LeaveRequest)
            .where(LeaveRequest.session_id == session_id, LeaveRequest.delegate_id.not_in(present_ids))
        )
        or 0
    )
    session.rollback()  # end the read: a desk must not hold a snapshot open between polls
    return _quorum(expected, counted or 0, on_leave, attending or 0)


def _quorum(expected: int, counted: int, on_leave: int, attending: int) -> QuorumState:
    state = quorum(expected, min(counted, expected))
    return QuorumState(expected, state.present, on_leave, state.required, state.reached, attending)


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows: who, whether they count, the quorum after the change."""

    line: RollLine
    counted: bool
    undone: bool
    quorum: QuorumState


def _refuse_ended(line: RollLine) -> None:
    if line.standing == ENDED:
        raise InvalidInput(
            "delegate_ended",
            field="key",
            name=line.entry.name,
            number=line.entry.number or line.entry.staff_no,
            status=line.entry.status,
        )


def check_in(session: Session, desk: DeskRoll, key: str, *, actor: str, desk_name: str = "") -> CheckInResult:
    """签到. Refuses (nothing recorded): unknown key, ambiguous name, status ended,
    already checked in (Conflict ``already_checked_in``). Invited and observer delegates
    are recorded as attending and never counted (R20.1)."""
    line = desk.find(key)
    _refuse_ended(line)
    entry = line.entry
    formal = entry.kind == FORMAL
    data = {
        "session": desk.session_id,
        "delegate": entry.delegate_id,
        "number": entry.number,
        "counted": line.counted,
        "desk": desk_name,
    }
    seen = session.execute(
        select(Attendance.checked_in_at, Attendance.undone_at).where(
            Attendance.session_id == desk.session_id, Attendance.delegate_id == entry.delegate_id
        )
    ).first()
    session.rollback()  # a read only: no lock is held while this desk types on
    if seen is not None and seen.undone_at is None:  # the usual second scan: no write needed
        raise Conflict(
            "already_checked_in",
            name=entry.name,
            number=entry.number or entry.staff_no,
            at=seen.checked_in_at,
        )
    try:
        with unit_of_work(session):
            session.execute(
                insert(Attendance).values(
                    session_id=desk.session_id,
                    delegate_id=entry.delegate_id,
                    formal=formal,
                    counted=line.counted,
                    desk=desk_name,
                    actor=actor,
                    checked_in_at=utcnow(),
                    undone_by="",
                )
            )
            append_audit(
                session,
                actor=actor,
                action="attendance.check_in",
                entity="attendance",
                entity_id=entry.delegate_id,
                data=data,
            )
    except IntegrityError:
        # another desk (or an earlier keystroke) was first; after an undo, check in again
        with unit_of_work(session):
            again = cast(
                CursorResult[Any],
                session.execute(
                    update(Attendance)
                    .where(
                        Attendance.session_id == desk.session_id,
                        Attendance.delegate_id == entry.delegate_id,
                        Attendance.undone_at.is_not(None),
                    )
                    .values(
                        undone_at=None,
                        undone_by="",
                        checked_in_at=utcnow(),
                        desk=desk_name,
                        actor=actor,
                        formal=formal,
                        counted=line.counted,
                    )
                ),
            )
            if not again.rowcount:
                at = session.scalar(
                    select(Attendance.checked_in_at).where(
                        Attendance.session_id == desk.session_id, Attendance.delegate_id == entry.delegate_id
                    )
                )
                raise Conflict(
                    "already_checked_in", name=entry.name, number=entry.number or entry.staff_no, at=at
                ) from None
            append_audit(
                session,
                actor=actor,
                action="attendance.check_in",
                entity="attendance",
                entity_id=entry.delegate_id,
                data=data,
            )
    return CheckInResult(line, line.counted, False, quorum_state(session, desk.session_id, desk.expected))


def undo_check_in(session: Session, desk: DeskRoll, key: str, *, actor: str) -> CheckInResult:
    """撤销签到 of a wrong check-in (kept on the row and in the audit log)."""
    line = desk.find(key)
    entry = line.entry
    with unit_of_work(session):
        done = cast(
            CursorResult[Any],
            session.execute(
                update(Attendance)
                .where(
                    Attendance.session_id == desk.session_id,
                    Attendance.delegate_id == entry.delegate_id,
                    Attendance.undone_at.is_(None),
                )
                .values(undone_at=utcnow(), undone_by=actor)
            ),
        )
        if not done.rowcount:
            raise Conflict("not_checked_in", name=entry.name, number=entry.number or entry.staff_no)
        append_audit(
            session,
            actor=actor,
            action="attendance.undo",
            entity="attendance",
            entity_id=entry.delegate_id,
            data={"session": desk.session_id, "delegate": entry.delegate_id},
        )
    return CheckInResult(line, line.counted, True, quorum_state(session, desk.session_id, desk.expected))


@dataclass(frozen=True)
class AttendanceLine:
    line: RollLine
    checked_in: bool
    on_leave: bool
    leave_reason: str


def attendance_lines(session: Session, session_id: int) -> list[AttendanceLine]:
    """Everyone on the roll with check-in and leave, for the sheet and the report."""
    return meeting_attendance(session, session_id)[1]


def meeting_attendance(session: Session, session_id: int) -> tuple[MeetingInfo, list[AttendanceLine]]:
    """The meeting and :func:`attendance_lines` (a paper needs both: the meeting is read once)."""
    meeting, lines, _present, _leave = _meeting_attendance(session, session_id)
    return meeting, lines


def meeting_attendance_quorum(
    session: Session, session_id: int
) -> tuple[MeetingInfo, list[AttendanceLine], QuorumState]:
    """:func:`meeting_attendance` and the quorum of its counted lines from the same reads —
    what :func:`quorum_state` counts in SQL (active check-ins flagged counted, all active
    check-ins, leave requests of delegates not checked in), without a second query or the
    desk's rollback (an attendance report)."""
    meeting, lines, present, leave = _meeting_attendance(session, session_id)
    expected = sum(1 for a in lines if a.line.counted)
    on_leave = sum(1 for delegate in leave if delegate not in present)  # one request a delegate
    return meeting, lines, _quorum(expected, sum(present.values()), on_leave, len(present))


def _meeting_attendance(
    session: Session, session_id: int
) -> tuple[MeetingInfo, list[AttendanceLine], dict[int, bool], dict[int, str]]:
    """The lines, plus the active check-ins (delegate -> counted) and leave requests
    (delegate -> reason) they were made from."""
    roll = expected_list(session, session_id)
    present: dict[int, bool] = {
        delegate: bool(counted)
        for delegate, counted in session.execute(
            select(Attendance.delegate_id, Attendance.counted).where(
                Attendance.session_id == session_id, Attendance.undone_at.is_(None)
            )
        )
    }
    leave: dict[int, str] = dict(
        session.execute(
            select(LeaveRequest.delegate_id, LeaveRequest.reason).where(LeaveRequest.session_id == session_id)
        ).all()
    )
    lines = [
        AttendanceLine(
            line,
            line.entry.delegate_id in present,
            line.entry.delegate_id in leave and line.entry.delegate_id not in present,
            leave.get(line.entry.delegate_id, ""),
        )
        for line in roll.lines
    ]
    return roll.meeting, lines, present, leave
