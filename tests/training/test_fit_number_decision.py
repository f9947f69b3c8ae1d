"""Tests for scripts/fit_number_decision.py: the number model refitted alone (the name model
kept), its threshold chosen without more false alarms than the shipped layer's."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factkit.verification.decision import FEATURES
from tests.conftest import ROOT, load_script


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return load_script("fit_number_decision")


def _layer(script: Any, threshold: float) -> Any:
    sim = load_script("decision_sim")
    name = np.ones(len(FEATURES["name"]))
    return sim.Layer(
        {"name": (name, 0.4), "number": (np.zeros(len(FEATURES["number"])), threshold)}
    )


def test_threshold_takes_the_most_recall_without_more_false_alarms(
    script: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = _layer(script, 0.35)

    def counts(sources: Any, new: Any, old: Any) -> dict[str, list[int]]:
        thr = new.checks["number"][1]
        # lower thresholds catch more swaps; below 0.30 they flag one more untouched line
        return {
            "dev untouched": [5 + (thr < 0.295), 100],
            "exhaustive own lines": [1, 50],
            "dev number": [round(100 * (1 - thr)), 100],
            "exhaustive swaps": [round(100 * (1 - thr)), 100],
        }

    monkeypatch.setattr(script, "counts", counts)
    assert script.choose({}, np.zeros(14), shipped) == 0.3


def test_the_refit_weighs_the_exhaustive_swaps_by_their_share(script: Any) -> None:
    slot = {"check": "number", "span_start": 0, "span_end": 2, "freq": 1.0}
    slot |= dict.fromkeys(["gap", "cover_own", "cover_best", "near_own", "near_best"], 0.0)
    slot |= dict.fromkeys(["slot_gap", "adj_own", "adj_other", "same_text"], 0.0)

    def row(kind: str, rule: float) -> dict[str, Any]:
        trace = [{**slot, "rule": rule}, {"check": "sentence"}]
        edit = None if kind == "untouched" else [0, 2]
        return {"kind": kind, "dump": 0, "edit": edit, "trace": trace}

    dev = [row("untouched", 0.0)] * 20 + [row("number_swap", 1.0)] * 5
    # exhaustive swaps the slot rule missed (rule 0): with weight they pull the bias up
    exhaustive = [row("number_swap", 0.0)] * 20
    sources = {"dev": dev, "pool": [], "exhaustive": exhaustive, "cliff": []}
    options = argparse.Namespace(
        cliff_weight=0.0,
        pool_weight=0.0,
        l2=1.0,
        exhaustive_weight=0.0,
        exhaustive_positive_scale=1.0,
    )
    without = script.fit_number(sources, options)
    options.exhaustive_weight = 1.0
    assert script.fit_number(sources, options)[0] > without[0] + 0.5


def test_the_written_file_keeps_the_name_model(script: Any, tmp_path: Path) -> None:
    shipped = ROOT / "factkit" / "models" / "verify_decision.json"
    options = argparse.Namespace(
        dumped_with=shipped, cliff_weight=1.0, pool_weight=1.0, exhaustive_weight=1.0, l2=1.0
    )
    out = tmp_path / "decision.json"
    weights = np.arange(len(FEATURES["number"]), dtype=float)
    script.write_model(out, options, weights, 0.3, {"items": 10, "positives": 2})
    old, new = json.loads(shipped.read_text()), json.loads(out.read_text())
    assert new["checks"]["name"] == old["checks"]["name"]
    assert new["checks"]["number"]["weights"] == list(weights)
    assert new["checks"]["number"]["threshold"] == 0.3
    assert new["features"] == old["features"]
