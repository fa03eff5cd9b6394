"""R48.1/R48.2 rules at their edges: retention defaults, groups, accepted files, the 档号's
fields and item numbering (each bound seen from both sides)."""

from __future__ import annotations

from datetime import date

import pytest

from congress_app.rules.archive import (
    ARCHIVE_GROUPS,
    MAX_FILE_BYTES,
    MAX_ITEM,
    RETENTION_CODES,
    RETENTION_LABELS,
    ArchivalCode,
    FilingStamp,
    archive_group,
    default_retention,
    format_archival_code,
    format_catalogue_date,
    format_title,
    media_type,
    next_item_number,
    parse_archival_code,
    parse_catalogue_date,
    parse_title,
    verify_manifest,
)
from congress_app.rules.errors import InvalidArchivalCode


def test_retention_codes_and_labels():
    assert RETENTION_CODES == ("Y", "D30", "D10")
    assert RETENTION_LABELS == {"Y": "永久", "D30": "定期30年", "D10": "定期10年"}


def test_each_group_has_its_default_retention_and_an_unknown_one_is_permanent():
    assert [default_retention(g.number) for g in ARCHIVE_GROUPS] == [
        "Y",  # 1 higher-level documents
        "D30",  # 2 preparation
        "Y",  # 3 election: the delegate roll
        "Y",  # 4 presidium
        "D30",  # 5 agenda
        "Y",  # 6 reports and motions
        "Y",  # 7 resolutions and votes
        "D30",  # 8 proposals
        "D30",  # 9 minutes
    ]
    assert default_retention(0) == "Y" and default_retention(10) == "Y"


def test_groups_by_number():
    assert [archive_group(n).code for n in range(1, 10)] == [
        "higher_level",
        "preparation",
        "election",
        "presidium",
        "agenda",
        "reports",
        "resolutions",
        "proposals",
        "minutes",
    ]
    assert all(archive_group(n).number == n for n in range(1, 10))
    assert archive_group(0) is None and archive_group(10) is None and archive_group(-1) is None


@pytest.mark.parametrize(
    "name,kind",
    [
        ("批复.pdf", "application/pdf"),
        ("SCAN.PDF", "application/pdf"),
        (".pdf", "application/pdf"),  # a dot at the very start is still the suffix
        ("a.b.Jpeg", "image/jpeg"),
        ("a.jpg", "image/jpeg"),
        ("a.png", "image/png"),
        ("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("pdf", None),
        ("a.doc", None),
        ("a.pdf.exe", None),
        ("a.", None),
    ],
)
def test_media_type_by_suffix(name, kind):
    assert media_type(name) == kind


def test_the_largest_file_is_50_mib():
    assert MAX_FILE_BYTES == 50 * 1024 * 1024 == 52_428_800


@pytest.mark.parametrize("year", [1000, 9999])
def test_year_bounds_are_inclusive(year):
    assert ArchivalCode("0123", year, "Y", 1).year == year


@pytest.mark.parametrize(
    "kwargs,field",
    [
        ({"year": 999}, "year"),
        ({"year": 10000}, "year"),
        ({"year": "2026"}, "year"),
        ({"year": True}, "year"),
        ({"item": MAX_ITEM + 1}, "item"),
        ({"item": -1}, "item"),
        ({"item": 1.0}, "item"),
        ({"fonds": None}, "fonds"),
        ({"fonds": ""}, "fonds"),
        ({"fonds": "0123\n"}, "fonds"),  # a trailing newline is not a field's end
        ({"org": "JDH\n"}, "org"),
        ({"category": None}, "category"),
        ({"category": "ws"}, "category"),
        ({"org": ""}, "org"),
        ({"org": 7}, "org"),
        ({"retention": "y"}, "retention"),
        ({"retention": None}, "retention"),
    ],
)
def test_each_field_is_checked(kwargs, field):
    args = {"fonds": "0123", "year": 2026, "retention": "Y", "item": 1} | kwargs
    with pytest.raises(InvalidArchivalCode) as info:
        ArchivalCode(**args)
    assert info.value.field == field and info.value.actual == kwargs[field]


def test_item_bounds_are_inclusive():
    assert ArchivalCode("0123", 2026, "D10", MAX_ITEM).format() == "0123-WS·2026-D10-JDH-9999"
    assert ArchivalCode("0123", 2026, "D10", 1, org=None).format() == "0123-WS·2026-D10-0001"


def test_parse_refuses_what_is_not_text_and_names_the_code():
    for text in (None, 123, "0123-WS·2026-Y-JDH-0007x", "0123-WS·２０２６-Y-JDH-０００７"):
        with pytest.raises(InvalidArchivalCode) as info:
            parse_archival_code(text)
        assert info.value.field == "code" and info.value.actual == text
    assert parse_archival_code("0123-WS･2026-Y-0001").format() == "0123-WS·2026-Y-0001"


def test_next_item_number_up_to_the_last():
    assert next_item_number([MAX_ITEM - 1]) == MAX_ITEM
    assert next_item_number(iter([2, 5, 4])) == 6
    with pytest.raises(InvalidArchivalCode) as info:
        next_item_number([MAX_ITEM])
    assert info.value.field == "item" and info.value.actual == MAX_ITEM + 1


def test_stamp_cells_keep_zero_pages_and_the_org():
    assert FilingStamp("0123", 2026, "D10", 3, None, 0).cells() == (
        ("fonds", "0123"),
        ("year", "2026"),
        ("retention", "定期10年"),
        ("item", "0003"),
        ("pages", "0"),
    )
    code = ArchivalCode("0123", 2026, "Y", 3, org="JDH")
    assert code.stamp() == FilingStamp("0123", 2026, "Y", 3, "JDH", None)
    assert ArchivalCode("0123", 2026, "Y", 3, org=None).stamp(2).org is None


def test_catalogue_date_pads_every_part_and_reads_exactly_eight_digits():
    assert format_catalogue_date(date(987, 1, 2)) == "09870102"
    for bad in ("20260305\n", "２０２６０３０５", "+2026035"):
        with pytest.raises(InvalidArchivalCode) as info:
            parse_catalogue_date(bad)
        assert info.value.field == "date"


def test_titles_in_brackets_only_when_both_are_there():
    assert parse_title("[]") == ("", True)
    assert parse_title("[") == ("[", False)
    assert parse_title("]") == ("]", False)
    assert parse_title("[题名") == ("[题名", False)
    assert parse_title("题名]") == ("题名]", False)
    assert parse_title("") == ("", False)


def test_manifest_findings_are_in_path_order():
    a, b = "a" * 64, "b" * 64
    found = verify_manifest({"b.pdf": a, "c.pdf": a}, {"a.pdf": a, "c.pdf": b})
    assert [(f.code, f.subject) for f in found] == [
        ("file_unlisted", "a.pdf"),
        ("file_missing", "b.pdf"),
        ("file_changed", "c.pdf"),
    ]
    assert (found[2].actual, found[2].required) == (b, a)
    assert verify_manifest({}, {}) == []


def test_the_code_as_text_and_by_keywords():
    code = ArchivalCode("0123", 2026, "Y", 7)
    assert str(code) == code.format() == "0123-WS·2026-Y-JDH-0007"
    assert f"{code}" == "0123-WS·2026-Y-JDH-0007"
    assert format_archival_code(fonds="0123", year=2026, retention="Y", item=7) == "0123-WS·2026-Y-JDH-0007"
    assert (
        format_archival_code(fonds="9", year=1999, retention="D30", item=12, category="KJ", org=None)
        == "9-KJ·1999-D30-0012"
    )
    with pytest.raises(InvalidArchivalCode) as info:
        format_archival_code(fonds="0123", year=2026, retention="D5", item=7)
    assert info.value.field == "retention"


def test_stamp_cells_with_the_org_and_pages_in_that_order():
    assert FilingStamp("0123", 2026, "D30", 12, "JDH", 5).cells() == (
        ("fonds", "0123"),
        ("year", "2026"),
        ("retention", "定期30年"),
        ("item", "0012"),
        ("org", "JDH"),
        ("pages", "5"),
    )
    assert ArchivalCode("0123", 2026, "Y", 3).stamp(4).cells()[-2:] == (("org", "JDH"), ("pages", "4"))


def test_the_first_item_is_number_one():
    assert next_item_number([]) == 1
    assert next_item_number([1]) == 2


@pytest.mark.parametrize(
    "text,day",
    [("20260305", date(2026, 3, 5)), ("19991231", date(1999, 12, 31)), ("00010101", date(1, 1, 1))],
)
def test_catalogue_date_read_back(text, day):
    assert parse_catalogue_date(text) == day
    assert format_catalogue_date(parse_catalogue_date(text)) == text


def test_a_catalogue_date_that_is_no_day_is_refused():
    for bad in ("20260230", "20261301", "20260000", "00000101"):
        with pytest.raises(InvalidArchivalCode) as info:
            parse_catalogue_date(bad)
        assert info.value.field == "date" and info.value.actual == bad


def test_a_supplied_title_is_written_in_brackets_and_read_back():
    assert format_title("关于绩效考核办法的决议", supplied=True) == "[关于绩效考核办法的决议]"
    assert format_title("关于绩效考核办法的决议") == "关于绩效考核办法的决议"
    for title, supplied in (("会议记录", True), ("会议记录", False), ("a", True)):
        assert parse_title(format_title(title, supplied)) == (title, supplied)
