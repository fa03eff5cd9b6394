"""The school and its election units (选举单位), including joint units (联合选举单位)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, utcnow


class School(Base):
    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    fonds_no: Mapped[str] = mapped_column(String(20), default="")  # 全宗号 (R48.2)
    org_code: Mapped[str] = mapped_column(String(20), default="JDH")  # 机构代码 (R48.2)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ElectionUnit(Base):
    """An election unit. Units come from the roster; a joint unit groups merged ones.

    A unit with ``merged_into_id`` set is part of that joint unit and holds no seats of
    its own; its staff elect in the joint unit.
    """

    __tablename__ = "election_unit"
    __table_args__ = (CheckConstraint("length(name) BETWEEN 1 AND 200", name="name_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(40), default="")
    is_joint: Mapped[bool] = mapped_column(default=False)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("election_unit.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the school's chosen place in the one order of units (1, 2, …); None: stroke order
    position: Mapped[int | None] = mapped_column(default=None)

    merged_into: Mapped[ElectionUnit | None] = relationship(remote_side=[id])
