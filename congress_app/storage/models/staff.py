"""Staff (教职工) with a dated history of status, unit and post category."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.rules.seats import GENDERS, POST_CATEGORIES, STAFF_STATUSES
from congress_app.storage.base import Base, one_of, utcnow

if TYPE_CHECKING:
    from congress_app.storage.models.school import ElectionUnit


class Staff(Base):
    """One member of staff. ``status``/``unit_id``/``category`` mirror the newest event."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint(one_of("gender", GENDERS), name="gender"),
        CheckConstraint(one_of("category", POST_CATEGORIES), name="category"),
        CheckConstraint(one_of("status", STAFF_STATUSES), name="status"),
        # lengths as PostgreSQL enforces them (SQLite ignores VARCHAR lengths)
        CheckConstraint("length(staff_no) BETWEEN 1 AND 40", name="staff_no_length"),
        CheckConstraint("length(name) BETWEEN 1 AND 100", name="name_length"),
        CheckConstraint("length(post) <= 100", name="post_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(40), unique=True)  # 工号
    name: Mapped[str] = mapped_column(String(100), index=True)
    gender: Mapped[str] = mapped_column(String(4))  # rules.seats MALE / FEMALE (男 / 女)
    birth_date: Mapped[date | None]
    unit_id: Mapped[int] = mapped_column(ForeignKey("election_unit.id"), index=True)
    category: Mapped[str] = mapped_column(String(10))  # rules.seats POST_CATEGORIES codes
    status: Mapped[str] = mapped_column(String(20), index=True)  # rules.seats STAFF_STATUSES codes
    status_since: Mapped[date | None]
    post: Mapped[str] = mapped_column(String(100), default="")  # 职务
    listed: Mapped[bool] = mapped_column(default=True)  # still on the latest roster
    unlisted_on: Mapped[date | None]  # when a re-import no longer listed them
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    unit: Mapped[ElectionUnit] = relationship()
    events: Mapped[list[StaffEvent]] = relationship(
        back_populates="staff", order_by="StaffEvent.effective_on", cascade="all, delete-orphan"
    )


class StaffEvent(Base):
    """A dated snapshot of what changed for a member of staff (R13.1 counts as of a date)."""

    __tablename__ = "staff_event"
    __table_args__ = (
        CheckConstraint(one_of("category", POST_CATEGORIES), name="category"),
        CheckConstraint(one_of("status", STAFF_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    # None: the first import gave no date, so it holds since before our records began
    effective_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("election_unit.id"))
    category: Mapped[str] = mapped_column(String(10))
    post: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. the import file
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    staff: Mapped[Staff] = relationship(back_populates="events")
