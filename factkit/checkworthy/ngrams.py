"""Hashed word uni- and bigrams of sentences: the model's bag-of-words block.

Its own room because the training code (the check-worthiness trainer, the run-on splitter's
and ``factkit.training.logistic``) uses the same sparse matrix as the scorer: signed feature
hashing with ``zlib.crc32`` (a stable hash, so the weights need no vocabulary), sublinear term
frequency and unit length, as COO triplets with the few products a logistic fit needs.
"""

from __future__ import annotations

import itertools
import math
import operator
import re
import zlib
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

_NGRAM_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


class HashedNgrams(NamedTuple):
    """A sparse ``(n_rows, buckets)`` matrix as COO triplets (one row per sentence)."""

    rows: np.ndarray  # int64
    cols: np.ndarray  # int64
    values: np.ndarray  # float64
    n_rows: int
    buckets: int

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """Matrix @ weights: one value per row."""
        return np.bincount(
            self.rows, weights=self.values * weights[self.cols], minlength=self.n_rows
        )

    def t_dot(self, per_row: np.ndarray) -> np.ndarray:
        """Matrix.T @ per_row: one value per bucket."""
        return np.bincount(
            self.cols, weights=self.values * per_row[self.rows], minlength=self.buckets
        )

    def t_dot_squared(self, per_row: np.ndarray) -> np.ndarray:
        """(Matrix ** 2).T @ per_row: the Hessian diagonal of the n-gram block."""
        return np.bincount(
            self.cols, weights=self.values**2 * per_row[self.rows], minlength=self.buckets
        )


def _sentence_ngrams(sentence: str, buckets: int) -> dict[int, float]:
    # every run of digits is the same token: "42 percent" and "7 percent" share their bigram
    tokens = [
        "0" if t[0].isdigit() else t
        for t in _NGRAM_TOKEN.findall(sentence.lower().replace("’", "'"))
    ]
    grams = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]
    # signs are counted in whole numbers: the same sums as adding 1.0s, without the floats
    counts: dict[int, int] = {}
    count_of = counts.get
    for gram in grams:
        h = zlib.crc32(gram.encode("utf-8"))
        # a sign bit from the hash makes bucket collisions cancel on average instead of adding up
        bucket = h % buckets
        counts[bucket] = count_of(bucket, 0) + (1 if h >> 31 else -1)
    # sublinear term frequency (a single use is +-1.0: 1 + log 1), then unit length
    feats = {
        b: float(c) if -1 <= c <= 1 else math.copysign(1.0 + math.log(abs(c)), c)
        for b, c in counts.items()
        if c
    }
    values = feats.values()
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    return {b: v / norm for b, v in feats.items()}


def hashed_ngrams(sentences: Sequence[str], buckets: int) -> HashedNgrams:
    """Signed, hashed, sublinear-tf, L2-normalised word uni+bigram counts of each sentence."""
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for i, sentence in enumerate(sentences):
        feats = _sentence_ngrams(sentence, buckets)
        rows.extend([i] * len(feats))
        cols.extend(feats)
        values.extend(feats.values())
    return HashedNgrams(
        np.asarray(rows, dtype=np.int64),
        np.asarray(cols, dtype=np.int64),
        np.asarray(values, dtype=np.float64),
        len(sentences),
        buckets,
    )
