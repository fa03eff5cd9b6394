"""the schema says what cannot be: ASCII codes, CHECK constraints, natural keys, leaders

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

- Staff status, post category and gender were stored as Chinese words (在岗, 教学, 女 …);
  they become the stable ASCII codes of ``rules.seats`` (on_duty, teaching, f …). The words
  stay in the roster file and on screen.
- CHECK constraints for the codes, the counts (≥ 0; invalid ≤ returned; seats ≥ 1 …) and the
  lengths of the texts a roster file brings (SQLite ignores VARCHAR lengths; PostgreSQL
  enforces them), so both databases refuse the same rows.
- A unit's regular election is unique per term (by-elections may recur).
- Seat plans saved by 0004 kept the units' leaders empty; they are filled now from the
  roster as it stood on the plan's reference date (whole post titles, never substrings).

Runs with ``PRAGMA foreign_keys=OFF`` (migrate.py): the batch copies must not cascade.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from congress_app.rules.seats import LEADER_ROLES, is_on_duty, leader_roles_held

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# The words 0001–0005 stored, and the codes they become (frozen here: this revision's facts).
STATUS = {"在岗": "on_duty", "离校学习": "away_study", "离校工作": "away_work",
          "退休": "retired", "调离": "transferred"}
CATEGORY = {"教学": "teaching", "教学科研": "teaching", "科研": "research", "管理": "admin",
            "教辅": "support", "工勤": "service"}
GENDER = {"男": "m", "女": "f"}
STATUS_CODES = ("on_duty", "away_study", "away_work", "retired", "transferred")
CATEGORY_CODES = ("teaching", "research", "admin", "support", "service")
GENDER_CODES = ("m", "f")
LEADER_SEPARATOR = "、"


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# table -> [(constraint name, SQL)]
CHECKS: dict[str, list[tuple[str, str]]] = {
    "staff": [
        ("ck_staff_gender", _one_of("gender", GENDER_CODES)),
        ("ck_staff_category", _one_of("category", CATEGORY_CODES)),
        ("ck_staff_status", _one_of("status", STATUS_CODES)),
        ("ck_staff_staff_no_length", "length(staff_no) BETWEEN 1 AND 40"),
        ("ck_staff_name_length", "length(name) BETWEEN 1 AND 100"),
        ("ck_staff_post_length", "length(post) <= 100"),
    ],
    "staff_event": [
        ("ck_staff_event_category", _one_of("category", CATEGORY_CODES)),
        ("ck_staff_event_status", _one_of("status", STATUS_CODES)),
    ],
    "election_unit": [("ck_election_unit_name_length", "length(name) BETWEEN 1 AND 200")],
    "unit_election": [
        ("ck_unit_election_kind", _one_of("kind", ("regular", "by_election"))),
        ("ck_unit_election_candidate_order", _one_of("candidate_order", ("strokes", "entered"))),
        ("ck_unit_election_seats", "seats >= 1"),
    ],
    "election_round": [
        ("ck_election_round_kind", _one_of("kind", ("first", "runoff", "further"))),
        ("ck_election_round_entry_mode", _one_of("entry_mode", ("totals", "ballots"))),
        ("ck_election_round_counts", "number >= 1 AND seats >= 1 AND electorate >= 0"),
        ("ck_election_round_issued", "issued IS NULL OR issued >= 0"),
        ("ck_election_round_returned", "returned IS NULL OR returned >= 0"),
        ("ck_election_round_invalid",
         "invalid IS NULL OR (invalid >= 0 AND (returned IS NULL OR invalid <= returned))"),
    ],
    "round_candidate": [
        ("ck_round_candidate_yes_votes", "yes_votes IS NULL OR yes_votes >= 0"),
        ("ck_round_candidate_outcome", _one_of("outcome", ("", "elected", "runoff",
                                                           "not_elected"))),
    ],
    "ballot_entry": [("ck_ballot_entry_paper", "clerk IN (1, 2) AND serial >= 1")],
    "ballot_print": [("ck_ballot_print_counts", "copies >= 1 AND first_serial >= 1")],
    "seat_plan": [
        ("ck_seat_plan_counts", "on_duty >= 0 AND total >= 1"),
        ("ck_seat_plan_range", "minimum IS NULL OR (minimum >= 1 AND maximum >= minimum)"),
    ],
    "seat_plan_unit": [
        ("ck_seat_plan_unit_counts",
         "on_duty >= 0 AND teaching_staff >= 0 AND women >= 0 AND youth >= 0 AND seats >= 0 "
         "AND teaching_target >= 0 AND women_target >= 0 AND youth_target >= 0"),
        ("ck_seat_plan_unit_shares",
         "teaching_staff <= on_duty AND women <= on_duty AND youth <= on_duty"),
    ],
    "roster_import": [
        ("ck_roster_import_counts", "rows >= 0 AND added >= 0 AND changed >= 0 AND unlisted >= 0"),
    ],
    "delegate": [("ck_delegate_kind", _one_of("kind", ("formal", "invited", "observer")))],
    "term": [("ck_term_counts", "number >= 1 AND years >= 1")],
    "congress_session": [("ck_congress_session_number", "number >= 1")],
}


def _recode(connection: sa.Connection, table: str, column: str, mapping: dict[str, str]) -> None:
    for word, code in mapping.items():
        connection.execute(sa.text(f"UPDATE {table} SET {column} = :code WHERE {column} = :word"),
                           {"code": code, "word": word})


def _refuse_duplicate_regular_elections(connection: sa.Connection) -> None:
    dupes = connection.execute(sa.text(
        "SELECT e.term_id, u.name FROM unit_election e JOIN election_unit u ON u.id = e.unit_id "
        "WHERE e.kind = 'regular' GROUP BY e.term_id, u.name HAVING count(*) > 1")).all()
    if dupes:
        listed = "、".join(f"第{term}届 {unit}" for term, unit in dupes)
        raise RuntimeError(f"同一届同一选举单位有两次换届选举，请先删除多余的一次：{listed}")


def _fill_leaders(connection: sa.Connection) -> None:
    """R13.6: the leaders' posts held by on-duty staff of each planned unit on the plan's
    reference date, for plan units stored with none (0004 left them empty)."""
    empty = connection.execute(sa.text(
        "SELECT pu.id, pu.unit_id, p.reference_date FROM seat_plan_unit pu "
        "JOIN seat_plan p ON p.id = pu.plan_id WHERE pu.leaders = ''")).all()
    if not empty:
        return
    merged = dict(connection.execute(sa.text(
        "SELECT id, coalesce(merged_into_id, id) FROM election_unit")).all())
    events = connection.execute(sa.text(
        "SELECT e.staff_id, e.effective_on, e.status, e.unit_id, e.post, s.unlisted_on "
        "FROM staff_event e JOIN staff s ON s.id = e.staff_id "
        "ORDER BY e.staff_id, e.effective_on IS NOT NULL, e.effective_on, e.id")).all()
    cache: dict[str, dict[int, tuple[str, ...]]] = {}
    for plan_unit_id, unit_id, reference in empty:
        ref = str(reference)[:10]
        if ref not in cache:
            state: dict[int, tuple[str, int, str, str | None]] = {}
            for staff_id, on, status, staff_unit, post, unlisted_on in events:
                if on is None or str(on)[:10] <= ref:
                    state[staff_id] = (status, staff_unit, post or "", unlisted_on)
            held: dict[int, set[str]] = defaultdict(set)
            for status, staff_unit, post, unlisted_on in state.values():
                if not is_on_duty(status):
                    continue
                if unlisted_on is not None and str(unlisted_on)[:10] <= ref:
                    continue
                held[merged.get(staff_unit, staff_unit)].update(leader_roles_held(post))
            cache[ref] = {u: tuple(r for r in sorted(roles) if r in LEADER_ROLES)
                          for u, roles in held.items()}
        leaders = LEADER_SEPARATOR.join(cache[ref].get(unit_id, ()))
        if leaders:
            connection.execute(sa.text("UPDATE seat_plan_unit SET leaders = :l WHERE id = :i"),
                               {"l": leaders, "i": plan_unit_id})


def upgrade() -> None:
    connection = op.get_bind()
    # widen first: 'transferred' does not fit the old VARCHAR(10), which PostgreSQL enforces
    for table in ("staff", "staff_event"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('status', existing_type=sa.String(length=10),
                                  type_=sa.String(length=20), existing_nullable=False)
    for table in ("staff", "staff_event"):
        _recode(connection, table, "status", STATUS)
        _recode(connection, table, "category", CATEGORY)
    _recode(connection, "staff", "gender", GENDER)
    _fill_leaders(connection)
    _refuse_duplicate_regular_elections(connection)

    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, condition in checks:
                batch_op.create_check_constraint(op.f(name), condition)
    op.create_index('uq_unit_election_regular', 'unit_election', ['term_id', 'unit_id'],
                    unique=True, sqlite_where=sa.text("kind = 'regular'"),
                    postgresql_where=sa.text("kind = 'regular'"))


def downgrade() -> None:
    op.drop_index('uq_unit_election_regular', table_name='unit_election')
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _condition in checks:
                batch_op.drop_constraint(op.f(name), type_='check')
    connection = op.get_bind()
    for table in ("staff", "staff_event"):
        _recode(connection, table, "status", {c: w for w, c in STATUS.items()})
        _recode(connection, table, "category",
                {c: w for w, c in CATEGORY.items() if w != "教学科研"})
    _recode(connection, "staff", "gender", {c: w for w, c in GENDER.items()})
    for table in ("staff", "staff_event"):  # narrow only once the words are back
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('status', existing_type=sa.String(length=20),
                                  type_=sa.String(length=10), existing_nullable=False)
