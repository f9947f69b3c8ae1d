"""A figure the article ties to one year, given by the summary to another year that the
article ties to another figure of the same sentence.

"By 2060, immigrants could account for 75.5 per cent of all population growth" where the
article says "Immigrants ... will account for 75.5 per cent of the nation's population growth
between 2010 and 2050 and 82 per cent of growth between 2010 and 2060": projections and yearly
tallies line up figures of one unit and one counted thing, each with its own year, so only the
year tells them apart.

A figure's years are those written after it in its clause (``number_clauses.clause_of``),
before the next figure of its sentence ("75.5 per cent ... between 2010 and 2050"). The
summary figure is judged only where its sentence writes a year, and every article figure of
its value is of its unit, has years none of which the summary sentence writes, and shares its
body sentence with a figure of that unit and another value whose years the summary writes,
and which the summary does not write too ("sales rose 5 per cent last year, up from 3 per cent in
2013": the year is the 3 per cent's).
A figure with no year after it ("In 2013, 40 people died") is never judged: what it belongs to
is not read here.
"""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_clauses import clause_of
from factkit.verification.number_colocation import year_like
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import YEAR_RE


def year_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article ties only to years the
    sentence does not write, while another figure of that unit in the same article sentence
    is tied to a year it writes; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    values = {other.value for other in quantities}
    for q in quantities:
        written = set(YEAR_RE.findall(text, part.start, q.start))
        written |= set(YEAR_RE.findall(text, q.end, part.end))
        same = src.numbers_valued(q.value)
        unit = unit_key(q.unit)
        if not q.unit or not written or not same:
            continue
        if any(unit_key(n.quantity.unit) != unit for n in same):
            continue
        years = [years_after(src, n) for n in same]
        rivals = [_rival_of_year(src, n, own, written) for n, own in zip(same, years, strict=True)]
        if any(r is not None and r.quantity.value in values for r in rivals):
            continue  # "5 per cent last year, up from 3 per cent in 2013": the year is 3's
        if rivals[0] is not None and all(rivals):
            out[q.start] = _reason(text, q, same[0], years[0], rivals[0])
    return out


def years_after(src: ArticleIndex, n: IndexedNumber) -> set[str]:
    """The years written after the article number ``n`` in its clause, up to the next number
    of its body sentence that is no year (none outside the body)."""
    if n.pos is None:
        return set()
    sentence, q = src.body[n.pos], n.quantity
    stop = clause_of(src.text, q.start, q.end, sentence.start, sentence.end)[1]
    later = [
        m.quantity.start
        for m in src.numbers
        if m.pos == n.pos and m.quantity.start >= q.end and not year_like(m.quantity)
    ]
    stop = min([stop, *later])
    return set(YEAR_RE.findall(src.text, q.end, stop))


def _rival_of_year(
    src: ArticleIndex, n: IndexedNumber, own: set[str], written: set[str]
) -> IndexedNumber | None:
    """Another figure of ``n``'s unit and another value in ``n``'s body sentence, with a year
    of ``written`` after it, where ``n`` has years after it (``own``) and none of them is
    written; else None."""
    if not own or own & written:
        return None
    unit = unit_key(n.quantity.unit)
    return next(
        (
            m
            for m in src.numbers
            if m.pos == n.pos
            and m.quantity.value != n.quantity.value
            and unit_key(m.quantity.unit) == unit
            and years_after(src, m) & written
        ),
        None,
    )


def _reason(
    text: str, q: Quantity, given: IndexedNumber, years: set[str], rival: IndexedNumber
) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article's ``given`` is of other
    ``years``, its ``rival`` of the summary's."""
    g = given.quantity
    detail = (
        f"summary says {text[q.start : q.end]!r}, the article's {g.text!r} is of "
        f"{', '.join(sorted(years))}; its figure of the year this sentence "
        f"names is {rival.quantity.text!r}"
    )
    return number_mismatch(q, g, detail)
