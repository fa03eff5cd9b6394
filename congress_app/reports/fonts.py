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

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from congress_app.paths import resources_dir  # source checkout, wheel and sys._MEIPASS

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
    subset, several times per PDF, to read a few hundred glyphs out of it; give its subsetter
    a view instead. Only ``makeSubset`` reads ``glyf``, and only by slicing; the bytes written
    are the same."""
    face = font.face
    original = face.get_table

    def get_table(tag: str):
        if tag == "glyf":
            pos, length = face.get_table_pos(tag)
            return _TableView(face._ttf_data, pos, length)
        return original(tag)

    face.get_table = get_table


def _register(name: str, file: str) -> str:
    """Register ``file`` (subfont 0) as ``name`` once per process. The faces have no bold or
    italic; all four styles map to the face so that ``<b>`` in a Paragraph never falls back to
    an unembedded Helvetica-Bold."""
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(font_path(file)), subfontIndex=0)
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
