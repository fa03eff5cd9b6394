"""delegates, delegates review: the roll (代表名册) on a date and the status review (R17.1)."""

from __future__ import annotations

import argparse
from datetime import date

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_json, emit_text
from congress_app.services.delegate_status import pending_review
from congress_app.services.errors import NotFound
from congress_app.services.roll import roll_on
from congress_app.services.terms import list_terms
from congress_app.wording.delegates import KIND_ZH, STATUS_ZH

ROLL_KEYS = ("number", "name", "staff_no", "unit", "delegation", "kind", "status", "since", "away_from")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期「{text}」无效，请写作 YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("delegates", parents=[common], help="某日的代表名册：状态按第十七条自动判定（R17.1）")
    p.add_argument("--on", type=_date, default=None, help="日期（默认今天）")
    p.add_argument("--term", type=int, default=None, help="届次号（默认最近一届）")
    p.set_defaults(run=run_roll)
    review_sub = p.add_subparsers(dest="delegates_command", metavar="操作")
    r = review_sub.add_parser(
        "review", parents=[common], help="代表资格终止审核：列出截至某日已终止、尚未确认的代表"
    )
    r.add_argument("--on", type=_date, default=None, help="审核日期（默认今天）")
    r.add_argument("--term", type=int, default=None, help="届次号（默认最近一届）")
    r.set_defaults(run=run_review)


def _term_id(session, number: int | None) -> int:
    terms = list_terms(session)
    if number is not None:
        terms = [t for t in terms if t.number == number]
    if not terms:
        raise NotFound(what="届次" if number is None else f"第 {number} 届")
    return terms[-1].term_id


def run_roll(ctx: CommandContext) -> int:
    on = ctx.args.on or date.today()
    with ctx.db().session() as session:
        entries = roll_on(session, _term_id(session, ctx.args.term), on)
    rows = [{key: getattr(e, key) for key in ROLL_KEYS} for e in entries]
    if ctx.json:
        emit_json(rows)
        return 0
    emit_text(f"{on} 代表名册：{len(entries)} 人，在任 {sum(e.active for e in entries)} 人")
    for e in entries:
        away = f"，{e.away_from} 起离校" if e.away_from else ""
        emit_text(
            f"{e.number or '（未编号）'}  {e.name}  {e.staff_no}  {e.unit}  "
            f"{e.delegation or '—'}  {KIND_ZH[e.kind]}  {STATUS_ZH[e.status]}（{e.since} 起）{away}"
        )
    return 0


def run_review(ctx: CommandContext) -> int:
    on = ctx.args.on or date.today()
    with ctx.db().session() as session:
        items = pending_review(session, _term_id(session, ctx.args.term), on)
    if ctx.json:
        emit_json(
            [{"number": i.number, "name": i.name, "reason": i.reason, "ended_on": i.ended_on} for i in items]
        )
        return 0
    if not items:
        emit_text(f"截至 {on} 没有需要确认的代表资格终止。")
    for i in items:
        emit_text(f"{i.number or '（未编号）'}  {i.name}  {i.unit}  {STATUS_ZH[i.reason]}  {i.ended_on}")
    return 0
