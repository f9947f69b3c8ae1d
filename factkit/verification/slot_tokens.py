"""A sentence's words as the slot readers (``name_slots``, ``name_subjects``) read them: each
word's stem, its offsets, and whether it is a content word."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from factkit.verification.text import STOP_WORDS, WORD_RE, norm_word, stem_of

__all__ = ["SlotToken", "slot_tokens"]


# a named tuple: built in one step, where a frozen dataclass sets each field through
# object.__setattr__ (tens of thousands are built per article set)
class SlotToken(NamedTuple):
    stem: str
    start: int
    end: int
    content: bool


@lru_cache(maxsize=4096)  # every name of every summary sentence reads the article's sentences
def slot_tokens(text: str, start: int, end: int) -> tuple[SlotToken, ...]:
    """The words of ``text[start:end]``, in order."""
    out = []
    for m in WORD_RE.finditer(text, start, end):
        word = norm_word(m.group())
        if word:
            out.append(SlotToken(stem_of(word), *m.span(), word not in STOP_WORDS))
    return tuple(out)
