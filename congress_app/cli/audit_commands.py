"""audit verify, audit log, export: the records' evidence and the office's documents."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_error, emit_json, emit_text


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser("audit", parents=[common], help="审计记录：核验与查看")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="操作", required=True)
    p = audit_sub.add_parser(
        "verify", parents=[common], help="核验审计链，并按现有数据重算每份封存记录的封存码"
    )
    p.set_defaults(run=run_verify)
    p = audit_sub.add_parser("log", parents=[common], help="列出审计记录（最新的在前）")
    p.add_argument("--limit", type=int, default=50, help="最多列出多少条（默认 50）")
    p.set_defaults(run=run_log)

    p = sub.add_parser(
        "export",
        parents=[common],
        help="导出文件（按扩展名 .pdf 或 .xlsx）：seat-plan、results、credentials、delegates",
    )
    p.add_argument(
        "kind",
        metavar="KIND",
        help="seat-plan（名额分配表）、results（各单位选举结果报告单）、"
        "credentials（代表资格审查报告）、delegates（公布的代表名单）",
    )
    p.add_argument("--out", required=True, type=Path, help="输出文件（.pdf 或 .xlsx）")
    p.add_argument("--term", type=int, default=None, help="届次号（默认最新一届）")
    p.set_defaults(run=run_export)


def run_verify(ctx: CommandContext) -> int:
    from congress_app.services.verification import verify_records
    from congress_app.wording.audit import describe_problem, subject_text

    with ctx.db().session() as session:
        report = verify_records(session)
    lines = [describe_problem(p, ctx.lang) for p in report.problems]
    if ctx.json:
        emit_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "records": report.records,
                "problems": [
                    {
                        "code": p.code,
                        "record": p.kind,
                        "subject": subject_text(p.kind, p.subject, ctx.lang),
                        "seal": p.seal,
                        "recomputed": p.recomputed,
                        "changes": list(p.changes),
                        "message": line,
                    }
                    for p, line in zip(report.problems, lines, strict=True)
                ],
            }
        )
    elif report.ok:
        emit_text(
            f"核验通过：审计记录 {report.entries} 条，封存记录 {report.records} 份，均与数据一致。"
            if ctx.lang != "en"
            else f"Verified: {report.entries} audit entries and {report.records} sealed records hold."
        )
    else:
        for line in lines:
            emit_error(line)
        emit_error(
            f"核验未通过：发现 {len(lines)} 处问题。"
            if ctx.lang != "en"
            else f"Verification failed: {len(lines)} problem(s)."
        )
    return 0 if report.ok else 1


def _subject(entity: str, entity_id: str, payload: str) -> str:
    try:
        data = json.loads(payload)
    except ValueError:
        data = {}
    parts = [f"{entity} {entity_id}".strip()]
    if isinstance(data, dict):
        if data.get("unit") and data.get("number"):
            parts.append(f"{data['unit']} 第{data['number']}轮")
        elif data.get("unit"):
            parts.append(str(data["unit"]))
        if "serial" in data:
            parts.append(f"clerk {data.get('clerk')} serial {data['serial']}")
    return " · ".join(parts)


def run_log(ctx: CommandContext) -> int:
    from sqlalchemy import select

    from congress_app.services.errors import InvalidInput
    from congress_app.storage.models import AuditEntry

    if ctx.args.limit < 1:
        raise InvalidInput("bad_limit", field="limit", value=ctx.args.limit)
    with ctx.db().session() as session:
        rows = session.execute(
            select(
                AuditEntry.at,
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.payload,
            )
            .order_by(AuditEntry.id.desc())
            .limit(ctx.args.limit)
        ).all()
    entries = [
        {
            "at": at.isoformat(timespec="seconds") + "Z",
            "actor": actor,
            "action": action,
            "subject": _subject(entity, entity_id, payload),
        }
        for at, actor, action, entity, entity_id, payload in rows
    ]
    if ctx.json:
        emit_json(entries)
    elif not entries:
        emit_text("还没有审计记录。" if ctx.lang != "en" else "No audit entries yet.")
    else:
        for e in entries:
            emit_text(f"{e['at']}  {e['actor']}  {e['action']}  {e['subject']}")
    return 0


def run_export(ctx: CommandContext) -> int:
    from congress_app.services.exports import export_document, export_format

    export_format(ctx.args.out)  # a bad suffix is refused before the database is opened
    with ctx.db().session() as session:
        out = export_document(session, ctx.args.kind, ctx.args.out, term=ctx.args.term)
    if ctx.json:
        emit_json({"kind": ctx.args.kind, "out": str(out), "bytes": out.stat().st_size})
    else:
        emit_text(f"已导出：{out}" if ctx.lang != "en" else f"Exported: {out}")
    return 0
