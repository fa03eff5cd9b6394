"""Chinese line breaking (禁则): the pure rule, and every paragraph laid out with it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle

from congress_app.reports.fonts import register_song
from congress_app.reports.kinsoku import CANNOT_END, CANNOT_START, break_lines, may_break
from congress_app.reports.layout import para, styles

PUNCT_START = "。，；：、）》」！？"
PUNCT_END = "（《「"
alphabet = st.sampled_from(
    list("教职工代表大会提案选举审查") + list(PUNCT_START) + list(PUNCT_END) + list("R1.0%ab ")
)
texts = st.text(alphabet=alphabet, min_size=1, max_size=120)


def _lines(text: str, ends: list[int]) -> list[str]:
    starts = [0, *ends[:-1]]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


@given(texts, st.integers(min_value=1, max_value=30))
@settings(max_examples=300, deadline=None)
def test_lines_keep_every_character_in_order_and_never_run_empty(text, per_line) -> None:
    ends = break_lines(text, [1.0] * len(text), float(per_line))
    assert ends[-1] == len(text) and all(a < b for a, b in zip([0, *ends[:-1]], ends, strict=True))
    assert "".join(_lines(text, ends)) == text


@given(texts, st.integers(min_value=2, max_value=30))
@settings(max_examples=300, deadline=None)
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(text, per_line) -> None:
    """Wherever the rule can be kept (a line could end somewhere allowed), it is."""
    ends = break_lines(text, [1.0] * len(text), float(per_line))
    for k, end in enumerate(ends[:-1]):
        start = ends[k - 1] if k else 0
        allowed = [
            b for b in range(start + 1, min(start + per_line, len(text) - 1) + 1) if may_break(text, b)
        ]
        if allowed:  # a permitted break existed within reach: the one taken is permitted
            assert may_break(text, end), (text, per_line, _lines(text, ends))


@given(texts, st.integers(min_value=2, max_value=30))
@settings(max_examples=300, deadline=None)
def test_a_line_overflows_by_at_most_one_hanging_mark(text, per_line) -> None:
    ends = break_lines(text, [1.0] * len(text), float(per_line))
    for line in _lines(text, ends):
        if len(line) > per_line:
            assert len(line) == per_line + 1 and line[-1] in CANNOT_START


def test_the_marks_of_the_issue_are_covered() -> None:
    assert set(PUNCT_START) <= CANNOT_START and set(PUNCT_END) <= CANNOT_END
    assert not may_break("代表。", 2) and not may_break("（代", 1) and not may_break("2024", 2)
    assert may_break("代表", 1)
    # a date or a time of day is one word: never "00:" at a line's end and "10" on the next
    assert not any(may_break("2025-12-18 00:10", i) for i in (5, 8, 14))
    assert may_break("2025-12-18 00:10", 11)


def test_a_full_stop_hangs_or_takes_a_character_along() -> None:
    text = "一二三四五。六七"
    assert _lines(text, break_lines(text, [1.0] * len(text), 5.0)) == ["一二三四五。", "六七"]
    text = "一二三四五。」六"  # two closing marks: the last character goes down with them
    assert _lines(text, break_lines(text, [1.0] * len(text), 5.0)) == ["一二三四", "五。」六"]
    text = "一二三（四五六"  # an opening bracket never ends a line
    assert _lines(text, break_lines(text, [1.0] * len(text), 4.0)) == ["一二三", "（四五六"]


def test_paragraph_lines_follow_the_rule() -> None:
    """A paragraph whose natural break puts ；and 。 at a line's start."""
    style = ParagraphStyle("t", parent=styles().body, fontName=register_song(), fontSize=10)
    width = 10 * 10  # ten characters a line
    text = "一二三四五六七八九十；一二三四五六七八九十。一二三四五六七八（九十一二三"
    p = para(text, style)
    p.wrap(width + 0.5, 1000)
    lines = [
        "".join(x[1]) if isinstance(x, tuple) else "".join(w.text for w in x.words) for x in p.blPara.lines
    ]
    assert "".join(lines) == text and len(lines) >= 3
    assert not any(line[0] in CANNOT_START for line in lines[1:]), lines
    assert not any(line[-1] in CANNOT_END for line in lines[:-1]), lines


def test_multi_run_paragraph_lines_follow_the_rule() -> None:
    style = ParagraphStyle("t", parent=styles().body, fontName=register_song(), fontSize=10)
    p = para("一二三四五六七八九十；\n一二三四五六七八九十。一二", style)
    p.wrap(100.5, 1000)
    lines = ["".join(w.text for w in x.words) for x in p.blPara.lines]
    assert lines[0].startswith("一二三四五六七八九十；") and all(
        x and x[0] not in CANNOT_START for x in lines if x
    )


def test_a_long_title_is_broken_evenly_at_the_end_of_a_name_part() -> None:
    from congress_app.reports.layout import balanced_title

    style = ParagraphStyle("t16", parent=styles().title, fontSize=16)
    p = balanced_title("大连海洋理工大学第九届教职工代表大会代表选举选票", style, 330)
    assert p.text == "大连海洋理工大学第九届<br/>教职工代表大会代表选举选票"
    assert balanced_title("代表名册", style, 330).text == "代表名册"
