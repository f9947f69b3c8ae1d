"""Fit the verifier's calibrated score (``factkit/models/verify_score.json``) on dev data only.

Inputs are two dumps written by ``scripts/eval_verify.py``:

- ``--cliff``: ``eval_verify.py --cliff-only --cliff-dump FILE`` (the CLIFF *val* cut: BART and
  PEGASUS summaries judged by people). A sentence holding an annotated error span is
  unsupported; every sentence of a summary judged correct is supported; the other sentences of
  an unsupported summary are left out (their label is unknown).
- ``--corruption``: ``eval_verify.py --skip-cliff --split dev --dump FILE`` (the corruption
  benchmark's *dev* half): an untouched highlight is supported, the sentence holding a
  corruption's edit unsupported.

Each source gets half of the total weight. The sentence model is an L2 logistic regression over
``factkit.verification.score.FEATURES``; the summary score recalibrates the logit of the highest
sentence score on summary labels (Platt). It prints the reliability tables and a threshold sweep
(CLIFF recall / false alarms / balanced accuracy per origin, corruption dev recall per type and
false alarms on untouched highlights) and picks the threshold with the best mean of three
balanced accuracies: CLIFF CNN/DM, CLIFF XSum and the corruption dev half (mean recall over the
corruption types against false alarms on untouched highlights). The held-out halves are never
read.

Usage: ``python scripts/fit_verify_score.py --cliff C.jsonl --corruption D.jsonl
[--out factkit/models/verify_score.json] [--l2 1.0]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factkit.training.logistic import fit_logistic_bias_first  # noqa: E402
from factkit.verification.score import FEATURES, FORMAT_VERSION, REASON_FEATURES  # noqa: E402

THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 20)]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _vector(features: dict[str, Any]) -> list[float]:
    return [float(features[f]) for f in FEATURES]


def _has_reason(features: dict[str, Any]) -> bool:
    return any(features[f] > 0 for f in REASON_FEATURES) and not features["boilerplate"]


def cliff_items(rows: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    """(sentence rows, summary rows); a sentence row: (features, label); a summary row:
    (origin, label, [sentence features])."""
    sentences, summaries = [], []
    for row in rows:
        text = row["summary"]
        spans = [(i, i + len(e)) for e in row["error_spans"] if e and (i := text.find(e)) >= 0]
        bad = row["label"] == "unsupported"
        feats = [s["features"] for s in row["sentences"]]
        summaries.append((row["origin"], int(bad), feats))
        for s in row["sentences"]:
            holds = any(s["start"] < b and a < s["end"] for a, b in spans)
            if holds or not bad:
                sentences.append((s["features"], int(holds)))
    return sentences, summaries


def corruption_items(rows: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    """(sentence rows, item rows) of the dev half; an item row: (kind, label, [features])."""
    sentences, items = [], []
    for row in rows:
        if row["split"] != "dev":
            continue
        feats = [ev for ev in row["trace"] if ev["check"] == "sentence"]
        if not feats:
            continue
        edit = row.get("edit")
        starts = [f["start"] for f in feats] + [10**9]
        for k, f in enumerate(feats):
            holds = edit is not None and starts[k] <= edit[0] < starts[k + 1]
            sentences.append((f, int(holds)))
        items.append((row["kind"], int(row["kind"] != "untouched"), feats))
    return sentences, items


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def reliability(scores: np.ndarray, labels: np.ndarray, title: str, bins: int = 5) -> None:
    print(f"\nreliability, {title} (bin, items, mean score, observed share unsupported):")
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        m = (scores >= lo) & ((scores < hi) | (k == bins - 1))
        if m.any():
            print(
                f"  [{lo:.1f}, {hi:.1f})  {int(m.sum()):>5}  {scores[m].mean():.3f}  "
                f"{labels[m].mean():.3f}"
            )


def _flagged(feats: list[dict[str, Any]], beta: np.ndarray, threshold: float) -> bool:
    return any(
        _has_reason(f) and float(_sigmoid(np.array(_vector(f)) @ beta)) >= threshold for f in feats
    )


def sweep(beta: np.ndarray, summaries: list[Any], items: list[Any], max_fa: float) -> float:
    """Print the threshold sweep and return the chosen threshold."""
    kinds = sorted({k for k, _, _ in items if k != "untouched"})
    print(
        "\nthreshold sweep (CLIFF val: recall/false alarm/bacc; corruption dev: recall per "
        "type, false alarms on untouched)"
    )
    print(
        f"{'t':>5} "
        + " ".join(f"{o:>20}" for o in ("cnndm", "xsum"))
        + "  "
        + " ".join(f"{k[:11]:>11}" for k in kinds)
        + f" {'untouched':>9}"
    )
    best: tuple[float, float] | None = None
    for t in THRESHOLDS:
        cells, bacc = [], {}
        for origin in ("cnndm", "xsum"):
            rows = [(y, _flagged(f, beta, t)) for o, y, f in summaries if o == origin]
            pos = [f for y, f in rows if y]
            neg = [f for y, f in rows if not y]
            rec, fa = sum(pos) / max(1, len(pos)), sum(neg) / max(1, len(neg))
            bacc[origin] = (rec + 1 - fa) / 2
            cells.append(f"{rec:.3f}/{fa:.3f}/{bacc[origin]:.3f}")
            if origin == "cnndm":
                cnndm_fa = fa
        per = defaultdict(list)
        for kind, _, f in items:
            per[kind].append(_flagged(f, beta, t))
        recalls = [sum(per[k]) / max(1, len(per[k])) for k in kinds]
        untouched = sum(per["untouched"]) / max(1, len(per["untouched"]))
        print(
            f"{t:>5.2f} "
            + " ".join(f"{c:>20}" for c in cells)
            + "  "
            + " ".join(f"{r:>11.3f}" for r in recalls)
            + f" {untouched:>9.3f}"
        )
        corruption = (sum(recalls) / max(1, len(recalls)) + 1 - untouched) / 2
        mean = (bacc["cnndm"] + bacc["xsum"] + corruption) / 3
        within = "within" if cnndm_fa <= max_fa else "over"
        print(f"      mean balanced accuracy {mean:.3f}; CNN/DM false alarms {within} {max_fa}")
        key = (round(mean, 3), t)  # ties: the higher threshold, fewer false alarms
        if best is None or key > best:
            best = key
    chosen = best[1] if best is not None else 0.5
    print(f"chosen threshold: {chosen:.2f} (best mean of the three balanced accuracies)")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cliff", type=Path, required=True)
    parser.add_argument("--corruption", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "factkit/models/verify_score.json")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--max-false-alarm", type=float, default=0.12)
    args = parser.parse_args()
    c_sent, summaries = cliff_items(read_jsonl(args.cliff))
    k_sent, items = corruption_items(read_jsonl(args.corruption))
    x = np.array([_vector(f) for f, _ in c_sent + k_sent])
    y = np.array([lab for _, lab in c_sent + k_sent], float)
    total = len(c_sent) + len(k_sent)
    w = np.r_[
        np.full(len(c_sent), total / 2 / len(c_sent)), np.full(len(k_sent), total / 2 / len(k_sent))
    ]
    beta = fit_logistic_bias_first(x, y, args.l2, w)
    print(
        f"sentences: CLIFF {len(c_sent)} ({int(sum(lab for _, lab in c_sent))} unsupported), "
        f"corruption dev {len(k_sent)} ({int(sum(lab for _, lab in k_sent))} unsupported)"
    )
    for name, value in zip(FEATURES, beta, strict=True):
        print(f"  {name:<22}{value:>8.3f}")
    p = _sigmoid(x @ beta)
    reliability(p[: len(c_sent)], y[: len(c_sent)], "sentence score, CLIFF val")
    reliability(p[len(c_sent) :], y[len(c_sent) :], "sentence score, corruption dev")
    # summary: Platt on the logit of the highest sentence score
    groups = [(lab, f) for _, lab, f in summaries] + [(lab, f) for _, lab, f in items]
    tops = np.array(
        [max(float(_sigmoid(np.array(_vector(s)) @ beta)) for s in f) for _, f in groups]
    ).clip(1e-6, 1 - 1e-6)
    z = np.log(tops / (1 - tops))
    sy = np.array([lab for lab, _ in groups], float)
    sw = np.r_[
        np.full(len(summaries), len(groups) / 2 / len(summaries)),
        np.full(len(items), len(groups) / 2 / len(items)),
    ]
    slope_fit = fit_logistic_bias_first(np.c_[np.ones_like(z), z], sy, 1e-3, sw)
    intercept, slope = float(slope_fit[0]), float(slope_fit[1])
    ps = _sigmoid(slope * z + intercept)
    reliability(ps[: len(summaries)], sy[: len(summaries)], "summary score, CLIFF val")
    reliability(ps[len(summaries) :], sy[len(summaries) :], "summary score, corruption dev")
    chosen = sweep(beta, summaries, items, args.max_false_alarm)
    model = {
        "format_version": FORMAT_VERSION,
        "features": list(FEATURES),
        "about": "Calibrated score of factkit.verification (probability that a summary sentence "
        "is unsupported; the summary score recalibrates the highest sentence score). Fitted by "
        "scripts/fit_verify_score.py on the CLIFF val cut and the corruption benchmark's dev "
        f"half only, each half the weight; L2 {args.l2}. Chosen verify.threshold: "
        f"{chosen:.2f} (best mean balanced accuracy over CLIFF CNN/DM, CLIFF XSum and the "
        "corruption dev half).",
        "sentence": {"weights": [round(float(v), 6) for v in beta], "items": total},
        "summary": {"slope": round(slope, 6), "intercept": round(intercept, 6)},
        "threshold": chosen,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
