"""The article index: what every summary sentence is checked against (names and numbers
with the words around them, attributions, times, per-sentence words and stems).

:func:`build_index` derives it from the article's :class:`~factkit.annotate.Annotations`
(the annotate stage's quantities, attributions and body-sentence times); the verifier adds
only its own readings: bare digit runs, ordinals ("66th") and the years inside dates count as
numbers, and the capitalized name spans with their neighbouring words. It encodes nothing: the
verifier asks the annotations' embedding table for the rows a summary needs
(``prefilter.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

from factkit.annotations import Annotations
from factkit.document import Attribution, Quantity, Sentence, TimeAnchor
from factkit.verification.name_types import name_types
from factkit.verification.names import _name_spans
from factkit.verification.numbers import slot_numbers
from factkit.verification.text import (
    _MONTHS_DAYS,
    _ORDINAL_RE,
    _STOP,
    _WORD_RE,
    _YEAR_RE,
    _acronyms,
    _content_tokens,
    _local_context,
    _norm_word,
    _words,
)


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
    """The two words each side of ``text[start:end]`` within ``text[lo:hi]``."""
    left = [m.group() for m in _WORD_RE.finditer(text, lo, start)][-2:]
    right = [m.group() for m in islice(_WORD_RE.finditer(text, end, hi), 2)]
    return _Around(tuple(map(_norm_word, left)), tuple(map(_norm_word, right)))


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
    name_types: dict[str, str] = field(default_factory=dict)  # name word -> person/group

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


def build_index(annotations: Annotations, context_words: int) -> _Source:
    """The article index of ``annotations`` (``context_words``: content words each side that
    describe a number's or a name's slot, ``verify.number_context_words``)."""
    text = annotations.text
    body = list(annotations.annotated)
    common = {_norm_word(m.group()) for m in _WORD_RE.finditer(text) if m.group().islower()}
    capitalized: set[str] = set()
    for s in body:
        for m in _WORD_RE.finditer(text, s.start, s.end):
            gap = text[s.start : m.start()].rstrip(" \"“‘'(")
            if m.group()[:1].isupper() and gap and gap[-1] not in ".!?:":
                capitalized.add(_norm_word(m.group()))
    tokens = [_content_tokens(text, s.start, s.end) for s in body]
    positions: dict[str, list[int]] = {}
    for p, sentence_tokens in enumerate(tokens):
        for st in {t[0] for t in sentence_tokens}:
            positions.setdefault(st, []).append(p)
    n = max(1, len(body))
    times = list(annotations.times)
    src = _Source(
        text=text,
        body=body,
        numbers=[],
        names=[],
        attributions=list(annotations.attributions),
        attribution_pos=[],
        times=times,
        words=set(_words(text)),
        common_words=common,
        name_words=capitalized - common - _STOP - _MONTHS_DAYS,
        acronyms=_acronyms(text),
        body_words=[set(_words(s.text)) | _acronyms(s.text) for s in body],
        stem_positions={st: np.array(ps) for st, ps in positions.items()},
        idf={st: math.log(1 + n / len(ps)) for st, ps in positions.items()},
    )
    for p, s in enumerate(body):
        _index_sentence(src, annotations, s, p, tokens[p], context_words)
    src.attribution_pos = [src.body_position(a.cue_start) for a in src.attributions]
    src.name_types = name_types(
        text, [(n.start, n.words) for n in src.names], [a.speaker for a in src.attributions]
    )
    return src


def _index_sentence(
    src: _Source,
    annotations: Annotations,
    s: Sentence,
    p: int,
    tokens: list[tuple[str, int, int]],
    context_words: int,
) -> None:
    """Add body sentence ``s`` (position ``p``, content ``tokens``)'s numbers and names."""
    text = src.text
    in_sentence = [t for t in src.times if s.start <= t.start < s.end]
    found = slot_numbers(text, s.start, s.end, annotations.quantities_of(s), in_sentence)
    # "ranked 66th" gives the number of "World No 66"
    for m in _ORDINAL_RE.finditer(text, s.start, s.end):
        if not any(t.start < m.end() and m.start() < t.end for t in in_sentence):
            found.append(Quantity(m.group(1), m.start(1), m.end(1), float(m.group(1))))
    # years inside dates ("the middle of 2014") are the numbers of "mid-2014"
    for t in in_sentence:
        for m in _YEAR_RE.finditer(text, t.start, t.end):
            found.append(Quantity(m.group(), m.start(), m.end(), float(m.group())))
    for q in found:
        context = _local_context(tokens, q.start, q.end, q.unit, context_words)
        around = _around(text, q.start, q.end, s.start, s.end)
        src.numbers.append(_Number(q, p, context, around))
    for a, b, words in _name_spans(text, s.start, s.end, src.common_words):
        context = _local_context(tokens, a, b, None, context_words)
        around = _around(text, a, b, s.start, s.end)
        src.names.append(_Name(a, b, frozenset(words), p, context, around))
