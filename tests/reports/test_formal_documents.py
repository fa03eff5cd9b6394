"""Every kind of paper the app prints, from the demo congress: fonts embedded, its own
metadata and number, the norms' articles (never the app's rule ids) in the body, signature
and seal blocks; ballots sized by candidate count; XLSX frozen header, numbers, print setup."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from congress_app.norms import article_citation, formal_text, rule_articles
from congress_app.paths import sqlite_url
from congress_app.reports.ballots import (
    A4_2UP,
    A4_PAPER,
    A5_PAPER,
    BallotData,
    build_ballots_pdf,
    paper_for,
)
from congress_app.services.database import open_database
from congress_app.services.demo import load_demo
from congress_app.storage.models import CongressSession, ElectionRound, Proposal, Term

RULE_ID = re.compile(r"(?<![A-Za-z0-9])R(?:A|\d{1,2})\.\d")
FOOTNOTE = re.compile(r"(系统规则编号|Ruleids)：?[^\n]*")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("formal") / "demo.db"
    db = open_database(sqlite_url(path))
    load_demo(db)
    yield db
    db.close()


@pytest.fixture(scope="module")
def papers(demo, tmp_path_factory) -> dict[str, Path]:
    """One PDF of each kind, written by the services as the app writes them."""
    from congress_app.services import (
        credentials,
        delegate_papers,
        election_results,
        exports,
        meeting_papers,
        proposal_documents,
    )

    folder = tmp_path_factory.mktemp("papers")
    out: dict[str, Path] = {}
    with demo.session() as session:
        term = session.scalar(select(Term).order_by(Term.number.desc()))
        closed = session.scalars(
            select(ElectionRound.id).where(ElectionRound.closed.is_(True)).order_by(ElectionRound.id)
        ).all()
        meeting = session.scalar(select(CongressSession.id).order_by(CongressSession.id.desc()))
        proposal = session.scalar(select(Proposal.id).order_by(Proposal.id))
        today = date(2026, 6, 1)
        out["result"] = election_results.write_result_sheet(session, closed[0], folder / "result.pdf")
        out["results"] = exports.export_document(session, "results", folder / "results.pdf")
        out["seats"] = exports.export_document(session, "seat-plan", folder / "seats.pdf")
        out["credentials"] = credentials.write_credentials_report(session, term.id, folder / "cred.pdf")
        out["list"] = credentials.write_delegate_list(session, term.id, folder / "list.pdf")
        out["roll"] = delegate_papers.write_roll(session, term.id, today, folder / "roll.pdf")
        out["cards"] = delegate_papers.write_cards(session, term.id, today, folder / "cards.pdf")
        for kind in ("signin", "attendance", "resolutions"):
            out[kind] = meeting_papers.write_meeting_paper(session, meeting, kind, folder / f"{kind}.pdf")
        out["form"] = proposal_documents.write_proposal_form(session, proposal, folder / "form.pdf")
        out["report"] = proposal_documents.write_proposal_report(
            session, meeting, folder / "report.pdf", today=today
        )
    build_ballots_pdf(
        BallotData(
            "大连滨海理工大学",
            "大连滨海理工大学第九届教职工代表大会代表选举选票",
            "人文学院",
            3,
            ("王伟", "李娜", "张敏", "刘洋", "陈静"),
            copies=2,
        ),
        folder / "ballots.pdf",
    )
    out["ballots"] = folder / "ballots.pdf"
    return out


def _info(poppler, path: Path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in poppler.info(path).splitlines() if ":" in line)


def test_every_paper_embeds_every_font(papers, embedded) -> None:
    for path in papers.values():
        embedded(path)


def test_every_paper_has_its_own_metadata(papers, poppler) -> None:
    infos = {kind: {k: v.strip() for k, v in _info(poppler, path).items()} for kind, path in papers.items()}
    formal = {k: v for k, v in infos.items() if k != "cards"}
    for kind, info in formal.items():
        assert info["Author"] == "大连滨海理工大学", (kind, info)
        assert info["Creator"] == "Congress Desk" and info["Subject"] and info["Title"], (kind, info)
        assert "CreationDate" in info, kind
    titles = [i["Title"] for i in formal.values()]
    assert len(set(titles)) == len(titles), titles  # every kind its own title
    assert len({i["Subject"] for i in formal.values()}) == len(formal)
    assert infos["credentials"]["Title"] == "代表资格审查报告"
    assert infos["report"]["Title"] == "关于提案工作情况的报告"


def test_every_paper_carries_a_document_number(papers, poppler) -> None:
    numbers = {}
    for kind, path in papers.items():
        if kind == "cards":
            continue
        pages = poppler.pages_text(path)
        found = [re.search(r"编号：\s*([A-Z]{2}-\d{8}-[0-9A-F]{6})", p) for p in pages]
        assert all(found), kind
        numbers[kind] = found[0].group(1)
    assert len(set(numbers.values())) == len(numbers)


def test_formal_body_text_cites_articles_never_rule_ids(papers, poppler) -> None:
    for kind, path in papers.items():
        text = FOOTNOTE.sub("", poppler.text(path))
        assert not RULE_ID.search(text), (kind, RULE_ID.findall(text)[:5])
    assert "第十三条" in poppler.flat_text(papers["credentials"])
    assert "依据：《规范》第十四条" in poppler.flat_text(papers["result"])


def test_signature_and_seal_blocks(papers, poppler) -> None:
    result = poppler.flat_text(papers["result"])
    assert all(x in result for x in ("总监票人：", "监票人：", "计票人：", "（盖章）"))
    assert "代表资格审查委员会（盖章）" in poppler.flat_text(papers["credentials"])
    assert "主任委员：" in poppler.flat_text(papers["credentials"])
    for kind in ("list", "resolutions", "attendance", "report"):
        assert "（盖章）" in poppler.flat_text(papers[kind]), kind
    assert "签到工作人员：" in poppler.flat_text(papers["signin"])
    ballots = poppler.flat_text(papers["ballots"])
    assert "（候选人按姓氏笔画为序）" in ballots and "监票人盖章" in ballots


def test_headings_in_the_standard_order(papers, poppler) -> None:
    text = poppler.flat_text(papers["credentials"])
    headings = ("一、基本情况", "二、代表构成审查", "四、代表资格审查", "六、审查结论")
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "n, paper", [(2, A4_2UP), (6, A4_2UP), (7, A5_PAPER), (15, A5_PAPER), (16, A4_PAPER), (60, A4_PAPER)]
)
def test_ballot_paper_follows_the_candidate_count(n, paper) -> None:
    assert paper_for(n) == paper


@pytest.mark.parametrize(
    "n, seats, pages, size",
    [
        (4, 2, 2, "841.89 x 595.276"),  # three papers, two a sheet: two landscape A4 sheets
        (10, 6, 3, "419.528 x 595.276"),  # A5
        (24, 12, 3, "595.276 x 841.89"),  # A4
    ],
)
def test_ballot_pdf_page_size(tmp_path, poppler, n, seats, pages, size) -> None:
    names = [f"候选人{chr(0x4E00 + k)}" for k in range(n)]
    out = tmp_path / "b.pdf"
    build_ballots_pdf(BallotData("某大学", "某大学选票", "人文学院", seats, tuple(names), copies=3), out)
    info = poppler.info(out)
    assert f"Pages:           {pages}" in info and size in info
    text = poppler.flat_text(out)
    assert all(f"No.{k:04d}" in text for k in (1, 2, 3))


def test_rule_ids_become_articles() -> None:
    assert article_citation("R13.5") == "第十三条第二款"
    assert article_citation(("R14.1", "R14.2", "R15.1")) == "第十四条第一款、第十五条"
    assert article_citation("R15.2") == "第十五条、第十九条"
    assert article_citation(("R14.0", "R14.4", "RA.1")) == ""  # practice: no article
    assert rule_articles("R99.1") == () and rule_articles("R14.0") == ()
    assert formal_text("非在岗教职工（R12.1）") == "非在岗教职工（第十二条）"
    assert formal_text("得票相同，须另行选举（R14.4）。") == "得票相同，须另行选举。"
    assert formal_text("（须至少 54 名；R13.5，第十三条）") == "（须至少 54 名；第十三条第二款）"
    assert formal_text("有缺额（R14.5、R19.1）") == "有缺额（第十九条）"
    assert formal_text("R2实验室与 AR14.1") == "R2实验室与 AR14.1"  # not a rule id


def test_xlsx_header_frozen_numbers_and_print_setup(demo, tmp_path) -> None:
    from congress_app.services import delegate_papers, exports

    with demo.session() as session:
        term = session.scalar(select(Term).order_by(Term.number.desc()))
        books = {
            kind: exports.export_document(session, kind, tmp_path / f"{kind}.xlsx")
            for kind in ("seat-plan", "results", "credentials", "delegates")
        }
        books["roll"] = delegate_papers.write_roll(session, term.id, date(2026, 6, 1), tmp_path / "roll.xlsx")
    for kind, path in books.items():
        for ws in openpyxl.load_workbook(path).worksheets:
            frozen = ws.freeze_panes
            if frozen:
                assert int(re.sub(r"[A-Z]", "", frozen)) <= 5, (kind, ws.title, frozen)
            assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4), (kind, ws.title)
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.print_title_rows, (kind, ws.title)
    seats = openpyxl.load_workbook(books["seat-plan"]).worksheets[0]
    assert seats.freeze_panes == "C4"  # title, group, header: not the 14 rows of the summary
    numbers = [c for row in seats.iter_rows(min_row=4, values_only=True) for c in row[2:] if c is not None]
    assert numbers and all(isinstance(c, int) for c in numbers)
    results = openpyxl.load_workbook(books["results"]).active
    header = [c.value for c in results[1]]
    votes = header.index("赞成票") + 1
    assert all(isinstance(results.cell(r, votes).value, int) for r in range(2, results.max_row + 1))


def test_a_register_number_can_be_given_to_any_paper(tmp_path, poppler) -> None:
    from congress_app.reports.layout import numbered

    out = tmp_path / "b.pdf"
    with numbered("大工会〔2026〕7号"):
        build_ballots_pdf(BallotData("某大学", "某大学选票", "人文学院", 1, ("王伟", "李娜"), copies=1), out)
    assert "编号：大工会〔2026〕7号" in poppler.flat_text(out)
    assert "大工会〔2026〕7号" in poppler.info(out)  # also in the PDF's Keywords


def test_each_closed_round_files_a_specimen_ballot(demo, tmp_path, poppler) -> None:
    """Group 3 (第四十八条: 代表选举资料) keeps, beside each closed round's result sheet, that
    round's ballot as a specimen (样张), never a numbered paper."""
    from congress_app.services.archive_sources import build_bytes, generated_documents

    with demo.session() as session:
        docs = {d.source: d for d in generated_documents(session, 1)}
        rounds = {s.split(":")[1] for s in docs if s.startswith("round:")}
        ballots = {s.split(":")[1]: d for s, d in docs.items() if s.startswith("ballot:")}
        assert rounds and set(ballots) == rounds
        first = next(iter(ballots.values()))
        assert first.group == 3 and "选票样张" in first.title
        assert first.seal == docs[f"round:{next(iter(ballots))}"].seal  # the round's candidates, as sealed
        out = tmp_path / "specimen.pdf"
        out.write_bytes(build_bytes(first))
    text = poppler.text(out)
    assert "样" in text and "No." not in text and "按姓氏笔画为序" in text


def _corner_taken(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """Boxes of page 1's text that reach into the 归档章's corner (stamp_zone), 1 mm around it."""
    import io

    from pypdf import PdfReader

    from congress_app.reports import stamp_zone
    from congress_app.reports.archive_stamp_place import text_boxes

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    x0, y0 = stamp_zone.corner(width, height)
    x1, y1 = x0 + stamp_zone.WIDTH, y0 + stamp_zone.HEIGHT
    gap = 72 / 25.4
    return [
        box
        for box in text_boxes(page)
        if box[0] < x1 + gap and box[2] > x0 - gap and box[1] < y1 + gap and box[3] > y0 - gap
    ]


def test_every_paper_keeps_the_stamp_corner_of_page_one_blank(demo, papers) -> None:
    """DA/T 22-2015: the 归档章 goes in the blank at the top of page 1 — every paper keeps its
    top right corner for it (the header's 编号 stands left of it), so the export stamps our
    papers there without looking (ArchiveItem.stamp_corner). Every paper the app prints and
    every document it files for the demo session is checked, page 1's text read back."""
    from congress_app.services.archive_sources import build_bytes, generated_documents

    for kind, path in papers.items():
        assert _corner_taken(path.read_bytes()) == [], kind
    with demo.session() as session:
        docs = generated_documents(session, 1)
        assert len({d.source.split(":")[0] for d in docs}) >= 8
        for doc in docs:
            assert _corner_taken(build_bytes(doc)) == [], doc.source


def test_the_number_stands_left_of_the_corner_on_page_one_only(tmp_path, poppler) -> None:
    """Page 1's header ends before the stamp's corner; page 2 on, the 编号 is at the right margin."""
    import io

    from pypdf import PdfReader

    from congress_app.reports import stamp_zone
    from congress_app.reports.archive_stamp_place import text_boxes
    from congress_app.reports.layout import MARGIN_X

    out = tmp_path / "long.pdf"
    build_ballots_pdf(
        BallotData(
            "大连滨海理工大学", "代表选举选票", "人文学院", 20, tuple(f"代表{n}" for n in range(30)), copies=2
        ),
        out,
    )
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) >= 2
    width = float(reader.pages[0].mediabox.width)
    height = float(reader.pages[0].mediabox.height)
    header = [[b for b in text_boxes(p) if b[1] > height - 15 * 72 / 25.4] for p in reader.pages[:2]]
    first_right = max(b[2] for b in header[0])
    second_right = max(b[2] for b in header[1])
    assert first_right <= stamp_zone.header_right(width, width - MARGIN_X) + 1
    assert abs(second_right - (width - MARGIN_X)) < 1


HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附[：:])\S")


def _page_ends(text: str) -> list[str]:
    """The last line of each page's body (above the footer's 生成日期 line), all but the last page."""
    ends = []
    for page in text.split("\f")[:-1]:
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        footer = next(
            (i for i, ln in enumerate(lines) if ln.startswith(("生成日期", "Generated"))), len(lines)
        )
        if footer:
            ends.append(lines[footer - 1])
    return ends


def test_no_page_ends_with_a_heading(demo, papers, tmp_path, poppler) -> None:
    """A heading (一、 （一） 附：) goes over to the next page with what it heads — checked on every
    paper and on the proposal report of a session with many proposals (its section 二 once
    stood alone at the foot of page 1)."""
    from congress_app.services import proposal_documents

    paths = dict(papers)
    with demo.session() as session:
        meeting = session.scalar(
            select(Proposal.session_id).group_by(Proposal.session_id).order_by(func.count().desc())
        )
        paths["busy report"] = proposal_documents.write_proposal_report(
            session, meeting, tmp_path / "busy.pdf", today=date(2026, 6, 1)
        )
    for kind, path in paths.items():
        for end in _page_ends(poppler.text(path, layout=True)):
            assert not HEADING.match(end), (kind, end)
