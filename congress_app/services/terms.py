"""Terms (届) and sessions (次) of the congress (R23.1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules import Finding, check_sessions_per_year, check_term_length
from congress_app.rules.bodies import terms_overlap
from congress_app.rules.status import add_years
from congress_app.services.audit import append_audit
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import CongressSession, Term


@dataclass(frozen=True)
class TermInfo:
    term_id: int
    number: int
    starts_on: date
    years: int
    warnings: tuple[Finding, ...] = ()  # R23.1 [warn]: a term outside 3–5 years

    @property
    def ends_on(self) -> date:
        return add_years(self.starts_on, self.years)


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    term_id: int
    number: int
    held_on: date
    title: str
    extraordinary: bool


def create_term(session: Session, *, number: int, starts_on: date, years: int, actor: str) -> TermInfo:
    """Open a term (R23.1: 三至五年; outside that it warns — ``warnings`` — never refuses).
    A term overlapping another is refused (``term_overlaps``)."""
    if number < 1:
        raise InvalidInput("bad_term_number", field="number", value=number)
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise InvalidInput("term_length", field="years", value=years)
    ends_on = add_years(starts_on, years)
    warnings = tuple(check_term_length(starts_on, ends_on))
    with unit_of_work(session):
        if session.scalar(select(Term.id).where(Term.number == number)):
            raise Conflict("term_exists", number=number)
        for other in session.scalars(select(Term)):
            other_end = add_years(other.starts_on, other.years)
            if terms_overlap((starts_on, ends_on), (other.starts_on, other_end)):
                raise Conflict(
                    "term_overlaps", other=other.number, starts_on=other.starts_on, ends_on=other_end
                )
        term = Term(number=number, starts_on=starts_on, years=years)
        session.add(term)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="term.create",
            entity="term",
            entity_id=term.id,
            data={"number": number, "starts_on": starts_on, "years": years},
        )
    return TermInfo(term.id, number, starts_on, years, warnings)


MIN_YEARS, MAX_YEARS = 1, 10  # what can be typed at all; 3–5 is R23.1's (a warning)


def term_warnings(session: Session, term_id: int, today: date) -> list[Finding]:
    """R23.1 [warn]: the term's length outside 3–5 years, and each year of it over by
    ``today`` without a session (一般每年至少召开一次)."""
    term = session.get(Term, term_id)
    if term is None:
        raise NotFound(what="term", id=term_id)
    ends_on = add_years(term.starts_on, term.years)
    held = [s.held_on for s in term.sessions]
    return check_term_length(term.starts_on, ends_on) + check_sessions_per_year(
        term_start=term.starts_on, term_end=ends_on, session_dates=held, today=today
    )


def create_session(
    session: Session,
    *,
    term_id: int,
    number: int,
    held_on: date,
    title: str,
    actor: str,
    extraordinary: bool = False,
) -> SessionInfo:
    with unit_of_work(session):
        term = session.get(Term, term_id)
        if term is None:
            raise NotFound(what="term", id=term_id)
        if session.scalar(
            select(CongressSession.id).where(
                CongressSession.term_id == term_id, CongressSession.number == number
            )
        ):
            raise Conflict("session_exists", number=number)
        record = CongressSession(
            term_id=term_id, number=number, held_on=held_on, title=title, extraordinary=extraordinary
        )
        session.add(record)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="session.create",
            entity="congress_session",
            entity_id=record.id,
            data={"term": term.number, "number": number, "held_on": held_on, "title": title},
        )
    return SessionInfo(record.id, term_id, number, held_on, title, extraordinary)


def list_terms(session: Session) -> list[TermInfo]:
    return [
        TermInfo(t.id, t.number, t.starts_on, t.years)
        for t in session.scalars(select(Term).order_by(Term.number))
    ]


def list_sessions(session: Session, term_id: int) -> list[SessionInfo]:
    return [
        SessionInfo(s.id, s.term_id, s.number, s.held_on, s.title, s.extraordinary)
        for s in session.scalars(
            select(CongressSession).where(CongressSession.term_id == term_id).order_by(CongressSession.number)
        )
    ]
