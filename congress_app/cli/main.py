"""`congress-app` commands. With no subcommand the launcher opens the GUI instead."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from congress_app import __version__
from congress_app.cli import (
    archive_commands,
    audit_commands,
    database_commands,
    delegate_commands,
    election_commands,
    meeting_commands,
    proposal_commands,
    roster_commands,
)
from congress_app.cli.context import CommandContext
from congress_app.cli.output import emit_error, emit_json_error
from congress_app.rules.errors import RuleViolation
from congress_app.services.errors import ServiceError
from congress_app.wording import describe_error

COMMAND_MODULES = [
    database_commands,
    roster_commands,
    election_commands,
    delegate_commands,
    meeting_commands,
    proposal_commands,
    audit_commands,
    archive_commands,
]


def database_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("数据库")
    group.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="SQLite 数据库文件（默认：用户数据目录中的 congress.db）",
    )
    group.add_argument(
        "--db-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="任意 SQLAlchemy 连接串，如 postgresql+psycopg://user@host/db（也可用环境变量 CONGRESS_DB_URL）",
    )
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="以 JSON 输出结果")
    common.add_argument(
        "--lang", choices=["zh", "en"], default=argparse.SUPPRESS, help="界面与消息语言（默认 zh）"
    )
    common.add_argument(
        "--operator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="操作人姓名，记入每项改动的审计记录（也可用环境变量 CONGRESS_OPERATOR；默认：本机登录名）",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = database_options()
    parser = argparse.ArgumentParser(
        prog="congress-app",
        description="教代会工作台 Congress Desk —— 按《大连市高等学校教职工代表大会工作规范》"
        "（2024）办理教代会。不带子命令时打开图形界面。",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"congress-app {__version__}")
    parser.add_argument("--demo", action="store_true", help="在临时位置打开一个新的演示数据库（图形界面）")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def requested_language(argv: Sequence[str] | None) -> str:
    """The ``--lang`` on the command line, read before parsing (the help is worded by it)."""
    words = list(sys.argv[1:] if argv is None else argv)
    for i, word in enumerate(words):
        if word == "--lang" and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return "zh"


def localize_argparse(lang: str) -> None:
    """argparse's headings and errors in ``lang`` (it words them through gettext)."""
    from congress_app.wording.cli import argparse_text

    argparse._ = lambda message: argparse_text(message, lang)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: argparse_text(one if n == 1 else many, lang)  # type: ignore[attr-defined]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    localize_argparse(requested_language(argv))
    args = build_parser().parse_args(argv)
    for name, default in (
        ("db", None),
        ("db_url", None),
        ("json", False),
        ("lang", "zh"),
        ("operator", None),
    ):
        if not hasattr(args, name):
            setattr(args, name, default)
    if not hasattr(args, "operator"):
        args.operator = None
    return args


def run_command(args: argparse.Namespace) -> int:
    ctx = CommandContext(args)
    try:
        return args.run(ctx)
    except (ServiceError, RuleViolation) as error:
        return _fail(ctx, error.code, describe_error(error, ctx.lang))
    except FileNotFoundError as error:
        return _fail(
            ctx,
            "file_not_found",
            describe_error(ServiceError("file_not_found", path=error.filename or str(error)), ctx.lang),
        )
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except Exception as error:  # a database fault met while working: worded, never a traceback
        from congress_app.services.database_faults import database_fault

        fault = database_fault(error, _where(ctx))
        if fault is None:
            raise
        return _fail(ctx, fault.code, describe_error(fault, ctx.lang))
    finally:
        ctx.close()


def _where(ctx: CommandContext) -> str:
    try:
        return ctx.db().describe() if ctx._db is not None else ctx.url
    except Exception:  # noqa: BLE001 - only for the message
        return ""


def _fail(ctx: CommandContext, code: str, message: str) -> int:
    """The message on stderr always (a person reads it); with --json also the error object on
    stdout (a script reads it)."""
    if ctx.json:
        emit_json_error(code, message)
    emit_error(message, ctx.lang)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand. (The `congress-app` entry point is congress_app.launcher.main,
    which opens the GUI when no subcommand is given.)"""
    args = parse_args(argv)
    if getattr(args, "run", None) is None:
        build_parser().print_help()
        return 1
    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
