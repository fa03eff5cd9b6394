"""Run every benchmark and print one table: job, baseline (same run), ratio, absolute time,
peak memory. ``python -m benchmarks [--only JOB ...]``; about two minutes here.

Each job runs in its own Python process (benchmarks/suite.py JOBS), so its peak resident
memory (of the process and the processes it starts) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run_job(name: str) -> int:
    sys.path.insert(0, str(ROOT))
    from benchmarks.suite import JOBS

    rows = JOBS[name]()
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    for job, base_label, base, ours in rows:
        print(
            json.dumps(
                {
                    "job": job,
                    "baseline": base_label,
                    "baseline_s": base,
                    "ours_s": ours,
                    "peak_mb": peak_kb / 1024,
                },
                ensure_ascii=False,
            )
        )
    return 0


def _seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _width(text: str) -> int:  # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="run only these jobs")
    parser.add_argument("--job", help=argparse.SUPPRESS)  # internal: run one job, print JSON rows
    parser.add_argument("--json", action="store_true", help="print the rows as JSON lines")
    args = parser.parse_args(argv)
    if args.job:
        return _run_job(args.job)
    sys.path.insert(0, str(ROOT))
    from benchmarks.suite import JOBS

    names = args.only or list(JOBS)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    results, failed = [], []
    started = time.perf_counter()
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks", "--job", name],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            failed.append(name)
            print(done.stderr[-2000:], file=sys.stderr)
            continue
        results += [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if args.json:
        for row in results:
            print(json.dumps(row, ensure_ascii=False))
    else:
        header = ["job", "baseline (same run)", "ratio", "ours", "baseline", "peak memory"]
        table = [
            [
                r["job"],
                r["baseline"],
                f"{r['ours_s'] / r['baseline_s']:.2f}×",
                _seconds(r["ours_s"]),
                _seconds(r["baseline_s"]),
                f"{r['peak_mb']:.0f} MB",
            ]
            for r in results
        ]
        widths = [max(_width(row[i]) for row in [header, *table]) for i in range(len(header))]
        for row in [header, ["-" * w for w in widths], *table]:
            print("  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)))
        took = time.perf_counter() - started
        print(
            f"\n{len(results)} rows from {len(names) - len(failed)} jobs in {took:.0f} s"
            + (f"; FAILED: {', '.join(failed)}" if failed else "")
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
