"""A one-off sum given as a rate per period: "the £200,000 charge" where the article's only
£200,000 is what judges "earn ... a year" (the charge is "£85").

An article sum is a rate where a rate marker and a period (``lang/en/rate_markers.txt``,
``period_words.txt``: "a year", "per hour") follow it right away. A summary sum is judged only
where its own clause names a sum paid once (``one_off_sum_nouns.txt``: "charge", "penalty")
and no period; where every article number of its value is a rate, the summary gives the rate
of another thing as the one-off sum."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, ReasonType, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_clauses import clause_of

_PERIODS = alternation(word_set("period_words"))
# right after a sum: "a year", "per hour"
_RATE_RE = re.compile(
    rf"\s(?:{alternation(word_set('rate_markers'))})\s(?:{_PERIODS})\b", re.IGNORECASE
)
_PERIOD_RE = re.compile(rf"\b(?:{_PERIODS})s?\b|\bannual(?:ly)?\b", re.IGNORECASE)
_ONE_OFF_RE = re.compile(rf"\b(?:{alternation(word_set('one_off_sum_nouns'))})s?\b", re.IGNORECASE)
# a sum of money: a currency sign before its digits ("£85")
_SUM_RE = re.compile(r"[^\d\s.,+-]+\d")


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
        out[q.start] = VerifyReason(ReasonType.NUMBER_MISMATCH, detail, (q.start, q.end), *quoted)
    return out
