"""The meeting day of a session (第二十四条, 第二十五条, 第四十三条, 第四十五–四十七条):
set-up, agenda, leave, attendance, votes and evaluation forms.

Enum-like values are short ASCII codes (see congress_app.rules.meetings). A secret ballot
stores only the counting team's figures: nothing links a voter to a ballot.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from congress_app.storage.base import Base, utcnow


class SessionSetup(Base):
    """One per session: the DMC decision for an extraordinary session (R23.1) and the
    publication of the evaluation summary (R43.1)."""

    __tablename__ = "session_setup"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("congress_session.id", ondelete="CASCADE"), unique=True
    )
    dmc_decision: Mapped[str] = mapped_column(String(300), default="")
    dmc_decided_on: Mapped[date | None]
    evaluation_published_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AgendaItem(Base):
    """An item of the preparatory meeting, the formal meeting or the close (R45.1–R47.1)."""

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("session_id", "position", name="uq_agenda_item_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    phase: Mapped[str] = mapped_column(String(10))  # prepare / formal / close
    code: Mapped[str] = mapped_column(String(20), default="")  # template item, e.g. "R46.1-4"
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[str] = mapped_column(String(20), default="")  # schedule, e.g. "08:30"
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class LeaveRequest(Base):
    """请假: a delegate excused from the session (shown as 请假, never as present)."""

    __tablename__ = "leave_request"
    __table_args__ = (
        UniqueConstraint("session_id", "delegate_id", name="uq_leave_request_session_delegate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id"), index=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attendance(Base):
    """A check-in. One row per session and delegate (the unique constraint is what keeps two
    desks from counting anyone twice); an undo is recorded on the row and in the audit log.
    ``counted``: an expected formal delegate (R24.1) who counts toward the quorum;
    ``formal``: may vote (R20.1; invited and observer delegates attend but never count)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "delegate_id", name="uq_attendance_session_delegate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id"), index=True)
    formal: Mapped[bool] = mapped_column(Boolean)
    counted: Mapped[bool] = mapped_column(Boolean)
    checked_in_at: Mapped[datetime] = mapped_column(default=utcnow)
    desk: Mapped[str] = mapped_column(String(80), default="")
    actor: Mapped[str] = mapped_column(String(80))
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str] = mapped_column(String(80), default="")


class Vote(Base):
    """A vote of the congress, stored as taken and sealed (``seal`` = SHA-256 of its canonical
    content, also in the audit chain). Secret ballots: only the aggregate figures."""

    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("session_id", "number", name="uq_vote_session_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 第N项表决 of the session
    kind: Mapped[str] = mapped_column(String(12))  # rules.meetings.VOTE_KINDS
    method: Mapped[str] = mapped_column(String(8))  # hands / ballot
    title: Mapped[str] = mapped_column(String(300))
    resolution: Mapped[str] = mapped_column(Text, default="")  # 决议 text, if any
    expected: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer)
    voters: Mapped[int] = mapped_column(Integer)
    yes: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    abstain: Mapped[int] = mapped_column(Integer)
    needed: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    voted_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(80))
    seal: Mapped[str] = mapped_column(String(64))


class EvaluationForm(Base):
    """A returned 测评表 (R43.1): anonymous; ``answers`` is canonical JSON {question: grade}."""

    __tablename__ = "evaluation_form"
    __table_args__ = (UniqueConstraint("session_id", "serial", name="uq_evaluation_form_session_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id", ondelete="CASCADE"), index=True)
    serial: Mapped[int] = mapped_column(Integer)
    answers: Mapped[str] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(80))
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)
