"""Which documents the app generates for a session (R48.1 groups 3–9), each with the record it
is printed from (``source``) and a seal of that record, and a builder that writes its PDF with
the existing report builders. Listing is cheap; building happens only for what must be filed.

Groups: 3 election results (per closed round, sealed), credentials reports and delegate lists
(per approved review, sealed), the roll on the session's day; 4 the presidium list; 5 the
agenda; 7 resolutions with their votes; 8 proposal forms and the proposal work report;
9 the sign-in sheet and the attendance report. A term's election papers go to the first of
its sessions that collects them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.services.records import LIST, REVIEW, ROUND, seal_of, stored_record
from congress_app.services.school import school_info
from congress_app.services.unit_order import unit_name_key
from congress_app.storage.models import (
    AgendaItem,
    ArchiveItem,
    Attendance,
    BodyMember,
    CongressBody,
    CongressSession,
    CredentialsReview,
    ElectionRound,
    ElectionUnit,
    Proposal,
    SealedRecord,
    Staff,
    Term,
    UnitElection,
    Vote,
)
from congress_app.strokes import surname_stroke_key
from congress_app.wording.archive import AGENDA_PHASES_ZH, AUTHORS_ZH, DOC_TITLES_ZH, PAPER_WORDS_ZH
from congress_app.wording.documents import CONGRESS_TITLE

if TYPE_CHECKING:
    from congress_app.reports.proposal_form import ProposalFormData

Builder = Callable[[BinaryIO], None]
BALLOT = "ballot"  # source kind of a round's specimen ballot


@dataclass(frozen=True)
class GeneratedDoc:
    source: str  # "round:12" …
    group: int
    title: str
    author: str
    day: date
    seal: str  # the source record's seal now ("" where the paper has none)
    build: Builder
    sealed: bool = False  # the seal is a SealedRecord's (R15.2) and never changes


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def _builder_bytes(build: Builder) -> bytes:
    buf = io.BytesIO()
    build(buf)
    return buf.getvalue()


def _meeting(session: Session, record: CongressSession) -> tuple[str, str]:
    from congress_app.services.meeting_papers import meeting_title

    return meeting_title(session, record.id)


def _congress(school: str, term: Term) -> str:
    from congress_app.reports.numerals import chinese_numeral

    return CONGRESS_TITLE.format(school=school, term=chinese_numeral(term.number))


def _claimed_elsewhere(session: Session, record: CongressSession) -> set[str]:
    """Sources of this term already filed under another session."""
    return set(
        session.scalars(
            select(ArchiveItem.source)
            .join(CongressSession, ArchiveItem.session_id == CongressSession.id)
            .where(CongressSession.term_id == record.term_id, ArchiveItem.session_id != record.id)
        )
    )


def _round_pdf(session: Session, round_id: int, out: BinaryIO) -> None:
    from congress_app.reports.election_result import build_election_result_pdf
    from congress_app.services.round_records import result_sheet_data

    build_election_result_pdf(result_sheet_data(session, round_id), out)


def _ballot_pdf(session: Session, round_id: int, out: BinaryIO) -> None:
    from congress_app.reports.ballots import build_ballots_pdf
    from congress_app.services.election_results import ballot_data

    build_ballots_pdf(ballot_data(session, round_id, specimen=True), out)


def _review_pdf(session: Session, term_id: int, review_id: int, out: BinaryIO) -> None:
    from congress_app.reports.credentials import build_credentials_pdf
    from congress_app.services.credentials_records import credentials_report_data

    build_credentials_pdf(credentials_report_data(session, term_id, review_id=review_id), out)


def _list_pdf(session: Session, term_id: int, review_id: int, out: BinaryIO) -> None:
    from congress_app.reports.delegate_list import build_delegate_list_pdf
    from congress_app.services.credentials_records import delegate_list_data

    build_delegate_list_pdf(delegate_list_data(session, term_id, review_id=review_id), out)


def _proposal_pdf(forms: Callable[[], dict[int, ProposalFormData]], proposal_id: int, out: BinaryIO) -> None:
    from congress_app.reports.proposal_form import build_proposal_form_pdf

    build_proposal_form_pdf(forms()[proposal_id], out)


def _election_docs(session: Session, record: CongressSession, school: str, term: Term) -> list[GeneratedDoc]:
    from congress_app.services.credentials_records import SUPPLEMENT

    union = AUTHORS_ZH["union"].format(school=school)
    congress = _congress(school, term)
    taken = _claimed_elsewhere(session, record)
    docs: list[GeneratedDoc] = []
    sealed = {
        (s.kind, s.subject_id): s.seal
        for s in session.scalars(select(SealedRecord).where(SealedRecord.term_id == term.id))
    }
    rounds = session.execute(
        select(ElectionRound.id, ElectionRound.number, ElectionRound.held_on, ElectionUnit.name)
        .join(UnitElection, ElectionRound.election_id == UnitElection.id)
        .join(ElectionUnit, UnitElection.unit_id == ElectionUnit.id)
        .where(UnitElection.term_id == term.id, ElectionRound.closed.is_(True))
        .order_by(ElectionRound.held_on, ElectionRound.id)
    ).all()
    unit_key = unit_name_key(session)  # by date, then the one order of units (issue 15)
    rounds = sorted(rounds, key=lambda r: (r[2] is not None, r[2] or date.min, unit_key(r[3]), r[1]))
    for rid, number, held_on, unit in rounds:
        source = f"{ROUND}:{rid}"
        if source in taken or (ROUND, rid) not in sealed or (held_on and held_on > record.held_on):
            continue
        docs.append(
            GeneratedDoc(
                source,
                3,
                DOC_TITLES_ZH["round"].format(unit=unit, round=number),
                union,
                held_on or record.held_on,
                sealed[(ROUND, rid)],
                partial(_round_pdf, session, rid),
                sealed=True,
            )
        )
        if f"{BALLOT}:{rid}" not in taken:  # the round's 选票样张, its candidates as sealed
            docs.append(
                GeneratedDoc(
                    f"{BALLOT}:{rid}",
                    3,
                    DOC_TITLES_ZH["ballot"].format(unit=unit, round=number),
                    union,
                    held_on or record.held_on,
                    sealed[(ROUND, rid)],
                    partial(_ballot_pdf, session, rid),
                )
            )
    reviews = session.scalars(
        select(CredentialsReview)
        .where(CredentialsReview.term_id == term.id)
        .order_by(CredentialsReview.published_on, CredentialsReview.id)
    ).all()
    for review in reviews:
        if review.published_on > record.held_on:
            continue
        rid = review.id
        key = "review_supplement" if review.kind == SUPPLEMENT else "review"
        if f"{REVIEW}:{rid}" not in taken and (REVIEW, rid) in sealed:
            docs.append(
                GeneratedDoc(
                    f"{REVIEW}:{rid}",
                    3,
                    DOC_TITLES_ZH[key].format(congress=congress),
                    union,
                    review.published_on,
                    sealed[(REVIEW, rid)],
                    partial(_review_pdf, session, term.id, rid),
                    sealed=True,
                )
            )
        if f"{LIST}:{rid}" not in taken and (LIST, rid) in sealed:
            docs.append(
                GeneratedDoc(
                    f"{LIST}:{rid}",
                    3,
                    DOC_TITLES_ZH["list"].format(congress=congress),
                    union,
                    review.published_on,
                    sealed[(LIST, rid)],
                    partial(_list_pdf, session, term.id, rid),
                    sealed=True,
                )
            )
    return docs


def _roll_doc(session: Session, record: CongressSession, school: str, term: Term) -> GeneratedDoc | None:
    from congress_app.reports.delegate_roll import build_roll_pdf
    from congress_app.services.delegate_papers import roll_data

    data = roll_data(session, term.id, record.held_on)
    if not data.rows:
        return None
    return GeneratedDoc(
        f"roll:{record.id}",
        3,
        DOC_TITLES_ZH["roll"].format(congress=_congress(school, term)),
        AUTHORS_ZH["union"].format(school=school),
        record.held_on,
        _digest(data.rows),
        lambda out: build_roll_pdf(data, out),
    )


def _presidium_doc(
    session: Session, record: CongressSession, school: str, meeting: str
) -> GeneratedDoc | None:
    from congress_app.reports.archive_papers import ListPaperData, build_formal_list_pdf

    body = session.scalar(
        select(CongressBody)
        .where(CongressBody.term_id == record.term_id, CongressBody.kind == "presidium")
        .limit(1)
    )
    if body is None:
        return None
    on = record.held_on
    members = session.execute(
        select(Staff.name, Staff.staff_no, BodyMember.role)
        .join(Staff, BodyMember.staff_id == Staff.id)
        .where(BodyMember.body_id == body.id, BodyMember.joined_on <= on)
        .where((BodyMember.left_on.is_(None)) | (BodyMember.left_on > on))
        .order_by(BodyMember.id)
    ).all()
    if not members:
        return None
    order = {"head": 0, "deputy": 1}
    rows = tuple(
        (str(i), name, PAPER_WORDS_ZH.get(role, role), staff_no)
        for i, (name, staff_no, role) in enumerate(
            sorted(members, key=lambda m: (order.get(m[2], 2), surname_stroke_key(m[0]))), start=1
        )
    )
    title = DOC_TITLES_ZH["presidium"].format(meeting=meeting)
    data = ListPaperData(
        school,
        title,
        meeting,
        body.elected_on or on,
        tuple(PAPER_WORDS_ZH["presidium_header"].split("|")),
        rows,
        publisher=PAPER_WORDS_ZH["presidium_publisher"],
    )
    return GeneratedDoc(
        f"presidium:{record.id}",
        4,
        title,
        AUTHORS_ZH["presidium"].format(school=school),
        data.day,
        _digest(rows),
        lambda out: build_formal_list_pdf(data, out, kind="ZX", rule_ids=("R46.1",)),
    )


def _agenda_doc(session: Session, record: CongressSession, school: str, meeting: str) -> GeneratedDoc | None:
    from congress_app.reports.archive_papers import ListPaperData, build_formal_list_pdf

    items = session.execute(
        select(AgendaItem.position, AgendaItem.phase, AgendaItem.starts_at, AgendaItem.title)
        .where(AgendaItem.session_id == record.id)
        .order_by(AgendaItem.position)
    ).all()
    if not items:
        return None
    rows = tuple((str(p), AGENDA_PHASES_ZH[ph], at, t) for p, ph, at, t in items)
    title = DOC_TITLES_ZH["agenda"].format(meeting=meeting)
    data = ListPaperData(
        school,
        title,
        meeting,
        record.held_on,
        tuple(PAPER_WORDS_ZH["agenda_header"].split("|")),
        rows,
        publisher=PAPER_WORDS_ZH["presidium_publisher"],
    )
    return GeneratedDoc(
        f"agenda:{record.id}",
        5,
        title,
        AUTHORS_ZH["presidium"].format(school=school),
        record.held_on,
        _digest(rows),
        lambda out: build_formal_list_pdf(data, out, kind="YC", rule_ids=("R45.1", "R46.1", "R47.1")),
    )


def _meeting_docs(session: Session, record: CongressSession, school: str, meeting: str) -> list[GeneratedDoc]:
    from congress_app.reports.meeting_papers import (
        build_attendance_report_pdf,
        build_resolutions_pdf,
        build_sign_in_sheet_pdf,
    )
    from congress_app.services.meeting_papers import attendance_report, resolutions, sign_in_sheet

    docs: list[GeneratedDoc] = []
    presidium = AUTHORS_ZH["presidium"].format(school=school)
    seals = session.scalars(select(Vote.seal).where(Vote.session_id == record.id).order_by(Vote.id)).all()
    if seals:
        docs.append(
            GeneratedDoc(
                f"resolutions:{record.id}",
                7,
                DOC_TITLES_ZH["resolutions"].format(meeting=meeting),
                presidium,
                record.held_on,
                _digest(tuple(seals)),
                lambda out: build_resolutions_pdf(resolutions(session, record.id, today=record.held_on), out),
            )
        )
    checked = session.scalar(select(Attendance.id).where(Attendance.session_id == record.id).limit(1))
    if checked is not None:
        docs.append(
            GeneratedDoc(
                f"signin:{record.id}",
                9,
                DOC_TITLES_ZH["signin"].format(meeting=meeting),
                presidium,
                record.held_on,
                "",
                lambda out: build_sign_in_sheet_pdf(sign_in_sheet(session, record.id), out),
            )
        )
        report = attendance_report(session, record.id, today=record.held_on)
        docs.append(
            GeneratedDoc(
                f"attendance:{record.id}",
                9,
                DOC_TITLES_ZH["attendance"].format(meeting=meeting),
                presidium,
                record.held_on,
                _digest(report),
                lambda out: build_attendance_report_pdf(report, out),
            )
        )
    return docs


def _proposal_docs(
    session: Session, record: CongressSession, school: str, meeting: str
) -> list[GeneratedDoc]:
    from congress_app.reports.proposal_report import build_proposal_report_pdf
    from congress_app.services.proposal_documents import proposal_forms_data, proposal_report_data

    proposals = session.execute(
        select(Proposal.id, Proposal.number, Proposal.title, Proposal.filed_on)
        .where(Proposal.session_id == record.id)
        .order_by(Proposal.number)
    ).all()
    if not proposals:
        return []
    union = AUTHORS_ZH["union"].format(school=school)
    # every form's data is read at once, the first time a form is built (listing stays cheap)
    forms = cache(partial(proposal_forms_data, session, record.id))
    docs = [
        GeneratedDoc(
            f"proposal:{pid}",
            8,
            DOC_TITLES_ZH["proposal"].format(number=number, title=title),
            union,
            filed_on,
            "",
            partial(_proposal_pdf, forms, pid),
        )
        for pid, number, title, filed_on in proposals
    ]
    report = proposal_report_data(session, record.id, today=record.held_on)
    docs.append(
        GeneratedDoc(
            f"proposal_report:{record.id}",
            8,
            DOC_TITLES_ZH["proposal_report"].format(meeting=meeting),
            union,
            record.held_on,
            _digest(dataclasses.replace(report, generated_on=date.min)),
            lambda out: build_proposal_report_pdf(report, out),
        )
    )
    return docs


def generated_documents(session: Session, session_id: int) -> list[GeneratedDoc]:
    """Every document the app can print for the session now, in group order."""
    record = session.get(CongressSession, session_id)
    if record is None:
        return []
    term = session.get(Term, record.term_id)
    assert term is not None
    school = school_info(session).name
    _school, meeting = _meeting(session, record)
    docs = _election_docs(session, record, school, term)
    for doc in (
        _roll_doc(session, record, school, term),
        _presidium_doc(session, record, school, meeting),
        _agenda_doc(session, record, school, meeting),
    ):
        if doc is not None:
            docs.append(doc)
    docs += _meeting_docs(session, record, school, meeting)
    docs += _proposal_docs(session, record, school, meeting)
    return sorted(docs, key=lambda d: d.group)


def current_seals(session: Session, session_id: int) -> Callable[[str], str | None]:
    """The seal each source record has now (None: the record is gone), asked source by source:
    for a sealed record (round, review, list) the stored seal, checked against its stored
    content; for the others the session's generated documents, listed once for all asks."""
    generated: dict[str, str] | None = None

    def seal(source: str) -> str | None:
        nonlocal generated
        kind, _, ident = source.partition(":")
        if kind in (ROUND, REVIEW, LIST):
            record = stored_record(session, kind, int(ident))
            if record is None:
                return None
            return record.seal if seal_of(record.content) == record.seal else seal_of(record.content)
        if generated is None:
            generated = {doc.source: doc.seal for doc in generated_documents(session, session_id)}
        return generated.get(source)

    return seal


def build_bytes(doc: GeneratedDoc) -> bytes:
    return _builder_bytes(doc.build)
