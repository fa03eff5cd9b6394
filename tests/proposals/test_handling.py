"""Review (R37.1), DMC approval and departments (R38.1), answers, satisfaction and a second
answer, excellent proposals (R40.1), the timeline, similar proposals and the report figures."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.services.errors import InvalidInput
from congress_app.services.proposal_handling import (
    approve_by_dmc,
    assign_departments,
    mark_excellent,
    record_answer,
    record_proposer_view,
    review_proposal,
)
from congress_app.services.proposal_queries import (
    list_proposals,
    proposal_detail,
    proposal_figures,
    similar_proposals,
    similarity_index,
)
from congress_app.services.proposal_similarity import SimilarityIndex, document
from congress_app.services.proposals import file_proposal
from congress_app.wording import describe_error
from tests.proposals.conftest import FILED

DAY = date(2026, 12, 5)


def _file(session, c, title, reasons=""):
    return file_proposal(
        session,
        title=title,
        kind="general",
        proposers=[c.numbers[0]],
        seconders=list(c.numbers[1:4]),
        filed_on=FILED,
        actor="办公室",
        reasons=reasons,
    ).proposal_id


def _through_to_assigned(session, pid):
    review_proposal(session, pid, decision="register", on=DAY, actor="提案委员会")
    approve_by_dmc(session, [pid], on=DAY, actor="民管会")
    assign_departments(
        session, pid, lead="后勤处", assisting=["保卫处"], due_on=date(2027, 3, 1), actor="办公室"
    )


def test_the_whole_path_with_a_second_answer(db, congress):
    with db.session() as session:
        pid = _file(session, congress, "关于增加教职工停车位的建议")
        _through_to_assigned(session, pid)
        assert (
            record_answer(
                session,
                pid,
                text="已规划新增车位 200 个。",
                answered_on=date(2027, 1, 10),
                actor="后勤处",
                files=[("方案.pdf", b"%PDF-1.4 demo")],
            )
            == 1
        )
        assert (
            record_proposer_view(
                session,
                pid,
                satisfaction="not_satisfied",
                on=date(2027, 1, 12),
                actor="提案人",
                comment="时间太晚",
            )
            == "assigned"
        )
        assert (
            record_answer(session, pid, text="寒假前完成。", answered_on=date(2027, 1, 20), actor="后勤处")
            == 2
        )
        assert (
            record_proposer_view(session, pid, satisfaction="satisfied", on=date(2027, 1, 22), actor="提案人")
            == "closed"
        )
        detail = proposal_detail(session, pid)
    assert [a.round for a in detail.answers] == [1, 2]
    assert detail.answers[0].files[0][1] == "方案.pdf"
    assert detail.row.department == "后勤处" and detail.row.assisting == ("保卫处",)
    assert [s.action for s in detail.timeline] == [
        "proposal.file",
        "proposal.review",
        "proposal.dmc_approve",
        "proposal.assign",
        "proposal.answer",
        "proposal.satisfaction",
        "proposal.answer",
        "proposal.satisfaction",
    ]
    assert detail.row.as_json()["status"] == "closed"
    assert detail.row.as_json()["satisfaction"] == "satisfied"


def test_an_answer_to_a_proposal_not_registered_is_refused(db, congress):
    with db.session() as session:
        pid = _file(session, congress, "关于食堂的建议")
        with pytest.raises(InvalidInput) as caught:
            record_answer(session, pid, text="答复", answered_on=DAY, actor="后勤处")
        assert caught.value.code == "proposal_transition"
        assert "第三十八条" in describe_error(caught.value)
        review_proposal(session, pid, decision="register", on=DAY, actor="t")
        with pytest.raises(InvalidInput):  # not before the DMC's approval (R38.1)
            assign_departments(session, pid, lead="后勤处", due_on=DAY, actor="t")
        assert proposal_detail(session, pid).answers == ()


def test_not_registering_needs_a_reason_and_a_department(db, congress):
    with db.session() as session:
        pid = _file(session, congress, "关于放假安排的建议")
        for kw, code in (
            ({"department": "人事处"}, "opinion_needs_reason"),
            ({"reason": "属个人诉求"}, "opinion_needs_department"),
        ):
            with pytest.raises(InvalidInput) as caught:
                review_proposal(session, pid, decision="opinion", on=DAY, actor="t", **kw)
            assert caught.value.code == code
        assert (
            review_proposal(
                session, pid, decision="opinion", on=DAY, actor="t", reason="属个人诉求", department="人事处"
            )
            == "opinion"
        )
        row = proposal_detail(session, pid).row
    assert (row.public_status, row.department) == ("opinion", "人事处")


def test_merging_points_to_the_proposal_it_joined(db, congress):
    with db.session() as session:
        a = _file(session, congress, "关于增加教职工停车位的建议")
        b = _file(session, congress, "建议学校增设教工停车位")
        with pytest.raises(InvalidInput):
            review_proposal(session, b, decision="merge", merge_into=b, on=DAY, actor="t")
        review_proposal(session, b, decision="merge", merge_into=a, on=DAY, actor="t", reason="内容相同")
        rows = {r.proposal_id: r for r in list_proposals(session, congress.session_id)}
        assert rows[b].public_status == "merged" and rows[b].merged_into == rows[a].number
        assert proposal_detail(session, a).merged_here == (rows[b].number,)
        with pytest.raises(InvalidInput):  # a merged proposal takes no further merge
            review_proposal(session, a, decision="merge", merge_into=b, on=DAY, actor="t")


def test_excellent_only_for_registered_proposals(db, congress):
    with db.session() as session:
        pid = _file(session, congress, "关于图书馆开放时间的建议")
        with pytest.raises(InvalidInput) as caught:
            mark_excellent(session, [pid], actor="t")
        assert caught.value.code == "excellent_not_registered"
        review_proposal(session, pid, decision="register", on=DAY, actor="t")
        assert mark_excellent(session, [pid], actor="t") == 1


def test_similar_proposals_find_a_reworded_duplicate(db, congress):
    with db.session() as session:
        parking = _file(session, congress, "关于增加教职工停车位的建议", "校园停车难，车位紧张")
        _file(session, congress, "关于改善青年教师住房条件的建议")
        _file(session, congress, "关于加强实验室安全管理的建议")
        found = similar_proposals(session, title="建议学校增设教工停车位", text="停车难")
    assert found and found[0].proposal_id == parking
    assert all(f.title != "关于加强实验室安全管理的建议" for f in found)


def test_a_new_filing_is_added_to_the_similarity_index_not_rebuilt(db, congress):
    with db.session() as session:
        _file(session, congress, "关于改善青年教师住房条件的建议")
        _file(session, congress, "关于加强实验室安全管理的建议")
        assert similar_proposals(session, title="建议学校增设教工停车位") == []
        index = similarity_index(session)
        parking = _file(session, congress, "关于增加教职工停车位的建议", "校园停车难，车位紧张")
        assert similarity_index(session) is index  # the same index, one document more
        assert len(index.documents) == 3
        found = similar_proposals(session, title="建议学校增设教工停车位", text="停车难")
    assert [f.proposal_id for f in found] == [parking]
    fresh = SimilarityIndex(index.documents)
    probe = document(-1, "建议学校增设教工停车位", "停车难")
    assert index.similar(probe) == fresh.similar(probe)
    assert index.similar(probe, threshold=0) == fresh.similar(probe, threshold=0)
    grams = probe.grams
    assert [index.score(grams, d.grams) for d in index.documents] == pytest.approx(
        [fresh.score(grams, d.grams) for d in fresh.documents]
    )
    scored = {key: value for key, value in index.similar(probe, threshold=0)}
    assert scored[parking] == round(index.score(grams, index.documents[2].grams), 1)


def test_figures_count_what_is_stored(db, congress):
    with db.session() as session:
        a = _file(session, congress, "关于增加教职工停车位的建议")
        b = _file(session, congress, "关于食堂的建议")
        _file(session, congress, "关于放假的建议")
        _through_to_assigned(session, a)
        record_answer(session, a, text="好", answered_on=date(2027, 1, 2), actor="后勤处")
        record_proposer_view(session, a, satisfaction="basically_satisfied", on=date(2027, 1, 3), actor="t")
        review_proposal(
            session, b, decision="opinion", reason="个人诉求", department="后勤处", on=DAY, actor="t"
        )
        figures = proposal_figures(session, congress.session_id, today=date(2027, 1, 5))
    assert figures.total == 3
    assert figures.by_status == {
        "filed": 1,
        "registered": 0,
        "merged": 0,
        "opinion": 1,
        "answered": 0,
        "closed": 1,
    }
    assert figures.by_satisfaction == {"satisfied": 0, "basically_satisfied": 1, "not_satisfied": 0}
    assert figures.by_department == {"后勤处": 1}
    assert (figures.answered_in_time, figures.answered_late) == (1, 0)
