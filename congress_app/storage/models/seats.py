"""Seat plans (R13, RA): the chosen total, the method, and each unit's seats and targets."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, utcnow


class SeatPlan(Base):
    __tablename__ = "seat_plan"
    __table_args__ = (
        CheckConstraint("on_duty >= 0 AND total >= 1", name="counts"),
        CheckConstraint("minimum IS NULL OR (minimum >= 1 AND maximum >= minimum)", name="range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference_date: Mapped[date]  # R13.1: on-duty staff counted on this date
    on_duty: Mapped[int]
    minimum: Mapped[int | None]  # R13.2 (None outside 80–5000)
    maximum: Mapped[int | None]
    recommended: Mapped[int | None]  # R13.3
    total: Mapped[int]
    method: Mapped[str] = mapped_column(String(20))  # hamilton / sainte-lague / dhondt
    manual_reason: Mapped[str] = mapped_column(String(500), default="")  # R13.4
    youth_age_limit: Mapped[int] = mapped_column(default=35)  # R13.5
    decided_by: Mapped[str] = mapped_column(String(80))
    # RA.1: how the office settled a tie for the last seat(s), canonical JSON ("" if none)
    tie_decision: Mapped[str] = mapped_column(Text, default="", server_default="")
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)

    units: Mapped[list[SeatPlanUnit]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="SeatPlanUnit.id"
    )


class SeatPlanUnit(Base):
    __tablename__ = "seat_plan_unit"
    __table_args__ = (
        CheckConstraint(
            "on_duty >= 0 AND teaching_staff >= 0 AND women >= 0 AND youth >= 0 "
            "AND seats >= 0 AND teaching_target >= 0 AND women_target >= 0 "
            "AND youth_target >= 0",
            name="counts",
        ),
        CheckConstraint("teaching_staff <= on_duty AND women <= on_duty AND youth <= on_duty", name="shares"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("seat_plan.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("election_unit.id"), index=True)
    unit_name: Mapped[str] = mapped_column(String(200))  # as named when decided
    on_duty: Mapped[int]
    teaching_staff: Mapped[int]
    women: Mapped[int]
    youth: Mapped[int]
    seats: Mapped[int]
    teaching_target: Mapped[int]  # RA.3
    women_target: Mapped[int]  # R13.5
    youth_target: Mapped[int]
    # R13.6: the main leaders' posts held by on-duty staff of the unit, "、"-joined ("" if none)
    leaders: Mapped[str] = mapped_column(String(200), default="", server_default="")

    plan: Mapped[SeatPlan] = relationship(back_populates="units")
