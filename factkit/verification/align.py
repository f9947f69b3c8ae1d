"""Alignment: which article body sentences support a summary sentence, and the evidence
windows around the article's mentions of a checked name or number."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from factkit.verification.index import ArticleIndex, spread_positions
from factkit.verification.text import is_number_stem


class Alignment:
    """Which article sentences support a summary sentence, possibly leaving some of its words
    out: IDF-weighted share of its content words each sentence holds + a weighted MiniLM
    similarity. Leaving the checked name or number out keeps a swapped-in one from pulling
    the alignment towards the sentence it was taken from."""

    def __init__(
        self, src: ArticleIndex, sims: np.ndarray, tokens: list[tuple[str, int, int]], weight: float
    ) -> None:
        self.src = src
        self.sims = sims
        self.tokens = tokens
        self.weight = weight
        # numbers are what gets checked: a changed one must not steer the alignment
        self.stems = {t[0] for t in tokens if t[0] in src.idf and not is_number_stem(t[0])}

    def scores(self, leave_out: frozenset[str]) -> np.ndarray:
        lexical = np.zeros(len(self.src.body), np.float32)
        total = 0.0
        # in a fixed order: float32 sums in set order would change with PYTHONHASHSEED
        for st in sorted(self.stems - leave_out):
            idf = self.src.idf[st]
            lexical[self.src.stem_positions[st]] += idf
            total += idf
        if total:
            lexical /= total
        return lexical + self.weight * self.sims

    def evidence(self, leave_out: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
        """Per article *window* (body sentence p with p-1 and p+1): the IDF-weighted share of
        the summary sentence's content words (less ``leave_out``) it holds, and its best MiniLM
        similarity. A summary sentence that fuses or paraphrases neighbouring article sentences
        is covered by one window even when no single sentence holds its words."""
        n = len(self.src.body)
        cover = np.zeros(n, np.float32)
        total = 0.0
        # in a fixed order: float32 sums in set order would change with PYTHONHASHSEED
        for st in sorted(self.stems - leave_out):
            idf = self.src.idf[st]
            cover += idf * spread_positions(self.src.stem_positions[st], n)
            total += idf
        if total:
            cover /= total
        sims = self.sims.astype(np.float32)
        near = sims.copy()
        if n > 1:
            near[1:] = np.maximum(near[1:], sims[:-1])
            near[:-1] = np.maximum(near[:-1], sims[1:])
        return cover, near

    @staticmethod
    def window(scores: np.ndarray, k: int, margin: float) -> list[int]:
        """Up to ``k`` best-scoring positions, within ``margin`` of the best, best first."""
        if not len(scores):
            return []
        order = np.argsort(-scores, kind="stable")[:k]
        best = float(scores[order[0]])
        return [int(j) for j in order if float(scores[j]) >= best - margin]


def slot_evidence(
    align: Alignment, leave_out: frozenset[str], mentions: Sequence[int], weight: float
) -> dict[str, float]:
    """How well the article windows holding a slot's value (a name, a number) carry the rest
    of the summary sentence, next to how well the best window does (``weight``:
    ``verify.similarity_weight``)."""
    n = len(align.src.body)
    cover, near = align.evidence(leave_out)
    score = cover + weight * near
    has = spread_positions(np.array(sorted(set(mentions)), dtype=np.int64), n) > 0
    if not n:
        return {
            "cover_own": 0.0,
            "cover_best": 0.0,
            "near_own": 0.0,
            "near_best": 0.0,
            "gap": 0.0,
            "freq": 0.0,
        }
    own = float(score[has].max()) if has.any() else float(score.min()) - 1.0
    return {
        "cover_own": float(cover[has].max()) if has.any() else 0.0,
        "cover_best": float(cover.max()),
        "near_own": float(near[has].max()) if has.any() else -1.0,
        "near_best": float(near.max()),
        "gap": float(score.max()) - own,
        "freq": len(set(mentions)) / n,
    }


def cooccurrence(start: int, heads: dict[int, list[int]], size: int) -> dict[str, float]:
    """Share of the summary sentence's other names that the article mentions within a
    sentence of this name (-1 when there are no other names)."""
    mine = spread_positions(np.array(heads.get(start, []), dtype=np.int64), size) > 0
    others = [ps for s, ps in heads.items() if s != start]
    if not others:
        return {"cooc": -1.0}
    together = sum(bool(ps) and bool(mine[np.array(ps)].any()) for ps in others)
    return {"cooc": together / len(others)}
