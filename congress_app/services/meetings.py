"""Sessions on the meeting day: set-up (R23.1), the agenda from the norms' checklists
(R45.1–R47.1), the expected delegates (R24.1) with who is excluded and why, leave (请假).

Who the delegates are on the session date comes only from ``services.roll.roll_on``; who is
expected is decided by ``rules.status.expected_delegates``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from congress_app.rules.bodies import check_extraordinary_session
from congress_app.rules.status import FORMAL, DelegateRecord, add_years, expected_delegates
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.meeting_templates import AGENDA_TEMPLATE
from congress_app.services.roll import RollEntry, roll_on
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import (
    AgendaItem,
    Attendance,
    CongressSession,
    LeaveRequest,
    SessionSetup,
    Term,
)

# why a delegate on the roll is not expected (R24.1, R20.1)
EXPECTED = "expected"
AWAY = "away"  # away for study or work ≥ 6 months (R24.1)
ENDED = "ended"  # status not in effect on the session date (R15.1, R17.1, R18.1)
NOT_FORMAL = "not_formal"  # invited or observer (R20.1)


@dataclass(frozen=True)
class RollLine:
    """A delegate on the session's roll and where R24.1 puts them (``standing``)."""

    entry: RollEntry
    standing: str  # EXPECTED / AWAY / ENDED / NOT_FORMAL

    @property
    def counted(self) -> bool:
        return self.standing == EXPECTED


@dataclass(frozen=True)
class MeetingInfo:
    session_id: int
    term_id: int
    term_number: int
    number: int
    held_on: date
    title: str
    extraordinary: bool
    dmc_decision: str
    dmc_decided_on: date | None


@dataclass(frozen=True)
class ExpectedList:
    """R24.1 on the session date: ``lines`` in roll order; ``expected`` = counted lines."""

    meeting: MeetingInfo
    lines: tuple[RollLine, ...]

    @property
    def expected(self) -> int:
        return sum(1 for line in self.lines if line.counted)

    def excluded(self) -> list[RollLine]:
        return [line for line in self.lines if not line.counted]


def _term_covering(session: Session, on: date) -> Term:
    terms = list(session.scalars(select(Term).order_by(Term.starts_on)))
    for term in reversed(terms):
        if term.starts_on <= on < add_years(term.starts_on, term.years):
            return term
    raise NotFound("no_term_on", what="term_on", id=on, on=on)


def meeting_info(session: Session, session_id: int) -> MeetingInfo:
    """The session with its term's number and its setup, in one query."""
    row = session.execute(
        select(
            CongressSession.id,
            CongressSession.term_id,
            Term.number,
            CongressSession.number,
            CongressSession.held_on,
            CongressSession.title,
            CongressSession.extraordinary,
            SessionSetup.dmc_decision,
            SessionSetup.dmc_decided_on,
        )
        .join(Term, Term.id == CongressSession.term_id)
        .outerjoin(SessionSetup, SessionSetup.session_id == CongressSession.id)  # one per session
        .where(CongressSession.id == session_id)
    ).first()
    if row is None:
        raise NotFound(what="congress_session", id=session_id)
    return MeetingInfo(*row[:7], row[7] or "", row[8])


def latest_meeting(session: Session, *, on_or_before: date | None = None) -> MeetingInfo:
    """The latest session (by date), or the latest held on or before ``on_or_before``."""
    query = (
        select(CongressSession.id)
        .order_by(CongressSession.held_on.desc(), CongressSession.id.desc())
        .limit(1)
    )
    if on_or_before is not None:
        query = query.where(CongressSession.held_on <= on_or_before)
    found = session.scalar(query)
    if found is None:
        raise NotFound("no_session", what="congress_session")
    return meeting_info(session, found)


def list_meetings(session: Session) -> list[MeetingInfo]:
    ids = session.scalars(
        select(CongressSession.id).order_by(CongressSession.held_on, CongressSession.id)
    ).all()
    return [meeting_info(session, i) for i in ids]


def create_meeting(
    session: Session,
    *,
    held_on: date,
    actor: str,
    title: str = "",
    extraordinary: bool = False,
    dmc_decision: str = "",
    dmc_decided_on: date | None = None,
) -> MeetingInfo:
    """A session of the term covering ``held_on`` (next number), with its agenda from the
    template. An extraordinary session needs the DMC's recorded decision (R23.1, must)."""
    decision = dmc_decision.strip()
    if extraordinary:
        findings = check_extraordinary_session(held_on, dmc_decided_on if decision else None)
        if findings:
            raise InvalidInput(
                findings[0].code, field="dmc_decision", rule="R23.1", on=dmc_decided_on, held_on=held_on
            )
    with unit_of_work(session):
        term = _term_covering(session, held_on)
        number = (
            session.scalar(select(func.max(CongressSession.number)).where(CongressSession.term_id == term.id))
            or 0
        ) + 1
        if session.scalar(
            select(CongressSession.id).where(
                CongressSession.term_id == term.id, CongressSession.held_on == held_on
            )
        ):
            raise Conflict("session_on_date", on=held_on)
        record = CongressSession(
            term_id=term.id, number=number, held_on=held_on, title=title.strip(), extraordinary=extraordinary
        )
        session.add(record)
        session.flush()
        session.add(
            SessionSetup(
                session_id=record.id,
                dmc_decision=decision,
                dmc_decided_on=dmc_decided_on if extraordinary else None,
            )
        )
        _add_template(session, record.id)
        append_audit(
            session,
            actor=actor,
            action="session.create",
            entity="congress_session",
            entity_id=record.id,
            data={
                "term": term.number,
                "number": number,
                "held_on": held_on,
                "title": title.strip(),
                "extraordinary": extraordinary,
                "dmc_decision": decision,
                "dmc_decided_on": dmc_decided_on,
            },
        )
    return meeting_info(session, record.id)


# --- R24.1: the expected delegates -----------------------------------------------------------


def _record(entry: RollEntry, on: date) -> DelegateRecord:
    away = ((entry.away_from, None),) if entry.away_from is not None else ()
    return DelegateRecord(
        key=str(entry.delegate_id),
        kind=entry.kind,
        effective_from=on if entry.active else None,
        away_periods=away,
    )


def expected_list(session: Session, session_id: int) -> ExpectedList:
    """Every delegate on the roll on the session date, and whether R24.1 expects them."""
    meeting = meeting_info(session, session_id)
    entries = roll_on(session, meeting.term_id, meeting.held_on)
    decided = expected_delegates((_record(e, meeting.held_on) for e in entries), meeting.held_on)
    away, inactive = set(decided.away_excluded), set(decided.inactive)
    lines = []
    for entry in entries:
        key = str(entry.delegate_id)
        if entry.kind != FORMAL:
            standing = NOT_FORMAL
        elif key in inactive:
            standing = ENDED
        elif key in away:
            standing = AWAY
        else:
            standing = EXPECTED
        lines.append(RollLine(entry, standing))
    return ExpectedList(meeting, tuple(lines))


# --- agenda (R45.1–R47.1, R43.1) -----------------------------------------------------------


@dataclass(frozen=True)
class AgendaLine:
    item_id: int
    position: int
    phase: str
    code: str
    title: str
    starts_at: str
    done: bool


def _add_template(session: Session, session_id: int) -> None:
    for position, (phase, code, title, starts_at) in enumerate(AGENDA_TEMPLATE, start=1):
        session.add(
            AgendaItem(
                session_id=session_id,
                position=position,
                phase=phase,
                code=code,
                title=title,
                starts_at=starts_at,
            )
        )


def agenda(session: Session, session_id: int) -> list[AgendaLine]:
    return [
        AgendaLine(i.id, i.position, i.phase, i.code, i.title, i.starts_at, i.done)
        for i in session.scalars(
            select(AgendaItem).where(AgendaItem.session_id == session_id).order_by(AgendaItem.position)
        )
    ]


def reset_agenda(session: Session, session_id: int, *, actor: str) -> list[AgendaLine]:
    """Replace the session's agenda with the template (R45.1–R47.1)."""
    meeting_info(session, session_id)
    with unit_of_work(session):
        session.execute(delete(AgendaItem).where(AgendaItem.session_id == session_id))
        _add_template(session, session_id)
        append_audit(
            session,
            actor=actor,
            action="agenda.template",
            entity="congress_session",
            entity_id=session_id,
            data={"items": len(AGENDA_TEMPLATE)},
        )
    return agenda(session, session_id)


def update_agenda_item(
    session: Session,
    item_id: int,
    *,
    actor: str,
    title: str | None = None,
    starts_at: str | None = None,
    done: bool | None = None,
) -> AgendaLine:
    with unit_of_work(session):
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise NotFound(what="agenda_item", id=item_id)
        if title is not None:
            if not title.strip():
                raise InvalidInput("missing_value", field="agenda_title")
            item.title = title.strip()
        if starts_at is not None:
            item.starts_at = starts_at.strip()[:20]
        if done is not None:
            item.done = done
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="agenda.update",
            entity="agenda_item",
            entity_id=item.id,
            data={"title": item.title, "starts_at": item.starts_at, "done": item.done},
        )
    return AgendaLine(item.id, item.position, item.phase, item.code, item.title, item.starts_at, item.done)


# --- leave (请假) -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeaveLine:
    delegate_id: int
    name: str
    number: str | None
    reason: str


def record_leave(
    session: Session, session_id: int, delegate_id: int, *, reason: str, actor: str
) -> LeaveLine:
    """请假 for an expected delegate (others are not expected: nothing to excuse)."""
    lines = {line.entry.delegate_id: line for line in expected_list(session, session_id).lines}
    line = lines.get(delegate_id)
    if line is None:
        raise NotFound(what="delegate", id=delegate_id)
    if not line.counted:
        raise InvalidInput("leave_not_expected", field="delegate", name=line.entry.name)
    with unit_of_work(session):
        if session.scalar(
            select(LeaveRequest.id).where(
                LeaveRequest.session_id == session_id, LeaveRequest.delegate_id == delegate_id
            )
        ):
            raise Conflict("leave_exists", name=line.entry.name)
        session.add(
            LeaveRequest(
                session_id=session_id, delegate_id=delegate_id, reason=reason.strip(), recorded_by=actor
            )
        )
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="leave.record",
            entity="congress_session",
            entity_id=session_id,
            data={"delegate": delegate_id, "reason": reason.strip()},
        )
    return LeaveLine(delegate_id, line.entry.name, line.entry.number, reason.strip())


def withdraw_leave(session: Session, session_id: int, delegate_id: int, *, actor: str) -> None:
    with unit_of_work(session):
        done = cast(
            CursorResult[Any],
            session.execute(
                delete(LeaveRequest).where(
                    LeaveRequest.session_id == session_id, LeaveRequest.delegate_id == delegate_id
                )
            ),
        )
        if not done.rowcount:
            raise NotFound(what="leave", id=delegate_id)
        append_audit(
            session,
            actor=actor,
            action="leave.withdraw",
            entity="congress_session",
            entity_id=session_id,
            data={"delegate": delegate_id},
        )


def leave_list(session: Session, session_id: int) -> list[LeaveLine]:
    lines = {line.entry.delegate_id: line.entry for line in expected_list(session, session_id).lines}
    result = []
    for request in session.scalars(
        select(LeaveRequest).where(LeaveRequest.session_id == session_id).order_by(LeaveRequest.id)
    ):
        entry = lines.get(request.delegate_id)
        if entry is not None:
            result.append(LeaveLine(request.delegate_id, entry.name, entry.number, request.reason))
    return result


def checked_in_ids(session: Session, session_id: int) -> set[int]:
    return set(
        session.scalars(
            select(Attendance.delegate_id).where(
                Attendance.session_id == session_id, Attendance.undone_at.is_(None)
            )
        )
    )
