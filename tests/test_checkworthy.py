"""Check-worthiness model: packaged weights, scoring, training determinism, load errors."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factkit
from factkit.checkworthy import (
    FEATURE_NAMES,
    CheckworthinessModel,
    SentenceStructure,
    checkworthiness,
    gelu_tanh,
    hashed_ngrams,
    isolated_structure,
    packaged_model_path,
    structural_features,
)
from factkit.config import CheckworthinessConfig
from factkit.errors import ModelLoadError
from tests.conftest import load_script, read_jsonl, shared_file

CLAIM = "Unemployment rose from 4.2 percent to 7.8 percent between 2008 and 2009, the report said."
GREETING = "Thank you very much."


def _train_script() -> ModuleType:
    return load_script("train_checkworthiness")


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


def test_structural_features_see_numbers_attribution_and_opinion() -> None:
    names = list(FEATURE_NAMES)
    claim = structural_features(CLAIM)
    opinion = structural_features("I think we should fight for our values, don't you?")
    assert claim[names.index("has_quantity")] == 1.0
    assert claim[names.index("has_year")] == 1.0
    assert claim[names.index("money_or_percent")] == 1.0
    assert claim[names.index("has_attribution")] == 1.0
    assert opinion[names.index("has_quantity")] == 0.0
    assert opinion[names.index("opinion_marker")] == 1.0
    assert opinion[names.index("first_person_singular")] == 1.0
    assert opinion[names.index("question")] == 1.0
    assert opinion[names.index("negation")] == 1.0


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


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_structural_features_are_finite_for_any_text(text: str) -> None:
    feats = structural_features(text)
    assert feats.shape == (len(FEATURE_NAMES),)
    assert np.all(np.isfinite(feats))


def test_hashed_ngrams_are_stable_signed_and_unit_length() -> None:
    grams = hashed_ngrams(["Taxes rose 42 percent.", "Taxes rose 7 percent.", ""], 1 << 12)
    assert grams.n_rows == 3 and grams.buckets == 1 << 12
    dense = np.zeros((3, grams.buckets))
    np.add.at(dense, (grams.rows, grams.cols), grams.values)
    # each run of digits is one token, so the two sentences hash identically
    np.testing.assert_allclose(dense[0], dense[1])
    assert math.isclose(float(np.linalg.norm(dense[0])), 1.0, rel_tol=1e-9)
    assert not dense[2].any()
    # zlib.crc32, not Python's salted hash(): a fixed gram has a fixed bucket in every process
    import zlib

    h = zlib.crc32(b"taxes")
    assert dense[0][h % grams.buckets] != 0.0
    assert np.sign(dense[0][h % grams.buckets]) == (1.0 if h >> 31 else -1.0)
    weights = np.arange(grams.buckets, dtype=np.float64)
    np.testing.assert_allclose(grams.dot(weights), dense @ weights)
    per_row = np.array([1.0, -2.0, 3.0])
    np.testing.assert_allclose(grams.t_dot(per_row), dense.T @ per_row)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=5))
def test_hashed_ngrams_are_finite_for_any_text(texts: list[str]) -> None:
    grams = hashed_ngrams(texts, 256)
    assert np.all((grams.rows >= 0) & (grams.rows < len(texts)))
    assert np.all((grams.cols >= 0) & (grams.cols < 256))
    assert np.all(np.isfinite(grams.values))
    assert grams.dot(np.ones(256)).shape == (len(texts),)


@pytest.mark.parametrize("hidden_units", [0, 8])
def test_training_twice_gives_identical_weights(hidden_units: int) -> None:
    train = _train_script()
    rows = read_jsonl(shared_file("train", "claimbuster_train.jsonl"))[:120]
    texts = [r["text"] for r in rows]
    labels = np.asarray([r["label"] for r in rows])
    ids = [f"cb-{i * 100}" for i in range(len(rows))]  # 12 blocks of 1000 ids
    assert 0 < labels.sum() < len(labels)
    from factkit.encoder import get_encoder

    results = []
    for _ in range(2):
        embeddings = get_encoder().encode(texts)
        m, selection = train.train_model(
            texts,
            labels,
            embeddings,
            l2_grid=(1.0, 3.0),
            n_folds=3,
            hidden_units=hidden_units,
            epoch_grid=(2, 4),
            ids=ids,
        )
        results.append((json.dumps(m.to_dict()), selection))
    assert results[0] == results[1]
    assert results[0][1]["l2"] in (1.0, 3.0)
    assert 0.0 <= results[0][1]["grouped_cv_auc"] <= 1.0
    assert m.hidden_units == hidden_units


def test_grouped_folds_keep_id_blocks_together() -> None:
    train = _train_script()
    ids = [f"cb-{n}" for n in (5, 10, 999, 1000, 1500, 2100, 3000, 3999, 4000, 7000)]
    folds = train.grouped_folds(ids, 2)
    assert len(train.grouped_folds(ids[:3], 5)) == 1  # one block: one fold, not empty ones
    assert sorted(np.concatenate(folds).tolist()) == list(range(len(ids)))
    fold_of = {int(i): f for f, idx in enumerate(folds) for i in idx}
    # ids 5, 10 and 999 share block 0; 1000 and 1500 share block 1
    assert fold_of[0] == fold_of[1] == fold_of[2]
    assert fold_of[3] == fold_of[4]


def test_gelu_tanh_matches_torch() -> None:
    import torch

    x = np.linspace(-6.0, 6.0, 101)
    expected = torch.nn.GELU(approximate="tanh")(torch.tensor(x)).numpy()
    np.testing.assert_allclose(gelu_tanh(x), expected, atol=1e-7)


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _load(path: Path) -> CheckworthinessModel:
    return CheckworthinessModel.load(CheckworthinessConfig(model_path=str(path)))


def test_missing_weights_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    with pytest.raises(ModelLoadError, match=r"nope\.json"):
        _load(path)


def test_a_weights_file_a_config_names_is_blamed_on_that_setting(tmp_path: Path) -> None:
    # "factkit: error: /x/cw.json: check-worthiness weights file not found" named no setting
    path = tmp_path / "nope.json"
    with pytest.raises(ModelLoadError, match=rf"^checkworthiness\.model_path: {path}: ") as err:
        _load(path)
    assert err.value.setting == "checkworthiness.model_path"  # what names the config file
    # the encoder's own fault names the encoder's setting, not this one
    from factkit.config import EncoderConfig

    typo = EncoderConfig(model_path=str(tmp_path / "typo"))
    with pytest.raises(ModelLoadError, match=r"^encoder\.model_path: no model folder") as err:
        CheckworthinessModel.load(
            CheckworthinessConfig(model_path=str(packaged_model_path())), typo
        )
    assert err.value.setting == "encoder.model_path"


def test_a_missing_encoder_folder_is_named_before_the_encoder_mismatch(tmp_path: Path) -> None:
    # --set encoder.model_path=/typo blamed checkworthiness.json ("trained on 'all-MiniLM-L6-v2'
    # embeddings, but the configured encoder is '/typo'") instead of the missing folder
    from factkit.config import EncoderConfig

    missing = tmp_path / "typo"
    weights = packaged_model_path()
    no_folder = rf"^encoder\.model_path: no model folder at {missing}"
    with pytest.raises(ModelLoadError, match=no_folder):
        CheckworthinessModel.from_file(weights, EncoderConfig(model_path=str(missing)))
    with pytest.raises(ModelLoadError, match=r"trained on 'all-MiniLM-L6-v2' embeddings"):
        CheckworthinessModel.from_file(weights, EncoderConfig(model_path=str(tmp_path)))


@pytest.mark.parametrize(
    "breakage",
    [
        "not json",
        "wrong format",
        "short weights",
        "nan weight",
        "other features",
        "other source",
        "short ngram weights",
        "no ngram buckets",
        "short hidden weights",
        "negative hidden units",
    ],
)
def test_invalid_weights_file_raises_model_load_error(tmp_path: Path, breakage: str) -> None:
    good = json.loads(packaged_model_path().read_text(encoding="utf-8"))
    if breakage == "not json":
        path = tmp_path / "weights.json"
        path.write_text("{not json", encoding="utf-8")
    else:
        bad = dict(good)
        if breakage == "wrong format":
            bad["format"] = "pickle"
        elif breakage == "short weights":
            bad["embedding_weights"] = good["embedding_weights"][:10]
        elif breakage == "nan weight":
            bad["structural_weights"] = [float("nan")] * len(FEATURE_NAMES)
        elif breakage == "short ngram weights":
            bad["ngram_weights"] = good["ngram_weights"][:-1]
        elif breakage == "no ngram buckets":
            del bad["ngram_buckets"]
        elif breakage == "short hidden weights":
            bad["hidden_weights"] = good["hidden_weights"][:-1]
        elif breakage == "negative hidden units":
            bad["hidden_units"] = -1
        elif breakage == "other features":
            bad["structural_features"] = ["length"]
        else:
            bad["structural_source"] = "something-else"
        path = _write(tmp_path, bad)
    with pytest.raises(ModelLoadError, match=r"weights\.json"):
        _load(path)
