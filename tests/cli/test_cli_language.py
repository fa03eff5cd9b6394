"""The command line speaks the UI's language in argparse's own words too: 用法 / 选项 in
Chinese (the default), usage / options with --lang en."""

from __future__ import annotations

import os
import subprocess
import sys


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "congress_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_help_headings_are_chinese_in_the_chinese_ui() -> None:
    out = _run("--help").stdout
    assert out.startswith("用法：congress-app")
    assert "位置参数" in out and "选项" in out and "显示本帮助并退出" in out
    assert "usage:" not in out and "positional arguments" not in out and "options:" not in out


def test_argparse_errors_are_chinese_and_english_on_request() -> None:
    err = _run("info", "--bogus").stderr
    assert "错误：无法识别的参数：--bogus" in err and "usage:" not in err
    out = _run("--lang", "en", "--help").stdout
    assert out.startswith("usage: congress-app") and "options:" in out
