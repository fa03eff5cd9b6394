"""staff import, seats, allocate: the roster and the seat plan from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_error, emit_json, emit_text
from congress_app.roster_file import describe_problem, read_roster
from congress_app.rules.seats import METHODS
from congress_app.services.roster import RosterInvalid, file_sha256, import_roster, preview_roster
from congress_app.services.seats import save_seat_plan, seat_overview
from congress_app.services.unit_order import (
    reset_unit_order,
    set_unit_order_by_names,
    unit_places,
)

METHOD_NAMES = {"hamilton": "最大余额法", "sainte-lague": "圣拉古法", "dhondt": "洪德法"}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期「{text}」无效，请写作 YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    staff = sub.add_parser("staff", parents=[common], help="教职工名册")
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="操作", required=True)
    p = staff_sub.add_parser("import", parents=[common], help="导入名册（XLSX 或 CSV）；有任何错误则不导入")
    p.add_argument("file", type=Path, help="名册文件")
    p.add_argument(
        "--effective", type=_date, default=None, help="变动生效日期（默认今天），用于再次导入时记录变动"
    )
    p.add_argument("--dry-run", action="store_true", help="只预览将新增、变动、不再列入的人数，不写入数据库")
    p.add_argument(
        "--allow-removals",
        action="store_true",
        help="确认导入：超过十分之一的在岗教职工将不再在岗或不再列入名册时须加此项",
    )
    p.set_defaults(run=run_staff_import)

    p = sub.add_parser("seats", parents=[common], help="在岗教职工人数与代表名额范围（R13.1–R13.3）")
    p.add_argument("--date", type=_date, default=None, help="基准日期（默认今天）")
    p.set_defaults(run=run_seats)

    p = sub.add_parser("allocate", parents=[common], help="把代表总数分配到各选举单位并保存方案（RA.1–RA.3）")
    p.add_argument("--seats", type=int, required=True, help="代表总数")
    p.add_argument(
        "--method", choices=METHODS, default="hamilton", help="分配方法（默认 hamilton 最大余额法）"
    )
    p.add_argument("--date", type=_date, default=None, help="基准日期（默认今天）")
    p.add_argument("--reason", default="", help="在岗人数不在 80–5000 时手工定额的理由（R13.4）")
    p.add_argument("--youth-age", type=int, default=35, help="青年年龄上限（默认 35 岁及以下）")
    p.add_argument(
        "--tie-winners",
        default="",
        help="名额并列时由工会决定获得名额的单位（以逗号分隔），须同时给出 --tie-how",
    )
    p.add_argument(
        "--tie-how", choices=("lot", "choice"), default="", help="并列的决定方式：lot 抽签，choice 工会决定"
    )
    p.add_argument("--tie-note", default="", help="并列决定的说明（如抽签时间、见证人）")
    p.set_defaults(run=run_allocate)

    units = sub.add_parser("units", parents=[common], help="选举单位")
    units_sub = units.add_subparsers(dest="units_command", metavar="操作", required=True)
    order = units_sub.add_parser(
        "order", parents=[common], help="选举单位的顺序（各种材料统一使用；默认按单位名称笔画）"
    )
    order.set_defaults(run=run_units_order)
    order_sub = order.add_subparsers(dest="order_command", metavar="操作", required=False)
    p = order_sub.add_parser("set", parents=[common], help="按给出的顺序排列选举单位（写完整名称）")
    p.add_argument("names", nargs="+", metavar="NAME", help="选举单位名称，须列出每个单独选举的单位")
    p.set_defaults(run=run_units_order_set)
    p = order_sub.add_parser("reset", parents=[common], help="恢复按单位名称笔画排序")
    p.set_defaults(run=run_units_order_reset)


def run_staff_import(ctx: CommandContext) -> int:
    path: Path = ctx.args.file
    if not path.exists():
        raise FileNotFoundError(2, "not found", str(path))
    roster = read_roster(path)
    if not roster.ok:
        for problem in roster.problems:
            sys.stderr.write(describe_problem(problem, ctx.lang) + "\n")
        emit_error(f"名册有 {len(roster.problems)} 处问题，未导入任何数据。")
        return 1
    db = ctx.db()
    if ctx.args.dry_run:
        return _print_preview(ctx, db, roster, path)
    with db.session() as session:
        try:
            summary = import_roster(
                session,
                roster,
                file_name=path.name,
                sha256=file_sha256(path),
                actor=ctx.actor,
                effective_on=ctx.args.effective,
                allow_removals=ctx.args.allow_removals,
            )
        except RosterInvalid as error:  # pragma: no cover - read_roster found none above
            for problem in error.problems:
                sys.stderr.write(describe_problem(problem, ctx.lang) + "\n")
            return 1
    if ctx.json:
        emit_json(summary)
    else:
        emit_text(
            f"已导入 {summary.file_name}：{summary.rows} 行；新增 {summary.added} 人，"
            f"变动 {summary.changed} 人，不再列入 {summary.unlisted} 人，"
            f"新建选举单位 {summary.units_created} 个。"
        )
    return 0


def _print_preview(ctx: CommandContext, db, roster, path: Path) -> int:
    """`staff import --dry-run`: what the import would do; nothing is written."""
    from congress_app.wording.roster_import import describe_warning

    with db.session() as session:
        preview = preview_roster(session, roster)
        session.rollback()
    data = preview.as_dict()
    for shown, warning in zip(data["warnings"], preview.warnings, strict=True):
        shown["message"] = describe_warning(warning, ctx.lang)
    if ctx.json:
        emit_json(data)
        return 0
    lines = [
        f"预览 {path.name}（未写入数据库）：新增 {data['new']} 人，变动 {data['changed']} 人，"
        f"不再列入 {data['unlisted']} 人，未变 {data['unchanged']} 人。"
    ]
    if preview.new_units:
        lines.append(f"将新建选举单位 {len(preview.new_units)} 个：{'、'.join(preview.new_units)}")
    lines += [f"提示：{w['message']}" for w in data["warnings"]]
    emit_text(*lines)
    return 0


def run_seats(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        overview = seat_overview(session, ctx.args.date)
    rng = overview.range
    data = {
        "on_duty": overview.on_duty,
        "minimum": rng.minimum if rng else None,
        "maximum": rng.maximum if rng else None,
        "recommended": rng.recommended if rng else None,
    }
    if ctx.json:
        emit_json(data)
    elif rng is not None:
        emit_text(
            f"基准日期 {overview.reference_date}：在岗教职工 {overview.on_duty} 人",
            f"代表名额比例 {rng.low_percent}%～{rng.high_percent}%（{rng.band_lo}～{rng.band_hi} "
            "人档，R13.2）",
            f"允许的代表总数：{rng.minimum}～{rng.maximum} 名；建议 {rng.recommended} 名（R13.3）",
        )
    else:
        guide = overview.outside
        lines = [
            f"基准日期 {overview.reference_date}：在岗教职工 {overview.on_duty} 人，"
            "不在规范规定的 80～5000 人范围内，规范未给出比例（R13.4）。"
        ]
        if guide and guide.suggest_all_staff_assembly:
            lines.append("建议召开教职工大会（参照第三十三条）；如仍召开代表大会，须手工确定总数并记录理由。")
        elif guide and guide.guide_total:
            lines.append(f"可参照 6% 的比例：约 {guide.guide_total} 名；须手工确定总数并记录理由。")
        emit_text(*lines)
    return 0


def run_allocate(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        winners = [w.strip() for w in ctx.args.tie_winners.replace("，", ",").split(",") if w.strip()]
        plan = save_seat_plan(
            session,
            total=ctx.args.seats,
            method=ctx.args.method,
            actor=ctx.actor,
            reference_date=ctx.args.date,
            reason=ctx.args.reason,
            youth_age_limit=ctx.args.youth_age,
            tie_winners=winners or None,
            tie_how=ctx.args.tie_how,
            tie_note=ctx.args.tie_note,
        )
    warnings = [{"code": w.code, "unit": w.subject} for w in plan.warnings]
    if ctx.json:
        emit_json(
            {
                "seats": plan.total,
                "method": plan.method,
                "units": plan.seats_by_unit,
                "leaders": plan.leader_units,
                "warnings": warnings,
            }
        )
    else:
        emit_text(f"已保存名额分配方案（{METHOD_NAMES[plan.method]}，共 {plan.total} 名）：")
        width = max(len(u.name) for u in plan.units)
        for unit in plan.units:
            emit_text(
                f"  {unit.name.ljust(width, '　')}  在岗 {unit.on_duty:>5}  名额 {unit.seats:>4}"
                f"  其中教学 ≥{unit.teaching_target}"
            )
        for role, holder in plan.leader_units.items():
            emit_text(f"  {role}：{holder or '名册中无此职务的在岗人员（须记录任职或空缺，第十三条）'}")
        for w in plan.warnings:
            emit_text(
                f"  提示：{w.subject} 名额 {w.actual} 名，不少于在岗人数 {w.required} 人，"
                "无法差额选举（第十四条）；可与其他单位合并为联合选举单位（惯例做法）。"
            )
    return 0


def _emit_unit_order(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        places = unit_places(session)
    if ctx.json:
        emit_json(
            {
                "units": [
                    {
                        "place": p.place,
                        "name": p.name,
                        "position": p.position,
                        "order": "chosen" if p.chosen else "stroke",
                        "joint": p.is_joint,
                        "merged_into": p.merged_into,
                    }
                    for p in places
                ]
            }
        )
        return 0
    if not places:
        emit_text("还没有选举单位。")
        return 0
    for p in places:
        how = "学校确定" if p.chosen else "笔画"
        part = f"（并入{p.merged_into}）" if p.merged_into else ""
        emit_text(f"{p.place:>3}  {p.name}{part}  [{how}]")
    return 0


def run_units_order(ctx: CommandContext) -> int:
    return _emit_unit_order(ctx)


def run_units_order_set(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        set_unit_order_by_names(session, list(ctx.args.names), actor=ctx.actor)
    if not ctx.json:
        emit_text("已保存选举单位的顺序：")
    return _emit_unit_order(ctx)


def run_units_order_reset(ctx: CommandContext) -> int:
    with ctx.db().session() as session:
        reset_unit_order(session, actor=ctx.actor)
    if not ctx.json:
        emit_text("已恢复按单位名称笔画排序：")
    return _emit_unit_order(ctx)
