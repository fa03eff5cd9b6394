"""Where Congress Desk keeps its data and finds its resources and migrations.

Works in a source checkout, an installed wheel (resources are looked up beside the
package) and a frozen PyInstaller build (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "CongressDesk"
APP_AUTHOR = "CongressDesk"
DB_URL_ENV = "CONGRESS_DB_URL"
DATA_DIR_ENV = "CONGRESS_DATA_DIR"


def _roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    package_dir = Path(__file__).resolve().parent
    # inside the package first (a wheel: setup.py packs them there), so that a stray
    # site-packages/resources of another distribution is never taken for ours
    roots.append(package_dir)
    roots.append(package_dir.parent)  # source checkout / editable install
    return roots


def _find(name: str) -> Path:
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ not found beside {Path(__file__).resolve().parent}")


def resources_dir() -> Path:
    return _find("resources")


def migrations_dir() -> Path:
    return _find("migrations")


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "congress.db"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def resolve_db_url(db_path: str | None = None, db_url: str | None = None) -> str:
    """--db-url beats --db beats $CONGRESS_DB_URL beats the per-user default file."""
    if db_url:
        return db_url
    if db_path:
        return sqlite_url(db_path)
    env = os.environ.get(DB_URL_ENV)
    if env:
        return env
    return sqlite_url(default_db_path())
