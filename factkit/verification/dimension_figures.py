"""A figure given as the measure of a dimension the article names but never gives that figure.

"Visibility at the kite festival was down to 6,000 metres" where the article's only 6,000
metres is "a kite measuring an astonishing 6,000 metres" and visibility is written only in
"a heavy mist reducing visibility": the summary's figure measures visibility (a dimension
noun, ``lang/en/dimension_nouns.txt``, before it in its clause), the article writes the
figure only in sentences that never name visibility, and names visibility elsewhere, so the
figure is another thing's. The measured thing's own word is the signal, not a determiner
(``measured_things.py`` reads the words after a figure that a determiner opens).

A summary figure is judged only where it has a unit, the dimension noun comes at most ten
words before it with no punctuation between, the unit is one that measures the dimension ("his
speed over 40 metres" gives the distance a speed was timed over), the article gives a figure of
its value and unit and every such figure stands in a body sentence that does not name the
dimension, and a body sentence does name it."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alias_table, alternation
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import stem_of


@functools.cache
def dimension_units() -> Mapping[str, frozenset[str]]:
    """Each dimension noun of ``lang/en/dimension_nouns.txt`` with the unit keys that measure
    it ("speed" -> "mile per hour", "knot" ...)."""
    return {
        noun: frozenset(unit_key(u) for u in units)
        for noun, units in alias_table("dimension_nouns").items()
    }


@functools.cache
def _dimension_re() -> re.Pattern[str]:
    # a dimension noun, then up to ten words and no punctuation, then the end (the figure)
    return re.compile(
        rf"\b({alternation(dimension_units())})\b((?:\s+[\w'’-]+){{0,10}})\s+$",
        re.IGNORECASE,
    )


def dimension_of(text: str, start: int, q: Quantity) -> str | None:
    """The stem of the dimension noun the figure ``q`` measures in ``text[start:q.start]``
    ("visibility ... was down to 50 metres" -> "visibi"), or None. A noun capitalized after
    the sentence's first word is part of a name ("Shutter Speed won by ..."); a unit that
    does not measure the noun's dimension gives no dimension ("speed over 40 metres")."""
    m = _dimension_re().search(text, max(start, q.start - 120), q.start)
    if m is None or (m.group(1)[0].isupper() and m.start() != start):
        return None
    if unit_key(q.unit) not in dimension_units()[m.group(1).lower()]:
        return None
    return stem_of(m.group(1).lower())


def dimension_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) measuring a dimension the article names, while the
    article writes the figure only in sentences that do not name it; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        dimension = dimension_of(text, part.start, q) if q.unit else None
        if dimension is None or dimension not in src.stem_positions:
            continue
        unit = unit_key(q.unit)
        same = src.numbers_of(q.value, unit)
        if same and all(_elsewhere(src, n, dimension) for n in same):
            out[q.start] = _reason(text, q, same[0])
    return out


def _elsewhere(src: ArticleIndex, n: IndexedNumber, dimension: str) -> bool:
    """Is the article figure ``n`` in a body sentence that does not name ``dimension``?"""
    return n.pos is not None and dimension not in src.body_stems[n.pos]


def _reason(text: str, q: Quantity, given: IndexedNumber) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article's ``given`` measures
    something else."""
    g = given.quantity
    detail = (
        f"summary says {text[q.start : q.end]!r}, the article's {g.text!r} is the figure of "
        f"another thing"
    )
    return number_mismatch(q, g, detail)
