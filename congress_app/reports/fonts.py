"""The embedded CJK font every report uses.

ReportLab's built-in CID font ``STSong-Light`` is not embedded (the text is blank on a
machine without it), so we ship WenQuanYi Micro Hei (TrueType outlines, Apache-2.0) in
``resources/fonts/`` and register it once; ReportLab embeds a subset of the glyphs used.
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

_lock = threading.Lock()


def font_path() -> Path:
    path = resources_dir() / "fonts" / FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"CJK font missing: {path}")
    return path


def register_font() -> str:
    """Register the CJK font with ReportLab (once per process) and return its name.

    The face has no bold or italic; all four styles map to it so that ``<b>`` in a
    Paragraph never falls back to an unembedded Helvetica-Bold.
    """
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
