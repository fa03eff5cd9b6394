"""Votes (R24.2, R25.1, R25.2) stored and sealed; the 测评表 (R43.1)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, text

from congress_app.rules.errors import InvalidCount
from congress_app.rules.meetings import MethodNotApproved, QuorumNotReached
from congress_app.services.audit import verify_audit_chain
from congress_app.services.errors import Conflict, InvalidInput
from congress_app.services.evaluation import enter_forms, evaluation_summary, publish_evaluation
from congress_app.services.votes import broken_seals, list_votes, record_vote, vote_seal
from congress_app.storage.models import AuditEntry, EvaluationForm, Vote
from congress_app.wording import describe_error
from tests.services.meeting_fixtures import approve_method, check_in_many, meeting_with


@pytest.mark.parametrize("expected", [9, 10, 15])
def test_a_motion_needs_more_than_half_of_the_expected(db, expected) -> None:
    meeting = meeting_with(db, formal=expected)
    check_in_many(db, meeting.session_id, list(range(1, expected + 1)))
    half = expected // 2
    with db.session() as session:
        approve_method(session, meeting.session_id, expected)
        fails = record_vote(
            session,
            meeting.session_id,
            title="关于修订教职工考核办法的决议",
            yes=half,
            no=expected - half,
            abstain=0,
            actor="t",
        )
        passes = record_vote(
            session,
            meeting.session_id,
            title="关于修订教职工考核办法的决议",
            yes=half + 1,
            no=0,
            abstain=expected - half - 1,
            actor="t",
        )
    assert not fails.passed and passes.passed
    assert fails.needed == passes.needed == half + 1 and fails.expected == expected


def test_votes_count_against_the_expected_not_those_present(db) -> None:
    meeting = meeting_with(db, formal=12)
    check_in_many(db, meeting.session_id, list(range(1, 9)))  # 8 of 12: quorum reached
    with db.session() as session:
        approve_method(session, meeting.session_id, 7)
        vote = record_vote(session, meeting.session_id, title="议案", yes=6, no=2, abstain=0, actor="t")
    assert vote.present == 8 and vote.yes == 6 and not vote.passed  # 6 of 8, but not > 12/2


def test_before_the_method_only_preparatory_votes_by_show_of_hands(db) -> None:
    meeting = meeting_with(db, formal=6)
    check_in_many(db, meeting.session_id, list(range(1, 7)))
    with db.session() as session:
        with pytest.raises(MethodNotApproved) as motion:
            record_vote(session, meeting.session_id, title="议案", yes=6, no=0, abstain=0, actor="t")
        assert motion.value.rule == "R25.2"
        with pytest.raises(MethodNotApproved) as ballot:
            record_vote(
                session,
                meeting.session_id,
                title="办法",
                kind="method",
                method="ballot",
                yes=6,
                no=0,
                abstain=0,
                actor="t",
            )
        assert ballot.value.code == "hands_only"
        record_vote(
            session,
            meeting.session_id,
            title="代表资格审查报告",
            kind="credentials",
            yes=6,
            no=0,
            abstain=0,
            actor="t",
        )
        failed = record_vote(
            session, meeting.session_id, title="办法", kind="method", yes=3, no=3, abstain=0, actor="t"
        )
        assert not failed.passed
        with pytest.raises(MethodNotApproved):  # a failed method vote approves nothing
            record_vote(session, meeting.session_id, title="议案", yes=6, no=0, abstain=0, actor="t")
        approve_method(session, meeting.session_id, 6)
        election = record_vote(
            session,
            meeting.session_id,
            title="选举主席团",
            kind="election",
            method="ballot",
            yes=5,
            no=1,
            abstain=0,
            actor="t",
        )
    assert election.passed and election.method == "ballot"


def test_refused_without_quorum_or_with_too_many_votes_nothing_stored(db) -> None:
    meeting = meeting_with(db, formal=9, invited=2)
    check_in_many(db, meeting.session_id, [1, 2, 3, 4, 5, 10, 11])  # 5 of 9, 2 invited
    with db.session() as session:
        with pytest.raises(QuorumNotReached) as short:
            approve_method(session, meeting.session_id, 5)
        assert (short.value.present, short.value.required) == (5, 6)
    check_in_many(db, meeting.session_id, [6])
    with db.session() as session:
        with pytest.raises(InvalidCount) as many:  # invited delegates never vote
            record_vote(
                session, meeting.session_id, title="办法", kind="method", yes=6, no=1, abstain=0, actor="t"
            )
        assert many.value.code == "exceeds_present" and many.value.required == 6
        with pytest.raises(InvalidInput):
            record_vote(
                session, meeting.session_id, title=" ", kind="method", yes=6, no=0, abstain=0, actor="t"
            )
        assert session.scalars(select(Vote)).all() == []


def test_a_vote_is_sealed_in_the_audit_chain_and_tampering_shows(db) -> None:
    meeting = meeting_with(db, formal=6)
    check_in_many(db, meeting.session_id, list(range(1, 7)))
    with db.session() as session:
        approve_method(session, meeting.session_id, 6)
        vote = list_votes(session, meeting.session_id)[0]
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "vote.record"))
        payload = json.loads(entry.payload)
        assert payload["seal"] == vote.seal and payload["yes"] == 6 and payload["passed"]
        stored = session.get(Vote, vote.vote_id)
        content = {k: getattr(stored, k) for k in payload if k != "seal"}
        assert vote_seal(content) == vote.seal and broken_seals(session) == []
        assert verify_audit_chain(session).intact
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE vote SET yes = 2"))
    with db.session() as session:
        assert broken_seals(session) == [vote.vote_id]


def test_evaluation_forms_summary_and_publication(db) -> None:
    meeting = meeting_with(db, formal=3)
    with db.session() as session:
        with pytest.raises(InvalidInput) as bad:
            enter_forms(session, meeting.session_id, [{"report": "good"}, {"report": "excellent"}], actor="t")
        assert bad.value.details["index"] == 2
        assert describe_error(bad.value) == "第 2 份测评表：评价「excellent」无效（满意、基本满意、不满意）。"
        assert session.scalars(select(EvaluationForm)).all() == []
        with pytest.raises(InvalidInput):
            publish_evaluation(session, meeting.session_id, on=date(2026, 12, 20), actor="t")
        enter_forms(
            session,
            meeting.session_id,
            [{"report": "good", "finance": "fair"}, {"report": "poor"}, {}],
            comments=["", "食堂", ""],
            actor="t",
        )
        summary = evaluation_summary(session, meeting.session_id)
        assert summary.forms == 3 and summary.counts["report"] == {"good": 1, "fair": 0, "poor": 1}
        assert summary.share("finance", "fair") == (1, 1) and summary.comments == ("食堂",)
        publish_evaluation(session, meeting.session_id, on=date(2026, 12, 20), actor="t")
        with pytest.raises(Conflict):
            publish_evaluation(session, meeting.session_id, on=date(2026, 12, 21), actor="t")
        assert evaluation_summary(session, meeting.session_id).published_on == date(2026, 12, 20)
