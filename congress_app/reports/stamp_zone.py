"""Where the filing stamp (归档章, R48.2) goes on page 1 — DA/T 22-2015: the blank space at the
top of the first page. Every paper the app prints keeps the top right corner of its first page
blank for it: the header's 编号 stands to the left of this corner on page 1 (layout), so the
stamp never covers a paper's text and the export needs not look for a free place (it does
for imported PDFs and for papers filed before the corner was kept: archive_stamp_place).
Pure geometry, in PDF points from the page's bottom left."""

from __future__ import annotations

MM = 72 / 25.4
CELL_W, CELL_H = 15 * MM, 5 * MM  # one cell of the stamp's 3 × 2 grid
WIDTH, HEIGHT = 3 * CELL_W, 2 * CELL_H
TOP, RIGHT = 3 * MM, 4 * MM  # the stamp's distance from the page's top and right edges
CLEAR = 3 * MM  # what page 1's header keeps between its 编号 and the stamp


def corner(width: float, height: float) -> tuple[float, float]:
    """The stamp's lower left corner in the top right corner of a ``width`` × ``height`` page."""
    return width - RIGHT - WIDTH, height - TOP - HEIGHT


def header_right(width: float, right: float) -> float:
    """Where page 1's header ends on the right (``right``: where it ends on other pages)."""
    return min(right, corner(width, 0.0)[0] - CLEAR)
