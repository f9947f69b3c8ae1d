"""factkit.checkworthy.model: scoring sentences with the packaged model."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

import factkit
from factkit.checkworthy.features import (
    FEATURE_NAMES,
    SentenceStructure,
    isolated_structure,
    structural_features,
)
from factkit.checkworthy.model import CheckworthinessModel, checkworthiness, gelu_tanh
from factkit.checkworthy.weights import packaged_model_path

CLAIM = "Unemployment rose from 4.2 percent to 7.8 percent between 2008 and 2009, the report said."
GREETING = "Thank you very much."


@pytest.fixture(scope="module")
def model() -> CheckworthinessModel:
    return CheckworthinessModel.load()


def test_packaged_weights_load_with_metadata(model: CheckworthinessModel) -> None:
    path = packaged_model_path()
    assert path.is_file()
    assert path.stat().st_size < 250_000  # JSON weights, not a pickled blob
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["structural_features"] == list(FEATURE_NAMES)
    assert len(data["ngram_weights"]) == data["ngram_buckets"] >= 1024
    units = data["hidden_units"]
    assert units > 0 and len(data["hidden_weights"]) == (384 + len(FEATURE_NAMES)) * units
    assert data["encoder"] == "all-MiniLM-L6-v2"
    meta = model.metadata
    assert meta["data"]["sentences"] > 1000
    assert 0.5 < meta["metrics"]["cv_auc"] <= 1.0
    assert meta["trained"][:2] == "20"
    assert model.embedding_weights.shape == (384,)
    assert np.count_nonzero(model.ngram_weights) > 1000  # the n-gram block is really used
    assert model.hidden_weights.shape == (384 + len(FEATURE_NAMES), units)
    assert np.count_nonzero(model.output_weights) == units  # so is the hidden layer
    assert CheckworthinessModel.load() is model  # cached per process


def test_scores_are_probabilities_and_rank_claim_above_greeting(
    model: CheckworthinessModel,
) -> None:
    sentences = [CLAIM, GREETING, "I think we can do better.", "", "?!", "x" * 3000]
    scores = model.score(sentences)
    assert scores.shape == (len(sentences),)
    assert np.all((scores >= 0.0) & (scores <= 1.0))
    assert scores[0] > scores[1]
    assert scores[0] > 0.5 > scores[1]


def test_precomputed_embeddings_give_the_same_scores(model: CheckworthinessModel) -> None:
    from factkit.encoder import get_encoder

    sentences = [CLAIM, GREETING]
    embeddings = get_encoder(model.encoder_config).encode(sentences)
    np.testing.assert_allclose(
        model.score(sentences, embeddings), model.score(sentences), atol=1e-5
    )
    with pytest.raises(ValueError, match="shape"):
        model.score(sentences, embeddings[:1])
    assert model.score([]).shape == (0,)


def test_module_and_public_function_agree() -> None:
    value = checkworthiness(CLAIM)
    assert isinstance(value, float)
    # the package-level function must survive the submodule import (no name shadowing)
    assert callable(factkit.checkworthiness)
    assert math.isclose(factkit.checkworthiness(CLAIM), value, rel_tol=1e-6)


def test_structure_from_the_article_replaces_the_isolated_recount(
    model: CheckworthinessModel,
) -> None:
    """In an article the annotate stage's findings are the features: a sentence inside a quote
    attributed in the sentence before is attributed, though alone it has no attribution."""
    names = list(FEATURE_NAMES)
    inside_quote = '"The numbers are still climbing."'
    alone = isolated_structure(inside_quote)
    assert alone == SentenceStructure(quantities=0, attributed=False)
    in_article = SentenceStructure(quantities=2, attributed=True)
    feats = structural_features(inside_quote, in_article)
    assert feats[names.index("has_attribution")] == 1.0
    assert feats[names.index("log_quantities")] == pytest.approx(math.log1p(2))
    recounted = structural_features(inside_quote)
    assert np.array_equal(structural_features(inside_quote, alone), recounted)
    scores = model.score([inside_quote, inside_quote], structure=[alone, in_article])
    assert scores[0] == pytest.approx(model.score([inside_quote])[0])
    assert scores[1] != pytest.approx(scores[0])
    with pytest.raises(ValueError, match="structures"):
        model.score([inside_quote], structure=[alone, alone])


def test_gelu_tanh_matches_torch() -> None:
    import torch

    x = np.linspace(-6.0, 6.0, 101)
    expected = torch.nn.GELU(approximate="tanh")(torch.tensor(x)).numpy()
    np.testing.assert_allclose(gelu_tanh(x), expected, atol=1e-7)
