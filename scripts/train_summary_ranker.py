#!/usr/bin/env python3
"""Fit the extractive summarizer's sentence ranker (factkit/models/summary_ranker.json).

    PYTHONPATH=. python scripts/train_summary_ranker.py [--cache /tmp/summ_cache.npz] [--out PATH]

Data: the EVEN-numbered documents (0, 2, 4, ...) of ../shared/eval/cnndm_sample.jsonl and
xsum_sample.jsonl; the odd ones are left for scoring (scripts/bench_summarize.py --halves).
Candidates are exactly what the summarizer sees at run time (default splitter, first
``max_candidates`` body sentences, default encoder). Targets, per candidate, against the
reference (rouge-score ROUGE-1, stemming):

single head  ROUGE-1 F of the sentence alone (a one-sentence summary is that sentence)
multi head   ROUGE-1 precision (how much of the sentence is reference content; recall
             accumulates over several sentences)

Both heads are linear over standardized features and fitted with a listwise loss: per
document, cross-entropy between softmax(scores) and softmax(target / tau) (Adam, L2). The lead
prior of each head (``prior · exp(−i / prior_tau)``) and tau/L2 were chosen by ROUGE of the
picked summaries on the same even documents (a small grid; see the model card).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_EVAL = ROOT.parent / "shared" / "eval"

from factkit.summarization.extractive import (  # noqa: E402
    FEATURE_NAMES,
    HEADS,
    RankerHead,
    packaged_ranker_path,
    sentence_features,
)

# head -> (target, listwise tau, L2, prior, prior_tau), chosen on the even documents
SETTINGS: dict[str, tuple[str, float, float, float, float]] = {
    "single": ("fmeasure", 0.05, 1e-2, 0.25, 8.0),
    "multi": ("precision", 0.1, 1e-2, 2.0, 3.0),
}
DATASETS = ("cnndm_sample.jsonl", "xsum_sample.jsonl")


def candidates(cache: Path | None) -> list[dict[str, Any]]:
    """Per document: dataset, number, candidate texts, embeddings, body count, targets."""
    if cache and cache.with_suffix(".json").is_file():
        meta = json.loads(cache.with_suffix(".json").read_text(encoding="utf-8"))
        emb = np.load(cache)["embeddings"]
        for doc in meta:
            a, b = doc.pop("rows")
            doc["embeddings"] = emb[a:b]
        return list(meta)
    from rouge_score import rouge_scorer

    from factkit.config import load_config
    from factkit.encoder import get_encoder
    from factkit.split import split_sentences
    from factkit.summarization.select import body_sentences

    config = load_config()
    encoder = get_encoder(config.encoder)
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    out: list[dict[str, Any]] = []
    for name in DATASETS:
        with (SHARED_EVAL / name).open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        for number, row in enumerate(rows):
            body = body_sentences(split_sentences(row["article"], config.splitter))
            texts = [s.text for s in body[: config.summarizer.extractive.max_candidates]]
            if not texts:
                continue
            ref = row["highlights"].strip()
            scores = [scorer.score(ref, " ".join(t.split()))["rouge1"] for t in texts]
            out.append(
                {
                    "dataset": name,
                    "number": number,
                    "texts": texts,
                    "n_body": len(body),
                    "fmeasure": [s.fmeasure for s in scores],
                    "precision": [s.precision for s in scores],
                    "embeddings": encoder.encode(texts),
                }
            )
    if cache:
        offsets = np.cumsum([0] + [len(d["texts"]) for d in out])
        np.savez(cache, embeddings=np.vstack([d["embeddings"] for d in out]))
        meta = [
            {k: v for k, v in d.items() if k != "embeddings"} | {"rows": [int(a), int(b)]}
            for d, a, b in zip(out, offsets[:-1], offsets[1:], strict=True)
        ]
        cache.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return out


def fit_listwise(
    features: list[np.ndarray], targets: list[np.ndarray], tau: float, l2: float, iters: int = 1000
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, scale, weights) of a linear scorer; listwise softmax cross-entropy, Adam."""
    stacked = np.vstack(features)
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0) + 1e-6
    z = (stacked - mean) / scale
    bounds = np.cumsum([0] + [len(f) for f in features])
    wanted = np.zeros(len(z))
    for (a, b), t in zip(itertools.pairwise(bounds), targets, strict=True):
        q = np.exp((t - t.max()) / tau)
        wanted[a:b] = q / q.sum()
    w = np.zeros(z.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, iters + 1):
        s = z @ w
        grad_s = np.empty_like(s)
        for a, b in itertools.pairwise(bounds):
            e = np.exp(s[a:b] - s[a:b].max())
            grad_s[a:b] = (e / e.sum() - wanted[a:b]) / len(features)
        grad = z.T @ grad_s + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.01 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return mean, scale, w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="npz(+json) cache of the candidates")
    ap.add_argument("--out", type=Path, default=packaged_ranker_path())
    args = ap.parse_args(argv)

    docs = [d for d in candidates(args.cache) if d["number"] % 2 == 0]
    features = [sentence_features(d["texts"], d["embeddings"], d["n_body"]) for d in docs]
    heads = {}
    for name in HEADS:
        target, tau, l2, prior, prior_tau = SETTINGS[name]
        targets = [np.asarray(d[target], dtype=np.float64) for d in docs]
        mean, scale, w = fit_listwise(features, targets, tau, l2)
        heads[name] = RankerHead(mean, scale, w, prior, prior_tau).to_dict()
        heads[name]["fit"] = {"target": f"rouge1 {target}", "listwise_tau": tau, "l2": l2}
    payload = {
        "format": "factkit-summary-ranker/1",
        "trained_on": "even-numbered documents of cnndm_sample.jsonl + xsum_sample.jsonl "
        f"({len(docs)} documents, {sum(len(f) for f in features)} candidate sentences)",
        "features": list(FEATURE_NAMES),
        "heads": heads,
    }
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(docs)} docs, {len(FEATURE_NAMES)} features", file=sys.stderr)
    return 0 if all(math.isfinite(x) for h in heads.values() for x in h["weights"]) else 1


if __name__ == "__main__":
    sys.exit(main())
