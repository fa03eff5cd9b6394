"""The 归档文件目录 PDF sets long titles by the Chinese line-breaking rule: no ）。，、 at the
start of a line, no （ at the end of one (in an export a title once broke before its ）)."""

from __future__ import annotations

from datetime import date

from congress_app.reports.archive_catalogue import CatalogueData, build_catalogue_pdf

TITLES = (
    "材料科学与工程学院代表选举结果报告单（第1轮）",
    "电子信息与电气工程学部代表选举结果报告单（第1轮）",
    "联合选举单位（一）代表选举结果报告单（第1轮）",
    "关于同意召开第九届教职工代表大会第一次会议的批复，请遵照执行。",
)


def test_catalogue_titles_break_by_the_chinese_rule(tmp_path, poppler):
    rows = tuple(
        (str(n), f"0123-WS·2025-Y-JDH-{n:04d}", "", "大连滨海理工大学工会", title, "20251120", "", "1", "")
        for n, title in enumerate(TITLES, start=1)
    )
    out = tmp_path / "catalogue.pdf"
    build_catalogue_pdf(
        CatalogueData(
            "大连滨海理工大学", "0123", "第九届教职工代表大会第一次会议", 2025, date(2026, 1, 5), rows
        ),
        out,
    )
    lines = [ln.strip() for ln in poppler.text(out).splitlines() if ln.strip()]
    assert any("第1轮" in ln for ln in lines)
    assert not [ln for ln in lines if ln[0] in "）。，、；：》」"], lines
    assert not [ln for ln in lines if ln[-1] in "（《「"], lines
    flat = poppler.flat_text(out)
    for title in TITLES:
        assert title.replace(" ", "") in flat


def test_a_long_school_and_session_title_wrap_inside_the_cover(tmp_path, poppler):
    school = "大连滨海理工大学" * 7
    session = "第九届教职工代表大会第一次会议暨工会会员代表大会第三次会议" * 2
    out = tmp_path / "cover.pdf"
    build_catalogue_pdf(CatalogueData(school, "0123", session, 2025, date(2026, 1, 5), ()), out)
    words = poppler.words(out, page=1)
    landscape_a4_width = 841.89
    assert words and max(w.x1 for w in words) <= landscape_a4_width - 15 * 72 / 25.4 + 1
    assert school in poppler.flat_text(out)


def test_the_table_pages_are_numbered_after_the_cover(tmp_path, poppler):
    rows = tuple(
        (str(n), f"0123-WS·2025-Y-JDH-{n:04d}", "", "工会", f"第{n}号提案表", "20251120", "", "1", "")
        for n in range(1, 61)
    )
    out = tmp_path / "catalogue.pdf"
    build_catalogue_pdf(CatalogueData("测试大学", "0123", "第一次会议", 2025, date(2026, 1, 5), rows), out)
    pages = [p.replace(" ", "") for p in poppler.pages_text(out)]
    assert len(pages) >= 3
    assert "页" not in pages[0]  # the cover
    for number, text in enumerate(pages[1:], start=1):
        assert f"第{number}页共{len(pages) - 1}页" in text
