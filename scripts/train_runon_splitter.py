"""Train the run-on boundary model (factkit/models/runon_splitter.json), self-supervised.

    PYTHONPATH=. python scripts/train_runon_splitter.py [--out factkit/models/runon_splitter.json]

Data: the articles of ../shared/eval (CNN/DM and XSum samples, CLIFF val, QAGS CNN/DM), split by
factkit's splitter with the run-on rule off. Runs of one to three consecutive body sentences are
glued with their full stops deleted ("... at his best. Hazard was ..." -> "... at his best Hazard
was ..."): every gap where a stop was deleted is a positive, every other lower/Capitalised gap
(``factkit.split.runon_gaps.GAP``) a negative. Sentences that look like run-ons already (captions,
over 450 characters) are left out. Articles whose CRC32 is 0 mod 5 are held aside and only
measured. Logistic regression (L2; the project's truncated-Newton solver,
``factkit.training.logistic.fit_logistic_sparse``: no randomness). Real text holds glued captions
of its own, unlabelled: ``--rounds`` times, the negatives whose out-of-fold logit passes
``--clean-above`` are left out and the model refitted. The threshold is the lowest logit whose
out-of-fold false-positive rate on the cleaned negatives is at most ``--max-fpr``. The card:
factkit/models/runon_splitter_card.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from factkit.checkworthy.ngrams import HashedNgrams
from factkit.config import SplitterConfig
from factkit.split import SentenceSplitter
from factkit.split.punkt_model import english_punkt_parameters
from factkit.split.runon_features import gap_features
from factkit.split.runon_gaps import GAP, gap_context
from factkit.training.logistic import fit_logistic_sparse

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
SOURCES = ("cnndm_sample", "xsum_sample", "verify_cliff_val", "verify_qags_cnndm")
SEED = 13
SUSPECT = re.compile(r"pictured|\((?:left|right|centre|center)\)", re.IGNORECASE)
JOINABLE_END = re.compile(r"[^\W_][\"'”’)]*\.[\"'”’)]*\Z")
JOINABLE_START = re.compile(r"[\"'“‘]?[A-Z]")


def articles() -> Iterator[str]:
    seen: set[str] = set()
    for name in SOURCES:
        for line in (EVAL / f"{name}.jsonl").open(encoding="utf-8"):
            text = json.loads(line)["article"]
            if text not in seen:
                seen.add(text)
                yield text


def glue(a: str, b: str) -> tuple[str, int] | None:
    """``a`` without its full stop, a space, ``b``; and where ``b`` starts. None when the join
    is not the kind a run-on has (``a`` ends in a word and a stop, ``b`` opens capitalised)."""
    if not JOINABLE_END.search(a) or not JOINABLE_START.match(b):
        return None
    k = a.rfind(".")
    left = a[:k] + a[k + 1 :]
    return left + " " + b, len(left) + 1


def runs(sentences: list[str], rng: random.Random) -> Iterator[tuple[str, set[int]]]:
    """Glued runs of 1-3 sentences, with the offsets where a glued sentence starts."""
    i = 0
    while i < len(sentences):
        want = rng.choice((1, 2, 2, 3))
        text, joins = sentences[i], set()
        i += 1
        while want > 1 and i < len(sentences):
            glued = glue(text, sentences[i])
            if glued is None:
                break
            text, at = glued
            joins.add(at)
            i += 1
            want -= 1
        yield text, joins


def examples(text: str, joins: set[int], ortho: dict[str, int]) -> Iterator[tuple[list[str], int]]:
    piece = 0
    for m in GAP.finditer(text):
        gap = gap_context(text, piece, m.start(), m.end(), len(text))
        label = int(m.end() in joins)
        if gap:
            yield gap_features(gap, ortho), label
        if label:
            piece = m.end()


def dataset(held: bool, ortho: dict[str, int]) -> tuple[list[list[str]], list[int]]:
    splitter = SentenceSplitter(SplitterConfig.model_validate({"runon_boundaries": False}))
    rng = random.Random(SEED + held)
    feats: list[list[str]] = []
    labels: list[int] = []
    for text in articles():
        if (zlib.crc32(text.encode("utf-8")) % 5 == 0) != held:
            continue
        body = [s.text for s in splitter.split(text) if s.kind == "body"]
        body = [s for s in body if len(s) <= 450 and not SUSPECT.search(s)]
        for run, joins in runs(body, rng):
            for f, y in examples(run, joins, ortho):
                feats.append(f)
                labels.append(y)
    return feats, labels


class Design:
    """Binary gap features as a sparse matrix: each kept feature name gets a column, in sorted
    order (so the same data gives the same columns)."""

    def __init__(self, keep: set[str]) -> None:
        self.names = sorted(keep)
        self.column = {name: i for i, name in enumerate(self.names)}

    def matrix(self, feats: list[list[str]]) -> HashedNgrams:
        rows: list[int] = []
        cols: list[int] = []
        for i, f in enumerate(feats):
            for name in sorted({n for n in f if n in self.column}):
                rows.append(i)
                cols.append(self.column[name])
        return HashedNgrams(
            np.asarray(rows, dtype=np.int64),
            np.asarray(cols, dtype=np.int64),
            np.ones(len(rows)),
            len(feats),
            len(self.names),
        )


def fit_one(x: HashedNgrams, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """(weights, bias) minimising log-loss + ||w||^2 / (2c); the bias is not penalised."""
    _, weights, bias = fit_logistic_sparse(np.zeros((x.n_rows, 0)), x, y, 1.0 / c)
    return weights, bias


def take_rows(x: HashedNgrams, keep: np.ndarray) -> HashedNgrams:
    """The rows ``keep`` (ascending) of ``x``, numbered from 0: the entries in the order
    ``Design.matrix`` of those rows' features writes them, so a fit on them is the same to the
    last bit, without building the matrix again for every fold and cleaning round."""
    new_row = np.full(x.n_rows, -1, dtype=np.int64)
    new_row[keep] = np.arange(len(keep))
    mine = new_row[x.rows] >= 0
    return HashedNgrams(new_row[x.rows[mine]], x.cols[mine], x.values[mine], len(keep), x.buckets)


def fit(
    x: HashedNgrams, y: np.ndarray, c: float, folds: int = 5
) -> tuple[np.ndarray, float, np.ndarray]:
    """The model fitted on all rows, and the out-of-fold logits of ``folds`` contiguous folds
    (contiguous so that one article's gaps mostly stay in one fold)."""
    oof = np.zeros(len(y))
    for part in np.array_split(np.arange(len(y)), folds):
        inside = np.ones(len(y), dtype=bool)
        inside[part] = False
        w, b = fit_one(take_rows(x, np.flatnonzero(inside)), y[inside], c)
        oof[part] = take_rows(x, part).dot(w) + b
    weights, bias = fit_one(x, y, c)
    return weights, bias, oof


def measure(scores: np.ndarray, labels: np.ndarray, threshold: float) -> dict[str, float]:
    hit = scores > threshold
    tp = int((hit & (labels == 1)).sum())
    return {
        "gaps": len(labels),
        "positives": int(labels.sum()),
        "precision": round(tp / max(int(hit.sum()), 1), 4),
        "recall": round(tp / max(int(labels.sum()), 1), 4),
        "false_cuts": int((hit & (labels == 0)).sum()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("factkit/models/runon_splitter.json"))
    ap.add_argument("--c", type=float, default=0.5, help="inverse L2 strength")
    ap.add_argument("--min-count", type=int, default=5, help="drop rarer features")
    ap.add_argument("--max-fpr", type=float, default=0.003)
    ap.add_argument("--clean-above", type=float, default=3.0, help="see the module docstring")
    ap.add_argument("--rounds", type=int, default=2, help="cleaning rounds")
    args = ap.parse_args()
    ortho = dict(english_punkt_parameters().ortho_context)
    tr_f, tr_y = dataset(False, ortho)
    te_f, te_y = dataset(True, ortho)
    counts: dict[str, int] = {}
    for f in tr_f:
        for name in f:
            counts[name] = counts.get(name, 0) + 1
    design = Design({k for k, c in counts.items() if c >= args.min_count})
    x = design.matrix(tr_f)  # built once; each fit takes its rows
    y = np.array(tr_y)
    clean = np.ones(len(y), dtype=bool)
    for _ in range(args.rounds):
        # negatives a fit scores as sure cuts are mostly captions glued with no stop (the very
        # run-ons the model is for, unlabelled in real text): leave them out of the next fit
        kept = np.flatnonzero(clean)
        _, _, oof = fit(take_rows(x, kept), y[clean], args.c)
        sure = np.zeros(len(y), dtype=bool)
        sure[kept] = (y[clean] == 0) & (oof > args.clean_above)
        clean &= ~sure
    kept = np.flatnonzero(clean)
    coef, bias, oof = fit(take_rows(x, kept), y[clean], args.c)
    neg = np.sort(oof[y[clean] == 0])
    threshold = float(neg[int(len(neg) * (1 - args.max_fpr))])
    weights = {n: round(float(w), 4) for n, w in zip(design.names, coef, strict=True)}
    weights = {n: w for n, w in weights.items() if w}
    weights["bias"] = round(weights.get("bias", 0.0) + bias, 4)
    te_s = design.matrix(te_f).dot(coef) + bias
    report = {
        "negatives_left_out": int((~clean).sum()),
        "train_oof_cleaned": measure(oof, y[clean], threshold),
        "held_aside": measure(te_s, np.array(te_y), threshold),
    }
    print(json.dumps(report, indent=1))
    model = {
        "format": "factkit-runon-linear-1",
        "threshold": round(threshold, 4),
        "weights": dict(sorted(weights.items())),
        "metadata": {
            "seed": SEED,
            "c": args.c,
            "min_count": args.min_count,
            "max_fpr": args.max_fpr,
            "clean_above": args.clean_above,
            "rounds": args.rounds,
            "sources": list(SOURCES),
            **report,
        },
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
