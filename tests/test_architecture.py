"""The layering of DESIGN.md, enforced by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " kept, 0 broken" in result.stdout
    for contract in (
        "Qt only in the GUI",
        "GUI does not import storage",
        "the GUI does not import the launcher",
        "errors imports none of them",
    ):
        assert f"{contract}" in result.stdout and "KEPT" in result.stdout


# -- "Rules decide, once": no copy of a threshold or a match outside congress_app/rules -------
import ast  # noqa: E402

PACKAGE = ROOT / "congress_app"
RULE_FACTORS = {2, 3, 6, 10}  # 2×yes > E (R14.3, R25.1), 3×r ≥ 2×E (R14.0, R24.2), 10t ≥ 6T (R13.5)


def _is_factor_product(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mult)
        and any(
            isinstance(side, ast.Constant) and side.value in RULE_FACTORS for side in (node.left, node.right)
        )
    )


def _names_post(node: ast.AST) -> bool:
    """A post field itself (``post``, ``staff.post``), not a function of it."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.lower() == "post" or name.lower().endswith("_post")


def rule_copies(tree: ast.AST) -> list[str]:
    """Threshold comparisons (``2 * x > y``), ``E // 2 + 1``, ``ceil(2E/3)`` and posts matched
    with ``in`` — decisions that belong in congress_app/rules."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(isinstance(op, (ast.Gt, ast.GtE, ast.Lt, ast.LtE)) for op in node.ops) and any(
                _is_factor_product(side) for side in sides
            ):
                found.append(f"{node.lineno}: threshold {ast.unparse(node)}")
            if any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops) and _names_post(
                node.comparators[-1]
            ):
                found.append(f"{node.lineno}: post matched by substring {ast.unparse(node)}")
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and isinstance(node.left, ast.BinOp)
            and isinstance(node.left.op, ast.FloorDiv)
            and isinstance(node.left.right, ast.Constant)
            and node.left.right.value == 2
        ):
            found.append(f"{node.lineno}: majority {ast.unparse(node)}")
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.FloorDiv)
            and isinstance(node.right, ast.Constant)
            and node.right.value == 3
        ):
            found.append(f"{node.lineno}: two thirds {ast.unparse(node)}")
    return found


def test_no_rule_is_decided_outside_rules() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "rules" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for finding in rule_copies(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(ROOT)}:{finding}")
    assert offenders == []


def test_the_scan_catches_the_copies_it_looks_for() -> None:
    source = (
        "a = 2 * yes > electorate\nb = E // 2 + 1\nc = -(-2 * E // 3)\n"
        "d = '校长' in staff.post\ne = 10 * t >= 6 * total\n"
    )
    assert len(rule_copies(ast.parse(source))) == 5
    assert rule_copies(ast.parse("w = 2 * MARGIN\nok = role in roles_of_post(p)\n")) == []
