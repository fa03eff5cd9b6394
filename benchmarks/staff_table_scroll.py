"""Scrolling the 教职工名册 table through 10,000 rows, against a plain QTableWidget of the same
text in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/staff_table_scroll.py [--rows 10000] [--pages 200]

Both tables are 1200×700 and are scrolled page by page (Page Down), each page painted
(``grab()``, what the screen would show), from the top to the bottom. Also times loading the
rows (``set_rows`` against filling the widget) and one filter keystroke (search by name).
Prints medians in milliseconds and the ratios; the table is smooth when a page paints in well
under a frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from congress_app.gui.models.staff_table import StaffFilterProxy, StaffTableModel  # noqa: E402
from congress_app.gui.widgets.data_table import DataTableView  # noqa: E402
from congress_app.rules.seats import FEMALE, MALE, ON_DUTY, TEACHING  # noqa: E402
from congress_app.services.staff import StaffRow  # noqa: E402

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
UNITS = [f"第{i}学院" for i in range(1, 21)]


def rows(n: int) -> list[StaffRow]:
    return [
        StaffRow(
            i,
            f"{100000 + i}",
            SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[i % 7],
            (MALE, FEMALE)[i % 2],
            date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
            UNITS[i % 20],
            UNITS[i % 20],
            TEACHING,
            ON_DUTY,
            None,
            "",
            True,
        )
        for i in range(n)
    ]


def scroll_ms(view, pages: int) -> list[float]:
    bar = view.verticalScrollBar()
    bar.setValue(0)
    step = max(1, bar.maximum() // pages)
    times = []
    for value in range(0, bar.maximum() + 1, step):
        start = time.perf_counter()
        bar.setValue(value)
        view.viewport().grab()
        times.append((time.perf_counter() - start) * 1000)
    return times


@dataclass(frozen=True)
class Measured:
    """Milliseconds: loading the rows, median page paint while scrolling, one search keystroke."""

    ours_load: float
    plain_load: float
    ours_page: float
    plain_page: float
    search: float
    rows_left: int


def measure(n: int, pages: int) -> Measured:
    """The staff table (model + proxy + DataTableView) against a QTableWidget filled with the
    same rows: load, scroll, and (ours) one search keystroke."""
    app = QApplication.instance() or QApplication([])
    data = rows(n)

    model, proxy = StaffTableModel(), StaffFilterProxy()
    proxy.setSourceModel(model)
    view = DataTableView()
    view.setModel(proxy)
    view.resize(1200, 700)
    view.show()
    start = time.perf_counter()
    model.set_rows(data)
    app.processEvents()
    ours_load = (time.perf_counter() - start) * 1000

    widget = QTableWidget(len(data), 10)
    widget.resize(1200, 700)
    widget.show()
    start = time.perf_counter()
    for r, row in enumerate(data):
        for c, text in enumerate(
            (
                row.staff_no,
                row.name,
                row.gender,
                row.birth_date.isoformat(),
                row.unit,
                row.category,
                row.status,
                "",
                row.post,
                "列入",
            )
        ):
            widget.setItem(r, c, QTableWidgetItem(text))
    app.processEvents()
    plain_load = (time.perf_counter() - start) * 1000

    ours = statistics.median(scroll_ms(view, pages))
    plain = statistics.median(scroll_ms(widget, pages))
    start = time.perf_counter()
    proxy.set_search("王")
    app.processEvents()
    search = (time.perf_counter() - start) * 1000
    left = proxy.rowCount()
    view.close()
    widget.close()
    return Measured(ours_load, plain_load, ours, plain, search, left)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    m = measure(args.rows, args.pages)
    print(
        f"{args.rows} rows: load  ours {m.ours_load:.0f} ms, QTableWidget {m.plain_load:.0f} ms "
        f"({m.ours_load / m.plain_load:.2f}x)"
    )
    print(
        f"{args.rows} rows: paint a page while scrolling, median  ours {m.ours_page:.2f} ms, "
        f"QTableWidget {m.plain_page:.2f} ms ({m.ours_page / m.plain_page:.2f}x)"
    )
    print(f"{args.rows} rows: search filter keystroke {m.search:.0f} ms, {m.rows_left} rows left")
    return 0


if __name__ == "__main__":
    sys.exit(main())
