"""A small mutation tester: ``python scripts/mutate.py MODULE.py TEST [TEST ...]``.

Each mutant changes one thing in MODULE (a comparison's operator, an ``if``'s condition negated,
``and``/``or`` swapped, a ``raise`` or a call statement dropped, a ``return`` value
replaced by ``None``, an integer constant off by one), is written over the module, and the
given tests are run (``pytest -x -q -p no:randomly -n 0 --timeout 60``) one mutant at a time;
the module is restored afterwards. A mutant that the tests still pass "survived": nothing
guards the check it broke. Prints one line per mutant and a summary; ``--list`` only lists
the mutants, ``--only 3,7`` runs those numbers, ``--log FILE`` appends the results as JSON
lines. Run it in a copy of the tree (``PYTHONPATH`` pointing there) if you keep working
meanwhile: the module file is rewritten while the tests run.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

SWAP = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


def _skipped(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:`` blocks and docstrings are not mutated."""
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _plain_compare(test: ast.expr) -> bool:
    """A single ``==``/``in``/``is`` (or negated) comparison: negating it is its swap."""
    return (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and type(test.ops[0]) in SWAP
        and not (isinstance(test.ops[0], ast.Lt | ast.LtE | ast.Gt | ast.GtE))
    )


class Mutator(ast.NodeTransformer):
    """Counts the mutation sites in visiting order; applies the one numbered ``target``."""

    def __init__(self, target: int = -1) -> None:
        self.target = target
        self.count = 0
        self.sites: list[tuple[int, str]] = []

    def _site(self, node: ast.AST, what: str) -> bool:
        hit = self.count == self.target
        self.sites.append((getattr(node, "lineno", 0), what))
        self.count += 1
        return hit

    def visit_If(self, node: ast.If) -> ast.AST:
        if _skipped(node):
            return node
        self.generic_visit(node)
        if not _plain_compare(node.test) and self._site(node, "negate if"):
            node.test = ast.UnaryOp(ast.Not(), node.test)
        return node

    def visit_IfExp(self, node: ast.IfExp) -> ast.AST:
        self.generic_visit(node)
        if self._site(node, "negate conditional expression"):
            node.test = ast.UnaryOp(ast.Not(), node.test)
        return node

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        self.generic_visit(node)
        for i, cond in enumerate(node.ifs):
            if self._site(cond, "negate comprehension filter"):
                node.ifs[i] = ast.UnaryOp(ast.Not(), cond)
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            swapped = SWAP.get(type(op))
            if swapped is not None and self._site(node, f"{type(op).__name__} -> {swapped.__name__}"):
                node.ops[i] = swapped()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        if self._site(node, "and <-> or"):
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return node

    def visit_Raise(self, node: ast.Raise) -> ast.AST:
        self.generic_visit(node)
        if self._site(node, "drop raise"):
            return ast.Pass()
        return node

    def visit_Return(self, node: ast.Return) -> ast.AST:
        self.generic_visit(node)
        if node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
            if self._site(node, "return None"):
                node.value = ast.Constant(None)
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.value, ast.Call) and self._site(node, "drop call"):
            return ast.Pass()
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if type(node.value) is int and self._site(node, f"{node.value} -> {node.value + 1}"):
            return ast.Constant(node.value + 1)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        # decorators and annotations are left alone; the body is mutated
        node.body = [self.visit(s) for s in node.body]
        node.body = [s for s in node.body if s is not None]
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.body = [self.visit(s) for s in node.body]
        return node

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST:
        if node.value is not None:
            node.value = self.visit(node.value)
        return node


def mutants(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    counter = Mutator()
    counter.visit(copy.deepcopy(tree))
    return counter.sites


def mutant_source(source: str, target: int) -> str:
    tree = ast.parse(source)
    Mutator(target).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


def run_tests(tests: list[str], timeout: float) -> str:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
    cmd += ["-n", "0", "--timeout", "60", *tests]
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "killed (timeout)"
    return "survived" if done.returncode == 0 else f"killed (rc {done.returncode})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("module", type=Path)
    parser.add_argument("tests", nargs="*")
    parser.add_argument("--list", action="store_true", help="list the mutants only")
    parser.add_argument("--only", default="", help="comma-separated mutant numbers")
    parser.add_argument("--match", default="", help="only the mutants whose description matches this regex")
    parser.add_argument("--log", type=Path, help="append results as JSON lines")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per mutant run")
    parser.add_argument("--resume", action="store_true", help="skip the mutants already in --log")
    parser.add_argument(
        "--then", default="", help="more tests (space-separated) run on each survivor: does it live on?"
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # restore the module when stopped
    module: Path = args.module
    original = module.read_text(encoding="utf-8")
    sites = mutants(original)
    only = {int(n) for n in args.only.split(",") if n}
    done: set[int] = set()
    if args.resume and args.log and args.log.exists():
        lines = args.log.read_text(encoding="utf-8").splitlines()
        done = {json.loads(line)["n"] for line in lines if line.strip()}
    if args.list:
        for n, (line, what) in enumerate(sites):
            if not args.match or re.search(args.match, what):
                print(f"{n:4d}  {module}:{line}  {what}")
        return 0
    if not args.tests:
        parser.error("give the tests to run")
    cache = module.parent / "__pycache__"
    survived = killed = 0
    try:
        for n, (line, what) in enumerate(sites):
            if (only and n not in only) or n in done or (args.match and not re.search(args.match, what)):
                continue
            mutated = mutant_source(original, n)
            module.write_text(mutated, encoding="utf-8")
            for pyc in cache.glob(module.stem + ".*.pyc"):
                pyc.unlink()
            start = time.monotonic()
            verdict = run_tests(args.tests, args.timeout)
            then = run_tests(args.then.split(), args.timeout) if args.then and verdict == "survived" else ""
            seconds = time.monotonic() - start
            if verdict == "survived":
                survived += 1
            else:
                killed += 1
            print(f"{n:4d}  {module}:{line}  {what:<32} {verdict}  {then}  {seconds:.0f}s", flush=True)
            if args.log:
                with args.log.open("a", encoding="utf-8") as log:
                    record = {"n": n, "module": str(module), "line": line, "what": what, "verdict": verdict}
                    record["then"] = then
                    log.write(json.dumps(record) + "\n")
    finally:
        module.write_text(original, encoding="utf-8")
        for pyc in cache.glob(module.stem + ".*.pyc"):
            pyc.unlink()
    print(f"{module}: {killed + survived} mutants, {killed} killed, {survived} survived")
    return 0


if __name__ == "__main__":
    sys.exit(main())
