"""Tests for scripts/train_summary_ranker.py: cross-validation folds and the single head's fit."""

from __future__ import annotations

from types import ModuleType

import numpy as np

from factkit.summarization.extractive import FEATURE_NAMES
from tests.conftest import load_script


def _train_script() -> ModuleType:
    return load_script("train_summary_ranker")


def test_cv_folds_partition_the_documents_once_per_repeat() -> None:
    script = _train_script()
    folds = script.cv_folds(23)
    assert len(folds) == script.CV_FOLDS * script.CV_REPEATS
    for r in range(script.CV_REPEATS):
        repeat = folds[r * script.CV_FOLDS : (r + 1) * script.CV_FOLDS]
        assert sorted(np.concatenate(repeat).tolist()) == list(range(23))
        assert max(map(len, repeat)) - min(map(len, repeat)) <= 1
    assert [f.tolist() for f in folds] == [f.tolist() for f in script.cv_folds(23)]
    assert folds[0].tolist() != folds[script.CV_FOLDS].tolist()  # each repeat reshuffles


def test_single_head_learns_the_column_that_finds_the_best_sentence() -> None:
    script = _train_script()
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    rng = np.random.default_rng(0)
    docs, features = [], []
    for _ in range(8):
        fmeasure = rng.uniform(0.1, 0.5, size=5)
        x = np.zeros((5, len(FEATURE_NAMES)))
        x[:, col["centroid_z"]] = -fmeasure  # meaning alone points the wrong way
        x[:, col["tfidf_z"]] = 3 * fmeasure  # TF-IDF centrality points the right way
        docs.append({"texts": ["Five words make a sentence."] * 5, "fmeasure": fmeasure.tolist()})
        features.append(x)
    head = script.single_head(docs, features)
    weights = dict(zip(FEATURE_NAMES, head["weights"], strict=True))
    assert weights["tfidf_z"] > 0 and weights["centroid_z"] == 1.0
    best = np.mean([max(d["fmeasure"]) for d in docs])
    assert head["fit"]["even_rouge1_f"] == round(best, 4)
