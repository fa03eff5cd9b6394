"""Synthetic rosters for the import benchmark (the generator lives in congress_app.demo.people).

python benchmarks/make_roster.py out.xlsx --rows 5000 --units 20 --seed 1
python benchmarks/make_roster.py --bench            # time read_roster on 5,000 rows
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

try:
    from congress_app.demo.people import SHEET, make_roster_csv, make_roster_xlsx
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from congress_app.demo.people import SHEET, make_roster_csv, make_roster_xlsx


def bench(rows: int = 5000, repeat: int = 5) -> dict[str, float]:
    """Best-of-``repeat`` seconds: plain openpyxl iter_rows vs read_roster on the same file."""
    import openpyxl

    from congress_app.roster_file import read_roster

    with tempfile.TemporaryDirectory() as tmp:
        path = make_roster_xlsx(Path(tmp) / "roster.xlsx", rows=rows)

        def plain() -> int:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
            n = sum(1 for _ in wb[SHEET].iter_rows(values_only=True))
            wb.close()
            return n

        def full() -> int:
            result = read_roster(path)
            assert result.ok, result.problems[:3]
            return len(result.rows)

        timings = {}
        for label, fn in (("openpyxl_iter_rows", plain), ("read_roster", full)):
            best = float("inf")
            for _ in range(repeat):
                t = time.perf_counter()
                fn()
                best = min(best, time.perf_counter() - t)
            timings[label] = best
    timings["overhead"] = timings["read_roster"] - timings["openpyxl_iter_rows"]
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="output .xlsx or .csv")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bench", action="store_true", help="time reading a generated roster")
    args = parser.parse_args(argv)
    if args.bench:
        t = bench(args.rows)
        print(
            f"{args.rows} rows: openpyxl iter_rows {t['openpyxl_iter_rows']:.3f}s, "
            f"read_roster {t['read_roster']:.3f}s, overhead {t['overhead']:.3f}s"
        )
        return 0
    if args.path is None:
        parser.error("give an output path or --bench")
    if args.path.suffix.lower() == ".csv":
        make_roster_csv(args.path, args.rows, args.units, args.seed)
    else:
        make_roster_xlsx(args.path, args.rows, args.units, args.seed)
    print(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
