"""代表证 — delegate cards, eight to an A4 page (cut marks), each with the delegate number
as a QR code for the check-in desk (segno builds the code; we only draw its modules)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from congress_app.reports.fonts import register_font
from congress_app.reports.layout import binary_streams

CARD_W, CARD_H = 90 * mm, 56 * mm
COLUMNS, ROWS = 2, 4
RED = colors.HexColor("#B22222")


@dataclass(frozen=True)
class CardData:
    number: str  # the QR payload: exactly the number typed at the desk
    name: str
    unit: str
    delegation: str
    kind: str  # in words: 正式代表 / 特邀代表 / 列席代表


@dataclass(frozen=True)
class CardsData:
    congress: str  # e.g. 某某大学第九届教职工代表大会
    cards: tuple[CardData, ...]


@dataclass(frozen=True)
class CardLabels:
    heading: str = "代表证"
    number: str = "编号：{number}"
    unit: str = "单位：{unit}"
    delegation: str = "代表团：{delegation}"


def qr_payload(card: CardData) -> str:
    return card.number


def _qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    code = segno.make_qr(payload, error="m")
    matrix = [list(row) for row in code.matrix_iter(scale=1, border=2)]
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    # one path of whole-module units: each run of dark modules in a row is one rectangle
    # (a rect per module wrote ~30,000 rectangles for a page of cards)
    canvas.translate(x, y + size)
    canvas.scale(module, -module)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # whole numbers: written as they are (PDFPathObject.rect formats each as a float)
                path._code_append(f"{start} {r} {c - start} 1 re")
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> float:
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _card(
    canvas: Canvas, card: CardData, data: CardsData, labels: CardLabels, x: float, y: float, font: str
) -> None:
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    canvas.rect(x, y, CARD_W, CARD_H)
    canvas.setDash()
    canvas.setFillColor(RED)
    canvas.rect(x, y + CARD_H - 12 * mm, CARD_W, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    size = _fit(data.congress, font, 10, CARD_W - 8 * mm)
    canvas.setFont(font, size)
    canvas.drawCentredString(x + CARD_W / 2, y + CARD_H - 7.5 * mm, data.congress)
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 16)
    canvas.drawString(x + 5 * mm, y + CARD_H - 21 * mm, labels.heading)
    canvas.setFont(font, 9)
    canvas.setFillColor(RED)
    canvas.drawString(
        x + 5 * mm + stringWidth(labels.heading, font, 16) + 3 * mm, y + CARD_H - 21 * mm, card.kind
    )
    canvas.setFillColor(colors.black)
    text_w = CARD_W - 38 * mm
    canvas.setFont(font, _fit(card.name, font, 15, text_w))
    canvas.drawString(x + 5 * mm, y + CARD_H - 30 * mm, card.name)
    lines = [labels.number.format(number=card.number), labels.unit.format(unit=card.unit)]
    if card.delegation:
        lines.append(labels.delegation.format(delegation=card.delegation))
    for k, line in enumerate(lines):
        canvas.setFont(font, _fit(line, font, 8.5, text_w))
        canvas.drawString(x + 5 * mm, y + CARD_H - (37 + 5 * k) * mm, line)
    _qr(canvas, qr_payload(card), x + CARD_W - 33 * mm, y + 4 * mm, 30 * mm)


def build_cards_pdf(data: CardsData, out: Path | BinaryIO, *, labels: CardLabels | None = None) -> None:
    labels = labels or CardLabels()
    font = register_font()
    target = str(out) if isinstance(out, (str, Path)) else out
    canvas = Canvas(target, pagesize=A4, initialFontName=font, initialFontSize=10)
    canvas.setTitle(f"{data.congress}{labels.heading}")
    canvas.setCreator("Congress Desk")
    width, height = A4
    left = (width - COLUMNS * CARD_W) / 2
    top = height - (height - ROWS * CARD_H) / 2
    per_page = COLUMNS * ROWS
    for i, card in enumerate(data.cards):
        slot = i % per_page
        if i and slot == 0:
            canvas.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        _card(canvas, card, data, labels, left + col * CARD_W, top - (row + 1) * CARD_H, font)
    if not data.cards:
        canvas.setFont(font, 12)
        canvas.drawString(left, top - 12 * mm, "—")
    with binary_streams():
        canvas.save()
