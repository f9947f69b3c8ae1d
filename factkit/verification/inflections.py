"""A word's inflected forms, by stem (``text.stem_of``), for matching a predicate whatever its
tense. ``stem_of`` keeps the first six letters, so "scored", "scores" and "scoring" give three
stems ("scored", "score", "scorin") and "grabbed", "grabs" two ("grabbe", "grab"): a summary
saying "Adam scored a penalty" would not find the article's "Remy scores a penalty".
:func:`stem_forms` gives the stems of every form built from the word's bases (the word with an
ending of ``verb_endings`` taken off, a doubled consonant or a dropped "e" put right) and those
endings, so either side's form matches."""

from __future__ import annotations

from functools import lru_cache

from factkit.lang import entries
from factkit.verification.text import norm_word, stem_of

# the shortest base a form is built on: "red" is no form of "r", nor "need" of "ne"
_MIN_BASE = 3


def _bases(word: str) -> set[str]:
    """The word itself and what is left with an ending taken off ("scored": "score", "scor";
    "grabbed": "grabb", "grab"; "making": "mak", "make")."""
    bases = {word}
    for ending in entries("verb_endings"):
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if ending in ("ed", "ing"):
            bases.add(base + "e")  # "making" -> "make", "using" -> "use"
            if len(base) > _MIN_BASE and base[-1] == base[-2]:
                bases.add(base[:-1])  # "grabbed" -> "grab"
        bases.add(base)
    return {b for b in bases if len(b) >= _MIN_BASE}


def _forms(base: str) -> set[str]:
    """The base with each ending, its last consonant doubled before "-ed"/"-ing" ("grabbed")
    and a final "e" dropped before them ("making")."""
    forms = {base, *(base + ending for ending in entries("verb_endings"))}
    forms.update(base + base[-1] + ending for ending in ("ed", "ing"))
    if base.endswith("e"):
        forms.update(base[:-1] + ending for ending in ("ed", "ing"))
    return forms


@lru_cache(maxsize=1 << 14)
def stem_forms(word: str) -> frozenset[str]:
    """The stems of ``word``'s inflected forms, its own stem among them."""
    word = norm_word(word)
    out = {stem_of(word)}
    if not word.isalpha():
        return frozenset(out)
    for base in _bases(word):
        out.update(stem_of(form) for form in _forms(base))
    return frozenset(out)
