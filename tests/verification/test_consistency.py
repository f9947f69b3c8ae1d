"""factkit.verification.consistency: order-sensitive features, the packaged model, loading."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from factkit.config import Config
from factkit.document import Article
from factkit.encoder import get_encoder
from factkit.errors import ModelLoadError
from factkit.split import split_sentences
from factkit.verification import Verifier
from factkit.verification.consistency import (
    FEATURES,
    FORMAT_VERSION,
    MODEL_FILE,
    consistency_features,
    consistency_model,
    load_consistency_model,
)

SOURCE = [
    "Chelsea beat Arsenal 2-0 at Stamford Bridge on Saturday afternoon.",
    "Arsene Wenger said the referee had made several mistakes in the first half.",
    "The minister resigned on Tuesday after the report was published.",
]


def _candidates(claim: str) -> list[tuple[str, float]]:
    """The source sentences with their real MiniLM similarity to the claim, best first."""
    vectors = get_encoder().encode([claim, *SOURCE])
    sims = vectors[1:] @ vectors[0]
    order = sorted(range(len(SOURCE)), key=lambda k: -float(sims[k]))
    return [(SOURCE[k], float(sims[k])) for k in order]


@pytest.mark.parametrize(
    ("original", "corrupted"),
    [
        ("Chelsea beat Arsenal at Stamford Bridge.", "Arsenal beat Chelsea at Stamford Bridge."),
        ("The minister resigned on Tuesday.", "The minister did not resign on Tuesday."),
        (
            "Arsene Wenger said the referee made mistakes.",
            "The referee said Arsene Wenger made mistakes.",
        ),
    ],
)
def test_a_corrupted_claim_scores_less_consistent(original: str, corrupted: str) -> None:
    model = consistency_model()
    assert model.score(corrupted, _candidates(corrupted)) > model.score(
        original, _candidates(original)
    )


def test_a_role_swap_shows_in_the_order_features() -> None:
    kept = consistency_features("Chelsea beat Arsenal.", [(SOURCE[0], 0.8)])
    swapped = consistency_features("Arsenal beat Chelsea.", [(SOURCE[0], 0.8)])
    assert kept["order_discord"] == 0.0 and swapped["order_discord"] == 1.0
    assert swapped["pair_order_miss"] > kept["pair_order_miss"]
    assert kept["novel_content"] == swapped["novel_content"] == 0.0


def test_a_relation_stated_the_other_way_round_shows_in_the_role_features() -> None:
    passage = [("Manchester City were beaten by Liverpool on Sunday.", 0.8)]
    swapped = consistency_features("Manchester City beat Liverpool on Sunday.", passage)
    kept = consistency_features("Liverpool beat Manchester City on Sunday.", passage)
    assert swapped["role_reversed"] == 1.0 and swapped["role_kept"] == 0.0
    assert kept["role_reversed"] == 0.0 and kept["role_kept"] == 1.0
    model = consistency_model()
    assert model.probability(swapped) > model.probability(kept)


def test_no_candidates_gives_features_not_an_error() -> None:
    features = consistency_features("Anything at all.", [])
    assert set(features) == set(FEATURES) and features["novel_content"] == 1.0


def test_the_packaged_weights_load_and_validate() -> None:
    raw = json.loads(resources.files("factkit.models").joinpath(MODEL_FILE).read_text())
    assert raw["format_version"] == FORMAT_VERSION and tuple(raw["features"]) == FEATURES
    assert consistency_model().weights.shape == (len(FEATURES),)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "cannot read"),
        (json.dumps({"format_version": 99}), "format_version 99"),
        (json.dumps({"format_version": FORMAT_VERSION, "features": ["bias"]}), "features"),
        (
            json.dumps(
                {"format_version": FORMAT_VERSION, "features": list(FEATURES), "weights": [1.0]}
            ),
            "finite numbers",
        ),
        (
            json.dumps(
                {
                    "format_version": FORMAT_VERSION,
                    "features": list(FEATURES),
                    "weights": ["x"] * len(FEATURES),
                }
            ),
            "list of numbers",
        ),
    ],
)
def test_a_bad_weights_file_is_one_model_load_error(
    tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "consistency.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelLoadError, match=says) as info:
        load_consistency_model(path)
    assert str(path) in str(info.value)


def test_a_missing_weights_file_is_a_model_load_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="cannot read"):
        load_consistency_model(tmp_path / "absent.json")


def test_the_verifier_scores_each_sentence_with_the_model() -> None:
    text = " ".join(SOURCE)
    article = Article(text=text)
    verifier = Verifier(Config())
    found = {}
    for claim in ("Chelsea beat Arsenal at Stamford Bridge.", "Arsenal beat Chelsea at home."):
        verifier.trace = []
        verifier.verify(claim, article, split_sentences(text))
        events = [ev for ev in verifier.trace if ev["check"] == "sentence"]
        assert len(events) == 1
        found[claim] = events[0]["inconsistency"]
    kept, swapped = found.values()
    assert 0.0 < kept < swapped < 1.0
