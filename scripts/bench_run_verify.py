"""CPU time per article of `run` with verification on, and of a cold `verify`, for one checkout.

    python scripts/bench_run_verify.py [TREE] [--articles N] [--threads T]
    python scripts/bench_run_verify.py [TREE] --against BASE [--rounds R] [--threads T]

TREE is a factkit checkout (default: this one). CPU time (``time.process_time``), so other load
on the machine moves it little; wall-clock docs/s are printed too (they do move with load). `run`
uses the first N CNN/DM sample articles; `verify` the next N (unseen by the process: the article
is annotated cold), each checked against its reference highlights. Besides the time, the encoder
is measured on its own: its CPU time (total / encoder time: how much of the cost is MiniLM) and
the rows it encodes per article.

``--against BASE`` compares two checkouts on a noisy machine: each round runs BASE then TREE, each
in a fresh process, and the medians over the rounds are printed with TREE's ratio to BASE (e.g.
``git worktree add --detach /tmp/base main``, then ``--against /tmp/base``). ``--threads`` sets
the encoder's torch threads (``encoder.threads``; 1 or 2 on the 2-core CI machine).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from encoder_clock import clock_encoder

HERE = Path(__file__).resolve().parent.parent
SAMPLE = HERE.parent / "shared" / "eval" / "cnndm_sample.jsonl"
FIGURES = ("run_ms", "verify_ms", "verify_wall_ms", "encoder_ms", "rows")


def measure(tree: Path, n: int, threads: int) -> dict[str, float]:
    """Per-article figures of one checkout, measured in this process."""
    sys.path.insert(0, str(tree.resolve()))
    from factkit import verify
    from factkit.config import load_config
    from factkit.encoder import get_encoder
    from factkit.ingest import article_from_text
    from factkit.pipeline import Pipeline

    records = [json.loads(line) for line in SAMPLE.open(encoding="utf-8")][: 2 * n]
    overrides = ["verify.enabled=true", f"encoder.threads={threads}"]
    config = load_config(tree / "configs" / "default.yaml", overrides=overrides)
    pipeline = Pipeline(config)
    articles = [article_from_text(r["article"]) for r in records[:n]]
    pipeline.analyze(articles[0])  # load the models before timing
    verify(records[0]["highlights"], articles[0], config)
    start = time.process_time()
    for article in articles:
        pipeline.analyze(article)
    run_s = time.process_time() - start
    spent = clock_encoder(get_encoder(config.encoder))
    start, wall = time.process_time(), time.perf_counter()
    for record in records[n:]:
        verify(record["highlights"], article_from_text(record["article"]), config)
    verify_s, wall_s = time.process_time() - start, time.perf_counter() - wall
    return {
        "run_ms": run_s / n * 1000,
        "verify_ms": verify_s / n * 1000,
        "verify_wall_ms": wall_s / n * 1000,
        "encoder_ms": spent["seconds"] / n * 1000,
        "rows": spent["rows"] / n,
    }


def describe(tree: Path, f: dict[str, float], n: int) -> str:
    return (
        f"{tree}: run with verification {f['run_ms']:.0f} ms/article CPU; cold verify "
        f"{f['verify_ms']:.0f} ms/article CPU = {1000 / f['verify_ms']:.2f} docs/s "
        f"({1000 / f['verify_wall_ms']:.2f} docs/s wall); encoder {f['encoder_ms']:.0f} ms CPU, "
        f"{f['rows']:.1f} rows/article, total/encoder {f['verify_ms'] / f['encoder_ms']:.2f} "
        f"({n} + {n} articles)"
    )


def compare(tree: Path, base: Path, n: int, threads: int, rounds: int) -> None:
    """BASE and TREE alternately, each in a fresh process; medians and TREE/BASE ratios."""
    runs: dict[Path, list[dict[str, float]]] = {base: [], tree: []}
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    for _ in range(rounds):
        for checkout in (base, tree):
            cmd = [sys.executable, "-W", "ignore", __file__, str(checkout), "--articles", str(n)]
            cmd += ["--threads", str(threads), "--json"]
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
            runs[checkout].append(json.loads(out.stdout.strip().splitlines()[-1]))
    medians: dict[Path, dict[str, Any]] = {
        checkout: {k: statistics.median(r[k] for r in rs) for k in FIGURES}
        for checkout, rs in runs.items()
    }
    for checkout in (base, tree):
        print(describe(checkout, medians[checkout], n))
    new, old = medians[tree], medians[base]
    print(
        f"ratios {tree} / {base} (medians of {rounds} rounds, {threads} thread(s)): cold verify "
        f"CPU {new['verify_ms'] / old['verify_ms']:.2f}, encoder CPU "
        f"{new['encoder_ms'] / old['encoder_ms']:.2f}, "
        f"encoder rows {new['rows'] / old['rows']:.2f}, "
        f"run with verification CPU {new['run_ms'] / old['run_ms']:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree", nargs="?", type=Path, default=HERE)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--threads", type=int, default=1, help="encoder.threads (torch)")
    parser.add_argument("--against", type=Path, default=None, help="baseline checkout")
    parser.add_argument("--rounds", type=int, default=3, help="rounds with --against")
    parser.add_argument("--json", action="store_true", help="one JSON line (used by --against)")
    args = parser.parse_args()
    if args.against is not None:
        compare(args.tree, args.against, args.articles, args.threads, args.rounds)
        return
    figures = measure(args.tree, args.articles, args.threads)
    print(json.dumps(figures) if args.json else describe(args.tree, figures, args.articles))


if __name__ == "__main__":
    main()
