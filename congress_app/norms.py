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


# ---------------------------------------------------------------- citations on formal papers
# RULES.md labels these rules practice (not in the norms): a formal paper never cites an
# article for them (RA: the apportionment method is the school's recorded choice).
PRACTICE_RULES = frozenset({"R13.3", "R13.4", "R14.0", "R14.4", "R14.5", "R15.3", "R48.2", "RA"})
# rules RULES.md rests on more than one article, in the order it names them
_RULE_EXTRA_ARTICLES = {
    "R15.2": (15, 19),
    "R26.2": (26, 46),
    "R27.1": (27, 46),
    "R34.1": (7, 34),
    "R35.2": (35, 21),
}
_RULE_TOKEN = re.compile(
    r"(?<![A-Za-z0-9.])(R(?:A|1[2-9]|[2-4]\d)(?:\.\d{1,2})?)"
    r"(?:[–-](?:R?A?\d{0,2}\.)?\d{1,2})?(?![A-Za-z0-9])"
)
_BRACKETED = re.compile(r"（([^（）]*)）")
_ITEM_SEPARATORS = re.compile(r"[，、；,;]")


def rule_articles(rule_id: str) -> tuple[int, ...]:
    """The numbers of the articles a formal paper cites for ``rule_id``: none for a practice
    rule (R14.0, R14.4, RA.1 …) or an unknown id; R15.2 → (15, 19)."""
    rule_id = rule_id.strip()
    prefix = rule_id.split(".")[0]
    if rule_id in PRACTICE_RULES or prefix in PRACTICE_RULES:
        return ()
    if rule_id in _RULE_EXTRA_ARTICLES:
        return _RULE_EXTRA_ARTICLES[rule_id]
    match = _RULE.match(rule_id)
    if not match or int(match.group(1)) not in articles():
        return ()
    return (int(match.group(1)),)


def article_citation(rule_ids: str | tuple[str, ...] | list[str], *, with_title: bool = False) -> str:
    """``R13.5`` → ``第十三条``; several ids → ``第十四条、第十五条`` (each article once, in order);
    practice rules cite nothing (""). ``with_title`` prefixes 《规范》."""
    ids = [rule_ids] if isinstance(rule_ids, str) else list(rule_ids)
    numbers: list[int] = []
    for rule_id in ids:
        match = _RULE_TOKEN.fullmatch(rule_id.strip())
        if match and len(match.group(0)) > len(match.group(1)):  # a range: R14.0–R14.5 → R14
            rule_id = match.group(1).split(".")[0]
        for n in rule_articles(rule_id):
            if n not in numbers:
                numbers.append(n)
    if not numbers:
        return ""
    text = "、".join(f"第{chinese_numeral(n)}条" for n in numbers)
    return f"《规范》{text}" if with_title else text


def _cite_token(m: re.Match[str]) -> str:
    """A matched rule id (or range, R14.0–R14.5: the article of its number) as a citation."""
    rule_id = m.group(1)
    return article_citation(rule_id.split(".")[0] if len(m.group(0)) > len(rule_id) else rule_id)


def formal_text(text: str) -> str:
    """``text`` as a formal paper prints it: every rule id (R12.1, R14.0–R14.5, RA.1) becomes
    the article it rests on (第十二条) or — a practice rule — disappears; brackets left empty
    or repeating an article are tidied (“（R13.5，第十三条）” → “（第十三条）”)."""
    if "R" not in text:
        return text

    def bracket(m: re.Match[str]) -> str:
        inner = m.group(1)
        if not _RULE_TOKEN.search(inner):
            return m.group(0)
        parts: list[str] = []
        for piece in _ITEM_SEPARATORS.split(inner):
            piece = piece.strip()
            whole = _RULE_TOKEN.fullmatch(piece)
            if whole:
                parts += [p for p in _cite_token(whole).split("、") if p]
            elif piece:
                parts.append(_RULE_TOKEN.sub(_cite_token, piece).strip())
        kept: list[str] = []
        for p in parts:
            if p and p not in kept:
                kept.append(p)
        if not kept:
            return ""
        separator = "；" if "；" in inner else "，"
        if all(re.fullmatch(r"第[一二三四五六七八九十]+条", p) for p in kept):
            separator = "、"
        return "（" + separator.join(kept) + "）"

    text = _BRACKETED.sub(bracket, text)
    return _RULE_TOKEN.sub(_cite_token, text)
