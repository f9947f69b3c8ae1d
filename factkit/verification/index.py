"""The article index: what every summary sentence is checked against (names and numbers
with the words around them, attributions, times, per-sentence words and stems).

:func:`build_index` derives it from the article's :class:`~factkit.annotate.Annotations`
(the annotate stage's quantities, attributions and body-sentence times); the verifier adds
only its own readings: bare digit runs, ordinals ("66th") and the years inside dates count as
numbers, and the capitalized name spans with their neighbouring words. It encodes nothing: the
verifier asks the annotations' embedding table for the rows a summary needs
(``prefilter.py``).

What the index is built from lives beside it: each body sentence's words read once
(``sentence_words.py``), the words next to a slot (``neighbours.py``) and the words around a
name's list, chain or insertion (``name_chains.py``).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from factkit.annotations import Annotations
from factkit.document import Attribution, Quantity, Sentence, TimeAnchor
from factkit.verification.name_chains import outer_bounds
from factkit.verification.name_types import name_types
from factkit.verification.names import name_spans, past_clause_opener
from factkit.verification.neighbours import Neighbours
from factkit.verification.number_units import unit_key
from factkit.verification.numbers import slot_numbers
from factkit.verification.person_sexes import PersonSexes
from factkit.verification.relations import Relation
from factkit.verification.sentence_words import SentenceWords, read_body_sentences, text_words
from factkit.verification.text import (
    MONTHS_DAYS,
    ORDINAL_RE,
    STOP_WORDS,
    YEAR_RE,
    acronyms_of,
    context_of,
    slot_context_tokens,
)


@dataclass(frozen=True)
class IndexedNumber:
    """A number of the article or of a summary sentence, with the words around it."""

    quantity: Quantity
    pos: int | None  # body position (article side) or None
    context: frozenset[str]  # stems of the nearest content words on each side, and the unit
    around: Neighbours


@dataclass(frozen=True)
class IndexedName:
    """A capitalized name in an article body sentence, with the words around it. ``context``
    and ``outer`` also hold the words around the list or place chain the name is in and past
    an insertion after it ("for Real Madrid or Barcelona", "in Nevill Avenue, Hove",
    "Wiggins, in one of his last rides, was"): a summary that drops the list's other names or
    the insertion keeps the name in that slot."""

    start: int
    end: int
    words: frozenset[str]
    pos: int
    context: frozenset[str]
    around: Neighbours
    outer: Neighbours | None = None

    def fit(self, other: Neighbours) -> int:
        """How well ``other`` (a summary name's neighbours) fits this mention (``Neighbours.fit``),
        next to the name itself or around its list and insertion."""
        own = other.fit(self.around)
        return own if self.outer is None else max(own, other.fit(self.outer))


@dataclass
class ArticleIndex:
    """Everything about one article that every summary sentence is checked against."""

    text: str
    body: list[Sentence]
    numbers: list[IndexedNumber]
    names: list[IndexedName]
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
    # (start, end, words) of each name, the form the slot-type readers take
    name_mentions: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
    # the sexes the annotate stage learned of the article's people, by name word
    person_sexes: PersonSexes = field(default_factory=PersonSexes)
    # the runs of photo captions the annotate stage found glued before a quotation (offsets,
    # text order): no pronoun's antecedent, there as in annotate
    caption_leads: tuple[tuple[int, int], ...] = ()
    # first five letters of the words of five or more of each body sentence (``mentions_of``)
    body_prefixes: list[set[str]] = field(default_factory=list)
    # the stems of every word of each body sentence, function words too (``name_slots.py``)
    body_stems: list[set[str]] = field(default_factory=list)
    # the words of the names, and the name words, by their first three letters: the only
    # article words a summary word may share five letters with or be a clipped form of
    name_heads: dict[str, list[str]] = field(default_factory=dict)
    name_word_heads: dict[str, list[str]] = field(default_factory=dict)
    # what the checks read again for every summary name and sentence, kept with the article
    # (so a batch run holds it no longer than the article): a summary name's words -> the
    # article name words that give them, a name word -> the body positions naming it or a
    # clipped form of it (``checks/name_forms.py``); a body position -> its name-verb-name
    # relations (``checks/relations.py``)
    given_memo: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    clipped_memo: dict[str, list[int]] = field(default_factory=dict)
    relation_memo: dict[int, list[Relation]] = field(default_factory=dict)
    # the body sentences' starts when they come in text order without overlapping (the
    # splitter's), for ``body_position``'s bisection; None: it scans them
    body_starts: list[int] | None = None
    # the numbers by value, read once on the first ``numbers_valued`` (after ``build_index``)
    value_memo: dict[float, list[IndexedNumber]] | None = None

    def numbers_valued(self, value: float) -> list[IndexedNumber]:
        """The article's numbers of ``value``, in text order: every number rule asks this of
        each summary figure, so the article's numbers are grouped once."""
        if self.value_memo is None:
            self.value_memo = {}
            for n in self.numbers:
                self.value_memo.setdefault(n.quantity.value, []).append(n)
        return self.value_memo.get(value, [])

    def numbers_of(self, value: float, unit: str) -> list[IndexedNumber]:
        """The article's numbers of ``value`` whose unit has the key ``unit`` (``unit_key``:
        "metre" for "metres", "" for none), in text order: a summary figure's own kind."""
        return [n for n in self.numbers_valued(value) if unit_key(n.quantity.unit) == unit]

    def mentions_of(self, word: str) -> list[int]:
        """Body positions naming ``word`` (or, for five letters or more, a word sharing its
        first five: a demonym or inflection)."""
        got = self.mention_memo.get(word)
        if got is None:
            head = word[:5] if len(word) >= 5 else None
            pairs = zip(self.body_words, self.body_prefixes, strict=True)
            got = [p for p, (words, heads) in enumerate(pairs) if word in words or head in heads]
            self.mention_memo[word] = got
        return got

    def body_position(self, offset: int) -> int | None:
        """The position of the body sentence holding ``offset`` (the first, if several do)."""
        if self.body_starts is not None:
            i = bisect.bisect_right(self.body_starts, offset) - 1
            return i if i >= 0 and offset < self.body[i].end else None
        for i, s in enumerate(self.body):
            if s.start <= offset < s.end:
                return i
        return None


def spread_positions(positions: np.ndarray, size: int) -> np.ndarray:
    """0/1 mask of the windows (centre p: sentences p-1..p+1) holding one of ``positions``."""
    mask = np.zeros(size, np.float32)
    if size == 0 or not len(positions):
        return mask
    mask[positions] = 1.0
    out = mask.copy()
    out[1:] = np.maximum(out[1:], mask[:-1])
    out[:-1] = np.maximum(out[:-1], mask[1:])
    return out


def build_index(annotations: Annotations, context_words: int) -> ArticleIndex:
    """The article index of ``annotations`` (``context_words``: content words each side that
    describe a number's or a name's slot, ``verify.number_context_words``)."""
    text = annotations.text
    body = list(annotations.annotated)
    words, common = text_words(text)
    read_body, body_words, capitalized, positions = read_body_sentences(text, body)
    n = max(1, len(body))
    times = list(annotations.times)
    src = ArticleIndex(
        text=text,
        body=body,
        numbers=[],
        names=[],
        attributions=list(annotations.attributions),
        attribution_pos=[],
        times=times,
        words=words,
        common_words=common,
        name_words=capitalized - common - STOP_WORDS - MONTHS_DAYS,
        acronyms=acronyms_of(text),
        body_words=body_words,
        stem_positions={st: np.array(ps) for st, ps in positions.items()},
        idf={st: math.log(1 + n / len(ps)) for st, ps in positions.items()},
        body_prefixes=[{w[:5] for w in ws if len(w) >= 5} for ws in body_words],
        body_stems=[read.stems for read in read_body],
        person_sexes=PersonSexes.of(annotations.person_sexes),
        caption_leads=annotations.caption_leads,
    )
    if all(a.start <= a.end <= b.start for a, b in pairwise(body)):
        src.body_starts = [s.start for s in body]
    sentence_times = _times_in_sentences(body, times)
    for p, s in enumerate(body):
        _index_sentence(src, annotations, s, p, read_body[p], context_words, sentence_times[p])
    src.attribution_pos = [src.body_position(a.cue_start) for a in src.attributions]
    src.name_mentions = [(n.start, n.end, n.words) for n in src.names]
    src.name_heads = _by_head({w for name in src.names for w in name.words})
    src.name_word_heads = _by_head(src.name_words)
    src.name_types = name_types(
        text, [(n.start, n.words) for n in src.names], [a.speaker for a in src.attributions]
    )
    return src


def _times_in_sentences(body: list[Sentence], times: list[TimeAnchor]) -> list[list[TimeAnchor]]:
    """Each body sentence's times (those starting inside it), in the order of ``times``: one
    sort and a bisection per sentence, where a scan of every time per sentence grew with the
    square of the article's length."""
    order = sorted(range(len(times)), key=lambda i: times[i].start)
    starts = [times[i].start for i in order]
    found: list[list[TimeAnchor]] = []
    for s in body:
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        found.append([times[i] for i in sorted(order[lo:hi])])
    return found


def _by_head(words: set[str]) -> dict[str, list[str]]:
    """``words`` by their first three letters."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:3], []).append(w)
    return out


def _index_sentence(
    src: ArticleIndex,
    annotations: Annotations,
    s: Sentence,
    p: int,
    read: SentenceWords,
    context_words: int,
    in_sentence: list[TimeAnchor],
) -> None:
    """Add body sentence ``s`` (position ``p``, its words ``read``, the times starting in it
    ``in_sentence``)'s numbers and names."""
    text = src.text
    found = slot_numbers(text, s.start, s.end, annotations.quantities_of(s), in_sentence)
    # "ranked 66th" gives the number of "World No 66"
    for m in ORDINAL_RE.finditer(text, s.start, s.end):
        if not any(t.start < m.end() and m.start() < t.end for t in in_sentence):
            found.append(Quantity(m.group(1), m.start(1), m.end(1), float(m.group(1))))
    # years inside dates ("the middle of 2014") are the numbers of "mid-2014"
    for t in in_sentence:
        for m in YEAR_RE.finditer(text, t.start, t.end):
            found.append(Quantity(m.group(), m.start(), m.end(), float(m.group())))
    context_tokens = slot_context_tokens(read.tokens)
    for q in found:
        context = context_of(context_tokens, q.start, q.end, q.unit, context_words)
        around = read.around(text, q.start, q.end, s.start, s.end)
        src.numbers.append(IndexedNumber(q, p, context, around))
    written = list(zip(read.starts, read.ends, read.written, strict=True))
    spans = [
        past_clause_opener(text, sp)
        for sp in name_spans(text, s.start, s.end, src.common_words, written)
    ]
    for (a, b, words), bounds in zip(spans, outer_bounds(text, spans, s.end), strict=True):
        context = context_of(context_tokens, a, b, None, context_words)
        around = read.around(text, a, b, s.start, s.end)
        outer = None
        if bounds is not None:
            context |= context_of(context_tokens, *bounds, None, context_words)
            outer = read.around(text, *bounds, s.start, s.end)
        src.names.append(IndexedName(a, b, frozenset(words), p, context, around, outer))
