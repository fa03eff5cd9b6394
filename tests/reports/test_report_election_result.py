"""选举结果报告单: counts, the R14.3 threshold, outcomes, void rounds, signatures."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.reports.election_result import (
    ELECTED,
    NOT_ELECTED,
    RUNOFF,
    CandidateResult,
    ElectionResultData,
    build_election_result_pdf,
)

SCHOOL = "大连理工示范大学"


def first_round(**kw) -> ElectionResultData:
    votes = [
        ("邹梓", 41, ELECTED),
        ("孙文军", 39, ELECTED),
        ("于霞秋", 35, ELECTED),
        ("朱轩", 30, RUNOFF),
        ("侯志", 30, RUNOFF),
        ("范晨鹏", 22, NOT_ELECTED),
    ]
    base = dict(
        school=SCHOOL,
        unit="材料科学与工程学院",
        round_no=1,
        runoff=False,
        seats=4,
        electorate=58,
        ballots_issued=50,
        ballots_returned=49,
        ballots_invalid=2,
        candidates=tuple(CandidateResult(n, y, o) for n, y, o in votes),
        election_date=date(2025, 4, 8),
        election_name="第三届教职工代表大会代表选举",
        generated_on=date(2025, 4, 8),
    )
    base.update(kw)
    return ElectionResultData(**base)


def test_numbers_threshold_and_outcomes(tmp_path, poppler, embedded):
    data = first_round()
    assert (data.ballots_valid, data.threshold, data.unfilled, data.quorum_met) == (47, 30, 1, True)
    out = tmp_path / "result.pdf"
    build_election_result_pdf(data, out)
    embedded(out)
    assert poppler.page_count(out) == 1
    text = poppler.flat_text(out)
    for needle in (
        "选举结果报告单",
        "第三届教职工代表大会代表选举",
        "材料科学与工程学院",
        "第一轮",
        "应选名额4名",
        "教职工人数（E）58人",
        "发出选票50张",
        "收回选票49张",
        "无效票2张",
        "有效票47张",
        "投票率84.5%",
        "得票须超过本单位全体教职工半数，即不少于30票",
        # R14.0 is a practice: never shown as the article's text
        "参加投票（惯例做法，非规范条文）达到全体教职工三分之二（至少39张）",
        "当选代表3名：邹梓、孙文军、于霞秋。",
        # a tie at the last seat: a runoff among the tied (R14.4), not "或日后补选"
        "尚缺1名：朱轩、侯志得票相同，均不当选，应在其中另行选举。",
        "总监票人：",
        "监票人：",
        "计票人：",
        "（盖章）",
        "系统规则编号：R14.0–R14.5",
        "第1页共1页",
    ):
        assert needle in text, needle
    rows = {
        line.split()[1]: line.split()[2:]
        for line in poppler.text(out, layout=True).splitlines()
        if len(line.split()) >= 6 and line.split()[0].isdigit()
    }
    assert rows["邹梓"] == ["41", "70.7%", "是", "当选"]
    assert rows["朱轩"] == ["30", "51.7%", "是", "进入另行选举"]
    assert rows["范晨鹏"] == ["22", "37.9%", "否", "未当选"]


def test_threshold_for_even_and_odd_electorates():
    assert first_round(electorate=58).threshold == 30  # 2 × 30 > 58, 2 × 29 = 58 is not more
    assert first_round(electorate=59).threshold == 30  # 2 × 30 > 59
    assert first_round(electorate=60).threshold == 31
    assert [first_round(electorate=e).quorum_min for e in (57, 58, 59, 60)] == [38, 39, 40, 40]


def test_runoff_round(tmp_path, poppler):
    data = first_round(
        round_no=2,
        runoff=True,
        seats=1,
        ballots_issued=50,
        ballots_returned=48,
        ballots_invalid=0,
        candidates=(CandidateResult("朱轩", 33, ELECTED), CandidateResult("侯志", 15, NOT_ELECTED)),
    )
    out = tmp_path / "runoff.pdf"
    build_election_result_pdf(data, out)
    text = poppler.flat_text(out)
    assert "第二轮（另行选举）" in text and "当选代表1名：朱轩。" in text and "应选名额已全部选出" in text


@pytest.mark.parametrize(
    "kind, says", [("tie", "第二轮（另行选举·得票相同）"), ("further", "第二轮（另行选举·补足缺额）")]
)
def test_a_runoff_says_why_it_was_held(tmp_path, poppler, kind, says):
    data = first_round(
        round_no=2,
        runoff=True,
        runoff_kind=kind,
        seats=1,
        ballots_issued=50,
        ballots_returned=48,
        ballots_invalid=0,
        candidates=(CandidateResult("朱轩", 33, ELECTED), CandidateResult("侯志", 15, NOT_ELECTED)),
    )
    out = tmp_path / f"{kind}.pdf"
    build_election_result_pdf(data, out)
    assert says in poppler.flat_text(out)


def test_unfilled_seat_without_a_tie_cites_r14_5_and_r19_1(tmp_path, poppler):
    data = first_round(
        candidates=(
            CandidateResult("邹梓", 41, ELECTED),
            CandidateResult("孙文军", 39, ELECTED),
            CandidateResult("于霞秋", 35, ELECTED),
            CandidateResult("朱轩", 28, NOT_ELECTED),
            CandidateResult("侯志", 22, NOT_ELECTED),
        )
    )
    out = tmp_path / "short.pdf"
    build_election_result_pdf(data, out)
    text = poppler.flat_text(out)
    assert "尚缺1名，可在未当选的候选人中另行选举，或留待日后补选（第十九条）。" in text
    assert "R14.4" not in text  # the tie rule has nothing to do with this seat


ELECTED_NAMES = (
    "吴倩倩 孙帆国 吕梅英 张博海 魏琪彤 梁建 闫华成 张芳 黎霞芳 陈国俊 张涵晨 王凯文 "
    "欧阳明远 司马晓晴 热依拉·阿不都热依木 钟蕾慧 马辉海 王芳娜 彭鹏凯 钟英"
).split()


@pytest.mark.parametrize("count", [12, 16, 20])
def test_elected_names_are_never_cut_across_lines(tmp_path, poppler, count):
    names = ELECTED_NAMES[:count]
    data = first_round(
        seats=count,
        electorate=100,
        ballots_issued=95,
        ballots_returned=95,
        ballots_invalid=0,
        candidates=tuple(CandidateResult(n, 90 - i, ELECTED) for i, n in enumerate(names))
        + (CandidateResult("侯志", 20, NOT_ELECTED),),
    )
    out = tmp_path / "many.pdf"
    build_election_result_pdf(data, out)
    lines = [line.replace(" ", "") for line in poppler.text(out).splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(f"当选代表{count}名："))
    end = next(i for i in range(start, len(lines)) if lines[i].endswith("。"))
    summary = lines[start : end + 1]
    assert len(summary) >= 2  # the case that matters: the list wraps
    assert "".join(summary) == f"当选代表{count}名：" + "、".join(names) + "。"
    pieces = [
        piece
        for line in summary
        for piece in line.removeprefix(f"当选代表{count}名：").rstrip("。").split("、")
        if piece
    ]
    assert pieces == names  # every line ends after a name and its 、


def test_void_round_shows_why_and_elects_nobody(tmp_path, poppler, embedded):
    data = first_round(
        ballots_returned=51,
        ballots_invalid=0,
        void=True,
        void_reason="收回选票51张，多于发出的50张",
        candidates=tuple(
            CandidateResult(n, y, NOT_ELECTED) for n, y in (("邹梓", 45), ("孙文军", 30), ("朱轩", 20))
        ),
    )
    out = tmp_path / "void.pdf"
    build_election_result_pdf(data, out)
    embedded(out)
    text = poppler.flat_text(out)
    assert "本轮选举无效：收回选票51张，多于发出的50张" in text
    assert "本轮选举无效，须重新选举。" in text and "当选代表" not in text
    # returned > issued and low turnout are practice (R14.2's practice part, R14.0): no article
    assert "无效（第十四条）" not in text and "重新选举（第十四条）" not in text


def test_quorum_missed_and_waived(tmp_path, poppler):
    out = tmp_path / "q.pdf"
    build_election_result_pdf(first_round(ballots_returned=38, ballots_invalid=0), out)
    assert "不足全体教职工三分之二（至少需39张）" in poppler.flat_text(out)  # 3 × 38 < 2 × 58
    build_election_result_pdf(first_round(ballots_returned=39, ballots_invalid=0), out)
    assert "达到全体教职工三分之二（至少39张）" in poppler.flat_text(out)  # 3 × 39 ≥ 2 × 58
    build_election_result_pdf(first_round(quorum_rule=False, quorum_waiver_reason="学校决定不适用"), out)
    assert "本次未适用（理由：学校决定不适用）" in poppler.flat_text(out)


def test_inconsistent_data_is_refused():
    with pytest.raises(ValueError, match="void"):
        first_round(void=True)
    with pytest.raises(ValueError, match="seats"):
        first_round(seats=2)
    with pytest.raises(ValueError, match="outcomes"):
        first_round(candidates=(CandidateResult("邹梓", 41, "won"),))


def test_void_reasons_cite_no_article():
    """Both reasons a round is void are practice (R14.2's practice part, R14.0): on the paper
    (through formal_text) they cite no article."""
    from congress_app.norms import formal_text
    from congress_app.wording.papers import VOID_REASONS

    for reason in VOID_REASONS.values():
        assert "第十四条" not in formal_text(reason) and "R14" not in formal_text(reason)
