"""代表名册 (PDF, XLSX with formula-looking text kept as text) and 代表证 with a QR code
that a decoder reads back as the delegate number."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from congress_app.reports.delegate_cards import CardData, CardsData, build_cards_pdf, qr_payload
from congress_app.reports.delegate_roll import RollData, RollRow, build_roll_pdf, build_roll_xlsx

ROWS = (
    RollRow(
        "09001",
        "王立丹",
        "100115",
        "化工学院",
        "化工学院代表团",
        "正式代表",
        "在任",
        date(2025, 12, 5),
        None,
        True,
    ),
    RollRow(
        "09002",
        '=HYPERLINK("x")',
        "+1",
        "-机械工程学院",
        "@代表团",
        "正式代表",
        "退休",
        date(2026, 7, 1),
        None,
        False,
    ),
)
DATA = RollData("测试大学", "测试大学第九届教职工代表大会代表名册", date(2026, 12, 17), ROWS)


def test_roll_pdf_text(tmp_path) -> None:
    out = tmp_path / "roll.pdf"
    build_roll_pdf(DATA, out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "代表名册" in text and "2026年12月17日" in text and "王立丹" in text
    assert "名册共 2 人：在任 1 人，资格已终止 1 人。" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


def test_roll_xlsx_keeps_formula_looking_text_as_text(tmp_path) -> None:
    out = tmp_path / "roll.xlsx"
    build_roll_xlsx(DATA, out)
    ws = load_workbook(out).active
    row = [c for c in ws[6]]
    assert [c.value for c in row[1:6]] == ["09002", '=HYPERLINK("x")', "+1", "-机械工程学院", "@代表团"]
    assert all(c.data_type == "s" for c in row[1:6])
    assert ws["A5"].value == 1 and ws["C5"].value == "王立丹"


def _decode_pages(pdf, tmp_path) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "200", str(pdf), str(tmp_path / "p")], check=True)
    found = []
    for png in sorted(tmp_path.glob("p*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


def test_cards_carry_a_scannable_number(tmp_path) -> None:
    cards = tuple(
        CardData(f"09{k:03d}", f"代表{k}", "化工学院", "化工学院代表团", "正式代表") for k in range(1, 11)
    )
    out = tmp_path / "cards.pdf"
    build_cards_pdf(CardsData("测试大学第九届教职工代表大会", cards), out)
    assert qr_payload(cards[0]) == "09001"
    assert sorted(_decode_pages(out, tmp_path)) == [c.number for c in cards]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "代表证" in text and "编号：09010" in text
