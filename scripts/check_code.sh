#!/usr/bin/env bash
# Lint, format check and type check (configured in pyproject.toml). Every step runs; the exit
# status is non-zero if any of them found something. Usage: scripts/check_code.sh [--stats]
set -uo pipefail
cd "$(dirname "$0")/.."
BIN="${VIRTUAL_ENV:-.venv}/bin"
[ -x "$BIN/ruff" ] || BIN="$(dirname "$(command -v ruff)")"
status=0
if [ "${1:-}" = "--stats" ]; then
  "$BIN/ruff" check --statistics . || status=1
else
  "$BIN/ruff" check . || status=1
fi
"$BIN/ruff" format --check . || status=1
"$BIN/mypy" || status=1
exit $status
