"""选票: one paper per page, numbered; many candidates still fit one page; R14.1 refused."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.reports.ballots import BallotData, build_ballots_pdf

SCHOOL = "大连理工示范大学"
TITLE = "大连理工示范大学第三届教职工代表大会代表选举选票"


def make(names: list[str], n: int, seats: int, copies: int, **kw) -> BallotData:
    return BallotData(school=SCHOOL, title=TITLE, unit="电子信息与电气工程学部", seats=seats,
                      candidates=tuple(names[:n]), copies=copies,
                      election_date=date(2025, 4, 8), generated_on=date(2025, 4, 1), **kw)


def test_papers_say_unit_seats_and_serials(tmp_path, poppler, embedded, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 12, 8, 5, round_label="第1轮"), out)
    embedded(out)
    pages = [p.replace(" ", "").replace("\n", "") for p in poppler.pages_text(out)]
    assert poppler.page_count(out) == 5 == len(pages)
    for k, page in enumerate(pages, start=1):
        assert TITLE in page
        assert "选举单位：电子信息与电气工程学部" in page
        assert "本单位应选代表8名，最多可选8人" in page
        assert f"No.{k:04d}" in page
        assert "第1轮" in page and "选举日期：2025年4月8日" in page
        assert all(name in page for name in names[:12])
        assert "所选人数多于8人的，本选票无效" in page
        assert "依据：R14.1、R14.2、R14.3" in page
        assert "第1页" not in page  # ballots carry no page numbers
    # serials are unique across the batch
    assert len({p[p.index("No."):p.index("No.") + 7] for p in pages}) == 5


def test_serials_start_where_asked(tmp_path, poppler, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 5, 3, 2, first_serial=101), out)
    text = poppler.flat_text(out)
    assert "No.0101" in text and "No.0102" in text and "No.0001" not in text


@pytest.mark.parametrize("candidates", [30, 40])
def test_many_candidates_fit_on_one_page_per_paper(tmp_path, poppler, embedded, names, candidates):
    roster = (names * 2)[:candidates]
    roster = [f"{name}{i}" if i >= len(names) else name for i, name in enumerate(roster)]
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(roster, candidates, 15, 3), out)
    embedded(out)
    assert poppler.page_count(out) == 3
    first = poppler.pages_text(out)[0].replace(" ", "")
    assert all(name in first for name in roster)
    assert "本单位应选代表15名，最多可选15人" in first
    assert str(candidates) in first.splitlines()  # the last 序号 is on the page too


def test_a_single_candidate_list_for_few_names(tmp_path, poppler, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 9, 7, 1), out)
    layout = poppler.text(out, layout=True)
    header_lines = [line for line in layout.splitlines() if "序号" in line]
    assert len(header_lines) == 1 and header_lines[0].count("序号") == 1


def test_thirty_names_use_two_columns(tmp_path, poppler, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 30, 15, 1), out)
    layout = poppler.text(out, layout=True)
    assert any(line.count("序号") == 2 for line in layout.splitlines())


def test_r14_1_needs_more_candidates_than_seats(names):
    with pytest.raises(ValueError, match="R14.1"):
        make(names, 8, 8, 1)


def test_too_many_candidates_is_refused_not_spilled(tmp_path, names):
    roster = [f"候选人{i}" for i in range(200)]
    with pytest.raises(ValueError, match="fit"):
        build_ballots_pdf(make(roster, 200, 100, 1), tmp_path / "x.pdf")
