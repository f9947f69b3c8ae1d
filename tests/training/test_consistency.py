"""factkit.training.consistency: seeded pair generation, each transformation, the fit."""

from __future__ import annotations

import random

import numpy as np

from factkit.training.consistency import (
    KINDS,
    ArticleSource,
    Pair,
    fit_consistency,
    make_claims,
    make_pairs,
    transform,
)
from factkit.verification.consistency import FEATURES, ConsistencyModel

ARTICLE = ArticleSource(
    id="fixture",
    sentences=(
        "Chelsea beat Arsenal 2-0 at Stamford Bridge on Saturday, manager Jose Mourinho said.",
        "Arsene Wenger said his side had played well in the first half of the match.",
        "The club, which was founded in 1905, has won the league five times since 2005.",
        "Mourinho was not happy with the referee, who sent off 3 players in March.",
        "Fans of Tottenham watched the game from the stands in west London.",
    ),
    highlights=("Chelsea beat Arsenal at Stamford Bridge on Saturday.",),
)


def test_generation_is_deterministic_for_a_seed() -> None:
    first = make_pairs(ARTICLE, make_claims(ARTICLE, seed=7), seed=7)
    again = make_pairs(ARTICLE, make_claims(ARTICLE, seed=7), seed=7)
    assert first == again
    assert {kind for _, kind, _ in first} & set(KINDS)
    assert all((label == 0) == (kind == "consistent") for _, kind, label in first)


def test_role_swap_trades_the_two_names() -> None:
    out = transform("role_swap", "Chelsea beat Arsenal on Saturday.", (), random.Random(0))
    assert out == "Arsenal beat Chelsea on Saturday."


def test_role_swap_trades_agent_and_patient_of_a_relation_first() -> None:
    # three names: the swap is the two around the verb, never the place
    claim = "On Saturday Chelsea beat Arsenal at Wembley."
    for seed in range(5):
        out = transform("role_swap", claim, (), random.Random(seed))
        assert out == "On Saturday Arsenal beat Chelsea at Wembley."


def test_negation_is_inserted_and_removed() -> None:
    rng = random.Random(0)
    assert transform("negation", "Mourinho was happy.", (), rng) == "Mourinho was not happy."
    assert transform("negation", "Mourinho was not happy.", (), rng) == "Mourinho was happy."


def test_speaker_swap_takes_another_speaker_of_the_article() -> None:
    claim = "Arsene Wenger said his side had played well."
    out = transform("speaker_swap", claim, ARTICLE.sentences, random.Random(0))
    assert out == "Jose Mourinho said his side had played well."


def test_entity_swap_number_change_and_date_shift_change_the_claim() -> None:
    rng = random.Random(3)
    swapped = transform("entity_swap", "Chelsea beat Arsenal.", ARTICLE.sentences, rng)
    assert swapped is not None and swapped != "Chelsea beat Arsenal."
    changed = transform("number_change", "The club won 5 titles.", ARTICLE.sentences, rng)
    assert changed is not None and "5 titles" not in changed
    shifted = transform("date_shift", "They met on Saturday.", (), rng)
    assert shifted is not None and "Saturday" not in shifted
    assert transform("number_change", "No numbers here.", ARTICLE.sentences, rng) is None


def test_fit_separates_tiny_data_and_is_deterministic() -> None:
    source = (("Chelsea beat Arsenal at Stamford Bridge on Saturday.", 0.9),)
    good = [
        "Chelsea beat Arsenal at Stamford Bridge.",
        "Chelsea beat Arsenal on Saturday.",
        "Chelsea beat Arsenal at Stamford Bridge on Saturday.",
    ]
    bad = [
        "Arsenal beat Chelsea at Stamford Bridge.",
        "Chelsea did not beat Arsenal on Saturday.",
        "Chelsea beat Tottenham at Stamford Bridge.",
    ]
    pairs = [Pair("d", c, "consistent", 0, source) for c in good]
    pairs += [Pair("d", c, "role_swap", 1, source) for c in bad]
    weights = fit_consistency(pairs, l2=0.1)
    assert weights.shape == (len(FEATURES),)
    np.testing.assert_array_equal(weights, fit_consistency(pairs, l2=0.1))
    model = ConsistencyModel(weights)
    assert max(model.score(c, source) for c in good) < min(model.score(c, source) for c in bad)
