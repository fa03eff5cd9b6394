"""Fixtures for the report tests: poppler probes and realistic Chinese sample data."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest


def _run(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def same_line(self, other: Word) -> bool:
        return abs((self.y0 + self.y1) / 2 - (other.y0 + other.y1) / 2) < 3


def overlaps(words: list[Word]) -> list[tuple[str, str]]:
    """Pairs of words on one line whose boxes overlap: text drawn over text."""
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if a.same_line(b) and min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5:
                found.append((a.text, b.text))
    return found


class Poppler:
    @staticmethod
    def text(path: Path, *, layout: bool = False) -> str:
        return _run("pdftotext", *(["-layout"] if layout else []), str(path), "-")

    @staticmethod
    def flat_text(path: Path) -> str:
        """Text with all whitespace removed: CJK runs come out of pdftotext spaced
        arbitrarily, so compare against this."""
        return re.sub(r"\s+", "", Poppler.text(path))

    @staticmethod
    def pages_text(path: Path) -> list[str]:
        return Poppler.text(path).split("\f")[:-1]

    @staticmethod
    def fonts(path: Path) -> list[FontRow]:
        lines = _run("pdffonts", str(path)).splitlines()
        header, rule, rows = lines[0], lines[1], lines[2:]
        # columns are fixed-width, delimited by the dashes of the rule line
        spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
        out = []
        for row in rows:
            cells = [row[a : b + 1].strip() for a, b in spans]
            out.append(FontRow(name=cells[0], type=cells[1], embedded=cells[3] == "yes"))
        assert header.split()[:2] == ["name", "type"]
        return out

    @staticmethod
    def words(path: Path, *, page: int = 1) -> list[Word]:
        """The words of one page with their boxes (pdftotext -bbox; y grows downwards)."""
        html = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
        return [
            Word(unescape(m["text"]), float(m["x0"]), float(m["y0"]), float(m["x1"]), float(m["y1"]))
            for m in re.finditer(
                r'<word xMin="(?P<x0>[\d.]+)" yMin="(?P<y0>[\d.]+)" '
                r'xMax="(?P<x1>[\d.]+)" yMax="(?P<y1>[\d.]+)">(?P<text>[^<]*)</word>',
                html,
            )
        ]

    @staticmethod
    def info(path: Path) -> str:
        return _run("pdfinfo", str(path))

    @staticmethod
    def page_count(path: Path) -> int:
        return int(re.search(r"^Pages:\s+(\d+)", Poppler.info(path), re.M).group(1))


@pytest.fixture
def poppler() -> type[Poppler]:
    return Poppler


def assert_all_embedded(poppler: type[Poppler], path: Path) -> None:
    fonts = poppler.fonts(path)
    assert fonts, "no fonts at all: the text was not written"
    not_embedded = [f.name for f in fonts if not f.embedded]
    assert not not_embedded, f"fonts not embedded: {not_embedded}"
    assert all("WenQuanYiMicroHei" in f.name or "UMingCN" in f.name for f in fonts), [f.name for f in fonts]


@pytest.fixture
def embedded(poppler):
    return lambda path: assert_all_embedded(poppler, path)


# ------------------------------------------------------------ sample data
# The 24 election units and on-duty counts of the sample university roster (copied here: tests
# read nothing outside the repository).
UNIVERSITY_UNITS = [
    ("电子信息与电气工程学部", 186),
    ("外国语学院", 182),
    ("船舶工程学院", 181),
    ("海洋科学与技术学院", 152),
    ("计算机科学与技术学院", 151),
    ("化工学院", 140),
    ("体育部", 123),
    ("建设工程学部", 111),
    ("建筑与艺术学院", 111),
    ("能源与动力学院", 108),
    ("人文学院", 103),
    ("材料科学与工程学院", 100),
    ("数学科学学院", 98),
    ("马克思主义学院", 94),
    ("后勤保障处", 91),
    ("物理学院", 90),
    ("实验室与设备处", 81),
    ("机械工程学院", 76),
    ("生物工程学院", 47),
    ("继续教育学院", 42),
    ("经济管理学院", 39),
    ("图书馆", 38),
    ("机关党委", 31),
    ("附属学校", 25),
]

NAMES = (
    "邹梓 孙文军 邓一 于霞秋 朱轩 侯志 范晨鹏 白怡凯 程国 苏瑞军 邵凯雪 魏涛 姚志勇 熊文涵 曹芳 "
    "崔青浩 汤一诺 韩刚涛 吕洋 段峰明 徐娟 韩霞秋 田桂涵 雷燕 魏敏 严梓勇 侯建 钱建 严晓诺 刘晓 "
    "苏菊 高玉娥 杜秋文 方远超 段平 杜娟冬 秦军 汪远鹏 许秀文 冯明平 欧阳明远 司马晓晴"
).split()


@pytest.fixture
def names() -> list[str]:
    return list(NAMES)


@pytest.fixture
def university_units() -> list[tuple[str, int]]:
    return list(UNIVERSITY_UNITS)
