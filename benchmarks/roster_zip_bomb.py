"""How fast a zip-bomb .xlsx is refused (issue 10: within a second), beside reading a real
2,400-row roster. Run: python benchmarks/roster_zip_bomb.py"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from congress_app.demo.people import make_roster_xlsx  # noqa: E402
from congress_app.roster_file import read_roster  # noqa: E402


def bomb(path: Path, unpacked_mb: int) -> Path:
    block = b"0" * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(unpacked_mb):
                sheet.write(block)
    return path


def timed(path: Path) -> tuple[float, str]:
    start = time.perf_counter()
    roster = read_roster(path)
    took = time.perf_counter() - start
    return took, (roster.problems[0].code if roster.problems else f"{len(roster.rows)} rows")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (300, 2048):
            path = bomb(Path(tmp) / f"bomb{mb}.xlsx", mb)
            took, what = timed(path)
            print(
                f"zip bomb {path.stat().st_size / 1e6:.1f} MB → {mb} MB unpacked: "
                f"{what} in {took * 1000:.1f} ms"
            )
        real = make_roster_xlsx(Path(tmp) / "roster.xlsx", rows=2400, units=24)
        took, what = timed(real)
        print(f"real roster {real.stat().st_size / 1e6:.2f} MB: {what} in {took * 1000:.0f} ms")


if __name__ == "__main__":
    main()
