"""factkit.checkworthy.features: the structural features of a sentence."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.checkworthy.features import (
    FEATURE_NAMES,
    structural_features,
)

CLAIM = "Unemployment rose from 4.2 percent to 7.8 percent between 2008 and 2009, the report said."


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


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_structural_features_are_finite_for_any_text(text: str) -> None:
    feats = structural_features(text)
    assert feats.shape == (len(FEATURE_NAMES),)
    assert np.all(np.isfinite(feats))
