"""Frozen records and seals (R15.2): closing, approving and publishing store the record as it
was; `verify_records` recomputes every seal from the tables and names what changed."""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from congress_app.roster_file import RosterFile, RosterRow
from congress_app.rules.seats import ON_DUTY, RETIRED
from congress_app.services.credentials_records import (
    credentials_report_data,
    delegate_list_data,
    list_reviews,
)
from congress_app.services.election_results import election_results, write_result_sheet
from congress_app.services.records import short_seal, stored_record
from congress_app.services.roster import import_roster
from congress_app.services.round_records import result_sheet_data
from congress_app.services.seats import current_seat_plan, save_seat_plan
from congress_app.services.verification import seal_legacy_records, verify_records
from congress_app.storage.models import (
    AuditEntry,
    Delegate,
    ElectionRound,
    ElectionUnit,
    RoundCandidate,
    SealedRecord,
    Staff,
    Term,
)
from tests.services.records_fixtures import demo, demo_template  # noqa: F401


def _term_id(session) -> int:
    return session.scalar(select(Term.id).order_by(Term.number.desc()))


def _pdftext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_demo_verifies_clean_and_every_record_is_sealed_in_the_chain(demo) -> None:
    with demo.session() as session:
        report = verify_records(session)
        rounds = session.scalars(select(ElectionRound.id).where(ElectionRound.closed.is_(True))).all()
        seals = session.scalars(select(AuditEntry.entity).where(AuditEntry.action == "record.seal")).all()
    assert report.ok, report.problems
    # the demo publishes once, then a supplement after its further round (R14.5, R15.2)
    assert report.records == len(rounds) + 4 and report.entries > 0
    assert seals.count("round") == len(rounds) and seals.count("review") == 2 and seals.count("list") == 2


def test_a_vote_count_edited_by_sql_fails_naming_unit_and_round_and_the_paper_seal(demo, tmp_path) -> None:
    with demo.session() as session:
        round_id, number, unit = session.execute(
            select(ElectionRound.id, ElectionRound.number, ElectionUnit.name)
            .join(ElectionRound.election)
            .join(ElectionUnit)
            .where(ElectionRound.closed.is_(True))
            .order_by(ElectionRound.id)
            .limit(1)
        ).one()
        sheet = write_result_sheet(session, round_id, tmp_path / "before.pdf")
        printed = short_seal(stored_record(session, "round", round_id).seal)
        entry_id = session.scalar(
            select(RoundCandidate.id).where(RoundCandidate.round_id == round_id).limit(1)
        )
    assert f"封存码：{printed}" in _pdftext(sheet).replace("\n", "")
    with sqlite3.connect(demo.file) as raw:
        raw.execute("UPDATE round_candidate SET yes_votes = yes_votes + 1 WHERE id = ?", (entry_id,))
    with demo.session() as session:
        report = verify_records(session)
    assert not report.ok and [p.code for p in report.problems] == ["data_changed"]
    problem = report.problems[0]
    assert problem.subject["unit"] == unit and problem.subject["round"] == number
    assert problem.seal == printed and problem.recomputed != printed  # the paper no longer matches
    assert any(
        change.endswith("→ " + str(int(change.split("→")[0].split(":")[-1]) + 1))
        for change in problem.changes
    )


def test_an_edited_record_or_a_deleted_delegate_is_named(demo) -> None:
    with demo.session() as session:
        review_id = list_reviews(session, _term_id(session))[0].review_id
        staff_id = session.scalar(select(Delegate.staff_id).limit(1))
    with sqlite3.connect(demo.file) as raw:
        raw.execute(
            "UPDATE sealed_record SET content = replace(content, '\"invalid\":0', '\"invalid\":1')"
            " WHERE kind = 'round'"
        )
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(
            "DELETE FROM delegate_event WHERE delegate_id IN (SELECT id FROM delegate WHERE staff_id = ?)",
            (staff_id,),
        )
        raw.execute("DELETE FROM delegate WHERE staff_id = ?", (staff_id,))
    with demo.session() as session:
        codes = {(p.code, p.kind) for p in verify_records(session).problems}
    assert ("data_changed", "review") in codes and ("data_changed", "list") in codes
    assert ("content_altered", "round") in codes
    assert review_id


def test_roster_reimport_and_new_seat_plan_leave_the_papers_identical(demo, tmp_path) -> None:
    with demo.session() as session:
        term_id = _term_id(session)
        rounds = session.scalars(select(ElectionRound.id).where(ElectionRound.closed.is_(True))).all()
        before = (
            credentials_report_data(session, term_id),
            delegate_list_data(session, term_id),
            [result_sheet_data(session, r) for r in rounds],
            election_results(session, term_id),
        )
        pdfs_before = [_pdftext(p) for p in _papers(session, term_id, rounds[0], tmp_path / "a")]
        # the roster again, with a delegate renamed, one moved, one retired
        delegates = session.scalars(select(Delegate.staff_id).where(Delegate.term_id == term_id)).all()
        units = session.scalars(select(ElectionUnit.name)).all()
        rows = []
        for i, s in enumerate(
            session.scalars(select(Staff).where(Staff.listed.is_(True)).order_by(Staff.id))
        ):
            row = RosterRow(
                i + 2,
                s.staff_no,
                s.name,
                s.gender,
                s.birth_date,
                s.unit.name,
                s.category,
                s.status,
                s.status_since,
                s.post,
            )
            if s.id == delegates[0]:
                row = replace(row, name=row.name + "改")
            elif s.id == delegates[1]:
                row = replace(row, unit=next(u for u in units if u != s.unit.name))
            elif s.id == delegates[2] and s.status == ON_DUTY and not s.post:
                row = replace(row, status=RETIRED, status_since=date(2026, 10, 1))
            rows.append(row)
        import_roster(
            session,
            RosterFile(tuple(rows), ()),
            file_name="again.xlsx",
            actor="t",
            effective_on=date(2026, 10, 8),
        )
        plan = current_seat_plan(session)
        save_seat_plan(session, total=plan.total - 1, actor="t", reference_date=date(2026, 10, 10))
        assert session.get(Staff, delegates[0]).name.endswith("改")
        after = (
            credentials_report_data(session, term_id),
            delegate_list_data(session, term_id),
            [result_sheet_data(session, r) for r in rounds],
            election_results(session, term_id),
        )
        pdfs_after = [_pdftext(p) for p in _papers(session, term_id, rounds[0], tmp_path / "b")]
        assert verify_records(session).ok
    assert after == before
    assert pdfs_after == pdfs_before


def _papers(session, term_id, round_id, folder):
    from congress_app.services.credentials import write_credentials_report, write_delegate_list

    return [
        write_credentials_report(session, term_id, folder / "c.pdf"),
        write_delegate_list(session, term_id, folder / "l.pdf"),
        write_result_sheet(session, round_id, folder / "r.pdf"),
    ]


def test_records_made_before_sealing_are_sealed_once_at_first_start(demo, monkeypatch) -> None:
    """An upgraded database: closed rounds and an approved review without records get them,
    once, and then verify holds; a second start seals nothing more."""
    with sqlite3.connect(demo.file) as raw:  # as an older version left it: no records, no seals
        raw.execute("DELETE FROM sealed_record")
        raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        raw.execute("DELETE FROM audit_entry")
    with demo.session() as session:
        assert {p.code for p in verify_records(session).problems} == {"unsealed"}
        assert seal_legacy_records(session, actor="admin") > 0
        assert seal_legacy_records(session, actor="admin") == 0
        assert verify_records(session).ok
        assert (
            session.scalar(select(AuditEntry.actor).where(AuditEntry.action == "records.backfill")) == "admin"
        )
        assert session.query(SealedRecord).count() > 2


def test_papers_need_their_record(demo) -> None:
    from congress_app.services.errors import NotFound

    with demo.session() as session:
        round_id = session.scalar(select(ElectionRound.id).where(ElectionRound.closed.is_(True)).limit(1))
    with sqlite3.connect(demo.file) as raw:
        raw.execute("DELETE FROM sealed_record WHERE kind = 'round' AND subject_id = ?", (round_id,))
    with demo.session() as session:
        with pytest.raises(NotFound) as caught:
            result_sheet_data(session, round_id)
        assert caught.value.code == "record_missing"
        assert "record_missing" in {p.code for p in verify_records(session).problems}


def test_an_upgraded_demo_database_verifies_clean(tmp_path, monkeypatch) -> None:
    """The demo made as a version before 0008 would (nothing sealed), taken down to 0005 and
    opened again: the upgrade runs and the first start seals the old records; verify holds."""
    from alembic import command

    from congress_app.paths import sqlite_url
    from congress_app.services import credentials_records, round_records
    from congress_app.services.database import open_database
    from congress_app.services.demo import load_demo
    from congress_app.storage.engine import make_engine
    from congress_app.storage.migrate import alembic_config, current_revision, head_revision

    url = sqlite_url(tmp_path / "old.db")
    with monkeypatch.context() as patch:  # the older version sealed nothing
        patch.setattr(round_records, "seal_round", lambda *a, **k: None)
        patch.setattr(credentials_records, "_seal_review", lambda *a, **k: None)
        db = open_database(url)
        load_demo(db)
        db.close()
    engine = make_engine(url, foreign_keys=False)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert current_revision(engine) == "0005"
    engine.dispose()
    db = open_database(url)  # upgrade to head, then the legacy records are sealed once
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as session:
            report = verify_records(session)
            assert report.ok, report.problems
            assert (
                report.records
                == session.query(ElectionRound).filter(ElectionRound.closed.is_(True)).count() + 4
            )
            term_id = _term_id(session)
            assert list_reviews(session, term_id)[0].kind == "original"  # (0005 knew no supplements)
            assert delegate_list_data(session, term_id).title.endswith("代表名单")
    finally:
        db.close()
