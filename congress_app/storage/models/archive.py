"""The archive register (R48.1, R48.2): every document kept for a session, in its group, with
its bytes, so the archive is self-contained. Generated documents name the record they were
printed from (``source``) and that record's seal as it was when registered (``source_seal``);
imported ones carry ``source = "file:<sha256>"``. Item numbers (件号) are not stored: the
arrangement numbers the items in order when the archive is exported.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from congress_app.storage.base import Base, one_of, utcnow

ITEM_KINDS = ("generated", "imported")


class ArchiveItem(Base):
    __tablename__ = "archive_item"
    __table_args__ = (
        UniqueConstraint("session_id", "source", name="uq_archive_item_source"),
        CheckConstraint("group_no BETWEEN 1 AND 9", name="group_no"),
        CheckConstraint(one_of("kind", ITEM_KINDS), name="kind_code"),
        CheckConstraint(one_of("retention", ("Y", "D30", "D10")), name="retention_code"),
        CheckConstraint("pages >= 0 AND size >= 0", name="counts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    group_no: Mapped[int]  # R48.1: 1–9
    title: Mapped[str] = mapped_column(String(300))  # 题名
    author: Mapped[str] = mapped_column(String(200), default="")  # 责任者
    doc_number: Mapped[str] = mapped_column(String(100), default="")  # 文号
    doc_date: Mapped[date]
    retention: Mapped[str] = mapped_column(String(3))  # R48.2: Y / D30 / D10
    pages: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))  # ITEM_KINDS
    source: Mapped[str] = mapped_column(String(80))  # e.g. "round:12", "list:3", "file:<sha>"
    source_seal: Mapped[str] = mapped_column(String(64), default="")
    # page 1's top right corner kept blank for the 归档章 by the app's layout (papers filed from
    # migration 0016 on); false: imported, or filed before — the export finds the stamp a place
    stamp_corner: Mapped[bool] = mapped_column(default=False, server_default=false())
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
