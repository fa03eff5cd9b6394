"""The embedded font and the shared page template."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import PageBreak

from congress_app.reports import fonts
from congress_app.reports.layout import (
    ENGLISH_PAGE_LABELS,
    PageSpec,
    build_pdf,
    fmt_date,
    fmt_pct,
    para,
    styles,
)
from tests.reports.conftest import overlaps

SCHOOL = "大连理工示范大学"


def test_font_ships_in_resources_and_registers_once():
    path = fonts.font_path()
    assert path == Path(fonts.__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
    assert path.stat().st_size > 4_000_000
    assert fonts.register_font() == fonts.register_font() == fonts.FONT_NAME
    assert fonts.FONT_NAME in pdfmetrics.getRegisteredFontNames()
    face = pdfmetrics.getFont(fonts.FONT_NAME).face
    assert all(ord(ch) in face.charToGlyph for ch in "第页共选票代表名额○✓")


def test_font_is_found_in_a_frozen_build(tmp_path, monkeypatch):
    bundle_fonts = tmp_path / "resources" / "fonts"
    bundle_fonts.mkdir(parents=True)
    (bundle_fonts / fonts.FONT_FILE).symlink_to(fonts.font_path())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.font_path() == bundle_fonts / fonts.FONT_FILE


def _three_pages(out, **kw) -> None:
    s = styles()
    story = [
        para("第一页：机械工程学院", s.body),
        PageBreak(),
        para("第二页", s.body),
        PageBreak(),
        para("第三页", s.body),
    ]
    build_pdf(out, story, PageSpec(SCHOOL, "测试文件", ("R13.2", "RA.1"), date(2025, 3, 1), **kw))


def test_every_font_embedded_and_chinese_extractable(tmp_path, poppler):
    out = tmp_path / "p.pdf"
    _three_pages(out)
    rows = poppler.fonts(out)
    assert rows and all(r.embedded for r in rows), rows
    assert {r.type for r in rows} == {"TrueType"}
    text = poppler.text(out)
    assert "机械工程学院" in text and SCHOOL in text


def test_header_and_footer_on_every_page(tmp_path, poppler):
    out = tmp_path / "p.pdf"
    _three_pages(out)
    pages = [p.replace(" ", "") for p in poppler.pages_text(out)]
    assert len(pages) == 3
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页共3页" in page
        assert SCHOOL in page and "编号：DOC-20250301-" in page
        assert (
            "生成日期：2025年3月1日" in page
            and "依据：《规范》第十三条第一款" in page
            and "系统规则编号：R13.2、RA.1" in page
        )


def test_landscape_stream_and_no_page_numbers(tmp_path, poppler):
    buf = io.BytesIO()
    _three_pages(buf, landscape=True, page_numbers=False)
    out = tmp_path / "p.pdf"
    out.write_bytes(buf.getvalue())
    assert "841.89 x 595.276 pts (A4)" in poppler.info(out)
    assert "页共" not in poppler.flat_text(out)


def test_english_page_labels(tmp_path, poppler):
    out = tmp_path / "p.pdf"
    _three_pages(out, labels=ENGLISH_PAGE_LABELS)
    text = poppler.text(out)
    assert "Page 2 of 3" in text and "Generated 2025-03-01" in text and "Rule ids: R13.2, RA.1" in text
    # an English paper cites the norms in English words, not 第十三条第一款
    assert "Norms, art. 13(1)" in text and "第十三条" not in text


def test_a_long_citation_takes_two_footer_lines(tmp_path, poppler):
    """Issue 15: clauses make citations longer; one that does not fit beside the page number
    at 7 pt is broken after a 、 onto two lines (never shrunk to nothing, never over the page
    number) and the rule ids' footnote moves under the date."""
    s = styles()
    out = tmp_path / "long.pdf"
    ids = ("R12.1", "R13.5", "R13.6", "R14", "R15.1")
    build_pdf(out, [para("正文", s.body)], PageSpec(SCHOOL, "测试文件", ids, date(2025, 3, 1)))
    footer = [w for w in poppler.words(out) if w.y0 > 841.89 - 13 * mm]
    assert not overlaps(footer), overlaps(footer)
    page_number = max((w for w in footer if w.text == "页"), key=lambda w: w.x1)  # 第 1 页 共 1 页
    cited = [w for w in footer if w.x0 > page_number.x1 and "R1" not in w.text]
    lines = sorted({round(w.y0) for w in cited})
    assert len(lines) == 2
    text = ["".join(w.text for w in cited if round(w.y0) == y) for y in lines]
    assert "".join(text) == "依据：《规范》第十二条、第十三条第二款、第三款、第十四条、第十五条"
    assert text[0].endswith("、") and text[1].startswith("第十")  # broken between articles
    assert all(w.y1 - w.y0 > 6 for w in cited)  # 7.5 pt, not shrunk
    footnote = [w for w in footer if "R12.1" in w.text]
    date_word = next(w for w in footer if "2025" in w.text)
    assert footnote and footnote[0].x0 < page_number.x0 and footnote[0].y0 > date_word.y0


def test_formatting():
    assert fmt_date(date(2025, 3, 1), PageSpec("", "", ()).labels) == "2025年3月1日"
    assert [fmt_pct(*x) for x in ((1, 3), (2, 3), (1, 8), (3, 16), (0, 5), (5, 0))] == [
        "33.3%",
        "66.7%",
        "12.5%",
        "18.8%",
        "0.0%",
        "—",
    ]


def test_missing_font_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "resources_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match="CJK font"):
        fonts.font_path()
