"""An article as the GUI's article dialog shows it: paragraph (款) by paragraph and item (项) by
item, with the clause a rule rests on flagged (issue 15)."""

from __future__ import annotations

import pytest

from congress_app.norms import (
    RULE_CLAUSES,
    Clause,
    article_parts,
    articles,
    is_practice_rule,
    paragraphs,
    rule_article_views,
)


def _cited(rule_id: str) -> list[tuple[str, list[tuple[int, int | None]]]]:
    return [(v.citation, [(p.paragraph, p.item) for p in v.cited]) for v in rule_article_views(rule_id)]


@pytest.mark.parametrize(
    "rule_id, expected",
    [
        ("R13.2", [("第十三条第一款", [(1, None)])]),  # a paragraph
        ("R13.5", [("第十三条第二款", [(2, None)])]),
        ("R13.6", [("第十三条第三款", [(3, None)])]),
        ("R14.3", [("第十四条第二款", [(2, None)])]),
        ("R24.1", [("第二十四条第二款", [(2, None)])]),
        ("R17.1", [("第十七条", [])]),  # the whole article: nothing narrower to point at
        ("R12.1", [("第十二条", [])]),
        ("R26.2", [("第二十六条", []), ("第四十六条第五项", [(1, 5)])]),  # an item
        ("R27.1", [("第二十七条", []), ("第四十六条第六项", [(1, 6)])]),
        ("R35.2", [("第二十一条第二项", [(1, 2)]), ("第三十五条第一款", [(1, None)])]),
        ("R15.2", [("第十五条", []), ("第十九条", [])]),
        ("R13.3", [("第十三条", [])]),  # practice: its article, nothing cited
        ("RA.1", [("第十三条", [])]),
        ("R14", [("第十四条", [])]),
        ("R99.1", []),
    ],
)
def test_which_clauses_a_rule_flags(rule_id, expected) -> None:
    assert _cited(rule_id) == expected


def test_the_flagged_text_is_the_clause() -> None:
    (view,) = rule_article_views("R13.2")
    (band,) = view.cited
    assert band.text.startswith("教代会代表名额按在岗教职工人数确定比例：\n80至200人")  # its lines kept
    assert "1001至5000人，代表为10%至6%。" in band.text
    assert [p.text for p in view.parts if not p.cited] == [paragraphs(13)[1].text, paragraphs(13)[2].text]
    item = rule_article_views("R26.2")[1].cited[0]
    assert item.text == "5、选举大会主席团"


def test_a_cited_paragraph_flags_its_items_and_an_item_only_itself() -> None:
    lead, *items = article_parts(17, [Clause(17, 1)])  # 第十七条 has one paragraph of four items
    assert lead.cited and all(p.cited for p in items) and len(items) == 4
    parts = article_parts(17, [Clause(17, item=3)])
    assert [(p.item, p.cited) for p in parts] == [
        (None, False),
        (1, False),
        (2, False),
        (3, True),
        (4, False),
    ]
    assert parts[3].text == "3、退休；"
    assert not any(p.cited for p in article_parts(17, [Clause(17)]))  # whole
    assert not any(p.cited for p in article_parts(17, [Clause(13, 1)]))  # another article's clause


def test_items_keep_their_printed_marks_and_every_word_is_shown() -> None:
    assert [p.text[:3] for p in article_parts(28)] == ["主席团", "（1）", "（2）", "（3）"]
    assert article_parts(29)[1].text.startswith("1、审议")  # printed "l、"
    assert any(p.text.startswith("3、主持代表团长") for p in article_parts(49))  # from 第五十三条
    for number in articles():
        shown = "".join(p.text for p in article_parts(number))
        assert all(
            paragraph.text.replace("\n", "") in shown.replace("\n", "") for paragraph in paragraphs(number)
        )
    assert article_parts(99) == ()


def test_every_rule_of_the_table_flags_something_or_cites_its_article_whole() -> None:
    for rule_id, clauses in RULE_CLAUSES.items():
        views = rule_article_views(rule_id)
        assert views, rule_id
        for view in views:
            assert bool(view.cited) == (Clause(view.number) not in clauses), rule_id


def test_practice_rules() -> None:
    assert is_practice_rule("R13.3") and is_practice_rule("RA.2") and is_practice_rule(" R14.4 ")
    assert not is_practice_rule("R13.2") and not is_practice_rule("R99.1")
