"""Bodies of the congress (第二十六–三十四条): presidium, democratic management committee,
special committees and delegations, with dated membership (history kept); and the status
reviews (R17.1) that confirm lapses over the term."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, utcnow


class CongressBody(Base):
    """A body of a term: kind = presidium / dmc / committee / delegation (ASCII codes)."""

    __tablename__ = "congress_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("election_unit.id"))  # delegation's 院系
    elected_on: Mapped[date | None]  # R26.2 presidium / R32.1 heads / R34.1 DMC election date
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    members: Mapped[list[BodyMember]] = relationship(
        back_populates="body", order_by="BodyMember.id", cascade="all, delete-orphan"
    )


class BodyMember(Base):
    """A membership: role head / deputy / member, from ``joined_on`` until ``left_on``."""

    __tablename__ = "body_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("congress_body.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    role: Mapped[str] = mapped_column(String(10), default="member")
    joined_on: Mapped[date]
    left_on: Mapped[date | None]
    approved_on: Mapped[date | None]  # R30.2: the congress's approval of a non-delegate
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    body: Mapped[CongressBody] = relationship(back_populates="members")


class StatusReview(Base):
    """A confirmed status review: the lapses it recorded, as confirmed (JSON), and its digest."""

    __tablename__ = "status_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[date]
    content: Mapped[str] = mapped_column(Text, default="[]")
    digest: Mapped[str] = mapped_column(String(64))
    confirmed_by: Mapped[str] = mapped_column(String(80))
    confirmed_at: Mapped[datetime] = mapped_column(default=utcnow)
