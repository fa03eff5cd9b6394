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


# ---------------------------------------------------------------- paragraphs (款) and items (项)
@dataclass(frozen=True)
class ArticleParagraph:
    """One paragraph (款) of an article and its numbered items (项), by number; ``lines``: its
    own words as the text breaks them (第十三条's bands on a line of their own)."""

    text: str
    items: dict[int, str]
    lines: tuple[str, ...] = ()


# Item 3 of 第四十九条 was printed inside 第五十三条 (RULES.md): it is put back where it belongs.
_MISPLACED_ITEM = "3、主持代表团长、专门工作委员会负责人联席会议；"
_MISPLACED_FROM, _MISPLACED_TO = 53, 49
_ITEM_MARK = re.compile(r"^(?:（(\d+)）|(\d+|l)、)")  # 1、 （1） and the printed "l、" of 第二十九条
_INLINE_ITEM = re.compile(r"(?<=：)(?=（\d+）|\d+、)")  # 主席团的职责是：（1）组织…


@functools.cache
def paragraphs(number: int) -> tuple[ArticleParagraph, ...]:
    """The paragraphs (款) of article ``number`` with their items (项); () for no such article.

    A line of the text starts a new paragraph unless it is a numbered item (which belongs to
    the paragraph before it) or the line before it — not an item — ends without "。" (第十三条's
    bands follow "确定比例：" on their own line and are part of its first paragraph)."""
    article = articles().get(number)
    if article is None:
        return ()
    text = article.text
    if number == _MISPLACED_FROM:
        text = re.sub(r"\s+", "", text.replace(_MISPLACED_ITEM, ""))
    lines = [
        piece.strip() for line in text.split("\n") for piece in _INLINE_ITEM.split(line) if piece.strip()
    ]
    found: list[tuple[list[str], dict[int, str]]] = []
    after_item = False
    for line in lines:
        mark = _ITEM_MARK.match(line)
        if mark and found:
            item = int(mark.group(1) or mark.group(2).replace("l", "1"))
            found[-1][1][item] = line[mark.end() :].strip()
            after_item = True
        elif found and not after_item and not found[-1][0][-1].endswith("。"):
            found[-1][0].append(line)
        else:
            found.append(([line], {}))
            after_item = False
    if number == _MISPLACED_TO:
        mark = _ITEM_MARK.match(_MISPLACED_ITEM)
        assert mark is not None
        found[-1][1][int(mark.group(2))] = _MISPLACED_ITEM[mark.end() :]
    return tuple(
        ArticleParagraph("".join(words), dict(sorted(items.items())), tuple(words)) for words, items in found
    )


@dataclass(frozen=True, order=True)
class Clause:
    """What a formal paper cites: an article, one of its paragraphs (款) and one item (项) of
    that paragraph. ``paragraph`` None: the article's only paragraph, or the whole article (an
    item of a one-paragraph article is 第四十六条第五项)."""

    article: int
    paragraph: int | None = None
    item: int | None = None

    @property
    def whole(self) -> bool:
        return self.paragraph is None and self.item is None


def _c(article: int, paragraph: int | None = None, item: int | None = None) -> Clause:
    return Clause(article, paragraph, item)


# ---------------------------------------------------------------- citations on formal papers
# RULES.md labels these rules practice (not in the norms): a formal paper never cites an
# article for them (RA: the apportionment method is the school's recorded choice; R15.3 is
# how the software keeps a record).
PRACTICE_RULES = frozenset({"R13.3", "R13.4", "R14.0", "R14.4", "R14.5", "R15.3", "R48.2", "RA"})

# Every other rule id of RULES.md and what it rests on, reviewed against the text: the article
# alone when the rule covers it whole or the article has one paragraph (cited without 第一款);
# else the paragraph (款), or the item (项) of a one-paragraph article's list. A rule resting
# on several articles cites them in the order RULES.md names them. Paragraphs are the
# article's lines as ``paragraphs()`` reads them.
RULE_CLAUSES: dict[str, tuple[Clause, ...]] = {
    "R12.1": (_c(12),),  # one paragraph
    "R13.1": (_c(13, 1),),  # 代表名额按在岗教职工人数确定比例
    "R13.2": (_c(13, 1),),  # the bands
    "R13.5": (_c(13, 2),),  # 其中教学人员代表不少于60%，女代表、青年代表应占相应的比例
    "R13.6": (_c(13, 3),),  # 学校党政工主要负责人应当是教代会正式代表 …
    "R14.1": (_c(14, 1),),  # 提出候选人名单 … 差额
    "R14.2": (_c(14, 1),),  # 无记名投票方式直接选举产生
    "R14.3": (_c(14, 2),),  # 候选人的赞成票超过本选举单位全体教职工的半数始得当选
    "R14.6": (_c(14, 1),),  # 差额
    "R15.1": (_c(15),),  # one paragraph
    "R15.2": (_c(15), _c(19)),  # both one paragraph
    "R16.1": (_c(16),),
    "R17.1": (_c(17),),  # all four items
    "R18.1": (_c(18),),
    "R19.1": (_c(19),),
    "R20.1": (_c(20),),
    "R23.1": (_c(23),),  # 每三至五年为一届 … 临时会议: the whole (one paragraph)
    "R24.1": (_c(24, 2),),  # 离校学习、工作达半年 … 不作为“应到会人数”
    "R24.2": (_c(24, 1),),  # 不得少于应到会代表的2/3
    "R25.1": (_c(25, 1),),  # 表决有效票数为超过应到会代表的半数票
    "R25.2": (_c(25),),  # 举手或无记名投票 (paragraph 1) and its approval (paragraph 2)
    "R26.1": (_c(26),),
    "R26.2": (_c(26), _c(46, item=5)),  # 选举大会主席团
    "R27.1": (_c(27), _c(46, item=6)),  # 确定每次会议的执行主席和主持人
    "R30.1": (_c(30),),
    "R30.2": (_c(30),),
    "R32.1": (_c(32),),  # the delegations, their heads and item 2's 经主席团同意
    "R34.1": (_c(7), _c(34)),  # size and members (paragraph 1), 主任/副主任 (paragraph 2)
    "R35.1": (_c(35, 2),),  # 前一个月 … 会前两周
    "R35.2": (_c(35, 1), _c(21, item=2)),  # 在代表中征集提案; 有权 … 提出提案和议案
    "R36.1": (_c(36),),
    "R37.1": (_c(37),),  # 立案 (paragraph 1) and 未立案的提案作为意见 (paragraph 2)
    "R38.1": (_c(38),),
    "R39.1": (_c(39),),
    "R40.1": (_c(40),),
    "R41.1": (_c(41),),  # the inspection and its 总结报告
    "R42.1": (_c(42),),
    "R43.1": (_c(43),),  # the 测评表, its handling and its publication
    "R44.1": (_c(44),),
    "R45.1": (_c(45),),  # all seven items
    "R46.1": (_c(46),),  # all six items
    "R47.1": (_c(47),),  # all eight items
    "R48.1": (_c(48),),  # the nine groups
}
# a rule id (R13.2, RA.1, an article's R14) and the end of a range after it (R14.0–R14.5)
_ID_START, _ID_NUMBER = r"(?<![A-Za-z0-9.])(R(?:A|1[2-9]|[2-4]\d)", r"\.\d{1,2}"
_RANGE_END = r"(?:[–-](?:R?A?\d{0,2}\.)?\d{1,2})?(?![A-Za-z0-9])"
_RULE_TOKEN = re.compile(rf"{_ID_START}(?:{_ID_NUMBER})?){_RANGE_END}")
# in running text only a numbered id (R13.2, RA.1, R14.0–R14.5) is read as a rule id: a bare
# R14 or RA there may be the school's own words (a building R20, a unit RA实验室), kept as written
_TEXT_TOKEN = re.compile(rf"{_ID_START}{_ID_NUMBER}){_RANGE_END}")
_TEXT_RUN = re.compile(rf"{_TEXT_TOKEN.pattern}(?:\s*[、/]\s*{_TEXT_TOKEN.pattern})*")
_BRACKETED = re.compile(r"（([^（）]*)）")
_SEPARATED = re.compile(r"\s*([，、；,;])\s*")  # a bracket's pieces and what stands between them
_CN = "[一二三四五六七八九十]+"
_CITED = re.compile(rf"第({_CN})条(?:第({_CN})款)?(?:第({_CN})项)?")


def is_practice_rule(rule_id: str) -> bool:
    """True for a rule RULES.md labels practice (R13.3, R14.4, RA.1 …): it rests on no clause."""
    rule_id = rule_id.strip()
    return rule_id in PRACTICE_RULES or rule_id.split(".")[0] in PRACTICE_RULES


def rule_clauses(rule_id: str) -> tuple[Clause, ...]:
    """What a formal paper cites for ``rule_id``: R13.5 → (第十三条第二款,), R15.2 →
    (第十五条, 第十九条); none for a practice rule (R14.0, R14.4, RA.1 …) or an unknown id.
    An id of an article the table does not list (R14, a range's R14) cites its article whole."""
    rule_id = rule_id.strip()
    if is_practice_rule(rule_id):
        return ()
    if rule_id in RULE_CLAUSES:
        return RULE_CLAUSES[rule_id]
    match = _RULE.match(rule_id)
    if not match or int(match.group(1)) not in articles():
        return ()
    return (Clause(int(match.group(1))),)


def rule_articles(rule_id: str) -> tuple[int, ...]:
    """The numbers of the articles a formal paper cites for ``rule_id``: none for a practice
    rule (R14.0, R14.4, RA.1 …) or an unknown id; R15.2 → (15, 19)."""
    numbers: list[int] = []
    for clause in rule_clauses(rule_id):
        if clause.article not in numbers:
            numbers.append(clause.article)
    return tuple(numbers)


def _token_ids(rule_id: str) -> str:
    """A rule id as cited: a range (R14.0–R14.5) cites the article of its number (R14)."""
    match = _RULE_TOKEN.fullmatch(rule_id.strip())
    if match and len(match.group(0)) > len(match.group(1)):
        return match.group(1).split(".")[0]
    return rule_id.strip()


def merge_clauses(clauses: list[Clause] | tuple[Clause, ...]) -> list[tuple[int, list[Clause]]]:
    """``clauses`` grouped by article, articles and each article's clauses in the text's order
    (as Chinese citations go: 第十四条第一款、第十五条), each once: a whole article swallows its
    paragraphs and items, a paragraph its items, and all the paragraphs of an article cited
    are the article."""
    by_article: dict[int, set[Clause]] = {}
    for clause in clauses:
        by_article.setdefault(clause.article, set()).add(clause)
    merged: list[tuple[int, list[Clause]]] = []
    for number in sorted(by_article):
        cited = by_article[number]
        whole = Clause(number)
        if whole not in cited:
            paragraphs_cited = {c.paragraph for c in cited if c.item is None}
            cited = {c for c in cited if c.item is None or c.paragraph not in paragraphs_cited}
            count = len(paragraphs(number))
            if count > 1 and paragraphs_cited >= set(range(1, count + 1)):
                cited = {whole}
        else:
            cited = {whole}
        merged.append((number, sorted(cited, key=lambda c: (c.paragraph or 0, c.item or 0))))
    return merged


def _zh_article(number: int, cited: list[Clause]) -> str:
    text = f"第{chinese_numeral(number)}条"
    pieces: list[str] = []
    previous: Clause | None = None
    for clause in cited:
        piece = ""
        if clause.paragraph is not None and (previous is None or previous.paragraph != clause.paragraph):
            piece += f"第{chinese_numeral(clause.paragraph)}款"
        if clause.item is not None:
            piece += f"第{chinese_numeral(clause.item)}项"
        pieces.append(piece)
        previous = clause
    return text + "、".join(pieces)


def _en_article(number: int, cited: list[Clause]) -> str:
    if cited == [Clause(number)]:
        return f"art. {number}"
    parts: list[str] = []
    for paragraph in dict.fromkeys(c.paragraph for c in cited):
        items = [str(c.item) for c in cited if c.paragraph == paragraph and c.item is not None]
        words = f"item{'s' if len(items) > 1 else ''} {', '.join(items)}" if items else ""
        parts.append(words if paragraph is None else f"({paragraph})" + (f", {words}" if words else ""))
    text = ("; " if any("item" in p for p in parts) else ", ").join(parts)
    return f"art. {number}" + (text if text.startswith("(") else f", {text}")


def format_clauses(clauses: list[Clause] | tuple[Clause, ...], *, lang: str = "zh") -> str:
    """Cited ``clauses`` merged as a formal paper prints them: 第十三条第一款、第二款、第十四条;
    in English "art. 13(1), (2); art. 14"."""
    merged = merge_clauses(clauses)
    if lang == "en":
        return "; ".join(_en_article(number, cited) for number, cited in merged)
    return "、".join(_zh_article(number, cited) for number, cited in merged)


def citation_clauses(rule_ids: str | tuple[str, ...] | list[str]) -> list[Clause]:
    """The clauses ``rule_ids`` cite (a range R14.0–R14.5 cites its article), in order."""
    ids = [rule_ids] if isinstance(rule_ids, str) else list(rule_ids)
    return [clause for rule_id in ids for clause in rule_clauses(_token_ids(rule_id))]


def article_citation(
    rule_ids: str | tuple[str, ...] | list[str], *, with_title: bool = False, lang: str = "zh"
) -> str:
    """``R13.5`` → ``第十三条第二款``; several ids → ``第十三条第一款、第二款、第十五条`` (each
    article once, in order, its paragraphs merged); practice rules cite nothing (""). ``lang``
    "en": ``art. 13(2)``. ``with_title`` prefixes 《规范》 (English: "the Norms, ")."""
    clauses = citation_clauses(rule_ids)
    if not clauses:
        return ""
    text = format_clauses(clauses, lang=lang)
    if with_title:
        return f"the Norms, {text}" if lang == "en" else f"《规范》{text}"
    return text


def _cite_run(m: re.Match[str]) -> str:
    """A matched run of rule ids (R13.5、R13.6; a range R14.0–R14.5) as one merged citation."""
    return article_citation([t.group(0) for t in _TEXT_TOKEN.finditer(m.group(0))])


def _literal_clauses(pieces: list[str]) -> list[Clause]:
    """The clauses a bracket's written citations name (第十三条, 第十三条第二款, and a bare
    第三款 after one of them)."""
    found: list[Clause] = []
    for piece in pieces:
        full = _CITED.fullmatch(piece)
        if full:
            article, paragraph, item = full.groups()
            found.append(Clause(_NUMBERS[article], _NUMBERS.get(paragraph or ""), _NUMBERS.get(item or "")))
        elif found:
            number = _NUMBERS[piece[1:-1]]
            last = found[-1]
            found.append(
                Clause(last.article, number)
                if piece.endswith("款")
                else Clause(last.article, last.paragraph, number)
            )
    return found


def _bracket(m: re.Match[str]) -> str:
    """A bracket holding rule ids as a formal paper prints it: the ids (and any citation written
    beside them) merged into one citation where the first of them stood; the other words and
    their separators kept; "" if nothing is left (a practice rule's id)."""
    inner = m.group(1)
    if not _TEXT_TOKEN.search(inner):
        return m.group(0)
    tokens = _SEPARATED.split(inner.strip())
    segments = [[tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""] for i in range(0, len(tokens), 2)]
    ids: list[str] = []
    written: list[str] = []
    kept: list[list[str]] = []
    slot: tuple[int, str] | None = None  # where the citation goes and the separator after it
    for piece, sep in segments:
        is_id = bool(_TEXT_TOKEN.fullmatch(piece))
        if is_id or _CITED.fullmatch(piece) or (written and re.fullmatch(rf"第{_CN}[款项]", piece)):
            (ids if is_id else written).append(piece)
            if slot is None:
                slot = (len(kept), sep)
        elif piece:
            kept.append([piece, sep])
    cited = citation_clauses(ids)
    by_ids = {c.article for c in cited}
    # a citation written beside the ids that names only the article they cite says less
    extra = [c for c in _literal_clauses(written) if not (c.whole and c.article in by_ids)]
    # words that start with such an article (第十三条：应占相应的比例) take the ids' clauses
    for segment in kept:
        lead = re.match(rf"第({_CN})条(?!第)", segment[0])
        if lead and _NUMBERS.get(lead.group(1)) in by_ids:
            number = _NUMBERS[lead.group(1)]
            segment[0] = format_clauses([c for c in cited if c.article == number]) + segment[0][lead.end() :]
            cited = [c for c in cited if c.article != number]
    citation = format_clauses(cited + extra) if cited or extra else ""
    if citation and slot is not None:
        kept.insert(slot[0], [citation, slot[1] if slot[0] < len(kept) else ""])
    kept = [[_TEXT_RUN.sub(_cite_run, piece).strip(), sep] for piece, sep in kept]
    kept = [segment for segment in kept if segment[0]]
    if not kept:
        return ""
    kept[-1][1] = ""
    return "（" + "".join(piece + sep for piece, sep in kept) + "）"


def formal_text(text: str) -> str:
    """``text`` as a formal paper prints it: every rule id (R12.1, R14.0–R14.5, RA.1) becomes
    the clause it rests on (第十二条, 第十三条第二款) or — a practice rule — disappears; ids
    side by side merge (R13.5、R13.6 → 第十三条第二款、第三款); a bracket left empty is dropped
    and one that repeats the article the ids cite is tidied (“（R13.5，第十三条）” →
    “（第十三条第二款）”)."""
    if "R" not in text:
        return text
    text = _BRACKETED.sub(_bracket, text)
    return _TEXT_RUN.sub(_cite_run, text)


# ---------------------------------------------------------------- an article as a reader sees it
@dataclass(frozen=True)
class ArticlePart:
    """One piece of an article on screen: a paragraph's (款) own words, or one of its items
    (项) with its mark as printed (``1、`` or ``（1）``); ``cited``: the piece is the clause a
    rule rests on (or inside it)."""

    article: int
    paragraph: int  # from 1
    item: int | None  # None: the paragraph's own words
    text: str
    cited: bool


@dataclass(frozen=True)
class ArticleView:
    """An article with the clauses a rule cites in it flagged."""

    number: int
    heading: str  # 第十三条
    citation: str  # 第十三条第一款; the heading when the rule cites the article whole or nothing
    parts: tuple[ArticlePart, ...]

    @property
    def cited(self) -> tuple[ArticlePart, ...]:
        return tuple(p for p in self.parts if p.cited)


def _item_mark(number: int, item: int) -> str:
    return f"（{item}）" if f"（{item}）" in articles()[number].text else f"{item}、"


def _part_cited(clauses: tuple[Clause, ...], paragraph: int, item: int | None) -> bool:
    """A paragraph cited flags its words and all its items; an item cited flags that item only;
    an article cited whole flags nothing (there is no narrower clause to point at)."""
    for clause in clauses:
        if clause.whole or (clause.paragraph or 1) != paragraph:
            continue
        if clause.item is None or clause.item == item:
            return True
    return False


def article_parts(number: int, clauses: list[Clause] | tuple[Clause, ...] = ()) -> tuple[ArticlePart, ...]:
    """Article ``number`` paragraph by paragraph (款) and item by item (项), the pieces
    ``clauses`` cite flagged (clauses of other articles are ignored); () for no such article."""
    mine = tuple(c for c in clauses if c.article == number)
    parts: list[ArticlePart] = []
    for p, paragraph in enumerate(paragraphs(number), start=1):
        parts.append(ArticlePart(number, p, None, "\n".join(paragraph.lines), _part_cited(mine, p, None)))
        for item, text in paragraph.items.items():
            parts.append(
                ArticlePart(number, p, item, _item_mark(number, item) + text, _part_cited(mine, p, item))
            )
    return tuple(parts)


def rule_article_views(rule_id: str) -> tuple[ArticleView, ...]:
    """The articles ``rule_id`` rests on, in the text's order, each with the clauses the rule
    cites in it flagged: R13.2 → 第十三条 with its first paragraph flagged; R26.2 → 第二十六条
    (whole, nothing flagged) and 第四十六条 with item 5 flagged. A practice rule (R13.3, RA.1)
    cites no clause: the article of its number, nothing flagged. () for an unknown id."""
    clauses = citation_clauses(rule_id)
    if not clauses:
        article = article_for_rule(rule_id.strip())
        if article is None:
            return ()
        return (ArticleView(article.number, article.heading, article.heading, article_parts(article.number)),)
    return tuple(
        ArticleView(number, articles()[number].heading, format_clauses(cited), article_parts(number, cited))
        for number, cited in merge_clauses(clauses)
    )
