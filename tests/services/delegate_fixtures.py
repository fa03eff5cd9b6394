"""A published term for the delegate-body tests: a generated school (no shared files), its
unit elections run through the real services, the credentials review approved. Built once
per test run and copied per test."""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from congress_app.demo.people import make_roster_rows
from congress_app.paths import sqlite_url
from congress_app.services.by_elections import assign_numbers
from congress_app.services.database import open_database
from congress_app.services.demo import _to_roster
from congress_app.services.demo_elections import PUBLISHED_ON, run_demo_elections
from congress_app.services.roster import import_roster
from congress_app.services.school import SchoolInfo, save_school
from congress_app.services.seats import save_seat_plan, seat_overview
from congress_app.services.terms import create_term
from congress_app.storage.migrate import upgrade_to_head

REF = date(2025, 10, 1)
PUBLISHED = PUBLISHED_ON


@dataclass(frozen=True)
class Published:
    path: Path
    term_id: int


def build_published(path: Path) -> int:
    upgrade_to_head(sqlite_url(path))
    db = open_database(sqlite_url(path))
    try:
        with db.session() as session:
            save_school(session, SchoolInfo("测试大学", "0001", "JDH"), actor="t")
            rows = make_roster_rows(300, 5, seed=7, as_of=date(2025, 9, 1))
            import_roster(
                session, _to_roster(rows), file_name="r.xlsx", actor="t", effective_on=date(2025, 9, 1)
            )
            total = seat_overview(session, REF).range.recommended
            save_seat_plan(session, total=total, actor="t", reference_date=REF)
            term = create_term(session, number=9, starts_on=date(2025, 12, 18), years=5, actor="t")
            run_demo_elections(session, term.term_id, actor="t", rng=random.Random(3))
            assign_numbers(session, term.term_id, actor="t")
            return term.term_id
    finally:
        db.close()


@pytest.fixture(scope="session")
def published_template(tmp_path_factory: pytest.TempPathFactory) -> Published:
    path = tmp_path_factory.mktemp("published") / "published.db"
    return Published(path, build_published(path))


@pytest.fixture
def published(published_template: Published, tmp_path: Path):
    target = tmp_path / "congress.db"
    shutil.copyfile(published_template.path, target)
    database = open_database(sqlite_url(target))
    yield database, published_template.term_id
    database.close()
