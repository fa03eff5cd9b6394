"""Where the filing stamp (归档章) goes on page 1 without covering text (DA/T 22-2015: the
blank space at the top right of the first page; failing that, another blank place on it).

The text of page 1 is located from its content stream: a small interpreter of the graphics
state (q/Q/cm) and text operators (BT, Tm, Td, TD, T*, TL, Tf, Tj, TJ, ', ") giving each
shown string a box from its font's widths. Candidates, first free one wins: the top right
corner, then the same column slid down in steps over the upper third, then the top centre,
the top left, the bottom right corner; if none is free, the top right corner."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from pypdf import PageObject
from pypdf.generic import DictionaryObject, IndirectObject

from congress_app.reports.stamp_zone import MM

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page space (origin bottom left)
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (m applied first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


_OBJ_DICT = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\s*<<(.*?)>>\s*endobj", re.DOTALL)
_SUBTYPE = re.compile(rb"/Subtype\s*/([A-Za-z0-9]+)")
_FIRST_CHAR = re.compile(rb"/FirstChar\s+(\d+)")
_WIDTHS = re.compile(rb"/Widths\s*\[([^\]]*)\]")


def raw_dict(ref: object) -> bytes | None:
    """The body of the dictionary an indirect reference points to, read straight from the
    file's bytes (no nested dictionaries, not a stream), or None where that does not hold or
    the object is not where the reader's cross-reference table says: pypdf's parser is slow
    for a font's /Widths, which is all the stamp needs of it."""
    if not isinstance(ref, IndirectObject):
        return None
    reader = ref.pdf
    stream = getattr(reader, "stream", None)
    xref = getattr(reader, "xref", None)
    if not isinstance(stream, io.BytesIO) or not isinstance(xref, dict):
        return None
    offset = xref.get(ref.generation, {}).get(ref.idnum)
    if not isinstance(offset, int):
        return None
    with stream.getbuffer() as view:
        chunk = bytes(view[offset : offset + 65536])
    found = _OBJ_DICT.match(chunk)
    if found is None or int(found.group(1)) != ref.idnum or int(found.group(2)) != ref.generation:
        return None
    body = found.group(3)
    return None if b"<<" in body else body


def _fast_widths(ref: object) -> tuple[int, list[float], float, bool] | None:
    """A simple (not Type0) font's widths from its raw dictionary (:func:`raw_dict`)."""
    body = raw_dict(ref)
    if body is None:
        return None
    subtype = _SUBTYPE.search(body)
    if subtype is None or subtype.group(1) == b"Type0":
        return None
    widths = _WIDTHS.search(body)
    if widths is None:
        if b"/Widths" in body:  # an indirect array: pypdf reads it
            return None
        values: list[float] = []
    else:
        try:
            values = [float(w) for w in widths.group(1).split()]
        except ValueError:
            return None
    first = _FIRST_CHAR.search(body)
    return int(first.group(1)) if first else 0, values, 500.0, False


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


_DELIM = rb"\s/\[\]()<>{}%"
# one operator with the operands before it: the operands (strings, arrays' brackets, names,
# numbers, whitespace) as one run, then a token that cannot start an operand
_RUN = re.compile(
    rb"((?:(?>" + _STRING + rb")|[\[\]<>\s]|/[^" + _DELIM + rb"]*|[-+.0-9][^" + _DELIM + rb"]*)*+)"
    rb"([^" + _DELIM + rb"0-9+\-.][^" + _DELIM + rb"]*)"
)


def _operands(run: bytes) -> list[Operand]:
    operands: list[Operand] = []
    array: list[float | bytes | str] | None = None
    for item in _TOKENS.findall(run) if run else ():
        if item == b"[":
            array = []
        elif item == b"]":
            operands.append(array or [])
            array = None
        elif array is not None:
            array.append(_value(item))
        else:
            operands.append(_value(item))
    return operands


def operations(data: bytes) -> Iterator[tuple[list[Operand], str]]:
    """(operands, operator) of the text-placing operators of a content stream (q Q cm BT Tm
    Td TD T* TL Tf Tj TJ ' "); one regular expression splits the stream into operators with
    their operands, which are read only for these operators. Stops at an inline image (BI),
    whose data it cannot step over. (Dictionaries of marked content are not expected in
    these operators.)"""
    for run, token in _RUN.findall(data):
        if token not in _TEXT_OPS:
            continue
        if token == b"BI":
            return
        yield _operands(run), token.decode("latin-1")


def _num(value: object) -> float:
    return value if isinstance(value, float) else 0.0


_NOT_PLAIN = re.compile(rb"[(<\[/]")


def _numbers(run: bytes, count: int) -> list[float] | None:
    """The ``count`` operands of a numeric operator (anything not a number counts 0), or None
    when there are not ``count``."""
    if _NOT_PLAIN.search(run) is None:
        parts = run.split()
        if len(parts) == count:
            try:
                return [float(p) for p in parts]
            except ValueError:
                pass
    operands = _operands(run)
    return [_num(v) for v in operands] if len(operands) == count else None


def _matrix(operands: list[float]) -> Matrix:
    a, b, c, d, e, f = operands
    return (a, b, c, d, e, f)


def text_boxes(
    page: PageObject, low: float | None = None, high: float = 0.0, data: bytes | None = None
) -> Iterator[Box]:
    """A box for every string page 1 shows (approximate: no rotation, no Tc/Tw/Tz); with
    ``low``, only for strings whose baseline is above ``low`` or below ``high`` (page space).
    The operands of a string-showing operator are read only where its box is wanted."""
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
    ctm: Matrix = IDENTITY
    stack: list[Matrix] = []
    tm = tlm = IDENTITY
    size, leading = 10.0, 0.0
    metrics: tuple[int, list[float], float, bool] = (0, [], 500.0, False)
    text_ops = _TEXT_OPS
    # the operands of each Tf seen (a page sets the same few fonts again and again)
    fonts_set: dict[bytes, tuple[float | None, tuple[int, list[float], float, bool]]] = {}
    for run, op in _RUN.findall(data):
        if op not in text_ops:
            continue
        if op == b"Tj" or op == b"TJ" or op == b"'" or op == b'"':
            if op != b"Tj" and op != b"TJ":
                tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
            # the baseline's height on the page: (tm × ctm).f
            f = tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5]
            if not (low is None or f > low or f < high):
                # a line in the middle of the page, where no stamp goes: its width is not needed;
                # the text position after it is not needed either (the next line sets its own)
                continue
            operands = _operands(run)
            if not operands:
                continue
            first, widths, default, two_byte = metrics
            parts = operands[-1] if op == b"TJ" else [operands[-1]]
            a, b, c, d, e, f = _mul(tm, ctm)
            advance = 0.0
            for token in parts if isinstance(parts, list) else []:
                part = _string(token) if isinstance(token, bytes) else token
                if isinstance(part, float):
                    advance -= part / 1000 * size
                    continue
                if not isinstance(part, bytes):
                    continue
                if two_byte:
                    advance += len(part) // 2 * default / 1000 * size
                    continue
                for code in part:
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
        elif op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else IDENTITY
        elif op == b"BT":
            tm = tlm = IDENTITY
        elif op == b"T*":
            tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
        elif op == b"cm" or op == b"Tm":
            values = _numbers(run, 6)
            if values is not None:
                if op == b"cm":
                    ctm = _mul(_matrix(values), ctm)
                else:
                    tm = tlm = _matrix(values)
        elif op == b"Td" or op == b"TD":
            values = _numbers(run, 2)
            if values is not None:
                tx, ty = values
                if op == b"TD":
                    leading = -ty
                tm = tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
        elif op == b"TL":
            values = _numbers(run, 1)
            if values is not None:
                leading = values[0]
            else:
                operands = _operands(run)
                if operands:
                    leading = _num(operands[0])
        elif op == b"Tf":
            found = fonts_set.get(run)
            if found is None:
                operands = _operands(run)
                if len(operands) != 2:
                    continue
                key = str(operands[0])
                if key not in known:
                    font = fonts.raw_get(key) if key in fonts else None
                    fast = _fast_widths(font)
                    known[key] = (
                        fast if fast is not None else _widths(font.get_object() if font is not None else None)
                    )
                found = fonts_set[run] = (
                    float(operands[1]) if isinstance(operands[1], float) else None,
                    known[key],
                )
            size = found[0] if found[0] is not None else size
            metrics = found[1]
        elif op == b"BI":
            return


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
