"""A winning margin the article gives only as another figure: "England beat Pakistan by 173
runs" where the article's 173 is a score ("173-1 declared"), or "by 50 runs" where its 50 is a
batsman's ("passed 50"). A summary number of a unit is otherwise supported by an article number
of its value and no unit, so a swapped-in score passes as the margin.

A margin is a number of a margin unit (``lang/en/margin_units.txt``: runs, wickets) after "by"
("by an innings and 12 runs" too). It is judged only where the article gives its value, and
never in that unit: a margin the article does not give at all may be a difference of its scores
and is left to the other number checks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, VerifyReason
from factkit.lang import word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key

# "by" (or "by an innings and") right before a margin's digits
_BY_RE = re.compile(r"\bby\s+(?:an\s+innings\s+and\s+)?$", re.IGNORECASE)
_MARGIN_UNITS = word_set("margin_units")


def margin_unit(text: str, q: Quantity) -> str | None:
    """The margin unit of summary number ``q`` ("run") where it is a margin, else None."""
    unit = unit_key(q.unit)
    if unit not in _MARGIN_UNITS or not _BY_RE.search(text, max(0, q.start - 24), q.start):
        return None
    return unit


def margin_rivals(
    text: str, quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each margin among a sentence's ``quantities`` (found in
    ``text``) whose value the article gives, but never in the margin's unit, by its start."""
    out = {}
    for q in quantities:
        unit = margin_unit(text, q)
        if unit is None:
            continue
        same = [n.quantity for n in src.numbers_valued(q.value)]
        if not same or any(unit_key(s.unit) == unit for s in same):
            continue
        given = same[0]
        detail = (
            f"summary gives the margin '{text[q.start : q.end]} {unit}s', the article's "
            f"{given.text!r} is no margin in {unit}s"
        )
        out[q.start] = number_mismatch(q, given, detail)
    return out
