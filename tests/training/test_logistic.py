"""factkit.training.logistic: the two deterministic logistic-regression solvers."""

from __future__ import annotations

import math

import numpy as np

from factkit.checkworthy.ngrams import HashedNgrams
from factkit.training.logistic import fit_logistic, fit_logistic_bias_first, fit_logistic_sparse


def test_fit_logistic_sparse_matches_dense_newton() -> None:
    rng = np.random.default_rng(1)
    n, d, k = 300, 4, 30
    dense = rng.normal(size=(n, d))
    rows = np.repeat(np.arange(n), 3)
    cols = rng.integers(0, k, size=3 * n)
    values = rng.normal(size=3 * n)
    grams = HashedNgrams(rows, cols, values, n, k)
    as_dense = np.zeros((n, k))
    np.add.at(as_dense, (rows, cols), values)
    y = (dense[:, 0] + as_dense[:, 0] - as_dense[:, 1] + 0.3 * rng.normal(size=n) > 0).astype(int)
    w_dense, w_ngram, bias = fit_logistic_sparse(dense, grams, y, l2=0.5)
    w_ref, b_ref = fit_logistic(np.hstack([dense, as_dense]), y, l2=0.5)
    np.testing.assert_allclose(np.concatenate([w_dense, w_ngram]), w_ref, atol=1e-4)
    assert math.isclose(bias, b_ref, abs_tol=1e-4)
    again = fit_logistic_sparse(dense, grams, y, l2=0.5)
    assert np.array_equal(again[1], w_ngram) and again[2] == bias


def test_fit_logistic_separates_and_is_deterministic() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 5))
    y = (x[:, 0] - x[:, 1] > 0).astype(int)
    w1, b1 = fit_logistic(x, y, l2=1.0)
    w2, b2 = fit_logistic(x, y, l2=1.0)
    assert np.array_equal(w1, w2) and b1 == b2
    assert w1[0] > 0 > w1[1]
    assert abs(w1[0]) > 5 * abs(w1[2])


def test_sample_weights_act_like_repeated_rows() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=(120, 3))
    y = (x[:, 0] + 0.5 * rng.normal(size=120) > 0).astype(int)
    twice = np.r_[x, x[:40]], np.r_[y, y[:40]]
    weights = np.r_[np.full(40, 2.0), np.ones(80)]
    w_rep, b_rep = fit_logistic(*twice, l2=1.0)
    w_wt, b_wt = fit_logistic(x, y, l2=1.0, sample_weight=weights)
    np.testing.assert_allclose(w_wt, w_rep, atol=1e-7)
    assert math.isclose(b_wt, b_rep, abs_tol=1e-7)


def test_bias_first_design_matches_the_appended_bias() -> None:
    rng = np.random.default_rng(4)
    x = rng.normal(size=(150, 2))
    y = (x[:, 1] > 0.2).astype(int)
    beta = fit_logistic_bias_first(np.c_[np.ones(150), x], y, l2=0.5)
    weights, bias = fit_logistic(x, y, l2=0.5)
    np.testing.assert_allclose(beta, np.r_[bias, weights], atol=1e-7)
