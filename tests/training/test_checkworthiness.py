"""factkit.training.checkworthiness: fitting the joint check-worthiness model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from factkit.checkworthy.model import CheckworthinessModel
from factkit.checkworthy.ngrams import HashedNgrams
from factkit.config import CheckworthinessConfig
from factkit.training.checkworthiness import fit_checkworthiness, fit_joint


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC-AUC as the share of (positive, negative) pairs ranked right (ties count half)."""
    pos = scores[labels == 1][:, None]
    neg = scores[labels == 0][None, :]
    return float(((pos > neg) + 0.5 * (pos == neg)).mean())


def test_joint_fit_learns_an_interaction_and_survives_a_json_round_trip(
    tmp_path: Path,
) -> None:
    # label = xor of two embedding signs: no linear model can rank it, one hidden layer can.
    # One text for all rows, so structural features and n-grams are constant.
    rng = np.random.default_rng(3)
    n = 400
    texts = ["A sentence."] * n
    emb = np.zeros((n, 384), dtype=np.float32)
    emb[:, :2] = rng.normal(size=(n, 2))
    labels = ((emb[:, 0] > 0) ^ (emb[:, 1] > 0)).astype(int)
    fit = fit_checkworthiness
    joint = fit(texts, labels, emb, 1.0, ngram_buckets=64, hidden_units=16, epochs=150)
    linear = fit(texts, labels, emb, 1.0, ngram_buckets=64)
    assert _auc(joint.score(texts, emb), labels) > 0.9
    assert _auc(linear.score(texts, emb), labels) < 0.7
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(joint.to_dict()), encoding="utf-8")
    reloaded = CheckworthinessModel.load(CheckworthinessConfig(model_path=str(path)))
    assert reloaded.hidden_units == 16
    # the file keeps 3 significant digits of the hidden layer: scores move a little, not more
    np.testing.assert_allclose(reloaded.score(texts, emb), joint.score(texts, emb), atol=5e-3)


def test_fit_joint_is_seeded() -> None:
    rng = np.random.default_rng(5)
    dense = rng.normal(size=(64, 3))
    grams = HashedNgrams(np.arange(64), rng.integers(0, 8, size=64), np.ones(64), 64, 8)
    y = (dense[:, 0] > 0).astype(int)
    first = fit_joint(dense, grams, y, 1.0, hidden_units=4, epochs=3, seed=7)
    second = fit_joint(dense, grams, y, 1.0, hidden_units=4, epochs=3, seed=7)
    other = fit_joint(dense, grams, y, 1.0, hidden_units=4, epochs=3, seed=8)
    assert all(np.array_equal(a, b) for a, b in zip(first, second, strict=True))
    assert not np.array_equal(first.hidden, other.hidden)
    assert first.hidden.shape == (3, 4) and first.ngram.shape == (8,)
