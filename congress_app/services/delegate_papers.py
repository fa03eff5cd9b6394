"""Papers of the delegate body: the roll (代表名册) at any date as PDF and XLSX, and the
delegate cards (代表证) with the number as a QR code. Printed from the roll as it stands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from congress_app.reports.delegate_cards import CardData, CardsData, build_cards_pdf
from congress_app.reports.delegate_roll import RollData, RollRow, build_roll_pdf, build_roll_xlsx
from congress_app.reports.numerals import chinese_numeral
from congress_app.services.errors import InvalidInput, NotFound
from congress_app.services.roll import roll_on
from congress_app.services.school import school_info
from congress_app.storage.models import Term
from congress_app.wording.delegates import KIND_ZH, ROLL_TITLE, STATUS_ZH
from congress_app.wording.documents import CONGRESS_TITLE


def _congress(session: Session, term_id: int) -> tuple[str, str]:
    term = session.get(Term, term_id)
    if term is None:
        raise NotFound(what="term", id=term_id)
    school = school_info(session).name
    return school, CONGRESS_TITLE.format(school=school, term=chinese_numeral(term.number))


def roll_data(session: Session, term_id: int, on: date) -> RollData:
    school, congress = _congress(session, term_id)
    rows = tuple(
        RollRow(
            e.number or "",
            e.name,
            e.staff_no,
            e.unit,
            e.delegation or "",
            KIND_ZH[e.kind] + (f"（{e.category}）" if e.category else ""),
            STATUS_ZH[e.status],
            e.since,
            e.away_from,
            e.active,
        )
        for e in roll_on(session, term_id, on)
    )
    return RollData(school, ROLL_TITLE.format(congress=congress), on, rows)


def write_roll(session: Session, term_id: int, on: date, out: Path) -> Path:
    """The roll on ``on``: PDF or XLSX by the file's suffix."""
    out = Path(out)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise InvalidInput("unknown_suffix", field="out", value=out.suffix)
    data = roll_data(session, term_id, on)
    out.parent.mkdir(parents=True, exist_ok=True)
    (build_roll_pdf if out.suffix.lower() == ".pdf" else build_roll_xlsx)(data, out)
    return out


def write_cards(
    session: Session, term_id: int, on: date, out: Path, *, delegate_ids: list[int] | None = None
) -> Path:
    """Cards of the delegates in office on ``on`` (or of ``delegate_ids``) that have a number."""
    _school, congress = _congress(session, term_id)
    chosen = set(delegate_ids) if delegate_ids is not None else None
    cards = tuple(
        CardData(e.number, e.name, e.unit, e.delegation or "", KIND_ZH[e.kind])
        for e in roll_on(session, term_id, on)
        if e.number and (e.delegate_id in chosen if chosen is not None else e.active)
    )
    if not cards:
        raise InvalidInput("no_cards", field="delegates")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_cards_pdf(CardsData(congress, cards), out)
    return out
