"""stroke_count against Unihan 15.0.0 kTotalStrokes (values checked in the Unihan files)."""

from __future__ import annotations

import pytest

from congress_app.strokes import stroke_count, unihan_version

# each confirmed in Unihan_IRGSources.txt (Unicode 15.0.0), field kTotalStrokes
KNOWN = {
    "一": 1,
    "人": 2,
    "丁": 2,
    "马": 3,
    "王": 4,
    "司": 5,
    "刘": 6,
    "阳": 6,
    "张": 7,
    "李": 7,
    "陈": 7,
    "杨": 7,
    "欧": 8,
    "赵": 9,
    "诸": 10,
    "黄": 11,
    "曾": 12,
    "葛": 12,
    "戴": 17,
}


@pytest.mark.parametrize(("char", "expected"), KNOWN.items())
def test_known_counts(char: str, expected: int) -> None:
    assert stroke_count(char) == expected


def test_two_valued_entries_take_the_prc_value() -> None:
    # Unihan gives "8 9" for 范 and "9 10" for 骨: zh-Hans first
    assert stroke_count("范") == 8
    assert stroke_count("骨") == 9


def test_extension_a_and_b_are_covered() -> None:
    assert stroke_count("\u3400") == 5  # 㐀
    assert stroke_count("\U00020000") == 2  # 𠀀, Extension B


def test_compatibility_forms_count_as_their_ideograph() -> None:
    assert stroke_count("\u2f08") == 2  # KANGXI RADICAL MAN, as pasted from a PDF, is 人
    assert stroke_count("\uf98a") == 2  # CJK COMPATIBILITY IDEOGRAPH-F98A is 力


@pytest.mark.parametrize("text", ["A", "z", "7", " ", "·", "", "王五", "あ"])
def test_unknown_or_not_one_character_is_none(text: str) -> None:
    assert stroke_count(text) is None


def test_table_reports_its_unihan_version() -> None:
    assert unihan_version() == "15.0.0"
