"""Printing results (text or --json) and errors (Chinese, to stderr)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any


def _default(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def emit_text(*lines: str) -> None:
    for line in lines:
        sys.stdout.write(line + "\n")


def emit_error(message: str, lang: str = "zh") -> None:
    prefix = "Error: " if lang == "en" else "错误："
    sys.stderr.write(message + "\n" if message.startswith(("错误", "Error")) else prefix + message + "\n")


def emit_json_error(code: str, message: str) -> None:
    """With --json an error is ``{"error": {"code": ..., "message": ...}}`` on stdout."""
    emit_json({"error": {"code": code, "message": message}})
