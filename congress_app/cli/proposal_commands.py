"""proposals / proposal file / proposal report: proposals from the command line (第三十五–四十条)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_error, emit_json, emit_text
from congress_app.services.errors import InvalidInput
from congress_app.services.proposal_queries import latest_session_with_proposals, list_proposals
from congress_app.services.proposals import file_proposal, open_window_on
from congress_app.wording.proposals import KIND_ZH, STATE_ZH


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    listing = sub.add_parser("proposals", parents=[common], help="提案列表（第三十五–四十条）")
    listing.add_argument(
        "--session",
        type=int,
        default=None,
        metavar="ID",
        help="会议编号（默认：正在征集提案的会议，否则最近一次有提案的会议）",
    )
    listing.set_defaults(run=run_list)

    proposal = sub.add_parser("proposal", parents=[common], help="提案")
    actions = proposal.add_subparsers(dest="proposal_command", metavar="操作", required=True)
    p = actions.add_parser("file", parents=[common], help="提交一件提案（第三十五、三十六条）")
    p.add_argument("--title", required=True, help="提案标题")
    p.add_argument(
        "--kind",
        required=True,
        choices=["general", "important"],
        help="general：一般提案（1 名提案人，3 名以上附议）；important：重要提案（10 名以上附议）",
    )
    p.add_argument(
        "--proposer",
        action="append",
        required=True,
        metavar="KEY",
        help="提案人：代表编号、工号或姓名（可重复）",
    )
    p.add_argument(
        "--seconder",
        action="append",
        default=[],
        metavar="KEY",
        help="附议人：代表编号、工号或姓名（可重复）",
    )
    p.add_argument("--category", default="", help="类别（如 教学科研、生活福利）")
    p.add_argument("--reasons", default="", help="案由")
    p.add_argument("--suggestions", default="", help="建议")
    p.add_argument(
        "--session", type=int, default=None, metavar="ID", help="会议编号（默认：今天正在征集提案的会议）"
    )
    p.set_defaults(run=run_file)

    i = actions.add_parser(
        "import", parents=[common], help="导入纸质提案表（XLSX 模板，逐行检查；有问题则一份也不导入）"
    )
    i.add_argument("file", type=Path, help="填好的提案表导入模板（.xlsx）")
    i.add_argument(
        "--session",
        type=int,
        default=None,
        metavar="ID",
        help="会议编号（默认：按每份表的提交日期，归入当时征集提案的会议）",
    )
    i.set_defaults(run=run_import)

    t = actions.add_parser("template", parents=[common], help="写出纸质提案表的导入模板（XLSX）")
    t.add_argument("--out", required=True, type=Path, help="输出文件（.xlsx）")
    t.set_defaults(run=run_template)

    r = actions.add_parser("report", parents=[common], help="提案工作报告（PDF）或全部提案（XLSX）")
    r.add_argument("--session", type=int, default=None, metavar="ID", help="会议编号")
    r.add_argument("--out", required=True, type=Path, help="输出文件（.pdf 或 .xlsx）")
    r.set_defaults(run=run_report)


def _session_id(ctx: CommandContext, session) -> int | None:
    if ctx.args.session is not None:
        return int(ctx.args.session)
    window = open_window_on(session, date.today())
    return window.session_id if window else latest_session_with_proposals(session)


def run_list(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        session_id = _session_id(ctx, session)
        rows = list_proposals(session, session_id) if session_id is not None else []
    if ctx.json:
        emit_json([r.as_json() for r in rows])
        return 0
    if not rows:
        emit_text("还没有提案。")
    for r in rows:
        emit_text(
            f"{r.number:>4}  {r.title}  {KIND_ZH[r.kind]}  {STATE_ZH[r.status]}  "
            f"提案人：{'、'.join(r.proposers)}  {r.department}"
        )
    return 0


def run_file(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        filed = file_proposal(
            session,
            title=ctx.args.title,
            kind=ctx.args.kind,
            proposers=ctx.args.proposer,
            seconders=ctx.args.seconder,
            category=ctx.args.category,
            reasons=ctx.args.reasons,
            suggestions=ctx.args.suggestions,
            session_id=ctx.args.session,
            actor=ctx.actor,
        )
    if ctx.json:
        emit_json(
            {
                "number": filed.number,
                "session": filed.session_id,
                "title": filed.title,
                "kind": filed.kind,
                "status": "opinion" if filed.status == "opinion" else "filed",
                "late": filed.late,
                "proposers": list(filed.proposers),
                "seconders": list(filed.seconders),
            }
        )
    else:
        state = "逾期提交，作为意见处理" if filed.status == "opinion" else "已提交"
        emit_text(f"第 {filed.number} 号提案「{filed.title}」{state}。")
    return 0


def run_report(ctx: CommandContext) -> int:
    from congress_app.services.proposal_documents import write_proposal_report, write_proposals_xlsx

    out: Path = ctx.args.out
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidInput("unknown_suffix", field="out", value=out.suffix or out.name)
    with ctx.db().session() as session:
        session_id = _session_id(ctx, session)
        if session_id is None:
            raise InvalidInput("no_proposals", field="session")
        written = (
            write_proposal_report(session, session_id, out)
            if suffix == ".pdf"
            else write_proposals_xlsx(session, session_id, out)
        )
    if ctx.json:
        emit_json({"out": str(written)})
    else:
        emit_text(f"已写出：{written}")
    return 0


def run_import(ctx: CommandContext) -> int:
    from congress_app.services.proposal_import import import_proposals
    from congress_app.wording import describe_error
    from congress_app.wording.proposals import describe_import_problem

    with ctx.db().session() as session:
        try:
            result = import_proposals(session, ctx.args.file, actor=ctx.actor, session_id=ctx.args.session)
        except InvalidInput as error:
            if error.code != "proposal_import_problems":
                raise
            message = describe_error(error, ctx.lang)
            if ctx.json:
                emit_json(
                    {
                        "error": {"code": error.code, "message": message},
                        "imported": [],
                        "problems": [
                            {
                                "row": p.row,
                                "field": p.field,
                                "column": p.column,
                                "code": p.error.code,
                                "message": describe_import_problem(p, ctx.lang),
                            }
                            for p in error.details["problems"]
                        ],
                    }
                )
            emit_error(message, ctx.lang)
            return 2
    if ctx.json:
        emit_json(
            {
                "imported": result.numbers,
                "problems": [],
                "proposals": [
                    {
                        "row": f.row,
                        "number": f.proposal.number,
                        "session": f.proposal.session_id,
                        "title": f.proposal.title,
                        "status": "opinion" if f.proposal.status == "opinion" else "filed",
                    }
                    for f in result.imported
                ],
            }
        )
    else:
        if not result.imported:
            emit_text(f"「{result.file_name}」中没有提案表，未导入。")
        for f in result.imported:
            late = "（逾期提交，作为意见处理）" if f.proposal.status == "opinion" else ""
            emit_text(f"第 {f.row} 行 → 第 {f.proposal.number} 号提案「{f.proposal.title}」{late}")
        if result.imported:
            emit_text(f"已导入 {len(result.imported)} 份提案表。")
    return 0


def run_template(ctx: CommandContext) -> int:
    from congress_app.reports.proposal_template import write_proposal_template
    from congress_app.services.errors import ServiceError
    from congress_app.services.proposal_import import write_template
    from congress_app.services.proposals import DEFAULT_CATEGORIES

    out: Path = ctx.args.out
    if out.suffix.lower() != ".xlsx":
        raise InvalidInput("unknown_suffix", field="out", value=out.suffix or out.name)
    try:
        database = ctx.db()
    except ServiceError:  # no database yet: the template with the usual categories
        if ctx.args.db or ctx.args.db_url:
            raise
        written = write_proposal_template(out, DEFAULT_CATEGORIES)
    else:
        with database.session() as session:
            written = write_template(session, out)
    if ctx.json:
        emit_json({"out": str(written)})
    else:
        emit_text(f"已写出：{written}")
    return 0
