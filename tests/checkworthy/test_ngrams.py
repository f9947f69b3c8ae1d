"""factkit.checkworthy.ngrams: hashed word uni- and bigrams."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.checkworthy.ngrams import hashed_ngrams


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
