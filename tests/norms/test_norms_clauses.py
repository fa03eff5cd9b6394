"""The clause (款) and item (项) each rule id rests on, checked against the norms' text, and
how formal papers cite them (issue 15: 第十三条第一款, never the app's rule ids)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from congress_app.norms import (
    PRACTICE_RULES,
    RULE_CLAUSES,
    Clause,
    article_citation,
    articles,
    formal_text,
    format_clauses,
    paragraphs,
    rule_articles,
    rule_clauses,
)
from congress_app.reports.numerals import chinese_numeral

PACKAGE = Path(__file__).resolve().parents[2] / "congress_app"
NUMBERS = {chinese_numeral(n): n for n in range(1, 100)}

# articles with more than one paragraph (款) and how many; every other article has one
MULTI_PARAGRAPH = {13: 3, 14: 2, 24: 2, 25: 2, 31: 2, 34: 2, 35: 2, 37: 2, 41: 2, 43: 3}
# articles whose (only) paragraph lists numbered items (项), and how many
ITEMS = {9: 4, 17: 4, 21: 5, 22: 5, 28: 3, 29: 4, 32: 3, 45: 7, 46: 6, 47: 8, 48: 9, 49: 7}
# rule ids that rest on every paragraph of a multi-paragraph article and so cite it whole —
# a decision made by reading the rule against the text; a new one is added here knowingly
WHOLE_OF_MULTI_PARAGRAPH = {"R25.2", "R34.1", "R37.1", "R41.1", "R43.1"}
# words of the cited paragraph or item that show it is the one the rule rests on
CLAUSE_WORDS = {
    ("R13.1", 13): "在岗教职工人数",
    ("R13.2", 13): "1001至5000人",
    ("R13.5", 13): "教学人员代表不少于60%",
    ("R13.6", 13): "学校党政工主要负责人应当是教代会正式代表",
    ("R14.1", 14): "差额",
    ("R14.2", 14): "无记名投票",
    ("R14.3", 14): "半数始得当选",
    ("R14.6", 14): "差额",
    ("R24.1", 24): "应到会人数",
    ("R24.2", 24): "2/3",
    ("R25.1", 25): "超过应到会代表的半数票",
    ("R26.2", 46): "选举大会主席团",
    ("R27.1", 46): "执行主席和主持人",
    ("R35.1", 35): "会前两周",
    ("R35.2", 35): "在代表中征集提案",
    ("R35.2", 21): "提出提案和议案",
}


def _clause_text(clause: Clause) -> str:
    found = paragraphs(clause.article)
    paragraph = found[(clause.paragraph or 1) - 1]
    return paragraph.items[clause.item] if clause.item is not None else paragraph.text


def _cited_rule_ids() -> set[str]:
    """Every rule id the app's code and texts name (R13.5, RA.1; a range's ends too)."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        found |= set(re.findall(r"(?<![A-Za-z0-9.])(R(?:A|\d{2})\.\d+)", path.read_text(encoding="utf-8")))
    return found


# ---------------------------------------------------------------- the text's paragraphs and items
def test_paragraphs_are_the_lines_of_an_article() -> None:
    counts = {n: len(paragraphs(n)) for n in articles()}
    assert {n: c for n, c in counts.items() if c != 1} == MULTI_PARAGRAPH
    assert paragraphs(99) == ()
    first, second, third = paragraphs(13)
    # the bands stand on their own line after "确定比例：" and belong to the first paragraph
    assert first.text.startswith("教代会代表名额按在岗教职工人数确定比例：80至200人")
    assert first.text.endswith("1001至5000人，代表为10%至6%。")
    assert second.text == "其中教学人员代表不少于60%，女代表、青年代表应占相应的比例。"
    assert third.text.startswith("学校党政工主要负责人应当是教代会正式代表")
    assert paragraphs(25)[1].text == "每次教代会采取的表决方式经教职工代表通过后执行。"


def test_items_belong_to_their_paragraph() -> None:
    with_items = {n: len(p[0].items) for n in articles() if (p := paragraphs(n)) and p[0].items}
    assert with_items == ITEMS
    assert all(list(paragraphs(n)[0].items) == list(range(1, k + 1)) for n, k in ITEMS.items())
    assert paragraphs(28)[0].text == "主席团的职责是："  # （1） stands on the heading's line
    assert paragraphs(29)[0].items[1].startswith("审议提交教代会")  # printed "l、"
    assert paragraphs(46)[0].items[5] == "选举大会主席团"


def test_item_3_of_article_49_is_put_back_from_article_53() -> None:
    assert paragraphs(49)[0].items[3] == "主持代表团长、专门工作委员会负责人联席会议；"
    assert paragraphs(53) == (paragraphs(53)[0],)
    assert (
        paragraphs(53)[0].text == "各高校可根据本规程，结合实际，制定或修订本单位的教职工代表大会实施细则。"
    )
    assert "主持代表团长" in articles()[53].text  # the text itself stays as published


# ---------------------------------------------------------------- the table against the text
@pytest.mark.parametrize("rule_id", sorted(RULE_CLAUSES))
def test_every_cited_clause_exists_in_the_text(rule_id: str) -> None:
    clauses = RULE_CLAUSES[rule_id]
    assert clauses and len(set(clauses)) == len(clauses)
    number = int(rule_id[1:].split(".")[0])
    assert number in {c.article for c in clauses}, "a rule cites at least its own article"
    for clause in clauses:
        found = paragraphs(clause.article)
        assert found, clause
        if clause.paragraph is not None:
            # 第一款 only where there is a second one: a one-paragraph article is cited bare
            assert len(found) > 1 and 1 <= clause.paragraph <= len(found), clause
        if clause.item is not None:
            if clause.paragraph is None:
                assert len(found) == 1, clause  # 第X条第Y项 only when the article has one paragraph
            assert clause.item in found[(clause.paragraph or 1) - 1].items, clause


def test_the_cited_paragraph_says_what_the_rule_rests_on() -> None:
    for (rule_id, number), words in CLAUSE_WORDS.items():
        (clause,) = [c for c in RULE_CLAUSES[rule_id] if c.article == number]
        assert not clause.whole and words in _clause_text(clause), (rule_id, clause)
    # and every paragraph or item the table cites is checked above
    precise = {(r, c.article) for r, cs in RULE_CLAUSES.items() for c in cs if not c.whole}
    assert precise == set(CLAUSE_WORDS)


def test_rules_on_a_multi_paragraph_article_say_which_paragraph_or_whole() -> None:
    whole = {
        rule_id
        for rule_id, clauses in RULE_CLAUSES.items()
        for c in clauses
        if c.whole and c.article in MULTI_PARAGRAPH
    }
    assert whole == WHOLE_OF_MULTI_PARAGRAPH


def test_every_rule_id_the_app_cites_has_a_decision() -> None:
    """A new rule id named anywhere in the app fails here until it is given its clause (or
    labelled practice)."""
    cited = _cited_rule_ids()
    assert {"R13.5", "R14.0", "R48.2", "RA.1", "R27.1"} <= cited
    undecided = {
        r
        for r in cited
        if r not in RULE_CLAUSES and r not in PRACTICE_RULES and r.split(".")[0] not in PRACTICE_RULES
    }
    assert not undecided
    assert not {r for r in RULE_CLAUSES if r in PRACTICE_RULES or r.split(".")[0] in PRACTICE_RULES}


def test_practice_rules_cite_nothing() -> None:
    for rule_id in ("R13.3", "R13.4", "R14.0", "R14.4", "R14.5", "R15.3", "R48.2", "RA.1", "RA.3"):
        assert rule_clauses(rule_id) == () and article_citation(rule_id) == ""


# ---------------------------------------------------------------- citing
@pytest.mark.parametrize(
    "rule_ids, zh, en",
    [
        ("R13.2", "第十三条第一款", "art. 13(1)"),
        ("R13.5", "第十三条第二款", "art. 13(2)"),
        ("R13.6", "第十三条第三款", "art. 13(3)"),
        ("R14.3", "第十四条第二款", "art. 14(2)"),
        ("R15.1", "第十五条", "art. 15"),  # one paragraph: no 第一款
        ("R17.1", "第十七条", "art. 17"),
        ("R26.2", "第二十六条、第四十六条第五项", "art. 26; art. 46, item 5"),
        ("R35.2", "第二十一条第二项、第三十五条第一款", "art. 21, item 2; art. 35(1)"),
        (("R13.2", "R13.5"), "第十三条第一款、第二款", "art. 13(1), (2)"),
        (("R13.1", "R13.2"), "第十三条第一款", "art. 13(1)"),  # the same paragraph once
        (("R13.5", "R14.3"), "第十三条第二款、第十四条第二款", "art. 13(2); art. 14(2)"),
        (("R14.3", "R13.5"), "第十三条第二款、第十四条第二款", "art. 13(2); art. 14(2)"),  # text order
        (
            ("R12.1", "R13.5", "R13.6", "R14", "R15.1"),
            "第十二条、第十三条第二款、第三款、第十四条、第十五条",
            None,
        ),
        (("R13.5", "R13.3"), "第十三条第二款", "art. 13(2)"),  # practice adds nothing
        (("R24.1", "R24.2"), "第二十四条", "art. 24"),  # every paragraph: the article
        (("R13.1", "R13.5", "R13.6"), "第十三条", "art. 13"),
        (("R25.1", "R25.2"), "第二十五条", "art. 25"),  # one rule cites it whole
        (
            ("R26.2", "R27.1"),
            "第二十六条、第二十七条、第四十六条第五项、第六项",
            "art. 26; art. 27; art. 46, items 5, 6",
        ),
        ("R14.0–R14.5", "第十四条", "art. 14"),  # a range cites its article
        ("RA.1–RA.3", "", ""),
    ],
)
def test_citations_merge(rule_ids, zh: str, en: str | None) -> None:
    assert article_citation(rule_ids) == zh
    if en is not None:
        assert article_citation(rule_ids, lang="en") == en


def test_rule_articles_and_titles_stay_as_they_were() -> None:
    assert rule_articles("R15.2") == (15, 19) and rule_articles("R35.2") == (35, 21)
    assert rule_articles("R13.5") == (13,) and rule_articles("R14") == (14,)
    assert article_citation("R13.5", with_title=True) == "《规范》第十三条第二款"
    assert article_citation("R13.5", with_title=True, lang="en") == "the Norms, art. 13(2)"


def test_format_clauses_merges_items_and_paragraphs() -> None:
    assert format_clauses([Clause(13, 1, 2), Clause(13, 1, 3)]) == "第十三条第一款第二项、第三项"
    assert (
        format_clauses([Clause(13, 1, 2), Clause(13, 1)]) == "第十三条第一款"
    )  # the paragraph holds its items
    assert format_clauses([Clause(13, 1, 2), Clause(13, 2)]) == "第十三条第一款第二项、第二款"
    assert format_clauses([Clause(46, item=6), Clause(46)]) == "第四十六条"
    assert format_clauses([Clause(13, 1, 2), Clause(13, 1, 3)], lang="en") == "art. 13(1), items 2, 3"


@pytest.mark.parametrize(
    "text, printed",
    [
        ("非在岗教职工（R12.1）", "非在岗教职工（第十二条）"),
        ("得票相同，须另行选举（R14.4）。", "得票相同，须另行选举。"),
        ("有缺额（R14.5、R19.1）", "有缺额（第十九条）"),
        ("比例区间（R13.2）", "比例区间（第十三条第一款）"),
        ("（R13.2、R13.5）", "（第十三条第一款、第二款）"),
        ("（R13.5，R14.1）", "（第十三条第二款、第十四条第一款）"),
        ("84 名（60.4%，要求 ≥60%，R13.5）", "84 名（60.4%，要求 ≥60%，第十三条第二款）"),
        ("（女代表、青年代表；R13.5）", "（女代表、青年代表；第十三条第二款）"),  # the words keep their 、
        # a citation written beside the id that names only its article gives way to the clause
        ("（须至少 54 名；R13.5，第十三条）", "（须至少 54 名；第十三条第二款）"),
        ("（须为正式代表，R13.6，第十三条）", "（须为正式代表，第十三条第三款）"),
        ("少 3 名（R13.5，第十三条：应占相应的比例）。", "少 3 名（第十三条第二款：应占相应的比例）。"),
        ("（R14.1，第十五条）", "（第十四条第一款、第十五条）"),  # another article is kept, merged
        ("（R14.0，R14.2）", "（第十四条第一款）"),
        ("依据R13.5、R13.6的规定", "依据第十三条第二款、第三款的规定"),  # ids side by side merge
        ("见 R24.1 与 R24.2", "见 第二十四条第二款 与 第二十四条第一款"),
        ("R2实验室与 AR14.1", "R2实验室与 AR14.1"),  # not rule ids
        ("（全体，R14.0–R14.5）", "（全体，第十四条）"),
    ],
)
def test_formal_text(text: str, printed: str) -> None:
    assert formal_text(text) == printed


def test_literal_citations_on_papers_exist_in_the_text() -> None:
    """Papers and their words also write citations out (依《规范》第二十五条第一款): each names
    a paragraph or item the text has."""
    cited = re.compile(
        r"第([一二三四五六七八九十]+)条(?:第([一二三四五六七八九十]+)款)?(?:第([一二三四五六七八九十]+)项)?"
    )
    seen = 0
    for folder in ("reports", "wording"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for m in cited.finditer(path.read_text(encoding="utf-8")):
                article, paragraph, item = (NUMBERS[g] if g else None for g in m.groups())
                assert article in articles(), (path.name, m.group(0))
                found = paragraphs(article)  # type: ignore[arg-type]
                if paragraph is not None:
                    assert len(found) > 1 and paragraph <= len(found), (path.name, m.group(0))
                if item is not None:
                    assert item in found[(paragraph or 1) - 1].items, (path.name, m.group(0))
                seen += paragraph is not None or item is not None
    assert seen >= 6


def test_proposal_messages_cite_clauses_in_their_language() -> None:
    from congress_app.wording.proposals import article

    assert article("R36.1") == "第三十六条" and article("R36.1", "en") == "art. 36"
    assert article("R35.2") == "第二十一条第二项、第三十五条第一款"
    assert article("R48.2") == "第四十八条"  # practice: still names where it sits, as before
