"""Sentence shape and paragraph structure: ranker features the meaning and wording ones lack.

A question, a first-person sentence or one that opens with a quotation is seldom how an editor
states the story's facts; the first sentence of a paragraph tends to open a new point, later ones
develop it. How much each counts is learned with the ranker (scripts/train_summary_ranker.py);
here the features are only measured.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from factkit.lang import word_set

SHAPE_FEATURES = (
    "question", "first_person", "opens_with_quote", "paragraph_start", "paragraph_position",
)  # fmt: skip

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_OPENING_QUOTES = ('"', "\u201c")
_CLOSING_QUOTES = ('"', "\u201d")
_PARAGRAPH_DEPTH = 3  # the fourth and later sentences of a paragraph all count as "deep"


def _first_person_words() -> frozenset[str]:
    return word_set("pronouns_first_singular") | word_set("pronouns_first_plural")


def is_first_person(text: str) -> bool:
    """Whether the sentence speaks in the first person ("I", "we", "our", ...); an all-capitals
    word such as "US" is an abbreviation, not "us"."""
    words = _first_person_words()
    for token in _TOKEN.findall(text):
        if token == "I" or (token.lower().replace("’", "'") in words and not token.isupper()):
            return True
    return False


def paragraph_starts(text: str, starts: Sequence[int]) -> list[bool]:
    """For each sentence start offset into ``text``: whether a line break (or the start of the
    text) comes before it with only spaces between, i.e. the sentence opens a paragraph."""
    out = []
    for start in starts:
        before = text[:start].rstrip(" \t\f\v")
        out.append(not before or before.endswith(("\n", "\r")))  # "\r": old Mac line ends
    return out


def shape_features(texts: Sequence[str], opens_paragraph: Sequence[bool] | None) -> np.ndarray:
    """(sentences x SHAPE_FEATURES); ``opens_paragraph`` None: every sentence its own paragraph
    (text without line breaks gives no paragraph evidence either way)."""
    n = len(texts)
    starts = [True] * n if opens_paragraph is None else list(opens_paragraph)
    depth = np.zeros(n)
    run = 0
    for i, opens in enumerate(starts):
        run = 0 if opens or i == 0 else run + 1
        depth[i] = min(run, _PARAGRAPH_DEPTH) / _PARAGRAPH_DEPTH
    rows = np.zeros((n, len(SHAPE_FEATURES)))
    for i, text in enumerate(texts):
        stripped = text.strip()
        rows[i, :4] = (
            stripped.rstrip("\"'\u201d\u2019").endswith("?"),
            is_first_person(stripped),
            # a quotation opens the sentence and closes in it: someone's words, not the story's
            stripped.startswith(_OPENING_QUOTES)
            and any(c in stripped[1:] for c in _CLOSING_QUOTES),
            starts[i],
        )
    rows[:, 4] = depth
    return rows
