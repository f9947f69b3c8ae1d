"""A lower bound on a figure the article gives only roughly, and only for another year's event.

"More than 80 people have been killed" in a Kabul hospital attack, where the article's only
80 is "In July 2016, a suicide bomb attack on a rally in Kabul killed about 80 people": the
summary's "more than" is no reading of a rough figure ("about", ``lang/en/rough_qualifiers.txt``),
and the article dates the figure to a year the summary sentence does not name. The figure is
another event's.

Both must hold for every article number of the value. A year alone is no evidence: the
untouched "More than 30 people have been killed" is the same article's "in November 2016 an
attack [...] killed more than 30", another year's figure with the same bound. An upper bound
("under 80", "up to 80") is left alone: a rough "nearly 80" is under 80.
"""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import YEAR_RE, word_bound


def other_event_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that it gives as more than a figure whose every
    article number is rough and dated to a year the sentence does not write; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        if word_bound(q.qualifier) != "lower":
            continue
        same = src.numbers_valued(q.value)
        if not same or not all(_rough(n.quantity) for n in same):
            continue
        written = set(YEAR_RE.findall(text, part.start, part.end))
        dates = [_other_year(src, n, written) for n in same]
        if not all(dates):
            continue
        given = same[0].quantity
        detail = (
            f"summary says '{q.qualifier} {q.text}', the article's '{given.qualifier} "
            f"{given.text}' is another event's ({dates[0]})"
        )
        out[q.start] = number_mismatch(q, given, detail)
    return out


def _rough(q: Quantity) -> bool:
    return q.qualifier is not None and q.qualifier.lower() in word_set("rough_qualifiers")


def _other_year(src: ArticleIndex, n: IndexedNumber, written: set[str]) -> str | None:
    """The time of the article number ``n``'s body sentence that writes a year none of
    ``written`` (the summary sentence's years) is; None where there is none."""
    if n.pos is None:
        return None
    sentence = src.body[n.pos]
    for t in src.times:
        year = YEAR_RE.search(t.text)
        if sentence.start <= t.start < sentence.end and year and year.group() not in written:
            return t.text
    return None
