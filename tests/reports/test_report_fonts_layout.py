"""The embedded font and the shared page template."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
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
            and "依据：《规范》第十三条" in page
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
