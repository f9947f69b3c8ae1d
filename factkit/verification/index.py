"""The article index: what every summary sentence is checked against (names and numbers
with the words around them, attributions, times, per-sentence words and stems)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from factkit.document import Attribution, Quantity, Sentence, TimeAnchor
from factkit.verification.text import _WORD_RE, _norm_word


@dataclass(frozen=True)
class _Around:
    """The words right next to a name or number inside its sentence (any word, function
    words too: "with Manchester City", "Villa boss"): one and two on each side."""

    left: tuple[str, ...]
    right: tuple[str, ...]

    def fit(self, other: _Around) -> int:
        """0-4: one point per side whose next word agrees, one more where the next two do."""
        score = 0
        for mine, theirs in ((self.left[-1:], other.left[-1:]), (self.right[:1], other.right[:1])):
            score += bool(mine) and mine == theirs
        for mine, theirs in ((self.left, other.left), (self.right, other.right)):
            score += len(mine) == 2 and mine == theirs
        return score


def _around(text: str, start: int, end: int, lo: int, hi: int) -> _Around:
    left = [_norm_word(m.group()) for m in _WORD_RE.finditer(text, lo, start)][-2:]
    right = [_norm_word(m.group()) for m in _WORD_RE.finditer(text, end, hi)][:2]
    return _Around(tuple(left), tuple(right))


@dataclass(frozen=True)
class _Number:
    """A number of the article or of a summary sentence, with the words around it."""

    quantity: Quantity
    pos: int | None  # body position (article side) or None
    context: frozenset[str]  # stems of the nearest content words on each side, and the unit
    around: _Around


@dataclass(frozen=True)
class _Name:
    """A capitalized name in an article body sentence, with the words around it."""

    start: int
    end: int
    words: frozenset[str]
    pos: int
    context: frozenset[str]
    around: _Around


@dataclass
class _Source:
    """Everything about one article that every summary sentence is checked against."""

    text: str
    body: list[Sentence]
    embeddings: np.ndarray
    numbers: list[_Number]
    names: list[_Name]
    attributions: list[Attribution]
    attribution_pos: list[int | None]
    times: list[TimeAnchor]
    words: set[str]
    common_words: set[str]  # written in lower case somewhere in the article
    name_words: set[str]  # written capitalized mid-sentence and never in lower case
    acronyms: set[str]
    body_words: list[set[str]]  # normalized words of each body sentence (+ its acronyms)
    stem_positions: dict[str, np.ndarray]  # stem -> body positions holding it
    idf: dict[str, float]
    mention_memo: dict[str, list[int]] = field(default_factory=dict)

    def mentions_of(self, word: str) -> list[int]:
        """Body positions naming ``word`` (or, for five letters or more, a word sharing its
        first five: a demonym or inflection)."""
        got = self.mention_memo.get(word)
        if got is None:
            got = [
                p
                for p, words in enumerate(self.body_words)
                if word in words
                or (len(word) >= 5 and any(w[:5] == word[:5] and len(w) >= 5 for w in words))
            ]
            self.mention_memo[word] = got
        return got

    def body_position(self, offset: int) -> int | None:
        for i, s in enumerate(self.body):
            if s.start <= offset < s.end:
                return i
        return None


def _spread(positions: np.ndarray, size: int) -> np.ndarray:
    """0/1 mask of the windows (centre p: sentences p-1..p+1) holding one of ``positions``."""
    mask = np.zeros(size, np.float32)
    if size == 0 or not len(positions):
        return mask
    mask[positions] = 1.0
    out = mask.copy()
    out[1:] = np.maximum(out[1:], mask[:-1])
    out[:-1] = np.maximum(out[:-1], mask[1:])
    return out
