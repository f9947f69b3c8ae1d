"""The lexical prefilter: which article sentences are worth encoding for a summary.

Encoding the article's body sentences is most of the verifier's time, yet a summary sentence
aligns with the few article sentences that share its words. For each summary sentence this
module ranks the body sentences by a BM25-like score over the content words, names and numbers
they share with it (each shared stem counts its IDF, damped for long sentences) and keeps the
best ``k`` (``verify.candidate_sentences``). Only the union of those candidates, and the article
sentences a summary sentence copies word for word, are encoded; the other rows stay unknown.
When ``k`` is more than half the article, every body sentence is encoded.

Ties (a paraphrase sharing no word, or few) go to the earlier sentence: news puts what a
summary says near the top.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from factkit.verification.index import ArticleIndex

__all__ = ["candidate_positions", "fill_unknown", "lexical_scores"]

# BM25's term-saturation and length-normalisation constants (the usual values). Every stem of a
# body sentence is counted once, so k1 only scales the length damping.
_K1 = 1.2
_B = 0.75


def lexical_scores(src: ArticleIndex, stems: Sequence[str]) -> np.ndarray:
    """BM25-like score of every body sentence for a summary sentence's content ``stems``
    (numbers included: a number names the fact as surely as a name does)."""
    return _scores(src, stems, _term_weights(src))


def candidate_positions(
    src: ArticleIndex, stems_per_sentence: Sequence[Sequence[str]], k: int
) -> set[int]:
    """Body positions among the ``k`` best by :func:`lexical_scores` for any summary sentence;
    all of them when ``k`` is 0 or more than half the article (a short article: encoding the
    rest costs a few rows and keeps every similarity real, which the rank-based windows of the
    checks read)."""
    n = len(src.body)
    if k <= 0 or 2 * k > n:
        return set(range(n))
    weight = _term_weights(src)
    chosen: set[int] = set()
    for stems in stems_per_sentence:
        # stable: among equal scores the earlier sentence wins
        order = np.argsort(-_scores(src, stems, weight), kind="stable")
        chosen.update(int(p) for p in order[:k])
    return chosen


def _scores(src: ArticleIndex, stems: Sequence[str], weight: np.ndarray) -> np.ndarray:
    scores = np.zeros(len(src.body), np.float64)
    for st in dict.fromkeys(stems):
        positions = src.stem_positions.get(st)
        if positions is not None:
            scores[positions] += src.idf[st] * weight[positions]
    return scores


def _term_weights(src: ArticleIndex) -> np.ndarray:
    """BM25's weight of a word that a body sentence holds once, by the sentence's length."""
    lengths = _sentence_lengths(src)
    if not len(lengths):
        return lengths
    damping = _K1 * (1 - _B + _B * lengths / max(1.0, float(lengths.mean())))
    return (_K1 + 1) / (1 + damping)


def _sentence_lengths(src: ArticleIndex) -> np.ndarray:
    """Distinct content stems of each body sentence (from the index's stem positions)."""
    if not src.stem_positions:
        return np.zeros(len(src.body), np.float64)
    held = np.concatenate(list(src.stem_positions.values()))
    return np.bincount(held, minlength=len(src.body)).astype(np.float64)


def fill_unknown(sims: np.ndarray, known: np.ndarray) -> np.ndarray:
    """``sims`` (summary sentences x body sentences) with the rows never encoded set to each
    summary sentence's lowest known similarity: the prefilter ranked them below every
    candidate, so they stand behind every encoded sentence and never become the best support."""
    if known.all() or not known.any():
        return sims
    out = sims.copy()
    out[:, ~known] = sims[:, known].min(axis=1, keepdims=True)
    return out
