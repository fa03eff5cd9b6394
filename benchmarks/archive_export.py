"""Archive export of a large congress (第四十八条): 300 delegates checked in, votes, 200
proposals with their forms and the proposal report, the roll, the sign-in sheet and the
attendance report — every document the app generates for the session — filed and exported
(stamped, catalogue PDF/XLSX, manifest), against bare ReportLab rendering the same number of
documents with the same page counts in the same run (goal: ratio ≤ 1.5×). Also reported: the
same export made PDF/A-2b (the app's own PDFs in-process, in the stamp's pypdf update; any PDF
that does not qualify through Ghostscript — the note says how many).

    python benchmarks/archive_export.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Row = tuple[str, str, float, float]
DELEGATES, PROPOSALS = 300, 200


def seed(db) -> int:
    from sqlalchemy import insert

    from benchmarks.meeting_seed import seed as seed_meeting
    from congress_app.services.school import SchoolInfo, save_school
    from congress_app.services.votes import record_vote
    from congress_app.storage.models import Attendance, Proposal, ProposalPerson

    session_id = seed_meeting(db, DELEGATES)
    with db.session() as session:
        save_school(session, SchoolInfo("基准大学", "0123", "JDH"), actor="bench")
        session.rollback()
        with session.begin():
            session.execute(
                insert(Attendance),
                [
                    dict(session_id=session_id, delegate_id=i, formal=True, counted=True, actor="bench")
                    for i in range(1, DELEGATES - 9)
                ],
            )
            held = date(2026, 12, 17)
            session.execute(
                insert(Proposal),
                [
                    dict(
                        session_id=session_id,
                        number=n,
                        kind="general",
                        filed_on=held - timedelta(days=20),
                        title=f"关于改进第{n}项校园服务工作的建议",
                        category="后勤保障",
                        reasons="近年来，教职工对校园服务提出了许多意见。" * 8,
                        suggestions="建议学校统筹安排，明确责任部门，限期办理。" * 6,
                        status="registered",
                        late=False,
                        late_exception="",
                        decision_reason="",
                        opinion_department="",
                        excellent=False,
                        created_by="bench",
                        due_on=held + timedelta(days=90),
                    )
                    for n in range(1, PROPOSALS + 1)
                ],
            )
            session.execute(
                insert(ProposalPerson),
                [
                    dict(proposal_id=n, delegate_id=(n % DELEGATES) + 1, role="proposer", position=0)
                    for n in range(1, PROPOSALS + 1)
                ],
            )
        record_vote(
            session,
            session_id,
            title="大会表决、选举办法",
            kind="method",
            yes=280,
            no=0,
            abstain=0,
            actor="bench",
        )
        for n in range(1, 6):
            record_vote(
                session,
                session_id,
                title=f"关于第{n}项工作报告的决议",
                yes=270,
                no=5,
                abstain=5,
                actor="bench",
                resolution="大会审议通过该报告。",
            )
    return session_id


def bare_reportlab(pages_per_doc: list[int], out: Path) -> None:
    """The same documents as plain ReportLab: one PDF per document, each page a full table of
    CJK text in the same embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    from congress_app.reports.fonts import register_font

    font = register_font()
    rows = [[f"第{r}行", "教职工代表大会文件", "测试文本内容", str(r)] for r in range(38)]
    for n, pages in enumerate(pages_per_doc):
        doc = SimpleDocTemplate(str(out / f"{n}.pdf"), pagesize=A4, initialFontName=font)
        story = []
        for p in range(pages):
            table = Table(rows)
            table.setStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, "grey")])
            story += [table] + ([PageBreak()] if p < pages - 1 else [])
        doc.build(story)


def bench() -> list[Row]:
    from congress_app.paths import sqlite_url
    from congress_app.services.archive_export import export_archive
    from congress_app.services.archive_register import collect_generated, list_items
    from congress_app.services.database import open_database
    from congress_app.storage.migrate import upgrade_to_head

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        url = sqlite_url(tmp_path / "bench.db")
        upgrade_to_head(url)
        db = open_database(url)
        session_id = seed(db)
        # keep a copy of the seeded database so each measured run starts from it
        db.close()
        shutil.copy(tmp_path / "bench.db", tmp_path / "seeded.db")

        def fresh():
            for suffix in ("-wal", "-shm"):
                (tmp_path / f"bench.db{suffix}").unlink(missing_ok=True)
            shutil.copy(tmp_path / "seeded.db", tmp_path / "bench.db")
            return open_database(url)

        def ours(pdfa: bool, name: str) -> tuple[float, float, list[int]]:
            """(seconds to file the generated documents, seconds to export, pages per item)."""
            db = fresh()
            start = time.perf_counter()
            with db.session() as session:
                collect_generated(session, session_id, actor="bench")
                filed = time.perf_counter()
                export_archive(session, session_id, tmp_path / name, actor="bench", collect=False, pdfa=pdfa)
            done = time.perf_counter()
            with db.session() as session:
                pages = [i.pages for i in list_items(session, session_id)]
            db.close()
            return filed - start, done - filed, pages

        # both sides use the same embedded faces: load them once, before either is timed
        from congress_app.reports.fonts import register_fonts

        register_fonts()
        collect, export, pages = ours(False, "out1")
        bare_dir = tmp_path / "bare"
        bare_dir.mkdir()
        start = time.perf_counter()
        bare_reportlab(pages + [max(1, len(pages) // 25)], bare_dir)  # + the catalogue
        base = time.perf_counter() - start
        label = f"archive of {len(pages)} documents, {sum(pages)} pages"
        rows.append(
            (label + ": export (stamps, catalogue, manifest)", "bare ReportLab, same pages", base, export)
        )
        rows.append(
            (
                label + ": file every document (build, hash, store, seal)",
                "bare ReportLab, same pages",
                base,
                collect,
            )
        )
        rows.append(
            (label + ": file every document + export", "bare ReportLab, same pages", base, collect + export)
        )
        _collect, with_pdfa, _ = ours(True, "out2")
        import json

        note = json.loads((tmp_path / "out2" / "manifest.json").read_text(encoding="utf-8"))["pdfa_note"]
        rows.append((label + f": export + PDF/A-2b [{note}]", "bare ReportLab, same pages", base, with_pdfa))
    return rows


def main() -> None:
    for job, baseline, base, mine in bench():
        print(f"{job}: {mine:.2f} s vs {baseline} {base:.2f} s = {mine / base:.2f}×")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
