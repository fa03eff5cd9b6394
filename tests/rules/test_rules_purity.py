"""The rules package stays pure: stdlib only, no floats or true division, rule ids cited,
frozen results, module sizes kept small.
"""

import ast
import dataclasses
import importlib
import inspect
import re
import sys
from pathlib import Path

import pytest

import congress_app.rules as rules

RULES_DIR = Path(rules.__file__).parent
MODULES = sorted(p for p in RULES_DIR.glob("*.py"))
RULE_ID = re.compile(r"\bR(A\.\d+|\d+\.\d+)\b")


def _module_name(path):
    return "congress_app.rules" if path.stem == "__init__" else f"congress_app.rules.{path.stem}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_imports_are_stdlib_or_rules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert (
                name.startswith("congress_app.rules")
                or top in sys.stdlib_module_names
                or (top == "__future__")
            ), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_float_literals_or_true_division(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        assert not (isinstance(node, ast.Constant) and isinstance(node.value, float)), path.name
        assert not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)), (
            f"{path.name}:{node.lineno} uses / — use // or Fraction"
        )
        assert not (isinstance(node, ast.Name) and node.id == "float"), path.name


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_modules_stay_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 450


def test_public_functions_and_classes_cite_rule_ids():
    missing = []
    for path in MODULES:
        module = importlib.import_module(_module_name(path))
        for name, obj in vars(module).items():
            if name.startswith("_") or not (inspect.isfunction(obj) or inspect.isclass(obj)):
                continue
            if getattr(obj, "__module__", None) != module.__name__:
                continue
            if not RULE_ID.search(inspect.getdoc(obj) or ""):
                missing.append(f"{module.__name__}.{name}")
    assert missing == []


def test_result_dataclasses_are_frozen():
    for name in rules.__all__:
        obj = getattr(rules, name)
        if inspect.isclass(obj) and dataclasses.is_dataclass(obj):
            assert obj.__dataclass_params__.frozen, name


def test_exceptions_are_value_errors_with_rule():
    for name in rules.__all__:
        obj = getattr(rules, name)
        if inspect.isclass(obj) and issubclass(obj, Exception):
            assert issubclass(obj, ValueError), name


def test_no_third_party_modules_loaded_by_rules():
    code = (
        "import sys, congress_app.rules; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'dateutil', 'votelib', 'hypothesis')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    import subprocess

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
