"""Approved credentials reviews and published delegate lists as frozen records (R15.2).

Approving stores the reviewed delegates as approved (name, 工号, unit, each check and its
figures, the composition checks) and the list as published, both sealed in the audit chain.
The credentials report and the 代表名单 print these records, never a recomputation, so a
roster re-import or a new seat plan afterwards leaves them unchanged. A supplementary review
and list (补选代表资格审查 / 增补名单) are new records with their own dates.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.reports.credentials import (
    BodyTotals,
    CompositionCheck,
    CredentialsData,
    DelegateEligibility,
    UnitProcedure,
)
from congress_app.reports.delegate_list import DelegateListData, ListedDelegate, UnitDelegates
from congress_app.reports.numerals import chinese_numeral
from congress_app.roster_file.columns import word_of
from congress_app.services.audit import append_audit
from congress_app.services.credentials import (
    CredentialsView,
    _procedure_note,
    original_review,
    review_credentials,
)
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.records import LIST, REVIEW, seal_record, short_seal, stored_content, stored_record
from congress_app.services.school import school_info
from congress_app.services.transaction import unit_of_work
from congress_app.services.unit_order import unit_name_key
from congress_app.storage.models import (
    CredentialsReview,
    Delegate,
    DelegateEvent,
    ElectionUnit,
    SealedRecord,
    Staff,
    Term,
)
from congress_app.strokes import surname_stroke_key
from congress_app.wording.papers import (
    INELIGIBLE_NOTE,
    LIST_TITLE,
    REASON_PUBLISHED,
    REASON_SUPPLEMENT,
    SUPPLEMENT_INTRO,
    SUPPLEMENT_LIST_TITLE,
    SUPPLEMENT_REVIEW_TITLE,
    TERM_CONGRESS,
    UNION,
)

ORIGINAL, SUPPLEMENT = "original", "supplement"


@dataclass(frozen=True)
class ReviewSummary:
    review_id: int
    kind: str  # ORIGINAL | SUPPLEMENT
    published_on: date
    approved_by: str
    delegates: int
    seal: str  # short form ("" if the record is missing)
    list_seal: str


def _congress(number: int) -> str:
    return TERM_CONGRESS.format(term=chinese_numeral(number))


def review_content(
    session: Session, view: CredentialsView, review: CredentialsReview, failures: list[str]
) -> dict[str, Any]:
    seated = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == view.term_id)))
    return {
        "record": REVIEW,
        "review_kind": review.kind,
        "review_id": review.id,
        "term": view.term_number,
        "term_id": view.term_id,
        "school": school_info(session).name,
        "congress": _congress(view.term_number),
        "reference_date": view.reference_date.isoformat(),
        "youth_age_limit": view.youth_age_limit,
        **_review_live(review),
        "totals": {
            "on_duty": view.on_duty,
            "teaching_staff": view.teaching_staff,
            "women_staff": view.women_staff,
            "youth_staff": view.youth_staff,
            "seats": view.seats,
            "delegates": view.body or len(view.delegates),
        },
        "checks": [{**asdict(c), "missing": list(c.missing)} for c in view.checks],
        "delegates": [
            {
                "staff_id": d.staff_id,
                "staff_no": d.staff_no,
                "unit_id": d.unit_id,
                "unit": d.unit,
                "name": d.name,
                "gender": d.gender,
                "category": d.category,
                "eligible": d.eligible,
                "codes": list(d.codes),
                "note": "" if d.eligible else INELIGIBLE_NOTE,
                "confirmed": d.staff_id in seated,
            }
            for d in view.delegates
        ],
        "procedures": [
            {
                "unit": p.unit,
                "seats": p.seats,
                "elected": p.elected,
                "compliant": p.compliant,
                "codes": list(p.codes),
                "note": _procedure_note(p.codes),
            }
            for p in view.procedures
        ],
        "failures": list(failures),
    }


def _review_live(review: CredentialsReview) -> dict[str, Any]:
    return {
        "review_kind": review.kind,
        "reviewed_on": review.reviewed_on.isoformat(),
        "published_on": review.published_on.isoformat(),
        "approved_by": review.approved_by,
        "override_reason": review.override_reason,
    }


def list_content(session: Session, review: CredentialsReview, staff_ids: list[int]) -> dict[str, Any]:
    """The list as published: the delegates this review published, by unit in stroke order."""
    term = session.get_one(Term, review.term_id)
    school = school_info(session).name
    rows = session.execute(
        select(ElectionUnit.name, Staff.id, Staff.staff_no, Staff.name, Staff.gender, Staff.category)
        .join(Delegate, Delegate.unit_id == ElectionUnit.id)
        .join(Staff, Delegate.staff_id == Staff.id)
        .where(Delegate.term_id == review.term_id, Delegate.staff_id.in_(staff_ids))
    ).all()
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for unit, staff_id, staff_no, name, gender, category in rows:
        by_unit.setdefault(unit, []).append(
            {"staff_id": staff_id, "staff_no": staff_no, "name": name, "gender": gender, "category": category}
        )
    supplement = review.kind == SUPPLEMENT
    unit_key = unit_name_key(session)  # the one order of units (issue 15), sealed as listed
    return {
        "record": LIST,
        "list_kind": review.kind,
        "review_id": review.id,
        "term": term.number,
        "school": school,
        "publisher": UNION.format(school=school),
        "title": (SUPPLEMENT_LIST_TITLE if supplement else LIST_TITLE).format(
            school=school, congress=_congress(term.number)
        ),
        "intro": SUPPLEMENT_INTRO if supplement else None,
        "publication_date": review.published_on.isoformat(),
        "units": [
            {"unit": unit, "delegates": sorted(people, key=lambda p: surname_stroke_key(p["name"]))}
            for unit, people in sorted(by_unit.items(), key=lambda kv: unit_key(kv[0]))
        ],
    }


def approve_review(session: Session, view: CredentialsView, *, published_on: date, actor: str) -> int:
    """Approve ``view`` (an original or supplementary review): the eligible become formal
    delegates from ``published_on``; the review and the list are stored and sealed. A failed
    must refuses it: no free text overrides a must (R15.3)."""
    override_reason = ""
    failures = view.blocking_failures
    if failures:
        raise InvalidInput("credentials_blocking", field="checks", failures="、".join(failures))
    with unit_of_work(session):
        published = []
        for delegate in view.delegates:
            if not delegate.eligible:
                continue
            record = Delegate(
                term_id=view.term_id,
                staff_id=delegate.staff_id,
                unit_id=delegate.unit_id,
                kind="formal",
                effective_from=published_on,
            )
            record.events.append(
                DelegateEvent(
                    occurred_on=published_on,
                    kind="effective",
                    rule="R15.1",
                    reason=REASON_SUPPLEMENT if view.kind == SUPPLEMENT else REASON_PUBLISHED,
                )
            )
            session.add(record)
            published.append(delegate.staff_id)
        review = CredentialsReview(
            term_id=view.term_id,
            reviewed_on=published_on,
            approved_by=actor,
            kind=view.kind,
            published_on=published_on,
            override_reason=override_reason.strip(),
            findings=json.dumps([asdict(c) for c in view.checks], ensure_ascii=False),
        )
        session.add(review)
        session.flush()
        append_audit(
            session,
            actor=actor,
            action="credentials.approve",
            entity="term",
            entity_id=view.term_id,
            data={
                "published_on": published_on,
                "delegates": len(published),
                "kind": view.kind,
                "failures": failures,
                "override_reason": override_reason.strip(),
            },
        )
        _seal_review(session, view, review, failures, published, actor)
    return len(published)


def _seal_review(
    session: Session,
    view: CredentialsView,
    review: CredentialsReview,
    failures: list[str],
    published: list[int],
    actor: str,
) -> None:
    seal_record(
        session,
        kind=REVIEW,
        subject_id=review.id,
        term_id=review.term_id,
        content=review_content(session, view, review, failures),
        actor=actor,
    )
    seal_record(
        session,
        kind=LIST,
        subject_id=review.id,
        term_id=review.term_id,
        content=list_content(session, review, published),
        actor=actor,
    )


def seal_legacy_review(session: Session, review: CredentialsReview, actor: str) -> None:
    """A review approved before records were frozen: its record as the tables stand now."""
    view = review_credentials(session, review.term_id, on=review.published_on)
    seated = list(
        session.scalars(
            select(Delegate.staff_id).where(Delegate.term_id == review.term_id, Delegate.kind == "formal")
        )
    )
    failures = json.loads(review.findings or "[]")
    failures = [
        f["kind"] for f in failures if isinstance(f, dict) and f.get("blocking") and not f.get("passed")
    ]
    _seal_review(session, view, review, failures, seated, actor)


# -- live check for `audit verify` ----------------------------------------------------------


def recount_review(session: Session, sealed: SealedRecord) -> dict[str, Any] | None:
    review = session.get(CredentialsReview, sealed.subject_id)
    if review is None:
        return None
    content = stored_content(sealed)
    content.update(_review_live(review))
    seated = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == review.term_id)))
    for person in content["delegates"]:
        if person["confirmed"]:
            person["confirmed"] = person["staff_id"] in seated
    return content


def recount_list(session: Session, sealed: SealedRecord) -> dict[str, Any] | None:
    review = session.get(CredentialsReview, sealed.subject_id)
    if review is None:
        return None
    content = stored_content(sealed)
    content["publication_date"] = review.published_on.isoformat()
    seated = set(session.scalars(select(Delegate.staff_id).where(Delegate.term_id == review.term_id)))
    for unit in content["units"]:
        unit["delegates"] = [
            p if p["staff_id"] in seated else {**p, "missing": True} for p in unit["delegates"]
        ]
    return content


# -- the papers, printed from the records ---------------------------------------------------


def list_reviews(session: Session, term_id: int) -> list[ReviewSummary]:
    """The term's approved reviews in order: the original, then the supplements."""
    out = []
    for review in session.scalars(
        select(CredentialsReview)
        .where(CredentialsReview.term_id == term_id)
        .order_by(CredentialsReview.published_on, CredentialsReview.id)
    ):
        sealed, listed = stored_record(session, REVIEW, review.id), stored_record(session, LIST, review.id)
        count = sum(d["confirmed"] for d in stored_content(sealed)["delegates"]) if sealed else 0
        out.append(
            ReviewSummary(
                review.id,
                review.kind,
                review.published_on,
                review.approved_by,
                count,
                short_seal(sealed.seal) if sealed else "",
                short_seal(listed.seal) if listed else "",
            )
        )
    return out


def _review(session: Session, term_id: int, review_id: int | None) -> CredentialsReview | None:
    if review_id is None:
        return original_review(session, term_id)
    review = session.get(CredentialsReview, review_id)
    if review is None or review.term_id != term_id:
        raise NotFound(what="credentials_review", id=review_id)
    return review


def _sealed(session: Session, kind: str, review: CredentialsReview) -> SealedRecord:
    sealed = stored_record(session, kind, review.id)
    if sealed is None:
        raise NotFound("record_missing", what="review_record", id=review.published_on)
    return sealed


def credentials_report_data(
    session: Session,
    term_id: int,
    *,
    on: date | None = None,
    review_id: int | None = None,
    view: CredentialsView | None = None,
) -> CredentialsData:
    """The report's data: an approved review as stored; before approval, the draft as of ``on``
    (``view``: that draft as the caller already computed it — the page shows it — so that the
    review is not computed a second time for its paper)."""
    review = _review(session, term_id, review_id)
    if review is None:
        if view is None or view.term_id != term_id or view.kind != "original":
            view = review_credentials(session, term_id, on=on)
        return _draft_data(session, view, on or date.today())
    sealed = _sealed(session, REVIEW, review)
    c = stored_content(sealed)
    t = c["totals"]
    return CredentialsData(
        school=c["school"],
        congress=c["congress"],
        totals=BodyTotals(
            t["on_duty"], t["teaching_staff"], t["women_staff"], t["youth_staff"], t["seats"], t["delegates"]
        ),
        checks=tuple(
            CompositionCheck(k["kind"], k["actual"], k["required"], k["rule"], tuple(k["missing"]))
            for k in c["checks"]
        ),
        delegates=tuple(
            DelegateEligibility(d["unit"], d["name"], word_of(d["category"]), d["eligible"], d["note"])
            for d in c["delegates"]
        ),
        report_date=date.fromisoformat(c["reviewed_on"]),
        procedures=tuple(
            UnitProcedure(p["unit"], p["seats"], p["elected"], p["compliant"], p["note"])
            for p in c["procedures"]
        ),
        youth_age_limit=c["youth_age_limit"],
        seal=short_seal(sealed.seal),
        title=SUPPLEMENT_REVIEW_TITLE if c["review_kind"] == SUPPLEMENT else None,
    )


def _draft_data(session: Session, view: CredentialsView, on: date) -> CredentialsData:
    return CredentialsData(
        school=school_info(session).name,
        congress=_congress(view.term_number),
        totals=BodyTotals(
            view.on_duty,
            view.teaching_staff,
            view.women_staff,
            view.youth_staff,
            view.seats,
            len(view.delegates),
        ),
        checks=tuple(CompositionCheck(c.kind, c.actual, c.required, c.rule, c.missing) for c in view.checks),
        delegates=tuple(
            DelegateEligibility(
                d.unit, d.name, word_of(d.category), d.eligible, "" if d.eligible else INELIGIBLE_NOTE
            )
            for d in view.delegates
        ),
        report_date=on,
        procedures=tuple(
            UnitProcedure(p.unit, p.seats, p.elected, p.compliant, _procedure_note(p.codes))
            for p in view.procedures
        ),
        youth_age_limit=view.youth_age_limit,
    )


def delegate_list_data(session: Session, term_id: int, *, review_id: int | None = None) -> DelegateListData:
    review = _review(session, term_id, review_id)
    if review is None:
        raise InvalidInput("not_published", field="term", term=term_id)
    sealed = _sealed(session, LIST, review)
    c = stored_content(sealed)
    return DelegateListData(
        school=c["school"],
        title=c["title"],
        publication_date=date.fromisoformat(c["publication_date"]),
        units=tuple(
            UnitDelegates(
                u["unit"],
                tuple(ListedDelegate(p["name"], p["gender"], p["category"]) for p in u["delegates"]),
            )
            for u in c["units"]
        ),
        publisher=c["publisher"],
        seal=short_seal(sealed.seal),
        intro=c["intro"],
    )
