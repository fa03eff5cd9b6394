"""init, demo, backup, info: the database as a whole."""

from __future__ import annotations

import argparse
from pathlib import Path

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_json, emit_text
from congress_app.services.backup import backup_result, restore_database
from congress_app.services.errors import InvalidInput
from congress_app.services.overview import overview


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="创建数据库或升级到最新版本")
    p.set_defaults(run=run_init, creates_database=True)

    p = sub.add_parser("demo", parents=[common], help="向空数据库装入演示学校（完整的教代会历史）")
    p.add_argument("--seed", type=int, default=2024, help="随机种子（默认 2024）")
    p.set_defaults(run=run_demo, creates_database=True)

    p = sub.add_parser("backup", parents=[common], help="把数据库备份到一个文件")
    p.add_argument("--out", required=True, type=Path, help="备份文件路径")
    p.add_argument("--force", action="store_true", help="备份文件已存在时覆盖它")
    p.set_defaults(run=run_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="用备份文件替换当前数据库（先校验备份，当前数据库另存为带日期的副本）",
    )
    p.add_argument("file", type=Path, help="备份文件")
    p.set_defaults(run=run_restore)

    p = sub.add_parser("info", parents=[common], help="显示数据库概况")
    p.set_defaults(run=run_info)


def run_init(ctx: CommandContext) -> int:
    db = ctx.db()
    result = db.upgrade
    assert result is not None
    data = {
        "database": db.describe(),
        "from_revision": result.from_revision,
        "revision": result.to_revision,
        "changed": result.changed,
        "backup": str(result.backup) if result.backup else None,
    }
    if ctx.json:
        emit_json(data)
    elif not result.changed:
        emit_text(f"数据库已是最新版本（{result.to_revision}）：{db.describe()}")
    elif result.from_revision is None:
        emit_text(f"已创建数据库（版本 {result.to_revision}）：{db.describe()}")
    else:
        emit_text(
            f"已把数据库从版本 {result.from_revision} 升级到 {result.to_revision}：{db.describe()}",
            f"升级前的备份：{result.backup}",
        )
    return 0


def run_demo(ctx: CommandContext) -> int:
    from congress_app.services.demo import load_demo

    db = ctx.db()
    summary = load_demo(db, seed=ctx.args.seed)
    if ctx.json:
        emit_json(summary)
    else:
        emit_text(f"已装入演示数据：{db.describe()}", *summary.lines())
    return 0


def run_backup(ctx: CommandContext) -> int:
    result = backup_result(ctx.db(), ctx.args.out, force=ctx.args.force)
    if ctx.json:
        emit_json({"backup": str(result.path), "bytes": result.bytes, "rows": result.rows, "verified": True})
    else:
        emit_text(f"已备份到：{result.path}（{result.bytes / 1e6:.1f} MB，共 {result.rows} 行，已校验）")
    return 0


def run_restore(ctx: CommandContext) -> int:
    """Works on the file itself, not through open_database: a damaged database must be
    restorable. Afterwards the database is opened (and upgraded if the backup is older)."""
    from congress_app.services.database_faults import DatabaseFault
    from congress_app.storage.engine import make_engine, sqlite_file

    engine = make_engine(ctx.url)
    try:
        target = sqlite_file(engine)
    finally:
        engine.dispose()
    if target is None:
        raise InvalidInput("backup_needs_sqlite", url=ctx.url)
    if not Path(target).exists():
        raise DatabaseFault("db_missing", path=target)
    result = restore_database(Path(target), ctx.args.file)
    db = ctx.db()
    data = {
        "database": db.describe(),
        "restored_from": str(result.restored_from),
        "previous_copy": str(result.previous_copy) if result.previous_copy else None,
        "revision": db.upgrade.to_revision if db.upgrade else result.revision,
    }
    if ctx.json:
        emit_json(data)
    else:
        emit_text(
            f"已从 {result.restored_from} 恢复数据库：{db.describe()}",
            f"恢复前的数据库另存为：{result.previous_copy}",
        )
    return 0


def run_info(ctx: CommandContext) -> int:
    db = ctx.db()
    with db.session() as session:
        data = overview(session)
    if ctx.json:
        emit_json({"database": db.describe(), **data.__dict__})
    else:
        emit_text(
            f"数据库：{db.describe()}",
            f"学校：{data.school}",
            f"选举单位：{data.units}　教职工：{data.staff}　届：{data.terms}　次："
            f"{data.sessions}　代表：{data.delegates}",
        )
    return 0
