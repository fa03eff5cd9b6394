"""Proposals (第三十五条–第三十八条): deadlines (R35.1), who proposes and seconds (R35.2,
R36.1), review (R37.1) and handling with satisfaction and send-back (R38.1) as a small state
machine.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from congress_app.rules.errors import Finding, InvalidTransition, UnknownChoice
from congress_app.rules.status import add_months

# R36.1 kinds
GENERAL = "general"  # 一般提案
IMPORTANT = "important"  # 重要提案
PROPOSAL_KINDS: tuple[str, ...] = (GENERAL, IMPORTANT)
MIN_SECONDERS = {GENERAL: 3, IMPORTANT: 10}

# R35.1: what a handed-in form becomes
AS_PROPOSAL = "proposal"
AS_OPINION = "opinion"  # 意见
COLLECTION_LEAD_MONTHS = 1
SUBMISSION_LEAD_DAYS = 14

# R37.1, R38.1 states
SUBMITTED = "submitted"  # 已提交
REGISTERED = "registered"  # 立案
MERGED = "merged"  # 并案 (handled with the proposal it joined)
OPINION = "opinion"  # 不立案: forwarded to a department as an opinion, proposer told why
DMC_PASSED = "dmc_passed"  # 经民主管理委员会审议通过
ASSIGNED = "assigned"  # 交承办部门 (one lead, any assisting)
ANSWERED = "answered"  # 已答复
CLOSED = "closed"  # 办结 (proposer satisfied or basically satisfied)
PROPOSAL_STATES: tuple[str, ...] = (
    SUBMITTED,
    REGISTERED,
    MERGED,
    OPINION,
    DMC_PASSED,
    ASSIGNED,
    ANSWERED,
    CLOSED,
)
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    SUBMITTED: frozenset({REGISTERED, MERGED, OPINION}),
    REGISTERED: frozenset({DMC_PASSED}),
    DMC_PASSED: frozenset({ASSIGNED}),
    ASSIGNED: frozenset({ANSWERED}),
    ANSWERED: frozenset({CLOSED, ASSIGNED}),  # ASSIGNED again = sent back (not satisfied)
    MERGED: frozenset(),
    OPINION: frozenset(),
    CLOSED: frozenset(),
}

# R38.1 satisfaction
SATISFIED = "satisfied"  # 满意
BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
NOT_SATISFIED = "not_satisfied"  # 不满意
SATISFACTION_LEVELS: tuple[str, ...] = (SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED)


@dataclass(frozen=True, slots=True)
class ProposalDeadlines:
    """R35.1: collection must open by ``open_by`` (session − 1 calendar month) and forms are
    due by ``submit_by`` (session − 14 days), both inclusive.
    """

    session_date: date
    open_by: date
    submit_by: date
    rule: str = "R35.1"


def proposal_deadlines(session_date: date) -> ProposalDeadlines:
    """R35.1: the two deadlines for a session (31 March − 1 month = 28/29 February)."""
    return ProposalDeadlines(
        session_date,
        add_months(session_date, -COLLECTION_LEAD_MONTHS),
        session_date - timedelta(days=SUBMISSION_LEAD_DAYS),
    )


def check_collection_opened(open_date: date, session_date: date) -> list[Finding]:
    """R35.1: ``open date ≤ session − 1 calendar month``, else ``collection_opened_late``
    (actual = open date, required = the latest allowed date).
    """
    latest = proposal_deadlines(session_date).open_by
    if open_date > latest:
        return [Finding("R35.1", "collection_opened_late", open_date, latest)]
    return []


def classify_submission(submitted_on: date, session_date: date, *, exception_recorded: bool = False) -> str:
    """R35.1: ``"proposal"`` if handed in by session − 14 days, else ``"opinion"`` — unless
    the office recorded an exception, then still ``"proposal"``.
    """
    if submitted_on <= proposal_deadlines(session_date).submit_by or exception_recorded:
        return AS_PROPOSAL
    return AS_OPINION


def check_proposal_people(
    *,
    kind: str,
    proposers: Sequence[str],
    seconders: Sequence[str],
    formal_delegates: Collection[str],
) -> list[Finding]:
    """R35.2, R36.1: findings on proposers and seconders (subject = the person where one):

    ``proposer_not_formal`` / ``seconder_not_formal`` (R35.2); ``proposer_repeated``,
    ``seconder_repeated``, ``seconder_is_proposer``; ``proposer_count`` (general: exactly 1,
    important: at least 1; actual = distinct proposers); ``too_few_seconders`` (general ≥ 3,
    important ≥ 10, counting only distinct formal delegates who are not proposers).
    """
    if kind not in PROPOSAL_KINDS:
        raise UnknownChoice(rule="R36.1", field="kind", actual=kind, allowed=PROPOSAL_KINDS)
    formal = set(formal_delegates)
    found: list[Finding] = []
    unique_proposers: list[str] = []
    for p in proposers:
        if p in unique_proposers:
            found.append(Finding("R36.1", "proposer_repeated", subject=p))
            continue
        unique_proposers.append(p)
        if p not in formal:
            found.append(Finding("R35.2", "proposer_not_formal", subject=p))
    count = len(unique_proposers)
    if (kind == GENERAL and count != 1) or count < 1:
        found.append(Finding("R36.1", "proposer_count", count, 1))
    good: set[str] = set()
    seen: set[str] = set()
    for s in seconders:
        if s in seen:
            found.append(Finding("R36.1", "seconder_repeated", subject=s))
            continue
        seen.add(s)
        if s in unique_proposers:
            found.append(Finding("R36.1", "seconder_is_proposer", subject=s))
        elif s not in formal:
            found.append(Finding("R35.2", "seconder_not_formal", subject=s))
        else:
            good.add(s)
    if len(good) < MIN_SECONDERS[kind]:
        found.append(Finding("R36.1", "too_few_seconders", len(good), MIN_SECONDERS[kind]))
    return found


def allowed_transitions(state: str) -> frozenset[str]:
    """R37.1, R38.1: the states a proposal may move to from ``state``."""
    if state not in ALLOWED_TRANSITIONS:
        raise UnknownChoice(rule="R37.1", field="state", actual=state, allowed=PROPOSAL_STATES)
    return ALLOWED_TRANSITIONS[state]


def transition(state: str, to: str) -> str:
    """R37.1, R38.1: move a proposal from ``state`` to ``to``; returns ``to`` or raises
    :class:`InvalidTransition` (``from_state``, ``to_state``).
    """
    if to not in ALLOWED_TRANSITIONS:
        raise UnknownChoice(rule="R37.1", field="to", actual=to, allowed=PROPOSAL_STATES)
    if to not in allowed_transitions(state):
        rule = "R37.1" if state == SUBMITTED else "R38.1"
        raise InvalidTransition(rule=rule, from_state=state, to_state=to)
    return to


def record_satisfaction(state: str, satisfaction: str) -> str:
    """R38.1: the proposer's verdict on an answer: satisfied or basically satisfied closes the
    proposal; not satisfied sends it back to the department (``"assigned"`` again).
    Only an answered proposal takes a verdict (else :class:`InvalidTransition`).
    """
    if satisfaction not in SATISFACTION_LEVELS:
        raise UnknownChoice(
            rule="R38.1", field="satisfaction", actual=satisfaction, allowed=SATISFACTION_LEVELS
        )
    target = ASSIGNED if satisfaction == NOT_SATISFIED else CLOSED
    if state != ANSWERED:
        raise InvalidTransition(rule="R38.1", from_state=state, to_state=target)
    return transition(state, target)


def check_assignment(lead: str | None, assisting: Sequence[str] = ()) -> list[Finding]:
    """R38.1: one lead department and any assisting ones, distinct. Findings
    ``lead_missing``, ``assisting_is_lead``, ``assisting_repeated`` (subject = department).
    """
    found = []
    if not lead:
        found.append(Finding("R38.1", "lead_missing"))
    seen: set[str] = set()
    for dept in assisting:
        if dept == lead:
            found.append(Finding("R38.1", "assisting_is_lead", subject=dept))
        elif dept in seen:
            found.append(Finding("R38.1", "assisting_repeated", subject=dept))
        seen.add(dept)
    return found


def check_answer_deadline(answered_on: date | None, next_session_date: date, today: date) -> list[Finding]:
    """R38.1: the department answers before the next session: ``answered_on <
    next_session_date``. ``answer_late`` if answered on or after it; ``answer_missing`` if
    not answered and ``today`` has reached the next session date.
    """
    if answered_on is None:
        if today >= next_session_date:
            return [Finding("R38.1", "answer_missing", None, next_session_date)]
        return []
    if answered_on >= next_session_date:
        return [Finding("R38.1", "answer_late", answered_on, next_session_date)]
    return []
