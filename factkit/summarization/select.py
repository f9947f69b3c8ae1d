"""Summary length and sentence picking shared by the extractive and seq2seq summarizers.

A summary length is either a number of sentences or a word budget. Explicit arguments of
``summarize()`` override the config; within one source a ratio beats words beats sentences
(the order the config documents).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factkit.config import SummarizerConfig
from factkit.document import Sentence

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")

DEFAULT_SENTENCES = 3


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def body_sentences(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Only body sentences may enter a summary (never datelines, captions, credits, embeds)."""
    return [s for s in sentences if s.kind == "body"]


@dataclass(frozen=True, slots=True)
class Wait:
    """Sentences that should wait for others to be picked first: ``ready(i, picked)`` tells
    whether candidate ``i`` may join ``picked``. One not ready gives way to the best ready one
    scoring at most ``margin`` less (an equally good sentence), or ``antecedent_margin`` less
    when that one would make it ready (it names the person the waiting one's pronoun stands
    for); else it is taken anyway."""

    ready: Callable[[int, Sequence[int]], bool]
    margin: float
    antecedent_margin: float

    def choose(self, fit: Sequence[int], relevance: Sequence[float], picked: Sequence[int]) -> int:
        """The candidate to pick next from ``fit`` (admissible ones, best first)."""
        best = fit[0]
        if self.ready(best, picked):
            return best
        other = next((i for i in fit if self.ready(i, picked)), None)
        if other is None:
            return best
        margin = self.antecedent_margin if self.ready(best, [other]) else self.margin
        return other if relevance[best] - relevance[other] <= max(margin, self.margin) else best


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary should be: ``sentences`` sentences, or about ``words`` words."""

    sentences: int | None = None
    words: int | None = None

    def full(self, n_picked: int, words_picked: int) -> bool:
        """True when a summary of ``n_picked`` sentences / ``words_picked`` words is long enough."""
        if self.words is not None:
            return words_picked >= self.words
        return n_picked >= (self.sentences or DEFAULT_SENTENCES)

    def fits(self, n_picked: int, words_picked: int, next_words: int) -> bool:
        """Whether one more sentence of ``next_words`` words may still be added.

        With a word budget, a sentence that overshoots is taken only when the summary would
        otherwise end nearer to the budget short than long (so one long sentence never doubles it).
        """
        if self.full(n_picked, words_picked):
            return False
        if self.words is None or n_picked == 0:
            return True
        over = words_picked + next_words - self.words
        return over <= self.words - words_picked


def resolve_length(
    config: SummarizerConfig,
    n_body: int,
    *,
    n_sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
) -> Length:
    """The requested length: explicit arguments first, then the config."""
    for source_ratio, source_words, source_sentences in (
        (ratio, words, n_sentences),
        (config.ratio, config.words, config.sentences),
    ):
        if source_ratio is not None:
            if not 0 < source_ratio <= 1:
                raise ValueError(f"ratio must be in (0, 1], got {source_ratio}")
            return Length(sentences=max(1, math.ceil(source_ratio * n_body - 1e-9)))
        if source_words is not None:
            if source_words < 1:
                raise ValueError(f"words must be >= 1, got {source_words}")
            return Length(words=source_words)
        if source_sentences is not None:
            if source_sentences < 1:
                raise ValueError(f"n_sentences must be >= 1, got {source_sentences}")
            return Length(sentences=source_sentences)
    return Length(sentences=DEFAULT_SENTENCES)


def pick_mmr(
    relevance: Sequence[float],
    similarity: Callable[[int, int], float],
    word_counts: Sequence[int],
    length: Length,
    mmr_lambda: float,
) -> list[int]:
    """Greedy maximal marginal relevance: ``λ·relevance − (1−λ)·max similarity to picked``.

    Returns the picked candidate positions in pick order. Candidates that would overshoot a word
    budget are skipped, so a shorter one further down can still fill it.
    """
    picked: list[int] = []
    words_picked = 0
    left = set(range(len(relevance)))
    while left and not length.full(len(picked), words_picked):
        best, best_score = -1, -math.inf
        for i in left:
            if not length.fits(len(picked), words_picked, word_counts[i]):
                continue
            redundancy = max((similarity(i, j) for j in picked), default=0.0)
            score = mmr_lambda * relevance[i] - (1.0 - mmr_lambda) * redundancy
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        picked.append(best)
        words_picked += word_counts[best]
        left.discard(best)
    return picked


_TRIGRAM_WORD = re.compile(r"[a-z0-9]+")


def trigrams(text: str) -> frozenset[tuple[str, ...]]:
    """Lower-cased word trigrams of ``text`` (for trigram blocking)."""
    words = _TRIGRAM_WORD.findall(text.lower())
    return frozenset(tuple(words[i : i + 3]) for i in range(len(words) - 2))


def pick_trigram_blocked(
    relevance: Sequence[float],
    texts: Sequence[str],
    word_counts: Sequence[int],
    length: Length,
    same_meaning: Callable[[int, int], bool] | None = None,
    max_chars: int | None = None,
    wait: Wait | None = None,
) -> list[int]:
    """Greedy by relevance, skipping a sentence that repeats a word trigram of a picked one.

    Blocked sentences are a last resort (taken best first when nothing else fits); a sentence
    that says the same as a picked one (``same_meaning``) is never taken. A sentence not
    ``wait.ready`` next to the picked ones (its pronoun's person unnamed, antecedents.py) gives
    way to a ready one scoring at most ``wait.margin`` less. Candidates that would overshoot a
    word budget, or make the summary longer than ``max_chars`` characters, are skipped (except
    the first pick, which the caller cuts to fit). Returns candidate positions in pick order.
    """
    grams = [trigrams(t) for t in texts]
    order = sorted(range(len(relevance)), key=lambda i: -relevance[i])
    picked: list[int] = []
    words_picked = 0
    chars_picked = -1  # the joining space before the first sentence does not count
    seen: set[tuple[str, ...]] = set()

    def admissible(i: int, allow_repeats: bool) -> bool:
        if i in picked or not length.fits(len(picked), words_picked, word_counts[i]):
            return False
        if max_chars is not None and picked and chars_picked + 1 + len(texts[i]) > max_chars:
            return False  # the best sentence is taken even when too long: the caller cuts it
        if not allow_repeats and grams[i] & seen:
            return False
        return same_meaning is None or not any(same_meaning(i, j) for j in picked)

    for allow_repeats in (False, True):
        while not length.full(len(picked), words_picked):
            fit = [i for i in order if admissible(i, allow_repeats)]
            if not fit:
                break
            i = fit[0] if wait is None else wait.choose(fit, relevance, picked)
            picked.append(i)
            words_picked += word_counts[i]
            chars_picked += 1 + len(texts[i])
            seen |= grams[i]
    return picked


_CLAUSE_END = re.compile(r"\s*(?:[,;:]|\s[-–—]{1,2})\s")
_TRAILING = " ,;:-–—(\"'“‘"
_DANGLING = re.compile(r"[a-z]{1,2}|(?i:the|and|that|with|for|from|than|into|who|which)")


def trim_end(text: str, max_words: int | None = None, max_chars: int | None = None) -> int:
    """Where to cut ``text`` so it keeps at most ``max_words`` words and ``max_chars`` characters:
    at the last clause boundary (comma, semicolon, colon, dash) that keeps at least half of the
    budget, else at the last word boundary. Returns the end offset (``len(text)`` when it fits).
    """
    limit = len(text) if max_chars is None else max(0, max_chars)
    if max_words is not None:
        words = list(_WORD.finditer(text))
        if len(words) > max_words:
            limit = min(limit, words[max(0, max_words - 1)].end() if max_words else 0)
    if limit >= len(text):
        return len(text)
    cut = limit
    while cut > 0 and text[cut - 1].isalnum() and text[cut].isalnum():
        cut -= 1  # never inside a word
    clauses = [m.start() for m in _CLAUSE_END.finditer(text, 0, limit + 1) if m.start() <= limit]
    if clauses and clauses[-1] >= cut / 2:
        cut = clauses[-1]
    for _ in range(3):  # never end on a dangling "of", "the", "in", ...
        while cut > 0 and text[cut - 1] in _TRAILING:
            cut -= 1
        last = text[:cut].rsplit(None, 1)
        if len(last) < 2 or not _DANGLING.fullmatch(last[1]):
            break
        cut -= len(last[1])
    return cut if cut > 0 else limit


def spend(
    words_left: int | None, chars_left: int | None, piece: str
) -> tuple[int | None, int | None]:
    """The words and characters left of a length budget (None: no limit) once ``piece`` is
    kept; a character more goes to the space that joins it to the next piece."""
    return (
        None if words_left is None else words_left - count_words(piece),
        None if chars_left is None else chars_left - (len(piece) + 1),
    )
