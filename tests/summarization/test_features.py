"""Tests for the learned ranker's sentence and document features."""

from __future__ import annotations

import numpy as np
import pytest

from factkit.summarization.features import (
    FEATURE_NAMES,
    sentence_features,
    tfidf_centrality,
    unigram_centrality,
)


def test_features_follow_the_sentences() -> None:
    texts = [
        "The council approved the school budget on Monday.",
        "The school budget adds 40 million dollars for teachers.",
        '"We won," a parent said.',
        "Unrelated weather words here.",
    ]
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(4, 8)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    x = sentence_features(texts, emb, n_body=10)
    assert x.shape == (4, len(FEATURE_NAMES))
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    assert x[:, col["first"]].tolist() == [1, 0, 0, 0]
    assert x[:, col["quote"]].tolist() == [0, 0, 1, 0]
    assert x[:, col["digit"]].tolist() == [0, 1, 0, 0]
    assert x[0, col["to_first"]] == pytest.approx(1.0, abs=1e-6)
    # document features are the same on every row
    assert np.all(x[:, col["doc_log_sentences"]] == np.log1p(10))
    lexical = tfidf_centrality(texts)
    # the two budget sentences share words; the weather sentence shares none
    assert lexical[3] < min(lexical[0], lexical[1])


def test_unigram_centrality_is_mean_word_f1_with_the_other_sentences() -> None:
    texts = ["The cat sat on the mat.", "The cats ran.", "Stocks fell sharply today."]
    # 1 vs 2: "the" + "cat(s)" (stemmed) shared, F1 = 2*2 / (6 + 3); nothing shared with 3
    assert unigram_centrality(texts) == pytest.approx([4 / 9 / 2, 4 / 9 / 2, 0.0])
    assert unigram_centrality(["Alone."]).tolist() == [0.0]
    assert unigram_centrality([]).shape == (0,)


def test_z_scored_features_are_per_document() -> None:
    texts = [
        "Budget talks resumed on Monday.",
        "The budget passed.",
        "Rain fell all day long across the region.",
    ]
    emb = np.eye(3, 8, dtype=np.float32)
    x = sentence_features(texts, emb, n_body=3)
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    for name in ("centroid_z", "unigram_centrality_z", "log_words_z"):
        assert abs(x[:, col[name]].mean()) < 1e-9
    z = x[:, col["log_words_z"]]
    assert z.argmax() == 2 and z.argmin() == 1  # longest and shortest sentence


def test_tfidf_centrality_leaves_out_the_stop_words() -> None:
    texts = ["He said that it was not.", "Budget vote passed.", "The budget vote failed."]
    centrality = tfidf_centrality(texts)
    # the first sentence is stop words only: nothing of it counts
    assert centrality[0] == 0.0
    assert centrality[1] > 0.0 and centrality[2] > 0.0
