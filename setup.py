"""Packs ``migrations/`` and ``resources/`` into the wheel as ``congress_app/migrations`` and
``congress_app/resources`` (where ``congress_app.paths`` looks in an installed package).

The folders stay at the top of the repository, where the developers and Alembic keep them;
everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_TREES = ("migrations", "resources")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")


class BuildPyWithData(build_py):
    """build_py, then copy the data trees into the built package (not for editable installs:
    there paths.py finds them in the checkout)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in DATA_TREES:
            source = HERE / name
            target = Path(self.build_lib) / "congress_app" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=SKIP)


setup(cmdclass={"build_py": BuildPyWithData})
