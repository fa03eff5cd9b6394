"""按姓氏笔画排序: surname strokes, then the given name character by character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.strokes import sort_by_surname_strokes, surname_stroke_key


def test_orders_by_surname_strokes() -> None:
    # 丁 2, 王 4, 李 7, 赵 9
    assert sort_by_surname_strokes(["赵六", "王五", "丁一", "李四"]) == ["丁一", "王五", "李四", "赵六"]


def test_accepts_any_iterable_and_returns_a_new_list() -> None:
    names = ("赵六", "丁一")
    assert sort_by_surname_strokes(iter(names)) == ["丁一", "赵六"]
    assert sort_by_surname_strokes([]) == []


def test_same_surname_falls_through_to_the_given_name() -> None:
    # 王 + 戴 17 / 一 1 / 曾 12 / 黄 11
    assert sort_by_surname_strokes(["王戴", "王一", "王曾", "王黄"]) == ["王一", "王黄", "王曾", "王戴"]


def test_given_name_compared_character_by_character() -> None:
    # second characters equal (人 2), so the third decides: 一 1 < 丁 2 < 赵 9
    assert sort_by_surname_strokes(["李人赵", "李人丁", "李人一"]) == ["李人一", "李人丁", "李人赵"]


def test_equal_surname_strokes_keep_each_surname_together() -> None:
    # 张 李 陈 杨 all have 7 strokes: the surname is settled (by code point: 张 U+5F20 < 李 U+674E
    # < 杨 U+6768 < 陈 U+9648) before any given name is looked at, so 李戴 comes before 杨一
    names = ["陈一", "杨一", "李戴", "张曾", "李一", "张一"]
    assert sort_by_surname_strokes(names) == ["张一", "张曾", "李一", "李戴", "杨一", "陈一"]


def test_fewer_strokes_beats_any_given_name() -> None:
    # 马 3 with a heavy given name still precedes 王 4 with a light one
    assert sort_by_surname_strokes(["王一", "马戴戴"]) == ["马戴戴", "王一"]


def test_compound_surnames_sort_by_their_characters() -> None:
    # 司 5 < 欧 8 < 诸 10; 司马 (马 3) < 司徒 (徒 10); 欧阳 (阳 6) < 欧明 (明 8)
    names = ["诸葛亮", "欧明", "司徒雷登", "欧阳修", "司马光", "王一"]
    assert sort_by_surname_strokes(names) == ["王一", "司马光", "司徒雷登", "欧阳修", "欧明", "诸葛亮"]


def test_more_compound_surnames() -> None:
    # 上 3 (上官), 公 4 (公孙, 公冶), 东 5 (东方), 令 5 (令狐), 皇 9 (皇甫), 钟 9 (钟离),
    # 夏 10 (夏侯), 慕 14 (慕容), 澹 16 (澹台)
    names = [
        "澹台灭明",
        "慕容复",
        "夏侯惇",
        "皇甫嵩",
        "钟离春",
        "令狐冲",
        "东方朔",
        "公孙胜",
        "公冶长",
        "上官婉儿",
    ]
    result = sort_by_surname_strokes(names)
    assert result[0] == "上官婉儿"
    assert result[1:3] == ["公孙胜", "公冶长"]  # 孙 6 < 冶 7
    assert result[-2:] == ["慕容复", "澹台灭明"]
    assert result.index("皇甫嵩") < result.index("夏侯惇")  # 9 < 10
    assert result.index("钟离春") < result.index("夏侯惇")
    assert sorted(result) == sorted(names)


def test_a_single_surname_precedes_the_same_character_with_more() -> None:
    # 欧 alone (a one-character name) comes before every 欧… name
    assert sort_by_surname_strokes(["欧阳", "欧"]) == ["欧", "欧阳"]


def test_latin_names_sort_after_chinese_ones() -> None:
    names = ["Zhang Wei", "戴一", "alice", "Bob", "王五", "3号"]
    assert sort_by_surname_strokes(names) == ["王五", "戴一", "3号", "alice", "Bob", "Zhang Wei"]


def test_a_latin_letter_inside_a_name_sorts_after_the_han_characters_at_that_place() -> None:
    # same surname: the Latin given name follows every Han given name, but the surname still
    # places the name before a heavier surname
    assert sort_by_surname_strokes(["赵一", "李Ming", "李戴", "李一"]) == ["李一", "李戴", "李Ming", "赵一"]


def test_padding_spaces_and_middle_dots_are_ignored() -> None:
    # two-character names are often padded with an ideographic space to align with three
    assert surname_stroke_key("王\u3000五")[0] == surname_stroke_key("王五")[0]
    assert surname_stroke_key("阿不都·热合曼")[0] == surname_stroke_key("阿不都热合曼")[0]
    assert sort_by_surname_strokes(["王\u3000戴", "王一一"]) == ["王一一", "王\u3000戴"]


def test_names_differing_only_in_ignored_characters_still_order_deterministically() -> None:
    a, b = "王五", "王 五"
    assert sort_by_surname_strokes([a, b]) == sort_by_surname_strokes([b, a])


def test_other_characters_sort_after_latin_by_code_point() -> None:
    # a private-use character is neither Han nor Latin: it sorts among the "other" characters,
    # case-insensitively and then by code point
    assert sort_by_surname_strokes(["\ue000", "A", "戴"]) == ["戴", "A", "\ue000"]
    assert sort_by_surname_strokes(["b", "B", "a"]) == ["a", "B", "b"]


HAN = "一人丁马王司刘阳张李陈杨欧赵诸黄曾葛戴范骨欧阳司马诸葛上官东方皇甫令狐慕容"
names = st.text(alphabet=st.sampled_from(HAN + "AbZ09 ·\u3000"), max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(names | st.text(max_size=4), max_size=20))
def test_sort_is_a_permutation_and_idempotent(items: list[str]) -> None:
    result = sort_by_surname_strokes(items)
    assert sorted(result) == sorted(items)
    assert sort_by_surname_strokes(result) == result
    assert sort_by_surname_strokes(reversed(items)) == result  # independent of input order


@settings(max_examples=200, deadline=None)
@given(names, names)
def test_the_surname_decides_when_its_strokes_differ(a: str, b: str) -> None:
    from congress_app.strokes import stroke_count

    sa = stroke_count(a[:1]) if a else None
    sb = stroke_count(b[:1]) if b else None
    if sa is not None and sb is not None and sa < sb:
        assert sort_by_surname_strokes([b, a]) == [a, b]


def test_han_without_a_count_sorts_after_counted_han_and_before_latin(monkeypatch) -> None:
    import congress_app.strokes as strokes

    # a table that knows 王 but not 李: 李 is then an uncounted Han character
    monkeypatch.setattr(strokes, "_table", lambda: ({"王": 4}, "test"))
    assert strokes.stroke_count("李") is None
    assert sort_by_surname_strokes(["Li", "李四", "王五"]) == ["王五", "李四", "Li"]
