#!/usr/bin/env python3
"""Evaluate the packaged check-worthiness model on the shared eval files and measure its speed.

    PYTHONPATH=. python scripts/eval_checkworthiness.py [--record]

1. Quality: runs the official scorer ``../shared/tools/score_checkworthy.py
   factkit.checkworthy:checkworthiness --data FILE`` on each eval file (it calls the function
   once per sentence) and prints its figures.
2. Speed, in this run on this machine: batch scoring (``CheckworthinessModel.score`` over both
   files: encode + features + hidden layer + logistic) against baselines measured in the same
   run: one call per sentence (what the scorer does; on a sample), the encoder alone in batch
   (the floor: the model adds structural features, n-grams and a small hidden layer on top of
   it) and the structural features alone. Prints sentences/s and ratios.

``--record`` writes the figures into the model card's held-out block and the weights' metadata.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factkit.checkworthy.features import structural_matrix  # noqa: E402
from factkit.checkworthy.model import CheckworthinessModel  # noqa: E402
from factkit.checkworthy.ngrams import hashed_ngrams  # noqa: E402
from factkit.checkworthy.weights import packaged_model_path  # noqa: E402
from factkit.encoder import get_encoder  # noqa: E402

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_checkworthy.py"
EVAL_FILES = ("checkworthy_claimbuster.jsonl", "checkworthy_clef2019.jsonl")
TARGET = "factkit.checkworthy:checkworthiness"
CARD = ROOT / "factkit" / "models" / "checkworthiness_card.md"
HELDOUT_START = "<!-- heldout:start -->"
HELDOUT_END = "<!-- heldout:end -->"


def run_official_scorer(data: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "metrics.json"
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        proc = subprocess.run(
            [sys.executable, str(SCORER), TARGET, "--data", str(data), "--json", str(out)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise SystemExit(f"scorer failed on {data}:\n{proc.stderr[-2000:]}")
        print(proc.stdout.rstrip())
        metrics: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        if metrics["errors"]:
            raise SystemExit(
                f"{metrics['errors']} scoring errors on {data}:\n{proc.stderr[-2000:]}"
            )
        return metrics


def read_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def best_of(repeats: int, fn: Any) -> float:
    """Fastest of a few runs: the machine is shared, the minimum is the least disturbed."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure_speed(texts: list[str], repeats: int, per_call_sample: int) -> dict[str, float]:
    model = CheckworthinessModel.load()
    encoder = get_encoder(model.encoder_config)
    model.score(texts[:32])  # warm-up (lazy loads, allocator)

    n = len(texts)
    batch_s = best_of(repeats, lambda: model.score(texts))
    encoder_s = best_of(repeats, lambda: encoder.encode(texts))
    embeddings = encoder.encode(texts)
    # the pipeline's path: embeddings shared with the other stages, so only features + logistic
    precomputed_s = best_of(repeats, lambda: model.score(texts, embeddings))
    structural_s = best_of(repeats, lambda: structural_matrix(texts))
    buckets = model.ngram_weights.shape[0]
    ngram_s = best_of(repeats, lambda: hashed_ngrams(texts, buckets).dot(model.ngram_weights))
    # the per-call baseline is slow: time it on an evenly spread sample
    step = max(1, n // per_call_sample)
    sample = texts[::step][:per_call_sample]
    per_call_s = best_of(1, lambda: [model.score([t]) for t in sample])
    return {
        "sentences": n,
        "batch_per_s": n / batch_s,
        "encoder_only_per_s": n / encoder_s,
        "structural_only_per_s": n / structural_s,
        "ngrams_only_per_s": n / ngram_s,
        "precomputed_embeddings_per_s": n / precomputed_s,
        "per_call_sentences": len(sample),
        "per_call_per_s": len(sample) / per_call_s,
    }


def heldout_markdown(results: dict[str, dict[str, Any]], speed: dict[str, float]) -> str:
    rows = [
        "| file | items | ROC-AUC | P@.5 | R@.5 | F1@.5 | P@10% | AP |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, m in results.items():
        rows.append(
            f"| `{name}` | {m['items']} | {m['auc']:.3f} | {m['precision']:.3f} "
            f"| {m['recall']:.3f} "
            f"| {m['f1']:.3f} | {m['p_at_10pct']:.3f} | {m['average_precision']:.3f} |"
        )
    rows.append("")
    rows.append(
        f"Official scorer (`../shared/tools/score_checkworthy.py {TARGET}`), never used for model "
        "selection. Reference on the same files: TF-IDF+LR 0.854 (ClaimBuster) / 0.773 (CLEF-2019, "
        "trained on CLEF); has-number heuristic 0.632 / 0.591."
    )
    rows.append(
        f"Speed (one run, 2-core shared machine, {speed['sentences']} sentences): batch "
        f"{speed['batch_per_s']:.0f} sentences/s; one call per sentence "
        f"{speed['per_call_per_s']:.0f}/s ({speed['per_call_sentences']:.0f}-sentence sample); "
        f"encoder alone (batch) {speed['encoder_only_per_s']:.0f}/s; structural features alone "
        f"{speed['structural_only_per_s']:.0f}/s; hashed n-grams alone "
        f"{speed['ngrams_only_per_s']:.0f}/s; score() given the embeddings "
        f"{speed['precomputed_embeddings_per_s']:.0f}/s."
    )
    return "\n".join(rows)


def record(results: dict[str, dict[str, Any]], speed: dict[str, float]) -> None:
    card = CARD.read_text(encoding="utf-8")
    if HELDOUT_START not in card or HELDOUT_END not in card:
        raise SystemExit(f"{CARD}: no held-out block; retrain to regenerate the card")
    head, rest = card.split(HELDOUT_START, 1)
    _, tail = rest.split(HELDOUT_END, 1)
    block = heldout_markdown(results, speed)
    CARD.write_text(f"{head}{HELDOUT_START}\n{block}\n{HELDOUT_END}{tail}", encoding="utf-8")

    weights_path = packaged_model_path()
    weights = json.loads(weights_path.read_text(encoding="utf-8"))
    weights["metadata"].setdefault("metrics", {})["heldout"] = {
        name: {k: round(float(m[k]), 4) for k in ("auc", "f1", "p_at_10pct", "average_precision")}
        for name, m in results.items()
    }
    weights_path.write_text(json.dumps(weights, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"recorded in {CARD} and {weights_path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeats", type=int, default=2, help="batch timing runs (the fastest counts)")
    ap.add_argument(
        "--record", action="store_true", help="write the figures into the card and weights"
    )
    ap.add_argument(
        "--per-call-sample", type=int, default=400, help="sentences timed one call at a time"
    )
    ap.add_argument("--speed-only", action="store_true", help="skip the official scorer runs")
    args = ap.parse_args(argv)
    if args.speed_only and args.record:
        raise SystemExit("--record needs the quality figures: drop --speed-only")

    results: dict[str, dict[str, Any]] = {}
    for name in () if args.speed_only else EVAL_FILES:
        path = SHARED / "eval" / name
        if not path.exists():
            raise SystemExit(f"{path}: not found (../shared must be beside the checkout)")
        print(f"== {name}")
        results[name] = run_official_scorer(path)

    texts = [t for name in EVAL_FILES for t in read_texts(SHARED / "eval" / name)]
    speed = measure_speed(texts, args.repeats, args.per_call_sample)
    print(f"== speed ({speed['sentences']} sentences, this machine, this run)")
    batch_gain = speed["batch_per_s"] / speed["per_call_per_s"]
    overhead = speed["encoder_only_per_s"] / speed["batch_per_s"]
    print(
        f"batch score: {speed['batch_per_s']:.0f} sentences/s | one call per sentence: "
        f"{speed['per_call_per_s']:.0f}/s (batch is x{batch_gain:.2f}) "
        f"| encoder alone: {speed['encoder_only_per_s']:.0f}/s "
        f"(batch scoring takes x{overhead:.2f} the encoder's time) "
        f"| structural features alone: {speed['structural_only_per_s']:.0f}/s "
        f"| hashed n-grams alone: {speed['ngrams_only_per_s']:.0f}/s "
        f"| score() with precomputed embeddings: {speed['precomputed_embeddings_per_s']:.0f}/s"
    )
    size = packaged_model_path().stat().st_size
    print(f"weights: {packaged_model_path()} ({size} bytes)")
    summary = " ".join(
        f"auc_{n.split('_', 1)[1].split('.')[0]}={m['auc']:.3f}" for n, m in results.items()
    )
    print(
        f"{summary} batch_per_s={speed['batch_per_s']:.0f} "
        f"per_call_per_s={speed['per_call_per_s']:.0f}"
    )
    if args.record:
        record(results, speed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
