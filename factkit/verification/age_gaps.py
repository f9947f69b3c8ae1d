"""A gap between two people's ages given the value of somebody's age, or an age given the value
of a gap.

"Roldan recalls meeting 17-years-older Castro" where the article's only 17 is "17-year-old
Amanda Berry" (Castro is "16-years-older"): the years of a gap ("17 years older", "ten years
her junior": ``lang/en/age_gap_words.txt`` after the years) are no one's age, so an article
that gives the value only as ages (:func:`number_ages.article_ages`) gives no such gap; and the
reverse, an age whose value the article gives only as a gap."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factkit.document import Quantity
from factkit.lang import alternation, word_set
from factkit.verification.number_ages import article_ages, find_ages

# the digits of "17 years older", "16-years-older", "10 years her junior"
_GAP_RE = re.compile(
    r"(?<![\d.,])(\d{1,3})[- ]years?[- ](?:(?:his|her|their)\s)?"
    rf"(?:{alternation(word_set('age_gap_words'))})\b",
    re.IGNORECASE,
)


def gap_starts(text: str, start: int = 0, end: int | None = None) -> frozenset[int]:
    """Where the digits of each age gap in ``text[start:end]`` start."""
    stop = len(text) if end is None else end
    return frozenset(m.start(1) for m in _GAP_RE.finditer(text, start, stop))


@lru_cache(maxsize=16)
def _article_gaps(text: str) -> frozenset[int]:
    return gap_starts(text)


def gap_for_age(
    summary: tuple[str, int, int], q: Quantity, article_text: str, same_value: Sequence[Quantity]
) -> bool:
    """Does the summary (its text and the sentence's bounds) write ``q`` as an age gap where
    every article number of its value (``same_value``) is an age, or as an age where every one
    is a gap? Either way the figure is another one's."""
    text, start, end = summary
    if not same_value:
        return False
    found = {n.start for n in same_value}
    if q.start in gap_starts(text, start, end):
        return found <= set(article_ages(article_text).get(q.value, ()))
    summary_ages = {age.start for age in find_ages(text, start, end)}
    return q.start in summary_ages and found <= _article_gaps(article_text)
