"""名额分配表: PDF text, fonts, chart, landscape, XLSX contents."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from congress_app.reports.seat_allocation import (
    SeatAllocationData,
    SeatAllocationLabels,
    SeatUnitRow,
    build_seat_allocation_pdf,
    build_seat_allocation_xlsx,
)

SCHOOL = "大连理工示范大学"


def _hamilton(sizes: list[int], total: int) -> list[int]:
    """One seat each, then largest remainder (RA.1) — only to make realistic sample data."""
    n, rest = sum(sizes), total - len(sizes)
    seats = [1 + s * rest // n for s in sizes]
    order = sorted(range(len(sizes)), key=lambda i: (-(sizes[i] * rest % n), -sizes[i]))
    for i in order[: total - sum(seats)]:
        seats[i] += 1
    return seats


def _highest_averages(sizes: list[int], total: int, divisor) -> list[int]:
    seats = [1] * len(sizes)
    for _ in range(total - len(sizes)):
        best = max(range(len(sizes)), key=lambda i: (sizes[i] / divisor(seats[i]), sizes[i]))
        seats[best] += 1
    return seats


def make_data(
    units: list[tuple[str, int]],
    total: int,
    *,
    comparison: bool = True,
    method: str = "hamilton",
    reason: str | None = None,
) -> SeatAllocationData:
    sizes = [n for _, n in units]
    seats = _hamilton(sizes, total)
    sl = _highest_averages(sizes, total, lambda s: 2 * s + 1)
    dh = _highest_averages(sizes, total, lambda s: s + 1)
    chosen = {"hamilton": seats, "sainte-lague": sl, "dhondt": dh}[method]
    rows = []
    for (unit, n), s, h, a, b in zip(units, chosen, seats, sl, dh, strict=True):
        teaching, women, youth = n * 62 // 100, n * 47 // 100, n * 23 // 100
        rows.append(
            SeatUnitRow(
                unit=unit,
                on_duty=n,
                teaching=teaching,
                women=women,
                youth=youth,
                seats=s,
                teaching_target=min(s, teaching, -(-6 * s // 10)),
                women_target=women * s // n,
                youth_target=youth * s // n,
                **({"seats_hamilton": h, "seats_sainte_lague": a, "seats_dhondt": b} if comparison else {}),
            )
        )
    n_total = sum(sizes)
    return SeatAllocationData(
        school=SCHOOL,
        reference_date=date(2025, 3, 1),
        on_duty_total=n_total,
        band_low_pct=6,
        band_high_pct=10,
        permitted_min=-(-n_total * 6 // 100),
        permitted_max=n_total * 10 // 100,
        recommended=206,
        chosen_total=total,
        method=method,
        rows=tuple(rows),
        decided_by="校工会",
        decided_on=date(2025, 3, 10),
        manual_total_reason=reason,
        generated_on=date(2025, 3, 12),
    )


@pytest.fixture
def data(university_units) -> SeatAllocationData:
    return make_data(university_units, 206)


def test_pdf_has_the_table_the_chart_and_the_footer(tmp_path, poppler, embedded, data):
    out = tmp_path / "seats.pdf"
    build_seat_allocation_pdf(data, out)
    embedded(out)
    text = poppler.flat_text(out)
    for needle in (
        "教职工代表大会代表名额分配表",
        SCHOOL,
        "电子信息与电气工程学部",
        "附属学校",
        "最大余额法",
        "圣拉古法",
        "洪德法",
        "2400人",
        "6%–10%",
        "144–240",
        "206名",
        "校工会/2025年3月10日",
        "各选举单位代表名额",
        "依据：《规范》第十三条",
        "生成日期：2025年3月12日",
    ):
        assert needle in text, needle
    assert "党政工主要负责人（第十三条第三款）名册中未找到：党委书记、校长、工会主席" in text
    teaching = sum(r.teaching_target for r in data.rows)
    assert f"教学人员代表目标{teaching}名（{100 * teaching / 206:.1f}%，要求≥60%，第十三条第二款）" in text
    pages = poppler.pages_text(out)
    assert len(pages) == poppler.page_count(out)
    assert all(f"第{i}页共{len(pages)}页" in p.replace(" ", "") for i, p in enumerate(pages, 1))
    # totals row: 合计 then the column sums in order
    flat_rows = poppler.text(out, layout=True)
    total_line = next(line for line in flat_rows.splitlines() if "合计" in line)
    assert total_line.split()[1:8] == [
        "2400",
        str(sum(r.teaching for r in data.rows)),
        str(sum(r.women for r in data.rows)),
        str(sum(r.youth for r in data.rows)),
        "206",
        str(sum(r.teaching_target for r in data.rows)),
        str(sum(r.women_target for r in data.rows)),
    ]


def test_pdf_is_landscape_a4(tmp_path, poppler, data):
    out = tmp_path / "seats.pdf"
    build_seat_allocation_pdf(data, out)
    info = poppler.info(out)
    assert "841.89 x 595.276 pts (A4)" in info


def test_chart_labels_are_text_in_the_embedded_font(tmp_path, poppler, data):
    out = tmp_path / "seats.pdf"
    build_seat_allocation_pdf(data, out)
    last = poppler.pages_text(out)[-1].replace(" ", "")
    assert "各选举单位代表名额" in last
    # every unit appears as an axis label on the chart page
    assert all(u.unit in last for u in data.rows)


def test_without_comparison_and_with_manual_reason(tmp_path, poppler, embedded, university_units):
    data = make_data(university_units[:6], 30, comparison=False, reason="教代会执委会决定按30名执行")
    assert not data.has_comparison
    out = io.BytesIO()
    build_seat_allocation_pdf(data, out)
    path = tmp_path / "seats.pdf"
    path.write_bytes(out.getvalue())
    embedded(path)
    text = poppler.flat_text(path)
    assert "人工确定名额理由" in text and "教代会执委会决定按30名执行" in text
    assert "圣拉古法" not in text  # no comparison columns when they were not supplied


def test_outside_the_bands_says_so(tmp_path, poppler):
    data = SeatAllocationData(
        school=SCHOOL,
        reference_date=date(2025, 3, 1),
        on_duty_total=60,
        band_low_pct=None,
        band_high_pct=None,
        permitted_min=None,
        permitted_max=None,
        recommended=None,
        chosen_total=3,
        method="dhondt",
        rows=(SeatUnitRow("机关党委", 60, 20, 30, 10, 3, 2, 1, 0),),
        decided_by="校工会",
        decided_on=date(2025, 3, 2),
        manual_total_reason="在岗不足80人，经研究确定",
    )
    out = tmp_path / "small.pdf"
    build_seat_allocation_pdf(data, out)
    text = poppler.flat_text(out)
    assert "规范未规定比例" in text and "洪德法" in text


def test_data_is_checked():
    with pytest.raises(ValueError, match="method"):
        SeatAllocationData(
            SCHOOL,
            date(2025, 1, 1),
            100,
            30,
            40,
            30,
            40,
            40,
            1,
            "webster",
            (SeatUnitRow("a", 100, 60, 50, 20, 1, 1, 0, 0),),
            "x",
            date(2025, 1, 1),
        )
    with pytest.raises(ValueError, match="add up"):
        SeatAllocationData(
            SCHOOL,
            date(2025, 1, 1),
            100,
            30,
            40,
            30,
            40,
            40,
            2,
            "hamilton",
            (SeatUnitRow("a", 100, 60, 50, 20, 1, 1, 0, 0),),
            "x",
            date(2025, 1, 1),
        )


def test_english_labels(tmp_path, poppler, data):
    from congress_app.reports.layout import ENGLISH_PAGE_LABELS

    labels = SeatAllocationLabels(title="Seat allocation", page=ENGLISH_PAGE_LABELS)
    out = tmp_path / "en.pdf"
    build_seat_allocation_pdf(data, out, labels=labels)
    text = poppler.text(out)
    assert "Seat allocation" in text and "Page 1 of" in text and "Rule ids: R13.1, R13.2" in text
    assert "Norms, art. 13" in text and "依据" not in text  # R13.1, R13.2, R13.5, R13.6: all of 第十三条


def test_xlsx_has_the_same_table_with_numbers(tmp_path, data):
    out = tmp_path / "seats.xlsx"
    build_seat_allocation_xlsx(data, out)
    ws = load_workbook(out).active
    assert ws.title == "名额分配表"
    rows = list(ws.iter_rows(values_only=True))
    head_i = next(i for i, r in enumerate(rows) if r[0] == "序号")
    head = rows[head_i]
    assert (
        head[1] == "选举单位" and head[6] == "代表名额" and head[-3:] == ("最大余额法", "圣拉古法", "洪德法")
    )
    body = rows[head_i + 1 : head_i + 1 + len(data.rows)]
    assert body[0][:7] == (
        1,
        "电子信息与电气工程学部",
        186,
        data.rows[0].teaching,
        data.rows[0].women,
        data.rows[0].youth,
        data.rows[0].seats,
    )
    assert all(isinstance(v, int) for r in body for v in r[2:])
    total = rows[head_i + 1 + len(data.rows)]
    assert total[1] == "合计" and total[2] == 2400 and total[6] == 206
    assert ws.cell(head_i + 1, 1).font.bold and ws.cell(head_i + 2 + len(data.rows), 2).font.bold
    assert ws.column_dimensions["B"].width >= 20


def test_xlsx_to_a_stream(data):
    buf = io.BytesIO()
    build_seat_allocation_xlsx(data, buf)
    assert buf.getvalue()[:2] == b"PK"


def test_column_heads_break_between_words(tmp_path, poppler, data):
    """Left to the cell width, "教学人员代表目标" broke as "教学人员代 / 表目标"."""
    out = tmp_path / "seats.pdf"
    build_seat_allocation_pdf(data, out)
    heads = {w.text for w in poppler.words(out)}
    assert {"教学人员", "代表目标", "女代表", "青年代表", "目标", "在岗教职工", "代表名额"} <= heads
    assert not {"教学人员代", "表目标", "青年代表目", "标"} & heads


@pytest.mark.parametrize("n_units", [34, 60])
def test_chart_of_many_units_fits_one_page(tmp_path, poppler, n_units):
    """A Drawing cannot split: with 34 units the chart was taller than the page (LayoutError)."""
    units = [(f"第{i + 1}联合选举单位", 40 + i % 7) for i in range(n_units)]
    data = make_data(units, sum(n for _, n in units) // 10)
    out = tmp_path / "seats.pdf"
    build_seat_allocation_pdf(data, out)
    last = poppler.pages_text(out)[-1].replace(" ", "")
    assert "各选举单位代表名额" in last
    assert all(f"第{i + 1}联合选举单位" in last.splitlines() for i in range(n_units))


def test_xlsx_groups_the_three_methods_and_marks_the_chosen_one(tmp_path, university_units):
    data = make_data(university_units, 206, method="sainte-lague")
    out = tmp_path / "seats.xlsx"
    build_seat_allocation_xlsx(data, out)
    ws = load_workbook(out).active
    head_i = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
    n_cols = len(list(ws.iter_rows(min_row=head_i, max_row=head_i, values_only=True))[0])
    group = ws.cell(head_i - 1, n_cols - 2)
    assert group.value == "三种方法对照"  # RA.2 is practice: a workbook cites no article
    assert f"{group.coordinate}:{ws.cell(head_i - 1, n_cols).coordinate}" in {
        str(r) for r in ws.merged_cells.ranges
    }
    fills = [ws.cell(head_i + 1, c).fill.fgColor.rgb.upper() for c in range(n_cols - 2, n_cols + 1)]
    assert fills[1].endswith("FFF6D5") and not fills[0].endswith("FFF6D5")  # 圣拉古法 chosen


def test_the_main_leaders_units_are_named(tmp_path, poppler, data):
    from dataclasses import replace

    rows = list(data.rows)
    rows[0] = replace(rows[0], leaders=("党委书记", "工会主席"))
    rows[3] = replace(rows[3], leaders=("校长",))
    out = tmp_path / "leaders.pdf"
    build_seat_allocation_pdf(replace(data, rows=tuple(rows)), out)
    text = poppler.flat_text(out)
    assert f"{rows[0].unit}（党委书记、工会主席）；{rows[3].unit}（校长）" in text
    assert "名册中未找到" not in text
