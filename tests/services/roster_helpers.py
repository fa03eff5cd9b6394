"""Building roster files for service tests."""

from __future__ import annotations

import csv
from pathlib import Path

HEADER = ["工号", "姓名", "性别", "出生日期", "选举单位", "岗位类别", "状态", "状态起始日期", "职务"]


def read_sample_rows(samples: Path) -> list[list[str]]:
    with open(samples / "roster-small.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER
    return rows[1:]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path
