"""What a word next to a run-on gap is: its shape ("cap", "lower", "digit", ...) and the word
lists both the gap reader (:mod:`.runon_gaps`) and the model's features (:mod:`.runon_features`)
read (reporting verbs, sentence starters, possessive endings, the marks a word is stripped of).

They live apart so that the two readers share one definition of a word without importing each
other.
"""

from __future__ import annotations

import functools

from factkit.lang import entries, word_set

__all__ = [
    "AUX",
    "OPENING_QUOTES",
    "POSSESSIVE",
    "REPORTING",
    "STARTERS",
    "WORD_EDGE",
    "shape",
]

WORD_EDGE = "\"'“”‘’()[],;:!?."
REPORTING = word_set("reporting_verbs")
STARTERS = word_set("sentence_starters")
AUX = word_set("auxiliary_verbs")
POSSESSIVE = entries("possessive_endings")
OPENING_QUOTES = "\"'“‘"


@functools.lru_cache(maxsize=8192)  # the same words come back at every gap of a sentence
def shape(token: str) -> str:
    core = token.strip(WORD_EDGE)
    if not core:
        return "punct"
    if core[0].isdigit():
        return "digit"
    if core.isupper() and len(core) > 1:
        return "upper"
    return "cap" if core[0].isupper() else "lower"
