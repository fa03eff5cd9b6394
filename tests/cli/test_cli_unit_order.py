"""congress-app units order [set NAME … | reset]: the one order of units from the command line."""

from __future__ import annotations

import json
from datetime import date

from congress_app.launcher import main
from congress_app.roster_file import read_roster
from congress_app.services.roster import import_roster
from congress_app.strokes import sort_by_surname_strokes


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_units_order_round_trip(capsys, db, db_path, samples) -> None:
    roster = read_roster(samples / "roster-small.csv", today=date(2026, 11, 23))
    with db.session() as session:
        import_roster(session, roster, file_name="roster-small.csv", actor="t")
    db.close()
    base = ("--db", str(db_path))

    code, out, _ = run(capsys, *base, "units", "order", "--json")
    units = json.loads(out)["units"]
    names = [u["name"] for u in units]
    assert code == 0 and names == sort_by_surname_strokes(names)
    assert {u["order"] for u in units} == {"stroke"} and [u["place"] for u in units] == list(
        range(1, len(names) + 1)
    )

    chosen = list(reversed(names))
    code, out, _ = run(capsys, *base, "units", "order", "set", *chosen, "--json")
    units = json.loads(out)["units"]
    assert code == 0 and [u["name"] for u in units] == chosen
    assert [(u["position"], u["order"]) for u in units] == [(i, "chosen") for i in range(1, len(names) + 1)]

    code, out, _ = run(capsys, *base, "units", "order")
    assert code == 0 and "学校确定" in out and out.index(chosen[0]) < out.index(chosen[-1])

    # an unknown (partial) name is an error naming it; nothing changes
    code, out, err = run(capsys, *base, "units", "order", "set", chosen[0][:-1], *chosen[1:], "--json")
    assert code != 0 and json.loads(out)["error"]["code"] == "unit_name_unknown"
    assert chosen[0][:-1] in err
    code, out, err = run(capsys, *base, "units", "order", "set", *chosen[1:])
    assert code != 0 and chosen[0] in err

    code, out, _ = run(capsys, *base, "units", "order", "reset", "--json")
    units = json.loads(out)["units"]
    assert code == 0 and [u["name"] for u in units] == names and {u["order"] for u in units} == {"stroke"}
