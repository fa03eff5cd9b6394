"""The text of the norms the app implements, article by article, so that a finding can show
the article it rests on (《大连市高等学校教职工代表大会工作规范》（试行）, 大教工〔2024〕3号).

The text is ``resources/norms/dalian-2024.zh.txt`` (as published; a few article headings are
printed at the end of the previous line, and item 3 of 第四十九条 stands inside 第五十三条 — see
RULES.md). Articles are found in order: the heading of article n+1 is the first "第…条" after
article n, wherever it stands on the line; chapter headings (第…章 and its title) are not part
of an article. Pure stdlib.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from congress_app.paths import resources_dir
from congress_app.reports.numerals import chinese_numeral

TEXT_NAME = "dalian-2024.zh.txt"
TITLE = "《大连市高等学校教职工代表大会工作规范》（试行）"
_HEADING = re.compile(r"第([一二三四五六七八九十]+)条")
_CHAPTER = re.compile(r"\n第[一二三四五六七八九十]+章\n[^\n]*\s*$")
_RULE = re.compile(r"^R(\d+)(?:\.\d+)?$")

_NUMBERS = {chinese_numeral(n): n for n in range(1, 100)}  # 十三 → 13

# rule ids of RULES.md that rest on an article other than their number
_RULE_ARTICLES = {"RA": 13}


@dataclass(frozen=True)
class Article:
    number: int
    heading: str  # e.g. 第十三条
    text: str


@functools.cache
def articles() -> dict[int, Article]:
    """Every article of the norms by number."""
    text = (resources_dir() / "norms" / TEXT_NAME).read_text(encoding="utf-8")
    starts: list[tuple[int, int, int]] = []  # (number, heading start, text start)
    for match in _HEADING.finditer(text):
        if _NUMBERS.get(match.group(1)) == len(starts) + 1:
            starts.append((len(starts) + 1, match.start(), match.end()))
    found: dict[int, Article] = {}
    for i, (number, _start, body) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        content = _CHAPTER.sub("", text[body:end].rstrip())
        found[number] = Article(number, f"第{chinese_numeral(number)}条", content.strip())
    return found


def article_for_rule(rule_id: str) -> Article | None:
    """The article a rule id of RULES.md rests on (R13.5 → 第十三条, RA.1 → 第十三条)."""
    prefix = rule_id.split(".")[0]
    if prefix in _RULE_ARTICLES:
        return articles().get(_RULE_ARTICLES[prefix])
    match = _RULE.match(rule_id)
    return articles().get(int(match.group(1))) if match else None
