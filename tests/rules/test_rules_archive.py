"""R48.1, R48.2: archive groups, archival codes, filing stamp, catalogue, manifest."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.rules import (
    ARCHIVE_GROUPS,
    CATALOGUE_COLUMNS,
    ArchivalCode,
    CatalogueRow,
    Finding,
    InvalidArchivalCode,
    check_archive_groups,
    format_archival_code,
    format_catalogue_date,
    format_title,
    next_item_number,
    parse_archival_code,
    parse_catalogue_date,
    parse_title,
    sha256_hex,
    verify_manifest,
)


def test_example_code():
    code = parse_archival_code("0123-WS·2026-Y-JDH-0007")
    assert code == ArchivalCode("0123", 2026, "Y", 7, "WS", "JDH")
    assert code.format() == "0123-WS·2026-Y-JDH-0007" == str(code)
    assert format_archival_code(fonds="0123", year=2026, retention="Y", item=7) == ("0123-WS·2026-Y-JDH-0007")


def test_code_variants():
    assert parse_archival_code("0123-WS·2026-D30-0012").org is None
    assert parse_archival_code("0123-WS·2026-D30-0012").format() == "0123-WS·2026-D30-0012"
    assert parse_archival_code("X001-WS・2025-D10-JDH-9999").format() == "X001-WS·2025-D10-JDH-9999"
    assert parse_archival_code(" 0123-WS·2026-Y-JDH-0001 ").item == 1


@pytest.mark.parametrize(
    "text",
    [
        "0123-WS2026-Y-JDH-0007",  # no dot
        "0123-WS·2026-D20-JDH-0007",  # unknown retention
        "0123-WS·2026-Y-JDH-007",  # three-digit item
        "0123-WS·2026-Y-JDH-00007",
        "0123-WS·26-Y-JDH-0007",
        "0123-ws·2026-Y-JDH-0007",
        "0123-WS·2026-Y-JDH-0000",  # item 0
        "",
    ],
)
def test_bad_codes(text):
    with pytest.raises(InvalidArchivalCode) as info:
        parse_archival_code(text)
    assert isinstance(info.value, ValueError) and info.value.rule == "R48.2"


@pytest.mark.parametrize(
    "kwargs,field",
    [
        (dict(item=10000), "item"),
        (dict(item=0), "item"),
        (dict(retention="P"), "retention"),
        (dict(year=99), "year"),
        (dict(fonds="01-23"), "fonds"),
        (dict(org="J H"), "org"),
    ],
)
def test_bad_fields(kwargs, field):
    args = dict(fonds="0123", year=2026, retention="Y", item=1) | kwargs
    with pytest.raises(InvalidArchivalCode) as info:
        ArchivalCode(**args)
    assert info.value.field == field


@settings(max_examples=100, deadline=None)
@given(
    st.text("0123456789ABCXYZ", min_size=1, max_size=6),
    st.integers(1000, 9999),
    st.sampled_from(["Y", "D30", "D10"]),
    st.integers(1, 9999),
    st.sampled_from(["WS", "KJ"]),
    st.one_of(st.none(), st.text("ABCDEFJHX0123", min_size=1, max_size=5)),
)
def test_roundtrip(fonds, year, retention, item, category, org):
    code = ArchivalCode(fonds, year, retention, item, category, org)
    assert parse_archival_code(code.format()) == code


def test_filing_stamp():
    stamp = parse_archival_code("0123-WS·2026-D30-JDH-0007").stamp(pages=3)
    assert stamp.cells() == (
        ("fonds", "0123"),
        ("year", "2026"),
        ("retention", "定期30年"),
        ("item", "0007"),
        ("org", "JDH"),
        ("pages", "3"),
    )
    assert ArchivalCode("0123", 2026, "Y", 12, org=None).stamp().cells()[2:] == (
        ("retention", "永久"),
        ("item", "0012"),
    )


def test_catalogue_date_and_title():
    assert format_catalogue_date(date(2026, 3, 5)) == "20260305"
    assert parse_catalogue_date("20240229") == date(2024, 2, 29)
    for bad in ("20230229", "2026035", "2026-03-05", "20261301"):
        with pytest.raises(InvalidArchivalCode) as info:
            parse_catalogue_date(bad)
        assert info.value.field == "date"
    assert format_title("代表名册", supplied=True) == "[代表名册]"
    assert format_title("关于召开教代会的通知") == "关于召开教代会的通知"
    assert parse_title("[代表名册]") == ("代表名册", True)
    assert parse_title("通知") == ("通知", False)


def test_catalogue_row():
    row = CatalogueRow(
        seq=1,
        code=ArchivalCode("0123", 2026, "Y", 7),
        title="大会决议",
        day=date(2026, 3, 20),
        pages=4,
        author="大连某大学工会",
        doc_number="工发〔2026〕3号",
        title_supplied=True,
    )
    assert len(CATALOGUE_COLUMNS) == 9 and CATALOGUE_COLUMNS[5] == "日期"
    assert row.cells() == (
        "1",
        "0123-WS·2026-Y-JDH-0007",
        "工发〔2026〕3号",
        "大连某大学工会",
        "[大会决议]",
        "20260320",
        "",
        "4",
        "",
    )


def test_groups_and_next_item():
    assert [g.number for g in ARCHIVE_GROUPS] == list(range(1, 10))
    found = check_archive_groups([1, 2, 3, 4, 5, 6, 7, 9])
    assert found == [Finding("R48.1", "group_missing", 8, subject="proposals")]
    assert check_archive_groups(range(1, 10)) == []
    assert next_item_number([]) == 1 and next_item_number([3, 1, 7]) == 8
    with pytest.raises(InvalidArchivalCode):
        next_item_number([9999])


def test_manifest():
    a, b = sha256_hex(b"a"), sha256_hex(b"b")
    assert a == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    assert verify_manifest({"x.pdf": a, "y.pdf": b}, {"x.pdf": a, "y.pdf": b}) == []
    assert verify_manifest({"x.pdf": a, "y.pdf": b}, {"x.pdf": b, "z.pdf": a}) == [
        Finding("R48.2", "file_changed", b, a, "x.pdf"),
        Finding("R48.2", "file_missing", subject="y.pdf"),
        Finding("R48.2", "file_unlisted", subject="z.pdf"),
    ]
    assert verify_manifest({"x.pdf": a.upper()}, {"x.pdf": a}) == []
