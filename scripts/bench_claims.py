"""Claim-extraction speed on CNN/DM articles, against quantulum3 + a regex attribution baseline.

    python scripts/bench_claims.py [--data ../shared/eval/cnndm_sample.jsonl] [--repeat 3]

Both sides run in this process, on one core (torch/BLAS threads pinned to 1), on the same
articles: factkit = split + quantities + attributions + time anchors + claim assembly with the
structural score (``configs/claims-only.yaml``: no neural model); baseline = quantulum3's
``parser.parse`` + the ``regex_plus`` attribution baseline from ``../shared/tools``. Prints
articles/s for each (median of ``--repeat`` passes) and the ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def load_articles(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["article"] for line in fh if line.strip()]


def timed(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        rates.append(len(docs) / (time.perf_counter() - t0))
    return statistics.median(rates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "eval" / "cnndm_sample.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-baseline", action="store_true", help="time factkit only")
    args = ap.parse_args()
    with contextlib.suppress(AttributeError, OSError):  # not on every OS
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from factkit.config import load_config
    from factkit.ingest import article_from_text
    from factkit.pipeline import Pipeline

    docs = load_articles(args.data)
    pipeline = Pipeline(load_config(ROOT / "configs" / "claims-only.yaml"))
    n_claims = 0

    def factkit_claims(text: str) -> object:
        nonlocal n_claims
        report = pipeline.analyze(article_from_text(text))
        n_claims += len(report.claims)
        return report

    factkit_claims(docs[0])  # warm-up: lexicons and regexes compiled
    ours = timed(factkit_claims, docs, args.repeat)
    print(
        f"factkit claims (split+quantities+attribution+times): {ours:,.1f} articles/s "
        f"on one core, {n_claims / (args.repeat * len(docs) + 1):.1f} claims/article"
    )
    if args.no_baseline:
        return

    sys.path.insert(0, str(SHARED / "tools"))
    try:
        import attr_baselines
        import quant_cw_peers

        quant_cw_peers.quantulum3_quantities(docs[0])
    except Exception as exc:  # a missing peer is reported, not fatal
        print(f"baseline unavailable ({exc}); pip install quantulum3 scikit-learn==1.8.0 stemming")
        return

    def baseline(text: str) -> object:
        return quant_cw_peers.quantulum3_quantities(text), attr_baselines.regex_plus(text)

    base = timed(baseline, docs, args.repeat)
    print(f"baseline quantulum3 + regex_plus attribution:        {base:,.1f} articles/s")
    print(f"ratio factkit / baseline: {ours / base:.2f}x   (target: >= 100 articles/s on one core)")


if __name__ == "__main__":
    main()
