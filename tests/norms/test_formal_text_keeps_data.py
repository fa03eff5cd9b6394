"""formal_text turns the app's rule ids into the norms' articles — and leaves the school's own
words alone: a bare R20 or RA in a name or title is not a rule id (ids in text are numbered)."""

from __future__ import annotations

import pytest

from congress_app.norms import formal_text


@pytest.mark.parametrize(
    "text",
    [
        "RA实验室",
        "关于维修R20楼卫生间的建议",
        "R14教学楼（R14）",
        "软件学院RA组",
        "R12、R13 机房",
        "第R3实验楼",
    ],
)
def test_words_that_only_look_like_ids_stay_as_written(text):
    assert formal_text(text) == text


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("允许名额（R13.2）", "允许名额（第十三条第一款）"),
        ("教学人员代表（R13.5、R13.6）", "教学人员代表（第十三条第二款、第三款）"),
        ("建议名额（R13.3）", "建议名额"),
        ("依据 R14.0–R14.5", "依据 第十四条"),
        ("RA实验室（R13.2）", "RA实验室（第十三条第一款）"),
    ],
)
def test_numbered_ids_still_become_articles(text, printed):
    assert formal_text(text) == printed
