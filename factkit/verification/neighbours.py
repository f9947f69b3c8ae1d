"""The words right next to a name or number inside its sentence, one and two on each side.

A summary slot and an article slot that share these words ("with Manchester City", "Villa
boss") are likely the same slot: the article index keeps them for every name and number, and
the number and name checks read them for a summary's. Kept apart from the index because the
checks build them for summary text too, where there is no index.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from factkit.verification.text import WORD_RE, norm_word


@dataclass(frozen=True)
class Neighbours:
    """The words right next to a name or number inside its sentence (any word, function
    words too: "with Manchester City", "Villa boss"): one and two on each side."""

    left: tuple[str, ...]
    right: tuple[str, ...]

    def fit(self, other: Neighbours) -> int:
        """0-4: one point per side whose next word agrees, one more where the next two do."""
        score = 0
        for mine, theirs in ((self.left[-1:], other.left[-1:]), (self.right[:1], other.right[:1])):
            score += bool(mine) and mine == theirs
        for mine, theirs in ((self.left, other.left), (self.right, other.right)):
            score += len(mine) == 2 and mine == theirs
        return score


def neighbours_of(text: str, start: int, end: int, lo: int, hi: int) -> Neighbours:
    """The two words each side of ``text[start:end]`` within ``text[lo:hi]``."""
    left = [m.group() for m in WORD_RE.finditer(text, lo, start)][-2:]
    right = [m.group() for m in islice(WORD_RE.finditer(text, end, hi), 2)]
    return Neighbours(tuple(map(norm_word, left)), tuple(map(norm_word, right)))
