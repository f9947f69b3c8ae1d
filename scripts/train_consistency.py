#!/usr/bin/env python3
"""Train the verifier's consistency model (``factkit/models/consistency.json``).

    PYTHONPATH=. OMP_NUM_THREADS=1 python scripts/train_consistency.py

Documents: the even positions of ``../shared/eval/cnndm_sample.jsonl`` (the corruption benchmark's
dev half; the odd, held-out half is never read) and of ``xsum_sample.jsonl`` (articles only: XSum
references often say more than their article). Pairs come from
:mod:`factkit.training.consistency` (seeded). Every fifth document (by position in this list) is
held out: the script prints the model's accuracy on its pairs per transformation type and, per
type, how often a transformed claim scores above the claim it was made from. The weights are then
refitted on all documents and written as JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factkit.config import Config  # noqa: E402
from factkit.encoder import get_encoder  # noqa: E402
from factkit.enums import SegmentKind  # noqa: E402
from factkit.split import split_sentences  # noqa: E402
from factkit.training.consistency import (  # noqa: E402
    KINDS,
    MIN_HIGHLIGHT_SIMILARITY,
    ArticleSource,
    Pair,
    attach_candidates,
    feature_matrix,
    fit_consistency,
    make_claims,
    make_pairs,
)
from factkit.verification.consistency import FEATURES, FORMAT_VERSION  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SEED = 13
HOLDOUT_EVERY = 5


def read_articles(limit: int | None) -> list[ArticleSource]:
    out = []
    for name, highlights in (("cnndm_sample.jsonl", True), ("xsum_sample.jsonl", False)):
        with (EVAL / name).open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        for row in rows[0::2][:limit]:  # even positions only: the dev half
            sents = split_sentences(row["article"], Config().verify_splitter())  # as verify reads
            body = [s.text for s in sents if s.kind == SegmentKind.BODY] or [s.text for s in sents]
            lines = [h.strip() for h in row["highlights"].split("\n") if h.strip()]
            out.append(
                ArticleSource(
                    f"{name}:{row['id']}", tuple(body), tuple(lines) if highlights else ()
                )
            )
    return out


def build_pairs(articles: list[ArticleSource]) -> list[Pair]:
    encoder = get_encoder()
    pairs: list[Pair] = []
    for art in articles:
        vectors = encoder.encode(list(art.sentences))
        claims = make_claims(art, SEED)
        if art.highlights and len(art.sentences):
            sims = encoder.encode([c.text for c in claims]) @ vectors.T
            claims = [
                c
                for c, row in zip(claims, sims, strict=True)
                if c.origin != "highlight" or float(row.max()) >= MIN_HIGHLIGHT_SIMILARITY
            ]
        rows = make_pairs(art, claims, SEED)
        claim_vectors = encoder.encode([text for text, _, _ in rows])
        pairs += attach_candidates(art.id, rows, claim_vectors, art.sentences, vectors)
    return pairs


def _pair(raw: dict[str, Any]) -> Pair:
    cands = tuple((str(text), float(sim)) for text, sim in raw["candidates"])
    return Pair(raw["doc"], raw["claim"], raw["kind"], int(raw["label"]), cands)


def _roc_auc(scores: np.ndarray, labels: list[int]) -> float:
    """The share of (inconsistent, consistent) pairs ranked the right way round (ties: half)."""
    y = np.array(labels, bool)
    pos, neg = scores[y], scores[~y]
    if not len(pos) or not len(neg):
        return float("nan")
    above = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
    return float(above)


def report(pairs: list[Pair], weights: np.ndarray) -> dict[str, Any]:
    """Held-out accuracy per kind (threshold 0.5) and the share of transformed claims scored
    above their consistent original."""
    x = feature_matrix(pairs)
    p = 1.0 / (1.0 + np.exp(-(x @ weights)))
    per: dict[str, list[bool]] = defaultdict(list)
    above: dict[str, list[bool]] = defaultdict(list)
    base = 0.0
    for pair, prob in zip(pairs, p, strict=True):
        if pair.kind == "consistent":
            base = float(prob)
        else:
            above[pair.kind].append(float(prob) > base)
        per[pair.kind].append((prob >= 0.5) == bool(pair.label))
    figures: dict[str, Any] = {"roc_auc": round(_roc_auc(p, [pair.label for pair in pairs]), 3)}
    print(f"ROC-AUC over all held-out pairs: {figures['roc_auc']:.3f}")
    print(f"{'kind':<14}{'pairs':>7}{'accuracy':>10}{'above original':>16}")
    for kind in ("consistent", *KINDS):
        if per[kind]:
            acc = float(np.mean(per[kind]))
            ab = float(np.mean(above[kind])) if above[kind] else float("nan")
            figures[kind] = {"pairs": len(per[kind]), "accuracy": round(acc, 3)}
            if above[kind]:
                figures[kind]["above_original"] = round(ab, 3)
            print(f"{kind:<14}{len(per[kind]):>7}{acc:>10.3f}{ab:>16.3f}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "factkit/models/consistency.json")
    parser.add_argument("--limit", type=int, default=None, help="documents per file (smoke runs)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--pairs", type=Path, help="JSONL of generated pairs: read when it exists, else written"
    )
    args = parser.parse_args()
    t0 = time.perf_counter()
    articles = read_articles(args.limit)
    held = {a.id for k, a in enumerate(articles) if k % HOLDOUT_EVERY == HOLDOUT_EVERY - 1}
    if args.pairs is not None and args.pairs.exists():
        pairs = [_pair(json.loads(line)) for line in args.pairs.read_text("utf-8").splitlines()]
    else:
        pairs = build_pairs(articles)
        if args.pairs is not None:
            lines = [json.dumps(dataclasses.asdict(p)) for p in pairs]
            args.pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    train = [p for p in pairs if p.doc not in held]
    test = [p for p in pairs if p.doc in held]
    print(f"{len(articles)} documents, {len(pairs)} pairs ({time.perf_counter() - t0:.0f} s)")
    counts: defaultdict[str, int] = defaultdict(int)
    for p in pairs:
        counts[p.kind] += 1
    print("pairs per kind:", dict(sorted(counts.items())))
    weights = fit_consistency(train, args.l2)
    print(f"\nheld-out documents ({len(held)}, {len(test)} pairs):")
    figures = report(test, weights)
    weights = fit_consistency(pairs, args.l2)
    for name, value in zip(FEATURES, weights, strict=True):
        print(f"  {name:<20}{value:>8.3f}")
    model = {
        "format_version": FORMAT_VERSION,
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in weights],
        "about": "factkit consistency model: logistic head, probability that a claim sentence is "
        "inconsistent with its aligned article sentences. Trained by "
        "scripts/train_consistency.py on pairs generated from the even (dev) positions of the "
        f"CNN/DM and XSum samples; seed {SEED}; L2 {args.l2}.",
        "pairs": dict(sorted(counts.items())),
        "heldout": figures,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
