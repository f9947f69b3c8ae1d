"""Tests for the learned ranker's weights file: its two heads, and a bad file."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from factkit.errors import ModelLoadError
from factkit.summarization.features import FEATURE_NAMES
from factkit.summarization.ranker import head_for, load_ranker
from factkit.summarization.select import Length


def test_packaged_ranker_loads_and_one_sentence_uses_its_own_head() -> None:
    heads = load_ranker()
    assert set(heads) == {"single", "multi"}
    assert all(h.weights.shape == (len(FEATURE_NAMES),) for h in heads.values())
    assert head_for(Length(sentences=1)) == "single"
    assert head_for(Length(sentences=3)) == "multi"
    assert head_for(Length(words=40)) == "multi"
    # the multi head leans on the lead more than the single head
    assert heads["multi"].prior > heads["single"].prior


def test_bad_ranker_file_is_a_model_load_error(tmp_path: Any) -> None:
    bad = tmp_path / "ranker.json"
    bad.write_text('{"features": ["first"], "heads": {}}', encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"ranker\.json"):
        load_ranker(bad)


def test_single_head_weighs_meaning_wording_length_and_claims_only() -> None:
    single = load_ranker()["single"]
    used = {FEATURE_NAMES[i] for i in np.flatnonzero(single.weights)}
    assert used <= {
        "centroid_z", "unigram_centrality_z", "log_words_z", "claim_strength_z", "tfidf_z",
    }  # fmt: skip
    assert "centroid_z" in used
    assert single.prior == 0.0
