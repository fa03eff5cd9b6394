"""The shipped sample rosters, and the same rows in other encodings, delimiters and headers."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date

import pytest

from congress_app.roster_file import read_roster
from congress_app.rules import seats as S
from tests.roster_file.roster_helpers import HEADER, TODAY, sample, write_csv, write_xlsx

ENGLISH = ["staff_no", "name", "gender", "birth_date", "unit", "category", "status", "status_since", "post"]


def _sample_csv_rows() -> list[list[str]]:
    with sample("roster-small.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == HEADER
    return rows[1:]


def test_small_csv_reads_cleanly():
    result = read_roster(sample("roster-small.csv"), today=TODAY)
    assert result.problems == ()
    assert result.ok
    assert len(result.rows) == 160
    assert len({r.unit for r in result.rows}) == 6
    assert result.source_format == "csv"
    assert result.encoding == "utf-8-sig"
    assert [r.line for r in result.rows] == list(range(2, 162))
    first = result.rows[0]
    assert (first.staff_no, first.name, first.gender, first.birth_date) == (
        "100000",
        "邹梓",
        S.MALE,
        date(1977, 7, 17),
    )
    assert first.status == S.ON_DUTY and first.status_since is None and first.post == ""
    assert sorted(r.post for r in result.rows if r.post) == ["党委书记", "工会主席", "校长"]
    away = [r for r in result.rows if r.status != S.ON_DUTY]
    assert away and all(isinstance(r.status_since, date) for r in away)


def test_university_xlsx_reads_cleanly():
    result = read_roster(sample("roster-university.xlsx"), today=TODAY)
    assert result.problems == ()
    assert len(result.rows) == 2400
    assert len({r.unit for r in result.rows}) == 24
    assert result.sheet == "教职工名册"
    assert result.rows[0].line == 2 and result.rows[-1].line == 2401
    assert len({r.staff_no for r in result.rows}) == 2400
    counts = Counter(r.status for r in result.rows)
    assert set(counts) == set(S.STAFF_STATUSES)
    assert sorted(r.post for r in result.rows if r.post) == ["党委书记", "工会主席", "校长"]


@pytest.mark.parametrize(
    "encoding, expected",
    [("gb18030", "gb18030"), ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16")],
)
def test_encodings_round_trip(tmp_path, encoding, expected):
    rows = _sample_csv_rows()
    path = write_csv(tmp_path / f"roster-{encoding}.csv", rows, encoding=encoding)
    if encoding == "gb18030":  # really not UTF-8, so the fallback is exercised
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")
    result = read_roster(path, today=TODAY)
    assert result.problems == ()
    assert result.encoding == expected
    assert len(result.rows) == 160
    reference = read_roster(sample("roster-small.csv"), today=TODAY)
    assert [r[1:] for r in map(_astuple, result.rows)] == [r[1:] for r in map(_astuple, reference.rows)]


def _astuple(r):
    return (
        r.line,
        r.staff_no,
        r.name,
        r.gender,
        r.birth_date,
        r.unit,
        r.category,
        r.status,
        r.status_since,
        r.post,
    )


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_tab_and_semicolon_delimiters(tmp_path, delimiter):
    rows = _sample_csv_rows()
    path = write_csv(tmp_path / "roster.csv", rows, delimiter=delimiter)
    result = read_roster(path, today=TODAY)
    assert result.problems == ()
    assert len(result.rows) == 160


@pytest.mark.parametrize(
    "header",
    [
        ENGLISH,
        [h.upper() for h in ENGLISH],
        [
            "  Staff_No ",
            "Name",
            "GENDER",
            "Birth Date",
            "unit\u3000",
            "Category",
            "status",
            "status-since",
            "Post",
        ],
    ],
)
def test_english_headers(tmp_path, header):
    rows = _sample_csv_rows()[:20]
    result = read_roster(write_csv(tmp_path / "en.csv", rows, header=header), today=TODAY)
    assert result.problems == ()
    assert len(result.rows) == 20
    assert result.rows[0].staff_no == "100000"


def test_column_order_free_and_extra_columns_ignored(tmp_path):
    rows = _sample_csv_rows()[:30]
    order = [8, 4, 0, 7, 2, 1, 6, 3, 5]
    header = ["备注"] + [HEADER[i] for i in order] + ["联系电话"]
    shuffled = [["x"] + [r[i] for i in order] + ["13800000000"] for r in rows]
    result = read_roster(write_csv(tmp_path / "shuffled.csv", shuffled, header=header), today=TODAY)
    assert result.problems == ()
    reference = read_roster(write_csv(tmp_path / "plain.csv", rows), today=TODAY)
    assert result.rows == reference.rows


def test_post_column_is_optional(tmp_path):
    rows = [r[:8] for r in _sample_csv_rows()[:10]]
    result = read_roster(write_csv(tmp_path / "nopost.csv", rows, header=HEADER[:8]), today=TODAY)
    assert result.problems == ()
    assert all(r.post == "" for r in result.rows)


def test_sample_as_xlsx_equals_csv(tmp_path):
    rows = _sample_csv_rows()
    path = write_xlsx(tmp_path / "small.xlsx", rows)
    result = read_roster(path, today=TODAY)
    assert result.problems == ()
    assert result.rows == read_roster(sample("roster-small.csv"), today=TODAY).rows
