"""A one-off sum given as a rate per period: "the £200,000 charge" where the article's only
£200,000 is what judges "earn ... a year" (the charge is "£85").

An article sum is a rate where a rate marker and a period (``lang/en/rate_markers.txt``,
``period_words.txt``: "a year", "per hour") or a period's adverb (``period_adverbs.txt``:
"annually") follow it right away. A summary sum is judged only
where its own clause names a sum paid once (``one_off_sum_nouns.txt``: "charge", "penalty")
and no period; where every article number of its value is a rate, the summary gives the rate
of another thing as the one-off sum.

A rate of one period is no rate of another either: "$35,000-an-hour workers" where the article's
only $35,000 is what they make "on average $35,000 to $60,000 a year" (a range's first end takes
the period after its other end). Only a summary sum with its period right after it is judged, and
only where every article number of its value is a rate of another period: an article figure of
that value with no period, or one whose period is written otherwise ("annually"), may be it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_clauses import clause_of
from factkit.verification.number_reasons import number_mismatch

_PERIODS = alternation(word_set("period_words"))
_ADVERBS = alternation(word_set("period_adverbs"))
# right after a sum: "a year", "per hour", "annually"
_RATE_RE = re.compile(
    rf"\s(?:(?:{alternation(word_set('rate_markers'))})\s(?:{_PERIODS})|{_ADVERBS})\b",
    re.IGNORECASE,
)
_PERIOD_RE = re.compile(rf"\b(?:{_PERIODS})s?\b|\b(?:annual|{_ADVERBS})\b", re.IGNORECASE)
_ONE_OFF_RE = re.compile(rf"\b(?:{alternation(word_set('one_off_sum_nouns'))})s?\b", re.IGNORECASE)
# a sum of money: a currency sign before its digits ("£85")
_SUM_RE = re.compile(r"[^\d\s.,+-]+\d")
# the period right after a sum, spaced or hyphened: "a year", "per hour", "-an-hour"
_PERIOD_AFTER_RE = re.compile(
    rf"[\s-](?:{alternation(word_set('rate_markers'))})[\s-]({_PERIODS})\b", re.IGNORECASE
)
# the rest of a range after its first end ("to $60,000" of "$35,000 to $60,000 a year"), whose
# period is the whole range's
_RANGE_REST_RE = re.compile(r"\s*(?:to|-|–)\s*[^\d\s]{0,3}\d[\d,.]*(?:\s*[a-z]+illion)?")
# "per annum" is a year's rate
_SAME_PERIOD = {"annum": "year"}


def rate_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that is a sum paid once whose value the article gives
    only as a rate per period; by start."""
    text, part = summary
    out = {}
    for q in quantities:
        if not _SUM_RE.match(q.text):
            continue
        lo, hi = clause_of(text, q.start, q.end, part.start, part.end)
        if not _ONE_OFF_RE.search(text, lo, hi) or _PERIOD_RE.search(text, lo, hi):
            continue  # no one-off sum, or the summary gives a rate too
        same = [n.quantity for n in src.numbers_valued(q.value)]
        rates = [m for n in same if (m := _RATE_RE.match(src.text, n.end))]
        if not same or len(rates) < len(same):
            continue  # an article figure of this value that is no rate may be the sum
        quoted = (same[0].start, rates[0].end())
        detail = (
            f"summary gives {q.text!r} as a sum paid once, the article's "
            f"{src.text[quoted[0] : quoted[1]]!r} is a rate"
        )
        out[q.start] = number_mismatch(q, quoted, detail)
    return out


def period_of(text: str, end: int) -> str | None:
    """The period of the sum ending at ``end`` in ``text`` ("year" for "$35,000 a year" and
    for "$35,000 to $60,000 a year"), or None where no period follows it."""
    m = _PERIOD_AFTER_RE.match(text, end)
    if m is None:
        rest = _RANGE_REST_RE.match(text, end)
        m = _PERIOD_AFTER_RE.match(text, rest.end()) if rest else None
    if m is None:
        return None
    period = m.group(1).lower()
    return _SAME_PERIOD.get(period, period)


def period_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that is a rate of one period ("$35,000-an-hour") whose
    value the article gives only as rates of other periods ("$35,000 to $60,000 a year"); by
    start."""
    text, _part = summary
    out = {}
    for q in quantities:
        mine = period_of(text, q.end) if _SUM_RE.match(q.text) else None
        if mine is None:
            continue
        same = [n.quantity for n in src.numbers_valued(q.value)]
        periods = [period_of(src.text, n.end) for n in same]
        if not same or None in periods or mine in periods:
            continue  # an article figure of this value may be the summary's rate
        detail = (
            f"summary gives {q.text!r} a {mine}, the article's {same[0].text!r} is a rate a "
            f"{periods[0]}"
        )
        span = (same[0].start, same[0].end)
        out[q.start] = number_mismatch(q, span, detail)
    return out
