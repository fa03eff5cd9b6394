"""archive export / archive verify: a session's documents as a verifiable archive (R48)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_error, emit_json, emit_text


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    archive = sub.add_parser("archive", parents=[common], help="归档：导出与核验（第四十八条）")
    archive_sub = archive.add_subparsers(dest="archive_command", metavar="操作", required=True)
    p = archive_sub.add_parser(
        "export", parents=[common], help="导出一次会议的归档：按档号命名的文件、归档文件目录、manifest.json"
    )
    p.add_argument("--session", type=int, default=None, help="会议编号（默认：最近一次已有归档文件的会议）")
    p.add_argument("--out", required=True, type=Path, help="输出文件夹（加 --zip 时为 ZIP 文件）")
    p.add_argument("--zip", action="store_true", help="导出为一个 ZIP 文件")
    p.set_defaults(run=run_export)
    p = archive_sub.add_parser(
        "verify", parents=[common], help="核验导出的归档：缺失、多出、被改动的文件；给出 --db 时还核对封存码"
    )
    p.add_argument("path", metavar="DIR", type=Path, help="归档文件夹或 ZIP 文件")
    p.set_defaults(run=run_verify)


def _progress(done: int, total: int, name: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} {name[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")


def run_export(ctx: CommandContext) -> int:
    from congress_app.services.archive_export import export_archive

    args = ctx.args
    with ctx.db().session() as session:
        result = export_archive(
            session, args.session, args.out, actor=ctx.actor, as_zip=args.zip, progress=_progress
        )
    if ctx.json:
        emit_json(
            {
                "path": str(result.path),
                "session": result.session_id,
                "items": result.items,
                "files": result.files,
                "pages": result.pages,
                "pdfa": result.pdfa,
                "missing_groups": list(result.missing_groups),
            }
        )
        return 0
    en = ctx.lang == "en"
    emit_text(
        f"Exported {result.items} items ({result.pages} pages) of session "
        f"{result.session_id} to {result.path}"
        if en
        else f"已导出第 {result.session_id} 号会议的归档：{result.items} 件，"
        f"共 {result.pages} 页 → {result.path}"
    )
    if not result.pdfa:
        emit_text(
            "Not every PDF is PDF/A: imported PDFs need Ghostscript (gs), which is not installed "
            "or failed; the manifest records it."
            if en
            else "部分 PDF 文件不是 PDF/A 格式：导入的 PDF 需要 Ghostscript（gs）转换，本机没有或转换失败；"
            "manifest.json 中已注明。"
        )
    if result.missing_groups:
        groups = "、".join(str(g) for g in result.missing_groups)
        emit_text(
            f"Groups with no document (Article 48): {groups}"
            if en
            else f"第四十八条所列材料中尚缺第 {groups} 类。"
        )
    return 0


def _explicit_db(ctx: CommandContext) -> bool:
    return bool(ctx.args.db or ctx.args.db_url or os.environ.get("CONGRESS_DB_URL"))


def run_verify(ctx: CommandContext) -> int:
    from congress_app.services.archive_verify import verify_archive
    from congress_app.wording.archive import describe_problem

    path = ctx.args.path
    if _explicit_db(ctx):
        with ctx.db().session() as session:
            result = verify_archive(path, session)
    else:
        result = verify_archive(path)
    lines = [describe_problem(p.code, p.file, ctx.lang) for p in result.problems]
    if ctx.json:
        emit_json(
            {
                "ok": result.intact,
                "path": str(path),
                "files": result.files,
                "checked_database": result.checked_database,
                "problems": [
                    {"code": p.code, "file": p.file, "message": line}
                    for p, line in zip(result.problems, lines, strict=True)
                ],
            }
        )
    elif result.intact:
        if ctx.lang == "en":
            emit_text(
                f"Intact: {result.files} files match the manifest."
                + (" Register and seals match the database." if result.checked_database else "")
            )
        else:
            emit_text(
                f"核验通过：{result.files} 个文件与清单一致。"
                + ("封存码与数据库一致。" if result.checked_database else "")
            )
    else:
        for line in lines:
            sys.stdout.write(line + "\n")
        emit_error(
            f"Verification failed: {len(lines)} problem(s)."
            if ctx.lang == "en"
            else f"核验未通过：发现 {len(lines)} 处问题。",
            ctx.lang,
        )
    return 0 if result.intact else 1
