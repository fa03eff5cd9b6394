"""The seat allocation table (名额分配表) of the current plan, as PDF or XLSX."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from congress_app.reports.seat_allocation import (
    SeatAllocationData,
    SeatUnitRow,
    build_seat_allocation_pdf,
    build_seat_allocation_xlsx,
)
from congress_app.rules.apportionment import apportion
from congress_app.rules.errors import OutsideNorms
from congress_app.rules.seats import METHODS, seat_range
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.school import school_info
from congress_app.services.seats import SeatPlanView, current_seat_plan

FORMATS = ("pdf", "xlsx")


def seat_allocation_data(session: Session, plan: SeatPlanView) -> SeatAllocationData:
    """Plain data for the report: the plan's rows plus the three methods side by side."""
    sizes = {u.name: u.on_duty for u in plan.units}
    by_method = {m: apportion(sizes, plan.total, m) for m in METHODS}
    low: int | None
    high: int | None
    try:
        band = seat_range(plan.on_duty)
        low, high = band.low_percent, band.high_percent
    except OutsideNorms:
        low = high = None
    rows = tuple(
        SeatUnitRow(
            u.name,
            u.on_duty,
            u.teaching_staff,
            u.women,
            u.youth,
            u.seats,
            u.teaching_target,
            u.women_target,
            u.youth_target,
            by_method["hamilton"][u.name],
            by_method["sainte-lague"][u.name],
            by_method["dhondt"][u.name],
            u.leaders,
        )
        for u in plan.units
    )
    return SeatAllocationData(
        school=school_info(session).name,
        reference_date=plan.reference_date,
        on_duty_total=plan.on_duty,
        band_low_pct=low,
        band_high_pct=high,
        permitted_min=plan.minimum,
        permitted_max=plan.maximum,
        recommended=plan.recommended,
        chosen_total=plan.total,
        method=plan.method,
        rows=rows,
        decided_by=plan.decided_by,
        decided_on=plan.decided_at.date(),
        manual_total_reason=plan.manual_reason or None,
        youth_age_limit=plan.youth_age_limit,
    )


def export_seat_allocation(session: Session, out: Path, fmt: str) -> Path:
    """Write the current plan's 名额分配表 to ``out`` as "pdf" or "xlsx"."""
    if fmt not in FORMATS:
        raise InvalidInput("unknown_format", field="fmt", value=fmt)
    plan = current_seat_plan(session)
    if plan is None:
        raise NotFound("no_seat_plan")
    data = seat_allocation_data(session, plan)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    (build_seat_allocation_pdf if fmt == "pdf" else build_seat_allocation_xlsx)(data, out)
    return out
