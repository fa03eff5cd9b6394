#!/usr/bin/env bash
# The product as a user installs it: `pip install .` (not editable) into a fresh venv in a
# temporary folder, every dependency from the package index, then the installed command from
# another folder. Usage: scripts/check_wheel.sh [python3]
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PY="${1:-python3}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$PY" -m venv "$TMP/venv"
"$TMP/venv/bin/python" -m pip install -q --upgrade pip
"$TMP/venv/bin/python" -m pip install -q "$REPO"
mkdir "$TMP/elsewhere" && cd "$TMP/elsewhere"
export CONGRESS_DATA_DIR="$TMP/data"
unset CONGRESS_DB_URL PYTHONPATH
"$TMP/venv/bin/congress-app" --db x.db demo
"$TMP/venv/bin/congress-app" --db x.db info
"$TMP/venv/bin/python" - <<'PY'
import congress_app.paths as p, sysconfig
site = sysconfig.get_paths()["purelib"]
for path in (p.migrations_dir(), p.resources_dir()):
    assert str(path).startswith(site), path
print("migrations and resources from", site)
PY
echo "wheel install OK"
