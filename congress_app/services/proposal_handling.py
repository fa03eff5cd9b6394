"""Handling a proposal after filing: the committee's decision (R37.1: 立案, 并案 or an opinion
forwarded to a department), the DMC's approval (R38.1), the departments, their answers, the
proposer's satisfaction (a "not satisfied" sends it back for a second answer) and the
selection of excellent proposals (R40.1).

Every state change is asked of ``rules.proposals.transition`` and sealed in the audit chain:
the chain's entries for a proposal are its timeline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from congress_app.rules.errors import InvalidTransition
from congress_app.rules.proposals import (
    ANSWERED,
    ASSIGNED,
    DMC_PASSED,
    MERGED,
    OPINION,
    REGISTERED,
    SUBMITTED,
    check_assignment,
    record_satisfaction,
    transition,
)
from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import (
    Proposal,
    ProposalAnswer,
    ProposalDepartment,
    ProposalFile,
)

DECISIONS = ("register", "merge", "opinion")
MAX_FILE_BYTES = 20 * 1024 * 1024


def _proposal(session: Session, proposal_id: int) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(what="proposal", id=proposal_id)
    return proposal


def _move(proposal: Proposal, to: str, *, rule: str | None = None) -> None:
    """Ask the state machine; a refused move names the article and the two states (``rule``:
    the article the step rests on, where it is not the review's)."""
    try:
        proposal.status = transition(proposal.status, to)
    except InvalidTransition as error:
        raise InvalidInput(
            "proposal_transition",
            field="status",
            number=proposal.number,
            from_state=error.from_state,
            to_state=error.to_state,
            rule=rule or error.rule,
        ) from error


def _seal(session: Session, proposal: Proposal, action: str, actor: str, **data: object) -> None:
    append_audit(
        session,
        actor=actor,
        action=f"proposal.{action}",
        entity="proposal",
        entity_id=proposal.id,
        data={"number": proposal.number, "status": proposal.status, **data},
    )


def review_proposal(
    session: Session,
    proposal_id: int,
    *,
    decision: str,
    on: date,
    actor: str,
    reason: str = "",
    merge_into: int | None = None,
    department: str = "",
) -> str:
    """R37.1: the proposal committee registers (立案) a submitted proposal, merges it into
    another one (并案), or does not register it: then it becomes an opinion sent to a department
    (required) and the proposer is told the reason (required). Returns the new state."""
    if decision not in DECISIONS:
        raise InvalidInput("unknown_decision", field="decision", value=decision)
    reason = reason.strip()
    department = department.strip()
    with unit_of_work(session):
        proposal = _proposal(session, proposal_id)
        if decision == "register":
            _move(proposal, REGISTERED)
        elif decision == "merge":
            target = session.get(Proposal, merge_into) if merge_into is not None else None
            if target is None or target.id == proposal.id or target.session_id != proposal.session_id:
                raise InvalidInput("merge_target", field="merge_into", number=proposal.number)
            if target.status in (MERGED, OPINION):
                raise InvalidInput("merge_target_state", field="merge_into", number=target.number)
            _move(proposal, MERGED)
            proposal.merged_into_id = target.id
        else:
            if not reason:
                raise InvalidInput("opinion_needs_reason", field="reason", rule="R37.1")
            if not department:
                raise InvalidInput("opinion_needs_department", field="department", rule="R37.1")
            _move(proposal, OPINION)
            proposal.opinion_department = department[:100]
        proposal.decision_reason = reason[:1000]
        proposal.decided_on = on
        session.flush()
        _seal(
            session,
            proposal,
            "review",
            actor,
            decision=decision,
            on=on,
            reason=reason,
            merge_into=proposal.merged_into_id,
            department=department,
        )
    return proposal.status


def approve_by_dmc(session: Session, proposal_ids: Sequence[int], *, on: date, actor: str) -> int:
    """R38.1: the DMC approves registered proposals before they go to departments. All or
    nothing: one proposal that is not registered refuses the whole approval."""
    with unit_of_work(session):
        for proposal_id in proposal_ids:
            proposal = _proposal(session, proposal_id)
            _move(proposal, DMC_PASSED, rule="R38.1")
            proposal.dmc_approved_on = on
            _seal(session, proposal, "dmc_approve", actor, on=on)
    return len(proposal_ids)


def assign_departments(
    session: Session, proposal_id: int, *, lead: str, assisting: Sequence[str] = (), due_on: date, actor: str
) -> None:
    """R38.1: after the DMC's approval, one lead department and any assisting ones, with a due
    date (practice)."""
    lead = lead.strip()
    assisting = [a.strip() for a in assisting if a.strip()]
    findings = check_assignment(lead or None, assisting)
    if findings:
        raise InvalidInput(
            "assignment",
            field="department",
            codes=[f.code for f in findings],
            subject=findings[0].subject or "",
        )
    for name in (lead, *assisting):
        if len(name) > 100:
            raise InvalidInput("text_too_long", field="department", limit=100, value=name[:20])
    with unit_of_work(session):
        proposal = _proposal(session, proposal_id)
        _move(proposal, ASSIGNED, rule="R38.1")
        proposal.departments.clear()
        session.flush()
        proposal.departments.append(ProposalDepartment(department=lead, lead=True, position=0))
        for position, name in enumerate(assisting, start=1):
            proposal.departments.append(ProposalDepartment(department=name, position=position))
        proposal.due_on = due_on
        session.flush()
        _seal(session, proposal, "assign", actor, lead=lead, assisting=assisting, due_on=due_on)


def record_answer(
    session: Session,
    proposal_id: int,
    *,
    text: str,
    answered_on: date,
    actor: str,
    department: str = "",
    files: Sequence[tuple[str, bytes]] = (),
) -> int:
    """R38.1: the department's answer (text and files). Only an assigned proposal — registered,
    approved by the DMC and given to a department — takes an answer. Returns the answer round."""
    text = text.strip()
    if not text and not files:
        raise InvalidInput("missing_value", field="answer")
    for name, content in files:
        if len(content) > MAX_FILE_BYTES:
            raise InvalidInput(
                "file_too_large", field="files", name=name, limit=MAX_FILE_BYTES // (1024 * 1024)
            )
    with unit_of_work(session):
        proposal = _proposal(session, proposal_id)
        lead = next((d.department for d in proposal.departments if d.lead), "")
        _move(proposal, ANSWERED, rule="R38.1")
        answer = ProposalAnswer(
            round=len(proposal.answers) + 1,
            department=(department.strip() or lead)[:100],
            text=text,
            answered_on=answered_on,
            recorded_by=actor,
        )
        for name, content in files:
            answer.files.append(
                ProposalFile(
                    file_name=name[:300], content=content, sha256=hashlib.sha256(content).hexdigest()
                )
            )
        proposal.answers.append(answer)
        session.flush()
        _seal(
            session,
            proposal,
            "answer",
            actor,
            round=answer.round,
            department=answer.department,
            answered_on=answered_on,
            text_sha256=hashlib.sha256(text.encode()).hexdigest(),
            files={f.file_name: f.sha256 for f in answer.files},
        )
    return answer.round


def record_proposer_view(
    session: Session, proposal_id: int, *, satisfaction: str, on: date, actor: str, comment: str = ""
) -> str:
    """R38.1: the proposer's view of the latest answer: satisfied or basically satisfied closes
    the proposal; not satisfied sends it back to the department for a second answer."""
    comment = comment.strip()
    if len(comment) > 1000:
        raise InvalidInput("text_too_long", field="comment", limit=1000, value=comment[:20])
    with unit_of_work(session):
        proposal = _proposal(session, proposal_id)
        try:
            proposal.status = record_satisfaction(proposal.status, satisfaction)
        except InvalidTransition as error:
            raise InvalidInput(
                "proposal_transition",
                field="status",
                number=proposal.number,
                from_state=error.from_state,
                to_state=error.to_state,
                rule=error.rule,
            ) from error
        answer = proposal.answers[-1]
        answer.satisfaction, answer.comment, answer.responded_on = satisfaction, comment, on
        session.flush()
        _seal(
            session,
            proposal,
            "satisfaction",
            actor,
            round=answer.round,
            satisfaction=satisfaction,
            comment=comment,
            on=on,
        )
    return proposal.status


def mark_excellent(
    session: Session, proposal_ids: Sequence[int], *, actor: str, excellent: bool = True
) -> int:
    """R40.1: the congress selects excellent proposals (only registered ones, not opinions)."""
    with unit_of_work(session):
        for proposal_id in proposal_ids:
            proposal = _proposal(session, proposal_id)
            if proposal.status in (SUBMITTED, MERGED, OPINION):
                raise InvalidInput("excellent_not_registered", field="proposal", number=proposal.number)
            proposal.excellent = excellent
            _seal(session, proposal, "excellent", actor, excellent=excellent)
    return len(proposal_ids)
