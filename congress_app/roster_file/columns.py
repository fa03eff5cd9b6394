"""The columns of the staff import template and the values they allow.

Every column has a Chinese header (what the template writes and what the user sees) and an
English alias. Headers are matched case-insensitively after trimming whitespace; a trailing
required-marker ("*" or "＊") is ignored, and in English aliases spaces and hyphens count as
underscores ("Staff No" == "staff_no").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Column:
    field: str  # attribute name on RosterRow, also the English alias
    zh: str  # Chinese header
    required: bool  # must the column be present in the file?


STAFF_NO = Column("staff_no", "工号", True)
NAME = Column("name", "姓名", True)
GENDER = Column("gender", "性别", True)
BIRTH_DATE = Column("birth_date", "出生日期", True)
UNIT = Column("unit", "选举单位", True)
CATEGORY = Column("category", "岗位类别", True)
STATUS = Column("status", "状态", True)
STATUS_SINCE = Column("status_since", "状态起始日期", True)
POST = Column("post", "职务", False)  # optional: a file without it means nobody holds a post

COLUMNS: tuple[Column, ...] = (
    STAFF_NO,
    NAME,
    GENDER,
    BIRTH_DATE,
    UNIT,
    CATEGORY,
    STATUS,
    STATUS_SINCE,
    POST,
)
HEADERS_ZH: tuple[str, ...] = tuple(c.zh for c in COLUMNS)
BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}
BY_ZH: dict[str, Column] = {c.zh: c for c in COLUMNS}

GENDERS: tuple[str, ...] = ("男", "女")
CATEGORIES: tuple[str, ...] = ("教学", "科研", "管理", "教辅", "工勤")
STATUS_ON_DUTY = "在岗"
STATUSES: tuple[str, ...] = ("在岗", "离校学习", "离校工作", "退休", "调离")
# R13.1: staff counted as on duty (在职) for the congress.
ON_DUTY_STATUSES: frozenset[str] = frozenset({"在岗", "离校学习", "离校工作"})
# Examples of leadership posts (R13.6); the column accepts any text.
MAIN_LEADER_POSTS: tuple[str, ...] = ("党委书记", "校长", "工会主席")

EARLIEST_PLAUSIBLE_DATE = date(1900, 1, 1)

# The example row of the template (also a valid row: the template reads back cleanly).
EXAMPLE_ROW: dict[str, object] = {
    "staff_no": "100001",
    "name": "张明",
    "gender": "男",
    "birth_date": date(1980, 5, 12),
    "unit": "机械工程学院",
    "category": "教学",
    "status": "在岗",
    "status_since": None,
    "post": "",
}

_REQUIRED_MARKS = "*＊"


def normalize_header(text: object) -> str:
    """The form headers are compared in."""
    if text is None:
        return ""
    s = str(text).strip().rstrip(_REQUIRED_MARKS).strip().lower()
    return s.replace(" ", "_").replace("-", "_")


# normalized header -> Column
HEADER_LOOKUP: dict[str, Column] = {}
for _c in COLUMNS:
    HEADER_LOOKUP[normalize_header(_c.zh)] = _c
    HEADER_LOOKUP[normalize_header(_c.field)] = _c
del _c


def match_header(text: object) -> Column | None:
    return HEADER_LOOKUP.get(normalize_header(text))
