"""Votes of the congress (第二十四条, 第二十五条): the method approved first (R25.2), refused
without the quorum (R24.2) or with more votes than formal delegates present, the verdict by
R25.1 (more than half of the EXPECTED delegates). Each vote is stored as taken and sealed:
the SHA-256 of its canonical content is on the row and in the audit chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.rules.meetings import (
    HANDS,
    VOTE_METHOD,
    VOTE_MOTION,
    check_vote_allowed,
    tally_congress_vote,
)
from congress_app.rules.status import FORMAL
from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.meetings import ENDED, expected_list
from congress_app.services.transaction import unit_of_work
from congress_app.storage.base import utcnow
from congress_app.storage.models import Attendance, Vote

SEALED_FIELDS = (
    "session_id",
    "number",
    "kind",
    "method",
    "title",
    "resolution",
    "expected",
    "present",
    "voters",
    "yes",
    "no",
    "abstain",
    "needed",
    "passed",
    "voted_at",
    "recorded_by",
)


@dataclass(frozen=True)
class VoteRecord:
    """A stored vote, as sealed."""

    vote_id: int
    session_id: int
    number: int
    kind: str
    method: str
    title: str
    resolution: str
    expected: int
    present: int
    voters: int
    yes: int
    no: int
    abstain: int
    needed: int
    passed: bool
    voted_at: datetime
    recorded_by: str
    seal: str


def _content(vote: Vote) -> dict[str, Any]:
    return {name: getattr(vote, name) for name in SEALED_FIELDS}


def vote_seal(content: dict[str, Any]) -> str:
    """SHA-256 of the vote's canonical JSON (sorted keys, ISO time)."""
    text = json.dumps(
        content,
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _record(vote: Vote) -> VoteRecord:
    sealed = {name: getattr(vote, name) for name in SEALED_FIELDS}
    return VoteRecord(vote_id=vote.id, seal=vote.seal, **sealed)


def method_approved(session: Session, session_id: int) -> bool:
    """R25.2: has this session approved its voting method (a passed method vote)?"""
    return (
        session.scalar(
            select(Vote.id)
            .where(Vote.session_id == session_id, Vote.kind == VOTE_METHOD, Vote.passed.is_(True))
            .limit(1)
        )
        is not None
    )


def record_vote(
    session: Session,
    session_id: int,
    *,
    title: str,
    yes: int,
    no: int,
    abstain: int,
    actor: str,
    kind: str = VOTE_MOTION,
    method: str = HANDS,
    resolution: str = "",
    voted_at: datetime | None = None,
) -> VoteRecord:
    """Count, refuse or store a vote (``voted_at``: naive UTC when the result is entered
    after the fact; default now). Raises the rules' MethodNotApproved (R25.2),
    QuorumNotReached (R24.2), InvalidCount (figures), InvalidInput ``missing_value`` (title).
    Secret ballots (``method="ballot"``): only the counting team's aggregate figures."""
    if not title.strip():
        raise InvalidInput("missing_value", field="vote_subject")
    roll = expected_list(session, session_id)
    counted_ids = {line.entry.delegate_id for line in roll.lines if line.counted}
    formal_ids = {
        line.entry.delegate_id for line in roll.lines if line.entry.kind == FORMAL and line.standing != ENDED
    }
    with unit_of_work(session):
        check_vote_allowed(kind, method, method_approved=method_approved(session, session_id))
        attending = set(
            session.scalars(
                select(Attendance.delegate_id).where(
                    Attendance.session_id == session_id, Attendance.undone_at.is_(None)
                )
            )
        )
        counted = tally_congress_vote(
            expected=roll.expected,
            present=len(attending & counted_ids),
            voters=len(attending & formal_ids),
            yes=yes,
            no=no,
            abstain=abstain,
        )
        number = (session.scalar(select(func.max(Vote.number)).where(Vote.session_id == session_id)) or 0) + 1
        vote = Vote(
            session_id=session_id,
            number=number,
            kind=kind,
            method=method,
            title=title.strip(),
            resolution=resolution.strip(),
            expected=counted.expected,
            present=counted.present,
            voters=counted.voters,
            yes=yes,
            no=no,
            abstain=abstain,
            needed=counted.needed,
            passed=counted.passed,
            voted_at=(voted_at or utcnow()).replace(microsecond=0),
            recorded_by=actor,
            seal="",
        )
        vote.seal = vote_seal(_content(vote))
        session.add(vote)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="vote.record",
            entity="vote",
            entity_id=vote.id,
            data={**_content(vote), "seal": vote.seal},
        )
    return _record(vote)


def list_votes(session: Session, session_id: int) -> list[VoteRecord]:
    return [
        _record(v)
        for v in session.scalars(select(Vote).where(Vote.session_id == session_id).order_by(Vote.number))
    ]


def get_vote(session: Session, vote_id: int) -> VoteRecord:
    vote = session.get(Vote, vote_id)
    if vote is None:
        raise NotFound(what="vote", id=vote_id)
    return _record(vote)


def broken_seals(session: Session) -> list[int]:
    """Votes whose stored content no longer matches their seal (for ``audit verify``)."""
    return [v.id for v in session.scalars(select(Vote).order_by(Vote.id)) if vote_seal(_content(v)) != v.seal]
