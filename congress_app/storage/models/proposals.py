"""Proposals (提案, 第三十五条–第四十条): the collection window per session, the forms with their
proposers and seconders, the committee's decision, the departments' answers and the
proposers' satisfaction. States and kinds are the ASCII codes of ``congress_app.rules.proposals``;
each step is also sealed in the audit chain (entity ``proposal``), which is its timeline.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, utcnow


class ProposalCategory(Base):
    """The office's list of categories (教学科研, 人事分配 …), in its order."""

    __tablename__ = "proposal_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    position: Mapped[int] = mapped_column(default=0)


class ProposalWindow(Base):
    """R35.1: when a session's collection opens and the day forms are due."""

    __tablename__ = "proposal_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("congress_session.id", ondelete="CASCADE"), unique=True
    )
    opens_on: Mapped[date]
    closes_on: Mapped[date]
    created_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Proposal(Base):
    __tablename__ = "proposal"
    __table_args__ = (
        UniqueConstraint("session_id", "number", name="uq_proposal_number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("kind IN ('general', 'important')", name="kind_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]  # 提案编号, per session
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(10))  # general / important (R36.1)
    reasons: Mapped[str] = mapped_column(Text, default="")  # 案由
    suggestions: Mapped[str] = mapped_column(Text, default="")  # 建议
    filed_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), index=True)  # rules.proposals states
    late: Mapped[bool] = mapped_column(default=False)  # handed in after the deadline (R35.1)
    late_exception: Mapped[str] = mapped_column(String(500), default="")  # the office's reason
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"), index=True)
    decision_reason: Mapped[str] = mapped_column(String(1000), default="")  # told to the proposer
    decided_on: Mapped[date | None]
    opinion_department: Mapped[str] = mapped_column(String(100), default="")  # R37.1 opinions
    dmc_approved_on: Mapped[date | None]  # R38.1: approval before any department
    due_on: Mapped[date | None]
    excellent: Mapped[bool] = mapped_column(default=False)  # R40.1
    created_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    people: Mapped[list[ProposalPerson]] = relationship(
        back_populates="proposal", order_by="ProposalPerson.position", cascade="all, delete-orphan"
    )
    departments: Mapped[list[ProposalDepartment]] = relationship(
        back_populates="proposal", order_by="ProposalDepartment.position", cascade="all, delete-orphan"
    )
    answers: Mapped[list[ProposalAnswer]] = relationship(
        back_populates="proposal", order_by="ProposalAnswer.round", cascade="all, delete-orphan"
    )


class ProposalPerson(Base):
    """A proposer or seconder: each delegate once per proposal (R36.1)."""

    __tablename__ = "proposal_person"
    __table_args__ = (
        UniqueConstraint("proposal_id", "delegate_id", name="uq_proposal_person"),
        CheckConstraint("role IN ('proposer', 'seconder')", name="role_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(default=0)

    proposal: Mapped[Proposal] = relationship(back_populates="people")


class ProposalDepartment(Base):
    """R38.1 (practice): one lead department and any assisting ones."""

    __tablename__ = "proposal_department"
    __table_args__ = (UniqueConstraint("proposal_id", "department", name="uq_proposal_department"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    department: Mapped[str] = mapped_column(String(100), index=True)
    lead: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)

    proposal: Mapped[Proposal] = relationship(back_populates="departments")


class ProposalAnswer(Base):
    """A department's answer and the proposer's view of it (R38.1); a second round follows a
    "not satisfied"."""

    __tablename__ = "proposal_answer"
    __table_args__ = (
        UniqueConstraint("proposal_id", "round", name="uq_proposal_answer_round"),
        CheckConstraint("round >= 1", name="round_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    round: Mapped[int]
    department: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date]
    satisfaction: Mapped[str] = mapped_column(String(20), default="")  # rules.proposals levels
    comment: Mapped[str] = mapped_column(String(1000), default="")
    responded_on: Mapped[date | None]
    recorded_by: Mapped[str] = mapped_column(String(80), default="")

    proposal: Mapped[Proposal] = relationship(back_populates="answers")
    files: Mapped[list[ProposalFile]] = relationship(
        back_populates="answer", order_by="ProposalFile.id", cascade="all, delete-orphan"
    )


class ProposalFile(Base):
    """A file attached to an answer, kept as it was handed in (with its SHA-256)."""

    __tablename__ = "proposal_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("proposal_answer.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)

    answer: Mapped[ProposalAnswer] = relationship(back_populates="files")
