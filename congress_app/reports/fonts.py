"""The embedded CJK fonts every report uses.

ReportLab's built-in CID font ``STSong-Light`` is not embedded (the text is blank on a
machine without it) and ReportLab cannot embed CFF-outline faces, so we ship two open-licensed
faces with TrueType outlines in ``resources/fonts/`` and register them once; ReportLab embeds
a subset of the glyphs used:

* **Song** (宋体/明体) — AR PL UMing CN (Arphic Public License): titles and body text, as
  GB/T 9704 sets 公文 in a Song face;
* **Hei** (黑体) — WenQuanYi Micro Hei (Apache-2.0): first-level headings (一、…) and table
  headers, where 公文 use 黑体.
"""

from __future__ import annotations

import struct
import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from congress_app.paths import resources_dir  # source checkout, wheel and sys._MEIPASS
from congress_app.reports import deflate

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"
HEI = FONT_NAME
SONG = "ARPLUMingCN"
SONG_FILE = "uming.ttc"  # subfont 0: AR PL UMing CN

_lock = threading.Lock()


def font_path(file: str = FONT_FILE) -> Path:
    path = resources_dir() / "fonts" / file
    if not path.is_file():
        raise FileNotFoundError(f"CJK font missing: {path}")
    return path


class _TableView:
    """A font table read in place: slicing returns bytes of just that slice."""

    def __init__(self, data: bytes, pos: int, length: int) -> None:
        self._view = memoryview(data)[pos : pos + length]

    def __getitem__(self, key: slice) -> bytes:
        return bytes(self._view[key])

    def __len__(self) -> int:
        return len(self._view)


def _glyf_in_place(font: TTFont) -> None:
    """ReportLab copies the whole ``glyf`` table (15 MB in AR PL UMing) each time it makes a
    subset, several times per PDF, to read a few hundred glyphs out of it, and the whole
    ``post`` table (0.3–0.5 MB) for twelve bytes of it; give its subsetter a view instead.
    Only ``makeSubset`` reads them after registration, and only by slicing; the bytes written
    are the same."""
    face = font.face
    original = face.get_table

    def get_table(tag: str):
        if tag in ("glyf", "post"):
            pos, length = face.get_table_pos(tag)
            return _TableView(face._ttf_data, pos, length)
        return original(tag)

    face.get_table = get_table


def checksum(data: bytes) -> int:
    """The TrueType checksum of ``data`` (the sum of its big-endian 32-bit words, zero-padded,
    modulo 2³²) — ReportLab's ``calcChecksum`` without a Python int per word: each word is
    spread into a 64-bit slot of one big integer, whose halves are added until one slot is
    left (no slot can carry into the next: the sum of under 2³² words of 32 bits fits 64)."""
    if len(data) & 3:
        data = bytes(data) + b"\0" * (4 - (len(data) & 3))
    words = len(data) >> 2
    if words < 64:
        return sum(struct.unpack(f">{words}L", data)) & 0xFFFFFFFF
    spread = bytearray(8 * words)
    for k in range(4):
        spread[4 + k :: 8] = data[k::4]
    total = int.from_bytes(spread, "big")
    slots = words
    while slots > 1:
        half = (slots + 1) >> 1
        total = (total >> (64 * half)) + (total & ((1 << (64 * half)) - 1))
        slots = half
    return total & 0xFFFFFFFF


class _FontMaker(ttfonts.TTFontMaker):  # ReportLab is untyped
    """ReportLab's subset writer, the same bytes: the whole font's checksum (for ``head``'s
    checkSumAdjustment) is the sum of the header's and the tables' checksums, so the table
    data — mostly ``glyf`` — is summed once, not twice, and by :func:`checksum`."""

    def makeStream(self) -> bytes:  # noqa: N802 (ReportLab's name)
        tables = sorted(self.tables.items())
        count = len(tables)
        selector = max(count.bit_length() - 1, 0)  # the largest power of two within count
        search = 16 << selector
        head = [struct.pack(">lHHHH", 0x00010000, count, search, selector, count * 16 - search)]
        body: list[bytes] = []
        offset = 12 + count * 16
        total = 0
        head_start = 0
        for tag, data in tables:
            if tag == "head":
                head_start = offset
            sum_ = checksum(data)
            total += sum_
            head.append(tag.encode("latin1") + struct.pack(">LLL", sum_, offset, len(data)))
            padded = (len(data) + 3) & ~3
            body.append(bytes(data) + b"\0" * (padded - len(data)))
            offset += padded
        directory = b"".join(head)
        total = (total + checksum(directory)) & 0xFFFFFFFF
        stream = bytearray(directory + b"".join(body))
        stream[head_start + 8 : head_start + 12] = struct.pack(">L", (0xB1B0AFBA - total) & 0xFFFFFFFF)
        return bytes(stream)


_maker_lock = threading.Lock()
deflate.install()  # every PDF embeds these faces: its streams compressed by zlib-ng


class _Font(TTFont):  # ReportLab is untyped
    """The faces as registered here: subsets made with :class:`_FontMaker`, and each subset's
    Widths array written from numbers formatted once per face (ReportLab formats each of up
    to 256 widths of every subset of every PDF again). Same PDF bytes."""

    _formatted: dict[float, bytes]

    def addObjects(self, doc) -> None:  # noqa: N802 (ReportLab's name)
        face = self.face
        if not hasattr(face, "_fast_subset"):
            plain = face.makeSubset

            def make_subset(subset):
                # ReportLab's makeSubset builds its TTFontMaker by the module's name; the
                # maker writes the same bytes, so another thread's subset is not affected
                with _maker_lock:
                    saved, ttfonts.TTFontMaker = ttfonts.TTFontMaker, _FontMaker
                    try:
                        return plain(subset)
                    finally:
                        ttfonts.TTFontMaker = saved

            face.makeSubset = make_subset
            face._fast_subset = True
        super().addObjects(doc)
        formatted = self.__dict__.setdefault("_formatted", {})
        prefix = f"Font {self.fontName} subset "
        for font in doc.idToObject["BasicFonts"].dict.values():
            mine = getattr(font, "__Comment__", "").startswith(prefix)
            if mine and type(font.Widths) is pdfdoc.PDFArray:
                widths = []
                for w in font.Widths.sequence:
                    text = formatted.get(w)
                    if text is None:
                        text = formatted[w] = pdfdoc.format(w, doc)
                    widths.append(text)
                font.Widths = _Formatted(widths)


class _Formatted(pdfdoc.PDFArray):  # ReportLab is untyped
    """A PDFArray of numbers already formatted (bytes): written as PDFArray writes them."""

    def format(self, document, IND=b"\n "):  # noqa: N803 (ReportLab's name)
        items = list(self.sequence)
        if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
            return b"[ " + IND.join(items) + b" ]"
        for i in reversed(range(10, len(items), 10)):  # ReportLab breaks every ten
            items.insert(i, b"\n ")
        return b"[ " + b" ".join(items) + b" ]"


def _register(name: str, file: str) -> str:
    """Register ``file`` (subfont 0) as ``name`` once per process. The faces have no bold or
    italic; all four styles map to the face so that ``<b>`` in a Paragraph never falls back to
    an unembedded Helvetica-Bold."""
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            font = _Font(name, str(font_path(file)), subfontIndex=0)
            _glyf_in_place(font)
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
    return name


def register_font() -> str:
    """Register the 黑体 face (WenQuanYi Micro Hei) and return its name."""
    return _register(FONT_NAME, FONT_FILE)


def register_song() -> str:
    """Register the 宋体 face (AR PL UMing CN) and return its name."""
    return _register(SONG, SONG_FILE)


def register_fonts() -> tuple[str, str]:
    """Both faces: (song, hei)."""
    return register_song(), register_font()
