"""The norms' text, article by article, and the article behind each rule id."""

from __future__ import annotations

import pytest

from congress_app.norms import article_for_rule, articles


def test_every_article_from_1_to_54_is_found_in_order() -> None:
    found = articles()
    assert sorted(found) == list(range(1, 55))
    assert found[13].heading == "第十三条" and found[54].heading == "第五十四条"


def test_article_text_stops_before_the_next_heading_and_chapter() -> None:
    thirteen = articles()[13].text
    assert thirteen.startswith("教代会代表名额按在岗教职工人数确定比例")
    assert "其中教学人员代表不少于60%" in thirteen and "学校党政工主要负责人" in thirteen
    assert "第十四条" not in thirteen and "候选人的赞成票" not in thirteen
    # 第八条 is printed at the end of 第七条's line; chapter 2's heading follows 第八条
    assert articles()[7].text.endswith("民主管理委员会办公室设在学校工会。")
    assert articles()[8].text == "学校工会委员会是教代会的工作机构，负责教代会的日常工作。"


@pytest.mark.parametrize(
    "rule, number",
    [
        ("R13.5", 13),
        ("R13.6", 13),
        ("RA.1", 13),
        ("R14.3", 14),
        ("R14", 14),
        ("R15.1", 15),
        ("R12.1", 12),
        ("R24.2", 24),
        ("R48.2", 48),
    ],
)
def test_rule_ids_name_their_article(rule, number) -> None:
    assert article_for_rule(rule).number == number


@pytest.mark.parametrize("rule", ["", "X13", "R99.1", "R13x"])
def test_unknown_rule_ids_have_no_article(rule) -> None:
    assert article_for_rule(rule) is None
