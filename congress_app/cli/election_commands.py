"""election results: the unit elections' rounds, for publishing and scripted checks."""

from __future__ import annotations

import argparse

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_json, emit_text
from congress_app.services.election_results import election_results


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    election = sub.add_parser("election", parents=[common], help="代表选举")
    election_sub = election.add_subparsers(dest="election_command", metavar="操作", required=True)
    p = election_sub.add_parser("results", parents=[common], help="各选举单位每一轮的票数与结果（R14）")
    p.add_argument("--term", type=int, default=None, help="只看某一届（届次号，如 9）")
    p.set_defaults(run=run_results)


def run_results(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        term_id = None
        if ctx.args.term is not None:
            from congress_app.services.errors import NotFound
            from congress_app.services.terms import list_terms

            matches = [t.term_id for t in list_terms(session) if t.number == ctx.args.term]
            if not matches:
                raise NotFound(what=f"第 {ctx.args.term} 届")
            term_id = matches[0]
        results = election_results(session, term_id)
    if ctx.json:
        emit_json(results)
        return 0
    if not results:
        emit_text("还没有选举结果。")
    for r in results:
        state = "无效" if r["void"] else ("进行中" if r["void"] is None else "有效")
        emit_text(
            f"{r['unit']} 第{r['round']}轮（{state}）：应选 {r['seats']}，教职工 {r['electorate']}，"
            f"发出 {r['issued']}，收回 {r['returned']}，无效 {r['invalid']}"
        )
        for name, yes in sorted(r["votes"].items(), key=lambda kv: -(kv[1] or 0)):
            mark = "当选" if name in r["elected"] else ("另行选举" if name in r["runoff"] else "")
            emit_text(f"    {name}  {yes}  {mark}")
        if r["unfilled"]:
            emit_text(f"    缺额 {r['unfilled']} 名")
    return 0
