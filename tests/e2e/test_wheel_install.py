"""A non-editable install works from any folder: migrations/ and resources/ ship in the wheel.

Builds the wheel from this checkout, installs it (without dependencies) into a fresh venv that
borrows this environment's site-packages for PySide6, SQLAlchemy …, and runs the installed
``congress-app`` from another folder. ``scripts/check_wheel.sh`` does the full install with
every dependency from the package index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# builds a wheel and makes a venv: minutes on a busy machine, not the default 120 s
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


SOURCE = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "congress_app", "migrations", "resources"]


def test_the_installed_wheel_carries_migrations_and_resources(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: setuptools leaves build/ where it builds
    for name in SOURCE:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("congress_app-*.whl")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        cwd=tmp_path,
    )
    purelib = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path
        ).strip()
    )
    # the dependencies of this environment, after the venv's own site-packages
    (purelib / "zz_borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CONGRESS_DB_URL")}
    env["CONGRESS_DATA_DIR"] = str(tmp_path / "data")
    where = _run(
        [
            str(python),
            "-c",
            "import congress_app.paths as p; print(p.migrations_dir()); print(p.resources_dir())",
        ],
        cwd=elsewhere,
        env=env,
    ).split()
    assert all(Path(path).is_relative_to(purelib / "congress_app") for path in where), where
    assert (Path(where[1]) / "fonts" / "wqy-microhei.ttc").is_file()
    assert (Path(where[1]) / "fonts" / "uming.ttc").is_file()  # the Song face of the papers

    app = str(bindir / "congress-app")
    _run([app, "--db", "x.db", "demo"], cwd=elsewhere, env=env)
    info = json.loads(_run([app, "--db", "x.db", "info", "--json"], cwd=elsewhere, env=env))
    assert info["staff"] > 1000 and info["delegates"] > 0 and info["terms"] >= 1
    assert (elsewhere / "x.db").is_file() and not (REPO / "x.db").exists()
