"""Chinese line breaking (禁则, kinsoku): where a line of CJK text may end.

ReportLab's CJK wrapping (``wordWrap="CJK"``) keeps only a short Japanese list of characters
off a line's start — ，；：！？》 are not in it — and never looks at a line's end, so 。and ；
could start a line and （《 end one. :func:`break_lines` is the rule as a pure function;
:class:`KinsokuParagraph` (in ``layout``) lays every paragraph out with it.

The rule (GB/T 15834 punctuation placement, as Chinese typesetting applies it):

* no line starts with a closing or pausing mark (``CANNOT_START``);
* no line ends with an opening mark (``CANNOT_END``);
* a run of ASCII letters and digits (2024, 60%, No.12, 2025-12-18, 00:10) is not cut;
* one closing mark may hang past the right edge rather than start the next line (悬挂);
  otherwise the line is ended earlier.

Where the rule cannot be kept (a line of nothing but marks, a word longer than the line)
the text is broken where it overflows, so that every line holds at least one character.
"""

from __future__ import annotations

from collections.abc import Sequence

CANNOT_START = frozenset(
    "。，；：、）》」』】〕〉］｝！？…‥·・．，,.;:!?)]}%‰℃’”ー々〻ぁぃぅぇぉっゃゅょァィゥェォッャュョ"
)
CANNOT_END = frozenset("（《「『【〔〈［｛([{‘“")
FUZZ = 1e-6


def _joined(a: str, b: str) -> bool:
    """``a`` and ``b`` belong to one ASCII word or number that should not be cut."""
    return a.isascii() and b.isascii() and (a.isalnum() or a in ".%:-/") and b.isalnum()


def may_break(chars: Sequence[str], at: int) -> bool:
    """May a line end before ``chars[at]`` (0 < at < len)? Empty items (hard-break markers
    and zero-width pieces) never restrict a break."""
    before, after = chars[at - 1], chars[at]
    if after and after[0] in CANNOT_START:
        return False
    if before and before[-1] in CANNOT_END:
        return False
    return not (before and after and _joined(before[-1], after[0]))


def break_lines(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float] | float,
    forced: frozenset[int] | set[int] = frozenset(),
    *,
    hang: bool = True,
) -> list[int]:
    """The end index (exclusive) of every line when ``chars`` (with ``widths``) are set in lines
    of ``max_widths`` (one per line, the last repeating). ``forced``: indices after which a line
    must end (a ``<br/>``). The last end is ``len(chars)``; nothing is dropped or reordered."""
    if isinstance(max_widths, (int, float)):
        max_widths = [float(max_widths)]
    n = len(chars)
    ends: list[int] = []
    start = 0
    while start < n:
        limit = max_widths[min(len(ends), len(max_widths) - 1)]
        used = 0.0
        i = start
        end = None
        while i < n:
            used += widths[i]
            if i in forced:
                end = i + 1
                break
            if used > limit + FUZZ and i > start:
                end = _choose(chars, start, i, hang=hang)
                break
            i += 1
        if end is None:
            end = n
        ends.append(end)
        start = end
    return ends


def _choose(chars: Sequence[str], start: int, over: int, *, hang: bool) -> int:
    """Where to end the line ``chars[start:…]`` whose character ``over`` does not fit."""
    n = len(chars)
    # hang one closing mark in the margin when the line may end after it
    if (
        hang
        and chars[over]
        and chars[over][0] in CANNOT_START
        and (over + 1 >= n or may_break(chars, over + 1))
        and not (chars[over - 1] and chars[over - 1][-1] in CANNOT_END)
    ):
        return over + 1
    b = over
    while b > start + 1 and not may_break(chars, b):
        b -= 1
    if may_break(chars, b):
        return b
    return over  # nothing better: break where it overflows (progress is guaranteed)
