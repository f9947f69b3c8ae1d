"""Each body sentence's words read in one pass: content tokens, normalized words and stems,
the words capitalized mid-sentence, and every word as written with its offsets.

The article index is built from these readings; they are kept apart from it because they are
a reading of text (one scan per sentence replacing four), not a part of what the summary is
checked against, and the neighbours of any slot in the sentence come from them without a scan.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factkit.document import Sentence
from factkit.verification.neighbours import Neighbours, neighbours_of
from factkit.verification.text import (
    STOP_WORDS,
    WORD_RE,
    acronyms_of,
    norm_word,
    stem_of,
    word_list,
)


def text_words(text: str) -> tuple[set[str], set[str]]:
    """The normalized words of ``text`` and those it writes in lower case somewhere (one pass
    for both)."""
    words: set[str] = set()
    common: set[str] = set()
    for m in WORD_RE.finditer(text):
        raw = m.group()
        word = norm_word(raw)
        if word:
            words.add(word)
        if raw.islower():
            common.add(word)
    return words, common


@dataclass(frozen=True)
class SentenceWords:
    """One pass over a body sentence's words: its content tokens (``_content_tokens``), its
    normalized words (``word_list``), those capitalized mid-sentence, and every word match as
    written with its offsets (for :meth:`around`)."""

    tokens: list[tuple[str, int, int]]
    words: set[str]
    capitalized: set[str]
    written: list[str]
    stems: set[str]  # of every word, function words too
    starts: list[int]
    ends: list[int]

    def around(self, text: str, start: int, end: int, lo: int, hi: int) -> Neighbours:
        """``neighbours_of(text, start, end, lo, hi)`` for a slot of this sentence (``lo``, ``hi``
        its bounds) from the words already read: the words wholly before ``start`` and from
        ``end`` on are what ``neighbours_of``'s scans find, unless a word runs across ``start`` or
        ``end`` (then ``neighbours_of`` scans, cut there)."""
        before = bisect.bisect_right(self.ends, start)  # words ending at or before start
        after = bisect.bisect_left(self.starts, end)  # words starting at or after end
        straddles_start = before < len(self.starts) and self.starts[before] < start
        straddles_end = after > 0 and self.ends[after - 1] > end
        if straddles_start or straddles_end:
            return neighbours_of(text, start, end, lo, hi)
        left = self.written[max(0, before - 2) : before]
        right = self.written[after : after + 2]
        return Neighbours(tuple(map(norm_word, left)), tuple(map(norm_word, right)))


# what may stand between a sentence end and a capitalized word that still opens a sentence
_OPENERS = " \"“‘'("


def read_sentence(text: str, s: Sentence) -> SentenceWords:
    tokens: list[tuple[str, int, int]] = []
    words: set[str] = set()
    capitalized: set[str] = set()
    written: list[str] = []
    stems: set[str] = set()
    starts: list[int] = []
    ends: list[int] = []
    for m in WORD_RE.finditer(text, s.start, s.end):
        raw = m.group()
        a, b = m.span()
        written.append(raw)
        starts.append(a)
        ends.append(b)
        word = norm_word(raw)
        if word:
            words.add(word)
            stem = stem_of(word)
            stems.add(stem)
            if word not in STOP_WORDS:
                tokens.append((stem, a, b))
        if raw[:1].isupper():
            # mid-sentence: something other than an opening quote or bracket after a sentence
            # end precedes it (the first word and a word after ". " open a sentence)
            k = a
            while k > s.start and text[k - 1] in _OPENERS:
                k -= 1
            if k > s.start and text[k - 1] not in ".!?:":
                capitalized.add(word)
    if text[s.start : s.end] != s.text:  # a sentence whose text is not its span: read it
        words = set(word_list(s.text))
    return SentenceWords(tokens, words, capitalized, written, stems, starts, ends)


def read_body_sentences(
    text: str, body: list[Sentence]
) -> tuple[list[SentenceWords], list[set[str]], set[str], dict[str, list[int]]]:
    """Each body sentence read once: its words, its words with the acronyms it writes, the
    capitalised words of them all, and each stem's body positions."""
    capitalized: set[str] = set()
    body_words: list[set[str]] = []
    read_body: list[SentenceWords] = []
    positions: dict[str, list[int]] = {}
    for p, s in enumerate(body):
        read = read_sentence(text, s)
        read_body.append(read)
        body_words.append(read.words | acronyms_of(s.text))
        capitalized |= read.capitalized
        for st in {t[0] for t in read.tokens}:
            positions.setdefault(st, []).append(p)
    return read_body, body_words, capitalized, positions
