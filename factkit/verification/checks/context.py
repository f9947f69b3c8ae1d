"""What every check of one summary sentence reads: the summary text and sentence, the article
index, the alignment, the decision layer and the settings; and the helpers they share for
finding where the article mentions a name."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from factkit.annotate.quantities import QuantityFinder
from factkit.config import VerifyConfig
from factkit.document import Sentence
from factkit.verification.align import Alignment, slot_evidence
from factkit.verification.decision import SlotDecider
from factkit.verification.index import ArticleIndex
from factkit.verification.names import NameSpan, name_spans


@dataclass
class SentenceContext:
    """One summary sentence being checked (``part``: its span in ``text``)."""

    config: VerifyConfig
    text: str  # the whole summary
    part: Sentence
    src: ArticleIndex
    align: Alignment
    decider: SlotDecider
    quantity_finder: QuantityFinder  # which units are measurements

    @cached_property
    def names(self) -> list[NameSpan]:
        """The sentence's capitalized name runs (``names.name_spans`` with the article's common
        words), found once for the name and spelling checks, and only when one asks: a line of
        page furniture is judged without them."""
        return name_spans(self.text, self.part.start, self.part.end, self.src.common_words)

    def window(self, leave_out: frozenset[str]) -> tuple[np.ndarray, list[int]]:
        """The alignment scores without ``leave_out`` and the best positions by them."""
        scores = self.align.scores(leave_out)
        return scores, self.align.window(scores, self.config.top_k, self.config.context_margin)

    def near(self, window: list[int]) -> set[int]:
        """The window's sentences and the ones before them that a "he" or "the group" in
        them may refer back to (and ``verify.following_sentences`` after)."""
        back = self.config.antecedent_sentences
        ahead = self.config.following_sentences
        size = len(self.src.body)
        return {p + d for p in window for d in range(-back, ahead + 1) if 0 <= p + d < size}

    def evidence(self, leave_out: frozenset[str], mentions: list[int]) -> dict[str, float]:
        return slot_evidence(self.align, leave_out, mentions, self.config.similarity_weight)


def mentions(word: str, src: ArticleIndex, positions: Set[int]) -> bool:
    """Is the name word in one of the body sentences at ``positions`` (or, for a demonym
    or inflection, a word sharing its first five letters)?"""
    return any(p in positions for p in src.mentions_of(word))


def name_word_match(word: str, names: Set[str]) -> bool:
    """``word`` is one of ``names``, or shares its first five letters with one (five or more)."""
    if word in names:
        return True
    return len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in names)
