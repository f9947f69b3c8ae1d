"""The structural features of a sentence, as the check-worthiness model reads them.

Its own room because these features are the contract between the annotate stage and the
model: counts of quantities and whether an attribution touches the sentence (handed over by
claim assembly in an article, found by annotating the sentence alone otherwise), plus surface
cues (years, money, comparatives, first-person and opinion words) read from word lists in
``factkit/lang/en/``. The weights file records :data:`FEATURE_NAMES` and
:data:`STRUCTURAL_SOURCE`, so weights trained on other features refuse to load.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from factkit.lang import word_set

FEATURE_NAMES: tuple[str, ...] = (
    "has_quantity",
    "log_quantities",
    "has_attribution",
    "log_numbers",
    "has_year",
    "money_or_percent",
    "capitalized_ratio",
    "log_words",
    "comparative",
    "temporal_cue",
    "first_person_singular",
    "first_person_plural",
    "second_person",
    "opinion_marker",
    "modal_or_future",
    "negation",
    "question",
    "exclamation",
)

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*\d|\d")
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_MONEY_PERCENT = re.compile(
    r"[$£€%]|\b(?:percent|per cent|dollars?|cents?|million|billion|trillion)\b", re.I
)


_NUMBER_WORDS = word_set("number_words")
_COMPARATIVE = word_set("comparatives")
_TEMPORAL = word_set("temporal_cues")
_FIRST_SINGULAR = word_set("pronouns_first_singular")
_FIRST_PLURAL = word_set("pronouns_first_plural")
_SECOND = word_set("pronouns_second")
_OPINION = word_set("opinion_markers")
_MODAL = word_set("modals")
_NEGATION = word_set("negations")


class SentenceStructure(NamedTuple):
    """What the annotate stage found in one sentence, as the structural features read it."""

    quantities: int  # how many quantities
    attributed: bool  # whether an attribution's cue or content touches the sentence


def isolated_structure(sentence: str) -> SentenceStructure:
    """The structure of a sentence scored on its own (``factkit.checkworthiness``, training,
    evaluation): the sentence is annotated alone, as one body sentence, by the same annotate
    stage the pipeline runs. In an article, the pipeline hands over the structure it found
    there instead, which can differ: an attribution whose quote spans several sentences touches
    each of them."""
    from factkit.annotate import annotate_sentence
    from factkit.annotations import AnnotationLayers

    notes = annotate_sentence(sentence, AnnotationLayers(times=False))
    (body,) = notes.annotated
    return SentenceStructure(len(notes.quantities_of(body)), bool(notes.attributions))


# Recorded in the weights file: a model trained with one source must not be run with the other.
# "factkit.claims" names the annotate finders (they lived in factkit.claims when the shipped
# model was trained; the name stays so its weights still load).
STRUCTURAL_SOURCE = "factkit.claims"


def structural_features(sentence: str, structure: SentenceStructure | None = None) -> np.ndarray:
    """The :data:`FEATURE_NAMES` vector (float32) of one sentence; ``structure`` is what the
    annotate stage found in it (None: annotate the sentence alone, :func:`isolated_structure`)."""
    tokens = _TOKEN.findall(sentence)
    words = [t.lower().replace("’", "'") for t in tokens if not t[0].isdigit()]
    word_set = set(words)
    n_numbers = sum(1 for t in tokens if _NUMBER.match(t)) + sum(w in _NUMBER_WORDS for w in words)
    later_words = [t for t in tokens[1:] if t[0].isalpha() and t not in ("I", "I'm", "I've")]
    capitalized = sum(1 for t in later_words if t[0].isupper())
    n_quantities, attributed = isolated_structure(sentence) if structure is None else structure
    stripped = sentence.rstrip(" \"'”’)")
    values = (
        float(n_quantities > 0),
        math.log1p(n_quantities),
        float(attributed),
        math.log1p(n_numbers),
        float(_YEAR.search(sentence) is not None),
        float(_MONEY_PERCENT.search(sentence) is not None),
        capitalized / len(later_words) if later_words else 0.0,
        math.log1p(len(tokens)),
        float(bool(word_set & _COMPARATIVE)),
        float(bool(word_set & _TEMPORAL)),
        float(bool(word_set & _FIRST_SINGULAR)),
        float(bool(word_set & _FIRST_PLURAL)),
        float(bool(word_set & _SECOND)),
        float(bool(word_set & _OPINION)),
        float(bool(word_set & _MODAL)),
        float(bool(word_set & _NEGATION) or "n't" in sentence),
        float(stripped.endswith("?")),
        float(stripped.endswith("!")),
    )
    return np.asarray(values, dtype=np.float32)


def structural_matrix(
    sentences: Sequence[str], structure: Sequence[SentenceStructure] | None = None
) -> np.ndarray:
    """Structural features of many sentences, one row each (``structure``: one per sentence,
    as :func:`structural_features` takes it)."""
    if structure is not None and len(structure) != len(sentences):
        raise ValueError(f"{len(structure)} structures for {len(sentences)} sentences")
    out = np.zeros((len(sentences), len(FEATURE_NAMES)), dtype=np.float32)
    for i, sentence in enumerate(sentences):
        out[i] = structural_features(sentence, structure[i] if structure is not None else None)
    return out
