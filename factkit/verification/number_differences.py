"""A difference the summary gives as the amount the article compares.

"Homes with a Waitrose nearby cost 12 per cent more – or £354,378 – than those in surrounding
areas" where the article says "Houses in areas with a Waitrose cost an average of £354,378 – which
was £38,831 (12 per cent) more than typical prices": the summary's figure is a difference (a
comparison word and "than" around it), while the article's £354,378 is the amount compared, and
the difference is the £38,831 of the same sentence. The two figures share the unit and the
counted thing, so no slot score tells them apart; how the sentence compares them does.

A figure is a difference where a comparison word (``lang/en/number_comparison_words.txt``)
and "than" come right after it ("£38,831 more than", "£38,831 (12 per cent) more than",
"12 per cent (£38,831) more than"), or where it is an aside between the comparison word and
its "than" ("12 per cent more – or £38,831 – than"). The summary figure is judged only where it
is a difference, and every article figure of its value is of its unit, no difference, and
shares its body sentence with a difference of that unit: the article compares that figure and
gives the difference as another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification.index import ArticleIndex, IndexedNumber
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key

_COMPARISON = alternation(word_set("number_comparison_words"))
# after a difference: a closing aside mark or a bracketed aside, a word ("per cent more"),
# the comparison word and "than" ("£38,831 (12 per cent) more than", "(£38,831) more than")
_COMPARED_AFTER_RE = re.compile(
    rf"\s*(?:[)\]–—]\s*)?(?:\([^()]{{0,40}}\)\s*)?(?:[a-z]+\s+)?(?:{_COMPARISON})\s+than\b"
)
# an aside that opens right after the comparison word ("more – or ", "more (about ")
_ASIDE_OPEN_RE = re.compile(rf"\b(?:{_COMPARISON})\s*(?:[–—(]|\s-)\s*(?:[a-z]+\s+)?$")
# the aside closes and "than" follows ("– than", ") than")
_ASIDE_CLOSE_RE = re.compile(r"\s*(?:[–—)]|-\s)\s*than\b")
_REACH = 30  # characters before a figure searched for the comparison word opening its aside


def is_difference(text: str, q: Quantity) -> bool:
    """Is the figure ``q`` of ``text`` a difference: a comparison word and "than" after it,
    or an aside between the two ("12 per cent more – or £38,831 – than")?"""
    if _COMPARED_AFTER_RE.match(text, q.end):
        return True
    before = text[max(0, q.start - _REACH) : q.start]
    return bool(_ASIDE_OPEN_RE.search(before)) and bool(_ASIDE_CLOSE_RE.match(text, q.end))


def difference_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) that it gives as a difference where the article
    gives its value only as the amount a difference of another value is taken from; by
    start."""
    text, _ = summary
    out: dict[int, VerifyReason] = {}
    for q in quantities:
        if not q.unit or not is_difference(text, q):
            continue
        same = src.numbers_valued(q.value)
        unit = unit_key(q.unit)
        if not same or any(unit_key(n.quantity.unit) != unit for n in same):
            continue
        beside = [_difference_beside(src, n, unit) for n in same]
        if beside[0] is not None and all(beside):
            out[q.start] = _reason(text, q, same[0].quantity, beside[0])
    return out


def _difference_beside(src: ArticleIndex, n: IndexedNumber, unit: str) -> Quantity | None:
    """The difference of ``unit`` that the body sentence of the article number ``n`` gives
    beside it, where ``n`` is itself no difference; else None."""
    if n.pos is None or is_difference(src.text, n.quantity):
        return None
    return next(
        (
            m.quantity
            for m in src.numbers
            if m.pos == n.pos
            and m.quantity.value != n.quantity.value
            and unit_key(m.quantity.unit) == unit
            and is_difference(src.text, m.quantity)
        ),
        None,
    )


def _reason(text: str, q: Quantity, given: Quantity, difference: Quantity) -> VerifyReason:
    """``number_mismatch`` for the summary's difference ``q``: the article's ``given`` is
    the amount compared, its ``difference`` the difference."""
    detail = (
        f"summary gives {text[q.start : q.end]!r} as a difference, the article's "
        f"{given.text!r} is the amount compared (its difference is {difference.text!r})"
    )
    return number_mismatch(q, given, detail)
