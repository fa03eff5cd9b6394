"""Every kind of paper the app prints, from the demo congress, against bare ReportLab.

    python benchmarks/documents.py [--runs 3] [--out DIR]

Builds the demo database once, then for each document kind times the service that writes
it (data from the database + layout + PDF) and a bare ReportLab document of the same page
count (plain ``SimpleDocTemplate``, the same embedded CJK font, one paragraph per page's worth
of text), in the same run, interleaved. Prints kind, pages, bare, ours and the ratio
(goal: ≤ 1.5×). ``--out`` keeps one copy of each PDF (to look at them).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]


def make_demo(path: Path) -> None:
    env = dict(
        os.environ,
        CONGRESS_DATA_DIR=str(path.parent),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    subprocess.run(
        [sys.executable, "-m", "congress_app", "--db", str(path), "demo"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )


def writers(db_path: Path) -> dict[str, Callable[[Path], object]]:
    """Each document kind: a function writing it to a path, through the app's services."""
    from sqlalchemy import select

    from congress_app.paths import sqlite_url
    from congress_app.services.database import open_database
    from congress_app.storage.models import CongressSession, ElectionRound, Proposal, Term

    db = open_database(sqlite_url(db_path))
    session = db.session().__enter__()
    term = session.scalar(select(Term).order_by(Term.number.desc()))
    rounds = session.scalars(
        select(ElectionRound).where(ElectionRound.closed.is_(True)).order_by(ElectionRound.id)
    ).all()
    congress_session = session.scalar(select(CongressSession).order_by(CongressSession.id.desc()))
    proposal = session.scalar(select(Proposal).order_by(Proposal.id))

    from congress_app.reports.ballots import BallotData, build_ballots_pdf
    from congress_app.services import (
        credentials,
        delegate_papers,
        election_results,
        exports,
        meeting_papers,
        proposal_documents,
    )

    def ballots(out: Path) -> object:  # the demo's rounds are closed: the same data, printed
        view = election_results.round_result(session, rounds[0].id)
        names = tuple(c["name"] for c in view["candidates"]) if "candidates" in view else ()
        data = BallotData(
            school="大连示范大学",
            title="大连示范大学第九届教职工代表大会代表选举选票",
            unit="机械工程学院",
            seats=3,
            copies=30,
            candidates=names if len(names) > 3 else ("王伟", "李娜", "张敏", "刘洋", "陈静"),
            election_date=date(2026, 3, 12),
        )
        return build_ballots_pdf(data, out)

    today = date(2026, 6, 1)
    return {
        "ballots": ballots,
        "result sheet": lambda out: election_results.write_result_sheet(session, rounds[0].id, out),
        "results (all rounds)": lambda out: exports.export_document(session, "results", out),
        "seat plan": lambda out: exports.export_document(session, "seat-plan", out),
        "credentials report": lambda out: credentials.write_credentials_report(session, term.id, out),
        "delegate list": lambda out: credentials.write_delegate_list(session, term.id, out),
        "roll": lambda out: delegate_papers.write_roll(session, term.id, today, out),
        "cards": lambda out: delegate_papers.write_cards(session, term.id, today, out),
        "sign-in sheet": lambda out: meeting_papers.write_meeting_paper(
            session, congress_session.id, "signin", out
        ),
        "attendance": lambda out: meeting_papers.write_meeting_paper(
            session, congress_session.id, "attendance", out
        ),
        "resolutions": lambda out: meeting_papers.write_meeting_paper(
            session, congress_session.id, "resolutions", out
        ),
        "proposal form": lambda out: proposal_documents.write_proposal_form(session, proposal.id, out),
        "proposal report": lambda out: proposal_documents.write_proposal_report(
            session, congress_session.id, out, today=today
        ),
    }


BARE_TEXT = "教职工代表大会是教职工依法参与学校民主管理和监督的基本形式"


def bare_font(name: str = "BareUMing", file: str = "uming.ttc") -> str:
    """The same face registered as plain ReportLab does it (none of fonts.py's tuning)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from congress_app.reports.fonts import font_path

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file)), subfontIndex=0))
    return name


def page_texts(path: Path) -> list[list[list[str]]]:
    """Each page of ``path`` as rows of cells (pdftotext -layout; runs of 2+ spaces split
    cells); None without poppler."""
    import re
    import shutil

    if shutil.which("pdftotext") is None:
        return []
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in text.split("\f"):
        rows = [
            [c for c in re.split(r"\s{2,}", line.strip()) if c][:8]
            for line in page.splitlines()
            if line.strip()
        ]
        if rows:
            pages.append(rows)
    return pages


def bare_pdf(out: Path, pages: int, texts: list[list[list[str]]] | None = None) -> None:
    """ReportLab alone, what a formal paper's page is: ``pages`` A4 pages, each a grid table of
    the same page's text (``texts``: same characters, so the same font subsets) in the same
    embedded Song face — no page furniture, no kinsoku, no citations, no styling. Without
    ``texts``: a title and a 30 × 6 table of a sample sentence."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    song = bare_font()
    title = ParagraphStyle("t", fontName=song, fontSize=18, leading=26, alignment=1)
    story: list = []
    for k in range(pages):
        if texts:
            page = texts[k % len(texts)]
            n = max(len(r) for r in page)
            rows = [r + [""] * (n - len(r)) for r in page]
            head: list = []
        else:
            rows = [[BARE_TEXT[(r * 6 + c) % 20 : (r * 6 + c) % 20 + 5] for c in range(6)] for r in range(30)]
            head = [Paragraph(BARE_TEXT, title)]
            n = 6
        table = Table(rows, colWidths=[480 / n] * n)
        table.setStyle(
            TableStyle([("FONT", (0, 0), (-1, -1), song, 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
        )
        story += ([PageBreak()] if k else []) + head + [table]
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=song).build(story)


def bare_cards_pdf(out: Path, pages: int) -> None:
    """ReportLab alone drawing cards: 8 a page, a name, three lines and ReportLab's own QR code."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    font = bare_font("BareWenQuanYi", "wqy-microhei.ttc")
    canvas = Canvas(str(out), pagesize=A4, initialFontName=font)
    for page in range(pages):
        if page:
            canvas.showPage()
        for slot in range(8):
            x, y = 20 * mm + (slot % 2) * 85 * mm, 230 * mm - (slot // 2) * 55 * mm
            canvas.rect(x, y, 85 * mm, 55 * mm)
            canvas.setFont(font, 15)
            canvas.drawString(x + 5 * mm, y + 30 * mm, "王晨明")
            canvas.setFont(font, 8.5)
            for k, line in enumerate(("编号：09004", "单位：人文学院", "代表团：人文学院代表团")):
                canvas.drawString(x + 5 * mm, y + (22 - 5 * k) * mm, line)
            widget = QrCodeWidget(f"{page:03d}{slot:02d}", barLevel="M")
            drawing = Drawing(30 * mm, 30 * mm)
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, x + 52 * mm, y + 4 * mm)
    canvas.save()


def page_count(path: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def run(runs: int = 3, keep: Path | None = None) -> list[tuple[str, int, float, float]]:
    from congress_app.reports import deflate

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        db = tmp_path / "demo.db"
        make_demo(db)
        jobs = writers(db)
        for kind, write in jobs.items():
            name = kind.replace(" ", "_").replace("(", "").replace(")", "")
            ours_out = tmp_path / f"{name}.pdf"
            write(ours_out)  # warm (fonts, caches)
            pages = page_count(ours_out)
            bare_out = tmp_path / f"bare_{name}.pdf"
            texts = page_texts(ours_out)

            def bare(path: Path, n: int, texts: list = texts, kind: str = kind) -> None:
                with deflate.standard():  # ReportLab as shipped compresses with zlib
                    if kind == "cards":
                        bare_cards_pdf(path, n)
                    else:
                        bare_pdf(path, n, texts)

            bare(bare_out, pages)
            ours_t, bare_t = [], []
            for _ in range(runs):
                start = time.perf_counter()
                bare(bare_out, pages)
                bare_t.append(time.perf_counter() - start)
                start = time.perf_counter()
                write(ours_out)
                ours_t.append(time.perf_counter() - start)
            if keep:
                keep.mkdir(parents=True, exist_ok=True)
                (keep / f"{name}.pdf").write_bytes(ours_out.read_bytes())
            # the fastest of the runs: the machine is shared, and noise only ever adds time
            rows.append((kind, pages, min(bare_t), min(ours_t)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    print(f"{'document':<22}{'pages':>6}{'bare':>10}{'ours':>10}{'ratio':>8}")
    for kind, pages, bare, ours in run(args.runs, args.out):
        print(f"{kind:<22}{pages:>6}{bare * 1000:>8.0f}ms{ours * 1000:>8.0f}ms{ours / bare:>7.2f}×")


if __name__ == "__main__":
    main()
