"""Replay the verifier's sentence verdicts from dumps under another decision layer.

``scripts/fit_verify_decision.py`` reads it to judge a candidate layer the way the verifier
would, without rerunning the verifier: each dumped sentence keeps its score features, and only
what the layer decides changes. A name or number slot flagged by the shipped layer and not by
the candidate takes its reason away (``entity_misplaced`` / ``entity_absent``, ``number_mismatch``
/ ``number_not_in_source``); one flagged only by the candidate adds ``entity_misplaced`` or
``number_mismatch``; ``name_prob`` / ``number_prob`` become the candidate's highest slot
probability unless a rule had made them certain (1.0). The sentence is unsupported when a reason
is left and the score model (``verify_score.json``) reaches its threshold, as in
``factkit/verification/verifier.py``. With the shipped layer the replay gives the dumped
verdicts; with another one it is an estimate (a reason a rule adds beside the layer is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from factkit.training.logistic import sigmoid
from factkit.verification.decision import decision_features, decision_layer
from factkit.verification.score import REASON_FEATURES, score_model

# check -> (the reason a new flag adds, the reasons a lost flag takes away, in order)
REASONS = {
    "name": ("entity_misplaced", ("entity_misplaced", "entity_absent")),
    "number": ("number_mismatch", ("number_mismatch", "number_not_in_source")),
}


@dataclass(frozen=True)
class Layer:
    """A decision layer: check -> (weights, threshold)."""

    checks: dict[str, tuple[np.ndarray, float]]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Layer:
        return cls(decision_layer(raw))

    def probs(self, check: str, slots: list[dict[str, Any]]) -> np.ndarray:
        if not slots:
            return np.zeros(0)
        x = np.array([decision_features(check, ev) for ev in slots])
        return np.asarray(sigmoid(x @ self.checks[check][0]))


def _replay_check(
    check: str, feats: dict[str, float], slots: list[dict[str, Any]], old: Layer, new: Layer
) -> None:
    """Move ``feats`` (one sentence's score inputs) from ``old``'s verdicts to ``new``'s."""
    mine = [ev for ev in slots if ev["check"] == check]
    p_old, p_new = old.probs(check, mine), new.probs(check, mine)
    delta = int((p_new > new.checks[check][1]).sum()) - int((p_old > old.checks[check][1]).sum())
    add, remove = REASONS[check]
    for key in remove if delta < 0 else ():
        take = min(-delta, int(feats[key]))
        feats[key] -= take
        delta += take
    if delta > 0:
        feats[add] = min(feats[add] + delta, 2.0)
    prob = f"{check}_prob"
    top_old = float(p_old.max()) if len(mine) else 0.0
    if feats[prob] <= top_old + 1e-9:  # not made certain by a rule
        feats[prob] = float(p_new.max()) if len(mine) else 0.0


def sentence_unsupported(
    feats: dict[str, float], slots: list[dict[str, Any]], old: Layer, new: Layer
) -> bool:
    """The verdict on one dumped sentence (its score features and its slots' evidence)."""
    feats = dict(feats)
    for check in REASONS:
        _replay_check(check, feats, slots, old, new)
    if feats["boilerplate"] or not any(feats[f] > 0 for f in REASON_FEATURES):
        return False
    model = score_model()
    return model.sentence(feats) >= model.threshold


def corruption_flagged(row: dict[str, Any], old: Layer, new: Layer) -> bool:
    """Is a corruption dump row (one highlight line) flagged under ``new``?"""
    slots: list[dict[str, Any]] = []
    flagged = False
    for ev in row["trace"]:
        if ev["check"] == "sentence":
            flagged |= sentence_unsupported(ev, slots, old, new)
            slots = []
        elif ev["check"] in REASONS:
            slots.append(ev)
    return flagged


def cliff_flagged(row: dict[str, Any], old: Layer, new: Layer) -> bool:
    """Is a CLIFF dump row (one summary) flagged under ``new``?"""
    flagged = False
    for s in row["sentences"]:
        slots = [ev for ev in row["slots"] if s["start"] <= ev["span_start"] < s["end"]]
        flagged |= sentence_unsupported(s["features"], slots, old, new)
    return flagged
