"""Synthetic staff for the demo university and the benchmarks (generated names, not real people).

``make_roster_rows`` returns rows as dicts keyed by the template's English field names
(staff_no, name, gender, birth_date, unit, category, status, status_since, post) with
``datetime.date`` values for the two dates (status_since is None for 在岗) and "" for no post.
Gender, category and status are the stored codes (``rules.seats``); the file writers put the
template's words (在岗, 教学, 男 …) into the files.
Same arguments, same rows.
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

from congress_app.roster_file.columns import COLUMNS, HEADERS_ZH, word_of
from congress_app.rules import seats as S

SHEET = "教职工名册"

# Common surnames, weighted roughly by frequency.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
_SURNAME_WEIGHTS = [max(1.0, 80.0 / (i + 1) ** 0.9) for i in range(len(SURNAMES))]
GIVEN_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩凯健俊帆帅旭宇晨睿博文志建国海峰亮成林东龙"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀玲桂英婷雪慧颖琳晶倩洁瑶佳欣怡楠梅萍红燕蕾璐露丹妍彤琪雯莉"
GIVEN_EITHER = "一子晓小思嘉雨梓春秋立新天云安乐宏子涵宁诗梦"

ACADEMIC_UNITS = (
    "机械工程学院",
    "化工学院",
    "材料科学与工程学院",
    "电子信息与电气工程学部",
    "建设工程学部",
    "数学科学学院",
    "物理学院",
    "化学学院",
    "外国语学院",
    "人文学院",
    "经济管理学院",
    "建筑与艺术学院",
    "海洋科学与技术学院",
    "生物工程学院",
    "环境学院",
    "能源与动力学院",
    "软件学院",
    "计算机科学与技术学院",
    "马克思主义学院",
    "体育与健康学院",
    "法学院",
    "船舶工程学院",
    "医学部",
    "国际教育学院",
)
SUPPORT_UNITS = ("机关党委", "图书馆", "后勤保障处", "信息与网络中心", "分析测试中心", "档案馆")
LEADER_UNIT = "机关党委"
LEADER_POSTS = ("党委书记", "校长", "工会主席")

CATEGORY_WEIGHTS_ACADEMIC = {
    S.TEACHING: 66,
    S.RESEARCH: 11,
    S.MANAGEMENT: 8,
    S.TEACHING_SUPPORT: 10,
    S.SERVICE: 5,
}
CATEGORY_WEIGHTS_SUPPORT = {
    S.TEACHING: 0,
    S.RESEARCH: 2,
    S.MANAGEMENT: 55,
    S.TEACHING_SUPPORT: 28,
    S.SERVICE: 15,
}
STATUS_WEIGHTS = {S.ON_DUTY: 925, S.AWAY_STUDY: 30, S.AWAY_WORK: 20, S.RETIRED: 15, S.TRANSFERRED: 10}


def _units(count: int) -> list[str]:
    """Academic units with one or two support units mixed in (always 机关党委)."""
    count = max(1, count)
    n_support = 1 if count < 8 else min(len(SUPPORT_UNITS), 1 + count // 8)
    n_academic = count - n_support
    names = list(ACADEMIC_UNITS[: max(0, n_academic)])
    k = 2
    while len(names) < n_academic:  # more units than names: numbered departments
        names.append(f"第{k}{ACADEMIC_UNITS[len(names) % len(ACADEMIC_UNITS)]}")
        k += 1
    return names + list(SUPPORT_UNITS[:n_support])


def _name(rng: random.Random, gender: str) -> str:
    surname = rng.choices(SURNAMES, weights=_SURNAME_WEIGHTS)[0]
    pool = GIVEN_MALE if gender == S.MALE else GIVEN_FEMALE
    if rng.random() < 0.35:  # one-character given name
        return surname + rng.choice(pool)
    first = rng.choice(GIVEN_EITHER) if rng.random() < 0.3 else rng.choice(pool)
    return surname + first + rng.choice(pool)


def _birth(rng: random.Random, as_of: date, min_age: int, max_age: int) -> date:
    """A birth date giving an age between min_age and max_age on as_of."""
    latest = as_of - timedelta(days=round(365.25 * min_age) + 1)
    return latest - timedelta(days=rng.randrange(round(365.25 * (max_age - min_age))))


def make_roster_rows(
    rows: int = 5000, units: int = 20, seed: int = 1, *, as_of: date | None = None
) -> list[dict[str, object]]:
    """``rows`` staff in ``units`` election units; dates are before ``as_of`` (default today).

    Includes the three main leaders (党委书记, 校长, 工会主席) on duty in 机关党委. Every
    unit gets staff when rows >= units + 3."""
    rng = random.Random(seed)
    as_of = as_of or date.today()
    unit_names = _units(units)
    support = set(SUPPORT_UNITS)
    # Unequal unit sizes: big schools and small ones (every unit gets someone).
    unit_weights = [(0.5 if name in support else 1.0) * rng.lognormvariate(0, 0.5) for name in unit_names]
    statuses = list(STATUS_WEIGHTS)
    status_w = list(STATUS_WEIGHTS.values())
    out: list[dict[str, object]] = []
    for i in range(rows):
        staff_no = str(100001 + i)
        if i < len(unit_names):
            unit = unit_names[i]
        else:
            unit = rng.choices(unit_names, weights=unit_weights)[0]
        weights = CATEGORY_WEIGHTS_SUPPORT if unit in support else CATEGORY_WEIGHTS_ACADEMIC
        category = rng.choices(list(weights), weights=list(weights.values()))[0]
        gender = S.MALE if rng.random() < (0.56 if category == S.TEACHING else 0.48) else S.FEMALE
        status = rng.choices(statuses, weights=status_w)[0]
        since: date | None = None
        if status == S.RETIRED:
            since = as_of - timedelta(days=rng.randrange(1, 3 * 365))
            birth = since.replace(day=1) - timedelta(days=365 * 60 + rng.randrange(0, 5 * 365))
        else:
            birth = _birth(rng, as_of, 24, 60)
            if status != S.ON_DUTY:
                since = as_of - timedelta(days=rng.randrange(1, 2 * 365))
        out.append(
            {
                "staff_no": staff_no,
                "name": _name(rng, gender),
                "gender": gender,
                "birth_date": birth,
                "unit": unit,
                "category": category,
                "status": status,
                "status_since": since,
                "post": "",
            }
        )
    # The main leaders, on duty in the party committee office.
    leader_unit = LEADER_UNIT if LEADER_UNIT in unit_names else unit_names[-1]
    # Taken after the first row of each unit, so that no unit is left empty.
    first = len(unit_names) if len(out) >= len(unit_names) + len(LEADER_POSTS) else 0
    for k, post in enumerate(LEADER_POSTS[: len(out)]):
        row = out[first + k]
        row.update(
            post=post,
            unit=leader_unit,
            category=S.MANAGEMENT,
            status=S.ON_DUTY,
            status_since=None,
            birth_date=_birth(rng, as_of, 52, 61),
        )
    return out


def _cells(row: dict[str, object]) -> list[object]:
    """The row as the file's cells: the words of the template for the coded columns."""
    coded = ("gender", "category", "status")
    return [
        None if row[c.field] == "" else word_of(str(row[c.field])) if c.field in coded else row[c.field]
        for c in COLUMNS
    ]


def make_roster_xlsx(
    path: Path | str,
    rows: int = 5000,
    units: int = 20,
    seed: int = 1,
    *,
    as_of: date | None = None,
) -> Path:
    """Write the roster as an XLSX (sheet 教职工名册, real date cells); returns the path."""
    from openpyxl import Workbook

    from congress_app.spreadsheet import append_row

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    for letter, width in zip("ABCDEFGHI", (10, 10, 6, 12, 24, 10, 10, 14, 10), strict=True):
        ws.column_dimensions[letter].width = width
    append_row(ws, HEADERS_ZH)
    for row in make_roster_rows(rows, units, seed, as_of=as_of):
        append_row(ws, _cells(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def make_roster_csv(
    path: Path | str,
    rows: int = 5000,
    units: int = 20,
    seed: int = 1,
    *,
    as_of: date | None = None,
    encoding: str = "utf-8-sig",
) -> Path:
    """Write the roster as CSV (dates as YYYY-MM-DD)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HEADERS_ZH)
        for row in make_roster_rows(rows, units, seed, as_of=as_of):
            writer.writerow(
                [v.isoformat() if isinstance(v, date) else ("" if v is None else v) for v in _cells(row)]
            )
    return path
