"""Filing proposals: R35.1 (window, late forms), R35.2 (formal delegates), R36.1 (proposers
and seconders), each refusal seen through the service with nothing saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from congress_app.services import proposals as filing
from congress_app.services.errors import InvalidInput
from congress_app.services.proposals import file_proposal, open_collection
from congress_app.storage.models import Delegate, Proposal, ProposalPerson, Staff
from congress_app.wording import describe_error
from tests.proposals.conftest import FILED, HELD, build_congress


def _file(db, c, *, kind="general", proposers=None, seconders=None, on=FILED, **kw):
    proposers = proposers if proposers is not None else [c.numbers[0]]
    seconders = seconders if seconders is not None else list(c.numbers[1:4])
    with db.session() as session:
        return file_proposal(
            session,
            title=kw.pop("title", "关于增加教职工停车位的建议"),
            kind=kind,
            proposers=proposers,
            seconders=seconders,
            filed_on=on,
            actor="办公室",
            **kw,
        )


def _count(db) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Proposal)),
            session.scalar(select(func.count()).select_from(ProposalPerson)),
        )


def _refused(db, c, **kw) -> InvalidInput:
    before = _count(db)
    with pytest.raises(InvalidInput) as caught:
        _file(db, c, **kw)
    assert _count(db) == before  # nothing half-saved
    return caught.value


def test_a_general_proposal_with_three_seconders_is_filed_and_numbered(db, congress):
    first = _file(db, congress)
    second = _file(db, congress, title="关于改善食堂伙食的建议")
    assert (first.number, second.number) == (1, 2)
    assert first.status == "submitted" and not first.late
    assert first.proposers == (congress.names["D001"],)
    assert first.seconders == tuple(congress.names[n] for n in ("D002", "D003", "D004"))


def test_keys_may_be_number_staff_number_or_name(db, congress):
    filed = _file(db, congress, proposers=["100000"], seconders=[congress.names["D002"], "D003", "100003"])
    assert filed.proposers == (congress.names["D001"],)
    assert len(filed.seconders) == 3


def test_a_general_proposal_with_two_seconders_is_refused_with_the_shortfall(db, congress):
    error = _refused(db, congress, seconders=list(congress.numbers[1:3]))
    assert error.code == "proposal_people"
    assert [(f.code, f.actual, f.required) for f in error.details["findings"]] == [
        ("too_few_seconders", 2, 3)
    ]
    message = describe_error(error)
    assert "还差 1 名" in message and "第三十六条" in message


def test_an_important_proposal_needs_ten_seconders(db, congress):
    error = _refused(db, congress, kind="important", seconders=list(congress.numbers[1:10]))
    assert [(f.code, f.actual, f.required) for f in error.details["findings"]] == [
        ("too_few_seconders", 9, 10)
    ]
    filed = _file(
        db,
        congress,
        kind="important",
        proposers=list(congress.numbers[:2]),
        seconders=list(congress.numbers[2:12]),
    )
    assert filed.kind == "important" and len(filed.proposers) == 2


def test_a_general_proposal_has_exactly_one_proposer(db, congress):
    error = _refused(
        db, congress, proposers=list(congress.numbers[:2]), seconders=list(congress.numbers[2:5])
    )
    assert "proposer_count" in [f.code for f in error.details["findings"]]


@pytest.mark.parametrize("who", ["T001", "L001"])
def test_invited_and_observer_delegates_cannot_second(db, congress, who):
    error = _refused(db, congress, seconders=[*congress.numbers[1:3], who])
    codes = [f.code for f in error.details["findings"]]
    assert codes == ["seconder_not_formal", "too_few_seconders"]


def test_a_lapsed_delegate_cannot_second(db, congress, monkeypatch):
    real = filing.roll_on

    def roll_with_a_recall(session, term_id, on):
        return [
            replace(e, status="recalled") if e.number == "D004" else e for e in real(session, term_id, on)
        ]

    monkeypatch.setattr(filing, "roll_on", roll_with_a_recall)
    error = _refused(db, congress)
    assert [f.code for f in error.details["findings"]] == ["seconder_not_formal", "too_few_seconders"]


def test_the_proposer_cannot_second_and_a_seconder_counts_once(db, congress):
    error = _refused(db, congress, seconders=["D001", "D002", "D003"])
    assert [f.code for f in error.details["findings"]] == ["seconder_is_proposer", "too_few_seconders"]
    error = _refused(db, congress, seconders=["D002", "D002", "D003"])
    assert [f.code for f in error.details["findings"]] == ["seconder_repeated", "too_few_seconders"]
    assert "重复" in describe_error(error)


def test_an_empty_title_and_an_unknown_delegate_are_refused(db, congress):
    assert _refused(db, congress, title="   ").details["field"] == "title"
    error = _refused(db, congress, seconders=["D002", "D003", "无此人"])
    assert error.code == "unknown_delegate" and error.details["key"] == "无此人"
    assert _refused(db, congress, title="长" * 201).code == "text_too_long"
    assert _refused(db, congress, kind="urgent").code == "unknown_proposal_kind"
    assert _refused(db, congress, category="无此类别").code == "unknown_category"


def test_a_name_two_delegates_share_asks_for_the_number(db, congress):
    with db.session() as session:
        twin = session.scalar(
            select(Staff).join(Delegate, Delegate.staff_id == Staff.id).where(Delegate.number == "D003")
        )
        twin.name = congress.names["D002"]
        session.commit()
    error = _refused(db, congress, seconders=[congress.names["D002"], "D004", "D005"])
    assert error.code == "ambiguous_delegate"
    assert error.details["numbers"] == "D002、D003"
    assert "D002、D003" in describe_error(error)


def test_a_form_after_the_deadline_becomes_an_opinion_unless_excepted(db, congress):
    late_day = date(2026, 12, 4)  # submit_by = 2026-12-03 (R35.1)
    late = _file(db, congress, on=late_day)
    assert (late.status, late.late) == ("opinion", True)
    excepted = _file(db, congress, on=late_day, late_exception="代表因公出差，经工会同意补交")
    assert (excepted.status, excepted.late) == ("submitted", True)
    on_time = _file(db, congress, on=date(2026, 12, 3))
    assert (on_time.status, on_time.late) == ("submitted", False)


def test_collection_must_open_a_month_before_the_session(db):
    c = build_congress(db, window=False)
    with db.session() as session:
        with pytest.raises(InvalidInput) as caught:
            open_collection(session, session_id=c.session_id, opens_on=date(2026, 11, 18), actor="t")
        assert caught.value.code == "collection_opened_late"
        assert "第三十五条" in describe_error(caught.value)
        with pytest.raises(InvalidInput) as caught:
            open_collection(
                session,
                session_id=c.session_id,
                opens_on=date(2026, 11, 17),
                closes_on=date(2026, 12, 4),
                actor="t",
            )
        assert caught.value.code == "collection_closes_late"
        window = open_collection(session, session_id=c.session_id, opens_on=date(2026, 11, 17), actor="t")
        assert window.closes_on == date(2026, 12, 3) and window.held_on == HELD


def test_without_a_session_the_form_goes_to_the_session_collecting_that_day(db, congress):
    assert _file(db, congress).session_id == congress.session_id
    error = _refused(db, congress, on=date(2026, 10, 1))
    assert error.code == "no_open_collection"


def test_categories_are_the_offices_list(db, congress):
    with db.session() as session:
        assert filing.list_categories(session)[0] == "教学科研"
        filing.save_categories(session, ["教学科研", "校园安全", "教学科研", " "], actor="t")
        assert filing.list_categories(session) == ["教学科研", "校园安全"]
    assert _file(db, congress, category="校园安全").number == 1
