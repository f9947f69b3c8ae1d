"""Run-on sentences: two sentences glued with no full stop between them.

Daily Mail pages in CNN/DM carry photo captions with no final punctuation, and the scrape glues
each caption to the next sentence ("... too tired to perform at his best Hazard was substituted
..."), so Punkt sees one sentence. This module proposes extra boundaries inside a Punkt sentence,
only at a gap between two words with no punctuation where the right word is capitalised: a
linear model over the words on both sides of the gap scores each such gap.

The model is self-supervised (``scripts/train_runon_splitter.py``): positives are real sentence
ends with the full stop deleted, negatives every other lower/Capitalised gap inside real
sentences ("said Obama", "the White House"). Its weights are JSON
(``factkit/models/runon_splitter.json``, card beside it); a gap becomes a boundary when its
score passes the model's threshold, chosen for precision (a wrong cut breaks attributions).

This module holds the model (weights, scores, cuts); :mod:`.runon_gaps` reads where a cut may
fall and what the piece before it holds, :mod:`.runon_features` names the features scored, and
:mod:`.runon_words` the word shapes and lists both of those read.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from itertools import repeat

from factkit.split.runon_features import PIECE_FLAGS, PIECE_SIZES, gap_features
from factkit.split.runon_gaps import (
    GAP,
    MIN_PIECE_WORDS,
    Gap,
    SentenceWords,
    last_words,
    may_cut,
    read_gap,
)

__all__ = ["RunonModel", "load_runon_model"]

MODEL_FILE = "runon_splitter.json"
_BOUND_SLACK = 1e-6  # far above the rounding of a sum in another order, far below any weight


class RunonModel:
    """Scores gaps with the packaged linear weights; :meth:`cuts` finds the boundaries."""

    def __init__(self, data: Mapping[str, object], ortho: Mapping[str, int]) -> None:
        weights = data["weights"]
        assert isinstance(weights, dict)
        self.weights: dict[str, float] = {str(k): float(v) for k, v in weights.items()}
        self.threshold = float(str(data["threshold"]))
        self.ortho = ortho
        # the most the piece's features can add to a gap scored with none of them and the
        # fewest words (:meth:`score_bound`)
        sizes = [self.weights.get("lw=" + size, 0.0) for size in PIECE_SIZES]
        flags = sum(max(0.0, self.weights.get(name, 0.0)) for name in PIECE_FLAGS)
        self._piece_headroom = flags + max(sizes) - sizes[0]

    def score(self, gap: Gap) -> float:
        """The gap's logit (above ``threshold``: a sentence boundary)."""
        return sum(map(self.weights.get, gap_features(gap, self.ortho), repeat(0.0)))

    def score_bound(self, text: str, piece: int, gap: int, after: int, end: int) -> float:
        """At least the score of the gap at ``text[gap:after]`` (one :func:`may_cut` passed),
        whatever the piece before it holds: the gap scored on the words at it alone, plus the
        most the piece's features could add. Nearly every gap stays under the threshold by
        this, and then the sentence's words need no reading (:class:`SentenceWords` was half
        the model's time)."""
        right = text[after : min(end, after + 200)].split()
        near = Gap(last_words(text, piece, gap), MIN_PIECE_WORDS, right[:6], False, False, False)
        return self.score(near) + self._piece_headroom

    def cuts(
        self,
        text: str,
        start: int,
        end: int,
        near: tuple[float, list[tuple[int, int]]] | None = None,
    ) -> list[int]:
        """Offsets in ``text[start:end]`` (one Punkt sentence) where a new sentence starts.
        ``near``: a lower threshold and a list that gets the gaps ``(start, end)`` left uncut
        whose bound passes it, the only ones :meth:`recut` at that threshold may cut."""
        near_floor = (near[0] if near else self.threshold) - _BOUND_SLACK
        found: list[int] = []
        piece = start
        words: SentenceWords | None = None
        for m in GAP.finditer(text, start, end):
            # most gaps end at one of these two: the sentence's words are read only where
            # one may cut
            if not may_cut(text, piece, m.start(), m.end(), end):
                continue
            bound = self.score_bound(text, piece, m.start(), m.end(), end)
            if bound < near_floor:
                continue  # nearly every such gap: no piece could lift it over the threshold
            if bound >= self.threshold - _BOUND_SLACK:
                words = words or SentenceWords(text, start, end)
                gap = read_gap(text, piece, m.start(), m.end(), end, words)
                if gap and self.score(gap) > self.threshold:
                    found.append(m.end())
                    piece = m.end()
                    continue
            if near:
                near[1].append((m.start(), m.end()))
        return found

    def recut(
        self,
        text: str,
        piece: int,
        piece_end: int,
        end: int,
        threshold: float,
        gaps: list[tuple[int, int]],
    ) -> list[int]:
        """Cuts over ``threshold`` at ``gaps`` (from :meth:`cuts`) inside ``text[piece:piece_end]``,
        a piece of the sentence that ends at ``end`` (the words after a gap are read to it)."""
        found: list[int] = []
        words: SentenceWords | None = None
        for at, after in gaps:
            if at < piece or after > piece_end or not may_cut(text, piece, at, after, end):
                continue
            words = words or SentenceWords(text, piece, end)
            gap = read_gap(text, piece, at, after, end, words)
            if gap and self.score(gap) > threshold:
                found.append(after)
                piece = after
        return found


def load_runon_model(ortho: Mapping[str, int]) -> RunonModel:
    """The packaged model (``factkit/models/runon_splitter.json``)."""
    path = resources.files("factkit") / "models" / MODEL_FILE
    return RunonModel(json.loads(path.read_text(encoding="utf-8")), ortho)
