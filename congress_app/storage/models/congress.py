"""Terms (届) and sessions (次) of the congress (R23.1)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, utcnow


class Term(Base):
    __tablename__ = "term"
    __table_args__ = (CheckConstraint("number >= 1 AND years >= 1", name="counts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)  # 第N届
    starts_on: Mapped[date]
    years: Mapped[int] = mapped_column(default=5)  # 3–5 (R23.1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    sessions: Mapped[list[CongressSession]] = relationship(
        back_populates="term", order_by="CongressSession.number"
    )


class CongressSession(Base):
    __tablename__ = "congress_session"
    __table_args__ = (UniqueConstraint("term_id", "number"), CheckConstraint("number >= 1", name="number"))

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]  # 第N次
    held_on: Mapped[date]
    extraordinary: Mapped[bool] = mapped_column(default=False)  # 临时会议 (R23.1)
    title: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    term: Mapped[Term] = relationship(back_populates="sessions")
