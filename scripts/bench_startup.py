"""Cold start-up: ``factkit run data/seed_article.txt`` against ``python -c "import torch"``.

    python scripts/bench_startup.py [--runs 5] [--file data/seed_article.txt] [--max-ratio X]

Each repetition starts fresh processes, one after the other: the torch import baseline, then
``factkit run FILE`` (the console script beside this Python, as a user types it), then
``factkit --help`` and ``factkit split FILE`` (neither should import torch). The two are
interleaved so that a busy machine slows both alike. Prints each wall time, the medians and the
ratio of ``factkit run`` to the torch import (the target is 2x or less). With ``--max-ratio``
the exit status is 1 when the median ratio is above it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def factkit_command() -> list[str]:
    """The ``factkit`` console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "factkit"
    if script.is_file():
        return [str(script)]
    found = shutil.which("factkit")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from factkit.cli import main; sys.exit(main())"]


def wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"bench_startup: {' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-400:]!r}")
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="repetitions (median reported)")
    ap.add_argument("--file", default="data/seed_article.txt", help="article for factkit run")
    ap.add_argument("--max-ratio", type=float, default=None, help="exit 1 above this ratio")
    args = ap.parse_args()

    factkit = factkit_command()
    commands = {
        "import torch": [sys.executable, "-c", "import torch"],
        f"factkit run {args.file}": [*factkit, "run", args.file],
        "factkit --help": [*factkit, "--help"],
        f"factkit split {args.file}": [*factkit, "split", args.file],
    }
    env_note = f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}"
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {env_note}")
    wall(commands["import torch"])  # warm the page cache once; every run after it is "cold"
    times: dict[str, list[float]] = {name: [] for name in commands}
    for rep in range(args.runs):
        row = []
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
            row.append(f"{name}={times[name][-1]:.2f}s")
        print(f"run {rep + 1}: " + "  ".join(row), flush=True)

    medians = {name: statistics.median(v) for name, v in times.items()}
    for name, value in medians.items():
        print(f"median {name:<34} {value:6.2f} s")
    torch_s = medians["import torch"]
    run_s = medians[f"factkit run {args.file}"]
    run_times = times[f"factkit run {args.file}"]
    ratios = [r / t for r, t in zip(run_times, times["import torch"], strict=True)]
    ratio = run_s / torch_s
    print(
        f"ratio factkit run / import torch = {ratio:.2f}x (per-run median "
        f"{statistics.median(ratios):.2f}x; target <= 2.00x)"
    )
    if args.max_ratio is not None and ratio > args.max_ratio:
        print(f"bench_startup: ratio {ratio:.2f}x is above --max-ratio {args.max_ratio}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
