"""Unit elections (第十四条): candidates, rounds, counts, per-ballot entries, and the
credentials review (第十五条). A secret ballot stores no link between voter and ballot:
a ballot entry carries only the paper's serial number and its marks.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from congress_app.storage.base import Base, one_of, utcnow

ROUND_KINDS = ("first", "runoff", "further")  # 第一轮 / 另行选举（并列） / 另行选举（缺额）
ELECTION_KINDS = ("regular", "by_election")  # 换届选举 / 补选 (R19.1)
CANDIDATE_ORDERS = ("strokes", "entered")
ENTRY_MODES = ("totals", "ballots")
OUTCOMES = ("", "elected", "runoff", "not_elected")


class UnitElection(Base):
    """One election unit's election of its delegates for a term (or a by-election, R19.1)."""

    __tablename__ = "unit_election"
    __table_args__ = (
        # a unit's regular election is one per term; by-elections (R19.1) may recur
        Index(
            "uq_unit_election_regular",
            "term_id",
            "unit_id",
            unique=True,
            sqlite_where=text("kind = 'regular'"),
            postgresql_where=text("kind = 'regular'"),
        ),
        CheckConstraint(one_of("kind", ELECTION_KINDS), name="kind"),
        CheckConstraint(one_of("candidate_order", CANDIDATE_ORDERS), name="candidate_order"),
        CheckConstraint("seats >= 1", name="seats"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("election_unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="regular")  # regular / by_election
    seats: Mapped[int]
    candidate_order: Mapped[str] = mapped_column(String(10), default="strokes")  # or "entered"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    candidates: Mapped[list[Candidate]] = relationship(
        back_populates="election", order_by="Candidate.position", cascade="all, delete-orphan"
    )
    rounds: Mapped[list[ElectionRound]] = relationship(
        back_populates="election", order_by="ElectionRound.number", cascade="all, delete-orphan"
    )


class Candidate(Base):
    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("election_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("unit_election.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    position: Mapped[int]  # order as entered
    nominated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # R12.1: facts the union records per candidate (yes/no and the date; None = not recorded)
    political_rights: Mapped[bool | None]
    political_rights_on: Mapped[date | None]
    willing: Mapped[bool | None]
    willing_on: Mapped[date | None]
    able: Mapped[bool | None]
    able_on: Mapped[date | None]

    election: Mapped[UnitElection] = relationship(back_populates="candidates")


class ElectionRound(Base):
    """A round of voting: the first, a runoff for a tie (R14.4) or a further round (R14.5)."""

    __tablename__ = "election_round"
    __table_args__ = (
        UniqueConstraint("election_id", "number"),
        CheckConstraint(one_of("kind", ROUND_KINDS), name="kind"),
        CheckConstraint(one_of("entry_mode", ENTRY_MODES), name="entry_mode"),
        CheckConstraint("number >= 1 AND seats >= 1 AND electorate >= 0", name="counts"),
        CheckConstraint("issued IS NULL OR issued >= 0", name="issued"),
        CheckConstraint("returned IS NULL OR returned >= 0", name="returned"),
        CheckConstraint(
            "invalid IS NULL OR (invalid >= 0 AND (returned IS NULL OR invalid <= returned))", name="invalid"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("unit_election.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10), default="first")
    seats: Mapped[int]
    held_on: Mapped[date]
    electorate: Mapped[int]  # R14.3: the unit's on-duty staff on the election date
    entry_mode: Mapped[str] = mapped_column(String(10), default="totals")  # or "ballots"
    issued: Mapped[int | None]
    returned: Mapped[int | None]
    invalid: Mapped[int | None]
    require_two_thirds: Mapped[bool] = mapped_column(default=True)  # R14.0
    waiver_reason: Mapped[str] = mapped_column(String(500), default="")
    closed: Mapped[bool] = mapped_column(default=False)
    void: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(40), default="")
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str] = mapped_column(String(80), default="")

    election: Mapped[UnitElection] = relationship(back_populates="rounds")
    entries: Mapped[list[RoundCandidate]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="RoundCandidate.id"
    )


class RoundCandidate(Base):
    __tablename__ = "round_candidate"
    __table_args__ = (
        UniqueConstraint("round_id", "candidate_id"),
        CheckConstraint("yes_votes IS NULL OR yes_votes >= 0", name="yes_votes"),
        CheckConstraint(one_of("outcome", OUTCOMES), name="outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    yes_votes: Mapped[int | None]
    outcome: Mapped[str] = mapped_column(String(12), default="")  # elected / runoff / not_elected

    round: Mapped[ElectionRound] = relationship(back_populates="entries")


class BallotEntry(Base):
    """One paper as a clerk entered it (double entry: clerk 1 and clerk 2)."""

    __tablename__ = "ballot_entry"
    __table_args__ = (
        UniqueConstraint("round_id", "clerk", "serial"),
        CheckConstraint("clerk IN (1, 2) AND serial >= 1", name="paper"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"), index=True)
    clerk: Mapped[int]  # 1 or 2
    serial: Mapped[int]  # the paper's printed serial number
    marks: Mapped[str] = mapped_column(String(2000), default="")  # candidate ids, comma-separated
    spoilt: Mapped[bool] = mapped_column(default=False)  # unreadable / defaced paper
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)


class BallotPrint(Base):
    __tablename__ = "ballot_print"
    __table_args__ = (CheckConstraint("copies >= 1 AND first_serial >= 1", name="counts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"), index=True)
    copies: Mapped[int]
    first_serial: Mapped[int]
    printed_by: Mapped[str] = mapped_column(String(80))
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)


class CredentialsReview(Base):
    """The credentials committee's review of a term's elected delegates (R15.1)."""

    __tablename__ = "credentials_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[date]
    findings: Mapped[str] = mapped_column(Text, default="[]")  # JSON of the checks
    override_reason: Mapped[str] = mapped_column(String(1000), default="")
    approved_by: Mapped[str] = mapped_column(String(80))
    published_on: Mapped[date]  # status takes effect from this date
    approved_at: Mapped[datetime] = mapped_column(default=utcnow)
    # "original": the term's first review; "supplement": 补选代表资格审查 (R15.2, R19.1)
    kind: Mapped[str] = mapped_column(String(12), default="original", server_default="original")
