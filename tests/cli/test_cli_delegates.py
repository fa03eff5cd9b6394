"""`congress-app delegates [--on D] [--json]` and `delegates review`: exact keys, R17.1 on the date."""

from __future__ import annotations

import json
from datetime import date

from congress_app.launcher import main
from congress_app.rules.status import EV_AWAY_START
from congress_app.services.delegate_status import record_status_event
from tests.services.delegate_fixtures import published, published_template  # noqa: F401

ROLL_KEYS = {"number", "name", "staff_no", "unit", "delegation", "kind", "status", "since", "away_from"}


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_roll_and_review_json(published, capsys) -> None:
    db, term_id = published
    with db.session() as session:
        from congress_app.storage.models import Delegate

        first = session.query(Delegate).order_by(Delegate.number).first()
        record_status_event(session, first.id, EV_AWAY_START, date(2026, 3, 1), actor="t")
        number = first.number
        path = session.get_bind().url.database
    code, out, err = _run(capsys, "--db", path, "delegates", "--on", "2027-02-28", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert all(set(r) == ROLL_KEYS for r in rows)
    mine = next(r for r in rows if r["number"] == number)
    assert (mine["status"], mine["away_from"], mine["kind"]) == ("active", "2026-03-01", "formal")
    code, out, _ = _run(capsys, "--db", path, "delegates", "--on", "2027-03-01", "--json")
    mine = next(r for r in json.loads(out) if r["number"] == number)
    assert (mine["status"], mine["since"]) == ("away", "2027-03-01")
    code, out, _ = _run(capsys, "--db", path, "delegates", "review", "--on", "2027-03-01", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"number": number, "name": mine["name"], "reason": "away", "ended_on": "2027-03-01"}
    ]
    code, out, _ = _run(capsys, "--db", path, "delegates", "review", "--on", "2027-02-28")
    assert "没有需要确认" in out


def test_roll_without_a_term_says_so(capsys, tmp_path) -> None:
    assert _run(capsys, "--db", str(tmp_path / "e.db"), "init")[0] == 0
    code, _out, err = _run(capsys, "--db", str(tmp_path / "e.db"), "delegates")
    assert code == 2 and "届次" in err
