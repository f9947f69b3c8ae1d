"""A summary bound the article gives only as the opposite bound.

"Help people under 20" where the article's only 20 is "more than 20 states": a figure bounded
from above is no figure bounded from below. The qualifier check weighs the bounds of the one
article number the slot check picks, and only where its slot fits well enough; in a long article
with other figures nearby the slot evidence can pass the number before the bounds are read. Here
the bounds alone settle it: where every article number of the summary's value carries the
opposite bound ("under" for "more than", "at least" for "up to"), the summary's bound is another
figure's, whatever stands around it. A summary figure with no bound, or an article figure of its
value with no bound or the same one, is left to the slot check.
"""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.index import ArticleIndex
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.text import word_bound

_OPPOSITE = {"lower": "upper", "upper": "lower"}


def bound_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's bounded ``quantities``
    (in ``summary``: its text and sentence) whose value the article gives only with the
    opposite bound; by start."""
    text, _part = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        opposite = _OPPOSITE.get(word_bound(q.qualifier) or "")
        same = [n.quantity for n in src.numbers_valued(q.value)]
        if opposite is None or not same:
            continue
        if all(word_bound(n.qualifier) == opposite for n in same):
            out[q.start] = _reason(text, q, same[0])
    return out


def _reason(text: str, q: Quantity, given: Quantity) -> VerifyReason:
    """``number_mismatch`` for the summary figure ``q``: the article bounds ``given`` the other
    way."""
    detail = (
        f"summary says {q.qualifier} {text[q.start : q.end]!r}, the article bounds it only the "
        f"other way ({given.qualifier} {given.text!r})"
    )
    return number_mismatch(q, given, detail)
