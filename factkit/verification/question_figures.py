"""A summary figure whose value the article writes only as a question of its own ("If judges
believe £85 is not an extravagant amount then what is? £100? £200?").

A figure put to the reader as a guess says nothing happened or was charged, so it supports no
figure a summary states ("the £100 charge against him" where the charge is "the £85 fine"); the
slot check took the article's only £100 as its support. A figure is a question of its own where
it stands alone between the end of the sentence before it and a question mark. The summary
figure is a certain ``number_mismatch`` where every article figure of its value and unit is
such a question and the article gives its unit another value outside one; a summary sentence
that is a question itself is not judged."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import figure_label, number_mismatch
from factkit.verification.number_units import unit_key

# what may stand between a question figure and the sentence end before it: a quote, a space
_OPENED_RE = re.compile(r"(?:^|[.?!])[\s'\"‘“]*$")
_ASKED_RE = re.compile(r"\s?\?")
_REACH = 4  # characters before a figure read for the sentence end


def asked_alone(text: str, q: Quantity) -> bool:
    """Does ``q`` stand alone as a question in ``text`` ("what is? £100? £200?")?"""
    opened = _OPENED_RE.search(text, max(0, q.start - _REACH), q.start) is not None
    return opened and _ASKED_RE.match(text, q.end) is not None


def question_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a sentence's ``quantities`` (in ``summary``:
    its text and sentence) whose value the article writes only as a question of its own,
    by the start of the figure."""
    text, part = summary
    if text[part.start : part.end].rstrip(" '\"’”").endswith("?"):
        return {}  # a question of the summary's own states nothing either
    out = {}
    for q in quantities:
        if not q.unit or not (part.start <= q.start < part.end):
            continue
        unit = unit_key(q.unit)
        ours = [n.quantity for n in src.numbers if unit_key(n.quantity.unit) == unit]
        same = [a for a in ours if a.value == q.value]
        rival = next((a for a in ours if a.value != q.value and not asked_alone(src.text, a)), None)
        if not same or rival is None or not all(asked_alone(src.text, a) for a in same):
            continue
        detail = f"the article gives {figure_label(q)!r} only as a question ('{same[0].text}?')"
        out[q.start] = number_mismatch(q, same[0], detail)
    return out
