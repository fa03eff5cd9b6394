"""Stroke counts of Chinese characters and the "按姓氏笔画排序" order of names.

Official Chinese lists (ballots, candidate lists) put names in order of the stroke count of the
surname, fewest first. This module implements that convention:

* each character of a name is compared in turn, surname first, so compound surnames
  (欧阳, 司马, 诸葛 …) need no special case;
* a character is ranked by its total stroke count (Unicode Unihan ``kTotalStrokes``, the
  zh-Hans / PRC value), then — for characters with the same count — by code point, so that
  everyone with one surname stays together before the given names are looked at (the
  convention resolves the surname completely before moving on to the given name);
* Han characters with no known count come after all counted ones, and any other character
  (Latin letters, digits, punctuation) after all Han characters, case-insensitively;
* whitespace (including the full-width space used to pad two-character names) and the
  middle dots of transcribed names (买买提·艾力) are ignored; the name itself is the last
  tie-break, so the order never depends on the order of the input.

The table is ``resources/data/strokes.txt`` (made by ``scripts/make_stroke_table.py``), read
lazily once. Pure stdlib.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

from congress_app.paths import resources_dir

__all__ = [
    "CharKey",
    "NameKey",
    "stroke_count",
    "surname_stroke_key",
    "sort_by_surname_strokes",
    "unihan_version",
]

TABLE_NAME = "strokes.txt"

# ranks of a character in the sort key
_COUNTED = 0  # a Han character with a known stroke count
_UNCOUNTED_HAN = 1  # a Han character missing from the table
_OTHER = 2  # anything else: Latin, digits, punctuation, kana, …

# name separators that carry no order: middle dots of transcribed names
_IGNORED = frozenset("\u00b7\u2027\u2022\u2219\u22c5\u30fb\uff65")

CharKey = tuple[int, int | str, int]
NameKey = tuple[tuple[CharKey, ...], str]


@functools.cache
def _table() -> tuple[dict[str, int], str]:
    path = resources_dir() / "data" / TABLE_NAME
    counts: dict[str, int] = {}
    version = ""
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("#"):
                if line.startswith("# unihan-version:"):
                    version = line.split(":", 1)[1].strip()
                continue
            line = line.rstrip("\n")
            if not line:
                continue
            number, _, chars = line.partition("\t")
            strokes = int(number)
            for char in chars:
                counts[char] = strokes
    return counts, version


def unihan_version() -> str:
    """The Unicode version of the Unihan data behind the table (e.g. ``"15.0.0"``)."""
    return _table()[1]


def stroke_count(char: str) -> int | None:
    """Total strokes of one CJK character, or None if unknown (or not one character).

    Compatibility forms (CJK compatibility ideographs, Kangxi radicals as pasted from PDFs)
    count as the ideograph they normalise to.
    """
    if len(char) != 1:
        return None
    counts = _table()[0]
    found = counts.get(char)
    if found is None:
        normal = unicodedata.normalize("NFKC", char)
        if len(normal) == 1 and normal != char:
            found = counts.get(normal)
    return found


def _is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"))


def _char_key(char: str) -> CharKey:
    strokes = stroke_count(char)
    if strokes is not None:
        return (_COUNTED, strokes, ord(char))
    if _is_han(char):
        return (_UNCOUNTED_HAN, 0, ord(char))
    return (_OTHER, char.casefold(), ord(char))


def surname_stroke_key(name: str) -> NameKey:
    """Sort key for "按姓氏笔画排序": character by character, by stroke count then code point.

    Names that agree on every character's key compare as shorter first, then by the raw
    string, so ``sorted(names, key=surname_stroke_key)`` is fully deterministic.
    """
    normal = unicodedata.normalize("NFKC", name)
    keys = tuple(_char_key(char) for char in normal if not char.isspace() and char not in _IGNORED)
    return (keys, name)


def sort_by_surname_strokes(names: Iterable[str]) -> list[str]:
    """The names in "按姓氏笔画排序" order (see :func:`surname_stroke_key`)."""
    return sorted(names, key=surname_stroke_key)
