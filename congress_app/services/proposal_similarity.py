"""Similar proposals: earlier forms (this session and past ones) whose title or text say much
the same thing, so the committee can merge (并案) rather than answer twice.

Chinese has no spaces, so texts are compared as sets of character bigrams, each weighted by
how rare it is across all proposals (inverse document frequency): shared rare pairs such as
停车 or 食堂 count, the boilerplate of every form (关于, 建议, 教职工) hardly does. The score is
the weighted Jaccard overlap, 0–100.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BOILERPLATE = ("关于", "进一步", "的建议", "建议", "的提案", "提案", "的意见", "意见", "我校", "学校",
               "加强", "提高", "完善")
_NOT_TEXT = re.compile(r"[^\w]", re.UNICODE)
THRESHOLD = 15.0  # scores below this are not shown
TITLE_WEIGHT = 2  # the title counts twice as much as the reasons


def _clean(text: str) -> str:
    for phrase in BOILERPLATE:
        text = text.replace(phrase, " ")
    return text


def bigrams(text: str) -> frozenset[str]:
    """Character bigrams within runs of letters/digits/hanzi (punctuation and boilerplate
    phrases break runs), and the single characters (marked "1…", weighted half)."""
    pairs: set[str] = set()
    for run in _NOT_TEXT.split(_clean(text)):
        pairs.update(f"1{ch}" for ch in run)
        pairs.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(p for p in pairs if p.strip())


@dataclass(frozen=True)
class Document:
    key: int
    grams: frozenset[str]


def document(key: int, title: str, text: str = "") -> Document:
    grams = set(bigrams(title))
    grams.update(f"~{g}" for g in bigrams(text[:400]))  # body pairs kept apart from title pairs
    return Document(key, frozenset(grams))


class SimilarityIndex:
    """All proposals' bigram sets with their IDF weights, built once per search batch."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.documents = list(documents)
        counts: Counter[str] = Counter()
        for doc in self.documents:
            counts.update(doc.grams)
        n = max(len(self.documents), 1)
        self._idf = {g: math.log((n + 1) / (c + 0.5)) for g, c in counts.items()}
        self._default = math.log(n + 1) + 1

    def _weight(self, gram: str) -> float:
        base = self._idf.get(gram, self._default)
        if gram.lstrip("~").startswith("1"):
            base /= 2
        return base if gram.startswith("~") else base * TITLE_WEIGHT

    def score(self, a: frozenset[str], b: frozenset[str]) -> float:
        union = a | b
        if not union:
            return 0.0
        shared = sum(self._weight(g) for g in a & b)
        return 100.0 * shared / sum(self._weight(g) for g in union)

    def similar(self, probe: Document, *, limit: int = 5, threshold: float = THRESHOLD,
                exclude: Sequence[int] = ()) -> list[tuple[int, float]]:
        """The keys of the most similar documents, best first, with their scores."""
        skip = set(exclude)
        scored = []
        for doc in self.documents:
            if doc.key in skip or not (doc.grams & probe.grams):
                continue
            value = self.score(probe.grams, doc.grams)
            if value >= threshold:
                scored.append((doc.key, round(value, 1)))
        scored.sort(key=lambda kv: (-kv[1], kv[0]))
        return scored[:limit]
