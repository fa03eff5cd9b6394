"""The school's main leaders (R13.6): each role's exact titles as the school configures them,
and who holds each role from a date — a person, or recorded as vacant.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from congress_app.storage.base import Base, utcnow


class LeaderTitle(Base):
    """One exact post title that counts as a role (e.g. 党委书记兼校长 for both)."""

    __tablename__ = "leader_title"
    __table_args__ = (UniqueConstraint("role", "title", name="uq_leader_title_role_title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # party_secretary / president / union_chair
    title: Mapped[str] = mapped_column(String(100))
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class LeaderHolder(Base):
    """From ``since``, ``staff_id`` holds ``role`` (None: the post is vacant)."""

    __tablename__ = "leader_holder"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(20), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    since: Mapped[date]
    note: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
