"""Archive (第四十八条): the nine groups kept per session (R48.1) and DA/T 22-2015 arrangement
(R48.2): retention codes, filing stamp, archival code (档号) format and parse, catalogue
cells (date YYYYMMDD, supplied titles in [ ]) and the SHA-256 manifest check.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from congress_app.rules.errors import Finding, InvalidArchivalCode, count_problem


@dataclass(frozen=True, slots=True)
class ArchiveGroup:
    """R48.1: one of the nine groups of documents kept per session."""

    number: int
    code: str
    title_zh: str


ARCHIVE_GROUPS: tuple[ArchiveGroup, ...] = (  # R48.1, as 第四十八条 words them
    ArchiveGroup(1, "higher_level", "涉及教代会工作的上级文件、批复"),
    ArchiveGroup(2, "preparation", "教代会筹备工作方案、筹备工作报告及请示报告"),
    ArchiveGroup(3, "election", "代表选举资料（基层选举情况报告、代表名册、代表资格审查报告）"),
    ArchiveGroup(4, "presidium", "大会主席团组成人员名单"),
    ArchiveGroup(5, "agenda", "大会议程表、日程表"),
    ArchiveGroup(6, "reports", "校长工作报告、其他提交大会审议的议案文本及其说明"),
    ArchiveGroup(7, "resolutions", "教代会决议（决定）及表决情况"),
    ArchiveGroup(8, "proposals", "教代会提案表及提案工作报告"),
    ArchiveGroup(9, "minutes", "主席团、代表团、专门工作委员会会议及活动记录"),
)
GROUP_NUMBERS: tuple[int, ...] = tuple(g.number for g in ARCHIVE_GROUPS)

PERMANENT = "Y"
RETAIN_30 = "D30"
RETAIN_10 = "D10"
RETENTION_LABELS: dict[str, str] = {PERMANENT: "永久", RETAIN_30: "定期30年", RETAIN_10: "定期10年"}
RETENTION_CODES: tuple[str, ...] = tuple(RETENTION_LABELS)

# R48.2: the school sets the periods; these are the defaults per group (the delegate roll,
# the resolutions and votes permanent, as DA/T 22 keeps a body's founding records).
DEFAULT_RETENTION: dict[int, str] = {
    1: PERMANENT,
    2: RETAIN_30,
    3: PERMANENT,
    4: PERMANENT,
    5: RETAIN_30,
    6: PERMANENT,
    7: PERMANENT,
    8: RETAIN_30,
    9: RETAIN_30,
}

# Files the register accepts (suffix → media type) and the largest one.
MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
MAX_FILE_BYTES = 50 * 1024 * 1024


def archive_group(number: int) -> ArchiveGroup | None:
    """R48.1: the group numbered ``number`` (1–9), or ``None``."""
    for group in ARCHIVE_GROUPS:
        if group.number == number:
            return group
    return None


def default_retention(group: int) -> str:
    """R48.2: the default retention code of a group's items (unknown group: 永久)."""
    return DEFAULT_RETENTION.get(group, PERMANENT)


def media_type(filename: str) -> str | None:
    """R48.2: the media type of a file the register accepts, by its suffix (case-insensitive),
    else ``None``."""
    dot = filename.rfind(".")
    return MEDIA_TYPES.get(filename[dot:].lower()) if dot >= 0 else None


DEFAULT_CATEGORY = "WS"  # 文书
DEFAULT_ORG = "JDH"  # 教代会
MIDDLE_DOT = "·"
_DOTS = "·・･"  # accepted when parsing; written as U+00B7
MAX_ITEM = 9999

CATALOGUE_COLUMNS: tuple[str, ...] = (
    "序号",
    "档号",
    "文号",
    "责任者",
    "题名",
    "日期",
    "密级",
    "页数",
    "备注",
)

_CODE_RE = re.compile(
    rf"^(?P<fonds>[0-9A-Z]+)-(?P<category>[0-9A-Z]+)[{_DOTS}](?P<year>\d{{4}})-"
    r"(?P<retention>Y|D30|D10)-(?:(?P<org>[0-9A-Z]+)-)?(?P<item>\d{4})$",
    re.ASCII,  # digits 0-9 only (\d would take full-width ones)
)
_PART_RE = re.compile(r"^[0-9A-Z]+$")
_DATE_RE = re.compile(r"^\d{8}$", re.ASCII)


def _bad(field: str, actual: object) -> InvalidArchivalCode:
    return InvalidArchivalCode(field=field, actual=actual)


@dataclass(frozen=True, slots=True)
class ArchivalCode:
    """R48.2: 档号 ``全宗号-门类代码·年度-保管期限-机构代码-件号``, e.g.
    ``0123-WS·2026-Y-JDH-0007``; ``org`` may be ``None`` (DA/T 22 lets the 机构（问题）代码
    be left out: ``0123-WS·2026-Y-0007``). Checked on construction
    (:class:`InvalidArchivalCode` with ``field``).
    """

    fonds: str
    year: int
    retention: str
    item: int
    category: str = DEFAULT_CATEGORY
    org: str | None = DEFAULT_ORG

    def __post_init__(self) -> None:
        for field in ("fonds", "category", "org"):
            value = getattr(self, field)
            if field == "org" and value is None:
                continue
            if not isinstance(value, str) or not _PART_RE.fullmatch(value):
                raise _bad(field, value)
        for field, low, high in (("year", 1000, 9999), ("item", 1, MAX_ITEM)):
            value = getattr(self, field)
            if count_problem(value, low) is not None or value > high:
                raise _bad(field, value)
        if self.retention not in RETENTION_LABELS:
            raise _bad("retention", self.retention)

    def format(self) -> str:
        """R48.2: the code as written on the stamp and in the catalogue."""
        org = f"{self.org}-" if self.org is not None else ""
        return f"{self.fonds}-{self.category}{MIDDLE_DOT}{self.year}-{self.retention}-{org}{self.item:04d}"

    def __str__(self) -> str:
        return self.format()

    def stamp(self, pages: int | None = None) -> FilingStamp:
        """R48.2: the filing stamp (归档章) of this item."""
        return FilingStamp(self.fonds, self.year, self.retention, self.item, self.org, pages)


def format_archival_code(
    *,
    fonds: str,
    year: int,
    retention: str,
    item: int,
    category: str = DEFAULT_CATEGORY,
    org: str | None = DEFAULT_ORG,
) -> str:
    """R48.2: ``format_archival_code(fonds="0123", year=2026, retention="Y", item=7)`` →
    ``"0123-WS·2026-Y-JDH-0007"``.
    """
    return ArchivalCode(fonds, year, retention, item, category, org).format()


def parse_archival_code(text: str) -> ArchivalCode:
    """R48.2: read an archival code (``·``, ``・`` or ``･`` accepted between category and
    year). Raises :class:`InvalidArchivalCode` (field ``"code"``) if malformed.
    """
    match = _CODE_RE.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise _bad("code", text)
    return ArchivalCode(
        fonds=match["fonds"],
        year=int(match["year"]),
        retention=match["retention"],
        item=int(match["item"]),
        category=match["category"],
        org=match["org"],
    )


@dataclass(frozen=True, slots=True)
class FilingStamp:
    """R48.2: 归档章 on an item's first page: 全宗号, 年度, 保管期限, 件号 (and the
    机构（问题）代码 and 页数 where used).
    """

    fonds: str
    year: int
    retention: str
    item: int
    org: str | None = None
    pages: int | None = None

    def cells(self) -> tuple[tuple[str, str], ...]:
        """R48.2: (field, text) pairs in stamp order; retention as its label (永久 …), item
        as four digits.
        """
        cells = [
            ("fonds", self.fonds),
            ("year", str(self.year)),
            ("retention", RETENTION_LABELS[self.retention]),
            ("item", f"{self.item:04d}"),
        ]
        if self.org is not None:
            cells.append(("org", self.org))
        if self.pages is not None:
            cells.append(("pages", str(self.pages)))
        return tuple(cells)


def next_item_number(existing: Iterable[int]) -> int:
    """R48.2: the next 件号 after those already used (1 for the first)."""
    number = max(existing, default=0) + 1
    if number > MAX_ITEM:
        raise _bad("item", number)
    return number


def format_catalogue_date(day: date) -> str:
    """R48.2: catalogue date as ``YYYYMMDD``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def parse_catalogue_date(text: str) -> date:
    """R48.2: read a ``YYYYMMDD`` date; :class:`InvalidArchivalCode` (field ``"date"``)."""
    if not isinstance(text, str) or not _DATE_RE.fullmatch(text):
        raise _bad("date", text)
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise _bad("date", text) from None


def format_title(title: str, supplied: bool = False) -> str:
    """R48.2: a title supplied by the filer is written in [ ]."""
    return f"[{title}]" if supplied else title


def parse_title(text: str) -> tuple[str, bool]:
    """R48.2: ``(title, supplied)`` from a catalogue title cell."""
    if len(text) >= 2 and text.startswith("[") and text.endswith("]"):
        return text[1:-1], True
    return text, False


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """R48.2: one row of the 归档文件目录 (columns :data:`CATALOGUE_COLUMNS`)."""

    seq: int
    code: ArchivalCode
    title: str
    day: date
    pages: int
    author: str = ""
    doc_number: str = ""
    title_supplied: bool = False
    classification: str = ""
    remarks: str = ""

    def cells(self) -> tuple[str, ...]:
        """R48.2: the nine cells, in column order."""
        return (
            str(self.seq),
            self.code.format(),
            self.doc_number,
            self.author,
            format_title(self.title, self.title_supplied),
            format_catalogue_date(self.day),
            self.classification,
            str(self.pages),
            self.remarks,
        )


def check_archive_groups(present: Iterable[int]) -> list[Finding]:
    """R48.1: ``group_missing`` (actual = group number, subject = group code) for each of
    the nine groups with no item filed.
    """
    have = set(present)
    return [
        Finding("R48.1", "group_missing", g.number, subject=g.code)
        for g in ARCHIVE_GROUPS
        if g.number not in have
    ]


def sha256_hex(data: bytes) -> str:
    """R48.2: the manifest digest of one file's bytes."""
    return hashlib.sha256(data).hexdigest()


def verify_manifest(expected: Mapping[str, str], actual: Mapping[str, str]) -> list[Finding]:
    """R48.2: compare a manifest (path → SHA-256) with digests computed now. Findings
    (subject = path): ``file_missing``, ``file_changed`` (actual, required = digests),
    ``file_unlisted``.
    """
    found = []
    for path in sorted(set(expected) | set(actual)):
        if path not in actual:
            found.append(Finding("R48.2", "file_missing", subject=path))
        elif path not in expected:
            found.append(Finding("R48.2", "file_unlisted", subject=path))
        elif actual[path].lower() != expected[path].lower():
            found.append(Finding("R48.2", "file_changed", actual[path], expected[path], path))
    return found
