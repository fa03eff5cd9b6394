"""The credentials review (代表资格审查, R15.1) and the published delegate list.

The review checks each elected delegate's eligibility (R12.1), each unit's procedure (R14),
and the composition of the whole body: teaching ≥ 60% (R13.5), women and youth against
their staff shares (R13.5), the main leaders among the formal delegates (R13.6). Approval
publishes the list: the delegates' status takes effect from the publication date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.reports.credentials import build_credentials_pdf
from congress_app.reports.delegate_list import build_delegate_list_pdf
from congress_app.rules.leaders import VACANT, check_leaders
from congress_app.rules.seats import (
    LEADER_ROLES,
    check_composition,
    is_teaching,
    is_woman,
    is_youth,
    share_target,
    teaching_minimum,
)
from congress_app.rules.standing import Standing, check_standing
from congress_app.services.errors import Conflict, InvalidInput, NotFound
from congress_app.services.leaders import leader_holders_on
from congress_app.services.seats import current_seat_plan
from congress_app.services.unit_order import unit_name_key
from congress_app.services.units import standings_on, unit_counts
from congress_app.storage.models import (
    CredentialsReview,
    Delegate,
    ElectionUnit,
    Staff,
    Term,
    UnitElection,
)
from congress_app.strokes import surname_stroke_key
from congress_app.wording.papers import NOT_CONFIRMED_NOTES as NOT_CONFIRMED_NOTES
from congress_app.wording.papers import PROCEDURE_NOTES as PROCEDURE_NOTES

_NOT_ON_STAFF = Standing(None)
BLOCKING_KINDS = ("teaching", "leaders")  # "must" rules; women/youth "should match" (R13.5)


@dataclass(frozen=True)
class CheckView:
    kind: str  # teaching / women / youth / leaders
    rule: str
    actual: int
    required: int
    passed: bool
    blocking: bool
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class DelegateCheck:
    staff_id: int
    unit_id: int
    unit: str
    name: str
    gender: str
    category: str
    eligible: bool
    codes: tuple[str, ...]
    staff_no: str = ""


@dataclass(frozen=True)
class ProcedureView:
    unit: str
    seats: int
    elected: int
    compliant: bool
    codes: tuple[str, ...]  # e.g. runoff_pending, round_open, void_round, seats_unfilled


@dataclass(frozen=True)
class CredentialsView:
    term_id: int
    term_number: int
    reference_date: date
    on_duty: int
    teaching_staff: int
    women_staff: int
    youth_staff: int
    seats: int
    checks: tuple[CheckView, ...]
    delegates: tuple[DelegateCheck, ...]
    procedures: tuple[ProcedureView, ...]
    published_on: date | None
    kind: str = "original"  # or "supplement": only the elected not yet reviewed (R15.2)
    youth_age_limit: int = 35
    body: int = 0  # the whole elected body the composition checks count (a supplement lists fewer)

    @property
    def blocking_failures(self) -> list[str]:
        """Musts that stop the approval (R13.5 teaching, R13.6 leaders, R14 procedure). A
        person who fails R15.1 does not stop it: they are not confirmed (R15.3)."""
        failures = [c.kind for c in self.checks if c.blocking and not c.passed]
        failures += ["procedure:" + p.unit for p in self.procedures if not p.compliant]
        return failures

    @property
    def not_confirmed(self) -> list[DelegateCheck]:
        """R15.1: elected people the committee does not confirm, each with the codes why."""
        return [d for d in self.delegates if not d.eligible]

    @property
    def can_approve(self) -> bool:
        return self.published_on is None and not self.blocking_failures


def _elected(
    session: Session, term_id: int
) -> tuple[list[tuple[UnitElection, list[int]]], list[ProcedureView]]:
    elections = session.scalars(
        select(UnitElection).where(UnitElection.term_id == term_id).order_by(UnitElection.id)
    ).all()
    if not elections:
        raise NotFound("no_elections", term=term_id)
    names = dict(session.execute(select(ElectionUnit.id, ElectionUnit.name)).all())
    out, procedures = [], []
    for election in elections:
        candidate_staff = {c.id: c.staff_id for c in election.candidates}
        elected = [
            candidate_staff[e.candidate_id]
            for r in election.rounds
            if r.closed and not r.void
            for e in r.entries
            if e.outcome == "elected"
        ]
        codes = []
        last = election.rounds[-1] if election.rounds else None
        if last is None:
            codes.append("not_held")
        elif not last.closed:
            codes.append("round_open")
        elif last.void:
            codes.append("void_round")
        elif any(e.outcome == "runoff" for e in last.entries):
            codes.append("runoff_pending")
        compliant = not codes
        if len(elected) < election.seats:
            codes.append("seats_unfilled")  # R14.5: may stay vacant for a by-election (R19.1)
        out.append((election, elected))
        procedures.append(
            ProcedureView(names[election.unit_id], election.seats, len(elected), compliant, tuple(codes))
        )
    return out, procedures


def review_credentials(
    session: Session, term_id: int, *, on: date | None = None, supplement: bool = False
) -> CredentialsView:
    """The review as it stands: every elected delegate of the term checked as of ``on``. With
    ``supplement``, only those elected since (not yet delegates) are listed, with their units'
    procedure; the composition checks still cover the whole elected body."""
    term = session.get(Term, term_id)
    if term is None:
        raise NotFound(what="term", id=term_id)
    plan = current_seat_plan(session)
    reference = plan.reference_date if plan else (on or date.today())
    youth_limit = plan.youth_age_limit if plan else 35
    on = on or date.today()
    elected, procedures = _elected(session, term_id)
    as_of = standings_on(session, on)  # R15.1: each person as of the review date
    counts = unit_counts(session, reference, youth_limit)
    on_duty = sum(c.on_duty for c in counts)
    women_staff, youth_staff = sum(c.women for c in counts), sum(c.youth for c in counts)
    units = dict(session.execute(select(ElectionUnit.id, ElectionUnit.name)).all())
    unit_key = unit_name_key(session)  # the one order of units (issue 15)
    delegates = []
    teaching = women = youth = 0
    confirmed: set[int] = set()
    for election, staff_ids in elected:
        for staff in session.scalars(select(Staff).where(Staff.id.in_(staff_ids))):
            standing = as_of.get(staff.id)
            findings = (
                check_standing(standing, on, election.unit_id)
                if standing is not None
                else check_standing(_NOT_ON_STAFF, on)
            )
            codes = tuple(f.code for f in findings)
            delegates.append(
                DelegateCheck(
                    staff.id,
                    election.unit_id,
                    units[election.unit_id],
                    staff.name,
                    staff.gender,
                    staff.category,
                    not codes,
                    codes,
                    staff.staff_no,
                )
            )
            if codes:
                continue
            confirmed.add(staff.id)
            teaching += is_teaching(staff.category)
            women += is_woman(staff.gender)
            youth += staff.birth_date is not None and is_youth(staff.birth_date, reference, youth_limit)
    total = len(confirmed)
    shares = (
        {
            f.code: f
            for f in check_composition(
                total=total,
                teaching=teaching,
                women=women,
                youth=youth,
                on_duty=on_duty,
                women_on_duty=women_staff,
                youth_on_duty=youth_staff,
                required_roles=(),
            )
        }
        if on_duty
        else {}
    )
    holders = leader_holders_on(session, on)
    leader_findings = check_leaders(
        {role: VACANT if h.vacant else h.staff_id for role, h in holders.items()}, confirmed
    )
    missing = tuple(f.subject for f in leader_findings if f.subject is not None)  # the roles
    checks = (
        CheckView(
            "teaching", "R13.5", teaching, teaching_minimum(total), "teaching_share" not in shares, True
        ),
        CheckView(
            "women",
            "R13.5",
            women,
            share_target(women_staff, on_duty, total) if on_duty else 0,
            "women_share" not in shares,
            False,
        ),
        CheckView(
            "youth",
            "R13.5",
            youth,
            share_target(youth_staff, on_duty, total) if on_duty else 0,
            "youth_share" not in shares,
            False,
        ),
        CheckView(
            "leaders",
            "R13.6",
            len(LEADER_ROLES) - len(missing),
            len(LEADER_ROLES),
            not missing,
            True,
            missing,
        ),
    )
    review = original_review(session, term_id)
    published_on = review.published_on if review else None
    if supplement:
        seated = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == term_id)))
        delegates = [d for d in delegates if d.staff_id not in seated]
        new_units = {d.unit for d in delegates}
        procedures = [p for p in procedures if p.unit in new_units]
        published_on = None
    return CredentialsView(
        term_id,
        term.number,
        reference,
        on_duty,
        sum(c.teaching for c in counts),
        women_staff,
        youth_staff,
        sum(e.seats for e, _ in elected),
        checks,
        tuple(sorted(delegates, key=lambda d: (unit_key(d.unit), surname_stroke_key(d.name)))),
        tuple(sorted(procedures, key=lambda p: unit_key(p.unit))),
        published_on,
        "supplement" if supplement else "original",
        youth_limit,
        total,
    )


def original_review(session: Session, term_id: int) -> CredentialsReview | None:
    """The term's first approved review (the supplements come after it)."""
    return session.scalar(
        select(CredentialsReview)
        .where(CredentialsReview.term_id == term_id, CredentialsReview.kind == "original")
        .order_by(CredentialsReview.id)
        .limit(1)
    )


def approve_credentials(session: Session, term_id: int, *, published_on: date, actor: str) -> int:
    """Approve the review and publish the list: the confirmed elected delegates become formal
    delegates from ``published_on`` (R15.1); whoever fails R15.1 on that date is not
    confirmed, with the reason. A failed must (R13.5 teaching share, R13.6 leaders, an
    unfinished or void round) refuses the approval: no free text overrides it (R15.3). The
    review and the list are stored as approved and sealed (R15.2). Returns how many were
    published."""
    from congress_app.services.credentials_records import approve_review

    view = review_credentials(session, term_id, on=published_on)
    if view.published_on is not None:
        raise Conflict("already_published", on=view.published_on)
    failures = view.blocking_failures
    if failures:
        raise InvalidInput("credentials_blocking", field="checks", failures="、".join(failures))
    return approve_review(session, view, published_on=published_on, actor=actor)


def approve_supplement(session: Session, term_id: int, *, published_on: date, actor: str) -> int:
    """A supplementary review (补选代表资格审查) of those elected since the last publication —
    further rounds, by-elections (R19.1) — approved and published as an 增补名单 with its own
    date (R15.2). Returns how many were published."""
    from congress_app.services.credentials_records import approve_review

    original = original_review(session, term_id)
    if original is None:
        raise InvalidInput("not_published", field="term", term=term_id)
    if published_on < original.published_on:
        raise InvalidInput(
            "supplement_too_early", field="published_on", on=published_on, original=original.published_on
        )
    view = review_credentials(session, term_id, on=published_on, supplement=True)
    if not view.delegates:
        raise Conflict("no_new_delegates")
    return approve_review(session, view, published_on=published_on, actor=actor)


def write_credentials_report(
    session: Session,
    term_id: int,
    out: Path,
    *,
    on: date | None = None,
    review_id: int | None = None,
    view: CredentialsView | None = None,
) -> Path:
    """The 代表资格审查报告: an approved review as stored (the original, or ``review_id``);
    before approval, the draft as the tables stand on ``on`` (``view``: that draft, already
    computed by the caller)."""
    from congress_app.services.credentials_records import credentials_report_data

    data = credentials_report_data(session, term_id, on=on, review_id=review_id, view=view)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_credentials_pdf(data, out)
    return out


def not_confirmed_reason(codes: tuple[str, ...]) -> str:
    """The reasons a person is not confirmed, in words for the report."""
    return "；".join(NOT_CONFIRMED_NOTES.get(c, c) for c in codes)


def _procedure_note(codes: tuple[str, ...]) -> str:
    return "；".join(PROCEDURE_NOTES[c] for c in codes)


def write_delegate_list(session: Session, term_id: int, out: Path, *, review_id: int | None = None) -> Path:
    """The published 代表名单 (or a supplement's 增补名单) as stored when published."""
    from congress_app.services.credentials_records import delegate_list_data

    data = delegate_list_data(session, term_id, review_id=review_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_delegate_list_pdf(data, out)
    return out
