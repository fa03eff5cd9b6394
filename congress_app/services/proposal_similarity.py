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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BOILERPLATE = (
    "关于",
    "进一步",
    "的建议",
    "建议",
    "的提案",
    "提案",
    "的意见",
    "意见",
    "我校",
    "学校",
    "加强",
    "提高",
    "完善",
)
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
        pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(p for p in pairs if p.strip())


@dataclass(frozen=True)
class Document:
    key: int
    grams: frozenset[str]


def document(key: int, title: str, text: str = "") -> Document:
    grams = set(bigrams(title))
    grams.update(f"~{g}" for g in bigrams(text[:400]))  # body pairs kept apart from title pairs
    return Document(key, frozenset(grams))


def _multiplier(gram: str) -> float:
    """Title pairs count TITLE_WEIGHT times body pairs ("~…"); single characters ("1…") half."""
    factor = 1.0 if gram.startswith("~") else float(TITLE_WEIGHT)
    return factor / 2 if gram.lstrip("~").startswith("1") else factor


class SimilarityIndex:
    """All proposals' bigram sets with their IDF weights, and for each pair the documents that
    hold it (an inverted index), so a search only touches documents sharing a pair with the
    probe. Built once; a new filing is added with :meth:`add` (the pairs' counts and weights
    change, nothing is rebuilt)."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.documents: list[Document] = []
        self._postings: dict[str, list[int]] = {}  # pair -> positions in self.documents
        self._weights: dict[str, float] = {}
        self._log_n = 0.0
        self._doc_weight: dict[int, float] = {}  # position -> sum of its pairs' weights (lazy)
        self.add(*documents)

    def add(self, *documents: Document) -> None:
        """Count new documents in. idf(g) = log((n + 1) / (count(g) + 0.5)): the document count
        changes every weight, which is one pass over the distinct pairs (not the documents)."""
        for doc in documents:
            position = len(self.documents)
            self.documents.append(doc)
            for gram in doc.grams:
                self._postings.setdefault(gram, []).append(position)
        self._log_n = math.log(max(len(self.documents), 1) + 1)
        log_n = self._log_n
        self._weights = {
            g: _multiplier(g) * (log_n - math.log(len(p) + 0.5)) for g, p in self._postings.items()
        }
        self._doc_weight.clear()

    def _weight(self, gram: str) -> float:
        found = self._weights.get(gram)
        return found if found is not None else _multiplier(gram) * (self._log_n + 1)

    def score(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted Jaccard overlap of two pair sets, 0–100."""
        union = a | b
        if not union:
            return 0.0
        shared = sum(self._weight(g) for g in a & b)
        return 100.0 * shared / sum(self._weight(g) for g in union)

    def similar(
        self, probe: Document, *, limit: int = 5, threshold: float = THRESHOLD, exclude: Sequence[int] = ()
    ) -> list[tuple[int, float]]:
        """The keys of the most similar documents, best first, with their scores (the same
        weighted Jaccard as :meth:`score`: shared / (mine + theirs - shared))."""
        skip = set(exclude)
        probe_weights = {g: self._weight(g) for g in probe.grams}
        probe_total = sum(probe_weights.values())
        shared: dict[int, float] = {}
        for gram, weight in probe_weights.items():
            for position in self._postings.get(gram, ()):
                shared[position] = shared.get(position, 0.0) + weight
        weights, doc_weight = self._weights, self._doc_weight
        scored = []
        for position, common in shared.items():
            doc = self.documents[position]
            if doc.key in skip:
                continue
            total = doc_weight.get(position)
            if total is None:
                total = doc_weight[position] = sum(map(weights.__getitem__, doc.grams))
            value = 100.0 * common / (probe_total + total - common)
            if value >= threshold:
                scored.append((doc.key, round(value, 1)))
        scored.sort(key=lambda kv: (-kv[1], kv[0]))
        return scored[:limit]
