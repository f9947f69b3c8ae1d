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

from factkit.document import Sentence
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
        at = start
        while at and text[at - 1] in " \t\f\v":
            at -= 1
        out.append(not at or text[at - 1] in "\n\r")  # "\r": old Mac line ends
    return out


def body_paragraph_starts(text: str, segments: Sequence[Sentence]) -> list[bool]:
    """For each body sentence among ``segments`` (the article's segments in text order, every
    kind): whether it opens a paragraph of body text, i.e. a line break (or the start of the
    text) comes before it with only spaces and non-body segments between. A caption, credit or
    furniture line that the split cut off in front of the lede on the lede's own line is not
    part of the paragraph, so the lede still opens it (Daily Mail captions run into the text)."""
    at_line_start = paragraph_starts(text, [s.start for s in segments])
    out = []
    only_non_body = False  # since the last line break, only non-body segments
    for segment, line_start in zip(segments, at_line_start, strict=True):
        only_non_body = only_non_body or line_start
        if segment.is_body:
            out.append(only_non_body)
            only_non_body = False
        elif any(end in text[segment.start : segment.end] for end in "\n\r"):
            only_non_body = True  # a caption running over lines: the break inside it counts
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
