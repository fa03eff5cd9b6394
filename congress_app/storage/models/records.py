"""Frozen records (R15.2): what was closed, approved or published, stored as it was.

A sealed record holds the canonical JSON of a closed round's figures and verdict, an approved
credentials review, or a published delegate list. Its seal (SHA-256 of that content) is also
appended to the audit chain and printed on the paper. Records are never edited: a later change
is a new record (a supplementary review and list, 补选代表资格审查 / 增补名单).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from congress_app.storage.base import Base, utcnow

RECORD_KINDS = ("round", "review", "list")  # a closed round / an approved review / a published list


class SealedRecord(Base):
    __tablename__ = "sealed_record"
    __table_args__ = (UniqueConstraint("kind", "subject_id", name="uq_sealed_record_subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # RECORD_KINDS
    subject_id: Mapped[int]  # election_round.id (round) or credentials_review.id (review, list)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    content: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly as sealed
    seal: Mapped[str] = mapped_column(String(64))  # SHA-256 hex of content (UTF-8)
    sealed_at: Mapped[datetime] = mapped_column(default=utcnow)
    sealed_by: Mapped[str] = mapped_column(String(80))
