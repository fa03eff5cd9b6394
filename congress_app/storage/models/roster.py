"""Roster imports: which file, when, by whom, and what it changed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from congress_app.storage.base import Base, utcnow


class RosterImport(Base):
    __tablename__ = "roster_import"
    __table_args__ = (
        CheckConstraint("rows >= 0 AND added >= 0 AND changed >= 0 AND unlisted >= 0", name="counts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    effective_on: Mapped[date]  # the date the changes take effect
    rows: Mapped[int]
    added: Mapped[int]
    changed: Mapped[int]
    unlisted: Mapped[int]
    actor: Mapped[str] = mapped_column(String(80))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
