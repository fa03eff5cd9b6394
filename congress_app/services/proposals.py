"""Proposals (提案): the collection window (R35.1), filing a form with its proposers and
seconders (R35.2, R36.1) and the office's list of categories.

Who may propose or second is decided by ``congress_app.rules.proposals`` against the roll of
formal delegates active on the filing date (``services.roll``); this module only gathers the
facts, refuses what the rules find and stores the form as one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from congress_app.rules.errors import Finding
from congress_app.rules.proposals import (
    AS_OPINION,
    OPINION,
    PROPOSAL_KINDS,
    SUBMITTED,
    check_collection_opened,
    check_proposal_people,
    classify_submission,
    proposal_deadlines,
)
from congress_app.rules.status import counts_as_voter
from congress_app.services.audit import append_audit
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.roll import RollEntry, RollIndex, roll_on
from congress_app.services.transaction import unit_of_work
from congress_app.storage.models import (
    CongressSession,
    Proposal,
    ProposalCategory,
    ProposalPerson,
    ProposalWindow,
)
from congress_app.wording.proposals import DEFAULT_CATEGORIES as DEFAULT_CATEGORIES
from congress_app.wording.proposals import OTHER_CATEGORY

TITLE_MAX = 200
TEXT_MAX = 20000
PROPOSER = "proposer"
SECONDER = "seconder"


@dataclass(frozen=True)
class WindowInfo:
    session_id: int
    session_title: str
    held_on: date
    opens_on: date
    closes_on: date

    def is_open(self, on: date) -> bool:
        return self.opens_on <= on <= self.closes_on


@dataclass(frozen=True)
class FiledProposal:
    proposal_id: int
    session_id: int
    number: int
    title: str
    kind: str
    status: str  # submitted, or opinion when handed in late (R35.1)
    late: bool
    proposers: tuple[str, ...]
    seconders: tuple[str, ...]


# --- categories ---------------------------------------------------------------------------


def list_categories(session: Session) -> list[str]:
    names = list(
        session.scalars(
            select(ProposalCategory.name).order_by(ProposalCategory.position, ProposalCategory.id)
        )
    )
    return names or list(DEFAULT_CATEGORIES)


def save_categories(session: Session, names: Sequence[str], *, actor: str) -> list[str]:
    """Replace the office's category list (order kept). Proposals keep the words they were
    filed under."""
    cleaned: list[str] = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if len(name) > 40:
            raise InvalidInput("text_too_long", field="category", limit=40, value=name[:20])
        if name not in cleaned:
            cleaned.append(name)
    if not cleaned:
        raise InvalidInput("missing_value", field="category")
    with unit_of_work(session):
        for old in session.scalars(select(ProposalCategory)):
            session.delete(old)
        session.flush()
        for position, name in enumerate(cleaned):
            session.add(ProposalCategory(name=name, position=position))
        append_audit(
            session,
            actor=actor,
            action="proposal.categories",
            entity="proposal_category",
            data={"names": cleaned},
        )
    return cleaned


# --- the collection window (R35.1) ----------------------------------------------------------


def _window_info(window: ProposalWindow, record: CongressSession) -> WindowInfo:
    return WindowInfo(record.id, record.title, record.held_on, window.opens_on, window.closes_on)


def open_collection(
    session: Session, *, session_id: int, opens_on: date, closes_on: date | None = None, actor: str
) -> WindowInfo:
    """Open (or move) a session's collection window. R35.1: it opens at least a calendar month
    before the session; forms are due 14 days before it (the default closing day)."""
    record = session.get(CongressSession, session_id)
    if record is None:
        raise NotFound(what="congress_session", id=session_id)
    deadlines = proposal_deadlines(record.held_on)
    late = check_collection_opened(opens_on, record.held_on)
    if late:
        raise InvalidInput(
            "collection_opened_late",
            field="opens_on",
            opens_on=opens_on,
            open_by=deadlines.open_by,
            held_on=record.held_on,
            rule="R35.1",
        )
    closes_on = closes_on or deadlines.submit_by
    if closes_on > deadlines.submit_by:
        raise InvalidInput(
            "collection_closes_late",
            field="closes_on",
            closes_on=closes_on,
            submit_by=deadlines.submit_by,
            rule="R35.1",
        )
    if closes_on < opens_on:
        raise InvalidInput("collection_dates", field="closes_on", opens_on=opens_on, closes_on=closes_on)
    with unit_of_work(session):
        window = session.scalar(select(ProposalWindow).where(ProposalWindow.session_id == session_id))
        if window is None:
            window = ProposalWindow(
                session_id=session_id, opens_on=opens_on, closes_on=closes_on, created_by=actor
            )
            session.add(window)
        else:
            window.opens_on, window.closes_on = opens_on, closes_on
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="proposal.window",
            entity="congress_session",
            entity_id=session_id,
            data={"opens_on": opens_on, "closes_on": closes_on},
        )
    return _window_info(window, record)


def collection_window(session: Session, session_id: int) -> WindowInfo | None:
    row = session.execute(
        select(ProposalWindow, CongressSession)
        .join(CongressSession, CongressSession.id == ProposalWindow.session_id)
        .where(ProposalWindow.session_id == session_id)
    ).first()
    return _window_info(*row) if row else None


def open_window_on(session: Session, on: date) -> WindowInfo | None:
    """The session whose collection window is open on ``on`` (the nearest session if several)."""
    rows = session.execute(
        select(ProposalWindow, CongressSession)
        .join(CongressSession, CongressSession.id == ProposalWindow.session_id)
        .where(ProposalWindow.opens_on <= on, ProposalWindow.closes_on >= on)
        .order_by(CongressSession.held_on)
    ).all()
    return _window_info(*rows[0]) if rows else None


def collecting_session(session: Session, on: date) -> WindowInfo | None:
    """The session a form handed in on ``on`` goes to: the one whose window is open, else the
    next session with a window that has closed but not yet been held (a late form, R35.1)."""
    open_now = open_window_on(session, on)
    if open_now is not None:
        return open_now
    rows = session.execute(
        select(ProposalWindow, CongressSession)
        .join(CongressSession, CongressSession.id == ProposalWindow.session_id)
        .where(ProposalWindow.opens_on <= on, CongressSession.held_on >= on)
        .order_by(CongressSession.held_on)
    ).all()
    return _window_info(*rows[0]) if rows else None


# --- who is who ------------------------------------------------------------------------------


def _resolve(index: RollIndex, keys: Sequence[str], field: str) -> list[RollEntry]:
    found: list[RollEntry] = []
    for key in keys:
        if not key.strip():
            continue
        entry = index.find(key)
        if entry is None:
            raise InvalidInput("unknown_delegate", field=field, key=key.strip())
        found.append(entry)
    return found


def formal_active(entries: Sequence[RollEntry]) -> set[str]:
    """R35.2: the delegates who may propose and second (formal, status active)."""
    return {str(e.delegate_id) for e in entries if e.active and counts_as_voter(e.kind)}


def check_people(
    session: Session, *, term_id: int, on: date, kind: str, proposers: Sequence[str], seconders: Sequence[str]
) -> tuple[list[RollEntry], list[RollEntry], list[Finding]]:
    """Resolve the keys and ask R35.2/R36.1; returns (proposers, seconders, findings)."""
    index = RollIndex(roll_on(session, term_id, on))
    return check_people_on(index, kind=kind, proposers=proposers, seconders=seconders)


def check_people_on(
    index: RollIndex, *, kind: str, proposers: Sequence[str], seconders: Sequence[str]
) -> tuple[list[RollEntry], list[RollEntry], list[Finding]]:
    """:func:`check_people` against a roll already indexed (an import checks many forms
    against one roll)."""
    who_proposes = _resolve(index, proposers, "proposer")
    who_seconds = _resolve(index, seconders, "seconder")
    findings = check_proposal_people(
        kind=kind,
        proposers=[str(e.delegate_id) for e in who_proposes],
        seconders=[str(e.delegate_id) for e in who_seconds],
        formal_delegates=formal_active(index.entries),
    )
    return who_proposes, who_seconds, findings


def _check_text(field: str, value: str, limit: int, *, required: bool = False) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput("missing_value", field=field)
    if len(value) > limit:
        raise InvalidInput("text_too_long", field=field, limit=limit, value=value[:20])
    return value


# --- filing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedForm:
    """A proposal form every check has passed, ready to be stored."""

    record: CongressSession
    window: WindowInfo
    title: str
    kind: str
    category: str
    reasons: str
    suggestions: str
    late_exception: str
    filed_on: date
    proposers: tuple[RollEntry, ...]
    seconders: tuple[RollEntry, ...]
    status: str
    late: bool


def check_form(
    session: Session,
    *,
    title: str,
    kind: str,
    proposers: Sequence[str],
    seconders: Sequence[str],
    filed_on: date,
    session_id: int | None = None,
    category: str = "",
    reasons: str = "",
    suggestions: str = "",
    late_exception: str = "",
    categories: Sequence[str] | None = None,
    rolls: dict[tuple[int, date], RollIndex] | None = None,
) -> tuple[CheckedForm | None, list[InvalidInput]]:
    """Every check filing makes (R35.1 window and late forms, R35.2, R36.1, the fields), each
    problem as the refusal filing gives (``field`` says where), in the order filing reports
    them; the form when there is none. ``categories`` and ``rolls`` (an index per term and
    day) let an import check many forms against one list and roll."""
    problems: list[InvalidInput] = []

    def text(field: str, value: str, limit: int, required: bool = False) -> str:
        try:
            return _check_text(field, value, limit, required=required)
        except InvalidInput as error:
            problems.append(error)
            return ""

    title = text("title", title, TITLE_MAX, True)
    reasons = text("reasons", reasons, TEXT_MAX)
    suggestions = text("suggestions", suggestions, TEXT_MAX)
    late_exception = text("late_exception", late_exception, 500)
    if kind not in PROPOSAL_KINDS:
        problems.append(InvalidInput("unknown_proposal_kind", field="kind", value=kind))
    category = category.strip() or OTHER_CATEGORY
    allowed = list(categories) if categories is not None else list_categories(session)
    if category not in allowed:
        problems.append(
            InvalidInput("unknown_category", field="category", value=category, allowed="、".join(allowed))
        )
    window: WindowInfo | None
    if session_id is None:
        window = collecting_session(session, filed_on)
        if window is None:
            problems.append(InvalidInput("no_open_collection", field="session", on=filed_on))
    else:
        window = collection_window(session, session_id)
        if window is None:
            problems.append(InvalidInput("collection_not_opened", field="session", session=session_id))
    if window is None:
        return None, problems
    if filed_on < window.opens_on:
        problems.append(
            InvalidInput("collection_not_open_yet", field="filed_on", on=filed_on, opens_on=window.opens_on)
        )
    record = session.get(CongressSession, window.session_id)
    assert record is not None
    roll_key = (record.term_id, filed_on)
    index = rolls.get(roll_key) if rolls is not None else None
    if index is None:
        index = RollIndex(roll_on(session, record.term_id, filed_on))
        if rolls is not None:
            rolls[roll_key] = index
    people: dict[str, list[RollEntry]] = {PROPOSER: [], SECONDER: []}
    unresolved = len(problems)
    for role, keys in ((PROPOSER, proposers), (SECONDER, seconders)):
        for key in keys:  # every unknown or ambiguous person is named, not just the first
            try:
                people[role].extend(_resolve(index, [key], role))
            except InvalidInput as error:  # an ambiguous name: say which list it is in
                error.details["field"] = role
                problems.append(error)
    if len(problems) > unresolved:
        return None, problems
    who_proposes, who_seconds = people[PROPOSER], people[SECONDER]
    findings = (
        check_proposal_people(
            kind=kind,
            proposers=[str(e.delegate_id) for e in who_proposes],
            seconders=[str(e.delegate_id) for e in who_seconds],
            formal_delegates=formal_active(index.entries),
        )
        if kind in PROPOSAL_KINDS
        else []
    )
    if findings:
        problems.append(
            InvalidInput(
                "proposal_people",
                field="people",
                kind=kind,
                findings=findings,
                names=_names(who_proposes, who_seconds),
            )
        )
    if problems:
        return None, problems
    verdict = classify_submission(filed_on, record.held_on, exception_recorded=bool(late_exception))
    return CheckedForm(
        record,
        window,
        title,
        kind,
        category,
        reasons,
        suggestions,
        late_exception,
        filed_on,
        tuple(who_proposes),
        tuple(who_seconds),
        OPINION if verdict == AS_OPINION else SUBMITTED,
        filed_on > window.closes_on,
    ), []


def store_form(
    session: Session,
    form: CheckedForm,
    *,
    actor: str,
    action: str = "proposal.file",
    source: dict[str, object] | None = None,
) -> FiledProposal:
    """Store a checked form, numbered next in its session, and its audit entry; inside the
    caller's transaction. ``action``/``source`` say where it came from (an import names the
    file and row)."""
    record = form.record
    number = (
        session.scalar(select(func.max(Proposal.number)).where(Proposal.session_id == record.id)) or 0
    ) + 1
    proposal = Proposal(
        session_id=record.id,
        number=number,
        title=form.title,
        category=form.category,
        kind=form.kind,
        reasons=form.reasons,
        suggestions=form.suggestions,
        filed_on=form.filed_on,
        status=form.status,
        late=form.late,
        late_exception=form.late_exception,
        created_by=actor,
    )
    position = 0
    for role, people in ((PROPOSER, form.proposers), (SECONDER, form.seconders)):
        for entry in people:
            proposal.people.append(
                ProposalPerson(delegate_id=entry.delegate_id, role=role, position=position)
            )
            position += 1
    session.add(proposal)
    session.flush()
    append_audit(
        session,
        actor=actor,
        action=action,
        entity="proposal",
        entity_id=proposal.id,
        data={
            "session": record.id,
            "number": number,
            "title": form.title,
            "kind": form.kind,
            "category": form.category,
            "filed_on": form.filed_on,
            "status": form.status,
            "late": form.late,
            "late_exception": form.late_exception,
            "proposers": [e.delegate_id for e in form.proposers],
            "seconders": [e.delegate_id for e in form.seconders],
            **(source or {}),
        },
    )
    return FiledProposal(
        proposal.id,
        record.id,
        number,
        form.title,
        form.kind,
        form.status,
        form.late,
        tuple(e.name for e in form.proposers),
        tuple(e.name for e in form.seconders),
    )


def file_proposal(
    session: Session,
    *,
    title: str,
    kind: str,
    proposers: Sequence[str],
    seconders: Sequence[str],
    actor: str,
    filed_on: date | None = None,
    session_id: int | None = None,
    category: str = "",
    reasons: str = "",
    suggestions: str = "",
    late_exception: str = "",
) -> FiledProposal:
    """File a proposal form. Refused when R35.2/R36.1 find anything (with the shortfall).
    A form handed in after the deadline becomes an opinion (意见) unless the office records an
    exception (R35.1, practice)."""
    form, problems = check_form(
        session,
        title=title,
        kind=kind,
        proposers=proposers,
        seconders=seconders,
        filed_on=filed_on or date.today(),
        session_id=session_id,
        category=category,
        reasons=reasons,
        suggestions=suggestions,
        late_exception=late_exception,
    )
    if problems:
        raise problems[0]
    assert form is not None
    with unit_of_work(session):
        return store_form(session, form, actor=actor)


def _names(*groups: Sequence[RollEntry]) -> dict[str, str]:
    return {str(e.delegate_id): e.name for group in groups for e in group}


def _term_of(session: Session, session_id: int) -> CongressSession:
    record = session.get(CongressSession, session_id)
    if record is None:
        raise NotFound(what="congress_session", id=session_id)
    return record


def filing_delegates(session: Session, session_id: int, on: date) -> list[RollEntry]:
    """R35.2: the formal delegates active on ``on`` who may propose and second, for pickers."""
    entries = roll_on(session, _term_of(session, session_id).term_id, on)
    allowed = formal_active(entries)
    return [e for e in entries if str(e.delegate_id) in allowed]


def check_filing_people(
    session: Session,
    *,
    session_id: int,
    on: date,
    kind: str,
    proposers: Sequence[str],
    seconders: Sequence[str],
) -> InvalidInput | None:
    """The refusal filing would give for these people (R35.2, R36.1), or None: for a live
    check while the form is filled in."""
    try:
        who_proposes, who_seconds, findings = check_people(
            session,
            term_id=_term_of(session, session_id).term_id,
            on=on,
            kind=kind,
            proposers=proposers,
            seconders=seconders,
        )
    except InvalidInput as error:
        return error
    if findings:
        return InvalidInput(
            "proposal_people",
            field="people",
            kind=kind,
            findings=findings,
            names=_names(who_proposes, who_seconds),
        )
    return None
