"""Fit the verifier's decision layer (``factkit/models/verify_decision.json``) on two sources.

1. The corruption benchmark's dev half (``scripts/eval_verify.py --split dev --dump X``): each
   name/number slot of an untouched highlight is a negative, the edited slot of an
   entity/speaker/number corruption a positive.
2. The CLIFF val cut (``scripts/eval_verify.py --cliff-only --cliff-dump Y``), real BART/PEGASUS
   summaries judged by people: a slot inside an annotated error span is a positive, every other
   slot (all slots of a correct summary, the unmarked ones of a wrong one) a negative.

Synthetic swaps alone taught the layer that a name found in another article sentence is
suspicious; real summaries take names from other sentences all the time, so the CLIFF slots
bring that behaviour into the fit. Each source gets the same total weight times
``--cliff-weight`` for CLIFF, so thousands of synthetic slots do not drown 300 summaries.

Only dev data is read: the corruption test half and the judged highlights stay held out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factkit.training.logistic import fit_logistic_bias_first, sigmoid  # noqa: E402
from factkit.verification.decision import (  # noqa: E402
    FEATURES,
    FORMAT_VERSION,
    decision_features,
)

CHECKS = ("name", "number")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corruption_slots(dump: Path) -> dict[str, list[tuple[list[float], int]]]:
    """check -> (features, label) of the dev half's slots."""
    data: dict[str, list[tuple[list[float], int]]] = {c: [] for c in CHECKS}
    for row in read_jsonl(dump):
        # a role swap's names are the article's, only in the wrong roles: not a slot error
        if row["split"] != "dev" or row["kind"] == "role_swap":
            continue
        edit = row.get("edit")
        for ev in row["trace"]:
            if ev["check"] not in data:
                continue
            a, b = ev["span_start"], ev["span_end"]
            positive = edit is not None and a < edit[1] and edit[0] < b
            if row["kind"] == "untouched" or positive:
                data[ev["check"]].append((decision_features(ev["check"], ev), int(positive)))
    return data


def _error_ranges(summary: str, spans: list[str]) -> list[tuple[int, int]]:
    """Character ranges of the annotated error spans (every occurrence of each)."""
    ranges = []
    for span in spans:
        at = summary.find(span) if span else -1
        while at >= 0:
            ranges.append((at, at + len(span)))
            at = summary.find(span, at + 1)
    return ranges


def cliff_slots(dump: Path) -> dict[str, list[tuple[list[float], int, str]]]:
    """check -> (features, label, summary id) of the CLIFF val cut's slots."""
    data: dict[str, list[tuple[list[float], int, str]]] = {c: [] for c in CHECKS}
    for row in read_jsonl(dump):
        wrong = row["label"] == "unsupported"
        ranges = _error_ranges(row["summary"], row["error_spans"]) if wrong else []
        for ev in row["slots"]:
            a, b = ev["span_start"], ev["span_end"]
            positive = any(a < e and s < b for s, e in ranges)
            data[ev["check"]].append((decision_features(ev["check"], ev), int(positive), row["id"]))
    return data


def fit(
    synthetic: list[tuple[list[float], int]],
    real: list[tuple[list[float], int, str]],
    cliff_weight: float,
    l2: float,
) -> np.ndarray:
    """Weighted logistic fit: each source sums to its share of the items."""
    xs = [f for f, _ in synthetic] + [f for f, _, _ in real]
    ys = [y for _, y in synthetic] + [y for _, y, _ in real]
    total = len(xs)
    w_syn = total / (1.0 + cliff_weight) / max(1, len(synthetic))
    w_real = total * cliff_weight / (1.0 + cliff_weight) / max(1, len(real))
    weights = np.r_[np.full(len(synthetic), w_syn), np.full(len(real), w_real)]
    return fit_logistic_bias_first(np.array(xs), np.array(ys, float), l2, weights)


def report(
    check: str,
    w: np.ndarray,
    synthetic: list[tuple[list[float], int]],
    real: list[tuple[list[float], int, str]],
) -> None:
    """Slot recall on dev swaps, slot recall on CLIFF error slots and the share of CLIFF
    summaries with a falsely flagged slot, per threshold (for choosing it)."""
    p_syn = sigmoid(np.array([f for f, _ in synthetic]) @ w)
    y_syn = np.array([y for _, y in synthetic])
    p_real = sigmoid(np.array([f for f, _, _ in real]) @ w) if real else np.zeros(0)
    y_real = np.array([y for _, y, _ in real])
    ids = [i for _, _, i in real]
    print(f"  {check}: thr  dev-recall dev-FA-slot  cliff-recall cliff-FA-slot cliff-FA-summ")
    for thr in np.arange(0.2, 0.81, 0.05):
        flagged_syn = p_syn > thr
        recall = flagged_syn[y_syn == 1].mean() if (y_syn == 1).any() else 0.0
        fa = flagged_syn[y_syn == 0].mean() if (y_syn == 0).any() else 0.0
        flagged_real = p_real > thr
        c_rec = flagged_real[y_real == 1].mean() if (y_real == 1).any() else 0.0
        c_fa = flagged_real[y_real == 0].mean() if (y_real == 0).any() else 0.0
        bad = {i for i, f, y in zip(ids, flagged_real, y_real, strict=True) if f and not y}
        print(
            f"       {thr:.2f}  {recall:10.3f} {fa:11.3f}  {c_rec:12.3f} {c_fa:13.3f} "
            f"{len(bad) / max(1, len(set(ids))):13.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corruption-dump", type=Path, required=True)
    parser.add_argument("--cliff-dump", type=Path, default=None)
    parser.add_argument("--cliff-weight", type=float, default=1.0)
    parser.add_argument(
        "--number-cliff-weight", type=float, default=None, help="numbers' own (default: same)"
    )
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--name-threshold", type=float, default=0.6)
    parser.add_argument("--number-threshold", type=float, default=0.3)
    parser.add_argument("--out", type=Path, default=None, help="write the weights file here")
    args = parser.parse_args()
    synthetic = corruption_slots(args.corruption_dump)
    real = cliff_slots(args.cliff_dump) if args.cliff_dump else {c: [] for c in CHECKS}
    thresholds = {"name": args.name_threshold, "number": args.number_threshold}
    checks = {}
    number_weight = (
        args.cliff_weight if args.number_cliff_weight is None else args.number_cliff_weight
    )
    cliff_weight = {"name": args.cliff_weight, "number": number_weight}
    for check in CHECKS:
        w = fit(synthetic[check], real[check], cliff_weight[check], args.l2)
        n_syn, n_real = len(synthetic[check]), len(real[check])
        pos_syn = sum(y for _, y in synthetic[check])
        pos_real = sum(y for _, y, _ in real[check])
        print(
            f"decision layer {check}: corruption dev {n_syn} slots ({pos_syn} positive), "
            f"CLIFF val {n_real} slots ({pos_real} positive); weights {w.round(3)}"
        )
        report(check, w, synthetic[check], real[check])
        checks[check] = {
            "weights": [round(float(v), 6) for v in w],
            "threshold": thresholds[check],
            "items": n_syn + n_real,
            "positives": pos_syn + pos_real,
        }
    if args.out is None:
        return
    model = {
        "about": "Logistic decision layer of factkit.verification over each name/number slot's "
        "evidence (features: factkit.verification.decision_features). Fitted by "
        "scripts/fit_verify_decision.py on the corruption benchmark's dev (even) documents and "
        "the CLIFF val cut's name/number slots (slots inside annotated error spans positive, "
        f"all others negative), the CLIFF share weighted {cliff_weight} against the "
        f"synthetic one; L2 {args.l2}. Thresholds chosen on the same dev data (the CLIFF val "
        "cut and the corruption dev half).",
        "format_version": FORMAT_VERSION,
        "features": {check: list(names) for check, names in FEATURES.items()},
        "checks": checks,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
