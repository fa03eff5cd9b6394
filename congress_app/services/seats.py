"""The seat plan (第十三条): the permitted range, the chosen total, apportionment to units by
the three methods side by side (RA.1, RA.2), and the per-unit targets (RA.3, R13.5).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from congress_app.rules.apportionment import (
    SeatTie,
    apportion,
    apportion_tie,
    share_targets,
    teaching_targets,
)
from congress_app.rules.errors import Finding, OutsideNorms, RuleViolation
from congress_app.rules.seats import (
    DEFAULT_YOUTH_AGE_LIMIT,
    METHODS,
    OutsideNormsGuide,
    SeatRange,
    check_seats_below_staff,
    check_total,
    guide_total_outside_norms,
    seat_range,
)
from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_name_key
from congress_app.services.units import UnitCount, unit_counts
from congress_app.storage.base import as_local, to_stored, utcnow
from congress_app.storage.models import SeatPlan, SeatPlanUnit


@dataclass(frozen=True)
class SeatOverview:
    """Everything the office needs to pick a total (R13.1–R13.4)."""

    reference_date: date
    youth_age_limit: int
    on_duty: int
    teaching_on_duty: int
    women_on_duty: int
    youth_on_duty: int
    units: tuple[UnitCount, ...]
    range: SeatRange | None  # None outside 80–5000 (R13.4)
    outside: OutsideNormsGuide | None

    @property
    def suggested_total(self) -> int | None:
        if self.range is not None:
            return self.range.recommended
        return self.outside.guide_total if self.outside else None


def seat_overview(
    session: Session, reference_date: date | None = None, youth_age_limit: int = DEFAULT_YOUTH_AGE_LIMIT
) -> SeatOverview:
    ref = reference_date or date.today()
    units = tuple(unit_counts(session, ref, youth_age_limit))
    on_duty = sum(u.on_duty for u in units)
    try:
        rng, outside = seat_range(on_duty), None
    except OutsideNorms:
        rng, outside = None, guide_total_outside_norms(on_duty)
    return SeatOverview(
        ref,
        youth_age_limit,
        on_duty,
        sum(u.teaching for u in units),
        sum(u.women for u in units),
        sum(u.youth for u in units),
        units,
        rng,
        outside,
    )


def compare_methods(units: tuple[UnitCount, ...], total: int) -> dict[str, dict[str, int]]:
    """RA.2: the seats each method gives, for the side-by-side view."""
    sizes = {u.name: u.on_duty for u in units}
    return {method: apportion(sizes, total, method) for method in METHODS}


LEADER_SEPARATOR = "、"
TIE_HOW = ("lot", "choice")  # RA.1: 抽签 / the union's recorded choice


def seat_tie(units: tuple[UnitCount, ...], total: int, method: str) -> SeatTie | None:
    """RA.1/RA.2: the tie that decides a seat for this total and method (to show), or None."""
    return apportion_tie({u.name: u.on_duty for u in units}, total, method)


def seat_warnings(units: Sequence[PlannedUnit]) -> list[Finding]:
    """R14.6 [warn]: units given seats ≥ their on-duty staff (差额 impossible), named."""
    return check_seats_below_staff([(u.name, u.seats) for u in units], {u.name: u.on_duty for u in units})


@dataclass(frozen=True)
class PlannedUnit:
    unit_id: int
    name: str
    on_duty: int
    teaching_staff: int
    women: int
    youth: int
    seats: int
    teaching_target: int
    women_target: int
    youth_target: int
    leaders: tuple[str, ...] = ()  # R13.6 posts held in the unit: their holders stand here


@dataclass(frozen=True)
class SeatPlanView:
    plan_id: int
    reference_date: date
    on_duty: int
    minimum: int | None
    maximum: int | None
    recommended: int | None
    total: int
    method: str
    manual_reason: str
    youth_age_limit: int
    decided_by: str
    decided_at: datetime  # local time
    units: tuple[PlannedUnit, ...]
    tie_decision: dict[str, Any] | None = None  # RA.1: {"units", "seats", "winners", "how", "note"}

    @property
    def seats_by_unit(self) -> dict[str, int]:
        return {u.name: u.seats for u in self.units}

    @property
    def warnings(self) -> list[Finding]:
        """R14.6: units whose seats are not below their staff."""
        return seat_warnings(self.units)

    @property
    def leader_units(self) -> dict[str, str | None]:
        """R13.6: the unit where each role's holder stands (None: nobody known)."""
        from congress_app.rules.seats import LEADER_ROLES

        where = {role: u.name for u in self.units for role in u.leaders}
        return {role: where.get(role) for role in LEADER_ROLES}


def plan_units(
    units: tuple[UnitCount, ...], total: int, method: str, tie_winners: list[str] | None = None
) -> tuple[PlannedUnit, ...]:
    """RA.1–RA.3 and R13.5: seats and targets for each unit (pure computation, no writes);
    ``tie_winners``: the units the office gave the tied seat(s) to (RA.1)."""
    on_duty = {u.name: u.on_duty for u in units}
    seats = apportion(on_duty, total, method, tie_winners)
    teaching = teaching_targets(seats, {u.name: u.teaching for u in units}, method).targets
    women = share_targets(seats, {u.name: u.women for u in units}, on_duty, method).targets
    youth = share_targets(seats, {u.name: u.youth for u in units}, on_duty, method).targets
    return tuple(
        PlannedUnit(
            u.unit_id,
            u.name,
            u.on_duty,
            u.teaching,
            u.women,
            u.youth,
            seats[u.name],
            teaching.get(u.name, 0),
            women.get(u.name, 0),
            youth.get(u.name, 0),
            u.leaders,
        )
        for u in units
    )


def save_seat_plan(
    session: Session,
    *,
    total: int,
    method: str = "hamilton",
    actor: str,
    reference_date: date | None = None,
    reason: str = "",
    youth_age_limit: int = DEFAULT_YOUTH_AGE_LIMIT,
    decided_at: datetime | None = None,
    tie_winners: list[str] | None = None,
    tie_how: str = "",
    tie_note: str = "",
) -> SeatPlanView:
    """Record the office's choice of total and method, with each unit's seats (one transaction).

    ``decided_at`` (default: now) is when the choice was made, for a decision recorded later.

    Inside 80–5000 the total must lie in the permitted range (R13.2); outside it a reason is
    required (R13.4). A tie that decides a seat (RA.1) is the office's: without
    ``tie_winners`` (the units it gave the tied seats to) and ``tie_how`` ("lot" for 抽签,
    "choice") the plan is refused, naming the tied units. Raises the rules' errors
    (TooFewSeats: merge units first).
    """
    if method not in METHODS:
        raise InvalidInput("unknown_method", field="method", value=method)
    if youth_age_limit < 16 or youth_age_limit > 70:
        raise InvalidInput("bad_youth_age_limit", field="youth_age_limit", value=youth_age_limit)
    with unit_of_work(session):
        overview = seat_overview(session, reference_date, youth_age_limit)
        if overview.on_duty == 0:
            raise InvalidInput("no_staff_on_duty", field="reference_date", value=overview.reference_date)
        findings = check_total(overview.on_duty, total, reason=reason or None)
        if findings:
            finding = findings[0]
            if finding.code == "reason_required":
                raise InvalidInput("manual_total_needs_reason", field="reason", on_duty=overview.on_duty)
            low, high = finding.required
            raise InvalidInput(
                "total_out_of_range",
                field="seats",
                total=total,
                minimum=low,
                maximum=high,
                on_duty=overview.on_duty,
            )
        tie = seat_tie(overview.units, total, method)
        decision = None
        if tie is not None:
            if not tie_winners or tie_how not in TIE_HOW:
                raise InvalidInput(
                    "apportion_tie",
                    field="tie_winners",
                    units="、".join(tie.units),
                    seats=tie.seats,
                    tied=list(tie.units),
                )
            decision = {
                "units": list(tie.units),
                "seats": tie.seats,
                "winners": sorted(tie_winners),
                "how": tie_how,
                "note": tie_note.strip(),
            }
        elif tie_winners:
            raise InvalidInput("no_apportion_tie", field="tie_winners")
        try:
            planned = plan_units(overview.units, total, method, tie_winners if tie else None)
        except RuleViolation as error:
            if error.code != "tie_decision_invalid" or tie is None:
                raise
            raise InvalidInput(
                "apportion_tie_decision", field="tie_winners", units="、".join(tie.units), seats=tie.seats
            ) from None
        rng = overview.range
        plan = SeatPlan(
            decided_at=to_stored(decided_at) if decided_at else utcnow(),
            reference_date=overview.reference_date,
            on_duty=overview.on_duty,
            minimum=rng.minimum if rng else None,
            maximum=rng.maximum if rng else None,
            recommended=rng.recommended if rng else None,
            total=total,
            method=method,
            manual_reason=reason.strip(),
            youth_age_limit=youth_age_limit,
            decided_by=actor,
            tie_decision=json.dumps(decision, ensure_ascii=False, sort_keys=True) if decision else "",
            units=[
                SeatPlanUnit(
                    unit_id=p.unit_id,
                    unit_name=p.name,
                    on_duty=p.on_duty,
                    teaching_staff=p.teaching_staff,
                    women=p.women,
                    youth=p.youth,
                    seats=p.seats,
                    teaching_target=p.teaching_target,
                    women_target=p.women_target,
                    youth_target=p.youth_target,
                    leaders=LEADER_SEPARATOR.join(p.leaders),
                )
                for p in planned
            ],
        )
        session.add(plan)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="seats.plan",
            entity="seat_plan",
            entity_id=plan.id,
            data={
                "total": total,
                "method": method,
                "reference_date": overview.reference_date,
                "reason": plan.manual_reason,
                "tie": decision,
                "units": {p.name: p.seats for p in planned},
            },
        )
    return _view(plan)


def _view(plan: SeatPlan) -> SeatPlanView:
    return SeatPlanView(
        plan.id,
        plan.reference_date,
        plan.on_duty,
        plan.minimum,
        plan.maximum,
        plan.recommended,
        plan.total,
        plan.method,
        plan.manual_reason,
        plan.youth_age_limit,
        plan.decided_by,
        as_local(plan.decided_at),
        tuple(
            PlannedUnit(
                u.unit_id,
                u.unit_name,
                u.on_duty,
                u.teaching_staff,
                u.women,
                u.youth,
                u.seats,
                u.teaching_target,
                u.women_target,
                u.youth_target,
                tuple(filter(None, u.leaders.split(LEADER_SEPARATOR))),
            )
            for u in plan.units
        ),
        json.loads(plan.tie_decision) if plan.tie_decision else None,
    )


def current_seat_plan(session: Session) -> SeatPlanView | None:
    """The latest recorded plan, or None."""
    plan = session.scalar(
        select(SeatPlan).options(selectinload(SeatPlan.units)).order_by(SeatPlan.id.desc()).limit(1)
    )
    if plan is None:
        return None
    view = _view(plan)
    unit_key = unit_name_key(session)  # the one order of units today (issue 15)
    return replace(view, units=tuple(sorted(view.units, key=lambda u: unit_key(u.name))))
