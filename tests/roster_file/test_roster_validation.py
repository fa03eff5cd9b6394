"""Every problem is found, on the right row and column, with the right code and value."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.roster_file import Code, RosterProblem, read_roster
from congress_app.rules.seats import MALE, RETIRED, TEACHING
from tests.roster_file.roster_helpers import GOOD, HEADER, TODAY, row, write_csv, write_xlsx

P = RosterProblem

# (cells, expected problems as (column, code, value, other_line)); rows start at line 2.
CASES: list[tuple[list[object], list[tuple[str, str, str, int | None]]]] = [
    (row(staff_no="200001"), []),
    (row(staff_no="200002", gender="M"), [("性别", "unknown_gender", "M", None)]),
    (row(staff_no="200003", name=""), [("姓名", "missing_value", "", None)]),
    (row(staff_no="200001"), [("工号", "duplicate_staff_no", "200001", 2)]),
    (row(staff_no=""), [("工号", "missing_value", "", None)]),
    (row(staff_no="200006", birth_date="2023-02-30"), [("出生日期", "bad_date", "2023-02-30", None)]),
    (row(staff_no="200007", birth_date="2030-01-01"), [("出生日期", "future_date", "2030-01-01", None)]),
    (row(staff_no="200008", birth_date="1850-03-04"), [("出生日期", "date_too_early", "1850-03-04", None)]),
    (row(staff_no="200009", birth_date="去年"), [("出生日期", "bad_date", "去年", None)]),
    (row(staff_no="200010", birth_date=""), [("出生日期", "missing_value", "", None)]),
    (row(staff_no="200011", unit=""), [("选举单位", "missing_unit", "", None)]),
    (row(staff_no="200012", category="教研"), [("岗位类别", "unknown_category", "教研", None)]),
    (row(staff_no="200013", status="病休"), [("状态", "unknown_status", "病休", None)]),
    (row(staff_no="200014", status="退休"), [("状态起始日期", "missing_value", "", None)]),
    (
        row(staff_no="200015", status="调离", status_since="2027-01-01"),
        [("状态起始日期", "future_date", "2027-01-01", None)],
    ),
    (
        row(staff_no="200016", status="离校学习", status_since="1979-01-01"),
        [("状态起始日期", "status_date_before_birth", "1979-01-01", None)],
    ),
    (
        row(staff_no="200017", status="离校工作", status_since="2025-13-01"),
        [("状态起始日期", "bad_date", "2025-13-01", None)],
    ),
    (row(staff_no="200018", status="在岗", status_since=""), []),
    (row(staff_no="200019", status="在岗", status_since="2024-09-01"), []),
    (row(staff_no="200020", status="退休", status_since="2024/9/1"), []),
    (
        row(staff_no="200021", gender="", category="", status=""),
        [
            ("性别", "missing_value", "", None),
            ("岗位类别", "missing_value", "", None),
            ("状态", "missing_value", "", None),
        ],
    ),
    # several problems in one row come in column order
    (
        row(
            staff_no="200001",
            name="",
            gender="X",
            birth_date="1980-02-30",
            unit="",
            category="行政",
            status="休假",
            status_since="?",
        ),
        [
            ("工号", "duplicate_staff_no", "200001", 2),
            ("姓名", "missing_value", "", None),
            ("性别", "unknown_gender", "X", None),
            ("出生日期", "bad_date", "1980-02-30", None),
            ("选举单位", "missing_unit", "", None),
            ("岗位类别", "unknown_category", "行政", None),
            ("状态", "unknown_status", "休假", None),
            ("状态起始日期", "bad_date", "?", None),
        ],
    ),
    (row(staff_no="200003"), [("工号", "duplicate_staff_no", "200003", 4)]),
]


def _expected() -> list[RosterProblem]:
    out = []
    for i, (_cells, problems) in enumerate(CASES):
        line = i + 2
        out += [P(line, col, code, value, other) for col, code, value, other in problems]
    return out


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_problem_is_listed(tmp_path, fmt):
    rows = [cells for cells, _ in CASES]
    path = (
        write_csv(tmp_path / "bad.csv", rows)
        if fmt == "csv"
        else write_xlsx(tmp_path / "bad.xlsx", [[c or None for c in r] for r in rows])
    )
    result = read_roster(path, today=TODAY)
    assert not result.ok
    assert list(result.problems) == _expected()
    assert len(result.rows) == len(CASES)  # every non-blank row is kept, problems or not
    by_line = {r.line: r for r in result.rows}
    assert by_line[7].birth_date is None  # 2023-02-30
    assert by_line[8].birth_date == date(2030, 1, 1)  # a real date, just in the future
    assert by_line[21].status_since == date(2024, 9, 1)


def test_duplicate_staff_no_names_both_rows(tmp_path):
    rows = [
        row(staff_no="100003"),
        row(staff_no="100004"),
        row(staff_no="100005"),
        row(staff_no=" 100003\u3000"),
        row(staff_no="100003"),
    ]
    result = read_roster(write_csv(tmp_path / "dup.csv", rows), today=TODAY)
    assert result.problems == (
        P(5, "工号", Code.DUPLICATE_STAFF_NO, "100003", 2),
        P(6, "工号", Code.DUPLICATE_STAFF_NO, "100003", 2),
    )


def test_duplicate_staff_no_between_number_and_text_cells(tmp_path):
    rows = [row(staff_no=100003.0), row(staff_no="100003")]
    result = read_roster(write_xlsx(tmp_path / "dup.xlsx", rows), today=TODAY)
    assert result.rows[0].staff_no == "100003"
    assert result.problems == (P(3, "工号", Code.DUPLICATE_STAFF_NO, "100003", 2),)


def test_future_is_relative_to_today(tmp_path):
    path = write_csv(tmp_path / "r.csv", [row(status="调离", status_since="2026-11-24")])
    assert read_roster(path, today=date(2026, 11, 24)).ok
    assert read_roster(path, today=date(2026, 11, 23)).problems == (
        P(2, "状态起始日期", Code.FUTURE_DATE, "2026-11-24"),
    )


def test_default_today_is_the_real_today(tmp_path):
    far = date.today().replace(year=date.today().year + 1, day=1)
    path = write_csv(tmp_path / "r.csv", [row(birth_date=far.isoformat())])
    assert [p.code for p in read_roster(path).problems] == [Code.FUTURE_DATE]


@pytest.mark.parametrize(
    "missing", ["工号", "姓名", "性别", "出生日期", "选举单位", "岗位类别", "状态", "状态起始日期"]
)
def test_missing_column(tmp_path, missing):
    keep = [i for i, h in enumerate(HEADER) if h != missing]
    path = write_csv(tmp_path / "m.csv", [[GOOD[i] for i in keep]], header=[HEADER[i] for i in keep])
    result = read_roster(path, today=TODAY)
    assert result.problems == (P(0, missing, Code.MISSING_COLUMN),)
    assert result.rows == ()


def test_all_missing_columns_listed_at_once(tmp_path):
    path = write_csv(tmp_path / "m.csv", [["1", "x", "y"]], header=["工号", "姓名", "电话"])
    result = read_roster(path, today=TODAY)
    assert [(p.line, p.column, p.code) for p in result.problems] == [
        (0, h, Code.MISSING_COLUMN) for h in HEADER[2:8]
    ]


def test_duplicate_column(tmp_path):
    path = write_csv(tmp_path / "d.csv", [GOOD + ["100002"]], header=HEADER + ["staff_no"])
    assert read_roster(path, today=TODAY).problems == (P(1, "工号", Code.DUPLICATE_COLUMN, "staff_no"),)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b" , ,\r\n"])
def test_empty_csv(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    result = read_roster(path, today=TODAY)
    assert result.problems == (P(0, "", Code.EMPTY_FILE),)
    assert result.rows == ()


def test_empty_xlsx(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    assert read_roster(path, today=TODAY).problems == (P(0, "", Code.EMPTY_FILE),)
    zero = tmp_path / "zero.xlsx"
    zero.write_bytes(b"")
    assert read_roster(zero, today=TODAY).problems == (P(0, "", Code.EMPTY_FILE),)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_header_only(tmp_path, fmt):
    path = write_csv(tmp_path / "h.csv", []) if fmt == "csv" else write_xlsx(tmp_path / "h.xlsx", [])
    assert read_roster(path, today=TODAY).problems == (P(0, "", Code.NO_ROWS),)


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".txt", ".numbers", ""])
def test_unsupported_suffix(tmp_path, suffix):
    path = tmp_path / f"roster{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    result = read_roster(path, today=TODAY)
    assert [(p.line, p.code) for p in result.problems] == [(0, Code.UNSUPPORTED_FORMAT)]
    assert result.problems[0].value == (suffix or "roster")


def test_old_excel_renamed_to_xlsx(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert read_roster(path, today=TODAY).problems == (P(0, "", Code.UNSUPPORTED_FORMAT, ".xls"),)


def test_unreadable_files(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a zip file at all")
    assert read_roster(broken).problems == (P(0, "", Code.UNREADABLE_FILE, "broken.xlsx"),)
    missing = tmp_path / "missing.csv"
    assert read_roster(missing).problems == (P(0, "", Code.UNREADABLE_FILE, "missing.csv"),)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02\xff" * 50)
    assert [p.code for p in read_roster(binary).problems] == [Code.UNREADABLE_FILE]


def test_xlsx_renamed_to_csv_is_read_as_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "real.xlsx", [GOOD])
    renamed = path.rename(tmp_path / "roster.csv")
    result = read_roster(renamed, today=TODAY)
    assert result.ok and len(result.rows) == 1


def test_blank_rows_skipped_and_lines_kept(tmp_path):
    rows = [
        [],
        row(staff_no="1"),
        ["", " ", "\u3000", "", "", "", "", "", ""],
        row(staff_no="2"),
        [],
        [],
        row(staff_no="3", unit=""),
    ]
    for path in (
        write_csv(tmp_path / "b.csv", rows),
        write_xlsx(tmp_path / "b.xlsx", [[c or None for c in r] for r in rows]),
    ):
        result = read_roster(path, today=TODAY)
        assert [r.line for r in result.rows] == [3, 5, 8]
        assert result.problems == (P(8, "选举单位", Code.MISSING_UNIT),)


def test_title_rows_above_the_header(tmp_path):
    path = tmp_path / "title.csv"
    write_csv(path, [HEADER, GOOD], header=["XX大学2026年教职工名册", "", "", ""])
    result = read_roster(path, today=TODAY)
    assert result.problems == ()
    assert [r.line for r in result.rows] == [3]


def test_whitespace_is_trimmed_everywhere(tmp_path):
    cells = [
        "\u3000100001 ",
        " 张明\u3000",
        " 男",
        "\t1980-05-12 ",
        "\u3000机械工程学院\u3000",
        "教学\u200b",
        " 退休",
        " 2024-07-01\u3000",
        "\u3000工会主席 ",
    ]
    result = read_roster(write_csv(tmp_path / "ws.csv", [cells]), today=TODAY)
    assert result.problems == ()
    r = result.rows[0]
    assert (r.staff_no, r.name, r.gender, r.unit, r.category, r.status, r.post) == (
        "100001",
        "张明",
        MALE,
        "机械工程学院",
        TEACHING,
        RETIRED,
        "工会主席",
    )
    assert (r.birth_date, r.status_since) == (date(1980, 5, 12), date(2024, 7, 1))


def test_full_width_staff_no_is_normalised(tmp_path):
    result = read_roster(write_csv(tmp_path / "fw.csv", [row(staff_no="１０００１２")]), today=TODAY)
    assert result.ok and result.rows[0].staff_no == "100012"


def test_problems_at(tmp_path):
    rows = [row(staff_no="1"), row(staff_no="2", gender="?", unit="")]
    result = read_roster(write_csv(tmp_path / "p.csv", rows), today=TODAY)
    assert [p.column for p in result.problems_at(3)] == ["性别", "选举单位"]
    assert result.problems_at(2) == ()
