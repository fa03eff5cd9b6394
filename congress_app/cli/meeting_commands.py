"""meeting new / checkin / undo, quorum, vote record: the meeting day from a script
(第二十四条, 第二十五条). JSON keys are the issue's contract."""

from __future__ import annotations

import argparse
from datetime import date

from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_json, emit_text
from congress_app.rules.meetings import METHODS, VOTE_ELECTION, VOTE_METHOD, VOTE_MOTION
from congress_app.services.errors import InvalidInput

KIND_ZH = {"formal": "正式代表", "invited": "特邀代表", "observer": "列席代表"}
VOTE_KINDS = (VOTE_METHOD, VOTE_MOTION, VOTE_ELECTION)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD：{text}") from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    meeting = sub.add_parser("meeting", parents=[common], help="会议：建立会次、签到（第二十四条）")
    msub = meeting.add_subparsers(dest="meeting_command", metavar="操作", required=True)
    p = msub.add_parser("new", parents=[common], help="建立本届的一次会议")
    p.add_argument("--date", type=_date, required=True, help="会议日期 YYYY-MM-DD")
    p.add_argument("--title", default="", help="会议名称")
    p.set_defaults(run=run_new)
    for name, helptext, runner in (
        ("checkin", "签到：代表编号、工号或姓名", run_checkin),
        ("undo", "撤销一次签到", run_undo),
    ):
        p = msub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("key", metavar="KEY", help="代表编号、工号或姓名（姓名须唯一）")
        p.add_argument("--session", type=int, default=None, help="会议编号（默认最近一次）")
        p.set_defaults(run=runner)

    p = sub.add_parser("quorum", parents=[common], help="法定人数：应到、实到、请假（第二十四条）")
    p.add_argument("--session", type=int, default=None, help="会议编号（默认最近一次）")
    p.set_defaults(run=run_quorum)

    vote = sub.add_parser("vote", parents=[common], help="大会表决（第二十五条）")
    vsub = vote.add_subparsers(dest="vote_command", metavar="操作", required=True)
    p = vsub.add_parser("record", parents=[common], help="记录一项表决或选举的结果")
    p.add_argument("--title", required=True, help="表决事项")
    for name in ("yes", "no", "abstain"):
        p.add_argument(f"--{name}", type=int, required=True)
    p.add_argument(
        "--kind",
        choices=VOTE_KINDS,
        default=VOTE_MOTION,
        help="method 表决办法 / motion 议案、决议 / election 选举",
    )
    p.add_argument("--method", choices=METHODS, default="hands", help="hands 举手 / ballot 无记名投票")
    p.add_argument("--resolution", default="", help="决议正文（可选）")
    p.add_argument("--session", type=int, default=None, help="会议编号（默认最近一次）")
    p.set_defaults(run=run_vote)


def _session_id(ctx: CommandContext, session) -> int:
    from congress_app.services.meetings import latest_meeting, meeting_info

    if ctx.args.session is not None:
        return meeting_info(session, ctx.args.session).session_id
    return latest_meeting(session).session_id


def run_new(ctx: CommandContext) -> int:
    from congress_app.services.meetings import create_meeting, expected_list

    with ctx.db().session() as session:
        meeting = create_meeting(session, held_on=ctx.args.date, title=ctx.args.title, actor=ctx.actor)
        expected = expected_list(session, meeting.session_id).expected
    if ctx.json:
        emit_json({"session": meeting.session_id, "date": meeting.held_on.isoformat(), "expected": expected})
    else:
        emit_text(
            f"已建立第{meeting.term_number}届第{meeting.number}次会议（编号 {meeting.session_id}，"
            f"{meeting.held_on}），应到会代表 {expected} 人。"
        )
    return 0


def _desk_change(ctx: CommandContext, undo: bool) -> int:
    from congress_app.services.checkin import check_in, load_desk, undo_check_in

    with ctx.db().session() as session:
        desk = load_desk(session, _session_id(ctx, session))
        change = undo_check_in if undo else check_in
        kwargs = {} if undo else {"desk_name": "cli"}
        result = change(session, desk, ctx.args.key, actor=ctx.actor, **kwargs)
    entry, q = result.line.entry, result.quorum
    if ctx.json:
        emit_json(
            {
                "delegate": {"number": entry.number, "name": entry.name, "kind": entry.kind},
                "expected": q.expected,
                "present": q.present,
                "required": q.required,
                "reached": q.reached,
            }
        )
        return 0
    what = "已撤销签到" if undo else ("签到" if result.counted else "已登记出席（不计入应到人数）")
    emit_text(
        f"{entry.name}（{entry.number or entry.staff_no}，{KIND_ZH.get(entry.kind, entry.kind)}）"
        f"{what}。应到 {q.expected}，实到 {q.present}，须 {q.required}："
        f"{'已达到' if q.reached else '未达到'}三分之二。"
    )
    return 0


def run_checkin(ctx: CommandContext) -> int:
    return _desk_change(ctx, undo=False)


def run_undo(ctx: CommandContext) -> int:
    return _desk_change(ctx, undo=True)


def run_quorum(ctx: CommandContext) -> int:
    from congress_app.services.checkin import quorum_state
    from congress_app.services.meetings import expected_list

    with ctx.db().session() as session:
        session_id = _session_id(ctx, session)
        q = quorum_state(session, session_id, expected_list(session, session_id).expected)
    if ctx.json:
        emit_json(
            {
                "expected": q.expected,
                "present": q.present,
                "required": q.required,
                "reached": q.reached,
                "on_leave": q.on_leave,
            }
        )
    else:
        emit_text(
            f"应到 {q.expected}，实到 {q.present}，请假 {q.on_leave}，未到 {q.absent}；"
            f"须到 {q.required} 人，{'已达到' if q.reached else '未达到'}三分之二（第二十四条）。"
        )
    return 0


def run_vote(ctx: CommandContext) -> int:
    from congress_app.services.votes import record_vote

    a = ctx.args
    for name in ("yes", "no", "abstain"):
        if getattr(a, name) < 0:
            raise InvalidInput("negative_votes", field=f"--{name}", value=getattr(a, name))
    with ctx.db().session() as session:
        vote = record_vote(
            session,
            _session_id(ctx, session),
            title=a.title,
            yes=a.yes,
            no=a.no,
            abstain=a.abstain,
            kind=a.kind,
            method=a.method,
            resolution=a.resolution,
            actor=ctx.actor,
        )
    if ctx.json:
        emit_json(
            {
                "expected": vote.expected,
                "present": vote.present,
                "yes": vote.yes,
                "no": vote.no,
                "abstain": vote.abstain,
                "passed": vote.passed,
            }
        )
    else:
        emit_text(
            f"「{vote.title}」赞成 {vote.yes}，反对 {vote.no}，弃权 {vote.abstain}；"
            f"应到 {vote.expected}，须赞成 {vote.needed} 票：{'通过' if vote.passed else '未通过'}"
            f"（第二十五条）。封存码 {vote.seal[:16]}…"
        )
    return 0
