"""The calibrated score: the probability that a summary sentence (or a whole summary) is
unsupported by the article.

A sentence's features are the checks' findings (how many reasons of each type, the decision
layer's highest probability for its name and number slots), how well the article supports it
(best MiniLM similarity, the share of its content words the article never uses), whether it
is boilerplate and the consistency model's probability that it contradicts its aligned passage
(a right name in the wrong role, a lost negation). A logistic model over them, fitted on
development data only (``scripts/fit_verify_score.py``: the CLIFF val cut and the corruption
benchmark's dev half), gives
the sentence score; the summary score recalibrates the highest sentence score on summary labels.
Weights: ``factkit/models/verify_score.json`` (names its features and carries a format version
checked on load). ``verify.threshold`` turns scores into verdicts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from factkit.document import VerifyReason
from factkit.errors import ModelLoadError

SCORE_FILE = "verify_score.json"
FORMAT_VERSION = 1
FEATURES = (
    "bias",
    "number_mismatch",
    "number_not_in_source",
    "speaker_mismatch",
    "relation_mismatch",
    "date_mismatch",
    "entity_absent",
    "entity_misplaced",
    "entity_rival",
    "no_support",
    "name_prob",
    "number_prob",
    "best_similarity",
    "novel_share",
    "boilerplate",
    "inconsistency",
)
# the features that count a typed reason (a sentence with one of these is flagged by a check)
REASON_FEATURES = (
    "number_mismatch",
    "number_not_in_source",
    "speaker_mismatch",
    "relation_mismatch",
    "date_mismatch",
    "entity_absent",
    "entity_misplaced",
    "no_support",
)


def sentence_features(
    reasons: Iterable[VerifyReason],
    slot_probs: dict[str, float],
    best_similarity: float,
    novel_share: float,
    boilerplate: bool,
    inconsistency: float = 0.0,
) -> dict[str, float]:
    """The named inputs of the sentence model (see ``FEATURES``); ``inconsistency`` is the
    consistency model's probability (:mod:`factkit.verification.consistency`)."""
    out = dict.fromkeys(FEATURES, 0.0)
    out["bias"] = 1.0
    for r in reasons:
        if r.type == "entity_not_in_source":
            key = "entity_absent" if r.source_start is None else "entity_misplaced"
        else:
            key = r.type
        if key in out:
            out[key] = min(out[key] + 1.0, 2.0)
    out["entity_rival"] = slot_probs.get("rival", 0.0)
    out["name_prob"] = slot_probs.get("name", 0.0)
    out["number_prob"] = slot_probs.get("number", 0.0)
    out["best_similarity"] = best_similarity
    out["novel_share"] = novel_share
    out["boilerplate"] = float(boilerplate)
    out["inconsistency"] = inconsistency
    return out


@dataclass(frozen=True)
class ScoreModel:
    """Sentence weights over ``FEATURES`` and the summary recalibration (slope, intercept)."""

    weights: np.ndarray
    summary_slope: float
    summary_intercept: float
    threshold: float  # chosen on dev data (verify.threshold: null)

    def sentence(self, features: dict[str, float]) -> float:
        z = float(self.weights @ np.array([features[f] for f in FEATURES]))
        return _sigmoid(z)

    def summary(self, sentence_scores: Sequence[float]) -> float:
        if not sentence_scores:
            return 0.0
        top = min(max(max(sentence_scores), 1e-6), 1 - 1e-6)
        return _sigmoid(self.summary_slope * math.log(top / (1 - top)) + self.summary_intercept)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@cache
def score_model() -> ScoreModel:
    """The packaged score model; its format version and feature names must match this code."""
    raw = json.loads(resources.files("factkit.models").joinpath(SCORE_FILE).read_text())
    if raw.get("format_version") != FORMAT_VERSION or tuple(raw.get("features", ())) != FEATURES:
        raise ModelLoadError(
            f"factkit/models/{SCORE_FILE}: format {raw.get('format_version')!r} or features do "
            f"not match this factkit (format {FORMAT_VERSION}, features {list(FEATURES)})"
        )
    return ScoreModel(
        weights=np.array(raw["sentence"]["weights"], np.float64),
        summary_slope=float(raw["summary"]["slope"]),
        summary_intercept=float(raw["summary"]["intercept"]),
        threshold=float(raw["threshold"]),
    )
