"""Tests for scripts/fit_verify_decision.py (several dumps, the document split) and
scripts/decision_sim.py (replaying sentence verdicts under another decision layer)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from factkit.verification.decision import FEATURES
from factkit.verification.score import FEATURES as SCORE_FEATURES
from tests.conftest import load_script


def _row(doc: int, kind: str, changed: str, split: str = "dev") -> dict[str, Any]:
    row = {"split": split, "doc": doc, "kind": kind, "line": "Kim won.", "trace": []}
    return row if kind == "untouched" else {**row, "changed": changed}


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_rows_of_several_dumps_are_read_once_each(tmp_path: Path) -> None:
    script = load_script("fit_verify_decision")
    a = _write(
        tmp_path / "d13.jsonl",
        [
            _row(0, "untouched", "Kim won."),
            _row(0, "entity_swap", "Lee won."),
            _row(1, "untouched", "Held out.", split="test"),
        ],
    )
    b = _write(
        tmp_path / "d14.jsonl",
        [_row(0, "untouched", "Kim won."), _row(0, "entity_swap", "Park won.")],
    )
    paths = script.expand_dumps([str(tmp_path / "d1*.jsonl")])
    assert paths == [a, b]
    rows = script.corruption_rows(paths)
    # the untouched highlight of both seeds once, both swaps, never the test half
    assert [(r.get("changed", r["line"]), r["dump"]) for r in rows] == [
        ("Kim won.", 0),
        ("Lee won.", 0),
        ("Park won.", 1),
    ]


def test_document_halves_are_fixed_and_both_used() -> None:
    script = load_script("fit_verify_decision")
    halves = [script.doc_half(d) for d in range(0, 250, 2)]
    assert set(halves) == {0, 1}
    assert 0.3 < float(np.mean(halves)) < 0.7
    assert halves == [script.doc_half(d) for d in range(0, 250, 2)]


def _name_slot(gap: float) -> dict[str, float]:
    ev = dict.fromkeys(
        [
            "gap",
            "cover_own",
            "cover_best",
            "near_own",
            "near_best",
            "rule",
            "words",
            "ctx_own",
            "ctx_other",
            "cooc",
            "adj_own",
            "adj_other",
            "adj_own_any",
        ],
        0.0,
    )
    return {"check": "name", **ev, "gap": gap, "freq": 1.0, "span_start": 0, "span_end": 3}


def _layer(sim: Any, gap_weight: float, threshold: float) -> Any:
    name = np.zeros(len(FEATURES["name"]))
    name[1] = gap_weight  # the "gap" feature alone decides
    number = np.zeros(len(FEATURES["number"]))
    return sim.Layer({"name": (name, threshold), "number": (number, 0.5)})


def test_replay_moves_the_name_reason_with_the_layer() -> None:
    sim = load_script("decision_sim")
    feats = {f: 0.0 for f in SCORE_FEATURES} | {"bias": 1.0, "name_prob": 0.95}
    feats["entity_misplaced"] = 1.0
    slots = [_name_slot(3.0)]
    flags_it = _layer(sim, 1.0, 0.9)  # sigmoid(3) = 0.95 > 0.9: the shipped verdict
    keeps_it = _layer(sim, 1.0, 0.99)  # the same probability under a higher threshold
    row = {"trace": [*slots, {"check": "sentence", **feats}]}
    # the same layer leaves the reason: whatever the score says, a reason is there
    kept = dict(feats)
    sim._replay_check("name", kept, slots, flags_it, flags_it)
    assert kept["entity_misplaced"] == 1.0 and abs(kept["name_prob"] - 0.95) < 0.01
    # a layer that no longer flags the slot takes the reason away: nothing left to flag
    assert not sim.corruption_flagged(row, flags_it, keeps_it)
    gone = dict(feats)
    sim._replay_check("name", gone, slots, flags_it, keeps_it)
    assert gone["entity_misplaced"] == 0.0
    # and one that flags a slot the shipped layer let pass adds it
    added = dict(feats, entity_misplaced=0.0)
    sim._replay_check("name", added, slots, keeps_it, flags_it)
    assert added["entity_misplaced"] == 1.0


def test_replay_keeps_a_probability_a_rule_made_certain() -> None:
    sim = load_script("decision_sim")
    feats = {f: 0.0 for f in SCORE_FEATURES} | {"name_prob": 1.0, "entity_misplaced": 1.0}
    low = _layer(sim, -1.0, 0.5)
    sim._replay_check("name", feats, [_name_slot(3.0)], low, low)
    assert feats["name_prob"] == 1.0


def test_seed_balance_weighs_the_positives_down() -> None:
    script = load_script("fit_verify_decision")
    rng = np.random.default_rng(0)
    synthetic = [([1.0, float(x)], int(x + rng.normal() > 0)) for x in rng.normal(size=200)]
    x = np.array([f for f, _ in synthetic])
    full = script.sigmoid(x @ script.fit(synthetic, [], 0.0, 1.0)).mean()
    halved = script.sigmoid(x @ script.fit(synthetic, [], 0.0, 1.0, 0.5)).mean()
    assert halved < full - 0.05


def test_a_dropped_feature_keeps_weight_zero() -> None:
    # --drop-feature: the layer fitted without a feature, to measure what it adds
    script = load_script("fit_verify_decision")
    rng = np.random.default_rng(1)
    synthetic = [
        ([1.0, float(x), float(-x)], int(x + rng.normal() > 0)) for x in rng.normal(size=200)
    ]
    kept = script.fit(synthetic, [], 0.0, 1.0)
    dropped = script.fit(synthetic, [], 0.0, 1.0, 1.0, (1,))
    assert abs(kept[1]) > 0.1
    assert dropped[1] == 0.0 and dropped[2] < kept[2] - 0.1  # the other column takes it over


def test_threshold_rule_takes_the_most_recall_within_the_limits(monkeypatch: Any) -> None:
    script = load_script("fit_verify_decision")

    def figures(rows: Any, cliff: Any, layer: Any, shipped: Any) -> dict[str, float]:
        thr = layer.checks["name"][1] if layer is not shipped else 0.40
        # lower thresholds catch more swaps and raise both kinds of false alarm
        return {
            "entity_swap": 1.0 - thr,
            "untouched": 0.5 - thr,
            "cliff_cnndm_fa": 0.55 - thr,
        }

    monkeypatch.setattr(script, "figures", figures)
    weights = {"name": np.zeros(2), "number": np.zeros(2)}
    options = argparse.Namespace(max_cliff_fa=0.08)
    data = script.choice_data([], [], object(), options, verbose=False)
    # untouched no higher than the shipped layer's (0.10 at 0.40), CLIFF within 0.08 (>= 0.47)
    assert script.choose_threshold("name", weights, {"name": 0.3, "number": 0.3}, data) == 0.47


def test_pool_rows_are_their_own_split_and_share(tmp_path: Path) -> None:
    # --pool-dump: eval_verify.py --pool cliff rows (split "cliff") are read only as the pool,
    # and the pool's share moves the fit only when it is given weight
    script = load_script("fit_verify_decision")
    dump = _write(
        tmp_path / "pool13.jsonl",
        [_row(0, "untouched", "Kim won.", split="cliff"), _row(0, "entity_swap", "Lee won.")],
    )
    assert [r["kind"] for r in script.corruption_rows([dump], "cliff")] == ["untouched"]
    assert [r["kind"] for r in script.corruption_rows([dump])] == ["entity_swap"]
    rng = np.random.default_rng(2)
    synthetic = [([1.0, float(x)], int(x + rng.normal() > 0)) for x in rng.normal(size=200)]
    pool = [([1.0, float(x)], 1) for x in rng.normal(size=50)]  # all positive: pulls the bias up
    alone = script.fit(synthetic, [], 0.0, 1.0)
    unweighted = script.fit(synthetic, [], 0.0, 1.0, 1.0, (), ((pool, 0.0, 1.0),))
    weighted = script.fit(synthetic, [], 0.0, 1.0, 1.0, (), ((pool, 1.0, 1.0),))
    assert np.allclose(alone, unweighted)
    assert weighted[0] > alone[0] + 0.3
    # a second extra source (the exhaustive swaps) takes its own share beside the pool's
    negatives = [([1.0, float(x)], 0) for x in rng.normal(size=50)]
    both = script.fit(synthetic, [], 0.0, 1.0, 1.0, (), ((pool, 1.0, 1.0), (negatives, 1.0, 1.0)))
    assert both[0] < weighted[0] - 0.3


def test_pool_and_cliff_rows_split_by_their_article() -> None:
    script = load_script("fit_verify_decision")
    assert script.half_of({"doc": 4, "half": 1}) == 1
    assert script.half_of({"doc": 4}) == script.doc_half(4)
    halves = {script.article_half(f"Article {n} text.") for n in range(20)}
    assert halves == {0, 1}
