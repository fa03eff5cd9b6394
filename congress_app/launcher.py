"""The `congress-app` entry point: a subcommand runs the CLI, none opens the GUI.

Kept apart from `cli/` so that the CLI package never imports Qt.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from congress_app.cli.main import parse_args, run_command
from congress_app.paths import sqlite_url


def demo_database_url() -> str:
    """A fresh demo database in a temporary folder (for `congress-app --demo`)."""
    folder = Path(tempfile.mkdtemp(prefix="congress-demo-"))
    return sqlite_url(folder / "demo.db")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if getattr(args, "run", None) is not None:
        return run_command(args)
    from congress_app.gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
