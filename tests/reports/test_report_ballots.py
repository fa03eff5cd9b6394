"""选票: one paper per page, numbered; many candidates still fit one page; R14.1 refused."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.reports.ballots import BallotData, build_ballots_pdf

SCHOOL = "大连理工示范大学"
TITLE = "大连理工示范大学第三届教职工代表大会代表选举选票"


def make(names: list[str], n: int, seats: int, copies: int, **kw) -> BallotData:
    return BallotData(
        school=SCHOOL,
        title=TITLE,
        unit="电子信息与电气工程学部",
        seats=seats,
        candidates=tuple(names[:n]),
        copies=copies,
        election_date=date(2025, 4, 8),
        generated_on=date(2025, 4, 1),
        **kw,
    )


def test_papers_say_unit_seats_and_serials(tmp_path, poppler, embedded, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 12, 8, 5, round_label="第1轮"), out)
    embedded(out)
    pages = [p.replace(" ", "").replace("\n", "") for p in poppler.pages_text(out)]
    assert poppler.page_count(out) == 5 == len(pages)
    for k, page in enumerate(pages, start=1):
        assert TITLE in page
        assert "选举单位：电子信息与电气工程学部" in page
        assert "本轮应选代表8名，最多可选8人" in page  # a labelled round: the seats of this round
        assert f"No.{k:04d}" in page
        assert "第1轮" in page and "选举日期：2025年4月8日" in page
        assert all(name in page for name in names[:12])
        assert "所选人数多于8人的，本选票无效" in page
        assert (
            "依据：《规范》第十四条" in page and "（候选人按姓氏笔画为序）" in page and "监票人盖章" in page
        )
        assert "第1页" not in page  # ballots carry no page numbers
    # serials are unique across the batch
    assert len({p[p.index("No.") : p.index("No.") + 7] for p in pages}) == 5


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


LONG_UNIT = "电子信息与电气工程学部、船舶工程学院与海洋科学与技术学院联合选举单位"


def test_first_round_paper_names_the_units_seats(tmp_path, poppler, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 12, 8, 1), out)
    text = poppler.flat_text(out)
    assert "本单位应选代表8名，最多可选8人" in text and "本轮" not in text


def test_further_round_paper_gives_the_seats_of_the_round(tmp_path, poppler, names):
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(names, 4, 1, 1, round_label="第二轮 · 另行选举（补足缺额）"), out)
    text = poppler.flat_text(out)
    assert "第二轮·另行选举（补足缺额）" in text
    assert "本轮应选代表1名，最多可选1人" in text and "本单位应选代表" not in text


def test_unit_and_date_each_on_a_line_of_their_own(tmp_path, poppler, names):
    """The date used to be glued to the unit (the full-width spaces between collapsed), and a
    long joint unit name wrapped into it."""
    for unit in ("人文学院", LONG_UNIT):
        data = BallotData(
            school=SCHOOL,
            title=TITLE,
            unit=unit,
            seats=5,
            candidates=tuple(names[:8]),
            copies=1,
            election_date=date(2025, 11, 27),
        )
        out = tmp_path / "ballots.pdf"
        build_ballots_pdf(data, out)
        assert poppler.page_count(out) == 1
        lines = [line.replace(" ", "") for line in poppler.text(out).splitlines()]
        date_line = next(line for line in lines if "选举日期" in line)
        assert date_line == "选举日期：2025年11月27日", date_line
        assert "选举单位：" + unit in poppler.flat_text(out)
        words = poppler.words(out)
        unit_word = next(w for w in words if w.text.startswith("选举单位："))
        date_word = next(w for w in words if w.text.startswith("选举日期："))
        assert date_word.y0 > unit_word.y1  # below the unit, not beside it
        assert unit_word.x0 == pytest.approx(date_word.x0)


LONG_NAMES = ["阿卜杜热合曼·买买提", "热依拉·阿不都热依木", "王伟（101234）", "欧阳明远"]


@pytest.mark.parametrize("candidates", [40, 60])  # two and three columns
def test_long_names_stay_inside_their_cells(tmp_path, poppler, names, candidates):
    roster = LONG_NAMES + [f"{n}{i}" for i, n in enumerate(names * 2)][: candidates - len(LONG_NAMES)]
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(roster, candidates, 20, 1), out)
    assert poppler.page_count(out) == 1
    words = poppler.words(out)
    marks = sorted(w.x0 for w in words if w.text == "同意")
    numbers = {w.text: w for w in words if w.text.isdigit()}
    assert len(marks) == (2 if candidates == 40 else 3)
    for k, name in enumerate(LONG_NAMES, start=1):
        # a name run over its neighbours merges with the 序号 into one word ("1阿卜杜…")
        word = next((w for w in words if w.text == name), None)
        assert word is not None, (name, [w.text for w in words if name[:3] in w.text])
        assert word.x0 > numbers[str(k)].x1
        assert word.x1 < next(x for x in marks if x > word.x0)  # left of its 同意 column


def test_a_very_long_name_goes_onto_two_lines_at_the_dot(tmp_path, poppler, names):
    name = "阿卜杜热合曼·买买提·艾合买提江"
    roster = [name] + [f"{n}{i}" for i, n in enumerate(names * 2)][:59]
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf(make(roster, 60, 20, 1), out)
    words = poppler.words(out)
    first, second = (
        next(w for w in words if w.text == part) for part in ("阿卜杜热合曼·", "买买提·艾合买提江")
    )
    assert second.y0 > first.y1 - 1 and second.y0 - first.y0 < 14  # stacked in one cell
    assert first.x1 < min(w.x0 for w in words if w.text == "同意")


def test_a_specimen_says_so_where_the_serial_goes(tmp_path, poppler, names):
    """The 选票样张 kept in the archive carries "样张", never a serial a real paper could have."""
    out = tmp_path / "specimen.pdf"
    build_ballots_pdf(make(names, 12, 8, 1, specimen=True), out)
    text = poppler.text(out)
    assert "样" in text and "张" in text and "No." not in text
    real = tmp_path / "real.pdf"
    build_ballots_pdf(make(names, 12, 8, 1), real)
    assert "No. 0001" in poppler.text(real)
