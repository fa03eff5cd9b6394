"""Delegates (代表) of a term and their dated status events (R16–R20)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, one_of, utcnow

DELEGATE_KINDS = ("formal", "invited", "observer")  # 正式 / 特邀 / 列席 (R20.1)


class Delegate(Base):
    __tablename__ = "delegate"
    __table_args__ = (
        UniqueConstraint("term_id", "staff_id"),
        UniqueConstraint("term_id", "number", name="uq_delegate_number"),
        CheckConstraint(one_of("kind", DELEGATE_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("election_unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="formal")
    number: Mapped[str | None] = mapped_column(String(20))  # 代表编号, stable over the term
    effective_from: Mapped[date | None]  # publication date (R15.1)
    category: Mapped[str] = mapped_column(String(40), default="", server_default="")  # R20.1
    source_election_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit_election.id", ondelete="SET NULL")
    )  # the by-election (R19.1), if any
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    events: Mapped[list[DelegateEvent]] = relationship(
        back_populates="delegate", order_by="DelegateEvent.occurred_on", cascade="all, delete-orphan"
    )


class DelegateEvent(Base):
    """A dated event: effective, lapsed (R17.1), recalled (R18.1), away, returned, by-elected."""

    __tablename__ = "delegate_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(500), default="")
    rule: Mapped[str] = mapped_column(String(20), default="")  # e.g. "R17.1"
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    delegate: Mapped[Delegate] = relationship(back_populates="events")
