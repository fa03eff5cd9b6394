"""The columns of the staff import template and the values they allow.

Every column has a Chinese header (what the template writes and what the user sees) and an
English alias. Headers are matched case-insensitively after trimming whitespace; a trailing
required-marker ("*" or "＊") is ignored, and in English aliases spaces and hyphens count as
underscores ("Staff No" == "staff_no").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from congress_app.rules import seats as S


@dataclass(frozen=True, slots=True)
class Column:
    field: str  # attribute name on RosterRow, also the English alias
    zh: str  # Chinese header
    required: bool  # must the column be present in the file?
    max_length: int = 0  # longest text accepted (the stored column's length); 0: no text


STAFF_NO_LENGTH, NAME_LENGTH, UNIT_LENGTH, POST_LENGTH = 40, 100, 200, 100


STAFF_NO = Column("staff_no", "工号", True, STAFF_NO_LENGTH)
NAME = Column("name", "姓名", True, NAME_LENGTH)
GENDER = Column("gender", "性别", True)
BIRTH_DATE = Column("birth_date", "出生日期", True)
UNIT = Column("unit", "选举单位", True, UNIT_LENGTH)
CATEGORY = Column("category", "岗位类别", True)
STATUS = Column("status", "状态", True)
STATUS_SINCE = Column("status_since", "状态起始日期", True)
POST = Column("post", "职务", False, POST_LENGTH)  # optional: a file without it means nobody holds a post

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

# The one table of words for the stored codes (rules.seats): the roster file and the display
# use the words, the database and every comparison the codes.
GENDER_WORDS: dict[str, str] = {S.MALE: "男", S.FEMALE: "女"}
CATEGORY_WORDS: dict[str, str] = {
    S.TEACHING: "教学",
    S.RESEARCH: "科研",
    S.MANAGEMENT: "管理",
    S.TEACHING_SUPPORT: "教辅",
    S.SERVICE: "工勤",
}
STATUS_WORDS: dict[str, str] = {
    S.ON_DUTY: "在岗",
    S.AWAY_STUDY: "离校学习",
    S.AWAY_WORK: "离校工作",
    S.RETIRED: "退休",
    S.TRANSFERRED: "调离",
}
VALUE_WORDS: dict[str, str] = {**GENDER_WORDS, **CATEGORY_WORDS, **STATUS_WORDS}

# The words a roster file may hold in each column, as the template lists them.
GENDERS: tuple[str, ...] = tuple(GENDER_WORDS.values())
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_WORDS.values())
STATUSES: tuple[str, ...] = tuple(STATUS_WORDS.values())
# word (or code, or an accepted spelling) in a file -> stored code
GENDER_CODES: dict[str, str] = {**{c: c for c in GENDER_WORDS}, **{w: c for c, w in GENDER_WORDS.items()}}
CATEGORY_CODES: dict[str, str] = {
    **{c: c for c in CATEGORY_WORDS},
    **{w: c for c, w in CATEGORY_WORDS.items()},
    "教学科研": S.TEACHING,
}  # R13.5: teaching-research posts
STATUS_CODES: dict[str, str] = {**{c: c for c in STATUS_WORDS}, **{w: c for c, w in STATUS_WORDS.items()}}
STATUS_ON_DUTY = S.ON_DUTY
# R13.1: staff counted as on duty (在职) for the congress (stored codes).
ON_DUTY_STATUSES: frozenset[str] = S.ON_DUTY_STATUSES
# Examples of leadership posts (R13.6); the column accepts any text.
MAIN_LEADER_POSTS: tuple[str, ...] = S.LEADER_ROLES


def word_of(code: str) -> str:
    """The Chinese word for a stored gender, category or status code (the code itself if
    unknown), for files, papers and the display."""
    return VALUE_WORDS.get(code, code)


EARLIEST_PLAUSIBLE_DATE = date(1900, 1, 1)

# The example row of the template (also a valid row: the template reads back cleanly).
EXAMPLE_ROW: dict[str, object] = {
    "staff_no": "100001",
    "name": "张明",
    "gender": GENDER_WORDS[S.MALE],
    "birth_date": date(1980, 5, 12),
    "unit": "机械工程学院",
    "category": CATEGORY_WORDS[S.TEACHING],
    "status": STATUS_WORDS[S.ON_DUTY],
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
