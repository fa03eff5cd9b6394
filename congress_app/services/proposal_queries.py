"""Reading proposals: the list (with the CLI's status words), one proposal with its people,
answers and timeline (its audit entries), similar proposals, and the figures of the proposal
work report (R39.1)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from congress_app.rules.proposals import (
    ANSWERED,
    ASSIGNED,
    CLOSED,
    DMC_PASSED,
    MERGED,
    OPINION,
    REGISTERED,
    SATISFACTION_LEVELS,
    SUBMITTED,
)
from congress_app.services.errors import NotFound
from congress_app.services.proposal_similarity import SimilarityIndex, document
from congress_app.storage.models import (
    AuditEntry,
    CongressSession,
    Delegate,
    Proposal,
    ProposalPerson,
    Staff,
)

# The CLI's status words (`congress-app proposals --json`): approved and assigned proposals are
# still "registered" for a reader outside the office.
PUBLIC_STATUS = {
    SUBMITTED: "filed",
    REGISTERED: "registered",
    DMC_PASSED: "registered",
    ASSIGNED: "registered",
    MERGED: "merged",
    OPINION: "opinion",
    ANSWERED: "answered",
    CLOSED: "closed",
}
OPEN_STATES = (DMC_PASSED, ASSIGNED)  # a department owes an answer once assigned


@dataclass(frozen=True)
class ProposalRow:
    proposal_id: int
    session_id: int
    number: int
    title: str
    category: str
    kind: str
    status: str  # rules.proposals state
    filed_on: date
    late: bool
    proposers: tuple[str, ...]
    seconders: tuple[str, ...]
    department: str  # the lead department (or the one an opinion went to)
    assisting: tuple[str, ...]
    due_on: date | None
    satisfaction: str  # the latest answer's, "" before any
    answered_on: date | None
    merged_into: int | None  # number of the proposal it joined
    excellent: bool
    answer_rounds: int = 0

    @property
    def public_status(self) -> str:
        return PUBLIC_STATUS[self.status]

    def overdue(self, today: date) -> bool:
        return self.status == ASSIGNED and self.due_on is not None and self.due_on < today

    def as_json(self) -> dict[str, Any]:
        """The keys of `congress-app proposals --json` (a contract)."""
        return {
            "number": self.number,
            "title": self.title,
            "kind": self.kind,
            "proposers": list(self.proposers),
            "seconders": list(self.seconders),
            "status": self.public_status,
            "department": self.department or None,
            "satisfaction": self.satisfaction or None,
        }


@dataclass(frozen=True)
class TimelineStep:
    at: datetime
    actor: str
    action: str  # proposal.file, proposal.review …
    data: dict[str, Any]


@dataclass(frozen=True)
class AnswerView:
    round: int
    department: str
    text: str
    answered_on: date
    satisfaction: str
    comment: str
    responded_on: date | None
    files: tuple[tuple[int, str, str], ...]  # (id, name, sha256)


@dataclass(frozen=True)
class ProposalDetail:
    row: ProposalRow
    reasons: str
    suggestions: str
    decision_reason: str
    decided_on: date | None
    dmc_approved_on: date | None
    late_exception: str
    answers: tuple[AnswerView, ...]
    timeline: tuple[TimelineStep, ...]
    merged_here: tuple[int, ...] = field(default=())  # numbers merged into this one


def _names_by_proposal(session: Session, ids: list[int]) -> dict[int, dict[str, list[str]]]:
    people: dict[int, dict[str, list[str]]] = {}
    if not ids:
        return people
    rows = session.execute(
        select(ProposalPerson.proposal_id, ProposalPerson.role, Staff.name)
        .join(Delegate, Delegate.id == ProposalPerson.delegate_id)
        .join(Staff, Staff.id == Delegate.staff_id)
        .where(ProposalPerson.proposal_id.in_(ids))
        .order_by(ProposalPerson.proposal_id, ProposalPerson.position)
    )
    for proposal_id, role, name in rows:
        people.setdefault(proposal_id, {"proposer": [], "seconder": []})[role].append(name)
    return people


def _rows(session: Session, proposals: list[Proposal]) -> list[ProposalRow]:
    people = _names_by_proposal(session, [p.id for p in proposals])
    numbers = {p.id: p.number for p in proposals}
    missing = {p.merged_into_id for p in proposals if p.merged_into_id and p.merged_into_id not in numbers}
    if missing:
        numbers.update(
            session.execute(select(Proposal.id, Proposal.number).where(Proposal.id.in_(missing)))
            .tuples()
            .all()
        )
    rows = []
    for p in proposals:
        named = people.get(p.id, {"proposer": [], "seconder": []})
        lead = next((d.department for d in p.departments if d.lead), p.opinion_department)
        last = p.answers[-1] if p.answers else None
        rows.append(
            ProposalRow(
                p.id,
                p.session_id,
                p.number,
                p.title,
                p.category,
                p.kind,
                p.status,
                p.filed_on,
                p.late,
                tuple(named["proposer"]),
                tuple(named["seconder"]),
                lead,
                tuple(d.department for d in p.departments if not d.lead),
                p.due_on,
                last.satisfaction if last else "",
                last.answered_on if last else None,
                numbers.get(p.merged_into_id) if p.merged_into_id else None,
                p.excellent,
                len(p.answers),
            )
        )
    return rows


def proposal_rows(session: Session, proposals: list[Proposal]) -> list[ProposalRow]:
    """The rows of ``proposals`` (loaded, e.g. by :func:`session_proposals`), in their order."""
    return _rows(session, proposals)


def session_proposals(session: Session, session_id: int) -> list[Proposal]:
    """The session's proposals by number, with their departments and answers loaded."""
    return list(
        session.scalars(
            select(Proposal)
            .options(selectinload(Proposal.departments), selectinload(Proposal.answers))
            .where(Proposal.session_id == session_id)
            .order_by(Proposal.number)
        )
    )


def list_proposals(session: Session, session_id: int | None = None) -> list[ProposalRow]:
    """Every proposal (of one session, or all), by session then number."""
    query = (
        select(Proposal)
        .options(selectinload(Proposal.departments), selectinload(Proposal.answers))
        .join(CongressSession, CongressSession.id == Proposal.session_id)
        .order_by(CongressSession.held_on, Proposal.number)
    )
    if session_id is not None:
        query = query.where(Proposal.session_id == session_id)
    return _rows(session, list(session.scalars(query)))


def latest_session_with_proposals(session: Session) -> int | None:
    return session.scalar(
        select(Proposal.session_id)
        .join(CongressSession, CongressSession.id == Proposal.session_id)
        .order_by(CongressSession.held_on.desc())
        .limit(1)
    )


def proposal_detail(session: Session, proposal_id: int) -> ProposalDetail:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(what="proposal", id=proposal_id)
    row = _rows(session, [proposal])[0]
    steps = tuple(
        TimelineStep(e.at, e.actor, e.action, json.loads(e.payload or "{}"))
        for e in session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "proposal", AuditEntry.entity_id == str(proposal_id))
            .order_by(AuditEntry.id)
        )
    )
    answers = tuple(
        AnswerView(
            a.round,
            a.department,
            a.text,
            a.answered_on,
            a.satisfaction,
            a.comment,
            a.responded_on,
            tuple((f.id, f.file_name, f.sha256) for f in a.files),
        )
        for a in proposal.answers
    )
    merged_here = tuple(
        session.scalars(
            select(Proposal.number).where(Proposal.merged_into_id == proposal_id).order_by(Proposal.number)
        )
    )
    return ProposalDetail(
        row,
        proposal.reasons,
        proposal.suggestions,
        proposal.decision_reason,
        proposal.decided_on,
        proposal.dmc_approved_on,
        proposal.late_exception,
        answers,
        steps,
        merged_here,
    )


@dataclass(frozen=True)
class SimilarProposal:
    proposal_id: int
    session_id: int
    number: int
    title: str
    status: str
    score: float


_INDEX_CACHE: dict[str, tuple[SimilarityIndex, int, int]] = {}  # url -> (index, count, newest id)


def similarity_index(session: Session) -> SimilarityIndex:
    """The index over every stored proposal (all sessions). A filed form's title and reasons
    never change, so the index is kept; forms filed since (ids above the newest indexed) are
    added to it, and it is built afresh only when the proposals are otherwise not the ones
    indexed (another database, or rows removed)."""
    count, newest = session.execute(select(func.count(Proposal.id), func.max(Proposal.id))).one()
    url, newest = str(session.get_bind().engine.url), newest or 0
    cached = _INDEX_CACHE.get(url)
    if cached is not None and (cached[1], cached[2]) == (count, newest):
        return cached[0]
    if cached is not None and count > cached[1]:
        index, known, known_newest = cached
        added = session.execute(
            select(Proposal.id, Proposal.title, Proposal.reasons)
            .where(Proposal.id > known_newest)
            .order_by(Proposal.id)
        ).all()
        if known + len(added) == count:  # only new filings: add them
            index.add(*(document(pid, title, reasons or "") for pid, title, reasons in added))
            _INDEX_CACHE[url] = (index, count, newest)
            return index
    index = SimilarityIndex(
        document(pid, title, reasons or "")
        for pid, title, reasons in session.execute(select(Proposal.id, Proposal.title, Proposal.reasons))
    )
    _INDEX_CACHE.clear()  # one database at a time
    _INDEX_CACHE[url] = (index, count, newest)
    return index


def similar_proposals(
    session: Session, *, title: str, text: str = "", exclude: int | None = None, limit: int = 5
) -> list[SimilarProposal]:
    """Earlier proposals (this session and past ones) similar to a title and text; their
    numbers, titles and statuses are read afresh."""
    found = similarity_index(session).similar(
        document(-1, title, text), limit=limit, exclude=[exclude] if exclude is not None else []
    )
    if not found:
        return []
    facts = {
        pid: (sid, number, stored_title, status)
        for pid, sid, number, stored_title, status in session.execute(
            select(Proposal.id, Proposal.session_id, Proposal.number, Proposal.title, Proposal.status).where(
                Proposal.id.in_([pid for pid, _ in found])
            )
        )
    }
    return [SimilarProposal(pid, *facts[pid], score) for pid, score in found if pid in facts]


# --- the proposal work report (R39.1) ----------------------------------------------------------


@dataclass(frozen=True)
class ProposalFigures:
    session_id: int
    session_title: str
    held_on: date
    total: int
    by_status: dict[str, int]  # PUBLIC_STATUS words
    by_kind: dict[str, int]
    by_category: dict[str, int]
    by_department: dict[str, int]  # lead departments of registered proposals
    by_satisfaction: dict[str, int]  # final view per answered proposal
    answered_in_time: int
    answered_late: int
    overdue: int
    late_forms: int
    second_answers: int
    excellent: tuple[tuple[int, str, tuple[str, ...]], ...]  # (number, title, proposers)
    rows: tuple[ProposalRow, ...]


def proposal_figures(session: Session, session_id: int, *, today: date | None = None) -> ProposalFigures:
    record = session.get(CongressSession, session_id)
    if record is None:
        raise NotFound(what="congress_session", id=session_id)
    today = today or date.today()
    rows = list_proposals(session, session_id)
    by_status = Counter(r.public_status for r in rows)
    by_satisfaction: Counter[str] = Counter()
    in_time = late = 0
    for r in rows:
        if r.satisfaction in SATISFACTION_LEVELS:
            by_satisfaction[r.satisfaction] += 1
        if r.answered_on is not None and r.due_on is not None:
            if r.answered_on <= r.due_on:
                in_time += 1
            else:
                late += 1
    second = sum(1 for r in rows if r.answer_rounds > 1)
    return ProposalFigures(
        session_id,
        record.title,
        record.held_on,
        len(rows),
        {word: by_status.get(word, 0) for word in dict.fromkeys(PUBLIC_STATUS.values())},
        dict(Counter(r.kind for r in rows)),
        dict(Counter(r.category for r in rows).most_common()),
        dict(
            Counter(
                r.department for r in rows if r.status not in (SUBMITTED, MERGED, OPINION) and r.department
            ).most_common()
        ),
        {level: by_satisfaction.get(level, 0) for level in SATISFACTION_LEVELS},
        in_time,
        late,
        sum(1 for r in rows if r.overdue(today)),
        sum(1 for r in rows if r.late),
        second,
        tuple((r.number, r.title, r.proposers) for r in rows if r.excellent),
        tuple(rows),
    )
