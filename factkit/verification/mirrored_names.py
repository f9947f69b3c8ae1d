"""Two names the wrong way round: the summary writes "A <stretch> B" where the article writes
the same stretch between the same two names in the other order, "B <stretch> A".

The relation check (``relations.py``) reads roles from a short verb stretch, so it misses a
swap whose stretch is long ("Hollywood producers bought the rights to turn author Maria
Delgado's memoir") or is no verb of the two ("Okafor has one year left on his contract at
Kingsmead Rovers"). The article's own stretch tells the roles whatever it says: when the
content words of the summary's stretch (all but one, of three or more) stand between the two
names in an article sentence, in the other order, and no article sentence has them in the
summary's order with those words between, the two names traded places. A stretch of function
words only ("Okafor at Kingsmead Park") must be the article's word for word, and short. Not
read: an empty stretch, one holding a word that makes the relation symmetric or a list
("Mayweather vs Pacquiao", ``symmetric_relation_words.txt``), or a passive on one side only
("Chelsea beat Arsenal" is "Arsenal were beaten by Chelsea").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factkit.lang import word_set
from factkit.verification.names import NameSpan
from factkit.verification.relations import (
    is_by_passive,
    names_only,
    neighbour_names,
    same_stem,
    sentence_names,
)
from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word, stem_of

_SYMMETRIC = word_set("symmetric_relation_words")
_BREAKS = frozenset(';:()[]"“”—–\n')  # a summary stretch across one of these is no one clause
MAX_STRETCH = 12  # content and function words between the summary's two names
MAX_EXTRA = 4  # words the article's stretch may have beyond the summary's
MAX_BARE = 3  # function words of a stretch without a content word ("in the", "at")
_PARAPHRASED = 3  # a stretch of this many content words may have one of them reworded


@dataclass(frozen=True)
class Stretch:
    """The words between two names: their content stems, how many words, and whether it is a
    passive closing in "by" (the second name acts)."""

    stems: frozenset[str]
    words: tuple[str, ...]
    passive: bool

    @property
    def size(self) -> int:
        return len(self.words)


@dataclass(frozen=True)
class Mirror:
    """A summary pair (``first``, ``second``: spans in the summary) that an article sentence
    has the other way round (``source``: the span of its two names and the stretch)."""

    first: tuple[int, int]
    second: tuple[int, int]
    source: tuple[int, int]

    @property
    def span(self) -> tuple[int, int]:
        return self.first[0], self.second[1]


def stretch(gap: str) -> Stretch | None:
    """The stretch of a gap between two names, or None when it is empty, holds a word making
    the relation symmetric or a list, or holds more than ``MAX_BARE`` words and no content
    word."""
    words = tuple(w for w in (norm_word(m.group()) for m in WORD_RE.finditer(gap)) if w)
    if not words or any(w in _SYMMETRIC for w in words):
        return None
    stems = frozenset(stem_of(w) for w in words if w not in STOP_WORDS and not w.isdigit())
    if not stems and len(words) > MAX_BARE:
        return None
    return Stretch(stems, words, is_by_passive(words))


def _holds(claimed: Stretch, stated: Stretch) -> bool:
    """Does the article's stretch hold the content words of the summary's (all but one of
    three or more: "deal" for the article's "contract"), in a build of the same voice and not
    much longer? A stretch of function words only must be the article's exactly."""
    if not claimed.stems:
        return stated.words == claimed.words  # function words only: the article's, exactly
    if claimed.passive != stated.passive or stated.size > claimed.size + MAX_EXTRA:
        return False
    missing = sum(not any(same_stem(c, s) for s in stated.stems) for c in claimed.stems)
    return missing <= (len(claimed.stems) >= _PARAPHRASED)


def summary_pairs(
    text: str, start: int, end: int, common_words: set[str]
) -> Iterable[tuple[NameSpan, NameSpan, Stretch]]:
    """Each two neighbouring names of the summary sentence ``text[start:end]`` with their
    stretch, where the stretch is one clause of at most ``MAX_STRETCH`` words and the two
    names share no word."""
    for (a0, a1, aw), (b0, b1, bw) in neighbour_names(text, start, end, common_words):
        gap = text[a1:b0]
        if any(c in _BREAKS for c in gap) or set(aw) & set(bw):
            continue
        found = stretch(gap)
        if found is not None and found.size <= MAX_STRETCH:
            yield (a0, a1, aw), (b0, b1, bw), found


def mirrored(
    first: NameSpan,
    second: NameSpan,
    claimed: Stretch,
    stated: list[tuple[str, int, int]],
    common_words: set[str],
) -> Mirror | None:
    """The article's statement of the summary pair ``first`` ``claimed`` ``second`` the other
    way round, or None: none has it so, or one has it the summary's way. ``stated``: the
    article text and the spans of the sentences naming both."""
    ours, theirs = frozenset(first[2]), frozenset(second[2])
    found: tuple[int, int] | None = None
    for text, start, end in stated:
        names = sentence_names(text, start, end, common_words)
        for k, x in enumerate(names):
            for y in names[k + 1 :]:
                order = _order(frozenset(x[2]), frozenset(y[2]), ours, theirs)
                if order is None:
                    continue
                between = stretch(text[x[1] : y[0]])
                if between is None or not _holds(claimed, between):
                    continue
                if order:
                    return None  # the article has them the summary's way round
                found = found or (x[0], y[1])
    return None if found is None else Mirror(first[:2], second[:2], found)


def _order(
    x: frozenset[str], y: frozenset[str], ours: frozenset[str], theirs: frozenset[str]
) -> bool | None:
    """True when the article names ``x``, ``y`` are the summary's two names in its order,
    False in the other order, None when they are not these two names."""
    if names_only(x, ours, theirs) and names_only(y, theirs, ours):
        return True
    if names_only(x, theirs, ours) and names_only(y, ours, theirs):
        return False
    return None
