"""Generated text: the model's output cut into sentences, whether the summaries are still too
long for the requested length, and the sentences kept within it.

Kept apart from the summarizer: these read plain strings (no model, no torch), so the length
rules of generated summaries can be read and tested without one.
"""

from __future__ import annotations

import re

from factkit.summarization.select import Length, count_words, spend, trim_end

# Sentence ends in generated text: punctuation (and closing quotes) then space and a capital,
# digit or quote. Generated text has no datelines or abbreviations lists to worry about.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(A-Z0-9])")


def split_generated(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text.strip())]
    return [p for p in parts if p]


def too_long(summaries: list[str], length: Length) -> bool:
    pieces = [p for s in summaries for p in split_generated(s)]
    if length.words is not None:
        return sum(count_words(p) for p in pieces) > length.words
    return len(pieces) > (length.sentences or 1)


def trim_generated(pieces: list[str], length: Length, max_chars: int | None = None) -> list[str]:
    """Keep generated sentences up to the requested length (the model may write more); a word
    budget or ``max_chars`` is kept within the last sentence too (cut at a clause or word)."""
    kept: list[str] = []
    n_words = 0
    for p in pieces:
        if not length.fits(len(kept), n_words, count_words(p)):
            break
        kept.append(p)
        n_words += count_words(p)
    kept = kept or pieces[:1]
    if length.words is None and max_chars is None:
        return kept
    out: list[str] = []
    words_left, chars_left = length.words, max_chars
    for p in kept:
        piece = p[: trim_end(p, words_left, chars_left)]
        if not piece or (out and len(piece) < min(20, len(p))):
            break
        out.append(piece)
        words_left, chars_left = spend(words_left, chars_left, piece)
        if len(piece) < len(p):
            break
    return out or kept[:1]
