"""Where the filing stamp (归档章) goes on page 1 without covering text (DA/T 22-2015: the
blank space at the top right of the first page; failing that, another blank place on it).

The text of page 1 is located from its content stream: a small interpreter of the graphics
state (q/Q/cm) and text operators (BT, Tm, Td, TD, T*, TL, Tf, Tj, TJ, ', ") giving each
shown string a box from its font's widths. Candidates, first free one wins: the top right
corner, then the same column slid down in steps over the upper third, then the top centre,
the top left, the bottom right corner; if none is free, the top right corner."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pypdf import PageObject
from pypdf.generic import DictionaryObject

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page space (origin bottom left)
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MM = 72 / 25.4


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (m applied first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _widths(font: DictionaryObject | None) -> tuple[int, list[float], float, bool]:
    if font is None:
        return 0, [], 500.0, False
    if font.get("/Subtype") == "/Type0":  # two-byte codes: an estimate from /DW
        descendants = font["/DescendantFonts"]
        descendant = descendants[0].get_object() if isinstance(descendants, list) else {}
        return 0, [], float(descendant.get("/DW", 1000)), True
    first = int(font.get("/FirstChar", 0))
    widths = [float(w) for w in font.get("/Widths", [])]
    return first, widths, 500.0, False


_STRING = rb"\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>"
_TOKENS = re.compile(_STRING + rb"|\[|\]|/[^\s/\[\]()<>{}%]*|[^\s/\[\]()<>{}%]+")
_OPERAND_START = frozenset(b"0123456789+-./(<[]")
_TEXT_OPS = frozenset(
    {b"q", b"Q", b"cm", b"BT", b"Tm", b"Td", b"TD", b"T*", b"TL", b"Tf", b"Tj", b"TJ", b"'", b'"', b"BI"}
)
_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
_OCTAL = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)


def _string(raw: bytes) -> bytes:
    if raw.startswith(b"<"):
        digits = re.sub(rb"\s", b"", raw[1:-1])
        return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))

    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return bytes([_ESCAPES.get(code[0], code[0])])

    return _OCTAL.sub(one, raw[1:-1])


def _value(token: bytes) -> float | bytes | str:
    first = token[0]
    if first in b"(<":
        return token  # decoded (by _string) only where its width matters
    if first == 0x2F:  # /
        return token.decode("latin-1")
    try:
        return float(token)
    except ValueError:
        return 0.0


Operand = float | bytes | str | list[float | bytes | str]


def operations(data: bytes) -> Iterator[tuple[list[Operand], str]]:
    """(operands, operator) of the text-placing operators of a content stream (q Q cm BT Tm
    Td TD T* TL Tf Tj TJ ' "); the tokens are split by one regular expression and operands
    are read only for these operators. Stops at an inline image (BI), whose data it cannot
    step over. (Dictionaries of marked content are not expected in these operators.)"""
    tokens = _TOKENS.findall(data)
    last = -1
    for i, token in enumerate(tokens):
        if token[0] in _OPERAND_START:
            continue
        if token not in _TEXT_OPS:
            last = i
            continue
        if token == b"BI":
            return
        raw = tokens[last + 1 : i]
        last = i
        operands: list[Operand] = []
        array: list[float | bytes | str] | None = None
        for item in raw:
            if item == b"[":
                array = []
            elif item == b"]":
                operands.append(array or [])
                array = None
            elif array is not None:
                array.append(_value(item))
            else:
                operands.append(_value(item))
        yield operands, token.decode("latin-1")


def _num(value: object) -> float:
    return value if isinstance(value, float) else 0.0


def _matrix(operands: list[Operand]) -> Matrix:
    a, b, c, d, e, f = (_num(v) for v in operands)
    return (a, b, c, d, e, f)


def text_boxes(
    page: PageObject, low: float | None = None, high: float = 0.0, data: bytes | None = None
) -> Iterator[Box]:
    """A box for every string page 1 shows (approximate: no rotation, no Tc/Tw/Tz); with
    ``low``, only for strings whose baseline is above ``low`` or below ``high`` (page space)."""
    if data is None:
        contents = page.get_contents()
        if contents is None:
            return
        data = contents.get_data()
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else DictionaryObject()
    known: dict[str, tuple[int, list[float], float, bool]] = {}
    ctm, stack = IDENTITY, []
    tm = tlm = IDENTITY
    size, leading = 10.0, 0.0
    metrics: tuple[int, list[float], float, bool] = (0, [], 500.0, False)
    for operands, op in operations(data):
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else IDENTITY
        elif op == "cm" and len(operands) == 6:
            ctm = _mul(_matrix(operands), ctm)
        elif op == "BT":
            tm = tlm = IDENTITY
        elif op == "Tm" and len(operands) == 6:
            tm = tlm = _matrix(operands)
        elif op in ("Td", "TD") and len(operands) == 2:
            tx, ty = _num(operands[0]), _num(operands[1])
            if op == "TD":
                leading = -ty
            tm = tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
        elif op == "TL" and operands:
            leading = _num(operands[0])
        elif op == "Tf" and len(operands) == 2:
            size = float(operands[1]) if isinstance(operands[1], float) else size
            key = str(operands[0])
            if key not in known:
                font = fonts.get(key)
                known[key] = _widths(font.get_object() if font is not None else None)
            metrics = known[key]
        elif op in ("T*", "'", '"'):
            tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
        if op in ("Tj", "'", '"', "TJ") and operands:
            first, widths, default, two_byte = metrics
            parts = operands[-1] if op == "TJ" else [operands[-1]]
            a, b, c, d, e, f = _mul(tm, ctm)
            if not (low is None or f > low or f < high):
                # a line in the middle of the page, where no stamp goes: its width is not needed;
                # the text position after it is not needed either (the next line sets its own)
                continue
            advance = 0.0
            for token in parts if isinstance(parts, list) else []:
                part = _string(token) if isinstance(token, bytes) else token
                if isinstance(part, float):
                    advance -= part / 1000 * size
                    continue
                if not isinstance(part, bytes):
                    continue
                data = part
                if two_byte:
                    advance += len(data) // 2 * default / 1000 * size
                    continue
                for code in data:
                    index = code - first
                    width = widths[index] if 0 <= index < len(widths) else default
                    advance += width / 1000 * size
            corners = [
                (a * x + c * y + e, b * x + d * y + f)
                for x in (0.0, advance)
                for y in (-0.25 * size, 0.9 * size)
            ]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            yield (min(xs), min(ys), max(xs), max(ys))
            tm = _mul((1, 0, 0, 1, advance, 0), tm)


def _free(box: Box, taken: list[Box], gap: float) -> bool:
    x0, y0, x1, y1 = box
    return not any(a < x1 + gap and c > x0 - gap and b < y1 + gap and d > y0 - gap for a, b, c, d in taken)


def stamp_place(
    page: PageObject, stamp_w: float, stamp_h: float, top: float, right: float, data: bytes | None = None
) -> tuple[float, float]:
    """The lower left corner (page space, relative to the media box) for a stamp of
    ``stamp_w`` × ``stamp_h`` on ``page``, ``top``/``right`` from the edges by default."""
    box = page.mediabox
    left0, bottom0 = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    try:
        boxes = text_boxes(page, bottom0 + height * 2 / 3 - 20, bottom0 + top + stamp_h + 20, data)
        taken = [(a - left0, b - bottom0, c - left0, d - bottom0) for a, b, c, d in boxes]
    except Exception:  # noqa: BLE001 - a content stream we cannot follow: the default corner
        taken = []
    corner = (width - right - stamp_w, height - top - stamp_h)
    gap = 1 * MM
    candidates = [corner]
    step = 2 * MM
    y = corner[1] - step
    while y > height * 2 / 3:
        candidates.append((corner[0], y))
        y -= step
    candidates += [((width - stamp_w) / 2, corner[1]), (right, corner[1]), (corner[0], top)]
    for x, y in candidates:
        if _free((x, y, x + stamp_w, y + stamp_h), taken, gap):
            return x, y
    return corner
