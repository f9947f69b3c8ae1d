"""CPU time per article of `run` with verification on, and of a cold `verify`, for one checkout.

    python scripts/bench_run_verify.py [TREE] [--articles N]

TREE is a factkit checkout (default: this one). To compare two versions on a noisy machine, run
it on both, interleaved, e.g. ``git worktree add /tmp/old REV`` then alternate
``python scripts/bench_run_verify.py /tmp/old`` and ``python scripts/bench_run_verify.py``.
CPU time (``time.process_time``), so other load on the machine moves it little. `run` uses the
first N CNN/DM sample articles; `verify` the next N (unseen by the process: the article is
annotated cold), each checked against its reference highlights.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SAMPLE = HERE.parent / "shared" / "eval" / "cnndm_sample.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree", nargs="?", type=Path, default=HERE)
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from factkit import verify
    from factkit.config import load_config
    from factkit.ingest import article_from_text
    from factkit.pipeline import Pipeline

    n = args.articles
    records = [json.loads(line) for line in SAMPLE.open(encoding="utf-8")][: 2 * n]
    config = load_config(args.tree / "configs" / "default.yaml", overrides=["verify.enabled=true"])
    pipeline = Pipeline(config)
    articles = [article_from_text(r["article"]) for r in records[:n]]
    pipeline.analyze(articles[0])  # load the models before timing
    verify(records[0]["highlights"], articles[0])
    start = time.process_time()
    for article in articles:
        pipeline.analyze(article)
    run_s = time.process_time() - start
    start = time.process_time()
    for record in records[n:]:
        verify(record["highlights"], article_from_text(record["article"]))
    verify_s = time.process_time() - start
    print(
        f"{args.tree}: run with verification {run_s / n * 1000:.0f} ms/article CPU; "
        f"cold verify {verify_s / n * 1000:.0f} ms/article CPU ({n} + {n} articles)"
    )


if __name__ == "__main__":
    main()
