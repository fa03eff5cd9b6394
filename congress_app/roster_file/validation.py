"""Checking raw rows against the template and turning them into RosterRows.

Every problem is listed (validation never stops at the first), in row order and, within a
row, in column order. A row empty in all the template's columns is skipped silently, even if
an extra (ignored) column holds something. The header is the first of the top ten non-blank
rows naming at least three template columns (so a title row above it is fine).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import itemgetter

from congress_app.roster_file import columns as C
from congress_app.roster_file.cells import clean_code, clean_text, parse_date_cell
from congress_app.roster_file.model import Code, RosterFile, RosterProblem, RosterRow
from congress_app.roster_file.reading import RawTable

# How far down to look for the header row (a title row above it is common).
HEADER_SEARCH_ROWS = 10
_MIN_HEADER_MATCHES = 3

_GENDERS = C.GENDER_CODES
_CATEGORIES = C.CATEGORY_CODES
_STATUSES = C.STATUS_CODES
# columns holding free text, with the longest text each accepts
_LIMITED = tuple((c.field, c.zh, c.max_length) for c in C.COLUMNS if c.max_length)


def _find_header(rows: list[tuple[int, Sequence[object]]]) -> int:
    """Index (in rows) of the header row: the first of the top rows naming at least three
    template columns, else the first row."""
    for i, (_line, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = {c for c in map(C.match_header, cells) if c is not None}
        if len(found) >= _MIN_HEADER_MATCHES:
            return i
    return 0


def validate(table: RawTable, today: date | None = None) -> RosterFile:
    if today is None:
        today = date.today()
    meta = {
        "source_format": table.source_format,
        "encoding": table.encoding,
        "sheet": table.sheet,
    }
    raw = table.rows
    if not raw:
        return RosterFile((), (RosterProblem(0, "", Code.EMPTY_FILE),), **meta)

    header_at = _find_header(raw)
    header_line, header = raw[header_at]
    positions: dict[str, int] = {}
    problems: list[RosterProblem] = []
    for pos, text in enumerate(header):
        column = C.match_header(text)
        if column is None:
            continue  # extra columns are ignored
        if column.field in positions:
            problems.append(RosterProblem(header_line, column.zh, Code.DUPLICATE_COLUMN, clean_text(text)))
        else:
            positions[column.field] = pos
    for column in C.COLUMNS:
        if column.required and column.field not in positions:
            problems.append(RosterProblem(0, column.zh, Code.MISSING_COLUMN))
    if problems:
        problems.sort(key=lambda p: p.line)  # file-level (0) before the header row's
        return RosterFile((), tuple(problems), **meta)

    data = raw[header_at + 1 :]
    if not data:
        return RosterFile((), (RosterProblem(0, "", Code.NO_ROWS),), **meta)

    rows, row_problems = _check_rows(data, positions, today, table.epoch_1904)
    if table.formulas:
        formula_problems = _formula_problems(table.formulas, positions, header_line)
        # a formula's cached result (often none) would read as "未填写姓名": say formula only
        cells = {(f.line, f.column) for f in formula_problems}
        row_problems = formula_problems + [p for p in row_problems if (p.line, p.column) not in cells]
        row_problems.sort(key=lambda p: p.line)  # stable: a row's problems keep their order
    if not rows and not row_problems:  # only rows that were blank in the template's columns
        return RosterFile((), (RosterProblem(0, "", Code.NO_ROWS),), **meta)
    return RosterFile(tuple(rows), tuple(row_problems), **meta)


def _check_rows(
    data: list[tuple[int, Sequence[object]]],
    positions: dict[str, int],
    today: date,
    epoch_1904: bool,
) -> tuple[list[RosterRow], list[RosterProblem]]:
    fields = [c.field for c in C.COLUMNS if c.field in positions]
    idx = [positions[f] for f in fields]
    width = max(idx) + 1
    pick = itemgetter(*idx)
    has_post = "post" in positions
    earliest = C.EARLIEST_PLAUSIBLE_DATE

    # Column names, bound once.
    col_staff, col_name, col_gender = C.STAFF_NO.zh, C.NAME.zh, C.GENDER.zh
    col_birth, col_unit, col_cat = C.BIRTH_DATE.zh, C.UNIT.zh, C.CATEGORY.zh
    col_status, col_since = C.STATUS.zh, C.STATUS_SINCE.zh

    genders, categories, statuses = _GENDERS, _CATEGORIES, _STATUSES
    on_duty = C.STATUS_ON_DUTY
    seen: dict[str, int] = {}
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    add = problems.append

    def check_date(line: int, column: str, value: object) -> tuple[date | None, str, bool]:
        """(date, text, ok) for a non-empty cell, adding its problem if any."""
        d, text = parse_date_cell(value, epoch_1904)
        if d is None:
            add(RosterProblem(line, column, Code.BAD_DATE, text))
            return None, text, False
        if d > today:
            add(RosterProblem(line, column, Code.FUTURE_DATE, text))
            return d, text, False
        if d < earliest:
            add(RosterProblem(line, column, Code.DATE_TOO_EARLY, text))
            return d, text, False
        return d, text, True

    for line, cells in data:
        if len(cells) < width:
            cells = tuple(cells) + (None,) * (width - len(cells))
        values = pick(cells)
        if has_post:
            staff_v, name_v, gender_v, birth_v, unit_v, cat_v, status_v, since_v, post_v = values
        else:
            staff_v, name_v, gender_v, birth_v, unit_v, cat_v, status_v, since_v = values
            post_v = None

        staff_no = clean_code(staff_v)
        name = clean_text(name_v)
        gender = clean_text(gender_v)
        unit = clean_text(unit_v)
        category = clean_text(cat_v)
        status_text = clean_text(status_v)
        status = statuses.get(status_text, status_text)
        post = clean_text(post_v)
        birth_empty = birth_v is None or (birth_v.__class__ is str and not clean_text(birth_v))
        since_empty = since_v is None or (since_v.__class__ is str and not clean_text(since_v))
        if (
            not (staff_no or name or gender or unit or category or status or post)
            and birth_empty
            and since_empty
        ):
            continue  # blank in every template column

        # 工号
        if not staff_no:
            add(RosterProblem(line, col_staff, Code.MISSING_VALUE))
        else:
            first = seen.get(staff_no)
            if first is None:
                seen[staff_no] = line
            else:
                add(RosterProblem(line, col_staff, Code.DUPLICATE_STAFF_NO, staff_no, first))
        # 姓名
        if not name:
            add(RosterProblem(line, col_name, Code.MISSING_VALUE))
        # 性别
        if not gender:
            add(RosterProblem(line, col_gender, Code.MISSING_VALUE))
        elif gender not in genders:
            add(RosterProblem(line, col_gender, Code.UNKNOWN_GENDER, gender))
        # 出生日期
        birth: date | None = None
        birth_ok = False
        if birth_empty:
            add(RosterProblem(line, col_birth, Code.MISSING_VALUE))
        else:
            birth, _text, birth_ok = check_date(line, col_birth, birth_v)
        # 选举单位
        if not unit:
            add(RosterProblem(line, col_unit, Code.MISSING_UNIT))
        # 岗位类别
        if not category:
            add(RosterProblem(line, col_cat, Code.MISSING_VALUE))
        elif category not in categories:
            add(RosterProblem(line, col_cat, Code.UNKNOWN_CATEGORY, category))
        # 状态
        if not status:
            add(RosterProblem(line, col_status, Code.MISSING_VALUE))
        elif status_text not in statuses:
            add(RosterProblem(line, col_status, Code.UNKNOWN_STATUS, status_text))
        # 状态起始日期: required unless 在岗 (or the status itself is missing/unknown)
        since: date | None = None
        if since_empty:
            if status != on_duty and status_text in statuses:
                add(RosterProblem(line, col_since, Code.MISSING_VALUE))
        else:
            since, since_text, since_ok = check_date(line, col_since, since_v)
            if since_ok and birth_ok and since < birth:  # type: ignore[operator]
                add(RosterProblem(line, col_since, Code.STATUS_DATE_BEFORE_BIRTH, since_text))

        # over-long text: refused here, where SQLite would store it and PostgreSQL refuse it
        texts = {"staff_no": staff_no, "name": name, "unit": unit, "post": post}
        for field, column, limit in _LIMITED:
            if len(texts[field]) > limit:
                add(RosterProblem(line, column, Code.TOO_LONG, str(len(texts[field])), limit))

        rows.append(
            RosterRow(
                line,
                staff_no,
                name,
                genders.get(gender, gender),
                birth,
                unit,
                categories.get(category, category),
                status,
                since,
                post,
            )
        )
    return rows, problems


def _formula_problems(
    formulas: dict[tuple[int, int], str], positions: dict[str, int], header_line: int
) -> list[RosterProblem]:
    """A formula in a template column is refused: its cached result may be stale or empty."""
    column_at = {pos: C.BY_FIELD[field].zh for field, pos in positions.items()}
    return [
        RosterProblem(line, column_at[pos], Code.FORMULA_CELL, formula)
        for (line, pos), formula in sorted(formulas.items())
        if line > header_line and pos in column_at
    ]
